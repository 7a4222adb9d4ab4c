"""Every chart of a report as files to lift onto a slide: PNG and SVG at 16:9, and its data as CSV.

Each chart is drawn on a 13.33 x 7.5 inch canvas (1600 x 900 pixels for the PNG) with its title in
the image, since a slide has no caption. The CSV holds the chart's table exactly as the report prints
it, suppressed figures included as ``*``, and formula-safe for spreadsheets.
"""

from __future__ import annotations

import csv
import io

from .charts import SLIDE, SLIDE_DPI, chart_image, draw_each
from .document import Chart, ReportDocument, Section
from .tables import slug
from .writers import safe_cell

__all__ = ["chart_files", "chart_names"]

FOLDER = "charts"
# Longest part of a file name taken from a section's or chart's title, in characters.
NAME_PART = 50


def _name_part(text: str) -> str:
    """Lower-case letters, digits and hyphens only, cut at a hyphen near ``NAME_PART`` characters.

    >>> _name_part("How far do you agree with these statements about the session?: % agree")
    'how-far-do-you-agree-with-these-statements-about'
    """
    part = slug(text)
    if len(part) <= NAME_PART:
        return part
    return part[:NAME_PART].rsplit("-", 1)[0]


def chart_names(doc: ReportDocument) -> list[tuple[str, Chart]]:
    """Each chart with a file name (no extension) made of its top-level section's and its own title."""
    found: list[tuple[str, Chart]] = []
    taken: set[str] = set()

    def visit(section: Section, top: str) -> None:
        for block in section.blocks:
            if not isinstance(block, Chart):
                continue
            base = f"{_name_part(top)}--{_name_part(block.title)}"
            name, number = base, 2
            while name in taken:
                name, number = f"{base}-{number}", number + 1
            taken.add(name)
            found.append((name, block))
        for sub in section.subsections:
            visit(sub, top)

    for section in doc.sections:
        visit(section, section.title)
    return found


def _slide_images(chart: Chart) -> tuple[bytes, bytes]:
    """One chart as a slide-sized PNG and SVG."""
    return chart_image(chart, SLIDE, "png", SLIDE_DPI), chart_image(chart, SLIDE, "svg")


def _table_csv(chart: Chart) -> bytes:
    """The chart's data table as CSV: its header, then its rows, text a spreadsheet would run quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in chart.table.columns])
    writer.writerows([[safe_cell(c) for c in row] for row in chart.table.rows])
    return buffer.getvalue().encode("utf-8")


def chart_files(doc: ReportDocument) -> dict[str, bytes]:
    """``charts/<name>.png``, ``.svg`` and ``.csv`` for every chart of the report, by path."""
    named = chart_names(doc)
    images = draw_each(_slide_images, [chart for _, chart in named])
    files: dict[str, bytes] = {}
    for (name, chart), (png, svg) in zip(named, images, strict=True):
        files[f"{FOLDER}/{name}.png"] = png
        files[f"{FOLDER}/{name}.svg"] = svg
        files[f"{FOLDER}/{name}.csv"] = _table_csv(chart)
    return files
