package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

//go:noinline
func inner() []byte { return debug.Stack() }

// The traceback's frames, without addresses and directories.
func frames(st []byte) []string {
	var out []string
	for _, line := range strings.Split(string(st), "\n") {
		if strings.HasPrefix(line, "\t") {
			line = line[strings.LastIndex(line, "/")+1:]
			if i := strings.Index(line, " +0x"); i >= 0 {
				line = line[:i]
			}
		}
		out = append(out, line)
	}
	return out
}

func main() {
	for _, f := range frames(inner()) {
		fmt.Println(f)
	}
	buf := make([]byte, 10)
	n := runtime.Stack(buf, false)
	fmt.Println(n, string(buf[:n]))

	var s debug.GCStats
	runtime.GC()
	runtime.GC()
	debug.ReadGCStats(&s)
	// gc keeps the last 256 pauses (ESCGO_GCSTRESS=1 collects far more often).
	pauses := int(s.NumGC)
	if pauses > 256 {
		pauses = 256
	}
	fmt.Println(s.NumGC >= 2, len(s.Pause) == pauses, s.LastGC.IsZero(), s.PauseTotal >= 0)

	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMaxThreads(5000), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	debug.SetTraceback("single")
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1.19"))
	info, err := debug.ParseBuildInfo("path\tcmd/x\nmod\texample.com/m\t(devel)\t\n")
	fmt.Println(err, info.Path, info.Main.Path, info.Main.Version)
	fmt.Print(info.String())
}
