"""Collection links: making, listing, opening and closing them, and their QR codes."""

from __future__ import annotations

import datetime as dt
import io
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import segno
from flask import current_app
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.numbers import response_rate
from questionnaire_format.model import Definition

from .. import audit
from ..database import write_transaction
from ..errors import NotFound
from ..extensions import db
from ..models import REFERENCE_ALPHABET, CollectionLink, Questionnaire, today
from ..team.accounts import SignedInMember
from .availability import Status, link_status, link_totals, questionnaire_totals, response_count
from .store import current_version, version_definition

ALLOWED_TAGS = ("event", "event_date", "region", "cohort", "setting")
CODE_RE = re.compile(r"^[A-Za-z0-9]{4,16}$")
MAX_EXPECTED = 1_000_000


class LinkError(ValueError):
    """A link could not be made as asked."""


def _new_code() -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET.lower()) for _ in range(6))


def create_link(
    slug: str,
    name: str,
    tags: dict[str, str] | None = None,
    opens_on: dt.date | None = None,
    closes_on: dt.date | None = None,
    max_responses: int | None = None,
    expected_responses: int | None = None,
) -> CollectionLink:
    """Make a collection link for a questionnaire, with tags stored on every response through it."""
    tags = {k: v.strip() for k, v in (tags or {}).items() if v and v.strip()}
    unknown = sorted(set(tags) - set(ALLOWED_TAGS))
    if unknown:
        raise LinkError(f"unknown tag(s) {', '.join(unknown)}; use {', '.join(ALLOWED_TAGS)}")
    if "event_date" in tags:
        try:
            dt.date.fromisoformat(tags["event_date"])
        except ValueError:
            raise LinkError("event_date must be a date like 2026-03-14") from None
    if not name.strip():
        raise LinkError("a link needs a name")
    if opens_on and closes_on and closes_on < opens_on:
        raise LinkError("the closing date is before the opening date")
    if max_responses is not None and max_responses < 1:
        raise LinkError("the response cap must be at least 1")
    _check_expected(expected_responses)
    with write_transaction() as session:
        questionnaire = session.scalar(select(Questionnaire).filter_by(slug=slug))
        if questionnaire is None:
            raise LinkError(f"no questionnaire with slug {slug!r}")
        code = _new_code()
        while session.scalar(select(CollectionLink.id).filter_by(code=code)) is not None:
            code = _new_code()
        link = CollectionLink(
            code=code,
            questionnaire=questionnaire,
            name=name.strip(),
            tags=tags,
            opens_on=opens_on,
            closes_on=closes_on,
            max_responses=max_responses,
            expected_responses=expected_responses,
        )
        session.add(link)
    return link


def _check_expected(expected: int | None) -> None:
    """An expected number of respondents is a whole number from 1 to a million, or unknown (None)."""
    if expected is not None and not 1 <= expected <= MAX_EXPECTED:
        raise LinkError(f"the expected number of responses must be from 1 to {MAX_EXPECTED:,}")


def get_link(code: str) -> CollectionLink | None:
    """The link with this code, if the code is well-formed and exists."""
    if not CODE_RE.match(code):
        return None
    return db.session.scalar(select(CollectionLink).filter_by(code=code.lower()))


def short_url(base_url: str, link: CollectionLink) -> str:
    """The absolute short URL printed on posters."""
    return f"{base_url.rstrip('/')}/s/{link.code}"


def write_qr(url: str, out_stem: Path) -> list[Path]:
    """Write the URL's QR code as PNG and SVG beside each other; return both paths."""
    out_stem.parent.mkdir(parents=True, exist_ok=True)
    png = out_stem.with_suffix(".png")
    svg = out_stem.with_suffix(".svg")
    png.write_bytes(qr_png(url))
    svg.write_bytes(qr_svg(url))
    return [png, svg]


def link_rate(link: CollectionLink, responses: int) -> str:
    """A link's responses as a percentage of the people it is for, to one decimal ("" when not recorded)."""
    expected = link.expected_responses
    return f"{response_rate(responses, expected):.1f}" if expected else ""


@dataclass(frozen=True)
class LinkRow:
    """A collection link with its questionnaire, response count and status."""

    link: CollectionLink
    questionnaire: Questionnaire
    responses: int
    status: Status

    @property
    def response_rate(self) -> str:
        """The link's responses as a percentage of those expected ("" when no number is recorded)."""
        return link_rate(self.link, self.responses)


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
    totals = questionnaire_totals()
    counts = link_totals()
    rows = []
    for link, questionnaire in db.session.execute(query).tuples():
        count = counts.get(link.id, 0)
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
    expected_responses: int | None = None,
) -> CollectionLink:
    """Make a collection link (LinkError says why not) and record who made it."""
    link = create_link(slug, name, tags, opens_on, closes_on, max_responses, expected_responses)
    audit.record(
        actor,
        "collection link created",
        f"{slug}/{link.code}",
        name=link.name,
        tags=dict(link.tags),
        expected_responses=expected_responses,
    )
    return link


def _find_link(session: Session, slug: str, code: str) -> CollectionLink:
    """One link of one questionnaire, for changing; a code of another questionnaire is not found."""
    link = session.scalar(
        select(CollectionLink)
        .join(Questionnaire, Questionnaire.id == CollectionLink.questionnaire_id)
        .where(Questionnaire.slug == slug, CollectionLink.code == code.lower())
    )
    if link is None:
        raise NotFound(f"{slug} link {code}")
    return link


def set_expected_responses(
    actor: SignedInMember, slug: str, code: str, expected: int | None
) -> CollectionLink:
    """Record how many people a link is for (None when not known), for its response rate; audited."""
    _check_expected(expected)
    with write_transaction() as session:
        link = _find_link(session, slug, code)
        link.expected_responses = expected
        audit.add(
            session, actor, "collection link expected responses set", f"{slug}/{link.code}", expected=expected
        )
    return link


def set_link_open(actor: SignedInMember, slug: str, code: str, is_open: bool) -> CollectionLink:
    """Open or close one collection link."""
    with write_transaction() as session:
        link = _find_link(session, slug, code)
        link.is_open = is_open
        action = "collection link opened" if is_open else "collection link closed"
        audit.add(session, actor, action, f"{slug}/{link.code}")
    return link


def qr_png(url: str) -> bytes:
    """The URL's QR code as a PNG big enough to print (standard quiet zone)."""
    # A large scale and the standard quiet zone keep the code scannable across a room.
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
