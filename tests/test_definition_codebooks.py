"""A definition names the codebook its comments are coded with, per questionnaire and per question.

docs/questionnaire-format.md, "Codebooks": an unknown name is refused with a message naming it, in a
file and through the load command, and nothing is stored (the upload's 400 page is tested with the
team area, tests/admin/test_analysis_codebooks.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Questionnaire
from questionnaire_format.model import DefinitionError
from questionnaire_format.parser import definition_from_json, definition_to_json, parse_definition
from questionnaire_format.vocabulary import AUDIENCE_CODEBOOK, AUDIENCES, CODEBOOKS
from tests.helpers import QUESTIONNAIRES
from tests.test_definitions import HEADER, make

SHIPPED_CODEBOOKS = Path(__file__).resolve().parents[1] / "analysis" / "codebooks"
KNOWN = "use one of workforce, stakeholder_event, patient_experience"

EVENT_PAGES = """\
- title: Your views
  questions:
    - key: went_well
      type: long_text
      label: What went well?
      prompt: what_good
    - key: programme_barriers
      type: long_text
      label: What holds your organisation back from the AP role?
      prompt: could_improve
      codebook: workforce
"""


def test_shipped_definitions_name_their_own_codebook():
    """Each shipped questionnaire says in its file which codebook codes it (not left to the default)."""
    declared = {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8")).get("codebook")
        for path in sorted(QUESTIONNAIRES.glob("*.yaml"))
    }
    assert declared == {
        "apprentice-survey.yaml": "workforce",
        "patient-experience.yaml": "patient_experience",
        "stakeholder-event.yaml": "stakeholder_event",
    }


def test_the_format_knows_exactly_the_shipped_codebooks():
    """The names the format accepts are the codebook files the analysis ships, each named as its file."""
    files = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in SHIPPED_CODEBOOKS.glob("*.yaml")
    }
    assert set(CODEBOOKS) == set(files)
    assert all(data["name"] == stem for stem, data in files.items())
    assert set(AUDIENCE_CODEBOOK) == set(AUDIENCES) and set(AUDIENCE_CODEBOOK.values()) <= set(CODEBOOKS)


def test_a_question_may_name_its_own_codebook():
    """The questionnaire's codebook codes its questions, except the one that names another."""
    definition = parse_definition(make(EVENT_PAGES, HEADER + "codebook: stakeholder_event\n"), "event.yaml")
    assert definition.codebook == "stakeholder_event"
    assert definition.codebook_of(definition.question("went_well")) == "stakeholder_event"
    assert definition.codebook_of(definition.question("programme_barriers")) == "workforce"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_definition_naming_none_is_coded_with_its_audiences_codebook(audience):
    """Stored versions from before the setting keep being read, each with its audience's codebook."""
    header = HEADER.replace("audience: stakeholder", f"audience: {audience}")
    definition = parse_definition(make(EVENT_PAGES.replace("      codebook: workforce\n", ""), header))
    assert definition.codebook == AUDIENCE_CODEBOOK[audience]
    stored = definition_from_json(definition_to_json(definition))
    assert stored.codebook == AUDIENCE_CODEBOOK[audience] and "codebook" not in stored.raw


def test_a_stored_version_keeps_its_codebooks():
    """The JSON a version stores brings back both settings."""
    definition = parse_definition(make(EVENT_PAGES, HEADER + "codebook: patient_experience\n"))
    stored = definition_from_json(definition_to_json(definition))
    assert stored.codebook == "patient_experience"
    assert stored.question("programme_barriers").codebook == "workforce"


BAD_CODEBOOKS = [
    (
        "unknown-name",
        HEADER + "codebook: events\n",
        EVENT_PAGES,
        f"unknown codebook 'events' in 'codebook'; {KNOWN}",
    ),
    (
        "wrong-case",
        HEADER + "codebook: Workforce\n",
        EVENT_PAGES,
        f"unknown codebook 'Workforce' in 'codebook'; {KNOWN}",
    ),
    (
        "a-file-path",
        HEADER + "codebook: ../codebooks/workforce.yaml\n",
        EVENT_PAGES,
        "unknown codebook '../codebooks/workforce.yaml' in 'codebook'",
    ),
    (
        "a-list",
        HEADER + "codebook: [workforce]\n",
        EVENT_PAGES,
        "unknown codebook ['workforce'] in 'codebook'",
    ),
    (
        "question-unknown",
        HEADER,
        EVENT_PAGES.replace("codebook: workforce", "codebook: apprentices"),
        f"page 1, question 2 'programme_barriers': unknown codebook 'apprentices' in 'codebook'; {KNOWN}",
    ),
    (
        "question-not-text",
        HEADER,
        """\
        - title: Your views
          questions:
            - {key: role, type: single_choice, label: Role, options: [Mentor, Employer], codebook: workforce}
        """,
        "page 1, question 1 'role': 'codebook' is for text questions with a 'prompt', the ones the analysis "
        "codes",
    ),
    (
        "question-not-coded",
        HEADER,
        EVENT_PAGES.replace("      prompt: could_improve\n", ""),
        "page 1, question 2 'programme_barriers': 'codebook' is for text questions with a 'prompt'",
    ),
]


@pytest.mark.parametrize(
    ("case", "header", "pages", "message"), BAD_CODEBOOKS, ids=[c[0] for c in BAD_CODEBOOKS]
)
def test_a_bad_codebook_is_refused_naming_it(case, header, pages, message):
    """The problem names the codebook given, where it is, and the names allowed."""
    with pytest.raises(DefinitionError) as caught:
        parse_definition(make(pages, header), "event.yaml")
    assert any(problem.startswith(message) for problem in caught.value.problems), caught.value.problems


def test_load_questionnaires_refuses_an_unknown_codebook(app, runner, tmp_path: Path):
    """The load command names the file, the question and the codebook, and stores nothing."""
    bad = make(EVENT_PAGES.replace("codebook: workforce", "codebook: apprentices"), HEADER)
    (tmp_path / "event.yaml").write_text(bad, encoding="utf-8")
    result = runner.invoke(args=["load-questionnaires", "--folder", str(tmp_path)])
    assert result.exit_code == 1
    assert "event.yaml" in result.output
    assert "question 2 'programme_barriers': unknown codebook 'apprentices'" in result.output
    with app.app_context():
        assert db.session.scalar(select(Questionnaire).filter_by(slug="mini")) is None
