#!/usr/bin/env python3
"""Check the library's context-adjusted results against the numpy peer's (issue 19).

    python3 compare_context.py LIBRARY.json PEER.json [--tolerance 1e-9]

LIBRARY.json is `identify-schools --format json` (qualitykit.identification/1) with a report-level
"context_model" and a "context_adjusted" value per school; PEER.json is `context_peer.py --out`.

Mismatches (exit status 1):
- a different year, or a school in one file only;
- the model: a different results or context index, n, reason or parameter, or a number (intercept,
  slope, r2, residual_sd, context_cutoff, results_cutoff) off by more than the tolerance, or null in
  one file only;
- a school: context-adjusted values in one file only (except the library's "suppressed", which is
  accepted exactly where the peer has both values), a number (results, context, expected, residual,
  residual_z) off by more than the tolerance, any band or resilient flag that differs, or a
  different reason for having none.

Numbers agree when |a − b| ≤ tolerance · max(1, |a|, |b|): absolute for the indices and residuals,
relative for large numbers. Reasons: a school with neither value is "no_values" in the peer; the
library may also name the first missing one ("no_results_value" or "no_context_value"). When the
model has too few schools, a school missing a value may be "too_few_schools" in the library too.

It also checks the peer's two indices against the values the library's lowest-share findings print
(6 decimals), which needs no context_model.

Exit status: 0 when everything agrees, 1 on a mismatch, 2 on unreadable input or a library report
without "context_model".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

MODEL_NUMBERS = ("intercept", "slope", "r2", "residual_sd", "context_cutoff", "results_cutoff")
SCHOOL_NUMBERS = ("results", "context", "expected", "residual", "residual_z")
PARAMETERS = ("k", "context_share", "results_share")
SHOWN = 20
MISSING_REASONS = {"no_values", "no_results_value", "no_context_value"}


class Unreadable(Exception):
    pass


def load(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as exc:
        raise Unreadable(f"{path}: {exc}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("schools"), list):
        raise Unreadable(f"{path}: not a report (no 'schools' list)")
    return doc


def close(a, b, tolerance: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def accepted_reason(library: str | None, peer: str, too_few: bool) -> bool:
    if library == peer:
        return True
    if peer == "no_values" and library in MISSING_REASONS:
        return True
    return too_few and peer in MISSING_REASONS and library == "too_few_schools"


def compare(lib: dict, peer: dict, tolerance: float = 1e-9) -> dict:
    """Every check; returns a summary with the list of mismatches."""
    if "context_model" not in lib:
        raise Unreadable("the library's report has no 'context_model' (is the feature in this build?)")
    mismatches: list[str] = []
    diffs: Counter = Counter()  # the largest |Δ| per field

    def number(where: str, field: str, a, b) -> None:
        if a is not None and b is not None:
            diffs[field] = max(diffs[field], abs(float(a) - float(b)))
        if not close(a, b, tolerance):
            mismatches.append(f"{where}: {field} {a!r} (library) vs {b!r} (peer)")

    if lib.get("year") != peer.get("year"):
        mismatches.append(f"year: {lib.get('year')} (library) vs {peer.get('year')} (peer)")

    lm, pm = lib["context_model"], peer["context_model"]
    if lm is None:
        mismatches.append("context_model: null in the library (no pack declares a results/context pair)")
        lm = {}
    for key in ("results_index", "context_index", "n", "reason"):
        if lm.get(key) != pm.get(key):
            mismatches.append(f"context_model: {key} {lm.get(key)!r} (library) vs {pm.get(key)!r} (peer)")
    for key in MODEL_NUMBERS:
        if key not in lm:
            mismatches.append(f"context_model: no {key} in the library's report")
        else:
            number("context_model", key, lm[key], pm[key])
    lp, pp = lm.get("parameters") or {}, pm["parameters"]
    for key in PARAMETERS:
        if not close(lp.get(key), pp.get(key), 0.0):
            mismatches.append(f"context_model: parameter {key} {lp.get(key)!r} (library) vs {pp.get(key)!r} (peer)")
    too_few = pm.get("reason") == "too_few_schools"

    a = {str(s["id"]): s for s in lib["schools"]}
    b = {str(s["id"]): s for s in peer["schools"]}
    for sid in sorted(a.keys() - b.keys()):
        mismatches.append(f"{sid}: only in the library")
    for sid in sorted(b.keys() - a.keys()):
        mismatches.append(f"{sid}: only in the peer")

    count = Counter()
    reasons = Counter()
    for sid in sorted(a.keys() & b.keys()):
        if "context_adjusted" not in a[sid]:
            mismatches.append(f"{sid}: no context_adjusted in the library")
            continue
        x, y = a[sid]["context_adjusted"], b[sid]["context_adjusted"]
        if x is None:
            why = a[sid].get("context_adjusted_reason")
            reasons[why] += 1
            if why == "suppressed":
                count["suppressed"] += 1
                if y is None:
                    mismatches.append(f"{sid}: suppressed in the library, but the peer has no values "
                                      f"({b[sid]['context_adjusted_reason']})")
                else:
                    count["fitted"] += 1
            elif y is not None:
                mismatches.append(f"{sid}: no values in the library ({why}), the peer has them")
            elif not accepted_reason(why, b[sid]["context_adjusted_reason"], too_few):
                mismatches.append(f"{sid}: reason {why!r} (library) vs {b[sid]['context_adjusted_reason']!r} (peer)")
            else:
                count["reasons_agree"] += 1
            continue
        if y is None:
            mismatches.append(f"{sid}: values in the library, none in the peer ({b[sid]['context_adjusted_reason']})")
            continue
        count["fitted"] += 1
        count["printed"] += 1
        for key in SCHOOL_NUMBERS:
            count["numbers"] += 1
            number(sid, key, x.get(key), y[key])
        if x.get("band") == y["band"]:
            count["bands_agree"] += 1
        else:
            mismatches.append(f"{sid}: band {x.get('band')!r} (library) vs {y['band']!r} (peer), "
                              f"residual_z {x.get('residual_z')!r} vs {y['residual_z']!r}")
        if x.get("resilient") is y["resilient"]:
            count["resilient_agree"] += 1
        else:
            mismatches.append(f"{sid}: resilient {x.get('resilient')!r} (library) vs {y['resilient']!r} (peer)")
        count["resilient"] += bool(y["resilient"])
        count[y["band"]] += 1
    if not too_few and pm["n"] != count["fitted"]:
        mismatches.append(f"the library prints or suppresses {count['fitted']} fitted schools, the peer fits {pm['n']}")
    return {
        "schools": len(a.keys() & b.keys()),
        "n": pm["n"],
        "printed": count["printed"],
        "suppressed": count["suppressed"],
        "numbers": count["numbers"] + len(MODEL_NUMBERS),
        "bands_agree": count["bands_agree"],
        "resilient_agree": count["resilient_agree"],
        "resilient": count["resilient"],
        "bands": {k: count[k] for k in ("above_expected", "as_expected", "below_expected")},
        "reasons": dict(reasons),
        "reasons_agree": count["reasons_agree"],
        "max_abs_diff": max(diffs.values(), default=0.0),
        "max_abs_diff_by_field": dict(diffs),
        "model_library": {k: lm.get(k) for k in ("n", "intercept", "slope", "r2", "residual_sd")},
        "mismatches": mismatches,
    }


def check_indices(lib: dict, peer: dict) -> dict:
    """The peer's two indices against the values the library's lowest-share findings report
    (`krasnoyarsk.results_lowest_quarter`, `krasnoyarsk.social_wellbeing_lowest_quarter`), printed to
    6 decimals: they must agree within 5e-7, and a finding is insufficient_data exactly where the peer
    has no value. Works on any krasnoyarsk report, with or without context_model."""
    criteria = {"results": "krasnoyarsk.results_lowest_quarter",
                "context": "krasnoyarsk.social_wellbeing_lowest_quarter"}
    peer_by_id = {str(s["id"]): s for s in peer["schools"]}
    compared, hidden, largest, wrong = 0, 0, 0.0, []
    for school in lib["schools"]:
        mine = peer_by_id.get(str(school["id"]))
        if mine is None:
            continue
        values = mine["context_adjusted"] or mine["peer_values"]
        found = {f["criterion"]: f for f in school.get("findings", [])}
        for key, criterion in criteria.items():
            f = found.get(criterion)
            if f is None:
                continue
            if (f["status"] == "insufficient_data") != (values[key] is None):
                wrong.append(f"{school['id']}: {criterion} {f['status']}, peer {key} {values[key]!r}")
            elif f["value"] is None:
                hidden += f["status"] != "insufficient_data"  # suppressed
            else:
                compared += 1
                largest = max(largest, abs(f["value"] - values[key]))
                if abs(f["value"] - values[key]) > 5e-7 + 1e-12:
                    wrong.append(f"{school['id']}: {criterion} {f['value']!r} vs peer {key} {values[key]!r}")
    return {"compared": compared, "hidden": hidden, "max_abs_diff": largest, "mismatches": wrong}


def print_indices(s: dict) -> None:
    print(f"indices vs the library's findings (6 decimals): {s['compared']} values compared, "
          f"{s['hidden']} suppressed, max |Δ| {s['max_abs_diff']:.3g}; mismatches: {len(s['mismatches'])}")
    for line in s["mismatches"][:SHOWN]:
        print(f"  {line}")


def print_summary(s: dict, lib_path: str, peer_path: str) -> None:
    print(f"library: {lib_path}\npeer:    {peer_path}")
    print(f"schools: {s['schools']}; fitted n = {s['n']} ({s['printed']} printed, {s['suppressed']} suppressed); "
          f"resilient {s['resilient']}; bands {s['bands']}")
    print(f"numbers compared: {s['numbers']}; max |Δ| {s['max_abs_diff']:.3g} "
          + ", ".join(f"{k} {v:.3g}" for k, v in sorted(s["max_abs_diff_by_field"].items())))
    print(f"bands agree: {s['bands_agree']}/{s['printed']}; resilient flags agree: "
          f"{s['resilient_agree']}/{s['printed']}; reasons agree: {s['reasons_agree']} {s['reasons']}")
    print(f"mismatches: {len(s['mismatches'])}")
    for line in s["mismatches"][:SHOWN]:
        print(f"  {line}")
    if len(s["mismatches"]) > SHOWN:
        print(f"  … and {len(s['mismatches']) - SHOWN} more")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("library")
    ap.add_argument("peer")
    ap.add_argument("--tolerance", type=float, default=1e-9)
    args = ap.parse_args(argv)
    try:
        lib, peer = load(args.library), load(args.peer)
    except Unreadable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    indices = check_indices(lib, peer)
    print_indices(indices)
    try:
        summary = compare(lib, peer, args.tolerance)
    except Unreadable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_summary(summary, args.library, args.peer)
    return 1 if summary["mismatches"] or indices["mismatches"] else 0


if __name__ == "__main__":
    sys.exit(main())
