"""The analysis table: every claim with the covariates analyses need, and what each filter drops."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.curated.model_names import normalise_name, parse_size_from_name, resolve_models
from analysis.curated.name_decisions import decision_for
from analysis.curated.registry import model_facts
from analysis.stats.meta.effects import FALLBACK_N_ITEMS, binomial_vi
from analysis.vocab import (
    AGGREGATE_DOMAIN,
    DEFAULT_METRICS,
    METHOD_COLUMNS,
    METHOD_LABELS,
    NOT_LANGUAGE_MODEL,
    REASONING_DOMAINS,
    ROLES,
    SIZED_DECISIONS,
)

log = logging.getLogger(__name__)

DEFAULT_ROLES = ROLES
NO_RECIPE = "none"  # a baseline: the model before (or without) the paper's recipe
OTHER_RECIPE = "other"  # the paper's own model, no recipe tag in its abstract
# A paper tagged with several recipes is labelled by the first of these (its headline claims
# are about the last stage applied: RL after distillation, search on top of a trained model is
# still test-time scaling, so the more specific recipe wins); every tag stays in `recipes`.
RECIPE_PRECEDENCE = ("method_tts", "method_rl", "method_pref", "method_distill")
SCORE_RANGE = (0.0, 100.0)  # points: absolute claims outside it are not percentages
# Words an extracted bound reason carries (claims.uncertain_reason "bound:lower" ...).
BOUND_QUALIFIERS = {"lower": "lower-bound", "upper": "upper-bound", "approx": "approximate",
                    "up-to": "up-to"}


@dataclass
class FilterLog:
    """How many rows each filtering step dropped, which, and why (shown under every fit)."""

    steps: list[tuple[str, int, int]] = field(default_factory=list)  # (reason, before, after)
    dropped: list[list[str]] = field(default_factory=list)  # claim ids dropped at each step

    def keep(self, frame: pd.DataFrame, mask: pd.Series, reason: str) -> pd.DataFrame:
        ok = mask.fillna(False).astype(bool)
        kept = frame[ok]
        self.steps.append((reason, len(frame), len(kept)))
        ids = frame.loc[~ok, "claim_id"] if "claim_id" in frame else pd.Series(dtype=str)
        self.dropped.append([str(i) for i in ids])
        if len(kept) < len(frame):
            log.debug("%s: dropped %d of %d rows", reason, len(frame) - len(kept), len(frame))
        return kept

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"step": r, "rows_before": b, "dropped": b - a, "rows_after": a}
             for r, b, a in self.steps],
            columns=["step", "rows_before", "dropped", "rows_after"])

    def funnel(self) -> pd.DataFrame:
        """One row per step with the ids of the claims it dropped (funnel.csv)."""
        table = self.frame()
        ids = self.dropped + [[]] * (len(table) - len(self.dropped))
        return table.assign(claim_ids=[";".join(i) for i in ids])

    def copy(self) -> FilterLog:
        return FilterLog(list(self.steps), [list(d) for d in self.dropped])


def method_label(row: pd.Series) -> str:
    """One label per paper for colouring: its first method tag, or "none"."""
    for column in METHOD_COLUMNS:
        if bool(row.get(column, False)):
            return METHOD_LABELS[column]
    return "none"


def claim_recipe(role: str, tags: dict[str, bool]) -> str:
    """The recipe of the model a claim scores: the paper's for its own model, none otherwise."""
    if role != "proposed":
        return NO_RECIPE
    for column in RECIPE_PRECEDENCE:
        if tags.get(column, False):
            return METHOD_LABELS[column]
    return OTHER_RECIPE


def release_year(month: object) -> float:
    """"2025-03" -> 2025.167 (the month's start, in years); NaN when unknown."""
    if not isinstance(month, str) or len(month) < 7:
        return math.nan
    return int(month[:4]) + (int(month[5:7]) - 1) / 12.0


