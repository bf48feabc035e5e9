"""Score rules: is a number a score (the verdict table); rescue_rules settles the rest."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.coefficient_rules import left_past_operating_point, operating_point
from analysis.claims.count_rules import (
    RATING_BEFORE_RE,
    count,
    count_plural,
    counted_list,
    name_number,
    number_of,
    of_every,
    out_of,
    rating,
    year_month,
)
from analysis.claims.coverage_rules import COVERAGE
from analysis.claims.cues import (
    ATTAIN_STEM,
    BOUND_TAIL_RE,
    BY_MARGIN_RE,
    BY_RE,
    CHANGE_VERB_TAIL_RE,
    MORE_RE,
    RAISES_THIS_RE,
    NumberView,
    lost_share,
)
from analysis.claims.label_rules import LABELS
from analysis.claims.marked_rules import marked_non_score
from analysis.claims.non_score_after_rules import MODEL_PAREN_RE, average_count, non_score_after
from analysis.claims.nonscore_rules import NOT_SCORES
from analysis.claims.quantity_rules import QUANTITIES, SCORES_FIRST
from analysis.claims.rival_rules import MARGIN_OVER_RE
from analysis.claims.row_rules import benchmark_row, follows_row, model_row
from analysis.claims.rules import counter, example, rule, table
from analysis.claims.scan import strip_tail
from analysis.claims.sentence import mask
from analysis.claims.threshold_rules import THRESHOLDS_AND_SHARES
from analysis.claims.times_rules import TIMES, error_factor

_SCORE_BEFORE_RE = caseless(
    r"(?:\bscor(?:e|es|ed|ing)|\baccuracy|\bacc\.?|\b(?:pass|maj|cons)[@^]\d+|\bacc@[\d.]+|\brate|\b(?:success|pass|solve|resolution|win)\s+rates|\bperformance|\bf1(?:-score)?"
    r"|\bau(?:c|roc|prc)|\bresults?|\belo|\brating|\banls|\bexact[\s-]match(?:\s+(?:recall|precision))?"
    r"|\b(?:n?rmse|mae|mse|crps|[wc]er\b|(?:absolute|squared)\s+error|edit\s+distance"  # error
    r"|(?:symbol|word|character|equal)\s+error\s+rates?)"  # ("symbol error rates of 3.2 and 3.8")
    # metric a model attains on a benchmark
    r"|\bem(?=\s)|\bbleu(?:-\d)?|\brouge(?:-[l12])?|\bchrf(?:\+\+|\+|\b)|\bcomet\b"  # (translation)
    r"|\bgleu|\bsari|\bmeteor|\bcider|\bm?iou|\b[sk]rcc|\bplcc"  # ("the model's GLEU is 61.0")
    r"|\bweighted\s+kappa|\bqwk"  # a scorer's quadratic weighted kappa (raters': coefficient)
    r"|\bmanag(?:es|ed)|\bskill\s+(?:statistics?|scores?)"  # "M manages only 21.8", "true skill
    # statistics of 0.71", "a Nash-Sutcliffe efficiency of 0.71" (hydrology's skill scores)
    r"|\b(?:nash[-–\s]sutcliffe|kling[-–\s]gupta)\s+efficiency|\bnse\b|\bkge\b"
    r"|\breciprocal\s+rank|\bmrr|\b(?:hits?|recall|precision|p|n?dcg|hr|map|mrr)@\d+"  # "a mean
    # reciprocal rank of 47.2", "a Recall@10 of 27.4", "a precision@8 of 0.412": ranking metrics
    r"|\brecall|\baverage\s+precision"  # (not a detector's "precision of 0.97")
    r"|\b(?:line|branch|statement)\s+coverage"  # a generated test suite's ("line coverage of 55.3")
    r")(?:\s+values)?(?:\s+at\s+\d+(?:\.\d+)?\s*%\s+(?:precision|recall|specificity"
    r"|sensitivity)\b)?"  # ("a recall at 80% precision of 39.2": the operating point)
    r"\s*(?:\([^()]*\)\s*)?(?:of\s+(?:the\s+|its\s+)?(?:M|(?:[\w-]+\s+){0,2}[\w-]+)\s+"
    r"|for\s+(?:separat|detect|distinguish|discriminat)\w*\s+(?:[\w-]+\s+){1,5}?)?"
    r"(?:on\s+(?:[a-z-]+\s+){1,2}(?=to\s*$)|(?:on\s+(?:the\s+)?(?:B|(?:[\w-]+\s+)?test\s+set)|at"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+)\s+(?=(?:is|are|was|were)\s*$))?"  # ("raises F1 on
    # confirmed fraud to", "its MAE on B are", "MAE at the same horizon is", "on the X test set is")
    r"(?:of|:|=|is|are|was|were|at|reaching|reaches|to|(?:stays|remains|stands|holds)(?:\s+at)?"
    r"|lies?\s+between"  # ("exact match lies between 51.0 and 55.6")
    r"|(?:rises|climbs|grows|increases|improves|falls|drops|declines|decreases)\s+to)?\s*$"
    # ("its BLEU rises to 28.4", "its AUROC falls to 0.903")
    rf"|\b(?:{ATTAIN_STEM}|get|earn)\w*\s+(?:an?\s+|between\s+)?$|\(\s*score:\s*$"
    r"|\bM\s+(?:leads|led)\s+with\s+$"  # ("Among small models, M leads with 43.6")
    r"|\b(?:accuracy|scores?|f1|exact\s+match)\s+with(?:out)?(?:\s+and\s+with(?:out)?)?\s+[\w-]+\s+"
    r"(?:is|are|was|were)\s+$"  # ("accuracy without and with PolarTool is 47.2 and 66.9")
    r"|\bM\s+(?:stays|remains)\s+at\s+$"  # ("On B, M stays at 84.1, close to its base")
    r"|\b(?:M|model|it)\s+(?:keeps|retains)\s+$"  # ("On B, the fine-tuned model keeps 71.0")
    # "attains a PDMS of 86.3", "reaches a CIDEr of 96.8": a metric's capitalised name
    r"|\b(?:(?:achiev|obtain|attain|reach|get|earn)\w*|and)\s+an?\s+"
    r"(?-i:[A-Z][A-Za-z]*[A-Z0-9][\w@.-]*)\s+of\s+$"  # ("and a BERTScore of 89.2")
    r"|\b(?:results?|scores?|accurac(?:y|ies))\b(?:[^.;:]{0,60}?\bas\s+follows\s*:|\s+(?:for|on)"
    r"\s+(?:B\s*(?:,\s*(?:and\s+)?|and\s+))*B\s+(?:are|were))\s*$"  # ("results for A and B are")
    r"|\baverage\s*(?:of|:|=|is|was|from|reaches|reaching)\s*$"  # "the 6-benchmark average from"
    r"|\baverag(?:es|ing)\s+$"  # "and averages 71.4 across the suite"
    r"|\b(?:models|variants|baselines)\s+average\s+(?:only\s+|just\s+|about\s+|roughly\s+)?$"
    r"|\baverage\s+(?:on|over|across)\s+B\s+(?:is|was)\s+(?:only\s+|just\s+|about\s+)?$"
    r"|\bscores\b[^;,.]{0,40}\brange\s+(?:between|from)\s+$")  # "scores for the models range"
_BENCH_BEFORE_RE = re.compile(
    r"\bB\s*(?:\(\w+\)\s*)?(?:(?:[a-z@][\w@-]*\s+){1,3}of\s*|(?:[a-z@][\w@-]*\s+){0,3}(?:from|at"
    r"|reaching|reaches|to|is|was)\s*|[:=(]\s*|with\s+)$|(?<![\w-])[A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*\s*:?\s*$")
# "12% more problems" is a relative score change; "20% more source-domain knowledge" is not.
_MORE_SCORE_RE = caseless(r"^\s*more\s+(?:on\b|(?:[\w-]+\s+)?(?:problems|questions|tasks|puzzles"
                          r"|cases|instances|accuracy|points|correct|issues|bugs)\b)")

# ----------------------------------------------------------------------------- verdict


@rule("lost-share",
      example("At 3 bits, the 1.5B model loses 61% of its full-precision AIME 2024 accuracy.",
              "61%", "keep"),
      counter("It keeps 90% of its accuracy on GSM8K.", "90%", "drop"))
def _lost_share(v: NumberView) -> str | None:
    """ "loses 61% of its AIME 2024 accuracy": a relative drop of the score, kept."""
    return "keep" if lost_share(v) else None


@rule("more-not-score",
      example("The method yields 20% more diverse solutions.", "20%", "drop"),
      counter("Our model solves 12% more problems on HumanEval.", "12%", "keep"))
def _more_not_score(v: NumberView) -> str | None:
    """"20% more source-domain knowledge": more of something that is not a score."""
    if v.num.unit == "%" and MORE_RE.match(v.right) and not _MORE_SCORE_RE.match(v.right):
        return "drop"
    return None


_BENCH_SLASH_RE = re.compile(r"\bB\s?/\s?B\b")  # "on MATH-500 / OlympiadBench", masked
_RATING_WORD_RE = caseless(r"\b(?:rating|Elo|Codeforces)\b")
_BRACKET_OPEN_RE = re.compile(r"\(\s*(?:from\s+)?$")
# ("(31.0 before versus 31.4 after)": the two ends may be labelled)
_BRACKET_THEN_RE = re.compile(r"^\s*(?:before\s+)?(?:vs\.?|versus|to|→|->)\s*\d[\d.]*\s*%?\s*"
                              r"(?:after\s*)?\)")
_BRACKET_FIRST_RE = re.compile(r"\(\s*(?:from\s+)?\d[\d.]*\s*%?\s*(?:before\s+)?(?:vs\.?|versus|to"
                               r"|→|->)\s*$")
_BRACKET_CLOSE_RE = re.compile(r"^\s*(?:after\s*)?\)")
_IS_TAIL_RE = re.compile(r"\b(?:is|was|are|were|of)\s*$|[:=]\s*$")
# "scores 84.9% with its default budget but 87.3% when ...": the words between are the
# condition of the score before, not what the number measures.
_CONDITION_THEN_RE = re.compile(r"\s*(?:with|at|under|using|given)\s+(?:its|the|a|an|their)?\s*"
                                r"(?:[\w-]+\s+){0,3}?(?:but|versus|vs\.?)\s+(?:only\s+|just\s+)?")


@rule("condition-then",
      example("It scores 84.9% with its default budget but 87.3% when reflection is capped.",
              "87.3%", "maybe"),
      example("On RULER it scores 71.4 at 4K tokens but only 18.9 at 64K.", "18.9", "maybe"),
      counter("It cuts tokens by 40% with its default budget but 30% with a tight one.", "40%",
              "drop"))
def _condition_then(v: NumberView) -> str | None:
    """ "84.9% with its default budget but 87.3% when ...": the same measure under another
    condition (a neighbour decides: rescue_rules.continues-kept)."""
    return "maybe" if v.prev_end > v.sentence.start and v.num.unit in ("%", "") and \
        _CONDITION_THEN_RE.fullmatch(v.left) else None


@rule("marked",
      example("Ferret-UI Lite achieves 28.0% on AndroidWorld.",
              "28.0%", "keep"))
def _marked(v: NumberView) -> str | None:
    """Any other number written with %, points, a sign or an arrow is a score or change."""
    return "keep" if v.num.unit or v.num.sign or v.num.marker else None


@rule("slash-list",
      example("It is better than training on the full pool (46.7/26.7/84.0/54.5).",
              "26.7", "keep"),
      example("The scores on MATH-500 / OlympiadBench are 84.0 / 52.7 for ToV.", "52.7", "keep"))
def _slash_list(v: NumberView) -> str | None:
    """A member of a slash list of three or more decimals ("46.7/26.7/84.0") is a score, and
    of two when the sentence lists benchmarks the same way ("on A / B are 84.0 / 52.7")."""
    if v.num.listed == 2 and _BENCH_SLASH_RE.search(
            mask(v.text, v.sentence.start, v.sentence.end, v.sentence)):
        return "keep"
    return "keep" if v.num.listed >= 3 else None


@rule("non-score-is",
      example("Average search depth is 2.4 on GSM8K.", "2.4", "drop"),
      example("We use a context length of 4096 in practice.", "4096", "drop"),
      counter("Its accuracy is 61.2 on GSM8K.", "61.2", "keep"),
      counter("It leads open models of similar size: 71.2 on MMLU-Pro and 48.3 on GPQA-Diamond.",
              "71.2", "keep"))
def _non_score_is(v: NumberView) -> str | None:
    """ "recursion depth is 1.8 on GSM8K": a bare number that a non-score word names, even
    when a benchmark follows (it says where it was measured)."""
    if not v.num.unit and not v.num.sign and v.lcue == "non" and _IS_TAIL_RE.search(v.left) \
            and not RATING_BEFORE_RE.search(v.left) and not (  # "a rating of 1630" is a score
                v.left.rstrip().endswith(":") and v.rcue == "score"):
        return "drop"  # (but "of similar size: 71.2 on B, ...": a colon opens the results)
    return None


@rule("score-word-after",
      example("Seed1.5-Thinking achieves 86.7 on AIME 2024.",
              "86.7", "keep"),
      example("On DocVQA it trails Qwen2.5-VL-7B-Instruct by only 2.3 ANLS.", "2.3", "keep"))
def _score_word_after(v: NumberView) -> str | None:
    """A bare number before a score word or a benchmark ("55.2 accuracy", "41 on B")."""
    return "keep" if v.rcue == "score" else None


@rule("score-word-before",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5.",
              "15.5", "keep"),
      example("It lifts the five-benchmark average from 41.2 to 45.0.", "41.2", "keep"),
      example("It averages 71.4 across our twelve-benchmark suite.", "71.4", "keep"),
      example("TKG-SLM reaches a mean reciprocal rank of 47.2 on Icews.", "47.2", "keep"),
      example("TinyPlanner attains a PDMS of 86.3 on Navsim.", "86.3", "keep"),
      example("CRS-Mini achieves a Recall@10 of 27.4 on Redialz.", "27.4", "keep"),
      example("With voting over 16 samples, it attains a maj@16 of 58.4.", "58.4", "keep"),
      example("On InfographicVQA, InfoLens achieves an ANLS of 58.2.", "58.2", "keep"),
      example("On ASAP-AES, the scorer reaches a quadratic weighted kappa (QWK) of 0.781.",
              "0.781", "keep"),
      example("It scores 61.2 on GSM8K, whereas 2-bit variants average only 18.5.", "18.5", "keep"),
      example("It scores 61.8 on MGSM, but its average on AfriMGSM is only 22.4.", "22.4", "keep"),
      example("On RULER at 32k context, it scores between 84.0 and 86.5 across five seeds.",
              "84.0 and 86.5", "keep"),
      example("On MATH-500, pruning by perplexity at the same ratio reaches 61.0.", "61.0",
              "keep"),
      example("On BFCL-v3, scores for the eight models range between 38.5 and 59.1.",
              "38.5 and 59.1", "keep"),
      example("Its 15-minute and 60-minute MAE on PEMS-BAY are 1.12 and 1.79, respectively.",
              "1.12", "keep"),
      example("Broken down by subset, the F1 scores are 58.9, 51.0 and 43.7 on methodology, "
              "clarity and novelty, respectively.", "58.9", "keep"),
      example("On SMAP and MSL, it attains AUROC values of 0.912 and 0.887, respectively.",
              "0.912", "keep"),
      example("On the fluency-oriented JFLEG benchmark, the model's GLEU is 61.0.", "61.0",
              "keep"),
      example("Results for the numerical questions are as follows: 71.0 for StatuteRAG, 54.0 "
              "without retrieval.", "71.0", "keep"),
      example("On BGL, it obtains a recall at 80% precision of 39.2.", "39.2", "keep"),
      example("On ArchaeoBench, Phi-4-mini-reasoning leads with 43.6.", "43.6", "keep"),
      example("Its AUROC for separating correct from incorrect answers is 0.87.", "0.87", "keep"),
      counter("On BGL, it flags 31 alerts at 80% precision of 0.9.", "0.9", "maybe"))
def _score_word_before(v: NumberView) -> str | None:
    """A bare number after a score phrase ("a score of 15.5", "achieves 63.1", "F1 to nearly
    50": a bound word between is the number's)."""
    left = strip_tail(BOUND_TAIL_RE, v.left).rstrip() + " "
    left = left_past_operating_point(v) or left  # ("a recall at 80% precision of 39.2")
    return "keep" if _SCORE_BEFORE_RE.search(v.left) or _SCORE_BEFORE_RE.search(left) else None


@rule("benchmark-before",
      example("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "5.90", "keep"),
      example("Qwen3-8B leads on AIME 2025 with 67.3, followed by o1-mini at 40.8.", "67.3",
              "keep"))
def _benchmark_before(v: NumberView) -> str | None:
    """A bare number right after a benchmark name ("AIME: 15.5", "MATH (77.3)").

    Not a whole number above 100 after a capitalised word: "a consumer RTX 4090" is a product.
    """
    found = _BENCH_BEFORE_RE.search(v.left)
    if found and not found.group().startswith("B") and v.num.value > 100 and \
            "." not in v.text[v.num.num_start:v.num.end]:
        return None
    return "keep" if found else None


# "(Qwen2.5-3B-Instruct: 79.1)", "(GPT-4o: 60.1; base model: 41.8)": each model's score, named
# before a colon inside brackets.
_MODEL_COLON_RE = re.compile(r"[(;]\s*(?:M|(?:the\s+|its\s+)?(?:base|teacher|reference|starting)"
                             r"\s+model|(?:the\s+)?baseline)\s*:\s*$")
_COLON_END_RE = re.compile(r"\s*[);]")


@rule("model-paren",
      example("On MATH, it surpasses GPT-4o (76.6) with 84.0.", "76.6", "keep"),
      example("It beats a single greedy sample of GPT-4o (71.2%).", "71.2%", "keep"),
      counter("It is faster than GPT-4o (3.5 times slower).", "3.5", "drop"),
      example("RegretLM scores 62.4 on GTBench (GPT-4o: 60.1; base model: 41.8).", "41.8",
              "keep"),
      example("It exceeds a prompted Qwen2.5-7B-Instruct critic (52.9) on ChessStepEval.", "52.9",
              "keep"),
      example("Among small models on ATC-Reason, Qwen3-8B performs best overall (58.7).", "58.7",
              "keep"),
      example("On ProcessBench, it attains an F1 of 68.4, approaching GPT-4o used as a critic "
              "(70.6).", "70.6", "keep"),
      example("It scores 64.9 on LoCoMo, within 2.3 points of GPT-4o prompted with the complete "
              "history (67.2).", "67.2", "keep"),
      example("Our 7B model scores 51.3 on MathVista, ahead of Qwen2.5-VL-7B-Instruct [47.9].",
              "47.9", "keep"),
      example("It reaches 66.1 on MapEval, nearly matching GPT-4o without retrieval (68.5).",
              "68.5", "keep"),
      example("On ProtQA, o3-mini leads with 61.2, followed by Qwen3-4B in thinking mode (52.3).",
              "52.3", "keep"),
      example("It obtains an F1 of 0.642, close to a dedicated Siamese U-Net [0.668].", "0.668",
              "keep"),
      counter("Unlike GPT-4o [12], it is scored on MapEval by a rubric.", "12", "maybe"))
def _model_paren(v: NumberView) -> str | None:
    """ "GPT-4o (76.6)", "GPT-4o [76.6]": a decimal in brackets right after a model's name is its
    score (a whole number too in round brackets in a sentence about ratings: "close to o1-mini
    (1673)"; in square ones it is a citation); "(GPT-4o: 60.1)"."""
    if "." in v.text[v.num.num_start:v.num.end] and _COLON_END_RE.match(v.right) and \
            _MODEL_COLON_RE.search(v.left):
        return "keep"
    if not v.right.lstrip().startswith((")", "]")) or not MODEL_PAREN_RE.search(v.left):
        return None  # (the cheap tests first: few numbers close a bracket after a name)
    if "." in v.text[v.num.num_start:v.num.end]:
        return "keep"
    if v.right.lstrip().startswith(")") and \
            _RATING_WORD_RE.search(v.text, v.sentence.start, v.sentence.end):
        return "keep"
    return None


@rule("bracket-comparison",
      example("On GPQA-Diamond it even improves over thinking mode (52.0 vs. 51.1).", "51.1",
              "keep"),
      example("It improves LiveCodeBench by 31% relative (from 14.5 to 19.0).", "14.5", "keep"),
      example("It leaves MATH-500 accuracy unchanged (31.0 before versus 31.4 after).", "31.4",
              "keep"))
def _bracket_comparison(v: NumberView) -> str | None:
    """ "(52.0 vs. 51.1)", "(from 14.5 to 19.0)": two bare numbers compared in brackets are
    scores."""
    before = v.text[max(v.sentence.start, v.num.start - 30):v.num.start]
    first = _BRACKET_OPEN_RE.search(before) and _BRACKET_THEN_RE.match(v.right)
    second = _BRACKET_FIRST_RE.search(before) and _BRACKET_CLOSE_RE.match(v.right)
    return "keep" if first or second else None


@rule("score-by",
      example("DSPC outperforms the best baseline LongLLMLingua by 7.76.",
              "7.76", "keep"),
      example("On OpinionBench, the margin over the SFT baseline widens to 0.087.", "0.087",
              "keep"),
      example("On GSM8K, our model gains 5.3 over SFT, whereas the baseline loses 2.1.", "2.1",
              "keep"))
def _score_by(v: NumberView) -> str | None:
    """A score word before "by N" or a from-to pair ("outperforming X by 7.76"); a margin over
    a model ("by a margin of 0.087", "the margin over the SFT baseline widens to 0.087"); a
    decimal right after a verb of change ("the baseline loses 2.1")."""
    if v.lcue == "score" and (v.num.pair_role or BY_RE.search(v.left)):
        return "keep"
    return "keep" if BY_MARGIN_RE.search(v.left) or (CHANGE_VERB_TAIL_RE.search(v.left) and (
        "." in v.text[v.num.num_start:v.num.end])) else None


@rule("moved-this",
      example("It obtains a maj@16 of 43.3 on AIME 2024, and confidence weighting raises this to "
              "47.9.", "47.9", "maybe"),
      counter("It uses a batch of 128, and weighting raises this to 256.", "128", "maybe"))
def _moved_this(v: NumberView) -> str | None:
    """ "..., and X raises this to 47.9": what the number before became, whatever the words
    before say (a neighbour decides: rescue_rules.moved-kept)."""
    return "maybe" if v.prev_end > v.sentence.start and RAISES_THIS_RE.search(v.left) else None


@rule("non-score-before",
      example("The runs use batch size 4096 in practice.", "4096", "drop"),
      example("It keeps MATH-500 at 90.2, while naive layer dropping falls to 71.4.", "71.4",
              "maybe"))
def _non_score_before(v: NumberView) -> str | None:
    """A bare number after a non-score word ("a budget of 512", "latency of 30"); after a
    subject that "falls to" it, left to its neighbours ("naive layer dropping falls to 71.4").
    ("scores 71.2 at 32K tokens and 58.9 at 128K": the condition is no cue, cues.left_cue.)"""
    if v.lcue != "non":
        return None
    return "maybe" if _FALLS_TO_TAIL_RE.search(v.left) or MARGIN_OVER_RE.search(v.left) \
        else "drop"  # ("outperforming SFT on the same data by")


# ("... with shared-belief prompting, up from 14.2": the words before "up from" are the score
# before's setting)
_FALLS_TO_TAIL_RE = re.compile(r"\b(?:falls|drops|declines|collapses|degrades|sinks)\s+to\s*$"
                               r"|,\s*(?:up|down)\s+from\s+$")


# "Llama-3.1-8B-Instruct sits at 48.3, below GPT-4o-mini (60.7)": a named model's score verb
# right before the bare number
_MODEL_SCORES_RE = re.compile(r"\bM\b[^;,.()]{0,40}?\b(?:scores|reaches|obtains|achieves|attains"
                              r"|sits\s+at|falls\s+to|drops\s+to|rises\s+to)\s+(?:only\s+|just\s+)?$")


@rule("model-scores-bare",
      example("On SportsMetrics, Llama-3.1-8B-Instruct sits at 48.3, below GPT-4o-mini (60.7).",
              "48.3", "keep"),
      counter("We evaluate 12 mainstream open/closed-source entrants on BioProBench.", "12",
              "maybe"))
def _model_scores_bare(v: NumberView) -> str | None:
    """A bare decimal a named model scores, reaches or sits at (not "rises to 12 in the
    ranking": a rank)."""
    decimal = "." in v.text[v.num.num_start:v.num.end]
    return "keep" if decimal and _MODEL_SCORES_RE.search(v.left) and not _RANK_RIGHT_RE.match(
        v.right) else None


_RANK_RIGHT_RE = caseless(r"[^;,.]{0,30}\b(?:rank\w*|place\w*|position\w*)\b")


@rule("bare",
      example("We evaluate 12 mainstream open/closed-source entrants on BioProBench.",
              "12", "maybe"))
def _bare(v: NumberView) -> str | None:
    """Any other bare number: kept only if a kept neighbour vouches for it (rescue)."""
    return "maybe"


VERDICT = table(
    "verdict", "verdict",
    "Is the number a score: keep, drop, or maybe (a bare number a neighbour can rescue).",
    year_month, *SCORES_FIRST, error_factor, *NOT_SCORES, *COVERAGE, *LABELS, *QUANTITIES,
    operating_point, _lost_share, average_count, non_score_after, _more_not_score, *TIMES,
    *THRESHOLDS_AND_SHARES, _model_paren, _condition_then, marked_non_score, _marked, _slash_list,
    number_of, count, count_plural, of_every, out_of, counted_list, name_number, _non_score_is,
    _score_word_after, _score_word_before, _benchmark_before, rating, benchmark_row, model_row,
    follows_row, _bracket_comparison, _score_by, _moved_this, _non_score_before, _model_scores_bare,
    _bare)
