"""The report as a PDF: WeasyPrint lays out the HTML page (:func:`render_html`) on A4 pages.

The page's own print rules (``templates/report.html.j2``) give the A4 size, page numbers, landscape
pages for wide tables and the bookmarks (from the title and section headings). The PDF is tagged, so a
screen reader can follow headings, tables and figures. Nothing is fetched while rendering: the page
has no external resources, and the fetcher refuses every address that is not a ``data:`` URI.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from ..workers import cpu_count, start_method
from .document import ReportDocument
from .html import TEMPLATES, render_html

__all__ = ["pdf_document", "render_pdf", "start_pdf", "write_pdf"]

# Only inline data may be read: a report is made on machines that may have no network at all.
ALLOWED_PROTOCOLS = ("data",)


def pdf_document(doc: ReportDocument) -> Any:
    """The report laid out by WeasyPrint (its Document: pages, bookmarks), before it is written."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols=ALLOWED_PROTOCOLS, fail_on_errors=False)
    # base_url is the templates folder, so a relative address could never reach the network either.
    html = HTML(string=render_html(doc), base_url=TEMPLATES.as_uri() + "/", url_fetcher=fetcher)
    return html.render(pdf_tags=True)


def render_pdf(doc: ReportDocument) -> bytes:
    """The report as tagged PDF bytes, titled and in British English."""
    document = pdf_document(doc)
    document.metadata.title = doc.title
    document.metadata.lang = "en-GB"
    return bytes(document.write_pdf(pdf_tags=True))


def write_pdf(doc: ReportDocument, path: Path | str) -> Path:
    """Write the report's PDF to ``path``."""
    target = Path(path)
    target.write_bytes(render_pdf(doc))
    return target


def start_pdf(doc: ReportDocument, path: Path | str) -> Callable[[], None]:
    """Begin writing the PDF; the function returned waits for it (and raises if it failed).

    Laying the PDF out takes seconds on one CPU, so with two or more it runs in a forked process
    while the caller writes the other outputs; otherwise it is written here and now.
    """
    if cpu_count() < 2 or start_method() != "fork":
        write_pdf(doc, path)
        return lambda: None
    process = get_context("fork").Process(target=write_pdf, args=(doc, path), name="report-pdf")
    process.start()

    def finish() -> None:
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"writing the report's PDF failed (exit code {process.exitcode})")

    return finish
