"""Tests of analysis/viz/gains_figures.py: the forest plot's rows and its layout at 60 gains."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from viz.test_figure_layout import outside

from analysis.stats.gain_models import gains_study
from analysis.viz.catalog import make_figure
from analysis.viz.gains_figures import LABEL_CHARS, forest_rows
from analysis.viz.theme import MIN_FONT_PT

RECIPES = ("RL", "distillation", "test-time scaling")
TABLES = {"snapshot": {"data_hash": "abcdef12", "date": "2026"}}


def gains(n: int, *, seed: int = 3, papers: int = 12) -> pd.DataFrame:
    """n gains, the recipes in turn, over `papers` papers (each paper one recipe)."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        paper = i % papers
        rows.append({"gain_id": f"g{i:03d}", "paper_id": f"p{paper:010d}",
                     "recipe": RECIPES[paper % len(RECIPES)], "domain": "math",
                     "scope": "named", "benchmark": "GSM8K", "model": f"Model-{i}-7B",
                     "x": 9.8, "gain": float(rng.normal(8, 5)), "vi": float(rng.uniform(1, 30)),
                     "params_origin": "registry", "uncertain": False, "unit_ambiguous": False,
                     "against": "own-baseline"})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def study():
    data = gains(24)
    lone = data["recipe"] == "test-time scaling"  # one paper: no pooled gain
    data = pd.concat([data[~lone], data[lone].head(1)], ignore_index=True)
    data.loc[data.index[0], "model"] = ""  # a gain whose model the abstract does not name
    data.loc[data.index[1], "model"] = "An-extremely-long-model-name-from-an-abstract-Instruct"
    return gains_study(data, recipes=RECIPES)


def test_rows_group_each_recipes_gains_sorted_and_end_with_its_pooled_row(study):
    rows = forest_rows(study)
    assert [r["recipe"] for r in rows] == sorted(
        (r["recipe"] for r in rows), key=list(study.recipes).index)  # grouped, in study order
    for recipe, judged in study.recipes.items():
        mine = [r for r in rows if r["recipe"] == recipe]
        estimates = [r["estimate"] for r in mine[:-1]]
        assert [r["kind"] for r in mine[:-1]] == ["gain"] * len(judged.fit.data)
        assert estimates == sorted(judged.fit.data["gain"], reverse=True)
        assert mine[-1]["kind"] == ("pooled" if judged.fit.result is not None else "refused")


def test_a_gains_weight_is_its_random_effects_share_within_its_recipe(study):
    rows = forest_rows(study)
    judged = study.recipes["RL"]
    mine = [r for r in rows if r["recipe"] == "RL" and r["kind"] == "gain"]
    tau2 = float(np.sum(judged.fit.result.sigma2))
    by_gain = judged.fit.data.set_index("gain")["vi"]
    raw = np.array([1.0 / (by_gain[r["estimate"]] + tau2) for r in mine])
    assert np.allclose([r["weight"] for r in mine], raw / raw.sum())
    assert sum(r["weight"] for r in mine) == pytest.approx(1.0)
    precise = min(mine, key=lambda r: r["high"] - r["low"])  # the narrowest interval
    assert precise["weight"] == max(r["weight"] for r in mine)
    alone = [r for r in rows if r["recipe"] == "test-time scaling" and r["kind"] == "gain"]
    assert [r["weight"] for r in alone] == [1.0]  # no fit: the only gain's share is all


def test_labels_name_model_benchmark_and_paper_and_pooled_rows_count(study):
    rows = forest_rows(study)
    gains_rows = [r for r in rows if r["kind"] == "gain"]
    assert all(len(r["label"]) <= LABEL_CHARS for r in rows if r["kind"] == "gain")
    assert "Model-9-7B · GSM8K · p0000000009" in [r["label"] for r in gains_rows]
    assert any(r["label"].startswith("(unnamed) · GSM8K · p") for r in gains_rows)
    cut = [r["label"] for r in gains_rows if r["label"].startswith("An-extremely")]
    assert len(cut) == 1 and cut[0].endswith("… · GSM8K · p0000000001")  # the name is cut
    pooled = {r["recipe"]: r["label"] for r in rows if r["kind"] != "gain"}
    rl = study.recipes["RL"].fit.data
    assert pooled["RL"] == (f"RL ({study.recipes['RL'].verdict}): {len(rl)} gains, "
                            f"{rl['paper_id'].nunique()} papers")
    assert pooled["test-time scaling"] == "test-time scaling (refused): 1 gain, 1 paper"


def test_sixty_gains_keep_every_text_inside_the_figure():
    study = gains_study(gains(60), recipes=RECIPES)
    assert len(study.rows) == 60
    fig, caption = make_figure("gains-forest", TABLES, result=study)
    try:
        rows, estimates = ([t for t in ax.get_yticklabels() if t.get_text()]
                           for ax in fig.axes)
        assert len(rows) == len(estimates) == 60 + len(RECIPES)  # each gain, each pooled gain
        assert min(t.get_fontsize() for t in rows + estimates) >= MIN_FONT_PT
        assert outside(fig) == [], "text outside the figure"
        assert "square" in caption and "diamond" in caption
    finally:
        plt.close(fig)
