"""Ratio rules: a percent change read against the pair of scores it is stated with."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import contains_any

# "improves by 31% (from 13.2% to 17.3%)": the pair right after the change ...
_PAIR_AFTER_RE = re.compile(r"\s*(?:\(|,|;)?\s*(?:up\s+)?from\s+(\d+(?:\.\d+)?)\s*%?\s+to\s+"
                            r"(\d+(?:\.\d+)?)\s*%?")
# ... or right before it ("from 60.0% to 72.0%, a 20% improvement")
_PAIR_BEFORE_RE = re.compile(r"from\s+(\d+(?:\.\d+)?)\s*%?\s+to\s+(\d+(?:\.\d+)?)\s*%?\s*(?:\)\s*)?"
                             r"[,(;:]?\s*(?:an?\s+|or\s+|i\.e\.,?\s+)?(?:improvement\s+of\s+|gain\s+of"
                             r"\s+)?$")
_TOLERANCE = 0.6  # points: a rounded percent and a rounded pair of scores (one decimal each)


def _kind_of(change: float, low: float, high: float) -> str | None:
    """relative when the pair's ratio gives the change and its difference does not."""
    if low <= 0:
        return None
    as_points = abs(abs(high - low) - change) <= _TOLERANCE
    as_ratio = abs(abs(high / low - 1) * 100 - change) <= _TOLERANCE + change * 0.02
    if as_ratio and not as_points:
        return "relative"
    return "delta" if as_points and not as_ratio else None


@rule("pair-ratio",
      example("On DynaMath, Qwen2.5-VL-3B-Instruct improves by 31% (from 13.2% to 17.3%).", "31%",
              "relative"),
      example("It raises MathVista accuracy from 40.0% to 46.0%, an improvement of 15%.", "15%",
              "relative"),
      example("It improves AIME 2024 accuracy by 4.1% (from 38.2% to 42.3%).", "4.1%", "delta"),
      counter("It improves accuracy on GSM8K by 12%.", "12%", "delta"))
def pair_ratio(v: NumberView) -> str | None:
    """ "improves by 31% (from 13.2% to 17.3%)": 17.3 is 31% above 13.2 and 4.1 points above
    it, so the 31% is relative; "by 4.1% (from 38.2% to 42.3%)" is 4.1 points."""
    if v.num.unit != "%":
        return None
    pair = _PAIR_AFTER_RE.match(v.right) or _PAIR_BEFORE_RE.search(
        v.text, max(v.sentence.start, v.num.start - 60), v.num.start)
    if pair is None:
        return None
    return _kind_of(abs(v.num.value), float(pair.group(1)), float(pair.group(2)))


# "by 23% and on the PISA test set by 11% in relative terms", "by 18% on A and 11% on B in
# relative terms": the words after the last change say what the list's changes are.
_PARALLEL_RELATIVE_RE = caseless(r"^[^.;%]{0,40}?\band\s+[^.;%]{0,60}?\d[\d.]*\s*%[^.;%\d]{0,40}?"
                                 r"\bin\s+relative\s+terms\b")


@rule("parallel-relative",
      example("It improves miniF2F by 23% and PISA by 11% in relative terms.", "23%", "relative"),
      example("AgriMoE improves by 18% on AgXQA and 11% on NutriBench in relative terms.", "18%",
              "relative"),
      counter("It improves miniF2F by 23% and PISA by 11%.", "23%", "delta"))
def parallel_relative(v: NumberView) -> str | None:
    """A percent change listed before one stated "in relative terms" is relative too."""
    if v.num.unit != "%" or "relative terms" not in v.right:
        return None  # (a cheap test first: most numbers have no such words after them)
    return "relative" if _PARALLEL_RELATIVE_RE.match(v.right) else None


# "improves ... on A by 23% relative to prompting-only debate and on B by 9%": a percent change
# listed after a relative one, in the same words, is relative too.
_RELATIVE_BEFORE_RE = caseless(r"\bby\s+\d[\d.]*\s*%\s+(?:in\s+)?relative(?:\s+to|\s+terms)?\b")
_AND_ON_BY_RE = re.compile(r"\band\s+(?:on|for|in)\s+(?:the\s+)?B\s+by\s+$")


@rule("continued-relative",
      example("TurnCredit improves debate accuracy on MATH-500 by 23% relative to prompting-only "
              "debate and on GSM8K by 9%.", "9%", "relative"),
      counter("TurnCredit improves accuracy on MATH-500 by 23% and on GSM8K by 9%.", "9%",
              "delta"))
