"""Demote rules: a kept number dropped after all for the dropped number beside it."""

from __future__ import annotations

import re

from analysis.claims.cues import ATTAINS_GAP_RE, PARALLEL_FOR_METHOD_RE
from analysis.claims.quantity_rules import QUANTITIES
from analysis.claims.rules import counter, example, rule, table
from analysis.claims.text import Num

_QUANTITY_VERDICTS = tuple(r.name for r in QUANTITIES)
_NON_SCORE_VERDICTS = ("coefficient", "non-score-after", "times-non-score", "marked-non-score",
                       "non-score-before", "non-score-object", "share-of", "share-verb",
                       "setting", "times-other", "non-score-is", "non-score-rate", "item-worth",
                       "property", "subject-share", "share-subject", "data-share-set",
                       "setup-measure", "evaluation-setting", "variation-or-behaviour",
                       *_QUANTITY_VERDICTS)  # (not the coverage rules': "38% of
# queries, compared with 83.9% for M" compares the accuracy before them)
# "and fewer than 9%", "and up to 1.9%": a bound on the next list member
_BOUND = (r"(?:(?:(?:fewer|less|more)\s+than|up\s+to|under|over|about|only|nearly|roughly|around"
          r"|just|at\s+(?:most|least)|as\s+much\s+as)\s+)?")
# up to five words before "on B" that do not report a score ("for predicting eventual test
# success on B and 0.81")
_NOT_SCORE_WORDS = (r"(?:(?!(?:accuracy|scores?|reach\w*|achiev\w*|attain\w*|solv\w*|gets?"
                    r"|obtains?)\b)[\w-]+\s+){0,5}?")
# ("retains 97% of the original model's accuracy on B and 93% on C": the share's object first)
# (", and on B by": the change of another benchmark; "of B, 3.8% of C": shares listed)
_LISTED_AFTER_GAP_RE = re.compile(r"^\s*(?:of\s+[^;,]{0,50}?)?,?\s*(?:and\s+)?(?:[\w-]+\s+){1,3}for"
                                  r"\s*$"  # "account for 41% of failures, planning errors for 33%"
                                  # "2,000 test documents from A and 1,000 from B": more of them
                                  r"|^\s*(?:[\w-]+\s+){1,3}?from\s+(?:the\s+)?B\s+and\s*$"
                                  r"|^\s*(?:of\s+[^;,]{0,50}?\s+)?" + _NOT_SCORE_WORDS +
                                  r"(?:on|in|for|with|from|of)\s+(?:the\s+)?(?:B|(?!M\b)[A-Z][\w-]*)"
                                  r"(?:\s*\([^()]{1,20}\))?"  # "on B (testmini) and 39%"
                                  r"(?:\s+(?:and|or)\s+B)?(?:\s+[a-z]+){0,2}\s*(?:,\s*|,?\s*(?:and|or|to"
                                  r"|but(?:\s+only)?)"
                                  r"(?:\s+from|\s+by)?\s*)" + _BOUND + "$"
                                  # "on 14% of B questions for the smallest models and on 6%"
                                  r"|^\s*of\s+[^;.]{0,80}?,?\s+(?:and|or|but|while|whereas)\s+"
                                  r"(?:M\s+)?(?:(?:on|for|in)\s+)?" + _BOUND + "$"  # ("and M on")
                                  # "4-bit models retain 97% of ..., whereas 3-bit models retain
                                  # only 81%"
                                  r"|^\s*of\s+[^;.]{0,80}?,?\s+(?:and|or|but|while|whereas)\s+[^;,.]{0,30}?"
                                  r"\b(?:retain|keep|preserve)s?\s+" + _BOUND + "$"
                                  # "agreement is 91% in English but falls to 74%"
                                  r"|^\s*(?:in|on|for)\s+[^;,.]{0,30}?,?\s+but\s+(?:falls|drops|rises"
                                  r"|climbs|declines|decreases|increases)\s+to\s*$"
                                  # "42% of errors stem from wrong assumptions, 23% from algebra"
                                  r"|^\s*(?:(?:of\s+[^;,.]{0,40}?\s+)?(?:stem|come|arise|result)s?\s+)?from"
                                  r"\s+[^;,.]{0,60}?(?:,\s*(?:and\s+)?|,?\s+(?:and|or)\s+)"
                                  + _BOUND + "$"
                                  # "varies by up to 4.8 points for the same checkpoint, and by
                                  # up to 13.3 points on B"
                                  r"|^\s*(?:points?\s+)?(?:for|on|in|across)\s+[^;,.]{0,50},\s*(?:and|or"
                                  r"|but|while|whereas)\s+by\s+" + _BOUND + "$"
                                  # "used by 73% of the papers ..., MATH-500 by 81%"
                                  r"|^(?:\s*of\s+[^;]{0,80}?)?,\s*(?:and\s+)?B\s+by\s*$"
                                  r"|^\s*,?\s*(?:and|or)\s+(?:on|in|for)\s+(?:the\s+)?B\s+by\s*$"
                                  # "contamination of A in 14.2% of models, of B in 22% and of C in"
                                  r"|^\s*(?:of\s+[^;,]{0,30}?)?,?\s*(?:and\s+)?of\s+B\s+in\s+"
                                  + _BOUND + "$"
                                  # "execute the action in 38% of scenarios, ask for
                                  # confirmation in fewer than 10%": another share of them
                                  r"|^\s*of\s+(?:the\s+)?[a-z-]+,\s*(?:and\s+)?(?:[\w-]+\s+){1,8}?in\s+"
                                  + _BOUND + "$"
                                  # "deviations of 2.4 to 4.1 points for ..., and of 0.6 to 1.0"
                                  r"|^[^;.]{0,80},\s*(?:and|or)\s+of\s*$"
                                  # "a deviation of 2.9 points for M, and on B it ranges from"
                                  r"|^[^;.]{0,60},\s*(?:and|while|whereas)\s+(?:on|in|for)\s+(?:the\s+)?B"
                                  r"\s+(?:it|they|this)\s+(?:ranges\s+from|is|reaches|varies\s+(?:from"
                                  r"|between)|stays\s+at)\s*$"
                                  # "at 86% fewer samples, and smallest on B, at 64%"
                                  r"|^[^;.]{0,50},\s*(?:and|while|whereas)\s+(?:the\s+)?(?:smallest"
                                  r"|largest|lowest|highest|least|most)\s+(?:on|in|for)\s+(?:the\s+)?"
                                  r"B\s*,?\s*(?:at|with)?\s*$"
                                  # "..., while B is almost clean at 0.9%": a share too
                                  r"|^[^;.]{0,80},\s*(?:while|whereas)\s+(?:B|[A-Z][\w-]*)\s+is\s+(?:almost\s+"
                                  r"|nearly\s+)?(?:clean|uncontaminated)\s+(?:at|with)\s*$"
                                  # "retain 95.1% of their B accuracy on average but only 81%"
                                  r"|^\s*of\s+[^;,.]{0,50}?\bB\b(?:\s+[a-z]+){0,3}\s*,?\s*"
                                  r"(?:and|or|but(?:\s+only)?|while)\s*$")


