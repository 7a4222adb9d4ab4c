"""Service functions for respondents: drafts between pages, and the one-transaction submission."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Table,
    Text,
    bindparam,
    cast,
    delete,
    func,
    insert,
    outerjoin,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import configure_mappers, instrumentation

from questionnaire_format.model import Definition

from ..database import DriverStatement, write_transaction
from ..extensions import db
from ..models import (
    REFERENCE_ALPHABET,
    CollectionLink,
    Draft,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    today,
    utcnow,
)
from ..models import Answer as AnswerRow
from ..questionnaires.availability import Availability, availability
from ..questionnaires.store import version_definition
from ..safeguarding.flags import FoundFlag, StoredFlag, flags_in, insert_flags
from .answers import Answers, first_incomplete_page, shown_questions, validate_page, visible_answers

# The respondent's requests use SQLAlchemy Core on these tables: each ORM load or unit-of-work
# flush costs several times the statement itself, and these run on every answer POST.
DRAFTS: Table = Draft.__table__
VERSIONS: Table = QuestionnaireVersion.__table__
QUESTIONNAIRES: Table = Questionnaire.__table__
RESPONSES: Table = Response.__table__
LINKS: Table = CollectionLink.__table__
ANSWERS: Table = AnswerRow.__table__

# Statements built once: building a select costs about as much as running it on SQLite.
_DRAFT_WITH_VERSION = (
    select(DRAFTS.c.version_id, DRAFTS.c.answers, VERSIONS.c.questionnaire_id, VERSIONS.c.checksum)
    .join_from(DRAFTS, VERSIONS, DRAFTS.c.version_id == VERSIONS.c.id)
    .where(DRAFTS.c.token == bindparam("token"))
)
# A respondent's request needs the questionnaire and their draft: one query for both. The draft
# is joined on its token alone, so a questionnaire without a matching draft still comes back.
_QUESTIONNAIRE_AND_DRAFT = (
    select(
        QUESTIONNAIRES,
        DRAFTS.c.version_id,
        DRAFTS.c.answers,
        VERSIONS.c.questionnaire_id.label("draft_questionnaire_id"),
        VERSIONS.c.checksum,
    )
    .select_from(
        outerjoin(QUESTIONNAIRES, DRAFTS, DRAFTS.c.token == bindparam("token")).outerjoin(
            VERSIONS, VERSIONS.c.id == DRAFTS.c.version_id
        )
    )
    .where(QUESTIONNAIRES.c.slug == bindparam("slug"))
)
_QUESTIONNAIRE_COLUMNS = tuple(column.key for column in QUESTIONNAIRES.c)
_QUESTIONNAIRE_AND_DRAFT_KEYS = tuple(str(column.key) for column in _QUESTIONNAIRE_AND_DRAFT.selected_columns)
_READ_QUESTIONNAIRE_AND_DRAFT = DriverStatement(_QUESTIONNAIRE_AND_DRAFT)
_QUESTIONNAIRE_MANAGER = instrumentation.manager_of_class(Questionnaire)
_LINK_MANAGER = instrumentation.manager_of_class(CollectionLink)
_LINK_COLUMNS = tuple(column.key for column in LINKS.c)
# Bind names differ from the column names, which SQLAlchemy keeps for its own SET parameters.
# One page's answers merged into the draft by the database, as a JSON merge patch (RFC 7396: a key
# whose value is null is removed, any other value replaces the old one), so an answer POST writes
# without first reading the draft inside the write lock. Answers are strings or lists of strings,
# never objects, so the merge is exactly "drop the page's old answers, add its new ones".
_PATCH = bindparam("patch", type_=Text)
_MERGED_ANSWERS = {
    "sqlite": func.json_patch(func.coalesce(DRAFTS.c.answers, "{}"), _PATCH),
    # jsonb_strip_nulls removes the patch's nulls: stored answers hold no nulls of their own.
    "postgresql": cast(
        func.jsonb_strip_nulls(
            func.coalesce(cast(DRAFTS.c.answers, JSONB), cast("{}", JSONB)).op("||")(cast(_PATCH, JSONB))
        ),
        JSON,
    ),
}
_MERGE_STATEMENTS = {
    dialect: update(DRAFTS)
    .where(DRAFTS.c.token == bindparam("draft_token"), DRAFTS.c.version_id == bindparam("draft_version"))
    .values(answers=merged)
    for dialect, merged in _MERGED_ANSWERS.items()
}
_MERGE_ANSWERS = {dialect: DriverStatement(statement) for dialect, statement in _MERGE_STATEMENTS.items()}
_MERGE_ANSWERS_AND_LINK = {
    dialect: DriverStatement(statement.values(link_id=bindparam("new_link_id", type_=DRAFTS.c.link_id.type)))
    for dialect, statement in _MERGE_STATEMENTS.items()
}
_VERSION_KEY = select(VERSIONS.c.questionnaire_id, VERSIONS.c.checksum).where(
    VERSIONS.c.id == bindparam("version_id")
)
# The version new respondents answer: the same choice as questionnaires.store.current_version.
_CURRENT_VERSION_KEY = (
    select(VERSIONS.c.id, VERSIONS.c.checksum)
    .where(VERSIONS.c.questionnaire_id == bindparam("questionnaire_id"))
    .order_by(VERSIONS.c.number.desc())
    .limit(1)
)
_INSERT_DRAFT = insert(DRAFTS)
_INSERT_RESPONSE = insert(RESPONSES)
_INSERT_ANSWERS = insert(ANSWERS)
_DELETE_DRAFT = delete(DRAFTS).where(DRAFTS.c.token == bindparam("draft_token"))
_QUESTIONNAIRE_BY_SLUG = select(QUESTIONNAIRES).where(QUESTIONNAIRES.c.slug == bindparam("slug"))
# Inside a submission's write, the questionnaire's row is locked before its responses are counted, so
# on PostgreSQL concurrent submissions to one questionnaire take turns at the cap check and the insert
# (SQLite renders no FOR UPDATE: BEGIN IMMEDIATE already makes every writer take its turn).
_LOCK_QUESTIONNAIRE = (
    select(QUESTIONNAIRES).where(QUESTIONNAIRES.c.id == bindparam("questionnaire_id")).with_for_update()
)
_LINK_BY_ID = select(LINKS).where(LINKS.c.id == bindparam("link_id"))
_COUNT_RESPONSES = select(func.count(RESPONSES.c.id)).where(
    RESPONSES.c.questionnaire_id == bindparam("questionnaire_id")
)
_COUNT_LINK_RESPONSES = select(func.count(RESPONSES.c.id)).where(RESPONSES.c.link_id == bindparam("link_id"))
_SUBMITTED_REFERENCE = select(RESPONSES.c.reference).where(RESPONSES.c.submission_token == bindparam("token"))

# Parsed definitions by (version id, checksum). A version's row is only ever changed together with
# its checksum, so a hit is the definition the row holds now; only a miss reads the definition.
_definitions: dict[tuple[int, str], Definition] = {}
_DEFINITIONS_KEPT = 256


class SubmissionError(Exception):
    """The submission cannot be stored; `reason` says why in words for the respondent."""

    def __init__(self, reason: str, page: int | None = None, state: Availability | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.page = page
        self.state = state


@dataclass(frozen=True)
class Submitted:
    """A stored response's reference, whether this call stored it, and the risk flags it stored."""

    reference: str
    created: bool
    flags: tuple[StoredFlag, ...] = ()


