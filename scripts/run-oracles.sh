#!/bin/sh
# run-oracles.sh: the brute-force oracles that need nothing beyond Python's
# standard library, run briefly (as kactl runs its stress tests), each
# comparing the packages' answers and accepted submissions with an
# independent implementation. One line per oracle, then "N passed, N failed".
# The oracles that need torch, protobuf or farmhash are run by hand (see
# each scripts/oracles/<slug>/).
set -u
cd "$(dirname "$0")/.." || exit 2
PY=${PYTHON:-python3}

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

oracle() {
	name=$1
	shift
	if "$PY" "$@" >"$log" 2>&1; then
		passed=$((passed + 1))
		echo "PASS  oracle $name  $(tail -n 1 "$log")"
	else
		failed=$((failed + 1))
		tail -n 20 "$log"
		echo "FAIL  oracle $name"
	fi
}

oracle sliding-window-max scripts/oracles/sliding-window-max/stress.py --cases 100
oracle perceptron-answers scripts/oracles/perceptron/perceptron.py check \
	problems/perceptron/data/sample problems/perceptron/data/secret
oracle perceptron-random scripts/oracles/perceptron/perceptron.py random 60 1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
