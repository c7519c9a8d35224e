// escgo's type.go for reflect. Go's reads gc's type descriptors; this one
// reads escgo's (internal/escgotype's view of runtime/escgo_rt.h's GoType),
// as internal/reflectlite does. With value.go, maps.go, method.go, call.go,
// fields.go, convert.go and deepequal.go it replaces Go's files (abi.go,
// makefunc.go and float32reg_generic.go are empty here: Value.Call goes
// through codegen's call stubs, and MakeFunc is not there). It offers what
// fmt, internal/fmtsort, encoding/binary, encoding/json, flag and programs
// use: TypeOf, Type's Kind/Name/PkgPath/String/Elem/Key/Len/Field/
// NumField/NumMethod/Method/Size/Bits/Align/Implements/AssignableTo/
// ConvertibleTo/Comparable, StructTag.
package reflect

import (
	"internal/escgotype"
	"strconv"
	"unsafe"
)

// Type is a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	Elem() Type
	Field(i int) StructField
	Key() Type
	Len() int
	NumField() int
	FieldByName(name string) (StructField, bool)
	FieldByIndex(index []int) StructField
	Method(int) Method
	MethodByName(string) (Method, bool)
	In(i int) Type
	Out(i int) Type
	NumIn() int
	NumOut() int
	IsVariadic() bool
	common() *rtype
}

// Kind is a type's kind, a type of reflect's own (gc spells it
// reflect.Kind), numbered as internal/escgotype numbers escgo's
// descriptors' kinds (gc's numbering).
type Kind uint

const (
	Invalid       = Kind(escgotype.Invalid)
	Bool          = Kind(escgotype.Bool)
	Int           = Kind(escgotype.Int)
	Int8          = Kind(escgotype.Int8)
	Int16         = Kind(escgotype.Int16)
	Int32         = Kind(escgotype.Int32)
	Int64         = Kind(escgotype.Int64)
	Uint          = Kind(escgotype.Uint)
	Uint8         = Kind(escgotype.Uint8)
	Uint16        = Kind(escgotype.Uint16)
	Uint32        = Kind(escgotype.Uint32)
	Uint64        = Kind(escgotype.Uint64)
	Uintptr       = Kind(escgotype.Uintptr)
	Float32       = Kind(escgotype.Float32)
	Float64       = Kind(escgotype.Float64)
	Complex64     = Kind(escgotype.Complex64)
	Complex128    = Kind(escgotype.Complex128)
	Array         = Kind(escgotype.Array)
	Chan          = Kind(escgotype.Chan)
	Func          = Kind(escgotype.Func)
	Interface     = Kind(escgotype.Interface)
	Map           = Kind(escgotype.Map)
	Pointer       = Kind(escgotype.Pointer)
	Slice         = Kind(escgotype.Slice)
	String        = Kind(escgotype.String)
	Struct        = Kind(escgotype.Struct)
	UnsafePointer = Kind(escgotype.UnsafePointer)
)

// Ptr is Pointer's older name.
const Ptr = Pointer

// String is the kind's name ("ptr", "slice"): escgotype keeps the names.
func (k Kind) String() string { return escgotype.Kind(k).String() }

// rtype is an escgo descriptor with Type's methods: a *rtype is the
// descriptor's own address, so TypeOf allocates nothing and equal types
// are equal pointers (codegen links one descriptor per type).
type rtype escgotype.Type

func (t *rtype) desc() *escgotype.Type { return (*escgotype.Type)(t) }

func toRType(d *escgotype.Type) *rtype { return (*rtype)(d) }

func toType(t *rtype) Type {
	if t == nil {
		return nil // TypeOf(nil): a nil Type, not a nil *rtype inside one
	}
	return t
}

func (t *rtype) common() *rtype { return t }
func (t *rtype) Kind() Kind     { return Kind(t.KindCode) }
func (t *rtype) Size() uintptr  { return uintptr(t.ByteSize) }
func (t *rtype) String() string { return t.desc().String() }

// Name is a declared type's name; a predeclared type is declared too
// (escgo's descriptors mark only the types a program declares).
func (t *rtype) Name() string {
	k := t.Kind()
	if t.IsNamed == 0 && (k >= Bool && k <= Complex128 || k == String || k == UnsafePointer) {
		s := t.String()
		for i := len(s) - 1; i >= 0; i-- {
			if s[i] == '.' {
				return s[i+1:] // unsafe.Pointer
			}
		}
		return s
	}
	return t.desc().Name()
}
func (t *rtype) Comparable() bool { return t.desc().Comparable() }

// NumMethod counts the exported methods (an interface: all of them).
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return int(t.NumMethods)
	}
	n := 0
	for i := 0; i < int(t.NumMethods); i++ {
		if isExported(escgotype.CString(t.desc().Method(i).Name)) {
			n++
		}
	}
	return n
}

