"""The lessons-learnt report: build, HTML/Word/Markdown writers, suppression in every output, CLI.

All data here is synthetic and invented for the tests; no real comments are used.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.report import (
    Paragraph,
    QuoteGroup,
    ReportInputError,
    Table,
    build_report,
    render_html,
    report_from_frames,
    write_docx,
    write_markdown,
)
from analysis.report.build import resolve_codebooks
from analysis.schema import QuestionnaireSpec, load_questionnaire_specs
from analysis.text.codebook import Codebook, codebook_from_text
from analysis.tidy import BASE_COLUMNS
from tests.helpers import HANG_SECONDS

ROOT = Path(__file__).resolve().parents[2]
SPECS = load_questionnaire_specs(ROOT / "questionnaires")
XSS = "<script>alert(1)</script>"

CODEBOOK_TEXT = """
name: {name}
version: "test-1"
description: A small codebook written for these tests.
themes:
  - key: {prefix}_mentor
    label: Mentor support ({prefix})
    description: Mentors and supervision.
    phrases: [mentor, supervisor]
  - key: {prefix}_time
    label: Time and release ({prefix})
    description: Time, backfill and release.
    phrases: [release time, backfill, waiting]
  - key: {prefix}_staff
    label: Staff attitude ({prefix})
    description: Kind or unkind staff.
    phrases: [staff, kind]
"""


def codebooks() -> dict[str, Codebook]:
    return {
        name: codebook_from_text(CODEBOOK_TEXT.format(name=name, prefix=prefix), f"<{name}>")
        for name, prefix in (("workforce", "wf"), ("stakeholder_event", "se"), ("patient_experience", "pe"))
    }


COMMENTS = [
    "My mentor was really supportive and gave me time every week to reflect on practice.",
    "The release time was not protected and there was no backfill, so I fell behind with work.",
    "Staff were kind and listened to me, I felt respected the whole way through the group.",
    "Waiting for the first appointment took far too long and nobody told me what was happening.",
    "",
    "",
]


def synthetic_frame(spec: QuestionnaireSpec, n: int, seed: int = 1) -> pd.DataFrame:
    """A tidy frame of ``n`` invented responses to ``spec``, shaped like the web app's export."""
    rng = np.random.default_rng(seed)
    data: dict[str, object] = {
        "questionnaire": spec.slug,
        "version": "1",
        "reference": [f"R{seed}-{i}" for i in range(n)],
        "submitted_on": [
            f"2024-{m:02d}-{d:02d}" for m, d in zip(rng.integers(1, 7, n), rng.integers(1, 28, n))
        ],
        "link_code": rng.choice(["abc123", "def456", ""], n),
        "event": rng.choice(["Leeds showcase", "Manchester launch", ""], n)
        if spec.audience == "stakeholder"
        else "",
        "event_date": "",
        "region": "",
        "cohort": "",
        "setting": "",
    }
    for q in spec.questions:
        if q.type == "likert_grid":
            for statement in q.statements:
                data[f"{q.key}.{statement}"] = rng.choice([*q.options, ""], n)
        elif q.type == "multiple_choice":
            values = list(q.options)
            first, second = rng.choice(values, n), rng.choice(values, n)
            data[q.key] = [f"{a};{b}" if a != b else a for a, b in zip(first, second)]
        elif q.type in ("single_choice", "yes_no", "likert", "rating", "fft"):
            data[q.key] = rng.choice([*q.options, ""], n)
        elif q.is_text:
            data[q.key] = rng.choice(COMMENTS, n)
    return pd.DataFrame(data)


