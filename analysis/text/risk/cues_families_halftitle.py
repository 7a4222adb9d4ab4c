"""Cue families widened from the kinds of disclosure the halftitle file showed were missing.

A band 6 telling an apprentice she "could forget her B4 post" if she went to another event; "new
friends" who moved into a man's flat and his money gone after payday; a 3 am text of thanks and sorry,
then silence; let out on a Friday with no address; nobody on a supported-living house at weekends but a
worker covering two; a patient on the floor until the morning round; a friend "tired to be alive";
supervised methadone handed out for the week; "just give him the blue one if he's kicking off"; doses
still in the dosette that the sheet says were given; two carers meant for the hoist and mostly one.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue

_UNSUPERVISED = "describes a medicine given at the wrong dose, to the wrong person or unsupervised"

CUES: tuple[_Cue, ...] = (
    _cue(
        _B,
        # A post held over someone as a threat: "told her if she went she could forget her B4 post".
        r"\b(?:could|can|would|will|might as well|may as well) forget (?:about )?(?:her|his|my|their|your) "
        r"(?:b4|band 4|band 5|b5|post|job|apprenticeship|promotion|secondment|contract|place)\b"
        # "said i could forget about my job worries for the day" is kindness, not a threat.
        r"(?! (?:worries|worry|stress|troubles|problems|for a|for the|while|during|when))",
        "describes being singled out, blamed or warned off at work",
        needs=(r"\b(?:if|unless|told|tells|said|says|warned|threatened)\b",),
        keys="forget",
    ),
    _cue(
        _A,
        # A home taken over (cuckooing): "'new friends' who've moved into his flat ... his money is gone".
        r"\b(?:moved|moving|move|staying|living|dossing) (?:in(?:to)?|in at|at|round) (?:his|her|their|my|"
        r"our) (?:flat|house|place|home|bedsit|room)\b"
        r"|\b(?:round|at|in) (?:mine|his|hers|his place|her place|my flat|his flat|her flat|the flat) every "
        r"night\b",
        "describes their home taken over by others",
        needs=(
            r"\bmoney (?:is |has |was )?(?:gone|all gone|taken|disappeared|missing|spent)\b|\b(?:keep|keeps|"
            r"kept|have|has|took|taken|got) (?:my|his|her|their) keys\b|\bsleep\w* on (?:the|my|his|her) "
            r"(?:floor|sofa|settee)\b|\bnew (?:friends|mates|pals)\b|\b(?:can not|cannot) get (?:in|them"
            r" out)\b",
        ),
        # Help the writer asked for: "my son moved into my flat and keeps my keys while i am in hospital".
        unless=r"\b(?:for me|i asked|at my (?:asking|request)|so i do not lose|while i am (?:in|away))\b",
        keys="moved moving move staying living dossing every+night",
    ),
    _cue(
        _S,
        # A goodbye sent, then silence: "texts at 3am saying thanks for everything and sorry for being hard
        # work, then does not answer".
        r"\b(?:thanks|thank you|thank u|thankyou|ta) for everything\b|\bsorry for (?:being|everything|all "
        r"(?:the|this|of it))\b",
        "speaks of means kept, a goodbye or only staying alive",
        needs=(
            # The silence after the message: "then does not answer", "then turned her phone off".
            r"\b(?:then|since|after that|and now)\b[^.!?]{0,30}\b(?:nothing|silence|silent|quiet|no (?:answer"
            r"|"
            r"reply|response)|(?:does not|did not|has not|will not|is not|not) (?:answer|answering|reply"
            r"|replying|"
            r"respond|responding|pick up|picking up))\b|\b(?:phone|mobile) (?:is |was )?(?:off|switched off"
            r"|dead|"
            r"going to voicemail)\b|\bwent (?:quiet|silent)\b",
        ),
        keys="thanks+for thank+you thank+u thankyou ta+for sorry+for",
        also="then since after and phone mobile went",
    ),
    _cue(
        _C,
        # Let out with nowhere to live: "got let out friday at 4 with a bag and 3 days of tablets, no
        # address".
        r"\b(?:let out|got out|released|discharged|chucked out|kicked out|turfed out|sent out)\b[^.!?]{0,80}"
        r"\b(?:no (?:address|fixed abode|housing|accommodation|hostel|bed for the night)|slept (?:in|at|on) "
        r"(?:the|a) (?:bus station|train station|station|street|streets|park|doorway|car park)|sleeping "
        r"rough|slept rough)\b",
        "describes an unsafe discharge",
        keys="let+out got+out released discharged chucked+out kicked+out turfed+out sent+out",
        also="no slept sleeping",
    ),
    _cue(
        _ST,
        # A house with nobody on it: "after 6 there is usually nobody on our house except the lady who is
        # also doing the other house".
        r"\b(?:nobody|no one|noone|no staff)(?: at all)? (?:on|in|covering|working|staffing) (?:our|the|this|"
        r"my|his|her) (?:house|home|unit|ward|floor|flat|bungalow|shift)\b"
        # "nobody on the ward even mentioned it" is nobody telling, not nobody there.
        r"(?! (?:\w+ )?(?:mentioned|said|told|knew|noticed|cared|asked|bothered|listened|would|could|seemed|"
        r"seems|has|had|did|does|is|was|will|explained|spoke|rang|called|answered|wanted|wants|checked))",
        _SHORTAGE,
        needs=(
            r"\b(?:weekends?|nights?|after \d+|evenings?|ourselves|999|except|apart from|also doing|other "
            r"(?:house|home|unit|ward|flat|bungalow))\b",
        ),
        keys="nobody no+one noone no+staff",
    ),
    _cue(
        _C,
        # A fall nobody found: "was on the floor til the morning round".
        r"\b(?:was|were|lay|lying|laid|left|stayed|been|spent) (?:\w+ )?on the (?:\w+ )?floor "
        r"(?:(?:til|till|until) (?:the )?(?:morning|next morning|next day|day staff|day shift|breakfast"
        r"|someone "
        r"(?:found|noticed|came))|all night|for hours|for (?:\d+|two|three|four|five|six) hours)\b",
        "describes a patient left at risk",
        keys="was were lay lying laid left stayed been spent",
        also="floor",
    ),
    _cue(
        _S,
        # "he says many times he is tired to be alive".
        r"\b(?:tired|sick|weary) (?:to be|of being|from being) alive\b|\b(?:tired|sick|weary) of living\b",
        "speaks of not wanting to be alive or how to die",
        keys="tired sick weary",
        also="alive living",
    ),
    _cue(
        _M,
        # A supervised dose handed out for the week: "pick up my meth for the whole week ... meant to be
        # supervised daily".
        r"\b(?:meant|supposed|should) (?:to )?be (?:supervised|observed|watched|witnessed)(?: daily| every"
        r" day|"
        r" each day)?\b",
        _UNSUPERVISED,
        needs=(
            r"\b(?:meth|methadone|bupe|buprenorphine|subutex|espranor|script|consumption)\b",
            # The supervision not done: "even though", "for the whole week".
            r"\b(?:but|even though|even tho|although|instead|whole week|for the week|take home|takeaway|take "
            r"away)\b",
        ),
        keys="meant supposed should",
        also="meth methadone bupe buprenorphine subutex espranor script consumption",
    ),
    _cue(
        _M,
        # A tablet given on a word to quieten someone: "just give him the blue one if he is kicking off".
        r"\bgive (?:him|her|them|em) (?:the|a|one of the|one of his|one of her) (?:blue|white|yellow|pink|"
        r"little|small|green|orange|red|purple) (?:one|ones|tablet|tablets|pill|pills)\b",
        "describes medicine used to keep someone quiet",
        needs=(
            r"\b(?:kicking off|kicks off|playing up|quiet|settle|calm|nothing (?:written|wrote)|not written"
            r"|no "
            r"prescription|over the phone|if (?:he|she|they) (?:is|are|gets|get|starts))\b",
        ),
        keys="give",
    ),
    _cue(
        _M,
        # Doses left in the box that the chart says were given: "the weds and thurs night ones were still
        # in, but the sheet they sent says given".
        r"\b(?:dosette|blister pack|pill box|nomad|dossett)\b[^.!?]{0,80}\b(?:still in|left in|untouched|not "
        r"taken)\b|\b(?:still in|left in|untouched in) (?:the |her |his |my )?(?:dosette|blister pack|pill"
        r" box|"
        r"nomad|dossett)\b",
        "describes doses missed or doubled",
        needs=(
            r"\b(?:says|said|signed|marked|recorded|ticked|charted|written|put down|put) (?:\w+"
            r" ){0,2}(?:given|"
            r"taken|had)\b",
        ),
        keys="dosette blister pill+box nomad dossett still+in left+in untouched+in",
    ),
    _cue(
        _ST,
        # Two staff meant for a task and one doing it: "meant to be 2 carers for the hoist but its mostly
        # one".
        r"\b(?:meant|supposed|should) (?:to )?be (?:2|two) (?:carers|staff|people|of us|nurses|hcas|members"
        r" of "
        r"staff)\b[^.!?]{0,40}\b(?:but|only|just|mostly|usually|often)\b[^.!?]{0,25}\b(?:one|1|on (?:her|his"
        r"|my) "
        r"own|by (?:herself|himself|myself))\b",
        _SHORTAGE,
        keys="meant supposed should",
        also="2 two",
    ),
)
