// escgo's Value.Call. gc's reflectcall copies a frame laid out by its ABI;
// escgo has no such frame: codegen gives every func type's descriptor a
// call stub (codegen/reflect.c) taking the arguments as an array of
// pointers, one per parameter, and the places for the results likewise.
// The stub is the code of a func value whose context is the descriptor's
// own Call field, so reflect calls it as Go calls any func value.
package reflect

import (
	"internal/escgotype"
	"unsafe"
)

// callStub is the shape of every call stub as a Go func value.
type callStub func(code, ctx unsafe.Pointer, args, results *unsafe.Pointer)

// Call calls the func v with the arguments in, as Go would (a variadic
// func gets its extra arguments in a slice), and returns its results.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic func v with its last argument a slice.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	var t *rtype
	var code, ctx unsafe.Pointer
	if v.flag&flagMethod != 0 {
		t, code, ctx = methodReceiver(op, v)
	} else {
		t, ctx = v.typ, v.word()
		if ctx == nil {
			panic("reflect.Value.Call: call of nil function")
		}
		code = *(*unsafe.Pointer)(ctx)
	}
	in = t.checkArgs(op, in)
	nin, nout := t.NumIn(), t.NumOut()
	args := make([]unsafe.Pointer, nin+1)
	for i := 0; i < nin; i++ {
		targ := toRType(t.desc().In(i))
		args[i] = argCopy(in[i].assignTo("reflect.Value.Call", targ), targ)
	}
	results := make([]unsafe.Pointer, nout+1)
	for i := 0; i < nout; i++ {
		results[i] = escgotype.New(t.desc().In(nin + i))
	}
	var stub callStub
	*(*unsafe.Pointer)(unsafe.Pointer(&stub)) = unsafe.Pointer(&t.desc().Call)
	stub(code, ctx, &args[0], &results[0])
	out := make([]Value, nout)
	for i := range out {
		out[i] = copied(toRType(t.desc().In(nin+i)), results[i], 0)
	}
	return out
}

// checkArgs checks in against the func type t as gc's Call does and
// returns the arguments to pass: for Call of a variadic func, the extra
// ones gathered into a slice.
func (t *rtype) checkArgs(op string, in []Value) []Value {
	n := t.NumIn()
	variadic := t.IsVariadic()
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if op == "CallSlice" || !variadic {
		return in
	}
	st := t.In(n)
	elem := st.Elem()
	extra := MakeSlice(st, len(in)-n, len(in)-n)
	for i, x := range in[n:] {
		if xt := x.Type(); !xt.AssignableTo(elem) {
			panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
		}
		extra.Index(i).Set(x)
	}
	all := make([]Value, n+1)
	copy(all, in[:n])
	all[n] = extra
	return all
}

// argCopy is a fresh copy of x's value, of type t: the callee owns a big
// argument's copy and may keep it.
func argCopy(x Value, t *rtype) unsafe.Pointer {
	p := escgotype.New(t.desc())
	if x.flag&flagIndir != 0 {
		escgotype.TypedMove(t.desc(), p, x.ptr)
	} else {
		*(*unsafe.Pointer)(p) = x.ptr
	}
	return p
}