def frames(n: int = 60) -> dict[str, pd.DataFrame]:
    return {slug: synthetic_frame(spec, n, seed) for seed, (slug, spec) in enumerate(SPECS.items(), start=1)}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.headings: list[int] = []
        self.cells: list[tuple[str, str]] = []
        self._cell: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append((tag, self._cell.strip()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._cell is not None:
            self._cell += data


@pytest.fixture(scope="module")
def small_report() -> tuple[dict[str, pd.DataFrame], str]:
    data = frames(60)
    patient = data["patient-experience"]
    patient.loc[0, "what_was_good"] = f"Staff were kind {XSS} and the mentor helped"
    patient.loc[1, "service"] = "psychoeducational_group"
    # One response from a single stakeholder event: a count of 1 that must never be printed.
    stakeholder = data["stakeholder-event"]
    stakeholder.loc[0, "event"] = "Tiny pilot session"
    stakeholder.loc[0, "event_session"] = ""  # so the link's tag is its event
    doc = build_report(data, SPECS, codebooks())
    return data, render_html(doc)


def test_report_structure_and_sections() -> None:
    doc = build_report(frames(40), SPECS, codebooks())
    titles = [s.title for s in doc.sections]
    assert titles == [
        "Executive summary",
        "Findings by theme across surveys",
        "What went well and what could be better",
        "Recommendations",
        "Appendix: the full tables",
        "Who responded",
        "Stakeholder feedback",
        "Apprentice experience and barriers",
        "Patient experience",
        "Emerging themes",
        "Method and caveats",
    ]
    assert doc.charts(), "the report has charts"
    assert all(isinstance(c.table, Table) and c.table.rows for c in doc.charts())
    method = doc.sections[-1]
    codebook_table = next(b for b in method.blocks if isinstance(b, Table) and b.id == "codebooks")
    assert codebook_table.rows[0][:2] == ["workforce", "test-1"]
    assert "responses-by-questionnaire" in doc.summaries


def test_html_is_accessible_self_contained_and_escaped(
    small_report: tuple[dict[str, pd.DataFrame], str],
) -> None:
    _, html = small_report
    parser = _Collector()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags
    assert XSS not in html and "&lt;script&gt;" in html
    html_attrs = next(a for t, a in parser.tags if t == "html")
    assert html_attrs.get("lang") == "en-GB"
    # Headings start at h1 and never skip a level.
    assert parser.headings[0] == 1 and parser.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(parser.headings, parser.headings[1:]))
    # No external requests: nothing is loaded from anywhere.
    for tag, attrs in parser.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            pytest.fail("no linked resources")
        assert not str(attrs.get("href", "#")).startswith(("http:", "https:", "//")), attrs
    # Every chart is an SVG image with a title and description, followed by its data table.
    svgs = [a for t, a in parser.tags if t == "svg"]
    assert svgs and all(a.get("role") == "img" for a in svgs)
    assert tags.count("title") == 1 + len(svgs) and tags.count("desc") == len(svgs)
    positions = [i for i, t in enumerate(tags) if t == "svg"]
    for pos in positions:
        assert "table" in tags[pos:], "a table follows each chart"
        next_table = tags.index("table", pos)
        assert "svg" not in tags[pos + 1 : next_table]
    assert tags.count("caption") == tags.count("table")
    for tag, attrs in parser.tags:
        if tag == "th":
            assert attrs.get("scope") in ("col", "row")


def test_html_contains_no_small_counts(small_report: tuple[dict[str, pd.DataFrame], str]) -> None:
    _, html = small_report
    parser = _Collector()
    # The codebook list (numbers of themes) and the log (row names such as rating "2") hold no counts.
    parser.feed(re.sub(r'<table id="(codebooks|suppression-log)">.*?</table>', "", html, flags=re.S))
    # Count cells are whole numbers; none may be 1-4 (percentages and means carry a decimal point).
    for tag, text in parser.cells:
        if tag == "td" and re.fullmatch(r"[\d,]+", text):
            assert int(text.replace(",", "")) == 0 or int(text.replace(",", "")) >= 5, text
    assert "*" in [text for _, text in parser.cells]
    # The single response from the tiny event is hidden.
    row = re.search(r"<th scope=\"row\">Tiny pilot session</th>(.*?)</tr>", html, re.S)
    assert row is not None and "<td>1</td>" not in row.group(1)


def test_figures_match_the_numbers(small_report: tuple[dict[str, pd.DataFrame], str]) -> None:
    data, html = small_report
    patient = data["patient-experience"]
    answered = patient["fft"].isin(["very_good", "good", "neither", "poor", "very_poor", "dont_know"])
    positive = patient["fft"].isin(["very_good", "good"]).sum()
    expected = f"{100 * positive / answered.sum():.1f}"
    row = re.search(r"<th scope=\"row\">All months</th>(.*?)</tr>", html, re.S)
    assert row is not None and f"<td>{expected}</td>" in row.group(1)


def test_quotes_are_redacted_quotable_and_never_risk_flagged() -> None:
    data = frames(40)
    patient = data["patient-experience"]
    patient.loc[:, "what_was_good"] = ""
    patient.loc[0:9, "what_was_good"] = "Staff were kind, call me on 07700 900123 about the group please."
    patient.loc[10:19, "what_was_good"] = "Staff were kind but I want to end my life and kill myself tonight."
    specs = dict(SPECS)
    stakeholder = specs["stakeholder-event"]
    specs["stakeholder-event"] = QuestionnaireSpec(
        stakeholder.slug,
        stakeholder.title,
        stakeholder.audience,
        False,
        stakeholder.questions,
        "stakeholder_event",
    )
    doc = build_report(data, specs, codebooks())
    groups = [b for b in doc.blocks() if isinstance(b, QuoteGroup)]
    texts = [q.text for g in groups for q in g.quotes]
    assert texts, "quotable questionnaires give quotes"
    for group in groups:
        quoted = [q.text.lower() for q in group.quotes]
        assert len(quoted) == len(set(quoted)), "each comment is quoted once"
    assert not any("07700 900123" in t for t in texts)
    assert not any("kill myself" in t for t in texts)
    assert not any(g.title.endswith(stakeholder.title) for g in groups)
    flagged = next(t for t in doc.tables() if t.id == "comments-coded-and-flagged")
    patient_row = next(r for r in flagged.rows if r[0] == SPECS["patient-experience"].title)
    assert patient_row[2] == "10"


def test_docx_and_markdown(tmp_path: Path) -> None:
    from docx import Document

    data = frames(30)
    data["patient-experience"].loc[0, "what_was_good"] = f"Staff were kind {XSS} and lovely"
    doc = build_report(data, SPECS, codebooks())
    write_docx(doc, tmp_path / "r.docx")
    opened = Document(str(tmp_path / "r.docx"))
    headings = [
        p.text for p in opened.paragraphs if p.style is not None and p.style.name.startswith("Heading")
    ]
    for title in ("Who responded", "Patient experience", "Emerging themes", "Method and caveats"):
        assert title in headings
    assert len(opened.tables) == len(doc.tables())
    assert len(opened.inline_shapes) == len(doc.charts())
    write_markdown(doc, tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert text.startswith("# ") and "## Method and caveats" in text
    assert "<script>" not in text


def test_report_from_frames_writes_everything(tmp_path: Path) -> None:
    out = tmp_path / "out"
    doc = report_from_frames(frames(30), SPECS, out, threshold=10, codebooks=codebooks())
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "report.docx",
        "report.html",
        "report.md",
        "report.pdf",
        "summaries",
        "suppression_log.csv",
    ]
    log = pd.read_csv(out / "suppression_log.csv")
    assert list(log.columns) == ["table", "row", "column", "reason"]
    assert len(log) == len(doc.suppression_log) > 0
    assert set(log["reason"]) <= {"primary: 1-9 responses", "secondary: recoverable by subtraction"}
    summary = pd.read_csv(out / "summaries" / "responses-by-questionnaire.csv", dtype=str)
    assert summary["responses"].tolist() == ["30", "30", "30", "90"]
    # Running again replaces the outputs and leaves no staging folder behind.
    report_from_frames(frames(30), SPECS, out, codebooks=codebooks())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_unknown_questionnaire_and_bad_threshold() -> None:
    with pytest.raises(ReportInputError, match="no questionnaire definition for: mystery"):
        build_report({"mystery": frames(5)["patient-experience"]}, SPECS, codebooks())
    with pytest.raises(ReportInputError, match="threshold"):
        build_report(frames(5), SPECS, codebooks(), threshold=0)


@pytest.mark.parametrize("threshold", [3, 5, 10])
def test_threshold_is_applied_everywhere(threshold: int) -> None:
    doc = build_report(frames(25), SPECS, codebooks(), threshold=threshold)
    log = doc.suppression_log
    assert set(log["reason"]) <= {
        f"primary: 1-{threshold - 1} responses",
        "secondary: recoverable by subtraction",
    }
    for table in doc.tables():
        if table.id in ("codebooks", "suppression-log"):
            continue
        for header, *cells in table.rows:
            for column, cell in zip(table.columns[1:], cells):
                if re.fullmatch(r"[\d,]+", cell) and "Mean" not in column:
                    value = int(cell.replace(",", ""))
                    assert value == 0 or value >= threshold, (table.id, header, column, cell)


def test_charts_never_show_hidden_values() -> None:
    doc = build_report(frames(12), SPECS, codebooks())
    for chart in doc.charts():
        cells = {row[0]: row for row in chart.table.rows}
        for bar in chart.bars:
            if bar.value is None:
                continue
            assert "*" not in bar.display
        assert all(b.label in cells for b in chart.bars)


def write_export(path: Path, frame: pd.DataFrame) -> Path:
    frame.to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL)
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        check=False,
    )


