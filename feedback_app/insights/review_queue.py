"""The review queue: the next comment a member has not reviewed, the page to code it on, and saving it.

A comment is a response's answer to one of the questions the engine codes (those with a prompt), in
the order responses arrived, then in question order. Each member works through the comments they have
not reviewed themselves, so two members can code the same comments and their agreement be measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select

from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.review import STANCES, parse_pairs
from analysis.text.sentiment import LABELS

from .. import audit
from ..analysis_cache import open_analysis_cache
from ..extensions import db
from ..models import Answer, CommentReview, Questionnaire, Response
from ..questionnaires.store import all_questionnaires, get_by_slug
from ..team.accounts import SignedInMember
from .analysis import question_codebooks
from .frames import questionnaire_spec
from .reviews import ReviewCodes, ReviewSummary, ThemeSource, comment_reviews, save_review

# What a comment's review form may ask the server to do.
ACCEPT, ACCEPT_APPROVE, SAVE = "accept", "accept_approve", "save"
ACTIONS = (ACCEPT, ACCEPT_APPROVE, SAVE)
# The stance given to a theme the engine found without one.
DEFAULT_STANCE = "mention"


@dataclass(frozen=True)
class Progress:
    """How many of a questionnaire's comments this member, and anyone, has reviewed."""

    mine: int
    anyone: int
    total: int


def _coded_questions(spec: QuestionnaireSpec) -> list[tuple[str, str, str]]:
    """(key, wording, prompt) of the questions whose answers the engine codes, in page order."""
    return [(q.key, q.label, q.prompt or "") for q in spec.coded_text_questions()]


def _comments(questionnaire_id: int, keys: Sequence[str]) -> list[ColumnElement[bool]]:
    """The conditions on Answer (joined to Response) that make a row one of the queue's comments."""
    return [
        Response.questionnaire_id == questionnaire_id,
        Answer.question_key.in_(list(keys)),
        func.trim(Answer.value) != "",
    ]


def progress(questionnaire: Questionnaire, keys: Sequence[str], member_id: int) -> Progress:
    """The queue's progress for one member: reviewed by them, by anyone, and comments in all."""
    total = db.session.scalar(
        select(func.count(Answer.id))
        .join(Response, Response.id == Answer.response_id)
        .where(*_comments(questionnaire.id, keys))
    )
    reviewed = (
        select(CommentReview.response_id, CommentReview.question_key)
        .join(Response, Response.id == CommentReview.response_id)
        .where(Response.questionnaire_id == questionnaire.id, CommentReview.question_key.in_(list(keys)))
    )
    mine = db.session.scalar(
        select(func.count()).select_from(reviewed.where(CommentReview.reviewer_id == member_id).subquery())
    )
    anyone = db.session.scalar(select(func.count()).select_from(reviewed.distinct().subquery()))
    return Progress(int(mine or 0), int(anyone or 0), int(total or 0))


@dataclass(frozen=True)
class QueueRow:
    """One questionnaire in the list of review queues."""

    questionnaire: Questionnaire
    progress: Progress


def review_queues(member: SignedInMember) -> list[QueueRow]:
    """Every questionnaire whose comments the engine codes, with this member's progress through them."""
    rows = []
    for questionnaire in all_questionnaires():
        keys = [key for key, _, _ in _coded_questions(questionnaire_spec(questionnaire))]
        if keys:
            rows.append(QueueRow(questionnaire, progress(questionnaire, keys, member.id)))
    return rows


def next_comment(
    questionnaire: Questionnaire, keys: Sequence[str], member_id: int, after: tuple[str, str] | None = None
) -> tuple[str, str] | None:
    """(reference, question) of the first comment this member has not reviewed, after `after` if given.

    With nothing unreviewed after `after`, the queue starts again from the first comment.
    """
    position = case({key: index for index, key in enumerate(keys)}, value=Answer.question_key)
    reviewed = exists().where(
        CommentReview.response_id == Answer.response_id,
        CommentReview.question_key == Answer.question_key,
        CommentReview.reviewer_id == member_id,
    )
    query = (
        select(Response.reference, Answer.question_key)
        .join(Response, Response.id == Answer.response_id)
        .where(*_comments(questionnaire.id, keys), ~reviewed)
        .order_by(Response.id, position)
        .limit(1)
    )
    if after is not None and after[1] in keys:
        response_id = db.session.scalar(select(Response.id).where(Response.reference == after[0][:12]))
        if response_id is not None:
            index = list(keys).index(after[1])
            later = or_(Response.id > response_id, and_(Response.id == response_id, position > index))
            found = db.session.execute(query.where(later)).first()
            if found is not None:
                return str(found[0]), str(found[1])
    found = db.session.execute(query).first()
    return (str(found[0]), str(found[1])) if found is not None else None


