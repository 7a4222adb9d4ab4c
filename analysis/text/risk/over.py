"""Distress a comment tells as over: self-harm long ago, a dark time before help, a controlling
relationship left years ago, with nothing of now; a worker hurt by an unwell patient and looked after;
and a screening question the writer answered no."""

from __future__ import annotations

import re

__all__ = [
    "SCREENED_NO_RE",
    "told_as_handled",
    "told_as_left_behind",
    "told_as_long_over",
    "told_as_recovered",
    "told_as_reported_safe",
]

# Self-harm the comment places long ago and says is over ("used to self harm at 16, but that was 20
# years ago and I'm in a good place now"); any word of it now or lately keeps the flag.
LONG_AGO_RE = re.compile(
    r"\b(?:used to|when i was (?:\d+|a (?:teenager|teen|kid|child|student))|as a (?:teenager|teen|kid|child)|"
    r"in my (?:teens|twenties)|(?:was|were) (?:cutting|hurting) (?:herself|himself|themselves|myself) last"
    r" year)\b"
)
OVER_NOW_RE = re.compile(
    r"\b(?:(?:\d+|many|ten|twenty|thirty|several) years ago|a long time ago|(?:in|at) a (?:good|better) "
    r"place now|doing (?:really |very )?well now|how far i have come|not (?:done it|self harmed|harmed "
    r"myself|cut) (?:for|in|since) (?:years|\d+|many|over))"
    # "few years back i used to ... but i have not for a long time now".
    r"|\b(?:a |a few |few |some |many |\d+ )?years back\b"
    r"|\bhave not (?:for|in) (?:a long time|years|ages|a good while)"
    # "hasnt done it since christmas" with a team beside her: stopped, and cared for.
    r"|\b(?:has|have) not done it since (?:christmas|easter|the summer|the spring|last \w+|the new year)\b"
    # "i used to pick at my skin ... its stopped, 6 months now".
    r"|\b(?:it is|its|it has|has|have|it all) stopped\b[^.!?]{0,5}"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:months|years)\b"
)
# Distress told as over: "i was in a really dark place when i got referred ... i am doing loads better
# now". Indirect signs of it are set aside; anything direct, or said of now, keeps the flag.
WAS_DARK_RE = re.compile(
    r"\b(?:was|were|had been) (?:in )?(?:a )?(?:really |very |proper |pretty )?(?:dark|bad|low|horrible|"
    r"awful) (?:place|time|way|patch)\b[^.!?]{0,20}\b(?:when|before|until|last year|back then)\b"
    # "i was so low when i got referred": the time before help, told by when it was.
    r"|\b(?:was|felt) (?:so |really |very |proper |pretty )?(?:low|down|rough|bad) when (?:i|we) "
    r"(?:got |was |first )?(?:referred|came|started|came in|first came)\b"
)
BETTER_NOW_RE = re.compile(
    r"\b(?:am|i am|feel|feeling|doing) (?:loads|lots|so much|much|a lot|way|heaps|miles|massively) "
    r"(?:better|happier|more positive)(?: now| these days)?\b"
    # "8 weeks of cbt later and i am back down the allotment": life taken up again after the help.
    r"|\b(?:weeks|months|sessions) (?:of \w+ )?later\b[^.!?]{0,20}\b(?:i am|am) (?:back|well|enjoying)\b"
    # "the group has given me my weekends back": what the distress took, given back.
    r"|\b(?:given|gave|got) me (?:my )?(?:life|weekends|evenings|confidence|spark|smile|sleep|appetite|self"
    r"|future) back\b|\b(?:i have|ive|i got|got) my (?:life|weekends|spark|confidence) back\b"
    # "8 months clean now and i help run the peer group": recovery counted in time.
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months|years) (?:clean|"
    r"sober|dry)\b|\b(?:clean|sober|dry) (?:for|now for) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r" "
    r"(?:weeks|months|years)\b"
)
STILL_RE = re.compile(
    r"\b(?:again|still|lately|recently|at the moment|these days|urges?|relaps\w*|started|tempt\w*|"
    r"thinking about|think about|miss it|some days|sometimes)\b"
)


# A worker who did not take it to be going on still ("did not assume it was still going on") says
# nothing of now.
NOT_ASSUMED_STILL_RE = re.compile(
    r"\b(?:did not|does not|without) (?:assume|assuming|think|thinking|presume|presuming)\w* (?:it|i|that)"
    r" (?:was|is|were) still\b"
)


def _over(then: re.Pattern[str], now: re.Pattern[str], text: str) -> bool:
    """Whether the text tells something as then and as over now, with no word of it still going on."""
    text = NOT_ASSUMED_STILL_RE.sub(" ", text)
    return bool(then.search(text) and now.search(text)) and not STILL_RE.search(text)


def told_as_long_over(text: str) -> bool:
    """Whether the comment places self-harm long ago and says it is over, with no word of it now."""
    return _over(LONG_AGO_RE, OVER_NOW_RE, text)


def told_as_recovered(text: str) -> bool:
    """Whether the comment tells its distress as a time that is over, with nothing said of it now."""
    return _over(WAS_DARK_RE, BETTER_NOW_RE, text)


