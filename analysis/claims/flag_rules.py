"""Mention flags: which names a claim cannot be about (comparators, examples, training sets)."""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.claims.caseless import caseless
from analysis.claims.cues import ATTAIN_STEM
from analysis.claims.names import Mention
from analysis.claims.rules import apply_each, counter, example, rule, table
from analysis.claims.scan import fold, search_located

_COMPARISON = (r"\bthan|\bover|\bcompared\s+(?:to|with)|\bcomparable\s+to|\bcompetitive\s+"
               r"(?:to|with)|\bon\s+par\s+with|\bsurpass\w*|\boutperform\w*|\bexceed\w*|\bbeat\w*"
               r"|\bvs\.?|\bversus|\brelative\s+to|\bagainst|\brival\w*|\bmatch\w*|\bbaselines?"
               r"|\bbehind|\bapproach\w*|\bsimilar\s+to|\babove|\bbelow|\bahead\s+of|\btrail\w*"
               r"|\bclose\s+to")
# The words a _COMPARISON alternative starts with, case-folded (scan.located).
_COMPARISON_WORDS = ("than", "over", "compar", "competitive", "surpass", "outperform",
                     "exceed", "beat", "vs", "versus", "relative", "against", "rival", "match",
                     "baseline", "behind", "approach", "similar", "above", "below", "ahead",
                     "trail", "close")
# "on" starts "on par with" only: looked for where " par " is ("on" is in most windows).
_ON_PAR_WORDS = (*_COMPARISON_WORDS, "on")
ON_PAR_RE = re.compile(r"\spar\s")  # (searched in the folded window)
_FILLER = r"(?:(?!on\b|with\b|for\b|in\b|using\b|to\b)[\w'`´\"-]+\s+){0,4}"
_COMPARATOR_RE = caseless(
    rf"(?:{_COMPARISON})\s+{_FILLER}(?:(?:\(|,)?\s*(?:such\s+as|e\.g\.,?|including|like)\s+)?$"
    rf"|(?:{_COMPARISON})\s+[^.;]{{0,60}}(?:such\s+as|e\.g\.,?|including|like)\s+$")
# "outperforming SFT by 0.09 and Llama-3.1-8B-Instruct by 0.12": the next rival, its margin after
_NEXT_RIVAL_RE = caseless(rf"(?:{_COMPARISON})\s+(?:[^.;]|\.(?=\w)){{0,60}}?\bby\s+\d[\d.]*\s*"
                          r"(?:points?\s+)?,?\s*and\s+(?:[\w-]+\s+){0,2}$")
_BY_AFTER_RE = re.compile(r"\s+by\s+\d")
_INSTRUMENT_RE = caseless(
    r"(?:\bwith|\busing|\bvia|\bacross|\bbased\s+on|\bbuilt\s+(?:up)?on|\bfrom|\bassistance\s+of"
    r"|\bguided\s+by|\bteacher)\s+(?:(?:the|a|an|its|our)\s+)?(?:[\w-]+\s+){0,2}$")
_INSTRUMENT_WORDS = ("with", "using", "via", "across", "based", "built", "from", "assistance",
                     "guided", "teacher")  # what a match starts with, case-folded
EXAMPLE_RE = caseless(r"(?:\be\.g\.,?|\bi\.e\.,?|\bsuch\s+as|\bincluding|\blike)\s*$")
EXAMPLE_WORDS = ("e.g.", "i.e.", "such", "including", "like")  # what a match starts with
# "fine-tuned on MetaMathQA"; not "training M with X raises B accuracy" (B follows a verb), nor
# "M trained by us by 4.9 and 3.7 points on A and B" (B follows a result)
_TRAINING_RE = caseless(r"(?<![\w-])(?:train\w*|fine-?tun\w*|distill\w*|SFT)\b"
                        rf"(?:(?!{ATTAIN_STEM}\w*\s|by\s+[+−-]?\d"
                        r"|\d\s*points?\b)[^,;.%]|\.\d){0,40}"
                        r"\b(?:on|with|using)\s+(?:the\s+|our\s+)?"
                        r"(?:(?!(?:rais|improv|boost|lift|increas|achiev|reach|push|yield|attain)"
                        r"\w*\s)[\w-]+\s+){0,2}$"
                        # "training on the same number of MATH problems"
                        r"|\b(?:train\w*|fine-?tun\w*)\s+on\s+(?:the\s+)?(?:same\s+)?"
                        r"(?:number|amount)\s+of\s+$")
