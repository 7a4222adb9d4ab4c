"""Cue families widened from the kinds of disclosure the dedication file showed were missing.

An apprentice told, once she said she was expecting, that the band 4 post "wouldn't suit someone with a
baby coming"; a tenant's new "girlfriend" who moved in and now collects his PIP and holds his phone;
books, a fob watch and boots given away, "wont need them where im going"; nobody who sits with a
daughter at meals while she loses weight.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _S, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _B,
        # A post or a chance refused for who someone is: "the band 4 post wouldn't suit a mum with kids".
        r"\b(?:would not|will not|does not|did not|might not|may not) (?:really )?suit (?:a woman|a mum|a"
        r" mother|a "
        r"man|me|you|her|him) (?:with a baby|with kids|with children|who is pregnant|who is expecting"
        r"|expecting|"
        r"pregnant|my age|your age|her age|his age|with a disability|with a condition|like me|like you|like"
        r" her|"
        r"like him|of my age|from my background|with an accent|in a wheelchair|with (?:my|your|her|his)"
        r" (?:health|"
        r"condition|needs))\b",
        # ("suit someone with a baby coming" is masked as people in general; the told pregnancy below finds
        # the dedication file's.)
        "describes discrimination",
        keys="would+not will+not does+not did+not might+not may+not",
        also="suit",
    ),
    _cue(
        _B,
        # Treated worse from the day a pregnancy was told: "since i told my manager i was pregnant i have
        # been taken off the EPA list".
        r"\b(?:told|telling|tell|said|announced)\b(?: [\w']+){0,4} (?:i was|i am|i was going to be|she was|"
        r"she is) (?:expecting|pregnant|having a baby)\b",
        "describes discrimination",
        needs=(
            r"\b(?:pushed back|put back|taken off|took me off|moved me|not put forward|hours (?:cut|reduced)|"
            r"post|promotion|interview|would not suit|will not suit|cold shoulder|different since|not the"
            r" same "
            r"since|dropped|passed over)\b",
        ),
        unless=(
            r"\b(?:congratulat\w*|so happy|really supportive|were supportive|was supportive|risk "
            r"assessment done|adjustments)\b"
        ),
        keys="told telling tell said announced",
        also="pushed put taken took moved not hours post promotion interview would will cold different "
        "dropped passed",
    ),
    _cue(
        _A,
        # Someone new in the house who takes over money and phone: "new 'girlfriend' moved in, now collects
        # his PIP, holds his phone and he's stopped coming to groups".
        r"\b(?:moved|moving) in\b",
        "describes their home taken over by others",
        needs=(
            r"\b(?:collects?|collecting|collected|takes?|taking|took|has|holds?|holding|keeps?|keeping|kept|"
            r"controls?|controlling) (?:his|her|their|my) (?:pip|benefits?|dla|esa|universal credit|uc"
            r"|pension|"
            r"wages|money|bank cards?|cards?|phone|mobile|keys)\b",
        ),
        unless=(
            r"\b(?:for me|i asked|at my (?:asking|request)|so i do not lose|while i am (?:in|away)|to "
            r"help)\b"
        ),
        keys="moved+in moving+in",
    ),
    _cue(
        _S,
        # Belongings given away for a journey with no return: "given my fob watch and my good boots to the
        # lass in the year below, wont need them where im going".
        r"\b(?:will not|would not|shall not|am not going to|do not|not going to) (?:be )?(?:need|needing|use|"
        r"using|want|wanting) (?:them|it|those|these|any of (?:it|them|this)|my \w+)(?: \w+){0,2} (?:where i"
        r" am "
        r"going|where i am headed|where i am off to|after (?:this|next week|friday|the weekend)|much longer"
        r"|for "
        r"much longer)\b",
        "speaks of means kept, a goodbye or only staying alive",
        unless=r"\b(?:holiday|spain|abroad|sunny|beach|retir\w*|new job|new house|moving house|emigrat\w*|"
        r"australia|canada|travelling|backpacking|(?:going|off|headed|heading) to (?:uni|university"
        r"|college))\b",
        keys="will+not would+not shall+not am+not do+not not+going",
        also="need needing use using want wanting",
    ),
    _cue(
        _C,
        # Meals left unwatched for someone losing weight: "Nobody sits with her at meals or checks the trays.
        # She's lost more weight".
        r"\b(?:nobody|no one|noone|no staff|not one of them) (?:\w+ )?(?:sits?|sat|stays?|stayed|supervises?|"
        r"supervised|watches|watched) (?:with )?(?:her|him|them|me|mum|dad|my \w+) (?:at|during|for|through|"
        r"over) (?:meals|mealtimes|meal times|dinner|lunch|breakfast|tea|snacks)\b",
        "describes a patient left at risk",
        needs=(
            r"\b(?:lost (?:more |even more |a lot of |so much )?weight|losing weight|weight (?:is"
            r" )?(?:dropping|"
            r"going down)|not eating|stopped eating|trays?|thinner|eating disorder|anorexi\w*|ng tube"
            r"|refeed\w*)"
            r"\b",
        ),
        keys="nobody no+one noone no+staff not+one",
    ),
)
