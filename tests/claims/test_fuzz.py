"""Property tests: the page parser and the claim extractor on arbitrary and near-valid text."""

# Each either returns valid rows or raises the product's own error type (ReasonscaleError);
# never another exception, never a hang (every call runs under a SIGALRM guard).

from __future__ import annotations

import atexit
import contextlib
import math
import re
import shutil
import signal
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from analysis.claims.extract import CLAIM_COLUMNS, extract_claims
from analysis.claims.facts import FACT_COLUMNS, extract_facts
from analysis.corpus.ingest import (
    CHROME_LINES,
    MAX_ABSTRACT_CHARS,
    MAX_TITLE_CHARS,
    MIN_ABSTRACT_CHARS,
    PAPER_COLUMNS,
    SENTENCE_END,
    load_corpus,
    parse_page,
)
from analysis.curated.benchmarks import load_benchmarks, split_aliases
from analysis.errors import ParseError, ReasonscaleError
from analysis.vocab import CLAIM_KINDS, FACT_KINDS, ROLES

# derandomize: CI runs the same examples every time; no deadline: speed is measured by the
# benchmark harness (analysis/dev/bench.py), a hang is caught by `guarded`; examples kept
# moderate for < 60 s.
FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ_PAGES = settings(FUZZ, max_examples=100)  # structured pages cost more to generate
HANG_S = 5.0  # seconds after which one call counts as a hang (SIGALRM interrupts regexes)
# Line breaks str.splitlines() knows besides "\n" (a reader's editor counts only "\n").
EXOTIC_BREAKS_RE = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
PAGE_DIR = Path(tempfile.mkdtemp(prefix="fuzz-pages-"))  # one page file rewritten per example
atexit.register(shutil.rmtree, PAGE_DIR, ignore_errors=True)


class Hang(BaseException):  # BaseException: the product's `except Exception` cannot swallow it
    """A call ran longer than HANG_S."""


