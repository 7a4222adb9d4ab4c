"""Cue families widened from the kinds of disclosure the afterword file showed were missing.

A crisis line nobody answers, or one worker for a whole area at night; a farewell told by its
arrangements (a pet handed on, letters written to everyone, a place not needed); and an apprentice told
that people like them do not become APs, with a threat to make their work go missing. Tablets hidden
instead of taken widened the cue of `cues_families_behaviour.py` that already reads them.
"""

from __future__ import annotations

from .cue import _B, _S, _ST, _Cue, _cue

# Someone close who takes the pet on: "sister is having the dog", "my neighbour will take the cat".
_TAKER = (
    r"(?:sister|brother|mum|mam|mom|dad|son|daughter|nan|gran|neighbour|friend|mate|auntie|aunty|uncle"
    r"|cousin|niece|nephew|partner|ex)"
)

CUES: tuple[_Cue, ...] = (
    _cue(
        _ST,
        # The crisis line rings out, or one worker covers a whole area.
        r"\b(?:crisis (?:line|number|team|service|phone)|out of hours (?:line|number|team)|111 option 2"
        r"|home treatment team)\b[^.!?]{0,50}\b(?:rings? out|rang out|ringing out|goes to voicemail"
        r"|went to voicemail|never answer\w*|nobody answer\w*|no one answer\w*|did not answer|does not "
        r"answer|cannot get through|could not get through|engaged every time)"
        r"|\bone (?:worker|nurse|person|clinician|practitioner|member of staff|crisis worker|doctor) "
        r"(?:for|covering|across) (?:the whole|all of the|the entire|all the|every) (?:borough|county|trust"
        r"|area|city|town|district|patch|region|ward|unit)\b",
        "says a crisis service cannot answer or one worker covers a whole area",
        keys="crisis out+of 111 home one",
    ),
    _cue(
        _S,
        # Letters written to everyone: a goodbye told by what was done, not by a word of death.
        r"\b(?:wrote|written|writing|write|done|left) (?:everyone|every one of them|all of them|each of them"
        r"|the kids|my kids|my family|the family|everybody) (?:a )?(?:letter|letters|note|notes)\b"
        r"|\b(?:wrote|written|writing|left|done) (?:a )?(?:letter|letters|note|notes) (?:to|for) (?:everyone"
        r"|everybody|each of|all of|the kids|my kids|my family|the family|each)\b",
        "speaks of means kept, a goodbye or only staying alive",
        weight=1,
        unless=r"\b(?:thank you|thanks|christmas|birthday|card|cards|reference|complaint|compliment|"
        r"assignment|reflective|portfolio|cv|application)\b",
        keys="wrote written writing write done left",
    ),
    _cue(
        _S,
        # Letters made for the family and put away "so they know everything after".
        r"\b(?:letters?|notes?) (?:for|to) (?:my|the|our) (?:daughters?|sons?|kids|children|family|wife"
        r"|husband|partner|girls|boys|grandchildren)\b[^.!?]{0,60}\b(?:so they know|for after"
        r"|everything after|after i am gone|when i am gone|in the drawer|with the (?:will|insurance|papers))",
        "speaks of means kept, a goodbye or only staying alive",
        unless=r"\b(?:christmas|birthday|card|cards|santa|tooth fairy|school|teacher|thank you)\b",
        keys="letter letters note notes",
    ),
    _cue(
        _S,
        # A pet handed on for good, told beside other arrangements.
        rf"\b{_TAKER} (?:is|will be|has (?:said|agreed) (?:she will|he will|they will|to)|will|can|is going"
        r" to|said (?:she|he|they) will) (?:have|having|take|taking|keep|keeping|look after|looking after)"
        r" (?:the|my|our) (?:dog|cat|cats|dogs|pets?|rabbit|budgie|puppy|kitten|bird|fish)\b"
        r"|\b(?:will not|do not|no longer) (?:need|be needing|want) my (?:place|slot|appointment|spot|bed"
        r"|session|sessions|group place)\b(?! (?:as|because|since|cos) )",
        "speaks of means kept, a goodbye or only staying alive",
        weight=1,
        unless=r"\b(?:while|whilst|when i am|until|till|for the (?:week|weekend|fortnight)|holiday|away|"
        r"in hospital|on holiday|abroad|moving|moved|new job|discharged|better|well now|back to work)\b",
        keys="sister brother mum mam mom dad son daughter nan gran neighbour friend mate auntie aunty uncle "
        "cousin niece nephew partner ex will+not do+not no+longer",
    ),
    _cue(
        _B,
        # Told that people like the apprentice (a disability, an accent, a faith) do not become APs.
        r"\b(?:told|tells|telling|said|says|saying) (?:me |us )?(?:that )?(?:people|someone|girls|lads|women"
        r"|men|apprentices|staff|folk) ['\"]?like (?:me|us|you)['\"]?[^.!?]{0,40}\b(?:do not|cannot|can not"
        r"|will never|never|should not|would never|are not|are never) (?:become|be|make|get|pass|qualify"
        r"|last|cut it|go far)\b",
        "describes discrimination or harassment",
        keys="told tells telling said says saying",
    ),
    _cue(
        _B,
        # A threat to make an apprentice's work go missing or fail.
        r"\b(?:he|she|they|manager|deputy|mentor|assessor|supervisor|boss|nic) (?:would|will|is going to|"
        r"was going to|said (?:he|she|they) would|threatened to) (?:make sure|see to it|ensure) (?:that )?my "
        r"(?:portfolio|sign ?off|assessment|competenc\w*|epa|application|placement|paperwork|work|"
        r"reference|logbook|evidence)\b[^.!?]{0,20}\b(?:got lost|gets lost|goes missing|went missing|"
        r"go missing|never (?:gets|got|goes)|fails|failed|is rejected|gets binned|disappears)",
        "describes a threat to an apprentice's work",
        keys="he she they manager deputy mentor assessor supervisor boss nic",
    ),
)
