"""Names in abstracts: models, benchmarks, and what a paper calls its own method."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import pandas as pd

from analysis.claims.text import name_key
from analysis.curated.benchmarks import (
    BenchmarkIndex,
    alias_pattern,
    canonical_benchmark,
    unknown_benchmark_name,
)

# ----------------------------------------------------------------------------- models

# Model families seen in reasoning-model abstracts; a name starts with one of them.
_FAMILIES = (
    "gpt", "chatgpt", "qwen", "qwq", "llama", "codellama", "mistral", "mixtral", "gemma",
    "gemini", "phi", "deepseek", "olmo", "smollm", "claude", "kimi", "flan", "palm", "vicuna",
    "falcon", "granite", "nemotron", "internlm", "baichuan", "starcoder", "bloom", "pythia",
    "doubao", "exaone", "minicpm", "hunyuan", "chatglm", "glm", "grok", "davinci", "deberta",
    "roberta", "unifiedqa", "llava", "meerkat", "meditron", "biomistral", "stablevicuna",
    "tinyllama", "openchat", "wizardlm", "wizardmath", "metamath", "mammoth", "internvl",
    "skywork",
)
_FAMILY_RE = re.compile(rf"^(?:{'|'.join(_FAMILIES)})(?=$|[\d.\-:+])", re.IGNORECASE)
_EXACT_MODEL_RE = re.compile(r"^(?:o[134](?:-[\w.]+)?|R1(?:-[\w.]+)*|T5|GPT|Yi-[\w.]+|OPT-[\w.]+"
                             r"|K2|Seed\d[\w.-]*|[\w.]+-R1(?:-[\w.]+)*|Sky-T1[\w.-]*"
                             r"|OpenAI-[\w.-]+)$")
# A token followed by one of these is a dataset ("SynSQL-2.5M dataset"), not a model.
_DATASET_AFTER_RE = re.compile(r"\s+(?:dataset|data|corpus|samples|examples|problems|instances"
                               r"|pairs|queries|questions|tokens)\b", re.IGNORECASE)
_SIZE_PART_RE = re.compile(r"^\d+(?:\.\d+)?[BbMm]$")
_TOKEN_RE = re.compile(r"(?<![\w$^])[A-Za-z0-9][\w.+$^]*(?:[-:][A-Za-z0-9][\w.+$^]*)*")
# A token of _TOKEN_RE that is a plain lower-case word ("reasoning", "e.g."): never a model
# unless it starts an own name. _SCAN_RE finds the tokens of _TOKEN_RE, at the same offsets,
# but a run of plain words (separated by non-word characters only) comes as one match, so the
# Python loop runs once per run instead of once per word.
_PLAIN = r"(?>[a-z][a-z.+]*)(?![\w.+$^]|[-:][A-Za-z0-9])"
_SCAN_RE = re.compile(rf"(?<![\w$^])(?:(?P<plain>{_PLAIN}(?:[^\w$^]+{_PLAIN})*)"
                      rf"|[A-Za-z0-9][\w.+$^]*(?:[-:][A-Za-z0-9][\w.+$^]*)*)")
_PLAIN_WORD_RE = re.compile(r"[a-z][a-z.+]*")
_VERSION_RE = re.compile(r"v\d[\w.]*")
_YEAR_RE = re.compile(r"\d{4}")
MODEL_SHAPE_CACHE = 1 << 16  # tokens; bounded so memory does not grow with the corpus
# Words that may follow a model name after a space ("Llama 3.2 1B", "Claude 3.7 Sonnet").
_TAIL_WORDS = {
    "mini", "small", "medium", "large", "xl", "xxl", "base", "instruct", "chat", "pro", "flash",
    "turbo", "preview", "ultra", "sonnet", "opus", "haiku", "audio", "vl", "lite", "plus",
    "max", "nano", "thinking", "reasoning", "coder", "math", "distill", "beta", "it",
}
_TAIL_RE = re.compile(r"\s+(\d+(?:\.\d+)?[A-Za-z]{0,2}|v\d[\w.]*|[A-Za-z]+)\b")
_TRAILING_JUNK = ("-based", "-style", "-like", "-level", "-scale", "-sized", "-series",
                  "-family", "-generated", "-distilled", "-tuned", "-trained", "-only")
# "the 1.5B model", "our 2B SSE-H model", "13B parameter models", "a 7B-parameter dense model".
_SIZE_PHRASE_RE = re.compile(
    r"(?<![\w.-])(\d+(?:\.\d+)?[BM](?:-parameters?)?(?:\s*/\s*\d+(?:\.\d+)?[BM])?"
    r"(?:\s+(?!models?\b)[A-Za-z][\w-]*){0,2}\s+models?)\b")


_NAMED_MODEL_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+[A-Z][\w.+-]*|[A-Z][\w.+]*-[\w.+-]*"
                             r"[A-Za-z0-9])\s+models?\b")


@dataclass
class Mention:
    """A model or benchmark name found in the abstract."""

    start: int
    end: int
    text: str
    name: str = ""  # canonical benchmark name, or the model name to report
    # "comparator" (after "than", "outperforming"...), "instrument" ("with GPT-4"),
    # "example" (in an "e.g." list), "training" (a training set, not an evaluation)
    flags: set[str] = field(default_factory=set)


@functools.lru_cache(maxsize=MODEL_SHAPE_CACHE)
def _has_model_shape(token: str) -> bool:
    # Pure function of the token (family prefix, exact names, size parts): cached because
    # the same names recur across abstracts.
    first = token.split("-")[0]
    if _FAMILY_RE.match(first) or _EXACT_MODEL_RE.match(token):
        return True
    parts = token.split("-")
    if len(parts) > 1 and _SIZE_PART_RE.match(parts[-1]) and not _SIZE_PART_RE.match(parts[0]) \
            and any(c.isupper() or c.isdigit() for c in parts[0]):
        return True  # "Saturn-7B", "MobileLLM-R1-950M", "vsGRPO-2B"
    # "Infi-MMR-3B-Instruct"
    return bool(any(_SIZE_PART_RE.match(p) for p in parts[1:]) and parts[0][:1].isupper())


def _is_model_token(token: str, own_keys: set[str]) -> bool:
    if _has_model_shape(token):
        return True
    if not own_keys:
        return False
    return name_key(token) in own_keys or name_key(token.split("-")[0]) in own_keys


def _model_at(text: str, start: int, token: str, own_keys: set[str]) -> Mention | None:
    """The model mention starting with `token` at `start` (a token of _TOKEN_RE), if any."""
    if token.lower().endswith(_TRAILING_JUNK):
        return None  # "RSD-generated traces", "LLaMA-based": a modifier, not the model
    token = token.rstrip(".:")
    if not token or not _is_model_token(token, own_keys) or (
            _BENCH_SHAPE_RE.fullmatch(token) and not _FAMILY_RE.match(token)):
        return None
    end = start + len(token)
    if _DATASET_AFTER_RE.match(text, end) and name_key(token) not in own_keys:
        return None
    while True:  # "Llama 3.2 1B", "OLMo-2 1B Base", "Claude 3.7 Sonnet"
        tail = _TAIL_RE.match(text, end)
        if not tail or not (tail.group(1)[0].isdigit() or tail.group(1).lower() in _TAIL_WORDS
                            or _VERSION_RE.fullmatch(tail.group(1))):
            break
        if _YEAR_RE.fullmatch(tail.group(1)):
            break  # a year, not a version
        end = tail.end()
    return Mention(start, end, text[start:end], text[start:end])


def find_models(text: str, own_names: list[str]) -> list[Mention]:
    """Model names in the abstract, longest first where they overlap."""
    own_keys = {name_key(n) for n in own_names if n}
    own_first = {k[:3] for k in own_keys}
    found: list[Mention] = []
    for m in _SCAN_RE.finditer(text):
        if m.group("plain") is not None:  # plain words, rejected unless they start an own name
            run = m.group()
            # A word starting with an own-name prefix contains it: test the run in one go first.
            if own_first and any(prefix in run for prefix in own_first):
                for word in _PLAIN_WORD_RE.finditer(text, m.start(), m.end()):
                    if word.group()[:3] in own_first:
                        mention = _model_at(text, word.start(), word.group(), own_keys)
                        if mention is not None:
                            found.append(mention)
            continue
        token = m.group()
        if token.islower() and token[:3] not in own_first and token[:2] not in ("o1", "o3", "o4"):
            continue  # plain words: cheap rejection before the name rules
        mention = _model_at(text, m.start(), token, own_keys)
        if mention is not None:
            found.append(mention)
    for name in own_names:  # multi-word own names: "Multimodal DeepResearcher", "Kimi K2"
        if " " in name:
            for m in re.finditer(re.escape(name), text):
                found.append(Mention(m.start(), m.end(), m.group(), m.group()))
    for m in _NAMED_MODEL_RE.finditer(text):  # "MagicBrush model", "the Ling-lite model"
        if m.group(1).lower() not in _NOT_BENCHMARKS:
            found.append(Mention(m.start(1), m.end(1), m.group(1), m.group(1)))
    for m in _SIZE_PHRASE_RE.finditer(text):
        found.append(Mention(m.start(1), m.end(1), m.group(1), m.group(1)))
    return _drop_overlaps(found)


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
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
_BENCH_SHAPE_RE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w]*(?:-[\w]+)*(?:Bench|bench|QA|Eval|Arena|World|Comp|VQA|Hub)"
    r"(?:-[A-Za-z0-9]+)*|[A-Z][\w]*-(?:Bench|bench|QA|Eval)(?:-[A-Za-z0-9]+)*)(?![\w-])")
_CALLED_BENCH_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,2})(?:\s+(?:test-mini|testmini|test))?"
    r"\s+(?:benchmark|dataset|data\s*set|test\s+set|development\s+set|evaluation\s+set)\b")

_AFTER_NUMBER_BENCH_RE = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:[\w@.%'-]+\s+){0,4}?(?:on|in|at)\s+(?:(?:the|a|an)\s+)?"
    r"((?:[A-Z][\w&'+-]*|\d[\w-]*[A-Za-z][\w-]*)(?:\s+(?:[A-Z][\w&'+-]*|v\d[\w.]*|\d+))*"
    r"(?:\s+\((?:val|test|dev|en|En|full)\))?)")
_SPLIT_AFTER_RE = re.compile(r"\s+(?:test-mini|testmini|Test-mini|test|val|dev|v\d[\w.]*)\b"
                             r"|\s*\((?:val|test|dev|en|En|full)\)")
# Capitalised words that start sentences or name methods, never benchmarks.
_NOT_BENCHMARKS = {
    "the", "our", "we", "this", "these", "it", "its", "in", "on", "for", "notably", "sota",
    "llm", "llms", "slm", "slms", "lrm", "lrms", "cot", "rl", "sft", "gpu", "gpus", "ai", "api",
    "apis", "f1", "em", "pass", "acc", "average", "overall", "both", "all", "each", "english",
    "french", "chinese", "table", "figure", "moreover", "furthermore", "additionally", "and",
    "mllms", "vlms", "lvlms", "dpo", "grpo", "ppo", "lora", "moe", "kl", "human", "humans",
    "zero-shot", "few-shot", "stem", "nlp", "qa", "vqa", "aqa", "bench", "benchmark",
    "benchmarks", "with", "using", "via", "when", "after", "at", "by", "as", "from",
}


def accept_unknown_benchmark(raw: str, model_spans: list[tuple[int, int]], start: int) -> bool:
    """Whether a capitalised phrase can be an unlisted benchmark (not a model, not a word)."""
    words = raw.split()
    if not words or words[0].lower() in _NOT_BENCHMARKS or raw.lower() in _NOT_BENCHMARKS:
        return False
    if any(a <= start < b for a, b in model_spans):
        return False
    return not _FAMILY_RE.match(raw.split("-")[0])


_EXTENSION_RE = re.compile(r" ([A-Z][a-z]{2,}[A-Za-z]*)(?![\w-])")
# Lists that name several benchmarks at once: "the ScreenSpot-V2, ScreenSpot-Pro, and OSWorld-G
# benchmarks", "datasets (CRIC, AOKVQA)", "benchmarks (HotPotQA, 2wiki)".
_LIST_NAME = r"(?:[A-Z0-9][\w&'+.-]*[A-Za-z0-9+](?:\s+(?:[A-Z][\w&'+.-]*|v\d[\w.]*)){0,3})"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_NAMES_THEN_KIND_RE = re.compile(
    rf"(?<![\w-])({_LIST_NAME}(?:{_LIST_SEP}{_LIST_NAME}){{1,12}})\s+(?:benchmarks|datasets"
    rf"|test\s+sets)\b")
_KIND_THEN_NAMES_RE = re.compile(
    rf"\b(?:benchmarks|datasets|tasks)\s*(?:\(|:|-|–|,)\s*(?:(?:e\.g\.|i\.e\.),?\s*)?"
    rf"({_LIST_NAME}(?:{_LIST_SEP}{_LIST_NAME}){{0,12}})")
_LIST_SEP_RE = re.compile(_LIST_SEP)


def _listed_benchmarks(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                       model_spans: list[tuple[int, int]]) -> list[Mention]:
    found = []
    for pattern in (_NAMES_THEN_KIND_RE, _KIND_THEN_NAMES_RE):
        for m in pattern.finditer(text):
            pos = m.start(1)
            for piece in _LIST_SEP_RE.split(m.group(1)):
                start = text.find(piece, pos)
                pos = start + len(piece)
                if piece and accept_unknown_benchmark(piece, model_spans, start) and \
                        any(c.isupper() for c in piece):
                    found.append(Mention(start, pos, piece, bench_name(piece, benchmarks)))
    return found


def find_benchmarks(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                    model_spans: list[tuple[int, int]]) -> list[Mention]:
    """Benchmark mentions: listed aliases, benchmark-shaped names and "the X benchmark"."""
    found: list[Mention] = []
    for m in alias_pattern(benchmarks).finditer(text):
        end = m.end()
        longer = _EXTENSION_RE.match(text, end)
        if longer and longer.group(1).lower() not in _NOT_BENCHMARKS:
            raw = text[m.start():longer.end()]  # "SWE-Bench Multilingual" is not SWE-Bench
            found.append(Mention(m.start(), longer.end(), raw, bench_name(raw, benchmarks)))
            continue
        split = _SPLIT_AFTER_RE.match(text, end)
        if split:
            end = split.end()
        found.append(Mention(m.start(), end, text[m.start():end],
                             canonical_benchmark(m.group(), benchmarks) or m.group()))
    for pattern, group in ((_BENCH_SHAPE_RE, 0), (_CALLED_BENCH_RE, 1)):
        for m in pattern.finditer(text):
            raw = m.group(group)
            start = m.start(group)
            if not accept_unknown_benchmark(raw, model_spans, start):
                continue
            end = m.end(group)
            split = _SPLIT_AFTER_RE.match(text, end)
            if split:
                end = split.end()
            found.append(Mention(start, end, text[start:end], bench_name(raw, benchmarks)))
    found.extend(_listed_benchmarks(text, benchmarks, model_spans))
    return _drop_overlaps(found)


def bench_name(raw: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> str:
    """The table's name for a benchmark, else the raw name with hyphens for spaces."""
    return canonical_benchmark(raw, benchmarks) or unknown_benchmark_name(raw)


