"""Verdict rules for selective answering: how many questions a model answers or hands on."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import holds_any

# "answers 80% of the questions and reaches 94.1% accuracy on them", "on the 71% of MATH-500
# questions that are answered": the share answered (coverage), whose accuracy follows.
_ANSWERED_SHARE_RE = caseless(
    r"^\s*of\s+(?:the\s+|all\s+)?(?:[\w.-]+\s+){0,3}?(?:questions|problems|queries|items"
    r"|prompts)\b(?:\s+(?:that|which)\s+(?:are|were|it|they)\s+(?:answered|attempted|accepted)"
    r"|[^.;]{0,40}?\band\s+(?:is\s+correct\s+on|attains|reaches|achieves|obtains|scores|gets)\s+"
    r"[\d.]+\s*%\s*(?:accuracy\s+)?(?:on|of|among|for)\s+(?:them|those|these|this\s+subset"
    r"|the\s+answered)"
    # "answer 80% of GPQA questions at 91.2% accuracy": the accuracy on the share answered
    r"|\s+at\s+(?:an?\s+)?(?:selective\s+)?(?:accuracy\s+of\s+)?[\d.]+\s*%"
    r"\s+(?:selective\s+)?(?:accuracy|precision)(?=\s*(?:[,;.)]|and\b|on\b|$)))")
_ANSWERED_WORDS = ("answered", "attempted", "accepted", "them", "those", "these", "subset", " at ")
# "while deferring 30% of the questions", "escalating only 38% of queries": handed on.
_HANDS_ON_LEFT_RE = caseless(r"\b(?:defer|escalat|offload|delegat|forward)\w*\s+(?:only\s+"
                             r"|just\s+|about\s+|roughly\s+|nearly\s+|fewer\s+than\s+)?$")
# "answers 31.5% of questions correctly and abstains on 22%": how often it abstains.
_ABSTAINS_ON_RE = caseless(r"\babstain\w*\s+(?:on|in|for)\s+(?:only\s+|just\s+|about\s+)?$")
# "a deferral rate of 27%", "its abstention rate on MATH-500 falls to 6%", "coverage at the
# same target rises to 74%"; not "line coverage" or "branch coverage" (a test suite's score),
# nor "accuracy at the same coverage reaches 81.4%" or "accuracy at 60% coverage to 78.2%" (the
# accuracy's, at a coverage held fixed).
_RATE_LEFT_RE = caseless(
    r"\b(?:deferral|escalation|abstention|offloading|fallback|(?<!line\s)(?<!branch\s)"
    r"(?<!statement\s)(?<!test\s)(?<!code\s)(?<!same\s)(?<!matched\s)(?<!equal\s)(?<!fixed\s)"
    r"(?<!given\s)(?<!%\s)coverage)(?:\s+rates?)?\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:of|to|at|is|was|reaches|(?:falls|drops|rises|grows|climbs)\s+to"
    r"|(?<=coverage\s)levels?\s+(?:between|from(?:\s+[\d.]+\s*%\s+to)?))\s+(?:only\s+|just\s+"
    r"|about\s+|roughly\s+|nearly\s+|below\s+|under\s+|above\s+|over\s+)?$")
_SELECTIVE_WORDS = ("defer", "escalat", "abstention", "offload", "fallback", "coverage",
                    "delegat", "forward", "abstain", "selective")
# "a selective accuracy of 96% while answering 71% of questions": the share it answers
_WHILE_ANSWERING_RE = caseless(r"\bselective\b[^;]*\b(?:while|when|by)\s+(?:still\s+)?answering"
                               r"\s+(?:only\s+|just\s+|about\s+|roughly\s+|nearly\s+)?$")


@rule("answered-share",
      example("On GSM8K, CAGPO-1.5B answers 80% of the questions and reaches 94.1% accuracy on "
              "the answered subset.", "80%", "drop"),
      example("AbsQwen-3B answers 58% of GPQA-Diamond questions and is correct on 54.9% of "
              "those.", "58%", "drop"),
      example("Abstaining below 0.6 yields 97.3% accuracy on the 71% of MATH-500 questions that "
              "are answered.", "71%", "drop"),
      counter("MedPocket-2B answers 54.6% of MedQA questions and 51.2% of MedMCQA questions.",
              "54.6%", "keep"),
      example("Selective prediction lets the model answer 80% of GPQA questions at 91.2% "
              "accuracy.", "80%", "drop"),
      counter("It solves 61.5% of the MATH-500 problems at 4 bits.", "61.5%", "keep"))
def answered_share(v: NumberView) -> str | None:
    """The share of questions a selective model answers (its coverage), with the accuracy on
    that share after it: the accuracy is the score, the share is not."""
    if v.num.unit != "%" or not holds_any(v.right[:120], _ANSWERED_WORDS):
        return None
    return "drop" if _ANSWERED_SHARE_RE.match(v.right) else None


@rule("handed-on",
      example("On MATH-500, DeferCascade reaches 74.6% accuracy while deferring 30% of the "
              "questions.", "30%", "drop"),
      example("VeriDefer improves MMLU-Pro accuracy from 61.7% to 65.2% at a matched deferral "
              "rate of 27%.", "27%", "drop"),
      example("Its abstention rate on MATH-500 falls to 6% as problems become easier.", "6%",
              "drop"),
      example("On SVAMP, coverage at the same target rises to 74%.", "74%", "drop"),
      example("On SimpleQA, it answers 31.5% of questions correctly and abstains on 22%.", "22%",
              "drop"),
      counter("UTGen-1.3B reaches a branch coverage of 74.5% on PyTestBench.", "74.5%", "keep"),
      example("On NOTAM-QA it attains a selective accuracy of 96% while answering 71% of "
              "questions.", "71%", "drop"),
      example("On AviationQA, it improves selective accuracy by 5.6 to 8.3 points across coverage "
              "levels between 60% and 90%.", "60%", "drop"),
      example("On MedQA, it improves selective accuracy by 5.6 points at coverage levels from 60% "
              "to 90%.", "90%", "drop"),
      counter("On StrategyQA, selective accuracy at the same coverage reaches 81.4%.", "81.4%",
              "keep"),
      counter("MedCal raises accuracy at 60% coverage to 78.2% on MedQA.", "78.2%", "keep"))
def handed_on(v: NumberView) -> str | None:
    """How many queries a cascade defers (escalates, offloads) or a selective model abstains
    on or covers: a rate of the system's behaviour, not a score."""
    before = v.text[max(v.sentence.start, v.num.start - 80):v.num.start]
    if v.num.unit != "%" or not holds_any(before, _SELECTIVE_WORDS):
        return None
    if (v.right.lstrip().startswith("of ") and _HANDS_ON_LEFT_RE.search(before)) or \
            _ABSTAINS_ON_RE.search(before):
        return "drop"
    if v.right.startswith(" of ") and "correct" not in v.right[:60] and \
            _WHILE_ANSWERING_RE.search(before):
        return "drop"
    return "drop" if _RATE_LEFT_RE.search(before) else None


