"""The curated model registry: validation, name normalisation, resolution and per-model facts."""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.config import MODELS_PATH
from analysis.curated.benchmarks import read_curated_rows  # UTF-8 with or without BOM
from analysis.curated.model_names import (  # noqa: F401  (public here too: the registry API)
    normalise_name,
    parse_size_from_name,
    resolve_models,
    split_aliases,
)
from analysis.errors import Problem, ValidationError, display_path
from analysis.vocab import BASES, MATCH_KINDS  # noqa: F401  (MATCH_KINDS: public)

log = logging.getLogger(__name__)

COLUMNS = [
    "model_id", "aliases", "family", "developer", "base_model", "params_total", "params_active",
    "pretrain_tokens", "release", "release_source", "open_weights", "params_source",
    "tokens_source", "notes",
]
NUMERIC_COLUMNS = ["params_total", "params_active", "pretrain_tokens"]  # parameters / tokens
OPEN_WEIGHTS_VALUES = {"yes", "no", ""}
RELEASE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
NAME_SOURCE = "from model name"  # params_source of a size parsed from an unlisted model's name
UNKNOWN_RELEASE = "unknown:"  # release_source of a model whose release month has no source

# ----------------------------------------------------------------------------- loading


# The columns an analysis of any registry needs; the others may be absent (filled empty) when
# a registry is read with complete=True (python -m analysis fit on someone else's tables).
REQUIRED_COLUMNS = ("model_id", "params_total")
NOT_IN_FILE = "(column not in the file)"


def _read_rows(path: Path, shown: str, *, complete: bool = False,
               ) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    """Rows of the CSV with the file line each starts on; header and shape problems."""
    optional = tuple(c for c in COLUMNS if c not in REQUIRED_COLUMNS) if complete else ()
    rows, problems = read_curated_rows(path, shown, COLUMNS, optional=optional)
    for _, row in rows:  # an absent source column is said to be absent, never made up
        if complete and not row["release_source"]:
            row["release_source"] = NOT_IN_FILE if row["release"] else f"unknown: {NOT_IN_FILE}"
    return rows, problems


def _check_number(raw: str, where: tuple[str, int, str], problems: list[Problem]) -> float:
    """The value of a numeric cell (NaN when empty); a problem when it is not a number > 0."""
    if raw == "":
        return math.nan
    try:
        value = float(raw)
    except ValueError:
        problems.append(Problem(*where, f"must be a number, got {raw!r}"))
        return math.nan
    if not math.isfinite(value) or value <= 0:
        problems.append(Problem(*where, f"must be > 0, got {raw}"))
        return math.nan
    return value


def _check_row(line: int, row: dict[str, str], shown: str, problems: list[Problem]) -> None:
    """Single-row rules: numbers, active <= total, open_weights and release formats."""
    values = {c: _check_number(row[c], (shown, line, c), problems) for c in NUMERIC_COLUMNS}
    total, active = values["params_total"], values["params_active"]
    if not math.isnan(active) and math.isnan(total) and row["params_total"] == "":
        problems.append(Problem(shown, line, "params_active",
                                "needs params_total (a mixture-of-experts model has both)"))
    if not (math.isnan(total) or math.isnan(active)) and active > total:
        problems.append(Problem(shown, line, "params_active",
                                f"must be <= params_total ({row['params_total']}), "
                                f"got {row['params_active']}"))
    if row["open_weights"] not in OPEN_WEIGHTS_VALUES:
        problems.append(Problem(shown, line, "open_weights",
                                f"must be yes, no or empty, got {row['open_weights']!r}"))
    if row["release"] and not RELEASE_RE.match(row["release"]):
        problems.append(Problem(shown, line, "release",
                                f"must be YYYY-MM or empty, got {row['release']!r}"))
    if row["release"] and not row["release_source"]:
        problems.append(Problem(shown, line, "release_source",
                                "must cite where the release month comes from"))
    if not row["release"] and not row["release_source"].startswith(UNKNOWN_RELEASE):
        problems.append(Problem(shown, line, "release_source", "must say why the release is "
                                f"unknown ('{UNKNOWN_RELEASE} <why>'), got "
                                f"{row['release_source']!r}"))


