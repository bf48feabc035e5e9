"""The model registry: the curated file, its validation, name resolution and joined facts."""

from __future__ import annotations

import math
import shutil

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.config import MODELS_PATH, PROJ_ROOT, RAW_DIR
from analysis.curated.registry import (
    COLUMNS,
    attach_registry,
    coverage,
    load_registry,
    model_facts,
    normalise_name,
    parse_size_from_name,
    resolve_models,
)
from analysis.errors import ValidationError

FIXTURES = PROJ_ROOT / "tests" / "fixtures" / "registry"
REL = 1e-9  # relative tolerance for numbers copied from a source (exact decimal literals)

# Reference numbers, read in the sources the registry cites (not in the registry itself):
QWEN25_TOKENS = 18e12  # Qwen2.5 README @486bf75: "encompassing up to 18T tokens"
V3_TOTAL, V3_ACTIVE = 671e9, 37e9  # DeepSeek-V3 README: "671B total ... 37B activated"
V3_TOKENS = 14.8e12  # DeepSeek-V3 README: "14.8 trillion diverse and high-quality tokens"
MOBILELLM_R1_PARAMS = 949e6  # MobileLLM-R1 README table: 949M


@pytest.fixture(scope="module")
def registry() -> pd.DataFrame:
    return load_registry()


@pytest.fixture(scope="module")
def corpus() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt")))


# ----------------------------------------------------------------------------- the real file


def test_real_registry_loads_clean_with_the_documented_columns(registry):
    assert list(registry.columns[: len(COLUMNS)]) == COLUMNS
    assert registry["model_id"].is_unique
    assert len(registry) >= 186  # the reference's rows plus the base models added
    assert registry["line"].tolist() == list(range(2, len(registry) + 2))


def test_derived_models_carry_no_copied_tokens(registry):
    derived = registry[registry["base_model"] != ""]
    assert len(derived) > 20
    assert derived["pretrain_tokens"].isna().all(), derived.loc[
        derived["pretrain_tokens"].notna(), "model_id"].tolist()
    assert set(derived["base_model"]) <= set(registry["model_id"])


def test_r1_distill_qwen_7b_inherits_tokens_from_the_foundation(registry):
    res = resolve_models(pd.Series(["DeepSeek-R1-Distill-Qwen-7B"]), registry)
    assert res.loc[0, "model_id"] == "DeepSeek-R1-Distill-Qwen-7B"
    facts = model_facts(registry).set_index("model_id")
    row = facts.loc["DeepSeek-R1-Distill-Qwen-7B"]
    assert row["tokens"] == pytest.approx(QWEN25_TOKENS, rel=REL)
    assert row["tokens_inherited_from"] == "Qwen2.5-7B"
    assert "QwenLM/Qwen2.5" in row["tokens_source"]
    by_id = registry.set_index("model_id")
    # the chain passes through the math model and ends at a foundation with its own count
    assert by_id.at["DeepSeek-R1-Distill-Qwen-7B", "base_model"] == "Qwen2.5-Math-7B"
    assert by_id.at["Qwen2.5-Math-7B", "base_model"] == "Qwen2.5-7B"
    assert by_id.at["Qwen2.5-7B", "base_model"] == ""
    assert facts.loc["Qwen2.5-7B", "tokens_inherited_from"] == ""


def test_moe_deepseek_r1_keeps_total_and_active(registry):
    total = model_facts(registry, basis="total").set_index("model_id")
    active = model_facts(registry, basis="active").set_index("model_id")
    assert total.at["DeepSeek-R1", "params"] == pytest.approx(V3_TOTAL, rel=REL)
    assert active.at["DeepSeek-R1", "params"] == pytest.approx(V3_ACTIVE, rel=REL)
    assert total.at["DeepSeek-R1", "tokens"] == pytest.approx(V3_TOKENS, rel=REL)
    assert total.at["DeepSeek-R1", "tokens_inherited_from"] == "DeepSeek-V3-Base"
    # a dense model has no active count: the active basis falls back to the total
    assert active.at["Qwen2.5-7B", "params"] == total.at["Qwen2.5-7B", "params"] == 7e9


def test_model_facts_rejects_an_unknown_basis(registry):
    with pytest.raises(ValueError, match="basis"):
        model_facts(registry, basis="embedding")


