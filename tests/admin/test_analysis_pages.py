"""The analysis page of the team area, and the risk-flagged comments as it and the queue show them.

docs/quality.md rules 3 (signed in, no data to anyone else, another questionnaire's objects give 404),
6 (typed script shown escaped) and 14 (every summary on screen suppresses counts of 1 to 4).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.models import AuditEvent, FlaggedComment, Response
from feedback_app.questionnaires.links import create_link
from tests.admin.analysis_data import (
    FORMULA,
    PATIENT,
    SCRIPT,
    SELF_HARM,
    SMALL_COUNTS,
    figures,
    patient_answers,
    table_html,
)
from tests.admin.response_data import add_response
from tests.helpers import VIEWER


def first_flag_id(app):
    """The id of the first flagged comment stored."""
    with app.app_context():
        return db.session.scalar(select(FlaggedComment.id).order_by(FlaggedComment.id))


PAGES = (
    f"/admin/questionnaires/{PATIENT}/analysis",
    f"/admin/questionnaires/{PATIENT}/flagged",
    "/admin/analysis",
)


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_is_sent_to_sign_in_and_sees_no_data(app, client, url):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/sign-in" in response.headers["Location"]
    body = response.get_data(as_text=True)
    assert SELF_HARM not in body
    assert "Analysis" not in body


def test_viewer_sees_the_engines_figures_themes_and_charts(app, viewer_client):
    with app.app_context():
        seed_demo(responses=30, seed=4)
    response = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Friends and Family Test" in html
    assert "themes in comments" in html
    assert "Net sentiment (−1 to +1)" in html  # sentiment per theme
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" role="img"' in html
    assert "<title id=" in html and "<desc id=" in html
    assert '<th scope="col"' in html and 'scope="row"' in html
    assert "<caption" in html
    assert f'href="/admin/questionnaires/{PATIENT}/flagged"' in html
    # The other audiences' sections are not this questionnaire's business.
    assert "Apprentice experience and barriers" not in html
    index = viewer_client.get("/admin/analysis").get_data(as_text=True)
    assert f"/admin/questionnaires/{PATIENT}/analysis" in index


def test_the_page_has_contents_linking_every_part_and_folds_the_method_away(app, viewer_client):
    with app.app_context():
        seed_demo(responses=30, seed=4)
    html = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis").get_data(as_text=True)
    nav = html[html.index('aria-label="Contents of this analysis"') :]
    nav = nav[: nav.index("</nav>")]
    anchors = re.findall(r'href="#([^"]+)"', nav)
    # The findings lead, as in the report; the method comes last.
    assert anchors[:4] == ["executive-summary", "findings", "went-well", "recommendations"]
    assert anchors[-3:] == ["team-review", "downloads", "method-details"]
    assert html.index('id="executive-summary"') < html.index('id="who-responded"')
    for anchor in anchors:
        assert f'id="{anchor}"' in html, anchor
    # The method and the log of hidden figures sit in a closed details element after everything else.
    details = html[html.index('<details class="nhsuk-details" id="method-details">') :]
    assert "<details" not in details[len("<details") :].split("</details>")[0]
    assert 'id="method"' in details
    assert "What was hidden" in details or "No figure needed hiding" in details
    assert html.index('id="method-details"') > html.index('id="downloads"')
    # Unfiltered, the filter form is folded too; a filter applied opens it.
    assert re.search(r'<details class="nhsuk-details" id="choose-responses"\s*>', html)
    filtered = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis?region=North+West").get_data(
        as_text=True
    )
    assert re.search(r'<details class="nhsuk-details" id="choose-responses" open>', filtered)


@pytest.mark.parametrize("page", ["analysis", "flagged", "analysis-pack.zip"])
def test_unknown_questionnaire_is_404(viewer_client, page):
    assert viewer_client.get(f"/admin/questionnaires/no-such-thing/{page}").status_code == 404


def test_three_responses_show_no_small_count(app, viewer_client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    add_response(app, PATIENT, patient_answers("The staff listened to me and were kind"))
    add_response(app, PATIENT, patient_answers("Clean ward and good food", fft="good"))
    html = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis").get_data(as_text=True)
    shown = figures(html)
    assert "*" in shown
    assert not SMALL_COUNTS & set(shown), sorted(SMALL_COUNTS & set(shown))
    assert "3 responses" not in html
    # One flagged comment of three: its count is hidden like every other.
    assert "bullying of staff): <strong>*</strong>" in html


def _total(html: str) -> str:
    """The all-questionnaires total in the page's responses-by-questionnaire table."""
    cells = figures(table_html(html, "responses-by-questionnaire") + "</table>")
    return cells[-1]


