"""The report as a Word document: A4, heading styles, a contents field, page numbers, numbered captions.

Each chart is a PNG picture (alternative text: its description) under one caption, "Figure N", then
its data table under its own, "Table N". Tables get column widths from their text, a header row that
repeats on every page, and, when wider than a portrait page holds, a landscape page of their own.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from . import docx_layout as layout
from .charts import ChartRenderer, chart_pngs
from .document import Block, BulletList, Chart, Paragraph, QuoteGroup, ReportDocument, Section, Table

# Tables up to this many rows are kept on one page (with their caption); longer ones may run on.
KEEP_ROWS = 15


@dataclass
class WordWriter:
    """One document being written: where it is, the captions numbered so far and the page's way up."""

    document: DocxDocument
    pictures: dict[int, bytes]
    figures: int = 0
    tables: int = 0
    landscape: bool = False
    portrait_mm: float = field(init=False)

    def __post_init__(self) -> None:
        """The first section is an A4 portrait page with page numbers in its footer."""
        first = self.document.sections[0]
        layout.use_font(self.document)
        layout.set_page(first)
        layout.add_page_numbers(first)
        self.portrait_mm = layout.text_width(first) / Mm(1)

    def turn(self, landscape: bool) -> None:
        """Start a new page set the other way up, if it is not that way already."""
        if landscape == self.landscape:
            return
        layout.set_page(self.document.add_section(WD_SECTION.NEW_PAGE), landscape)
        self.landscape = landscape

    def caption(self, text: str) -> DocxParagraph:
        """A caption kept on the page of what it names."""
        paragraph = self.document.add_paragraph(text, style="Caption")
        # Room above, so a caption reads as the start of the next item, not the end of the last table.
        paragraph.paragraph_format.space_before = Pt(12)
        layout.keep_together([paragraph])
        return paragraph

    def heading(self, text: str, level: int, first: Block | None) -> None:
        """A heading kept with what follows, on a page turned the way its first block needs."""
        wide = isinstance(first, Table) and layout.needs_landscape(
            [first.columns, *first.rows], self.portrait_mm
        )
        self.turn(wide)
        layout.keep_together([self.document.add_heading(text, level=level)])

    def table(self, table: Table) -> None:
        """A table under its caption: widths from its text, a repeating header, landscape if wide."""
        cells = [table.columns, *table.rows]
        wide = layout.needs_landscape(cells, self.portrait_mm)
        self.turn(wide)
        self.tables += 1
        self.caption(f"Table {self.tables}. {table.caption}")
        width = layout.text_width(self.document.sections[-1]) / Mm(1)
        widths = layout.column_widths(cells, width)
        grid = self.document.add_table(rows=len(cells), cols=len(table.columns))
        grid.style = "Table Grid"
        keep = len(cells) <= KEEP_ROWS
        for r, (row, values) in enumerate(zip(grid.rows, cells, strict=True)):
            for c, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                cell.width = Mm(widths[c])
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(text)
                run.font.size = layout.TABLE_FONT
                run.bold = r == 0
                if r > 0 and table.is_numeric(c):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                # A short table stays whole: each row keeps with the next, the last ends the chain.
                paragraph.paragraph_format.keep_with_next = keep and r < len(cells) - 1
        layout.fix_widths(grid, widths)
        layout.repeat_header_row(grid)
        if table.note:
            self.document.add_paragraph(table.note).paragraph_format.space_before = Pt(4)

    def chart(self, chart: Chart) -> None:
        """The chart's caption, its picture (with alternative text) on the same page, then its table."""
        self.turn(False)
        self.figures += 1
        self.caption(f"Figure {self.figures}. {chart.title}")
        self.document.add_picture(io.BytesIO(self.pictures[id(chart)]), width=Mm(self.portrait_mm))
        shape = self.document.inline_shapes[-1]
        shape._inline.docPr.set("descr", chart.description)
        shape._inline.docPr.set("title", chart.title)
        self.table(chart.table)

    def blocks(self, blocks: list[Block]) -> None:
        """Each block of a section in order."""
        for block in blocks:
            if isinstance(block, Chart):
                self.chart(block)
                continue
            if isinstance(block, Table):
                self.table(block)
                continue
            self.turn(False)
            if isinstance(block, Paragraph):
                self.document.add_paragraph(block.text)
            elif isinstance(block, BulletList):
                layout.keep_together([self.document.add_paragraph(block.title)])
                for item in block.items:
                    self.document.add_paragraph(item, style="List Bullet")
            elif isinstance(block, QuoteGroup):
                layout.keep_together([self.document.add_paragraph(block.title, style="Heading 4")])
                for quote in block.quotes:
                    self.document.add_paragraph(
                        f"“{quote.text}” (theme: {quote.theme}; {quote.sentiment})", style="Quote"
                    )

    def section(self, section: Section, level: int) -> None:
        """A section's heading and blocks, then its subsections one level down."""
        self.heading(section.title, level, section.blocks[0] if section.blocks else None)
        self.blocks(section.blocks)
        for sub in section.subsections:
            self.section(sub, min(level + 1, 9))


def write_docx(doc: ReportDocument, path: Path | str, render: ChartRenderer = chart_pngs) -> Path:
    """The report as a Word document (python-docx), charts as PNG images with alternative text."""
    from docx import Document

    # Every picture is drawn before the document is assembled, so the renderer can draw them together.
    charts = doc.charts()
    pictures = {id(chart): png for chart, png in zip(charts, render(charts), strict=True)}
    document = Document()
    document.core_properties.title = doc.title
    document.core_properties.language = "en-GB"
    writer = WordWriter(document, pictures)
    document.add_heading(doc.title, level=0)
    document.add_paragraph(f"{doc.subtitle}. Produced on {doc.generated_on}.")
    layout.add_contents(document, [section.title for section in doc.sections])
    for section in doc.sections:
        writer.section(section, 1)
    target = Path(path)
    document.save(str(target))
    return target
