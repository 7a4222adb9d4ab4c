"""Risk and redaction: the families widened from the finale files' misses, false flags and leaks (scored
once, then tuned on), on comments written for these tests (none taken from a labelled file): each
family caught, and look-alikes that must stay unflagged or exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact
from analysis.text.risk import assess_risk, assess_risk_by_cues

# (comment, the category the cues must give it).
_DISCLOSED = [
    # A last visit and a keepsake handed over: two weak signs make a flag.
    ("went to see me mam one last time and gave our kid me good watch", "suicide_self_harm"),
    # Letters to each child put away with the papers, and a strange calm.
    ("wrote a letter to each of my kids and put them with the insurance papers", "suicide_self_harm"),
    # A trainee left as the only staff on a unit.
    ("our trainee was the only staff on the 10 bed unit while the nurse did a transfer", "unsafe_staffing"),
]

_NOT_DISCLOSED = [
    # Doses that were never missed.
    "the review was months late but my tablets were never missed",
    # A workshop on a kind of error.
    "the medication errors workshop was really useful before i start meds rounds",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_disclosure_of_a_finale_family_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, flag


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_a_finale_family_is_not_flagged(text: str) -> None:
    assert assess_risk(text) is None


def test_a_leaving_do_is_no_last_goodbye_to_the_cues() -> None:
    # A last time that is only the last session. The cues leave it; the learned reading, trained on every
    # file written apart but the newest, reads a leaving do for a ward manager as bullying of staff (81%):
    # a known false positive of that reading.
    assert (
        assess_risk_by_cues(
            "saw them all one last time at the leaving do, lovely send off for our ward manager"
        )
        is None
    )


def test_a_present_is_no_keepsake_to_the_cues() -> None:
    # The cues leave it; the learned reading, which reads words alone, flags a gift between relatives as
    # abuse (family words beside belongings are the words of its financial-abuse comments): a known
    # false positive of that reading.
    assert assess_risk_by_cues("i gave my brother my old watch for his birthday and he loved it") is None


_REDACTED = [
    # A word-name in brackets after a post.
    ("my apprentice (amber) passed her EPA", "my apprentice ([name]) passed her EPA"),
    # Thanks, then a name that ends the comment.
    ("lovely care on the ward, thank you wiktoria", "lovely care on the ward, thank you [name]"),
]

_KEPT = [
    "thanks everyone, see you next year",
    "the ward (cedar) was spotless",
    "my mentor (she knows who she is) was great",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_finale_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_finale_family_stays(text: str) -> None:
    assert redact(text) == text


def test_a_range_of_scores_out_of_ten_is_no_date() -> None:
    # "rose from 3/10 to about 7/10": scores, where "admitted on 3/10" is the 3rd of October.
    assert (
        redact("my mood rose from 3/10 to about 7/10 most days")
        == "my mood rose from 3/10 to about 7/10 most days"
    )
    assert (
        redact("pain went from 8/10 - 3/10 after the physio") == "pain went from 8/10 - 3/10 after the physio"
    )
    assert redact("admitted on 3/10 and discharged on 5/10") == "admitted on [date] and discharged on [date]"
