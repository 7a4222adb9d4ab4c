"""Reviewed codes everywhere coded comments are used, and reviews that outlive the engine's codes.

The override test changes five comments' theme and finds the change, and the count of reviewed
comments, on the analysis page, in the lessons-learnt report (download and command line) and in the
analysis pack. The survival test drops the engine's cached codes and then swaps in a new codebook
version without one of the reviewed themes. SQLite and PostgreSQL; comments invented here.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from analysis.text import coding
from feedback_app.analysis_cache import drop_analysis_cache
from feedback_app.database import write_transaction
from feedback_app.extensions import db
from feedback_app.models import CommentReviewTheme
from tests.admin.analysis_data import PATIENT, patient_answers
from tests.admin.response_data import add_response
from tests.admin.test_review import QUEUE, post_review, stored_reviews

ANALYSIS = f"/admin/questionnaires/{PATIENT}/analysis"
PACK = f"/admin/questionnaires/{PATIENT}/analysis-pack.zip"
STAFF = "Staff manner & personal attributes"
CLEAN = "Cleanliness, tidiness & infection control"
RETIRED = "Cleanliness (theme no longer in codebook patient_experience v9.9)"


def kind_staff(app: Any, n: int) -> list[str]:
    """n responses whose good comment the engine codes as staff manner alone, each in its own words."""
    return [
        add_response(app, PATIENT, patient_answers(f"The staff were kind and caring to me on visit {i}", ""))
        for i in range(n)
    ]


def review_as_clean(client: Any, references: list[str]) -> None:
    """Correct each comment to cleanliness (positive), the first one's quote approved."""
    for index, reference in enumerate(references):
        response = post_review(
            client,
            reference,
            action="save",
            theme=["cleanliness"],
            **{"stance-cleanliness": "positive"},
            approve=["cleanliness"] if index == 0 else [],
            sentiment="positive",
        )
        assert response.status_code == 302, response.get_data(as_text=True)[:3000]


def _text(cell: str) -> str:
    """A cell's visible text: tags and the heading repeated for narrow screens (aria-hidden) left out."""
    cell = re.sub(r'<span class="nhsuk-table__heading"[^>]*>.*?</span>', "", cell, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split())


