"""Service functions behind the team area's admin pages: questionnaires, links, QR codes, team members.

Every change here writes an audit event (who, what, when; never answer text).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import segno
from flask import current_app
from markupsafe import Markup
from sqlalchemy import delete, func, select

from ..database import write_transaction
from ..definitions import Definition, DefinitionError, parse_definition
from ..extensions import db
from ..insights.dashboard import Status, link_status, long_date, questionnaire_status
from ..models import (
    AuditEvent,
    CollectionLink,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    TeamMember,
    TeamSession,
    today,
)
from ..team.accounts import ROLES, SignedInMember, create_member, record
from .links import create_link, short_url
from .store import (
    AnonymityChangeError,
    LoadOutcome,
    current_version,
    load_definition,
    response_count,
    version_definition,
)

DEFINITION_SUFFIXES = (".yaml", ".yml")
# Shipped definitions are about 10 KB; the cap stays under the request size limit (MAX_CONTENT_LENGTH).
MAX_UPLOAD_BYTES = 60 * 1024


class NotFound(LookupError):
    """The questionnaire, version, link or team member asked for does not exist (or is not theirs)."""


class SettingsError(ValueError):
    """A change was refused; the message says why, in words for the team."""


class UploadError(ValueError):
    """An uploaded definition was refused; nothing was changed."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


def _event(actor: SignedInMember, action: str, target: str, **detail: Any) -> AuditEvent:
    """An audit event to add inside the same transaction as the change it records."""
    return AuditEvent(actor=actor.email, actor_id=actor.id, action=action, target=target[:200], detail=detail)


# ---------------------------------------------------------------- questionnaires


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
class LinkRow:
    """A collection link with its questionnaire, response count and status."""

    link: CollectionLink
    questionnaire: Questionnaire
    responses: int
    status: Status


@dataclass(frozen=True)
class QuestionnaireDetail:
    """Everything the questionnaire page shows."""

    questionnaire: Questionnaire
    definition: Definition
    status: Status
    responses: int
    versions: list[VersionRow]
    links: list[LinkRow]


def _questionnaire_totals() -> dict[int, int]:
    return {
        qid: int(count)
        for qid, count in db.session.execute(
            select(Response.questionnaire_id, func.count(Response.id)).group_by(Response.questionnaire_id)
        )
    }


def _link_totals() -> dict[int, int]:
    return {
        link_id: int(count)
        for link_id, count in db.session.execute(
            select(Response.link_id, func.count(Response.id))
            .where(Response.link_id.is_not(None))
            .group_by(Response.link_id)
        )
    }


