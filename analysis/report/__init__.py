"""The lessons-learnt report: a :class:`ReportDocument` from tidy frames, written as HTML, Word, Markdown."""

from __future__ import annotations

from .build import ReportInputError, build_report
from .document import Bar, Chart, Paragraph, Quote, QuoteGroup, ReportDocument, Section, Table
from .run import report_from_frames, write_report
from .writers import render_html, render_markdown, write_docx, write_html, write_markdown, write_summaries

__all__ = [
    "Bar",
    "Chart",
    "Paragraph",
    "Quote",
    "QuoteGroup",
    "ReportDocument",
    "ReportInputError",
    "Section",
    "Table",
    "build_report",
    "render_html",
    "render_markdown",
    "report_from_frames",
    "write_docx",
    "write_html",
    "write_markdown",
    "write_report",
    "write_summaries",
]
