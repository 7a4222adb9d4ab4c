"""Cue families widened from the kinds of disclosure the imprint file showed and no cue read.

Neglect at home told by what a relative found (an empty fridge, a bottom red raw) while carers sign
for every visit; an apprentice told they are "too old to be learning"; paracetamol taken with a cold
remedy that holds it too; one-to-one observation shared with the tea trolley; clozapine restarted at
the old dose after a gap; prescribed oxygen never put on; a worker who "comes in my room" at night; one
member of staff across two corridors; a patient discharged for not answering the door; a patient's
relative waiting by a worker's car. The bookplate file's: an emergency medicine's box found empty,
a fire exit padlocked, night staff asleep while a buzzer goes unanswered.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _SHORTAGE, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _C,
        # What a relative finds that the visit book does not say: "the fridge was empty, same nightie on
        # and her bottom red raw" while "carers had been signing the book every day".
        r"\bfridge (?:was |is |were |had been )?(?:empty|bare)\b|\b(?:bottom|bum|skin|groin) (?:was |is )?"
        r"red raw\b"
        r"|\b(?:same|wearing the same|in the same) (?:nightie|nightdress|night dress|pyjamas|clothes) "
        r"(?:on|for days|as last)\b",
        "describes neglect of basic care",
        needs=(r"\b(?:carers?|visits?|agency|signing|signed|home care|care (?:company|firm|package))\b",),
        keys="fridge bottom bum skin groin same wearing in+the",
        also="carer carers visit visits agency signing signed home care",
    ),
    _cue(
        _B,
        # Age as the reason given: "been told im too old to be learning ... leave the degree to the young
        # ones".
        r"\b(?:told|said|says|saying|keeps? saying|called)\b[^.!?]{0,25}\btoo old (?:to be (?:learning|"
        r"training|studying|doing)|to learn|to train|to study|for (?:this|the degree|the course|uni|"
        r"university|an apprenticeship|the apprenticeship))\b"
        r"|\bleave (?:the|it|this|uni|the degree|the course|training) (?:\w+ )?to the young "
        r"(?:ones|uns|people)\b",
        "describes discrimination or blame at work",
        unless=r"\b(?:never|not|no one is|nobody is|you are never) too old\b",
        keys="told said says saying keep keeps called leave",
    ),
    _cue(
        _M,
        # Paracetamol twice over: "2 paracetamol every 4 hrs plus lemsip ... my eyes look a bit yellow".
        r"\bparacetamol\b[^.!?]{0,60}\b(?:plus|and|with|as well as|on top of)\b[^.!?]{0,10}\b(?:lemsip|"
        r"beechams|cold and flu|night nurse|co-?codamol|solpadeine|day nurse)\b"
        r"|\b(?:lemsip|beechams|cold and flu|night nurse|co-?codamol|solpadeine|day nurse)\b[^.!?]{0,40}"
        r"\b(?:plus|and|with|as well as|on top of)\b[^.!?]{0,20}\bparacetamol\b",
        "describes a dose doubled",
        unless=r"\b(?:training|module|taught|teaching|leaflet|quiz|scenario|never take|do not take|"
        r"should not take|check the label|checked with)\b",
        keys="paracetamol lemsip beechams cold+and night+nurse co-codamol cocodamol co+codamol solpadeine "
        "day+nurse",
    ),
    _cue(
        _ST,
        # Close observation shared with other work: "supposed to be 1 to 1 but the lady watching her was
        # also doing the tea trolley and answering buzzers for the whole bay".
        r"\b(?:1 ?(?:to|:|-) ?1|one ?(?:to|-) ?one|2 ?(?:to|:) ?1|enhanced obs\w*|close obs\w*|arms? length)"
        r"\b[^.!?]{0,80}\b(?:also|as well|while|whilst|at the same time)\b[^.!?]{0,20}\b(?:doing|on|"
        r"answering|covering|running|pushing|serving)\b[^.!?]{0,25}\b(?:tea trolley|trolley|buzzers?|bells|"
        r"meds? rounds?|medication rounds?|the (?:whole )?(?:bay|ward|corridor)|other patients|breakfasts?|"
        r"dinners|teas|drinks)\b",
        "describes observation spread too thin",
        unless=r"\b(?:training|scenario|simulation|policy)\b",
        keys="0 1 2 3 4 5 6 7 8 9 one enhanced close arm arms",
    ),
    _cue(
        _M,
        # Clozapine started again at the full dose after days off it: "off his clozapine over a week in
        # custody put straight back on his old 400".
        r"\b(?:clozapine|clozaril|zaponex|denzapine)\b[^.!?]{0,80}\b(?:straight back on|put back on|"
        r"restarted (?:on|at)|started again (?:on|at)|back on)\b[^.!?]{0,20}\b(?:his|her|their|my|the)? ?"
        r"(?:old|same|full|usual|previous|normal) (?:dose|\d+)",
        "describes monitoring of a high-risk medicine missed",
        weight=3,
        unless=r"\b(?:training|module|taught|scenario|titrat\w*|slowly|built up|build up)\b",
        keys="clozapine clozaril zaponex denzapine",
    ),
    _cue(
        _M,
        # Prescribed oxygen never given: "written up for oxygen but it never went on overnight".
        r"\b(?:written up|prescribed|charted|on the chart) (?:for )?oxygen\b[^.!?]{0,40}"
        r"\b(?:never|not|nobody|no one)\b",
        "describes a dose given unsafely or not at all",
        weight=3,
        keys="written prescribed charted on+the",
    ),
    _cue(
        _A,
        # A worker at a patient's bed at night: "one of the night staff ... comes in my room when the
        # others are asleep", and the silencing that goes with it.
        r"\b(?:staff|nurse|hca|worker|carer|night staff|support worker|orderly|porter|one of (?:the|them))\b"
        r"[^.!?]{0,80}\b(?:comes?|came|coming|creeps?|crept|sneaks?|snuck) (?:in|into) my (?:room|bedroom|"
        r"bed|bay)\b(?=[^.!?]{0,40}\b(?:asleep|at night|night|lights out|nobody|no one|alone)\b)",
        "describes sexual abuse or control by someone caring for them",
        weight=3,
        keys="staff nurse hca worker carer night support orderly porter one",
    ),
    _cue(
        _A,
        # The silencing a patient is told: "says nobody will believe a mental patient anyway".
        r"\bnobody (?:will|would|is going to) (?:ever )?believe (?:a|an) (?:mental|psych|sectioned)",
        "describes threats or secrecy by someone caring for them",
        keys="nobody",
    ),
    _cue(
        _ST,
        # "one lass for two corridors": one worker across several areas.
        r"\bone (?:lass|lad|nurse|hca|carer|person|member of staff|staff|girl|guy|woman|man|bloke|rmn|"
        r"qualified) (?:for|on|covering|across|between|to run) (?:two|2|three|3|both|all(?: the)?|four|4) "
        r"(?:corridors|wards|bays|units|floors|houses|wings|sites|flats)\b",
        _SHORTAGE,
        keys="one",
    ),
    _cue(
        _C,
        # Discharged for not answering: "his cpn discharged him for not answering" while the house is shut.
        r"\b(?:discharged|closed|signed off|taken off the books)\b[^.!?]{0,30}\b(?:for|because (?:he|she|"
        r"they) (?:was|were|did)) (?:not (?:answering|engaging|attending|opening)|non[- ]?(?:engagement|"
        r"attendance)|dna\w*|did not attend)\b",
        "describes a patient left at risk",
        weight=3,
        unless=r"\b(?:policy|training|module|scenario)\b",
        keys="discharged closed signed taken",
    ),
    _cue(
        _B,
        # A patient's relative pursuing a worker: "hes waited by her car and put her name on facebook".
        r"\b(?:waited|waits|waiting|hanging around|hangs around|hung around) (?:by|at|outside|near|next to) "
        r"(?:her|his|their|my) (?:car|house|home)\b"
        r"|\bput (?:her|his|my|their) name (?:on|all over) "
        r"(?:facebook|social media|tiktok|instagram|twitter)",
        "describes being singled out or harassed at work",
        weight=3,
        needs=(
            r"\b(?:ap|aps|nurse|staff|colleague|hca|apprentice|worker|student|ward|patient'?s|relative)\b",
        ),
        keys="waited waits waiting hanging hangs hung put",
        also="ap aps nurse staff colleague hca apprentice worker student ward patient relative",
    ),
)

# The bookplate file's: emergency kit, exits and the night told by what was found.
CUES_BOOKPLATE: tuple[_Cue, ...] = (
    _cue(
        _M,
        # An emergency medicine not there when needed: "went for the naloxone kit the box was empty".
        r"\b(?:naloxone|narcan|prenoxad|epipen|epi pen|adrenaline|glucagon|grab bag|crash (?:bag|trolley)"
        r"|emergency (?:drugs|meds|medicines))\b[^.!?]{0,50}\b(?:was |were |is |had been )?"
        r"(?:empty|missing|out of date|expired|not there|gone|never (?:re)?(?:ordered|stocked|checked)"
        r"|(?:nobody|no one) had (?:re)?(?:ordered|stocked|checked|replaced))\b",
        "describes an emergency medicine missing",
        unless=r"\b(?:training|scenario|simulation|drill|audit found|policy)\b",
        keys="naloxone narcan prenoxad epipen epi adrenaline glucagon emergency grab crash",
    ),
    _cue(
        _C,
        # An exit shut to keep patients in: "the fire door ... has had a padlock on it for weeks".
        r"\bfire (?:door|exit|escape)s?\b[^.!?]{0,40}\b(?:padlock\w*|chained|locked|blocked|bolted|"
        r"screwed shut|tied shut)\b"
        r"|\b(?:padlock\w*|chained|locked|blocked|bolted) (?:the |our |a )?fire (?:door|exit|escape)s?\b",
        "describes a patient left at risk",
        unless=r"\b(?:drill|training|alarm test|policy|fixed|sorted|removed (?:straight away|the same day))"
        r"\b",
        keys="fire padlock padlocked padlocks chained locked blocked bolted",
    ),
    _cue(
        _C,
        # Night staff asleep while a patient calls: "both asleep in the office ... I pressed the buzzer".
        r"\b(?:staff|nurses?|hcas?|carers?|both|they|the night staff|night staff)\b(?: \w+){0,4} (?:were|was"
        r"|are|is|fell|both) (?:both |all )?(?:asleep|sleeping|fast asleep)\b",
        "describes a patient left at risk",
        needs=(r"\b(?:buzzer|bell|screaming|shouting|crying|nobody came|no one came|pressed|calling out)\b",),
        unless=r"\b(?:patients? (?:were|was) asleep|everyone (?:was|were) asleep|i was asleep)\b",
        keys="staff nurse nurses hca hcas carer carers both they the night",
        also="buzzer bell screaming shouting crying nobody no pressed calling",
    ),
)
