"""The import graph: the import contracts are kept, and no module reaches itself through its imports.

import-linter's contracts (pyproject.toml) hold the directions between packages; they run in `make lint`
and here, so CI (`make test`) fails on a wrong-way import too. Its `acyclic_siblings` contract only sees
cycles between siblings, so a cycle through a package's `__init__` would pass it: the cycle test reads
every module-level edge, lazy imports included.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

from tests.helpers import HANG_SECONDS, ROOT

PACKAGES = ("feedback_app", "analysis", "questionnaire_format")


def test_import_contracts_are_kept() -> None:
    """`lint-imports` finds every contract in pyproject.toml kept."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def import_cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """One shortest ring of imports for each import that closes a cycle, as module names in import order."""
    rings: dict[frozenset[str], tuple[str, ...]] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is None:
                continue
            ring = (importer, *back)
            rings.setdefault(frozenset(ring), ring)
    return sorted(rings.values())


def test_import_cycles_are_found() -> None:
    """A ring of three modules is reported once, in import order; a one-way import is not."""
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")]:
        graph.add_import(importer=importer, imported=imported)
    assert import_cycles(graph) == [("p.a", "p.b", "p.c", "p.a")]


def test_no_import_cycle_in_the_app_or_the_analysis_package() -> None:
    """Every import, at module level or inside a function, points away from the importer for good."""
    graph = grimp.build_graph(*PACKAGES)
    cycles = import_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(ring) for ring in cycles)


# Functions that hold one algorithm each, allowed past the length limit (docs/architecture.md, "Sizes").
ONE_ALGORITHM = {"analysis/suppression.py::mean_hides_counts"}
MAX_MODULE_LINES = 520
MAX_FUNCTION_LINES = 60


def _sources() -> list[Path]:
    """Every Python module of the three packages."""
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def test_no_module_is_over_the_size_limit() -> None:
    """A module that grows past about 500 lines is two rooms in one."""
    long = {
        str(path.relative_to(ROOT)): lines
        for path in _sources()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_function_is_over_the_length_limit() -> None:
    """Functions stay short enough to read at once, except the named single algorithms."""
    long = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{path.relative_to(ROOT)}::{node.name}"
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES and name not in ONE_ALGORITHM:
                    long[name] = lines
    assert long == {}
