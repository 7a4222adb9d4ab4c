"""Command line: `python -m analysis <subcommand>`; one function per subcommand, dispatched by name."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from analysis.evaluation_halves import ALL_SET_HALVES
from analysis.report.cli import add_report_command
from analysis.text.codebook import Codebook, CodebookError, load_codebook

#: Exit code for bad input (missing file or column, broken codebook), as argparse uses for bad usage.
EXIT_BAD_INPUT = 2
# Rows read at a time by `code`, so a million-row file is coded in bounded memory.
READ_CHUNK_ROWS = 50_000


class InputError(Exception):
    """Input the command cannot use; the message is shown to the user."""


def _fail(message: str) -> int:
    """Print a message on stderr and return the bad-input exit code."""
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _load_codebooks(paths: Sequence[str]) -> list[Codebook]:
    """Load every codebook, turning any problem into an InputError."""
    try:
        return [load_codebook(p) for p in paths]
    except CodebookError as exc:
        raise InputError(str(exc)) from exc


def _read_header(path: Path) -> list[str]:
    """Column names of a CSV file, or an InputError if it cannot be read."""
    import pandas as pd

    if not path.is_file():
        raise InputError(f"{path}: input file not found")
    try:
        return [str(c) for c in pd.read_csv(path, nrows=0).columns]
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, OSError) as exc:
        raise InputError(f"{path}: cannot read as CSV: {exc}") from exc


def _require_columns(path: Path, header: Sequence[str], columns: Sequence[str | None]) -> None:
    """Raise InputError naming the first requested column the file lacks."""
    for column in columns:
        if column is not None and column not in header:
            raise InputError(f"{path}: no column {column!r} (columns: {', '.join(header)})")


def cmd_code(args: argparse.Namespace) -> int:
    """Code a CSV of comments with one or more codebooks and write the coded CSV."""
    import pandas as pd

    from analysis.text.coding import CODED_COLUMNS, CommentCoder

    source = Path(args.input)
    out = Path(args.out)
    try:
        header = _read_header(source)
        _require_columns(source, header, [args.text_column, args.prompt_column])
        codebooks = _load_codebooks(args.codebook)
    except InputError as exc:
        return _fail(str(exc))
    labels = {t.key: t.label for book in reversed(codebooks) for t in book.themes}

    # Write to a temporary file beside the target and rename at the end, so a failure part-way
    # leaves nothing (or the previous file) behind rather than half a result.
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    rows = 0
    try:
        # Every column is read as text and empty cells stay "", so identifiers keep leading zeros and
        # comments such as "N/A" or "None" are not turned into missing values.
        reader = pd.read_csv(source, dtype=str, keep_default_na=False, chunksize=READ_CHUNK_ROWS)
        with CommentCoder(codebooks) as coder:
            for number, chunk in enumerate(reader):
                coded = coder.code(chunk, text_column=args.text_column, prompt_column=args.prompt_column)
                coded["themes"] = [
                    ";".join(labels[k] for k in v.split(";") if k) for v in coded["themes"].tolist()
                ]
                coded = coded.drop(columns=["theme_rules"])
                coded.to_csv(tmp, mode="w" if number == 0 else "a", header=number == 0, index=False)
                rows += len(coded)
        if rows == 0:
            # An input with a header and no rows still gives a file with the header.
            columns = [*header, *(c for c in CODED_COLUMNS if c != "theme_rules")]
            pd.DataFrame(columns=columns).to_csv(tmp, index=False)
        tmp.replace(out)
    except (pd.errors.ParserError, UnicodeDecodeError, OSError) as exc:
        return _fail(f"{source}: cannot code: {exc}")
    finally:
        tmp.unlink(missing_ok=True)
    print(f"coded {rows} comments into {out}", file=sys.stderr)
    return 0


def _format_evaluation(result: object) -> str:
    """The evaluation as readable text tables."""
    from analysis.evaluation import Evaluation

    assert isinstance(result, Evaluation)

    def f(value: float) -> str:
        """A score to three decimals, or a dash when undefined."""
        return "-" if math.isnan(value) else f"{value:.3f}"

    lines = [f"Comments: {result.comments}", "", "Themes (support = hand-labelled comments):"]
    table = result.per_theme[result.per_theme["support"] + result.per_theme["predicted"] > 0]
    width = max([len(str(x)) for x in table["label"]] + [5])
    lines.append(f"  {'theme':<{width}}  precision  recall     f1  support  predicted")
    for r in table.to_dict("records"):
        lines.append(
            f"  {r['label']:<{width}}  {f(float(r['precision'])):>9}  {f(float(r['recall'])):>6}"
            f"  {f(float(r['f1'])):>5}  {int(r['support']):>7}  {int(r['predicted']):>9}"
        )
    lines += [
        "",
        f"All themes:   micro F1 {f(result.micro_f1)}   macro F1 {f(result.macro_f1)}",
        f"Top {len(result.top_themes)} themes: micro F1 {f(result.micro_f1_top)}   "
        f"macro F1 {f(result.macro_f1_top)}   macro precision {f(result.macro_precision_top)}   "
        f"macro recall {f(result.macro_recall_top)}",
        "",
        f"Sentiment (3-class): accuracy {f(result.sentiment_accuracy)}   "
        f"Cohen's kappa {f(result.sentiment_kappa)}",
        "Confusion (rows labelled, columns engine):",
        result.confusion.to_string(),
    ]
    if result.unmapped_labels:
        unmapped = ", ".join(f"{k} ({v})" for k, v in result.unmapped_labels.items())
        lines += ["", f"Labels with no theme in the codebook (not scored): {unmapped}"]
    if result.rules is not None:
        lines += [
            "",
            "Rules, most used first (fired: comments where the rule found its theme; agreed: of those,",
            "hand-labelled with the theme; deciding: the theme's only rule there, so dropping the rule",
            "drops the theme):",
            f"  {'fired':>5}  {'agreed':>6}  {'precision':>9}  {'deciding':>8}  {'agreed':>6}  theme / rule",
        ]
        for r in result.rules.to_dict("records"):
            lines.append(
                f"  {int(r['fired']):>5}  {int(r['agreed']):>6}  {f(float(r['precision'])):>9}"
                f"  {int(r['deciding']):>8}  {int(r['deciding_agreed']):>6}  {r['theme']} / {r['rule']}"
            )
    return "\n".join(lines)


def _evaluate_set(args: argparse.Namespace) -> int:
    """Score the engine on one half of a labelled set of analysis/evaluation_sets/ and print the figures."""
    from analysis.set_evaluation import HALVES, SET_EVALUATORS, run_set

    if args.set not in SET_EVALUATORS:
        return _fail(f"no labelled set {args.set!r}; sets: {', '.join(sorted(SET_EVALUATORS))}")
    half = args.half or "dev"
    if half not in HALVES:
        return _fail(f"--half with --set must be one of {', '.join(HALVES)}, not {half!r}")
    try:
        report = run_set(args.set, half, errors=args.errors)
    except (FileNotFoundError, ValueError) as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps({"half": half, **report.as_dict()}, indent=None))
    else:
        print(f"Half: {half}")
        print(report.as_text())
    return 0


def _one_of(halves: tuple[str, ...]) -> str:
    """The halves a set takes, as a sentence lists them ("dev, aside or train")."""
    return f"{', '.join(halves[:-1])} or {halves[-1]}"


def cmd_evaluate_redaction(args: argparse.Namespace) -> int:
    """Score redaction on one half of the labelled redaction set (dev unless --half aside or blind)."""
    from analysis.redaction_evaluation import HALVES, format_score, load_rows, score_redaction

    half = args.half or "dev"
    if half not in HALVES:
        return _fail(f"--set redaction takes --half {_one_of(HALVES)}")
    score = score_redaction(load_rows(half), half)
    print(json.dumps(score.as_dict()) if args.json else format_score(score))
    return 0


def cmd_evaluate_risk(args: argparse.Namespace) -> int:
    """Score the risk flags on the labelled risk set (one half, or both) and print the figures."""
    from analysis.risk_evaluation import HALVES, evaluate_risk, format_risk_evaluation, load_risk_set

    if args.half not in (None, *HALVES):
        return _fail(f"--set risk takes --half {_one_of(HALVES)}")
    result = evaluate_risk(load_risk_set(args.half), args.half or "all")
    print(json.dumps(result.as_dict()) if args.json else format_risk_evaluation(result))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Compare the engine with a hand-labelled CSV and print the agreement figures."""
    if args.set == "redaction":
        return cmd_evaluate_redaction(args)
    if args.set == "risk":
        return cmd_evaluate_risk(args)
    if args.set:
        return _evaluate_set(args)
    if not args.labelled or not args.codebook:
        return _fail("evaluate needs --labelled and --codebook, or --set NAME")
    if args.half not in (None, "a", "b"):
        return _fail(f"--half of a labelled file is a or b, not {args.half!r} (dev/aside are for --set)")
    import pandas as pd

    from analysis.evaluation import evaluate, split_half

    source = Path(args.labelled)
    try:
        header = _read_header(source)
        labels = args.labels_column if args.labels_column in header else args.fallback_labels_column
        _require_columns(source, header, [args.text_column, args.sentiment_column, labels])
        if args.prompt_column:
            _require_columns(source, header, [args.prompt_column])
        (codebook,) = _load_codebooks([args.codebook])
    except InputError as exc:
        return _fail(str(exc))
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    if args.half:
        frame = split_half(frame, args.half, seed=args.seed)
    result = evaluate(
        frame,
        codebook,
        text_column=args.text_column,
        prompt_column=args.prompt_column or None,
        labels_column=args.labels_column,
        fallback_labels_column=args.fallback_labels_column,
        sentiment_column=args.sentiment_column,
        rules=args.rules,
    )
    if args.json:
        print(json.dumps(result.as_dict(), indent=None))
    else:
        print(_format_evaluation(result))
    return 0


