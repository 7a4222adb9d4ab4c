"""Submission benchmark: complete questionnaire submissions per second against a bare Flask "hello".

Both apps run under gunicorn with the repo's gunicorn.conf.py (sync workers, access log off) on a
loopback port, and both are driven by the same client, wrk, with one connection per client thread.
The submission client is a Lua state machine: each client is one respondent at a time, walking
GET form page -> POST answers -> GET check page -> POST submit -> GET confirmation, with its own
session cookie and CSRF token, and a unique answer text so every stored row can be checked after.

Usage: .venv/bin/python bench/submit.py [--seconds 10] [--clients 16] [--workers 2]
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
SLUG = "bench"

# A one-page questionnaire: the FFT question and one free-text answer, as the issue describes.
QUESTIONNAIRE = f"""\
slug: {SLUG}
title: Benchmark questionnaire
introduction: Used only by bench/submit.py to time submissions on a throwaway database.
audience: patient
estimated_minutes: 1
anonymity: anonymous
privacy_notice: Benchmark answers are written to a temporary folder and deleted after the run.
retention_months: 1
quotable: false
listed: false
pages:
  - title: Your experience
    questions:
      - key: fft
        type: fft
        required: true
      - key: comment
        type: long_text
        label: What was good?
        prompt: what_good
        max_length: 1500
"""

# Shared by both wrk scripts: a monotonic clock in milliseconds, and a number for each thread.
LUA_PRELUDE = r"""
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts)  -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end
"""

# wrk calls request() for each request a connection sends and response() for each answer. With one
# connection per thread the two strictly alternate, so each thread is one respondent at a time.
# request() only reads the state (wrk also calls it once up front to check the script); response()
# moves it on.
SUBMIT_LUA = (
    LUA_PRELUDE
    + r"""
local slug, run
local step, n, cookie, csrf, payload, location, sent_at
post_ms, submit_ms, confirmed, statuses, failures = {}, {}, {}, {}, 0

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function answer_text()
  return "bench " .. run .. " t" .. id .. " n" .. n
end

local function new_respondent()
  step, cookie, csrf, payload, location = 1, nil, nil, nil, nil
  n = n + 1
end

function init(args)
  slug, run, n = args[1], args[2], 0
  new_respondent()
end

local function headers()
  local h = {}
  if cookie then h["Cookie"] = cookie end
  return h
end

function request()
  sent_at = now_ms()
  local page = "/q/" .. slug .. "/page/1"
  if step == 1 then
    return wrk.format("GET", page, headers())
  elseif step == 2 then
    local h = headers()
    h["Content-Type"] = "application/x-www-form-urlencoded"
    local body = "csrf_token=" .. urlencode(csrf) .. "&fft=very_good&comment=" .. urlencode(answer_text())
    return wrk.format("POST", page, h, body)
  elseif step == 3 then
    return wrk.format("GET", "/q/" .. slug .. "/check", headers())
  elseif step == 4 then
    local h = headers()
    h["Content-Type"] = "application/x-www-form-urlencoded"
    local body = "csrf_token=" .. urlencode(csrf) .. "&payload=" .. urlencode(payload)
    return wrk.format("POST", "/q/" .. slug .. "/submit", h, body)
  end
  return wrk.format("GET", location, headers())
end

local function keep_cookie(h)
  local set = h["Set-Cookie"] or h["set-cookie"]
  if set then cookie = set:match("^([^;]+)") end
end

local function failed()
  failures = failures + 1
  new_respondent()
end

function response(status, h, body)
  local took = now_ms() - sent_at
  statuses[status] = (statuses[status] or 0) + 1
  keep_cookie(h)
  if step == 1 then
    csrf = status == 200 and body:match('name="csrf_token" type="hidden" value="([^"]+)"')
    if not csrf then return failed() end
    step = 2
  elseif step == 2 then
    table.insert(post_ms, took)
    local to = h["Location"] or ""
    if status ~= 302 or not to:find("/check", 1, true) then return failed() end
    step = 3
  elseif step == 3 then
    csrf = status == 200 and body:match('name="csrf_token" type="hidden" value="([^"]+)"')
    payload = status == 200 and body:match('name="payload" type="hidden" value="([^"]+)"')
    if not (csrf and payload) then return failed() end
    payload = payload:gsub("&#34;", '"'):gsub("&amp;", "&")
    step = 4
  elseif step == 4 then
    table.insert(submit_ms, took)
    local to = h["Location"] or ""
    if status ~= 303 or not to:find("/complete?ref=", 1, true) then return failed() end
    table.insert(confirmed, answer_text())
    location = to:gsub("^https?://[^/]+", "")
    step = 5
  else
    if status ~= 200 then return failed() end
    new_respondent()
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  for _, thread in ipairs(threads) do
    for _, ms in ipairs(thread:get("post_ms")) do out:write("post ", ms, "\n") end
    for _, ms in ipairs(thread:get("submit_ms")) do out:write("submit ", ms, "\n") end
    for _, text in ipairs(thread:get("confirmed")) do out:write("confirmed ", text, "\n") end
    for code, count in pairs(thread:get("statuses")) do out:write("status ", code, " ", count, "\n") end
    out:write("failures ", thread:get("failures"), "\n")
  end
  out:write("requests ", summary.requests, "\n")
  out:write("duration_s ", summary.duration / 1e6, "\n")
  out:write("errors ", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, "\n")
  out:close()
