// escgo's value.go for reflect: Value over escgo's interface layout (a
// descriptor word and a data word, for every interface type) and its
// descriptors. Panics use gc's words.
package reflect

import (
	"internal/escgotype"
	"math"
	"unsafe"
)

// flag holds a Value's kind in its low bits (as gc's does, so Kind is one
// load and a mask, inlined where gc inlines it) and these bits above:
type flag uintptr

const (
	flagKindWidth      = 5
	flagKindMask  flag = 1<<flagKindWidth - 1
	flagRO        flag = 1 << 5 // reached through an unexported field: not to be handed out
	flagIndir     flag = 1 << 7 // ptr points to the value (else ptr is the value: a direct type)
	flagAddr      flag = 1 << 8 // the value is a variable: Set may store into it
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

// Value holds a value of type typ: at ptr when flagIndir is set, else ptr
// is the value's one word. (Three words, gc's Value's size.)
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

// A ValueError is a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	return escgotype.ValueErrorText(e.Method, escgotype.Kind(e.Kind))
}

// escapeSink makes what escapes() is given escape, as gc's reflection
// makes ValueOf's argument escape: a Value may hand out pointers into it.
var escapeSink struct {
	on bool
	x  any
}

func escapes(x any) {
	if escapeSink.on {
		escapeSink.x = x
	}
}

// ValueOf is a Value holding i's dynamic value; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	escapes(i)
	return unpackEface(i)
}

// emptyInterface is escgotype.Eface with the descriptor as a *rtype.
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// unpackEface is the Value i holds.
func unpackEface(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	t := e.typ
	if t == nil {
		return Value{}
	}
	f := flag(t.Kind())
	if ifaceIndir(t) {
		f |= flagIndir
	}
	return Value{t, e.word, f}
}

// unpack is the Value the interface at e holds, read-only if ro says so.
func unpack(e *emptyInterface, ro flag) Value {
	if e.typ == nil {
		return Value{}
	}
	v := unpackEface(*(*any)(unsafe.Pointer(e)))
	v.flag |= ro
	return v
}

// newValue is a Value of type t at (or, direct, being) p, with the flags f
// and t's kind.
func newValue(t *rtype, p unsafe.Pointer, f flag) Value {
	return Value{t, p, f | flag(t.Kind())}
}

// ifaceIndir: an interface holds a pointer to a t, not a t.
func ifaceIndir(t *rtype) bool { return t.Direct == 0 }

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{Method: "reflect.Value." + method, Kind: v.Kind()})
	}
}

// word is the value of a pointer-shaped Value.
func (v Value) word() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// at is the address of the value: v.ptr, or for a direct Value a new word
// holding it (so callers may keep it).
func (v Value) at() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	p := new(unsafe.Pointer)
	*p = v.ptr
	return unsafe.Pointer(p)
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value.Type", Kind: Invalid})
	}
	if v.flag&flagMethod != 0 { // the method's type, without receiver
		i := int(v.flag >> flagMethodShift)
		if v.typ.Kind() == Interface {
			return toRType(v.typ.desc().Method(i).Type)
		}
		return toRType(v.typ.methodDesc(i).Type)
	}
	return v.typ
}

func (v Value) CanAddr() bool      { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool       { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool { return v.mustValid("CanInterface") && v.flag&flagRO == 0 }

func (v Value) mustValid(method string) bool {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value." + method, Kind: Invalid})
	}
	return true
}

// Interface is v's value as an interface value.
func (v Value) Interface() (i any) { return valueInterface(v) }

func valueInterface(v Value) any {
	v.mustValid("Interface")
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.pack()
}

// pack boxes v: an interface Value is its own box; a direct type's word is
// the data word; any other value is copied when it is a variable, which
// the interface must not share.
func (v Value) pack() any {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue("Interface", v)
	}
	if v.Kind() == Interface {
		return *(*any)(v.ptr)
	}
	var i any
	e := escgotype.EfaceOf(&i)
	e.Type = v.typ.desc()
	switch {
	case v.typ.Direct != 0:
		e.Word = v.word()
	case v.flag&flagAddr != 0:
		p := escgotype.New(v.typ.desc())
		escgotype.TypedMove(v.typ.desc(), p, v.ptr)
		e.Word = p
	default:
		e.Word = v.ptr
	}
	return i
}

