"""Model rules: the model a claim's number belongs to, named next to it, listed or inferred."""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.claims.base_rules import paper_bases
from analysis.claims.cues import rivals_score
from analysis.claims.names import Mention
from analysis.claims.own_names import PaperContext
from analysis.claims.rival_rules import (
    base_in_brackets,
    possessed_score,
    rival_after,
    rival_before,
)
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import Claim, Sentence, main_claims, mask
from analysis.claims.spans import name_key

_AFTER_MODEL_GAP_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:on|in|at)\s+(?:the\s+)?B\s*(?:benchmark|dataset)?\s*)?"
    r"(?:(?!when\b|after\b|finetuned\b|fine-tuned\b|trained\b|distilled\b|from\b)[a-z][\w@-]*\s+){0,3}?"
    r"(?:for|in|with|using|on)\s+(?:(?:the|a|an|its|our|few-shot|fine-tuned|base|same|both)\s+)*$")
_LISTED_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:[\w@%-]+\s+){0,3}?(?:on|in|at)\s+(?:the\s+)?"
                        r"B\s*)?(?:,\s*)?(?:and\s+|&\s*|/\s*)?$")
# ("(M: 79.1)", "M 64.1", "M [47.9]")
_PAREN_MODEL_GAP_RE = re.compile(r"^\s*(?:[\w'`´\"-]+\s+){0,2}?(?:mode\s+)?[(\[]\s*"
                                 r"(?:which\s+scores?\s+|scoring\s+|at\s+|with\s+)?$|^\s*:\s*$"
                                 r"|^ $")  # ("M in chat mode [62.5]": as MODEL_PAREN_RE reads it)
_POSSESSIVE_GAP_RE = re.compile(r"^(?:\s+models?)?(?:'s|’s)\s+(?:(?:[\w@.-]+|B)\s+){0,5}?"
                                r"(?:(?:of|from|is|at|was|reaches)\s+)?$")
_PRONOUN_RE = re.compile(r"\b(?:we|We)\b")


def _expand(name: str, paper: PaperContext) -> str:
    """A short form of the paper's own name ("K2") reported as the full name ("Kimi K2")."""
    key = name_key(name)
    for own in paper.own:
        own_key = name_key(own)
        if key and key != own_key and len(key) < len(own_key) and \
                (own_key.endswith(key) or own_key.startswith(key)) and " " in own:
            return own
    return name


class ModelPick(NamedTuple):
    """A model chosen for a claim; `label` is the rule name written out when it differs."""

    model: str
    at: int = -1  # offset of the mention (-1: none, e.g. an inferred model)
    label: str | None = None  # None: the name of the rule that chose it


class ClaimView:
    """A claim of a sentence with the other claims, the sentence's models and the paper."""

    __slots__ = ("text", "sentence", "claim", "claims", "paper")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 paper: PaperContext):
        self.text, self.sentence, self.claim, self.claims, self.paper = \
            text, sentence, claim, claims, paper

    def named(self, mention: Mention) -> ModelPick:
        """The model a mention names, the paper's full own name for a short form."""
        return ModelPick(_expand(mention.name, self.paper), mention.start)


# ----------------------------------------------------------------------------- which model

@rule("paren",
      example("Qwen2.5-32B-Instruct achieves 56.7% (+40.0%) on AIME 2024.",
              "+40.0%", "Qwen2.5-32B-Instruct"))
def _paren(v: ClaimView) -> ModelPick | None:
    """ "56.7% (+40.0%)": a bracketed change is its number's model's."""
    p = v.claim.parent
    return None if p is None else ModelPick(p.model, p.model_at)


@rule("for-model",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "OLMo-2-1.48B"),
      example("It reaches 51.3% pass@1 on LiveCodeBench, compared with 37.6% pass@1 for "
              "OlympicCoder-7B.",
              "37.6%", "OlympicCoder-7B"))
