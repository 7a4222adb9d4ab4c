"""Cues of unsafe care and neglect."""

from __future__ import annotations

from .cue import _C, _Cue, _cue
from .words import _RESTRAINT_TAUGHT

CUES: tuple[_Cue, ...] = (
    # --- unsafe care -------------------------------------------------------------------------------
    _cue(_C, r"\bneglect\w*", "names neglect", direct=True, topic=True, negatable=True, keys="neglect"),
    _cue(
        _C,
        r"\bpressure (?:sore|ulcer|damage|injur\w*)s?|\bbed ?sores?",
        "describes pressure sores",
        topic=True,
        negatable=True,
        keys="pressure bed",
        # Sores a patient came in with and that were healed are the care going right.
        unless=r"\b(?:on admission|when (?:she|he|they) (?:came in|arrived|was admitted|were admitted)|"
        r"healed|healing them|we treated|prevent\w*)\b",
    ),
    _cue(
        _C,
        r"\b(?:restrain\w*|pinned|held (?:him|her|them|me) down|held down|prone|floored|took (?:him|her|me) "
        r"down)\b[^.!?]{0,70}\b(?:face ?down|hurt|injur\w*|bruis\w*|could not breathe|can not breathe|knee|"
        r"neck|every shift|every day|first thing|too long|for hours|nobody checked|broke|broken|dislocat\w*|"
        r"swollen|black eye|screaming|for (?:\d+|ten|twenty|thirty|forty) minutes|"
        r"in pain|chok\w*|sat on|laughing|for no reason|as punishment|bleeding|blood)"
        r"|\bknee on (?:his|her|their|my) (?:back|neck|chest|head)"
        r"|\bface ?down\b[^.!?]{0,30}\b(?:restrain\w*|held|pinned)"
        r"|\b(?:sat|sitting|kneel\w*|knelt|lay|lying|lent|leaning|stood) on (?:a |the )?(?:patient|him|her|"
        r"them|resident|his (?:chest|back|neck)|her (?:chest|back|neck))\b"
        r"|\bhold (?:him|her|them) down\b|\b(?:could not|can not|couldnt) breathe\b[^.!?]{0,40}\b(?:held|"
        r"restrain\w*|pinned|on top)",
        "describes restraint that harms",
        weight=3,
        unless=_RESTRAINT_TAUGHT,
        keys=(
            "restrain pinned held prone floored took knee face sat sitting kneel knelt lay lying lent "
            "leaning stood hold breath"
        ),
    ),
    _cue(
        _C,
        r"\bnot (?:been )?(?:fed|washed|turned|changed|toileted|bathed|given (?:a drink|water|food|fluids|"
        r"anything to (?:eat|drink))|offered (?:a drink|water|food|the toilet|the loo|a wash))\b"
        r"|\b(?:did not|never|not|nobody) (?:give|given|offer|offered|get|got|bring|brought) (?:(?:him|her|"
        r"them|me|mum|dad|my \w+) )?(?:anything to (?:eat|drink)|a drink|water|food|fluids|a meal|dinner"
        r"|lunch|"
        r"breakfast)\b(?! (?:at the event|at lunch|was))"
        r"|\bwithout (?:being|been) (?:offered|given|fed|washed|changed|turned|helped)"
        r"|\bnobody (?:had )?(?:turned|fed|washed|changed|helped|came to) (?:him|her|them|mum|dad|me|my)"
        r"|\b(?:left|lying|lay|sat|sitting) (?:him |her |them |me |mum |dad )?(?:in|on|lying|sitting|sat) "
        r"(?:a |the |his |her |their |my )?(?:soiled|wet|dirty|urine|faeces|mess|floor)"
        r"|\b(?:soiled|wet|dirty) (?:bed|sheets|pad|pads|clothes|himself|herself|themselves)"
        r"|\b(?:wet|soiled|messed) (?:myself|himself|herself|themselves)\b"
        r"|\b(?:sitting|sat|left|lying|lay) in (?:her|his|their|my) own (?:wee|urine|poo|faeces|mess|sick"
        r"|vomit)"
        r"|\bsore on (?:his|her|my|their) (?:heel|bottom|"
        r"back|hip|sacrum|foot)"
        r"|\b(?:\d+|nine|ten|eight|several|six|seven|five|four|three|two) hours\b[^.!?]{0,40}\b(?:toilet|"
        r"drink|water|food|loo|commode|pad)"
        r"|\bdehydrated\b[^.!?]{0,40}\b(?:on the ward|in hospital|during|while|nobody)"
        r"|\b(?:food|tray|meal|dinner|lunch) (?:was )?(?:taken away|left) (?:\w+ ){0,2}(?:untouched|out of "
        r"reach)|\bnobody helped (?:her|him|them|mum|dad|me) (?:eat|drink|to eat|to drink)"
        r"|\bno (?:water|drink|food) (?:for|all) (?:\d+|hours|day|days|night)",
        "describes neglect of basic care",
        keys=(
            "not+fed not+washed not+turned not+changed not+toileted not+bathed not+given not+offered "
            "been+fed been+washed been+turned been+changed been+toileted been+bathed been+given "
            "been+offered without+being without+been nobody+had nobody+turned nobody+fed nobody+washed "
            "nobody+changed nobody+helped nobody+came soiled wet dirty urine faeces mess floor her+own "
            "his+own their+own my+own sore hours dehydrat not+give not+given not+gave not+offer "
            "not+offered not+get not+got not+bring not+brought never+give never+given never+gave "
            "never+offer never+offered never+get never+got never+bring never+brought nobody+give "
            "nobody+given nobody+gave nobody+offer nobody+offered nobody+get nobody+got nobody+bring "
            "nobody+brought untouched reach without+food without+water without+a without+drinks "
            "without+fluids without+eating without+drinking without+anything without+any no+water "
            "no+drink no+food"
        ),
    ),
    _cue(
        _C,
        r"\b(?:discharged|sent home|sent out|released|discharge"
        r"|kicked out)\b[^.!?]{0,60}\b(?:at (?:\d+ ?(?:am|"
        r"in the morning|at night|o'?clock at night)|midnight|night)|in the middle of the night|no (?:coat|"
        r"way home|care|package|support|plan|follow ?up|one at home|nobody at home|food|money)|without (?:a |"
        r"any )?(?:care|package|support|plan|follow ?up|coat|anyone|shoes)|with nowhere|nowhere to go|"
        r"homeless|on (?:his|her|my) own|the same day (?:he|she|i) (?:tried|took|attempted)|after (?:my|his|"
        r"her) (?:overdose|attempt))"
        r"|\b(?:\d+|midnight) ?am\b[^.!?]{0,30}\bdischarg\w*",
        "describes an unsafe discharge",
        keys="discharg sent released kicked",
    ),
    _cue(
        _C,
        r"\b(?:obs|observations|1:1|one to one|close obs|checks|ligature checks|hourly checks"
        r"|\d+ min(?:ute)? "
        r"(?:obs|checks))\b[^.!?]{0,30}\b(?:not done|were not done|was not done|missed|stopped|lapsed"
        r"|abandoned|"
        r"skipped|signed but|falsified|never happened|filled in without|left alone|left on (?:his|her) own|"
        r"not (?:watched|checked|observed)|asleep|on (?:their|his|her) phone)"
        r"|\b(?:on|were on|was on) (?:\d+ (?:minute|min) |close |constant |hourly )?(?:obs|observations|"
        r"checks|1:1)\b[^.!?]{0,50}\bnobody (?:checked|came|looked)"
        r"|\bnobody checked (?:on )?(?:me|him|her|them)\b[^.!?]{0,40}\b(?:obs|observations|all night"
        r"|for hours)"
        r"|\b(?:ligature|choking|falls?|fire|absconsion|aspiration) risks?\b[^.!?]{0,30}\b(?:ignored|not "
        r"(?:done|checked|assessed)|nobody)"
        r"|\b(?:took|take|takes|taking|removed|taken) (?:away )?(?:his|her|their|my) (?:walking frame|"
        r"frame|stick|walker|wheelchair|call bell|glasses|hearing aids?|zimmer)"
        r"|\bcall bell\b[^.!?]{0,30}\b(?:out of (?:my |his |her )?reach|not answered|ignored|removed|nobody "
        r"came|unanswered)|\bout of (?:my|his|her) reach\b"
        r"|\bwander\w* (?:out|off) (?:at night|alone|on (?:his|her) own|of the (?:ward|unit|house))"
        r"|\b(?:absconded|went missing|walked out)\b[^.!?]{0,40}\b(?:nobody|no one noticed|hours|not noticed)"
        # "walked out and took himself home, still really poorly and not making sense".
        r"|\b(?:absconded|went missing|walked out|took (?:himself|herself|themselves) (?:home|off))\b"
        r"[^.!?]{0,60}"
        r"\b(?:still (?:really |very )?(?:poorly|unwell|ill|psychotic|confused)|not making (?:any )?sense)"
        r"|\b(?:left|leave|leaving) (?:alone|on (?:his|her|their) own|unattended|unsupervised)\b[^.!?]{0,40}"
        r"\b(?:hurt|harm|fell|ligature|cut|overdose|risk|1:1|obs)",
        "describes a patient left at risk",
        # Someone checking the bus times or the news watches over no patient.
        unless=r"\b(?:bus(?! station| stop)|train|timetable|emails?|weather|news|football|scores|never left|"
        r"not once left|done well)\b",
        keys=(
            "obs observation 1:1 one+to close+obs checks ligature hourly min+obs minute+obs min+checks "
            "minute+checks nobody+checked nobody+came nobody+looked risk walking+frame frame stick walker "
            "wheelchair call+bell glasses hearing zimmer reach wander abscond went+missing walked+out "
            "left+alone left+on left+unattended left+unsupervised leave+alone leave+on leave+unattended "
            "leaving+alone leaving+on left+alone left+on left+unattended left+unsupervised leave+alone "
            "leave+on leave+unattended leave+unsupervised leaving+alone leaving+on leaving+unattended "
            "leaving+unsupervised took+himself took+herself took+themselves"
        ),
    ),
    _cue(
        _C,
        r"\b(?:bruis\w*|marks on|black eye|injur\w*|scratches|cuts on|broken (?:arm|wrist|hip|leg))\b"
        r"[^.!?]{0,80}\b(?:during (?:his|her|their|my) stay|on the ward|in hospital|after (?:the|a|his|her) "
        r"(?:visit|stay|home visit|admission)|(?:could not|can not|nobody|did not|no one|nobody could|"
        r"would not)(?: \w+)? (?:explain|tell|say|account)|unexplained|no explanation)"
        r"|\bunexplained (?:bruis\w*|injur\w*|marks|fall)",
        "describes unexplained injuries in care",
        keys="bruis marks black injur scratches cuts broken unexplained",
    ),
    _cue(
        _C,
        r"\b(?:on the floor|fell|fallen)\b[^.!?]{0,40}\b(?:for hours|an hour|nobody (?:came|checked|helped|"
        r"noticed)|not found|hours before)|\b(?:left|lying|lay) on the floor"
        r"|\bnobody checked (?:me|him|her|them|on)",
        "describes a patient left without help",
        weight=1,
        keys="floor fell fallen nobody+checked",
    ),
    _cue(
        _C,
        r"\bnobody (?:came|checked|answered|helped)\b[^.!?]{0,40}\b(?:hours|an hour|all night|call bell"
        r"|buzzer|"
        r"bell|pressed|rang|shouted)"
        r"|\b(?:lay|lying|left|laid|stayed|stuck) (?:there|on the floor|in bed|in the bath|on the toilet)"
        r"[^.!?]{0,20}\b(?:until|till|for hours|all night|overnight|for ages)"
        r"|\bon (?:their|her|his) phones?\b[^.!?]{0,40}\b(?:obs|observations|1:1|instead of|watching|while)"
        r"|\b(?:obs|observations|1:1)\b[^.!?]{0,40}on (?:their|her|his) phones?",
        "describes a patient left without help",
        keys=(
            "nobody+came nobody+checked nobody+answered nobody+helped lay lying left+there left+on "
            "left+in laid stayed stuck on+their on+her on+his obs observation 1:1"
        ),
    ),
    _cue(
        _C,
        r"\b(?:i|we|he|she|they|me|mum|dad|patients?|residents?|my \w+|staff|the (?:patients|staff|"
        r"apprentices))\b(?: (?!never\b|not\b|no\b|nobody\b)\w+){0,3} (?:feel|feels|felt|feeling|am|was|is"
        r"|are|were|been|be|being|made me "
        r"feel) (?:\w+ )?(?:unsafe|in danger|not safe|frightened for my safety)\b"
        r"|\b(?:do not|does not|did not|never|not|no longer|dont) (?:feel|felt|feeling) (?:\w+ )?safe\b"
        r"|\b(?:the )?(?:ward|unit|bay|house|home|flat|hospital|place) (?:is|was|feels|felt|is not|was not)"
        r" (?:\w+ )?(?:unsafe|dangerous|not safe|scary at night)\b",
        "says they feel unsafe",
        direct=True,
        topic=True,
        negatable=True,
        keys="unsafe danger frighten safe scary",
        # Walking to the building after dark is the estate, not a disclosure about care or a person.
        unless=r"\b(?:walking|walk|after dark|in the dark|car park|parking|street|road|lighting|crossing|"
        r"bus stop|getting (?:here|there|home))\b",
    ),
)
