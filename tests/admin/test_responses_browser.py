"""The response browser and the single-response page: filters, search, pages, wording and escaping.

docs/quality.md rules 3 (signed in only; another questionnaire's reference gives 404) and 6 (answers
shown escaped).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import CollectionLink, today
from feedback_app.questionnaires.links import create_link
from feedback_app.questionnaires.store import load_definition
from feedback_app.responses.filters import like_pattern
from questionnaire_format.parser import parse_definition
from tests.admin.response_data import add_response
from tests.helpers import QUESTIONNAIRES

PATIENT = "patient-experience"
EVENT = "stakeholder-event"
PATIENT_TEXTS = ("percent", "digits", "underscore", "letters")
REFERENCE_RE = re.compile(r'/admin/responses/([A-Z0-9]+)"')


@pytest.fixture
def seeded(app):
    """A handful of responses across questionnaires, links, tags and dates, keyed by a name."""
    with app.app_context():
        leeds = create_link(
            EVENT,
            "Leeds showcase",
            {"event": "Showcase", "region": "north-east", "cohort": "spring-2026", "setting": "conference"},
        ).code
        bolton = create_link(EVENT, "Bolton workshop", {"event": "Workshop", "region": "north-west"}).code
    return {
        "kind": add_response(app, PATIENT, {"fft": "very_good", "what_was_good": "KIND staff who listened"}),
        "old": add_response(app, PATIENT, {"fft": "poor", "could_do_better": "Long waits"}, days_ago=40),
        "leeds": add_response(app, EVENT, {"went_well": "Hearing from apprentices"}, link_code=leeds),
        "bolton": add_response(
            app, EVENT, {"went_well": "Practical examples", "barriers": ["maths_english"]}, link_code=bolton
        ),
        "percent": add_response(app, PATIENT, {"anything_else": "50% of the time it was fine"}),
        "digits": add_response(app, PATIENT, {"anything_else": "5000 people attend"}),
        "underscore": add_response(app, PATIENT, {"anything_else": "my snake_case note"}),
        "letters": add_response(app, PATIENT, {"anything_else": "my snakeXcase note"}),
    }


def listed(client, query=""):
    """The references shown by the browser for a query string."""
    response = client.get(f"/admin/responses{query}")
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    return set(REFERENCE_RE.findall(response.get_data(as_text=True)))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"kind", "old", "leeds", "bolton", *PATIENT_TEXTS}),
        (f"?questionnaire={EVENT}", {"leeds", "bolton"}),
        (f"?questionnaire={PATIENT}&version=1", {"kind", "old", *PATIENT_TEXTS}),
        ("?version=2", set()),
        ("?region=north-east", {"leeds"}),
        ("?event=Workshop", {"bolton"}),
        ("?cohort=spring-2026&setting=conference", {"leeds"}),
        ("?search=kind+staff", {"kind"}),
        ("?search=50%25", {"percent"}),
        ("?search=e_c", {"underscore"}),
        ("?search=very_good", set()),
        ("?search=LISTENED&questionnaire=stakeholder-event", set()),
    ],
)
def test_filters_choose_the_responses(viewer_client, seeded, query, expected):
    """Each filter (and the free-text search, wildcards taken literally) narrows the list as asked."""
    assert listed(viewer_client, query) == {seeded[name] for name in expected}


def test_filter_by_link_and_dates(app, viewer_client, seeded):
    """A collection link, and a date range on the day each response was sent."""
    with app.app_context():
        leeds = db.session.scalar(select(CollectionLink.code).filter_by(name="Leeds showcase"))
    assert listed(viewer_client, f"?link={leeds}") == {seeded["leeds"]}
    day = today() - dt.timedelta(days=41)
    until = today() - dt.timedelta(days=39)
    query = (
        f"?submitted_from-day={day.day}&submitted_from-month={day.month}&submitted_from-year={day.year}"
        f"&submitted_to-day={until.day}&submitted_to-month={until.month}&submitted_to-year={until.year}"
    )
    assert listed(viewer_client, query) == {seeded["old"]}


def test_one_tag_spelled_two_ways_is_one_filter_choice(app, viewer_client, seeded):
    """Tags are typed by hand; the filter offers each value once and finds every spelling of it."""
    with app.app_context():
        wigan = create_link(EVENT, "Wigan workshop", {"event": "Workshop", "region": "North West"}).code
    wigan_response = add_response(app, EVENT, {"went_well": "The case studies"}, link_code=wigan)
    page = viewer_client.get("/admin/responses").get_data(as_text=True)
    region_select = re.search(r'<select[^>]*name="region".*?</select>', page, re.S)
    assert region_select is not None
    offered = re.findall(r'<option value="([^"]*)"', region_select.group(0))
    assert offered.count("north-west") + offered.count("North West") == 1
    for spelling in ("north-west", "North West", "NORTH WEST"):
        assert listed(viewer_client, f"?region={spelling.replace(' ', '+')}") == {
            seeded["bolton"],
            wigan_response,
        }


def test_a_region_filter_counts_the_respondents_own_answer_first(app, viewer_client):
    """As in the report's breakdowns: the answer to the region question, else the link's tag."""
    with app.app_context():
        north_west = create_link(EVENT, "Wigan workshop", {"region": "north-west"}).code
    answered = add_response(app, EVENT, {"region": "north_west"})
    via_link = add_response(app, EVENT, {"went_well": "Useful"}, link_code=north_west)
    answered_otherwise = add_response(app, EVENT, {"region": "north_east_yorkshire"}, link_code=north_west)
    assert listed(viewer_client, "?region=North+West") == {answered, via_link}
    assert listed(viewer_client, "?region=North+East+and+Yorkshire") == {answered_otherwise}
    # The questionnaire's own wording is offered even where no link carries it.
    page = viewer_client.get("/admin/responses").get_data(as_text=True)
    region_select = re.search(r'<select[^>]*name="region".*?</select>', page, re.S)
    assert region_select is not None
    offered = re.findall(r'<option value="([^"]*)"', region_select.group(0))
    assert {"North West", "North East and Yorkshire", "Elsewhere in England"} <= set(offered)
    assert "north-west" not in offered


def test_an_event_filter_counts_the_event_the_respondent_named_first(app, viewer_client):
    """The report's one rule for events too: the answer to the event question, else the link's tag."""
    with app.app_context():
        showcase = create_link(EVENT, "Showcase poster", {"event": "Mental health AP showcase"}).code
    named_other = add_response(app, EVENT, {"event_session": "levy_funding_workshop"}, link_code=showcase)
    via_link = add_response(app, EVENT, {"went_well": "Useful"}, link_code=showcase)
    assert listed(viewer_client, "?event=Mental+health+AP+showcase") == {via_link}
    assert listed(viewer_client, "?event=Apprenticeship+levy+and+funding+workshop") == {named_other}


@pytest.mark.parametrize("query", ["?region=%00", "?event=a%00b", "?search=%00", "?cohort=x&setting=%00"])
def test_nul_bytes_in_filters_are_refused_clearly(viewer_client, seeded, query):
    """PostgreSQL cannot take a NUL byte in a query parameter: a clear 400, on either database."""
    for path in ("/admin/responses", "/admin/questionnaires/patient-experience/analysis"):
        response = viewer_client.get(path + query)
        assert response.status_code == 400
        assert "characters that are not allowed" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [("50%", "%50\\%%"), ("a_b", "%a\\_b%"), ("back\\slash", "%back\\\\slash%"), ("plain", "%plain%")],
)
def test_like_pattern_escapes_wildcards(text, pattern):
    """% and _ typed into the search are literal characters, not wildcards."""
    assert like_pattern(text) == pattern


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?version=two", "Enter the version as a number"),
        ("?questionnaire=no-such-thing", "Not a valid choice"),
        ("?link=zzzzzz", "Not a valid choice"),
        ("?submitted_from-day=31&submitted_from-month=2&submitted_from-year=2026", "must be a real date"),
        (
            "?submitted_from-day=2&submitted_from-month=3&submitted_from-year=2026"
            "&submitted_to-day=1&submitted_to-month=3&submitted_to-year=2026",
            "Sent on or before must be after",
        ),
        ("?search=" + "x" * 201, "200 characters or fewer"),
    ],
)
def test_bad_filters_are_explained(viewer_client, seeded, query, message):
    """A filter that cannot be read shows an error summary and lists nothing."""
    response = viewer_client.get(f"/admin/responses{query}")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: " in html and "There is a problem" in html and message in html
    assert not REFERENCE_RE.findall(html)


def test_pages_of_fifty_keep_the_filters(app, viewer_client):
    """120 responses make three pages; the page links keep the filter; a page past the end shows the last."""
    references = [add_response(app, PATIENT, {"fft": "good"}) for _ in range(120)]
    first = viewer_client.get(f"/admin/responses?questionnaire={PATIENT}").get_data(as_text=True)
    assert len(REFERENCE_RE.findall(first)) == 50
    assert "Responses 1 to 50 of 120" in first
    assert f"questionnaire={PATIENT}" in re.search(r'href="([^"]*page=2[^"]*)"', first).group(1)
    seen = set()
    for page in (1, 2, 3):
        seen |= listed(viewer_client, f"?questionnaire={PATIENT}&page={page}")
    assert seen == set(references)
    assert listed(viewer_client, f"?questionnaire={PATIENT}&page=99") == listed(
        viewer_client, f"?questionnaire={PATIENT}&page=3"
    )
    assert len(listed(viewer_client, f"?questionnaire={PATIENT}&page=nonsense")) == 50


def test_one_response_in_words(app, viewer_client):
    """Every question with its wording and the label chosen, never the stored code."""
    reference = add_response(
        app,
        EVENT,
        {
            "session_ratings.useful": "strongly_agree",
            "likelihood_take_up": "8",
            "barriers": ["maths_english", "other"],
            "barriers_other": "Parking",
            "went_well": "Line one\nLine two",
        },
    )
    html = viewer_client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    assert f"Response {reference}" in html
    assert "Strongly agree" in html and "strongly_agree" not in html
    assert "Parking" in html and "Other" in html
    assert ">8<" in html.replace("\n", "").replace(" ", "")
    assert "Not answered" in html


def test_wording_comes_from_the_version_answered(app, viewer_client):
    """After a new version rewords a question, old responses keep the old wording, new ones the new."""
    before = add_response(app, PATIENT, {"fft": "good", "what_was_good": "Tea"})
    text = (QUESTIONNAIRES / f"{PATIENT}.yaml").read_text(encoding="utf-8")
    assert "What was good?" in text
    with app.app_context():
        outcome = load_definition(parse_definition(text.replace("What was good?", "What went well for you?")))
    assert outcome.action == "new version"
    after = add_response(app, PATIENT, {"fft": "good", "what_was_good": "Biscuits"})
    old_page = viewer_client.get(f"/admin/responses/{before}").get_data(as_text=True)
    new_page = viewer_client.get(f"/admin/responses/{after}").get_data(as_text=True)
    assert "What was good?" in old_page and "What went well for you?" not in old_page
    assert "What went well for you?" in new_page and "version 2" in new_page
    assert listed(viewer_client, f"?questionnaire={PATIENT}&version=2") == {after}


def test_answers_are_escaped_everywhere(app, viewer_client):
    """Markup typed into an answer is shown as text in the list and on the response's page."""
    reference = add_response(app, PATIENT, {"what_was_good": "<script>alert(1)</script><b>bold</b>"})
    for url in ("/admin/responses", f"/admin/responses/{reference}", "/admin/responses?search=%3Cscript"):
        html = viewer_client.get(url).get_data(as_text=True)
        assert "<script>alert(1)" not in html and "<b>bold</b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_another_questionnaires_reference_gives_404(app, viewer_client, seeded):
    """A questionnaire-scoped address with a reference of another questionnaire is not found."""
    own = viewer_client.get(f"/admin/questionnaires/{EVENT}/responses/{seeded['leeds']}")
    assert own.status_code == 200
    other = viewer_client.get(f"/admin/questionnaires/{PATIENT}/responses/{seeded['leeds']}")
    assert other.status_code == 404
    assert "Hearing from apprentices" not in other.get_data(as_text=True)
    assert viewer_client.get("/admin/responses/NOSUCHREF").status_code == 404


def test_viewers_see_no_delete_form(viewer_client, admin_client, seeded):
    """Only admins are offered the delete form."""
    url = f"/admin/responses/{seeded['kind']}"
    assert "Delete response" not in viewer_client.get(url).get_data(as_text=True)
    assert "Delete response" in admin_client.get(url).get_data(as_text=True)


def test_filter_form_escapes_link_names_tags_and_search_words(app, viewer_client):
    """Link names and tag values in the filter's lists, and the words searched for, are shown as text."""
    with app.app_context():
        create_link(EVENT, "<script>alert(1)</script>", {"event": '"><b>event</b>', "region": "<i>r</i>"})
    html = viewer_client.get('/admin/responses?search="><script>alert(2)</script>').get_data(as_text=True)
    assert "<script>alert(" not in html and "<b>event" not in html and "<i>r" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
