"""Reading definition files: one file, or every definition in a folder with their slugs kept unique."""

from __future__ import annotations

from pathlib import Path

from .model import Definition, DefinitionError
from .parser import parse_definition
from .vocabulary import MAX_FILE_BYTES, definition_files


def load_definition_file(path: Path) -> Definition:
    """Read and validate one definition file; DefinitionError names the file and every problem."""
    try:
        with path.open("rb") as file:
            # Read one byte past the limit, never the whole of a huge file, so the parser can refuse it.
            data = file.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise DefinitionError(path.name, [f"file is larger than {MAX_FILE_BYTES // 1024} KB"])
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError(path.name, [f"cannot be read: {exc}"]) from None
    return parse_definition(text, source=path.name)


def load_definition_folder(folder: Path) -> tuple[list[Definition], list[DefinitionError]]:
    """Validate every definition file in a folder; return the good ones and the errors."""
    good: list[Definition] = []
    errors: list[DefinitionError] = []
    slugs: dict[str, str] = {}
    for path in definition_files(folder):
        try:
            definition = load_definition_file(path)
        except DefinitionError as exc:
            errors.append(exc)
            continue
        if definition.slug in slugs:
            problem = f"slug {definition.slug!r} is already used by {slugs[definition.slug]}"
            errors.append(DefinitionError(path.name, [problem]))
            continue
        slugs[definition.slug] = path.name
        good.append(definition)
    return good, errors
