"""System rules: a number that belongs to several models working together, and its parts.

"the 1.5B model ... with the assistance of the 32B reasoning model", "a duo of a 1.3B
generation model and a 1.3B verifier", a policy with a process reward model, a draft with a
target model: no single model has that score, and no single size explains it.
"""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.names import Mention
from analysis.claims.own_names import PaperContext
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.scan import contains_any
from analysis.claims.sentence import Claim, Sentence
from analysis.claims.spans import name_key, sentence_spans

_PHRASE = r"(?:an?\s+|the\s+|two\s+)?(?:[\w.+-]+\s+){0,5}?[\w.+-]+"
_HELPER_RE = caseless(r"\b(?:with\s+the\s+(?:assistance|help|guidance)\s+of|assisted\s+by"
                      r"|guided\s+by|in\s+collaboration\s+with|integrat\w+\s+(?:the\s+)?"
                      r"[\w.+-]+\s+with)\s+(?:the\s+|an?\s+)?$")
_DUO_RE = caseless(rf"\b(?:duo|pair|combination|ensemble|team)\s+of\s+(?:two\s+)?(?:[\w-]+\s+)"
                   rf"{{0,3}}?(?:models?\s*:\s*)?(?P<a>{_PHRASE})\s+and\s+(?P<b>{_PHRASE})"
                   rf"(?=\s*(?:[,;:]|\.(?:\s|$)|\s(?:can|could|that|which|to|work|achiev)))")
_DRAFT_RE = caseless(r"\s*\(\s*draft\s*\)")
_TARGET_RE = caseless(r"\s*\(\s*target\s*\)")
_DRAFT_TARGET_RE = caseless(r"\bdraft[\s-]+(?:and\s+)?target\b|\bdraft\s+models?\b[^.;]{0,60}"
                            r"\btarget\s+models?\b")
_REWARD_RE = re.compile(r"\b(?:(?:process|outcome)\s+)?(?:reward|preference)\s+models?\b"
                        r"|\bverifiers?\b|\b(?:[\w$^]+-)?[PO]?RMs?\b")
_REWARD_USE_RE = caseless(r"\b(?:using|with|integrat\w+|addition\s+of|plus|guided\s+by"
                          r"|paired\s+with)\b")
_INFERENCE_RE = caseless(r"\b(?:test-time|inference|search|select\w*|rerank\w*|best-of"
                         r"|verif\w+)\b")
_COMBINE_RE = caseless(r"\b(?:combin\w+|pairs?|pairing|rout\w+\s+between)\s+(?:the\s+)?"
                       r"M\s+(?:and|with)\s+(?:the\s+)?M\b")
_WITHOUT_RE = caseless(r"\bwithout\s+(?:the\s+|a\s+)?(?:reward|verifier|draft|router)")


def _plus(*parts: str) -> str:
    return " + ".join(p.strip() for p in parts)


class SystemView:
    """A claim with its sentence and the paper (whose method may be a system)."""

    __slots__ = ("text", "sentence", "claim", "paper")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, paper: PaperContext):
        self.text, self.sentence, self.claim, self.paper = text, sentence, claim, paper

    @property
    def sentence_text(self) -> str:
        """The claim's sentence."""
        return self.text[self.sentence.start:self.sentence.end]

    def eligible(self) -> bool:
        """The number can be a system's: not a baseline, not the start of a from-to pair."""
        return self.claim.role != "baseline" and self.claim.num.pair_role != "from"


@rule("assisted",
      example("With the assistance of the 32B reasoning model, the 1.5B model's accuracy on "
              "MATH500 increases from 83.2% to 89.4%.", "89.4%",
              "1.5B model + 32B reasoning model"),
      counter("With the assistance of the 32B reasoning model, the 1.5B model's accuracy on "
              "MATH500 increases from 83.2% to 89.4%.", "83.2%", ""))
def _assisted(v: SystemView) -> str | None:
    """ "with the assistance of M2", "guided by M2", "integrating M with M2": M + M2."""
    claim = v.claim
    if not v.eligible() or not claim.model:
        return None
    for m in v.sentence.models:
        if name_key(m.name) != name_key(claim.model) and _HELPER_RE.search(
                v.text, max(v.sentence.start, m.start - 60), m.start):
            return _plus(claim.model, m.name)
    return None


