// escgo's own version of Go's internal/testlog/log.go, which keeps the
// logger in an atomic.Value: escgo's sync/atomic is still the C runtime's
// (compiler/check/packages_sync.c) and has no Value yet, so the logger is an
// atomically loaded and stored pointer instead. The API is Go's; remove this
// file once sync/atomic compiles from Go's source.

// Package testlog reports the environment variables and files a test
// reads (go test's caching uses it).
package testlog

import (
	"sync/atomic"
	"unsafe"
)

// Interface is the logger a test binary installs.
type Interface interface {
	Getenv(key string)
	Stat(file string)
	Open(file string)
	Chdir(dir string)
}

var logger unsafe.Pointer // *Interface, nil until SetLogger

// SetLogger sets the test logger; it may be called only once.
func SetLogger(impl Interface) {
	if atomic.LoadPointer(&logger) != nil {
		panic("testlog: SetLogger must be called only once")
	}
	atomic.StorePointer(&logger, unsafe.Pointer(&impl))
}

// Logger returns the logger, or nil when none is set.
func Logger() Interface {
	p := atomic.LoadPointer(&logger)
	if p == nil {
		return nil
	}
	return *(*Interface)(p)
}

// Getenv tells the logger, if any, that name was read.
func Getenv(name string) {
	if log := Logger(); log != nil {
		log.Getenv(name)
	}
}

// Open tells the logger, if any, that name was opened.
func Open(name string) {
	if log := Logger(); log != nil {
		log.Open(name)
	}
}

// Stat tells the logger, if any, that name was examined.
func Stat(name string) {
	if log := Logger(); log != nil {
		log.Stat(name)
	}
}
