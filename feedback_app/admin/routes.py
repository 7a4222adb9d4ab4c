"""Routes for running the questionnaires: dashboard, questionnaires, collection links and the team.

Each view parses the request, calls one service function, then redirects or renders. Every page
needs a signed-in team member; every change needs an admin, a POST and a CSRF token (checked for
every POST by CSRFProtect before any view runs).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import NotFound as HTTPNotFound

from ..errors import NotFound, SettingsError, handle_http_error
from ..insights.dashboard import dashboard_rows
from ..questionnaires.availability import long_date
from ..questionnaires.links import (
    LinkError,
    create_collection_link,
    link_detail,
    link_qr,
    link_rows,
    set_link_open,
)
from ..questionnaires.manage import (
    MAX_UPLOAD_BYTES,
    UploadError,
    questionnaire_detail,
    questionnaire_rows,
    set_questionnaire_open,
    update_questionnaire_settings,
    upload_definition,
    version_detail,
)
from ..questionnaires.store import all_questionnaires
from ..team.accounts import AccountError
from ..team.members import add_member, change_role, get_member, set_member_active, team_members
from .access import admin_required, require_sign_in
from .forms import (
    DefinitionUploadForm,
    LinkForm,
    MemberForm,
    QuestionnaireSettingsForm,
    RoleForm,
    optional_cap,
)

bp = Blueprint("admin", __name__, url_prefix="/admin")
bp.before_request(require_sign_in)
bp.add_app_template_filter(long_date, "long_date")

UPLOAD_OUTCOMES = {
    "created": "Questionnaire {slug} added as version {version}",
    "new version": "Version {version} of {slug} made: earlier responses keep the version they answered",
    "updated": "Version {version} of {slug} updated: it had no responses yet",
    "unchanged": "The file is the same as version {version} of {slug}: nothing changed",
}


@bp.errorhandler(NotFound)
def not_found(_error: NotFound) -> tuple[str, int]:
    """An unknown questionnaire, version, link or member, or one that belongs to another questionnaire."""
    return handle_http_error(HTTPNotFound())


def _read_upload(form: DefinitionUploadForm) -> tuple[str, bytes]:
    upload = form.definition.data
    # One byte over the cap is enough for the service to refuse it.
    return str(upload.filename or ""), bytes(upload.read(MAX_UPLOAD_BYTES + 1))


# ---------------------------------------------------------------- dashboard


@bp.get("/")
def dashboard() -> str:
    """Every questionnaire's status and how responses are arriving."""
    return render_template("admin/dashboard.html", rows=dashboard_rows())


# ---------------------------------------------------------------- questionnaires


def _questionnaires_page(upload_form: DefinitionUploadForm, error: UploadError | None = None) -> str:
    return render_template(
        "admin/questionnaires.html", rows=questionnaire_rows(), upload_form=upload_form, upload_error=error
    )


@bp.get("/questionnaires")
def questionnaires() -> str:
    """Every questionnaire with its status, versions and responses; admins can add one."""
    return _questionnaires_page(DefinitionUploadForm())


@bp.post("/questionnaires")
@admin_required
def questionnaire_add() -> Any:
    """Add a new questionnaire from an uploaded definition file."""
    form = DefinitionUploadForm()
    if not form.validate_on_submit():
        return _questionnaires_page(form), 400
    try:
        outcome = upload_definition(current_user, *_read_upload(form))
    except UploadError as exc:
        return _questionnaires_page(form, exc), 400
    flash(UPLOAD_OUTCOMES[outcome.action].format(slug=outcome.slug, version=outcome.version))
    return redirect(url_for("admin.questionnaire", slug=outcome.slug))


def _questionnaire_page(
    slug: str,
    settings_form: QuestionnaireSettingsForm | None = None,
    upload_form: DefinitionUploadForm | None = None,
    upload_error: UploadError | None = None,
    settings_error: str | None = None,
) -> str:
    detail = questionnaire_detail(slug)
    questionnaire = detail.questionnaire
    if settings_form is None:
        settings_form = QuestionnaireSettingsForm(
            formdata=None,
            data={
                "closes_on": questionnaire.closes_on,
                "max_responses": str(questionnaire.max_responses or ""),
            },
        )
    return render_template(
        "admin/questionnaire.html",
        detail=detail,
        settings_form=settings_form,
        settings_error=settings_error,
        upload_form=upload_form or DefinitionUploadForm(formdata=None),
        upload_error=upload_error,
    )