# ("over answer-only fine-tuning on B": a named rival method; not "over training on B", data)
_RIVAL_METHOD_RE = caseless(r"\b(?:over|than|versus|vs\.?|against)\s+(?:[\w-]+\s+){1,2}$")
_BENCH_COMPARATOR_RE = caseless(r"(?:\bcompared\s+(?:to|with)|\bthan|\brelative\s+to|\bversus"
                                r"|\bvs\.?)\s+(?:(?:on|in)\s+)?(?:the\s+|(?:their|its)\s+(?:own\s+)?)?$"
                                # "trails its own MATH-500 accuracy by 17.4 points"
                                r"|\b(?:trail|exceed|lag|fall|drop)\w*\s+(?:\w+\s+)?(?:their|its)\s+"
                                r"own\s+$")  # "Compared with their own AIME 2024 scores"
# ("MedQA, PubMedQA and the medical subsets of MMLU": a part of a benchmark is a member too)
LIST_GAP_RE = caseless(r"^\s*(?:\([^()]*\)\s*)?(?:by\s+[^,;]{0,25}?\s*)?(?:,\s*(?:and\s+)?"
                       r"|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*)(?:as\s+well\s+as\s+)?"
                       r"(?:the\s+)?(?:(?:(?!(?:on|in|at|for|of|to)\s)[a-z][\w/-]*\s+){1,3}"
                       r"(?:subsets?|splits?|categories"
                       r"|disciplines|subjects|portions|sections?|tasks?|scenarios?|problems|questions"
                       r"|tracks|groups|families)\s+of\s+(?:the\s+)?)?$")

_NAMED_APPROACH_RE = caseless(r"\b(?:our|the|this|an)\s+approach\s*,?\s*$")
_CLAUSE_END_RE = re.compile(r"[.;!?]\s+(?=[A-Z(])")
_GAP_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|points?)?")
_AND_OR_RE = re.compile(r"\b(?:and|or)\b|[&/]")
_CONTINUES_RE = re.compile(r"\s*(?:,|and\b|or\b)")
_SUCH_AS_GAP_RE = re.compile(r"^\s*(?:\(|,)?\s*(?:such\s+as|e\.g\.,?|including|like)\s*$")

_SHARED = frozenset({"comparator", "example", "instrument"})  # flags a list passes on
_COMPARATOR = frozenset({"comparator"})


def _before(text: str, mention: Mention, ends: list[int] | None = None) -> str:
    """Up to 90 characters before a mention, within its sentence, and after the mention that
    ends last before it when given the `ends` of all mentions, in order."""
    lo = max(0, mention.start - 90)
    if ends:  # (bisected: a scan of every mention for each was 1.5% of an extraction)
        at = bisect_right(ends, mention.start)
        lo = max(lo, ends[at - 1]) if at else lo
    window = text[lo:mention.start]
    if "." not in window and ";" not in window and "!" not in window and "?" not in window:
        return window  # a clause end starts with one of them: no need to look for one
    ends = list(_CLAUSE_END_RE.finditer(window))
    return window[ends[-1].end():] if ends else window


def _search(pattern: re.Pattern, window: str, words: tuple[str, ...],
            folded: str | None = None) -> bool:
    """Whether `pattern` (whose matches start with one of `words`, in any case) is in `window`.

    `folded` is fold(window) when the caller has it. The pattern is tried only where a word
    is (scan.located), which is several times faster than a plain search.
    """
    return search_located(pattern, window, words,
                          fold(window) if folded is None else folded) is not None