# A controlling relationship the writer left long ago and is safe from now ("I left a controlling
# relationship years ago ... I'm safe now and have my own flat"); any word of it now keeps the flag.
_HARMFUL = r"(?:controlling|abusive|violent|coercive|toxic)"
LEFT_BEHIND_RE = re.compile(
    rf"\b(?:left|got out of|escaped|ended|walked away from|came out of) (?:a |an |my |that |the )?{_HARMFUL} "
    r"(?:relationship|marriage|partner|ex|boyfriend|girlfriend|husband|wife)\b[^.!?]{0,20}\b(?:years ago"
    r"|a long time ago|long ago|ages ago)\b"
    # "years ago i was in a controlling relationship": the time told first.
    rf"|\b(?:years|a long time|ages) ago,? i was in (?:a |an )?{_HARMFUL} (?:relationship|marriage)\b"
    # "my ex used to control everything ... thats 5 years ago now".
    r"|\bmy ex (?:used to|would|always) (?:control|check|track|decide|take|stop)\w*\b[^.!?]*[.!?]? ?"
    r"[^.!?]{0,30}\b(?:\d+|two|three|four|five|six|ten|many) years ago\b"
)
SAFE_NOW_RE = re.compile(
    r"\b(?:i am|am|feel|i feel) (?:totally |completely )?safe (?:now|these days)\b"
    r"|(?:^|[.!?] )(?:i am |am )?safe and (?:settled|happy|well) now\b"
    r"|\b(?:long|well|all) behind me\b|\bout of the picture\b|\b(?:i am|am) out and safe\b"
)


def told_as_left_behind(text: str) -> bool:
    """Whether the comment places a controlling relationship long ago, left, and the writer safe now."""
    return _over(LEFT_BEHIND_RE, SAFE_NOW_RE, text)


# A screening question about ending one's life, asked by a worker and answered no in the next words
# ("the worker asked ... whether i had thought about ending my life. i have not and never have").
SCREENED_NO_RE = re.compile(
    r"\b(?:asked|asks|ask|asking)\b[^.!?]{0,50}\b(?:whether|if)\b[^.!?]{0,40}\b(?:ending my life|end my"
    r" life|killing myself|kill myself|harming myself|hurting myself)\b(?=[.!?,]?\s*(?:i have not|i had not"
    r"|i have never|never have|no i|i said no|i do not|i did not|i would not|i am not))"
)


# A worker hurt by a patient, the incident reported and the worker looked after ("got headbutted by a
# patient on PICU, he was very unwell ... proper debrief and my manager rang me at home after"): the
# risk.csv README labels such a comment negative but safe; with no word of care after it, it stays flagged.
HURT_BY_PATIENT_RE = re.compile(
    r"\b(?:headbutt\w*|punched|hit|kicked|bitten|bit|slapped|scratched|spat at|assaulted|attacked|grabbed|"
    r"pushed|thumped|injured|hurt) by (?:a|an|one of the|one of our|the|our) (?:\w+ )?(?:patient|service user"
    r"|resident|young person)s?\b"
)
LOOKED_AFTER_RE = re.compile(
    r"\b(?:debrief(?:ed)?|post[- ]incident (?:review|support)|checked over|got checked|rang me|checked (?:in"
    r" )?on"
    r" me|supported me|looked after me)\b"
)
NOT_LOOKED_AFTER_RE = re.compile(
    r"\b(?:no|never|not|without|nobody|no one)\b[^.!?]{0,20}\b(?:debrief\w*|checked|rang|support\w*|looked"
    r" after)\b|\bnothing (?:was |has been |got )?(?:done|said)\b"
)


def told_as_handled(text: str) -> bool:
    """Whether a worker was hurt by a patient and the comment says they were debriefed or looked after."""
    return bool(
        HURT_BY_PATIENT_RE.search(text)
        and LOOKED_AFTER_RE.search(text)
        and not NOT_LOOKED_AFTER_RE.search(text)
    )


# Harm to someone else that the writer says was reported to those who act on it and is over ("raised a
# concern last year about a patient's son taking her money, it went to the local authority the same day
# and shes safe now"); the writer's own harm, or any word of it now, keeps the flag.
REPORTED_RE = re.compile(
    r"\b(?:raised|reported|referred|went|passed|escalated|rang|called)\b[^.!?]{0,40}\b(?:local authority|"
    r"safeguarding(?: team| lead)?|the council|adult social care|social services|police|mash)\b"
)
THEY_SAFE_NOW_RE = re.compile(
    r"\b(?:she is|he is|they are|she has been|he has been|they have been) (?:completely |totally |now )?"
    r"(?:safe|safe and well|protected)(?: now| since)\b"
)
OWN_HARM_RE = re.compile(r"\b(?:my (?:partner|husband|wife|boyfriend|girlfriend|ex)|to me|on me|me and)\b")


def told_as_reported_safe(text: str) -> bool:
    """Whether harm to someone else was reported to those who act on it and they are safe now."""
    return _over(REPORTED_RE, THEY_SAFE_NOW_RE, text) and not OWN_HARM_RE.search(text)
