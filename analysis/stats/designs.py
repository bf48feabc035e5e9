"""Three designs for the scaling question: between papers, within papers, and across eras."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import patsy

from analysis.errors import InsufficientDataError
from analysis.stats.meta.errors import MetaSpecError
from analysis.stats.meta.model import fit_meta
from analysis.stats.meta.results import MetaResult
from analysis.stats.observations import FilterLog
from analysis.vocab import DESIGNS

log = logging.getLogger(__name__)

SIZE_CENTRE_PARAMS = 1e9  # x_c = log10(params / 1e9): an intercept is the score at 1B params
TOKENS_CENTRE = 1e12  # z_c = log10(tokens / 1e12)
COMPUTE_CENTRE = 6e21  # c_c = log10(6 N D / 6e21): 1B parameters on 1T tokens
YEAR_CENTRE = 2024.0  # year_c = release year - 2024
COMPUTE_FLOPS_PER_PARAM_TOKEN = 6.0  # C ~ 6 N D training FLOPs (Kaplan et al. 2020, eq. 2.1)
LOGIT_CLIP = 0.5  # items: a 0% or 100% score is moved half an item inward on the logit scale
PAPER, CLAIM = "paper_id", "claim_id"  # the random-effect levels and the cluster of inference
# The refusal rules, the same for every benchmark (issue: "a refusal rule by design").
MIN_SIZES, MIN_DECADES, MIN_PAPERS = 3, 1.0, 3  # a between-paper size slope
MIN_WITHIN_PAPERS, MIN_WITHIN_SIZES = 2, 2  # within: papers that each report >= 2 sizes
MIN_YEARS_SPAN, MIN_RELEASES = 1.0, 3  # era: release months spanning >= 1 year, >= 3 of them
HEADLINE = {"between": "x_c", "within": "x_c", "era": "year_c"}
HEADLINE_MEANING = {"x_c": "points per decade of parameters",
                    "c_c": "points per decade of training compute",
                    "year_c": "points per year of release at fixed size"}


@dataclass
class DesignFit:
    """One design fitted (or refused) on one set of claims."""

    design: str
    data: pd.DataFrame  # the rows the design used (after its own filters)
    filters: FilterLog
    result: MetaResult | None = None
    refusal: str | None = None
    formula: str = ""
    headline_term: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def headline(self) -> pd.Series | None:
        """The headline coefficient's row (CR2 inference), or None when refused."""
        if self.result is None:
            return None
        table = self.result.coefs.frame().set_index("term")
        return table.loc[self.headline_term]


def prepare(rows: pd.DataFrame, *, form: str = "linear") -> pd.DataFrame:
    """Centred predictors and the effect size: points, or log-odds for form "logit"."""
    data = rows.copy()
    data["x_c"] = np.log10(data["params"] / SIZE_CENTRE_PARAMS)
    data["z_c"] = np.log10(data["pretrain_tokens"] / TOKENS_CENTRE)
    compute = COMPUTE_FLOPS_PER_PARAM_TOKEN * data["params"] * data["pretrain_tokens"]
    data["c_c"] = np.log10(compute / COMPUTE_CENTRE)
    data["year_c"] = data["release_year"] - YEAR_CENTRE
    data["group"] = data[PAPER] + "|" + data["benchmark"] + "|" + data["recipe"]
    if form == "logit":
        n = data["n_items"].astype(float)
        p = np.clip(data["score"] / 100.0, LOGIT_CLIP / n, 1 - LOGIT_CLIP / n)
        data["yi"], data["vi_fit"] = np.log(p / (1 - p)), 1.0 / (n * p * (1 - p))
    elif form == "linear":
        data["yi"], data["vi_fit"] = data["score"], data["vi"]
    else:
        raise MetaSpecError(f"form must be 'linear' or 'logit', got {form!r}")
    return data


