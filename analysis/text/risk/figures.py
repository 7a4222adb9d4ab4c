"""Harm words that mean no harm: figures of speech, jokes about a trivial thing, banter called mutual."""

from __future__ import annotations

import re

__all__ = ["FIGURATIVE_RE", "HYPERBOLE_RE", "JOKE_RE", "MUTUAL_RE", "told_as_mutual"]

# Figures of speech about death and harm that disclose nothing.
FIGURATIVE_RE = re.compile(
    r"\b(?:is|was|are|were|it is|its|that is|this is|these are|they are) (?:\w+ )?killing me\b"
    r"|\bkilling me (?:softly|lol)"
    r"|\b(?:nearly|almost|practically|literally|it|that|this|which) killed me|\bkill(?:s|ed)? me now\b"
    r"|\bshoot me now\b|\bcould (?:have|of) died\b|\b(?:died|die|dying|dies) a death\b|\b(?:died|die|dying)"
    r" (?:of|from) (?:boredom|"
    r"embarrassment|shame|laughter|laughing|cringe)|\bdying for (?:a|the)\b|\bbored to death"
    r"|\bdeath by\b|\b(?:a|the|absolute|real|total) killer\b|\bmurder\b|\bdead (?:tired|boring|good|easy|on "
    r"time|handy|nice|helpful|friendly|keen|proud|happy|chuffed|lucky|busy|quiet)|\bto die for\b"
    r"|\bkilled it\b|\bscared to death|\bsick to death|\bworried sick|\bover my dead body"
    # "my daughter nags me to death about going to group": a nag, not a death.
    r"|\b(?:nag|nags|nagged|nagging|bore|bores|bored|worry|worries|worried|frighten\w*|talk\w*|love|loves"
    r"|loved) (?:me|us|him|her|them) to death\b"
    # "drove round for 40 mins and lost the will to live": a trivial thing made a drama.
    r"|\b(?:parking|car park|queue|queuing|queueing|traffic|drove round|driving round|roadworks|slides|"
    r"powerpoint|paperwork|forms?|login|log in|sat nav|spreadsheet|buffering|wifi|hold music|on hold|slide)\b"
    r"[^.!?]{0,50}\blost the will to live\b"
    # "lost the will to live by 3pm": a day's low point, timed.
    r"|\blost the will to live (?:by|at|around|before|after) (?:\d|lunch|dinner|the break|the end|half)"
    # "lost the will to live in the breakout room": a dull part of a day, placed.
    r"|\blost the will to live (?:in|during|at|through|sat in|by the end of) (?:the |that |this |a |our "
    r"|another )?(?:\w+ )?(?:breakout|meeting|session|lecture|webinar|training|induction|zoom|teams"
    r"|icebreaker|group work|module|workshop|presentation|queue|car park|traffic|talk|panel|q and a|q&a"
    r"|seminar)"
    # "wanted to lob my laptop in the canal": a thing thrown in temper, not the writer.
    r"|\b(?:lob|lobbing|throw|throwing|chuck|chucking|fling|hurl|launch|lamp) (?:my|the|this|that|his|her|"
    r"our) (?:\w+ )?(?:laptop|phone|computer|pc|printer|tablet|ipad|keyboard|books?|folder|portfolio|essay|"
    r"assignment|notes|mouse|monitor|headset) (?:in|into|off|out of|at|across|over) (?:\w+ ){0,2}"
    r"(?:canal|river|sea|bin|window|wall|lake|bath|pond|room|car park|ocean|road)\b"
    # "the wifi was dead", "a dead battery": things, not people.
    r"|\b(?:wifi|wi-fi|internet|signal|phone|battery|laptop|tv|telly|mic|microphone|projector|screen|car|"
    r"plants?|atmosphere|audience|crowd|room|place|town|line) (?:was|is|went|were|are|has gone|had gone) "
    r"(?:\w+ )?dead\b|\bdead (?:battery|phone|wifi|silence|zone|end)\b"
    # "i will not be around for the next group as i am off to spain": a diary, not a farewell.
    r"|\b(?:will not|not going to|may not|might not|would not) be (?:around|here|about|in)\b[^.!?]{0,40}\b"
    r"(?:as|because|cos|since|while) (?:i am|we are|i will be) (?:off|away|going|flying|heading|"
    r"on (?:holiday|leave|annual leave|nights|placement|a course))\b"
    # "nearly overdosed on energy drinks": too much of a treat.
    r"|\boverdos\w* on (?:energy drinks?|coffee|caffeine|chocolate|sugar|tea|red bull|monster|biscuits|cake|"
    r"sweets|haribo|crisps|pizza|netflix|box sets?|revision|reading)\b"
    # "this portfolio is going to be the death of me", "nearly lost the will to live" in a meeting.
    r"|\b(?:be|been|is|was|will be|are) the death of (?:me|us)\b"
    r"|\b(?:nearly|almost|practically|slowly|rapidly) (?:lost|losing|lose) the will to live\b"
    r"|\bkill for (?:a|the)\b|\bkiller (?:queue|app|question)|\bwant(?:ed)? to die of (?:embarrassment|"
    r"shame)|\bi (?:nearly|almost) died\b(?= (?:laughing|of|when (?:i|we) (?:saw|heard|got)))"
    r"|\bthe (?:traffic|parking|journey|commute|wait|queue) (?:was|is) (?:\w+ )?(?:murder|a killer|"
    r"deadly)|\b(?:my|the) (?:feet|back|legs|head) (?:is|are|were|was) killing me"
    # "could have throttled the receptionist" when a referral was lost: anger told as what did not happen.
    r"|(?:^|[.!?,;]\s*|\bi )(?:honestly |literally )?could (?:have|of) (?:throttled|strangled|murdered|"
    r"swung for|decked|slapped|thumped|killed) (?:the|him|her|them|someone|somebody|my)\b"
    # "killing myself laughing at his jokes": laughter, not harm.
    r"|\b(?:kill|kills|killing|killed|nearly killed|almost killed) (?:myself|ourselves|themselves|himself|"
    r"herself) (?:laughing|with laughter|giggling)\b"
    # Advice to anyone ("what to do if you feel unsafe") discloses nothing about the writer.
    r"|\bif (?:you|someone|anyone|somebody|a patient|patients|staff|people|they|a colleague|an "
    r"apprentice|we|i) (?:\w+ ){0,2}(?:feel|feels|are|is|were|become|becomes|disclose\w*|report\w*|"
    r"witness\w*|see|sees|saw|suspect\w*|notice\w*|hear about|spot|spotted) (?:\w+ ){0,2}"
    r"(?:unsafe|in danger|at risk|suicidal|abuse\w*|bullied|harass\w*|self harm\w*|suicid\w*|overdos\w*|"
    r"neglect\w*|a medication error|a drug error|restrain\w*)"
)

