"""The lessons-learnt report: a :class:`ReportDocument` from tidy frames, written as HTML, Word, Markdown."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import ReportInputError, build_report
    from .document import Bar, Chart, Paragraph, Quote, QuoteGroup, ReportDocument, Section, Table
    from .run import report_from_frames, write_report
    from .writers import render_html, render_markdown, write_docx, write_html, write_markdown, write_summaries

# The module each public name lives in. They are imported on first use (PEP 562), so that
# `python -m analysis report` of unchanged inputs, answered from the cache, never loads pandas,
# matplotlib or the text engine.
_HOMES = {
    "Bar": "document",
    "Chart": "document",
    "Paragraph": "document",
    "Quote": "document",
    "QuoteGroup": "document",
    "ReportDocument": "document",
    "ReportInputError": "build",
    "Section": "document",
    "Table": "document",
    "build_report": "build",
    "render_html": "writers",
    "render_markdown": "writers",
    "report_from_frames": "run",
    "write_docx": "writers",
    "write_html": "writers",
    "write_markdown": "writers",
    "write_report": "run",
    "write_summaries": "writers",
}

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


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
