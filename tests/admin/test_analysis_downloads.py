"""The lessons-learnt report (HTML, Word, PDF) and the analysis pack ZIP of the team area.

docs/quality.md rules 3 (signed in), 6 (script escaped in reports), 8 (attachment, no-store, every CSV
cell neutralised), 11 and the audit log (who, what, filters, never answer text) and 14 (suppression).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from sqlalchemy import select

from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.models import AuditEvent
from feedback_app.questionnaires.links import create_link
from tests.admin.analysis_data import CONTACT, FORMULA, PATIENT, SCRIPT, SELF_HARM, patient_answers
from tests.admin.response_data import FORMULA_STARTS, HOSTILE, add_response
from tests.helpers import VIEWER

PACK = f"/admin/questionnaires/{PATIENT}/analysis-pack.zip"
PACK_NAME_RE = re.compile(rf'^attachment; filename="{PATIENT}-analysis-pack-\d{{4}}-\d{{2}}-\d{{2}}\.zip"$')
REPORT_NAME_RE = re.compile(
    r'^attachment; filename="lessons-learnt-report-[a-z-]+-\d{4}-\d{2}-\d{2}\.(html|docx|pdf)"$'
)
PACK_FILES = {
    "README.txt",
    "data.csv",
    "data_dictionary.csv",
    "theme_assignments.csv",
    "suppression_log.csv",
    "codebooks/patient_experience.yaml",
    "summaries/responses-by-questionnaire.csv",
    "summaries/patient-experience-fft.csv",
    "summaries/patient-experience-themes.csv",
    "summaries/comments-coded-and-flagged.csv",
}
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")


@pytest.fixture
def hostile(app):
    """Patient responses with script, formulas and contact details typed into answers and link tags."""
    with app.app_context():
        seed_demo(responses=20, seed=11)
        code = create_link(PATIENT, "Hostile", {"event": SCRIPT, "region": FORMULA}).code
    for text in HOSTILE:
        add_response(
            app, PATIENT, patient_answers(f"{text} the staff were kind", f"{text} {CONTACT}"), link_code=code
        )
    add_response(app, PATIENT, patient_answers(SELF_HARM), link_code=code)
    return code


def fetch(client, url):
    """Download a file; check the download headers; return the response."""
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    return response


def csv_rows(body: bytes) -> list[list[str]]:
    """Rows as a spreadsheet program reads them (UTF-8, with or without a byte-order mark)."""
    text = body.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def unsafe_cells(rows: list[list[str]]) -> list[str]:
    """Cells a spreadsheet would run as a formula."""
    return [
        cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS) and not NUMBER_RE.match(cell)
    ]


@pytest.mark.parametrize("url", [PACK, "/admin/report.html", "/admin/report.docx"])
def test_anonymous_is_sent_to_sign_in_and_gets_no_file(app, client, url):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/sign-in" in response.headers["Location"]
    assert "Content-Disposition" not in response.headers
    assert SELF_HARM not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/questionnaires/no-such-thing/analysis-pack.zip",
        "/admin/report.html?questionnaire=no-such-thing",
        "/admin/report.xlsx",
    ],
)
def test_unknown_questionnaire_or_format_is_404(viewer_client, url):
    assert viewer_client.get(url).status_code == 404


def test_pack_holds_every_file_all_formula_safe(app, viewer_client, hostile):
    response = fetch(viewer_client, PACK)
    assert PACK_NAME_RE.match(response.headers["Content-Disposition"])
    assert response.mimetype == "application/zip"
    pack = zipfile.ZipFile(io.BytesIO(response.get_data()))
    names = set(pack.namelist())
    assert names >= PACK_FILES, sorted(PACK_FILES - names)
    csv_names = [name for name in names if name.endswith(".csv")]
    assert len(csv_names) > 8
    for name in csv_names:
        rows = csv_rows(pack.read(name))
        assert rows, name
        assert not unsafe_cells(rows), (name, unsafe_cells(rows)[:3])
    data = csv_rows(pack.read("data.csv"))
    assert len(data) == 1 + 20 + len(HOSTILE) + 1
    assert any(cell == "'" + FORMULA + " the staff were kind" for row in data for cell in row)
    dictionary = csv_rows(pack.read("data_dictionary.csv"))
    assert dictionary[0] == ["key", "question", "type", "codes and labels"]
    fft = next(row for row in dictionary if row[0] == "fft")
    assert fft[2] == "fft" and "very_good = Very good" in fft[3]
    assert "version" in pack.read("codebooks/patient_experience.yaml").decode()
    event_rows = csv_rows(pack.read("summaries/responses-by-event.csv"))
    assert any(row[0] == SCRIPT for row in event_rows)


@pytest.mark.pdf
def test_pack_holds_the_pdf_and_every_chart_for_slides(viewer_client, hostile):
    from PIL import Image
    from pypdf import PdfReader

    pack = zipfile.ZipFile(io.BytesIO(fetch(viewer_client, PACK).get_data()))
    names = set(pack.namelist())
    pdf = PdfReader(io.BytesIO(pack.read("report.pdf")))
    assert round(float(pdf.pages[0].mediabox.width) * 25.4 / 72) == 210
    title, sections = pdf.outline[0], pdf.outline[1]
    assert title.title.startswith("Tell us about your care")
    assert "Who responded" in [item.title for item in sections if not isinstance(item, list)]
    charts = sorted(name for name in names if name.startswith("charts/"))
    stems = {name.rsplit(".", 1)[0] for name in charts}
    assert stems and len(charts) == 3 * len(stems)
    assert all(re.fullmatch(r"charts/[a-z0-9-]+\.(png|svg|csv)", name) for name in charts)
    for stem in stems:
        assert Image.open(io.BytesIO(pack.read(f"{stem}.png"))).size == (1600, 900)
        assert pack.read(f"{stem}.svg").lstrip().startswith(b"<?xml")
        assert len(csv_rows(pack.read(f"{stem}.csv"))) > 1
    assert "charts/*.png" in pack.read("README.txt").decode()


@pytest.mark.pdf
def test_pdf_report_is_a4(app, viewer_client, hostile):
    from pypdf import PdfReader

    response = fetch(viewer_client, f"/admin/report.pdf?questionnaire={PATIENT}")
    assert REPORT_NAME_RE.match(response.headers["Content-Disposition"])
    assert response.mimetype == "application/pdf"
    pdf = PdfReader(io.BytesIO(response.get_data()))
    assert all(sorted(round(float(v) * 25.4 / 72) for v in p.mediabox[2:]) == [210, 297] for p in pdf.pages)
    text = "".join(page.extract_text() for page in pdf.pages)
    assert SELF_HARM not in text
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "report downloaded")).one()
        assert event.detail["format"] == "pdf"


def test_theme_assignments_hold_redacted_text_only(viewer_client, hostile):
    pack = zipfile.ZipFile(io.BytesIO(fetch(viewer_client, PACK).get_data()))
    rows = csv_rows(pack.read("theme_assignments.csv"))
    assert rows[0] == [
        "reference",
        "question",
        "codebook",
        "themes",
        "theme_stances",
        "theme_sentiments",
        "theme_rules",
        "sentiment",
        "polarity",
        "redacted_text",
        "risk_flag",
        "risk_category",
        "risk_reason",
        "reviewed",
        "quote_approved",
    ]
    body = pack.read("theme_assignments.csv").decode("utf-8-sig")
    assert "07700 900123" not in body
    assert "jo.bloggs@example.com" not in body
    assert "[email]" in body and "[phone]" in body
    flagged = {row[9]: row for row in rows[1:] if row[10] == "true"}
    assert flagged[SELF_HARM][11] == "suicide_self_harm"
    # The demo data's patient who did not feel safe on the ward at night is flagged too.
    assert {row[11] for text, row in flagged.items() if text != SELF_HARM} <= {
        "unsafe_care",
        "unsafe_staffing",
    }
    # The reason says why in a few plain words; the comment itself stays out of it.
    assert all(row[12] and text not in row[12] for text, row in flagged.items())
    assert all(row[11] == row[12] == "" for row in rows[1:] if row[10] == "false")
    assert all(-1.0 <= float(row[8]) <= 1.0 for row in rows[1:])
    assert {row[2] for row in rows[1:]} == {"patient_experience"}


def test_pack_follows_the_filter_and_says_how_it_was_made(app, viewer_client, hostile):
    response = fetch(viewer_client, f"{PACK}?event={SCRIPT}")
    pack = zipfile.ZipFile(io.BytesIO(response.get_data()))
    assert len(csv_rows(pack.read("data.csv"))) == 1 + len(HOSTILE) + 1
    readme = pack.read("README.txt").decode()
    assert f"event = {SCRIPT}" in readme
    assert "counts of 1 to 4 are hidden" in readme
    assert "patient_experience (version" in readme
    assert "What automated coding cannot do" in readme
    assert re.search(r"Made on \d{4}-\d{2}-\d{2} by viewer@example.nhs.uk", readme)
    with app.app_context():
        event = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "analysis pack downloaded")
        ).one()
        assert event.actor == VIEWER[0]
        assert event.target == PATIENT
        assert event.detail["filters"] == {"event": SCRIPT}
        assert event.detail["responses"] == len(HOSTILE) + 1
        assert "staff were kind" not in json.dumps(event.detail)


def test_pack_summaries_are_suppressed(app, viewer_client):
    for text in ("Kind staff", "Clean ward", "Good food"):
        add_response(app, PATIENT, patient_answers(text))
    pack = zipfile.ZipFile(io.BytesIO(fetch(viewer_client, PACK).get_data()))
    totals = csv_rows(pack.read("summaries/responses-by-questionnaire.csv"))
    assert totals[0] == ["row", "responses"]
    # One questionnaire: its own row only (an "all questionnaires" row would repeat it).
    assert [row[1] for row in totals[1:]] == ["*"]
    assert len(csv_rows(pack.read("suppression_log.csv"))) > 1


def test_html_report_escapes_typed_script_and_never_quotes_flagged_comments(app, viewer_client, hostile):
    response = fetch(viewer_client, "/admin/report.html")
    assert REPORT_NAME_RE.match(response.headers["Content-Disposition"])
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html
    assert SELF_HARM not in html
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "report downloaded")).one()
        assert event.target == "all questionnaires"
        assert event.detail["format"] == "html"


def test_word_report_holds_typed_script_as_text(app, viewer_client, hostile):
    response = fetch(viewer_client, f"/admin/report.docx?questionnaire={PATIENT}")
    assert REPORT_NAME_RE.match(response.headers["Content-Disposition"])
    document = zipfile.ZipFile(io.BytesIO(response.get_data())).read("word/document.xml").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert SCRIPT not in document
    assert SELF_HARM not in document
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "report downloaded")).one()
        assert event.target == PATIENT
        assert event.detail["format"] == "docx"


def test_the_report_names_links_as_the_team_named_them(app, viewer_client):
    with app.app_context():
        seed_demo(responses=20, seed=12)
        code = create_link(PATIENT, "Ward 3 poster, spring", {}).code
    for _ in range(6):
        add_response(app, PATIENT, patient_answers("The staff were kind", "nothing"), link_code=code)
    html = fetch(viewer_client, f"/admin/report.html?questionnaire={PATIENT}").get_data(as_text=True)
    table = html[html.index("Responses by collection link") :]
    table = table[: table.index("</table>")]
    assert "Ward 3 poster, spring" in table
    assert code not in table


@pytest.mark.parametrize(
    ("url", "name_re", "mimetype"),
    [
        (PACK, PACK_NAME_RE, "application/zip"),
        ("/admin/report.html", REPORT_NAME_RE, "text/html"),
        ("/admin/report.docx", REPORT_NAME_RE, "application/vnd.openxmlformats"),
        (f"/admin/report.pdf?questionnaire={PATIENT}", REPORT_NAME_RE, "application/pdf"),
    ],
)
def test_head_gives_the_download_headers_without_building_or_auditing(
    app, viewer_client, url, name_re, mimetype
):
    # A HEAD (a link checker, a proxy) learns the file's name and type; nothing is built, so nothing is
    # recorded as downloaded and no answer text is sent.
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    response = viewer_client.head(url)
    assert response.status_code == 200
    assert name_re.match(response.headers["Content-Disposition"]), response.headers["Content-Disposition"]
    assert response.headers["Content-Type"].startswith(mimetype)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.get_data() == b""
    with app.app_context():
        assert db.session.scalars(select(AuditEvent).where(AuditEvent.action.like("%downloaded"))).all() == []


@pytest.mark.parametrize(
    "url",
    [
        "/admin/questionnaires/no-such-thing/analysis-pack.zip",
        "/admin/report.html?questionnaire=no-such-thing",
    ],
)
def test_head_of_an_unknown_file_is_404(viewer_client, url):
    assert viewer_client.head(url).status_code == 404


def test_anonymous_head_is_sent_to_sign_in(client):
    response = client.head(PACK)
    assert response.status_code == 302
    assert "Content-Disposition" not in response.headers
