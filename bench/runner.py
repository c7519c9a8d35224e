#!/usr/bin/env python3
"""make bench: runs bench/pairs/* and bench/programs/* with every toolchain
present and writes bench/results/REPORT.md plus SVG charts.

Toolchains (columns of the report):
  escgo      bin/escgo test -bench . -benchmem
  escgo-off  the same with -escape=off (every allocation site on the heap)
  gc         go test -c in a temporary GOPATH-mode copy (GO111MODULE=off)
  gccgo      go test -compiler gccgo -c, when gccgo is installed

Procedure (bench/README.md has the why):
  1. build: gc/gccgo test binaries; for escgo a "profile binary" made by
     escgo build from a copy of the package turned into package main with
     the same testing main that escgo test generates.
  2. timing: BENCH_COUNT rounds; in each round every package runs once per
     toolchain (-count 1, -benchtime BENCH_TIME), the toolchain order rotating
     per round, so the toolchains are measured side by side under the same
     machine load. escgo runs through `escgo test`.
  3. profile: every benchmark once more per toolchain with a fixed iteration
     count (-benchtime Nx, the same N for all toolchains, chosen so the
     slowest takes ~BENCH_PROFILE_MS), under GODEBUG=gctrace=1 and
     /usr/bin/time -f %M: GC count and peak RSS.
  4. perf: the escgo benchmark with the worst escgo/gc time ratio among those
     that allocate (outside goroutine_capture), profiled with perf, and the
     same benchmark under gc.
  5. REPORT.md, raw/*.tsv, ns_per_op.svg, allocs.svg, ratio.svg.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BENCH = os.path.join(ROOT, "bench")
RESULTS = os.path.join(BENCH, "results")
RAW = os.path.join(RESULTS, "raw")
ESCGO = os.path.join(ROOT, "bin", "escgo")

COUNT = int(os.environ.get("BENCH_COUNT", "3"))
BENCHTIME = os.environ.get("BENCH_TIME", "300ms")
PROFILE_NS = float(os.environ.get("BENCH_PROFILE_MS", "250")) * 1e6
PKG_FILTER = re.compile(os.environ.get("BENCH_PKGS", "."))
DO_PERF = os.environ.get("BENCH_PERF", "1") != "0" and shutil.which("perf")

RESULT_RE = re.compile(r"^(Benchmark\S+?)(?:-\d+)?\s+(\d+)\s+(.*)$")


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def run(argv, cwd=None, env=None, timeout=900):
    """Runs argv; returns (exit status, stdout, stderr)."""
    try:
        p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return 124, "", "timeout after %ds" % timeout


def gopath_env():
    env = dict(os.environ)
    env["GO111MODULE"] = "off"
    return env


# ---------------------------------------------------------------- packages

def packages():
    out = []
    for kind in ("pairs", "programs"):
        d = os.path.join(BENCH, kind)
        for name in sorted(os.listdir(d)):
            if os.path.isdir(os.path.join(d, name)) and PKG_FILTER.search(name):
                out.append((kind, name, os.path.join(d, name)))
    return out


def benchmark_names(pkgdir):
    names = []
    for f in sorted(os.listdir(pkgdir)):
        if f.endswith("_test.go"):
            with open(os.path.join(pkgdir, f)) as fh:
                names += re.findall(r"^func (Benchmark\w*)\(", fh.read(), re.M)
    return names


def copy_package(pkgdir, dest):
    shutil.copytree(pkgdir, dest)
    return dest


# ---------------------------------------------------------------- toolchains

def toolchains():
    tcs = ["escgo", "escgo-off"]
    if shutil.which("go"):
        tcs.append("gc")
        if shutil.which("gccgo"):
            tcs.append("gccgo")
    return tcs


def build_go_binary(tc, name, pkgdir, tmp):
    """go test -c (gc or gccgo) from a GOPATH-mode copy; returns the binary path."""
    src = copy_package(pkgdir, os.path.join(tmp, tc, name))
    out = os.path.join(RAW, "bin", "%s.%s.test" % (name, tc))
    argv = ["go", "test", "-c", "-o", out]
    if tc == "gccgo":
        argv[2:2] = ["-compiler", "gccgo"]
    st, so, se = run(argv + ["."], cwd=src, env=gopath_env())
    if st != 0:
        raise RuntimeError("%s: go test -c failed:\n%s%s" % (name, so, se))
    return out


def build_escgo_binary(tc, name, pkgdir, tmp):
    """escgo test -c from a copy of the package, as go test -c: the binary
    escgo test would run (Go's testing package, escgo's test main), kept."""
    src = copy_package(pkgdir, os.path.join(tmp, tc, name))
    out = os.path.join(RAW, "bin", "%s.%s.test" % (name, tc))
    argv = [ESCGO, "test", "-c"] + (["-escape=off"] if tc == "escgo-off" else []) + ["-o", out, "."]
    st, so, se = run(argv, cwd=src)
    if st != 0:
        raise RuntimeError("%s: %s failed:\n%s%s" % (name, " ".join(argv), so, se))
    return out


def timing_argv(tc, pkgdir, binary):
    if tc in ("escgo", "escgo-off"):
        flags = ["-escape=off"] if tc == "escgo-off" else []
        return [ESCGO, "test"] + flags + ["-run", "^$", "-bench", ".", "-benchmem", "-count", "1",
                                          "-benchtime", BENCHTIME, pkgdir]
    return [binary, "-test.run=^$", "-test.bench=.", "-test.benchmem", "-test.count=1",
            "-test.benchtime=" + BENCHTIME]


def parse_results(text):
    """Benchmark lines -> list of (name, {unit: value})."""
    out = []
    for line in text.splitlines():
        m = RESULT_RE.match(line)
        if not m:
            continue
        fields = m.group(3).split()
        metrics = {}
        for i in range(0, len(fields) - 1, 2):
            try:
                metrics[fields[i + 1]] = float(fields[i])
            except ValueError:
                pass
        if "ns/op" in metrics:
            metrics["N"] = float(m.group(2))
            out.append((m.group(1), metrics))
    return out


# ---------------------------------------------------------------- profile run

def profile_run(tc, binary, bench, n):
    """One run of bench with -benchtime Nx under gctrace and /usr/bin/time.
    Returns (GCs triggered by allocation, peak RSS KiB)."""
    env = dict(os.environ)
    env["GODEBUG"] = "gctrace=1"
    stem = os.path.join(RAW, "profile", "%s.%s.%s" % (os.path.basename(binary).split(".")[0], bench, tc))
    argv = [binary, "-test.run=^$", "-test.bench=^%s$" % bench, "-test.benchmem",
            "-test.benchtime=%dx" % n]
    timecmd = shutil.which("time") and "/usr/bin/time"
    if timecmd and os.path.exists(timecmd):
        argv = [timecmd, "-f", "%M", "-o", stem + ".rss"] + argv
    st, so, se = run(argv, env=env)
    with open(stem + ".out", "w") as fh:
        fh.write(so)
    with open(stem + ".err", "w") as fh:
        fh.write(se)
    lines = re.findall(r"gc \d+ @[^\n]*", se)
    if tc.startswith("escgo"):
        # escgo's gctrace does not mark forced collections; the testing
        # package forces exactly two (before run1 and before the N run).
        gcs = max(0, len(lines) - 2)
    else:
        gcs = sum(1 for l in lines if "(forced)" not in l)
    rss = None
    try:
        with open(stem + ".rss") as fh:
            rss = int(fh.read().split()[-1])
    except (OSError, ValueError, IndexError):
        pass
    if st != 0:
        log("profile run failed: %s %s (exit %d)" % (tc, bench, st))
    return gcs, rss


# ---------------------------------------------------------------- helpers

def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    import math
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt_num(x, unit=""):
    if x is None:
        return "—"
    if x == 0:
        return "0"
    if float(x).is_integer():
        return "{:,}".format(int(x)) + unit
    if abs(x) >= 100:
        s = "{:,.0f}".format(x)
    elif abs(x) >= 10:
        s = "%.1f" % x
    elif abs(x) >= 1:
        s = "%.2f" % x
    else:
        s = "%.3g" % x
    return s + unit


def fmt_ratio(x):
    return "—" if x is None else "%.2f" % x


def short(name):
    return name[len("Benchmark"):] if name.startswith("Benchmark") else name


def sh_out(argv, cwd=ROOT):
    st, so, se = run(argv, cwd=cwd, timeout=60)
    return (so or se).strip() if st == 0 else ""


# ---------------------------------------------------------------- main

def main():
    t_start = time.time()
    load_before = open("/proc/loadavg").read().split()[:3]
    if os.path.isdir(RAW):
        shutil.rmtree(RAW)
    for d in ("bin", "timing", "profile"):
        os.makedirs(os.path.join(RAW, d))
    tcs = toolchains()
    pkgs = packages()
    log("toolchains: %s; %d packages; count %d, benchtime %s" % (" ".join(tcs), len(pkgs), COUNT, BENCHTIME))

    tmp = tempfile.mkdtemp(prefix="escgo-bench-")
    binaries = {}     # (pkg, tc) -> profile binary
    try:
        for kind, name, pkgdir in pkgs:
            for tc in tcs:
                build = build_escgo_binary if tc.startswith("escgo") else build_go_binary
                binaries[(name, tc)] = build(tc, name, pkgdir, tmp)
        log("built %d binaries (%.0fs)" % (len(binaries), time.time() - t_start))

        # timing rounds
        samples = {}   # (bench, tc) -> list of metric dicts
        bench_pkg = {}  # bench -> (kind, pkg)
        failures = []
        for r in range(COUNT):
            order = tcs[r % len(tcs):] + tcs[:r % len(tcs)]
            for kind, name, pkgdir in pkgs:
                for tc in order:
                    st, so, se = run(timing_argv(tc, pkgdir, binaries[(name, tc)]))
                    with open(os.path.join(RAW, "timing", "%s.%s.txt" % (name, tc)), "a") as fh:
                        fh.write(so + se)
                    if st != 0:
                        failures.append("%s with %s (round %d): exit %d" % (name, tc, r + 1, st))
                        log("FAIL " + failures[-1])
                    for bench, metrics in parse_results(so):
                        samples.setdefault((bench, tc), []).append(metrics)
                        bench_pkg[bench] = (kind, name)
            log("round %d/%d done (%.0fs)" % (r + 1, COUNT, time.time() - t_start))

        benches = [b for kind, name, pkgdir in pkgs for b in benchmark_names(pkgdir) if b in bench_pkg]
        med = {}  # (bench, tc) -> {unit: median}
        for (bench, tc), ms in samples.items():
            units = set().union(*ms)
            med[(bench, tc)] = {u: median([m.get(u) for m in ms]) for u in units}

        # profile runs: same N for every toolchain
        prof = {}  # (bench, tc) -> (n, gcs, rss)
        for bench in benches:
            kind, name = bench_pkg[bench]
            slowest = max(med[(bench, tc)]["ns/op"] for tc in tcs if (bench, tc) in med)
            n = max(1, int(PROFILE_NS / slowest)) if slowest > 0 else 1
            for tc in tcs:
                gcs, rss = profile_run(tc, binaries[(name, tc)], bench, n)
                prof[(bench, tc)] = (n, gcs, rss)
        log("profile runs done (%.0fs)" % (time.time() - t_start))

        perf_text = perf_section(benches, bench_pkg, med, binaries, tcs) if DO_PERF else None
        load_after = open("/proc/loadavg").read().split()[:3]
        wall = time.time() - t_start
        write_tsv(benches, bench_pkg, tcs, med, prof)
        charts = make_charts(benches, tcs, med)
        write_report(benches, bench_pkg, tcs, med, prof, samples, perf_text, charts, failures,
                     load_before, load_after, wall)
        log("wrote %s (%.0fs)" % (os.path.relpath(os.path.join(RESULTS, "REPORT.md"), ROOT), wall))
        return 1 if failures else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


PERF_ALSO = os.environ.get("BENCH_PERF_ALSO", "BenchmarkPointerReturn")


def perf_section(benches, bench_pkg, med, binaries, tcs):
    """perf on the allocating benchmark with the worst escgo/gc time ratio
    (outside goroutine_capture) and on BENCH_PERF_ALSO (a plain allocation)."""
    if "gc" not in tcs:
        return None
    worst_b, worst = None, 0.0
    for b in benches:
        e, g = med.get((b, "escgo")), med.get((b, "gc"))
        if not e or not g or bench_pkg[b][1] == "goroutine_capture" or e.get("allocs/op", 0) == 0:
            continue
        if e["ns/op"] / g["ns/op"] > worst:
            worst_b, worst = b, e["ns/op"] / g["ns/op"]
    targets = [b for b in [worst_b] + PERF_ALSO.split(",") if b in bench_pkg]
    parts = []
    for best in sorted(set(targets), key=targets.index):
        name = bench_pkg[best][1]
        ratio = med[(best, "escgo")]["ns/op"] / med[(best, "gc")]["ns/op"]
        parts.append("#### `%s` (%s), escgo/gc time ratio %.2f%s\n" % (
            best, name, ratio, " (the worst among allocating benchmarks)" if best == worst_b else ""))
        for tc in ("escgo", "gc"):
            parts.append(perf_one(best, name, tc, med, binaries))
    return "\n".join(parts)


def perf_one(bench, name, tc, med, binaries):
    n = max(1, int(1.0e9 / med[(bench, tc)]["ns/op"]))
    data = os.path.join(RAW, "perf.%s.%s.data" % (bench, tc))
    st, so, se = run(["perf", "record", "-q", "-F", "4999", "-o", data, binaries[(name, tc)],
                      "-test.run=^$", "-test.bench=^%s$" % bench, "-test.benchtime=%dx" % n])
    if st != 0:
        return "perf record failed for %s: %s\n" % (tc, se.strip()[-300:])
    st, so, se = run(["perf", "report", "-i", data, "--stdio", "--no-children", "--sort", "dso,symbol"])
    rows = []
    for l in so.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(\S+)\s+\[[.k]\]\s+(.*?)\s*$", l)
        if m and float(m.group(1)) >= 1.5:
            sym = re.sub(r"(\s+-)+$", "", re.sub(r"_/\S*/%s\." % name, "main.", m.group(3)))
            rows.append((float(m.group(1)), m.group(2), sym))
    rows.sort(reverse=True)
    try:
        os.remove(data)
    except OSError:
        pass
    body = "\n".join("%6.2f%%  %-28s %s" % r for r in rows[:16])
    return "%s (`perf record -F 4999`, %d iterations; flat, symbols at 1.5%% or more):\n\n```\n%s\n```\n" % (
        tc, n, body)


def write_tsv(benches, bench_pkg, tcs, med, prof):
    with open(os.path.join(RAW, "medians.tsv"), "w") as fh:
        fh.write("benchmark\tpackage\ttoolchain\tns_op\tB_op\tallocs_op\tprofile_N\tGCs\tpeak_RSS_KiB\n")
        for b in benches:
            for tc in tcs:
                m = med.get((b, tc))
                if not m:
                    continue
                n, gcs, rss = prof.get((b, tc), (None, None, None))
                fh.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (
                    b, bench_pkg[b][1], tc, m.get("ns/op"), m.get("B/op"), m.get("allocs/op"), n, gcs, rss))


# ---------------------------------------------------------------- charts

def make_charts(benches, tcs, med):
    if not shutil.which("gnuplot"):
        return []
    dat = os.path.join(RAW, "chart.dat")
    with open(dat, "w") as fh:
        fh.write("bench " + " ".join(tcs) + " " + " ".join("a_" + t for t in tcs) + " r_escgo_gc r_off_on\n")
        for b in benches:
            row = [short(b)]
            for unit in ("ns/op", "allocs/op"):
                for tc in tcs:
                    v = med.get((b, tc), {}).get(unit)
                    row.append("NaN" if v is None or v <= 0 else repr(v))
            e, g, off = (med.get((b, t), {}).get("ns/op") for t in ("escgo", "gc", "escgo-off"))
            row.append(repr(e / g) if e and g else "NaN")
            row.append(repr(off / e) if e and off else "NaN")
            fh.write(" ".join(row) + "\n")
    k = len(tcs)
    common = """set terminal svg size 1400,640 dynamic font 'sans,11' background rgb 'white'
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set xtics rotate by -45 left scale 0 font ',10' offset 0,-0.3
set bmargin 11
set key top left
set grid ytics
set datafile missing 'NaN'
"""
    charts = []
    plots = [
        ("ns_per_op.svg", "Time per op (median, log scale; lower is better)", "ns/op", "set logscale y\n",
         ", ".join("'%s' using %d:xtic(1) title '%s'" % (dat, i + 2, tc) for i, tc in enumerate(tcs))),
        ("allocs.svg", "Heap allocations per op (median, log scale; no bar = 0)", "allocs/op", "set logscale y\n",
         ", ".join("'%s' using %d:xtic(1) title '%s'" % (dat, k + i + 2, tc) for i, tc in enumerate(tcs))),
    ]
    if "gc" in tcs:
        plots.append(("ratio.svg", "Time ratios (median ns/op; 1 = equal, log scale)", "ratio",
                      "set logscale y\nset arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb 'black'\n",
                      "'%s' using %d:xtic(1) title 'escgo / gc', '%s' using %d title 'escgo -escape=off / escgo'"
                      % (dat, 2 * k + 2, dat, 2 * k + 3)))
    for fname, title, ylabel, extra, plot in plots:
        script = common + extra + "set title '%s'\nset ylabel '%s'\nset output '%s'\nplot %s\n" % (
            title, ylabel, os.path.join(RESULTS, fname), plot)
        st, so, se = gnuplot(script)
        if st == 0:
            charts.append(fname)
        else:
            log("gnuplot failed for %s: %s" % (fname, se.strip()))
    return charts


def gnuplot(script):
    p = subprocess.run(["gnuplot"], input=script.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


# ---------------------------------------------------------------- report

def read_notes(fname):
    """bench/<fname>: `BenchmarkName: text` paragraphs (blank-line separated)."""
    notes = {}
    path = os.path.join(BENCH, fname)
    if not os.path.exists(path):
        return notes
    with open(path) as fh:
        for para in fh.read().split("\n\n"):
            m = re.match(r"(Benchmark\w+):\s*(.*)", para.strip(), re.S)
            if m:
                notes[m.group(1)] = " ".join(m.group(2).split())
    return notes


def write_report(benches, bench_pkg, tcs, med, prof, samples, perf_text, charts, failures,
                 load_before, load_after, wall):
    commit = sh_out(["git", "rev-parse", "--short", "HEAD"]) or "(no commit)"
    # (the charts this run just wrote into bench/results are not the tree's changes)
    dirty = sh_out(["git", "status", "--porcelain", "--untracked-files=no", "--", ".",
                    ":(exclude)bench/results"])
    cpu = ""
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    versions = [("escgo", sh_out([ESCGO, "version"]))]
    if "gc" in tcs:
        versions.append(("gc", sh_out(["go", "version"])))
    if "gccgo" in tcs:
        versions.append(("gccgo", sh_out(["gccgo", "--version"]).splitlines()[0]))
    L = []
    w = L.append
    w("# Benchmark report: escape vs non-escape, escgo vs gc\n")
    w("Generated by `make bench` (bench/run.sh → bench/runner.py); do not edit by hand — "
      "the hand-written analysis is in bench/analysis.md and bench/alloc-notes.md, included below.\n")
    w("- date: %s" % datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    w("- commit: %s%s" % (commit, " (with uncommitted changes)" if dirty else ""))
    w("- machine: %s, %d CPUs, %s" % (cpu, os.cpu_count(), os.uname().release))
    w("- load average (1/5/15 min): %s at start, %s at end" % ("/".join(load_before), "/".join(load_after)))
    w("- toolchains: " + "; ".join("%s = `%s`" % v for v in versions))
    w("- settings: %d rounds (`-count 1` each, toolchains side by side, order rotating), "
      "`-benchtime %s`, medians of the rounds; GC count and peak RSS from one more run with a fixed N"
      % (COUNT, BENCHTIME))
    w("- wall time of this `make bench`: %.0f s (%.1f min)\n" % (wall, wall / 60))
    if failures:
        w("**Failures:** " + "; ".join(failures) + "\n")

    # headline
    ratios = {b: med[(b, "escgo")]["ns/op"] / med[(b, "gc")]["ns/op"]
              for b in benches if (b, "escgo") in med and (b, "gc") in med}
    w("## Headline\n")
    if ratios:
        gm = geomean(ratios.values())
        pairs = [r for b, r in ratios.items() if bench_pkg[b][0] == "pairs"]
        progs = [r for b, r in ratios.items() if bench_pkg[b][0] == "programs"]
        nogo = [r for b, r in ratios.items() if bench_pkg[b][1] != "goroutine_capture"]
        faster = sum(1 for r in ratios.values() if r <= 1.0)
        w("**Geometric mean of escgo/gc time ratios over %d benchmarks: %.2f** (%s). "
          "Goal: at most 1.00 (at least as fast as gc); %s. escgo is faster or equal on %d of %d, slower on %d."
          % (len(ratios), gm, "escgo %.0f%% %s than gc" % (abs(gm - 1) * 100, "slower" if gm > 1 else "faster"),
             "met" if gm <= 1.0 else "**not met**", faster, len(ratios), len(ratios) - faster))
        w("")
        w("- pairs: %.2f over %d; whole programs: %s over %d; without goroutine_capture: %.2f"
          % (geomean(pairs) or 0, len(pairs), fmt_ratio(geomean(progs)), len(progs), geomean(nogo) or 0))
        # (a time printed as 0 — a loop a compiler folded away — has no ratio)
        offon = [med[(b, "escgo-off")]["ns/op"] / med[(b, "escgo")]["ns/op"]
                 for b in benches if (b, "escgo-off") in med and (b, "escgo") in med
                 and med[(b, "escgo")]["ns/op"] > 0]
        w("- escape analysis off/on (escgo -escape=off ÷ escgo), geometric mean: %.2f (>1: the analysis saves time)"
          % (geomean(offon) or 0))
        if "gccgo" in tcs:
            gg = [med[(b, "gccgo")]["ns/op"] / med[(b, "gc")]["ns/op"] for b in benches
                  if (b, "gccgo") in med and (b, "gc") in med and med[(b, "gc")]["ns/op"] > 0]
            w("- for scale, gccgo/gc: %.2f" % (geomean(gg) or 0))
        same = [b for b in benches if (b, "escgo") in med and (b, "gc") in med
                and med[(b, "escgo")].get("allocs/op") == med[(b, "gc")].get("allocs/op")]
        w("- allocs/op: escgo equals gc on %d of %d benchmarks (differences explained below)\n"
          % (len(same), len(ratios)))
    for c in charts:
        w("![%s](%s)\n" % (c, c))

    # time table
    w("## Time (median ns/op)\n")
    hdr = ["benchmark"] + tcs + ["escgo/gc", "off/on"]
    w("| " + " | ".join(hdr) + " |")
    w("|" + "---|" * len(hdr))
    for b in benches:
        row = ["%s `%s`" % (bench_pkg[b][1], short(b))]
        for tc in tcs:
            row.append(fmt_num(med.get((b, tc), {}).get("ns/op")))
        e, g, off = (med.get((b, t), {}).get("ns/op") for t in ("escgo", "gc", "escgo-off"))
        row.append(fmt_ratio(e / g if e and g else None))
        row.append(fmt_ratio(off / e if e and off else None))
        w("| " + " | ".join(row) + " |")
    w("\nescgo/gc < 1: escgo faster. off/on > 1: escgo with escape analysis is faster than with every site on the heap. "
      "Spread: raw/timing/ has every round's output.\n")

    # memory table
    w("## Allocations (median B/op and allocs/op)\n")
    hdr = ["benchmark"] + ["%s B/op" % tc for tc in tcs] + ["%s allocs/op" % tc for tc in tcs] + ["allocs escgo = gc"]
    w("| " + " | ".join(hdr) + " |")
    w("|" + "---|" * len(hdr))
    notes = read_notes("alloc-notes.md")
    diffs = []
    for b in benches:
        row = ["%s `%s`" % (bench_pkg[b][1], short(b))]
        for unit in ("B/op", "allocs/op"):
            for tc in tcs:
                row.append(fmt_num(med.get((b, tc), {}).get(unit)))
        e, g = (med.get((b, t), {}).get("allocs/op") for t in ("escgo", "gc"))
        if e is None or g is None:
            row.append("—")
        elif e == g:
            row.append("yes")
        else:
            row.append("**no**")
            diffs.append(b)
        w("| " + " | ".join(row) + " |")
    w("")

    w("## GC count and peak RSS (one run, fixed N per benchmark)\n")
    w("N is the same for every toolchain (chosen so the slowest takes ~%.0f ms). GCs: collections triggered "
      "by allocation during the run (gc/gccgo: gctrace lines without `(forced)`; escgo: gctrace lines minus the two "
      "collections the testing package forces). Peak RSS: `/usr/bin/time -f %%M` of the test binary, KiB.\n"
      % (PROFILE_NS / 1e6))
    hdr = ["benchmark", "N"] + ["%s GCs" % tc for tc in tcs] + ["%s RSS" % tc for tc in tcs]
    w("| " + " | ".join(hdr) + " |")
    w("|" + "---|" * len(hdr))
    for b in benches:
        n = next((prof[(b, tc)][0] for tc in tcs if (b, tc) in prof), None)
        row = ["%s `%s`" % (bench_pkg[b][1], short(b)), fmt_num(n)]
        row += [fmt_num(prof.get((b, tc), (0, None, None))[1]) for tc in tcs]
        row += [fmt_num(prof.get((b, tc), (0, None, None))[2]) for tc in tcs]
        w("| " + " | ".join(row) + " |")
    w("")

    w("## Where escgo's allocs/op differ from gc's\n")
    if not diffs:
        w("None: escgo's allocs/op equal gc's on every benchmark.\n")
    for b in diffs:
        e, g = med[(b, "escgo")]["allocs/op"], med[(b, "gc")]["allocs/op"]
        w("- **%s** (%s): escgo %s, gc %s allocs/op. %s" % (
            short(b), bench_pkg[b][1], fmt_num(e), fmt_num(g),
            notes.get(b, "**Not yet explained** (add a note to bench/alloc-notes.md).")))
    w("")

    analysis = os.path.join(BENCH, "analysis.md")
    if os.path.exists(analysis):
        w(open(analysis).read().rstrip() + "\n")
    if perf_text:
        w("### perf, this run\n")
        w(perf_text)

    w("## Method\n")
    w("See bench/README.md. Raw outputs: bench/results/raw/ (timing/ every round, profile/ the gctrace and "
      "RSS runs, medians.tsv) — not committed.")
    with open(os.path.join(RESULTS, "REPORT.md"), "w") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    sys.exit(main())