def new_token() -> str:
    """A random one-time submission token."""
    return secrets.token_urlsafe(24)


def new_reference() -> str:
    """A response's short reference, for the confirmation address and the team area."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


@dataclass(frozen=True)
class DraftState:
    """A respondent's unfinished answers and the version they answer, read in one query."""

    token: str
    version_id: int
    questionnaire_id: int
    checksum: str
    answers: Answers


def definition_for(version_id: int, checksum: str) -> Definition:
    """The parsed definition of a version whose id and checksum were just read."""
    key = (version_id, checksum)
    definition = _definitions.get(key)
    if definition is None:
        version = db.session.get(QuestionnaireVersion, version_id)
        if version is None:
            raise LookupError(f"questionnaire version {version_id} does not exist")
        definition = version_definition(version)
        if version.checksum == checksum:  # not changed since the caller read it
            if len(_definitions) >= _DEFINITIONS_KEPT:
                _definitions.clear()
            _definitions[key] = definition
    return definition


def version_key(conn: Connection, version_id: Any) -> tuple[int, str] | None:
    """The questionnaire id and checksum of a version, if it exists."""
    if not isinstance(version_id, int):
        return None
    row = conn.execute(_VERSION_KEY, {"version_id": version_id}).first()
    return None if row is None else (int(row.questionnaire_id), str(row.checksum))


