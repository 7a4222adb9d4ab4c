"""Cues written by meaning: wording seen in no labelled comment."""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _ST, _Cue, _cue
from .words import _PERSON

CUES: tuple[_Cue, ...] = (
    # --- cues added for wording seen in no labelled comment, written by meaning ----------------------
    _cue(
        _S,
        r"\bmy (?:own )?funeral\b|\bnothing (?:left )?for me (?:here|anymore|now)\b|\bnothing left for me\b"
        r"|\b(?:see|saw) (?:no |the )?point (?:of|in) (?:living|going on|carrying on|being alive|being here|"
        r"life|anything|it all)\b|\bpoint of living\b"
        r"|\b(?:my |this )?life (?:is|feels|seems|has become) (?:\w+ )?(?:pointless|worthless|meaningless|"
        r"over|empty|not worth)\b"
        r"|\bnot safe\b[^.!?]{0,25}\b(?:with|around|from) myself\b",
        "speaks of life not worth living",
        keys="funeral nothing+left nothing+for point+of point+in life not+safe",
    ),
    _cue(
        _S,
        r"\b(?:tired|sick|done) of it all\b|\b(?:tired|sick) of everything\b",
        "sounds worn out with life",
        weight=1,
        soft=True,
        keys="tired+of sick+of done+of",
    ),
    _cue(
        _A,
        rf"\b{_PERSON} (?:\w+ ){{0,2}}(?:gets|got|becomes|became|turns|turned|goes|went) (?:\w+ )?(?:violent|"
        r"aggressive|physical|handy)\b|\b(?:scared|afraid|frightened|terrified|worried) for (?:the|my|our) "
        r"(?:kids|children|baby|safety)\b|\bstealing from (?:her|him|me|them|my \w+|his \w+)\b|\b(?:steals|"
        r"stole|nicked|nicks|takes|took|taking) (?:money|cash|things) from (?:her|him|me|them)\b",
        "describes violence, fear or theft by someone close",
        keys="violent aggressive physical handy scared+for afraid+for frightened+for terrified+for "
        "worried+for stealing+from steals stole nicked nicks takes+money took+money taking+money taking+cash "
        "taking+things "
        "takes+cash took+cash takes+things took+things",
    ),
    _cue(
        _A,
        r"\bwhen nobody is (?:there|around|looking|watching|about)\b|\bbehind closed doors\b",
        "describes harm when nobody is watching",
        weight=1,
        keys="nobody+is closed+doors",
    ),
    _cue(
        _B,
        r"\bthreatened with (?:a |the )?(?:disciplinary|the sack|dismissal|being sacked|losing|hr|a "
        r"warning)|\bfor (?:raising (?:a )?concerns?|speaking up|whistle ?blowing|reporting (?:it|him|her|"
        r"them|a concern))\b[^.!?]{0,30}\b(?:threaten\w*|punish\w*|disciplin\w*|sacked|moved|targeted)"
        r"|\bgang(?:s|ed|ing)? up on (?:me|us|her|him)\b|\b(?:get|got|getting|been|being) called names\b"
        r"|\bcall(?:s|ed|ing)? me names\b",
        "describes being ganged up on or punished for speaking up",
        keys="threatened+with for+raising for+speaking for+whistle for+whistleblowing for+reporting "
        "gang ganged ganging gangs called+names calls+me call+me calling+me called+me",
    ),
    _cue(
        _ST,
        r"\b(?:left|running|run|ran|working|work|we had|there was|there were|there is|there are|had) "
        r"(?:\w+ )?with (?:no|only one|one|just one|a single) (?:qualified|registered|trained|rmn|nurse)\b"
        r"|\b(?:left|am|was|were|be|being) (?:alone|on my own|by myself|on our own) with (?:[7-9]|\d\d+|ten|"
        r"twelve|fifteen|twenty|thirty) (?:patients|service users|residents|young people|people)\b"
        r"|\b(?:just|only) me and (?:one|an?|1) (?:\w+ )?(?:\w+ )?for the (?:whole|entire) (?:ward|unit|"
        r"floor|building|shift)\b"
        r"|\b(?:can not|could not) be done (?:safely|properly)\b[^.!?]{0,40}\b(?:enough|staff|short|of us)\b",
        "describes too few staff to be safe",
        keys="with+no with+only with+one with+just with+a alone+with own+with myself+with me+and "
        "done+safely done+properly",
    ),
    _cue(
        _M,
        r"\bpre-?sign\w*|\bsign\w* (?:the )?(?:drug |mar )?chart before\b|\bsign\w* for (?:meds|medication|"
        r"tablets|drugs) before (?:giving|they were given|it was given)",
        "describes medicines records not matching what happened",
        keys="pre+sign presign sign",
    ),
    _cue(
        _S,
        r"\b(?:ways|way|methods|how) to (?:end (?:it|things|my life)|die|kill myself|do it|go)\b"
        r"(?! (?:about|with|forward|home|there|back))"
        r"|\b(?:cutting|scratching|burning|hurting myself|harming myself)\b[^.!?]{0,40}\b(?:only relief|"
        r"relief|release|only way i cope|feel something|numbs?)\b"
        r"|\b(?:been|keep|kept|started|start|back to) (?:scratching|burning|picking at)\b"
        r"(?! (?:back|down|the|my head|off))"
        r"|\b(?:tried|try|trying|attempted) to end (?:it|things|my life|everything)\b",
        "speaks of ways to die or of hurting themselves",
        keys=(
            "ways+to way+to methods+to how+to cutting scratching burning hurting harming picking "
            "been+scratching keep+scratching kept+scratching started+scratching start+scratching "
            "to+scratching to+burning to+picking been+burning keep+burning kept+burning started+burning "
            "start+burning been+picking keep+picking kept+picking started+picking start+picking tried+to "
            "try+to trying+to attempted+to"
        ),
    ),
    _cue(
        _S,
        r"\b(?:tired|sick) of (?:fighting|struggling|trying|being me|being alive|existing)\b"
        r"(?! (?:for|with|the|to get|to be seen|over))"
        r"|\b(?:just )?want (?:some )?(?:peace|to rest|to be at peace|it all to stop)\b(?! and quiet)",
        "sounds worn out with life",
        weight=1,
        soft=True,
        keys="want+it tired+of sick+of want+peace want+some want+to just+want",
    ),
    _cue(
        _A,
        r"\b(?:comes?|coming|came) (?:in|into) my (?:room|bed|bedroom)\b[^.!?]{0,20}\b(?:at night|when|"
        r"while)\b|\b(?:hand|hands) (?:on|up) my (?:leg|thigh|bum|knee|waist|bottom|chest|skirt|top)\b"
        r"|\b(?:took|taken|takes|has|kept|keeps|keeping) (?:all )?my (?:bank cards?|cards|documents|benefits|"
        r"pension|wages|passport)\b",
        "describes sexual abuse, harassment or control",
        # A card held while one's own has expired, a payslip for the mortgage: errands, not control.
        unless=r"\b(?:expired|payslip|slip|mortgage|by mistake|by accident)\b",
        keys="comes+into comes+in coming+into coming+in came+into came+in come+into come+in hand+on "
        "hands+on hand+up hands+up my+bank my+cards my+documents my+benefits my+pension my+wages "
        "my+passport",
    ),
    _cue(
        _ST,
        r"\b(?:left|was|am|were|been|being) running the (?:ward|shift|unit|floor|night)\b"
        r"|\bwith no (?:rmn|qualified|registered nurse|trained nurse|nurse)s?\b(?! (?:present|there to "
        r"talk|to talk|to explain|available to talk))",
        "describes a trainee or no nurse running a shift",
        keys="running+the with+no",
    ),
    _cue(
        _M,
        r"\b(?:did not|never|without|not) (?:check|checking|checked) (?:my|his|her|their|the patient'?s?|"
        r"the) (?:name|id|wristband|band|chart|allergies|identity|date of birth)\b[^.!?]{0,30}\b(?:giving|"
        r"gave|given|meds|medication|tablets|injection|insulin)\b"
        r"|\b(?:tablets|pills|meds|medication) (?:\w+ )?(?:under|in|behind) (?:her|his|their|my|the) "
        r"(?:pillow|mattress|locker|bin|drawer|bed|sofa|cheek|pocket)\b"
        r"|\bnobody (?:had )?checked (?:that )?(?:she|he|they|i) (?:took|had taken|swallowed|takes)\b",
        "describes medicines not checked or not taken",
        keys="not+check not+checking not+checked never+check never+checked without+check without+checking "
        "tablets pills meds medication nobody+checked nobody+had",
    ),
    _cue(
        _C,
        r"\b(?:left|sat|sitting|sits) (?:him |her |them |mum |dad |me |my \w+ )?on (?:the |a )?(?:commode|"
        r"toilet|bedpan|trolley)\b[^.!?]{0,30}\b(?:hour|hours|ages|all (?:day|night|morning))\b"
        r"|\bleft (?:alone|unsupervised|unattended|on (?:his|her|their) own)\b[^.!?]{0,40}\b(?:absconded|"
        r"went missing|walked out|ran off|got out)\b"
        r"|\b(?:ignored|ignoring|ignore|ignores) (?:[\w']+ ){0,2}(?:call bell|bell|buzzer)\b",
        "describes a patient left without help",
        keys="left sat sitting sits ignored ignoring ignore ignores",
    ),
)
