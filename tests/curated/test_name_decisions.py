"""Tests of analysis/curated/name_decisions.py: checked rows, the lookup, and dead decisions."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.build.derived import extract_all
from analysis.corpus.ingest import load_corpus
from analysis.curated.name_decisions import decision_for, load_name_decisions, orphan_decisions
from analysis.curated.registry import load_registry
from analysis.errors import ValidationError

HEADER = "name,paper_id,decision,model_id,base_model_id,reason\n"
REGISTRY = pd.DataFrame({"model_id": ["Qwen2.5-7B", "Llama-3-8B"]})


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "model_names.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_every_problem_names_the_file_line_and_column(tmp_path):
    path = write(tmp_path, "Ours,p0123456789,own-model,,Qwen2.5-7B,fine-tuned from it\n"
                           "Bad,p12,alias,,,\n"
                           "Ours,p0123456789,system,,,again\n"
                           "X,,own-model,,Mystery-1B,r\n")
    with pytest.raises(ValidationError) as caught:
        load_name_decisions(path, registry=REGISTRY)
    text = str(caught.value)
    for line, column in [(3, "paper_id"), (3, "model_id"), (3, "reason"), (4, "name"),
                         (5, "base_model_id")]:
        assert f"model_names.csv line {line}: {column}" in text, (line, column)
    assert "'Mystery-1B' is not a model_id" in text and "already decided on line 2" in text


def test_a_papers_own_decision_wins_over_a_general_one(tmp_path):
    path = write(tmp_path, "Ours,,size-unknown,,,any paper\n"
                           "Ours,p0123456789,own-model,,Qwen2.5-7B,this paper's model\n")
    decisions = load_name_decisions(path, registry=REGISTRY)
    found = decision_for(decisions, pd.Series(["Ours", "Ours", "Other"]),
                         pd.Series(["p0123456789", "p9999999999", "p0123456789"]))
    assert found["decision"].tolist() == ["own-model", "size-unknown", ""]
    assert found["base_model_id"].tolist() == ["Qwen2.5-7B", "", ""]


def test_a_decision_that_matches_no_claim_is_an_orphan(tmp_path):
    path = write(tmp_path, "Ours,p0123456789,own-model,,Qwen2.5-7B,r\n"
                           "Gone,p0123456789,system,,,r\n"
                           "Anywhere,,size-unknown,,,r\n"
                           "Nowhere,,size-unknown,,,r\n")
    decisions = load_name_decisions(path, registry=REGISTRY)
    claims = pd.DataFrame({"model": ["Ours", "Gone", "Anywhere"],
                           "paper_id": ["p0123456789", "p9999999999", "p9999999999"]})
    assert orphan_decisions(decisions, claims)["name"].tolist() == ["Gone", "Nowhere"]
    assert orphan_decisions(decisions, claims)["line"].tolist() == [3, 5]


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, dict]:
    """The curated decisions and what extraction builds from the real corpus."""
    decisions = load_name_decisions(config.MODEL_NAMES_PATH,
                                    registry=load_registry(config.MODELS_PATH))
    return decisions, extract_all(load_corpus(config.RAW_DIR))


def test_every_curated_decision_reaches_a_claim_of_the_corpus(corpus):
    decisions, built = corpus
    claims = built["claims"]
    orphans = orphan_decisions(decisions, claims)
    assert orphans.empty, orphans[["line", "name", "paper_id"]].to_string()


def test_every_unresolved_name_of_the_corpus_has_a_decision(corpus):
    decisions, built = corpus
    unresolved = built["coverage"]["unresolved"].merge(
        built["claims"][["model", "paper_id"]].drop_duplicates(), on="model")
    decided = decision_for(decisions, unresolved["model"], unresolved["paper_id"])
    missing = unresolved.loc[decided["decision"] == "", ["model", "paper_id"]]
    assert missing.empty, f"names without a decision in model_names.csv:\n{missing}"


def test_the_readme_counts_are_the_counts_of_the_file():
    """data/curation/README.md states how many decisions of each kind the file holds."""
    decisions = load_name_decisions(config.MODEL_NAMES_PATH,
                                    registry=load_registry(config.MODELS_PATH))
    readme = (config.MODEL_NAMES_PATH.parent / "README.md").read_text(encoding="utf-8")
    counts = re.search(r"Counts \((\d+) rows for (\d+) distinct names;[^)]*\):([^.]+)\.",
                       readme, re.S)
    assert counts, "the Counts sentence is missing from data/curation/README.md"
    stated = {word: int(n) for word, n in re.findall(r"([a-z-]+) (\d+)", counts.group(3))}
    assert (int(counts.group(1)), int(counts.group(2))) == (len(decisions),
                                                            decisions["name"].nunique())
    assert stated == decisions["decision"].value_counts().to_dict()


def test_a_model_that_is_no_language_model_names_its_registry_row(tmp_path):
    path = write(tmp_path, "Net,p0123456789,not-a-language-model,Qwen2.5-7B,,a puzzle network\n"
                           "Net2,p0123456789,not-a-language-model,,,no row named\n")
    with pytest.raises(ValidationError) as caught:
        load_name_decisions(path, registry=REGISTRY)
    assert "line 3: model_id" in str(caught.value) and "line 2" not in str(caught.value)
