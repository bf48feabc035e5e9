"""Quantity rules: numbers that measure a setting or a cost (sparsity, speed, overlap, price)."""

from __future__ import annotations

import re

from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule

# "At 50% sparsity", "at 30% pruning": the setting the result is measured at.
_SETTING_AFTER_RE = re.compile(r"\s*(?:sparsity|pruning|compression|quantization|dropout"
                               r"|masking|mask\s+ratio|(?:label\s+)?noise)\b", re.IGNORECASE)
_QUANTITY_CHANGE_RE = re.compile(
    # "decoding speed improves by 2.7x", "throughput increases 2.7x"
    r"\b(?:speed|throughput|latency|memory(?:\s+use|\s+footprint)?|cost|energy)\s+"
    r"(?:(?:on|with|at)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){1,2}?)?"
    r"(?:improves|increases|rises|grows|drops|falls|decreases|shrinks)\s+(?:by\s+)?$"
    # "shortens training by 30%", "speeds up inference by 2.1x"
    r"|\b(?:shortens?|speeds?\s+up|accelerates?|cuts?|reduces?|halves|lengthens?)\s+(?:the\s+)?"
    r"(?:training|inference|decoding|convergence|wall-?clock)(?:\s+time)?\s+by\s*$"
    # "the number of tokens per B question from 310 to 205"
    r"|\btokens\s+per\s+(?:[\w-]+\s+){0,2}?(?:question|problem|query|answer|response|sample|item"
    r"|example)s?\s+(?:from\s*|to\s*|by\s*)$"
    # "an n-gram overlap below 0.2% with public test sets"
    r"|\b(?:overlap|contamination|leakage|duplication)(?:\s+(?:rate|ratio))?\s+(?:of\s+|is\s+"
    r"|at\s+|stays\s+|remains\s+)?(?:below|under|above|over|of|at|to|by|about|only|just)?\s*$"
    # "a user pays roughly 3 times more per problem"
    r"|\b(?:pays?|paying|spends?)\s+(?:roughly|about|nearly|around|up\s+to|only)?\s*$",
    re.IGNORECASE)
# "the rating ... can differ by up to 400 points depending on the protocol": a spread.
_SPREAD_RE = re.compile(r"\b(?:can|may|could|might)\s+(?:\w+\s+)?(?:differ|vary|swing|fluctuate)"
                        r"\s+by\s+(?:as\s+much\s+as\s+|up\s+to\s+|over\s+|more\s+than\s+)?$",
                        re.IGNORECASE)
# "improvements under 3 points reported in the original papers": a class of results.
_SMALL_GAINS_LEFT_RE = re.compile(r"\b(?:improvements|gains|differences)\s+(?:of\s+)?(?:under"
                                  r"|below|smaller\s+than|less\s+than)\s*$", re.IGNORECASE)
_SMALL_GAINS_RIGHT_RE = re.compile(r"\s*(?:points?|pts|%)?\s*(?:reported|that|which|are|were"
                                   r"|in\s+(?:the|prior|published))\b", re.IGNORECASE)


@rule("setting-after",
      example("At 50% sparsity, ReaPrune keeps Qwen3-4B at 48.2% pass@1 on HumanEval+.", "50%",
              "drop"),
      counter("At 50% sparsity, ReaPrune keeps Qwen3-4B at 48.2% pass@1 on HumanEval+.", "48.2%",
              "keep"))
def _setting_after(v: NumberView) -> str | None:
    """ "At 50% sparsity": the setting a result is measured at, not a result."""
    return "drop" if v.num.unit == "%" and _SETTING_AFTER_RE.match(v.right) else None


@rule("quantity-change",
      example("With 4-bit weights, decoding speed improves by 2.7x on a laptop CPU.", "2.7x",
              "drop"),
      example("Peak memory drops by 5x and throughput increases 2.7x at 32K context.", "2.7x",
              "drop"),
      example("Used as a dense reward, it shortens training by 30% to reach the same accuracy.",
              "30%", "drop"),
      example("It reduces the number of tokens per ChemBench question from 310 to 205.", "310",
              "drop"),
      example("Contamination checks find an n-gram overlap below 0.2% with public test sets.",
              "0.2%", "drop"),
      example("We estimate that a Burmese user pays roughly 3 times more per MGSM problem.", "3",
              "drop"),
      counter("Its accuracy on GSM8K improves by 2.7 points.", "2.7 points", "keep"))
def _quantity_change(v: NumberView) -> str | None:
    """ "decoding speed improves by 2.7x", "shortens training by 30%", "overlap below 0.2%",
    "pays 3 times more": a change of speed, time, overlap or price, not of a score ("costs 5.2
    points on B" is a score's loss, so "costs" is not among the price words)."""
    return "drop" if _QUANTITY_CHANGE_RE.search(v.left) else None


@rule("spread",
      example("The rating reported for the same model can differ by up to 400 points depending "
              "on the protocol.", "400 points", "drop"),
      example("Roughly half of the improvements under 3 points reported in the original papers "
              "fall within one standard deviation.", "3 points", "drop"),
      counter("Its Codeforces rating rises by up to 400 points.", "400 points", "keep"),
      counter("It yields improvements under 3 points on GSM8K.", "3 points", "keep"))
def _spread(v: NumberView) -> str | None:
    """ "can differ by up to 400 points", "improvements under 3 points reported in the papers":
    a spread or a class of results the paper discusses, not one result."""
    if _SPREAD_RE.search(v.left):
        return "drop"
    return "drop" if _SMALL_GAINS_LEFT_RE.search(v.left) and \
        _SMALL_GAINS_RIGHT_RE.match(v.text, v.num.end) else None


QUANTITIES = (_setting_after, _quantity_change, _spread)