def typical_claim(data: pd.DataFrame) -> pd.DataFrame:
    """One new claim at the median size and year, on the commonest benchmark, recipe, role."""
    row = data.iloc[[0]].copy()
    for column in ("x_c", "z_c", "c_c", "year_c"):
        if column in data:
            row[column] = data[column].median()
    for column in ("benchmark", "recipe", "role", "group"):
        if column in data:
            row[column] = data[column].mode().iloc[0]
    return row


def count(n: int, word: str) -> str:
    """'1 paper', '3 papers' (messages are read by people)."""
    return f"{int(n)} {word}{'' if int(n) == 1 else 's'}"


def _size_refusal(data: pd.DataFrame) -> str | None:
    sizes = data["x_c"].round(3).nunique()
    span = data["x_c"].max() - data["x_c"].min() if len(data) else 0.0
    papers = data[PAPER].nunique()
    if sizes < MIN_SIZES or span < MIN_DECADES or papers < MIN_PAPERS:
        return (f"{count(sizes, 'distinct size')} spanning {span:.2f} decades from "
                f"{count(papers, 'paper')}; a size slope needs at least {MIN_SIZES} sizes "
                f"spanning {MIN_DECADES:g} decade from {MIN_PAPERS} papers")
    return None


def refusal(design: str, data: pd.DataFrame) -> str | None:
    """Why this design cannot answer on these claims (None when it can). Same rule everywhere."""
    if design == "between":
        return _size_refusal(data)
    if design == "within":
        papers = data[PAPER].nunique()
        if papers < MIN_WITHIN_PAPERS:
            return (f"{count(papers, 'paper')} report{'s' if papers == 1 else ''} "
                    f"{MIN_WITHIN_SIZES} or more sizes under one recipe on one benchmark; the "
                    f"within-paper slope needs {MIN_WITHIN_PAPERS} such papers")
        return None
    years = data["release_year"]
    span = years.max() - years.min() if len(data) else 0.0
    months = years.round(3).nunique()
    if months < MIN_RELEASES or span < MIN_YEARS_SPAN or data[PAPER].nunique() < MIN_PAPERS:
        return (f"{count(months, 'release month')} spanning {span:.1f} years from "
                f"{count(data[PAPER].nunique(), 'paper')}; the era slope needs at least "
                f"{MIN_RELEASES} months spanning {MIN_YEARS_SPAN:g} year from {MIN_PAPERS} "
                "papers")
    return _size_refusal(data)  # the size must be held fixed, so it must vary too


CONTROL_LABELS = {"C(benchmark)": "benchmark", 'C(recipe, Treatment("none"))': "recipe",
                  "C(role)": "role", "year_c": "release year", "C(group)": "paper x benchmark "
                  "x recipe", "z_c": "log10 tokens"}


def _term_ranks(data: pd.DataFrame, terms: list[str]) -> Callable[[list[str]], int]:
    """The rank of the design of any subset of `terms` (with the intercept), from one matrix.

    The terms are main effects, so each keeps its own columns whichever others are present:
    a subset's matrix is the full matrix's columns for those terms (one patsy build, not one
    per subset). patsy orders the terms its own way, so each is looked up by its Term."""
    matrix = patsy.dmatrix(" + ".join(["1", *terms]), data, NA_action="raise")
    slices = {term: matrix.design_info.term_slices[
        patsy.ModelDesc.from_formula(term).rhs_termlist[-1]] for term in terms}
    values = np.asarray(matrix)

    def rank(subset: list[str]) -> int:
        columns = [0, *(i for term in subset for i in range(values.shape[1])[slices[term]])]
        return int(np.linalg.matrix_rank(values[:, columns]))
    return rank


def _keep_estimable(data: pd.DataFrame, headline: str, controls: list[str],
                    notes: list[str]) -> list[str]:
    """The headline plus every control that varies and adds information, in order."""
    rank = _term_ranks(data, [headline, *controls])
    kept = [headline]
    kept_rank = rank(kept)
    if kept_rank < 2:
        raise InsufficientDataError(f"{HEADLINE_MEANING.get(headline, headline)}: the "
                                    "predictor is constant in these claims")
    for term in controls:
        with_term = rank([*kept, term])
        if with_term > kept_rank:
            kept.append(term)
            kept_rank = with_term
        else:
            notes.append(f"{CONTROL_LABELS.get(term, term)} left out: constant in these claims "
                         "or fixed by the other terms")
    if kept_rank >= len(data):
        raise InsufficientDataError(f"{count(len(data), 'claim')} cannot estimate "
                                    f"{count(kept_rank, 'coefficient')} (benchmark, "
                                    "recipe, role and year controls included)")
    return kept


