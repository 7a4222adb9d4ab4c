"""The team's reviews of coded comments: stored per comment and member, read back for the analysis.

A review's codes replace the engine's wherever a comment is counted or quoted: the analysis page,
the report and the analysis pack all code comments through `reviewed_coder` or `with_reviews`, which
apply `analysis.text.review.apply_reviews` (the latest review of a comment counts, REVIEW_RULE).
Reviews are stored apart from the analysis cache, so a re-run of the engine or a new codebook version
leaves them as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from analysis.agreement import Agreement
from analysis.report.context import Coder
from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.review import (
    REVIEW_COLUMNS,
    STANCE_LABELS,
    ItemAgreement,
    apply_reviews,
    format_pairs,
    pair_agreements,
    retired_label,
)

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import CommentReview, CommentReviewTheme, Questionnaire, Response, TeamMember, utcnow
from ..team.accounts import SignedInMember


def review_frame(slugs: Sequence[str]) -> pd.DataFrame:
    """Every review of the named questionnaires' comments, one row per (comment, reviewer): REVIEW_COLUMNS."""
    rows = db.session.execute(
        select(
            Response.reference,
            CommentReview.question_key,
            CommentReview.reviewer_id,
            CommentReview.reviewed_at,
            CommentReview.id,
            CommentReview.sentiment,
            CommentReview.risk_flag,
        )
        .join(Response, Response.id == CommentReview.response_id)
        .join(Questionnaire, Questionnaire.id == Response.questionnaire_id)
        .where(Questionnaire.slug.in_(list(slugs)))
        .order_by(CommentReview.id)
    ).all()
    themes = _review_themes([row.id for row in rows])
    records = [
        {
            "reference": row.reference,
            "question": row.question_key,
            "reviewer": str(row.reviewer_id),
            "reviewed_at": row.reviewed_at,
            "sequence": row.id,
            "theme_stances": format_pairs({t.theme_key: t.stance for t in themes.get(row.id, [])}),
            "quote_approved": ";".join(t.theme_key for t in themes.get(row.id, []) if t.quote_approved),
            "sentiment": row.sentiment,
            "risk_flag": bool(row.risk_flag),
        }
        for row in rows
    ]
    return pd.DataFrame(records, columns=list(REVIEW_COLUMNS))


# A review has a handful of themes; look them up this many reviews at a time (SQLite's variable limit).
_THEME_BATCH = 900


def _review_themes(review_ids: Sequence[int]) -> dict[int, list[CommentReviewTheme]]:
    """The themes of the given reviews, in the order the reviewer listed them, by review id."""
    found: dict[int, list[CommentReviewTheme]] = {}
    for start in range(0, len(review_ids), _THEME_BATCH):
        batch = list(review_ids[start : start + _THEME_BATCH])
        for theme in db.session.scalars(
            select(CommentReviewTheme)
            .where(CommentReviewTheme.review_id.in_(batch))
            .order_by(CommentReviewTheme.review_id, CommentReviewTheme.position)
        ):
            found.setdefault(theme.review_id, []).append(theme)
    return found


def reviewed_coder(base: Coder, slugs: Sequence[str]) -> Coder:
    """A coder that codes as `base` does, then puts the team's reviewed codes in place of the engine's."""
    reviews = review_frame(slugs)

    def code(comments: pd.DataFrame, codebooks: Sequence[Codebook]) -> pd.DataFrame:
        return apply_reviews(base(comments, codebooks), reviews)

    return code


def with_reviews(coded: pd.DataFrame, slug: str) -> pd.DataFrame:
    """One questionnaire's coded comments with the team's reviewed codes in place of the engine's."""
    return apply_reviews(coded, review_frame([slug]))


# ------------------------------------------------------------------------------------- reading one


@dataclass(frozen=True)
class ReviewedTheme:
    """One theme of a stored review, as a page shows it."""

    key: str
    label: str
    stance: str
    quote_approved: bool
    # "" for a theme the codebooks still hold; otherwise what became of it.
    retired: str