def _for_model(v: ClaimView) -> ModelPick | None:
    """ "0.6 for OLMo-2-1.48B", "55.0 with the OLMo-2 1B model": the model right after."""
    num, claims = v.claim.num, v.claims
    lo = num.end
    if num.pair_role == "from" and num.pair_with is not None:  # after "from A to B" as a whole
        partner = next((c for c in claims if c.num.pair_role == "to" and c.num.start > num.end),
                       None)
        lo = partner.num.end if partner else lo
    for m in v.sentence.models:
        if lo <= m.start < lo + 60 and _AFTER_MODEL_GAP_RE.match(mask(v.text, lo, m.start,
                                                                      v.sentence)):
            return v.named(m)
        if m.start >= lo + 60:
            break
    return None


@rule("model-before",
      example("On ScienceQA, we reach 93.87%, surpassing GPT-3.5 (75.17%) by 18%.",
              "75.17%", "GPT-3.5"),
      example("Our 7B model scores 51.3 on MathVista, ahead of Qwen2.5-VL-7B-Instruct [47.9].",
              "47.9", "Qwen2.5-VL-7B-Instruct"))
def _model_before(v: ClaimView) -> ModelPick | None:
    """ "GPT-4o (52.5%)", "GPT-4o [52.5]", "o1-preview model's score of 44.6%": the model right
    before."""
    num = v.claim.num
    for m in reversed(v.sentence.models):
        if m.end > num.start or num.start - m.end > 80:
            continue
        gap = mask(v.text, m.end, num.start, v.sentence)
        if _PAREN_MODEL_GAP_RE.match(gap) or _POSSESSIVE_GAP_RE.match(gap):
            return v.named(m)
    return None


@rule("rival-named",
      example("On Climate-FEVER, AirEmbed attains an nDCG@10 of 0.298, surpassing "
              "bge-small-en-v1.5 (0.263).", "0.263", "bge-small-en-v1.5"),
      example("On BEANS-Zero, WoodEar reaches 52.6, ahead of NatureLM-audio at 49.1.", "49.1",
              "NatureLM-audio"),
      example("On HDFS, LogMind-3B reaches an F1 of 97.1, versus 96.5 for LogBERT and 95.2 for "
              "DeepLog.", "95.2", "DeepLog"),
      counter("On FLORES-200, Kito-1B reaches 41.2 for Swahili, versus 38.0 for English.",
              "38.0", "Kito-1B"))
def _rival_named(v: ClaimView) -> ModelPick | None:
    """ "surpassing bge-small-en-v1.5 (0.263)", "ahead of NatureLM-audio at 49.1": a rival the
    model table does not know, named right before its score after a comparison, or right after
    it ("versus 96.5 for LogBERT")."""
    num = v.claim.num
    found = rival_before(v.text, max(v.sentence.start, num.start - 150), num.start) or \
        rival_after(v.text, num.start, num.end) or _next_rival_after(v) or (
            ("", -1) if v.claim.kind == "absolute" and possessed_score(
                v.text, v.sentence.start, num.start, num.end) else None)  # "the teacher's 0.367"
    if found is None or any(b.start == found[1] for b in v.sentence.benches):
        return None  # (a benchmark named where a rival would be is no model)
    return ModelPick(*found)


def _next_rival_after(v: ClaimView) -> ModelPick | None:
    """ "versus 96.5 for LogBERT and 95.2 for DeepLog": the next of such rivals."""
    index = v.claims.index(v.claim)
    prev = v.claims[index - 1] if index else None
    if prev is None or prev.model_rule != "rival-named" or prev.model_at < prev.num.end or \
            not _NEXT_RIVAL_GAP_RE.fullmatch(v.text, prev.model_at, v.claim.num.start):
        return None
    found = rival_after(v.text, prev.num.start, v.claim.num.end)
    return None if found is None else ModelPick(*found)


_NEXT_RIVAL_GAP_RE = re.compile(r"[\w.+-]+(?:\s+(?:baseline|model|system))?\s*(?:,\s*)?(?:and\s+)?")


@rule("pair",
      example("It boosts the MagicBrush model's score on ImagenHub from 5.90 to 6.43.",
              "6.43", "MagicBrush"))
