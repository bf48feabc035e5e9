"""Delta-against rules: what a change is measured against, the model itself or another one.

"improves Qwen2.5-7B by 5 points" and "from 58.8% to 90.0%" are gains of a model over itself
before the paper's recipe (own-baseline); "outperforms GPT-4 by 5 points" and "surpassing
o1-preview by 4.5%" are margins over a different model or method (other-model). A change whose
text says neither gets "".
"""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.own_names import PaperContext
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import Claim, Sentence, main_claims
from analysis.claims.spans import name_key

# "than" of "more than 100%" is a bound, not a comparison.
_COMPARE = (r"outperform\w*|surpass\w*|exceed\w*|beat\w*|over|(?<!more\s)(?<!less\s)"
            r"(?<!fewer\s)(?<!greater\s)(?<!rather\s)than|compared\s+(?:to|with)"
            r"|relative\s+to|versus|vs\.?|against|ahead\s+of")
_COMPARE_RE = caseless(rf"\b(?:{_COMPARE})\b")
# The phrase after the number names what it is compared with: "14.3% improvement over X".
# What is compared with ends where its setting starts: "ToG across GPT-4", "X on the Y".
_TARGET = (r"(?:(?!\s(?:and|or|while|whereas|but|on|in|for|with|across|at|under|using|when|by"
           r"|to)\s)[^,;.])")
_AFTER_RE = caseless(rf"\s*(?:[\w%@-]+\s+){{0,6}}?(?:{_COMPARE})\s+(?P<target>{_TARGET}{{1,80}})")
_TARGET_RE = re.compile(rf"{_TARGET}{{0,120}}")
_OWN_RE = caseless(r"^(?:the\s+|its\s+|their\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:base"
                   r"|baseline\s+M|original|vanilla|untrained|un-?tuned|initial|starting"
                   r"|backbone|same\s+model|model\s+before|pre-?trained)\b|^(?:before|without)\b")
_OWN_OF_RE = caseless(r"\b(?:of|over|from)\s+(?:the\s+|its\s+|their\s+)?(?:base|original"
                      r"|vanilla|untrained|initial|backbone)\s+(?:models?|LLMs?|policy|policies"
                      r"|checkpoints?|versions?)\b[^,;]{0,40}$")
_OTHERS_RE = caseless(
    r"^(?:the\s+|all\s+|most\s+)?(?:[\w-]+\s+){0,2}?(?:state-of-the-art|sota|best|second-best"
    r"|prior|previous|existing|competing|competitive|leading|other|larger|proprietary|frontier"
    r"|closed-source)\b")
_NAME_RE = re.compile(r"(?<![\w-])[A-Z][\w.+-]*")
_NOT_NAMES = {"The", "A", "An", "Our", "Its", "Their", "This", "These", "It", "We", "M", "B"}
_GAP_RE = caseless(r"\b(?:lags?|lagging|trail\w*)\s+(?:behind\s+)?(?:[\w-]+\s+){0,3}?by\s*$"
                   r"|\A\s*(?:%|points?|pts)?\s*(?:performance\s+)?gap\b")
_IMPROVES_RE = caseless(r"\b(?:improv\w*|boost\w*|enhanc\w*|rais\w*|increas\w*|lift\w*)\s+"
                        r"(?:[\w-]+\s+){0,5}?(?:of\s+)?(?:an?\s+|the\s+)?M\b")
_FOR_MODEL_RE = caseless(r"^\s*(?:%|points?)?\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,4}?"
                         r"(?:for|in|with|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?M\b")
# Between two changes of one list: "by 13.4% and 9.8%", "GPTQ by 19.7% and AWQ by 18.1%",
# "by more than 100% on BBH and 42% on AGIEval" (the new member's own words after "and").
_LIST_GAP_RE = re.compile(r"^[^;:]{0,100}?(?:,\s*|\s)(?:and|or|&)\s+(?P<own>[^;:]{0,40})$"
                          r"|^\s*(?:%|points?|pts)?\s*,\s+(?P<comma>[^;:]{0,40})$")
