// log and io/ioutil from Go's source: log's flags (Lshortfile through
// runtime.Caller, Lmsgprefix), prefixes, a logger on a bytes.Buffer, Fatal's
// exit status; ioutil's ReadAll, ReadFile, WriteFile, TempDir, ReadDir,
// NopCloser, Discard.
package main

import (
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Print("plain ", 1)
	log.SetPrefix("app: ")
	log.Printf("formatted %03d", 7)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("with the file")

	var buf bytes.Buffer
	l := log.New(&buf, "[buf] ", 0)
	l.Println("one")
	l.Printf("two %v", []int{2})
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), log.Prefix(), log.Flags())

	data, _ := ioutil.ReadAll(strings.NewReader("read all of it"))
	fmt.Println(string(data))
	dir, err := ioutil.TempDir("", "escgo-ioutil-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f.txt")
	fmt.Println(ioutil.WriteFile(p, []byte("ioutil\n"), 0o600))
	back, err := ioutil.ReadFile(p)
	fmt.Printf("%q %v\n", back, err)
	infos, _ := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode())
	}
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, _ := io.Copy(ioutil.Discard, strings.NewReader("discarded"))
	fmt.Println(n)

	log.SetFlags(0)
	log.SetPrefix("")
	log.SetOutput(os.Stderr)
	defer fmt.Println("deferred: not run by log.Fatal")
	log.Fatalf("fatal: %d", 42)
}
