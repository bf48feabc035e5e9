"""Model facts stated in abstracts: parameter counts, pre-training tokens, fine-tuning data."""

from __future__ import annotations

import logging
import re

import pandas as pd

from analysis.claims.caseless import caseless
from analysis.claims.flag_rules import mark_mentions
from analysis.claims.names import Mention, find_models
from analysis.claims.own_names import own_names
from analysis.claims.scan import fold, search_located
from analysis.claims.spans import name_key, sentence_spans
from analysis.curated.name_prefixes import NamePrefixes, load_name_prefixes
from analysis.vocab import FACT_KINDS  # noqa: F401  (public: the kinds of facts)

log = logging.getLogger(__name__)

FACT_COLUMNS = ["paper_id", "model", "fact", "value", "quote", "start", "end"]

# Multipliers of the written scales ("3.8B", "32 billion", "17k", "4.2T").
SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9,
         "t": 1e12, "trillion": 1e12}
_AMOUNT = (r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?P<scale>[kKmMbBtT](?![a-z])|thousand|million"
           r"|billion|trillion)?")
_PARAMS_RE = caseless(
    rf"(?<![\w.-]){_AMOUNT}(?:[\s-]*(?P<kind>total|activated|active))?[\s-]*(?:parameters?|params)"
    rf"\b")
# "20B activated and 200B total parameters"
_PARAMS_PAIR_RE = caseless(
    rf"(?<![\w.-]){_AMOUNT}\s+(?:activated|active)\s+and\s+(?P<num2>\d+(?:\.\d+)?)\s?"
    rf"(?P<scale2>[kKmMbBtT]|billion|trillion)\s+total\s+parameters")
_TOKENS_RE = caseless(rf"(?<![\w.-]){_AMOUNT}[\s-]*(?:high-quality\s+|training\s+|pre-?training"
                      rf"\s+)?tokens?(?![\w-])")
_EXAMPLES_RE = caseless(
    rf"(?<![\w.-]){_AMOUNT}\s+(?:(?:high-quality|long|cot|sft|training|carefully|selected"
    rf"|post-training|reasoning|curated|synthetic|labeled|human-authored|math)\s+){{0,3}}"
    rf"(?:samples|examples|instances|demonstrations|trajectories|problems|questions)\b")
# A count bounded like this describes a class of models ("LLMs up to 13B"), not one model.
_BOUND_BEFORE_RE = caseless(r"(?:up\s+to|under|below|over|above|more\s+than|less\s+than|fewer"
                            r"\s+than|at\s+least|at\s+most|exceeding|[<>≤≥]=?|&[lg]t;)\s*~?\s*$",)
# "0.5B, 1.5B, 3B parameters", "from 3B to 24B parameters": sizes of many models.
_SIZE_LIST_BEFORE_RE = caseless(r"\d(?:\.\d+)?\s*[BMK]?\s*(?:,|to|-|–|and|or)\s*$",)
_NOT_MODEL_AFTER_RE = caseless(r"[\s-]*(?:parameters?|params)?\s*(?:memory|memories|adapter"
                               r"|bank|router|classifier|teacher|head|module)")
_PRETRAIN_LEFT_RE = caseless(r"(?:pre-?train\w*|trained)\s+(?:\w+\s+){0,2}?(?:on|with|using|for)"
                             r"\s+(?:~|about|approximately|only|over|nearly)?\s*$")
_PRETRAIN_RIGHT_RE = caseless(r"\s*(?:(?:pre-?)?training\s+tokens|-?tokens?\s+corpus"
                              r"|tokens?\s+(?:of\s+)?(?:pre-?training|for\s+pre-?training))")
_FINETUNE_RE = caseless(r"fine-?tun|\bSFT\b|post-?train|distill|\btrain(?:ed|ing)?\b|\bRL\b")
_FINETUNE_WORDS = ("fine", "sft", "post", "distill", "train", "rl")  # what a match starts with
_NOT_TRAINING_RE = caseless(r"\b(?:benchmark|test\s+set|evaluat\w*|consists?\s+of|comprises"
                            r"|contains?)\b")
_FINETUNE_LEFT_RE = caseless(r"(?:fine-?tun\w*|\bSFT|post-?train\w*|distill\w*)\s+"
                             r"(?:\w+\s+){0,2}?(?:on|with|using)\s+(?:~|about|approximately|only|over)?\s*$")
_APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_TUNED_RE = caseless(r"(?:fine-?tun\w*|\btrain\w*|distill\w*\s+into)\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,2}$")
MODEL_REACH = 160  # characters between a count and the model it is stated for