_CLAUSE_BREAK_RE = caseless(r"\b(?:while|whereas|but|although)\b|[;:]")


class DeltaView:
    """A change with the text it is compared in: the clause before it and the phrase after."""

    __slots__ = ("text", "sentence", "claim", "claims", "paper", "_target", "after_end")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 paper: PaperContext):
        self.text, self.sentence, self.claim, self.claims, self.paper = \
            text, sentence, claim, claims, paper
        self._target: tuple[int, int] | None | bool = False
        self.after_end = -1  # end of a target named after the number ("gain over X")

    def _bracketed(self, pos: int) -> bool:
        lo = self.sentence.start
        return self.text.rfind("(", lo, pos) > self.text.rfind(")", lo, pos)

    def clause_start(self) -> int:
        """Where the number's clause starts: after the last unbracketed number before it (and
        after what that number was compared with, when named after it)."""
        lo = self.sentence.start
        for c in self.claims:
            if c.num.end <= self.claim.num.start and not self._bracketed(c.num.start):
                lo = max(lo, c.num.end, c.compared_end)
        return min(lo, self.claim.num.start)

    def target(self) -> tuple[int, int] | None:
        """Offsets of what the change is compared with ("GPT-4", "the base model"), if said."""
        if self._target is not False:
            return self._target
        num, text = self.claim.num, self.text
        after = num.end
        if self._bracketed(num.start):  # "gains (11.0% for 2B and 17.4% for 7B) over GPT-4V"
            close = text.find(")", num.end, self.sentence.end)
            after = close + 1 if close >= 0 else after
        found = _AFTER_RE.match(text, after, self.sentence.end)
        if found is not None:
            self._target = (found.start("target"), found.end("target"))
            self.after_end = found.end("target")
        else:
            lo = self.clause_start()
            compared = list(_COMPARE_RE.finditer(text, lo, num.start))
            if compared:
                start = compared[-1].end()
                self._target = (start, _TARGET_RE.match(text, start, num.start).end())
            else:
                self._target = None
        return self._target

    def masked_target(self) -> str:
        """The target with model mentions written "M" and benchmarks "B", stripped."""
        span = self.target()
        if span is None:
            return ""
        pieces, pos = [], span[0]
        for m in sorted(self.sentence.models + self.sentence.benches, key=lambda x: x.start):
            if span[0] <= m.start < span[1]:
                pieces += [self.text[pos:m.start], "M" if m in self.sentence.models else "B"]
                pos = m.end
        return ("".join(pieces) + self.text[pos:span[1]]).strip()

    def target_models(self) -> list[str]:
        """Comparison keys of the models named in the target."""
        span = self.target()
        return [] if span is None else [name_key(m.name) for m in self.sentence.models
                                        if span[0] <= m.start < span[1]]


@rule("pair",
      example("Accuracy on MATH500 increases from 83.2% to 89.4%, an improvement of 6.2%.",
              "6.2%", "own-baseline"))
def _pair(v: DeltaView) -> str | None:
    """A change stated with its "from A to B" pair: the model over itself."""
    return "own-baseline" if v.claim.pair is not None else None


@rule("paren-of-change",
      example("The scorer outperforms Gemini-Pro 1.5, improving accuracy by 4.03% (+7.21%) on "
              "GenAI-Bench.", "+7.21%", "other-model"))
def _paren_of_change(v: DeltaView) -> str | None:
    """ "by 4.03% (+7.21%)": the bracketed change restates its change, against the same."""
    parent = v.claim.parent
    return parent.delta_against or None if parent is not None and \
        parent.kind != "absolute" else None


@rule("paren-of-trained",
      example("With just 17k training samples, the Qwen2.5-32B-Instruct model achieves 56.7% "
              "(+40.0%) on AIME 2024.", "+40.0%", "own-baseline"))
def _paren_of_trained(v: DeltaView) -> str | None:
    """ "the trained M achieves 56.7% (+40.0%)": the change of M by the training."""
    parent = v.claim.parent
    if parent is not None and parent.fired.get("model-trained") and \
            name_key(parent.base_model) == name_key(v.claim.model):
        return "own-baseline"
    return None


