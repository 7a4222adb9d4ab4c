"""Risk flags: harm words that are the subject of a simulation, a piece of study, a policy or a question
about the survey (analysis/text/risk/framing.py), on comments written for these tests (none taken from a
labelled file). The disclosures beside them share their words and stay flagged."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_NOT_A_DISCLOSURE = [
    # An error in a simulation happened to no one, whoever watched it.
    "we did a simulated insulin error in the skills lab and had to write it up properly",
    "the missed dose i saw in the sim suite was scary to watch but a great way to learn",
    "my reflection is about a drug error i saw during a role play on the first block",
    # A piece of study whose subject is harm.
    "my final year case study is on an older lady who took an overdose after her husband died",
    "research project is on why lads do not ask for help before a suicide attempt",
    # A policy whose subject is bullying or abuse.
    "the trust policy does not say where apprentices go if they want to report bullying",
    # A made-up scenario, a drill, or a day that talked about harm.
    "our practice assessor ran a mock handover on a wrong patient drug error scenario, really useful",
    "we rehearsed how to escalate a missed dose using SBAR, good prep",
    "the safeguarding study day talked a lot about domestic abuse, glad i went",
    # A question about the survey itself.
    "what happens if someone writes about self harm on this form, does anyone read it?",
]

_DISCLOSURES = [
    # The simulation brought the writer's own life to mind.
    ("after the sim on missed doses i realised our night round is dangerous", "medication_error"),
    # A case study that is the writer's own story.
    ("my case study on self harm was hard because it is still something i do", "suicide_self_harm"),
    # A real error beside a lesson.
    ("i was given the wrong tablets on the ward last week and nobody has said sorry", "medication_error"),
    # A scenario or a drill that brought the writer's own ward to mind.
    (
        "after the mock drill on a drug error scenario i realised our ward gives the wrong dose every week",
        "medication_error",
    ),
    (
        "we practised escalating errors and i realised our night round gives the wrong doses",
        "medication_error",
    ),
    # The writer raising bullying of their own.
    ("if i raise the bullying again my mentor says my sign off will be late", "bullying_staff"),
]


@pytest.mark.parametrize("text", _NOT_A_DISCLOSURE)
def test_harm_as_the_subject_of_work_or_a_question_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, text


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_the_same_words_of_the_writers_own_life_stay_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, (text, flag)