class MentionView:
    """A mention with the text before it and the mention before it of the same kind."""

    __slots__ = ("text", "mention", "everything", "previous", "models", "before", "_gap")

    def __init__(self, text: str, mention: Mention, everything: list[Mention],
                 previous: Mention | None, models: list[Mention], ends: list[int]):
        self.text, self.mention, self.everything = text, mention, everything
        self.previous, self.models = previous, models
        self.before = _before(text, mention, ends)  # (`ends`: of everything, sorted)
        self._gap: str | None = None

    @property
    def gap(self) -> str:
        """The text from the previous mention of the same kind, numbers written "N"."""
        if self._gap is None:
            self._gap = _GAP_NUMBER_RE.sub("N", self.text[self.previous.end:self.mention.start])
        return self._gap

    def shares(self) -> bool:
        """The previous mention carries a flag a list passes on."""
        return self.previous is not None and bool(self.previous.flags & _SHARED)

    def listed(self) -> bool:
        """The mention continues the previous one's list ("X, Y and Z"; "X, Y," mid-list)."""
        comma_only = not _AND_OR_RE.search(self.gap)
        return bool(LIST_GAP_RE.match(self.gap)) and (
            not comma_only or _CONTINUES_RE.match(self.text, self.mention.end) is not None)


@rule("comparator",
      example("Our model outperforms GPT-4o on GSM8K.",
              "GPT-4o", "comparator"),
      example("Poly-2B scores 58.3% on MGSM, 7.7 points above Gemma-2-2B-it.",
              "Gemma-2-2B-it", "comparator"),
      counter("Qwen2.5-7B reaches 55.2% on GSM8K.",
              "Qwen2.5-7B", ""),
      example("HintPO outperforms SFT by 0.09 and Llama-3.1-8B-Instruct by 0.12.",
              "Llama-3.1-8B-Instruct", "comparator"),
      counter("Unlike prior work, our approach Baz-7B reaches 70.3% on GSM8K.",
              "Baz-7B", ""),
      example("It scores 51.3 on MathVista, close to GPT-4o (55.0).", "GPT-4o", "comparator"))
def _model_comparator(v: MentionView) -> frozenset[str] | None:
    """A model compared against ("outperforms GPT-4o", "than Llama-3-8B"): a baseline."""
    before = _before(v.text, v.mention)
    folded = fold(before)
    if "approach" in folded and _NAMED_APPROACH_RE.search(before):  # (a match holds the word)
        return None  # "our approach Baz-7B": the approach's name, not "approaching" it
    words = _ON_PAR_WORDS if ON_PAR_RE.search(folded) else _COMPARISON_WORDS
    if _BY_AFTER_RE.match(v.text, v.mention.end) and _search(_NEXT_RIVAL_RE, before, words,
                                                             folded):
        return _COMPARATOR
    return _COMPARATOR if _search(_COMPARATOR_RE, before, words, folded) else None


@rule("example",
      example("Large language models such as GPT-4 are trained on text.",
              "GPT-4", "example"),
      counter("Our model outperforms models such as GPT-4 on GSM8K.",
              "GPT-4", "comparator"))
def _model_example(v: MentionView) -> frozenset[str] | None:
    """A model named as an example ("LLMs such as GPT-4"), unless compared against."""
    if "comparator" not in v.mention.flags and _search(EXAMPLE_RE, v.before, EXAMPLE_WORDS):
        return frozenset({"example"})
    return None


# "Using DeepSeek-R1-Distill-Qwen-7B on 1,400 text vignettes, we compare ...": a sentence that
# opens by naming the model run on the data studies it (not "Using GPT-4o as a judge")
_USING_ON_RE = re.compile(r"\s+on\s+(?!the\s+same\b)")


@rule("instrument",
      example("We distill reasoning traces from DeepSeek-R1 into small models.",
              "DeepSeek-R1", "instrument"),
      counter("Using DeepSeek-R1-Distill-Qwen-7B on 1,400 text vignettes, we compare greedy "
              "decoding and majority voting.", "DeepSeek-R1-Distill-Qwen-7B", ""))
def _instrument(v: MentionView) -> frozenset[str] | None:
    """A model used as a tool ("with GPT-4 as judge", "distilled from DeepSeek-R1")."""
    if v.before == "Using " and _USING_ON_RE.match(v.text, v.mention.end):
        return None
    return frozenset({"instrument"}) if _search(_INSTRUMENT_RE, v.before, _INSTRUMENT_WORDS) \
        else None


def _listed_flags(v: MentionView) -> frozenset[str] | None:
    """A list passes its first member's comparator, example or instrument flag on."""
    return frozenset(v.previous.flags & _SHARED) if v.shares() and v.listed() else None


