"""Question metadata for analysis: each questionnaire definition reduced to what the analysis reads.

Definitions are parsed and checked once, by :mod:`questionnaire_format` (see
``docs/questionnaire-format.md``), whether they come from ``questionnaires/*.yaml`` or from a version
the web app stored. Only what analysis needs is kept: question keys, types, labels, option and
statement labels, the analysis ``prompt`` of text questions and the codebook each is coded with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import Definition, DefinitionError, Question
from questionnaire_format.parser import definition_from_mapping
from questionnaire_format.vocabulary import OTHER_LABEL, OTHER_VALUE, TEXT_TYPES


class SpecError(DefinitionError):
    """A definition analysis cannot use; the message names the source and every problem."""


@dataclass(frozen=True)
class QuestionSpec:
    """One question: ``options`` and ``statements`` map stored values/keys to the labels shown.

    ``codebook`` is the question's own codebook when its definition names one (else the questionnaire's).
    """

    key: str
    type: str
    label: str
    options: Mapping[str, str] = field(default_factory=dict)
    statements: Mapping[str, str] = field(default_factory=dict)
    prompt: str | None = None
    other: bool = False
    codebook: str | None = None

    @property
    def other_key(self) -> str:
        """The answer column holding "please specify" text."""
        return f"{self.key}_other"

    @property
    def is_text(self) -> bool:
        """True for a question answered in the respondent's own words."""
        return self.type in TEXT_TYPES

    def answer_keys(self) -> list[str]:
        """The tidy-export columns this question fills."""
        if self.type == "likert_grid":
            return [f"{self.key}.{s}" for s in self.statements]
        return [self.key, self.other_key] if self.other else [self.key]

    def option_label(self, value: str) -> str:
        """The label for a stored value ("Other" for the added other option; the value if unknown).

        >>> role = QuestionSpec("role", "single_choice", "Role", {"mentor": "Mentor"}, other=True)
        >>> role.option_label("mentor"), role.option_label("other")
        ('Mentor', 'Other')
        """
        if value in self.options:
            return self.options[value]
        if value == OTHER_VALUE and self.other:
            return OTHER_LABEL
        return value

    def all_options(self) -> dict[str, str]:
        """Options in order, with "Other" appended when the question offers it."""
        options = dict(self.options)
        if self.other:
            options.setdefault(OTHER_VALUE, OTHER_LABEL)
        return options


@dataclass(frozen=True)
class QuestionnaireSpec:
    """What analysis needs from one questionnaire definition; ``codebook`` codes its comments."""

    slug: str
    title: str
    audience: str
    quotable: bool
    questions: tuple[QuestionSpec, ...]
    codebook: str

    def question(self, key: str) -> QuestionSpec:
        """The question with this key."""
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(f"{self.slug} has no question '{key}'")

    def has_question(self, key: str) -> bool:
        """True when the questionnaire asks a question with this key."""
        return any(q.key == key for q in self.questions)

    def of_type(self, *types: str) -> list[QuestionSpec]:
        """The questions of any of these types, in page order."""
        return [q for q in self.questions if q.type in types]

    def coded_text_questions(self) -> list[QuestionSpec]:
        """Text questions with an analysis ``prompt``: the ones the text engine codes."""
        return [q for q in self.questions if q.is_text and q.prompt]

    def codebook_of(self, question: QuestionSpec) -> str:
        """The codebook a question's answers are coded with: its own, else the questionnaire's."""
        return question.codebook or self.codebook

    def codebook_names(self) -> list[str]:
        """The codebooks its coded questions use, in page order; the questionnaire's when none is coded.

        >>> ask = QuestionSpec("ask", "long_text", "Ask", prompt="nonspecific", codebook="workforce")
        >>> spec = QuestionnaireSpec("event", "Event", "stakeholder", True, (ask,), "stakeholder_event")
        >>> spec.codebook_names()
        ['workforce']
        """
        names = [self.codebook_of(q) for q in self.coded_text_questions()]
        return list(dict.fromkeys(names)) or [self.codebook]


def question_spec(question: Question) -> QuestionSpec:
    """What analysis needs of one parsed question (its label on one line, as reports show it)."""
    return QuestionSpec(
        key=question.key,
        type=question.type,
        label=" ".join(question.label.split()),
        options={option.value: option.label for option in question.options},
        statements={statement.key: statement.label for statement in question.statements},
        prompt=question.prompt,
        other=question.other,
        codebook=question.codebook,
    )


def spec_from_definition(definition: Definition) -> QuestionnaireSpec:
    """The :class:`QuestionnaireSpec` of a parsed definition: no second parse, only a change of shape."""
    return QuestionnaireSpec(
        slug=definition.slug,
        title=definition.title,
        audience=definition.audience,
        quotable=definition.quotable,
        questions=tuple(question_spec(question) for question in definition.questions()),
        codebook=definition.codebook,
    )


def spec_from_mapping(data: Mapping[str, Any], source: str = "<definition>") -> QuestionnaireSpec:
    """Check a definition mapping (parsed YAML or stored JSON) and build its :class:`QuestionnaireSpec`."""
    if not isinstance(data, Mapping):
        raise SpecError(source, ["the definition must be a mapping of keys to values"])
    try:
        return spec_from_definition(definition_from_mapping(dict(data), source))
    except DefinitionError as exc:
        raise SpecError(exc.source, exc.problems) from None


def load_questionnaire_specs(folder: Path | str) -> dict[str, QuestionnaireSpec]:
    """Every definition file in ``folder``, by slug; :class:`SpecError` names every broken file."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SpecError(str(folder), ["is not a folder of questionnaire definitions"])
    definitions, errors = load_definition_folder(folder)
    if errors:
        raise SpecError(str(folder), [str(error) for error in errors])
    return {definition.slug: spec_from_definition(definition) for definition in definitions}
