"""The bridge from the database to the analysis package: tidy frames, question specs, the report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from sqlalchemy import ColumnElement, select

from analysis.report.document import ReportDocument
from analysis.report.run import report_from_frames
from analysis.schema import QuestionnaireSpec, spec_from_definition

from ..analysis_cache import open_analysis_cache
from ..extensions import db
from ..models import CollectionLink, Questionnaire
from ..questionnaires.store import current_version, version_definition
from ..responses.exports import export_table
from ..responses.filters import ResponseFilter
from ..responses.sharing import shared_output_gate
from .recommendations import recommendations_for_report
from .reviews import reviewed_coder


def response_frame(
    questionnaire: Questionnaire, conditions: Sequence[ColumnElement[bool]] = ()
) -> pd.DataFrame:
    """A questionnaire's responses as the tidy table the analysis reads (stored codes, text cells).

    Built a chunk at a time from the export's keyset-paginated rows, so the database rows are never
    all held as ORM objects at once.
    """
    table = export_table(questionnaire, conditions, labels=False)
    header = table.header
    chunks: list[pd.DataFrame] = []
    rows: list[Sequence[object]] = []
    for row in table.rows():
        rows.append(row)
        if len(rows) >= 10_000:
            chunks.append(pd.DataFrame(rows, columns=header, dtype=str))
            rows = []
    if rows or not chunks:
        chunks.append(pd.DataFrame(rows, columns=header, dtype=str))
    return pd.concat(chunks, ignore_index=True)


def link_names(slugs: Sequence[str]) -> dict[str, str]:
    """The name the team gave each collection link of these questionnaires, by the link's code."""
    query = select(CollectionLink.code, CollectionLink.name).join(CollectionLink.questionnaire)
    rows = db.session.execute(query.where(Questionnaire.slug.in_(slugs))).all()
    return {code: name for code, name in rows if name}


def expected_responses(slugs: Sequence[str]) -> dict[str, tuple[str, int]]:
    """Each link of these questionnaires with an expected number recorded: its questionnaire and the
    number, by the link's code (the response rates' denominators)."""
    query = (
        select(CollectionLink.code, Questionnaire.slug, CollectionLink.expected_responses)
        .join(CollectionLink.questionnaire)
        .where(Questionnaire.slug.in_(slugs), CollectionLink.expected_responses.is_not(None))
    )
    return {code: (slug, int(expected)) for code, slug, expected in db.session.execute(query).all()}


def questionnaire_spec(questionnaire: Questionnaire) -> QuestionnaireSpec:
    """What the analysis needs to know of a questionnaire: its current version's questions."""
    return spec_from_definition(version_definition(current_version(questionnaire)))


def report_inputs(slugs: Sequence[str] = ()) -> tuple[dict[str, pd.DataFrame], dict[str, QuestionnaireSpec]]:
    """Tidy frames and specs for the named questionnaires (every one when none are named)."""
    query = select(Questionnaire).order_by(Questionnaire.slug)
    if slugs:
        query = query.where(Questionnaire.slug.in_(slugs))
    frames: dict[str, pd.DataFrame] = {}
    specs: dict[str, QuestionnaireSpec] = {}
    for questionnaire in db.session.scalars(query).all():
        # The whole is always released, and recorded so later filters are compared with it (rule 30).
        sharing = shared_output_gate(questionnaire, ResponseFilter(questionnaire=questionnaire.slug))
        frames[questionnaire.slug] = response_frame(questionnaire, sharing.conditions)
        specs[questionnaire.slug] = questionnaire_spec(questionnaire)
    return frames, specs


def write_lessons_learnt_report(out_dir: Path, threshold: int, slugs: Sequence[str] = ()) -> ReportDocument:
    """Write the lessons-learnt report of the stored responses into `out_dir`."""
    frames, specs = report_inputs(slugs)
    with open_analysis_cache() as cache:
        coder = reviewed_coder(cache.code, list(frames))
        return report_from_frames(
            frames,
            specs,
            out_dir,
            threshold=threshold,
            coder=coder,
            render=cache.chart_pngs,
            link_names=link_names(list(frames)),
            recommendations=recommendations_for_report(),
            expected_responses=expected_responses(list(frames)),
        )
