package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rc struct{ w, h int }

func (s Sq) Area() int  { return s.s * s.s }
func (r *Rc) Area() int { return r.w * r.h }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string, []byte:
		return fmt.Sprintf("text %v", v)
	case Shape:
		return fmt.Sprintf("shape %d", v.Area())
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(41))
	fmt.Println(describe("hi"))
	fmt.Println(describe([]byte("yo")))
	fmt.Println(describe(Sq{3}))
	fmt.Println(describe(&Rc{2, 5}))
	fmt.Println(describe(Rc{2, 5}))
	fmt.Println(describe(3.5))
	var s Shape = Sq{2}
	switch s.(type) {
	case *Rc:
		fmt.Println("rc")
	case Sq:
		fmt.Println("sq")
	}
}
