"""Tests of analysis/stats/gains.py and gain_models.py: effect sizes and known recipe gains."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.reports.gains_view import (
    recipe_table,
    sensitivity_sentence,
    unconverted_selected,
    unconverted_sentence,
)
from analysis.stats.gain_models import (
    correlation_sensitivity,
    gains_study,
    other_correlation,
    recipe_gain,
    select_gains,
    slope_column,
)
from analysis.stats.gains import FALLBACK_ITEMS, gains_table, unconverted, with_correlation
from analysis.stats.meta.effects import binomial_vi, difference_vi

NAN = float("nan")


def claim(cid, kind, value, *, model="M-7B", role="proposed", rule="score/after/subject",
          start=0, value_start=0, reason="", benchmark="GSM8K", scope="named", against="",
          metric="accuracy"):
    return {"claim_id": cid, "paper_id": "p0000000001", "title": "T", "model": model,
            "model_key": model, "benchmark": benchmark, "domain": "math", "scope": scope,
            "metric": metric,
            "kind": kind, "value": value, "role": role, "rule": rule, "start": start,
            "value_start": value_start, "uncertain_reason": reason, "recipe": "RL",
            "recipes": "RL", "params": 7e9, "params_origin": "registry", "x": np.log10(7e9),
            "n_items": 1319.0, "quote": "q", "uncertain": False, "release_year": 2025.0,
            "delta_against": against}


@pytest.fixture
def obs() -> pd.DataFrame:
    return pd.DataFrame([
        claim("c1", "absolute", 40.0, role="baseline", rule="from-to/after/subject",
              start=10, value_start=20),
        claim("c2", "absolute", 55.0, rule="from-to/after/subject", start=10, value_start=30),
        claim("c3", "absolute", 70.0, model="Other-1B"),
        claim("c4", "delta", 5.0, model="Other-1B", rule="points/after/subject"),
        claim("c5", "delta", 3.0, model="Unseen-2B", rule="by/after/subject",
              reason="points-or-relative"),
        claim("c6", "relative", 25.0, model="Other-1B", rule="relative-word/after/subject"),
        claim("c7", "relative", 10.0, model="Nobody", rule="relative-word/after/subject"),
        claim("c8", "delta", 4.0, model="Base-1B", role="baseline", rule="signed/after/subject"),
        claim("c9", "delta", 2.0, model="Avg", rule="signed/average/subject",
              benchmark="AVERAGE", scope="aggregate"),
        claim("c10", "delta", 6.0, model="Other-1B", rule="margin/after/subject",
              against="other-model"),  # "outperforms GPT-4o by 6 points": a margin
    ]).assign(base_model="", base_model_id="")


def test_pairs_deltas_and_relative_changes_become_gains(obs):
    gains = gains_table(obs).set_index("claim_ids")
    pair = gains.loc["c1;c2"]
    assert (pair["source"], pair["gain"]) == ("pair", 15.0)
    assert pair["vi"] == pytest.approx(binomial_vi(40.0, 1319) + binomial_vi(55.0, 1319))
    stated = gains.loc["c4"]  # the model's own score (70) is stated: base = 70 - 5
    assert stated["base_score"] == 65.0 and not stated["unit_ambiguous"]
    assert stated["vi"] == pytest.approx(binomial_vi(65.0, 1319) + binomial_vi(70.0, 1319))
    unknown = gains.loc["c5"]  # no score stated: the largest variance, p = 0.5 on both sides
    assert np.isnan(unknown["base_score"]) and unknown["unit_ambiguous"]
    assert unknown["vi"] == pytest.approx(2 * binomial_vi(50.0, 1319))
    relative = gains.loc["c6"]  # +25% relative to a base of 56: 70 = 56 * 1.25
    assert relative["gain"] == pytest.approx(70.0 - 56.0)
    assert "c8" not in gains.index  # a baseline's change is not the paper's gain
    assert gains.loc["c9", "scope"] == "aggregate"
    assert unconverted(obs)["claim_id"].tolist() == ["c7"]
    assert gains.loc["c1;c2", "against"] == "own-baseline" and gains.loc["c4", "against"] == ""
    assert gains.loc["c10", "against"] == "other-model"


def test_a_gain_names_the_base_the_recipe_was_applied_to(obs):
    obs.loc[obs["claim_id"] == "c4", ["base_model", "base_model_id"]] = ["Qwen 2.5 7B",
                                                                          "Qwen2.5-7B"]
    obs.loc[obs["claim_id"] == "c6", "base_model"] = "Mystery-7B"  # named, not in the registry
    gains = gains_table(obs).set_index("claim_ids")
    assert gains.loc["c4", "base_model"] == "Qwen2.5-7B"
    assert gains.loc["c6", "base_model"] == "Mystery-7B" and gains.loc["c5", "base_model"] == ""


def test_a_margin_over_another_model_is_no_gain(obs):
    gains = gains_table(obs)
    rows, steps = select_gains(gains, recipes=("RL",))
    assert "g10" in set(gains["gain_id"]) and "g10" not in set(rows["gain_id"])
    assert "g4" in set(rows["gain_id"])
    log = steps.frame().set_index("step")
    margin = [step for step in log.index if "margin" in step]
    assert len(margin) == 1 and log.at[margin[0], "dropped"] == 1
    assert steps.dropped[list(log.index).index(margin[0])] == ["g10"]


def test_a_change_in_a_metric_where_lower_is_better_is_not_pooled(obs):
    # "cuts its word error rate from 9.1 to 6.3": a fall of 2.8 that is an improvement, and a
    # rise in an error that is a loss; neither may be pooled with gains in accuracy
    obs = pd.concat([obs, pd.DataFrame([
        claim("e1", "absolute", 9.1, role="baseline", rule="from-to/after/subject", start=50,
              value_start=60, metric="error"),
        claim("e2", "absolute", 6.3, rule="from-to/after/subject", start=50, value_start=70,
              metric="error"),
        claim("e3", "delta", 1.5, model="Other-1B", rule="points/after/subject", metric="error",
              start=80)]).assign(base_model="", base_model_id="")], ignore_index=True)
    gains = gains_table(obs).set_index("claim_ids")
    assert gains.loc["e1;e2", "metric"] == "error" and gains.loc["c4", "metric"] == "accuracy"
    rows, steps = select_gains(gains.reset_index(), recipes=("RL",))
    kept = set(rows["claim_ids"])
    assert {"c1;c2", "c4"} <= kept and not {"e1;e2", "e3"} & kept
    log = steps.frame()
    step = log.index[log["step"].str.startswith("a metric where higher is better")]
    assert len(step) == 1 and log.at[step[0], "dropped"] == 2


def test_gains_in_another_measure_are_pooled_only_when_asked_for(obs):
    # a Codeforces rating from 1200 to 1500 and an F1 gain are other outcomes than points of a
    # share: 300 "points" of rating would swamp every accuracy gain of the pool
    obs = pd.concat([obs, pd.DataFrame([
        claim("r1", "absolute", 1200.0, role="baseline", rule="from-to/after/subject", start=50,
              value_start=60, metric="rating", benchmark="Codeforces"),
        claim("r2", "absolute", 1500.0, rule="from-to/after/subject", start=50, value_start=70,
              metric="rating", benchmark="Codeforces"),
        claim("f1", "delta", 3.0, model="Other-1B", rule="points/after/subject", metric="f1",
              start=80)]).assign(base_model="", base_model_id="")], ignore_index=True)
    gains = gains_table(obs)
    rows, steps = select_gains(gains, recipes=("RL",))
    assert not {"r1;r2", "f1"} & set(rows["claim_ids"]) and "c1;c2" in set(rows["claim_ids"])
    log = steps.frame().set_index("step")
    assert log.at["metric in ['accuracy', 'pass@1', 'score']", "dropped"] == 1  # the F1 gain
    asked, _ = select_gains(gains, recipes=("RL",), metrics=("accuracy", "f1"))
    assert "f1" in set(asked["claim_ids"])
    # the rating pair is no gain at all (no binomial variance off 0-100), but it is shown
    assert "r1;r2" not in set(gains["claim_ids"])
    apart = unconverted(obs)
    assert unconverted_sentence(apart[apart["claim_id"] == "r2"]).endswith(
        "1 change between scores off the 0-100 scale (a rating or a count) has no binomial "
        "variance and is listed too, not pooled.")
    apart = apart.set_index("claim_id")
    assert apart.at["r2", "change"] == "1200 to 1500" and "0-100" in apart.at["r2", "reason"]
    assert apart.at["r2", "source"] == "pair" and apart.at["c7", "source"] == "relative"


def test_an_unknown_benchmark_size_uses_the_fallback_items(obs):
    obs.loc[obs["claim_id"] == "c4", "n_items"] = NAN
    row = gains_table(obs).set_index("claim_ids").loc["c4"]
    assert row["vi"] == pytest.approx(binomial_vi(65.0, FALLBACK_ITEMS)
                                      + binomial_vi(70.0, FALLBACK_ITEMS))
    assert f"{FALLBACK_ITEMS} items" in row["vi_rule"]


def test_correlation_shrinks_the_variance_as_stated(obs):
    gains = gains_table(obs)
    half = with_correlation(gains, 0.5)
    expected = gains["vi_before"] + gains["vi_after"] - np.sqrt(
        gains["vi_before"] * gains["vi_after"])
    assert np.allclose(half["vi"], expected) and (half["vi"] < gains["vi"]).all()
    assert half["vi_rule"].str.endswith("r = 0.5").all()


def sentence_claims(extra: list[dict]) -> pd.DataFrame:
    """ "... increases from 83.2% to 89.4%, an improvement of 6.2%": one sentence at 100."""
    return pd.DataFrame([
        claim("b", "absolute", 83.2, role="baseline", rule="from-to/before/model-before",
              start=100, value_start=110),
        claim("a", "absolute", 89.4, rule="from-to/before/pair", start=100, value_start=120),
        *extra,
    ]).assign(base_model="", base_model_id="")


def test_a_stated_change_repeating_its_sentences_pair_is_one_gain():
    obs = sentence_claims([
        claim("d", "delta", 6.2, rule="change=points/sentence/subject", start=100),
        claim("r", "relative", 7.45, rule="change=relative/sentence/subject", start=100),
        # the same sentence's other change ("and 4.5 over SFT"): a different gain
        claim("o", "delta", 4.5, rule="change=points/sentence/subject", start=100),
        # the same number on another benchmark is another gain
        claim("m", "delta", 6.2, rule="change=points/sentence/subject", start=100,
              benchmark="MATH-500"),
    ])
    gains = gains_table(obs).set_index("claim_ids")
    assert gains.loc["d", "restates"] == gains.loc["b;a", "gain_id"]
    assert gains.loc["r", "restates"] == gains.loc["b;a", "gain_id"]  # 89.4 / 83.2 = +7.45%
    assert gains.loc[["b;a", "o", "m"], "restates"].tolist() == ["", "", ""]
    rows, steps = select_gains(gains.reset_index(), recipes=("RL",))
    assert sorted(rows["claim_ids"]) == ["b;a", "m", "o"]  # the pair kept: both its scores
    log = steps.frame()
    once = log.index[log["step"].str.startswith("one gain per reported change")]
    assert len(once) == 1 and log.at[once[0], "dropped"] == 2
    assert sorted(steps.dropped[once[0]]) == sorted(gains.loc[["d", "r"], "gain_id"])


@pytest.mark.parametrize("value, same", [(6.3, True), (6.0, True), (6.5, False)])
def test_a_change_repeats_a_pair_only_within_the_numbers_rounding(value, same):
    # 83.2 and 89.4 may be 83.25 and 89.35 (6.1) or 83.15 and 89.45 (6.3); "6" may be 6.4
    obs = sentence_claims([claim("d", "delta", value, rule="signed/after/subject", start=100)])
    assert (gains_table(obs).set_index("claim_ids").at["d", "restates"] != "") is same


def test_a_change_in_a_carried_over_sentence_repeats_the_pair_it_belongs_to():
    obs = sentence_claims([claim("d", "delta", 6.2, rule="change=points/carried-over/subject",
                                 start=300)])
    assert gains_table(obs).set_index("claim_ids").at["d", "restates"] == ""  # not the same
    obs["pair_id"] = ["r1", "r1", "r1"]  # the extractor tied the change to the pair
    assert gains_table(obs).set_index("claim_ids").at["d", "restates"] != ""


def test_relative_changes_without_a_base_are_kept_apart_with_the_reason():
    obs = pd.DataFrame([
        claim("s", "absolute", 70.0, model="Other-1B"),
        claim("x", "relative", 1.25, model="Other-1B", rule="times/after/subject"),
        claim("n", "relative", 20.0, model="Nobody", rule="relative-word/after/subject"),
        claim("t", "relative", 1.6, model="Nobody", rule="times/after/subject",
              benchmark="AVERAGE", scope="aggregate", against="other-model"),
        claim("z", "relative", 9.0, model="Nobody", role="baseline"),  # not the paper's gain
    ]).assign(base_model="", base_model_id="")
    converted = gains_table(obs).set_index("claim_ids")
    assert converted.at["x", "gain"] == pytest.approx(70.0 - 56.0)  # "1.25x": 70 = 56 * 1.25
    apart = unconverted(obs).set_index("claim_id")
    assert apart.index.tolist() == ["n", "t"]
    assert apart.at["n", "change"] == "+20%" and apart.at["t", "change"] == "1.6×"
    assert apart.at["n", "reason"] == ("no score of Nobody on GSM8K is stated, so the +20% "
                                       "change has no base to convert to points")
    assert "margin over another model" in apart.at["t", "reason"]
    assert "aggregate" in apart.at["t", "reason"] and "aggregate" not in apart.at["n", "reason"]
    assert apart.at["n", "quote"] == "q"


def test_the_report_lists_the_kept_apart_changes_of_its_selection():
    obs = pd.DataFrame([
        claim("n", "relative", 20.0, model="Nobody"),
        claim("h", "relative", 30.0, model="Nobody", benchmark="HumanEval"),
    ]).assign(base_model="", base_model_id="")
    obs.loc[obs["claim_id"] == "h", "domain"] = "code"
    apart = unconverted(obs)
    study = gains_study(synthetic_gains(np.random.default_rng(1)), recipes=("RL",),
                        domains=("math",))
    selected = unconverted_selected(apart, study)
    assert selected["claim_id"].tolist() == ["n"]  # HumanEval is code: not in this selection
    assert unconverted_sentence(selected).startswith(
        "1 relative change of the papers' own models in this selection states no score")
    assert unconverted_sentence(apart).startswith("2 relative changes")
    study.options["benchmarks"] = ("MATH-500",)
    assert unconverted_selected(apart, study).empty


def test_a_recipe_from_one_paper_is_refused_in_plain_words(obs):
    refused = recipe_gain(select_gains(gains_table(obs), recipes=("RL",))[0], "RL")
    assert refused.verdict == "refused"
    assert refused.fit.refusal == "gains from 1 paper; a pooled gain needs 2"


TRUE_GAIN = {"RL": 10.0, "distillation": 5.0}
TRUE_SLOPE = {"RL": -4.0, "distillation": 0.0}  # points per decade of base-model size
SEEDS = range(300, 320)
MIN_COVERED = 16  # of 20 95% intervals; P(<= 15 | 95% coverage) = 0.003


def synthetic_gains(rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    for paper in range(24):
        recipe = "RL" if paper % 2 else "distillation"
        u = rng.normal(0, 3.0)
        for j in range(int(rng.integers(1, 4))):
            x = float(rng.uniform(8.7, 10.9))  # 0.5B to 80B
            truth = TRUE_GAIN[recipe] + TRUE_SLOPE[recipe] * (x - 9.0) + u
            n = int(rng.choice([30, 500, 1319]))
            before = float(np.clip(rng.normal(40, 10), 5, 90))
            vi = 2 * binomial_vi(before, n)
            rows.append({"gain_id": f"g{paper}-{j}", "paper_id": f"p{paper:010d}",
                         "recipe": recipe, "domain": "math", "scope": "named",
                         "benchmark": "GSM8K", "model": f"M{paper}", "x": x,
                         "gain": truth + rng.normal(0, 2.0) + rng.normal(0, np.sqrt(vi)),
                         "vi": vi, "params_origin": "registry", "uncertain": False,
                         "unit_ambiguous": False, "against": "own-baseline"})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def studies() -> list:
    return [gains_study(synthetic_gains(np.random.default_rng(s)),
                        recipes=("RL", "distillation")) for s in SEEDS]


@pytest.mark.parametrize("recipe", ["RL", "distillation"])
def test_pooled_gain_per_recipe_recovers_the_truth(studies, recipe):
    covered = 0
    for study in studies:
        fit = study.recipes[recipe].fit
        # the pooled gain is the mean gain at these gains' average size
        truth = TRUE_GAIN[recipe] + TRUE_SLOPE[recipe] * (fit.data["x"].mean() - 9.0)
        covered += fit.headline["ci_low"] <= truth <= fit.headline["ci_high"]
    assert covered >= MIN_COVERED


@pytest.mark.parametrize("recipe", ["RL", "distillation"])
def test_size_interaction_recovers_each_recipes_slope(studies, recipe):
    covered, verdicts = 0, []
    for study in studies:
        table = study.interaction.fit.result.coefs.frame().set_index("term")
        row = table.loc[slope_column(recipe)]
        covered += row["ci_low"] <= TRUE_SLOPE[recipe] <= row["ci_high"]
        verdicts.append(study.interaction.slopes[recipe][0])
    assert covered >= MIN_COVERED
    if TRUE_SLOPE[recipe] == 0:  # no effect: never a supported finding in most data sets
        assert verdicts.count("supported") <= 2


def with_both_scores(gains: pd.DataFrame) -> pd.DataFrame:
    """Synthetic gains with the two scores' variances a gains table carries (r = 0)."""
    return gains.assign(vi_before=gains["vi"] / 2, vi_after=gains["vi"] / 2, correlation=0.0,
                        vi_rule="binomial, both scores stated, n_items, r = 0")


