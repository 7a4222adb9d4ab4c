"""The report's findings first: executive summary, findings by theme, what went well, recommendations.

The frames are demo data: answers drawn as `seed-demo` draws them (`feedback_app.demo.seed.demo_answers`,
the project's own invented comments), tagged by its demo links, coded with the shipped codebooks.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from analysis.report import build_report
from analysis.report.conclusions import NO_RECOMMENDATIONS
from analysis.report.document import BulletList, Paragraph, QuoteGroup, ReportDocument, Section, Table
from analysis.report.programme_themes import PROGRAMME_THEMES
from analysis.report.recommendations import GENERAL, Recommendation
from analysis.report.response_rates import NO_EXPECTED_NUMBERS
from analysis.report.themes import comments_of
from analysis.report.writers import write_markdown
from analysis.schema import load_questionnaire_specs
from analysis.text.codebook import Codebook
from analysis.text.coding import code_comments, keyed, load_shipped
from analysis.text.review import apply_reviews
from analysis.tidy import normalise_frame
from feedback_app.demo.seed import DEMO_LINKS, demo_answers
from questionnaire_format.files import load_definition_file
from tests.analysis.test_report import synthetic_frame

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "questionnaires"
SPECS = load_questionnaire_specs(FOLDER)
DEFINITIONS = {path.stem: load_definition_file(path) for path in sorted(FOLDER.glob("*.yaml"))}
BOOKS = {name: load_shipped(name) for name in ("workforce", "stakeholder_event", "patient_experience")}


def demo_frame(slug: str, n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` responses to a questionnaire as `seed-demo` makes them, in the tidy export's shape."""
    rng = random.Random(f"{seed}:{slug}")
    links = DEMO_LINKS.get(slug, [])
    rows = []
    for i in range(n):
        answers = demo_answers(rng, slug, DEFINITIONS[slug])
        link = rng.choice([None, *links]) if links else None
        tags = link[1] if link else {}
        rows.append(
            {
                "questionnaire": slug,
                "version": "1",
                "reference": f"D{seed}-{slug[:3]}-{i}",
                "submitted_on": f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}",
                "link_code": link[0] if link else "",
                **{tag: tags.get(tag, "") for tag in ("event", "event_date", "region", "cohort", "setting")},
                **{k: ";".join(v) if isinstance(v, list) else v for k, v in answers.items()},
            }
        )
    return pd.DataFrame(rows).fillna("")


def demo_frames(n: int = 80) -> dict[str, pd.DataFrame]:
    """Demo responses to every shipped questionnaire."""
    return {slug: demo_frame(slug, n) for slug in SPECS}


@pytest.fixture(scope="module")
def data() -> dict[str, pd.DataFrame]:
    return demo_frames()


@pytest.fixture(scope="module")
def report(data: dict[str, pd.DataFrame]) -> ReportDocument:
    return build_report(data, SPECS, BOOKS)


def _section(doc: ReportDocument | Section, section_id: str) -> Section:
    sections = doc.sections if isinstance(doc, ReportDocument) else doc.subsections
    return next(s for s in sections if s.id == section_id)


def _text(section: Section) -> str:
    parts = []
    for block in section.walk():
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, BulletList):
            parts += [block.title, *block.items]
    return "\n".join(parts)


def test_every_mapped_answer_and_codebook_theme_exists() -> None:
    keys = [theme.key for theme in PROGRAMME_THEMES]
    assert len(keys) == len(set(keys))
    for theme in PROGRAMME_THEMES:
        for ref in theme.closed:
            question = SPECS[ref.questionnaire].question(ref.question)
            if question.type == "likert_grid":
                assert ref.answer in question.statements, ref
            elif question.type == "likert":
                assert ref.answer == "", ref
            else:
                assert question.type == "multiple_choice" and ref.answer in question.options, ref
        for code in theme.codes:
            name, _, key = code.partition("/")
            assert key in BOOKS[name].keys, code
    # Every option of a "what held you back" question is some theme's, bar "none of these".
    mapped = {
        (r.questionnaire, r.answer) for t in PROGRAMME_THEMES for r in t.closed if r.question == "barriers"
    }
    for slug in ("apprentice-survey", "stakeholder-event"):
        options = set(SPECS[slug].question("barriers").options) - {"none"}
        assert options == {answer for questionnaire, answer in mapped if questionnaire == slug}


