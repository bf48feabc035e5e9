"""Every enumerated word of reasonscale, defined once: CLI choices, checks and schemas use these."""

from __future__ import annotations

# --- claims ---------------------------------------------------------------------------------
# What a number in an abstract is: a score, a change in points, or a change relative to a base.
CLAIM_KINDS: tuple[str, ...] = ("absolute", "delta", "relative")
# Whose number it is: the paper's own model, a model it compares against, or (benchmark papers)
# a model it evaluates without proposing anything.
ROLES: tuple[str, ...] = ("proposed", "baseline", "reference")
# Metrics an analysis reads by default (pass@k > 1 and maj@k only when asked: they are not
# comparable with single-sample accuracy).
DEFAULT_METRICS: tuple[str, ...] = ("accuracy", "pass@1", "score")
# The metrics the benchmark table may state as a benchmark's usual one.
BENCHMARK_METRICS: tuple[str, ...] = ("accuracy", "pass@1", "pass@k", "maj@k", "score",
                                      "rating", "f1", "em", "error")
# The metric words the extractor writes on a claim; "pass@k" and "maj@k" carry a number of
# samples k (a positive integer), e.g. "pass@8", "maj@16".
CLAIM_METRICS: tuple[str, ...] = ("accuracy", "score", "f1", "em", "bleu", "auc", "rating",
                                  "win-rate", "success-rate", "error")
# Metrics that fall as a model improves: "error" is a word error rate, MSE, MAE, Brier score,
# CRPS, optimality gap, calibration error or perplexity. Their scores and changes point the
# other way from an accuracy's, so no fit or pooled gain reads them as if higher were better.
LOWER_IS_BETTER_METRICS: tuple[str, ...] = ("error",)
METRIC_PREFIXES: tuple[str, ...] = ("pass@", "maj@")
ANSWER_FORMATS: tuple[str, ...] = (
    "integer", "numeric", "free-form", "multiple-choice", "code", "patch", "grid", "mixed",
    "span", "yes-no", "sql", "short-answer", "aggregate",
)
AGGREGATE_DOMAIN = "aggregate"  # pseudo benchmarks (AVERAGE, MATH-DOMAIN, ...): no item count
# What a benchmark tests (data/registry/benchmarks.csv, column domain).
DOMAINS: tuple[str, ...] = (
    "math", "code", "science", "logic", "general-knowledge", "commonsense", "reading",
    "medical", "text-to-sql", "agentic", "instruction-following", "long-context", "multimodal",
    "audio", "other", AGGREGATE_DOMAIN,
)
# The domains a pooled "reasoning" analysis reads by default (a report may choose others):
# text-to-SQL, agents, retrieval over long contexts, instruction following, medical and
# reading-comprehension sets measure other skills and are kept apart unless asked for.
REASONING_DOMAINS: tuple[str, ...] = ("math", "code", "science", "logic", "general-knowledge",
                                      "commonsense")
MODALITIES: tuple[str, ...] = ("text", "image", "video", "audio", "mixed")  # of the inputs
# What a claim's value is: a point ("") or a bound ("over 50%", "under 12", "nearly 80%",
# "up to 17%": the best of several settings).
VALUE_QUALIFIERS: tuple[str, ...] = ("", "lower-bound", "upper-bound", "approximate", "up-to")
# What a claim is about: one named benchmark, or an aggregate (an average over several
# benchmarks, a domain: the pseudo benchmarks AVERAGE, MATH-DOMAIN, ...).
SCOPES: tuple[str, ...] = ("named", "aggregate")
# What a change is measured against: the model itself before the paper's recipe, a different
# model or method (a margin: "outperforms GPT-4 by 5 points", "over GPTQ"), or unsaid ("").
DELTA_AGAINST: tuple[str, ...] = ("", "own-baseline", "other-model")
# Model facts an abstract may state.
FACT_KINDS: tuple[str, ...] = ("params_total", "params_active", "pretrain_tokens",
                               "finetune_examples", "finetune_tokens")
