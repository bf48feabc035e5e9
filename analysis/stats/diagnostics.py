"""Checks on a scaling fit: bootstrap, collinearity, influence, residuals and robustness."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analysis.errors import InsufficientDataError
from analysis.stats.scaling import (
    PREDICTORS,
    ScalingFit,
    average_marginal_effects,
    fit_scaling,
    headline_term,
    needed_columns,
    point_estimates,
    tidy,
    validate_observations,
)

log = logging.getLogger(__name__)

# Thresholds for "params and tokens cannot be told apart" (rules of thumb: VIF > 10 from
# Kutner et al., Applied Linear Statistical Models, 5th ed., sec. 10.5; |r| > 0.9 is stricter
# for two predictors, where VIF = 1 / (1 - r^2) and VIF 10 means |r| = 0.95).
VIF_LIMIT = 10.0
CORRELATION_LIMIT = 0.9
MIN_SPREAD_DECADES = 0.05  # a log10 spread below this (12%) counts as constant
TEXT_COLUMNS = ("claim_id", "paper_id", "model_id", "benchmark", "model", "title", "quote")


# --- bootstrap over papers ------------------------------------------------------------------

def bootstrap_over_papers(obs: pd.DataFrame, *, rng: np.random.Generator, n_boot: int = 500,
                          alpha: float = 0.05, **fit_options: Any) -> pd.DataFrame:
    """Percentile intervals for each coefficient (and ame_ rows) resampling whole papers.

    Each replicate draws as many papers as the data has, with replacement, and refits the same
    model (same formula and weighting scheme) to their claims. Replicates whose design is
    rank-deficient (e.g. a benchmark or a method tag missing from the draw) are skipped and
    counted in `n_failed`.
    """
    fit = fit_scaling(obs, **fit_options)
    res = fit.results
    X = np.asarray(res.model.exog, float)
    score = fit.data["score"].to_numpy(float)
    n_items = fit.data["n_items"].to_numpy(float) if fit.weighted else None
    codes, papers = pd.factorize(fit.data["paper_id"])
    members = [np.flatnonzero(codes == k) for k in range(len(papers))]
    names = list(res.model.exog_names)
    draws, failed = [], 0
    for _ in range(n_boot):
        rows = np.concatenate([members[k] for k in rng.integers(0, len(papers), len(papers))])
        Xb = X[rows]
        if np.linalg.matrix_rank(Xb) < X.shape[1]:
            failed += 1
            continue
        beta = point_estimates(Xb, score[rows], None if n_items is None else n_items[rows],
                               form=fit.form, weighted=fit.weighted)
        ame = average_marginal_effects(fit, beta, Xb)
        draws.append([*beta, *(v for v, _ in ame.values())])
    if not draws:
        raise InsufficientDataError(f"{fit.benchmark}: no bootstrap replicate could be fitted")
    full = tidy(fit, alpha=alpha).set_index("term")
    terms = names + list(average_marginal_effects(fit))
    boot = np.asarray(draws)
    lo, hi = np.quantile(boot, [alpha / 2, 1 - alpha / 2], axis=0)
    if failed > 0.1 * n_boot:
        log.warning("%s: %d of %d bootstrap replicates were degenerate", fit.benchmark,
                    failed, n_boot)
    return pd.DataFrame({"term": terms, "estimate": full.loc[terms, "estimate"].to_numpy(),
                         "boot_se": boot.std(axis=0, ddof=1), "ci_low": lo, "ci_high": hi,
                         "n_boot": len(boot), "n_failed": failed})


# --- collinearity of params and tokens ------------------------------------------------------

@dataclass(frozen=True)
class Collinearity:
    """How well the data separate log10 params (x) from log10 tokens (z)."""

    n_claims: int  # claims with both params and tokens known
    n_models: int
    correlation: float  # Pearson r of x and z over claims (NaN when one is constant)
    vif_x: float
    vif_z: float
    condition_number: float  # of the standardised [x, z] (centred, unit variance)
    separable: bool
    verdict: str


def collinearity(obs: pd.DataFrame) -> Collinearity:
    """VIFs, correlation and condition number of x = log10(params) and z = log10(tokens).

    Computed over every claim with both known (all benchmarks in `obs`). With two predictors
    VIF_x = VIF_z = 1 / (1 - r^2) and the condition number is sqrt((1 + |r|) / (1 - |r|)).
    """
    validate_observations(obs, columns=("claim_id", "model_id", "params", "tokens"))
    both = obs[obs["params"].notna() & obs["tokens"].notna()]
    if len(both) < 3:
        raise InsufficientDataError(f"{len(both)} claims with both params and tokens known; "
                                    "need at least 3 to judge collinearity")
    x = np.log10(both["params"].to_numpy(float))
    z = np.log10(both["tokens"].to_numpy(float))
    n_models = both["model_id"].nunique()
    spread = {"params": np.ptp(x), "tokens": np.ptp(z)}
    flat = [k for k, s in spread.items() if s < MIN_SPREAD_DECADES]
    if flat:
        r, vif, cond = np.nan, np.inf, np.inf  # a constant column: r undefined, VIF unbounded
        verdict = (f"cannot separate params from tokens: {' and '.join(flat)} constant within "
                   f"these {len(both)} claims (spread < {MIN_SPREAD_DECADES} decades)")
        return Collinearity(len(both), n_models, r, vif, vif, cond, False, verdict)
    r = float(np.corrcoef(x, z)[0, 1])
    vif = 1.0 / (1.0 - r * r) if abs(r) < 1 else np.inf
    cond = float(np.sqrt((1 + abs(r)) / (1 - abs(r)))) if abs(r) < 1 else np.inf
    bad = vif > VIF_LIMIT or abs(r) > CORRELATION_LIMIT
    verdict = (f"cannot separate params from tokens: r = {r:.3f}, VIF = {vif:.1f} "
               f"(limits |r| {CORRELATION_LIMIT}, VIF {VIF_LIMIT:g}); "
               "use predictors='params' or 'compute'" if bad else
               f"params and tokens separable: r = {r:.3f}, VIF = {vif:.1f}")
    return Collinearity(len(both), n_models, r, vif, vif, cond, not bad, verdict)


# --- influence and residuals ----------------------------------------------------------------

def _claims(result: ScalingFit) -> pd.DataFrame:
    data = result.data
    return pd.DataFrame({c: data[c] if c in data.columns else "" for c in TEXT_COLUMNS})


def _linear_cooks(result: ScalingFit) -> np.ndarray:
    """Cook's D on the whitened (weighted) regression; statsmodels has none for WLS."""
    res = result.results
    X = np.asarray(res.model.exog, float)
    w = np.asarray(res.model.weights, float) * np.ones(len(X))  # OLS weights are a scalar 1
    e = np.asarray(res.model.endog, float) - X @ np.asarray(res.params)
    h = w * np.einsum("ij,jk,ik->i", X, np.linalg.inv(X.T @ (X * w[:, None])), X)
    s2 = np.sum(w * e * e) / (len(X) - X.shape[1])
    return w * e * e / (X.shape[1] * s2) * h / (1 - h) ** 2


