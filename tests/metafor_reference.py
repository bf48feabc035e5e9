"""Helpers to read the metafor / clubSandwich reference fixtures (see make_reference.R)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "metafor"

# Tolerances of agreement with R (metafor 3.8.1, clubSandwich 0.5.8), run with tight
# convergence controls so the references are the optima themselves.
COEF_RTOL = 1e-4  # coefficients, standard errors, df, CIs, predictions, Q_E, I², regtest
VC_RTOL = 1e-3  # variance components and their CIs
VC_ATOL_SCALE = 1e-5  # absolute tolerance of components at the 0 boundary, times mean(vi)
PVAL_RTOL, PVAL_ATOL = 1e-3, 1e-8  # p-values magnify small differences in a test statistic


def fixture_input(name: str) -> pd.DataFrame:
    return pd.read_csv(FIXTURES / name)


class Reference:
    """One results file: look values up by model, term and quantity."""

    def __init__(self, name: str):
        self.frame = pd.read_csv(FIXTURES / name, keep_default_na=False,
                                 na_values=["NA"], dtype={"term": str})
        self.frame["value"] = pd.to_numeric(self.frame["value"].replace({"Inf": np.inf}))

    def get(self, model: str, term: str, quantity: str) -> float:
        hit = self.frame[(self.frame["model"] == model) & (self.frame["term"] == term)
                         & (self.frame["quantity"] == quantity)]
        if len(hit) != 1:
            raise KeyError(f"{model}/{term}/{quantity}: {len(hit)} rows")
        return float(hit["value"].iloc[0])

    def terms(self, model: str, quantity: str = "estimate") -> list[str]:
        rows = self.frame[(self.frame["model"] == model) & (self.frame["quantity"] == quantity)]
        return [t for t in rows["term"] if t and not t.startswith(("sigma2", "tau2"))]

    def vector(self, model: str, quantity: str, terms: list[str]) -> np.ndarray:
        return np.array([self.get(model, t, quantity) for t in terms])


def python_name(r_term: str, factor: str = "benchmark") -> str:
    """metafor's coefficient name -> the engine's (patsy's) name."""
    if r_term == "intrcpt":
        return "Intercept"
    m = re.fullmatch(rf"{factor}(.+)", r_term)
    if m and r_term != factor:
        return f"C({factor})[T.{m.group(1)}]"
    return r_term