class ListedView:
    """A kept number (and the rule that kept it), the number before it and the rule that
    dropped that one."""

    __slots__ = ("gap", "num", "prev", "prev_rule", "rule", "rcue", "between")

    def __init__(self, gap: str, num: Num, prev: Num, prev_rule: str, rule: str = "",
                 rcue: str = "", between: str = ""):
        self.gap, self.num, self.prev, self.prev_rule = gap, num, prev, prev_rule
        self.rule, self.rcue, self.between = rule, rcue, between  # (between: the back rules'
        # text from the kept number to the dropped one after it)


@rule("listed-after-non-score",
      example("DraftThink cuts peak memory by 2.7x on MATH-500 and 2.3x on AIME 2024.", "2.3x",
              "drop"),
      example("On MATH-500 it shortens responses by 57%, and on AIME 2025 by 31%.", "31%", "drop"),
      example("It shortens responses by 3.1x on HumanEval+ and by 1.6x on LiveCodeBench.", "1.6x",
              "drop"),
      example("On GUIGuard, small agents execute the harmful action in 38% of scenarios, and ask "
              "the user for confirmation in fewer than 10%.", "10%", "drop"),
      example("The student retains 97% of the teacher's accuracy on MATH-500 and 93% on AIME 2024.",
              "93%", "drop"),
      example("Compression ratios vary, from 1.4x on LiveCodeBench to 4.1x on GSM8K.", "4.1x",
              "drop"),
      example("We generate solutions for 200 problems sampled from GSM8K and 100 from MATH-500.",
              "100", "drop"),
      example("The pruned models retain 97% of their original accuracy on ChartQA, 95% on DocVQA "
              "and 99% on MathVista.", "95%", "drop"),
      example("On OSWorld, grounding errors account for 41% of failures, planning errors for 33%, "
              "and premature termination for 14%.", "14%", "drop"),
      example("The standard deviation across seeds reaches 4.8 points on AIME 2024 but only 0.9 "
              "points on MATH-500.", "0.9 points", "drop"),
      example("We measure standard deviations of 2.4 to 4.1 points for pass@1 estimated from a "
              "single sample per problem, and of 0.6 to 1.0 points when averaging 16 samples.",
              "0.6 to 1.0 points", "drop"),
      example("Only 12% report results on LiveCodeBench and fewer than 9% on CodeContests.",
              "9%", "drop"),
      example("Small models are trigger-happy: Qwen2.5-1.5B-Instruct issues a call on 72% of "
              "requests for which no provided tool is relevant, and Llama-3.2-1B-Instruct on 81%.",
              "81%", "drop"),
      example("The fraction of the gap closed by verification shrinks from 58% on AIME 2024 to "
              "19% on AMC 2023.", "19%", "drop"),
      example("Reordering the options changes the predicted answer on 14% of MedQA questions for "
              "the smallest models and on 6% for the largest.", "6%", "drop"),
      example("Between 0.3% and 4.7% of problems are near-duplicates of MATH items, and up to "
              "1.9% match GSM8K test problems.", "1.9%", "drop"),
      example("We find that 74% report results on GSM8K or MATH-500, 38% on AIME 2024.", "38%",
              "drop"),
      example("It gives a memory saving of 2.4x on MATH-500 reasoning traces and 2.1x on "
              "HumanEval completions.", "2.1x", "drop"),
      example("On HarmBench, 4-bit models retain 97% of the full-precision refusal rate, whereas "
              "3-bit models retain only 81%.", "81%", "drop"),
      example("Judge-human agreement on MGSM is 91% in English but falls to 74% in Yoruba and 78% "
              "in Telugu.", "78%", "drop"),
      example("Across 64 seeds, single-run accuracy on GPQA-Diamond varies by up to 4.8 points for "
              "the same checkpoint, and by up to 13.3 points on AIME 2025.", "13.3 points", "drop"),
      example("Across models, 42% of errors stem from wrong physical modelling assumptions, 23% "
              "from algebraic mistakes and only 9% from arithmetic.", "9%", "drop"),
      example("AIME 2024 is used by 73% of the papers, MATH-500 by 81%, and GPQA-Diamond by 44%.",
              "44%", "drop"),
      example("We find that 14.2% of NLGraph test instances appear verbatim, while GraphWiz is "
              "almost clean at 0.9%.", "0.9%", "drop"),
      example("The saving is largest on CommonsenseQA, at 86% fewer samples, and smallest on "
              "MATH-500, at 64%.", "64%", "drop"),
      example("At 4 bits, models retain 95.1% of their full-precision MATH-500 accuracy on "
              "average but only 81% on AIME 2024.", "81%", "drop"),
      counter("On Tox21, ToxReasoner obtains a mean AUROC of 0.842 over the 12 assays, and on "
              "ClinTox it reaches 0.913.", "0.913", "keep"),
      example("The standard deviation of AIME 2024 accuracy across seeds reaches 2.9 points for "
              "1.5B models, and on AMC 2023 it ranges from 1.1 to 3.6 points.", "1.1 to 3.6 points",
              "drop"),
      example("It keeps 97.0% of the dense model's accuracy, compared with 90.2% for 3-bit "
              "rounding and 85.5% for layer dropping.", "85.5%", "drop"))
