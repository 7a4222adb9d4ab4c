"""The parsed questionnaire definition: pages, questions, options and display conditions.

Every record is frozen and slotted: a parsed definition is shared between requests and reports (it is
cached per stored version), so nothing may change it after the parser has checked it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from .vocabulary import MAX_PROBLEM_CHARS, MAX_PROBLEMS


class DefinitionError(ValueError):
    """A questionnaire definition is invalid; `problems` lists every fault found, `source` names the file.

    >>> str(DefinitionError("mini.yaml", ["'slug' is missing", "page 1: unknown setting 'colour'"]))
    "mini.yaml: 'slug' is missing; page 1: unknown setting 'colour'"
    """

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = brief_text(source)
        # A problem may quote a value from the file; the message stays short whatever the file holds.
        # (At most MAX_PROBLEMS lines, the last counting the rest, so wrapping the error again keeps it.)
        kept = [brief_text(problem) for problem in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            kept[-1] = f"and {len(problems) - MAX_PROBLEMS + 1} more problems"
        self.problems = kept
        super().__init__(f"{self.source}: " + "; ".join(kept))


def brief_text(text: str, limit: int = MAX_PROBLEM_CHARS) -> str:
    """Text cut to `limit` characters, marked with an ellipsis when cut.

    >>> brief_text("x" * 10, limit=5)
    'xxxx…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def brief_repr(value: Any, limit: int = 60) -> str:
    """A value's repr short enough to quote in a message (a file may hold a huge value).

    Nesting is bounded by the parser before any value is quoted, so the repr itself is safe.

    >>> brief_repr("a" * 100, limit=10)
    "'aaaaaaaa…"
    """
    return brief_text(repr(value), limit)


@dataclass(frozen=True, slots=True)
class Definition:
    """A validated questionnaire definition; `raw` is the mapping it was read from, kept for storage.

    `codebook` names the codebook its comments are coded with: the definition's own setting, or its
    audience's codebook when it names none.
    """

    slug: str
    title: str
    introduction: str
    audience: str
    codebook: str
    estimated_minutes: int
    anonymity: str
    privacy_notice: str
    retention_months: int
    quotable: bool
    pages: tuple[Page, ...]
    listed: bool = True
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    max_responses: int | None = None
    crisis_signposting: Signposting | None = None
    thank_you: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_anonymous(self) -> bool:
        """True when no exact time or device detail may be stored."""
        return self.anonymity == "anonymous"

    def questions(self) -> list[Question]:
        """All questions in page order."""
        return [q for page in self.pages for q in page.questions]

    def question(self, key: str) -> Question:
        """The question with this key."""
        for q in self.questions():
            if q.key == key:
                return q
        raise KeyError(key)

    def codebook_of(self, question: Question) -> str:
        """The codebook a question's answers are coded with: its own, else the questionnaire's."""
        return question.codebook or self.codebook

    def checksum(self) -> str:
        """A stable digest of the definition's content, to detect changes."""
        return hashlib.sha256(canonical_json(self.raw).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Signposting:
    """Where to get help now, shown in an urgent care card on the start and thank-you pages."""

    heading: str
    text: str

    def paragraphs(self) -> list[str]:
        """The text's paragraphs (separated by blank lines), each on one line.

        >>> Signposting("If you need help now", "Call 999.\\n\\nCall\\n111.").paragraphs()
        ['Call 999.', 'Call 111.']
        """
        return [" ".join(part.split()) for part in self.text.split("\n\n") if part.strip()]


@dataclass(frozen=True, slots=True)
class Page:
    """A page of questions, shown one page at a time."""

    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Question:
    """One question on a page; `min` and `max` are whole numbers or dates, by the question's type."""

    key: str
    type: str
    label: str
    hint: str | None = None
    required: bool = False
    options: tuple[Option, ...] = ()
    other: bool = False
    statements: tuple[Statement, ...] = ()
    max_length: int | None = None
    min: Any = None
    max: Any = None
    prompt: str | None = None
    codebook: str | None = None
    show_if: Condition | None = None

    @property
    def other_key(self) -> str:
        """The answer key holding the "please specify" text."""
        return f"{self.key}_other"

    def option_label(self, value: str) -> str:
        """The label shown for a stored option value (the value itself when no option has it)."""
        for option in self.options:
            if option.value == value:
                return option.label
        return value

    def answer_keys(self) -> list[str]:
        """Every answer key this question can store.

        >>> grid = Question("support", "likert_grid", "Support", statements=(Statement("mentor", "Mentor"),))
        >>> grid.answer_keys(), Question("role", "single_choice", "Role", other=True).answer_keys()
        (['support.mentor'], ['role', 'role_other'])
        """
        if self.type == "likert_grid":
            return [f"{self.key}.{s.key}" for s in self.statements]
        keys = [self.key]
        if self.other:
            keys.append(self.other_key)
        return keys


@dataclass(frozen=True, slots=True)
class Option:
    """One answer a respondent can choose: the code stored and the words shown."""

    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Statement:
    """One row of a Likert grid, answered under the key `<question>.<statement>`."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Condition:
    """Show a question only when the answer to an earlier question is one of `values`."""

    question: str
    values: tuple[str, ...]


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and ISO dates, so equal content gives equal text.

    >>> canonical_json({"opens_on": dt.date(2026, 1, 31), "audience": "patient"})
    '{"audience": "patient", "opens_on": "2026-01-31"}'
    """
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
