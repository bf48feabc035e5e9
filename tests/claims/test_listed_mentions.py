"""Benchmarks named in written lists (analysis/claims/listed_mentions.py)."""

from __future__ import annotations

from analysis.claims import listed_mentions
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus

LIST_KIND_TEXTS = [
    "on the GSM8K and MATH test\n sets", "on GSM8K, MATH datasets", "A, B and C-v2 benchmarks.",
    "on X1,Y2  test  sets", "the MATH500, AIME24\tbenchmarks", "on HumanEval and MBPP+ datasets",
]


def test_names_then_kind_is_scanned_wherever_it_can_match():
    """_lists runs _NAMES_THEN_KIND_RE only where _named_kind sees a capitalised or numbered
    word before a kind word: every text it matches in passes, most texts do not."""
    abstracts = [a for a in load_corpus(RAW_DIR)["abstract"] if isinstance(a, str)]
    texts = abstracts + LIST_KIND_TEXTS + [a.replace(" ", "\n") for a in abstracts] + [
        a.replace(" ", "  ") for a in abstracts] + ["on gsm8k and math benchmarks"]
    matched = [t for t in texts if listed_mentions._NAMES_THEN_KIND_RE.search(t)]
    assert len(matched) >= len(LIST_KIND_TEXTS)
    assert all(listed_mentions._named_kind(t) for t in matched)
    assert sum(listed_mentions._named_kind(t) for t in texts) < len(texts) / 3
    assert not listed_mentions._named_kind("on gsm8k and math benchmarks")
