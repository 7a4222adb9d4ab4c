"""Download benchmark: CSV, XLSX and JSON downloads of 10,000 and 100,000 responses through the real app.

For each size, a temporary SQLite database gets the shipped questionnaires, one admin and that many
stakeholder-event responses (answers from the demo generator, bulk-inserted with SQLAlchemy Core).
Each download then runs in a fresh Python process: the real app, signed in through the sign-in form
with Flask's test client, streams the file from /admin/questionnaires/<slug>/responses.<fmt> and the
benchmark reads it chunk by chunk, as a browser would. Each process reports the wall time, bytes and
rows; how far its resident memory rose during the download (sampled at every chunk) over the same
process after a warm-up download of no rows; and, in a second pass of the same download, the peak of
the Python heap (tracemalloc). If downloads stream, neither memory figure grows with the rows.

Usage: .venv/bin/python bench/downloads.py [--sizes 10000 100000] [--formats csv xlsx json]
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from feedback_app import create_app  # noqa: E402
from feedback_app.demo.seed import demo_answers  # noqa: E402
from feedback_app.extensions import db  # noqa: E402
from feedback_app.models import Answer, Questionnaire, Response  # noqa: E402
from feedback_app.questionnaires.store import current_version, load_folder, version_definition  # noqa: E402
from feedback_app.team.accounts import create_member  # noqa: E402

SLUG = "stakeholder-event"
EMAIL = "bench@example.nhs.uk"
PASSWORD = "copper kettle marmalade 42"
SECRET_KEY = "download-bench-secret-key-0123456789abcdef"
INSERT_BATCH = 5000
CSV_TARGET_SECONDS = 30
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
CSRF_RE = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')
TAGS = (
    {"event": "Leeds showcase", "region": "north-east-yorkshire", "cohort": "spring-2026"},
    {"event": "Manchester workshop", "region": "north-west", "cohort": "autumn-2025"},
    {},
)


def make_app(folder: Path) -> Any:
    """The real app on a SQLite file in `folder` (production settings apart from the test key)."""
    os.environ["INSTANCE_PATH"] = str(folder)
    return create_app(
        {
            "SECRET_KEY": SECRET_KEY,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.sqlite3'}",
            "QUESTIONNAIRE_DIR": str(ROOT / "questionnaires"),
        }
    )


def seed(folder: Path, responses: int, seed_value: int = 2026) -> float:
    """Create the database with `responses` stakeholder-event responses; return the seconds it took."""
    started = time.perf_counter()
    app = make_app(folder)
    with app.app_context():
        db.create_all()
        _outcomes, errors = load_folder(ROOT / "questionnaires")
        assert not errors, errors
        create_member(EMAIL, "Bench Admin", "admin", PASSWORD)
        questionnaire = db.session.scalar(select(Questionnaire).filter_by(slug=SLUG))
        version = current_version(questionnaire)
        definition = version_definition(version)
        rng = random.Random(seed_value)
        first_day = dt.date(2025, 1, 1)
        answer_id = 0
        for start in range(1, responses + 1, INSERT_BATCH):
            response_rows: list[dict[str, Any]] = []
            answer_rows: list[dict[str, Any]] = []
            for response_id in range(start, min(start + INSERT_BATCH, responses + 1)):
                response_rows.append(
                    {
                        "id": response_id,
                        "questionnaire_id": questionnaire.id,
                        "version_id": version.id,
                        "link_id": None,
                        "submission_token": f"bench-{response_id}",
                        "reference": f"B{response_id:09d}",
                        "submitted_on": first_day + dt.timedelta(days=response_id % 600),
                        "submitted_at": None,
                        "tags": TAGS[response_id % len(TAGS)],
                    }
                )
                for key, value in demo_answers(rng, SLUG, definition).items():
                    for item in value if isinstance(value, list) else [value]:
                        answer_id += 1
                        answer_rows.append(
                            {"id": answer_id, "response_id": response_id, "question_key": key, "value": item}
                        )
            db.session.execute(insert(Response.__table__), response_rows)
            db.session.execute(insert(Answer.__table__), answer_rows)
            db.session.commit()
        db.session.remove()
        db.engine.dispose()
    return time.perf_counter() - started


def _sign_in(client: Any) -> None:
    page = client.get("/admin/sign-in").get_data(as_text=True)
    match = CSRF_RE.search(page)
    assert match, "no CSRF token on the sign-in page"
    token = match.group(1) or match.group(2)
    response = client.post("/admin/sign-in", data={"csrf_token": token, "email": EMAIL, "password": PASSWORD})
    assert response.status_code == 302, "sign-in failed"


def current_rss_mb() -> float:
    """This process's resident memory now (not its peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * PAGE_BYTES / 1e6