def get_draft(conn: Connection, token: str | None) -> DraftState | None:
    """The draft for a session's token, if it still exists."""
    if not token:
        return None
    row = conn.execute(_DRAFT_WITH_VERSION, {"token": token}).first()
    if row is None:
        return None
    return DraftState(
        token, int(row.version_id), int(row.questionnaire_id), str(row.checksum), row.answers or {}
    )


def _detached_questionnaire(values: Mapping[Any, Any]) -> Questionnaire:
    """A Questionnaire built from a Core row's values: for reading (availability, templates), never saving.

    Loading the row as an ORM entity costs three times the query, and even the constructor runs an
    attribute event per column; the respondent's pages only read its columns. The values go
    straight into the instance's dict, as the ORM's own loader puts them. It belongs to no
    session, so it has no relationships to load.
    """
    if not _QUESTIONNAIRE_MANAGER.mapper.configured:
        # The constructor would configure the mappers on first use; new_instance does not.
        configure_mappers()
    questionnaire: Questionnaire = _QUESTIONNAIRE_MANAGER.new_instance()
    questionnaire.__dict__.update({key: values[key] for key in _QUESTIONNAIRE_COLUMNS})
    return questionnaire


def questionnaire_by_slug(conn: Connection, slug: str) -> Questionnaire | None:
    """The questionnaire with this slug, if any, read as a Core row (see _detached_questionnaire)."""
    row = conn.execute(_QUESTIONNAIRE_BY_SLUG, {"slug": slug}).first()
    return None if row is None else _detached_questionnaire(row._mapping)


def questionnaire_and_draft(
    conn: Connection, slug: str, token: str | None
) -> tuple[Questionnaire | None, DraftState | None]:
    """The questionnaire with this slug, if any, and the draft for the token if it answers it."""
    row = _READ_QUESTIONNAIRE_AND_DRAFT.first(conn, {"slug": slug, "token": token})
    if row is None:
        return None, None
    values = dict(zip(_QUESTIONNAIRE_AND_DRAFT_KEYS, row, strict=True))
    questionnaire = _detached_questionnaire(values)
    version_id = values["version_id"]
    if token is None or version_id is None or values["draft_questionnaire_id"] != questionnaire.id:
        return questionnaire, None
    draft = DraftState(
        token, int(version_id), questionnaire.id, str(values["checksum"]), values["answers"] or {}
    )
    return questionnaire, draft