def benchmark_after_number(text: str, pos: int, end: int, benchmarks: pd.DataFrame | BenchmarkIndex,
                           model_spans: list[tuple[int, int]]) -> Mention | None:
    """A capitalised name right after a score ("45% on ARC-AGI-1", "+7.1 ... on ArtPedia")."""
    m = _AFTER_NUMBER_BENCH_RE.match(text, pos, end)
    if not m:
        return None
    raw = m.group(1).rstrip(".,;:")
    if not accept_unknown_benchmark(raw, model_spans, m.start(1)) or len(raw) < 2:
        return None
    return Mention(m.start(1), m.start(1) + len(raw), raw, bench_name(raw, benchmarks))


# ------------------------------------------------------------------- the paper's own names

_FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are",
                   "be", "with", "by", "from", "as", "at", "can", "do", "does", "how", "what",
                   "why", "when", "not", "more", "less", "than", "their", "own"}
_INTRO_RE = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study|report)|here,?\s+we)\s+(?:\w+\s+)?"
    r"(?:propose|introduce|present|develop|design|release|call|term|name)s?d?"
    r"\b(?P<rest>[^.;]{0,160})", re.IGNORECASE)
_NAME_TOKEN_RE = re.compile(
    r"\(([A-Za-z][\w$^+-]*[A-Z][\w$^+-]*)\)"  # "(LoRID)", "(TRM)"
    r"|(?<![\w-])((?:[A-Z][a-z]*[A-Z0-9$^][\w$^.+-]*|[A-Z]{2,}[\w$^.+-]*|[a-z]+[A-Z][\w$^.+-]*"
    r"|[A-Z][a-z]+(?:-[A-Z0-9][\w.]*)+)(?:\s+[A-Z][\w.-]*)?)")


