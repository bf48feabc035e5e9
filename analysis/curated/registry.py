"""The curated model registry: validation, name normalisation, resolution and per-model facts."""

from __future__ import annotations

import difflib
import logging
import math
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.config import MODELS_PATH
from analysis.curated.benchmarks import read_curated_rows  # UTF-8 with or without BOM
from analysis.errors import Problem, ValidationError, display_path
from analysis.vocab import BASES, MATCH_KINDS  # noqa: F401  (MATCH_KINDS: public)

log = logging.getLogger(__name__)

COLUMNS = [
    "model_id", "aliases", "family", "developer", "base_model", "params_total", "params_active",
    "pretrain_tokens", "release", "open_weights", "params_source", "tokens_source", "notes",
]
NUMERIC_COLUMNS = ["params_total", "params_active", "pretrain_tokens"]  # parameters / tokens
ALIAS_SEP = ";"
OPEN_WEIGHTS_VALUES = {"yes", "no", ""}
RELEASE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
NAME_SOURCE = "from model name"  # params_source of a size parsed from an unlisted model's name

# Multipliers of the size suffixes used in model names ("950M", "1.5B", "1T").
SIZE_UNITS = {"m": 1e6, "b": 1e9, "t": 1e12}
# A size is a number + M/B/T standing alone between separators: "Qwen2.5-7B" gives 7B (the "2.5"
# is a version), "Qwen3-30B-A3B" gives 30B (the active "A3B" is glued to a letter), and a
# context length such as "16k" is never read as a size.
_SIZE_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*([mbt])(?![a-z0-9])", re.IGNORECASE)
# Mixture-of-experts names "8x7B": experts x expert size, a nominal upper bound on the total.
_MOE_SIZE_RE = re.compile(r"(?<![\w.])(\d+)\s*[x×]\s*(\d+(?:\.\d+)?)\s*([mbt])(?![a-z0-9])",
                          re.IGNORECASE)
_NON_NAME_CHARS = re.compile(r"[^\w.]+")  # everything but letters, digits and dots separates
_LOOSE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")  # a dot not between two digits separates too

# difflib ratio above which a registry name is offered as a suggestion (never joined).
SUGGEST_CUTOFF = 0.75
SUGGEST_N = 3


def normalise_name(text: object) -> str:
    """The comparison key of a model name: equal keys mean the same spelling of one model.

    Rules: Unicode NFKC and case-folding; every character other than a letter, digit or
    version dot separates ("-", "_", " ", "/", ":", "(", "$", "^"...); a dot separates unless
    it sits between two digits. The pieces are then joined without a separator, EXCEPT that two
    numbers meeting at a separator keep one space, so "Llama-3-8B" -> "llama3 8b" differs from
    "Llama-38B" -> "llama38b", and "Qwen2.5-7B" -> "qwen2.5 7b", "Qwen2-5-7B" -> "qwen2 5 7b"
    and "Qwen25-7B" -> "qwen25 7b" are three different names (a version dot is significant).
    Hence "Llama2-70b" == "Llama-2-70B" == "llama 2 70B" -> "llama2 70b".
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    s = unicodedata.normalize("NFKC", str(text)).casefold().replace("_", " ")
    s = _LOOSE_DOT.sub(" ", _NON_NAME_CHARS.sub(" ", s))
    out = ""
    for piece in s.split():
        if out and out[-1].isdigit() and piece[0].isdigit():
            out += " "
        out += piece
    return out


def parse_size_from_name(text: object) -> float:
    """Parameters implied by a size written in a model name ("950M", "1.5B", "8x7B"), else NaN.

    Only used for models the registry does not list, and always flagged as coming from the name.
    Several different sizes in one name (e.g. "Qwen2.5 7B-32B") are ambiguous and give NaN.
    "8x7B" gives 8 * 7e9, a nominal upper bound (experts share attention and embeddings).
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return math.nan
    s = unicodedata.normalize("NFKC", str(text))
    sizes = {int(n) * float(v) * SIZE_UNITS[u.lower()] for n, v, u in _MOE_SIZE_RE.findall(s)}
    rest = _MOE_SIZE_RE.sub(" ", s)
    sizes |= {float(v) * SIZE_UNITS[u.lower()] for v, u in _SIZE_RE.findall(rest)}
    return sizes.pop() if len(sizes) == 1 else math.nan


