"""The derived tables of a build, each rebuilt once per build and only when its inputs changed."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.build import ledger
from analysis.corpus.ingest import load_corpus, page_files
from analysis.errors import Problem, ValidationError
from analysis.io import write_csv, write_parquet, write_text

# The no-op build imports this module and must not import pandas (about a second): the steps
# below import the table-making stages (claims, curated, stats: all pandas) when they run.

log = logging.getLogger(__name__)

TABLES_STATE_PATH = config.DERIVED_DIR / "tables.json"


def file_hash(path: Path | str) -> str:
    """SHA-256 of a file's bytes ("missing" when it does not exist)."""
    path = Path(path)
    if not path.exists():
        return "missing"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_hash(paths: list[Path] | tuple[Path, ...], *, root: Path = config.PROJ_ROOT) -> str:
    """One hash over several files' names (relative to `root`) and contents."""
    digest = hashlib.sha256()
    for path in sorted(Path(p) for p in paths):
        name = path.relative_to(root) if path.is_relative_to(root) else path
        digest.update(str(name).encode())
        digest.update(file_hash(path).encode())
    return digest.hexdigest()


# Files of the package whose change can change an output: its code and the report templates.
CODE_SUFFIXES = (".py", ".j2", ".css", ".json")


def code_hash() -> str:
    """Hash of the `analysis` package (code and templates): a change invalidates outputs."""
    package = Path(__file__).resolve().parents[1]  # the whole analysis package
    return tree_hash(sorted(p for p in package.rglob("*") if p.suffix in CODE_SUFFIXES
                            and "__pycache__" not in p.parts))


def corpus_hash(corpus_dir: Path = config.RAW_DIR) -> str:
    """Hash of the raw pages (the data snapshot a report rests on)."""
    return tree_hash(page_files(corpus_dir))


@dataclass(frozen=True)
class TableStep:
    """One derived table (or set of tables) and what it is computed from."""

    name: str
    outputs: tuple[Path, ...]
    inputs: Callable[[], list[Path]]  # raw or curated files read, resolved at build time
    depends: tuple[str, ...]  # earlier steps whose outputs it reads
    run: Callable[[], str]  # writes `outputs` atomically, returns a one-line summary


def _build_papers() -> str:
    from analysis.curated.schemas import check_table

    papers = check_table(load_corpus(config.RAW_DIR), "papers", path="papers table")
    write_parquet(papers, config.PAPERS_PATH)
    return f"{len(papers)} papers"


def extract_all(papers, *, apply_curation: bool = True) -> dict:
    """Claims (curated, model names and base models resolved), facts, registry suggestions,
    method tags and coverage for papers."""
    import pandas as pd

    from analysis.claims.extract import curated_columns, extract_tables
    from analysis.claims.methods import tag_methods
    from analysis.claims.suggestions import registry_suggestions
    from analysis.curated.benchmarks import load_benchmarks
    from analysis.curated.curation import apply_overrides, load_overrides
    from analysis.curated.registry import attach_registry, coverage, load_registry, resolve_models

    benchmarks = load_benchmarks(config.BENCHMARKS_PATH)
    claims, facts = extract_tables(papers, benchmarks=benchmarks)  # one pass for both
    curation_report = pd.DataFrame()
    if apply_curation:
        overrides = load_overrides(config.CLAIM_OVERRIDES_PATH, benchmarks=benchmarks)
        claims, curation_report = apply_overrides(claims, overrides, papers=papers,
                                                  benchmarks=benchmarks)
        orphans = curation_report[curation_report["status"] == "orphan"]
        for row in orphans.itertuples():
            log.warning("curation override line %s matches no claim any more: %s",
                        row.line, row.claim_id)
        claims = curated_columns(claims, benchmarks)
    registry = load_registry(config.MODELS_PATH)
    attached = attach_registry(claims, registry)
    claims = claims.assign(model_id=attached["model_id"].fillna(""))
    # The base the abstract names, for the paper's own models the registry does not list
    # (a claim of a registry model needs no base): same resolution as model_id.
    base = claims["base_model"].fillna("").where(claims["model_id"] == "", "")
    claims["base_model_id"] = resolve_models(base, registry)["model_id"].fillna("")
    return {"claims": claims, "facts": facts, "methods": tag_methods(papers),
            "coverage": _without_based(coverage(attached), claims),
            "curation_report": curation_report,
            "suggestions": registry_suggestions(facts, registry)}