def title_name(title: str) -> str:
    """The short system name before a title's colon ("MobileLLM-R1: ..."), else ""."""
    if ":" not in title:
        return ""
    head = title.split(":", 1)[0].strip()
    words = head.split()
    if not words or len(words) > 3 or head.endswith("?") or "," in head:
        return ""
    if any(w.lower() in _FUNCTION_WORDS for w in words) or words[0].lower().endswith("ing"):
        return ""
    if not all(w[0].isupper() or w[0].isdigit() or any(c.isupper() for c in w) for w in words):
        return ""
    return head


_LEADING_NAME_RE = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:novel|new|simple|unified|lightweight|scalable|first)\s+)*"
    r"((?:[A-Z][\w$^.+-]*|[a-z]+[A-Z][\w$^.+-]*)(?:\s+[A-Z][\w$^.+-]*){0,3})(?=\s*[,(:]|\s+(?:a|an"
    r"|the|which|that|to|for|as|with|in|on)\b)")
_NAMED_AS_DATA_RE = re.compile(r"^\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:dataset|benchmark|corpus)\b")


def own_names(title: str, abstract: str) -> list[str]:
    """Names the paper gives its own method or model: title prefix, then "we propose X"."""
    names = [title_name(title)] if title_name(title) else []
    for intro in _INTRO_RE.finditer(abstract):
        rest = intro.group("rest")
        lead = _LEADING_NAME_RE.match(rest)
        acronym = re.match(r"[^,.;()]{0,80}?\(([A-Za-z][\w$^+-]*[A-Z][\w$^+-]*)\)", rest)
        if lead and _NAMED_AS_DATA_RE.match(rest[lead.end():]):
            continue  # "We introduce Saturn-2.6k, a dataset of ...": data, not the method
        if acronym:  # "Self-Training on Image Comprehension (STIC)": the acronym is the name
            names.append(acronym.group(1))
        elif lead and lead.group(1).lower() not in _NOT_BENCHMARKS:
            names.append(lead.group(1).rstrip(".,"))
        else:
            tokens = [m for m in _NAME_TOKEN_RE.finditer(rest[:100]) if m.group(1)]
            if tokens:
                names.append(tokens[0].group(1))
    return list(dict.fromkeys(n for n in names if n))


