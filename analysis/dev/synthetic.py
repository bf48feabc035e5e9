"""Synthetic corpora for benchmarks: real abstracts resampled with model sizes and scores varied."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.ingest import PAPER_COLUMNS, SENTENCE_END, paper_id_for

# Model sizes seen in the real abstracts (data/raw, `\d+B` / `\d+M` tokens); a size in a
# resampled abstract is replaced by one of these, so model names vary but stay realistic.
SIZES_B = ("0.5", "0.6", "1", "1.3", "1.5", "1.7", "2", "3", "3.8", "4", "7", "8", "13", "14",
           "24", "32", "34", "70", "72")
SIZES_M = ("125", "135", "250", "350", "360", "500", "950")
# A size glued to a model name ("Qwen3-0.6B", "Llama 8B"); not "3B tokens" style counts alone.
SIZE_RE = re.compile(r"(?<=[-\s(])(\d+(?:\.\d+)?)([BM])\b")
# A score-like number: a decimal, or an integer followed by "%" (years and counts untouched,
# so "AIME 2024" stays a benchmark name).
SCORE_RE = re.compile(r"(?<![\w.\-])(?:(\d{1,3})\.(\d{1,2})(?!\w|\.\d)|(\d{1,3})(?=\\?%))")
# Sentence boundaries of an abstract (end mark, space, capital letter).
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
SCORE_JITTER = 0.08  # relative standard deviation of a varied score (unitless)
PAGE_HEADER = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "",
               "Daily Papers", "", "byAK and the research community", "", "Jan 5", ""]
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _vary_score(match: re.Match, noise: float) -> str:
    whole, decimals = match.group(1) or match.group(3), match.group(2)
    value = float(f"{whole}.{decimals}" if decimals else whole)
    ceiling = 100.0 if value <= 100 else value * 2
    varied = min(max(value * (1.0 + SCORE_JITTER * noise), 0.0), ceiling)
    return f"{varied:.{len(decimals)}f}" if decimals else str(round(varied))


def _draws(draw, block: int = 32):
    """Endless random numbers from `draw(k)`, called once per block rather than per number."""
    while True:
        yield from draw(block)


def vary_text(text: str, rng: np.random.Generator) -> str:
    """`text` with each model size and score-like number replaced by a seeded random variant."""
    uniform = _draws(rng.random)
    text = SIZE_RE.sub(
        lambda m: (SIZES_B[int(next(uniform) * len(SIZES_B))] if m.group(2) == "B"
                   else SIZES_M[int(next(uniform) * len(SIZES_M))]) + m.group(2), text)
    noise = _draws(rng.standard_normal)
    return SCORE_RE.sub(lambda m: _vary_score(m, next(noise)), text)


def shuffle_sentences(text: str, rng: np.random.Generator) -> str:
    """`text` with the sentences after the first in a random order.

    Abstracts without any number would otherwise repeat verbatim in a resampled corpus, and a
    cache keyed on the text would make the extractor look faster than it is.
    """
    first, *rest = SENTENCE_SPLIT_RE.split(text)
    return " ".join([first, *(rest[i] for i in rng.permutation(len(rest)))])


def synthetic_papers(real: pd.DataFrame, n: int, *, rng: np.random.Generator) -> pd.DataFrame:
    """`n` papers resampled from `real` (columns title, abstract), each text varied.

    Sentences after the first are shuffled too. Titles get a running number so every paper id
    is distinct; every abstract ends a sentence so any of them may close a page (ingest
    rejects a page ending mid-sentence).
    """
    if n < 1 or real.empty:
        raise ValueError(f"need n >= 1 and real abstracts to resample (n={n}, {len(real)} real)")
    picks = rng.integers(0, len(real), n)
    titles, abstracts = real["title"].to_numpy(), real["abstract"].to_numpy()
    rows = []
    for number, pick in enumerate(picks, start=1):
        abstract = shuffle_sentences(vary_text(str(abstracts[pick]), rng).strip(), rng)
        if not abstract.endswith(SENTENCE_END):
            abstract += "."
        rows.append({"title": f"{vary_text(str(titles[pick]), rng)} (synthetic {number})",
                     "abstract": abstract})
    return pd.DataFrame(rows, columns=["title", "abstract"])


def render_pages(papers: pd.DataFrame, *, per_page: int = 250,
                 rng: np.random.Generator) -> list[str]:
    """Pages in the blank-line layout of data/raw/001_*.txt (title, abstract, metadata)."""
    pages = []
    for start in range(0, len(papers), per_page):
        chunk = papers.iloc[start:start + per_page]
        authors = rng.integers(1, 30, len(chunk))
        days = rng.integers(1, 29, len(chunk))
        months = rng.integers(0, 12, len(chunk))
        lines = list(PAGE_HEADER)
        for i, (title, abstract) in enumerate(zip(chunk["title"], chunk["abstract"],
                                                  strict=True)):
            lines += [title, "", abstract, "", f"  • {authors[i]} authors", "·",
                      f"{MONTHS[months[i]]} {days[i]}, 2025", ""]
        pages.append("\n".join(lines))
    return pages


def write_corpus(papers: pd.DataFrame, folder: Path, *, rng: np.random.Generator,
                 per_page: int = 250) -> list[Path]:
    """Write `papers` as raw pages into `folder` (created); return the page files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, text in enumerate(render_pages(papers, per_page=per_page, rng=rng)):
        path = folder / f"{index:05d}_synthetic.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def papers_table(papers: pd.DataFrame, *, rng: np.random.Generator) -> pd.DataFrame:
    """`papers` (title, abstract) as the table ingestion builds (ingest.PAPER_COLUMNS).

    Lets an extraction benchmark skip parsing pages: the extractor sees what ingest gives it.
    """
    n = len(papers)
    published = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    sources = [f"{i // 250:05d}_synthetic.txt" for i in range(n)]
    table = pd.DataFrame({
        "paper_id": [paper_id_for(title) for title in papers["title"]],
        "title": papers["title"].to_numpy(),
        "abstract": papers["abstract"].to_numpy(),
        "published": published,
        "published_raw": published.strftime("%b %-d, %Y"),
        "published_year_inferred": False,
        "n_authors": pd.array(rng.integers(1, 30, n), dtype="Int64"),
        "organisation": "",
        "upvotes": pd.array([None] * n, dtype="Int64"),
        "source_files": sources,
        "source_lines": [f"{s}:{i % 250 * 8 + 13}" for i, s in enumerate(sources)],
        "n_sources": 1,
    })
    return table[PAPER_COLUMNS]
