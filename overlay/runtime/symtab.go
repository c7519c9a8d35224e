// Functions and frames as the program's debug information describes them
// (runtime/symtab.c, through libdw). See extern.go.

package runtime

import _ "unsafe" // for go:linkname

// Func: one per function (FuncForPC compares equal for the same one), or a
// fresh one naming a call that was inlined at the address. Laid out as
// runtime/symtab.c's Func.
type Func struct {
	entry   uintptr
	name    string
	inlined bool // an inlined call: file and line are where it was found
	file    string
	line    int
}

// FuncForPC: the function holding pc (the innermost inlined one), or nil.
//
//go:linkname FuncForPC escgo_runtime_FuncForPC
func FuncForPC(pc uintptr) *Func

//go:noinline
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

//go:noinline
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine: the file and line of pc, or "?", 0 where the tables say nothing.
//
//go:noinline
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	if f.inlined {
		return f.file, f.line
	}
	file = funcFileLine(pc, &line)
	return file, line
}

//go:linkname funcFileLine escgo_runtime_funcFileLine
//go:noescape
func funcFileLine(pc uintptr, line *int) string

// Frame: Go 1.19's, field for field.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	funcInfo [2]uintptr
}

// Frames: the PCs not yet expanded, and the frames found and not yet
// returned (runtime/symtab.c appends to frames).
type Frames struct {
	callers    []uintptr
	frames     []Frame
	frameStore [2]Frame
}

func CallersFrames(callers []uintptr) *Frames {
	f := &Frames{callers: callers}
	f.frames = f.frameStore[:0]
	return f
}

// Next: the next frame, and whether another follows. One PC may stand for
// several frames (calls inlined there): PCs are expanded until two frames
// are waiting or none is left, so that more is known.
//
//go:noinline
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.frames) < 2 && len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		expandPC(ci, pc)
	}
	if len(ci.frames) == 0 {
		return Frame{}, false
	}
	frame = ci.frames[0]
	ci.frames = ci.frames[1:]
	return frame, len(ci.frames) > 0
}

//go:linkname expandPC escgo_runtime_expandPC
func expandPC(ci *Frames, pc uintptr)
