"""Effect sizes, model frames, option checks and the run_meta command on messy inputs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from metafor_reference import fixture_input
from numpy.testing import assert_allclose

from analysis.errors import InsufficientDataError, ReasonscaleError
from analysis.stats.meta.command import parse_random, run_meta
from analysis.stats.meta.effects import (
    FALLBACK_N_ITEMS,
    binomial_vi,
    difference_vi,
    score_effects,
)
from analysis.stats.meta.errors import ConvergenceError, MetaSpecError, SingularDesignError
from analysis.stats.meta.model import fit_meta

KON = fixture_input("konstantopoulos_input.csv")


def test_binomial_variance_and_half_item_rule():
    # 50% on 100 items: 100² · 0.25 / 100 = 25 points²; 90% on 500: 1e4 · 0.09 / 500 = 1.8
    assert_allclose(binomial_vi([50.0, 90.0], [100, 500]), [25.0, 1.8])
    # 0 and 100 on 30 items are treated as half an item off the edge: p = 1/60 and 59/60
    edge = 1e4 * (1 / 60) * (59 / 60) / 30
    assert_allclose(binomial_vi([0.0, 100.0], [30, 30]), [edge, edge])
    with pytest.raises(ValueError, match="0-100"):
        binomial_vi([101.0], [30])


def test_missing_item_count_is_flagged_not_dropped():
    data = pd.DataFrame({"score": [40.0, 40.0], "n_items": [200, None]})
    out = score_effects(data)
    assert len(out) == 2
    assert out["vi_fallback"].tolist() == [False, True]
    assert_allclose(out["vi"], [1e4 * 0.24 / 200, 1e4 * 0.24 / FALLBACK_N_ITEMS])


def test_difference_variance():
    assert_allclose(difference_vi(4.0, 9.0, r=0.0), 13.0)
    assert_allclose(difference_vi(4.0, 9.0, r=0.5), 13.0 - 2 * 0.5 * 6.0)
    with pytest.raises(ValueError):
        difference_vi(1.0, 1.0, r=1.5)


def test_parse_random():
    assert parse_random("A") == ("A",)
    assert parse_random(" district / school ") == ("district", "school")
    assert parse_random("~ 1 | paper/claim") == ("paper", "claim")
    assert parse_random(None) == ()
    for bad in ("A/B/C", "A//B", "A/A"):
        with pytest.raises(MetaSpecError):
            parse_random(bad)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"method": "DL"}, "method must be one of"),
    ({"test": "f"}, "test must be one of"),
    ({"random": "district/school", "test": "knha"}, "single-level"),
    ({"random": "district/nope"}, r"unknown column\(s\) \['nope'\]"),
    ({"robust": "city"}, r"unknown column\(s\) \['city'\]"),
])
def test_run_meta_rejects_bad_options(kwargs, message):
    with pytest.raises(MetaSpecError, match=message):
        run_meta(KON, yi="yi", vi="vi", **kwargs)


def test_nonpositive_variance_names_the_row():
    data = KON.copy()
    data.loc[7, "vi"] = 0.0
    for method in ("REML", "FE"):
        with pytest.raises(MetaSpecError, match="vi must be > 0: row 7 has 0"):
            fit_meta(data, yi="yi", vi="vi", method=method)


def test_singular_design_names_collinear_terms():
    data = KON.assign(decade=KON["year_c"] / 10.0, other=np.arange(len(KON)) % 3)
    with pytest.raises(SingularDesignError) as err:
        fit_meta(data, yi="yi", vi="vi", mods="year_c + other + decade")
    assert set(err.value.terms) == {"year_c", "decade"}
    assert "year_c" in str(err.value) and "decade" in str(err.value)
    assert isinstance(err.value, ReasonscaleError)


def test_too_few_rows():
    with pytest.raises(InsufficientDataError):
        fit_meta(KON.iloc[[0, 40]], yi="yi", vi="vi", mods="year_c")


def test_nonconvergence_is_reported_not_swallowed():
    # no Fisher-scoring iteration allowed: the optimality conditions are never checked
    res = fit_meta(KON, yi="yi", vi="vi", random="district/school", max_iter=0)
    assert not res.converged
    assert "no convergence" in res.message
    assert res.tidy().attrs["converged"] is False
    with pytest.raises(ConvergenceError, match="did not converge"):
        run_meta(KON, yi="yi", vi="vi", random="district/school", max_iter=0)
    table = run_meta(KON, yi="yi", vi="vi", random="district/school", max_iter=0,
                     allow_nonconvergence=True)
    assert table.attrs["converged"] is False


def messy_frame() -> pd.DataFrame:
    """The konstantopoulos data as a careless CSV: dotted names, string ids, NA rows."""
    data = KON.rename(columns={"year_c": "year.c", "yi": "effect.size"}).copy()
    data["district"] = "d" + data["district"].astype(str)  # string cluster ids
    data["band"] = np.where(data["year"] < 1990, "early", "late")  # string factor
    data.loc[0, "effect.size"] = np.nan
    data.loc[1, "vi"] = np.nan
    data.loc[2, "year.c"] = np.nan
    data.loc[3, "district"] = None
    return data


def test_run_meta_on_messy_csv_counts_dropped_rows():
    table = run_meta(messy_frame(), yi="effect.size", vi="vi", mods="year.c + band",
                     random="district/school", robust="district")
    assert table.attrs["k"] == len(KON) - 4
    assert table.attrs["dropped"] == {"missing effect.size": 1, "missing vi": 1,
                                      "missing district": 1, "missing moderator band, year.c": 1}
    terms = table["term"].tolist()
    assert terms[:3] == ["Intercept", "band[T.late]", "year.c"]
    assert terms[3:] == ["sigma2.district", "sigma2.school", "QE", "QE_p", "I2", "I2.district",
                         "I2.school"]
    assert list(table.columns) == ["term", "estimate", "std_err", "df", "ci_low", "ci_high",
                                   "p_value"]
    # the same fit through integer ids and clean names gives the same numbers
    clean = KON.assign(band=np.where(KON["year"] < 1990, "a", "b")).drop(index=[0, 1, 2, 3])
    ref = run_meta(clean, yi="yi", vi="vi", mods="year_c + band", random="district/school",
                   robust="district")
    assert_allclose(table["estimate"].to_numpy(), ref["estimate"].to_numpy(), rtol=1e-10)


def test_tidy_df_is_infinite_for_z_and_k_minus_p_for_t():
    z = fit_meta(KON, yi="yi", vi="vi", mods="year_c", random="district/school").tidy()
    t = fit_meta(KON, yi="yi", vi="vi", mods="year_c", random="district/school",
                 test="t").tidy()
    assert np.isinf(z.loc[0, "df"])
    assert t.loc[0, "df"] == len(KON) - 2
