"""The team area's analysis: the analysis page and each comment's coding.

Everything here goes through the analysis engine (`analysis.report.build_report` and the text coder,
behind the analysis cache shared in the database), on the responses chosen by the same `ResponseFilter`
as the response browser, so a figure on screen, in a report and in a download agree.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from typing import Any, cast

import pandas as pd
from flask import current_app
from sqlalchemy import select

from analysis.cache import AnalysisCache
from analysis.report import ReportDocument, Section, build_report
from analysis.report.build import resolve_codebooks
from analysis.report.context import AUDIENCE_SECTIONS
from analysis.report.tables import fmt
from analysis.report.themes import STANCE_LABELS, code_by_codebook
from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.coding import keyed

from .. import audit
from ..analysis_cache import open_analysis_cache
from ..extensions import db
from ..models import CollectionLink, Questionnaire, Response, today
from ..questionnaires.store import get_by_slug
from ..responses.browse import ResponseDetail, response_detail
from ..responses.filters import FilterChoices, ResponseFilter, filter_conditions, tag_choices, tag_options
from ..responses.sharing import SharingDecision, shared_output_gate
from ..team.accounts import SignedInMember
from .frames import expected_responses, link_names, questionnaire_spec, response_frame
from .recommendations import recommendations_for_report
from .reviews import (
    PairView,
    ReviewSummary,
    comment_reviews,
    members_disagree,
    review_agreement,
    reviewed_coder,
    with_reviews,
)

# Sections of the engine's report that concern one questionnaire (the other audiences' are empty).
# The analysis page leads with the findings, in the report's own order, then this questionnaire's
# tables (its audience's section), then who responded, emerging themes and the method.
SHARED_SECTIONS = (
    "executive-summary",
    "findings",
    "went-well",
    "recommendations",
    "who-responded",
    "emerging-themes",
    "method",
)
METHOD_SECTION = "method"
FLAGGED_TABLE = "comments-coded-and-flagged"


def suppression_threshold() -> int:
    return int(current_app.config["SUPPRESSION_THRESHOLD"])


def codebooks_of(spec: QuestionnaireSpec) -> dict[str, Codebook]:
    """The codebooks this questionnaire's definition names for its comments, by name."""
    return resolve_codebooks(None, [*spec.codebook_names(), spec.codebook])


def question_codebooks(spec: QuestionnaireSpec, question: str) -> list[Codebook]:
    """The codebook one question's comments are coded with: the one its definition names.

    An answer key no coded question has (an "other, please specify" text) is coded with the
    questionnaire's own codebook, as `coded_comments` codes it.
    """
    books = codebooks_of(spec)
    names = [spec.codebook_of(q) for q in spec.coded_text_questions() if q.key == question]
    return [books[name] for name in names[:1] or [spec.codebook]]


def scoped(slug: str, response_filter: ResponseFilter) -> ResponseFilter:
    """The filter with the questionnaire fixed by the URL, whatever the query string said."""
    return replace(response_filter, questionnaire=slug, tags=dict(response_filter.tags))


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
    codebooks: dict[str, Codebook]
    sharing: SharingDecision


@dataclass(frozen=True)
class Responses:
    """One questionnaire's responses chosen by a filter, as the tidy frame the engine reads."""

    questionnaire: Questionnaire
    response_filter: ResponseFilter
    spec: QuestionnaireSpec
    frame: pd.DataFrame


def responses_of(slug: str, response_filter: ResponseFilter) -> Responses | None:
    """The filtered responses of the questionnaire a URL names; None when there is no such one."""
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    chosen = scoped(slug, response_filter)
    frame = response_frame(questionnaire, filter_conditions(chosen))
    return Responses(questionnaire, chosen, questionnaire_spec(questionnaire), frame)


def withheld_document(title: str) -> ReportDocument:
    """A report with no figures, themes or quotes, for a group the sharing rule withholds."""
    return ReportDocument(
        title=title,
        subtitle="Summaries withheld for these filters",
        generated_on=today().isoformat(),
        threshold=suppression_threshold(),
        sections=[],
    )


def _whole_links(chosen: ResponseFilter) -> bool:
    """True when the filter keeps every response of each link it keeps (the questionnaire, or one link),
    so a link's responses can be set against the people it was for."""
    return not (
        chosen.version or chosen.submitted_from or chosen.submitted_to or chosen.tags or chosen.search
    )


