// context from Go's source: WithCancel, WithTimeout, WithDeadline and
// WithValue, cancellation flowing from parent to children (and not back),
// Done channels in a select with time.After and worker goroutines, Err's
// values, Deadline, Value lookup through the chain, and the contexts'
// String forms (type names through escgo's reflectlite).
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

type traceID int

func (t traceID) String() string { return fmt.Sprintf("trace-%d", int(t)) }

// worker ticks until its context is done, then reports why.
func worker(ctx context.Context, id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func tree() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grand := context.WithValue(child, key("user"), "ada")
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()

	cancelChild()
	<-grand.Done()
	fmt.Println("grand:", grand.Err(), "root:", root.Err(), "sibling:", sibling.Err())
	cancelChild() // a second cancel does nothing
	fmt.Println(grand.Err() == context.Canceled, grand.Value(key("user")), grand.Value("user"))
	cancelRoot()
	<-sibling.Done()
	fmt.Println("sibling:", sibling.Err(), errors.Is(sibling.Err(), context.Canceled))

	// A child of a context already canceled is canceled at birth.
	late, cancelLate := context.WithCancel(root)
	defer cancelLate()
	select {
	case <-late.Done():
		fmt.Println("late:", late.Err())
	default:
		fmt.Println("late: not done")
	}
}

func deadlines() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, time.Until(dl) <= 20*time.Millisecond)
	_, ok = context.Background().Deadline()
	fmt.Println("background deadline:", ok)
	select {
	case <-ctx.Done():
		fmt.Println("timeout:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("time.After fired first")
	}
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(ctx.Err(), &te) && te.Timeout())

	// The earlier deadline wins: a child cannot outlive its parent's.
	parent, cancelParent := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	defer cancelParent()
	short, cancelShort := context.WithTimeout(parent, time.Millisecond)
	defer cancelShort()
	long, cancelLong := context.WithTimeout(parent, 2*time.Hour)
	defer cancelLong()
	pd, _ := parent.Deadline()
	ld, _ := long.Deadline()
	fmt.Println("long keeps the parent's deadline:", pd.Equal(ld))
	<-short.Done()
	fmt.Println("short:", short.Err(), "parent:", parent.Err())

	// A deadline in the past: done at once.
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println("past:", past.Err())

	// Canceling before the deadline gives Canceled, not DeadlineExceeded.
	early, cancelEarly := context.WithTimeout(context.Background(), time.Hour)
	cancelEarly()
	fmt.Println("early:", early.Err())
}

func workers() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, results, &wg)
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	close(results)
	got := map[string]bool{}
	for r := range results {
		got[r] = true
	}
	for i := 1; i <= 3; i++ {
		fmt.Println(got[fmt.Sprintf("worker %d stopped: context canceled", i)])
	}
}

func values() {
	ctx := context.WithValue(context.Background(), key("a"), 1)
	ctx = context.WithValue(ctx, key("b"), "two")
	ctx = context.WithValue(ctx, traceID(0), traceID(7))
	ctx = context.WithValue(ctx, key("a"), 10) // shadows the first
	for _, k := range []any{key("a"), key("b"), traceID(0), key("c"), "a"} {
		fmt.Printf("%v=%v ", k, ctx.Value(k))
	}
	fmt.Println()
	fmt.Println(context.Background(), context.TODO())
	c1, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(c1)
	fmt.Println(context.WithValue(c1, key("k"), "v"))
	fmt.Println(context.WithValue(context.TODO(), traceID(1), 3))
	fmt.Println(context.WithValue(context.TODO(), 42, struct{}{}))
	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithValue(context.Background(), nil, 1)
}

func main() {
	tree()
	deadlines()
	workers()
	values()
}
