"""Build the lessons-learnt report from tidy frames, questionnaire specs and codebooks.

Every count goes through :mod:`analysis.report.tables`, which suppresses it before it is formatted,
and free text is coded by the text engine (:mod:`analysis.text.coding`). The sections are made by
:mod:`analysis.report.sections`, :mod:`analysis.report.questions` and :mod:`analysis.report.themes`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

from analysis import numbers
from analysis.schema import QuestionnaireSpec
from analysis.suppression import MARKER, combine_logs
from analysis.text.codebook import Codebook
from analysis.text.coding import code_comments, load_shipped
from analysis.tidy import answer_or_tag, normalise_frame

from .conclusions import recommendations_section, went_well_section
from .context import (
    AUDIENCE_SECTIONS,
    BREAKDOWN_COLUMNS,
    EVENT_COLUMN,
    MONTH_COLUMN,
    Coder,
    ReportContext,
)
from .document import Paragraph, ReportDocument, Section
from .findings import collect_findings, findings_section
from .recommendations import Recommendation
from .sections import audience_section, method_section, who_responded
from .summary import summary_section
from .tables import SuppressedTables
from .themes import code_by_codebook, comments_of, emerging_section

__all__ = ["ReportInputError", "build_report", "definitions_codebooks", "resolve_codebooks"]

DEFAULT_TITLE = "Assistant Practitioner programme: lessons learnt from feedback"


class ReportInputError(ValueError):
    """Frames, specs or codebooks the report cannot be built from; the message says what is wrong."""


def _question_options(specs: Mapping[str, QuestionnaireSpec], key: str) -> dict[str, str]:
    """Labels for the values of a question key across all questionnaires (for tag breakdowns)."""
    labels: dict[str, str] = {}
    for spec in specs.values():
        if spec.has_question(key):
            labels.update(spec.question(key).all_options())
    return labels


def prepare_frames(
    frames: Mapping[str, pd.DataFrame], specs: Mapping[str, QuestionnaireSpec]
) -> dict[str, pd.DataFrame]:
    """Normalise frames, ordered by audience, and add the derived event, month and breakdown columns."""
    missing = sorted(set(frames) - set(specs))
    if missing:
        raise ReportInputError(
            "no questionnaire definition for: "
            + ", ".join(missing)
            + f" (definitions found: {', '.join(specs)})"
        )
    prepared: dict[str, pd.DataFrame] = {}
    for slug in sorted(frames, key=lambda s: (specs[s].audience, s)):
        frame = normalise_frame(frames[slug], source=slug)
        spec = specs[slug]
        # One rule for every group (stated in the method section): the respondent's own answer where the
        # questionnaire asks and they answered, otherwise the tag of the link they came through.
        event = frame["event"]
        if spec.has_question("event_session") and "event_session" in frame.columns:
            answered = frame["event_session"]
            event = answered.where(answered != "", event)
        derived = {EVENT_COLUMN: event, MONTH_COLUMN: numbers.month_of(frame["submitted_on"])}
        derived.update({column: answer_or_tag(frame, tag) for column, tag in BREAKDOWN_COLUMNS.items()})
        prepared[slug] = frame.assign(**derived)
    # Tags are typed by hand on each link, answers are codes: one label per value across questionnaires.
    for column, key in {EVENT_COLUMN: "event_session", **BREAKDOWN_COLUMNS}.items():
        # Counted over every response, so the commonest spelling is the one most responses carry.
        counts = Counter[str]()
        for frame in prepared.values():
            counts.update(frame[column].value_counts().to_dict())
        labels = numbers.canonical_labels(counts, _question_options(specs, key))
        for frame in prepared.values():
            frame[column] = frame[column].map(labels)
    return prepared


def resolve_codebooks(
    codebooks: Mapping[str, Codebook] | None,
    names: Sequence[str],
    loader: Callable[[str], Codebook] = load_shipped,
) -> dict[str, Codebook]:
    """The named codebooks, in order: given ones by name, the rest loaded from those shipped with the
    text engine."""
    given = dict(codebooks or {})
    resolved: dict[str, Codebook] = {}
    for name in dict.fromkeys(names):
        if name in given:
            resolved[name] = given[name]
        else:
            try:
                resolved[name] = loader(name)
            except (FileNotFoundError, ValueError) as exc:
                raise ReportInputError(f"codebook {name!r} is not available: {exc}") from exc
    return resolved


def definitions_codebooks(
    specs: Mapping[str, QuestionnaireSpec], codebooks: Mapping[str, Codebook] | None = None
) -> dict[str, Codebook]:
    """The codebooks the questionnaires' definitions name for their comments, in the order they are named."""
    return resolve_codebooks(codebooks, [name for spec in specs.values() for name in spec.codebook_names()])


