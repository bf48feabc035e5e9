"""Text primitives of claim extraction: sentences, numbers, model and benchmark mentions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from analysis.benchmarks import alias_pattern, canonical_benchmark, unknown_benchmark_name


def name_key(text: object) -> str:
    """Loose comparison key of a name: case-folded letters and digits ("A$^2$FM" == "A^2FM")."""
    return re.sub(r"[^0-9a-z]+", "", unicodedata.normalize("NFKC", str(text or "")).casefold())

# ----------------------------------------------------------------------------- sentences

# A sentence ends at . ! or ? followed by space and a capital, digit or opening bracket, unless
# the word before is an abbreviation ("e.g.", "et al.", "vs.").
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9(\[\"“$\\])")
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "al", "approx", "fig", "cf", "resp", "eq", "no",
                  "dr", "mr", "ms", "st", "sec", "ca", "incl", "acc"}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, stripped of surrounding spaces."""
    spans, start = [], 0
    for match in _SENTENCE_END_RE.finditer(text):
        word = re.search(r"([A-Za-z.]+)$", text[start:match.start()])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        end = match.start() + len(match.group().rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


# ----------------------------------------------------------------------------- numbers

_NUM_RE = re.compile(r"""
    (?P<marker>\\?(?:Delta|uparrow|downarrow|triangle)\s*|[Δ↑↓]\s*)?
    (?P<sign>[+\-−–](?=\.?\d))?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    (?P<unit>
        \s?\\?%(?:\s?-?\s?(?:points?|pts?|pt)\b)?
      | \s?(?:percentage|percent)(?:[\s-]points?)?\b
      | \s?(?:pp|p\.p\.)(?![A-Za-z])
      | [\s-]?(?:points?|pts?)\b
      | \s?[x×](?![A-Za-z0-9])
      | \s(?:times)\b
      | /100\b
    )?
""", re.VERBOSE)
_BOUND_RE = re.compile(
    r"(?:\b(?P<bound>slightly\s+less\s+than|less\s+than|fewer\s+than|more\s+than|greater\s+than"
    r"|at\s+least|at\s+most|up\s+to|under|below|over|above|nearly|almost|approximately|approx\.?"
    r"|about|around|roughly|only|just|near|exceeding)\s*|(?P<sym>[~<>≈]|&gt;|&lt;)\s*)$",
    re.IGNORECASE)
_BOUND_KIND = {"less": "upper", "fewer": "upper", "under": "upper", "below": "upper",
               "most": "upper", "more": "lower", "greater": "lower", "least": "lower",
               "over": "lower", "above": "lower", "exceeding": "lower", "up": "up-to"}


@dataclass
class Num:
    """One number in an abstract with what is written around it."""

    start: int  # offsets in the abstract of the whole mention (marker, sign, number, unit)
    end: int
    num_start: int  # offsets of the digits alone (the claim id keys on num_start)
    value: float
    sign: int = 0  # +1 / -1 when written with a sign or an up/down marker, else 0
    unit: str = ""  # "%", "pts", "x", "/100" or ""
    marker: str = ""  # "delta", "up", "down" for TeX-like arrows and deltas, else ""
    bound: str = ""  # "upper", "lower", "approx", "up-to" when "under 12", "over 80%"...
    high: float | None = None  # upper end of a range ("4-17%"); value is then the lower end
    high_start: int | None = None
    pair_with: int | None = None  # index of the other number of a "from A to B" pair
    pair_role: str = ""  # "from" or "to"


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.strip().lower()
    if "point" in raw or "pt" in raw or raw in ("pp", "p.p."):
        return "pts"
    if "%" in raw or raw.startswith("percent"):
        return "%"
    if raw in ("x", "×", "times"):
        return "x"
    return "/100" if raw == "/100" else ""


def _embedded(text: str, first: int, last: int, has_unit: bool) -> bool:
    """True when text[first:last] is part of a word or name ("GPT-4", "7B", "8/15", "4-bit")."""
    before = text[first - 1] if first > 0 else " "
    after = text[last] if last < len(text) else " "
    if before.isalnum() or before in "_.$^=/@#{":
        return True
    if before in "-–" and first > 1 and text[first - 2].isalpha():
        return True  # "GPT-4", "ARC-AGI-2", "top-30%"
    if not has_unit and (after.isalpha() or after in "_/" or (
            after in "-–" and text[last + 1:last + 2].isalpha())):
        return True  # "7B", "17k", "8/15", "4-bit", "9-by-9"
    return False


_MARKERS = {"delta": "delta", "δ": "delta", "triangle": "delta", "uparrow": "up", "↑": "up",
            "downarrow": "down", "↓": "down"}


def _bound_of(text: str, lo: int, pos: int) -> str:
    bound = _BOUND_RE.search(text, max(lo, pos - 30), pos)
    if not bound:
        return ""
    words = (bound.group("bound") or bound.group("sym") or "").lower().split()
    key = words[-1] if words else ""
    if key in ("only", "just"):
        return ""
    if key in (">", "&gt;"):
        return "lower"
    if key in ("<", "&lt;"):
        return "upper"
    return _BOUND_KIND.get(key, "approx")


def scan_numbers(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[Num]:
    """Numbers of text[start:end] that can be scores: not inside a name, a year or a fraction."""
    found: list[Num] = []
    for m in _NUM_RE.finditer(text, start, end):
        marker_raw, sign_raw, unit_raw = m.group("marker"), m.group("sign"), m.group("unit")
        first = m.start()
        if sign_raw and not marker_raw and first > 0 and (text[first - 1].isdigit()
                                                          or text[first - 1] == "%"):
            sign_raw, first = None, m.start("num")  # the dash of a range "4-17%", "1.5%-2.8%"
        if _embedded(text, first, m.end(), bool(unit_raw)):
            continue
        n0, n1 = m.start("num"), m.end("num")
        if any(a < n1 and n0 < b for a, b in masked):
            continue
        value = float(m.group("num").replace(",", ""))
        unit = _unit(unit_raw)
        if not unit and not sign_raw and not marker_raw and value.is_integer() and (
                1900 <= value <= 2100):
            continue  # a year ("AIME 2024" is masked; "ICLR 2025", "in 2023" are not)
        marker = _MARKERS.get((marker_raw or "").strip().lstrip("\\").lower(), "")
        sign = {"+": 1, "-": -1, "−": -1, "–": -1}.get(sign_raw or "", 0)
        if marker == "down":
            sign = -1
        num = Num(first, m.end(), n0, value, sign, unit, marker)
        num.bound = _bound_of(text, start, first)
        found.append(num)
    return _merge_ranges(text, found)


_RANGE_SEP_RE = re.compile(r"^\s*(?:-|–|—|~|to|\\?sim)\s*$")
_PAIR_SEP_RE = re.compile(r"^\s*(?:to|\\?rightarrow|→|->|=>)\s*$")
_FROM_RE = re.compile(r"\bfrom\s+(?:(?:under|below|over|above|about|approximately|around|nearly"
                      r"|just|only|roughly)\s+)?$", re.IGNORECASE)


def _merge_ranges(text: str, nums: list[Num]) -> list[Num]:
    """Join "4-17%" / "+15 to +40" into one range; link "from 63% to 80%" as a pair."""
    out: list[Num] = []
    i = 0
    while i < len(nums):
        cur = nums[i]
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None:
            gap = text[cur.end:nxt.start]
            is_from = bool(_FROM_RE.search(text, max(0, cur.start - 25), cur.start))
            units_agree = not cur.unit or cur.unit == nxt.unit
            if (_PAIR_SEP_RE.match(gap) and (is_from or "to" not in gap)) and units_agree:
                cur.pair_role, nxt.pair_role = "from", "to"
                cur.pair_with, nxt.pair_with = len(out) + 1, len(out)
                cur.unit = cur.unit or nxt.unit
            elif _RANGE_SEP_RE.match(gap) and units_agree and nxt.value > cur.value and (
                    cur.sign == nxt.sign or (nxt.sign == 0 and gap.strip() not in "-–")):
                cur.high, cur.high_start, cur.end = nxt.value, nxt.num_start, nxt.end
                cur.unit = nxt.unit or cur.unit
                out.append(cur)
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


# ----------------------------------------------------------------------------- models

# Model families seen in reasoning-model abstracts; a name starts with one of them.
_FAMILIES = (
    "gpt", "chatgpt", "qwen", "qwq", "llama", "codellama", "mistral", "mixtral", "gemma",
    "gemini", "phi", "deepseek", "olmo", "smollm", "claude", "kimi", "flan", "palm", "vicuna",
    "falcon", "granite", "nemotron", "internlm", "baichuan", "starcoder", "bloom", "pythia",
    "doubao", "exaone", "minicpm", "hunyuan", "chatglm", "glm", "grok", "davinci", "deberta",
    "roberta", "unifiedqa", "llava", "meerkat", "meditron", "biomistral", "stablevicuna",
    "tinyllama", "openchat", "wizardlm", "wizardmath", "metamath", "mammoth", "internvl",
    "skywork", "openai",
)
_FAMILY_RE = re.compile(rf"^(?:{'|'.join(_FAMILIES)})(?=$|[\d.\-:])", re.IGNORECASE)
_EXACT_MODEL_RE = re.compile(r"^(?:o[134](?:-\w+)?|R1(?:-\w+)*|T5|GPT|Yi-\w+|OPT-\w+|K2"
                             r"|Seed\d[\w.-]*|\w+-R1(?:-\w+)*|Sky-T1[\w.-]*)$")
_SIZE_PART_RE = re.compile(r"^\d+(?:\.\d+)?[BbMm]$")
_TOKEN_RE = re.compile(r"(?<![\w$^])[A-Za-z0-9][\w.+$^]*(?:[-:][A-Za-z0-9][\w.+$^]*)*")
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
    r"(?<![\w.])(\d+(?:\.\d+)?[BM](?:-parameters?)?(?:\s*/\s*\d+(?:\.\d+)?[BM])?"
    r"(?:\s+(?!models?\b)[A-Za-z][\w-]*){0,2}\s+models?)\b")


@dataclass
class Mention:
    """A model or benchmark name found in the abstract."""

    start: int
    end: int
    text: str
    name: str = ""  # canonical benchmark name, or the model name to report


def _is_model_token(token: str, own_keys: set[str]) -> bool:
    first = token.split("-")[0]
    if _FAMILY_RE.match(first) or _EXACT_MODEL_RE.match(token):
        return True
    parts = token.split("-")
    if len(parts) > 1 and _SIZE_PART_RE.match(parts[-1]) and parts[0][:1].isalpha():
        return True  # "Saturn-7B", "MobileLLM-R1-950M", "vsGRPO-2B"
    if any(_SIZE_PART_RE.match(p) for p in parts[1:]) and parts[0][:1].isupper():
        return True  # "Infi-MMR-3B-Instruct"
    return name_key(token) in own_keys or name_key(first) in own_keys


def find_models(text: str, own_names: list[str]) -> list[Mention]:
    """Model names in the abstract, longest first where they overlap."""
    own_keys = {name_key(n) for n in own_names if n}
    found: list[Mention] = []
    for m in _TOKEN_RE.finditer(text):
        token = m.group()
        for junk in _TRAILING_JUNK:
            if token.lower().endswith(junk):
                token = token[: -len(junk)]
        token = token.rstrip(".:")
        if not token or not _is_model_token(token, own_keys):
            continue
        end = m.start() + len(token)
        while True:  # "Llama 3.2 1B", "OLMo-2 1B Base", "Claude 3.7 Sonnet"
            tail = _TAIL_RE.match(text, end)
            if not tail or not (tail.group(1)[0].isdigit() or tail.group(1).lower() in _TAIL_WORDS
                                or re.fullmatch(r"v\d[\w.]*", tail.group(1))):
                break
            if re.fullmatch(r"\d{4}", tail.group(1)):
                break  # a year, not a version
            end = tail.end()
        found.append(Mention(m.start(), end, text[m.start():end], text[m.start():end]))
    for name in own_names:  # multi-word own names: "Multimodal DeepResearcher", "Kimi K2"
        if " " in name:
            for m in re.finditer(re.escape(name), text):
                found.append(Mention(m.start(), m.end(), m.group(), m.group()))
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
    r"(?<![\w-])(?:[A-Z][\w]*(?:-[\w]+)*(?:Bench|bench|QA|Eval|Arena|SQL|World|Comp|VQA|Hub)"
    r"(?:-[A-Za-z0-9]+)*|[A-Z][\w]*-(?:Bench|bench|QA|Eval)(?:-[A-Za-z0-9]+)*)(?![\w-])")
