"""Sign-in flood benchmark: respondents submitting while six clients flood sign-in, against a quiet run.

One gunicorn (the repo's gunicorn.conf.py, 2 sync workers, argon2 at the config defaults, i.e. the
production cost) on a fresh SQLite database, or PostgreSQL with --database-url. Two runs of the same
length on fresh databases: 16 respondents submitting complete questionnaires (bench/submit.py's wrk
client) with /healthz probed every 100 ms, first alone, then with 6 wrk clients flooding sign-in:
five with random addresses, one at the real account. Each flood client names itself in
X-Forwarded-For and the server trusts one proxy (PROXY_FIX_X_FOR=1), so the six count as six
clients, as six machines would; the respondents send no such header.

Usage: .venv/bin/python bench/signin_flood.py [--seconds 30] [--clients 16] [--flooders 6]
       [--database-url postgresql://...] [--storage-url redis://127.0.0.1:6379/1]
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from submit import (
    ROOT,
    SUBMIT_LUA,
    percentile,
    prepare_instance,
    run_wrk,
    serve,
    stop,
    stored_rows,
    wait_until_up,
)

EMAIL, PASSWORD = "lead@example.nhs.uk", "copper kettle marmalade 42"

# Each flood thread gets the sign-in form once (cookie and CSRF token), then posts guesses as fast
# as it is answered. Thread 1 guesses at the real account; the others at a new address every time.
FLOOD_LUA = r"""
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local cookie, csrf, n, email
statuses = {}

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  email, n = args[1], 0
  math.randomseed(os.time() * 1000 + id)
end

local function headers()
  local h = {["X-Forwarded-For"] = "198.51.100." .. id}
  if cookie then h["Cookie"] = cookie end
  return h
end

function request()
  if not csrf then return wrk.format("GET", "/admin/sign-in", headers()) end
  n = n + 1
  local to = email
  if id ~= 1 then to = string.format("guess%d.%d.%d@example.nhs.uk", id, n, math.random(1, 1e9)) end
  local h = headers()
  h["Content-Type"] = "application/x-www-form-urlencoded"
  local body = "csrf_token=" .. urlencode(csrf) .. "&email=" .. urlencode(to) .. "&password=guess" .. n
  return wrk.format("POST", "/admin/sign-in", h, body)
end

function response(status, h, body)
  statuses[status] = (statuses[status] or 0) + 1
  local set = h["Set-Cookie"] or h["set-cookie"]
  if set then cookie = set:match("^([^;]+)") end
  if not csrf then
    csrf = body:match('name="csrf_token" type="hidden" value="([^"]+)"')
  end
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
  out:close()