def test_the_report_opens_with_the_findings_and_ends_with_the_appendix(report: ReportDocument) -> None:
    assert [s.id for s in report.sections] == [
        "executive-summary",
        "findings",
        "went-well",
        "recommendations",
        "appendix",
        "who-responded",
        "stakeholder-feedback",
        "apprentice-experience",
        "patient-experience",
        "emerging-themes",
        "method",
    ]
    summary = _text(report.sections[0])
    assert NO_EXPECTED_NUMBERS in summary
    assert re.search(r"Friends and Family Test \d+\.\d% positive \(95% interval", summary)
    assert "Assistant Practitioner apprentice survey: 80 responses" in summary
    # A headline is the figure its appendix table shows, hidden or rounded as it is there.
    mean = next(t for t in report.tables() if t.id == "apprentice-survey-overall_rating-mean").rows[0][2]
    assert f"mean {mean} out of 10" in summary or (mean == "*" and "mean hidden" in summary)


def _coded(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The apprentice survey's comments coded with the workforce codebook, as the report codes them."""
    frames = {"apprentice-survey": normalise_frame(data["apprentice-survey"])}
    return code_comments(comments_of(frames, SPECS), [BOOKS["workforce"]])


def _stance_counts(coded: pd.DataFrame) -> Counter[tuple[str, str]]:
    """Comments per (theme, the stance they take on it)."""
    counts: Counter[tuple[str, str]] = Counter()
    for cell in coded["theme_stances"]:
        for key, stance in keyed(cell).items():
            counts[key, stance] += 1
    return counts


STANCE_IN_WORDS = {
    "named as a barrier": "barrier",
    "as a barrier": "barrier",
    "named as no problem": "not_a_barrier",
    "as no problem": "not_a_barrier",
    "praised": "positive",
    "named without praise or complaint": "mention",
    "without praise or complaint": "mention",
}


def test_the_findings_name_the_barrier_themes_in_the_data_with_their_stance_counts(
    data: dict[str, pd.DataFrame], report: ReportDocument
) -> None:
    stances = _stance_counts(_coded(data))
    barriers = {key for (key, stance), n in stances.items() if stance == "barrier" and n >= 5}
    assert barriers, "the demo comments name barriers"
    findings = _section(report, "findings")
    items = [i for b in findings.walk() if isinstance(b, BulletList) for i in b.items]
    for key in barriers:
        label = BOOKS["workforce"].theme(key).label
        found = next(i for i in items if i.startswith(f"{label}, Assistant Practitioner apprentice survey ("))
        comments = sum(n for (k, _), n in stances.items() if k == key)
        assert re.search(rf"\(({comments}|\*) comments\)", found), found
        assert re.search(rf"named as a barrier by ({stances[key, 'barrier']}|\*)", found), found
        # Every figure shown in the sentence is the coded count of its stance.
        for words, figure in re.findall(r"([a-z ]+?) by (\d+)", found.split(": ", 1)[1]):
            assert stances[key, STANCE_IN_WORDS[words.strip(", ")]] == int(figure), found
    summary = _text(report.sections[0])
    most = max(stances[k, "barrier"] for k in barriers)
    # The top barrier, or one of those tied at the top (a set has no order to break the tie by).
    tops = [k for k in barriers if stances[k, "barrier"] == most]
    # "in 18 of 40 comments", or "in 18 comments (...; the total is hidden ...)" where its table hides it.
    assert any(
        re.search(
            rf"{BOOKS['workforce'].theme(top).label}: named as a barrier in {most}"
            rf" (of \d+ comments|comments \([^;]+; the total is hidden in the appendix\))",
            summary,
        )
        for top in tops
    )
    assert " of * comments" not in summary
    titles = [s.title for s in findings.subsections]
    assert titles[:3] == [t.label for t in PROGRAMME_THEMES[:3]]


def test_closed_questions_are_brought_into_the_finding(
    data: dict[str, pd.DataFrame], report: ReportDocument
) -> None:
    findings = _section(report, "findings")
    maths = next(s for s in findings.subsections if s.id == "finding-maths-english")
    table = next(b for b in maths.blocks if isinstance(b, Table))
    row = next(r for r in table.rows if r[1] == SPECS["apprentice-survey"].title)
    barriers = data["apprentice-survey"]["barriers"]
    answered = barriers[barriers != ""]
    chose = answered.str.split(";").map(lambda values: "entry_requirements" in values).sum()
    assert row[3:] == [str(len(answered)), str(chose), f"{100 * chose / len(answered):.1f}"]
    # The same figures as the appendix's question table.
    appendix = next(t for t in report.tables() if t.id == "apprentice-survey-barriers")
    assert next(r for r in appendix.rows if r[0] == row[0])[1:] == [row[4], row[5]]


def test_quotes_come_only_from_groups_at_or_above_the_threshold(data: dict[str, pd.DataFrame]) -> None:
    # Few responses: most theme-and-stance groups of comments are under a threshold of 10.
    small = {slug: frame.head(30) for slug, frame in data.items()}
    doc = build_report(small, SPECS, BOOKS, threshold=10)
    sizes = _stance_counts(_coded(small))
    words = {"named as a barrier": "barrier", "named as no problem": "not_a_barrier", "praised": "positive"}
    labels = {theme.label: theme.key for theme in BOOKS["workforce"].themes}
    findings = _section(doc, "findings")
    quotes = [q for b in findings.walk() if isinstance(b, QuoteGroup) for q in b.quotes]
    for quote in quotes:
        label, _, stance = quote.theme.partition(", ")
        if label in labels:
            key = labels[label]
            stance_key = words.get(stance.split(";")[0], "mention")
            assert sizes[key, stance_key] >= 10, quote
    big = build_report(data, SPECS, BOOKS)
    assert [b for b in _section(big, "findings").walk() if isinstance(b, QuoteGroup)], (
        "quotes where groups are big"
    )


def test_every_count_under_the_threshold_is_hidden(data: dict[str, pd.DataFrame]) -> None:
    doc = build_report({slug: frame.head(25) for slug, frame in data.items()}, SPECS, BOOKS, threshold=10)
    for table in doc.tables():
        if table.id in ("codebooks", "suppression-log"):
            continue
        for header, *cells in table.rows:
            for column, cell in zip(table.columns[1:], cells, strict=True):
                if re.fullmatch(r"[\d,]+", cell) and "Mean" not in column:
                    value = int(cell.replace(",", ""))
                    assert value == 0 or value >= 10, (table.id, header, column, cell)
    for section in doc.sections[:4]:
        items = [i for b in section.walk() if isinstance(b, BulletList) for i in b.items]
        for sentence in items:
            # Figures in sentences: counts are whole numbers not followed by a decimal point or %.
            for match in re.finditer(r"(?<![\d.,])(\d+)(?![\d.,%])", sentence):
                value = int(match.group(1))
                assert value == 0 or value >= 10 or "0 to 10" in sentence or "out of 10" in sentence, sentence


def test_recommendations_are_printed_when_written_and_never_invented(
    data: dict[str, pd.DataFrame], report: ReportDocument
) -> None:
    none = _section(report, "recommendations")
    assert [b.text for b in none.blocks if isinstance(b, Paragraph)] == [NO_RECOMMENDATIONS]
    # Keyed as the team area keys them: by a codebook theme, or general.
    written = [
        Recommendation(GENERAL, "Share the report with every partner trust.", "Programme lead", "agreed"),
        Recommendation("mentor_support", "Give mentors protected time.", "Workforce lead", "in_progress"),
        Recommendation("maths_english", "Fund a functional skills tutor for each cohort.", "Education lead"),
    ]
    doc = build_report(data, SPECS, BOOKS, recommendations=written)
    section = _section(doc, "recommendations")
    table = next(b for b in section.blocks if isinstance(b, Table))
    assert table.rows == [
        [
            "Maths and English entry requirements",
            "Fund a functional skills tutor for each cohort.",
            "Education lead",
            "Proposed",
        ],
        ["Mentor capacity and quality", "Give mentors protected time.", "Workforce lead", "In progress"],
        ["General", "Share the report with every partner trust.", "Programme lead", "Agreed"],
    ]
    assert NO_RECOMMENDATIONS not in _text(section)


def test_went_well_and_could_be_better_come_from_the_findings(report: ReportDocument) -> None:
    section = _section(report, "went-well")
    lists = {b.title: b.items for b in section.blocks if isinstance(b, BulletList)}
    assert lists["What could be better:"] and lists["What went well:"]
    assert any("named as a barrier in" in item for item in lists["What could be better:"])
    assert any("praised in" in item for item in lists["What went well:"])


def test_the_markdown_opens_with_the_summary(report: ReportDocument, tmp_path: Path) -> None:
    path = write_markdown(report, tmp_path / "r.md")
    text = path.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[:4] == [
        "## Executive summary",
        "## Findings by theme across surveys",
        "## What went well and what could be better",
        "## Recommendations",
    ]


def _review(coded: pd.DataFrame, theme: str, approve: bool) -> list[dict[str, object]]:
    """A team member's review of each comment, keeping its codes and approving its quote if ``approve``."""
    return [
        {
            "reference": row["reference"],
            "question": row["question"],
            "reviewer": "1",
            "reviewed_at": pd.Timestamp("2026-11-01"),
            "sequence": position,
            "theme_stances": row["theme_stances"],
            "quote_approved": theme if approve else "",
            "sentiment": row["sentiment"],
            "risk_flag": False,
        }
        for position, row in enumerate(coded.to_dict("records"))
    ]


def test_team_approved_quotes_come_first_and_unapproved_reviewed_ones_never(
    data: dict[str, pd.DataFrame],
) -> None:
    coded = _coded(data)
    key = "release_backfill"
    barrier = coded[[keyed(cell).get(key) == "barrier" for cell in coded["theme_stances"]]]
    texts = barrier["redacted_text"].str.strip()
    # The longest is the engine's last choice; a member approves every copy of it for this theme.
    approved_text = max(texts.unique(), key=len)
    refused_text = next(t for t in texts.unique() if t != approved_text)
    reviews = pd.DataFrame(
        _review(barrier[texts == approved_text], key, approve=True)
        + _review(barrier[texts == refused_text], key, approve=False)
    )

    def coder(comments: pd.DataFrame, books: list[Codebook]) -> pd.DataFrame:
        return apply_reviews(code_comments(comments, books), reviews)

    doc = build_report(data, SPECS, BOOKS, coder=coder)
    finding = _section(_section(doc, "findings"), "finding-release-backfill")
    quotes = next(b for b in finding.blocks if isinstance(b, QuoteGroup)).quotes
    assert quotes[0].text == approved_text
    assert quotes[0].theme == "Release time and backfill, named as a barrier; approved by the team"
    assert refused_text not in [q.text for q in quotes]


def test_no_quote_from_a_questionnaire_whose_definition_forbids_them(data: dict[str, pd.DataFrame]) -> None:
    specs = {slug: replace(spec, quotable=False) for slug, spec in SPECS.items()}
    doc = build_report(data, specs, BOOKS)
    assert not [b for b in _section(doc, "findings").walk() if isinstance(b, QuoteGroup)]


def test_no_quote_from_a_response_in_an_event_under_the_threshold(
    data: dict[str, pd.DataFrame], report: ReportDocument
) -> None:
    stakeholders = data["stakeholder-event"]
    quoted = [
        q.text for b in _section(report, "findings").walk() if isinstance(b, QuoteGroup) for q in b.quotes
    ]
    columns = [q.key for q in SPECS["stakeholder-event"].coded_text_questions()]
    text = next(t for t in quoted if stakeholders[columns].eq(t).any(axis=None))
    # Every respondent who wrote that comment names an event of their own.
    carrying = stakeholders[columns].eq(text).any(axis=1)
    moved = stakeholders.copy()
    moved.loc[carrying, "event_session"] = [f"pilot_session_{i}" for i in range(int(carrying.sum()))]
    doc = build_report({**data, "stakeholder-event": moved}, SPECS, BOOKS)
    requoted = [
        q.text for b in _section(doc, "findings").walk() if isinstance(b, QuoteGroup) for q in b.quotes
    ]
    assert requoted and text not in requoted


def test_groups_big_enough_are_compared_and_add_up_to_the_published_figures() -> None:
    data = {"apprentice-survey": demo_frame("apprentice-survey", 400)}
    doc = build_report(data, SPECS, BOOKS)
    themes = next(t for t in doc.tables() if t.id == "apprentice-survey-themes-stances")
    published = {row[0]: row for row in themes.rows}
    compared = [t for t in doc.tables() if t.id.startswith("finding-") and t.id.endswith("-by-cohort")]
    by_comments = [t for t in compared if "-comments-by-" in t.id]
    assert by_comments and len(compared) > len(by_comments), "closed answers and comments are compared"
    for table in by_comments:
        label = table.caption.split(" (")[0]
        *groups, total = table.rows
        assert total[0] == "All who commented on it"
        # Respondents: at most the theme table's comments, and its comments naming it a barrier.
        assert int(total[1]) <= int(published[label][1]) and int(total[2]) <= int(published[label][2])
        named = [row for row in groups if row[0] != "Other and smaller groups"]
        assert sum(row[3] != "*" for row in named) >= 2
        if all(row[1] != "*" for row in groups):
            assert sum(int(row[1]) for row in groups) == int(total[1])


def test_the_appendix_never_quotes_a_response_from_a_group_under_the_threshold() -> None:
    slug = "patient-experience"
    frame = synthetic_frame(SPECS[slug], 60, 4)
    quoted = build_report({slug: frame}, SPECS, BOOKS)
    assert any(isinstance(b, QuoteGroup) and b.quotes for b in quoted.blocks())
    # Each response came through a link tagged with a region of its own: every group is of one.
    alone = frame.assign(**{"link:region": [f"Place {i}" for i in range(len(frame))]})
    doc = build_report({slug: alone}, SPECS, BOOKS)
    assert not any(isinstance(b, QuoteGroup) and b.quotes for b in doc.blocks())
