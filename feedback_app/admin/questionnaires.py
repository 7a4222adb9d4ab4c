"""The team area's questionnaire pages: the list, one questionnaire, its settings, uploads and versions."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from ..errors import SettingsError
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
from .access import admin_required
from .blueprint import bp
from .forms import (
    DefinitionUploadForm,
    QuestionnaireSettingsForm,
    optional_cap,
)

UPLOAD_OUTCOMES = {
    "created": "Questionnaire {slug} added as version {version}",
    "new version": "Version {version} of {slug} made: earlier responses keep the version they answered",
    "updated": "Version {version} of {slug} updated: it had no responses yet",
    "unchanged": "The file is the same as version {version} of {slug}: nothing changed",
}


def _read_upload(form: DefinitionUploadForm) -> tuple[str, bytes]:
    upload = form.definition.data
    # One byte over the cap is enough for the service to refuse it.
    return str(upload.filename or ""), bytes(upload.read(MAX_UPLOAD_BYTES + 1))


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


def _set_open(slug: str, is_open: bool) -> Any:
    set_questionnaire_open(current_user, slug, is_open)
    flash("Questionnaire opened" if is_open else "Questionnaire closed")
    return redirect(url_for("admin.questionnaire", slug=slug))


@bp.post("/questionnaires/<slug>/open")
@admin_required
def questionnaire_open(slug: str) -> Any:
    """Open a questionnaire by hand (its dates and cap still apply)."""
    return _set_open(slug, True)


@bp.post("/questionnaires/<slug>/close")
@admin_required
def questionnaire_close(slug: str) -> Any:
    """Close a questionnaire now, whatever its dates."""
    return _set_open(slug, False)


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