end
"""
)

# The answer-POST phase: each client is one respondent who GETs the form once (session cookie and
# CSRF token) and then keeps POSTing the page's answers, as someone does who goes back and changes
# them. Every POST is validated, CSRF-checked and written to the respondent's draft in the database
# (BEGIN IMMEDIATE) before its 302; each carries a new answer text, so the draft can be checked after.
ANSWER_POST_LUA = (
    LUA_PRELUDE
    + r"""
local slug, run
local n, cookie, csrf, sent_at
post_ms, statuses, failures, saved, last_saved = {}, {}, 0, 0, ""

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function answer_text()
  return "post " .. run .. " t" .. id .. " n" .. n
end

function init(args)
  slug, run, n = args[1], args[2], 0
end

function request()
  sent_at = now_ms()
  local page = "/q/" .. slug .. "/page/1"
  local h = {}
  if cookie then h["Cookie"] = cookie end
  if not csrf then return wrk.format("GET", page, h) end
  h["Content-Type"] = "application/x-www-form-urlencoded"
  local body = "csrf_token=" .. urlencode(csrf) .. "&fft=very_good&comment=" .. urlencode(answer_text())
  return wrk.format("POST", page, h, body)
end

function response(status, h, body)
  local took = now_ms() - sent_at
  statuses[status] = (statuses[status] or 0) + 1
  local set = h["Set-Cookie"] or h["set-cookie"]
  if set then cookie = set:match("^([^;]+)") end
  if not csrf then
    csrf = status == 200 and body:match('name="csrf_token" type="hidden" value="([^"]+)"')
    if not csrf then failures = failures + 1; cookie = nil end
    n = n + 1
    return
  end
  local to = h["Location"] or ""
  if status == 302 and to:find("/check", 1, true) then
    table.insert(post_ms, took)
    saved = saved + 1
    last_saved = answer_text()
  else
    failures = failures + 1
    csrf, cookie = nil, nil
  end
  n = n + 1
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  for _, thread in ipairs(threads) do
    for _, ms in ipairs(thread:get("post_ms")) do out:write("post ", ms, "\n") end
    for code, count in pairs(thread:get("statuses")) do out:write("status ", code, " ", count, "\n") end
    out:write("failures ", thread:get("failures"), "\n")
    out:write("saved ", thread:get("saved"), "\n")
    local last = thread:get("last_saved")
    if last ~= "" then out:write("confirmed ", last, "\n") end
  end
  out:write("requests ", summary.requests, "\n")
  out:write("duration_s ", summary.duration / 1e6, "\n")
  out:write("errors ", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, "\n")
  out:close()
end
"""
)

# The same client for the ceiling: same threads, connections and response parsing, one GET each.
HELLO_LUA = r"""
local threads = {}
function setup(thread) table.insert(threads, thread) end
statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do out:write("status ", code, " ", count, "\n") end
  end
  out:write("requests ", summary.requests, "\n")
  out:write("duration_s ", summary.duration / 1e6, "\n")
  out:write("errors ", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, "\n")
  out:write("p50_ms ", latency:percentile(50) / 1000, "\n")
  out:write("p99_ms ", latency:percentile(99) / 1000, "\n")
  out:close()
end
"""

# Runs gunicorn with the repo's settings, access log switched off (it is on in gunicorn.conf.py).
SERVE = """
import sys
from gunicorn.app.wsgiapp import WSGIApplication

class QuietApplication(WSGIApplication):
    def load_config(self):
        super().load_config()
        self.cfg.set("accesslog", None)

