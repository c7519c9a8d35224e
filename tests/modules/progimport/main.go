package main

import _ "example.com/progimport/tool"

func main() {}