# A joke about a trivial task ("I'll throw myself off the roof lol"): the hyperbole is masked only when
# the comment marks it as a joke.
JOKE_RE = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|only joking|joking|kidding)\b|[\U0001F602\U0001F923\U0001F605\U0001F643]"
)
HYPERBOLE_RE = re.compile(
    r"\b(?:i would|would|i will|i am going to|going to|i might|i could|could) (?:\w+ )?(?:rather die|"
    r"rather be dead|(?:throw|lob|chuck|fling|hurl) myself (?:off|under|out of|in front of|in|into)|jump off|"
    r"kill myself|end it all|"
    r"walk (?:into|in|out to) (?:the sea|traffic|the river))"
    # "one more reflective log and i am walking into the sea lol": the same joke told as under way.
    r"|\bi am (?:just |literally )?(?:walking (?:into|in|out to) (?:the sea|traffic|the river)|jumping off"
    r"|throwing myself (?:off|under|out of|in front of|in|into))"
    r"|\b(?:rather|sooner) (?:die|be dead|top myself|kill myself) than\b"
    r"|\bthrow (?:my|the) (?:laptop|phone|computer|printer|ipad|tablet) (?:off|out of|out)\b[^.!?]{0,30}"
    r"\bjump after it\b|\bwant(?:ed)? to die\b(?=[^.!?]{0,40}\b(?:lol|haha\w*|lmao))"
    r"|\blost the will to live\b(?=[^.!?]{0,60}\b(?:lol|haha\w*|lmao))"
    # "i swear i will kill her haha" about a mentor who cancels: a joke threat over a trivial thing.
    r"|\b(?:i (?:swear )?(?:i )?will|i am going to|i am gonna|gonna|i could|i would|i might) (?:\w+ )?"
    r"(?:kill|murder|strangle|throttle) (?:her|him|them|my (?:mentor|manager|tutor|assessor|supervisor|"
    r"boss|lecturer|colleague|educator)|the (?:printer|laptop|wifi|computer|system))\b"
    # "my wife controls the remote and the thermostat lol": who holds the telly, told as a joke.
    r"|\b(?:controls?|controlling|in charge of|hogs?|hogging) the (?:remote|telly|tv|thermostat|heating"
    r"|music|radio|playlist|aircon)\b"
)

