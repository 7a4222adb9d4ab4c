"""CPU time per request of each step of a submission, in one process with Flask's test client.

Uses the same one-page questionnaire as bench/submit.py on a throwaway SQLite database, so the
figures explain what the gunicorn benchmark measures. With --profile STEP, prints cProfile's top
functions for that step (form, post, check, submit, complete).

Usage: .venv/bin/python bench/profile_requests.py [--rounds 300] [--profile post] [--sort tottime]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

# The project first (bench/ holds scripts named like its packages, e.g. analysis.py), then bench/.
sys.path[0:1] = [str(Path(__file__).resolve().parent.parent)]
sys.path.append(str(Path(__file__).resolve().parent))

from submit import QUESTIONNAIRE, SLUG  # noqa: E402 - after the sys.path set-up above

CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
PAYLOAD_RE = re.compile(r'name="payload" type="hidden" value="([^"]+)"')
STEPS = ("form", "post", "check", "submit", "complete")


def make_app(folder: Path) -> Any:
    """The production app on a fresh SQLite database with the bench questionnaire loaded."""
    (folder / "questionnaires").mkdir()
    (folder / "questionnaires" / f"{SLUG}.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    os.environ.update(
        INSTANCE_PATH=str(folder / "instance"),
        QUESTIONNAIRE_DIR=str(folder / "questionnaires"),
        FEEDBACK_ENV="production",
        SECRET_KEY=secrets.token_hex(32),
    )
    os.environ.pop("DATABASE_URL", None)
    from feedback_app import create_app
    from feedback_app.extensions import db
    from feedback_app.questionnaires.store import load_folder

    app = create_app()
    with app.app_context():
        db.create_all()
        _outcomes, errors = load_folder(folder / "questionnaires")
        assert not errors, errors
    return app


def one_submission(client: Any, n: int, timed: dict[str, Callable[[Callable[[], Any]], Any]]) -> None:
    """Walk one respondent through the five requests, timing each through `timed[step]`."""
    page = f"/q/{SLUG}/page/1"
    form = timed["form"](lambda: client.get(page))
    assert form.status_code == 200, form.status_code
    csrf = CSRF_RE.search(form.get_data(as_text=True))
    assert csrf
    body = {"csrf_token": csrf.group(1), "fft": "very_good", "comment": f"profile n{n}"}
    posted = timed["post"](lambda: client.post(page, data=body))
    assert posted.status_code == 302, posted.status_code
    check = timed["check"](lambda: client.get(f"/q/{SLUG}/check"))
    html = check.get_data(as_text=True)
    token, payload = CSRF_RE.search(html), PAYLOAD_RE.search(html)
    assert token and payload
    data = {"csrf_token": token.group(1), "payload": unescape(payload.group(1))}
    done = timed["submit"](lambda: client.post(f"/q/{SLUG}/submit", data=data))
    assert done.status_code == 303, done.status_code
    location = done.headers["Location"]
    final = timed["complete"](lambda: client.get(location))
    assert final.status_code == 200


def main() -> None:
    """Warm up, then time every step over many respondents; optionally profile one step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--profile", choices=STEPS)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=40)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feedback-profile-") as temp:
        app = make_app(Path(temp))
        totals = dict.fromkeys(STEPS, 0.0)
        profiler = cProfile.Profile()

        def timer(step: str) -> Callable[[Callable[[], Any]], Any]:
            def run(call: Callable[[], Any]) -> Any:
                if options.profile == step:
                    profiler.enable()
                started = time.process_time()
                answer = call()
                totals[step] += time.process_time() - started
                if options.profile == step:
                    profiler.disable()
                return answer

            return run

        plain: dict[str, Callable[[Callable[[], Any]], Any]] = {s: (lambda c: c()) for s in STEPS}
        for n in range(30):  # warm-up: templates compiled, definition parsed
            one_submission(app.test_client(), n, plain)
        timed = {s: timer(s) for s in STEPS}
        for n in range(options.rounds):
            one_submission(app.test_client(), 1000 + n, timed)
        for step in STEPS:
            print(f"{step:9s} {totals[step] / options.rounds * 1000:6.2f} ms CPU per request")
        print(f"{'total':9s} {sum(totals.values()) / options.rounds * 1000:6.2f} ms per submission")
        if options.profile:
            pstats.Stats(profiler).sort_stats(options.sort).print_stats(options.top)


if __name__ == "__main__":
    main()