def cooks_distance(result: ScalingFit) -> pd.DataFrame:
    """Cook's distance per claim (weights held fixed); `influential` marks D > 4/n.

    Linear: exact one-step formula on the weighted regression. Logit: statsmodels'
    GLM one-step approximation. Both use the model-based scale, not the clustered covariance.
    """
    if result.form == "linear":
        d = _linear_cooks(result)
    else:
        d = np.asarray(result.results.get_influence().cooks_distance[0], float)
    out = _claims(result)[["claim_id", "paper_id", "model_id", "benchmark"]]
    return out.assign(cooks_d=d, influential=d > 4.0 / len(d))


def residuals(result: ScalingFit) -> pd.DataFrame:
    """Per claim: score, fitted score and residual in points, Pearson residual, quote."""
    res = result.results
    fitted = np.asarray(res.fittedvalues, float) * (100.0 if result.form == "logit" else 1.0)
    score = result.data["score"].to_numpy(float)
    if result.form == "linear":
        w = np.asarray(res.model.weights, float) if result.weighted else 1.0
        pearson = (score - fitted) * np.sqrt(w) / np.sqrt(res.scale)
    else:
        pearson = np.asarray(res.resid_pearson, float)
    out = _claims(result)
    out.insert(4, "params", result.data["params"].to_numpy(float))
    return out.assign(score=score, fitted=fitted, residual=score - fitted, pearson=pearson)


def outliers(result: ScalingFit, *, n: int = 5) -> pd.DataFrame:
    """The n claims furthest above and the n furthest below the trend, in points."""
    res = residuals(result).sort_values("residual", ascending=False)
    above = res[res["residual"] > 0].head(n).assign(direction="above")
    below = res[res["residual"] < 0].iloc[::-1].head(n).assign(direction="below")
    cols = ["direction", "claim_id", "paper_id", "model", "title", "quote", "score", "fitted",
            "residual"]
    return pd.concat([above, below], ignore_index=True)[cols]


# --- leave one paper out and the robustness panel -------------------------------------------

@dataclass
class LeaveOnePaperOut:
    """The headline slope refitted without each paper in turn."""

    term: str
    full_estimate: float
    table: pd.DataFrame  # paper_id, title, n_claims_dropped, estimate, ..., shift, status
    low: float  # smallest slope over the drops that could be fitted
    high: float
    most_influential: str  # paper whose removal moves the slope most


