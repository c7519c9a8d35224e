// errorcheck -0 -m -l

// bytes.Buffer stays on the stack when only its methods see it (Write and
// WriteString do not retain their arguments; Bytes returns the buffer's
// contents); time.Duration values escape only when boxed for fmt.

package main

import (
	"bytes"
	"fmt"
	"os"
	"time"
)

func buffer(b []byte) string { // ERROR "b does not escape$"
	var buf bytes.Buffer
	buf.Write(b)
	buf.WriteString("x")
	buf.WriteByte('y')
	return buf.String()
}

func bufferBytes() []byte {
	var buf bytes.Buffer
	buf.WriteString("abc")
	return buf.Bytes()
}

func bufferFprintf(n int) int {
	var buf bytes.Buffer // ERROR "moved to heap: buf$"
	fmt.Fprintf(&buf, "%d", n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
	return buf.Len()
}

func newBuffer() *bytes.Buffer {
	return bytes.NewBufferString("s")
}

func durations(n int) time.Duration {
	d := time.Duration(n) * time.Millisecond
	return d.Round(time.Second)
}

func printDuration(d time.Duration) {
	fmt.Println(d, d.String()) // ERROR "\.\.\. argument does not escape$" "d escapes to heap$" "time\.Duration\.String\(d\) escapes to heap$"
}

func elapsed() time.Duration {
	start := time.Now()
	return time.Since(start)
}

func toStderr(msg string) { // ERROR "leaking param: msg$"
	fmt.Fprintln(os.Stderr, msg) // ERROR "\.\.\. argument does not escape$" "msg escapes to heap$"
	os.Stdout.WriteString(msg)
}

func main() {
	buffer(nil)
	bufferBytes()
	bufferFprintf(1)
	newBuffer()
	durations(1)
	printDuration(1)
	elapsed()
	toStderr("m")
}
