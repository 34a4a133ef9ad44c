#!/usr/bin/env python3
"""Independent pandas implementation of the `krasnoyarsk` identification pack.

It serves two purposes: a performance peer for QualityKit's benchmarks (an
idiomatic, vectorised pandas program as an analyst would write it) and an
independent cross-check of the Swift library's results. It was written from
the prose of the project's design notes only (now Guides/Semantics.md,
Guides/KrasnoyarskPack.md, Guides/CSVFormats.md, Guides/ReportFormat.md and
Guides/Metrics.md in this repository), without reading the Swift sources.

    python3 krasnoyarsk_peer.py --schools S.csv --values V.csv [--benchmarks B.csv]
        [--year Y] [--cohort all|municipality] [--collect] --out OUT.json

Exit status: 0 on success, 1 on a data error, 2 on a usage error (argparse).
Strict by default: the first rejected cell (not a number, out of its unit's
range, unknown school, duplicate) is an error; --collect lists them all as
report issues and treats them as missing.
"""

from __future__ import annotations

import argparse
import io
import json
import sys

import numpy as np
import pandas as pd

# --------------------------------------------------------------------------
# The pack (DESIGN §5, METRICS.md). Order of CRITERIA is the output order.
# --------------------------------------------------------------------------

WINDOW = 3
SHARE = 0.25  # lowest-share parameter of the four quantile criteria

RESULT_METRICS = [
    "ege.russian.mean_score",
    "ege.math_profile.mean_score",
    "oge.russian.mean_mark",
    "oge.math.mean_mark",
    "vpr.russian.mean_mark",
    "vpr.math.mean_mark",
]
REGION_GAP_METRICS = ["ege.russian.mean_score", "ege.math_profile.mean_score"]

# (metric, direction) pairs; every index has equal weights.
ISB = [
    ("social.low_ses_family_percent", -1),
    ("social.deviant_behaviour_percent", -1),
    ("social.low_motivation_percent", -1),
    ("social.weak_russian_percent", -1),
    ("context.distance_to_center_km", -1),
    ("context.enrollment", +1),
]
STAFFING = [
    ("staff.category_confirmed_3y_percent", +1),
    ("staff.load_over_1_5_percent", -1),
    ("staff.competition_3y_percent", +1),
    ("staff.non_profile_percent", -1),
]
EDUCATIONAL = [("resources.recent_textbooks_percent", +1)]

P = "krasnoyarsk."
RESULTS_LQ = P + "results_lowest_quarter"
SUPPORTING = [
    P + "continuation_below_60",
    P + "gap_to_region_over_20",
    P + "olympiad_at_most_0_5",
    P + "satisfaction_at_most_40",
    P + "quality_gap_over_10",
    P + "success_gap_over_5",
]
INDEX_CRITERIA = [
    P + "social_wellbeing_lowest_quarter",
    P + "staffing_potential_lowest_quarter",
    P + "educational_potential_lowest_quarter",
]
CRITERIA = [RESULTS_LQ, *SUPPORTING, *INDEX_CRITERIA]
MIN_SUPPORTING = 1  # krasnoyarsk.low_results.min_supporting

ALL_METRICS = list(
    dict.fromkeys(
        RESULT_METRICS
        + [
            "continuation.grade10_percent",
            "olympiad.participation_percent",
            "satisfaction.percent",
            "results.quality_percent",
            "results.success_percent",
        ]
        + [m for m, _ in ISB + STAFFING + EDUCATIONAL]
    )
)

MET, NOT_MET, INSUFFICIENT = "met", "not_met", "insufficient_data"

# Titles of the pack's metrics and indices as the explanations name them (Russian, the default).
TITLES = {
    RESULTS_LQ: "Сводный показатель результатов ЕГЭ, ОГЭ и ВПР за 3 года",
    "continuation.grade10_percent": "Доля выпускников 9 кл., продолживших обучение в 10 кл.",
    "ege.russian.mean_score": "Средний балл ЕГЭ по русскому языку",
    "ege.math_profile.mean_score": "Средний балл ЕГЭ по профильной математике",
    "olympiad.participation_percent":
        "Доля обучающихся — участников региональных и всероссийских олимпиад и конкурсов",
    "satisfaction.percent": "Удовлетворённость качеством услуг (независимая оценка качества)",
    "results.quality_percent": "Качество обученности (доля обучающихся на «4» и «5»)",
    "results.success_percent": "Успеваемость (стандарт обученности)",
    P + "social_wellbeing_lowest_quarter": "Индекс социального благополучия (ИСБ)",
    P + "staffing_potential_lowest_quarter": "Индекс качества кадрового потенциала",
    P + "educational_potential_lowest_quarter": "Индекс качества образовательного потенциала",
}
MIN_GROUP = 5  # small-cell suppression: values of schools with fewer students are not printed
SUPPRESSED = "Значения не выводятся: в школе менее 5 обучающихся."


