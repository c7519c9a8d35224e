package main

import _ "example.com/badpath/../x"

func main() {}