def save_page_answers(
    conn: Connection,
    token: str | None,
    version_id: int,
    page_keys: list[str],
    answers: Answers,
    link_id: int | None,
) -> str:
    """Replace one page's answers in the draft (creating it if needed); return the draft token."""
    # The app runs on SQLite or PostgreSQL, the two dialects the merge is written for.
    merge = (_MERGE_ANSWERS if link_id is None else _MERGE_ANSWERS_AND_LINK)[conn.dialect.name]
    if token:
        # Merged by the database inside the write lock: another tab of the same respondent may
        # have saved a different page since this request read the draft, and its answers stay.
        patch = dict.fromkeys(page_keys)
        patch.update(answers)
        params = {"draft_token": token, "draft_version": version_id, "patch": json.dumps(patch)}
        if link_id is not None:
            params["new_link_id"] = link_id
        with write_transaction(conn):
            if merge.rowcount(conn, params) == 1:
                return token
    # No draft yet, or it answers another version: a new draft.
    token = new_token()
    with write_transaction(conn):
        conn.execute(
            _INSERT_DRAFT, {"token": token, "version_id": version_id, "answers": answers, "link_id": link_id}
        )
    return token


def _link_tags(link: CollectionLink | None) -> dict[str, str]:
    if link is None:
        return {}
    return {str(k): str(v) for k, v in (link.tags or {}).items()}


def submit(
    conn: Connection,
    token: str,
    questionnaire: Questionnaire,
    version_id: int,
    definition: Definition,
    link: CollectionLink | None,
    answers: Answers,
) -> Submitted:
    """Store checked answers as one response with all its answers, exactly once per token.

    Runs on the request's Core connection, as the answer pages do: the ORM session's unit of work
    and connection hand-offs cost more than the statements of a submission.
    """
    existing = _find_submitted(conn, token)
    if existing is not None:
        return Submitted(existing, created=False)
    kept = visible_answers(definition, answers)
    # The check page already validated these; validate again, since a stored row is forever.
    problems = revalidate(definition, kept)
    if problems:
        raise SubmissionError("Some answers are not valid.", page=problems)
    missing = first_incomplete_page(definition, kept)
    if missing is not None:
        raise SubmissionError("Some questions still need an answer.", page=missing)
    # Everything but the statements is ready before the write begins, so the lock is held briefly: the
    # risk check too, whose flags are stored with the response (the flag queue waits for no analysis).
    reference, rows = new_reference(), _answer_values(definition, kept)
    found = flags_in(definition, kept)
    response = {
        "questionnaire_id": questionnaire.id,
        "version_id": version_id,
        "link_id": link.id if link else None,
        "submission_token": token,
        "reference": reference,
        "submitted_on": today(),
        "submitted_at": None if definition.is_anonymous else utcnow(),
        "tags": _link_tags(link),
    }
    try:
        with write_transaction(conn):
            # The questionnaire's row is locked first, so what follows sees every submission before it.
            row = conn.execute(_LOCK_QUESTIONNAIRE, {"questionnaire_id": questionnaire.id}).first()
            # Checked again inside the write lock: a copy posted at the same moment may have won.
            already = _find_submitted(conn, token)
            if already is not None:
                return Submitted(already, created=False)
            # Inside the lock too, so a questionnaire closed or filled meanwhile takes no more.
            state = (
                Availability.CLOSED if row is None else _state(conn, row._mapping, link.id if link else None)
            )
            if state is not Availability.OPEN:
                raise SubmissionError("This questionnaire is closed.", state=state)
            return Submitted(reference, created=True, flags=_insert_response(conn, response, rows, found))
    except IntegrityError:
        # The unique token lost a race with an identical copy: that copy's response is ours.
        existing = _find_submitted(conn, token)
        if existing is None:
            raise
        return Submitted(existing, created=False)


def _state(conn: Connection, locked: Mapping[Any, Any], link_id: int | None) -> Availability:
    """Whether the questionnaire whose row `locked` holds (and the link) still take an answer.

    The caller locked the questionnaire's row in this write (docs/quality.md rule 21), and the counts
    are made on the write's own connection after the lock, so each submission sees every response
    stored before it: a response cap is exact however many respondents send at once.
    """
    current = _detached_questionnaire(locked)
    questionnaire_id = current.id
    total = None
    if current.max_responses is not None:
        total = int(conn.execute(_COUNT_RESPONSES, {"questionnaire_id": questionnaire_id}).scalar() or 0)
    link, link_total = None, None
    link_row = None if link_id is None else conn.execute(_LINK_BY_ID, {"link_id": link_id}).first()
    if link_row is not None:
        link = _detached_link(link_row._mapping)
        if link.max_responses is not None:
            link_total = int(conn.execute(_COUNT_LINK_RESPONSES, {"link_id": link_id}).scalar() or 0)
    return availability(current, link, total=total, link_total=link_total)


