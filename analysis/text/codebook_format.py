"""The codebook file format: a YAML file of themes, read and validated into Theme records."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

# The prompts a comment can answer (a questionnaire's text questions name theirs); a theme may add
# patterns that only apply under one of them.
from questionnaire_format.vocabulary import PROMPTS

__all__ = ["KINDS", "CodebookError", "Theme", "parse_codebook"]

#: Theme kinds. Barriers and enablers are judgements, so a negated mention ("no problems with my
#: mentor", "not helpful") does not count for them; a topic is about a subject whatever is said of it.
KINDS = ("topic", "barrier", "enabler")

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class CodebookError(ValueError):
    """A codebook file that cannot be used, with the file, theme and problem named."""


@dataclass(frozen=True)
class Theme:
    """One theme of a codebook and its rules."""

    key: str
    label: str
    description: str
    kind: str = "topic"
    category: str | None = None
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    prompt_patterns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    max_words: int | None = None
    alone: bool = False


def _text_field(source: str, theme: str | None, data: Mapping[str, Any], name: str, required: bool) -> str:
    """A string field, or a CodebookError naming what is missing or wrong."""
    where = f"theme '{theme}'" if theme else "top level"
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CodebookError(f"{source}: {where}: missing '{name}'")
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise CodebookError(f"{source}: {where}: '{name}' must be text")
    return str(value).strip()


def _string_list(source: str, theme: str, data: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """A list of non-empty strings, or a CodebookError."""
    value = data.get(name, [])
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CodebookError(f"{source}: theme '{theme}': '{name}' must be a list")
    out = []
    for item in value:
        # YAML reads "111" or "999" as numbers; a number phrase is still a phrase.
        if isinstance(item, int | float) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            raise CodebookError(f"{source}: theme '{theme}': every entry of '{name}' must be non-empty text")
        out.append(item.strip())
    return tuple(out)


_THEME_FIELDS = frozenset(
    {
        "key",
        "label",
        "description",
        "category",
        "kind",
        "phrases",
        "patterns",
        "exclude",
        "prompt_patterns",
        "max_words",
        "alone",
    }
)
_TOP_FIELDS = frozenset({"name", "version", "description", "themes"})


def _parse_theme(source: str, position: int, raw: Any) -> Theme:
    """One theme mapping, validated."""
    if not isinstance(raw, dict):
        raise CodebookError(f"{source}: theme #{position}: each theme must be a mapping")
    key = raw.get("key")
    if not isinstance(key, str) or not key:
        raise CodebookError(f"{source}: theme #{position}: missing 'key'")
    if not _KEY_RE.match(key):
        raise CodebookError(
            f"{source}: theme '{key}': key must be lower-case letters, digits and underscores, "
            "starting with a letter"
        )
    unknown = sorted(set(raw) - _THEME_FIELDS)
    if unknown:
        raise CodebookError(f"{source}: theme '{key}': unknown field(s) {', '.join(unknown)}")
    label = _text_field(source, key, raw, "label", required=True)
    if ";" in label:
        # Reports join theme labels with ";", so a label must not contain one.
        raise CodebookError(f"{source}: theme '{key}': label must not contain ';'")
    description = _text_field(source, key, raw, "description", required=True)
    category = _text_field(source, key, raw, "category", required=False) or None
    kind = _text_field(source, key, raw, "kind", required=False) or "topic"
    if kind not in KINDS:
        raise CodebookError(f"{source}: theme '{key}': kind must be one of {', '.join(KINDS)}, not {kind!r}")
    phrases = _string_list(source, key, raw, "phrases")
    patterns = _string_list(source, key, raw, "patterns")
    exclude = _string_list(source, key, raw, "exclude")
    prompt_raw = raw.get("prompt_patterns") or {}
    if not isinstance(prompt_raw, dict):
        raise CodebookError(f"{source}: theme '{key}': 'prompt_patterns' must map a prompt to a list")
    prompt_patterns: dict[str, tuple[str, ...]] = {}
    for prompt in prompt_raw:
        if prompt not in PROMPTS:
            raise CodebookError(
                f"{source}: theme '{key}': prompt_patterns prompt must be one of {', '.join(PROMPTS)}, "
                f"not {prompt!r}"
            )
        prompt_patterns[prompt] = _string_list(source, key, prompt_raw, prompt)
    max_words = raw.get("max_words")
    if max_words is not None and (
        not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1
    ):
        raise CodebookError(f"{source}: theme '{key}': max_words must be a whole number of at least 1")
    alone = raw.get("alone", False)
    if not isinstance(alone, bool):
        raise CodebookError(f"{source}: theme '{key}': alone must be true or false")
    if not phrases and not patterns and not prompt_patterns:
        raise CodebookError(f"{source}: theme '{key}': needs at least one phrase or pattern")
    return Theme(
        key, label, description, kind, category, phrases, patterns, exclude, prompt_patterns, max_words, alone
    )


# libyaml's safe loader reads the shipped codebooks over ten times faster than the pure-Python one
# (every report and worker loads them); the same data, and the pure-Python loader where it is missing.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_codebook(text: str, source: str = "<memory>") -> tuple[str, str, str, list[Theme]]:
    """Parse and validate codebook YAML text: its name, version, description and themes."""
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise CodebookError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise CodebookError(f"{source}: top level: the file must be a mapping with name, version and themes")
    unknown = sorted(set(data) - _TOP_FIELDS)
    if unknown:
        raise CodebookError(f"{source}: top level: unknown field(s) {', '.join(unknown)}")
    name = _text_field(source, None, data, "name", required=True)
    version = _text_field(source, None, data, "version", required=True)
    description = _text_field(source, None, data, "description", required=True)
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        raise CodebookError(f"{source}: top level: 'themes' must be a non-empty list")
    themes = [_parse_theme(source, n, raw) for n, raw in enumerate(raw_themes, start=1)]
    _check_unique(source, (t.key for t in themes), "key")
    _check_unique(source, (t.label for t in themes), "label")
    return name, version, description, themes


def _check_unique(source: str, values: Iterable[str], what: str) -> None:
    """Refuse a codebook whose themes repeat a key or label (labels name columns in reports)."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise CodebookError(f"{source}: theme '{value}': duplicate {what}")
        seen.add(value)
