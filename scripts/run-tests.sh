#!/bin/sh
# run-tests.sh: run every Criterion test binary, the brute-force oracles
# (scripts/run-oracles.sh), then `bin/judge verify` on every package, and end
# with one line "N passed, N failed" over all of them.
# Options: --unit (Criterion only), --verify (packages only). TEST_DIR picks
# the directory of test binaries (default build/tests; make asan uses another).
set -u
cd "$(dirname "$0")/.." || exit 2

unit=1
oracles=1
verify=1
case "${1:-}" in
--unit) verify=0 oracles=0 ;;
--verify) unit=0 oracles=0 ;;
"") ;;
*) echo "usage: scripts/run-tests.sh [--unit|--verify]" >&2; exit 2 ;;
esac

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

if [ $unit -eq 1 ]; then
	for t in "${TEST_DIR:-build/tests}"/test_*; do
		[ -x "$t" ] || continue
		"$t" --jobs 2 >"$log" 2>&1
		status=$?
		# Criterion's last line: "Synthesis: Tested: N | Passing: N | Failing: N | Crashing: N"
		line=$(grep 'Synthesis' "$log" | tail -n 1)
		p=$(echo "$line" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
		f=$(echo "$line" | sed -n 's/.*Failing: \([0-9]*\).*/\1/p')
		c=$(echo "$line" | sed -n 's/.*Crashing: \([0-9]*\).*/\1/p')
		if [ -z "$p" ]; then
			p=0 f=1 c=0 # the binary itself failed to run
		fi
		passed=$((passed + p))
		failed=$((failed + f + c))
		if [ "$status" -ne 0 ] || [ "$((f + c))" -ne 0 ]; then
			grep -v '^\[====\]' "$log" | tail -n 40
			echo "FAIL  $t: $p passed, $((f + c)) failed"
			[ "$((f + c))" -eq 0 ] && failed=$((failed + 1))
		else
			echo "PASS  $t: $p tests"
		fi
	done
fi

# Run a command that ends with "N passed, N failed" and add its counts.
counted() {
	"$@" >"$log" 2>&1
	status=$?
	cat "$log"
	line=$(tail -n 1 "$log")
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then
		p=0 f=1
	fi
	[ "$status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	passed=$((passed + p))
	failed=$((failed + f))
}

[ $oracles -eq 1 ] && counted scripts/run-oracles.sh
[ $verify -eq 1 ] && counted bin/judge verify

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
