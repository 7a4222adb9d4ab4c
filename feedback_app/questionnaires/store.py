"""Stored questionnaires: loading definitions, their versions, and the questionnaires to list."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import Definition, DefinitionError
from questionnaire_format.parser import definition_from_json, definition_to_json

from ..database import write_transaction
from ..extensions import db
from ..models import Questionnaire, QuestionnaireVersion, Response
from .availability import Availability, availability


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
