# escgo explain in a real browser: the explorer page of samples/memory,
# loaded by headless Chromium (Debian's chromium, scripts/install-deps.sh
# --all), its DOM dumped after the page's script ran. Checks the heap sites
# marked in the source and listed in the table, the script's mark counts,
# and the -m=2 flow chain the script renders when a site is opened
# (#site=N). Keeps a screenshot: build/artifacts/explorer-memory.png.
# Without chromium: fails when ESCGO_REQUIRE_BROWSER=1 (.ci/run), else
# exits 0 and run-tests.sh says the browser test checked nothing.
set -u
ROOT=$(cd "$(dirname "$ESCGO")/.." && pwd)
BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
    echo "chromium is not installed (scripts/install-deps.sh --all installs it)"
    [ "${ESCGO_REQUIRE_BROWSER:-0}" = 1 ] && exit 1
    exit 0
fi
"$ESCGO" explain -allocprof -o page.html "$ROOT/samples/memory" >explain.out 2>&1 ||
    { echo "escgo explain failed"; cat explain.out; exit 1; }
# The heap site of makeSmall (main.go:19:9): its mark's id, from the table.
id=$(sed -n 's|.*<tr class="heap-site" data-site="\([0-9]*\)"><td><a href="#L19">main.go:19:9</a>.*|\1|p' page.html)
[ -n "$id" ] || { echo "no heap-site row for main.go:19:9"; grep heap-site page.html; exit 1; }
browse() {   # browse URL OUT: the DOM after the scripts ran
    timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --virtual-time-budget=2000 --dump-dom "$1" >"$2" 2>browser.err
}
browse "file://$PWD/page.html#site=$id" dom.html || { echo "chromium failed"; tail browser.err; exit 1; }
fail=0
check() {   # check WHAT PATTERN: grep -F in the dumped DOM
    grep -qF -- "$2" dom.html || { echo "missing in the DOM: $1: $2"; fail=1; }
}
check "the script ran" 'data-ready="1"'
check "mark counts (the script's)" '<span id="counts">8 heap, 1 leak, 0 stack, 10 inline</span>'
check "heap mark of &Small{1, 2}" "<span class=\"site heap open\" data-site=\"$id\""
check "heap mark of the inlined call" '>makeSmall()</span>)'
check "heap mark of m.NumGC" '>m.NumGC</span>'
check "leaking parameter tag" 'class="site leak"'
check "heap line gutter" '<div class="line has-heap" id="L19">'
check "table row with its bytes" '<a href="#L19">main.go:19:9</a></td><td>&amp;Small{...}</td><td class="num">30.52MB</td><td class="num">2000000</td>'
check "panel heading" '<h3>main.go:19:9 (heap)</h3>'
check "flow chain: header" '&amp;Small{...} escapes to heap:'
check "flow chain: the flow" '19:9:    flow: ~r0 = &amp;{storage for &amp;Small{...}}:'
check "flow chain: the return" '19:2:      from return &amp;Small{...} (return)'
n=$(grep -o 'class="site heap[ "]' dom.html | wc -l)
[ "$n" = 8 ] || { echo "$n heap marks in the DOM, want 8"; fail=1; }
mkdir -p "$ROOT/build/artifacts"
timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1500 \
    --screenshot="$ROOT/build/artifacts/explorer-memory.png" "file://$PWD/page.html#site=$id" >/dev/null 2>&1
[ -s "$ROOT/build/artifacts/explorer-memory.png" ] || { echo "no screenshot"; fail=1; }
exit $fail