@dataclass
class Streamed:
    """One download as the client saw it."""

    size: int = 0
    first_byte_s: float = 0.0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


def stream(client: Any, url: str) -> Streamed:
    """Download `url` chunk by chunk, sampling resident memory at every chunk."""
    result = Streamed(peak_rss_mb=current_rss_mb())
    started = time.perf_counter()
    response = client.get(url, buffered=False)
    assert response.status_code == 200, response.status_code
    for chunk in response.iter_encoded():
        if not result.size:
            result.first_byte_s = time.perf_counter() - started
        result.size += len(chunk)
        result.peak_rss_mb = max(result.peak_rss_mb, current_rss_mb())
    response.close()
    result.seconds = time.perf_counter() - started
    return result


def measure(folder: Path, fmt: str) -> dict[str, Any]:
    """In this process: warm up, time one full download sampling memory, then trace its Python heap.

    Sign-in hashes a password with argon2id (64 MiB), so the process's lifetime peak (ru_maxrss)
    would hide the download; the resident memory is sampled during the download instead.
    """
    app = make_app(folder)
    client = app.test_client()
    _sign_in(client)
    url = f"/admin/questionnaires/{SLUG}/responses.{fmt}"
    stream(client, url + "?version=99")  # no rows: imports, templates and caches are warm
    before_mb = current_rss_mb()
    timed = stream(client, url)
    tracemalloc.start()
    tracemalloc.reset_peak()
    stream(client, url)
    _current, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    with app.app_context():
        rows = int(db.session.scalar(select(func.count(Response.id))) or 0)
    return {
        "format": fmt,
        "rows": rows,
        "seconds": round(timed.seconds, 2),
        "first_byte_s": round(timed.first_byte_s, 3),
        "megabytes": round(timed.size / 1e6, 1),
        "rows_per_s": round(rows / timed.seconds) if timed.seconds else 0,
        "rss_before_mb": round(before_mb, 1),
        "rss_peak_mb": round(timed.peak_rss_mb, 1),
        "rss_growth_mb": round(timed.peak_rss_mb - before_mb, 1),
        "python_heap_peak_mb": round(heap_peak / 1e6, 1),
        "lifetime_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run_measure(folder: Path, fmt: str) -> dict[str, Any]:
    """Measure one download in a fresh process, so each peak-memory figure is its own."""
    output = subprocess.run(
        [sys.executable, __file__, "--measure", fmt, "--folder", str(folder)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def main() -> None:
    """Seed each size, measure each format, print a table and the JSON summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--formats", nargs="+", default=["csv", "xlsx", "json"], choices=["csv", "xlsx", "json"]
    )
    parser.add_argument("--measure", choices=["csv", "xlsx", "json"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.folder, args.measure)))
        return

    results: list[dict[str, Any]] = []
    seeding: dict[str, float] = {}
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="download-bench-") as tmp:
            folder = Path(tmp)
            seeding[str(size)] = round(seed(folder, size), 1)
            print(f"seeded {size} responses in {seeding[str(size)]} s", flush=True)
            for fmt in args.formats:
                result = run_measure(folder, fmt)
                results.append(result)
                print(
                    f"{fmt:5} {result['rows']:>7} rows  {result['seconds']:>7.2f} s  "
                    f"{result['megabytes']:>6.1f} MB  first byte {result['first_byte_s']:.3f} s  "
                    f"RSS +{result['rss_growth_mb']:.1f} MB  heap {result['python_heap_peak_mb']:.1f} MB",
                    flush=True,
                )
    largest = max(args.sizes)
    csv_largest = next((r for r in results if r["format"] == "csv" and r["rows"] == largest), None)
    summary = {
        "date": dt.date.today().isoformat(),
        "questionnaire": SLUG,
        "sizes": args.sizes,
        "seed_seconds": seeding,
        "downloads": results,
        "csv_target_s": CSV_TARGET_SECONDS,
        "csv_within_target": bool(csv_largest and csv_largest["seconds"] <= CSV_TARGET_SECONDS),
        "max_rss_growth_mb": {
            fmt: {str(r["rows"]): r["rss_growth_mb"] for r in results if r["format"] == fmt}
            for fmt in args.formats
        },
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