@pytest.mark.parametrize("name, model_id", [
    ("OLMo-2-1.48B", "OLMo-2-0425-1B"),
    ("SmolLM-2-1.7B", "SmolLM2-1.7B"),
    ("MobileLLM-R1-950M", "MobileLLM-R1-950M"),
    ("Phi-4-Mini-Reasoning", "Phi-4-mini-reasoning"),
    ("DeepSeek-R1-Distill-Qwen-7B", "DeepSeek-R1-Distill-Qwen-7B"),
    ("R1-Distill-Qwen-7B", "DeepSeek-R1-Distill-Qwen-7B"),
    ("Llama2-70b", "Llama-2-70B"),
    ("Qwen2.5 7B", "Qwen2.5-7B"),
    ("GPT-3 175B", "GPT-3-175B"),
])
def test_corpus_names_with_scores_resolve(registry, corpus, name, model_id):
    assert name in corpus  # the spelling really occurs in the raw pages
    res = resolve_models(pd.Series([name]), registry).iloc[0]
    assert res["model_id"] == model_id
    assert res["match"] in {"alias", "normalised"}
    facts = model_facts(registry).set_index("model_id")
    assert facts.at[model_id, "params"] > 0


def test_mobilellm_r1_params_match_its_readme(registry):
    facts = model_facts(registry).set_index("model_id")
    assert facts.at["MobileLLM-R1-950M", "params"] == pytest.approx(MOBILELLM_R1_PARAMS, rel=REL)


# ----------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize("a, b", [
    ("Llama2-70b", "Llama-2-70B"),
    ("Llama2-70b", "llama 2 70B"),
    ("LLaMA3 (8B)", "Llama-3-8B"),
    ("Qwen_2.5 7B", "Qwen2.5-7B"),
    ("Phi-4-Mini-Reasoning", "phi-4-mini-reasoning"),
    ("A$^2$FM", "A2FM"),
    ("Llama3.2:1b", "Llama-3.2-1B"),
])
def test_equal_names_normalise_equal(a, b):
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize("a, b", [
    ("Qwen2.5-7B", "Qwen2-5-7B"),   # a version dot is significant
    ("Qwen2.5-7B", "Qwen25-7B"),
    ("Qwen2-5-7B", "Qwen25-7B"),    # two numbers stay two numbers
    ("Llama-3-8B", "Llama-38B"),
    ("Qwen2.5-7B", "Qwen2.57B"),
    ("Phi-4", "Phi-4-mini"),
])
def test_different_names_stay_different(a, b):
    assert normalise_name(a) != normalise_name(b)


NAME_CHARS = st.text(alphabet="abcXYZ0129.-_ ()", min_size=1, max_size=20)


@given(NAME_CHARS)
def test_normalisation_is_idempotent_and_ignores_case_and_separator_kind(text):
    key = normalise_name(text)
    assert normalise_name(key) == key
    assert normalise_name(text.upper()) == key
    assert normalise_name(text.replace("-", "_").replace(" ", "-")) == key


# ----------------------------------------------------------------------------- sizes and resolution


@pytest.mark.parametrize("name, expected", [
    ("MobileLLM-R1-950M", 950e6),
    ("DeepSeek-R1-Distill-Qwen-1.5B", 1.5e9),
    ("Qwen2.5-7B", 7e9),              # "2.5" is a version, not a size
    ("Mixtral-8x7B", 8 * 7e9),        # nominal experts x size
    ("Qwen3-30B-A3B", 30e9),          # the active "A3B" is not the size
    ("SmolLM2-1.7B-Instruct-16k", 1.7e9),  # a context length is not a size
    ("Kimi 1T", 1e12),
    ("Qwen2.5 7B-32B", math.nan),     # two sizes: ambiguous
    ("GPT-4o", math.nan),
    ("", math.nan),
])
def test_size_parsed_from_name(name, expected):
    got = parse_size_from_name(name)
    if math.isnan(expected):
        assert math.isnan(got)
    else:
        assert got == pytest.approx(expected, rel=REL)


