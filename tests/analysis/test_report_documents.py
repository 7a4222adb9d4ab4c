"""The report as documents people use: the Word file, the PDF, charts for slides and their data.

Read back as a reader's software would: the Word file with python-docx, the PDF with pypdf. All data is
synthetic (tests/analysis/test_report.py's frames).
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image
from pypdf import PdfReader

from analysis.report import ReportDocument, build_report, write_docx
from analysis.report.charts import SLIDE, axis_ticks, draw_chart, svg_layout
from analysis.report.document import WIDE_COLUMNS, Chart, Section, Table
from analysis.report.docx_layout import CELL_PADDING_MM, CHAR_WIDTH_MM, CONTENTS_FIELD
from analysis.report.pdf import pdf_document, write_pdf
from analysis.report.scales import rating_groups
from analysis.report.slides import chart_files
from analysis.suppression import MARKER
from tests.analysis.test_report import SPECS, codebooks, frames

# These tests read the PDF, so WeasyPrint lays it out (tests/conftest.py).
pytestmark = pytest.mark.pdf

A4 = (210, 297)
NAME_RE = re.compile(r"^charts/[a-z0-9-]+\.(png|svg|csv)$")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def report() -> ReportDocument:
    """A report of every questionnaire, 60 invented responses each."""
    return build_report(frames(60), SPECS, codebooks())


@pytest.fixture(scope="module")
def word(report: ReportDocument, tmp_path_factory: pytest.TempPathFactory) -> DocxDocument:
    """The report written to Word and opened again."""
    path = write_docx(report, tmp_path_factory.mktemp("word") / "report.docx")
    return Document(str(path))


@pytest.fixture(scope="module")
def pdf(report: ReportDocument, tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    """The report written as PDF and opened again."""
    return PdfReader(str(write_pdf(report, tmp_path_factory.mktemp("pdf") / "report.pdf")))


def _mm(length: int | None) -> int:
    assert length is not None
    return round(length / Mm(1))


def _tables_by_section(word: DocxDocument) -> list[tuple[int, ET.Element]]:
    """Each table of the body with the index of the section it is in (a section ends at its sectPr)."""
    section, found = 0, []
    for element in word.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            found.append((section, element))
        elif element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section += 1
    return found


def test_word_pages_are_a4_with_page_numbers(word: DocxDocument) -> None:
    for section in word.sections:
        assert sorted((_mm(section.page_width), _mm(section.page_height))) == list(A4)
        assert (_mm(section.page_width) > _mm(section.page_height)) == bool(section.orientation)
        assert {_mm(section.left_margin), _mm(section.right_margin), _mm(section.top_margin)} == {20}
    footer = word.sections[0].footer._element
    codes = [t.text.strip() for t in footer.iter(qn("w:instrText")) if t.text]
    assert codes == ["PAGE"]
    # Later sections carry the same footer on.
    assert all(section.footer.is_linked_to_previous for section in word.sections[1:])


def test_word_has_a_contents_field_word_is_asked_to_fill(word: DocxDocument) -> None:
    codes = [t.text.strip() for t in word.element.body.iter(qn("w:instrText")) if t.text]
    assert codes.count(CONTENTS_FIELD) == 1
    assert word.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    texts = [p.text for p in word.paragraphs]
    assert any("Update Field" in text for text in texts), "the reader is told how to refresh it"


def test_word_sections_are_real_headings_kept_with_what_follows(word: DocxDocument) -> None:
    headings = [p for p in word.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    levels = {p.style.name for p in headings if p.style is not None}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= levels
    assert "Who responded" in [p.text for p in headings]
    assert all(p.paragraph_format.keep_with_next for p in headings)


def test_word_table_header_rows_repeat(word: DocxDocument) -> None:
    assert word.tables
    for table in word.tables:
        first = table.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])


def test_word_tables_fit_the_text_width_without_breaking_words(word: DocxDocument) -> None:
    tables = _tables_by_section(word)
    assert len(tables) == len(word.tables)
    for (index, element), table in zip(tables, word.tables, strict=True):
        section = word.sections[index]
        width = section.page_width - section.left_margin - section.right_margin
        grid = [int(col.get(qn("w:w"))) for col in element.iter(qn("w:gridCol"))]
        assert sum(grid) * 635 <= width, [c.text for c in table.rows[0].cells]
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        if len(cells[0]) > WIDE_COLUMNS:
            assert section.orientation, "a wide table is set on a landscape page"
        for position, twips in enumerate(grid):
            longest = max(len(word) for row in cells for word in (row[position].split() or [""]))
            assert twips / 56.7 + 0.1 >= longest * CHAR_WIDTH_MM + CELL_PADDING_MM, (cells[0], position)


def test_word_has_one_caption_per_chart_and_table(report: ReportDocument, word: DocxDocument) -> None:
    captions = [p.text for p in word.paragraphs if p.style is not None and p.style.name == "Caption"]
    figures = [c for c in captions if c.startswith("Figure ")]
    tables = [c for c in captions if c.startswith("Table ")]
    assert len(figures) == len(report.charts()) and len(tables) == len(report.tables())
    assert len(captions) == len(figures) + len(tables)
    assert figures[0] == f"Figure 1. {report.charts()[0].title}"
    # Each picture directly follows its figure caption, which keeps with it.
    body = list(word.element.body.iterchildren())
    pictures = [i for i, e in enumerate(body) if e.findall(".//" + qn("w:drawing"))]
    assert len(pictures) == len(report.charts())
    for index in pictures:
        caption = DocxParagraph(body[index - 1], word._body)
        assert caption.text.startswith("Figure ") and caption.paragraph_format.keep_with_next


def test_word_charts_have_no_title_drawn_in_the_picture(report: ReportDocument) -> None:
    figure = draw_chart(report.charts()[0])
    assert not figure.texts and not figure.axes[0].get_title()


def test_pdf_is_a4_tagged_with_bookmarks(report: ReportDocument, pdf: PdfReader) -> None:
    for page in pdf.pages:
        size = sorted(round(float(v) * 25.4 / 72) for v in (page.mediabox.width, page.mediabox.height))
        assert size == list(A4)
    root = pdf.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert root["/Lang"] == "en-GB" and pdf.metadata is not None and pdf.metadata.title == report.title

    def titles(outline: list) -> list[str]:
        found = []
        for item in outline:
            found.extend(titles(item) if isinstance(item, list) else [item.title])
        return found

    bookmarks = titles(pdf.outline)
    assert bookmarks[0] == report.title
    assert [s.title for s in report.sections] == [
        b for b in bookmarks if b in {s.title for s in report.sections}
    ]
    assert "Contents" not in bookmarks


def test_pdf_bookmarks_before_writing(report: ReportDocument) -> None:
    tree = pdf_document(report).make_bookmark_tree()
    (label, _, children, _), *rest = tree
    assert label == report.title and not rest
    assert [child[0] for child in children] == [s.title for s in report.sections]


def test_pdf_fetches_nothing(report: ReportDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    """An address in the page is refused before any request is made: the PDF needs no network."""
    from weasyprint.urls import URLFetcher

    from analysis.report import pdf as pdf_module

    def no_request(*args: object, **kwargs: object) -> None:
        raise AssertionError("the PDF renderer tried to fetch something")

    monkeypatch.setattr(URLFetcher, "open", no_request)
    page = '<html><body><h1>T</h1><img src="http://example.invalid/x.png" alt="x"></body></html>'
    monkeypatch.setattr(pdf_module, "render_html", lambda doc: page)
    assert len(pdf_module.pdf_document(report).pages) == 1


def test_pdf_reads_the_page_number_on_every_page(pdf: PdfReader) -> None:
    pages = len(pdf.pages)
    for number in (1, pages):
        assert f"Page {number} of {pages}" in pdf.pages[number - 1].extract_text()


def test_count_charts_have_whole_number_ticks(report: ReportDocument) -> None:
    counts = [chart for chart in report.charts() if chart.unit == ""]
    assert counts
    for chart in counts:
        ticks = axis_ticks(chart)
        assert all(t == int(t) for t in ticks) and ticks[-1] == chart.maximum
        assert all(tick.text.isdigit() for tick in svg_layout(chart).ticks)
        drawn = draw_chart(chart).axes[0].get_xticks()
        assert all(float(t).is_integer() for t in drawn)


def test_zero_to_ten_rating_is_charted_grouped_with_every_point_in_its_table(report: ReportDocument) -> None:
    chart = next(c for c in report.charts() if c.id == "apprentice-survey-overall_rating-chart")
    assert [bar.label for bar in chart.bars] == ["0 to 6", "7 to 8", "9 to 10"]
    labels = [row[0] for row in chart.table.rows]
    assert labels == [*map(str, range(11)), "0 to 6", "7 to 8", "9 to 10", "All who answered"]
    rows = {row[0]: row for row in chart.table.rows}
    for bar in chart.bars:
        assert (bar.value is None) == (rows[bar.label][2] == MARKER)
        if bar.value is not None:
            assert f"{bar.value:.1f}" == rows[bar.label][2]


def test_rating_groups_show_only_what_the_table_already_gives() -> None:
    def shown(counts: list[object]) -> pd.DataFrame:
        return pd.DataFrame({"count": counts, "percent": 0.0}, index=[*map(str, range(11)), "All"])

    visible = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    assert rating_groups(shown([*visible, 120]))["count"].tolist() == [56, 25, 29]
    # Hidden points in two groups: the total gives only their sum, so neither group is shown.
    two = shown([MARKER, *visible[1:7], MARKER, *visible[8:], 120])
    assert rating_groups(two)["count"].tolist() == [MARKER, MARKER, 29]
    # With the total hidden too, a group of hidden points cannot be worked out either.
    one_hidden_total = shown([MARKER, *visible[1:], MARKER])
    assert rating_groups(one_hidden_total)["count"].tolist() == [MARKER, 25, 29]
    # Both hidden points in one group: the total less the other points gives that group.
    one = shown([MARKER, MARKER, *visible[2:], 120])
    assert rating_groups(one)["count"].tolist() == [120 - 25 - 29, 25, 29]


def test_every_chart_as_slide_png_svg_and_csv(report: ReportDocument) -> None:
    files = chart_files(report)
    charts = report.charts()
    assert len(files) == 3 * len(charts)
    assert all(NAME_RE.match(name) for name in files), [n for n in files if not NAME_RE.match(n)]
    stems = sorted({name.rsplit(".", 1)[0] for name in files})
    assert len(stems) == len(charts)
    assert "charts/who-responded--responses-by-questionnaire" in stems
    for stem in stems:
        assert Image.open(io.BytesIO(files[f"{stem}.png"])).size == (1600, 900)
        svg = ET.fromstring(files[f"{stem}.svg"])
        assert svg.tag == f"{SVG}svg"
        width, height = (float(v) for v in svg.get("viewBox", "").split()[2:])
        assert abs(width / height - 16 / 9) < 0.01 and abs(width - SLIDE.width * 72) < 1
    # The CSV is the chart's table exactly as the report prints it.
    chart = charts[0]
    first = next(s for s in stems if s.endswith("responses-by-questionnaire"))
    rows = list(csv.reader(io.StringIO(files[f"{first}.csv"].decode("utf-8"))))
    assert rows == [chart.table.columns, *chart.table.rows]


def test_slide_file_names_stay_unique_and_safe() -> None:
    table = Table("t", "Caption", ["Answer", "Responses"], [["=cmd|' /C calc'!A0", "5"]])
    chart = Chart("c", "Same/title: <odd> & long " * 6, "d", "", [], table)
    doc = ReportDocument("T", "S", "today", 5, [Section("s", "Section *1*", [chart, chart])])
    files = chart_files(doc)
    assert all(NAME_RE.match(name) for name in files)
    assert len({name.rsplit(".", 1)[0] for name in files}) == 2
    rows = list(csv.reader(io.StringIO(next(v for k, v in files.items() if k.endswith(".csv")).decode())))
    assert rows[1][0].startswith("'="), "a formula is neutralised"


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_failed_pdf_publishes_nothing(
    report: ReportDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    """Laid out beside the other outputs (forked) or in turn, a PDF that fails stops the whole report."""
    from analysis.report import pdf as pdf_module
    from analysis.report.run import write_report

    def broken(doc: ReportDocument, path: Path | str) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(pdf_module, "start_method", lambda: method)
    monkeypatch.setattr(pdf_module, "write_pdf", broken)
    dot = io.BytesIO()
    Image.new("RGB", (1, 1)).save(dot, format="png")
    out = tmp_path / "out"
    expected = RuntimeError if method == "fork" else OSError
    with pytest.raises(expected, match=r"PDF failed|disk full"):
        write_report(report, out, render=lambda charts: [dot.getvalue()] * len(charts))
    assert not out.exists() and list(tmp_path.iterdir()) == []
