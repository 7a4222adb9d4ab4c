"""Service functions for collection links and their QR codes."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from pathlib import Path

import segno
from sqlalchemy import select

from ..database import write_transaction
from ..extensions import db
from ..models import CollectionLink, Questionnaire
from ..responses.submission import REFERENCE_ALPHABET

ALLOWED_TAGS = ("event", "event_date", "region", "cohort", "setting")
CODE_RE = re.compile(r"^[A-Za-z0-9]{4,16}$")


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
        )
        session.add(link)
    return link


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
    qr = segno.make(url, error="m", micro=False)
    out_stem.parent.mkdir(parents=True, exist_ok=True)
    png = out_stem.with_suffix(".png")
    svg = out_stem.with_suffix(".svg")
    # A large scale and the standard quiet zone keep the code scannable across a room.
    qr.save(str(png), scale=12, border=4)
    qr.save(str(svg), scale=8, border=4, title=f"QR code for {url}")
    return [png, svg]
