// encoding/binary from Go's source: the byte orders (their methods inline as
// gc's: on amd64 gc charges them as one node, issue 42958), the varints,
// Read and Write of fixed-size values, structs and slices through reflect,
// Size, and the errors of short input.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

type header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  int32
	Ratio   float64
	Pad     [2]int8
	Ok      bool
}

func orders() {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %#x %#x\n", b, binary.LittleEndian.Uint64(b), binary.BigEndian.Uint64(b))
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.BigEndian.PutUint16(b[4:], 0xcafe)
	fmt.Printf("% x %#x %#x\n", b[:6], binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]))
	out := binary.BigEndian.AppendUint16(nil, 0x1234)
	out = binary.LittleEndian.AppendUint32(out, 0x55667788)
	out = binary.BigEndian.AppendUint64(out, 1)
	fmt.Printf("% x\n", out)
	fmt.Println(binary.LittleEndian, binary.BigEndian, binary.LittleEndian.String())
	var o binary.ByteOrder = binary.BigEndian
	fmt.Println(o.Uint16([]byte{1, 2}), o)
	var ao binary.AppendByteOrder = binary.LittleEndian
	fmt.Println(ao.AppendUint16([]byte{9}, 0x0a0b))
}

func varints() {
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 300, 1 << 40, math.MaxUint64} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Println(x, n, y, m, buf[:n])
	}
	for _, x := range []int64{0, -1, 1, -64, 64, math.MinInt64, math.MaxInt64} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		fmt.Println(x, n, y, m)
	}
	v := binary.AppendUvarint([]byte("x"), 1000)
	v = binary.AppendVarint(v, -1000)
	fmt.Println(v)
	r := bytes.NewReader(v[1:])
	u, err := binary.ReadUvarint(r)
	s, err2 := binary.ReadVarint(r)
	fmt.Println(u, err, s, err2)
	_, err = binary.ReadUvarint(r)
	fmt.Println(err, err == io.EOF)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err)
	over := bytes.Repeat([]byte{0xff}, 11)
	fmt.Println(binary.Uvarint(over))
	_, err = binary.ReadUvarint(bytes.NewReader(over))
	fmt.Println(err)
	fmt.Println(binary.Uvarint(nil))
}

func readWrite() {
	h := header{Magic: [4]byte{'E', 'S', 'C', 'G'}, Version: 3, Flags: 0x8001, Length: -5,
		Ratio: 1.5, Pad: [2]int8{-1, 2}, Ok: true}
	var w bytes.Buffer
	if err := binary.Write(&w, binary.BigEndian, &h); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Println(binary.Size(h), binary.Size(&h), w.Len())
	fmt.Printf("% x\n", w.Bytes())
	var back header
	err := binary.Read(bytes.NewReader(w.Bytes()), binary.BigEndian, &back)
	fmt.Println(err, back == h, back)

	w.Reset()
	binary.Write(&w, binary.LittleEndian, []uint16{1, 2, 0xffff})
	binary.Write(&w, binary.LittleEndian, int32(-2))
	binary.Write(&w, binary.LittleEndian, []float32{0.5})
	binary.Write(&w, binary.LittleEndian, true)
	fmt.Printf("% x\n", w.Bytes())
	nums := make([]uint16, 3)
	var i32 int32
	r := bytes.NewReader(w.Bytes())
	fmt.Println(binary.Read(r, binary.LittleEndian, nums), nums)
	fmt.Println(binary.Read(r, binary.LittleEndian, &i32), i32)
	fl := make([]float32, 1)
	var ok bool
	fmt.Println(binary.Read(r, binary.LittleEndian, fl), fl)
	fmt.Println(binary.Read(r, binary.LittleEndian, &ok), ok)
	err = binary.Read(r, binary.LittleEndian, &i32)
	fmt.Println(err, errors.Is(err, io.EOF))
	err = binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &i32)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	fmt.Println(binary.Write(&w, binary.LittleEndian, "no strings"))
	fmt.Println(binary.Write(&w, binary.LittleEndian, []int{1}))
	fmt.Println(binary.Size(map[int]int{}), binary.Size([]int64{1, 2}))
}

func main() {
	orders()
	varints()
	readWrite()
}
