"""What the gains report says: pooled gains per recipe, the size interaction, selective reporting."""

from __future__ import annotations

import numpy as np
import pandas as pd
from IPython.display import Markdown

from analysis.viz.words import plural
from analysis.vocab import VERDICTS
from analysis.stats.gain_models import (
    MIN_EGGER_GAINS,
    GainsStudy,
    RecipeGain,
    Sensitivity,
    slope_column,
)

GAIN_COLUMNS = ["gain_id", "recipe", "benchmark", "model", "params", "gain", "vi", "source",
                "vi_rule", "unit_ambiguous", "claim_ids", "title", "quote"]


def _interval(low: float, high: float) -> str:
    return f"{low:+.1f} to {high:+.1f}"


def recipe_line(recipe: RecipeGain) -> str:
    """"RL — supported: +14.0 points (95% CI +2.4 to +25.7; 15 gains, 6 papers)"."""
    head = recipe.fit.headline
    if head is None:
        return f"{recipe.recipe} — refused: {recipe.reason}"
    data = recipe.fit.data
    return (f"{recipe.recipe} — {recipe.verdict}: {head['estimate']:+.1f} points (95% CI "
            f"{_interval(head['ci_low'], head['ci_high'])}; {plural(len(data), 'gain')}, "
            f"{plural(data['paper_id'].nunique(), 'paper')})")


def summary_line(study: GainsStudy) -> str:
    """One line for the index: each recipe's verdict and pooled gain, verdict first."""
    parts = []
    for recipe in study.recipes.values():
        head = recipe.fit.headline
        number = f" {head['estimate']:+.1f}" if head is not None else ""
        parts.append(f"{recipe.recipe} {recipe.verdict}{number}")
    return "pooled gain (points) — " + "; ".join(parts) if parts else "no gains selected"


def _at(r: float) -> str:
    return f"at r = {r:g}"


def sensitivity_columns(sensitivity: Sensitivity, recipe: str) -> dict:
    """A recipe's verdict and pooled gain (with its CI) at the sensitivity's correlation."""
    other = sensitivity.recipes.get(recipe)
    head = other.fit.headline if other is not None else None
    at = _at(sensitivity.correlation)
    gain = "" if head is None else \
        f"{head['estimate']:+.1f} ({_interval(head['ci_low'], head['ci_high'])})"
    return {f"verdict {at}": other.verdict if other is not None else "",
            f"pooled gain {at}": gain}


def recipe_table(study: GainsStudy,
                 sensitivity: Sensitivity | None = None) -> pd.DataFrame | Markdown:
    """Per recipe: verdict, pooled gain, CI, prediction interval, heterogeneity, counts, and
    (with a sensitivity) the verdict and pooled gain at the other correlation beside them."""
    rows = []
    for recipe in study.recipes.values():
        res, head = recipe.fit.result, recipe.fit.headline
        row = {"recipe": recipe.recipe, "verdict": recipe.verdict,
               "gains": len(recipe.fit.data),
               "papers": recipe.fit.data["paper_id"].nunique(), "why": recipe.reason}
        if res is not None:
            pred = res.predict(np.ones((1, 1))).iloc[0]  # the intercept-only model's mean
            sigma = dict(zip(res.component_names, res.sigma2, strict=True))
            row.update({"pooled gain": round(head["estimate"], 1),
                        "95% CI": _interval(head["ci_low"], head["ci_high"]),
                        "95% PI (new gain)": _interval(pred["pi_low"], pred["pi_high"]),
                        "σ² paper": round(sigma.get("sigma2.paper_id", float("nan")), 1),
                        "σ² gain": round(sigma.get("sigma2.gain_id", float("nan")), 1),
                        "I² (%)": round(res.heterogeneity.I2, 1)})
        if sensitivity is not None:
            row.update(sensitivity_columns(sensitivity, recipe.recipe))
        rows.append(row)
    beside = [] if sensitivity is None else [f"verdict {_at(sensitivity.correlation)}",
                                             f"pooled gain {_at(sensitivity.correlation)}"]
    columns = ["recipe", "verdict", "pooled gain", "95% CI", *beside, "95% PI (new gain)",
               "σ² paper", "σ² gain", "I² (%)", "gains", "papers", "why"]
    frame = pd.DataFrame(rows).reindex(columns=columns)
    return frame if len(frame) else Markdown("No recipe has gains in this selection.")


def interaction_table(study: GainsStudy) -> pd.DataFrame | Markdown:
    """Per recipe: does the gain shrink or grow with the base model's size?"""
    inter = study.interaction
    rows = []
    if inter.fit is not None and inter.fit.result is not None:
        table = inter.fit.result.coefs.frame().set_index("term")
        for recipe, (verdict, reason, _) in inter.slopes.items():
            row = table.loc[slope_column(recipe)]
            rows.append({"recipe": recipe, "verdict": verdict,
                         "gain per decade of size": round(row["estimate"], 1),
                         "95% CI": _interval(row["ci_low"], row["ci_high"]), "why": reason})
    rows += [{"recipe": r, "verdict": "refused", "why": why} for r, why in inter.refused.items()]
    frame = pd.DataFrame(rows)
    return frame if len(frame) else Markdown("No recipe has gains at enough sizes.")


