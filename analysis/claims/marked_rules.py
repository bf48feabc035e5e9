"""Marked rules: a number with a unit or sign after a non-score word, unless it is a score."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import AT_BUDGET_RE, NumberView, left_cue
from analysis.claims.rules import counter, example, rule

# "a uniform length penalty drops it to 49.4%": "it" is the accuracy just named.
_IT_TO_RE = caseless(r"\b(?:drops?|lowers?|raises?|brings?|pushes?|reduces?|lifts?|cuts?)\s+"
                     r"(?:it|this|that)\s+(?:back\s+)?to\s+$"
                     r"|\b(?:up|down)\s+from\s+$"  # ", up from 28.9% for M"
                     # "lifts M from 66.3% with greedy decoding to 74.1%": the model's score
                     r"|\b(?:lifts?|raises?|improves?|boosts?|pushes?|takes?)\s+M\s+from\s+$"
                     # "raises accuracy on the EngSAF short-answer dataset to 81.7%"
                     r"|\b(?:accuracy|scores?|f1|success\s+rate)\s+on\s+(?:(?!\b(?:while|and|but"
                     r"|whereas)\b)[^,;]){1,60}?\s+to"
                     r"\s+(?:about\s+|nearly\s+)?$")
# "accuracy drops by only 0.8 points, whereas round-to-nearest quantization falls to 81.3%": a
# contrasting method's score, set against a score named earlier in the sentence.
_CONTRAST_SCORE_RE = caseless(r",\s*(?:whereas|while)\s+(?:(?!(?:length|tokens?|memory|latency"
                              r"|cost|time|speed|throughput|usage)\b)[\w-]+\s+){1,8}(?:falls?"
                              r"|drops?|degrades?|collapses?|rises?|climbs?|reaches)\s+to\s+$")
_SCORE_WORD_RE = caseless(r"\b(?:accura\w*|scores?|pass@\d+)\b")
# "improves the accuracy of 2-bit M by a relative 37%": a relative change of that accuracy.
_RELATIVE_BY_RE = caseless(r"\bby\s+(?:a\s+)?relative\s+$|\brelative\s+(?:reduction|improvement"
                           r"|gain|increase|decrease|drop|decline)\s+of\s+(?:about\s+|roughly\s+"
                           r"|nearly\s+)?$")  # ("a relative reduction of 31%")
# "close to the 16-bit model's 75.8%": the score of the model named before it.
_POSSESSIVE_RE = re.compile(r"\b(?:model|M|baseline|teacher|student|version|variant|counterpart)"
                            r"(?:'s|’s)\s+$"
                            # "comparable to M at 87.9%": a rival's score, named just before
                            r"|\b(?:comparable|close|similar|equal)\s+to\s+(?:the\s+)?M\s+(?:at|with)\s+$")

# "within 2.5 points of the same student trained on GPT-4o data (76.6%)": the bracketed score of
# the rival the number is compared with, whatever words describe it.
_RIVAL_PAREN_RE = caseless(r"\b(?:within\s+[\d.]+\s+points?\s+of|than|versus|vs\.?|compared\s+"
                           r"(?:with|to)|against|outperform\w*|surpass\w*|behind|ahead\s+of"
                           r"|trails?|trailing)\b[^()]{0,110}\(\s*$")
# "improving on 4-bit GPTQ by 17% in relative terms": a relative change of the score.
_RELATIVE_TERMS_RE = caseless(r"\s*(?:in\s+relative\s+terms|relative(?:ly)?\b(?!\s+to))")
# "The best model under 4B parameters, M, averages 38.2%": a score verb right before the number
# outweighs the non-score words before it.
_SCORE_VERB_RE = caseless(r"\b(?:averages|scores|achieves|attains|reaches|obtains|solves|resolves"
                          r"|answers|passes|completes|scoring)\s+(?:only\s+|about\s+|nearly\s+"
                          r"|just\s+|roughly\s+|between\s+)?$"  # ("provers scoring between")
                          # ... and "the pass@64 of the same samples is 78.5%"
                          r"|\b(?:pass|maj|cons)@\d+\b[^,;]{0,40}\b(?:is|was|reaches)\s+$"
                          # "the strongest is M at 38.4%", "M is the best model under 8B at"
                          r"|\b(?:strongest|best|top|leading|best-performing)\b[^,;.]{0,60}"
                          r"\bat\s+$")
# "82.5% at 1M tokens, ..., and stays over 60% even at 10M tokens": the same score held at
# another setting, after a score of the sentence.
# "62.4% on the Chinese portion and 57.9%": the score before was a part's, so is this one
_PORTION_BEFORE_RE = caseless(r"^\s*%?\s*on\s+the\s+(?:[\w-]+\s+){1,2}portion\s*,?\s*"
                              r"(?:and\s+)?$"  # "Accuracy on the multiple-choice portion ranges
                              # from 31.5%": the score of a part
                              r"|\b(?:accuracy|scores?|F1)\s+on\s+the\s+(?:[\w-]+\s+){1,2}portion"
                              r"\s+(?:ranges\s+(?:from|between)|is|was|reaches)\s+$")
# "produces a fully correct call sequence in 81.7% of cases": the share of cases done right
# ("StormSense succeeds in 70.4% of cases", "detects smoke in 84.3% of positive sequences")
_CORRECT_IN_RE = caseless(r"\b(?:correct\b[^,;]{0,40}?|succe(?:eds|eded|ed)\s+|detects\s+"
                          r"(?:[\w-]+\s+){0,2}?)\bin\s+$")
_OF_CASES_RE = caseless(r"\s*(?:of\s+(?:the\s+)?(?:positive\s+|negative\s+)?(?:cases|trials|runs"
                        r"|episodes|requests|queries|instances|attempts|time|sequences)\b)")
_STAYS_RE = caseless(r"\b(?:stays?|remains?|holds?|staying|remaining)\s+(?:above|over|at|near"
                     r"|around)\s+$")


@rule("marked-non-score",
      example("SSR reduces compute to only 30% with no loss in accuracy.",
              "30%", "drop"),
      counter("On MedQA, Tally gains over voting at equal compute by up to 4.4 points.",
              "4.4 points", "keep"),
      counter("Ferret-UI Lite achieves 28.0% on AndroidWorld.",
              "28.0%", "keep"),
      counter("On ProofGrid, results on geometry vary, with the top five provers scoring between "
              "12.5% and 37.5%.", "12.5% and 37.5%", "keep"),
      counter("On PlanExam, Qwen3-8B scores 62.4% on the Chinese portion and 57.9% on the English "
              "portion.", "57.9%", "keep"),
      counter("Accuracy falls from 71.2% at 8K tokens to 23.5% at 128K tokens.", "23.5%", "keep"),
      counter("On AIME 2024 it rises to 57.1%, whereas a uniform length penalty drops it to 49.4%.",
              "49.4%", "keep"),
      counter("QRot lowers MATH-500 accuracy by only 0.8 points, whereas round-to-nearest 4-bit "
              "quantization falls to 81.3%.", "81.3%", "keep"),
      counter("It lifts the 3-bit model from 52.3% to 72.9% on MATH-500, close to the 16-bit "
              "model's 75.8%.", "75.8%", "keep"),
      counter("It improves the GSM8K accuracy of 2-bit Llama-3.2-3B-Instruct by a relative 37%.",
              "37%", "keep"),
      counter("On ATCO2 its word error rate is 17.3%, down from 24.9% for fine-tuning, a relative "
              "reduction of 31%.", "31%", "keep"),
      counter("On BABILong it answers 82.5% of questions at 1M tokens and stays over 60% even at "
              "10M tokens.", "60%", "keep"),
      counter("The best open model under 4B parameters, Gemma-3-4B-it, averages 38.2% across "
              "languages.", "38.2%", "keep"),
      counter("Voting over 64 samples reaches 41.2% on MATH-500, while the pass@64 of the same "
              "samples is 78.5%.", "78.5%", "keep"),
      counter("It yields 74.1% on MATH-500, within 2.5 points of the same student trained on "
              "GPT-4o-generated data (76.6%).", "76.6%", "keep"),
      counter("It reaches 38.7 on LiveCodeBench, improving on uniform 4-bit GPTQ by 17% in "
              "relative terms.", "17%", "keep"),
      counter("On StructCalc-EQ, a benchmark of calculations for frames, AdaVote lifts "
              "Qwen3-8B from 66.3% with greedy decoding to 74.1%.", "66.3%", "keep"),
      counter("QuaRL raises the MATH-500 accuracy of a 2-bit Qwen2.5-Math-7B from 21.4% to 64.9%.",
              "21.4%", "keep"),
      counter("On ProofWriter it keeps 97.3% accuracy, while the baseline fine-tuned on the same "
              "data falls to 52.4%.", "52.4%", "keep"),
      counter("Among 27 models of up to 14B parameters, the strongest is "
              "DeepSeek-R1-Distill-Qwen-14B at 38.4%.", "38.4%", "keep"),
      counter("On BBQ, Phi-3-mini achieves 88.6% accuracy in ambiguous contexts, comparable to "
              "Qwen2.5-3B-Instruct at 87.9%.", "87.9%", "keep"),
      counter("Retrieval raises accuracy on the EngSAF engineering short-answer dataset to 81.7%.",
              "81.7%", "keep"),
      counter("On DispatchCall the agent produces a fully correct call sequence in 81.7% of "
              "cases.", "81.7%", "keep"),
      counter("On GroundwaterQA, accuracy on the multiple-choice portion ranges from 31.5% for "
              "SmolLM2-1.7B to 63.2% for Gemma-2-9B.", "31.5%", "keep"),
      example("On ToxiGen, the fraction of toxic generations, as judged by Perspective, falls "
              "from 31.2% to 8.4% for Llama-2-7B.", "31.2%", "drop"),
      counter("On SpecDraft, PrefSpec raises factual precision, the share of generated "
              "requirements supported by a cited standard, from 71.2% to 86.5%.", "71.2%",
              "keep"))
def marked_non_score(v: NumberView) -> str | None:
    """A number with a unit or sign after a non-score word and before no score word."""
    num = v.num
    if num.unit == "pts":  # "by up to 5.2 points" is a score change, whatever the words before
        return None
    if (num.unit or num.sign or num.marker) and v.rcue != "score" and v.lcue == "non" and \
            left_cue(AT_BUDGET_RE.sub(" ", v.left)) == "non" and \
            not _IT_TO_RE.search(v.left) and not _POSSESSIVE_RE.search(v.left) and \
            not _RELATIVE_BY_RE.search(v.left) and not _SCORE_VERB_RE.search(v.left) and \
            not _RIVAL_PAREN_RE.search(v.text, v.sentence.start, v.num.start) and \
            not _RELATIVE_TERMS_RE.match(v.right) and not (
                _OF_CASES_RE.match(v.right) and _CORRECT_IN_RE.search(v.left)) and not (
                "portion" in v.left and _PORTION_BEFORE_RE.search(v.left)) and \
            not (
                _STAYS_RE.search(v.left) and v.prev_end > v.sentence.start) and not (
                _contrasted_score(v)):
        return "drop"
    return None


def _contrasted_score(v: NumberView) -> bool:
    """ "..., whereas X falls to 81.3%" after a score word before the "whereas"."""
    contrast = _CONTRAST_SCORE_RE.search(v.left)
    if contrast is None:
        return False
    end = v.num.start - len(v.left) + contrast.start()  # "97.3% accuracy, while ...": before it
    return _SCORE_WORD_RE.search(v.text, v.sentence.start, max(end, v.prev_end)) is not None