_CALLED_BENCH_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,2})(?:\s+(?:test-mini|testmini|test))?"
    r"\s+(?:benchmark|dataset|data\s*set|test\s+set|development\s+set|evaluation\s+set)\b")
_AFTER_NUMBER_BENCH_RE = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:[a-z][\w@.-]*\s+){0,3}?(?:on|in|at)\s+(?:the\s+)?"
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
    "zero-shot", "few-shot", "stem", "nlp", "qa", "vqa", "bench", "benchmark", "benchmarks",
}


def _accept_unknown(raw: str, model_spans: list[tuple[int, int]], start: int) -> bool:
    words = raw.split()
    if not words or words[0].lower() in _NOT_BENCHMARKS or raw.lower() in _NOT_BENCHMARKS:
        return False
    if any(a <= start < b for a, b in model_spans):
        return False
    return not _FAMILY_RE.match(raw.split("-")[0])


def find_benchmarks(text: str, benchmarks: pd.DataFrame,
                    model_spans: list[tuple[int, int]]) -> list[Mention]:
    """Benchmark mentions: listed aliases, benchmark-shaped names and "the X benchmark"."""
    found: list[Mention] = []
    for m in alias_pattern(benchmarks).finditer(text):
        end = m.end()
        split = _SPLIT_AFTER_RE.match(text, end)
        if split:
            end = split.end()
        found.append(Mention(m.start(), end, text[m.start():end],
                             canonical_benchmark(m.group(), benchmarks) or m.group()))
    for pattern, group in ((_BENCH_SHAPE_RE, 0), (_CALLED_BENCH_RE, 1)):
        for m in pattern.finditer(text):
            raw = m.group(group)
            start = m.start(group)
            if not _accept_unknown(raw, model_spans, start):
                continue
            end = m.end(group)
            split = _SPLIT_AFTER_RE.match(text, end)
            if split:
                end = split.end()
            found.append(Mention(start, end, text[start:end], _bench_name(raw, benchmarks)))
    return _drop_overlaps(found)


