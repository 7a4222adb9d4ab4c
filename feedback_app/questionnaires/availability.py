"""Whether a questionnaire or link takes answers: open, closed, not yet open or full, and that in words."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import func, select

from ..extensions import db
from ..models import CollectionLink, Questionnaire, Response, today


class Availability(enum.Enum):
    """Whether a questionnaire or link takes answers now, and if not, why."""

    OPEN = "open"
    CLOSED = "closed"
    NOT_YET_OPEN = "not yet open"
    FULL = "full"


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


def long_date(value: dt.date) -> str:
    """A date as people write it in the NHS: 14 March 2026."""
    return f"{value.day} {value:%B %Y}"


@dataclass(frozen=True)
class Status:
    """Whether a questionnaire or link takes answers today, in words for the team."""

    state: Availability
    text: str

    @property
    def colour(self) -> str:
        """The NHS.UK tag colour for this state."""
        return {
            Availability.OPEN: "green",
            Availability.CLOSED: "grey",
            Availability.NOT_YET_OPEN: "blue",
            Availability.FULL: "orange",
        }[self.state]


def describe(state: Availability, opens_on: dt.date | None, closes_on: dt.date | None, on: dt.date) -> Status:
    """Put a state in words: open, closing on DATE, opening on DATE, closed (on DATE), full."""
    if state is Availability.NOT_YET_OPEN and opens_on is not None:
        return Status(state, f"Opening on {long_date(opens_on)}")
    if state is Availability.OPEN and closes_on is not None:
        return Status(state, f"Open, closing on {long_date(closes_on)}")
    if state is Availability.CLOSED and closes_on is not None and closes_on < on:
        return Status(state, f"Closed on {long_date(closes_on)}")
    if state is Availability.FULL:
        return Status(state, "Full: the response cap is reached")
    return Status(state, state.value.capitalize())


def questionnaire_status(questionnaire: Questionnaire, total: int, on: dt.date | None = None) -> Status:
    """A questionnaire's status, given its response count."""
    on = on or today()
    state = availability(questionnaire, on=on, total=total)
    return describe(state, questionnaire.opens_on, questionnaire.closes_on, on)


def link_status(
    questionnaire: Questionnaire,
    link: CollectionLink,
    questionnaire_total: int,
    link_total: int,
    on: dt.date | None = None,
) -> Status:
    """A link's status: its own dates and cap, and whether its questionnaire is open."""
    on = on or today()
    own = questionnaire_status(questionnaire, questionnaire_total, on)
    if own.state is not Availability.OPEN:
        return Status(own.state, f"Questionnaire {own.text[0].lower()}{own.text[1:]}")
    state = availability(questionnaire, link, on=on, total=questionnaire_total, link_total=link_total)
    return describe(state, link.opens_on, link.closes_on, on)


def questionnaire_totals() -> dict[int, int]:
    """Responses per questionnaire id, in one grouped query."""
    return {
        qid: int(count)
        for qid, count in db.session.execute(
            select(Response.questionnaire_id, func.count(Response.id)).group_by(Response.questionnaire_id)
        )
    }


def link_totals() -> dict[int, int]:
    """Responses per collection link id, in one grouped query."""
    return {
        link_id: int(count)
        for link_id, count in db.session.execute(
            select(Response.link_id, func.count(Response.id))
            .where(Response.link_id.is_not(None))
            .group_by(Response.link_id)
        )
    }
