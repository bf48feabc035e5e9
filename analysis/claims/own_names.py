"""What a paper calls its own method, model or benchmark: the context its claims are read in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pandas as pd

from analysis.claims.caseless import caseless
from analysis.claims.names import NOT_BENCHMARKS, bench_name, listed_variant
from analysis.claims.scan import contains_any, fold, located, located_at, merged, word_starts
from analysis.claims.spans import name_key
from analysis.curated.benchmarks import BenchmarkIndex, canonical_benchmark

_FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are",
                   "be", "with", "by", "from", "as", "at", "can", "do", "does", "how", "what",
                   "why", "when", "not", "more", "less", "than", "their", "own"}
_GENRE_WORDS = {"position", "survey", "review", "tutorial", "perspective", "commentary",
                "overview", "primer", "report", "erratum", "opinion", "vision"}
_INTRO_RE = caseless(
    r"\b(?:we|this\s+(?:paper|work|study|report)|here,?\s+we)\s+(?:\w+\s+)?"
    r"(?:propose|introduce|present|develop|design|release|call|term|name)s?d?"
    r"\b(?P<rest>[^.;]{0,160})")
# The words an _INTRO_RE match starts with, case-folded (scan.located).
_INTRO_FIRST_WORDS = ("we", "this", "here")
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
    if any(w.lower() in _FUNCTION_WORDS for w in words) or (
            words[0].isalpha() and words[0].lower().endswith("ing")) or (  # "Scaling Up: ..."
            head.lower() in _GENRE_WORDS):  # "Position: ...", "Survey: ...": the paper's kind
        return ""
    if not all(w[0].isupper() or w[0].isdigit() or any(c.isupper() for c in w) for w in words):
        return ""
    return head


_LEADING_NAME_RE = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:novel|new|simple|unified|lightweight|scalable|first)\s+)*"
    r"((?:[A-Z][\w$^.+-]*|[a-z]+[A-Z][\w$^.+-]*)(?:\s+[A-Z][\w$^.+-]*){0,3})(?=\s*[,(:]|\s+(?:a|an"
    r"|the|which|that|to|for|as|with|in|on)\b)")
# ("ChemStep, a set of 900 ... problems": a counted set of items is data too)
# ("NumVar-GSM, which re-instantiates 500 GSM8K problems", "a set of 220 templates": so too
# a set a verb of make-up counts, and templates and items)
_MAKE_UP_VERBS = r"(?:re-?instantiates|contains|comprises|collects|covers|spans|includes|pairs)"
_COUNTED_NOUNS = (r"(?:problems|questions|puzzles|tasks|templates|items|variants|instances"
                  r"|examples|cases|scenarios|queries|prompts|exercises|theorems|statements"
                  r"|challenges|dialogues|conversations|functions|kernels|programs|modules"
                  r"|projects|snippets|repositories|pairs|incidents|episodes|specifications"
                  r"|formulas|documents|papers|reviews|images|videos|charts|tables|vignettes"
                  r"|derivations|tickets|solutions|trajectories|positions|games|sequences"
                  r"|circuits|passages|excerpts|pieces|descriptions|records|transcripts|samples"
                  r"|photographs|photos|clips|recordings|postings|resumes|utterances|sentences"
                  r"|claims|sheets|pages|letters|manuscripts|maps|workflows|clauses|contracts"
                  r"|molecules|reactions|structures|alarms|essays|answers|responses"
                  r"|submissions|frames|scans|logs|reports|write-ups|notes|messages|posts|tweets)")
# (a word of a count's adjective may hold thousands' commas: "a 1,150-question benchmark")
_ADJ = r"(?:\d{1,3}(?:,\d{3})+-)?[\w-]+\s+"
_NAMED_AS_DATA_RE = re.compile(rf"^\s*,\s+(?:a|an)\s+(?:{_ADJ}){{0,3}}?"
                               r"(?:dataset|benchmark|corpus|test\s+suite|testbed"
                               r"|(?<!training\s)(?<!RL\s)environment)\b"
                               rf"|^\s*,\s+(?:which\s+{_MAKE_UP_VERBS}\s+)?(?:a\s+(?:set|suite"
                               r"|collection)\s+of\s+)?(?!\d\s)\d[\d,]*\s+"
                               rf"(?:[\w-]+\s+){{0,5}}?{_COUNTED_NOUNS}\b")


def own_names(title: str, abstract: str) -> list[str]:
    """Names the paper gives its own method or model: title prefix, then "we propose X"."""
    names = [title_name(title)] if title_name(title) else []
    for intro in located(_INTRO_RE, abstract, _INTRO_FIRST_WORDS, fold(abstract)):
        rest = intro.group("rest")
        lead = _LEADING_NAME_RE.match(rest)
        acronym = re.match(r"[^,.;()]{0,80}?\(([A-Za-z][\w$^+-]*[A-Z][\w$^+-]*)\)", rest)
        if lead and (_NAMED_AS_DATA_RE.match(rest[lead.end():]) or re.search(
                rf"\bour\s+{re.escape(lead.group(1).rstrip('.,'))}\s+(?:benchmark|dataset)\b",
                abstract)):
            continue  # "We introduce Saturn-2.6k, a dataset of ...": data, not the method (nor
            # "we release RopeCalc with ..." of "on our RopeCalc benchmark")
        if acronym:  # "Self-Training on Image Comprehension (STIC)": the acronym is the name
            names.append(acronym.group(1))
        elif lead and lead.group(1).lower() not in NOT_BENCHMARKS:
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
    models: list = field(default_factory=list)  # every model mention, flagged (names.Mention)
    bases: list | None = None  # the bases it states (base_rules.paper_bases), once computed
    system: tuple | None = None  # (owner, parts) of a multi-model method, () for none, once


# ("PolyMath-Lite: Evaluating Small Reasoning Models on ...": the named thing evaluates)
_BENCH_TITLE_RE = caseless(r"\bbench(?:mark(?:s|ing)?)?\b|^Evaluating\b"
                           r"|^[^:]{1,40}:\s*(?:Evaluating|Assessing)\b")
# Titles of benchmark papers that name no benchmark word: a head shaped like a benchmark's
# name ("LineupBench", "K-Level Arena", "SabrQA"; not "ScholarQA-R1", a model), or a title
# that measures, tests or is a dataset, test or leaderboard ("TaxTalk: A Dataset of Taxpayer
# Questions", "MRT-Text: A Text-Only Mental Rotation Test", "MetroHop: Transit-Map Navigation
# as a Test of ...", "BitFlip-Math: ... for Stress-Testing ..."), unless it is training data
# ("A Calibration Dataset of Verified Reasoning Traces", "CXR-CoT-200K").
_BENCH_HEAD_RE = re.compile(r"[A-Z][\w]*(?:Bench|bench|Arena|QA|Eval)(?:-(?!R\d)[\w]+)?"
                            r"|[\w-]+\s+Arena")
_TEST_TITLE_RE = caseless(
    r"^[^:]{1,40}:\s*(?:Benchmarking|Measuring|Diagnosing|(?:Stress-)?Testing)\b(?!\s+and\s+"
    r"(?:reduc|mitigat|fix|improv|correct|repair))"
    r"|:\s*(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:dataset|test|testbed|leaderboard)(?![\w-])"
    r"|\bas\s+a\s+(?:test|testbed)(?![\w-])|\bevaluation\s+of\b"
    r"|\bfor\s+(?:training\s+and\s+)?(?:evaluating|(?:stress-)?testing)\b")
_TRAINING_TITLE_RE = caseless(r"\b(?:training|tuning|instruction|traces?|chain-of-thought"
                              r"|calibration|pretraining|corpus|synthetic)\b(?!\s+and\s+"
                              r"(?:evaluat|test))|^[^:]*-\d+(?:\.\d+)?[KMB]\s*:")
_INTRO_VERBS = ("introduce", "present", "propose", "develop", "construct", "build", "release",
                 "create")
_INTRO_BENCH_RE = re.compile(
    rf"\b(?i:{'|'.join(_INTRO_VERBS)})[sd]?\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,6}?(?:\(([A-Z][\w-]+)\)|([A-Z][\w-]*[A-Z][\w-]*))"
    r"(?:\s*(?::|,|-)?\s*(?:a|an|the)?\s*(?:[\w-]+\s+){0,6}?(?i:benchmark|test\s+set)\b)")
_INTRO_SHAPE_RE = re.compile(
    rf"\b(?i:{'|'.join(v for v in _INTRO_VERBS if v != 'build')})[sd]?\s+(?:(?:a|an|the)\s+)?"
    r"()([A-Z][\w-]*(?:Bench|bench|Arena|-Bench))\b")
_EVALUATION_RE = caseless(r"\b(?:evaluat\w*|benchmark\w*|test(?:s|ing)?\b|assess\w*)")


# "TTT-Bench, a new benchmark", "(ScienceQA), a new benchmark", "WikiNLDB, a novel dataset".
# A bracketed or a bare name, searched apart and merged (scan.merged) so each pattern starts
# with its literal or class; the bare name's lookbehind follows its first capital, as in
# names._SIZE_PHRASE_RE. The name is group 1 of both, never empty (so _introduced_benchmark,
# which reads group 1, else 2, never asks them for a group 2).
# "ProofLadder, 380 proof problems drawn from ...": a counted set of items is a benchmark too.
# ("9,600 proportional analogies written natively ...": items of any name, said how made)
_MADE_HOW = (r"(?:written|drawn|collected|curated|sourced|annotated|authored|constructed"
             r"|gathered|translated|adapted|harvested|scraped|labell?ed)\b")
_COUNT = r"\d[\d,]*(?:\.\d+\s+(?:million|thousand))?"  # ("3.1 million catalogue records")
_COUNTED_ITEMS = (rf"(?:\s*(?:,|:)(?:\s+which\s+{_MAKE_UP_VERBS})?|\s+(?:contains|comprises"
                  r"|consists\s+of))\s+(?:a\s+(?:new\s+|novel\s+)?(?:[\w-]+\s+)?(?:set|suite|collection|queue)"
                  r"\s+of\s+)?"  # ("SheetSearch, a retrieval set of 2,400 queries")
                  rf"(?!\d\s){_COUNT}\s+(?:[\w-]+\s+){{0,5}}?(?:{_COUNTED_NOUNS}\b|[a-z]+s\s+"
                  rf"{_MADE_HOW})")  # (not "which pairs 2 candidate responses": a method's)
_APPOSITIVE = (rf"(?:\s*(?:,|:|-|–)\s+(?:a|an|our)\s+(?:{_ADJ}){{0,5}}?"
               r"(?:benchmark|dataset|test\s+set|evaluation\s+set|test\s+suite|testbed|test\s+collection"
               r"|question\s+set"  # ("FermSafe-X, a food safety question set in 8 languages")
               r"|(?<!training\s)(?<!RL\s)environment)\b(?!\s+(?:creation|generation|construction|synthesis|curation|collection|pipeline"
               rf"|approach|method|framework))|{_COUNTED_ITEMS})")
# "ProofNet-ML with 186 aligned problems": a name given a count of items.
_WITH_ITEMS = (r"\s+(?:with|of|contains|comprises|containing|comprising)\s+\d[\d,]*\s+"
               r"(?:[\w-]+\s+){0,3}?(?:problems|questions|items|tasks|statements|theorems)\b")
# "We introduce Mosaic, 1,500 multi-step geometry questions", "We release RecipeScale with
# 2,000 problems": any capitalised name, counted.
_INTRO_COUNTED_RE = re.compile(
    rf"\b(?i:{'|'.join(_INTRO_VERBS)})[sd]?\s+()([A-Z][\w-]+)(?:{_COUNTED_ITEMS}|{_WITH_ITEMS})")
# "we build RaceTime-6K and evaluate Qwen3-8B, ...": a built name that models are evaluated on
# (not "and evaluate it on ...": a method evaluated elsewhere)
_BUILT_EVALUATED_RE = re.compile(
    r"\b(?i:build|construct|create)[sd]?\s+()([A-Z][\w-]*[A-Z0-9][\w-]*)\s+and\s+"
    r"(?i:evaluate|benchmark|test)\s+(?!it\b|them\b|its\b|their\b|on\b|how\b|whether\b)")
# What the appositive patterns need: a word of theirs, or a count right after a name's comma
# ("IR-Substation, 14,200 thermal images").
_APPOSITIVE_WORDS = ("benchmark", "dataset", "test", "environment", "evaluation set", "set of",
                     "suite of", "queue of", "collection", "contains", "comprises", "consists of",
                     "question set")
_COUNT_AFTER_RE = re.compile(r"[,:]\s+(?:which\s+[a-z]+\s+)?\d")
# The bare name is "[A-Z][\w-]*[A-Z0-9][\w-]*", written as the two ends an appositive can follow
# (the whole run of word characters and hyphens, or the run before its last hyphen: "X- a
# benchmark"): the same matches without `re` trying the appositive after every letter of every
# capitalised word (measured: 0.082 s against 0.060 s on 3,000 synthetic abstracts, session 31).
_APPOSITIVE_BENCH_RES = (re.compile(rf"\(([A-Z][\w-]+)\){_APPOSITIVE}"),
                         re.compile(rf"([A-Z](?<![\w-].)(?=[\w-]*?[A-Z0-9])(?:[\w-]*+|[\w-]*(?=-)))"
                                    rf"{_APPOSITIVE}"))
# Two patterns named after "our": each tried only in an abstract with the words it needs (a
# pattern scanned over every abstract costs about 1.5% of an extraction).
# "On our screening benchmark, ShortlistBias, M keeps ...": named after (not "On our independent
# test set, FieldDx, ...": a second test set, which a replication's earlier sentences do not score)
# ("On a new screening benchmark, OER-Screen, the agent ...": so too a new one)
OUR_BENCH_RE = re.compile(r"\b(?:our\s+(?:new\s+)?|[Aa]\s+new\s+)(?:[\w-]+\s+){0,2}?"
                          r"(?:benchmark|dataset),"
                          r"\s+([A-Z][\w-]*[A-Z0-9][\w-]*),")
_OUR_BENCH_WORDS = ("benchmark,", "dataset,")
# "On our new test set of LLM-generated hotel reviews, named GenFakeStay,"
NAMED_BENCH_RE = re.compile(r"\bour\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:benchmark|dataset"
                            r"|test\s+set)\b[^.;,]{0,80},\s+(?:named|called|dubbed)\s+"
                            r"([A-Z][\w-]*[A-Z0-9][\w-]*)")
_NAMING_WORDS = ("named", "called", "dubbed")
# "on a new set of 2,100 photographs of conifer needle blight, NeedleCheck, where M scores"
# (the name then "where"/"on which": not "a new set of 300 problems, DeepSeek-R1, o1-mini ...")
NEW_SET_NAMED_RE = re.compile(r"\ba\s+new\s+(?:set|collection)\s+of\s+\d[\d,]*\s+[^.;,]{0,80}?,\s+"
                              r"([A-Z][\w-]*[A-Z0-9][\w-]*),\s+(?:where|on\s+which|in\s+which)\b")
_NEW_SET_WORDS = ("new set of", "new collection of")
# "On a held-out collection of 900 photos from smallholder farms, which we call FarmSnap,", "a
# new threatened-species split of VLM4Bio that we call VLM4Bio-Threat"
WE_CALL_RE = re.compile(r"\b(?:collection|set|dataset|benchmark|corpus|suite|split|sample)\s+of"
                        r"\s+(?=\d|[A-Z])[^.;]{0,100}?(?:,\s+which|\s+that)\s+we\s+"
                        r"(?:call|name|dub|term)\s+"
                        r"([A-Z][\w-]*[A-Z0-9][\w-]*)")
_WE_CALL_WORDS = ("we call", "we name", "we dub", "we term")



def may_hold_appositive(abstract: str) -> bool:
    """Whether the appositive patterns can match: a cheap test of the words they need."""
    return contains_any(abstract, _APPOSITIVE_WORDS) or bool(
        _COUNT_AFTER_RE.search(abstract))


def _introductions(abstract: str) -> Iterator[re.Match]:
    """The matches of the appositive, then the introduction, then the shape pattern, lazily."""
    if may_hold_appositive(abstract):
        ours = contains_any(abstract, _OUR_BENCH_WORDS)
        named = contains_any(abstract, _NAMING_WORDS)
        new_set = contains_any(abstract, _NEW_SET_WORDS)
        we_call = contains_any(abstract, _WE_CALL_WORDS)
        yield from merged(_APPOSITIVE_BENCH_RES + ((OUR_BENCH_RE,) if ours else ()) + (
            (NAMED_BENCH_RE,) if named else ()) + ((NEW_SET_NAMED_RE,) if new_set else ()) + (
            (WE_CALL_RE,) if we_call else ()), abstract)
    starts = word_starts(fold(abstract), _INTRO_VERBS)  # where the three patterns can start
    for pattern in (_INTRO_BENCH_RE, _INTRO_SHAPE_RE, _INTRO_COUNTED_RE, _BUILT_EVALUATED_RE):
        yield from located_at(pattern, abstract, starts)


# "DistractMATH, a variant of MATH-500 in which ...": a variant of a benchmark (group 2, a
# listed one: "a variant of GRPO" is a method's) is a benchmark.
_VARIANT_OF_RE = re.compile(r"([A-Z](?<![\w-].)[\w-]*[A-Z0-9][\w-]*)\s*,\s+(?:a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:variant|version|perturbation|re-?instantiation"
                            r"|rewrite|subset)\s+of\s+(?:the\s+)?([A-Z][\w.+-]*(?:\s+[A-Z0-9]"
                            r"[\w.+-]*)?)")


_VARIANT_WORDS = ("variant", "version", "perturbation", "instantiation", "rewrite", "subset")


def _variants_of(abstract: str) -> Iterator[re.Match]:
    """The matches of _VARIANT_OF_RE, which the text can hold only with one of its words."""
    if contains_any(abstract, _VARIANT_WORDS):
        yield from _VARIANT_OF_RE.finditer(abstract)


def introduces(abstract: str, name: str) -> bool:
    """Whether the abstract introduces `name` as a benchmark or dataset ("We introduce X, a
    benchmark of ...", "X, 2,600 questions ...", "X, a variant of B")."""
    return any((m.group(1) or m.group(2)) == name for m in _introductions(abstract)) or any(
        m.group(1) == name for m in _variants_of(abstract))


# (an environment or testbed a paper releases is what it evaluates in, as a benchmark is)
_BENCH_WORD_RE = caseless(r"benchmark|environment|testbed")


def _introduced_benchmark(abstract: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> str:
    """A benchmark the abstract introduces; a "dataset" only when its sentence evaluates."""
    for m in _introductions(abstract):
        lo = abstract.rfind(". ", 0, m.start()) + 1
        hi = abstract.find(". ", m.end())
        sentence = abstract[lo:hi if hi > 0 else len(abstract)]
        name = m.group(1) or m.group(2)
        if _BENCH_WORD_RE.search(m.group()) or m.re in (NEW_SET_NAMED_RE, WE_CALL_RE) or \
                _EVALUATION_RE.search(sentence) or \
                f"on the {name} test set" in abstract or f"On the {name} test set" in abstract or \
                re.match(f"{_COUNTED_ITEMS}|{_WITH_ITEMS}",
                         abstract[m.end(1) if m.group(1) else m.end(2):m.end()].lstrip(")")):
            return bench_name(name, benchmarks)  # ("... on the X test set", "On the X test
            # set, ...": scored on)
    return next((bench_name(m.group(1), benchmarks) for m in _variants_of(abstract)
                 if canonical_benchmark(m.group(2), benchmarks)), "")


def _benchmark_title(title: str, head: str) -> bool:
    """Whether the title is a benchmark paper's: a benchmark word, or (not for training data)
    a head shaped like a benchmark's name or a one-name head of a title that tests."""
    if _BENCH_TITLE_RE.search(title):
        return True
    if _TRAINING_TITLE_RE.search(title):
        return False
    return bool(_BENCH_HEAD_RE.fullmatch(head) or (
        head and " " not in head and _TEST_TITLE_RE.search(title)))


def paper_context(title: str, abstract: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                  own: list[str] | None = None) -> PaperContext:
    """Own names, the name to attribute "our method" to, and whether it is a benchmark paper.

    `own` is own_names(title, abstract) when the caller has it already.
    """
    ctx = PaperContext(title, abstract, own_names(title, abstract) if own is None else own)
    variant = next((n for n in ctx.own if listed_variant(n, benchmarks) and re.search(
        rf"\b{re.escape(n)}{_WITH_ITEMS}", abstract)), "")  # "we release ProofNet-ML with 186
    named = [n for n in ctx.own if n != variant]  # aligned problems": a benchmark, no model
    if named:  # the spelling the abstract uses most ("MathNeuro" over "Math Neurosurgery")
        counts = {n: abstract.count(n) for n in named}
        primary = max(named, key=lambda n: (counts[n], -named.index(n)))
        longer = [n for n in named if len(n) > len(primary) and " " in n and
                  name_key(n).endswith(name_key(primary))]
        ctx.primary = longer[0] if longer else primary  # "K2" is written for "Kimi K2"
    ctx.own_benchmark = _introduced_benchmark(abstract, benchmarks)
    head = title_name(title)
    if _benchmark_title(title, head):
        ctx.benchmark_paper = True
        if head and not ctx.own_benchmark:
            ctx.own_benchmark = bench_name(head, benchmarks)
    if ctx.own_benchmark and name_key(ctx.own_benchmark) in {name_key(head), name_key(ctx.primary)}:
        ctx.benchmark_paper = True  # the name the paper gives its contribution is a benchmark
    ctx.own_benchmark = ctx.own_benchmark or variant
    return ctx