def _listed_after_non_score(v: ListedView) -> str | None:
    """ "a 2.7x speedup on B and 2.3x on C": the next list member is the same kind of number
    ("200 problems sampled from B and 100 from C": counts too)."""
    counted = v.prev_rule in ("count", "count-plural", "number-of") and not v.num.unit and \
        not ATTAINS_GAP_RE.search(v.gap)  # (not "over the 12 assays, and on B it reaches")
    # (a "marked" number before, dropped, was dropped by this rule: the list goes on)
    if (v.prev_rule in (*_NON_SCORE_VERDICTS, "marked") or counted) and _same_unit(v) and (
            _LISTED_AFTER_GAP_RE.match(v.gap) or PARALLEL_FOR_METHOD_RE.match(v.gap)):
        return "drop"  # ("91.4% for 2-bit quantization and 88.7% for eviction": both retained)
    return None


def _same_unit(v: ListedView) -> bool:
    """The list member is the same kind of number as the one before (a bare number after
    points: "a deviation of 0.7 points, compared with 2.9 on B", "3.2 points on A and 2.1 on B")."""
    return v.num.unit == v.prev.unit or (not v.num.unit and v.prev.unit == "pts")


# "increases the frequency of X by 2.4x and decreases it by 61%": "it" is the measure before.
_PRONOUN_GAP_RE = re.compile(r"^[^;.]{0,40}?,?\s*(?:and|but|while)\s+(?:[\w-]+\s+)?(?:decreas"
                             r"|increas|reduc|rais|lower|cut|shrink|grow|halv|doubl)\w*\s+(?:it|them)"
                             r"\s+by\s+" + _BOUND + "$", re.IGNORECASE)


