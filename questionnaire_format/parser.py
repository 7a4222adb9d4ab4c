"""Parse and validate questionnaire definitions: YAML text, stored JSON, and the mapping either holds."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypedDict

import yaml

from .checks import Checker
from .model import Definition, DefinitionError, Page, Question, Signposting, canonical_json
from .questions import EarlierQuestions, build_question
from .vocabulary import (
    ANONYMITY,
    AUDIENCE_CODEBOOK,
    AUDIENCES,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    OTHER_VALUE,
    PAGE_KEYS,
    SIGNPOSTING_KEYS,
    SLUG_RE,
    TOP_LEVEL_KEYS,
)

# A stored version's JSON may be longer than the YAML it came from (quotes, escapes), never this much.
MAX_JSON_BYTES = 4 * MAX_FILE_BYTES


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses anchors, aliases, deep nesting and duplicate mapping keys.

    Anchors and aliases are refused as the composer meets them, before anything is expanded: a few
    hundred bytes of aliases can stand for gigabytes of values ("billion laughs"). Depth is counted
    there too, so a deeply nested file stops at MAX_DEPTH instead of exhausting Python's stack
    (docs/quality.md rule 31).
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose one node after refusing an alias, an anchor or one level too many."""
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (& and *) are not allowed", event.start_mark
            )
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


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


def parse_definition(text: str, source: str = "<definition>") -> Definition:
    """Parse and validate YAML text; raise DefinitionError listing every problem.

    >>> try:
    ...     parse_definition("slug: Mini Survey\\ncolour: blue\\n", source="mini.yaml")
    ... except DefinitionError as error:
    ...     print(error.problems[:2])
    ["unknown setting 'colour'", "'slug' must be lower-case letters, digits and hyphens"]
    """
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise DefinitionError(source, [f"file is larger than {MAX_FILE_BYTES // 1024} KB"])
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise DefinitionError(source, [_yaml_problem(exc)]) from None
    except (ValueError, TypeError) as exc:
        # PyYAML's constructors raise these for an impossible date (2026-02-30) or a list used as a key.
        raise DefinitionError(source, [f"not valid YAML: {type(exc).__name__}: {exc}"]) from None
    if not isinstance(raw, dict):
        raise DefinitionError(source, ["the file must be a mapping of settings and pages"])
    return definition_from_mapping(raw, source)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """The YAML error as one line naming where it is, without quoting the file at length."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return f"not valid YAML: {problem}"
    return f"not valid YAML at line {mark.line + 1}, column {mark.column + 1}: {problem}"


def definition_from_mapping(raw: dict[str, Any], source: str = "<definition>") -> Definition:
    """Validate a definition already read into a mapping; raise DefinitionError listing every problem."""
    if _deeper_than(raw, MAX_DEPTH):
        raise DefinitionError(source, [f"the definition is nested more than {MAX_DEPTH} levels deep"])
    checker = Checker()
    definition = _build_definition(raw, checker)
    if checker.problems or definition is None:
        raise DefinitionError(source, checker.problems or ["invalid definition"])
    return definition


def definition_to_json(definition: Definition) -> str:
    """Serialise a definition's raw mapping for storage with its version."""
    return canonical_json(definition.raw)


def definition_from_json(text: str, source: str = "<stored version>") -> Definition:
    """Rebuild a stored definition (validated again, so stored data is trusted no more than files)."""
    if len(text) > MAX_JSON_BYTES:
        raise DefinitionError(source, [f"stored definition is larger than {MAX_JSON_BYTES // 1024} KB"])
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        # json's decoder refuses deep nesting with RecursionError before using up the stack.
        raise DefinitionError(source, [f"not valid JSON: {type(exc).__name__}"]) from None
    if not isinstance(raw, dict):
        raise DefinitionError(source, ["the stored definition must be a mapping of settings and pages"])
    return definition_from_mapping(raw, source)