sys.argv = ["gunicorn", *sys.argv[1:]]
QuietApplication("%(prog)s [OPTIONS] [APP_MODULE]").run()
"""


@dataclass
class Run:
    """What one wrk run saw, read back from the file its Lua done() wrote."""

    requests: int
    errors: int
    seconds: float
    statuses: Counter[int]
    failures: int
    post_ms: list[float]
    submit_ms: list[float]
    confirmed: list[str]
    saved: int
    extra: dict[str, float]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare_instance(folder: Path) -> dict[str, str]:
    """A fresh SQLite instance with the bench questionnaire loaded; return the server environment."""
    instance = folder / "instance"
    questionnaires = folder / "questionnaires"
    instance.mkdir()
    questionnaires.mkdir()
    (questionnaires / f"{SLUG}.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    env = {
        **os.environ,
        "INSTANCE_PATH": str(instance),
        "QUESTIONNAIRE_DIR": str(questionnaires),
        "FEEDBACK_ENV": "production",
        "SECRET_KEY": secrets.token_hex(32),
        # The benchmarks measure the web workers: no report worker beside them (gunicorn.conf.py).
        "EMBEDDED_WORKER": "0",
    }
    env.pop("DATABASE_URL", None)
    flask = [sys.executable, "-m", "flask", "--app", "feedback_app"]
    for command in (["init-db"], ["load-questionnaires"]):
        subprocess.run([*flask, *command], env=env, cwd=ROOT, check=True, capture_output=True)
    return env


def serve(
    target: str, workers: int, env: dict[str, str], extra: list[str]
) -> tuple[subprocess.Popen[bytes], str]:
    """Start gunicorn for `target` on a free loopback port; return the process and its base URL."""
    port = free_port()
    args = [
        "-c",
        str(ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        *extra,
        target,
    ]
    env = {**env, "BASE_URL": f"http://127.0.0.1:{port}"}
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, f"http://127.0.0.1:{port}"


def wait_until_up(process: subprocess.Popen[bytes], url: str, workers: int) -> None:
    """Wait (30 s at most) until the server answers; then give every worker time to boot."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:  # only ever 127.0.0.1
                if answer.status == 200:
                    # Workers boot one after another; a request answered proves only one is up.
                    time.sleep(0.5 * workers)
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise SystemExit(f"{url} did not answer within 30 seconds")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a gunicorn we started and wait for it."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def run_wrk(
    wrk: str, script: Path, url: str, clients: int, seconds: float, args: list[str], out: Path
) -> Run:
    """One wrk run with one connection per client thread; parse what its done() wrote."""
    command = [
        wrk,
        f"-t{clients}",
        f"-c{clients}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        url,
        "--",
        *args,
    ]
    subprocess.run(
        command,
        env={**os.environ, "BENCH_OUT": str(out)},
        check=True,
        capture_output=True,
        timeout=seconds + 60,
    )
    run = Run(0, 0, 0.0, Counter(), 0, [], [], [], 0, {})
    for line in out.read_text(encoding="utf-8").splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "post":
            run.post_ms.append(float(rest))
        elif kind == "submit":
            run.submit_ms.append(float(rest))
        elif kind == "confirmed":
            run.confirmed.append(rest)
        elif kind == "status":
            code, count = rest.split()
            run.statuses[int(code)] += int(count)
        elif kind == "failures":
            run.failures += int(rest)
        elif kind == "saved":
            run.saved += int(rest)
        elif kind == "requests":
            run.requests = int(rest)
        elif kind == "errors":
            run.errors = int(rest)
        else:
            run.extra[kind] = float(rest)
    # wrk's own measured duration is what its counts cover.
    run.seconds = run.extra.pop("duration_s", 0.0) or max(1, round(seconds))
    return run


def combined(runs: list[Run]) -> Run:
    """Several wrk runs of one script added up as one (counts, latencies, durations)."""
    total = Run(0, 0, 0.0, Counter(), 0, [], [], [], 0, {})
    for run in runs:
        total.requests += run.requests
        total.errors += run.errors
        total.seconds += run.seconds
        total.statuses.update(run.statuses)
        total.failures += run.failures
        total.post_ms += run.post_ms
        total.submit_ms += run.submit_ms
        total.confirmed += run.confirmed
        total.saved += run.saved
        for key, value in run.extra.items():
            # Percentiles cannot be merged; keep the worst slice's.
            total.extra[key] = max(total.extra.get(key, 0.0), value)
    return total


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of some latencies, in ms; 0 when there are none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(pct / 100 * len(ordered))))
    return ordered[rank - 1]


