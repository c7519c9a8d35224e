// escgo's own file, added to Go's package time: the clocks, Sleep and the
// timers that gc's runtime provides (runtime/time.go), which Go's files
// declare without a body.
//
// A started timer is a goroutine of its own that sleeps on the scheduler's
// heap of sleepers (runtime/sched.c) until the timer's time, then calls the
// timer's function (sendTime for time.After and NewTimer, goFunc for
// AfterFunc) unless the timer was stopped or moved meanwhile. Like gc's
// pending timers, a sleeping timer keeps the deadlock detector quiet; unlike
// gc's, it is counted by runtime.NumGoroutine while it waits.

package time

import (
	"sync"
	"unsafe"
)

//go:linkname Sleep escgo_time_Sleep
//go:linkname now time.escgoNow
//go:linkname startTimer time.escgoStartTimer
//go:linkname stopTimer time.escgoStopTimer
//go:linkname resetTimer time.escgoResetTimer
//go:linkname modTimer time.escgoModTimer

//go:linkname walltime escgo_walltime
func walltime() int64

//go:linkname sleepUntil escgo_sleep_until
func sleepUntil(when int64)

func escgoNow() (sec int64, nsec int32, mono int64) {
	ns := walltime()
	return ns / 1e9, int32(ns % 1e9), runtimeNano()
}

// timerLock guards every runtimeTimer's fields. A timer's pp is the
// generation of the goroutine that serves it (0: not active); a goroutine
// whose generation is gone ends when it wakes.
var (
	timerLock sync.Mutex
	timerGen  uintptr
)

func escgoStartTimer(t *runtimeTimer) {
	timerLock.Lock()
	serveTimer(t)
	timerLock.Unlock()
}

// serveTimer gives t a new goroutine (timerLock held).
func serveTimer(t *runtimeTimer) {
	timerGen++
	t.pp = timerGen
	go runTimer(t, timerGen)
}

func escgoStopTimer(t *runtimeTimer) bool {
	timerLock.Lock()
	active := t.pp != 0
	t.pp = 0
	timerLock.Unlock()
	return active
}

func escgoResetTimer(t *runtimeTimer, when int64) bool {
	timerLock.Lock()
	active := moveTimer(t, when)
	timerLock.Unlock()
	return active
}

func escgoModTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	timerLock.Lock()
	t.period, t.f, t.arg, t.seq = period, f, arg, seq
	moveTimer(t, when)
	timerLock.Unlock()
}

// moveTimer sets t's time (timerLock held). A later time keeps t's
// goroutine, which sleeps again when it wakes; an earlier one, or an
// inactive timer, gets a new goroutine.
func moveTimer(t *runtimeTimer, when int64) bool {
	active := t.pp != 0
	later := when >= t.when
	t.when = when
	if !active || !later {
		serveTimer(t)
	}
	return active
}

func runTimer(t *runtimeTimer, gen uintptr) {
	for {
		timerLock.Lock()
		if t.pp != gen {
			timerLock.Unlock()
			return
		}
		when, now := t.when, runtimeNano()
		if now < when {
			timerLock.Unlock()
			sleepUntil(when)
			continue
		}
		f, arg, seq := t.f, t.arg, t.seq
		if t.period > 0 {
			t.when += t.period * (1 + (now-t.when)/t.period)
		} else {
			t.pp = 0
		}
		timerLock.Unlock()
		f(arg, seq)
		if t.period <= 0 {
			return
		}
	}
}

var _ unsafe.Pointer // the //go:linkname directives need package unsafe
