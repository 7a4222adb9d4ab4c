"""The one rule every output made to be shared passes: small groups, complements and differencing.

The report, the analysis page, the analysis pack and the XLSX summary sheet each ask
`shared_output_gate` before they summarise a group of responses (docs/quality.md rules 14 and 30).
A filtered group is withheld when it has fewer respondents than the suppression threshold, when the
rest of the questionnaire does, or when it differs by fewer than that from a group released earlier
under another filter. Every released group is recorded in the database, in the same transaction as
the check, so every worker and instance sees it and two requests cannot both pass.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from flask import current_app
from sqlalchemy import ColumnElement, Select, select

from analysis.numbers import spelling_key

from ..database import write_transaction
from ..extensions import db
from ..models import Questionnaire, Response, SharedOutputRelease, today
from .filters import ResponseFilter, filter_conditions

WHOLE = "none (every response)"


@dataclass(frozen=True)
class SharingDecision:
    """Whether a group's summaries and quotes may be made, and the rows they must be made from.

    `conditions` pins the output to the responses the check saw; `withheld` says why in plain words
    when they may not be made (empty when they may).
    """

    filtered: bool
    respondents: int
    conditions: list[ColumnElement[bool]]
    withheld: str = ""

    @property
    def allowed(self) -> bool:
        """True when summaries, charts, theme counts and quotes may be made."""
        return not self.withheld


def sharing_threshold() -> int:
    """The suppression threshold: groups, complements and differences below it are withheld."""
    return int(current_app.config["SUPPRESSION_THRESHOLD"])


def canonical_filter(response_filter: ResponseFilter) -> dict[str, object]:
    """What narrows the questionnaire's responses, spelled one way (tags by spelling, search folded)."""
    f = response_filter
    found: dict[str, object] = {}
    if f.version is not None:
        found["version"] = f.version
    if f.submitted_from is not None:
        found["submitted_from"] = f.submitted_from.isoformat()
    if f.submitted_to is not None:
        found["submitted_to"] = f.submitted_to.isoformat()
    if f.link:
        found["link"] = f.link
    tags = {tag: spelling_key(value) for tag, value in sorted(f.tags.items()) if value}
    if tags:
        found["tags"] = tags
    if f.search:
        found["search"] = f.search.casefold()
    return found


def filter_key(response_filter: ResponseFilter) -> str:
    """A keyed digest of the canonical filter: equal for the same filter, and hides search words."""
    text = json.dumps(canonical_filter(response_filter), sort_keys=True, ensure_ascii=False)
    secret = str(current_app.config["SECRET_KEY"]).encode("utf-8")
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def filter_description(response_filter: ResponseFilter) -> str:
    """The filter in words for the page that names an earlier output (no search words)."""
    detail = response_filter.audit_detail()
    return "; ".join(f"{key} = {value}" for key, value in detail.items())[:500] or WHOLE


def pack_ids(ids: npt.NDArray[np.int64]) -> bytes:
    """Sorted response ids as zlib-compressed 64-bit gaps (small gaps compress to almost nothing)."""
    return zlib.compress(np.diff(ids, prepend=0).astype("<i8").tobytes())


def unpack_ids(blob: bytes) -> npt.NDArray[np.int64]:
    """The sorted response ids `pack_ids` stored."""
    return np.cumsum(np.frombuffer(zlib.decompress(blob), dtype="<i8")).astype(np.int64)


@dataclass(frozen=True)
class _Group:
    """The questionnaire's responses now and the filtered group among them, as sorted id arrays."""

    everyone: npt.NDArray[np.int64]
    chosen: npt.NDArray[np.int64]
    conditions: list[ColumnElement[bool]]


def _ids(query: Select[tuple[int]]) -> npt.NDArray[np.int64]:
    """The ids a query selects, sorted."""
    return np.fromiter(db.session.scalars(query.order_by(Response.id)), dtype=np.int64)


def _read_group(questionnaire_id: int, response_filter: ResponseFilter) -> _Group:
    """Every response id of the questionnaire and the filtered ones, pinned to the newest seen."""
    everyone = _ids(select(Response.id).where(Response.questionnaire_id == questionnaire_id))
    pin = [Response.id <= int(everyone[-1]) if everyone.size else Response.id <= 0]
    conditions = [Response.questionnaire_id == questionnaire_id, *filter_conditions(response_filter), *pin]
    return _Group(everyone, _ids(select(Response.id).where(*conditions)), conditions)


