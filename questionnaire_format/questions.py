"""Building one question of a definition: its type, answers, limits and display condition, all checked."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypedDict

from .checks import Checker
from .model import Condition, Option, Question, Statement, brief_repr
from .vocabulary import (
    CHOICE_TYPES,
    CONDITION_KEYS,
    DEFAULT_MAX_LENGTH,
    FFT_QUESTION,
    FIXED_OPTIONS,
    KEY_RE,
    OPTION_KEYS,
    OTHER_VALUE,
    PROMPTS,
    QUESTION_KEYS,
    QUESTION_TYPES,
    STATEMENT_KEYS,
    TEXT_TYPES,
    option_value,
)

# The questions of earlier pages, by key: the page they are on and the answers they allow, so a
# condition can only refer to a question already answered, and only to one of its answers.
EarlierQuestions = dict[str, tuple[int, tuple[str, ...]]]


def build_question(q: Any, where: str, earlier: EarlierQuestions, checker: Checker) -> Question | None:
    """The question described by the mapping `q`, or None after recording its problems."""
    if not isinstance(q, dict):
        checker.fail(where, "must be a mapping with 'key', 'type' and 'label'")
        return None
    key = q.get("key")
    if not isinstance(key, str) or not KEY_RE.match(key):
        checker.fail(where, "'key' must be lower_snake_case text starting with a letter")
        return None
    where = f"{where} '{key}'"
    start = len(checker.problems)
    qtype = _question_type(q, key, where, earlier, checker)
    if qtype is None:
        return None
    required = checker.flag(q, "required", where, default=False)
    hint = q.get("hint")
    if hint is not None and (not isinstance(hint, str) or not hint.strip()):
        checker.fail(where, "'hint' must be text")
        hint = None
    label = _label(q, qtype, where, checker)
    answers, limits = _answers(q, qtype, where, checker), _limits(q, qtype, where, checker)
    prompt = q.get("prompt")
    if prompt is not None and (qtype not in TEXT_TYPES or prompt not in PROMPTS):
        checker.fail(where, f"'prompt' is for text questions and one of {', '.join(PROMPTS)}")
    codebook = checker.codebook(q, where)
    if "codebook" in q and (qtype not in TEXT_TYPES or prompt is None):
        # Only text questions with a prompt are coded (analysis.schema's coded_text_questions).
        checker.fail(where, "'codebook' is for text questions with a 'prompt', the ones the analysis codes")
    show_if = build_condition(q["show_if"], where, earlier, checker) if "show_if" in q else None
    if len(checker.problems) > start:
        return None
    return Question(
        key,
        qtype,
        label,
        hint=hint.strip() if isinstance(hint, str) else None,
        required=required,
        prompt=prompt,
        codebook=codebook,
        show_if=show_if,
        **answers,
        **limits,
    )


def _question_type(
    q: dict[str, Any], key: str, where: str, earlier: EarlierQuestions, checker: Checker
) -> str | None:
    """The question's type, after checking its settings' names and that its key is new."""
    checker.unknown(q, QUESTION_KEYS, where)
    if key in earlier:
        checker.fail(where, f"duplicate key '{key}' (already used on page {earlier[key][0]})")
    qtype = q.get("type")
    if qtype not in QUESTION_TYPES:
        checker.fail(where, f"unknown type {brief_repr(qtype)}; use one of {', '.join(QUESTION_TYPES)}")
        return None
    return str(qtype)


def _label(q: dict[str, Any], qtype: str, where: str, checker: Checker) -> str:
    """The question's wording: the definition's, or NHS England's fixed wording for the FFT."""
    if qtype != "fft":
        return checker.text(q, "label", where)
    if "label" in q or "options" in q:
        checker.fail(
            where,
            "the Friends and Family Test wording and answers are fixed; remove 'label' and 'options'",
        )
    return FFT_QUESTION


class _Answers(TypedDict):
    """What a respondent can answer to a question, as the question's fields hold it."""

    options: tuple[Option, ...]
    other: bool
    statements: tuple[Statement, ...]


class _Limits(TypedDict):
    """The bounds of a text, number or date answer, as the question's fields hold them."""

    max_length: int | None
    min: Any
    max: Any


def _answers(q: dict[str, Any], qtype: str, where: str, checker: Checker) -> _Answers:
    """The answers a question offers: its own options, or its type's fixed ones; a grid's statements."""
    if "other" in q and (qtype not in CHOICE_TYPES or not isinstance(q["other"], bool)):
        checker.fail(where, "'other' is true or false, and only for single_choice or multiple_choice")
    options: tuple[Option, ...] = ()
    if qtype in CHOICE_TYPES:
        options = build_options(q, where, checker)
    elif "options" in q and qtype != "fft":
        checker.fail(where, f"a {qtype} question has fixed answers; remove 'options'")
    if qtype in FIXED_OPTIONS:
        options = tuple(Option(value, label) for value, label in FIXED_OPTIONS[qtype].items())
    statements: tuple[Statement, ...] = ()
    if qtype == "likert_grid":
        statements = build_statements(q, where, checker)
    elif "statements" in q:
        checker.fail(where, "'statements' is only for likert_grid")
    return _Answers(options=options, other=bool(q.get("other", False)), statements=statements)


