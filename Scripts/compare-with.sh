#!/usr/bin/env bash
# Checks that the working tree writes exactly what revision BASE wrote: every tool, format, language,
# pack and section on the bundled sample and on two generated regions (Scripts/compare-outputs.sh),
# compared with `diff -r`. A refactor that should change no output passes with no difference.
#
#   Scripts/compare-with.sh BASE [WORKDIR]        # e.g. Scripts/compare-with.sh main~3
#
# BASE is built in release mode from `git archive` in WORKDIR/base (default /tmp/qualitykit-compare),
# the working tree in .build/release. The regions are made by this tree's make-region, so both builds
# read the same files. Exit status 1 and the list of differing files when anything differs.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BASE [WORKDIR]" >&2
  exit 2
fi
base=$1
work=${2:-/tmp/qualitykit-compare}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

rm -rf "$work/base" "$work/out-base" "$work/out-head"
mkdir -p "$work/base"
git archive "$base" | tar -x -C "$work/base"
echo "== building $base in $work/base"
(cd "$work/base" && swift build -c release >/dev/null)
echo "== building the working tree"
swift build -c release >/dev/null

regions=()
for spec in "r300a 300 1 --excel" "r300b 300 2 --municipalities 3"; do
  read -r name schools seed extra <<<"$spec"
  # shellcheck disable=SC2086  # the extra options are meant to split
  .build/release/make-region "$work/$name" --schools "$schools" --seed "$seed" $extra >/dev/null
  regions+=("$work/$name")
done

BIN="$work/base/.build/release" bash Scripts/compare-outputs.sh "$work/out-base" "${regions[@]}"
bash Scripts/compare-outputs.sh "$work/out-head" "${regions[@]}"
if diff -rq "$work/out-base" "$work/out-head"; then
  echo "== no difference from $base"
else
  echo "== outputs differ from $base (diff -r $work/out-base $work/out-head)" >&2
  exit 1
fi
