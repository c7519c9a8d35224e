package main

func getMsg() interface{} {
	return 'a'
}

func main() {
	m := getMsg()
	println(m)
}
