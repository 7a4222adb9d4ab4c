"""Sentence-level cues: words of one kind beside words of another."""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _ST, _Cue, _cue
from .words import (
    _COLLEAGUE,
    _CONTROL,
    _CONTROL_UNLESS,
    _DEATH,
    _HOSTILE,
    _ILLNESS_FEAR,
    _INTENT,
    _INTIMATE,
    _MEANS,
    _MEANS_UNLESS,
    _MED_ERROR,
    _MED_FINE,
    _MEDS_WORD,
    _PERSON,
    _RESTRAINT_TAUGHT,
    _SHORTAGE,
    _STAFFING_HARM,
    _TRAINEE,
    _UNKIND,
    _VIOLENT,
    _VIOLENT_UNLESS,
    _WANT,
)

CUES: tuple[_Cue, ...] = (
    # --- sentence-level cues: words of one kind beside words of another ---------------------------
    _cue(
        _S,
        _DEATH,
        "wishes they were dead or not here",
        needs=(_WANT,),
        # Gone from a job, a contract or on holiday is not gone from life.
        unless=rf"{_ILLNESS_FEAR}|\bretir\w*|\bcontract (?:ends|finishes|is up)\b|\b(?:handed|handing|hand|"
        r"gave|giving) (?:in )?my notice\b|\bon (?:holiday|annual leave|maternity)\b|\bmoving (?:away|"
        r"abroad|house)\b"
        # "she means her old house in jarrow not here": a home elsewhere, not leaving life.
        r"|\b(?:house|home|flat|bungalow|place|country)\b(?: [\w']+){0,3},? not here\b",
        keys=(
            "stop+living stop+breathing die dying dead death alive not+here be+here being+here not+around "
            "be+around being+around in+it gone disappear end+it ending+it end+everything "
            "ending+everything end+things ending+things end+my ending+my to+end to+stop to+over be+over "
            "wake sleep exist kill live life be+end be+stop"
        ),
        also=(
            "want wanted wants wanting wish rather prefer think thought plan going+to tempted urge ready "
            "tired+of sick+of fight struggl better+off easier happier no+point no+reason the+point hope "
            "hoping pray consider feel+like felt+like scared+i afraid+i would+be might+as keep+thinking "
            "just+want can+not could+not not+see no+longer anymore pointless worthless"
        ),
    ),
    _cue(
        _S,
        _MEANS,
        "mentions a means or plan",
        needs=(_INTENT,),
        unless=_MEANS_UNLESS,
        keys=(
            "platform the+edge razor blade rope ligatur noose lighter tablet pill meds paracetamol "
            "medication bridge cliff "
            "railway train+tracks in+front roof building balcony car+park car+into car+off drown hang "
            "the+crossing a+crossing level+crossing the+tracks the+river the+canal the+motorway"
        ),
        also=(
            "just+in for+when going+to want think thought plan tempted urge keep kept saved saving "
            "collect hidden hide hiding stash tonight ready researched looked+up googl would sometimes+i "
            "feel+like on+my"
        ),
    ),
    _cue(
        _S,
        r"\b(?:can not|not|do not think i can|not sure i can|will not)\b[^.!?]{0,40}\b(?:much longer|any "
        r"longer|for long)\b",
        "says they cannot go on",
        unless=r"\b(?:course|job|apprenticeship|placement|wait|waiting|queue|shifts?|pace|commute|role|ward|"
        r"team|trust|nhs|hours|rota|pay|money|car|house|flat|stay|staying|work|working|hold|list)\b",
        keys="much+longer any+longer for+long",
    ),
    _cue(
        _S,
        r"\b(?:written|wrote|writing|left|leave|leaving) (?:a|my|the) (?:suicide |goodbye )?notes?\b"
        r"(?! (?:to|for|of|about|on|in|from|with|down|book|pad))"
        r"|\bhow (?:i|i would|i will|i could|i might) (?:\w+ )?do it\b|\bwhen i (?:would|will) do it\b"
        r"|\b(?:thinking|thought|planned|planning|worked out) (?:about )?(?:how|when|where) (?:i"
        r"|to) (?:would "
        r"|will |could )?(?:do it|end it|go through with it)\b",
        "speaks of a plan",
        unless=r"\b(?:assignment|essay|epa|exam|portfolio|course|job|task|presentation|placement|project|"
        r"work|shift|rota|reflection|meds|medication|dressing|procedure|obs)\b",
        keys="note do+it end+it go+through",
    ),
    _cue(
        _A,
        _VIOLENT,
        "describes someone being hurt",
        direct=True,
        needs=(rf"\b{_PERSON}\b",),
        unless=_VIOLENT_UNLESS,
        keys=(
            "hit punch slap kick strangl chok beat batter shov push headbutt throttl drag bites bitten "
            "bit+me spat spits threw throw pinned pinch grab twist pulled burn smash"
        ),
    ),
    _cue(
        _A,
        _CONTROL,
        "describes being controlled by someone",
        needs=(_INTIMATE,),
        unless=_CONTROL_UNLESS,
        keys=(
            "allowed not+let never+let never+lets permission checks+my check+my checks+the check+the "
            "tracks track follows+me followed+me following+me follow+me keeps+my keep+my keeps+all "
            "keep+all takes+my take+my takes+all take+all hand+over hand+him hand+her decides decide "
            "control makes+me make+me what+i who+i where+i times+me timing+me account+for stopped+me "
            "turns+up turn+up turning+up waits+for wait+for waiting+for "
            "stops+me stop+me isolat cut+me taken+my took+my hid+my hidden+my locks+me lock+me"
        ),
    ),
    _cue(
        _B,
        _HOSTILE,
        "describes hostility at work",
        needs=(rf"\b{_COLLEAGUE}\b",),
        negatable=True,
        keys=(
            "fun+of mock humiliat belittl intimidat threaten sacked fired disciplined kicked monkey "
            "skivvy dogsbody too+old too+young differently made+my pick horrible nasty vile cruel waste "
            "since+i for+being racis homophob slur"
        ),
        also=(
            "mentor manager colleague co+worker co+workers coworker band b2 b3 b4 b5 b6 b7 b8 senior "
            "nurse+in nic charge+nurse ward+sister sister+on the+others staff+room staffroom handover "
            "supervisor preceptor team+leader line+manager matron the+nurses other+staff qualified+staff "
            "the+team my+team our+team on+shift every+shift each+shift my+shift the+ward at+work "
            "placement rota apprentice trainee student practice+educator assessor tutor hr christmas+do "
            "work+do staff+party whatsapp the+other other+aps the+rmns qualifieds hcas my+placement "
            "the+sister consultant+on doctor+on doctors+on to+work going+to my+work work+colleagues "
            "workplace member members staff+member delegate delegates other+attendees organisers"
        ),
    ),
    _cue(
        _B,
        _UNKIND,
        "describes unkindness at work",
        needs=(rf"\b{_COLLEAGUE}\b",),
        negatable=True,
        weight=1,
        keys=(
            "shout yell scream swear swore ignores+me ignored+me ignoring+me calls+me call+me called+me "
            "comment remark joke laugh rude+to useless thick stupid lazy incompetent behind exclud "
            "left+out gossip undermin snapp blames+me blamed+me blaming+me cold+towards cold+to unwelcom "
            "not+welcome singled worst in+front about+me"
        ),
        also=(
            "mentor manager colleague co+worker co+workers coworker band b2 b3 b4 b5 b6 b7 b8 senior "
            "nurse+in nic charge+nurse ward+sister sister+on the+others staff+room staffroom handover "
            "supervisor preceptor team+leader line+manager matron the+nurses other+staff qualified+staff "
            "the+team my+team our+team on+shift every+shift each+shift my+shift the+ward at+work "
            "placement rota apprentice trainee student practice+educator assessor tutor hr christmas+do "
            "work+do staff+party whatsapp the+other other+aps the+rmns qualifieds hcas my+placement "
            "the+sister consultant+on doctor+on doctors+on to+work going+to my+work work+colleagues "
            "workplace member members staff+member delegate delegates other+attendees organisers"
        ),
    ),
    _cue(
        _ST,
        _SHORTAGE,
        "describes too few staff to keep patients safe",
        needs=(_STAFFING_HARM,),
        keys=(
            "short+staffed short+of understaff half+the not+enough enough+staff have+staff the+staff "
            "never+enough nearly+enough have+enough got+enough "
            "so+few too+few nobody+else nobody+to my+own her+own his+own our+own only+one just+me just+us "
            "only+me agency bank+staff no+nurse no+qualified no+rmn one+nurse skeleton staffing no+cover "
            "get+cover run+with running+with so+short too+short"
        ),
        also=(
            "danger unsafe not+safe risk chaos chaotic scary obs observation 1:1 one+to abscond the+whole "
            "the+entire "
            "went+missing fell fall hurt injur incident nobody+noticed unwatched unchecked left+alone "
            "in+charge meds+round medication+round the+same could+not can+not without+their without+his "
            "without+her without+obs without+observations without+checks without+meds without+medication "
            "seclusion alarm overdose ligature self+harm"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:left|put|made|leaving|leave|leaves) (?:me|us|him|her|them|an? \w+|the \w+) in charge\b"
        r"|\bi (?:was|am|have been|had to be|ended up) (?:the )?(?:\w+ )?in charge\b"
        r"|\bin charge of the (?:ward|shift|unit|floor)\b",
        "describes a trainee left in charge",
        needs=(_TRAINEE,),
        weight=3,
        keys="charge",
        also=(
            "b3 band+3 hca trainee apprentice student first+year unqualified not+qualified agency an+ap "
            "a+band a+b3 an+hca bank"
        ),
    ),
    _cue(
        _M,
        _MEDS_WORD,
        "describes a medicine error",
        needs=(_MED_ERROR,),
        unless=_MED_FINE,
        keys=(
            "prescription meds medic tablet pill dose dosage drug inject depot insulin clozapine lithium "
            "inhaler "
            "antibiotic methadone warfarin morphine oramorph capsule antipsychotic antidepressant "
            "paracetamol penicillin prn"
        ),
        also=(
            "wrong mistake mistaken error twice doubl someone+else somebody+else another+patient missed "
            "forgot not+given never+given not+get late early too+much max overdosed allerg not+checked "
            "never+checked unlocked left+out unattended crush expired out+of ran+out run+out "
            "without+checking not+signed no+prescription not+prescribed given+again had+it already+had "
            "mixed+up mix+up instead box boxes pack packs packet packets bottle bottles stock"
        ),
    ),
    _cue(
        _C,
        r"\bwithout (?:any )?(?:food|water|a drink|drinks|fluids|food (?:or|and) (?:water|drink)|eating|"
        r"drinking|anything to (?:eat|drink))\b"
        r"|\b(?:not|had not|has not|have not|did not|never|nobody) (?:\w+ )?(?:eaten|drunk|had a drink|had "
        r"anything to (?:eat|drink)|been fed|been given a drink)\b[^.!?]{0,30}\b(?:days|hours|all day|since)",
        "describes neglect of basic care",
        unless=r"\b(?:conference|event|venue|lunch break|session|workshop|the day|study day|course)\b",
        keys="without eaten drunk drink anything fed given",
    ),
    _cue(
        _C,
        r"\bface ?down\b",
        "describes restraint that harms",
        needs=(r"\b(?:held|hold|pinned|restrain\w*|put|floor|staff|knelt|on top)\b",),
        unless=rf"\b(?:lay|lying|sleep|slept|asleep|in bed|on the bed|on the sofa)\b|{_RESTRAINT_TAUGHT}",
        weight=3,
        keys="face",
    ),
    _cue(
        _C,
        r"\b(?:obs|observations|checks|ligature checks|1:1|charts?)\b",
        "describes a patient left at risk",
        needs=(
            r"\b(?:ticked|signed|filled in|recorded|written up|was not|were not|not|never|nobody)\b(?: \w+)?"
            r"(?: actually)? (?:done|checked|happened|looked|being done|carried out|seen|came)\b",
        ),
        unless=r"\b(?:my epa|assessor|portfolio|competenc\w*|signed off)\b",
        keys="obs observation check ligature 1:1 chart",
    ),
)
