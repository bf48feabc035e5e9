"""Tests of analysis/dev/screen_study.py: features, the fit on known answers, the table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.dev.screen_study import (
    claim_features,
    design_matrix,
    fit_logistic,
    leave_one_set_out,
    screen_table,
)


def test_claim_features_read_the_words_around_the_number_and_the_rules():
    abstract = "Intro. It solves 41.7% of FreshOlymp problems. Done."
    start = abstract.index("It")
    claim = pd.Series({"start": start, "end": abstract.index(" Done"),
                       "value_start": abstract.index("41.7"), "rule": "score/after/subject",
                       "uncertain": True, "uncertain_reason": "benchmark-inferred",
                       "model": np.nan, "value_qualifier": np.nan})
    features = claim_features(abstract, claim)
    assert {"before1:solves", "before2:it", "after0:%", "after1:of", "right:fresholymp",
            "rule:after", "uncertain:True", "no-model:True"} <= set(features)
    assert not any(f.endswith(":intro") or f.endswith(":done") for f in features)  # own sentence
    assert not any("41" in f for f in features)  # the number itself is not read


def test_fit_ranks_a_known_signal_and_leaves_noise_near_zero():
    rng = np.random.default_rng(7)
    n = 400
    good = rng.random(n) < 0.5
    noise = rng.random(n) < 0.5
    # right claims carry "good" 90% of the time, wrong ones 10%; "noise" says nothing
    has_good = np.where(good, rng.random(n) < 0.9, rng.random(n) < 0.1)
    features = [[*(["good"] if g else []), *(["noise"] if z else []), "always"]
                for g, z in zip(has_good, noise, strict=True)]
    x = design_matrix(features)
    weights, _ = fit_logistic(x, good.astype(float))
    columns = {name: i for i, name in enumerate(dict.fromkeys(
        name for row in features for name in dict.fromkeys(row)))}
    assert x.shape == (n, 3)
    assert weights[columns["good"]] > 1.0
    assert abs(weights[columns["noise"]]) < 0.5


def test_leave_one_set_out_scores_each_set_with_the_others_only():
    rng = np.random.default_rng(11)
    rows = []
    for name in ("a", "b", "c"):
        for _ in range(60):
            correct = bool(rng.random() < 0.8)
            rows.append({"set": name, "correct": correct,
                         "features": ["ok"] if correct else ["share-of-things"]})
    # a feature only set "c" has: a screen fitted without "c" cannot have learnt it
    rows.append({"set": "c", "correct": False, "features": ["only-in-c"]})
    frame = pd.DataFrame(rows)
    scores = leave_one_set_out(frame)
    right = frame["correct"].to_numpy()
    assert scores[right].min() > scores[~right][:-1].max()
    x = design_matrix(list(frame["features"]))
    in_ab = (frame["set"] != "c").to_numpy()
    _, intercept = fit_logistic(x[in_ab], right[in_ab].astype(float))
    assert scores[-1] == pytest.approx(intercept)  # its feature unseen: the intercept alone


def test_screen_table_counts_what_each_threshold_drops():
    rows = pd.DataFrame({"correct": [True, True, False, True, False]})
    scores = np.array([2.0, 0.7, -0.8, -0.2, 0.3])
    table = screen_table(rows, scores, gold=4, thresholds=(-0.5, 0.5)).set_index("threshold")
    assert table.loc[-np.inf, "dropped"] == 0
    assert table.loc[-np.inf, "precision"] == pytest.approx(3 / 5)
    assert table.loc[-0.5, ["dropped", "dropped_wrong"]].tolist() == [1, 1]
    assert table.loc[0.5, ["dropped", "dropped_wrong"]].tolist() == [3, 2]
    assert table.loc[0.5, "precision"] == pytest.approx(1.0)
    assert table.loc[0.5, "recall"] == pytest.approx(2 / 4)