@rule("own-reference",
      example("Sparrow-1.5B reaches 43.1% on AIME 2024, a 14.3% improvement over the base model.",
              "14.3%", "own-baseline"),
      example("Pensez 7B exhibits an increase in accuracy of the base model up to 20% on AIME25.",
              "20%", "own-baseline"))
def _own_reference(v: DeltaView) -> str | None:
    """ "over the base model", "of the base model", "than before": the model before."""
    if _OWN_RE.match(v.masked_target()):
        return "own-baseline"
    lo = v.clause_start()
    return "own-baseline" if _OWN_OF_RE.search(v.text, lo, v.claim.num.start) else None


@rule("base-target",
      example("Built on Qwen2.5-VL, LOVE-R1 outperforms Qwen2.5-VL by an average of 3.1% points "
              "on four benchmarks.", "3.1%", "own-baseline",
              title="LOVE-R1: Adaptive Zoom-in for Long Video Understanding"))
def _base_target(v: DeltaView) -> str | None:
    """Compared with the base the claim's model is built on: the model over itself."""
    base = name_key(v.claim.base_model)
    return "own-baseline" if base and base in v.target_models() else None


@rule("margin-named",
      example("On the MATH benchmark, it improves Qwen2.5-Math-7B from 58.8% to 90.0%, "
              "surpassing o1-preview by +4.5%.", "+4.5%", "other-model"),
      example("LieQ outperforms GPTQ by 19.7% and AWQ by 18.1% on average.", "19.7%",
              "other-model"),
      counter("Models score 41% lower on TTT-Bench compared to MATH-500.", "41%", ""))
def _margin_named(v: DeltaView) -> str | None:
    """ "outperforms GPT-4 by 5 points", "over GPTQ": a margin over a named model or method."""
    own = name_key(v.claim.model)
    if any(key and key != own for key in v.target_models()):
        return "other-model"
    names = [n for n in _NAME_RE.findall(v.masked_target()) if n not in _NOT_NAMES]
    return "other-model" if names else None


@rule("margin-others",
      example("LoRID outperforms the second-best method by 2.3% on GSM8K.", "2.3%",
              "other-model"))
def _margin_others(v: DeltaView) -> str | None:
    """ "outperforms the second-best method", "prior open-source models": other models."""
    return "other-model" if _OTHERS_RE.match(v.masked_target()) else None


@rule("listed",
      example("It outperforms GPT-3.5 (75.17%) by 18% and GPT-4 (83.99%) by 10% on ScienceQA.",
              "10%", "other-model"),
      example("Orca surpasses Vicuna-13B by more than 100% in reasoning benchmarks like "
              "Big-Bench Hard (BBH) and 42% on AGIEval.", "42%", "other-model"))
def _listed(v: DeltaView) -> str | None:
    """ "by 13.4% and 9.8%", "GPTQ by 19.7% and AWQ by 18.1%": a list shares its reference."""
    main = [c for c in main_claims(v.claims) if c.num.end <= v.claim.num.start
            and c.kind != "absolute"]
    if not main or not main[-1].delta_against:
        return None
    gap = _mentions_as_m(v, main[-1].num.end, v.claim.num.start)
    found = _LIST_GAP_RE.match(gap)
    if found is None or _CLAUSE_BREAK_RE.search(gap):
        return None
    own_words = found.group("own") if found.group("own") is not None else found.group("comma")
    return None if _COMPARE_RE.search(own_words) else main[-1].delta_against


def _mentions_as_m(v: DeltaView, lo: int, hi: int) -> str:
    pieces, pos = [], lo
    for m in v.sentence.models:
        if lo <= m.start < hi:
            pieces += [v.text[pos:m.start], "M"]
            pos = m.end
    return "".join(pieces) + v.text[pos:hi]


@rule("gap-word",
      example("Small models lag behind LLMs by 50% on GSM8K.", "50%", "other-model"))
