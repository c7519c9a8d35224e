"""labgrader.py — what every lab's check.py grades with.

A Lab copies the work to grade into a scratch directory: the lab's starter
files, then the files of the folder being graded over them (a student's lab
folder, or an instructor solution, which holds only the files a student
changes), then the grader's own files (labs/NN-name/grader/: tests that
measure allocations, expected outputs), so a student cannot edit them away.
Each criterion runs the real compiler on that copy — `escgo build -gcflags`,
`escgo test`, `escgo run` — and scores what it prints.

With compiler "go" (labs/grader/grade.py --gc) the same criteria run under
gc 1.19 (go build / go test, GO111MODULE=off): that is how an instructor
proves that a solution's verdicts and allocation counts are gc's. Criteria
that need escgo itself (-escape=off, the compilers lab) are then skipped.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts'))
import errorcheck  # noqa: E402  (scripts/errorcheck.py: gc's // ERROR rule)

# Files of a lab folder that are not the student's work.
LAB_OWN = {'README.md', 'check.py', 'grader'}
BUILD_TIMEOUT = 300


class Lab:
    def __init__(self, lab_dir, work_dir, compiler):
        self.lab_dir = lab_dir
        self.work_dir = work_dir
        self.compiler = compiler          # path of escgo, or "go"
        self.gc = compiler == 'go'
        self.name = os.path.basename(lab_dir)
        self.builds = {}                  # gcflags -> (exit status, diagnostics)
        self.results = []                 # (title, got, points, hints) or (title, None, 0, [why skipped])
        self.tmp = tempfile.mkdtemp(prefix='escgo-lab.')
        self.src = os.path.join(self.tmp, 'src')
        os.mkdir(self.src)
        self._copy_files(lab_dir, skip=LAB_OWN)
        if os.path.abspath(work_dir) != os.path.abspath(lab_dir):
            self._copy_files(work_dir, skip={'README.md'})
        grader = os.path.join(lab_dir, 'grader')
        if os.path.isdir(grader):
            self._copy_files(grader, skip=set())

    def _copy_files(self, folder, skip):
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name in skip or name.startswith('.'):
                continue
            if os.path.isdir(path):
                shutil.copytree(path, os.path.join(self.src, name), dirs_exist_ok=True)
            else:
                shutil.copy(path, os.path.join(self.src, name))

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------ running

    def run(self, args, env=None, cwd=None, timeout=BUILD_TIMEOUT):
        """Runs a command in the scratch copy: (exit status, stdout, stderr)."""
        full_env = dict(os.environ)
        if self.gc:
            full_env.update(GO111MODULE='off', GOFLAGS='')
        full_env.update(env or {})
        try:
            p = subprocess.run(args, cwd=cwd or self.src, env=full_env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return 124, '', 'timed out after %ds: %s' % (timeout, ' '.join(args))
        return (p.returncode, p.stdout.decode('utf-8', 'replace'),
                p.stderr.decode('utf-8', 'replace'))

    def tool(self, *args):
        return [self.compiler] + list(args)

    def build_m(self, gcflags):
        """Builds the package with -gcflags: (exit status, diagnostics).
        Built once per flag set: go build would not print them again from its cache."""
        if gcflags not in self.builds:
            code, out, err = self.run(self.tool('build', '-gcflags=' + gcflags, '-o', os.path.join(self.tmp, 'prog'), '.'))
            self.builds[gcflags] = (code, out + err)
        return self.builds[gcflags]

    def go_test(self, *args, env=None):
        """`escgo test ARGS .` (or go test): (exit status, output)."""
        code, out, err = self.run(self.tool('test', *args, '.'), env=env)
        return code, out + err

    def benchmarks(self, pattern, *flags, env=None):
        """Runs the benchmarks matching pattern with -benchmem, 200 times each:
        {name without the -N suffix: (allocs/op, B/op)}, and the whole output."""
        code, out = self.go_test('-run', '^$', '-bench', pattern, '-benchmem', '-benchtime', '200x', *flags, env=env)
        found = {}
        for m in re.finditer(r'^(Benchmark\w+?)(?:-\d+)?\s+\d+\s+[\d.]+ ns/op\s+(\d+) B/op\s+(\d+) allocs/op',
                             out, re.M):
            found[m.group(1)] = (int(m.group(3)), int(m.group(2)))
        return found, out

    # ------------------------------------------------------------ scoring

    def score(self, title, points, got, hints=()):
        got = max(0, min(points, got))
        self.results.append((title, got, points, [h for h in hints if h]))

    def skip(self, title, why):
        self.results.append((title, None, 0, [why]))

    def escgo_only(self, title):
        """True when the criterion can run; under gc it is skipped."""
        if self.gc:
            self.skip(title, 'skipped under gc: it measures escgo itself')
            return False
        return True

    def annotations(self, title, points, filename, gcflags, hint):
        """The student's // ERROR predictions in filename against the -m
        output: points shared by the lines that carry a prediction or a
        diagnostic; a line scores when everything on it matches."""
        path = os.path.join(self.src, filename)
        code, diags = self.build_m(gcflags)
        if code != 0:
            return self.score(title, points, 0, ['%s does not build:' % filename] + diags.strip().split('\n')[:8])
        # Only this file's diagnostics: the package's other files are not predicted.
        diags = '\n'.join(ln for ln in diags.split('\n')
                          if re.match(r'(.*/)?%s:\d+:' % re.escape(filename), ln))
        problems = errorcheck.check(path, diags)
        predicted = {}
        for ln, _, _ in errorcheck.annotations(path):
            predicted[ln] = predicted.get(ln, 0) + 1
        printed = {}
        for d in errorcheck.parse_diagnostics(diags, filename)[0]:
            printed[d[0]] = printed.get(d[0], 0) + 1
        lines = set(predicted) | set(printed)
        if not lines:
            return self.score(title, points, 0, ['%s: nothing to grade (no diagnostics, no // ERROR comments)' % filename])
        wrong = sorted({ln for ln, _ in problems if ln})
        got = points * (len(lines) - len(wrong)) // len(lines)
        if problems and got == points:
            got = points - 1
        hints = ['%s:%d: wrong prediction (%d predicted, the compiler prints %d diagnostic%s here)'
                 % (filename, ln, predicted.get(ln, 0), printed.get(ln, 0), '' if printed.get(ln, 0) == 1 else 's')
                 for ln in wrong]
        if any(ln == 0 for ln, _ in problems):
            hints.append('some output is no diagnostic of %s' % filename)
        if wrong:
            hints.append(hint)
        self.score(title, points, got, hints)

    def test_passes(self, title, points, run_pattern, hint, *flags, env=None):
        """The grader's tests matching run_pattern pass."""
        code, out = self.go_test('-v', '-run', run_pattern, *flags, env=env)
        ran = re.findall(r'^--- (PASS|FAIL): (\w+)', out, re.M)
        if code == 0 and ran and all(r == 'PASS' for r, _ in ran):
            return self.score(title, points, points)
        details = [ln.strip() for ln in out.split('\n')
                   if re.match(r'\s+\w+_test\.go:\d+:|.*\.go:\d+:\d+:|--- FAIL', ln)][:8]
        if not ran:
            details = details or out.strip().split('\n')[-6:]
        self.score(title, points, 0, [hint] + details)

    def m_output(self, title, points, gcflags, must, must_not, hint):
        """-m output (with gcflags) holds a line matching each regexp of
        must and none of must_not."""
        code, diags = self.build_m(gcflags)
        if code != 0:
            return self.score(title, points, 0, ['the package does not build:'] + diags.strip().split('\n')[:8])
        missing = [rx for rx in must if not re.search(rx, diags, re.M)]
        present = [rx for rx in must_not if re.search(rx, diags, re.M)]
        hints = ['expected a line matching /%s/' % rx for rx in missing]
        hints += ['no line should match /%s/' % rx for rx in present]
        self.score(title, points, 0 if missing or present else points, [hint] + hints if hints else [])

    def output_equals(self, title, points, expected_file, hint):
        """`escgo run .` prints exactly the grader's expected output (gc's)."""
        code, out, err = self.run(self.tool('run', '.'))
        want = open(os.path.join(self.lab_dir, 'grader', expected_file)).read()
        if code == 0 and out == want:
            return self.score(title, points, points)
        got = out.split('\n')
        first = next((i for i, w in enumerate(want.split('\n')) if i >= len(got) or got[i] != w), None)
        details = [err.strip().split('\n')[0]] if code else []
        if first is not None:
            details.append('first difference on output line %d' % (first + 1))
        self.score(title, points, 0, [hint] + details)

    # ------------------------------------------------------------ the report

    def report(self, out=sys.stdout):
        total = sum(p for _, g, p, _ in self.results if g is not None)
        got = sum(g for _, g, _, _ in self.results if g is not None)
        for title, g, p, hints in self.results:
            mark = '  skip ' if g is None else '[%2d/%-2d]' % (g, p)
            out.write('  %s %s\n' % (mark, title))
            if g is None or g < p:
                for h in hints:
                    out.write('          %s\n' % h)
        out.write('  score: %d/%d%s\n' % (got, total, '  (full marks)' if got == total else ''))
        out.flush()
        return got, total
