"""fits.csv: every design on every benchmark set, with heterogeneity, intervals and verdicts."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from analysis.stats.designs import DESIGNS, PAPER, DesignFit, count, typical_claim
from analysis.stats.scaling_study import Judged, judge, select
from analysis.vocab import COMPARISON_VERDICT, NOT_HEADLINE, POOLED, VERDICTS

log = logging.getLogger(__name__)

# Benchmarks pooled under one name in the fits table (the same test in several years).
BENCHMARK_POOLS = {"AIME, all years": ("AIME-2024", "AIME-2025", "AIME")}
MIN_CLAIMS_FOR_A_SET = 3  # fewer usable claims than this: no row at all for that benchmark
FIT_COLUMNS = [
    "design", "benchmark", "pool", "form", "predictors", "model", "test", "term", "estimate",
    "std_err", "df", "ci_low", "ci_high", "p_value", "n_claims", "n_models", "n_papers",
    "sigma2_paper", "sigma2_claim", "tau2", "I2", "QE", "QE_df", "QE_p", "pi_low", "pi_high",
    "verdict", "verdict_reason", "formula", "status", "warnings",
]
NEW_CLAIM = "new claim"  # the term of the row that predicts a new claim (pi_low, pi_high)
COUNT_COLUMNS = ("n_claims", "n_models", "n_papers")  # whole numbers, never 36.0
FIT_KEYS = ["design", "benchmark", "form", "predictors", "model"]  # one fit (or its refusal)
# A fit is degenerate when it leaves (almost) no residual information: at most this many
# claims more than coefficients, or a cluster-robust standard error of the headline below this
# share of its model-based one (the sandwich has collapsed: fewer papers than coefficients).
MAX_DEGENERATE_RESIDUAL_DF = 1
MIN_ROBUST_SE_SHARE = 0.01
DEGENERATE = "degenerate fit"  # how warnings and verdict_reason start for such a fit


def _heterogeneity(fit: DesignFit) -> dict:
    res = fit.result
    sigma = dict(zip(res.component_names, res.sigma2, strict=True))
    het = res.heterogeneity
    return {"sigma2_paper": sigma.get(f"sigma2.{PAPER}", np.nan),
            "sigma2_claim": sigma.get("sigma2.claim_id", np.nan), "tau2": sigma.get("tau2",
                                                                                   np.nan),
            "I2": het.I2, "QE": het.QE, "QE_df": het.df, "QE_p": het.QE_p}


def degenerate(fit: DesignFit) -> str:
    """Why a fit's intervals mean nothing (too many coefficients for its claims and papers),
    or "" when they do. The headline's interval of such a fit must not be read as a result."""
    res = fit.result
    if res is None:
        return ""
    n, p = len(fit.data), int(res.design.p)
    papers = int(fit.data[PAPER].nunique())
    what = (f"{DEGENERATE}: {count(p, 'coefficient')} from {count(n, 'claim')} in "
            f"{count(papers, 'paper')}")
    if n - p <= MAX_DEGENERATE_RESIDUAL_DF:
        return (f"{what} leave {count(n - p, 'residual degree')} of freedom, so the intervals "
                "are not meaningful")
    if res.robust_vcov is None or not fit.headline_term:
        return ""
    names = list(res.names)
    at = names.index(fit.headline_term)
    robust, model = res.coefs.std_err[at], res.model_coefs.std_err[at]
    if np.isfinite(model) and model > 0 and robust < MIN_ROBUST_SE_SHARE * model:
        return (f"{what}: the cluster-robust standard error of the headline ({robust:.2g}) "
                f"collapses to under {MIN_ROBUST_SE_SHARE:.0%} of the model-based one "
                f"({model:.3g}), so the intervals are not meaningful")
    return ""


def fit_rows(judged: Judged, *, benchmark: str, pool: tuple[str, ...], form: str,
             predictors: str, method: str = "REML") -> pd.DataFrame:
    """The rows of one judged fit: coefficients, then a new claim's prediction interval.

    A refused fit is one row naming the model it tried (the fixed-effect comparison of a
    refused set is then a row of its own, not a copy of the random-effects refusal)."""
    fit = judged.fit
    data = fit.data
    model = "FE" if method == "FE" else "RE-multilevel"
    broken = degenerate(fit)
    head = {"design": fit.design, "benchmark": benchmark, "pool": ";".join(pool),
            "form": form, "predictors": predictors, "n_claims": len(data),
            "n_models": int(data["model_key"].nunique()) if len(data) else 0,
            "n_papers": int(data[PAPER].nunique()) if len(data) else 0,
            "verdict": judged.verdict,
            "verdict_reason": f"{broken}; {judged.reason}" if broken else judged.reason,
            "formula": fit.formula, "warnings": "; ".join([*([broken] if broken else []),
                                                          *fit.notes])}
    if fit.result is None:
        return pd.DataFrame([{**head, "status": f"refused: {fit.refusal}", "model": model,
                              "test": "", "term": ""}]).reindex(columns=FIT_COLUMNS)
    res = fit.result
    test = "CR2-Satterthwaite" if res.robust_vcov is not None else res.spec.test
    coefs = res.coefs.frame()
    new = res.predict(typical_claim(data)).iloc[0]
    points = (lambda v: 100.0 / (1.0 + np.exp(-v))) if form == "logit" else (lambda v: v)
    new_row = {"term": NEW_CLAIM, "estimate": points(new["pred"]), "std_err": np.nan,
               "df": new["df"], "ci_low": points(new["ci_low"]),
               "ci_high": points(new["ci_high"]), "pi_low": points(new["pi_low"]),
               "pi_high": points(new["pi_high"])}
    if form == "linear":
        new_row["std_err"] = new["se"]
    rows = pd.concat([coefs, pd.DataFrame([new_row])], ignore_index=True)
    rows = rows.assign(**head, **_heterogeneity(fit), model=model, test=test, status="ok")
    if model == "FE":  # a labelled comparison, never a finding
        rows["verdict"], rows["verdict_reason"] = COMPARISON_VERDICT, "fixed effect: ignores " \
            "between-claim heterogeneity; shown only beside the random-effects fit"
    else:  # the verdict judges the headline term's interval, not the controls' or intercept's
        other = rows["term"] != fit.headline_term
        rows.loc[other, "verdict"] = NOT_HEADLINE
        rows.loc[other, "verdict_reason"] = f"the verdict is on {fit.headline_term}"
    return rows.reindex(columns=FIT_COLUMNS)


