"""Domain rules: a domain's benchmarks by the number ("+15% on math tasks") or in its sentence."""

from __future__ import annotations

import re

from analysis.claims.attach_base import (
    DOMAIN_NAMES,
    DOMAIN_RE,
    AttachView,
    BenchPick,
    no_claim_between,
)
from analysis.claims.caseless import caseless
from analysis.claims.fallback_base import FallbackView
from analysis.claims.flag_rules import EXAMPLE_RE
from analysis.claims.rules import counter, example, rule

# (the words between are the number's own, "+14.7% accuracy on math": not a new clause's,
# "57.9% while changing accuracy on math benchmarks by less than 1 point")
_DOMAIN_AFTER_RE = caseless(r"\s*(?:\([^()]*\)\s*)?(?:(?!(?:while|whereas|but|and|yet)\s)"
                            r"[\w@.-]+\s+){0,3}?"
                            r"(?<!depending\s)(?<!based\s)(?:on|in|across|for)\s+"
                            r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?=(?:math|arithmetic|cod|program"
                            r"|scien|logic|puzzle|medic|clinic))")
# "13.0% for the math specialist": a model named by its domain, not the domain's benchmarks.
_DOMAIN_MODEL_RE = caseless(r"[\s-]+(?:[\w-]+\s+)?(?:specialists?|experts?|models?|teachers?"
                            r"|students?|baselines?|variants?|counterparts?|checkpoints?"
                            r"|policy|policies|reasoners?|solvers?|agents?|parents?"
                            # "on the code split": a part of a benchmark, not the domain's;
                            # "training on math data": data, not the domain's benchmarks
                            r"|split|subset|section|portion|data|datasets?|corpora|corpus"
                            r"|traces)\b")

# "by 3.6 points on the code benchmarks" written before: "the code benchmarks by 3.6 points".
# What may follow a domain word before the number: "code benchmarks by at most 1.1".
_DOMAIN_SET = (r"[\s-]+(?:(?:[\w-]+\s+)?(?:benchmarks?|tasks?|problems?|suites?)"
               r"|(?:accuracy|performance))")  # "improves out-of-domain math accuracy by 2.6"
_DOMAIN_TAIL_RE = re.compile(rf"{_DOMAIN_SET}\s+(?:by\s+|of\s+|at\s+|:\s*)?(?:at\s+most\s+"
                             r"|at\s+least\s+|up\s+to\s+|about\s+|nearly\s+|over\s+|only\s+"
                             r"|(?:less|more|fewer)\s+than\s+)?"
                             r"|\s*\(\s*")  # "gains on mathematics (+3.0)"


# "four domains: history, mechanics, arithmetic and repair" ... "71.2% on the arithmetic
# domain": a part of the paper's own benchmark, not the domain's benchmarks
_ONE_DOMAIN_RE = caseless(r"\s+domain\b")
_DOMAINS_LISTED_RE = caseless(r"\bdomains\s*(?::|\(|,?\s+(?:such\s+as|including|namely)\b)"
                              r"[^.;()]{0,100}")


def _listed_domain(text: str, word: str, end: int) -> bool:
    """ "the `word` domain" ending at `end`, a domain the abstract lists as its benchmark's."""
    if not _ONE_DOMAIN_RE.match(text, end):
        return False
    return any(re.search(rf"\b{re.escape(word)}\b", m.group(), re.IGNORECASE)
               for m in _DOMAINS_LISTED_RE.finditer(text))


@rule("after-domain",
      example("Our model improves by +14.7% on math tasks.",
              "+14.7%", "MATH-DOMAIN"),
      counter("Accuracy rises on SVAMP by 2.2 points and on MATH-500 by 1.4 points.",
              "2.2 points", "SVAMP"),
      counter("It improves ZebraLogic by up to 9.4 points depending on puzzle size.", "9.4 points",
              "ZebraLogic"),
      counter("We build ClockSet, questions in four domains: history, mechanics, arithmetic and "
              "repair. M scores 71.2% on the arithmetic domain.", "71.2%", "ClockSet",
              title="ClockSet: A Benchmark of Horological Reasoning"),
      counter("It scores 28.8% on AIME 2024 and 21.5% on LiveCodeBench, compared with 29.1% and "
              "13.0% for the math specialist.", "13.0%", "LiveCodeBench"),
      counter("We introduce CompressBench, a benchmark of 900 problems. Pruning costs 6.2 points "
              "on the code split.", "6.2 points", "CompressBench-code",
              title="CompressBench: What Compression Takes Away from Reasoning Models"),
      counter("It achieves 86.8% on the logical deduction tasks of BIG-Bench Hard.", "86.8%",
              "BBH-logical-deduction"),
      counter("The recipe improves AIME 2024 accuracy by 18% relative to training on math data "
              "alone.", "18%", "AIME-2024"),
      counter("It raises ALFWorld success from 22.4% to 57.9% while changing accuracy on math "
              "benchmarks by less than 1 point.", "57.9%", "ALFWorld"))
def after_domain(v: AttachView) -> BenchPick | None:
    """A domain after the number ("+15% on math tasks"): the domain's pseudo benchmark."""
    num = v.claim.num
    domain = _DOMAIN_AFTER_RE.match(v.text, num.end, v.sentence.end)
    if domain and no_claim_between(v.claims, num.end, domain.end(), v.claim):
        word = DOMAIN_RE.match(v.text, domain.end())
        mentions = (*v.sentence.models, *v.sentence.benches)  # "Math-Shepherd", "MATH-500"
        if word and not any(m.start <= word.start() < m.end for m in mentions) and \
                not _DOMAIN_MODEL_RE.match(v.text, word.end()) and \
                not _of_benchmark(v, word.end()) and \
                not _listed_domain(v.text, word.group(), word.end()):
            return BenchPick(DOMAIN_NAMES[int(word.lastgroup[1:])], word.group(), word.start())
    return None


# "on the logical deduction tasks of BIG-Bench Hard": a part of a named benchmark, no domain's.
_PART_OF_RE = caseless(r"[\s-]+(?:[\w-]+\s+)?(?:tasks?|problems?|questions?|subsets?|splits?"
                       r"|items?)\s+(?:of|in|from)\s+(?:the\s+)?")


def _of_benchmark(v: AttachView, at: int) -> bool:
    part = _PART_OF_RE.match(v.text, at, v.sentence.end)
    return part is not None and any(b.start == part.end() for b in v.sentence.benches)


@rule("before-domain",
      example("Quill improves AIME 2025 by 6.1 points and the coding benchmarks by 2.4 points.",
              "2.4 points", "CODE-DOMAIN"),
      example("It changes code benchmarks by at most 1.1 points.", "1.1 points", "CODE-DOMAIN"),
      example("It raises ALFWorld success from 22.4% to 57.9% while changing accuracy on math "
              "reasoning benchmarks by less than 1 point.", "1 point", "MATH-DOMAIN"),
      example("It gains most on logic and least on mathematics (+3.0 points).", "+3.0 points",
              "MATH-DOMAIN"),
      example("It transfers to FOLIO, and improves out-of-domain math accuracy by 2.6 points.",
              "2.6 points", "MATH-DOMAIN"),
      counter("It improves MATH accuracy by 2.6 points.", "2.6 points", "MATH"))
def before_domain(v: AttachView) -> BenchPick | None:
    """ "the code benchmarks by 3.6 points": a domain's benchmarks right before the number."""
    num = v.claim.num
    mentions = (*v.sentence.models, *v.sentence.benches)  # "MATH accuracy": the benchmark's
    for word in DOMAIN_RE.finditer(v.text, max(v.sentence.start, num.start - 60), num.start):
        if _DOMAIN_TAIL_RE.fullmatch(v.text, word.end(), num.start) and \
                no_claim_between(v.claims, word.start(), num.start, v.claim) and \
                not any(m.start <= word.start() < m.end for m in mentions):
            return BenchPick(DOMAIN_NAMES[int(word.lastgroup[1:])], word.group(), word.start())
    return None


def blank_mentions(v: FallbackView) -> str:
    """The sentence with its model and benchmark mentions blanked, offsets kept."""
    chars = list(v.sentence_text)
    for m in (*v.sentence.models, *v.sentence.benches):
        for i in range(max(m.start, v.sentence.start), min(m.end, v.sentence.end)):
            chars[i - v.sentence.start] = " "
    return "".join(chars)


# A domain word names where scores were measured ("math benchmarks", "on coding", "across
# mathematical reasoning"), not any use of the word ("an arithmetic error").
_DOMAIN_USE_RE = caseless(r"(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:benchmarks?|tasks?|problems?"
                          r"|questions?|datasets?|reasoning|domains?|suites?|evaluations?"
                          r"|competitions?|exams?|tests?|models?|vlms?|llms?|agents?)\b")
# "On the Financial Mathematics subset the gain is 8.3 points": a part of a benchmark named
# elsewhere, not a domain-level result
_PART_AFTER_RE = caseless(r"(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:subsets?|splits?|portions?|sections?)\b"
                          r"(?!\s+(?:by|into|across|over)\b)")  # (not "tasks split by difficulty")
_DOMAIN_PREP_RE = caseless(r"\b(?:on|in|across|for|over)\s+(?:the\s+|all\s+|both\s+)?"
                           r"(?:[\w-]+\s+){0,2}$")


@rule("domain",
      example("Across seven mathematical benchmarks, LightReasoner improves accuracy by up to "
              "28.1%.", "28.1%", "MATH-DOMAIN",
              title="LightReasoner: Can Small Language Models Teach Large Language Models?"),
      counter("Fine-tuning with Quill lifts MATH-500 accuracy from 61.2% to 70.4%, a gain of 9.2 "
              "points.", "9.2 points", "MATH-500"),
      counter("An inserted arithmetic slip leaves 31% of the 7B models' results unchanged, "
              "against 9% for the 32B models.", "9%", ""),
      counter("On the Financial Mathematics subset the gain is larger, 8.3 points.", "8.3 points",
              ""))
def domain_only(v: FallbackView) -> BenchPick | None:
    """A domain word in the sentence ("math", "coding"), nearest first; not "such as code"."""
    text = blank_mentions(v)  # a domain word inside a name is not one: "Math-Shepherd", "MATH-500"
    offset, at = v.sentence.start, v.claim.num.start
    domains = [(abs(m.start() + offset - at), m) for m in DOMAIN_RE.finditer(text)
               if _DOMAIN_USE_RE.match(text, m.end()) or _DOMAIN_PREP_RE.search(text, 0, m.start())]
    domains = [d for d in domains if not EXAMPLE_RE.search(text[max(0, d[1].start() - 30):
                                                                d[1].start()])
               and not _PART_AFTER_RE.match(text, d[1].end())
               and not _listed_domain(v.text, d[1].group(), offset + d[1].end())]
    if not domains:
        return None
    _, word = min(domains, key=lambda d: d[0])
    return BenchPick(DOMAIN_NAMES[int(word.lastgroup[1:])], word.group(), offset + word.start(),
                     "domain-only")
