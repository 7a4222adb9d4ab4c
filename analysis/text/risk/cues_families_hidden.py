"""Cue families for harm hidden in everyday detail: papers, a garage, a fridge, a catheter bag.

The shapes: affairs put in order "in case I'm not around", an engine running in a closed garage, a
goodbye posted at night, pills counted and saved, a widow ready to join her husband; a house signed
over, bank statements demanded, food locked away, children threatened, care withheld for complaining;
breaks for everyone but one, mistakes shared with the whole team, threats to a contract; no
permanent nurse, a nurse covering several units while a new carer does the round; a stopped medicine
still given, doses left out on a table, a depot missed; a catheter bag overflowing, a patient left in
their room all day, an illness nobody noticed, a falls mat never fitted, food against nil by mouth, a
cannula left in at discharge.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue

_PEOPLE = (
    r"\b(?:he|she|him|her|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|son|daughter|carer|"
    r"family|brother|sister|nephew|niece|neighbour|friend)\b"
)
_MEDICINES = (
    r"\b(?:tablets?|pills?|meds|medication|medicine|morphine|oramorph|insulin|liquid|dose|doses|"
    r"injection|capsules?|inhaler|patch|warfarin|paracetamol)\b"
)

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    _cue(
        _S,
        r"\bin case (?:i am|i was) not (?:around|here)\b(?! (?:when|to (?:sign|take|collect|answer)|for the))"
        r"|\b(?:in case|if) anything (?:happens|happened|should happen) to me\b",
        "speaks of means kept, a goodbye or only staying alive",
        needs=(
            r"\b(?:papers|documents|will|passwords|bank|letters?|kids|children|cat|dog|pets?|funeral|"
            r"insurance|know where|make sure|told|where)\b",
        ),
        keys="around here anything",
    ),
    _cue(
        _S,
        r"\b(?:engine|car) (?:running|on)\b[^.!?]{0,40}\b(?:garage|door shut|doors shut|hose|pipe)"
        r"|\bgarage\b[^.!?]{0,40}\bengine (?:running|on)\b",
        "mentions a means or plan",
        weight=3,
        keys="garage door+shut doors+shut hose pipe",
    ),
    _cue(
        _S,
        r"\bsorry for everything\b[^.!?]{0,30}\b(?:love you|goodbye|bye|take care|look after)",
        "speaks of means kept, a goodbye or only staying alive",
        keys="sorry+for",
    ),
    _cue(
        _S,
        r"\b(?:counting|counted|saving|saved|stockpil\w*|hoarding|hoarded|stashing|stashed|collecting) "
        r"(?:up )?(?:my |all my |the |her |his |them )?(?:pills|tablets|meds|medication|painkillers|"
        r"paracetamol|them up)\b",
        "mentions a means or plan",
        needs=(r"\b(?:how many|saved|save|saving|enough|stash\w*|stockpil\w*|hoard\w*|collect\w*|up)\b",),
        unless=r"\b(?:pharmacy|blister|dosette|steps|calories|for the audit|stock check)\b",
        keys="counting counted saving saved stockpil hoarding hoarded stashing stashed collecting",
    ),
    _cue(
        _S,
        r"\bready to (?:join|be with|go to) (?:dad|mum|him|her|my \w+|her \w+|his \w+|grandad|nan)\b",
        "wishes they were dead or not here",
        unless=r"\b(?:for (?:tea|dinner|lunch|the weekend|a visit|christmas)|at the|in the car)\b",
        keys="ready+to",
    ),
    # --- abuse and coercion ---------------------------------------------------------------------------
    _cue(
        _A,
        r"\bsign(?:ed|ing|s)? (?:over )?(?:his|her|their|the) (?:house|home|savings|money|will|property|"
        r"flat|car|power of attorney)\b",
        "describes money taken from someone",
        needs=(
            r"\b(?:carer|son|daughter|nephew|niece|neighbour|friend|understand|confused|dementia|lodger|"
            r"grandson|granddaughter|made|had him|had her|pressur\w*)\b",
        ),
        keys="sign signed signing signs",
    ),
    _cue(
        _A,
        r"\bmakes? me (?:show|send|prove|justify|report|photograph|screenshot)\b"
        r"|\btells? me when i (?:can|am allowed to|may) (?:eat|sleep|go out|shower|use|leave|speak)\b"
        r"|\block(?:s|ed|ing)? (?:the )?(?:fridge|cupboards?|food|kitchen)\b",
        "describes being controlled by someone",
        needs=(_PEOPLE,),
        unless=r"\b(?:infection control|ward|policy|hospital|unit|placement|mentor|manager)\b",
        keys="makes+me make+me tells+me tell+me lock locks locked locking",
    ),
    _cue(
        _A,
        r"\b(?:taken off|taken away from|took off) me if i (?:tell|leave|report|go|speak)"
        r"|\bif i (?:tell|told) (?:anyone|anybody|someone|the police|social services|my family)\b",
        "describes threats or secrecy",
        needs=(_PEOPLE,),
        keys="taken+off taken+away took+off if+i",
        also=(
            "he she him her husband wife partner boyfriend girlfriend ex dad mum son daughter carer family b"
            "rother sister nephew niece neighbour friend"
        ),
    ),
    _cue(
        _A,
        r"\b(?:or|unless|otherwise|else) (?:she|he|they|i|we) (?:\w+ ){0,2}(?:be )?(?:put to bed|left in "
        r"(?:bed|the chair|it)|locked in|sent to (?:his|her|their) room|given nothing)",
        "describes care withheld as a threat",
        keys="put+to left+in locked+in sent+to given+nothing",
    ),
    _cue(
        _A,
        r"\b(?:really |so |very )?(?:heavy handed|rough) (?:with|towards) (?:mum|dad|her|him|nan|grandad|my "
        r"\w+|patients|residents|the residents|the patients)\b",
        "describes a patient handled roughly",
        weight=3,
        keys="heavy+handed rough+with rough+towards",
    ),
    # --- bullying of staff --------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:stop|quit) (?:complaining|moaning|whinging|making a fuss|raising|asking|reporting)\b"
        r"[^.!?]{0,30}\bor (?:my|your) (?:contract|job|place|post|shifts|hours|apprenticeship|reference)"
        r"|\beveryone (?:else )?(?:gets?|has|had|got|is allowed|goes on|takes) (?:\w+ ){0,3}except me\b",
        "describes being singled out, blamed or warned off at work",
        keys="stop quit everyone",
    ),
    _cue(
        _B,
        r"\b(?:shares?|shared|posts?|posted|puts?|reads? out|read out) my (?:mistakes|errors|personal|health|"
        r"marks|grades|results)\b[^.!?]{0,30}\b(?:group chat|whatsapp|whole team|everyone|in front of|"
        r"handover|the team)",
        "describes being shut out, mocked or pressured at work",
        keys="my+mistakes my+errors my+personal my+health my+marks my+grades my+results",
    ),
    # --- unsafe staffing ------------------------------------------------------------------------------
    _cue(
        _ST,
        r"\bno (?:permanent|regular|qualified|registered) (?:nurse|staff|rmn|rgn|nurses)s? on (?:nights|days|"
        r"the ward|shift|the unit|weekends)\b|\bwhoever (?:they|the agency|bank) can get\b"
        r"|\bcovering (?:two|three|four|2|3|4) (?:units|wards|floors|sites|homes)\b"
        r"|\b(?:new|student|apprentice|unqualified) (?:\w+ )?(?:gave|did|doing|giving|gives|does) (?:out )?"
        r"(?:the )?(?:meds|medication|drug round|medicines)\b",
        _SHORTAGE,
        weight=1,
        keys=(
            "no+permanent no+regular no+qualified no+registered whoever covering meds medication drug+round "
            "medicines"
        ),
    ),
    # --- medication error ---------------------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:gave|give|given|giving)\b[^.!?]{0,40}\b(?:already been taken off|taken off|been stopped|was "
        r"stopped|discontinued|no longer (?:on|prescribed|supposed to))\b",
        "describes the wrong medicine or dose",
        needs=(_MEDICINES,),
        keys="gave give given giving",
        also="tablet tablets pill pills meds medication medicine morphine oramorph insulin liquid dose doses "
        "injection capsule capsules inhaler patch warfarin paracetamol",
    ),
    _cue(
        _M,
        r"\b(?:left|leave|leaves|leaving|put)\b[^.!?]{0,30}\b(?:on the (?:table|side|locker|windowsill|"
        r"trolley)|by the bed|unattended)\b",
        "describes medicines left out",
        needs=(r"\b(?:morphine|oramorph|meds|tablets|medication|pills|insulin|controlled drugs?|liquid)\b",),
        keys="left leave leaves leaving put",
        also="morphine oramorph meds tablets medication pills insulin controlled liquid",
    ),
    _cue(
        _M,
        r"\b(?:depot|injection|jab|dose|doses|insulin)\b[^.!?]{0,20}\b(?:was|were|got|had been|has been) "
        r"(?:missed|forgotten|skipped|not given|never given)",
        "describes a missed dose",
        # "no doses were missed": none was.
        unless=r"\b(?:no|not a single|not one|none of the) (?:depots?|injections?|jabs?|doses?|insulin)\b",
        keys="depot injection jab dose doses insulin",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    _cue(
        _C,
        r"\bcatheter (?:bag )?(?:was |were |is |had been )?(?:full|overflowing|leaking|blocked|not emptied)"
        r"|\b(?:bag|pad|commode|bedpan) (?:was |were |is )?(?:overflowing|full to the brim)",
        "describes neglect of basic care",
        keys="catheter bag pad commode bedpan",
    ),
    _cue(
        _C,
        r"\bleft (?:\w+ ){0,3}(?:in (?:his|her|their|my) (?:room|bedroom|bed)|alone) (?:all day|all night|"
        r"for hours|for (?:\d+|two|three|four|five|six) hours|without (?:being|anyone))",
        "describes a patient left at risk",
        keys="left",
    ),
    _cue(
        _C,
        r"\b(?:nobody|they did not|staff did not|they never|nobody had)\b(?: \w+)? (?:notice|realise|spot|"
        r"noticed|realised|spotted)\b[^.!?]{0,40}\b(?:until (?:we|i|the family|her \w+|his \w+)|pneumonia|"
        r"infection|sepsis|uti|dehydrat\w*|fracture|broken)",
        "describes a patient's decline missed",
        keys="notice realise spot noticed realised spotted",
    ),
    _cue(
        _C,
        r"\b(?:nobody|never|not|did not) (?:fitted|put|set up|turned on|switched on|used|plugged in) (?:the |"
        r"her |his )?(?:sensor|bed rails?|falls? (?:mat|sensor|alarm)|crash mat|bed alarm|hip protectors|"
        r"pressure mattress|air mattress)",
        "describes a patient left at risk",
        keys="sensor bed falls fall crash hip pressure air",
    ),
    _cue(
        _C,
        r"\b(?:given|gave|giving|gets|got) (?:\w+ ){0,2}(?:food|sandwich\w*|toast|biscuits?|meals?|drinks?|"
        r"tea)\b[^.!?]{0,30}\b(?:when|while|but|even though|despite)\b[^.!?]{0,20}\b(?:nil by mouth|nbm|"
        r"thickened|pureed|soft diet|choking|swallow\w*)",
        "describes food or drink given against a swallowing plan",
        keys="nil+by nbm thickened pureed soft+diet choking swallow",
    ),
    _cue(
        _C,
        r"\b(?:discharg\w*|sent (?:\w+ ){0,2}home)\b[^.!?]{0,40}\b(?:cannula|drain|line) (?:still )?in\b"
        r"|\bcannula still in",
        "describes an unsafe discharge",
        keys="cannula drain line",
    ),
)

# Signs of the same kinds in further everyday wording: a pension asked about, sleep without waking,
# sleeves worn to hide arms; wages handed over, an arm twisted; favour by colour, sickness pinned up,
# blame for what others do; half staff, a trainee the most senior on the floor, a first shift; a hypo
# after insulin; water out of reach, days unwashed.
CUES_FURTHER: tuple[_Cue, ...] = (
    _cue(
        _S,
        r"\bwhat happens to (?:my|her|his) (?:pension|life insurance|insurance|savings|kids|children|dog|cat|"
        r"things) (?:if|when) (?:i|she|he) (?:die|dies|died|am gone|is gone|was gone)\b"
        r"|\b(?:want|wish|like) to (?:just )?sleep (?:and|&) (?:not|never) (?:have to )?wake",
        "wishes they were dead or not here",
        keys="what+happens want+to wish+to like+to",
    ),
    _cue(
        _S,
        r"\blong sleeves\b[^.!?]{0,40}\b(?:my|her|his|the) (?:arms|wrists|legs|cuts|scars|marks)\b",
        "describes self-harm hidden",
        weight=3,
        keys="long+sleeves",
    ),
    _cue(
        _A,
        r"\b(?:has|have|had) to hand (?:over )?(?:her|his|my|all her|all his|all my) (?:wages|money|pay|"
        r"benefits|pension|card|bank card)\b"
        r"|\btwist\w* (?:her|his|dad's|mum's|nan's|their|my \w+'s) (?:arm|wrist|hand|fingers)\b",
        "describes being controlled or hurt by someone",
        keys="wages money pay benefits pension card bank+card twist",
    ),
    _cue(
        _B,
        r"\b(?:the )?(?:white|english|british|younger|male|straight) (?:apprentices|staff|nurses|students|one"
        r"s|"
        r"colleagues|hcas|girls|lads)\b[^.!?]{0,40}\b(?:first|before me|not me|except me|over me|leaves? me)"
        r"\b"
        r"|\b(?:put|puts|posted|pinned|shared|announced) my (?:sickness|sick leave|absence|diagnosis|health|"
        r"medical|pregnancy|disability|personal)\b"
        r"|\b(?:told off|shouted at|called out|picked on|criticised|blamed|pulled up)\b[^.!?]{0,40}\bfor "
        r"(?:things|stuff|what) (?:the )?(?:others|everyone else|other \w+) (?:do|does|did|get away with)",
        "describes being singled out or harassed at work",
        keys=(
            "white+apprentices white+staff white+nurses white+students white+ones white+colleagues white+hca"
            "s white+girls white+lads english+apprentices english+staff english+nurses english+students engli"
            "sh+ones english+colleagues english+hcas english+girls english+lads british+apprentices british+s"
            "taff british+nurses british+students british+ones british+colleagues british+hcas british+girls "
            "british+lads younger+apprentices younger+staff younger+nurses younger+students younger+ones youn"
            "ger+colleagues younger+hcas younger+girls younger+lads male+apprentices male+staff male+nurses m"
            "ale+students male+ones male+colleagues male+hcas male+girls male+lads straight+apprentices strai"
            "ght+staff straight+nurses straight+students straight+ones straight+colleagues straight+hcas stra"
            "ight+girls straight+lads my+sickness my+sick my+absence my+diagnosis my+health my+medical my+pre"
            "gnancy my+disability my+personal told+off shouted+at called+out picked+on criticised blamed pull"
            "ed+up"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:running|run|ran|working) (?:on|with) half (?:the )?(?:staff|team|numbers)\b"
        r"|\bon (?:her|his|their) first (?:ever )?shift\b|\bnever worked (?:here|there|on (?:the|this|that) "
        r"(?:ward|unit)) before\b",
        _SHORTAGE,
        weight=1,
        keys="half on+her on+his on+their never+worked",
    ),
    _cue(
        _ST,
        r"\b(?:apprentice|student|hca|band 3|b3|new starter|agency|bank)\b[^.!?]{0,20}\b(?:was|were) the "
        r"(?:most senior|only (?:one|person|staff)|senior|in charge)\b",
        "describes a trainee left in charge",
        weight=3,
        keys="most+senior only+one only+person only+staff senior in+charge",
    ),
    _cue(
        _M,
        r"\binsulin\b[^.!?]{0,60}\b(?:hypo\w*|sugars? (?:dropped|crashed|went low))"
        r"|\b(?:without|before) (?:anyone |anybody )?checking (?:her|his|their|my) (?:blood sugars?|sugars|bm"
        r"s?)",
        "describes insulin given without food",
        keys="insulin checking",
    ),
    _cue(
        _C,
        r"\bno (?:water|drink|jug|call bell|buzzer|bell) (?:with)?in (?:reach|arm's reach)"
        r"|\b(?:nobody|not|never|has not|have not)\b(?: \w+){0,2} (?:washed|bathed|showered|shaved|brushed|"
        r"cleaned)\b[^.!?]{0,30}\b(?:in (?:a|the|over a) (?:week|fortnight|month)|for (?:days|weeks|a week|a "
        r"month|\d+ (?:days|weeks))|since (?:he|she) (?:came|arrived|was admitted))",
        "describes neglect of basic care",
        keys=(
            "no+water no+drink no+jug no+call no+buzzer no+bell washed bathed showered shaved brushed cleaned"
        ),
    ),
    _cue(
        _S,
        r"\b(?:better|happier|easier) (?:off )?if (?:i|she|he) (?:just )?(?:vanished|disappeared|was gone|wer"
        r"e "
        r"gone|was not here|was not around|died)\b"
        r"|\bhow (?:high|tall|far down|deep)\b[^.!?]{0,30}\b(?:multi ?storey|bridge|building|car park|cliff|"
        r"balcony|roof|tower|flats)",
        "wishes they were dead or not here",
        keys="better happier easier how+high how+tall how+far how+deep",
    ),
    _cue(
        _S,
        r"\bthanks? (?:you )?for everything\b[^.!?]{0,40}\b(?:will not be (?:coming back|here|around)|goodbye"
        r"|"
        r"not be back)",
        "speaks of means kept, a goodbye or only staying alive",
        unless=r"\b(?:moving|new job|new trust|leaving the|retir\w*|qualified|finished|passed)\b",
        keys="thank",
    ),
    _cue(
        _A,
        r"\b(?:smack\w*|slap\w*|hit|hits|pinch\w*) (?:her|his|dad's|mum's|nan's|their|my \w+'s) (?:hand|"
        r"hands|arm|leg|face|head)\b"
        r"|\btold (?:her|him|me) to delete (?:the |them|the messages|messages|it|his messages)"
        r"|\b(?:purse|wallet|account|savings)\b[^.!?]{0,20}\b(?:is |was )?(?:empty|emptied|cleared|drained) "
        r"(?:after|when|every)",
        "describes being controlled or hurt by someone",
        keys="smack slap hit hits pinch told+her told+him told+me purse wallet account savings",
    ),
    _cue(
        _B,
        r"\b(?:asking|asks|says|said|told me|tells me|jokes?|joking) (?:[\w']+ ){0,4}'?(?:go back (?:home|to "
        r"(?:your|my) (?:own )?country|where (?:i|you) came from))"
        r"|\b(?:turned down|refused|rejected|said no to) (?:the |his |her |my )?(?:[\w']+ ){0,3}(?:advances|"
        r"asking me out|offer to go out)",
        "describes discrimination",
        keys="go+back turned+down refused rejected said+no",
    ),
    _cue(
        _ST,
        r"\b(?:\d\d|ten|twelve|fifteen|twenty) (?:patients|residents)\b[^.!?]{0,20}\bon my own\b"
        r"|\bon my own\b[^.!?]{0,20}\b(?:\d\d|ten|twelve|fifteen|twenty) (?:patients|residents)\b",
        "describes too few staff for the patients",
        needs=(r"\b(?:year|student|apprentice|trainee|hca|nights?|late|early|shift|nobody)\b",),
        keys="on+my",
    ),
    _cue(
        _ST,
        r"\b(?:nobody|not enough staff|no staff) to do the (?:\w+ ){0,2}(?:checks|obs|observations|round|meds"
        r")",
        _SHORTAGE,
        weight=1,
        keys="nobody+to not+enough no+staff",
    ),
    _cue(
        _M,
        r"\bgiven (?:her|his|their) (?:husband's|wife's|partner's|neighbour's|roommate's|brother's|sister's) "
        r"(?:tablets|meds|medication|insulin|injection|pills)"
        r"|\b(?:did not|never|not) (?:give|given) (?:him|her|them|mum|dad) (?:his|her|their) (?:\w+ )?(?:inha"
        r"ler|"
        r"tablets|meds|medication|insulin|injection|eye drops|antibiotics|pain relief)\b[^.!?]{0,20}\b(?:for "
        r"(?:\d+|two|three|four|a) (?:days|doses|nights|week)|all (?:day|weekend|night))",
        "describes a missed dose",
        keys="given did+not never+give never+given not+give not+given",
    ),
    _cue(
        _C,
        r"\b(?:meant|supposed) to be (?:escorted|supervised|accompanied|on (?:escorted|supervised) leave)",
        "describes a patient left at risk",
        needs=(r"\b(?:alone|on (?:his|her|their) own|unescorted|let out|by (?:himself|herself))\b",),
        keys="meant+to supposed+to",
    ),
)
