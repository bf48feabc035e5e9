"""Coefficient rules: correlations, fit errors, scales, tolerances, operating points, what-ifs."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import holds_any
from analysis.claims.sentence import mask

_SCALE_AFTER_RE = caseless(r"\d+(?:\.\d+)?\s*-\s*points?\s+(?:[a-z]+\s+)?(?:scale|rubric|likert"
                           # ("on a 0-10 scale": its range)
                           r"|test|exam|quiz)|\d+\s*[-–]\s*\d+\s+(?:[\w-]+\s+)?scale\b")
_SPREAD_STAYS_RE = caseless(r"\bstandard\s+(?:errors?|deviations?)\b[^;]{0,60}\b(?:remains?"
                            r"|stays?)\s+(?:above|below|under|over|at|about|near)?\s*$")
# "..., and 4.6 points on B": a list member with no verb of its own.
_GAPPED_MEMBER_RE = re.compile(r",\s*(?:and|or)\s+$")
# A compared score's own metric named right before it: it inherits no coefficient named
# earlier ("..., compared with a macro-averaged F1 of 0.54"; not "probes reach an AUROC of 0.91
# and an F1 of 0.84")
_OWN_METRIC_RE = caseless(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than|against)\s+"
                          r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:F1|accuracy|exact\s+match|BLEU(?:-\d)?|ROUGE-L"
                          r"|nDCG@\d+|MRR)\s+(?:of|is|=)\s+$")
# "a law's mean absolute error of 1.8 points", "probes reach an AUROC of 0.91": a fit's error or
# a probe's separation; the same words are a model's score on a benchmark ("ReasonFlow achieves
# an MAE of 3.21 on METR-LA", "our model attains an AUROC of 0.912 on FraudNotes").
_FIT_METRIC_RE = caseless(r"\b(?:mae|rmse|mse|(?:absolute|squared)\s+errors?)\b[^;]*$")
_FIT_CONTEXT_RE = caseless(r"\b(?:laws?|fit|fits|fitted|fitting|extrapolat\w*|predict\w*"
                           r"|estimat\w*|regressions?)\b")
# ... and it is a model's only when the sentence says the model attains or lowers it, or measures
# it on a benchmark ("its 60-minute MAE on PEMS-BAY are 1.12 and 1.79")
_ERROR_ON_NAME_RE = caseless(r"\b(?:MAE|RMSE|MSE|(?:absolute|squared)\s+errors?)\s+(?:on|for)\s+"
                             r"(?:the\s+)?(?:B\b|[A-Z][\w-]*[A-Z0-9])"
                             # ("On PEMS-BAY its MAE at the same horizon is 1.86")
                             r"|^\s*(?:On|In|For)\s+(?:the\s+)?B\b[^;]{0,30}?\b(?:its|their)\s+"
                             r"(?:[\w-]+\s+)?(?:MAE|RMSE|MSE)\b"
                             # ("Averaged over all 8 sub-datasets, its RMSE is 8.8")
                             r"|\b(?:its|their)\s+(?:[\w-]+\s+)?(?:MAE|RMSE|MSE)\s+(?:is|was|are"
                             r"|were)\s+(?:only\s+|about\s+)?$")
_ATTAINS_RE = caseless(r"\b(?:achiev|attain|obtain|reach|lower|reduc|cut|improv|keeps\b"
                       r"|maintain)\w*")  # ("the agent keeps a mean absolute error of 0.29 eV")
# An AUROC is a probe's, a router's or a signal's unless a model attains it ("MindScreen-2B
# achieves an AUROC of 0.913"); only then, and with no probe or signal named before the number,
# a score.
_AUROC_RE = caseless(r"\bauroc\b[^;]*$")
_AUROC_WORD_RE = caseless(r"\bauroc\b")
# (or changes it: "using M as the backbone lowers AUROC by 0.041", "its AUROC decreases by")
_ATTAINED_AUROC_RE = caseless(r"\b(?:achiev|attain|obtain|reach|scor|rais|improv|lift|boost|lower"
                              r"|reduc|hurt)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?"
                              r"auroc\b[^;]*$|\bauroc\s+(?:de|in)creases\s+by\s+$"
                              # "attains macro-F1 of 0.69 and an AUROC of 0.87"
                              r"|\b(?:achiev|attain|obtain|reach|scor)\w*\s+[^;]{0,120}\band\s+an?\s+"
                              r"auroc\s+of\s+$"
                              # "Its AUROC for separating correct from incorrect answers is"
                              r"|\b(?:its|their)\s+auroc\s+for\s+(?:separat|detect|distinguish"
                              r"|discriminat|identif)\w*\s+[^;,]{0,60}?\s+(?:is|was|reaches)\s+$"
                              # "its AUROC falls to 0.903"
                              r"|\b(?:its|their)\s+auroc\s+(?:falls|drops|rises|climbs|improves"
                              r"|declines|decreases|increases)\s+(?:only\s+)?to\s+$"
                              # "DentReason detects damage with an AUROC of 0.934": its task
                              # ("separates correct from incorrect candidates with an AUROC")
                              r"|\bauroc\s+(?:gain|improvement|margin)s?\b[^;]*$"  # a change
                              # "AskGate predicts plan failures with an AUROC of 0.874": a
                              # named model predicts (not "the vote margin predicts")
                              r"|(?-i:\b[A-Z][\w-]*[A-Z0-9][\w-]*)\s+predicts\s+[^;,]{0,50}?"
                              r"\bwith\s+an?\s+(?:[\w-]+\s+)?auroc\b[^;]*$"
                              r"|\b(?:detect|separat|distinguish|discriminat|classif|flag)\w*\s+"
                              r"[^;,]{0,50}?\bwith\s+an?\s+(?:[\w-]+\s+)?auroc\b[^;]*$"
                              # "falls to an AUROC of 0.846", "reproduce the reported AUROC of"
                              r"|\b(?:(?:falls|drops)\s+to\s+an?|reproduc\w*\s+the\s+(?:reported\s+)?)"
                              r"\s*auroc\b[^;]*$")
# A quadratic weighted kappa a model attains is its score on an essay-scoring benchmark.
# (an ICC a scorer attains too)
_QWK_RE = caseless(r"\b(?:quadratic(?:ally)?[\s-]weighted\s+kappa|QWK|ICC)\b[^;]*$")
# "The teacher itself obtains a kappa of 0.889 on B": a kappa a model attains, against the gold
_KAPPA_ATTAINED_RE = caseless(r"\b(?:obtains?|reach(?:es)?|achieves?|attains?)\s+an?\s+kappa\s+of"
                              r"\s+$")
_RATERS_RE = caseless(r"\b(?:raters?|annotators?|graders?|teachers|inter-|agree\w*"
                      r"|humans?)\b")
# (a detector named in apposition is the model: "the resulting detector, LogSentinel, reaches")
# ("the agreement rate separates correct from incorrect answers with an AUROC of 0.81": a signal)
_SIGNAL_RE = caseless(r"\b(?:prob(?:e|es|ing)|membership|signals?|routers?|agreement|entropy"
                      r"|(?:detector|predictor)(?!,\s+[A-Z][\w-]*,)s?)\b")
# "the Spearman correlation between length and correctness is -0.41": a coefficient.
# Words every alternative of _COEFFICIENT_RE holds, folded ("=" of "r = 0.8"; IGNORECASE
# matches the capital rho too, which fold keeps).
_COEFFICIENT_WORDS = ("correlat", "spearman", "pearson", "kendall", "=", "ρ", "Ρ", "rho", "error",
                      "mae", "mse", "standard", "std", "variance", "auroc", "kappa", "qwk", "icc",
                      "exponent", "predict", "ceiling")
_COEFFICIENT_RE = re.compile(r"\b(?:correlat\w*|spearman|pearson|kendall|r(?=\s*=)|ρ|rho|"
                             r"(?:prediction|extrapolation|estimation|fit)\s+errors?"
                             r"|standard\s+(?:deviations?|errors?)|std|variance"
                             r"|kappa|qwk|icc|exponents?)\b[^;]*$"  # ("fitted exponents from 0.21")
                             # "a two-parameter fit predicts held-out budgets with an error below"
                             r"|\bfit(?:s|ted)?\b[^;]{0,60}?\bwith\s+an?\s+(?:[\w-]+\s+)?errors?"
                             r"\b[^;]*$"
                             # "the estimated ceiling for micro-F1 is about 83": a bound, no model's
                             r"|\b(?:estimated|theoretical|attainable)\s+ceiling\b[^;]{0,60}$"
                             # "Labels derived from one family predict ... with 0.64 macro-F1": how
                             # well a signal predicts, no model's score
                             r"|\b(?:labels?|features?|probes?|signals?|heuristics?|statistics)\b"
                             r"[^;.]{0,40}\bpredict\w*\b[^;.]{0,80}\bwith\s+(?:an?\s+)?$",
                             re.IGNORECASE)


@rule("rating-scale",
      example("Proofs are graded on a 7-point scale with problem-specific rubrics.", "7-point",
              "drop"),
      counter("It gains 7 points on GSM8K.", "7 points", "keep"),
      example("Gains were 1.2 points on a 40-point test.", "40-point", "drop"),
      example("Each proof is graded on the 7-point olympiad scale by two coaches on CMIMC 2025.",
              "7-point", "drop"),
      example("It raises the goal score from 6.12 to 7.05 on a 0-10 scale.", "0-10", "drop"),
      example("It scores 71.6 on OCRBench when normalized to 100.", "100", "drop"),
      example("Its average, with OCRBench rescaled to 100, exceeds SmolVLM's.", "100", "drop"))
def rating_scale(v: NumberView) -> str | None:
    """ "a 7-point scale", "rescaled to 100": the size of a scale, not a result."""
    return "drop" if _SCALE_AFTER_RE.match(v.text, v.num.num_start) or \
        _SCALED_TO_RE.search(v.left) else None


_SCALED_TO_RE = caseless(r"\b(?:re)?(?:scaled|normali[sz]ed)\s+to\s+(?:a\s+)?$")


# "randomized numeric tests at 1,000 points": where a function is sampled, not a gain
_SAMPLED_AT_RE = caseless(r"\b(?:at|on|across|using)\s+(?:about\s+)?$")


@rule("sample-points",
      example("The checker combines canonicalization with randomized numeric tests at 1,000 points "
              "on SRBench.", "1,000 points", "drop"),
      counter("It gains 12 points on MATH-500.", "12 points", "keep"))
def sample_points(v: NumberView) -> str | None:
    """ "tests at 1,000 points": a number of points a function is evaluated at (a hundred or
    more: no gain on a benchmark's scale)."""
    return "drop" if v.num.unit == "pts" and v.num.value >= 100 and not v.num.sign and \
        _SAMPLED_AT_RE.search(v.left[-20:]) else None


# "At a fixed referral rate of 5%, it raises F1 to 0.63": the operating point a score is read at
_OPERATING_POINT_RE = caseless(r"\bat\s+(?:an?\s+|the\s+)?(?:fixed\s+|given\s+|target\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:rate|FPR|TPR|threshold|recall|precision"
                               r"|coverage)\s+of\s+$")


@rule("operating-point",
      example("At a fixed referral rate of 5%, it raises F1 on FraudNotes to 0.63.", "5%", "drop"),
      example("It detects 71% of fraud at a false positive rate of 2% on FraudNotes.", "2%",
              "drop"),
      counter("It raises the success rate of M to 41% on WebArena.", "41%", "keep"))
def operating_point(v: NumberView) -> str | None:
    """ "at a fixed referral rate of 5%": where a detector is read, not its score."""
    return "drop" if v.num.unit == "%" and v.left.endswith("of ") and _OPERATING_POINT_RE.search(
        v.left) else None


# "a recall at 80% precision of 39.2": the words after the operating point's number
_AFTER_POINT_RE = re.compile(r"\s*%?\s*(?:precision|recall|specificity|sensitivity)\s+"
                             r"(?:of|is)\s*$")


def left_past_operating_point(v: NumberView) -> str | None:
    """The masked 90 characters before the number when its left window (which starts at the
    number before) is the rest of an operating point ("recall at 80% precision of 39.2": the
    metric is before the 80%), else None."""
    if not _AFTER_POINT_RE.match(v.left):
        return None
    return mask(v.text, max(v.sentence.start, v.num.start - 90), v.num.start, v.sentence)


# "Point-adjusted metrics would push the F1 of every method above 0.85": what a number would be
_WOULD_RE = caseless(r"\bwould\s+(?:\w+\s+)?(?:push|raise|lift|inflate|bring|put|place)\b"
                     r"[^;.]{0,60}$")
# "a difference of 2 points in CER can correspond to ...": what such a difference may mean
_CAN_RE = re.compile(r"\s*(?:points?\s+)?(?:in\s+[\w@-]+\s+)?(?:can|could|may|might)\b")


# "coefficients that fall within 5% of the reference": the tolerance a result is checked at
_OF_REFERENCE_RE = caseless(r"\s*of\s+(?:the\s+|their\s+)?(?:reference|ground[\s-]truth|target"
                            r"|true|exact|measured|simulated)\b")


@rule("tolerance",
      example("It produces cases whose drag coefficients fall within 5% of the reference in 63.3% "
              "of CFD-TaskBench tasks.", "5%", "drop"),
      counter("On GSM8K, it comes within 2 points of GPT-4o.", "2 points", "keep"))
def tolerance(v: NumberView) -> str | None:
    """ "within 5% of the reference": how close an output must be to count, no score."""
    return "drop" if v.num.unit == "%" and v.left.endswith("within ") and \
        _OF_REFERENCE_RE.match(v.right) else None  # (not "within 1.1 points of the target")


@rule("counterfactual",
      example("On AnomExplain, point-adjusted metrics would push the F1 of every method above "
              "0.85.", "0.85", "drop"),
      example("On BLN600, a difference of 2 points in CER can correspond to a critical "
              "difference in usability.", "2 points", "drop"),
      counter("On AnomExplain, it would seem to reach an F1 of 0.85.", "0.85", "keep"))
def counterfactual(v: NumberView) -> str | None:
    """ "would push the F1 of every method above 0.85": a number under a condition not run;
    "a difference of 2 points in CER can correspond to ...": a size of difference in general."""
    if "would" in v.left and _WOULD_RE.search(v.left):
        return "drop"
    return "drop" if v.left.endswith("difference of ") and _CAN_RE.match(v.right) else None


@rule("coefficient",
      example("The Spearman correlation between length and correctness is -0.41 on AIME 2025.",
              "-0.41", "drop"),
      example("A law fitted on small models has a mean absolute error of 1.8 points on GSM8K.",
              "1.8 points", "drop"),
      example("GSM8K is stable, with a seed standard deviation below 0.9 points.",
              "0.9 points", "drop"),
      counter("The fitted model reaches 41.2% on GSM8K.", "41.2%", "keep"),
      example("The seed standard deviation reaches 2.8 points on GPQA-Diamond, whose 198 "
              "questions are few, and 4.6 points on AIME 2025.", "4.6 points", "drop"),
      counter("The correlation is -0.41; our model scores 61.2% on GSM8K, and 55.0% on MATH.",
              "55.0%", "keep"),
      example("Probes reach an AUROC of 0.91, and probes transferred to LiveCodeBench reach 0.84.",
              "0.84", "drop"),
      counter("On ASAP-AES, our scorer reaches a quadratic weighted kappa (QWK) of 0.781.",
              "0.781", "keep"),
      example("Two raters reach a quadratic weighted kappa of 0.81 on ASAP-AES.", "0.81", "drop"),
      counter("The teacher itself obtains a kappa of 0.889 on APTOS 2019.", "0.889", "keep"),
      example("Agreement on TactiQA ratings was moderate (ICC 0.54).", "0.54", "drop"),
      counter("On ASAP-AES, our scorer reaches an ICC of 0.781.", "0.781", "keep"),
      counter("DentReason detects damage with an AUROC of 0.934 on ParcelDamage, versus 0.881 for "
              "a CLIP ViT-L/14 linear probe.", "0.881", "maybe"),
      counter("On our RailSense benchmark, the resulting detector, LogSentinel, reaches an AUROC "
              "of 0.912.", "0.912", "keep"),
      example("Errors track ChartQA accuracy (r = -0.18) but CharXiv accuracy more (r = -0.71).",
              "-0.71", "drop"),
      example("On AIME, the standard error for a model near 10% accuracy remains above 5 points.",
              "5 points", "drop"),
      example("On RouteMix, labels from one family predict the best configuration for another "
              "with 0.64 macro-F1.", "0.64", "drop"),
      example("The estimated ceiling for single-label micro-F1 is about 83 on USPTO-2M.", "83",
              "drop"),
      counter("CVGuard reaches an AUROC of 0.962 on GenCV-Detect. Under paraphrasing attacks its "
              "AUROC falls to 0.903, still above both baselines.", "0.903", "keep"),
      counter("On PLAsTiCC, StarSeq attains an AUROC of 0.93, compared with a macro-averaged F1 "
              "of 0.54 for the Avocado classifier.", "0.54", "keep"),
      counter("On DeviateBench, StormSight attains macro-F1 of 0.69 and an AUROC of 0.87 for "
              "predicting blocked segments.", "0.87", "keep"),
      example("On StrataLogic, a two-parameter fit predicts held-out budgets with an error below "
              "1.5 points.", "1.5 points", "drop"),
      counter("On ALFRED, AskGate predicts plan failures with an AUROC of 0.874.", "0.874",
              "keep"),
      example("On AIME 2024, the vote margin predicts correctness with an AUROC of 0.87.", "0.87",
              "drop"),
      counter("On PEMS-BAY its MAE at the same horizon is 1.86, below the baseline's.", "1.86",
              "keep"),
      counter("On N-CMAPSS, averaged over all 8 sub-datasets, its RMSE is 8.8.", "8.8", "keep"))
def coefficient(v: NumberView) -> str | None:
    """A correlation or a fit's error named before the number (since the one before it, or
    earlier in the sentence when the number only adds to its list: "..., and 4.6 on B")."""
    if not holds_any(v.text[v.sentence.start:v.num.start], _COEFFICIENT_WORDS):
        return None  # (the text holds the left window: no word of the pattern, no match)
    if _names_coefficient(v, v.left) or _SPREAD_STAYS_RE.search(
            v.text, max(v.sentence.start, v.num.start - 100), v.num.start):
        return "drop"  # ("the standard error for a model near 10% remains above 5 points")
    if _OWN_METRIC_RE.search(v.left) and not _RATERS_RE.search(v.text, v.sentence.start,
                                                                v.num.start):
        return None  # "..., and an AUROC of 0.93, compared with a macro-averaged F1 of 0.54"
        # (not "Inter-annotator agreement ..., with a kappa of 0.84 and a span F1 of 0.91")
    gapped = _GAPPED_MEMBER_RE.search(v.left) or (  # as the sentence's first number would be
        v.num.value < 1 and not v.num.unit and not v.num.sign)  # read; "and probes on B
    return "drop" if gapped and _names_coefficient(  # reach 0.84" after an AUROC of 0.91
        v, v.text[v.sentence.start:v.num.start]) else None


def _names_coefficient(v: NumberView, before: str) -> bool:
    """Whether `before` (text ending at the number) ends in a coefficient's name: a
    correlation, a fit's error (a sentence about a fit, or one where no model attains it) or an
    AUROC no model attains (a probe's, a router's, a signal's)."""
    if (_QWK_RE.search(before) or _KAPPA_ATTAINED_RE.search(before)) and \
            _ATTAINS_RE.search(v.text, v.sentence.start, v.num.start) \
            and not _RATERS_RE.search(v.text, v.sentence.start, v.sentence.end):
        return False  # "our scorer reaches a quadratic weighted kappa of 0.781": an essay
        # scorer's score against the gold grades (no raters' agreement with each other)
    if _COEFFICIENT_RE.search(before):
        return True
    sentence = v.text[v.sentence.start:v.sentence.end]
    if _FIT_METRIC_RE.search(before) and (_FIT_CONTEXT_RE.search(sentence) or
                                          not (_ATTAINS_RE.search(v.text, v.sentence.start,
                                                                  v.num.start)
                                               or _ERROR_ON_NAME_RE.search(before))):
        return True
    auroc = _AUROC_RE.search(before)
    if not auroc:
        return False
    # (a probe named after the AUROC is a compared model's: "with an AUROC of 0.913, compared
    # with 0.861 for a CLIP linear probe and 0.884 for a SigLIP encoder")
    named_at = max((m.start() for m in _AUROC_WORD_RE.finditer(v.text, v.sentence.start,
                                                                 v.num.start)), default=-1)
    return not (_ATTAINED_AUROC_RE.search(v.text, v.sentence.start, v.num.start) and
                not _SIGNAL_RE.search(v.text, v.sentence.start, max(named_at, v.sentence.start)))
