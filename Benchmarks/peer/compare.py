#!/usr/bin/env python3
"""Compare two identification reports (schema qualitykit.identification/1).

    python3 compare.py A.json B.json

Mismatches (exit status 1): a different year, a school present in only one
file, a different set of categories for a school, a finding present in only
one file, or a different status for a (school, criterion). Numeric fields
(value, threshold, reference) that differ by more than 1e-6, or are null in
one file only, are warnings: they do not change the exit status, because
the two implementations may legitimately report evidence differently while
agreeing on every decision. A finding marked "suppressed": true in either
file (small-cell suppression, DESIGN §9) has its numbers withheld and is
not compared numerically. Explanations are compared as text where both
files have one (the peer's --no-explanations mode writes empty ones): a
different sentence is a mismatch.

Exit status: 0 when there is no mismatch, 1 otherwise, 2 on unreadable input.
"""

from __future__ import annotations

import json
import sys

TOLERANCE = 1e-6
# Both files round to 6 decimals; a value on a rounding boundary may be
# rounded in different directions, hence the small slack.
SLACK = 1e-9
SHOWN = 20
NUMERIC = ("value", "threshold", "reference")


def load(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        sys.exit(2)
    if not isinstance(doc, dict) or not isinstance(doc.get("schools"), list):
        print(f"error: {path}: not an identification report (no 'schools' list)", file=sys.stderr)
        sys.exit(2)
    return doc


def index(doc: dict) -> dict[str, dict]:
    return {str(s["id"]): s for s in doc["schools"]}


def numbers_differ(a, b) -> bool:
    if a is None or b is None:
        return (a is None) != (b is None)
    return abs(float(a) - float(b)) > TOLERANCE + SLACK


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python3 compare.py A.json B.json", file=sys.stderr)
        return 2
    path_a, path_b = argv
    doc_a, doc_b = load(path_a), load(path_b)
    a, b = index(doc_a), index(doc_b)

    mismatches: list[str] = []
    warnings: list[str] = []

    if doc_a.get("year") != doc_b.get("year"):
        mismatches.append(f"year: {doc_a.get('year')} vs {doc_b.get('year')}")

    for sid in sorted(a.keys() - b.keys()):
        mismatches.append(f"{sid}: only in A")
    for sid in sorted(b.keys() - a.keys()):
        mismatches.append(f"{sid}: only in B")

    findings_compared = 0
    suppressed = 0
    explained = 0
    for sid in sorted(a.keys() & b.keys()):
        sa, sb = a[sid], b[sid]
        ca, cb = set(sa.get("categories", [])), set(sb.get("categories", []))
        if ca != cb:
            mismatches.append(f"{sid}: categories {sorted(ca)} vs {sorted(cb)}")
        fa = {f["criterion"]: f for f in sa.get("findings", [])}
        fb = {f["criterion"]: f for f in sb.get("findings", [])}
        for crit in sorted(fa.keys() - fb.keys()):
            mismatches.append(f"{sid} {crit}: finding only in A")
        for crit in sorted(fb.keys() - fa.keys()):
            mismatches.append(f"{sid} {crit}: finding only in B")
        for crit in sorted(fa.keys() & fb.keys()):
            findings_compared += 1
            x, y = fa[crit], fb[crit]
            if x.get("status") != y.get("status"):
                mismatches.append(
                    f"{sid} {crit}: status {x.get('status')} vs {y.get('status')}"
                    f" (value {x.get('value')} vs {y.get('value')},"
                    f" threshold {x.get('threshold')} vs {y.get('threshold')})"
                )
            ex, ey = x.get("explanation") or "", y.get("explanation") or ""
            if ex and ey:
                explained += 1
                if ex != ey:
                    mismatches.append(f"{sid} {crit}: explanation\n    {ex}\n    {ey}")
            if x.get("suppressed") or y.get("suppressed"):
                suppressed += 1
                continue
            for key in NUMERIC:
                if numbers_differ(x.get(key), y.get(key)):
                    warnings.append(f"{sid} {crit}: {key} {x.get(key)} vs {y.get(key)}")

    print(f"A: {path_a}\nB: {path_b}")
    print(f"schools: {len(a)} in A, {len(b)} in B, {len(a.keys() & b.keys())} in both; "
          f"findings compared: {findings_compared} ({suppressed} suppressed, numbers not compared; "
          f"{explained} explanations compared as text)")
    print(f"mismatches: {len(mismatches)}")
    for line in mismatches[:SHOWN]:
        print(f"  {line}")
    if len(mismatches) > SHOWN:
        print(f"  … and {len(mismatches) - SHOWN} more")
    print(f"numeric warnings (|Δ| > {TOLERANCE:g} or null in one file only): {len(warnings)}")
    for line in warnings[:SHOWN]:
        print(f"  {line}")
    if len(warnings) > SHOWN:
        print(f"  … and {len(warnings) - SHOWN} more")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
