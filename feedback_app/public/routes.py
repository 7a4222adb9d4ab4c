"""Routes for respondents: home, start page, question pages, check answers, confirmation."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    has_request_context,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.blueprints import BlueprintSetupState
from flask_wtf.csrf import CSRFError
from itsdangerous import BadSignature, URLSafeSerializer
from markupsafe import Markup
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from ..database import IMMEDIATE_OPTION, SINGLE_STATEMENT_READS_OPTION
from ..definitions import Definition, Question
from ..errors import health_payload
from ..extensions import db
from ..models import CollectionLink, Questionnaire
from ..questionnaires.availability import Availability, availability
from ..questionnaires.links import get_link
from ..questionnaires.store import all_questionnaires, public_questionnaires
from ..questionnaires.store import get_by_slug as get_questionnaire
from ..responses.answers import (
    Answers,
    display_value,
    first_incomplete_page,
    html_id,
    shown_questions,
    validate_page,
    values_from_answers,
    values_from_form,
    visible_answers,
)
from ..responses.submission import (
    DraftState,
    SubmissionError,
    current_definition,
    definition_for,
    get_draft,
    questionnaire_and_draft,
    questionnaire_by_slug,
    save_page_answers,
    submit,
    version_key,
)
from .forms import AnswerPageForm, SubmitAnswersForm

bp = Blueprint("public", __name__)
LAYOUT_CACHE_KEY = "feedback_layout_fragments"

NOT_SAVED = (
    "Your answers were not saved. The service is having a problem at the moment. "
    "Your answers are still on this page: please try again in a few minutes."
)
SESSION_ENDED = (
    "Your session ended before your answers could be saved. Your answers are still on this page: "
    "check them and continue."
)


def layout_fragment(name: str) -> Markup:
    """A layout template (site header, footer) rendered once per app and script root.

    They depend only on settings and URLs, yet the NHS.UK macros that build them cost about a
    third of a millisecond on every page.
    """
    cache: dict[tuple[str, str], Markup] = current_app.extensions.setdefault(LAYOUT_CACHE_KEY, {})
    key = (name, request.script_root if has_request_context() else "")
    html = cache.get(key)
    if html is None:
        # A rendered template is HTML already (ours are autoescaped; the rest comes from settings).
        html = cache[key] = Markup(render_template(name))  # noqa: S704
    return html


@bp.record_once
def _register_layout(state: BlueprintSetupState) -> None:
    # Every page extends base.html, which calls this, so it is registered with the blueprint.
    state.app.jinja_env.globals["layout_fragment"] = layout_fragment


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="submission")


def _questionnaire_or_404(conn: Connection, slug: str) -> Questionnaire:
    questionnaire = questionnaire_by_slug(conn, slug)
    if questionnaire is None:
        abort(404)
    return questionnaire


def _questionnaire_and_draft_or_404(conn: Connection, slug: str) -> tuple[Questionnaire, DraftState | None]:
    """The questionnaire and this session's draft for it, read in one query."""
    questionnaire, draft = questionnaire_and_draft(conn, slug, _draft_token(slug))
    if questionnaire is None:
        abort(404)
    return questionnaire, draft


def _session_link(questionnaire: Questionnaire) -> CollectionLink | None:
    link_id = session.get("links", {}).get(questionnaire.slug)
    if link_id is None:
        return None
    link = db.session.get(CollectionLink, link_id)
    return link if link is not None and link.questionnaire_id == questionnaire.id else None


def _draft_token(slug: str) -> str | None:
    token = session.get("drafts", {}).get(slug)
    return token if isinstance(token, str) else None


def _remember(key: str, slug: str, value: Any) -> None:
    store = dict(session.get(key, {}))
    if store.get(slug) == value:
        # Unchanged: leave the session unmodified, so no new cookie is signed and sent.
        return
    if value is None:
        store.pop(slug, None)
    else:
        store[slug] = value
    session[key] = store


def _journey(
    conn: Connection, questionnaire: Questionnaire, draft: DraftState | None
) -> tuple[int, Definition, Answers, bool]:
    """The version id this respondent answers (their draft's, or the current one), its definition,
    the answers so far, and whether a draft was found."""
    if draft is not None and draft.questionnaire_id == questionnaire.id:
        return draft.version_id, definition_for(draft.version_id, draft.checksum), dict(draft.answers), True
    version_id, definition = current_definition(conn, questionnaire)
    return version_id, definition, {}, False


