"""Model frames: rows used, dropped-row counts, the moderator design matrix and random factors."""

from __future__ import annotations

import keyword
import logging
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import patsy

from analysis.stats.meta.errors import InsufficientDataError, MetaSpecError, SingularDesignError
from analysis.vocab import META_METHODS, META_TESTS

log = logging.getLogger(__name__)

METHODS = META_METHODS
TESTS = META_TESTS
RANK_RTOL = 1e-10  # singular values below this fraction of the largest count as zero


@dataclass(frozen=True)
class Design:
    """Everything a fit needs, as arrays, plus where each row came from."""

    y: np.ndarray
    v: np.ndarray
    X: np.ndarray
    names: tuple[str, ...]  # one per column of X; the intercept is "Intercept"
    rows: pd.Index  # index labels (into the input frame) of the rows used, in order
    random: tuple[str, ...]  # random-factor column names, outermost first
    levels: tuple[np.ndarray, ...]  # integer group codes per component (B is coded within A)
    cluster: np.ndarray | None  # integer cluster codes for robust inference
    formula: str
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> rows dropped
    design_info: object = None  # patsy DesignInfo, to build X for new data in predict()

    @property
    def k(self) -> int:
        return int(self.y.size)

    @property
    def p(self) -> int:
        return int(self.X.shape[1])


def parse_random(spec: str | None) -> tuple[str, ...]:
    """'A' -> ('A',); 'A/B' -> ('A', 'B') (B nested in A); None or '' -> ()."""
    if spec is None or not str(spec).strip():
        return ()
    text = str(spec).strip()
    if text.startswith("~"):  # accept metafor's '~ 1 | A/B' spelling too
        text = text.lstrip("~").strip()
        if text.startswith("1") and "|" in text:
            text = text.split("|", 1)[1]
    parts = tuple(p.strip() for p in text.split("/"))
    if len(parts) > 2 or any(not p for p in parts):
        raise MetaSpecError(f"random must be 'A' or 'A/B' (B nested within A), got {spec!r}")
    if len(set(parts)) != len(parts):
        raise MetaSpecError(f"random names the same column twice: {spec!r}")
    return parts


def quote_columns(rhs: str, columns: list[str]) -> str:
    """Wrap column names that are not Python identifiers (e.g. 'log10.params') in patsy's Q().

    patsy reads a formula as Python, so a dotted name would be an attribute access; quoting
    lets a CSV's own column names be written as they are.
    """
    odd = [c for c in columns if not (c.isidentifier() and not keyword.iskeyword(c))]
    for name in sorted(odd, key=len, reverse=True):
        pattern = rf"(?<![\w.\"']){re.escape(name)}(?![\w.\"'])"
        rhs = re.sub(pattern, lambda _m, n=name: f'Q("{n}")', rhs)
    return rhs


def _term_name(raw: str) -> str:
    if raw == "Intercept":
        return raw
    return re.sub(r'Q\("([^"]*)"\)', r"\1", raw)


def _formula_variables(rhs: str, data: pd.DataFrame) -> list[str]:
    """Data columns a right-hand side uses (so rows missing them can be counted)."""
    try:
        desc = patsy.ModelDesc.from_formula(rhs)
    except patsy.PatsyError as exc:
        raise MetaSpecError(f"cannot parse mods formula {rhs!r}: {exc}") from exc
    names: set[str] = set()
    for term in desc.rhs_termlist:
        for factor in term.factors:
            code = factor.code
            names.update(c for c in data.columns
                         if re.search(rf'(?<![\w.]){re.escape(c)}(?![\w.])', code)
                         or f'Q("{c}")' in code)
    return sorted(names)