def test_resolution_match_kinds(registry):
    names = pd.Series(["R1-7B", "deepseek r1 distill qwen 7b", "Foo-Reasoner-3B", "Foo-Reasoner",
                       "", None, float("nan")], index=[10, 11, 12, 13, 14, 15, 16])
    res = resolve_models(names, registry)
    assert res.index.tolist() == names.index.tolist()
    assert res["match"].tolist() == ["alias", "normalised", "name-size", "unresolved",
                                     "empty", "empty", "empty"]
    assert res.loc[10, "model_id"] == res.loc[11, "model_id"] == "DeepSeek-R1-Distill-Qwen-7B"
    assert res.loc[12, "params_from_name"] == pytest.approx(3e9, rel=REL)
    assert res.loc[[10, 11, 13], "params_from_name"].isna().all()
    assert (res.loc[12:, "model_id"] == "").all()


def test_fuzzy_names_are_only_suggestions(registry):
    typo = "DeepSeek-R1-Distil-Qwen-7B"  # one "l" missing
    res = resolve_models(pd.Series([typo]), registry).iloc[0]
    assert res["model_id"] == ""
    assert "DeepSeek-R1-Distill-Qwen-7B" in res["suggestions"].split("; ")
    attached = attach_registry(pd.DataFrame({"model": [typo]}), registry).iloc[0]
    assert attached["model_id"] == ""
    assert attached["params_origin"] == "name"  # its own name's 7B, flagged, not the suggestion
    assert math.isnan(attached["tokens"])


def test_no_suggestion_for_an_unrelated_name(registry):
    res = resolve_models(pd.Series(["Zyxwvut"]), registry).iloc[0]
    assert (res["match"], res["suggestions"]) == ("unresolved", "")


# ----------------------------------------------------------------------------- attaching claims


def test_attach_registry_fills_facts_and_origins(registry):
    claims = pd.DataFrame({
        "model": ["DeepSeek-R1", "Mystery-3B", "Qwen-32B", "whatever they called it", ""],
        "model_id": ["", "", "", "Qwen2.5-7B-Instruct", ""],
        "score": [79.8, 40.0, 50.0, 60.0, 1.0],
    }, index=[5, 3, 9, 1, 7])
    out = attach_registry(claims, registry, basis="active")
    assert out.index.tolist() == claims.index.tolist()
    assert out["score"].tolist() == claims["score"].tolist()
    assert out["model_id"].tolist() == ["DeepSeek-R1", "", "Qwen-32B", "Qwen2.5-7B-Instruct", ""]
    assert out["match"].tolist() == ["alias", "name-size", "alias", "given", "empty"]
    assert out["params_origin"].tolist() == ["registry", "name", "missing", "registry",
                                             "missing"]
    assert out.at[5, "params"] == pytest.approx(V3_ACTIVE, rel=REL)
    assert out.at[3, "params"] == pytest.approx(3e9, rel=REL)
    assert out.at[3, "params_source"] == "from model name"
    # listed on purpose without params ("Qwen-32B" is ambiguous): the name's 32B is not used
    assert math.isnan(out.at[9, "params"])
    assert out.at[1, "tokens"] == pytest.approx(QWEN25_TOKENS, rel=REL)
    assert out.at[1, "tokens_inherited_from"] == "Qwen2.5-7B"


def test_attach_registry_rejects_unknown_given_ids_all_at_once(registry):
    claims = pd.DataFrame({"model": ["a", "b", "c"],
                           "model_id": ["Qwen2.5-7B", "Qwen9-7B", "Nope"]})
    with pytest.raises(ValidationError) as info:
        attach_registry(claims, registry)
    text = str(info.value)
    assert len(info.value.problems) == 2
    assert "'Qwen9-7B' is not a model_id" in text and "'Nope'" in text


def test_attach_registry_needs_a_model_column(registry):
    with pytest.raises(ValidationError, match="model column is required"):
        attach_registry(pd.DataFrame({"name": ["x"]}), registry)


