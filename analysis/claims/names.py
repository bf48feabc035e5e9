"""Names in abstracts: the models and benchmarks a claim can be about."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import pandas as pd

from analysis.claims.spans import name_key
from analysis.curated.benchmarks import (
    BenchmarkIndex,
    canonical_benchmark,
    unknown_benchmark_name,
)
from analysis.curated.name_prefixes import NamePrefixes
from analysis.vocab import AGGREGATE_DOMAIN

# ----------------------------------------------------------------------------- models

# Model families ("qwen", "gpt") are not listed here: they are the committed table
# data/registry/model_name_prefixes.csv, passed in as a NamePrefixes (see find_models).
_EXACT_MODEL_RE = re.compile(r"^(?:o[134](?:-[\w.]+)?|R1(?:-[\w.]+)*|T5|GPT|Yi-[\w.]+|OPT-[\w.]+"
                             r"|K2|Seed\d[\w.-]*|[\w.]+-R1(?:-[\w.]+)*|Sky-T1[\w.-]*"
                             r"|OpenAI-[\w.-]+)$")
# A token followed by one of these is a dataset ("SynSQL-2.5M dataset"), not a model.
_DATASET_AFTER_RE = re.compile(r"\s+(?:dataset|data|corpus|samples|examples|problems|instances"
                               r"|pairs|queries|questions|tokens)\b", re.IGNORECASE)
_SIZE_PART_RE = re.compile(r"^\d+(?:\.\d+)?[BbMm]$")
_BARE_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# A bare number no version is written as: below 1, two decimals, or ten and over with a decimal
# ("and Gemini 2.5 Flash 0.61", "GPT-4o-mini 0.835": a score after the name, not "Llama 3.2").
_SCORE_SHAPED_RE = re.compile(r"0\.\d+|\d+\.\d{2,}|[1-9]\d+\.\d+")
_NAME_PARTS_RE = re.compile(r"[-\s]+")
TOKEN_RE = re.compile(r"(?<![\w$^])[A-Za-z0-9][\w.+$^]*(?:[-:][A-Za-z0-9][\w.+$^]*)*")
# A token of TOKEN_RE that is a plain lower-case word ("reasoning", "e.g."): never a model
# unless it starts an own name. SCAN_RE finds the tokens of TOKEN_RE, at the same offsets,
# but a run of plain words (separated by non-word characters only) comes as one match, so the
# Python loop runs once per run instead of once per word.
_PLAIN = r"(?>[a-z][a-z.+]*)(?![\w.+$^]|[-:][A-Za-z0-9])"
SCAN_RE = re.compile(rf"(?<![\w$^])(?:(?P<plain>{_PLAIN}(?:[^\w$^]+{_PLAIN})*)"
                     rf"|[A-Za-z0-9][\w.+$^]*(?:[-:][A-Za-z0-9][\w.+$^]*)*)")
PLAIN_WORD_RE = re.compile(r"[a-z][a-z.+]*")
_VERSION_RE, _YEAR_RE = re.compile(r"v\d[\w.]*"), re.compile(r"\d{4}")
MODEL_SHAPE_CACHE = 1 << 16  # tokens; bounded so memory does not grow with the corpus
# Words that may follow a model name after a space ("Llama 3.2 1B", "Claude 3.7 Sonnet").
_TAIL_WORDS = {
    "mini", "small", "medium", "large", "xl", "xxl", "base", "instruct", "chat", "pro", "flash",
    "turbo", "preview", "ultra", "sonnet", "opus", "haiku", "audio", "vl", "lite", "plus",
    "max", "nano", "thinking", "reasoning", "coder", "math", "distill", "beta", "it",
}
# ("and Qwen3-8B 27.5%": a score after the name, not a version)
_TAIL_RE = re.compile(r"\s+((?!\d+(?:\.\d+)?\s*%)\d+(?:\.\d+)?[A-Za-z]{0,2}|v\d[\w.]*|[A-Za-z]+)\b")
_TRAILING_JUNK = ("-based", "-style", "-like", "-level", "-scale", "-sized", "-series",
                  "-family", "-generated", "-distilled", "-tuned", "-trained", "-only", "-derived")
# Patterns searched over a whole abstract start with a character class, the lookbehind after
# it: "[A-Z](?<![\w-].)" matches what "(?<![\w-])[A-Z]" does (the two-character lookbehind
# tests the same character before the capital; at the text's start it cannot match, as
# before). A leading class lets `re` skip in C to the positions that can start a match; a
# leading lookbehind makes it try every position, about twice as slow.
# "the 1.5B model", "our 2B SSE-H model", "13B parameter models", "a 7B-parameter dense model".
_SIZE_PHRASE_RE = re.compile(
    r"(\d(?<![\w.-].)\d*(?:\.\d+)?[BM](?:-parameters?)?(?:\s*/\s*\d+(?:\.\d+)?[BM])?"
    r"(?:\s+(?!models?\b)[A-Za-z][\w-]*){0,2}\s+models?)\b")


_NAMED_MODEL_RE = re.compile(r"([A-Z](?<![\w-].)(?:[a-z]+[A-Z][\w.+-]*|[\w.+]*-[\w.+-]*"
                             r"[A-Za-z0-9]))\s+models?\b")


@dataclass
class Mention:
    """A model or benchmark name found in the abstract."""

    start: int
    end: int
    text: str
    name: str = ""  # canonical benchmark name, or the model name to report
    # "comparator" (after "than", "outperforming"...), "instrument" ("with GPT-4"),
    # "example" (in an "e.g." list), "training" (a training set, not an evaluation),
    # "enumerated" (one of a bracketed list of models)
    flags: set[str] = field(default_factory=set)
    fired: list[str] = field(default_factory=list)  # the flag rules that flagged it
    # a part of a benchmark named on its own ("the 4K ... subsets of HR-Bench, respectively"):
    # (the whole benchmark, the part); `name` is the two joined ("HR-Bench-4K")
    whole_part: tuple[str, str] | None = None


@functools.lru_cache(maxsize=MODEL_SHAPE_CACHE)
def _has_model_shape(token: str, prefixes: NamePrefixes) -> bool:
    # (cached: a function of the token and the identity-hashed table; names recur)
    if prefixes.starts_name(token) or _EXACT_MODEL_RE.match(token):
        return True
    parts = token.split("-")
    if len(parts) > 1 and _SIZE_PART_RE.match(parts[-1]) and not _SIZE_PART_RE.match(parts[0]) \
            and any(c.isupper() or c.isdigit() for c in parts[0]):
        return True  # "Saturn-7B", "MobileLLM-R1-950M", "vsGRPO-2B"; below "Infi-MMR-3B-Instruct"
    return bool(any(_SIZE_PART_RE.match(p) for p in parts[1:]) and parts[0][:1].isupper())


@functools.lru_cache(maxsize=MODEL_SHAPE_CACHE)
def _shaped(token: str, prefixes: NamePrefixes) -> bool:
    """Whether _model_at can take the token for a model without an own name: no modifier
    ("LLaMA-based"), a model's shape once stripped (else an own name's initial is needed)."""
    stripped = token.rstrip(".:")
    return not token.lower().endswith(_TRAILING_JUNK) and bool(stripped) and \
        _has_model_shape(stripped, prefixes)


def _is_model_token(token: str, own_keys: set[str], prefixes: NamePrefixes) -> bool:
    if _has_model_shape(token, prefixes):
        return True
    # (an own name with another first character, lower-cased, cannot be it)
    if not own_keys or not any(key[:1] == token[:1].lower() for key in own_keys):
        return False
    return name_key(token) in own_keys or name_key(token.split("-")[0]) in own_keys


def _model_at(text: str, start: int, token: str, own_keys: set[str],
              prefixes: NamePrefixes) -> Mention | None:
    """The model mention starting with `token` at `start` (a token of TOKEN_RE), if any."""
    if token.lower().endswith(_TRAILING_JUNK):
        return None  # "RSD-generated traces", "LLaMA-based": a modifier, not the model
    token = token.rstrip(".:")
    if not token or not _is_model_token(token, own_keys, prefixes) or (
            BENCH_SHAPE_RE.fullmatch(token) and not prefixes.starts_name(token) and
            not _SIZE_PART_RE.match(token.split("-")[-1])):
        return None  # "ChartQA" is a benchmark; "ScholarQA-R1-7B", sized, a model
    end = start + len(token)
    if _DATASET_AFTER_RE.match(text, end) and name_key(token) not in own_keys:
        return None
    while True:  # "Llama 3.2 1B", "OLMo-2 1B Base", "Claude 3.7 Sonnet"
        tail = _TAIL_RE.match(text, end)
        if not tail or not (tail.group(1)[0].isdigit() or tail.group(1).lower() in _TAIL_WORDS
                            or _VERSION_RE.fullmatch(tail.group(1))):
            break
        if _YEAR_RE.fullmatch(tail.group(1)) or tail.group(1) == "it" or \
                _SCORE_SHAPED_RE.fullmatch(tail.group(1)) or (
                _BARE_NUMBER_RE.fullmatch(tail.group(1)) and any(
                    _SIZE_PART_RE.match(part) for part in _NAME_PARTS_RE.split(text[start:end]))):
            break  # a year, not a version; "On Qwen3-4B it cuts": the pronoun, not "-IT";
            # "TIR-1B 52.0 / 76.8", "Llama-3.2-3B-Instruct 42.6": a sized name's score
        end = tail.end()
    return Mention(start, end, text[start:end], text[start:end])


def find_models(text: str, own_names: list[str], prefixes: NamePrefixes) -> list[Mention]:
    """Model names in the abstract, longest first where they overlap.

    A name starts with a family of `prefixes` (the committed table, loaded once by the
    caller), has a known exact shape ("o3-mini", "Sky-T1") or a size part ("Saturn-7B"), or is
    one of the paper's `own_names`.
    """
    own_keys = {name_key(n) for n in own_names if n}
    # A lower-case word is an own name only when the paper writes that name in lower case
    # ("h1", "tinyzero"): the word "not" is not the paper's "NoT".
    lower_keys = {name_key(n) for n in own_names if n and n.islower()}
    found = _token_models(text, own_keys, lower_keys, prefixes)
    for name in own_names:  # multi-word own names: "Multimodal DeepResearcher", "Kimi K2"
        if " " in name:
            for m in re.finditer(re.escape(name), text):
                found.append(Mention(m.start(), m.end(), m.group(), m.group()))
    for m in _NAMED_MODEL_RE.finditer(text):  # "MagicBrush model", "the Ling-lite model"
        if m.group(1).lower() not in NOT_BENCHMARKS:
            found.append(Mention(m.start(1), m.end(1), m.group(1), m.group(1)))
    for m in _SIZE_PHRASE_RE.finditer(text):
        found.append(Mention(m.start(1), m.end(1), m.group(1), m.group(1)))
    return drop_overlaps(found)


def _token_models(text: str, own_keys: set[str], lower_keys: set[str],
                  prefixes: NamePrefixes) -> list[Mention]:
    """Model names that are one token ("Qwen2.5-7B"), with the words after it ("Llama 3 8B")."""
    own_first = {k[:3] for k in lower_keys}
    own_initials = {k[:1] for k in own_keys}
    found: list[Mention] = []
    for m in SCAN_RE.finditer(text):
        if m.group("plain") is not None:  # plain words, rejected unless they start an own name
            # A word starting with an own-name prefix contains it: test the run in one go first.
            if own_first and any(prefix in m.group() for prefix in own_first):
                found += _own_plain_words(text, m, lower_keys, own_first, prefixes)
            continue
        token = m.group()
        if token.islower() and token[:3] not in own_first and token[:2] not in ("o1", "o3", "o4"):
            continue  # plain words: cheap rejection before the name rules
        if token[:1].lower() not in own_initials and not _shaped(token, prefixes):
            continue  # what _model_at rejects without reading the text: "We", "The", "LLMs"
        mention = _model_at(text, m.start(), token, own_keys, prefixes)
        if mention is not None:
            found.append(mention)
    return found


def _own_plain_words(text: str, run: re.Match, own_keys: set[str], own_first: set[str],
                     prefixes: NamePrefixes) -> list[Mention]:
    """Lower-case words of a run that are the paper's own name ("we train tinyzero ...")."""
    found = []
    for word in PLAIN_WORD_RE.finditer(text, run.start(), run.end()):
        if word.group()[:3] in own_first:
            mention = _model_at(text, word.start(), word.group(), own_keys, prefixes)
            if mention is not None:
                found.append(mention)
    return found


def drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


# ----------------------------------------------------------------------------- benchmarks

# A benchmark the table does not list: a name shaped like one ("Tau2-Bench", "ChartQA",
# "IFEval", "BrowseComp", "OSWorld-G") or a capitalised name the text calls a benchmark/dataset.
# (Both start with the capital their alternatives start with: see _SIZE_PHRASE_RE. The words of
# _CALLED_BENCH_RE are possessive: a word is followed by a space, giving back never helps.)
BENCH_SHAPE_RE = re.compile(
    r"[A-Z](?<![\w-].)(?:[\w]*(?:-[\w]+)*(?:Bench|bench|QA|Eval|Arena|World|Comp|VQA|Hub|Gym|\dWeb)"
    r"(?:-[A-Za-z0-9]+)*|[\w]*-(?:Bench|bench|QA|Eval)(?:-[A-Za-z0-9]+)*"  # "HydroChart-Test",
    r"|[a-z]*[A-Z0-9]\w*-Test(?:-[A-Za-z0-9]+)*)(?![\w-])")  # not "Stress-Test"
# A level, tier or track of a benchmark ("SportQA Level-2"): its part, never a benchmark.
SPLIT_INDEX = r"(?:Level|Tier|Split|Part|Stage|Phase|Round|Track)-?\d+"
# "17.6 points below accuracy on B": B is the score's compared with, not the number's.
COMPARED_SCORE = r"(?:below|above)\s+(?:the\s+|its\s+)?(?:accuracy|scores?|performance)\b"
_AFTER_NUMBER_BENCH_RE = re.compile(
    r"\s*(?:\)\s*)?"  # ("GPT-4o (75.1) on B": the number's own bracket closed)
    r"(?:\([^()]{0,20}\)\s*)?(?:(?!(?:and|while|whereas|but|without)\b|than\s+(?:on|in|at)\b"
    r"|" + COMPARED_SCORE + r")"
    r"[\w@.%'-]+\s+){0,4}?"
    r"(?:on|in|at)\s+(?:(?:the|a|an|our)\s+(?:[a-z][a-z-]+\s+)?)?"  # "on the corresponding B"
    r"((?:[A-Z][\w&'+-]*+(?:\.\d+[kK]\b)?(?!\.\d)|(?!\d+(?:\.\d+)?[kKmMbBTx]?(?:-(?:tokens?|steps?|samples?|shots?|bits?"
    r"|turns?))?\b)\d[\w-]*[A-Za-z][\w-]*)(?:\s+(?!" + SPLIT_INDEX + r")"
    r"(?:[A-Z][\w&'+-]*|v\d[\w.]*|\d+))*"  # (not "Level-2": a part, bench_mentions)
    r"(?:\s+\((?:val|test|dev|en|En|full)\))?)")  # ("on PostCut-1.5k": a size in thousands)
