"""Claim extraction: scores, deltas and relative changes on benchmarks, each with its quote."""

from __future__ import annotations

import hashlib
import logging
from bisect import bisect_left
from dataclasses import dataclass, field

import pandas as pd

from analysis.claims.attach_base import BenchPick
from analysis.claims.base_rules import attribute_base
from analysis.claims.bench_mentions import find_benchmarks
from analysis.claims.benchmark_rules import attach_benchmark
from analysis.claims.caseless import caseless
from analysis.claims.cues import number_views
from analysis.claims.delta_rules import attribute_delta, share_delta_back
from analysis.claims.discovered import discovered_mentions, names_read, own_benchmark_mentions
from analysis.claims.facts import (  # noqa: F401  (FACT_COLUMNS, extract_facts: public)
    FACT_COLUMNS,
    extract_facts,
    facts_frame,
    paper_facts,
)
from analysis.claims.fallback_base import carry_pick
from analysis.claims.fallback_rules import fallback_benchmark
from analysis.claims.flag_rules import mark_mentions
from analysis.claims.gap_rules import sign_gaps
from analysis.claims.kind_rules import new_claim
from analysis.claims.list_rules import share_backward, zip_lists
from analysis.claims.model_rules import attach_model, share_listed_models
from analysis.claims.names import Mention, find_models, pseudo_benchmarks
from analysis.claims.own_names import PaperContext, own_names, paper_context
from analysis.claims.part_rules import benchmark_part
from analysis.claims.rescue_rules import keep_numbers
from analysis.claims.revision_rules import revise_kinds
from analysis.claims.role_rules import FinishView, finish
from analysis.claims.scope_rules import settle_scope
from analysis.claims.sentence import Claim, Sentence
from analysis.claims.spans import name_key, sentence_spans
from analysis.claims.system_rules import attribute_system
from analysis.claims.text import Num, SpanSet, may_hold_numbers, scan_numbers
from analysis.curated.benchmarks import BenchmarkIndex, as_index, canonical_benchmark
from analysis.curated.name_prefixes import NamePrefixes, load_name_prefixes
from analysis.vocab import CLAIM_KINDS, ROLES  # noqa: F401  (public: tests and callers)

log = logging.getLogger(__name__)

CLAIM_COLUMNS = [
    "claim_id", "paper_id", "title", "model", "model_id", "benchmark", "benchmark_raw",
    "metric", "kind", "value", "value_low", "value_high", "role", "quote", "start", "end", "rule",
    "uncertain", "uncertain_reason", "value_start",
    # appended (analysis/stats reads them): what the value is, what it is about, whose it is
    "value_qualifier", "scope", "n_benchmarks", "pair_id", "base_model", "base_quote",
    "base_rule", "system", "system_parts", "delta_against",
    # a score on a part of its benchmark (a subset, split, task or language): the part's name,
    # with `benchmark` the whole one ("MGSM" and "Swahili"); analyses keep parts apart
    "benchmark_part",
]


def claim_id(paper_id: str, start: int, end: int, kind: str, value_start: int) -> str:
    """Stable id: same paper, quote span, kind and number position give the same id."""
    key = f"{paper_id}|{start}|{end}|{kind}|{value_start}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def pair_id(paper_id: str, sentence: Sentence, claim: Claim) -> str:
    """The id both ends of a "from A to B" pair (and its stated change) share, else "".

    A hash of the two ends' claim ids: stable as long as they are.
    """
    if claim.pair is None:
        return ""
    ends = "|".join(claim_id(paper_id, sentence.start, sentence.end, end.kind,
                             end.num.num_start) for end in claim.pair)
    return "r" + hashlib.sha1(ends.encode("utf-8")).hexdigest()[:12]


# The most numbers one abstract sentence holds in the corpus is 9; a sentence with far more is
# a table flattened into text, whose numbers the sentence rules cannot pair with names.
MAX_NUMBERS_PER_SENTENCE = 100

_FIRST_PERSON_RE = caseless(r"\b(?:we|our|this\s+(?:paper|work|study|report))\b")


