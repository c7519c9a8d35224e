package main; import "fmt"; func main() { fmt.Println(1); x := []int{
1,
2,
}; _ = x; return }