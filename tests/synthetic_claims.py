"""Test helper: the observation table of synthetic claims and registry (no files involved)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.registry import attach_registry
from analysis.stats.observations import observation_table
from analysis.vocab import METHOD_COLUMNS


def observations(claims: pd.DataFrame, registry: pd.DataFrame, *,
                 tag: str | None = None) -> pd.DataFrame:
    """observation_table for simulated claims: registry ids resolved; no recipe tags, or `tag`
    (a METHOD_COLUMNS name) on every paper whose models are proposed (the strong recipe)."""
    registry = registry.assign(params_total=registry["params_total"].astype(float),
                               params_active=np.nan, pretrain_tokens=np.nan)
    claims = claims.assign(model_id=attach_registry(claims, registry)["model_id"])
    papers = claims["paper_id"].unique()
    methods = pd.DataFrame({"paper_id": papers, **dict.fromkeys(METHOD_COLUMNS, False)})
    if tag is not None:
        strong = set(claims.loc[claims["role"] == "proposed", "paper_id"])
        methods[tag] = methods["paper_id"].isin(strong)
    return observation_table(claims, papers=pd.DataFrame({"paper_id": papers,
                                                          "published": pd.NaT}),
                             models=registry, benchmarks=load_benchmarks(), methods=methods)