def test_the_other_correlation_is_the_sensitivity_beside_the_reports():
    assert (other_correlation(0.0), other_correlation(0.5), other_correlation(0.3)) == \
        (0.5, 0.0, 0.5)


def test_correlation_sensitivity_refits_each_recipe_at_the_other_correlation():
    study = gains_study(with_both_scores(synthetic_gains(np.random.default_rng(7))),
                        recipes=("RL", "distillation"))
    before = study.rows["vi"].copy()
    sensitivity = correlation_sensitivity(study, 0.5)
    assert sensitivity.correlation == 0.5 and set(sensitivity.recipes) == {"RL", "distillation"}
    for name, other in sensitivity.recipes.items():
        rows = study.recipes[name].fit.data
        expected = difference_vi(rows["vi_before"].to_numpy(), rows["vi_after"].to_numpy(), r=0.5)
        assert np.allclose(other.fit.data["vi"], expected)  # a quarter less than at r = 0
        assert np.allclose(other.fit.data["vi"], rows["vi"] / 2)
        assert other.fit.headline["estimate"] != study.recipes[name].fit.headline["estimate"]
    assert study.rows["vi"].equals(before)  # the report's own study is left as it was
    table = recipe_table(study, sensitivity).set_index("recipe")
    head = sensitivity.recipes["RL"].fit.headline
    assert table.at["RL", "verdict at r = 0.5"] == sensitivity.recipes["RL"].verdict
    assert table.at["RL", "pooled gain at r = 0.5"].startswith(f"{head['estimate']:+.1f} (")
    assert table.columns.get_loc("pooled gain at r = 0.5") == \
        table.columns.get_loc("95% CI") + 2  # beside the report's own pooled gain


