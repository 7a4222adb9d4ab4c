"""Families of wording behind the event codebook's 1.12 rules (from the kinds of miss on the marginalia
file), on probe comments written for this test. None is from the labelled sets or from real responses.
Each family is checked with a near-miss that must not code the theme where one reads alike."""

from __future__ import annotations

import pytest

from tests.analysis.test_codebook_families import check_wording

E = "stakeholder_event"

# (codebook, prompt, comment, {theme: stance or None for any}, themes it must not carry)
# fmt: off
CASES = [
    (E, "could_improve", "need more frontline managers in the room next time", {"networking": None}, set()),
    (E, "what_good", "people from three regions in one room for a change", {"networking": None}, set()),
    (E, "what_good", "came away with four names to ring", {"networking": None}, set()),
    (E, "what_good", "sat with two nurses from a hospice at lunch", {"networking": None}, set()),
    (E, "could_improve", "the room was too small and too hot", {}, {"networking"}),
    (E, "could_improve", "i felt talked down to by the uni people", {"speakers": None}, set()),
    (E, "could_improve", "asked about backfill and they answered a different question",
     {"speakers": None}, set()),
    (E, "what_good", "the funding lady explained it better than anyone has", {"speakers": None}, set()),
    (E, "could_improve", "felt like it was written for district nurses", {"relevance": None}, set()),
    (E, "could_improve", "could've delivered the same talk to an acute ward, nothing mh about it",
     {"relevance": None}, set()),
    (E, "could_improve", "mental health felt like an afterthought again", {"relevance": None}, set()),
    (E, "support_next", "just tell us who to ring when we get stuck", {"next_step_support": None}, set()),
]
# fmt: on


@pytest.mark.parametrize(("book", "prompt", "text", "wanted", "unwanted"), CASES)
def test_wording_families_112(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    check_wording(book, prompt, text, wanted, unwanted)


def test_every_case_checks_something() -> None:
    # A probe that wants nothing and forbids nothing would pass whatever the engine does.
    assert all(wanted or unwanted for *_, wanted, unwanted in CASES)
