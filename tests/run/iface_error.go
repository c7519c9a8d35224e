package main

import "fmt"

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temp struct{ code int }

func (e *Temp) Error() string { return fmt.Sprintf("temporary %d", e.code) }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "t":
		return 0, &Temp{503}
	}
	return 0, NotFound{k}
}

func main() {
	for _, k := range []string{"a", "b", "t"} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(NotFound); ok {
				fmt.Println("key was", nf.Key)
			}
			if t, ok := err.(*Temp); ok {
				fmt.Println("code", t.code)
			}
			continue
		}
		fmt.Println("value", v)
	}
	var e error = NotFound{"z"}
	fmt.Printf("%v / %s / %q\n", e, e, e)
	fmt.Println(e.Error())
}
