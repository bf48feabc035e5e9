"""Claim rules: the model a number belongs to, its role, metric and uncertainty reasons."""

from __future__ import annotations

import re

from analysis.claims.names import Mention, PaperContext
from analysis.claims.score_rules import Claim, Sentence, _mask
from analysis.claims.text import name_key
from analysis.curated.benchmarks import BenchmarkIndex

_AFTER_MODEL_GAP_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:on|in|at)\s+(?:the\s+)?B\s*(?:benchmark|dataset)?\s*)?"
    r"(?:(?!when\b|after\b|finetuned\b|fine-tuned\b|trained\b|distilled\b|from\b)[a-z-]+\s+){0,3}?"
    r"(?:for|in|with|using|on)\s+(?:(?:the|a|an|its|our|few-shot|fine-tuned|base|same|both)\s+)*$")
_LISTED_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:[\w@%-]+\s+){0,3}?(?:on|in|at)\s+(?:the\s+)?"
                        r"B\s*)?(?:,\s*)?(?:and\s+|&\s*|/\s*)?$")
_PAREN_MODEL_GAP_RE = re.compile(r"^\s*(?:[\w'`´\"-]+\s+){0,2}?\(\s*(?:which\s+scores?\s+|scoring"
                                 r"\s+|at\s+|with\s+)?$")
_POSSESSIVE_GAP_RE = re.compile(r"^(?:\s+models?)?(?:'s|’s)\s+(?:(?:[\w@.-]+|B)\s+){0,5}?"
                                r"(?:(?:of|from|is|at|was|reaches)\s+)?$")
_BASELINE_GAP_RE = re.compile(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|whereas|while"
                              r"|against)\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?:we|We)\b")
_METRICS = (
    (re.compile(r"\bpass@(\d+)", re.IGNORECASE), "pass@{}"),
    (re.compile(r"\bmaj@(\d+)", re.IGNORECASE), "maj@{}"),
    (re.compile(r"\bwin[\s-]rates?\b", re.IGNORECASE), "win-rate"),
    (re.compile(r"\bsuccess\s+rates?\b", re.IGNORECASE), "success-rate"),
    (re.compile(r"\b(?:test-)?accuracy|\bacc\b\.?|\bexecution\s+accuracy", re.IGNORECASE),
     "accuracy"),
    (re.compile(r"\bf1(?:-score)?\b", re.IGNORECASE), "f1"),
    (re.compile(r"\bexact\s+match\b|\bEM\b"), "em"),
    (re.compile(r"\bbleu\S*", re.IGNORECASE), "bleu"),
    (re.compile(r"\bauc\b", re.IGNORECASE), "auc"),
    (re.compile(r"\b(?:rating|elo)\b", re.IGNORECASE), "rating"),
    (re.compile(r"\bscor(?:e|es|ed|ing)\b", re.IGNORECASE), "score"),
)


def _expand(name: str, ctx: PaperContext) -> str:
    """A short form of the paper's own name ("K2") reported as the full name ("Kimi K2")."""
    key = name_key(name)
    for own in ctx.own:
        own_key = name_key(own)
        if key and key != own_key and len(key) < len(own_key) and \
                (own_key.endswith(key) or own_key.startswith(key)) and " " in own:
            return own
    return name


def _set(claim: Claim, mention: Mention, rule: str, ctx: PaperContext) -> None:
    claim.model, claim.model_rule, claim.model_at = _expand(mention.name, ctx), rule, mention.start


def attach_model(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 ctx: PaperContext) -> None:
    """Name the model: "0.6 for M", "M (52.5)", "M's score of", else the subject, else ours."""
    num = claim.num
    if claim.parent is not None:
        p = claim.parent
        claim.model, claim.model_rule, claim.model_at = p.model, "paren", p.model_at
        return
    if claim.model:
        return
    lo = num.end
    if num.pair_role == "from" and num.pair_with is not None:
        partner = next((c for c in claims if c.num.pair_role == "to" and c.num.start > num.end),
                       None)
        lo = partner.num.end if partner else lo
    for m in sentence.models:
        if lo <= m.start < lo + 60 and _AFTER_MODEL_GAP_RE.match(_mask(text, lo, m.start,
                                                                       sentence)):
            return _set(claim, m, "for-model", ctx)
        if m.start >= lo + 60:
            break
    for m in reversed(sentence.models):
        if m.end > num.start or num.start - m.end > 80:
            continue
        gap = _mask(text, m.end, num.start, sentence)
        if _PAREN_MODEL_GAP_RE.match(gap) or _POSSESSIVE_GAP_RE.match(gap):
            return _set(claim, m, "model-before", ctx)
    if num.pair_role == "to":
        partner = next((c for c in reversed(claims) if c.num.pair_role == "from"
                        and c.num.start < num.start), None)
        if partner is not None and partner.model_rule in ("model-before", "for-model"):
            claim.model, claim.model_rule, claim.model_at = (partner.model, "pair",
                                                             partner.model_at)
            return
    main = [c for c in claims if c.parent is None and c.num.start < num.start]
    if main and main[-1].model_rule in ("model-before", "for-model", "listed") and \
            _LISTED_RE.match(_mask(text, main[-1].num.end, num.start, sentence)):
        p = main[-1]  # "M's score of 44.6% and 59.1%": the list shares its model
        claim.model, claim.model_rule, claim.model_at = p.model, "listed", p.model_at
        return
    for m in reversed(sentence.models):
        if m.end <= num.start and not m.flags & {"comparator", "instrument", "enumerated"}:
            if _PRONOUN_RE.search(text, m.end, num.start):
                break  # "(Granite, LLaMA), ..., we show that X gains +15": we are the subject
            return _set(claim, m, "subject", ctx)
    if ctx.benchmark_paper:
        return
    name = ctx.primary or ctx.focus_model
    if name:
        claim.model, claim.model_rule = name, "inferred"
        claim.reasons.append("model-inferred")


