"""The programme's themes, and the closed questions and codebook themes that bear on each.

The findings bring together, per theme, what every questionnaire asked about it in a closed question
and what comments said of it. Questionnaire definitions name no themes, so the link lives here, in one
table a test holds to the shipped questionnaires and codebooks (every option, statement and codebook
theme named must exist). A codebook theme no programme theme claims still gets its own finding.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PROGRAMME_THEMES", "ClosedAnswer", "ProgrammeTheme", "claimed_codes"]


@dataclass(frozen=True)
class ClosedAnswer:
    """One answer of a closed question: an option of a choice question, or a statement agreed with.

    ``answer`` is the option's value for a choice question, the statement's key for a grid of
    statements, and "" for a single agreement statement.
    """

    questionnaire: str
    question: str
    answer: str = ""


@dataclass(frozen=True)
class ProgrammeTheme:
    """A theme of the programme: its key, its title, closed answers and codebook themes (`book/key`)."""

    key: str
    label: str
    closed: tuple[ClosedAnswer, ...] = ()
    codes: tuple[str, ...] = ()


_AP = "apprentice-survey"
_EVENT = "stakeholder-event"


def _barrier(questionnaire: str, option: str) -> ClosedAnswer:
    """An option of a questionnaire's "what held you back" question."""
    return ClosedAnswer(questionnaire, "barriers", option)


PROGRAMME_THEMES: tuple[ProgrammeTheme, ...] = (
    ProgrammeTheme(
        "maths_english",
        "Maths and English entry requirements",
        (_barrier(_AP, "entry_requirements"), _barrier(_EVENT, "entry_requirements")),
        ("workforce/maths_english",),
    ),
    ProgrammeTheme(
        "end_point_assessment",
        "End-Point Assessment",
        (_barrier(_AP, "end_point_assessment"), _barrier(_EVENT, "end_point_assessment")),
        ("workforce/end_point_assessment",),
    ),
    ProgrammeTheme(
        "release_backfill",
        "Release time and backfill",
        (
            _barrier(_AP, "release_time_backfill"),
            _barrier(_EVENT, "release_time_backfill"),
            ClosedAnswer(_AP, "training_experience", "day_release_protected"),
            ClosedAnswer(_AP, "training_experience", "day_release_backfill"),
        ),
        ("workforce/release_backfill",),
    ),
    ProgrammeTheme(
        "mentoring",
        "Mentor capacity and quality",
        (
            _barrier(_AP, "mentor_availability"),
            _barrier(_EVENT, "mentor_capacity"),
            ClosedAnswer(_AP, "training_experience", "mentor_time"),
            ClosedAnswer(_AP, "training_experience", "mentor_feedback"),
        ),
        ("workforce/mentor_capacity", "workforce/mentor_support"),
    ),
    ProgrammeTheme(
        "banding_recognition",
        "Banding and recognition",
        (_barrier(_EVENT, "banding_recognition"),),
        ("workforce/banding_recognition",),
    ),
    ProgrammeTheme(
        "funding_sustainability",
        "Funding and sustainability",
        (_barrier(_AP, "funding_levy"), _barrier(_EVENT, "funding_levy")),
        ("workforce/funding_levy", "workforce/sustainability"),
    ),
    ProgrammeTheme(
        "role_understanding",
        "Understanding of the role",
        (
            _barrier(_EVENT, "understanding_of_role"),
            ClosedAnswer(_AP, "role_understood"),
            ClosedAnswer(_EVENT, "session_ratings", "role_clearer"),
        ),
        ("workforce/role_understanding", "stakeholder_event/role_understanding_event"),
    ),
    ProgrammeTheme(
        "travel", "Travel and placements", (_barrier(_AP, "travel"),), ("workforce/travel_placements",)
    ),
    ProgrammeTheme(
        "digital", "Digital access", (_barrier(_AP, "digital_access"),), ("workforce/digital_access",)
    ),
    ProgrammeTheme(
        "workload_wellbeing",
        "Workload and wellbeing",
        (_barrier(_AP, "workload"), ClosedAnswer(_AP, "training_experience", "degree_manageable")),
        ("workforce/workload_wellbeing",),
    ),
    ProgrammeTheme(
        "education_relevance",
        "Relevance of the education programme",
        (
            _barrier(_EVENT, "education_relevance"),
            ClosedAnswer(_AP, "training_experience", "degree_relevant"),
        ),
        ("workforce/programme_relevance",),
    ),
    ProgrammeTheme(
        "leadership_persistence",
        "Senior support, engagement and persistence",
        (_barrier(_EVENT, "senior_support"),),
        ("workforce/engagement_persistence",),
    ),
    ProgrammeTheme("caring", "Caring responsibilities", (_barrier(_AP, "caring_responsibilities"),)),
)


def claimed_codes() -> set[str]:
    """Every `codebook/key` a programme theme brings together."""
    return {code for theme in PROGRAMME_THEMES for code in theme.codes}