class DataError(Exception):
    """A problem with the input files; reported on stderr with exit status 1."""


def parse_years(df, path):
    """The `year` column as integers; the first cell that is not a whole number is an error."""
    years = pd.to_numeric(df["year"], errors="coerce")
    bad = years.isna() | (years % 1 != 0)
    if bad.any():
        row = df.index[bad][0]
        raise DataError(f"{path}:{row + 2}:{column_number(df, 'year')}: not a year: {df['year'][row]!r}")
    return years.astype("int64")


def valid_range(metric: str) -> tuple[float, float]:
    """Valid range by unit (METRICS.md). METRICS.md states no range for the two context metrics
    (a count and km): like the library, accept any finite value there (the library keeps a negative
    enrolment and reports it as a warning; make-region never writes one)."""
    if metric.endswith("_percent") or metric.endswith(".mean_score"):
        return 0.0, 100.0
    if metric.endswith(".mean_mark"):
        return 2.0, 5.0
    return -np.inf, np.inf  # context.enrollment (count), context.distance_to_center_km


RANGES = {m: valid_range(m) for m in ALL_METRICS}


class Rejections:
    """Rejected input (DESIGN §7): strict by default, the first one is fatal;
    with --collect every rejected cell or row becomes a report issue and is
    treated as missing, nothing silently dropped."""

    def __init__(self, collect: bool):
        self.collect = collect
        self.issues: list[dict] = []

    def reject(self, path: str, rows: pd.Index, column: int | None, code: str, messages) -> None:
        # `rows` are read_csv row labels: line = label + 2 (line 1 is the
        # header), assuming one record per line, as the project's files have.
        for label, message in zip(rows, messages):
            line = int(label) + 2
            if not self.collect:
                where = f"{path}:{line}" + (f":{column}" if column else "")
                raise DataError(f"{where}: {message}")
            self.issues.append({"severity": "error", "code": code, "file": path, "line": line,
                                "column": column, "message": message})


# --------------------------------------------------------------------------
# Reading (DESIGN §7)
# --------------------------------------------------------------------------