@dataclass
class PaperContext:
    """What the rules know about one paper before reading its numbers."""

    title: str
    abstract: str
    own: list[str] = field(default_factory=list)
    primary: str = ""  # the name claims of "our method" are attributed to
    benchmark_paper: bool = False  # the paper's contribution is a benchmark: models are references
    own_benchmark: str = ""  # benchmark the paper introduces, used when a sentence names none
    focus_model: str = ""  # the one model the abstract studies when it names no method


_BENCH_TITLE_RE = re.compile(r"\bbench(?:mark(?:s|ing)?)?\b|^Evaluating\b", re.IGNORECASE)
_INTRO_BENCH_RE = re.compile(
    r"\b(?i:introduce|present|propose|develop|construct|build|release|create)[sd]?\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,6}?(?:\(([A-Z][\w-]+)\)|([A-Z][\w-]*[A-Z][\w-]*))"
    r"(?:\s*(?::|,|-)?\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,6}?(?i:benchmark|test\s+set)\b)")
_INTRO_SHAPE_RE = re.compile(
    r"\b(?i:introduce|present|propose|develop|construct|release|create)[sd]?\s+(?:(?:a|an|the)\s+)?"
    r"()([A-Z][\w-]*(?:Bench|bench|Arena|-Bench))\b")
