"""Questionnaire definitions: parse and validate the YAML files in `questionnaires/`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

AUDIENCES = ("apprentice", "stakeholder", "patient")
ANONYMITY = ("anonymous", "pseudonymous")
PROMPTS = ("what_good", "could_improve", "nonspecific")
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
DEFAULT_MAX_LENGTH = {"short_text": 200, "long_text": 2000}
OTHER_VALUE = "other"

# The Friends and Family Test wording and answers are fixed by NHS England
# (NHS England, "Friends and Family Test: guidance", 2019 revision).
FFT_QUESTION = "Overall, how was your experience of our service?"
FFT_OPTIONS: tuple[tuple[str, str], ...] = (
    ("very_good", "Very good"),
    ("good", "Good"),
    ("neither", "Neither good nor poor"),
    ("poor", "Poor"),
    ("very_poor", "Very poor"),
    ("dont_know", "Don't know"),
)
LIKERT_OPTIONS: tuple[tuple[str, str], ...] = (
    ("strongly_agree", "Strongly agree"),
    ("agree", "Agree"),
    ("neither", "Neither agree nor disagree"),
    ("disagree", "Disagree"),
    ("strongly_disagree", "Strongly disagree"),
)
YES_NO_OPTIONS: tuple[tuple[str, str], ...] = (("yes", "Yes"), ("no", "No"))
RATING_OPTIONS: tuple[tuple[str, str], ...] = tuple((str(n), str(n)) for n in range(11))

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_FILE_BYTES = 256 * 1024

TOP_LEVEL_KEYS = {
    "slug",
    "title",
    "introduction",
    "audience",
    "estimated_minutes",
    "anonymity",
    "privacy_notice",
    "retention_months",
    "quotable",
    "listed",
    "opens_on",
    "closes_on",
    "max_responses",
    "pages",
}
QUESTION_KEYS = {
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
    "show_if",
}


class DefinitionError(ValueError):
    """A questionnaire definition file is invalid; `problems` lists every fault found."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass(frozen=True)
class Option:
    """One answer a respondent can choose."""

    value: str
    label: str


@dataclass(frozen=True)
class Statement:
    """One row of a Likert grid."""

    key: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Show a question only when an earlier answer is one of `values`."""

    question: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One question on a page."""

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
    show_if: Condition | None = None

    @property
    def other_key(self) -> str:
        """The answer key holding the "please specify" text."""
        return f"{self.key}_other"

    def option_label(self, value: str) -> str:
        """The label shown for a stored option value."""
        for option in self.options:
            if option.value == value:
                return option.label
        return value

    def answer_keys(self) -> list[str]:
        """Every answer key this question can store."""
        if self.type == "likert_grid":
            return [f"{self.key}.{s.key}" for s in self.statements]
        keys = [self.key]
        if self.other:
            keys.append(self.other_key)
        return keys


@dataclass(frozen=True)
class Page:
    """A page of questions, shown one at a time."""

    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Definition:
    """A validated questionnaire definition."""

    slug: str
    title: str
    introduction: str
    audience: str
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

    def checksum(self) -> str:
        """A stable digest of the definition's content, to detect changes."""
        return hashlib.sha256(canonical_json(self.raw).encode()).hexdigest()


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and ISO dates, so equal content gives equal text."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses duplicate mapping keys instead of keeping the last."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_unique_mapping,
)


