"""Scaling regressions of benchmark scores on log parameters, tokens or compute (statsmodels)."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
import patsy
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import stats
from statsmodels.tools.sm_exceptions import (
    ConvergenceWarning,
    PerfectSeparationWarning,
    SpecificationWarning,
)

from analysis.errors import InsufficientDataError, Problem, ValidationError
from analysis.vocab import FIT_FORMS, METHOD_COLUMNS

log = logging.getLogger(__name__)

Form = Literal["linear", "logit"]
Predictors = Literal["params", "params+tokens", "compute"]

FORMS = FIT_FORMS
# The design columns of each predictor set (vocab.PREDICTORS names the sets).
PREDICTORS: dict[str, tuple[str, ...]] = {"params": ("x",), "params+tokens": ("x", "z"),
                                          "compute": ("c",)}
TERM_MEANING = {"x": "log10(params)", "z": "log10(tokens)", "c": "log10(6*params*tokens)"}
METHOD_TAGS = METHOD_COLUMNS
TABLE = "observations"  # how validation problems name the in-memory table
COMPUTE_FLOPS_PER_PARAM_TOKEN = 6.0  # C ~ 6*N*D training FLOPs (Kaplan et al. 2020, eq. 2.1)
# Cluster-robust SEs need many clusters; below ~10 papers they are too narrow even with the
# G/(G-1) correction and t(G-1) reference (Cameron & Miller 2015, J. Human Resources 50(2)).
FEW_CLUSTERS = 10
TIDY_COLUMNS = ["benchmark", "form", "predictors", "weighted", "term", "estimate", "std_err",
                "ci_low", "ci_high", "p_value", "n_claims", "n_models", "n_papers"]


@dataclass(frozen=True)
class FilterStep:
    """One row filter applied before fitting: how many rows it dropped and why."""

    step: str
    dropped: int
    remaining: int


@dataclass
class ScalingFit:
    """A fitted scaling regression: statsmodels results plus the data and choices behind it."""

    results: Any  # statsmodels RegressionResultsWrapper or GLMResultsWrapper (cluster-robust)
    formula: str
    data: pd.DataFrame  # the rows used, with x/z/c, weights and the provenance columns
    n_claims: int
    n_models: int
    n_papers: int
    benchmark: str  # the benchmark name, or "pooled" for a fixed-effects fit over several
    options: dict[str, Any]  # keyword options of fit_scaling, enough to refit the same model
    warnings: list[str] = field(default_factory=list)
    filters: list[FilterStep] = field(default_factory=list)

    @property
    def form(self) -> str:
        return self.options["form"]

    @property
    def predictors(self) -> str:
        return self.options["predictors"]

    @property
    def weighted(self) -> bool:
        return self.options["weighted"]


def headline_term(result: ScalingFit) -> str:
    """The tidy term read as the headline: points per decade of params (or of compute)."""
    return "ame_" + PREDICTORS[result.predictors][0]


# --- validation -----------------------------------------------------------------------------

def _where(obs: pd.DataFrame, pos: int) -> str:
    claim = obs["claim_id"].iloc[pos] if "claim_id" in obs.columns else None
    return f"row {pos}" + (f" (claim {claim})" if isinstance(claim, str) else "")


def _check_numeric(obs: pd.DataFrame, col: str, *, low: float, high: float,
                   missing_ok: bool, integer: bool = False) -> list[Problem]:
    raw = obs[col]
    num = pd.to_numeric(raw, errors="coerce")
    problems = []
    for pos in range(len(obs)):
        value, orig = num.iloc[pos], raw.iloc[pos]
        if pd.isna(value):
            if not pd.isna(orig):
                msg = f"must be a number, got {orig!r}"
            elif missing_ok:
                continue
            else:
                msg = "is missing"
        elif not (low <= value <= high) or not np.isfinite(value):
            msg = f"must be in [{low:g}, {high:g}], got {value!r}"
        elif integer and value != int(value):
            msg = f"must be a whole number, got {value!r}"
        else:
            continue
        problems.append(Problem(TABLE, None, col, f"{_where(obs, pos)}: {msg}"))
    return problems


def _check_labels(obs: pd.DataFrame, col: str) -> list[Problem]:
    bad = [pos for pos, v in enumerate(obs[col]) if not (isinstance(v, str) and v.strip())]
    return [Problem(TABLE, None, col, f"{_where(obs, pos)}: must be a non-empty string, "
                    f"got {obs[col].iloc[pos]!r}") for pos in bad]


def _check_flags(obs: pd.DataFrame, col: str) -> list[Problem]:
    ok = {True, False}  # also admits 0/1 and numpy bools, which compare equal
    bad = [pos for pos, v in enumerate(obs[col]) if pd.isna(v) or v not in ok]
    return [Problem(TABLE, None, col, f"{_where(obs, pos)}: must be True/False, "
                    f"got {obs[col].iloc[pos]!r}") for pos in bad]


def validate_observations(obs: pd.DataFrame, *, columns: tuple[str, ...]) -> None:
    """Raise ValidationError listing every missing column and bad value among `columns`."""
    if not isinstance(obs, pd.DataFrame):
        raise ValidationError([Problem(TABLE, None, None,
                                       f"must be a pandas DataFrame, got {type(obs).__name__}")])
    missing = [c for c in columns if c not in obs.columns]
    problems = [Problem(TABLE, None, c, "column is missing") for c in missing]
    present = set(columns) - set(missing)
    for col in ("claim_id", "paper_id", "model_id", "benchmark"):
        if col in present:
            problems += _check_labels(obs, col)
    if "score" in present:
        problems += _check_numeric(obs, "score", low=0.0, high=100.0, missing_ok=False)
    for col in ("params", "tokens"):  # missing values are dropped (and counted) by the fit
        if col in present:
            problems += _check_numeric(obs, col, low=1.0, high=np.inf, missing_ok=True)
    if "n_items" in present:
        problems += _check_numeric(obs, "n_items", low=1, high=np.inf, missing_ok=True,
                                   integer=True)
    for col in (*METHOD_TAGS, "uncertain", "curated"):
        if col in present:
            problems += _check_flags(obs, col)
    if problems:
        raise ValidationError(problems)


def needed_columns(*, form: str, predictors: str, weighted: bool, methods: bool,
                   extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The observation columns a fit with these options reads."""
    cols = ["claim_id", "paper_id", "model_id", "benchmark", "score", "params"]
    if predictors != "params":
        cols.append("tokens")
    if weighted:
        cols.append("n_items")
    if methods:
        cols += METHOD_TAGS
    return tuple(cols) + extra


