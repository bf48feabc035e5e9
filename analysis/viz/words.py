"""Headline numbers in words, verdict first: shared by figure captions and report text."""

from __future__ import annotations

from analysis.stats.designs import HEADLINE_MEANING
from analysis.stats.scaling_study import Judged


def plural(count: int, word: str) -> str:
    """'1 paper', '3 papers': counts are whole numbers, nouns agree."""
    return f"{int(count)} {word}{'' if int(count) == 1 else 's'}"


def headline_number(judged: Judged) -> str:
    """"+2.5 points per decade of parameters (95% CI ..., 36 claims, 14 papers)", or ""."""
    head = judged.fit.headline
    if head is None:
        return ""
    unit = HEADLINE_MEANING.get(judged.fit.headline_term, judged.fit.headline_term)
    return (f"{head['estimate']:+.1f} {unit} (95% CI {head['ci_low']:+.1f} to "
            f"{head['ci_high']:+.1f}, {plural(len(judged.fit.data), 'claim')}, "
            f"{plural(judged.fit.data['paper_id'].nunique(), 'paper')})")


def verdict_line(judged: Judged) -> str:
    """"inconclusive: +2.5 points per decade of parameters (95% CI ...)" — verdict first."""
    if judged.fit.result is None:
        return f"refused: {judged.fit.refusal}"
    return f"{judged.verdict}: {headline_number(judged)}"
