"""The public contract of analysis.text.coding: coding comments, summaries, emerging phrases and quotes."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import analysis.text.coding as text_module
from analysis.text.codebook import Codebook, codebook_from_text
from analysis.text.coding import (
    CODED_COLUMNS,
    CommentCoder,
    code_comments,
    emerging_phrases,
    load_shipped,
    select_quotes,
    theme_summary,
)
from tests.helpers import HANG_SECONDS

ROOT = Path(__file__).resolve().parents[2]

BOOK = codebook_from_text(
    textwrap.dedent(
        """
        name: mini
        version: "1"
        description: Test codebook.
        themes:
          - key: waiting
            label: Waiting
            description: Waits.
            phrases: [wait, delay]
          - key: staff
            label: Staff attitude
            description: Manner.
            phrases: [kind, rude, helpful]
          - key: parking
            label: Parking
            description: Car parks.
            phrases: [parking, car park]
        """
    ),
    "mini.yaml",
)

# Invented comments in the style of short feedback answers.
COMMENTS = pd.DataFrame(
    {
        "text": [
            "The staff were kind but the wait was far too long",
            "Rude receptionist, long delays",
            None,
            "",
            "Nothing",
            "Parking was impossible and the car park was full",
            "Dr Brown was helpful, call me on 07700 900123",
            "I felt so low I thought about suicide while I had to wait",
            "The leaflet printing looked blurry and the leaflet printing was late",
            "Leaflet printing again could be clearer",
        ],
        "prompt": [
            "nonspecific",
            "could_improve",
            "what_good",
            "what_good",
            "could_improve",
            "could_improve",
            "what_good",
            "nonspecific",
            "could_improve",
            "could_improve",
        ],
        "respondent": list(range(10)),
    },
    index=[f"r{i}" for i in range(10)],
)


@pytest.fixture(scope="module")
def coded() -> pd.DataFrame:
    """The invented comments, coded."""
    return code_comments(COMMENTS, [BOOK])


def test_contract_columns_index_and_types(coded: pd.DataFrame) -> None:
    assert list(coded.columns) == [*COMMENTS.columns, *CODED_COLUMNS]
    assert list(coded.index) == list(COMMENTS.index)
    pd.testing.assert_frame_equal(coded[COMMENTS.columns], COMMENTS)
    assert coded["polarity"].dtype == "float64"
    assert coded["risk_flag"].dtype == "bool"
    for column in CODED_COLUMNS:
        if column in ("polarity", "risk_flag"):
            continue
        assert all(isinstance(v, str) for v in coded[column])
    # The stance columns sit right after themes.
    assert CODED_COLUMNS[:3] == ("themes", "theme_stances", "theme_sentiments")


def test_stance_and_sentiment_per_theme_follow_themes(coded: pd.DataFrame) -> None:
    # Praise of the staff and a complaint about the wait in one comment colour each theme apart.
    row = coded.loc["r0"]
    assert row["theme_stances"] == "waiting:barrier;staff:positive"
    assert row["theme_sentiments"] == "waiting:negative;staff:positive"
    for themes, stances, sentiments in zip(
        coded["themes"], coded["theme_stances"], coded["theme_sentiments"], strict=True
    ):
        keys = [k for k in themes.split(";") if k]
        assert [p.split(":")[0] for p in stances.split(";") if p] == keys
        assert [p.split(":")[0] for p in sentiments.split(";") if p] == keys


def test_multiple_themes_and_rules(coded: pd.DataFrame) -> None:
    row = coded.loc["r0"]
    assert row["themes"] == "waiting;staff"
    assert row["theme_rules"] == "waiting=phrase:wait;staff=phrase:kind"
    assert row["sentiment"] == "mixed"


def test_empty_and_missing_text(coded: pd.DataFrame) -> None:
    for key in ("r2", "r3"):
        row = coded.loc[key]
        assert (row["themes"], row["sentiment"], row["polarity"], row["risk_flag"]) == (
            "",
            "neutral",
            0.0,
            False,
        )


def test_prompt_is_used(coded: pd.DataFrame) -> None:
    assert coded.loc["r4", "sentiment"] == "positive"


def test_redaction_and_risk(coded: pd.DataFrame) -> None:
    assert coded.loc["r6", "redacted_text"] == "Dr [name] was helpful, call me on [phone]"
    assert bool(coded.loc["r7", "risk_flag"])
    assert not coded["risk_flag"].drop("r7").any()


def test_missing_text_column_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="comment"):
        code_comments(COMMENTS, [BOOK], text_column="comment")


def test_without_prompt_column() -> None:
    frame = COMMENTS[["text"]]
    coded = code_comments(frame, [BOOK], prompt_column=None)
    # With no prompt "Nothing" is read as a general answer and the column set is unchanged.
    assert list(coded.columns) == ["text", *CODED_COLUMNS]
    assert coded.loc["r0", "themes"] == "waiting;staff"


def test_chunks_and_repeated_texts_give_the_same_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = pd.concat([COMMENTS] * 7, ignore_index=True)
    expected = code_comments(frame, [BOOK])
    monkeypatch.setattr(text_module, "CHUNK_ROWS", 4)
    pd.testing.assert_frame_equal(code_comments(frame, [BOOK]), expected)


def test_worker_pool_gives_the_same_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = pd.DataFrame(
        {
            "text": [f"comment {i} about a long wait and kind staff" for i in range(60)],
            "prompt": "nonspecific",
        }
    )
    serial = code_comments(frame, [BOOK])
    monkeypatch.setattr(text_module, "PARALLEL_MIN", 10)
    monkeypatch.setattr(text_module, "BATCH", 8)
    with CommentCoder([BOOK], workers=2) as coder:
        parallel = coder.code(frame)
        assert coder._pool is not None
    pd.testing.assert_frame_equal(parallel, serial)


def test_spawned_workers_wait_for_more_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spawned workers import everything again, so a caller that cannot fork keeps small frames to itself.
    frame = pd.DataFrame({"text": [f"call {i}: kind staff" for i in range(60)], "prompt": ""})
    monkeypatch.setattr(text_module, "PARALLEL_MIN", 10)
    monkeypatch.setattr(text_module, "start_method", lambda: "spawn")
    with CommentCoder([BOOK], workers=2) as coder:
        coder.code(frame)
        assert coder._pool is None
    monkeypatch.setattr(text_module, "PARALLEL_MIN_SPAWNED", 50)
    with CommentCoder([BOOK], workers=2) as coder:
        pd.testing.assert_frame_equal(coder.code(frame), code_comments(frame, [BOOK]))
        assert coder._pool is not None


def test_small_last_chunk_uses_the_running_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    # 25 rows in chunks of 20: the first chunk starts the pool, and the last 5 rows go to it as well
    # rather than being coded in this process while the workers wait.
    frame = pd.DataFrame(
        {"text": [f"visit {i}: a long wait but kind staff" for i in range(25)], "prompt": ""}
    )
    serial = code_comments(frame, [BOOK])
    monkeypatch.setattr(text_module, "PARALLEL_MIN", 10)
    monkeypatch.setattr(text_module, "CHUNK_ROWS", 20)
    coded_here: list[str] = []
    real_code_one = text_module.code_one

    def code_one_here(text: str, prompt: str | None, codebooks: list[Codebook]) -> object:
        coded_here.append(text)  # a worker appends to its own copy of the list, never to this one
        return real_code_one(text, prompt, codebooks)

    monkeypatch.setattr(text_module, "code_one", code_one_here)
    with CommentCoder([BOOK], workers=2) as coder:
        parallel = coder.code(frame)
    pd.testing.assert_frame_equal(parallel, serial)
    assert coded_here == []


def test_theme_summary(coded: pd.DataFrame) -> None:
    summary = theme_summary(coded, [BOOK])
    assert list(summary.columns) == [
        "codebook",
        "theme",
        "label",
        "comments",
        "positive",
        "negative",
        "mixed",
        "neutral",
        "net_sentiment",
    ]
    waiting = summary.set_index("theme").loc["waiting"]
    assert waiting["comments"] == 3
    assert waiting["positive"] + waiting["negative"] + waiting["mixed"] + waiting["neutral"] == 3
    assert waiting["net_sentiment"] == pytest.approx((waiting["positive"] - waiting["negative"]) / 3)
    # A theme no comment raised has no score rather than zero.
    empty = code_comments(COMMENTS.iloc[:0], [BOOK])
    assert math.isnan(theme_summary(empty, [BOOK]).loc[0, "net_sentiment"])


def test_emerging_phrases_come_from_unmatched_comments(coded: pd.DataFrame) -> None:
    phrases = emerging_phrases(coded, top=5)
    assert list(phrases.columns) == ["phrase", "comments"]
    assert phrases.iloc[0].to_dict() == {"phrase": "leaflet printing", "comments": 2}
    # Phrases never start or end with a stop word, and a phrase in one comment only is not emerging.
    assert not phrases["phrase"].str.contains(r"^(?:the|and|was)\b|\b(?:the|and|was)$").any()
    assert (phrases["comments"] >= 2).all()


def test_phrases_always_found_together_are_one_suggestion() -> None:
    repeated = "Bring back the printed timetable board please"
    texts = [repeated] * 4 + ["The printed timetable was handy", "A printed timetable in reception"] + [""]
    frame = pd.DataFrame({"themes": "", "risk_flag": False, "redacted_text": texts, "sentiment": "neutral"})
    phrases = emerging_phrases(frame, top=10).set_index("phrase")["comments"].to_dict()
    # Every fragment of the repeated comment is in the same four comments: one row, shown by its
    # longest phrase with fewest stop words.
    assert phrases == {"printed timetable": 6, "printed timetable board": 4}
    # A phrase that also stands alone elsewhere keeps its own row with its own count.
    assert phrases["printed timetable"] == 6


def test_quotes_prefer_comments_about_the_theme_alone() -> None:
    about_laptops = "They gave me a laptop in the end, so now I can finally do the assignments at home"
    about_the_course = "The assignments were about acute wards and had nothing to do with my job in the team"
    frame = pd.DataFrame(
        {
            "themes": ["digital;course", "course", "course"],
            "risk_flag": [False, False, False],
            "redacted_text": [about_laptops, about_the_course, "Assignments."],
            "sentiment": ["positive", "positive", "positive"],
        }
    )
    quotes = select_quotes(frame, per_theme=1).set_index("theme")["quote"]
    # The course theme is shown by the comment about the course alone, not by the one about a laptop;
    # a one-word answer is no quote while a readable one exists.
    assert quotes["course"] == about_the_course
    assert quotes["digital"] == about_laptops


def test_select_quotes_skips_risk_flagged_and_uses_redacted_text(coded: pd.DataFrame) -> None:
    quotes = select_quotes(coded, per_theme=3)
    assert list(quotes.columns) == ["theme", "quote", "sentiment"]
    assert not quotes["quote"].str.contains("suicide").any()
    assert quotes.groupby("theme").size().max() <= 3
    # Quotes are taken across sentiments, so the staff theme shows its mixed, negative and positive views.
    assert sorted(quotes[quotes["theme"] == "staff"]["sentiment"]) == ["mixed", "negative", "positive"]
    staff = quotes[quotes["theme"] == "staff"]["quote"].tolist()
    assert "Dr [name] was helpful, call me on [phone]" in staff
    assert not quotes["quote"].str.contains("07700").any()


def test_select_quotes_prefers_medium_length() -> None:
    short = "Long wait."
    medium = (
        "We had a long wait in a cold corridor before anyone came to see us that evening, which was hard."
    )
    frame = code_comments(pd.DataFrame({"text": [short, medium], "prompt": None}), [BOOK])
    quotes = select_quotes(frame, per_theme=1)
    assert quotes["quote"].tolist() == [medium]


def test_shipped_codebooks_code_invented_comments() -> None:
    books = [load_shipped(name) for name in ("patient_experience", "workforce", "stakeholder_event")]
    frame = pd.DataFrame(
        {
            "text": [
                "Waited four hours for the ambulance but the crew were friendly",
                "My mentor never has time and I still have no date for my EPA",
                "The speakers were engaging and the case studies were useful",
            ],
            "prompt": ["nonspecific", None, None],
        }
    )
    coded = code_comments(frame, books)
    themes = [set(v.split(";")) for v in coded["themes"]]
    assert {"timeliness", "staff_manner"} <= themes[0]
    assert {"mentor_capacity", "end_point_assessment"} <= themes[1]
    assert {"speakers", "examples_case_studies"} <= themes[2]


def test_runs_offline_with_an_empty_nltk_data_folder(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    script = textwrap.dedent(
        """
        import sys
        import pandas as pd
        from analysis.text.coding import code_comments, load_shipped
        frame = pd.DataFrame({"text": ["The staff were kind but the wait was long", "Nothing"],
                              "prompt": ["nonspecific", "could_improve"]})
        coded = code_comments(frame, [load_shipped("patient_experience")])
        assert "flask" not in sys.modules and "feedback_app" not in sys.modules
        print(coded["sentiment"].tolist(), coded["themes"].tolist())
        """
    )
    env = {**os.environ, "NLTK_DATA": str(empty), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
    )
    assert result.returncode == 0, result.stderr
    assert "['positive', 'positive']" in result.stdout
    assert "['staff_manner;timeliness', 'positive_experience']" in result.stdout
