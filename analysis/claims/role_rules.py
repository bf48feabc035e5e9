"""Role, metric and uncertainty rules: what a claim says about its model, and how sure it is."""

from __future__ import annotations

import re

from analysis.claims.attach_base import COMPARED_WORDS, NEW_CLAUSE_RE
from analysis.claims.caseless import caseless
from analysis.claims.model_rules import ClaimView
from analysis.claims.names import pseudo_benchmarks
from analysis.claims.own_names import PaperContext
from analysis.claims.rival_rules import base_in_brackets
from analysis.claims.rules import apply_each, apply_first, counter, example, rule, table
from analysis.claims.scan import holds_any
from analysis.claims.sentence import Claim, Sentence
from analysis.claims.spans import name_key
from analysis.curated.benchmarks import BenchmarkIndex
from analysis.vocab import LOWER_IS_BETTER_METRICS

_BASELINE_GAP_RE = caseless(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|whereas|while"
                            r"|against)\b")
_METRICS = (
    (r"\bpass@(\d+)", "pass@{}"),
    (r"\bmaj@(\d+)", "maj@{}"),
    (r"\bwin[\s-]rates?\b", "win-rate"),
    (r"\bsuccess\s+rates?\b", "success-rate"),
    (r"\b(?:(?:word|character)\s+)?error\s+rates?\b|\b(?:mean\s+(?:absolute|squared)|squared"
     r"|absolute|calibration|L2|displacement)\s+errors?\b|(?-i:\b(?:WER|CER|R?MSE|MAE|ECE|KLD"
     r"|R?CRPS)\b)|\bbrier\s+scores?\b|\boptimality\s+gaps?\b|\bperplexit(?:y|ies)\b(?!-)",
     "error"),  # lower is better (vocab.LOWER_IS_BETTER_METRICS)
    (r"\b(?:test-)?accuracy|\bacc\b\.?|\bexecution\s+accuracy", "accuracy"),
    (r"\bf1(?:-score)?\b", "f1"),
    (r"(?-i:\bexact\s+match\b|\bEM\b)", "em"),
    (r"\bbleu\S*", "bleu"),
    (r"\bauc\b", "auc"),
    (r"\b(?:rating|elo)\b", "rating"),
    (r"\bscor(?:e|es|ed|ing)\b", "score"),
)
# The metric patterns in one scan, in their order (no metric's match starts where another's
# does, and one inside another's, "score" in "f1-score", ends with it: never nearer).
_METRIC_SCAN_RE = caseless("|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_METRICS)))
_METRIC_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p, _ in _METRICS)
_ERROR_GROUP = f"m{[label for _, label in _METRICS].index('error')}"


# A word each metric pattern's match holds, folded ("EM" is matched in its case): where none
# is, the scan cannot match.
_METRIC_WORDS = ("pass@", "maj@", "win", "success", "acc", "f1", "exact", "bleu", "auc",
                 "rating", "elo", "scor", "error", "wer", "cer", "mse", "mae", "ece", "kld",
                 "crps", "brier", "gap", "perplexit")


def _may_name_metric(text: str) -> bool:
    return "EM" in text or holds_any(text, _METRIC_WORDS)


def _metric_label(m: re.Match) -> str:
    """The label of the metric a _METRIC_SCAN_RE match found ("pass@1")."""
    i = int(m.lastgroup[1:])
    return _METRICS[i][1].format(*_METRIC_PATTERNS[i].match(m.group(m.lastgroup)).groups())
# "a 14.3% improvement over the base model (28.8%)", "improving from previous models' 6.5%".
_BASELINE_CONTEXT_RE = caseless(
    r"(?:\bover|\bthan|\bcompared\s+(?:to|with)|\bsurpassing|\boutperforming|\bvs\.?|\bversus"
    r"|\bfrom)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:previous|prior|existing|baseline|base"
    r"|original|vanilla|standard|untrained|initial)\b[^,;()]{0,40}?(?:'s|’s|')?\s*\(?\s*$",)


