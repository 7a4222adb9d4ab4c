"""Cue families for harm shown by what people do rather than named: the hidden file's kinds of miss.

The shapes: tablets put aside in a tub or drawer instead of being taken; a shortage reported "every
time" as a matter of routine; coercive control seen in behaviour (a partner who answers for them, a
phone taken or checked, money or cards held, never seen alone), two such signs together making a flag;
staff taking things from a resident "to teach her a lesson" or when "he has been difficult"; a patient
sent out in the night to nobody; a worker left out of the team's chat and told to toughen up, two such
signs together making a flag.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _S, _ST, _Cue, _cue
from .cues_families_sealed import _WORK_NEED

_CONTROLLED = "describes a partner or relative controlling them"
_LEFT_OUT = "describes being left out or told to put up with it at work"

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    # Tablets saved rather than taken, however far apart the two are told: "putting my zopiclone in a
    # tub instead of taking it", "keeping my zopiclone in a sock at the back of the drawer instead of
    # taking them".
    _cue(
        _S,
        r"\b(?:putting|put|puts|keeping|keep|kept|hiding|hid|hide|saving|save|saved|stashing|stash|stashed|"
        r"storing|stored|tucking|tucked) (?:my |her |his |the |all my |them |it )?(?:\w+ )?(?:in|into|under|"
        r"behind) (?:a |the |my |her |his |an )?(?:\w+ )?(?:tub|box|drawer|bag|tin|jar|envelope|sock|pot|"
        r"bottle|cupboard|pocket|case|shoe|pillow|mattress|wardrobe)\b[^.!?]{0,60}\binstead of (?:taking"
        r"|swallowing|having)\b"
        r"|\binstead of (?:taking|swallowing) (?:it|them|my \w+)\b[^.!?]{0,30}\b(?:saved|saving|kept|keeping|"
        r"stash\w*|hid|hiding|put (?:it|them) (?:away|aside))\b"
        r"|\b(?:stopped|not been|quit|pretend\w* to be) taking (?:it|them|my \w+)\b[^.!?]{0,30}\b(?:but )?"
        r"(?:saved|saving|kept|keeping|stash\w*|hoard\w*|hid|hiding) (?:them|it|the lot)\b",
        "mentions a means or plan",
        # Medicines put away from children are kept safe, not saved up.
        unless=r"\b(?:pharmacy|pharmacist|chemist|return\w*|take (?:them|it) back|dispos\w*|bin|binned|"
        r"(?:doctor|gp|nurse|consultant) (?:said|told|agreed|stopped)|kids|children|grandchildren"
        r"|safe from)\b",
        keys="instead stopped not quit pretend",
    ),
    # --- unsafe staffing ----------------------------------------------------------------------------
    # A shortage reported as routine: "unsafe levels every shift, we datix it every time".
    _cue(
        _ST,
        r"\b(?:datix|datixed|datixing|incident forms?|incident reports?|red flags?|escalate|escalated)\b"
        r"(?: (?:it|them|this|that|the staffing|the shortage|short staffing|staffing))?(?: (?:nearly|almost|"
        r"pretty much))? (?:every|each|evry) (?:single )?(?:time|shift|night|day|week|month|weekend)\b",
        "describes a shortage of staff",
        needs=(
            r"\b(?:staff\w*|short|shortage|nurses?|cover|numbers|levels|agency|bank|on my own|by myself|"
            r"rmns?|hcas?)\b",
        ),
        unless=r"\b(?:broken|equipment|fixed|sorted|works well|printer|faulty)\b",
        keys="datix datixed datixing incident red+flag red+flags escalate escalated",
    ),
    # --- abuse: control seen in behaviour, two signs make a flag ------------------------------------
    _cue(
        _A,
        r"\b(?:answers|answered|answering|speaks|spoke|talks|talked)(?: (?:all )?(?:the )?(?:questions|"
        r"everything))? for (?:me|her|him|mum|dad)\b|\b(?:does|do|did) all the talking\b",
        _CONTROLLED,
        weight=1,
        needs=(r"\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|he|she|son|daughter)\b",),
        keys="answers answered answering speaks spoke talks talked does do did",
    ),
    _cue(
        _A,
        r"\b(?:do not|did not|does not) (?:have|get) (?:my|her|his) own (?:phone|mobile|money|bank account|"
        r"card|key|keys)\b|\bnot allowed (?:a|my|her|his) (?:own )?(?:phone|mobile)\b"
        r"|\b(?:took|takes|taken|checks|checked|reads|goes through|went through) (?:my|her|his) "
        r"(?:phone|mobile|messages|texts)\b",
        _CONTROLLED,
        weight=1,
        keys="do+not did+not does+not not+allowed took takes taken checks checked reads goes+through "
        "went+through",
    ),
    # What they say or write checked: "he likes to check what I say to people", "reads what I write".
    _cue(
        _A,
        r"\b(?:likes|like|wants|want|has|needs|insists on|makes sure|always|has got) (?:to )?(?:check|"
        r"checks|checking|read|reads|reading|see|sees|seeing|hear|listen to|listens to|listening to|approve|"
        r"vet|go over|goes over) (?:what|everything|who|whatever) (?:i|she|he|we) (?:say|said|says|write|"
        r"wrote|writes|put|puts|type|typed|tell|told|text|texted|message|messaged|talk to|speak to)\b"
        r"|\b(?:checks|checked|reads|read|vets|vetted|listens in on|listened in on|goes over|went over) "
        r"(?:what|everything|whatever) (?:i|she|he) (?:say|said|says|write|wrote|writes|put|puts|type|typed|"
        r"text|texted|message|messaged)\b",
        _CONTROLLED,
        weight=1,
        needs=(r"\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|he|she|son|daughter)\b",),
        unless=r"\b(?:spelling|spellings|grammar|essay|assignment|reflection|reflective|portfolio|mentor|"
        r"assessor|tutor|teacher|dyslexi\w*|read (?:well|very well)|cannot read|can not read|sight|"
        r"glasses)\b",
        keys="likes like wants want has needs insists makes always checks checked reads read vets vetted "
        "listens listened goes went",
    ),
    # Never left alone to answer: "my husband sits with me when I fill these in".
    _cue(
        _A,
        r"\b(?:sits|sat|stands|stood|stays|stayed|hovers|hovered|waits|watches|watched|has to be|insists on "
        r"being|is always) (?:with|next to|beside|over|behind|in the room with|there with) (?:me|her|him) "
        r"(?:when|while|whilst|every time) (?:i|she|he|i am|she is|he is|im) (?:fill|fills|filling|write|"
        r"writes|writing|answer|answers|answering|do|does|doing|complete|completing|on the phone|talk|"
        r"talking|speak|speaking|see|seeing|ring|ringing)\b",
        _CONTROLLED,
        weight=1,
        needs=(r"\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|he|she|son|daughter)\b",),
        keys="sits sat stands stood stays stayed hovers hovered waits watches watched has+to insists "
        "is+always",
    ),
    _cue(
        _A,
        r"\b(?:has|holds|keeps|kept|took|takes|controls|controlled) (?:my|her|his|all my|all her|all his) "
        r"(?:bank )?(?:cards?|money|wages|pension|benefits|pay|account)\b",
        _CONTROLLED,
        weight=1,
        keys="has holds keeps kept took takes controls controlled",
    ),
    _cue(
        _A,
        r"\b(?:not|never) (?:allowed|let) (?:out|to go out|to go anywhere|to see (?:my|her|his) (?:friends|"
        r"family|mum|mates)|to go (?:in |out )?on my own)\b|\bcomes? (?:in )?with me to (?:every|all)\b"
        r"|\bsee me (?:on my own|alone|by myself)\b",
        _CONTROLLED,
        weight=1,
        keys="not never comes come see",
    ),
    # Staff taking things from a resident to punish: "take her tea away to teach her a lesson".
    _cue(
        _A,
        r"\b(?:take|takes|took|taken|taking|withhold\w*|stop|stops|stopped|refuse\w*|lock\w*|hide|hides|"
        r"hid)\b[^.!?]{0,40}(?:\bto '?teach (?:her|him|them|me|us) a lesson|\bas (?:a )?punishment|\bto "
        r"punish (?:her|him|them|me|us)|\bwhen (?:she|he|they|i)(?: is| are| am| has| have| was| were)?"
        r"(?: been)? (?:naughty|bad|difficult|misbehav\w*|playing up|kicking off|cheeky|rude))",
        "describes staff punishing a person in their care",
        topic=True,
        needs=(
            r"\b(?:staff|carers?|nurses?|seniors?|support workers?|workers?|home|ward|unit|supported "
            r"living|residents?|service users?|hcas?|patients?)\b",
        ),
        unless=r"\b(?:kids?|children|toddler|teenagers?|dog|puppy|cat|school)\b",
        keys="take takes took taken taking withhold stop stops stopped refuse lock hide hides hid",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    # Sent out in the night to nobody: "let out at 11pm to an empty flat with no key".
    _cue(
        _C,
        r"\b(?:discharged|sent home|sent out|let out|let go|released|kicked out|put out|turfed out)\b"
        r"[^.!?]{0,20}\b(?:at (?:\d{1,2}(?::\d\d)? ?(?:pm|am)\b|\d{1,2} at night|midnight|night)|in the "
        r"(?:middle of the night|early hours|night)|late at night|after midnight)",
        "describes an unsafe discharge",
        needs=(
            r"\b(?:no key|no keys|nobody|no one|noone|on (?:my|her|his) own|alone|empty|no follow ?up|gown|"
            r"pyjamas|no coat|no shoes|no money|no way (?:home|back)|no transport|nowhere|locked out|step|"
            r"doorstep|freezing|cold|dark)\b",
        ),
        unless=r"\b(?:picked (?:me|her|him|us) up|collected|lift home|rang (?:me |us )?the next|checked on|"
        r"carers? (?:came|were there|arrived)|safe|safely)\b",
        keys="discharged sent+home sent+out let+out let+go released kicked+out put+out turfed+out",
    ),
    # --- bullying: left out and told to put up with it, two signs make a flag -----------------------
    _cue(
        _B,
        r"\b(?:told|tells|telling|said) (?:me |us )?(?:to |i (?:need|needed|should|have|had) to |i must )"
        r"(?:grow|get|develop) (?:a )?thicker skin\b"
        r"|\b(?:told|tells|telling|said) (?:me |us )?(?:to |i (?:need|needed|should) to )?(?:toughen up|"
        r"man up|harden up|stop being (?:so )?(?:sensitive|soft|precious|a snowflake))\b",
        _LEFT_OUT,
        weight=1,
        needs=(_WORK_NEED,),
        keys="told tells telling said",
    ),
    _cue(
        _B,
        r"\b(?:whatsapp|group chat|team chat|chat)\b[^.!?]{0,15}\b(?:i am not in|without me|except me|"
        r"i was (?:taken|removed|left) (?:out|off))\b"
        r"|\b(?:always|never) (?:forget|forgets|forgot|remember|remembers) to (?:tell|invite|include|"
        r"ask) me\b"
        r"|\bi (?:always |usually |just )?(?:find|found|hear|heard) out (?:last|after everyone|"
        r"second hand)\b",
        _LEFT_OUT,
        weight=1,
        keys="whatsapp group+chat team+chat chat always never i",
    ),
)
