#!/bin/sh
# install-deps.sh — make sure this machine can build and test escgo.
#
#   scripts/install-deps.sh               install what is missing (Debian/Ubuntu)
#   scripts/install-deps.sh --check-only  exit 0 if everything is there, else 1
#   scripts/install-deps.sh --all         also the extras: llvm-19-dev, golang-go,
#                                         clang, gnuplot, chromium
#                                         (CI, goldens, conformance, fuzzing, charts,
#                                         the explorer's browser test)
#
# Needed: a C compiler, make, LLVM 14..19 with its headers (llvm-config),
# Go 1.19's source tree (golang-1.19-src: the standard library escgo compiles),
# bdwgc (gc/gc.h, libgc-dev), GMP (gmp.h, libgmp-dev), elfutils' libdw
# (elfutils/libdwfl.h, libdw-dev), jemalloc (jemalloc/jemalloc.h,
# libjemalloc-dev). Idempotent and quiet
# when nothing is missing; `make` runs it through `make deps`.
set -u

check_only=0
all=0
for arg in "$@"; do
    case $arg in
        --check-only) check_only=1 ;;
        --all) all=1 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "install-deps.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

missing=""      # Debian packages to install
optional=""     # extras that may be unavailable from the configured apt sources

need() { missing="$missing $1"; }
have() { command -v "$1" >/dev/null 2>&1; }

# A C compiler that can see a header (tests the -dev package, not just a file).
cc_cmd=""
for c in "${CC:-}" cc gcc clang; do
    if [ -n "$c" ] && have "$c"; then cc_cmd=$c; break; fi
done
header_ok() {
    [ -n "$cc_cmd" ] && printf '#include <%s>\nint x;\n' "$1" |
        "$cc_cmd" -fsyntax-only -x c - >/dev/null 2>&1
}

# An llvm-config (plain or versioned 14..19) whose headers are installed.
llvm_ok() {
    for lc in llvm-config llvm-config-14 llvm-config-15 llvm-config-16 \
              llvm-config-17 llvm-config-18 llvm-config-19; do
        have "$lc" || continue
        inc=$("$lc" --includedir 2>/dev/null) || continue
        ver=$("$lc" --version 2>/dev/null | cut -d. -f1)
        if [ -f "$inc/llvm-c/Core.h" ] && [ "${ver:-0}" -ge 14 ] && [ "${ver:-0}" -le 19 ]; then
            return 0
        fi
    done
    return 1
}

[ -n "$cc_cmd" ] || need gcc
have make || need make
llvm_ok || need llvm-dev
header_ok gc/gc.h || need libgc-dev
header_ok gmp.h || need libgmp-dev
# elfutils' libdw: escgo reads each program it links with it, to write the
# frame table its runtime names frames from (compiler/driver/pcln.c).
header_ok elfutils/libdwfl.h || need libdw-dev
# jemalloc: escgo itself allocates through it (LLVM's passes are malloc-bound).
header_ok jemalloc/jemalloc.h || need libjemalloc-dev
# Go 1.19's source: escgo compiles the standard library from it (issue 11),
# found as compiler/driver/goroot.c finds it. Its test suite (GOROOT/test,
# for make conformance) comes in the same package.
goroot_ok() {
    for d in "${ESCGO_GOROOT:-}" /usr/lib/go-1.19 /usr/share/go-1.19; do
        [ -n "$d" ] && [ -f "$d/src/fmt/print.go" ] && return 0
    done
    return 1
}
goroot_ok || need golang-1.19-src
# Without a compiler the header checks cannot run: install the -dev packages too.
if [ -z "$cc_cmd" ]; then need libgc-dev; need libgmp-dev; need libdw-dev; need libjemalloc-dev; fi

if [ $all = 1 ]; then
    have llvm-config-19 && [ -f "$(llvm-config-19 --includedir 2>/dev/null)/llvm-c/Core.h" ] ||
        optional="$optional llvm-19-dev"
    have go || optional="$optional golang-go"
    have clang || optional="$optional clang"
    have gnuplot || optional="$optional gnuplot"
    # headless Chromium: tests/cli/explorer_browser.sh loads escgo explain's page
    have chromium || have chromium-browser || optional="$optional chromium"
fi

# Each package once, in a stable order.
# shellcheck disable=SC2086 # word splitting of the package lists is intended
missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ' | sed 's/ *$//')
# shellcheck disable=SC2086
optional=$(printf '%s\n' $optional | sort -u | tr '\n' ' ' | sed 's/ *$//')

if [ -z "$missing" ] && [ -z "$optional" ]; then
    exit 0
fi
if [ $check_only = 1 ]; then
    [ -n "$missing" ] && echo "missing: $missing"
    [ -n "$optional" ] && echo "missing extras: $optional"
    [ -z "$missing" ] || exit 1
    exit 0
fi

# Root runs apt-get itself; others go through sudo when it exists.
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif have sudo; then
    sudo="sudo"
else
    echo "install-deps.sh: please install these Debian packages as root:" >&2
    echo "    apt-get install$( [ -n "$missing" ] && echo " $missing")$( [ -n "$optional" ] && echo " $optional")" >&2
    exit 1
fi
if ! have apt-get; then
    echo "install-deps.sh: no apt-get here; install the equivalents of: $missing $optional" >&2
    exit 1
fi

echo "install-deps.sh: installing: $missing $optional"
$sudo apt-get update -qq || { echo "install-deps.sh: apt-get update failed" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing ||
        { echo "install-deps.sh: could not install: $missing" >&2; exit 1; }
fi
# Extras one by one: llvm-19-dev, for one, needs apt.llvm.org on Debian 12.
status=0
for pkg in $optional; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
        $sudo apt-get install -y -qq --no-install-recommends "$pkg" || status=1
    else
        echo "install-deps.sh: $pkg is not available from the configured apt sources" >&2
        [ "$pkg" = llvm-19-dev ] &&
            echo "    (add https://apt.llvm.org for LLVM 19, or set ESCGO_CI_SKIP_LLVM19=1)" >&2
        status=1
    fi
done
if ! "$0" --check-only >/dev/null; then
    echo "install-deps.sh: still missing after install:" >&2
    "$0" --check-only >&2
    exit 1
fi
exit $status