# --- data preparation -----------------------------------------------------------------------

def _prepare(obs: pd.DataFrame, *, predictors: str, weighted: bool,
             methods: bool) -> tuple[pd.DataFrame, list[FilterStep]]:
    data = obs.copy()
    for col in ("score", "params", "tokens", "n_items"):
        if col in data.columns:
            data[col] = pd.to_numeric(data[col], errors="coerce").astype(float)
    steps = [("params known", data["params"].notna())]
    if predictors != "params":
        steps.append(("tokens known", data["tokens"].notna()))
    if weighted:
        steps.append(("n_items known (needed for weights)", data["n_items"].notna()))
    filters = []
    keep = pd.Series(True, index=data.index)
    for step, ok in steps:
        dropped = int((keep & ~ok).sum())
        keep &= ok
        filters.append(FilterStep(step, dropped, int(keep.sum())))
    data = data.loc[keep].reset_index(drop=True)
    data["x"] = np.log10(data["params"])
    if predictors != "params":
        data["z"] = np.log10(data["tokens"])
        data["c"] = np.log10(COMPUTE_FLOPS_PER_PARAM_TOKEN * data["params"] * data["tokens"])
    if methods:
        for tag in METHOD_TAGS:
            data[tag] = data[tag].astype(bool).astype(int)
    return data, filters


def _label(obs: pd.DataFrame, pooled: bool) -> str:
    return "pooled" if pooled else (str(obs["benchmark"].iloc[0]) if len(obs) else "(no claims)")


