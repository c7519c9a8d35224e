# command-line-arguments
./main.go:10:23: inlining call to reflect.ValueOf
./main.go:10:23: inlining call to reflect.escapes
./main.go:10:23: inlining call to reflect.unpackEface
./main.go:10:23: inlining call to reflect.(*rtype).Kind
./main.go:10:23: inlining call to reflect.ifaceIndir
./main.go:11:18: inlining call to reflect.Value.Interface
./main.go:12:21: inlining call to reflect.Value.Kind
./main.go:12:21: inlining call to reflect.flag.kind
./main.go:12:31: inlining call to reflect.Value.Int
./main.go:12:31: inlining call to reflect.flag.kind
./main.go:12:31: inlining call to reflect.flag.kind
./main.go:12:13: inlining call to fmt.Println
./main.go:10:23: x escapes to heap
./main.go:12:13: ... argument does not escape
./main.go:12:21: ~R0 escapes to heap
./main.go:12:31: ~R0 escapes to heap
./main.go:12:31: &reflect.ValueError{...} escapes to heap
