"""Figures of a scaling report: the curve, the token effect and the residuals."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from analysis.stats.analyses import ScalingAnalysis, observations_for, scaling_analysis
from analysis.stats.scaling import predict
from analysis.viz import plots
from analysis.viz.figure import FigureSpec, message_figure, source_line
from analysis.viz.theme import add_source_line, colour_for


def scaling_result(tables: dict, *, result: ScalingAnalysis | None = None,
                   **params) -> ScalingAnalysis:
    """The report's analysis when it was handed over, else computed from the tables.

    A notebook computes the analysis once and passes it to every figure; the slide export
    redraws a figure from its recorded parameters and computes it here.
    """
    if result is not None:
        return result
    selection = {k: tuple(params[k]) for k in ("roles", "metrics") if k in params}
    obs, filters = observations_for(tables, basis=params.get("basis", "total"), **selection)
    return scaling_analysis(obs, filters, benchmark=params["benchmark"],
                            pool=tuple(params.get("pool", ())),
                            form=params.get("form", "linear"),
                            predictors=params.get("predictors", "params"))


def _method_palette(values) -> dict:
    return {value: colour_for(value) for value in sorted(set(values))}


def _fit_source(tables: dict, analysis) -> str:
    return source_line(tables, n_claims=analysis.fit.n_claims, n_papers=analysis.fit.n_papers)


def _no_fit_figure(tables: dict, analysis, what: str) -> tuple:
    """Say plainly why there is no fit (instead of drawing a meaningless line)."""
    obs = analysis.obs
    return message_figure(
        tables, f"No {what} for {analysis.benchmark}: too little data.\n{analysis.refusal}",
        source=source_line(tables, n_claims=len(obs), n_papers=obs["paper_id"].nunique()))


def scaling_curve_figure(tables: dict, *, result: ScalingAnalysis | None = None,
                         **params) -> tuple:
    analysis = scaling_result(tables, result=result, **params)
    if analysis.fit is None:  # no trend: show the claims there are, labelled, without a line
        obs = analysis.obs.assign(label=analysis.obs["model"])
        fig, ax = plt.subplots()
        plots.scaling_scatter(obs, x="params", y="score", hue="method", label="label",
                              palette=_method_palette(obs["method"]), ax=ax,
                              xlabel="parameters (log scale)",
                              ylabel=f"{analysis.benchmark} score (%)")
        ax.set_title(f"{analysis.benchmark}: the claims there are (too few for a fit)")
        add_source_line(fig, source_line(tables, n_claims=len(obs),
                                         n_papers=obs["paper_id"].nunique()))
        return fig, f"No fit: {analysis.refusal}. Every usable claim is shown and labelled."
    obs = analysis.fit.data.copy()
    extremes = set(analysis.outliers.groupby("direction").head(2)["claim_id"])
    obs["label"] = np.where(obs["claim_id"].isin(extremes), obs["model"], "")
    grid = pd.DataFrame({"params": np.logspace(np.log10(obs["params"].min()),
                                               np.log10(obs["params"].max()), 60)})
    if analysis.fit.predictors != "params":
        grid["tokens"] = float(obs["tokens"].median())
    if analysis.fit.options["pooled"]:  # one parallel line per benchmark, over its own claims
        spans = obs.groupby("benchmark")["params"].agg(["min", "max", "size"])
        spans = spans[(spans["size"] >= 2) & (spans["max"] > spans["min"])]
        grid = pd.concat([
            pd.DataFrame({"params": np.logspace(np.log10(row["min"]), np.log10(row["max"]), 20),
                          "benchmark": name}).assign(
                tokens=float(obs["tokens"].median()) if "tokens" in grid else np.nan)
            for name, row in spans.iterrows()], ignore_index=True)
        if analysis.fit.predictors == "params":
            grid = grid.drop(columns="tokens")
        curve = predict(analysis.fit, grid).assign(group=lambda f: f["benchmark"])
    else:
        curve = predict(analysis.fit, grid)
    fig, ax = plt.subplots()
    plots.scaling_scatter(obs, x="params", y="score", hue="method", curve=curve, label="label",
                          palette=_method_palette(obs["method"]), ax=ax,
                          xlabel=f"parameters ({params.get('basis', 'total')}, log scale)",
                          ylabel=f"{analysis.benchmark} score (%)")
    ax.set_title(f"{analysis.benchmark}: score against model size ({analysis.fit.form} fit)")
    ax.legend(loc="best", fontsize=14)
    add_source_line(fig, _fit_source(tables, analysis))
    caption = (f"{analysis.fit.n_claims} absolute claims on {analysis.benchmark} from "
               f"{analysis.fit.n_papers} papers and {analysis.fit.n_models} models; "
               f"{analysis.fit.formula}, weighted by binomial precision, band = 95% interval "
               "of the mean (cluster-robust by paper). Labelled: claims furthest from the trend.")
    return fig, caption


def token_partial_figure(tables: dict, *, result: ScalingAnalysis | None = None,
                         **params) -> tuple:
    analysis = scaling_result(tables, result=result, **params)
    if analysis.fit is None:
        return _no_fit_figure(tables, analysis, "token effect")
    res = analysis.residuals.merge(analysis.fit.data[["claim_id", "tokens", "method"]],
                                   on="claim_id", how="left")
    res = res[res["tokens"].notna()]
    coefficients = analysis.fit.results.params
    shown = "residual"
    if "z" in coefficients.index and analysis.fit.form == "linear":
        res["partial"] = res["residual"] + coefficients["z"] * np.log10(res["tokens"])
        shown = "partial"
    fig, ax = plt.subplots()
    plots.residual_plot(res, x="tokens", y=shown, hue="method",
                        palette=_method_palette(res["method"]), ax=ax,
                        xlabel="pre-training tokens (log scale)",
                        ylabel="partial residual (points)" if shown == "partial"
                        else "residual of the size fit (points)")
    ax.set_title(f"{analysis.benchmark}: the token effect")
    add_source_line(fig, source_line(tables, n_claims=len(res),
                                     n_papers=res["paper_id"].nunique()))
    caption = ("Partial residuals for log10 tokens (the token effect with size held fixed)."
               if shown == "partial" else
               "Residuals of the size-only fit against pre-training tokens: a trend here is "
               "the token effect the size fit leaves out.")
    return fig, caption + f" {len(res)} claims with known tokens."


def scaling_residuals_figure(tables: dict, *, result: ScalingAnalysis | None = None,
                             **params) -> tuple:
    analysis = scaling_result(tables, result=result, **params)
    if analysis.fit is None:
        return _no_fit_figure(tables, analysis, "residuals")
    res = analysis.residuals.merge(analysis.fit.data[["claim_id", "method"]], on="claim_id")
    fig, ax = plt.subplots()
    plots.residual_plot(res, x="params", y="residual", hue="method",
                        palette=_method_palette(res["method"]), ax=ax,
                        xlabel="parameters (log scale)", ylabel="residual (points)")
    ax.set_title(f"{analysis.benchmark}: residuals of the {analysis.fit.form} fit")
    add_source_line(fig, _fit_source(tables, analysis))
    return fig, "Observed minus fitted score per claim; colour = the paper's method tag."


SPECS = (
    FigureSpec("scaling-curve", scaling_curve_figure, "scaling"),
    FigureSpec("token-partial", token_partial_figure, "scaling"),
    FigureSpec("scaling-residuals", scaling_residuals_figure, "scaling"),
)
