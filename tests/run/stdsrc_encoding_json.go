// encoding/json from Go 1.19's source over escgo's reflect: Marshal,
// MarshalIndent and Unmarshal of tagged structs (omitempty, "-", string
// option, embedded structs), maps (sorted keys, int and TextMarshaler keys),
// slices, arrays, pointers, interface{} decoding, Number, RawMessage, user
// Marshaler/Unmarshaler/TextMarshaler types, error messages, and a Decoder
// reading os.Stdin with an Encoder writing os.Stdout.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Addr struct {
	Street string `json:"street"`
	Zip    int    `json:"zip,omitempty"`
}

type Base struct {
	ID      int64 `json:"id"`
	Created string
}

type Person struct {
	Base
	Name    string         `json:"name"`
	Age     int            `json:"age,string"`
	Emails  []string       `json:"emails"`
	Home    *Addr          `json:"home,omitempty"`
	Work    *Addr          `json:"work,omitempty"`
	Tags    map[string]int `json:"tags"`
	Scores  [3]float64     `json:"scores"`
	Extra   interface{}    `json:"extra"`
	Flag    bool           `json:"flag,omitempty"`
	private int
	Skip    string `json:"-"`
	Dash    string `json:"-,"`
}

// Celsius marshals itself as a string with a unit.
type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var f float64
	_, err := fmt.Sscanf(strings.TrimSuffix(s, "C"), "%g", &f)
	*c = Celsius(f)
	return err
}

// Color is a TextMarshaler, so it can be a map key.
type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range []string{"red", "green", "blue"} {
		if n == string(b) {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("bad color %q", b)
}

type Reading struct {
	Temps  []Celsius         `json:"temps"`
	ByHue  map[Color]Celsius `json:"by_hue"`
	ByNum  map[int]string    `json:"by_num"`
	Raw    json.RawMessage   `json:"raw"`
	Amount json.Number       `json:"amount"`
}

func show(label string, v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s: %s %v\n", label, b, err)
}

func main() {
	p := Person{
		Base:   Base{ID: 7, Created: "today"},
		Name:   "Ann <&>",
		Age:    30,
		Emails: []string{"a@x", "b@y"},
		Home:   &Addr{"Main St", 0},
		Tags:   map[string]int{"z": 1, "a": 2, "m": 3},
		Scores: [3]float64{1.5, 2, 1e21},
		Extra:  map[string]interface{}{"k": []int{1, 2}},
		Skip:   "skipped",
		Dash:   "dash",
	}
	show("person", p)
	show("pointer", &p)
	ind, _ := json.MarshalIndent(Addr{"Elm", 12345}, "", "  ")
	fmt.Println(string(ind))

	var q Person
	b, _ := json.Marshal(p)
	err := json.Unmarshal(b, &q)
	fmt.Println(err, q.ID, q.Created, q.Name, q.Age, q.Emails, *q.Home, q.Work == nil, q.Tags, q.Scores, q.Extra, q.Dash)

	var any interface{}
	err = json.Unmarshal([]byte(`{"a":[1,2.5,"x",true,null],"b":{"c":-1e3},"d":"\u00e9\n"}`), &any)
	fmt.Println(any, err)
	m := any.(map[string]interface{})
	fmt.Printf("%T %T %T\n", m["a"], m["b"], m["a"].([]interface{})[0])

	r := Reading{
		Temps:  []Celsius{21.5, -3},
		ByHue:  map[Color]Celsius{2: 1, 0: 2},
		ByNum:  map[int]string{10: "ten", 2: "two", -1: "minus"},
		Raw:    json.RawMessage(`{"pre":"computed"}`),
		Amount: "12.50",
	}
	show("reading", r)
	var r2 Reading
	b, _ = json.Marshal(r)
	err = json.Unmarshal(b, &r2)
	fmt.Println(err, r2.Temps, r2.ByHue, r2.ByNum, string(r2.Raw), r2.Amount)

	show("slices", [][]int{{1}, nil, {}})
	show("bytes", []byte("hello"))
	show("nilmap", map[string]int(nil))
	show("floats", []float64{0.1, 1e-7, 123456789, 3})
	show("string", "tab\there \"quoted\" \u2028")

	// Errors.
	var n int
	fmt.Println(json.Unmarshal([]byte(`"x"`), &n))
	fmt.Println(json.Unmarshal([]byte(`{"a":`), &any))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &p))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var c Color
	fmt.Println(json.Unmarshal([]byte(`"purple"`), &c))
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(`{"x":[1,2,{}]}`)), json.Valid([]byte(`{x}`)))

	// A stream: one JSON value a line on stdin, re-encoded on stdout.
	dec := json.NewDecoder(os.Stdin)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	for {
		var v map[string]interface{}
		if err := dec.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("decode:", err)
			break
		}
		v["seen"] = true
		enc.Encode(v)
	}
}
