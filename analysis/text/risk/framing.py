"""Sentences whose harm words are the subject of a piece of work, a policy, a simulation or a question put
to a class; the words that tell a case as real all the same; a check told as done without fail; and an
absence from the next event for a plain reason; and words told as harmless."""

from __future__ import annotations

import re

from .words import NONE_MISSED

__all__ = [
    "ANYONE_WRITING_RE",
    "AWAY_FOR_A_REASON_RE",
    "DONE_RIGHT_RE",
    "HYPOTHETICAL_RE",
    "OWN_STAFF_REPORT_RE",
    "REAL_CASE_RE",
    "SIMULATED_RE",
    "TOLD_AS_HARMLESS_RE",
    "WORK_SUBJECT_RE",
]

# An event that happened in a simulation or role play ("a simulated drug error", "a medication error I
# saw in simulation") happened to no one, whoever watched it.
SIMULATED_RE = re.compile(
    r"\b(?:simulated|(?:in|during|at|from|on) (?:a |the |our |my |their )?(?:simulation|sim|role[ -]?play|"
    r"mock (?:scenario|ward|drill|round)|practice scenario)s?"
    # "a mock professional discussion on a medication error scenario": the scenario is made up.
    r"|(?:on|about|around|with) (?:a |an |the )?(?:[\w-]+ ){0,3}scenarios?"
    # "we did a case study of a lithium toxicity error": a case told for teaching.
    r"|(?:a|the|our) case stud(?:y|ies) (?:of|on|about)"
    # "we practised spotting errors on mock MAR charts": the charts are made up.
    r"|(?:mock|practice|dummy|pretend|made up|fake) (?:mar|drug|medication|medicine|prescription) (?:charts?|"
    r"cards?|sheets?|kardex))\b"
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
    r"|apprentices|a trainee|trainees|a student|students|a learner|learners) (?:[\w']+ ){0,2}(?:write|writes"
    r"|wrote|mention|mentions|mentioned|raise|raises|raised"
    # "a clear process for when someone discloses suicidal thoughts in the forms": a procedure's case.
    r"|disclose|discloses|disclosed|talk|talks|report|reports|reported|"
    r"talked|puts|put|types|typed)\b[^.!?]*"
    # "the leaflet about what happens if you tell staff you are thinking about suicide".
    r"|\bwhat happens (?:if|when) (?:you|someone|anyone|a patient|people) (?:tell|tells|say|says|disclose"
    r"|discloses|mention|mentions)\b[^.!?]*"
)

# A question put to a class ("what would you do if a patient told you ..."), or a procedure's case ("when
# they suspect domestic abuse"): the rest of its sentence describes no one.
HYPOTHETICAL_RE = re.compile(
    r"\b(?:what (?:would|should|could) (?:you|we|they|staff|an ap|someone|a nurse) do|how (?:would|should|"
    r"could) (?:you|we|staff|they) (?:respond|react|handle|deal|manage|escalate|support)|what to do|"
    r"imagine) (?:if|when)\b[^.!?]*"
    r"|\bif a (?:patient|service user|resident|colleague|child|client) (?:told|tells|disclosed|discloses|"
    r"said|says) (?:you|us)\b[^.!?]*"
    # "where a band 4 sits in the chain when they suspect domestic abuse": a procedure's case.
    r"|\bwhen (?:they|staff|you|we|an ap|aps|apprentices|a band \d|someone)(?: (?:in|on|at) (?:the |our |a )?"
    r"[\w-]+)? (?:suspect|suspects|spot|spots"
    r"|notice|notices|see signs of)\b[^.!?]*"
    # "when there is an error who is accountable": a question of procedure about any error.
    r"|\bwhen (?:there is|there are) (?:an? )?(?:\w+ )?(?:error|mistake|incident|near miss)e?s?,? "
    r"(?:who|what|how|which)\b[^.!?]*"
)
# The case a question was about, told as real: "what to do when an apprentice tells you ... - mine did
# last week". The question's sentence is then not masked.
REAL_CASE_RE = re.compile(
    r"\b(?:mine|one of mine|ours|one of ours|my apprentice|my mentee|she|he) (?:did|has|said it|told me)"
    r" (?:last|this|yesterday|on|just)\b"
)
# One of the writer's own staff telling of a live case ("question from the showcase: one of our aps says a
# service user's son ..."): a case to act on, whatever event the question was asked at.
OWN_STAFF_REPORT_RE = re.compile(
    r"\b(?:one of our|one of my|our|my) (?:aps?|apprentices?|hcas?|nurses?|staff|team|support workers?|"
    r"colleagues?) (?:says|said|told (?:me|us)|tells (?:me|us)|reported|has reported|mentioned)\b"
    # "at the showcase an AP described being asked to 'top up' lithium": someone's own case, told there.
    r"|\b(?:an?|one) (?:ap|apprentice|hca|nurse|support worker|staff member) (?:described|told (?:us|me|the "
    r"room)) (?:being|how (?:she|he|they) (?:was|were|had been))\b"
)