def bias_table(study: GainsStudy) -> pd.DataFrame | Markdown:
    """Egger's test and PET-PEESE per recipe, with the naive pooled gain beside them."""
    rows = []
    for recipe in study.recipes.values():
        if recipe.egger is None:
            rows.append({"recipe": recipe.recipe, "Egger p": "", "PET-PEESE": "",
                         "note": recipe.bias_note or recipe.reason})
            continue
        pp = recipe.pet_peese
        rows.append({"recipe": recipe.recipe, "Egger p": f"{recipe.egger.p_value:.3f}",
                     "naive": round(recipe.fit.headline["estimate"], 1),
                     "PET-PEESE": f"{pp.estimate:+.1f} ({pp.chosen}; 95% CI "
                                  f"{_interval(*pp.ci)})", "note": ""})
    frame = pd.DataFrame(rows)
    return frame if len(frame) else Markdown("No recipe to test.")


def bias_sentence(study: GainsStudy) -> str:
    """One sentence on what the selective-reporting checks imply."""
    tested = [r for r in study.recipes.values() if r.egger is not None]
    if not tested:
        return (f"No recipe has {MIN_EGGER_GAINS} or more gains, so small-study effects cannot "
                "be tested; abstracts report their best results, so read every pooled gain as "
                "an upper bound.")
    flagged = [r.recipe for r in tested if r.egger.p_value < 0.10]
    if flagged:
        return (f"Egger's test flags funnel asymmetry for {', '.join(flagged)} (p < 0.10): "
                "smaller or noisier gains report larger effects, as selective reporting would "
                "produce; the PET-PEESE estimate beside the naive one is the bias-adjusted "
                "reading.")
    return ("Egger's test finds no funnel asymmetry at p < 0.10, but with so few gains it has "
            "little power; abstracts report their best results, so treat pooled gains as "
            "upper bounds.")


def gains_claims(study: GainsStudy) -> pd.DataFrame:
    """Every gain in the analysis with its provenance."""
    data = study.rows
    return data[[c for c in GAIN_COLUMNS if c in data.columns]].round({"gain": 2, "vi": 2})


def verdict_word(study: GainsStudy) -> str:
    """Each verdict of the recipes' pooled gains with how many recipes have it."""
    counts: dict[str, int] = {}
    for recipe in study.recipes.values():
        counts[recipe.verdict] = counts.get(recipe.verdict, 0) + 1
    return ", ".join(f"{v} ×{counts[v]}" for v in VERDICTS if v in counts) or "refused"


def sensitivity_sentence(study: GainsStudy, sensitivity: Sensitivity) -> str:
    """Whether any recipe's verdict changes with the assumed before/after correlation."""
    own = study.rows["correlation"].dropna().unique() if "correlation" in study.rows else []
    assumed = f"r = {own[0]:g}" if len(own) == 1 else "the report's correlation"
    changed = [f"{name} ({recipe.verdict} at {assumed}, {other.verdict} "
               f"{_at(sensitivity.correlation)})" for name, recipe in study.recipes.items()
               if (other := sensitivity.recipes.get(name)) is not None
               and other.verdict != recipe.verdict]
    if not study.recipes:
        return "No recipe to refit at another correlation."
    if changed:
        return (f"The verdict depends on the assumed correlation between a gain's two scores "
                f"for {'; '.join(changed)}: read it as resting on that assumption.")
    return (f"Every verdict is the same at {assumed} and {_at(sensitivity.correlation)} "
            "(the assumed correlation between a gain's two scores): none rests on it.")


UNCONVERTED_SHOWN = ["claim_id", "paper_id", "model", "benchmark", "change", "reason", "quote"]


def unconverted_selected(unconverted: pd.DataFrame, study: GainsStudy) -> pd.DataFrame:
    """The relative changes with no stated base (gains.unconverted) in the report's selection
    of recipes, domains and benchmarks."""
    options = study.options
    keep = unconverted["recipe"].isin(options["recipes"]) & \
        unconverted["domain"].isin(options["domains"])
    if options["benchmarks"]:
        keep &= unconverted["benchmark"].isin(options["benchmarks"])
    return unconverted[keep].reset_index(drop=True)


def unconverted_sentence(selected: pd.DataFrame) -> str:
    """How many changes are kept apart, and why they are not pooled."""
    pairs = int((selected["source"] == "pair").sum()) if "source" in selected else 0
    relative = len(selected) - pairs
    if relative == 0:
        text = ("Every relative change in this selection states its model's score, so each is "
                "converted to points and pooled.")
    else:
        one = relative == 1
        text = (f"{plural(relative, 'relative change')} of the papers' own models in this "
                f"selection {'states' if one else 'state'} no score to convert from, so "
                f"{'it is' if one else 'they are'} kept apart: not pooled, listed here with "
                f"{'its quote' if one else 'their quotes'}.")
    if pairs:
        text += (f" {plural(pairs, 'change')} between scores off the 0-100 scale (a rating "
                 f"or a count) {'has' if pairs == 1 else 'have'} no binomial variance and "
                 f"{'is' if pairs == 1 else 'are'} listed too, not pooled.")
    return text


def unconverted_table(selected: pd.DataFrame) -> pd.DataFrame | Markdown:
    """The relative changes kept apart, each with its quote and why it is not converted."""
    if selected.empty:
        return Markdown("No relative change is kept apart.")
    return selected[UNCONVERTED_SHOWN]
