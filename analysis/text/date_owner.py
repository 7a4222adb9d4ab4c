"""Whose a date is: a date of birth, one person's own date, or a date everyone shares.

A date with a day is taken as tied to the writer or someone they name, unless the clause before it names
an event everyone shares (the event on 5 March, a cohort's hand-in date): then it stays. One person's
own event, doings or start make it theirs again ("her interview is 3 May", "Lisa-Marie starts on 2
March").
"""

from __future__ import annotations

import re

__all__ = ["CLAUSE_END_RE", "NAMED_START_RE", "OWN_VERB_RE", "PERSONAL_EVENT_RE", "SOMEONE_RE", "date_kind"]


_BIRTH_CUE_RE = re.compile(
    r"\b(?:dob|d\.o\.b|date of birth|born|birthday|bday|b\.)\W[^.!?\n]{0,12}$", re.IGNORECASE
)
# Dates of events everyone shares (the event, a workshop, a cohort, a hand-in date) are kept; any
# other date with a day is taken as tied to the writer or someone they name.
_SHARED_DATE_CUE_RE = re.compile(
    r"\b(?:event|events|conference|workshop|webinar|training|session|sessions|group|groups|cohort|module"
    r"|modules|assignment|assignments|deadline|deadlines|due|starts|starting|begins|course|class|classes"
    r"|lecture|meeting|open day|study day|away day|celebration|launch|next one|hand in|hand-in|submission"
    r"|festival|bank holiday|term|semester|exam board|assessment board|progression board|showcase|summit"
    r"|forum|roadshow|awards|graduation"
    r"|ceremony|induction|masterclass|seminar|symposium|fair|open evening|network meeting|huddle|resits?"
    r"|retakes?|briefings?|exams?|drop[- ]ins?|breakouts?|keynote|panel"
    # "the mentor update on 7th Nov": the yearly refresher mentors share.
    r"|(?:mentor|mentors|supervisor|assessor|practice|team) updates?"
    # What the writer's team puts on for others ("We're running it again on 9/4") is shared too.
    r"|we(?:['’]re|\s+are|['’]ll|\s+will)?\s+(?:be\s+)?(?:running|holding|hosting|repeating|run|hold|host"
    r"|repeat)"
    r"\s+(?:it|them|this|that|the|a|an|another|one|again|more|extra|our))\b"
    r"(?:\W+\w+){0,8}\W*$",
    re.IGNORECASE,
)
# The dot of "no.", "Dr." or "St." ends no clause ("Sam Lee, employee no. 88-12, starts Mon 4th Nov").
CLAUSE_END_RE = re.compile(r"(?<!\b[Nn]o)(?<!\b[DdMmSs][rt])(?<!\bNO)\.|[!?\n;]")
_OWN_AGAINST_SHARED_RE = re.compile(
    r",\s*(?:but\s+)?(?:mine|hers|his|my\s+own)\s+(?:is|was|will\s+be)\b", re.IGNORECASE
)
# What happens to one person: with these the date is theirs, even "due" or "starting" ("results due on
# the 21st", "my op is starting on 3 May").
PERSONAL_EVENT_RE = re.compile(
    r"\b(?:results?|appointments?|scan|scans|operation|op|surgery|referral|admission|discharge|bloods"
    r"|blood test|procedure|injection|jab|depot|baby|transplant|biopsy|smear|x-ray|mri|ct|ecg|admitted"
    r"|discharged"
    r"|born|died|passed away"
    # "EPA resit booked for the twenty-third of May, fingers crossed": a resit is one person's, booked.
    # "the resit is booked for 3rd july for the whole cohort" is everyone's.
    r"|(?<!the\s)(?<!our\s)\b(?:resit|retake|re-sit)s?\s+(?:is\s+|was\s+|now\s+|finally\s+)?"
    r"(?:booked|set|arranged|scheduled)"
    # "going on maternity leave from 8 September": one person's leave, told as going on it.
    r"|going\s+on\s+(?:maternity|paternity|parental|sick|annual|study|compassionate)\s+leave"
    # "was due back in clinic Mon 17/3": one person's return to clinic.
    r"|due\s+back|back\s+in\s+clinic"
    # "off with covid from 12th May": one person's time off sick.
    r"|off\s+(?:sick|ill|poorly|with\s+(?:covid|flu|stress|anxiety|depression|my\s+\w+|a\s+\w+))"
    # "im on leave from Mon 3rd": one person's leave, whatever shared thing the clause named before it.
    r"|\b(?:(?:i|he|she)\s+(?:am|is|was|will\s+be)|im|i['’]m|hes|shes|he['’]s|she['’]s)\s+on\s+(?:annual\s+"
    r"|maternity\s+"
    r"|paternity\s+|sick\s+|study\s+|compassionate\s+|parental\s+)?leave\b"
    # One person's own assessment or interview: "due his EPA on 21 November", "her interview is 3 May".
    # ... or a named person's or a relation's ("my apprentice Sam's EPA resit, it's on 8th July").
    r"|(?:my|his|her|their|(?-i:[A-Z][\w-]*)['’]s|(?:apprentice|mentee|learner|student|son|daughter|mum"
    r"|dad|husband|wife|partner)['’]s)\s+(?:own\s+|final\s+|mock\s+)?"
    r"(?:epa|end[- ]point(?:\s+assessment)?|gateway|exam"
    r"|resit|retake"
    r"|interview|viva|professional discussion|observation|assessment|panel|hearing|tribunal|review|appraisal"
    r"|care plan review|ward round|court date|meds review|medication review))\b"
    # One person's resit, named with "his" or "her" earlier in the clause: "needs a push with his maths FS
    # tho, resit booked for 19th june".
    r"|\b(?:his|her|my|their)\b[^.!?;]{0,40}\b(?:resit|retake|resubmission|re-sit)s?\b"
    # One named person's own resubmission or resit: "Resubmission for Małgorzata Wiśniewska is due 14 May".
    r"|\b(?:resubmission|resit|retake|epa|gateway|viva|interview)\s+for\s+(?!(?-i:Band|Level|Cohort|Year)\b)"
    r"(?-i:[A-Z][\w'’-]*)"
    # A gateway meeting is one apprentice's, signed off for the EPA: "gateway meeting Tues 2nd".
    r"|\bgateway\s+(?:meeting|review|call|panel|sign[- ]off)\b",
    re.IGNORECASE,
)
SOMEONE_RE = re.compile(
    r"\b(?:i|me|my|mine|he|she|his|her|hers|mum|dad|son|daughter|husband|wife)\b", re.IGNORECASE
)
# A person who starts: "my apprentice Xu Ming starts on 4 March", "she starts on the 3rd" (where "the
# course starts on 4 March" is shared).
_PERSON_STARTS_RE = re.compile(
    r"\b(?i:i|he|she|apprentice|starter|trainee|student|mentee|hca|nurse|colleague|son|daughter|mum|dad"
    r"|husband|wife|partner)(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,?\s+who)?\s+(?:starts|starting|begins|start"
    r"|is starting|will start)\b"
    # What they start as, between: "who starts on Band 4 from the 1st of April", "starts as an AP on".
    r"(?:\s+(?:on|as|in|at)\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+|my\s+)?[\w-]+(?:\s+\d{1,2})?)?"
    r"\W*(?:(?:on|from)\W+)?(?:the\W+)?$"
)

