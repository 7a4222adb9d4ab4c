"""Every cue in the order matching tries them: the cues by category, the families, the sentence cues."""

from __future__ import annotations

from . import (
    cues_abuse,
    cues_bullying,
    cues_by_meaning,
    cues_care,
    cues_families,
    cues_families_behaviour,
    cues_families_care,
    cues_families_effects,
    cues_families_extra,
    cues_families_fresh,
    cues_families_fresh_care,
    cues_families_hidden,
    cues_families_more,
    cues_families_oblique,
    cues_families_round,
    cues_families_sealed,
    cues_families_signs,
    cues_families_spare,
    cues_families_wider,
    cues_medication,
    cues_self_harm,
    cues_sentence,
    cues_staffing,
)
from .cue import _Cue

# Every cue, in its written order.
CUES: tuple[_Cue, ...] = (
    *cues_self_harm.CUES,
    *cues_abuse.CUES,
    *cues_bullying.CUES,
    *cues_staffing.CUES,
    *cues_medication.CUES,
    *cues_care.CUES,
    *cues_by_meaning.CUES,
    *cues_families.CUES,
    *cues_families_care.CUES,
    *cues_families_extra.CUES,
    *cues_families_more.CUES,
    *cues_families_oblique.CUES,
    *cues_families_effects.CUES,
    *cues_families_signs.CUES,
    *cues_families_hidden.CUES,
    *cues_families_hidden.CUES_FURTHER,
    *cues_families_wider.CUES,
    *cues_families_round.CUES,
    *cues_families_fresh.CUES,
    *cues_families_fresh_care.CUES,
    *cues_families_sealed.CUES,
    *cues_families_behaviour.CUES,
    *cues_families_spare.CUES,
    *cues_sentence.CUES,
)