def test_filters_change_the_numbers(app, viewer_client):
    with app.app_context():
        north = create_link(PATIENT, "North groups", {"region": "north-west", "event": "Spring groups"}).code
        east = create_link(PATIENT, "East groups", {"region": "north-east-yorkshire"}).code
    for index in range(6):
        add_response(app, PATIENT, patient_answers(f"Helpful group number {index}"), link_code=north)
    for index in range(9):
        add_response(app, PATIENT, patient_answers(f"Kind staff {index}"), link_code=east, days_ago=40)
    url = f"/admin/questionnaires/{PATIENT}/analysis"
    assert _total(viewer_client.get(url).get_data(as_text=True)) == "15"
    assert _total(viewer_client.get(f"{url}?region=north-west").get_data(as_text=True)) == "6"
    assert _total(viewer_client.get(f"{url}?event=Spring+groups").get_data(as_text=True)) == "6"
    assert _total(viewer_client.get(f"{url}?link={east}").get_data(as_text=True)) == "9"
    start = dt.date.today() - dt.timedelta(days=20)
    dates = (
        f"submitted_from-day={start.day}&submitted_from-month={start.month}&submitted_from-year={start.year}"
    )
    assert _total(viewer_client.get(f"{url}?{dates}").get_data(as_text=True)) == "6"
    assert _total(viewer_client.get(f"{url}?{dates}&link={east}").get_data(as_text=True)) == "0"


def test_a_bad_date_shows_the_error_and_no_figures(viewer_client):
    response = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis?submitted_from-day=40")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "There is a problem" in html
    assert "responses-by-questionnaire" not in html


def test_hostile_text_is_escaped_on_the_page_and_the_flagged_list(app, viewer_client):
    with app.app_context():
        code = create_link(PATIENT, "Hostile", {"event": SCRIPT, "region": FORMULA}).code
    for _ in range(5):
        add_response(
            app, PATIENT, patient_answers(f"{SCRIPT} {FORMULA}", f"{SELF_HARM} {SCRIPT}"), link_code=code
        )
    page = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis?event={SCRIPT}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html
    flagged = viewer_client.get(f"/admin/questionnaires/{PATIENT}/flagged").get_data(as_text=True)
    assert "5 flagged comments" in flagged and SCRIPT not in flagged
    flag = viewer_client.get(f"/admin/flagged/{first_flag_id(app)}").get_data(as_text=True)
    assert f"{SELF_HARM} &lt;script&gt;alert(1)&lt;/script&gt;" in flag
    assert SCRIPT not in flag


def test_flagged_comments_are_listed_and_read_in_full_and_never_quoted(app, viewer_client):
    with app.app_context():
        seed_demo(responses=25, seed=7)
    reference = add_response(app, PATIENT, patient_answers(SELF_HARM))
    flagged = viewer_client.get(f"/admin/questionnaires/{PATIENT}/flagged")
    assert flagged.status_code == 200
    with app.app_context():
        flag_id = db.session.scalar(
            select(FlaggedComment.id).join(Response).where(Response.reference == reference)
        )
    assert f'href="/admin/flagged/{flag_id}"' in flagged.get_data(as_text=True)
    html = viewer_client.get(f"/admin/flagged/{flag_id}").get_data(as_text=True)
    assert SELF_HARM in html
    assert f'href="/admin/responses/{reference}"' in html
    assert "What was good?" in html
    assert viewer_client.get(f"/admin/responses/{reference}").status_code == 200
    analysis = viewer_client.get(f"/admin/questionnaires/{PATIENT}/analysis").get_data(as_text=True)
    assert "What people said" in analysis  # quotes are shown, but never this one
    assert SELF_HARM not in analysis