def stored_rows(instance: Path) -> tuple[int, Counter[str], int]:
    """Responses stored, how often each answer text is stored, and how many references repeat."""
    import sqlite3

    conn = sqlite3.connect(instance / "feedback.sqlite3")
    try:
        rows = conn.execute("SELECT count(*) FROM response").fetchone()[0]
        texts = Counter(
            value for (value,) in conn.execute("SELECT value FROM answer WHERE question_key = 'comment'")
        )
        repeated = conn.execute("SELECT count(*) - count(DISTINCT reference) FROM response").fetchone()[0]
    finally:
        conn.close()
    return int(rows), texts, int(repeated)


def drafts_missing(instance: Path, last_saved: list[str]) -> int:
    """How many clients' last acknowledged answer POST is not in the database.

    Each answer-POST client keeps one draft; its last 302 must have stored that POST's text, or a
    later one the client sent but never read the answer to when the run stopped.
    """
    import sqlite3

    conn = sqlite3.connect(instance / "feedback.sqlite3")
    try:
        stored = [
            str(json.loads(answers).get("comment", ""))
            for (answers,) in conn.execute("SELECT answers FROM draft")
        ]
    finally:
        conn.close()
    latest: dict[str, int] = {}
    for text in stored:
        client, _, number = text.rpartition(" n")
        if number.isdigit():
            latest[client] = max(latest.get(client, -1), int(number))
    missing = 0
    for text in last_saved:
        client, _, number = text.rpartition(" n")
        if latest.get(client, -1) < int(number):
            missing += 1
    return missing


