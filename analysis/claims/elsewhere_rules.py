"""Elsewhere rules: a number's benchmark named in another sentence, or the paper's own."""

from __future__ import annotations

import re

from analysis.claims.attach_base import BenchPick
from analysis.claims.caseless import caseless
from analysis.claims.fallback_base import (
    AND_PREDICATE_RE,
    CONTRAST_CLAUSE_RE,
    NEW_CLAUSE_RE,
    OVERALL_RE,
    SAME_BENCHMARK_AFTER_RE,
    FallbackView,
)
from analysis.claims.flag_rules import usable_benchmark
from analysis.claims.names import Mention
from analysis.claims.rules import counter, example, rule
from analysis.claims.spans import name_key

# A sentence that refers back to the previous result ("on the same benchmark", "these models").
_ANAPHORA_RE = caseless(r"\b(?:the\s+same|this|these|such)\s+(?:benchmark|dataset|task|test\s+set"
                        r"|suite|models?|setting)s?\b|\bfurther\b|\bon\s+it\b|\b(?:on|in)\s+(?:the|this"
                        r"|that)\s+(?:[\w-]+\s+)?(?:version|variant|split|subset)\b"
                        r"|\A\s*the\s+latter\b"  # "The latter is 2.5 points better than M"
                        r"|\A\s*(?:on|in)\s+the\s+(?:last|latter)\s+of\s+(?:these|them)\b"
                        # "scores over 45% in every language": the parts of the one before
                        r"|\b(?:in|on|across)\s+(?:every|each|all)\s+(?:languages?|splits?"
                        r"|subsets?)\b")


# "The gains are largest for Odia", "the drop is 9.8 points": a change the sentence before
# reported (for changes only: "The improvement is concentrated on problems below 10%").
_CHANGE_ANAPHORA_RE = caseless(r"\A\s*(?:the|these|its|their)\s+(?:gains?|improvements?|drops?"
                               r"|declines?)\b|\bthe\s+(?:[\w-]+\s+)?(?:gain|drop|decline"
                               r"|improvement|penalty|gap)\s+(?:is|was|reaches|amounts\s+to)\b"
                               # "M is the most robust model, losing only 6.8 points"
                               r"|\b(?:most|least)\s+(?:robust|affected|stable|sensitive|fragile)\b")


# "trail GPT-4o by over 20 points on this benchmark": the one the sentence before named.
_THIS_BENCHMARK_RE = caseless(r"\b(?:the\s+same|this|that)\s+(?:benchmark|dataset|test\s+set)\b")


# Who or what a score on the paper's own benchmark is of, when no model is named: "all small
# models score below 20%", "the best team beats its best member by 2.2 points", "changes
# scores by less than 2 points" (not "Questions fall into ordering (38%)", "gold patches
# pass in 99.6% of instances": the benchmark's make-up and checks).
_SCORED_RE = caseless(r"\b(?:models?|LLMs?|SLMs?|VLMs?|systems?|agents?|teams?|reasoners?"
                      r"|baselines?|methods?|variants?|checkpoints?|strateg(?:y|ies)"
                      r"|accuracy|scores?|scoring|scored|pass@\d+|F1|success\s+rates?"
                      r"|win\s+rates?|gains?|improv\w*|points?|reach\w*|attain\w*|achiev\w*"
                      r"|solv\w*|outperform\w*|surpass\w*|trail\w*|exceed\w*|obtain\w*"
                      r"|match\w*|beat\w*|rates?|success|efficacy|yield\w*|rais\w*|rises?"
                      r"|rose|detection|prove[nd]?"
                      r"|correctly"  # ("Greedy decoding stages 51.3% of vignettes correctly")
                      # "Its Recall@5 is 71.2%": a metric's name says something is scored
                      r"|recall(?:@\d+)?|precision|n?dcg(?:@\d+)?|mrr(?:@\d+)?|hits@\d+|bleu"
                      r"|rouge(?:-\w+)?|auroc|exact\s+match)\b")


