"""Gunicorn settings for `make run` and production; override with GUNICORN_CMD_ARGS."""

import os

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
