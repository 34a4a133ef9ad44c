"""Hand-checked tests of the context-adjusted peer (issue 19).

    python3 -m pytest Benchmarks/peer/test_context_peer.py     # or: python3 test_context_peer.py

Expected values are worked out by hand in the comments (exact fractions where the arithmetic is
not obvious), never taken from the peer's own output.
"""

from __future__ import annotations

import copy
import math
import os
import sys
from fractions import Fraction

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import compare_context as cc  # noqa: E402
import context_peer as cp  # noqa: E402

NAN = float("nan")


def near(a, b, tol=1e-12) -> bool:
    return abs(float(a) - float(b)) <= tol


# --------------------------------------------------------------------------
# The fit
# --------------------------------------------------------------------------


def test_known_line_with_residuals():
    # y = 1 + 2x + e, with e summing to 0 and orthogonal to x (Σe = 0, Σx·e = −1−2+3+6−7−8+9 = 0),
    # so OLS gives back slope 2 and intercept 1 exactly and the residuals are e.
    x = np.arange(10.0)
    e = np.array([1, -1, -1, 1, 0, 0, 1, -1, -1, 1], dtype=float)
    y = 1 + 2 * x + e
    model, per = cp.fit(y, x)
    assert model["reason"] is None and model["n"] == 10
    assert model["slope"] == 2.0 and model["intercept"] == 1.0
    assert np.array_equal(per["expected"], 1 + 2 * x)
    assert np.array_equal(per["residual"], e)
    # s = sqrt(Σe²/n) = sqrt(8/10); z = ±1/sqrt(0.8) = ±sqrt(1.25).
    assert near(model["residual_sd"], math.sqrt(0.8))
    assert np.allclose(per["residual_z"], e * math.sqrt(1.25), atol=1e-12, rtol=0)
    # SST = Σ(2(x−4.5) + e)² = 4·82.5 + 0 + 8 = 338, SSR = 8: r² = 330/338.
    assert near(model["r2"], 330 / 338)
    assert list(per["band"]) == ["above_expected", "below_expected", "below_expected", "above_expected",
                                 "as_expected", "as_expected", "above_expected", "below_expected",
                                 "below_expected", "above_expected"]
    # ⌈0.25·10⌉ = 3: the 3rd lowest x is 2; y = 2 2 4 8 9 11 14 14 16 20, the 3rd highest is 14.
    assert model["context_cutoff"] == 2.0 and model["results_cutoff"] == 14.0
    assert not any(per["resilient"])  # no school with x ≤ 2 has y ≥ 14


def test_k_is_a_parameter():
    x = np.arange(10.0)
    y = 1 + 2 * x + np.array([1, -1, -1, 1, 0, 0, 1, -1, -1, 1], dtype=float)
    # |z| = sqrt(1.25) ≈ 1.118: below k = 1.2, so every school is as expected.
    _, per = cp.fit(y, x, k=1.2)
    assert set(per["band"]) == {"as_expected"}
    _, per = cp.fit(y, x, k=1.1)
    assert list(per["band"]).count("as_expected") == 2


def test_ties_at_both_cutoffs_and_exact_fractions():
    x = np.array([0, 0, 1, 1, 2, 3, 4, 5, 6, 7], dtype=float)
    y = np.array([8, 1, 8, 2, 9, 5, 5, 5, 8, 3], dtype=float)
    model, per = cp.fit(y, x)
    # ⌈2.5⌉ = 3: sorted x 0 0 1 1 …, the 3rd lowest is 1 and both 1s are at or below it (4 schools);
    # sorted y 9 8 8 8 5 …, the 3rd highest is 8 and all three 8s are at or above it (4 schools).
    assert model["context_cutoff"] == 1.0 and model["results_cutoff"] == 8.0
    # Low context {0, 1, 2, 3} ∩ high results {0, 2, 4, 8} = {0, 2}; school 2 sits on both cut-offs.
    assert list(per["resilient"]) == [True, False, True] + [False] * 7
    # Σx = 29, Σy = 54, Σxy = 157, Σx² = 141: Sxy = 157 − 29·54/10 = 0.4, Sxx = 141 − 84.1 = 56.9,
    # b = 4/569, a = 5.4 − 2.9·4/569 = 3061/569.
    b, a = Fraction(4, 569), Fraction(3061, 569)
    assert near(model["slope"], b) and near(model["intercept"], a)
    xs, ys = [Fraction(int(v)) for v in x], [Fraction(int(v)) for v in y]
    residuals = [yi - (a + b * xi) for xi, yi in zip(xs, ys)]
    ssr = sum(r * r for r in residuals)
    sst = sum((yi - Fraction(54, 10)) ** 2 for yi in ys)  # Σy² − 10·5.4² = 362 − 291.6 = 70.4
    assert sst == Fraction(704, 10)
    assert near(model["r2"], 1 - ssr / sst)
    s = math.sqrt(ssr / 10)
    assert near(model["residual_sd"], s)
    for i, r in enumerate(residuals):
        assert near(per["expected"][i], a + b * xs[i]) and near(per["residual"][i], r)
        assert near(per["residual_z"][i], float(r) / s)
    # z: school 4 (y 9, expected ≈ 5.39) is above; school 1 (y 1, ≈ 5.38) and 3 (y 2) below.
    assert per["band"][4] == "above_expected"
    assert per["band"][1] == "below_expected" and per["band"][3] == "below_expected"
    assert per["band"][5] == "as_expected"


