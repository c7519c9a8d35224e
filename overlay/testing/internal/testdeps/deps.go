// escgo's testdeps: what Go's testing package asks of the go command's test
// binary, through the testDeps interface its MainStart takes. Go's own
// deps.go brings internal/fuzz (the fuzzing engine, with the linker's
// coverage counters) and runtime/pprof (gc's profiler), which escgo does
// not compile; this file replaces it. Matching test names, the test log
// and os.Exit(0)'s panic are Go's behaviour; the profiles and fuzzing say
// they are not there.

package testdeps

import (
	"bufio"
	"errors"
	"fmt"
	"internal/testlog"
	"io"
	"path/filepath"
	"reflect"
	"regexp"
	"sync"
	"time"
)

// TestDeps is the value the generated test main passes to MainStart.
type TestDeps struct{}

// ImportPath: the tested package's import path for the benchmarks' "pkg:"
// line (empty outside a module, as go's).
var ImportPath string

func (TestDeps) ImportPath() string { return ImportPath }

// The last pattern compiled, kept: testing matches every name against the
// same few patterns.
var (
	lastPattern string
	lastRegexp  *regexp.Regexp
)

func (TestDeps) MatchString(pat, str string) (bool, error) {
	if lastRegexp == nil || pat != lastPattern {
		re, err := regexp.Compile(pat)
		if err != nil {
			return false, err
		}
		lastPattern, lastRegexp = pat, re
	}
	return lastRegexp.MatchString(str), nil
}

// SetPanicOnExit0 makes os.Exit(0) panic while tests run, so that a test
// that exits early fails (os reads the flag from internal/testlog).
func (TestDeps) SetPanicOnExit0(v bool) { testlog.SetPanicOnExit0(v) }

var errNoProfiles = errors.New("escgo has no runtime/pprof: -test.cpuprofile and the other profiles are not available")

func (TestDeps) StartCPUProfile(io.Writer) error { return errNoProfiles }
func (TestDeps) StopCPUProfile()                 {}

func (TestDeps) WriteProfileTo(string, io.Writer, int) error { return errNoProfiles }

// The test log (-test.testlogfile, which the go command reads to cache
// test results): one line per environment variable, file and directory
// the tests looked at.
type fileLog struct {
	mu sync.Mutex
	w  *bufio.Writer
}

func (l *fileLog) note(op, arg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.w.WriteString(op + " " + arg + "\n")
}

func (l *fileLog) Getenv(key string) { l.note("getenv", key) }
func (l *fileLog) Stat(name string)  { l.note("stat", name) }
func (l *fileLog) Open(name string)  { l.note("open", name) }
func (l *fileLog) Chdir(name string) { l.note("chdir", name) }

var testLog *fileLog

func (TestDeps) StartTestLog(w io.Writer) {
	testLog = &fileLog{w: bufio.NewWriter(w)}
	testLog.w.WriteString("# test log\n")
	testlog.SetLogger(testLog)
}

func (TestDeps) StopTestLog() error {
	testLog.mu.Lock()
	defer testLog.mu.Unlock()
	return testLog.w.Flush()
}

// corpusEntry is testing's (an alias of the same struct type).
type corpusEntry = struct {
	Parent     string
	Path       string
	Data       []byte
	Values     []any
	Generation int
	IsSeed     bool
}

var errNoFuzzing = errors.New("escgo has no fuzzing engine: -test.fuzz is not available")

func (TestDeps) CoordinateFuzzing(time.Duration, int64, time.Duration, int64, int, []corpusEntry, []reflect.Type, string, string) error {
	return errNoFuzzing
}

func (TestDeps) RunFuzzWorker(func(corpusEntry) error) error { return errNoFuzzing }

// ReadCorpus: a fuzz test's seed corpus files (testdata/fuzz/NAME) are in
// internal/fuzz's encoding, which escgo cannot read; without any, the
// seeds the test adds with f.Add run as under go test.
func (TestDeps) ReadCorpus(dir string, types []reflect.Type) ([]corpusEntry, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) > 0 {
		return nil, errors.New("escgo cannot read the fuzz corpus files in " + dir)
	}
	return nil, nil
}

// CheckCorpus: f.Add's values must have the fuzz function's parameter
// types (internal/fuzz's check, its messages).
func (TestDeps) CheckCorpus(vals []any, types []reflect.Type) error {
	if len(vals) != len(types) {
		return fmt.Errorf("wrong number of values in corpus entry: %d, want %d", len(vals), len(types))
	}
	got := make([]reflect.Type, len(vals))
	for i, v := range vals {
		got[i] = reflect.TypeOf(v)
	}
	for i := range types {
		if got[i] != types[i] {
			return fmt.Errorf("mismatched types in corpus entry: %v, want %v", got, types)
		}
	}
	return nil
}

func (TestDeps) ResetCoverage()    {}
func (TestDeps) SnapshotCoverage() {}