def _signed_version(
    conn: Connection, data: Any, questionnaire: Questionnaire
) -> tuple[int, Definition] | None:
    """The version a signed payload names, with its definition, if it belongs to the questionnaire."""
    version_id = data.get("v") if isinstance(data, dict) else None
    key = version_key(conn, version_id)
    if key is None or key[0] != questionnaire.id:
        return None
    assert isinstance(version_id, int)  # version_key found a row for it
    return version_id, definition_for(version_id, key[1])


def _closed_page(questionnaire: Questionnaire, state: Availability) -> tuple[str, int]:
    return render_template("public/closed.html", questionnaire=questionnaire, state=state), 200


@bp.get("/")
def home() -> str:
    """The questionnaires open to the public."""
    return render_template("public/home.html", questionnaires=public_questionnaires())


@bp.get("/healthz")
def healthz() -> Any:
    """Report whether the database answers and takes writes (for load balancers and monitoring)."""
    try:
        # On SQLite a held write lock does not stop reads (WAL), so ask for the write lock too:
        # BEGIN IMMEDIATE fails after the busy timeout exactly when a submission would.
        db.session.connection(execution_options={IMMEDIATE_OPTION: True})  # type: ignore[misc]
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
    except SQLAlchemyError as exc:
        db.session.rollback()
        return health_payload(False, type(exc).__name__)
    return health_payload(True, "ok")


@bp.get("/accessibility")
def accessibility() -> str:
    """The accessibility statement."""
    return render_template("public/accessibility.html")


@bp.get("/s/<code>")
def collection_link(code: str) -> Any:
    """A short link: remember its tags for this questionnaire, then show the start page."""
    link = get_link(code)
    if link is None:
        abort(404)
    questionnaire = link.questionnaire
    state = availability(questionnaire, link)
    if state is not Availability.OPEN:
        return _closed_page(questionnaire, state)
    _remember("links", questionnaire.slug, link.id)
    return redirect(url_for("public.start", slug=questionnaire.slug))


@bp.get("/q/<slug>")
def start(slug: str) -> Any:
    """The start page: purpose, time needed, anonymity, privacy notice link."""
    questionnaire = _questionnaire_or_404(db.session.connection(), slug)
    state = availability(questionnaire, _session_link(questionnaire))
    if state is not Availability.OPEN:
        return _closed_page(questionnaire, state)
    _, definition = current_definition(db.session.connection(), questionnaire)
    return render_template("public/start.html", questionnaire=questionnaire, definition=definition)


@bp.get("/privacy")
def privacy_index() -> str:
    """Links to every questionnaire's privacy notice, and what the cookie is for."""
    return render_template("public/privacy_index.html", questionnaires=all_questionnaires())


@bp.get("/q/<slug>/privacy")
def privacy(slug: str) -> str:
    """The questionnaire's privacy notice (shown even when it is closed)."""
    questionnaire = _questionnaire_or_404(db.session.connection(), slug)
    _, definition = current_definition(db.session.connection(), questionnaire)
    return render_template("public/privacy.html", questionnaire=questionnaire, definition=definition)


def _render_page(
    questionnaire: Questionnaire,
    definition: Definition,
    number: int,
    answers: Answers,
    values: dict[str, Any],
    errors: dict[str, str],
    problem: str | None = None,
    status: int = 200,
) -> tuple[str, int]:
    page = definition.pages[number - 1]
    questions = shown_questions(page, answers)
    back = (
        url_for("public.page", slug=questionnaire.slug, number=number - 1)
        if number > 1
        else url_for("public.start", slug=questionnaire.slug)
    )
    if request.args.get("change"):
        back = url_for("public.check", slug=questionnaire.slug)
    html = render_template(
        "public/page.html",
        questionnaire=questionnaire,
        definition=definition,
        page=page,
        number=number,
        questions=questions,
        values=values,
        errors=errors,
        problem=problem,
        back_url=back,
        form=AnswerPageForm(),
        html_id=html_id,
        targets=_error_targets(questions, errors),
        change=bool(request.args.get("change")),
    )
    return html, status


def _error_targets(questions: list[Question], errors: dict[str, str]) -> dict[str, str]:
    """The element each error-summary link jumps to: the field itself, or a date's day box."""
    dates = {q.key for q in questions if q.type == "date"}
    return {key: html_id(key) + ("-day" if key in dates else "") for key in errors}


