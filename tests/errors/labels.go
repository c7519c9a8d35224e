package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
	goto missing // ERROR "label missing not defined"
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
L:
	x := 1
	_ = x
	for {
		continue L // ERROR "invalid continue label L"
	}
}
