"""Control charts (p-charts) drawn: points over time about a centre line, between control limits.

The same :class:`~analysis.report.document.Chart` as a bar chart carries them (``centre`` set): each
bar is a period, its value the percentage and its interval the control limits. Time runs left to
right, as NHS teams read SPC charts; a period with a special cause is drawn in orange and labelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 20, 36
BLUE, ORANGE, GREY, TEXT = "#005eb8", "#ed8b00", "#768692", "#212b32"


@dataclass(frozen=True)
class ControlPointLayout:
    """One period: where its point stands, its limits' segment, its label and whether it signals."""

    x: float
    y: float | None
    upper: tuple[float, float, float] | None  # x from, x to, y
    lower: tuple[float, float, float] | None
    label: str
    special: bool
    display: str


@dataclass(frozen=True)
class ControlLayout:
    """A control chart's geometry in SVG user units; the template turns it into elements."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    centre_y: float
    centre_text: str
    points: list[ControlPointLayout]
    grid: list[tuple[float, str]]

    def path(self) -> str:
        """The line joining the shown points, in time order (an SVG path)."""
        shown = [(p.x, p.y) for p in self.points if p.y is not None]
        return " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(shown))


def short_period(label: str) -> str:
    """A month as the axis shows it: "March 2026" becomes "Mar 26"; other labels are kept."""
    parts = label.split()
    if len(parts) == 2 and parts[1].isdigit() and len(parts[1]) == 4:
        return f"{parts[0][:3]} {parts[1][2:]}"
    return label


def control_layout(chart: Chart) -> ControlLayout:
    """Positions for a control chart: a point per period, limits as steps, the centre line across."""
    plot_height = HEIGHT - TOP - BOTTOM
    step = (WIDTH - LEFT - RIGHT) / max(1, len(chart.bars))

    def y_of(value: float) -> float:
        return TOP + plot_height * (1 - value / 100.0)

    points = []
    for index, bar in enumerate(chart.bars):
        x = LEFT + step * (index + 0.5)
        span = (x - step / 2 + 2, x + step / 2 - 2)
        upper = (*span, y_of(bar.high)) if bar.high is not None else None
        lower = (*span, y_of(bar.low)) if bar.low is not None else None
        y = y_of(bar.value) if bar.value is not None else None
        points.append(
            ControlPointLayout(
                x, y, upper, lower, short_period(bar.label), bar.label in chart.signals, bar.display
            )
        )
    centre = chart.centre if chart.centre is not None else 0.0
    grid = [(y_of(v), f"{v:g}%") for v in (0, 25, 50, 75, 100)]
    return ControlLayout(
        WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, y_of(centre), f"{centre:.1f}%", points, grid
    )


def draw_control(axes: Axes, chart: Chart, font: float) -> None:
    """Draw the control chart on matplotlib axes: limits, centre line, the points and their line."""
    xs = list(range(len(chart.bars)))
    values = [b.value for b in chart.bars]
    for x, bar in zip(xs, chart.bars, strict=True):
        if bar.low is not None and bar.high is not None:
            for limit in (bar.low, bar.high):
                axes.hlines(limit, x - 0.45, x + 0.45, colors=GREY, linestyles="dashed", linewidth=1)
    centre = chart.centre if chart.centre is not None else 0.0
    axes.axhline(centre, color=TEXT, linewidth=1)
    shown = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
    axes.plot([x for x, _ in shown], [v for _, v in shown], color=BLUE, linewidth=1.5, zorder=2)
    for x, bar in zip(xs, chart.bars, strict=True):
        if bar.value is None:
            continue
        special = bar.label in chart.signals
        axes.scatter([x], [bar.value], s=36, color=ORANGE if special else BLUE, zorder=3)
    axes.set_xticks(xs, labels=[short_period(b.label) for b in chart.bars], fontsize=font * 0.9, rotation=45)
    axes.set_ylim(0, 100)
    axes.set_yticks([0, 25, 50, 75, 100], labels=["0%", "25%", "50%", "75%", "100%"], fontsize=font * 0.9)
    axes.set_xlim(-0.6, len(chart.bars) - 0.4)
    axes.set_ylabel("% positive", fontsize=font)
    axes.text(-0.55, centre + 1, f"centre {centre:.1f}%", va="bottom", ha="left", fontsize=font * 0.85)
