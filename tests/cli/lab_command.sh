# escgo lab check as a student and an instructor type it: usage errors exit
# 2 with a message; a lab graded from a folder elsewhere (LAB DIR) uses the
# lab's own tests, not the student's copies of them; full marks exit 0.
set -u
ROOT=$(cd "$(dirname "$ESCGO")/.." && pwd)
"$ESCGO" lab >out 2>&1; rc=$?
[ $rc = 2 ] && grep -q '^usage: escgo lab check' out || { echo "escgo lab: exit $rc"; cat out; exit 1; }
"$ESCGO" lab check no-such-lab >out 2>&1; rc=$?
[ $rc = 2 ] && grep -q 'no-such-lab: no such lab' out || { echo "unknown lab: exit $rc"; cat out; exit 1; }
# A submission elsewhere: the solution's files, plus a tampered copy of the
# grader's test that would pass anything; the lab's own test must be used.
mkdir work
cp "$ROOT"/labs/solutions/07-builder/*.go work/
printf 'package join\n\nimport "testing"\n\nfunc TestJoinAllocs(t *testing.T) {}\n' >work/join_test.go
"$ESCGO" lab check 07 work >out 2>&1; rc=$?
[ $rc = 0 ] && grep -q '^  score: 12/12  (full marks)$' out || { echo "solution elsewhere: exit $rc"; cat out; exit 1; }
cp "$ROOT"/labs/07-builder/join.go work/   # the starter, with the tampered test
"$ESCGO" lab check 07 work >out 2>&1; rc=$?
[ $rc = 1 ] && grep -q 'Join allocates 16 times per call' out || { echo "starter with a tampered test: exit $rc"; cat out; exit 1; }
exit 0
