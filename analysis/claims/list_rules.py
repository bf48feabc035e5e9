"""List rules: numbers written as a list share, or are zipped with, a list of names."""

from __future__ import annotations

import re

from analysis.claims.attach_base import DOMAIN_NAMES, DOMAIN_RE, BenchPick, set_bench
from analysis.claims.caseless import caseless
from analysis.claims.flag_rules import bench_lists, other_list, usable_benchmark, written_lists
from analysis.claims.names import Mention
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import GROUP_GAP_RE, Claim, Sentence, main_claims
from analysis.claims.spans import name_key

_DECIMAL_RE = re.compile(r"\d+\.\d+")
_ROW_GAP_RE = re.compile(r"\s*:?\s*")  # "GPQA-Diamond 33.8": a table row in prose
_RESPECTIVELY_RE = re.compile(r"\brespectively\b")
_AVERAGE_OVER_RE = caseless(r"\b(?:average|mean)\s+(?:[\w@-]+\s+){0,2}?(?:over|across|on)\s+"
                            r"(?:the\s+)?$")
# "27.4% and 71.3% pass@1 on A and B": the metric between the numbers and the names.
_ADJACENT_GAP_RE = re.compile(r"\s*(?:points?\s+)?(?:(?:(?:pass|maj)@\d+|(?:[\w-]+\s+)?accuracy"
                              r"|scores?|exact\s+match)\s+)?(?:on|in|at)\s+(?:the\s+)?"
                              # ("on the dental subset of A and B": A's part first)
                              r"(?:[\w-]+\s+(?:subset|split|portion)\s+of\s+(?:the\s+)?)?$")
_MODEL_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s*and\s+|\s*/\s*|\s*&\s*)$")
_SIZE_RE = re.compile(r"\d+(?:\.\d+)?[BM]")
_PARALLEL_GAP_RE = caseless(r"^\s*(?:%|points?)?\s*(?:,\s*)?(?:and\s+)?(?:[\w.+-]+\s+){0,3}?"
                            r"(?:by\s+)?$")


def _claim_groups(text: str, claims: list[Claim]) -> list[list[Claim]]:
    groups: list[list[Claim]] = []
    for claim in main_claims(claims):
        if groups and GROUP_GAP_RE.match(text[groups[-1][-1].num.end:claim.num.start]):
            groups[-1].append(claim)
        else:
            groups.append([claim])
    return [g for g in groups if len(g) > 1]


# "from 61.8 to 78.4 and from 38.9 to 55.2": a list of pairs, read as a list of their rows
_NEXT_PAIR_GAP_RE = re.compile(r"\s*(?:%|points?)?\s*,?\s*and\s+from\s*")


def _pair_groups(text: str, claims: list[Claim]) -> list[list[tuple[Claim, Claim]]]:
    main = main_claims(claims)
    pairs = [(a, b) for a, b in zip(main, main[1:], strict=False)
             if a.num.pair_role == "from" and b.num.pair_role == "to"]
    groups: list[list[tuple[Claim, Claim]]] = []
    for pair in pairs:
        if groups and _NEXT_PAIR_GAP_RE.fullmatch(text, groups[-1][-1][1].num.end,
                                                  pair[0].num.start):
            groups[-1].append(pair)
        else:
            groups.append([pair])
    return [g for g in groups if len(g) > 1]


class GroupView:
    """A list of numbers ("A, B and C") with the names written after and before it."""

    __slots__ = ("text", "sentence", "group", "respectively", "after", "previous")

    def __init__(self, text: str, sentence: Sentence, group: list[Claim], claims: list[Claim],
                 previous: Sentence | None = None):
        self.text, self.sentence, self.group, self.previous = text, sentence, group, previous
        last = group[-1].num.end
        limit = min([c.num.start for c in claims if c.num.start >= last] + [sentence.end])
        self.respectively = _RESPECTIVELY_RE.search(text[last:limit]) is not None
        self.after = [b for b in sentence.benches if last <= b.start < limit
                      and usable_benchmark(b)]


