"""Write every report output at once: nothing half-written if anything fails."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from analysis.codebook import Codebook
from analysis.schema import QuestionnaireSpec
from analysis.text import code_comments

from .build import Coder, build_report
from .charts import ChartRenderer, chart_png
from .document import ReportDocument
from .writers import write_docx, write_html, write_markdown, write_summaries

OUTPUT_NAMES = ("report.html", "report.docx", "report.md", "suppression_log.csv", "summaries")


def write_report(doc: ReportDocument, out_dir: Path | str, render: ChartRenderer = chart_png) -> list[Path]:
    """Write report.html, report.docx, report.md, summaries/*.csv and suppression_log.csv into ``out_dir``.

    Everything is written to a temporary folder beside ``out_dir`` first and moved into place only when
    all of it succeeded; earlier outputs of the same names in ``out_dir`` are replaced.
    """
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        write_html(doc, staging / "report.html")
        write_docx(doc, staging / "report.docx", render)
        write_markdown(doc, staging / "report.md")
        write_summaries(doc, staging)
        if not out.exists():
            os.replace(staging, out)
        else:
            for name in OUTPUT_NAMES:
                target = out / name
                if target.is_dir():
                    shutil.rmtree(target)
                os.replace(staging / name, target)
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out / name for name in OUTPUT_NAMES]


def report_from_frames(
    frames: Mapping[str, pd.DataFrame],
    specs: Mapping[str, QuestionnaireSpec],
    out_dir: Path | str,
    threshold: int = 5,
    codebooks: Mapping[str, Codebook] | None = None,
    coder: Coder = code_comments,
    render: ChartRenderer = chart_png,
) -> ReportDocument:
    """Build the report from tidy frames (slug → frame, e.g. loaded from the app's database) and write it.

    Raises :class:`analysis.report.build.ReportInputError` for frames without a spec or a bad threshold.
    """
    doc = build_report(frames, specs, codebooks, threshold=threshold, coder=coder)
    write_report(doc, out_dir, render)
    return doc