// IsNil reports whether v, a chan, func, interface, map, pointer, slice or
// unsafe.Pointer, is nil.
func (v Value) IsNil() bool {
	if v.flag&flagMethod != 0 {
		return false
	}
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.word() == nil
	case Interface, Slice: // the first word: the descriptor, the array
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{Method: "reflect.Value.IsNil", Kind: v.Kind()})
}

// IsZero reports whether v is its type's zero value.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case String:
		return v.Len() == 0
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{Method: "reflect.Value.IsZero", Kind: v.Kind()})
}

// Len is the length of an array, map, slice or string Value.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.ArrayLen)
	case Map:
		return escgotype.MapLen(v.word())
	case Slice, String: // the length is the second word of both
		return *(*int)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0))))
	}
	panic(&ValueError{Method: "reflect.Value.Len", Kind: v.Kind()})
}

// Cap is the capacity of an array or slice Value.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.ArrayLen)
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	}
	panic(&ValueError{Method: "reflect.Value.Cap", Kind: v.Kind()})
}

// sliceHeader is a slice's three words, stringHeader a string's two.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// SliceHeader and StringHeader are a slice's and a string's words, with
// the array's address as an integer (escape analysis knows their Data
// fields hold pointers, as gc's does).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

type StringHeader struct {
	Data uintptr
	Len  int
}

// Elem is what the interface v holds, or the variable the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		return unpack((*emptyInterface)(v.ptr), v.flag&flagRO)
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		rememberPointer(v.typ)
		return newValue(v.typ.elem(), p, flagIndir|flagAddr|v.flag&flagRO)
	}
	panic(&ValueError{Method: "reflect.Value.Elem", Kind: v.Kind()})
}

// Indirect is what v points to, or v if it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return int(v.typ.NumFields)
}

// Field is v's i'th field; an unexported one is read-only.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	if uint(i) >= uint(v.typ.NumFields) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.desc().Field(i)
	fl := v.flag & (flagAddr | flagRO)
	if f.Exported == 0 {
		fl |= flagRO
	}
	ft := toRType(f.Type)
	if v.flag&flagIndir == 0 { // a direct struct: its one pointer-shaped field is the word
		return newValue(ft, v.ptr, fl)
	}
	return newValue(ft, unsafe.Add(v.ptr, f.Offset), fl|flagIndir)
}

// Index is element i of an array, slice or string Value.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		n := int(v.typ.ArrayLen)
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem()
		if v.flag&flagIndir == 0 { // a direct array: its one element is the word
			return newValue(et, v.ptr, v.flag&flagRO)
		}
		return newValue(et, unsafe.Add(v.ptr, uintptr(i)*uintptr(et.ByteSize)), v.flag&(flagAddr|flagRO)|flagIndir)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem()
		return newValue(et, unsafe.Add(s.data, uintptr(i)*uintptr(et.ByteSize)), flagAddr|flagIndir|v.flag&flagRO)
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return newValue(uint8Type, unsafe.Add(s.data, i), flagIndir|v.flag&flagRO)
	}
	panic(&ValueError{Method: "reflect.Value.Index", Kind: v.Kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	k := v.kind()
	p := v.ptr
	switch k {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	k := v.kind()
	p := v.ptr
	switch k {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{Method: "reflect.Value.Float", Kind: v.Kind()})
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{Method: "reflect.Value.Complex", Kind: v.Kind()})
}

// String is a string Value's string; for other kinds, "<T Value>".
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

// Bytes is a []byte Value's slice (or an addressable [N]byte's bytes).
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.elem().Kind() == Uint8 {
			return *(*[]byte)(v.ptr)
		}
	case Array:
		if v.typ.elem().Kind() == Uint8 {
			if v.flag&flagAddr == 0 {
				panic("reflect.Value.Bytes of unaddressable byte array")
			}
			return unsafe.Slice((*byte)(v.ptr), int(v.typ.ArrayLen))
		}
	}
	panic("reflect.Value.Bytes of non-byte slice")
}

