"""Base rules: the base model the abstract says the paper's own model is built on or trained from.

A base is stated once per abstract ("we fine-tune Qwen2.5-7B", "built upon LLaVA-1.6-34B",
"when applied to Qwen3-0.6B"); a claim of the paper's own model ("our model", "the 1.5B
model", the method's name) takes the one base the abstract (or the claim's sentence) names.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from analysis.claims.caseless import caseless
from analysis.claims.names import Mention
from analysis.claims.own_names import PaperContext
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.scan import contains_any
from analysis.claims.sentence import Claim, Sentence
from analysis.claims.spans import name_key, sentence_spans
from analysis.curated.model_names import parse_size_from_name

_FILLER = r"(?:(?!(?:on|with|from|using|by|for|in|into|to|data|dataset|samples)\b)[\w.()-]+,?\s+)"
_TRAINING = (r"fine-?tun\w*|finetun\w*|post-?train\w*|train\w*|distill\w*|\bRL\b|reinforcement"
             r"|GRPO|PPO|DPO|SFT|optimi[sz]ation|align\w*")
_TRAINING_RE = caseless(_TRAINING)
# Each kind: the text right before the base's mention (BEFORE) or right after it (AFTER).
_BEFORE = {
    "fine-tune": re.compile(
        rf"\b(?:fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|post-?train(?:s|ed|ing)?|"
        rf"(?:re-?)?train(?:s|ed|ing)?|align(?:s|ed|ing)?|distill\w*\s+(?:[\w-]+\s+){{0,5}}?"
        rf"into)\s+(?:(?:the|a|an|two|three|both|several)\s+)?{_FILLER}{{0,3}}?$",
        re.IGNORECASE),
    "applied-to": re.compile(
        rf"\b(?:appl(?:y|ies|ied|ying)|leverag\w+|adapt\w*|extend\w*)\s+{_FILLER}{{0,8}}?"
        rf"(?:to|on)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?(?:\(\s*)?$", re.IGNORECASE),
    "built-on": re.compile(
        r"\b(?:built\s+(?:up)?on|builds?\s+(?:up)?on|based\s+on|on\s+top\s+of|initiali[sz]ed"
        r"\s+(?:from|with)|start(?:s|ing)?\s+from|(?:fine-?tuned|trained|adapted|derived)\s+"
        r"from)\s+(?:(?:the|a|an|publicly\s+available|open-source|pre-?trained)\s+)*\(?\s*$",
        re.IGNORECASE),
    "base-named": re.compile(
        r"\b(?:the\s+)?(?:base|backbone|foundation|starting)\s+(?:model|LLM|LM)\s*[,:(]?\s*$"
        r"|\bour\s+baseline\s+$", re.IGNORECASE),
    "trained-with": re.compile(
        rf"\b(?:with|using|after)\s+(?:just|only)?\s*(?:[\w.~()-]+\s+){{0,6}}?(?:{_TRAINING})"
        rf"(?:\s+[\w()-]+){{0,3}}\s*,\s+(?:the\s+)?$", re.IGNORECASE),
    "focus": re.compile(
        r"\b(?:focus(?:es|ed|ing)?\s+on|stud(?:y|ies|ied|ying))\s+(?:(?:a|an|the)\s+)?"
        r"(?:[\w.-]+[\s,]+){0,4}?$", re.IGNORECASE),
}
_AFTER = {"base-named": re.compile(r"\s+(?:base\s+model\b|as\s+(?:the|its|our|a)\s+(?:base|"
                                   r"backbone|starting\s+point)\b)|\s*\(\s*(?:base|backbone)\s*\)",
                                   re.IGNORECASE)}
# "our 2B SSE-H model", "our previously released M": the paper's own (not "our method on M").
# A base someone else trains ("unlike prior work that fine-tunes M") is not the paper's.
_FOREIGN_RE = caseless(r"\b(?:unlike|prior|previous|existing|conventional|traditional)\b"
                       r"|\b(?:methods?|approaches|works?|studies)\s+(?:that|which)\b")
_OUR_RE = caseless(r"\bour\s+(?:(?!(?:on|to|with|for|in|of|from|by|using|and|base|baseline)\b)"
                   r"[\w.-]+\s+){0,3}$")
_LIST_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)$")
_UNUSABLE = frozenset({"comparator", "example"})
_REACH = 100  # characters before a mention a statement may start


@dataclass(frozen=True)
class Base:
    """A base model the abstract names, how (kind) and where (the quote's offsets)."""

    model: str
    kind: str
    start: int
    end: int
    trained: bool  # the paper trains it (not only runs a training-free method on it)

    @property
    def key(self) -> str:
        """Comparison key of the base's name."""
        return name_key(self.model)


# Every pattern of _BEFORE needs one of these (lower-case) words: substring tests first.
_BEFORE_CUES = ("tun", "train", "align", "distill", "appl", "leverag", "adapt", "extend", "built",
                "based", "top of", "initiali", "start", "base", "backbone", "foundation", "focus",
                "stud")


def _kind(text: str, mention: Mention) -> tuple[str, int, int] | None:
    lo = max(0, mention.start - _REACH, text.rfind(". ", 0, mention.start) + 1)
    before = text[lo:mention.start]
    lowered = before.lower()
    if not contains_any(lowered, _BEFORE_CUES):
        before = ""  # no pattern of _BEFORE can match
    for kind, pattern in (_BEFORE.items() if before else ()):
        found = pattern.search(before)
        if found is not None:
            if _FOREIGN_RE.search(before, 0, found.start()):
                return None
            return kind, lo + found.start(), mention.end
    for kind, pattern in _AFTER.items():
        found = pattern.match(text, mention.end)
        if found is not None:
            return kind, mention.start, found.end()
    return None


def _is_own(mention: Mention, text: str, own_keys: set[str]) -> bool:
    key = name_key(mention.name)
    return bool(_OUR_RE.search(text, max(0, mention.start - 40), mention.start)) or \
        mention.text[:1].isdigit() or any(key.startswith(k) for k in own_keys if k)


def _trained(text: str, kind: str, start: int, end: int) -> bool:
    if kind in ("fine-tune", "built-on", "base-named", "trained-with"):
        return True
    if kind == "focus":  # "focusing on M, ... training on 4 GPUs": the sentence trains it
        spans = [(a, b) for a, b in sentence_spans(text) if a <= start < b]
        return bool(spans) and bool(_TRAINING_RE.search(text, *spans[0]))
    return bool(_TRAINING_RE.search(text, start, end))


def paper_bases(text: str, paper: PaperContext) -> list[Base]:
    """Every base the abstract states, in order (computed once per paper)."""
    if paper.bases is not None:
        return paper.bases
    own_keys = {name_key(n) for n in paper.own}
    bases: list[Base] = []
    previous: tuple[Mention, Base] | None = None
    for mention in paper.models:
        if _is_own(mention, text, own_keys):
            continue
        found = _kind(text, mention)
        if mention.flags & _UNUSABLE and (found is None or found[0] != "base-named"):
            continue  # compared against or an example; "our baseline M" is compared, too
        if found is None and previous is not None and _LIST_RE.match(
                text[previous[0].end:mention.start]):  # "fine-tune Phi-3-small and Mistral-7B"
            found = (previous[1].kind, previous[1].start, mention.end)
        if found is not None:
            base = Base(mention.name, found[0], found[1], found[2],
                        _trained(text, found[0], found[1], found[2]))
            bases.append(base)
            previous = (mention, base)
    paper.bases = bases
    return bases


_size_of = functools.lru_cache(maxsize=1 << 12)(parse_size_from_name)  # names recur


def _same_size(a: str, b: str) -> bool:
    """Two names whose written sizes (if both have one) agree."""
    x, y = _size_of(a), _size_of(b)
    return math.isnan(x) or math.isnan(y) or abs(x - y) <= 0.1 * max(x, y)


class BaseView:
    """A claim of the paper's own result with the bases its abstract states."""

    __slots__ = ("text", "sentence", "claim", "paper", "_unique")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, paper: PaperContext):
        self.text, self.sentence, self.claim, self.paper = text, sentence, claim, paper
        self._unique: Base | None | bool = False

    @property
    def bases(self) -> list[Base]:
        """The bases the abstract states (found on first use, once per paper)."""
        return paper_bases(self.text, self.paper)

    def unique(self) -> Base | None:
        """The one base the claim's sentence, else the abstract, names (found once)."""
        if self._unique is False:
            self._unique = self._find_unique()
        return self._unique

    def _find_unique(self) -> Base | None:
        usable = [b for b in self.bases if _same_size(b.model, self.claim.model)]
        inside = [b for b in usable if self.sentence.start <= b.start < self.sentence.end]
        named = {b.key for b in self.bases} | {name_key(self.claim.model)}
        own_keys = {name_key(n) for n in self.paper.own}
        others = [m for m in self.sentence.models if "comparator" not in m.flags
                  and name_key(m.name) not in named and not _is_own(m, self.text, own_keys)]
        # "increase Mistral, Llama3 and Qwen2-Math by 29%": the sentence's models, not the base
        for group in (inside, [] if others else usable):
            if len({b.key for b in group}) == 1:
                return group[0]
        return None


