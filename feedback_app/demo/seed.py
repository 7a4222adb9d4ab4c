"""Deterministic synthetic responses for demonstrations and tests (no real person's words)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, select

from questionnaire_format.model import Definition, Question
from questionnaire_format.vocabulary import OTHER_VALUE

from ..database import write_transaction
from ..models import REFERENCE_ALPHABET, Answer, CollectionLink, Questionnaire, Recommendation, Response
from ..questionnaires.store import current_version, version_definition
from ..responses.answers import AnswerValue, is_shown
from ..responses.submission import new_reference, new_token
from ..safeguarding.flags import flags_in, insert_flags
from .content import FREE_TEXT, SHORT_TEXT_FALLBACK

DEMO_LINKS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "stakeholder-event": [
        (
            "Leeds showcase",
            {
                "event": "Mental health Assistant Practitioner showcase",
                "event_date": "2026-03-12",
                "region": "north-east-yorkshire",
            },
        ),
        (
            "Manchester levy workshop",
            {
                "event": "Apprenticeship levy and funding workshop",
                "event_date": "2026-05-20",
                "region": "north-west",
            },
        ),
    ],
    "apprentice-survey": [
        ("Spring 2021 cohort, North West", {"cohort": "spring-2021", "region": "north-west"}),
        ("Autumn 2021 cohort, North East", {"cohort": "autumn-2021", "region": "north-east-yorkshire"}),
    ],
    "patient-experience": [
        ("Psychoeducational groups", {"setting": "Psychoeducational groups", "region": "north-west"}),
    ],
}

# The share of each demo link's people who answer, so the demo report shows plausible response rates
# at any size: a link's expected number is what it will get (responses are spread evenly over the
# links and "no link") divided by its rate. Written for the demo.
DEMO_RESPONSE_RATES = {
    "Leeds showcase": 0.62,
    "Manchester levy workshop": 0.45,
    "Spring 2021 cohort, North West": 0.71,
    "Autumn 2021 cohort, North East": 0.58,
    "Psychoeducational groups": 0.36,
}


def demo_expected(name: str, responses: int, links: int) -> int | None:
    """How many people a demo link is for, given the responses asked for and the number of links."""
    rate = DEMO_RESPONSE_RATES.get(name)
    return max(1, round(responses / (links + 1) / rate)) if rate else None


def _skewed_choice(rng: random.Random, values: list[str]) -> str:
    # Earlier options (e.g. "Very good", "Strongly agree") are more common, as in real feedback.
    weights = [len(values) - i + 1 for i in range(len(values))]
    return rng.choices(values, weights=weights, k=1)[0]


def _text_for(rng: random.Random, slug: str, question: Question) -> str:
    pool = FREE_TEXT.get(slug, {}).get(question.key) or SHORT_TEXT_FALLBACK
    text = rng.choice(pool)
    return text[: question.max_length or len(text)]


def demo_answers(rng: random.Random, slug: str, definition: Definition) -> dict[str, AnswerValue]:
    """One plausible set of answers for a definition."""
    answers: dict[str, AnswerValue] = {}
    for question in definition.questions():
        if not is_shown(question, answers):
            continue
        if not question.required and rng.random() < 0.15:
            continue
        values = [o.value for o in question.options]
        if question.type in ("single_choice", "yes_no", "likert", "rating", "fft"):
            if question.type == "rating":
                answers[question.key] = str(
                    rng.choices(range(11), weights=[1, 1, 1, 2, 2, 4, 5, 7, 9, 8, 6])[0]
                )
            else:
                answers[question.key] = _skewed_choice(rng, values)
        elif question.type == "multiple_choice":
            chosen = [v for v in values if rng.random() < 0.3] or [rng.choice(values)]
            answers[question.key] = chosen
            if question.other and rng.random() < 0.1:
                answers[question.key] = [*chosen, OTHER_VALUE]
                answers[question.other_key] = rng.choice(SHORT_TEXT_FALLBACK)
        elif question.type == "likert_grid":
            for statement in question.statements:
                answers[f"{question.key}.{statement.key}"] = _skewed_choice(rng, values)
        elif question.type in ("short_text", "long_text"):
            if question.required or rng.random() < 0.8:
                answers[question.key] = _text_for(rng, slug, question)
        elif question.type == "number":
            low = question.min if question.min is not None else 0
            high = question.max if question.max is not None else low + 20
            answers[question.key] = str(rng.randint(low, high))
        elif question.type == "date":
            answers[question.key] = (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 600))).isoformat()
        elif question.type == "consent":
            answers[question.key] = "yes"
    return answers


def seed_demo(responses: int, seed: int, only_if_empty: bool = False) -> dict[str, int]:
    """Add `responses` synthetic responses to every questionnaire; return how many each got."""
    added: dict[str, int] = {}
    with write_transaction() as session:
        if only_if_empty and session.scalar(select(func.count(Response.id))):
            return added
        questionnaires = session.scalars(select(Questionnaire).order_by(Questionnaire.slug)).all()
        start = dt.date.today() - dt.timedelta(days=365)
        for questionnaire in questionnaires:
            version = current_version(questionnaire)
            definition = version_definition(version)
            link_rng = random.Random(f"links:{seed}:{questionnaire.slug}")
            links = _demo_links(session, questionnaire, link_rng, responses)
            # One generator per questionnaire: the same seed gives the same answers whatever else exists.
            rng = random.Random(f"{seed}:{questionnaire.slug}")
            rows: list[tuple[Response, dict[str, AnswerValue]]] = []
            for _ in range(responses):
                link = rng.choice([None, *links]) if links else None
                answers = demo_answers(rng, questionnaire.slug, definition)
                response = Response(
                    questionnaire_id=questionnaire.id,
                    version_id=version.id,
                    link_id=link.id if link else None,
                    # Tokens and references stay random so seeding twice never collides.
                    submission_token="demo-" + new_token(),
                    reference=new_reference(),
                    submitted_on=start + dt.timedelta(days=rng.randint(0, 365)),
                    submitted_at=None,
                    tags=dict(link.tags) if link else {},
                )
                response.answers = [
                    Answer(question_key=key, value=item)
                    for key, value in answers.items()
                    for item in (value if isinstance(value, list) else [value])
                ]
                rows.append((response, answers))
            session.add_all([response for response, _ in rows])
            session.flush()
            # Risk flags as a submission stores them, so the demo's flagged-comments queue is real.
            for response, answers in rows:
                insert_flags(session.connection(), response.id, flags_in(definition, answers))
            added[questionnaire.slug] = len(rows)
    return added


def _demo_links(
    session: Any, questionnaire: Questionnaire, rng: random.Random, responses: int
) -> list[CollectionLink]:
    existing = session.scalars(
        select(CollectionLink).where(CollectionLink.questionnaire_id == questionnaire.id)
    ).all()
    if existing:
        return list(existing)
    links = []
    for name, tags in DEMO_LINKS.get(questionnaire.slug, []):
        code = "".join(rng.choice(REFERENCE_ALPHABET.lower()) for _ in range(6))
        link = CollectionLink(
            code=code,
            questionnaire=questionnaire,
            name=name,
            tags=tags,
            expected_responses=demo_expected(name, responses, len(DEMO_LINKS[questionnaire.slug])),
        )
        session.add(link)
        links.append(link)
    session.flush()
    return links


# Recommendations as a project team might write them after reading the demo report: written for the
# demo, naming roles rather than people, so the report shows the section filled in.
DEMO_RECOMMENDATIONS: list[tuple[str, str, str, str]] = [
    (
        "maths_english",
        "Offer functional skills maths and English support before the apprenticeship starts, so entry "
        "requirements stop holding back otherwise ready HCAs.",
        "Education lead",
        "agreed",
    ),
    (
        "release_backfill",
        "Agree protected study days with each ward manager at the start, with backfill costed in the bid.",
        "Programme manager",
        "in_progress",
    ),
    (
        "mentor_capacity",
        "Train a second practice supervisor for every apprentice so a change of mentor does not stop "
        "assessment.",
        "Practice education team",
        "proposed",
    ),
    (
        "general",
        "Share this report with the steering group and review progress on each recommendation quarterly.",
        "Programme lead",
        "proposed",
    ),
]


def seed_demo_recommendations() -> int:
    """Add the demo recommendations when the team has written none; return how many were added."""
    with write_transaction() as session:
        if session.scalar(select(func.count(Recommendation.id))):
            return 0
        for finding, text, owner, status in DEMO_RECOMMENDATIONS:
            session.add(
                Recommendation(
                    finding=finding,
                    text=text,
                    owner=owner,
                    status=status,
                    created_by="Demo data",
                    updated_by="Demo data",
                )
            )
    return len(DEMO_RECOMMENDATIONS)
