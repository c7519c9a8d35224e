package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	for _, s := range []string{"a=b=c", "abc", "", "=x", "a,b,c,d"} {
		fmt.Printf("%q %q %q %q\n", strings.SplitAfterN(s, "=", 2), strings.SplitAfterN(s, ",", 3),
			strings.SplitAfterN(s, "", 2), strings.SplitAfterN(s, "=", 0))
		fmt.Println(len(strings.SplitAfterN(s, "b", -1)))
	}
	env := os.Environ()
	found := false
	for _, kv := range env {
		if kv == "" || !strings.Contains(kv, "=") {
			fmt.Println("bad entry", kv)
		}
		k := strings.SplitAfterN(kv, "=", 2)[0]
		if k == "PATH=" {
			found = true
		}
	}
	fmt.Println(len(env) > 0, found)
	env[0] = "changed"   // a copy: the environment is unchanged
	fmt.Println(os.Environ()[0] != "changed")
}