def _next_page(definition: Definition, number: int, answers: Answers) -> int | None:
    for later in range(number + 1, len(definition.pages) + 1):
        if shown_questions(definition.pages[later - 1], answers):
            return later
    return None


@bp.route("/q/<slug>/page/<int:number>", methods=["GET", "POST"])
def page(slug: str, number: int) -> Any:
    """One page of questions; on POST, validate it and keep its answers in the draft."""
    # One Core connection for the request's read and its write (see database.write_on). Its reads
    # are single statements (questionnaire and draft in one query), so they need no transaction.
    with db.engine.connect().execution_options(**{SINGLE_STATEMENT_READS_OPTION: True}) as conn:
        return _page(conn, slug, number)


def _page(conn: Connection, slug: str, number: int) -> Any:
    questionnaire, draft = _questionnaire_and_draft_or_404(conn, slug)
    link = _session_link(questionnaire)
    state = availability(questionnaire, link)
    if state is not Availability.OPEN:
        return _closed_page(questionnaire, state)
    version_id, definition, answers, _ = _journey(conn, questionnaire, draft)
    if not 1 <= number <= len(definition.pages):
        abort(404)
    questions = shown_questions(definition.pages[number - 1], answers)
    if request.method == "GET":
        if not questions:
            following = _next_page(definition, number, answers)
            target = (
                url_for("public.page", slug=slug, number=following)
                if following
                else url_for("public.check", slug=slug)
            )
            return redirect(target)
        return _render_page(
            questionnaire, definition, number, answers, values_from_answers(questions, answers), {}
        )

    result = validate_page(questions, request.form)
    if not result.ok:
        return _render_page(
            questionnaire,
            definition,
            number,
            answers,
            values_from_form(questions, request.form),
            result.errors,
        )
    page_keys = [k for q in definition.pages[number - 1].questions for k in q.answer_keys()]
    try:
        token = save_page_answers(
            conn, _draft_token(slug), version_id, page_keys, result.answers, link.id if link else None
        )
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.error("could not save a page of answers (database error)")
        return _render_page(
            questionnaire,
            definition,
            number,
            answers,
            values_from_form(questions, request.form),
            {},
            problem=NOT_SAVED,
            status=503,
        )
    _remember("drafts", slug, token)
    merged = {**answers, **result.answers}
    following = _next_page(definition, number, merged)
    if request.args.get("change") or following is None:
        return redirect(url_for("public.check", slug=slug))
    return redirect(url_for("public.page", slug=slug, number=following))


def _summary_rows(slug: str, definition: Definition, answers: Answers) -> list[dict[str, Any]]:
    rows = []
    for number, page_def in enumerate(definition.pages, start=1):
        for question in shown_questions(page_def, answers):
            rows.append(
                {
                    "page": number,
                    "question": question,
                    "lines": display_value(question, answers),
                    "change_url": url_for("public.page", slug=slug, number=number, change=1)
                    + "#"
                    + html_id(question.answer_keys()[0]),
                }
            )
    return rows


def _render_check(
    questionnaire: Questionnaire,
    definition: Definition,
    answers: Answers,
    payload: str,
    problem: str | None = None,
    status: int = 200,
) -> tuple[str, int]:
    form = SubmitAnswersForm(formdata=None, payload=payload)
    html = render_template(
        "public/check.html",
        questionnaire=questionnaire,
        definition=definition,
        rows=_summary_rows(questionnaire.slug, definition, answers),
        form=form,
        problem=problem,
        last_page=len(definition.pages),
    )
    return html, status


@bp.get("/q/<slug>/check")
def check(slug: str) -> Any:
    """Check your answers, with a change link for each."""
    with db.engine.connect() as conn:
        return _check(conn, slug)


def _check(conn: Connection, slug: str) -> Any:
    questionnaire, draft = _questionnaire_and_draft_or_404(conn, slug)
    link = _session_link(questionnaire)
    state = availability(questionnaire, link)
    if state is not Availability.OPEN:
        return _closed_page(questionnaire, state)
    token = _draft_token(slug)
    version_id, definition, answers, has_draft = _journey(conn, questionnaire, draft)
    if not has_draft or token is None:
        return redirect(url_for("public.start", slug=slug))
    answers = visible_answers(definition, answers)
    missing = first_incomplete_page(definition, answers)
    if missing is not None:
        return redirect(url_for("public.page", slug=slug, number=missing))
    payload = _serializer().dumps({"q": questionnaire.id, "v": version_id, "t": token, "a": answers})
    return _render_check(questionnaire, definition, answers, payload)


