"""The `flask --app feedback_app ...` commands a team member runs."""

from __future__ import annotations

import csv
import io
import struct
from pathlib import Path

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import CollectionLink, Draft, Recommendation, Response


def test_create_link_writes_qr_codes(app, runner, tmp_path: Path):
    """create-link stores the tags and writes a scannable PNG and an SVG of the short URL."""
    result = runner.invoke(
        args=[
            "create-link",
            "stakeholder-event",
            "--name",
            "Leeds showcase",
            "--event",
            "AP showcase",
            "--event-date",
            "2026-03-12",
            "--region",
            "north-east-yorkshire",
            "--qr-dir",
            str(tmp_path),
        ]
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        link = db.session.scalars(select(CollectionLink)).one()
        assert link.tags == {
            "event": "AP showcase",
            "event_date": "2026-03-12",
            "region": "north-east-yorkshire",
        }
    assert f"https://feedback.example.nhs.uk/s/{link.code}" in result.output
    png = tmp_path / f"stakeholder-event-{link.code}.png"
    svg = tmp_path / f"stakeholder-event-{link.code}.svg"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width == height >= 300
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_qr_command_for_existing_link(app, runner, tmp_path: Path):
    """qr writes both files for a link made earlier; an unknown code is a clear error."""
    runner.invoke(args=["create-link", "patient-experience", "--name", "Ward 3 poster"])
    with app.app_context():
        code = db.session.scalars(select(CollectionLink.code)).one()
    out = tmp_path / "qr"
    result = runner.invoke(args=["qr", code, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in out.iterdir()) == [".png", ".svg"]
    missing = runner.invoke(args=["qr", "nothere", "--out", str(tmp_path)])
    assert missing.exit_code != 0 and "no collection link" in missing.output


def test_create_link_refuses_bad_input(runner):
    """A bad date or unknown questionnaire is refused without a traceback."""
    bad_date = runner.invoke(
        args=["create-link", "patient-experience", "--name", "x", "--event-date", "soon"]
    )
    assert bad_date.exit_code != 0 and "event_date must be a date" in bad_date.output
    unknown = runner.invoke(args=["create-link", "nope", "--name", "x"])
    assert unknown.exit_code != 0 and "no questionnaire" in unknown.output


def _export(runner, tmp_path: Path, name: str) -> list[dict[str, str]]:
    out = tmp_path / name
    result = runner.invoke(
        args=["export-responses", "stakeholder-event", "--format", "csv", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


def test_seed_demo_is_deterministic_and_exports(app, runner, tmp_path: Path):
    """The same seed gives the same answers; the tidy export has one row per response."""
    result = runner.invoke(args=["seed-demo", "--responses", "25", "--seed", "7"])
    assert result.exit_code == 0, result.output
    first = _export(runner, tmp_path, "a.csv")
    assert len(first) == 25
    assert {"questionnaire", "version", "reference", "submitted_on", "went_well"} <= set(first[0])
    assert any(row["went_well"] for row in first)
    skipped = runner.invoke(args=["seed-demo", "--if-empty"])
    assert "already exist" in skipped.output
    # The first seeding also wrote the demo recommendations, once, so the report shows the section.
    assert "Demo recommendations added" in result.output
    with app.app_context():
        findings = db.session.scalars(select(Recommendation.finding).order_by(Recommendation.id)).all()
    assert findings == ["maths_english", "release_backfill", "mentor_capacity", "general"]
    with app.app_context():
        db.session.execute(Response.__table__.delete())
        db.session.commit()
    runner.invoke(args=["seed-demo", "--responses", "25", "--seed", "7"])
    second = _export(runner, tmp_path, "b.csv")
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("reference",)} for r in rows]  # noqa: E731
    assert [r["went_well"] for r in first] == [r["went_well"] for r in second]
    assert strip(first)[0].keys() == strip(second)[0].keys()


def test_seed_demo_covers_every_questionnaire(app, runner):
    """Every shipped questionnaire gets the requested number of responses."""
    runner.invoke(args=["seed-demo", "--responses", "10"])
    with app.app_context():
        counts = dict(
            db.session.execute(
                select(Response.questionnaire_id, func.count()).group_by(Response.questionnaire_id)
            ).all()
        )
    assert sorted(counts.values()) == [10, 10, 10]


def test_export_unknown_questionnaire(runner):
    """Exporting a slug that does not exist is a clear error."""
    result = runner.invoke(args=["export-responses", "nope"])
    assert result.exit_code != 0 and "no questionnaire" in result.output


def test_purge_drafts_removes_only_stale_ones(app, runner):
    """Unfinished answers older than the limit are deleted; recent ones stay."""
    import datetime as dt

    from feedback_app.questionnaires.store import current_version, get_by_slug

    with app.app_context():
        version = current_version(get_by_slug("patient-experience"))
        db.session.add(Draft(token="old", version_id=version.id, answers={}, started_on=dt.date(2020, 1, 1)))
        db.session.add(Draft(token="new", version_id=version.id, answers={}))
        db.session.commit()
    result = runner.invoke(args=["purge-drafts"])
    assert "Removed 1" in result.output
    with app.app_context():
        assert db.session.scalars(select(Draft.token)).all() == ["new"]


def test_seed_demo_twice_adds_more(app, runner):
    """Seeding again with the same seed adds responses rather than failing on duplicates."""
    assert runner.invoke(args=["seed-demo", "--responses", "3", "--seed", "1"]).exit_code == 0
    again = runner.invoke(args=["seed-demo", "--responses", "3", "--seed", "1"])
    assert again.exit_code == 0, again.output
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 18
