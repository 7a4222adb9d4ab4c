"""Services for the team area's analysis: the analysis page, risk-flagged comments, reports and the pack.

Everything here goes through the analysis engine (`analysis.report.build_report` and the text coder,
behind the AnalysisCache in the instance folder), on the responses chosen by the same `ResponseFilter`
as the response browser, so a figure on screen, in a report and in a download agree.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pandas as pd
from flask import current_app
from sqlalchemy import select

from analysis.cache import AnalysisCache, source_fingerprint
from analysis.codebook import Codebook
from analysis.report import ReportDocument, Section, build_report
from analysis.report.build import AUDIENCE_CODEBOOKS, AUDIENCE_SECTIONS, fmt, resolve_codebooks
from analysis.report.writers import render_html, write_docx, write_summaries
from analysis.schema import QuestionnaireSpec
from analysis.text import CODED_COLUMNS, SHIPPED_CODEBOOKS

from ..extensions import db
from ..models import CollectionLink, Questionnaire, today
from ..questionnaires.store import get_by_slug
from ..responses.browse import FilterChoices, ResponseFilter, filter_conditions, tag_choices, tag_options
from ..responses.downloads import BASE_DESCRIPTIONS, Download, csv_lines
from ..responses.exports import BASE_COLUMNS, TAG_COLUMNS, Cell, export_table
from ..team.accounts import SignedInMember, record
from .frames import analysis_cache_path, questionnaire_spec, report_inputs, response_frame

# Sections of the engine's report that concern one questionnaire (the other audiences' are empty).
SHARED_SECTIONS = ("who-responded", "emerging-themes", "method")
FLAGGED_TABLE = "comments-coded-and-flagged"
THEME_COLUMNS = ("reference", "question", *CODED_COLUMNS)
DICTIONARY_COLUMNS = ("key", "question", "type", "codes and labels")
REPORT_TYPES = {
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
ZIP_TYPE = "application/zip"
LIMITS = (
    "Automated coding is rule-based: codebook phrases and patterns with negation handling, a sentiment "
    "score, redaction of names, phone numbers, NHS numbers, e-mail addresses and postcodes, and a risk "
    "flag for possible disclosures of self-harm, suicide, abuse or feeling unsafe. It cannot understand "
    "sarcasm, context, mixed or implied meaning reliably; it misses themes worded in ways the codebooks "
    "do not anticipate; its redaction can miss unusual identifying details; and a risk flag is a safety "
    "net, not a substitute for a person reading every comment. Read themes as a guide to where to look, "
    "not as measurements."
)


def _threshold() -> int:
    return int(current_app.config["SUPPRESSION_THRESHOLD"])


def _codebooks(spec: QuestionnaireSpec) -> list[Codebook]:
    """The codebooks the engine codes this questionnaire's comments with, in the engine's order."""
    resolved = resolve_codebooks(None, [spec.audience])
    return [resolved[name] for name in AUDIENCE_CODEBOOKS[spec.audience]]


def _scoped(slug: str, response_filter: ResponseFilter) -> ResponseFilter:
    """The filter with the questionnaire fixed by the URL, whatever the query string said."""
    return ResponseFilter(
        questionnaire=slug,
        version=response_filter.version,
        submitted_from=response_filter.submitted_from,
        submitted_to=response_filter.submitted_to,
        link=response_filter.link,
        tags=dict(response_filter.tags),
        search=response_filter.search,
    )


def analysis_filter_choices(slug: str) -> FilterChoices:
    """The filter form's choices for one questionnaire: only its own links and their tag values."""
    found = db.session.scalars(
        select(CollectionLink)
        .join(Questionnaire, Questionnaire.id == CollectionLink.questionnaire_id)
        .where(Questionnaire.slug == slug)
        .order_by(CollectionLink.name)
    ).all()
    options = tag_options(db.session.scalars(select(Questionnaire).where(Questionnaire.slug == slug)))
    return FilterChoices([], [(link.code, link.name) for link in found], tag_choices(found, options))


# ---------------------------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class Analysis:
    """One questionnaire's filtered responses, as the engine read and reported them."""

    questionnaire: Questionnaire
    response_filter: ResponseFilter
    spec: QuestionnaireSpec
    frame: pd.DataFrame
    document: ReportDocument
    codebooks: list[Codebook]


