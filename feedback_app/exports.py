"""Tidy exports: one row per response, one column per answer key, streamed in chunks."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .definitions import Definition
from .extensions import db
from .models import Questionnaire, QuestionnaireVersion, Response
from .questionnaires import version_definition

BASE_COLUMNS = ("questionnaire", "version", "reference", "submitted_on", "link_code")
TAG_COLUMNS = ("event", "event_date", "region", "cohort", "setting")
# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 1000


NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")


def neutralise(value: str) -> str:
    """Prefix a text cell that a spreadsheet would treat as a formula with an apostrophe.

    Plain numbers (such as -3) stay numbers.
    """
    if value.startswith(FORMULA_PREFIXES) and not NUMBER_RE.match(value):
        return "'" + value
    return value


def answer_columns(definitions: list[Definition]) -> list[str]:
    """Answer keys across every version, in question order, first version first."""
    columns: list[str] = []
    for definition in definitions:
        for question in definition.questions():
            for key in question.answer_keys():
                if key not in columns:
                    columns.append(key)
    return columns


def tidy_rows(questionnaire: Questionnaire) -> tuple[list[str], Iterator[dict[str, str]]]:
    """The header and a lazy iterator of rows for every response to a questionnaire."""
    versions = db.session.scalars(
        select(QuestionnaireVersion)
        .where(QuestionnaireVersion.questionnaire_id == questionnaire.id)
        .order_by(QuestionnaireVersion.number)
    ).all()
    numbers = {v.id: v.number for v in versions}
    definitions = [version_definition(v) for v in versions]
    columns = answer_columns(definitions)
    header = [*BASE_COLUMNS, *TAG_COLUMNS, *columns]

    def rows() -> Iterator[dict[str, str]]:
        last_id = 0
        while True:
            # Keyset pagination keeps memory flat however many responses there are.
            batch = db.session.scalars(
                select(Response)
                .where(Response.questionnaire_id == questionnaire.id, Response.id > last_id)
                .options(selectinload(Response.answers), selectinload(Response.link))
                .order_by(Response.id)
                .limit(CHUNK)
            ).all()
            if not batch:
                return
            for response in batch:
                row = {
                    "questionnaire": questionnaire.slug,
                    "version": str(numbers.get(response.version_id, "")),
                    "reference": response.reference,
                    "submitted_on": response.submitted_on.isoformat(),
                    "link_code": response.link.code if response.link else "",
                }
                for tag in TAG_COLUMNS:
                    row[tag] = str((response.tags or {}).get(tag, ""))
                grouped: dict[str, list[str]] = {}
                for answer in response.answers:
                    grouped.setdefault(answer.question_key, []).append(answer.value)
                for key, values in grouped.items():
                    row[key] = ";".join(values)
                yield row
                last_id = response.id
            db.session.expunge_all()

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
