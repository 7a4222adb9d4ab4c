"""Question metadata for analysis, read from questionnaire definitions without the web app.

A definition is the mapping found in ``questionnaires/*.yaml`` (see ``docs/questionnaire-format.md``);
the web app stores the same mapping as JSON with every questionnaire version, so both sources go
through :func:`spec_from_mapping`. Only what analysis needs is kept: question keys, types, labels,
option and statement labels, and the analysis ``prompt`` of text questions. Full validation stays
with the web app; here a definition is refused only when analysis could not make sense of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Fixed answer scales, as the web app stores them (feedback_app/definitions.py).
FFT_LABEL = "Overall, how was your experience of our service?"
FFT_OPTIONS: dict[str, str] = {
    "very_good": "Very good",
    "good": "Good",
    "neither": "Neither good nor poor",
    "poor": "Poor",
    "very_poor": "Very poor",
    "dont_know": "Don't know",
}
LIKERT_OPTIONS: dict[str, str] = {
    "strongly_agree": "Strongly agree",
    "agree": "Agree",
    "neither": "Neither agree nor disagree",
    "disagree": "Disagree",
    "strongly_disagree": "Strongly disagree",
}
YES_NO_OPTIONS: dict[str, str] = {"yes": "Yes", "no": "No"}
RATING_OPTIONS: dict[str, str] = {str(n): str(n) for n in range(11)}
FIXED_OPTIONS: dict[str, dict[str, str]] = {
    "fft": FFT_OPTIONS,
    "likert": LIKERT_OPTIONS,
    "likert_grid": LIKERT_OPTIONS,
    "yes_no": YES_NO_OPTIONS,
    "rating": RATING_OPTIONS,
}
QUESTION_TYPES = frozenset(
    {
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
    }
)
TEXT_TYPES = frozenset({"short_text", "long_text"})
AUDIENCES = frozenset({"apprentice", "stakeholder", "patient"})
OTHER_VALUE = "other"
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class SpecError(ValueError):
    """A definition analysis cannot use; the message names the source and every problem."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass(frozen=True)
class QuestionSpec:
    """One question: ``options`` and ``statements`` map stored values/keys to the labels shown."""

    key: str
    type: str
    label: str
    options: Mapping[str, str] = field(default_factory=dict)
    statements: Mapping[str, str] = field(default_factory=dict)
    prompt: str | None = None
    other: bool = False

    @property
    def other_key(self) -> str:
        """The answer column holding "please specify" text."""
        return f"{self.key}_other"

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    def answer_keys(self) -> list[str]:
        """The tidy-export columns this question fills."""
        if self.type == "likert_grid":
            return [f"{self.key}.{s}" for s in self.statements]
        return [self.key, self.other_key] if self.other else [self.key]

    def option_label(self, value: str) -> str:
        """The label for a stored value ("Other" for the added other option; the value if unknown)."""
        if value in self.options:
            return self.options[value]
        if value == OTHER_VALUE and self.other:
            return "Other"
        return value

    def all_options(self) -> dict[str, str]:
        """Options in order, with "Other" appended when the question offers it."""
        options = dict(self.options)
        if self.other:
            options.setdefault(OTHER_VALUE, "Other")
        return options


@dataclass(frozen=True)
class QuestionnaireSpec:
    """What analysis needs from one questionnaire definition."""

    slug: str
    title: str
    audience: str
    quotable: bool
    questions: tuple[QuestionSpec, ...]

    def question(self, key: str) -> QuestionSpec:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(f"{self.slug} has no question '{key}'")

    def has_question(self, key: str) -> bool:
        return any(q.key == key for q in self.questions)

    def of_type(self, *types: str) -> list[QuestionSpec]:
        return [q for q in self.questions if q.type in types]

    def coded_text_questions(self) -> list[QuestionSpec]:
        """Text questions with an analysis ``prompt``: the ones the text engine codes."""
        return [q for q in self.questions if q.is_text and q.prompt]


def _options(raw: Any, where: str, problems: list[str]) -> dict[str, str]:
    if not isinstance(raw, list) or not raw:
        problems.append(f"{where}: 'options' must be a list")
        return {}
    options: dict[str, str] = {}
    for item in raw:
        if isinstance(item, str) and item.strip():
            # Plain-string options take a value made from the label, as the web app does.
            options[re.sub(r"[^a-z0-9]+", "_", item.lower()).strip("_")] = item.strip()
        elif isinstance(item, Mapping) and isinstance(item.get("value"), str):
            label = item.get("label")
            options[item["value"]] = str(label).strip() if label else item["value"]
        else:
            problems.append(f"{where}: option {item!r} must be text or a mapping with a value")
    return options


def _statements(raw: Any, where: str, problems: list[str]) -> dict[str, str]:
    if not isinstance(raw, list) or not raw:
        problems.append(f"{where}: a likert_grid needs a list of 'statements'")
        return {}
    statements: dict[str, str] = {}
    for item in raw:
        if isinstance(item, Mapping) and isinstance(item.get("key"), str):
            statements[item["key"]] = str(item.get("label") or item["key"]).strip()
        else:
            problems.append(f"{where}: statement {item!r} must be a mapping with a key and label")
    return statements


