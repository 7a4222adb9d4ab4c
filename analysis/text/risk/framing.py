"""Sentences whose harm words are the subject of a piece of work, a policy or a simulation."""

from __future__ import annotations

import re

__all__ = ["ANYONE_WRITING_RE", "SIMULATED_RE", "WORK_SUBJECT_RE"]

# An event that happened in a simulation or role play ("a simulated drug error", "a medication error I
# saw in simulation") happened to no one, whoever watched it.
SIMULATED_RE = re.compile(
    r"\b(?:simulated|(?:in|during|at|from|on) (?:a |the |our |my |their )?(?:simulation|sim|role ?play|"
    r"mock (?:scenario|ward|drill|round)|practice scenario)s?"
    # "a mock professional discussion on a medication error scenario": the scenario is made up.
    r"|(?:on|about|around|with) (?:a |an |the )?(?:[\w-]+ ){0,3}scenarios?)\b"
)
# A sentence whose subject is a policy or a piece of study ("our dignity at work policy does not mention
# ...", "mini dissertation is on why young men ..."): the harm words after it are its topic.
WORK_SUBJECT_RE = re.compile(
    # "hr lead here: our dignity at work policy ...": who is writing, then the subject.
    r"^\W*(?:(?:[\w'-]+ ){1,3}here\s*[:,-]\s*)?(?:[\w'-]+ ){0,4}(?:policy|policies|procedure|procedures|"
    r"guidance|guidelines|case study|dissertation|assignment|essay|presentation|module|lecture|research)"
    # "our dignity at work policy needs updating to name apprentices": the policy, and what it should say.
    r"(?: [\w'-]+){0,2} (?:is|was|are|were|does|do|should|needs to|needs|need|must|could|will|would|covers|"
    r"covered|looks at|looked at|focuses|focused)\b"
)
# Anyone at all writing about harm ("what happens if someone does write about abuse in here"): a
# question about the survey, not a disclosure.
ANYONE_WRITING_RE = re.compile(
    r"\b(?:if|when|whenever) (?:someone|anyone|somebody|people|a patient|patients|a person|an apprentice"
    r"|apprentices) (?:[\w']+ ){0,2}(?:write|writes|wrote|mention|mentions|mentioned|raise|raises|raised"
    # "a clear process for when someone discloses suicidal thoughts in the forms": a procedure's case.
    r"|disclose|discloses|disclosed|talk|talks|"
    r"talked|puts|put|types|typed)\b[^.!?]*"
)
