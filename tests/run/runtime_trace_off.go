package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime/trace"
)

// runtime/trace's annotations with tracing off (no trace.Start): regions
// run their function, tasks carry their context, logs are dropped.
func main() {
	fmt.Println(trace.IsEnabled())
	ctx, task := trace.NewTask(context.Background(), "work")
	trace.WithRegion(ctx, "step", func() { fmt.Println("in region") })
	r := trace.StartRegion(ctx, "manual")
	trace.Log(ctx, "cat", "message")
	trace.Logf(ctx, "cat", "n=%d", 3)
	r.End()
	task.End()
	fmt.Println(ctx != context.Background())
	var buf bytes.Buffer
	trace.Stop() // nothing started: nothing to stop
	fmt.Println(buf.Len())
}
