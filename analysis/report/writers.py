"""Writers for a :class:`ReportDocument`: a Word document, Markdown and the summary CSVs.

The Word document draws the charts as PNG images with matplotlib, each followed by its data table;
Markdown gives each chart's description and table. The HTML page is :mod:`analysis.report.html`.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from .charts import ChartRenderer, chart_pngs
from .document import Block, BulletList, Chart, Paragraph, QuoteGroup, ReportDocument, Section, Table

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


# ---------------------------------------------------------------------------------------------- Word


def _docx_table(document: object, table: Table) -> None:
    from docx.document import Document as DocxDocument

    assert isinstance(document, DocxDocument)
    document.add_paragraph(table.caption, style="Caption")
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    if table.note:
        document.add_paragraph(table.note)


def _docx_blocks(document: object, blocks: list[Block], pictures: dict[int, bytes]) -> None:
    from docx.document import Document as DocxDocument
    from docx.shared import Inches

    assert isinstance(document, DocxDocument)
    for block in blocks:
        if isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, Chart):
            document.add_paragraph(block.title, style="Caption")
            document.add_picture(io.BytesIO(pictures[id(block)]), width=Inches(6.3))
            # Word's alternative text for the picture is the chart description.
            shape = document.inline_shapes[-1]
            shape._inline.docPr.set("descr", block.description)
            shape._inline.docPr.set("title", block.title)
            _docx_table(document, block.table)
        elif isinstance(block, Table):
            _docx_table(document, block)
        elif isinstance(block, BulletList):
            document.add_paragraph(block.title)
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(block, QuoteGroup):
            document.add_paragraph(block.title, style="Caption")
            for quote in block.quotes:
                document.add_paragraph(
                    f"“{quote.text}” (theme: {quote.theme}; {quote.sentiment})", style="Quote"
                )


def write_docx(doc: ReportDocument, path: Path | str, render: ChartRenderer = chart_pngs) -> Path:
    """The report as a Word document (python-docx), charts as PNG images with alternative text."""
    from docx import Document

    # Every picture is drawn before the document is assembled, so the renderer can draw them together.
    charts = doc.charts()
    pictures = {id(chart): png for chart, png in zip(charts, render(charts), strict=True)}

    document = Document()
    document.core_properties.title = doc.title
    document.core_properties.language = "en-GB"
    document.add_heading(doc.title, level=0)
    document.add_paragraph(f"{doc.subtitle}. Produced on {doc.generated_on}.")

    def add(section: Section, level: int) -> None:
        document.add_heading(section.title, level=level)
        _docx_blocks(document, section.blocks, pictures)
        for sub in section.subsections:
            add(sub, level + 1)

    for section in doc.sections:
        add(section, 1)
    target = Path(path)
    document.save(str(target))
    return target


# ---------------------------------------------------------------------------------------------- Markdown


def _md_text(text: str) -> str:
    """Text safe for Markdown: HTML and Markdown punctuation escaped, one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|#])", r"\\\1", text)


def _md_table(table: Table) -> list[str]:
    lines = [f"**{_md_text(table.caption)}**", ""]
    lines.append("| " + " | ".join(_md_text(c) for c in table.columns) + " |")
    lines.append(
        "|" + "|".join(" ---: " if table.is_numeric(i) else " --- " for i in range(len(table.columns))) + "|"
    )
    lines += ["| " + " | ".join(_md_text(c) for c in row) + " |" for row in table.rows]
    if table.note:
        lines += ["", _md_text(table.note)]
    return [*lines, ""]


def render_markdown(doc: ReportDocument) -> str:
    lines = [f"# {_md_text(doc.title)}", "", f"{_md_text(doc.subtitle)}. Produced on {doc.generated_on}.", ""]

    def add(section: Section, level: int) -> None:
        lines.extend([f"{'#' * level} {_md_text(section.title)}", ""])
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines.extend([_md_text(block.text), ""])
            elif isinstance(block, Chart):
                lines.extend([f"*Chart: {_md_text(block.title)}.* {_md_text(block.description)}", ""])
                lines.extend(_md_table(block.table))
            elif isinstance(block, Table):
                lines.extend(_md_table(block))
            elif isinstance(block, BulletList):
                items = [f"- {_md_text(item)}" for item in block.items]
                lines.extend([_md_text(block.title), "", *items, ""])
            elif isinstance(block, QuoteGroup):
                lines.extend([f"**{_md_text(block.title)}**", ""])
                for quote in block.quotes:
                    lines.extend(
                        [
                            f"> “{_md_text(quote.text)}” (theme: {_md_text(quote.theme)}; {quote.sentiment})",
                            "",
                        ]
                    )
        for sub in section.subsections:
            add(sub, level + 1)

    for section in doc.sections:
        add(section, 2)
    return "\n".join(lines)


def write_markdown(doc: ReportDocument, path: Path | str) -> Path:
    target = Path(path)
    target.write_text(render_markdown(doc), encoding="utf-8")
    return target


# ---------------------------------------------------------------------------------------------- CSV


def _safe_cell(value: object) -> object:
    """Neutralise text a spreadsheet would run as a formula (as the app's exports do)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def write_summaries(doc: ReportDocument, folder: Path | str) -> list[Path]:
    """Each suppressed summary table as ``summaries/<name>.csv`` and the log as ``suppression_log.csv``."""
    base = Path(folder)
    summaries = base / "summaries"
    summaries.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in doc.summaries.items():
        target = summaries / f"{name}.csv"
        safe = frame.map(_safe_cell)
        safe.columns = pd.Index([str(_safe_cell(str(c))) for c in frame.columns])
        safe.to_csv(target, index=False, encoding="utf-8")
        written.append(target)
    log_path = base / "suppression_log.csv"
    doc.suppression_log.map(_safe_cell).to_csv(log_path, index=False, encoding="utf-8")
    written.append(log_path)
    return written