def baseline_by_context(text: str, sentence: Sentence, claim: Claim) -> bool:
    """The number is stated for the thing compared against, not for the subject."""
    lo = max(sentence.start, claim.num.start - 70)
    return bool(_BASELINE_CONTEXT_RE.search(text, lo, claim.num.start))


class FinishView(ClaimView):
    """A claim with its benchmark and model settled: what role, metric and reason rules read."""

    __slots__ = ("benchmarks",)

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 paper: PaperContext, benchmarks: BenchmarkIndex):
        super().__init__(text, sentence, claim, claims, paper)
        self.benchmarks = benchmarks


# ----------------------------------------------------------------------------- role

@rule("parent-role",
      example("Qwen2.5-32B-Instruct achieves 56.7% (+40.0%) on AIME 2024.",
              "+40.0%", "proposed"))
def _parent_role(v: FinishView) -> str | None:
    """A bracketed change has its number's role."""
    parent = v.claim.parent
    return parent.role if parent is not None and parent.role else None


@rule("from-number",
      example("Our approach increases accuracy on GSM8K from 85% to 90%.",
              "85%", "baseline"))
def _from_number(v: FinishView) -> str | None:
    """ "from 58.8% to 90.0%": the starting point is the baseline."""
    return "baseline" if v.claim.num.pair_role == "from" else None


@rule("comparator",
      example("On ScienceQA, we reach 93.87%, surpassing GPT-3.5 (75.17%) by 18%.",
              "75.17%", "baseline"))
def _comparator(v: FinishView) -> str | None:
    """The number's model is one compared against ("than GPT-4o (52.5%)", "surpassing
    bge-small-en-v1.5 (0.263)")."""
    if v.claim.model_rule == "rival-named":
        return "baseline"
    mention = next((m for m in v.sentence.models if m.start == v.claim.model_at), None)
    return "baseline" if mention is not None and "comparator" in mention.flags else None


@rule("baseline-context",
      example("Sparrow-1.5B reaches 43.1% on AIME 2024, a 14.3% improvement over the base model "
              "(28.8%).",
              "28.8%", "baseline"))
def _baseline_context(v: FinishView) -> str | None:
    """ "over the base model (28.8%)": a score stated for what is compared against."""
    if v.claim.kind == "absolute" and baseline_by_context(v.text, v.sentence, v.claim):
        return "baseline"
    return None


@rule("baseline-model-rule",
      example("Our model gains 5.3 points on GSM8K, whereas the baseline loses 2.1.", "2.1",
              "baseline"),
      example("On HumanEval it reaches 61.0, nearly double the 31.5 of Qwen2.5-Coder-1.5B.",
              "31.5", "baseline"))
def _baseline_model_rule(v: FinishView) -> str | None:
    """ "whereas the baseline loses 2.1", "double the 31.5 of M": the model rules that read a
    baseline's number (baseline-clause, rival-of) chose its model, so the role is baseline."""
    return "baseline" if v.claim.model_rule in ("baseline-clause", "rival-of") else None


@rule("base-in-brackets",
      example("On MedQA our model scores 71.5 (66.0 for the base model).", "66.0", "baseline"),
      example("It scores 71.5 on MedQA (base model: 66.0).", "66.0", "baseline"),
      example("It scores 71.5 on MedQA (vs. 66.0 for the untrained policy).", "66.0", "baseline"),
      example("On MedQA it scores 71.5 with 8 samples, up from 66.0 for the base model.", "66.0",
              "baseline"),
      counter("It scores 71.5 on MedQA (66.0 with retrieval).", "66.0", "proposed"))
def _base_in_brackets(v: FinishView) -> str | None:
    """ "71.5 (66.0 for the base model)", "(base: 66.0)": the base model's score."""
    num = v.claim.num
    return "baseline" if v.claim.kind == "absolute" and base_in_brackets(v.text, num.start,
                                                                         num.end) else None