def share_listed_models(text: str, sentence: Sentence, claims: list[Claim]) -> None:
    """"+28.4% on GSM8K and +36% on MATH with the OLMo-2 1B model": the list shares "with M"."""
    main = [c for c in claims if c.parent is None]
    for prev, claim in reversed(list(zip(main, main[1:], strict=False))):
        if claim.model_rule == "for-model" and prev.model_rule in ("inferred", "", "subject") and \
                _LISTED_RE.match(_mask(text, prev.num.end, claim.num.start, sentence)):
            prev.model, prev.model_rule, prev.model_at = claim.model, "listed", claim.model_at
            prev.reasons = [r for r in prev.reasons if r != "model-inferred"]
    for claim in claims:
        if claim.parent is not None:
            claim.model, claim.model_at = claim.parent.model, claim.parent.model_at


# "a 14.3% improvement over the base model (28.8%)", "improving from previous models' 6.5%".
_BASELINE_CONTEXT_RE = re.compile(
    r"(?:\bover|\bthan|\bcompared\s+(?:to|with)|\bsurpassing|\boutperforming|\bvs\.?|\bversus"
    r"|\bfrom)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:previous|prior|existing|baseline|base"
    r"|original|vanilla|standard|untrained|initial)\b[^,;()]{0,40}?(?:'s|’s|')?\s*\(?\s*$",
    re.IGNORECASE)


def baseline_by_context(text: str, sentence: Sentence, claim: Claim) -> bool:
    """The number is stated for the thing compared against, not for the subject."""
    lo = max(sentence.start, claim.num.start - 70)
    return bool(_BASELINE_CONTEXT_RE.search(text, lo, claim.num.start))


def _role(text: str, claim: Claim, claims: list[Claim], sentence: Sentence,
          ctx: PaperContext) -> str:
    num = claim.num
    if claim.parent is not None and claim.parent.role:
        return claim.parent.role
    mention = next((m for m in sentence.models if m.start == claim.model_at), None)
    if num.pair_role == "from":
        return "baseline"
    if mention is not None and "comparator" in mention.flags:
        return "baseline"
    if claim.kind == "absolute" and baseline_by_context(text, sentence, claim):
        return "baseline"
    index = claims.index(claim)
    if index > 0 and claim.continuation:
        gap = text[claims[index - 1].num.end:num.start]
        if _BASELINE_GAP_RE.search(gap):
            return "baseline"
        if claims[index - 1].role == "baseline":
            return "baseline"
    own_keys = {name_key(n) for n in ctx.own}
    key = name_key(claim.model)
    if key and any(key.startswith(k) or k.startswith(key) for k in own_keys if k):
        return "proposed"
    if ctx.benchmark_paper:
        return "reference"
    return "proposed"


def _metric(text: str, sentence: Sentence, claim: Claim, benchmarks: BenchmarkIndex) -> str:
    num = claim.num
    right = text[num.end:min(sentence.end, num.end + 25)]
    left = text[max(sentence.start, num.start - 70):num.start]
    best: tuple[int, str] | None = None
    for pattern, label in _METRICS:
        for m in pattern.finditer(right):
            distance = m.start()
            if best is None or distance < best[0]:
                best = (distance, label.format(*m.groups()))
        for m in pattern.finditer(left):
            distance = len(left) - m.end() + 5
            if best is None or distance < best[0]:
                best = (distance, label.format(*m.groups()))
    if best is not None:
        return best[1].lower()
    if num.unit in ("%", "pts"):
        return "accuracy"
    known = benchmarks.metrics.get(claim.bench)
    return known if known and not claim.bench.isupper() else "score"


def finish(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
           ctx: PaperContext, benchmarks: BenchmarkIndex) -> None:
    """Role, metric and the reasons the claim is uncertain."""
    claim.role = _role(text, claim, claims, sentence, ctx)
    if claim.role == "baseline" and claim.model_rule in ("subject", "inferred") and \
            baseline_by_context(text, sentence, claim):
        claim.model, claim.model_rule = "", "unnamed-baseline"  # not the subject's own score
        claim.reasons = [r for r in claim.reasons if r != "model-inferred"]
    claim.metric = _metric(text, sentence, claim, benchmarks)
    num = claim.num
    if claim.kind == "delta" and num.unit == "%" and claim.kind_rule not in (
            "points", "change=points"):
        claim.reasons.append("points-or-relative")
    if num.bound:
        claim.reasons.append(f"bound:{num.bound}")
    if num.unit == "" and claim.kind == "absolute" and 0 < num.value < 1 and \
            claim.bench not in ("", "Codeforces"):
        claim.reasons.append("fraction-or-percent")