def table_rows(page: str, table_id: str) -> dict[str, list[str]]:
    """A table's rows by their header: the row header's text and each cell's."""
    start = page.index(f'id="{table_id}"')
    table = page[start : page.index("</table>", start)]
    rows: dict[str, list[str]] = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
        header = re.search(r'<th[^>]*scope="row"[^>]*>(.*?)</th>', row, re.S)
        if header:
            rows[_text(header.group(1))] = [_text(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    return rows


def csv_rows(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def theme_counts(page: str) -> dict[str, str]:
    """Comments per theme in the patient questionnaire's theme table."""
    return {label: cells[0] for label, cells in table_rows(page, f"{PATIENT}-themes").items()}


def test_reviewed_codes_change_the_analysis_page_report_and_pack_which_say_how_many(
    app, admin_client, runner, tmp_path
):
    references = kind_staff(app, 10)
    before = admin_client.get(ANALYSIS).get_data(as_text=True)
    assert theme_counts(before) == {STAFF: "10"}
    review_as_clean(admin_client, references[:5])
    expected = {STAFF: "5", CLEAN: "5"}

    page = admin_client.get(ANALYSIS).get_data(as_text=True)
    assert theme_counts(page) == expected
    coded = table_rows(page, "comments-coded-and-flagged")
    assert next(iter(coded.values())) == ["10", "0", "5"]  # coded, flagged, reviewed
    assert "Comments reviewed by the team: <strong>5</strong> of the 10 comments coded" in page

    report = admin_client.get(f"/admin/report.html?questionnaire={PATIENT}").get_data(as_text=True)
    assert theme_counts(report) == expected
    assert "Reviewed by the team" in report and "the latest review is the comment" in report
    assert "A team member approved 1 of these" in report

    out = tmp_path / "report"
    result = runner.invoke(args=["report", "--out", str(out), "--questionnaire", PATIENT])
    assert result.exit_code == 0, result.output
    written = {row[0]: row[1] for row in csv_rows((out / f"summaries/{PATIENT}-themes.csv").read_bytes())[1:]}
    assert written == {key: value for key, value in expected.items()}

    pack = zipfile.ZipFile(io.BytesIO(admin_client.get(PACK).get_data()))
    summary = csv_rows(pack.read(f"summaries/{PATIENT}-themes.csv"))
    assert {row[0]: row[1] for row in summary[1:]} == expected
    assignments = csv_rows(pack.read("theme_assignments.csv"))
    header = assignments[0]
    by_reference = {row[0]: dict(zip(header, row, strict=True)) for row in assignments[1:]}
    assert [by_reference[r]["reviewed"] for r in references] == ["true"] * 5 + ["false"] * 5
    assert by_reference[references[0]]["theme_stances"] == "cleanliness:positive"
    assert by_reference[references[0]]["quote_approved"] == "cleanliness"
    assert by_reference[references[9]]["themes"] == "staff_manner"
    assert "Comments reviewed by the team: 5 of 10 coded comments" in pack.read("README.txt").decode()


def retired_codebooks(folder: Path) -> Path:
    """The shipped codebooks, with the patient experience one at version 9.9 and without cleanliness."""
    for path in coding.SHIPPED_CODEBOOKS.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.stem == "patient_experience":
            book = yaml.safe_load(text)
            book["version"] = "9.9"
            book["themes"] = [theme for theme in book["themes"] if theme["key"] != "cleanliness"]
            text = yaml.safe_dump(book, sort_keys=False, allow_unicode=True)
        (folder / path.name).write_text(text, encoding="utf-8")
    return folder


def test_reviews_survive_an_engine_rerun_and_a_codebook_version_change(
    app, admin_client, monkeypatch, tmp_path
):
    references = kind_staff(app, 6)
    review_as_clean(admin_client, references[:5])
    stored = stored_reviews(app)
    first_page = admin_client.get(ANALYSIS).get_data(as_text=True)

    # The engine runs again from nothing: every cached code is dropped, as an erasure does.
    with app.app_context(), write_transaction() as session:
        drop_analysis_cache(session)
    assert theme_counts(admin_client.get(ANALYSIS).get_data(as_text=True)) == theme_counts(first_page)
    assert stored_reviews(app) == stored

    # A new codebook version drops the cleanliness theme: the reviewed codes are kept and named as such.
    monkeypatch.setattr(coding, "SHIPPED_CODEBOOKS", retired_codebooks(tmp_path))
    page = admin_client.get(ANALYSIS).get_data(as_text=True)
    assert theme_counts(page) == {RETIRED: "5", STAFF: "*"}
    review = admin_client.get(f"{QUEUE}/{references[0]}").get_data(as_text=True)
    assert "Theme no longer in codebook patient_experience v9.9" in review
    assert 'id="theme-cleanliness" name="theme" type="checkbox" value="cleanliness" checked' in review
    note = "(theme no longer in codebook patient_experience v9.9)"
    assert f"{html.escape(CLEAN, quote=False)}: positive, quote approved {note}" in review
    pack = zipfile.ZipFile(io.BytesIO(admin_client.get(PACK).get_data()))
    assignments = {row[0]: row for row in csv_rows(pack.read("theme_assignments.csv"))[1:]}
    assert assignments[references[0]][3] == "cleanliness"

    # Saved again, the kept theme still names the codebook version it was coded against.
    post_review(
        admin_client,
        references[0],
        action="save",
        theme=["cleanliness", "staff_manner"],
        **{"stance-cleanliness": "positive", "stance-staff_manner": "positive"},
        sentiment="positive",
    )
    old_version = coding.load_codebook(
        Path(__file__).resolve().parents[2] / "analysis/codebooks/patient_experience.yaml"
    ).version
    with app.app_context():
        themes = {
            t.theme_key: (t.codebook, t.codebook_version, t.label)
            for t in db.session.scalars(select(CommentReviewTheme))
            if t.review.response.reference == references[0]
        }
    assert themes == {
        "cleanliness": ("patient_experience", old_version, CLEAN),
        "staff_manner": ("patient_experience", "9.9", "Staff manner & personal attributes"),
    }
