#!/usr/bin/env bash
# Lets LibreOffice recompute libreoffice-source.xlsx (written by make-openpyxl.py, with formulas
# openpyxl saves without values) and save it as libreoffice-sample.xlsx — formulas with cached
# values, LibreOffice's own shared strings and styles — and as libreoffice-sample.ods (an .ods
# fixture, which must be refused with a sentence).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" \
  "$here/libreoffice-source.xlsx" >/dev/null
mv "$out/libreoffice-source.xlsx" "$here/libreoffice-sample.xlsx"
soffice --headless --calc --convert-to ods --outdir "$out" "$here/libreoffice-source.xlsx" \
  >/dev/null
mv "$out/libreoffice-source.ods" "$here/libreoffice-sample.ods"