def test_the_sentence_names_a_verdict_that_rests_on_the_correlation():
    study = gains_study(with_both_scores(synthetic_gains(np.random.default_rng(7))),
                        recipes=("RL",))
    sensitivity = correlation_sensitivity(study, 0.5)
    assert sensitivity_sentence(study, sensitivity).startswith("Every verdict is the same")
    one_paper = study.rows[study.rows["paper_id"] == study.rows["paper_id"].iloc[0]]
    sensitivity.recipes["RL"] = recipe_gain(with_correlation(one_paper, 0.5), "RL")  # refused
    sentence = sensitivity_sentence(study, sensitivity)
    assert sentence.startswith("The verdict depends on the assumed correlation")
    assert f"RL ({study.recipes['RL'].verdict} at r = 0, refused at r = 0.5)" in sentence


def test_a_stated_change_takes_the_score_after_it_not_a_pairs_from_end():
    # "improves M-7B from 58.8% to 90.0%, +4.5 over o1-preview ...": the 4.5 is scored
    # against 90.0, the score after the change, never against the pair's 58.8
    obs = pd.DataFrame([
        claim("c1", "absolute", 58.8, rule="from-to/after/subject", start=10, value_start=20),
        claim("c2", "absolute", 90.0, rule="from-to/after/subject", start=10, value_start=30),
        claim("c3", "delta", 4.5, rule="points/after/subject", start=10, value_start=40),
        claim("c4", "relative", 10.0, rule="relative-word/after/subject", start=50,
              value_start=60),
    ]).assign(base_model="", base_model_id="", pair_id=["x1", "x1", "", ""])
    gains = gains_table(obs).set_index("claim_ids")
    assert gains.at["c3", "after_score"] == 90.0
    assert gains.at["c3", "base_score"] == pytest.approx(85.5)
    assert gains.at["c4", "after_score"] == 90.0  # 90 / 1.10 before: a relative change
    assert gains.at["c4", "base_score"] == pytest.approx(90.0 / 1.1)
