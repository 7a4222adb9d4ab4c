"""Tidy exports: one row per response, one column per answer key, read in keyset chunks and streamed.

The same table feeds the `export-responses` command (stored codes) and the team area's downloads
(answer labels, filtered as on screen). Rows are read with Core queries, a chunk at a time, so
memory stays flat however many responses there are.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select

from questionnaire_format.model import Definition, Question
from questionnaire_format.vocabulary import OTHER_LABEL, OTHER_VALUE

from ..extensions import db
from ..models import Answer, CollectionLink, Questionnaire, QuestionnaireVersion, Response
from ..questionnaires.store import version_definition

BASE_COLUMNS = ("questionnaire", "version", "reference", "submitted_on", "link_code")
TAG_COLUMNS = ("event", "event_date", "region", "cohort", "setting")
# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 1000
NUMERIC_TYPES = ("number", "rating")

NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")
INTEGER_RE = re.compile(r"^-?\d{1,15}$")

Cell = str | int | None


def neutralise(value: str) -> str:
    """Prefix a text cell that a spreadsheet would treat as a formula with an apostrophe.

    Plain numbers (such as -3) stay numbers.
    """
    if value.startswith(FORMULA_PREFIXES) and not NUMBER_RE.match(value):
        return "'" + value
    return value


def answer_columns(definitions: list[Definition]) -> list[str]:
    """Answer keys across every version, in question order, first version first."""
    return [column.key for column in question_columns(definitions)]


@dataclass(frozen=True)
class Column:
    """One answer column: its key, the wording that asked it, and the question's type and answers."""

    key: str
    wording: str
    type: str
    options: tuple[tuple[str, str], ...] = ()

    @property
    def is_numeric(self) -> bool:
        """Numbers and 0-10 ratings are written as numbers, not text."""
        return self.type in NUMERIC_TYPES


def _columns_of(question: Question) -> list[Column]:
    options = tuple((o.value, o.label) for o in question.options)
    if question.type == "likert_grid":
        return [
            Column(f"{question.key}.{s.key}", f"{question.label}: {s.label}", question.type, options)
            for s in question.statements
        ]
    columns = [
        Column(
            question.key,
            question.label,
            question.type,
            options + (((OTHER_VALUE, OTHER_LABEL),) if question.other else ()),
        )
    ]
    if question.other:
        columns.append(Column(question.other_key, f"{question.label}: other, please specify", "short_text"))
    return columns


def question_columns(definitions: list[Definition]) -> list[Column]:
    """Answer columns across every version in first-asked order; the newest version's wording wins."""
    columns: dict[str, Column] = {}
    for definition in definitions:
        for question in definition.questions():
            for column in _columns_of(question):
                columns[column.key] = column
    order: list[str] = []
    for definition in definitions:
        for question in definition.questions():
            order.extend(key for key in question.answer_keys() if key not in order)
    return [columns[key] for key in order]


def label_maps(definition: Definition) -> dict[str, dict[str, str]]:
    """For one version, each answer key's stored codes mapped to the labels respondents saw."""
    maps: dict[str, dict[str, str]] = {}
    for question in definition.questions():
        for column in _columns_of(question):
            if column.options:
                maps[column.key] = dict(column.options)
    return maps


@dataclass(frozen=True)
class ResponseRecord:
    """One response as read for an export: its own fields and its answers by key, in stored order."""

    id: int
    reference: str
    version_id: int
    link_id: int | None
    submitted_on: dt.date
    tags: dict[str, Any]
    answers: dict[str, list[str]]


def response_records(
    conditions: Sequence[ColumnElement[bool]], chunk: int = CHUNK, up_to_id: int | None = None
) -> Iterator[list[ResponseRecord]]:
    """Responses matching `conditions` in id order, a chunk at a time (keyset pagination, Core rows)."""
    last_id = 0
    while True:
        query = (
            select(
                Response.id,
                Response.reference,
                Response.version_id,
                Response.link_id,
                Response.submitted_on,
                Response.tags,
            )
            .where(*conditions, Response.id > last_id)
            .order_by(Response.id)
            .limit(chunk)
        )
        if up_to_id is not None:
            query = query.where(Response.id <= up_to_id)
        # The session's connection, not the session: plain rows skip the ORM's per-row loading work.
        connection = db.session.connection()
        batch = connection.execute(query).all()
        if not batch:
            return
        ids = [row.id for row in batch]
        answers: dict[int, dict[str, list[str]]] = {response_id: {} for response_id in ids}
        for response_id, key, value in connection.execute(
            select(Answer.response_id, Answer.question_key, Answer.value)
            .where(Answer.response_id.in_(ids))
            .order_by(Answer.id)
        ).all():
            answers[response_id].setdefault(key, []).append(value)
        yield [
            ResponseRecord(
                row.id,
                row.reference,
                row.version_id,
                row.link_id,
                row.submitted_on,
                dict(row.tags or {}),
                answers[row.id],
            )
            for row in batch
        ]
        last_id = ids[-1]
        # A long download should not hold one read transaction (and SQLite's WAL) open throughout.
        db.session.commit()