# Banter the writer says is mutual ("it is all good natured and i give as good as i get"): no bullying.
MUTUAL_RE = re.compile(
    r"\b(?:it is|is|all) (?:all )?(?:good natured|in good fun|good fun)\b(?![^.!?]{0,30}\bbut\b)"
    r"|\bi give as good as i get\b|\bi (?:do not|really do not) mind (?:it|the banter|the nickname|them)\b"
    r"(?![^.!?]{0,30}\bbut\b)"
    # "i give it back just as bad, its banter both ways".
    r"|\b(?:banter|it is|its|it goes) both ways\b(?![^.!?]{0,30}\bbut\b)"
    r"|\bi (?:give|gave) it (?:back|them back) (?:just )?as (?:bad|good|much)\b"
    # "they take the mick out of my accent but i give it straight back, its never nasty".
    r"|\bi (?:give|gave) it (?:straight |right )?back\b(?![^.!?]{0,30}\bbut\b)"
    r"[^.!?]{0,20}\b(?:it is|its|it was|never) (?:never )?(?:nasty|malicious|meant|personal)\b"
    # "people ask me to repeat things because of my accent but its friendly".
    r"|\bbut (?:it is|its|it was|they are|they were) (?:always |all |only ever )?"
    r"(?:friendly|kindly meant|kind|never nasty|never unkind|never meant nasty)\b(?![^.!?]{0,30}\bbut\b)"
    # "they call me 'the baby' ... dont mind it, its not nasty".
    r"|(?:^|[,;] )do not mind it\b(?![^.!?]{0,30}\bbut\b)"
    r"|\b(?:it is|its) not (?:nasty|malicious|meant nasty|personal)\b(?![^.!?]{0,30}\bbut\b)"
    # "its everyone tho ... nobody is picking on me", "its everyone not just me and i give it back".
    r"|\bnobody is picking on me\b|\b(?:it is|its) everyone (?:tho |though )?not just me\b"
    # "its a laugh, i give it back, not an issue at all".
    r"|\b(?:it is|its) (?:just )?a laugh\b[^.!?]{0,20}\bi (?:give|gave) it (?:straight |right )?back\b"
    r"(?![^.!?]{0,30}\bbut\b)"
    # "i give it back and its all banter, theyre my work family".
    r"|\bi (?:give|gave) it (?:straight |right )?back\b[^.!?]{0,25}\b(?:it is|its) (?:all )?(?:just )?"
    r"banter\b(?![^.!?]{0,30}\bbut\b)"
)


def told_as_mutual(normalised: str) -> bool:
    """Whether the writer calls the banter mutual or harmless (normalised text)."""
    return MUTUAL_RE.search(normalised) is not None
