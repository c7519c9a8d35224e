package encode

import (
	"bytes"
	"io"
	"testing"
)

func TestEncode(t *testing.T) {
	var out bytes.Buffer
	for _, rec := range []string{"abc", "", "hello, pool"} {
		if err := Encode(&out, []byte(rec)); err != nil {
			t.Fatal(err)
		}
	}
	want := "\x00\x00\x00\x03abc`" + "\x00\x00\x00\x00\x00" + "\x00\x00\x00\x0bhello, poolr"
	if got := out.String(); got != want {
		t.Errorf("Encode wrote %q, want %q", got, want)
	}
}

func TestEncodeAllocs(t *testing.T) {
	rec := bytes.Repeat([]byte("x"), 1000)
	Encode(io.Discard, rec)
	if n := testing.AllocsPerRun(100, func() { Encode(io.Discard, rec) }); n != 0 {
		t.Errorf("Encode allocates %v times per call, want 0 once the pool is warm", n)
	}
}
