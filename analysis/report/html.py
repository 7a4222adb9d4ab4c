"""HTML of a report: the standalone page, and the section fragments the team area's analysis page shows.

Both come from one template of blocks (``templates/blocks.html.j2``), so a chart's SVG and the way each
kind of block is laid out are written once. The page makes no external requests and has no scripts;
all text goes through Jinja2's autoescaping. Charts are inline SVG with ``role="img"``, a title and a
description, each followed by its data table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .charts import svg_layout
from .control_charts import control_layout
from .document import WIDE_COLUMNS, Block, BulletList, Chart, Paragraph, ReportDocument, Section, Table

__all__ = ["block_kind", "render_html", "section_html", "write_html"]

TEMPLATES = Path(__file__).resolve().parent / "templates"


def block_kind(block: Block) -> str:
    """The kind of a report block, for templates (Jinja has no isinstance).

    >>> block_kind(Paragraph("Text"))
    'paragraph'
    """
    if isinstance(block, Paragraph):
        return "paragraph"
    if isinstance(block, Chart):
        return "chart"
    if isinstance(block, Table):
        return "table"
    if isinstance(block, BulletList):
        return "list"
    return "quotes"


@cache
def _environment() -> Environment:
    """The templates' environment: autoescaped, strict about undefined names."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        svg_layout=svg_layout, control_layout=control_layout, block_kind=block_kind, wide_columns=WIDE_COLUMNS
    )
    return env


def section_html(section: Section, *, team: bool = False) -> Markup:
    """One section and its subsections as an HTML fragment; ``team`` lays it out for the team area.

    >>> html = section_html(Section("s", "<Title>", [Paragraph("a < b")]))
    >>> "&lt;Title&gt;" in html and "<p>a &lt; b</p>" in html
    True
    """
    macro = _environment().get_template("blocks.html.j2").module.section_html  # type: ignore[attr-defined]
    fragment = macro(section, team)
    # A macro of an autoescaping environment returns Markup: every text in it is escaped already.
    assert isinstance(fragment, Markup)
    return fragment


def render_html(doc: ReportDocument) -> str:
    """The report as one HTML page (a string)."""
    return _environment().get_template("report.html.j2").render(doc=doc)


def write_html(doc: ReportDocument, path: Path | str) -> Path:
    """Write the report's HTML page to ``path``."""
    target = Path(path)
    target.write_text(render_html(doc), encoding="utf-8")
    return target
