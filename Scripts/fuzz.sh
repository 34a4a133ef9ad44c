#!/usr/bin/env bash
# Builds one libFuzzer target of the Fuzz/ package and runs it for SECONDS seconds.
#
#   Scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
#   Scripts/fuzz.sh all SECONDS        # each target in turn
#
# TARGET is one of: csv schools values benchmarks json pack zip inflate (or fuzz-csv, …). The seed
# corpus is made from the bundled sample (Examples/Data), the exported default packs and the ZIP
# fixtures (Tests/Fixtures/Zip); what the fuzzer finds is kept in Fuzz/.build/corpus/TARGET across
# runs. A crash is written to Fuzz/artifacts/TARGET-crash-<sha1> and the script exits non-zero: turn
# it into a regression test (Tests/Fuzz/README.md says how). The last line prints the executions
# done, for the README.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 TARGET|all SECONDS [libFuzzer options…]" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1#fuzz-}
seconds=$2
shift 2
targets=(csv schools values benchmarks json pack zip inflate)

fuzz=$root/Fuzz
# Release: the readers run some twenty times faster than in a debug build, which is what makes
# millions of executions possible; the sanitizers work the same. FUZZ_CONFIGURATION=debug for a
# build that is quicker to make.
configuration=${FUZZ_CONFIGURATION:-release}
build() {
  echo "== build $1 (Fuzz/.build, $configuration, -sanitize=fuzzer,address)"
  swift build --package-path "$fuzz" -c "$configuration" "${@:2}" \
    --sanitize fuzzer --sanitize address -Xswiftc -parse-as-library 2>&1 | tail -n 1
}

if [[ $target == all ]]; then
  build "every target"
  for each in "${targets[@]}"; do FUZZ_BUILT=1 "$0" "$each" "$seconds" "$@"; done
  exit 0
fi
case " ${targets[*]} " in
  *" $target "*) ;;
  *) echo "$0: unknown target $target (one of: ${targets[*]})" >&2; exit 2 ;;
esac
if [[ -z ${FUZZ_BUILT:-} ]]; then build "fuzz-$target" --product "fuzz-$target"; fi

corpus=$fuzz/.build/corpus/$target
seeds=$fuzz/.build/seeds/$target
mkdir -p "$corpus" "$seeds" "$fuzz/artifacts"
data=$root/Examples/Data
case $target in
  csv) cp "$data"/*.csv "$seeds/" ;;
  schools) cp "$data/schools.csv" "$seeds/" ;;
  values) cp "$data/values.csv" "$seeds/" ;;
  benchmarks) cp "$data/benchmarks.csv" "$seeds/" ;;
  # The ZIP and DEFLATE fixtures of Scripts/make-zip-fixtures.py.
  zip) cp "$root"/Tests/Fixtures/Zip/*.zip "$seeds/" ;;
  inflate) cp "$root"/Tests/Fixtures/Zip/*.deflate "$seeds/" ;;
  json | pack)
    cp "$data/custom-municipality.json" "$seeds/"
    if [[ ! -f $seeds/krasnoyarsk.json ]]; then
      # The exported default packs: the full form of every kind of block.
      swift build --package-path "$root" --product identify-schools 2>&1 | tail -n 1
      bin=$(swift build --package-path "$root" --show-bin-path)
      for pack in amur khabarovsk krasnoyarsk krasnodar; do
        "$bin/identify-schools" --export-pack "$pack" --out "$seeds/$pack.json"
      done
    fi
    ;;
esac

echo "== run fuzz-$target for ${seconds} s"
log=$fuzz/.build/fuzz-$target.log
status=0
# -rss_limit_mb: the pack targets hold the four default packs; -timeout flags a hang as a finding.
# -detect_leaks=0: LeakSanitizer reports the once-built default packs and some arrays decoded
# before a decoding error as leaked at exit (an open item of Tests/Fuzz/README.md); crashes,
# memory errors, hangs and the message checks stay findings.
# ASAN_OPTIONS too: libFuzzer's -detect_leaks=0 only stops leak checks while fuzzing, and
# AddressSanitizer would still report the same objects when the process exits.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
  "$fuzz/.build/$configuration/fuzz-$target" "$corpus" "$seeds" -max_total_time="$seconds" \
  -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
  -artifact_prefix="$fuzz/artifacts/$target-" "$@" >"$log" 2>&1 || status=$?
grep -E "^(==|SUMMARY|.*(ERROR|Fatal error|deadly signal))" "$log" | head -n 20 || true
runs=$(grep -Eo "stat::number_of_executed_units: *[0-9]+" "$log" | grep -Eo "[0-9]+$" || echo "?")
echo "fuzz-$target: $runs executions in ${seconds} s, exit status $status"
exit "$status"
