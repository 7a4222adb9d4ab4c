"""Cue families of the kinds of wording the fresh file (risk_fresh.csv) found missing: staffing,
medication and care (self-harm, abuse and bullying in cues_families_fresh.py)."""

from __future__ import annotations

from .cue import _C, _M, _ST, _Cue, _cue

_LEFT_AT_RISK = "describes a patient left at risk"
_NEGLECT = "describes neglect of basic care"
_RECORDS = "describes medicine records that do not match what was given"
_TOO_FEW = "describes too few staff for the patients"

CUES: tuple[_Cue, ...] = (
    # --- unsafe staffing ----------------------------------------------------------------------------
    # People at risk unseen for months because of caseloads.
    _cue(
        _ST,
        r"\b(?:not|never|nobody has|have not|has not|had not)\b (?:\w+ )?(?:been )?(?:seen|reviewed|visited|"
        r"contacted|phoned|called|followed up|checked on|assessed|had (?:a |any )?(?:visit|review|call|"
        r"contact|appointment|follow ?up|check ?in))\b[^.!?]{0,20}\b(?:for|in) (?:over |more than |nearly |"
        r"almost |about )?(?:\d+|a few|several|two|three|four|five|six|many|weeks|months|a month|a year|"
        r"ages)\b",
        _TOO_FEW,
        needs=(
            r"\b(?:caseloads?|case loads?|short staffed|short of staff|understaffed|under staffed|not enough "
            r"(?:staff|nurses|workers|care co\w*|cpns?|clinicians)|no (?:staff|care co\w*|cpns?|worker)|"
            r"vacanc\w*|stretched|staff shortages?|nobody to (?:see|visit)|too few|so few|so many)\b",
            r"\b(?:risk register|at risk|high risk|risky|crisis|suicidal|safeguarding|vulnerable|on the "
            r"register|rag|red|priority|urgent|unwell|relaps\w*)\b",
        ),
        keys="not never nobody+has have+not has+not had+not",
    ),
    # A trainee the most senior on the ward: "I'm the most senior person on the ward and I'm a band 3".
    _cue(
        _ST,
        r"\b(?:most senior|highest band\w*|highest grade) (?:person|member of staff|staff member|staff|one|"
        r"on (?:the )?(?:ward|unit|shift|floor|site|nights|days|lates|earlies))\b",
        "describes a trainee left in charge",
        weight=3,
        unless=r"\b(?:study day|course|training (?:day|course|session)|class|lecture|conference|event|"
        r"session|workshop|uni|university|cohort)\b",
        needs=(
            r"\b(?:b[1-4]|band [1-4]|hca|trainee|apprentice|student|in training|first year|unqualified|not "
            r"qualified|agency|bank|new starter|support worker|only been)\b",
        ),
        keys="most+senior highest+band highest+grade",
    ),
    # One nurse on and the ward out of hand: "one nurse on at night ... patients wandering".
    _cue(
        _ST,
        r"\b(?:only |just )?(?:one|1|a single) (?:nurse|rmn|rgn|qualified|member of staff|staff member|carer|"
        r"hca|person|staff) (?:\w+ )?(?:on|working|on duty|on shift|in the building|for the (?:whole "
        r")?(?:ward|unit|home|floor|night))\b",
        _TOO_FEW,
        needs=(
            r"\b(?:in tears|crying|cried|wandering|unsupervised|unwatched|unattended|could not cope|not "
            r"coping|could not keep up|fighting|fights|fell|falls|fallen|left alone|nobody (?:watching|"
            r"checking|around|came)|buzzers? (?:going|ringing)|bells? (?:going|ringing)|chaos|chaotic|scary|"
            r"frightening|dangerous|unsafe|screaming|absconded|went missing|no one came)\b",
        ),
        unless=r"\b(?:lovely|kind|brilliant|great|amazing|fantastic|superb|wonderful)\b",
        keys="only+one just+one one 1 a+single",
    ),
    # --- medication ---------------------------------------------------------------------------------
    # A controlled drugs book that never adds up.
    _cue(
        _M,
        r"\b(?:cd|cds|controlled drugs?)\s?(?:book|register|count|counts|stock|cupboard|checks?|balance|"
        r"records?)?\b[^.!?]{0,40}\b(?:never|not|rarely|hardly ever|seldom) (?:\w+ )?(?:adds? up|added up|"
        r"match(?:es|ed)?|balances?|balanced|tall(?:y|ies|ied)|right|correct|straight)\b|\b(?:cd|cds|"
        r"controlled drugs?|morphine|oramorph|diazepam|midazolam|fentanyl|patches|"
        r"ampoules)\b[^.!?]{0,30}\b(?:go|goes|went|going|keep going|keeps going|are|is|were|was) (?:\w+ "
        r")?(?:missing|unaccounted for|walkabout)\b|\b(?:cd|controlled drugs?) (?:count|counts|stock|balance|"
        r"book|register)s? (?:is|are|was|were|has been|have been|keeps being|keeps coming up|comes up|came "
        r"up|kept coming up) (?:always |often |usually |regularly )?(?:off|short|out|wrong)\b",
        "describes unsafe handling of controlled drugs",
        unless=r"\b(?:sorted|resolved|found|recount\w*|explained)\b",
        keys="cd cds controlled morphine oramorph diazepam midazolam fentanyl patches ampoules",
    ),
    # Told to keep quiet about a medicine: weak alone.
    _cue(
        _M,
        r"\b(?:told|tell|telling|asked|warned) (?:us|me|them|staff|everyone) (?:not to|to not|to never|never "
        r"to) (?:make a fuss|fuss|report|datix|say anything|mention|raise|write|rock the boat|escalate|"
        r"bother)|\b(?:told|tell) (?:us|me) to (?:keep (?:it )?quiet|leave it|let it go|forget it|cover it|"
        r"just sign)\b",
        "describes an error covered up",
        weight=1,
        needs=(
            r"\b(?:meds|medication|medicines?|tablets?|dose|doses|drugs?|cd|controlled|insulin|mar|chart|"
            r"morphine|oramorph|prn|error|errors)\b",
        ),
        keys="told tell telling asked warned",
    ),
    # A chart filled in whether doses were given or not.
    _cue(
        _M,
        r"\b(?:mar|mars|mar charts?|med(?:ication|icine|s)? (?:charts?|cards?|records?|sheets?)|drug "
        r"(?:charts?|cards?)|kardex|emar)\b[^.!?]{0,50}\b(?:whether (?:or not|they|the|he|she|it|meds?|"
        r"tablets?|doses?)|regardless|even (?:if|when|though) (?:the |they |he |she |it )?(?:meds? |tablets? "
        r"|doses? )?(?:were not|was not|had not|have not|did not|never|not)|before (?:giving|they are given|"
        r"the meds are given|it is given)|in advance|without (?:giving|checking|seeing|watching))|\b(?:sign|"
        r"signs|signed|signing|tick|ticks|ticked|ticking) (?:for|off) (?:meds|tablets|doses|medication|"
        r"insulin|it|them) (?:that|which|they|we|nobody|she|he) (?:\w+ )?(?:never|did not|had not|have not|"
        r"were not|was not) (?:give|given|gave|taken|take|seen|had)\b|\b(?:sign|signs|signed|signing|tick|"
        r"ticks|ticked|ticking) (?:for|off) (?:meds|tablets|doses|medication|insulin|it|them) (?:that|which) "
        r"nobody (?:\w+ )?(?:gave|given|had|took|saw)\b",
        _RECORDS,
        weight=3,
        keys="mar mars med medication medicine meds drug kardex emar sign signs signed signing tick ticks "
        "ticked ticking",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    # Found down with no idea how long: "no idea how long she'd been down".
    _cue(
        _C,
        r"\b(?:no (?:idea|clue|way of knowing)|nobody (?:knew|knows|could say|could tell (?:me|us)|seemed to "
        r"know)|(?:god|who|heaven|lord) knows) (?:how long|when) (?:she|he|they|mum|mam|dad|nan|gran|grandad|"
        r"grandma|my \w+|the patient|the resident|her|him) (?:had |has |would |have |was |is )?(?:been "
        r")?(?:down|there|on the floor|lying|lay|sat in|sitting in|left|wet|soiled|in it|like that|on the "
        r"ground|without)\b|\b(?:no (?:idea|clue)|nobody (?:knew|knows|could say|could tell (?:me|us))) when "
        r"(?:she|he|they|mum|dad|nan|my \w+|the patient) (?:was |had )?last (?:checked|turned|seen|fed|"
        r"changed|had a drink|ate|drank|washed)\b",
        _LEFT_AT_RISK,
        keys="idea clue way+of knew knows could+say could+tell seemed+to",
    ),
    # Let out at night with nowhere to go.
    _cue(
        _C,
        r"\b(?:let|lets|letting|sent|send|sending|sends|put|puts|putting|kicked|kicking|turfed|threw|chucked|"
        r"booted|released|discharged|discharging) (?:him|her|them|me|my \w+|mum|dad|the patient|a patient|"
        r"us) (?:out|home|off|away|go|onto the street|on to the street)\b[^.!?]{0,60}\b(?:nowhere to (?:go|"
        r"stay|sleep|live)|no (?:meds|medication|tablets|money|coat|shoes|phone|way (?:home|of getting home)|"
        r"food|keys|home to go to|bed)|nobody (?:at home|to (?:collect|meet|pick|look after|check))|homeless|"
        r"on (?:the|to the) streets?|in (?:his|her|their|my) (?:pyjamas|nightie|gown|slippers|hospital gown)|"
        r"still (?:confused|drunk|high|unwell|suicidal|bleeding))",
        "describes an unsafe discharge",
        keys="let lets letting sent send sending sends put puts putting kicked kicking turfed threw chucked "
        "booted released discharged discharging",
    ),
    # No water: an empty jug every visit, cracked lips, begging for a drink. Weak alone, two flag.
    _cue(
        _C,
        r"\b(?:water )?(?:jug|jugs|beaker|beakers|cup|cups|glass|bottle)\b (?:\w+ ){0,2}(?:was|were|is|are|"
        r"always|often|left|kept|sat) (?:\w+ )?(?:empty|bone dry|dry|out of (?:his|her|their|my|mum's|dad's) "
        r"reach|out of reach)\b",
        _NEGLECT,
        weight=1,
        keys="water jug jugs beaker beakers cup cups glass bottle",
    ),
    _cue(
        _C,
        r"\b(?:lips|mouth|tongue) (?:were|was|are|is|all|so|really|very|looked|had)? ?(?:\w+ )?(?:cracked|"
        r"parched|split|crusty|crusted|bleeding)\b|\b(?:desperate|begging|gasping|crying out|pleading) for "
        r"(?:a drink|water|a cup)\b|\b(?:drank|gulped|downed) (?:\w+ ){0,3}(?:straight down|in one go|like "
        r"(?:she|he) had not)\b|\bdehydrat\w*|\b(?:was|were|is|looked|so|really) parched\b",
        _NEGLECT,
        weight=1,
        keys="lips mouth tongue desperate begging gasping crying+out pleading drank gulped downed dehydrat "
        "was+parched were+parched is+parched looked+parched so+parched really+parched",
    ),
    _cue(
        _C,
        r"\b(?:nobody|not|never|had not|has not|was not|were not)(?: \w+)? (?:refill\w*|fill\w*|topped up|"
        r"top up|changed) (?:her|his|their|my|the|mum's|dad's|nan's) (?:water |drinking )?(?:jug|water|drink|"
        r"cup|beaker)\b",
        _NEGLECT,
        needs=(
            r"\b(?:(?:for|in) (?:days|hours|ages|\d+)|all day|since|every (?:time|visit|day)|parched|"
            r"dehydrat\w*|thirsty|cracked|dry)\b",
        ),
        keys="nobody not never had+not has+not was+not were+not",
    ),
    # An observation sheet filled in for checks not done.
    _cue(
        _C,
        r"\b(?:obs|observations?|checks|ligature checks|1:1|sightings?|15 minute|hourly) (?:sheet|sheets|"
        r"chart|charts|record|records|form|forms|paperwork|book|log|booklet)s? (?:was|were|is|are|had been|"
        r"has been|have been|got|gets|get|being|been)? ?(?:\w+ )?(?:filled (?:in|out)|signed|ticked|"
        r"completed|written up|initialled|done)\b[^.!?]{0,40}\b(?:whole time|all along|all night|anyway|even "
        r"though|whether|in advance|for the (?:whole|entire|full)|before|without|while (?:she|he|they|"
        r"nobody)|when (?:she|he|they|nobody) (?:was|were|had))",
        _LEFT_AT_RISK,
        weight=3,
        keys="obs observation observations checks ligature+checks 1:1 sighting sightings 15+minute hourly",
    ),
    _cue(
        _C,
        r"\b(?:obs|observations?|checks|check|sightings?) (?:sheet|sheets|chart|charts|record|records|form|"
        r"forms|book|log)s? (?:shows?|showed|says|said|had|has) (?:him|her|them|he|she|they) (?:as |was |"
        r"were |is |had been )?(?:seen|checked|observed|safe|fine|asleep)\b",
        _LEFT_AT_RISK,
        weight=3,
        needs=(r"\b(?:nobody|never|not|cctv|camera|footage|actually|really|but)\b",),
        keys="obs observation observations checks check sighting sightings",
    ),
)