@dataclass(frozen=True)
class ReviewSummary:
    """One member's stored review of one comment, as a page shows it."""

    reviewer_id: int
    reviewer: str
    reviewed_at: dt.datetime
    themes: list[ReviewedTheme]
    sentiment: str
    risk_flag: bool
    accepted_as_coded: bool

    def stances(self) -> dict[str, str]:
        """Theme key to stance."""
        return {theme.key: theme.stance for theme in self.themes}

    def same_codes(self, other: ReviewSummary) -> bool:
        """Whether two reviews gave the comment the same codes (quote approvals aside)."""
        return (self.stances(), self.sentiment, self.risk_flag) == (
            other.stances(),
            other.sentiment,
            other.risk_flag,
        )


def members_disagree(reviews: Sequence[ReviewSummary]) -> bool:
    """Whether members' latest reviews of one comment give it different codes."""
    latest = list({review.reviewer_id: review for review in reviews}.values())
    return any(not latest[0].same_codes(other) for other in latest[1:])


def retired_note(codebook: str, version: str, books: Sequence[Codebook]) -> str:
    """What became of a reviewed theme that the codebooks coding its comment no longer hold."""
    current = {book.name: book for book in books}
    if codebook in current:
        return f"theme no longer in codebook {codebook} v{current[codebook].version}"
    return f"theme of codebook {codebook} v{version}, which no longer codes this question"


def comment_reviews(response_id: int, question: str, books: Sequence[Codebook]) -> list[ReviewSummary]:
    """Every member's review of one comment, oldest first (the last one is the comment's code)."""
    known = {theme.key for book in books for theme in book.themes}
    reviews = db.session.scalars(
        select(CommentReview)
        .where(CommentReview.response_id == response_id, CommentReview.question_key == question)
        .order_by(CommentReview.reviewed_at, CommentReview.id)
    ).all()
    return [
        ReviewSummary(
            reviewer_id=review.reviewer_id,
            reviewer=review.reviewer.name,
            reviewed_at=review.reviewed_at,
            themes=[
                ReviewedTheme(
                    theme.theme_key,
                    theme.label,
                    theme.stance,
                    theme.quote_approved,
                    ""
                    if theme.theme_key in known
                    else retired_note(theme.codebook, theme.codebook_version, books),
                )
                for theme in review.themes
            ],
            sentiment=review.sentiment,
            risk_flag=review.risk_flag,
            accepted_as_coded=review.accepted_as_coded,
        )
        for review in reviews
    ]


# ---------------------------------------------------------------------------------------------- saving


@dataclass(frozen=True)
class ThemeSource:
    """Where a theme a reviewer chose comes from: its label, codebook and the codebook's version."""

    label: str
    codebook: str
    version: str


@dataclass(frozen=True)
class ReviewCodes:
    """What a member decided for one comment: themes with stances, approved quotes, sentiment, risk."""

    stances: dict[str, str]
    approved: frozenset[str]
    sentiment: str
    risk_flag: bool
    accepted_as_coded: bool


def _codes_of(review: CommentReview) -> dict[str, object]:
    """A stored review's codes as the audit trail records them (codes only, never the comment)."""
    return {
        "themes": format_pairs({t.theme_key: t.stance for t in review.themes}),
        "approved": sorted(t.theme_key for t in review.themes if t.quote_approved),
        "sentiment": review.sentiment,
        "risk_flag": review.risk_flag,
    }


def save_review(
    member: SignedInMember,
    response_id: int,
    reference: str,
    question: str,
    codes: ReviewCodes,
    sources: Mapping[str, ThemeSource],
    codebooks: Sequence[Codebook],
) -> None:
    """Store (or replace) this member's review of one comment, audited in the same transaction.

    `sources` names each chosen theme's label, codebook and version, including themes kept from an
    earlier codebook. A second save racing the first (a double submission) replaces it.
    """
    for attempt in (1, 2):
        try:
            with write_transaction() as session:
                _store(session, member, response_id, reference, question, codes, sources, codebooks)
            return
        except IntegrityError:
            if attempt == 2:
                raise