def continued_relative(v: NumberView) -> str | None:
    """ "by 23% relative to X and on B by 9%": the list member is relative like the first."""
    if v.num.unit != "%" or not v.left.rstrip().endswith("by") or \
            not _AND_ON_BY_RE.search(v.left):
        return None
    return "relative" if _RELATIVE_BEFORE_RE.search(v.text, v.sentence.start,
                                                    v.num.start) else None


# "the gain over single-agent retrieval on B ranges from 5.5 to 8.9 F1": a range of changes.
_CHANGE_RANGE_RE = caseless(r"\b(?:gains?|improvements?|boosts?|benefits?|advantages?)\b"
                            r"[^;]{0,80}?\b(?:ranges?|ranging|varies|vary)\s+(?:from|between)\s+$"
                            # "all evaluated models lose between 0.12 and 0.27 ANLS on them"
                            r"|(?<!relative\s)\b(?:lose|loses|lost|losing|gain|gains|gained|gaining)\s+"
                            r"(?:by\s+)?between\s+$")


@rule("change-range",
      example("Depending on the number of agents, the gain of Team-of-Thought over single-agent "
              "retrieval on MuSiQue ranges from 5.5 to 8.9 F1.", "5.5 to 8.9", "delta"),
      counter("On MuSiQue, the accuracy of Team-of-Thought ranges from 55.5% to 58.9%.",
              "55.5% to 58.9%", "absolute"),
      example("On TimetableVQA, all evaluated models lose between 0.12 and 0.27 ANLS on them.",
              "0.12 and 0.27", "delta"),
      example("On WMT24++, gains range between 4.2 and 8.9 COMET points.", "4.2 and 8.9",
              "delta"))
def change_range(v: NumberView) -> str | None:
    """ "the gain over X ranges from 5.5 to 8.9": the ends of a range of changes."""
    return "delta" if v.num.high is not None and _CHANGE_RANGE_RE.search(v.left) else None


# "Qwen3-4B, Llama-3.2-3B and Gemma-3-4B reach 52.3, 38.7 and 44.0 points": scores in points.
_REACH = r"\b(?:reach(?:es|ed)?|scores?|scored|attains?|obtains?|achieves?|earns?)\s+"
_REACH_LIST_RE = re.compile(_REACH + r"(?:\d[\d.]*\s*(?:,\s*(?:and\s+)?|and\s+))+$")
_REACH_RE = re.compile(_REACH + "$")
# "o3-mini earns 48.6 points on average", "score below 10 points on B": one score in points.
_REACH_ONE_RE = re.compile(_REACH + r"(?:(?:below|under|above|over|about|nearly|roughly|around"
                           r"|only|just|between)\s+)?$")  # ("score between 21 and 34 points")
_ONE_AFTER_RE = re.compile(r"\s*(?:points?\b)?\s*(?:(?:on|in|at|for|across)\b|[,.;]|$)")
# "the gain reaches 14.6 points": the size of a change, whatever verb it takes.
_CHANGES = (r"(?:gain|improvement|drop|increase|decrease|loss|margin|gap|difference|boost|lead"
            r"|decline|deficit|benefit|advantage)(?:e?s)?\b")
_CHANGE_SUBJECT_RE = caseless(rf"\b{_CHANGES}[^;,.]{{0,50}}$|\b(?:the|its|this)\s+(?:[\w-]+\s+)?"
                              # ("the margin ... is largest on B, where it")
                              rf"{_CHANGES}[^;.]{{0,80}}\b(?:it|this)\s+[a-z]+\s+$")
_LIST_TO_POINTS_RE = re.compile(r"\s*(?:,\s*\d[\d.]*\s*)*,?\s*and\s+\d[\d.]*\s*points\b")
_COMPARED_AFTER_RE = re.compile(r"\s*(?:points?\s+)?(?:lower|higher|below|above|more|less|ahead"
                                r"|behind|better|worse|shy|short)\b")


