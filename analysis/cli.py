"""Command-line interface: ingest, extract, evaluate, fit, build, figures, bench."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from analysis import config
from analysis.errors import ReasonscaleError

log = logging.getLogger("analysis")


def _cmd_ingest(args: argparse.Namespace) -> int:
    from analysis.ingest import load_corpus
    from analysis.io import write_parquet

    papers = load_corpus(args.corpus, skip_bad=args.skip_bad)
    write_parquet(papers, args.out)
    log.info("wrote %d papers to %s", len(papers), args.out)
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from analysis.build import build

    code = build(force=args.force, jobs=args.jobs, only=args.report, show_code=args.show_code,
                 wait_s=args.wait)
    print(f"reports: {config.INDEX_PATH}")
    return code


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
