"""``python -m analysis report``: the lessons-learnt report from tidy export files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from analysis.cache import AnalysisCache, report_key
from questionnaire_format.vocabulary import definition_files

from .outputs import read_outputs, write_outputs

# Coded comments are kept beside the report, so the next report of the same data codes nothing again.
CACHE_NAME = ".text-features.sqlite3"
EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _threshold(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"threshold must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("threshold must be 1 or more")
    return value


def run_report(args: argparse.Namespace) -> int:
    """Read the inputs and definitions, build the report and write it; 2 on bad input."""
    out = Path(args.out)
    inputs = [Path(p) for p in args.input]
    cache_path = None if args.no_cache else Path(args.cache) if args.cache else out / CACHE_NAME
    key = None
    if cache_path is not None and all(path.is_file() for path in inputs):
        definitions = definition_files(Path(args.questionnaires))
        key = report_key(inputs, definitions, f"threshold={args.threshold}")
        # Only an existing cache is read here: bad input must leave no folder or file behind.
        if cache_path.is_file():
            with AnalysisCache(cache_path) as cache:
                stored = cache.stored_report(key)
            if stored is not None:
                write_outputs(stored, out)
                print(f"Inputs unchanged since the last report: its outputs written again to {out}")
                return EXIT_OK
    # Imported only now: the answer from the cache above needs none of them, and they take a second.
    from analysis.schema import SpecError, load_questionnaire_specs
    from analysis.text.codebook import CodebookError
    from analysis.tidy import ExportError, read_exports

    from .build import ReportInputError
    from .run import report_from_frames

    try:
        specs = load_questionnaire_specs(Path(args.questionnaires))
        frames = read_exports(inputs)
        if not frames:
            raise ReportInputError("the input files hold no responses")
        if cache_path is None:
            doc = report_from_frames(frames, specs, out, threshold=args.threshold)
        else:
            with AnalysisCache(cache_path) as cache:
                doc = report_from_frames(
                    frames, specs, out, threshold=args.threshold, coder=cache.code, render=cache.chart_pngs
                )
                if key is not None:
                    cache.store_report(key, read_outputs(out))
    except (ExportError, SpecError, ReportInputError, CodebookError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        f"Wrote report.html, report.docx, report.pdf, report.md, {len(doc.summaries)} summary CSVs and "
        f"suppression_log.csv ({len(doc.suppression_log)} hidden cells) to {args.out}"
    )
    return EXIT_OK


def add_report_command(subparsers: Any) -> None:
    """Register ``report`` on the ``python -m analysis`` subcommand parser."""
    parser = subparsers.add_parser(
        "report", help="the lessons-learnt report (HTML, Word, Markdown, summary CSVs) from tidy exports"
    )
    parser.add_argument(
        "--input",
        action="append",
        required=True,
        metavar="FILE",
        help="tidy export (.csv or .xlsx); repeatable",
    )
    parser.add_argument(
        "--questionnaires",
        default="questionnaires",
        metavar="DIR",
        help="definitions (default questionnaires/)",
    )
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=5,
        help="smallest count shown; 1 to threshold-1 become * (default 5)",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the report into")
    parser.add_argument(
        "--cache",
        metavar="FILE",
        help=f"where coded comments, charts and the last report are cached (default OUT/{CACHE_NAME})",
    )
    parser.add_argument("--no-cache", action="store_true", help="code every comment afresh, cache nothing")
    parser.set_defaults(func=run_report)