@rule("duo",
      example("We find that a duo of a 1.3B generation model and a 1.3B verifier model can "
              "achieve 81.5% accuracy on GSM8K.", "81.5%",
              "1.3B generation model + 1.3B verifier model"))
def _duo(v: SystemView) -> str | None:
    """ "a duo (pair, combination) of A and B ... achieves": A + B (the model is the duo)."""
    found = _DUO_RE.search(v.text, v.sentence.start, v.claim.num.start)
    if found is None or not v.eligible():
        return None
    return _plus(*(_ARTICLE_RE.sub("", found.group(part)) for part in ("a", "b")))


_ARTICLE_RE = caseless(r"^(?:an?|the)\s+")


def _draft_target(models: list[Mention], text: str) -> str | None:
    draft = [m for m in models if _DRAFT_RE.match(text, m.end)]
    target = [m for m in models if _TARGET_RE.match(text, m.end)]
    return _plus(draft[0].name, target[0].name) if draft and target else None


@rule("draft-target",
      example("We test AutoJudge with Llama 3.2 1B (draft) and Llama 3.1 8B (target) models on "
              "GSM8K, where it shows under 1% degradation in answer accuracy.", "1%",
              "Llama 3.2 1B + Llama 3.1 8B", title="AutoJudge: Judge Decoding"))
def _draft_target_rule(v: SystemView) -> str | None:
    """ "M1 (draft) and M2 (target)": speculative decoding runs both models."""
    return _draft_target(v.sentence.models, v.text) if v.eligible() else None


def _reward_before(v: SystemView) -> str | None:
    """A reward model used before the number, with no other number in between."""
    lo, at = v.sentence.start, v.claim.num.start
    found = [m for m in _REWARD_RE.finditer(v.text, lo, at)
             if not re.search(r"\d", v.text[m.end():at])]
    return found[-1].group() if found and _REWARD_USE_RE.search(v.text, lo, at) else None


_REWARD_AFTER_RE = re.compile(rf"\s*(?:%|points?)?\s*(?:using|with|via)\s+(?:the\s+)?"
                              rf"(?:[\w-]+\s+){{0,2}}?(?P<r>{_REWARD_RE.pattern})")


@rule("reward-model",
      example("MedS3 outperforms prior models by 2 points, with the addition of the reward model "
              "further boosting performance (13 points) on MedQA.", "13 points",
              "MedS3 + reward model", title="MedS3: Medical Small Language Models"),
      example("Med-PRM improves the performance of base models by up to 13.50% using Med-PRM "
              "on MedQA.", "13.50%", "policy model + Med-PRM",
              title="Med-PRM: Medical Reasoning Models with Process Rewards"),
      counter("MedS3 outperforms prior models by 2 points, with the addition of the reward "
              "model further boosting performance (13 points) on MedQA.", "2 points", "",
              title="MedS3: Medical Small Language Models"))
def _reward_model(v: SystemView) -> str | None:
    """ "with the addition of the reward model ... 13", "by 13.5% using Med-PRM": policy + RM."""
    if not v.eligible():
        return None
    after = _REWARD_AFTER_RE.match(v.text, v.claim.num.end, v.sentence.end)
    reward = after.group("r") if after else _reward_before(v)
    if reward is None:
        return None
    policy = v.claim.model
    if not policy or name_key(policy) == name_key(reward):
        policy = "policy model"  # "base models ... using Med-PRM": the method is the reward
    return _plus(policy, reward)


# ----------------------------------------------------------------------------- the method

def _method_parts(text: str, lo: int, hi: int, models: list[Mention]) -> str | None:
    """The parts of a multi-model method a sentence describes, else None."""
    sentence = text[lo:hi]
    inside = [m for m in models if lo <= m.start < hi]
    masked = _masked(text, lo, hi, inside)
    combined = _COMBINE_RE.search(masked)
    if combined is not None:
        first = sum(1 for _ in re.finditer(r"\bM\b", masked[:combined.start()]))
        pair = inside[first:first + 2]
        if len(pair) == 2:
            return _plus(pair[0].name, pair[1].name)
    if _DRAFT_TARGET_RE.search(sentence):
        return _draft_target(inside, text) or "draft model + target model"
    reward = _REWARD_RE.search(sentence)
    if reward and re.search(r"\bpolicy\b", sentence) and _INFERENCE_RE.search(sentence):
        return _plus("policy model", reward.group())
    duo = _DUO_RE.search(sentence)
    return _plus(*(_ARTICLE_RE.sub("", duo.group(p)) for p in ("a", "b"))) if duo else None


