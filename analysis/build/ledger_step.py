"""The ledger step: new evidence since the last scored build, predicted by that build's models."""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.build import ledger
from analysis.io import write_csv
from analysis.stats.predictions import StoredModel, current_models, score_new
from analysis.vocab import EXTRACTION_CHANGED

log = logging.getLogger(__name__)

MISSING_COLUMNS = ["claim_id", "reason"]


@dataclass(frozen=True)
class Baseline:
    """What the last successful ledger step saw: its models, claim and gain ids, and papers."""

    models: list[StoredModel]
    claim_ids: frozenset[str]
    gain_ids: frozenset[str]
    papers: dict[str, str] | None  # paper_id -> abstract hash; None: unknown (all changed)


def abstract_hashes(papers: pd.DataFrame) -> dict[str, str]:
    """Each paper's id and a hash of its abstract (a changed abstract is a changed paper)."""
    return {str(pid): hashlib.sha256(str(text if isinstance(text, str) else "").encode())
            .hexdigest()[:16] for pid, text in zip(papers["paper_id"], papers["abstract"],
                                                    strict=True)}


def baseline_record(observations: pd.DataFrame, gains: pd.DataFrame,
                    papers: pd.DataFrame) -> dict:
    """The baseline stored beside this build's models, for the next ledger step."""
    return {"papers": abstract_hashes(papers),
            "claim_ids": sorted(map(str, observations["claim_id"])),
            "gain_ids": sorted(map(str, gains["gain_id"]))}


def read_baseline(models_path: Path | None = None,
                  previous: Path | None = None) -> Baseline | None:
    """The baseline of the last successful ledger step (None before any).

    It is stored with that step's models in one atomic write, the step's last, so a build
    that fails or is killed before its ledger step finished leaves it as it was: the next
    build still compares against it. A models file of the former layout (no baseline) falls
    back on the previous snapshot's tables.
    """
    models_path = models_path or config.STORED_MODELS_PATH
    previous = previous or config.PREVIOUS_DIR
    stored = ledger.load_baseline(models_path)
    if stored is not None:
        return Baseline(ledger.load_models(models_path), frozenset(stored["claim_ids"]),
                        frozenset(stored["gain_ids"]), stored["papers"])
    observations = previous / config.OBSERVATIONS_PATH.name
    if not observations.exists():
        return None
    gains, papers = previous / config.GAINS_PATH.name, previous / config.PAPERS_PATH.name
    return Baseline(
        ledger.load_models(previous / config.STORED_MODELS_PATH.name),
        _ids(observations, "claim_id"), _ids(gains, "gain_id") if gains.exists() else
        frozenset(), abstract_hashes(pd.read_parquet(papers)) if papers.exists() else None)


def _ids(path: Path, column: str) -> frozenset[str]:
    return frozenset(pd.read_csv(path, usecols=[column], dtype=str)[column])


def changed_papers(papers: pd.DataFrame, before: dict[str, str] | None) -> set[str]:
    """The papers that are new or whose abstract changed since `before` (all when unknown)."""
    now = abstract_hashes(papers)
    if before is None:
        return set(now)
    return {pid for pid, digest in now.items() if before.get(pid) != digest}


def score_since(base: Baseline, observations: pd.DataFrame, gains: pd.DataFrame,
                papers: pd.DataFrame, *, build_time: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Ledger rows for the claims and gains new since `base`, and those not scored, with why.

    Only a claim of a paper that is new or whose abstract changed is new evidence; a new id
    in an unchanged paper comes from a change of extraction or curation (its number was in
    the training data already), so it is listed as such and not scored.
    """
    changed = changed_papers(papers, base.papers)
    new_obs = observations[~observations["claim_id"].astype(str).isin(base.claim_ids)]
    new_gains = gains[~gains["gain_id"].astype(str).isin(base.gain_ids)]
    fresh_obs = new_obs["paper_id"].astype(str).isin(changed)
    fresh_gains = new_gains["paper_id"].astype(str).isin(changed)
    rows, missing = score_new(base.models, new_obs[fresh_obs], new_gains[fresh_gains],
                              build_time=build_time)
    reextracted = pd.DataFrame({"claim_id": [*new_obs.loc[~fresh_obs, "claim_id"],
                                             *new_gains.loc[~fresh_gains, "gain_id"]],
                                "reason": EXTRACTION_CHANGED}, columns=MISSING_COLUMNS)
    parts = [p for p in (missing, reextracted) if len(p)]
    missing = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=MISSING_COLUMNS)
    return rows, missing


def run() -> str:
    """Score what is new since the last scored build, then store this build's models with
    the baseline the next build compares against (last, in one atomic write)."""
    from analysis.curated.tables import load_gains, load_observations, load_papers

    observations, gains, papers = load_observations(), load_gains(), load_papers()
    base = read_baseline()
    rows, missing = pd.DataFrame(), pd.DataFrame(columns=MISSING_COLUMNS)
    if base is not None:  # a first build has nothing new to predict
        rows, missing = score_since(base, observations, gains, papers,
                                    build_time=time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    appended = ledger.append_ledger(rows)
    write_csv(missing, config.UNPREDICTABLE_PATH)
    models = current_models(observations, gains)
    ledger.save_models(models, baseline=baseline_record(observations, gains, papers))
    reextracted = int((missing["reason"] == EXTRACTION_CHANGED).sum())
    what = "first build" if base is None else f"{appended} predictions scored in this rebuild"
    return (f"{what}, {len(missing) - reextracted} new claims unpredictable, {reextracted} "
            f"not new evidence (extraction changed); {len(models)} models stored")
