package main

import (
	"fmt"
	"math"
	"runtime"
)

const arch = runtime.GOARCH + "/" + runtime.GOOS

func main() {
	fmt.Println(arch, runtime.Compiler, len(runtime.GOOS))
	f := math.Float32frombits(0x7f7fffff)
	fmt.Println(f, math.Float32bits(1.5), math.Float32bits(-0.0), math.Float32frombits(0x40490fdb))
	var x float32 = 3.25
	fmt.Printf("%#x %v\n", math.Float32bits(x), math.Float32frombits(math.Float32bits(x)+1))
}
