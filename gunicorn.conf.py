"""Gunicorn settings for `make run` and production; override with GUNICORN_CMD_ARGS."""

import os

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
