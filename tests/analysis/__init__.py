"""Tests of the analysis package (pure Python and pandas).

pytest's default "prepend" import mode imports this folder as a package named ``analysis`` (its parent,
``tests/``, is not a package), which would hide the real ``analysis`` package under test. So this file
loads the real package under that name instead, with this folder added to its search path so the test
modules are still found as ``analysis.test_*``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_TESTS = Path(__file__).resolve().parent
_REAL = _TESTS.parents[1] / "analysis"

if _TESTS != _REAL and (_REAL / "__init__.py").is_file():
    _spec = importlib.util.spec_from_file_location(
        "analysis", _REAL / "__init__.py", submodule_search_locations=[str(_REAL), str(_TESTS)]
    )
    if _spec is not None and _spec.loader is not None:
        _real_module = importlib.util.module_from_spec(_spec)
        # importlib hands back whatever sys.modules holds once this file has run, so the real package
        # replaces this one for every later "import analysis".
        sys.modules["analysis"] = _real_module
        _spec.loader.exec_module(_real_module)