@rule("pronoun-of-non-score",
      example("Steering on MATH-500 increases the frequency of verification phrases by 2.4x and "
              "decreases it by 61% when reversed.", "61%", "drop"))
def _pronoun_of_non_score(v: ListedView) -> str | None:
    """ "... by 2.4x and decreases it by 61%": the same measure as the dropped one before."""
    return "drop" if v.prev_rule in _NON_SCORE_VERDICTS and _PRONOUN_GAP_RE.match(v.gap) else None


_BARE_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*)?(?:and|or|instead\s+of|rather\s+than)?\s*$")


@rule("listed-with-non-score",
      example("TRIM-PO reduces average response length by 57% and 49% respectively.", "49%",
              "drop"),
      example("It retains 98.4% of the full-precision accuracy on VRSBench and 97.1% on MathVista, "
              "compared with 91.0% and 89.6% for uniform 3-bit GPTQ.", "89.6%", "drop"))
def _listed_with_non_score(v: ListedView) -> str | None:
    """ "length by 57% and 49%": a bare list member is the same kind of number as the first
    (as after a "marked" number this table dropped: "retains 98% ..., compared with 91% and
    89% for M")."""
    if v.prev_rule in (*_NON_SCORE_VERDICTS, "marked") and v.num.unit == v.prev.unit and \
            _BARE_LIST_GAP_RE.match(v.gap):
        return "drop"
    return None


# "answered 71.5% of vignettes correctly, rising to 76.0% with assistance": the same measure
# of the same subject, moved.
_MOVED_TO_GAP_RE = re.compile(r"^[^;,]{0,120}(?:,\s*(?:rising|falling|dropping|climbing|increasing"
                              r"|decreasing|improving|going)|\s+and\s+(?:shrinks|grows|falls|rises"
                              r"|drops|climbs))\s+to\s*$"
                              r"|^[^;,]{0,60}\s+and\s+stays\s+(?:below|under|above|near|at)\s*$"
                              # "loops, which affect 19% of traces from pruned models, drop to 3%"
                              r"|^\s*of\s+[^;,]{0,60},\s*(?:drop|fall|rise|climb|shrink|grow)\s+to\s*$"
                              # "rises from 12% in the first round to 34%"
                              r"|^\s*(?:in|at|after|during|for)\s+(?:the\s+)?[\w-]+\s+(?:round|epoch"
                              r"|stage|step|iteration|phase|year|month|version)s?\s+to\s*$")


# "58% of easy and 19% of hard problems": one more share of the same people's.
_HUMAN_LIST_GAP_RE = re.compile(r"^\s*(?:of\s+)?(?:(?:[a-z][\w-]*|B)(?:\s+|(?=,))){0,3}?(?:,\s*)?"
                                r"(?:and|or)\s*$")


@rule("human-listed",
      example("On LiveCodeBench, contest participants solve 58% of easy problems, and 19% of hard "
              "ones.", "19%", "drop"))
def _human_listed(v: ListedView) -> str | None:
    """ "humans solve 58% of easy and 19% of hard problems": the list goes on with humans."""
    if v.prev_rule == "human" and v.num.unit == v.prev.unit and _HUMAN_LIST_GAP_RE.match(v.gap):
        return "drop"
    return None


