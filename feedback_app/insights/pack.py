"""Downloads made by the analysis engine: the lessons-learnt report and a questionnaire's analysis pack."""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pandas as pd

from analysis.cache import AnalysisCache, source_fingerprint
from analysis.report import build_report
from analysis.report.html import render_html
from analysis.report.pdf import render_pdf
from analysis.report.slides import chart_files
from analysis.report.writers import write_docx, write_summaries
from analysis.text.coding import CODED_COLUMNS, SHIPPED_CODEBOOKS
from analysis.text.redaction import REMOVED
from analysis.text.review import REVIEW_RULE

from .. import audit
from ..analysis_cache import open_analysis_cache
from ..models import today
from ..questionnaires.store import get_by_slug
from ..responses.downloads import DICTIONARY_COLUMNS, Download, csv_lines, dictionary_rows
from ..responses.exports import Cell, Column, export_table
from ..responses.filters import ResponseFilter
from ..team.accounts import SignedInMember
from .analysis import Analysis, analyse, coded_comments, suppression_threshold
from .frames import expected_responses, link_names, report_inputs
from .recommendations import recommendations_for_report
from .reviews import reviewed_coder

# The engine's columns as the team's reviews left them, and which comments a member reviewed.
THEME_COLUMNS = ("reference", "question", "codebook", *CODED_COLUMNS, "reviewed", "quote_approved")