def _scored(v: FallbackView) -> bool:
    """The sentence names a model or something scored, for a benchmark borrowed from elsewhere
    (not "Questions fall into ordering (38%) ...", after "We introduce B, 6,240 questions")."""
    return bool(v.sentence.models) or _SCORED_RE.search(v.text, v.sentence.start,
                                                         v.sentence.end) is not None


# "improves exact match on tldr from 28.4": the number is on a name of its own, however written
_ON_NAME_FROM_RE = re.compile(r"\bon\s+(?:the\s+)?([A-Za-z][\w.-]*)\s+(?:from|by)\s+(?:about\s+)?"
                              r"(?:\d[\d.]*\s*%?\s+to\s+)?$")  # (the pair's second end too)
_NO_NAMES = frozenset({"average", "all", "both", "each", "every", "it", "them", "this", "these",
                       "its", "their", "our", "top"})


def _own_benchmark(v: FallbackView) -> BenchPick | None:
    own = v.paper.own_benchmark
    if not _scored(v):
        return None
    named = _ON_NAME_FROM_RE.search(v.text, max(v.sentence.start, v.claim.num.start - 60),
                                    v.claim.num.start)
    if named and named.group(1).lower() not in _NO_NAMES and \
            name_key(named.group(1)) != name_key(own):
        return None
    return BenchPick(own, own, reason="benchmark-in-other-sentence", label="own-benchmark")


@rule("own-benchmark",
      example("Search-R1 achieves 3.86% accuracy, whereas GPT-5 achieves 55.9%.",
              "3.86%", "BrowseComp-Plus",
              title="BrowseComp-Plus: A Fair Benchmark for Deep Research Agents"),
      counter("Qwen3-8B completes 41.3% of Tau-Bench retail tasks. On average, the small models "
              "trail GPT-4o by over 20 points on this benchmark.", "20 points", "Tau-Bench",
              title="ToolRun-Small: Evaluating Sub-10B Models on Multi-Turn Tool Use"))
def benchmark_paper(v: FallbackView) -> BenchPick | None:
    """A benchmark paper's numbers are on the benchmark it introduces (not those "on this
    benchmark" when the sentence before named one)."""
    if v.carried is not None and _THIS_BENCHMARK_RE.search(v.sentence_text):
        return None
    return _own_benchmark(v) if v.paper.own_benchmark and v.paper.benchmark_paper else None


@rule("carried-over",
      example("Our model reaches 45.1% on GSM8K. A further strategy boosts these models by 3 "
              "points.", "3 points", "GSM8K"),
      example("Qwen3-8B scores 41.5% on GSM-Flip. Gemma-3-4B-it shows the largest gap, losing 27.9 "
              "points on the counterfactual version.", "27.9 points", "GSM-Flip"),
      example("On ChartQA, Tab-3B achieves 84.6%, and on CharXiv it scores 39.0%. The latter is "
              "2.5 points better than Qwen2.5-VL-7B-Instruct.", "2.5 points", "CharXiv"),
      example("Qwen3-1.7B reaches 33.6% on MMLU-ProX-Lite. Only Qwen3-8B scores over 45% in every "
              "language.", "45%", "MMLU-ProX-Lite"),
      example("It falls from 78.9% on MGSM to 66.0% on NatMGSM. Averaged over all 12 models, the "
              "drop is 9.8 points.", "9.8 points", "NatMGSM"),
      example("On DriveLM, SmolVLM2-2.2B falls from 61.0% to 38.5%, a drop of 22.5 points. "
              "Gemma-3-4B is the most robust model, losing only 6.8 points.", "6.8 points",
              "DriveLM"),
      example("It scores 84.0 and 58.1 on BBH and Test of Time, respectively. On the last of "
              "these, it exceeds Llama-3.2-3B-Instruct by 19.3 points.", "19.3 points",
              "Test-of-Time"),
      counter("It scores 71.3% on GSM8K. The student gains 5.2 points on MATH-500, but trails "
              "Llama-3.1-8B-Instruct, which scores 60.1% on the same benchmark.", "60.1%",
              "MATH-500"))
