#!/bin/sh
# bench-overhead.sh: the judge's own cost per test. Judges a package of 500
# tiny tests and, in the same run, times a bare fork+exec+wait loop (a C
# program, scripts/bare-loop.c) over the same inputs with the same binary;
# both interleaved, ROUNDS times, medians compared. With confinement on and
# off (JUDGE_SANDBOX=0), so the sandbox's cost shows too.
# Usage: scripts/bench-overhead.sh [ROUNDS]   (default 5)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
tests=500
[ -x bin/judge ] || make judge >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg=$work/echo
mkdir -p "$pkg/data/secret" "$pkg/submissions/accepted"
printf 'name: Echo one number\nlimits:\n  time_limit: 1\n  memory: 64\n' >"$pkg/problem.yaml"
i=0
while [ $i -lt $tests ]; do
	n=$(printf '%03d' $i)
	echo "$i" >"$pkg/data/secret/$n.in"
	echo "$i" >"$pkg/data/secret/$n.ans"
	i=$((i + 1))
done
cat >"$pkg/submissions/accepted/echo.c" <<'C'
#include <stdio.h>
int main(void) { long x; if (scanf("%ld", &x) != 1) return 1; printf("%ld\n", x); return 0; }
C
export JUDGE_CACHE="$work/cache"
# Compile once through the judge (then cached), and the baseline the same way.
bin/judge submit "$pkg" "$pkg/submissions/accepted/echo.c" >/dev/null
prog=$(ls "$JUDGE_CACHE"/bin/*/prog)
gcc -std=gnu17 -O2 -o "$work/bare-loop" scripts/bare-loop.c
# The baseline writes its output where the judge writes its own: $TMPDIR,
# else tmpfs (/dev/shm) when writable, else /tmp (see judge/run.c).
if [ -n "${TMPDIR:-}" ]; then out_dir=$TMPDIR
elif [ -w /dev/shm ]; then out_dir=/dev/shm
else out_dir=/tmp; fi
out=$(mktemp "$out_dir/bare-out.XXXXXX")
trap 'rm -rf "$work" "$out"' EXIT

now() { date +%s.%N; }
judge_once() {
	t0=$(now)
	JUDGE_SANDBOX=$1 bin/judge submit "$pkg" "$pkg/submissions/accepted/echo.c" >/dev/null
	t1=$(now)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

: >"$work/bare" ; : >"$work/on" ; : >"$work/off"
r=0
while [ $r -lt $rounds ]; do
	"$work/bare-loop" "$prog" "$out" "$pkg"/data/secret/*.in >>"$work/bare"
	judge_once 1 >>"$work/on"
	judge_once 0 >>"$work/off"
	r=$((r + 1))
done
bare=$(median <"$work/bare")
on=$(median <"$work/on")
off=$(median <"$work/off")
uptime | sed 's/.*load/load/'
awk -v n=$tests -v r="$rounds" -v bare="$bare" -v on="$on" -v off="$off" 'BEGIN {
	printf "per-test cost over %d tests, median of %d interleaved rounds:\n", n, r
	printf "  bare fork+exec+wait loop     %6.3f ms\n", bare * 1000 / n
	printf "  judge, confinement off       %6.3f ms   %.2fx the bare loop\n", off * 1000 / n, off / bare
	printf "  judge, confinement on        %6.3f ms   %.2fx the bare loop\n", on * 1000 / n, on / bare
	printf "  confinement adds             %6.3f ms per test\n", (on - off) * 1000 / n
}'
