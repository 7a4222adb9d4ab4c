"""Service functions for the team dashboard: status and response counts per questionnaire."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from .extensions import db
from .models import Questionnaire, Response, today
from .questionnaires import Availability, availability


@dataclass(frozen=True)
class DashboardRow:
    """One questionnaire's line on the dashboard."""

    questionnaire: Questionnaire
    state: Availability
    total: int
    today: int
    last_7_days: int


def dashboard_rows(on: dt.date | None = None) -> list[DashboardRow]:
    """Status and counts for every questionnaire, in one query for the counts."""
    on = on or today()
    week_start = on - dt.timedelta(days=6)
    counts = {
        row.questionnaire_id: row
        for row in db.session.execute(
            select(
                Response.questionnaire_id,
                func.count(Response.id).label("total"),
                func.sum(case((Response.submitted_on == on, 1), else_=0)).label("today"),
                func.sum(case((Response.submitted_on >= week_start, 1), else_=0)).label("week"),
            ).group_by(Response.questionnaire_id)
        )
    }
    rows = []
    for questionnaire in db.session.scalars(select(Questionnaire).order_by(Questionnaire.title)):
        count = counts.get(questionnaire.id)
        rows.append(
            DashboardRow(
                questionnaire=questionnaire,
                state=availability(questionnaire, on=on),
                total=int(count.total) if count else 0,
                today=int(count.today or 0) if count else 0,
                last_7_days=int(count.week or 0) if count else 0,
            )
        )
    return rows