def test_all_x_equal_gives_slope_zero():
    # x all 0.1 (not exact in binary, so the mean may differ from it in the last bit): b = 0 by the
    # rule, a = ȳ = 5.5, residuals y − 5.5 = −4.5 … 4.5, s = sqrt(82.5/10) = sqrt(8.25).
    y = np.arange(1.0, 11.0)
    model, per = cp.fit(y, np.full(10, 0.1))
    assert model["slope"] == 0.0 and model["intercept"] == 5.5
    assert np.array_equal(per["expected"], np.full(10, 5.5))
    assert np.array_equal(per["residual"], y - 5.5)
    assert near(model["residual_sd"], math.sqrt(8.25))
    assert model["r2"] == 0.0  # SSR = SST
    # |z| of 4.5, 3.5, 2.5 is 1.567, 1.219, 0.870: two above, two below.
    assert list(per["band"]) == ["below_expected"] * 2 + ["as_expected"] * 6 + ["above_expected"] * 2
    # Every x is at the context cut-off; the 3rd highest y is 8: y = 8, 9, 10 are resilient.
    assert model["context_cutoff"] == 0.1 and model["results_cutoff"] == 8.0
    assert list(per["resilient"]) == [False] * 7 + [True] * 3


def test_perfect_fit_has_zero_sd():
    x = np.arange(10.0)
    model, per = cp.fit(1 + 2 * x, x)
    assert model["residual_sd"] == 0.0 and model["r2"] == 1.0
    assert np.array_equal(per["residual_z"], np.zeros(10))
    assert set(per["band"]) == {"as_expected"}


def test_all_y_equal():
    # SST = 0 → r² = 0; Sxy = 0 → b = 0; residuals 0 → s = 0, z = 0.
    model, per = cp.fit(np.full(10, 3.0), np.arange(10.0))
    assert model["slope"] == 0.0 and model["intercept"] == 3.0
    assert model["r2"] == 0.0 and model["residual_sd"] == 0.0
    assert set(per["band"]) == {"as_expected"}
    # Every y is at the results cut-off; x ≤ 2 (the 3rd lowest) are resilient.
    assert list(per["resilient"]) == [True] * 3 + [False] * 7


def test_fewer_than_ten_schools():
    # 12 schools, but only 9 have both values.
    y = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, NAN, 1, NAN])
    x = np.array([1, 3, 2, 5, 4, 6, 8, 7, 9, 1, NAN, NAN])
    model, per = cp.fit(y, x)
    assert model["reason"] == "too_few_schools" and model["n"] == 9
    assert all(model[k] is None for k in cp_model_numbers())
    assert not per["fitted"].any() and all(b is None for b in per["band"])
    assert cp.reasons(y, x, model) == ["too_few_schools"] * 9 + ["no_results_value", "no_context_value",
                                                                  "no_values"]


def test_exactly_ten_schools_are_fitted_and_the_others_are_not():
    y = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NAN, 4])
    x = np.array([1, 3, 2, 5, 4, 6, 8, 7, 9, 10, 2, NAN])
    model, per = cp.fit(y, x)
    assert model["reason"] is None and model["n"] == 10
    assert list(per["fitted"]) == [True] * 10 + [False] * 2
    assert np.isnan(per["residual"][10:]).all() and per["band"][10] is None
    assert cp.reasons(y, x, model) == [None] * 10 + ["no_results_value", "no_context_value"]
    # The school without a context value does not move the fit: the same as fitting the ten alone.
    alone, _ = cp.fit(y[:10], x[:10])
    assert alone["slope"] == model["slope"] and alone["intercept"] == model["intercept"]


def test_fit_agrees_with_least_squares_on_noisy_data():
    # Not a hand value: numpy's own least squares (a different algorithm, SVD) on 5,000 points.
    rng = np.random.default_rng(19)
    x = rng.normal(size=5000)
    y = 0.3 + 0.8 * x + rng.normal(scale=0.6, size=5000)
    model, per = cp.fit(y, x)
    (slope, intercept), *_ = np.linalg.lstsq(np.column_stack([x, np.ones_like(x)]), y, rcond=None)
    assert near(model["slope"], slope) and near(model["intercept"], intercept)
    assert near(model["r2"], np.corrcoef(x, y)[0, 1] ** 2)
    assert near(model["residual_sd"], np.std(per["residual"]))  # the mean residual is 0
    # ⌈0.25·5000⌉ = 1250: exactly 1250 schools at or below the context cut-off (no ties here).
    assert (x <= model["context_cutoff"]).sum() == 1250 and (y >= model["results_cutoff"]).sum() == 1250