def _store(
    session: Session,
    member: SignedInMember,
    response_id: int,
    reference: str,
    question: str,
    codes: ReviewCodes,
    sources: Mapping[str, ThemeSource],
    codebooks: Sequence[Codebook],
) -> None:
    """Write one review and its audit event on the caller's transaction."""
    review = session.scalar(
        select(CommentReview).where(
            CommentReview.response_id == response_id,
            CommentReview.question_key == question,
            CommentReview.reviewer_id == member.id,
        )
    )
    previous = _codes_of(review) if review is not None else None
    if review is None:
        review = CommentReview(response_id=response_id, question_key=question, reviewer_id=member.id)
        session.add(review)
    review.codebook = ", ".join(book.name for book in codebooks)[:200]
    review.codebook_version = ", ".join(book.version for book in codebooks)[:100]
    review.sentiment = codes.sentiment
    review.risk_flag = codes.risk_flag
    review.accepted_as_coded = codes.accepted_as_coded
    review.reviewed_at = utcnow()
    review.themes = [
        CommentReviewTheme(
            theme_key=key,
            position=position,
            label=sources[key].label[:200],
            codebook=sources[key].codebook[:80],
            codebook_version=sources[key].version[:40],
            stance=stance,
            quote_approved=key in codes.approved,
        )
        for position, (key, stance) in enumerate(codes.stances.items())
    ]
    session.flush()
    audit.add(
        session,
        member,
        "comment review saved",
        reference,
        question=question,
        accepted_as_coded=codes.accepted_as_coded,
        codebook=review.codebook,
        codebook_version=review.codebook_version,
        previous=previous,
        **_codes_of(review),
    )


# ------------------------------------------------------------------------------------------- agreement


@dataclass(frozen=True)
class AgreementRow:
    """Two members' agreement on one item (a theme, sentiment or the risk flag), in words."""

    item: str
    comments: int
    agreement: str
    kappa: str


@dataclass(frozen=True)
class DisagreementRow:
    """One comment two members coded differently on one item: what each gave, for them to settle."""

    reference: str
    question: str
    wording: str
    item: str
    first: str
    second: str


@dataclass(frozen=True)
class PairView:
    """One pair of members: the comments both reviewed, their agreement and their disagreements."""

    first: str
    second: str
    comments: int
    rows: list[AgreementRow]
    disagreements: list[DisagreementRow]


def _percent(agreement: Agreement) -> str:
    """Observed agreement as a whole percentage."""
    return f"{round(float(agreement.observed) * 100)}%"


def _kappa(agreement: Agreement) -> str:
    """Kappa to two decimals, or why there is none."""
    if agreement.kappa is None:
        return "not defined (both gave every comment the same code)"
    return f"{float(agreement.kappa):.2f}"


def _value(item: str, code: str) -> str:
    """A code in words: a stance's label, "not coded", a sentiment or a risk flag as they are."""
    return STANCE_LABELS.get(code, code) if item not in ("sentiment", "risk_flag") else code


def review_agreement(spec: QuestionnaireSpec, codebooks: Mapping[str, Codebook]) -> list[PairView]:
    """Cohen's kappa per theme, sentiment and risk flag for each pair of members who reviewed the same
    comments of a questionnaire, and their disagreements (each member's latest review counts).

    `codebooks` are the questionnaire's, by name (each question is coded with one of them).
    """
    reviews = review_frame([spec.slug])
    if reviews.empty:
        return []
    books = list(codebooks.values())
    labels = {theme.key: theme.label for book in books for theme in book.themes}
    stored = db.session.execute(select(CommentReviewTheme.theme_key, CommentReviewTheme.label).distinct())
    for key, label in stored:
        labels.setdefault(
            key, retired_label(key, books).replace(key.replace("_", " ").capitalize(), label, 1)
        )
    labels |= {"sentiment": "Sentiment", "risk_flag": "Risk flag"}
    names = dict(db.session.execute(select(TeamMember.id, TeamMember.name)).tuples().all())
    wording = {question.key: question.label for question in spec.questions}
    views = []
    for pair in pair_agreements(reviews, [key for book in books for key in book.keys]):
        rows = [
            AgreementRow(
                labels.get(item.item, item.item),
                pair.comments,
                _percent(item.agreement),
                _kappa(item.agreement),
            )
            for item in [
                *pair.themes,
                ItemAgreement("sentiment", pair.sentiment),
                ItemAgreement("risk_flag", pair.risk_flag),
            ]
        ]
        disagreements = [
            DisagreementRow(
                d.reference,
                d.question,
                wording.get(d.question, d.question),
                labels.get(d.item, d.item),
                _value(d.item, d.first),
                _value(d.item, d.second),
            )
            for d in pair.disagreements
        ]
        first, second = names.get(int(pair.first), pair.first), names.get(int(pair.second), pair.second)
        views.append(PairView(first, second, pair.comments, rows, disagreements))
    return views