def _bench_name(raw: str, benchmarks: pd.DataFrame) -> str:
    return canonical_benchmark(raw, benchmarks) or unknown_benchmark_name(raw)


def benchmark_after_number(text: str, pos: int, end: int, benchmarks: pd.DataFrame,
                           model_spans: list[tuple[int, int]]) -> Mention | None:
    """A capitalised name right after a score ("45% on ARC-AGI-1", "+7.1 ... on ArtPedia")."""
    m = _AFTER_NUMBER_BENCH_RE.match(text, pos, end)
    if not m:
        return None
    raw = m.group(1).rstrip(".,;:")
    if not _accept_unknown(raw, model_spans, m.start(1)) or len(raw) < 2:
        return None
    return Mention(m.start(1), m.start(1) + len(raw), raw, _bench_name(raw, benchmarks))


# ----------------------------------------------------------------------------- the paper's own names

_FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are",
                   "be", "with", "by", "from", "as", "at", "can", "do", "does", "how", "what",
                   "why", "when", "not", "more", "less", "than", "their", "own"}
_INTRO_RE = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study|report)|here,?\s+we)\s+(?:\w+\s+)?"
    r"(?:propose|introduce|present|develop|design|build|release|call|term|name|train|create)s?d?"
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


def own_names(title: str, abstract: str) -> list[str]:
    """Names the paper gives its own method or model: title prefix, then "we propose X"."""
    names = [title_name(title)] if title_name(title) else []
    for intro in _INTRO_RE.finditer(abstract):
        rest = intro.group("rest")
        for m in _NAME_TOKEN_RE.finditer(rest):
            name = (m.group(1) or m.group(2)).rstrip(".,")
            if name.lower() in _NOT_BENCHMARKS or _FAMILY_RE.match(name.split("-")[0]):
                continue
            names.append(name)
            break
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


