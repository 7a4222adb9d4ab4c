"""FFT % positive by month as a p-chart in the report: limits, signals, and nothing under the threshold."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.report import Paragraph, build_report, render_html
from analysis.report.charts import PAGE, chart_image
from analysis.report.document import ReportDocument, Table
from analysis.report.slides import chart_files
from tests.analysis.test_report import SPECS, codebooks, synthetic_frame


def _patients(months: list[tuple[str, int, int]]) -> pd.DataFrame:
    """Patient responses: per (month, responses, very good answers), the rest answering poor."""
    total = sum(n for _, n, _ in months)
    frame = synthetic_frame(SPECS["patient-experience"], total, 9)
    dates, answers = [], []
    for month, n, good in months:
        dates += [f"{month}-10"] * n
        answers += ["very_good"] * good + ["poor"] * (n - good)
    frame["submitted_on"] = dates
    frame["fft"] = answers
    return frame


def _control(doc: ReportDocument) -> Table:
    return next(t for t in doc.tables() if t.id.endswith("-by-month-control-table"))


def test_a_month_that_falls_away_is_a_special_cause_and_named_in_words() -> None:
    months = [(f"2026-{m:02d}", 40, 32) for m in range(1, 7)] + [("2026-07", 40, 10)]
    doc = build_report({"patient-experience": _patients(months)}, SPECS, codebooks())
    table = _control(doc)
    assert table.columns[0] == "Month" and [r[0] for r in table.rows][-1] == "July 2026"
    signals = {row[0]: row[-1] for row in table.rows}
    assert signals["July 2026"].startswith("outside the control limits")
    assert all(signals[f"{name} 2026"] == "none" for name in ("January", "February", "March"))
    # The centre line is the pooled % positive: (6 x 32 + 10) / 280.
    lead = [b.text for b in doc.blocks() if isinstance(b, Paragraph) and "Special-cause variation" in b.text]
    assert lead == [
        f"Centre line {100 * 202 / 280:.1f}%. Special-cause variation: July 2026: outside the control limits."
    ]


def test_steady_months_show_no_signal() -> None:
    months = [
        (f"2026-{m:02d}", 50, good) for m, good in zip(range(1, 7), [40, 41, 39, 40, 42, 38], strict=True)
    ]
    doc = build_report({"patient-experience": _patients(months)}, SPECS, codebooks())
    assert {row[-1] for row in _control(doc).rows} == {"none"}
    assert any(
        isinstance(b, Paragraph) and "no month shows special-cause variation" in b.text for b in doc.blocks()
    )


def test_a_month_under_the_threshold_is_left_out_of_the_chart() -> None:
    months = [("2026-01", 30, 20), ("2026-02", 3, 1), ("2026-03", 30, 21), ("2026-04", 30, 22)]
    doc = build_report({"patient-experience": _patients(months)}, SPECS, codebooks(), threshold=5)
    by_month = next(t for t in doc.tables() if t.id.endswith("-by-month"))
    hidden = {row[0] for row in by_month.rows if "*" in row[1:3]}
    assert "February 2026" in hidden
    charted = [r[0] for r in _control(doc).rows]
    assert "February 2026" not in charted and len(charted) >= 2
    # No month the table hides (even to protect February from subtraction) is charted.
    assert not hidden & set(charted)


def test_the_p_chart_is_drawn_as_points_in_time_with_its_table_in_every_format(tmp_path: Path) -> None:
    months = [(f"2026-{m:02d}", 40, 32) for m in range(1, 7)] + [("2026-07", 40, 10)]
    doc = build_report({"patient-experience": _patients(months)}, SPECS, codebooks())
    chart = next(c for c in doc.charts() if c.centre is not None)
    assert [b.label for b in chart.bars] == [r[0] for r in chart.table.rows]
    assert chart.signals == frozenset({"July 2026"})
    html = render_html(doc)
    figure = html[html.index(f'id="{chart.id}-title"') :]
    figure = figure[: figure.index("</svg>")]
    assert figure.count("<circle") == 7 and figure.count("#ed8b00") == 1
    assert "Jul 26" in figure and "centre 72.1%" in figure
    png = chart_image(chart, PAGE, "png", 72)
    assert png.startswith(b"\x89PNG")
    assert any(name.endswith(".png") and "control-chart" in name for name in chart_files(doc))
