"""Response rates (issue 16, deliverable 1): each link's responses against the people it was for.

Rates are given where the team recorded an expected number, never where the count they divide is
hidden by the table of responses by collection link, and a questionnaire's overall rate only where
every count it adds up is shown.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.report import build_report
from analysis.report.document import BulletList, Paragraph, ReportDocument
from analysis.report.response_rates import NO_EXPECTED_NUMBERS
from tests.analysis.test_report_findings import BOOKS, SPECS, demo_frames

EVENT = "stakeholder-event"


@pytest.fixture(scope="module")
def data() -> dict[str, pd.DataFrame]:
    return demo_frames()


def _build(data: dict[str, pd.DataFrame], expected: dict[str, tuple[str, int]]) -> ReportDocument:
    return build_report(data, SPECS, BOOKS, expected_responses=expected)


def _summary_lines(doc: ReportDocument) -> list[str]:
    summary = doc.sections[0]
    lines: list[str] = []
    for block in summary.walk():
        if isinstance(block, BulletList):
            lines += block.items
        elif isinstance(block, Paragraph):
            lines.append(block.text)
    return lines


def _rates_table(doc: ReportDocument) -> dict[str, list[str]]:
    table = next(t for t in doc.tables() if t.id == "response-rates-by-link")
    return {row[0]: list(row[1:]) for row in table.rows}


def test_each_link_and_each_questionnaire_gets_its_rate(data: dict[str, pd.DataFrame]) -> None:
    counts = data[EVENT]["link_code"].value_counts()
    leeds, manchester = int(counts["Leeds showcase"]), int(counts["Manchester levy workshop"])
    assert leeds >= 5 and manchester >= 5  # both shown: the demo data has enough through each
    doc = _build(data, {"Leeds showcase": (EVENT, 60), "Manchester levy workshop": (EVENT, 40)})
    rows = _rates_table(doc)
    assert rows["Leeds showcase"] == [SPECS[EVENT].title, str(leeds), "60", f"{100 * leeds / 60:.1f}"]
    assert rows["Manchester levy workshop"][1:] == [str(manchester), "40", f"{100 * manchester / 40:.1f}"]
    overall = 100 * (leeds + manchester) / 100
    expected_line = (
        f"{SPECS[EVENT].title}: {overall:.1f}% response rate, {leeds + manchester} of the 100 people "
        "expected through the 2 links with an expected number."
    )
    lines = _summary_lines(doc)
    assert expected_line in lines and NO_EXPECTED_NUMBERS not in lines


def test_a_link_no_one_answered_through_is_a_rate_of_nought(data: dict[str, pd.DataFrame]) -> None:
    doc = _build(data, {"never-used": ("patient-experience", 25)})
    assert _rates_table(doc)["never-used"][1:] == ["0", "25", "0.0"]


def test_no_rate_gives_away_a_hidden_count(data: dict[str, pd.DataFrame]) -> None:
    """Three responses through a link: its count is hidden in the links table, so its rate is too, and
    the questionnaire's overall rate (a sum including it) is not given."""
    frames = dict(data)
    small = frames[EVENT].copy()
    small.loc[small.index[:3], "link_code"] = "Tiny workshop"
    frames[EVENT] = small
    doc = _build(frames, {"Tiny workshop": (EVENT, 12), "Leeds showcase": (EVENT, 60)})
    links = next(t for t in doc.tables() if t.id == "responses-by-link")
    column = links.columns.index(SPECS[EVENT].title)
    assert next(row for row in links.rows if row[0] == "Tiny workshop")[column] == "*"
    assert _rates_table(doc)["Tiny workshop"][1:] == ["*", "12", "*"]
    lines = _summary_lines(doc)
    assert any("overall response rate not given" in line for line in lines)
    assert not any("response rate," in line for line in lines if line.startswith(SPECS[EVENT].title))


def test_without_expected_numbers_the_report_says_no_rate_is_given(
    data: dict[str, pd.DataFrame],
) -> None:
    doc = _build(data, {})
    assert NO_EXPECTED_NUMBERS in _summary_lines(doc)
    assert not any(t.id == "response-rates-by-link" for t in doc.tables())