@rule("points-reached",
      example("On CollabEval, Qwen3-4B, Llama-3.2-3B-Instruct and Gemma-3-4B-it reach 52.3, 38.7 "
              "and 44.0 points, respectively.", "44.0 points", "absolute"),
      example("On CollabEval, Qwen3-4B, Llama-3.2-3B-Instruct and Gemma-3-4B-it reach 52.3, 38.7 "
              "and 44.0 points, respectively.", "52.3", "absolute"),
      example("Among the models, o3-mini earns 48.6 points on average on OlyCode.", "48.6 points",
              "absolute"),
      example("All models of 1 to 4B parameters score between 21 and 34 points on the hard split "
              "of GenoLogic.", "21 and 34 points", "absolute"),
      counter("On CollabEval, it gains 4.0 points.", "4.0 points", "delta"),
      counter("On MedQA, the improvement over the adapter reaches 4.8 points.", "4.8 points",
              "delta"),
      counter("The margin is largest on LiveCodeBench, where it reaches 4.3 points.",
              "4.3 points", "delta"),
      counter("On ARC-Challenge, the 2-bit student scores 71.2, 3.4 points below the 16-bit "
              "model.", "3.4 points", "delta"))
def points_reached(v: NumberView) -> str | None:
    """ "reach 52.3, 38.7 and 44.0 points", "earns 48.6 points on average": scores in points,
    not a change ("scores 71.2, 3.4 points below M" is one)."""
    if v.num.unit != "pts" or v.num.sign or _COMPARED_AFTER_RE.match(v.right):
        return None
    if _REACH_RE.search(v.left) and _LIST_TO_POINTS_RE.match(v.right):
        return "absolute"  # the list's first member (its unit is the last one's)
    if _REACH_LIST_RE.search(v.text, v.sentence.start, v.num.start):
        return "absolute"
    return "absolute" if _REACH_ONE_RE.search(v.left) and _ONE_AFTER_RE.match(v.right) and \
        not _CHANGE_SUBJECT_RE.search(v.left) else None


# "the drop exceeds 20 points", "the loss tops 9 points": the size of a drop, whatever the verb
# after the noun says ("exceeds" is no rise).
_DROP_NOUN_RE = caseless(r"\b(?:drops?|declines?|loss(?:es)?|degradations?|shortfalls?)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:exceeds?|exceeding|reaches|surpasses|tops)\s+"
                         r"(?:up\s+to\s+|over\s+|about\s+|nearly\s+|roughly\s+)?$"
                         # "the drop is milder for B, at 2 to 4 points"
                         r"|\b(?:drops?|declines?|loss(?:es)?|degradations?)\s+(?:is|are|was|were)\s+"
                         r"[^;,]{0,50},\s+at\s+(?:about\s+|roughly\s+|only\s+)?$")
_DROP_WORDS = ("drop", "declin", "loss", "degradation", "shortfall")


@rule("drop-noun",
      example("F1 on PolyStep falls short of English by 8.7 points, and the drop exceeds 20 "
              "points for Swahili.", "20 points", -1),
      example("The drop is milder for MCTACO, at 2 to 4 points across models.", "2 to 4 points",
              -1),
      counter("The gain exceeds 20 points on GSM8K.", "20 points", 1))
def drop_noun(v: NumberView) -> int | None:
    """ "the drop exceeds 20 points": a drop, however large."""
    low = v.left[-80:].lower()  # (the window the pattern is searched in)
    return -1 if contains_any(low, _DROP_WORDS) and _DROP_NOUN_RE.search(
        v.left, max(0, len(v.left) - 80)) else None


# "heuristics achieve an average gap of 4.1%", "an optimality gap of 9.4%": how far a solution
# is from the optimum, the benchmark's score (lower is better), not a change of one.
_GAP_SCORE_RE = caseless(r"\boptimality\s+gaps?\s+(?:of\s+|is\s+|at\s+)?$|\b(?:achiev|attain"
                         r"|obtain|reach)\w*\s+(?:an?\s+)?(?:average\s+|mean\s+)?gaps?\s+of\s+$")


@rule("gap-score",
      example("On TSPLIB, heuristics written by RouteCoder achieve an average gap of 4.1%.", "4.1%",
              "absolute"),
      example("The best rule attains an average optimality gap of 9.4% on Taillard.", "9.4%",
              "absolute"),
      counter("It narrows the gap to GPT-4o to 2.2 points on MathVerse.", "2.2 points", "delta"))
def gap_score(v: NumberView) -> str | None:
    """ "an optimality gap of 9.4%": a solver's distance from the optimum, its score."""
    return "absolute" if "gap" in v.left[-30:] and _GAP_SCORE_RE.search(v.left) else None
