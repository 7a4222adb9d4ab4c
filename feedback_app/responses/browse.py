"""Reading responses in the team area: the browser's pages and one response with every answer in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from questionnaire_format.model import Definition

from ..database import ResultPage, page_rows
from ..extensions import db
from ..models import Answer, CollectionLink, Questionnaire, QuestionnaireVersion, Response
from ..questionnaires.store import version_definition
from .exports import label_maps
from .filters import ResponseFilter, filter_conditions, text_answer_keys

PER_PAGE = 50
EXCERPT_LENGTH = 160


@dataclass(frozen=True)
class BrowseRow:
    """One response in the browser's table."""

    reference: str
    questionnaire_slug: str
    questionnaire_title: str
    version: int
    submitted_on: dt.date
    link_name: str | None
    tags: dict[str, str]
    excerpt: str


def browse(response_filter: ResponseFilter, page: int = 1) -> ResultPage[BrowseRow]:
    """The responses matching a filter, newest first, one page of `PER_PAGE`, with a short excerpt each."""
    query = (
        select(
            Response.id,
            Response.reference,
            Response.submitted_on,
            Response.tags,
            Questionnaire.slug,
            Questionnaire.title,
            QuestionnaireVersion.number,
            CollectionLink.name,
        )
        .join(Questionnaire, Questionnaire.id == Response.questionnaire_id)
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Response.version_id)
        .outerjoin(CollectionLink, CollectionLink.id == Response.link_id)
        .where(*filter_conditions(response_filter))
        .order_by(Response.id.desc())
    )
    result, total, page = page_rows(query, page, PER_PAGE)
    excerpts = _excerpts([row.id for row in result], text_answer_keys(response_filter.questionnaire))
    rows = [
        BrowseRow(
            reference=row.reference,
            questionnaire_slug=row.slug,
            questionnaire_title=row.title,
            version=row.number,
            submitted_on=row.submitted_on,
            link_name=row.name,
            tags={tag: str(value) for tag, value in (row.tags or {}).items() if value},
            excerpt=excerpts.get(row.id, ""),
        )
        for row in result
    ]
    return ResultPage(rows, total, page, PER_PAGE)


def _excerpts(response_ids: Sequence[int], text_keys: Sequence[str]) -> dict[int, str]:
    """The first typed answer of each response, shortened for the table."""
    if not response_ids or not text_keys:
        return {}
    excerpts: dict[int, str] = {}
    for response_id, value in db.session.execute(
        select(Answer.response_id, Answer.value)
        .where(Answer.response_id.in_(response_ids), Answer.question_key.in_(text_keys))
        .order_by(Answer.id)
    ):
        if response_id not in excerpts and value.strip():
            text = " ".join(value.split())
            excerpts[response_id] = text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"
    return excerpts


@dataclass(frozen=True)
class AnswerLine:
    """One question as the respondent saw it and what they answered, in words."""

    key: str
    question: str
    answers: list[str]


@dataclass(frozen=True)
class ResponseDetail:
    """Everything the single-response page shows."""

    reference: str
    questionnaire: Questionnaire
    version: int
    submitted_on: dt.date
    submitted_at: dt.datetime | None
    link: CollectionLink | None
    tags: dict[str, str]
    lines: list[AnswerLine]
    answers: dict[str, list[str]]


def answer_lines(definition: Definition, answers: dict[str, list[str]]) -> list[AnswerLine]:
    """Each question of the answered version with its wording and the labels chosen; unasked ones left out.

    Answers stored under keys the version does not know (none should exist) are listed at the end
    under their keys, so nothing stored is hidden.
    """
    labels = label_maps(definition)
    lines: list[AnswerLine] = []
    seen: set[str] = set()
    for question in definition.questions():
        if question.type == "likert_grid":
            keys = [(f"{question.key}.{s.key}", f"{question.label}: {s.label}") for s in question.statements]
        else:
            keys = [(question.key, question.label)]
            if question.other:
                keys.append((question.other_key, f"{question.label}: other, please specify"))
        for key, wording in keys:
            seen.add(key)
            values = answers.get(key)
            if values:
                mapping = labels.get(key, {})
                lines.append(AnswerLine(key, wording, [mapping.get(value, value) for value in values]))
            elif key == question.key or question.type == "likert_grid":
                lines.append(AnswerLine(key, wording, []))
    for key, values in answers.items():
        if key not in seen:
            lines.append(AnswerLine(key, key, list(values)))
    return lines


def response_detail(reference: str, questionnaire_slug: str | None = None) -> ResponseDetail | None:
    """One response with every answer in words; None when unknown or not of the given questionnaire."""
    query = select(Response).where(Response.reference == reference[:12])
    if questionnaire_slug is not None:
        query = query.join(Questionnaire).where(Questionnaire.slug == questionnaire_slug)
    response = db.session.scalar(query)
    if response is None:
        return None
    answers: dict[str, list[str]] = {}
    for answer in response.answers:
        answers.setdefault(answer.question_key, []).append(answer.value)
    return ResponseDetail(
        reference=response.reference,
        questionnaire=response.questionnaire,
        version=response.version.number,
        submitted_on=response.submitted_on,
        submitted_at=response.submitted_at,
        link=response.link,
        tags={tag: str(value) for tag, value in (response.tags or {}).items() if value},
        lines=answer_lines(version_definition(response.version), answers),
        answers=answers,
    )
