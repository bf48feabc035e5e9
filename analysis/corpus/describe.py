"""Descriptive counts of the corpus: papers per month and page, benchmark and family mentions."""

from __future__ import annotations

import re

import pandas as pd


def papers_per_month(papers: pd.DataFrame) -> pd.DataFrame:
    """Papers per publication month (`month`, `papers`, `year_inferred` papers among them)."""
    dated = papers.dropna(subset=["published"]).copy()
    dated["month"] = dated["published"].dt.to_period("M").dt.to_timestamp()
    counts = dated.groupby("month").agg(
        papers=("paper_id", "size"), year_inferred=("published_year_inferred", "sum")
    )
    return counts.reset_index()


def papers_per_source(papers: pd.DataFrame) -> pd.DataFrame:
    """Papers per source page (a readable label: its number and dates), with how many are
    also on another page (`shared`) and how many have a date (`dated`)."""
    exploded = papers.assign(source=papers["source_files"].str.split(";")).explode("source")
    counts = exploded.groupby("source").agg(
        papers=("paper_id", "size"), shared=("n_sources", lambda s: int((s > 1).sum())),
        dated=("published", lambda s: int(s.notna().sum())),
        first=("published", "min"), last=("published", "max"),
    ).reset_index()
    counts.insert(0, "page", [page_label(row) for row in counts.itertuples()])
    return counts.drop(columns=["first", "last"])


def page_label(row) -> str:
    """"page 000 (Sep 2025 to Mar 2026)" from the file name and its papers' dates."""
    number = str(row.source).split("_", 1)[0]
    if pd.isna(row.first):
        return f"page {number} (undated)"
    return f"page {number} ({row.first:%b %Y} to {row.last:%b %Y})"


def _alias_pattern(aliases: list[str], *, ignore_case: bool) -> re.Pattern:
    """Whole-word match of any alias (longest first)."""
    ordered = sorted({a.strip() for a in aliases if a.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w]|-\w)", re.IGNORECASE if ignore_case else 0)


def mention_counts(papers: pd.DataFrame, names: pd.DataFrame, *, name_col: str,
                   alias_col: str, ignore_case: bool = False) -> pd.DataFrame:
    """Abstracts mentioning each name through any of its `;`-separated aliases.

    Case matters by default: "MATH" the benchmark is not the word "math". Returns
    `name, papers` sorted by count; names never mentioned are dropped.
    """
    texts = (papers["title"].fillna("") + " " + papers["abstract"].fillna("")).tolist()
    lowered = [t.lower() for t in texts]
    rows = []
    for name, group in names.groupby(name_col, sort=False):
        aliases = [str(name)]
        for cell in group[alias_col].dropna():
            aliases += str(cell).split(";")
        pattern = _alias_pattern(aliases, ignore_case=ignore_case)
        needles = [a.strip().lower() for a in aliases if a.strip()]
        # a regex match contains an alias as a (case-folded) substring: test those texts only
        candidates = [t for t, low in zip(texts, lowered, strict=True)
                      if any(n in low for n in needles)]
        count = sum(1 for t in candidates if pattern.search(t))
        if count:
            rows.append({"name": name, "papers": count})
    frame = pd.DataFrame(rows, columns=["name", "papers"])
    return frame.sort_values(["papers", "name"], ascending=[False, True], ignore_index=True)


def abstract_lengths(papers: pd.DataFrame) -> pd.DataFrame:
    """Words per abstract with the paper's first source page."""
    return pd.DataFrame({
        "paper_id": papers["paper_id"],
        "words": papers["abstract"].str.split().str.len(),
        "source": papers["source_files"].str.split(";").str[0],
    })


def corpus_summary(papers: pd.DataFrame) -> str:
    """One line for the index: how many papers from how many pages, and the date span."""
    dated = papers["published"].dropna()
    span = f", {dated.min():%b %Y} to {dated.max():%b %Y}" if len(dated) else ""
    pages = papers["source_files"].str.split(";").explode().nunique()
    return f"{len(papers)} papers from {pages} pages{span}"
