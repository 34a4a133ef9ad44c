#!/usr/bin/env bash
# Renders the HTML documents of the three tools in a real browser, as an analyst would open and
# print them: headless Chromium draws each to a PNG screenshot and to an A4 PDF. Fails when the
# browser fails, when a page comes out empty, or when a document that must have charts has none.
#
#   Scripts/check-html.sh [OUTDIR]            # default OUTDIR: a fresh temporary directory
#   Scripts/check-html.sh --screenshots       # also refresh the README's PNGs in Guides/Images/
#
# The documents: identify-schools, track-indicators and plan-support on the bundled sample, the rule
# book (`--describe`), and identify-schools on a generated 3,000-school region. Installs the Debian
# package `chromium` when it is missing. Builds the tools (debug) if needed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

screenshots=false
out=""
for argument in "$@"; do
  case $argument in
    --screenshots) screenshots=true ;;
    *) out=$argument ;;
  esac
done
out=${out:-$(mktemp -d)}
mkdir -p "$out"

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
  echo "== installing chromium"
  if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

swift build >/dev/null
bin=$(swift build --show-bin-path)

region="$out/region"
"$bin/make-region" "$region" --schools 3000 --seed 1 >/dev/null

# Fixed so that the screenshots do not change from day to day.
export SOURCE_DATE_EPOCH=1655251200

# document NAME MIN_CHARTS PRINT TOOL ARGS…: writes OUTDIR/NAME.html; PRINT says whether to print
# it to PDF too (all do: the region's 4.7 MB document prints in about 35 s on an idle machine).
document() {
  local name=$1 charts=$2 print=$3 tool=$4
  shift 4
  "$bin/$tool" "$@" --format html --out "$out/$name.html"
  echo "$name $charts $print" >>"$out/documents.txt"
}
: >"$out/documents.txt"
document identification 3 yes identify-schools
document rulebook 0 yes identify-schools --describe --pack krasnoyarsk,amur,khabarovsk,krasnodar
document indicators 1 yes track-indicators
document support 1 yes plan-support
document region 3 yes identify-schools --schools "$region/schools.csv" --values "$region/values.csv" \
  --benchmarks "$region/benchmarks.csv" --pack krasnoyarsk,amur,khabarovsk,krasnodar

failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=1
}

# pages FILE: the number of pages of a PDF (Chromium writes its page objects uncompressed).
pages() {
  python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page[^s]", open(sys.argv[1], "rb").read())))' "$1"
}

while read -r name charts print; do
  html="$out/$name.html"
  size=$(wc -c <"$html")
  figures=$(grep -o "<svg" "$html" | wc -l || true)
  if grep -qi "<script" "$html"; then fail "$name: has a script"; fi
  if grep -o 'https\?://[^"]*' "$html" | grep -qv "^http://www.w3.org/"; then
    fail "$name: points outside the file"
  fi
  if ((figures < charts)); then fail "$name: $figures charts, expected at least $charts"; fi
  if ! "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$out/$name.png" --window-size=1280,1800 "file://$html" \
    >"$out/$name.browser.log" 2>&1; then
    fail "$name: the browser failed to draw it (see $out/$name.browser.log)"
  fi
  count="not printed"
  if [[ $print == yes ]]; then
    if ! "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$out/$name.pdf" "file://$html" >>"$out/$name.browser.log" 2>&1; then
      fail "$name: the browser failed to print it (see $out/$name.browser.log)"
    fi
    count=$(pages "$out/$name.pdf" 2>/dev/null || echo 0)
    if ((count < 1)); then fail "$name: the PDF has no pages"; fi
    count="$count PDF pages"
  fi
  # An empty page is a uniform PNG, which compresses to a few kilobytes at this size.
  png=$(wc -c <"$out/$name.png" 2>/dev/null || echo 0)
  if ((png < 20000)); then fail "$name: the screenshot is empty ($png bytes)"; fi
  echo "$name: $size bytes, $figures charts, $count, screenshot $png bytes"
done <"$out/documents.txt"

if $screenshots && ((failed == 0)); then
  mkdir -p Guides/Images
  for name in identification indicators support rulebook; do
    cp "$out/$name.png" "Guides/Images/html-$name.png"
  done
  echo "screenshots refreshed in Guides/Images/"
fi

echo "documents, screenshots and PDFs in $out"
exit $failed