# ------------------------------------------------------------------------------------------ one comment


@dataclass(frozen=True)
class EngineTheme:
    """A theme the engine found in the comment, with the stance it gave (None when it gives none)."""

    key: str
    label: str
    stance: str | None


@dataclass(frozen=True)
class EngineCoding:
    """What the engine made of the comment, and the comment as a quote would show it (redacted)."""

    themes: list[EngineTheme]
    sentiment: str
    risk_flag: bool
    quoted: str

    def stances(self) -> dict[str, str]:
        """Theme key to stance, a theme found without one counted as a mention."""
        return {theme.key: theme.stance or DEFAULT_STANCE for theme in self.themes}


@dataclass(frozen=True)
class ThemeChoice:
    """One theme on the review form: whether it is ticked, its stance, and whether its quote is approved."""

    key: str
    label: str
    engine_stance: str | None
    chosen: bool
    stance: str
    approved: bool
    retired: str = ""


@dataclass(frozen=True)
class Comment:
    """One comment to review: where it is, what it says, what the engine and the team made of it."""

    response_id: int
    reference: str
    question: str
    wording: str
    text: str
    engine: EngineCoding
    codebooks: list[Codebook]
    reviews: list[ReviewSummary]


@dataclass(frozen=True)
class ReviewPage:
    """The review page: the queue's progress and the comment under review (None when there is none)."""

    questionnaire: Questionnaire
    progress: Progress
    comment: Comment | None
    choices: list[ThemeChoice] = field(default_factory=list)
    sentiment: str = ""
    risk_flag: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)
    member_id: int = 0
    # Where the form returns after saving: the queue, or the response's own page.
    return_to: str = "queue"

    @property
    def own(self) -> ReviewSummary | None:
        """This member's earlier review of the comment, if any."""
        reviews = self.comment.reviews if self.comment else []
        return next((r for r in reversed(reviews) if r.reviewer_id == self.member_id), None)

    @property
    def others(self) -> list[ReviewSummary]:
        """Other members' reviews of the comment, oldest first."""
        reviews = self.comment.reviews if self.comment else []
        return [r for r in reviews if r.reviewer_id != self.member_id]


def _engine_coding(text: str, prompt: str, books: Sequence[Codebook]) -> EngineCoding:
    """The engine's coding of one comment, through the shared analysis cache."""
    labels = {theme.key: theme.label for book in books for theme in book.themes}
    with open_analysis_cache() as cache:
        coded = cache.code(pd.DataFrame([{"text": text, "prompt": prompt}]), books)
    row = coded.iloc[0]
    stances = parse_pairs(row["theme_stances"]) if "theme_stances" in coded.columns else {}
    keys = [key for key in str(row["themes"]).split(";") if key]
    return EngineCoding(
        themes=[EngineTheme(key, labels.get(key, key), stances.get(key) or None) for key in keys],
        sentiment=str(row["sentiment"]),
        risk_flag=bool(row["risk_flag"]),
        quoted=str(row["redacted_text"]),
    )


class UnknownComment(LookupError):
    """No such response in this questionnaire, or no answer of it to that coded question."""