Zipped = list[tuple[Claim, BenchPick]]


_ON_AVERAGE_AFTER_RE = caseless(r"\s*(?:%|points?|pts|pp)?\s*on\s+average\b")


@rule("respectively",
      example("Ferret-UI Lite attains scores of 91.6%, 53.3%, and 61.2% on the ScreenSpot-V2, "
              "ScreenSpot-Pro, and OSWorld-G benchmarks, respectively.",
              "53.3%", "ScreenSpot-Pro"),
      example("It achieves 27.4% and 71.3% pass@1 on LiveCodeBench v5 and HumanEval+.", "71.3%",
              "HumanEval-Plus"),
      example("It reaches 81.2% and 38.6% execution accuracy on NL4Opt and IndustryOR, "
              "respectively, and outperforms GPT-4o on IndustryOR by 4.7 points.", "38.6%",
              "IndustryOR"),
      example("DentMerge-7B scores 66.3/84.1 on the dental subset of MedMCQA and GSM8K.", "84.1",
              "GSM8K"),
      example("M scores 78.3 / 70.6 / 69.4 on AIME 2024 / AIME 2025 / GPQA Diamond, ahead of N "
              "on all three and near R1 on the two AIME sets.", "70.6", "AIME-2025"))
def _respectively(g: GroupView) -> Zipped | None:
    """ "91.6, 53.3 and 61.2 on A, B and C(, respectively)": the i-th number on the i-th."""
    group, after, k = g.group, g.after, len(g.group)
    adjacent = bool(after) and _ADJACENT_GAP_RE.match(
        g.text[group[-1].num.end:after[0].start]) is not None
    if (adjacent or g.respectively) and len(after) > k:  # "... on A / B / C, ... on the two
        after = bench_lists(g.text, after)[0]  # AIME sets": the list only
    if _ON_AVERAGE_AFTER_RE.match(g.text, group[-1].num.end):
        return None  # "by 4.8, 3.9 and 6.1 points on average across A, B and C, respectively":
        # each model's average over the list (listed-before)
    if (g.respectively or adjacent) and len(after) == k and len({b.name for b in after}) == k \
            and all(c.bench_rule != "after" or c is group[-1] for c in group):
        return [(c, BenchPick(b.name, b.text, b.start)) for c, b in zip(group, after, strict=True)]
    return None


@rule("listed-before",
      example("Qwen2.5-32B-Instruct reaches 56.7% on AIME 2024 and 57.0% on LiveCodeBench, "
              "competitive to the o1-preview model's score of 44.6% and 59.1%.",
              "44.6%", "AIME-2024"),
      example("On Qwen3-4B it trims tokens by 30% on AIME 2025 and 22% on GSM8K, while accuracy "
              "moves by -0.7 and +0.2 points, respectively.", "+0.2", "GSM8K"),
      example("On the logic benchmarks FOLIO and ProofWriter, the relative gains are 9.1% and "
              "6.0%.", "6.0%", "ProofWriter"),
      example("Average accuracy over GSM8K, MATH-500 and Minerva Math rises by 4.3, 11.7 and 14.2 "
              "points for the 0.5B, 1.5B and 3B models.", "11.7", "AVERAGE"),
      example("DDx-7B attains 63.5% on MedQA and 48.9% on MMLU, outperforming Llama-3.1-8B by 7.2 "
              "and 9.8 points, respectively.", "7.2", "MedQA"),
      example("On WebQSP and CWQ, it raises the accuracy of M from 61.8% to 78.4% and from 38.9% "
              "to 55.2%, respectively.", "55.2%", "CWQ"),
      example("TraceTrim-7B attains 92.6% on MATH-500 and 57.9% on AIME 2024 "
              "[DeepSeek-R1-Distill-Qwen-7B: 92.1% and 55.4%].", "92.1%", "MATH-500"),
      counter("Results (dense / sparse): MATH-500 65.4 / 64.8 and GPQA-Diamond 33.8 / 34.5.",
              "33.8", "GPQA-Diamond"),
      example("It reaches 71.2% on GSM8K and also improves on SVAMP, beating always-call and "
              "never-call baselines by 3.3 and 9.7 points on average, respectively.", "9.7",
              "AVERAGE"),
      counter("Relative to the original GSM8K items, accuracy on GSM-Plus falls by 7.1 and 3.9 "
              "points for Qwen3-4B and Phi-4-mini, respectively.", "7.1", "GSM-Plus"),
      example("ChartQA rises from 79.2 to 83.6, and DocVQA and InfoVQA gain 1.4 and 3.9 points, "
              "respectively.", "1.4", "DocVQA"),
      counter("On HumAID, it reaches a macro-F1 of 0.78, and on CrisisMMD it obtains 0.71 and 0.83 "
              "on the informativeness and humanitarian tasks, respectively.", "0.71", "CrisisMMD"),
      counter("GSM8K accuracy is 85.2% with it, and on MATH-500 the two settings score 71.0% and "
              "70.6%, respectively.", "71.0%", "MATH-500"))
