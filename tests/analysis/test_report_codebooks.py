"""The report codes each comment with the codebook its questionnaire's definition names for its question.

The review of issue 15 found the event section coded with the workforce codebook too (its largest theme
was "Understanding of the AP role (workforce)"). Comments here are written for the project.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.report import build_report
from analysis.report.document import ReportDocument, Table
from analysis.schema import load_questionnaire_specs, spec_from_definition
from analysis.text.codebook import Codebook
from analysis.text.coding import code_comments, load_shipped
from questionnaire_format.parser import parse_definition
from tests.analysis.test_report import synthetic_frame, write_export

ROOT = Path(__file__).resolve().parents[2]
SPECS = load_questionnaire_specs(ROOT / "questionnaires")
EVENT = "stakeholder-event"
EVENT_YAML = (ROOT / "questionnaires" / "stakeholder-event.yaml").read_text(encoding="utf-8")
# The event's last question, coded with the workforce codebook by the override below.
OVERRIDE = EVENT_YAML.replace(
    "        prompt: nonspecific\n", "        prompt: nonspecific\n        codebook: workforce\n"
)
# Event comments full of words the workforce codebook codes: coded with it, the event section fills
# with workforce themes.
EVENT_COMMENTS = [
    "The speakers explained the AP role clearly and the venue was easy to reach",
    "Our band 3 support workers struggle with the maths and English functional skills entry requirements",
    "Backfill for release time is the big barrier, our mentors have no capacity to supervise",
    "More case studies from trusts that already employ assistant practitioners please",
]
BARRIERS = "Backfill for release time and the maths and English entry requirements hold us back"


class RecordingCoder:
    """Codes as the engine does, remembering which questions each codebook was given."""

    def __init__(self) -> None:
        self.given: dict[str, set[tuple[str, str]]] = {}

    def __call__(self, comments: pd.DataFrame, books: Sequence[Codebook]) -> pd.DataFrame:
        """Record (questionnaire, question) per codebook, then code."""
        assert len(books) == 1, "each comment is coded with one codebook"
        pairs = set(zip(comments["questionnaire"], comments["question"], strict=True))
        self.given.setdefault(books[0].name, set()).update(pairs)
        return code_comments(comments, books)


def event_frame(n: int = 40) -> pd.DataFrame:
    """Invented event responses whose comments use the programme's words."""
    frame = synthetic_frame(SPECS[EVENT], n, seed=7)
    for key in ("went_well", "could_be_better", "support_next"):
        frame[key] = [EVENT_COMMENTS[i % len(EVENT_COMMENTS)] for i in range(n)]
    return frame


def table(doc: ReportDocument, table_id: str) -> Table:
    """The report's table with this id."""
    return next(t for t in doc.tables() if t.id == table_id)


def row_labels(doc: ReportDocument, table_id: str) -> list[str]:
    """The row headers of a table."""
    return [row[0] for row in table(doc, table_id).rows]


def test_event_comments_are_coded_with_the_event_codebook_only() -> None:
    """Each questionnaire's comments go to its own codebook; the event's theme table has event themes only."""
    data = {slug: synthetic_frame(spec, 30, seed) for seed, (slug, spec) in enumerate(SPECS.items(), start=1)}
    data[EVENT] = event_frame()
    coder = RecordingCoder()
    doc = build_report(data, SPECS, threshold=1, coder=coder)
    questionnaires = {book: {slug for slug, _ in pairs} for book, pairs in coder.given.items()}
    assert questionnaires == {
        "workforce": {"apprentice-survey"},
        "stakeholder_event": {EVENT},
        "patient_experience": {"patient-experience"},
    }
    event_labels = {theme.label for theme in load_shipped("stakeholder_event").themes}
    workforce_only = {theme.label for theme in load_shipped("workforce").themes} - event_labels
    shown = row_labels(doc, f"{EVENT}-themes")
    assert shown and set(shown) <= event_labels
    assert not any("(workforce)" in label for label in shown)
    # The comments are such that the workforce codebook, had it been used, would have coded them.
    wrongly = code_comments(
        pd.DataFrame({"text": EVENT_COMMENTS, "prompt": "nonspecific"}), [load_shipped("workforce")]
    )
    assert {
        load_shipped("workforce").theme(k).label for v in wrongly["themes"] for k in v.split(";") if k
    } & (workforce_only)
    # Across all questionnaires, the workforce table counts the apprentices' comments alone.
    apprentice = SPECS["apprentice-survey"]
    answered = sum((data["apprentice-survey"][q.key] != "").sum() for q in apprentice.coded_text_questions())
    coded_table = table(doc, "comments-coded-and-flagged")
    assert next(r for r in coded_table.rows if r[0] == apprentice.title)[1] == f"{answered:,}"


