// escgo's value.go for internal/reflectlite: Value over escgo's interface
// layout (a descriptor word and a data word, for every interface type) and
// its descriptors. What errors.As needs (ValueOf, Elem, IsNil, Set, Type)
// and what sort.Slice needs (Len), plus the few checks around them.
package reflectlite

import (
	"internal/escgotype"
	"unsafe"
)

type flag uint8

const (
	flagIndir flag = 1 << iota // ptr points to the value (else ptr is the value: a direct type)
	flagAddr                   // the value is a variable: Set may store into it
)

// Value holds a value of type typ: at ptr when flagIndir is set, else ptr
// is the value's one word.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError is a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string { return escgotype.ValueErrorText(e.Method, e.Kind) }

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
	return unpack(escgotype.EfaceOf(&i))
}

func unpack(e *escgotype.Eface) Value {
	if e.Type == nil {
		return Value{}
	}
	t := (*rtype)(e.Type)
	if t.Direct != 0 {
		return Value{t, e.Word, 0}
	}
	return Value{t, e.Word, flagIndir}
}

// word is the value of a pointer-shaped Value.
func (v Value) word() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// addr points to v's value (a direct Value's word lives in v itself, so
// the result must not outlive v's copy: callers only read or copy from it).
func (v *Value) addr() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	return unsafe.Pointer(&v.ptr)
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{Method: "reflectlite.Value.Type", Kind: Invalid})
	}
	return v.typ
}

func (v Value) CanSet() bool { return v.flag&flagAddr != 0 }

// IsNil reports whether v, a chan, func, interface, map, pointer, slice or
// unsafe.Pointer, is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.word() == nil
	case Interface, Slice: // the first word: the descriptor, the array
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{Method: "reflectlite.Value.IsNil", Kind: v.Kind()})
}

// Len is the length of an array, slice or string Value. (Go's reflectlite
// also measures maps and channels; errors, sort and context never ask.)
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.ArrayLen)
	case Slice, String: // the length is the second word of both
		return *(*int)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0))))
	}
	panic(&ValueError{Method: "reflect.Value.Len", Kind: v.Kind()})
}

// Elem is what the interface v holds, or the variable the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		return unpack((*escgotype.Eface)(v.ptr))
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{(*rtype)(v.typ.ElemType), p, flagIndir | flagAddr}
	}
	panic(&ValueError{Method: "reflectlite.Value.Elem", Kind: v.Kind()})
}

// Set stores x in the variable v, converting it to v's interface type if
// v is one.
func (v Value) Set(x Value) {
	if v.flag&flagAddr == 0 {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if x.typ == nil || !x.typ.AssignableTo(v.typ) {
		panic("reflect.Set: value of type " + typeName(x.typ) + " is not assignable to type " + v.typ.String())
	}
	if v.typ.Kind() == Interface {
		*(*escgotype.Eface)(v.ptr) = escgotype.Eface{Type: x.typ.desc(), Word: x.ifaceWord()}
		return
	}
	escgotype.TypedMove(v.typ.desc(), v.ptr, x.addr())
}

// ifaceWord is the data word of an interface holding x: the value itself
// for a direct type, else a pointer to it (a copy of a variable, which the
// interface must not share).
func (x Value) ifaceWord() unsafe.Pointer {
	if x.typ.Direct != 0 {
		return x.word()
	}
	if x.flag&flagAddr == 0 {
		return x.ptr
	}
	p := unsafe_New(x.typ)
	escgotype.TypedMove(x.typ.desc(), p, x.ptr)
	return p
}

func typeName(t *rtype) string {
	if t == nil {
		return "nil"
	}
	return t.String()
}