def _pair(v: ClaimView) -> ModelPick | None:
    """ "improves M from 58.8% to 90.0%": the second end has the first end's model."""
    num = v.claim.num
    if num.pair_role != "to":
        return None
    partner = next((c for c in reversed(v.claims) if c.num.pair_role == "from"
                    and c.num.start < num.start), None)
    if partner is not None and partner.model_rule in ("model-before", "for-model"):
        return ModelPick(partner.model, partner.model_at)
    return None


@rule("listed",
      example("Qwen2.5-32B-Instruct reaches 56.7% on AIME 2024 and 57.0% on LiveCodeBench, "
              "competitive to the o1-preview model's score of 44.6% and 59.1%.",
              "59.1%", "o1-preview"))
def _listed(v: ClaimView) -> ModelPick | None:
    """ "M's score of 44.6% and 59.1%": list members share the model named for the first."""
    num = v.claim.num
    main = [c for c in main_claims(v.claims) if c.num.start < num.start]
    if main and main[-1].model_rule in ("model-before", "for-model", "listed") and \
            _LISTED_RE.match(mask(v.text, main[-1].num.end, num.start, v.sentence)):
        return ModelPick(main[-1].model, main[-1].model_at)
    return None


# "the gap between A and B shrinks to 2.2 points", "shrinks the gap between A and B from 12.4
# to 3.7 points": a gap is the first model's distance to the second.
GAP_BETWEEN_RE = re.compile(r"\bgap\s+between\s+(?P<first>M|[A-Z][\w.-]*[\w])\s+and\s+M\b"
                            r"(?![^;]*\bgap\b)[^;]{0,60}$")


@rule("gap-between",
      example("On CLadder, CCT shrinks the gap between Qwen2.5-7B-Instruct and GPT-4o from 12.4 "
              "to 3.7 points.", "3.7 points", "Qwen2.5-7B-Instruct"),
      example("On MMLU-Redux, the gap between EmbRoute-U and GPT-4o shrinks to 2.2 points.",
              "2.2 points", "EmbRoute-U"),
      counter("On CLadder, Qwen2.5-7B-Instruct trails GPT-4o by 3.7 points.", "3.7 points",
              "Qwen2.5-7B-Instruct"))
def _gap_between(v: ClaimView) -> ModelPick | None:
    """ "the gap between A and B shrinks to 2.2 points": the change is A's (against B)."""
    num = v.claim.num
    if v.claim.kind != "delta" or "gap" not in v.text[v.sentence.start:num.start]:
        return None
    lo = max(v.sentence.start, num.start - 140)
    found = GAP_BETWEEN_RE.search(mask(v.text, lo, num.start, v.sentence))
    if found is None:
        return None
    if found.group("first") != "M":  # the paper's method, no model mention ("EmbRoute-U")
        return ModelPick(found.group("first"))
    first = next((m for m in v.sentence.models if m.start >= lo + found.start()), None)
    return None if first is None else v.named(first)


@rule("base-unnamed",
      example("Sparrow-1.5B scores 71.5 on MedQA (66.0 for the base model).", "66.0", ""),
      example("Starting from Qwen2.5-1.5B-Instruct, we train Sparrow-1.5B with RL. It scores 71.5 "
              "on MedQA (vs. 66.0 for the base model).", "66.0", "Qwen2.5-1.5B-Instruct",
              title="Sparrow-1.5B: Reinforcement Learning for Medical Questions"),
      counter("Sparrow-1.5B scores 71.5 on MedQA (+5.5 points from the base model).",
              "+5.5 points", "Sparrow-1.5B"))
def _base_unnamed(v: ClaimView) -> ModelPick | None:
    """ "M scores 71.5 (66.0 for the base model)": the base model the abstract states, if it
    states one; else no model (label ""), not the subject."""
    num = v.claim.num
    if v.claim.kind != "absolute" or not base_in_brackets(v.text, num.start, num.end):
        return None
    bases = {b.model for b in paper_bases(v.text, v.paper)}
    return ModelPick(bases.pop(), -1, "stated-base") if len(bases) == 1 else ModelPick("", -1, "")


