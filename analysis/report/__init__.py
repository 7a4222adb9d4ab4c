"""The lessons-learnt report: a :class:`ReportDocument` from tidy frames, as HTML, Word, PDF and Markdown."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import ReportInputError, build_report
    from .document import Bar, BulletList, Chart, Paragraph, Quote, QuoteGroup, ReportDocument, Section, Table
    from .html import render_html, section_html, write_html
    from .pdf import render_pdf, write_pdf
    from .run import report_from_frames, write_report
    from .writers import render_markdown, write_docx, write_markdown, write_summaries

# Public names are imported on first use (PEP 562), so that `python -m analysis report` of unchanged
# inputs, answered from the cache, never loads pandas, matplotlib or the text engine. They are looked
# for in these modules, in this order (the document model first: it is the lightest).
_MODULES = ("document", "build", "run", "html", "writers", "pdf")

__all__ = [
    "Bar",
    "BulletList",
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
    "render_pdf",
    "report_from_frames",
    "section_html",
    "write_docx",
    "write_html",
    "write_markdown",
    "write_pdf",
    "write_report",
    "write_summaries",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    if name in __all__:
        for module in _MODULES:
            value = getattr(import_module(f".{module}", __name__), name, None)
            if value is not None:
                globals()[name] = value
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