_DIGIT_RE = re.compile(r"\d")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")

def _value(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    return value * SCALE.get((scale or "").lower(), 1.0)


def _model_for(text: str, models: list[Mention], lo: int, hi: int, m: re.Match,
               fact: str) -> str:
    """The model a count is stated for: the nearest subject model, preferably before it."""
    inside = [x for x in models if x.start <= m.start() < x.end]  # "a 1.3B-parameter model"
    owner = [x for x in models if lo <= x.start and x.end <= m.start() and _POSSESSIVE_RE.match(
        text[x.end:m.start()])]
    if owner:  # "Qwen3's proprietary 36T-token corpus"
        return owner[-1].name
    usable = [x for x in models if lo <= x.start < hi and "/" not in x.text and x not in inside
              and not x.flags & {"comparator", "enumerated", "example"}]
    if fact.startswith("finetune"):  # "we fine-tune the base model Qwen2.5-32B": the trainee
        tuned = [x for x in usable if _TUNED_RE.search(text, max(lo, x.start - 40), x.start)]
        if tuned:
            return tuned[0].name
    if inside:  # the size phrase names the model, unless it describes a named one before it
        named = [x for x in usable if x.end <= inside[0].start]
        if named and _APPOSITIVE_RE.fullmatch(text, named[-1].end, inside[0].start):
            return named[-1].name  # "Phi-4-Mini, a compact 3.8B-parameter model"
        return inside[0].name
    before = [x for x in usable if x.end <= m.start() and m.start() - x.end <= MODEL_REACH]
    after = [x for x in usable if x.start >= m.end() and x.start - m.end() <= MODEL_REACH]
    if before:
        return before[-1].name
    return after[0].name if after else ""


def _is_class_of_models(text: str, m: re.Match) -> bool:
    left = text[max(0, m.start() - 14):m.start()]
    return bool(_BOUND_BEFORE_RE.search(left) or _SIZE_LIST_BEFORE_RE.search(left)
                or _NOT_MODEL_AFTER_RE.match(text, m.end()))


def _parameter_counts(text: str, lo: int, hi: int, folded: str) -> list[tuple]:
    """(fact, value, match) of "20B activated and 200B total parameters", "3.8B-parameter"."""
    out: list[tuple[str, float, re.Match]] = []
    if "param" not in folded:
        return out  # both patterns end with "parameters" or "params" (any case): skip them
    for m in _PARAMS_PAIR_RE.finditer(text, lo, hi):
        out.append(("params_active", _value(m.group("num"), m.group("scale")), m))
        out.append(("params_total", _value(m.group("num2"), m.group("scale2")), m))
    for m in _PARAMS_RE.finditer(text, lo, hi):
        if not m.group("scale") or _is_class_of_models(text, m):
            continue
        kind = (m.group("kind") or "").lower()
        fact = "params_active" if kind in ("activated", "active") else "params_total"
        out.append((fact, _value(m.group("num"), m.group("scale")), m))
    return out


def _token_counts(text: str, lo: int, hi: int, folded: str) -> list[tuple]:
    """(fact, value, match) of pre-training and fine-tuning token counts ("4.2T tokens")."""
    out: list[tuple[str, float, re.Match]] = []
    if "token" not in folded:
        return out  # _TOKENS_RE ends with "token" or "tokens" (any case): skip it
    for m in _TOKENS_RE.finditer(text, lo, hi):
        if not m.group("scale") or _is_class_of_models(text, m):
            continue
        pretrain = (_PRETRAIN_LEFT_RE.search(text, max(lo, m.start() - 40), m.start())
                    or _PRETRAIN_RIGHT_RE.match(text, m.end("scale")))
        if pretrain:
            out.append(("pretrain_tokens", _value(m.group("num"), m.group("scale")), m))
        elif _FINETUNE_LEFT_RE.search(text, max(lo, m.start() - 40), m.start()):
            out.append(("finetune_tokens", _value(m.group("num"), m.group("scale")), m))
    return out


def _sentence_counts(text: str, lo: int, hi: int) -> list[tuple]:
    """(fact, value, match) of each count stated in one sentence."""
    if not _DIGIT_RE.search(text, lo, hi):
        return []  # every count pattern (_AMOUNT) needs a digit: skip the searches
    sentence = text[lo:hi]
    folded = fold(sentence)  # where the case-insensitive words of the patterns are looked up
    out = _parameter_counts(text, lo, hi, folded) + _token_counts(text, lo, hi, folded)
    if search_located(_FINETUNE_RE, sentence, _FINETUNE_WORDS, folded) and \
            not _NOT_TRAINING_RE.search(sentence):
        for m in _EXAMPLES_RE.finditer(text, lo, hi):
            if not _is_class_of_models(text, m):
                out.append(("finetune_examples", _value(m.group("num"), m.group("scale")), m))
    return out


# "Llama-3 (8B and 70B)", "deepseek-math (7B)", "Llama 3 (70B)": sizes of a family in brackets.
_SIZE = r"\d+(?:\.\d+)?\s?[BMT]"
_SIZE_LIST_RE = re.compile(rf"\(\s*(?P<sizes>{_SIZE}(?:\s*(?:,\s*and|,|/|and|or|&)\s*{_SIZE})*)"
                           rf"\s*\)")
_FAMILY_BEFORE_RE = re.compile(r"(?<![\w.$^-])(?P<name>[A-Za-z][\w.]*(?:-[\w.]+)*"
                               r"(?:\s\d+(?:\.\d+)?)?)\s*$")
_ONE_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)\s?([BMT])")


