"""gen.py -- random well-typed Go programs for the differential tester.

    python3 gen.py SEED            prints the program SEED makes

A program is a few struct types with a method, package-level sinks, helper
functions and 3-7 generated functions whose bodies mix what escape analysis
decides on: new and &T{...}, make with constant, variable and big sizes,
append, closures that read and write what they capture, interface
conversions and method calls, stores into globals, fields and pointers,
fmt calls, defer, loops. main calls each function and prints a digest of
its result (ints and strings only: never an address), so output is
deterministic and must be gc's.

Invariants that keep every program valid and its run well defined: every
pointer the program makes is non-nil (no new(T) of a struct with pointer
fields; struct literals set every field), slices are indexed only through
the at() helper and ranged over only through first() (4 elements at most), sizes given to make are masked non-negative, loops are
bounded, functions call only functions defined before them, and every
local is read (a trailing `_ = v` where nothing else read it).
"""
import random
import re
import sys

BIG_SIZES = [8191, 8192, 8193, 10000, 65536, 65537]


def opnd(e):
    """e as the operand of a selector, index, call or *: parenthesised
    unless a name (T{...}.n would parse as a block in an if)."""
    return e if re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', e) else '(%s)' % e


class Struct:
    def __init__(self, name, fields, ptr_method):
        self.name, self.fields, self.ptr_method = name, fields, ptr_method


class Func:
    def __init__(self, name, params, result):
        self.name, self.params, self.result = name, params, result


