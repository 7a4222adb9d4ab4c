"""The web app's analysis cache in the database against the per-instance file it replaced.

The team area's lessons-learnt report of the demo responses (`write_lessons_learnt_report`), with an
empty cache and again with it warm, alternating the shared database store (`open_analysis_cache`) and
an `AnalysisCache` on a SQLite file in the instance folder (as before docs/quality.md rule 29), in one
process on a temporary SQLite database or on TEST_DATABASE_URL's PostgreSQL (whose tables it replaces).

Usage: .venv/bin/python bench/analysis_cache.py [--database sqlite|postgresql] [--responses 1500]
The last line printed is one JSON object with every time in seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0:1] = [str(ROOT)]

import feedback_app.insights.frames as frames  # noqa: E402
from analysis.cache import AnalysisCache  # noqa: E402
from feedback_app.analysis_cache import open_analysis_cache  # noqa: E402
from feedback_app.demo.seed import seed_demo  # noqa: E402
from feedback_app.extensions import db  # noqa: E402
from feedback_app.models import AnalysisChart, AnalysisFeature  # noqa: E402
from tests.helpers import make_app  # noqa: E402


def main() -> None:
    """Seed, then time cold and warm reports with each store, twice, alternating."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--responses", type=int, default=1500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-analysis-cache-"))
    app = make_app(args.database, folder)
    times: dict[str, float] = {}
    with app.app_context():
        seed_demo(responses=args.responses, seed=3)
        for round_ in range(2):
            for store in ("database", "file"):
                db.session.execute(AnalysisFeature.__table__.delete())
                db.session.execute(AnalysisChart.__table__.delete())
                db.session.commit()
                path = folder / f"cache-{round_}.sqlite3"
                frames.open_analysis_cache = (  # type: ignore[assignment]
                    open_analysis_cache if store == "database" else (lambda path=path: AnalysisCache(path))
                )
                for state in ("cold", "warm"):
                    db.session.remove()
                    start = time.perf_counter()
                    frames.write_lessons_learnt_report(folder / "report", threshold=5)
                    times[f"{store}_{state}_{round_}"] = round(time.perf_counter() - start, 2)
                    print(f"{store} {state} (round {round_ + 1}): {times[f'{store}_{state}_{round_}']} s")
    print(json.dumps({"database": args.database, "responses": args.responses, **times}))


if __name__ == "__main__":
    main()
