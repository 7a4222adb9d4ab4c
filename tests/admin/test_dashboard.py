"""The team dashboard: status words, response counts, per-link counts, the weekly chart and the FFT.

docs/quality.md rules 3 (signed in only) and 14 (the FFT is suppressed under the threshold).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from sqlalchemy import event, select

from feedback_app.extensions import db
from feedback_app.insights.dashboard import CHART_WEEKS, dashboard_rows, week_spans
from feedback_app.models import Answer, CollectionLink, Questionnaire, Response, today
from feedback_app.questionnaires.links import create_link
from feedback_app.questionnaires.store import current_version
from feedback_app.responses.submission import new_reference, new_token
from tests.helpers import answer_patient

PATIENT = "patient-experience"


def add_responses(app, slug, days_ago, link_code=None, fft="very_good"):
    """Store responses submitted the given numbers of days ago (one per entry), with an FFT answer."""
    with app.app_context():
        questionnaire = db.session.scalar(select(Questionnaire).filter_by(slug=slug))
        version = current_version(questionnaire)
        link = db.session.scalar(select(CollectionLink).filter_by(code=link_code)) if link_code else None
        for days in days_ago:
            response = Response(
                questionnaire_id=questionnaire.id,
                version_id=version.id,
                link_id=link.id if link else None,
                submission_token=new_token(),
                reference=new_reference(),
                submitted_on=today() - dt.timedelta(days=days),
                tags=dict(link.tags) if link else {},
            )
            response.answers = [Answer(question_key="fft", value=fft)] if slug == PATIENT else []
            db.session.add(response)
        db.session.commit()


def patient_row(app, on=None):
    """The patient questionnaire's dashboard row."""
    with app.app_context():
        rows = {row.questionnaire.slug: row for row in dashboard_rows(on)}
        return rows[PATIENT]


def set_questionnaire(app, **settings):
    """Change the patient questionnaire's settings directly."""
    with app.app_context():
        questionnaire = db.session.scalar(select(Questionnaire).filter_by(slug=PATIENT))
        for name, value in settings.items():
            setattr(questionnaire, name, value)
        db.session.commit()


def test_counts_total_today_and_last_7_days(app):
    """Responses are counted by the date they were sent; older than 6 days is not "last 7 days"."""
    add_responses(app, PATIENT, [0, 0, 3, 6, 7, 30, 200])
    add_responses(app, "stakeholder-event", [0])
    row = patient_row(app)
    assert (row.total, row.today, row.last_7_days) == (7, 2, 4)


def test_weekly_counts_cover_the_last_12_weeks(app):
    """Twelve seven-day spans ending today; responses before them are left out of the chart."""
    add_responses(app, PATIENT, [0, 6, 7, 13, 14, 83, 84, 400])
    row = patient_row(app)
    assert len(row.weeks) == CHART_WEEKS
    assert row.weeks[-1].end == today() and row.weeks[0].start == today() - dt.timedelta(days=83)
    counts = [week.count for week in row.weeks]
    assert counts[-1] == 2 and counts[-2] == 2 and counts[-3] == 1 and counts[0] == 1
    assert sum(counts) == 6 and row.weeks_total == 6
    # The last bar is the same figure as "last 7 days".
    assert counts[-1] == row.last_7_days


def test_bars_scale_to_the_busiest_week(app):
    """The tallest bar fills the chart; an empty week has no height; bars do not overlap."""
    add_responses(app, PATIENT, [0, 0, 0, 0, 7, 7])
    weeks = patient_row(app).weeks
    tallest = max(weeks, key=lambda week: week.count)
    half = weeks[-2]
    assert tallest.height > 0 and half.height == round(tallest.height / 2)
    assert all(week.height == 0 for week in weeks if week.count == 0)
    assert all(a.x + a.width < b.x for a, b in itertools.pairwise(weeks))


def test_week_spans_are_contiguous():
    """No day is counted twice or missed between spans."""
    spans = week_spans(dt.date(2026, 3, 1))
    assert spans[-1][1] == dt.date(2026, 3, 1)
    assert all(b[0] - a[1] == dt.timedelta(days=1) for a, b in itertools.pairwise(spans))


def test_counts_per_collection_link(app):
    """Each link's responses are counted; the rest are "not through a collection link"."""
    with app.app_context():
        ward = create_link(PATIENT, "Ward 5").code
        clinic = create_link(PATIENT, "Clinic").code
        create_link("stakeholder-event", "Leeds showcase")
    add_responses(app, PATIENT, [0, 1], link_code=ward)
    add_responses(app, PATIENT, [2], link_code=clinic)
    add_responses(app, PATIENT, [3, 4, 5])
    row = patient_row(app)
    assert {item.link.name: item.total for item in row.links} == {"Clinic": 1, "Ward 5": 2}
    assert row.without_link == 3


@pytest.mark.parametrize(
    ("settings", "responses", "status"),
    [
        ({}, 0, "Open"),
        ({"is_open": False}, 0, "Closed"),
        ({"opens_on": dt.date(2099, 5, 1)}, 0, "Opening on 1 May 2099"),
        ({"closes_on": dt.date(2099, 5, 2)}, 0, "Open, closing on 2 May 2099"),
        ({"closes_on": dt.date(2020, 1, 31)}, 0, "Closed on 31 January 2020"),
        ({"max_responses": 2}, 2, "Full: the response cap is reached"),
        ({"max_responses": 3}, 2, "Open"),
    ],
    ids=["open", "closed", "opening", "closing", "closed-on", "full", "under-cap"],
)
def test_status_in_words(app, settings, responses, status):
    """Open, closed, opening on DATE, closing on DATE and full, as the team reads them."""
    set_questionnaire(app, **settings)
    add_responses(app, PATIENT, [0] * responses)
    assert patient_row(app).status.text == status