def _question(raw: Any, where: str, problems: list[str]) -> QuestionSpec | None:
    if not isinstance(raw, Mapping):
        problems.append(f"{where}: a question must be a mapping")
        return None
    key, qtype = raw.get("key"), raw.get("type")
    if not isinstance(key, str) or not _KEY_RE.match(key):
        problems.append(f"{where}: question key {key!r} must be lower_snake_case text")
        return None
    where = f"{where} '{key}'"
    if qtype not in QUESTION_TYPES:
        problems.append(f"{where}: unknown type {qtype!r}")
        return None
    assert isinstance(qtype, str)
    label = FFT_LABEL if qtype == "fft" else raw.get("label")
    if not isinstance(label, str) or not label.strip():
        problems.append(f"{where}: needs a label")
        return None
    options: dict[str, str] = {}
    statements: dict[str, str] = {}
    if qtype in FIXED_OPTIONS:
        options = dict(FIXED_OPTIONS[qtype])
    elif qtype in ("single_choice", "multiple_choice"):
        options = _options(raw.get("options"), where, problems)
    if qtype == "likert_grid":
        statements = _statements(raw.get("statements"), where, problems)
    prompt = raw.get("prompt")
    return QuestionSpec(
        key=key,
        type=qtype,
        label=" ".join(label.split()),
        options=options,
        statements=statements,
        prompt=prompt if isinstance(prompt, str) and prompt else None,
        other=bool(raw.get("other")) and qtype in ("single_choice", "multiple_choice"),
    )


def spec_from_mapping(data: Mapping[str, Any], source: str = "<definition>") -> QuestionnaireSpec:
    """Build a :class:`QuestionnaireSpec` from a definition mapping (parsed YAML or stored JSON).

    >>> spec = spec_from_mapping({"slug": "s", "title": "T", "audience": "patient", "quotable": True,
    ...     "pages": [{"title": "P", "questions": [{"key": "fft", "type": "fft"}]}]})
    >>> spec.question("fft").options["dont_know"]
    "Don't know"
    """
    if not isinstance(data, Mapping):
        raise SpecError(source, ["the definition must be a mapping of keys to values"])
    problems: list[str] = []
    slug, title, audience = data.get("slug"), data.get("title"), data.get("audience")
    if not isinstance(slug, str) or not _SLUG_RE.match(slug):
        problems.append(f"'slug' {slug!r} must be lower-case letters, digits and hyphens")
    if not isinstance(title, str) or not title.strip():
        problems.append("'title' is missing")
    if audience not in AUDIENCES:
        problems.append(f"'audience' {audience!r} must be one of {', '.join(sorted(AUDIENCES))}")
    quotable = data.get("quotable")
    if not isinstance(quotable, bool):
        problems.append("'quotable' must be true or false")
    pages = data.get("pages")
    questions: list[QuestionSpec] = []
    if not isinstance(pages, list) or not pages:
        problems.append("'pages' must be a list of pages")
    else:
        for number, page in enumerate(pages, start=1):
            raw_questions = page.get("questions") if isinstance(page, Mapping) else None
            if not isinstance(raw_questions, list):
                problems.append(f"page {number}: 'questions' must be a list")
                continue
            for index, raw in enumerate(raw_questions, start=1):
                question = _question(raw, f"page {number} question {index}", problems)
                if question is not None:
                    questions.append(question)
    keys = [q.key for q in questions]
    for duplicate in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(f"question key '{duplicate}' is used twice")
    if problems:
        raise SpecError(source, problems)
    return QuestionnaireSpec(
        slug=str(slug),
        title=str(title).strip(),
        audience=str(audience),
        quotable=bool(quotable),
        questions=tuple(questions),
    )


def load_questionnaire_file(path: Path) -> QuestionnaireSpec:
    """Read one YAML definition; :class:`SpecError` names the file and the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(str(path), [f"cannot be read ({exc.__class__.__name__}: {exc})"]) from exc
    except yaml.YAMLError as exc:
        raise SpecError(str(path), [f"is not valid YAML ({' '.join(str(exc).split())})"]) from exc
    return spec_from_mapping(data, source=str(path))


def load_questionnaire_specs(folder: Path | str) -> dict[str, QuestionnaireSpec]:
    """Every ``*.yaml`` definition in ``folder``, by slug. A broken file raises :class:`SpecError`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SpecError(str(folder), ["is not a folder of questionnaire definitions"])
    specs: dict[str, QuestionnaireSpec] = {}
    for path in sorted(folder.glob("*.yaml")):
        spec = load_questionnaire_file(path)
        if spec.slug in specs:
            raise SpecError(str(path), [f"slug '{spec.slug}' is already defined by another file"])
        specs[spec.slug] = spec
    return specs
