"""bench/coding_stages.py times the stages code_one is made of, on comments of every questionnaire."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from analysis.text.coding import code_one
from tests.helpers import ROOT


def load_bench() -> object:
    """The benchmark script as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("coding_stages", ROOT / "bench" / "coding_stages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved  # the script puts the project and bench/ first for its own run
    return module


def test_every_stage_runs_on_comments_of_each_codebook(tmp_path: Path) -> None:
    bench = load_bench()
    comments = bench.synthetic_comments(40, tmp_path)  # type: ignore[attr-defined]
    assert {book.name for _text, book in comments} == {"patient_experience", "workforce", "stakeholder_event"}
    runs = bench.stage_runs(comments)  # type: ignore[attr-defined]
    assert set(runs) == {
        "codebook_rules",
        "learned_themes",
        "sentiment",
        "theme_stances",
        "risk",
        "redaction",
        "tokenising",
    }
    for run in runs.values():
        assert len(run()) == len(comments)
    # The stances stage, given the memo sentiment leaves, reads as code_one reads.
    coded = [code_one(text, None, [book]) for text, book in comments]
    stances = runs["theme_stances"]()
    assert [";".join(f"{s.theme}:{s.stance}" for s in found) for found in stances] == [c[1] for c in coded]
