#!/usr/bin/env bash
# Writes what every example tool prints — each format, language, pack choice and section — into
# OUTDIR, one file per run (standard output, then standard error and the exit status in a `.err`
# file), so that two builds can be compared with `diff -r`: a change that should not alter any
# output is checked by running this before and after it.
#
#   Scripts/compare-outputs.sh OUTDIR [REGIONDIR…]
#
# Runs on the bundled sample data and on each REGIONDIR holding schools.csv, values.csv and
# benchmarks.csv (a generated region, say). Uses the release build in .build/release; set BIN to
# use another directory of executables. Does not build.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 OUTDIR [REGIONDIR…]" >&2
  exit 2
fi
out=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BIN:-$root/.build/release}
mkdir -p "$out"
# The documents name the day they were made; fixed so that runs on different days compare.
export SOURCE_DATE_EPOCH=1655251200

# run NAME TOOL ARGS…: the tool's output in OUTDIR/NAME, its errors and status in NAME.err.
run() {
  local name=$1 tool=$2
  shift 2
  local status=0
  "$bin/$tool" "$@" >"$out/$name" 2>"$out/$name.err" || status=$?
  echo "exit $status" >>"$out/$name.err"
}

# The built-in packs, as the tool names them when asked for an unknown one: a fifth region is
# covered without editing this file.
# shellcheck disable=SC2207  # ids have no spaces
packs=($("$bin/identify-schools" --pack '?' --lang en 2>&1 | sed -n 's/.*available: //p' | tr -d , || true))
if ((${#packs[@]} < 1)); then
  echo "$0: identify-schools did not name its packs" >&2
  exit 1
fi
formats=(text markdown json csv html)
languages=(ru en)

# Every run on one data set; LABEL names it, the rest are the data options (none: bundled).
all_runs() {
  local label=$1
  shift
  local data=("$@")
  for lang in "${languages[@]}"; do
    for format in "${formats[@]}"; do
      for pack in "${packs[@]}" "$(IFS=,; echo "${packs[*]}")"; do
        local tag=${pack//,/+}
        run "$label.identify.$tag.$format.$lang" identify-schools "${data[@]}" --pack "$pack" \
          --format "$format" --lang "$lang"
        for section in all roadmaps partners; do
          run "$label.plan.$tag.$section.$format.$lang" plan-support "${data[@]}" --pack "$pack" \
            --section "$section" --format "$format" --lang "$lang"
        done
      done
      for pack in "${packs[@]}"; do
        for section in all progress monitoring history; do
          run "$label.track.$pack.$section.$format.$lang" track-indicators "${data[@]}" \
            --pack "$pack" --section "$section" --format "$format" --lang "$lang"
        done
      done
    done
  done
}

# Runs that do not read data: pack descriptions and the custom criterion.
for lang in "${languages[@]}"; do
  for format in "${formats[@]}"; do
    for pack in "${packs[@]}" "$(IFS=,; echo "${packs[*]}")"; do
      tag=${pack//,/+}
      run "describe.identify.$tag.$format.$lang" identify-schools --describe --pack "$pack" \
        --format "$format" --lang "$lang"
      run "describe.plan.$tag.$format.$lang" plan-support --describe --pack "$pack" \
        --format "$format" --lang "$lang"
    done
  done
  run "custom-criterion.$lang" custom-criterion --lang "$lang"
done
for pack in "${packs[@]}"; do
  run "export.$pack.json" identify-schools --export-pack "$pack"
done

all_runs bundled
for region in "$@"; do
  label=$(basename "$region")
  all_runs "$label" --schools "$region/schools.csv" --values "$region/values.csv" \
    --benchmarks "$region/benchmarks.csv"
  # A make-region folder also has a programme's reported values and monitoring records.
  if [[ -f $region/reported.csv && -f $region/monitoring-records.csv ]]; then
    for format in "${formats[@]}"; do
      run "$label.track.programme.$format" track-indicators --schools "$region/schools.csv" \
        --values "$region/values.csv" --benchmarks "$region/benchmarks.csv" \
        --reported "$region/reported.csv" --records "$region/monitoring-records.csv" \
        --format "$format"
    done
  fi
done
echo "$(find "$out" -type f ! -name '*.err' | wc -l) outputs in $out"