def _slugify_value(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


class _Checker:
    """Collects problems while building a definition, so one run reports them all."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}" if where else message)


def parse_definition(text: str, source: str = "<definition>") -> Definition:
    """Parse and validate YAML text; raise DefinitionError listing every problem."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise DefinitionError(source, [f"file is larger than {MAX_FILE_BYTES // 1024} KB"])
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise DefinitionError(source, [f"not valid YAML: {exc}"]) from None
    if not isinstance(raw, dict):
        raise DefinitionError(source, ["the file must be a mapping of settings and pages"])
    checker = _Checker()
    definition = _build_definition(raw, checker)
    if checker.problems or definition is None:
        raise DefinitionError(source, checker.problems or ["invalid definition"])
    return definition


def load_definition_file(path: Path) -> Definition:
    """Read and validate one definition file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError(path.name, [f"cannot be read: {exc}"]) from None
    return parse_definition(text, source=path.name)


def load_definition_folder(folder: Path) -> tuple[list[Definition], list[DefinitionError]]:
    """Validate every `*.yaml` file in a folder; return the good ones and the errors."""
    good: list[Definition] = []
    errors: list[DefinitionError] = []
    slugs: dict[str, str] = {}
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        try:
            definition = load_definition_file(path)
        except DefinitionError as exc:
            errors.append(exc)
            continue
        if definition.slug in slugs:
            errors.append(
                DefinitionError(
                    path.name, [f"slug {definition.slug!r} is already used by {slugs[definition.slug]}"]
                )
            )
            continue
        slugs[definition.slug] = path.name
        good.append(definition)
    return good, errors


def _text(raw: dict[str, Any], key: str, where: str, checker: _Checker, required: bool = True) -> str:
    value = raw.get(key)
    if value is None:
        if required:
            checker.fail(where, f"'{key}' is missing")
        return ""
    if not isinstance(value, str) or not value.strip():
        checker.fail(where, f"'{key}' must be non-empty text")
        return ""
    return value.strip()


def _whole(raw: dict[str, Any], key: str, where: str, checker: _Checker, low: int = 0) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        checker.fail(where, f"'{key}' must be a whole number of at least {low}")
        return None
    return int(value)


def _date(raw: dict[str, Any], key: str, where: str, checker: _Checker) -> dt.date | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    checker.fail(where, f"'{key}' must be a date like 2026-01-31")
    return None


def _build_definition(raw: dict[str, Any], checker: _Checker) -> Definition | None:
    for unknown in sorted(set(map(str, raw)) - TOP_LEVEL_KEYS):
        checker.fail("", f"unknown setting '{unknown}'")
    slug = _text(raw, "slug", "", checker)
    if slug and not SLUG_RE.match(slug):
        checker.fail("", "'slug' must be lower-case letters, digits and hyphens")
    title = _text(raw, "title", "", checker)
    introduction = _text(raw, "introduction", "", checker)
    privacy_notice = _text(raw, "privacy_notice", "", checker)
    audience = raw.get("audience")
    if audience not in AUDIENCES:
        checker.fail("", f"'audience' must be one of {', '.join(AUDIENCES)}")
    anonymity = raw.get("anonymity")
    if anonymity not in ANONYMITY:
        checker.fail("", f"'anonymity' must be one of {', '.join(ANONYMITY)}")
    minutes = raw.get("estimated_minutes")
    if minutes is None:
        checker.fail("", "'estimated_minutes' is missing")
    minutes = _whole(raw, "estimated_minutes", "", checker, low=1)
    if raw.get("retention_months") is None:
        checker.fail("", "'retention_months' is missing")
    retention = _whole(raw, "retention_months", "", checker, low=1)
    quotable = raw.get("quotable")
    if not isinstance(quotable, bool):
        checker.fail("", "'quotable' must be true or false")
    listed = raw.get("listed", True)
    if not isinstance(listed, bool):
        checker.fail("", "'listed' must be true or false")
    opens_on = _date(raw, "opens_on", "", checker)
    closes_on = _date(raw, "closes_on", "", checker)
    if opens_on and closes_on and closes_on < opens_on:
        checker.fail("", "'closes_on' is before 'opens_on'")
    max_responses = _whole(raw, "max_responses", "", checker, low=1)

    pages_raw = raw.get("pages")
    pages: list[Page] = []
    if not isinstance(pages_raw, list) or not pages_raw:
        checker.fail("", "'pages' must be a list with at least one page")
    else:
        seen_keys: dict[str, tuple[int, tuple[str, ...]]] = {}
        for page_number, page_raw in enumerate(pages_raw, start=1):
            page = _build_page(page_raw, page_number, seen_keys, checker)
            if page is not None:
                pages.append(page)
    if checker.problems:
        return None
    return Definition(
        slug=slug,
        title=title,
        introduction=introduction,
        audience=str(audience),
        estimated_minutes=int(minutes or 1),
        anonymity=str(anonymity),
        privacy_notice=privacy_notice,
        retention_months=int(retention or 1),
        quotable=bool(quotable),
        pages=tuple(pages),
        listed=bool(listed),
        opens_on=opens_on,
        closes_on=closes_on,
        max_responses=max_responses,
        raw=raw,
    )


def _build_page(
    page_raw: Any, page_number: int, seen_keys: dict[str, tuple[int, tuple[str, ...]]], checker: _Checker
) -> Page | None:
    where = f"page {page_number}"
    if not isinstance(page_raw, dict):
        checker.fail(where, "must be a mapping with 'title' and 'questions'")
        return None
    for unknown in sorted(set(map(str, page_raw)) - {"title", "questions"}):
        checker.fail(where, f"unknown setting '{unknown}'")
    title = _text(page_raw, "title", where, checker)
    questions_raw = page_raw.get("questions")
    if not isinstance(questions_raw, list) or not questions_raw:
        checker.fail(where, "'questions' must be a list with at least one question")
        return None
    questions: list[Question] = []
    page_keys: dict[str, tuple[int, tuple[str, ...]]] = {}
    for index, question_raw in enumerate(questions_raw, start=1):
        question = _build_question(question_raw, f"{where}, question {index}", seen_keys, checker)
        if question is not None and question.key in page_keys:
            checker.fail(f"{where}, question {index}", f"duplicate key '{question.key}' on this page")
        elif question is not None:
            questions.append(question)
            allowed = tuple(o.value for o in question.options)
            if question.other:
                allowed += (OTHER_VALUE,)
            page_keys[question.key] = (page_number, allowed)
    seen_keys.update(page_keys)
    return Page(title=title, questions=tuple(questions))


def _build_options(q: dict[str, Any], where: str, checker: _Checker) -> tuple[Option, ...]:
    options_raw = q.get("options")
    if not isinstance(options_raw, list) or len(options_raw) < 2:
        checker.fail(where, "'options' must list at least two answers")
        return ()
    options: list[Option] = []
    for item in options_raw:
        if isinstance(item, str) and item.strip():
            options.append(Option(value=_slugify_value(item), label=item.strip()))
        elif isinstance(item, dict) and set(item) <= {"value", "label"}:
            value, label = item.get("value"), item.get("label")
            if not isinstance(value, str) or not KEY_RE.match(value):
                checker.fail(where, f"option value {value!r} must be lower_snake_case text")
                continue
            if not isinstance(label, str) or not label.strip():
                checker.fail(where, f"option {value!r} needs a label")
                continue
            options.append(Option(value=value, label=label.strip()))
        else:
            checker.fail(where, f"option {item!r} must be text or a mapping of value and label")
    values = [o.value for o in options]
    for value in sorted({v for v in values if values.count(v) > 1}):
        checker.fail(where, f"duplicate option value '{value}'")
    if q.get("other") and OTHER_VALUE in values:
        checker.fail(where, "'other: true' adds the 'other' option itself; remove it from 'options'")
    return tuple(options)


def _build_question(
    q: Any, where: str, seen_keys: dict[str, tuple[int, tuple[str, ...]]], checker: _Checker
) -> Question | None:
    if not isinstance(q, dict):
        checker.fail(where, "must be a mapping with 'key', 'type' and 'label'")
        return None
    key = q.get("key")
    if isinstance(key, str) and KEY_RE.match(key):
        where = f"{where} '{key}'"
    else:
        checker.fail(where, "'key' must be lower_snake_case text starting with a letter")
        return None
    start = len(checker.problems)
    for unknown in sorted(set(map(str, q)) - QUESTION_KEYS):
        checker.fail(where, f"unknown setting '{unknown}'")
    if key in seen_keys:
        checker.fail(where, f"duplicate key '{key}' (already used on page {seen_keys[key][0]})")
    qtype = q.get("type")
    if qtype not in QUESTION_TYPES:
        checker.fail(where, f"unknown type {qtype!r}; use one of {', '.join(QUESTION_TYPES)}")
        return None
    required = q.get("required", False)
    if not isinstance(required, bool):
        checker.fail(where, "'required' must be true or false")
    hint = q.get("hint")
    if hint is not None and (not isinstance(hint, str) or not hint.strip()):
        checker.fail(where, "'hint' must be text")
        hint = None

    if qtype == "fft":
        if "label" in q or "options" in q:
            checker.fail(
                where,
                "the Friends and Family Test wording and answers are fixed; remove 'label' and 'options'",
            )
        label = FFT_QUESTION
    else:
        label = _text(q, "label", where, checker)

    options: tuple[Option, ...] = ()
    statements: tuple[Statement, ...] = ()
    other = bool(q.get("other", False))
    if "other" in q and (qtype not in CHOICE_TYPES or not isinstance(q["other"], bool)):
        checker.fail(where, "'other' is true or false, and only for single_choice or multiple_choice")
    if qtype in CHOICE_TYPES:
        options = _build_options(q, where, checker)
    elif "options" in q and qtype != "fft":
        checker.fail(where, f"a {qtype} question has fixed answers; remove 'options'")
    if qtype == "fft":
        options = tuple(Option(v, lbl) for v, lbl in FFT_OPTIONS)
    elif qtype == "likert" or qtype == "likert_grid":
        options = tuple(Option(v, lbl) for v, lbl in LIKERT_OPTIONS)
    elif qtype == "yes_no":
        options = tuple(Option(v, lbl) for v, lbl in YES_NO_OPTIONS)
    elif qtype == "rating":
        options = tuple(Option(v, lbl) for v, lbl in RATING_OPTIONS)

    if qtype == "likert_grid":
        statements = _build_statements(q, where, checker)
    elif "statements" in q:
        checker.fail(where, "'statements' is only for likert_grid")

    max_length = None
    if qtype in TEXT_TYPES:
        max_length = _whole(q, "max_length", where, checker, low=1) or DEFAULT_MAX_LENGTH[qtype]
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
        low, high = _date(q, "min", where, checker), _date(q, "max", where, checker)
    elif "min" in q or "max" in q:
        checker.fail(where, "'min' and 'max' are only for number and date")
    if isinstance(low, (int, dt.date)) and isinstance(high, type(low)) and high < low:
        checker.fail(where, "'max' is smaller than 'min'")

    prompt = q.get("prompt")
    if prompt is not None and (qtype not in TEXT_TYPES or prompt not in PROMPTS):
        checker.fail(where, f"'prompt' is for text questions and one of {', '.join(PROMPTS)}")

    show_if = _build_condition(q.get("show_if"), where, seen_keys, checker) if "show_if" in q else None
    if len(checker.problems) > start:
        return None
    return Question(
        key=key,
        type=qtype,
        label=label,
        hint=hint.strip() if isinstance(hint, str) else None,
        required=bool(required),
        options=options,
        other=other,
        statements=statements,
        max_length=max_length,
        min=low,
        max=high,
        prompt=prompt,
        show_if=show_if,
    )


def _build_statements(q: dict[str, Any], where: str, checker: _Checker) -> tuple[Statement, ...]:
    raw = q.get("statements")
    if not isinstance(raw, list) or not raw:
        checker.fail(where, "'statements' must list at least one statement")
        return ()
    statements: list[Statement] = []
    for item in raw:
        if (
            isinstance(item, dict)
            and isinstance(item.get("key"), str)
            and KEY_RE.match(item["key"])
            and isinstance(item.get("label"), str)
            and item["label"].strip()
        ):
            statements.append(Statement(key=item["key"], label=item["label"].strip()))
        else:
            checker.fail(where, f"statement {item!r} needs a lower_snake_case 'key' and a 'label'")
    keys = [s.key for s in statements]
    for dup in sorted({k for k in keys if keys.count(k) > 1}):
        checker.fail(where, f"duplicate statement key '{dup}'")
    return tuple(statements)


def _build_condition(
    raw: Any, where: str, seen_keys: dict[str, tuple[int, tuple[str, ...]]], checker: _Checker
) -> Condition | None:
    if not isinstance(raw, dict) or "question" not in raw:
        checker.fail(where, "'show_if' needs 'question' and 'equals' or 'any_of'")
        return None
    target = raw.get("question")
    if set(raw) - {"question", "equals", "any_of"}:
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
    if target in seen_keys:
        allowed = seen_keys[target][1]
        for value in values:
            if allowed and value not in allowed:
                checker.fail(where, f"'show_if' value {value!r} is not an answer to {target!r}")
    else:
        checker.fail(
            where,
            f"'show_if' refers to question {target!r}, which is not on an earlier page "
            "(conditions must refer to a question already answered)",
        )
        return None
    return Condition(question=str(target), values=tuple(values))


def definition_to_json(definition: Definition) -> str:
    """Serialise a definition's raw mapping for storage with its version."""
    return canonical_json(definition.raw)


def definition_from_json(text: str, source: str = "<stored version>") -> Definition:
    """Rebuild a stored definition (validated again, so stored data is trusted no more than files)."""
    raw = json.loads(text)
    checker = _Checker()
    definition = _build_definition(raw, checker)
    if definition is None:
        raise DefinitionError(source, checker.problems)
    return definition


def as_dict(definition: Definition) -> dict[str, Any]:
    """A plain mapping of a definition, for JSON output."""
    data = asdict(definition)
    data.pop("raw", None)
    return data