def carried_over(v: FallbackView) -> BenchPick | None:
    """ "these models reach 61%": the benchmark of the previous sentence's last claim."""
    if v.carried is None or not (_ANAPHORA_RE.search(v.sentence_text) or (
            v.claim.kind == "delta" and _CHANGE_ANAPHORA_RE.search(v.sentence_text))):
        return None
    num = v.claim.num
    if SAME_BENCHMARK_AFTER_RE.match(v.text, num.end, v.sentence.end) and any(
            b.start < num.start for b in v.usable()):
        return None  # "5.2 points on B, ..., M, which scores 60.1% on the same benchmark": B
    return v.carried


# "We also evaluate on TravelPlanner. There, M reaches 9.4%" ("Here it reaches"): the place the
# sentence before named
_THERE_RE = re.compile(r"\A\s*(?:There\s*,|Here,?\s+(?:it|they|the|our|M)\b)")


@rule("there",
      example("We also use TravelPlanner as an out-of-domain check. There, ResponderAgent reaches "
              "a final pass rate of 9.4%.", "9.4%", "TravelPlanner",
              title="ResponderAgent: Planning Evacuations with Small Models"),
      example("We also evaluate on SpikeQA, 1,280 questions about pollution spikes. Here it "
              "reaches 64.7 and 58.1 accuracy on the source and transport splits, respectively.",
              "64.7", "SpikeQA", title="TS-Reasoner-Mini: Time Series Reasoning"),
      counter("We also use TravelPlanner as an out-of-domain check. ResponderAgent reaches a "
              "final pass rate of 9.4%.", "9.4%", "TravelPlanner",
              title="ResponderAgent: Planning Evacuations with Small Models"))
def there(v: FallbackView) -> BenchPick | None:
    """ "There, M reaches 9.4%": the one benchmark the sentence before names, before the
    paper's own."""
    if v.previous is None or not _THERE_RE.match(v.sentence_text):
        return None
    usable = {b.name: b for b in v.previous.benches if usable_benchmark(b)}
    if len(usable) != 1:
        return None
    b = next(iter(usable.values()))
    return BenchPick(b.name, b.text, b.start, "benchmark-in-other-sentence")


# "ClaimParse obtains 84.6 exact match on the first and 79.3 element-level F1 on the second":
# the two benchmarks the sentence before names, in order (not "the former" and "the latter",
# which point back inside their sentence as often: "lower on A questions than on B questions")
_ORDINAL_RE = caseless(r"\s*(?:%|points?)?\s*(?:[\w@%-]+\s+){0,3}?(?:on|for)\s+the\s+"
                       r"(first|second)(?:\s+(?:one|benchmark|dataset|set))?(?:\s+of\s+(?:these|them))?"
                       r"(?=\s*(?:[.,;:)]|and\b|but\b|while\b|whereas\b|$))")


@rule("first-or-second",
      example("We use PatentEval and a set of 900 claims that we call ClaimTree. It obtains "
              "84.6 exact match on the first and 79.3 F1 on the second.", "84.6", "PatentEval"),
      example("We use PatentEval and a set of 900 claims that we call ClaimTree. It obtains "
              "84.6 exact match on the first and 79.3 F1 on the second.", "79.3", "ClaimTree"))
def first_or_second(v: FallbackView) -> BenchPick | None:
    """ "84.6 on the first and 79.3 on the second": the sentence before's two benchmarks."""
    found = _ORDINAL_RE.match(v.text, v.claim.num.end, v.sentence.end)
    if found is None or v.previous is None:
        return None
    usable = list({b.name: b for b in v.previous.benches if usable_benchmark(b)}.values())
    if len(usable) != 2:
        return None
    b = usable[found.group(1).lower() == "second"]
    return BenchPick(b.name, b.text, b.start, "benchmark-in-other-sentence")


@rule("own-benchmark-named",
      example("We introduce WikiNLDB, a novel dataset for evaluating database reasoning. Our "
              "approach increases answer accuracy from 85% to 90%.",
              "85%", "WikiNLDB", title="Database Reasoning Over Text"),
      counter("We introduce WikiNLDB, a novel dataset for evaluating database reasoning. Our "
              "approach increases exact match on tldr from 28.4 to 36.9.",
              "28.4", "WikiNLDB", title="Database Reasoning Over Text"),
      counter("It solves 70.0% of IMO-AG-30. This places it within 6.7 points of AlphaGeometry. "
              "On ISL-Geo-50, a harder set of 50 shortlist problems that we assemble, it solves "
              "22%.", "6.7 points", "IMO-AG-30", title="Constructions as Actions"))
