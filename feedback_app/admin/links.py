"""The team area's collection-link pages: the list, one link, opening and closing, QR codes and posters."""

from __future__ import annotations

from typing import Any

from flask import Response, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..questionnaires.links import (
    LinkError,
    create_collection_link,
    link_detail,
    link_qr,
    link_rows,
    set_expected_responses,
    set_link_open,
)
from ..questionnaires.store import all_questionnaires
from .access import admin_required
from .blueprint import bp
from .forms import (
    ExpectedResponsesForm,
    LinkForm,
    optional_cap,
)


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
                optional_cap(form.expected_responses.data),
            )
        except LinkError as exc:
            return render_template("admin/links.html", rows=link_rows(), form=form, link_error=str(exc)), 400
        flash(f"Collection link {link.name} made")
        return redirect(url_for("admin.link", slug=form.questionnaire.data, code=link.code))
    return render_template("admin/links.html", rows=link_rows(), form=form, link_error=None), 400


def _link_page(slug: str, code: str, form: ExpectedResponsesForm) -> str:
    return render_template("admin/link.html", detail=link_detail(slug, code), expected_form=form)


@bp.get("/questionnaires/<slug>/links/<code>")
def link(slug: str, code: str) -> str:
    """One collection link: its short URL, tags, responses, QR code downloads and poster."""
    form = ExpectedResponsesForm()
    expected = link_detail(slug, code).link.expected_responses
    form.expected_responses.data = str(expected) if expected else ""
    return _link_page(slug, code, form)


@bp.post("/questionnaires/<slug>/links/<code>/expected")
@admin_required
def link_expected(slug: str, code: str) -> Any:
    """Record how many people the link is for (or clear it): its response rate in reports."""
    form = ExpectedResponsesForm()
    if not form.validate_on_submit():
        return _link_page(slug, code, form), 400
    expected = optional_cap(form.expected_responses.data)
    set_expected_responses(current_user, slug, code, expected)
    flash(
        f"Expected number of responses set to {expected:,}"
        if expected
        else "Expected number of responses cleared"
    )
    return redirect(url_for("admin.link", slug=slug, code=code))


def _set_open(slug: str, code: str, is_open: bool) -> Any:
    set_link_open(current_user, slug, code, is_open)
    flash("Link opened" if is_open else "Link closed")
    return redirect(url_for("admin.link", slug=slug, code=code))


@bp.post("/questionnaires/<slug>/links/<code>/open")
@admin_required
def link_open(slug: str, code: str) -> Any:
    """Let a link take responses again."""
    return _set_open(slug, code, True)


@bp.post("/questionnaires/<slug>/links/<code>/close")
@admin_required
def link_close(slug: str, code: str) -> Any:
    """Stop a link taking responses (the questionnaire stays open through its other links)."""
    return _set_open(slug, code, False)


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
