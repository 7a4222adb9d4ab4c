"""Recommendations the project team writes in the team area, as the report prints them."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GENERAL", "RECOMMENDATION_STATUSES", "Recommendation"]

#: The finding key of a recommendation that belongs to no one theme.
GENERAL = "general"

#: Where a recommendation stands, in the order a steering group reads them, with the label printed.
RECOMMENDATION_STATUSES: dict[str, str] = {
    "proposed": "Proposed",
    "agreed": "Agreed",
    "in_progress": "In progress",
    "done": "Done",
    "not_taken_forward": "Not taken forward",
}


@dataclass(frozen=True)
class Recommendation:
    """One recommendation: the finding it answers (theme key or ``general``), what, its owner, its status."""

    finding: str
    text: str
    owner: str
    status: str = "proposed"

    def __post_init__(self) -> None:
        """Refuse a status the report cannot label, so a typo is never printed as a status."""
        if self.status not in RECOMMENDATION_STATUSES:
            raise ValueError(f"unknown recommendation status {self.status!r}")

    @property
    def status_label(self) -> str:
        """The status as the report prints it."""
        return RECOMMENDATION_STATUSES[self.status]