# ----------------------------------------------------------------------------- trained model

def _trained_base(v: BaseView) -> Base | None:
    """The trained base the claim is filed under, when the number is the trained model's."""
    claim = v.claim
    if claim.kind != "absolute" or claim.role != "proposed" or claim.num.pair_role == "from" \
            or not claim.model:
        return None
    anywhere = claim.model_rule == "inferred" or claim.num.pair_role == "to"
    if not anywhere and not _TRAINING_RE.search(v.text, v.sentence.start, claim.num.start):
        return None  # no training said before the number: no base can be stated here
    key = name_key(claim.model)
    for base in v.bases:
        if base.key != key or not base.trained:
            continue
        if anywhere or v.sentence.start <= base.start < claim.num.start:
            return base
    return None


def _own_release(v: BaseView, base: Base) -> Mention | None:
    """ "our previously released Sky-T1-32B-Preview model": the paper's model of the base's size."""
    found = [m for m in v.paper.models if m.name != base.model and not m.text[:1].isdigit()
             and _OUR_RE.search(v.text, max(0, m.start - 40), m.start)
             and not math.isnan(_size_of(m.name))
             and _same_size(m.name, base.model)]
    return found[0] if len({name_key(m.name) for m in found}) == 1 else None


@rule("own-release",
      example("With just 17k long CoT training samples, the Qwen2.5-32B-Instruct model achieves "
              "56.7% on AIME 2024. This is the paper of our previous released Sky-T1-32B-Preview "
              "model.", "56.7%", "Sky-T1-32B-Preview"))
