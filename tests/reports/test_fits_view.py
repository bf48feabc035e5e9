"""Tests of fits.csv as the report across benchmarks and the index read it
(analysis/stats/fits_table.py and analysis/reports/fits_view.py): one row per fit and term,
whole-number counts, one count for the index and the report, degenerate fits said so."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.reports import fits_view
from analysis.stats.designs import DesignFit
from analysis.stats.fits_table import (
    DEGENERATE,
    FIT_COLUMNS,
    degenerate,
    fit_rows,
    fits_summary,
    integer_counts,
)
from analysis.stats.meta.model import fit_meta
from analysis.stats.observations import FilterLog
from analysis.stats.scaling_study import Judged

WHY = "3 distinct sizes spanning 0.25 decades from 1 paper"


def refused_fit() -> Judged:
    data = pd.DataFrame({"paper_id": ["p1", "p1", "p1"], "model_key": ["a", "b", "c"]})
    return Judged(DesignFit("between", data, FilterLog(), refusal=WHY), "refused", WHY)


def test_the_fixed_effect_refusal_is_its_own_row_not_a_copy():
    rows = pd.concat([fit_rows(refused_fit(), benchmark="AIME", pool=(), form="linear",
                               predictors="params", method=method) for method in ("REML", "FE")],
                     ignore_index=True)
    assert not rows.duplicated().any()
    assert rows["model"].tolist() == ["RE-multilevel", "FE"]
    assert rows["n_claims"].tolist() == [3, 3] and rows["n_claims"].dtype == np.int64
    head = fits_view.headlines(rows)  # the report lists the refusal once
    assert len(head) == 1 and head["model"].iloc[0] == "RE-multilevel"


def fits_frame() -> pd.DataFrame:
    """fits.csv as the schema returns it (counts coerced to float): a refused set, its FE
    comparison refused too, and a pooled fit with three terms and a new-claim row."""
    base = {"benchmark": "pooled", "pool": "", "form": "linear", "predictors": "params",
            "model": "RE-multilevel", "status": "ok", "verdict": "inconclusive",
            "n_claims": 36.0, "n_models": 20, "n_papers": 16.0, "warnings": ""}
    rows = [{**base, "design": "between", "term": term, "estimate": 2.2, "ci_low": -31.4,
             "ci_high": 35.8} for term in ("Intercept", "x_c", "year_c", "new claim")]
    refused = {**base, "benchmark": "AIME", "status": f"refused: {WHY}", "verdict": "refused",
               "term": "", "n_claims": 3.0, "n_papers": 1.0}
    rows += [{**refused, "design": "between"}, {**refused, "design": "between", "model": "FE"},
             {**refused, "design": "within"}]
    return pd.DataFrame(rows).reindex(columns=FIT_COLUMNS)


def test_the_index_and_the_report_count_fits_alike():
    fits = fits_frame()
    line = fits_summary(fits)
    assert line == ("1 inconclusive slope, 2 refused slopes over 2 benchmark sets (between and "
                    "within designs); fits.csv: 1 fit and 3 refused, every design and variant")
    assert fits_view.overview_summary(fits) == line
    table = fits_view.verdict_table(fits)
    assert len(table) == 3 and table["verdict"].value_counts().to_dict() == {
        "refused": 2, "inconclusive": 1}


def test_counts_are_whole_numbers_after_the_schema():
    fits = integer_counts(fits_frame())
    assert {fits[c].dtype for c in ("n_claims", "n_models", "n_papers")} == {np.dtype("int64")}


def saturated(mods: str) -> DesignFit:
    """8 claims from 4 papers: `mods` with 7 coefficients leaves 1 residual df."""
    rng = np.random.default_rng(1)
    data = pd.DataFrame({"paper_id": [f"p{i % 4}" for i in range(8)],
                         "claim_id": [f"c{i}" for i in range(8)],
                         "x_c": np.linspace(-1, 1.5, 8), "k": list("aabcdeff"), "vi": 4.0})
    data["yi"] = 50 + 10 * data["x_c"] + rng.normal(0, 3, 8)
    result = fit_meta(data, yi="yi", vi="vi", mods=mods, random="paper_id/claim_id",
                      method="REML", test="t", robust="paper_id")
    return DesignFit("between", data, FilterLog(), result=result, headline_term="x_c")


def test_a_saturated_fit_is_degenerate_and_its_interval_is_not_shown():
    assert degenerate(saturated("x_c")) == ""
    why = degenerate(saturated("x_c + C(k)"))
    assert why.startswith(DEGENERATE) and "7 coefficients from 8 claims in 4 papers" in why
    fits = fits_frame().assign(benchmark="pooled", warnings=f"{why}; a control left out")
    variants = fits_view.variant_table(fits)
    assert set(variants["95% CI"]) == {"not meaningful (degenerate fit)"}
    assert why in fits_view.degenerate_notes(fits).data
    healthy = fits_view.variant_table(fits_frame())
    assert healthy["95% CI"].tolist() == ["-31.40 to +35.80"]