def _subtitle(responses: int, questionnaires: int, threshold: int) -> str:
    """How many responses to how many questionnaires, and which counts are hidden."""
    return (
        (f"{responses:,} responses" if responses >= threshold else "Responses")
        + f" to {questionnaires} questionnaire{'' if questionnaires == 1 else 's'}; "
        + (
            f"counts of 1 to {threshold - 1} are shown as {MARKER}"
            if threshold > 1
            else "no counts are hidden"
        )
    )


def _appendix_lead() -> Section:
    """The heading under which the full tables follow."""
    return Section(
        "appendix",
        "Appendix: the full tables",
        [
            Paragraph(
                "The sections that follow hold every table the summary and findings draw on: who "
                "responded, each questionnaire's questions and the themes in its comments, the themes "
                "across questionnaires, and the method, with every figure hidden and why."
            )
        ],
    )


def build_report(
    frames: Mapping[str, pd.DataFrame],
    specs: Mapping[str, QuestionnaireSpec],
    codebooks: Mapping[str, Codebook] | None = None,
    *,
    threshold: int = 5,
    title: str = DEFAULT_TITLE,
    today: dt.date | None = None,
    coder: Coder = code_comments,
    link_names: Mapping[str, str] | None = None,
    recommendations: Sequence[Recommendation] = (),
    expected_responses: Mapping[str, tuple[str, int]] | None = None,
) -> ReportDocument:
    """Build the report from tidy frames (slug → frame), their specs and codebooks (name → codebook).

    Each comment is coded only with the codebook its question's definition names (the question's own,
    else its questionnaire's); codebooks not given are loaded from those shipped with
    :mod:`analysis.text.coding`. ``recommendations`` are the project team's, printed per finding;
    ``expected_responses`` gives each link's questionnaire and expected number (by code), for rates.
    The report opens with the executive summary, the findings by theme, what went well and what could
    be better, and the recommendations; the full tables follow as the appendix.
    """
    if threshold < 1:
        raise ReportInputError("the suppression threshold must be 1 or more")
    prepared = prepare_frames(frames, specs)
    # Each comment is coded with the codebook its questionnaire's definition names for its question.
    books = definitions_codebooks({slug: specs[slug] for slug in prepared}, codebooks)
    coded = code_by_codebook(comments_of(prepared, specs), books, coder)
    tables, links, expected = (
        SuppressedTables(threshold),
        dict(link_names or {}),
        dict(expected_responses or {}),
    )
    context = ReportContext(prepared, specs, books, coded, tables, links, expected)
    # The appendix is built first: the findings read back the figures its tables published.
    appendix = [who_responded(context)]
    appendix += [audience_section(context, a, sid, t) for a, sid, t in AUDIENCE_SECTIONS]
    appendix.append(emerging_section(context))
    findings = collect_findings(context)
    # The method comes last, so its list of hidden cells includes those of the findings' comparisons.
    appendix.append(method_section(context))
    sections = [
        summary_section(context, findings),
        findings_section(context, findings),
        went_well_section(findings, threshold),
        recommendations_section(recommendations, findings, books),
        _appendix_lead(),
        *appendix,
    ]
    return ReportDocument(
        title=title,
        subtitle=_subtitle(sum(len(f) for f in prepared.values()), len(prepared), threshold),
        generated_on=(today or dt.date.today()).isoformat(),
        threshold=threshold,
        sections=sections,
        summaries=context.tables.summaries(),
        suppression_log=combine_logs(context.tables.logs),
    )
