"""Questionnaire definitions: the shipped files load, and each kind of bad file is refused clearly."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Questionnaire, QuestionnaireVersion
from feedback_app.questionnaires.store import load_folder
from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import DefinitionError
from questionnaire_format.parser import parse_definition
from questionnaire_format.vocabulary import FFT_OPTIONS, FFT_QUESTION
from tests.helpers import QUESTIONNAIRES

HEADER = """\
slug: mini
title: A small questionnaire
introduction: Why we ask.
audience: stakeholder
estimated_minutes: 2
anonymity: anonymous
privacy_notice: Who holds the data, why, for how long.
retention_months: 12
quotable: true
"""


def make(pages: str, header: str = HEADER) -> str:
    """A definition from the standard header and a pages block."""
    return header + "pages:\n" + textwrap.indent(textwrap.dedent(pages), "  ")


GOOD_PAGES = """\
- title: First
  questions:
    - key: role
      type: single_choice
      label: Your role
      required: true
      options:
        - {value: mentor, label: Mentor}
        - {value: employer, label: Employer}
      other: true
- title: Second
  questions:
    - key: mentor_detail
      type: long_text
      label: Tell us about mentoring
      show_if: {question: role, equals: mentor}
"""


def test_shipped_questionnaires_are_valid():
    """The three programme questionnaires load with no problems and cover every audience."""
    definitions, errors = load_definition_folder(QUESTIONNAIRES)
    assert errors == []
    assert {d.slug for d in definitions} == {"apprentice-survey", "stakeholder-event", "patient-experience"}
    assert {d.audience for d in definitions} == {"apprentice", "stakeholder", "patient"}
    for definition in definitions:
        assert 3 <= len(definition.pages) <= 5
        assert any(q.type == "long_text" for q in definition.questions())


def test_patient_questionnaire_asks_fft_exactly():
    """The patient questionnaire is anonymous and asks the FFT question in NHS England's words."""
    definitions, _ = load_definition_folder(QUESTIONNAIRES)
    patient = next(d for d in definitions if d.slug == "patient-experience")
    fft = patient.question("fft")
    assert patient.is_anonymous
    assert fft.label == "Overall, how was your experience of our service?" == FFT_QUESTION
    assert [o.label for o in fft.options] == [
        "Very good",
        "Good",
        "Neither good nor poor",
        "Poor",
        "Very poor",
        "Don't know",
    ]
    prompts = {q.key: q.prompt for q in patient.questions() if q.prompt}
    assert "what_good" in prompts.values() and "could_improve" in prompts.values()


def test_good_definition_parses():
    """Options, 'other', conditions and defaults come through as written."""
    definition = parse_definition(make(GOOD_PAGES), "mini.yaml")
    role = definition.question("role")
    assert [o.value for o in role.options] == ["mentor", "employer"]
    assert role.other and role.required
    detail = definition.question("mentor_detail")
    assert detail.show_if is not None and detail.show_if.values == ("mentor",)
    assert detail.max_length == 2000


def test_options_may_be_plain_strings():
    """A plain-string option gets a value made from its label."""
    pages = """\
    - title: Only
      questions:
        - key: travel
          type: single_choice
          label: How did you travel?
          options: [By bus, On foot]
    """
    definition = parse_definition(make(pages))
    assert [o.value for o in definition.question("travel").options] == ["by_bus", "on_foot"]


