"""The problem collector the parser fills, and the readers of single settings it checks with.

A definition is checked to the end rather than stopped at its first fault, so one run of
`load-questionnaires --check` (or one upload) names every problem in the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import brief_repr
from .vocabulary import CODEBOOKS


class Checker:
    """Collects problems while a definition is built, each prefixed with where it was found.

    >>> checker = Checker()
    >>> checker.fail("page 2", "'questions' must be a list with at least one question")
    >>> checker.fail("", "'slug' is missing")
    >>> checker.problems
    ["page 2: 'questions' must be a list with at least one question", "'slug' is missing"]
    """

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        """Record one problem found at `where` (a page and question, or "" for the file's settings)."""
        self.problems.append(f"{where}: {message}" if where else message)

    def unknown(self, raw: dict[str, Any], allowed: frozenset[str], where: str) -> None:
        """Record every setting of `raw` the format does not know, in name order."""
        for name in sorted(set(map(str, raw)) - allowed):
            self.fail(where, f"unknown setting {brief_repr(name)}")

    def text(self, raw: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        """The stripped text setting `key` ("" when absent or invalid, recording why)."""
        value = raw.get(key)
        if value is None:
            if required:
                self.fail(where, f"'{key}' is missing")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"'{key}' must be non-empty text")
            return ""
        return value.strip()

    def whole(self, raw: dict[str, Any], key: str, where: str, low: int = 0) -> int | None:
        """The whole-number setting `key` of at least `low` (None when absent or invalid)."""
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            self.fail(where, f"'{key}' must be a whole number of at least {low}")
            return None
        return int(value)

    def date(self, raw: dict[str, Any], key: str, where: str) -> dt.date | None:
        """The date setting `key`, written as a YAML date or ISO text (None when absent or invalid)."""
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
        self.fail(where, f"'{key}' must be a date like 2026-01-31")
        return None

    def flag(self, raw: dict[str, Any], key: str, where: str, default: bool | None = None) -> bool:
        """The true-or-false setting `key`; without a `default` it must be given."""
        value = raw.get(key, default)
        if not isinstance(value, bool):
            self.fail(where, f"'{key}' must be true or false")
            return False
        return value

    def codebook(self, raw: dict[str, Any], where: str) -> str | None:
        """The codebook named by `raw`'s 'codebook' setting (None when absent or unknown, recording why).

        >>> checker = Checker()
        >>> checker.codebook({"codebook": "events"}, "page 1, question 2 'ask'")
        >>> print(checker.problems[0].split("; ")[0])
        page 1, question 2 'ask': unknown codebook 'events' in 'codebook'
        """
        value = raw.get("codebook")
        if value is None:
            return None
        if value not in CODEBOOKS:
            known = ", ".join(CODEBOOKS)
            self.fail(where, f"unknown codebook {brief_repr(value)} in 'codebook'; use one of {known}")
            return None
        return str(value)
