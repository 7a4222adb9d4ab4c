"""Analysis benchmark: the whole lessons-learnt report of 10k and 100k synthetic responses.

For each size it writes tidy CSV exports of the three shipped questionnaires (bench/synthetic.py),
then, each in a fresh Python process so imports and peak memory are counted honestly:
1. `python -m analysis report` with an empty cache: load, code every comment (themes, sentiment,
   redaction, risk), numbers, suppression, and the HTML, Word, PDF and Markdown report;
2. the same command again on the unchanged data (the last report's outputs come from the cache);
3. the same data with another suppression threshold: the report is rebuilt, but every comment's
   text features come from the cache;
4. a bare TextBlob polarity pass over the same comments, one `TextBlob(text).sentiment` each, the
   yardstick the issue names (timed from the first comment to the last, imports and reading excluded).

Usage: .venv/bin/python bench/analysis.py [--sizes 10000 100000]
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# The project first, so `analysis` is the package rather than this script; then bench/ for synthetic.
sys.path[0:1] = [str(ROOT), str(BENCH)]

from synthetic import write_synthetic_exports  # noqa: E402

POLARITY_PASS = r"""
import json, sys, time
import pandas as pd
from textblob import TextBlob

texts = []
for path in sys.argv[1:]:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in ("training_helped", "mentor_change_effect", "barriers_detail", "programme_changes",
                   "what_was_good", "could_do_better", "anything_else",
                   "went_well", "could_be_better", "support_next"):
        if column in frame.columns:
            texts.extend(t for t in frame[column].tolist() if t.strip())
start = time.perf_counter()
total = 0.0
for text in texts:
    total += TextBlob(text).sentiment.polarity
print(json.dumps({"comments": len(texts), "seconds": time.perf_counter() - start}))
"""


def run_child(command: list[str]) -> tuple[float, float, str]:
    """Run a command; return its wall time in seconds, its peak resident memory in MiB and its stdout."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return seconds, usage.ru_maxrss / 1024, stdout


def measure(size: int, work: Path) -> dict[str, float | int]:
    """All three timings for one number of responses."""
    exports = write_synthetic_exports(size, work / f"exports-{size}")
    inputs = [arg for path in exports.values() for arg in ("--input", str(path))]
    out = work / f"report-{size}"
    report = [sys.executable, "-m", "analysis", "report", *inputs, "--out", str(out)]
    first, first_mb, _ = run_child(report)
    second, second_mb, _ = run_child(report)
    rebuilt, _, _ = run_child([*report, "--threshold", "6"])
    for name in ("report.html", "report.docx", "report.pdf", "report.md"):
        if not (out / name).stat().st_size:
            raise SystemExit(f"{name} is empty for {size} responses")
    _, _, polarity_out = run_child([sys.executable, "-c", POLARITY_PASS, *(str(p) for p in exports.values())])
    polarity = json.loads(polarity_out)
    figures: dict[str, float | int] = {
        "responses": size,
        "comments": int(polarity["comments"]),
        "report_s": round(first, 2),
        "report_peak_mb": round(first_mb, 1),
        "cached_report_s": round(second, 2),
        "cached_peak_mb": round(second_mb, 1),
        "polarity_pass_s": round(float(polarity["seconds"]), 2),
        "ratio_to_polarity": round(first / float(polarity["seconds"]), 2),
        "cache_speedup": round(first / second, 1),
        "rebuilt_with_cached_features_s": round(rebuilt, 2),
        "features_cache_speedup": round(first / rebuilt, 1),
        "us_per_response": round(first / size * 1e6, 1),
    }
    print(
        f"{size:>7,} responses, {figures['comments']:,} comments: report {first:.1f} s "
        f"(peak {first_mb:.0f} MiB), again with the cache {second:.1f} s ({first / second:.1f}x faster), "
        f"rebuilt from cached features {rebuilt:.1f} s ({first / rebuilt:.1f}x faster); "
        f"bare TextBlob polarity pass {figures['polarity_pass_s']} s "
        f"(report / polarity = {figures['ratio_to_polarity']})",
        flush=True,
    )
    return figures


def main() -> None:
    """Measure each size and print the figures, the last line as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="analysis-bench-") as tmp:
        results = [measure(size, Path(tmp)) for size in sorted(args.sizes)]
    summary: dict[str, object] = {"cores": os.cpu_count(), "runs": results}
    if len(results) >= 2:
        small, large = results[0], results[-1]
        # 1.0 means the cost per response is the same at both sizes: linear growth.
        summary["growth_per_response"] = round(
            float(large["us_per_response"]) / float(small["us_per_response"]), 2
        )
    largest = results[-1]
    summary.update(
        {
            "largest_report_s": largest["report_s"],
            "largest_ratio_to_polarity": largest["ratio_to_polarity"],
            "largest_cache_speedup": largest["cache_speedup"],
            "largest_features_cache_speedup": largest["features_cache_speedup"],
        }
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