// Pointer is v's address as an integer: a pointer's, map's, chan's or
// unsafe.Pointer's word, a slice's array, a func's code.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Map, Pointer, UnsafePointer:
		return uintptr(v.word())
	case Func: // a func value points to its closure, whose first word is the code
		p := v.word()
		if p == nil {
			return 0
		}
		return *(*uintptr)(p)
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	}
	panic(&ValueError{Method: "reflect.Value.Pointer", Kind: v.Kind()})
}

// UnsafePointer is Pointer as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	return unsafe.Pointer(v.Pointer())
}

// UnsafeAddr is the address of the variable v.
func (v Value) UnsafeAddr() uintptr {
	v.mustValid("UnsafeAddr")
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Addr is a pointer to the variable v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return newValue(ptrTo(v.typ), v.ptr, v.flag&flagRO)
}

// NumMethod counts v's type's exported methods.
func (v Value) NumMethod() int {
	v.mustValid("NumMethod")
	return v.typ.NumMethod()
}

// Slice is v[i:j] of an array (addressable), slice or string Value.
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var cp int
	var st *rtype
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		base, cp, st = v.ptr, int(v.typ.ArrayLen), sliceOf(v.typ.elem())
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, cp, st = s.data, s.cap, v.typ
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		str := new(stringHeader)
		str.data, str.len = unsafe.Add(s.data, i), j-i
		if str.len == 0 {
			str.data = s.data
		}
		return newValue(v.typ, unsafe.Pointer(str), flagIndir|v.flag&flagRO)
	default:
		panic(&ValueError{Method: "reflect.Value.Slice", Kind: v.Kind()})
	}
	if i < 0 || j < i || j > cp {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	s := new(sliceHeader)
	s.data, s.len, s.cap = unsafe.Add(base, uintptr(i)*uintptr(st.elem().ByteSize)), j-i, cp-i
	return newValue(st, unsafe.Pointer(s), flagIndir|v.flag&flagRO)
}

// sliceOf is []t's descriptor when the program has one in reach: slicing
// an array needs it, and escgo cannot make descriptors the code generator
// links.
func sliceOf(t *rtype) *rtype {
	if s, ok := sliceTypes[t]; ok {
		return s
	}
	s := &escgotype.Type{ByteSize: 24, KindCode: uint8(Slice), HasPtrs: 1,
		Str: cstring("[]" + t.String()), ElemType: t.desc()}
	if sliceTypes == nil {
		sliceTypes = make(map[*rtype]*rtype)
	}
	sliceTypes[t] = toRType(s)
	return toRType(s)
}

var sliceTypes map[*rtype]*rtype

func (v Value) mustBeAssignable(method string) {
	v.mustValid(method)
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// Set stores x in the variable v, converting it to v's interface type if
// v is one.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustValid("Set")
	x = x.assignTo("reflect.Set", v.typ)
	escgotype.TypedMove(v.typ.desc(), v.ptr, x.at())
}