def _add_code(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Arguments of `code`."""
    p = sub.add_parser("code", help="code a CSV of comments: themes, sentiment, redaction, risk flags")
    p.add_argument("--input", required=True, help="CSV file of comments")
    p.add_argument("--codebook", required=True, action="append", help="codebook YAML (repeatable)")
    p.add_argument("--text-column", required=True, help="column holding the comment text")
    p.add_argument("--prompt-column", default=None, help="column naming the prompt answered (optional)")
    p.add_argument("--out", required=True, help="CSV file to write")
    p.set_defaults(func=cmd_code)


def _add_evaluate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Arguments of `evaluate`."""
    p = sub.add_parser("evaluate", help="compare the engine with hand-labelled comments")
    p.add_argument("--labelled", help="CSV of hand-labelled comments")
    p.add_argument("--codebook", help="codebook YAML whose theme labels name the labels")
    p.add_argument("--set", help="score a labelled set of analysis/evaluation_sets/ instead (e.g. workforce)")
    p.add_argument("--errors", action="store_true", help="with --set: also list the comments scored wrong")
    p.add_argument("--text-column", default="comment_text")
    p.add_argument("--prompt-column", default="question_type", help="'' to ignore prompts")
    p.add_argument("--labels-column", default="labels_v7", help="';'-separated theme labels")
    p.add_argument("--fallback-labels-column", default="labels", help="used where the labels column is empty")
    p.add_argument("--sentiment-column", default="sentiment_3", help="positive / neutral_mixed / negative")
    p.add_argument(
        "--half",
        choices=["a", "b", *ALL_SET_HALVES],
        help=(
            "a or b: half of a seeded random split of --labelled; with --set: dev (default), aside, all, "
            "holdout, blind, unseen, fresh, sealed, hidden, reserve, sequel, finale, envoi, afterword, "
            "postscript, appendix, addendum, supplement, annex, rider, codicil, colophon, endnote, "
            "marginalia, gloss, footnote, scholium, postil, rubric, proem, exordium, preamble, prologue, "
            "foreword, preface, introduction, overture, prelude, incipit, flyleaf, frontispiece, halftitle, "
            "dedication, epigraph, endpaper, errata, imprint, bookplate, slipcase, bookmark or headband "
            "(the set's files written without sight of the rules; the risk and redaction sets also spare, "
            "extra, kept, withheld, vault, coda and epilogue); train: the risk set's training file"
        ),
    )
    p.add_argument("--seed", type=int, default=2026, help="seed of the split (default 2026)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    p.add_argument("--rules", action="store_true", help="also list every rule that fired, with its precision")
    p.set_defaults(func=cmd_evaluate)


def _page_numbers(text: str) -> list[int]:
    """Page numbers from "1-4,7" (a range or single pages, comma separated)."""
    numbers: list[int] = []
    for part in text.split(","):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise argparse.ArgumentTypeError(f"not a page list: {text!r} (for example 1-4,7)")
        numbers += range(int(first), int(last or first) + 1)
    return numbers


def cmd_pages(args: argparse.Namespace) -> int:
    """Write pages of a report's PDF as PNG images (page-01.png, ...)."""
    from .report.page_images import pdf_page_pngs

    source = Path(args.pdf)
    if not source.is_file():
        return _fail(f"no such PDF: {source}")
    try:
        images = pdf_page_pngs(source, args.pages, args.dpi)
    except Exception as exc:  # PDFium's own error types; a corrupt file gets a message, not a trace
        return _fail(f"{source} could not be read as a PDF: {exc}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number, png in images.items():
        (out / f"page-{number:02d}.png").write_bytes(png)
    print(f"Wrote {len(images)} page images to {out}")
    return 0


def _add_pages(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Arguments of `pages`."""
    p = sub.add_parser("pages", help="write pages of a report's PDF as PNG images")
    p.add_argument("--pdf", required=True, help="the report's PDF (report.pdf of `report --out`)")
    p.add_argument(
        "--pages", type=_page_numbers, default=[1, 2, 3, 4], help="pages, e.g. 1-4,7 (default 1-4)"
    )
    p.add_argument("--dpi", type=int, default=80, help="resolution (default 80)")
    p.add_argument("--out", required=True, help="folder to write page-NN.png into")
    p.set_defaults(func=cmd_pages)


def cmd_train_risk(args: argparse.Namespace) -> int:
    """Train the learned reading of risk and write its weights, or score it on left-out files."""
    try:
        from analysis.risk_training import THRESHOLD, run_folds, write_model
    except ImportError:
        return _fail("train-risk needs scikit-learn: .venv/bin/pip install -r requirements-dev.txt")
    if args.folds:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            results = run_folds(Path(scratch), args.threshold or THRESHOLD)
        if args.json:
            print(json.dumps([vars(result) for result in results]))
        else:
            print("\n\n".join(r.format() for r in results))
        return 0
    weights = write_model()
    print(f"trained on {weights['training']['rows']} labelled comments; {len(weights['terms'])} terms")
    return 0


def _add_train_risk(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Arguments of `train-risk`."""
    p = sub.add_parser("train-risk", help="train the learned reading of risk on the labelled risk files")
    p.add_argument("--folds", action="store_true", help="score each left-out file; write nothing")
    p.add_argument("--json", action="store_true", help="with --folds: print JSON")
    p.add_argument(
        "--threshold", type=float, help="with --folds: score at this threshold, not the shipped one"
    )
    p.set_defaults(func=cmd_train_risk)


def cmd_train_themes(args: argparse.Namespace) -> int:
    """Train the learned reading of themes and write its weights, or score it on left-out files."""
    try:
        from analysis.theme_training import (
            QUESTIONNAIRES,
            choose_thresholds,
            run_folds,
            sweep_thresholds,
            write_model,
        )
    except ImportError:
        return _fail("train-themes needs scikit-learn: .venv/bin/pip install -r requirements-dev.txt")
    names = [args.set] if args.set else list(QUESTIONNAIRES)
    if args.sweep:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            for name in names:
                swept = sweep_thresholds(Path(scratch), name)
                for (keep, add), (p, r) in sorted(swept.items()):
                    f1 = 2 * p * r / (p + r) if p + r else 0.0
                    print(f"{name:<18} keep {keep:.2f} add {add:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
                keep, add = choose_thresholds(swept)
                print(f"{name:<18} chosen: keep {keep:.2f} add {add:.2f}")
        return 0
    if args.folds:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            results = [fold for name in names for fold in run_folds(Path(scratch), name)]
        if args.json:
            print(json.dumps([vars(result) for result in results]))
        else:
            print("\n".join(r.format() for r in results))
        return 0
    for name in names:
        weights = write_model(name)
        terms = len(weights["words"]["terms"]) + len(weights["runs"]["terms"])
        print(f"{name}: trained on {weights['training']['rows']} labelled comments; {terms} terms")
    return 0


def _add_train_themes(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Arguments of `train-themes`."""
    p = sub.add_parser("train-themes", help="train the learned reading of themes on the labelled theme files")
    p.add_argument("--set", choices=("workforce", "stakeholder_event"), help="one set only (default both)")
    p.add_argument("--folds", action="store_true", help="score each left-out file; write nothing")
    p.add_argument("--json", action="store_true", help="with --folds: print JSON")
    p.add_argument(
        "--sweep",
        action="store_true",
        help="pooled scores of each keep/add pair on the last files; write nothing",
    )
    p.set_defaults(func=cmd_train_themes)


#: Subcommand registrations; a new subcommand adds one function here.
SUBCOMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_code,
    _add_evaluate,
    add_report_command,
    _add_pages,
    _add_train_risk,
    _add_train_themes,
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the chosen subcommand."""
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    return func(args)


if __name__ == "__main__":
    sys.exit(main())
