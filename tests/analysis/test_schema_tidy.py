"""Question specs from definitions, and reading tidy exports back (CSV with/without BOM, XLSX, errors)."""

from __future__ import annotations

import ast
import doctest
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from analysis import schema, tidy
from analysis.schema import SpecError, load_questionnaire_specs, spec_from_mapping
from analysis.tidy import BASE_COLUMNS, ExportError, answer_or_tag, read_export, read_exports

ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = ROOT / "questionnaires"


def minimal(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "slug": "mini",
        "title": "Mini",
        "introduction": "Why we ask.",
        "audience": "stakeholder",
        "estimated_minutes": 2,
        "anonymity": "anonymous",
        "privacy_notice": "Who holds the data, why, for how long.",
        "retention_months": 12,
        "quotable": False,
        "pages": [
            {
                "title": "P",
                "questions": [
                    {"key": "pick", "type": "single_choice", "label": "Pick", "options": ["Red one", "Blue"]},
                    {
                        "key": "grid",
                        "type": "likert_grid",
                        "label": "Grid",
                        "statements": [{"key": "s1", "label": "One"}],
                    },
                    {"key": "why", "type": "long_text", "label": "Why?", "prompt": "what_good"},
                ],
            }
        ],
    }
    data.update(overrides)
    return data


def test_shipped_questionnaires_load() -> None:
    specs = load_questionnaire_specs(QUESTIONNAIRES)
    assert set(specs) == {"apprentice-survey", "stakeholder-event", "patient-experience"}
    patient = specs["patient-experience"]
    assert patient.audience == "patient" and patient.quotable is True
    fft = patient.question("fft")
    assert fft.type == "fft"
    assert fft.label == "Overall, how was your experience of our service?"
    assert list(fft.options) == ["very_good", "good", "neither", "poor", "very_poor", "dont_know"]
    apprentice = specs["apprentice-survey"]
    grid = apprentice.question("training_experience")
    assert grid.answer_keys()[0] == "training_experience.day_release_protected"
    assert apprentice.question("barriers").other is True
    assert apprentice.question("barriers").answer_keys() == ["barriers", "barriers_other"]
    assert [q.key for q in apprentice.coded_text_questions()] == [
        "training_helped",
        "mentor_change_effect",
        "barriers_detail",
        "programme_changes",
    ][: len(apprentice.coded_text_questions())]


def test_json_and_yaml_give_the_same_spec() -> None:
    raw = yaml.safe_load((QUESTIONNAIRES / "stakeholder-event.yaml").read_text(encoding="utf-8"))
    from_json = spec_from_mapping(json.loads(json.dumps(raw)))
    assert from_json == load_questionnaire_specs(QUESTIONNAIRES)["stakeholder-event"]


def test_plain_string_options_get_values_from_labels() -> None:
    spec = spec_from_mapping(minimal())
    assert dict(spec.question("pick").options) == {"red_one": "Red one", "blue": "Blue"}
    assert spec.question("why").prompt == "what_good"
    assert spec.question("grid").statements == {"s1": "One"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"slug": "Bad Slug"}, "'slug'"),
        ({"title": ""}, "'title'"),
        ({"audience": "public"}, "'audience'"),
        ({"quotable": "yes"}, "'quotable'"),
        ({"pages": []}, "'pages'"),
        ({"pages": [{"title": "P", "questions": "none"}]}, "'questions' must be a list"),
        (
            {"pages": [{"title": "P", "questions": [{"key": "x", "type": "slider", "label": "X"}]}]},
            "unknown type",
        ),
        ({"pages": [{"title": "P", "questions": [{"key": "X!", "type": "yes_no", "label": "X"}]}]}, "key"),
        ({"pages": [{"title": "P", "questions": [{"key": "x", "type": "yes_no"}]}]}, "'label' is missing"),
        (
            {"pages": [{"title": "P", "questions": [{"key": "g", "type": "likert_grid", "label": "G"}]}]},
            "statements",
        ),
        (
            {
                "pages": [
                    {
                        "title": "P",
                        "questions": [
                            {"key": "x", "type": "yes_no", "label": "X"},
                            {"key": "x", "type": "yes_no", "label": "Y"},
                        ],
                    }
                ]
            },
            "duplicate key 'x'",
        ),
    ],
)
def test_broken_definitions_are_refused_clearly(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError) as caught:
        spec_from_mapping(minimal(**change), source="test.yaml")
    assert str(caught.value).startswith("test.yaml: ")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [("slug: [unclosed", "not valid YAML"), ("- a list\n- not a mapping\n", "must be a mapping")],
)
def test_broken_yaml_file_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_questionnaire_specs(tmp_path)
    assert "bad.yaml" in str(caught.value) and message in str(caught.value)


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="not a folder"):
        load_questionnaire_specs(tmp_path / "absent")


# ---------------------------------------------------------------- tidy exports

