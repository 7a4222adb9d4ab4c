"""Cue families of unsafe staffing, medication errors and unsafe care, written by the shape of each.

A shift described by its few staff (a count against patients, one person doing two jobs, shifts that
frighten the staff on them); a dose signed for but not given, missing from the chart, given twice or
at the wrong time; a patient unable to reach water, given food their swallowing plan forbids, not
washed for days or not watched in seclusion.
"""

from __future__ import annotations

import re

from .cue import _C, _M, _S, _ST, _Cue, _cue
from .words import _NUM, _forty_or_more, _number, _too_few_staff

# A high-risk medicine whose blood levels or monitoring must be kept up.
_MONITORED = (
    r"(?:lithium|priadel|clozapine|clozaril|warfarin|methotrexate|digoxin|gentamicin|vancomycin|phenytoin"
    r"|inr)"
)
# Harm or fear beside a shift with few staff.
_SHIFT_HARM = (
    r"\b(?:in time|buzzers?|call bells?|bells? (?:going|ringing)|nobody came|nobody answered|frightening|"
    r"terrifying|scary|horrendous|dangerous|unsafe|not safe|properly|deteriorat\w*|nobody (?:is )?"
    r"checking|emergency|kicking off|checks|obs|incidents?|hurt|fell|falls|injur\w*|could not|can not|"
    r"something will|go(?:ing)? (?:badly )?wrong|scared|waiting list|turns|sores|late|not done|"
    r"cancelled|walked out|missing|alone|on my own)\b"
)


def _too_few_for_two(match: re.Match[str]) -> bool:
    """Whether two staff ("just me and a bank HCA") for the patients counted leave each with over six."""
    return _number(match.group("patients")) / 2 > 6


def _caseload_too_big(match: re.Match[str]) -> bool:
    """Whether a caseload named by its size is forty or more ("my caseload is 16" names a lad's age)."""
    return not match.group(0).startswith("caseload") or _forty_or_more(match)


