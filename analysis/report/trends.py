"""Trends over time: FFT % positive by month read as a p-chart, the way NHS teams read FFT."""

from __future__ import annotations

import pandas as pd

from analysis.spc import RULE_LABELS, p_chart

from .document import Bar, Block, Chart, Paragraph, Table
from .tables import fmt

CONTROL_CAPTION = (
    "Friends and Family Test % positive by month as a p-chart: the centre line is the % positive of "
    "the months shown, and each month's control limits are three standard errors either side of it"
)
CONTROL_NOTE = (
    "Months with too few responses to show are left out. A month marked with a signal differs from "
    "the others more than chance alone would explain (Making Data Count's rules); unmarked months "
    "vary only as much as chance would give."
)


def _shown_months(shown: pd.DataFrame, all_label: str) -> pd.DataFrame:
    """The months whose responses and positive counts the suppressed table shows as numbers."""
    months = shown.drop(index=all_label, errors="ignore")
    numeric = months[["responses", "positive"]].map(lambda v: not isinstance(v, str)).all(axis=1)
    months = months[numeric]
    return months[months["responses"].astype(float) > 0]


def fft_control_blocks(name: str, shown: pd.DataFrame, threshold: int, all_label: str) -> list[Block]:
    """The p-chart of a suppressed FFT-by-month table: a table of limits and what its signals say."""
    months = _shown_months(shown, all_label)
    if len(months) < 2:
        return [Paragraph("Too few months have enough responses to chart % positive over time.")]
    chart = p_chart(
        [str(m) for m in months.index],
        [int(v) for v in months["positive"]],
        [int(v) for v in months["responses"]],
        threshold,
    )
    rows = [
        [
            point.period,
            fmt(point.responses, "count"),
            fmt(point.percent, "pct"),
            fmt(point.lower, "pct"),
            fmt(point.upper, "pct"),
            "; ".join(RULE_LABELS[s] for s in point.signals) or "none",
        ]
        for point in chart.points
    ]
    table = Table(
        f"{name}-control-table",
        CONTROL_CAPTION,
        ["Month", "Responses", "% positive", "Lower control limit", "Upper control limit", "Signal"],
        rows,
        CONTROL_NOTE,
        text_columns=frozenset({5}),
    )
    figure = Chart(
        f"{name}-control",
        "Control chart (p-chart) of Friends and Family Test % positive by month",
        "A p-chart: the % positive of each month as a point joined in time order, the centre line "
        "across, and each month's upper and lower control limits as dashed lines; months with a "
        "special cause are drawn in orange. The table below gives every figure.",
        "%",
        [
            Bar(p.period, p.percent, f"{fmt(p.percent, 'pct')}%", p.lower, p.upper)
            for p in chart.points
            if p.percent is not None
        ],
        table,
        centre=chart.centre,
        signals=frozenset(p.period for p in chart.points if p.special_cause),
    )
    signals = chart.signals()
    if not signals:
        summary = (
            f"Over {len(chart.points)} months, % positive varied around {fmt(chart.centre, 'pct')}% only as "
            "much as chance alone would give: no month shows special-cause variation."
        )
    else:
        listed = "; ".join(f"{period}: {label}" for period, label in signals)
        summary = f"Centre line {fmt(chart.centre, 'pct')}%. Special-cause variation: {listed}."
    return [Paragraph(summary), figure]
