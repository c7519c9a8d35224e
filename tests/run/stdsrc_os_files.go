// Files and time from Go's source: os.MkdirTemp, WriteFile, ReadFile,
// Create, Open, Stat, ReadDir, Rename, Remove; errors.Is with fs.ErrNotExist;
// time.After in a select against a goroutine, a Timer stopped and reset,
// a Ticker; time.Date, Format, Duration's String.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func files() {
	dir, err := os.MkdirTemp("", "escgo-files-")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	hide := func(s string) string { return strings.ReplaceAll(s, dir, "DIR") }

	p := filepath.Join(dir, "notes.txt")
	fmt.Println(os.WriteFile(p, []byte("alpha\nbeta\n"), 0o644))
	b, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), hide(err.Error()))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, hide(pe.Path))

	f, err := os.Create(filepath.Join(dir, "out.txt"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintf(f, "%d squared is %d\n", 12, 144)
	f.WriteString("done\n")
	fmt.Println(f.Close())

	g, _ := os.Open(filepath.Join(dir, "out.txt"))
	all, _ := io.ReadAll(g)
	g.Close()
	fmt.Print(string(all))

	fi, _ := os.Stat(p)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode())
	fmt.Println(os.Rename(p, filepath.Join(dir, "renamed.txt")))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(os.Remove(filepath.Join(dir, "out.txt")))
	fmt.Println(hide(fmt.Sprint(os.Remove(filepath.Join(dir, "out.txt")))))
}

func timers() {
	ch := make(chan string)
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- "worker"
	}()
	select {
	case s := <-ch:
		fmt.Println("from", s)
	case <-time.After(2 * time.Second):
		fmt.Println("timed out")
	}
	select {
	case s := <-ch:
		fmt.Println("unexpected", s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")

	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)

	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	fmt.Println("AfterFunc ran:", <-done)

	start := time.Now()
	time.Sleep(3 * time.Millisecond)
	fmt.Println(time.Since(start) >= 3*time.Millisecond)
}

func calendar() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 6000000, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339Nano), t.Format("Mon Jan 2 15:04:05 2006"))
	fmt.Println(t.Format("02/01/06 3:04PM"), t.Weekday(), t.YearDay(), t.Unix())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u.Format(time.Kitchen), u.Sub(t), u.After(t), t.Equal(t.UTC()))
	y, m, d := u.Date()
	fmt.Println(y, m, d, u.Truncate(time.Hour).Format(time.ANSIC))
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	d2, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d2, err, d2.Minutes())
	for _, d := range []time.Duration{0, 1, 1500 * time.Microsecond, 90 * time.Second, 26 * time.Hour} {
		fmt.Print(d, " ")
	}
	fmt.Println()
	if ny, err := time.LoadLocation("America/New_York"); err == nil {
		fmt.Println(t.In(ny))
	}
}

func main() {
	files()
	timers()
	calendar()
}