def questionnaire_rows(on: dt.date | None = None) -> list[QuestionnaireRow]:
    """Every questionnaire with its status, versions and response count (grouped queries, no N+1)."""
    on = on or today()
    totals = _questionnaire_totals()
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
        session.add(_event(actor, "questionnaire opened" if is_open else "questionnaire closed", slug))
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
        session.add(
            _event(
                actor,
                "questionnaire settings changed",
                slug,
                closes_on=closes_on.isoformat() if closes_on else None,
                max_responses=max_responses,
            )
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
    record(
        actor,
        "definition uploaded",
        definition.slug,
        file=source,
        outcome=outcome.action,
        version=outcome.version,
    )
    return outcome


# ---------------------------------------------------------------- collection links


def link_rows(slug: str | None = None, on: dt.date | None = None) -> list[LinkRow]:
    """Collection links (of one questionnaire, or all), newest first, with response counts and status."""
    on = on or today()
    query = (
        select(CollectionLink, Questionnaire)
        .join(Questionnaire, Questionnaire.id == CollectionLink.questionnaire_id)
        .order_by(Questionnaire.title, CollectionLink.created_at.desc(), CollectionLink.id.desc())
    )
    if slug is not None:
        query = query.where(Questionnaire.slug == slug)
    totals = _questionnaire_totals()
    link_totals = _link_totals()
    rows = []
    for link, questionnaire in db.session.execute(query).tuples():
        count = link_totals.get(link.id, 0)
        status = link_status(questionnaire, link, totals.get(questionnaire.id, 0), count, on)
        rows.append(LinkRow(link, questionnaire, count, status))
    return rows


@dataclass(frozen=True)
class LinkDetail(LinkRow):
    """A link with what its page and poster show: the short URL and the questionnaire's wording."""

    url: str
    definition: Definition

    @property
    def qr_svg(self) -> Markup:
        """The QR code to show in the page."""
        return qr_inline_svg(self.url)


def link_detail(slug: str, code: str, on: dt.date | None = None) -> LinkDetail:
    """One link of one questionnaire; a code belonging to another questionnaire is not found."""
    row = (
        db.session.execute(
            select(CollectionLink, Questionnaire)
            .join(Questionnaire, Questionnaire.id == CollectionLink.questionnaire_id)
            .where(Questionnaire.slug == slug, CollectionLink.code == code.lower())
        )
        .tuples()
        .first()
    )
    if row is None:
        raise NotFound(f"{slug} link {code}")
    link, questionnaire = row
    total = response_count(questionnaire.id)
    count = response_count(questionnaire.id, link.id)
    return LinkDetail(
        link=link,
        questionnaire=questionnaire,
        responses=count,
        status=link_status(questionnaire, link, total, count, on or today()),
        url=short_url(current_app.config["BASE_URL"], link),
        definition=version_definition(current_version(questionnaire)),
    )


def link_qr(slug: str, code: str, kind: str) -> tuple[bytes, str, str]:
    """A link's QR code file as (content, safe file name, media type); kind is "png" or "svg"."""
    detail = link_detail(slug, code)
    # Slugs and codes are lower-case letters, digits and hyphens only, so the name needs no escaping.
    filename = f"qr-{detail.questionnaire.slug}-{detail.link.code}.{kind}"
    if kind == "png":
        return qr_png(detail.url), filename, "image/png"
    return qr_svg(detail.url), filename, "image/svg+xml"


def create_collection_link(
    actor: SignedInMember,
    slug: str,
    name: str,
    tags: dict[str, str],
    opens_on: dt.date | None = None,
    closes_on: dt.date | None = None,
    max_responses: int | None = None,
) -> CollectionLink:
    """Make a collection link (LinkError says why not) and record who made it."""
    link = create_link(slug, name, tags, opens_on, closes_on, max_responses)
    record(actor, "collection link created", f"{slug}/{link.code}", name=link.name, tags=dict(link.tags))
    return link


def set_link_open(actor: SignedInMember, slug: str, code: str, is_open: bool) -> CollectionLink:
    """Open or close one collection link."""
    with write_transaction() as session:
        link = session.scalar(
            select(CollectionLink)
            .join(Questionnaire, Questionnaire.id == CollectionLink.questionnaire_id)
            .where(Questionnaire.slug == slug, CollectionLink.code == code.lower())
        )
        if link is None:
            raise NotFound(f"{slug} link {code}")
        link.is_open = is_open
        action = "collection link opened" if is_open else "collection link closed"
        session.add(_event(actor, action, f"{slug}/{link.code}"))
    return link


def qr_png(url: str) -> bytes:
    """The URL's QR code as a PNG big enough to print (standard quiet zone)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=12, border=4)
    return buffer.getvalue()


def qr_svg(url: str) -> bytes:
    """The URL's QR code as a standalone SVG file."""
    buffer = io.BytesIO()
    qr = segno.make(url, error="m", micro=False)
    qr.save(buffer, kind="svg", scale=8, border=4, title=f"QR code for {url}")
    return buffer.getvalue()


def qr_inline_svg(url: str) -> Markup:
    """The URL's QR code as SVG markup to put in a page; it scales to its box (no fixed size)."""
    qr = segno.make(url, error="m", micro=False)
    # segno writes only attributes and an escaped title, so the markup is safe to embed as is.
    svg = qr.svg_inline(
        scale=1, border=4, omitsize=True, svgclass="app-poster__qr-code", lineclass=None, light="#fff"
    )
    return Markup(svg)  # noqa: S704 - generated by segno from a URL we built, not from user input


# ---------------------------------------------------------------- team members


def team_members() -> list[TeamMember]:
    """Every team member: active ones first, then by name."""
    return list(db.session.scalars(select(TeamMember).order_by(TeamMember.is_active.desc(), TeamMember.name)))


def add_member(actor: SignedInMember, email: str, name: str, role: str, password: str) -> TeamMember:
    """Add a team member (AccountError says why not); the audit event names the admin who did it."""
    return create_member(email, name, role, password, actor=actor.email)


def set_member_active(actor: SignedInMember, member_id: int, active: bool) -> TeamMember:
    """Deactivate a member (signing them out everywhere at once) or reactivate them."""
    if member_id == actor.id and not active:
        raise SettingsError("You cannot deactivate yourself. Ask another admin to do it")
    with write_transaction() as session:
        member = session.get(TeamMember, member_id)
        if member is None:
            raise NotFound(str(member_id))
        member.is_active = active
        if not active:
            # Their session rows go too, so a browser they are signed in on stops working now.
            session.execute(delete(TeamSession).where(TeamSession.member_id == member_id))
        action = "team member reactivated" if active else "team member deactivated"
        session.add(_event(actor, action, member.email))
    return member


def change_role(actor: SignedInMember, member_id: int, role: str) -> TeamMember:
    """Make a member an admin or a viewer; admins cannot change their own role (one admin always stays)."""
    if role not in ROLES:
        raise SettingsError(f"Role must be one of {', '.join(ROLES)}")
    if member_id == actor.id:
        raise SettingsError("You cannot change your own role. Ask another admin to do it")
    with write_transaction() as session:
        member = session.get(TeamMember, member_id)
        if member is None:
            raise NotFound(str(member_id))
        previous = member.role
        member.role = role
        session.add(_event(actor, "team member role changed", member.email, role=role, previous=previous))
    return member


def get_member(member_id: int) -> TeamMember:
    """One team member by id."""
    member = db.session.get(TeamMember, member_id)
    if member is None:
        raise NotFound(str(member_id))
    return member
