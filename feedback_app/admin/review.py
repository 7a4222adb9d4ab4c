"""The team area's review of coded comments: the queues, one comment's review page, and saving it.

Every signed-in member reviews (viewers too): a review is the member's own reading of a comment,
recorded under their name, not a change to responses, questionnaires or the team.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from analysis.text.review import REVIEW_RULE, STANCE_LABELS
from analysis.text.sentiment import LABELS

from ..insights.review_queue import SubmittedReview, review_page, review_queues, submit_review
from .blueprint import bp

# No form has more themes than this; anything past it is not from the review page.
MAX_THEMES = 300
RETURN_TO = ("queue", "response")


@bp.context_processor
def review_vocabulary() -> dict[str, Any]:
    """The stances and sentiments the review form offers and review summaries name."""
    return {"stance_labels": STANCE_LABELS, "sentiment_labels": LABELS, "review_rule": REVIEW_RULE}


@bp.get("/review")
def review_index() -> str:
    """Every questionnaire's queue of comments to review, with this member's progress."""
    return render_template(
        "admin/review_index.html", queues=review_queues(current_user), review_rule=REVIEW_RULE
    )


def _after() -> tuple[str, str] | None:
    """The comment the queue moves on from (a skip, or the one just saved), from the query string."""
    reference, question = request.args.get("after", ""), request.args.get("after_question", "")
    return (reference[:12], question[:120]) if reference and question else None


@bp.get("/questionnaires/<slug>/review")
def review_queue(slug: str) -> str:
    """The next comment of this questionnaire this member has not reviewed, ready to accept or correct."""
    page = review_page(current_user, slug, after=_after())
    if page is None:
        abort(404)
    return render_template("admin/review.html", page=page)


def _return_to(value: str | None) -> str:
    return value if value in RETURN_TO else "queue"


@bp.get("/questionnaires/<slug>/review/<reference>")
def review_comment(slug: str, reference: str) -> str:
    """One comment of a response (`?question=key`, else its first coded answer), to accept or correct."""
    question = (request.args.get("question") or "")[:120] or None
    page = review_page(
        current_user, slug, reference, question, return_to=_return_to(request.args.get("return_to"))
    )
    if page is None:
        abort(404)
    return render_template("admin/review.html", page=page)


def _submitted(form: MultiDict[str, str]) -> SubmittedReview:
    """The review form as posted, cut to the sizes the page can send."""
    themes = [key[:120] for key in form.getlist("theme")[:MAX_THEMES]]
    return SubmittedReview(
        action=(form.get("action") or "")[:20],
        question=(form.get("question") or "")[:120],
        themes=themes,
        stances={key: (form.get(f"stance-{key}") or "")[:20] for key in themes},
        approved=[key[:120] for key in form.getlist("approve")[:MAX_THEMES]],
        sentiment=(form.get("sentiment") or "")[:20],
        risk_flag=form.get("risk_flag") == "yes",
        return_to=_return_to(form.get("return_to")),
    )


@bp.post("/questionnaires/<slug>/review/<reference>")
def review_save(slug: str, reference: str) -> Any:
    """Store this member's codes for one comment, then go on to the next comment (or back to the response)."""
    submitted = _submitted(request.form)
    outcome = submit_review(current_user, slug, reference, submitted)
    if outcome is None:
        abort(404)
    if outcome.page is not None:
        return render_template("admin/review.html", page=outcome.page), 400
    flash(f"Codes saved for response {outcome.reference}")
    if submitted.return_to == "response":
        url = url_for("admin.response", reference=outcome.reference, _anchor=f"review-{outcome.question}")
        return redirect(url)
    return redirect(
        url_for("admin.review_queue", slug=slug, after=outcome.reference, after_question=outcome.question)
    )