# "..., whereas the baseline loses 2.1": a clause whose subject is an unnamed baseline
_BASELINE_CLAUSE_RE = re.compile(
    r"(?:\b(?:whereas|while|but)|;)\s+(?:the|an?|its|our)\s+(?:(?!(?:over|than|against|beats?"
    r"|outperforms?|surpass\w*|exceeds?|gains?|improves?|margins?|leads?)\b)[\w-]+\s+){0,2}?"
    r"(?:baselines?"
    r"|base\s+models?|(?:original|untuned|untrained|vanilla)\s+(?:model|policy))"
    r"\s+(?:[a-z-]+\s+){1,3}(?:only\s+|just\s+)?"
    r"(?:[\d.]+\s*(?:%|points?)?(?:,\s*(?:and\s+)?|\s+and\s+))*$")  # ("loses 2.1 and 3.4")


@rule("baseline-clause",
      example("Our model gains 5.3 points on GSM8K, whereas the baseline loses 2.1.", "2.1", ""),
      example("We gain 5.3 and 7.8 on GSM8K and MATH-500, respectively, whereas the baseline "
              "loses 2.1 and 3.4.", "3.4", ""))
def _baseline_clause(v: ClaimView) -> ModelPick | None:
    """ "whereas the baseline loses 2.1": an unnamed baseline's number (label ""), not the
    sentence's subject's."""
    start = max(v.sentence.start, v.claim.num.start - 80)
    found = _BASELINE_CLAUSE_RE.search(mask(v.text, start, v.claim.num.start, v.sentence))
    return ModelPick("", -1) if found else None


@rule("rival-of",
      example("On HumanEval it reaches 61.0, nearly double the 31.5 of Qwen2.5-Coder-1.5B.",
              "31.5", "Qwen2.5-Coder-1.5B"),
      example("On MedQA it scores 71.2, close to the 74.0 of its base model.", "74.0", ""))
def _rival_of(v: ClaimView) -> ModelPick | None:
    """ "nearly double the 31.5 of M", "above the 79.6 of its base model": the rival's number,
    its model named after it (none for an unnamed one)."""
    num = v.claim.num
    left = mask(v.text, max(v.sentence.start, num.start - 60), num.start, v.sentence)
    if not rivals_score(left, mask(v.text, num.end, v.sentence.end, v.sentence)):
        return None
    after = next((m for m in v.sentence.models if num.end <= m.start <= num.end + 20), None)
    return v.named(after) if after is not None else ModelPick("", -1)


@rule("subject",
      example("Qwen2.5-7B reaches 55.2% on GSM8K.",
              "55.2%", "Qwen2.5-7B"),
      example("Poly-2B averages 58.3% on MGSM, 7.7 points above Gemma-2-2B-it, and scores "
              "71.0% on GSM8K.", "71.0%", "Poly-2B"))
def _subject(v: ClaimView) -> ModelPick | None:
    """The nearest model before the number that is not compared against, a tool or listed."""
    num = v.claim.num
    for m in reversed(v.sentence.models):
        if m.end <= num.start and not m.flags & {"comparator", "instrument", "enumerated"}:
            if _PRONOUN_RE.search(v.text, m.end, num.start):
                return None  # "(Granite, LLaMA), ..., we show that X gains +15": we are
            return v.named(m)
    return None


@rule("reference-only",
      example("We introduce MathArena, a new benchmark of math competitions. On IMO 2025, top "
              "models achieve slightly less than 40%.", "40%", "",
              title="MathArena: Evaluating LLMs on Uncontaminated Math Competitions"))
def _reference_only(v: ClaimView) -> ModelPick | None:
    """A benchmark paper's unattributed numbers are not "ours": no model (label "")."""
    return ModelPick("", -1, "") if v.paper.benchmark_paper else None


@rule("inferred",
      example("The proposed paradigm raises the accuracy of SLMs to 54.76% on BIRD.",
              "54.76%", "Feather-SQL", title="Feather-SQL: A Lightweight NL2SQL Framework"))
def _inferred(v: ClaimView) -> ModelPick | None:
    """The paper's own method or model (or the one model it studies), as "model-inferred"."""
    name = v.paper.primary or v.paper.focus_model
    return ModelPick(name) if name else None