def own_benchmark_named(v: FallbackView) -> BenchPick | None:
    """The benchmark the paper introduces, when it is not a benchmark paper (and introduced it
    before the number: "... within 6.7 points of M. On ISL-Geo-50, a set we assemble, ...")."""
    own = v.paper.own_benchmark
    if not own:
        return None
    starts = [b.start for b in v.all_benches if name_key(b.name) == name_key(own)]
    return None if starts and min(starts) > v.claim.num.start else _own_benchmark(v)


@rule("previous-sentence",
      example("On the BIRD dev set, we fine-tune small models. Notably, the 0.5B model reached "
              "56.87% accuracy.",
              "56.87%", "BIRD"),
      example("Quill-7B reaches 66.3% on BIRD. It trails GPT-4.1 by only 0.7 points and transfers "
              "to Spider 2.0 without tuning.", "0.7 points", "BIRD"),
      example("Quill-7B reaches 66.3% on Zorbench. It attains 24.6% overall and over 60% on the "
              "Zorb-Transform problems.", "24.6%", "Zorbench"))
def previous_sentence(v: FallbackView) -> BenchPick | None:
    """ "On the BIRD dev set, ... . Notably, the 0.5B model reached 56.87%": one benchmark."""
    num = v.claim.num
    if v.previous is None or not _scored(v) or any(b.start < num.start or not (NEW_CLAUSE_RE.search(
            v.text, num.end, b.start) or AND_PREDICATE_RE.search(v.text, num.end, b.start)
            or OVERALL_RE.match(v.text, num.end)) for b in v.sentence.benches):
        return None  # (a name after the number in a new predicate is not its own: "trails M
        # by 0.7 points and transfers to B"; nor a part after "24.6% overall and 60% on B")
    usable = {b.name: b for b in v.previous.benches if usable_benchmark(b)}
    compared = {b.name for b in v.previous.benches if "comparator" in b.flags}
    if len(usable) != 1 or compared - set(usable):
        return None  # ("on A is 9.7 points lower than on B. ... by 3.1 points": A or B?)
    b = next(iter(usable.values()))
    return BenchPick(b.name, b.text, b.start, "benchmark-in-other-sentence")


@rule("results-continued",
      example("We evaluate on ALFRED. On the unseen split, ReflectBot reaches a success rate of "
              "38.5%. With the same backbone, ReAct obtains 26.9%, so reflection adds 11.6 points.",
              "26.9%", "ALFRED"),
      counter("We evaluate on ALFRED. On the unseen split, ReflectBot reaches a success rate of "
              "38.5%. Inference is cheap. With the same backbone, ReAct obtains 26.9%.", "26.9%",
              ""),
      example("We build EcoToolBench. FieldAgent solves 47.2% of its tasks. Occupancy estimation "
              "is the hardest family, where FieldAgent solves only 33.9% of tasks.", "33.9%",
              "EcoToolBench"),
      example("We evaluate Qwen3-8B on MedQA. It answers 51.3% of questions correctly. Majority "
              "voting reaches 60.2% maj@32, and pass@8 is 79.5%.", "60.2%", "MedQA"),
      example("We evaluate on BIRD. Our 4B student reaches 74.9% accuracy. On the held-out "
              "2025 split, the 4B student trails its teacher by only 2.3 points.", "2.3 points",
              "BIRD"))