_EVALUATION_RE = re.compile(r"\b(?:evaluat\w*|benchmark\w*|test(?:s|ing)?\b|assess\w*)",
                            re.IGNORECASE)


# "TTT-Bench, a new benchmark", "(ScienceQA), a new benchmark", "WikiNLDB, a novel dataset".
_APPOSITIVE_BENCH_RE = re.compile(
    r"(?:\(([A-Z][\w-]+)\)|(?<![\w-])([A-Z][\w-]*[A-Z0-9][\w-]*))\s*(?:,|:|-|–)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:benchmark|dataset|test\s+set)\b(?!\s+(?:creation|generation|construction"
    r"|synthesis|curation|collection|pipeline|approach|method|framework))")


def _introduced_benchmark(abstract: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> str:
    """A benchmark the abstract introduces; a "dataset" only when its sentence evaluates."""
    for pattern in (_APPOSITIVE_BENCH_RE, _INTRO_BENCH_RE, _INTRO_SHAPE_RE):
        for m in pattern.finditer(abstract):
            lo = abstract.rfind(". ", 0, m.start()) + 1
            hi = abstract.find(". ", m.end())
            sentence = abstract[lo:hi if hi > 0 else len(abstract)]
            if "benchmark" in m.group().lower() or _EVALUATION_RE.search(sentence):
                return bench_name(m.group(1) or m.group(2), benchmarks)
    return ""


def paper_context(title: str, abstract: str,
                  benchmarks: pd.DataFrame | BenchmarkIndex) -> PaperContext:
    """Own names, the name to attribute "our method" to, and whether it is a benchmark paper."""
    ctx = PaperContext(title, abstract, own_names(title, abstract))
    if ctx.own:  # the spelling the abstract uses most ("MathNeuro" over "Math Neurosurgery")
        counts = {n: abstract.count(n) for n in ctx.own}
        primary = max(ctx.own, key=lambda n: (counts[n], -ctx.own.index(n)))
        longer = [n for n in ctx.own if len(n) > len(primary) and " " in n and
                  name_key(n).endswith(name_key(primary))]
        ctx.primary = longer[0] if longer else primary  # "K2" is written for "Kimi K2"
    ctx.own_benchmark = _introduced_benchmark(abstract, benchmarks)
    head = title_name(title)
    if _BENCH_TITLE_RE.search(title):
        ctx.benchmark_paper = True
        if head and not ctx.own_benchmark:
            ctx.own_benchmark = bench_name(head, benchmarks)
    if ctx.own_benchmark and name_key(ctx.own_benchmark) in {name_key(head), name_key(ctx.primary)}:
        ctx.benchmark_paper = True  # the name the paper gives its contribution is a benchmark
    return ctx