# Every pattern of _method_parts needs one of these (lower-case) words: plain substring tests
# are much faster than one regex alternation over every abstract.
_METHOD_CUES = ("combin", "pair", "rout", "draft", "reward", "preference model", "verifier",
                "duo", "ensemble", "team of")
# Every sentence-level rule needs one of these in the claim's sentence.
_SENTENCE_CUES = ("assist", "help", "guid", "collaborat", "integrat", "paired", "duo", "pair of",
                  "combination", "ensemble", "team of", "draft", "reward", "preference model",
                  "verifier")


def _has_cue(text: str, cues: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return "RM" in text or contains_any(lowered, cues)  # "PRM", "ORM", "Med-PRM"


def _masked(text: str, lo: int, hi: int, models: list[Mention]) -> str:
    pieces, pos = [], lo
    for m in models:
        pieces += [text[pos:m.start], "M"]
        pos = m.end
    return "".join(pieces + [text[pos:hi]])


def paper_system(text: str, paper: PaperContext) -> tuple[str, str] | None:
    """(owner, parts) when the paper's own method is several models at once (cached)."""
    if paper.system is not None:
        return paper.system or None
    paper.system = ()
    if not _has_cue(text, _METHOD_CUES):
        return None  # most abstracts: no word of a multi-model method at all
    own = [n for n in paper.own if n]
    for lo, hi in sentence_spans(text):
        if not _has_cue(text[lo:hi], _METHOD_CUES):
            continue
        sentence = text[lo:hi]
        owner = next((n for n in own if n in sentence), "")
        if not owner and not re.search(r"\b[Ww]e\b", sentence):
            continue
        parts = _method_parts(text, lo, hi, paper.models)
        if parts:
            paper.system = (owner or paper.primary, parts)
            break
    return paper.system or None


@rule("method-system",
      example("We apply R2R to combine R1-1.5B and R1-32B models. R2R surpasses the average "
              "accuracy of R1-7B by 1.6x on AIME.", "1.6x", "R1-1.5B + R1-32B",
              title="R2R: Small-Large Model Token Routing"),
      example("rStar-Math uses MCTS, where a math policy SLM performs test-time search guided by "
              "a process reward model. On MATH, it improves Qwen2.5-Math-7B from 58.8% to 90.0%.",
              "90.0%", "Qwen2.5-Math-7B + process reward model",
              title="rStar-Math: Small LLMs Can Master Math Reasoning"),
      counter("rStar-Math uses MCTS, where a math policy SLM performs test-time search guided by "
              "a process reward model. On MATH, it improves Qwen2.5-Math-7B from 58.8% to 90.0%.",
              "58.8%", "", title="rStar-Math: Small LLMs Can Master Math Reasoning"))
def _method_system(v: SystemView) -> str | None:
    """The paper's method is several models working together (a policy and a reward model,
    a draft and a target, "we combine A and B"): every result of the method is the system's."""
    claim = v.claim
    if not v.eligible() or claim.role != "proposed" or _WITHOUT_RE.search(v.sentence_text):
        return None
    found = paper_system(v.text, v.paper)
    if found is None:
        return None
    owner, parts = found
    if parts.startswith("policy model") and claim.model and \
            name_key(claim.model) != name_key(owner) and claim.model_rule != "inferred":
        return _plus(claim.model, parts.split(" + ", 1)[1])  # the policy is the claim's model
    return parts


SYSTEM = table("system", "system", "The models a number belongs to together, when several.",
               _assisted, _duo, _draft_target_rule, _reward_model, _method_system)


def attribute_system(text: str, sentence: Sentence, claim: Claim, paper: PaperContext) -> None:
    """Mark a number several models produce together, with its parts ("A + B")."""
    if "system" not in sentence.cues:
        sentence.cues["system"] = _has_cue(text[sentence.start:sentence.end], _SENTENCE_CUES)
    if not sentence.cues["system"] and paper_system(text, paper) is None:
        return  # no rule can fire: skip the table
    fired = apply_first(SYSTEM, SystemView(text, sentence, claim, paper))
    if fired is not None:
        claim.fired[SYSTEM.name], claim.system_parts = fired
        parts = claim.system_parts.split(" + ")
        if fired[0] == "duo" and (not claim.model or claim.model in parts):
            claim.model, claim.model_rule = claim.system_parts, "duo"  # "a duo of A and B"
