package main

import (
	"fmt"
	"strings"
)

// 2) strings.Builder 预分配
func JoinWithBuilder(parts []string) string {
    var b strings.Builder
    // 粗略估算容量，避免多次增长
    total := 0
    for _, s := range parts { total += len(s) }
    b.Grow(total + len(parts))
    for i, s := range parts {
        if i > 0 { b.WriteByte(',') }
        b.WriteString(s)
    }
    return b.String()
}

func main() {
	fmt.Println(JoinWithBuilder([]string{"alpha", "beta", "gamma"}))
}