@bp.get("/questionnaires/<slug>")
def questionnaire(slug: str) -> str:
    """One questionnaire: its status, settings, versions and links."""
    return _questionnaire_page(slug)


@bp.post("/questionnaires/<slug>/open")
@admin_required
def questionnaire_open(slug: str) -> Any:
    """Open a questionnaire by hand (its dates and cap still apply)."""
    set_questionnaire_open(current_user, slug, True)
    flash("Questionnaire opened")
    return redirect(url_for("admin.questionnaire", slug=slug))


@bp.post("/questionnaires/<slug>/close")
@admin_required
def questionnaire_close(slug: str) -> Any:
    """Close a questionnaire now, whatever its dates."""
    set_questionnaire_open(current_user, slug, False)
    flash("Questionnaire closed")
    return redirect(url_for("admin.questionnaire", slug=slug))


@bp.post("/questionnaires/<slug>/settings")
@admin_required
def questionnaire_settings(slug: str) -> Any:
    """Set or clear the closing date and response cap."""
    form = QuestionnaireSettingsForm()
    if not form.validate_on_submit():
        return _questionnaire_page(slug, settings_form=form), 400
    try:
        update_questionnaire_settings(
            current_user, slug, form.closes_on.data, optional_cap(form.max_responses.data)
        )
    except SettingsError as exc:
        return _questionnaire_page(slug, settings_form=form, settings_error=str(exc)), 400
    flash("Closing date and response cap saved")
    return redirect(url_for("admin.questionnaire", slug=slug))


@bp.post("/questionnaires/<slug>/definition")
@admin_required
def questionnaire_upload(slug: str) -> Any:
    """Upload a new definition for this questionnaire; nothing changes unless the file is valid."""
    form = DefinitionUploadForm()
    if not form.validate_on_submit():
        return _questionnaire_page(slug, upload_form=form), 400
    try:
        outcome = upload_definition(current_user, *_read_upload(form), slug=slug)
    except UploadError as exc:
        return _questionnaire_page(slug, upload_form=form, upload_error=exc), 400
    flash(UPLOAD_OUTCOMES[outcome.action].format(slug=outcome.slug, version=outcome.version))
    return redirect(url_for("admin.questionnaire", slug=slug))


@bp.get("/questionnaires/<slug>/versions/<int:number>")
def questionnaire_version(slug: str, number: int) -> str:
    """The questions one version asked, in order."""
    questionnaire_, version, definition = version_detail(slug, number)
    return render_template(
        "admin/version.html", questionnaire=questionnaire_, version=version, definition=definition
    )


# ---------------------------------------------------------------- collection links


def _link_form() -> LinkForm:
    form = LinkForm()
    form.questionnaire.choices = [("", "Select a questionnaire")] + [
        (questionnaire.slug, questionnaire.title) for questionnaire in all_questionnaires()
    ]
    return form


@bp.get("/links")
def links() -> str:
    """Every collection link with its responses; admins can make a new one."""
    form = _link_form()
    form.questionnaire.data = request.args.get("questionnaire", "")
    return render_template("admin/links.html", rows=link_rows(), form=form, link_error=None)


@bp.post("/links")
@admin_required
def link_add() -> Any:
    """Make a collection link."""
    form = _link_form()
    if form.validate_on_submit():
        try:
            link = create_collection_link(
                current_user,
                form.questionnaire.data,
                form.name.data,
                form.tags(),
                form.opens_on.data,
                form.closes_on.data,
                optional_cap(form.max_responses.data),
            )
        except LinkError as exc:
            return render_template("admin/links.html", rows=link_rows(), form=form, link_error=str(exc)), 400
        flash(f"Collection link {link.name} made")
        return redirect(url_for("admin.link", slug=form.questionnaire.data, code=link.code))
    return render_template("admin/links.html", rows=link_rows(), form=form, link_error=None), 400


@bp.get("/questionnaires/<slug>/links/<code>")
def link(slug: str, code: str) -> str:
    """One collection link: its short URL, tags, responses, QR code downloads and poster."""
    return render_template("admin/link.html", detail=link_detail(slug, code))


