// escgo's field lookup through embedded structs: Type's and Value's
// FieldByName and FieldByIndex, with Go's selector rules (the shallowest
// depth wins; two fields of one name at that depth hide each other).
package reflect

// FieldByIndex is the nested field the index sequence leads to, through
// embedded structs and pointers to them.
func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(x)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName is the field of that name, found as Go finds a selector's.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	return t.fieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc is the field whose name satisfies match, as FieldByName.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	return t.fieldByNameFunc(match)
}

// embeddedAt is one struct to look into during the search: its type and
// the index path that reaches it.
type embeddedAt struct {
	typ   *rtype
	index []int
}

func (t *rtype) fieldByNameFunc(match func(string) bool) (StructField, bool) {
	level := []embeddedAt{{typ: t}}
	visited := map[*rtype]bool{}
	for len(level) > 0 {
		var found StructField
		count := 0
		var next []embeddedAt
		for _, at := range level {
			if visited[at.typ] {
				continue
			}
			visited[at.typ] = true
			for i := 0; i < at.typ.NumField(); i++ {
				f := at.typ.Field(i)
				index := append(append([]int(nil), at.index...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						found = f
						found.Index = index
					}
					continue
				}
				if !f.Anonymous {
					continue
				}
				ft := f.Type.common()
				if ft.Kind() == Pointer {
					ft = ft.elem()
				}
				if ft.Kind() == Struct {
					next = append(next, embeddedAt{ft, index})
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// FieldByIndex is v's nested field the index sequence leads to; it panics
// stepping through a nil embedded pointer.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex returning an error at a nil embedded
// pointer instead of panicking.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, errorString("reflect: indirection through nil pointer to embedded struct field " + v.typ.elem().Name())
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

// FieldByName is v's field of that name, the zero Value if there is none.
func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc is v's field whose name satisfies match.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}
