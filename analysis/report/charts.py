"""Chart drawing: geometry for inline SVG (HTML); matplotlib PNG for Word, PNG and SVG for slides."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING, TypeVar

from ..workers import cpu_count, start_method
from .control_charts import draw_control
from .document import Chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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
    ticks = [SvgTick(plot_left + value * scale, _tick_text(value, chart.unit)) for value in axis_ticks(chart)]
    height = TOP + ROW_HEIGHT * max(1, len(chart.bars)) + BOTTOM
    return SvgLayout(WIDTH, height, plot_left, plot_width, rows, ticks, ROW_HEIGHT - 12)


def axis_ticks(chart: Chart) -> list[float]:
    """Where the value axis is marked: quarters of 100 for percentages, whole numbers for counts.

    A count axis steps by 1, 2 or 5 times a power of ten, at most six marks, so no tick reads 6.25.

    >>> from .document import Bar, Table
    >>> def counts(top: float) -> Chart:
    ...     return Chart("c", "t", "d", "", [Bar("a", top, str(top))], Table("t", "t", ["a"], []))
    >>> axis_ticks(counts(25)), axis_ticks(counts(2)), axis_ticks(counts(180))
    ([0.0, 5.0, 10.0, 15.0, 20.0, 25.0], [0.0, 1.0, 2.0], [0.0, 50.0, 100.0, 150.0, 200.0])
    """
    top = chart.maximum
    if chart.unit == "%":
        return [top * f for f in (0, 0.25, 0.5, 0.75, 1)]
    steps = (factor * 10**power for power in range(16) for factor in (1, 2, 5))
    step = next((float(s) for s in steps if s <= top and top % s == 0 and top / s <= 5), top)
    return [step * i for i in range(round(top / step) + 1)]


def _tick_text(value: float, unit: str) -> str:
    """An axis tick's text: whole numbers without decimals, then the unit."""
    text = f"{value:g}" if value != int(value) else f"{int(value)}"
    return text + unit


T = TypeVar("T")

# Draws charts as PNG bytes, one per chart in order: `chart_pngs`, or a cache in front of it.
ChartRenderer = Callable[[Sequence[Chart]], list[bytes]]

# Fewer charts than this are drawn in this process: forking workers would cost more than it saves.
PARALLEL_CHARTS = 4


@dataclass(frozen=True)
class Canvas:
    """How big a chart is drawn and its text: a page of the Word report, or a 16:9 slide."""

    width: float  # inches
    height: float | None  # inches; None grows with the number of bars
    font: float  # points, for labels; values and the axis a little smaller
    title: bool  # whether the title is drawn in the image (the Word report captions it instead)


PAGE = Canvas(6.3, None, 7.5, title=False)
# 13.33 x 7.5 inches, a 16:9 slide: 1600 x 900 pixels at SLIDE_DPI (a hair over 13.33 so none is lost).
SLIDE = Canvas(13.3334, 7.5, 16, title=True)
SLIDE_DPI = 120


def draw_chart(chart: Chart, canvas: Canvas = PAGE) -> Figure:
    """The chart as a matplotlib Figure with its own canvas (no display, no global pyplot state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = ["\n".join(_label_lines(b.label)) for b in chart.bars]
    values = [b.value or 0.0 for b in chart.bars]
    height = canvas.height or (3.2 if chart.centre is not None else 0.6 + 0.42 * max(1, len(chart.bars)))
    figure = Figure(figsize=(canvas.width, height))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    if chart.centre is not None:
        draw_control(axes, chart, canvas.font)
        return _finish(figure, axes, chart, canvas)
    positions = list(range(len(chart.bars)))
    axes.barh(positions, values, color="#005eb8", height=0.6)
    small = canvas.font * 0.9
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
        axes.text(end + chart.maximum * 0.01, pos, bar.display, va="center", fontsize=small, color="#212b32")
    # Every bar keeps its label: one tick per bar, however many bars there are.
    axes.set_yticks(positions, labels=labels, fontsize=canvas.font)
    axes.invert_yaxis()
    ticks = axis_ticks(chart)
    axes.set_xticks(ticks, labels=[_tick_text(t, chart.unit) for t in ticks], fontsize=small)
    axes.set_xlim(0, chart.maximum * 1.25)
    axes.set_xlabel("Percentage" if chart.unit == "%" else "Responses", fontsize=canvas.font)
    return _finish(figure, axes, chart, canvas)


def _finish(figure: Figure, axes: Axes, chart: Chart, canvas: Canvas) -> Figure:
    """The title (on a slide), no top or right frame, and the layout fixed."""
    if canvas.title:
        # The title spans the figure, not just the plot, so a long question is never cut at the edge.
        title = "\n".join(textwrap.wrap(chart.title, 80, max_lines=2, placeholder="…"))
        figure.suptitle(title, x=0.01, ha="left", fontsize=canvas.font * 1.2)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout(pad=1.5)
    # tight_layout leaves a placeholder layout engine behind, and savefig then lays every label out
    # once more before drawing; the layout is final here, so the engine goes (the image is the same).
    figure.set_layout_engine(None)
    return figure


def chart_image(chart: Chart, canvas: Canvas = PAGE, fmt: str = "png", dpi: int = 150) -> bytes:
    """The chart drawn on ``canvas`` as PNG or SVG bytes."""
    from matplotlib import rc_context

    figure = draw_chart(chart, canvas)
    buffer = io.BytesIO()
    # SVG text stays text (searchable, editable on a slide), and the file is the same on every run.
    metadata = {"Date": None} if fmt == "svg" else None
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "report-chart"}):
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def chart_png(chart: Chart, dpi: int = 150) -> bytes:
    """The chart as PNG bytes for a page of the Word report."""
    return chart_image(chart, PAGE, "png", dpi)


def draw_each(draw: Callable[[Chart], T], charts: Sequence[Chart]) -> list[T]:
    """``draw`` applied to each chart, in order; several charts are drawn on every CPU at once."""
    # Matplotlib takes about a tenth of a second a chart, most of a small report's time. Workers are
    # only forked: spawned ones would import matplotlib again, which costs more than they save.
    workers = min(cpu_count(), len(charts))
    if workers < 2 or len(charts) < PARALLEL_CHARTS or start_method() != "fork":
        return [draw(chart) for chart in charts]
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(draw, charts))


def chart_pngs(charts: Sequence[Chart]) -> list[bytes]:
    """Each chart as PNG bytes for the Word report, in order."""
    return draw_each(chart_png, charts)
