"""What a value is: a point or a bound, on one named benchmark or an aggregate over several."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.names import pseudo_benchmarks
from analysis.claims.role_rules import FinishView
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.scan import fold
from analysis.claims.sentence import Claim

# ----------------------------------------------------------------------------- qualifier


@rule("lower-bound",
      example("Our method proves effective on Mistral 7B, achieving over 50% accuracy on GSM8K.",
              "50%", "lower-bound"),
      example("Orca surpasses Vicuna-13B by more than 100% on Big-Bench Hard.",
              "100%", "lower-bound"),
      example("It reaches at least 61.2% on MATH-500 in every run.", "61.2%", "lower-bound"))
def _lower(v: FinishView) -> str | None:
    """ "over 50%", "more than", "at least", "above", ">": the value is a floor."""
    return "lower-bound" if v.claim.num.bound == "lower" else None


@rule("upper-bound",
      example("Changing the RL mix produces less than 2 point differences on GSM8K.",
              "2 point", "upper-bound"),
      example("RL on the base models improves it from under 12 to 29 on GSM8K.",
              "12", "upper-bound"))
def _upper(v: FinishView) -> str | None:
    """ "under 12", "less than", "at most", "below", "<": the value is a ceiling."""
    return "upper-bound" if v.claim.num.bound == "upper" else None


# "no model under 10B parameters exceeds 45%", "none of the open models reaches 40%": a ceiling
# over every model (stated with a verb, not a bound word before the number)
_NONE_EXCEEDS_RE = caseless(r"\b(?:no|none\s+of\s+the)\s+(?:[\w.-]+\s+){0,2}?(?:models?|LLMs?"
                            r"|systems?|baselines?|methods?|agents?|approach(?:es)?|variants?"
                            r"|competitors?|entr(?:y|ies)|submissions?)\s+(?:[\w.-]+\s+){0,4}?"
                            r"(?:exceeds?|surpass"
                            r"(?:es)?|reach(?:es)?|tops?|pass(?:es)?|breaks?|crosses|goes\s+(?:above"
                            r"|beyond)|scores?\s+(?:above|over|more\s+than))\s+$")


@rule("none-exceeds",
      example("No model under 10B parameters exceeds 45% on GPQA-Diamond.", "45%",
              "upper-bound"),
      counter("No retrieval is used, and Qwen2.5-7B reaches 45% on GPQA-Diamond.", "45%", ""))
def _none_exceeds(v: FinishView) -> str | None:
    """ "no model exceeds 45%": a ceiling over all the models, though no bound word precedes."""
    start = max(v.sentence.start, v.claim.num.start - 120)
    return "upper-bound" if _NONE_EXCEEDS_RE.search(v.text, start, v.claim.num.start) else None


@rule("approximate",
      example("CAC-CoT achieves approximately 85% on GSM8K.", "85%", "approximate"),
      example("Our model reaches nearly 80% on GSM8K.", "80%", "approximate"))
def _approximate(v: FinishView) -> str | None:
    """ "nearly", "about", "~", "approximately", "roughly": a rounded value."""
    return "approximate" if v.claim.num.bound == "approx" else None


@rule("up-to",
      example("PoG surpasses ToG by up to 23.9% on GSM8K.", "23.9%", "up-to"))
def _up_to(v: FinishView) -> str | None:
    """ "up to 17%": the best of several settings, not a typical value."""
    return "up-to" if v.claim.num.bound == "up-to" else None


@rule("point",
      example("Ferret-UI Lite achieves 28.0% on AndroidWorld.", "28.0%", ""))
def _point(v: FinishView) -> str | None:
    """No bound word before the number: a point value."""
    return ""


QUALIFIER = table("qualifier", "qualifier", "Whether the value is a point or a bound of a kind.",
                  _none_exceeds, _lower, _upper, _approximate, _up_to, _point)


# ----------------------------------------------------------------------------- scope

# Benchmark rules whose choice is a result over several benchmarks or a whole domain.
AGGREGATE_RULES = frozenset({"average", "average-list", "lead-list", "benchmark-list",
                             "across-benchmarks", "domain", "after-domain"})


@rule("aggregate-rule",
      example("The R1-RE-7B model attains an average OOD accuracy of approximately 70%.",
              "70%", "aggregate"),
      counter("Our model achieves 41.3% on AIME 2024.", "41.3%", "named"))
def _aggregate_rule(v: FinishView) -> str | None:
    """The benchmark rule read an average, a list or a domain: an aggregate result."""
    return "aggregate" if v.claim.bench_rule in AGGREGATE_RULES else None


@rule("pseudo-benchmark",
      example("Saturn-1.5B and Saturn-7B achieve average pass@3 improvements of +14.0 and +28.1.",
              "+28.1", "aggregate"),
      counter("Our model achieves 41.3% on AIME 2024.", "41.3%", "named"))
def _pseudo(v: FinishView) -> str | None:
    """A pseudo benchmark (AVERAGE, MATH-DOMAIN, ...) taken from a neighbour: an aggregate."""
    return "aggregate" if v.claim.bench in pseudo_benchmarks(v.benchmarks) else None


@rule("named",
      example("Our model achieves 41.3% on AIME 2024.", "41.3%", "named"))
def _named(v: FinishView) -> str | None:
    """Any other claim is on one named benchmark."""
    return "named"


SCOPE = table("scope", "scope", "One named benchmark, or an aggregate over several.",
              _aggregate_rule, _pseudo, _named)


# ----------------------------------------------------------------------------- n_benchmarks

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                 "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                 "eighteen": 18, "nineteen": 19, "twenty": 20}
_COUNT_RE = caseless(
    r"(?<![\w.-])(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:[\w-]+\s+){0,4}?"
    r"(?:benchmarks|datasets|tasks|test\s+sets|evaluation\s+sets)\b")
_AFTER_REACH = 40  # characters after the number a count may follow it ("+4.1% on eight tasks")


def _count(match: re.Match) -> int:
    # fold, not lower: IGNORECASE lets "ſix" match "six" (and ı, İ, the Kelvin sign likewise)
    word = fold(match.group("n"))
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


@rule("stated-count",
      example("Across seven mathematical benchmarks, LightReasoner improves accuracy by up to "
              "28.1%.", "28.1%", 7),
      example("RuleReasoner gains 4.1% average points on eight ID tasks and 10.4% average "
              "points on three OOD tasks.", "10.4%", 3))
def _stated_count(v: FinishView) -> int | None:
    """ "average over seven benchmarks", "+4.1% on eight tasks": the count written nearest."""
    if v.claim.scope != "aggregate":
        return None
    num, sentence, text = v.claim.num, v.sentence, v.text
    after = _COUNT_RE.search(text, num.end, min(sentence.end, num.end + _AFTER_REACH))
    if after is not None and not re.search(r"\d", text[num.end:after.start()]):
        return _count(after)
    before = list(_COUNT_RE.finditer(text, sentence.start, num.start))
    return _count(before[-1]) if before else None


@rule("listed-count",
      example("On multiple reasoning datasets (GSM8K, StrategyQA, and SVAMP), our strategies "
              "boost performance by over 70%.", "70%", 3))
def _listed_count(v: FinishView) -> int | None:
    """ "On datasets (GSM8K, StrategyQA, SVAMP), ... 70%": the benchmarks of the list."""
    claim = v.claim
    if claim.scope != "aggregate" or claim.bench_rule not in ("lead-list", "benchmark-list"):
        return None
    lo = v.text.find(claim.bench_raw, v.sentence.start, v.sentence.end)
    if lo < 0:
        return None
    hi = lo + len(claim.bench_raw)
    names = {b.name for b in v.sentence.benches if lo <= b.start and b.end <= hi}
    return len(names) if len(names) > 1 else None


N_BENCHMARKS = table("n-benchmarks", "n_benchmarks",
                     "How many benchmarks an aggregate is over, when the abstract says.",
                     _stated_count, _listed_count)


def settle_scope(view: FinishView) -> None:
    """The claim's value qualifier, scope and (for an aggregate) its number of benchmarks."""
    claim: Claim = view.claim
    claim.fired[QUALIFIER.name], claim.qualifier = apply_first(QUALIFIER, view)
    claim.fired[SCOPE.name], claim.scope = apply_first(SCOPE, view)
    fired = apply_first(N_BENCHMARKS, view)
    if fired is not None:
        claim.fired[N_BENCHMARKS.name], claim.n_benchmarks = fired
