"""Verdict rules for numbers that set up or describe an experiment: settings, grid sizes, ages."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import contains_any

# "setting it to 0.7 instead of 0.5": a setting, not a result.
# "across decoding temperatures from 0.6 to 1.0", "at a temperature of 0.7", "top-p of 0.95":
# sampling settings; "30% of the MLP channels", "0.7% of neurons": a share of the model's parts.
_SETTING_RE = re.compile(r"\b(?:up|down)sampl\w*\s+(?:\w+\s+)?(?:beyond|above|past|to|at"
                         r"|of)\s+$"
                         # "raising it beyond 30% yields diminishing returns": a share set
                         r"|\b(?:rais|increas|push)\w*\s+it\s+(?:beyond|past)\s+$"
                         # "extrapolating the RL update by a factor of 1.5"
                         r"|\b(?:extrapolat|scal|amplif|interpolat)\w*\b[^;]{0,60}\bby\s+a\s+factor"
                         r"\s+of\s+$"
                         r"|\b(?:set|sets|setting|fix|fixes|fixing)\s+(?:it|them|this|that|the\s+"
                         r"[\w-]+(?:\s+[\w-]+)?)\s+to\s*$"
                         r"|\b(?:temperatures?|top-[pk])\s+(?:(?:of|from|between|at|=|to|and|in)\s*)?$"
                         r"|\b(?:temperatures?|top-[pk])\s+(?:of|from|between|in)\s+[\d.]+\s*(?:to|and"
                         r"|-|–)\s*$"
                         # "thought dropout (p = 0.3)", "a dropout rate of 0.1": a hyperparameter
                         r"|(?<![\w-])(?:p|k|λ|lambda|α|alpha|β|beta|τ|tau|γ|gamma|ε|epsilon)\s*=\s*$"
                         r"|\b(?:dropout|learning|drop)\s+(?:rate|probability)\s+(?:of|=|to)\s*$"
                         # "adding the vector with a scaling coefficient of 0.6"
                         r"|\b(?:scaling|merging|merge|interpolation|mixing|KL|entropy|penalty"
                         r"|clipping)\s+(?:coefficient|factor|weight|ratio)s?\s+(?:of|=|to|between"
                         r"|from)\s*$"
                         # "tier thresholds between 0.5 and 0.7 yield similar outcomes"
                         r"|\bthresholds?\s+(?:of|=|between|from)\s*$"
                         # "LoRA adapters of rank 16 on InventoryQA": an adapter's rank
                         r"|\b(?:LoRA|adapters?|low-rank)\b[^;]{0,30}\brank\s+(?:of\s+|=\s*)?$",
                         re.IGNORECASE)
_SETTING_WORDS = ("set", "fix", "temperat", "top-", "=", "dropout", "learning", "sampl", "scaling",
                  "merging", "interpolation", "mixing", "beyond", "past", "factor", "rank", "kl",
                  "entropy", "penalty", "clipping", "drop", "merge", "threshold")
# "Selecting 10% of NuminaMath-CoT with M": the share of a dataset a method keeps.
_SELECTED_SHARE_RE = caseless(r"\b(?:select|subsampl|sampl)\w*\s+(?:only\s+|just\s+)?$")
_CUT_OBJECT_RE = caseless(r"\s*of\s+(?:the\s+|its\s+|all\s+)?(?:(?!(?:at|on|in|with|for|under)"
                          r"\b)[\w-]+\s+){0,2}?(?:channels|weights|heads|layers|parameters"
                          r"|neurons|experts|blocks)\b")
_AT_COVERAGE_RE = caseless(r"\s*coverage\b")
_AT_END_RE = caseless(r"\bat\s*$")
# "At 50% sparsity", "at 30% pruning": the setting the result is measured at.
_SETTING_AFTER_RE = caseless(r"\s*(?:(?!(?:before|after|without|with|by|of|in|on|at|for|from)\b)"
                             r"[a-z]+\s+)?(?:sparsity|pruning|compression|quantization"
                             r"|dropout|setting"
                             r"|masking|mask\s+ratio|(?:label\s+)?noise)\b")
# "the 4 by 4 and 6 by 6 puzzles", "Mini-ARC with 5 by 5 grids": a size, not a result.
_BY_AFTER_RE = re.compile(r"\s*-?\s*by\s*-?\s*\d+\b(?![.,]\d|\s*(?:%|points?|pp|pts)\b)")
_BY_BEFORE_RE = re.compile(r"\b\d+\s*-?\s*by\s*-?\s*$")
# "our ShiftBench suite of 640 hospital and retail rostering problems": the suite's size.
_SUITE_OF_RE = caseless(r"\b(?:suite|set|benchmark|collection|dataset|corpus)\s+of\s+$")
_COUNTED_ITEMS_RE = caseless(r"\s+(?:[\w-]+\s+){0,4}?(?:problems|questions|tasks|instances|items"
                             r"|puzzles|examples|prompts|scenarios)\b")
# "probes read from layer 20 of 28": the model's number of layers.
_PART_OF_COUNT_RE = caseless(r"\b(?:layers?|blocks?|heads?)\s+\d+\s+(?:of|out\s+of)\s+$")
_PART_INDEX_RE = caseless(r"\b(?:layer|block|head)\s+$")  # "on layer 18 of M"
# "38% at age 6 to 79% at age 11", "between ages 7 and 8", "children aged 9": people's ages.
_AGE_BEFORE_RE = caseless(r"\b(?:ages?|aged)\s+(?:of\s+)?(?:\d+\s+(?:and|to|or)\s+)?$")
_AGE_AFTER_RE = caseless(r"\s*(?:-|to)?\s*(?:years?[\s-]old|year-olds)\b")
# "training time increases by only 6%": a change of time, not of a score.
_TIME_CHANGE_RE = caseless(r"\b(?:training|inference|wall-?clock|decoding|generation|solve"
                           r"|solving|run|response)\s+times?\s+(?:increases|grows|rises|drops"
                           r"|falls|decreases|shrinks|goes\s+up)\s+(?:by\s+)?(?:only\s+|about\s+"
                           r"|roughly\s+|just\s+)?$")
# "correcting the 61% 'yes' skew", "reduces position bias from 12.4 to 3.1 points": a bias.
_SKEW_AFTER_RE = caseless(r"\s*(?:['\"‘“][^'\"’”]{1,15}['\"’”]\s+)?(?:skew|imbalance)\b",)
_BIAS_BEFORE_RE = caseless(r"\b(?:position(?:al)?|label|length|verbosity|order|selection"
                           r"|option)\s+bias\b[^;]{0,30}\b(?:from|to|of|is|at|by)\s+$")
# "2,150 annotated decision points", "400 data points": a count, not a score in points.
_COUNTED_POINTS_RE = caseless(r"\s*(?:[\w-]+\s+)?(?:decision|data|key|check|reference|anchor"
                              r"|grid|sample|time)\s+points\b")
# "scored by a normalized ethics score from 0 to 100": the ends of a scale.
_SCALE_FROM_RE = caseless(r"\b(?:scal\w*|scor\w*|rat(?:ed|ing)|grad\w*|rang\w*)\b[^;,]{0,40}?"
                          r"\bfrom\s+$")
_SCALE_TO_RE = re.compile(r"\s*(?:to|-|–)\s*(?:1|5|7|10|100)\b(?![.,]\d|\s*%)")
_SCALE_END_RE = re.compile(r"\bfrom\s+0\s+to\s+$")
# "probes ... achieve 90% of their final AUROC": a share of the measure's own end value.
_OF_OWN_FINAL_RE = caseless(r"\s*of\s+(?:their|its|the)\s+(?:final|full|original|peak|maximum"
                            r"|best)\b")
# "Pruning Qwen3-4B by 30%": a setting of the method.
_PRUNED_BY_RE = caseless(r"\b(?:prun(?:e|es|ed|ing)|sparsif(?:y|ies|ied|ying))\s+"
                         r"(?:M|the\s+model)\s+by\s+$")
# "pairs whose reported accuracies differ by less than 1 point": a class of differences.
_WHOSE_DIFFER_RE = caseless(r"\bwhose\s+(?:[\w-]+\s+){0,2}?(?:accuracies|scores|results|numbers)"
                            r"\s+differ\s+by\s+(?:less|more|fewer)\s+than\s+$")
# "within 5% relative error": a tolerance.
_WITHIN_ERROR_RE = caseless(r"\s*(?:relative|absolute)\s+error\b")
# "predicts that 90% accuracy would require roughly 400B parameters": a prediction.
_WOULD_NEED_RE = caseless(r"\s*(?:[\w@-]+\s+){0,2}?(?:would|will|could)\s+(?:require|need"
                          r"|take|demand|cost)\b")


@rule("setting",
      example("Setting it to 0.7 instead of 0.5 lowers AIME 2024 accuracy by 8 points.", "0.7",
              "drop"),
      counter("Training raises its accuracy to 0.7 on GSM8K.", "0.7", "keep"),
      example("We fine-tune Gemma-2-2B with LoRA adapters of rank 16 on InventoryQA.", "16",
              "drop"),
      example("It scores between 8% and 11% on AIME 2024 across decoding temperatures from 0.6 "
              "to 1.0.", "0.6", "drop"),
      example("Fine-tuning it with thought dropout (p = 0.3) improves MATH-500 accuracy by 3.4 "
              "points.", "0.3", "drop"),
      example("With a dropout rate of 0.1, it reaches 55.0% on GSM8K.", "0.1", "drop"),
      example("TIES costs 1.8 points on MBPP, and DARE with a drop rate of 0.9 behaves similarly.",
              "0.9", "drop"),
      example("Sweeping the merge coefficient between 0.3 and 0.7 changes NuclearQA results very "
              "little.", "0.3", "drop"),
      example("On UGPhysics, tier thresholds between 0.5 and 0.7 yield similar outcomes.", "0.5",
              "drop"),
      example("Adding the vector with a scaling coefficient of 0.6 to Llama-3.2-3B-Instruct "
              "raises GSM8K accuracy from 71.4% to 79.0%.", "0.6", "drop"),
      example("Training it with GRPO and a KL coefficient of 0.02 raises its accuracy on GSM8K "
              "from 41.2% to 68.9%.", "0.02", "drop"),
      example("On GSM8K, upsampling beyond 5% brings no further gains.", "5%", "drop"),
      example("Pruning 30% of the MLP channels of Qwen3-1.7B yields a 1.2B model.", "30%", "drop"),
      example("A set of roughly 0.7% of MLP neurons mediates most lookups on MedMCQA.", "0.7%",
              "drop"),
      example("Selecting 10% of NuminaMath-CoT with InfluScore yields 54.8% on MATH.", "10%",
              "drop"),
      example("On GSM8K, raising it beyond 30% yields diminishing returns.", "30%", "drop"))
def setting(v: NumberView) -> str | None:
    """ "setting it to 0.7", "temperatures from 0.6 to 1.0", "pruning 30% of the channels": a
    value chosen for a setting."""
    if v.num.unit == "%" and _CUT_OBJECT_RE.match(v.right):
        return "drop"  # "roughly 0.7% of MLP neurons mediates": a share of the model's parts
    if v.num.unit == "%" and v.right.startswith(" of ") and _SELECTED_SHARE_RE.search(v.left):
        return "drop"
    left = v.left.lower()  # a word every alternative of the pattern holds, tested first
    if not contains_any(left, _SETTING_WORDS):
        return None
    return "drop" if _SETTING_RE.search(v.left) else None


@rule("setting-after",
      example("At 50% sparsity, ReaPrune keeps Qwen3-4B at 48.2% pass@1 on HumanEval+.", "50%",
              "drop"),
      counter("At 50% sparsity, ReaPrune keeps Qwen3-4B at 48.2% pass@1 on HumanEval+.", "48.2%",
              "keep"),
      example("It scores 61.5% on AIME 2024, and at the 75% setting it beats SVD-LLM.", "75%",
              "drop"),
      example("Calibration suffers, and 50% unstructured sparsity has a similar effect on GSM8K.",
              "50%", "drop"),
      example("AbstainHop attains 52.7% selective accuracy on HotpotQA at 80% coverage.", "80%",
              "drop"),
      counter("UTGen-1.3B attains 74.5% line coverage on PyTestBench.", "74.5%", "keep"))
def setting_after(v: NumberView) -> str | None:
    """ "At 50% sparsity", "at 80% coverage": the setting a result is measured at, not a
    result ("74.5% line coverage" is a test suite's score)."""
    return "drop" if v.num.unit == "%" and (_SETTING_AFTER_RE.match(v.right) or (
        _AT_COVERAGE_RE.match(v.right) and _AT_END_RE.search(v.left))) else None


@rule("setup-size",
      example("It solves over 60% of the 4 by 4 and 6 by 6 puzzles in Sudoku-Bench.", "6 by 6",
              "drop"),
      example("Variants such as Mini-ARC with 5 by 5 grids make it possible to study abstraction.",
              "5", "drop"),
      example("We introduce CivicSim, 40 scenarios with 2,150 annotated decision points, scored by "
              "an ethics score from 0 to 100.", "2,150", "drop"),
      example("We introduce CivicSim, 40 scenarios scored by an ethics score from 0 to 100.",
              "100", "drop"),
      example("Probes read from layer 20 of 28 reach an AUROC of 0.87 on MATH-500.", "28", "drop"),
      example("It raises accuracy on our new ShiftBench suite of 640 hospital and retail rostering "
              "problems from 22.5% to 51.9%.", "640", "drop"),
      counter("It beats GPT-4o by 3 points on Sudoku-Bench.", "3 points", "keep"),
      counter("On CivicSim, its ethics score rises from 0 to 61.2%.", "61.2%", "keep"))
def setup_size(v: NumberView) -> str | None:
    """ "the 4 by 4 puzzles": a grid or board size (either side of "by"), the ends of a scale
    ("scored from 0 to 100") or a count of points ("2,150 annotated decision points")."""
    if v.num.unit or v.num.sign or not float(v.num.value).is_integer():
        return None
    if v.num.value == 0 and _SCALE_TO_RE.match(v.right) and _SCALE_FROM_RE.search(v.left):
        return "drop"  # "an ethics score from 0 to 100": the ends of the scale
    start = v.sentence.start
    if v.num.value in (1, 5, 7, 10, 100) and _SCALE_END_RE.search(v.text, start, v.num.start) \
            and _SCALE_FROM_RE.search(v.text, start, v.num.start - len("0 to ")):
        return "drop"  # (the other end)
    return "drop" if _BY_AFTER_RE.match(v.right) or (
        "by" in v.left and _BY_BEFORE_RE.search(v.left)) or \
        _COUNTED_POINTS_RE.match(v.right) or _PART_INDEX_RE.search(v.left[-8:]) or (
        " of" in v.left[-8:] and (_PART_OF_COUNT_RE.search(
            v.text, max(v.sentence.start, v.num.start - 40), v.num.start) or (
            _SUITE_OF_RE.search(v.left) and _COUNTED_ITEMS_RE.match(v.right)))) else None


@rule("age",
      example("On ARC-AGI, accuracy rises from 38% at age 6 to 79% at age 11.", "age 6", "drop"),
      example("Children aged 9 solve few KidsARC tasks.", "9", "drop"),
      counter("It reaches 79% at age 11 on ARC-AGI.", "79%", "keep"))
def age(v: NumberView) -> str | None:
    """ "at age 6", "between ages 7 and 8", "10-year-olds": a person's age."""
    if "age" in v.left.lower() and _AGE_BEFORE_RE.search(v.left):
        return "drop"  # (with any unit: "from 38% at age 6 to 79%" is read as a range)
    return "drop" if not v.num.unit and _AGE_AFTER_RE.match(v.right) else None


@rule("setup-measure",
      example("The extra data costs nothing at inference on MATH-500, and training time increases "
              "by only 6%.", "6%", "drop"),
      example("Selected CLadder items correct the 61% 'yes' skew of some sources.", "61%", "drop"),
      example("On XCOPA, the augmented data reduces position bias from 12.4 to 3.1 percentage "
              "points.", "12.4", "drop"),
      example("Numeric answers on IntervenQA are within 5% relative error only when the model "
              "writes the formula.", "5%", "drop"),
      example("The fit on CLadder predicts that 90% accuracy would require roughly 400B "
              "parameters.", "90%", "drop"),
      example("Probes read from the first 25% of generated tokens on GSM8K already achieve 90% "
              "of their final AUROC.", "90%", "drop"),
      example("Pruning Qwen3-4B by 30% with PhysPrune retains most of its PIQA accuracy.", "30%",
              "drop"),
      example("Correcting HellaSwag labels reorders 7 of 20 model pairs whose reported accuracies "
              "differ by less than 1 point.", "1 point", "drop"),
      counter("On CLadder, Qwen3-8B reaches 90% accuracy.", "90%", "keep"))
def setup_measure(v: NumberView) -> str | None:
    """A change of time, a bias or skew, an error tolerance, a predicted requirement, a method
    setting ("pruning M by 30%"), a class of differences or a share of a measure's own final
    value: no model's measured score."""
    low = v.left.lower()  # (each pattern's word tested first: most numbers have none)
    if ("time" in low and _TIME_CHANGE_RE.search(v.left)) or (
            "bias" in low and _BIAS_BEFORE_RE.search(v.left)) or (
            ("prun" in low or "sparsif" in low) and _PRUNED_BY_RE.search(v.left)) or (
            "whose" in low and _WHOSE_DIFFER_RE.search(v.left)):
        return "drop"
    right = v.right.lower()
    if v.num.unit == "%" and right.lstrip().startswith("of") and \
            _OF_OWN_FINAL_RE.match(v.right) and "los" not in low and "retain" not in low:
        return "drop"  # (not "loses 61% of its full accuracy": a relative drop, lost-share)
    if v.num.unit == "%" and (("skew" in right or "imbalance" in right) and
                              _SKEW_AFTER_RE.match(v.right) or (
            v.left.endswith("within ") and _WITHIN_ERROR_RE.match(v.right))):
        return "drop"
    return "drop" if ("would" in right or "will" in right or "could" in right) and \
        _WOULD_NEED_RE.match(v.right) else None


# "a cost penalty of 0.5 points per 1,000 tokens": how a metric is defined.
_PENALTY_RE = caseless(r"\bpenalt(?:y|ies)\s+of\s+(?:up\s+to\s+)?$")
# "shifts AIME accuracy by up to 3.3 points", "inflates AIME scores by up to 5 points": how
# much an evaluation choice moves a score, not a model's result.
_PROTOCOL_SHIFT_RE = caseless(
    r"\b(?:shifts?|shifted|swings?|swung|inflates?|inflated|deflates?|deflated|perturbs?)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:accurac(?:y|ies)|scores?|results?|pass@\d+)\s+by\s+"
    r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|roughly\s+|nearly\s+)?$")
_PROTOCOL_WORDS = ("shift", "swing", "swung", "flate", "perturb")
# "the retention gap between the two grows from 1.2 to 9.7 points": a difference of retentions.
_RETENTION_GAP_RE = caseless(r"\bretention\s+(?:gap|difference)s?\b[^;.]{0,60}$")
# "is unchanged within 0.5%": a tolerance, no result.
_UNCHANGED_WITHIN_RE = caseless(r"\b(?:unchanged|stable|constant|identical|indistinguishable"
                                r"|balanced)"
                                r"\s+(?:to\s+)?within\s+$")
# "thresholds between 0.2 and 0.6 nats": a quantity in nats or bits.
_NATS_AFTER_RE = caseless(r"\s*nats?\b")
# "samples needed to resolve a 2-point difference", "a single additional correct answer moves
# accuracy by 3.3 points": what an evaluation can resolve, no result.
_RESOLVE_RE = caseless(r"\b(?:resolve|detect|distinguish|separate)\s+(?:an?|differences?\s+of)"
                       r"\s+(?:about\s+|as\s+small\s+as\s+)?$"
                       r"|\b(?:a\s+single|one)\s+(?:additional\s+|more\s+|extra\s+)?(?:correct\s+)?"
                       r"(?:answer|problem|question|item)\b[^;.]{0,40}\bby\s+$")
_RESOLVE_WORDS = ("resolve", "detect", "distinguish", "separate", "single", "one ")
# "with 28 systems exceeding 85% relaxed accuracy": the threshold of a count.
_COUNTED_ABOVE_RE = caseless(r"\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:systems|models|entries"
                             r"|submissions|methods|papers)\s+(?:exceeding|surpassing|scoring"
                             r"\s+(?:above|over)|above|over)\s+$")


@rule("evaluation-setting",
      example("The metric adds a cost penalty of 0.5 points per 1,000 tokens on TimeQA.", "0.5",
              "drop"),
      example("Changing the tie-breaking order shifts AIME accuracy by up to 3.3 points.", "3.3",
              "drop"),
      example("Greedy decoding inflates AIME scores by up to 5 points relative to averaging.",
              "5 points", "drop"),
      example("On AIME 2025, entropy bands of 0.2 to 0.6 nats perform similarly.", "0.2",
              "drop"),
      example("Value-extraction error on ChartQA is unchanged within 0.5%.", "0.5%", "drop"),
      example("On MuSiQue, the retention gap between the two grows from 1.2 to 9.7 points.",
              "1.2", "drop"),
      example("Scores on ChartQA are saturated, with 28 systems exceeding 85% relaxed accuracy.",
              "85%", "drop"),
      example("At least 48 samples per problem are needed to resolve a 2-point difference on "
              "AIME.", "2-point", "drop"),
      example("With 30 problems, a single additional correct answer moves AIME accuracy by 3.3 "
              "points.", "3.3 points", "drop"),
      counter("It improves AIME accuracy by up to 3.3 points.", "3.3", "keep"))
def evaluation_setting(v: NumberView) -> str | None:
    """A metric's penalty, a tolerance ("unchanged within 0.5%"), how much an evaluation choice
    shifts a score or can resolve, a quantity in nats, the threshold a count of systems exceeds:
    no result."""
    tail = v.left[-90:]
    low = tail.lower()
    if ("penalt" in low and _PENALTY_RE.search(tail)) or (
            contains_any(low, _RESOLVE_WORDS) and _RESOLVE_RE.search(tail)) or (
            low.endswith("within ") and _UNCHANGED_WITHIN_RE.search(tail)) or (
            "retention" in low and _RETENTION_GAP_RE.search(tail)) or (
            contains_any(low, _PROTOCOL_WORDS) and _PROTOCOL_SHIFT_RE.search(tail)):
        return "drop"
    if v.num.unit == "%" and _COUNTED_ABOVE_RE.search(
            v.text, max(v.sentence.start, v.num.start - 60), v.num.start):
        return "drop"
    return "drop" if not v.num.unit and _NATS_AFTER_RE.match(v.right) else None


# "seed-to-seed variation, up to 3.2 points", "the spread of their accuracies shrinks from 7.5",
# "reported gains range from 0.5 to 18 points", "accuracies span more than 30 points": how much
# numbers vary, not one result.
_VARIATION_RE = caseless(
    r"\b(?:seed-to-seed|run-to-run|across-seed)\s+(?:variation|variance|spread|differences?)\b"
    r"[^;.]{0,50}$|\bspread\s+of\b[^;.]{0,60}$|\b(?:reported|published)\s+(?:gains|improvements"
    r"|accuracies|scores|results)\b[^;.]{0,60}?\b(?:range|vary|span)s?\b[^;.]{0,20}$|\b(?:accuracies|scores"
    r"|results)\b[^;.]{0,60}?\bspan\s+(?:more\s+than\s+|over\s+|up\s+to\s+|about\s+)?$"
    # "with absolute differences of up to 19 points" between two sets of reported figures
    r"|\babsolute\s+differences\s+of\s+(?:up\s+to\s+|about\s+|over\s+)?$"
    # "Results vary with the random seed by up to 0.04 F1"
    r"|\b(?:var(?:y|ies|ied)|fluctuat\w*)\s+(?:with|across|between)\s+(?:the\s+)?(?:random\s+)?"
    r"(?:seeds?|runs?)\s+by\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+)?$")
_VARIATION_WORDS = ("variation", "variance", "spread", "differen", "reported", "published", "span",
                    "vary", "varies", "varied", "fluctuat")
# "Across all 22 models, the average drop ... ranges from 9 to 31 points": how far models spread
# (a change's spread: "accuracy ranges from 38% to 79%" across models is a range of scores)
_MODELS_RANGE_RE = caseless(r"\b(?:across|among)\s+(?:all\s+|the\s+)?(?:\d+\s+)?"
                            r"(?:models|systems)\b[^;.]{0,60}\b(?:drops?|declines?|gains?|improvements?|differences)\b"
                            r"[^;.]{0,60}\brange[sd]?\s+from\s+$")
# "Scaffold choice changes resolve rates by up to 4 points": an evaluation choice's effect.
_CHOICE_SHIFT_RE = caseless(
    r"\b(?:scaffold|prompt|template|seed|harness|parser|decoding|evaluation|protocol|setup"
    r"|configuration|format|order|sampling|temperature)s?\s+(?:choices?\s+|changes?\s+)?"
    r"(?:changes?|changed|shifts?|moves?|alters?|affects?)\s+(?:[\w@.-]+\s+){0,3}?by\s+"
    r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|more\s+than\s+)?$")
# "a false-positive rate of 0.4%": a checker's error rate.
_ERROR_RATE_RE = caseless(r"\bfalse[\s-](?:positive|negative)\s+rates?\s+(?:of|is|was|to|at"
                          r"|below|(?:falls?|drops?|rises?)\s+to)\s+(?:only\s+|about\s+)?$")
# "abstains correctly on 71% of unanswerable questions": a behaviour's rate.
_ABSTAIN_RE = caseless(r"\b(?:abstain|refus)\w*\s+(?:correctly\s+|only\s+)?(?:on|in|for)\s+"
                       r"(?:only\s+|just\s+|about\s+)?$")
# "abandon correct partial hypotheses in 27% of trajectories": how often a failure happens
_FAILURE_IN_RE = caseless(r"\b(?:abandon|loop|stall|give\s+up|gives\s+up|hallucinat|overthink"
                          r"|second-guess)\w*\b[^;,.]{0,50}\b(?:in|on|for)\s+(?:only\s+|about\s+"
                          r"|roughly\s+|nearly\s+)?$")
# "the first 40% of each problem": a portion; "within 2 points of each other": a class.
_PORTION_RE = caseless(r"\b(?:first|last|initial|final)\s+$")
# "validity emerges after roughly 15% of the fine-tuning steps": how far training had gone
_PROGRESS_RE = caseless(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:steps|training|updates|iterations"
                        r"|epochs)\b")
_AFTER_SHARE_RE = caseless(r"\b(?:after|within|before)\s+(?:roughly\s+|about\s+|only\s+"
                           r"|just\s+)?$")
_EACH_OTHER_RE = re.compile(r"\s*(?:points?\s+)?of\s+(?:each\s+other|one\s+another)\b")


@rule("variation-or-behaviour",
      example("Seed-to-seed variation, up to 3.2 points on AIME 2024, exceeds most gains.", "3.2",
              "drop"),
      example("At equal compute, the spread of their AIME 2024 accuracies shrinks from 7.5 to 2.1 "
              "points.", "7.5", "drop"),
      example("Reported gains on AIME 2024 range from 0.5 to 18 points.", "0.5", "drop"),
      example("Across all 22 models, the average drop on PerturbAIME ranges from 9 to 31 points.",
              "9", "drop"),
      example("Reported FOLIO accuracies for 7B models span more than 30 points.", "30 points",
              "drop"),
      example("Scaffold choice changes SWE-bench resolve rates by up to 4 points.", "4 points",
              "drop"),
      example("The MATH-500 verifier has a false-positive rate of 0.4%.", "0.4%", "drop"),
      example("On DocVQA, GPT-4o abstains correctly on 71% of unanswerable questions.", "71%",
              "drop"),
      example("On SRBench, small models abandon correct partial hypotheses in 27% of "
              "trajectories.", "27%", "drop"),
      example("Prompted with the first 40% of each MATH-500 problem, it completes 38.2% of them.",
              "40%", "drop"),
      example("On StructuredRAG, validity emerges after roughly 15% of the fine-tuning steps.",
              "15%", "drop"),
      example("Models that score within 2 points of each other on InfographicVQA differ a lot.",
              "2 points", "drop"),
      counter("It improves SWE-bench resolve rates by up to 4 points.", "4 points", "keep"),
      example("On DAIC-WOZ, results vary with the random seed by up to 0.04 F1.", "0.04", "drop"))
def variation_or_behaviour(v: NumberView) -> str | None:
    """How much numbers vary (seeds, reports, setups), an evaluation choice's effect, a
    checker's error rate, a behaviour's rate, a portion of each item, a class of differences."""
    tail = v.left[-90:]
    low = tail.lower()
    if (contains_any(low, _VARIATION_WORDS) and _VARIATION_RE.search(tail)) or (
            " by " in low[-30:] and _CHOICE_SHIFT_RE.search(tail)) or (
            "false" in low and _ERROR_RATE_RE.search(tail)) or (
            ("abstain" in low or "refus" in low) and _ABSTAIN_RE.search(tail)) or (
            v.num.unit == "%" and _FAILURE_IN_RE.search(tail)):
        return "drop"
    if "range" in low[-30:] and _MODELS_RANGE_RE.search(v.text, v.sentence.start, v.num.start):
        return "drop"
    if v.num.unit == "%" and v.right.startswith(" of ") and (_PORTION_RE.search(tail) or (
            _AFTER_SHARE_RE.search(tail) and _PROGRESS_RE.match(v.right))):
        return "drop"
    return "drop" if " each other" in v.right[:20] and _EACH_OTHER_RE.match(v.right) else None


SETUP = (setup_size, age, setup_measure, evaluation_setting, variation_or_behaviour)