BAD_CASES = [
    (
        "unknown type",
        """\
        - title: P
          questions:
            - {key: a, type: slider, label: A}
        """,
        "page 1, question 1 'a': unknown type 'slider'",
    ),
    (
        "duplicate key across pages",
        """\
        - title: P
          questions:
            - {key: a, type: short_text, label: A}
        - title: Q
          questions:
            - {key: a, type: short_text, label: A again}
        """,
        "duplicate key 'a' (already used on page 1)",
    ),
    (
        "duplicate key on one page",
        """\
        - title: P
          questions:
            - {key: a, type: short_text, label: A}
            - {key: a, type: long_text, label: A again}
        """,
        "duplicate key 'a' on this page",
    ),
    (
        "missing options",
        """\
        - title: P
          questions:
            - {key: a, type: single_choice, label: A}
        """,
        "'options' must list at least two answers",
    ),
    (
        "condition on a later question",
        """\
        - title: P
          questions:
            - key: a
              type: short_text
              label: A
              show_if: {question: b, equals: x}
        - title: Q
          questions:
            - {key: b, type: yes_no, label: B}
        """,
        "'show_if' refers to question 'b', which is not on an earlier page",
    ),
    (
        "condition on an unknown question",
        """\
        - title: P
          questions:
            - key: a
              type: short_text
              label: A
              show_if: {question: nowhere, equals: x}
        """,
        "'show_if' refers to question 'nowhere'",
    ),
    (
        "condition on the same page",
        """\
        - title: P
          questions:
            - {key: b, type: yes_no, label: B}
            - key: a
              type: short_text
              label: A
              show_if: {question: b, equals: "yes"}
        """,
        "'show_if' refers to question 'b', which is not on an earlier page",
    ),
    (
        "condition value that is not an answer",
        """\
        - title: P
          questions:
            - {key: b, type: yes_no, label: B}
        - title: Q
          questions:
            - key: a
              type: short_text
              label: A
              show_if: {question: b, equals: maybe}
        """,
        "'show_if' value 'maybe' is not an answer to 'b'",
    ),
    (
        "unquoted yes in a condition",
        """\
        - title: P
          questions:
            - {key: b, type: yes_no, label: B}
        - title: Q
          questions:
            - key: a
              type: short_text
              label: A
              show_if: {question: b, equals: yes}
        """,
        "quote yes and no",
    ),
    (
        "FFT wording changed",
        """\
        - title: P
          questions:
            - {key: fft, type: fft, label: "How was it?"}
        """,
        "the Friends and Family Test wording and answers are fixed",
    ),
    (
        "FFT answers changed",
        """\
        - title: P
          questions:
            - key: fft
              type: fft
              options: [Great, Awful]
        """,
        "the Friends and Family Test wording and answers are fixed",
    ),
    (
        "likert grid without statements",
        """\
        - title: P
          questions:
            - {key: g, type: likert_grid, label: G}
        """,
        "'statements' must list at least one statement",
    ),
    (
        "min above max",
        """\
        - title: P
          questions:
            - {key: n, type: number, label: N, min: 10, max: 1}
        """,
        "'max' is smaller than 'min'",
    ),
    (
        "bad key",
        """\
        - title: P
          questions:
            - {key: Bad Key, type: short_text, label: A}
        """,
        "'key' must be lower_snake_case",
    ),
    (
        "unknown question setting",
        """\
        - title: P
          questions:
            - {key: a, type: short_text, label: A, colour: red}
        """,
        "unknown setting 'colour'",
    ),
    (
        "prompt on a choice question",
        """\
        - title: P
          questions:
            - {key: a, type: yes_no, label: A, prompt: what_good}
        """,
        "'prompt' is for text questions",
    ),
    ("no pages", "[]\n", "'pages' must be a list with at least one page"),
]