def _detached_link(values: Mapping[Any, Any]) -> CollectionLink:
    """A CollectionLink built from a Core row's values, for reading only (see _detached_questionnaire)."""
    if not _LINK_MANAGER.mapper.configured:
        configure_mappers()
    link: CollectionLink = _LINK_MANAGER.new_instance()
    link.__dict__.update({key: values[key] for key in _LINK_COLUMNS})
    return link


def _insert_response(
    conn: Connection, response: dict[str, Any], rows: list[dict[str, str]], found: list[FoundFlag]
) -> tuple[StoredFlag, ...]:
    """Insert the response, its answers and risk flags, and delete its draft (inside the caller's write)."""
    result = conn.execute(_INSERT_RESPONSE, response)
    response_id = result.inserted_primary_key[0]
    if rows:
        conn.execute(_INSERT_ANSWERS, [{"response_id": response_id, **row} for row in rows])
    conn.execute(_DELETE_DRAFT, {"draft_token": response["submission_token"]})
    return tuple(insert_flags(conn, int(response_id), found))


def revalidate(definition: Definition, answers: Answers) -> int | None:
    """The first page whose stored answers no longer pass validation, if any."""
    for number, page in enumerate(definition.pages, start=1):
        questions = shown_questions(page, answers)
        result = validate_page(questions, AnswersAsForm(answers))
        if not result.ok:
            return number
    return None


class AnswersAsForm:
    """Presents stored answers with the form interface the validator reads."""

    def __init__(self, answers: Answers) -> None:
        self._answers = answers

    def get(self, key: str, default: str | None = None) -> str | None:
        """The first value for a key."""
        if "-" in key and key.rsplit("-", 1)[1] in ("day", "month", "year"):
            base, part = key.rsplit("-", 1)
            stored = self._answers.get(base)
            if isinstance(stored, str):
                year, month, day = stored.split("-")
                return {"day": day, "month": month, "year": year}[part]
        value = self._answers.get(key, default)
        if isinstance(value, list):
            return value[0] if value else default
        return value

    def getlist(self, key: str) -> list[str]:
        """Every value for a key."""
        value = self._answers.get(key)
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]


def _find_submitted(conn: Connection, token: str) -> str | None:
    reference = conn.execute(_SUBMITTED_REFERENCE, {"token": token}).scalar()
    return None if reference is None else str(reference)


def _answer_values(definition: Definition, answers: Answers) -> list[dict[str, str]]:
    """One answer row per value, in the definition's order (so answer ids follow it)."""
    rows = []
    for question in definition.questions():
        for key in question.answer_keys():
            value = answers.get(key)
            if value is None:
                continue
            for item in value if isinstance(value, list) else [value]:
                rows.append({"question_key": key, "value": item})
    return rows


def purge_stale_drafts(max_age_days: int) -> int:
    """Delete unfinished drafts older than `max_age_days`; return how many went."""
    cutoff = today() - dt.timedelta(days=max_age_days)
    with write_transaction() as session:
        result = session.execute(delete(Draft).where(Draft.started_on < cutoff))
        return int(getattr(result, "rowcount", 0) or 0)


def current_definition(conn: Connection, questionnaire: Questionnaire) -> tuple[int, Definition]:
    """The id of a questionnaire's current version and its parsed definition."""
    row = conn.execute(_CURRENT_VERSION_KEY, {"questionnaire_id": questionnaire.id}).first()
    if row is None:
        raise LookupError(f"questionnaire {questionnaire.slug} has no version")
    return int(row.id), definition_for(int(row.id), str(row.checksum))
