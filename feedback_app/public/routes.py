"""Routes for respondents: home, start page, question pages, check answers, confirmation.

Each view reads the request (and the session cookie's part, a `Respondent`), calls one function of
journey.py, and renders or redirects as its outcome says.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any

from flask import (
    Blueprint,
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
from markupsafe import Markup

from questionnaire_format.model import Definition, Question

from ..database import healthy
from ..errors import health_payload
from ..questionnaires.availability import Availability
from ..questionnaires.store import all_questionnaires, public_questionnaires
from ..responses.answers import Answers, display_value, html_id, shown_questions
from . import journey, not_saved
from .forms import AnswerPageForm, SubmitAnswersForm

bp = Blueprint("public", __name__)
LAYOUT_CACHE_KEY = "feedback_layout_fragments"


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


def _respondent() -> journey.Respondent:
    return journey.Respondent(dict(session.get("drafts", {})), dict(session.get("links", {})))


def _keep(respondent: journey.Respondent) -> None:
    """Write back what the journey changed; unchanged, the session stays unmodified (no new cookie)."""
    for key, store in (("drafts", respondent.drafts), ("links", respondent.links)):
        if store != session.get(key, {}):
            session[key] = store


def _respond(outcome: journey.Outcome) -> Any:
    """The response for a journey step's outcome."""
    if isinstance(outcome, journey.Redirect):
        return redirect(url_for(outcome.endpoint, **outcome.values), code=outcome.code)
    if isinstance(outcome, journey.Closed):
        return _closed_page(outcome.questionnaire, outcome.state)
    if isinstance(outcome, journey.QuestionPage):
        return _render_page(outcome)
    if isinstance(outcome, not_saved.NotSavedPage):
        return _render_not_saved(outcome)
    if isinstance(outcome, not_saved.PageNotSavedPage):
        return _render_page_not_saved(outcome)
    return _render_check(outcome)


def _closed_page(questionnaire: Any, state: Availability) -> tuple[str, int]:
    return render_template("public/closed.html", questionnaire=questionnaire, state=state), 200


@bp.get("/")
def home() -> str:
    """The questionnaires open to the public."""
    return render_template("public/home.html", questionnaires=public_questionnaires())


@bp.get("/healthz")
def healthz() -> Any:
    """Report whether the database answers and takes writes (for load balancers and monitoring)."""
    ok, status = healthy()
    return health_payload(ok, status)


@bp.get("/accessibility")
def accessibility() -> str:
    """The accessibility statement."""
    return render_template("public/accessibility.html")


@bp.get("/s/<code>")
def collection_link(code: str) -> Any:
    """A short link: remember its tags for this questionnaire, then show the start page."""
    respondent = _respondent()
    outcome = journey.arrive_by_link(code, respondent)
    _keep(respondent)
    return _respond(outcome)


@bp.get("/q/<slug>")
def start(slug: str) -> Any:
    """The start page: purpose, time needed, anonymity, privacy notice link."""
    found = journey.start(slug, _respondent())
    if isinstance(found, journey.Closed):
        return _respond(found)
    return render_template(
        "public/start.html", questionnaire=found.questionnaire, definition=found.definition
    )


@bp.get("/privacy")
def privacy_index() -> str:
    """Links to every questionnaire's privacy notice, and what the cookie is for."""
    return render_template("public/privacy_index.html", questionnaires=all_questionnaires())


@bp.get("/q/<slug>/privacy")
def privacy(slug: str) -> str:
    """The questionnaire's privacy notice (shown even when it is closed)."""
    found = journey.privacy_notice(slug)
    return render_template(
        "public/privacy.html", questionnaire=found.questionnaire, definition=found.definition
    )


@bp.route("/q/<slug>/page/<int:number>", methods=["GET", "POST"])
def page(slug: str, number: int) -> Any:
    """One page of questions; on POST, validate it and keep its answers in the draft."""
    respondent = _respondent()
    form = request.form if request.method == "POST" else None
    outcome = journey.answer_page(slug, number, form, bool(request.args.get("change")), respondent)
    _keep(respondent)
    return _respond(outcome)