@contextlib.contextmanager
def time_limit(seconds: float = HANG_S):
    def on_alarm(signum, frame):
        raise Hang(f"no result within {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(call, *args, **kwargs):
    """call(*args) under the hang guard; a Hang becomes a test failure naming the input."""
    try:
        with time_limit():
            return call(*args, **kwargs)
    except Hang as exc:
        raise AssertionError(f"{exc}: {call.__name__} on {args!r:.300}") from None


# ----------------------------------------------------------------------------- page parser


def write_page(data: bytes, name: str = "page.txt") -> Path:
    folder = PAGE_DIR / "corpus"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def parse_or_error(data: bytes):
    """parse_page on `data`: its papers, or None after a ParseError naming the file."""
    path = write_page(data)
    try:
        return guarded(parse_page, path)
    except ParseError as exc:
        assert path.name in str(exc), str(exc)
        return None


def check_papers(papers, data: bytes, name: str = "page.txt") -> None:
    """Every paper is a title line and an abstract line of the page, within the layout bounds."""
    text = data.decode("utf-8").lstrip("\ufeff")
    lines = text.split("\n")
    assert papers
    for paper in papers:
        assert paper.source_file == name
        for value in (paper.title, paper.abstract):
            assert value and value == value.strip() and "\n" not in value
            assert value in text
        assert len(paper.title) <= MAX_TITLE_CHARS
        assert len(paper.abstract) >= MIN_ABSTRACT_CHARS
        assert paper.title.casefold() not in CHROME_LINES
        assert paper.n_authors is None or paper.n_authors >= 0
        assert paper.upvotes is None or paper.upvotes >= 0
        if not EXOTIC_BREAKS_RE.search(text):  # see test_validation: those breaks miscount lines
            line = lines[paper.source_line - 1].strip()
            assert line.removeprefix("Subscribe") == paper.title or line == paper.title
    last = papers[-1].abstract
    assert last.endswith(SENTENCE_END) or re.search(r"https?://\S+$", last)


def check_corpus(data: bytes) -> None:
    """load_corpus on a one-page corpus: a papers table with unique ids, or a ParseError."""
    write_page(data)
    try:
        frame = guarded(load_corpus, PAGE_DIR / "corpus")
    except ParseError:
        return
    assert list(frame.columns) == PAPER_COLUMNS
    assert frame["paper_id"].str.fullmatch(r"p[0-9a-f]{10}").all()
    assert frame["paper_id"].is_unique
    assert (frame["n_sources"] == 1).all()


@FUZZ
@given(st.binary(max_size=3000))
def test_parse_page_on_arbitrary_bytes(data):
    papers = parse_or_error(data)
    if papers is not None:
        check_papers(papers, data)


PAGE_PIECES = st.one_of(
    st.text(max_size=400),
    st.sampled_from(sorted(CHROME_LINES) + ["·", "  • 3 authors", "Sep 29, 2025", "Mar 17 4",
                                            "12", "SubscribeA title", "Subscribe", "", " "]),
    st.text(alphabet="abc .,:;%+-()0123456789", min_size=140, max_size=400).map(
        lambda s: s + "."),
)


@FUZZ
@given(st.lists(PAGE_PIECES, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_parse_page_and_load_corpus_on_arbitrary_lines(pieces, newline):
    data = newline.join(pieces).encode("utf-8")
    papers = parse_or_error(data)
    if papers is not None:
        check_papers(papers, data)
    check_corpus(data)


# Near-valid pages: generated in one of the three layouts, so the expected papers are known.
# Titles start with a camel-case word whose first letter is no chrome line's ("new",
# "subscribe", "daily papers", "byak...", "get trending..."), so no prefix of a title is chrome.
VOCAB = ("we", "the", "model", "small", "reasoning", "accuracy", "on", "of", "improves", "by",
         "points", "from", "to", "pass@1", "GSM8K", "MATH-500", "AIME", "Qwen2.5-7B", "1.5B",
         "distill", "baseline", "outperforms", "%", "+4.9", "(", ")", "e.g.", "vs.", "x")
WORD = st.one_of(st.sampled_from(VOCAB), st.integers(0, 2025).map(str),
                 st.builds("{}.{}".format, st.integers(0, 99), st.integers(0, 9)),
                 st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9))
TITLE = st.builds(
    lambda head, rest, tail, words: f"{head}{rest}{tail}: {' '.join(words)}",
    st.sampled_from("ACEFHIJKLMOPQRTUVWXZ"), st.text(alphabet="aeiourstln", min_size=2,
                                                     max_size=7),
    st.sampled_from(["R1", "Net", "LM", "2", "Mini"]), st.lists(WORD, min_size=1, max_size=12))
SENTENCE = st.builds(lambda words: " ".join(words).capitalize() + ".",
                     st.lists(WORD, min_size=3, max_size=15))
FILLER = ("We report every number with its benchmark, its model and the exact sentence it comes "
          "from, so that a reader can check each claim against the abstract.")
ABSTRACT = st.lists(SENTENCE, min_size=1, max_size=5).map(
    lambda sentences: " ".join(sentences if len(" ".join(sentences)) >= MIN_ABSTRACT_CHARS
                               else [*sentences, FILLER]))
MONTH = st.sampled_from("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
DATE = st.builds(lambda m, d, y: f"{m} {d}" + (f", {y}" if y else ""), MONTH,
                 st.integers(1, 28), st.one_of(st.none(), st.integers(1990, 2100)))
META = st.fixed_dictionaries({
    "authors": st.one_of(st.none(), st.integers(1, 500)),
    "organisation": st.sampled_from(["", "acme Acme Research", "amd AMD"]),
    "date": DATE,
    "upvotes": st.one_of(st.none(), st.integers(0, 999)),
    "upvotes_own_line": st.booleans(),
})
PAPER = st.tuples(TITLE, ABSTRACT, st.one_of(st.none(), META))
HEADER = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "",
          "Daily Papers", "", "byAK and the research community", "", "Apr 15", ""]


def _meta_lines(meta: dict) -> list[str]:
    lines = [f"  • {meta['authors']} authors"] if meta["authors"] else []
    if not lines and meta["organisation"]:
        lines = [meta["organisation"]]
    date = meta["date"]
    if meta["upvotes"] is not None and not meta["upvotes_own_line"]:
        date += f" {meta['upvotes']}"
    lines += ["·", date]
    if meta["upvotes"] is not None and meta["upvotes_own_line"]:
        lines.append(str(meta["upvotes"]))
    return lines


def render_page(layout: str, papers: list) -> str:
    """The page text of `papers` in a layout of data/raw/README.md."""
    if layout == "alternating":
        body = [line for title, abstract, _ in papers for line in (title, abstract)]
        return "\n".join(["Get trending papers in your email inbox once a day!",
                          "Get trending papers in your email inbox!", "Subscribe" + body[0],
                          *body[1:]]) + "\n"
    lines = list(HEADER) if layout == "blocks" else []
    for title, abstract, meta in papers:
        lines += [title, "", abstract, ""]
        if meta and layout == "blocks":
            lines += [*_meta_lines(meta), ""]
    return "\n".join(lines)


@st.composite
def pages(draw):
    layout = draw(st.sampled_from(["blocks", "alternating", "plain"]))
    papers = draw(st.lists(PAPER, min_size=1, max_size=4, unique_by=lambda p: p[0]))
    if layout == "blocks" and any(meta for *_, meta in papers) and papers[-1][2] is None:
        papers[-1] = (*papers[-1][:2], draw(META))  # a dated page ends with a dated paper
    if layout != "blocks":
        papers = [(title, abstract, None) for title, abstract, _ in papers]
    return layout, papers


def expected_meta(meta: dict | None) -> tuple:
    if meta is None:
        return (None, "", "", None)
    organisation = "" if meta["authors"] else meta["organisation"]
    return (meta["authors"], organisation, meta["date"], meta["upvotes"])


@FUZZ_PAGES
@given(pages())
def test_generated_pages_parse_back_exactly(page):
    layout, papers = page
    data = render_page(layout, papers).encode("utf-8")
    parsed = parse_or_error(data)
    assert parsed is not None, f"a valid {layout} page was refused"
    check_papers(parsed, data)
    assert [(p.title, p.abstract) for p in parsed] == [(t, a) for t, a, _ in papers]
    got = [(p.n_authors, p.organisation, p.date_raw, p.upvotes) for p in parsed]
    assert got == [expected_meta(meta) for *_, meta in papers]


MUTATIONS = st.sampled_from(["truncate", "drop", "duplicate", "swap", "insert", "crlf"])


@FUZZ_PAGES
@given(pages(), MUTATIONS, st.integers(0, 10**6), st.integers(0, 10**6), PAGE_PIECES)
def test_mutated_pages_give_valid_rows_or_a_parse_error(page, mutation, i, j, piece):
    layout, papers = page
    text = render_page(layout, papers)
    lines = text.split("\n")
    if mutation == "truncate":
        text = text[: i % max(1, len(text))]
    elif mutation == "crlf":
        text = text.replace("\n", "\r\n")
    else:
        a, b = i % len(lines), j % len(lines)
        if mutation == "drop":
            del lines[a]
        elif mutation == "duplicate":
            lines.insert(a, lines[a])
        elif mutation == "swap":
            lines[a], lines[b] = lines[b], lines[a]
        else:
            lines.insert(a, piece)
        text = "\n".join(lines)
    data = text.encode("utf-8")
    parsed = parse_or_error(data)
    if parsed is not None:
        check_papers(parsed, data)


DATED_PAPERS = st.lists(st.tuples(TITLE, ABSTRACT, META), min_size=2, max_size=4,
                        unique_by=lambda p: p[0])


@FUZZ_PAGES
@given(DATED_PAPERS, st.integers(0, 10**6))
def test_block_page_cut_inside_its_last_paper_is_refused(papers, offset):
    text = render_page("blocks", papers)
    title, abstract, _ = papers[-1]
    start = text.rindex(title)
    end = text.index(abstract, start) + len(abstract)
    cut = text[: start + 1 + offset % (end - start - 1)]  # inside the last title or abstract
    assert parse_or_error(cut.encode("utf-8")) is None, "a page cut mid-paper was accepted"


def test_a_rendered_block_page_loads_into_the_papers_table():
    """The generator's block layout is the real one: load_corpus reads its metadata."""
    meta = {"authors": 3, "organisation": "", "date": "Sep 29, 2025", "upvotes": 7,
            "upvotes_own_line": False}
    papers = [("Alphareasoner1: small models", "We test. " * 20, meta)]
    write_page(render_page("blocks", papers).encode("utf-8"))
    frame = load_corpus(PAGE_DIR / "corpus")
    assert frame.loc[0, "published"] == pd.Timestamp("2025-09-29")
    assert (frame.loc[0, "upvotes"], frame.loc[0, "n_authors"]) == (7, 3)


# ----------------------------------------------------------------------------- claim extractor

BENCHMARKS = load_benchmarks()
BENCHMARK_NAMES = sorted(set(BENCHMARKS["name"]))
SPELLINGS = sorted({s for aliases in BENCHMARKS["aliases"] for s in split_aliases(aliases)}
                   | set(BENCHMARK_NAMES))
PAPER_ID = "p0123456789"


def check_claims(claims: pd.DataFrame, abstract: str) -> None:
    """Every claim quotes its own span of the abstract and carries a finite value or range."""
    assert list(claims.columns) == CLAIM_COLUMNS
    assert claims["claim_id"].is_unique
    for row in claims.itertuples(index=False):
        assert row.paper_id == PAPER_ID
        assert 0 <= row.start < row.end <= len(abstract)
        assert abstract[row.start:row.end] == row.quote
        assert row.start <= row.value_start < row.end
        assert row.kind in CLAIM_KINDS
        assert row.role in (*ROLES, "")
        assert isinstance(row.benchmark, str) and row.benchmark
        if math.isnan(row.value):
            assert math.isfinite(row.value_low) and math.isfinite(row.value_high)
            assert row.value_low <= row.value_high
        else:
            assert math.isfinite(row.value)


def check_facts(facts: pd.DataFrame, abstract: str) -> None:
    assert list(facts.columns) == FACT_COLUMNS
    for row in facts.itertuples(index=False):
        assert row.fact in FACT_KINDS
        assert math.isfinite(row.value) and row.value > 0
        assert abstract[row.start:row.end] == row.quote


def extract_or_error(title: str, abstract: str, *, in_hypothesis: bool = True) -> None:
    papers = pd.DataFrame({"paper_id": [PAPER_ID], "title": [title], "abstract": [abstract]})
    try:
        claims = guarded(extract_claims, papers, benchmarks=BENCHMARKS)
        facts = guarded(extract_facts, papers)
    except ReasonscaleError:
        return
    if in_hypothesis:  # statistics: how often the generators reach the extractor's rules
        event(f"claims found: {min(len(claims), 3)}{'+' if len(claims) >= 3 else ''}")
    check_claims(claims, abstract)
    check_facts(facts, abstract)


@FUZZ
@given(st.text(max_size=80), st.text(max_size=1500))
def test_extractor_on_arbitrary_text(title, abstract):
    extract_or_error(title, abstract)


NUMBER = st.one_of(
    st.integers(0, 100000).map(str),
    st.builds("{}.{}".format, st.integers(0, 999), st.integers(0, 99)),
    st.builds("{},{:03d}".format, st.integers(1, 999), st.integers(0, 999)),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e309", "9" * 40, ".5", "0.0", "-0", "+-3", "1.2.3", "١٢", "½"]),
)
CLAIM_TOKEN = st.one_of(
    NUMBER,
    st.builds("{}%".format, NUMBER),
    st.builds("{}{} points".format, st.sampled_from(["+", "-", "−", "–", ""]), NUMBER),
    st.builds("from {} to {}".format, NUMBER, NUMBER),
    st.builds("{}-{}".format, NUMBER, NUMBER),
    st.builds("{}x".format, NUMBER),
    st.sampled_from(SPELLINGS),
    st.sampled_from(["Qwen2.5-7B", "TinyR1-1.5B", "DeepSeek-R1", "our model", "GPT-4o",
                     "outperforms", "improves", "by", "on", "of", "vs.", "(", ")", ",", ";",
                     ".", "accuracy", "pass@1", "maj@64", "Δ", "↑", "~", "&gt;", "at least",
                     "relative", "absolute", "\\%", "$", "e.g.", "\n", "et al.", "7B", "3B"]),
    st.text(max_size=12),
)


CLAIM_SENTENCE = st.builds(
    "{} {} {}{} on {}{}{} ".format,
    st.sampled_from(["Our TinyR1-7B", "Qwen2.5-7B", "The 1.5B model", "It", "DeepSeek-R1"]),
    st.sampled_from(["reaches", "scores", "improves by", "outperforms GPT-4o by", "drops to",
                     "improves from 12.5 to", "achieves", "is 2x better than"]),
    NUMBER, st.sampled_from(["%", " points", "", "x", " pp", "/100"]),
    st.sampled_from(SPELLINGS),
    st.sampled_from(["", " (+4.9 points)", ", up from 31.0%", " and 7.5 on MATH-500",
                     ", a 12% relative gain", " (vs. 40.0)", ", respectively"]),
    st.sampled_from([".", ";", ",", "!", " and"]),
)


@FUZZ
@given(st.lists(st.one_of(CLAIM_SENTENCE, CLAIM_TOKEN), max_size=40),
       st.sampled_from([" ", "", "  ", "\t"]))
def test_extractor_on_claim_like_text(tokens, glue):
    abstract = glue.join(tokens)
    extract_or_error("TinyR1: Small Reasoners", abstract)
    extract_or_error(abstract[:200], abstract)  # the title is read for the paper's own models


def test_extractor_finds_the_claims_it_is_built_for():
    """The generators' vocabulary does reach the extractor's rules (else the fuzz is vacuous)."""
    abstract = ("Our TinyR1-7B reaches 55.0% on GSM8K, improving from 40.1 to 55.0 on MATH-500 "
                "(+4.9 points) and doubles the accuracy of Qwen2.5-7B on AIME 2024.")
    papers = pd.DataFrame({"paper_id": [PAPER_ID], "title": ["TinyR1"], "abstract": [abstract]})
    claims = extract_claims(papers, benchmarks=BENCHMARKS)
    check_claims(claims, abstract)
    assert {"GSM8K", "MATH-500"} <= set(claims["benchmark"])


def test_a_number_too_long_for_a_float_is_no_claim():
    abstract = "Our TinyR1-7B scores " + "9" * 400 + " on AIME 2024, +0 points over Qwen2.5-7B."
    extract_or_error("TinyR1: Small Reasoners", abstract, in_hypothesis=False)


# ----------------------------------------------------------------------------- run-on text
# Speed on long inputs is the benchmark harness's business (analysis/dev/bench.py); these
# check the output, under the same hang guard as every other call here.


@pytest.mark.parametrize("token, length", [
    ("GSM8K 55.0% ", 4000), ("55.0% on GSM8K and ", 4000), ("1.", 4000), ("A", 4000),
    ("Qwen2.5-7B and Llama-3-8B score 55.0 ", 4000), ("from 1 to 2 ", 4000),
    ("5% ", 6000),
])
def test_run_on_sentences_give_valid_claims(token, length):
    abstract = (token * (length // len(token) + 1))[:length]
    papers = pd.DataFrame({"paper_id": [PAPER_ID], "title": ["T"], "abstract": [abstract]})
    check_claims(guarded(extract_claims, papers, benchmarks=BENCHMARKS), abstract)


def test_a_page_with_a_huge_abstract_is_refused_or_extracted():
    abstract = "We report 5% " * 8000 + "gains."
    path = write_page(f"A Title\n{abstract}\n".encode())
    try:
        papers = guarded(load_corpus, path.parent)
        guarded(extract_claims, papers, benchmarks=BENCHMARKS)
    except ParseError as exc:
        assert "line 2" in str(exc)


def test_a_page_of_links_is_refused_as_truncated():
    data = ("A Title\nLinks: " + "http://" * ((MAX_ABSTRACT_CHARS - 20) // 7) + " x\n").encode()
    path = write_page(data)
    with pytest.raises(ParseError, match="truncated page"):
        guarded(parse_page, path)
