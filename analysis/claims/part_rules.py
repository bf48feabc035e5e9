"""Part rules: a number on one task or subset of a benchmark is not the benchmark's score."""

from __future__ import annotations

import re

from analysis.claims.attach_base import BenchPick, set_bench
from analysis.claims.caseless import caseless
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.scan import contains_any
from analysis.claims.sentence import Claim, Sentence, mask
from analysis.curated.benchmarks import unknown_benchmark_name

_PART_WORDS = r"(?:task|subtask|sub-task|subset|split|category|track|section|setting|scenario)"
# "in the FewShot task of the LongBench dataset": the part named before the benchmark ("B").
_PART_OF_RE = caseless(
    rf"\b(?:in|on|for)\s+the\s+(?P<part>(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+{_PART_WORDS}s?\s+of\s+"
    rf"(?:the\s+)?B\s*$")  # the claim's own mention ends the text read
# "20% accuracy in multi-table comprehension tasks": the part written right after the number.
_PART_AFTER_RE = caseless(
    rf"^\s*(?:(?!than\b)[\w@-]+\s+){{0,2}}?(?:in|on)\s+(?:the\s+)?(?P<part>(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+"
    rf"(?:{_PART_WORDS}s?|tasks|questions|problems|categories)\b")
# Words that make "in X tasks" a count, a quantifier or a domain, not a named part.
_NOT_PART_RE = caseless(r"\d|\b(?:all|most|many|several|various|multiple|other|these|those"
                        r"|both|each|every|different|diverse|same|downstream|reasoning|latter"
                        r"|former|this|that|first|second|last|default|standard|main|original"
                        r"|benchmark|evaluation|test|its|their|our)\b")
# "on the GSM8K subset" of a benchmark named "across the four ProcessBench subsets".
PART_AFTER_NAME_RE = caseless(r"\s+(?:subset|split|portion)\b")
_PARTS_AFTER_NAME_RE = caseless(r"\s+(?:subsets|splits|portions)\b")
_PART_IN_RE = caseless(r"\s+(?:subset|split|portion|questions|problems|tasks)\s+(?:in|of|from)\s+"
                       r"(?:the\s+)?")
_PARTS_OF_RE = caseless(r"\b(?:subsets|splits|portions)\s+of\s+(?:the\s+)?$")
_WHERE_RE = re.compile(r",\s+where\b")
_CODE_PART_RE = re.compile(r"[A-Z]\d{1,2}")  # "the P2 split of B": a part's code, no count
_MENTION_RE = re.compile(r"\b[BM]\b")  # a mention masked: another benchmark or a model
_PART_CUES = ("task", "subtask", "subset", "split", "categor", "track", "section", "setting",
              "question", "problem", "portion")
# Benchmarks read from another clause or sentence: a part written next to the number wins.
_BORROWED_RULES = frozenset({"previous-claim", "own-benchmark", "previous-sentence", "sentence",
                             "carried-over", "only-benchmark", "compared"})


class PartView:
    """A claim with a benchmark, its sentence and the sentence's claims."""

    __slots__ = ("text", "sentence", "claim", "claims")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim]):
        self.text, self.sentence, self.claim, self.claims = text, sentence, claim, claims

    def whole(self) -> tuple[str, str, int]:
        """The benchmark the claim's part belongs to: its whole when it has one already (a
        copied part, "the Instruct split of B"), else its benchmark."""
        claim = self.claim
        if claim.whole is not None:
            return claim.whole
        return next(((b.whole_part[0], b.text, b.start) for b in self.sentence.benches
                     if b.whole_part and b.name == claim.bench),
                    (claim.bench, claim.bench_raw, claim.bench_at))

    def pick(self, part: str, raw: str, at: int) -> BenchPick | None:
        """The part as a benchmark of its own ("LongBench-FewShot"), unless it is no name."""
        if (_NOT_PART_RE.search(part) and not _CODE_PART_RE.fullmatch(part)) or \
                _MENTION_RE.search(part):
            return None  # a count or quantifier, or another benchmark or model's name
        # a part copied from another claim ("on the random split of B") gives way to this one
        name = f"{self.whole()[0]}-{unknown_benchmark_name(part)}"
        return BenchPick(name, raw, at, "benchmark-part")


@rule("part-of",
      example("For instance, in the FewShot task of the LongBench dataset, DSPC achieves a "
              "performance of 49.17.", "49.17", "LongBench-FewShot"),
      example("Qwen3-1.7B loses 12.3 points on the P2 split of GSM-Symbolic.", "12.3 points",
              "GSM-Symbolic-P2"),
      counter("On the BIRD development set, the models achieved an average improvement of 31.4 "
              "points.", "31.4", "BIRD"),
      counter("It achieves 31.1% on the text-only subset of GAIA and 9.4% on BrowseComp.",
              "9.4%", "BrowseComp"))
