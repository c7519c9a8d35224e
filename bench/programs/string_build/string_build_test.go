package string_build

import "testing"

var sink int

func BenchmarkStringBuild(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = workload(1000)
	}
}

func TestWorkload(t *testing.T) {
	rs := makeRecords(3)
	want := "id,name,score,tags\n0,user-0,0,\n1,user-7919,1 ,green\n2,user-5831,4  ,blue|fast"
	if got := render(rs); got != want {
		t.Fatalf("render = %q", got)
	}
	if got := parse(want); got != 0+0+6+1+1+9+1+2+4+9+2 {
		t.Fatalf("parse = %d", got)
	}
}
