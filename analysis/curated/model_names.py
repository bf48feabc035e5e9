"""Model names: their comparison key, sizes written in names, resolution against the registry."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

ALIAS_SEP = ";"

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
