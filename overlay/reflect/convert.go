// escgo's Value.Convert: Go's conversions between the kinds reflect
// converts (numbers, strings and byte or rune slices, types with one
// underlying type, values to interfaces), with gc's panic text.
package reflect

import (
	"internal/escgotype"
	"strconv"
	"unsafe"
)

// Convert is v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue("Convert", v)
	}
	op := conversion(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

// CanConvert reports whether v converts to t (a slice to a shorter array
// pointer does not).
func (v Value) CanConvert(t Type) bool {
	vt := v.Type().common()
	if conversion(t.common(), vt) == nil {
		return false
	}
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array && t.Elem().Len() > v.Len() {
		return false
	}
	return true
}

func isInt(k Kind) bool   { return k >= Int && k <= Int64 }
func isUint(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloat(k Kind) bool { return k == Float32 || k == Float64 }

// conversion is how a src value becomes a dst one, nil when Go has no
// such conversion.
func conversion(dst, src *rtype) func(Value, *rtype) Value {
	dk, sk := dst.Kind(), src.Kind()
	switch {
	case (isInt(sk) || isUint(sk) || isFloat(sk)) && (isInt(dk) || isUint(dk) || isFloat(dk)):
		return convertNumber
	case sk >= Complex64 && sk <= Complex128 && dk >= Complex64 && dk <= Complex128:
		return convertComplex
	case (isInt(sk) || isUint(sk)) && dk == String:
		return convertRuneString
	case sk == String && dk == Slice && dst.elem().PkgPath() == "" && isByteOrRuneSlice(dst):
		return convertFromString
	case sk == Slice && dk == String && src.elem().PkgPath() == "" && isByteOrRuneSlice(src):
		return convertToString
	case sk == Slice && dk == Pointer && dst.elem().Kind() == Array && src.ElemType == dst.elem().ElemType:
		return convertSliceArrayPtr
	}
	if src.desc().SameUnderlying(dst.desc(), true) || src == dst ||
		dk == Pointer && sk == Pointer && dst.IsNamed == 0 && src.IsNamed == 0 &&
			src.elem().desc().SameUnderlying(dst.elem().desc(), true) {
		return convertDirect
	}
	if dk == Interface && src.desc().Implements(dst.desc()) {
		return convertToInterface
	}
	return nil
}

// fresh is a new variable of type t, to be written and handed out as a
// value (not addressable).
func fresh(t *rtype) Value {
	return newValue(t, escgotype.New(t.desc()), flagIndir|flagAddr)
}

func (v Value) done(ro flag) Value {
	v.flag = v.flag&^flagAddr | ro
	return v
}

func convertNumber(v Value, t *rtype) Value {
	out := fresh(t)
	switch sk, dk := v.Kind(), t.Kind(); {
	case isInt(sk) && isFloat(dk):
		out.SetFloat(float64(v.Int()))
	case isUint(sk) && isFloat(dk):
		out.SetFloat(float64(v.Uint()))
	case isFloat(sk) && isInt(dk):
		out.SetInt(int64(v.Float()))
	case isFloat(sk) && isUint(dk):
		out.SetUint(uint64(v.Float()))
	case isFloat(sk):
		if dk == Float32 {
			out.SetFloat(float64(float32(v.Float())))
		} else {
			out.SetFloat(v.Float())
		}
	case isInt(sk) && isInt(dk):
		out.SetInt(v.Int())
	case isInt(sk):
		out.SetUint(uint64(v.Int()))
	case isInt(dk):
		out.SetInt(int64(v.Uint()))
	default:
		out.SetUint(v.Uint())
	}
	return out.done(v.flag & flagRO)
}

func convertComplex(v Value, t *rtype) Value {
	out := fresh(t)
	out.SetComplex(v.Complex())
	return out.done(v.flag & flagRO)
}

// convertRuneString is string(rune(x)): "\uFFFD" for a value that is no
// rune.
func convertRuneString(v Value, t *rtype) Value {
	out := fresh(t)
	r := rune(0xFFFD)
	if isInt(v.Kind()) {
		if x := v.Int(); int64(rune(x)) == x {
			r = rune(x)
		}
	} else if x := v.Uint(); uint64(rune(x)) == x {
		r = rune(x)
	}
	out.SetString(string(r))
	return out.done(v.flag & flagRO)
}

func convertFromString(v Value, t *rtype) Value {
	out := fresh(t)
	if t.elem().Kind() == Uint8 {
		*(*[]byte)(out.ptr) = []byte(v.String())
	} else {
		*(*[]rune)(out.ptr) = []rune(v.String())
	}
	return out.done(v.flag & flagRO)
}

func convertToString(v Value, t *rtype) Value {
	out := fresh(t)
	if v.typ.elem().Kind() == Uint8 {
		out.SetString(string(*(*[]byte)(v.ptr)))
	} else {
		out.SetString(string(*(*[]rune)(v.ptr)))
	}
	return out.done(v.flag & flagRO)
}

func convertSliceArrayPtr(v Value, t *rtype) Value {
	n := int(t.elem().ArrayLen)
	if n > v.Len() {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to pointer to array with length " + strconv.Itoa(n))
	}
	return newValue(t, (*sliceHeader)(v.ptr).data, v.flag&flagRO)
}

// convertDirect retypes v's value; a variable's value is copied first.
func convertDirect(v Value, t *rtype) Value {
	ptr := v.ptr
	f := v.flag &^ (flagKindMask | flagAddr)
	if v.flag&flagAddr != 0 {
		c := escgotype.New(t.desc())
		escgotype.TypedMove(t.desc(), c, ptr)
		ptr = c
	}
	return Value{t, ptr, f | flag(t.Kind())}
}

func convertToInterface(v Value, t *rtype) Value {
	box := new(any)
	if v.Kind() != Interface || !v.IsNil() {
		*box = v.pack()
	}
	return newValue(t, unsafe.Pointer(box), flagIndir|v.flag&flagRO)
}
