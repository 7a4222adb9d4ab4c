"""Cue families written from what each kind of disclosure says, not from any one comment's words.

Each family is a shape of the disclosure (who did what to whom, a count of staff against patients, a
dose against a time): hopelessness and doubt about still being here; being cut off from people, money
or post; exclusion, threats for speaking up and treatment that changed after a complaint; a shift
described by its few staff; doses signed for but not given or dropped from a chart; a patient unable
to reach water, given food their diet forbids or not watched in seclusion.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _M, _S, _ST, _Cue, _cue
from .words import _NUM, _number, _too_few_staff

# A high-risk medicine whose blood levels or monitoring must be kept up.
_MONITORED = r"(?:lithium|clozapine|warfarin|methotrexate|digoxin|gentamicin|vancomycin|phenytoin|inr)"
# Harm or fear beside a shift with few staff.
_SHIFT_HARM = (
    r"\b(?:in time|buzzers?|call bells?|bells? (?:going|ringing)|nobody came|nobody answered|frightening|"
    r"terrifying|scary|horrendous|dangerous|unsafe|not safe|properly|deteriorat\w*|nobody (?:is )?"
    r"checking|emergency|kicking off|checks|obs|incidents?|hurt|fell|falls|injur\w*|could not|can not|"
    r"something will|go(?:ing)? (?:badly )?wrong|scared|waiting list)\b"
)


def _too_few_for_two(match: re.Match[str]) -> bool:
    """Whether two staff ("just me and a bank HCA") for the patients counted leave each with over six."""
    return _number(match.group("patients")) / 2 > 6


CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm: doubt about still being here, being a burden, no way out -------------
    _cue(
        _S,
        r"\b(?:not sure|do not know if|do not think|doubt|wonder if|not convinced) (?:that )?(?:i will|ill|"
        r"i would|i am going to|i will even) (?:still |even )?(?:be (?:here|around|alive)|make it (?:that "
        r"long|to (?:then|march|christmas|the appointment|next|my)|through (?:the|this) (?:wait|winter|"
        r"year|month)))",
        "doubts they will still be alive",
        keys="not+sure not+know not+think doubt wonder not+convinced",
    ),
    _cue(
        _S,
        r"\b(?:i am|i feel|i felt|i have become|i was|feel like|felt like) (?:\w+ )?(?:just )?a (?:burden|"
        r"waste of space)\b(?! (?:on the|to the (?:service|nhs|ward|team)))"
        r"|\bno (?:way out|future for me|reason to (?:carry on|keep going|be here|live|get up))\b"
        r"|\bstopped caring (?:what|whether|if) (?:happens to me|i live|i wake)",
        "speaks of being a burden or of no way out",
        keys="i+am i+feel i+felt i+have i+was feel+like felt+like no+way no+future no+reason stopped+caring",
        # "no way out of the car park", "a burden on the service": not about the writer's life.
        unless=r"\b(?:car park|parking|building|exit|contract|job|course|apprenticeship|loan|debt)\b",
    ),
    # --- abuse and coercive control: post, phone, money, friends, fear of home ---------------------
    _cue(
        _A,
        r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|dad|mum|father|mother)"
        r"(?: \w+){0,2} (?:opens|opened|reads|read|goes through|went through|checks|checked) (?:all )?(?:my|"
        r"her|them|everything)(?: \w+)? ?(?:post|letters|mail|texts|messages|emails|phone|statements)?\b"
        r"[^.!?]{0,60}\b(?:in trouble|goes mad|kicks off|angry|not allowed|do not send|can you not|please "
        r"do not|scared|punish\w*)"
        r"|\b(?:do not|can you not|please do not|never) (?:send|post|ring|call|phone|text|write)(?: \w+)?"
        r" (?:letters|anything|me) (?:\w+ )?(?:home|to my (?:house|address|home|mobile))\b",
        "describes post or phone watched by someone at home",
        keys="he she husband wife partner boyfriend girlfriend ex son daughter dad mum father mother "
        "do+not can+you please+do never+send never+post never+ring never+call never+phone never+text "
        "never+write",
    ),
    _cue(
        _A,
        r"\b(?:only|never|rarely|barely) lets? (?:me|her|him)\b|\b(?:does not|do not|did not) like me "
        r"(?:seeing|going|talking|wearing|having|working|spending|meeting)"
        r"|\b(?:have|has|had) to (?:tell|text|ring|call|ask) (?:him|her) (?:where|before|every|if|for "
        r"(?:money|cash|permission))|\bgives? me (?:\w+ ){0,3}(?:a week|a month|pocket money|an allowance)"
        r"|\b(?:has|have|had) to ask (?:him|her) for (?:money|cash|bus fare|the bus fare|food)"
        r"|\bwalk(?:s|ed|ing)? on eggshells\b|\b(?:scared|afraid|frightened|terrified|dread\w*) (?:to go|of"
        r" going|going) home\b"
        r"|\b(?:says?|said|tells? me|told me) i (?:am )?(?:imagin\w*|making (?:it|things) up|going mad|mad|"
        r"crazy)\b|\bmakes? me (?:feel )?(?:like )?(?:i am )?(?:going )?(?:mad|crazy)\b",
        "describes being controlled by someone",
        needs=(
            r"\b(?:he|she|him|her|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|son|daughter|"
            r"family|home|uncle|carer)\b",
        ),
        # A manager or a course that "only lets me" is work, not control at home.
        unless=r"\b(?:manager|mentor|ward|rota|uni|university|college|course|placement|trust|tutor|"
        r"assessor|annual leave|epa|nurse in charge|nic|shift)\b",
        keys="only+lets only+let never+lets never+let rarely+lets rarely+let barely+lets barely+let "
        "not+like have+to has+to had+to gives+me give+me walk walks walked walking scared+to afraid+to "
        "frightened+to terrified+to scared+of afraid+of frightened+of terrified+of scared+going "
        "afraid+going frightened+going terrified+going dread says+i said+i tells+me told+me say+i "
        "tell+me makes+me make+me home",
        also="he she him her husband wife partner boyfriend girlfriend ex dad mum son daughter family "
        "home uncle carer",
    ),
    _cue(
        _A,
        r"\b(?:if|when) i (?:ever )?(?:tell|told|say|said|report|reported|go|went) (?:\w+ ){0,2}(?:anyone|"
        r"anybody|someone|the police|police|social services|my family)\b[^.!?]{0,40}\b(?:take the kids|"
        r"take (?:my|the) (?:kids|children|baby)|kill|hurt|leave me|throw me out|put me out|make me pay|"
        r"never see)"
        r"|\b(?:lets?|let) (?:her|him|me|them) off (?:the )?rent\b|\b(?:sex|favours) for (?:rent|money|"
        r"drugs|a bed|a room|somewhere to stay)|\bif (?:she|he|i) (?:does|do|did) (?:him|her) (?:favours|"
        r"'favours')",
        "describes threats or exploitation",
        keys="if+i when+i lets let sex favours if+she if+he",
    ),
    # --- bullying of staff: exclusion, threats for speaking up, victimisation ----------------------
    _cue(
        _B,
        r"\b(?:told|warned|threatened|said) (?:me )?(?:that )?(?:i would|i will|i could|i might|i am going "
        r"to|we would|we will|she would|he would) (?:\w+ ){0,2}(?:lose|fail|be (?:sacked|kicked|removed|"
        r"disciplined|moved|taken off|struck off)|get (?:sacked|kicked|disciplined|a bad reference)|not "
        r"pass)\b[^.!?]{0,50}\b(?:if|unless) (?:i|we|she|he) (?:\w+ ){0,2}(?:report\w*|said|say|complain\w*"
        r"|told|tell|made a fuss|make a fuss|raised|raise|spoke|speak|went|go|kick\w* up|escalat\w*|datix|"
        r"rock\w*)"
        r"|\b(?:too )?(?:scared|afraid|frightened|terrified|worried) to (?:speak up|speak out|say anything|"
        r"report (?:it|him|her|them|what)|complain|raise (?:it|a concern|concerns)|go to hr|tell anyone)"
        r"|\b(?:can not|could not|dare not|daren't) risk (?:reporting|saying|speaking|complaining|raising)"
        r"|\bkept my (?:mouth|head) (?:shut|down)\b|\bkeep my (?:mouth shut|head down)\b(?= [^.!?]{0,30}"
        r"\b(?:or|because|else|if))",
        "describes threats for speaking up",
        keys="told warned threatened said too+scared too+afraid too+frightened too+terrified too+worried "
        "scared+to afraid+to frightened+to terrified+to worried+to kept+my keep+my can+not could+not "
        "dare+not daren't",
    ),
    _cue(
        _B,
        r"\b(?:nobody|none of them|the others|the team|they) (?:\w+ ){0,3}(?:talks?|speaks?|says? "
        r"(?:hello|hi|a word)) to me\b|\b(?:go|goes|went|all go) quiet when i\b|\bstop talking when i\b"
        r"|\bsilent treatment\b"
        r"|\b(?:left|kept|taken|removed|kicked) (?:me )?(?:out of|off) (?:the )?(?:staff |ward |team )?"
        r"(?:whatsapp|group chat|group|emails?|loop|rota|training|meetings?|list)\b[^.!?]{0,40}\b(?:on "
        r"purpose|deliberately|again|without (?:telling )?me|everyone else)"
        r"|\b(?:posts?|posted|writes?|wrote|messages?|messaged|laughs?|laughed|slag\w*) (?:\w+ )?about me"
        r"\b[^.!?]{0,30}\b(?:group|chat|whatsapp|facebook|handover|staff room|in front)",
        "describes being shut out or talked about at work",
        keys="nobody none the+others the+team they go+quiet goes+quiet went+quiet all+go stop+talking "
        "silent left kept taken removed kicked post posts posted writes wrote messages message "
        "messaged laughs laughed slag write laugh",
    ),
    _cue(
        _B,
        r"\b(?:ever )?since i (?:asked|complained|raised|reported|spoke up|went to hr|put in|challenged|"
        r"whistle\w*|mentioned|told (?:hr|the manager|matron|my tutor))\b[^.!?]{0,60}\b(?:worst|nights|"
        r"rota|moved|ignor\w*|blank\w*|punish\w*|picked|every week|nobody|stopped|treated|target\w*|"
        r"frozen|cold|left out|excluded)"
        r"|\b(?:worst|nights|rota|moved|ignor\w*|blank\w*|punish\w*|picked on|every week|target\w*|frozen "
        r"out|left out|excluded)\b[^.!?]{0,60}\bsince i (?:asked|complained|raised|reported|spoke up|went "
        r"to hr|put in|challenged|whistle\w*|mentioned)"
        r"|\breasonable adjustments?\b[^.!?]{0,40}\b(?:refused|ignored|laughed|mocked|never|not|punish\w*)",
        "describes being punished for speaking up or asking for adjustments",
        keys="ever+since since+i worst nights rota moved ignor blank punish picked every+week target "
        "frozen left+out excluded reasonable",
    ),
    _cue(
        _B,
        r"\b(?:how|the way) (?:\w+ ){0,2}(?:team|mentor|manager|colleagues|nurses|qualifieds|seniors|"
        r"staff|band \d|ward|hcas|sister|nic)s? (?:treats?|treated|speaks? to|spoke to|talks? to|talked to)"
        r" (?:her|him|me|them|us)\b",
        "describes how colleagues treat them",
        needs=(
            r"\b(?:cri\w*|cry\w*|tears|scared|dread\w*|awful|horrible|leave|leaving|quit\w*|sick|anxious|"
            r"upset|shaking|bullied|hell|miserable)\b",
        ),
        keys="how the+way",
        also="cri cry tears scared dread awful horrible leave leaving quit sick anxious upset shaking "
        "bullied hell miserable",
    ),
    _cue(
        _B,
        r"\bpeople like (?:me|you|us|her|him)\b(?! (?:to|who|and))"
        r"|\b(?:mock|mocks|mocked|mocking|copy|copies|copied|copying|imitat\w*|laugh\w* at|take the mick "
        r"out of|make fun of|makes fun of|made fun of) (?:my|her|his|our) (?:accent|english|name|hijab|"
        r"headscarf|voice|religion|food|colour|skin)"
        r"|\bthe (?:only )?(?:black|brown|asian|foreign|muslim|gay|trans|disabled|older|polish|filipino|"
        r"nigerian|indian|international) (?:one|ap|hca|nurse|member of staff|person|apprentice|girl|lad)\b"
        r"[^.!?]{0,60}\b(?:always|get|gets|sent|given|called|treated|left|never)",
        "describes being singled out for who they are",
        keys="people+like mock mocks mocked mocking copy copies copied copying imitat laugh take+the "
        "make+fun makes+fun made+fun the+only the+black the+brown the+asian the+foreign the+muslim "
        "the+gay the+trans the+disabled the+older the+polish the+filipino the+nigerian the+indian "
        "the+international",
        needs=(
            r"\b(?:mentor|manager|colleague|colleagues|team|ward|nurses|staff|hcas|shift|shifts|post|job|"
            r"interview|promotion|apprenticeship|placement|handover|band|qualifieds|seniors|nic|unit|rota)",
        ),
        also="mentor manager colleague colleagues team ward nurses staff hcas shift shifts post job "
        "interview promotion apprenticeship placement handover band qualifieds seniors nic unit rota",
    ),
    _cue(
        _B,
        r"\b(?:screamed|shouted|yelled|sworn|swore) at\b[^.!?]{0,30}\b(?:most|every|each|all) (?:shifts?|"
        r"days?|week)|\b(?:make|makes|making) my life (?:hell|a misery|miserable|unbearable)",
        "describes being shouted at or made miserable at work",
        keys="screamed shouted yelled sworn swore make makes making",
    ),
    # --- unsafe staffing: a shift described by its few staff ---------------------------------------
    _cue(
        _ST,
        rf"\b(?:just|only) (?:me|myself) and (?:a|an|one|1) (?:\w+ ){{0,3}}?(?:for|with|to|looking after|"
        rf"covering) (?P<patients>{_NUM}) (?:patients|beds|residents|service users|people|young people)\b",
        "describes too few staff for the patients",
        weight=3,
        check=_too_few_for_two,
        keys="just+me only+me just+myself only+myself",
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
        keys="only+the just+the only+two only+three only+2 only+3 just+two just+three just+2 just+3 "
        "one+qualified one+rgn one+rmn one+rn one+registered whoever caseload caseloads move+staff "
        "moves+staff moved+staff moving+staff move+our moves+our moved+our moving+our",
    ),
    _cue(
        _ST,
        r"\b(?:only|just) (?:the )?(?:two|three|2|3) of (?:us|them)\b|\bonly (?:two|three|2|3) (?:on|staff|"
        r"nurses|carers)\b|\bcaseloads? (?:of|are|is|at|over) (?:over )?\d\d+",
        "describes too few staff to keep patients safe",
        needs=(_SHIFT_HARM,),
        keys="only+the just+the only+two only+three only+2 only+3 just+two just+three just+2 just+3 "
        "caseload caseloads",
        also="in+time buzzer buzzers call+bell call+bells bell bells nobody+came nobody+answered "
        "frightening terrifying scary horrendous dangerous unsafe not+safe properly deteriorat "
        "nobody+is nobody+checking emergency kicking checks obs incident incidents hurt fell falls "
        "injur could+not can+not something+will go+wrong go+badly going+wrong going+badly scared "
        "waiting+list",
    ),
    _cue(
        _ST,
        r"\b(?:nights|weekends|lates|earlies|shifts|the ward|the unit|nightshifts|night shifts) (?:are|is|"
        r"were|was|can be|feel|feels) (?:\w+ )?(?:frightening|terrifying|scary|dangerous|unsafe|a "
        r"nightmare|horrendous|chaos|carnage)",
        "describes shifts that feel unsafe",
        weight=1,
        keys="nights weekends lates earlies shifts the+ward the+unit nightshifts night+shifts",
    ),
    _cue(
        _ST,
        r"\b(?:do|doing|did|cover|covering|run|running|asked to do|expected to do) (?:the )?(?:1:1|one to "
        r"one|obs|observations|close obs|seclusion obs|meds round|medication round|drug round)\b"
        r"[^.!?]{0,40}\b(?:and|while|whilst|at the same time as) (?:\w+ ){0,3}(?:1:1|one to one|obs|"
        r"observations|meds round|medication round|drug round|another 1:1|the phones?|the floor)\b",
        "describes one person doing two jobs that each need someone",
        weight=3,
        keys="do+the do+1:1 do+one do+obs do+observations do+close do+seclusion do+meds do+medication "
        "do+drug doing cover covering did run running asked+to expected+to",
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
        keys="sign signed signing signs tablets meds pills medication medicine",
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
        keys="lithium clozapine warfarin methotrexate digoxin gentamicin vancomycin phenytoin inr",
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
        keys="meds medication medicines tablets insulin warfarin drug drugs prescription dose dropped "
        "fell left missed missing not never was+not were+not had+not someone somebody",
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
        keys="morning breakfast 8am 8+am night evening bedtime lunchtime teatime 6am 6+am nobody+gave "
        "to+keep no+one",
    ),
    # --- unsafe care: water out of reach, wrong diet, nobody watching, walking out -----------------
    _cue(
        _C,
        r"\b(?:could not|can not|unable to|not able to|never able to) reach (?:her|his|my|their|the) "
        r"(?:water|jug|drink|cup|call bell|buzzer|bell|food|tray|glasses|frame|phone)"
        r"|\blips (?:were |was )?(?:cracked|dry|parched|bleeding)",
        "describes a patient left without water or help in reach",
        keys="could+not can+not unable+to not+able never+able lips",
    ),
    _cue(
        _C,
        r"\b(?:choking risk|soft diet|pureed|puree|thickened|thickener|nil by mouth|nbm|swallowing|salt "
        r"assessment)\b[^.!?]{0,60}\b(?:given|fed|had|brought|gave|served)\b(?: \w+){0,2} (?:toast|"
        r"sandwich|biscuits?|normal|solid|a meal|thin|crisps|cake|steak|meat|water|tea)"
        r"|\b(?:given|gave|fed|served|brought)(?: \w+){0,2} (?:toast|sandwich|biscuits?|normal food|a "
        r"normal|solid food|crisps)\b[^.!?]{0,60}\b(?:choking|soft diet|pureed|swallow\w*|nil by mouth|"
        r"thickened)",
        "describes food or drink given against a swallowing plan",
        keys="choking soft pureed puree thickened thickener nil nbm swallowing salt given gave fed "
        "served brought",
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
        keys="seclusion secluded locked side+room with+nobody with+no",
    ),
    _cue(
        _C,
        r"\b(?:walked|walking|wandered|wandering|got|gets|getting|ran|run) out (?:onto|on to|into) (?:the )?"
        r"(?:main |busy )?(?:road|street|traffic|dual carriageway)"
        r"|\bdoor codes? (?:is |are )?(?:written|on the wall|next to|above|stuck|by the)",
        "describes patients able to leave unsafely",
        keys="walked walking wandered wandering got gets getting ran run door",
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
        keys="buzzer call+bell bell buzzed rang pressed found nobody not no+one",
    ),
    _cue(
        _C,
        r"\b(?:left|sat|lying|lay) (?:sitting |lying |sat )?(?:in|on) (?:a |the |his |her |their |my )?"
        r"(?:soiled|wet|dirty) (?:clothes|sheets|bed|pad|pads|nightie|pyjamas)\b",
        "describes neglect of basic care",
        keys="left sat lying lay",
    ),
)
