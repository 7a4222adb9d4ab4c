"""The team area's questionnaire pages: the list, one questionnaire, its versions, settings and uploads.

Every change here writes an audit event (who, what, when; never answer text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from questionnaire_format.model import Definition, DefinitionError
from questionnaire_format.parser import parse_definition
from questionnaire_format.vocabulary import DEFINITION_SUFFIXES

from .. import audit
from ..database import write_transaction
from ..errors import NotFound, SettingsError
from ..extensions import db
from ..models import Questionnaire, QuestionnaireVersion, Response, today
from ..team.accounts import SignedInMember
from .availability import Status, long_date, questionnaire_status, questionnaire_totals
from .links import LinkRow, link_rows
from .store import AnonymityChangeError, LoadOutcome, load_definition, version_definition

# Shipped definitions are about 10 KB; the cap stays under the request size limit (MAX_CONTENT_LENGTH).
MAX_UPLOAD_BYTES = 60 * 1024


class UploadError(DefinitionError):
    """An uploaded definition was refused; nothing was changed."""


@dataclass(frozen=True)
class QuestionnaireRow:
    """One line of the questionnaires list."""

    questionnaire: Questionnaire
    status: Status
    current_version: int
    versions: int
    responses: int


@dataclass(frozen=True)
class VersionRow:
    """One version of a questionnaire and how many responses answered it."""

    version: QuestionnaireVersion
    responses: int


@dataclass(frozen=True)
class QuestionnaireDetail:
    """Everything the questionnaire page shows."""

    questionnaire: Questionnaire
    definition: Definition
    status: Status
    responses: int
    versions: list[VersionRow]
    links: list[LinkRow]


def questionnaire_rows(on: dt.date | None = None) -> list[QuestionnaireRow]:
    """Every questionnaire with its status, versions and response count (grouped queries, no N+1)."""
    on = on or today()
    totals = questionnaire_totals()
    versions = {
        qid: (int(count), int(newest))
        for qid, count, newest in db.session.execute(
            select(
                QuestionnaireVersion.questionnaire_id,
                func.count(QuestionnaireVersion.id),
                func.max(QuestionnaireVersion.number),
            ).group_by(QuestionnaireVersion.questionnaire_id)
        )
    }
    rows = []
    for questionnaire in db.session.scalars(select(Questionnaire).order_by(Questionnaire.title)):
        total = totals.get(questionnaire.id, 0)
        count, newest = versions.get(questionnaire.id, (0, 0))
        rows.append(
            QuestionnaireRow(
                questionnaire, questionnaire_status(questionnaire, total, on), newest, count, total
            )
        )
    return rows


def _questionnaire(slug: str) -> Questionnaire:
    questionnaire = db.session.scalar(select(Questionnaire).filter_by(slug=slug))
    if questionnaire is None:
        raise NotFound(slug)
    return questionnaire


def questionnaire_detail(slug: str, on: dt.date | None = None) -> QuestionnaireDetail:
    """A questionnaire with its versions (and responses to each) and its collection links."""
    on = on or today()
    questionnaire = _questionnaire(slug)
    version_totals = {
        version_id: int(count)
        for version_id, count in db.session.execute(
            select(Response.version_id, func.count(Response.id))
            .where(Response.questionnaire_id == questionnaire.id)
            .group_by(Response.version_id)
        )
    }
    versions = list(
        db.session.scalars(
            select(QuestionnaireVersion)
            .where(QuestionnaireVersion.questionnaire_id == questionnaire.id)
            .order_by(QuestionnaireVersion.number.desc())
        )
    )
    if not versions:
        raise NotFound(slug)
    total = sum(version_totals.values())
    return QuestionnaireDetail(
        questionnaire=questionnaire,
        definition=version_definition(versions[0]),
        status=questionnaire_status(questionnaire, total, on),
        responses=total,
        versions=[VersionRow(v, version_totals.get(v.id, 0)) for v in versions],
        links=link_rows(slug, on),
    )


def version_detail(slug: str, number: int) -> tuple[Questionnaire, QuestionnaireVersion, Definition]:
    """One version of one questionnaire; a version number it does not have is not found."""
    questionnaire = _questionnaire(slug)
    version = db.session.scalar(
        select(QuestionnaireVersion).filter_by(questionnaire_id=questionnaire.id, number=number)
    )
    if version is None:
        raise NotFound(f"{slug} version {number}")
    return questionnaire, version, version_definition(version)


def set_questionnaire_open(actor: SignedInMember, slug: str, is_open: bool) -> Questionnaire:
    """Open or close a questionnaire by hand."""
    with write_transaction() as session:
        questionnaire = session.scalar(select(Questionnaire).filter_by(slug=slug))
        if questionnaire is None:
            raise NotFound(slug)
        questionnaire.is_open = is_open
        audit.add(session, actor, "questionnaire opened" if is_open else "questionnaire closed", slug)
    return questionnaire


def update_questionnaire_settings(
    actor: SignedInMember, slug: str, closes_on: dt.date | None, max_responses: int | None
) -> Questionnaire:
    """Set (or clear) a questionnaire's closing date and response cap."""
    if max_responses is not None and max_responses < 1:
        raise SettingsError("The response cap must be 1 or more")
    with write_transaction() as session:
        questionnaire = session.scalar(select(Questionnaire).filter_by(slug=slug))
        if questionnaire is None:
            raise NotFound(slug)
        opens_on = questionnaire.opens_on
        if closes_on is not None and opens_on is not None and closes_on < opens_on:
            raise SettingsError(
                f"The closing date must be on or after the opening date, {long_date(opens_on)}"
            )
        questionnaire.closes_on = closes_on
        questionnaire.max_responses = max_responses
        audit.add(
            session,
            actor,
            "questionnaire settings changed",
            slug,
            closes_on=closes_on.isoformat() if closes_on else None,
            max_responses=max_responses,
        )
    return questionnaire