func isExported(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

// PkgPath: escgo's descriptors spell a declared type with its package's
// name, not its path, so the path is right for the main package and for
// standard packages whose path is one element.
func (t *rtype) PkgPath() string {
	s, name := t.String(), t.Name()
	if name == "" || len(s) <= len(name) {
		return ""
	}
	return s[:len(s)-len(name)-1]
}

// Align is the type's alignment on amd64, as gc lays values out.
func (t *rtype) Align() int {
	switch t.Kind() {
	case Bool, Int8, Uint8:
		return 1
	case Int16, Uint16:
		return 2
	case Int32, Uint32, Float32, Complex64:
		return 4
	case Array:
		return t.elem().Align()
	case Struct:
		a := 1
		for i := 0; i < int(t.NumFields); i++ {
			if fa := toRType(t.desc().Field(i).Type).Align(); fa > a {
				a = fa
			}
		}
		return a
	}
	return 8
}

func (t *rtype) FieldAlign() int { return t.Align() }

// Bits is the size in bits of a numeric type.
func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.ByteSize) * 8
}

func (t *rtype) elem() *rtype { return toRType(t.ElemType) }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		if t.Kind() == Pointer {
			rememberPointer(t)
		}
		return toType(t.elem())
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(toRType(t.KeyType))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.ArrayLen)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return int(t.NumFields)
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // "" for an exported field
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if uint(i) >= uint(t.NumFields) {
		panic("reflect: Field index out of bounds")
	}
	d := t.desc().Field(i)
	f := StructField{
		Name:      escgotype.CString(d.Name),
		Type:      toType(toRType(d.Type)),
		Tag:       StructTag(escgotype.CString(d.Tag)),
		Offset:    uintptr(d.Offset),
		Index:     []int{i},
		Anonymous: d.Embedded != 0,
	}
	if d.Exported == 0 {
		f.PkgPath = t.fieldPkgPath()
	}
	return f
}

// fieldPkgPath is the package an unexported field belongs to: the struct's
// own package when it is declared, else (escgo's descriptors do not say)
// the main package.
func (t *rtype) fieldPkgPath() string {
	if p := t.PkgPath(); p != "" {
		return p
	}
	return "main"
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return t.desc().Implements(u.common().desc())
}

// AssignableTo: a value of type t can be assigned to a variable of type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return t.desc().AssignableTo(u.common().desc())
}

// ConvertibleTo: Go's conversion rules between the kinds reflect converts.
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	uu := u.common()
	if t.desc().AssignableTo(uu.desc()) || t.desc().SameUnderlying(uu.desc(), true) {
		return true
	}
	tk, uk := t.Kind(), uu.Kind()
	switch {
	case isNumber(tk) && isNumber(uk):
		return (tk >= Complex64) == (uk >= Complex64)
	case uk == String:
		return tk >= Int && tk <= Uintptr || isByteOrRuneSlice(t)
	case tk == String:
		return isByteOrRuneSlice(uu)
	case tk == Slice && uk == Pointer && uu.elem().Kind() == Array:
		return t.ElemType == uu.elem().ElemType
	case tk == Pointer && uk == Pointer && t.IsNamed == 0 && uu.IsNamed == 0:
		return t.elem().desc().SameUnderlying(uu.elem().desc(), true)
	}
	return false
}

func isNumber(k Kind) bool { return k >= Int && k <= Complex128 }

func isByteOrRuneSlice(t *rtype) bool {
	if t.Kind() != Slice {
		return false
	}
	k := t.elem().Kind()
	return k == Uint8 || k == Int32
}

// TypeOf is the dynamic type of i, nil for a nil interface.
func TypeOf(i any) Type {
	eface := *(*emptyInterface)(unsafe.Pointer(&i))
	return toType(eface.typ)
}

// pointerTo remembers, for each type reflect saw as a pointer's element,
// that pointer type: escgo has no table of every descriptor (gc's
// typelinks), so New and Addr find *T only where reflect met it.
var pointerTo map[*rtype]*rtype

func rememberPointer(p *rtype) {
	if pointerTo == nil {
		pointerTo = make(map[*rtype]*rtype)
	}
	pointerTo[p.elem()] = p
}

// ptrTo is *t's descriptor: the program's if reflect met it, else one made
// here, without methods (gc makes one too when its binary has none).
func ptrTo(t *rtype) *rtype {
	if t.PtrToThis != nil {
		return toRType(t.PtrToThis)
	}
	if p, ok := pointerTo[t]; ok {
		return p
	}
	p := &escgotype.Type{ByteSize: 8, KindCode: uint8(Pointer), Direct: 1, HasPtrs: 1,
		Str: cstring("*" + t.String()), ElemType: t.desc()}
	rememberPointer(toRType(p))
	return toRType(p)
}

// PtrTo is the type of pointers to t's values (PointerTo's older name).
func PtrTo(t Type) Type { return ptrTo(t.common()) }

// PointerTo is the type of pointers to t's values.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

// cstring is s with a NUL after it, as descriptors hold strings.
func cstring(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

// A StructTag is a struct field's tag: `key:"value" key2:"value2"`.
type StructTag string

// Get is the value for key in the tag, "" if there is none.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup is the value for key in the tag and whether the key is there.
// The tag is a space-separated list of key:"quoted value" pairs; a key is
// a run of printable characters other than space, quote and colon.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		k := 0
		for k < len(s) && s[k] > ' ' && s[k] != ':' && s[k] != '"' && s[k] != 0x7f {
			k++
		}
		if k == 0 || k+1 >= len(s) || s[k] != ':' || s[k+1] != '"' {
			return "", false
		}
		name := s[:k]
		s = s[k+1:]
		end := 1 // the closing quote, past escaped characters
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			return "", false
		}
		quoted := s[:end+1]
		s = s[end+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				return "", false
			}
			return v, true
		}
	}
}
