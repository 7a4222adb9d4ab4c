"""Response rates: the responses through each collection link against the people it was for.

The team records how many people a link is for (invited, at the event, in the cohort). A link's rate
is shown only where the table of responses by collection link shows its count, so a rate never gives
away a count that table hides; a questionnaire's overall rate only where every count it adds up is
shown, so the sum is one a reader could already make.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis import numbers
from analysis.suppression import MARKER, Suppression, empty_log

from .context import ReportContext
from .document import Block, Paragraph
from .tables import Column, data_table, fmt

__all__ = ["NO_EXPECTED_NUMBERS", "rate_items", "rates_blocks"]

NAME = "response-rates-by-link"
LINKS_TABLE = "responses-by-link"
NO_EXPECTED_NUMBERS = (
    "Response rates cannot be given: no expected number of respondents (people invited, attending or in "
    "a cohort) is recorded for the collection links in this report, or only part of a link's responses "
    "is included. The team records the number on each link's page."
)


def _link_rows(context: ReportContext, labels: dict[str, str]) -> pd.DataFrame:
    """One row per link with an expected number: questionnaire, responses, expected and the rate."""
    published = context.tables.tables.get(LINKS_TABLE)
    rows = []
    for code, (slug, expected) in sorted(context.expected_responses.items()):
        frame = context.frames.get(slug)
        if frame is None:
            continue
        title = context.title(slug)
        count = int((frame["link_code"] == code).sum()) if "link_code" in frame.columns else 0
        label = labels.get(code, code)
        shown: object = count
        if count and published is not None and label in published.index:
            shown = published.loc[label, title if title in published.columns else "Total"]
        rate = MARKER if shown == MARKER else numbers.response_rate(count, expected)
        rows.append((label, title, shown, expected, rate))
    columns = ["link", "questionnaire", "responses", "expected", "rate"]
    return pd.DataFrame(rows, columns=columns).set_index("link")


def rates_blocks(context: ReportContext) -> list[Block]:
    """The appendix's table of response rates by link, or a line saying none can be given."""
    rows = _link_rows(context, context.link_labels(context.expected_responses))
    if rows.empty:
        return [Paragraph(NO_EXPECTED_NUMBERS)]
    context.tables.record(NAME, Suppression(rows.astype(object), empty_log()))
    caption = "Response rates by collection link"
    columns: list[Column] = [
        ("questionnaire", "Questionnaire", "text"),
        ("responses", "Responses", "count"),
        ("expected", "Expected", "count"),
        ("rate", "Response rate %", "pct"),
    ]
    note = (
        "Expected: the number of people the team recorded for the link (invited, at the event or in "
        f"the cohort). A rate is hidden ({MARKER}) where the table of responses by collection link hides "
        "the count. A rate over 100% means more people answered than were expected, for example where a "
        "link was passed on."
    )
    table = data_table(NAME, caption, rows, columns, "Link", note)
    return [replace(table, text_columns=frozenset({1}))]


def rate_items(context: ReportContext) -> list[str]:
    """Each questionnaire's overall response rate over its links with an expected number, where every
    count it adds up is shown; or why it is not given."""
    table = context.tables.tables.get(NAME)
    if table is None:
        return []
    items = []
    for title, rows in table.groupby("questionnaire", sort=False):
        if (rows["responses"] == MARKER).any():
            items.append(
                f"{title}: overall response rate not given, as a link it adds up had fewer responses "
                f"than the threshold of {context.threshold}."
            )
            continue
        responses, expected = int(rows["responses"].sum()), int(rows["expected"].sum())
        links = "the link" if len(rows) == 1 else f"the {len(rows)} links"
        items.append(
            f"{title}: {fmt(numbers.response_rate(responses, expected), 'pct')}% response rate,"
            f" {fmt(responses, 'count')} of the {fmt(expected, 'count')} people expected through {links}"
            " with an expected number."
        )
    return items
