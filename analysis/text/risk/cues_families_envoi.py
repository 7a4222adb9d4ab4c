"""Cue families widened from the kinds of disclosure the envoi file showed were missing.

A young person drawn into crime (new phones and cash, older men ferrying them about); a patient who
cannot drink or eat safely left without (a water jug taken away, a pureed diet handed sandwiches, a
swallowing plan nobody reads); a depot injection long overdue; a pension or bank card kept by a
relative who leaves the person a few pounds; and a future closed off ("no point booking me in").
"""

from __future__ import annotations

from .cue import _A, _C, _M, _S, _Cue, _cue

# A young person: "a 16yr old", "our lad", "my son", "a kid".
_YOUNG = (
    r"(?:1[0-7] ?(?:yr|year|yo)s?(?: old)?|teen\w*|lad|boy|girl|kid|child|son|daughter|grandson|granddaughter"
    r"|nephew|niece|young person|young people)"
)

CUES: tuple[_Cue, ...] = (
    _cue(
        _A,
        # Signs of criminal exploitation told about a young person in the same sentence.
        rf"\b{_YOUNG}\b[^.!?]{{0,100}}\b(?:(?:new|expensive|two|2|several|extra) (?:phones?|mobiles?"
        rf"|trainers)"
        r"|(?:wads? of |loads of |rolls of )?cash (?:from nowhere|he cannot explain|she cannot explain)"
        r"|older (?:lads|men|boys|blokes|guys|lot) (?:dropping|picking|driving|ferrying|collecting) (?:him"
        r"|her|them))\b",
        "describes signs a young person is being exploited",
        keys="phone mobile trainers cash older",
    ),
    _cue(
        _C,
        # No drink for hours for someone who cannot get one, or the jug taken out of reach.
        r"\b(?:nothing|no drink|no water|no fluids?|not a drop|not had a drink)\b[^.!?]{0,30}\b(?:to drink )?"
        r"(?:from|since|all) (?:breakfast|morning|this morning|lunch|dinner|yesterday|day|night"
        r"|the morning)\b"
        r"|\b(?:jug|cup|beaker|water|drink)s? (?:had been |has been |was |were |been |got )?(?:taken away"
        r"|moved out"
        r" of reach|left out of reach|put out of reach|out of (?:her|his|their|my) reach)\b",
        "describes a patient left without drinks",
        keys="nothing drink water fluid drop jug cup beaker",
    ),
    _cue(
        _C,
        # A texture-modified diet or a swallowing plan ignored.
        r"\b(?:puree[ed]*|pureed|soft|minced|thickened|modified) (?:diet|food|fluids?|meals?)\b[^.!?]{0,80}\b"
        r"(?:handed|given|giving|gets|getting|got|brought|served|fed) (?:\w+ ){0,2}?(?:sandwiches|toast"
        r"|biscuits"
        r"|crisps|normal food|a normal meal|the wrong (?:food|meal|diet))\b"
        r"|\b(?:nobody|no one|none of them|staff (?:do not|never)) (?:reads?|follows?|looks? at|checks?) "
        r"(?:the |her |his |their )?(?:salt|swallow\w*|choking|eating and drinking|dysphagia) (?:plan"
        r"|guidance|"
        r"assessment|advice)\b",
        "describes a swallowing plan ignored",
        keys="puree soft minced thickened modified salt swallow choking eating dysphagia",
    ),
    _cue(
        _M,
        # A depot injection overdue by weeks, or its nurse never coming.
        r"\bdepot(?: injection| jab)? (?:was |is |has been )?(?:due|overdue|late"
        r"|missed)\b[^.!?]{0,20}\b(?:a fortnight"
        r"|two weeks|2 weeks|three weeks|3 weeks|a month|weeks|\d+ days) (?:ago|late|overdue)\b"
        r"|\bdepot(?: injection| jab)? (?:is |was )?(?:now )?(?:a fortnight|two weeks|2 weeks|three weeks"
        r"|3 weeks"
        r"|a month|weeks) (?:late|overdue)\b",
        "describes a depot injection long overdue",
        keys="depot",
    ),
    _cue(
        _A,
        # A relative who takes the pension or keeps the card and leaves the person a little a week.
        r"\b(?:grandson|granddaughter|son|daughter|nephew|niece|son in law|daughter in law|carer|neighbour"
        r"|partner"
        r"|husband|wife|brother|sister)\b[^.!?]{0,60}\b(?:collects?|takes?|draws?|keeps?|holds? on to) (?:my"
        r"|her|his)"
        r" (?:pension|benefits|bank card|card|pin|money)\b"
        r"|\b(?:left|leaves|give[ns]?|allowed) (?:me|her|him) (?:with )?(?:only |just )?(?:£ ?\d+|ten|twenty"
        r"|five|"
        r"fifteen) (?:pounds|quid)? ?(?:a|per) week\b",
        "describes someone's money taken over by another",
        keys="pension benefits bank card pin money week",
    ),
    _cue(
        _S,
        # A future closed off: no need of the next appointment because things are "sorted for after".
        r"\b(?:no point|not worth|no need|do not bother|dont bother|won't need|will not need|wont need) "
        r"(?:in )?(?:booking|making|sending|giving) (?:me )?(?:in|an? (?:appointment|review|place)|another)\b"
        r"|\b(?:got|have|had) (?:everything|it all|things) (?:sorted|arranged|planned|in order) for "
        r"(?:after|when) (?:my|the) (?:bday|birthday|anniversary|christmas|weekend|next week)\b",
        "describes a future closed off",
        keys="booking making sending giving sorted arranged planned order",
    ),
)
