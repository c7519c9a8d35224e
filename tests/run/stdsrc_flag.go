// flag from Go's source: a FlagSet of every kind (Bool, Int, Int64, Uint,
// Uint64, String, Float64, Duration, Func, TextVar, a Value of the
// program's own), the -x, --x, -x=v and -x v spellings, Visit and VisitAll,
// Lookup and Set, PrintDefaults, and ContinueOnError's errors; the
// command line's flags (stdsrc_flag.args) through flag.Parse.
package main

import (
	"errors"
	"flag"
	"fmt"
	"net/netip"
	"os"
	"strings"
	"time"
)

// list collects every -tag given: a flag.Value of the program's own.
type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error {
	if s == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, s)
	return nil
}

var verbose = flag.Bool("v", false, "say more")
var level = flag.Int("level", 1, "the `level` to run at")

func fullSet() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	b := fs.Bool("b", false, "a bool")
	i := fs.Int("i", -1, "an int")
	i64 := fs.Int64("i64", 1<<40, "an int64")
	u := fs.Uint("u", 7, "a uint")
	u64 := fs.Uint64("u64", 0, "a uint64")
	s := fs.String("s", "def", "a `name` to use")
	f := fs.Float64("f", 2.5, "a float")
	d := fs.Duration("d", 3*time.Second, "a duration")
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var seen []string
	fs.Func("each", "called for each value", func(v string) error {
		seen = append(seen, strings.ToUpper(v))
		return nil
	})
	var addr netip.Addr
	fs.TextVar(&addr, "addr", netip.MustParseAddr("127.0.0.1"), "an address")
	var n int
	fs.IntVar(&n, "n", 0, "n")

	args := []string{"-b", "--i=42", "-i64", "-9", "-u=8", "-u64", "18446744073709551615",
		"-s", "given", "-f=1e3", "-d", "1h2m3.5s", "-tag", "x", "-tag=y", "-each", "a",
		"-each=b", "-addr", "10.0.0.1", "--", "-n", "rest"}
	err := fs.Parse(args)
	fmt.Println(err, fs.Parsed(), *b, *i, *i64, *u, *u64, *s, *f, *d, tags, seen, addr, n)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5) == "", fs.NFlag(), fs.Name())

	fs.Visit(func(fl *flag.Flag) { fmt.Printf("set %s=%s ", fl.Name, fl.Value) })
	fmt.Println()
	fs.VisitAll(func(fl *flag.Flag) { fmt.Printf("%s(%s) ", fl.Name, fl.DefValue) })
	fmt.Println()
	fmt.Println(fs.Set("i", "5"), *i, fs.Set("nosuch", "1"), fs.Set("i", "x"))
	fmt.Println(fs.Lookup("s").Usage, fs.Lookup("missing") == nil)
	if g, ok := fs.Lookup("d").Value.(flag.Getter); ok {
		fmt.Println(g.Get())
	}
	fs.PrintDefaults()
}

func badSets() {
	for _, args := range [][]string{
		{"-nope"}, {"-i", "abc"}, {"-i"}, {"-b=maybe"}, {"-tag="}, {"---x"}, {"-=x"},
		{"-d", "5 parsecs"}, {"-u", "-1"}, {"-h"},
	} {
		fs := flag.NewFlagSet("bad", flag.ContinueOnError)
		var out strings.Builder
		fs.SetOutput(&out)
		fs.Int("i", 0, "an int")
		fs.Bool("b", false, "a bool")
		fs.Duration("d", 0, "a duration")
		fs.Uint("u", 0, "a uint")
		var tags list
		fs.Var(&tags, "tag", "a tag")
		err := fs.Parse(args)
		first, _, _ := strings.Cut(out.String(), "\n")
		fmt.Printf("%q: %v, help=%v; %q, %d lines\n", args, err, errors.Is(err, flag.ErrHelp),
			first, strings.Count(out.String(), "\n"))
	}
	fs := flag.NewFlagSet("usage", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Println("custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-zzz"}))
	fmt.Println(fs.Output() == os.Stdout, fs.ErrorHandling() == flag.ContinueOnError)
}

func main() {
	flag.Parse()
	fmt.Println(*verbose, *level, flag.NArg(), flag.Args(), flag.Parsed(), flag.NFlag())
	fmt.Println(flag.Lookup("level").Value.String(), flag.CommandLine.Name() != "")
	fullSet()
	badSets()
}
