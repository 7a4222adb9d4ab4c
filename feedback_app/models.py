"""Database models: questionnaires, their versions, collection links, responses and answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    insert,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db

# Unambiguous characters for references and link codes read aloud or copied by hand (no 0/O, 1/I/L).
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def utcnow() -> dt.datetime:
    """The current time in UTC, naive, as stored."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    """Today's date in UTC."""
    return utcnow().date()


class Questionnaire(db.Model):  # type: ignore[name-defined,misc]
    """A questionnaire the team runs; its wording lives in versions."""

    __tablename__ = "questionnaire"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(20))
    is_open: Mapped[bool] = mapped_column(default=True)
    listed: Mapped[bool] = mapped_column(default=True)
    opens_on: Mapped[dt.date | None]
    closes_on: Mapped[dt.date | None]
    max_responses: Mapped[int | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[QuestionnaireVersion]] = relationship(
        back_populates="questionnaire", order_by="QuestionnaireVersion.number"
    )
    links: Mapped[list[CollectionLink]] = relationship(back_populates="questionnaire")


class QuestionnaireVersion(db.Model):  # type: ignore[name-defined,misc]
    """One version of a questionnaire's definition; responses point at the version they answered."""

    __tablename__ = "questionnaire_version"
    __table_args__ = (UniqueConstraint("questionnaire_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"), index=True)
    number: Mapped[int]
    checksum: Mapped[str] = mapped_column(String(64))
    definition_json: Mapped[str] = mapped_column(Text)
    is_current: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="versions")


class CollectionLink(db.Model):  # type: ignore[name-defined,misc]
    """A short link (`/s/<code>`) whose tags are stored on every response that came through it."""

    __tablename__ = "collection_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    tags: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    is_open: Mapped[bool] = mapped_column(default=True)
    opens_on: Mapped[dt.date | None]
    closes_on: Mapped[dt.date | None]
    max_responses: Mapped[int | None]
    # How many people the link is for (invited, attending the event, in the cohort): the denominator
    # of the link's response rate in reports; unknown when empty.
    expected_responses: Mapped[int | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="links")


class Draft(db.Model):  # type: ignore[name-defined,misc]
    """Answers given so far on an unfinished questionnaire, keyed by a random token in the session.

    Kept in the database rather than the cookie because long answers outgrow a cookie, and rather
    than process memory so any worker can serve the next page. Deleted on submission and
    after `DRAFT_MAX_AGE_DAYS`; holds only the date it was started.
    """

    __tablename__ = "draft"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_version.id"), index=True)
    link_id: Mapped[int | None] = mapped_column(ForeignKey("collection_link.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_on: Mapped[dt.date] = mapped_column(default=today, index=True)


class Response(db.Model):  # type: ignore[name-defined,misc]
    """One submitted questionnaire: stored once, with all its answers, in one transaction."""

    __tablename__ = "response"
    __table_args__ = (Index("ix_response_questionnaire_submitted", "questionnaire_id", "submitted_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_version.id"), index=True)
    link_id: Mapped[int | None] = mapped_column(ForeignKey("collection_link.id"), index=True)
    # The one-time submission token: a unique constraint makes a resubmission a no-op.
    submission_token: Mapped[str] = mapped_column(String(64), unique=True)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    submitted_on: Mapped[dt.date] = mapped_column(default=today)
    # Only for pseudonymous questionnaires; anonymous ones keep the date alone.
    submitted_at: Mapped[dt.datetime | None]
    tags: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", order_by="Answer.id"
    )
    version: Mapped[QuestionnaireVersion] = relationship()
    questionnaire: Mapped[Questionnaire] = relationship()
    link: Mapped[CollectionLink | None] = relationship()


class Answer(db.Model):  # type: ignore[name-defined,misc]
    """One answer value; a multiple-choice question has one row per chosen option."""

    __tablename__ = "answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"), index=True)
    question_key: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(Text)

    response: Mapped[Response] = relationship(back_populates="answers")


