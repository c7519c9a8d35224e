// A string-building workload: render 1,000 records as CSV lines (strconv,
// strings.Repeat, `+`, strings.Builder, strings.Join), then parse the
// report back (strings.Split, strings.TrimSpace, strings.ToUpper,
// strconv.Atoi) and checksum it.
package string_build

import (
	"strconv"
	"strings"
)

type record struct {
	id    int
	name  string
	score int
	tags  []string
}

var tagWords = []string{"red", "green", "blue", "fast", "slow", "new", "old"}

//go:noinline
func makeRecords(n int) []record {
	rs := make([]record, 0, n)
	for i := 0; i < n; i++ {
		r := record{id: i, name: "user-" + strconv.Itoa(i*7919%10007), score: i * i % 1000}
		for k := 0; k < i%4; k++ {
			r.tags = append(r.tags, tagWords[(i+k)%len(tagWords)])
		}
		rs = append(rs, r)
	}
	return rs
}

//go:noinline
func render(rs []record) string {
	lines := make([]string, 0, len(rs)+1)
	lines = append(lines, "id,name,score,tags")
	for _, r := range rs {
		var sb strings.Builder
		sb.WriteString(strconv.Itoa(r.id))
		sb.WriteByte(',')
		sb.WriteString(r.name)
		sb.WriteByte(',')
		sb.WriteString(strconv.Itoa(r.score) + strings.Repeat(" ", r.id%3))
		sb.WriteByte(',')
		sb.WriteString(strings.Join(r.tags, "|"))
		lines = append(lines, sb.String())
	}
	return strings.Join(lines, "\n")
}

//go:noinline
func parse(report string) int {
	sum := 0
	for i, line := range strings.Split(report, "\n") {
		if i == 0 {
			continue
		}
		fields := strings.Split(line, ",")
		id, err := strconv.Atoi(fields[0])
		if err != nil {
			return -1
		}
		score, err := strconv.Atoi(strings.TrimSpace(fields[2]))
		if err != nil {
			return -1
		}
		name := strings.ToUpper(fields[1])
		sum += id + score + len(name)
		if fields[3] != "" {
			sum += len(strings.Split(fields[3], "|"))
		}
	}
	return sum
}

//go:noinline
func workload(n int) int {
	return parse(render(makeRecords(n)))
}
