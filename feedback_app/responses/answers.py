"""Validate a page of answers against its questions, and decide which questions are shown."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from questionnaire_format.model import Definition, Page, Question
from questionnaire_format.vocabulary import OTHER_VALUE, TEXT_TYPES

AnswerValue = str | list[str]
Answers = dict[str, AnswerValue]

WHOLE_NUMBER_RE = re.compile(r"^-?\d{1,9}$")


class FormData(Protocol):
    """The part of Werkzeug's MultiDict the validator needs."""

    def get(self, key: str) -> str | None:
        """The first value for a key."""
        ...

    def getlist(self, key: str) -> list[str]:
        """Every value for a key."""
        ...


@dataclass
class PageResult:
    """What one page's submission gave: clean answers, and errors keyed by answer key."""

    answers: Answers = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    # Raw text of fields that failed, so the page can be shown again exactly as typed.
    raw: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the page has no errors."""
        return not self.errors


def html_id(answer_key: str) -> str:
    """The element id for an answer key (dots are awkward in ids and CSS selectors)."""
    return answer_key.replace(".", "-")


def is_shown(question: Question, answers: Mapping[str, AnswerValue]) -> bool:
    """True when the question has no condition, or its condition holds for the answers so far."""
    if question.show_if is None:
        return True
    given = answers.get(question.show_if.question)
    if given is None:
        return False
    chosen = given if isinstance(given, list) else [given]
    return any(value in question.show_if.values for value in chosen)


def shown_questions(page: Page, answers: Mapping[str, AnswerValue]) -> list[Question]:
    """The questions on a page that the respondent should see, given earlier answers."""
    return [q for q in page.questions if is_shown(q, answers)]


def _short(label: str) -> str:
    return label if len(label) <= 80 else label[:77].rstrip() + "..."


def _clean_text(value: str) -> str:
    # Normalise line endings so a 2000-character limit means the same in every browser.
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def validate_page(questions: Iterable[Question], form: FormData) -> PageResult:
    """Validate the posted answers for these questions; unknown fields are ignored."""
    result = PageResult()
    for question in questions:
        _validate_question(question, form, result)
    return result


def _validate_question(q: Question, form: FormData, result: PageResult) -> None:
    label = _short(q.label)
    if q.type in ("single_choice", "yes_no", "likert", "rating", "fft"):
        _validate_single(q, q.key, form, result, label)
    elif q.type == "likert_grid":
        for statement in q.statements:
            key = f"{q.key}.{statement.key}"
            value = (form.get(key) or "").strip()
            if not value:
                if q.required:
                    result.errors[key] = f"Select an answer for: {_short(statement.label)}"
                continue
            if value not in {o.value for o in q.options}:
                result.errors[key] = f"Select one of the answers for: {_short(statement.label)}"
                continue
            result.answers[key] = value
    elif q.type == "multiple_choice":
        _validate_multiple(q, form, result, label)
    elif q.type in TEXT_TYPES:
        raw = form.get(q.key) or ""
        value = _clean_text(raw)
        limit = q.max_length or 0
        if not value:
            if q.required:
                result.errors[q.key] = f"Enter your answer to: {label}"
        elif len(value) > limit:
            result.errors[q.key] = (
                f"Your answer must be {limit:,} characters or fewer (it has {len(value):,})"
            )
            result.raw[q.key] = raw
        else:
            result.answers[q.key] = value
    elif q.type == "number":
        raw = (form.get(q.key) or "").strip().replace(",", "")
        if not raw:
            if q.required:
                result.errors[q.key] = f"Enter a number for: {label}"
            return
        if not WHOLE_NUMBER_RE.match(raw):
            result.errors[q.key] = "Enter a whole number, like 3"
            result.raw[q.key] = raw[:50]
            return
        number = int(raw)
        if (q.min is not None and number < q.min) or (q.max is not None and number > q.max):
            low = q.min if q.min is not None else "any"
            high = q.max if q.max is not None else "any"
            result.errors[q.key] = f"Enter a number between {low} and {high}"
            result.raw[q.key] = raw
            return
        result.answers[q.key] = str(number)
    elif q.type == "date":
        _validate_date(q, form, result, label)
    elif q.type == "consent":
        consent = form.get(q.key)
        if consent == "yes":
            result.answers[q.key] = "yes"
        elif q.required:
            result.errors[q.key] = f"Tick the box to confirm: {label}"


def _validate_single(q: Question, key: str, form: FormData, result: PageResult, label: str) -> None:
    value = (form.get(key) or "").strip()
    allowed = {o.value for o in q.options}
    if q.other:
        allowed.add(OTHER_VALUE)
    if not value:
        if q.required:
            result.errors[key] = f"Select an answer for: {label}"
        return
    if value not in allowed:
        result.errors[key] = f"Select one of the answers for: {label}"
        return
    result.answers[key] = value
    if value == OTHER_VALUE and q.other:
        _validate_other(q, form, result)


def _validate_multiple(q: Question, form: FormData, result: PageResult, label: str) -> None:
    allowed = [o.value for o in q.options] + ([OTHER_VALUE] if q.other else [])
    chosen = [v.strip() for v in form.getlist(q.key) if v.strip()]
    if any(v not in allowed for v in chosen):
        result.errors[q.key] = f"Select only the answers listed for: {label}"
        return
    # Keep the definition's order and drop repeats, whatever order the browser sent.
    values = [v for v in allowed if v in chosen]
    if not values:
        if q.required:
            result.errors[q.key] = f"Select at least one answer for: {label}"
        return
    result.answers[q.key] = values
    if OTHER_VALUE in values:
        _validate_other(q, form, result)


def _validate_other(q: Question, form: FormData, result: PageResult) -> None:
    raw = form.get(q.other_key) or ""
    text = _clean_text(raw)
    if not text:
        result.errors[q.other_key] = "Tell us what 'Other' is"
    elif len(text) > 200:
        result.errors[q.other_key] = f"Your answer must be 200 characters or fewer (it has {len(text):,})"
        result.raw[q.other_key] = raw
    else:
        result.answers[q.other_key] = text


def _validate_date(q: Question, form: FormData, result: PageResult, label: str) -> None:
    parts = {part: (form.get(f"{q.key}-{part}") or "").strip() for part in ("day", "month", "year")}
    for part, value in parts.items():
        result.raw[f"{q.key}-{part}"] = value[:4]
    if not any(parts.values()):
        if q.required:
            result.errors[q.key] = f"Enter a date for: {label}"
        return
    try:
        date = dt.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
    except ValueError:
        result.errors[q.key] = "Enter a real date, like 27 3 2025"
        return
    if date.year < 1900:
        result.errors[q.key] = "Enter a real date, like 27 3 2025"
        return
    if q.min is not None and date < q.min:
        result.errors[q.key] = f"Enter a date on or after {q.min:%-d %B %Y}"
        return
    if q.max is not None and date > q.max:
        result.errors[q.key] = f"Enter a date on or before {q.max:%-d %B %Y}"
        return
    result.answers[q.key] = date.isoformat()


def visible_answers(definition: Definition, answers: Mapping[str, AnswerValue]) -> Answers:
    """Only the answers to questions that are shown, given the answers themselves."""
    kept: Answers = {}
    for question in definition.questions():
        if not is_shown(question, kept):
            continue
        for key in question.answer_keys():
            if key in answers:
                kept[key] = answers[key]
    return kept


def first_incomplete_page(definition: Definition, answers: Mapping[str, AnswerValue]) -> int | None:
    """The number of the first page with a required shown question left unanswered, if any."""
    for number, page in enumerate(definition.pages, start=1):
        for question in shown_questions(page, answers):
            if not question.required:
                continue
            if question.type == "likert_grid":
                if any(f"{question.key}.{s.key}" not in answers for s in question.statements):
                    return number
            elif question.key not in answers:
                return number
    return None


def display_value(question: Question, answers: Mapping[str, AnswerValue]) -> list[str]:
    """Human-readable lines for a question's answers, for the check-your-answers page."""
    if question.type == "likert_grid":
        return [
            f"{s.label}: {question.option_label(str(answers[f'{question.key}.{s.key}']))}"
            for s in question.statements
            if f"{question.key}.{s.key}" in answers
        ]
    value = answers.get(question.key)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    lines = []
    for item in values:
        if item == OTHER_VALUE and question.other:
            lines.append(f"Other: {answers.get(question.other_key, '')}")
        elif question.type == "date":
            lines.append(dt.date.fromisoformat(item).strftime("%-d %B %Y"))
        elif question.type == "consent":
            lines.append("Yes, I agree")
        elif question.options:
            lines.append(question.option_label(item))
        else:
            lines.append(item)
    return lines