def _missing_rows(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    if not columns:
        return pd.Series(False, index=frame.index)
    part = frame[columns]
    missing = part.isna().any(axis=1)
    for column in part.select_dtypes(include="object").columns:  # blank strings are missing
        missing |= part[column].astype(str).str.strip().eq("")
    return missing


def _drop(frame: pd.DataFrame, mask: pd.Series, reason: str, dropped: dict) -> pd.DataFrame:
    n = int(mask.sum())
    if n:
        dropped[reason] = dropped.get(reason, 0) + n
        log.info("dropped %d row(s): %s", n, reason)
    return frame[~mask]


def check_columns(data: pd.DataFrame, needed: list[str]) -> None:
    unknown = [c for c in needed if c not in data.columns]
    if unknown:
        raise MetaSpecError(f"unknown column(s) {unknown}; the data has {list(data.columns)}")


def _frame_rows(data, *, yi, vi, rhs, random, cluster) -> tuple[pd.DataFrame, dict]:
    """The complete-case rows, with counts of every row dropped and why."""
    dropped: dict[str, int] = {}
    frame = data.copy()
    frame[yi] = pd.to_numeric(frame[yi], errors="coerce")
    frame[vi] = pd.to_numeric(frame[vi], errors="coerce")
    frame = _drop(frame, frame[yi].isna(), f"missing {yi}", dropped)
    frame = _drop(frame, frame[vi].isna(), f"missing {vi}", dropped)
    grouping = list(random) + ([cluster] if cluster and cluster not in random else [])
    for col in grouping:
        frame = _drop(frame, _missing_rows(frame, [col]), f"missing {col}", dropped)
    variables = _formula_variables(rhs, frame)
    frame = _drop(frame, _missing_rows(frame, variables), "missing moderator "
                  + ", ".join(variables), dropped)
    # v = 0 would be an infinitely precise claim (infinite weight; metafor's FE stops with
    # "division by zero" too), so every method needs v > 0
    bad = frame[vi] <= 0
    if bad.any():
        first = bad[bad].index[0]
        rule = "> 0"
        value = float(frame.loc[first, vi])
        raise MetaSpecError(f"{vi} must be {rule}: row {first} has {value:g}"
                            f" ({int(bad.sum())} such row(s))")
    return frame, dropped


def collinear_terms(X: np.ndarray, names: tuple[str, ...]) -> list[str]:
    """Names of the columns taking part in an exact linear dependence (empty if full rank)."""
    scale = np.linalg.norm(X, axis=0)
    Xs = X / np.where(scale > 0, scale, 1.0)
    _, s, vt = np.linalg.svd(Xs, full_matrices=True)
    tol = RANK_RTOL * max(s.max(initial=0.0), 1.0) * max(X.shape)
    rank = int((s > tol).sum())
    if rank == X.shape[1]:
        return []
    null = vt[rank:]
    involved = np.abs(null).max(axis=0) > 1e-8
    return [n for n, hit in zip(names, involved, strict=True) if hit]


def _codes(frame: pd.DataFrame, random: tuple[str, ...]) -> tuple[np.ndarray, ...]:
    keys = [frame[c].astype(str).to_numpy() for c in random]
    out = []
    for depth in range(1, len(random) + 1):
        joined = pd.Series(["\x1f".join(t) for t in zip(*keys[:depth], strict=True)])
        out.append(pd.factorize(joined)[0])
    return tuple(out)


def build_design(data: pd.DataFrame, *, yi: str, vi: str, mods: str | None = None,
                 random: tuple[str, ...] = (), cluster: str | None = None,
                 method: str = "REML") -> Design:
    """The model frame of a fit: complete rows, X from the patsy formula, group codes."""
    check_columns(data, [yi, vi, *random] + ([cluster] if cluster else []))
    rhs = quote_columns(mods.strip(), list(data.columns)) if mods and mods.strip() else "1"
    frame, dropped = _frame_rows(data, yi=yi, vi=vi, rhs=rhs, random=random,
                                 cluster=cluster)
    if frame.empty:
        raise InsufficientDataError(f"no complete rows left to fit (dropped: {dropped})")
    try:
        dm = patsy.dmatrix(rhs, frame, NA_action="raise", return_type="dataframe")
    except patsy.PatsyError as exc:
        raise MetaSpecError(f"cannot build the design of mods={mods!r}: {exc}") from exc
    names = tuple(_term_name(c) for c in dm.columns)
    X = dm.to_numpy(dtype=float)
    bad = collinear_terms(X, names)
    if bad:
        raise SingularDesignError(bad, f"{len(frame)} rows, {X.shape[1]} columns")
    k, p = X.shape
    if k <= p and method != "FE":
        raise InsufficientDataError(f"{k} rows for {p} coefficients: need more rows than "
                                    f"coefficients to estimate variance components")
    clus = pd.factorize(frame[cluster].astype(str))[0] if cluster else None
    return Design(y=frame[yi].to_numpy(float), v=frame[vi].to_numpy(float), X=X, names=names,
                  rows=frame.index, random=tuple(random), levels=_codes(frame, random),
                  cluster=clus, formula="~ " + (mods.strip() if mods else "1"),
                  dropped=dropped, design_info=dm.design_info)
