// runtime.SetFinalizer: finalizers run once their object is unreachable, on
// one goroutine, in dependency order (a parent's before its child's); a
// finalizer cleared with nil never runs; the parameter may be the object's
// pointer type, an empty interface or an interface the object implements,
// or a method expression; results are ignored.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Parent struct {
	child *Child
	id    int
}

type Child struct{ id int }

type Named interface{ Name() string }

type Res struct{ id int }

func (r *Res) Name() string { return fmt.Sprint("res", r.id) }

func (r *Res) close() { events <- "close" }

const N = 50

var events = make(chan string, 10*N)
var parentDone [N]bool
var childAfterParent, childBeforeParent int

//go:noinline
func setup() {
	for i := 0; i < N; i++ {
		c := &Child{i}
		p := &Parent{c, i}
		runtime.SetFinalizer(c, func(c *Child) {
			if parentDone[c.id] {
				childAfterParent++
			} else {
				childBeforeParent++
			}
			events <- "child"
		})
		runtime.SetFinalizer(p, func(p *Parent) [4]int {
			parentDone[p.id] = true
			events <- "parent"
			return [4]int{1, 2, 3, 4}
		})
		cleared := new(Child)
		runtime.SetFinalizer(cleared, func(*Child) { events <- "cleared" })
		runtime.SetFinalizer(cleared, nil)

		runtime.SetFinalizer(&Res{i}, func(x any) {
			if _, ok := x.(*Res); ok {
				events <- "any"
			}
		})
		runtime.SetFinalizer(&Res{i}, func(n Named) {
			if n.Name() != "" {
				events <- "named"
			}
		})
		runtime.SetFinalizer(&Res{i}, (*Res).close)
	}
}

func main() {
	setup()
	counts := map[string]int{}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && counts["child"] < N*9/10 {
		runtime.GC()
		select {
		case e := <-events:
			counts[e]++
		case <-time.After(time.Millisecond):
		}
	}
	for len(events) > 0 {
		counts[<-events]++
	}
	most := func(k string) bool { return counts[k] >= N*9/10 && counts[k] <= N }
	fmt.Println("parents finalized:", most("parent"))
	fmt.Println("children finalized:", most("child"))
	fmt.Println("every child after its parent:", childBeforeParent == 0 && childAfterParent == counts["child"])
	fmt.Println("interface{} finalizers:", most("any"))
	fmt.Println("Named finalizers:", most("named"))
	fmt.Println("method expression finalizers:", most("close"))
	fmt.Println("cleared finalizers run:", counts["cleared"])
	runtime.KeepAlive(events)
}
