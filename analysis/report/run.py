"""Build the lessons-learnt report from tidy frames and write every output of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.coding import code_comments

from .build import build_report
from .charts import ChartRenderer, chart_pngs
from .context import Coder
from .document import ReportDocument
from .html import write_html
from .outputs import publish
from .pdf import start_pdf
from .recommendations import Recommendation
from .writers import write_docx, write_markdown, write_summaries


def write_report(doc: ReportDocument, out_dir: Path | str, render: ChartRenderer = chart_pngs) -> list[Path]:
    """Write report.html, .docx, .pdf and .md, summaries/*.csv and suppression_log.csv into ``out_dir``."""

    def fill(staging: Path) -> None:
        # The PDF is laid out beside the other outputs (see start_pdf), and waited for before publishing.
        pdf_written = start_pdf(doc, staging / "report.pdf")
        try:
            write_html(doc, staging / "report.html")
            write_docx(doc, staging / "report.docx", render)
            write_markdown(doc, staging / "report.md")
            write_summaries(doc, staging)
        finally:
            pdf_written()

    return publish(out_dir, fill)


def report_from_frames(
    frames: Mapping[str, pd.DataFrame],
    specs: Mapping[str, QuestionnaireSpec],
    out_dir: Path | str,
    threshold: int = 5,
    codebooks: Mapping[str, Codebook] | None = None,
    coder: Coder = code_comments,
    render: ChartRenderer = chart_pngs,
    link_names: Mapping[str, str] | None = None,
    recommendations: Sequence[Recommendation] = (),
    expected_responses: Mapping[str, tuple[str, int]] | None = None,
) -> ReportDocument:
    """Build the report from tidy frames (slug → frame, e.g. loaded from the app's database) and write it,
    with the project team's ``recommendations``.

    Raises :class:`analysis.report.build.ReportInputError` for frames without a spec or a bad threshold.
    """
    doc = build_report(
        frames,
        specs,
        codebooks,
        threshold=threshold,
        coder=coder,
        link_names=link_names,
        recommendations=recommendations,
        expected_responses=expected_responses,
    )
    write_report(doc, out_dir, render)
    return doc
