"""Marked rules: a number with a unit or sign after a non-score word, unless it is a score."""

from __future__ import annotations

import re

from analysis.claims.cues import AT_BUDGET_RE, NumberView, left_cue
from analysis.claims.rules import counter, example, rule

# "a uniform length penalty drops it to 49.4%": "it" is the accuracy just named.
_IT_TO_RE = re.compile(r"\b(?:drops?|lowers?|raises?|brings?|pushes?|reduces?|lifts?|cuts?)\s+"
                       r"(?:it|this|that)\s+(?:back\s+)?to\s+$"
                       r"|\b(?:up|down)\s+from\s+$", re.IGNORECASE)  # ", up from 28.9% for M"
# "accuracy drops by only 0.8 points, whereas round-to-nearest quantization falls to 81.3%": a
# contrasting method's score, set against a score named earlier in the sentence.
_CONTRAST_SCORE_RE = re.compile(r",\s*(?:whereas|while)\s+(?:(?!(?:length|tokens?|memory|latency"
                                r"|cost|time|speed|throughput|usage)\b)[\w-]+\s+){1,5}(?:falls?"
                                r"|drops?|degrades?|collapses?|rises?|climbs?|reaches)\s+to\s+$",
                                re.IGNORECASE)
_SCORE_WORD_RE = re.compile(r"\b(?:accura\w*|scores?|pass@\d+)\b", re.IGNORECASE)
# "improves the accuracy of 2-bit M by a relative 37%": a relative change of that accuracy.
_RELATIVE_BY_RE = re.compile(r"\bby\s+(?:a\s+)?relative\s+$", re.IGNORECASE)
# "close to the 16-bit model's 75.8%": the score of the model named before it.
_POSSESSIVE_RE = re.compile(r"\b(?:model|M|baseline|teacher|student|version|variant|counterpart)"
                            r"(?:'s|’s)\s+$")

# "82.5% at 1M tokens, ..., and stays over 60% even at 10M tokens": the same score held at
# another setting, after a score of the sentence.
# "The best model under 4B parameters, M, averages 38.2%": a score verb right before the number
# outweighs the non-score words before it.
_SCORE_VERB_RE = re.compile(r"\b(?:averages|scores|achieves|attains|reaches|obtains|solves)\s+"
                            r"(?:only\s+|about\s+|nearly\s+|just\s+|roughly\s+)?$", re.IGNORECASE)
_STAYS_RE = re.compile(r"\b(?:stays?|remains?|holds?|staying|remaining)\s+(?:above|over|at|near"
                       r"|around)\s+$", re.IGNORECASE)


@rule("marked-non-score",
      example("SSR reduces compute to only 30% with no loss in accuracy.",
              "30%", "drop"),
      counter("On MedQA, Tally gains over voting at equal compute by up to 4.4 points.",
              "4.4 points", "keep"),
      counter("Ferret-UI Lite achieves 28.0% on AndroidWorld.",
              "28.0%", "keep"),
      counter("Accuracy falls from 71.2% at 8K tokens to 23.5% at 128K tokens.", "23.5%", "keep"),
      counter("On AIME 2024 it rises to 57.1%, whereas a uniform length penalty drops it to 49.4%.",
              "49.4%", "keep"),
      counter("QRot lowers MATH-500 accuracy by only 0.8 points, whereas round-to-nearest 4-bit "
              "quantization falls to 81.3%.", "81.3%", "keep"),
      counter("It lifts the 3-bit model from 52.3% to 72.9% on MATH-500, close to the 16-bit "
              "model's 75.8%.", "75.8%", "keep"),
      counter("It improves the GSM8K accuracy of 2-bit Llama-3.2-3B-Instruct by a relative 37%.",
              "37%", "keep"),
      counter("On BABILong it answers 82.5% of questions at 1M tokens and stays over 60% even at "
              "10M tokens.", "60%", "keep"),
      counter("The best open model under 4B parameters, Gemma-3-4B-it, averages 38.2% across "
              "languages.", "38.2%", "keep"))
def marked_non_score(v: NumberView) -> str | None:
    """A number with a unit or sign after a non-score word and before no score word."""
    num = v.num
    if num.unit == "pts":  # "by up to 5.2 points" is a score change, whatever the words before
        return None
    if (num.unit or num.sign or num.marker) and v.rcue != "score" and v.lcue == "non" and \
            left_cue(AT_BUDGET_RE.sub(" ", v.left)) == "non" and \
            not _IT_TO_RE.search(v.left) and not _POSSESSIVE_RE.search(v.left) and \
            not _RELATIVE_BY_RE.search(v.left) and not _SCORE_VERB_RE.search(v.left) and not (
                _STAYS_RE.search(v.left) and v.prev_end > v.sentence.start) and not (
                _CONTRAST_SCORE_RE.search(v.left) and
                _SCORE_WORD_RE.search(v.text, v.sentence.start, v.prev_end)):
        return "drop"
    return None
