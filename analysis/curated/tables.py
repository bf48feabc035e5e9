"""Load the tables a report reads (derived by the build, or curated), with clear errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import config, io
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.name_decisions import load_name_decisions
from analysis.curated.registry import load_registry
from analysis.curated.schemas import check_table
from analysis.errors import Problem, ReasonscaleError, ValidationError, display_path
from analysis.vocab import METHOD_COLUMNS


def _require(path: Path) -> Path:
    if not path.exists():
        raise ReasonscaleError(
            f"{display_path(path)} does not exist: run `make report` (or "
            f"`python -m analysis build`) to build the derived tables first"
        )
    return path


def load_papers(path: Path = config.PAPERS_PATH) -> pd.DataFrame:
    """The papers table built by ingestion."""
    return pd.read_parquet(_require(path))


def data_snapshot() -> dict:
    """Hash and date of the derived tables a report or figure rests on (io.data_snapshot)."""
    return io.data_snapshot(config.DERIVED_DIR / "tables.json")


def load_report_tables() -> dict:
    """Every table a report may read, loaded once: papers, claims, methods, fits, models...

    Curated tables that do not exist yet are absent from the dict rather than an error, so
    a report that does not need them still builds.
    """
    tables: dict = {"papers": load_papers(), "snapshot": data_snapshot()}
    derived = {"claims": (config.CLAIMS_PATH, load_claims),
               "facts": (config.FACTS_PATH, lambda p: pd.read_csv(p, keep_default_na=False)),
               "fits": (config.FITS_PATH, load_fits),
               "methods": (config.METHODS_PATH, load_methods),
               "observations": (config.OBSERVATIONS_PATH, load_observations),
               "funnel": (config.FUNNEL_PATH, load_funnel),
               "gains": (config.GAINS_PATH, load_gains),
               "ledger": (config.LEDGER_PATH, load_ledger)}
    for name, (path, loader) in derived.items():
        if path.exists():
            tables[name] = loader(path)
    if config.BENCHMARKS_PATH.exists():
        tables["benchmarks"] = load_benchmarks(config.BENCHMARKS_PATH)
    if config.MODELS_PATH.exists():
        tables["models"] = load_registry(config.MODELS_PATH)
    return tables


def load_analysis_inputs() -> dict[str, pd.DataFrame]:
    """What the observation table is made of: derived papers, claims and method tags, the
    curated models, benchmarks and model-name decisions."""
    models = load_registry(config.MODELS_PATH)
    return {"papers": load_papers(), "claims": load_claims(), "methods": load_methods(),
            "models": models, "benchmarks": load_benchmarks(config.BENCHMARKS_PATH),
            "decisions": load_name_decisions(config.MODEL_NAMES_PATH, registry=models)}


def load_inputs_from(*, claims: Path, registry: Path, benchmarks: Path,
                     methods: Path | None = None, papers: Path | None = None,
                     model_names: Path | None = None) -> dict[str, pd.DataFrame]:
    """The observation table's inputs from any files with the documented columns.

    Only claims, registry and benchmarks are required: without method tags no claim has a
    recipe tag ("other" for proposed models), without papers no model is dated by its paper,
    without name decisions none applies.
    """
    models = load_registry(registry, complete=True)
    claims_table = load_claims(claims, complete=True)
    if methods is not None and Path(methods).exists():
        tags = load_methods(methods)
    else:
        tags = pd.DataFrame({"paper_id": claims_table["paper_id"].unique()})
    for column in METHOD_COLUMNS:
        if column not in tags:
            tags[column] = False
    known_papers = load_papers(papers) if papers is not None and Path(papers).exists() else \
        pd.DataFrame({"paper_id": claims_table["paper_id"].unique(), "published": pd.NaT})
    names = model_names if model_names is not None else config.MODEL_NAMES_PATH
    return {"papers": known_papers, "claims": claims_table, "methods": tags, "models": models,
            "benchmarks": load_benchmarks(benchmarks),
            "decisions": load_name_decisions(names, registry=models)}


# Numeric columns of fits.csv (text columns keep "" for empty).
FIT_NUMBERS = ("estimate", "std_err", "df", "ci_low", "ci_high", "p_value", "n_claims",
               "n_models", "n_papers", "sigma2_paper", "sigma2_claim", "tau2", "I2", "QE",
               "QE_df", "QE_p", "pi_low", "pi_high")
# Column types of observations.csv that a CSV round trip would lose.
OBSERVATION_FLAGS = ("uncertain", "curated", "system", "reasoning", *METHOD_COLUMNS)
OBSERVATION_TEXT = ("claim_id", "paper_id", "model", "model_id", "benchmark", "metric", "kind",
                    "role", "domain", "modality", "scope", "value_qualifier", "params_origin",
                    "params_source", "family", "release", "release_origin", "recipe", "recipes",
                    "method", "model_key", "name_decision", "size_model_id",
                    "tokens_inherited_from", "paper_date", "model_release", "title", "quote")


def load_observations(path: Path = config.OBSERVATIONS_PATH) -> pd.DataFrame:
    """The observation table the build wrote (flags as bools, text as strings, "" when empty)."""
    table = pd.read_csv(_require(path), keep_default_na=False, na_values={
        c: [""] for c in ("value", "value_low", "value_high", "n_items", "params",
                          "params_total", "params_active", "system_params_total",
                          "pretrain_tokens", "release_year", "x", "score", "vi")},
        dtype={c: str for c in OBSERVATION_TEXT})
    for flag in OBSERVATION_FLAGS:
        if flag in table:
            table[flag] = table[flag].astype(str).str.lower().isin(["true", "1"])
    return check_table(table, "observations", path=display_path(path))


GAIN_TEXT = ("gain_id", "source", "paper_id", "title", "model", "model_key", "benchmark",
             "domain", "scope", "recipe", "recipes", "params_origin", "vi_rule", "claim_ids",
             "quote", "role", "against", "base_model", "restates")


def load_gains(path: Path = config.GAINS_PATH) -> pd.DataFrame:
    """The gains table the build wrote (one row per reported gain on a named benchmark)."""
    gains = pd.read_csv(_require(path), keep_default_na=False,
                        dtype={c: str for c in GAIN_TEXT},
                        na_values={c: [""] for c in ("params", "x", "base_score", "after_score",
                                                     "gain", "vi", "vi_before", "vi_after",
                                                     "correlation", "n_items",
                                                     "release_year")})
    for flag in ("unit_ambiguous", "uncertain"):
        gains[flag] = gains[flag].astype(str).str.lower().isin(["true", "1"])
    return gains


def load_ledger(path: Path = config.LEDGER_PATH) -> pd.DataFrame:
    """The prediction ledger (one row per scored prediction, appended by each build)."""
    ledger = pd.read_csv(_require(path), keep_default_na=False, dtype={"claim_id": str},
                         na_values={c: [""] for c in ("observed", "predicted", "pi_low",
                                                      "pi_high", "naive_predicted")})
    ledger["inside"] = ledger["inside"].astype(str).str.lower() == "true"
    return ledger


def load_funnel(path: Path = config.FUNNEL_PATH) -> pd.DataFrame:
    """The default scaling selection's steps, with the ids of the claims each dropped."""
    return pd.read_csv(_require(path), keep_default_na=False, dtype={"claim_ids": str})