HEADER = [*BASE_COLUMNS, "event", "event_date", "region", "cohort", "setting", "region", "barriers", "note"]
ROW1 = [
    "mini",
    "1",
    "R1",
    "2024-05-01",
    "abc",
    "Launch",
    "2024-05-01",
    "",
    "",
    "",
    "north_west",
    "a;b",
    "'=SUM(A1)",
]
ROW2 = ["mini", "1", "R2", "2024-05-02", "", "", "", "tag_region", "", "", "", "", "'@home"]


def write_csv(path: Path, rows: list[list[str]], bom: bool) -> Path:
    import csv

    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("bom", [True, False])
def test_csv_round_trip_with_or_without_bom(tmp_path: Path, bom: bool) -> None:
    path = write_csv(tmp_path / "export.csv", [HEADER, ROW1, ROW2], bom)
    frame = read_export(path)
    assert list(frame.columns[:10]) == [*BASE_COLUMNS, "event", "event_date", "region", "cohort", "setting"]
    assert frame["questionnaire"].tolist() == ["mini", "mini"]
    # The repeated "region" column (tag, then answer): the answer keeps the name, the tag moves aside.
    assert list(frame.columns).count("region") == 1
    assert frame["region"].tolist() == ["north_west", ""]
    assert frame["link:region"].tolist() == ["", "tag_region"]
    # A breakdown takes the answer where there is one, else the link's tag.
    assert answer_or_tag(frame, "region").tolist() == ["north_west", "tag_region"]
    assert answer_or_tag(frame, "cohort").tolist() == ["", ""]
    # The export's formula-neutralising apostrophe is removed again; other cells are untouched.
    assert frame["note"].tolist() == ["=SUM(A1)", "@home"]
    assert frame["barriers"].tolist() == ["a;b", ""]
    assert frame["link_code"].tolist() == ["abc", ""]


def test_plain_apostrophes_are_kept(tmp_path: Path) -> None:
    rows = [[*BASE_COLUMNS, "note"], ["mini", "1", "R1", "2024-05-01", "", "'tis fine"]]
    frame = read_export(write_csv(tmp_path / "e.csv", rows, bom=False))
    assert frame.loc[0, "note"] == "'tis fine"


def test_large_csv_is_read_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tidy, "CHUNK_ROWS", 7)
    rows = [[*BASE_COLUMNS, "q"]] + [["mini", "1", f"R{i}", "2024-01-01", "", f"'-x{i}"] for i in range(30)]
    frame = read_export(write_csv(tmp_path / "e.csv", rows, bom=True))
    assert len(frame) == 30
    assert frame["q"].iloc[-1] == "-x29"


def test_xlsx_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    source = pd.DataFrame(
        [["mini", 2, "R1", "2024-05-01", None, "'+44 7700", 7]],
        columns=[*BASE_COLUMNS, "phone", "rating"],
    )
    source.to_excel(path, index=False, engine="openpyxl")
    frame = read_export(path)
    assert frame.loc[0, "version"] == "2"
    assert frame.loc[0, "link_code"] == ""
    assert frame.loc[0, "phone"] == "+44 7700"
    assert frame.loc[0, "rating"] == "7"
    assert frame.loc[0, "event"] == ""


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("latin1.csv", "questionnaire,version\ncaf\xe9,1\n".encode("latin-1"), "not UTF-8"),
        ("nobase.csv", b"a,b\n1,2\n", "missing column(s) questionnaire"),
        (
            "ragged.csv",
            b'questionnaire,version,reference,submitted_on,link_code\n"x,1\n',
            "not a readable CSV",
        ),
        ("fake.xlsx", b"PK\x03\x04 this is not really a zip", "not a readable XLSX"),
        ("text.xlsx", b"questionnaire,version\n", "not a readable XLSX"),
        ("data.json", b"{}", "unknown export type"),
        ("zip.csv", b"PK\x03\x04rest", "name it .xlsx"),
    ],
)
def test_bad_files_raise_export_error(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExportError) as caught:
        read_export(path)
    assert name in str(caught.value)
    assert message in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such file"):
        read_export(tmp_path / "nope.csv")


def test_read_exports_splits_and_combines_by_questionnaire(tmp_path: Path) -> None:
    a = write_csv(
        tmp_path / "a.csv",
        [
            [*BASE_COLUMNS, "x", "y"],
            ["one", "1", "R1", "2024-01-01", "", "1", ""],
            ["two", "1", "R2", "", "", "", "b"],
        ],
        bom=False,
    )
    b = write_csv(
        tmp_path / "b.csv", [[*BASE_COLUMNS, "x"], ["one", "1", "R3", "2024-02-01", "", "3"]], bom=True
    )
    frames = read_exports([a, b])
    assert sorted(frames) == ["one", "two"]
    assert frames["one"]["reference"].tolist() == ["R1", "R3"]
    assert frames["one"]["x"].tolist() == ["1", "3"]
    assert "y" not in frames["one"].columns and "x" not in frames["two"].columns


def test_docstring_examples_run() -> None:
    for module in (schema, tidy):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


def test_analysis_never_imports_the_web_app() -> None:
    for path in (ROOT / "analysis").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("flask", "feedback_app")), f"{path} imports {name}"