def read_table(path: str, needed: list[str] | None = None) -> pd.DataFrame:
    """Read one of the project's CSV files.

    The delimiter is taken from the header line because the files come both
    from Russian Excel (';' + decimal comma + BOM) and from plain tools (',').
    `needed` restricts the numeric columns read: an analyst would not parse
    the ~30 metrics this pack never looks at. The full header is kept in
    df.attrs["header"] so that errors can name the column number.
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
    except OSError as exc:
        raise DataError(f"{path}: {exc.strerror}") from None
    counts = {d: header.count(d) for d in (";", "\t", ",")}
    sep = max(counts, key=counts.get)  # ties resolve to ';' first: dict order
    if counts[sep] == 0:
        raise DataError(f"{path}:1: no ';', ',' or tab delimiter in the header")
    columns = list(pd.read_csv(io.StringIO(header), sep=sep, nrows=0).columns)
    usecols = None
    if needed is not None:
        usecols = [c for c in columns if c in needed or c in ("school_id", "year", "scope", "metric")]
    df = pd.read_csv(
        path,
        sep=sep,
        decimal="," if sep != "," else ".",
        encoding="utf-8-sig",
        usecols=usecols,
        # Identifiers stay text ("007" is not 7); only an empty cell is missing
        # (pandas would otherwise treat "NA", "null", ... as missing too).
        dtype={"school_id": str, "scope": str, "metric": str, "name": str, "municipality": str},
        keep_default_na=False,
        na_values=[""],
    )
    df.attrs["header"] = columns
    return df


def column_number(df: pd.DataFrame, name: str) -> int | None:
    header = df.attrs.get("header", [])
    return header.index(name) + 1 if name in header else None


def clean_numeric(df: pd.DataFrame, col: str, path: str, rej: Rejections, lo, hi, metric=None) -> pd.Series:
    """One value column as float64, with bad cells rejected.

    read_csv with decimal=',' already parses the Excel case; a column that is
    still text mixes decimal points and commas (both accepted) or holds
    garbage. "NaN"/"inf" spelled out are bad input, not missing values (only
    an empty cell is missing). `lo`/`hi` (scalars, or Series for the long
    format, where the range depends on the row's metric) bound valid values.
    """
    s = df[col]
    column = column_number(df, col)
    if not pd.api.types.is_numeric_dtype(s):
        text = s.astype("string").str.strip()
        num = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
        bad = num.isna() & text.notna() & (text != "")
        if bad.any():
            rej.reject(path, s.index[bad], column, "invalid_number",
                       (f"column '{col}': not a number: {t!r}" for t in text[bad]))
        s = num
    s = s.astype("float64")
    bad = np.isinf(s)
    if bad.any():
        rej.reject(path, s.index[bad], column, "invalid_number",
                   (f"column '{col}': not a finite number" for _ in range(int(bad.sum()))))
        s = s.mask(bad)
    bad = (s < lo) | (s > hi)
    if bad.any():
        what = metric[bad] if isinstance(metric, pd.Series) else [col] * int(bad.sum())
        los = lo[bad] if isinstance(lo, pd.Series) else [lo] * int(bad.sum())
        his = hi[bad] if isinstance(hi, pd.Series) else [hi] * int(bad.sum())
        rej.reject(path, s.index[bad], column, "value_out_of_range",
                   (f"value {x:g} outside the valid range "
                    + (f"{a:g}–{b:g}" if np.isfinite(b) else f"≥ {a:g}") + f" for {m}"
                    for x, a, b, m in zip(s[bad], los, his, what)))
        s = s.mask(bad)
    return s


def reject_duplicates(df: pd.DataFrame, keys: list[str], path: str, rej: Rejections, what: str) -> pd.DataFrame:
    """Rows repeating `keys` are rejected; with --collect the first one is kept."""
    dup = df.duplicated(keys)
    if dup.any():
        rej.reject(path, df.index[dup], None, "duplicate",
                   (f"duplicate {what}: " + ", ".join(map(str, r)) for r in df.loc[dup, keys].itertuples(index=False)))
        df = df[~dup]
    return df


def require(df: pd.DataFrame, path: str, cols: tuple[str, ...]) -> None:
    for col in cols:
        if col not in df.columns:
            raise DataError(f"{path}:1: missing column '{col}'")


def load_schools(path: str, rej: Rejections) -> pd.DataFrame:
    df = read_table(path)
    require(df, path, ("school_id", "name", "municipality"))
    df["school_id"] = df["school_id"].str.strip()
    missing = df["school_id"].isna()
    if missing.any():
        rej.reject(path, df.index[missing], column_number(df, "school_id"), "missing_id",
                   ("empty school_id" for _ in range(int(missing.sum()))))
        df = df[~missing]
    df = reject_duplicates(df, ["school_id"], path, rej, "school")
    df["name"] = df["name"].fillna("")
    df["municipality"] = df["municipality"].fillna("")
    return df.set_index("school_id")[["name", "municipality"]].sort_index()


def load_values(path: str, schools: pd.Index, rej: Rejections) -> pd.DataFrame:
    """Values as one row per (school, year), one float column per pack metric.

    Accepts the wide format and, as a convenience, the long one
    (school_id;year;metric;value), which is pivoted to wide.
    """
    df = read_table(path, needed=ALL_METRICS + ["value"])
    require(df, path, ("school_id", "year"))
    df["school_id"] = df["school_id"].str.strip()
    df["year"] = parse_years(df, path)
    unknown = ~df["school_id"].isin(schools)
    if unknown.any():
        rej.reject(path, df.index[unknown], column_number(df, "school_id"), "unknown_school",
                   (f"unknown school '{s}'" for s in df.loc[unknown, "school_id"]))
        df = df[~unknown]

    if {"metric", "value"} <= set(df.columns):
        df = df[df["metric"].isin(ALL_METRICS)].copy()
        lo = df["metric"].map({m: r[0] for m, r in RANGES.items()})
        hi = df["metric"].map({m: r[1] for m, r in RANGES.items()})
        df["value"] = clean_numeric(df, "value", path, rej, lo, hi, metric=df["metric"])
        df = reject_duplicates(df, ["school_id", "year", "metric"], path, rej, "value")
        df = df.pivot(index=["school_id", "year"], columns="metric", values="value").reset_index()
        df.columns.name = None
    else:
        for m in ALL_METRICS:
            if m in df.columns:
                df[m] = clean_numeric(df, m, path, rej, *RANGES[m])
        df = reject_duplicates(df, ["school_id", "year"], path, rej, "row for school and year")
    # A metric absent from the file is simply missing everywhere.
    for m in ALL_METRICS:
        if m not in df.columns:
            df[m] = np.nan
    return df[["school_id", "year", *ALL_METRICS]]


def load_benchmarks(path: str | None, rej: Rejections) -> pd.Series:
    """Benchmarks as a Series indexed by (scope, year, metric)."""
    empty = pd.Series(dtype="float64", name="value",
                      index=pd.MultiIndex.from_tuples([], names=["scope", "year", "metric"]))
    if path is None:
        return empty
    df = read_table(path)
    require(df, path, ("scope", "year", "metric", "value"))
    df["scope"] = df["scope"].str.strip()
    df["metric"] = df["metric"].str.strip()
    df["year"] = parse_years(df, path)
    # Benchmarks are means of the same metrics, so the same ranges apply;
    # metrics the pack does not use are ignored.
    df = df[df["metric"].isin(ALL_METRICS)].copy()
    lo = df["metric"].map({m: r[0] for m, r in RANGES.items()})
    hi = df["metric"].map({m: r[1] for m, r in RANGES.items()})
    df["value"] = clean_numeric(df, "value", path, rej, lo, hi, metric=df["metric"])
    df = reject_duplicates(df.dropna(subset=["value"]), ["scope", "year", "metric"], path, rej, "benchmark")
    return df.set_index(["scope", "year", "metric"])["value"].sort_index()


# --------------------------------------------------------------------------
# Building blocks (DESIGN §4)
# --------------------------------------------------------------------------


def standardise(frame: pd.DataFrame, components: list[tuple[str, int]], keys: list[str]) -> pd.DataFrame:
    """Signed z-scores of each component within each group of `keys`.

    Population SD over the rows that have the value (NaN is skipped by the
    group reductions). The SD is computed in two passes (mean of squared
    deviations) for accuracy. "SD = 0" is detected as max == min rather than
    sd == 0: with equal values the float mean can differ from them in the
    last bit and the SD come out as 1e-17, which would blow up z.
    """
    cols = [m for m, _ in components]
    signs = np.array([s for _, s in components], dtype="float64")
    x = frame[cols]
    g = x.groupby([frame[k] for k in keys], sort=False)
    dev = x - g.transform("mean")
    sd = np.sqrt((dev**2).groupby([frame[k] for k in keys], sort=False).transform("mean"))
    constant = g.transform("max") == g.transform("min")
    z = (dev / sd).mask(constant, 0.0)
    # Keep missing cells missing (mask above also zeroed them where constant).
    z = z.where(x.notna())
    return z * signs


def lowest_share(value: pd.Series, evaluable: pd.Series, cohort: pd.Series, share: float):
    """Status, cut-off, k and n of a lowest-share criterion, per school.

    Among the n evaluable schools of a cohort, k = ceil(share * n) and the
    cut-off is the k-th smallest value; ties at the cut-off are all met.
    """
    ev = pd.DataFrame({"v": value[evaluable], "c": cohort[evaluable]})
    ev = ev.sort_values(["c", "v"], kind="mergesort")
    pos = ev.groupby("c", sort=False).cumcount()
    n = ev.groupby("c", sort=False)["v"].transform("size")
    k = np.ceil(share * n).astype("int64")
    cutoff_by_cohort = ev.loc[pos.to_numpy() == (k - 1).to_numpy()].set_index("c")["v"]
    cutoff = cohort.map(cutoff_by_cohort)
    status = np.where(~evaluable, INSUFFICIENT, np.where(value <= cutoff, MET, NOT_MET))
    n_by_cohort = ev.groupby("c", sort=False).size()
    n_school = cohort.map(n_by_cohort).fillna(0).to_numpy()
    k_school = np.ceil(share * n_school)
    return pd.Series(status, index=value.index), cutoff, k_school, n_school


def finding(status, value=np.nan, threshold=np.nan, reference=np.nan, years=None, text="") -> pd.DataFrame:
    """One criterion's findings for every school (all arguments aligned); `text` is the explanation
    of a decided finding (insufficient data gets its own below)."""
    return pd.DataFrame(
        {"status": status, "value": value, "threshold": threshold, "reference": reference, "years": years,
         "explanation": text}
    )


def threshold_criterion(x: pd.Series, test, threshold: float, years: list[int], words=None,
                        explain: bool = False) -> pd.DataFrame:
    """A fixed threshold on one value; missing value -> insufficient_data."""
    status = np.where(x.isna(), INSUFFICIENT, np.where(test(x, threshold), MET, NOT_MET))
    text = ""
    if explain:
        text = np.where(status == INSUFFICIENT, missing_text([(x.isna(), year_label(x.name, years[-1]))]),
                        threshold_text(TITLES[x.name], status, x, threshold, *words))
    return finding(status, x, threshold, np.nan, [years] * len(x), text)


# --------------------------------------------------------------------------
# Explanations (DESIGN §8: one sentence per finding, Russian by default)
# --------------------------------------------------------------------------


def _half_up(magnitude: float, decimals: int) -> int:
    """Round the shortest decimal representation half up (1.005 -> 1.01, as written)."""
    from decimal import Decimal, ROUND_HALF_UP
    return int(Decimal(repr(magnitude)).scaleb(decimals).quantize(Decimal(1), rounding=ROUND_HALF_UP))


_FRACTIONS = {d: np.array([""] + [("," + f"{r:0{d}d}".rstrip("0")) for r in range(1, 10**d)], dtype=object)
              for d in (0, 1, 2)}


def fmt(x, decimals: int = 2) -> np.ndarray:
    """Numbers as the reports print them: at most `decimals` places, half away from zero,
    trailing zeros dropped, decimal comma. Vectorised; NaN gives an empty string."""
    a = np.asarray(x, dtype="float64")
    finite = np.isfinite(a)
    exact = np.abs(np.where(finite, a, 0.0)) * 10**decimals
    floor = np.floor(exact)
    frac = exact - floor
    units = np.where(frac >= 0.5, floor + 1, floor)
    # A binary value next to a half may stand for a decimal one exactly on it: decide on the digits.
    for i in np.flatnonzero(finite & (np.abs(frac - 0.5) < 1e-6)):
        units[i] = _half_up(abs(float(a[i])), decimals)
    units = units.astype("int64")
    whole, rest = np.divmod(units, 10**decimals)
    sign = np.where((a < 0) & (units != 0), "-", "")
    text = sign.astype(object) + whole.astype(str).astype(object) + _FRACTIONS[decimals][rest]
    return np.where(finite, text, "")


def missing_text(cells: list[tuple[pd.Series, str]]) -> np.ndarray:
    """«Недостаточно данных: нет m1 (2021/2022), …» from (is-missing flags, cell label) pairs given
    in the library's order (metric, then year); at most six cells, then «и ещё N»."""
    n = len(cells[0][0])
    parts = np.full(n, "", dtype=object)
    count = np.zeros(n, dtype="int64")
    for flags, label in cells:
        f = np.asarray(flags, dtype=bool)
        shown = f & (count < 6)
        parts = np.where(shown, parts + np.where(count > 0, ", ", "") + label, parts)
        count += f
    more = np.where(count > 6, " и ещё " + (count - 6).astype(str).astype(object), "")
    return "Недостаточно данных: нет " + parts + more + "."


def year_label(metric: str, year: int) -> str:
    return f"{metric} ({year - 1}/{year})"


def lowest_share_text(title: str, status, value, cutoff, k, n) -> np.ndarray:
    met = np.asarray(status) == MET
    head = title + ": " + fmt(value) + np.where(met, " — не выше порога отсечения ", " — выше порога отсечения ")
    tail = np.where(met, "; школа среди 25 % школ с самыми низкими значениями (", " (нижние 25 %: ")
    return head + fmt(cutoff) + tail + fmt(k, 0) + " из " + fmt(n, 0) + ")."


def threshold_text(title: str, status, value, threshold: float, met_word: str, not_word: str) -> np.ndarray:
    met = np.asarray(status) == MET
    return title + ": " + fmt(value) + " — " + np.where(met, met_word, not_word) + " " + fmt(threshold) + "."


def gap_text(titles, status, school, reference, gap, threshold: float, where: str) -> np.ndarray:
    met = np.asarray(status) == MET
    g = np.asarray(gap, dtype="float64")
    below = g >= 0
    t = fmt(threshold)
    return (titles + ": " + fmt(school) + where + fmt(reference)
            + np.where(below, "; школа ниже на ", "; школа выше на ") + fmt(np.abs(g))
            + np.where(below, np.where(met, " — более ", " — не более ") + t + ".",
                       " — разрыва в эту сторону нет (порог " + t + ")."))


# --------------------------------------------------------------------------
# The criteria
# --------------------------------------------------------------------------


def identify(schools: pd.DataFrame, values: pd.DataFrame, bench: pd.Series, year: int, cohort_mode: str,
             explain: bool = True) -> pd.DataFrame:
    """Findings for every school and criterion: a frame indexed by (criterion,
    school_id) with status, value, threshold, reference, years and, when
    `explain`, the explanation sentence of each finding."""
    ids = schools.index
    cohort = schools["municipality"] if cohort_mode == "municipality" else pd.Series("", index=ids)
    cohort = cohort.rename("cohort")
    window = list(range(year - WINDOW + 1, year + 1))

    vals = values[values["year"].isin(window)].join(cohort, on="school_id")
    in_y = vals[vals["year"] == year].set_index("school_id").reindex(ids)
    found: dict[str, pd.DataFrame] = {}

    # -- results composite: 6 metrics x 3 years, z per (metric, year, cohort)
    z = standardise(vals, [(m, +1) for m in RESULT_METRICS], ["cohort", "year"])
    per_school = pd.DataFrame({"sum": z.sum(axis=1), "cells": z.notna().sum(axis=1), "school_id": vals["school_id"]})
    per_school = per_school.groupby("school_id").sum().reindex(ids, fill_value=0)
    cells_total = len(RESULT_METRICS) * WINDOW
    evaluable = per_school["cells"] * 2 >= cells_total  # at least half: 9 of 18
    composite = (per_school["sum"] / per_school["cells"]).where(evaluable)
    status, cutoff, k, n = lowest_share(composite, evaluable, cohort, SHARE)
    text = ""
    if explain:
        present = vals.set_index(["school_id", "year"])[RESULT_METRICS].notna().unstack("year")
        present = present.reindex(index=ids, columns=pd.MultiIndex.from_product([RESULT_METRICS, window]),
                                  fill_value=False).fillna(False).astype(bool)
        cells = [(~present[(m, y)], year_label(m, y)) for m in sorted(RESULT_METRICS) for y in window]
        text = np.where(~evaluable, missing_text(cells),
                        lowest_share_text(TITLES[RESULTS_LQ], status, composite, cutoff, k, n))
    found[RESULTS_LQ] = finding(status, composite, cutoff, np.nan, [window] * len(ids), text)

    # -- fixed thresholds in Y
    found[P + "continuation_below_60"] = threshold_criterion(
        in_y["continuation.grade10_percent"], lambda x, t: x < t, 60.0, [year], ("менее", "не менее"), explain)

    # -- gap to the regional benchmark, ЕГЭ Russian or profile maths
    gaps = pd.DataFrame(index=ids)
    refs = pd.DataFrame(index=ids)
    for m in REGION_GAP_METRICS:  # loop over 2 subjects, not over schools
        ref = bench.get(("region", year, m), np.nan)
        refs[m] = ref
        gaps[m] = ref - in_y[m]
    has_pair = gaps.notna().any(axis=1)
    met = (gaps > 20).any(axis=1)
    # Report the subject with the largest gap (first in table order on ties).
    largest = gaps.fillna(-np.inf).idxmax(axis=1)
    col = gaps.columns.get_indexer(largest)
    rows = np.arange(len(ids))
    gap_value = pd.Series(gaps.to_numpy()[rows, col], index=ids).where(has_pair)
    gap_ref = pd.Series(refs.to_numpy()[rows, col], index=ids).where(has_pair)
    status = np.where(~has_pair, INSUFFICIENT, np.where(met, MET, NOT_MET))
    text = ""
    if explain:
        school_value = in_y[REGION_GAP_METRICS].to_numpy()[rows, col]
        titles = np.array([TITLES[m] for m in REGION_GAP_METRICS], dtype=object)[col]
        cells = []
        for m in REGION_GAP_METRICS:  # the library lists a gap's cells in subject order
            cells.append((in_y[m].isna(), year_label(m, year)))
            cells.append((refs[m].isna(), year_label(m, year) + " — региональное значение"))
        text = np.where(~has_pair, missing_text(cells),
                        gap_text(titles, status, school_value, gap_ref, gap_value, 20.0, " при среднем по региону "))
    found[P + "gap_to_region_over_20"] = finding(status, gap_value, 20.0, gap_ref, [[year]] * len(ids), text)

    # -- olympiad participation: mean of the window years present
    oly = vals.pivot(index="school_id", columns="year", values="olympiad.participation_percent")
    oly = oly.reindex(index=ids, columns=window)
    oly_mean = oly.mean(axis=1)
    # The years actually used differ per school; encode presence as a bit
    # mask and map the (at most 2**WINDOW) masks to year lists.
    present = oly.notna().to_numpy()
    mask = pd.Series(present @ (1 << np.arange(WINDOW)), index=ids)
    mask_years = {b: [y for i, y in enumerate(window) if b >> i & 1] or window for b in range(1 << WINDOW)}
    status = np.where(oly_mean.isna(), INSUFFICIENT, np.where(oly_mean <= 0.5, MET, NOT_MET))
    text = ""
    if explain:
        metric = "olympiad.participation_percent"
        cells = [(oly[y].isna(), year_label(metric, y)) for y in window]
        text = np.where(status == INSUFFICIENT, missing_text(cells),
                        threshold_text(TITLES[metric] + f" в среднем за {WINDOW} г.", status, oly_mean, 0.5,
                                       "не более", "более"))
    found[P + "olympiad_at_most_0_5"] = finding(status, oly_mean, 0.5, np.nan, mask.map(mask_years), text)

    found[P + "satisfaction_at_most_40"] = threshold_criterion(
        in_y["satisfaction.percent"], lambda x, t: x <= t, 40.0, [year], ("не более", "более"), explain)

    # -- gaps to the municipal mean (or a municipality benchmark)
    b = bench.reset_index()
    b = b[(b["year"] == year) & b["scope"].str.startswith("municipality:")]
    for metric, limit, cid in (
        ("results.quality_percent", 10.0, P + "quality_gap_over_10"),
        ("results.success_percent", 5.0, P + "success_gap_over_5"),
    ):
        x = in_y[metric]
        mean_by_cohort = x.groupby(cohort).mean()
        ref = cohort.map(mean_by_cohort)
        scoped = b[b["metric"] == metric]
        scoped = pd.Series(scoped["value"].to_numpy(), index=scoped["scope"].str.slice(len("municipality:")))
        ref = schools["municipality"].map(scoped).fillna(ref)
        gap = ref - x
        status = np.where(gap.isna(), INSUFFICIENT, np.where(gap > limit, MET, NOT_MET))
        text = ""
        if explain:
            cells = [(ref.isna(), year_label(metric, year) + " — муниципальное значение"),
                     (x.isna(), year_label(metric, year))]
            text = np.where(status == INSUFFICIENT, missing_text(cells),
                            gap_text(TITLES[metric], status, x, ref, gap, limit, " при среднем по муниципалитету "))
        found[cid] = finding(status, gap, limit, ref, [[year]] * len(ids), text)

    # -- the three indices in Y
    vals_y = vals[vals["year"] == year]
    for cid, comps in zip(INDEX_CRITERIA, (ISB, STAFFING, EDUCATIONAL)):
        zi = standardise(vals_y, comps, ["cohort"]).set_axis(vals_y["school_id"].to_numpy()).reindex(ids)
        cells = zi.notna().sum(axis=1)
        evaluable = cells * 2 >= len(comps)
        index = zi.mean(axis=1).where(evaluable)
        status, cutoff, k, n = lowest_share(index, evaluable, cohort, SHARE)
        text = ""
        if explain:
            missing = [(in_y[m].isna(), year_label(m, year)) for m in sorted(m for m, _ in comps)]
            text = np.where(~evaluable, missing_text(missing),
                            lowest_share_text(TITLES[cid], status, index, cutoff, k, n))
        found[cid] = finding(status, index, cutoff, np.nan, [[year]] * len(ids), text)

    findings = pd.concat(found, names=["criterion", "school_id"])
    if explain:
        # Small-cell suppression: a school with fewer than 5 students gets no values printed.
        students = in_y["context.enrollment"]
        small = (students < MIN_GROUP).reindex(findings.index.get_level_values("school_id")).to_numpy()
        hide = small & (findings["status"] != INSUFFICIENT).to_numpy()
        findings.loc[hide, "explanation"] = SUPPRESSED
        findings.loc[hide, ["value", "threshold", "reference"]] = np.nan
    return findings


def categories(findings: pd.DataFrame) -> pd.DataFrame:
    met = (findings["status"] == MET).unstack("criterion").reindex(columns=CRITERIA)
    low = met[RESULTS_LQ] & (met[SUPPORTING].sum(axis=1) >= MIN_SUPPORTING)
    social = met[INDEX_CRITERIA].any(axis=1)
    return pd.DataFrame({"low_results": low, "unfavourable_social_conditions": social})


# --------------------------------------------------------------------------
# Output (DESIGN §8)
# --------------------------------------------------------------------------


def json_lines(frame: pd.DataFrame) -> list[str]:
    """One JSON object per row, via pandas' C encoder.

    Splitting on "\n" is safe: the encoder escapes newlines inside strings
    (str.splitlines would also split on U+2028 and friends, which may occur
    unescaped in names).
    """
    text = frame.to_json(orient="records", lines=True, force_ascii=False)
    return text.rstrip("\n").split("\n") if len(frame) else []


def write_report(out, schools: pd.DataFrame, findings: pd.DataFrame, cats: pd.DataFrame, year: int,
                 cohort_mode: str, issues: list[dict]) -> None:
    """Write the report as JSON (DESIGN §8), one school per line.

    Built from pandas' JSON encoder rather than json.dumps over nested dicts:
    with 40,000 schools, creating and serialising 400,000 finding dicts took
    about three times as long as all the criteria together. Numbers are
    rounded to 6 decimals first; the encoder's default 10 decimal places then
    print them exactly as rounded (every number of this pack is below 1e5).
    """
    f = findings.reset_index()
    f["criterion"] = pd.Categorical(f["criterion"], categories=CRITERIA, ordered=True)
    f = f.sort_values(["school_id", "criterion"], kind="mergesort")
    f["criterion"] = f["criterion"].astype(str)
    # Insufficient data carries no evidence (DESIGN §3: insufficientData has
    # no Evidence), so its value, threshold and reference are all null.
    f.loc[f["status"] == INSUFFICIENT, ["value", "threshold", "reference"]] = np.nan
    for col in ("value", "threshold", "reference"):
        f[col] = f[col].astype("float64").round(6) + 0.0  # + 0.0 turns -0.0 into 0.0
    text = f[["criterion", "status", "value", "threshold", "reference", "years", "explanation"]].to_json(
        orient="records", force_ascii=False)

    # Cut the array '[{"criterion"…},{"criterion"…}]' into its objects. The
    # separator cannot occur inside a finding: its strings are fixed ids and
    # statuses, and a quote inside any JSON string is escaped anyway.
    sep = '},{"criterion"'
    pieces = text[len('[{"criterion"'):-len("}]")].split(sep) if len(f) else []
    per = len(CRITERIA)  # every school has exactly one finding per criterion
    assert len(pieces) == per * len(schools)
    blocks = ('{"criterion"' + sep.join(pieces[i:i + per]) + "}" for i in range(0, len(pieces), per))

    # Category lists: two flags give four possible (already sorted) lists.
    cats = cats.reindex(schools.index).astype(bool)
    code = cats["low_results"].astype(int) + 2 * cats["unfavourable_social_conditions"].astype(int)
    lists = {0: [], 1: ["low_results"], 2: ["unfavourable_social_conditions"],
             3: ["low_results", "unfavourable_social_conditions"]}
    heads = json_lines(pd.DataFrame({"id": schools.index, "name": schools["name"].to_numpy(),
                                     "categories": code.map(lists).to_numpy()}))

    head = json.dumps({
        "schema": "qualitykit.identification/1",
        "year": int(year),
        "packs": [{"id": "krasnoyarsk", "version": "peer"}],
        "parameters": {},
        "cohort": cohort_mode,
    }, ensure_ascii=False, separators=(",", ":"))
    out.write(head[:-1] + ',"schools":[\n')
    # Each head is '{"id":…,"name":…,"categories":[…]}': reopen it for "findings".
    out.writelines(
        ("," if i else "") + h[:-1] + ',"findings":[' + b + "]}\n"
        for i, (h, b) in enumerate(zip(heads, blocks))
    )
    out.write('],"issues":' + json.dumps(issues, ensure_ascii=False, separators=(",", ":")) + "}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schools", required=True)
    ap.add_argument("--values", required=True)
    ap.add_argument("--benchmarks")
    ap.add_argument("--year", type=int)
    ap.add_argument("--cohort", choices=["all", "municipality"], default="all")
    ap.add_argument("--out", required=True, help="output JSON file ('-' for stdout)")
    ap.add_argument("--collect", action="store_true",
                    help="report rejected cells as issues and treat them as missing instead of failing")
    ap.add_argument("--no-explanations", action="store_true",
                    help="write empty explanations (statuses and numbers only): less work than the library does")
    args = ap.parse_args(argv)

    try:
        rej = Rejections(collect=args.collect)
        schools = load_schools(args.schools, rej)
        values = load_values(args.values, schools.index, rej)
        bench = load_benchmarks(args.benchmarks, rej)
    except (DataError, ValueError, pd.errors.ParserError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    year = args.year
    if year is None:
        # The latest year with a row in the values file.
        if values.empty:
            print(f"error: {args.values}: no values, cannot choose a year", file=sys.stderr)
            return 1
        year = int(values["year"].max())

    findings = identify(schools, values, bench, year, args.cohort, explain=not args.no_explanations)
    cats = categories(findings)
    if args.out == "-":
        write_report(sys.stdout, schools, findings, cats, year, args.cohort, rej.issues)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            write_report(fh, schools, findings, cats, year, args.cohort, rej.issues)
    return 0


if __name__ == "__main__":
    sys.exit(main())