def upload_definition(
    actor: SignedInMember, filename: str, data: bytes, slug: str | None = None
) -> LoadOutcome:
    """Validate an uploaded definition file and load it; on any problem raise UploadError, change nothing.

    With `slug`, the file must be that questionnaire's (it updates it, making a new version when
    responses exist). Without, it must be a new questionnaire: an existing slug is refused so a
    questionnaire is never replaced by accident from the list page.
    """
    source = filename.replace("\\", "/").rsplit("/", 1)[-1][:120] or "uploaded file"
    if not source.lower().endswith(DEFINITION_SUFFIXES):
        raise UploadError(source, ["the file must be a questionnaire definition ending .yaml or .yml"])
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(source, [f"the file is larger than {MAX_UPLOAD_BYTES // 1024} KB"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UploadError(source, ["the file is not UTF-8 text"]) from None
    if "\x00" in text:
        raise UploadError(source, ["the file contains NUL characters"])
    try:
        definition = parse_definition(text, source=source)
    except DefinitionError as exc:
        raise UploadError(source, exc.problems) from None
    if slug is not None and definition.slug != slug:
        raise UploadError(
            source,
            [
                f"the file's slug is '{definition.slug}' but this page is for '{slug}'; "
                "upload it on that questionnaire's page, or from the questionnaires list if it is new"
            ],
        )
    if slug is None and db.session.scalar(select(Questionnaire.id).filter_by(slug=definition.slug)):
        raise UploadError(
            source,
            [
                f"a questionnaire with the slug '{definition.slug}' already exists; "
                "upload a new version on that questionnaire's page"
            ],
        )
    try:
        outcome = load_definition(definition)
    except AnonymityChangeError as exc:
        raise UploadError(source, exc.problems) from None
    audit.record(
        actor,
        "definition uploaded",
        definition.slug,
        file=source,
        outcome=outcome.action,
        version=outcome.version,
    )
    return outcome


# ---------------------------------------------------------------- collection links


# ---------------------------------------------------------------- team members
