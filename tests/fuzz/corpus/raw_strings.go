package main

const s = `raw
string with \n and "quotes"`

func main() { println(s, len(s), s[1], s[1:3]) }
