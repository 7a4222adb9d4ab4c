"""Risk flags: which comments a safeguarding lead must read, in which category, and why.

Rules, not a model. Each category has cues: ways a disclosure is written, matched on normalised text
(lower case, contractions spelled out). Topic words ("suicide", "abuse", "bullying") are set aside when
training or policy words sit beside them ("the suicide prevention module", "the bullying policy") or
when they describe people in general ("patients who self-harm"); the writer's own account ("I have
been cutting again", "he checks my phone") is never set aside. Figures of speech ("this survey is
killing me") and jokes about a trivial task are masked before matching.
"""

from .cue import RISK_CATEGORIES, RiskFlag
from .matching import assess_risk, risk_flag

__all__ = ["RISK_CATEGORIES", "RiskFlag", "assess_risk", "risk_flag"]
