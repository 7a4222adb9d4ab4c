"""Shape of the labelled redaction set (issue 15): columns, ids, halves, identifier labels and the
harmless words that must stay. It does not score the engine; that comes later."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

SETS = Path(__file__).resolve().parents[2] / "analysis" / "evaluation_sets"
CSV_PATH = SETS / "redaction.csv"
JSONL_PATH = SETS / "redaction.jsonl"
COLUMNS = ["id", "half", "text", "identifiers", "keep", "voice", "note"]
KINDS = {
    "name",
    "date_of_birth",
    "person_date",
    "address",
    "staff_number",
    "nhs_number",
    "phone",
    "email",
    "postcode",
}
VOICES = {"patient", "apprentice", "mentor", "educator", "manager", "event"}


def _rows() -> list[dict[str, str]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _identifiers(row: dict[str, str]) -> list[dict[str, object]]:
    return json.loads(row["identifiers"])


def _nhs_check_digit_ok(digits: str) -> bool:
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def test_columns_and_ids() -> None:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS
    ids = [row["id"] for row in _rows()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"rd-\d{3}", i) for i in ids)


def test_halves_are_equal_and_big_enough() -> None:
    halves = Counter(row["half"] for row in _rows())
    assert set(halves) == {"dev", "aside"}
    assert halves["dev"] == halves["aside"] >= 90


def test_texts_are_unique_and_voices_known() -> None:
    rows = _rows()
    assert len({row["text"] for row in rows}) == len(rows)
    assert {row["voice"] for row in rows} <= VOICES
    assert all(row["note"].strip() for row in rows)


def test_every_identifier_is_an_exact_substring_of_a_known_kind() -> None:
    for row in _rows():
        spans = []
        for ident in _identifiers(row):
            assert set(ident) == {"text", "kind", "start"}, row["id"]
            assert ident["kind"] in KINDS, row["id"]
            start, text = ident["start"], ident["text"]
            assert isinstance(start, int) and isinstance(text, str) and text.strip() == text
            assert row["text"][start : start + len(text)] == text, row["id"]
            spans.append((start, start + len(text)))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), f"overlap in {row['id']}"


def test_keep_words_lie_outside_every_identifier() -> None:
    for row in _rows():
        spans = [(i["start"], i["start"] + len(i["text"])) for i in _identifiers(row)]
        for word in json.loads(row["keep"]):
            hits = [m.start() for m in re.finditer(re.escape(word), row["text"])]
            assert any(all(not a <= h < b for a, b in spans) for h in hits), (row["id"], word)


@pytest.mark.parametrize("half", ["dev", "aside"])
def test_each_half_covers_every_kind(half: str) -> None:
    rows = [row for row in _rows() if row["half"] == half]
    kinds = Counter(i["kind"] for row in rows for i in _identifiers(row))
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 5
    assert kinds["name"] >= 30
    harmless_only = [row for row in rows if not _identifiers(row) and json.loads(row["keep"])]
    assert len(harmless_only) >= 30
    # an NHS number with a wrong check digit, written after "NHS number", in each half
    wrong = [
        row["text"][: int(i["start"])]
        for row in rows
        for i in _identifiers(row)
        if i["kind"] == "nhs_number" and not _nhs_check_digit_ok(re.sub(r"\D", "", str(i["text"])))
    ]
    assert any(re.search(r"nhs (number|no)", before, re.IGNORECASE) for before in wrong)


def test_set_wide_minimums() -> None:
    rows = _rows()
    assert len(rows) >= 180
    assert sum(1 for row in rows if json.loads(row["keep"])) >= 60
    idents = [i for row in rows for i in _identifiers(row)]
    shapes = {
        re.sub(r"[A-Za-z]+", "a", re.sub(r"\d", "9", str(i["text"])))
        for i in idents
        if i["kind"] == "date_of_birth"
    }
    assert len(shapes) >= 4
    names = [str(i["text"]) for i in idents if i["kind"] == "name"]
    assert any(n[0].islower() for n in names)
    assert any(re.search(r"[^\x00-\x7f]", n) for n in names)
    # every valid-looking NHS number is in the 999 test range, so none can be a real patient's
    for i in idents:
        digits = re.sub(r"\D", "", str(i["text"]))
        if i["kind"] == "nhs_number" and _nhs_check_digit_ok(digits):
            assert digits.startswith("999")


def test_jsonl_matches_csv() -> None:
    with JSONL_PATH.open(encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle]
    rows = _rows()
    assert len(lines) == len(rows)
    for line, row in zip(lines, rows):
        assert list(line) == COLUMNS
        assert line["identifiers"] == _identifiers(row)
        assert line["keep"] == json.loads(row["keep"])
        assert {k: line[k] for k in ("id", "half", "text", "voice", "note")} == {
            k: row[k] for k in ("id", "half", "text", "voice", "note")
        }