def _check_names(rows: list[tuple[int, dict[str, str]]], shown: str,
                 problems: list[Problem]) -> None:
    """model_id present and unique; no name (exact or normalised) claimed by two models."""
    first_line: dict[str, int] = {}
    owner: dict[str, tuple[str, int, str]] = {}  # normalised name -> (model_id, line, spelling)
    for line, row in rows:
        mid = row["model_id"]
        if not mid:
            problems.append(Problem(shown, line, "model_id", "must not be empty"))
            continue
        if mid in first_line:
            problems.append(Problem(shown, line, "model_id", f"{mid!r} must be unique, "
                                                             f"already on line {first_line[mid]}"))
            continue
        first_line[mid] = line
        for column, names in (("model_id", [mid]), ("aliases", split_aliases(row["aliases"]))):
            for name in names:
                key = normalise_name(name)
                if not key:
                    problems.append(Problem(shown, line, column,
                                            f"{name!r} has no letters or digits"))
                    continue
                other = owner.get(key)
                if other is not None and other[0] != mid:
                    problems.append(Problem(
                        shown, line, column,
                        f"name {name!r} (normalised {key!r}) is claimed by two models: "
                        f"{other[0]!r} (line {other[1]}, as {other[2]!r}) and {mid!r}"))
                elif other is None:
                    owner[key] = (mid, line, name)


def _check_lineage(rows: list[tuple[int, dict[str, str]]], shown: str,
                   problems: list[Problem]) -> None:
    """base_model names an existing model_id; base_model chains have no cycle."""
    line_of = {row["model_id"]: line for line, row in rows if row["model_id"]}
    base_of = {row["model_id"]: row["base_model"] for _, row in rows if row["model_id"]}
    for line, row in rows:
        base = row["base_model"]
        if base and base not in line_of:
            problems.append(Problem(shown, line, "base_model",
                                    f"must be a model_id of the registry, got {base!r}"))
    reported: set[str] = set()
    for start in base_of:
        chain = [start]
        while base_of.get(chain[-1]) in line_of and base_of[chain[-1]] not in chain:
            chain.append(base_of[chain[-1]])
        nxt = base_of.get(chain[-1])
        if nxt in chain and not reported.intersection(chain[chain.index(nxt):]):
            cycle = chain[chain.index(nxt):]
            reported.update(cycle)
            first = min(cycle, key=line_of.__getitem__)
            i = cycle.index(first)
            loop = cycle[i:] + cycle[:i] + [first]
            problems.append(Problem(shown, line_of[first], "base_model",
                                    "chain must not form a cycle: " + " -> ".join(loop)))


def load_registry(path: Path | str = MODELS_PATH, *, complete: bool = False) -> pd.DataFrame:
    """Read and validate the registry; raise ValidationError listing every problem found.

    Returns one row per model with the file's columns (numbers as float, NaN when empty,
    text as str, "" when empty) and `line`, the file line of the row. `complete` accepts a
    registry with only REQUIRED_COLUMNS (the others are filled empty).
    """
    path = Path(path)
    shown = display_path(path)
    if not path.is_file():
        raise ValidationError([Problem(shown, None, None, "registry file not found")])
    rows, problems = _read_rows(path, shown, complete=complete)
    for line, row in rows:
        _check_row(line, row, shown, problems)
    _check_names(rows, shown, problems)
    _check_lineage(rows, shown, problems)
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: (p.line or 0)))
    frame = pd.DataFrame([row for _, row in rows], columns=COLUMNS)
    for column in NUMERIC_COLUMNS:
        frame[column] = pd.to_numeric(frame[column].replace("", np.nan)).astype(float)
    frame["line"] = [line for line, _ in rows]
    frame.attrs["path"] = shown
    log.debug("registry %s: %d models", shown, len(frame))
    return frame


# ----------------------------------------------------------------------------- facts


def model_facts(registry: pd.DataFrame, *, basis: str = "total") -> pd.DataFrame:
    """Per model_id: params on the chosen basis, tokens (own or inherited) and their sources.

    basis="active" uses params_active for mixture-of-experts models and falls back to
    params_total for dense ones. A model without its own pretrain_tokens inherits them from
    the first model up its base_model chain that states them; tokens_inherited_from names
    that model ("" when the tokens are the model's own or when none are known).
    """
    if basis not in BASES:
        raise ValueError(f"basis must be one of {BASES}, got {basis!r}")
    by_id = registry.set_index("model_id")
    rows = []
    for mid, rec in by_id.iterrows():
        params = rec["params_total"]
        if basis == "active" and not math.isnan(rec["params_active"]):
            params = rec["params_active"]
        holder, seen = mid, {mid}
        while math.isnan(by_id.at[holder, "pretrain_tokens"]):
            base = by_id.at[holder, "base_model"]
            if not base or base not in by_id.index or base in seen:
                holder = ""
                break
            holder = base
            seen.add(base)
        rows.append({
            "model_id": mid, "family": rec["family"], "params": params,
            "params_total": rec["params_total"], "params_active": rec["params_active"],
            "tokens": by_id.at[holder, "pretrain_tokens"] if holder else math.nan,
            "tokens_inherited_from": holder if holder and holder != mid else "",
            "params_source": rec["params_source"],
            "tokens_source": by_id.at[holder, "tokens_source"] if holder else "",
            "release": rec["release"], "release_source": rec["release_source"],
        })
    return pd.DataFrame(rows)