def field_names(question: Question) -> list[str]:
    """The HTML field names a question is rendered with."""
    if question.type == "likert_grid":
        return [f"{question.key}.{s.key}" for s in question.statements]
    if question.type == "date":
        return [f"{question.key}-{part}" for part in ("day", "month", "year")]
    names = [question.key]
    if question.other:
        names.append(question.other_key)
    return names


def values_from_answers(
    questions: Iterable[Question], answers: Mapping[str, AnswerValue]
) -> dict[str, AnswerValue]:
    """Field values to pre-fill a page from stored answers."""
    values: dict[str, AnswerValue] = {}
    for question in questions:
        if question.type == "date":
            stored = answers.get(question.key)
            if isinstance(stored, str):
                date = dt.date.fromisoformat(stored)
                values[f"{question.key}-day"] = str(date.day)
                values[f"{question.key}-month"] = str(date.month)
                values[f"{question.key}-year"] = str(date.year)
            continue
        for name in field_names(question):
            if name in answers:
                values[name] = answers[name]
    return values


def values_from_form(questions: Iterable[Question], form: FormData) -> dict[str, AnswerValue]:
    """Field values to show a page again exactly as it was posted (capped to a sane size)."""
    values: dict[str, AnswerValue] = {}
    for question in questions:
        for name in field_names(question):
            if question.type == "multiple_choice" and name == question.key:
                values[name] = [v[:200] for v in form.getlist(name)][:100]
            else:
                values[name] = (form.get(name) or "")[:20_000]
    return values
