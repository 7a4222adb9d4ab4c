"""Downloads for the team: responses as CSV, XLSX or JSON, and the audit log as CSV.

A registry maps each format name to its writer (the CTFd pattern), so the view stays a few lines.
Every writer streams: rows come from the export table a chunk at a time and leave as bytes.
Spreadsheet formats are formula-safe: every text cell, headers included, that a spreadsheet would
read as a formula gets a leading apostrophe; the XLSX writer writes each string as a string, so the
file holds no formula at all; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from flask import current_app
from sqlalchemy import distinct, func, select

from analysis.suppression import MARKER, suppress_small_counts

from .. import audit
from ..extensions import db
from ..models import Answer, AuditEvent, Response, today
from ..questionnaires.store import get_by_slug
from ..team.accounts import SignedInMember
from .exports import BASE_COLUMNS, TAG_COLUMNS, Cell, Column, ExportTable, export_table, neutralise
from .filters import ResponseFilter, filter_conditions
from .sharing import SharingDecision, shared_output_gate

BOM = "\ufeff"
# Rows per chunk handed to the web server: big enough to keep overhead low, small enough to stream.
ROWS_PER_CHUNK = 500
FILE_CHUNK_BYTES = 64 * 1024
AUDIT_CHUNK = 1000
AUDIT_COLUMNS = ("at", "actor", "action", "target", "detail")
BASE_DESCRIPTIONS = {
    "questionnaire": "The questionnaire's short name",
    "version": "The version of the questionnaire the respondent answered",
    "reference": "The response's reference, as shown to the respondent",
    "submitted_on": "The date the response was sent (UTC)",
    "link_code": "The collection link the response came through, if any",
    "event": "Tag of the collection link: event",
    "event_date": "Tag of the collection link: date of the event",
    "region": "Tag of the collection link: region",
    "cohort": "Tag of the collection link: cohort",
    "setting": "Tag of the collection link: setting",
}

DICTIONARY_COLUMNS = ("key", "question", "type", "codes and labels")

# A writer gets the table and, for a format with a summary, the sharing rule's decision on it.
Writer = Callable[[ExportTable, SharingDecision | None], Iterator[bytes]]


def dictionary_rows(columns: Sequence[Column]) -> Iterator[list[Cell]]:
    """The data dictionary: each column's key, the question's wording, its type, and codes with labels."""
    for name in (*BASE_COLUMNS, *TAG_COLUMNS):
        yield [name, BASE_DESCRIPTIONS[name], "response detail", None]
    for column in columns:
        codes = "; ".join(f"{code} = {label}" for code, label in column.options)
        yield [column.key, column.wording, column.type, codes or None]


@dataclass(frozen=True)
class DownloadFormat:
    """One download format: how its file is named and typed, and the function that writes it."""

    name: str
    extension: str
    mimetype: str
    write: Writer
    # Whether the file holds a summary of the answers (docs/quality.md rules 14 and 30).
    summarised: bool = False


FORMATS: dict[str, DownloadFormat] = {}


def download_format(name: str, mimetype: str, summarised: bool = False) -> Callable[[Writer], Writer]:
    """Register a writer function under a format name."""

    def register(write: Writer) -> Writer:
        FORMATS[name] = DownloadFormat(name, name, mimetype, write, summarised)
        return write

    return register


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def csv_lines(header: list[str], rows: Iterator[list[Cell]]) -> Iterator[bytes]:
    """UTF-8 CSV with a byte-order mark (so Excel reads it as UTF-8), formula-safe, in chunks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write(BOM)
    writer.writerow([neutralise(name) for name in header])
    for count, row in enumerate(rows, start=1):
        writer.writerow([_csv_cell(value) for value in row])
        if count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


@download_format("csv", "text/csv; charset=utf-8")
def write_csv(table: ExportTable, _sharing: SharingDecision | None = None) -> Iterator[bytes]:
    """One row per response, one column per answer key, answer labels, formula-safe."""
    return csv_lines(table.header, table.rows())


