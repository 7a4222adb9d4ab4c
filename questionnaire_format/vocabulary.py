"""The words of the questionnaire format: audiences, question types, fixed answer scales, allowed keys.

Both the web app and the analysis read these, so a new question type or answer scale is added here once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

AUDIENCES = ("apprentice", "stakeholder", "patient")
ANONYMITY = ("anonymous", "pseudonymous")
# What a text question asks for, so the analysis can read "could be better" answers as suggestions.
PROMPTS = ("what_good", "could_improve", "nonspecific")
# The codebooks the analysis ships (`analysis/codebooks/<name>.yaml`): a definition names the one its
# comments are coded with, and a text question may name another. Listed here rather than read from that
# folder because the format imports nothing of the analysis; tests/test_definitions.py checks they agree.
CODEBOOKS = ("workforce", "stakeholder_event", "patient_experience")
# The codebook of a definition that names none: versions stored before the setting existed keep working.
AUDIENCE_CODEBOOK: Mapping[str, str] = {
    "apprentice": "workforce",
    "stakeholder": "stakeholder_event",
    "patient": "patient_experience",
}
QUESTION_TYPES = (
    "single_choice",
    "multiple_choice",
    "yes_no",
    "likert",
    "likert_grid",
    "rating",
    "fft",
    "short_text",
    "long_text",
    "number",
    "date",
    "consent",
)
TEXT_TYPES = ("short_text", "long_text")
CHOICE_TYPES = ("single_choice", "multiple_choice")
DEFAULT_MAX_LENGTH: Mapping[str, int] = {"short_text": 200, "long_text": 2000}
# The stored value of the "Other (please specify)" answer that `other: true` adds to a choice question.
OTHER_VALUE = "other"
OTHER_LABEL = "Other"

# The Friends and Family Test wording and answers are fixed by NHS England
# (NHS England, "Friends and Family Test: guidance", 2019 revision).
FFT_QUESTION = "Overall, how was your experience of our service?"
FFT_OPTIONS: Mapping[str, str] = {
    "very_good": "Very good",
    "good": "Good",
    "neither": "Neither good nor poor",
    "poor": "Poor",
    "very_poor": "Very poor",
    "dont_know": "Don't know",
}
LIKERT_OPTIONS: Mapping[str, str] = {
    "strongly_agree": "Strongly agree",
    "agree": "Agree",
    "neither": "Neither agree nor disagree",
    "disagree": "Disagree",
    "strongly_disagree": "Strongly disagree",
}
YES_NO_OPTIONS: Mapping[str, str] = {"yes": "Yes", "no": "No"}
RATING_OPTIONS: Mapping[str, str] = {str(n): str(n) for n in range(11)}
# Question types whose answers are fixed, with their stored values and labels in the order shown.
FIXED_OPTIONS: Mapping[str, Mapping[str, str]] = {
    "fft": FFT_OPTIONS,
    "likert": LIKERT_OPTIONS,
    "likert_grid": LIKERT_OPTIONS,
    "yes_no": YES_NO_OPTIONS,
    "rating": RATING_OPTIONS,
}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
DEFINITION_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 256 * 1024
# The deepest nesting a definition needs is eight levels (file > pages > page > questions > question >
# show_if > any_of > value); the limit leaves room and stops a hostile file long before Python's stack.
MAX_DEPTH = 16
# A refused definition's message stays short whatever the file holds: each problem is cut to this many
# characters and at most this many problems are listed, so an error page is never megabytes.
MAX_PROBLEM_CHARS = 300
MAX_PROBLEMS = 25

TOP_LEVEL_KEYS = frozenset(
    {
        "slug",
        "title",
        "introduction",
        "audience",
        "codebook",
        "estimated_minutes",
        "anonymity",
        "privacy_notice",
        "retention_months",
        "quotable",
        "listed",
        "opens_on",
        "closes_on",
        "max_responses",
        "crisis_signposting",
        "thank_you",
        "pages",
    }
)
# Crisis signposting shown on the start and thank-you pages, in an NHS.UK urgent care card.
SIGNPOSTING_KEYS = frozenset({"heading", "text"})
PAGE_KEYS = frozenset({"title", "questions"})
QUESTION_KEYS = frozenset(
    {
        "key",
        "type",
        "label",
        "hint",
        "required",
        "options",
        "other",
        "statements",
        "max_length",
        "min",
        "max",
        "prompt",
        "codebook",
        "show_if",
    }
)
CONDITION_KEYS = frozenset({"question", "equals", "any_of"})
OPTION_KEYS = frozenset({"value", "label"})
STATEMENT_KEYS = frozenset({"key", "label"})


def option_value(label: str) -> str:
    """The stored value of an option written as plain text: its label in lower_snake_case.

    >>> option_value("Band 4 (AP) role")
    'band_4_ap_role'
    """
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def definition_files(folder: Path) -> list[Path]:
    """The definition files (`*.yaml` and `*.yml`) in a folder, in name order.

    The analysis report's cache key reads this list too, so it names the files the loaders read.
    """
    return sorted(path for suffix in DEFINITION_SUFFIXES for path in folder.glob(f"*{suffix}"))
