package main

func main() {
	x := 1 ﻿+ 2 // ERROR "invalid BOM in the middle of the file"
	_ = x
}
