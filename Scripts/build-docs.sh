#!/usr/bin/env bash
# Builds the DocC documentation of QualityKit and QualityRules with the toolchain's own `docc`, without
# the swift-docc-plugin (STYLE.md §6.3, route b), and fails on any documentation warning.
#
#   Scripts/build-docs.sh
#
# Output (git-ignored):
#   docs-out/QualityKit.doccarchive     docs-out/QualityRules.doccarchive     docs-out/Combined.doccarchive
#
# QualityRules links to QualityKit symbols with absolute links (``/QualityKit/RulePack``), which resolve
# against the QualityKit archive passed with --dependency.
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
out="$root/docs-out"
modules=(QualityKit QualityRules)

# dump-symbol-graph also extracts the test modules, so they must be built first.
swift build --build-tests
swift package dump-symbol-graph --minimum-access-level public --emit-extension-block-symbols
symbol_graphs="$(swift build --show-bin-path)/../symbolgraph"

rm -rf "$out"
mkdir -p "$out"  # docc needs the parent of --output-path to exist
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for module in "${modules[@]}"; do
  graphs="$work/$module"
  mkdir -p "$graphs"
  cp "$symbol_graphs/$module.symbols.json" "$graphs/"
  # Extensions this module adds to other modules' types, if any (e.g. QualityKit@Swift).
  cp "$symbol_graphs/$module"@*.symbols.json "$graphs/" 2>/dev/null || true

  dependencies=()
  if [[ "$module" == QualityRules ]]; then
    dependencies=(--dependency "$out/QualityKit.doccarchive")
  fi

  echo "docc convert $module"
  docc convert "Sources/$module/Documentation.docc" \
    --additional-symbol-graph-dir "$graphs" \
    --output-path "$out/$module.doccarchive" \
    --fallback-display-name "$module" \
    --fallback-bundle-identifier "org.qualitykit.$module" \
    --enable-experimental-external-link-support \
    ${dependencies[@]+"${dependencies[@]}"} \
    --warnings-as-errors
done

docc merge "$out/QualityKit.doccarchive" "$out/QualityRules.doccarchive" \
  --synthesized-landing-page-name QualityKit \
  --output-path "$out/Combined.doccarchive"

echo "Documentation written to ${out#"$root"/}/"