# Someone's own start, return or leaving: "starts her AP post on 1st September", "back from his leave
# on the 3rd", where "the course starts on 1st September" is shared.
_OWN_DOINGS_RE = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|beginning|join|joins|joined|joining|return"
    r"|returns|returned|returning|finish|finishes|finished|finishing|leave|leaves|left|leaving|back|off"
    r"|went|goes|going)\s+(?:on\s+|from\s+|to\s+)?(?:her|his|my|their)\b"
    # "started the AP course on 2nd september": the writer's own start, said with the subject left out or
    # as "i", where "we started the course on" is the cohort's.
    r"|(?:^\W*|\b(?:i|he|she)\s+)(?:started|began|joined|finished)\s+the\b"
    # "shes due to finish on 30/06/2025": one person's own end or start, not the cohort's "due".
    r"|\b(?:i|he|she|shes|hes|im)\s*(?:is\s+|am\s+|['’]s\s+|['’]m\s+)?due\s+to\s+(?:finish|start|qualify"
    r"|complete"
    r"|leave|return|go\s+on)\b",
    re.IGNORECASE,
)
# One's own leave, placement or post that starts ("my leave starts on the 5th"); "my course starts on
# 4 March" is the cohort's (_SHARED_THINGS).
_OWN_THING_STARTS_RE = re.compile(
    r"\b(?:my|her|his|their)\s+(?P<what>(?:[\w-]+\s+){1,2}?)(?:starts|starting|begins|is starting|will start"
    r"|ends|finishes|is due to start)\b\W*(?:on\W+)?(?:the\W+)?$",
    re.IGNORECASE,
)
_SHARED_THINGS = frozenset(
    {
        "course", "cohort", "module", "modules", "programme", "class", "classes", "training", "group",
        "session", "sessions", "workshop", "lecture", "term", "semester", "apprenticeship", "year",
        "event", "webinar", "conference", "meeting", "block",
    }
)  # fmt: skip
# A named person who starts ("Lisa-Marie starts on 2 March"): a run of capitalised words right before
# "starts"; the date is theirs when redaction finds a name among those words (redaction.py).
NAMED_START_RE = re.compile(
    r"(?P<subject>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?P<aside>\s*,[^,.!?\n]{1,30},"
    # "Zarghona Ahmadzai, employee no. 88-1206-4, starts": a staff number set off by commas.
    r"|\s*,\s*(?i:payroll|staff|employee|emp|esr)(?:\s+(?i:no\.?|number|id))?\s*[:#]?\s*[\w/-]+\s*,"
    r"|\s*\([^()\n]{1,40}\)"
    r"|\s+(?i:payroll|staff no\.?|staff number|esr|employee no\.?)\s*[\w/-]+)?,?\s+"
    r"(?:starts|starting|begins|is starting|will start|joins|is joining|will join|returns|is back)\b"
    r"[^.!?\n;]{0,40}$"
)
# Words of a shared event right after a date in its clause ("on 5 March, the Band 4 session was").
_EVENT_AFTER_RE = re.compile(
    r"^\s*,?\s+(?:(?:at|for)\s+)?(?:the|our|this|a|an)\s+(?:[\w-]+\s+){0,3}?(?:event|conference|workshop"
    r"|webinar|training"
    r"|session|study day|away day|celebration|launch|lecture|open day|meeting|festival)s?\b"
    # "on 3 June with the rest of the cohort": the group's date.
    r"|^\s*,?\s+with\s+(?:the\s+)?(?:rest\s+of\s+(?:the\s+|my\s+|our\s+)?)?(?:whole\s+)?(?:cohort|group|class"
    r"|intake|team)\b",
    re.IGNORECASE,
)
# Someone's own doings before a date: with them the date is theirs whatever follows ("rang on 3 May, the
# session was full").
OWN_VERB_RE = re.compile(
    r"\b(?:rang|phoned|called|sent|seen|referred|started|left|arrived|booked|cancelled|moved|told|emailed"
    r"|went|came|got|had|off|sick|leave)\b",
    re.IGNORECASE,
)