def _qualifier(claims: pd.DataFrame) -> pd.Series:
    """The extractor's value_qualifier, or the bound it recorded among its uncertain reasons."""
    if "value_qualifier" in claims:
        return claims["value_qualifier"].fillna("").astype(str)
    reasons = claims.get("uncertain_reason", pd.Series("", index=claims.index)).fillna("")
    bound = reasons.str.extract(r"bound:([\w-]+)", expand=False).fillna("")
    return bound.map(lambda b: BOUND_QUALIFIERS.get(b, b))


def _benchmark_covariates(claims: pd.DataFrame, benchmarks: pd.DataFrame) -> pd.DataFrame:
    """domain, modality, n_items and scope (named benchmark or an aggregate) of each claim."""
    table = benchmarks.set_index("name")
    known = claims["benchmark"].isin(table.index)
    out = pd.DataFrame(index=claims.index)
    for column in ("domain", "modality"):
        out[column] = claims["benchmark"].map(table[column]).where(known, "")
    out["n_items"] = pd.to_numeric(claims["benchmark"].map(table["n_items"]), errors="coerce")
    aggregate = out["domain"] == AGGREGATE_DOMAIN
    if "scope" in claims:  # the extractor's own word wins ("average over seven benchmarks")
        aggregate |= claims["scope"].fillna("") == "aggregate"
    out["scope"] = np.where(aggregate, "aggregate", "named")
    out["reasoning"] = out["domain"].isin(REASONING_DOMAINS)
    return out


def _registry_rows(ids: pd.Series, facts: pd.DataFrame) -> pd.DataFrame:
    """Registry facts for each id ("" or unknown ids give NaN rows)."""
    joined = facts.reindex(ids.where(ids != ""))
    joined.index = ids.index
    return joined