def _such_as(v: MentionView) -> frozenset[str] | None:
    """ "outperforms ... 7B models such as MediTron-7B": an example of compared names."""
    if v.shares() and not v.listed() and _SUCH_AS_GAP_RE.match(v.gap) and \
            "comparator" in v.previous.flags:
        return _COMPARATOR
    return None


# Compared models listed at length: the comparison word is too far back for the comparator
# rule to see from "MediTron-7B", so only the list's flag marks it.
_FAR_COMPARED = ("It outperforms GPT-4, Claude 3 Opus, Gemini 1.5 Pro, Llama-3-70B-Instruct, "
                 "Mixtral-8x22B and 7B models such as MediTron-7B.")
_model_listed = rule("listed", example(
    "Large language models such as GPT and Llama are trained with a next-token loss.",
    "Llama", "example"))(_listed_flags)
_model_such_as = rule("such-as-comparator", example(
    _FAR_COMPARED, "MediTron-7B", "comparator,example"))(_such_as)


@rule("enumerated",
      example("We study four families (Granite, LLaMA, Mistral) of models.",
              "LLaMA", "enumerated"))
def _enumerated(v: MentionView) -> frozenset[str] | None:
    """ "four families (Granite, LLaMA, Mistral)": one of a bracketed list, not a subject."""
    text, model = v.text, v.mention
    lo, hi = text.rfind("(", 0, model.start), text.find(")", model.end)
    if lo >= 0 and hi >= 0 and ")" not in text[lo:model.start] and \
            sum(lo < m.start < hi for m in v.models) >= 2:
        return frozenset({"enumerated"})
    return None


MODEL_FLAGS = table("model-flags", "flag", "Why a model mention is not a claim's subject.",
                    _model_comparator, _model_example, _instrument, _model_listed,
                    _model_such_as, _enumerated)


@rule("example",
      example("Our model solves tasks such as GSM8K and MATH.",
              "GSM8K", "example"),
      counter("Our model reaches 81% on GSM8K.",
              "GSM8K", ""))
def _bench_example(v: MentionView) -> frozenset[str] | None:
    """A benchmark named as an example ("tasks such as GSM8K")."""
    return frozenset({"example"}) if _search(EXAMPLE_RE, v.before, EXAMPLE_WORDS) else None


@rule("training",
      example("We train the LightPlanner-1.5B model on our LightPlan-40k dataset.",
              "LightPlan-40k", "training"),
      counter("We evaluate Qwen2.5-7B on GSM8K.",
              "GSM8K", ""),
      counter("Training Phi-2 with Quill raises GSM8K accuracy to 61.0%.", "GSM8K", ""),
      counter("It exceeds Qwen2.5-1.5B fine-tuned on the same data by 4.9 and 3.7 points on MedQA "
              "and MedMCQA, respectively.", "MedMCQA", ""),
      counter("Long-trace distillation reaches only 24.9% on MATH.", "MATH", ""),
      counter("This corresponds to a 24% relative improvement over answer-only fine-tuning on "
              "ChinaTravel.", "ChinaTravel", ""),
      example("The same model improves ROUGE-L on MCMD by 4.1 points over training on "
              "CommitChronicle.", "CommitChronicle", "training"))
def _training(v: MentionView) -> frozenset[str] | None:
    """A training set ("fine-tuned on MetaMathQA"), not where a score was measured."""
    start = v.mention.start
    found = _TRAINING_RE.search(v.text, max(0, start - 80), start)
    if found and _RIVAL_METHOD_RE.search(v.text, max(0, found.start() - 40), found.start()):
        return None  # "a 24% relative improvement over answer-only fine-tuning on B": the
        # training is the rival method's, B where both were measured
    return frozenset({"training"}) if found else None


@rule("comparator",
      example("Models score 41% lower on TTT-Bench compared to MATH-500.",
              "MATH-500", "comparator"),
      example("On MATH-P-Hard, the model trails its own MATH-500 accuracy by 17.4 points.",
              "MATH-500", "comparator"))
def _bench_comparator(v: MentionView) -> frozenset[str] | None:
    """A benchmark compared against ("than on GSM8K", "versus MATH")."""
    return _COMPARATOR if _BENCH_COMPARATOR_RE.search(v.before) else None


_bench_listed = rule("listed", example(
    "Our model solves tasks such as GSM8K, MATH and SVAMP.", "SVAMP", "example"))(_listed_flags)