def results_continued(v: FallbackView) -> BenchPick | None:
    """A sentence that names no benchmark right after one whose results are on one: the results
    go on ("... reaches 38.5%. ReAct obtains 26.9%, so reflection adds 11.6 points")."""
    num = v.claim.num
    part = _PART_PLACE_RE.match(v.text, v.sentence.start, num.start)
    if v.carried is None or not v.adjacent or v.sentence.benches or not _scored(v) or \
            not (_named_before(v)
                 or _AT_K_RE.search(v.text, max(v.sentence.start, num.start - 14), num.end + 8)
                 or (part and _STUDENT_RE.search(v.text, part.end(), num.start))) or \
            (not part and _PLACE_RE.match(v.text, v.sentence.start, num.start)) or \
            _AVERAGE_WORD_RE.search(v.sentence_text) or _share_of_items(v) or \
            _OWN_PLACE_AFTER_RE.match(v.text, num.end):
        return None  # (a model's or a method's result; not "On real robots, ...", "by 2.7
        # points on cohort selection": a place of its own; nor an average, nor "the first
        # result", nor "its own English performance"; nor "in 60% of rounds": a share)
    window = v.text[max(v.sentence.start, num.start - 60):min(v.sentence.end, num.end + 30)]
    return v.carried if num.unit == "pts" or _RESULT_WORD_RE.search(window) else None


_METHOD_NAME_RE = re.compile(r"\b(?:[A-Z][a-z]+[A-Z][\w-]*|[A-Z]{2,}[\w-]*)")  # "ReAct", "AWQ"
# "Majority voting ... reaches 60.2% maj@32, and pass@8 is 79.5%": a sampling metric's result
_AT_K_RE = re.compile(r"\b(?:maj|pass|cons)@\d+")
# An opening that sets a place or a setting of its own ("On real robots,", "In a deployment,",
# "...: at 128K,")
_PLACE_RE = re.compile(r"\s*(?:[^:;]{0,120}[:;]\s+)?(?i:On|In|Across|Under|For|At|When|Once"
                       r"|Deployed|Transferred|Applied)\b[^,]{0,80},|[^,]{0,80}\b(?:real|physical"
                       r"|deploy\w*|user\s+study|in\s+the\s+wild|transfer\w*|out-of-domain|unseen)\b")
_AVERAGE_WORD_RE = caseless(r"\b(?:averag\w*|mean|former|latter|first|second|its\s+own)\b")
# "On the held-out 2025 split, the 4B student trails its teacher by 2.3 points": a part of the
# benchmark the results before are on, and a model named by its role
_PART_PLACE_RE = caseless(r"\s*(?:On|In|For)\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,3}?(?:split"
                          r"|subset|portion|tier|partition)\s*,")
_STUDENT_RE = caseless(r"\b(?:student|teacher|model|agent)s?\b")
_OWN_PLACE_AFTER_RE = re.compile(r"\s*(?:%|points?)?\s*(?:[\w-]+\s+){0,2}?on\s+(?!the\s+same\b"
                                 r"|it\b|this\b|that\b)[a-z]")
_OF_ITEMS_RE = re.compile(r"\s*(?:of|in)\s+(?:the\s+|all\s+|its\s+)?[a-z-]*[a-rt-z]s\b")  # (not
# "points of success"); but "solves only 33.9% of tasks" is a score
_SOLVES_RE = re.compile(r"\b(?:solves|solved|resolves|resolved|completes|completed)\s+(?:only\s+"
                        r"|about\s+|nearly\s+|over\s+|just\s+)?$")


def _share_of_items(v: FallbackView) -> bool:
    """ "in 60% of rounds" after the number: a share, unless a solve verb makes it a score."""
    num = v.claim.num
    return _OF_ITEMS_RE.match(v.text, num.end) is not None and not _SOLVES_RE.search(
        v.text, v.sentence.start, num.start)
# (the number's clause says it is a result: a score word near it)
_RESULT_WORD_RE = caseless(r"\b(?:accura\w*|scor\w*|pass@\d+|F1|success\w*|solv\w*|resolv\w*"
                           r"|BLEU|ROUGE[\w-]*|exact\s+match|obtain\w*|achiev\w*|attain\w*)\b")


# "On sessions 4 and 5 of MSC, M achieves ...": the sentence opens on a name the table lacks
_UNKNOWN_LEAD_RE = re.compile(r"\s*(?:On|In)\s+(?:[\w-]+\s+){0,5}?(?:of\s+)?(?:the\s+)?"
                              r"[A-Z][A-Za-z0-9-]*[A-Z0-9][\w-]*\s*,")