@pytest.fixture(scope="module")
def cli_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    for slug, frame in frames(20).items():
        write_export(folder / f"{slug}.csv", frame)
    (folder / "corrupt.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe garbage")
    (folder / "notes.txt").write_text("questionnaire,version\n", encoding="utf-8")
    return folder


def test_cli_corrupt_input_fails_cleanly(cli_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli(
        "--input",
        str(cli_inputs / "patient-experience.csv"),
        "--input",
        str(cli_inputs / "corrupt.csv"),
        "--out",
        str(out),
    )
    assert result.returncode == 2
    assert "corrupt.csv" in result.stderr and "error:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--input", "missing.csv"], "no such file"),
        (["--input", "notes.txt"], "missing column(s)"),
        (["--input", "patient-experience.csv", "--questionnaires", "nowhere"], "not a folder"),
    ],
)
def test_cli_bad_inputs(cli_inputs: Path, tmp_path: Path, extra: list[str], message: str) -> None:
    args = [str(cli_inputs / a) if a.endswith((".csv", ".txt")) else a for a in extra]
    result = run_cli(*args, "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_bad_threshold(cli_inputs: Path, tmp_path: Path) -> None:
    result = run_cli(
        "--input",
        str(cli_inputs / "patient-experience.csv"),
        "--threshold",
        "0",
        "--out",
        str(tmp_path / "o"),
    )
    assert result.returncode == 2 and "threshold must be 1 or more" in result.stderr


@pytest.mark.skipif(
    not all(
        (ROOT / "analysis" / "codebooks" / f"{n}.yaml").is_file() for n in ("workforce", "patient_experience")
    ),
    reason="the shipped codebooks have not landed yet",
)
def test_cli_writes_the_report_with_shipped_codebooks(cli_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    inputs = [
        a
        for slug in ("apprentice-survey", "patient-experience")
        for a in ("--input", str(cli_inputs / f"{slug}.csv"))
    ]
    result = run_cli(*inputs, "--threshold", "5", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote report.html" in result.stdout
    assert (
        (out / "report.html").is_file() and (out / "report.docx").is_file() and (out / "report.md").is_file()
    )
    assert (out / "suppression_log.csv").is_file() and any((out / "summaries").iterdir())
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Tell us about your care" in html and "Assistant Practitioner apprentice survey" in html


def test_only_the_codebooks_the_definitions_name_are_needed() -> None:
    def missing(name: str) -> Codebook:
        raise FileNotFoundError(f"no shipped codebook {name!r}")

    books = codebooks()
    resolved = resolve_codebooks(
        {"patient_experience": books["patient_experience"]}, ["patient_experience"], loader=missing
    )
    assert list(resolved) == ["patient_experience"]
    with pytest.raises(ReportInputError, match="codebook 'workforce' is not available"):
        resolve_codebooks({}, ["workforce"], loader=missing)


@pytest.mark.slow
def test_numbers_for_100k_responses() -> None:
    """Everything but text coding, for 100,000 responses (text answers left empty so nothing is coded)."""
    # How fast is bench/analysis.py's job; this checks the numbers hold together at that size.
    big = {
        slug: synthetic_frame(spec, n, seed)
        for seed, ((slug, spec), n) in enumerate(zip(SPECS.items(), (40_000, 30_000, 30_000)), start=1)
    }
    for slug, frame in big.items():
        for q in SPECS[slug].questions:
            if q.is_text:
                frame[q.key] = ""
    doc = build_report(big, SPECS, codebooks())
    html = render_html(doc)
    assert "100,000 responses" in html


def test_cli_reuses_the_last_report_only_for_identical_inputs(cli_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    source = tmp_path / "patient-experience.csv"
    source.write_bytes((cli_inputs / "patient-experience.csv").read_bytes())
    first = run_cli("--input", str(source), "--out", str(out))
    assert first.returncode == 0, first.stderr
    written = {
        p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.suffix != ".sqlite3"
    }
    (out / "report.md").write_text("edited by hand", encoding="utf-8")

    again = run_cli("--input", str(source), "--out", str(out))
    assert again.returncode == 0 and "unchanged" in again.stdout
    rewritten = {
        p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.suffix != ".sqlite3"
    }
    assert rewritten == written  # every output restored exactly, the hand edit replaced

    for changed in (["--threshold", "6"], []):
        if not changed:
            with source.open("a", encoding="utf-8") as handle:
                handle.write(source.read_text(encoding="utf-8").splitlines()[1] + "\n")
        rebuilt = run_cli("--input", str(source), "--out", str(out), *changed)
        assert rebuilt.returncode == 0 and "Wrote report.html" in rebuilt.stdout, rebuilt.stdout


def test_a_report_of_unchanged_inputs_loads_no_analysis_library(cli_inputs: Path, tmp_path: Path) -> None:
    """The answer from the cache imports neither pandas nor the text or chart engines (they cost a second)."""
    out = tmp_path / "report"
    args = ["report", "--input", str(cli_inputs / "stakeholder-event.csv"), "--out", str(out)]
    first = run_cli(*args[1:])
    assert first.returncode == 0, first.stderr
    html = (out / "report.html").read_bytes()
    (out / "report.html").unlink()
    probe = (
        "import json, sys\n"
        "from analysis.__main__ import main\n"
        f"code = main({args!r})\n"
        "heavy = ('pandas', 'numpy', 'matplotlib', 'textblob', 'nltk', 'docx', 'analysis.text.coding')\n"
        "print(json.dumps([code, [name for name in heavy if name in sys.modules]]))\n"
    )
    again = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout
    assert json.loads(again.stdout.splitlines()[-1]) == [0, []]
    assert (out / "report.html").read_bytes() == html


def test_charts_drawn_together_are_the_charts_drawn_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.report import charts as charts_module

    doc = build_report(frames(30), SPECS, codebooks())
    charts = doc.charts()[:5]
    assert len(charts) == 5
    one_by_one = [charts_module.chart_png(chart) for chart in charts]
    # In worker processes (the test runner is single-threaded, so they are forked) ...
    assert charts_module.start_method() == "fork"
    assert charts_module.chart_pngs(charts) == one_by_one
    # ... and in this process, when workers would have to be spawned.
    monkeypatch.setattr(charts_module, "start_method", lambda: "spawn")

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a spawned pool would import matplotlib again")

    monkeypatch.setattr(charts_module, "ProcessPoolExecutor", no_pool)
    assert charts_module.chart_pngs(charts) == one_by_one


def _with_link_tags(frame: pd.DataFrame, tags: dict[str, list[str]]) -> pd.DataFrame:
    """The frame as the export writes it: link tags before the answers, so a key can appear twice."""
    base = list(BASE_COLUMNS)
    return pd.concat([frame[base], pd.DataFrame(tags, index=frame.index), frame.drop(columns=base)], axis=1)


def test_a_region_is_one_row_however_tags_spell_it_and_tags_are_not_answers() -> None:
    n = 40
    apprentice = synthetic_frame(SPECS["apprentice-survey"], n, 3)
    apprentice["region"] = ["north_west"] * 10 + [""] * 30
    patient = synthetic_frame(SPECS["patient-experience"], n, 4)
    data = {
        # Half the apprentices came through a link tagged by hand "north-west", the rest through
        # one tagged "North East & Yorkshire"; ten answered the region question themselves.
        "apprentice-survey": _with_link_tags(
            apprentice, {"region": ["north-west"] * 20 + ["North East & Yorkshire"] * 20}
        ),
        # The patient questionnaire asks no region: its tags, in two spellings, are all there is.
        "patient-experience": _with_link_tags(patient, {"region": ["North West"] * 25 + ["north-west"] * 15}),
    }
    doc = build_report(data, SPECS, codebooks())
    tables = {t.id: t for t in doc.tables()}

    by_region = {row[0]: row[1:] for row in tables["responses-by-region"].rows}
    assert set(by_region) == {"North West", "North East and Yorkshire"}
    apprentice_col = (
        tables["responses-by-region"].columns.index("Assistant Practitioner apprentice survey") - 1
    )
    assert by_region["North West"][apprentice_col] == "20"  # 10 answers + 10 unanswered via the link
    assert by_region["North East and Yorkshire"][apprentice_col] == "20"
    assert by_region["North West"][-1] == "60"  # with all 40 patients

    # The region question has no table of its own that would count North West as 10 (the answers
    # alone) beside the 20 above: it points to the one table that counts the group.
    assert "apprentice-survey-region" not in tables
    pointers = [b.text for b in doc.blocks() if isinstance(b, Paragraph) and "Responses by region" in b.text]
    assert pointers and pointers[0].startswith("Which region do you work in?")


def _group_counts(doc, header: str) -> dict[str, dict[str, str]]:
    """Every table whose rows are groups of ``header``: its id, then each row's first count."""
    found: dict[str, dict[str, str]] = {}
    for table in doc.tables():
        if table.columns and table.columns[0] == header:
            found[table.id] = {row[0]: row[1] for row in table.rows}
    return found


def test_every_table_that_shows_an_event_gives_it_one_count() -> None:
    n = 60
    spec = SPECS["stakeholder-event"]
    frame = synthetic_frame(spec, n, 5)
    options = list(spec.question("event_session").options)
    # 20 answered the event question through a link tagged with another event; 40 came through a
    # link tagged "Leeds showcase" and 10 of them left the question blank.
    frame["event"] = ["Manchester launch"] * 20 + ["Leeds showcase"] * 40
    frame["event_session"] = [options[0]] * 20 + [options[1]] * 30 + [""] * 10
    doc = build_report({"stakeholder-event": frame}, SPECS, codebooks(), threshold=5)
    tables = {t.id: t for t in doc.tables()}
    labels = spec.question("event_session").all_options()
    by_event = {row[0]: row[1] for row in tables["responses-by-event"].rows}
    # The respondent's answer first, the link's tag otherwise.
    assert by_event == {labels[options[0]]: "20", labels[options[1]]: "30", "Leeds showcase": "10"}
    assert "Manchester launch" not in by_event
    assert "stakeholder-event-event_session" not in tables
    # Every other table of events gives each event at most the responses it has, never another count of
    # the same group: rating tables count those who answered the rating, a part of the group.
    for table_id, rows in _group_counts(doc, "Event").items():
        for event, count in rows.items():
            if event in by_event and count.isdigit():
                assert int(count) <= int(by_event[event]), table_id


def test_months_and_links_are_shown_by_name() -> None:
    frame = synthetic_frame(SPECS["apprentice-survey"], 40, 3)
    frame["submitted_on"] = ["2026-03-04"] * 20 + ["2026-04-09"] * 20
    frame["link_code"] = ["bunruv"] * 25 + ["x7k2pq"] * 15
    names = {"bunruv": "Leeds cohort 3 launch", "x7k2pq": "Spring drop-in"}
    doc = build_report({"apprentice-survey": frame}, SPECS, codebooks(), link_names=names)
    tables = {t.id: t for t in doc.tables()}
    assert [row[0] for row in tables["responses-by-month"].rows] == ["March 2026", "April 2026"]
    assert {row[0] for row in tables["responses-by-link"].rows} == {"Leeds cohort 3 launch", "Spring drop-in"}
    assert "bunruv" not in render_html(doc)
    # Without names (the command line reads only the exports) the codes are all there is.
    plain = build_report({"apprentice-survey": frame}, SPECS, codebooks())
    assert {row[0] for row in {t.id: t for t in plain.tables()}["responses-by-link"].rows} == {
        "bunruv",
        "x7k2pq",
    }


def test_one_questionnaire_has_no_total_column_or_single_bar_chart() -> None:
    slug = "apprentice-survey"
    doc = build_report({slug: synthetic_frame(SPECS[slug], 40, 3)}, SPECS, codebooks())
    tables = {t.id: t for t in doc.tables()}
    assert tables["responses-by-questionnaire"].rows == [["Assistant Practitioner apprentice survey", "40"]]
    assert "responses-by-questionnaire-chart" not in {c.id for c in doc.charts()}
    assert tables["responses-by-month"].columns == ["Month", "Assistant Practitioner apprentice survey"]


def test_words_in_tables_are_aligned_as_words(tmp_path: Path) -> None:
    doc = build_report(frames(25), SPECS, codebooks())
    tables = {t.id: t for t in doc.tables()}
    log = tables["suppression-log"]
    assert [log.is_numeric(i) for i in range(4)] == [False, False, False, False]
    assert [tables["codebooks"].is_numeric(i) for i in range(4)] == [False, False, True, False]
    assert tables["responses-by-month"].is_numeric(1)
    html = render_html(doc)
    assert '<td class="text">primary: 1-4 responses</td>' in html
    markdown = write_markdown(doc, tmp_path / "report.md").read_text(encoding="utf-8")
    assert "| Table | Row | Column | Reason |\n| --- | --- | --- | --- |" in markdown


def _rating_frame(counts: list[int]) -> pd.DataFrame:
    """Stakeholder responses whose 0-10 rating has exactly these counts, split over two events."""
    ratings = [str(score) for score, count in enumerate(counts) for _ in range(count)]
    frame = synthetic_frame(SPECS["stakeholder-event"], len(ratings), 7)
    frame["likelihood_take_up"] = ratings
    frame["event"] = ["Leeds showcase" if i % 2 else "Manchester launch" for i in range(len(ratings))]
    frame["event_session"] = ""  # no answer, so each response's event is its link's tag
    return frame


def _mean_rows(doc) -> tuple[list[str], list[list[str]]]:
    tables = {t.id: t for t in doc.tables()}
    return (
        tables["stakeholder-event-likelihood_take_up-mean"].rows[0],
        tables["stakeholder-event-likelihood_take_up-by-event"].rows,
    )


def test_a_mean_beside_hidden_counts_is_shown_only_as_far_as_it_is_safe() -> None:
    # Five hidden cells of 1 to 4 that the mean and interval to two decimals would pin down but the
    # mean to one decimal cannot (checked exhaustively, as in test_suppression).
    counts = [1, 2, 1, 9, 3, 4, 8, 15, 17, 22, 15]
    doc = build_report({"stakeholder-event": _rating_frame(counts)}, SPECS, codebooks())
    overall, by_event = _mean_rows(doc)
    scores = [s for s, c in enumerate(counts) for _ in range(c)]
    assert overall == ["All who answered", "97", f"{np.mean(scores):.1f}", "*", "*"]
    # Every event's size and mean would give the overall mean back: no more precise than it is.
    frame = _rating_frame(counts)
    by_name = frame.groupby("event")["likelihood_take_up"].apply(lambda v: v.astype(int).mean())
    assert [row[1:] for row in by_event] == [
        ["48", f"{by_name['Leeds showcase']:.1f}", "*", "*"],
        ["49", f"{by_name['Manchester launch']:.1f}", "*", "*"],
    ]
    # The summary file carries what the page shows.
    summary = doc.summaries["stakeholder-event-likelihood_take_up-mean"]
    assert summary.loc[0, ["mean", "mean_low", "mean_high"]].tolist() == [f"{np.mean(scores):.1f}", "*", "*"]

    # Five hidden cells that even the mean and interval to two decimals leave open: shown in full.
    counts = [2, 3, 1, 9, 2, 4, 8, 15, 17, 22, 15]
    doc = build_report({"stakeholder-event": _rating_frame(counts)}, SPECS, codebooks())
    overall, by_event = _mean_rows(doc)
    scores = [s for s, c in enumerate(counts) for _ in range(c)]
    assert overall[2] == f"{np.mean(scores):.2f}" and overall[3] != "*"
    assert all(row[2] != "*" for row in by_event)


def test_a_mean_that_would_give_hidden_counts_away_stays_hidden() -> None:
    # One response at 0 and two at 10 beside forty at 5: any mean tells the two hidden cells apart.
    counts = [1, 0, 0, 0, 0, 40, 0, 0, 0, 0, 2]
    doc = build_report({"stakeholder-event": _rating_frame(counts)}, SPECS, codebooks())
    overall, by_event = _mean_rows(doc)
    assert overall[2:] == ["*", "*", "*"]
    assert all(row[2:] == ["*", "*", "*"] for row in by_event)


def test_a_mean_beside_no_hidden_count_is_shown_in_full() -> None:
    counts = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6]
    doc = build_report({"stakeholder-event": _rating_frame(counts)}, SPECS, codebooks())
    overall, by_event = _mean_rows(doc)
    assert overall[2] == "5.09" and overall[3] != "*"
    assert all(row[2] != "*" for row in by_event)


def test_likert_means_beside_hidden_counts_follow_the_same_rule() -> None:
    from analysis.suppression import mean_hides_counts, suppression_mask

    levels = ["strongly_agree", "agree", "neither", "disagree", "strongly_disagree"]
    rows = {
        "useful": [30, 40, 2, 1, 3],  # three hidden levels
        "relevant": [1, 40, 30, 0, 0],  # one hidden level and its secondary
        "role_clearer": [20, 20, 20, 20, 20],  # nothing hidden
    }
    n = 100
    frame = synthetic_frame(SPECS["stakeholder-event"], n, 8)
    for key, counts in rows.items():
        answers = [lvl for lvl, c in zip(levels, counts) for _ in range(c)]
        frame[f"session_ratings.{key}"] = answers + [""] * (n - len(answers))
    doc = build_report({"stakeholder-event": frame}, SPECS, codebooks())
    table = {t.id: t for t in doc.tables()}["stakeholder-event-session_ratings"]
    shown = {row[0]: row[-3:] for row in table.rows}
    labels = SPECS["stakeholder-event"].question("session_ratings").statements
    scores = [5.0, 4.0, 3.0, 2.0, 1.0]
    for key, counts in rows.items():
        primary, secondary = suppression_mask(np.array([[*counts, sum(counts)]], dtype=float), 5, "rows")
        p, q = primary[0, :-1].tolist(), secondary[0, :-1].tolist()
        cells = shown[labels[key]]
        if not (any(p) or any(q)) or mean_hides_counts(scores, counts, p, q, 5):
            assert "*" not in cells, key
        elif mean_hides_counts(scores, counts, p, q, 5, decimals=1, interval=False):
            assert cells[1:] == ["*", "*"] and re.fullmatch(r"\d\.\d", cells[0]), key
        else:
            assert cells == ["*", "*", "*"], key
    # The row with nothing hidden shows its mean to two decimals.
    assert shown[labels["role_clearer"]][0] == "3.00"


def test_every_public_name_of_the_report_package_resolves() -> None:
    """The package loads its names on first use; each listed name is found in one of its modules."""
    import analysis.report as report_package

    for name in report_package.__all__:
        assert getattr(report_package, name) is not None
    with pytest.raises(AttributeError):
        report_package.no_such_name