class FlaggedComment(db.Model):  # type: ignore[name-defined,misc]
    """A typed answer the risk check flagged when it was sent, and the team's review of it.

    Found at submission and stored with the response, so the queue and its counts never wait for
    an analysis to run. Holds only the date (an anonymous response keeps no time) and never the
    comment itself: that stays in its answer, and both go when the response is erased or expires.
    """

    __tablename__ = "flagged_comment"
    __table_args__ = (UniqueConstraint("response_id", "question_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    question_key: Mapped[str] = mapped_column(String(120))
    # The risk engine's category key and its reason in words (analysis/text/risk/).
    category: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(500))
    flagged_on: Mapped[dt.date] = mapped_column(default=today)
    # new, reviewed, action_taken or no_action_needed; indexed for the unreviewed count on every team page.
    status: Mapped[str] = mapped_column(String(20), default="new", server_default="new", index=True)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Who last changed the status or note, and when: the name stays if the member is later removed.
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    reviewed_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    reviewed_at: Mapped[dt.datetime | None]

    response: Mapped[Response] = relationship()


class TeamMember(db.Model):  # type: ignore[name-defined,misc]
    """A member of the project team who signs in to /admin."""

    __tablename__ = "team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # "admin" or "viewer"
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_sign_in_at: Mapped[dt.datetime | None]
    # After an admin's reset: the one-time password signs in once, then the member must choose their own.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())

    @property
    def is_admin(self) -> bool:
        """Admins manage questionnaires, links, team members and deletions."""
        return self.role == "admin"


class TeamSession(db.Model):  # type: ignore[name-defined,misc]
    """A signed-in browser session; deleting the row signs that browser out everywhere."""

    __tablename__ = "team_session"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SignInThrottle(db.Model):  # type: ignore[name-defined,misc]
    """Sign-in attempts per account and per client in the current window, shared by every instance."""

    __tablename__ = "sign_in_throttle"

    # "account:" or "client:" and a keyed digest, so the table lists no address or IP that tried.
    bucket: Mapped[str] = mapped_column(String(80), primary_key=True)
    attempts: Mapped[int] = mapped_column(default=0)
    # The window starts at its first attempt; an attempt after its end starts a new one.
    window_ends_at: Mapped[dt.datetime] = mapped_column(index=True)


class AuditEvent(db.Model):  # type: ignore[name-defined,misc]
    """Who did what, when: sign-ins, downloads, deletions, questionnaire changes. Never answer text."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(60), index=True)
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SharedOutputRelease(db.Model):  # type: ignore[name-defined,misc]
    """One group of responses whose summaries left the analysis: which filter, how many, which ones.

    Kept so that a later output made with another filter can be compared with it, whichever worker
    or instance makes it (docs/quality.md rule 30). Holds response ids, never answers; only the date.
    """

    __tablename__ = "shared_output_release"
    __table_args__ = (
        Index("ix_shared_output_release_questionnaire_size", "questionnaire_id", "respondents"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id", ondelete="CASCADE"))
    # A keyed digest of the canonical filter (its search words are not kept), and the filter in words.
    filter_key: Mapped[str] = mapped_column(String(64))
    filter_description: Mapped[str] = mapped_column(String(500))
    respondents: Mapped[int]
    # A digest of the id set, so the same group released again adds no row.
    ids_digest: Mapped[str] = mapped_column(String(64))
    # The sorted response ids, as zlib-compressed 64-bit gaps.
    response_ids: Mapped[bytes] = mapped_column(LargeBinary)
    made_on: Mapped[dt.date] = mapped_column(default=today)


class AnalysisFeature(db.Model):  # type: ignore[name-defined,misc]
    """A coded comment (themes, sentiment, redacted text), shared by every instance of the app.

    Keyed by a digest of the comment, its prompt and the rules (analysis/cache.py); erasure and the
    retention purge delete every row in their own transaction (docs/quality.md rule 29).
    """

    __tablename__ = "analysis_feature"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    themes: Mapped[str] = mapped_column(Text)
    theme_stances: Mapped[str] = mapped_column(Text)
    theme_sentiments: Mapped[str] = mapped_column(Text)
    theme_rules: Mapped[str] = mapped_column(Text)
    sentiment: Mapped[str] = mapped_column(String(20))
    polarity: Mapped[float]
    redacted_text: Mapped[str] = mapped_column(Text)
    risk_flag: Mapped[bool]
    risk_category: Mapped[str] = mapped_column(String(40))
    risk_reason: Mapped[str] = mapped_column(Text)


class AnalysisChart(db.Model):  # type: ignore[name-defined,misc]
    """A chart image drawn for a report, keyed by a digest of its figures and the drawing code."""

    __tablename__ = "analysis_chart"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)


class AnalysisCacheState(db.Model):  # type: ignore[name-defined,misc]
    """One row: how many times the analysis cache was dropped, so a report begun before cannot refill it."""

    __tablename__ = "analysis_cache_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(default=0)


@event.listens_for(AnalysisCacheState.__table__, "after_create")
def _add_state_row(target: Any, connection: Any, **_kw: Any) -> None:
    """The one row exists from the start (the migration adds it too), so dropping only updates it."""
    connection.execute(insert(target).values(id=1, generation=0))


class CommentReview(db.Model):  # type: ignore[name-defined,misc]
    """One team member's coding of one comment (a response's answer to one coded question).

    Its codes replace the engine's wherever the comment is counted or quoted (the latest review, when
    several members reviewed it). Holds codes only, never the comment's text; goes with the response.
    """

    __tablename__ = "comment_review"
    __table_args__ = (UniqueConstraint("response_id", "question_key", "reviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"), index=True)
    question_key: Mapped[str] = mapped_column(String(120))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("team_member.id"), index=True)
    # The codebooks the comment was coded with when reviewed, e.g. "stakeholder_event, workforce".
    codebook: Mapped[str] = mapped_column(String(200))
    codebook_version: Mapped[str] = mapped_column(String(100))
    sentiment: Mapped[str] = mapped_column(String(20))
    risk_flag: Mapped[bool]
    # True when the member took the engine's coding as it stood.
    accepted_as_coded: Mapped[bool]
    reviewed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    themes: Mapped[list[CommentReviewTheme]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="CommentReviewTheme.position"
    )
    reviewer: Mapped[TeamMember] = relationship()
    response: Mapped[Response] = relationship()


class CommentReviewTheme(db.Model):  # type: ignore[name-defined,misc]
    """One theme of a review, with its stance, the codebook it came from and whether its quote may be used.

    The codebook's name, version and the theme's label are kept, so a theme a later codebook drops is
    still shown (as "no longer in codebook ...") rather than lost.
    """

    __tablename__ = "comment_review_theme"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("comment_review.id", ondelete="CASCADE"), primary_key=True
    )
    theme_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(200))
    codebook: Mapped[str] = mapped_column(String(80))
    codebook_version: Mapped[str] = mapped_column(String(40))
    stance: Mapped[str] = mapped_column(String(20))
    quote_approved: Mapped[bool]

    review: Mapped[CommentReview] = relationship(back_populates="themes")


class Recommendation(db.Model):  # type: ignore[name-defined,misc]
    """A recommendation the team writes for the report: its finding, what, who owns it and its status.

    The finding is a theme key of a shipped codebook, or ``general`` (analysis/report/recommendations.py);
    a key a later codebook drops is kept and shown as such. Who wrote and last changed it is kept by name
    too, so it stays readable if the member is later removed.
    """

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding: Mapped[str] = mapped_column(String(120), index=True)
    text: Mapped[str] = mapped_column(Text)
    # A person or a role, as the team writes it ("Programme lead", "Education team").
    owner: Mapped[str] = mapped_column(String(200))
    # One of analysis.report.recommendations.RECOMMENDATION_STATUSES.
    status: Mapped[str] = mapped_column(String(20), default="proposed", server_default="proposed")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReportJob(db.Model):  # type: ignore[name-defined,misc]
    """A report or analysis pack made off the request by the task queue's worker, and the file it made.

    Kept in the application database rather than the queue, so any instance shows its progress and
    serves its file. The file holds what the report holds (a pack holds answers), so finished jobs go
    after a day and every erasure or purge fails them (feedback_app/jobs/service.py).
    """

    __tablename__ = "report_job"

    id: Mapped[int] = mapped_column(primary_key=True)
    # In the job's address: random and unguessable, never the row id.
    public_id: Mapped[str] = mapped_column(String(43), unique=True)
    kind: Mapped[str] = mapped_column(
        String(20)
    )  # "report-docx", "report-pdf", "report-html" or "analysis-pack"
    # The questionnaire's slug (or none: every questionnaire) and, for a pack, the response filter.
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued, running, done, failed
    progress: Mapped[int] = mapped_column(default=0)
    stage: Mapped[str] = mapped_column(String(120), default="Waiting to start")
    # What went wrong in words a team member can act on; never a traceback.
    error: Mapped[str] = mapped_column(String(500), default="")
    result: Mapped[bytes | None] = mapped_column(LargeBinary)
    filename: Mapped[str] = mapped_column(String(200), default="")
    media_type: Mapped[str] = mapped_column(String(120), default="")
    # What the download's audit event says of the file (responses, threshold, filters): never answers.
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    started_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    # Written every few seconds by the worker running the job: a running job whose heartbeat is old lost
    # its worker (killed, a deploy) and is put back on the queue (feedback_app/jobs/recovery.py).
    heartbeat_at: Mapped[dt.datetime | None]
    # How many times a worker has taken the job. Each run writes only while the row still has its own
    # number, so a worker thought dead that wakes up cannot overwrite the run that replaced it.
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
