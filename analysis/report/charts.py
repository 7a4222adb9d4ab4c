"""Chart drawing: geometry for inline SVG (HTML) and PNG images through matplotlib's Agg backend (Word)."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context

from ..workers import cpu_count, start_method
from .document import Chart

WIDTH = 720
LABEL_WIDTH = 260
VALUE_SPACE = 150
ROW_HEIGHT = 34
LINE_HEIGHT = 13
TOP = 28
BOTTOM = 24
LABEL_CHARS = 38


@dataclass(frozen=True)
class SvgRow:
    """One bar's place: its label's lines with their baselines, the bar, its value and its interval."""

    label_lines: list[tuple[str, float]]
    y: float
    bar_width: float
    display: str
    text_x: float
    interval: tuple[float, float] | None


@dataclass(frozen=True)
class SvgTick:
    """One tick of the value axis: where it stands and what it reads."""

    x: float
    text: str


@dataclass(frozen=True)
class SvgLayout:
    """A whole chart's geometry, in SVG user units."""

    width: int
    height: int
    plot_left: int
    plot_width: int
    rows: list[SvgRow]
    ticks: list[SvgTick]
    bar_height: int


def _label_lines(label: str) -> list[str]:
    """A bar's label wrapped to at most two lines, the second shortened if need be."""
    lines = textwrap.wrap(label, LABEL_CHARS) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARS, placeholder="…")]
    return lines


def svg_layout(chart: Chart) -> SvgLayout:
    """Positions for a horizontal bar chart; the template turns them into SVG elements."""
    plot_left = LABEL_WIDTH
    plot_width = WIDTH - LABEL_WIDTH - VALUE_SPACE
    top = chart.maximum
    scale = plot_width / top if top else 0.0
    rows = []
    for index, bar in enumerate(chart.bars):
        y = TOP + index * ROW_HEIGHT
        width = max(0.0, (bar.value or 0.0) * scale)
        interval = None
        if bar.low is not None and bar.high is not None:
            interval = (plot_left + bar.low * scale, plot_left + bar.high * scale)
        end = max(width, (interval[1] - plot_left) if interval else 0.0)
        # Each label line's baseline: the first near the bar's top, the next one line height lower.
        lines = [(line, float(y + 12 + i * LINE_HEIGHT)) for i, line in enumerate(_label_lines(bar.label))]
        rows.append(SvgRow(lines, y, width, bar.display, plot_left + end + 6, interval))
    ticks = [
        SvgTick(plot_left + plot_width * f, _tick_text(top * f, chart.unit)) for f in (0, 0.25, 0.5, 0.75, 1)
    ]
    height = TOP + ROW_HEIGHT * max(1, len(chart.bars)) + BOTTOM
    return SvgLayout(WIDTH, height, plot_left, plot_width, rows, ticks, ROW_HEIGHT - 12)


def _tick_text(value: float, unit: str) -> str:
    """An axis tick's text: whole numbers without decimals, then the unit."""
    text = f"{value:g}" if value != int(value) else f"{int(value)}"
    return text + unit


# Draws charts as PNG bytes, one per chart in order: `chart_pngs`, or a cache in front of it.
ChartRenderer = Callable[[Sequence[Chart]], list[bytes]]

# Fewer charts than this are drawn in this process: forking workers would cost more than it saves.
PARALLEL_CHARTS = 4


def chart_png(chart: Chart, dpi: int = 150) -> bytes:
    """The chart as PNG bytes, drawn with matplotlib's Agg canvas (no display, no global pyplot state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = ["\n".join(_label_lines(b.label)) for b in chart.bars]
    values = [b.value or 0.0 for b in chart.bars]
    height = 0.9 + 0.42 * max(1, len(chart.bars))
    figure = Figure(figsize=(7.0, height), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(len(chart.bars)))
    axes.barh(positions, values, color="#005eb8", height=0.6)
    for pos, bar in zip(positions, chart.bars, strict=True):
        if bar.low is not None and bar.high is not None and bar.value is not None:
            axes.errorbar(
                bar.value,
                pos,
                xerr=[[max(0.0, bar.value - bar.low)], [max(0.0, bar.high - bar.value)]],
                fmt="none",
                ecolor="#212b32",
                capsize=3,
                linewidth=1,
            )
        end = max(bar.value or 0.0, bar.high or 0.0)
        axes.text(end + chart.maximum * 0.01, pos, bar.display, va="center", fontsize=7, color="#212b32")
    axes.set_yticks(positions, labels=labels, fontsize=7)
    axes.invert_yaxis()
    axes.set_xlim(0, chart.maximum * 1.25)
    axes.set_xlabel("Percentage" if chart.unit == "%" else "Responses", fontsize=8)
    axes.tick_params(axis="x", labelsize=7)
    axes.set_title(textwrap.shorten(chart.title, 90, placeholder="…"), fontsize=9, loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    # tight_layout leaves a placeholder layout engine behind, and savefig then lays every label out
    # once more before drawing; the layout is final here, so the engine goes (the image is the same).
    figure.set_layout_engine(None)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def chart_pngs(charts: Sequence[Chart]) -> list[bytes]:
    """Each chart as PNG bytes, in order; several charts are drawn on every CPU at once."""
    # Matplotlib takes about a tenth of a second a chart, most of a small report's time. Workers are
    # only forked: spawned ones would import matplotlib again, which costs more than they save.
    workers = min(cpu_count(), len(charts))
    if workers < 2 or len(charts) < PARALLEL_CHARTS or start_method() != "fork":
        return [chart_png(chart) for chart in charts]
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(chart_png, charts))
