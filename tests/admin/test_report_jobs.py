"""Report jobs in the team area: started with a POST, made by the queue's worker, watched, then fetched.

The worker here is the app's own Huey queue (SQLite in the test's instance folder), run one task at a
time with `dequeue` and `execute`, as its consumer runs them. docs/quality.md rules 3 (signed in, a
member's own job), 8 (attachment, no-store) and the audit log (who, what, never answer text).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

import pytest
from docx import Document
from sqlalchemy import select

from feedback_app.analysis_cache import ERASED_DURING_JOB, drop_analysis_cache
from feedback_app.database import write_transaction
from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.jobs import progress as progress_module
from feedback_app.jobs import service
from feedback_app.models import AuditEvent, ReportJob, utcnow
from tests.helpers import csrf_from

PATIENT = "patient-experience"
JOB_PATH_RE = re.compile(r"^/admin/report-jobs/([A-Za-z0-9_-]{43})$")


@pytest.fixture
def seeded(app: Any) -> None:
    """Demo responses to every questionnaire: enough comments to code in several chunks."""
    with app.app_context():
        seed_demo(responses=24, seed=5)


def start(client: Any, action: str) -> str:
    """Press a job button as the analysis page has it; return the job page's path (a 303 to it)."""
    token = csrf_from(client.get("/admin/analysis").get_data(as_text=True))
    response = client.post(action, data={"csrf_token": token})
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    location = response.headers["Location"]
    assert JOB_PATH_RE.match(location), location
    return location


def work(app: Any) -> int:
    """Run every job waiting on the app's queue, as its worker would; how many ran."""
    queue = app.extensions["report_queue"]
    ran = 0
    while (task := queue.dequeue()) is not None:
        queue.execute(task)
        ran += 1
    return ran


def progress_of(client: Any, path: str) -> dict[str, Any]:
    """The progress endpoint's answer."""
    response = client.get(f"{path}/progress.json")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    return dict(response.get_json())


def actions(app: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """Every audit event: action, target, detail, oldest first."""
    with app.app_context():
        return [
            (e.action, e.target, e.detail)
            for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_a_word_report_is_made_by_the_worker_and_served_when_done(app, admin_client, seeded):
    """The button stores a job and sends the member to its page; the file comes once the worker is done."""
    path = start(admin_client, "/admin/report-jobs/report.docx")
    page = admin_client.get(path).get_data(as_text=True)
    assert '<progress class="app-progress" id="report-job-bar" max="100" value="0"' in page
    assert 'aria-live="polite"' in page and "Waiting to start: 0%" in page
    assert f'<a href="{path}">Check progress</a>' in page
    assert progress_of(admin_client, path)["status"] == "queued"
    assert admin_client.get(f"{path}/file").status_code == 404  # nothing to fetch yet

    assert work(app) == 1
    state = progress_of(admin_client, path)
    assert state == {
        "status": "done",
        "percent": 100,
        "label": "Ready to download: 100%",
        "error": "",
        "finished": True,
    }
    response = admin_client.get(f"{path}/file")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert re.match(
        r'^attachment; filename="lessons-learnt-report-all-\d{4}-\d{2}-\d{2}\.docx"$',
        response.headers["Content-Disposition"],
    )
    assert Document(io.BytesIO(response.data)).paragraphs, "not a Word document"

    events = actions(app)
    started, done, downloaded = (e for e in events if e[0].startswith(("report job", "report downloaded")))
    assert started == ("report job started", "all questionnaires", {"kind": "report-docx"})
    assert done == ("report job done", "report-docx", {})
    assert downloaded[:2] == ("report downloaded", "all questionnaires")
    assert downloaded[2] == {"format": "docx", "responses": 72}
    # The analysis page lists the member's job, ready.
    listing = admin_client.get("/admin/analysis").get_data(as_text=True)
    assert (
        "Reports being prepared" in listing and f'href="{path}"' in listing and "Ready to download" in listing
    )


def test_a_pack_job_keeps_the_filter_it_was_asked_with(app, admin_client, seeded):
    """The pack the worker makes is of the responses the analysis page showed, filtered as it was."""
    since = "submitted_from-day=1&submitted_from-month=1&submitted_from-year=2020"
    path = start(admin_client, f"/admin/questionnaires/{PATIENT}/analysis-pack-jobs?{since}")
    work(app)
    response = admin_client.get(f"{path}/file")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.data)) as pack:
        assert "README.txt" in pack.namelist()
    action, target, detail = actions(app)[-1]
    assert (action, target) == ("analysis pack downloaded", PATIENT)
    assert detail["filters"] == {"submitted_from": "2020-01-01"}