def _deeper_than(raw: Any, limit: int) -> bool:
    """Whether `raw` nests more than `limit` lists and mappings, found without recursion."""
    stack: list[tuple[Any, int]] = [(raw, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > limit:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return False


# The free-text settings every definition must give, in the order their problems are reported.
_TEXT_SETTINGS = ("title", "introduction", "privacy_notice")


class _Settings(TypedDict):
    """The settings of a definition other than its pages, as checked."""

    slug: str
    title: str
    introduction: str
    privacy_notice: str
    audience: str
    codebook: str
    anonymity: str
    estimated_minutes: int
    retention_months: int
    quotable: bool
    listed: bool
    opens_on: dt.date | None
    closes_on: dt.date | None
    max_responses: int | None
    crisis_signposting: Signposting | None
    thank_you: str


def _signposting(raw: dict[str, Any], checker: Checker) -> Signposting | None:
    """The crisis signposting setting: a heading and its text, or None when the definition has none."""
    value = raw.get("crisis_signposting")
    if value is None:
        return None
    where = "crisis_signposting"
    if not isinstance(value, dict):
        checker.fail(where, "must be a mapping with 'heading' and 'text'")
        return None
    checker.unknown(value, SIGNPOSTING_KEYS, where)
    heading, text = checker.text(value, "heading", where), checker.text(value, "text", where)
    return Signposting(heading, text) if heading and text else None


def _settings(raw: dict[str, Any], checker: Checker) -> _Settings:
    """The questionnaire's own settings, checked in the order the format describes them."""
    checker.unknown(raw, TOP_LEVEL_KEYS, "")
    slug = checker.text(raw, "slug", "")
    if slug and not SLUG_RE.match(slug):
        checker.fail("", "'slug' must be lower-case letters, digits and hyphens")
    title, introduction, privacy_notice = (checker.text(raw, key, "") for key in _TEXT_SETTINGS)
    audience, anonymity = raw.get("audience"), raw.get("anonymity")
    if audience not in AUDIENCES:
        checker.fail("", f"'audience' must be one of {', '.join(AUDIENCES)}")
    if anonymity not in ANONYMITY:
        checker.fail("", f"'anonymity' must be one of {', '.join(ANONYMITY)}")
    codebook = checker.codebook(raw, "") or AUDIENCE_CODEBOOK.get(str(audience), "")
    counts: dict[str, int] = {}
    for key in ("estimated_minutes", "retention_months"):
        if raw.get(key) is None:
            checker.fail("", f"'{key}' is missing")
        counts[key] = checker.whole(raw, key, "", low=1) or 1
    quotable, listed = checker.flag(raw, "quotable", ""), checker.flag(raw, "listed", "", default=True)
    opens_on, closes_on = checker.date(raw, "opens_on", ""), checker.date(raw, "closes_on", "")
    if opens_on and closes_on and closes_on < opens_on:
        checker.fail("", "'closes_on' is before 'opens_on'")
    return _Settings(
        slug=slug,
        title=title,
        introduction=introduction,
        privacy_notice=privacy_notice,
        audience=str(audience),
        codebook=codebook,
        anonymity=str(anonymity),
        estimated_minutes=counts["estimated_minutes"],
        retention_months=counts["retention_months"],
        quotable=quotable,
        listed=listed,
        opens_on=opens_on,
        closes_on=closes_on,
        max_responses=checker.whole(raw, "max_responses", "", low=1),
        crisis_signposting=_signposting(raw, checker),
        thank_you=checker.text(raw, "thank_you", "", required=False),
    )


def _build_definition(raw: dict[str, Any], checker: Checker) -> Definition | None:
    settings = _settings(raw, checker)
    pages_raw = raw.get("pages")
    pages: list[Page] = []
    if not isinstance(pages_raw, list) or not pages_raw:
        checker.fail("", "'pages' must be a list with at least one page")
    else:
        earlier: EarlierQuestions = {}
        for page_number, page_raw in enumerate(pages_raw, start=1):
            page = _build_page(page_raw, page_number, earlier, checker)
            if page is not None:
                pages.append(page)
    if checker.problems:
        return None
    return Definition(pages=tuple(pages), raw=raw, **settings)


def _build_page(page_raw: Any, page_number: int, earlier: EarlierQuestions, checker: Checker) -> Page | None:
    where = f"page {page_number}"
    if not isinstance(page_raw, dict):
        checker.fail(where, "must be a mapping with 'title' and 'questions'")
        return None
    checker.unknown(page_raw, PAGE_KEYS, where)
    title = checker.text(page_raw, "title", where)
    questions_raw = page_raw.get("questions")
    if not isinstance(questions_raw, list) or not questions_raw:
        checker.fail(where, "'questions' must be a list with at least one question")
        return None
    questions: list[Question] = []
    page_keys: EarlierQuestions = {}
    for index, question_raw in enumerate(questions_raw, start=1):
        question = build_question(question_raw, f"{where}, question {index}", earlier, checker)
        if question is not None and question.key in page_keys:
            checker.fail(f"{where}, question {index}", f"duplicate key '{question.key}' on this page")
        elif question is not None:
            questions.append(question)
            allowed = tuple(o.value for o in question.options)
            if question.other:
                allowed += (OTHER_VALUE,)
            page_keys[question.key] = (page_number, allowed)
    # A condition may refer only to an earlier page's question, so this page's keys are added last.
    earlier.update(page_keys)
    return Page(title=title, questions=tuple(questions))