def test_coverage_counts_and_lists_unresolved_names(registry):
    claims = pd.DataFrame({"model": ["DeepSeek-R1", "DeepSeek-R1", "GPT-4o", "Mystery-3B",
                                     "Mystery-3B", "Mystery-3B", "Unknownia", ""]})
    cov = coverage(attach_registry(claims, registry))
    assert cov["n_claims"] == 8
    assert cov["with_model_id"] == 3
    assert (cov["with_params"], cov["params_from_registry"], cov["params_from_name"]) == (5, 2, 3)
    assert (cov["with_tokens"], cov["tokens_inherited"]) == (2, 2)
    assert cov["by_match"] == {"alias": 3, "name-size": 3, "unresolved": 1, "empty": 1}
    unresolved = cov["unresolved"]
    assert unresolved["model"].tolist() == ["Mystery-3B", "Unknownia"]
    assert unresolved["n_claims"].tolist() == [3, 1]
    assert cov["models_missing_params"].to_dict("list") == {"model_id": ["GPT-4o"],
                                                            "n_claims": [1]}


# ----------------------------------------------------------------------------- bad registries


@pytest.mark.parametrize("fixture, line, column, rule", [
    ("duplicate_model_id.csv", 4, "model_id", "must be unique, already on line 2"),
    ("empty_model_id.csv", 3, "model_id", "must not be empty"),
    ("alias_conflict.csv", 4, "aliases", "is claimed by two models: 'Base-7B'"),
    ("not_a_number.csv", 2, "pretrain_tokens", "must be a number, got '2 trillion'"),
    ("not_positive.csv", 2, "params_total", "must be > 0, got -7e9"),
    ("not_positive.csv", 3, "pretrain_tokens", "must be > 0, got 0"),
    ("active_above_total.csv", 3, "params_active", "must be <= params_total (2.75e9)"),
    ("active_without_total.csv", 2, "params_active", "needs params_total"),
    ("missing_base.csv", 3, "base_model", "must be a model_id of the registry"),
    ("base_cycle.csv", 2, "base_model",
     "must not form a cycle: Alpha-7B -> Gamma-7B -> Beta-7B -> Alpha-7B"),
    ("base_cycle.csv", 5, "base_model", "must not form a cycle: Solo-1B -> Solo-1B"),
    ("bad_open_weights.csv", 2, "open_weights", "must be yes, no or empty"),
    ("bad_release.csv", 2, "release", "must be YYYY-MM or empty, got 'Sep 2024'"),
    ("bad_release.csv", 3, "release", "got '2024-13'"),
    ("wrong_field_count.csv", 2, None, "has 13 fields, header has 14"),
    ("bad_header.csv", 1, None, "header misses column(s) ['model_id']"),
])
def test_each_rule_names_file_line_column_and_rule(fixture, line, column, rule):
    with pytest.raises(ValidationError) as info:
        load_registry(FIXTURES / fixture)
    shown = f"tests/fixtures/registry/{fixture} line {line}: "
    shown += f"{column} " if column else ""
    messages = [str(p) for p in info.value.problems]
    assert any(m.startswith(shown) and rule in m for m in messages), messages
    assert str(info.value).count("tests/fixtures/registry/") == len(messages)


def test_all_problems_of_one_file_are_reported_together():
    with pytest.raises(ValidationError) as info:
        load_registry(FIXTURES / "many_problems.csv")
    found = {(p.line, p.column) for p in info.value.problems}
    assert found == {
        (3, "params_total"), (3, "open_weights"), (3, "release"), (3, "aliases"),
        (3, "base_model"), (4, "pretrain_tokens"), (4, "params_active"), (5, "model_id"),
    }
    assert [p.line for p in info.value.problems] == sorted(p.line for p in info.value.problems)


def test_a_broken_copy_of_the_real_registry_names_the_line(tmp_path, registry):
    broken = tmp_path / "models.csv"
    shutil.copy(MODELS_PATH, broken)
    lines = broken.read_text(encoding="utf-8").splitlines(keepends=True)
    target = registry.loc[registry["model_id"] == "Qwen3-8B", "line"].item()
    fields = lines[target - 1].split(",")
    assert fields[COLUMNS.index("params_total")] == "8e9"
    fields[COLUMNS.index("params_total")] = "-7e9"
    lines[target - 1] = ",".join(fields)
    broken.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_registry(broken)
    assert [str(p) for p in info.value.problems] == [
        f"{broken} line {target}: params_total must be > 0, got -7e9"]


def test_missing_registry_file_is_a_validation_error(tmp_path):
    with pytest.raises(ValidationError, match="registry file not found"):
        load_registry(tmp_path / "absent.csv")
