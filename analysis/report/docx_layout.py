"""Word layout the report needs and python-docx has no call for: A4 pages, fields, repeating headers, widths.

Fields (the contents list, page numbers) are written as field codes with a stand-in result; Word fills
them in when it opens the file (``w:updateFields`` asks it to), and any viewer shows the stand-in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length, Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from .document import WIDE_COLUMNS

A4_SHORT = Mm(210)
A4_LONG = Mm(297)
MARGIN = Mm(20)
TABLE_FONT = Pt(9)
CONTENTS_FIELD = 'TOC \\o "1-3" \\h \\z \\u'
CONTENTS_NOTE = (
    "The contents list is filled in by Word when the file is opened. If it is empty or out of date, "
    "right-click it and choose Update Field (or press F9)."
)
#: The report's font: Arial in Word, its metric twin Liberation Sans where Arial is missing, as in HTML.
FONT = "Arial"
# A wide character of the table font (bold Arial runs to 0.6 em), so a column given room for its
# longest word holds it on one line; and a cell's left and right padding (Word's default 0.08 in).
CHAR_WIDTH_MM = 0.62 * TABLE_FONT.pt * 25.4 / 72
CELL_PADDING_MM = 2 * 0.08 * 25.4
LONGEST_CELL = 48  # characters a cell is let run to before it wraps


def set_page(section: Section, landscape: bool = False) -> None:
    """An A4 page, portrait or landscape, with 20 mm margins."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


def use_font(document: Document) -> None:
    """Set the report's font on the styles it uses, in place of the template's theme fonts."""
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Caption", "Quote"):
        style = document.styles[name]
        style.font.name = FONT
        fonts = style.element.rPr.rFonts
        # A theme font outranks a named one in Word, so the theme's are dropped.
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)


def text_width(section: Section) -> Length:
    """The width between a section's margins."""
    assert section.page_width is not None and section.left_margin is not None
    assert section.right_margin is not None
    return Length(section.page_width - section.left_margin - section.right_margin)


def _field(paragraph: Paragraph, code: str, stand_in: str) -> None:
    """A field (begin, code, separate, stand-in result, end) at the end of a paragraph."""
    parts: list[tuple[str, dict[str, str], str]] = [
        ("w:fldChar", {"w:fldCharType": "begin", "w:dirty": "true"}, ""),
        ("w:instrText", {"xml:space": "preserve"}, f" {code} "),
        ("w:fldChar", {"w:fldCharType": "separate"}, ""),
        ("w:t", {"xml:space": "preserve"}, stand_in),
        ("w:fldChar", {"w:fldCharType": "end"}, ""),
    ]
    for tag, attributes, text in parts:
        run = OxmlElement("w:r")
        element = OxmlElement(tag)
        for name, value in attributes.items():
            element.set(qn(name), value)
        if text:
            element.text = text
        run.append(element)
        paragraph._p.append(run)


def add_contents(document: Document, headings: Sequence[str]) -> None:
    """A contents field (levels 1 to 3, linked) with the section titles as its stand-in, and a note."""
    title = document.add_paragraph("Contents", style="TOC Heading")
    title.paragraph_format.keep_with_next = True
    field = document.add_paragraph()
    _field(field, CONTENTS_FIELD, "; ".join(headings))
    document.add_paragraph(CONTENTS_NOTE)
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def add_page_numbers(section: Section) -> None:
    """ "Page N" centred in the footer; later sections inherit the footer."""
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE", "1")


def repeat_header_row(grid: DocxTable) -> None:
    """The first row repeats at the top of every page the table runs onto, and no row splits."""
    for index, row in enumerate(grid.rows):
        properties = row._tr.get_or_add_trPr()
        if index == 0:
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            properties.append(header)
        properties.append(OxmlElement("w:cantSplit"))


def _room(cells: Sequence[Sequence[str]]) -> tuple[list[float], list[float]]:
    """Each column's width in mm for its longest word (need) and for its longest cell, capped (want)."""
    columns = len(cells[0])
    need = [0.0] * columns
    want = [0.0] * columns
    for row in cells:
        for i, text in enumerate(row):
            words = text.split() or [""]
            need[i] = max(need[i], max(len(w) for w in words) * CHAR_WIDTH_MM + CELL_PADDING_MM)
            want[i] = max(want[i], min(len(text), LONGEST_CELL) * CHAR_WIDTH_MM + CELL_PADDING_MM)
    return need, [max(w, n) for w, n in zip(want, need, strict=True)]


def column_widths(cells: Sequence[Sequence[str]], width_mm: float) -> list[float]:
    """Column widths in mm from the cells' text, adding up to at most ``width_mm``.

    Each column gets room for its longest word first (so no word breaks mid-word), then a share of
    what is left in proportion to how much more its longest cell wants, up to the whole width.

    >>> column_widths([["Statement", "Responses"], ["A long statement about the session", "12"]], 170)
    [70.9, 21.7]
    >>> column_widths([["Statement", "Responses"], ["A long statement about the session", "12"]], 50)
    [28.2, 21.7]
    """
    need, want = _room(cells)
    if sum(want) <= width_mm:
        widths = want
    elif sum(need) <= width_mm:
        spare = (width_mm - sum(need)) / (sum(want) - sum(need))
        widths = [n + (w - n) * spare for n, w in zip(need, want, strict=True)]
    else:
        widths = [n * width_mm / sum(need) for n in need]
    return [math.floor(w * 10) / 10 for w in widths]


def needs_landscape(cells: Sequence[Sequence[str]], portrait_mm: float) -> bool:
    """Whether a table is wider than a portrait page holds readably: many columns, or too many long words."""
    return len(cells[0]) > WIDE_COLUMNS or sum(_room(cells)[0]) > portrait_mm


def fix_widths(grid: DocxTable, widths_mm: Sequence[float]) -> None:
    """Set a table's columns to fixed widths (grid, every cell and the table), so Word keeps them."""
    # python-docx writes autofit off as a fixed layout: Word then keeps the widths as given.
    grid.autofit = False
    properties = grid._tbl.tblPr
    total = properties.find(qn("w:tblW"))
    if total is None:
        total = OxmlElement("w:tblW")
        properties.insert_element_before(
            total, "w:jc", "w:tblInd", "w:tblBorders", "w:tblLayout", "w:tblLook"
        )
    total.set(qn("w:w"), str(sum(int(Mm(w).twips) for w in widths_mm)))
    total.set(qn("w:type"), "dxa")
    for column, width in zip(grid.columns, widths_mm, strict=True):
        column.width = Mm(width)


def keep_together(paragraphs: Sequence[Paragraph]) -> None:
    """Each paragraph stays on the page of the next (a heading with its text, a caption with its chart)."""
    for paragraph in paragraphs:
        paragraph.paragraph_format.keep_with_next = True