# "61.2% on Mechanics but only 44.5% on Chemistry", "52.3% on Doctrine": a subject after a score
# names a part of the benchmark, not one of its own
_SUBJECTS = frozenset({
    "mechanics", "chemistry", "physics", "biology", "mathematics", "history", "law", "medicine",
    "economics", "geography", "philosophy", "engineering", "electronics", "software", "finance",
    "doctrine", "ethics", "theology", "literature", "astronomy", "geology", "statistics"})
# "English-Spanish": a language pair names a part of a translation benchmark, never one
LANGUAGE_PAIR_RE = re.compile(r"[A-Z][a-z]+[-–][A-Z][a-z]+")
_TOOLING_RE = re.compile(r"\s+(?:agent\s+)?(?:scaffolds?|harness(?:es)?|frameworks?)\b"
                         r"|\.(?:com|org|net|io)\b")  # ("on the Booking.com subset": a website)
# Capitalised words that start sentences or name methods, never benchmarks.
NOT_BENCHMARKS = {
    "the", "our", "we", "this", "these", "it", "its", "in", "on", "for", "notably", "sota", "per",
    "usd", "eur", "gbp", "reported",  # ("costs USD 0.21", "Reported dataset sizes range from")
    # error and ranking metrics ("a 7.5% relative improvement in MAE"), continents ("61% of
    # stations are located in Europe")
    "mae", "rmse", "mse", "mape", "crps", "wer", "cer", "auroc", "auc",
    "europe", "asia", "africa", "america", "oceania",
    "llm", "llms", "slm", "slms", "lrm", "lrms", "cot", "rl", "sft", "gpu", "gpus", "ai", "api",
    "apis", "f1", "em", "pass", "acc", "average", "overall", "both", "all", "each", "english",
    "french", "chinese", "table", "figure", "moreover", "furthermore", "additionally", "and",
    "mllms", "vlms", "lvlms", "dpo", "grpo", "ppo", "lora", "moe", "kl", "human", "humans",
    "zero-shot", "few-shot", "stem", "nlp", "qa", "vqa", "aqa", "bench", "benchmark",
    "benchmarks", "with", "using", "via", "when", "after", "at", "by", "as", "from",
    # languages (and scripts) name the language splits of a benchmark (MGSM's "Swahili (+12.6)")
    "swahili", "telugu", "bengali", "thai", "japanese", "german", "spanish", "russian",
    "arabic", "hindi", "korean", "vietnamese", "indonesian", "yoruba", "amharic", "urdu",
    "portuguese", "italian", "dutch", "polish", "turkish", "persian", "greek", "hebrew",
    # (low-resource languages: FLEURS's "by 3.9 WER points on Kikuyu", MTOB's "on Kalamang")
    "hausa", "igbo", "zulu", "xhosa", "somali", "wolof", "kikuyu", "luo", "tigrinya", "oromo",
    "kinyarwanda", "twi", "ewe", "lingala", "shona", "sesotho", "setswana", "afrikaans",
    "malagasy", "nepali", "sinhala", "tamil", "marathi", "gujarati", "punjabi", "kannada",
    "malayalam", "odia", "assamese", "burmese", "khmer", "tagalog", "filipino", "javanese",
    "sundanese", "malay", "uzbek", "kazakh", "kyrgyz", "tajik", "pashto", "kurdish", "uyghur",
    "mongolian", "tibetan", "quechua", "guarani", "aymara", "nahuatl", "maori", "basque",
    "catalan", "galician", "welsh", "irish", "icelandic", "maltese", "albanian", "armenian",
    "georgian", "azerbaijani", "ukrainian", "czech", "slovak", "croatian", "serbian", "devanagari",
    "bulgarian", "romanian", "hungarian", "finnish", "estonian", "latvian", "lithuanian",
    "swedish", "norwegian", "danish", "cantonese", "mandarin", "kalamang", "amazigh", "cjk",
    "tamazight", "kabyle", "bambara", "luganda", "chichewa", "sindhi", "latin", "cyrillic",
    # and programming languages those of a code benchmark (MultiPL-E's "Lua (+14.2)")
    "python", "java", "javascript", "typescript", "rust", "lua", "racket", "julia", "php",
    "ruby", "swift", "kotlin", "scala", "perl", "haskell", "ocaml", "bash", "golang",
    # proof assistants those of a formal benchmark (miniF2F's "44.6% in Isabelle")
    "lean", "isabelle", "coq", "rocq", "agda", "mathlib", "hol", "metamath",
    "ci", "level", "levels", "tier", "tiers",  # "95% CI", "Levels 1, 2 and 3"
    "flop", "flops", "cpu", "cpus", "tpu", "tpus", "npu",  # "at an equal FLOP budget"
    "div",  # "Codeforces Div. 2 contests": a contest division
    "prm", "prms", "orm", "orms", "rm", "rms",  # "52.8 for the explicit PRM (+13.4)": a model
    "ood", "iid", "id", "mc1", "mc2",  # "an average OOD accuracy", "MC2 accuracy": a setting
    "top-1", "top-3", "top-5", "top-10", "beq", "bleu", "bleu-4", "rouge-l",  # metrics: "15
    # points in Top-1 accuracy", "52.3% BEq accuracy", "71.8 ANLS (+6.5)"
    "anls", "cider", "meteor", "chrf", "mrr", "ndcg", "srcc", "plcc", "iso",  # ("ISO 100")
    "bm25", "ties", "dare", "sil",  # a retriever ("BM25: 0.447"), merges ("TIES 59.0"), "SIL 4"
}