def _listed_before(g: GroupView) -> Zipped | None:
    """ "On A, B and C, it scores 91.6, 53.3 and 61.2": as many names before as numbers."""
    group, k = g.group, len(g.group)
    # a sentence lead read as the list's ("On M it cuts ... on A and ... on B, while accuracy
    # changes by -0.4 and +0.6 points, respectively") yields to an explicit "respectively"
    allowed = ("before", "lead-list", "clause")  # "On A and B, the gains are 11.2% and 8.4%",
    # "57.9% on A [M: 92.1% and 55.4%]": zipped
    if any(c.bench and c.bench_rule not in allowed for c in group):
        return None  # "SVAMP and ASDiv are modest (+1.2 and +0.8)": the list, not the nearest
    before = [b for b in g.sentence.benches if b.end <= group[0].num.start
              and usable_benchmark(b)]
    if before and _AVERAGE_OVER_RE.search(g.text, g.sentence.start, before[0].start):
        raw = g.text[before[0].start:before[-1].end]  # "average accuracy over A, B and C
        return [(c, BenchPick("AVERAGE", raw, -1, "one-number-for-benchmark-list"))  # rises by
                for c in group]  # 4.3, 11.7 and 14.2 for the 0.5B, 1.5B and 3B": averages
    if _ON_AVERAGE_AFTER_RE.match(g.text, group[-1].num.end):
        return [(c, BenchPick("AVERAGE", "on average", -1, "one-number-for-benchmark-list"))
                for c in group]  # "beating A and B baselines by 3.3 and 9.7 points on average,
        # respectively": the baselines' list, each number an average
    between = [m for m in g.sentence.models if before and before[-1].end <= m.start and
               m.end <= group[0].num.start]
    if len(between) == k and all(_MODEL_LIST_GAP_RE.match(g.text[a.end:b.start])
                                 for a, b in zip(between, between[1:], strict=False)):
        return None  # "on A but spread on B: M1 and M2 reach 41.0% and 52.5%": the models' list
    if len(before) > 1 and _ROW_GAP_RE.fullmatch(g.text, before[-1].end, group[0].num.start) \
            and _DECIMAL_RE.search(g.text, before[0].end, before[-1].start):
        return None  # "A 65.4 / 64.8 and B 33.8 / 34.5": each name has its own numbers
    if len(before) > k and _RESPECTIVELY_LATER_RE.match(g.text, g.group[-1].num.end) and all(
            _MODEL_LIST_GAP_RE.match(g.text[a.end:b.start]) for a, b in zip(
                before[-k:], before[1 - k:], strict=False)) and not _MODEL_LIST_GAP_RE.match(
            g.text[before[-k - 1].end:before[-k].start]):
        before = before[-k:]  # "A rises from 79.2 to 83.6, and B and C gain 1.4 and 3.9 points,
        # respectively": the written list of k names next to the numbers
    if len(before) > 1 and other_list(g.text, before[-1].end, group[0].num.start,
                                      group[-1].num.end):
        return None  # "On A, M reaches 0.78, and on B it obtains 0.71 and 0.83 on the X and Y
        # tasks, respectively": the list of k is of parts, written after the numbers
    if len({b.name for b in before}) == k and len(before) == k and \
            not _models_respectively(g, k):
        return [(c, BenchPick(b.name, b.text, b.start, "respectively-implied"))
                for c, b in zip(group, before, strict=True)]
    return None