def split_aliases(value: object) -> list[str]:
    """The aliases of one registry cell, stripped, empty entries dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [a.strip() for a in str(value).split(ALIAS_SEP) if a.strip()]


# ----------------------------------------------------------------------------- loading


def _read_rows(path: Path, shown: str) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    """Rows of the CSV with the file line each starts on; header and shape problems."""
    return read_curated_rows(path, shown, COLUMNS)


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


def load_registry(path: Path | str = MODELS_PATH) -> pd.DataFrame:
    """Read and validate the registry; raise ValidationError listing every problem found.

    Returns one row per model with the file's columns (numbers as float, NaN when empty,
    text as str, "" when empty) and `line`, the file line of the row.
    """
    path = Path(path)
    shown = display_path(path)
    if not path.is_file():
        raise ValidationError([Problem(shown, None, None, "registry file not found")])
    rows, problems = _read_rows(path, shown)
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


# ----------------------------------------------------------------------------- resolution


class _NameIndex:
    """Lookup tables of one registry: exact spellings and normalised keys -> model_id."""

    def __init__(self, registry: pd.DataFrame):
        self.exact: dict[str, str] = {}
        self.normalised: dict[str, str] = {}
        for mid, aliases in zip(registry["model_id"], registry["aliases"], strict=True):
            for name in [mid, *split_aliases(aliases)]:
                self.exact.setdefault(name, mid)
                self.normalised.setdefault(normalise_name(name), mid)
        self.keys = list(self.normalised)

    def suggest(self, key: str, *, n: int, cutoff: float) -> str:
        """Up to n registry model_ids whose names are close to `key` ("; "-joined)."""
        found: list[str] = []
        for close in difflib.get_close_matches(key, self.keys, n=4 * n, cutoff=cutoff):
            mid = self.normalised[close]
            if mid not in found:
                found.append(mid)
        return "; ".join(found[:n])


def _resolve_one(name: object, index: _NameIndex, *, n: int, cutoff: float) -> dict:
    """model_id, match kind, size from name and suggestions of one written name."""
    row = {"model_id": "", "match": "empty", "params_from_name": math.nan, "suggestions": ""}
    text = "" if name is None or (isinstance(name, float) and math.isnan(name)) else str(name)
    text = text.strip()
    key = normalise_name(text)
    if not key:
        return row
    if text in index.exact:
        return {**row, "model_id": index.exact[text], "match": "alias"}
    if key in index.normalised:
        return {**row, "model_id": index.normalised[key], "match": "normalised"}
    size = parse_size_from_name(text)
    return {**row, "match": "unresolved" if math.isnan(size) else "name-size",
            "params_from_name": size, "suggestions": index.suggest(key, n=n, cutoff=cutoff)}


def resolve_models(names: pd.Series | Iterable[object], registry: pd.DataFrame, *,
                   n_suggestions: int = SUGGEST_N,
                   cutoff: float = SUGGEST_CUTOFF) -> pd.DataFrame:
    """Resolve written model names against the registry, one output row per input name.

    Columns: model_id ("" unless an exact spelling or a normalised name matches), match
    (alias | normalised | name-size | unresolved | empty), params_from_name (only for names
    the registry does not list and whose name states a size), suggestions (close registry
    model_ids for names not resolved: for a curator to review, never joined).
    """
    names = names if isinstance(names, pd.Series) else pd.Series(list(names), dtype=object)
    index = _NameIndex(registry)
    cache: dict[object, dict] = {}
    out = []
    for name in names:
        cache_key = name if isinstance(name, str) else repr(name)
        if cache_key not in cache:
            cache[cache_key] = _resolve_one(name, index, n=n_suggestions, cutoff=cutoff)
        out.append(cache[cache_key])
    frame = pd.DataFrame(out, index=names.index,
                         columns=["model_id", "match", "params_from_name", "suggestions"])
    frame["params_from_name"] = frame["params_from_name"].astype(float)
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
