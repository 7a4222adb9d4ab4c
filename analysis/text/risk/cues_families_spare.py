"""Cue families of the kinds of wording the spare and extra files (risk_spare.csv, risk_extra.csv)
found missing.

The spare file's shapes: a ward so short that patients' leave, garden or activities stop; caseloads
given as a bare number with posts vacant and people getting worse; signs a child is being exploited
(new phones and trainers, an older "friend" who drives them about at night); no reason to stay named
outright; sleeping tablets kept back "if it all gets too much"; a dose given twice by two nurses, the
tablets named by their look; a discharge with no safety plan and nowhere to live, or named "an unsafe
discharge". The extra file's: affairs put in order, told in dialect (who is having the dog, letters
written for family, follow-up not needed), two such signs together making a flag; the writer gone "by
then"; sitting on the edge of a height; a survey filled in secretly while a partner is out of the room,
with a plea not to ring the house, two such signs together making a flag.
"""

from __future__ import annotations

import re

from .cue import _A, _C, _M, _S, _ST, _Cue, _cue
from .cues_families_behaviour import _CONTROLLED
from .words import _MEDS, _forty_or_more

# Anywhere in the comment: a child, and gifts, money or nights out that an adult explains away.
_CHILD_RE = re.compile(
    r"\b(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen|kid|kids|child|teenager|teen|young lad|"
    r"young girl|school|year (?:8|9|10|11)|schoolboy|schoolgirl|under ?age)\b"
)
_GIFTS_RE = re.compile(
    r"\b(?:new|expensive|designer|brand new) (?:phones?|trainers|clothes|jackets?|gear|stuff)\b"
    r"|\b(?:cash|money|at night|late at night|going missing|goes missing|gifts?)\b"
    # Drugs and lifts handed out free, and a child who no longer goes home.
    r"|\bfree (?:weed|drugs|cannabis|vapes?|fags|cigs|booze|alcohol)\b|\blifts\b"
    r"|\b(?:stopped|stopped going|not been|not going|never goes|not gone) home\b"
)


def _child_exploited(match: re.Match[str]) -> bool:
    """Whether the comment around an older "friend" names a child and gifts, money or nights out."""
    return bool(_CHILD_RE.search(match.string) and _GIFTS_RE.search(match.string))