end
"""


def probe_health(url: str, stop_at: threading.Event, seen: list[tuple[float, int]]) -> None:
    """GET /healthz every 100 ms as a load balancer would; keep each latency (ms) and status."""
    while not stop_at.is_set():
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=30) as answer:  # only 127.0.0.1
                status = answer.status
        except urllib.error.HTTPError as error:
            status = error.code
        except (urllib.error.URLError, OSError):
            status = 0
        seen.append(((time.perf_counter() - started) * 1000, status))
        stop_at.wait(0.1)


def warm_up(url: str, workers: int) -> None:
    """Both runs alike: every worker has drawn the sign-in page once (its templates compiled).

    A long-running server has done this long before a flood; without it the flooded run alone would
    pay each worker's first compile of the sign-in templates inside the measured window.
    """
    for _ in range(4 * workers):
        with urllib.request.urlopen(f"{url}/admin/sign-in", timeout=30) as response:
            response.read()


def one_run(wrk: str, folder: Path, args: argparse.Namespace, flood: bool) -> dict[str, object]:
    """A fresh database and server; respondents (and flooders) for args.seconds; the figures."""
    env = prepare_instance(folder)
    for name in ("PASSWORD_HASH_TIME_COST", "PASSWORD_HASH_MEMORY_COST", "PASSWORD_HASH_PARALLELISM"):
        env.pop(name, None)  # the production cost: the config's defaults
    env["PROXY_FIX_X_FOR"] = "1"
    env["RATE_LIMIT_STORAGE_URL"] = args.storage_url
    if args.storage_url:
        _empty_redis(args.storage_url)
    flask = [sys.executable, "-m", "flask", "--app", "feedback_app"]
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
        for command in (["init-db"], ["load-questionnaires"]):
            subprocess.run([*flask, *command], env=env, cwd=ROOT, check=True, capture_output=True)
    flask = [sys.executable, "-m", "flask", "--app", "feedback_app"]
    subprocess.run(
        [*flask, "create-user", "--email", EMAIL, "--name", "Lee Lead", "--password", PASSWORD],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    process, url = serve("wsgi:app", args.workers, env, [])
    try:
        wait_until_up(process, f"{url}/healthz", args.workers)
        warm_up(url, args.workers)
        stop_probe = threading.Event()
        health: list[tuple[float, int]] = []
        prober = threading.Thread(target=probe_health, args=(url, stop_probe, health))
        flood_script, respond_script = folder / "flood.lua", folder / "submit.lua"
        flood_script.write_text(FLOOD_LUA, encoding="utf-8")
        respond_script.write_text(SUBMIT_LUA, encoding="utf-8")
        flooded: dict[str, object] = {}

        def run_flood() -> None:
            flooded["run"] = run_wrk(
                wrk, flood_script, url, args.flooders, args.seconds, [EMAIL], folder / "flood.out"
            )

        flooder = threading.Thread(target=run_flood)
        prober.start()
        if flood:
            flooder.start()
        respondents = run_wrk(
            wrk, respond_script, url, args.clients, args.seconds, ["bench", "r"], folder / "submit.out"
        )
        if flood:
            flooder.join()
        stop_probe.set()
        prober.join()
    finally:
        stop(process)
    if args.database_url:
        stored, repeated = _stored_in_postgresql(args.database_url)
        texts: Counter[str] = Counter()
    else:
        stored, texts, repeated = stored_rows(Path(env["INSTANCE_PATH"]))
    flood_statuses = flooded["run"].statuses if flood else Counter()  # type: ignore[attr-defined]
    latencies = respondents.post_ms + respondents.submit_ms
    return {
        "flood": flood,
        "latencies_ms": latencies,
        "healthz_ms": [ms for ms, _ in health],
        "respondent_requests": respondents.requests,
        "respondent_p50_ms": round(percentile(latencies, 50), 1),
        "respondent_p99_ms": round(percentile(latencies, 99), 1),
        "healthz_probes": len(health),
        "healthz_p99_ms": round(percentile([ms for ms, _ in health], 99), 1),
        "healthz_not_200": sum(1 for _, status in health if status != 200),
        "respondent_5xx": sum(n for code, n in respondents.statuses.items() if code >= 500),
        "flood_5xx": sum(n for code, n in flood_statuses.items() if code >= 500),
        "flood_statuses": {str(code): n for code, n in sorted(flood_statuses.items())},
        "confirmed": len(respondents.confirmed),
        "stored": stored,
        "confirmed_not_stored": sum(1 for text in respondents.confirmed if texts and not texts[text]),
        "repeated_references": repeated,
    }


def _stored_in_postgresql(url: str) -> tuple[int, int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        rows = int(conn.scalar(text("SELECT count(*) FROM response")) or 0)
        repeated = int(conn.scalar(text("SELECT count(*) - count(DISTINCT reference) FROM response")) or 0)
    engine.dispose()
    return rows, repeated


def main() -> None:
    """The quiet run, then the flooded run; print both and the ratios, and last one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="length of each run")
    parser.add_argument("--clients", type=int, default=16, help="respondents (wrk threads)")
    parser.add_argument("--flooders", type=int, default=6, help="sign-in flood clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database to empty and use")
    parser.add_argument("--storage-url", default="", help="RATE_LIMIT_STORAGE_URL, e.g. a Redis database")
    parser.add_argument("--pairs", type=int, default=3, help="quiet and flooded runs, alternating")
    args = parser.parse_args()
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: run `make wrk`")
    runs: list[dict[str, object]] = []
    for _pair in range(args.pairs):
        for flood in (False, True):
            if args.database_url:
                _empty_postgresql(args.database_url)
            with tempfile.TemporaryDirectory(prefix="signin-flood-") as folder:
                runs.append(one_run(wrk, Path(folder), args, flood))
            shown = {k: v for k, v in runs[-1].items() if k not in ("latencies_ms", "healthz_ms")}
            print(json.dumps(shown), flush=True)
    print(json.dumps(pooled(runs) | {"load_average": os.getloadavg()[0]}))


def pooled(runs: list[dict[str, object]]) -> dict[str, object]:
    """Each condition's latencies pooled over its runs, their p99s and ratios, and each pair's ratios.

    One 30 s run has about 300 health probes, so its p99 is its third-slowest probe and one stall
    decides it; pooling the alternating runs of each condition reads the p99 from several hundred more.
    """
    result: dict[str, object] = {}
    for key, name in (("latencies_ms", "respondent"), ("healthz_ms", "healthz")):
        quiet = [ms for run in runs if not run["flood"] for ms in run[key]]  # type: ignore[attr-defined]
        flooded = [ms for run in runs if run["flood"] for ms in run[key]]  # type: ignore[attr-defined]
        result[f"{name}_p99_ms"] = [round(percentile(quiet, 99), 1), round(percentile(flooded, 99), 1)]
        result[f"{name}_p99_ratio"] = round(percentile(flooded, 99) / max(percentile(quiet, 99), 0.001), 2)
        result[f"{name}_pair_ratios"] = [
            round(_ratio(runs[i + 1], runs[i], f"{name}_p99_ms"), 2) for i in range(0, len(runs), 2)
        ]
    totals = ("respondent_5xx", "flood_5xx", "healthz_not_200", "confirmed_not_stored", "repeated_references")
    for total in totals:
        result[total] = sum(int(run[total]) for run in runs)  # type: ignore[call-overload]
    return result


def _ratio(flooded: dict[str, object], quiet: dict[str, object], key: str) -> float:
    return float(flooded[key]) / max(float(quiet[key]), 0.001)  # type: ignore[arg-type]


def _empty_redis(url: str) -> None:
    import redis

    connection = redis.Redis.from_url(url)
    for key in connection.scan_iter(match="*feedback:sign-in:*"):
        connection.delete(key)


def _empty_postgresql(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


if __name__ == "__main__":
    main()
