"""Join claims with the registry, benchmark sizes and method tags into regression observations."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pandas as pd

from analysis.curated.registry import attach_registry, normalise_name
from analysis.vocab import DEFAULT_METRICS, METHOD_COLUMNS, METHOD_LABELS, ROLES

log = logging.getLogger(__name__)

DEFAULT_ROLES = ROLES


@dataclass
class FilterLog:
    """How many rows each filtering step dropped, and why (shown under every fit)."""

    steps: list[tuple[str, int, int]] = field(default_factory=list)  # (reason, before, after)

    def keep(self, frame: pd.DataFrame, mask: pd.Series, reason: str) -> pd.DataFrame:
        kept = frame[mask.fillna(False).astype(bool)]
        self.steps.append((reason, len(frame), len(kept)))
        if len(kept) < len(frame):
            log.debug("%s: dropped %d of %d rows", reason, len(frame) - len(kept), len(frame))
        return kept

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"step": r, "rows_before": b, "dropped": b - a, "rows_after": a}
             for r, b, a in self.steps]
        )


def method_label(row: pd.Series) -> str:
    """One label per paper for colouring: its first method tag, or "none"."""
    for column in METHOD_COLUMNS:
        if bool(row.get(column, False)):
            return METHOD_LABELS[column]
    return "none"


def build_observations(claims: pd.DataFrame, *, registry: pd.DataFrame,
                       benchmarks: pd.DataFrame, methods: pd.DataFrame,
                       basis: str = "total", metrics: tuple[str, ...] = DEFAULT_METRICS,
                       roles: tuple[str, ...] = DEFAULT_ROLES, include_uncertain: bool = True,
                       sizes_from_names: bool = True) -> tuple[pd.DataFrame, FilterLog]:
    """Absolute score claims with params, tokens, n_items and method tags, one row per claim.

    Parameters come from the registry, or (when `sizes_from_names`) from a size written in the
    name of a model the registry does not list ("32B student model"), flagged in
    `params_origin`; such a model gets `model_id` "unlisted:<normalised name>" so that it
    still counts as one model.
    """
    steps = FilterLog()
    obs = steps.keep(claims, claims["kind"] == "absolute", "absolute claims only")
    obs = steps.keep(obs, obs["metric"].isin(metrics), f"metric in {list(metrics)}")
    obs = steps.keep(obs, obs["role"].isin(roles), f"role in {list(roles)}")
    if not include_uncertain:
        obs = steps.keep(obs, ~obs["uncertain"].astype(bool), "not marked uncertain")
    sizes = benchmarks.set_index("name")["n_items"]
    obs = obs.assign(n_items=obs["benchmark"].map(sizes))
    obs = steps.keep(obs, obs["n_items"].notna(), "benchmark has a known item count")
    obs = attach_registry(obs, registry, basis=basis)
    allowed = ["registry", "name"] if sizes_from_names else ["registry"]
    where = "registry or model name" if sizes_from_names else "registry"
    obs = steps.keep(obs, obs["params_origin"].isin(allowed), f"{basis} parameters in {where}")
    unlisted = obs["model_id"].fillna("") == ""
    obs.loc[unlisted, "model_id"] = "unlisted:" + obs.loc[unlisted, "model"].map(normalise_name)
    score = pd.to_numeric(obs["value"], errors="coerce")
    obs = steps.keep(obs.assign(score=score), score.between(0, 100), "score within 0-100")
    tags = methods.set_index("paper_id")[list(METHOD_COLUMNS)]
    obs = obs.join(tags, on="paper_id")
    obs[list(METHOD_COLUMNS)] = obs[list(METHOD_COLUMNS)].fillna(False).astype(bool)
    obs["method"] = obs.apply(method_label, axis=1)
    obs["n_items"] = obs["n_items"].astype(int)
    for flag in ("uncertain", "curated"):
        obs[flag] = obs[flag].fillna(False).astype(bool) if flag in obs else False
    return obs.reset_index(drop=True), steps
