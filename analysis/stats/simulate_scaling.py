"""Synthetic claims and registry with a known, confounded scaling truth (for known-answer tests).

Truth for claim j of paper i, a model of family f with P parameters released in year t:
    θ = base + per_decade · log10(P / 1e9) + recipe_gain · [paper's recipe is strong]
        + per_year · (t − 2024) + u_i + w_ij,   u_i ~ N(0, σ_paper²), w_ij ~ N(0, σ_claim²)
Strong recipes and recent families concentrate on small models (the confounding of the real
literature), so a naive score-on-size regression is biased; each paper reports 2–4 sizes of
one family under one recipe. Observed scores are binomial on the benchmark's items.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

SIZES_B = (0.5, 1.5, 3.0, 7.0, 14.0, 32.0, 72.0)  # billions of parameters, a family's ladder
SMALL_SIZES = SIZES_B[:4]  # what strong-recipe papers train (0.5B to 7B)
LARGE_SIZES = SIZES_B[3:]  # what plain baselines report (7B to 72B)
FAMILY_RELEASES = ("2023-02", "2023-07", "2024-01", "2024-06", "2025-01", "2025-06")
ITEMS = {"GSM8K": 1319, "MATH-500": 500}  # the benchmarks' real item counts


@dataclass(frozen=True)
class ScalingTruth:
    """The generating values (points)."""

    base: float = 35.0  # score of a 1B model of a 2024 family without the recipe
    per_decade: float = 12.0  # within a family
    recipe_gain: float = 15.0  # a strong recipe (the paper's own, role proposed)
    per_year: float = 3.0  # newer families, at fixed size
    sigma_paper: float = 3.0
    sigma_claim: float = 2.0


def registry_table() -> pd.DataFrame:
    """Every family's ladder as registry rows (the columns of data/registry/models.csv)."""
    rows = []
    for f, release in enumerate(FAMILY_RELEASES):
        for size in SIZES_B:
            rows.append({"model_id": f"Fam{f}-{size:g}B", "aliases": "", "family": f"Fam{f}",
                         "developer": "synthetic", "base_model": "", "params_total": size * 1e9,
                         "params_active": "", "pretrain_tokens": "", "release": release,
                         "release_source": "synthetic", "open_weights": "yes",
                         "params_source": "synthetic", "tokens_source": "", "notes": ""})
    return pd.DataFrame(rows)


def _year(release: str) -> float:
    return int(release[:4]) + (int(release[5:7]) - 1) / 12.0


def _paper(rng: np.random.Generator, i: int, truth: ScalingTruth, benchmarks: tuple[str, ...],
           ) -> list[dict]:
    strong = bool(rng.random() < 0.5)
    # recent families and strong recipes go with small models: the confounding
    families = range(3, 6) if strong else range(0, 4)
    f = int(rng.choice(list(families)))
    ladder = SMALL_SIZES if strong else LARGE_SIZES
    sizes = rng.choice(ladder, size=int(rng.integers(2, 5)), replace=False)
    benchmark = str(rng.choice(benchmarks))
    u = rng.normal(0.0, truth.sigma_paper)
    rows = []
    for j, size in enumerate(sorted(sizes)):
        theta = (truth.base + truth.per_decade * np.log10(size) + truth.recipe_gain * strong
                 + truth.per_year * (_year(FAMILY_RELEASES[f]) - 2024.0) + u
                 + rng.normal(0.0, truth.sigma_claim))
        n = ITEMS[benchmark]
        score = 100.0 * rng.binomial(n, np.clip(theta, 0.0, 100.0) / 100.0) / n
        model = f"Fam{f}-{size:g}B"
        quote = f"{model} reaches {score:.1f}% on {benchmark}."
        rows.append({"claim_id": f"s{i:03d}{j}", "paper_id": f"p{i:010x}",
                     "title": f"Synthetic paper {i}", "model": model, "model_id": "",
                     "benchmark": benchmark, "benchmark_raw": benchmark, "metric": "accuracy",
                     "kind": "absolute", "value": round(score, 2), "value_low": "",
                     "value_high": "", "role": "proposed" if strong else "baseline",
                     "quote": quote, "start": 0, "end": len(quote), "rule": "synthetic",
                     "uncertain": False, "uncertain_reason": ""})
    return rows


DEFAULT_TRUTH = ScalingTruth()


def simulate_scaling_claims(rng: np.random.Generator, *, truth: ScalingTruth = DEFAULT_TRUTH,
                            n_papers: int = 30,
                            benchmarks: tuple[str, ...] = ("GSM8K",)) -> tuple[pd.DataFrame,
                                                                                 pd.DataFrame]:
    """(claims, registry) tables with the documented columns, drawn from `truth`."""
    claims = [row for i in range(n_papers) for row in _paper(rng, i, truth, benchmarks)]
    return pd.DataFrame(claims), registry_table()