def _own_release_rule(v: BaseView) -> str | None:
    """A trained base's score, and the paper names its own model of that size: that model."""
    base = _trained_base(v)
    mention = None if base is None else _own_release(v, base)
    return None if mention is None else mention.name


@rule("trained-base",
      example("Our study focuses on a 1.5-billion-parameter model, DeepSeek-R1-Distill-Qwen-1.5B, "
              "trained with RL on 4 GPUs. Our results show AIME24 reaching 46.7%.", "46.7%",
              "DeepSeek-R1-Distill-Qwen-1.5B (trained)"),
      example("When used to fine-tune Qwen2-1.5B, both methods improve SVAMP accuracy from 46% "
              "to 70%.", "70%", "Qwen2-1.5B (trained)"),
      counter("When used to fine-tune Qwen2-1.5B, both methods improve SVAMP accuracy from 46% "
              "to 70%.", "46%", "Qwen2-1.5B"))
def _trained_label(v: BaseView) -> str | None:
    """A trained base's score after training, the trained model unnamed: "<base> (trained)"."""
    base = _trained_base(v)
    return None if base is None else f"{base.model} (trained)"


TRAINED = table("model-trained", "model",
                "A result of the model the paper trains, filed under its base's name: the "
                "trained model.", _own_release_rule, _trained_label)


# ----------------------------------------------------------------------------- base

def _own_claim(v: BaseView) -> bool:
    """A result of the paper's own model: its method's name, "the 1.5B model", or inferred."""
    claim = v.claim
    if claim.role != "proposed" or claim.num.pair_role == "from" or not claim.model:
        return False
    if claim.model_rule == "inferred" or claim.model[:1].isdigit():
        return True
    key = name_key(claim.model)
    return any(key.startswith(k) or k.startswith(key) for k in map(name_key, v.paper.own) if k)


def _of_kind(v: BaseView, kind: str) -> Base | None:
    if not _own_claim(v):
        return None
    base = v.unique()
    return base if base is not None and base.kind == kind and \
        base.key != name_key(v.claim.model) else None