def _between_rows(data: pd.DataFrame, steps: FilterLog, predictors: str) -> tuple[pd.DataFrame,
                                                                                   str]:
    data = steps.keep(data, data["release_year"].notna(), "release month known (a control)")
    if predictors != "params":
        data = steps.keep(data, data["pretrain_tokens"].notna(), "pre-training tokens known")
    headline = "c_c" if predictors == "compute" else "x_c"
    return data, headline


def _within_rows(data: pd.DataFrame, steps: FilterLog) -> pd.DataFrame:
    sizes = data.groupby("group")["x_c"].transform(lambda s: s.round(3).nunique())
    return steps.keep(data, sizes >= MIN_WITHIN_SIZES,
                      "one paper, benchmark and recipe with two or more sizes")


def design_rows(design: str, data: pd.DataFrame, *, predictors: str = "params",
                steps: FilterLog) -> tuple[pd.DataFrame, str, list[str]]:
    """The rows a design uses, its headline term and its candidate controls (in order)."""
    recipe = 'C(recipe, Treatment("none"))'
    if design == "between":
        data, headline = _between_rows(data, steps, predictors)
        controls = ["z_c"] if predictors == "params+tokens" else []
        controls += ["C(benchmark)", recipe, "C(role)", "year_c"]
    elif design == "within":
        data, headline, controls = _within_rows(data, steps), "x_c", ["C(group)"]
    elif design == "era":
        data = steps.keep(data, data["release_year"].notna(), "release month known")
        # recipe and role as in between: recent families come with stronger recipes, and a
        # year slope without them absorbs the recipes' gains (known-answer test, era design)
        headline, controls = "year_c", ["x_c", "C(benchmark)", recipe, "C(role)"]
    else:
        raise MetaSpecError(f"design must be one of {list(DESIGNS)}, got {design!r}")
    if not data.empty and "none" not in set(data["recipe"]):
        controls = [c if c != recipe else "C(recipe)" for c in controls]
    return data, headline, controls


def fit_design(rows: pd.DataFrame, design: str, *, filters: FilterLog | None = None,
               predictors: str = "params", method: str = "REML", robust: bool = True,
               form: str = "linear") -> DesignFit:
    """Fit one design with the multilevel engine (paper/claim random intercepts, CR2 by paper).

    A design that the refusal rule or the data cannot support comes back with `refusal` set.
    """
    steps = filters.copy() if filters is not None else FilterLog()
    data, notes = prepare(rows, form=form), []
    data, headline, controls = design_rows(design, data, predictors=predictors, steps=steps)
    try:
        why = refusal(design, data)
        if why:
            raise InsufficientDataError(why)
        terms = _keep_estimable(data, headline, controls, notes)
    except InsufficientDataError as exc:
        return DesignFit(design, data, steps, refusal=str(exc), notes=notes)
    formula = " + ".join(terms)
    random = None if method == "FE" else f"{PAPER}/{CLAIM}"
    try:
        result = fit_meta(data, yi="yi", vi="vi_fit", mods=formula, random=random,
                          method=method, test="t", robust=PAPER if robust else None)
    except (MetaSpecError, InsufficientDataError, np.linalg.LinAlgError) as exc:
        return DesignFit(design, data, steps, refusal=f"the model cannot be fitted: {exc}",
                         formula=formula, notes=notes)
    if not result.converged:
        notes.append(f"variance components did not converge: {result.message}")
    return DesignFit(design, data, steps, result=result, formula=formula,
                     headline_term=headline, notes=notes)
