"""Hostile definitions: alias bombs, deep nesting, unknown keys and huge values are refused, briefly.

docs/quality.md rule 31: through the team area's upload (a 400 with a short page, nothing stored) and
through the definition files on disk (`load-questionnaires`: the same messages, nothing stored), with
the parser's memory bounded whatever the file holds.
"""

from __future__ import annotations

import html
import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Questionnaire, QuestionnaireVersion
from feedback_app.questionnaires.store import load_folder
from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import DefinitionError
from questionnaire_format.parser import definition_from_json, definition_from_mapping, parse_definition
from tests.helpers import HANG_SECONDS, ROOT, csrf_from

HEADER = """\
slug: hostile
title: A hostile questionnaire
introduction: Why we ask.
audience: stakeholder
estimated_minutes: 2
anonymity: anonymous
privacy_notice: Who holds the data, why, for how long.
retention_months: 12
quotable: false
"""


def alias_bomb() -> str:
    """A 784-byte "billion laughs" definition: nine levels of nine aliases make 9**9 options' worth."""
    levels = ["    - &a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"]
    for n in range(1, 9):
        levels.append(f"    - &a{n} [{','.join([f'*a{n - 1}'] * 9)}]\n")
    text = (
        HEADER
        + "pages:\n- title: P\n  questions:\n  - key: q\n    type: single_choice\n"
        + "    label: Q\n    options:\n"
        + "".join(levels)
    )
    # Padded with a comment to the size of the reviewer's file, to show how little it takes.
    return text + "#" * (783 - len(text.encode())) + "\n"


def deep_nesting(depth: int = 20_000) -> str:
    """A definition whose pages are nested `depth` lists deep (40 KB, under the upload cap)."""
    return HEADER + "pages: " + "[" * depth + "]" * depth + "\n"


def grid_with_unknown_statement_key() -> str:
    """A Likert grid whose statement carries a setting the format does not know."""
    return HEADER + textwrap.dedent("""\
        pages:
          - title: P
            questions:
              - key: grid
                type: likert_grid
                label: How far do you agree?
                statements:
                  - {key: clear, label: It was clear}
                  - {key: kind, label: Staff were kind, colour: red}
        """)


def huge_bad_option(size: int) -> str:
    """A choice question with one option whose value is `size` characters of nonsense."""
    return HEADER + textwrap.dedent(f"""\
        pages:
          - title: P
            questions:
              - key: q
                type: single_choice
                label: Q
                options:
                  - Yes
                  - {{value: "{"X" * size}", label: Big}}
        """)


HOSTILE = {
    "alias-bomb": (alias_bomb(), "anchors and aliases (& and *) are not allowed"),
    "deep-nesting": (deep_nesting(), "nested more than 16 levels deep"),
    "unknown-statement-key": (
        grid_with_unknown_statement_key(),
        "page 1, question 1 'grid', statement 2: unknown setting 'colour'",
    ),
    "huge-bad-option": (huge_bad_option(50_000), "option value 'XXXX"),
}
# A refused definition's page or message stays this short whatever the file held (the review saw 33.8 MB).
SHORT_PAGE = 64 * 1024
SHORT_MESSAGE = 2_000


def test_the_alias_bomb_is_the_size_the_review_used():
    """The bomb is 784 bytes, as in the review."""
    assert len(alias_bomb().encode()) == 784


