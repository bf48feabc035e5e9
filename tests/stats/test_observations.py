"""Tests of analysis/stats/observations.py: covariates per claim, the selection and its funnel."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.stats.meta.effects import FALLBACK_N_ITEMS
from analysis.stats.observations import (
    claim_recipe,
    default_funnel,
    observation_table,
    release_year,
    select_scores,
    with_basis,
)

NAN = float("nan")


@pytest.fixture
def inputs() -> dict:
    models = pd.DataFrame({
        "model_id": ["Big", "Small", "Tuned", "Moe"], "aliases": ["", "", "", ""],
        "family": ["F", "F", "F", "M"], "developer": [""] * 4,
        "base_model": ["", "", "Small", ""], "params_total": [7e9, 1e9, 1e9, 3e10],
        "params_active": [NAN, NAN, NAN, 3e9], "pretrain_tokens": [1e12, 2e12, NAN, 4e12],
        "release": ["2024-01", "2024-07", "2025-01", ""],
        "release_source": ["s", "s", "s", "unknown: test"], "open_weights": ["yes"] * 4,
        "params_source": ["card"] * 4, "tokens_source": ["t"] * 4, "notes": [""] * 4})
    benchmarks = pd.DataFrame({
        "name": ["AIME-2024", "AVERAGE", "BIRD", "MMAU"], "domain": ["math", "aggregate",
                                                                    "text-to-sql", "audio"],
        "modality": ["text", "mixed", "text", "audio"], "n_items": [30, None, 1534, 1000]})
    methods = pd.DataFrame({"paper_id": ["p0000000001", "p0000000002"],
                            "method_rl": [True, False], "method_distill": [True, True],
                            "method_tts": [False, False], "method_pref": [False, False]})
    papers = pd.DataFrame({"paper_id": ["p0000000001", "p0000000002"],
                           "published": pd.to_datetime(["2025-03-04", None])})
    decisions = pd.DataFrame({
        "name": ["OurNet", "1.5B helper", "Vague"], "paper_id": ["p0000000001"] * 3,
        "decision": ["own-model", "system", "size-unknown"],
        "model_id": ["", "", ""], "base_model_id": ["Small", "", ""], "reason": ["r"] * 3})
    rows = [  # (paper, model, model_id, benchmark, kind, metric, role, value, reason)
        ("p0000000001", "Big", "Big", "AIME-2024", "absolute", "accuracy", "proposed", 40.0, ""),
        ("p0000000001", "Tuned", "Tuned", "AIME-2024", "absolute", "pass@1", "baseline", 10.0,
         ""),
        ("p0000000002", "Small", "Small", "AIME-2024", "delta", "accuracy", "proposed", 5.0, ""),
        ("p0000000002", "Small", "Small", "AIME-2024", "absolute", "maj@64", "proposed", 20.0,
         ""),
        ("p0000000001", "OurNet", "", "AIME-2024", "absolute", "accuracy", "proposed", 30.0, ""),
        ("p0000000002", "Small", "Small", "AVERAGE", "absolute", "accuracy", "proposed", 30.0,
         ""),
        ("p0000000002", "Small", "Small", "AIME-2024", "absolute", "accuracy", "proposed", 130.0,
         ""),
        ("p0000000001", "1.5B helper", "", "AIME-2024", "absolute", "accuracy", "proposed", 60.0,
         ""),
        ("p0000000001", "Vague", "", "AIME-2024", "absolute", "accuracy", "proposed", 50.0, ""),
        ("p0000000001", "Big", "Big", "AIME-2024", "absolute", "accuracy", "proposed", 50.0,
         "bound:lower"),
        ("p0000000001", "Big", "Big", "BIRD", "absolute", "accuracy", "proposed", 60.0, ""),
        ("p0000000002", "Moe", "Moe", "AIME-2024", "absolute", "accuracy", "baseline", 0.0, ""),
        ("p0000000002", "2B Widget model", "", "AIME-2024", "absolute", "accuracy", "baseline",
         15.0, ""),
    ]
    claims = pd.DataFrame(rows, columns=["paper_id", "model", "model_id", "benchmark", "kind",
                                         "metric", "role", "value", "uncertain_reason"])
    claims["claim_id"] = [f"c{i:02d}" for i in range(len(claims))]
    claims["uncertain"] = claims["uncertain_reason"] != ""
    claims["curated"] = False
    return {"claims": claims, "models": models, "benchmarks": benchmarks,
            "methods": methods, "papers": papers, "decisions": decisions}


@pytest.fixture
def table(inputs) -> pd.DataFrame:
    return observation_table(inputs["claims"], papers=inputs["papers"],
                             models=inputs["models"], benchmarks=inputs["benchmarks"],
                             methods=inputs["methods"],
                             decisions=inputs["decisions"]).set_index("claim_id")


def test_sizes_come_from_the_registry_a_curated_base_or_the_name(table):
    assert (table.at["c00", "params"], table.at["c00", "params_origin"]) == (7e9, "registry")
    assert (table.at["c04", "params"], table.at["c04", "params_origin"]) == (1e9, "curated base")
    assert table.at["c04", "size_model_id"] == "Small"
    assert (table.at["c12", "params"], table.at["c12", "params_origin"]) == (2e9, "name")
    assert table.at["c08", "params_origin"] == "missing"
    assert table.at["c08", "name_decision"] == "size-unknown"
    assert table.at["c07", "system"] and not table.at["c00", "system"]


def test_tokens_are_inherited_and_release_is_the_models_or_its_papers(table):
    assert table.at["c01", "pretrain_tokens"] == 2e12
    assert table.at["c01", "tokens_inherited_from"] == "Small"
    assert (table.at["c00", "release"], table.at["c00", "release_origin"]) == ("2024-01",
                                                                               "registry")
    # the paper's own model is as new as the paper
    assert (table.at["c04", "release"], table.at["c04", "release_origin"]) == ("2025-03",
                                                                               "paper date")
    assert table.at["c11", "release_origin"] == "missing"
    assert table.at["c00", "release_year"] == pytest.approx(2024.0)
    assert release_year("2025-07") == pytest.approx(2025.5) and math.isnan(release_year(""))


def test_recipe_is_the_scored_models_not_the_papers(table):
    assert table.at["c00", "recipe"] == "RL"  # RL wins over distillation in one paper
    assert table.at["c01", "recipe"] == "none"  # the baseline has no recipe of the paper
    assert table.at["c03", "recipe"] == "distillation"
    assert table.at["c00", "recipes"] == "RL;distillation"
    assert claim_recipe("proposed", {}) == "other"


def test_scope_qualifier_score_and_binomial_variance(table):
    assert table.at["c05", "scope"] == "aggregate" and table.at["c00", "scope"] == "named"
    assert table.at["c09", "value_qualifier"] == "lower-bound"
    assert math.isnan(table.at["c06", "score"]) and math.isnan(table.at["c02", "score"])
    # v = 1e4 p(1-p)/n from the observed score; 0 is clipped to half an item
    assert table.at["c00", "vi"] == pytest.approx(1e4 * 0.4 * 0.6 / 30)
    assert table.at["c11", "vi"] == pytest.approx(1e4 * (0.5 / 30) * (1 - 0.5 / 30) / 30)
    assert not table.at["c10", "reasoning"] and table.at["c00", "reasoning"]


def test_selection_drops_each_claim_for_its_reason(table):
    rows, steps = select_scores(table.reset_index())
    assert sorted(rows["claim_id"]) == ["c00", "c01", "c04", "c11", "c12"]
    funnel = steps.funnel().set_index("step")
    reasons = {step: set(ids.split(";")) - {""} for step, ids in funnel["claim_ids"].items()}
    assert reasons["a named benchmark (aggregate results are kept apart)"] == {"c05"}
    assert reasons["an absolute score (not a change)"] == {"c02"}
    assert reasons["metric in ['accuracy', 'pass@1', 'score']"] == {"c03"}
    assert reasons["a point value (bounds such as 'over 50%' are not scores)"] == {"c09"}
    assert reasons["one model (a system of several models has no single size)"] == {"c07"}
    assert reasons["parameter count known"] == {"c08"}
    assert reasons["score within 0-100"] == {"c06"}
    assert any(step.startswith("a text benchmark in math") for step in reasons)
    dropped = set().union(*reasons.values())
    assert dropped | set(rows["claim_id"]) == set(table.index)  # every claim accounted for
    assert funnel["dropped"].sum() == len(table) - len(rows)


def test_funnel_starts_from_every_claim(table):
    funnel = default_funnel(table.reset_index())
    assert funnel["rows_before"].iloc[0] == len(table)
    assert (funnel["rows_after"].shift(1).iloc[1:] == funnel["rows_before"].iloc[1:]).all()


def test_sizes_read_off_names_can_be_left_out(table):
    rows, _ = select_scores(table.reset_index(), origins=("registry",))
    assert "c12" not in set(rows["claim_id"]) and "c04" not in set(rows["claim_id"])


def test_active_basis_changes_only_mixture_of_experts(table):
    active = with_basis(table, "active")
    assert active.at["c11", "params"] == 3e9 and active.at["c00", "params"] == 7e9
    assert active.at["c11", "x"] == pytest.approx(np.log10(3e9))
    with pytest.raises(ValueError, match="basis"):
        with_basis(table, "dense")


def test_the_extractors_scope_system_and_base_are_used(inputs):
    claims = inputs["claims"].assign(scope="named", system="", base_model_id="")
    claims.loc[0, "scope"] = "aggregate"  # "average over seven benchmarks"
    claims.loc[3, "system"] = "Small + verifier"  # a number two models produce together
    claims.loc[12, "base_model_id"] = "Big"  # "2B Widget model, fine-tuned from Big"
    table = observation_table(claims, papers=inputs["papers"], models=inputs["models"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              decisions=inputs["decisions"]).set_index("claim_id")
    assert not table.columns.duplicated().any()
    assert table.at["c00", "scope"] == "aggregate" and table.at["c01", "scope"] == "named"
    assert table.at["c03", "system"] and not table.at["c02", "system"]
    assert (table.at["c12", "params"], table.at["c12", "params_origin"]) == (
        7e9, "base in abstract")
    rows, _ = select_scores(table.reset_index())
    assert not {"c00", "c03"} & set(rows["claim_id"])


def test_a_system_lists_every_parts_size_and_sums_them_only_when_all_are_known(inputs):
    claims = inputs["claims"].assign(system_parts="")
    claims.loc[7, "system_parts"] = "Small + 32B reasoning model"  # registry + name
    claims.loc[8, "system_parts"] = "Big + process reward model"  # registry + unknown
    table = observation_table(claims, papers=inputs["papers"], models=inputs["models"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              decisions=inputs["decisions"]).set_index("claim_id")
    assert table.at["c07", "system_sizes"] == "Small = 1e+09; 32B reasoning model = 3.2e+10"
    assert table.at["c07", "system_params_total"] == pytest.approx(3.3e10)
    assert table.at["c08", "system_sizes"] == "Big = 7e+09; process reward model = ?"
    assert math.isnan(table.at["c08", "system_params_total"])
    assert table.at["c00", "system_sizes"] == "" and math.isnan(
        table.at["c00", "system_params_total"])
    rows, _ = select_scores(table.reset_index())  # systems stay out of single-model fits
    assert not {"c07", "c08"} & set(rows["claim_id"])


def test_a_benchmark_without_an_item_count_gets_the_flagged_fallback_not_a_drop(inputs):
    benchmarks = inputs["benchmarks"].copy()
    benchmarks.loc[benchmarks["name"] == "AIME-2024", "n_items"] = None  # size unknown
    table = observation_table(inputs["claims"], papers=inputs["papers"], models=inputs["models"],
                              benchmarks=benchmarks, methods=inputs["methods"],
                              decisions=inputs["decisions"])
    row = table.set_index("claim_id").loc["c00"]
    assert row["vi_fallback"] and math.isnan(row["n_items"])  # the table keeps the truth
    assert row["vi"] == pytest.approx(100**2 * 0.4 * 0.6 / FALLBACK_N_ITEMS)
    kept, steps = select_scores(table)
    assert "c00" in set(kept["claim_id"]) and (kept["n_items"] == FALLBACK_N_ITEMS).all()
    step = steps.frame().set_index("step").filter(like="flagged fallback", axis=0)
    assert len(step) == 1 and step["dropped"].iloc[0] == 0  # shown, never a drop
    assert f"of {FALLBACK_N_ITEMS} items ({step['rows_before'].iloc[0]} claims)" in step.index[0]
    strict, strict_steps = select_scores(table, fallback_items=False)
    assert strict.empty
    frame = strict_steps.frame().set_index("step")
    dropped = frame.filter(like="not the fallback", axis=0)
    assert dropped["dropped"].tolist() == [step["rows_before"].iloc[0]]


def test_a_model_that_is_no_language_model_keeps_its_size_but_leaves_the_fits(inputs):
    # "Vague" becomes a 1e9-parameter network trained only on puzzles (TRM's decision)
    decisions = inputs["decisions"].copy()
    decisions.loc[decisions["name"] == "Vague", ["decision", "model_id"]] = [
        "not-a-language-model", "Small"]
    table = observation_table(inputs["claims"], papers=inputs["papers"], models=inputs["models"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              decisions=decisions).set_index("claim_id")
    assert (table.at["c08", "params"], table.at["c08", "params_origin"]) == (1e9, "registry")
    assert not table.at["c08", "language_model"] and table.at["c00", "language_model"]
    rows, steps = select_scores(table.reset_index())
    assert "c08" not in set(rows["claim_id"])
    step = [s for s in steps.frame().itertuples() if s.step.startswith("a language model")]
    assert len(step) == 1 and step[0].dropped == 1
    kept, _ = select_scores(table.reset_index(), language_models_only=False)
    assert "c08" in set(kept["claim_id"]) and set(rows["claim_id"]) < set(kept["claim_id"])


def test_a_score_on_a_part_of_a_benchmark_is_kept_apart_from_the_whole(inputs):
    # "41.0% on the Swahili subset of AIME-2024" (benchmark and part, as extraction writes
    # them): neither the whole's item count nor its domain, and a funnel step says why
    claims = inputs["claims"].copy()
    claims["benchmark_part"] = ""
    claims.loc[claims["claim_id"] == "c00", "benchmark_part"] = "Swahili"
    table = observation_table(claims, papers=inputs["papers"], models=inputs["models"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              decisions=inputs["decisions"]).set_index("claim_id")
    assert table.at["c00", "benchmark"] == "AIME-2024-Swahili"
    assert table.at["c00", "benchmark_part"] == "Swahili"
    assert math.isnan(table.at["c00", "n_items"]) and table.at["c01", "n_items"] == 30
    kept, steps = select_scores(table.reset_index())
    step = [s for s in steps.frame().itertuples() if s.step.startswith("the whole benchmark")]
    assert len(step) == 1 and step[0].dropped == 1
    assert "c00" not in set(kept["claim_id"])
    # without a part column (a hand-made table) nothing is dropped for it
    plain, plain_steps = select_scores(observation_table(
        inputs["claims"], papers=inputs["papers"], models=inputs["models"],
        benchmarks=inputs["benchmarks"], methods=inputs["methods"],
        decisions=inputs["decisions"]))
    assert "c00" in set(plain["claim_id"])
    assert [s.dropped for s in plain_steps.frame().itertuples()
            if s.step.startswith("the whole benchmark")] == [0]
