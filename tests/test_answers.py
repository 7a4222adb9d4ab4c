"""Validation of every question type, and which questions a condition shows."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from feedback_app.responses.answers import (
    display_value,
    first_incomplete_page,
    is_shown,
    validate_page,
    values_from_answers,
    visible_answers,
)
from questionnaire_format.parser import parse_definition

ALL_TYPES = """\
slug: all-types
title: Every type
introduction: Test.
audience: stakeholder
estimated_minutes: 3
anonymity: anonymous
privacy_notice: Test.
retention_months: 12
quotable: false
pages:
  - title: One
    questions:
      - key: role
        type: single_choice
        label: Role
        required: true
        other: true
        options:
          - {value: mentor, label: Mentor}
          - {value: employer, label: Employer}
      - key: barriers
        type: multiple_choice
        label: Barriers
        other: true
        options:
          - {value: maths_english, label: Maths and English}
          - {value: epa, label: End-Point Assessment}
          - {value: release_time, label: Release time}
      - {key: attended, type: yes_no, label: Did you attend, required: true}
      - {key: useful, type: likert, label: Useful}
      - key: grid
        type: likert_grid
        label: Confidence
        required: true
        statements:
          - {key: mdt, label: Supporting the team}
          - {key: groups, label: Running groups}
      - {key: score, type: rating, label: Score}
      - {key: fft, type: fft}
      - {key: summary, type: short_text, label: Summary, max_length: 10}
      - {key: story, type: long_text, label: Story}
      - {key: staff, type: number, label: Staff, min: 1, max: 50}
      - {key: started, type: date, label: Started, min: 2019-01-01, max: 2030-12-31}
      - {key: agree, type: consent, label: I agree, required: true}
  - title: Two
    questions:
      - key: mentor_note
        type: long_text
        label: About mentoring
        required: true
        show_if: {question: role, equals: mentor}
      - key: barrier_note
        type: short_text
        label: About barriers
        show_if: {question: barriers, any_of: [maths_english, epa]}
"""

DEFINITION = parse_definition(ALL_TYPES, "all-types.yaml")
PAGE_ONE = list(DEFINITION.pages[0].questions)

VALID = {
    "role": "mentor",
    "barriers": ["epa", "maths_english"],
    "attended": "yes",
    "useful": "agree",
    "grid.mdt": "strongly_agree",
    "grid.groups": "disagree",
    "score": "7",
    "fft": "dont_know",
    "summary": "  Fine  ",
    "story": "Line one\r\nLine two",
    "staff": "12",
    "started-day": "5",
    "started-month": "9",
    "started-year": "2021",
    "agree": "yes",
}


def form(**changes: object) -> MultiDict:
    """The valid form with some fields changed (None removes a field)."""
    data = dict(VALID)
    for key, value in changes.items():
        key = key.replace("__", ".")
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    multi = MultiDict()
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            multi.add(key, item)
    return multi


def test_valid_page_gives_clean_answers():
    """Every type's answer is cleaned: order kept, text trimmed, line endings unified, dates ISO."""
    result = validate_page(PAGE_ONE, form())
    assert result.ok, result.errors
    assert result.answers["barriers"] == ["maths_english", "epa"]
    assert result.answers["summary"] == "Fine"
    assert result.answers["story"] == "Line one\nLine two"
    assert result.answers["started"] == "2021-09-05"
    assert result.answers["grid.groups"] == "disagree"
    assert result.answers["fft"] == "dont_know"


