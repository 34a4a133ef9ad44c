#!/usr/bin/env bash
# Runs the example tools over a fixed list of invocations and writes each one's output into a
# directory, so that a change meant to leave every output alone can be checked byte for byte:
#
#   Scripts/compare-outputs.sh /tmp/before [REGION_DIR]   # on the old commit
#   Scripts/compare-outputs.sh /tmp/after  [REGION_DIR]   # on the new one
#   diff -r /tmp/before /tmp/after                        # no output: byte-identical
#
# The list covers all four tools: `identify-schools` (run, `--describe` and `--export-pack`),
# `plan-support`, `track-indicators` and `custom-criterion`, in every format they write, on the
# bundled sample and with each built-in pack alone (`--pack ID`). The pack ids are read from
# `identify-schools --describe --format json`, so a new region is covered without editing this file.
# REGION_DIR, if given, is a generated region (schools.csv, values.csv, benchmarks.csv, as made by
# make-dataset); every pack is also run on it.
#
# Each invocation writes NAME.out (stdout), NAME.err (stderr) and NAME.status (exit code): a
# changed error message or exit status counts as a difference too.
#
# The tools are built in release mode first (SWIFT_BUILD_FLAGS adds flags, e.g. `--jobs 1`); set
# BIN to a directory holding already-built tools to skip the build.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 OUT_DIR [REGION_DIR]" >&2
  exit 64
fi
out=$1
region=${2:-}
if [[ -n $region && ! -f $region/schools.csv ]]; then
  echo "$0: $region has no schools.csv" >&2
  exit 66
fi
# Absolute paths: the tools run from the repository root.
mkdir -p "$out"
out=$(cd "$out" && pwd)
[[ -n $region ]] && region=$(cd "$region" && pwd)

cd "$(dirname "$0")/.."
if [[ -z ${BIN:-} ]]; then
  # shellcheck disable=SC2086  # the flags are meant to split
  swift build -c release ${SWIFT_BUILD_FLAGS:-} >&2
  BIN=$(swift build -c release --show-bin-path)
fi

# run NAME TOOL ARGS…: one invocation into NAME.out / .err / .status.
run() {
  local name=$1 tool=$2
  shift 2
  local status=0
  "$BIN/$tool" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
  echo "$status" >"$out/$name.status"
}

# The built-in pack ids, in registry order, from the list an unknown pack's error gives
# ("…; available: a, b, c"). (A read loop rather than mapfile: macOS ships bash 3.2.)
packs=()
while IFS= read -r pack; do packs+=("$pack"); done < <(
  "$BIN/identify-schools" --pack '?' --lang en 2>&1 >/dev/null |
    sed -n 's/.*; available: //p' | tr ',' '\n' | tr -d ' '
)
if [[ ${#packs[@]} -eq 0 ]]; then
  echo "$0: no pack ids in the error of identify-schools --pack '?'" >&2
  exit 70
fi
printf '%s\n' "${packs[@]}" >"$out/packs.txt"
all_packs=$(IFS=,; echo "${packs[*]}")

describe_formats=(text markdown json)
identify_formats=(text markdown json csv)
report_formats=(text json csv markdown)
track_csv_sections=(progress monitoring) # the history has no csv form

# track NAME ARGS…: track-indicators in every format; csv holds one section at a time.
track() {
  local name=$1
  shift
  local format section
  for format in "${report_formats[@]}"; do
    if [[ $format == csv ]]; then
      for section in "${track_csv_sections[@]}"; do
        run "$name.csv.$section" track-indicators "$@" --format csv --section "$section"
      done
    else
      run "$name.$format" track-indicators "$@" --format "$format"
    fi
  done
}

# The bundled sample, every pack the tool runs by default.
for format in "${describe_formats[@]}"; do
  run "identify.describe.$format" identify-schools --describe --format "$format"
done
for format in "${describe_formats[@]}"; do
  run "identify.describe.all.$format" identify-schools --describe --pack "$all_packs" \
    --format "$format"
done
run "identify.all.json" identify-schools --pack "$all_packs" --format json
for format in "${identify_formats[@]}"; do
  run "identify.$format" identify-schools --format "$format"
  run "identify.en.$format" identify-schools --format "$format" --lang en
done
for format in "${report_formats[@]}"; do
  run "plan.$format" plan-support --format "$format"
  run "plan.en.$format" plan-support --format "$format" --lang en
done
for format in "${describe_formats[@]}"; do
  run "plan.describe.$format" plan-support --describe --format "$format"
done
track "track"
track "track.en" --lang en
run "custom-criterion" custom-criterion
run "custom-criterion.en" custom-criterion --lang en

# Each pack alone.
for pack in "${packs[@]}"; do
  run "export.$pack" identify-schools --export-pack "$pack"
  for format in "${describe_formats[@]}"; do
    run "identify.describe.$pack.$format" identify-schools --describe --pack "$pack" \
      --format "$format"
  done
  for format in "${identify_formats[@]}"; do
    run "identify.$pack.$format" identify-schools --pack "$pack" --format "$format"
  done
  for format in "${report_formats[@]}"; do
    run "plan.$pack.$format" plan-support --pack "$pack" --format "$format"
  done
  track "track.$pack" --pack "$pack"
done

# A generated region, if given: its files instead of the bundled sample.
if [[ -n $region ]]; then
  data=(--schools "$region/schools.csv" --values "$region/values.csv")
  [[ -f $region/benchmarks.csv ]] && data+=(--benchmarks "$region/benchmarks.csv")
  for format in "${identify_formats[@]}"; do
    run "region.identify.$format" identify-schools "${data[@]}" --format "$format"
  done
  for pack in "${packs[@]}"; do
    for format in "${identify_formats[@]}"; do
      run "region.identify.$pack.$format" identify-schools "${data[@]}" --pack "$pack" \
        --format "$format"
    done
    for format in "${report_formats[@]}"; do
      run "region.plan.$pack.$format" plan-support "${data[@]}" --pack "$pack" \
        --format "$format"
    done
    track "region.track.$pack" "${data[@]}" --pack "$pack"
  done
fi

echo "$(find "$out" -name '*.status' | wc -l | tr -d ' ') invocations written to $out" >&2
