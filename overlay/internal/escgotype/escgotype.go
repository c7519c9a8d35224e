// Package escgotype is escgo's own (Go has no such package): a Go view of
// the run-time type descriptors escgo's code generator emits, struct GoType
// of runtime/escgo_rt.h (compiler/codegen/types.c builds them). gc's
// reflection reads gc's descriptors; escgo's internal/reflectlite (and a
// later reflect) read these instead, through this one mirror.
//
// The struct layouts below must stay those of escgo_rt.h: codegen asserts
// the C side's offsets, this file follows them field for field.
package escgotype

import "unsafe"

// Kind is a type's kind, numbered as GK_* in escgo_rt.h (reflect.Kind's
// numbering); internal/reflectlite's Kind is this type.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Type is struct GoType.
type Type struct {
	ByteSize   int64
	KindCode   uint8
	Direct     uint8 // pointer-shaped: an interface's data word is the value itself
	HasPtrs    uint8
	IsNamed    uint8
	NumFields  int32
	Str        *byte // gc's spelling: "int", "*main.User", "[]string", "error"
	ElemType   *Type // pointer, slice, array, map value, chan
	KeyType    *Type // map
	ArrayLen   int64
	FieldList  *Field
	MethodList *Method // sorted by name; an interface's own methods have no code
	NumMethods int64
	PtrToThis  *Type  // *T of a declared T with methods, when the program has it
	IO         **Type // a func's parameter types, then its result types
	InCount    int32
	OutCount   int16
	Variadic   uint8
	_          uint8
	Call       unsafe.Pointer // a func's call stub (codegen/reflect.c)
	Bound      unsafe.Pointer // a func's method-value code (codegen/reflect.c)
}

// Field is struct GoField.
type Field struct {
	Name     *byte
	Type     *Type
	Offset   int64
	Embedded uint8
	Exported uint8
	Tag      *byte // the field's tag, unquoted; nil without one
}

// Method is struct GoMethod. Unexported names are qualified by their
// package path ("example.com/p.m"), so names compare as strings.
type Method struct {
	Name     *byte
	Sig      *byte // "func(int) string"
	Code     unsafe.Pointer
	Type     *Type          // the method's func type, without receiver (nil: unexported)
	FuncType *Type          // func type with the receiver first (concrete types)
	FuncCode unsafe.Pointer // that func's code: (ctx, receiver, args...)
}

// Eface is how escgo lays out every interface value, empty or not.
type Eface struct {
	Type *Type
	Word unsafe.Pointer // the value if Type.Direct, else a pointer to it
}

// EfaceOf views the interface value at p.
func EfaceOf(p *any) *Eface { return (*Eface)(unsafe.Pointer(p)) }

// stringHeader is a string's two words.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// CString views the NUL-terminated bytes at p as a Go string (no copy: the
// descriptors' strings are constants).
func CString(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = unsafe.Pointer(p)
	h.len = n
	return s
}

// Kind is t's kind.
func (t *Type) Kind() Kind { return Kind(t.KindCode) }

var kindNames = [...]string{
	Invalid: "invalid", Bool: "bool", Int: "int", Int8: "int8", Int16: "int16",
	Int32: "int32", Int64: "int64", Uint: "uint", Uint8: "uint8", Uint16: "uint16",
	Uint32: "uint32", Uint64: "uint64", Uintptr: "uintptr", Float32: "float32",
	Float64: "float64", Complex64: "complex64", Complex128: "complex128",
	Array: "array", Chan: "chan", Func: "func", Interface: "interface", Map: "map",
	Pointer: "ptr", Slice: "slice", String: "string", Struct: "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String is the kind's name as reflect spells it ("ptr", "slice").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for ; n > 0; n /= 10 {
		i--
		buf[i] = byte('0' + n%10)
	}
	return string(buf[i:])
}

// String is gc's spelling of t.
func (t *Type) String() string { return CString(t.Str) }

// Field is t's i'th field (a struct type).
func (t *Type) Field(i int) *Field {
	return (*Field)(unsafe.Add(unsafe.Pointer(t.FieldList), uintptr(i)*unsafe.Sizeof(Field{})))
}

// In is the type of a func type's i'th parameter (i < NumIn) or result.
func (t *Type) In(i int) *Type {
	return *(**Type)(unsafe.Add(unsafe.Pointer(t.IO), uintptr(i)*unsafe.Sizeof(t)))
}

// Method is t's i'th method, in name order.
func (t *Type) Method(i int) *Method {
	return (*Method)(unsafe.Add(unsafe.Pointer(t.MethodList), uintptr(i)*unsafe.Sizeof(Method{})))
}

