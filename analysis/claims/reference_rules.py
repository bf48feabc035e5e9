"""Reference rules: a benchmark named away from its number ("on the former", ", and on X, ...")."""

from __future__ import annotations

import re

from analysis.claims.attach_base import AttachView, BenchPick, no_claim_between
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


# ", and on PlotProbe-2K, our new test set of 2,000 plots, it scores 72.4": a later opening phrase.
_MID_LEAD_NAME_RE = re.compile(r"[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?(?:on|in)\s+"
                               r"(?:the\s+)?(?P<name>[A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*)\s*,"
                               r"[^;]{0,100}$")


@rule("mid-lead-name",
      example("It reaches 86.1% on ChartQA, and on PlotProbe-2K, our new test set of 2,000 plots, "
              "it scores 72.4.", "72.4", "PlotProbe-2K"))
def mid_lead_name(v: AttachView) -> BenchPick | None:
    """An unlisted name opening the number's own clause, after a comma ("..., and on X, ...")."""
    num = v.claim.num
    found = _MID_LEAD_NAME_RE.search(v.text, max(v.sentence.start, num.start - 160), num.start)
    if found is None or not no_claim_between(v.claims, found.end("name"), num.start, v.claim) \
            or any(b.start == found.start("name") for b in v.sentence.benches):
        return None  # a listed benchmark there is the other rules' (and the fallback's)
    return v.unlisted_pick(found.group("name"), found.start("name"))