@bp.post("/q/<slug>/submit")
def submit_answers(slug: str) -> Any:
    """Store the checked answers once; every copy of the same submission lands on one confirmation."""
    # One Core connection for the reads and the write, as on the answer pages.
    with db.engine.connect().execution_options(**{SINGLE_STATEMENT_READS_OPTION: True}) as conn:
        return _submit_answers(conn, slug)


def _submit_answers(conn: Connection, slug: str) -> Any:
    """The submission on one connection: checks, the version read and the write."""
    questionnaire = _questionnaire_or_404(conn, slug)
    form = SubmitAnswersForm()
    if not form.validate():
        abort(400, description="The answers could not be read. Go back to the start and try again.")
    try:
        data = _serializer().loads(form.payload.data)
    except BadSignature:
        abort(400, description="The answers could not be read. Go back to the start and try again.")
    if not isinstance(data, dict) or data.get("q") != questionnaire.id:
        abort(400, description="These answers belong to a different questionnaire.")
    signed = _signed_version(conn, data, questionnaire)
    if signed is None:
        abort(400, description="This version of the questionnaire no longer exists.")
    version_id, definition = signed
    link = _session_link(questionnaire)
    try:
        submitted = submit(
            conn, str(data["t"]), questionnaire, version_id, definition, link, dict(data.get("a") or {})
        )
    except SubmissionError as exc:
        if exc.page is not None:
            return redirect(url_for("public.page", slug=slug, number=exc.page))
        # Read again: it may have closed while this request ran.
        current = questionnaire_by_slug(conn, slug) or questionnaire
        state = availability(current, link)
        if state is not Availability.OPEN:
            return _closed_page(current, state)
        abort(400, description=exc.reason)
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.error("could not store a submission (database error)")
        answers = visible_answers(definition, dict(data.get("a") or {}))
        return _render_check(
            questionnaire, definition, answers, form.payload.data, problem=NOT_SAVED, status=503
        )
    _remember("drafts", slug, None)
    return redirect(url_for("public.complete", slug=slug, ref=submitted.reference), code=303)


@bp.get("/q/<slug>/complete")
def complete(slug: str) -> str:
    """The confirmation page with the response's short reference."""
    questionnaire = _questionnaire_or_404(db.session.connection(), slug)
    reference = request.args.get("ref", "")
    if not (reference.isalnum() and len(reference) <= 12):
        abort(404)
    return render_template("public/complete.html", questionnaire=questionnaire, reference=reference)


@bp.errorhandler(CSRFError)
def csrf_failed(error: CSRFError) -> Any:
    """A form posted without a valid token: store nothing, but show the answers again."""
    slug = (request.view_args or {}).get("slug")
    questionnaire = get_questionnaire(slug) if isinstance(slug, str) else None
    if questionnaire is None:
        return render_template(
            "errors/error.html",
            status=400,
            title="Sorry, your session has ended",
            message="Nothing was saved. Go back to the start and try again.",
        ), 400
    if request.endpoint == "public.page":
        number = int((request.view_args or {}).get("number", 1))
        conn = db.session.connection()
        draft = get_draft(conn, _draft_token(questionnaire.slug))
        _, definition, answers, _ = _journey(conn, questionnaire, draft)
        if 1 <= number <= len(definition.pages):
            questions = shown_questions(definition.pages[number - 1], answers)
            return _render_page(
                questionnaire,
                definition,
                number,
                answers,
                values_from_form(questions, request.form),
                {},
                problem=SESSION_ENDED,
                status=400,
            )
    if request.endpoint == "public.submit_answers":
        payload = request.form.get("payload", "")
        try:
            data = _serializer().loads(payload)
        except BadSignature:
            data = None
        signed = _signed_version(db.session.connection(), data, questionnaire)
        if signed is not None and isinstance(data, dict):
            _, definition = signed
            answers = visible_answers(definition, dict(data.get("a") or {}))
            return _render_check(
                questionnaire, definition, answers, payload, problem=SESSION_ENDED, status=400
            )
    return redirect(url_for("public.start", slug=questionnaire.slug))
