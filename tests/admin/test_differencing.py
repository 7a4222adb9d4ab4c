"""Outputs made to be shared: small filtered groups, small complements and differencing are withheld.

docs/quality.md rules 14 (small numbers, filtered groups included) and 30 (differencing). The attack of
issue 14, finding 5: two analysis packs filtered by consecutive start dates (11 and 10 respondents)
differ by one person, whose answers the summaries then gave away; and the analysis page filtered to a
group of one showed quotes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import threading
import zipfile
from urllib.parse import urlencode

import openpyxl
import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Response, SharedOutputRelease, today
from feedback_app.questionnaires.links import create_link
from feedback_app.questionnaires.store import get_by_slug
from feedback_app.responses import sharing
from feedback_app.responses.filters import ResponseFilter
from feedback_app.responses.sharing import shared_output_gate, unpack_ids
from tests.admin.analysis_data import PATIENT, figures, patient_answers
from tests.admin.response_data import add_response
from tests.helpers import HANG_SECONDS

ANALYSIS = f"/admin/questionnaires/{PATIENT}/analysis"
PACK = f"/admin/questionnaires/{PATIENT}/analysis-pack.zip"
XLSX = f"/admin/questionnaires/{PATIENT}/responses.xlsx"
# The one person who answered on the first of the two start dates, in words nobody else uses.
VICTIM_GOOD = "The porter hummed sea shanties while wheeling me to the scanner"
VICTIM_BETTER = "The porter's sea shanties kept the whole ward awake"
WITHHELD_PACK = {"README.txt", "data_dictionary.csv", "codebooks/patient_experience.yaml"}


def url(base: str, **fields: object) -> str:
    """A team-area address with a filter in its query string."""
    return f"{base}?{urlencode(ResponseFilter(**fields).query_args())}"  # type: ignore[arg-type]


@pytest.fixture
def dates(app) -> tuple[dt.date, dt.date]:
    """Ten old responses, one person alone on D1, ten from D2 on: from D1 is 11, from D2 is 10."""
    d1 = today() - dt.timedelta(days=5)
    for n in range(10):
        add_response(app, PATIENT, patient_answers(f"Older visit {n}: the staff were kind"), days_ago=20)
    add_response(app, PATIENT, patient_answers(VICTIM_GOOD, VICTIM_BETTER, fft="very_poor"), on=d1)
    for n in range(10):
        add_response(app, PATIENT, patient_answers(f"Recent visit {n}: the nurse was kind"), days_ago=n % 4)
    return d1, d1 + dt.timedelta(days=1)


def pack_files(client, address: str) -> dict[str, str]:
    """The text of every file in an analysis pack (the PDF and PNG charts as bytes read as text)."""
    response = client.get(address)
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.data)) as pack:
        return {name: pack.read(name).decode("utf-8-sig", errors="replace") for name in pack.namelist()}


def release_count(app) -> int:
    """How many released groups are on record."""
    with app.app_context():
        return int(db.session.scalar(select(func.count(SharedOutputRelease.id))) or 0)


def assert_withheld_page(html: str, *private: str) -> None:
    """An analysis page with the reason, and no figure, chart, theme count or quote."""
    assert 'id="withheld"' in html
    assert figures(html) == []  # no table cell and no chart label at all
    assert "app-chart" not in html
    assert "What people said" not in html
    for text in private:
        assert text not in html


def test_packs_for_consecutive_start_dates_do_not_give_away_the_one_person_between(app, admin_client, dates):
    """The attack of finding 5: from D1 (11) then from D2 (10); the second pack is withheld."""
    d1, d2 = dates
    first = pack_files(admin_client, url(PACK, submitted_from=d1))
    assert "summaries/patient-experience-fft.csv" in first
    assert "Responses included: 11" in first["README.txt"]

    second = pack_files(admin_client, url(PACK, submitted_from=d2))
    # Nothing that could be subtracted from the first pack: no data, summary, theme or quote.
    assert set(second) == WITHHELD_PACK
    readme = second["README.txt"]
    assert "Withheld" in readme
    assert "differ by fewer than 5 respondents" in readme
    assert f"made on {today().isoformat()} with the filters submitted_from = {d1.isoformat()}" in readme
    assert "shant" not in "".join(second.values()).lower()
    # Asking again changes nothing, and the page for that filter is withheld the same way.
    assert set(pack_files(admin_client, url(PACK, submitted_from=d2))) == WITHHELD_PACK
    html = admin_client.get(url(ANALYSIS, submitted_from=d2)).get_data(as_text=True)
    assert_withheld_page(html, VICTIM_GOOD, VICTIM_BETTER)
    assert f"submitted_from = {d1.isoformat()}" in html


def test_the_page_then_the_xlsx_summary_is_caught_across_outputs(app, admin_client, dates):
    """Releases are shared by every output: the page for D2 first, then the XLSX summary for D1."""
    d1, d2 = dates
    html = admin_client.get(url(ANALYSIS, submitted_from=d2)).get_data(as_text=True)
    assert 'id="withheld"' not in html and figures(html)
    response = admin_client.get(url(XLSX, submitted_from=d1))
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.data), read_only=True)
    summary = [[cell for cell in row] for row in book["Summary"].iter_rows(values_only=True)]
    assert summary[1][1] == "Summary withheld"
    assert "differ by fewer than 5 respondents" in summary[2][1]
    assert not any(isinstance(cell, int) for row in summary for cell in row)
    # The Data sheet is the team's raw record, as in the CSV download: individual answers stay.
    data = list(book["Data"].iter_rows(values_only=True))
    assert len(data) == 12


def test_a_group_of_one_shows_no_quotes_or_summaries(app, admin_client, dates):
    with app.app_context():
        code = create_link(PATIENT, "Ward 9 kiosk", {"setting": "Ward 9"}).code
    add_response(app, PATIENT, patient_answers(VICTIM_GOOD, VICTIM_BETTER), link_code=code)
    response = admin_client.get(url(ANALYSIS, link=code))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert_withheld_page(html, VICTIM_GOOD, VICTIM_BETTER, "porter")
    assert "Fewer than 5 respondents match these filters" in html
    assert set(pack_files(admin_client, url(PACK, link=code))) == WITHHELD_PACK
    # The team still reads the response itself in the response browser, as before.
    browser = admin_client.get(f"/admin/responses?{urlencode({'link': code})}").get_data(as_text=True)
    assert "porter" in browser
    assert release_count(app) == 0


def test_a_group_whose_rest_is_small_is_withheld_but_the_whole_is_not(app, admin_client):
    """Everyone but one: the whole is always there, so whole minus group would be that one person."""
    add_response(app, PATIENT, patient_answers(VICTIM_GOOD, VICTIM_BETTER, fft="very_poor"), days_ago=30)
    for n in range(12):
        add_response(app, PATIENT, patient_answers(f"Visit {n}: the staff were kind"), days_ago=n % 3)
    whole = admin_client.get(ANALYSIS).get_data(as_text=True)
    assert 'id="withheld"' not in whole and figures(whole)
    html = admin_client.get(url(ANALYSIS, submitted_from=today() - dt.timedelta(days=10))).get_data(
        as_text=True
    )
    assert_withheld_page(html, VICTIM_GOOD, VICTIM_BETTER)
    assert "Fewer than 5 respondents fall outside these filters" in html


def test_the_same_filter_run_again_after_the_group_grew_is_the_same_output_updated(app, admin_client, dates):
    d1, _d2 = dates
    assert 'id="withheld"' not in admin_client.get(url(ANALYSIS, submitted_from=d1)).get_data(as_text=True)
    assert release_count(app) == 1
    # The same group again adds no record; one more response makes the same output, updated.
    admin_client.get(url(ANALYSIS, submitted_from=d1))
    assert release_count(app) == 1
    add_response(app, PATIENT, patient_answers("Another visit: the nurse was kind"))
    html = admin_client.get(url(ANALYSIS, submitted_from=d1)).get_data(as_text=True)
    assert 'id="withheld"' not in html and figures(html)
    with app.app_context():
        sizes = sorted(
            len(unpack_ids(blob)) for blob in db.session.scalars(select(SharedOutputRelease.response_ids))
        )
    assert sizes == [11, 12]


def test_two_concurrent_requests_cannot_both_pass(app, dates, monkeypatch):
    """From D1 and from D2 at once: whichever checks second sees the first's release and is withheld.

    Each request waits (bounded) for the other once it has read the group: without the lock both
    would read before either records and both pass; with it, the second cannot read until the first
    has committed.
    """
    d1, d2 = dates
    barrier = threading.Barrier(2, timeout=2)
    read_group = sharing._read_group

    def read_then_wait(*args):
        found = read_group(*args)
        # A broken barrier means the other request is waiting for the lock: the point of the test.
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        return found

    monkeypatch.setattr(sharing, "_read_group", read_then_wait)
    results: dict[dt.date, bool] = {}

    def request(start: dt.date) -> None:
        with app.app_context():
            questionnaire = get_by_slug(PATIENT)
            decision = shared_output_gate(questionnaire, ResponseFilter(PATIENT, submitted_from=start))
            results[start] = decision.allowed
            db.session.remove()

    threads = [threading.Thread(target=request, args=(start,)) for start in (d1, d2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=HANG_SECONDS)
    assert len(results) == 2
    assert sorted(results.values()) == [False, True]
    assert release_count(app) == 1


def test_one_person_on_one_side_is_caught_even_when_many_differ_on_the_other(app, admin_client):
    """A = the victim and ten others; B = the same ten and ten more. |A xor B| is 11, but A - B is one."""
    with app.app_context():
        code = create_link(PATIENT, "Outpatients", {"setting": "Outpatients"}).code
    d1 = today() - dt.timedelta(days=5)
    for n in range(10):
        add_response(app, PATIENT, patient_answers(f"Old visit {n}: kind staff"), days_ago=20, link_code=code)
    add_response(app, PATIENT, patient_answers(VICTIM_GOOD, VICTIM_BETTER, fft="very_poor"), on=d1)
    for n in range(10):
        add_response(
            app, PATIENT, patient_answers(f"New visit {n}: kind nurse"), days_ago=n % 4, link_code=code
        )
    for n in range(6):
        add_response(app, PATIENT, patient_answers(f"Walk-in {n}: quick"), days_ago=30)
    with app.app_context():
        questionnaire = get_by_slug(PATIENT)
        first = shared_output_gate(questionnaire, ResponseFilter(PATIENT, submitted_from=d1))
        assert first.allowed and first.respondents == 11
        second = shared_output_gate(questionnaire, ResponseFilter(PATIENT, link=code))
        assert second.respondents == 20
        assert not second.allowed
        assert f"with the filters submitted_from = {d1.isoformat()}" in second.withheld


def test_an_erased_response_is_no_difference(app, admin_client, dates):
    """From D1 (11), then the one person of D1 is erased: from D2 (10) is now the same group."""
    d1, d2 = dates
    assert 'id="withheld"' not in admin_client.get(url(ANALYSIS, submitted_from=d1)).get_data(as_text=True)
    with app.app_context():
        victim = db.session.scalar(select(Response).where(Response.submitted_on == d1))
        db.session.delete(victim)
        db.session.commit()
    html = admin_client.get(url(ANALYSIS, submitted_from=d2)).get_data(as_text=True)
    assert 'id="withheld"' not in html and figures(html)
