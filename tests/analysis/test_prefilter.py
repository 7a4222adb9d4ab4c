"""Literal prefilters: read from a pattern's parse tree, they never hide a match."""

from __future__ import annotations

import re

import pytest

from analysis.set_evaluation import read_set
from analysis.text import stance
from analysis.text.prefilter import Prefiltered, required_literals


def test_required_literals_are_read_from_every_branch() -> None:
    assert required_literals(r"\b(?:no|not) (?:problem|issue)s?\b") == {"problem", "issue"}
    # The longest run wins over a set with a shorter member.
    assert required_literals(r"\bnever (?:ok|fine)\b") == {"never "}
    # A branch that can match without a literal leaves the group nothing to require.
    assert required_literals(r"(?:\d+|two) mentors") == {" mentors"}
    assert required_literals(r"(?:\w+|two)") is None
    # Optional parts, look-arounds and character sets require nothing; a repeat of one or more does.
    assert required_literals(r"(?<!not )(?:very )?good") == {"good"}
    assert required_literals(r"(?:ha)+") == {"ha"}
    assert required_literals(r"(?:ha)*\w") is None
    # Capitals mark a case-blind pattern; texts are searched in lower case.
    assert required_literals(r"\bIT access", re.IGNORECASE) == {"it access"}
    assert required_literals(r"\bab", min_length=3) is None
    assert required_literals(r"(unbalanced") is None


def test_a_prefiltered_search_finds_what_the_pattern_finds() -> None:
    gated = Prefiltered(re.compile(r"\b(?:wasnt|werent) (?:a |an )?(?:problem|issue)\b"))
    assert gated.search("maths wasnt a problem").span() == (6, 21)  # type: ignore[union-attr]
    assert gated.search("maths was hard") is None
    # A pattern with nothing required is searched as it is.
    bare = Prefiltered(re.compile(r"^\W*$"))
    assert bare.search("...") is not None


@pytest.mark.parametrize(
    "name", ["_NOT_A_BARRIER", "_PRAISE_DESPITE", "_BARRIER", "_POSITIVE", "_MENTION", "_REQUEST"]
)
def test_stance_prefilters_change_no_reading(name: str) -> None:
    # Every clause of the labelled workforce and event comments reads the same with and without the
    # prefilter: same match, same place.
    gated = getattr(stance, name)
    clauses = [
        text.lower()[left:right]
        for set_name in ("workforce", "stakeholder_event")
        for half in ("all", "holdout", "blind", "unseen")
        for text in read_set(set_name, half)["text"]
        for left, right in stance.clause_bounds(text.lower())
    ]
    assert len(clauses) > 1_500
    found = 0
    for clause in clauses:
        plain = gated.pattern.search(clause)
        filtered = gated.search(clause)
        assert (plain and plain.span()) == (filtered and filtered.span()), clause
        found += plain is not None
    assert found > 0