_RESPECTIVELY_AFTER_RE = re.compile(r"\s*,?\s*respectively\b")
_RESPECTIVELY_LATER_RE = re.compile(r"(?:\s*[\w%-]+){0,2}\s*,?\s*respectively\b")


def _models_respectively(g: GroupView, k: int) -> bool:
    """The numbers are followed by a list of k models and "respectively" ("drops by 9.8 and
    4.2 points for M1 and M2, respectively"): the list the numbers go with is the models'."""
    after = [m for m in g.sentence.models if m.start >= g.group[-1].num.end][:k]
    return len(after) == k and all(_MODEL_LIST_GAP_RE.match(g.text[a.end:b.start])
                                   for a, b in zip(after, after[1:], strict=False)) and \
        _RESPECTIVELY_AFTER_RE.match(g.text, after[-1].end) is not None


_UP_FROM_RE = re.compile(r"\b(?:up|down)\s+from\s+$")


@rule("shared",
      example("Math-only RL lifts distilled models (+14.6% / +17.2% on AIME 2025 for the 7B / 14B "
              "models).",
              "+14.6%", "AIME-2025"),
      counter("It yields 63.8% on the biology category of MMLU-Pro, up from 51.4%, and 30.2% on "
              "the biology questions of GPQA-Diamond.", "51.4%", "MMLU-Pro-biology"))
def _shared(g: GroupView) -> Zipped | None:
    """ "+14.6% / +17.2% on AIME 2025": the benchmark after the last number is the list's."""
    last = g.group[-1]
    if any(_UP_FROM_RE.search(g.text, max(0, c.num.start - 12), c.num.start)
           for c in g.group[:-1]):
        return None  # "63.8% on A, up from 51.4%, and 30.2% on B": 51.4 is A's, before
    if last.bench_rule.startswith("after") and all(not c.bench for c in g.group[:-1]):
        return [(c, BenchPick(last.bench, last.bench_raw, last.bench_at)) for c in g.group[:-1]]
    return None


# "scores 41.9 and 47.3 F0.5 on the two benchmarks": the ones the sentence before names, in turn
_THE_K_BENCHMARKS_RE = re.compile(r"\b(?:the\s+(two|three|four)|both)\s+(?:benchmarks|datasets"
                                  r"|test\s+sets)\b")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}


def _the_k_benchmarks(g: GroupView, k: int) -> bool:
    """The sentence says the numbers are on "the two benchmarks" ("both"): k of them."""
    found = _THE_K_BENCHMARKS_RE.search(g.text, g.sentence.start, g.sentence.end)
    return found is not None and _COUNT_WORDS.get(found.group(1) or "two") == k


@rule("carried",
      example("HardPick-7B scores 50.0/33.3/85.4/57.1 on AIME24/AIME25/MATH-500/GPQA-Diamond. "
              "This beats training on the full pool (46.7/26.7/84.0/54.5).",
              "84.0", "MATH-500"),
      example("It achieves 84.1 on HumanEval+, 71.6 on MBPP+, and 23.8 on LiveCodeBench. These "
              "scores exceed the base model's by 6.2, 4.9, and 8.4 points, respectively.", "4.9",
              "MBPP-Plus"),
      example("ZhEdit is evaluated on MuCGEC and on the NLPCC-2018 test set. ZhEdit scores 41.9 "
              "and 47.3 F0.5 on the two benchmarks.", "47.3", "NLPCC-2018"))
