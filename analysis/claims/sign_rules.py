"""Sign rules: the direction of a kept change (+1 a gain, -1 a drop)."""

from __future__ import annotations

import re

from analysis.claims import ratio_rules as ratio
from analysis.claims.caseless import caseless
from analysis.claims.cues import (
    AT_COST_RE,
    GIVE_UP_RE,
    LIST_REST_RE,
    NUM_LIST_TAIL_RE,
    SIZE_QUALIFIER_RE,
    NumberView,
    direction_of,
    right_words,
    words,
)
from analysis.claims.rules import counter, example, rule, table
from analysis.claims.sentence import mask
from analysis.claims.times_rules import errors_divided

HEDGE_TAIL_RE = caseless(r"(?:up\s+to|about|approximately|around|nearly|over|more\s+than"
                          r"|less\s+than|under|below|at\s+most|at\s+least|roughly|~|only"
                          r"|just)\s*$")
CLAUSE_SPLIT_RE = re.compile(r"[,;:]\s|\bwhile\b|\bwhereas\b")
_BENCH_LIST_MASK_RE = re.compile(r"\bB(?:\s*,\s*(?:and\s+|or\s+)?B\b|\s+(?:and|or)\s+B\b)+")
_SIGN_REACH = 160  # characters before a number read for its direction word
_CHANGE_NOUN_END_RE = caseless(r"\b(?:drops?|declines?|loss(?:es)?|decreases?|gains?|increases?"
                               r"|improvements?)\s*$")
_GAPPED_BY_RE = re.compile(r"^\s*(?:and\s+|but\s+)?(?:(?:that\s+of\s+)?M\s+)?by\s*$"  # ", and M by"
                           r"|^\s*but(?:\s+only|\s+just)?\s*$")  # "costs 6 points, but only 2"


@rule("written",
      example("Accuracy changes by -1.8 points on AIME 2024.",
              "-1.8", -1))
def _written(v: NumberView) -> int | None:
    """The sign as written ("-3.2", "↓1.5")."""
    return v.num.sign or None


_PHRASE_OF_OTHER = frozenset({"for", "on", "in", "of", "across", "among", "from", "without"})
_SUBORDINATE = frozenset({"once", "when", "whenever", "if", "after", "because", "until", "unless"})
_MEASURES = frozenset({"accuracy", "performance", "score", "f1"})


# "narrows the gap to GPT-4o to 2.2 points", "the gap to full precision shrinks to under 1 point":
# the gap that remains, the model still behind ("but the gap shrinks to 1.3": whose is unsaid).
_GAP_LEFT_RE = caseless(
    r"(?:\b(?:narrow|shrink|clos|reduc|cut)\w*\s+(?:the\s+|its\s+)?gap\s+(?:to|with)\b|\bgap\s+"
    r"(?:to|with)\b[^,;]{0,60}?\b(?:narrow|shrink|clos|fall|drop)\w*)[^,;]{0,60}?\bto\s+(?:under\s+"
    r"|about\s+|just\s+|only\s+|within\s+|less\s+than\s+)?$"
    r"|\bgap\s+to\s+[^,;]{0,40}?\b(?:is|was|stays|remains)\s+(?:only\s+|just\s+|about\s+|under\s+)?$"
    # "every small model remains far behind GPT-4o, with a gap of 14 to 22 points"
    r"|\b(?:behind|trail\w*|lag\w*)\b[^;.]{0,60}?,\s*with\s+an?\s+(?:[\w-]+\s+)?gap\s+of\s+"
    # "the gap to always-thinking is 1.4 points": how far it trails
    r"(?:about\s+|up\s+to\s+|between\s+)?$")


# "narrows the gap to M, a model trained on 25 times more data, to 1.1 points": past the
# appositive and the number in it
_LONG_GAP_LEFT_RE = caseless(r"\b(?:narrow|shrink|clos)\w*\s+(?:the\s+|its\s+)?gap\s+"
                             r"(?:to|with)\b[^;.]{0,120}?,\s*to\s+(?:under\s+|about\s+|just\s+|only\s+"
                             r"|within\s+)?$")
_ALL_BUT_RE = caseless(r"\ball\s+but\s+(?:about\s+|roughly\s+)?$")


