"""Service functions for the team dashboard: status and response counts per questionnaire."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import case, func, select

from analysis.numbers import wilson_interval

from ..extensions import db
from ..models import Answer, CollectionLink, Questionnaire, Response, today
from ..questionnaires.availability import Availability, Status, link_status, link_totals, questionnaire_status
from ..questionnaires.links import link_rate
from ..questionnaires.retention import Retention, retention_summary
from ..questionnaires.store import current_version, version_definition

CHART_WEEKS = 12
CHART_WIDTH = 480
CHART_HEIGHT = 120
# Room above the tallest bar for its number, and under the bars for the axis line.
CHART_TOP = 16
CHART_BASELINE = 2


@dataclass(frozen=True)
class LinkCount:
    """Responses through one collection link."""

    link: CollectionLink
    total: int
    status: Status

    @property
    def response_rate(self) -> str:
        """The link's responses as a percentage of those expected ("" when no number is recorded)."""
        return link_rate(self.link, self.total)


@dataclass(frozen=True)
class WeekCount:
    """Responses in one seven-day span, with the bar that draws it."""

    start: dt.date
    end: dt.date
    count: int
    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class FftScore:
    """The Friends and Family Test % positive with its Wilson 95% interval, or suppressed."""

    responses: int
    positive: float | None = None
    low: float | None = None
    high: float | None = None

    @property
    def suppressed(self) -> bool:
        """Too few responses to show (NHS England publishes no score from 1 to 4 responses)."""
        return self.positive is None and self.responses > 0


def fft_score(answers: dict[str, int], threshold: int) -> FftScore:
    """% positive = (very good + good) / every FFT answer, "don't know" included, as NHS England counts.

    Source: NHS England, Friends and Family Test guidance (2019), "Using the FFT data".
    """
    responses = sum(answers.values())
    if responses < threshold:
        return FftScore(responses)
    positive = answers.get("very_good", 0) + answers.get("good", 0)
    low, high = wilson_interval([positive], [responses])
    return FftScore(responses, 100.0 * positive / responses, float(low[0]), float(high[0]))


@dataclass(frozen=True)
class DashboardRow:
    """One questionnaire's section of the dashboard."""

    questionnaire: Questionnaire
    status: Status
    total: int
    today: int
    last_7_days: int
    links: list[LinkCount] = field(default_factory=list)
    without_link: int = 0
    weeks: list[WeekCount] = field(default_factory=list)
    retention: Retention | None = None
    fft: FftScore | None = None

    @property
    def state(self) -> Availability:
        """Whether the questionnaire takes answers today."""
        return self.status.state

    @property
    def weeks_total(self) -> int:
        """Responses in the weeks the chart shows."""
        return sum(week.count for week in self.weeks)


def week_spans(on: dt.date, weeks: int = CHART_WEEKS) -> list[tuple[dt.date, dt.date]]:
    """Seven-day spans ending today, oldest first; the last one is the "last 7 days" figure."""
    first = on - dt.timedelta(days=7 * weeks - 1)
    return [(first + dt.timedelta(days=7 * i), first + dt.timedelta(days=7 * i + 6)) for i in range(weeks)]


def chart_weeks(daily: dict[dt.date, int], on: dt.date, weeks: int = CHART_WEEKS) -> list[WeekCount]:
    """Daily counts summed into weeks, each with the geometry of its bar in the SVG chart."""
    spans = week_spans(on, weeks)
    counts = [sum(n for day, n in daily.items() if start <= day <= end) for start, end in spans]
    tallest = max(counts, default=0) or 1
    slot = CHART_WIDTH // weeks
    usable = CHART_HEIGHT - CHART_TOP - CHART_BASELINE
    result = []
    for index, ((start, end), count) in enumerate(zip(spans, counts, strict=True)):
        height = round(usable * count / tallest)
        result.append(
            WeekCount(
                start=start,
                end=end,
                count=count,
                x=index * slot + 4,
                y=CHART_TOP + usable - height,
                width=slot - 8,
                height=height,
            )
        )
    return result


def _counts(on: dt.date) -> dict[int, Any]:
    """Per questionnaire id: responses in all, today and in the last seven days."""
    week_start = on - dt.timedelta(days=6)
    return {
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


def _daily(on: dt.date) -> dict[int, dict[dt.date, int]]:
    """Per questionnaire id, responses per day over the chart's weeks."""
    daily: dict[int, dict[dt.date, int]] = defaultdict(dict)
    for questionnaire_id, day, count in db.session.execute(
        select(Response.questionnaire_id, Response.submitted_on, func.count(Response.id))
        .where(Response.submitted_on >= week_spans(on)[0][0], Response.submitted_on <= on)
        .group_by(Response.questionnaire_id, Response.submitted_on)
    ):
        daily[questionnaire_id][day] = int(count)
    return daily


def _fft_scores(questionnaires: Sequence[Questionnaire]) -> dict[int, FftScore | None]:
    """Per questionnaire id, its FFT score (None when its current version asks no FFT question)."""
    fft_keys = {
        questionnaire.id: [
            q.key for q in version_definition(current_version(questionnaire)).questions() if q.type == "fft"
        ]
        for questionnaire in questionnaires
    }
    fft_answers: dict[int, dict[str, int]] = defaultdict(dict)
    keys = sorted({key for found in fft_keys.values() for key in found})
    if keys:
        for questionnaire_id, value, number in db.session.execute(
            select(Response.questionnaire_id, Answer.value, func.count(Answer.id))
            .join(Answer, Answer.response_id == Response.id)
            .where(Answer.question_key.in_(keys))
            .group_by(Response.questionnaire_id, Answer.value)
        ):
            fft_answers[questionnaire_id][value] = int(number)
    threshold = int(current_app.config["SUPPRESSION_THRESHOLD"])
    return {qid: fft_score(fft_answers[qid], threshold) if found else None for qid, found in fft_keys.items()}


def dashboard_rows(on: dt.date | None = None) -> list[DashboardRow]:
    """Status, counts, link counts, weekly counts and retention for every questionnaire.

    A fixed handful of grouped queries whatever the number of questionnaires and links.
    """
    on = on or today()
    counts = _counts(on)
    totals_by_link = link_totals()
    daily = _daily(on)
    links_by_questionnaire: dict[int, list[CollectionLink]] = defaultdict(list)
    for link in db.session.scalars(select(CollectionLink).order_by(CollectionLink.name, CollectionLink.id)):
        links_by_questionnaire[link.questionnaire_id].append(link)
    retention = retention_summary(on)
    questionnaires = db.session.scalars(select(Questionnaire).order_by(Questionnaire.title)).all()
    fft = _fft_scores(questionnaires)
    rows = []
    for questionnaire in questionnaires:
        count = counts.get(questionnaire.id)
        total = int(count.total) if count else 0
        link_counts = []
        for link in links_by_questionnaire[questionnaire.id]:
            link_total = totals_by_link.get(link.id, 0)
            status = link_status(questionnaire, link, total, link_total, on)
            link_counts.append(LinkCount(link, link_total, status))
        rows.append(
            DashboardRow(
                questionnaire=questionnaire,
                status=questionnaire_status(questionnaire, total, on),
                total=total,
                today=int(count.today or 0) if count else 0,
                last_7_days=int(count.week or 0) if count else 0,
                links=link_counts,
                without_link=total - sum(item.total for item in link_counts),
                weeks=chart_weeks(daily[questionnaire.id], on),
                retention=retention.get(questionnaire.id),
                fft=fft[questionnaire.id],
            )
        )
    return rows