def test_flagged_list_holds_only_its_own_questionnaire(app, viewer_client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    other = viewer_client.get("/admin/questionnaires/stakeholder-event/flagged")
    assert other.status_code == 200
    assert SELF_HARM not in other.get_data(as_text=True)
    assert "No comment is flagged" in other.get_data(as_text=True)


def test_response_view_shows_themes_rules_sentiment_and_risk_beside_each_comment(app, viewer_client):
    reference = add_response(
        app, PATIENT, patient_answers("The ward was clean and the food was good", f"{SELF_HARM} {SCRIPT}")
    )
    html = viewer_client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    assert "Themes (patient experience codebook): " in html
    assert "Cleanliness" in html
    assert 'Matched by: <span class="app-break">cleanliness=phrase:clean' in html
    assert "Sentiment: positive (+" in html
    assert "flagged as a possible disclosure of risk" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html


def test_a_questionnaire_without_responses_has_an_empty_analysis(viewer_client):
    response = viewer_client.get("/admin/questionnaires/apprentice-survey/analysis")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "No free-text answers to code." in html
    assert "bullying of staff): <strong>0</strong>" in html


def test_reading_flagged_comments_and_a_response_is_audited_without_their_text(app, viewer_client):
    """Who read a disclosure, and which response they opened, is on record; the words are not."""
    reference = add_response(app, PATIENT, patient_answers(SELF_HARM))
    flag_id = first_flag_id(app)
    assert viewer_client.get(f"/admin/questionnaires/{PATIENT}/flagged").status_code == 200
    assert viewer_client.get(f"/admin/flagged/{flag_id}").status_code == 200
    assert viewer_client.get(f"/admin/responses/{reference}").status_code == 200
    assert viewer_client.get("/admin/responses/NOSUCHREF").status_code == 404
    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent).where(
                AuditEvent.action.in_(["flagged comments listed", "flagged comment read", "response read"])
            )
        ).all()
    read = {(event.action, event.target, event.actor) for event in events}
    assert read == {
        ("flagged comments listed", PATIENT, VIEWER[0]),
        ("flagged comment read", f"flag {flag_id}", VIEWER[0]),
        ("response read", reference, VIEWER[0]),
    }
    for event in events:
        assert SELF_HARM not in str(event.detail)
    listed = next(event for event in events if event.action == "flagged comments listed")
    assert listed.detail == {"status": "all", "shown": 1}


def test_response_rates_are_given_only_for_whole_links(app, viewer_client):
    """A link's rate on the page; none once a date range keeps only part of the link's responses."""
    with app.app_context():
        north = create_link(PATIENT, "North groups", {"region": "north-west"}, expected_responses=20).code
        create_link(PATIENT, "East groups", {"region": "north-east-yorkshire"})
    for index in range(6):
        add_response(app, PATIENT, patient_answers(f"Helpful group number {index}"), link_code=north)
    for index in range(5):  # five more, so the date filter's output is not withheld (rule 30)
        add_response(app, PATIENT, patient_answers(f"Kind staff {index}"), link_code=north, days_ago=40)
    url = f"/admin/questionnaires/{PATIENT}/analysis"
    html = viewer_client.get(url).get_data(as_text=True)
    assert "Response rates by collection link" in html
    assert "55.0% response rate, 11 of the 20 people expected through the link" in html
    assert "55.0% response rate" in viewer_client.get(f"{url}?link={north}").get_data(as_text=True)
    start = dt.date.today() - dt.timedelta(days=20)
    dates = (
        f"submitted_from-day={start.day}&submitted_from-month={start.month}&submitted_from-year={start.year}"
    )
    filtered = viewer_client.get(f"{url}?{dates}").get_data(as_text=True)
    assert "% response rate" not in filtered and "Response rates by collection link" not in filtered
    assert "Response rates cannot be given" in filtered