def cp_model_numbers():
    return ("intercept", "slope", "r2", "residual_sd", "context_cutoff", "results_cutoff")


# --------------------------------------------------------------------------
# The indices
# --------------------------------------------------------------------------


def test_zscores_population_sd_and_constant_column():
    # 1, 2, 3: mean 2, population SD sqrt(2/3); z = ∓sqrt(1.5), 0.
    z = cp.zscores(np.array([1.0, 2.0, 3.0, NAN]))
    assert near(z[0], -math.sqrt(1.5)) and z[1] == 0.0 and near(z[2], math.sqrt(1.5))
    assert math.isnan(z[3])
    z = cp.zscores(np.array([0.1, 0.1, 0.1, NAN]))
    assert list(z[:3]) == [0.0, 0.0, 0.0] and math.isnan(z[3])


def test_composite_needs_half_of_the_cells():
    # Results: 18 cells; a school with 9 is evaluable, one with 8 is not.
    nine = [np.array([1.0, 1.0])] * 9 + [np.array([NAN, 2.0])] * 1 + [np.array([NAN, NAN])] * 8
    c = cp.composite(nine)
    assert c[0] == 1.0  # 9 cells of 1
    assert c[1] == 11.0 / 10  # 9 ones and a two
    eight = [np.array([1.0])] * 8 + [np.array([NAN])] * 10
    assert math.isnan(cp.composite(eight)[0])


def test_indices_signs_and_window():
    # Four schools. Context: only social.low_ses_family_percent (−) and context.enrollment (+) and
    # social.deviant_behaviour_percent (−) in 2022: 3 of 6 cells, evaluable.
    year = 2022
    cols = {
        ("social.low_ses_family_percent", year): np.array([10.0, 20.0, 30.0, NAN]),
        ("social.deviant_behaviour_percent", year): np.array([5.0, 5.0, 5.0, 1.0]),
        ("context.enrollment", year): np.array([100.0, 300.0, 200.0, NAN]),
    }
    # ISB of school 0: −z(10 | 10,20,30) = sqrt(1.5); −z(5 | 5,5,5,1): mean 4, SD sqrt(3), −1/sqrt(3);
    # z(100 | 100,300,200) = −sqrt(1.5). Mean of three = −1/(3·sqrt(3)).
    # A results metric in 2019 (outside the window 2020–2022) is ignored: no results index.
    cols[("ege.russian.mean_score", 2019)] = np.array([50.0, 60.0, 70.0, 80.0])
    results, context = cp.indices(cols, year)
    assert near(context[0], -1 / (3 * math.sqrt(3)))
    assert math.isnan(context[3])  # 1 of 6 cells
    assert np.isnan(results).all()


def test_default_year_is_the_latest_with_half_of_the_schools():
    years = np.array([2021, 2021, 2021, 2022, 2022])
    rows = np.array([0, 1, 2, 0, 0])  # school 0 twice in 2022 counts once
    has = np.ones(5, dtype=bool)
    assert cp.default_year(years, rows, has, 4) == 2021  # 2022 has 1 of 4 schools
    assert cp.default_year(years, rows, has, 2) == 2022  # 1 of 2 is half
    assert cp.default_year(years, rows, np.array([True, True, True, False, False]), 2) == 2021
    assert cp.default_year(np.array([2020, 2021]), np.array([0, 1]), np.ones(2, bool), 5) == 2021


FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "context")


def _fixture(name):
    d = os.path.join(FIXTURES, name)
    doc = cp.run(os.path.join(d, "schools.csv"), [os.path.join(d, "values.csv")])
    return doc, {s["id"]: s["context_adjusted"] for s in doc["schools"]}


def test_fixture_ties_at_both_cutoffs():
    # Pairs (r, c) = (4, 3), (3, 4), (0, 0), (1, 1), (2, 2), (−1, −1) (fixtures/context/make_fixtures.py):
    # the 3rd lowest ИСБ is pair c = 3, the 3rd highest results index pair r = 3; T01–T04 resilient.
    doc, by_id = _fixture("ties")
    assert doc["year"] == 2022 and doc["context_model"]["n"] == 12
    assert [sid for sid, ca in by_id.items() if ca["resilient"]] == ["T01", "T02", "T03", "T04"]
    for a, b in [("T01", "T02"), ("T03", "T04"), ("T05", "T06")]:
        assert by_id[a] == by_id[b]  # identical inputs, identical everything
    # The pair r = 4, c = 3 and the pair r = 3, c = 4 hold the cut-off values exactly.
    assert doc["context_model"]["context_cutoff"] == by_id["T01"]["context"]
    assert doc["context_model"]["results_cutoff"] == by_id["T03"]["results"]


