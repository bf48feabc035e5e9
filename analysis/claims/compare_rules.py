"""Fallback rules for compared numbers: a pair or score set against an earlier one."""

from __future__ import annotations

import re

from analysis.claims.attach_base import BenchPick
from analysis.claims.caseless import caseless
from analysis.claims.fallback_base import COMPARED_RE, FallbackView, copy_pick
from analysis.claims.rules import counter, example, rule
from analysis.claims.sentence import Claim, mask

_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$")
_TO_BEFORE_RE = re.compile(r"\bto\s+$")
_CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:and|while|whereas|but)\b")


@rule("parallel-pair",
      example("M drops from 89.5% on GSM8K to 81.2% on GSM-Plus, while N falls from 77.7% to "
              "58.6%.", "77.7%", "GSM8K"),
      example("M drops from 89.5% on GSM8K to 81.2% on GSM-Plus, while N falls from 77.7% to "
              "58.6%.", "58.6%", "GSM-Plus"),
      counter("It lifts M on the calculation subset of ChemBench to 62.8% from 54.0%, and on the "
              "chemistry problems of SciBench to 48.5% from 40.9%.", "40.9%", "SciBench"))
def parallel_pair(v: FallbackView) -> BenchPick | None:
    """ "from 89.5% on A to 81.2% on B, while N falls from 77.7% to 58.6%": a bare pair after
    a pair across two benchmarks has the same ends."""
    role = v.claim.num.pair_role
    if not role:
        return None
    ends = [c for c in v.main_before if c.bench]
    for first, second in zip(ends, ends[1:], strict=False):
        # (one pair: "to 62.8% from 54.0%, and on B to 48.5%" holds no from-to across a comma)
        if first.bench != second.bench and \
                _FROM_BEFORE_RE.search(v.text, v.sentence.start, first.num.start) and \
                _TO_BEFORE_RE.search(v.text, first.num.end, second.num.start) and \
                not _CLAUSE_BREAK_RE.search(v.text, first.num.end, second.num.start):
            return copy_pick(first if role == "from" else second, reason="benchmark-inferred")
    return None


# "compared with 13.3% for M", "versus 3.9% for its base model": the compared score right
# after the one it is compared with (only "for M" and a hedge between).
# ("21.6% across A, B and C, compared with": the average's own list may stand between)
_COMPARED_SCORE_GAP_RE = caseless(r"^\s*(?:(?:across|over|on)\s+B(?:\s*,\s*B)*,?\s+and\s+B\s*,\s*"
                                  r"|(?:[\w@.-]+[\s,]+){0,6}?)(?:compared\s+(?:with|to)|versus|vs\.?"
                                  r"|against)\s+(?:only\s+|just\s+|about\s+)?$")


@rule("compared-score",
      example("It achieves an average pass rate of 21.6% across TravelPlanner, ChinaTravel and "
              "TripCraft, compared with 3.9% for its base model.", "3.9%", "AVERAGE"),
      example("On MATH-500 it rises from 76.4% to 85.2%, and on AIME 2024 M reaches 33.3% pass@1 "
              "averaged over 16 samples, compared with 13.3% for the instruct model.", "13.3%",
              "AIME-2024"))
def compared_score(v: FallbackView) -> BenchPick | None:
    """ "21.6% across A, B and C, compared with 3.9% for M": the compared score is on the
    benchmark of the score it follows (written alike, no benchmark named between)."""
    claim = v.claim
    main = [c for c in v.main_before if c.bench]
    if claim.kind != "absolute" or not main or main[-1].kind != "absolute" or \
            main[-1].num.unit != claim.num.unit:
        return None
    prev = main[-1]
    gap = mask(v.text, prev.num.end, claim.num.start, v.sentence)
    if not _COMPARED_SCORE_GAP_RE.match(gap) or ("B" in gap and prev.bench != "AVERAGE"):
        return None
    return copy_pick(prev, reason="benchmark-inferred")


# The metric written after a score's unit ("51.3% pass@1", "37.6% accuracy").
_METRIC_AFTER_RE = caseless(r"\s*(pass@\d+|accuracy|exact[- ]match|rating|Elo)\b")


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


_ON_AVERAGE_AFTER_RE = caseless(r"[^,;.]{0,40}?\b(?:on\s+average|averaged)\s+(?:over|across)\b")


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