def _without_based(found: dict, claims) -> dict:
    """Coverage with the paper's own models trained from a registry base (every claim of the
    name has a base_model_id: the base gives the size) left off the to-curate list."""
    based = claims.groupby("model")["base_model_id"].agg(lambda ids: bool((ids != "").all()))
    unresolved = found["unresolved"]
    keep = ~unresolved["model"].map(based).fillna(False).astype(bool)
    if (~keep).any():
        log.info("%d unresolved names take their size from a named base: %s", int((~keep).sum()),
                 "; ".join(unresolved.loc[~keep, "model"]))
    return {**found, "unresolved": unresolved[keep].reset_index(drop=True)}


def check_quotes(claims, papers) -> None:
    """Provenance holds for every claim: its quote is exactly abstract[start:end]."""
    abstracts = papers.set_index("paper_id")["abstract"]
    problems = []
    for line, claim in enumerate(claims.itertuples(index=False), start=2):
        abstract = abstracts.get(claim.paper_id, "")
        if abstract[int(claim.start):int(claim.end)] != claim.quote:
            problems.append(Problem(config.CLAIMS_PATH.name, line, "quote",
                                    f"is not abstract[{claim.start}:{claim.end}] of "
                                    f"{claim.paper_id} (claim {claim.claim_id})"))
    if problems:
        raise ValidationError(problems)


def _build_claims() -> str:
    import pandas as pd

    from analysis.curated.schemas import check_table

    papers = pd.read_parquet(config.PAPERS_PATH)
    out = extract_all(papers)
    claims = out["claims"]
    check_quotes(claims, papers)
    check_table(claims, "claims", path=str(config.CLAIMS_PATH.name))
    check_table(out["facts"], "facts", path=str(config.FACTS_PATH.name))
    write_csv(claims, config.CLAIMS_PATH)
    write_csv(out["facts"], config.FACTS_PATH)
    write_csv(out["methods"], config.METHODS_PATH)
    write_csv(out["coverage"]["unresolved"], config.UNRESOLVED_PATH)
    write_csv(out["suggestions"], config.SUGGESTIONS_PATH)  # offered to curators, never joined
    write_csv(pd.DataFrame(out["curation_report"]), config.CURATION_REPORT_PATH)
    unresolved = out["coverage"]["unresolved"]
    if len(unresolved):
        log.info("%d model names unresolved (see %s)", len(unresolved), config.UNRESOLVED_PATH.name)
    resolved = int((claims["model_id"].fillna("") != "").sum())
    return f"{len(claims)} claims ({resolved} with a registry model), {len(out['facts'])} facts"