@bp.get("/q/<slug>/check")
def check(slug: str) -> Any:
    """Check your answers, with a change link for each."""
    return _respond(journey.check_answers(slug, _respondent()))


@bp.post("/q/<slug>/submit")
def submit_answers(slug: str) -> Any:
    """Store the checked answers once; every copy of the same submission lands on one confirmation."""
    form = SubmitAnswersForm()
    respondent = _respondent()
    outcome = journey.submit_answers(slug, form.payload.data if form.validate() else None, respondent)
    _keep(respondent)
    return _respond(outcome)


@bp.get("/q/<slug>/complete")
def complete(slug: str) -> str:
    """The confirmation page: thanks, what happens to the answers, and where to get help now."""
    found = journey.confirmation(slug, request.args.get("ref", ""))
    return render_template(
        "public/complete.html", questionnaire=found.questionnaire, definition=found.definition
    )


@bp.errorhandler(CSRFError)
def csrf_failed(error: CSRFError) -> Any:
    """A form posted without a valid token: store nothing, but show the answers again."""
    view_args = request.view_args or {}
    number = int(view_args.get("number", 1))
    outcome = journey.session_ended(
        view_args.get("slug"), request.endpoint, number, request.form, _respondent()
    )
    if outcome is None:
        return render_template(
            "errors/error.html",
            status=400,
            title="Sorry, your session has ended",
            message="Nothing was saved. Go back to the start and try again.",
        ), 400
    return _respond(outcome)


def _render_page(shown: journey.QuestionPage) -> tuple[str, int]:
    questionnaire, definition, number = shown.questionnaire, shown.definition, shown.number
    page = definition.pages[number - 1]
    questions = shown_questions(page, shown.answers)
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
        values=shown.values,
        errors=shown.errors,
        problem=shown.problem,
        back_url=back,
        form=AnswerPageForm(),
        html_id=html_id,
        targets=_error_targets(questions, shown.errors),
        change=bool(request.args.get("change")),
        context=not_saved.page_context(questionnaire, definition, number),
    )
    return html, shown.status


def _render_page_not_saved(shown: not_saved.PageNotSavedPage) -> tuple[str, int]:
    """What was typed on a page the database did not take, with the button to send it again."""
    html = render_template(
        "public/page_not_saved.html",
        slug=shown.slug,
        number=shown.number,
        title=shown.title,
        page_title=shown.page_title,
        rows=shown.rows,
        fields=shown.fields,
        problem=shown.problem,
        form=AnswerPageForm(),
    )
    return html, shown.status


def _error_targets(questions: list[Question], errors: dict[str, str]) -> dict[str, str]:
    """The element each error-summary link jumps to: the field itself, or a date's day box."""
    dates = {q.key for q in questions if q.type == "date"}
    return {key: html_id(key) + ("-day" if key in dates else "") for key in errors}


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


def _render_not_saved(shown: not_saved.NotSavedPage) -> tuple[str, int]:
    """The answers of a submission the database did not take, with the button to send them again."""
    html = render_template(
        "public/not_saved.html",
        slug=shown.slug,
        title=shown.title,
        anonymous=shown.anonymous,
        # Grouped by page in the order asked (Jinja's groupby would sort the pages by title).
        pages=[(title, list(rows)) for title, rows in groupby(shown.rows, key=itemgetter(0))],
        problem=shown.problem,
        form=SubmitAnswersForm(formdata=None, payload=shown.payload),
    )
    return html, shown.status


def _render_check(shown: journey.CheckPage) -> tuple[str, int]:
    questionnaire, definition = shown.questionnaire, shown.definition
    form = SubmitAnswersForm(formdata=None, payload=shown.payload)
    html = render_template(
        "public/check.html",
        questionnaire=questionnaire,
        definition=definition,
        rows=_summary_rows(questionnaire.slug, definition, shown.answers),
        form=form,
        problem=shown.problem,
        last_page=len(definition.pages),
    )
    return html, shown.status