@bp.post("/questionnaires/<slug>/links/<code>/open")
@admin_required
def link_open(slug: str, code: str) -> Any:
    """Let a link take responses again."""
    set_link_open(current_user, slug, code, True)
    flash("Link opened")
    return redirect(url_for("admin.link", slug=slug, code=code))


@bp.post("/questionnaires/<slug>/links/<code>/close")
@admin_required
def link_close(slug: str, code: str) -> Any:
    """Stop a link taking responses (the questionnaire stays open through its other links)."""
    set_link_open(current_user, slug, code, False)
    flash("Link closed")
    return redirect(url_for("admin.link", slug=slug, code=code))


def _qr_download(slug: str, code: str, kind: str) -> Response:
    body, filename, mimetype = link_qr(slug, code, kind)
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.get("/questionnaires/<slug>/links/<code>/qr.png")
def link_qr_png(slug: str, code: str) -> Response:
    """The link's QR code as a PNG file."""
    return _qr_download(slug, code, "png")


@bp.get("/questionnaires/<slug>/links/<code>/qr.svg")
def link_qr_svg(slug: str, code: str) -> Response:
    """The link's QR code as an SVG file (sharp at any size)."""
    return _qr_download(slug, code, "svg")


@bp.get("/questionnaires/<slug>/links/<code>/poster")
def link_poster(slug: str, code: str) -> str:
    """A printable A4 poster: title, time to complete, QR code and short URL."""
    return render_template("admin/poster.html", detail=link_detail(slug, code))


# ---------------------------------------------------------------- team


@bp.get("/team")
@admin_required
def team() -> str:
    """The team members; admins add members, change roles and deactivate accounts."""
    return render_template("admin/team.html", members=team_members(), form=MemberForm(formdata=None))


@bp.post("/team")
@admin_required
def team_add() -> Any:
    """Add a team member with a first password."""
    form = MemberForm()
    error = None
    if form.validate_on_submit():
        try:
            member = add_member(
                current_user, form.email.data, form.name.data, form.role.data, form.password.data
            )
        except AccountError as exc:
            error = str(exc)
        else:
            flash(
                f"{member.name} added as {member.role}. Give them their first password in person or by phone"
            )
            return redirect(url_for("admin.team"))
    return render_template("admin/team.html", members=team_members(), form=form, add_error=error), 400


def _member_page(member_id: int, form: RoleForm | None = None, error: str | None = None) -> str:
    member = get_member(member_id)
    return render_template(
        "admin/member.html",
        member=member,
        form=form or RoleForm(formdata=None, data={"role": member.role}),
        error=error,
    )


@bp.get("/team/<int:member_id>")
@admin_required
def team_member(member_id: int) -> str:
    """One team member: role and whether the account is active."""
    return _member_page(member_id)


@bp.post("/team/<int:member_id>/role")
@admin_required
def team_member_role(member_id: int) -> Any:
    """Make a member an admin or a viewer."""
    form = RoleForm()
    if not form.validate_on_submit():
        return _member_page(member_id, form), 400
    try:
        member = change_role(current_user, member_id, form.role.data)
    except SettingsError as exc:
        return _member_page(member_id, form, str(exc)), 400
    flash(f"{member.name} is now {'an admin' if member.role == 'admin' else 'a viewer'}")
    return redirect(url_for("admin.team_member", member_id=member_id))


def _set_active(member_id: int, active: bool) -> Any:
    try:
        member = set_member_active(current_user, member_id, active)
    except SettingsError as exc:
        return _member_page(member_id, error=str(exc)), 400
    flash(f"{member.name} {'reactivated' if active else 'deactivated and signed out everywhere'}")
    return redirect(url_for("admin.team_member", member_id=member_id))


@bp.post("/team/<int:member_id>/deactivate")
@admin_required
def team_member_deactivate(member_id: int) -> Any:
    """Deactivate a member: they are signed out at once and cannot sign in."""
    return _set_active(member_id, False)


@bp.post("/team/<int:member_id>/reactivate")
@admin_required
def team_member_reactivate(member_id: int) -> Any:
    """Let a deactivated member sign in again."""
    return _set_active(member_id, True)
