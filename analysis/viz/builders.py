"""The named figures of every report, registered once for notebooks and slide export alike."""

from __future__ import annotations

import matplotlib.pyplot as plt

from analysis.corpus import describe as corpus
from analysis.viz import plots
from analysis.viz.theme import add_source_line, colour_for, register


def source_line(tables: dict, *, n_claims: int | None = None, n_papers: int | None = None) -> str:
    """"n claims from m papers · data <short hash> · <date>" for the foot of a figure."""
    snapshot = tables.get("snapshot", {})
    papers = n_papers if n_papers is not None else len(tables["papers"])
    what = f"{n_claims} claims from {papers} papers" if n_claims is not None else f"{papers} papers"
    return f"{what} · data {snapshot.get('data_hash', '?')[:8]} · {snapshot.get('date', '')}"


@register("papers-per-month", report_kind="corpus_overview")
def papers_per_month_figure(tables: dict) -> tuple:
    papers = tables["papers"]
    counts = corpus.papers_per_month(papers)
    fig, ax = plt.subplots()
    plots.timeline(counts, x="month", y="papers", ax=ax, xlabel="publication month",
                   ylabel="papers", color=colour_for("absolute"))
    undated = int(papers["published"].isna().sum())
    ax.set_title("Papers per publication month")
    add_source_line(fig, source_line(tables, n_papers=len(papers) - undated))
    caption = (f"Papers per month of publication ({len(papers) - undated} dated papers; "
               f"{undated} undated papers from pages without dates are not shown).")
    return fig, caption


@register("benchmark-mentions", report_kind="corpus_overview")
def benchmark_mentions_figure(tables: dict, *, top: int = 15) -> tuple:
    papers = tables["papers"]
    benchmarks = tables["benchmarks"]
    named = benchmarks[benchmarks["domain"] != "aggregate"]  # pseudo benchmarks are not named
    counts = corpus.mention_counts(papers, named, name_col="name", alias_col="aliases")
    fig, ax = plt.subplots()
    plots.bar_counts(counts, x="papers", y="name", ax=ax, top=top,
                     color=colour_for("delta"), xlabel="papers mentioning it")
    ax.set_title(f"Most mentioned benchmarks (top {top})")
    add_source_line(fig, source_line(tables))
    return fig, (f"Abstracts mentioning each benchmark by any alias as written (case-sensitive), "
                 f"top {top}.")


@register("family-mentions", report_kind="corpus_overview")
def family_mentions_figure(tables: dict, *, top: int = 15) -> tuple:
    papers = tables["papers"]
    models = tables["models"].assign(names=lambda m: m["model_id"] + ";" + m["aliases"].fillna(""))
    counts = corpus.mention_counts(papers, models, name_col="family", alias_col="names")
    fig, ax = plt.subplots()
    plots.bar_counts(counts, x="papers", y="name", ax=ax, top=top,
                     color=colour_for("relative"), xlabel="papers mentioning a model of it")
    ax.set_title(f"Most mentioned model families (top {top})")
    add_source_line(fig, source_line(tables))
    return fig, f"Abstracts naming any model of each registry family, top {top}."


@register("abstract-lengths", report_kind="corpus_overview")
def abstract_lengths_figure(tables: dict) -> tuple:
    lengths = corpus.abstract_lengths(tables["papers"])
    fig, ax = plt.subplots()
    plots.distribution(lengths, x="words", hue="source", ax=ax, xlabel="words per abstract")
    ax.set_title("Abstract length by source page")
    add_source_line(fig, source_line(tables))
    return fig, "Words per abstract, stacked by the first page a paper was found on."


def _scaling(params: dict):
    from analysis.stats.analyses import scaling_analysis

    keys = ("form", "predictors", "basis")
    options = {k: params[k] for k in keys if k in params}
    for key in ("roles", "metrics", "pool"):
        if key in params:
            options[key] = tuple(params[key])
    return scaling_analysis(params["benchmark"], **options)


def _method_palette(values) -> dict:
    return {value: colour_for(value) for value in sorted(set(values))}


def _fit_source(tables: dict, analysis) -> str:
    return source_line(tables, n_claims=analysis.fit.n_claims, n_papers=analysis.fit.n_papers)


def _message_figure(tables: dict, message: str, *, source: str | None = None) -> tuple:
    """A figure that only states why there is nothing to draw."""
    fig, ax = plt.subplots()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=18)
    add_source_line(fig, source or source_line(tables))
    return fig, message


