"""Times rules: a ratio ("1.6x", "3 times") is a ratio of scores, a speed-up, or a size."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import BOUND_TAIL_RE, PAREN_RE, NumberView, left_cue, right_words, words
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import strip_tail

# "improving on budget forcing by 1.4x": a method's name, not a token budget.
_BUDGET_FORCING_RE = caseless(r"\bbudget[- ]forc\w*")


def _times_near(v: NumberView) -> str:
    # Only the four words before "1.6x" tell a score ratio from a speed-up or a size.
    left = _BUDGET_FORCING_RE.sub("M", strip_tail(BOUND_TAIL_RE, v.left))
    return left_cue(" ".join(words(left)[-4:]))


# "Wall-clock speed-ups reach 1.45x": the subject is a speed-up, whatever verb follows.
_SPEEDUP_LEFT_RE = caseless(r"\bspeed-?ups?\s+(?:[\w-]+\s+){0,3}?(?:(?:reach|are|is|of|hit|exceed"
                            # ("the speed-up on B prompts from 2.3x to 1.7x")
                            r"|amount)\w*\s+(?:to\s+)?|from\s+)(?:up\s+to\s+|about\s+|nearly\s+)?$")
# "the per-step error rate is 4 to 7 times higher", "8,400 tokens per B problem, 4.3x more":
# a ratio of errors or of tokens, whatever score word is nearer.
_RATE_OR_TOKENS_LEFT_RE = caseless(r"\b(?:error|contamination|leakage)\s+rates?\b[^;,]{0,30}$"
                                   r"|\btokens?\s+per\s+[^;,]{0,40},?\s*$"
                                   # ("Cost per solved task is 14 times lower")
                                   r"|\b(?:costs?|latency|prices?|energy)\s+per\s+[^;,]{0,40}$"
                                   # "cuts average reasoning length on B puzzles by 3.4x"
                                   r"|\b(?:lengths?|latency|costs?|memory|tokens)\s+(?:[^;,]{0,40}?\s)?"
                                   r"by\s+(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+"
                                   r"|only\s+)?$"  # ("latency improves by only 1.6x")
                                   # "B covers 3.4 times more argument types": its make-up
                                   # "errors outnumber solver-call errors by a factor of 3.5"
                                   r"|\boutnumber\w*\b[^;]{0,40}?\bby\s+a\s+factor\s+of\s+$"
                                   r"|\b(?:covers?|contains?|includes?|spans?|holds?)\s+(?:about\s+"
                                   r"|roughly\s+|nearly\s+|over\s+)?$")
_SCORE_WORD_RE = re.compile(r"\b(?:accuracy|scores?|pass@|solv|resolv|success)")
# "we paraphrase each problem 8 times with M": a count of repetitions.
_REPEATS_RE = caseless(r"\s*(?:with|each|per|using)\b")
# "moves results by up to 2.6 times the seed variance": a multiple of a spread; "the loss on A
# is 2.6 times the loss on B": a ratio of two drops, no score's.
_TIMES_SPREAD_RE = caseless(r"\s*(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:variance|standard\s+"
                            r"deviation|std|spread|noise|standard\s+error|loss|losses|drops?"
                            r"|degradation)\b")


@rule("times-non-score",
      example("MinionS reduces costs by 5.7x on average.",
              "5.7x", "drop"),
      example("Wall-clock speed-ups on GSM8K reach 1.45x with a fused kernel.", "1.45x", "drop"),
      example("It reduces the speed-up on MATH-500 prompts from 2.3x to 1.7x.", "2.3x", "drop"),
      example("We paraphrase each GSM8K problem 8 times with Llama-3.1-70B-Instruct.", "8 times",
              "drop"),
      example("On DeepChain the per-step error rate is 4 to 7 times higher for small models.",
              "4 to 7 times", "drop"),
      example("Small models emit 8,400 tokens per AIME 2025 problem, 4.3x more than 7B ones.",
              "4.3x", "drop"),
      example("Math corpora show GSM8K contamination rates up to 11 times higher than web text.",
              "11 times", "drop"),
      example("BudgetMove cuts average reasoning length on chess puzzles by 3.4x while improving "
              "accuracy.", "3.4x", "drop"),
      example("On AMC 2023, prompt template choice moves results by up to 2.6 times the seed "
              "variance.", "2.6 times", "drop"),
      example("The loss on AIME 2024 is 2.6 times the loss on MATH-500.", "2.6 times", "drop"),
      example("Speedups on DraftRace are lower than on Spec-Bench: EAGLE-3 drops from 3.6x to "
              "2.3x.", "3.6x", "drop"),
      example("Compared with API-Bank, ToolNest covers 2.7 times more argument types.",
              "2.7 times", "drop"))
def _times_non_score(v: NumberView) -> str | None:
    """A ratio after a non-score word ("a speedup of 2.8x", "memory cut by 3x", "speed-ups
    reach 1.45x"), or a count of repetitions ("8 times with M")."""
    if v.num.unit != "x":
        return None
    repeats = v.text[v.num.num_start:v.num.end].endswith("times") and \
        _REPEATS_RE.match(v.text, v.num.end)
    return "drop" if _times_near(v) == "non" or _SPEEDUP_LEFT_RE.search(v.left) or \
        _RATE_OR_TOKENS_LEFT_RE.search(v.left) or repeats or _TIMES_SPREAD_RE.match(
            v.right) or _speedups_sentence(v) else None


def _speedups_sentence(v: NumberView) -> bool:
    """ "Speedups on A are lower than on B: M drops from 3.6x to 2.3x": a ratio in a sentence
    about speed-ups, no score word between."""
    before = v.text[v.sentence.start:v.num.start].lower()
    at = max(before.rfind("speedup"), before.rfind("speed-up"))
    return at >= 0 and _SCORE_WORD_RE.search(before, at) is None


_TIMES_GAIN_RE = caseless(r"^\s*(?:relative\s+)?(?:improvement|gain|increase|boost|jump)s?\b")
# ", a 2.3x gain" right after a score, perhaps with its model: "up from 2.8% for M, a 4.4x gain"
_APPOSITIVE_LEFT_RE = re.compile(r"^\s*(?:(?:for|of)\s+(?:the\s+|its\s+)?(?:M|[\w-]+(?:\s+[\w-]+)?)"
                                 r"\s*)?[,(]\s*(?:an?\s+)?$")
_IMPROVES_ON_BY_RE = caseless(r"\bimprov\w*\s+(?:on|over|upon)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                              r"M\s+by\s+(?:about\s+|roughly\s+|nearly\s+)?$")
_GAIN_IS_RE = caseless(r"\b(?:improvement|gain)\s+(?:over|on|upon)\s+[^,;]{1,40}?\s+(?:is|was)\s+"
                       r"(?:about\s+|roughly\s+|nearly\s+)?$")
_TIMES_OVER_SCORE_RE = caseless(r"^\s*(?:improvement|gain|increase|boost)s?\s+(?:over|from)"
                                r"\s+(?:the\s+|its\s+)?(?:\d[\d.]*\s*%|M\b|base(?:\s+model)?\b"
                                r"|baselines?\b)")


# "verifier selection finds feasible schedules 2.4x more often than greedy decoding": how often
# a success comes, multiplied
_OFTEN_RE = caseless(r"\s*(?:more\s+often\s+than|as\s+often\s+as)\b")
_SUCCEEDS_RE = caseless(r"\b(?:finds|solves|answers|succeeds|passes|completes|produces|exposes"
                        r"|detects|resolves)\b[^,;]{0,60}$")


@rule("times-score",
      example("R2R surpasses the average accuracy of R1-7B by 1.6x.",
              "1.6x", "keep"),
      example("It resolves 30.2% of the issues, a 2.5x improvement over the 12.1% of its base.",
              "2.5x", "keep"),
      example("Voting lifts AIME 2025 from 8.0% to 20.0%, a 2.5$\\times$ gain.", "2.5$\\times$",
              "keep"),
      example("It resolves 45.8% of SWE-bench Verified, a 1.6x improvement over its base model.",
              "1.6x", "keep"),
      example("It resolves 12.4% of SWE-bench Verified issues, up from 2.8% for Qwen2.5-3B-Instruct"
              ", a 4.4x improvement.", "4.4x", "keep"),
      example("It reaches 31.7% pass@1 on AIME 2025, improving on unconditional budget forcing "
              "by 1.4x.", "1.4x", "keep"),
      example("On the harder OlympiadBench, the improvement over majority voting is 1.4x.", "1.4x",
              "keep"),
      example("On TalentSearch, mean reciprocal rank improves by a factor of 1.3x.", "1.3x",
              "keep"),
      example("It boosts accuracy on the hardest tier of HydraulicsQA by 2.3x.", "2.3x", "keep"),
      example("On TextArena the win rate against scripted opponents grows by 2.2x over a model "
              "trained with uniform sampling.", "2.2x", "keep"),
      example("On BerthSched-120, verifier selection finds feasible schedules 2.4x more often "
              "than greedy decoding.", "2.4x", "keep"),
      counter("On GSM8K, the pruned model fails 2.4x more often than the dense one.", "2.4x",
              "drop"),
      counter("MinionS reduces costs by 5.7x on average.",
              "5.7x", "drop"))
def _times_score(v: NumberView) -> str | None:
    """A ratio of a score ("1.6x higher accuracy", "improves accuracy by 2x", "(1.3x)")."""
    if v.num.unit != "x":
        return None
    in_brackets = PAREN_RE.search(v.left) and v.prev_end > v.sentence.start
    right_score = v.rcue == "score" and right_words(v.right)[:1] != ["on"] or \
        _TIMES_OVER_SCORE_RE.match(v.right) or (  # "a 3.4x improvement over the 12.4% of M"
            _TIMES_GAIN_RE.match(v.right) and _APPOSITIVE_LEFT_RE.match(v.left)
            and v.prev_end > v.sentence.start)  # "from 10.0% to 23.3%, a 2.3x gain"
    improves_on = (v.prev_end > v.sentence.start and _IMPROVES_ON_BY_RE.search(
        _BUDGET_FORCING_RE.sub("M", v.left))) or _GAIN_IS_RE.search(v.left)  # "reaches 31.7%,
    # improving on M by 1.4x"; "the improvement over majority voting is 1.4x"
    often = _OFTEN_RE.match(v.right) and _SUCCEEDS_RE.search(v.left)
    return "keep" if right_score or _times_near(v) == "score" or in_brackets or improves_on \
        or _SCORE_BY_FACTOR_RE.search(v.left) or often else None


# "mean reciprocal rank improves by a factor of 1.3x", "improves its driving suggestion score by
# a factor of 1.3x": a score multiplied
_SCORE_BY_FACTOR_RE = caseless(
    r"\b(?:scores?|accuracy|rank|f1|mrr|ndcg|recall|precision|bleu|rouge)(?:@\d+)?\s+(?:(?:improves"
    r"|increases|rises|grows)\s+)?by\s+a\s+factor\s+of\s+(?:about\s+|roughly\s+|nearly\s+)?$"
    # "boosts accuracy on the hardest tier by 2.3x", "the win rate against scripted opponents
    # grows by 2.2x": a score multiplied, its part or setting between
    r"|\b(?:boosts?|raises?|improves?|increases?|multiplies|lifts?)\s+(?:the\s+|its\s+)?(?:accuracy"
    r"|success\s+rate|win\s+rate|pass@\d+)\s+(?:(?!\b(?:while|whereas|but|and|reduc\w*|cut\w*|gap\w*|per"
    r"|smaller|larger|lower|higher|faster|slower|fewer|more|less)\b)"
    r"[^;,.]){0,50}?\s*by\s+(?:about\s+|roughly\s+|nearly\s+|up\s+to\s+)?$"
    r"|\b(?:accuracy|success\s+rate|win\s+rate)\s+(?:(?!\b(?:while|whereas|but|and|reduc\w*"
    r"|cut\w*|gap\w*|per)\b)[^;,.]){0,50}?\b(?:grows|rises|increases|improves|jumps)\s+by\s+(?:about\s+"
    r"|roughly\s+|nearly\s+|up\s+to\s+)?$")


# ", a 2.3x improvement over the initial policy": a ratio set beside a result of the sentence.
_APPOSITIVE_RATIO_LEFT_RE = re.compile(r"[,(]\s*an?\s+$")  # ("..., compared with 4.1% for M
# without retrieval (a 2.4x improvement)": in brackets too)


# "M roughly doubles the accuracy of the base model, a 2.1x improvement": the ratio the clause
# before states in a word
_MULTIPLIES_SCORE_RE = caseless(r"\b(?:doubles|triples|quadruples)\s+(?:the\s+|its\s+)?"
                                r"(?:[\w-]+\s+)?(?:accuracy|success\s+rate|score|pass@\d+|F1)"
                                r"\s+of\b[^;]{0,80}$")


@rule("appositive-ratio",
      example("On AMC 2023, the evolved model solves 70.0% of problems with 32 rollouts, a 2.3x "
              "improvement over the initial policy.", "2.3x", "maybe"),
      example("On our RehabBirds set, AvesR roughly doubles the accuracy of the zero-shot base "
              "model, a 2.1x improvement.", "2.1x", "keep"),
      counter("Outputs are 15.5 times as long as those of small LLMs.", "15.5 times", "drop"))
def _appositive_ratio(v: NumberView) -> str | None:
    """ "..., a 2.3x improvement over the initial policy": a ratio of the sentence's result
    (kept if a score of the sentence is: rescue_rules.appositive-change-kept)."""
    if v.num.unit != "x" or not _APPOSITIVE_RATIO_LEFT_RE.search(v.left) or \
            not _TIMES_GAIN_RE.match(v.right):
        return None
    if _MULTIPLIES_SCORE_RE.search(v.text, v.sentence.start, v.num.start):
        return "keep"
    return "maybe" if v.prev_end > v.sentence.start else None


@rule("times-other",
      example("Outputs are 15.5 times as long as those of small LLMs.",
              "15.5 times", "drop"))
def _times_other(v: NumberView) -> str | None:
    """Any other ratio ("3x larger", "2x the data") is not a score."""
    return "drop" if v.num.unit == "x" else None


# "a 2.1x reduction in error", "reduces the error rate on X by 2.6x", "makes 1.6x fewer errors":
# a model's errors divided, a relative result (before the non-score words: "reduc", "fewer")
_ERROR_FACTOR_RIGHT_RE = caseless(r"\s*(?:(?:reduction|decrease|drop)\s+in\s+(?:the\s+)?"
                                  r"(?:[\w-]+\s+)?errors?\b|fewer\s+(?:[\w-]+\s+)?errors\b)")
_ERROR_FACTOR_LEFT_RE = caseless(r"\b(?:reduc|cut|lower)\w*\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
                                 r"error(?:\s+rate)?s?\b[^,;]{0,50}?\bby\s+(?:about\s+|roughly\s+"
                                 r"|nearly\s+|up\s+to\s+)?$")


@rule("error-factor",
      example("On ZoneClass, it reaches 85.0%, compared with 68.5% for the rule-based sorter, a "
              "2.1x reduction in error.", "2.1x", "keep"),
      example("On VHF-Intent, SeaTalk reduces the error rate on position extraction by 2.6x.",
              "2.6x", "keep"),
      example("On the rarest categories of CoNLL-2014, it makes 1.6x fewer errors than ERRANT.",
              "1.6x", "keep"),
      counter("On GSM8K, it reduces latency by 2.6x.", "2.6x", "drop"),
      counter("On GSM8K, it makes 3x fewer tool calls than ReAct.", "3x", "drop"))
def error_factor(v: NumberView) -> str | None:
    """A model's errors divided by a factor: a relative result, not a cost."""
    return "keep" if errors_divided(v) else None


def errors_divided(v: NumberView) -> bool:
    """Whether the number is a factor a model's errors are divided by (sign_rules: a gain)."""
    return v.num.unit == "x" and bool(_ERROR_FACTOR_RIGHT_RE.match(v.right) or
                                      _ERROR_FACTOR_LEFT_RE.search(v.left))


# The verdict table (score_rules.VERDICT) reads these after the rules of other units.
TIMES = (_times_non_score, _times_score, _appositive_ratio, _times_other)