# Publication venues: "the ICLR 2025 test set" is a set of submissions, not a benchmark.
VENUES = {"iclr", "neurips", "nips", "icml", "acl", "emnlp", "naacl", "eacl", "coling", "aaai",
          "ijcai", "cvpr", "iccv", "eccv", "kdd", "sigir", "aistats", "colm", "tacl", "uai"}


def accept_unknown_benchmark(raw: str, model_spans: list[tuple[int, int]], start: int,
                             prefixes: NamePrefixes) -> bool:
    """Whether a capitalised phrase can be an unlisted benchmark (not a model, a word or a
    publication venue)."""
    words = raw.split()
    if not words or words[0].lower() in NOT_BENCHMARKS or raw.lower() in NOT_BENCHMARKS or \
            words[0].split("-")[0].lower() in VENUES or raw.lower().endswith(_TRAILING_JUNK) or \
            _SPLIT_INDEX_RE.fullmatch(raw) or (  # "Level-3", "Tier-2": a level of a benchmark
                len(words) > 1 and words[-1].lower() in _METRIC_TAILS):  # "CheXbert F1"
        return False  # ("a MedQA-style question": like a benchmark's, not the benchmark)
    if any(a <= start < b for a, b in model_spans) or _NUMBER_FORMAT_RE.match(raw):
        return False  # "63.7% in BF16", "3D renderings", "at O2": a format or level
    return not prefixes.starts_name(raw.split("-")[0])


