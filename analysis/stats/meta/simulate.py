"""Synthetic multilevel claim data with known truths, and coverage of the slope's intervals.

Truth for claim j of paper i (points, 0-100):
    θ_ij = β0 + β1 (x_ij − X_CENTER) + u_i + w_ij,  u_i ~ N(0, σ²_paper), w_ij ~ N(0, σ²_claim)
with x_ij = log10(params) varying between papers (paper centre) and within them. θ is clipped
to [0, 100] (the only departure from the linear model; `clipped` counts how often), and the
observed score is 100 · Binomial(n_ij, θ_ij/100) / n_ij on n_ij items.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.stats.meta.effects import binomial_vi
from analysis.stats.meta.model import fit_meta

log = logging.getLogger(__name__)

X_CENTER = 10.0  # log10 params of the reference model size (10B)
ITEM_RANGE = (30, 1319)  # AIME (30) to GSM8K test (1,319)
VARIANTS = ("CR2", "CR1", "model_z", "model_t", "FE")


@dataclass(frozen=True)
class Truth:
    """The parameters one synthetic data set was drawn from."""

    beta0: float
    beta1: float
    sigma2_paper: float
    sigma2_claim: float


def simulate_claims(rng: np.random.Generator, *, beta0: float = 50.0, beta1: float = 4.0,
                    n_papers: tuple[int, int] = (8, 30), claims: tuple[int, int] = (1, 6),
                    sigma_paper: tuple[float, float] = (5.0, 20.0),
                    sigma_claim: tuple[float, float] = (5.0, 20.0)) -> tuple[pd.DataFrame, Truth]:
    """One data set: papers, claims, scores, n_items, x; ranges are drawn uniformly."""
    G = int(rng.integers(n_papers[0], n_papers[1] + 1))
    truth = Truth(beta0, beta1, float(rng.uniform(*sigma_paper)) ** 2,
                  float(rng.uniform(*sigma_claim)) ** 2)
    sizes = rng.integers(claims[0], claims[1] + 1, size=G)
    paper = np.repeat(np.arange(G), sizes)
    k = len(paper)
    centre = rng.uniform(8.5, 11.5, size=G)  # paper-level model size (0.3B to 300B)
    x = centre[paper] + rng.normal(0.0, 0.4, size=k)  # within-paper spread of sizes
    u = rng.normal(0.0, np.sqrt(truth.sigma2_paper), size=G)
    w = rng.normal(0.0, np.sqrt(truth.sigma2_claim), size=k)
    theta = beta0 + beta1 * (x - X_CENTER) + u[paper] + w
    clipped = (theta < 0) | (theta > 100)
    theta = np.clip(theta, 0.0, 100.0)
    log_lo, log_hi = np.log(ITEM_RANGE[0]), np.log(ITEM_RANGE[1])
    n_items = np.round(np.exp(rng.uniform(log_lo, log_hi, size=G)))[paper].astype(int)
    score = 100.0 * rng.binomial(n_items, theta / 100.0) / n_items
    frame = pd.DataFrame({"paper_id": [f"p{i:02d}" for i in paper],
                          "claim_id": [f"c{j:03d}" for j in range(k)], "x": x - X_CENTER,
                          "n_items": n_items, "score": score, "clipped": clipped,
                          "yi": score, "vi": binomial_vi(score, n_items)})
    return frame, truth


def coverage_replicate(data: pd.DataFrame, truth: Truth, *, level: float = 0.95) -> dict:
    """Whether each variant's interval of the slope covers the true β1 (NaN if it failed)."""
    out = {v: np.nan for v in VARIANTS}
    out.update(k=len(data), papers=data["paper_id"].nunique(), clipped=int(data["clipped"].sum()))
    try:
        ml = fit_meta(data, yi="yi", vi="vi", mods="x", random="paper_id/claim_id",
                      robust="paper_id", level=level)
        fe = fit_meta(data, yi="yi", vi="vi", mods="x", method="FE", level=level)
    except Exception as exc:  # noqa: BLE001  counted as a failed replicate by the caller
        out["error"] = f"{type(exc).__name__}: {exc}"
        return out
    out["converged"] = ml.converged
    tables = {"CR2": ml.coefs, "CR1": ml.coef_table("CR1"), "model_z": ml.model_coefs,
              "model_t": ml.coef_table("model_t"), "FE": fe.model_coefs}
    for name, table in tables.items():
        i = table.names.index("x")
        out[name] = float(table.ci_low[i] <= truth.beta1 <= table.ci_high[i])
        out[f"{name}_width"] = float(table.ci_high[i] - table.ci_low[i])
    return out


def coverage_study(rng: np.random.Generator, *, n_rep: int, level: float = 0.95,
                   **simulate_options) -> pd.DataFrame:
    """One row per replicate with each variant's coverage indicator and interval width."""
    rows = []
    start = time.perf_counter()
    for _ in range(n_rep):
        data, truth = simulate_claims(rng, **simulate_options)
        rows.append(coverage_replicate(data, truth, level=level))
    log.info("%d coverage replicates in %.1f s", n_rep, time.perf_counter() - start)
    return pd.DataFrame(rows)


def coverage_summary(reps: pd.DataFrame) -> pd.DataFrame:
    """Coverage, its Monte-Carlo SE, mean width and failures for each variant."""
    rows = []
    for v in VARIANTS:
        hit = reps[v].dropna()
        p = float(hit.mean()) if len(hit) else np.nan
        rows.append({"variant": v, "coverage": p, "mc_se": float(np.sqrt(p * (1 - p) / len(hit)))
                     if len(hit) else np.nan, "mean_width": float(reps[f"{v}_width"].mean())
                     if f"{v}_width" in reps else np.nan, "replicates": len(hit),
                     "failed": int(reps[v].isna().sum())})
    return pd.DataFrame(rows)