// Name is a declared type's name ("User" of "main.User"), "" for others.
func (t *Type) Name() string {
	if t.IsNamed == 0 {
		return ""
	}
	s := t.String()
	depth := 0 // a generic instance's arguments may hold dots: "p.List[q.T]"
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ']':
			depth++
		case '[':
			depth--
		case '.':
			if depth == 0 {
				return s[i+1:]
			}
		}
	}
	return s
}

// Comparable says whether == is defined on t's values without a run-time
// panic: not on slices, maps, funcs, nor aggregates holding them.
func (t *Type) Comparable() bool {
	switch t.Kind() {
	case Slice, Map, Func:
		return false
	case Array:
		return t.ElemType.Comparable()
	case Struct:
		for i := 0; i < int(t.NumFields); i++ {
			if !t.Field(i).Type.Comparable() {
				return false
			}
		}
	}
	return true
}

// FindMethod is t's method with m's name and signature, or nil. escgo spells
// a signature the same way wherever it is declared, so strings compare.
func (t *Type) FindMethod(m *Method) *Method {
	name := CString(m.Name)
	for i := 0; i < int(t.NumMethods); i++ {
		have := t.Method(i)
		if CString(have.Name) == name {
			if CString(have.Sig) == CString(m.Sig) {
				return have
			}
			return nil
		}
	}
	return nil
}

// Implements says whether t's method set holds every method of the
// interface type iface. An interface t implements iface by its own method
// list; a concrete t by the method table codegen gave it (a type boxed
// into an interface has one, and so do the types it is made of).
func (t *Type) Implements(iface *Type) bool {
	for i := 0; i < int(iface.NumMethods); i++ {
		if t.FindMethod(iface.Method(i)) == nil {
			return false
		}
	}
	return true
}

// AssignableTo: a value of type t can be assigned to a variable of type
// u. Each type has one descriptor in a program (codegen links them once),
// so identical types are equal pointers.
func (t *Type) AssignableTo(u *Type) bool {
	return t == u || t.SameUnderlying(u, false) || (u.Kind() == Interface && t.Implements(u))
}

// SameUnderlying: t and u have one underlying type. Without anyNames, at
// most one of them may be declared (Go's assignability rule); with it, both
// may (the conversion rule). Undeclared types have one descriptor each, so
// their parts compare as pointers.
func (t *Type) SameUnderlying(u *Type, anyNames bool) bool {
	if t.Kind() != u.Kind() || (!anyNames && (t.IsNamed != 0) == (u.IsNamed != 0)) {
		return false
	}
	switch t.Kind() {
	case Pointer, Slice, Array, Map, Chan:
		return t.ElemType == u.ElemType && t.KeyType == u.KeyType && t.ArrayLen == u.ArrayLen
	case Struct:
		if t.NumFields != u.NumFields {
			return false
		}
		for i := 0; i < int(t.NumFields); i++ {
			a, b := t.Field(i), u.Field(i)
			if a.Type != b.Type || CString(a.Name) != CString(b.Name) {
				return false
			}
		}
		return true
	case Interface, Func:
		return false
	}
	return anyNames && t.ByteSize == u.ByteSize // basic kinds: one kind, one type
}

// ValueErrorText is the text of a reflect ValueError: method called on a
// Value of kind k.
func ValueErrorText(method string, k Kind) string {
	if k == Invalid {
		return "reflect: call of " + method + " on zero Value"
	}
	return "reflect: call of " + method + " on " + k.String() + " Value"
}

// New allocates a zeroed value of type t through the runtime's one
// allocation entry point, so MemStats counts it as gc counts unsafe_New.
func New(t *Type) unsafe.Pointer {
	return escgoAlloc(t.ByteSize, int32(t.HasPtrs))
}

// runtime/alloc.c: void *escgo_alloc(int64_t size, int32_t has_ptrs).
//
//go:linkname escgoAlloc escgo_alloc
func escgoAlloc(size int64, hasPtrs int32) unsafe.Pointer

// TypedMove copies a value of type t from src to dst.
func TypedMove(t *Type, dst, src unsafe.Pointer) { Memmove(dst, src, uintptr(t.ByteSize)) }

// Memmove copies n bytes from src to dst. Boehm's collector needs no write
// barrier, so a typed copy is a plain one.
func Memmove(dst, src unsafe.Pointer, n uintptr) {
	if n == 0 {
		return
	}
	copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
}