# How a written model name met the registry.
MATCH_KINDS: tuple[str, ...] = ("alias", "normalised", "name-size", "unresolved", "empty")
# Analyst overrides of extracted claims.
CURATION_ACTIONS: tuple[str, ...] = ("reject", "correct", "add")
# Curated decisions on model names the registry does not resolve (data/curation/model_names.csv).
NAME_DECISIONS: tuple[str, ...] = ("alias", "own-model", "system", "size-unknown",
                                   "not-a-model", "ambiguous", "not-a-language-model")
# A model of known size that is no language model (a network trained only on puzzles): it has
# a registry row for its size but stays out of language-model fits.
NOT_LANGUAGE_MODEL = "not-a-language-model"
# Decisions that name the registry row whose size the claim takes.
SIZED_DECISIONS: tuple[str, ...] = ("alias", NOT_LANGUAGE_MODEL)

# --- recipes (training and inference methods) -----------------------------------------------
# Paper-level tag columns and the label each recipe is shown under.
METHOD_COLUMNS: tuple[str, ...] = ("method_rl", "method_distill", "method_tts", "method_pref")
METHOD_LABELS: dict[str, str] = {"method_rl": "RL", "method_distill": "distillation",
                                 "method_tts": "test-time scaling", "method_pref": "preference"}
# The recipe of the model a claim scores: a paper's tag (above), "other" for a paper's own model
# without a tag, "none" for a baseline (the model before or without the paper's recipe).
RECIPE_LABELS: tuple[str, ...] = (*METHOD_LABELS.values(), "other", "none")

# --- models and fits ------------------------------------------------------------------------
BASES: tuple[str, ...] = ("total", "active")
# Where a claim's parameter count comes from: the registry row of its model; the registry row
# of the base model a curated decision or the abstract ties the paper's own model to; a size
# written in the name; or nowhere.
PARAMS_ORIGINS: tuple[str, ...] = ("registry", "curated base", "base in abstract", "name",
                                   "missing")  # parameter count: all, or active per token (MoE)
FIT_FORMS: tuple[str, ...] = ("linear", "logit")  # score in points, or bounded (fractional logit)
PREDICTORS: tuple[str, ...] = ("params", "params+tokens", "compute")
POOLED = "pooled"  # the benchmark name of a fit pooling several benchmarks
# Designs of the scaling question (stats/designs.py) and the verdicts on a headline number.
DESIGNS: tuple[str, ...] = ("between", "within", "era")
VERDICTS: tuple[str, ...] = ("supported", "fragile", "inconclusive", "refused")
# A fixed-effect fit is a labelled comparison beside the random-effects fit, never a finding.
COMPARISON_VERDICT = "comparison"
# The other terms of a fit (intercept, controls, a new claim's prediction) carry no verdict.
NOT_HEADLINE = "not a headline"
FIT_VERDICTS: tuple[str, ...] = (*VERDICTS, COMPARISON_VERDICT, NOT_HEADLINE)  # fits.csv
# Meta-analytic models (metafor's meaning): variance components by REML or ML, or a fixed
# (common) effect; tests z, t (df = k - p) or Knapp-Hartung (single level only).
META_METHODS: tuple[str, ...] = ("REML", "ML", "FE")
META_TESTS: tuple[str, ...] = ("z", "t", "knha")

# The reason a new claim id of an unchanged paper is not scored by the prediction ledger.
EXTRACTION_CHANGED = "not new evidence (extraction changed)"

# --- reports --------------------------------------------------------------------------------
REPORT_STATUSES: tuple[str, ...] = ("ok", "failed", "fatal")  # of running a notebook


def is_claim_metric(word: object) -> bool:
    """True for a metric word a claim can carry: one of CLAIM_METRICS, or pass@k / maj@k."""
    if not isinstance(word, str):
        return False
    if word in CLAIM_METRICS:
        return True
    prefix = next((p for p in METRIC_PREFIXES if word.startswith(p)), None)
    samples = word[len(prefix):] if prefix else ""
    return samples.isdigit() and int(samples) > 0
