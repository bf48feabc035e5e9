"""Effect sizes of benchmark claims: observed scores and their binomial sampling variances."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

# A claim whose benchmark size is unknown gets this many items. 30 is the size of the smallest
# benchmark in common use (AIME), so the variance it implies is as large as any real one:
# the fallback can only make such a claim count less, never more.
FALLBACK_N_ITEMS = 30
SCORE_SCALE = 100.0  # scores are percentages (points on 0-100)


def binomial_vi(score: np.ndarray | pd.Series, n_items: np.ndarray | pd.Series) -> np.ndarray:
    """Sampling variance (points²) of a percentage score on `n_items` independent items.

    v = 100² · p(1 − p) / n with p = score/100, taken from the observed score. At 0 and 100 the
    plug-in variance would be 0 (an infinitely precise claim), so p is clipped to
    [0.5/n, 1 − 0.5/n]: half an item of continuity correction.
    """
    y = np.asarray(score, dtype=float)
    n = np.asarray(n_items, dtype=float)
    if np.any(n[np.isfinite(n)] < 1):
        raise ValueError("n_items must be >= 1")
    if np.any((y[np.isfinite(y)] < 0) | (y[np.isfinite(y)] > SCORE_SCALE)):
        raise ValueError("scores must lie within 0-100")
    p = np.clip(y / SCORE_SCALE, 0.5 / n, 1.0 - 0.5 / n)
    return SCORE_SCALE**2 * p * (1.0 - p) / n


def score_effects(data: pd.DataFrame, *, score: str = "score", n_items: str = "n_items",
                  fallback_n: int = FALLBACK_N_ITEMS) -> pd.DataFrame:
    """A copy of `data` with yi (the score), vi (binomial variance) and a vi_fallback flag.

    A row with a missing item count is never dropped: it gets `fallback_n` items (a
    conservative, i.e. large, variance) and vi_fallback = True so every table can show it.
    """
    out = data.copy()
    n = pd.to_numeric(out[n_items], errors="coerce")
    missing = n.isna()
    if missing.any():
        log.warning("%d row(s) lack %s: using %d items and flagging vi_fallback",
                    int(missing.sum()), n_items, fallback_n)
    out["vi_fallback"] = missing.to_numpy()
    out["yi"] = pd.to_numeric(out[score], errors="coerce")
    out["vi"] = binomial_vi(out["yi"].to_numpy(), n.fillna(fallback_n).to_numpy())
    return out


def difference_vi(v1: np.ndarray | float, v2: np.ndarray | float, *,
                  r: float) -> np.ndarray:
    """Variance of y1 − y2 for two scores on the same items with correlation r.

    v = v1 + v2 − 2 r sqrt(v1 v2). Scores of two models on one item set are positively
    correlated (shared easy and hard items), so a reported gain is more precise than two
    independent scores would suggest; r = 0 gives the independent-samples variance.
    """
    if not -1.0 <= r <= 1.0:
        raise ValueError(f"r must lie in [-1, 1], got {r}")
    a = np.asarray(v1, dtype=float)
    b = np.asarray(v2, dtype=float)
    return a + b - 2.0 * r * np.sqrt(a * b)