def analyse(slug: str, response_filter: ResponseFilter, cache: AnalysisCache) -> Analysis | None:
    """The engine's report of one questionnaire's filtered responses; None when there is no such one.

    The sharing rule is asked first (docs/quality.md rules 14 and 30): a withheld group gets a report
    with nothing in it but the reason.
    """
    questionnaire = get_by_slug(slug)
    if questionnaire is None:
        return None
    chosen = scoped(slug, response_filter)
    sharing = shared_output_gate(questionnaire, chosen)
    frame = response_frame(questionnaire, sharing.conditions)
    spec = questionnaire_spec(questionnaire)
    title = f"{questionnaire.title}: analysis"
    if not sharing.allowed:
        document = withheld_document(title)
    else:
        document = build_report(
            {questionnaire.slug: frame},
            {questionnaire.slug: spec},
            threshold=suppression_threshold(),
            title=title,
            today=today(),
            coder=reviewed_coder(cache.code, [questionnaire.slug]),
            link_names=link_names([questionnaire.slug]),
            recommendations=recommendations_for_report(),
            expected_responses=expected_responses([questionnaire.slug]) if _whole_links(chosen) else {},
        )
    return Analysis(questionnaire, chosen, spec, frame, document, codebooks_of(spec), sharing)


@dataclass(frozen=True)
class AnalysisPage:
    """What the analysis page shows: the engine's sections for the questionnaire, the flagged and
    reviewed counts, and how far members who reviewed the same comments agree."""

    questionnaire: Questionnaire
    response_filter: ResponseFilter
    document: ReportDocument
    sections: list[Section]
    flagged: str
    withheld: str = ""
    reviewed: str = ""
    coded: str = ""
    agreement: list[PairView] = field(default_factory=list)
    # The method, its caveats and the log of hidden figures: folded away below the findings.
    method: Section | None = None

    def contents(self) -> list[tuple[str, str]]:
        """The page's parts as (anchor, title), findings first, for its contents list."""
        parts = [(s.id, s.title) for s in self.sections]
        parts += [("team-review", "Team review of the coding"), ("downloads", "Downloads")]
        if self.method is not None:
            parts.append(("method-details", self.method.title))
        return parts


def _coded_figure(analysis: Analysis, column: str) -> str:
    """One (suppressed) figure of the questionnaire's row in the comments coded and flagged table."""
    summary = analysis.document.summaries.get(FLAGGED_TABLE)
    if summary is None or column not in summary.columns:
        return fmt(0, "count")
    row = summary[summary["row"] == analysis.spec.title]
    return fmt(row[column].iloc[0], "count") if not row.empty else fmt(0, "count")


def analysis_page(slug: str, response_filter: ResponseFilter) -> AnalysisPage | None:
    """The analysis of one questionnaire's filtered responses; None when there is no such questionnaire."""
    with open_analysis_cache() as cache:
        analysis = analyse(slug, response_filter, cache)
    if analysis is None:
        return None
    own = {sid for audience, sid, _ in AUDIENCE_SECTIONS if audience == analysis.spec.audience}
    sections = [s for s in analysis.document.sections if s.id in own or s.id in SHARED_SECTIONS]
    method = next((s for s in sections if s.id == METHOD_SECTION), None)
    allowed = analysis.sharing.allowed
    return AnalysisPage(
        analysis.questionnaire,
        analysis.response_filter,
        analysis.document,
        [s for s in sections if s.id != METHOD_SECTION] if allowed else [],
        _coded_figure(analysis, "flagged") if allowed else "",
        analysis.sharing.withheld,
        reviewed=_coded_figure(analysis, "reviewed") if allowed else "",
        coded=_coded_figure(analysis, "coded") if allowed else "",
        agreement=review_agreement(analysis.spec, analysis.codebooks),
        method=method if allowed else None,
    )


# ---------------------------------------------------------------------------------------------- comments


@dataclass(frozen=True)
class TextQuestion:
    """A typed answer the engine reads: its answer key, wording, prompt and the codebook it is coded with."""

    key: str
    wording: str
    prompt: str
    codebook: str


def _text_questions(spec: QuestionnaireSpec, coded_only: bool) -> list[TextQuestion]:
    """The typed answers to code; "other, please specify" text too unless coded_only.

    "Other" text is read for risk flags only; it is coded with the questionnaire's own codebook.
    """
    found: list[TextQuestion] = []
    for question in spec.questions:
        if question.is_text and (question.prompt or not coded_only):
            codebook = spec.codebook_of(question)
            found.append(TextQuestion(question.key, question.label, question.prompt or "", codebook))
        if question.other and not coded_only:
            wording = f"{question.label}: other, please specify"
            found.append(TextQuestion(question.other_key, wording, "", spec.codebook))
    return found