def _continued_from(v: FinishView) -> Claim | None:
    index = v.claims.index(v.claim)
    return v.claims[index - 1] if index > 0 and v.claim.continuation else None


@rule("continuation-compared",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "baseline"),
      example("On SMCP-MT, Mariner-MT reaches 41.3 BLEU, compared with 36.8 for "
              "NLLB-200-distilled-600M.", "36.8", "baseline"),
      example("Here the success rate of ChemAgent-S on ChemFlow-120 is 36.7%, compared with "
              "21.7% for the plain prompting baseline.", "21.7%", "baseline"))
def _continuation_compared(v: FinishView) -> str | None:
    """ "15.5, compared to just 0.6 for M": the continuation after "compared to" is a baseline
    (or the number right after "compared with" whose model is named after it)."""
    prev = _continued_from(v)
    if prev is not None and _BASELINE_GAP_RE.search(v.text[prev.num.end:v.claim.num.start]):
        return "baseline"
    named_after = v.claim.model_rule == "for-model" or _FOR_BASELINE_RE.match(v.text,
                                                                             v.claim.num.end)
    lo = max(v.sentence.start, v.claim.num.start - 30)
    if v.claim.kind == "absolute" and named_after and \
            _COMPARED_BEFORE_RE.search(v.text, lo, v.claim.num.start):
        return "baseline"
    return None


_FOR_BASELINE_RE = re.compile(r"\s*%?\s*for\s+(?:the|a|an)\s+[^,;]{0,30}?\bbaseline\b")
_COMPARED_BEFORE_RE = re.compile(rf"\b(?:{COMPARED_WORDS})\s+(?:only\s+|just\s+)?$")