def test_progress_moves_through_the_stages_and_is_in_the_database_at_each(
    app, admin_client, seeded, monkeypatch
):
    """Reading, coding chunk by chunk (part k of n), writing, done; the bar never goes back."""
    monkeypatch.setattr(progress_module, "CHUNK_COMMENTS", 10)
    seen: list[tuple[str, int, str, int]] = []
    write = progress_module.ProgressWriter.__call__

    def record(self: Any, stage: str, percent: int) -> None:
        write(self, stage, percent)
        # What another instance would read at that moment, on a connection of its own.
        with db.engine.connect() as conn:
            row = conn.execute(
                select(ReportJob.stage, ReportJob.progress).where(ReportJob.id == self.job_id)
            ).one()
        seen.append((stage, percent, row.stage, row.progress))

    monkeypatch.setattr(progress_module.ProgressWriter, "__call__", record)
    path = start(admin_client, f"/admin/report-jobs/report.html?questionnaire={PATIENT}")
    work(app)
    stages = [stage for stage, *_ in seen]
    assert stages[:2] == ["Reading responses", "Coding comments"]
    parts = [stage for stage in stages if stage.startswith("Coding comments, part ")]
    total = int(parts[0].rsplit(" ", 1)[1])
    assert total >= 2 and parts[0] == f"Coding comments, part 1 of {total}"
    assert parts[-1] == f"Coding comments, part {total} of {total}"
    assert stages[-1] == "Drawing charts and writing the file"
    stored = [row_progress for *_, row_progress in seen]
    assert stored == sorted(stored) and 0 < stored[0] < stored[-1] < 100
    assert all(stage == row_stage for stage, _p, row_stage, _rp in seen)
    assert progress_of(admin_client, path)["status"] == "done"


def test_a_failing_job_says_so_plainly_and_stores_nothing(app, admin_client, seeded, monkeypatch):
    """A build that raises leaves the job failed, with words a member can act on and no traceback."""

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("internal detail /srv/feedback/analysis/report.py line 12")

    monkeypatch.setattr(service, "build_lessons_learnt_report", broken)
    path = start(admin_client, "/admin/report-jobs/report.docx")
    work(app)
    state = progress_of(admin_client, path)
    assert state["status"] == "failed" and state["finished"] and state["error"] == service.FAILED
    page = admin_client.get(path).get_data(as_text=True)
    assert service.FAILED.replace("'", "&#39;") in page
    assert "internal detail" not in page and "Traceback" not in page
    assert admin_client.get(f"{path}/file").status_code == 404
    with app.app_context():
        job = db.session.scalar(select(ReportJob))
        assert job.result is None and job.finished_at is not None
    assert actions(app)[-1] == ("report job failed", "report-docx", {"error": service.FAILED})


HOSTILE_IDS = [
    "../../etc/passwd",
    "' OR 1=1 --",
    "A" * 43,
    "A" * 44,
    "%00",
    "é" * 43,
    "1",
]


@pytest.mark.parametrize("suffix", ["", "/progress.json", "/file"])
def test_guessed_and_malformed_job_ids_are_not_found(admin_client, suffix):
    """Whatever is typed where a job's id goes, the answer is "not found"."""
    for public_id in HOSTILE_IDS:
        response = admin_client.get(f"/admin/report-jobs/{public_id}{suffix}")
        assert response.status_code == 404, public_id


def test_a_job_is_its_requesters_alone(app, admin_client, viewer_client, seeded):
    """A viewer may make reports as they may download them; nobody else sees the job or its file, an admin
    neither; each member's list shows only their own."""
    path = start(viewer_client, "/admin/report-jobs/report.html")
    work(app)
    assert viewer_client.get(f"{path}/file").status_code == 200
    for suffix in ("", "/progress.json", "/file"):
        assert admin_client.get(f"{path}{suffix}").status_code == 404, suffix
    assert f'href="{path}"' not in admin_client.get("/admin/analysis").get_data(as_text=True)
    assert f'href="{path}"' in viewer_client.get("/admin/analysis").get_data(as_text=True)


def test_starting_needs_a_token_a_known_format_and_a_known_questionnaire(app, admin_client):
    """No job without the form's CSRF token, for a format or questionnaire that does not exist, or by GET."""
    assert admin_client.post("/admin/report-jobs/report.docx").status_code == 400
    token = csrf_from(admin_client.get("/admin/analysis").get_data(as_text=True))
    for action in (
        "/admin/report-jobs/report.odt",
        "/admin/report-jobs/report.docx?questionnaire=no-such-questionnaire",
        "/admin/questionnaires/no-such-questionnaire/analysis-pack-jobs",
    ):
        assert admin_client.post(action, data={"csrf_token": token}).status_code == 404, action
    # A GET of the button's address reads it as a job's id, which it is not: nothing is started.
    assert admin_client.get("/admin/report-jobs/report.docx").status_code == 404
    with app.app_context():
        assert db.session.scalars(select(ReportJob)).all() == []
        assert app.extensions["report_queue"].pending_count() == 0