@rule("gap-left",
      example("It also narrows the gap to GPT-4o on MathVerse to 2.2 points.", "2.2 points", -1),
      example("On AIME 2024, the gap to full precision shrinks to under 1 point.", "1 point", -1),
      counter("Distillation wins on AIME 2024, but the gap shrinks to 1.3 points on GPQA-Diamond.",
              "1.3 points", 1),
      example("Pruning drops GSM8K accuracy by 23.5 points, but healing recovers all but 1.8 "
              "points.", "1.8 points", -1),
      example("On MATH-500, the gap to always-thinking is 1.4 points.", "1.4 points", -1),
      example("On EmoBench, every small model remains far behind GPT-4o, with a gap of 14 "
              "points.", "14 points", -1),
      example("It narrows the gap to NatureLM, a model trained on 25 times more data, to 1.1 "
              "points on BEANS.", "1.1 points", -1))
def _gap_left(v: NumberView) -> int | None:
    """The gap a model narrows to is how far it still trails ("recovers all but 1.8 points")."""
    if _GAP_LEFT_RE.search(v.left) or _ALL_BUT_RE.search(v.left):
        return -1
    window = v.text[max(v.sentence.start, v.num.start - 160):v.num.start]
    return -1 if "gap" in window and _LONG_GAP_LEFT_RE.search(window) else None


# "lowers the word error rate from 27.4% to 14.9%, a 46% relative reduction": a smaller error is
# a better score, and annotators write its relative reduction as the improvement (+46)
_ERROR_METRIC_RE = caseless(r"\b(?:error\s+rates?|WER|CER|SER|MAE|RMSE|R?CRPS|perplexity)\b")
_RELATIVE_REDUCTION_RE = caseless(r"\s*(?:relative\s+(?:error\s+)?reduction|relative\s+to\b"
                                  r"|in\s+relative\s+terms)")
_ERROR_REDUCED_BY_RE = caseless(r"\b(?:reduc|lower|cut)\w*\s+[^;]{0,60}?\bby\s+$|"
                                r"\ban?\s+$")
# ("..., a relative reduction of 31%": the same, the words first)
_REDUCTION_OF_RE = caseless(r"\brelative\s+(?:error\s+)?reduction\s+of\s+(?:about\s+|roughly\s+"
                            r"|nearly\s+)?$")


@rule("error-reduced",
      example("PA-Whisper lowers the word error rate on RailVoice from 27.4% to 14.9%, a 46% "
              "relative reduction.", "46%", 1),
      example("On Context is Key, ReFo lowers the RCRPS of the 3B model from 0.284 to 0.197, a "
              "30.6% relative reduction.", "30.6%", 1),
      counter("Pruning lowers GSM8K accuracy from 61.0% to 48.8%, a 20% relative reduction.",
              "20%", -1),
      example("On ATCO2 its word error rate is 17.3%, down from 24.9%, a relative reduction of "
              "31%.", "31%", 1),
      example("On VHF-Intent, SeaTalk reduces the error rate on position extraction by 2.6x.",
              "2.6x", 1))
def _error_reduced(v: NumberView) -> int | None:
    """A relative reduction of an error metric (a word error rate, an MAE, a CRPS): a gain; so
    too errors divided by a factor ("a 2.1x reduction in error": times_rules.error_factor)."""
    if v.num.unit == "x":
        return 1 if errors_divided(v) else None
    if v.num.unit != "%" or not (_REDUCTION_OF_RE.search(v.left) or (
            _RELATIVE_REDUCTION_RE.match(v.right) and _ERROR_REDUCED_BY_RE.search(v.left))):
        return None
    return 1 if _ERROR_METRIC_RE.search(v.text, v.sentence.start, v.num.start) else None