@dataclass
class ExportTable:
    """A questionnaire's responses as a table: header, answer columns and a lazy row iterator.

    With `labels` each answer is the label the respondent chose and numbers are ints; without, the
    stored codes as text (the command-line export for analysts). `up_to_id` pins the rows to those
    that existed when the table was made, so the row count recorded in the audit log is exact.
    """

    questionnaire: Questionnaire
    slug: str
    columns: list[Column]
    conditions: list[ColumnElement[bool]]
    labels: bool = True
    up_to_id: int | None = None
    versions: dict[int, int] = field(default_factory=dict)
    version_labels: dict[int, dict[str, dict[str, str]]] = field(default_factory=dict)
    link_codes: dict[int, str] = field(default_factory=dict)

    @property
    def header(self) -> list[str]:
        """Column names: the response's own fields, the link tags, then one per answer key."""
        return [*BASE_COLUMNS, *TAG_COLUMNS, *(column.key for column in self.columns)]

    def count(self) -> int:
        """How many rows the table holds."""
        query = select(func.count(Response.id)).where(*self.conditions)
        if self.up_to_id is not None:
            query = query.where(Response.id <= self.up_to_id)
        return int(db.session.scalar(query) or 0)

    def row_of(self, record: ResponseRecord) -> list[Cell]:
        """One response as a list of cells in header order."""
        row: list[Cell] = [
            self.slug,
            self.versions.get(record.version_id, ""),
            record.reference,
            record.submitted_on.isoformat(),
            self.link_codes.get(record.link_id, "") if record.link_id else "",
        ]
        row.extend(str(record.tags.get(tag, "")) for tag in TAG_COLUMNS)
        labels = self.version_labels.get(record.version_id, {}) if self.labels else {}
        for column in self.columns:
            row.append(self._cell(column, record.answers.get(column.key), labels.get(column.key)))
        return row

    def _cell(self, column: Column, values: list[str] | None, labels: dict[str, str] | None) -> Cell:
        if not values:
            return None if self.labels else ""
        if not self.labels:
            return ";".join(values)
        if column.is_numeric and len(values) == 1 and INTEGER_RE.match(values[0]):
            return int(values[0])
        if labels:
            return "; ".join(labels.get(value, value) for value in values)
        return "; ".join(values)

    def rows(self) -> Iterator[list[Cell]]:
        """Every row, read a chunk at a time."""
        for batch in response_records(self.conditions, up_to_id=self.up_to_id):
            for record in batch:
                yield self.row_of(record)


def export_table(
    questionnaire: Questionnaire,
    conditions: Sequence[ColumnElement[bool]] = (),
    labels: bool = True,
    pin: bool = True,
) -> ExportTable:
    """The export table of a questionnaire's responses that meet `conditions`."""
    versions = db.session.scalars(
        select(QuestionnaireVersion)
        .where(QuestionnaireVersion.questionnaire_id == questionnaire.id)
        .order_by(QuestionnaireVersion.number)
    ).all()
    definitions = {version.id: version_definition(version) for version in versions}
    where = [Response.questionnaire_id == questionnaire.id, *conditions]
    up_to_id = db.session.scalar(select(func.max(Response.id)).where(*where)) if pin else None
    return ExportTable(
        questionnaire=questionnaire,
        slug=questionnaire.slug,
        columns=question_columns(list(definitions.values())),
        conditions=where,
        labels=labels,
        up_to_id=int(up_to_id or 0) if pin else None,
        versions={version.id: version.number for version in versions},
        version_labels={vid: label_maps(definition) for vid, definition in definitions.items()},
        link_codes={
            link_id: code
            for link_id, code in db.session.execute(
                select(CollectionLink.id, CollectionLink.code).where(
                    CollectionLink.questionnaire_id == questionnaire.id
                )
            )
        },
    )


def tidy_rows(questionnaire: Questionnaire) -> tuple[list[str], Iterator[dict[str, str]]]:
    """The header and a lazy iterator of rows (stored codes) for every response to a questionnaire."""
    table = export_table(questionnaire, labels=False, pin=False)
    header = table.header

    def rows() -> Iterator[dict[str, str]]:
        for row in table.rows():
            yield {name: str(value) for name, value in zip(header, row, strict=True) if value != ""}

    return header, rows()


def write_csv(questionnaire: Questionnaire, out: io.TextIOBase) -> int:
    """Write the tidy export as CSV with formula-safe cells; return the number of rows."""
    header, rows = tidy_rows(questionnaire)
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
    writer.writerow({h: neutralise(h) for h in header})
    count = 0
    for row in rows:
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        count += 1
    return count