def test_a_question_naming_another_codebook_is_coded_with_it_alone() -> None:
    """The event's last question is coded with the workforce codebook; its other questions are not."""
    spec = spec_from_definition(parse_definition(OVERRIDE, "stakeholder-event.yaml"))
    assert spec.codebook == "stakeholder_event" and spec.question("support_next").codebook == "workforce"
    n = 30
    frame = synthetic_frame(spec, n, seed=3)
    frame["went_well"] = BARRIERS
    frame["support_next"] = BARRIERS
    frame["could_be_better"] = ""
    coder = RecordingCoder()
    doc = build_report({EVENT: frame}, {EVENT: spec}, threshold=1, coder=coder)
    assert coder.given == {
        "stakeholder_event": {(EVENT, "went_well")},
        "workforce": {(EVENT, "support_next")},
    }
    rows = {row[0]: row[1] for row in table(doc, f"{EVENT}-themes").rows}
    # The same words in both questions count once per comment coded with the workforce codebook: n, not 2n.
    assert rows["Release time and backfill (workforce)"] == str(n)
    assert rows["Maths and English entry requirements (workforce)"] == str(n)
    assert all(label.endswith(("(workforce)", "(stakeholder event)")) for label in rows)
    across = {row[0]: row[1] for row in table(doc, "themes-workforce").rows}
    assert across["Release time and backfill"] == str(n)
    codebooks = {row[0]: row[4] for row in table(doc, "codebooks").rows}
    assert codebooks == {
        "stakeholder_event": f"{spec.title}: 'What went well?', 'What could be better?'",
        "workforce": f"{spec.title}: 'What support should the programme offer next?'",
    }


@pytest.fixture
def definitions(tmp_path: Path) -> Path:
    """A copy of the shipped definitions to change."""
    folder = tmp_path / "questionnaires"
    shutil.copytree(ROOT / "questionnaires", folder)
    return folder


def test_the_command_line_report_reads_the_mapping_from_the_definitions(
    definitions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m analysis report` codes an export by its definition's codebooks, and refuses a bad name."""
    (definitions / "stakeholder-event.yaml").write_text(OVERRIDE, encoding="utf-8")
    spec = spec_from_definition(parse_definition(OVERRIDE))
    frame = synthetic_frame(spec, 20, seed=5)
    frame["went_well"], frame["could_be_better"], frame["support_next"] = BARRIERS, "", BARRIERS
    export = write_export(tmp_path / "event.csv", frame)
    out = tmp_path / "report"
    args = ["report", "--input", str(export), "--questionnaires", str(definitions), "--no-cache"]
    assert main([*args, "--threshold", "1", "--out", str(out)]) == 0
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "Release time and backfill (workforce)" in markdown
    summary = pd.read_csv(out / "summaries" / "themes-workforce.csv", dtype=str)
    assert summary.set_index(summary.columns[0]).loc["Release time and backfill", "comments"] == "20"
    capsys.readouterr()

    (definitions / "stakeholder-event.yaml").write_text(
        OVERRIDE.replace("codebook: workforce", "codebook: apprentices"), encoding="utf-8"
    )
    refused = tmp_path / "refused"
    assert main([*args, "--out", str(refused)]) == 2
    error = capsys.readouterr().err
    assert "stakeholder-event.yaml" in error
    assert "question 3 'support_next': unknown codebook 'apprentices' in 'codebook'" in error
    assert not refused.exists()
