"""Risk flags: which comments a safeguarding lead must read, in which category, and why.

Two readings. The cues: ways a disclosure is written, matched on normalised text (lower case,
contractions spelled out). Topic words ("suicide", "abuse", "bullying") are set aside when training or
policy words sit beside them ("the suicide prevention module", "the bullying policy") or when they
describe people in general ("patients who self-harm"); the writer's own account ("I have been cutting
again", "he checks my phone") is never set aside. Figures of speech ("this survey is killing me") and
jokes about a trivial task are masked before matching. Then, for a comment no cue flags, the learned
reading (`learned.py`): a linear model over its words, trained on the team's labelled risk files, for
disclosures in wording no cue names.
"""

from .cue import RISK_CATEGORIES, RiskFlag
from .figures import told_as_mutual
from .framing import told_as_policy
from .learned import learned_flag
from .matching import assess_risk as assess_risk_by_cues
from .spelling import _normalise

__all__ = ["RISK_CATEGORIES", "RiskFlag", "assess_risk", "assess_risk_by_cues", "risk_flag"]


def assess_risk(text: str) -> RiskFlag | None:
    """The risk category a safeguarding lead must see in a comment, and why; None when there is none."""
    flag = assess_risk_by_cues(text)
    if flag is not None:
        return flag
    flag = learned_flag(text)
    if flag is None:
        return None
    normalised = _normalise(text)
    # The cues set aside banter the writer calls mutual; the learned reading, reading words alone, cannot.
    if flag.category == "bullying_staff" and told_as_mutual(normalised):
        return None
    # Nor a policy stated as it stands, which shares its words with the breaches it is written against.
    return None if told_as_policy(normalised) else flag


def risk_flag(text: str) -> bool:
    """Whether a comment may disclose a risk a safeguarding lead must see (see assess_risk)."""
    return assess_risk(text) is not None
