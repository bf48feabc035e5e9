"""Tests of analysis/curated/provenance.py: the rules, and the README's tables against the data."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis.config import BENCHMARKS_PATH, MODELS_PATH, PROJ_ROOT
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.provenance import (
    CARD_KIND,
    COUNT,
    COUNTS_LABELS,
    NAME_KIND,
    PAPER_ITEMS,
    PAPER_KIND,
    SOURCE_KIND,
    markdown_table,
    provenance_blocks,
    provenance_counts,
    size_source_kind,
)
from analysis.curated.registry import load_registry
from analysis.errors import ValidationError

README = PROJ_ROOT / "data" / "registry" / "README.md"
SECTION = "## Provenance counts"
NAN = np.nan
QWEN3_PDF = "https://github.com/QwenLM/Qwen3/blob/7a2f61f/Qwen3_Technical_Report.pdf"
README_URL = "https://github.com/QwenLM/Qwen2.5/blob/486bf75/README.md"

# (params_total, params_active, pretrain_tokens, params_source, tokens_source, release_source)
MODEL_ROWS = [
    (7e9, NAN, 1e12, README_URL, f"{README_URL} (base stated in abstract 'X')", "README: 2024"),
    (7e9, NAN, NAN, f"{README_URL} (size); also arXiv 2401.00001 and {QWEN3_PDF}", "",
     "model card: 2024"),
    (8e9, NAN, 3e13, QWEN3_PDF, "https://arxiv.org/abs/2412.15115 (abstract)",
     "arXiv 2401.00001 (v1 2024-01), Title"),
    (2e11, 2e10, NAN, "abstract: 'Some Paper' ('200B total, 20B active')", "undisclosed",
     "paper listing: HF Daily Papers 2024-02-01"),
    (1.5e9, NAN, NAN, f"from model name: {README_URL}", "", "repository date: first commit"),
    (3e9, NAN, NAN, "from model name: abstract: 'Other Paper' (size in name)", "undisclosed",
     "model name: date tag '0528'"),
    (1e12, 3e10, 1.5e13, "Kimi K2 technical report (arXiv 2507.20534): '1.04 trillion'",
     "https://huggingface.co/org/model (official model card)",
     "announcement: blog, 2024-05-01 (date as recalled from the announcement)"),
    (NAN, NAN, NAN, "undisclosed", "undisclosed", "unknown: no dated source"),
    (5e9, NAN, NAN, "https://microsoft.com/en-us/research/publication/phi-3-report/ (abstract)",
     "undisclosed", "model name: snapshot (announced 2025-02-24 (as recalled))"),
]
MODEL_COLUMNS = ["params_total", "params_active", "pretrain_tokens", "params_source",
                 "tokens_source", "release_source"]
BENCHMARK_ROWS = [
    (30, "AIME 2024 (MAA); evaluation set HF datasets/Maxwell-Jia/AIME_2024 (30 rows)"),
    (30, "AIME 2025 (MAA); MathArena aime_2025 (30 problems)"),
    (83, "AI-MO/aimo-validation-amc (83 problems)"),
    (279, "Jain et al. (arXiv:2403.07974); github.com/x/y README lists v1-v6; 279 as stated in"
          " DeepCoder evaluation notes, not recounted"),
    (300, "count as listed in third-party evaluation tables; not verified against the data"),
    (1023, "Chen et al. 2025 (github.com/a/b@e6db74b data_en/*.json counted)"),
    (500, "Lightman et al. 2023 (arXiv:2305.20050): 500-problem test subset of MATH"),
    (3548, "counts as reported in the ARC paper; not verified against the data files"),
    (None, "no count established: a rating"),
]


def _models() -> pd.DataFrame:
    return pd.DataFrame(MODEL_ROWS, columns=MODEL_COLUMNS)


def _benchmarks() -> pd.DataFrame:
    frame = pd.DataFrame(BENCHMARK_ROWS, columns=["n_items", "source"])
    return frame.assign(n_items=frame["n_items"].astype("Int64"))


def _as_dict(table: pd.DataFrame) -> dict[str, int]:
    return dict(zip(table[SOURCE_KIND], table[COUNT], strict=True))


@pytest.mark.parametrize(("source", "kind"), [
    (f"from model name: {README_URL}", NAME_KIND),
    ("from model name ('DeepSeek-Coder-v1.5 7B' in a README)", NAME_KIND),
    ("abstract: 'A Paper' ('7 billion parameters')", PAPER_KIND),
    (f"{README_URL} (base of X) + abstract 'Prismatic Synthesis'", CARD_KIND),
    (f"{QWEN3_PDF} (Table)", PAPER_KIND),
    ("arXiv 1910.10683 (T5); the keras-hub preset gives 1.1135e10", PAPER_KIND),
    ("https://github.com/keras-team/keras-hub/blob/1/keras_hub/t5_presets.py", CARD_KIND),
    ("https://github.com/Azure/azureml-assets/blob/1/phi-2/description.md; also abstract 'Y'",
     CARD_KIND),
    ("undisclosed", None),
    ("", None),
])
def test_a_size_source_is_the_kind_of_the_first_source_it_cites(source, kind):
    assert size_source_kind(source) == kind


def test_synthetic_rows_give_the_counts_of_the_rules():
    tables = provenance_counts(_models(), _benchmarks())
    assert _as_dict(tables["params_total"]) == {CARD_KIND: 2, PAPER_KIND: 4, NAME_KIND: 2}
    assert list(tables["params_total"][SOURCE_KIND]) == [PAPER_KIND, CARD_KIND, NAME_KIND]
    assert _as_dict(tables["params_active"]) == {PAPER_KIND: 2}
    assert _as_dict(tables["pretrain_tokens"]) == {CARD_KIND: 2, PAPER_KIND: 1}
    assert _as_dict(tables["release"]) == {
        "arXiv date of the introducing paper": 1, "model card / README": 2,
        "repository date (commit)": 1, "model name (date tag)": 2, "official announcement": 1,
        "unknown (documented)": 1, "paper date (HF Daily Papers listing)": 1}
    assert tables["recalled"][COUNT].tolist() == [1]  # "(as recalled)" alone is no mark
    assert _as_dict(tables["n_items"]) == {
        "dataset card / hub listing": 2, "official site / evaluation suite": 1,
        "third-party evaluation code / notes (not recounted)": 2,
        "repository file or README": 1, PAPER_ITEMS: 2}
    assert tables["unverified"][COUNT].tolist() == [3]


def test_a_number_without_a_known_source_kind_is_named():
    models = _models()
    models.loc[7, "params_total"] = 1e9  # a number whose source says `undisclosed`
    models.loc[0, "release_source"] = "sometime in 2024"
    with pytest.raises(ValidationError) as caught:
        provenance_counts(models.assign(line=range(2, 2 + len(models))), _benchmarks())
    message = str(caught.value)
    assert "line 9: params_source" in message and "'undisclosed'" in message
    assert "line 2: release_source" in message and "2 problem(s)" in message


def test_markdown_table_renders_a_frame():
    frame = pd.DataFrame([("a", 2), ("b", 1)], columns=[SOURCE_KIND, COUNT])
    assert markdown_table(frame) == (
        "| source kind | count |\n|---|---|\n| a | 2 |\n| b | 1 |")


def _readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start:end if end >= 0 else None]


def _readme_block(section: str, label: str) -> str:
    """What the README states under a label: its heading line and the table after it."""
    block = re.compile(rf"^{re.escape(label)}[ :][^\n]*(?:\n\n(?:\|[^\n]*\n?)+)?", re.M)
    match = block.search(section)
    return match.group().rstrip() if match else "(missing)"


def test_readme_tables_are_the_counts_of_the_curated_files():
    tables = provenance_counts(load_registry(MODELS_PATH), load_benchmarks(BENCHMARKS_PATH))
    section = _readme_section()
    stale = [f"{COUNTS_LABELS[key]}: the README says\n{_readme_block(section, COUNTS_LABELS[key])}"
             f"\nthe code counts\n{block}"
             for key, block in provenance_blocks(tables).items() if block not in section]
    assert not stale, ("data/registry/README.md 'Provenance counts' disagrees with models.csv /"
                       " benchmarks.csv (regenerate with `python -m analysis provenance`):\n\n"
                       + "\n\n".join(stale))


def test_cli_prints_the_readme_tables(tmp_path, capsys):
    from analysis.cli import main

    assert main(["provenance", "--observations", str(tmp_path / "not-built.csv")]) == 0
    printed = capsys.readouterr().out
    tables = provenance_counts(load_registry(MODELS_PATH), load_benchmarks(BENCHMARKS_PATH))
    assert printed.strip() == "\n\n".join(provenance_blocks(tables).values())