@rule("continuation-of-baseline",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.3", "baseline"))
def _continuation_of_baseline(v: FinishView) -> str | None:
    """ "compared to 0.6 for M and 0.3 for N": a baseline's continuation is a baseline too."""
    prev = _continued_from(v)
    return "baseline" if prev is not None and prev.role == "baseline" else None


@rule("own-name",
      example("FooNet-7B reaches 55.2% on GSM8K.",
              "55.2%", "proposed", title="FooNet: Small Reasoners"))
def _own_name(v: FinishView) -> str | None:
    """The model is the paper's own (or shares its name's stem): proposed."""
    own_keys = {name_key(n) for n in v.paper.own}
    key = name_key(v.claim.model)
    if key and any(key.startswith(k) or k.startswith(key) for k in own_keys if k):
        return "proposed"
    return None


# "Our best model, TransitCoder-1.3B, reaches ...": the paper's own model, a dataset paper's too
_OUR_MODEL_RE = re.compile(r"\s*(?:Our|We\s+find\s+that\s+our)\s+(?:best\s+|final\s+"
                           r"|fine-tuned\s+|trained\s+)?(?:model|system|method)\b")


@rule("our-model-sentence",
      example("We construct RailSQL, a text-to-SQL dataset. Our best model, RailCoder-1.3B, "
              "reaches 79.6% on the RailSQL test set.", "79.6%", "proposed",
              title="RailSQL: A Text-to-SQL Dataset for Rail Timetables"),
      counter("We construct RailSQL, a text-to-SQL dataset. Our best model, RailCoder-1.3B, "
              "reaches 79.6% on RailSQL, whereas GPT-4o scores 85.1%.", "85.1%", "reference",
              title="RailSQL: A Text-to-SQL Dataset for Rail Timetables"))
def _our_model_sentence(v: FinishView) -> str | None:
    """A sentence that opens with "Our (best) model" states the paper's own result (that model's
    only: not "..., whereas GPT-4o scores 85.1%")."""
    first = v.sentence.models[0].start if v.sentence.models else -1
    return "proposed" if v.claim.model_rule == "subject" and v.claim.model_at == first and \
        _OUR_MODEL_RE.match(v.text, v.sentence.start) else None


@rule("benchmark-paper",
      example("We introduce MathArena, a new benchmark of math competitions. On IMO 2025, "
              "GPT-4o achieves 40%.", "40%", "reference",
              title="MathArena: Evaluating LLMs on Uncontaminated Math Competitions"))
def _benchmark_paper(v: FinishView) -> str | None:
    """A benchmark paper's models are references, not proposals."""
    return "reference" if v.paper.benchmark_paper else None


@rule("proposed",
      example("Qwen2.5-7B reaches 55.2% on GSM8K.",
              "55.2%", "proposed"))
def _proposed(v: FinishView) -> str | None:
    """Any other claim is the paper's result."""
    return "proposed"


ROLE = table(
    "role", "role", "Whose result the number is: proposed, baseline or reference.",
    _parent_role, _from_number, _comparator, _baseline_context, _baseline_model_rule,
    _base_in_brackets, _continuation_compared,
    _continuation_of_baseline, _own_name, _our_model_sentence, _benchmark_paper, _proposed)


@rule("unnamed-baseline",
      example("Sparrow-1.5B reaches 43.1% on AIME 2024, a 14.3% improvement over the base model "
              "(28.8%).",
              "28.8%", ""),
      counter("Sparrow-1.5B reaches 43.1% on AIME 2024, a 14.3% improvement over the base model "
              "(28.8%).",
              "43.1%", "Sparrow-1.5B"))
def _unnamed_baseline(v: FinishView) -> str | None:
    """A baseline's score given the subject's name by default is nobody's: no model."""
    claim = v.claim
    if claim.role == "baseline" and claim.model_rule in ("subject", "inferred") and \
            baseline_by_context(v.text, v.sentence, claim):
        return ""
    return None


UNNAMED = table("model-unnamed", "model", "A baseline's model when the text names none.",
                _unnamed_baseline)


# ----------------------------------------------------------------------------- metric

@rule("metric-word",
      example("It reaches 71.0 pass@1 on AIME 2024.",
              "71.0", "pass@1"),
      example("Lumen-Omni reaches a word error rate of 3.9 on LibriSpeech test-clean.",
              "3.9", "error"),
      # an error rate named in an earlier clause is not the metric of a later one's number
      counter("Its error rate on traces is 12%, and it reaches 70.1% on GSM8K.",
              "70.1%", "accuracy"))
def _metric_word(v: FinishView) -> str | None:
    """The metric word nearest the number ("pass@1", "accuracy", "F1"), after it first."""
    num, sentence, text = v.claim.num, v.sentence, v.text
    right = text[num.end:min(sentence.end, num.end + 25)]
    left = text[max(sentence.start, num.start - 70):num.start]
    # (distance, pattern order): the nearest wins, the earlier pattern on a tie
    found = [(m.start(), int(m.lastgroup[1:]), m) for m in _METRIC_SCAN_RE.finditer(right)] \
        if _may_name_metric(right) else []
    if _may_name_metric(left):  # a word after the number wins a near tie
        found += [(len(left) - m.end() + 5, int(m.lastgroup[1:]), m)
                  for m in _METRIC_SCAN_RE.finditer(left)
                  if m.lastgroup != _ERROR_GROUP or not NEW_CLAUSE_RE.search(left, m.end())]
    return _metric_label(min(found, key=lambda f: f[:2])[2]).lower() if found else None


@rule("lower-is-better-benchmark",
      example("Whisper-Tiny-R reaches 5.2% on LibriSpeech test-clean.",
              "5.2%", "error"),
      counter("Whisper-Tiny-R reaches 71.0% on AIME 2024.",
              "71.0%", "accuracy"))
def _lower_is_better_benchmark(v: FinishView) -> str | None:
    """A bare number on a benchmark whose usual metric falls as models improve (a word error
    rate, an optimality gap): that metric, before "%" is read as accuracy."""
    known = v.benchmarks.metrics.get(v.claim.bench)
    return known if known in LOWER_IS_BETTER_METRICS else None


@rule("percent",
      example("PoG surpasses ToG by up to 23.9% on GSM8K.",
              "23.9%", "accuracy"))
def _percent(v: FinishView) -> str | None:
    """A percentage or points with no metric word: accuracy."""
    return "accuracy" if v.claim.num.unit in ("%", "pts") else None


@rule("benchmark-metric",
      example("K2 obtains 76.5 on ACEBench.",
              "76.5", "accuracy"),
      example("Seed1.5-Thinking achieves 86.7 on AIME 2024.",
              "86.7", "accuracy"),
      counter("Saturn-1.5B and Saturn-7B improve average scores by +4.9 and +1.8.",
              "+1.8", "score"))
def _benchmark_metric(v: FinishView) -> str | None:
    """The metric the benchmark table gives; not a pseudo benchmark's (an average's metric
    is whatever its members use)."""
    bench = v.claim.bench
    known = v.benchmarks.metrics.get(bench)
    return known if known and bench not in pseudo_benchmarks(v.benchmarks) else None


@rule("score",
      example("Saturn-1.5B and Saturn-7B improve the average by +4.9 and +1.8.",
              "+1.8", "score"))
def _score(v: FinishView) -> str | None:
    """Anything else: a score."""
    return "score"


METRIC = table("metric", "metric", "The metric the number is in.",
               _metric_word, _lower_is_better_benchmark, _percent, _benchmark_metric, _score)


# ----------------------------------------------------------------------------- uncertainty

@rule("points-or-relative",
      example("LINC scores 26% higher than CoT on ProofWriter.",
              "26%", "points-or-relative"),
      counter("The models gain 31.4 points on GSM8K.",
              "31.4", ""))
def _points_or_relative(v: FinishView) -> str | None:
    """A change in % may be points or relative, unless its words or arithmetic say points."""
    claim = v.claim
    if claim.kind == "delta" and claim.num.unit == "%" and claim.kind_rule not in (
            "points", "change=points", "relative-word=points", "pair-ratio"):  # (the pair's
        # difference is the change: "by 4.1% (from 38.2% to 42.3%)")
        return "points-or-relative"
    return None


@rule("bound",
      example("The R1-RE-7B model attains an accuracy of approximately 70% on GSM8K.",
              "70%", "bound:approx"))
def _bound(v: FinishView) -> str | None:
    """ "over 80%", "up to 12": a bound, not a value."""
    return f"bound:{v.claim.num.bound}" if v.claim.num.bound else None


@rule("fraction-or-percent",
      example("MobileLLM-R1-950M achieves an AIME score of 0.6.",
              "0.6", "fraction-or-percent"))
def _fraction_or_percent(v: FinishView) -> str | None:
    """A bare score between 0 and 1 may be a fraction of 1 or a percentage."""
    claim, num = v.claim, v.claim.num
    if num.unit == "" and claim.kind == "absolute" and 0 < num.value < 1 and \
            claim.bench not in ("", "Codeforces"):
        return "fraction-or-percent"
    return None


REASONS = table("uncertainty", "reason", "Why a claim is uncertain (every rule that applies).",
                _points_or_relative, _bound, _fraction_or_percent)


def finish(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
           paper: PaperContext, benchmarks: BenchmarkIndex) -> None:
    """Role, metric and the reasons the claim is uncertain."""
    view = FinishView(text, sentence, claim, claims, paper, benchmarks)
    claim.fired[ROLE.name], claim.role = apply_first(ROLE, view)
    fired = apply_first(UNNAMED, view)
    if fired is not None:
        claim.model_rule, claim.model = fired
        claim.fired[UNNAMED.name] = claim.model_rule
        claim.reasons = [r for r in claim.reasons if r != "model-inferred"]
    claim.fired[METRIC.name], claim.metric = apply_first(METRIC, view)
    reasons = list(apply_each(REASONS, view))
    if reasons:
        claim.fired[REASONS.name] = ",".join(name for name, _ in reasons)  # every one applies
        claim.reasons += [reason for _, reason in reasons]
