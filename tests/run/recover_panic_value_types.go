package main

import "fmt"

type code int

func catch(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	panic(v)
}

func main() {
	catch("s")
	catch(3.5)
	catch(code(9))
	catch([]int{1, 2})
	catch(true)
	catch(struct{ A int }{4})
}
