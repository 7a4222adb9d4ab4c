"""The report as a PDF: WeasyPrint lays out the HTML page (:func:`render_html`) on A4 pages.

The page's own print rules (``templates/report.html.j2``) give the A4 size, page numbers, landscape
pages for wide tables and the bookmarks (from the title and section headings). The PDF is tagged, so a
screen reader can follow headings, tables and figures. Nothing is fetched while rendering: the page
has no external resources, and the fetcher refuses every address that is not a ``data:`` URI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .document import ReportDocument
from .html import TEMPLATES, render_html

__all__ = ["pdf_document", "render_pdf", "write_pdf"]

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
