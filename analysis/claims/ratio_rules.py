"""Ratio rules: a percent change read against the pair of scores it is stated with."""

from __future__ import annotations

import re

from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule

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
_PARALLEL_RELATIVE_RE = re.compile(r"^[^.;%]{0,40}?\band\s+[^.;%]{0,60}?\d[\d.]*\s*%[^.;%\d]{0,40}?"
                                   r"\bin\s+relative\s+terms\b", re.IGNORECASE)


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
