"""Gunicorn settings for `make run` and production; override with GUNICORN_CMD_ARGS."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from gunicorn.glogging import Logger

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
# A sync worker streams a download to the end: 100,000 responses as XLSX take 30-50 s on 2 cores
# (docs/benchmarks.md), so the worker timeout leaves room for that.
timeout = 120
# No client address in the access log: respondents are anonymous (docs/quality.md rule 11).
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"

# Paths whose requests keep a full access line: the team area (sign-in included) and the health check.
STAFF_PATHS = ("/admin/", "/healthz")


class StaffOnlyAccessLogger(Logger):
    """Access lines for staff routes only; the error log carries dates, never times of day.

    A timestamped line per respondent request, in the order the responses are stored, would give
    each anonymous response its time to the second (docs/quality.md rule 28). Leaving those lines
    out, rather than writing them with the date, also keeps their place among the staff lines from
    dating them. Gunicorn's own error lines (worker starts, timeouts) cannot say which kind of
    request was running, so they all carry the date alone.
    """

    datefmt = r"[%Y-%m-%d %z]"

    def access(self, resp, req, environ, request_time):  # type: ignore[no-untyped-def]
        """Write the line only for a staff route."""
        path = environ.get("PATH_INFO", "")
        if path == "/admin" or path.startswith(STAFF_PATHS):
            super().access(resp, req, environ, request_time)


logger_class = StaffOnlyAccessLogger


# The report worker (`flask --app feedback_app run-worker`) started beside the web workers, so `make run`
# needs nothing else; EMBEDDED_WORKER=0 leaves it to a service of its own (README, "Report jobs").
_report_worker: subprocess.Popen[bytes] | None = None


def when_ready(server):  # type: ignore[no-untyped-def]
    """Once the web workers can start: start the report worker, unless EMBEDDED_WORKER is 0."""
    global _report_worker
    if os.environ.get("EMBEDDED_WORKER", "1").strip() == "0":
        return
    command = [sys.executable, "-m", "flask", "--app", "feedback_app", "run-worker"]
    # A fixed command of this interpreter and the app: nothing in it comes from outside.
    _report_worker = subprocess.Popen(command, cwd=Path(__file__).resolve().parent)  # noqa: S603
    server.log.info("report worker started (pid %s)", _report_worker.pid)


def on_exit(server):  # type: ignore[no-untyped-def]
    """Stop the report worker: SIGINT lets it finish the job under way, for as long as gunicorn's own
    graceful timeout; after that it is stopped, and the job's page says it stopped."""
    if _report_worker is None or _report_worker.poll() is not None:
        return
    _report_worker.send_signal(signal.SIGINT)
    try:
        _report_worker.wait(timeout=server.cfg.graceful_timeout)
    except subprocess.TimeoutExpired:
        _report_worker.kill()
        _report_worker.wait()