@pytest.mark.parametrize(("case", "pages", "message"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_definitions_are_refused_with_a_clear_message(case, pages, message):
    """Each kind of mistake is named with the file, the question and the problem."""
    with pytest.raises(DefinitionError) as caught:
        parse_definition(make(pages), "broken.yaml")
    text = str(caught.value)
    assert text.startswith("broken.yaml: ")
    assert message in text, text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("slug: a\nslug: b\n", "duplicate key 'slug'"),
        ("- just\n- a list\n", "must be a mapping"),
        ("title: [unclosed\n", "not valid YAML"),
        (
            HEADER.replace("audience: stakeholder", "audience: public") + "pages: []\n",
            "'audience' must be one of",
        ),
        (HEADER.replace("anonymity: anonymous\n", "") + "pages: []\n", "'anonymity' must be one of"),
        (HEADER.replace("retention_months: 12\n", "") + "pages: []\n", "'retention_months' is missing"),
        (
            HEADER.replace("quotable: true", "quotable: sometimes") + "pages: []\n",
            "'quotable' must be true or false",
        ),
        (HEADER.replace("slug: mini", "slug: Not A Slug") + "pages: []\n", "'slug' must be lower-case"),
        (
            HEADER + "opens_on: 2026-05-01\ncloses_on: 2026-04-01\npages: []\n",
            "'closes_on' is before 'opens_on'",
        ),
    ],
)
def test_bad_files_at_the_top_level(text, message):
    """Broken YAML and bad settings are refused, naming the problem."""
    with pytest.raises(DefinitionError) as caught:
        parse_definition(text, "top.yaml")
    assert message in str(caught.value)


SIGNPOSTING = """\
crisis_signposting:
  heading: If you need help now
  text: |
    Call 999 in an emergency.

    Call Samaritans free on
    116 123.
thank_you: |
  Thank you.

  We read the answers together.
"""


def test_crisis_signposting_and_thank_you_are_read():
    """The signposting keeps its heading and paragraphs (lines joined); the thank-you text is kept."""
    definition = parse_definition(make(GOOD_PAGES, HEADER + SIGNPOSTING))
    assert definition.crisis_signposting is not None
    assert definition.crisis_signposting.heading == "If you need help now"
    assert definition.crisis_signposting.paragraphs() == [
        "Call 999 in an emergency.",
        "Call Samaritans free on 116 123.",
    ]
    assert definition.thank_you == "Thank you.\n\nWe read the answers together."
    plain = parse_definition(make(GOOD_PAGES))
    assert plain.crisis_signposting is None and plain.thank_you == ""


@pytest.mark.parametrize(
    ("signposting", "message"),
    [
        ("crisis_signposting: Call 999.\n", "crisis_signposting: must be a mapping with 'heading'"),
        ("crisis_signposting:\n  heading: Help\n", "crisis_signposting: 'text' is missing"),
        ("crisis_signposting:\n  heading: Help\n  text: '  '\n", "'text' must be non-empty"),
        (
            "crisis_signposting:\n  heading: Help\n  text: Call 999.\n  colour: red\n",
            "crisis_signposting: unknown setting 'colour'",
        ),
        ("thank_you: [a, b]\n", "'thank_you' must be non-empty text"),
    ],
)
def test_bad_signposting_is_refused(signposting, message):
    """Signposting that is not a heading and a text, or has other settings, is refused by name."""
    with pytest.raises(DefinitionError) as caught:
        parse_definition(make(GOOD_PAGES, HEADER + signposting), "help.yaml")
    assert message in str(caught.value)


def test_every_problem_is_reported_at_once():
    """A file with several mistakes lists them all, so one edit fixes them."""
    pages = """\
    - title: P
      questions:
        - {key: a, type: slider, label: A}
        - {key: b, type: single_choice, label: B}
    """
    with pytest.raises(DefinitionError) as caught:
        parse_definition(make(pages))
    assert len(caught.value.problems) == 2


def test_a_bad_file_loads_nothing(app, tmp_path: Path):
    """In a folder with one good and one broken file, only the good one loads; the broken one is named."""
    (tmp_path / "good.yaml").write_text(make(GOOD_PAGES), encoding="utf-8")
    broken = make(GOOD_PAGES).replace("slug: mini", "slug: broken").replace("type: long_text", "type: essay")
    (tmp_path / "broken.yaml").write_text(broken, encoding="utf-8")
    with app.app_context():
        outcomes, errors = load_folder(tmp_path)
        assert [o.slug for o in outcomes] == ["mini"]
        assert [e.source for e in errors] == ["broken.yaml"]
        assert db.session.scalar(select(Questionnaire).filter_by(slug="broken")) is None