ATTACHED_COLUMNS = [
    "model_id", "match", "params", "params_origin", "params_from_name", "tokens",
    "tokens_inherited_from", "params_source", "tokens_source", "family", "suggestions",
]


def attach_registry(claims: pd.DataFrame, registry: pd.DataFrame, *, basis: str = "total",
                    source: str = "claims") -> pd.DataFrame:
    """The claims with model_id resolved and registry facts attached (same rows, same order).

    A non-empty pre-filled `model_id` (a curator's decision) wins over name resolution
    (match "given") and must exist in the registry. params_origin says where params come
    from: "registry", "name" (size parsed from the name of a model the registry does not
    list) or "missing". A listed model whose registry params are empty stays "missing": the
    curator left them empty on purpose (e.g. an ambiguous "Qwen-32B").
    """
    if "model" not in claims.columns:
        raise ValidationError([Problem(source, None, "model", "column is required")])
    out = claims.copy()
    resolved = resolve_models(out["model"], registry)
    given = (out["model_id"].fillna("").astype(str).str.strip() if "model_id" in out.columns
             else pd.Series("", index=out.index))
    known = set(registry["model_id"])
    bad = [Problem(source, None, "model_id", f"row {idx}: {mid!r} is not a model_id of the "
                                             f"registry") for idx, mid in given.items()
           if mid and mid not in known]
    if bad:
        raise ValidationError(bad)
    has_given = given != ""
    resolved.loc[has_given, "model_id"] = given[has_given]
    resolved.loc[has_given, "match"] = "given"
    resolved.loc[has_given, ["params_from_name"]] = math.nan
    resolved.loc[has_given, "suggestions"] = ""
    facts = model_facts(registry, basis=basis).set_index("model_id")
    joined = facts.reindex(resolved["model_id"].where(resolved["model_id"] != ""))
    joined.index = out.index
    from_name = resolved["model_id"].eq("") & resolved["params_from_name"].notna()
    params = joined["params"].where(joined["params"].notna(), resolved["params_from_name"])
    origin = np.where(joined["params"].notna(), "registry", np.where(from_name, "name",
                                                                      "missing"))
    params_source = joined["params_source"].fillna("").astype(str)
    params_source[from_name] = NAME_SOURCE
    for column, values in {
        "model_id": resolved["model_id"], "match": resolved["match"], "params": params,
        "params_origin": origin, "params_from_name": resolved["params_from_name"],
        "tokens": joined["tokens"], "tokens_inherited_from":
            joined["tokens_inherited_from"].fillna(""), "params_source": params_source,
        "tokens_source": joined["tokens_source"].fillna(""),
        "family": joined["family"].fillna(""), "suggestions": resolved["suggestions"],
    }.items():
        out[column] = values
    return out


def coverage(claims_with_registry: pd.DataFrame) -> dict:
    """How much of the claims the registry covers, and what a curator should add next.

    Keys: n_claims, with_model_id, with_params, params_from_registry, params_from_name,
    with_tokens, tokens_inherited, by_match (counts per match kind), unresolved (DataFrame:
    model, n_claims, match, params_from_name, suggestions; most frequent first), and
    models_missing_params / models_missing_tokens (DataFrame: model_id, n_claims).
    """
    c = claims_with_registry
    has_id = c["model_id"].fillna("") != ""
    names = c.loc[~has_id & (c["match"] != "empty")]
    unresolved = (names.groupby("model", sort=False)
                  .agg(n_claims=("model", "size"), match=("match", "first"),
                       params_from_name=("params_from_name", "first"),
                       suggestions=("suggestions", "first"))
                  .reset_index().sort_values(["n_claims", "model"], ascending=[False, True])
                  .reset_index(drop=True))

    def _models_missing(column: str) -> pd.DataFrame:
        missing = c.loc[has_id & c[column].isna(), "model_id"].value_counts()
        return (missing.rename_axis("model_id").reset_index(name="n_claims")
                .sort_values(["n_claims", "model_id"], ascending=[False, True])
                .reset_index(drop=True))

    return {
        "n_claims": int(len(c)),
        "with_model_id": int(has_id.sum()),
        "with_params": int(c["params"].notna().sum()),
        "params_from_registry": int((c["params_origin"] == "registry").sum()),
        "params_from_name": int((c["params_origin"] == "name").sum()),
        "with_tokens": int(c["tokens"].notna().sum()),
        "tokens_inherited": int((c["tokens_inherited_from"].fillna("") != "").sum()),
        "by_match": {k: int(v) for k, v in c["match"].value_counts().items()},
        "unresolved": unresolved,
        "models_missing_params": _models_missing("params"),
        "models_missing_tokens": _models_missing("tokens"),
    }
