// Issue 11's second acceptance program.
//
// A small job runner over the standard library compiled from Go's source:
// flags from the command line (stdlib_mix.args), the job list read with
// os.ReadFile (standard input: stdlib_mix.in) and parsed with fmt.Sscan, a
// container/heap priority queue, a worker goroutine that runs each job as a
// select between time.After and a context's cancellation, a log.Logger
// reporting what happened, and a summary that round-trips through
// encoding/json.
package main

import (
	"container/heap"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

type job struct {
	name     string
	priority int
	ms       int // how long the job takes
	index    int // its place in the heap (heap.Fix)
}

// queue is a max-heap of jobs by priority, ties by name.
type queue []*job

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].name < q[j].name
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	j := x.(*job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *queue) Pop() any {
	old := *q
	j := old[len(old)-1]
	*q = old[:len(old)-1]
	j.index = -1
	return j
}

var (
	limit    = flag.Duration("limit", time.Second, "the longest a job may take")
	stopAt   = flag.String("stop", "", "cancel the remaining jobs after this one")
	boost    = flag.String("boost", "", "raise this job's priority to the top")
	logger   = log.New(os.Stdout, "runner: ", log.Lmsgprefix)
	parseErr = 0
)

// parse reads "name priority milliseconds" lines; # starts a comment.
func parse(data []byte) queue {
	var q queue
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		j := &job{}
		if k, err := fmt.Sscan(line, &j.name, &j.priority, &j.ms); err != nil {
			logger.Printf("line %d: %q: %d fields: %v", n+1, line, k, err)
			parseErr++
			continue
		}
		heap.Push(&q, j)
	}
	return q
}

type result struct {
	name string
	err  error
}

// summary is what the runner reports as JSON.
type summary struct {
	Done     []string          `json:"done"`
	Failed   map[string]string `json:"failed,omitempty"`
	Canceled int               `json:"canceled"`
	Limit    time.Duration     `json:"limit_ns"`
	Note     string            `json:"note,omitempty"`
}

// run does the jobs it receives, one at a time, until jobs is closed; after
// each result it waits for the go-ahead (main has seen it, and may have
// canceled ctx).
func run(ctx context.Context, jobs <-chan *job, results chan<- result, ahead <-chan bool) {
	for j := range jobs {
		results <- do(ctx, j)
		<-ahead
	}
	close(results)
}

func do(ctx context.Context, j *job) result {
	if ctx.Err() != nil {
		return result{j.name, ctx.Err()}
	}
	d := time.Duration(j.ms) * time.Millisecond
	if d > *limit {
		return result{j.name, fmt.Errorf("takes %v, over the limit of %v", d, *limit)}
	}
	select {
	case <-time.After(d):
		return result{j.name, nil}
	case <-ctx.Done():
		return result{j.name, ctx.Err()}
	}
}

func main() {
	flag.Parse()
	data, err := os.ReadFile("/dev/stdin")
	if err != nil {
		logger.Fatal(err)
	}
	q := parse(data)
	logger.Printf("%d jobs, %d bad lines, flags: limit=%v stop=%q boost=%q, args %q",
		q.Len(), parseErr, *limit, *stopAt, *boost, flag.Args())
	for _, j := range q {
		if j.name == *boost {
			j.priority = 1000
			heap.Fix(&q, j.index)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan *job)
	results := make(chan result)
	ahead := make(chan bool)
	go run(ctx, jobs, results, ahead)
	go func() {
		for q.Len() > 0 {
			jobs <- heap.Pop(&q).(*job)
		}
		close(jobs)
	}()

	done, failed := 0, 0
	sum := summary{Failed: map[string]string{}, Limit: *limit}
	for r := range results {
		switch {
		case r.err == nil:
			done++
			sum.Done = append(sum.Done, r.name)
			logger.Println("done:", r.name)
		case r.err == context.Canceled:
			sum.Canceled++
			logger.Println("canceled:", r.name)
		default:
			failed++
			sum.Failed[r.name] = r.err.Error()
			logger.Printf("failed: %s: %v", r.name, r.err)
		}
		if r.name == *stopAt {
			logger.Println("stopping after", r.name)
			cancel()
		}
		ahead <- true
	}
	fmt.Printf("%d done, %d failed, context: %v\n", done, failed, ctx.Err())
	out, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		logger.Fatal(err)
	}
	fmt.Println(string(out))
	var back summary
	if err := json.Unmarshal(out, &back); err != nil {
		logger.Fatal(err)
	}
	fmt.Printf("round trip: %d done, %d failed, %d canceled, limit %v\n",
		len(back.Done), len(back.Failed), back.Canceled, back.Limit)
	var bad summary
	fmt.Println(json.Unmarshal([]byte(`{"done": "not a list"}`), &bad))
}