_SPLIT_INDEX_RE = re.compile(SPLIT_INDEX)
# A metric named after its scorer ("in CheXbert F1 on MIMIC-CXR", "RadGraph F1"): no benchmark.
_METRIC_TAILS = frozenset({"f1", "bleu", "rouge-l", "auroc", "auc", "em", "mrr", "ndcg"})
_GRID_SIZE_RE = re.compile(r"\d+\s*[x×]\s*\d+(?:\s*[x×]\s*\d+)?")  # "3x3", "6x6x6"
_NUMBER_FORMAT_RE = re.compile(r"(?:BF|FP|INT|NF|MX)\d+\b|W\d+A\d+\b|W\d+\b|[1-4]D\b|O[0-3]\b"
                               r"|(?:1\d|20)\d0s\b")  # (a decade: "articles from the 1860s")
@functools.lru_cache(maxsize=8)
def pseudo_benchmarks(benchmarks: BenchmarkIndex) -> frozenset[str]:
    """The pseudo benchmarks of the table (AVERAGE, MATH-DOMAIN, ...): aggregates, no items."""
    frame = benchmarks.frame
    return frozenset(frame.loc[frame["domain"] == AGGREGATE_DOMAIN, "name"])


# "ProofNet-ML", "MathVista-X", "AIME-Shift": a listed benchmark's name with a capitalised
# suffix the table does not list names a benchmark of its own (the alias stops before "-").
VARIANT_RE = re.compile(r"(?<![\w.-])([A-Za-z][\w.]*(?:-[\w.]+)*)-([A-Z][A-Za-z0-9]{0,11})"
                        r"(?![\w-])")


