"""Reference rules: a benchmark named by reference to the ones before ("on the former")."""

from __future__ import annotations

import re

from analysis.claims.attach_base import AttachView, BenchPick
from analysis.claims.rules import example, rule

_FORMER_LATTER_BEFORE_RE = re.compile(r"\b(?:on|in|for|at)\s+the\s+(former|latter)\b[^\d,;]*$",
                                      re.IGNORECASE)
_FORMER_LATTER_AFTER_RE = re.compile(r"\s*(?:%|points?|pts)?\s*(?:on|in|for|at)\s+the\s+"
                                     r"(former|latter)\b", re.IGNORECASE)


@rule("former-latter",
      example("It reaches 51.8% on LiveCodeBench and a Codeforces rating of 1612, outperforming "
              "o1-mini on the former by 2.4 points.", "2.4 points", "LiveCodeBench"),
      example("It scores 61.0 on MMLU and 40.2 on GPQA, gaining 3.1 points on the latter.",
              "3.1 points", "GPQA"))
def former_latter(v: AttachView) -> BenchPick | None:
    """ "on the former by 2.4 points": the first (or last) of the two benchmarks before."""
    num, text = v.claim.num, v.text
    found = _FORMER_LATTER_AFTER_RE.match(text, num.end, v.sentence.end)
    if found is None:  # "on the former by 2.4": written before, with no number between
        found = _FORMER_LATTER_BEFORE_RE.search(text, max(v.sentence.start, num.start - 40),
                                                num.start)
    if found is None:
        return None
    names = list(dict.fromkeys(b.name for b in v.sentence.benches if b.end <= found.start()))
    if len(names) != 2:
        return None
    pick = names[0] if found.group(1).lower() == "former" else names[1]
    b = next(b for b in v.sentence.benches if b.name == pick)
    return BenchPick(b.name, b.text, b.start)
