// os/exec from Go's source: processes start with a fork (clone without
// CLONE_VM) in escgo's syscall overlay, then execve, as gc's vfork path does.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	// Output: the child's standard output through a pipe.
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	// Standard input from a reader, output into a buffer.
	cmd := exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout this\n")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String())

	// A failing command: the exit status and ExitError.
	err = exec.Command("sh", "-c", "echo to-stderr >&2; exit 3").Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println(err, ee.ExitCode(), ee.Exited())
	}

	// CombinedOutput, the working directory and the environment.
	cmd = exec.Command("sh", "-c", "echo $ESCGO_EXEC_VAR; pwd; echo oops >&2")
	cmd.Dir = "/"
	cmd.Env = append(os.Environ(), "ESCGO_EXEC_VAR=set-by-parent")
	both, err := cmd.CombinedOutput()
	fmt.Printf("%q %v\n", both, err)

	// Unknown programs fail in LookPath, before any fork.
	_, err = exec.Command("no-such-program-escgo").Output()
	fmt.Println(err)
	_, err = exec.LookPath("sh")
	fmt.Println(err)

	// Start and Wait separately, with the child writing to our stdout.
	cmd = exec.Command("printf", "%s-%s\\n", "a", "b")
	cmd.Stdout = os.Stdout
	if err := cmd.Start(); err != nil {
		fmt.Println("start:", err)
	}
	fmt.Println(cmd.Wait(), cmd.ProcessState.Success())

	// Many children in a row: no leaked descriptors or zombies stop us.
	n := 0
	for i := 0; i < 50; i++ {
		if exec.Command("true").Run() == nil {
			n++
		}
	}
	fmt.Println("ran", n)
}