@rule("word-after",
      example("Accuracy is 5% lower than the baseline on GSM8K.",
              "5%", -1),
      example("It stays only 0.6 and 1.1 points below the bf16 model.", "0.6", -1),
      example("It scores 46.2% with the image and only 3.1 points less without it.", "3.1 points",
              -1),
      example("It runs at 41 tokens per second, with less than 1 point of accuracy lost on "
              "SimpleQA.", "1 point", -1),
      counter("It obtains 38.6% on MATH, a gain of 3.4 points over short-trace distillation.",
              "3.4 points", 1),
      counter("Small models lose 17.9 points on MATH-500, compared with 6.2 points for models "
              "above 7B.", "6.2 points", -1),
      counter("It lifts the RULER score of Tiny-1B by 10.7 points without hurting MMLU.",
              "10.7 points", 1),
      counter("It lowers MedQA accuracy by 3.4 points once traces exceed 8,000 tokens.",
              "3.4 points", -1))
def _word_after(v: NumberView) -> int | None:
    """A direction word right after the number ("5% lower", "3 points higher"), or after the
    list it opens ("0.8 and 1.3 points below")."""
    after = right_words(LIST_REST_RE.sub("", v.right, count=1))
    if after[:1] == ["of"] and after[1:2] and after[1] in _MEASURES:
        after = after[2:]  # "less than 1 point of accuracy lost": the measure, then the word
    for word in after[:3]:
        if word in _PHRASE_OF_OTHER or word in _SUBORDINATE:  # "6.2 points for models above
            return None  # 7B": the models' words; "by 3.4 points once traces exceed": a condition
        direction = direction_of(word)
        if direction is not None:
            return direction
    return None


# "the remaining improvement on B falls to 0.7 points": a gain that shrank, still a gain
_GAIN_SHRINKS_TO_RE = caseless(r"\b(?:improvement|gain|advantage|benefit)s?\b[^;,]{0,40}?\b"
                               r"(?:falls?|drops?|shrinks?|decreases?|declines?)\s+to\s+"
                               r"(?:about\s+|only\s+|just\s+)?$")


@rule("gain-shrinks-to",
      example("Once the format reward is removed, the remaining improvement on HydroExam falls to "
              "0.7 points.", "0.7 points", 1),
      counter("Once the format reward is removed, accuracy on HydroExam falls by 0.7 points.",
              "0.7 points", -1))
def _gain_shrinks_to(v: NumberView) -> int | None:
    """The size of a gain that shrank ("the improvement falls to 0.7 points"): it gains."""
    return 1 if "to " in v.left[-14:] and _GAIN_SHRINKS_TO_RE.search(v.left) else None


# "trails its teacher, which scores 76.0%, by 4.6 points": an aside about the rival, no clause
# "replacing them reduces the average gain by 4.1 points": a gain made smaller, a loss
_GAIN_REDUCED_BY_RE = caseless(r"\b(?:reduc|lower|cut|shrink|shrank|halv|erod|eras)\w*\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:gain|improvement"
                               r"|advantage|benefit)s?\s+(?:on\s+B\s+)?by\s+$")


@rule("gain-reduced",
      example("Replacing them with machine translations reduces the average gain by 4.1 points.",
              "4.1 points", -1),
      counter("It reduces the error by 4.1 points.", "4.1 points", -1))
def _gain_reduced(v: NumberView) -> int | None:
    """A gain made smaller by some amount ("reduces the average gain by 4.1"): a loss."""
    return -1 if _GAIN_REDUCED_BY_RE.search(v.left) else None


# "The peak-grounding loss alone contributes 6.3 points": what a component adds (a "loss" here
# is a training objective, no drop)
_CONTRIBUTES_RE = caseless(r"\bcontribut(?:es|ed|e)\s+(?:about\s+|roughly\s+|nearly\s+|only\s+)?$")


@rule("contributes",
      example("The peak-grounding loss alone contributes 6.3 points.", "6.3 points", 1))
def _contributes(v: NumberView) -> int | None:
    """What a component contributes, right before the number: a gain."""
    return 1 if _CONTRIBUTES_RE.search(v.left) else None


_WHICH_ASIDE_RE = re.compile(r",\s+(?:which|who)\s+[^,;]{1,60},(?=\s*by\b)")