REPORT_TYPES = {
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


ZIP_TYPE = "application/zip"


LIMITS = (
    "Automated coding is rule-based: codebook phrases and patterns with negation handling, a sentiment "
    f"score, redaction of {REMOVED}, and a risk "
    "flag for possible disclosures of suicide or self-harm, abuse, bullying of staff, unsafe staffing, "
    "medication errors or unsafe care, from word cues and, where no cue applies, a statistical model "
    "trained on comments the team wrote and labelled. It cannot understand "
    "sarcasm, context, mixed or implied meaning reliably; it misses themes worded in ways the codebooks "
    "do not anticipate; its redaction can miss unusual identifying details; and a risk flag is a safety "
    "net, not a substitute for a person reading every comment. Read themes as a guide to where to look, "
    "not as measurements."
)


# Told of each stage a build reaches, with how far along it is (per cent): the report job's progress.
Stage = Callable[[str, int], None]


def _no_stage(_text: str, _percent: int) -> None:
    """A build asked for in the request has nobody to tell."""


@dataclass(frozen=True)
class BuiltFile:
    """A report or pack made, and what its download's audit event says of it (never an answer)."""

    filename: str
    mimetype: str
    body: bytes
    rows: int
    audit_action: str
    audit_target: str
    audit_detail: dict[str, Any]


def _single(chunk: bytes) -> Iterator[bytes]:
    yield chunk


def as_download(member: SignedInMember, built: BuiltFile) -> Download:
    """Record the download in the audit log, as every download is, and hand the file over."""
    audit.record(member, built.audit_action, built.audit_target, **built.audit_detail)
    return Download(
        filename=built.filename, mimetype=built.mimetype, rows=built.rows, chunks=_single(built.body)
    )


def report_known(fmt_name: str, slug: str | None) -> bool:
    """Whether a report can be asked for: a known format, and a known questionnaire (or every one)."""
    return fmt_name in REPORT_TYPES and (slug is None or get_by_slug(slug) is not None)


def _report_filename(fmt_name: str, slug: str | None) -> str:
    """The lessons-learnt report's file name: which questionnaire, today's date, the format."""
    return f"lessons-learnt-report-{slug or 'all'}-{today().isoformat()}.{fmt_name}"


def _pack_filename(slug: str) -> str:
    """The analysis pack's file name: the questionnaire and today's date."""
    return f"{slug}-analysis-pack-{today().isoformat()}.zip"


def lessons_learnt_report_head(fmt_name: str, slug: str | None = None) -> Download | None:
    """What a HEAD request for the report is told: its name and type, with nothing built or audited.

    Building a report takes seconds and a HEAD carries no file, so its headers are given without one
    (RFC 9110 lets a HEAD leave out the length, which only the content decides).
    """
    if not report_known(fmt_name, slug):
        return None
    return Download(_report_filename(fmt_name, slug), REPORT_TYPES[fmt_name], 0, iter(()))


def analysis_pack_head(slug: str) -> Download | None:
    """What a HEAD request for the analysis pack is told: its name and type, with nothing built or audited."""
    if get_by_slug(slug) is None:
        return None
    return Download(_pack_filename(slug), ZIP_TYPE, 0, iter(()))


def build_lessons_learnt_report(
    fmt_name: str, slug: str | None, cache: AnalysisCache, stage: Stage = _no_stage
) -> BuiltFile | None:
    """The lessons-learnt report (every questionnaire, or one) as HTML, Word or PDF; None when unknown."""
    if not report_known(fmt_name, slug):
        return None
    stage("Reading responses", 5)
    frames, specs = report_inputs([slug] if slug else [])
    stage("Coding comments", 10)
    document = build_report(
        frames,
        specs,
        threshold=suppression_threshold(),
        today=today(),
        coder=reviewed_coder(cache.code, list(frames)),
        link_names=link_names(list(frames)),
        recommendations=recommendations_for_report(),
        expected_responses=expected_responses(list(frames)),
    )
    stage("Drawing charts and writing the file", 85)
    if fmt_name == "html":
        body = render_html(document).encode("utf-8")
    elif fmt_name == "pdf":
        body = render_pdf(document)
    else:
        with tempfile.TemporaryDirectory(prefix="feedback-report-") as folder:
            body = write_docx(document, Path(folder) / "report.docx", cache.chart_pngs).read_bytes()
    responses = sum(len(frame) for frame in frames.values())
    return BuiltFile(
        filename=_report_filename(fmt_name, slug),
        mimetype=REPORT_TYPES[fmt_name],
        body=body,
        rows=responses,
        audit_action="report downloaded",
        audit_target=slug or "all questionnaires",
        audit_detail={"format": fmt_name, "responses": responses},
    )


def lessons_learnt_report(member: SignedInMember, fmt_name: str, slug: str | None = None) -> Download | None:
    """The lessons-learnt report made in the request, recorded in the audit log; None when unknown."""
    with open_analysis_cache() as cache:
        built = build_lessons_learnt_report(fmt_name, slug, cache)
    return None if built is None else as_download(member, built)


def _csv_bytes(header: Sequence[str], rows: Iterator[list[Cell]]) -> bytes:
    """A formula-safe CSV (the downloads' writer) as one piece of bytes."""
    return b"".join(csv_lines(list(header), rows))


def _theme_rows(coded: pd.DataFrame) -> Iterator[list[Cell]]:
    """Each comment's coding (reviewed codes where a member reviewed it): redacted text only, never
    what the respondent typed."""
    for row in coded.to_dict("records"):
        cells: list[Cell] = []
        for column in THEME_COLUMNS:
            value = row[column]
            if column == "polarity":
                cells.append(f"{float(cast(float, value)):.3f}")
            elif column in ("risk_flag", "reviewed"):
                cells.append("true" if bool(value) else "false")
            else:
                cells.append(str(value))
        yield cells


def _coded_questions(analysis: Analysis, name: str) -> str:
    """The coded questions a codebook codes, by key ("no coded questions" when none)."""
    spec = analysis.spec
    keys = [q.key for q in spec.coded_text_questions() if spec.codebook_of(q) == name]
    return ", ".join(keys) if keys else "no coded questions"


def _readme(analysis: Analysis, made_by: str, coded: pd.DataFrame) -> str:
    """How the pack was made, for whoever opens it later."""
    reviewed, coded_count = int(coded["reviewed"].astype(bool).sum()), len(coded)
    detail = analysis.response_filter.audit_detail()
    filters = "; ".join(f"{key} = {value}" for key, value in detail.items()) or "none (every response)"
    books = "\n".join(
        f"  - {name} (version {b.version}, checksum {b.checksum[:12]}): {_coded_questions(analysis, name)}"
        for name, b in analysis.codebooks.items()
    )
    threshold = analysis.document.threshold
    return f"""Analysis pack: {analysis.questionnaire.title} ({analysis.questionnaire.slug})

Made on {today().isoformat()} by {made_by} from the responses stored at that moment.
Filters: {filters}
Responses included: {len(analysis.frame):,}
Small-number threshold: counts of 1 to {threshold - 1} are hidden (shown as *) in every summary file,
with any second figure that would let them be worked out by subtraction; see suppression_log.csv.
Comments reviewed by the team: {reviewed:,} of {coded_count:,} coded comments. A reviewed comment's themes,
stances, sentiment and risk flag are the team's, not the engine's, in every file here.
{REVIEW_RULE}

Files
  data.csv               one row per response, one column per answer (answers in words), formula-safe:
                         a text cell a spreadsheet would run as a formula starts with an apostrophe.
                         It holds what respondents typed: keep it on NHS systems, delete it when done.
  data_dictionary.csv    each column of data.csv: key, question wording, type, codes and labels
  theme_assignments.csv  each coded comment: reference, question, the codebook it was coded with,
                         themes, each theme's stance (barrier, not_a_barrier, positive or mention) and
                         sentiment, the rules that matched, sentiment and polarity, its redacted text,
                         whether it was flagged for risk, the risk category and the reason (never the
                         comment's words), whether a team member reviewed it, and the themes under
                         which a reviewer approved its quote for publication
  summaries/*.csv        the report's summary tables, after small-number suppression; each *-themes.csv
                         counts a theme's comments by the theme's own sentiment and by stance
                         (stance_barrier, stance_not_a_barrier, stance_positive, stance_mention)
  suppression_log.csv    every hidden figure and why
  report.pdf             the report of the responses in this pack (A4, tagged, with bookmarks)
  charts/*.png, *.svg    every chart of the report sized for a 16:9 slide (1600 x 900 pixels), named
                         by its section and title, with charts/*.csv holding the figures it shows
                         (the same suppressed figures as the report's table under the chart)
  codebooks/*.yaml       the codebooks the comments were coded with

Codebooks (each comment is coded only with the one its question's definition names):
{books}
Engine: the analysis package's text engine (rules and a learned reading of risk), {source_fingerprint()[:12]}.

What automated coding cannot do
{LIMITS}
"""


def build_analysis_pack(
    slug: str, response_filter: ResponseFilter, made_by: str, cache: AnalysisCache, stage: Stage = _no_stage
) -> BuiltFile | None:
    """The analysis pack ZIP of one questionnaire's filtered responses; None when there is no such one.

    Built in a temporary folder and an in-memory buffer, so nothing is left on disk.
    """
    stage("Reading responses", 5)
    if get_by_slug(slug) is None:
        return None
    stage("Coding comments", 10)
    analysis = analyse(slug, response_filter, cache)
    if analysis is None:
        return None
    coded = coded_comments(analysis.frame, analysis.spec, cache) if analysis.sharing.allowed else None
    stage("Drawing charts and writing the file", 85)
    # The dictionary describes every column the questionnaire's versions have, whatever the filter.
    columns = export_table(analysis.questionnaire, pin=False).columns
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as pack:
        if coded is None:
            _write_withheld_pack(pack, analysis, made_by, columns)
        else:
            _write_pack(pack, analysis, made_by, coded, columns)
    responses = len(analysis.frame) if analysis.sharing.allowed else 0
    return BuiltFile(
        filename=_pack_filename(slug),
        mimetype=ZIP_TYPE,
        body=buffer.getvalue(),
        rows=responses,
        audit_action="analysis pack downloaded",
        audit_target=slug,
        audit_detail={
            "responses": responses,
            "threshold": analysis.document.threshold,
            "withheld": not analysis.sharing.allowed,
            "filters": analysis.response_filter.audit_detail(),
        },
    )


def analysis_pack(member: SignedInMember, slug: str, response_filter: ResponseFilter) -> Download | None:
    """The analysis pack made in the request, recorded in the audit log; None when there is no such one."""
    with open_analysis_cache() as cache:
        built = build_analysis_pack(slug, response_filter, member.email, cache)
    return None if built is None else as_download(member, built)


def _write_withheld_pack(
    pack: zipfile.ZipFile, analysis: Analysis, made_by: str, columns: Sequence[Column]
) -> None:
    """A pack for a group the sharing rule withholds: why, the dictionary and codebooks, no answers."""
    detail = analysis.response_filter.audit_detail()
    filters = "; ".join(f"{key} = {value}" for key, value in detail.items())
    pack.writestr(
        "README.txt",
        f"""Analysis pack: {analysis.questionnaire.title} ({analysis.questionnaire.slug})

Made on {today().isoformat()} by {made_by}.
Filters: {filters}

Withheld: no data, summaries, theme assignments or quotes are in this pack.
{analysis.sharing.withheld}

Choose wider filters, or download the pack of every response. Signed-in team members can still
read each response in the response browser.
""",
    )
    pack.writestr("data_dictionary.csv", _csv_bytes(DICTIONARY_COLUMNS, dictionary_rows(columns)))
    for name in analysis.codebooks:
        pack.write(SHIPPED_CODEBOOKS / f"{name}.yaml", f"codebooks/{name}.yaml")


def _write_pack(
    pack: zipfile.ZipFile, analysis: Analysis, made_by: str, coded: pd.DataFrame, columns: Sequence[Column]
) -> None:
    """The pack's files: README, data, dictionary, theme assignments, codebooks, summaries, PDF and charts."""
    # The same rows the sharing rule checked (its conditions pin them).
    table = export_table(analysis.questionnaire, analysis.sharing.conditions)
    pack.writestr("README.txt", _readme(analysis, made_by, coded))
    pack.writestr("data.csv", _csv_bytes(table.header, table.rows()))
    pack.writestr("data_dictionary.csv", _csv_bytes(DICTIONARY_COLUMNS, dictionary_rows(columns)))
    pack.writestr("theme_assignments.csv", _csv_bytes(THEME_COLUMNS, _theme_rows(coded)))
    for name in analysis.codebooks:
        pack.write(SHIPPED_CODEBOOKS / f"{name}.yaml", f"codebooks/{name}.yaml")
    with tempfile.TemporaryDirectory(prefix="feedback-pack-") as folder:
        for path in write_summaries(analysis.document, folder):
            pack.write(path, path.relative_to(folder).as_posix())
    pack.writestr("report.pdf", render_pdf(analysis.document))
    for name, body in chart_files(analysis.document).items():
        pack.writestr(name, body)
