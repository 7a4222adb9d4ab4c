"""Commands for `flask --app feedback_app ...`."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from .assets import build_assets
from .config import PROJECT_ROOT
from .jobs.queue import queue, run_worker
from .jobs.recovery import recover_interrupted_jobs
from .questionnaires.links import LinkError, create_link, get_link, short_url, write_qr
from .questionnaires.store import get_by_slug, load_folder
from .responses.exports import write_csv
from .responses.submission import purge_stale_drafts

# The formats export-responses writes, by the name --format takes.
EXPORT_WRITERS = {"csv": write_csv}


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-14") from None


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Bring the database schema up to date through the migrations."""
    upgrade(directory=str(PROJECT_ROOT / "migrations"))
    click.echo("Database is at the latest schema.")


@click.command("load-questionnaires")
@with_appcontext
@click.option("--check", is_flag=True, help="Validate the files without loading them.")
@click.option("--folder", type=click.Path(path_type=Path), default=None, help="Definitions folder.")
def load_questionnaires_command(check: bool, folder: Path | None) -> None:
    """Validate and load every questionnaire definition; a bad file loads nothing."""
    folder = folder or Path(current_app.config["QUESTIONNAIRE_DIR"])
    outcomes, errors = load_folder(folder, check_only=check)
    for outcome in outcomes:
        suffix = "" if check else f" (version {outcome.version})"
        click.echo(f"{outcome.slug}: {outcome.action}{suffix}")
    for error in errors:
        click.echo(f"ERROR in {error.source}:", err=True)
        for problem in error.problems:
            click.echo(f"  - {problem}", err=True)
    if errors:
        sys.exit(1)


@click.command("create-link")
@with_appcontext
@click.argument("slug")
@click.option("--name", required=True, help="What the link is for, e.g. 'Leeds showcase, March'.")
@click.option("--event", default=None)
@click.option("--event-date", default=None, help="YYYY-MM-DD")
@click.option("--region", default=None)
@click.option("--cohort", default=None)
@click.option("--setting", default=None)
@click.option("--opens-on", default=None, help="YYYY-MM-DD")
@click.option("--closes-on", default=None, help="YYYY-MM-DD")
@click.option("--max-responses", type=click.IntRange(min=1), default=None)
@click.option(
    "--expected",
    "expected_responses",
    type=click.IntRange(1, 1_000_000),
    default=None,
    help="How many people the link is for (invited, attending, in the cohort): its response rate.",
)
@click.option("--qr-dir", type=click.Path(path_type=Path), default=None, help="Also write QR codes here.")
def create_link_command(
    slug: str,
    name: str,
    event: str | None,
    event_date: str | None,
    region: str | None,
    cohort: str | None,
    setting: str | None,
    opens_on: str | None,
    closes_on: str | None,
    max_responses: int | None,
    expected_responses: int | None,
    qr_dir: Path | None,
) -> None:
    """Create a collection link whose tags are stored on every response through it."""
    tags = {
        "event": event or "",
        "event_date": event_date or "",
        "region": region or "",
        "cohort": cohort or "",
        "setting": setting or "",
    }
    try:
        link = create_link(
            slug, name, tags, _date(opens_on), _date(closes_on), max_responses, expected_responses
        )
    except LinkError as exc:
        raise click.ClickException(str(exc)) from None
    url = short_url(current_app.config["BASE_URL"], link)
    click.echo(f"Created link {link.code}: {url}")
    if qr_dir is not None:
        for path in write_qr(url, qr_dir / f"{slug}-{link.code}"):
            click.echo(f"Wrote {path}")


@click.command("qr")
@with_appcontext
@click.argument("code")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("qr"), show_default=True)
def qr_command(code: str, out_dir: Path) -> None:
    """Write a collection link's QR code as PNG and SVG, for posters and slides."""
    link = get_link(code)
    if link is None:
        raise click.ClickException(f"no collection link with code {code!r}")
    url = short_url(current_app.config["BASE_URL"], link)
    for path in write_qr(url, out_dir / f"{link.questionnaire.slug}-{link.code}"):
        click.echo(f"Wrote {path}")


@click.command("seed-demo")
@with_appcontext
@click.option("--responses", type=click.IntRange(min=1, max=200_000), default=60, show_default=True)
@click.option("--seed", type=int, default=2026, show_default=True)
@click.option("--if-empty", is_flag=True, help="Only when the database has no responses yet.")
def seed_demo_command(responses: int, seed: int, if_empty: bool) -> None:
    """Add deterministic synthetic responses to every loaded questionnaire."""
    from .demo.seed import seed_demo, seed_demo_recommendations  # the demo text is only loaded when asked for

    added = seed_demo(responses, seed, only_if_empty=if_empty)
    if not added:
        click.echo("Responses already exist; no demo data added.")
        return
    for slug, count in added.items():
        click.echo(f"{slug}: {count} demo responses")
    if seed_demo_recommendations():
        click.echo("Demo recommendations added for the report")