def _term_row(obs: pd.DataFrame, term: str | None, alpha: float,
              fit_options: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Tidy row of the headline term for one refit, or NaNs and the refusal message."""
    try:
        fit = fit_scaling(obs, **fit_options)
    except InsufficientDataError as exc:
        empty = {"estimate": np.nan, "std_err": np.nan, "ci_low": np.nan, "ci_high": np.nan,
                 "n_claims": len(obs), "n_papers": obs["paper_id"].nunique()}
        return empty, f"insufficient: {exc}"
    rows = tidy(fit, alpha=alpha).set_index("term")
    row = rows.loc[term or headline_term(fit)]
    keys = ("estimate", "std_err", "ci_low", "ci_high", "n_claims", "n_papers")
    return {k: row[k] for k in keys}, "ok"


def leave_one_paper_out(obs: pd.DataFrame, *, term: str | None = None, alpha: float = 0.05,
                        **fit_options: Any) -> LeaveOnePaperOut:
    """Refit without each paper; the default term is the headline (ame_x: points/decade)."""
    full = fit_scaling(obs, **fit_options)
    term = term or headline_term(full)
    base = tidy(full, alpha=alpha).set_index("term").loc[term, "estimate"]
    rows = []
    for paper in sorted(obs["paper_id"].unique()):
        keep = obs["paper_id"] != paper
        row, status = _term_row(obs[keep], term, alpha, fit_options)
        title = obs.loc[~keep, "title"].iloc[0] if "title" in obs.columns else ""
        rows.append({"paper_id": paper, "title": title, "n_claims_dropped": int((~keep).sum()),
                     **row, "shift": row["estimate"] - base, "status": status})
    table = pd.DataFrame(rows)
    ok = table[table["status"] == "ok"]
    if ok.empty:
        raise InsufficientDataError(f"{full.benchmark}: no paper can be dropped and still fit")
    top = ok.loc[ok["shift"].abs().idxmax(), "paper_id"]
    return LeaveOnePaperOut(term, float(base), table, float(ok["estimate"].min()),
                            float(ok["estimate"].max()), str(top))


def robustness_panel(obs: pd.DataFrame, *, term: str | None = None, alpha: float = 0.05,
                     **fit_options: Any) -> pd.DataFrame:
    """The headline slope on all claims and on subsets that remove suspect ones.

    Rows: all claims; without curated claims; without uncertain claims; the smallest and the
    largest slope when one paper is left out (the paper is named in `detail`). `status` says
    why a variant could not be fitted; `excludes_zero` says whether its interval excludes 0.
    """
    predictors = fit_options.get("predictors", "params")
    validate_observations(obs, columns=needed_columns(
        form=fit_options.get("form", "linear"), predictors=predictors,
        weighted=fit_options.get("weighted", True), methods=fit_options.get("methods", False),
        extra=("curated", "uncertain")))
    term = term or "ame_" + PREDICTORS[predictors][0]
    variants = [("all claims", "", obs),
                ("without curated claims", f"{int(obs['curated'].sum())} curated dropped",
                 obs[~obs["curated"].astype(bool)]),
                ("without uncertain claims", f"{int(obs['uncertain'].sum())} uncertain dropped",
                 obs[~obs["uncertain"].astype(bool)])]
    rows = []
    for name, detail, sub in variants:
        row, status = _term_row(sub, term, alpha, fit_options)
        rows.append({"variant": name, "detail": detail, **row, "status": status})
    try:
        lopo = leave_one_paper_out(obs, term=term, alpha=alpha, **fit_options)
    except InsufficientDataError as exc:
        lopo = None
        rows.append({"variant": "without one paper", "detail": "",
                     "status": f"insufficient: {exc}"})
    if lopo is not None:
        ok = lopo.table[lopo.table["status"] == "ok"]
        for name, idx in (("without one paper: min", ok["estimate"].idxmin()),
                          ("without one paper: max", ok["estimate"].idxmax())):
            r = ok.loc[idx]
            rows.append({"variant": name, "detail": f"without {r['paper_id']} ({r['title']})",
                         **{k: r[k] for k in ("estimate", "std_err", "ci_low", "ci_high")},
                         "n_claims": r["n_claims"], "n_papers": r["n_papers"], "status": "ok"})
    panel = pd.DataFrame(rows).assign(term=term)
    panel["excludes_zero"] = (panel["ci_low"] > 0) | (panel["ci_high"] < 0)
    cols = ["variant", "detail", "term", "estimate", "std_err", "ci_low", "ci_high",
            "excludes_zero", "n_claims", "n_papers", "status"]
    return panel[cols]