def coded_comments(
    frame: pd.DataFrame, spec: QuestionnaireSpec, cache: AnalysisCache, coded_only: bool = True
) -> pd.DataFrame:
    """One row per typed answer with its reference, date, question, codebook and the engine's features.

    With `coded_only`, only the questions the engine codes (those with a prompt), as in the report;
    otherwise every typed answer, so the risk check misses no free text. Each answer is coded with its
    question's codebook only. The team's reviewed codes replace the engine's (reviews.with_reviews),
    and `reviewed` says which comments have them.
    """
    parts = []
    for question in _text_questions(spec, coded_only):
        if question.key not in frame.columns:
            continue
        answered = frame[frame[question.key].fillna("").str.strip() != ""]
        if answered.empty:
            continue
        parts.append(
            pd.DataFrame(
                {
                    "reference": answered["reference"].to_numpy(),
                    "submitted_on": answered["submitted_on"].to_numpy(),
                    "question": question.key,
                    "wording": question.wording,
                    "codebook": question.codebook,
                    "text": answered[question.key].to_numpy(),
                    "prompt": question.prompt,
                }
            )
        )
    columns = ["reference", "submitted_on", "question", "wording", "codebook", "text", "prompt"]
    comments = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    return with_reviews(code_by_codebook(comments, codebooks_of(spec), cache.code), spec.slug)


@dataclass(frozen=True)
class CommentCoding:
    """What the engine made of one typed answer: its codebook, themes, rules matched, sentiment, risk."""

    codebook: str
    themes: list[str]
    # Per theme, in the order of themes: what the comment says of it and the sentiment of that part.
    stances: list[str]
    theme_rules: list[str]
    sentiment: str
    polarity: float
    risk_flag: bool


def comment_codings(questionnaire: Questionnaire, answers: dict[str, list[str]]) -> dict[str, CommentCoding]:
    """The engine's coding of each answered coded text question of one response, by answer key."""
    spec = questionnaire_spec(questionnaire)
    rows = [
        {"question": q.key, "codebook": q.codebook, "text": "\n".join(answers[q.key]), "prompt": q.prompt}
        for q in _text_questions(spec, coded_only=True)
        if any(value.strip() for value in answers.get(q.key, []))
    ]
    if not rows:
        return {}
    books = codebooks_of(spec)
    labels = {(name, theme.key): theme.label for name, book in books.items() for theme in book.themes}
    with open_analysis_cache() as cache:
        coded = code_by_codebook(pd.DataFrame(rows), books, cache.code)
    return {str(row["question"]): _coding(row, labels) for row in coded.to_dict("records")}


def _coding(row: dict[Hashable, Any], labels: dict[tuple[str, str], str]) -> CommentCoding:
    """One coded row as the response view shows it: labels, each theme's stance and sentiment in words."""
    codebook = str(row["codebook"])
    keys = [key for key in str(row["themes"]).split(";") if key]
    stances, sentiments = keyed(row.get("theme_stances")), keyed(row.get("theme_sentiments"))
    return CommentCoding(
        codebook=codebook,
        themes=[labels.get((codebook, key), key) for key in keys],
        stances=[
            f"{labels.get((codebook, key), key)}: {STANCE_LABELS.get(stances.get(key, ''), 'no stance')}"
            + (f" ({sentiments[key]})" if key in sentiments else "")
            for key in keys
        ],
        theme_rules=[rule for rule in str(row["theme_rules"]).split(";") if rule],
        sentiment=str(row["sentiment"]),
        polarity=float(cast(float, row["polarity"])),
        risk_flag=bool(row["risk_flag"]),
    )


@dataclass(frozen=True)
class CodedResponse:
    """One response with every answer in words, the engine's coding of its comments and the team's
    reviews of them (oldest first, by answer key)."""

    detail: ResponseDetail
    codings: dict[str, CommentCoding]
    reviews: dict[str, list[ReviewSummary]]

    def disputed(self, key: str) -> bool:
        """Whether members who reviewed this answer's codes disagree."""
        return members_disagree(self.reviews.get(key, []))


def coded_response(
    reader: SignedInMember, reference: str, questionnaire_slug: str | None = None
) -> CodedResponse | None:
    """One response and its comments' coding, its reading audited; None when unknown or elsewhere."""
    detail = response_detail(reference, questionnaire_slug)
    if detail is None:
        return None
    audit.record(reader, "response read", reference, questionnaire=detail.questionnaire.slug)
    codings = comment_codings(detail.questionnaire, detail.answers)
    spec = questionnaire_spec(detail.questionnaire)
    response_id = db.session.scalar(select(Response.id).where(Response.reference == detail.reference))
    reviews = {
        key: comment_reviews(response_id, key, question_codebooks(spec, key))
        for key in codings
        if response_id is not None
    }
    return CodedResponse(detail, codings, reviews)