_BENCH_TITLE_RE = re.compile(r"\bbench(?:mark(?:ing)?)?\b|\bevaluat\w*\b", re.IGNORECASE)
_INTRO_BENCH_RE = re.compile(
    r"\b(?:introduce|present|propose|develop|construct|build|release|create)s?d?\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,6}?(?:\(([A-Z][\w-]+)\)|([A-Z][\w-]*[A-Z][\w-]*))"
    r"(?:\s*(?::|,|-)?\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,6}?(?:benchmark|dataset|test\s+set)\b)",
    re.IGNORECASE)


def paper_context(title: str, abstract: str, benchmarks: pd.DataFrame) -> PaperContext:
    """Own names, the name to attribute "our method" to, and whether it is a benchmark paper."""
    ctx = PaperContext(title, abstract, own_names(title, abstract))
    if ctx.own:  # the spelling the abstract uses most ("MathNeuro" over "Math Neurosurgery")
        counts = {n: abstract.count(n) for n in ctx.own}
        ctx.primary = max(ctx.own, key=lambda n: (counts[n], -ctx.own.index(n)))
    intro = _INTRO_BENCH_RE.search(abstract)
    if intro:
        ctx.own_benchmark = _bench_name(intro.group(1) or intro.group(2), benchmarks)
    head = title_name(title)
    if _BENCH_TITLE_RE.search(title):
        ctx.benchmark_paper = True
        if head and not ctx.own_benchmark:
            ctx.own_benchmark = _bench_name(head, benchmarks)
    if head and ctx.own_benchmark and name_key(head) == name_key(ctx.own_benchmark):
        ctx.benchmark_paper = True
    return ctx
