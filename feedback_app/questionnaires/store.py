"""Service functions for questionnaires: loading definitions, versions, and whether one is open."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..database import write_transaction
from ..definitions import (
    Definition,
    DefinitionError,
    definition_from_json,
    definition_to_json,
    load_definition_folder,
)
from ..extensions import db
from ..models import CollectionLink, Questionnaire, QuestionnaireVersion, Response, today


class Availability(enum.Enum):
    """Whether a questionnaire or link takes answers now, and if not, why."""

    OPEN = "open"
    CLOSED = "closed"
    NOT_YET_OPEN = "not yet open"
    FULL = "full"


@dataclass(frozen=True)
class LoadOutcome:
    """What loading one definition did."""

    slug: str
    action: str  # "created", "new version", "updated", "unchanged"
    version: int


class AnonymityChangeError(DefinitionError):
    """A definition tried to make an anonymous questionnaire with responses identifiable."""


@functools.lru_cache(maxsize=256)
def _parse_version(version_id: int, checksum: str, definition_json: str) -> Definition:
    # Versions never change once stored, so parsing each once per process is safe to share.
    return definition_from_json(definition_json, source=f"version {version_id}")


def version_definition(version: QuestionnaireVersion) -> Definition:
    """The parsed definition a stored version holds."""
    return _parse_version(version.id, version.checksum, version.definition_json)


def load_folder(folder: Path, check_only: bool = False) -> tuple[list[LoadOutcome], list[DefinitionError]]:
    """Validate every definition in a folder and (unless `check_only`) load the valid ones."""
    definitions, errors = load_definition_folder(folder)
    outcomes: list[LoadOutcome] = []
    if check_only:
        return [LoadOutcome(d.slug, "valid", 0) for d in definitions], errors
    for definition in definitions:
        try:
            outcomes.append(load_definition(definition))
        except AnonymityChangeError as exc:
            errors.append(exc)
    return outcomes, errors


def load_definition(definition: Definition) -> LoadOutcome:
    """Store a definition: create the questionnaire, add a version, or update an unused version."""
    with write_transaction() as session:
        questionnaire = session.scalar(select(Questionnaire).filter_by(slug=definition.slug))
        checksum = definition.checksum()
        if questionnaire is None:
            questionnaire = Questionnaire(slug=definition.slug)
            session.add(questionnaire)
            _apply_settings(questionnaire, definition)
            version = QuestionnaireVersion(
                questionnaire=questionnaire,
                number=1,
                checksum=checksum,
                definition_json=definition_to_json(definition),
            )
            session.add(version)
            return LoadOutcome(definition.slug, "created", 1)
        current = current_version(questionnaire)
        if current.checksum == checksum:
            return LoadOutcome(definition.slug, "unchanged", current.number)
        answered = session.scalar(select(func.count(Response.id)).where(Response.version_id == current.id))
        if answered:
            previous = version_definition(current)
            if previous.is_anonymous and not definition.is_anonymous:
                raise AnonymityChangeError(
                    definition.slug,
                    [
                        "anonymity cannot be switched off once responses exist; "
                        "make a new questionnaire with its own slug instead"
                    ],
                )
            current.is_current = False
            version = QuestionnaireVersion(
                questionnaire=questionnaire,
                number=current.number + 1,
                checksum=checksum,
                definition_json=definition_to_json(definition),
            )
            session.add(version)
            _apply_settings(questionnaire, definition)
            return LoadOutcome(definition.slug, "new version", version.number)
        current.checksum = checksum
        current.definition_json = definition_to_json(definition)
        _apply_settings(questionnaire, definition)
        return LoadOutcome(definition.slug, "updated", current.number)


def _apply_settings(questionnaire: Questionnaire, definition: Definition) -> None:
    questionnaire.title = definition.title
    questionnaire.audience = definition.audience
    questionnaire.listed = definition.listed
    questionnaire.opens_on = definition.opens_on
    questionnaire.closes_on = definition.closes_on
    questionnaire.max_responses = definition.max_responses


def current_version(questionnaire: Questionnaire) -> QuestionnaireVersion:
    """The version new respondents answer."""
    version = db.session.scalar(
        select(QuestionnaireVersion)
        .where(QuestionnaireVersion.questionnaire_id == questionnaire.id)
        .order_by(QuestionnaireVersion.number.desc())
        .limit(1)
    )
    if version is None:
        raise LookupError(f"questionnaire {questionnaire.slug} has no version")
    return version


def get_by_slug(slug: str) -> Questionnaire | None:
    """The questionnaire with this slug, if any."""
    return db.session.scalar(select(Questionnaire).filter_by(slug=slug))


def response_count(questionnaire_id: int, link_id: int | None = None) -> int:
    """How many responses a questionnaire (or one of its links) has."""
    query = select(func.count(Response.id)).where(Response.questionnaire_id == questionnaire_id)
    if link_id is not None:
        query = query.where(Response.link_id == link_id)
    return int(db.session.scalar(query) or 0)


def _availability(
    is_open: bool,
    opens_on: dt.date | None,
    closes_on: dt.date | None,
    max_responses: int | None,
    count: int | None,
    on: dt.date,
) -> Availability:
    if not is_open or (closes_on is not None and on > closes_on):
        return Availability.CLOSED
    if opens_on is not None and on < opens_on:
        return Availability.NOT_YET_OPEN
    if max_responses is not None and count is not None and count >= max_responses:
        return Availability.FULL
    return Availability.OPEN


def availability(
    questionnaire: Questionnaire,
    link: CollectionLink | None = None,
    on: dt.date | None = None,
    total: int | None = None,
    link_total: int | None = None,
) -> Availability:
    """Whether the questionnaire (and the link it was reached through) takes answers today.

    `total` and `link_total` are the questionnaire's and the link's response counts when the caller
    has already counted them (the dashboard counts every questionnaire and link in one query).
    """
    on = on or today()
    count = total
    if count is None and questionnaire.max_responses is not None:
        count = response_count(questionnaire.id)
    state = _availability(
        questionnaire.is_open,
        questionnaire.opens_on,
        questionnaire.closes_on,
        questionnaire.max_responses,
        count,
        on,
    )
    if state is not Availability.OPEN or link is None:
        return state
    link_count = link_total
    if link_count is None and link.max_responses is not None:
        link_count = response_count(questionnaire.id, link.id)
    return _availability(link.is_open, link.opens_on, link.closes_on, link.max_responses, link_count, on)


def public_questionnaires() -> list[tuple[Questionnaire, Definition]]:
    """Questionnaires listed on the home page that are open today, with their current definitions."""
    listed = db.session.scalars(
        select(Questionnaire).where(Questionnaire.listed.is_(True)).order_by(Questionnaire.title)
    ).all()
    result = []
    for questionnaire in listed:
        if availability(questionnaire) is Availability.OPEN:
            result.append((questionnaire, version_definition(current_version(questionnaire))))
    return result


def all_questionnaires() -> list[Questionnaire]:
    """Every questionnaire, by title."""
    return list(db.session.scalars(select(Questionnaire).order_by(Questionnaire.title)))


def set_open(slug: str, is_open: bool) -> Questionnaire:
    """Open or close a questionnaire by hand."""
    with write_transaction() as session:
        questionnaire = session.scalar(select(Questionnaire).filter_by(slug=slug))
        if questionnaire is None:
            raise LookupError(f"no questionnaire with slug {slug!r}")
        questionnaire.is_open = is_open
        return questionnaire