_bench_such_as = rule("such-as-comparator", example(
    "It scores 20% lower than GSM8K, e.g. MATH-500.", "MATH-500", "comparator,example"))(_such_as)

BENCH_FLAGS = table("benchmark-flags", "flag", "Why a benchmark mention is not a claim's.",
                    _bench_example, _training, _bench_comparator, _bench_listed, _bench_such_as)


def mark_mentions(text: str, models: list[Mention], benches: list[Mention]) -> None:
    """Flag comparators, instruments, examples and training sets (Mention.flags)."""
    everything = sorted(models + benches, key=lambda m: m.start)
    ends = sorted(m.end for m in everything)
    for group, flags in ((models, MODEL_FLAGS), (benches, BENCH_FLAGS)):
        previous: Mention | None = None
        for mention in group:
            view = MentionView(text, mention, everything, previous, models, ends)
            for name, found in apply_each(flags, view):  # lazily: later rules see the flags
                mention.flags |= found
                mention.fired.append(name)
            previous = mention


_UNUSABLE = frozenset({"example", "training", "comparator"})


def usable_benchmark(b: Mention) -> bool:
    """A benchmark mention a claim can be on: no example, training set or comparator."""
    return not b.flags & _UNUSABLE


def written_lists(text: str, mentions: list[Mention], gap: re.Pattern) -> list[list[Mention]]:
    """The mentions grouped into written lists: neighbours whose text between matches `gap`."""
    lists: list[list[Mention]] = []
    for m in mentions:
        if lists and gap.match(text[lists[-1][-1].end:m.start]):
            lists[-1].append(m)
        else:
            lists.append([m])
    return lists


# "..., and the MATH-500 accuracy of M declines": a new clause's subject, not a list member.
_SUBJECT_AFTER_RE = caseless(r"\s+(?:accuracy|score|performance|pass@\d+)\s+(?:of|for)\b")
_THE_GAP_RE = caseless(r"\bthe\s*$")


def bench_lists(text: str, benches: list[Mention]) -> list[list[Mention]]:
    """The benchmarks grouped into written lists ("GSM8K, MATH and AIME")."""
    lists: list[list[Mention]] = []
    for group in written_lists(text, benches, LIST_GAP_RE):
        lists.append(group[:1])
        for before, m in zip(group, group[1:], strict=False):
            if _THE_GAP_RE.search(text, before.end, m.start) and \
                    _SUBJECT_AFTER_RE.match(text, m.end):
                lists.append([m])
            else:
                lists[-1].append(m)
    return lists


# "and on B it obtains 0.71 and 0.83 on the X and Y tasks, respectively": a list of parts after
# the numbers; "on B the two settings score 71.0% and 70.6%, respectively": a list of settings
_PARTS_AFTER_RE = re.compile(r"\s*(?:%|points?)?\s+(?:on|for|in)\s+the\s+[\w-]+(?:\s*,\s*[\w-]+)*"
                             r"\s*,?\s+and\s+[\w-]+\s+(?:[\w-]+\s+)?(?:tasks|subsets|splits|parts"
                             r"|portions|settings|tracks)\s*,?\s*respectively\b")
# "on the test-clean and test-other sets of B it obtains 4.1 and 9.7, respectively": B's parts
# (parts in lower case: "the SeqQA and CloningScenarios subsets of B" are names of their own)
_PARTS_OF_LAST_RE = re.compile(r"\bthe\s+[a-z][\w-]*\s+and\s+[a-z][\w-]*\s+(?:sets|splits|subsets"
                               r"|partitions|portions|tracks)\s+of\s+(?:the\s+)?\S+\s*$")
_SETTINGS_SUBJECT_RE = caseless(r"\b(?:the\s+(?:two|three|four)|both)\s+(?:settings|variants"
                                r"|configurations|conditions|modes|versions|decoders|methods)\b")


def other_list(text: str, names_end: int, first: int, last_end: int) -> bool:
    """Whether the numbers from `first` to `last_end`, after a list of names ending at
    `names_end`, go with a list of other things: parts named before or after them, settings."""
    return bool(_PARTS_AFTER_RE.match(text, last_end)
                or _SETTINGS_SUBJECT_RE.search(text, names_end, first)
                or _PARTS_OF_LAST_RE.search(text[max(0, names_end - 90):names_end]))
