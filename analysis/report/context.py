"""What every section of the report reads: the prepared frames, specs, codebooks and coded comments."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook

from .tables import SuppressedTables

#: The report's section for each audience: (audience, section id, title), in reading order.
AUDIENCE_SECTIONS: list[tuple[str, str, str]] = [
    ("stakeholder", "stakeholder-feedback", "Stakeholder feedback"),
    ("apprentice", "apprentice-experience", "Apprentice experience and barriers"),
    ("patient", "patient-experience", "Patient experience"),
]
# Codes a frame of comments with codebooks: `analysis.text.coding.code_comments`, or a cache in front of it.
Coder = Callable[[pd.DataFrame, Sequence[Codebook]], pd.DataFrame]
# Columns derived from each response while the frames are prepared.
EVENT_COLUMN = "_event"
MONTH_COLUMN = "_month"
# Breakdowns by who responded: the derived column, and the question whose answers it prefers to the tag.
BREAKDOWN_COLUMNS = {"_region": "region", "_cohort": "cohort", "_setting": "setting"}
# The questions whose answers make the groups, the derived column each fills, and the table that counts it:
# one rule, one count per group (the respondent's answer, else the link's tag).
GROUP_QUESTIONS: dict[str, tuple[str, str]] = {
    "event_session": (EVENT_COLUMN, "Responses by event"),
    "region": ("_region", "Responses by region"),
    "cohort": ("_cohort", "Responses by cohort"),
    "setting": ("_setting", "Responses by setting"),
}


@dataclass
class ReportContext:
    """The inputs of one report, and the suppressed tables its sections have made so far."""

    frames: Mapping[str, pd.DataFrame]
    specs: Mapping[str, QuestionnaireSpec]
    codebooks: Mapping[str, Codebook]
    # One row per coded comment: questionnaire, question, audience, codebook, text, prompt and the coded
    # columns; each comment is coded with its question's codebook only.
    coded: pd.DataFrame
    tables: SuppressedTables
    # Each collection link's name by its code, where the caller knows them (the web app does).
    link_names: Mapping[str, str] = field(default_factory=dict)
    # Each link's questionnaire and how many people it is for, by its code, where the team recorded
    # the number: the response rates.
    expected_responses: Mapping[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def threshold(self) -> int:
        """The smallest count shown."""
        return self.tables.threshold

    def title(self, slug: str) -> str:
        """A questionnaire's title."""
        return self.specs[slug].title

    def link_labels(self, codes: Iterable[str]) -> dict[str, str]:
        """Links by the name the team gave them (with the code where two links share a name); codes
        whose name is not known are left out."""
        names = Counter(self.link_names.values())
        labels = {}
        for code in codes:
            name = self.link_names.get(code)
            if name:
                labels[code] = name if names[name] == 1 else f"{name} ({code})"
        return labels

    def books_for(self, spec: QuestionnaireSpec) -> dict[str, Codebook]:
        """The codebooks a questionnaire's comments are coded with, by the names its definition gives."""
        return {name: self.codebooks[name] for name in spec.codebook_names()}

    def small_group_references(self, questionnaire: str) -> set[str]:
        """References of responses whose event, region, cohort or setting has fewer responses than the
        threshold in their questionnaire: never quoted, whatever the group of comments they fall in."""
        frame = self.frames[questionnaire]
        if "reference" not in frame.columns:
            return set()
        small = pd.Series(False, index=frame.index)
        for column in (EVENT_COLUMN, *BREAKDOWN_COLUMNS):
            if column in frame.columns:
                values = frame[column].fillna("").astype(str)
                small |= (values != "") & (values.map(values.value_counts()) < self.threshold)
        return set(frame.loc[small, "reference"].astype(str))
