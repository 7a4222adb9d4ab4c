"""`python -m analysis code` and `evaluate`, run as a user would, on invented files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from tests.helpers import HANG_SECONDS

ROOT = Path(__file__).resolve().parents[2]
PX = ROOT / "analysis" / "codebooks" / "patient_experience.yaml"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the analysis CLI in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
    )


@pytest.fixture
def comments_csv(tmp_path: Path) -> Path:
    """An invented CSV of comments with an identifier that must keep its leading zeros."""
    path = tmp_path / "comments.csv"
    pd.DataFrame(
        {
            "id": ["001", "002", "003", "004"],
            "answer": [
                "Waited three hours and the receptionist was rude",
                "N/A",
                "Lovely kind nurses, thank you",
                "",
            ],
            "question": ["could_improve", "could_improve", "what_good", "what_good"],
        }
    ).to_csv(path, index=False)
    return path


def test_code_writes_input_rows_plus_coded_columns(tmp_path: Path, comments_csv: Path) -> None:
    out = tmp_path / "out" / "coded.csv"
    result = run(
        "code",
        "--input",
        str(comments_csv),
        "--codebook",
        str(PX),
        "--text-column",
        "answer",
        "--prompt-column",
        "question",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    coded = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(coded.columns) == [
        "id",
        "answer",
        "question",
        "themes",
        "theme_stances",
        "theme_sentiments",
        "sentiment",
        "polarity",
        "redacted_text",
        "risk_flag",
    ]
    assert coded["id"].tolist() == ["001", "002", "003", "004"]
    # Stances and sentiments per theme are keyed by the codebook's keys, one per theme, in order.
    stances = dict(pair.split(":") for pair in coded.loc[0, "theme_stances"].split(";"))
    assert stances["timeliness"] == "barrier"
    assert len(stances) == len(coded.loc[0, "themes"].split(";"))
    assert all(":" in pair for pair in coded.loc[0, "theme_sentiments"].split(";"))
    assert coded.loc[3, "theme_stances"] == coded.loc[3, "theme_sentiments"] == ""
    # Theme names (labels), not keys, separated by ";".
    assert "Timeliness of care" in coded.loc[0, "themes"].split(";")
    assert "Staff manner & personal attributes" in coded.loc[0, "themes"].split(";")
    assert coded["sentiment"].tolist() == ["negative", "positive", "positive", "neutral"]
    assert coded.loc[3, "themes"] == ""
    assert set(coded["risk_flag"]) == {"False"}


def test_code_with_two_codebooks(tmp_path: Path, comments_csv: Path) -> None:
    out = tmp_path / "coded.csv"
    workforce = ROOT / "analysis" / "codebooks" / "workforce.yaml"
    result = run(
        "code", "--input", str(comments_csv), "--codebook", str(PX), "--codebook", str(workforce),
        "--text-column", "answer", "--out", str(out), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(pd.read_csv(out)) == 4


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--input": "missing.csv"}, "input file not found"),
        ({"--text-column": "comment"}, "no column 'comment'"),
        ({"--prompt-column": "prompt"}, "no column 'prompt'"),
        ({"--codebook": "broken.yaml"}, "not a valid regular expression"),
        ({"--codebook": "absent.yaml"}, "codebook file not found"),
    ],
)
def test_code_bad_input_exits_2_and_writes_nothing(
    tmp_path: Path, comments_csv: Path, change: dict[str, str], message: str
) -> None:
    (tmp_path / "broken.yaml").write_text(
        textwrap.dedent(
            """
            name: broken
            version: 1
            description: d
            themes:
              - {key: a, label: A, description: d, patterns: ['(oops']}
            """
        ),
        encoding="utf-8",
    )
    args = {
        "--input": str(comments_csv),
        "--codebook": str(PX),
        "--text-column": "answer",
        "--out": "out.csv",
    }
    args.update(change)
    flat = [item for pair in args.items() for item in pair]
    result = run("code", *flat, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.csv").exists()
    assert not list(tmp_path.glob(".out.csv.*"))


@pytest.fixture
def labelled_csv(tmp_path: Path) -> Path:
    """Invented hand-labelled comments in the layout of the development sample."""
    path = tmp_path / "labelled.csv"
    pd.DataFrame(
        {
            "comment_text": [
                "Waited five hours for transport home",
                "Nothing",
                "The nurses were so kind and caring",
                "The receptionist was rude and the wait was long",
                "More parking spaces please",
                "Explained everything clearly",
            ],
            "question_type": [
                "could_improve",
                "could_improve",
                "what_good",
                "nonspecific",
                "could_improve",
                "what_good",
            ],
            "labels_v7": [
                "Timeliness of care;Transport to/ from services",
                "Positive experience & gratitude",
                "Staff manner & personal attributes",
                "Staff manner & personal attributes;Timeliness of care",
                "",
                "Information directly from staff during care",
            ],
            "labels": ["", "", "", "", "Parking", ""],
            "sentiment_3": ["negative", "positive", "positive", "negative", "neutral_mixed", "positive"],
        }
    ).to_csv(path, index=False)
    return path


def test_evaluate_json(tmp_path: Path, labelled_csv: Path) -> None:
    result = run("evaluate", "--labelled", str(labelled_csv), "--codebook", str(PX), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["comments"] == 6
    themes = {t["label"]: t for t in report["themes"]}
    timeliness = themes["Timeliness of care"]
    assert timeliness["support"] == 2
    assert timeliness["recall"] == 1.0
    # The empty labels_v7 cell falls back to the labels column.
    assert themes["Parking"]["support"] == 1
    sentiment = report["sentiment"]
    confusion = sentiment["confusion"]
    assert sum(sum(row.values()) for row in confusion.values()) == 6
    correct = sum(confusion[c][c] for c in sentiment["classes"])
    assert sentiment["accuracy"] == pytest.approx(correct / 6, abs=1e-4)
    assert -1.0 <= sentiment["cohen_kappa"] <= 1.0
    for key in ("micro_f1", "macro_f1", "micro_f1_top", "macro_f1_top", "macro_precision_top"):
        assert 0.0 <= report[key] <= 1.0
    assert len(report["top_themes"]) <= 10


def test_evaluate_text_and_custom_columns(tmp_path: Path, labelled_csv: Path) -> None:
    frame = pd.read_csv(labelled_csv).rename(columns={"comment_text": "comment", "sentiment_3": "tone"})
    custom = tmp_path / "custom.csv"
    frame.to_csv(custom, index=False)
    result = run(
        "evaluate", "--labelled", str(custom), "--codebook", str(PX),
        "--text-column", "comment", "--sentiment-column", "tone", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Sentiment (3-class): accuracy" in result.stdout
    assert "Cohen's kappa" in result.stdout
    assert "Timeliness of care" in result.stdout


def test_evaluate_missing_column_exits_2(tmp_path: Path, labelled_csv: Path) -> None:
    result = run(
        "evaluate", "--labelled", str(labelled_csv), "--codebook", str(PX), "--text-column", "x", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "no column 'x'" in result.stderr


def test_evaluate_lists_rules_on_request(tmp_path: Path, labelled_csv: Path) -> None:
    text = run("evaluate", "--labelled", str(labelled_csv), "--codebook", str(PX), "--rules", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "Rules, most used first" in text.stdout
    assert "timeliness / " in text.stdout
    plain = run("evaluate", "--labelled", str(labelled_csv), "--codebook", str(PX), "--json", cwd=tmp_path)
    assert "rules" not in json.loads(plain.stdout)
    result = run(
        "evaluate", "--labelled", str(labelled_csv), "--codebook", str(PX), "--json", "--rules", cwd=tmp_path
    )
    rules = json.loads(result.stdout)["rules"]
    assert rules and all(0.0 <= r["precision"] <= 1.0 and r["agreed"] <= r["fired"] for r in rules)
    timeliness = [r for r in rules if r["theme"] == "timeliness"]
    # Both timeliness comments are found, each by at least one rule, and both carry the label.
    assert sum(r["deciding"] for r in timeliness) <= 2
    assert all(r["agreed"] == r["fired"] for r in timeliness)