def _size_origin(claims: pd.DataFrame, decided: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The model id whose registry size a claim takes, and where that choice comes from.

    In order: the claim's own registry model; a curated alias; the base model a curated
    decision names for the paper's own model; the base model the abstract names.
    """
    own = claims["model_id"].fillna("").astype(str)
    size_id, origin = own.copy(), pd.Series(np.where(own != "", "registry", ""), own.index)
    alias = (size_id == "") & decided["decision"].isin(SIZED_DECISIONS)
    size_id[alias], origin[alias] = decided.loc[alias, "model_id"], "registry"
    curated_base = (size_id == "") & (decided["base_model_id"] != "")
    size_id[curated_base] = decided.loc[curated_base, "base_model_id"]
    origin[curated_base] = "curated base"
    if "base_model_id" in claims:
        base = claims["base_model_id"].fillna("").astype(str)
        from_text = (size_id == "") & (base != "")
        size_id[from_text], origin[from_text] = base[from_text], "base in abstract"
    return size_id, origin


def _model_covariates(claims: pd.DataFrame, models: pd.DataFrame, decisions: pd.DataFrame,
                      *, basis: str) -> pd.DataFrame:
    """Parameters (and where they come from), tokens, family and release of each claim."""
    decided = decision_for(decisions, claims["model"].fillna(""), claims["paper_id"])
    size_id, origin = _size_origin(claims, decided)
    facts = _registry_rows(size_id, model_facts(models, basis=basis).set_index("model_id"))
    named = claims["model"].fillna("").map(parse_size_from_name)
    from_name = facts["params"].isna() & named.notna() & (size_id == "")
    out = pd.DataFrame(index=claims.index)
    out["size_model_id"] = size_id
    out["params"] = facts["params"].where(~from_name, named)
    out["params_total"] = facts["params_total"].where(~from_name, named)
    out["params_active"] = facts["params_active"]
    out["params_origin"] = np.where(facts["params"].notna(), origin,
                                    np.where(from_name, "name", "missing"))
    out["params_source"] = facts["params_source"].fillna("").where(~from_name, "model name")
    out["pretrain_tokens"] = facts["tokens"]
    out["tokens_inherited_from"] = facts["tokens_inherited_from"].fillna("")
    out["family"] = facts["family"].fillna("")
    out["model_release"] = facts["release"].fillna("").where(origin == "registry", "")
    out["name_decision"] = decided["decision"]
    out["language_model"] = decided["decision"] != NOT_LANGUAGE_MODEL
    system = decided["decision"] == "system"
    if "system" in claims:
        system |= claims["system"].fillna(False).astype(bool)
    out["system"] = system
    return out


def _system_sizes(claims: pd.DataFrame, models: pd.DataFrame) -> pd.DataFrame:
    """Every part's size of a system ("A + B" in system_parts) and their sum when all are known.

    A part's size is its registry row's total, else a size written in its name ("32B
    reasoning model"), else unknown ("process reward model"): `system_sizes` lists each
    ("Qwen2.5-Math-7B = 7e+09; process reward model = ?") and `system_params_total` adds them
    only when none is unknown, so a system is never plotted at the size of one of its parts.
    """
    parts = claims.get("system_parts", pd.Series("", index=claims.index)).fillna("").astype(str)
    names = sorted({p.strip() for text in parts if text for p in text.split(" + ")})
    resolved = resolve_models(pd.Series(names, dtype=object), models)
    registry = models.set_index("model_id")["params_total"]
    size = {name: (registry.get(mid, math.nan) if mid else from_name)
            for name, mid, from_name in zip(names, resolved["model_id"],
                                            resolved["params_from_name"], strict=True)}
    listed, totals = [], []
    for text in parts:
        sizes = [(p.strip(), size[p.strip()]) for p in text.split(" + ")] if text else []
        listed.append("; ".join(f"{name} = {'?' if math.isnan(v) else f'{v:.3g}'}"
                                for name, v in sizes))
        known = bool(sizes) and not any(math.isnan(v) for _, v in sizes)
        totals.append(sum(v for _, v in sizes) if known else math.nan)
    return pd.DataFrame({"system_sizes": listed, "system_params_total": totals},
                        index=claims.index)


def _paper_covariates(claims: pd.DataFrame, papers: pd.DataFrame,
                      methods: pd.DataFrame) -> pd.DataFrame:
    """The paper's date, its recipe tags, and the recipe of the model each claim scores."""
    tags = methods.set_index("paper_id").reindex(claims["paper_id"])[list(METHOD_COLUMNS)]
    tags = tags.fillna(False).astype(bool)
    tags.index = claims.index
    out = tags.copy()
    out["recipes"] = [";".join(METHOD_LABELS[c] for c in METHOD_COLUMNS if row[c])
                      for _, row in tags.iterrows()]
    out["recipe"] = [claim_recipe(role, dict(row)) for role, (_, row)
                     in zip(claims["role"].fillna(""), tags.iterrows(), strict=True)]
    out["method"] = [method_label(row) for _, row in tags.iterrows()]  # the paper's first tag
    published = papers.set_index("paper_id")["published"].reindex(claims["paper_id"])
    out["paper_date"] = pd.to_datetime(published.to_numpy()).strftime("%Y-%m").fillna("")
    out.index = claims.index
    return out


def _release(table: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Release month of the scored model: the registry's, else (its own model) the paper's."""
    own = table["params_origin"].isin(["curated base", "base in abstract"]) | (
        table["name_decision"] == "own-model")
    release = table["model_release"].where(table["model_release"] != "",
                                           table["paper_date"].where(own, ""))
    origin = np.where(table["model_release"] != "", "registry",
                      np.where(release != "", "paper date", "missing"))
    return release, pd.Series(origin, index=table.index)


def _model_key(table: pd.DataFrame) -> pd.Series:
    """One id per distinct model: the registry id, else the written name within its paper."""
    written = table["model"].fillna("").map(normalise_name)
    registry_id = table["model_id"].fillna("").astype(str)
    own = "paper:" + table["paper_id"] + ":" + written
    return registry_id.where(registry_id != "", own.where(written != "", ""))


def parts_apart(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims with a score on a part of a benchmark (`benchmark_part`: a subset, split,
    task or language) under a benchmark of its own ("MGSM-Swahili"), so no analysis takes it
    for the whole benchmark's score or gives it the whole one's item count."""
    if "benchmark_part" not in claims:
        return claims.assign(benchmark_part="")
    part = claims["benchmark_part"].fillna("").astype(str)
    named = part != ""
    out = claims.assign(benchmark_part=part)
    out.loc[named, "benchmark"] = out.loc[named, "benchmark"].astype(str) + "-" + part[named]
    return out


def observation_table(claims: pd.DataFrame, *, papers: pd.DataFrame, models: pd.DataFrame,
                      benchmarks: pd.DataFrame, methods: pd.DataFrame,
                      decisions: pd.DataFrame | None = None,
                      basis: str = "total") -> pd.DataFrame:
    """Every claim with its covariates: benchmark, size (and its origin), tokens, release, recipe.

    `score` and `vi` (binomial sampling variance in points², from the observed score and the
    benchmark's item count) are filled for absolute claims with a point value in 0-100.
    """
    decisions = decisions if decisions is not None else pd.DataFrame(
        columns=["name", "paper_id", "decision", "model_id", "base_model_id", "reason"])
    claims = parts_apart(claims)
    # scope and system come back from the covariates (the extractor's word folded in)
    table = pd.concat([claims.drop(columns=["scope", "system"], errors="ignore"),
                       _benchmark_covariates(claims, benchmarks),
                       _model_covariates(claims, models, decisions, basis=basis),
                       _system_sizes(claims, models),
                       _paper_covariates(claims, papers, methods)], axis=1)
    table["value_qualifier"] = _qualifier(claims)
    table["release"], table["release_origin"] = _release(table)
    table["release_year"] = table["release"].map(release_year)
    table["model_key"] = _model_key(table)
    table["x"] = np.log10(table["params"].where(table["params"] > 0))
    value = pd.to_numeric(table["value"], errors="coerce")
    point = (table["kind"] == "absolute") & value.between(*SCORE_RANGE)
    table["score"] = value.where(point)
    # a benchmark without an item count: the conservative fallback (as if it had as few items
    # as the smallest benchmark in use), flagged so every selection and table can show it
    table["vi_fallback"] = point & table["n_items"].isna()
    items = table["n_items"].fillna(FALLBACK_N_ITEMS)
    table["vi"] = np.nan
    table.loc[point, "vi"] = binomial_vi(table.loc[point, "score"], items[point])
    for flag in ("uncertain", "curated"):
        table[flag] = table[flag].fillna(False).astype(bool) if flag in table else False
    return table.reset_index(drop=True)


POINT_QUALIFIERS = ("", "approximate")  # "nearly 80%" is a point; "over 50%" is a bound


def select_scores(table: pd.DataFrame, *, metrics: tuple[str, ...] = DEFAULT_METRICS,
                  roles: tuple[str, ...] = DEFAULT_ROLES,
                  domains: tuple[str, ...] = REASONING_DOMAINS,
                  modalities: tuple[str, ...] = ("text",),
                  qualifiers: tuple[str, ...] = POINT_QUALIFIERS, systems: bool = False,
                  language_models_only: bool = True,
                  uncertain: bool = True, origins: tuple[str, ...] | None = None,
                  fallback_items: bool = True,
                  filters: FilterLog | None = None) -> tuple[pd.DataFrame, FilterLog]:
    """The absolute scores a scaling analysis uses, each step of the selection recorded.

    Defaults: point values of single language models on named text-reasoning benchmarks,
    with a parameter count and an item count (`language_models_only` off keeps models a
    curated decision calls no language model, such as a 7M network trained only on puzzles).
    `origins` restricts where sizes may come from (e.g.
    ("registry",) leaves out sizes read off names or taken from a base model). A benchmark
    without an item count keeps its claims with the flagged fallback variance (`vi_fallback`,
    n_items = FALLBACK_N_ITEMS in the selected rows) unless `fallback_items` is off.
    """
    steps = filters.copy() if filters is not None else FilterLog()
    rows = steps.keep(table, table["scope"] == "named",
                      "a named benchmark (aggregate results are kept apart)")
    rows = steps.keep(rows, rows["kind"] == "absolute", "an absolute score (not a change)")
    rows = steps.keep(rows, rows["metric"].isin(metrics), f"metric in {list(metrics)}")
    rows = steps.keep(rows, rows["role"].isin(roles), f"role in {list(roles)}")
    if "benchmark_part" in rows:
        rows = steps.keep(rows, rows["benchmark_part"].fillna("") == "",
                          "the whole benchmark (a score on one subset, split, task or language "
                          "of it is not the benchmark's)")
    rows = steps.keep(rows, rows["domain"].isin(domains) & rows["modality"].isin(modalities),
                      f"a {'/'.join(modalities)} benchmark in {', '.join(domains)}")
    rows = steps.keep(rows, rows["value_qualifier"].isin(qualifiers),
                      "a point value (bounds such as 'over 50%' are not scores)")
    if not systems:
        rows = steps.keep(rows, ~rows["system"].astype(bool),
                          "one model (a system of several models has no single size)")
    if language_models_only and "language_model" in rows:
        rows = steps.keep(rows, rows["language_model"].astype(bool),
                          "a language model (a network trained only on puzzles is not)")
    if not uncertain:
        rows = steps.keep(rows, ~rows["uncertain"].astype(bool), "not marked uncertain")
    rows = steps.keep(rows, rows["params"].notna(), "parameter count known")
    if origins is not None:
        rows = steps.keep(rows, rows["params_origin"].isin(origins),
                          f"size from {', '.join(origins)}")
    if fallback_items:  # a step that drops nothing, so every funnel says how many were flagged
        flagged = int(rows["n_items"].isna().sum())
        rows = steps.keep(rows, pd.Series(True, index=rows.index),
                          f"benchmark item count known, or the flagged fallback of "
                          f"{FALLBACK_N_ITEMS} items ({flagged} claims)")
        rows = rows.assign(n_items=rows["n_items"].fillna(FALLBACK_N_ITEMS))
    else:
        rows = steps.keep(rows, rows["n_items"].notna(), "benchmark item count known "
                          f"(not the fallback of {FALLBACK_N_ITEMS} items)")
    rows = steps.keep(rows, rows["score"].notna(), "score within 0-100")
    return rows.reset_index(drop=True), steps


def default_funnel(table: pd.DataFrame) -> pd.DataFrame:
    """funnel.csv: the default scaling selection, from every claim, with the ids each drops."""
    _, steps = select_scores(table)
    funnel = steps.funnel()
    start = pd.DataFrame([{"step": "every extracted (and curated) claim",
                           "rows_before": len(table), "dropped": 0, "rows_after": len(table),
                           "claim_ids": ""}])
    return pd.concat([start, funnel], ignore_index=True)


def with_basis(table: pd.DataFrame, basis: str) -> pd.DataFrame:
    """The table with `params` (and x) on the chosen basis: total, or active per token (MoE).

    A dense model's active count is its total; only mixture-of-experts rows change.
    """
    if basis == "total":
        params = table["params_total"]
    elif basis == "active":
        params = table["params_active"].where(table["params_active"].notna(),
                                              table["params_total"])
    else:
        raise ValueError(f"basis must be 'total' or 'active', got {basis!r}")
    return table.assign(params=params, x=np.log10(params.where(params > 0)))


def legacy_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Selected rows with the column names the scaling fits read (model_id, tokens, n_items)."""
    out = rows.assign(model_id=rows["model_key"], tokens=rows["pretrain_tokens"],
                      n_items=rows["n_items"].astype(int))
    for column in METHOD_COLUMNS:
        out[column] = out[column].fillna(False).astype(bool)
    return out