def test_check_only_loads_nothing(app, tmp_path: Path):
    """`--check` validates without touching the database."""
    (tmp_path / "good.yaml").write_text(make(GOOD_PAGES), encoding="utf-8")
    with app.app_context():
        before = db.session.scalar(select(func.count(Questionnaire.id)))
        outcomes, errors = load_folder(tmp_path, check_only=True)
        assert [o.action for o in outcomes] == ["valid"] and not errors
        assert db.session.scalar(select(func.count(Questionnaire.id))) == before


def test_duplicate_slugs_across_files(tmp_path: Path):
    """Two files claiming one slug: the second is refused by name."""
    (tmp_path / "a.yaml").write_text(make(GOOD_PAGES), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(make(GOOD_PAGES), encoding="utf-8")
    good, errors = load_definition_folder(tmp_path)
    assert len(good) == 1
    assert "slug 'mini' is already used by a.yaml" in str(errors[0])


def test_load_questionnaires_cli_reports_bad_file(runner, tmp_path: Path):
    """The CLI exits non-zero and prints the file, question and problem."""
    (tmp_path / "broken.yaml").write_text(
        make(GOOD_PAGES).replace("type: long_text", "type: essay"), encoding="utf-8"
    )
    result = runner.invoke(args=["load-questionnaires", "--folder", str(tmp_path)])
    assert result.exit_code == 1
    assert "broken.yaml" in result.output
    assert "page 2, question 1 'mentor_detail': unknown type 'essay'" in result.output


def test_load_questionnaires_cli_check(runner):
    """`load-questionnaires --check` passes on the shipped files."""
    result = runner.invoke(args=["load-questionnaires", "--check"])
    assert result.exit_code == 0, result.output
    assert "patient-experience: valid" in result.output


def test_fft_options_are_fixed_in_code():
    """The six FFT answers, in NHS England's order."""
    assert list(FFT_OPTIONS) == ["very_good", "good", "neither", "poor", "very_poor", "dont_know"]


def test_versions(app):
    """A changed definition makes a new version only once responses exist; old responses keep theirs."""
    from feedback_app.questionnaires.store import load_definition
    from tests.helpers import answer_patient

    with app.app_context():
        first = parse_definition(make(GOOD_PAGES))
        assert load_definition(first).action == "created"
        assert load_definition(first).action == "unchanged"
        reworded = parse_definition(make(GOOD_PAGES.replace("Your role", "Your main role")))
        # No responses yet: the version is updated in place.
        assert load_definition(reworded).action == "updated"
        q = db.session.scalar(select(Questionnaire).filter_by(slug="mini"))
        assert (
            db.session.scalar(select(func.count(QuestionnaireVersion.id)).filter_by(questionnaire_id=q.id))
            == 1
        )

    client = app.test_client()
    answer_patient(client)
    with app.app_context():
        patient_text = (QUESTIONNAIRES / "patient-experience.yaml").read_text(encoding="utf-8")
        changed = parse_definition(patient_text.replace("What was good?", "What went well?"))
        outcome = load_definition(changed)
        assert (outcome.action, outcome.version) == ("new version", 2)
        from feedback_app.models import Response
        from feedback_app.questionnaires.store import version_definition

        response = db.session.scalars(select(Response)).one()
        old = version_definition(db.session.get(QuestionnaireVersion, response.version_id))
        assert old.question("what_was_good").label == "What was good?"


def test_format_package_has_no_web_code():
    """questionnaire_format imports neither the web app, the analysis, Flask nor SQLAlchemy."""
    package = Path(__file__).resolve().parents[1] / "questionnaire_format"
    forbidden = ("flask", "sqlalchemy", "feedback_app", "analysis")
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            for name in names:
                assert not name.startswith(forbidden), f"{path} imports {name}"