@rule("fine-tune",
      example("We use it to fine-tune a LLaVA-NeXT-8B model as a scorer. The resulting scorer "
              "improves accuracy by 4.03% on GenAI-Bench.", "4.03%", "LLaVA-NeXT-8B",
              title="ADIEE: Automatic Dataset Creation and Scorer"),
      example("We distill reasoning traces from DeepSeek-R1 into Qwen2.5-7B. The resulting "
              "Foo-7B scores 55.0% on AIME 2024.", "55.0%", "Qwen2.5-7B",
              title="Foo: Distilled Reasoners"),
      counter("Unlike prior work that fine-tunes Llama-3-8B, our approach Baz reaches 70.3% on "
              "GSM8K.", "70.3%", "", title="Baz: No Training Needed"))
def _fine_tune(v: BaseView) -> Base | None:
    """ "we fine-tune Qwen2.5-7B", "to train Llama-3-8B": the model trained is the base."""
    return _of_kind(v, "fine-tune")


@rule("applied-to",
      example("We apply our method on Phi-4-Mini, a compact model. The resulting Phi-4-Mini-"
              "Reasoning model outperforms o1-mini by 3.2 points on Math-500.", "3.2 points",
              "Phi-4-Mini", title="Phi-4-Mini-Reasoning: Exploring Small Reasoning Models"))
def _applied_to(v: BaseView) -> Base | None:
    """ "applied to Llama-3-8B", "we apply X to M": the model the method runs on."""
    return _of_kind(v, "applied-to")


@rule("built-on",
      example("Built upon LLaVA-1.6-34B, CMRF achieves an average accuracy of 69.4%.",
              "69.4%", "LLaVA-1.6-34B", title="CMRF: Coherent Multimodal Reasoning"))
def _built_on(v: BaseView) -> Base | None:
    """ "built on", "based on", "initialised from", "starting from M": the base."""
    return _of_kind(v, "built-on")


@rule("base-named",
      example("LOVE-R1 outperforms our baseline Qwen2.5-VL by an average of 3.1% points on "
              "four benchmarks.", "3.1%", "Qwen2.5-VL",
              title="LOVE-R1: Adaptive Zoom-in for Long Video Understanding"))
def _base_named(v: BaseView) -> Base | None:
    """ "the base model M", "M as the backbone", "our baseline M": the base by name."""
    return _of_kind(v, "base-named")


@rule("trained-with",
      example("After RL training, the Qwen2.5-7B model improves. Our 7B model reaches 55.2% on "
              "GSM8K.", "55.2%", "Qwen2.5-7B"))
def _trained_with(v: BaseView) -> Base | None:
    """ "With 17k training samples, the M model ...": M is what was trained."""
    return _of_kind(v, "trained-with")


@rule("focus",
      example("We study RL training, focusing on a small model, Qwen2.5-1.5B. Our approach "
              "SmolRL reaches 30.1% on AIME 2024.", "30.1%", "Qwen2.5-1.5B",
              title="SmolRL: Small Models Learn to Reason"))
def _focus(v: BaseView) -> Base | None:
    """ "focusing on a 1.5B model, M" in a sentence about training it: the base."""
    return _of_kind(v, "focus")


BASE = table("base", "base", "The base model the paper's own model is built on, as the "
             "abstract names it.", _fine_tune, _applied_to, _built_on, _base_named,
             _trained_with, _focus)


def attribute_base(text: str, sentence: Sentence, claim: Claim, paper: PaperContext) -> None:
    """The trained model of a base's score, and the base of the paper's own model."""
    if not paper.models or claim.role != "proposed" or claim.num.pair_role == "from" or \
            not claim.model:
        return  # what every rule of both tables asks first
    view = BaseView(text, sentence, claim, paper)
    renamed = apply_first(TRAINED, view)
    if renamed is not None:
        base = _trained_base(view)
        claim.fired[TRAINED.name], claim.model = renamed
        claim.model_rule = claim.fired[TRAINED.name]
    else:
        fired = apply_first(BASE, view)
        if fired is None:
            return
        claim.fired[BASE.name], base = fired
    claim.base_model, claim.base_rule = base.model, base.kind
    claim.base_quote = text[base.start:base.end]