def listed_variant(raw: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> bool:
    """Whether `raw` is a listed benchmark's name and a suffix, itself not listed."""
    found = VARIANT_RE.fullmatch(raw)
    return bool(found and canonical_benchmark(found.group(1), benchmarks)
                and not canonical_benchmark(raw, benchmarks))


def benchmark_shaped(name: str) -> bool:
    """Whether a word of `name` has a capital after its first letter or a digit ("TRAM",
    "MOOSE-Chem", "ETTh1"): a plain word ("Game" of "Game of 24", "Team Allocation", a task of
    a suite) may be a truncated name or a part, and is not looked for elsewhere."""
    return any(c.isupper() or c.isdigit() for word in name.split() for c in word[1:])


# "HMMT February 2026": a dated edition of a contest the table names by its year alone.
_MONTH_EDITION_RE = re.compile(r"(?P<name>.+?)\s+(?P<month>(?:January|February|March|April|May|June"
                               r"|July|August|September|October|November|December|Feb|Nov)\.?)\s+"
                               r"(?P<year>(?:19|20)\d\d)")


def _edition_name(dated: re.Match) -> str:
    """ "HMMT February 2026" -> "HMMT-2026": the name and the year, the month left out."""
    return f"{unknown_benchmark_name(dated['name'])}-{dated['year']}"


def bench_name(raw: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> str:
    """The table's name for a benchmark, else the raw name with hyphens for spaces (an unlisted
    month's edition named as the table names that month's other years: "HMMT February 2026" ->
    "HMMT-2026" when "HMMT February 2025" is "HMMT-2025")."""
    known = canonical_benchmark(raw, benchmarks)
    if known:
        return known
    dated = _MONTH_EDITION_RE.fullmatch(raw)
    if dated:
        name, month, year = dated["name"], dated["month"], int(dated["year"])
        if any(canonical_benchmark(f"{name} {month} {y}", benchmarks) == f"{name}-{y}"
               for y in (year - 1, year - 2, year + 1)):
            return _edition_name(dated)
    return unknown_benchmark_name(raw)


def unlisted_names(raw: str) -> tuple[str, ...]:
    """The names bench_name can give `raw` when the table does not list it."""
    dated = _MONTH_EDITION_RE.fullmatch(raw)
    plain = unknown_benchmark_name(raw)
    return (plain, _edition_name(dated)) if dated else (plain,)


def benchmark_after_number(text: str, pos: int, end: int,
                           benchmarks: pd.DataFrame | BenchmarkIndex,
                           model_spans: list[tuple[int, int]],
                           prefixes: NamePrefixes) -> Mention | None:
    """A capitalised name right after a score ("45% on ARC-AGI-1", "+7.1 ... on ArtPedia")."""
    m = _AFTER_NUMBER_BENCH_RE.match(text, pos, end)
    if not m:
        return None
    raw = m.group(1).rstrip(".,;:")
    if not accept_unknown_benchmark(raw, model_spans, m.start(1), prefixes) or len(raw) < 2 \
            or _GRID_SIZE_RE.fullmatch(raw) or LANGUAGE_PAIR_RE.fullmatch(raw) or (
                raw.lower() in _SUBJECTS and not canonical_benchmark(raw, benchmarks)) \
            or _TOOLING_RE.match(text, m.start(1) + len(raw)):
        return None  # "71.5% on 3x3 grids": a size of the puzzle, not a benchmark; "24.0% for
        # M in the same OpenHands scaffold": the agent's tooling; "English-Spanish": a part
    return Mention(m.start(1), m.start(1) + len(raw), raw, bench_name(raw, benchmarks))