def stored_state(app) -> tuple[int, int, int]:
    """How many questionnaires, versions and upload audit events the database holds."""
    with app.app_context():
        return (
            db.session.scalar(select(func.count(Questionnaire.id))) or 0,
            db.session.scalar(select(func.count(QuestionnaireVersion.id))) or 0,
            db.session.scalar(select(func.count(AuditEvent.id)).filter_by(action="definition uploaded")) or 0,
        )


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_uploads_get_a_short_400_and_store_nothing(admin_client, app, case):
    """Each hostile file is refused with a 400 naming the problem, in a short page; nothing is stored."""
    text, message = HOSTILE[case]
    before = stored_state(app)
    token = csrf_from(admin_client.get("/admin/").get_data(as_text=True))
    data = {"csrf_token": token, "definition": (io.BytesIO(text.encode()), "hostile.yaml")}
    response = admin_client.post("/admin/questionnaires", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert len(response.data) < SHORT_PAGE
    assert message in html.unescape(response.get_data(as_text=True))
    assert stored_state(app) == before


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_files_on_disk_are_refused_briefly_and_load_nothing(app, runner, tmp_path: Path, case):
    """`load-questionnaires` names the file and the problem in a few lines and stores nothing."""
    text, message = HOSTILE[case]
    (tmp_path / "hostile.yaml").write_text(text, encoding="utf-8")
    before = stored_state(app)
    with app.app_context():
        outcomes, errors = load_folder(tmp_path)
    assert outcomes == [] and [e.source for e in errors] == ["hostile.yaml"]
    assert message in str(errors[0]) and len(str(errors[0])) < SHORT_MESSAGE
    result = runner.invoke(args=["load-questionnaires", "--folder", str(tmp_path)])
    assert result.exit_code == 1
    assert "ERROR in hostile.yaml" in result.output and message in result.output
    assert len(result.output) < SHORT_MESSAGE and "Traceback" not in result.output
    assert stored_state(app) == before


def test_a_huge_bad_option_on_disk_gives_a_short_message():
    """Even at the file size limit (256 KB), a bad option's message quotes only the start of it."""
    with pytest.raises(DefinitionError) as caught:
        parse_definition(huge_bad_option(250_000), "big.yaml")
    assert len(str(caught.value)) < SHORT_MESSAGE and "option value 'XXXX" in str(caught.value)


@pytest.mark.parametrize(
    ("extra", "name"),
    [("{value: a, label: A, colour: red}", "'colour'"), ("{value: b, label: B, 7: seven}", "'7'")],
)
def test_unknown_keys_in_options_are_named(extra, name):
    """An option's unknown setting is refused, naming the key, the question and the option."""
    text = HEADER + textwrap.dedent(f"""\
        pages:
          - title: P
            questions:
              - key: q
                type: single_choice
                label: Q
                options: [Yes, No, {extra}]
        """)
    with pytest.raises(DefinitionError) as caught:
        parse_definition(text, "opt.yaml")
    assert f"page 1, question 1 'q', option 3: unknown setting {name}" in str(caught.value)


def test_unknown_keys_in_show_if_are_named():
    """A display condition's unknown setting is named with its question."""
    text = HEADER + textwrap.dedent("""\
        pages:
          - title: P
            questions:
              - {key: a, type: yes_no, label: A}
          - title: Q
            questions:
              - {key: b, type: short_text, label: B, show_if: {question: a, equals: "yes", unless: x}}
        """)
    with pytest.raises(DefinitionError) as caught:
        parse_definition(text, "cond.yaml")
    assert "page 2, question 1 'b' 'show_if': unknown setting 'unless'" in str(caught.value)


def test_thousands_of_problems_are_summarised():
    """A file with thousands of faults lists the first ones and counts the rest."""
    questions = "".join(f"      - {{key: q{n}, type: slider, label: Q}}\n" for n in range(3000))
    with pytest.raises(DefinitionError) as caught:
        parse_definition(HEADER + "pages:\n  - title: P\n    questions:\n" + questions, "many.yaml")
    assert len(caught.value.problems) == 25 and caught.value.problems[-1] == "and 2976 more problems"
    assert len(str(caught.value)) < 25 * 320


@pytest.mark.parametrize(
    "text",
    ["when: 2026-02-30\n", "? [a, b]\n: c\n", "a: !!binary AAAA\n", "a: !!python/object:os.system {}\n"],
    ids=["impossible-date", "list-as-key", "binary", "python-tag"],
)
def test_odd_yaml_is_a_definition_error(text):
    """YAML the constructors choke on is refused as a definition error, never an unexpected exception."""
    with pytest.raises(DefinitionError):
        parse_definition(text, "odd.yaml")


def test_stored_json_nested_deeply_is_refused_without_recursion_error():
    """A stored version's JSON is read back with the same depth limit (no RecursionError anywhere)."""
    with pytest.raises(DefinitionError, match="not valid JSON"):
        definition_from_json('{"pages": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(DefinitionError, match="nested more than 16 levels deep"):
        definition_from_json('{"pages": ' + "[" * 500 + "]" * 500 + "}")
    deep: list[object] = []
    for _ in range(50_000):
        deep = [deep]
    with pytest.raises(DefinitionError, match="nested more than 16 levels deep"):
        definition_from_mapping({"pages": deep})
    with pytest.raises(DefinitionError, match="must be a mapping"):
        definition_from_json(json.dumps(["a list"]))


MEASURE = """
import resource, sys
from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import DefinitionError
from questionnaire_format.parser import parse_definition
text = sys.stdin.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    parse_definition(text, "hostile.yaml")
except DefinitionError as error:
    message = str(error)
else:
    message = "accepted"
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(after - before, len(message))
"""


@pytest.mark.parametrize("case", ["alias-bomb", "deep-nesting"])
def test_parsing_a_hostile_file_uses_bounded_memory(case):
    """The parse's peak memory (ru_maxrss of a fresh process, in KB on Linux) grows by under 50 MB."""
    result = subprocess.run(
        [sys.executable, "-c", MEASURE],
        input=HOSTILE[case][0],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=HANG_SECONDS,
        check=True,
    )
    extra_kb, message_chars = (int(part) for part in result.stdout.split())
    assert extra_kb < 50 * 1024, f"peak grew by {extra_kb} KB"
    assert 0 < message_chars < SHORT_MESSAGE


def test_a_huge_file_on_disk_is_refused_without_reading_it_all(tmp_path: Path):
    """A definition file far over the limit is refused by size; only the limit and one byte are read."""
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# padding\n" * 300_000)
    good, errors = load_definition_folder(tmp_path)
    assert good == [] and str(errors[0]) == "huge.yaml: file is larger than 256 KB"
