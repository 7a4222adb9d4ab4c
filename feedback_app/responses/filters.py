"""The response filter: which responses the browser shows and every download holds, and its choices.

The same `ResponseFilter` drives the browser page and every download, so a download holds exactly
the responses the team saw on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select

from analysis.numbers import canonical_labels, spelling_key
from questionnaire_format.model import Definition
from questionnaire_format.vocabulary import TEXT_TYPES

from ..extensions import db
from ..models import Answer, CollectionLink, Questionnaire, QuestionnaireVersion, Response
from ..questionnaires.links import ALLOWED_TAGS
from ..questionnaires.store import current_version, version_definition

FILTER_TAGS = ("event", "region", "cohort", "setting")


# Tags a questionnaire may also ask as a question (the key of that question): as in the report's
# breakdowns, the respondent's own answer then counts, and the link's tag only where the question was
# not answered. One rule for every group, so a filter picks the responses the report counts in it.
ANSWERED_TAGS: dict[str, str] = {
    "event": "event_session",
    "region": "region",
    "cohort": "cohort",
    "setting": "setting",
}


LIKE_ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere; %, _ and the escape character are taken literally."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
    return "%" + escaped.replace("_", LIKE_ESCAPE + "_") + "%"


@dataclass(frozen=True)
class ResponseFilter:
    """Which responses to show or download; every field is optional and they combine with AND."""

    questionnaire: str | None = None
    version: int | None = None
    submitted_from: dt.date | None = None
    submitted_to: dt.date | None = None
    link: str | None = None
    tags: dict[str, str] = field(default_factory=dict)
    search: str = ""

    def query_args(self) -> dict[str, str]:
        """The filter as query-string arguments, as the filter form reads them back."""
        args: dict[str, str] = {}
        if self.questionnaire:
            args["questionnaire"] = self.questionnaire
        if self.version is not None:
            args["version"] = str(self.version)
        for name, value in (("submitted_from", self.submitted_from), ("submitted_to", self.submitted_to)):
            if value is not None:
                args.update({f"{name}-day": str(value.day), f"{name}-month": str(value.month)})
                args[f"{name}-year"] = str(value.year)
        if self.link:
            args["link"] = self.link
        args.update({tag: value for tag, value in sorted(self.tags.items()) if value})
        if self.search:
            args["search"] = self.search
        return args

    def audit_detail(self) -> dict[str, Any]:
        """The filter for the audit log: what was chosen, but never the words searched for."""
        detail: dict[str, Any] = {}
        if self.version is not None:
            detail["version"] = self.version
        if self.submitted_from is not None:
            detail["submitted_from"] = self.submitted_from.isoformat()
        if self.submitted_to is not None:
            detail["submitted_to"] = self.submitted_to.isoformat()
        if self.link:
            detail["link"] = self.link
        detail.update({tag: value for tag, value in sorted(self.tags.items()) if value})
        if self.search:
            # Search words may quote an answer, so only the fact of a search is kept.
            detail["text_search"] = True
        return detail

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the responses down."""
        return not self.query_args()


def _definitions(questionnaire_slug: str | None) -> list[Definition]:
    query = select(QuestionnaireVersion)
    if questionnaire_slug:
        query = query.join(Questionnaire).where(Questionnaire.slug == questionnaire_slug)
    return [version_definition(version) for version in db.session.scalars(query)]


def text_answer_keys(questionnaire_slug: str | None = None) -> list[str]:
    """Answer keys holding typed text (text questions and "other, please specify") in any version."""
    keys: set[str] = set()
    for definition in _definitions(questionnaire_slug):
        for question in definition.questions():
            if question.type in TEXT_TYPES:
                keys.add(question.key)
            if question.other:
                keys.add(question.other_key)
    return sorted(keys)


