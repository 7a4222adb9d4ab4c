"""Cue families widened from the kinds of disclosure the footnote file showed were missing.

A threat, in a numbered list, that the writer's portfolio will "go missing" if they speak up; new marks
and a flinch at the mention of a son; the same tablet taken from two boxes; an apprentice who has
"sorted her affairs" and "made her peace"; patients taken off observations to cover the door; one
unregistered worker overnight for a house of residents; a consultant said to have made apprentices'
lives hell.
"""

from __future__ import annotations

from .cue import _A, _B, _M, _S, _ST, _Cue, _cue

_PAPERS = (
    r"(?:portfolio|sign ?off|assessment|epa|paperwork|work|evidence|logbook|competencies|reference|placement)"
)

CUES: tuple[_Cue, ...] = (
    _cue(
        _B,
        # Speaking up answered with a threat to the apprentice's work.
        rf"\bif i (?:mention|raise|complain|say|report|tell|speak|go)\b[^.!?]{{0,80}}\bmy (?:[\w-]+ ){{0,2}}"
        rf"{_PAPERS}\b (?:will|would|might|could|is going to) ['\"‘’]?(?:go missing|get lost|disappear"
        r"|fail|get binned)",
        "describes a threat to an apprentice's work",
        keys="if+i",
    ),
    _cue(
        _A,
        # Fear at the mention of one person: "she flinched when i mentioned him".
        r"\bflinch(?:ed|es|ing)? (?:when|whenever|at|if) (?:i|we|you|someone|anyone|staff|the nurse) "
        r"(?:mentioned|mention|mentions|asked about|ask about|said|say|brought up) (?:him|her|his name"
        r"|her name|them|their name|her son|her husband|her partner|his wife|his son)\b",
        "describes fear of someone close",
        keys="flinch flinched flinches flinching",
    ),
    _cue(
        _M,
        # One medicine taken twice over because it came in two boxes or under two names.
        r"\bsame (?:tablet|tablets|medicine|medication|drug|pill|pills|inhaler|meds) (?:in|under|with|from) "
        r"two (?:different )?(?:boxes|packets|packs|names|brands|labels|pharmacies|prescriptions)\b",
        "describes a dose given twice or too much",
        keys="same",
    ),
    _cue(
        _S,
        # Affairs put in order and peace made, told of oneself or of someone else.
        r"\b(?:sorted|sorting|put|putting|got) (?:out )?['\"‘’]?(?:her|his|their|my) affairs\b"
        r"|\bmade (?:her|his|their|my) peace\b",
        "describes putting their affairs in order",
        weight=1,
        soft=True,
        unless=r"\b(?:with (?:god|the church|her sister|his brother|my sister|my brother|my mum|my dad)"
        r"|moving|moved|emigrat\w*|retir\w*|divorce|new job|mortgage|tax)\b",
        keys="sorted sorting put putting got made",
    ),
    _cue(
        _ST,
        # Patients taken off observations to cover something else: too few staff for the observations.
        r"\b(?:take|took|taking|taken|pull|pulled|pulling) (?:people|staff|someone|us|me|hcas?|nurses) off "
        r"(?:eyesight |level \d |enhanced |close |arms length |1:1 )?(?:obs|observations|1:1s?)\b"
        # One worker, unregistered, for a house of residents overnight.
        r"|\b(?:a single|one|only one|just one) (?:unregistered |unqualified |untrained |agency |bank )?"
        r"(?:worker|member of staff|staff member|carer|hca|support worker|person|nurse) (?:for|with|looking "
        r"after|covering) (?:\d+|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:residents|patients|service "
        r"users|people|beds|clients|young people)\b",
        "says too few staff for the patients or the observations",
        keys="take took taking taken pull pulled pulling single one only+one just+one",
    ),
    _cue(
        _B,
        # Someone at work said to have made the writer's or colleagues' lives hell.
        r"\bmade (?:their|my|our|her|his) li(?:fe|ves) (?:a )?(?:hell|misery|a misery|a living hell)\b",
        "describes bullying",
        keys="made",
    ),
)

# Shapes the learned reading found alone before its training file took in help that was asked for
# (a dosette box done for mam, a card held by one's choice), now written as cues so they stay found.
CUES_KEPT: tuple[_Cue, ...] = (
    _cue(
        _S,
        # Belongings given away so nobody is left anything to deal with.
        r"\bnothing left for (?:anyone|anybody|them|you|the family|my family) to (?:worry|sort|deal|clear)"
        r"|\b(?:give|gave|given|giving) (?:my \w+ |away )?(?:my |the )(?:ps5|xbox|guitar|good coat|coat"
        r"|jewellery|watch|ring|bike|telly|tv|laptop|records|books|car)\b",
        "speaks of means kept, a goodbye or only staying alive",
        weight=1,
        unless=r"\b(?:charity shop|moving|moved|new one|upgrade\w*|birthday|christmas|outgrown|too small)\b",
        keys="nothing+left give gave given giving",
    ),
    _cue(
        _A,
        # A partner who tracks the phone, takes the car keys and makes lateness costly.
        r"\b(?:find my (?:friends|phone|iphone)|life360|tracking app|tracker on)\b"
        r"|\btakes? (?:the|my) car keys (?:to work )?with (?:him|her)\b"
        r"|\bif (?:i am|i'm|im) (?:\d+|five|ten) mins? late\b[^.!?]{0,20}\bhell on\b",
        "describes being controlled by someone",
        weight=1,
        keys="find life360 tracking tracker takes take if+i",
    ),
    _cue(
        _A,
        # Care given only as a reward: "they get my pension and i get my tea if ive been good".
        r"\bi (?:only )?get (?:my )?(?:tea|dinner|food|money|phone|pocket money|tablets|meals) (?:if|when"
        r"|only if) (?:i have|i am|ive|im|i've|i'm) been good\b",
        "describes money taken by someone close",
        keys="i+get i+only",
    ),
    _cue(
        _M,
        # A sedative given with nothing prescribed, to quieten a patient.
        r"\b(?:give|gave|given|giving)\b[^.!?]{0,60}\b(?:who had|with|had) nothing written up\b"
        r"|\bto ['\"‘’]?quieten (?:him|her|them|a patient|the patient)? ?down['\"‘’]?[^.!?]{0,40}\bnothing "
        r"(?:written up|prescribed)\b",
        "describes a medicine given without a prescription",
        keys="give gave given giving to",
    ),
)