@rule("only-benchmark",
      example("We study GSM8K with small models. We build a synthetic set of problems. A duo of "
              "1.3B models can achieve 81.5% accuracy.",
              "81.5%", "GSM8K", title="TinyGSM: achieving 80% on GSM8k with small language models"),
      example("Temporal tasks in BIG-Bench Hard are hard. We test 14 models. Prompting even hurts "
              "Gemma-2-2B-it by 3.1 points.", "3.1 points", "BBH",
              title="Dissecting BIG-Bench Hard Temporal Tasks in Small Models"),
      counter("We also test on DuLeMon. Memory matters for persona consistency. On sessions 4 "
              "and 5 of MSC, BeliefState achieves a consistency score of 0.71, up from 0.58 with "
              "raw utterances.", "0.71", ""),
      example("We evaluate small models on BIG-Bench. Inference is cheap. Gemma-3-1B-it benefits "
              "too, gaining 9.7 points.", "9.7 points", "BIG-Bench",
              title="Prompts for Small Models"),
      counter("We evaluate small models on BIG-Bench. Inference is cheap. Gemma-3-1B-it scores "
              "41.0% after training.", "41.0%", "", title="Prompts for Small Models"))
def only_benchmark(v: FallbackView) -> BenchPick | None:
    """The abstract's only benchmark, for a from-to pair, when the title names it, or for a
    named model's change after it."""
    names = {b.name for b in v.all_benches if usable_benchmark(b)}
    if any(b.end <= v.claim.num.start and CONTRAST_CLAUSE_RE.search(
            v.text, b.end, v.claim.num.start) for b in v.usable()):
        return None  # the sentence names it, in a clause set against the number's ("but")
    if len(names) != 1 or not _scored(v) or (not v.usable() and _UNKNOWN_LEAD_RE.match(
            v.text, v.sentence.start, v.claim.num.start)):
        return None  # ("On sessions 4 and 5 of MSC, ...": a name the table does not know)
    b = next(b for b in v.all_benches if usable_benchmark(b))
    title = name_key(v.paper.title)  # (as the title writes it: "BIG-Bench Hard", not "BBH")
    if v.claim.num.pair_role or name_key(b.name) in title or name_key(b.text) in title or \
            _named_change_after(v, b):
        return BenchPick(b.name, b.text, b.start, "benchmark-in-other-sentence")
    return None


_TRAINED_WITH_RE = caseless(r"\b(?:using|uses|trained\s+on|fine-tuned\s+on|train\s+on|curated)"
                            r"\b[^.;]*$")


def _named_change_after(v: FallbackView, b: Mention) -> bool:
    """ "We evaluate on B. ... Gemma-3-1B-it benefits similarly, gaining 9.7 points": a change a
    named model or method makes, after the abstract's only benchmark (a score is not enough:
    half the scores so placed were no results on it)."""
    num = v.claim.num
    if _TRAINED_WITH_RE.search(v.text, max(0, b.start - 40), b.start) or \
            _PLACE_RE.match(v.text, v.sentence.start, num.start) or \
            _OWN_MEASURE_AFTER_RE.match(v.text, num.end):
        return False  # (not "using the curated VSI-100k dataset": what it trains on; nor "On a
        # real robot arm, ...", "by 6.1 points on our held-out problems", "in grasp success": a
        # place or a measure of its own)
    return b.start < num.start and v.claim.kind != "absolute" and _named_before(v)


def _named_before(v: FallbackView) -> bool:
    """A model or a method named before the number in its sentence ("Gemma-3-1B-it", "ReAct")."""
    num = v.claim.num
    return any(m.start < num.start for m in v.sentence.models) or \
        _METHOD_NAME_RE.search(v.text, v.sentence.start, num.start) is not None


_OWN_MEASURE_AFTER_RE = re.compile(r"\s*(?:%|points?)?\s*(?:[\w-]+\s+){0,2}?(?:on\s+(?:our|their"
                                   r"|an?)\b|in\s+(?!the\s+same\b|it\b|this\b|that\b|average\b)[a-z])")