def test_fixture_all_context_equal():
    # Every ИСБ component is equal everywhere: every z is 0, so x = 0, the slope is 0 and the
    # intercept the mean results index, which is 0 up to rounding (a mean of z-scores).
    doc, by_id = _fixture("flat")
    m = doc["context_model"]
    assert m["slope"] == 0.0 and abs(m["intercept"]) < 1e-15 and m["context_cutoff"] == 0.0
    assert all(ca["context"] == 0.0 for ca in by_id.values())
    assert [sid for sid, ca in by_id.items() if ca["resilient"]] == ["T10", "T11", "T12"]
    # Levels 0, 0.5, …, 5.5 are standardised: residual_z = (i − 5.5)/sd(0…11) = (i − 5.5)/√(143/12);
    # |z| ≥ 1 for i ≤ 2 and i ≥ 9.
    for i, sid in enumerate(sorted(by_id)):
        assert near(by_id[sid]["residual_z"], (i - 5.5) / math.sqrt(143 / 12), 1e-12)
    assert [by_id[sid]["band"] for sid in sorted(by_id)] == (
        ["below_expected"] * 3 + ["as_expected"] * 6 + ["above_expected"] * 3)


# --------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------


def _peer_doc():
    x = np.array([0, 0, 1, 1, 2, 3, 4, 5, 6, 7, NAN], dtype=float)
    y = np.array([8, 1, 8, 2, 9, 5, 5, 5, 8, 3, 4], dtype=float)
    model, per = cp.fit(y, x)
    ids = [f"S{i:02d}" for i in range(11)]
    return cp.report(ids, 2022, y, x, model, per)


def _library_doc(peer):
    """The peer's document in the library's shape (no peer_values, a schema of its own)."""
    lib = copy.deepcopy(peer)
    lib["schema"] = "qualitykit.identification/1"
    for s in lib["schools"]:
        s.pop("peer_values", None)
        s["findings"] = []
    return lib


def test_compare_agrees_with_itself_and_catches_differences():
    peer = _peer_doc()
    lib = _library_doc(peer)
    s = cc.compare(lib, peer)
    assert s["mismatches"] == [] and s["printed"] == 10 and s["bands_agree"] == 10
    assert s["resilient_agree"] == 10 and s["reasons"] == {"no_context_value": 1}

    off = copy.deepcopy(lib)
    # Residual ≈ 3.6: the tolerance is relative above 1, 3.6e-9; 5e-9 is beyond it.
    off["schools"][4]["context_adjusted"]["residual"] += 5e-9
    off["schools"][5]["context_adjusted"]["band"] = "above_expected"
    off["schools"][0]["context_adjusted"]["resilient"] = False
    off["context_model"]["slope"] += 1e-6
    s = cc.compare(off, peer)
    assert len(s["mismatches"]) == 4
    assert s["bands_agree"] == 9 and s["resilient_agree"] == 9

    near_enough = copy.deepcopy(lib)
    near_enough["schools"][4]["context_adjusted"]["residual"] += 5e-10
    assert cc.compare(near_enough, peer)["mismatches"] == []


def test_compare_suppressed_only_where_the_peer_has_both_values():
    peer = _peer_doc()
    lib = _library_doc(peer)
    lib["schools"][3]["context_adjusted"] = None
    lib["schools"][3]["context_adjusted_reason"] = "suppressed"
    s = cc.compare(lib, peer)
    assert s["mismatches"] == [] and s["suppressed"] == 1 and s["printed"] == 9
    lib["schools"][10]["context_adjusted_reason"] = "suppressed"  # the peer has no context value
    assert len(cc.compare(lib, peer)["mismatches"]) == 1
    lib["schools"][10]["context_adjusted_reason"] = "no_results_value"
    assert len(cc.compare(lib, peer)["mismatches"]) == 1


def test_compare_without_a_context_model_is_unreadable():
    lib = _library_doc(_peer_doc())
    del lib["context_model"]
    try:
        cc.compare(lib, _peer_doc())
    except cc.Unreadable:
        return
    raise AssertionError("expected Unreadable")


if __name__ == "__main__":
    tests = [(k, v) for k, v in sorted(globals().items()) if k.startswith("test_") and callable(v)]
    failed = 0
    for name, test in tests:
        try:
            test()
        except Exception as exc:  # noqa: BLE001 — a plain runner: report and go on
            failed += 1
            print(f"FAIL {name}: {exc!r}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
