"""Tests of analysis/cli.py: the `meta` command against metafor/clubSandwich reference numbers."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from metafor_reference import COEF_RTOL, FIXTURES, VC_RTOL, Reference

from analysis.config import PROJ_ROOT

KONSTANTOPOULOS = FIXTURES / "konstantopoulos_input.csv"


def meta(tmp_path, *options: str) -> tuple[subprocess.CompletedProcess, pd.DataFrame | None]:
    out = tmp_path / "out.csv"
    run = subprocess.run([sys.executable, "-m", "analysis", "meta", *options, "--out", str(out)],
                         cwd=PROJ_ROOT, capture_output=True, text=True, timeout=120)
    return run, (pd.read_csv(out).set_index("term") if out.exists() else None)


def test_three_level_model_with_t_test_equals_metafor(tmp_path):
    run, table = meta(tmp_path, "--data", str(KONSTANTOPOULOS), "--yi", "yi", "--vi", "vi",
                      "--mods", "year_c", "--random", "district/school", "--test", "t")
    assert run.returncode == 0, run.stderr
    ref = Reference("konstantopoulos_results.csv")
    for ours, theirs in (("Intercept", "intrcpt"), ("year_c", "year_c")):
        for column, quantity in (("estimate", "estimate"), ("std_err", "se"), ("df", "df"),
                                 ("ci_low", "ci_lb"), ("ci_high", "ci_ub")):
            assert table.at[ours, column] == pytest.approx(
                ref.get("year_reml_t", theirs, quantity), rel=COEF_RTOL)
    for level in ("district", "school"):
        assert table.at[f"sigma2.{level}", "estimate"] == pytest.approx(
            ref.get("year_reml_t", f"sigma2.{level}", "estimate"), rel=VC_RTOL)
    assert table.at["QE", "estimate"] == pytest.approx(ref.get("year_reml_t", "", "QE"),
                                                       rel=COEF_RTOL)
    assert table.at["I2", "estimate"] == pytest.approx(ref.get("year_reml_t", "", "I2"),
                                                       rel=COEF_RTOL)
    assert list(table.index[:2]) == ["Intercept", "year_c"]
    assert list(table.columns) == ["estimate", "std_err", "df", "ci_low", "ci_high", "p_value"]


def test_robust_rows_are_cr2_with_satterthwaite_df(tmp_path):
    run, table = meta(tmp_path, "--data", str(KONSTANTOPOULOS), "--yi", "yi", "--vi", "vi",
                      "--mods", "year_c", "--random", "district/school", "--robust", "district")
    assert run.returncode == 0, run.stderr
    ref = Reference("konstantopoulos_results.csv")
    for ours, theirs in (("Intercept", "intrcpt"), ("year_c", "year_c")):
        for column, quantity in (("std_err", "se"), ("df", "df")):
            assert table.at[ours, column] == pytest.approx(
                ref.get("cr2_year", theirs, quantity), rel=COEF_RTOL)


def test_single_level_z_test_has_infinite_df_and_tau2(tmp_path):
    run, table = meta(tmp_path, "--data", str(FIXTURES / "bcg_input.csv"), "--yi", "yi",
                      "--vi", "vi", "--mods", "ablat", "--method", "reml")
    assert run.returncode == 0, run.stderr
    assert np.isinf(table.loc[["Intercept", "ablat"], "df"]).all()
    assert "tau2" in table.index and "sigma2.trial" not in table.index


@pytest.mark.parametrize("options, message", [
    (("--mods", "nonsense_column"), "nonsense_column"),
    (("--random", "district/nowhere"), "nowhere"),
    (("--random", "district", "--test", "knha"), "knha"),
])
def test_bad_options_fail_clearly_with_exit_2(tmp_path, options, message):
    run, table = meta(tmp_path, "--data", str(KONSTANTOPOULOS), "--yi", "yi", "--vi", "vi",
                      *options)
    assert run.returncode == 2 and table is None
    assert message in run.stderr and "Traceback" not in run.stderr
