#!/usr/bin/env bash
# Formats every Swift file in place with the repository's .swift-format, then lints strictly: the
# script exits non-zero if anything is left that formatting cannot fix (a force unwrap, a missing doc
# comment, …). CI runs the lint step alone.
#
#   Scripts/format.sh
set -euo pipefail

cd "$(dirname "$0")/.."
paths=(Sources Tests Examples Benchmarks Package.swift)

swift-format format --in-place --recursive "${paths[@]}"
swift-format lint --strict --recursive "${paths[@]}"