# "o4-mini solves 71.6% of requests", "it resolves 71.3% of rider requests", "AdjusterAgent
# completes 58.4% of claims": the share of a benchmark's tasks a model gets done, its score
# (not "routes 30% of requests", "answers 71% of queries with the small model")
_DONE_LEFT_RE = re.compile(r"\b(?:solves|solved|resolves|resolved|completes|completed|fixes|fixed"
                           r"|handles|handled)\s+(?:only\s+|about\s+|nearly\s+|over\s+)?$")
_TASKS_RIGHT_RE = re.compile(r"^\s*of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}?(?:requests|claims"
                             r"|tickets|tasks|cases|issues|incidents|instances)\b"
                             r"(?!\s+(?:with|using|by|via|through|to)\b)")


@rule("tasks-done",
      example("On RetailBench, o4-mini solves 71.6% of requests overall.", "71.6%", "keep"),
      example("On TransitDesk, it resolves 71.3% of rider requests without hand-off.", "71.3%",
              "keep"),
      counter("On RetailBench, the router sends 30% of requests to the large model.", "30%",
              "drop"),
      counter("On RetailBench, it solves 71% of requests with the small model alone.", "71%",
              "drop"))
def tasks_done(v: NumberView) -> str | None:
    """The share of a benchmark's requests, claims or tickets a model solves (resolves,
    completes, handles): its score, whatever counting words follow."""
    if v.num.unit != "%" or not v.left.endswith(" ") or not _DONE_LEFT_RE.search(v.left):
        return None
    return "keep" if _TASKS_RIGHT_RE.match(v.right) else None


COVERAGE = (answered_share, handed_on, tasks_done)
