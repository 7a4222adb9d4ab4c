"""The analysis cache: coded comments and chart images computed once, and never served stale."""

from __future__ import annotations

import sqlite3
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

import analysis.report.charts as charts_module
import analysis.text.coding as text_module
from analysis.cache import AnalysisCache
from analysis.report.document import Bar, Chart, Table
from analysis.text.codebook import Codebook, codebook_from_text
from analysis.text.coding import code_comments

BOOK_TEXT = """
name: mini
version: "1"
description: Test codebook.
themes:
  - key: waiting
    label: Waiting
    description: Waits.
    phrases: [wait, delay]
  - key: mentor
    label: Mentor
    description: Mentors.
    phrases: [mentor]
"""

COMMENTS = pd.DataFrame(
    {
        "text": [
            "The wait was far too long.",
            "My mentor was brilliant.",
            "The wait was far too long.",
            "",
            "Nothing, all good",
        ],
        "prompt": ["could_improve", "what_good", "could_improve", "what_good", "could_improve"],
    },
    index=[10, 11, 12, 13, 14],
)


def book(text: str = BOOK_TEXT) -> Codebook:
    """A small codebook written for these tests."""
    return codebook_from_text(textwrap.dedent(text))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the comments the cache sends to the real coder."""
    calls: list[int] = []

    def counting(frame: pd.DataFrame, codebooks: Sequence[Codebook], **kwargs: str | None) -> pd.DataFrame:
        calls.append(len(frame))
        return code_comments(frame, codebooks, **kwargs)  # type: ignore[arg-type]

    # The cache imports the coder when it codes, so it finds the counting one in its module.
    monkeypatch.setattr(text_module, "code_comments", counting)
    return calls


def test_cached_features_equal_fresh_ones(tmp_path: Path, counted: list[int]) -> None:
    codebooks = [book()]
    expected = code_comments(COMMENTS, codebooks)
    with AnalysisCache(tmp_path / "cache.sqlite3") as cache:
        first = cache.code(COMMENTS, codebooks)
        second = cache.code(COMMENTS, codebooks)
    pd.testing.assert_frame_equal(first, expected)
    pd.testing.assert_frame_equal(second, expected)
    assert counted == [len(COMMENTS)]  # the second call coded nothing


def test_cache_survives_reopening_and_codes_only_new_comments(tmp_path: Path, counted: list[int]) -> None:
    codebooks = [book()]
    with AnalysisCache(tmp_path / "cache.sqlite3") as cache:
        cache.code(COMMENTS, codebooks)
    more = pd.concat(
        [COMMENTS, pd.DataFrame({"text": ["A delay at reception."], "prompt": ["nonspecific"]}, index=[99])]
    )
    with AnalysisCache(tmp_path / "cache.sqlite3") as cache:
        coded = cache.code(more, codebooks)
    assert counted == [len(COMMENTS), 1]
    assert coded.loc[99, "themes"] == "waiting"
    assert list(coded.index) == list(more.index)


def test_a_changed_codebook_misses_the_cache(tmp_path: Path, counted: list[int]) -> None:
    with AnalysisCache(tmp_path / "cache.sqlite3") as cache:
        cache.code(COMMENTS, [book()])
        changed = book(BOOK_TEXT.replace("[wait, delay]", "[delay]"))
        coded = cache.code(COMMENTS, [changed])
    assert counted == [len(COMMENTS), len(COMMENTS)]
    assert coded.loc[10, "themes"] == ""


def test_a_cache_file_with_older_columns_is_made_afresh(tmp_path: Path, counted: list[int]) -> None:
    path = tmp_path / "cache.sqlite3"
    with sqlite3.connect(path) as old:
        # The feature table as it was before risk categories were coded.
        old.execute(
            "CREATE TABLE feature (key TEXT PRIMARY KEY, themes TEXT, theme_rules TEXT, "
            "sentiment TEXT, polarity REAL, redacted_text TEXT, risk_flag INTEGER)"
        )
    old.close()
    risky = pd.DataFrame({"text": ["he hid my car keys again so I missed group"], "prompt": ["what_good"]})
    with AnalysisCache(path) as cache:
        first = cache.code(risky, [book()])
        second = cache.code(risky, [book()])
    assert counted == [1]
    assert first.loc[0, "risk_category"] == second.loc[0, "risk_category"] == "abuse_coercion"
    assert second.loc[0, "risk_reason"] == first.loc[0, "risk_reason"] != ""


def test_the_prompt_is_part_of_the_key(tmp_path: Path, counted: list[int]) -> None:
    same_text = pd.DataFrame({"text": ["Nothing", "Nothing"], "prompt": ["could_improve", "what_good"]})
    with AnalysisCache(tmp_path / "cache.sqlite3") as cache:
        coded = cache.code(same_text, [book()])
    expected = code_comments(same_text, [book()])
    pd.testing.assert_frame_equal(coded, expected)


def test_chart_images_are_drawn_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[list[str]] = []
    real = charts_module.chart_pngs

    def counting(charts: list[Chart]) -> list[bytes]:
        drawn.append([chart.id for chart in charts])
        return real(charts)

    monkeypatch.setattr(charts_module, "chart_pngs", counting)
    chart = Chart(
        id="fft",
        title="Answers",
        description="Two bars.",
        unit="",
        bars=[Bar("Good", 7.0, "7"), Bar("Poor", 5.0, "5")],
        table=Table(
            id="fft-table",
            caption="Answers",
            columns=["Answer", "Responses"],
            rows=[["Good", "7"], ["Poor", "5"]],
        ),
    )
    other_chart = Chart(**{**chart.__dict__, "bars": [Bar("Good", 9.0, "9")]})
    with AnalysisCache(tmp_path / "cache.sqlite3") as cache:
        # The same chart twice in one report is drawn once; asked again, neither is drawn.
        first, again = cache.chart_pngs([chart, chart])
        (second,) = cache.chart_pngs([chart])
        other, third = cache.chart_pngs([other_chart, chart])
    assert first == again == second == third and first.startswith(b"\x89PNG")
    assert other != first
    assert drawn == [["fft"], ["fft"]]


def test_other_name_lists_miss_the_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Redacted text depends on the shipped first-name lists and TextBlob, so both are part of the key."""
    import shutil

    import analysis.cache as cache_module
    import analysis.text.lexicon as lexicon_module

    def keys() -> list[str]:
        cache_module.word_lists_fingerprint.cache_clear()
        lexicon_module.lexicon_fingerprint.cache_clear()
        return cache_module.feature_keys(["Sarah was kind"], ["what_good"], [book()])

    before = keys()
    # A first name added to a shipped list (a newer list copied in) re-redacts every cached quote.
    changed = tmp_path / "lexicons"
    shutil.copytree(lexicon_module.LEXICONS, changed)
    with (changed / "first_names_us.txt").open("a", encoding="utf-8") as names:
        names.write("Zebedee\n")
    monkeypatch.setattr(lexicon_module, "LEXICONS", changed)
    assert keys() != before
    monkeypatch.undo()
    assert keys() == before
    # So does another TextBlob, whose English lexicon decides which US names are English words.
    monkeypatch.setattr(cache_module.metadata, "version", lambda package: "0.0.0")
    assert keys() != before
    monkeypatch.undo()
    keys()


def test_the_feature_table_keeps_every_column_the_coder_adds_in_order() -> None:
    """The cache names the coder's columns itself (so it loads without the engine): the two must agree."""
    from analysis.cache import FEATURE_TABLE, TABLE_COLUMNS
    from analysis.text.coding import CODED_COLUMNS

    assert TABLE_COLUMNS[FEATURE_TABLE] == CODED_COLUMNS


def test_every_module_and_data_file_of_the_engine_is_part_of_the_cache_key() -> None:
    # A cue family, a name context or the learned reading's weights edited on their own must invalidate
    # the features cached with the old ones.
    from analysis.cache import ENGINE_MODULES

    text_dir = Path(text_module.__file__).resolve().parent
    files = {
        path.relative_to(text_dir.parent).as_posix()
        for path in text_dir.rglob("*")
        if path.suffix in {".py", ".json", ".txt", ".yaml"}
    }
    assert {
        "text/risk/cues_families_wider.py",
        "text/name_context.py",
        "text/risk/learned_model.json",
    } <= files
    assert files == set(ENGINE_MODULES)