CUES: tuple[_Cue, ...] = (
    # --- unsafe staffing: a shift described by its few staff ---------------------------------------
    _cue(
        _ST,
        rf"\b(?:(?:just|only) )?(?:me|myself) and (?:a|an|one|1) (?:\w+ ){{0,3}}?(?:for|with|to|"
        rf"looking after|covering) (?P<patients>{_NUM}) (?:patients|beds|residents|service users|people|"
        r"young people)\b",
        "describes too few staff for the patients",
        weight=3,
        check=_too_few_for_two,
        keys="me+and myself+and",
    ),
    _cue(
        _ST,
        rf"\b(?:leaving|leaves|left|leave) (?:us|the ward|the unit|them) (?:with|on) (?P<staff>{_NUM}) "
        rf"(?:staff |of us |nurses |carers )?(?:for|to) (?P<patients>{_NUM})\b",
        "describes too few staff for the patients",
        weight=3,
        check=_too_few_staff,
        keys="leaving leaves left leave",
    ),
    _cue(
        _ST,
        r"\b(?:only|just) (?:the )?(?:two|three|2|3) of (?:us|them)\b|\bonly (?:two|three|2|3) (?:on|staff|"
        r"nurses|carers)\b|\bone (?:qualified|rgn|rmn|rn|registered nurse)\b[^.!?]{0,20}\b(?:me|and|"
        r"plus)\b|\bwhoever (?:the )?(?:bank|agency|they) (?:send|sends|sent|give us|can find)"
        r"|\bcaseloads? (?:of|are|is|at|over) (?:over )?\d\d+|\bmov(?:e|es|ed|ing) (?:our )?staff (?:off|"
        r"from|away)",
        "describes a shortage of staff",
        weight=1,
        check=_caseload_too_big,
        keys=(
            "of+us of+them only+two only+three only+2 only+3 one+qualified one+rgn one+rmn one+rn "
            "one+registered whoever caseload caseloads move+staff moves+staff moved+staff "
            "moving+staff move+our moves+our moved+our moving+our"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:only|just) (?:the )?(?:two|three|2|3) of (?:us|them)\b|\bonly (?:two|three|2|3) (?:on|staff|"
        r"nurses|carers)\b|\bcaseloads? (?:of|are|is|at|over) (?:over )?\d\d+|\bgaps (?:on|in) the rota\b"
        r"|\bso many (?:gaps|vacancies|off sick)\b|\b(?:could not|can not|never) get (?:anyone|cover|staff)\b"
        r"|\bdown to (?:\d+|one|two|three|four) (?:nurses|staff|carers|qualified|of us|people|hcas|rmns)\b",
        "describes too few staff to keep patients safe",
        needs=(_SHIFT_HARM,),
        check=_caseload_too_big,
        keys=(
            "of+us of+them only+two only+three only+2 only+3 caseload caseloads gaps so+many "
            "get+anyone get+cover get+staff down+to"
        ),
        also="in+time buzzer buzzers call+bell call+bells bell bells nobody+came nobody+answered "
        "frightening terrifying scary horrendous dangerous unsafe not+safe properly deteriorat "
        "nobody+is nobody+checking emergency kicking checks obs incident incidents hurt fell falls "
        "injur could+not can+not something+will go+wrong go+badly going+wrong going+badly scared "
        "waiting+list turns sores late not+done cancelled walked+out missing alone on+my",
    ),
    _cue(
        _ST,
        r"\b(?:nights|weekends|lates|earlies|shifts|the ward|the unit|nightshifts|night shifts) (?:are|is|"
        r"were|was|can be|feel|feels) (?:\w+ )?(?:frightening|terrifying|scary|dangerous|unsafe|a "
        r"nightmare|horrendous|chaos|carnage)",
        "describes shifts that feel unsafe",
        weight=1,
        keys="frightening terrifying scary dangerous unsafe nightmare horrendous chaos carnage",
    ),
    _cue(
        _ST,
        r"\b(?:do|doing|did|cover|covering|run|running|asked to do|expected to do) (?:the )?(?:1:1|one to "
        r"one|obs|observations|close obs|seclusion obs|meds round|medication round|drug round)\b"
        r"[^.!?]{0,60}\b(?:and|while|whilst|at the same time as|also) (?:\w+ ){0,3}(?:1:1|one to one|obs|"
        r"observations|meds round|medication round|drug round|another 1:1|the phones?|the floor|"
        r"(?:answer(?:ing)? )?the (?:door|phones?|bells?|buzzers?))\b",
        "describes one person doing two jobs that each need someone",
        weight=3,
        keys="1:1 one+to obs observations close+obs seclusion meds+round medication+round drug+round",
    ),
    # --- medication errors: signed but not given, dropped from the chart, doses at the wrong time ----
    _cue(
        _M,
        r"\bsign\w*(?: \w+){0,3} (?:for (?:meds|medication|tablets|drugs) )?(?:before (?:giving|they|it "
        r"is|it was|anything|the meds|handing)|as given\b[^.!?]{0,30}\b(?:not|never|still))"
        r"|\bsigned\b[^.!?]{0,40}\b(?:still in the pot|still on the side|still in (?:the|her|his) (?:pot|cup|"
        r"locker|packet|blister))"
        r"|\b(?:tablets|meds|pills|medication|medicine)(?: \w+){0,3} (?:still (?:in the pot|on the side|in"
        r" the cup)|left on (?:the|her|his) (?:table|locker|tray|side))",
        "describes medicines records not matching what happened",
        keys="sign signed signing signs still+in still+on left+on",
    ),
    _cue(
        _M,
        rf"\b{_MONITORED}\b",
        "describes monitoring of a high-risk medicine missed",
        needs=(
            r"\b(?:nobody|no one|not|never|did not|had not|have not|has not|was not|without)(?: \w+){0,3} "
            r"(?:checked|checking|done|taken|tested|monitored|took|had)\b[^.!?]{0,30}\b(?:bloods?|levels|"
            r"blood tests?|inr|monitoring)|\b(?:bloods?|levels|blood tests?|monitoring)\b[^.!?]{0,30}\b(?:not"
            r"|never|nobody|missed|overdue|months|weeks)",
        ),
        keys=(
            "lithium priadel clozapine clozaril warfarin methotrexate digoxin gentamicin vancomycin "
            "phenytoin inr"
        ),
        also="nobody no+one not never did+not had+not have+not has+not was+not without blood bloods "
        "levels monitoring",
    ),
    _cue(
        _M,
        r"\b(?:meds|medication|medicines|tablets|insulin|warfarin|drugs?|prescription|dose)\b(?: \w+){0,4}"
        r" (?:was not|were not|not|never|had been) (?:on|put on|written on|charted on|dropped off|left off|"
        r"missed off) (?:\w+ )?(?:chart|drug chart|mar|kardex|prescription)\b"
        r"|\b(?:dropped|fell|left|missed|missing) off (?:\w+ )?(?:chart|drug chart|mar|kardex|prescription)"
        r"|\b(?:not|never|was not|were not|had not been) (?:written up|charted|prescribed)\b"
        r"|\b(?:someone|somebody) else (?:had )?(?:dispensed|drawn up|potted|prepared|poured|made up)",
        "describes a medicine missing from the chart or given without a prescription",
        keys=(
            "chart mar kardex prescription written+up charted prescribed dispensed drawn+up potted "
            "prepared poured made+up"
        ),
        needs=(
            r"\b(?:meds|medication|medicines|tablets|insulin|warfarin|drugs?|dose|doses|prn|pot|pills|"
            r"lorazepam|diazepam|haloperidol|morphine|sedation|injection|chart|mar)\b",
        ),
        also="meds medication medicines tablets insulin warfarin drug drugs dose doses prn pot pills "
        "lorazepam diazepam haloperidol morphine sedation injection chart mar",
    ),
    _cue(
        _M,
        r"\b(?:morning|breakfast|8am|8 am|night|evening|bedtime|lunchtime|teatime|6am|6 am) (?:meds|tablets"
        r"|medication|insulin|dose|pills|medicines)\b[^.!?]{0,30}\b(?:at|until|till|not until) (?:\d+ ?(?:pm|"
        r"am)|lunch|teatime|midnight|dinner|the afternoon|the evening|the next day)"
        r"|\b(?:nobody|no one) gave (?:\w+ ){0,3}(?:meds|tablets|medication|insulin|dose|pills|medicines|"
        r"inhaler|antibiotics)\b|\bto keep (?:a|the) (?:patient|resident|service user) (?:quiet|calm|"
        r"settled|down)",
        "describes doses missed, late or given to keep someone quiet",
        keys="meds tablets medication insulin dose pills medicines nobody+gave no+one to+keep",
    ),
    # --- unsafe care: water out of reach, wrong diet, nobody watching, walking out -----------------
    _cue(
        _C,
        r"\b(?:could not|can not|unable to|not able to|never able to) reach (?:her|his|my|their|the) "
        r"(?:water|jug|drink|cup|call bell|buzzer|bell|food|tray|glasses|frame|phone)"
        r"|\blips (?:were |was )?(?:cracked|dry|parched|bleeding)",
        "describes a patient left without water or help in reach",
        keys="reach lips",
    ),
    _cue(
        _C,
        r"\b(?:choking risk|soft diets?|pureed|puree|thickened|thickener|nil by mouth|nbm|swallowing|salt "
        r"assessment)\b[^.!?]{0,60}\b(?:given|fed|had|brought|gave|served|getting|get|gets)\b(?: \w+){0,2} "
        r"(?:toast|"
        r"sandwich|biscuits?|normal|solid|a meal|thin|crisps|cake|steak|meat|water|tea)"
        r"|\b(?:given|gave|fed|served|brought)(?: \w+){0,2} (?:toast|sandwich|biscuits?|normal food|a "
        r"normal|solid food|crisps)\b[^.!?]{0,60}\b(?:choking|soft diet|pureed|swallow\w*|nil by mouth|"
        r"thickened)",
        "describes food or drink given against a swallowing plan",
        keys="choking soft pureed puree thickened thickener nil nbm swallow salt",
    ),
    _cue(
        _C,
        r"\b(?:seclusion|secluded|locked in|side room)\b[^.!?]{0,60}\b(?:(?:nobody|no one) (?:was )?"
        r"(?:watching|checking|observing|looking)|not (?:watched|checked|observed|reviewed)|past (?:his|"
        r"her|their|the) review|without (?:a )?review|for hours|overnight|all night)"
        r"|\bwith (?:nobody|no one) (?:watching|checking|observing|looking in)"
        r"|\b(?:seclusion|secluded|locked in|side room)\b[^.!?]{0,40}\b(?:nobody|no one) (?:watched|"
        r"checked on|observed|looked in on|came)",
        "describes a patient secluded or left with nobody watching",
        keys="seclusion secluded locked side+room watching checking observing looking+in",
    ),
    _cue(
        _C,
        r"\b(?:walked|walking|wandered|wandering|got|gets|getting|ran|run) out (?:onto|on to|into) (?:the )?"
        r"(?:main |busy )?(?:road|street|traffic|dual carriageway)"
        r"|\bdoor codes? (?:is |are )?(?:written|on the wall|next to|above|stuck|by the)",
        "describes patients able to leave unsafely",
        keys="road street traffic dual door",
    ),
    _cue(
        _C,
        r"\b(?:buzzer|call bell|bell|buzzed|rang|pressed)\b[^.!?]{0,60}\b(?:nobody|no one) (?:came|answered"
        r"|helped|responded|come)|\bfound (?:\w+ )?(?:on the floor|collapsed|unresponsive|wandering|on "
        r"the road|in the car park)"
        r"|\b(?:nobody|no one|not) (?:has |had |is |was )?(?:done|did|doing|completed) (?:the |any |their |"
        r"his |her )?(?:\w+ )?(?:checks|obs|observations|turns|repositioning)\b[^.!?]{0,30}\b(?:weeks|"
        r"days|months|ages|all night|all shift)",
        "describes a patient left without help",
        keys=("buzzer call+bell bell buzzed rang pressed found checks obs observations turns repositioning"),
    ),
    _cue(
        _C,
        r"\b(?:left|sat|lying|lay) (?:sitting |lying |sat )?(?:in|on) (?:a |the |his |her |their |my )?"
        r"(?:soiled|wet|dirty) (?:clothes|sheets|bed|pad|pads|nightie|pyjamas)\b",
        "describes neglect of basic care",
        keys="soiled wet dirty",
    ),
    # --- more shapes of the same kinds -----------------------------------------------------------
    _cue(
        _ST,
        r"\bgaps (?:on|in) the rota\b|\b(?:\d|one|two|three|four|five) (?:staff |people |nurses |carers )?"
        r"(?:down|short)\b|\bdown to (?:\d+|one|two|three|four) (?:nurses|staff|carers|qualified|of us|"
        r"people|hcas|rmns)\b|\b(?:could not|can not|never) get (?:anyone|cover|staff|agency|bank)\b"
        r"|\bso many (?:gaps|vacancies|off sick)\b",
        "describes a shortage of staff",
        weight=1,
        keys="gaps down short get+anyone get+cover get+staff get+agency get+bank so+many",
    ),
    _cue(
        _ST,
        r"\b(?:the )?only (?:trained|qualified|registered) (?:nurse|staff|member of staff|person)\b"
        r"(?: \w+){0,4} (?:is|was|were) (?:an? )?(?:agency|bank|student|locum|new)\b",
        "describes no permanent qualified nurse on shift",
        keys="only+trained only+qualified only+registered",
    ),
    _cue(
        _ST,
        r"\b(?:left|had|have|expected|told|asked|made) to (?:run|take charge of|be in charge of|manage) "
        r"(?:the )?(?:bay|ward|shift|floor|unit|night|nights|house)\b",
        "describes a trainee left to run the shift",
        needs=(
            r"\b(?:on my own|alone|by myself|as an? (?:trainee|student|apprentice|b3|hca|band 3|ap)|because "
            r"(?:they|there|we) (?:could not|was nobody|were nobody|had nobody|had no))",
        ),
        weight=3,
        keys="run take+charge be+in manage",
        also="on+my alone by+myself as+a as+an because+they because+there because+we",
    ),
    _cue(
        _ST,
        r"\b(?:(?:on|for|covering|across) (?:a|the) whole (?:district|patch|county|site|building|hospital)"
        r"|visits (?:are |were )?(?:being )?cancelled|(?:it is|it was) (?:just )?me for the whole)\b",
        "describes staff stretched across a whole area",
        weight=1,
        keys="whole visits",
    ),
    _cue(
        _M,
        r"\bwithout (?:taking|removing) (?:the )?old (?:one|patch|patches)|\b(?:two|2|both) patches on\b"
        r"|\bold patch (?:was )?(?:still|left) on"
        r"|\b(?:gave|given|give|giving|had|did) (?:it|them|her|him|the \w+|his \w+|her \w+) (?:\w+ )?again"
        r"\b[^.!?]{0,30}\b(?:later|after|already|another nurse|hour)"
        r"|\b(?:another|a second|the other|a different) (?:nurse|staff member|hca|doctor) (?:\w+ )?(?:gave|"
        r"had given|did) (?:it|them|another|the same)"
        r"|\b(?:not started|was not started|were not started|did not start|not given) (?:until|till|for) "
        r"(?:day \d|\d+ days|the next day|days|two days|three days)"
        r"|\bprescriptions? (?:got |was |were |had been )?lost\b"
        r"|\b(?:meant|supposed) to (?:have )?(?:taken|had)\b"
        r"|\b(?:way )?over the (?:limit|max|maximum)\b|\b(?:paracetamol|co-?codamol)\b[^.!?]{0,40}\b(?:plus"
        r"|as well as|on top of) (?:co-?codamol|paracetamol)\b"
        r"|\b(?:nobody|no one) (?:did|done|checked|gave)(?: \w+){0,3} (?:insulin|meds|tablets|medication|"
        r"dose|injection)\b",
        "describes a dose given twice, too late, too much or not at all",
        needs=(
            r"\b(?:meds|medication|medicines?|tablets?|pills?|dose|doses|insulin|patch|patches|injection|"
            r"antibiotics?|prescriptions?|paracetamol|co-?codamol|morphine|inhaler|warfarin|drugs?)\b",
        ),
        keys=(
            "old patches again nurse staff+member hca doctor start not+given lost meant supposed "
            "limit max maximum paracetamol co codamol cocodamol insulin meds tablets medication dose "
            "injection"
        ),
        also="meds medication medicine medicines tablet tablets pill pills dose doses insulin patch "
        "patches injection antibiotic antibiotics prescription prescriptions paracetamol co+codamol "
        "codamol cocodamol morphine inhaler warfarin drug drugs",
    ),
    _cue(
        _C,
        r"\b(?:not|had not|has not|have not|never|no|without) (?:had |been |being )?(?:a |any )?(?:wash|"
        r"washed|bath|bathed|shower|showered|mouth care|changed|turned|repositioned)\b[^.!?]{0,20}\b(?:in|"
        r"for) (?:\d+|two|three|four|five|six|seven|several|a|over a) (?:days|weeks|week|day)|\bmouth "
        r"(?:was )?(?:full of|covered in) (?:sores|ulcers|thrush)|\b(?:left|kept) (?:\w+ ){0,2}(?:on a "
        r"trolley|in (?:the|a) corridor|in a chair)\b[^.!?]{0,40}\b(?:no blanket|with no (?:food|water|"
        r"drink|blanket|pillow)|cold|soiled)|\b(?:drip|pump|feed|oxygen|catheter bag|"
        r"bag)\b[^.!?]{0,30}\b(?:run dry|ran dry|ran out(?![^.!?]{0,60}\b(?:spare|replaced|straight away))|"
        r"alarm\w* (?:was |were )?(?:going|ringing|beeping) for (?:ages|hours|an hour))|\b(?:told|said|tell|"
        r"tells) (?:her|him|them|me|mum|dad) to (?:just )?(?:wet|soil|go in|use) (?:the bed|herself|himself|"
        r"themselves|her pad|his pad|the pad|a pad|their pad)|\btoo busy to (?:help|take|get) (?:her|him|me|"
        r"them|mum|dad) (?:to the toilet|to the loo|to eat|a drink|up)|\bwithout (?:anyone|anybody|somebody|"
        r"staff|a nurse) (?:helping|feeding|checking) (?:him|her|them|me|mum|dad)|\b(?:put|putting|puts|"
        r"getting|get) (?:patients|residents|them|everyone|people) (?:to bed|in bed|into bed) (?:at|by) "
        r"(?:[4-7] ?pm|[4-7] o'?clock|teatime)|\bput to bed (?:at|by) (?:[4-7] ?pm|[4-7] o'?clock|teatime)|"
        r"\b(?:arm|arms) (?:up )?behind (?:his|her|their|my) back\b|\bnobody (?:had )?checked (?:on "
        r")?(?:\w+ )?(?:for|in) (?:an hour|hours|over an hour|\d+ hours)|\bfound (?:him|her|them|a patient|"
        r"the patient) with a ligature\b",
        "describes neglect or a patient left at risk",
        keys=(
            "wash washed bath bathed shower showered mouth+care changed turned repositioned mouth "
            "trolley corridor chair drip pump feed oxygen catheter bag bed herself himself themselves "
            "pad too+busy helping feeding checking behind checked ligature"
        ),
    ),
    # --- wording of a third round of comments written for the project -----------------------------
    _cue(
        _ST,
        r"\b(?:nobody|no one) (?:on (?:the )?(?:unit|ward|shift|site)|on nights|at night|after \d+ ?pm) "
        r"(?:who can|to|able to) (?:do|give|cannulate|take bloods|put up)"
        r"|\bon my own with (?:the whole|all the|a whole) (?:bay|ward|unit|floor)",
        "describes nobody on shift able to do what patients need",
        keys=(
            "can+do can+give can+cannulate can+take can+put to+do to+give to+cannulate to+take to+put "
            "the+whole all+the a+whole"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:was not|were not|never|not) (?:replaced|covered|backfilled)\b"
        r"|\b(?:1:1s?|one to ones?|1 to 1s?|obs|observations) back to back\b"
        r"|\b(?:nobody|no one) to (?:swap|relieve|take over|cover)\b|\bnever enough (?:of us|staff)\b"
        r"|\bnot enough of us\b|\bstaff (?:were |was |being |got )?(?:pulled|moved|sent|redeployed) (?:to|"
        r"off|onto) (?:another|other|a different) (?:ward|unit|area)"
        r"|\b(?:gone|went|dropped|down) from (?:\d+|four|five|six|seven|eight) (?:\w+ )?to (?:\d+|one|two|"
        r"three|four)\b|\bcancel\w* (?:\w+ ){0,2}visits\b|\bhalf (?:of us|the staff|the shift|the team) "
        r"(?:are|is|were|was) agency|\b(?:do not|did not|does not) know (?:the )?(?:patients|risks|ward)"
        r"|\b(?:can not|could not) take (?:patients|them|anyone) out\b|\b(?:absconded|went missing)\b",
        "describes staff stretched or not replaced",
        weight=1,
        keys=(
            "replaced covered backfilled back+to to+swap to+relieve to+take to+cover "
            "never+enough enough+of pulled moved sent redeployed gone+from went+from dropped+from "
            "down+from visits agency know+the know+patients know+risks know+ward take+patients "
            "take+them take+anyone absconded went+missing"
        ),
    ),
    _cue(
        _M,
        r"\b(?:tablets|meds|medication|medicines|insulin|dose|injection)(?: \w+)? (?:were |was )?given to "
        r"(?:the|another|a) (?:lady|man|patient|person|resident|gentleman|woman)\b"
        r"|\b(?:controlled drugs?|cd|drug) (?:cupboard|keys|book)\b[^.!?]{0,40}\b(?:left|open|unlocked|on "
        r"the desk|overnight|did not match|missing)"
        r"|\b(?:ten|\d+) times (?:what|the|more than)\b[^.!?]{0,30}\b(?:should|dose|prescribed)"
        r"|\bsign\w* for (?:a|the) (?:\w+ )?(?:patch|tablets?|meds|dose|injection|insulin) (?:she|he|they|"
        r"that) (?:had not|did not|never|has not|have not)"
        r"|\b(?:blood thinner|anticoagulant|warfarin|apixaban|rivaroxaban|clopidogrel)\b[^.!?]{0,40}\b"
        r"(?:ibuprofen|aspirin|naproxen|nsaids?)\b"
        r"|\b(?:syringe driver|pca|pump)\b[^.!?]{0,30}\b(?:set up wrong|wrong|not running|had stopped|"
        r"nothing for hours)"
        r"|\blost (?:\w+'s |his |her |my )?(?:insulin|meds|tablets|inhaler|pen)\b[^.!?]{0,40}\b(?:went "
        r"without|without|missed|for a day|for days)"
        r"|\b(?:other people|others|someone else|somebody else) (?:have |has |had )?filled\b",
        "describes a medicine given to the wrong person or handled unsafely",
        keys=(
            "given+to controlled cd drug+cupboard drug+keys drug+book times+what times+the times+more "
            "sign signed signing signs ibuprofen aspirin naproxen nsaid syringe pca pump lost filled"
        ),
    ),
    _cue(
        _M,
        r"\b(?:night ?time|sleeping|night|bedtime|evening) (?:\w+ )?(?:tablets?|meds|medication|pills?)\b"
        r"[^.!?]{0,20}\bat (?:[1-6] ?pm|teatime|lunchtime)",
        "describes doses given at the wrong time",
        keys="night nighttime sleeping bedtime evening",
    ),
    _cue(
        _C,
        r"\b(?:nobody|no one) (?:was )?(?:watching|supervising|keeping an eye on) (?:him|her|them|the "
        r"patients|residents|the residents)\b"
        r"|\b(?:catheter bag|bag|commode|pad) (?:was )?(?:overflowing|full to the brim)|\boverflowing "
        r"(?:catheter|bag|commode|pad)"
        r"|\b(?:left|put|placed|kept) (?:\w+ ){0,2}out of reach\b|\bout of reach (?:of|for) (?:her|him|them|"
        r"mum|dad|patients)"
        r"|\bbegging (?:for|me for) (?:water|a drink|food|help|the toilet|pain relief)"
        r"|\b(?:sit|sat|sitting|chatting|on their phones)\b[^.!?]{0,30}\bwhile (?:the )?(?:residents|"
        r"patients|people|mum|dad|she|he) (?:shout|call|scream|cry|ring|press|wait|beg)\w*"
        r"|\b(?:bath|shower|water|hot water bottle)\b[^.!?]{0,30}\b(?:too hot|scald\w*)\b"
        r"|\bsent (?:\w+ ){0,5}home\b[^.!?]{0,40}\b(?:at (?:[1-5] ?am|midnight)|in the middle of the night|"
        r"in a taxi (?:alone|on (?:her|his) own))",
        "describes a patient left unwatched, uncared for or at risk",
        keys=("watching supervising keeping+an overflowing full+to reach begging while too+hot scald sent"),
    ),
    _cue(
        _C,
        r"\b(?:on|was on) (?:1:1|one to one|close obs|level \d|constant obs)\b[^.!?]{0,40}\b(?:left|alone|"
        r"unobserved|on (?:his|her) own)",
        "describes a patient on close observation left alone",
        weight=3,
        unless=r"\b(?:never|not|did not|would not) (?:left|leave|leaves)\b",
        keys="1:1 one+to close+obs level constant+obs",
    ),
    _cue(
        _S,
        r"\b(?:cord|belt|scarf|sheet|ligature|shoelace|rope|wire|lanyard) (?:round|around|tied round) "
        r"(?:his|her|their|my) neck",
        "describes a ligature",
        weight=2,
        keys="cord belt scarf sheet ligature shoelace rope wire lanyard",
    ),
)