def _carried(g: GroupView) -> Zipped | None:
    """A list with no benchmark in its sentence after a sentence listing as many benchmarks
    ("..., respectively": one named in turn with each of its numbers too)."""
    group, k = g.group, len(g.group)
    if g.previous is None or any(c.bench for c in group) or any(
            usable_benchmark(b) for b in g.sentence.benches):
        return None
    lists = [b for b in bench_lists(g.text, g.previous.benches) if len({m.name for m in b}) == k
             and len(b) == k]
    named = [b for b in g.previous.benches if usable_benchmark(b)]
    if not lists and (g.respectively or _the_k_benchmarks(g, k)) and \
            len(named) == len({b.name for b in named}) == k:
        lists = [named]
    if len(lists) != 1:
        return None
    return [(c, BenchPick(b.name, b.text, b.start, "benchmark-from-previous-sentence"))
            for c, b in zip(group, lists[0], strict=True)]


# "4.2%, 3.1% and 5.6% on math, code, and science benchmarks": a list of domains after a list.
_DOMAIN_LIST_RE = re.compile(r"\s*(?:%|points?)?\s*(?:on|in|across|for)\s+(?:the\s+)?"
                             r"((?:[a-z]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,5}[a-z]+)"
                             r"\s+(?:benchmarks|tasks|problems|suites|reasoning)\b")
_DOMAIN_SEP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@rule("domain-list",
      example("It yields average gains of 4.2%, 3.1%, and 5.6% on math, code, and science "
              "benchmarks, respectively.", "3.1%", "CODE-DOMAIN"))
def _domain_list(g: GroupView) -> Zipped | None:
    """ "4.2%, 3.1% and 5.6% on math, code and science benchmarks": the i-th on the i-th."""
    found = _DOMAIN_LIST_RE.match(g.text, g.group[-1].num.end, g.sentence.end)
    if found is None:
        return None
    words = _DOMAIN_SEP_RE.split(found.group(1))
    domains = [DOMAIN_RE.fullmatch(w) for w in words]
    if len(words) != len(g.group) or not all(domains):
        return None
    return [(c, BenchPick(DOMAIN_NAMES[int(d.lastgroup[1:])], d.group(), found.start(1)))
            for c, d in zip(g.group, domains, strict=True)]


LIST_BENCHMARKS = table(
    "benchmark-list", "benchmark", "The benchmarks of a list of numbers, zipped or shared.",
    _respectively, _domain_list, _listed_before, _shared, _carried)


def _model_lists(text: str, models: list[Mention]) -> list[list[Mention]]:
    return written_lists(text, models, _MODEL_LIST_GAP_RE)


ModelsZipped = list[tuple[Claim, str, int]]


@rule("slash-list",
      example("Math-only RL lifts distilled models (+14.6% / +17.2% on AIME 2025 for the 7B / 14B "
              "models).",
              "+17.2%", "14B model"))
def _slash_list(g: GroupView) -> ModelsZipped | None:
    """ "41.2 and 55.0 with the 1.5B/7B models": one number per size of a slashed name."""
    group, last = g.group, g.group[-1].num.end
    slash = [m for m in g.sentence.models if last <= m.start < last + 40 and "/" in m.text]
    if not slash:
        return None
    sizes = _SIZE_RE.findall(slash[0].text)
    if len(sizes) != len(group):
        return None
    return [(c, f"{size} model", slash[0].start) for c, size in zip(group, sizes, strict=True)]


@rule("listed",
      example("Saturn-1.5B and Saturn-7B achieve pass@3 gains of +14.0 and +28.1 on SAT, "
              "respectively.",
              "+28.1", "Saturn-7B"))
def _listed_models(g: GroupView) -> ModelsZipped | None:
    """ "A, B and C reach 41, 52 and 60(, respectively)": the i-th model's the i-th number."""
    group, k = g.group, len(g.group)
    candidates = [m for m in g.sentence.models if m.end <= group[0].num.start
                  and not m.flags & {"comparator", "instrument"}]
    lists = _model_lists(g.text, candidates)
    chosen: list[Mention] = []
    if g.respectively and lists and len(lists[-1]) == k:
        chosen = lists[-1]
    elif len({name_key(m.text) for m in candidates}) == k and len(candidates) == k:
        chosen = candidates
    return [(c, m.name, m.start) for c, m in zip(group, chosen, strict=True)] if chosen else None