# A check told as done without fail ("lithium bloods every 3 months like clockwork, never missed once"):
# the words that would tell of it missed are praise here.
DONE_RIGHT_RE = re.compile(
    r"\b(?:every (?:\d+|two|three|four|six|few) (?:days|weeks|months) )?(?:like clockwork|without fail"
    r"|(?:never|not once) (?:been )?(?:missed|forgotten|late)(?: (?:once|a single (?:one|time|dose|check)|one"
    r"|any))?"
    # "i never ran out or missed a dose", "got an emergency supply same day, did not miss any".
    r"|never (?:ran|run) out(?: or missed (?:a|any|one)(?: dose| doses)?)?|did not miss (?:any|a dose|one)"
    # "havent missed any and the dose is right".
    r"|(?:have|has|had) not missed (?:any|a dose|one)(?: of (?:them|it))?(?= *(?:[,.!?]|$|and|but|so)))\b"
    # "no doses missed", "never went without my tablets": none missed, in the words of words.NONE_MISSED.
    rf"|{NONE_MISSED}"
)

# Words the writer tells as harmless: a hard shift got through without harm ("agency nurse didnt know
# where anything was but we muddled through fine, nobody got hurt"), or tablets piled up by a chemist's
# supply ("i was stockpiling my tablets without meaning to"): no sign of harm or of a plan.
TOLD_AS_HARMLESS_RE = re.compile(
    r"\b(?:muddled|got|managed|pulled|scraped) (?:through|by)(?: it)? (?:fine|ok|okay|alright|all right)"
    r"(?:,? (?:and )?(?:nobody|no patients?) (?:got|was|were) hurt)?"
    r"|\b(?:stockpil\w*|sav(?:ed|ing)|hoard\w*|collect\w*)(?: up)? (?:my |the |some )?(?:tablets |pills "
    r"|meds |medication )?(?:without meaning to|by accident|accidentally|not on purpose)\b"
    # "she didn't hit her head": a fall told as without that injury (the fall itself is read on).
    r"|\b(?:did not|does not|never) (?:hit|bang|banged|bump|bumped) (?:her|his|their|my|your) head\b"
    # "hr took my passport details", "the bank keeps my card details on file": records an office holds.
    r"|\b(?:took|taken|take|takes|taking|keeps?|kept|has|have|holds?|held|needed|needs|asked for|copied) "
    r"(?:a copy of )?(?:my|her|his|their|your) (?:passport|bank card|card|driving licence|id) "
    r"(?:details|number|numbers|photo|copy|scan|on file)\b"
)

# Not being around for the next event for a plain reason ("I won't be around for the next one as I'm
# retiring in June"): absence from a meeting, not from life.
AWAY_FOR_A_REASON_RE = re.compile(
    r"\b(?:i|we) will not be (?:around|here|about) for (?:the next one|next (?:year|time|one|event|session"
    r"|cohort|survey)|the next (?:event|session|cohort|meeting|survey))\b[^.!?]{0,30}\b(?:retir\w*|leaving"
    r"|moving|new job|maternity|on leave|holiday|qualify\w*|new post|band \d post|another trust)\b"
)


# A policy or procedure stated as it stands ("we've been told the pressure area care policy is
# two-hourly turns"), with no word of it not being kept: what a comment says the rules are.
POLICY_STATED_RE = re.compile(
    r"\b(?:policy|policies|procedure|procedures|guidance|protocol|sop)\b(?: [\w-]+){0,3} (?:is|are|says|say"
    r"|states|requires|require|means)\b"
    r"|\b(?:under|per|according to|in line with) (?:our|the|trust) (?:[\w-]+ ){0,4}(?:policy|procedure"
    r"|guidance|protocol)\b"
)
NOT_KEPT_RE = re.compile(
    r"\b(?:but|nobody|no one|never|not|however|yet|although|though|supposed|meant to|ignored|ignore)\b"
)


def told_as_policy(normalised: str) -> bool:
    """Whether a comment states a policy as it stands and says nothing of it being broken."""
    return bool(POLICY_STATED_RE.search(normalised)) and not NOT_KEPT_RE.search(normalised)