@rule("word-before",
      example("Small models lag behind LLMs by 50% on GSM8K.",
              "50%", -1),
      example("Accuracy collapses, with drops of up to 17.5 points on AIME 2024.",
              "17.5 points", -1),
      example("Quill lowers the average accuracy on AIME 2024, MATH-500 and GPQA-Diamond by only "
              "1.1 points.", "1.1 points", -1),
      example("SCR still underperforms verifier-based GRPO by 6.8 points on MATH-500.",
              "6.8 points", -1),
      example("Pruning lowers AIME 2025 accuracy from 30.0% to 21.3% and GSM8K accuracy by 2.2 "
              "points.", "2.2 points", -1),
      example("It lowers MGSM accuracy by 7.9 points on average, and by up to 21.4 points for "
              "Bengali.", "21.4 points", -1),
      example("On AMC 2023 it improves by 4.2 points, and on MATH-500 it gives up just 0.6 points.",
              "0.6 points", -1),
      example("The shorter traces sacrifice 1.3 points on GPQA-Diamond.", "1.3 points", -1),
      example("Pruning costs 6 to 14 points on the code split, but only 2 to 5 points on the "
              "math split of CompressBench.", "2 to 5 points", -1),
      example("Each exceeds the best cascade at equal cost, by 3.5 points on MMLU-Pro.",
              "3.5 points", 1),
      example("M trails its counterpart, Qwen2.5-7B, by 3.8 points on IDKB.", "3.8 points", -1),
      example("On BIRD it outperforms the best open model below 8B parameters, CodeS-7B, by 4.3 "
              "points.", "4.3 points", 1),
      example("QuestionRM improves the downstream answer accuracy of Qwen2.5-1.5B on AmbigQA by "
              "4.1 points.", "4.1 points", 1),
      example("Models score lower on ExecLive, with the largest drop, 14.9 points, for Qwen3-8B.",
              "14.9 points", -1),
      example("On QuantumBench it trails GPT-4o, which scores 53.1%, by 3.2 points.",
              "3.2 points", -1),
      example("It trails GPT-4o by 2.7 points on MMLU but leads by 6.8 points on GSM8K.",
              "6.8 points", 1))
def _word_before(v: NumberView) -> int | None:
    """The nearest direction word before it in its clause ("drops by 4.1", "improves 5%"); a
    list of benchmarks does not end the clause ("lowers accuracy on A, B and C by 1.3")."""
    reach = max(v.sentence.start, v.num.start - _SIGN_REACH)
    # first since the number before; then, when that says nothing, over it to the clause's verb
    # ("lowers A from 28.9% to 19.6% and B accuracy by 4.8 points": B also goes down)
    for lo in dict.fromkeys((max(reach, v.prev_end), reach)):
        # ("trails its peer, M, by 3.8": the appositive M is no new clause; "the best model
        # below 8B parameters, M, by 4.3": a size bound is no direction)
        left = SIZE_QUALIFIER_RE.sub(" ", NUM_LIST_TAIL_RE.sub("", _BENCH_LIST_MASK_RE.sub(
            "B", _WHICH_ASIDE_RE.sub(" ", mask(v.text, lo, v.num.start, v.sentence).replace(
                ", M,", " M")))))
        clauses = CLAUSE_SPLIT_RE.split(left)
        clause = GIVE_UP_RE.sub("loses", HEDGE_TAIL_RE.sub("", clauses[-1]))  # "up to": bound
        if _GAPPED_BY_RE.match(clause) and len(clauses) > 1:
            clause = AT_COST_RE.sub("", clauses[-2]) + " " + clause  # ", and by 21.4 points":
            # the verb is left out
        elif not clause.strip() and len(clauses) > 1 and _CHANGE_NOUN_END_RE.search(clauses[-2]):
            clause = clauses[-2]  # "with the largest drop, 14.9 points": the noun before
        for word in reversed(words(clause)):
            direction = direction_of(word)
            if direction is not None:
                return direction
    return None


@rule("up",
      example("Our 13B models solve 12% more problems on HumanEval.",
              "12%", 1))
def _up(v: NumberView) -> int | None:
    """No direction written: a gain."""
    return 1


SIGN = table("sign", "sign", "The direction of a change (+1 or -1); a score has +1.",
             _written, _gap_left, ratio.drop_noun, _error_reduced, _word_after, _gain_shrinks_to,
             _gain_reduced, _contributes, _word_before,
             _up)
