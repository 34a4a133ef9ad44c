#!/usr/bin/env python3
"""Independent numpy implementation of context-adjusted results (issue 19).

For a region (schools.csv, values.csv[, benchmarks.csv] as make-region writes them) and a year, with
cohort `all`, it computes per school the `krasnoyarsk` results composite (`index.krasnoyarsk.results`)
and the social wellbeing index ИСБ (`index.social_wellbeing`), fits results on context by ordinary
least squares and writes, per school, the expected result, the residual, its z, the band and the
resilient flag, and the report-level model — in the shape of `identify-schools --format json`, so
that `compare_context.py` can check the library's report against it number by number.

It was written from the text of issue 19 ("Semantics (exact)") and Guides/Semantics.md, not from the
Swift code. Loading reuses `krasnoyarsk_peer.py` (pandas, itself independent of the Swift code); the
indices and the fit are numpy.

    python3 context_peer.py --schools S.csv --values V.csv [--benchmarks B.csv] [--year Y]
        [--k 1.0] [--context-share 0.25] [--results-share 0.25] [--collect] --out OUT.json

The benchmarks file is accepted for symmetry with identify-schools and not used: neither index
reads a benchmark. Exit status: 0 on success, 1 on a data error, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

RESULTS_INDEX = "index.krasnoyarsk.results"
CONTEXT_INDEX = "index.social_wellbeing"
WINDOW = 3
RESULT_METRICS = [
    "ege.russian.mean_score",
    "ege.math_profile.mean_score",
    "oge.russian.mean_mark",
    "oge.math.mean_mark",
    "vpr.russian.mean_mark",
    "vpr.math.mean_mark",
]
# ИСБ: (metric, direction); "−" enters as −z.
ISB = [
    ("social.low_ses_family_percent", -1),
    ("social.deviant_behaviour_percent", -1),
    ("social.low_motivation_percent", -1),
    ("social.weak_russian_percent", -1),
    ("context.distance_to_center_km", -1),
    ("context.enrollment", +1),
]
MIN_SCHOOLS = 10  # fewer fitted schools: every school insufficient (issue 19, step 1)
ABOVE, AS, BELOW = "above_expected", "as_expected", "below_expected"


# --------------------------------------------------------------------------
# Indices (Guides/Semantics.md: z per metric and year over the cohort, population SD, SD 0 → z 0;
# composite = mean of the available z cells, evaluable with at least half of them)
# --------------------------------------------------------------------------


def zscores(v: np.ndarray) -> np.ndarray:
    """z of one column over the schools that have a value (NaN elsewhere); all equal → 0."""
    have = ~np.isnan(v)
    z = np.full(v.shape, np.nan)
    if not have.any():
        return z
    x = v[have]
    if x.max() == x.min():
        z[have] = 0.0
        return z
    mean = x.sum() / x.size
    sd = math.sqrt(((x - mean) ** 2).sum() / x.size)
    z[have] = (x - mean) / sd
    return z


def composite(cells: list[np.ndarray]) -> np.ndarray:
    """Mean of the available z cells of each school; NaN unless at least half are available."""
    z = np.column_stack(cells)
    count = (~np.isnan(z)).sum(axis=1)
    total = np.where(np.isnan(z), 0.0, z).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count * 2 >= z.shape[1], total / np.maximum(count, 1), np.nan)


def indices(columns: dict[tuple[str, int], np.ndarray], year: int) -> tuple[np.ndarray, np.ndarray]:
    """(results, context) per school: `columns[(metric, year)]` is that metric's values in school order
    (NaN missing; a key that is absent is missing for every school)."""
    n = len(next(iter(columns.values()))) if columns else 0
    empty = np.full(n, np.nan)
    window = range(year - WINDOW + 1, year + 1)
    results = composite([zscores(columns.get((m, y), empty)) for m in RESULT_METRICS for y in window])
    context = composite([sign * zscores(columns.get((m, year), empty)) for m, sign in ISB])
    return results, context


# --------------------------------------------------------------------------
# The model (issue 19, "Semantics (exact)")
# --------------------------------------------------------------------------


def rank_cutoff(values: np.ndarray, share: float, highest: bool) -> float:
    """The ⌈share·n⌉-th lowest (or highest) value; the rank is kept within 1…n."""
    k = min(max(math.ceil(share * values.size), 1), values.size)
    ordered = np.sort(values)
    return float(ordered[values.size - k] if highest else ordered[k - 1])


def fit(results: np.ndarray, context: np.ndarray, k: float = 1.0, context_share: float = 0.25,
        results_share: float = 0.25) -> tuple[dict, dict]:
    """The report-level model and the per-school arrays.

    `results` and `context` are per school (NaN where undefined). Returns (model, per) where model has
    n, intercept, slope, r2, residual_sd, context_cutoff, results_cutoff and reason (None or
    "too_few_schools", the numbers then None), and per has `fitted` (bool), expected, residual,
    residual_z (NaN where not fitted), band (str or None) and resilient (bool or None).
    """
    y_all = np.asarray(results, dtype="float64")
    x_all = np.asarray(context, dtype="float64")
    fitted = ~np.isnan(y_all) & ~np.isnan(x_all)
    n = int(fitted.sum())
    size = y_all.size
    per = {
        "fitted": fitted,
        "expected": np.full(size, np.nan),
        "residual": np.full(size, np.nan),
        "residual_z": np.full(size, np.nan),
        "band": np.full(size, None, dtype=object),
        "resilient": np.full(size, None, dtype=object),
    }
    model = {"n": n, "intercept": None, "slope": None, "r2": None, "residual_sd": None,
             "context_cutoff": None, "results_cutoff": None,
             "parameters": {"k": k, "context_share": context_share, "results_share": results_share},
             "reason": None}
    if n < MIN_SCHOOLS:
        model["reason"] = "too_few_schools"
        per["fitted"] = np.zeros(size, dtype=bool)
        return model, per

    y = y_all[fitted]
    x = x_all[fitted]
    x_mean = x.sum() / n
    y_mean = y.sum() / n
    if x.max() == x.min():
        slope = 0.0  # all x equal
    else:
        dx = x - x_mean
        slope = float((dx * (y - y_mean)).sum() / (dx * dx).sum())
    intercept = float(y_mean - slope * x_mean)
    expected = intercept + slope * x
    residual = y - expected
    s = math.sqrt((residual * residual).sum() / n)
    residual_z = residual / s if s != 0 else np.zeros(n)
    sst = float(((y - y_mean) ** 2).sum())
    r2 = 1.0 - float((residual * residual).sum()) / sst if sst != 0 else 0.0
    band = np.where(residual_z >= k, ABOVE, np.where(residual_z <= -k, BELOW, AS)).astype(object)
    context_cutoff = rank_cutoff(x, context_share, highest=False)
    results_cutoff = rank_cutoff(y, results_share, highest=True)
    resilient = (x <= context_cutoff) & (y >= results_cutoff)

    per["expected"][fitted] = expected
    per["residual"][fitted] = residual
    per["residual_z"][fitted] = residual_z
    per["band"][fitted] = band
    per["resilient"][fitted] = resilient.astype(object)
    model.update(intercept=intercept, slope=slope, r2=r2, residual_sd=s,
                 context_cutoff=context_cutoff, results_cutoff=results_cutoff)
    return model, per


def reasons(results: np.ndarray, context: np.ndarray, model: dict) -> list[str | None]:
    """Why a school has no context-adjusted values (None when it has them). Suppression is the
    library's (small groups) and is not predicted here: compare_context.py accepts it where the peer
    has both values."""
    out: list[str | None] = []
    few = model["reason"] == "too_few_schools"
    for y, x in zip(np.isnan(results), np.isnan(context)):
        if y and x:
            out.append("no_values")
        elif y:
            out.append("no_results_value")
        elif x:
            out.append("no_context_value")
        else:
            out.append("too_few_schools" if few else None)
    return out


# --------------------------------------------------------------------------
# Loading and the year
# --------------------------------------------------------------------------


def default_year(values_years: np.ndarray, school_rows: np.ndarray, has_value: np.ndarray, schools: int) -> int:
    """The latest year in which at least half of the schools have at least one value; when none
    reaches half, the year with the most schools (the latest of equals)."""
    counts: dict[int, int] = {}
    for year in np.unique(values_years[has_value]):
        counts[int(year)] = int(np.unique(school_rows[has_value & (values_years == year)]).size)
    if not counts:
        raise ValueError("no values, cannot choose a year")
    half = [y for y, c in counts.items() if c * 2 >= schools]
    if half:
        return max(half)
    most = max(counts.values())
    return max(y for y, c in counts.items() if c == most)


def load(schools_path: str, values_paths: list[str], collect: bool = False):
    """(ids, columns, years, positions, has_value): school ids in id order, and the values as
    {(metric, year): array in school order}."""
    import pandas as pd  # only for loading, through the krasnoyarsk peer's readers

    import krasnoyarsk_peer as kp

    rej = kp.Rejections(collect=collect)
    schools = kp.load_schools(schools_path, rej)
    frames = [kp.load_values(p, schools.index, rej) for p in values_paths]
    values = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    ids = schools.index.to_numpy()
    position = pd.Series(np.arange(len(ids)), index=schools.index)
    rows = position.reindex(values["school_id"]).to_numpy()
    years = values["year"].to_numpy()
    metrics = [m for m in kp.ALL_METRICS]
    data = values[metrics].to_numpy(dtype="float64")
    has_value = ~np.isnan(data).all(axis=1)
    columns: dict[tuple[str, int], np.ndarray] = {}
    for year in np.unique(years):
        in_year = years == year
        for j, m in enumerate(metrics):
            col = np.full(len(ids), np.nan)
            col[rows[in_year]] = data[in_year, j]
            columns[(m, int(year))] = col
    return ids, columns, years, rows, has_value


# --------------------------------------------------------------------------
# Output: the library's shape
# --------------------------------------------------------------------------


def number(v) -> float | None:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def report(ids, year: int, results, context, model: dict, per: dict) -> dict:
    why = reasons(results, context, model)
    schools = []
    for i, sid in enumerate(ids):
        entry: dict = {"id": str(sid)}
        if why[i] is None:
            entry["context_adjusted"] = {
                "results": float(results[i]), "context": float(context[i]),
                "expected": float(per["expected"][i]), "residual": float(per["residual"][i]),
                "residual_z": float(per["residual_z"][i]), "band": per["band"][i],
                "resilient": bool(per["resilient"][i]),
            }
        else:
            entry["context_adjusted"] = None
            entry["context_adjusted_reason"] = why[i]
            # The values the peer has, for checking the library's reasons.
            entry["peer_values"] = {"results": number(float(results[i])), "context": number(float(context[i]))}
        schools.append(entry)
    return {
        "schema": "qualitykit.context-peer/1",
        "year": int(year),
        "cohort": "all",
        "context_model": {"results_index": RESULTS_INDEX, "context_index": CONTEXT_INDEX, **model},
        "schools": schools,
    }


def run(schools_path: str, values_paths: list[str], year: int | None = None, k: float = 1.0,
        context_share: float = 0.25, results_share: float = 0.25, collect: bool = False) -> dict:
    ids, columns, years, rows, has_value = load(schools_path, values_paths, collect)
    if year is None:
        year = default_year(years, rows, has_value, len(ids))
    results, context = indices(columns, year)
    model, per = fit(results, context, k, context_share, results_share)
    return report(ids, year, results, context, model, per)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schools", required=True)
    ap.add_argument("--values", required=True, action="append")
    ap.add_argument("--benchmarks", help="accepted and not used: neither index reads a benchmark")
    ap.add_argument("--year", type=int)
    ap.add_argument("--k", type=float, default=1.0)
    ap.add_argument("--context-share", type=float, default=0.25)
    ap.add_argument("--results-share", type=float, default=0.25)
    ap.add_argument("--collect", action="store_true")
    ap.add_argument("--out", required=True, help="output JSON file ('-' for stdout)")
    args = ap.parse_args(argv)
    import krasnoyarsk_peer as kp

    try:
        doc = run(args.schools, args.values, args.year, args.k, args.context_share, args.results_share,
                  args.collect)
    except (kp.DataError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = json.dumps(doc, ensure_ascii=False, allow_nan=False)
    if args.out == "-":
        sys.stdout.write(text + "\n")
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
