package main

// comment ÿ here // ERROR "(illegal|invalid) UTF-8 encoding"
func main() {
}