def benchmark_sets(table: pd.DataFrame) -> list[tuple[str, tuple[str, ...]]]:
    """(name, pool) of every set fitted: each benchmark with enough claims, pools, pooled."""
    rows, _ = select(table, benchmark=POOLED)
    counts = rows["benchmark"].value_counts()
    sets = [(str(b), ()) for b in counts[counts >= MIN_CLAIMS_FOR_A_SET].index]
    present = set(rows["benchmark"])
    sets += [(name, pool) for name, pool in BENCHMARK_POOLS.items()
             if len(present & set(pool)) > 1]
    return [*sets, (POOLED, ())]


def _variants(benchmark: str, designs: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(design, form, predictors, method) fitted for a set; the pooled set gets more."""
    plain = [(d, "linear", "params", "REML") for d in designs]
    if "between" not in designs:
        return plain
    plain.append(("between", "linear", "params", "FE"))
    if benchmark == POOLED:
        plain += [("between", "linear", "params+tokens", "REML"),
                  ("between", "linear", "compute", "REML"),
                  ("between", "logit", "params", "REML")]
    return plain


def fits_table(table: pd.DataFrame, *, designs: tuple[str, ...] = DESIGNS,
               sets: list[tuple[str, tuple[str, ...]]] | None = None,
               selection: dict | None = None) -> pd.DataFrame:
    """Every design of every benchmark set (observations.csv in, fits.csv out).

    `sets` defaults to benchmark_sets(table); `designs` to all three; `selection` passes
    basis, metrics or roles on to the claim selection (scaling_study.select).
    """
    parts = []
    selection = selection or {}
    for benchmark, pool in sets if sets is not None else benchmark_sets(table):
        rows, filters = select(table, benchmark=benchmark, pool=pool, **selection)
        for design, form, predictors, method in _variants(benchmark, designs):
            judged = judge(rows, filters, design, robust=method != "FE", form=form,
                           predictors=predictors, method=method)
            parts.append(fit_rows(judged, benchmark=benchmark, pool=pool, form=form,
                                  predictors=predictors, method=method))
    if not parts:
        return pd.DataFrame(columns=FIT_COLUMNS)
    fits = pd.concat(parts, ignore_index=True)
    copies = fits.duplicated()
    if copies.any():  # a guard: every variant is its own row (fit_rows names the model)
        log.warning("fits table: %d duplicated rows dropped", int(copies.sum()))
    return integer_counts(fits[~copies].reset_index(drop=True))


def integer_counts(fits: pd.DataFrame) -> pd.DataFrame:
    """The count columns as whole numbers (a schema's float coercion undone)."""
    present = [c for c in COUNT_COLUMNS if c in fits.columns]
    return fits.astype({c: "int64" for c in present})


def headline_rows(fits: pd.DataFrame, *, designs: tuple[str, ...] = DESIGNS) -> pd.DataFrame:
    """One row per (benchmark set, design) of the random-effects linear size model: the
    headline term (x_c; year_c for the era design), or the refusal."""
    rows = fits[fits["design"].isin(designs) & (fits["model"] != "FE")
                & (fits["form"] == "linear") & (fits["predictors"] == "params")]
    head = rows[(rows["status"] != "ok") | ((rows["design"] == "era") & (rows["term"] == "year_c"))
                | ((rows["design"] != "era") & (rows["term"] == "x_c"))]
    return head.reset_index(drop=True)


SLOPE_DESIGNS = ("between", "within")  # the size slopes counted in one-line summaries


def fits_summary(fits: pd.DataFrame) -> str:
    """One line, the same in the index and the report across benchmarks: the size slopes by
    verdict over the benchmark sets, and every fit fits.csv holds."""
    head = headline_rows(fits, designs=SLOPE_DESIGNS)
    counts = head["verdict"].value_counts()
    shown = ", ".join(count(counts[v], f"{v} slope") for v in VERDICTS if counts.get(v))
    every = fits.drop_duplicates(FIT_KEYS)
    fitted = int((every["status"] == "ok").sum())
    return (f"{shown or 'no slope'} over {count(head['benchmark'].nunique(), 'benchmark set')} "
            f"(between and within designs); fits.csv: {count(fitted, 'fit')} and "
            f"{len(every) - fitted} refused, every design and variant")
