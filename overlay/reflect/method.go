// escgo's reflection over method sets: Type's Method, MethodByName and
// NumMethod read the method table codegen put in the descriptor (sorted by
// name, as gc's); a concrete type's exported entries carry their func type
// (receiver first) and that func's code, an interface's entries their
// method type. Value.Method is gc's: the receiver's Value with the method's
// index in its flag, a func Value that Call and Interface understand.
package reflect

import (
	"internal/escgotype"
	"unsafe"
)

// Method is one method of a type's method set.
type Method struct {
	Name    string
	PkgPath string // "" for an exported method
	Type    Type   // the method's type: a concrete type's with the receiver first
	Func    Value  // the receiver-first func (concrete types only)
	Index   int    // for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A method Value's flag holds the method's index above these bits.
const (
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
)

// methodDesc is the i'th method reflect shows: an interface's i'th, or a
// concrete type's i'th exported one.
func (t *rtype) methodDesc(i int) *escgotype.Method {
	if t.Kind() == Interface {
		if uint(i) >= uint(t.NumMethods) {
			panic("reflect: Method index out of range")
		}
		return t.desc().Method(i)
	}
	for j := 0; j < int(t.NumMethods); j++ {
		m := t.desc().Method(j)
		if isExported(escgotype.CString(m.Name)) {
			if i == 0 {
				return m
			}
			i--
		}
	}
	panic("reflect: Method index out of range")
}

// methodName splits an unexported interface method's table name,
// "path.name" outside the main package, into its name and package path.
func (t *rtype) methodName(d *escgotype.Method) (name, pkgPath string) {
	name = escgotype.CString(d.Name)
	if isExported(name) {
		return name, ""
	}
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[i+1:], name[:i]
		}
	}
	return name, "main"
}

func (t *rtype) Method(i int) (m Method) {
	d := t.methodDesc(i)
	m.Name, m.PkgPath = t.methodName(d)
	m.Index = i
	if t.Kind() == Interface {
		m.Type = toType(toRType(d.Type))
		return m
	}
	ft := toRType(d.FuncType)
	m.Type = ft
	// The entry's code field is the func value's context: the code
	// ignores its context, and the table is a constant.
	m.Func = Value{ft, unsafe.Pointer(&d.FuncCode), flag(Func)}
	return m
}

func (t *rtype) MethodByName(name string) (m Method, ok bool) {
	n := t.NumMethod()
	for i := 0; i < n; i++ {
		if escgotype.CString(t.methodDesc(i).Name) == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// Method is v's i'th method bound to v, a func Value.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value.Method", Kind: Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	fl := v.flag&(flagRO|flagIndir) | flag(Func)
	fl |= flag(i)<<flagMethodShift | flagMethod
	return Value{v.typ, v.ptr, fl}
}

// MethodByName is v's method of that name bound to v, or the zero Value.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{Method: "reflect.Value.MethodByName", Kind: Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	m, ok := v.typ.MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// methodReceiver is what a call of the method Value v needs: the method's
// type (without receiver), the method table's code and the receiver's data
// word, which that code takes first. A receiver held indirectly is passed
// by address: the table's code copies it out before calling the method.
func methodReceiver(op string, v Value) (t *rtype, code, word unsafe.Pointer) {
	i := int(v.flag >> flagMethodShift)
	if v.typ.Kind() == Interface {
		im := v.typ.desc().Method(i)
		e := (*emptyInterface)(v.ptr)
		if e.typ == nil {
			panic("reflect: " + op + " of method on nil interface value")
		}
		m := e.typ.desc().FindMethod(im)
		if m == nil {
			panic("reflect: internal error: invalid method index")
		}
		return toRType(im.Type), m.Code, e.word
	}
	m := v.typ.methodDesc(i)
	word = v.ptr
	if v.flag&flagIndir != 0 && v.typ.Direct != 0 {
		word = *(*unsafe.Pointer)(v.ptr)
	}
	return toRType(m.Type), m.Code, word
}

// makeMethodValue is the method Value v as a func value: a context holding
// the func type's bound code, the method's code and a copy of the
// receiver, taken now as a method value's receiver is.
func makeMethodValue(op string, v Value) Value {
	t, code, word := methodReceiver(op, v)
	if v.typ.Kind() != Interface && v.typ.Direct == 0 {
		c := escgotype.New(v.typ.desc())
		escgotype.TypedMove(v.typ.desc(), c, word)
		word = c
	}
	ctx := &[3]unsafe.Pointer{t.Bound, code, word}
	return Value{t, unsafe.Pointer(ctx), v.flag&flagRO | flag(Func)}
}

// In is a func type's i'th parameter type.
func (t *rtype) In(i int) Type {
	t.mustBeFunc("In")
	if uint(i) >= uint(t.NumIn()) {
		panic("reflect: Function index out of bounds")
	}
	return toType(toRType(t.desc().In(i)))
}

// Out is a func type's i'th result type.
func (t *rtype) Out(i int) Type {
	t.mustBeFunc("Out")
	if uint(i) >= uint(t.NumOut()) {
		panic("reflect: Function index out of bounds")
	}
	return toType(toRType(t.desc().In(int(t.desc().InCount) + i)))
}

func (t *rtype) NumIn() int {
	t.mustBeFunc("NumIn")
	return int(t.desc().InCount)
}

func (t *rtype) NumOut() int {
	t.mustBeFunc("NumOut")
	return int(t.desc().OutCount)
}

func (t *rtype) IsVariadic() bool {
	t.mustBeFunc("IsVariadic")
	return t.desc().Variadic != 0
}

func (t *rtype) mustBeFunc(what string) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
}
