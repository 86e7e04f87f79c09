#!/bin/sh
# install-deps.sh: install the Debian packages the judge and its tests need.
# With --fuzz, also what `make fuzz` needs. Idempotent: does nothing when everything is there. As root it installs what
# is missing; otherwise it prints the one command to run and exits 1.
set -eu

PACKAGES="gcc g++ make pkg-config libc6-dev libyaml-dev libseccomp-dev libcriterion-dev util-linux python3"
# `make fuzz` also needs clang with libFuzzer and the sanitizer runtimes.
[ "${1:-}" = "--fuzz" ] && PACKAGES="$PACKAGES clang libclang-rt-14-dev"

missing=""
for p in $PACKAGES; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "missing Debian packages:$missing" >&2
	echo "run: sudo apt-get install -y$missing" >&2
	exit 1
fi

echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