def _limits(q: dict[str, Any], qtype: str, where: str, checker: Checker) -> _Limits:
    """A text question's longest answer; a number or date question's smallest and largest answers."""
    max_length = None
    if qtype in TEXT_TYPES:
        max_length = checker.whole(q, "max_length", where, low=1) or DEFAULT_MAX_LENGTH[qtype]
    elif "max_length" in q:
        checker.fail(where, "'max_length' is only for short_text and long_text")
    low: Any = None
    high: Any = None
    if qtype == "number":
        for bound in ("min", "max"):
            value = q.get(bound)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                checker.fail(where, f"'{bound}' must be a whole number")
        low, high = q.get("min"), q.get("max")
    elif qtype == "date":
        low, high = checker.date(q, "min", where), checker.date(q, "max", where)
    elif "min" in q or "max" in q:
        checker.fail(where, "'min' and 'max' are only for number and date")
    if isinstance(low, (int, dt.date)) and isinstance(high, type(low)) and high < low:
        checker.fail(where, "'max' is smaller than 'min'")
    return _Limits(max_length=max_length, min=low, max=high)


def build_options(q: dict[str, Any], where: str, checker: Checker) -> tuple[Option, ...]:
    """A choice question's options, each plain text (its value made from it) or a value and a label."""
    options_raw = q.get("options")
    if not isinstance(options_raw, list) or len(options_raw) < 2:
        checker.fail(where, "'options' must list at least two answers")
        return ()
    options: list[Option] = []
    for number, item in enumerate(options_raw, start=1):
        if isinstance(item, str) and item.strip():
            options.append(Option(value=option_value(item), label=item.strip()))
        elif isinstance(item, dict):
            checker.unknown(item, OPTION_KEYS, f"{where}, option {number}")
            value, label = item.get("value"), item.get("label")
            if not isinstance(value, str) or not KEY_RE.match(value):
                checker.fail(where, f"option value {brief_repr(value)} must be lower_snake_case text")
            elif not isinstance(label, str) or not label.strip():
                checker.fail(where, f"option {brief_repr(value)} needs a label")
            elif not set(map(str, item)) - OPTION_KEYS:
                options.append(Option(value=value, label=label.strip()))
        else:
            checker.fail(where, f"option {brief_repr(item)} must be text or a mapping of value and label")
    values = [o.value for o in options]
    for value in sorted({v for v in values if values.count(v) > 1}):
        checker.fail(where, f"duplicate option value '{value}'")
    if q.get("other") and OTHER_VALUE in values:
        checker.fail(where, "'other: true' adds the 'other' option itself; remove it from 'options'")
    return tuple(options)


def build_statements(q: dict[str, Any], where: str, checker: Checker) -> tuple[Statement, ...]:
    """A Likert grid's statements, each a lower_snake_case key and a label."""
    raw = q.get("statements")
    if not isinstance(raw, list) or not raw:
        checker.fail(where, "'statements' must list at least one statement")
        return ()
    statements: list[Statement] = []
    for number, item in enumerate(raw, start=1):
        if isinstance(item, dict) and set(map(str, item)) - STATEMENT_KEYS:
            checker.unknown(item, STATEMENT_KEYS, f"{where}, statement {number}")
        elif (
            isinstance(item, dict)
            and isinstance(item.get("key"), str)
            and KEY_RE.match(item["key"])
            and isinstance(item.get("label"), str)
            and item["label"].strip()
        ):
            statements.append(Statement(key=item["key"], label=item["label"].strip()))
        else:
            checker.fail(where, f"statement {brief_repr(item)} needs a lower_snake_case 'key' and a 'label'")
    keys = [s.key for s in statements]
    for dup in sorted({k for k in keys if keys.count(k) > 1}):
        checker.fail(where, f"duplicate statement key '{dup}'")
    return tuple(statements)


def build_condition(raw: Any, where: str, earlier: EarlierQuestions, checker: Checker) -> Condition | None:
    """A `show_if` condition: an earlier question and the answers to it that show this one."""
    if not isinstance(raw, dict) or "question" not in raw:
        checker.fail(where, "'show_if' needs 'question' and 'equals' or 'any_of'")
        return None
    target = raw.get("question")
    if set(map(str, raw)) - CONDITION_KEYS:
        checker.unknown(raw, CONDITION_KEYS, f"{where} 'show_if'")
        checker.fail(where, "'show_if' takes only 'question', 'equals' and 'any_of'")
    if "equals" in raw and "any_of" not in raw:
        values: Any = [raw["equals"]]
    elif "any_of" in raw and "equals" not in raw:
        values = raw["any_of"]
    else:
        checker.fail(where, "'show_if' needs exactly one of 'equals' or 'any_of'")
        return None
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        checker.fail(where, "'show_if' values must be text (quote yes and no: \"yes\")")
        return None
    if target not in earlier:
        checker.fail(
            where,
            f"'show_if' refers to question {brief_repr(target)}, which is not on an earlier page "
            "(conditions must refer to a question already answered)",
        )
        return None
    allowed = earlier[target][1]
    for value in values:
        if allowed and value not in allowed:
            answer, question = brief_repr(value), brief_repr(target)
            checker.fail(where, f"'show_if' value {answer} is not an answer to {question}")
    return Condition(question=str(target), values=tuple(values))