@pytest.mark.parametrize(
    ("changes", "key", "message"),
    [
        ({"role": None}, "role", "Select an answer for: Role"),
        ({"role": "boss"}, "role", "Select one of the answers"),
        ({"role": "other"}, "role_other", "Tell us what 'Other' is"),
        ({"barriers": ["epa", "bribes"]}, "barriers", "Select only the answers listed"),
        ({"barriers": ["other"]}, "barriers_other", "Tell us what 'Other' is"),
        ({"attended": None}, "attended", "Select an answer"),
        ({"attended": "maybe"}, "attended", "Select one of the answers"),
        ({"useful": "love_it"}, "useful", "Select one of the answers"),
        ({"grid__mdt": None}, "grid.mdt", "Select an answer for: Supporting the team"),
        ({"grid__groups": "sometimes"}, "grid.groups", "Select one of the answers"),
        ({"score": "11"}, "score", "Select one of the answers"),
        ({"fft": "excellent"}, "fft", "Select one of the answers"),
        ({"summary": "x" * 11}, "summary", "must be 10 characters or fewer (it has 11)"),
        ({"story": "y" * 2001}, "story", "must be 2,000 characters or fewer"),
        ({"staff": "twelve"}, "staff", "Enter a whole number"),
        ({"staff": "1.5"}, "staff", "Enter a whole number"),
        ({"staff": "51"}, "staff", "Enter a number between 1 and 50"),
        ({"staff": "0"}, "staff", "Enter a number between 1 and 50"),
        ({"started-day": "31", "started-month": "2"}, "started", "Enter a real date"),
        ({"started-year": "twenty"}, "started", "Enter a real date"),
        ({"started-year": "2018"}, "started", "on or after 1 January 2019"),
        ({"started-year": "2031"}, "started", "on or before 31 December 2030"),
        ({"agree": None}, "agree", "Tick the box to confirm"),
    ],
)
def test_each_type_refuses_bad_answers(changes, key, message):
    """A wrong or missing answer gives one error on that field, in plain words."""
    result = validate_page(PAGE_ONE, form(**changes))
    assert key in result.errors, result.errors
    assert message in result.errors[key]
    assert key not in result.answers


def test_optional_questions_may_be_left_empty():
    """Leaving optional questions blank is fine and stores nothing for them."""
    blank = {k: None for k in ("barriers", "useful", "score", "fft", "summary", "story", "staff")}
    blank.update({"started-day": "", "started-month": "", "started-year": ""})
    result = validate_page(PAGE_ONE, form(**blank))
    assert result.ok, result.errors
    assert "story" not in result.answers and "started" not in result.answers


def test_extra_fields_are_ignored():
    """Fields that are not questions on the page never become answers."""
    result = validate_page(PAGE_ONE, form(id="5", reference="HACK", mentor_note="sneaky"))
    assert result.ok
    assert {"id", "reference", "mentor_note"}.isdisjoint(result.answers)


def test_number_accepts_thousands_separator():
    """'1,000'-style input is read as a whole number."""
    question = DEFINITION.question("staff")
    result = validate_page([question], MultiDict({"staff": "1,0"}))
    assert result.answers == {"staff": "10"}


def test_conditions_decide_which_questions_show():
    """A follow-up shows only when its earlier answer matches."""
    note = DEFINITION.question("mentor_note")
    barrier_note = DEFINITION.question("barrier_note")
    assert is_shown(note, {"role": "mentor"})
    assert not is_shown(note, {"role": "employer"})
    assert not is_shown(note, {})
    assert is_shown(barrier_note, {"barriers": ["release_time", "epa"]})
    assert not is_shown(barrier_note, {"barriers": ["release_time"]})


def test_hidden_answers_are_dropped_and_required_followups_enforced():
    """Answers to questions a changed answer hid are not kept; a shown required follow-up is needed."""
    answers = {**validate_page(PAGE_ONE, form()).answers, "mentor_note": "Great mentor"}
    assert first_incomplete_page(DEFINITION, answers) is None
    switched = {**answers, "role": "employer"}
    assert "mentor_note" not in visible_answers(DEFINITION, switched)
    missing = {k: v for k, v in answers.items() if k != "mentor_note"}
    assert first_incomplete_page(DEFINITION, missing) == 2
    no_grid_row = {k: v for k, v in answers.items() if k != "grid.mdt"}
    assert first_incomplete_page(DEFINITION, no_grid_row) == 1


def test_display_values_use_labels():
    """Check-your-answers shows labels, 'Other' text, grid rows and readable dates."""
    answers = validate_page(PAGE_ONE, form(role="other", role_other="Trainer")).answers
    assert display_value(DEFINITION.question("role"), answers) == ["Other: Trainer"]
    assert display_value(DEFINITION.question("barriers"), answers) == [
        "Maths and English",
        "End-Point Assessment",
    ]
    assert display_value(DEFINITION.question("grid"), answers) == [
        "Supporting the team: Strongly agree",
        "Running groups: Disagree",
    ]
    assert display_value(DEFINITION.question("started"), answers) == ["5 September 2021"]
    assert display_value(DEFINITION.question("fft"), answers) == ["Don't know"]
    assert display_value(DEFINITION.question("agree"), answers) == ["Yes, I agree"]


def test_stored_answers_prefill_the_page():
    """Going back to a page shows what was given, including the three date boxes."""
    answers = validate_page(PAGE_ONE, form()).answers
    values = values_from_answers(PAGE_ONE, answers)
    assert values["started-day"] == "5" and values["started-year"] == "2021"
    assert values["barriers"] == ["maths_english", "epa"]
