"""Predictions registered before new claims arrive: the models that make them, and their scores."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from analysis.errors import InsufficientDataError
from analysis.stats.designs import fit_design, prepare
from analysis.stats.gain_models import GAIN, select_gains
from analysis.stats.meta.effects import binomial_vi
from analysis.stats.meta.errors import MetaSpecError
from analysis.stats.meta.model import fit_meta
from analysis.stats.observations import FilterLog
from analysis.stats.scaling_study import select
from analysis.vocab import POOLED

log = logging.getLogger(__name__)

SCORE_MODEL = "score: between design, all benchmarks pooled"
GAIN_MODEL = "gain: pooled gain of "  # + the recipe
# Columns a stored model keeps of its training rows: enough to refit it exactly.
SCORE_COLUMNS = ["claim_id", "paper_id", "model_key", "benchmark", "score", "vi", "params",
                 "pretrain_tokens", "release_year", "recipe", "role", "n_items"]
GAIN_COLUMNS = ["gain_id", "paper_id", "recipe", "benchmark", "gain", "vi"]
LEDGER_COLUMNS = ["build_time", "claim_id", "kind", "paper_id", "model", "benchmark",
                  "observed", "predicted", "pi_low", "pi_high", "inside", "naive_predicted",
                  "model_used", "data_hash"]


@dataclass(frozen=True)
class StoredModel:
    """A model as the build stores it: what it is and the rows it was fitted on."""

    name: str
    kind: str  # "score" or "gain"
    rows: pd.DataFrame  # the training rows (SCORE_COLUMNS or GAIN_COLUMNS)

    @property
    def data_hash(self) -> str:
        """Hash of the training rows: the data snapshot the model rests on (numbers to 10
        significant digits, so a JSON round trip of the rows keeps the hash)."""
        canon = self.rows.copy()
        for column in canon.columns:
            if pd.api.types.is_numeric_dtype(canon[column]):
                canon[column] = [f"{float(v):.10g}" if pd.notna(v) else "" for v in canon[column]]
        text = canon.astype(str).to_csv(index=False)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def current_models(observations: pd.DataFrame, gains: pd.DataFrame | None) -> list[StoredModel]:
    """The models this build's data support: the pooled between-paper score model and each
    recipe's pooled gain (only those that can be fitted)."""
    models = []
    rows, steps = select(observations, benchmark=POOLED)
    fit = fit_design(rows, "between", filters=steps, robust=False)
    if fit.result is not None:
        used = rows[rows["claim_id"].isin(fit.data["claim_id"])]
        models.append(StoredModel(SCORE_MODEL, "score", used[SCORE_COLUMNS].reset_index(
            drop=True)))
    if gains is not None and len(gains):
        selected, _ = select_gains(gains)
        for recipe, group in selected.groupby("recipe"):
            if group["paper_id"].nunique() >= 2:
                models.append(StoredModel(GAIN_MODEL + str(recipe), "gain",
                                          group[GAIN_COLUMNS].reset_index(drop=True)))
    return models


def _score_fit(model: StoredModel):
    return fit_design(model.rows.assign(uncertain=False, params_origin="registry"), "between",
                      robust=False)


def _gain_fit(model: StoredModel):
    return fit_meta(model.rows, yi="gain", vi="vi", random=f"paper_id/{GAIN}", method="REML",
                    test="t", robust="paper_id")


def observed_interval(result, design: pd.DataFrame | np.ndarray, vi_new: np.ndarray,
                      *, level: float = 0.95) -> pd.DataFrame:
    """Where a new claim's *observed* value should fall: model-based mean, t(k - p), and the
    interval sqrt(se² + Σσ² + v_new) with the new claim's own sampling variance v_new.

    metafor's prediction interval covers a new true effect (without v_new); a reported score
    also carries its binomial error, so the ledger adds it. The model-based variance (not the
    sandwich, whose few-cluster df would make the interval uninformative) is used.
    """
    pred = result.predict(design, kind="model", level=level)
    crit = stats.t.ppf(0.5 + level / 2.0, pred["df"].to_numpy())
    half = crit * np.sqrt(pred["se"] ** 2 + float(np.sum(result.sigma2)) + vi_new)
    return pred.assign(pi_low=pred["pred"] - half, pi_high=pred["pred"] + half)