def _analyse(questionnaire: Questionnaire, response_filter: ResponseFilter, cache: AnalysisCache) -> Analysis:
    """Build the engine's report for one questionnaire's filtered responses."""
    spec = questionnaire_spec(questionnaire)
    frame = response_frame(questionnaire, filter_conditions(response_filter))
    document = build_report(
        {questionnaire.slug: frame},
        {questionnaire.slug: spec},
        threshold=_threshold(),
        title=f"{questionnaire.title}: analysis",
        today=today(),
        coder=cache.code,
    )
    return Analysis(questionnaire, response_filter, spec, frame, document, _codebooks(spec))


@dataclass(frozen=True)
class AnalysisPage:
    """What the analysis page shows: the engine's sections for the questionnaire and the flagged count."""

    questionnaire: Questionnaire
    response_filter: ResponseFilter
    document: ReportDocument
    sections: list[Section]
    flagged: str


def _flagged_figure(analysis: Analysis) -> str:
    """The engine's (suppressed) count of flagged comments for the questionnaire, formatted."""
    summary = analysis.document.summaries.get(FLAGGED_TABLE)
    if summary is None:
        return fmt(0, "count")
    row = summary[summary["row"] == analysis.spec.title]
    return fmt(row["flagged"].iloc[0], "count") if not row.empty else fmt(0, "count")


def analysis_page(slug: str, response_filter: ResponseFilter) -> AnalysisPage | None:
    """The analysis of one questionnaire's filtered responses; None when there is no such questionnaire."""
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    scoped = _scoped(slug, response_filter)
    with AnalysisCache(analysis_cache_path()) as cache:
        analysis = _analyse(questionnaire, scoped, cache)
    own = {sid for audience, sid, _ in AUDIENCE_SECTIONS if audience == analysis.spec.audience}
    sections = [s for s in analysis.document.sections if s.id in own or s.id in SHARED_SECTIONS]
    return AnalysisPage(questionnaire, scoped, analysis.document, sections, _flagged_figure(analysis))


# ---------------------------------------------------------------------------------------------- comments


def _text_questions(spec: QuestionnaireSpec, coded_only: bool) -> list[tuple[str, str, str]]:
    """(answer key, wording, prompt) of the typed answers to code; "other" text too unless coded_only."""
    found: list[tuple[str, str, str]] = []
    for question in spec.questions:
        if question.is_text and (question.prompt or not coded_only):
            found.append((question.key, question.label, question.prompt or ""))
        if question.other and not coded_only:
            found.append((question.other_key, f"{question.label}: other, please specify", ""))
    return found


def coded_comments(
    frame: pd.DataFrame, spec: QuestionnaireSpec, cache: AnalysisCache, coded_only: bool = True
) -> pd.DataFrame:
    """One row per typed answer with its reference, date, question and the engine's features.

    With `coded_only`, only the questions the engine codes (those with a prompt), as in the report;
    otherwise every typed answer, so the risk check misses no free text.
    """
    parts = []
    for key, wording, prompt in _text_questions(spec, coded_only):
        if key not in frame.columns:
            continue
        answered = frame[frame[key].fillna("").str.strip() != ""]
        if answered.empty:
            continue
        parts.append(
            pd.DataFrame(
                {
                    "reference": answered["reference"].to_numpy(),
                    "submitted_on": answered["submitted_on"].to_numpy(),
                    "question": key,
                    "wording": wording,
                    "text": answered[key].to_numpy(),
                    "prompt": prompt,
                }
            )
        )
    columns = ["reference", "submitted_on", "question", "wording", "text", "prompt"]
    comments = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    if comments.empty:
        empty = pd.DataFrame(columns=[*columns, *CODED_COLUMNS])
        return empty.astype({"risk_flag": bool})
    return cache.code(comments, _codebooks(spec))


@dataclass(frozen=True)
class FlaggedComment:
    """One comment flagged as a possible disclosure of risk, in full, for a person to read and act on."""

    reference: str
    question: str
    submitted_on: str
    text: str


@dataclass(frozen=True)
class FlaggedList:
    """Every flagged comment of one questionnaire's filtered responses, newest first."""

    questionnaire: Questionnaire
    response_filter: ResponseFilter
    comments: list[FlaggedComment]