def test_an_erasure_takes_finished_files_and_stops_jobs_under_way(app, admin_client, seeded):
    """A file made before an erasure may hold the erased response: it goes, and its page says why."""
    path = start(admin_client, "/admin/report-jobs/report.html")
    work(app)
    with app.app_context(), write_transaction() as session:
        drop_analysis_cache(session)
    state = progress_of(admin_client, path)
    assert state["status"] == "failed" and state["error"] == ERASED_DURING_JOB
    assert admin_client.get(f"{path}/file").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(ReportJob.result)) is None


def test_finished_jobs_go_after_a_day(app, admin_client, seeded):
    """Starting a job deletes any finished more than a day before, whoever asked for them."""
    first = start(admin_client, "/admin/report-jobs/report.html")
    work(app)
    with app.app_context(), write_transaction() as session:
        session.scalar(select(ReportJob)).finished_at = (
            utcnow() - service.KEEP_FINISHED - dt.timedelta(minutes=1)
        )
    second = start(admin_client, "/admin/report-jobs/report.html")
    assert admin_client.get(first).status_code == 404
    assert admin_client.get(second).status_code == 200


def test_a_job_the_queue_cannot_take_fails_at_once_and_says_why(app, admin_client, monkeypatch):
    """With the queue unreachable (Redis down), the job does not wait for ever: its page says to try again."""

    def unreachable(_public_id: str) -> None:
        raise ConnectionError("queue down")

    monkeypatch.setattr(service, "enqueue_job", unreachable)
    path = start(admin_client, "/admin/report-jobs/report.docx")
    state = progress_of(admin_client, path)
    assert state["status"] == "failed" and state["error"] == service.QUEUE_DOWN


@pytest.mark.pdf
def test_a_pdf_report_is_made_by_the_worker_too(app, admin_client, seeded):
    """The PDF of the report, like the Word file, comes from a job."""
    path = start(admin_client, f"/admin/report-jobs/report.pdf?questionnaire={PATIENT}")
    work(app)
    response = admin_client.get(f"{path}/file")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF-")


def test_a_big_xlsx_download_is_made_by_the_worker_with_the_filter_and_audited_when_fetched(
    app, admin_client, viewer_client, seeded
):
    """From XLSX_JOB_FROM_RESPONSES responses the pages offer a button, not a link; the workbook the
    worker makes is the one the link gives, and fetching it is the audited download."""
    import openpyxl

    since = "submitted_from-day=1&submitted_from-month=1&submitted_from-year=2020"
    listing = f"/admin/responses?questionnaire={PATIENT}&{since}"
    query = f"questionnaire={PATIENT}&{since}".replace("&", "&amp;")  # as the page's HTML writes it
    action = f"/admin/questionnaires/{PATIENT}/responses-jobs.xlsx?{query}"
    page = admin_client.get(listing).get_data(as_text=True)
    assert "responses.xlsx" in page and "Make the XLSX file" not in page  # 24 responses: a link
    app.config["XLSX_JOB_FROM_RESPONSES"] = 20
    page = admin_client.get(listing).get_data(as_text=True)
    assert "responses.xlsx" not in page and f'action="{action}"' in page
    assert "Make the XLSX file of Tell us about your care" in admin_client.get("/admin/downloads").get_data(
        as_text=True
    )
    before = len(actions(app))
    path = start(admin_client, action.replace("&amp;", "&"))
    assert actions(app)[before:] == [("report job started", PATIENT, {"kind": "responses-xlsx"})]
    assert work(app) == 1
    assert viewer_client.get(f"{path}/file").status_code == 404  # the requester's own
    with admin_client.get(f"{path}/file") as response:
        assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
        assert re.match(
            rf'^attachment; filename="{PATIENT}-responses-\d{{4}}-\d{{2}}-\d{{2}}\.xlsx"$',
            response.headers["Content-Disposition"],
        )
        made = response.data
    with admin_client.get(
        f"/admin/questionnaires/{PATIENT}/responses.xlsx?questionnaire={PATIENT}&{since}"
    ) as direct:
        linked = direct.data
    rows = [list(r) for r in openpyxl.load_workbook(io.BytesIO(made)).worksheets[0].values]
    assert rows == [list(r) for r in openpyxl.load_workbook(io.BytesIO(linked)).worksheets[0].values]
    assert len(rows) == 25  # the header and the 24 responses
    downloads = [e for e in actions(app) if e[0] == "responses downloaded"]
    assert downloads[0] == (
        "responses downloaded",
        PATIENT,
        {"format": "xlsx", "rows": 24, "filters": {"submitted_from": "2020-01-01"}},
    )
