"""From the database to the lessons-learnt report: tidy frames, specs, `flask report`, demo coverage."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from docx import Document
from sqlalchemy import func, select

from analysis.text.coding import code_comments, load_shipped
from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.insights.frames import report_inputs
from feedback_app.models import AnalysisChart, AnalysisFeature

HOSTILE = "<script>alert('x')</script> =HYPERLINK(\"http://evil\") call 07700 900123"


@pytest.fixture
def seeded(app: Any) -> Any:
    """The app with the demo responses `make run` adds (120 per questionnaire)."""
    with app.app_context():
        seed_demo(responses=120, seed=2026)
    return app


def test_frames_hold_every_response_as_stored_codes(seeded: Any) -> None:
    with seeded.app_context():
        frames, specs = report_inputs()
    assert set(frames) == set(specs) == {"apprentice-survey", "stakeholder-event", "patient-experience"}
    patients = frames["patient-experience"]
    assert len(patients) == 120
    assert set(patients["fft"].dropna()) <= {"very_good", "good", "neither", "poor", "very_poor", "dont_know"}
    assert specs["patient-experience"].audience == "patient"
    assert specs["patient-experience"].question("what_was_good").prompt == "what_good"


def test_report_inputs_can_name_questionnaires(seeded: Any) -> None:
    with seeded.app_context():
        frames, specs = report_inputs(["stakeholder-event"])
    assert list(frames) == list(specs) == ["stakeholder-event"]


def test_demo_free_text_exercises_every_shipped_theme(seeded: Any) -> None:
    with seeded.app_context():
        frames, specs = report_inputs()
    seen: dict[str, set[str]] = {}
    for slug, frame in frames.items():
        spec = specs[slug]
        books = [load_shipped(name) for name in spec.codebook_names()]
        parts = [
            pd.DataFrame({"text": frame[q.key].dropna(), "prompt": q.prompt})
            for q in spec.coded_text_questions()
            if q.key in frame.columns
        ]
        coded = code_comments(pd.concat(parts, ignore_index=True), books)
        for book in books:
            themes = {key for value in coded["themes"] for key in value.split(";") if key}
            seen.setdefault(book.name, set()).update(themes & {t.key for t in book.themes})
    for name in ("workforce", "stakeholder_event", "patient_experience"):
        book = load_shipped(name)
        missing = {t.key for t in book.themes} - seen.get(book.name, set())
        assert not missing, f"{name}: no demo comment codes as {sorted(missing)}"


def test_flask_report_writes_every_output_suppressed_and_escaped(
    seeded: Any, runner: Any, tmp_path: Path
) -> None:
    from feedback_app.extensions import db
    from feedback_app.models import Answer, Response

    with seeded.app_context():
        response = db.session.scalars(
            db.select(Response).where(Response.questionnaire.has(slug="patient-experience"))
        ).first()
        db.session.add(Answer(response_id=response.id, question_key="could_do_better", value=HOSTILE))
        db.session.commit()
    out = tmp_path / "report"
    result = runner.invoke(args=["report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Wrote report.html" in result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "Friends and Family Test" in page
    assert "07700 900123" not in html.unescape(page)
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "07700 900123" not in markdown
    headings = [
        p.text for p in Document(str(out / "report.docx")).paragraphs if p.style.name.startswith("Head")
    ]
    assert any("Patient experience" in h for h in headings)
    assert (out / "suppression_log.csv").exists()
    # The coded comments were cached in the shared database, in no file of the instance or the code.
    assert not (Path(seeded.instance_path) / "analysis-cache.sqlite3").exists()
    with seeded.app_context():
        assert db.session.scalar(select(func.count()).select_from(AnalysisFeature))


def test_flask_report_honours_the_threshold_setting(app: Any, runner: Any, tmp_path: Path) -> None:
    with app.app_context():
        seed_demo(responses=3, seed=7)
    out = tmp_path / "report"
    result = runner.invoke(args=["report", "--out", str(out), "--questionnaire", "patient-experience"])
    assert result.exit_code == 0, result.output
    summary = pd.read_csv(out / "suppression_log.csv")
    # Three responses: every non-zero count is below five, so the log lists primary suppressions.
    assert summary["reason"].str.startswith("primary").any()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert ">3<" not in page.replace(" ", "")


def test_purging_responses_drops_the_analysis_cache(seeded: Any, tmp_path: Path) -> None:
    """Coded comments (redacted text) must not outlive the responses they came from (rule 29)."""
    import datetime as dt

    from feedback_app.insights.frames import write_lessons_learnt_report
    from feedback_app.questionnaires.retention import purge_expired

    with seeded.app_context():
        write_lessons_learnt_report(tmp_path / "report", threshold=5)
        db.session.commit()  # the report's read ends; SQLite shows the next read what it cached
        assert db.session.scalar(select(func.count()).select_from(AnalysisFeature))
        assert db.session.scalar(select(func.count()).select_from(AnalysisChart))
        purge_expired(on=dt.date.today() + dt.timedelta(days=365 * 5))
        assert db.session.scalar(select(func.count()).select_from(AnalysisFeature)) == 0
        assert db.session.scalar(select(func.count()).select_from(AnalysisChart)) == 0