def flagged_comments(slug: str, response_filter: ResponseFilter) -> FlaggedList | None:
    """The comments the engine flags for risk; None when there is no such questionnaire."""
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    scoped = _scoped(slug, response_filter)
    spec = questionnaire_spec(questionnaire)
    frame = response_frame(questionnaire, filter_conditions(scoped))
    with AnalysisCache(analysis_cache_path()) as cache:
        coded = coded_comments(frame, spec, cache, coded_only=False)
    flagged = coded[coded["risk_flag"].astype(bool)].iloc[::-1]
    comments = [
        FlaggedComment(str(r.reference), str(r.wording), str(r.submitted_on), str(r.text))
        for r in flagged.itertuples(index=False)
    ]
    return FlaggedList(questionnaire, scoped, comments)


@dataclass(frozen=True)
class CommentCoding:
    """What the engine made of one typed answer: theme labels, the rules that matched, sentiment, risk."""

    themes: list[str]
    theme_rules: list[str]
    sentiment: str
    polarity: float
    risk_flag: bool


def comment_codings(questionnaire: Questionnaire, answers: dict[str, list[str]]) -> dict[str, CommentCoding]:
    """The engine's coding of each answered coded text question of one response, by answer key."""
    spec = questionnaire_spec(questionnaire)
    rows = [
        {"question": key, "text": "\n".join(answers[key]), "prompt": prompt}
        for key, _wording, prompt in _text_questions(spec, coded_only=True)
        if any(value.strip() for value in answers.get(key, []))
    ]
    if not rows:
        return {}
    books = _codebooks(spec)
    labels = {theme.key: theme.label for book in books for theme in book.themes}
    with AnalysisCache(analysis_cache_path()) as cache:
        coded = cache.code(pd.DataFrame(rows), books)
    return {
        str(r.question): CommentCoding(
            themes=[labels.get(key, key) for key in str(r.themes).split(";") if key],
            theme_rules=[rule for rule in str(r.theme_rules).split(";") if rule],
            sentiment=str(r.sentiment),
            polarity=float(cast(float, r.polarity)),
            risk_flag=bool(r.risk_flag),
        )
        for r in coded.itertuples(index=False)
    }


# ---------------------------------------------------------------------------------------------- downloads


def _single(chunk: bytes) -> Iterator[bytes]:
    yield chunk


def lessons_learnt_report(member: SignedInMember, fmt_name: str, slug: str | None = None) -> Download | None:
    """The lessons-learnt report (every questionnaire, or one) as HTML or Word, recorded in the audit log.

    None when the format or the questionnaire is unknown.
    """
    mimetype = REPORT_TYPES.get(fmt_name)
    if mimetype is None or (slug is not None and get_by_slug(slug) is None):
        return None
    frames, specs = report_inputs([slug] if slug else [])
    with AnalysisCache(analysis_cache_path()) as cache:
        document = build_report(frames, specs, threshold=_threshold(), today=today(), coder=cache.code)
        if fmt_name == "html":
            body = render_html(document).encode("utf-8")
        else:
            with tempfile.TemporaryDirectory(prefix="feedback-report-") as folder:
                path = write_docx(document, Path(folder) / "report.docx", cache.chart_pngs)
                body = path.read_bytes()
    responses = sum(len(frame) for frame in frames.values())
    record(member, "report downloaded", slug or "all questionnaires", format=fmt_name, responses=responses)
    return Download(
        filename=f"lessons-learnt-report-{slug or 'all'}-{today().isoformat()}.{fmt_name}",
        mimetype=mimetype,
        rows=responses,
        chunks=_single(body),
    )


def _csv_bytes(header: Sequence[str], rows: Iterator[list[Cell]]) -> bytes:
    """A formula-safe CSV (the downloads' writer) as one piece of bytes."""
    return b"".join(csv_lines(list(header), rows))


def _dictionary_rows(analysis: Analysis) -> Iterator[list[Cell]]:
    """Each column of the tidy data: its key, the question's wording, type and codes with labels."""
    for name in (*BASE_COLUMNS, *TAG_COLUMNS):
        yield [name, BASE_DESCRIPTIONS[name], "response detail", ""]
    for column in export_table(analysis.questionnaire, pin=False).columns:
        codes = "; ".join(f"{code} = {label}" for code, label in column.options)
        yield [column.key, column.wording, column.type, codes]


