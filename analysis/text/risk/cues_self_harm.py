"""Cues of suicide and self-harm."""

from __future__ import annotations

from .cue import _S, _Cue, _cue
from .words import _BODY, _KIN

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm --------------------------------------------------------------------
    _cue(_S, r"\bsuicid\w*", "names suicide", direct=True, topic=True, keys="suicid"),
    _cue(
        _S,
        r"\b(?:i|i am|am|i have|i have been|i was|i feel|i felt|i get|been|feel|feeling|felt|getting|having"
        r"|she is|he is|they are|she was|he was|she has been|he has been|is|was) (?:\w+ ){0,2}"
        r"(?:suicidal|thoughts of suicide)"
        r"|\b(?:thought|thoughts|thinking|think|considered|considering) (?:about |of )?(?:suicide|killing "
        r"(?:myself|himself|herself))"
        r"|\b(?:attempted|tried to commit|tried|attempt|attempting) suicide"
        r"|\bcommit(?:ting)? suicide",
        "speaks of suicidal thoughts",
        direct=True,
        keys="suicid killing",
    ),
    # "a suicide attempt" names no one: beside training words ("safety planning after a suicide
    # attempt") it is a topic; "my suicide attempt" is caught with no such words around it.
    _cue(_S, r"\bsuicide attempts?\b", "speaks of a suicide attempt", direct=True, topic=True, keys="suicid"),
    _cue(
        _S,
        r"\bkill(?:ing|ed|s)? (?:myself|themselves|himself|herself)\b|\bkms\b|\bunalive\w*",
        "talks of killing themselves",
        direct=True,
        keys="kill kms unaliv",
    ),
    _cue(_S, r"\bself harm\w*", "names self-harm", direct=True, topic=True, keys="self+harm"),
    _cue(
        _S,
        r"\b(?:been|started|start|keep|kept|am|is|are|was|were|still|back to|relapsed into|my|i|she|he|"
        # "the session was on self-harm" is a topic (the frame before "self harm" sets it aside).
        r"stop|stopped|urge to) (?:(?!on |about |around |covering )\w+ )?self harm\w*"
        r"|\bself harm\w* (?:again|lately|every|most|since)",
        "describes self-harm",
        direct=True,
        keys="self+harm",
    ),
    _cue(
        _S,
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burnt|scratch\w*|punish\w*|hit|hitting|"
        r"starv\w*|bang\w*|ligatur\w*) myself\b"
        rf"|\bcut(?:ting)? (?:my|his|her|their) {_BODY}"
        r"|\bcutting (?:again|every|most|when)\b|\b(?:been|started|start|keep|stop|stopped|back to) cutting"
        r"\b(?! (?:back|down|corners|costs|hours|staff|budgets?|funding|services|out|in|the|our|their|jobs|"
        r"posts|beds|shifts|nights?|people))"
        rf"|\b(?:cuts|scars|burns|marks|wounds) (?:on|all over|up) my {_BODY}"
        rf"|\bmy {_BODY} (?:are|is) (?:\w+ ){{0,2}}(?:cuts|scars|cut up|scarred|burns)"
        r"|\bmy scars\b|\bthe scars are|\bfresh cuts\b"
        rf"|\b(?:cut|cutting|scratch\w*|burn\w*|carv\w*|pick\w*|gouge\w*) (?:at )?my {_BODY}"
        r"|\b(?:till|til|until|so|to make) (?:it|they|them) (?:bleed|bled|bleeds)\b"
        rf"|\b(?:cuts|scars|burns|marks|wounds|scratches) (?:on|all over|up) (?:her|his|their) {_BODY}",
        "describes hurting themselves",
        keys="myself cut burn scratch carv pick goug scar mark wound bleed bled",
    ),
    _cue(
        _S,
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|ligatur\w*) (?:himself|herself|"
        r"themselves)\b",
        "says someone else hurts themselves",
        keys="himself herself themselves",
    ),
    _cue(
        _S,
        # "OD'd" is spelled out by the normalising; "40 odd pages" is no overdose.
        r"\boverdos\w*\b(?! (?:of|on) (?:caffeine|coffee|sugar|tea|chocolate|red bull|energy drinks?|work"
        r"|paperwork|admin|meetings|emails|jargon|acronyms|information|info)\b)|\bod'd\b|\btook an od\b",
        "mentions an overdose",
        direct=True,
        topic=True,
        keys="overdos od",
    ),
    _cue(
        _S,
        r"\b(?:i|me|she|he|my \w+) (?:\w+ ){0,2}(?:took|take|taken|taking) (?:an |another )?overdose",
        "speaks of taking an overdose",
        direct=True,
        keys="overdose",
    ),
    _cue(
        _S,
        r"\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their) (?:own )?life\b"
        r"|\bend(?:ing)? (?:it all|everything|my days)\b"
        r"|\b(?:thinking|think|thought|thoughts|feel|felt|want|wanted|wanting|wants|going|plan|planning|"
        r"like|about|of|just|could|should|ready|tempted) (?:about |of |to |like )?(?:end|ending) "
        r"(?:it|things|myself|this)\b(?! (?:with|there|here|early|now|on|at|for|off|up))",
        "talks of ending their life",
        keys="life end",
    ),
    _cue(
        _S,
        r"\b(?:want|wanted|wanting|wants|wish|wished|wishing|wishes) (?:to )?(?:die|be dead|was dead"
        r"|were dead|"
        r"i was dead|i were dead|he was dead|she was dead|i was not here|i was not alive"
        r"|i had never been born|"
        r"i was never born|i could die|disappear|to disappear|to not exist|not to exist|to not be here|"
        r"not to be here|to sleep forever|it was all over|it would all stop|i could just disappear|"
        r"i could disappear|i would not wake up|i did not wake up|to go to sleep forever|to be with (?:him|"
        r"her|them) (?:again|now|up there))"
        r"|\bbetter off (?:dead|gone|without me|if i was not here|if i were gone|if i was gone|without him|"
        r"without her)\b"
        r"|\b(?:everyone|they|family|kids|people|the world) (?:would|will) be better off\b(?! if (?:the|they|"
        r"we|you|"
        r"there|it|our|my|he|she|people|everyone|staff|management|i (?:got|get|had|earned|moved|found|could|"
        r"went|worked|did|changed|passed))| with| financially)"
        r"|\bno (?:point|reason|purpose) (?:in |to )?(?:living|going on|carrying on|being here|being alive|"
        r"live|go on|carry on|in anything|anymore|in life|to life|waking up|me being here|in me)"
        r"|\bwhat is the point (?:in |of )?(?:anything|living|going on|it all|life|being here|me|trying|"
        r"carrying on|anymore)|\bwhat is the point\s*(?:$|[.!?,]|anymore)"
        r"|\bno (?:reason|point) (?:for me )?to (?:be here|live|go on|carry on|exist|be alive|keep going)"
        r"|\b(?:not|never|no longer|not sure i|not sure if i|do not know if i|do not think i|do not) "
        r"(?:\w+ )?(?:want|wanna|wish) to (?:live|be alive|be here anymore|go on|carry on|exist|keep going)"
        r"|\b(?:better|happier|easier) (?:off )?without me\b|\bwithout me (?:around|here|in the way)"
        r"|\b(?:nobody|no one|anyone|everyone|people) (?:would|will) (?:even )?(?:notice|care|miss me|be "
        r"bothered)\b[^.!?]{0,20}\bif i|\bif i (?:was|were) (?:gone|dead|not here|not around)"
        r"|\bif i (?:died|disappeared|was to die|killed myself)\b"
        r"|\bhad enough of (?:this life|life|living|everything|it all|being alive|this world)"
        # "we are ready to go, just need a hand with the business case": a plan waiting on its paperwork.
        r"|(?<!we are )(?<!they are )\bready to (?:die|end it|leave this world|go\b(?! (?:home|back|to|on|"
        r"out|for|and|into|in|up|again|through|ahead))(?!,? (?:just|only|we|i|but) (?:need|needs|want|wanted|"
        r"waiting)\b))"
        r"|\b(?:top|topping|topped|off|offing|do|doing|end) (?:myself|meself)(?: in)?\b"
        r"|\bdo away with myself|\bcan not (?:live|go on) like this"
        r"|\bnothing (?:left )?to live for|\bnot worth living|\blife is not worth|\bno will to live"
        r"|\blost the will to live(?! lol)|\b(?:tired|sick) of (?:living|life|being alive|being here)"
        r"|\b(?:do|does|did) not want to (?:live|be alive|exist|go on|carry on|be here anymore|be around|"
        r"wake up|be here now)"
        r"|\b(?:live|living) or (?:die|dying)\b|\bdead or alive\b"
        r"|\bdone with (?:life|living|it all|everything)\b|\b(?:give|giving|given|gave) up on (?:life|living|"
        r"everything|myself)"
        # "no future in this role" is about a career, not a life.
        r"|\b(?:no|not (?:a|any)) (?:way out|future(?! (?:in|for|with|at|on|as) (?:this|the|my|nursing|care|"
        r"our|a|an|health|here|it|nhs)))(?: for me| left)?\b|\b(?:do|can) not see (?:a|any) (?:way out|"
        r"future(?! (?:in|for|with|at|on|as) (?:this|the|my|nursing|care|our|a|an|health|here|it|nhs))|way "
        r"forward|point)|\bnothing matters (?:anymore|now|to me)|\bthe world would be better",
        "wishes they were dead or not here",
        keys=(
            "die dead not+here be+here alive born disappear exist sleep all+over all+stop wake be+with "
            "better+off no+point no+reason no+purpose the+point will+to the+will worth tired+of sick+of "
            "to+live live+for live+or living+or live+like without+me would+notice will+notice even+notice "
            "would+care will+care even+care miss+me bothered gone not+around died to+die kill enough+of "
            "ready+to myself meself do+away give+up giving+up given+up gave+up done+with way+out future "
            "not+see nothing+matters world go+on carry+on keep+going be+around want+to wanna+to wish+to"
        ),
    ),
    _cue(
        _S,
        r"\b(?:rather|prefer to|like to|want to|wish i could|hope i|hoping i|pray i) (?:just )?(?:not|never) "
        r"wake up|\bif i (?:did not|do not|never|was not to|were not to) wake up"
        r"|\bnot wak(?:e|ing) up (?:tomorrow|in the morning|again|one day)"
        r"|\b(?:go|going|went) to sleep (?:and|&) (?:not|never)|\bsleep (?:and|&) never wake",
        "wishes not to wake up",
        keys="wake waking sleep",
    ),
    _cue(
        _S,
        r"\b(?:will not|not going to|may not|might not|do not think i will|do not expect to|would not) be "
        # "dont think ill be about for the EPA ... not in a leaving the course way".
        r"(?:here|around|alive|about) (?:for|by|much longer|long|next|to see|tomorrow|anymore|at christmas|"
        r"when|in a|this time)",
        "says they will not be around",
        # "I won't be around in August as I'm on holiday" is a diary, not a farewell.
        unless=(
            r"\b(?:holiday|holidays|moving|annual leave|abroad|on leave|on nights|on placement|on a course|"
            r"wedding|conference|maternity|mat leave|working|shift|rota|booked|away (?:on|for|at|in))\b"
        ),
        keys="be+here be+around be+alive be+about",
    ),
    _cue(
        _S,
        # "made my peace with my diagnosis" is acceptance; "made my peace with everyone" is a goodbye.
        r"\bmade (?:my )?peace\b(?! with (?:it|that|this|my (?:diagnosis|condition|illness|past|body|"
        r"decision|weight|scars)|the (?:diagnosis|fact|idea|decision|way|situation|change)|what|how|"
        r"(?:the|my) (?:loss|illness|condition)))|\b(?:said|saying|say|wrote|writing) (?:my )?goodbyes?\b"
        r"|\bgoodbye (?:letters?|notes?|messages?)"
        r"|\b(?:writing|wrote|written|left|leave|leaving|write) (?:a |some )?(?:letters?|notes?) "
        rf"(?:to|for) (?:my |the )?{_KIN}"
        r"|\bjust in case\b(?=[^.!?]{0,30}\b(?:letter|note|goodbye))"
        r"|\bgiv(?:e|ing|en|e) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions|pets?|dog|cat)"
        r"(?: away)?\b|\bgave (?:away )?(?:all )?my (?:things|stuff|belongings|possessions|pets?|dog|cat)"
        r"|\b(?:sorted|sorting|put|putting) (?:out )?my (?:affairs|will)\b"
        r"(?! (?:for|before) (?:the|my|a|our) (?:house|move|moving|holiday|trip|wedding|baby|surgery|"
        r"operation))",
        "describes goodbyes or putting affairs in order",
        # Letters home from a placement or a holiday are no goodbye.
        # Nor is a will made with a power of attorney after a diagnosis: planning for an illness.
        # Nor a goodbye someone else left without saying ("her worker left without saying goodbye").
        unless=r"\b(?:every (?:week|day|month|night)|weekly|on placement|while i was away|postcards?|"
        r"birthday|pen ?pal|power of attorney|lasting power|lpa"
        # A will made early in dementia, "while i can think straight", with a memory nurse's help.
        r"|dementia|alzheimer\w*|memory (?:nurse|clinic|service|team)|while i (?:still )?can (?:still )?"
        r"(?:think|remember)"
        # Goodbyes at the planned end of a course or a placement ("my last session").
        r"|(?:my|our|the) (?:last|final) (?:session|group|day|week|shift|class|placement)|leaving do"
        r"|(?:left|went|moved on|gone|went off)(?: \w+){0,2} without (?:even )?(?:saying|a) goodbye)\b",
        keys=(
            "peace goodbye goodbyes letters+to letter+to letters+for letter+for notes+to note+to "
            "notes+for note+for just+in my+things my+stuff my+belongings my+possessions my+pets my+pet "
            "my+dog my+cat affairs my+will"
        ),
    ),
    _cue(
        _S,
        r"\bstockpil\w*|\b(?:sav|hoard|stash|collect)(?:e|ed|ing)? (?:up )?(?:my |all my |some )?"
        r"(?:tablets|pills|meds|medication)"
        # Keeping tablets is only a sign when they are kept back ("keeping my tablets back in a tin"):
        # "i keep my tablets in a locked tin away from the grandkids" is safe storage.
        r"|\bkeep(?:ing|s)? (?:up )?(?:my |all my |some )?(?:tablets|pills|meds|medication) (?:back|aside"
        r"|hidden|spare|for (?:later|when|a rainy))\b"
        r"|\bhow many (?:tablets|pills|paracetamol|of my tablets|of these) (?:it )?(?:would|to|will|takes|it)"
        r"|\b(?:research\w*|(?:looked|looking|looks|look) up|googl\w*|searching) (?:doses|overdoses?|how to"
        # "looking up how many hours I need for the portfolio" counts hours, not tablets.
        r"|ways to|how many(?! (?:hours|days|weeks|credits|words|marks|modules|shifts|points))|"
        r"methods|the quickest|the easiest)"
        r"|\b(?:take|taking|took|swallow\w*) (?:all|all of|the whole|every|a load of|loads of|too many|a "
        r"handful of|a bunch of|my whole|the lot of) (?:my |of my |the |of the |of them )?(?:tablets|pills|"
        r"meds|medication|paracetamol|box|packet|supply|stash)\b"
        r"|\b(?:take|taking|took|swallow\w*) (?:them|the lot|it) all\b"
        r"|\btoo many (?:tablets|pills|paracetamol)\b|\b(?:tablets|pills) (?:all )?at once\b"
        r"|\b(?:bridge|railway|train tracks|the tracks|cliff|motorway|rooftop|multi ?storey|the river|the "
        r"canal|the sea)\b[^.!?]{0,40}\b(?:on my mind|keep thinking|been thinking|think about|drawn to|"
        r"calling me|pulls me)"
        r"|\b(?:jump|jumping|jumped|step|stepping|stepped|throw|throwing) (?:myself )?(?:off|in front of|"
        r"under|from|into) (?:a |the |my )?(?:bridge|train|building|roof|cliff|car park|multi|motorway|lorry|"
        r"bus|balcony|window|river|canal|sea|traffic|car|wall|tree)\b"
        r"|\b(?:walk|walking|walked|drive|driving|drove) (?:off|into) (?:a |the |my )?(?:bridge|train|"
        r"building|roof|cliff|multi|motorway|lorry|bus|river|canal|sea|traffic|wall|tree)\b"
        r"|\bthrow(?:ing)? myself (?:off|under|in front of|out of)"
        r"|\bhang (?:myself|himself|herself)|\bnoose\b|\b(?:tie|tied|tying|made|make) a ligature"
        r"|\bbought (?:a )?(?:rope|blades?|razors?)"
        r"|\b(?:got|have|made|making|worked out|got myself) a plan\b[^.!?]{0,40}\b(?:know (?:when|how|where)|"
        r"the date|a date|how i|when i|to end|to do it|for when)"
        r"|\b(?:ordered|bought|got hold of|buying) [^.!?]{0,30}\b(?:to hurt myself|to end it|to do it with)"
        r"|\b(?:stood|standing|sat|sitting|went|go|going|walked|drove|been|climbed) (?:up )?(?:on|to|at|near|"
        r"onto|over) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|cliff|roof|rooftop|platform edge|train "
        r"tracks|railway line|railway|tracks|multi ?storey|top floor)\b"
        r"|\b(?:crash|crashing|crashed|swerv\w*|steer\w*|drive|driving|drove) (?:the |my )?car (?:into|off)"
        r"|\b(?:think|thinking|thought|tempted|urge|urges)\b[^.!?]{0,30}\bcrash(?:ing)? (?:the|my) car"
        r"|\battempt on (?:my|his|her|their) (?:own )?life|\btried to (?:kill|hang|hurt|harm|drown|poison) "
        r"(?:myself|himself|herself|themselves)",
        "mentions a means or plan",
        keys=(
            "platform the+edge take+them took+them taking+them take+the took+the taking+the take+it took+it "
            "taking+it "
            "swallow stockpil tablet pill meds medication paracetamol how+many looks+up look+up the+sea "
            "car+into car+off walk+off walked+off walking+off looked+up looking+up research googl search "
            "box packet supply stash bridge cliff railway track roof building balcony multi top+floor "
            "platform motorway lorry river canal traffic jump step throw walk+into walked+into "
            "walking+into drive+into drive+off driving+into driving+off drove+into drove+off crash swerv "
            "steer myself himself herself themselves hang noose ligatur rope blade razor a+plan end+it "
            "do+it attempt them+all lot+all it+all"
        ),
    ),
    _cue(
        _S,
        # "i cant go on the residential": a trip, not going on.
        r"\bcan not (?:go on(?! (?:the|a|an|my|our|this|that|any) )|carry on|keep going|do this anymore|"
        r"take (?:it|this) anymore|cope anymore|"
        r"take (?:much|any) more|cope with (?:this|it|life) anymore|"
        r"keep doing this|face another day|live like this|keep living|see a way)"
        r"|\b(?:want|need) (?:it|everything|it all|all of it|all of this|the pain|this pain) to (?:stop|end|"
        r"be over)(?: for good|, permanently| permanently| forever)?"
        r"|\bdo something (?:stupid|silly|daft|drastic|to myself)\b"
        r"|\b(?:going|about) to do something\s*(?:$|[.!?,]|tonight|soon)",
        "says they cannot go on",
        keys=(
            "can+not to+stop to+end be+over something+stupid something+silly something+daft "
            "something+drastic something+to do+something"
        ),
    ),
    _cue(
        _S,
        r"\bthoughts (?:of|about) (?:dying|death|ending|not being here|not waking up|hurting myself)"
        r"|\b(?:thinking|think|thought) (?:a lot |a lot more |more and more )?about (?:dying|death|not being "
        r"here|not waking up|hurting myself)",
        "speaks of thoughts of dying",
        keys="dying death ending here waking hurting",
    ),
    _cue(
        _S,
        r"\b(?:dark|suicidal|intrusive|scary|bad) thoughts\b",
        "speaks of dark thoughts",
        weight=1,
        keys="thought",
    ),
    _cue(
        _S,
        r"\b(?:not|never) (?:been |felt |feeling |feel )?safe (?:lately|with myself|on my own|around myself|"
        r"at the moment|right now|these days|in my own head|to be (?:alone|on my own)|recently|tonight)"
        r"|\bhave not been (?:keeping )?safe|\b(?:can not|could not|struggl\w*|hard|not able|unable|not sure "
        r"i can|do not know if i can|do not trust myself) (?:to )?(?:keep|stay|be|keeping|staying) "
        r"(?:myself )?safe|\b(?:do|can) not trust myself",
        "says they have not been safe",
        keys=(
            "safe+lately safe+with safe+on safe+around safe+at safe+right safe+these safe+in safe+to "
            "safe+recently safe+tonight been+safe keeping+safe keep+myself stay+safe staying+safe be+safe "
            "keep+safe keeping+myself staying+myself myself+safe trust+myself"
        ),
    ),
    _cue(
        _S,
        r"\b(?:a|such a|just a) burden (?:to|on) (?:everyone|my family|them|my kids|people|everybody)",
        "feels a burden to others",
        weight=1,
        soft=True,
        keys="burden",
    ),
    _cue(
        _S,
        r"\b(?:she|he|they|my \w+) (?:keeps?|kept) (?:saying|talking about|on about|going on about) "
        r"(?:she|he|they) (?:will not|would not|is not going to|might not|does not want to) be "
        r"(?:here|around)|\b(?:she|he|they|my \w+) (?:\w+ ){0,3}(?:talks|talked|talking|says|said|keeps "
        r"saying) (?:about |that )?(?:she|he|they)? ?(?:wants? to die|wanting to die|ending it|ending (?:his|"
        r"her|their) life|not wanting to live|not being here)",
        "says someone else talks of not being around",
        keys="here around die dying ending live",
    ),
    _cue(
        _S,
        r"\b(?:hopeless|worthless|empty|numb)\b[^.!?]{0,40}\b(?:all the time|every day|no point|give up|"
        r"anymore|forever)|\blost all hope\b|\bno hope left\b|\bgiven up on (?:everything|myself|life)",
        "describes hopelessness",
        weight=1,
        soft=True,
        keys="hopeless worthless empty numb all+hope no+hope given+up",
    ),
)
