"""Cue families for harm described by its effects or its setting rather than named.

The shapes: not planning to be around, not seeing oneself still here, being done trying, others who
would be fine without the writer; a relative's phone or money taken over, a patient handled roughly
or called names, hands round a neck, threats of lies to an employer, a child with a much older
partner; a group chat about a colleague, threats about sick leave, a name mangled on purpose, being
made to eat alone; nobody sent to cover; a dose given again, a drug's blood levels never checked,
insulin with no food; a jug never filled, a night on a trolley, a two-person move done by one, a
discharge with nothing in place, sores nobody mentioned.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue

_AGES = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17}


def _much_older(match: re.Match[str]) -> bool:
    """Whether a child under 18 has a partner who is an adult at least four years older."""
    young = _AGES.get(match["young"]) or int(match["young"])
    return young < 18 <= int(match["old"]) and int(match["old"]) - young >= 4


CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:not|never) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being) "
        r"(?:here|around|alive)\b"
        r"|\b(?:can not|could not|do not|does not|did not) see (?:myself|herself|himself|themselves) "
        r"(?:being (?:here|around|alive)|still (?:here|around|alive)|making it|getting (?:old|older|through)|"
        r"(?:here|around|alive) (?:next|in|by|at))",
        "says they will not be around",
        unless=r"\b(?:holiday|moving|job|ward|team|trust|course|uni|nursing|career|role|company|this area|"
        r"pay|banding|salary|qualif\w*|want to be|if they|unless they)\b",
        keys="not+plan not+planning not+intend not+intending not+expect not+expecting never+plan "
        "never+planning never+intend never+intending never+expect never+expecting see+myself "
        "see+herself see+himself see+themselves",
    ),
    _cue(
        _S,
        r"\b(?:i am|i have|i have been|i feel) (?:just )?(?:done|finished) (?:trying|fighting|with trying)\b"
        r"(?! (?:to|with|for))|\bno fight left\b|\b(?:given|gave|giving) up (?:trying|fighting)\b(?! (?:to|"
        r"for|with))",
        "says they have given up",
        soft=True,
        keys="done+trying done+fighting done+with finished+trying finished+fighting finished+with no+fight "
        "given+up gave+up giving+up",
    ),
    _cue(
        _S,
        r"\b(?:would|will|be) (?:\w+ )?(?:fine|ok|okay|alright|all right|better|happier|easier|manage|cope) "
        r"(?:\w+ )?without me\b",
        "says others would be better off without them",
        unless=(
            r"\b(?:on leave|holiday|for a (?:day|week|bit|while)|day off|at work|on shift|in the team|this "
            r"week|while i|when i|if i (?:am|was) (?:off|away)|rota|cover|meeting|on the ward|weekend|night o"
            r"ut)\b"
            r"|\bfor (?:a|the|one|two) (?:\w+ )?(?:weekend|night|nights|day|days|week|weeks|bit|while|hours?)"
            r"\b"
        ),
        keys="without+me",
    ),
    # --- abuse and coercion ---------------------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:he|she|they|him) (?:always |now |even )?(?:answers|answered|picks up|takes|took|reads|read|"
        r"opens|opened|keeps|has) (?:her|his|mum's|dad's|nan's|my mum's|my dad's) (?:phone|post|letters|"
        r"mail|messages|bank card|purse|wallet)\b"
        r"|\bnever answers? (?:the|her|his) phone\b[^.!?]{0,30}\b(?:he|she) (?:answers|picks up|takes)\b"
        r"|\b(?:can not|can never|are not allowed to|not allowed to|never get to) (?:see|speak to|talk to|"
        r"visit|ring|call) (?:her|him|mum|dad|nan|grandad|my mum|my dad|my nan|my sister|my brother) "
        r"(?:alone|on (?:her|his) own|without (?:him|her) (?:there|listening|present))",
        "describes a relative cut off and controlled",
        keys="phone post letters mail messages bank+card purse wallet alone own without+him without+her",
    ),
    _cue(
        _A,
        r"\b(?:taken|takes|taking|take) over (?:[\w']+ ){0,2}(?:finances|money|bank|pension|benefits|accounts"
        r"?|cards?)\b"
        r"|\b(?:does not|do not|did not|never) (?:have|has|had) (?:any |enough )?money (?:left )?for (?:the "
        r"bus|food|bread|milk|tea|gas|electric|heating|basics|shopping|his|her|a)\b",
        "describes money taken from someone",
        weight=1,
        keys="money finances bank pension benefits account accounts card cards",
    ),
    _cue(
        _A,
        r"\b(?:pulled|yanked|dragged|pushed|hauled|lifted|grabbed|manhandled) (?:\w+ ){0,5}(?:by (?:her|his|"
        r"their) (?:arms?|wrists?|hair|clothes|nightie|collar|armpits))"
        r"|\b(?:really |so |very )?rough with (?:mum|dad|her|him|nan|grandad|my \w+|patients|residents|the "
        r"residents|the patients)\b",
        "describes a patient handled roughly",
        keys="pulled yanked dragged pushed hauled lifted grabbed manhandled really+rough so+rough "
        "very+rough rough+with",
    ),
    _cue(
        _A,
        r"\bhands? (?:round|around|on) (?:my|her|his) (?:neck|throat)\b",
        "describes being strangled",
        weight=3,
        keys="hand hands",
    ),
    _cue(
        _A,
        r"\bcall(?:s|ed|ing)? (?:him|her|dad|mum|nan|grandad|my \w+|them|the residents|residents|patients|the"
        r" "
        r"patients) (?:a |an )?(?:dirty|disgusting|filthy|smelly|stupid|fat|useless|pathetic|animal|pig|baby|"
        r"attention seeker|liar)\b"
        r"|\bshouts? at (?:him|her|dad|mum|nan|grandad|my \w+|the residents|residents)\b[^.!?]{0,30}\bwhen "
        r"(?:he|she|they) (?:wets?|soils?|asks?|needs?|rings?|cries|cry|can not|is slow|spills?)",
        "describes a patient belittled by staff",
        keys="call calls called calling shout shouts",
    ),
    _cue(
        _A,
        r"\b(?:tell|ring|call|report me to|contact|message|email) (?:my |the |her |his )?(?:employer|work|"
        r"boss|manager|social services|police|immigration|family|parents|kids|everyone)\b[^.!?]{0,30}"
        r"\bif (?:i|she|he) (?:see|sees|leave|leaves|go|goes|tell|tells|report|talk|speak|ring|meet|do not)",
        "describes threats or secrecy",
        needs=(
            r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|family|lies|says|said|"
            r"threaten\w*)\b",
        ),
        keys="if+i if+she if+he",
        also="he she husband wife partner boyfriend girlfriend ex dad mum family lies says said threaten",
    ),
    _cue(
        _A,
        r"\b(?P<young>1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) (?:year old|yr old|years old)"
        r"\b[^.!?]{0,60}\b(?:boyfriend|girlfriend|man|bloke|guy|friend|fella|partner)\b[^.!?]{0,25}\b(?:who "
        r"is|is|aged|of|age) (?:about |nearly |like )?(?P<old>[1-6]\d)\b",
        "describes a child with a much older partner",
        weight=3,
        check=_much_older,
        keys="year yr",
    ),
    # --- bullying of staff --------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:a|their|the|another|separate|secret|own) (?:group chat|whatsapp(?: group)?|chat|group) "
        r"(?:about|without|slagging|mocking|laughing at) me\b"
        r"|\b(?:group chat|whatsapp|messages|screenshots?)\b[^.!?]{0,30}\b(?:about me|slagging me|mocking me)"
        r"",
        "describes being shut out, mocked or pressured at work",
        keys=(
            "group+chat group+about group+without group+slagging group+mocking group+laughing whatsapp chat "
            "screenshot messages"
        ),
    ),
    _cue(
        _B,
        r"\b(?:had |would )?better not (?:go|be|ring|call|take|phone|complain|raise|report|tell|make)\b"
        r"[^.!?]{0,50}\b(?:if (?:i|you) (?:want|wanted|value|like)|or else)\b",
        "describes being singled out, blamed or warned off at work",
        keys="had+better would+better better+not",
    ),
    _cue(
        _B,
        r"\bcall(?:s|ing|ed)? me (?:by )?(?:the wrong name|a different name|another name|a nickname)\b"
        r"[^.!?]{0,40}\b(?:on purpose|deliberately|because|too hard|still|even after|every)\b"
        r"|\b(?:mispronounc\w*|chang\w*|shorten\w*|refus\w* to (?:say|learn|use)) my name\b[^.!?]{0,30}"
        r"\b(?:on purpose|deliberately|because|too hard|still|every|laugh\w*)",
        "describes discrimination",
        keys="my+name calls+me call+me calling+me called+me",
    ),
    _cue(
        _B,
        r"\b(?:go|goes|went|gone) (?:silent|quiet) when i (?:come|walk|get|arrive)"
        r"|\bso (?:that )?i (?:eat|have (?:my )?(?:lunch|break|breaks)|sit|am) (?:on my own|alone|by myself)",
        "describes being shut out or singled out at work",
        weight=1,
        keys=(
            "go+silent go+quiet goes+silent goes+quiet went+silent went+quiet gone+silent gone+quiet alone m"
            "y+own myself"
        ),
    ),
    # --- unsafe staffing ------------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:nobody|no cover|no replacement|no agency|no bank)\b (?:was |were |got |could be |has "
        r"been )?(?:sent|came|found|brought in|booked|turned up)\b(?: to cover| in)?"
        r"|\b(?:half|most) (?:the|of the) (?:\w+ )?(?:shift|staff|team|nurses) (?:was|were|are|is|off) "
        r"(?:off )?(?:sick|off)\b",
        _SHORTAGE,
        weight=1,
        needs=(r"\b(?:cover|shift|staff|sick|ward|patients|nights?|buzzers?|short)\b",),
        keys=(
            "nobody+was nobody+were nobody+got nobody+could nobody+has nobody+sent nobody+came nobody+found "
            "nobody+brought nobody+booked nobody+turned cover+was cover+were cover+got cover+could cover+has "
            "cover+sent cover+came cover+found cover+brought cover+booked cover+turned replacement+was replac"
            "ement+were replacement+got replacement+could replacement+has replacement+sent replacement+came r"
            "eplacement+found replacement+brought replacement+booked replacement+turned agency+was agency+wer"
            "e agency+got agency+could agency+has agency+sent agency+came agency+found agency+brought agency+"
            "booked agency+turned bank+was bank+were bank+got bank+could bank+has bank+sent bank+came bank+fo"
            "und bank+brought bank+booked bank+turned half+the half+of most+the most+of"
        ),
    ),
    _cue(
        _C,
        r"\bbuzzers? (?:\w+ )?(?:rang and rang|ringing and ringing|unanswered|going off (?:all night|for ages"
        r"|"
        r"for hours|and nobody))|\b(?:nobody|no one) (?:came|answered|answers|comes) (?:to )?(?:the )?"
        r"buzzers?",
        "describes a patient left without help",
        keys="buzzer buzzers nobody+came nobody+answered nobody+answers nobody+comes",
    ),
    # --- medication error ---------------------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:then|and|but|later) (?:the )?(?:\w+ ){0,3}(?:gave|give|given|giving) (?:them|it|him|her) "
        r"(?:his |her |their |the )?(?:\w+ )?(?:again|a second time|another dose)\b",
        "describes a dose given twice",
        needs=(
            r"\b(?:tablets?|meds|medication|medicine|insulin|dose|injection|pills?|inhaler|patch|"
            r"morphine|oramorph|paracetamol|warfarin)\b",
        ),
        keys="then and but later",
        also=(
            "tablet tablets meds medication medicine insulin dose injection pill pills inhaler patch morphine"
            " "
            "oramorph paracetamol warfarin"
        ),
    ),
    _cue(
        _M,
        r"\b(?:nobody|no one|not|never|have not|has not|had not)\b(?: \w+){0,3} (?:checked|checking|tested|"
        r"done|taken|monitored) (?:his |her |my |their |the )?(?:blood levels|bloods|blood tests?|levels|inr|"
        r"blood sugars?|sugars|bms?|lithium levels|clozapine levels|ecg)\b",
        "describes monitoring of a high-risk drug missed",
        needs=(
            r"\b(?:tablets?|meds|medication|started|lithium|clozapine|warfarin|insulin|on the new|"
            r"antipsychotic\w*|valproate|digoxin|methotrexate)\b",
        ),
        unless=r"\b(?:gp|appointment|letter|results? (?:came|are)|sorted)\b",
        keys="blood bloods levels inr sugars sugar bm bms lithium clozapine ecg",
        also=(
            "tablet tablets meds medication started lithium clozapine warfarin insulin on+the antipsychotic "
            "valproate digoxin methotrexate"
        ),
    ),
    _cue(
        _M,
        r"\binsulin\b[^.!?]{0,40}\b(?:no|never|not|without) (?:\w+ ){0,3}(?:food|eat|meal|breakfast|"
        r"snack|anything to eat|tea|dinner)\b",
        "describes insulin given without food",
        keys="insulin",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    _cue(
        _C,
        r"\b(?:water|jug|drinks?|cup)\b[^.!?]{0,20}\b(?:has not|had not|was not|were not|is not|not|never) "
        r"(?:been )?(?:filled|refilled|topped up|changed|within reach|in reach|given)\b[^.!?]{0,30}"
        r"\b(?:since|all day|all night|for (?:hours|days|\d+)|yesterday|overnight)",
        "describes neglect of basic care",
        unless=r"\b(?:vending|machine|cooler|fountain|meeting|conference|venue|event|canteen)\b",
        keys="water jug drink drinks cup",
    ),
    _cue(
        _C,
        r"\bleft (?:\w+ ){0,4}(?:in|on) (?:a |the )?(?:corridor|trolley|chair|commode|toilet|floor|bath)\b"
        r"[^.!?]{0,30}\b(?:all night|all day|for hours|overnight|without|for (?:\d+|two|three|four|five|six) "
        r"hours)",
        "describes a patient left at risk",
        keys="left",
    ),
    _cue(
        _C,
        r"\b(?:supposed|meant|should|needs?|need) (?:to have |to be |have )?(?:two|2) (?:staff|carers|peopl"
        r"e|"
        r"nurses|hcas|to (?:move|hoist|transfer|turn))\b[^.!?]{0,40}\b(?:with one|one person|on (?:their|"
        r"her|his|my) own|alone|just one|by (?:herself|himself|themselves|myself))",
        "describes a patient moved unsafely",
        keys="with+one one+person own alone just+one herself himself themselves myself",
    ),
    _cue(
        _C,
        r"\bdischarg\w* (?:\w+ ){0,5}(?:with no|without (?:any )?)(?:crisis plan|safety plan|care plan|"
        r"support plan|meds|medication|care package|carers|"
        r"support|food|keys|transport|follow up|plan|package|heating)\b"
        r"|\bdischarg\w*\b[^.!?]{0,40}\b(?:nobody|no one) (?:told|informed|let) (?:the|his|her|their) "
        r"(?:community team|gp|carers|district nurses?|care home|family)",
        "describes an unsafe discharge",
        keys="discharg",
    ),
    _cue(
        _C,
        r"\b(?:pressure )?sores?\b[^.!?]{0,40}\b(?:nobody|no one|never|not) (?:\w+ )?(?:mentioned|told us|"
        r"noticed|treated|dressed|said|checked)",
        "describes pressure damage left unnoticed",
        keys="pressure sore sores",
    ),
)