def _size_list_facts(text: str, lo: int, hi: int,
                     prefixes: NamePrefixes) -> list[tuple[str, float, str]]:
    """(fact, value, model) for "Family (8B and 70B)": one model per size, named family-size."""
    out = []
    for m in _SIZE_LIST_RE.finditer(text, lo, hi):
        family = _FAMILY_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start())
        if family is None or not prefixes.starts_name(family.group("name").split()[0]):
            continue
        name = family.group("name").rstrip(".")
        joint = " " if " " in name else "-"  # "Llama 3 70B", "Llama-3-70B"
        for number, scale in _ONE_SIZE_RE.findall(m.group("sizes")):
            out.append(("params_total", _value(number, scale), f"{name}{joint}{number}{scale}"))
    return out


def paper_facts(paper_id: str, abstract: str, own: list[str], models: list[Mention],
                prefixes: NamePrefixes | None = None) -> list[dict]:
    """The fact rows of one abstract, from its own names and its unflagged model mentions
    (flagged here when a count needs its model), and sizes listed in brackets after a model
    family, read with `prefixes`."""
    prefixes = prefixes or load_name_prefixes()
    for mention in models:  # "K2" is the paper's "Kimi K2"
        longer = [n for n in own if " " in n and len(n) > len(mention.name)
                  and name_key(n).endswith(name_key(mention.name))]
        mention.name = longer[0] if longer else mention.name
    found = []  # (start, end, counts, size facts) of each sentence
    for lo, hi in sentence_spans(abstract):
        sizes = _size_list_facts(abstract, lo, hi, prefixes) if "(" in abstract[lo:hi] else []
        found.append((lo, hi, _sentence_counts(abstract, lo, hi), sizes))
    if any(counts for _, _, counts, _ in found):  # the flags (which never read a name) pick
        mark_mentions(abstract, models, [])  # a count's model: most abstracts state none
    rows = []
    for lo, hi, counts, sizes in found:
        named = [(fact, value, _model_for(abstract, models, lo, hi, m, fact))
                 for fact, value, m in counts]
        for fact, value, model in named + sizes:
            if model:
                rows.append({"paper_id": paper_id, "model": model, "fact": fact,
                             "value": value, "quote": abstract[lo:hi], "start": lo, "end": hi})
    return rows


def facts_frame(rows: list[dict], n_papers: int) -> pd.DataFrame:
    """The facts table of fact rows: one row per paper, model, fact and value."""
    frame = pd.DataFrame(rows, columns=FACT_COLUMNS).drop_duplicates(
        ["paper_id", "model", "fact", "value"]).reset_index(drop=True)
    log.info("extracted %d model facts from %d papers", len(frame), n_papers)
    return frame


def extract_facts(papers: pd.DataFrame, *, prefixes: NamePrefixes | None = None,
                  ) -> pd.DataFrame:
    """Parameter and token counts stated for named models (columns FACT_COLUMNS).

    The value is absolute ("3.8B-parameter" -> 3.8e9); the quote is the sentence and
    `abstract[start:end] == quote`. Counts with no model named in their sentence are skipped.
    `prefixes` is the model-family table (default: the committed one).
    """
    prefixes = prefixes or load_name_prefixes()
    rows = []
    for paper_id, title, abstract in zip(papers["paper_id"], papers["title"],
                                         papers["abstract"], strict=True):
        if isinstance(abstract, str):
            own = own_names(title, abstract)
            rows += paper_facts(paper_id, abstract, own, find_models(abstract, own, prefixes),
                                prefixes)
    return facts_frame(rows, len(papers))
