"""Command line: ingest, extract, evaluate, fit, meta, build, figures and the dev commands."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from analysis import config
from analysis.errors import ReasonscaleError
from analysis.vocab import BASES, DEFAULT_METRICS, DESIGNS, META_METHODS, META_TESTS

log = logging.getLogger("analysis")

# Each command imports what it runs when it runs: `python -m analysis build` with nothing to
# do must not pay for pandas, statsmodels or nbconvert (the no-op build takes under a second).


def _cmd_ingest(args: argparse.Namespace) -> int:
    from analysis.corpus.ingest import load_corpus
    from analysis.io import write_parquet

    papers = load_corpus(args.corpus, skip_bad=args.skip_bad)
    write_parquet(papers, args.out)
    log.info("wrote %d papers to %s", len(papers), args.out)
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from analysis.build.runner import build

    code = build(force=args.force, jobs=args.jobs, only=args.report, show_code=args.show_code,
                 wait_s=args.wait)
    print(f"reports: {config.INDEX_PATH}")
    return code


def _cmd_extract(args: argparse.Namespace) -> int:
    from analysis.build.derived import extract_all
    from analysis.corpus.ingest import load_corpus
    from analysis.io import write_csv

    papers = load_corpus(args.corpus, skip_bad=args.skip_bad)
    out = extract_all(papers, apply_curation=not args.no_curation)
    write_csv(out["claims"], args.out)
    log.info("wrote %d claims from %d papers to %s", len(out["claims"]), len(papers), args.out)
    if args.facts:
        write_csv(out["facts"], args.facts)
        log.info("wrote %d model facts to %s", len(out["facts"]), args.facts)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from analysis.build.derived import extract_all
    from analysis.claims.evaluate import evaluate, format_evaluation
    from analysis.corpus.ingest import load_corpus
    from analysis.curated.tables import load_claims

    if args.claims:
        claims = load_claims(args.claims)
    else:  # evaluate the rules themselves, without curation
        claims = extract_all(load_corpus(args.corpus), apply_curation=False)["claims"]
    result = evaluate(claims, args.gold)
    print(format_evaluation(result))
    return 0


def _cmd_fit(args: argparse.Namespace) -> int:
    from analysis.curated.tables import load_inputs_from
    from analysis.io import write_csv
    from analysis.stats.fits_table import benchmark_sets, fits_table
    from analysis.stats.observations import observation_table

    inputs = load_inputs_from(claims=args.claims, registry=args.registry,
                              benchmarks=args.benchmarks, methods=args.methods,
                              papers=args.papers, model_names=args.model_names)
    table = observation_table(inputs.pop("claims"), **inputs)
    sets = [(b, ()) for b in args.benchmark] if args.benchmark else benchmark_sets(table)
    selection = {"basis": args.basis, "metrics": tuple(args.metric or DEFAULT_METRICS)}
    fits = fits_table(table, designs=tuple(args.design or DESIGNS), sets=sets,
                      selection=selection)
    write_csv(fits, args.out)
    headlines = fits[fits["term"].isin(["x_c", "c_c", "year_c"]) | (fits["status"] != "ok")]
    for row in headlines[headlines["model"] != "FE"].itertuples():
        if row.status != "ok":
            log.info("%s %s: refused: %s", row.benchmark, row.design, row.verdict_reason)
        elif row.term in ("x_c", "c_c") or row.design == "era":
            log.info("%s %s %s: %s %+.2f [%+.2f, %+.2f] (%d claims, %d papers)", row.benchmark,
                     row.design, row.term, row.verdict, row.estimate, row.ci_low,
                     row.ci_high, row.n_claims, row.n_papers)
    log.info("wrote %d rows to %s", len(fits), args.out)
    return 0


def _cmd_meta(args: argparse.Namespace) -> int:
    import pandas as pd

    from analysis.io import write_csv
    from analysis.stats.meta.command import run_meta

    try:
        data = pd.read_csv(args.data)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise ReasonscaleError(f"{args.data}: not a readable CSV table: {exc}") from None
    table = run_meta(data, yi=args.yi, vi=args.vi, mods=args.mods, random=args.random,
                     method=args.method, test=args.test, robust=args.robust, level=args.level,
                     allow_nonconvergence=args.allow_nonconvergence)
    write_csv(table, args.out)
    for reason, count in table.attrs.get("dropped", {}).items():
        log.warning("%s: %d row(s) dropped (%s)", args.data, count, reason)
    print(table.to_string(index=False))
    log.info("wrote %d rows to %s", len(table), args.out)
    return 0


def _cmd_figures(args: argparse.Namespace) -> int:
    from analysis.reports.export import export_figures

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    written = export_figures(reports=args.report, formats=formats, aspect=args.aspect,
                             theme_name=args.theme)
    print(f"{len(written)} figure files in {config.FIGURES_DIR}")
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from analysis.dev.bench import run_bench

    run_bench(runs=args.runs, sizes=tuple(args.sizes), out=args.out,
              reference=not args.no_reference)
    return 0


def _cmd_blind_reads(args: argparse.Namespace) -> int:
    from analysis.dev.blind_reads import pooled_rates, run_blind_reads

    reads = run_blind_reads()
    print(reads.to_string(index=False))  # the tables are this command's output
    print()
    print(pooled_rates(reads).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    return 0


def _cmd_screen_study(args: argparse.Namespace) -> int:
    from analysis.dev.screen_study import leave_one_set_out, screen_table, study_rows

    rows, gold = study_rows()
    table = screen_table(rows, leave_one_set_out(rows), gold=gold)
    print(f"{len(rows)} named scores found by the blind reads, {int((~rows['correct']).sum())} "
          f"wrong; {gold} in the gold")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    return 0


def _cmd_provenance(args: argparse.Namespace) -> int:
    from analysis.curated.benchmarks import load_benchmarks
    from analysis.curated.provenance import markdown_table, provenance_counts, provenance_markdown
    from analysis.curated.registry import load_registry
    from analysis.curated.tables import load_observations
    from analysis.stats.size_origins import (
        claim_size_origins,
        coverage_sentence,
        named_score_coverage,
    )

    print(provenance_markdown(provenance_counts(load_registry(args.registry),
                                                load_benchmarks(args.benchmarks))))
    if args.observations.exists():  # build-dependent: printed, never asserted by a test
        observations = load_observations(args.observations)
        print("\n" + markdown_table(claim_size_origins(observations)))
        print("\n" + coverage_sentence(named_score_coverage(observations)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="parse raw pages into the papers table")
    ingest.add_argument("--corpus", type=Path, default=config.RAW_DIR)
    ingest.add_argument("--out", type=Path, default=config.PAPERS_PATH)
    ingest.add_argument("--skip-bad", action="store_true",
                        help="warn about and skip unreadable pages instead of failing")
    ingest.set_defaults(func=_cmd_ingest)

    build = sub.add_parser("build", help="build derived tables and the report matrix")
    build.add_argument("--force", action="store_true", help="rebuild everything")
    build.add_argument("--jobs", type=int, default=None, help="parallel reports (default: cores)")
    build.add_argument("--report", action="append", help="only this report (repeatable)")
    build.add_argument("--show-code", action="store_true", help="show code cells in the HTML")
    build.add_argument("--wait", type=float, default=0.0,
                       help="seconds to wait for another running build (default: fail at once)")
    build.set_defaults(func=_cmd_build)

    extract = sub.add_parser("extract", help="extract claims (and model facts) from pages")
    extract.add_argument("--corpus", type=Path, default=config.RAW_DIR)
    extract.add_argument("--out", type=Path, default=config.CLAIMS_PATH)
    extract.add_argument("--facts", type=Path, default=None, help="also write model facts here")
    extract.add_argument("--no-curation", action="store_true",
                         help="the rules' output only, without data/curation/claims.csv")
    extract.add_argument("--skip-bad", action="store_true")
    extract.set_defaults(func=_cmd_extract)

    evaluate = sub.add_parser("evaluate", help="precision/recall of extraction against a gold set")
    evaluate.add_argument("--gold", type=Path, required=True,
                          help="folder of *_claims.csv / *_papers.csv gold files")
    evaluate.add_argument("--claims", type=Path, default=None,
                          help="claims to score (default: extract from --corpus, uncurated)")
    evaluate.add_argument("--corpus", type=Path, default=config.RAW_DIR)
    evaluate.set_defaults(func=_cmd_evaluate)

    fit = sub.add_parser("fit", help="the scaling designs (between, within, era) with verdicts")
    fit.add_argument("--claims", type=Path, default=config.CLAIMS_PATH)
    fit.add_argument("--registry", type=Path, default=config.MODELS_PATH)
    fit.add_argument("--benchmarks", type=Path, default=config.BENCHMARKS_PATH)
    fit.add_argument("--methods", type=Path, default=config.METHODS_PATH,
                     help="paper-level recipe tags (optional: without them no recipe is known)")
    fit.add_argument("--papers", type=Path, default=config.PAPERS_PATH,
                     help="papers table (optional: dates the papers' own models)")
    fit.add_argument("--model-names", type=Path, default=config.MODEL_NAMES_PATH,
                     help="curated decisions on unresolved model names (optional)")
    fit.add_argument("--out", type=Path, default=config.FITS_PATH)
    fit.add_argument("--benchmark", action="append",
                     help="benchmark to fit, or 'pooled' (repeatable; default: every benchmark "
                          "with enough claims, the AIME years pooled, and all pooled)")
    fit.add_argument("--design", action="append", choices=DESIGNS,
                     help="between, within or era (repeatable; default: all three)")
    fit.add_argument("--basis", choices=BASES, default="total")
    fit.add_argument("--metric", action="append",
                     help=f"claim metrics to include (default {', '.join(DEFAULT_METRICS)})")
    fit.set_defaults(func=_cmd_fit)

    meta = sub.add_parser(
        "meta", help="meta-analysis of any table, with metafor's meaning of each option",
        description="Random-effects meta-regression of one CSV table (metafor's rma / rma.mv)."
                    " Writes one row per coefficient, then the variance components, QE, QE_p"
                    " and I2.")
    meta.add_argument("--data", type=Path, required=True, help="CSV table, one row per estimate")
    meta.add_argument("--yi", required=True, help="column of the estimates")
    meta.add_argument("--vi", required=True, help="column of their sampling variances")
    meta.add_argument("--mods", default=None,
                      help='right-hand side of a formula, e.g. "x + C(benchmark)" (default: '
                           "intercept only)")
    meta.add_argument("--random", default=None,
                      help="A: random intercepts for A; A/B: for A and for B within A (default:"
                           " single-level tau2 with REML/ML)")
    meta.add_argument("--method", default="REML", type=str.upper, choices=META_METHODS)
    meta.add_argument("--test", default="z", type=str.lower, choices=META_TESTS,
                      help="model-based inference: z, t (df = k - p), knha (single level)")
    meta.add_argument("--robust", default=None, metavar="CLUSTER",
                      help="cluster-robust CR2 by this column with Satterthwaite df "
                           "(clubSandwich) for the coefficient rows")
    meta.add_argument("--level", type=float, default=0.95, help="confidence level")
    meta.add_argument("--allow-nonconvergence", action="store_true",
                      help="write the table even if the variance components did not converge")
    meta.add_argument("--out", type=Path, required=True, help="CSV file to write")
    meta.set_defaults(func=_cmd_meta)

    figures = sub.add_parser("figures", help="export the built reports' figures for slides")
    figures.add_argument("--report", action="append", help="only this report (repeatable)")
    figures.add_argument("--format", default="png,svg,pdf", help="comma-separated formats")
    figures.add_argument("--aspect", choices=["16:9", "4:3"], default="16:9")
    figures.add_argument("--theme", choices=["light", "dark"], default="light")
    figures.set_defaults(func=_cmd_figures)

    provenance = sub.add_parser(
        "provenance", help="print the 'Provenance counts' tables of data/registry/README.md")
    provenance.add_argument("--registry", type=Path, default=config.MODELS_PATH)
    provenance.add_argument("--benchmarks", type=Path, default=config.BENCHMARKS_PATH)
    provenance.add_argument("--observations", type=Path, default=config.OBSERVATIONS_PATH,
                            help="also claims by where their size comes from (if built)")
    provenance.set_defaults(func=_cmd_provenance)

    bench = sub.add_parser("bench", help="measure build speed and extraction throughput")
    bench.add_argument("--runs", type=int, default=3, help="repeats of the short measurements")
    bench.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000],
                       help="synthetic corpus sizes (abstracts) for extraction throughput")
    bench.add_argument("--out", type=Path, default=config.REPORTS_DIR / "bench.json")
    bench.add_argument("--no-reference", action="store_true",
                       help="skip timing the extractor of the reference commit")
    bench.set_defaults(func=_cmd_bench)

    blind = sub.add_parser("blind-reads", help="the synthetic hold-outs, each scored with the "
                           "extractor of the commit that first read it (needs git history)")
    blind.set_defaults(func=_cmd_blind_reads)

    screen = sub.add_parser("screen-study", help="a filter learned from the other blind sets, "
                            "fitted leave-one-set-out: what it would drop from each read")
    screen.set_defaults(func=_cmd_screen_study)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; product errors print one clear message and exit 2."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S",
    )
    try:
        return args.func(args)
    except ReasonscaleError as exc:
        log.error("%s", exc)
        return 2
    except OSError as exc:  # full disk, read-only folder, missing file: say which, no traceback
        log.error("%s: %s", getattr(exc, "filename", "") or "I/O error", exc.strerror or exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