@rule("listed-after",
      example("Relative to GSM8K, accuracy on GSM-Plus falls by 7.1 and 3.9 points for Qwen3-4B "
              "and Phi-4-mini, respectively.", "3.9 points", "Phi-4-mini"))
def _listed_after_models(g: GroupView) -> ModelsZipped | None:
    """ "falls by 7.1 and 3.9 points for A and B, respectively": the i-th model after."""
    k = len(g.group)
    if not _models_respectively(g, k):
        return None
    after = [m for m in g.sentence.models if m.start >= g.group[-1].num.end][:k]
    return [(c, m.name, m.start) for c, m in zip(g.group, after, strict=True)]


LIST_MODELS = table("model-list", "model", "The models of a list of numbers, zipped.",
                    _slash_list, _listed_models, _listed_after_models)


def zip_lists(text: str, sentence: Sentence, claims: list[Claim],
              previous: Sentence | None = None) -> None:
    """"A, B and C on X, Y and Z, respectively": pair the i-th number with the i-th name."""
    for group in _claim_groups(text, claims):
        view = GroupView(text, sentence, group, claims, previous)
        fired = apply_first(LIST_BENCHMARKS, view)
        if fired is not None:
            name, zipped = fired
            for claim, pick in zipped:
                set_bench(claim, (name, pick), LIST_BENCHMARKS)
        fired = apply_first(LIST_MODELS, view)
        if fired is not None:
            name, models = fired
            for claim, model, at in models:
                claim.model, claim.model_rule, claim.model_at = model, name, at
                claim.fired[LIST_MODELS.name] = name
    for pairs in _pair_groups(text, claims):  # "On A and B, ... from 61.8 to 78.4 and from
        view = GroupView(text, sentence, [a for a, _ in pairs], claims, previous)  # 38.9 to 55.2"
        fired = apply_first(LIST_BENCHMARKS, view)
        if fired is not None:
            name, zipped = fired
            for (claim, pick), (_, to) in zip(zipped, pairs, strict=True):
                set_bench(claim, (name, pick), LIST_BENCHMARKS)
                set_bench(to, (name, pick), LIST_BENCHMARKS)


class NeighbourView:
    """A claim and the main claim after it, with the text between their numbers."""

    __slots__ = ("prev", "claim", "gap")

    def __init__(self, text: str, prev: Claim, claim: Claim):
        self.prev, self.claim, self.gap = prev, claim, text[prev.num.end:claim.num.start]


@rule("shared-back",
      example("LieQ outperforms GPTQ by 19.7% and AWQ by 18.1% on average.",
              "19.7%", "AVERAGE"),
      counter("M attains 24.6% overall and over 60% on the Zorb-Transform problems.", "24.6%",
              ""))
def _shared_back(n: NeighbourView) -> BenchPick | None:
    """ "outperforming GPTQ by 19.7% and AWQ by 18.1% on average": the last member's (not
    "24.6% overall and 60% on the B problems": the whole, and a part of it)."""
    prev, claim = n.prev, n.claim
    if not prev.bench and claim.bench and claim.kind == prev.kind and \
            _PARALLEL_GAP_RE.match(n.gap) and not n.gap.lstrip().startswith("overall"):
        return BenchPick(claim.bench, claim.bench_raw, claim.bench_at)
    return None


SHARE_BACK = table("benchmark-shared-back", "benchmark",
                   "A parallel member takes the benchmark written after the last.", _shared_back)


def share_backward(text: str, claims: list[Claim]) -> None:
    """The trailing benchmark of the last parallel member is the list's (right to left)."""
    main = main_claims(claims)
    for prev, claim in reversed(list(zip(main, main[1:], strict=False))):
        fired = apply_first(SHARE_BACK, NeighbourView(text, prev, claim))
        if fired is not None:
            set_bench(prev, fired, SHARE_BACK)