def _naive(model: StoredModel, benchmark: str) -> float:
    """The benchmark's mean in the training rows (the naive predictor), else the overall mean."""
    values = model.rows.loc[model.rows["benchmark"] == benchmark, model.kind]
    return float(values.mean()) if len(values) else float(model.rows[model.kind].mean())


def _unknown_to(model: StoredModel, row: pd.Series) -> str:
    """Why the model cannot predict this claim ("" when it can)."""
    for column in ("benchmark", "recipe", "role"):
        if row[column] not in set(model.rows[column]):
            return f"{column} {row[column]} is not in the previous model"
    if pd.isna(row["release_year"]):
        return "release month unknown"
    return ""


def predict_scores(model: StoredModel, new: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Predictions of new score claims with 95% prediction intervals, and those it cannot make.

    A claim can be predicted when it passes the default selection and its benchmark, size and
    release are within what the model knows; otherwise it is listed with the reason.
    """
    fit = _score_fit(model)
    rows, steps = select(new, benchmark=POOLED)
    dropped = _dropped(steps, "not a usable score")
    why = rows.apply(lambda r: _unknown_to(model, r), axis=1) if len(rows) else pd.Series(
        dtype=str)
    dropped += [{"claim_id": cid, "reason": reason} for cid, reason in
                zip(rows["claim_id"], why, strict=True) if reason]
    rows = prepare(rows[why == ""], form="linear") if len(rows) else rows
    if rows.empty:
        return pd.DataFrame(columns=LEDGER_COLUMNS), pd.DataFrame(dropped)
    pred = observed_interval(fit.result, rows, binomial_vi(
        np.clip(fit.result.predict(rows, kind="model")["pred"], 0, 100), rows["n_items"]))
    scored = pd.DataFrame({
        "claim_id": rows["claim_id"].to_numpy(), "kind": "score",
        "paper_id": rows["paper_id"].to_numpy(), "model": rows["model"].to_numpy(),
        "benchmark": rows["benchmark"].to_numpy(), "observed": rows["score"].to_numpy(),
        "predicted": pred["pred"].to_numpy(), "pi_low": pred["pi_low"].to_numpy(),
        "pi_high": pred["pi_high"].to_numpy(),
        "naive_predicted": [_naive(model, b) for b in rows["benchmark"]]})
    return scored, pd.DataFrame(dropped)


def _dropped(steps: FilterLog, what: str) -> list[dict]:
    """The rows a selection dropped, each with the step that dropped it as the reason."""
    reasons = steps.funnel()
    return [{"claim_id": cid, "reason": f"{what}: not {step}"}
            for step, ids in zip(reasons["step"], reasons["claim_ids"], strict=True)
            for cid in filter(None, ids.split(";"))]


def predict_gains(model: StoredModel, new: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Predictions of new gains of the model's recipe (its pooled gain and prediction
    interval), and those it cannot make: the gains outside the selection the pooled gains
    are fitted on (select_gains: margins over other models, other domains...), with the reason.
    """
    recipe = model.name.removeprefix(GAIN_MODEL)
    rows, steps = select_gains(new[new["recipe"] == recipe], recipes=(recipe,))
    dropped = _dropped(steps, "not a usable gain")
    if rows.empty:
        return pd.DataFrame(columns=LEDGER_COLUMNS), pd.DataFrame(dropped)
    try:
        fit = _gain_fit(model)
    except (MetaSpecError, InsufficientDataError, np.linalg.LinAlgError) as exc:
        dropped += [{"claim_id": gid, "reason": f"the previous {model.name} cannot be "
                     f"fitted: {exc}"} for gid in rows[GAIN]]
        return pd.DataFrame(columns=LEDGER_COLUMNS), pd.DataFrame(dropped)
    pred = observed_interval(fit, np.ones((len(rows), 1)), rows["vi"].to_numpy())
    return pd.DataFrame({
        "claim_id": rows[GAIN].to_numpy(), "kind": "gain",
        "paper_id": rows["paper_id"].to_numpy(), "model": rows["model"].to_numpy(),
        "benchmark": rows["benchmark"].to_numpy(), "observed": rows["gain"].to_numpy(),
        "predicted": pred["pred"].to_numpy(), "pi_low": pred["pi_low"].to_numpy(),
        "pi_high": pred["pi_high"].to_numpy(), "naive_predicted": _naive(model, "")}), \
        pd.DataFrame(dropped)


def _without_model(models: list[StoredModel], new_gains: pd.DataFrame) -> pd.DataFrame:
    """New gains of recipes no stored model pools, each with the reason it is not predicted
    (the selection's step when the gain models would not use it anyway)."""
    pooled = {m.name.removeprefix(GAIN_MODEL) for m in models if m.kind == "gain"}
    rest = new_gains[~new_gains["recipe"].isin(pooled)]
    if rest.empty:
        return pd.DataFrame(columns=["claim_id", "reason"])
    rows, steps = select_gains(rest)
    dropped = _dropped(steps, "not a usable gain") + [
        {"claim_id": gid, "reason": f"no stored gain model of recipe {recipe} (the previous "
         f"build had no pooled gain of it)"} for gid, recipe in zip(
            rows[GAIN], rows["recipe"], strict=True)]
    return pd.DataFrame(dropped, columns=["claim_id", "reason"])


def score_new(models: list[StoredModel], new_observations: pd.DataFrame,
              new_gains: pd.DataFrame, *, build_time: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Ledger rows for the new claims and gains, and the claims and gains no model could
    predict, with the reason (a score claim's id, or a gain's id)."""
    parts, unpredictable = [], []
    for model in models:
        if model.kind == "score":
            scored, dropped = predict_scores(model, new_observations)
        elif len(new_gains):
            scored, dropped = predict_gains(model, new_gains)
        else:
            continue
        unpredictable.append(dropped)
        parts.append(scored.assign(model_used=model.name, data_hash=model.data_hash))
    if not any(m.kind == "score" for m in models) and len(new_observations):
        unpredictable.append(pd.DataFrame({"claim_id": new_observations["claim_id"],
                                           "reason": "the previous build had no score model"}))
    if len(new_gains):
        unpredictable.append(_without_model(models, new_gains))
    parts = [p for p in parts if len(p)]
    ledger = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    ledger = ledger.reindex(columns=LEDGER_COLUMNS).assign(build_time=build_time)
    ledger["inside"] = (ledger["observed"] >= ledger["pi_low"]) & (
        ledger["observed"] <= ledger["pi_high"])
    unpredictable = [u for u in unpredictable if len(u)]
    missing = pd.concat(unpredictable, ignore_index=True) if unpredictable else pd.DataFrame(
        columns=["claim_id", "reason"])
    return ledger, missing.reindex(columns=["claim_id", "reason"])


def calibration(ledger: pd.DataFrame) -> dict:
    """Share inside the 95% PI, mean absolute error, and the naive predictor's error beside."""
    if ledger.empty:
        return {"n": 0}
    error = (ledger["observed"] - ledger["predicted"]).abs()
    naive = (ledger["observed"] - ledger["naive_predicted"]).abs()
    return {"n": int(len(ledger)), "inside": float(ledger["inside"].astype(bool).mean()),
            "mae": float(error.mean()), "naive_mae": float(naive.mean())}


def ledger_rows(ledger: pd.DataFrame | None, *, benchmark: str = POOLED,
                pool: tuple[str, ...] = ()) -> pd.DataFrame:
    """The scored score predictions of one benchmark set (all of them for "pooled")."""
    if ledger is None or ledger.empty:
        return pd.DataFrame()
    rows = ledger[ledger["kind"] == "score"]
    if pool:
        return rows[rows["benchmark"].isin(pool)]
    return rows if benchmark == POOLED else rows[rows["benchmark"] == benchmark]
