"""Writers for a :class:`ReportDocument`: Markdown and the summary CSVs, and the Word writer's name.

Markdown gives each chart's description and table. The Word document is :mod:`analysis.report.word`,
the HTML page :mod:`analysis.report.html` and the PDF :mod:`analysis.report.pdf`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .document import BulletList, Chart, Paragraph, QuoteGroup, ReportDocument, Section, Table
from .word import write_docx as write_docx

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


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


def safe_cell(value: object) -> object:
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
        safe = frame.map(safe_cell)
        safe.columns = pd.Index([str(safe_cell(str(c))) for c in frame.columns])
        safe.to_csv(target, index=False, encoding="utf-8")
        written.append(target)
    log_path = base / "suppression_log.csv"
    doc.suppression_log.map(safe_cell).to_csv(log_path, index=False, encoding="utf-8")
    written.append(log_path)
    return written