def _no_fit_figure(tables: dict, analysis, what: str) -> tuple:
    """Say plainly why there is no fit (instead of drawing a meaningless line)."""
    obs = analysis.obs
    return _message_figure(
        tables, f"No {what} for {analysis.benchmark}: too little data.\n{analysis.refusal}",
        source=source_line(tables, n_claims=len(obs), n_papers=obs["paper_id"].nunique()))


@register("scaling-curve", report_kind="scaling")
def scaling_curve_figure(tables: dict, **params) -> tuple:
    import numpy as np
    import pandas as pd

    from analysis.stats.scaling import predict

    analysis = _scaling(params)
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


@register("token-partial", report_kind="scaling")
def token_partial_figure(tables: dict, **params) -> tuple:
    analysis = _scaling(params)
    if analysis.fit is None:
        return _no_fit_figure(tables, analysis, "token effect")
    res = analysis.residuals.merge(analysis.fit.data[["claim_id", "tokens", "method"]],
                                   on="claim_id", how="left")
    res = res[res["tokens"].notna()]
    coefficients = analysis.fit.results.params
    shown = "residual"
    if "z" in coefficients.index and analysis.fit.form == "linear":
        import numpy as np

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


@register("scaling-residuals", report_kind="scaling")
def scaling_residuals_figure(tables: dict, **params) -> tuple:
    analysis = _scaling(params)
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


@register("slope-forest", report_kind="methods")
def slope_forest_figure(tables: dict, *, form: str = "linear", predictors: str = "params") -> tuple:
    from analysis.stats.analyses import slope_table

    slopes = slope_table(tables["fits"], form=form, predictors=predictors)
    if slopes.empty:
        return _message_figure(tables, "No parameter slope: no benchmark has enough claims.")
    slopes = slopes.assign(label=slopes["benchmark"] + " (n=" + slopes["n_claims"].astype(str)
                           + ", " + slopes["n_papers"].astype(str) + " papers)")
    fig, ax = plt.subplots()
    plots.forest(slopes, y="label", x="estimate", low="ci_low", high="ci_high", ax=ax,
                 xlabel="points per decade of parameters (95% CI)")
    ax.set_title(f"Parameter slope by benchmark ({form}, {predictors})")
    add_source_line(fig, source_line(tables, n_claims=int(slopes["n_claims"].sum()),
                                     n_papers=None))
    return fig, ("Average slope of score on log10 parameters for each benchmark, cluster-robust "
                 "95% intervals; 'pooled' has benchmark fixed effects.")


@register("method-effects", report_kind="methods")
def method_effects_figure(tables: dict, **params) -> tuple:
    effects = tables["method_effects"]
    if effects.empty:
        return _message_figure(tables, "No method effects: too few claims for a pooled fit.")
    fig, ax = plt.subplots()
    plots.forest(effects, y="label", x="estimate", low="ci_low", high="ci_high", ax=ax,
                 xlabel="points above the size trend (95% CI)")
    ax.set_title("Which recipes sit above the scaling trend")
    n_claims = int(effects["n_claims"].iloc[0]) if len(effects) else 0
    n_papers = int(effects["n_papers"].iloc[0]) if len(effects) else 0
    add_source_line(fig, source_line(tables, n_claims=n_claims, n_papers=n_papers))
    return fig, ("Shift of the pooled size trend for papers tagged with each method "
                 "(intercept shifts in a pooled fit with benchmark fixed effects).")


@register("claims-per-benchmark", report_kind="claims")
def claims_per_benchmark_figure(tables: dict, *, top: int = 20) -> tuple:
    claims = tables["claims"]
    counts = (claims.groupby(["benchmark", "kind"]).size().rename("claims").reset_index())
    totals = counts.groupby("benchmark")["claims"].sum().nlargest(top).index
    counts = counts[counts["benchmark"].isin(totals)]
    fig, ax = plt.subplots()
    import seaborn as sns

    sns.barplot(data=counts, y="benchmark", x="claims", hue="kind", order=list(totals),
                palette={k: colour_for(k) for k in counts["kind"].unique()}, ax=ax)
    ax.set_xlabel("claims")
    ax.set_ylabel("")
    ax.set_title(f"Claims per benchmark and kind (top {top})")
    add_source_line(fig, source_line(tables, n_claims=len(claims),
                                     n_papers=claims["paper_id"].nunique()))
    return fig, "Extracted (and curated) claims per canonical benchmark, split by kind."
