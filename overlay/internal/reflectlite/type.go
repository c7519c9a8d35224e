// escgo's type.go for internal/reflectlite. Go's reads gc's type
// descriptors; this one reads escgo's (internal/escgotype's view of
// runtime/escgo_rt.h's GoType). Together with value.go and swapper.go it
// replaces every Go file of the package; it offers what errors, sort and
// context use: TypeOf, Type's Kind, Elem, Implements, AssignableTo,
// Comparable, String, Name, Size.
package reflectlite

import (
	"internal/escgotype"
	"unsafe"
)

// Type is a Go type as errors, sort and context need to see it.
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
	common() *rtype
}

// Kind is reflect's Kind: internal/escgotype's, which numbers and names
// the kinds of escgo's descriptors. The kinds this package and its users
// (errors: Ptr, Interface) name:
type Kind = escgotype.Kind

const (
	Invalid       = escgotype.Invalid
	Array         = escgotype.Array
	Chan          = escgotype.Chan
	Func          = escgotype.Func
	Interface     = escgotype.Interface
	Map           = escgotype.Map
	Pointer       = escgotype.Pointer
	Ptr           = escgotype.Pointer // Pointer's older name, which errors uses
	Slice         = escgotype.Slice
	String        = escgotype.String
	UnsafePointer = escgotype.UnsafePointer
)

// rtype is an escgo descriptor with Type's methods: a *rtype is the
// descriptor's own address, so TypeOf allocates nothing.
type rtype escgotype.Type

func (t *rtype) desc() *escgotype.Type { return (*escgotype.Type)(t) }

func toType(d *escgotype.Type) Type {
	if d == nil {
		return nil // TypeOf(nil): a nil Type, not a nil *rtype inside one
	}
	return (*rtype)(d)
}

func (t *rtype) common() *rtype   { return t }
func (t *rtype) Kind() Kind       { return t.desc().Kind() }
func (t *rtype) Size() uintptr    { return uintptr(t.ByteSize) }
func (t *rtype) String() string   { return t.desc().String() }
func (t *rtype) Name() string     { return t.desc().Name() }
func (t *rtype) Comparable() bool { return t.desc().Comparable() }

// PkgPath: escgo's descriptors spell a declared type with its package's
// name, not its path, so the path is known only for the main package.
func (t *rtype) PkgPath() string {
	s, name := t.String(), t.Name()
	if name == "" || len(s) <= len(name) {
		return ""
	}
	return s[:len(s)-len(name)-1]
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.ElemType)
	}
	panic("reflect: Elem of invalid type " + t.String())
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

// TypeOf is the dynamic type of i, nil for a nil interface.
func TypeOf(i any) Type {
	return toType(escgotype.EfaceOf(&i).Type)
}

// unsafe_New allocates a zeroed value of type t (swapper.go's scratch).
func unsafe_New(t *rtype) unsafe.Pointer { return escgotype.New(t.desc()) }
