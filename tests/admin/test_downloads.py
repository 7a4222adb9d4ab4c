"""Downloads of responses: formats, formula safety, numbers, headers, filters and the audit trail.

docs/quality.md rule 8: attachment and no-store headers; every text cell (headers included) that a
spreadsheet would read as a formula is neutralised; an XLSX file holds no formula element at all;
numbers stay numbers. Files are opened the way a spreadsheet program would open them.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import openpyxl
import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent
from feedback_app.questionnaires.links import create_link
from feedback_app.responses.downloads import suppressed_counts
from tests.admin.response_data import FORMULA_STARTS, HOSTILE, add_response

EVENT = "stakeholder-event"
FORMATS = ("csv", "xlsx", "json")
FILENAME_RE = re.compile(
    r'^attachment; filename="stakeholder-event-responses-\d{4}-\d{2}-\d{2}\.(csv|xlsx|json)"$'
)


@pytest.fixture
def hostile(app):
    """Stakeholder responses whose text answers and link tags are all hostile, plus numbers and labels."""
    with app.app_context():
        code = create_link(EVENT, "Hostile link", {"event": HOSTILE[0], "region": "-north"}).code
    references = []
    for index, text in enumerate(HOSTILE):
        references.append(
            add_response(
                app,
                EVENT,
                {
                    "went_well": text,
                    "could_be_better": f"{text} again",
                    "likelihood_take_up": str(index),
                    "barriers": ["entry_requirements", "other"],
                    "barriers_other": HOSTILE[-1 - index],
                    "session_ratings.useful": "strongly_agree",
                },
                link_code=code,
            )
        )
    references.append(add_response(app, EVENT, {"went_well": "Plain and friendly"}))
    return references


def fetch(client, fmt, query=""):
    """Download a file; check it streams with the download headers; return its bytes."""
    response = client.get(f"/admin/questionnaires/{EVENT}/responses.{fmt}{query}")
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    assert response.is_streamed
    assert FILENAME_RE.match(response.headers["Content-Disposition"])
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    return response.get_data()


def csv_rows(body):
    """Rows as a spreadsheet program reads them: UTF-8 after the byte-order mark."""
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body[3:].decode("utf-8"), newline="")))


def xlsx_rows(body, sheet="Data"):
    """A sheet's cells as openpyxl loads them (values and types)."""
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    return [list(row) for row in workbook[sheet].iter_rows()]


def records(fmt, body):
    """Header and rows of values from a CSV, XLSX or JSON download."""
    if fmt == "csv":
        header, *rows = csv_rows(body)
        return header, rows
    if fmt == "xlsx":
        header, *rows = [[cell.value for cell in row] for row in xlsx_rows(body)]
        return header, rows
    data = json.loads(body)
    header = list(data[0]) if data else []
    return header, [list(item.values()) for item in data]