// assignTo is x as a value of type t: x itself, or x boxed into the
// interface type t.
func (x Value) assignTo(context string, t *rtype) Value {
	if x.flag&flagRO != 0 {
		panic(context + ": value obtained from unexported field cannot be assigned")
	}
	switch {
	case x.typ == t:
		return x
	case t.Kind() == Interface && x.typ.desc().Implements(t.desc()):
		if x.Kind() == Interface && x.IsNil() {
			return Zero(t)
		}
		box := new(any)
		*box = x.pack()
		return newValue(t, unsafe.Pointer(box), flagIndir)
	case x.typ.AssignableTo(t):
		return newValue(t, x.ptr, x.flag&^(flagAddr|flagKindMask))
	}
	panic(context + ": value of type " + x.typ.String() + " is not assignable to type " + t.String())
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	p := v.ptr
	switch v.Kind() {
	case Int:
		*(*int)(p) = int(x)
	case Int8:
		*(*int8)(p) = int8(x)
	case Int16:
		*(*int16)(p) = int16(x)
	case Int32:
		*(*int32)(p) = int32(x)
	case Int64:
		*(*int64)(p) = x
	default:
		panic(&ValueError{Method: "reflect.Value.SetInt", Kind: v.Kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	p := v.ptr
	switch v.Kind() {
	case Uint:
		*(*uint)(p) = uint(x)
	case Uint8:
		*(*uint8)(p) = uint8(x)
	case Uint16:
		*(*uint16)(p) = uint16(x)
	case Uint32:
		*(*uint32)(p) = uint32(x)
	case Uint64:
		*(*uint64)(p) = x
	case Uintptr:
		*(*uintptr)(p) = uintptr(x)
	default:
		panic(&ValueError{Method: "reflect.Value.SetUint", Kind: v.Kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{Method: "reflect.Value.SetFloat", Kind: v.Kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{Method: "reflect.Value.SetComplex", Kind: v.Kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "SetBytes")
	if v.typ.elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetLen sets a slice Value's length, within its capacity.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = n
}

// OverflowInt says whether x does not fit v's signed integer type.
func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := uint(v.typ.ByteSize * 8)
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{Method: "reflect.Value.OverflowInt", Kind: v.Kind()})
}

// OverflowUint says whether x does not fit v's unsigned integer type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := uint(v.typ.ByteSize * 8)
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{Method: "reflect.Value.OverflowUint", Kind: v.Kind()})
}

// OverflowFloat says whether x does not fit v's float type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{Method: "reflect.Value.OverflowFloat", Kind: v.Kind()})
}

// Zero is the zero value of type t (not addressable).
func Zero(t Type) Value {
	if t == nil {
		panic("reflect: Zero(nil)")
	}
	rt := t.common()
	if rt.Direct != 0 {
		return newValue(rt, nil, 0)
	}
	return newValue(rt, escgotype.New(rt.desc()), flagIndir)
}

// New is a pointer to a new zero value of type t.
func New(t Type) Value {
	if t == nil {
		panic("reflect: New(nil)")
	}
	rt := t.common()
	return newValue(ptrTo(rt), escgotype.New(rt.desc()), 0)
}

// MakeSlice is a new slice of type t, length n and capacity c.
func MakeSlice(t Type, n, c int) Value {
	if t.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if n < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if c < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if n > c {
		panic("reflect.MakeSlice: len > cap")
	}
	rt := t.common()
	s := new(sliceHeader)
	s.data, s.len, s.cap = newArray(rt.elem(), c), n, c
	return newValue(rt, unsafe.Pointer(s), flagIndir)
}

// newArray allocates n zeroed elements of type t.
func newArray(t *rtype, n int) unsafe.Pointer {
	arr := escgotype.Type{ByteSize: t.ByteSize * int64(n), HasPtrs: t.HasPtrs}
	return escgotype.New(&arr)
}

// Copy copies min(dst.Len(), src.Len()) elements from src to dst, slices
// or arrays of one element type (or bytes from a string), and returns how
// many.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{Method: "reflect.Copy", Kind: dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	sk := src.Kind()
	if sk != Array && sk != Slice && !(sk == String && dst.typ.elem().Kind() == Uint8) {
		panic(&ValueError{Method: "reflect.Copy", Kind: sk})
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	dp, sp := dataOf(dst), dataOf(src)
	escgotype.Memmove(dp, sp, uintptr(n)*uintptr(dst.typ.elem().ByteSize))
	return n
}

// dataOf is where an array's, slice's or string's elements start.
func dataOf(v Value) unsafe.Pointer {
	if v.Kind() == Array {
		return v.ptr
	}
	return *(*unsafe.Pointer)(v.ptr)
}

// Append appends the values x to the slice s, growing it as append does.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "Append")
	n := s.Len()
	s = s.grow(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends the slice t to the slice s.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "AppendSlice")
	t.mustBe(Slice, "AppendSlice")
	n := s.Len()
	s = s.grow(t.Len())
	Copy(s.Slice(n, s.Len()), t)
	return s
}

// grow is s lengthened by extra, in a new array (doubling, as append
// grows small slices) when its capacity does not suffice.
func (s Value) grow(extra int) Value {
	h := *(*sliceHeader)(s.ptr)
	need := h.len + extra
	if need > h.cap {
		c := 2 * h.cap
		if c < need {
			c = need
		}
		data := newArray(s.typ.elem(), c)
		escgotype.Memmove(data, h.data, uintptr(h.len)*uintptr(s.typ.elem().ByteSize))
		h.data, h.cap = data, c
	}
	h.len = need
	p := new(sliceHeader)
	*p = h
	return newValue(s.typ, unsafe.Pointer(p), flagIndir)
}
