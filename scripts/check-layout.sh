#!/bin/sh
# check-layout.sh — the compiler's house rules (docs/architecture.md), checked:
#   1. compiler/ holds folders, one per pass, and at its top level only main.c;
#   2. each folder has its public header FOLDER/FOLDER.h;
#   3. a file includes its own folder's headers ("internal.h", "FOLDER.h") or
#      another folder's public header "OTHER/OTHER.h" — never another folder's
#      private one, never by a ../ path (the runtime's ABI headers excepted);
#   4. dependencies point down the pipeline: a folder includes only the public
#      headers of folders before it in PIPELINE below;
#   5. no executable or object file is committed.
# Prints each violation and exits 1 if there is any. run-tests.sh runs it as
# the test layout/compiler.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT/compiler" || exit 1

# The passes in pipeline order (earlier ones are what later ones may use).
PIPELINE="base syntax check ir lower inline escape export codegen driver"

rank() {  # rank FOLDER -> its position in PIPELINE, or nothing
    i=0
    for p in $PIPELINE; do
        [ "$p" = "$1" ] && { echo $i; return; }
        i=$((i + 1))
    done
}

bad=0
complain() { echo "$*"; bad=1; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/check-layout.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

for f in *.c *.h; do
    [ -e "$f" ] || continue
    [ "$f" = main.c ] || complain "compiler/$f: only main.c may sit at the top of compiler/ (put it in a pass's folder)"
done

for d in */; do
    d=${d%/}
    [ -n "$(rank "$d")" ] || complain "compiler/$d/: not a pass this script knows (add it to PIPELINE in order)"
    [ -f "$d/$d.h" ] || complain "compiler/$d/: no public header $d/$d.h"
done

# Every #include "..." of the compiler's own files.
grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' -- *.c */*.c */*.h |
while IFS= read -r line; do
    file=${line%%:*}
    inc=$(printf '%s\n' "$line" | sed 's/.*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/')
    case $file in */*) dir=${file%%/*} ;; *) dir=main ;; esac
    case $inc in
        ../../runtime/escgo_rt.h|../../runtime/escgo_pcln.h) continue ;;   # the runtime's ABI and frame table, shared with C
        ../*) echo "compiler/$line: no ../ includes; include \"PASS/PASS.h\""; continue ;;
        */*) ;;
        *)  # a header of the file's own folder
            [ "$dir" = main ] && echo "compiler/$line: main.c includes only driver/driver.h"
            continue ;;
    esac
    other=${inc%%/*}
    name=${inc#*/}
    if [ "$name" != "$other.h" ]; then
        echo "compiler/$line: $inc is private to $other/ (use $other/$other.h)"
        continue
    fi
    [ "$dir" = main ] && { [ "$other" = driver ] || echo "compiler/$line: main.c includes only driver/driver.h"; continue; }
    [ "$other" = "$dir" ] && continue
    ro=$(rank "$other"); rd=$(rank "$dir")
    if [ -n "$ro" ] && [ -n "$rd" ] && [ "$ro" -ge "$rd" ]; then
        echo "compiler/$line: $dir/ may not use $other/ (dependencies point down the pipeline: $PIPELINE)"
    fi
done >"$scratch/includes"
if [ -s "$scratch/includes" ]; then
    cat "$scratch/includes"
    bad=1
fi

# No build output in the repository (a committed executable slipped in once).
if command -v git >/dev/null 2>&1 && git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    # git's binary files (i/-text) that start like an ELF file or an ar archive
    git -C "$ROOT" ls-files --eol | awk '$1 == "i/-text" { sub(/^[^\t]*\t/, ""); print }' |
        while IFS= read -r f; do
            magic=$(head -c 8 "$ROOT/$f" | od -An -c | tr -d ' ')
            case $magic in 177ELF*|'!<arch>'*) echo "$f" ;; esac
        done |
        sed 's/^/committed build output: /' >"$scratch/binaries"
    if [ -s "$scratch/binaries" ]; then
        cat "$scratch/binaries"
        bad=1
    fi
fi
exit $bad
