package main

func init() // ERROR "missing function body"

func main() {
}