@click.command("export-responses")
@with_appcontext
@click.argument("slug")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_WRITERS)), default="csv", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="File (default: standard output).")
def export_responses_command(slug: str, fmt: str, out: Path | None) -> None:
    """Export a questionnaire's responses as a tidy table, one row per response."""
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        raise click.ClickException(f"no questionnaire with slug {slug!r}")
    write = EXPORT_WRITERS[fmt]
    if out is None:
        count = write(questionnaire, sys.stdout)  # type: ignore[arg-type]
    else:
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            count = write(questionnaire, handle)
    click.echo(f"Exported {count} responses.", err=True)


@click.command("purge-drafts")
@with_appcontext
def purge_drafts_command() -> None:
    """Delete unfinished answers older than DRAFT_MAX_AGE_DAYS (schedule daily)."""
    removed = purge_stale_drafts(int(current_app.config["DRAFT_MAX_AGE_DAYS"]))
    click.echo(f"Removed {removed} unfinished drafts.")


@click.command("purge-expired")
@with_appcontext
@click.option("--dry-run", is_flag=True, help="Count what would be deleted; delete nothing.")
def purge_expired_command(dry_run: bool) -> None:
    """Delete responses older than their questionnaire's retention period (schedule daily)."""
    from .questionnaires.retention import purge_expired

    results = purge_expired(dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    for result in results:
        click.echo(
            f"{result.slug}: {verb} {result.deleted} responses sent before {result.cutoff.isoformat()} "
            f"(kept for {result.retention_months} months)"
        )
    click.echo(
        f"{'Would delete' if dry_run else 'Deleted'} {sum(r.deleted for r in results)} responses in all."
    )


@click.command("flag-comments")
@with_appcontext
def flag_comments_command() -> None:
    """Run the risk check on stored typed answers not flagged yet (after an upgrade or a rules change)."""
    from .safeguarding.flags import flag_stored_responses

    added = flag_stored_responses()
    plural = "s" if added != 1 else ""
    click.echo(f"Flagged {added} more comment{plural} for review (no e-mail is sent for these).")


@click.command("build-assets")
@with_appcontext
def build_assets_command() -> None:
    """Copy the NHS.UK frontend's CSS, JS and images into the static folder."""
    target = build_assets(PROJECT_ROOT / "node_modules", Path(current_app.static_folder or "static"))
    click.echo(f"Assets written to {target}")


@click.command("report")
@with_appcontext
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True, help="Folder to write.")
@click.option("--questionnaire", "slugs", multiple=True, help="Only this questionnaire (repeatable).")
@click.option("--threshold", type=click.IntRange(min=1), default=None, help="Suppression threshold.")
def report_command(out_dir: Path, slugs: tuple[str, ...], threshold: int | None) -> None:
    """Write the lessons-learnt report (HTML, Word, Markdown, summary CSVs) of the stored responses."""
    from analysis.report.build import ReportInputError

    from .insights.frames import write_lessons_learnt_report

    try:
        doc = write_lessons_learnt_report(
            out_dir, threshold or current_app.config["SUPPRESSION_THRESHOLD"], slugs
        )
    except ReportInputError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"Wrote report.html, report.docx, report.pdf, report.md, {len(doc.summaries)} summary CSVs and "
        f"suppression_log.csv ({len(doc.suppression_log)} hidden cells) to {out_dir}"
    )


@click.command("create-user")
@with_appcontext
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(["admin", "viewer"]), default="admin", show_default=True)
@click.password_option(help="Prompted for (twice) when not given.")
def create_user_command(email: str, name: str, role: str, password: str) -> None:
    """Add a team member (the first admin is made this way; admins add others in the web)."""
    from .team.accounts import AccountError, create_member

    try:
        member = create_member(email, name, role, password, actor="command line")
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Added {member.email} as {member.role}.")


@click.command("reset-password")
@with_appcontext
@click.argument("email")
def reset_password_command(email: str) -> None:
    """Give a member a one-time password they must change at sign-in (for when no admin can sign in)."""
    from .errors import NotFound, SettingsError
    from .team.passwords import reset_password_by_email

    try:
        reset = reset_password_by_email(email)
    except NotFound:
        raise click.ClickException(f"no team member with the email address {email!r}") from None
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None
    # Printed once to the terminal that asked, never logged: give it to the member in person or by phone.
    click.echo(f"{reset.member.email} is signed out everywhere. Their one-time password (shown once):")
    click.echo(reset.one_time_password)
    click.echo("It works for one sign-in; they must then choose their own password.")


@click.command("run-worker")
@click.option("--workers", default=1, show_default=True, help="jobs run at once (threads)")
@with_appcontext
def run_worker_command(workers: int) -> None:
    """Run report jobs from the task queue until stopped (Ctrl-C finishes the job under way first)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # A job whose worker this one replaces (killed, a deploy) goes back on the queue before any waits.
    try:
        recover_interrupted_jobs()
    except Exception:
        # The database is away for a moment: the worker starts anyway, and its check each minute retries.
        logging.getLogger(__name__).exception("interrupted report jobs not checked at start-up")
    run_worker(queue(), workers)


def register(app: Flask) -> None:
    """Add the commands to the app's CLI."""
    for command in (
        init_db_command,
        load_questionnaires_command,
        create_link_command,
        qr_command,
        seed_demo_command,
        export_responses_command,
        purge_drafts_command,
        purge_expired_command,
        flag_comments_command,
        report_command,
        build_assets_command,
        create_user_command,
        reset_password_command,
        run_worker_command,
    ):
        app.cli.add_command(command)