def _build_observations() -> str:
    from analysis.curated.name_decisions import orphan_decisions
    from analysis.curated.schemas import check_table
    from analysis.curated.tables import load_analysis_inputs
    from analysis.stats.observations import default_funnel, observation_table

    inputs = load_analysis_inputs()
    for row in orphan_decisions(inputs["decisions"], inputs["claims"]).itertuples():
        log.warning("%s line %s: the decision for %r (paper %s) matches no claim any more",
                    config.MODEL_NAMES_PATH.name, row.line, row.name, row.paper_id or "any")
    table = observation_table(inputs["claims"], papers=inputs["papers"], models=inputs["models"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              decisions=inputs["decisions"])
    table = check_table(table, "observations", path=config.OBSERVATIONS_PATH.name)
    funnel = default_funnel(table)
    write_csv(table, config.OBSERVATIONS_PATH)
    write_csv(funnel, config.FUNNEL_PATH)
    return (f"{len(table)} claims with covariates, {int(funnel['rows_after'].iloc[-1])} in the "
            "default scaling selection")


def _build_gains() -> str:
    from analysis.curated.tables import load_observations
    from analysis.stats.gains import gains_table

    gains = gains_table(load_observations())
    named = gains[gains["scope"] == "named"]
    write_csv(named, config.GAINS_PATH)
    write_csv(gains[gains["scope"] != "named"], config.GAINS_AGGREGATE_PATH)
    repeats = int((named["restates"] != "").sum()) if "restates" in named else 0
    return (f"{len(named)} gains on named benchmarks ({repeats} restating a pair, left out by "
            f"the selection), {len(gains) - len(named)} aggregate")


def _build_ledger() -> str:
    from analysis.build import ledger_step

    return ledger_step.run()


def _build_fits() -> str:
    from analysis.curated.schemas import check_table
    from analysis.curated.tables import load_observations
    from analysis.stats.fits_table import fits_summary, fits_table, integer_counts

    # the schema coerces counts to float: they are written as whole numbers
    fits = integer_counts(check_table(fits_table(load_observations()), "fits",
                                      path=config.FITS_PATH.name))
    write_csv(fits, config.FITS_PATH)
    return fits_summary(fits)  # the line the report across benchmarks opens with


def _raw_pages() -> list[Path]:
    return page_files(config.RAW_DIR)


# Curated inputs a report can depend on directly (their bytes are their version).
CURATED_TABLES = {
    "benchmarks": config.BENCHMARKS_PATH,
    "models": config.MODELS_PATH,
    "overrides": config.CLAIM_OVERRIDES_PATH,
    "model_names": config.MODEL_NAMES_PATH,
}

STEPS: list[TableStep] = [
    TableStep("papers", (config.PAPERS_PATH,), _raw_pages, (), _build_papers),
    TableStep(
        "claims",
        (config.CLAIMS_PATH, config.FACTS_PATH, config.METHODS_PATH),
        lambda: [config.BENCHMARKS_PATH, config.CLAIM_OVERRIDES_PATH, config.MODELS_PATH,
                 config.NAME_PREFIXES_PATH],
        ("papers",), _build_claims,
    ),
    TableStep(
        "observations", (config.OBSERVATIONS_PATH, config.FUNNEL_PATH),
        lambda: [config.BENCHMARKS_PATH, config.MODELS_PATH, config.MODEL_NAMES_PATH],
        ("papers", "claims"), _build_observations,
    ),
    TableStep("gains", (config.GAINS_PATH, config.GAINS_AGGREGATE_PATH), list,
              ("observations",), _build_gains),
    TableStep("ledger", (config.STORED_MODELS_PATH, config.LEDGER_PATH,
                         config.UNPREDICTABLE_PATH), list, ("papers", "observations", "gains"),
              _build_ledger),
    TableStep("fits", (config.FITS_PATH,), list,
              ("observations",), _build_fits),
]


def _step_key(step: TableStep, state: dict, code: str) -> str:
    digest = hashlib.sha256(code.encode())
    digest.update(tree_hash(step.inputs()).encode())
    for upstream in step.depends:
        digest.update(state.get(upstream, {}).get("output_hash", "").encode())
    return digest.hexdigest()


def _load_state() -> dict:
    if TABLES_STATE_PATH.exists():
        try:
            return json.loads(TABLES_STATE_PATH.read_text(encoding="utf-8"))
        except ValueError:
            log.warning("unreadable %s: rebuilding every table", TABLES_STATE_PATH.name)
    return {}


def _snapshot_outputs() -> list[Path]:
    """What the previous snapshot keeps: every step's outputs but the ledger (history)."""
    return [out for step in STEPS for out in step.outputs if out != config.LEDGER_PATH]


def _up_to_date(step: TableStep, state: dict, code: str) -> bool:
    previous = state.get(step.name, {})
    intact = all(p.exists() for p in step.outputs) and previous.get(
        "output_hash") == tree_hash(step.outputs)
    return previous.get("key") == _step_key(step, state, code) and intact


def tables_to_rebuild() -> list[str]:
    """The tables a build would rebuild now (cheap: hashes only, nothing is read as a table)."""
    state, code = _load_state(), code_hash()
    return [step.name for step in STEPS if not _up_to_date(step, state, code)]


def current_tables() -> dict[str, dict]:
    """The tables' state as the last build left it, curated tables included."""
    return {**_load_state(), **_curated_state()}


def _curated_state() -> dict[str, dict]:
    return {name: {"output_hash": file_hash(path), "summary": "curated", "rebuilt": False}
            for name, path in CURATED_TABLES.items()}


def build_tables(*, force: bool = False) -> dict[str, dict]:
    """Bring every derived table up to date; return its state (hashes, summary, whether rebuilt)."""
    state = _load_state()
    code = code_hash()
    snapshot, switched = None, False  # the last build's outputs, kept as "previous"
    for step in STEPS:
        key = _step_key(step, state, code)
        previous = state.get(step.name, {})
        if not force and _up_to_date(step, state, code):
            previous["rebuilt"] = False
            log.info("table %s: up to date (%s)", step.name, previous.get("summary", ""))
            continue
        snapshot = snapshot or ledger.prepare_snapshot(_snapshot_outputs())
        started = time.monotonic()
        try:
            summary = step.run()
        except BaseException:
            if not switched:  # nothing was written: the previous snapshot stays as it was
                ledger.discard_snapshot(snapshot)
            raise
        if not switched:  # the first table this build wrote: the snapshot becomes previous
            ledger.switch_previous(snapshot)
            switched = True
        state[step.name] = {
            "key": key,
            "output_hash": tree_hash(step.outputs),
            "summary": summary,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "seconds": round(time.monotonic() - started, 3),
            "rebuilt": True,
        }
        log.info("table %s: rebuilt in %.1fs (%s)", step.name, state[step.name]["seconds"], summary)
    write_text(TABLES_STATE_PATH, json.dumps(state, indent=2, sort_keys=True))
    return {**state, **_curated_state()}