def _load_comment(
    questionnaire: Questionnaire, spec: QuestionnaireSpec, reference: str, question: str | None
) -> Comment | None:
    """The comment at a reference and question (the response's first coded answer when none is named).

    None when the response answered no coded question; UnknownComment when there is no such response
    in this questionnaire, or the question is not one it answered.
    """
    response_id = db.session.scalar(
        select(Response.id).where(
            Response.reference == reference[:12], Response.questionnaire_id == questionnaire.id
        )
    )
    if response_id is None:
        raise UnknownComment(reference)
    questions = _coded_questions(spec)
    answers: dict[str, list[str]] = {}
    for key, value in db.session.execute(
        select(Answer.question_key, Answer.value).where(Answer.response_id == response_id).order_by(Answer.id)
    ):
        answers.setdefault(key, []).append(value)
    answered = [(k, w, p) for k, w, p in questions if any(v.strip() for v in answers.get(k, []))]
    if question is None:
        if not answered:
            return None
        question = answered[0][0]
    chosen = next(((k, w, p) for k, w, p in answered if k == question), None)
    if chosen is None:
        raise UnknownComment(question)
    key, wording, prompt = chosen
    text = "\n".join(answers[key])
    books = question_codebooks(spec, key)
    engine = _engine_coding(text, prompt, books)
    reviews = comment_reviews(response_id, key, books)
    return Comment(response_id, reference[:12], key, wording, text, engine, books, reviews)


def _choices(comment: Comment, stances: dict[str, str], approved: frozenset[str]) -> list[ThemeChoice]:
    """Every theme the form offers: the ticked ones first (in their order), then the codebooks' others.

    Themes reviews gave that the codebooks no longer hold are offered too, marked as such.
    """
    engine = {theme.key: theme.stance for theme in comment.engine.themes}
    offered: dict[str, tuple[str, str]] = {}
    for book in comment.codebooks:
        for theme in book.themes:
            offered.setdefault(theme.key, (theme.label, ""))
    for review in comment.reviews:
        for reviewed in review.themes:
            if reviewed.key not in offered:
                offered[reviewed.key] = (reviewed.label, reviewed.retired)
    order = [*[key for key in stances if key in offered], *[key for key in offered if key not in stances]]
    return [
        ThemeChoice(
            key=key,
            label=offered[key][0],
            engine_stance=engine.get(key),
            chosen=key in stances,
            stance=stances.get(key) or engine.get(key) or DEFAULT_STANCE,
            approved=key in approved and key in stances,
            retired=offered[key][1],
        )
        for key in order
    ]


def _sources(comment: Comment) -> dict[str, ThemeSource]:
    """Each theme the form may send: its label, codebook and version (a retired one's as stored)."""
    sources: dict[str, ThemeSource] = {}
    for book in comment.codebooks:
        for theme in book.themes:
            sources.setdefault(theme.key, ThemeSource(theme.label, book.name, book.version))
    for review in db.session.scalars(
        select(CommentReview).where(
            CommentReview.response_id == comment.response_id, CommentReview.question_key == comment.question
        )
    ):
        for theme in review.themes:
            if theme.theme_key not in sources:
                sources[theme.theme_key] = ThemeSource(theme.label, theme.codebook, theme.codebook_version)
    return sources


def _page(
    questionnaire: Questionnaire,
    keys: Sequence[str],
    member: SignedInMember,
    comment: Comment | None,
    return_to: str,
) -> ReviewPage:
    """The page for a comment, its form filled with the member's earlier review or else the engine's codes."""
    page = ReviewPage(questionnaire, progress(questionnaire, keys, member.id), comment, member_id=member.id)
    if comment is None:
        return page
    own = page.own
    if own is not None:
        stances = own.stances()
        approved = frozenset(t.key for t in own.themes if t.quote_approved)
        sentiment, risk = own.sentiment, own.risk_flag
    else:
        stances, approved = comment.engine.stances(), frozenset()
        sentiment, risk = comment.engine.sentiment, comment.engine.risk_flag
    return ReviewPage(
        questionnaire,
        page.progress,
        comment,
        _choices(comment, stances, approved),
        sentiment,
        risk,
        member_id=member.id,
        return_to=return_to,
    )


def review_page(
    member: SignedInMember,
    slug: str,
    reference: str | None = None,
    question: str | None = None,
    after: tuple[str, str] | None = None,
    return_to: str = "queue",
) -> ReviewPage | None:
    """The queue's next comment for this member (no reference), or one comment; its reading audited.

    None when the questionnaire, the response or the question is unknown here.
    """
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    spec = questionnaire_spec(questionnaire)
    keys = [key for key, _, _ in _coded_questions(spec)]
    if reference is None:
        found = next_comment(questionnaire, keys, member.id, after) if keys else None
        reference, question = found if found is not None else (None, None)
    try:
        comment = _load_comment(questionnaire, spec, reference, question) if reference is not None else None
    except UnknownComment:
        return None
    page = _page(questionnaire, keys, member, comment, return_to)
    if page.comment is not None:
        # The page shows the comment in full, so who read which one is on record.
        audit.record(
            member, "comment read for review", page.comment.reference, question=page.comment.question
        )
    return page


