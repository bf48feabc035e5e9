"""Tests of analysis/ingest.py on the real corpus and on small pages with known answers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.config import RAW_DIR
from analysis.corpus.ingest import CHROME_LINES, load_corpus, page_files, paper_id_for, parse_page
from analysis.errors import ParseError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "corpus"

# Counted by hand from the pages: papers = title/abstract pairs on each page.
EXPECTED_PER_FILE = {"000": 11, "001": 54, "002": 249}
EXPECTED_SHARED = 5  # papers listed on two pages (MobileLLM-R1, Think-on-Graph, rStar-Math, ...)
EXPECTED_TOTAL = sum(EXPECTED_PER_FILE.values()) - EXPECTED_SHARED


@pytest.fixture(scope="module")
def papers() -> pd.DataFrame:
    return load_corpus(RAW_DIR)


def by_title(papers: pd.DataFrame, prefix: str) -> pd.Series:
    rows = papers[papers["title"].str.startswith(prefix)]
    assert len(rows) == 1, f"{prefix!r}: {len(rows)} rows"
    return rows.iloc[0]


@pytest.mark.parametrize("prefix,count", EXPECTED_PER_FILE.items())
def test_paper_count_per_file(prefix, count):
    [path] = [p for p in page_files(RAW_DIR) if p.name.startswith(prefix)]
    assert len(parse_page(path)) == count


def test_corpus_count_merges_papers_on_several_pages(papers):
    assert len(papers) == EXPECTED_TOTAL
    assert papers["paper_id"].is_unique
    shared = papers[papers["n_sources"] > 1]
    assert len(shared) == EXPECTED_SHARED
    mobile = by_title(papers, "MobileLLM-R1")
    assert mobile["source_files"] == "000_25564322e43665a9.txt;001_e50a5ab8850190fa.txt"


def test_block_layout_fields(papers):
    mobile = by_title(papers, "MobileLLM-R1: Exploring the Limits")
    assert mobile["abstract"].startswith("The paradigm shift in large language models")
    assert mobile["abstract"].endswith("obtained throughout this study.")
    assert mobile["n_authors"] == 11
    assert mobile["published"] == pd.Timestamp("2025-09-29")
    assert not mobile["published_year_inferred"]
    kimi = by_title(papers, "Kimi K2: Open Agentic Intelligence")
    assert (kimi["n_authors"], kimi["upvotes"]) == (169, 2)
    assert kimi["published"] == pd.Timestamp("2025-07-28")


def test_organisation_line_and_yearless_date(papers):
    ttt = by_title(papers, "TTT-Bench")
    assert ttt["organisation"] == "amd AMD"
    assert pd.isna(ttt["n_authors"])
    assert ttt["upvotes"] == 2
    deep = by_title(papers, "Deep Self-Evolving Reasoning")
    assert deep["organisation"] == "microsoft Microsoft"  # org line after a blank line
    interfaze = by_title(papers, "Interfaze")
    assert interfaze["published_raw"] == "Feb 3"
    assert interfaze["published"] == pd.Timestamp("2026-02-03")
    assert interfaze["published_year_inferred"]


def test_block_paper_without_metadata(papers):
    open_data = by_title(papers, "Open Data Synthesis For Deep Research")
    assert pd.isna(open_data["published"]) and open_data["organisation"] == ""
    assert open_data["abstract"].startswith("Large language models (LLMs) are increasingly")


def test_alternating_layout_strips_glued_subscribe(papers):
    phi = by_title(papers, "Phi-4-Mini-Reasoning")
    assert phi["title"] == (
        "Phi-4-Mini-Reasoning: Exploring the Limits of Small Reasoning Language Models in Math"
    )
    assert phi["abstract"].startswith("Chain-of-Thought (CoT) significantly enhances")
    last = by_title(papers, "Short-Path Prompting in LLMs")
    assert last["abstract"].startswith("Recent years have witnessed significant progress")


def test_chrome_never_becomes_title_or_abstract(papers):
    for column in ("title", "abstract"):
        values = papers[column].str.strip().str.casefold()
        assert not values.isin(CHROME_LINES).any()
        assert not values.str.match(r"^(·|\d+|[a-z]{3} \d{1,2}(, \d{4})?)$").any()
        assert not values.str.startswith("subscribe").any()
    assert (papers["abstract"].str.len() > papers["title"].str.len()).all()


def test_paper_id_is_stable_and_title_based():
    assert paper_id_for("Kimi K2:  Open Agentic Intelligence") == paper_id_for(
        "kimi k2: open agentic intelligence"
    )
    assert paper_id_for("A") != paper_id_for("B")
    assert paper_id_for("MobileLLM-R1") == paper_id_for("MobileLLM-R1")


def test_fixture_pages_in_all_layouts():
    papers = load_corpus(FIXTURES)
    assert len(papers) == 5  # 2 + 2 + 2 pairs, one paper shared by two pages
    distilled = by_title(papers, "Distilled Chains for Compact Models")
    assert distilled["n_sources"] == 2
    assert distilled["organisation"] == "acme Acme Research"
    assert distilled["upvotes"] == 12
    assert distilled["published"] == pd.Timestamp("2026-03-17")
    tiny = by_title(papers, "TinyReasoner")
    assert tiny["n_authors"] == 7
    survey = by_title(papers, "A Survey of Small Reasoning Models")
    assert survey["source_files"] == "102_plain.txt" and pd.isna(survey["published"])


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("Titre\nR\u00e9sum\u00e9 ".encode("latin-1") + b"x" * 200, "not UTF-8"),
        (b"just one line of text that is neither a title nor an abstract pair", "unknown layout"),
        (("Title\n" + "An abstract that was cut off in the middle of a sent" * 4).encode(),
         "truncated"),
        (("x" * 400 + "\n" + "An abstract. " * 20).encode(), "should be a title"),
        (b"Title one\nshort\n", "should be an abstract"),
    ],
)
def test_bad_pages_raise_clear_errors_naming_the_file(tmp_path, content, message):
    page = tmp_path / "bad_page.txt"
    page.write_bytes(content)
    with pytest.raises(ParseError, match=message) as info:
        parse_page(page)
    assert "bad_page.txt" in str(info.value)


def test_truncated_block_page_is_refused(tmp_path):
    text = (FIXTURES / "100_blocks.txt").read_text(encoding="utf-8")
    cut = text[: text.index("acme Acme Research")]  # the download stopped before the metadata
    page = tmp_path / "cut.txt"
    page.write_text(cut, encoding="utf-8")
    with pytest.raises(ParseError, match="truncated page"):
        parse_page(page)


def test_bad_page_skipped_only_behind_the_flag(tmp_path, caplog):
    for source in FIXTURES.glob("*.txt"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "999_broken.txt").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ParseError, match="999_broken.txt"):
        load_corpus(tmp_path)
    papers = load_corpus(tmp_path, skip_bad=True)
    assert len(papers) == 5
    assert "999_broken.txt" in caplog.text


def test_empty_corpus_folder_is_an_error(tmp_path):
    with pytest.raises(ParseError, match="no .txt pages"):
        load_corpus(tmp_path)