def _gap_word(v: DeltaView) -> str | None:
    """ "lag behind LLMs by 50%", "a 4 pts gap": a distance to other models."""
    num = v.claim.num
    before = v.text[max(v.sentence.start, num.start - 60):num.start]
    after = v.text[num.end:v.sentence.end]
    return "other-model" if _GAP_RE.search(before) or _GAP_RE.match(after) else None


@rule("improves-model",
      example("Our method improves the performance of Gemma-2B by 12.43 on GSM8K.", "12.43",
              "own-baseline"),
      example("Math-only RL lifts distilled models (+14.6% / +17.2% on AIME 2025 for the 7B / "
              "14B models).", "+17.2%", "own-baseline"))
def _improves_model(v: DeltaView) -> str | None:
    """ "improves Gemma-2B by 12", "+14.6% for the 7B model": that model over itself."""
    num, claim = v.claim.num, v.claim
    if not claim.model or claim.model_at < 0:
        return None
    lo = v.clause_start()
    before = _mentions_as_m(v, lo, num.start)
    after = _mentions_as_m(v, num.end, min(v.sentence.end, num.end + 60))
    if _IMPROVES_RE.search(before) or _FOR_MODEL_RE.match(after):
        return "own-baseline"
    return None


@rule("unstated",
      example("SSR improves pass@1 accuracy by 13.84% on LiveMathBench.", "13.84%", ""))
def _unstated(v: DeltaView) -> str | None:
    """The text does not say what the change is measured against."""
    return ""


DELTA_AGAINST = table(
    "delta-against", "delta_against",
    "What a change is measured against: the model before the recipe or another model.",
    _pair, _paren_of_change, _paren_of_trained, _own_reference, _base_target, _margin_named,
    _margin_others, _listed, _gap_word, _improves_model, _unstated)


# "+14.6% / +17.2%", "+28.4% relative improvement on GSM8K and +36% on MATH with M".
_BACK_GAP_RE = caseless(r"^\s*(?:%|points?)?\s*(?:[\w@-]+\s+){0,4}?(?:(?:on|in|for|at)\s+"
                        r"[^,;]{0,60}?)?(?:,\s*)?(?:and|or|&|/)?\s*$")


class ListedView:
    """A change and the main change after it in its sentence, with the text between."""

    __slots__ = ("claim", "nxt", "gap")

    def __init__(self, text: str, claim: Claim, nxt: Claim):
        self.claim, self.nxt, self.gap = claim, nxt, text[claim.num.end:nxt.num.start]


@rule("listed-back",
      example("Math-only RL lifts distilled models (+14.6% / +17.2% on AIME 2025 for the 7B / "
              "14B models).", "+14.6%", "own-baseline"))
def _listed_back(v: ListedView) -> str | None:
    """ "+14.6% / +17.2% ... for the 7B / 14B models": a list takes its last member's reference."""
    if v.claim.delta_against or not v.nxt.delta_against or v.nxt.kind == "absolute":
        return None
    return v.nxt.delta_against if _BACK_GAP_RE.match(v.gap) else None


SHARE_BACK = table("delta-against-shared-back", "delta_against",
                   "A list member takes the reference written after the last member.",
                   _listed_back)


def attribute_delta(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                    paper: PaperContext) -> None:
    """The reference of a change (delta or relative); scores have none."""
    if claim.kind == "absolute":
        return
    view = DeltaView(text, sentence, claim, claims, paper)
    claim.fired[DELTA_AGAINST.name], claim.delta_against = apply_first(DELTA_AGAINST, view)
    claim.compared_end = view.after_end


def share_delta_back(text: str, claims: list[Claim]) -> None:
    """Right to left: a list member without a reference takes the next member's."""
    if len(claims) < 2:
        return
    main = main_claims(claims)
    for claim, nxt in reversed(list(zip(main, main[1:], strict=False))):
        fired = apply_first(SHARE_BACK, ListedView(text, claim, nxt))
        if fired is not None:
            claim.fired[SHARE_BACK.name], claim.delta_against = fired
