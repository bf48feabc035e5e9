"""Benchmark mentions in an abstract: listed aliases, benchmark-shaped names, lists, editions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

import pandas as pd

from analysis.claims.aliases import alias_spans
from analysis.claims.listed_mentions import LIST_SEP_RE, listed_benchmarks
from analysis.claims.named_parts import named_parts
from analysis.claims.names import (
    BENCH_SHAPE_RE,
    LANGUAGE_PAIR_RE,
    NOT_BENCHMARKS,
    SPLIT_INDEX,
    VARIANT_RE,
    Mention,
    accept_unknown_benchmark,
    bench_name,
    benchmark_shaped,
    drop_overlaps,
    listed_variant,
)
from analysis.claims.own_names import introduces
from analysis.claims.scan import contains_any, located
from analysis.claims.spans import sentence_spans
from analysis.curated.benchmarks import (
    BenchmarkIndex,
    alias_source,
    canonical_benchmark,
    unknown_benchmark_name,
)
from analysis.curated.name_prefixes import NamePrefixes

_CALLED_BENCH_RE = re.compile(
    r"([A-Z](?<![\w-].)[\w&'-]*+(?:\s+[A-Z][\w&'-]*+){0,2})(?:\s+(?:test-mini|testmini|test))?"
    r"(?:\s+(?:benchmark|dataset|data\s*set|test\s+set|development\s+set|evaluation\s+set)\b"
    # "on Chumor, a benchmark of Chinese jokes": a name called a benchmark in apposition
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:benchmark|dataset|(?:question|problem|test)\s+set)"
    r"\s+(?:of|for|that|with|in)\b)")  # ("XBorderRules, a parallel question set in German")

# "our FloodRisk-Debate set of 720 contested scenarios", "on our HoneyMath set accuracy
# climbs", "vignettes from the PerioStage-Text set": a name shaped like one, called a set
_OUR_SET_RE = re.compile(r"\b(?:our|the)\s+(?:new\s+)?([A-Z][\w&'-]*[A-Z0-9-][\w&'-]*)\s+"
                         r"(?:set|test\s+split)\b")  # ("on our GlacierCalc test split from")
# "on the compression split of CorridorPack": a camel-case name whose part is named before it
_PART_OF_NAME_RE = re.compile(r"\b(?:split|subset|portion|track)\s+of\s+(?:the\s+)?"
                              r"([A-Z][a-z]+[A-Z][\w-]*)\b(?!\s+(?:training|train|pool|corpus)\b)")

# "its ProofNet pass@1 from 15.9%": an unlisted name whose metric follows it (a CamelCase name
# before any metric, a capitalised one before pass@k). Found from the metric backwards: metrics
# are few, capitalised words many.
_METRIC_WORDS = ("pass@", "accuracy", "exact")  # the words a _METRIC_RE match starts with
_METRIC_RE = re.compile(r"(?:(pass)@\d+|accuracy|exact[\s-]match)\b")
_NAME_BEFORE_METRIC_RE = re.compile(
    r"(?<![\w-])([A-Z](?:[a-z]+[A-Z][\w-]*|[a-z][\w-]*|[A-Z][\w-]+)|[a-z]{1,3}-[A-Z][\w-]*)$")
_SPLIT_AFTER_RE = re.compile(r"\s+(?:test-mini|testmini|Test-mini|v\d[\w.]*"
                             r"|(?:test|val|dev)(?:-(?!time\b)[a-z]+)?)\b"  # "test-clean"
                             r"|\s*\((?:val|test|dev|en|En|full)\)")
_EXTENSION_RE = re.compile(rf" ([A-Z][a-z]{{2,}}[A-Za-z]*|{SPLIT_INDEX})(?![\w-])")
# Suites of named tasks: a capitalised name after one is its task ("BIG-Bench Hard Date
# Understanding", "NaturalPlan Calendar Scheduling"), not another benchmark.
_SUITES = frozenset({"BBH", "BBEH", "BIG-Bench", "NaturalPlan", "LongBench", "AGIEval"})
_SUITE_TASK_RE = re.compile(r" ([A-Z][a-z]{2,}(?: [A-Z][a-z]+){0,2})(?![\w-])")
# (splits and tasks that annotators file under the whole: "ClimaQA-Gold", "MapEval-Textual",
# "LIBERO-Long"; a suffix the list lacks is a variant of its own, "AIME-Shift")
_HYPHEN_SPLIT_RE = re.compile(r"(.+)-((?i:Lite|Hard|Easy|Mini|Gold|Silver|Textual|Visual|Long|Short"
                              r"|Spatial|Object|Goal|Verified|High|Low|HR|LR|valid|val|dev))")
# ("OSWorld-Verified", "AndroidControl-High", "RSVQA-HR", "ProofNet-valid"; SWE-Bench-Verified
# is a listed benchmark of its own)


_WE_INTRODUCE_RE = re.compile(r"\bwe\s+(?:\w+\s+)?(?:introduce|release|present|construct|build"
                              r"|create|curate|collect)\b")


def _hyphen_split(raw: str, benchmarks: pd.DataFrame | BenchmarkIndex, text: str
                  ) -> tuple[str, str] | None:
    """ "OR-Bench-Hard": a benchmark and its split, when the whole name is not listed; the
    benchmark listed, or unlisted but shaped like one ("ClimaQA-Gold": ClimaQA's gold split)
    unless the abstract introduces the name ("We introduce ChainQA-Hard, a benchmark ...")."""
    found = _HYPHEN_SPLIT_RE.fullmatch(raw)
    if found is None or canonical_benchmark(raw, benchmarks):
        return None
    whole = canonical_benchmark(found.group(1), benchmarks)
    if not whole and benchmark_shaped(found.group(1)) and not introduces(text, raw) and not any(
            raw in text[a:b] and _WE_INTRODUCE_RE.search(text, a, b)
            for a, b in sentence_spans(text)):
        whole = unknown_benchmark_name(found.group(1))  # (not "On CausalQuest-Lite, a set of 820
    return (whole, found.group(2)) if whole else None  # questions that we introduce, ...")


def find_benchmarks(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                    model_spans: list[tuple[int, int]], prefixes: NamePrefixes) -> list[Mention]:
    """Benchmark mentions: listed aliases, benchmark-shaped names and "the X benchmark"."""
    found: list[Mention] = []
    for start, end in alias_spans(alias_source(benchmarks), text):
        alias = text[start:end]
        whole, task = "", _SUITE_TASK_RE.match(text, end)
        if task:  # (the name looked up only then: most matches have no capitalised word after)
            whole = canonical_benchmark(alias, benchmarks) or alias
        if task and whole in _SUITES and task.group(1).lower() not in NOT_BENCHMARKS:
            part = task.group(1)  # "BIG-Bench Hard Date Understanding": a task of the suite
            found.append(Mention(start, task.end(), text[start:task.end()],
                                 f"{whole}-{unknown_benchmark_name(part)}",
                                 whole_part=(whole, part)))
            continue
        longer = _EXTENSION_RE.match(text, end)
        if longer and longer.group(1).lower() not in NOT_BENCHMARKS:
            # "SWE-Bench Lite", "MAMO ComplexLP", "Scruples Dilemmas": a part of the benchmark,
            # written as the whole and the part, as annotators write it (analyses keep parts apart)
            raw = text[start:longer.end()]
            whole = whole or canonical_benchmark(alias, benchmarks) or alias
            found.append(Mention(start, longer.end(), raw, bench_name(raw, benchmarks),
                                 whole_part=(whole, longer.group(1))))
            continue
        split = _SPLIT_AFTER_RE.match(text, end)
        if split:
            end = split.end()
        found.append(Mention(start, end, text[start:end],
                             whole or canonical_benchmark(alias, benchmarks) or alias))
    found.extend(named_parts(text, benchmarks))  # (before the shapes: "SeqQA")
    for pattern, group in ((BENCH_SHAPE_RE, 0), (_CALLED_BENCH_RE, 1), (_PART_OF_NAME_RE, 1)) + (
            ((_OUR_SET_RE, 1),) if "set" in text or "split" in text else ()):
        for m in pattern.finditer(text):
            raw = m.group(group)
            start = m.start(group)
            if not accept_unknown_benchmark(raw, model_spans, start, prefixes):
                continue
            end = m.end(group)
            split = _SPLIT_AFTER_RE.match(text, end)
            if split:
                end = split.end()
            found.append(Mention(start, end, text[start:end], bench_name(raw, benchmarks),
                                 whole_part=_hyphen_split(raw, benchmarks, text)))
    found.extend(_variants(text, benchmarks, model_spans, prefixes))
    found.extend(_task_names(text, benchmarks, model_spans, prefixes))
    found.extend(_named_before_metric(text, benchmarks, model_spans, prefixes))
    found.extend(_lead_names(text, benchmarks, model_spans, prefixes))
    found.extend(_metric_on_names(text, benchmarks, model_spans, prefixes))
    found.extend(listed_benchmarks(text, benchmarks, model_spans, prefixes))
    found.extend(_editions(text, benchmarks))
    found.extend(_derived_sets(text, benchmarks))
    found.extend(_respective_parts(text, benchmarks))
    return drop_overlaps(found)


def _variants(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
              model_spans: list[tuple[int, int]], prefixes: NamePrefixes) -> Iterator[Mention]:
    """ "on ProofNet-ML": a listed benchmark's variant, a benchmark the table does not list
    (a split word makes it the listed one's part: "BigCodeBench-Hard")."""
    models = {a for a, _ in model_spans}  # (most such tokens are models: "Qwen2.5-Math-7B")
    for start in _hyphen_cap_tokens(text):  # (a scan for "-" before a capital: regexes at every
        m = None if start in models else VARIANT_RE.match(text, start)  # word cost a tenth of
        if m is None:  # the extraction)
            continue
        raw = m.group()
        if not listed_variant(raw, benchmarks) or not accept_unknown_benchmark(
                raw, model_spans, m.start(), prefixes):
            continue
        yield Mention(m.start(), m.end(), raw, bench_name(raw, benchmarks),
                      whole_part=_hyphen_split(raw, benchmarks, text))


def _hyphen_cap_tokens(text: str) -> Iterator[int]:
    """Where each token with a hyphen before a capital ("ProofNet-ML") starts, once."""
    last = -1
    for m in _HYPHEN_CAP_RE.finditer(text):
        start = m.start() - len(_TOKEN_TAIL_RE.search(text, max(0, m.start() - 60),
                                                      m.start()).group())
        if start != last:
            last = start
            yield start


_HYPHEN_CAP_RE = re.compile(r"-(?=[A-Z])")
_TOKEN_TAIL_RE = re.compile(r"[\w.-]*$")


# Tasks named like benchmarks: "on 9-by-9 digit multiplication", "of our Sudoku-Deep puzzles".
_MULTIPLICATION_RE = re.compile(r"\b\d+(?:-by-\d+(?:[\s-]digit)?|-digit)\s+(?:multiplication"
                                r"|addition)\b")  # "on 100-digit addition"
_OUR_TASK_RE = re.compile(r"our\s+([A-Z][a-z]+(?:-[A-Z][\w]*)+(?=\s+(?:puzzles|problems|tasks"
                          r"|questions|instances)\b)"  # "our ArithDepth suite of problems"
                          r"|[A-Z][a-z]+[A-Z][\w]*(?=\s+(?:suite|benchmark|probe)\b))")


def _task_names(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                model_spans: list[tuple[int, int]], prefixes: NamePrefixes) -> Iterator[Mention]:
    """ "9-by-9 digit multiplication", "our Sudoku-Deep puzzles": a task the paper scores on,
    named as no table row is."""
    if "-by-" in text or "-digit" in text:
        for m in _MULTIPLICATION_RE.finditer(text):
            yield Mention(m.start(), m.end(), m.group(), bench_name(m.group(), benchmarks))
    for m in _OUR_TASK_RE.finditer(text):  # (a literal first: "\bour" is tried everywhere)
        name, start = m.group(1), m.start(1)
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and \
                accept_unknown_benchmark(name, model_spans, start, prefixes):
            yield Mention(start, m.end(1), name, bench_name(name, benchmarks))


# "the February 2025 edition of HMMT", "the 2024 round of AIME": one year's benchmark.
_EDITION_WORDS = ("edition of", "editions of", "round of", "rounds of", "contest of",
                  "contests of", "competition of", "competitions of", "iteration of",
                  "iterations of")  # (what a match's words end with)
_EDITION_RE = re.compile(
    r"\b(?:(January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Feb\.?)\s+)?((?:19|20)\d\d)\s+(?:edition|round|contest|competition|iteration)s?"
    r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _editions(text: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> Iterator[Mention]:
    """ "the February 2025 edition of HMMT": the benchmark of that year, when the table has it
    ("HMMT February 2025", else "HMMT 2025")."""
    if not contains_any(text, _EDITION_WORDS):
        return
    for m in _EDITION_RE.finditer(text):
        month, year, name = m.group(1), m.group(2), m.group(3)
        spellings = ([f"{name} {month} {year}"] if month else []) + [f"{name} {year}"]
        known = next((c for c in (canonical_benchmark(s, benchmarks) for s in spellings) if c),
                     "")
        if known:
            start = m.start(1) if month else m.start(2)
            yield Mention(start, m.end(), text[start:m.end()], known)


# "On the RecipeNLG-derived adaptation test set": a listed benchmark a test set is made from
# (not "our GSM8K-based perturbation benchmark", "a new MATH-derived adversarial set": new ones)
_DERIVED_SET_RE = re.compile(
    r"(?<!\bour\s)(?<!\bnew\s)([A-Z](?<![\w-].)[\w.+]*(?:-(?!derived\b)[\w.+]+)*)-derived\s+"
    r"(?!(?:[\w-]+\s+)?(?:adversarial|perturb|robust|contamina|hard))(?:[\w-]+\s+){0,2}?"
    r"(?:test\s+sets?|splits?|subsets?|evaluation\s+sets?)\b")


def _derived_sets(text: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> Iterator[Mention]:
    """ "the RecipeNLG-derived adaptation test set": the listed benchmark the set comes from."""
    if "-derived" not in text:
        return
    for m in _DERIVED_SET_RE.finditer(text):
        known = canonical_benchmark(m.group(1), benchmarks)
        if known:
            yield Mention(m.start(1), m.end(1), m.group(1), known)


def _named_before_metric(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                         model_spans: list[tuple[int, int]], prefixes: NamePrefixes
                         ) -> Iterator[Mention]:
    """ "its ProofNet pass@1", "Sudokube pass@1": an unlisted name right before its metric."""
    for metric in located(_METRIC_RE, text, _METRIC_WORDS):
        gap = metric.start() - 1
        if gap < 1 or not text[gap].isspace():
            continue
        name = _NAME_BEFORE_METRIC_RE.search(text, max(0, gap - 40), gap)
        if name is None or (metric.group(1) is None and not any(
                c.isupper() for c in name.group(1)[1:])):
            continue  # a plain capitalised word names a benchmark only before pass@k
        raw, start = name.group(1), name.start(1)
        if accept_unknown_benchmark(raw, model_spans, start, prefixes):
            yield Mention(start, name.end(1), raw, bench_name(raw, benchmarks))


# "On NumFutures, Oracle-7B achieves ...", "On RTLLM 2.0, ...": a clause opened by one name
# (or by what is done on it: "For free-text descriptor generation on SensoryLex, ...")
# (or "On the injected bugs of SynthBugs,"), or by the name and what of it is meant ("On the
# POP909 test split,", "On the SOFC-Exp extraction benchmark,", "On MS-CXR phrase grounding,":
# a part, a kind of data or a task; not "On A100 GPUs," nor "On SAT problems,")
_WHAT_OF_NAME = (r"(?:(?:\s+[a-z][\w-]*){0,3}\s+(?:split|set|subset|benchmark|dataset|suite|task"
                 r"|track|questions|instances|[a-z]+ing)|(?<=[a-z0-9])\s+(?:environment|testbed"
                 r"|simulator))")  # ("On our ElevatorOps environment,"; not "our RLVR environment")
_LEAD_NAME_RE = re.compile(r"(?<![\w-])(?:On|In(?=\s+our\s)|(?:For|With)\s+(?:[\w.-]+\s+){1,4}?on)"
                           r"\s+"
                           r"(?:the\s+(?:\d[\d,]*\s+|(?:original|official|public|full|standard)\s+)?"
                           r"|our\s+(?:(?:new|held-out|own|hidden|private)\s+)?)?"
                           r"(?:(?:(?:[a-z][\w-]*\s+){1,4}|(?:[A-Z][\w-]*\s+){1,3}(?:split|subset"
                           r"|portion|section|track|set)\s+)"  # ("On the Live Data split of X,")
                           r"(?:of|in|from)\s+(?:the\s+|our\s+(?:new\s+)?)?)?"  # "from our new X"
                           r"([A-Z][\w&'+-]*(?:\s+[A-Z][\w&'+-]*){0,2})"
                           rf"(?:\s+v?\d\.\d)?(?:\s+(?:[a-z]+\s+)?(?:set|suite)\s+of\s+[^,;]{{1,80}}"
                           rf"|{_WHAT_OF_NAME})?"
                           r"(?:\s+alone)?\s*,")  # ("On the 80 Taillard instances,", "On
# ChinaTravel alone,", "On our new GridFormulate set of 450 scheduling problems,", "On our
# held-out SoilMath-Test,", "On our BriefBench suite of 720 route briefings,", "In our SmokeOps
# evaluation suite of 180 scenarios,")
_LEAD_NAME_WORDS = ("On", "In", "For", "With")  # the words a match starts with (scan.located)
# ": on ElectroStoich the model reaches 55.0%", ", and on TRAM our model ...": a clause opened
# by "on" and an unlisted name, its subject right after (no comma); a camel-case name (not
# "and on CTI-VSP its ...": an acronym, often a part of a suite named before)
_CLAUSE_ON_NAME_RE = re.compile(r"(?:[:;]|,\s+(?:and|while|but|whereas))\s+on\s+"
                                r"((?=[\w&'+-]*[a-z][A-Z])[A-Z][\w&'+-]*)\s+"
                                r"(?=(?:the|its|our|it|all|every|each|both)\s)")


# "macro-F1 on SciEntsBank is 68.1", "joint goal accuracy on MultiWOZ 2.4 to 61.7%": a metric
# measured on an unlisted name (shaped like a benchmark's, see _lead_names) names a benchmark.
# ("solves 78.2% of BitFlip-Math pairs": a share of an unlisted name's items)
# ("the solve rate of Llama-3.2-1B-Instruct on HistCipher": the model between; "accuracy on the
# descriptor classification split of SensoryLex": a part of it between)
# ("task success on ClarifyHome rises": how well a model does there)
_METRIC_ON_WORDS = ("accuracy", "Accuracy", "F1", "pass@", "exact", "success", "task", "Task",
                    "solve", "score", "%")
_METRIC_ON_NAME_RE = re.compile(
    r"(?:(?:[Aa]ccuracy|F1|pass@\d+|exact[\s-]match|success\s+rate|[Tt]ask\s+success|score|solve\s+rate"
    r"(?:\s+of\s+[\w.-]+)?)\s+on\s+(?:the\s+|our\s+(?:held-out\s+|new\s+)?)?(?:(?:[a-z][\w-]*\s+){0,3}(?:split|subset|portion"
    r"|track)\s+of\s+(?:the\s+)?)?|%\s+of\s+"
    r"(?:the\s+)?(?=[\w&+-]+(?:\s+[A-Z][\w&+-]*){0,2}\s+(?:pairs|problems|questions|puzzles)\b))"
    r"([A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2}(?:\s+(?:19|20)\d\d)?)(?![\w'-]|\.\d)"  # ("on
    # HMMT February 2026": the year is the name's; "accuracy on PM2.5 questions": no name)
    r"(?!\s+(?:[a-z]+\s+){0,2}of\b)")  # (not "the Spatial-Map task of SpatialEval": a part)


# "We evaluate on ClarifyHome, 3,400 commands", "evaluate on RecoverSim, a simulator seeded
# with", "evaluate on the test split of TicketSplit": where models are evaluated, as the place's
# size, kind or split says (not "evaluated on SQLite, yet")
_EVALUATED_ON_RE = re.compile(
    r"[Ee]valuat(?:e|ed|ing)\s+(?:it\s+|them\s+|all\s+)?on\s+(?:the\s+)?(?:(?:(?:[a-z][\w-]*\s+)"
    r"{0,3}(?:split|subset|portion)\s+of\s+(?:the\s+)?)([A-Z][\w&+-]*)(?![\w'-]|\.\d)"
    r"|([A-Z][\w&+-]*),\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:suite|set|collection|simulator"
    r"|benchmark|dataset|testbed)\b|\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:commands|questions"
    r"|problems|tasks|items|examples|instances|dialogues|conversations|tickets|queries|prompts"
    r"|cases|scenarios|episodes|puzzles|requests|utterances)\b))")


def _metric_on_names(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                     model_spans: list[tuple[int, int]], prefixes: NamePrefixes
                     ) -> Iterator[Mention]:
    """ "F1 on SciEntsBank", "accuracy on MultiWOZ": an unlisted name a metric is measured on
    (or models are evaluated on: "evaluate on ClarifyHome, 3,400 commands")."""
    for m in located(_METRIC_ON_NAME_RE, text, _METRIC_ON_WORDS):
        raw, start = m.group(1), m.start(1)
        split = rf"{re.escape(raw)},\s+an?\s+(?:new\s+)?(?:split|subset)\b"  # its whole's
        if benchmark_shaped(raw) and not re.search(split, text) and \
                accept_unknown_benchmark(raw, model_spans, start, prefixes):
            yield Mention(start, m.end(1), raw, bench_name(raw, benchmarks))
    for m in located(_EVALUATED_ON_RE, text, ("evaluat", "Evaluat")):
        group = 1 if m.group(1) else 2
        raw, start = m.group(group), m.start(group)
        if benchmark_shaped(raw) and accept_unknown_benchmark(raw, model_spans, start, prefixes):
            yield Mention(start, m.end(group), raw, bench_name(raw, benchmarks))


_IN_OUR_SET_RE = re.compile(r"\s(?:set|suite)\s+of\s|\bbenchmark\b")


def _lead_names(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                model_spans: list[tuple[int, int]], prefixes: NamePrefixes) -> Iterator[Mention]:
    """ "On NumFutures, ...", "On MOOSE-Chem, ...": an unlisted name opening a clause, when a
    word of it has an inner capital or a digit (not "On Monday," or "On Sudoku,")."""
    # (every match starts with one of these words: the pattern is tried only there)
    for m in chain(located(_LEAD_NAME_RE, text, _LEAD_NAME_WORDS),
                   located(_CLAUSE_ON_NAME_RE, text, (": on", "; on", ", and on", ", while on",
                                                      ", but on", ", whereas on"))):
        raw, start = m.group(1), m.start(1)
        if m.group().startswith("In") and not _IN_OUR_SET_RE.search(m.group()):
            continue  # ("In our RLVR setting," is no benchmark; "In our X suite of 180 ..." is)
        if benchmark_shaped(raw) and accept_unknown_benchmark(raw, model_spans, start, prefixes):
            yield Mention(start, m.end(1), raw, bench_name(raw, benchmarks),  # "On SOTOPIA-hard,"
                          whole_part=_hyphen_split(raw, benchmarks, text) or _split_named(
                              raw, benchmarks, text, m.end(1)))


# "On the PeerRead ACL split,": a listed benchmark, then the name of its split
_SPLIT_WORD_RE = re.compile(r"\s+(?:split|subset|portion|partition|track|section)\b")


def _split_named(raw: str, benchmarks: pd.DataFrame | BenchmarkIndex, text: str, end: int
                 ) -> tuple[str, str] | None:
    """ "PeerRead ACL" before "split", "FLORES-200 English-Spanish": the listed benchmark and
    its part."""
    head, _, part = raw.rpartition(" ")
    whole = canonical_benchmark(head, benchmarks) if head and (
        _SPLIT_WORD_RE.match(text, end) or LANGUAGE_PAIR_RE.fullmatch(part)) else None
    return (whole, part) if whole else None


# "71.2% and 66.8% on the 4K and 8K subsets of HR-Bench, respectively": each part a benchmark.
_PARTS_RESPECTIVELY_RE = re.compile(
    r"\bthe\s+((?:[\w.-]+\s*,\s*){0,6}[\w.-]+,?\s+and\s+[\w.-]+)\s+(?:subsets|splits|tasks"
    r"|categories|settings|portions|tracks|levels|sections)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w*&'+.-]*(?:\s+[A-Z][\w&'+-]*)?)\s*,?\s*respectively\b")


def _respective_parts(text: str, benchmarks: pd.DataFrame | BenchmarkIndex
                      ) -> Iterator[Mention]:
    """ "on the 4K and 8K subsets of HR-Bench, respectively": a mention per part, named as
    the part of that benchmark ("HR-Bench-4K"), so the numbers' list pairs with them."""
    if "respectively" not in text:
        return
    for m in _PARTS_RESPECTIVELY_RE.finditer(text):
        known = canonical_benchmark(m.group(2), benchmarks)
        if not known:
            continue
        pos = m.start(1)
        for piece in LIST_SEP_RE.split(m.group(1)):
            start = text.find(piece, pos)
            pos = start + len(piece)
            part = unknown_benchmark_name(piece)
            yield Mention(start, pos, piece, f"{known}-{part}", whole_part=(known, part))