# The claim columns an analysis needs; with complete=True the others may be absent and get
# these defaults (a claim without a metric is an accuracy, without a role the paper's own).
REQUIRED_CLAIM_COLUMNS = ("claim_id", "paper_id", "model", "benchmark", "kind", "value")
CLAIM_DEFAULTS = {"title": "", "model_id": "", "metric": "accuracy", "role": "proposed",
                  "value_low": "", "value_high": "", "quote": "(no quote in the file)",
                  "start": 0, "uncertain": False, "uncertain_reason": "", "curated": False}


def _complete_claims(claims: pd.DataFrame, shown: str) -> pd.DataFrame:
    missing = [c for c in REQUIRED_CLAIM_COLUMNS if c not in claims]
    if missing:
        raise ValidationError([Problem(shown, 1, c, "column is required") for c in missing])
    for column, default in CLAIM_DEFAULTS.items():
        if column not in claims:
            claims[column] = default
    if "end" not in claims:
        claims["end"] = claims["quote"].astype(str).str.len()
    if "benchmark_raw" not in claims:
        claims["benchmark_raw"] = claims["benchmark"]
    return claims


def load_claims(path: Path = config.CLAIMS_PATH, *, complete: bool = False) -> pd.DataFrame:
    """The claims table built by extraction and curation (text columns as strings).

    `complete` accepts a table with only REQUIRED_CLAIM_COLUMNS (see CLAIM_DEFAULTS).
    """
    claims = pd.read_csv(_require(path), dtype={"claim_id": str, "paper_id": str},
                         keep_default_na=False, na_values={"value": [""], "value_low": [""],
                                                           "value_high": [""]})
    if complete:
        claims = _complete_claims(claims, display_path(path))
    problems = []
    for column in ("value", "value_low", "value_high", "start", "end"):
        if column in claims:
            numbers = pd.to_numeric(claims[column], errors="coerce")
            bad = numbers.isna() & claims[column].notna() & (
                claims[column].astype(str).str.strip() != "")
            problems += [Problem(display_path(path), int(i) + 2, column,
                                 f"must be a number, got {claims.at[i, column]!r}")
                         for i in claims.index[bad]]
            claims[column] = numbers
    for flag in ("uncertain", "curated"):
        if flag in claims:
            claims[flag] = claims[flag].astype(str).str.lower().isin(["true", "1"])
    # A hand-edited table fails here, not in a report.
    try:  # every problem at once: the non-numbers above and the schema's rules
        checked = check_table(claims, "claims", path=display_path(path))
    except ValidationError as exc:
        lines = {q.line for q in problems}  # their row rules only repeat the non-number
        rest = [p for p in exc.problems if not (p.line in lines and p.column in (None, *[
            q.column for q in problems if q.line == p.line]))]
        raise ValidationError(problems + rest) from None
    if problems:
        raise ValidationError(problems)
    return checked


def load_methods(path: Path = config.METHODS_PATH) -> pd.DataFrame:
    """Paper-level method tags (RL, distillation, test-time scaling, preference)."""
    methods = pd.read_csv(_require(path), dtype={"paper_id": str})
    flags = [c for c in methods.columns if c.startswith("method_")]
    methods[flags] = methods[flags].astype(bool)
    return methods


def load_fits(path: Path = config.FITS_PATH) -> pd.DataFrame:
    """The fits table the build wrote: one row per set, design, variant and term."""
    fits = pd.read_csv(_require(path), keep_default_na=False,
                       na_values={c: ["", "inf"] for c in FIT_NUMBERS})
    return check_table(fits, "fits", path=display_path(path))