# A date used before the name of a shared event, after "the" ("the 12 march assessment board").
_ATTRIBUTIVE_EVENT_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:board|panel|deadline|event|session|conference|workshop|meeting|intake"
    r"|study day|away day|training|celebration|launch|webinar|cohort)s?\b",
    re.IGNORECASE,
)
_THE_BEFORE_RE = re.compile(r"\b(?:the|our|this|that)\s+$", re.IGNORECASE)


def _last_end(clause: str, personal: object) -> int:
    """Where the last personal cue of a clause ends (0 when the cue is not a match)."""
    if not isinstance(personal, re.Match):
        return 0
    ends = [m.end() for m in personal.re.finditer(clause)]
    return ends[-1] if ends else 0


_OWNABLE_EVENTS = frozenset({"meeting", "session", "panel", "induction"})
_OWNED_EVENT_RE = re.compile(
    r"\b(?:my|his|her)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|panel|induction)\b", re.IGNORECASE
)


def date_kind(text: str, start: int, end: int | None = None) -> str | None:
    """ "date_of_birth", "person_date", "named_start" (a person's date if redaction finds a name as the
    one who starts), or None for a date everyone shares (the event on 5 March)."""
    before = text[max(0, start - 60) : start]
    if _BIRTH_CUE_RE.search(before):
        return "date_of_birth"
    clause = CLAUSE_END_RE.split(before)[-1]
    shared = _SHARED_DATE_CUE_RE.search(clause)
    own = _OWN_THING_STARTS_RE.search(clause)
    what = own.group("what").lower().split() if own is not None else []
    # "my fixed term ends 31/03/2025" is one person's contract, where "my term ends" is the university's.
    own_start = own is not None and (_SHARED_THINGS.isdisjoint(what) or what[0] == "fixed")
    personal = PERSONAL_EVENT_RE.search(clause) or _OWN_DOINGS_RE.search(clause) or own_start
    if shared is not None and not personal and shared.group(0).split()[0].lower() in _OWNABLE_EVENTS:
        # "my sign off meeting got moved to ...": a meeting or session after "my", "his" or "her" is that
        # person's own, not one everyone shares (a deadline stays shared: "her portfolio is due by").
        # The clause is read from further back: the owner may stand before a long name.
        personal = _OWNED_EVENT_RE.search(CLAUSE_END_RE.split(text[max(0, start - 120) : start])[-1])
    if (
        shared is not None
        and personal
        and "," in clause[_last_end(clause, personal) : shared.start()]
        # "my appointments now, next one is 12th November": "next one" is the person's own thing again.
        and not shared.group(0).lower().startswith("next one")
    ):
        # "his EPA is 12th feb, same week as the mentor training on 14th feb": the shared event has a
        # part of the sentence of its own after the person's.
        personal = False
    the = _THE_BEFORE_RE.search(before) or text[start : start + 4].lower() == "the "
    if end is not None and the and _ATTRIBUTIVE_EVENT_RE.match(text, end):
        return None  # "the 12 march assessment board": the date names a shared event
    if (
        shared is not None
        # Far from the event word, someone's own doings come between ("the training was cancelled and I
        # was sent home on 4 June").
        and not (len(shared.group(0).split()) > 5 and SOMEONE_RE.search(shared.group(0)))
        # "the resit is on 14/3 for the cohort, mine is the 12th": one's own set against the shared.
        and not _OWN_AGAINST_SHARED_RE.search(shared.group(0))
        and not personal
        and not _PERSON_STARTS_RE.search(clause)
    ):
        # The name may stand further back than the clause read so far, past an aside in brackets.
        far = CLAUSE_END_RE.split(text[max(0, start - 120) : start])[-1]
        return "named_start" if NAMED_START_RE.search(far) else None
    if (
        end is not None
        and not personal
        and not SOMEONE_RE.search(clause)
        and not OWN_VERB_RE.search(clause)
        and _EVENT_AFTER_RE.search(text[end : end + 50])
    ):
        return None  # "Held at Kingfisher House on 5 March, the Band 4 session was the best of the day"
    return "person_date"