def _part_of(v: PartView) -> BenchPick | None:
    """ "in the FewShot task of the LongBench dataset, ... 49.17": a part of the benchmark."""
    claim = v.claim
    mention = next((b for b in v.sentence.benches if b.start == claim.bench_at), None)
    if mention is None:
        return None
    lo = max(v.sentence.start, mention.start - 80)
    found = _PART_OF_RE.search(mask(v.text, lo, mention.end, v.sentence))
    if found is None:
        return None
    start = v.text.find(found.group("part"), lo)
    return v.pick(found.group("part"), v.text[start:mention.end], start)


@rule("part-after",
      example("We introduce MMCR, a benchmark of cross-source reasoning. GPT-4o achieved only "
              "48.55% overall accuracy, with only 20% accuracy in multi-table comprehension "
              "tasks.", "20%", "MMCR-multi-table-comprehension",
              title="MMCR: Benchmarking Cross-Source Reasoning in Scientific Papers"),
      counter("We introduce MMCR, a benchmark of cross-source reasoning. GPT-4o achieved only "
              "48.55% overall accuracy.", "48.55%", "MMCR",
              title="MMCR: Benchmarking Cross-Source Reasoning in Scientific Papers"))
def _part_after(v: PartView) -> BenchPick | None:
    """ "20% accuracy in multi-table comprehension tasks" on a benchmark read elsewhere."""
    claim = v.claim
    if claim.bench_rule not in _BORROWED_RULES:
        return None
    num = claim.num
    found = _PART_AFTER_RE.match(mask(v.text, num.end, min(v.sentence.end, num.end + 80),
                                      v.sentence))
    if found is None or "B" in found.group().split() or "M" in found.group().split():
        return None
    start = v.text.find(found.group("part"), num.end)
    end = num.end + found.end()
    return v.pick(found.group("part"), v.text[start:end], start)


@rule("named-part",
      example("It attains an average F1 of 57.4 across the four ProcessBench subsets, including "
              "68.3 on the GSM8K subset.", "68.3", "ProcessBench-GSM8K"),
      counter("It attains 57.4 on ProcessBench and 68.3 on the GSM8K test split.", "68.3",
              "GSM8K"),
      example("It also transfers to ProcessBench, where it reaches an F1 of 58.2 on the GSM8K "
              "subset.", "58.2", "ProcessBench-GSM8K"),
      example("ProtoReason-7B answers 58.9% of the GeneQA questions in LAB-Bench.", "58.9%",
              "LAB-Bench-GeneQA"))
def _named_part(v: PartView) -> BenchPick | None:
    """ "across the four B subsets, including 68.3 on the GSM8K subset": a subset of B that
    bears another benchmark's name (its problems), not that benchmark."""
    claim = v.claim
    own = next((b for b in v.sentence.benches if b.start == claim.bench_at), None)
    if own is None or own.whole_part:
        return None  # (a named part knows its whole: named_parts.py)
    whole = next((b for b in v.sentence.benches if b.start > own.end and _PART_IN_RE.fullmatch(
        v.text, own.end, b.start)), None)  # "the ProtocolQA questions in LAB-Bench"
    if whole is None and PART_AFTER_NAME_RE.match(v.text, own.end):
        whole = next((b for b in v.sentence.benches if b.name != own.name and (
            _PARTS_AFTER_NAME_RE.match(v.text, b.end) or _PARTS_OF_RE.search(
                v.text, v.sentence.start, b.start) or (  # "transfers to B, where it reaches
                b.end < own.start and _WHERE_RE.match(v.text, b.end)))), None)  # 58.2 on the
        # GSM8K subset": the place the clause before named
    if whole is None:
        return None
    name = own.name if own.name.startswith(f"{whole.name}-") else f"{whole.name}-{own.name}"
    return BenchPick(name, v.text[own.start:own.end], own.start,  # ("RECCON-DD" of RECCON)
                     whole=(whole.name, whole.text, whole.start))


PART = table("benchmark-part", "benchmark",
             "A number on one task or subset of its benchmark: the part, not the whole.",
             _part_of, _part_after, _named_part)


def benchmark_part(text: str, sentence: Sentence, claim: Claim, claims: list[Claim]) -> None:
    """Narrow the claim's benchmark to the part of it the text names, keeping the whole."""
    if not claim.bench or claim.parent is not None:
        return
    lowered = text[sentence.start:sentence.end].lower()
    if not contains_any(lowered, _PART_CUES):
        return  # every part pattern needs one of these words
    view = PartView(text, sentence, claim, claims)
    fired = apply_first(PART, view)
    if fired is not None:
        claim.whole = view.whole()
        set_bench(claim, fired, PART)
