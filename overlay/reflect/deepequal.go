// escgo's deepequal.go for reflect: DeepEqual, Go's "deeply equal" rules
// (documented with reflect.DeepEqual) over escgo's Values.
package reflect

import "unsafe"

// visit is a pair of values already being compared, of one type: a cycle
// through them is equal if everything else is.
type visit struct {
	a, b unsafe.Pointer
	typ  *rtype
}

// DeepEqual reports whether x and y are deeply equal.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}

func deepValueEqual(v1, v2 Value, seen map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if mayCycle(v1) {
		a, b := refOf(v1), refOf(v2)
		if uintptr(a) > uintptr(b) {
			a, b = b, a
		}
		k := visit{a, b, v1.typ}
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), seen) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), seen) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), seen)
	case Pointer:
		if v1.word() == v2.word() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), seen)
	case Struct:
		for i := 0; i < v1.NumField(); i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), seen) {
				return false
			}
		}
		return true
	case Map:
		return deepMapEqual(v1, v2, seen)
	case Func:
		return v1.IsNil() && v2.IsNil()
	}
	return basicEqual(v1, v2)
}

// mayCycle: values through which a value can reach itself.
func mayCycle(v Value) bool {
	switch v.Kind() {
	case Map, Slice, Interface:
		return !v.IsNil()
	case Pointer:
		return !v.IsNil()
	}
	return false
}

// refOf is what identifies a referencing value in the seen set.
func refOf(v Value) unsafe.Pointer {
	switch v.Kind() {
	case Map, Pointer:
		return v.word()
	case Slice:
		return (*sliceHeader)(v.ptr).data
	}
	return v.ptr
}

func deepMapEqual(v1, v2 Value, seen map[visit]bool) bool {
	if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
		return false
	}
	if v1.word() == v2.word() {
		return true
	}
	for _, k := range v1.MapKeys() {
		a, b := v1.MapIndex(k), v2.MapIndex(k)
		if !a.IsValid() || !b.IsValid() || !deepValueEqual(a, b, seen) {
			return false
		}
	}
	return true
}

// basicEqual compares values of a basic kind with ==.
func basicEqual(v1, v2 Value) bool {
	switch v1.Kind() {
	case Bool:
		return v1.Bool() == v2.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case String:
		return v1.String() == v2.String()
	case Chan, UnsafePointer:
		return v1.word() == v2.word()
	}
	panic("reflect.DeepEqual: unexpected kind " + v1.Kind().String())
}
