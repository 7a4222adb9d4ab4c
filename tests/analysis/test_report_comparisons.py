"""Groups side by side in the report: the two largest groups, their difference and its interval."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.report import Paragraph, build_report
from analysis.report.document import ReportDocument, Table
from tests.analysis.test_report import SPECS, codebooks, synthetic_frame


def _comparisons(doc: ReportDocument, slug: str) -> Table | None:
    return next((t for t in doc.tables() if t.id == f"{slug}-comparisons"), None)


def _events(sizes: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """Stakeholder responses per event: (responses, ratings of 9 or 10); the rest rate 5."""
    total = sum(n for n, _ in sizes.values())
    frame = synthetic_frame(SPECS["stakeholder-event"], total, 8)
    events, ratings = [], []
    for event, (n, top) in sizes.items():
        events += [event] * n
        ratings += ["10"] * top + ["5"] * (n - top)
    frame["event"], frame["event_session"] = events, ""
    frame["likelihood_take_up"] = ratings
    return frame


def test_the_two_largest_events_are_compared_with_newcombes_interval() -> None:
    frame = _events({"Leeds showcase": (60, 45), "Manchester launch": (50, 20), "Hull pilot": (12, 6)})
    doc = build_report({"stakeholder-event": frame}, SPECS, codebooks())
    table = _comparisons(doc, "stakeholder-event")
    assert table is not None
    row = next(r for r in table.rows if "rating 9 or 10" in r[0])
    assert row[1:3] == ["Leeds showcase (60)", "Manchester launch (50)"]
    assert row[3:6] == ["75.0", "40.0", "+35.0"]
    low, high = (float(x) for x in row[6].split(" to "))
    assert 15 < low < 35 < high < 55
    assert row[7] == "yes"


def test_a_group_whose_yes_or_no_count_would_be_hidden_is_not_compared() -> None:
    # Manchester's 3 ratings of 9-10 would be a hidden count: the comparison falls to Leeds and Hull.
    frame = _events({"Leeds showcase": (60, 45), "Manchester launch": (50, 3), "Hull pilot": (12, 6)})
    doc = build_report({"stakeholder-event": frame}, SPECS, codebooks())
    table = _comparisons(doc, "stakeholder-event")
    assert table is not None
    row = next(r for r in table.rows if "rating 9 or 10" in r[0])
    assert row[1:3] == ["Leeds showcase (60)", "Hull pilot (12)"]
    assert "Manchester" not in str(table.rows)


def test_too_few_in_any_group_says_so_plainly() -> None:
    frame = _events({"Leeds showcase": (4, 2), "Manchester launch": (3, 1)})
    doc = build_report({"stakeholder-event": frame}, SPECS, codebooks())
    assert _comparisons(doc, "stakeholder-event") is None
    assert any(
        isinstance(b, Paragraph) and b.text.startswith("Groups side by side: no two") for b in doc.blocks()
    )


@pytest.mark.parametrize("threshold", [5, 10])
def test_no_comparison_percentage_comes_from_a_group_under_the_threshold(threshold: int) -> None:
    frame = _events({"Leeds showcase": (30, 12), "Manchester launch": (9, 5), "Hull pilot": (25, 10)})
    doc = build_report({"stakeholder-event": frame}, SPECS, codebooks(), threshold=threshold)
    table = _comparisons(doc, "stakeholder-event")
    assert table is not None
    for row in table.rows:
        sizes = [int(re.search(r"\((\d[\d,]*)\)$", cell)[1].replace(",", "")) for cell in row[1:3]]
        assert min(sizes) >= threshold