def filter_conditions(response_filter: ResponseFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on `Response` for a filter; the same for the browser and every download."""
    f = response_filter
    conditions: list[ColumnElement[bool]] = []
    questionnaire_id = (
        select(Questionnaire.id).where(Questionnaire.slug == f.questionnaire).scalar_subquery()
        if f.questionnaire
        else None
    )
    if questionnaire_id is not None:
        conditions.append(Response.questionnaire_id == questionnaire_id)
    if f.version is not None:
        versions = select(QuestionnaireVersion.id).where(QuestionnaireVersion.number == f.version)
        if questionnaire_id is not None:
            versions = versions.where(QuestionnaireVersion.questionnaire_id == questionnaire_id)
        conditions.append(Response.version_id.in_(versions))
    if f.submitted_from is not None:
        conditions.append(Response.submitted_on >= f.submitted_from)
    if f.submitted_to is not None:
        conditions.append(Response.submitted_on <= f.submitted_to)
    if f.link:
        conditions.append(
            Response.link_id.in_(select(CollectionLink.id).where(CollectionLink.code == f.link))
        )
    for tag, value in sorted(f.tags.items()):
        if tag in ALLOWED_TAGS and value:
            conditions.append(_tag_condition(tag, value))
    if f.search:
        conditions.append(
            exists(
                select(Answer.id).where(
                    Answer.response_id == Response.id,
                    Answer.question_key.in_(text_answer_keys(f.questionnaire)),
                    Answer.value.ilike(like_pattern(f.search), escape=LIKE_ESCAPE),
                )
            )
        )
    return conditions


@dataclass(frozen=True)
class FilterChoices:
    """What the filter form offers: questionnaires, collection links and the tag values in use."""

    questionnaires: list[tuple[str, str]]
    links: list[tuple[str, str]]
    tags: dict[str, list[str]]


def _tag_condition(tag: str, value: str) -> ColumnElement[bool]:
    """Responses whose tag (or, for an answered tag, whose own answer) is this value in any spelling."""
    tagged: ColumnElement[bool] = Response.tags[tag].as_string().in_(tag_spellings(tag, value))
    if tag not in ANSWERED_TAGS:
        return tagged
    answer = select(Answer.id).where(
        Answer.response_id == Response.id, Answer.question_key == ANSWERED_TAGS[tag]
    )
    own: ColumnElement[bool] = exists(answer.where(Answer.value.in_(answer_codes(tag, value))))
    return or_(own, and_(~exists(answer), tagged))


def tag_options(questionnaires: Iterable[Questionnaire]) -> dict[str, dict[str, str]]:
    """For each answered tag, the codes and labels of the answers to questions keyed like it."""
    options: dict[str, dict[str, str]] = {tag: {} for tag in ANSWERED_TAGS}
    tags = {key: tag for tag, key in ANSWERED_TAGS.items()}
    for questionnaire in questionnaires:
        for question in version_definition(current_version(questionnaire)).questions():
            if question.key in tags:
                options[tags[question.key]].update({o.value: o.label for o in question.options})
    return options


def answer_codes(tag: str, value: str) -> list[str]:
    """Codes of the answers to questions keyed like the tag whose code or label is spelled like value."""
    key = spelling_key(value)
    known = tag_options(db.session.scalars(select(Questionnaire)))[tag]
    return sorted(code for code, label in known.items() if key in (spelling_key(code), spelling_key(label)))


def tag_choices(
    links: Iterable[CollectionLink], options: dict[str, dict[str, str]] | None = None
) -> dict[str, list[str]]:
    """Each filter tag's values on these links and in these answer options, one per spelling.

    "north-west" on one link, "North West" on another and the answer ``north_west`` are one choice,
    shown in the questionnaire's wording where one matches, as the report shows it.
    """
    values: dict[str, list[str]] = {tag: [] for tag in FILTER_TAGS}
    for link in links:
        for tag in FILTER_TAGS:
            if (link.tags or {}).get(tag):
                values[tag].append(str(link.tags[tag]))
    known = options or {}
    for tag, labels in known.items():
        values[tag].extend(labels.values())
    return {
        tag: sorted(set(canonical_labels(found, known.get(tag)).values())) for tag, found in values.items()
    }


def tag_spellings(tag: str, value: str) -> list[str]:
    """Every spelling of a tag value on any link, so filtering by one finds responses tagged any way."""
    key = spelling_key(value)
    found = {value}
    for (tags,) in db.session.execute(select(CollectionLink.tags)):
        if tags and tags.get(tag) and spelling_key(str(tags[tag])) == key:
            found.add(str(tags[tag]))
    return sorted(found)


def filter_choices() -> FilterChoices:
    """The questionnaires, links and tag values the filter form can offer (links are few: read them all)."""
    questionnaires = db.session.scalars(select(Questionnaire).order_by("title")).all()
    pairs = (
        db.session.execute(
            select(CollectionLink, Questionnaire.title)
            .join(Questionnaire)
            .order_by(Questionnaire.title, CollectionLink.name)
        )
        .tuples()
        .all()
    )
    links = [(link.code, f"{link.name} ({title})") for link, title in pairs]
    return FilterChoices(
        [(q.slug, q.title) for q in questionnaires],
        links,
        tag_choices((link for link, _ in pairs), tag_options(questionnaires)),
    )