@dataclass
class Reading:
    """What extraction decided about one abstract: its names, every number and every claim.

    `claims` holds every kept number, including those no benchmark was found for (which are
    not written out); each claim's `fired` names the rule of each table that decided it.
    """

    paper: PaperContext
    models: list[Mention] = field(default_factory=list)
    benches: list[Mention] = field(default_factory=list)
    # (number, verdict, verdict rule, final verdict, rescue rule): see sentence_claims
    numbers: list[tuple[Num, str, str, str, str]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def _sentence_of(text: str, pos: int) -> str:
    lo = max(text.rfind(". ", 0, pos), 0)
    hi = text.find(". ", pos)
    return text[lo:hi if hi >= 0 else len(text)]


def _sentences(text: str, models: list[Mention], benches: list[Mention]) -> list[Sentence]:
    # Mentions come sorted by start (names._drop_overlaps): bisect, not a scan each.
    model_starts = [m.start for m in models]
    bench_starts = [b.start for b in benches]
    out = []
    for s, e in sentence_spans(text):
        out.append(Sentence(
            s, e, models[bisect_left(model_starts, s):bisect_left(model_starts, e)],
            benches[bisect_left(bench_starts, s):bisect_left(bench_starts, e)]))
    return out


def sentence_claims(text: str, sentence: Sentence, nums: list[Num],
                    trace: list[tuple[Num, str, str, str, str]] | None = None) -> list[Claim]:
    """The numbers of one sentence that are claims, with their kind and sign.

    `trace`, when given, receives (number, verdict, verdict rule, final verdict, rescue rule
    or "") of every number.
    """
    views = number_views(text, sentence, nums)
    claims: list[Claim] = []
    for view, decided in zip(views, keep_numbers(text, sentence, views), strict=True):
        if trace is not None:
            trace.append((view.num, *decided))
        if decided[2] == "keep":
            claims.append(new_claim(view))
    revise_kinds(text, sentence, claims)
    return claims


def own_models(ctx: PaperContext) -> list[str]:
    """The paper's own names that can name a model (not the benchmark the paper makes)."""
    return [n for n in ctx.own if n != ctx.own_benchmark]


def find_names(title: str, abstract: str, benchmarks: BenchmarkIndex, prefixes: NamePrefixes,
               own: list[str] | None = None) -> tuple[PaperContext, list[Mention]]:
    """The paper's context and its model mentions, unflagged (`own`: its own names, if known)."""
    ctx = paper_context(title, abstract, benchmarks, own)
    return ctx, find_models(abstract, own_models(ctx), prefixes)


def _read_names(abstract: str, ctx: PaperContext, models: list[Mention],
                benchmarks: BenchmarkIndex, prefixes: NamePrefixes,
                read: frozenset[str] = frozenset()) -> Reading:
    """The benchmark mentions (and those of the unlisted names `read` off the text), the
    models that are not inside one, all flagged."""
    model_spans = [(m.start, m.end) for m in models]
    own = {name_key(n) for n in own_models(ctx)}  # "we propose COPA": the paper's method, not
    benches = [b for b in find_benchmarks(abstract, benchmarks, model_spans, prefixes)  # the
               if name_key(b.text) not in own or b.name not in benchmarks.metrics]  # listed one
    benches += own_benchmark_mentions(abstract, ctx, benches, model_spans)
    benches = sorted(benches + discovered_mentions(abstract, read, benches, model_spans,
                                                   benchmarks), key=lambda b: b.start)
    bench_spans = [(b.start, b.end) for b in benches]
    models = [m for m in models if not any(a <= m.start < b for a, b in bench_spans)]
    mark_mentions(abstract, models, benches)
    ctx.models, ctx.bases, ctx.system = models, None, None
    subjects = {name_key(m.name): m.name for m in models
                if not m.flags & {"comparator", "instrument", "enumerated", "example"}
                and _FIRST_PERSON_RE.search(_sentence_of(abstract, m.start))}
    if len(subjects) == 1:
        ctx.focus_model = next(iter(subjects.values()))
    return Reading(ctx, models, benches)


def read_abstract(paper_id: str, title: str, abstract: str, benchmarks: BenchmarkIndex,
                  prefixes: NamePrefixes, reading: Reading | None = None, *,
                  found: tuple[PaperContext, list[Mention]] | None = None,
                  read: frozenset[str] = frozenset()) -> list[tuple[Sentence, Claim]]:
    """The claims of one abstract with their sentences; `reading`, if given, gets the rest.

    `found` is find_names(...) of the abstract when the caller has it (its mentions get
    flagged here). An unlisted name a rule reads off the text as a benchmark ("71.4% on
    TRAM") is one in the whole abstract: when one is read, the abstract is read again with it
    (`read`) among the mentions.
    """
    ctx, models = found or find_names(title, abstract, benchmarks, prefixes)
    names = _read_names(abstract, ctx, models, benchmarks, prefixes, read)
    if reading is not None:
        reading.paper, reading.models, reading.benches = names.paper, names.models, names.benches
    ctx, models, benches = names.paper, names.models, names.benches
    masked = SpanSet([(m.start, m.end) for m in models] + [(b.start, b.end) for b in benches])
    out: list[tuple[Sentence, Claim]] = []
    previous: Sentence | None = None
    previous_claims: list[Claim] = []  # the claims of the sentence before, for "this gap"
    discovered: set[str] = set()
    carried: tuple[BenchPick, BenchPick] | None = None  # of the last score, the last claim
    carried_from: Sentence | None = None  # (its sentence)
    for sentence in _sentences(abstract, models, benches):
        nums = scan_numbers(abstract, sentence.start, sentence.end, masked)
        if len(nums) > MAX_NUMBERS_PER_SENTENCE:  # a dumped table, not prose: the rules
            log.debug("%s: sentence at %d has %d numbers; skipped", paper_id,  # pair numbers,
                      sentence.start, len(nums))  # so their cost grows with its square
            previous, previous_claims = sentence, []  # (the next sentence follows the table)
            continue
        claims = sentence_claims(abstract, sentence, nums,
                                 None if reading is None else reading.numbers) if nums else []
        if not claims:  # the rules below read and write a sentence's claims: nothing to do
            previous, previous_claims = sentence, []
            continue
        for claim in claims:
            attach_benchmark(abstract, sentence, claim, claims, benchmarks, prefixes)
        zip_lists(abstract, sentence, claims, previous)
        for claim in claims:
            fallback_benchmark(abstract, sentence, claim, claims, ctx, previous, benches,
                               carried, adjacent=carried_from is previous)
            benchmark_part(abstract, sentence, claim, claims)
        share_backward(abstract, claims)
        sign_gaps(abstract, sentence, claims, previous_claims)
        previous_claims = list(claims)
        discovered |= names_read(claims)
        if reading is not None:
            reading.claims += claims
        claims = [c for c in claims if c.bench]
        if claims:  # (a score's benchmark and the last claim's: "its Codeforces rating climbs
            # to 1,612. ... which scores 36.2% on the same split" is on the score's)
            last = next((c for c in reversed(claims) if c.num.unit or c.num.value <= 100),
                        claims[-1])
            carried, carried_from = (carry_pick(last), carry_pick(claims[-1])), sentence
        for claim in claims:
            attach_model(abstract, sentence, claim, claims, ctx)
        share_listed_models(abstract, sentence, claims)
        _settle(abstract, sentence, claims, ctx, benchmarks)
        out += [(sentence, claim) for claim in claims]
        previous = sentence
    if discovered - read:
        if reading is not None:
            reading.numbers, reading.claims = [], []
        return read_abstract(paper_id, title, abstract, benchmarks, prefixes, reading,
                             read=read | discovered)
    return out


def _settle(abstract: str, sentence: Sentence, claims: list[Claim], ctx: PaperContext,
            benchmarks: BenchmarkIndex) -> None:
    """Role, metric, uncertainty, then what each claim is about: its value qualifier and scope,
    the base of the paper's own model, the models of a system, what a change is against."""
    for claim in claims:
        finish(abstract, sentence, claim, claims, ctx, benchmarks)
        settle_scope(FinishView(abstract, sentence, claim, claims, ctx, benchmarks))
        attribute_base(abstract, sentence, claim, ctx)
        attribute_system(abstract, sentence, claim, ctx)
        attribute_delta(abstract, sentence, claim, claims, ctx)
    share_delta_back(abstract, claims)


def whole_and_part(sentence: Sentence, c: Claim, benchmarks: BenchmarkIndex
                   ) -> tuple[str, str]:
    """The claim's benchmark as written out: the whole benchmark and the part of it the text
    scores ("MathVerse", "vision-only"), or the benchmark and "" (also for a part the table
    lists as a benchmark of its own: the hard split of MATH-Perturb is MATH-P-Hard)."""
    whole_part = None
    if c.whole is not None and c.bench.startswith(f"{c.whole[0]}-"):
        whole_part = c.whole[0], c.bench[len(c.whole[0]) + 1:]
    else:
        mention = next((b for b in sentence.benches
                        if b.start == c.bench_at and b.whole_part), None)
        if mention is not None and c.bench == mention.name:
            whole_part = mention.whole_part
    if whole_part is None:
        return c.bench, ""
    listed = canonical_benchmark(c.bench, benchmarks)  # (not the whole itself: "HR-Bench-4K")
    return (listed, "") if listed and listed != whole_part[0] else whole_part


def _row(paper_id: str, title: str, abstract: str, sentence: Sentence, c: Claim,
         benchmarks: BenchmarkIndex) -> dict:
    num = c.num
    benchmark, part = whole_and_part(sentence, c, benchmarks)
    ranged = num.high is not None
    value = float("nan") if ranged else c.sign * num.value
    low, high = (num.value, num.high) if ranged else (float("nan"), float("nan"))
    if ranged and c.sign < 0:
        low, high = -num.high, -num.value
    reasons = list(dict.fromkeys(c.reasons))
    return {
        "claim_id": claim_id(paper_id, sentence.start, sentence.end, c.kind, num.num_start),
        "paper_id": paper_id, "title": title, "model": c.model, "model_id": "",
        "benchmark": benchmark, "benchmark_raw": c.bench_raw, "metric": c.metric, "kind": c.kind,
        "value": value, "value_low": low, "value_high": high, "role": c.role,
        "quote": abstract[sentence.start:sentence.end], "start": sentence.start,
        "end": sentence.end, "rule": "/".join(filter(None, (c.kind_rule, c.bench_rule,
                                                            c.model_rule))),
        "uncertain": bool(reasons), "uncertain_reason": "; ".join(reasons),
        "value_start": num.num_start, "value_qualifier": c.qualifier, "scope": c.scope,
        "n_benchmarks": c.n_benchmarks, "pair_id": pair_id(paper_id, sentence, c),
        "base_model": c.base_model, "base_quote": c.base_quote, "base_rule": c.base_rule,
        "system": bool(c.system_parts), "system_parts": c.system_parts,
        "delta_against": c.delta_against, "benchmark_part": part,
    }


def extract_claims(papers: pd.DataFrame, *, benchmarks: pd.DataFrame | BenchmarkIndex,
                   prefixes: NamePrefixes | None = None) -> pd.DataFrame:
    """One row per claim found in the abstracts of `papers` (columns CLAIM_COLUMNS).

    `abstract[start:end] == quote` holds for every row; `model_id` is left empty for the
    registry to fill. `prefixes` is the model-family table (default: the committed one, loaded
    once per process). Linear in the number of abstracts.
    """
    index = as_index(benchmarks)
    prefixes = prefixes or load_name_prefixes()
    rows: list[dict] = []
    for paper_id, title, abstract in zip(papers["paper_id"], papers["title"],
                                         papers["abstract"], strict=True):
        if isinstance(abstract, str) and may_hold_numbers(abstract):
            for sentence, claim in read_abstract(paper_id, title, abstract, index, prefixes):
                rows.append(_row(paper_id, title, abstract, sentence, claim, index))
    return _claims_frame(rows, len(papers))


def _claims_frame(rows: list[dict], n_papers: int) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    for column in ("value", "value_low", "value_high"):
        frame[column] = frame[column].astype(float)
    for column in ("start", "end", "value_start"):
        frame[column] = frame[column].astype("int64")
    frame["uncertain"] = frame["uncertain"].astype(bool)
    frame["system"] = frame["system"].astype(bool)
    frame["n_benchmarks"] = frame["n_benchmarks"].astype("Int64")  # empty when not written
    duplicated = frame["claim_id"].duplicated()
    if duplicated.any():  # two rules on one number of one kind: keep the first
        log.debug("dropping %d duplicate claims", int(duplicated.sum()))
        frame = frame[~duplicated].reset_index(drop=True)
    log.info("extracted %d claims from %d papers", len(frame), n_papers)
    return frame


_BOUND_QUALIFIER = {"lower": "lower-bound", "upper": "upper-bound", "approx": "approximate",
                    "up-to": "up-to"}


def curated_columns(claims: pd.DataFrame, benchmarks: pd.DataFrame | BenchmarkIndex
                    ) -> pd.DataFrame:
    """The appended columns on curated rows (apply_overrides fills an added claim's with "").

    A corrected benchmark may change the scope (the pseudo benchmarks AVERAGE, MATH-DOMAIN,
    ... are aggregates); an added claim's value qualifier is the bound its reasons give.
    """
    out = claims.copy()
    curated = out["curated"].fillna(False).astype(bool)
    pseudo = pseudo_benchmarks(as_index(benchmarks))
    out.loc[curated, "scope"] = out.loc[curated, "benchmark"].map(
        lambda b: "aggregate" if b in pseudo else "named")
    added = out["rule"] == "curated"
    bound = out["uncertain_reason"].fillna("").str.extract(r"bound:([\w-]+)", expand=False)
    out.loc[added, "value_qualifier"] = bound[added].map(_BOUND_QUALIFIER).fillna("")
    out["system"] = out["system"].map(lambda v: v is True or v == "True")
    out["n_benchmarks"] = pd.to_numeric(out["n_benchmarks"], errors="coerce").astype("Int64")
    for column in ("pair_id", "base_model", "base_quote", "base_rule", "system_parts",
                   "delta_against", "value_qualifier"):
        out[column] = out[column].fillna("").astype(str)
    return out


def extract_tables(papers: pd.DataFrame, *, benchmarks: pd.DataFrame | BenchmarkIndex,
                   prefixes: NamePrefixes | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """extract_claims(papers) and extract_facts(papers) in one pass over the abstracts.

    Both need each abstract's own names and model mentions; found once here, they are
    shared (facts get unflagged copies), which saves most of the facts' cost.
    """
    index = as_index(benchmarks)
    prefixes = prefixes or load_name_prefixes()
    claim_rows: list[dict] = []
    fact_rows: list[dict] = []
    for paper_id, title, abstract in zip(papers["paper_id"], papers["title"],
                                         papers["abstract"], strict=True):
        if not isinstance(abstract, str) or not may_hold_numbers(abstract):
            continue  # (no number: no claim and no fact)
        own = own_names(title, abstract)
        ctx, models = find_names(title, abstract, index, prefixes, own)
        fresh = [Mention(m.start, m.end, m.text, m.name) for m in models] \
            if own_models(ctx) == own else find_models(abstract, own, prefixes)
        fact_rows += paper_facts(paper_id, abstract, own, fresh, prefixes)
        for sentence, claim in read_abstract(paper_id, title, abstract, index, prefixes,
                                             found=(ctx, models)):
            claim_rows.append(_row(paper_id, title, abstract, sentence, claim, index))
    return _claims_frame(claim_rows, len(papers)), facts_frame(fact_rows, len(papers))


def explain(title: str, abstract: str, *, benchmarks: pd.DataFrame | BenchmarkIndex,
            prefixes: NamePrefixes | None = None) -> Reading:
    """Everything extraction decides about one abstract, with the rules that decided it."""
    reading = Reading(PaperContext(title, abstract))
    read_abstract("", title, abstract, as_index(benchmarks), prefixes or load_name_prefixes(),
                  reading)
    return reading