def main() -> None:
    """Run both apps under the same load; print the figures and, last, one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10, help="length of each measured run")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (wrk threads)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per app")
    parser.add_argument(
        "--slice",
        type=int,
        default=2,
        help="seconds per slice: hello and answer POSTs are measured in alternating slices",
    )
    options = parser.parse_args()
    slices = max(1, round(options.seconds / options.slice))

    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is needed: apt-get install -y wrk (make bench installs it)")

    with tempfile.TemporaryDirectory(prefix="feedback-bench-") as temp:
        folder = Path(temp)
        scripts = {"submit": SUBMIT_LUA, "answer_post": ANSWER_POST_LUA, "hello": HELLO_LUA}
        for name, source in scripts.items():
            (folder / f"{name}.lua").write_text(source, encoding="utf-8")
        submit_lua, post_lua, hello_lua = (folder / f"{name}.lua" for name in scripts)
        env = prepare_instance(folder)
        run_id = secrets.token_hex(4)

        # Both servers run for the whole measurement (an idle sync worker uses no CPU), so the hello
        # ceiling and the answer POSTs can be measured in alternating slices: whatever else loads
        # this shared machine then weighs on both sides of the ratio alike.
        hello_process, hello_url = serve("hello_app:app", options.workers, env, ["--pythonpath", str(BENCH)])
        process, url = serve("wsgi:app", options.workers, env, [])
        try:
            wait_until_up(hello_process, hello_url + "/", options.workers)
            wait_until_up(process, url + "/healthz", options.workers)
            run_wrk(wrk, hello_lua, hello_url, options.clients, 1, [], folder / "warm.txt")
            # Warm-up respondents (templates compiled, definition parsed) are excluded by their run id.
            run_wrk(wrk, submit_lua, url, options.clients, 1, [SLUG, "warmup"], folder / "warm.txt")
            sub = run_wrk(
                wrk, submit_lua, url, options.clients, options.seconds, [SLUG, run_id], folder / "submit.txt"
            )
            hello_slices, post_slices = [], []
            for index in range(slices):
                hello_slices.append(
                    run_wrk(
                        wrk, hello_lua, hello_url, options.clients, options.slice, [], folder / "hello.txt"
                    )
                )
                # The answer POSTs alone: the rate the server takes the POSTs that carry answers.
                post_slices.append(
                    run_wrk(
                        wrk,
                        post_lua,
                        url,
                        options.clients,
                        options.slice,
                        [SLUG, f"{run_id}-{index}"],
                        folder / "post.txt",
                    )
                )
            hello, posts = combined(hello_slices), combined(post_slices)
            # The form page alone, as a first visit (new session and CSRF token): where the time goes.
            form = run_wrk(
                wrk,
                hello_lua,
                f"{url}/q/{SLUG}/page/1",
                options.clients,
                options.seconds,
                [],
                folder / "form.txt",
            )
        finally:
            stop(process)
            stop(hello_process)

        instance = Path(env["INSTANCE_PATH"])
        rows, texts, repeated_refs = stored_rows(instance)
        posts_unsaved = drafts_missing(instance, posts.confirmed)

    ours = {text: count for text, count in texts.items() if f" {run_id} " in text}
    confirmed = set(sub.confirmed)
    lost = sum(1 for text in confirmed if ours.get(text, 0) == 0)
    duplicated = sum(count - 1 for count in texts.values() if count > 1)
    unconfirmed = sum(1 for text in ours if text not in confirmed)
    hello_rps = hello.statuses[200] / hello.seconds
    submissions_per_s = len(confirmed) / sub.seconds
    answer_posts = sub.post_ms + sub.submit_ms
    answer_post_rps = posts.saved / posts.seconds
    server_errors = sum(
        count for run in (sub, posts, form) for code, count in run.statuses.items() if code >= 500
    )
    flow_rps = sub.requests / sub.seconds
    form_rps = form.statuses[200] / form.seconds

    def share(rate: float) -> float:
        return round(rate / hello_rps, 4) if hello_rps else 0.0

    result = {
        "ratio": share(answer_post_rps),
        "answer_post_rps": round(answer_post_rps, 1),
        "answer_posts": posts.saved,
        "answer_post_p50_ms": round(percentile(posts.post_ms, 50), 2),
        "answer_post_p99_ms": round(percentile(posts.post_ms, 99), 2),
        "answer_post_failures": posts.failures,
        "answer_post_unsaved": posts_unsaved,
        "p50_ms": round(percentile(answer_posts, 50), 2),
        "p99_ms": round(percentile(answer_posts, 99), 2),
        "page_post_p99_ms": round(percentile(sub.post_ms, 99), 2),
        "submit_post_p99_ms": round(percentile(sub.submit_ms, 99), 2),
        "flow_ratio": share(submissions_per_s),
        "submissions_per_s": round(submissions_per_s, 1),
        "hello_rps": round(hello_rps, 1),
        "hello_p99_ms": round(hello.extra.get("p99_ms", 0.0), 2),
        "form_page_rps": round(form_rps, 1),
        "form_page_ratio": share(form_rps),
        "flow_requests_per_s": round(flow_rps, 1),
        "request_ratio": share(flow_rps),
        "requests_per_submission": 5,
        "submissions": len(confirmed),
        "stored_rows": sum(ours.values()),
        "all_rows": rows,
        "lost": lost,
        "duplicated": duplicated + repeated_refs,
        "in_flight_at_stop": unconfirmed,
        "flow_failures": sub.failures,
        "server_errors": server_errors,
        "socket_errors": sub.errors + posts.errors + hello.errors + form.errors,
        "clients": options.clients,
        "workers": options.workers,
        "seconds": round(sub.seconds, 2),
        "slices": slices,
        "answer_post_seconds": round(posts.seconds, 2),
        "cores": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    print(
        f"hello app:        {hello_rps:8.1f} req/s   worst slice p99 {hello.extra.get('p99_ms', 0):.2f} ms"
        f"   ({slices} slices of {options.slice} s, alternating with the answer POSTs)"
    )
    print(
        f"answer POSTs:     {answer_post_rps:8.1f} /s      ({posts.saved} page POSTs stored in the draft "
        f"and answered 302 in {posts.seconds:.2f} s; p50 {result['answer_post_p50_ms']:.2f} ms, "
        f"p99 {result['answer_post_p99_ms']:.2f} ms; failures {posts.failures}, "
        f"last answer not stored {posts_unsaved})"
    )
    print(f"ratio:            {result['ratio']:.4f}   (answer POSTs/s divided by hello req/s)")
    print(
        f"submissions:      {submissions_per_s:8.1f} /s      ({len(confirmed)} confirmed in "
        f"{sub.seconds:.2f} s; {result['requests_per_submission']} requests each: GET form, POST answers, "
        f"GET check, POST submit, GET confirmation)   flow ratio {result['flow_ratio']:.4f}"
    )
    print(f"flow requests:    {flow_rps:8.1f} req/s   request ratio {result['request_ratio']:.3f}")
    print(
        f"flow answer POSTs: p50 {result['p50_ms']:.2f} ms   p99 {result['p99_ms']:.2f} ms   "
        f"(page POST p99 {result['page_post_p99_ms']:.2f} ms, submit POST p99 "
        f"{result['submit_post_p99_ms']:.2f} ms, median of {len(answer_posts)}: "
        f"{statistics.median(answer_posts) if answer_posts else 0:.2f} ms)"
    )
    print(
        f"form page alone:  {form_rps:8.1f} req/s   ratio to hello {result['form_page_ratio']:.3f}"
        f"   p99 {form.extra.get('p99_ms', 0):.2f} ms"
    )
    print(
        f"rows:             lost {lost}   duplicated {result['duplicated']}   in flight at stop "
        f"{unconfirmed}   flow failures {sub.failures}   5xx {server_errors}"
    )
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