def assert_formula_safe(value):
    """A text cell never starts with a formula character unless it is a plain number."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        assert re.fullmatch(r"-?\d+(\.\d+)?", value), repr(value)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_has_one_row_per_response_with_labels(admin_client, hostile, fmt):
    """One row per response; answers in words (labels); columns keyed by question."""
    header, rows = records(fmt, fetch(admin_client, fmt))
    assert len(rows) == len(hostile)
    assert {"reference", "submitted_on", "went_well", "session_ratings.useful", "barriers"} <= set(header)
    by_reference = {row[header.index("reference")]: row for row in rows}
    assert set(by_reference) == set(hostile)
    first = by_reference[hostile[0]]
    assert first[header.index("session_ratings.useful")] == "Strongly agree"
    assert (
        first[header.index("barriers")] == "Maths and English entry requirements (functional skills); Other"
    )


def test_csv_neutralises_every_formula_cell(admin_client, hostile):
    """Every hostile text cell gains a leading apostrophe; headers too; plain numbers do not."""
    header, *rows = csv_rows(fetch(admin_client, "csv"))
    for value in header + [value for row in rows for value in row]:
        assert_formula_safe(value)
    column = header.index("went_well")
    cells = {row[column] for row in rows}
    for text in HOSTILE:
        if text.startswith(FORMULA_STARTS):
            assert "'" + text in cells
    assert "<script>alert(1)</script>" in cells
    ratings = [row[header.index("likelihood_take_up")] for row in rows]
    assert sorted(r for r in ratings if r) == [str(n) for n in range(len(HOSTILE))]
    assert "'" + HOSTILE[0] in {row[header.index("event")] for row in rows}
    assert "'-north" in {row[header.index("region")] for row in rows}


def test_xlsx_has_no_formula_at_all(admin_client, hostile):
    """No cell is a formula when opened, and no sheet's XML holds an <f> element."""
    body = fetch(admin_client, "xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    assert workbook.sheetnames == ["Data", "Data dictionary", "Summary"]
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert_formula_safe(cell.value)
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert len(sheets) == 3
        for name in sheets:
            assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_xlsx_numbers_stay_numbers(admin_client, hostile):
    """Ratings and counts are numeric cells; text stays text."""
    body = fetch(admin_client, "xlsx")
    header, *rows = xlsx_rows(body)
    names = [cell.value for cell in header]
    ratings = [row[names.index("likelihood_take_up")] for row in rows]
    numbers = [cell.value for cell in ratings if cell.value is not None]
    assert sorted(numbers) == list(range(len(HOSTILE)))
    assert all(cell.data_type == "n" for cell in ratings if cell.value is not None)
    assert all(isinstance(row[names.index("version")].value, int) for row in rows)
    went_well = {row[names.index("went_well")].value for row in rows}
    assert "'=HYPERLINK" in "".join(value for value in went_well if value)


def test_xlsx_data_dictionary_and_summary(admin_client, hostile):
    """The dictionary gives each column's wording, type and labels; the summary counts per question."""
    body = fetch(admin_client, "xlsx")
    dictionary = {row[0].value: [cell.value for cell in row] for row in xlsx_rows(body, "Data dictionary")}
    assert dictionary["likelihood_take_up"][2] == "rating"
    assert "strongly_agree = Strongly agree" in dictionary["session_ratings.useful"][3]
    assert dictionary["went_well"][1]
    summary = [[cell.value for cell in row] for row in xlsx_rows(body, "Summary")]
    counts = {(row[0], row[2]): row[3] for row in summary[1:]}
    assert counts[("", "")] == len(hostile)
    assert counts[("went_well", "answered")] == len(hostile)
    assert counts[("session_ratings.useful", "Strongly agree")] == len(HOSTILE)
    assert counts[("session_ratings.useful", "Disagree")] == 0
    assert counts[("barriers", "Other")] == len(HOSTILE)
    # Counts stay numbers; a count of 1 to 4 (or one that would reveal it) is shown as "*".
    assert all(isinstance(row[3], int) or row[3] == "*" for row in summary[1:])
    assert not [row for row in summary[2:] if isinstance(row[3], int) and 0 < row[3] < 5]


def test_json_is_an_array_of_objects_with_numbers(admin_client, hostile):
    """JSON keeps values as they are (no apostrophes), numbers as numbers and no answer as null."""
    data = json.loads(fetch(admin_client, "json"))
    assert isinstance(data, list) and len(data) == len(hostile)
    texts = {item["went_well"] for item in data}
    assert set(HOSTILE) <= texts
    assert sorted(
        item["likelihood_take_up"] for item in data if item["likelihood_take_up"] is not None
    ) == list(range(len(HOSTILE)))
    plain = next(item for item in data if item["went_well"] == "Plain and friendly")
    assert plain["barriers"] is None and plain["link_code"] == ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_downloads_hold_exactly_what_the_browser_shows(app, admin_client, hostile, fmt):
    """The same query string filters the browser and the download the same way."""
    plain = add_response(app, EVENT, {"went_well": "A lovely plain day"})
    query = "?search=plain&questionnaire=stakeholder-event"
    page = admin_client.get(f"/admin/responses{query}").get_data(as_text=True)
    shown = set(re.findall(r'/admin/responses/([A-Z0-9]+)"', page))
    assert shown == {plain, hostile[-1]}
    link = re.search(r'href="([^"]*responses\.' + fmt + r'[^"]*)"', page).group(1).replace("&amp;", "&")
    response = admin_client.get(link)
    header, rows = records(fmt, response.get_data())
    assert {row[header.index("reference")] for row in rows} == shown


def test_each_download_is_audited_without_answer_text(app, admin_client, hostile):
    """Who, which questionnaire, format, filters and rows; never answers or the words searched for."""
    for fmt in FORMATS:
        fetch(admin_client, fmt, "?region=-north&search=%2B1%20again")
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).filter_by(action="responses downloaded")).all()
        assert [event.detail["format"] for event in events] == list(FORMATS)
        for event in events:
            assert event.actor == "admin@example.nhs.uk" and event.target == EVENT
            assert event.detail["rows"] == 1
            assert event.detail["filters"] == {"region": "-north", "text_search": True}
            dumped = json.dumps(event.detail) + event.target
            assert "again" not in dumped and "HYPERLINK" not in dumped and "script" not in dumped


@pytest.mark.parametrize(
    ("url", "status"),
    [
        (f"/admin/questionnaires/{EVENT}/responses.pdf", 404),
        ("/admin/questionnaires/no-such-thing/responses.csv", 404),
        (f"/admin/questionnaires/{EVENT}/responses.csv?version=x", 400),
    ],
)
def test_unknown_formats_questionnaires_and_bad_filters(app, viewer_client, url, status):
    """Nothing is downloaded, and nothing recorded, for an unknown format or questionnaire or a bad filter."""
    assert viewer_client.get(url).status_code == status
    with app.app_context():
        assert not db.session.scalars(select(AuditEvent).filter_by(action="responses downloaded")).all()


def test_viewers_may_download(viewer_client, hostile):
    """Downloading is part of reading: viewers may."""
    _header, rows = records("csv", fetch(viewer_client, "csv"))
    assert len(rows) == len(hostile)


def test_the_downloads_page_links_every_questionnaire_and_format(viewer_client):
    """The page offers each shipped questionnaire in each format."""
    html = viewer_client.get("/admin/downloads").get_data(as_text=True)
    for slug in ("patient-experience", "apprentice-survey", EVENT):
        for fmt in FORMATS:
            assert f"/admin/questionnaires/{slug}/responses.{fmt}" in html


def test_command_line_export_is_formula_safe(app, runner, hostile, tmp_path):
    """`flask export-responses` keeps stored codes for analysts but neutralises formula cells too."""
    out = tmp_path / "export.csv"
    result = runner.invoke(args=["export-responses", EVENT, "--out", str(out)])
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == len(hostile)
    for value in header + [value for row in rows for value in row]:
        assert_formula_safe(value)
    assert "entry_requirements;other" in {row[header.index("barriers")] for row in rows}


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ([3, 12, 0, 20], ["*", "*", 0, 20]),  # 3 is small; 12 would give it away from the total
        ([7, 0, 9], [7, 0, 9]),
        ([0, 0], [0, 0]),
        ([], []),
    ],
)
def test_summary_sheet_counts_are_suppressed(counts, shown):
    """The workbook's summary hides 1-4 and any count that would reveal one by subtraction."""
    assert suppressed_counts(counts, 5) == shown