# -------------------------------------------------------------------------------------------- submitting


@dataclass(frozen=True)
class SubmittedReview:
    """The review form as posted: which button, and the codes as the member left them."""

    action: str
    question: str
    themes: list[str]
    stances: dict[str, str]
    approved: list[str]
    sentiment: str
    risk_flag: bool
    return_to: str = "queue"


@dataclass(frozen=True)
class ReviewOutcome:
    """A saved review (page None), or the page again with what was wrong."""

    reference: str
    question: str
    page: ReviewPage | None = None


def _codes(
    submitted: SubmittedReview, comment: Comment, sources: dict[str, ThemeSource]
) -> ReviewCodes | list[tuple[str, str]]:
    """The codes the form asks to store, or (anchor, message) for each problem."""
    engine = comment.engine
    if submitted.action in (ACCEPT, ACCEPT_APPROVE):
        approve = submitted.action == ACCEPT_APPROVE
        if approve and (engine.risk_flag or not engine.themes):
            return [
                (
                    "accept",
                    "This comment has no theme, or is flagged for risk, so its quote cannot be approved",
                )
            ]
        stances = engine.stances()
        approved = frozenset(stances) if approve else frozenset()
        return ReviewCodes(stances, approved, engine.sentiment, engine.risk_flag, accepted_as_coded=True)
    errors: list[tuple[str, str]] = []
    chosen = list(dict.fromkeys(submitted.themes))
    if any(key not in sources for key in chosen):
        errors.append(("themes", "Choose themes from the list"))
    stances = {}
    for key in (k for k in chosen if k in sources):
        stance = submitted.stances.get(key, "")
        if stance not in STANCES:
            errors.append((f"stance-{key}", f"Choose what the comment says of {sources[key].label}"))
        stances[key] = stance
    if submitted.sentiment not in LABELS:
        errors.append(("sentiment", "Choose the comment's sentiment"))
    # An approval under a theme left unticked means nothing: only the ticked themes' approvals count.
    approved = frozenset(key for key in submitted.approved if key in stances)
    if submitted.risk_flag and approved:
        errors.append(
            (
                "risk_flag",
                "A comment flagged for risk is never quoted: untick its quote approvals or the risk flag",
            )
        )
    if errors:
        return errors
    accepted = (stances, submitted.sentiment, submitted.risk_flag) == (
        engine.stances(),
        engine.sentiment,
        engine.risk_flag,
    )
    return ReviewCodes(stances, approved, submitted.sentiment, submitted.risk_flag, accepted)


def submit_review(
    member: SignedInMember, slug: str, reference: str, submitted: SubmittedReview
) -> ReviewOutcome | None:
    """Check and store a member's review of one comment; None when the comment is unknown here."""
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    spec = questionnaire_spec(questionnaire)
    keys = [key for key, _, _ in _coded_questions(spec)]
    try:
        comment = _load_comment(questionnaire, spec, reference, submitted.question[:120] or None)
    except UnknownComment:
        return None
    if comment is None:
        return None
    sources = _sources(comment)
    codes = _codes(submitted, comment, sources)
    if isinstance(codes, list):
        page = _page(questionnaire, keys, member, comment, submitted.return_to)
        # The form comes back as the member left it, with what is wrong.
        stances = {key: submitted.stances.get(key, "") for key in submitted.themes if key in sources}
        shown = ReviewPage(
            questionnaire,
            page.progress,
            comment,
            _choices(comment, stances, frozenset(submitted.approved)),
            submitted.sentiment,
            submitted.risk_flag,
            codes,
            member.id,
            submitted.return_to,
        )
        audit.record(member, "comment read for review", comment.reference, question=comment.question)
        return ReviewOutcome(comment.reference, comment.question, shown)
    save_review(
        member, comment.response_id, comment.reference, comment.question, codes, sources, comment.codebooks
    )
    return ReviewOutcome(comment.reference, comment.question)