@download_format("json", "application/json")
def write_json(table: ExportTable, _sharing: SharingDecision | None = None) -> Iterator[bytes]:
    """A JSON array with one object per response, streamed; numbers as numbers, no answer as null."""
    header = table.header
    parts: list[str] = ["["]
    separator = "\n"
    for count, row in enumerate(table.rows(), start=1):
        parts.append(separator + json.dumps(dict(zip(header, row, strict=True)), ensure_ascii=False))
        separator = ",\n"
        if count % ROWS_PER_CHUNK == 0:
            yield "".join(parts).encode("utf-8")
            parts = []
    parts.append("\n]\n")
    yield "".join(parts).encode("utf-8")


def _write_row(sheet: Any, row_number: int, cells: list[Cell]) -> None:
    """Write one row: numbers with write_number, text with write_string (never a formula)."""
    for column_number, value in enumerate(cells):
        if value is None:
            continue
        if isinstance(value, int):
            sheet.write_number(row_number, column_number, value)
        else:
            sheet.write_string(row_number, column_number, neutralise(value))


def answer_counts(table: ExportTable) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Responses answering each key, and choosing each stored value, counted by the database."""
    in_table = select(Response.id).where(*table.conditions)
    if table.up_to_id is not None:
        in_table = in_table.where(Response.id <= table.up_to_id)
    answered: dict[str, int] = {}
    chosen: dict[tuple[str, str], int] = {}
    keys = [column.key for column in table.columns]
    for key, count in db.session.execute(
        select(Answer.question_key, func.count(distinct(Answer.response_id)))
        .where(Answer.response_id.in_(in_table), Answer.question_key.in_(keys))
        .group_by(Answer.question_key)
    ):
        answered[key] = int(count)
    choice_keys = [column.key for column in table.columns if column.options]
    for key, value, count in db.session.execute(
        select(Answer.question_key, Answer.value, func.count(distinct(Answer.response_id)))
        .where(Answer.response_id.in_(in_table), Answer.question_key.in_(choice_keys))
        .group_by(Answer.question_key, Answer.value)
    ):
        chosen[(key, value)] = int(count)
    return answered, chosen


def suppressed_counts(counts: list[int], threshold: int) -> list[Cell]:
    """One question's option counts as they may leave the team: small ones, and any that reveal them, as *.

    The counts of a question's options add up to a total a reader can see, so a hidden count could be
    recovered by subtraction; the analysis package's suppression hides a second cell where that is so.
    """
    if not counts:
        return []
    result = suppress_small_counts(
        pd.DataFrame({"count": counts}), threshold, name="summary", along="columns"
    )
    return [value if value == MARKER else int(value) for value in result.table["count"].tolist()]


def _write_summary(
    summary: Any, bold: Any, table: ExportTable, data_rows: int, sharing: SharingDecision | None
) -> None:
    """The Summary sheet: responses per question and answer, suppressed, or why it is withheld."""
    for column_number, name in enumerate(("key", "question", "answer", "responses")):
        summary.write_string(0, column_number, name, bold)
    if sharing is not None and not sharing.allowed:
        _write_row(summary, 1, ["", "Summary withheld", "", None])
        _write_row(summary, 2, ["", sharing.withheld, "", None])
        return
    answered, chosen = answer_counts(table)
    threshold = int(current_app.config["SUPPRESSION_THRESHOLD"])
    _write_row(summary, 1, ["", "All responses in the data sheet", "", data_rows])
    line = 2
    for column in table.columns:
        total = answered.get(column.key, 0)
        shown_total: Cell = MARKER if 0 < total < threshold else total
        _write_row(summary, line, [column.key, column.wording, "answered", shown_total])
        line += 1
        options = [chosen.get((column.key, code), 0) for code, _label in column.options]
        for (_code, label), shown in zip(column.options, suppressed_counts(options, threshold), strict=True):
            _write_row(summary, line, [column.key, column.wording, label, shown])
            line += 1


@download_format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", summarised=True)
def write_xlsx(table: ExportTable, sharing: SharingDecision | None = None) -> Iterator[bytes]:
    """A workbook: the data, a data dictionary, and counts per question; built on disk, then streamed.

    XlsxWriter's constant_memory mode flushes each row to a temporary file as soon as the next
    begins, so memory does not grow with the number of responses.
    """
    with tempfile.TemporaryDirectory(prefix="feedback-xlsx-") as folder:
        path = Path(folder) / "download.xlsx"
        workbook = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": folder,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        bold = workbook.add_format({"bold": True})
        data = workbook.add_worksheet("Data")
        dictionary = workbook.add_worksheet("Data dictionary")
        summary = workbook.add_worksheet("Summary")
        for column_number, name in enumerate(table.header):
            data.write_string(0, column_number, neutralise(name), bold)
        row_number = 0
        for row_number, row in enumerate(table.rows(), start=1):
            _write_row(data, row_number, row)
        data.freeze_panes(1, 0)

        for column_number, name in enumerate(DICTIONARY_COLUMNS):
            dictionary.write_string(0, column_number, name, bold)
        for line, cells in enumerate(dictionary_rows(table.columns), start=1):
            _write_row(dictionary, line, cells)

        _write_summary(summary, bold, table, row_number, sharing)
        workbook.close()
        with path.open("rb") as handle:
            while chunk := handle.read(FILE_CHUNK_BYTES):
                yield chunk


@dataclass(frozen=True)
class Download:
    """A file ready to stream: its name, type, how many rows it holds and the bytes, lazily."""

    filename: str
    mimetype: str
    rows: int
    chunks: Iterator[bytes]


def responses_file(response_filter: ResponseFilter, fmt: str) -> tuple[Download, dict[str, Any]] | None:
    """The filtered responses of one questionnaire in a format, and the detail its audit event records.

    None when the format or questionnaire is unknown. The rows are pinned to those that exist now,
    so the row count in the audit event is the count in the file.
    """
    download_format_ = FORMATS.get(fmt)
    questionnaire = get_by_slug(response_filter.questionnaire or "")
    if download_format_ is None or questionnaire is None:
        return None
    # A summary is made only as the sharing rule allows, from the rows it checked.
    sharing = shared_output_gate(questionnaire, response_filter) if download_format_.summarised else None
    table = export_table(questionnaire, sharing.conditions if sharing else filter_conditions(response_filter))
    rows = table.count()
    download = Download(
        filename=f"{table.slug}-responses-{today().isoformat()}.{download_format_.extension}",
        mimetype=download_format_.mimetype,
        rows=rows,
        chunks=download_format_.write(table, sharing),
    )
    return download, {"format": fmt, "rows": rows, "filters": response_filter.audit_detail()}


def download_responses(member: SignedInMember, response_filter: ResponseFilter, fmt: str) -> Download | None:
    """The filtered responses of one questionnaire in a format, recorded in the audit log (None: unknown)."""
    found = responses_file(response_filter, fmt)
    if found is None:
        return None
    download, detail = found
    audit.record(member, "responses downloaded", str(response_filter.questionnaire), **detail)
    return download


def _audit_rows(action: str | None, up_to_id: int) -> Iterator[list[Cell]]:
    last_id = 0
    while True:
        query = (
            select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.target)
            .add_columns(AuditEvent.detail)
            .where(AuditEvent.id > last_id, AuditEvent.id <= up_to_id)
            .order_by(AuditEvent.id)
            .limit(AUDIT_CHUNK)
        )
        if action:
            query = query.where(AuditEvent.action == action)
        batch = db.session.execute(query).all()
        if not batch:
            return
        for row in batch:
            detail = json.dumps(row.detail or {}, sort_keys=True, ensure_ascii=False)
            yield [row.at.isoformat(timespec="seconds"), row.actor, row.action, row.target, detail]
        last_id = batch[-1].id
        db.session.commit()


def download_audit_log(member: SignedInMember, action: str | None) -> Download:
    """The audit log (or one action's events) as formula-safe CSV; the download is itself recorded."""
    where = [AuditEvent.action == action] if action else []
    up_to_id = int(db.session.scalar(select(func.max(AuditEvent.id))) or 0)
    rows = int(db.session.scalar(select(func.count(AuditEvent.id)).where(*where)) or 0)
    audit.record(member, "audit log downloaded", action or "all actions", rows=rows)
    return Download(
        filename=f"audit-log-{today().isoformat()}.csv",
        mimetype="text/csv; charset=utf-8",
        rows=rows,
        chunks=csv_lines(list(AUDIT_COLUMNS), _audit_rows(action, up_to_id)),
    )
