"""Cue families for the signs a harm leaves: what was not done, what was said to explain it away.

The shapes: a family that deserves better, being a weight round everyone's neck, someone giving their
things away; injuries put down to clumsiness, an adult telling a young person to keep a secret;
apprentices called names, moved to nights after asking for something, given the heavy patients
despite a known injury; a trainee told to run the shift, no nurse on, too few on, staff run ragged,
patients not fed or turned; a pain patch not changed, a high-risk drug given despite a reading, a
confused patient left to give their own insulin; the same pad all day, bed rails left down, a
discharge to an empty house, a patient's decline nobody noticed.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue

# Medicines whose wrong dose or missed check does most harm, as people name them.
_HIGH_RISK = (
    r"(?:warfarin|insulin|digoxin|lithium|clozapine|methotrexate|blood thinners?|heart tablets|morphine|"
    r"oramorph|sedation|sedatives?|sleeping tablets?|opioids?|fentanyl|heparin|tablets|meds|medication|dose)"
)

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:better|happier|easier) (?:shot|rid|free) of me\b"
        r"|\b(?:a |the )?(?:weight|millstone|drain) (?:round|around|on) (?:everyone|everybody|their|my "
        r"family|the family|my \w+)'?s? (?:neck|necks|shoulders)",
        "speaks of being a burden or of no way out",
        keys=(
            "better+shot better+rid better+free happier+shot happier+rid happier+free easier+shot easier+rid"
            " easier+free weight+round weight+around weight+on drain+round drain+around drain+on millstone"
        ),
    ),
    _cue(
        _S,
        r"\bdeserves? (?:a )?better (?:mum|mother|dad|father|wife|husband|partner|daughter|son|sister|"
        r"brother|friend|person|family) than (?:me|her|him|them)\b",
        "speaks of being a burden or of no way out",
        weight=1,
        keys="deserve deserves",
    ),
    _cue(
        _S,
        r"\b(?:give|gives|giving|given) (?:away (?:all )?(?:her|his|their) (?:things|stuff|belongings|"
        r"possessions|pets?|dog|cat|jewellery)|(?:all )?(?:her|his|their) (?:things|stuff|belongings|"
        r"possessions|pets?|dog|cat|jewellery) away)\b",
        "says someone is giving their things away",
        # Clearing out for a charity shop, a move or a baby is not a goodbye.
        unless=r"\b(?:charity|charity shops?|car boot|declutter\w*|spring clean\w*|clear(?:ing)? out|"
        r"downsiz\w*|moving|grown out of|outgrown|too small|baby|jumble|food bank)\b",
        keys="give gives giving given",
    ),
    # --- abuse and coercion ---------------------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:black eye|bruis\w*|marks|cuts|burns?|broken (?:arm|wrist|nose|rib))\b[^.!?]{0,50}\b(?:says|sai"
        r"d|"
        r"claims|claimed|reckons|tells (?:me|us|everyone)|told (?:me|us|everyone)) (?:that )?(?:she is|he is|"
        r"she was|he was|it was|i am|i was|she has|he has) (?:just |always |so )?(?:clumsy|accident prone|an "
        r"accident|nothing|fine|fallen|tripped|walked into)",
        "describes an injury explained away",
        weight=3,
        keys="black+eye bruis marks cuts burn burns broken+arm broken+wrist broken+nose broken+rib",
    ),
    _cue(
        _A,
        r"\b(?:not to tell|do not tell|never tell|not tell|keep (?:it|this|us) (?:a )?secret from|our (?:litt"
        r"le )?"
        r"secret from) (?:my|your|her|his) (?:parents|mum|dad|mam|family|teacher|carer|foster)",
        "describes an adult asking a young person to keep secrets",
        keys="tell secret",
    ),
    # --- bullying of staff --------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:refer to|refers to|referred to|call|calls|called|calling) (?:us|me|the aps|aps|apprentices|the"
        r" "
        r"apprentices|the hcas|hcas) (?:aps )?(?:as )?['\"]?(?:the help|skivvies|skivvy|slaves?|dogsbod(?:y|i"
        r"es)|"
        r"the maid|tea (?:girls?|boys?|ladies)|spare parts|cheap labour|the cleaners|lackeys?|minions?)",
        "describes being singled out, shut out or targeted at work",
        keys="refer refers referred call calls called calling",
    ),
    _cue(
        _B,
        r"\b(?:moved|put|switched|changed|taken|took|dropped|removed) (?:me )?(?:to|on|onto|off|from) "
        r"(?:\w+ )?(?:nights|earlies|lates|weekends|another ward|the rota|days|the training list)\b[^.!?]{0,4"
        r"0}"
        r"\b(?:after|since|because|when) i (?:asked|requested|raised|complained|reported|told|mentioned|said|"
        r"spoke up|put in)",
        "describes being ganged up on or punished for speaking up",
        unless=(
            r"\b(?:which i asked|like i asked|as i asked|as requested|suits|helps|helped|wanted|better for"
            r"|i asked for it|at my request|for childcare|i asked to be|i requested it)\b"
        ),
        keys="after+i since+i because+i when+i",
    ),
    _cue(
        _B,
        r"\b(?:put|puts|putting|give|gives|gave|giving) (?:all|every one of|the) (?:of )?(?:the )?(?:heavy|"
        r"heaviest|difficult|worst|hardest|violent|aggressive) (?:patients|residents|lifts|jobs|bays)\b"
        r"|\b(?:injury|condition|disability|pregnan\w*|adjustments?|health)\b[^.!?]{0,30}\bthey (?:know|knew|"
        r"are aware|were told) about\b",
        "describes being singled out or harassed at work",
        weight=1,
        unless=r"\b(?:learning experience|checked in|support\w*|to help me learn)\b",
        keys=(
            "heavy heaviest difficult worst hardest violent aggressive they+know they+knew they+are they+were"
        ),
    ),
    # --- unsafe staffing ------------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:told|asked|made|left|expected) to (?:run|lead|manage|be in charge of|take charge of|cover) "
        r"(?:the )?(?:whole )?(?:shift|ward|unit|floor|bay|night)\b"
        # Or found doing it: "as a first year trainee I ended up running the ward for half a night shift".
        r"|\b(?:ended up|end up|ends up|was left|got left|basically|practically|effectively) "
        r"(?:running|leading|managing) (?:the )?(?:whole )?(?:shift|ward|unit|floor|bay|night)\b",
        "describes a trainee left in charge",
        weight=3,
        needs=(
            r"\b(?:apprentice|student|hca|band 3|b3|band 2|unqualified|not qualified|trainee|first year|"
            r"agency|bank|new starter|support worker)\b",
        ),
        keys="told asked made left expected ended end ends basically practically effectively",
        also="apprentice student hca band+3 b3 band+2 unqualified not+qualified trainee first+year agency "
        "bank new+starter support+worker",
    ),
    _cue(
        _ST,
        r"\b(?:there was|there were|we had|was|had) no (?:nurse|qualified|registered|rmn|rgn|trained nurse)s?"
        r"(?: on| on shift| on duty| at all)?\b(?! (?:to (?:talk|explain|ask)|available to (?:talk|explain)))"
        r"|\bso few (?:on|of us|staff|nurses|carers)\b|\brun ragged\b|\brushed off (?:their|our) feet\b"
        r"(?=[^.!?]{0,40}\b(?:nobody|no one|not|never|missed|left))",
        _SHORTAGE,
        weight=1,
        keys="there+was there+were we+had was+no had+no so+few run+ragged rushed+off",
    ),
    _cue(
        _C,
        r"\b(?:half|most|some|several|many|none|lots) (?:of )?(?:the )?(?:patients|residents|bay|ward)\b"
        r"[^.!?]{0,10}\b(?:did not|never|were not|had not|could not) (?:get |be |been )?(?:fed|washed|turned|"
        r"changed|toileted|seen|given (?:a drink|their (?:meds|medication|dinner|breakfast)))"
        r"|\b(?:nobody|no one|not|never)(?: \w+){0,2} (?:had )?(?:the )?time to (?:turn|feed|wash|toilet|"
        r"change|reposition|sit with|help) (?:the )?(?:\w+ ){0,2}(?:patients|residents|her|him|them|mum|dad)",
        "describes a patient left without help",
        keys="fed washed turned changed toileted seen given time+to",
    ),
    # --- medication error ---------------------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:patch|patches|fentanyl|syringe driver|pump)\b[^.!?]{0,30}\b(?:was not|were not|not|never|had "
        r"not|has not) (?:been )?(?:changed|replaced|renewed|refilled|checked|put on)\b",
        "describes a missed dose",
        weight=3,
        keys="patch patches fentanyl syringe+driver pump",
    ),
    _cue(
        _M,
        rf"\b(?:given|gave|give|giving) (?:him |her |them )?(?:his |her |their |the )?(?:\w+ ){{0,2}}"
        rf"{_HIGH_RISK}\b[^.!?]{{0,30}}\b(?:even though|despite|although|when)\b[^.!?]{{0,40}}\b(?:high|low|s"
        rf"ky "
        r"high|through the roof|off the scale|too high|too low|drowsy|asleep|unconscious|allergic|refused|"
        r"nil by mouth|already)\b",
        "describes a medicine given against a reading, an allergy or its storage",
        keys="given gave give giving",
    ),
    _cue(
        _M,
        r"\bself[- ]?(?:administ\w*|medicat\w*)\b[^.!?]{0,60}\b(?:dementia|confused|forget\w*|memory|can not "
        r"remember|could not remember)",
        "describes a confused patient left to give their own medicine",
        keys="self",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    _cue(
        _C,
        r"\bsame (?:pad|clothes|sheets|nightie|nightdress|pyjamas|bedding|incontinence pad)\b[^.!?]{0,30}"
        r"\b(?:from|for|all|since|days|morning|night|hours)\b",
        "describes neglect of basic care",
        keys="same",
    ),
    _cue(
        _C,
        r"\b(?:bed ?rails?|sensor mat|falls? (?:mat|sensor|alarm)|crash mat|bed alarm|sensor)\b[^.!?]{0,20}"
        r"\b(?:left down|not up|not on|switched off|turned off|unplugged|removed|missing|not put)",
        "describes a patient left at risk",
        keys="bed bedrail bedrails sensor falls fall crash",
    ),
    _cue(
        _C,
        r"\b(?:discharg\w*|sent (?:\w+ ){0,2}home)\b[^.!?]{0,40}\b(?:empty house|nobody (?:home|there|at "
        r"home)|no one (?:home|there)|no heating|no food in|no key|locked out|in (?:his|her|their) "
        r"(?:pyjamas|nightie|gown))",
        "describes an unsafe discharge",
        keys="discharg sent",
    ),
    _cue(
        _C,
        r"\b(?:nobody|no one|staff did not|they did not|they never|nobody had)\b(?: \w+)? (?:noticed|realised"
        r"|"
        r"spotted|picked up)\b[^.!?]{0,30}\b(?:stopped eating|stopped drinking|not eating|not drinking|had "
        r"fallen|was missing|gone missing|had gone|was bleeding|was unwell|had a (?:fall|sore|temperature))",
        "describes a patient's decline missed",
        keys="noticed realised spotted picked+up",
    ),
    # --- further signs, one family each ---------------------------------------------------------------
    _cue(
        _S,
        r"\bif anything (?:happens|were to happen|should happen|happened) to me\b"
        r"|\bapologis\w* for (?:being (?:here|alive|a nuisance|a pain|a bother|a problem|me)|existing)\b"
        r"|\bnothing matters\b",
        "speaks of being a burden or of no way out",
        weight=1,
        keys="if+anything apologis nothing+matters",
    ),
    _cue(
        _A,
        r"\b(?:or|unless|otherwise|else) (?:she|he|they|i|we) (?:would |will |is going to |are going to )?"
        r"(?:leave|leaves) (?:him|her|them|you) (?:sitting in it|lying in it|in it|wet|soiled|in bed|without "
        r"(?:food|dinner|tea|a drink))",
        "describes care withheld as a threat",
        keys=(
            "or+she or+he or+they or+i or+we unless+she unless+he unless+they unless+i unless+we otherwise+s"
            "he otherwise+he otherwise+they otherwise+i otherwise+we else+she else+he else+they else+i else+w"
            "e"
        ),
    ),
    _cue(
        _A,
        r"\b(?:looking after|minding|managing|in charge of|holding) (?:her|his|their|mum's|dad's|nan's|"
        r"grandad's) (?:savings|money|pension|bank|finances|cards?)\b"
        r"|\b(?:savings|account|money|pension)\b[^.!?]{0,40}\b(?:nothing left|all gone|empty|drained|"
        r"cleared out|wiped out)",
        "describes money taken from someone",
        weight=1,
        keys="looking+after minding managing in+charge holding savings account money pension",
    ),
    _cue(
        _B,
        r"\b(?:door (?:shut|closed)|behind closed doors|so nobody (?:else )?(?:hears|can hear|sees|"
        r"can see|knows))\b",
        "describes being singled out or harassed at work",
        weight=1,
        keys="door behind+closed so+nobody",
    ),
    _cue(
        _ST,
        r"\b(?:just|only|all) (?:hcas|carers|support workers|students|apprentices|aps|agency|bank staff|"
        r"care assistants)(?: on| left| working)?\b",
        "describes a shortage of staff",
        needs=(r"\b(?:night|nights|ward|shift|unit|weekend|no (?:nurse|qualified)|cover)\b",),
        keys=(
            "just+hcas just+carers just+support just+students just+apprentices just+aps just+agency just+ban"
            "k just+care only+hcas only+carers only+support only+students only+apprentices only+aps only+agen"
            "cy only+bank only+care all+hcas all+carers all+support all+students all+apprentices all+aps all+"
            "agency all+bank all+care"
        ),
    ),
    _cue(
        _M,
        r"\b(?:when|but|and) (?:it|they|she|he) (?:should|is supposed to|was meant to|are meant to) (?:be|hav"
        r"e "
        r"been|only be) (?:given )?(?:every|once|twice|one|two|\d)",
        "describes the wrong medicine or dose",
        needs=(
            r"\b(?:tablets?|meds|medication|dose|doses|paracetamol|morphine|insulin|given|injection|"
            r"antibiotics?|course)\b",
        ),
        keys="when but and",
        also="tablet tablets meds medication dose doses paracetamol morphine insulin given injection "
        "antibiotic course",
    ),
    _cue(
        _C,
        r"\b(?:grade|category|stage) (?:3|4|three|four) (?:pressure )?(?:sore|ulcer|damage|wound)",
        "describes pressure damage left unnoticed",
        keys="grade category stage",
    ),
)
