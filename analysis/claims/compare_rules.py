"""Fallback rules for compared numbers: a pair or score set against an earlier one."""

from __future__ import annotations

import re

from analysis.claims.attach_base import BenchPick
from analysis.claims.fallback_base import COMPARED_RE, FallbackView, copy_pick
from analysis.claims.rules import counter, example, rule
from analysis.claims.sentence import Claim

_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$")
_TO_BEFORE_RE = re.compile(r"\bto\s+$")


@rule("parallel-pair",
      example("M drops from 89.5% on GSM8K to 81.2% on GSM-Plus, while N falls from 77.7% to "
              "58.6%.", "77.7%", "GSM8K"),
      example("M drops from 89.5% on GSM8K to 81.2% on GSM-Plus, while N falls from 77.7% to "
              "58.6%.", "58.6%", "GSM-Plus"))
def parallel_pair(v: FallbackView) -> BenchPick | None:
    """ "from 89.5% on A to 81.2% on B, while N falls from 77.7% to 58.6%": a bare pair after
    a pair across two benchmarks has the same ends."""
    role = v.claim.num.pair_role
    if not role:
        return None
    ends = [c for c in v.main_before if c.bench]
    for first, second in zip(ends, ends[1:], strict=False):
        if first.bench != second.bench and \
                _FROM_BEFORE_RE.search(v.text, v.sentence.start, first.num.start) and \
                _TO_BEFORE_RE.search(v.text, first.num.end, second.num.start):
            return copy_pick(first if role == "from" else second, reason="benchmark-inferred")
    return None


# The metric written after a score's unit ("51.3% pass@1", "37.6% accuracy").
_METRIC_AFTER_RE = re.compile(r"\s*(pass@\d+|accuracy|exact[- ]match|rating|Elo)\b", re.IGNORECASE)


def _metric_after(v: FallbackView, claim: Claim) -> tuple[str, str]:
    written = _METRIC_AFTER_RE.match(v.text, claim.num.end)
    return claim.num.unit, written.group(1).lower() if written else ""


@rule("compared-like",
      example("Coder-7B achieves 51.3% pass@1 on LiveCodeBench and a Codeforces rating of 1587, "
              "compared with 37.6% pass@1 for OlympicCoder-7B.", "37.6%", "LiveCodeBench"))
def compared_like(v: FallbackView) -> BenchPick | None:
    """ "51.3% on A and a rating of 1587 on B, compared with 37.6%": the compared score is on
    the benchmark of the earlier score written like it, not on the nearest (a rating)."""
    claim = v.claim
    main = [c for c in v.main_before if c.bench and c.kind == "absolute"]
    if claim.kind != "absolute" or not claim.num.unit or len(main) < 2 or not COMPARED_RE.search(
            v.text[main[-1].num.end:claim.num.start]):
        return None
    written = _metric_after(v, claim)
    if _metric_after(v, main[-1]) == written:
        return None
    alike = [c for c in main if _metric_after(v, c) == written]
    return copy_pick(alike[-1], reason="benchmark-inferred") if alike else None


_APPOSITIVE_GAP_RE = re.compile(r"\s*(?:%|points?)?\s*(?:(?:on|in)\s+[^,;]{1,40}?)?\s*,\s*"
                                r"(?:an?\s+|or\s+|within\s+)?(?:(?:absolute|relative|net)\s+)?"
                                r"(?:(?:drop|gain|decline|improvement|increase|loss|decrease|boost"
                                r"|reduction)\s+of\s+)?")


_ON_AVERAGE_AFTER_RE = re.compile(r"[^,;.]{0,40}?\b(?:on\s+average|averaged)\s+(?:over|across)\b",
                                  re.IGNORECASE)


@rule("appositive-change",
      example("Its average over six benchmarks reaches 49.5, a 1.3x improvement over the dense "
              "baseline, and it gains 5.6 points on MathVerse.", "1.3x", "AVERAGE"),
      example("It solves 73.5% of GSM-IC problems, but with eight distractors it solves only "
              "51.9%, a drop of 21.6 points.", "21.6 points", "GSM-IC"),
      counter("Gambit-2-4B scores 63.5 on AIME 2024 and 49.7 on GPQA Diamond, within 2.1 points "
              "of Qwen3-8B on average across these benchmarks.", "2.1 points", "AVERAGE"))
def appositive_change(v: FallbackView) -> BenchPick | None:
    """ "reaches 49.5, a 1.3x improvement": a change set right after a claimed number (", a")
    is on that number's benchmark."""
    i, claim = v.index, v.claim
    if claim.kind not in ("delta", "relative") or i == 0:
        return None
    prev = v.claims[i - 1]
    if not prev.bench or prev.num.listed or not _APPOSITIVE_GAP_RE.fullmatch(
            v.text, prev.num.end, claim.num.start) or _ON_AVERAGE_AFTER_RE.match(
            v.text, claim.num.end, v.sentence.end):
        return None  # ("88.4/81.7 on A/B, a +6.1 average gain": the list's, not the last's;
    return copy_pick(prev)  # "within 2.1 points of M on average across these": the average's)