_OUR_MODEL_RE = re.compile(r"\b[Oo]ur\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?P<name>[A-Z][\w-]*)\s+)?"
                           r"models?\b")


@rule("our-model",
      example("Our model achieves significant improvements over strong baselines, including "
              "+14.7% on GSM8K.", "+14.7%", "Our model"),
      example("Our single best Reasoning model improves upon prior baselines (StrategyQA 58.9 "
              "rightarrow 61.7 acc.).", "61.7", "Reasoning model"),
      counter("Our single best Reasoning model improves upon prior baselines (StrategyQA 58.9 "
              "rightarrow 61.7 acc.).", "58.9", ""))
def _our_model(v: ClaimView) -> ModelPick | None:
    """ "Our model achieves ...", "our best Reasoning model": the model the paper calls its
    own when it names nothing else ("Reasoning model" when it gives the kind a name); not
    the start of a from-to pair, which is what the model is compared with."""
    if v.claim.num.pair_role == "from":
        return None
    found = _OUR_MODEL_RE.search(v.text, v.sentence.start, v.claim.num.start)
    if found is None:
        return None
    name = f"{found.group('name')} model" if found.group("name") else found.group()
    return ModelPick(name, found.start())


WHICH_MODEL = table(
    "model", "model",
    "The model a number is for: named next to it, shared with its list or pair, the "
    "sentence's subject, the paper's own, or 'our model'.",
    _paren, _for_model, _model_before, _rival_named, _pair, _listed, _gap_between, _base_unnamed,
    _baseline_clause, _rival_of, _subject,
    _reference_only,
    _inferred, _our_model)


def attach_model(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 paper: PaperContext) -> None:
    """Name the model: "0.6 for M", "M (52.5)", "M's score of", else the subject, else ours."""
    if claim.model and claim.parent is None:
        return  # a list rule (model-list) named it
    fired = apply_first(WHICH_MODEL, ClaimView(text, sentence, claim, claims, paper))
    if fired is None:
        return
    name, pick = fired
    claim.model, claim.model_at = pick.model, pick.at
    claim.model_rule = name if pick.label is None else pick.label
    claim.fired[WHICH_MODEL.name] = name
    if name == "inferred":
        claim.reasons.append("model-inferred")


class NextView:
    """A main claim and the main claim after it, in one sentence."""

    __slots__ = ("text", "sentence", "claim", "nxt")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, nxt: Claim):
        self.text, self.sentence, self.claim, self.nxt = text, sentence, claim, nxt


@rule("listed",
      example("ETD models yield gains of +28.4% on GSM8K and +36% on MATH with the OLMo-2 1B Base "
              "model.",
              "+28.4%", "OLMo-2 1B Base"))
def _listed_back(v: NextView) -> ModelPick | None:
    """ "+28.4% on GSM8K and +36% on MATH with the OLMo-2 1B model": "with M" is the list's."""
    claim, nxt = v.claim, v.nxt
    if nxt.model_rule == "for-model" and claim.model_rule in ("inferred", "", "subject") and \
            _LISTED_RE.match(mask(v.text, claim.num.end, nxt.num.start, v.sentence)):
        return ModelPick(nxt.model, nxt.model_at)
    return None


SHARE_BACK = table("model-shared-back", "model",
                   "A list member takes the model named after the last member.", _listed_back)


def share_listed_models(text: str, sentence: Sentence, claims: list[Claim]) -> None:
    """A list shares "with M" written after it; a bracketed change keeps its number's model."""
    main = main_claims(claims)
    for prev, claim in reversed(list(zip(main, main[1:], strict=False))):
        fired = apply_first(SHARE_BACK, NextView(text, sentence, prev, claim))
        if fired is not None:
            prev.model_rule, pick = fired
            prev.model, prev.model_at = pick.model, pick.at
            prev.fired[SHARE_BACK.name] = prev.model_rule
            prev.reasons = [r for r in prev.reasons if r != "model-inferred"]
    for claim in claims:
        if claim.parent is not None:
            claim.model, claim.model_at = claim.parent.model, claim.parent.model_at