def _check_sample(data: pd.DataFrame, label: str, filters: list[FilterStep],
                  need: tuple[int, int, int]) -> None:
    n_claims, n_papers, n_models = (len(data), data["paper_id"].nunique(),
                                    data["model_id"].nunique())
    if n_claims >= need[0] and n_papers >= max(need[1], 2) and n_models >= need[2]:
        return
    dropped = [f"{f.dropped} dropped: not {f.step}" for f in filters if f.dropped]
    note = f" ({'; '.join(dropped)})" if dropped else ""
    raise InsufficientDataError(
        f"{label}: {n_claims} claims from {n_papers} papers and {n_models} models{note}; "
        f"need at least {need[0]} claims, {max(need[1], 2)} papers, {need[2]} models")


def _design_terms(data: pd.DataFrame, *, predictors: str, pooled: bool, methods: bool,
                  label: str, notes: list[str]) -> list[str]:
    """Formula terms in order, dropping moderators that are constant or redundant."""
    if data["score"].nunique() < 2:
        raise InsufficientDataError(f"{label}: every score is {data['score'].iloc[0]:g}; "
                                    "a constant outcome has no trend to fit")
    if pooled:
        cols = {f"C(benchmark)[{b}]": (data["benchmark"] == b).to_numpy(float)
                for b in sorted(data["benchmark"].unique())}
    else:
        cols = {"Intercept": np.ones(len(data))}
    cols |= {v: data[v].to_numpy(float) for v in PREDICTORS[predictors]}
    if methods:
        cols |= {t: data[t].to_numpy(float) for t in METHOD_TAGS}
    kept: list[str] = []
    for name in cols:
        trial = np.column_stack([cols[k] for k in [*kept, name]])
        if np.linalg.matrix_rank(trial) == len(kept) + 1:
            kept.append(name)
        elif name in METHOD_TAGS:
            notes.append(f"{name} dropped as a moderator: it is constant or duplicates "
                         "another term in these claims")
        else:
            what = TERM_MEANING.get(name, name)
            raise InsufficientDataError(f"{label}: {what} is constant or collinear with "
                                        f"{', '.join(kept)}; the fit cannot estimate it")
    rhs = ["0 + C(benchmark)"] if pooled else []
    return rhs + [k for k in kept if not k.startswith("C(benchmark)") and k != "Intercept"]


def binomial_weights(fitted: np.ndarray, n_items: np.ndarray) -> np.ndarray:
    """Inverse binomial sampling variance (1/points^2) of a score with n_items problems.

    p comes from the fitted trend, not the observed score: weights built from observed
    scores favour claims that landed far from 50% and bias the slope (about +10% in a
    30-item simulation), while fitted p keeps the weights independent of the noise.
    """
    n = np.asarray(n_items, float)
    p = np.clip(np.asarray(fitted, float) / 100.0, 0.5 / n, 1.0 - 0.5 / n)
    return n / (1e4 * p * (1.0 - p))