def _theme_rows(coded: pd.DataFrame) -> Iterator[list[Cell]]:
    """The engine's coding of each comment: redacted text only, never what the respondent typed."""
    for r in coded.itertuples(index=False):
        yield [
            str(r.reference),
            str(r.question),
            str(r.themes),
            str(r.theme_rules),
            str(r.sentiment),
            f"{float(cast(float, r.polarity)):.3f}",
            str(r.redacted_text),
            "true" if bool(r.risk_flag) else "false",
        ]


def _readme(analysis: Analysis, made_by: str) -> str:
    """How the pack was made, for whoever opens it later."""
    detail = analysis.response_filter.audit_detail()
    filters = "; ".join(f"{key} = {value}" for key, value in detail.items()) or "none (every response)"
    books = "\n".join(
        f"  - {b.name} (version {b.version}, checksum {b.checksum[:12]})" for b in analysis.codebooks
    )
    threshold = analysis.document.threshold
    return f"""Analysis pack: {analysis.questionnaire.title} ({analysis.questionnaire.slug})

Made on {today().isoformat()} by {made_by} from the responses stored at that moment.
Filters: {filters}
Responses included: {len(analysis.frame):,}
Small-number threshold: counts of 1 to {threshold - 1} are hidden (shown as *) in every summary file,
with any second figure that would let them be worked out by subtraction; see suppression_log.csv.

Files
  data.csv               one row per response, one column per answer (answers in words), formula-safe:
                         a text cell a spreadsheet would run as a formula starts with an apostrophe.
                         It holds what respondents typed: keep it on NHS systems, delete it when done.
  data_dictionary.csv    each column of data.csv: key, question wording, type, codes and labels
  theme_assignments.csv  each coded comment: reference, question, themes, the rules that matched,
                         sentiment and polarity, its redacted text and whether it was flagged for risk
  summaries/*.csv        the report's summary tables, after small-number suppression
  suppression_log.csv    every hidden figure and why
  codebooks/*.yaml       the codebooks the comments were coded with

Codebooks:
{books}
Engine: the analysis package's rule-based text engine, rules fingerprint {source_fingerprint()[:12]}.

What automated coding cannot do
{LIMITS}
"""


def analysis_pack(member: SignedInMember, slug: str, response_filter: ResponseFilter) -> Download | None:
    """The analysis pack ZIP of one questionnaire's filtered responses, recorded in the audit log.

    Built in a temporary folder and an in-memory buffer, so nothing is left on disk. None when there
    is no such questionnaire.
    """
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    scoped = _scoped(slug, response_filter)
    with AnalysisCache(analysis_cache_path()) as cache:
        analysis = _analyse(questionnaire, scoped, cache)
        coded = coded_comments(analysis.frame, analysis.spec, cache)
    table = export_table(questionnaire, filter_conditions(scoped))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as pack:
        pack.writestr("README.txt", _readme(analysis, member.email))
        pack.writestr("data.csv", _csv_bytes(table.header, table.rows()))
        pack.writestr("data_dictionary.csv", _csv_bytes(DICTIONARY_COLUMNS, _dictionary_rows(analysis)))
        pack.writestr("theme_assignments.csv", _csv_bytes(THEME_COLUMNS, _theme_rows(coded)))
        for book in analysis.codebooks:
            pack.write(SHIPPED_CODEBOOKS / f"{book.name}.yaml", f"codebooks/{book.name}.yaml")
        with tempfile.TemporaryDirectory(prefix="feedback-pack-") as folder:
            for path in write_summaries(analysis.document, folder):
                pack.write(path, path.relative_to(folder).as_posix())
    record(
        member,
        "analysis pack downloaded",
        slug,
        responses=len(analysis.frame),
        threshold=analysis.document.threshold,
        filters=scoped.audit_detail(),
    )
    return Download(
        filename=f"{slug}-analysis-pack-{today().isoformat()}.zip",
        mimetype=ZIP_TYPE,
        rows=len(analysis.frame),
        chunks=_single(buffer.getvalue()),
    )
