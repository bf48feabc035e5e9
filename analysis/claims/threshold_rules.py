"""Threshold rules: numbers a clause sets as a bound or condition, or a share as the subject."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.quantity_rules import non_score_rate
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import holds_any
from analysis.claims.setup_rules import SETUP
from analysis.claims.share_rules import data_share_set, subject_share

# "models that already exceed 85%", "the 25% chance level", "the 10% most learnable problems".
_THRESHOLD_LEFT_RE = caseless(r"\b(?:models|ones|problems|questions|tasks)\s+(?:(?:that|which"
                              r"|who)\s+(?:already\s+)?(?:exceed|surpass|score\s+(?:above|over|below"
                              # ... "for models scoring above 85% on GSM8K"
                              r"|under))\w*|scoring\s+(?:above|over|below|under))\s*$")
# "the gold-medal threshold corresponds to roughly 65%", "graders agreed within 1 point": a bar,
# a tolerance (tried where its words stand)
_BAR_LEFT_RE = caseless(r"\b(?:threshold|cut-?off)\s+(?:corresponds\s+to|is|lies\s+at|sits\s+at)"
                        r"\s+(?:roughly\s+|about\s+|around\s+)?$|\bagree\w*\s+within\s+$")
_BAR_WORDS = ("threshold", "cutoff", "cut-off", "agree")
_THRESHOLD_RIGHT_RE = caseless(r"^\s*(?:chance(?:[\s-]+level)?|random[\s-]+(?:guess|chance"
                               r"|baseline)|(?:most|least|hardest|easiest)\b"
                               # ("well below the 60-point passing line")
                               r"|pass(?:ing)?[\s-]+(?:line|mark|threshold|bar|grade)\b)")
# "a precision at 80% recall": the operating point a metric is read at
_METRIC_AT_RE = caseless(r"\b(?:precision|recall|accuracy|F1|sensitivity|specificity|TPR)"
                         r"\s+at\s+$")
_OPERATING_POINT_RE = caseless(r"\s*(?:recall|precision|coverage|sensitivity|specificity"
                               r"|false[\s-]positive\s+rate|FPR|TPR)\b")
# "Beyond 30%, math gains shrink": a sentence opened by a threshold.
_OPENING_THRESHOLD_RE = re.compile(r"\s*(?:Beyond|Past|Above|Below|Under|Over)\s+$")
_CONDITION_RE = caseless(
    r"\b(?:once|whenever|when|until|unless|if|whose)\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+)"
    r"{0,4}?(?:accuracy|score|reward|performance|pass@\d+)\s+(?:is\s+|falls\s+|drops\s+|stays\s+)?"
    r"(?:below|above|under|over|exceeds?|reaches|surpasses|crosses|less\s+than|more\s+than"
    r"|at\s+least|at\s+most)\s*$"  # "abstaining whenever it falls below 0.6": a threshold
    r"|\b(?:whenever|until|unless|once)\s+(?:it|they|the\s+[\w-]+)\s+(?:falls|drops|rises|is|stays"
    r"|goes)\s+(?:below|above|under|over)\s*$")
_SHARE_SUBJECT_RE = caseless(r"^\s*(?:[^,;]{0,60},\s+)?"  # "In an error analysis, the share ..."
                             r"(?:[^,;]{0,80}?\b(?:show|find|reveal|indicate|confirm)s?\s+"
                             r"that\s+)?"
                             r"(?:the\s+)?(?:(?:share|fraction|proportion|percentage)\s+of"
                             r"|(?:[\w-]+\s+)?consistency|(?:over-?)?refusals?|hallucinations?"
                             r"|repetitions?)\b[^,;]*(?:,\s*from\s[^,;]*)?$"
                             # "Feedback specificity, measured as the share of responses that
                             # ..., rose from 39% to 66%": a measure defined as a share
                             r"|^\s*[^,;]{0,60},\s+(?:measured|defined|computed)\s+as\s+the\s+"
                             r"(?:share|fraction|proportion|percentage)\s+of\b[^;,]*,\s*(?:rose"
                             r"|fell|grew|rises|falls|grows)\s+from\s[^,;]*$")
_SUBJECT_WORDS = ("share", "fraction", "proportion", "percentage", "consistency", "refusal",
                  "hallucination", "repetition")
_CLAUSE_START_RE = re.compile(r"[,;]\s*(?:and|but|while|whereas|yet|during\s+which|in\s+which"
                              r"|where)\s+|[;:]\s*")
_SCORE_IN_SUBJECT_RE = caseless(r"\b(?:correct\w*|solved|accura\w*|scor\w*|pass\w*)\b")
# "differences below 5 points cannot be told from noise": a threshold on differences.
_DIFFERENCE_BOUND_RE = caseless(
    r"\b(?:differences|gaps|margins)\s+(?:of\s+)?(?:below|under|smaller\s+than|less\s+than"
    r"|above|larger\s+than|greater\s+than|exceeding)\s*(?:about\s+|roughly\s+|around\s+)?$"
    r"|\bdefined\s+as\b[^,;]{0,60}$"  # "episodes, defined as drops of more than 5 points"
    # "reported differences between compact models on B are frequently below 2 points" (a
    # habit of reports; "the differences between the two modes are below 1 point" is a result)
    r"|\b(?:differences|gaps|margins)\b[^;,]{0,60}?\b(?:are|is)\s+(?:often\s+|frequently\s+"
    r"|typically\s+|usually\s+|mostly\s+)(?:below|under|smaller\s+than|less\s+than)\s*$"
    r"|\b(?:runs?|seeds?|samples?|evaluations?|trials?|(?:reported\s+)?(?:numbers|results))\b"
    r"[^,;]{0,40}\bdiffer\w*\b[^,;]{0,60}"
    r"\bby\s+(?:as\s+much\s+as\s+|up\s+to\s+)?$"
    r"|\bmov\w*\s+(?:a\s+model's\s+|the\s+)?(?:\S+\s+)?scores?\b[^,;]{0,30}?\bby\s+"
    r"(?:as\s+much\s+as\s+|up\s+to\s+)?$"
    r"|\bchang\w*\s+(?:the\s+)?reported\s+(?:numbers|results|scores)\b[^,;]{0,40}"
    r"\bby\s+(?:as\s+much\s+as\s+|up\s+to\s+)?$")


# "adds a further 0.8 points of standard deviation": the size of a spread, named after it
_DEVIATION_RIGHT_RE = caseless(r"\s*(?:points?|pp|%)?\s*(?:of|in)\s+(?:the\s+)?(?:standard"
                               r"\s+deviation|variance)\b")


@rule("difference-bound",
      example("With few samples, differences below 5 points on AIME 2025 are noise.", "5 points",
              "drop"),
      example("A single run can differ from the 64-sample average by as much as 10 points.",
              "10 points", "drop"),
      example("Reported GSM8K numbers differ from our reproductions by as much as 9 points.",
              "9 points", "drop"),
      example("Switching to the unbiased estimator changes reported numbers on EEE-Bench by as "
              "much as 6 points.", "6 points", "drop"),
      example("The answer parser alone can move a model's MMLU score by as much as 9 points.",
              "9 points", "drop"),
      example("Evaluation noise on OlympiadBench adds a further 0.8 points of standard deviation.",
              "0.8 points", "drop"),
      counter("Its margin over the baseline is 5 points on AIME 2025.", "5 points", "keep"))
def _difference_bound(v: NumberView) -> str | None:
    """ "differences below 5 points", "runs differ by as much as 10 points": the size of a
    difference the paper discusses, not a result."""
    return "drop" if _DIFFERENCE_BOUND_RE.search(v.left) or _DEVIATION_RIGHT_RE.match(v.right) \
        else None


@rule("threshold",
      example("It adds less than 1 point for models that already exceed 85%.", "85%", "drop"),
      example("The mean is only modestly above the 25% chance level.", "25%", "drop"),
      example("Training on the 10% most learnable problems of MATH suffices.", "10%", "drop"),
      example("Beyond 30%, math gains shrink rapidly without further retention benefit.", "30%",
              "drop"),
      example("Qwen2.5-7B-Instruct performs best with 47.5%, well below the 60-point passing "
              "line.", "60-point", "drop"),
      example("On IOAA, the gold-medal threshold corresponds to roughly 65% of total points.",
              "65%", "drop"),
      example("Graders agreed within 1 point on 92% of sub-questions.", "1 point", "drop"),
      example("On CUAD, it reaches a precision at 80% recall of 39.2.", "80%", "drop"),
      counter("On CUAD, LongClause-4B flags risky clauses at 91.2% recall.", "91.2%", "keep"),
      counter("It exceeds 85% on GSM8K.", "85%", "keep"))
def _threshold(v: NumberView) -> str | None:
    """A threshold a clause sets ("models that exceed 85%", "Beyond 30%, ..."), a chance level,
    a top share."""
    if _THRESHOLD_LEFT_RE.search(v.left) or _THRESHOLD_RIGHT_RE.match(v.right) or (
            _METRIC_AT_RE.search(v.left) and _OPERATING_POINT_RE.match(v.right)) or (
            holds_any(v.left, _BAR_WORDS) and _BAR_LEFT_RE.search(v.left)) or (
            v.right.startswith(",") and
            _OPENING_THRESHOLD_RE.match(v.text, v.sentence.start, v.num.start)):
        return "drop"
    return None


@rule("condition",
      example("Voting brings nothing for any model whose accuracy is below 10%.", "10%", "drop"),
      example("The curriculum advances once rolling accuracy exceeds 70%.", "70%", "drop"),
      example("Abstaining whenever it falls below 0.6 yields 97.3% accuracy on MATH-500.", "0.6",
              "drop"),
      counter("Once trained, Quill exceeds 70% on GSM8K.", "70%", "keep"))
def _condition(v: NumberView) -> str | None:
    """ "whose accuracy is below 10%", "once accuracy exceeds 70%": a threshold a condition
    names, not a result."""
    return "drop" if _CONDITION_RE.search(v.text, max(v.sentence.start, v.num.start - 90),
                                          v.num.start) else None


@rule("share-subject",
      example("The share of answers written in the query's language rises from 41% to 90%, and "
              "GSM8K accuracy holds.", "41%", "drop"),
      counter("The share of correct answers on GSM8K rises from 61% to 70%.", "61%", "keep"),
      example("On MGSM it reaches 70.2%, and the share of traces in the question's language "
              "rises from 40% to 92%.", "40%", "drop"),
      example("Language consistency of the reasoning traces rises from 58% to 94%.", "58%",
              "drop"),
      example("Over-refusal on benign prompts also decreases, from 14% to 5%.", "14%", "drop"),
      example("Inspection shows that the share of answers supported by an incorrect reading of "
              "the figure falls from 19% to 7%.", "19%", "drop"),
      example("Over-refusal on benign prompts also decreases, from 14% to 5%.", "5%", "drop"),
      example("Repair transfers to generation on MBPP: the fraction of programs that compile at "
              "once rises from 81% to 90%.", "81%", "drop"),
      example("In an error analysis, the share of solutions that reuse the original problem's "
              "answer drops from 27% to 11%.", "27%", "drop"),
      example("Overconfidence on MATH-500 grows fastest in the first 500 steps, during which the "
              "fraction of answers stated with 100% confidence rises from 12% to 47%.", "12%",
              "drop"),
      counter("Its oracle precision, the fraction of generated assertions that are correct, rises "
              "from 38.5% to 71.2%.", "38.5%", "keep"),
      example("Feedback specificity, measured as the share of responses that mention a concrete "
              "training metric, rose from 39% to 66%.", "39%", "drop"))
def _share_subject(v: NumberView) -> str | None:
    """ "The share of responses that ... increases from 38% to 94%": a share as the subject of
    the number's clause, with no score word in it, is no score."""
    lo = v.sentence.start
    if not holds_any(v.text[lo:v.num.start], _SUBJECT_WORDS):
        return None  # (the words every subject the pattern reads holds: the sentence first)
    for brk in _CLAUSE_START_RE.finditer(v.text, lo, v.num.start):
        lo = brk.end()  # the number's own clause: "..., and the share of traces ... rises"
    before = v.text[lo:v.num.start]
    head = _SHARE_SUBJECT_RE.match(before)
    if head and not _SCORE_IN_SUBJECT_RE.search(before, head.end()) and not any(
            lo <= b.start < v.num.start for b in v.sentence.benches):
        return "drop"
    return None


# The verdict table (score_rules.VERDICT) reads these after the "times" rules, before the rules
# that keep a marked number.
THRESHOLDS_AND_SHARES = (_condition, _threshold, _difference_bound, non_score_rate,
                         _share_subject, subject_share, data_share_set, *SETUP)