def point_estimates(X: np.ndarray, score: np.ndarray, n_items: np.ndarray | None, *,
                    form: str, weighted: bool) -> np.ndarray:
    """Coefficients only, from design arrays (used by the bootstrap; same model as the fit)."""
    if form == "linear":
        beta = np.linalg.lstsq(X, score, rcond=None)[0]
        if weighted:
            sw = np.sqrt(binomial_weights(X @ beta, n_items))
            beta = np.linalg.lstsq(X * sw[:, None], score * sw, rcond=None)[0]
        return beta
    model = sm.GLM(score / 100.0, X, family=sm.families.Binomial(),
                   var_weights=n_items if weighted else None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.asarray(model.fit().params)


def _fit_model(data: pd.DataFrame, formula: str, *, form: str, weighted: bool,
               label: str, notes: list[str]) -> Any:
    groups = pd.factorize(data["paper_id"])[0]
    robust = {"cov_type": "cluster", "cov_kwds": {"groups": groups}, "use_t": True}
    if form == "linear":
        if not weighted:
            return smf.ols(formula, data).fit(**robust)
        first = smf.ols(formula, data).fit()
        data["weight"] = binomial_weights(first.fittedvalues.to_numpy(), data["n_items"])
        return smf.wls(formula, data, weights=data["weight"]).fit(**robust)
    if weighted:
        data["weight"] = data["n_items"]
    model = smf.glm(formula, data, family=sm.families.Binomial(),
                    var_weights=data["n_items"] if weighted else None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = model.fit(**robust)
    # statsmodels flags cluster covariance with var_weights as "not fully supported"; its
    # CR1 sandwich matches a hand-built one (tests/stats/test_scaling.py), so that note is dropped.
    caught = [w for w in caught if not issubclass(w.category, SpecificationWarning)]
    kinds = {w.category for w in caught}
    if PerfectSeparationWarning in kinds or ConvergenceWarning in kinds or not res.converged:
        raise InsufficientDataError(
            f"{label}: the logit fit does not converge: scores at 0 or 100 are perfectly "
            "separated by size, so the slope is unbounded; use form='linear' or more claims")
    notes += sorted({str(w.message) for w in caught})
    return res


def fit_scaling(obs: pd.DataFrame, *, form: Form = "linear", predictors: Predictors = "params",
                weighted: bool = True, pooled: bool = False, methods: bool = False,
                min_claims: int = 8, min_papers: int = 3, min_models: int = 3) -> ScalingFit:
    """Fit score on log10 params [+ log10 tokens] or log10 compute, cluster-robust by paper.

    form="linear": WLS/OLS `score ~ x [+ z]` (points per decade); form="logit": fractional
    logit GLM `I(score / 100) ~ x [+ z]`, Binomial family, so the curve saturates at 0 and 100.
    pooled adds benchmark intercepts `0 + C(benchmark)`; methods adds the tags as shifts.
    """
    bad = [Problem("options", None, k, f"must be one of {allowed}, got {v!r}")
           for k, v, allowed in (("form", form, FORMS), ("predictors", predictors,
                                                          tuple(PREDICTORS))) if v not in allowed]
    if bad:
        raise ValidationError(bad)
    options = {"form": form, "predictors": predictors, "weighted": weighted, "pooled": pooled,
               "methods": methods, "min_claims": min_claims, "min_papers": min_papers,
               "min_models": min_models}
    validate_observations(obs, columns=needed_columns(form=form, predictors=predictors,
                                                       weighted=weighted, methods=methods))
    benchmarks = sorted(obs["benchmark"].unique())
    if not pooled and len(benchmarks) > 1:
        raise ValidationError([Problem(TABLE, None, "benchmark", (
            f"pooled=False needs one benchmark, got {len(benchmarks)}: {', '.join(benchmarks)};"
            " filter the table first or pass pooled=True"))])
    data, filters = _prepare(obs, predictors=predictors, weighted=weighted, methods=methods)
    label = _label(obs, pooled)
    _check_sample(data, label, filters, (min_claims, min_papers, min_models))
    notes: list[str] = []
    if pooled and data["benchmark"].nunique() < 2:
        notes.append("pooled fit over a single benchmark: the fixed effect is its intercept")
    terms = _design_terms(data, predictors=predictors, pooled=pooled, methods=methods,
                          label=label, notes=notes)
    lhs = "score" if form == "linear" else "I(score / 100)"
    formula = f"{lhs} ~ {' + '.join(terms)}"
    results = _fit_model(data, formula, form=form, weighted=weighted, label=label, notes=notes)
    n_papers = data["paper_id"].nunique()
    if n_papers < FEW_CLUSTERS:
        notes.append(f"only {n_papers} papers (clusters): cluster-robust intervals use "
                     f"t({n_papers - 1}) but may still be too narrow below {FEW_CLUSTERS}")
    if len(results.params) >= n_papers:
        notes.append(f"{len(results.params)} coefficients but {n_papers} paper clusters: the "
                     "cluster-robust covariance is singular; joint tests are not valid")
    log.debug("fit %s %s: %s on %d claims", label, form, formula, len(data))
    return ScalingFit(results=results, formula=formula, data=data, n_claims=len(data),
                      n_models=data["model_id"].nunique(), n_papers=n_papers,
                      benchmark=label, options=options, warnings=notes, filters=filters)


# --- tidy and predict -----------------------------------------------------------------------

def _critical(results: Any, alpha: float) -> tuple[float, Any]:
    """Two-sided critical value and reference distribution, as statsmodels uses for params."""
    if results.use_t:
        df = getattr(results, "df_resid_inference", results.df_resid)
        return float(stats.t.ppf(1 - alpha / 2, df)), stats.t(df)
    return float(stats.norm.ppf(1 - alpha / 2)), stats.norm()


def average_marginal_effects(result: ScalingFit, params: np.ndarray | None = None,
                             exog: np.ndarray | None = None) -> dict[str, tuple[float, np.ndarray]]:
    """Points per decade for each predictor, averaged over claims, with its gradient in params.

    Linear: the coefficient itself. Logit: 100 * b * mean(p(1-p)) over the claims used.
    """
    names = list(result.results.model.exog_names)
    beta = np.asarray(result.results.params if params is None else params, float)
    X = np.asarray(result.results.model.exog if exog is None else exog, float)
    out = {}
    for v in PREDICTORS[result.predictors]:
        j = names.index(v)
        grad = np.zeros_like(beta)
        if result.form == "linear":
            grad[j] = 1.0
            out[f"ame_{v}"] = (float(beta[j]), grad)
            continue
        p = 1.0 / (1.0 + np.exp(-(X @ beta)))
        dens = p * (1 - p)
        grad = 100.0 * beta[j] * (dens * (1 - 2 * p)) @ X / len(X)
        grad[j] += 100.0 * dens.mean()
        out[f"ame_{v}"] = (float(100.0 * beta[j] * dens.mean()), grad)
    return out


def tidy(result: ScalingFit, *, alpha: float = 0.05) -> pd.DataFrame:
    """One row per coefficient, plus `ame_<v>` rows: points per decade averaged over claims.

    For form="linear" `ame_x` equals the `x` coefficient; for "logit" the coefficients are on
    the log-odds scale and `ame_x` (delta-method SE, same cluster-robust covariance) is the
    readable slope in score points per decade of parameters.
    """
    res = result.results
    crit, dist = _critical(res, alpha)
    rows = pd.DataFrame({"term": list(res.model.exog_names), "estimate": np.asarray(res.params),
                         "std_err": np.asarray(res.bse)})
    cov = np.asarray(res.cov_params())
    ame = [{"term": k, "estimate": est, "std_err": float(np.sqrt(g @ cov @ g))}
           for k, (est, g) in average_marginal_effects(result).items()]
    rows = pd.concat([rows, pd.DataFrame(ame)], ignore_index=True)
    rows["ci_low"] = rows["estimate"] - crit * rows["std_err"]
    rows["ci_high"] = rows["estimate"] + crit * rows["std_err"]
    with np.errstate(divide="ignore", invalid="ignore"):
        rows["p_value"] = 2 * dist.sf(np.abs(rows["estimate"] / rows["std_err"]))
    meta = {"benchmark": result.benchmark, "form": result.form,
            "predictors": result.predictors, "weighted": result.weighted,
            "n_claims": result.n_claims, "n_models": result.n_models,
            "n_papers": result.n_papers}
    return rows.assign(**meta)[TIDY_COLUMNS]


def predict(result: ScalingFit, grid: pd.DataFrame, *, alpha: float = 0.05) -> pd.DataFrame:
    """Mean score (0-100) with its confidence band for a grid of params (tokens, benchmark).

    Columns as statsmodels summary_frame: mean, mean_se, mean_ci_lower, mean_ci_upper. The
    band uses the cluster-robust covariance and the same t(G-1) reference as tidy(); for
    logit it is computed on the log-odds scale and mapped back, so it stays inside 0-100.
    """
    cols = ["params"] + (["tokens"] if result.predictors != "params" else [])
    cols += ["benchmark"] if result.options["pooled"] else []
    cols += [t for t in METHOD_TAGS if t in result.results.model.exog_names]
    validate_observations(grid, columns=tuple(cols))
    frame, _ = _prepare(grid.assign(score=0.0), predictors=result.predictors,
                        weighted=False, methods=False)
    if len(frame) != len(grid):
        raise ValidationError([Problem("grid", None, None, "params/tokens must be known")])
    for tag in METHOD_TAGS:
        if tag in frame.columns:
            frame[tag] = frame[tag].astype(bool).astype(int)
    design_info = result.results.model.data.design_info
    try:
        X = np.asarray(patsy.build_design_matrices([design_info], frame)[0])
    except patsy.PatsyError as exc:
        raise ValidationError([Problem("grid", None, "benchmark", str(exc))]) from exc
    res = result.results
    eta = X @ np.asarray(res.params)
    se = np.sqrt(np.einsum("ij,jk,ik->i", X, np.asarray(res.cov_params()), X))
    crit, _ = _critical(res, alpha)
    lo, hi = eta - crit * se, eta + crit * se
    out = grid.reset_index(drop=True).copy()
    if result.form == "linear":
        out["mean"], out["mean_se"] = eta, se
        out["mean_ci_lower"], out["mean_ci_upper"] = lo, hi
        return out
    p = 1 / (1 + np.exp(-eta))
    out["mean"], out["mean_se"] = 100 * p, 100 * p * (1 - p) * se
    out["mean_ci_lower"], out["mean_ci_upper"] = 100 / (1 + np.exp(-lo)), 100 / (1 + np.exp(-hi))
    return out


# --- the fits table -------------------------------------------------------------------------

FIT_TABLE_COLUMNS = [*TIDY_COLUMNS, "formula", "status", "warnings"]


def _table_rows(obs: pd.DataFrame, label: str, spec: dict[str, Any], alpha: float) -> pd.DataFrame:
    try:
        fit = fit_scaling(obs, **spec)
    except InsufficientDataError as exc:
        msg = str(exc).replace("(no claims)", label, 1)
        head = {"benchmark": label, "form": spec["form"], "predictors": spec["predictors"],
                "weighted": spec["weighted"], "status": f"insufficient: {msg}",
                "formula": "", "warnings": ""}
        return pd.DataFrame([head], columns=FIT_TABLE_COLUMNS)
    rows = tidy(fit, alpha=alpha)
    rows["formula"], rows["status"], rows["warnings"] = fit.formula, "ok", "; ".join(fit.warnings)
    return rows[FIT_TABLE_COLUMNS]


def fit_table(obs: pd.DataFrame, *, benchmarks: list[str] | tuple[str, ...],
              forms: tuple[str, ...] = FORMS, predictors_list: tuple[str, ...] = ("params",),
              weighted: tuple[bool, ...] = (True, False), alpha: float = 0.05,
              **fit_options: Any) -> pd.DataFrame:
    """Long table for fits.csv: tidy rows per (benchmark, form, predictors, weighted, term).

    Each listed benchmark is fitted alone, then all of them pooled (benchmark "pooled") with
    benchmark intercepts. A combination with too little data gives one row with status
    "insufficient: <why>" and no estimates; fitted ones have status "ok".
    """
    cols = set()
    for form in forms:
        for pred in predictors_list:
            for w in weighted:
                cols |= set(needed_columns(form=form, predictors=pred, weighted=w,
                                           methods=fit_options.get("methods", False)))
    validate_observations(obs, columns=tuple(sorted(cols)))
    subsets = [(b, obs[obs["benchmark"] == b], False) for b in benchmarks]
    subsets.append(("pooled", obs[obs["benchmark"].isin(list(benchmarks))], True))
    parts = []
    for label, sub, pooled in subsets:
        for form in forms:
            for pred in predictors_list:
                for w in weighted:
                    spec = {**fit_options, "form": form, "predictors": pred, "weighted": w,
                            "pooled": pooled}
                    parts.append(_table_rows(sub, label, spec, alpha))
    return pd.concat(parts, ignore_index=True)
