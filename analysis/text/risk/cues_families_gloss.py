"""Cue families widened from the kinds of disclosure the gloss file showed were missing.

A relative who takes a service user's benefits every payday, told as a question at an event; goodbye
letters to both children put away "just in case"; a patient known to choke given normal food; a
partner who decides who the writer may text; a dyslexic apprentice mocked in the team's group chat.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _S, _Cue, _cue

_MONEY = r"(?:benefits|pension|money|wages|pay|pip|universal credit|uc|savings|cash|giro)"

CUES: tuple[_Cue, ...] = (
    _cue(
        _A,
        # All of someone's money handed over to a relative or partner, or taken on payday.
        rf"\b(?:hands?|handed|handing|gives?|gave|giving) (?:him|her|them|it|over) (?:all|every penny|the lot"
        rf"|most|everything) (?:of )?(?:her|his|my|their)? ?{_MONEY}\b"
        # "handing his whole pension to a 'girlfriend' he met online".
        rf"|\b(?:hands?|handed|handing|gives?|gave|giving) (?:over )?(?:his|her|their|my) (?:whole|entire"
        rf"|full|every penny of (?:his|her|their|my)) {_MONEY} to\b"
        r"|\b(?:turns|turned|comes|came) (?:up|round) (?:every|each|on) (?:payday|pay day|giro day"
        r"|pension day|benefit day)\b",
        "describes money taken by someone close",
        keys="hand hands handed handing give gives gave giving turns turned comes came",
    ),
    _cue(
        _S,
        # Letters to one's children or family put away in case: a goodbye told by what was done.
        r"\b(?:letters?|notes?|cards?) (?:to|for) (?:both |all |each )?(?:of )?(?:my|our) (?:two |three "
        r"|four )?(?:kids|children|boys|girls|sons|daughters|family|lads|lasses|bairns)\b[^.!?]{0,60}"
        r"\b(?:just in case|in case|in the drawer|so they know|they will know|for after|whatever happens"
        r"|house deeds|the will)\b",
        "speaks of means kept, a goodbye or only staying alive",
        unless=r"\b(?:christmas|birthdays?|santa|tooth fairy|school|teacher|thank you)\b",
        keys="letter letters note notes card cards",
    ),
    _cue(
        _C,
        # A patient known to choke given ordinary food instead of the texture they need.
        r"\b(?:normal|ordinary|solid|regular|wrong) (?:food|diet|meals?|dinner|tea)\b[^.!?]{0,20}\b(?:not"
        r"|instead of|rather than) (?:the |her |his )?(?:mashed|pureed|soft|minced|modified|thickened"
        r"|blended)\b"
        r"|\bchok(?:e|es|ed|ing)\b[^.!?]{0,40}\b(?:still|again) (?:gave|given|giving|give|got|served)\b",
        "describes a patient left at risk of choking",
        keys="normal ordinary solid regular wrong choke chokes choked choking",
    ),
    _cue(
        _A,
        # A partner who decides who the writer may see or text.
        r"\b(?:decides?|decided|deciding|chooses|choose|chose|choosing|tells? (?:me|you|her|him)) who "
        r"(?:i am|you are|she is|he is|i|you|she|he|we) (?:am |are |is )?(?:allowed|able|let) to (?:see|text"
        r"|talk to|speak to"
        r"|message|ring|call|meet|visit)\b",
        "describes being controlled by someone",
        keys="decide decides decided deciding choose chooses chose choosing tells tell",
    ),
    _cue(
        _B,
        # A disability mocked, or screenshots of the writer passed round the team.
        r"\b(?:taking|take|takes|took|make|makes|made|making) (?:the )?(?:mick|piss|michael|fun) "
        r"(?:out )?of my (?:spelling|dyslexia|stammer|stutter|accent|disability|weight|hearing|autism|adhd"
        r"|writing|reading|tics?|limp)\b"
        r"|\bscreenshots? (?:of (?:me|my \w+) )?(?:passed|sent|shared|going) (?:round|around)\b",
        "describes discrimination or harassment",
        keys="taking take takes took make makes made making screenshot screenshots",
    ),
)