# "46% of problems are algebra, 21% geometry, 18% number theory and 15% combinatorics": the
# parts of one whole after a share that is no score.
_PARTS_GAP_RE = re.compile(r"^\s*(?:of\s+(?:B\s+)?[a-z]+\s+(?:are|is)\s+)?[a-z][a-z -]{0,30}?"
                           r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


@rule("parts-of-a-whole",
      example("Roughly 46% of problems are algebra, 21% geometry, 18% counting and 15% other "
              "topics.", "18%", "drop"))
def _parts_of_a_whole(v: ListedView) -> str | None:
    """ "46% of problems are algebra, 21% geometry, ...": the next part of the same whole (a
    "marked" number before, dropped, was dropped by this rule)."""
    if v.prev_rule in ("share-of", "share-verb", "marked", "data-share") and \
            v.num.unit == v.prev.unit == "%" \
            and _PARTS_GAP_RE.match(v.gap):
        return "drop"
    return None


# "11.6% of B items have an outdated key, and a further 6% are ambiguous": one more share.
_FURTHER_GAP_RE = re.compile(r"\b(?:a\s+further|another|an\s+additional|the\s+remaining)\s+$"
                             # "matches for 11.2% of B items, while GPQA shows under 0.5%"
                             r"|,\s*(?:while|whereas)\s+B\s+(?:shows?|has)\s+(?:under\s+|only\s+)?$")


@rule("further-share",
      example("We find that 4.3% of HEAD-QA items have a wrong key, and a further 6% are "
              "ambiguous.", "6%", "drop"),
      example("We find matches for 11.2% of Astro-QA items, while GPQA shows under 0.5%.", "0.5%",
              "drop"))
def _further_share(v: ListedView) -> str | None:
    """ "4.3% of B items have a wrong key, and a further 6% are ambiguous": another share of
    the same items after one that is no score."""
    if v.prev_rule in ("share-of", "share-verb", "data-share") and \
            v.num.unit == v.prev.unit == "%" and _FURTHER_GAP_RE.search(v.gap):
        return "drop"
    return None


# "reported in 46% of cards, followed by MMLU (44%), ARC (31%)": more shares of the same.
_FOLLOWED_GAP_RE = re.compile(r"^[^;]{0,40}?(?:followed\s+by|then)\s+(?:B|[A-Z][\w-]*)\s*\(\s*$"
                              r"|^\s*\)\s*(?:,\s*)?(?:and\s+)?(?:B|[A-Z][\w-]*)\s*\(\s*$")


@rule("followed-by-share",
      example("GSM8K is reported in 46% of cards, followed by MMLU (44%), ARC-Challenge (31%), and "
              "MATH (22%).", "31%", "drop"),
      example("Radiography accounts for 63% of surveyed papers, followed by CT (17%) and MRI "
              "(9%).", "9%", "drop"))
def _followed_by_share(v: ListedView) -> str | None:
    """ "46% of cards, followed by B (44%)" (or an unlisted "CT (17%)"): a bracketed share after
    one that is no score (a "marked" one before, dropped, was dropped by this rule)."""
    if v.prev_rule in (*_NON_SCORE_VERDICTS, "marked") and v.num.unit == v.prev.unit and \
            _FOLLOWED_GAP_RE.match(v.gap):
        return "drop"
    return None


@rule("to-of-measure-pair",
      example("At 3 bits, expected calibration error rises from 0.06 to 0.14 on GPQA-Diamond.",
              "0.14", "drop"))
def _to_of_measure_pair(v: ListedView) -> str | None:
    """ "calibration error rises from 0.06 to 0.14 on B": where a measured quantity went."""
    if v.num.pair_role == "to" and v.prev.pair_role == "from" and not v.num.unit and \
            v.prev_rule in _MEASURE_VERDICTS:
        return "drop"
    return None


@rule("moved-non-score",
      example("The acceptance rate reaches 64% on GSM8K, rising to 71% with a larger draft.",
              "71%", "drop"),
      example("The standard deviation across templates reaches 4.8 points on BFCL for sub-2B "
              "models and shrinks to 1.1 points at 8B.", "1.1 points", "drop"),
      example("The standard deviation across seeds reaches 3.1 points on BFCL-v3 for the smallest "
              "models and stays below 1 point for larger ones.", "below 1 point", "drop"),
      example("We find that 14% of BFCL v3 test items have a near-duplicate in at least one "
              "widely used fine-tuning mixture, rising to 31% for the simple-call category.",
              "31%", "drop"))
def _moved_non_score(v: ListedView) -> str | None:
    """ "humans answered 71.5%, rising to 76.0%": a dropped number's own later value."""
    if v.prev_rule in (*_NON_SCORE_VERDICTS, "human") and v.num.unit == v.prev.unit and \
            _MOVED_TO_GAP_RE.match(v.gap):
        return "drop"
    return None


_COMPARED_GAP_RE = re.compile(r"^[^;]{0,120}?,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against"
                              r"|(?:down|up)\s+from)"  # "on 38% of problems, down from 71%"
                              r"\s+(?:only\s+|just\s+|under\s+|over\s+|about\s+|nearly\s+"
                              r"|(?:less|more|fewer)\s+than\s+)?$")


@rule("compared-with-non-score",
      example("The large model is consulted for 44% of steps, compared with only 12% on GSM8K.",
              "12%", "drop"),
      example("The trained model calls tools on 38% of HLE problems, down from 71% for the "
              "prompted agent.", "71%", "drop"),
      example("Students who received feedback on GSM8K located their own errors in 71% of cases, "
              "compared with 52% in the control condition.", "52%", "drop"),
      example("We find that 18% of generated problems fall into the two hardest Omni-MATH tiers, "
              "compared with 9% in earlier collections.", "9%", "drop"),
      example("We find that 8.4% of HotpotQA development questions appear verbatim together with "
              "their answers in at least one corpus, compared with 2.9% for MuSiQue.", "2.9%",
              "drop"),
      example("The standard deviation across seeds is 2.8 points on AIME 2024 and 1.9 points on "
              "AMC23, compared with 0.4 points on MATH-500.", "0.4 points", "drop"),
      example("One family reproduces problems verbatim for 31% of MATH-500 items, compared with "
              "under 2% for other models.", "2%", "drop"),
      counter("AbstainHop attains 52.7% selective accuracy on HotpotQA at 80% coverage, compared "
              "with 41.9% when the model answers every question.", "41.9%", "keep"))
def _compared_with_non_score(v: ListedView) -> str | None:
    """ "44% of steps, compared with only 12% on B": the same kind of number as the first (not
    the setting a score was measured at: "52.7% on B at 80% coverage, compared with 41.9% when
    ...", nor a count: "23.3 with 32 samples, up from 16.7")."""
    # (a "marked" number before, dropped, was demoted: the comparison goes on)
    counted = v.prev_rule == "non-score-after" and not v.num.unit and not v.prev.value % 1 and \
        v.num.end - v.num.num_start > len(f"{int(v.num.value):,}")  # (a count, then a decimal)
    if v.prev_rule in (*_NON_SCORE_VERDICTS, "human", "marked") and not counted and \
            v.prev_rule != "setting-after" and _same_unit(v) and _COMPARED_GAP_RE.match(v.gap):
        return "drop"
    return None


_MEASURE_VERDICTS = ("coefficient", "non-score-rate", *_QUANTITY_VERDICTS)
_UNIT_NON_SCORE_VERDICTS = ("marked-non-score", "share-of", "non-score-object", "coefficient",
                            "non-score-rate", "data-share-set", "setup-measure", "share-subject",
                            "evaluation-setting", *_QUANTITY_VERDICTS)


@rule("pair-of-non-score",
      example("The schedule raises the share of math and code from 5% to 30%.", "30%", "drop"),
      example("It reaches a rating of 1,214, and its loop rate falls from 14% to 2% of "
              "generations.", "2%", "drop"))
def _pair_of_non_score(v: ListedView) -> str | None:
    """ "the share of code from 5% to 30%": the second end of a pair whose first is no score."""
    # Only a first end with a unit that its own words make no score: a bare first end after a
    # non-score word ("under a 4K budget rises from 40 to 55%") is rescued by its pair instead.
    if v.num.pair_role == "to" and v.prev.pair_role == "from" and v.rule == "marked" and \
            v.rcue != "score" and v.prev_rule in _UNIT_NON_SCORE_VERDICTS:
        return "drop"
    return None


@rule("pair-above-100",
      example("Average generated tokens fall from 6,900 to 1,800 on GPQA-Diamond.", "1,800",
              "drop"),
      counter("Its Codeforces rating rises from 1,210 to 1,480.", "1,480", "keep"))
def _pair_above_100(v: ListedView) -> str | None:
    """ "tokens fall from 6,900 to 1,800 on B": a pair of bare numbers above 100 after a
    non-score word measures that (a rating is scored by its own rule first)."""
    if v.num.pair_role == "to" and v.prev.pair_role == "from" and \
            v.prev_rule == "non-score-before" and not v.num.unit and not v.prev.unit and \
            min(v.num.value, v.prev.value) > 100:
        return "drop"
    return None


DEMOTE = table("demote", "verdict", "A kept number dropped after all for its list or pair.",
               _listed_after_non_score, _listed_with_non_score, _pronoun_of_non_score,
               _compared_with_non_score,
               _pair_of_non_score, _pair_above_100, _to_of_measure_pair, _moved_non_score,
               _human_listed,
               _parts_of_a_whole, _further_share, _followed_by_share)