CUES: tuple[_Cue, ...] = (
    # --- unsafe staffing ----------------------------------------------------------------------------
    # "the ward was that short they kept the garden locked and nobody got their leave for 4 days".
    _cue(
        _ST,
        r"\b(?:so|that|too|really|very|dangerously|chronically|always) short(?: staffed)?\b[^.!?]{0,80}"
        r"\b(?:leave|garden|fresh air|activities|groups?|1:1s?|one to ones?|escorts?|section 17)\b",
        "describes patients going without because of too few staff",
        needs=(
            r"\b(?:cancel\w*|locked|stopped|nobody got|no one got|did not get|could not (?:go|have|get)|"
            r"missed|no leave|fight|fights|kicked off|kicking off|incidents?|restrain\w*)\b",
        ),
        unless=r"\b(?:annual leave|my leave|our leave|holiday|holidays|study leave|a\/l)\b",
        keys="so+short that+short too+short really+short very+short dangerously+short chronically+short "
        "always+short",
    ),
    # "care coordinators are carrying 60+ each with 2 posts vacant, people on the waiting list are getting
    # worse".
    _cue(
        _ST,
        r"\b(?:carrying|carry|caseloads? of|caseloads? (?:is|are|was|were)|holding|hold|each (?:have|has|"
        r"got|with))\s+(?:over |about |around |nearly )?\d{2,3}\s*\+?",
        "describes caseloads too big to keep people safe",
        check=_forty_or_more,
        needs=(
            r"\b(?:vacan\w*|posts? (?:empty|unfilled|not filled)|getting worse|deteriorat\w*|(?:nobody|no "
            r"one) has (?:the )?time|not (?:been )?seen|can not see|could not see|waiting list|unsafe|nobody "
            r"to ring|no time to (?:ring|call|see)|in crisis"
            # "three care coordinators left in our CMHT, each with 70+": the posts that remain.
            r"|(?:care coordinators?|cpns?|nurses?|workers?|practitioners?|staff) left)\b",
        ),
        keys="carrying carry caseload caseloads holding hold each",
    ),
    # --- abuse: a child exploited ------------------------------------------------------------------
    # "keeps showing up with new phones and trainers and says an older friend drives him about at night".
    _cue(
        _A,
        r"\b(?:older (?:friends?|lads?|men|man|blokes?|guys?|boyfriend|girlfriend|mates?|people)|(?:drives|"
        r"drove|driving|picks|picked|picking|ferries|ferried) (?:him|her|them) (?:about|around|up late|up "
        r"at night|off at night))\b",
        "describes signs that a child is being exploited",
        check=_child_exploited,
        keys="older drives drove driving picks picked picking ferries ferried",
    ),
    # Control shown by being checked on and kept without money: one sign alone, so two make a flag, and
    # a lesson about them marks the topic ("signs like being checked up on all the time and having no
    # money of your own").
    _cue(
        _A,
        r"\b(?:checked up on|checks up on|checking up on|check up on) (?:me |her |him |you )?(?:all the "
        r"time|constantly|every (?:hour|day|five minutes|5 minutes))"
        r"|\bno money of (?:your|my|her|his|their) own\b",
        "describes a partner or relative controlling them",
        topic=True,
        weight=1,
        keys="checked checks checking check no+money",
    ),
    # --- suicide and self-harm ----------------------------------------------------------------------
    # "i could not think of a single reason to stay for myself".
    _cue(
        _S,
        r"\b(?:could not|can not|cannot|could never|struggle to|struggled to|struggling to) (?:think of|"
        r"find|come up with|name|see) (?:a single|one|any|a) (?:reason|thing) (?:to (?:live|keep going|"
        r"carry on|be here|stay alive|go on|stay(?! (?:in|on|at|with|late|for (?:the|this|that|my "
        r"(?:job|post|role))|here (?:at|in|on)|awake|focused|calm|positive)))|worth (?:living|staying) for)",
        "wishes they were dead or not here",
        weight=3,
        keys="could+not can+not cannot could+never struggle struggled struggling",
    ),
    # Sleeping tablets kept back "just so i know they are there if it all gets too much".
    _cue(
        _S,
        r"\b(?:keeping|kept|keep|saving|saved|save|holding|held|putting|put|stashing|stashed|hoarding|"
        r"hoarded|hiding|hid) (?:back|aside|by|away) (?:some of |a few of |one of |all )?(?:my|his|her|the|"
        r"them|it)\b",
        "mentions a means or plan",
        weight=3,
        needs=(
            r"\b(?:if (?:it|things) (?:all )?(?:gets?|got) (?:too much|too bad|bad)|just in case|so i know "
            r"(?:they are|it is) there|for a bad day|for when|in case i need|stockpil\w*|enough to|"
            r"collection)\b",
        ),
        unless=r"\b(?:pharmacy|pharmacist|chemist|take (?:them|it) back|return\w*|dispos\w*|money|savings|"
        r"wages|pay|cash|pennies|receipts?)\b",
        keys="keeping kept keep saving saved save holding held putting put stashing stashed hoarding "
        "hoarded hiding hid",
    ),
    # --- medication ---------------------------------------------------------------------------------
    # "got given the little white ones twice on tuesday, once at breakfast and again by the other nurse".
    _cue(
        _M,
        r"\b(?:given|gave (?:me|him|her|them)|got given|had|handed)\b[^.!?]{0,40}\btwice\b"
        r"(?! (?:a|daily|per|each|every|weekly) )[^.!?]{0,50}\b(?:again|other nurse|another nurse|second "
        r"nurse|different nurse|both nurses|two nurses|each nurse|day nurse|night nurse)\b",
        "describes a dose given twice",
        needs=(rf"\b(?:{_MEDS}|ones|meds round|medication round|dose)\b",),
        keys="twice",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    # "discharged from our crisis house with no safety plan and nowhere to live, it was an unsafe discharge".
    _cue(
        _C,
        r"\bdischarged\b[^.!?]{0,60}\b(?:(?:no|without (?:a|any)) (?:safety|crisis|care|discharge) plan|"
        r"nowhere to (?:live|stay|sleep)|no (?:home|address|bed) to go)\b",
        "describes an unsafe discharge",
        keys="discharged",
    ),
    _cue(
        _C,
        r"\bunsafe discharges?\b",
        "describes an unsafe discharge",
        direct=True,
        topic=True,
        keys="unsafe+discharge unsafe+discharges",
    ),
    # --- the extra file's shapes -------------------------------------------------------------------
    # Affairs put in order: "sorted who is havin the dog and wrote letters for me mam and our kid so i
    # divvent think i will need the follow up sessions". Each sign alone is ordinary; two make a flag.
    _cue(
        _S,
        r"\b(?:sorted|arranged|found|decided|worked out|planned) (?:out )?(?:who is|who will be|who will|"
        r"someone|somebody|a home for|homes for|new homes for)\b(?:[^.!?]{0,20}\b(?:havin|having|have|"
        r"taking|take|looking after|look after|for)\b)?[^.!?]{0,15}\b(?:dog|dogs|cat|cats|pets?|budgie|"
        r"rabbit|bairns?|kids?)\b",
        "describes putting their affairs in order",
        weight=1,
        keys="sorted arranged found decided worked planned",
    ),
    _cue(
        _S,
        r"\b(?:wrote|written|writing|write|left) (?:some |a few |the |a )?(?:letters?|notes?|cards?) "
        r"(?:for|to) (?:each of |all of )?(?:me|my|our|the) (?:mam|mum|mom|ma|dad|da|kids|bairns|family|kid"
        r"|wife|husband|partner|lass|lad|sister|brother|nan|daughter|son|girls|boys)\b",
        "describes putting their affairs in order",
        weight=1,
        unless=r"\b(?:christmas|birthday|thank you|thankyou|anniversary|valentine|holiday|postcard|"
        r"assignment|reflection|reference)\b",
        keys="wrote written writing write left",
    ),
    _cue(
        _S,
        r"\b(?:will not|do not think i will|divvent think i will|dont think i will|do not think i) "
        r"(?:need|be needing|be coming to|be at) (?:the |my |any more |the rest of the |the next |more "
        r"|any )?"
        r"(?:follow ?up|follow-up|sessions?|appointments?|appts?|course|group|weeks)\b",
        "describes putting their affairs in order",
        weight=1,
        unless=r"\b(?:better|discharged|moving|moved|holiday|job|working|shift|shifts|feel fine|doing well|"
        r"much improved|sorted now)\b",
        keys="will+not do+not divvent dont",
    ),
    # Gone by then: "i will not be at week 6, i will not be anywhere by then".
    _cue(
        _S,
        r"\bi will not be (?:anywhere|around|here|about|alive|with you|with us) (?:by|come|at|for) (?:then|"
        r"that|next week|next month|christmas|the end|week \d+|the next one|the next session)\b"
        r"|\bi will not be anywhere\b",
        "wishes they were dead or not here",
        weight=3,
        unless=r"\b(?:moving|moved|move|holiday|abroad|leaving the|new job|job|uni|university|placement|"
        r"rota|shift|nights|on leave|annual leave|maternity|away)\b",
        keys="i+will",
    ),
    # On the edge of a height: "went up the top of the multi storey and sat on the edge for about an hour".
    _cue(
        _S,
        r"\b(?:sat|sitting|sit|stood|standing|stand|stayed|perched) (?:on|at|by) the (?:edge|ledge|railings?|"
        r"wall|parapet)\b[^.!?]{0,40}"
        r"|\b(?:went|go|goes|going|got|climbed) (?:up )?(?:to )?the top (?:of|floor of) the (?:multi ?storey|"
        r"car park|bridge|flats|tower|block|building|cliff|quarry)\b",
        "mentions a means or plan",
        needs=(
            r"\b(?:multi ?storey|car park|bridge|flats|tower|block|roof|top floor|cliff|quarry|viaduct|"
            r"ledge|edge|railings|parapet)\b",
        ),
        unless=r"\b(?:view|views|sunset|sunrise|photo|photos|picnic|walk|hike|fell|fells|climbing wall|"
        r"pool|bed|chair|sofa|seat)\b",
        keys="sat sitting sit stood standing stand stayed perched went go goes going got climbed",
    ),
    # A survey filled in in secret: "had to do this quick while he is in the shower ... please do not
    # ring the house". Each sign alone is ordinary; two make a flag.
    _cue(
        _A,
        r"\b(?:do|doing|did|fill|filling|filled|write|writing|wrote|type|typing) (?:this|these|it) (?:quick|"
        r"quickly|fast|now) (?:while|whilst|before) (?:he|she|they|my \w+) (?:is|are|gets?|comes?|wakes?)"
        r"\b|\b(?:while|whilst) (?:he|she) is (?:in the shower|out|asleep|at work|in the bath|down the pub)"
        r"\b[^.!?]{0,30}\b(?:quick|quickly|secret|not know|does not know|cannot see|can not see)\b",
        _CONTROLLED,
        weight=1,
        keys="do doing did fill filling filled write writing wrote type typing while whilst",
    ),
    _cue(
        _A,
        r"\b(?:please )?(?:do not|never|dont) (?:ring|call|phone|text|write to|send (?:anything|letters|"
        r"post) to) (?:the house|my house|me at home|the home number|my home|the landline|home)\b"
        r"|\b(?:the )?only place i (?:can|get to) (?:talk|speak|be myself|be honest|breathe)\b",
        _CONTROLLED,
        weight=1,
        keys="please do+not never dont the+only only+place",
    ),
)