class Var:
    def __init__(self, name, ty, assignable=True):
        self.name, self.ty, self.assignable, self.read = name, ty, assignable, False


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.structs, self.funcs, self.out = [], [], []
        self.nvar = 0
        self.scopes = []   # list of lists of Var
        self.loops = 0     # loop nesting: no calls of generated functions in a loop,
                           # or the calls multiply down the chain of functions

    # ------------------------------------------------------------ types
    def struct(self, name):
        for s in self.structs:
            if s.name == name:
                return s
        return None

    def types(self):
        ts = ['int', 'string', '*int', '[]int', '[]byte', 'map[string]int', 'any', 'I',
              'func() int', '[4]int']
        for s in self.structs:
            ts += [s.name, '*' + s.name]
        return ts

    def pick_type(self):
        return self.r.choice(self.types())

    # ------------------------------------------------------------ scope
    def new_var(self, ty, assignable=True):
        self.nvar += 1
        v = Var('v%d' % self.nvar, ty, assignable)
        self.scopes[-1].append(v)
        return v

    def vars_of(self, ty):
        return [v for sc in self.scopes for v in sc if v.ty == ty]

    def use(self, v):
        v.read = True
        return v.name

    # ------------------------------------------------------------ expressions
    def expr(self, ty, d=0):
        """An expression of type ty; d bounds the nesting."""
        r = self.r
        vs = self.vars_of(ty)
        if vs and r.random() < (0.5 if d < 2 else 0.9):
            return self.use(r.choice(vs))
        calls = [f for f in self.funcs if f.result == ty]
        if calls and d < 2 and not self.loops and r.random() < 0.15:
            f = r.choice(calls)
            return '%s(%s)' % (f.name, ', '.join(self.expr(p, d + 1) for p in f.params))
        gen = getattr(self, 'e_' + self.key(ty))
        return gen(ty, d)

    def key(self, ty):
        if ty.startswith('*') and self.struct(ty[1:]):
            return 'ptr_struct'
        if self.struct(ty):
            return 'struct'
        return {'int': 'int', 'string': 'string', '*int': 'ptr_int', '[]int': 'slice',
                '[]byte': 'bytes', 'map[string]int': 'map', 'any': 'any', 'I': 'iface',
                'func() int': 'closure', '[4]int': 'array'}[ty]

    def e_int(self, ty, d):
        r = self.r
        if d >= 3:
            return str(r.randint(0, 9))
        k = r.randrange(11)
        if k == 0:
            return 'len(%s)' % self.expr(r.choice(['[]int', 'string', '[]byte', 'map[string]int']), d + 1)
        if k == 1:
            return '*' + opnd(self.expr('*int', d + 1))
        if k == 2 and self.structs:
            s = r.choice(self.structs)
            return opnd(self.expr(r.choice([s.name, '*' + s.name]), d + 1)) + '.n'
        if k == 3:
            return 'at(%s, %s)' % (self.expr('[]int', d + 1), self.expr('int', d + 1))
        if k == 4:
            return opnd(self.expr('I', d + 1)) + '.Get()'
        if k == 5:
            return opnd(self.expr('func() int', d + 1)) + '()'
        if k == 6:
            return '%s["%s"]' % (opnd(self.expr('map[string]int', d + 1)), r.choice('abc'))
        if k == 7:
            return '%s[%s&3]' % (opnd(self.expr('[4]int', d + 1)), self.expr('int', d + 1))
        if k in (8, 9):
            return '(%s %s %s)' % (self.expr('int', d + 1), r.choice(['+', '-', '^', '|']),
                                   self.expr('int', d + 1))
        return str(r.randint(0, 99))

    def e_string(self, ty, d):
        r = self.r
        k = r.randrange(6)
        if d >= 2 or k == 0:
            return '"%s"' % r.choice(['go', 'heap', 'stack', 'x', ''])
        if k == 1:
            return '(%s + "%s")' % (self.expr('string', d + 1), r.choice('abc'))
        if k == 2:
            return 'fmt.Sprint(%s)' % self.expr('int', d + 1)
        if k == 3:
            return 'string(%s)' % self.expr('[]byte', d + 1)
        if k == 4 and self.structs:
            s = r.choice(self.structs)
            if 'name' in s.fields:
                return opnd(self.expr(r.choice([s.name, '*' + s.name]), d + 1)) + '.name'
        return 'fmt.Sprintf("%%d-%%s", %s, %s)' % (self.expr('int', d + 1), self.expr('string', d + 1))

    def e_ptr_int(self, ty, d):
        r = self.r
        k = r.randrange(4)
        ints = [v for v in self.vars_of('int')]
        if k == 0 and ints:
            return '&' + self.use(r.choice(ints))
        if k == 1 and self.structs and d < 2:
            s = r.choice([s for s in self.structs])
            if 'p' in s.fields:
                return opnd(self.expr(r.choice([s.name, '*' + s.name]), d + 1)) + '.p'
        if k == 2 and d < 2:
            return 'pint(%s)' % self.expr('int', d + 1)
        return 'new(int)'

    def e_slice(self, ty, d):
        r = self.r
        k = r.randrange(7)
        if d >= 2 or k == 0:
            return 'make([]int, %d)' % r.choice([0, 1, 4, 16] + BIG_SIZES)
        if k == 1:
            return 'make([]int, %s&15)' % self.expr('int', d + 1)
        if k == 2:
            return 'append(%s, %s)' % (self.expr('[]int', d + 1), self.expr('int', d + 1))
        if k == 3:
            n = r.randint(0, 3)
            return '[]int{%s}' % ', '.join(self.expr('int', d + 1) for _ in range(n))
        if k == 4:
            s = self.expr('[]int', d + 1)
            return '%s[:len(%s)/2]' % (s, s) if s.startswith('v') else 'half(%s)' % s
        if k == 5:
            arrays = self.vars_of('[4]int')
            return self.use(r.choice(arrays)) + '[:]' if arrays else 'make([]int, 2, 8)'
        return 'make([]int, 0, %d)' % r.choice([8, 100, 10000])

    def e_bytes(self, ty, d):
        r = self.r
        k = r.randrange(4)
        if d >= 2 or k == 0:
            return 'make([]byte, %d)' % r.choice([3, 32, 65536, 65537])
        if k == 1:
            return '[]byte(%s)' % self.expr('string', d + 1)
        if k == 2:
            return 'append(%s, %s)' % (self.expr('[]byte', d + 1), "'" + r.choice('xyz') + "'")
        return 'make([]byte, %s&31)' % self.expr('int', d + 1)

    def e_map(self, ty, d):
        if d >= 2 or self.r.random() < 0.5:
            return 'make(map[string]int)'
        return 'map[string]int{"a": %s, "b": %s}' % (self.expr('int', d + 1), self.expr('int', d + 1))

    def e_any(self, ty, d):
        t = self.r.choice(['int', 'string', '*int', '[]int'] + [s.name for s in self.structs])
        return 'any(%s)' % self.expr(t, d + 1)

    def e_iface(self, ty, d):
        s = self.r.choice(self.structs)
        t = '*' + s.name if s.ptr_method or self.r.random() < 0.5 else s.name
        return self.expr(t, d + 1)

    def e_closure(self, ty, d):
        r = self.r
        ints = [v for v in self.vars_of('int') if v.assignable]
        body = []
        if ints and r.random() < 0.5:
            v = r.choice(ints)
            body.append('%s++' % self.use(v))
        body.append('return %s' % self.expr('int', max(d + 1, 2)))
        return 'func() int { %s }' % '; '.join(body)

    def e_array(self, ty, d):
        return '[4]int{%s}' % ', '.join(self.expr('int', 3) for _ in range(self.r.randint(0, 4)))

    def e_struct(self, ty, d):
        s = self.struct(ty)
        parts = []
        for f, ft in s.fields.items():
            parts.append('%s: %s' % (f, self.expr(ft, max(d + 1, 2))))
        return '%s{%s}' % (s.name, ', '.join(parts))

    def e_ptr_struct(self, ty, d):
        return '&' + self.e_struct(ty[1:], d)

    # ------------------------------------------------------------ statements
    def emit(self, ind, s):
        self.out.append('\t' * ind + s)

    def stmts(self, ind, n, depth):
        for _ in range(n):
            self.stmt(ind, depth)

    def block(self, ind, n, depth):
        self.scopes.append([])
        self.stmts(ind, n, depth)
        self.close_scope(ind)

    def close_scope(self, ind):
        for v in self.scopes.pop():
            if not v.read:
                self.emit(ind, '_ = %s' % v.name)

    def stmt(self, ind, depth):
        r = self.r
        k = r.randrange(16)
        assignable = [v for sc in self.scopes for v in sc if v.assignable]
        if k <= 3 or not assignable:
            ty = self.pick_type()
            e = self.expr(ty)
            v = self.new_var(ty)
            # An I is made from a concrete value: := would give the variable
            # that value's type, and a later v = T{...} of another would not compile.
            short = ty != 'I' and (ty in ('int', 'string') or r.random() < 0.7)
            self.emit(ind, '%s := %s' % (v.name, e) if short else 'var %s %s = %s' % (v.name, ty, e))
        elif k == 4:
            v = r.choice(assignable)
            self.emit(ind, '%s = %s' % (v.name, self.expr(v.ty)))
        elif k == 5:
            ints = [v for v in assignable if v.ty == 'int']
            if ints:
                self.emit(ind, '%s += %s' % (r.choice(ints).name, self.expr('int')))
        elif k == 6:
            g = r.choice(['sinkAny', 'sinkInt', 'sinkSlice', 'sinkFunc', 'sinkIface'] +
                         ['sink' + s.name for s in self.structs])
            ty = {'sinkAny': 'any', 'sinkInt': '*int', 'sinkSlice': '[]int', 'sinkFunc': 'func() int',
                  'sinkIface': 'I'}.get(g, '*' + g[4:])
            self.emit(ind, '%s = %s' % (g, self.expr(ty)))
        elif k == 7:
            ps = [v for v in self.vars_of('*int')] + \
                 [v for s in self.structs for v in self.vars_of('*' + s.name)]
            if ps:
                p = r.choice(ps)
                if p.ty == '*int':
                    self.emit(ind, '*%s = %s' % (self.use(p), self.expr('int')))
                else:
                    s = self.struct(p.ty[1:])
                    f = r.choice(list(s.fields))
                    self.emit(ind, '%s.%s = %s' % (self.use(p), f, self.expr(s.fields[f])))
        elif k == 8:
            ms = self.vars_of('map[string]int')
            if ms:
                self.emit(ind, '%s["%s"] = %s' % (self.use(r.choice(ms)), r.choice('abc'), self.expr('int')))
        elif k == 9:
            ss = [v for v in assignable if v.ty == '[]int']
            if ss:
                v = r.choice(ss)
                self.emit(ind, '%s = append(%s, %s)' % (v.name, self.use(v), self.expr('int')))
        elif k == 10 and depth < 2:
            self.emit(ind, 'for i%d := 0; i%d < %d; i%d++ {' % ((self.nvar + 1,) * 2 + (r.randint(1, 3),) + (self.nvar + 1,)))
            self.scopes.append([])
            self.nvar += 1
            iv = Var('i%d' % self.nvar, 'int', assignable=False)
            iv.read = True
            self.scopes[-1].append(iv)
            self.loops += 1
            self.stmts(ind + 1, r.randint(1, 3), depth + 1)
            self.loops -= 1
            self.close_scope(ind + 1)
            self.emit(ind, '}')
        elif k == 11 and depth < 2:
            ss = self.vars_of('[]int')
            if ss:
                self.nvar += 1
                x = Var('x%d' % self.nvar, 'int', assignable=False)
                self.emit(ind, 'for _, %s := range first(%s) {' % (x.name, self.use(r.choice(ss))))
                self.scopes.append([x])
                self.loops += 1
                self.stmts(ind + 1, r.randint(1, 2), depth + 1)
                self.loops -= 1
                self.close_scope(ind + 1)
                self.emit(ind, '}')
        elif k == 12 and depth < 2:
            self.emit(ind, 'if %s > %s {' % (self.expr('int'), self.expr('int')))
            self.block(ind + 1, r.randint(1, 2), depth + 1)
            self.emit(ind, '} else {')
            self.block(ind + 1, r.randint(1, 2), depth + 1)
            self.emit(ind, '}')
        elif k == 13:
            args = [self.expr(t) if t == 'int' else self.digest(self.expr(t), t)
                    for t in (r.choice(['int', 'string', '[]int']) for _ in range(r.randint(1, 3)))]
            self.emit(ind, 'fmt.Println(%s)' % ', '.join(args))
        elif k == 14:
            ints = [v for v in assignable if v.ty == 'int']
            if ints:
                self.emit(ind, 'defer func() { %s += %s }()' % (r.choice(ints).name, self.expr('int', 2)))
        else:
            calls = [f for f in self.funcs] if not self.loops else []
            if calls:
                f = r.choice(calls)
                self.emit(ind, '_ = %s(%s)' % (f.name, ', '.join(self.expr(p, 1) for p in f.params))
                          if f.result else '%s(%s)' % (f.name, ', '.join(self.expr(p, 1) for p in f.params)))

    # ------------------------------------------------------------ the program
    def digest(self, e, ty):
        """An int or string expression that prints ty's value e without addresses."""
        if ty.startswith('*') and self.struct(ty[1:]):
            return '%s.n' % e
        if self.struct(ty):
            return '%s.n' % e
        return {'int': e, 'string': 'short(%s)' % e, '*int': '*' + e, '[]int': 'sum(%s)' % e,
                '[]byte': 'short(string(%s))' % e, 'map[string]int': 'len(%s)' % e,
                'any': 'fmt.Sprint(%s != nil)' % e, 'I': '%s.Get()' % e,
                'func() int': '%s()' % e, '[4]int': '%s[0] + %s[3]' % (e, e)}[ty]

    def program(self):
        r = self.r
        o = self.out
        o += ['package main', '', 'import "fmt"', '', 'type I interface{ Get() int }', '']
        for i in range(r.randint(1, 3)):
            fields = {'n': 'int'}
            for f, ft in (('p', '*int'), ('s', '[]int'), ('name', 'string')):
                if r.random() < 0.5:
                    fields[f] = ft
            if self.structs and r.random() < 0.5:
                fields['inner'] = '*' + r.choice(self.structs).name
            s = Struct('T%d' % i, fields, r.random() < 0.5)
            self.structs.append(s)
            o.append('type %s struct {' % s.name)
            o += ['\t%s %s' % (f, ft) for f, ft in fields.items()]
            o += ['}', '']
            recv = '(t *%s)' % s.name if s.ptr_method else '(t %s)' % s.name
            extra = ' + len(t.s)' if 's' in fields else ''
            o += ['func %s Get() int { return t.n%s }' % (recv, extra), '']
        o += ['var (', '\tsinkAny   any', '\tsinkInt   *int', '\tsinkSlice []int',
              '\tsinkFunc  func() int', '\tsinkIface I']
        o += ['\tsink%s *%s' % (s.name, s.name) for s in self.structs]
        o += [')', '']
        o += ['func at(s []int, i int) int {', '\tif len(s) == 0 {', '\t\treturn 0', '\t}',
              '\treturn s[(i%len(s)+len(s))%len(s)]', '}', '',
              'func sum(s []int) int {', '\tt := 0', '\tfor _, x := range s {', '\t\tt += x',
              '\t}', '\treturn t', '}', '',
              'func half(s []int) []int { return s[:len(s)/2] }', '',
              'func first(s []int) []int {', '\tif len(s) > 4 {', '\t\treturn s[:4]', '\t}',
              '\treturn s', '}', '',
              'func short(s string) string {', '\tif len(s) > 8 {', '\t\treturn s[:8]', '\t}',
              '\treturn s', '}', '',
              'func pint(x int) *int { return &x }', '']
        for i in range(r.randint(3, 7)):
            params = [self.pick_type() for _ in range(r.randint(0, 3))]
            result = self.pick_type() if r.random() < 0.85 else None
            f = Func('f%d' % i, params, result)
            self.function(f)
            self.funcs.append(f)
        o += ['func main() {']
        self.scopes = [[]]
        for f in self.funcs:
            args = ', '.join(self.expr(p, 1) for p in f.params)
            if f.result:
                v = self.new_var(f.result)
                v.read = True
                self.emit(1, '%s := %s(%s)' % (v.name, f.name, args))
                self.emit(1, 'fmt.Println("%s", %s)' % (f.name, self.digest(v.name, f.result)))
            else:
                self.emit(1, '%s(%s)' % (f.name, args))
        self.emit(1, 'fmt.Println(sinkAny != nil, sinkInt != nil, len(sinkSlice))')
        self.scopes = []
        o += ['}', '']
        return '\n'.join(o)

    def function(self, f):
        self.scopes = [[]]
        names = []
        for p in f.params:
            v = self.new_var(p)
            v.read = True   # an unused parameter is fine in Go
            names.append('%s %s' % (v.name, p))
        res = ' ' + f.result if f.result else ''
        self.emit(0, 'func %s(%s)%s {' % (f.name, ', '.join(names), res))
        self.scopes.append([])
        self.stmts(1, self.r.randint(3, 9), 0)
        ret = self.expr(f.result) if f.result else None
        self.close_scope(1)
        if ret is not None:
            self.emit(1, 'return ' + ret)
        self.emit(0, '}')
        self.emit(0, '')
        self.scopes = []


def generate(seed):
    return Gen(seed).program()


if __name__ == '__main__':
    sys.stdout.write(generate(int(sys.argv[1])))
