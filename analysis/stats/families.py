"""A model family's own size curve on one benchmark, beside the pooled one."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.errors import InsufficientDataError
from analysis.stats.designs import prepare
from analysis.stats.meta.errors import MetaSpecError
from analysis.stats.meta.model import fit_meta
from analysis.stats.meta.results import MetaResult

log = logging.getLogger(__name__)

MIN_FAMILY_SIZES = 3  # distinct sizes of one family on one benchmark for a curve of its own
BOUNDED_BELOW, BOUNDED_ABOVE = 10.0, 90.0  # points: scores this close to 0 or 100 bend the line
GRID_POINTS = 40


@dataclass
class FamilyCurve:
    """One family's fit on one benchmark (log-odds when its scores approach 0 or 100)."""

    family: str
    benchmark: str
    form: str
    data: pd.DataFrame
    result: MetaResult | None
    refusal: str | None
    curve: pd.DataFrame  # params, mean, ci_low, ci_high in points (empty when refused)

    @property
    def slope(self) -> pd.Series | None:
        if self.result is None:
            return None
        return self.result.coefs.frame().set_index("term").loc["x_c"]


def family_form(scores: pd.Series) -> str:
    """Logit when any score approaches a bound (a line would leave 0-100), else linear."""
    near = (scores < BOUNDED_BELOW) | (scores > BOUNDED_ABOVE)
    return "logit" if near.any() else "linear"


def _points(values: np.ndarray, form: str) -> np.ndarray:
    return 100.0 / (1.0 + np.exp(-values)) if form == "logit" else values


def _curve(result: MetaResult, data: pd.DataFrame, form: str) -> pd.DataFrame:
    x = np.linspace(data["x_c"].min(), data["x_c"].max(), GRID_POINTS)
    pred = result.predict(pd.DataFrame({"x_c": x}), kind="model")
    return pd.DataFrame({"params": 1e9 * 10 ** x,
                         "mean": _points(pred["pred"].to_numpy(), form),
                         "ci_low": _points(pred["ci_low"].to_numpy(), form),
                         "ci_high": _points(pred["ci_high"].to_numpy(), form)})


def fit_family(rows: pd.DataFrame, family: str, benchmark: str) -> FamilyCurve:
    """Single-level random-effects regression of the family's scores on log10 size."""
    form = family_form(rows["score"])
    data = prepare(rows, form=form)
    sizes = data["x_c"].round(3).nunique()
    empty = pd.DataFrame(columns=["params", "mean", "ci_low", "ci_high"])
    if sizes < MIN_FAMILY_SIZES:
        why = f"{sizes} sizes; a family curve needs {MIN_FAMILY_SIZES}"
        return FamilyCurve(family, benchmark, form, data, None, why, empty)
    try:
        result = fit_meta(data, yi="yi", vi="vi_fit", mods="x_c", method="REML", test="t")
    except (MetaSpecError, InsufficientDataError, np.linalg.LinAlgError) as exc:
        return FamilyCurve(family, benchmark, form, data, None, str(exc), empty)
    return FamilyCurve(family, benchmark, form, data, result, None, _curve(result, data, form))


def family_curves(rows: pd.DataFrame) -> list[FamilyCurve]:
    """Every (family, benchmark) with at least MIN_FAMILY_SIZES distinct registry sizes."""
    known = rows[(rows["family"].fillna("") != "") & rows["score"].notna()]
    curves = []
    for (family, benchmark), group in known.groupby(["family", "benchmark"], sort=True):
        if group["params"].round(-6).nunique() >= MIN_FAMILY_SIZES:
            curves.append(fit_family(group, str(family), str(benchmark)))
    return curves