def _earlier_conflict(questionnaire_id: int, key: str, group: _Group, threshold: int) -> str:
    """Words naming an earlier release this group is too close to; "" when there is none.

    Too close: on either side, 1 to threshold-1 respondents are in one group and not the other, so
    subtracting one output from the other would leave a summary of that few people. A release of the
    same filter is this output updated when nobody still stored has left it (the group only grew).
    """
    releases = db.session.execute(
        select(
            SharedOutputRelease.filter_key,
            SharedOutputRelease.filter_description,
            SharedOutputRelease.made_on,
            SharedOutputRelease.response_ids,
        )
        .where(SharedOutputRelease.questionnaire_id == questionnaire_id)
        .order_by(SharedOutputRelease.id)
    ).yield_per(100)
    for earlier_key, description, made_on, blob in releases:
        # Erased responses are in neither output any more, so they are no difference.
        earlier = np.intersect1d(unpack_ids(blob), group.everyone, assume_unique=True)
        common = np.intersect1d(earlier, group.chosen, assume_unique=True).size
        left, joined = earlier.size - common, group.chosen.size - common
        if earlier_key == key and left == 0:
            continue
        if 0 < left < threshold or 0 < joined < threshold:
            return (
                f"These responses differ by fewer than {threshold} respondents from an output already "
                f"made on {made_on.isoformat()} with the filters {description}. Comparing the two would "
                "reveal those respondents' answers, so summaries, charts, themes and quotes are "
                "withheld for this filter."
            )
    return ""


def _small_group(group: _Group, threshold: int) -> str:
    """Words saying why a filtered group, or the rest of the questionnaire, is too small; "" if not."""
    size, rest = int(group.chosen.size), int(group.everyone.size - group.chosen.size)
    if 0 < size < threshold:
        return (
            f"Fewer than {threshold} respondents match these filters, so summaries, charts, themes "
            "and quotes are withheld: they could identify the people who answered."
        )
    if 0 < rest < threshold:
        return (
            f"Fewer than {threshold} respondents fall outside these filters. The whole questionnaire's "
            "figures are always available, so comparing them with these would reveal those "
            "respondents' answers; summaries, charts, themes and quotes are withheld for this filter."
        )
    return ""


def _record(
    questionnaire_id: int, key: str, response_filter: ResponseFilter, chosen: npt.NDArray[np.int64]
) -> None:
    """Record a released group, unless this filter already released exactly these responses."""
    blob = pack_ids(chosen)
    digest = hashlib.sha256(blob).hexdigest()
    seen = db.session.scalar(
        select(SharedOutputRelease.id).where(
            SharedOutputRelease.questionnaire_id == questionnaire_id,
            SharedOutputRelease.filter_key == key,
            SharedOutputRelease.ids_digest == digest,
        )
    )
    if seen is None:
        db.session.add(
            SharedOutputRelease(
                questionnaire_id=questionnaire_id,
                filter_key=key,
                filter_description=filter_description(response_filter),
                respondents=int(chosen.size),
                ids_digest=digest,
                response_ids=blob,
                made_on=today(),
            )
        )


def shared_output_gate(questionnaire: Questionnaire, response_filter: ResponseFilter) -> SharingDecision:
    """May summaries of this questionnaire's filtered responses be made? Records them when they may.

    The unfiltered whole is always released (and recorded, so later filters are compared with it).
    The check and the record are one write transaction, the questionnaire's row locked on
    PostgreSQL (SQLite's BEGIN IMMEDIATE already admits one writer), so two concurrent requests
    cannot both pass against each other.
    """
    threshold = sharing_threshold()
    filtered = bool(canonical_filter(response_filter))
    key = filter_key(response_filter)
    questionnaire_id = questionnaire.id
    with write_transaction() as session:
        session.execute(
            select(Questionnaire.id).where(Questionnaire.id == questionnaire_id).with_for_update()
        )
        group = _read_group(questionnaire_id, response_filter)
        withheld = ""
        if filtered:
            withheld = _small_group(group, threshold) or _earlier_conflict(
                questionnaire_id, key, group, threshold
            )
        if not withheld and group.chosen.size:
            _record(questionnaire_id, key, response_filter, group.chosen)
    return SharingDecision(filtered, int(group.chosen.size), group.conditions, withheld)