def test_the_dashboard_uses_a_fixed_number_of_queries(app):
    """Grouped counts: more questionnaires' links and responses do not mean more queries (no N+1)."""

    def queries():
        statements = []

        def count(*_args):
            statements.append(1)

        with app.app_context():
            event.listen(db.engine, "before_cursor_execute", count)
            try:
                dashboard_rows()
            finally:
                event.remove(db.engine, "before_cursor_execute", count)
            db.session.remove()
        return len(statements)

    with app.app_context():
        ward = create_link(PATIENT, "Ward 5").code
    add_responses(app, PATIENT, [0, 1], link_code=ward)
    few = queries()
    with app.app_context():
        for n in range(6):
            create_link(PATIENT, f"Ward {n}", max_responses=50)
            create_link("apprentice-survey", f"Cohort {n}")
    set_questionnaire(app, max_responses=100)
    add_responses(app, PATIENT, [2, 3, 4], link_code=ward)
    add_responses(app, "apprentice-survey", [1, 2])
    assert queries() == few


def test_the_page_shows_counts_chart_and_table(app, admin_client):
    """The page has every figure, an accessible SVG chart, and the same numbers in a table."""
    with app.app_context():
        ward = create_link(PATIENT, "Ward 5 <b>drop-in</b>").code
    add_responses(app, PATIENT, [0, 2], link_code=ward)
    add_responses(app, PATIENT, [8])
    html = admin_client.get("/admin/").get_data(as_text=True)
    section = html.split('id="q-patient-experience"')[1].split("</section>")[0]
    assert re.search(r"Responses in total</dt>\s*<dd[^>]*>3</dd>", section)
    assert re.search(r"Today</dt>\s*<dd[^>]*>1</dd>", section)
    assert re.search(r"Last 7 days</dt>\s*<dd[^>]*>2</dd>", section)
    assert (
        'role="img" aria-labelledby="chart-patient-experience-title chart-patient-experience-desc"' in section
    )
    assert '<title id="chart-patient-experience-title">Bar chart: responses per week' in section
    assert section.count('class="app-chart__bar"') == CHART_WEEKS
    assert "Responses per week as a table" in section
    first, last = week_spans(today())[-1]
    assert re.search(rf"{first.day} {first:%B %Y} to {last.day} {last:%B %Y}</th><td[^>]*>2</td>", section)
    # Link names are shown escaped, with their counts and a link to the link's page.
    assert "Ward 5 &lt;b&gt;drop-in&lt;/b&gt;" in section and "<b>drop-in</b>" not in section
    assert f"/admin/questionnaires/patient-experience/links/{ward}" in section
    assert re.search(r"Not through a collection link.*?<span>1</span></td>", section, re.S)


def test_viewers_see_the_dashboard_and_visitors_do_not(app, viewer_client, client):
    """Rule 3: both roles see it; an anonymous visitor is sent to sign in and sees no figures."""
    answer_patient(app.test_client())
    assert "Tell us about your care" in viewer_client.get("/admin/").get_data(as_text=True)
    response = client.get("/admin/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/admin/sign-in")
    assert "Tell us about your care" not in response.get_data(as_text=True)


def test_real_submissions_are_counted(app, admin_client):
    """End to end: a respondent's submission shows on the dashboard the same day."""
    assert answer_patient(app.test_client()).status_code == 303
    assert patient_row(app).today == 1


def test_fft_score_is_suppressed_under_five_answers(app, admin_client):
    """Three FFT answers: no percentage on the dashboard, only * (NHS England publishes none)."""
    add_responses(app, PATIENT, [0, 1, 2])
    row = patient_row(app)
    assert row.fft is not None and row.fft.suppressed and row.fft.positive is None
    page = admin_client.get("/admin/").get_data(as_text=True)
    assert "Friends and Family Test, % positive" in page and "fewer than 5 answers" in page


def test_fft_score_counts_dont_know_in_the_denominator(app, admin_client):
    """8 positive of 10 answers (one "don't know") is 80.0%, with its Wilson 95% interval."""
    add_responses(app, PATIENT, [0] * 5, fft="very_good")
    add_responses(app, PATIENT, [0] * 3, fft="good")
    add_responses(app, PATIENT, [0], fft="poor")
    add_responses(app, PATIENT, [0], fft="dont_know")
    row = patient_row(app)
    assert row.fft.responses == 10 and row.fft.positive == pytest.approx(80.0)
    assert row.fft.low == pytest.approx(49.02, abs=0.01) and row.fft.high == pytest.approx(94.33, abs=0.01)
    page = admin_client.get("/admin/").get_data(as_text=True)
    assert "80.0% (95% interval 49.0% to 94.3%) of 10 answers" in page


def test_questionnaires_without_fft_show_no_score(app):
    with app.app_context():
        rows = {row.questionnaire.slug: row for row in dashboard_rows()}
    assert rows["stakeholder-event"].fft is None and rows[PATIENT].fft.responses == 0


def test_the_dashboard_and_the_links_list_give_each_links_response_rate(app, viewer_client):
    """A link with an expected number shows its rate; one without says the number is not recorded."""
    with app.app_context():
        ward = create_link(PATIENT, "Ward 5", expected_responses=8).code
        create_link(PATIENT, "Clinic")
    add_responses(app, PATIENT, [0, 1, 2], link_code=ward)
    assert [item.response_rate for item in patient_row(app).links] == ["", "37.5"]
    for url in ("/admin/", "/admin/links"):
        html = viewer_client.get(url).get_data(as_text=True)
        assert "37.5% of 8" in html and "Not recorded" in html, url
