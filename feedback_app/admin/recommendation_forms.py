"""The forms the team writes recommendations with: the whole recommendation, or only its status."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import Field, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, ValidationError

from ..insights.recommendations import (
    MAX_OWNER_LENGTH,
    MAX_TEXT_LENGTH,
    STATUSES,
    RecommendationInput,
    findings,
)

FINDING_MESSAGE = "Select the finding this recommendation answers from the list"


def status_field() -> Any:
    """The status radios; one message whether nothing or something unknown was sent."""
    return RadioField(
        "Status",
        choices=list(STATUSES.items()),
        validators=[AnyOf(list(STATUSES), message="Select a status")],
        validate_choice=False,
    )


class RecommendationForm(FlaskForm):  # type: ignore[misc]
    """A recommendation: the finding it answers, what to do, who owns it and where it stands."""

    finding = SelectField("Finding", validate_choice=False)
    text = TextAreaField(
        "Recommendation",
        validators=[
            DataRequired(message="Enter the recommendation"),
            Length(
                max=MAX_TEXT_LENGTH,
                message=f"The recommendation must be {MAX_TEXT_LENGTH} characters or fewer",
            ),
        ],
    )
    owner = StringField(
        "Owner",
        validators=[
            DataRequired(message="Enter who owns it: a person or a role"),
            Length(max=MAX_OWNER_LENGTH, message=f"The owner must be {MAX_OWNER_LENGTH} characters or fewer"),
        ],
    )
    status = status_field()

    def __init__(self, *args: Any, kept_finding: tuple[str, str] | None = None, **kwargs: Any) -> None:
        """Offer every finding, and an edited recommendation's own one even if a codebook dropped it."""
        super().__init__(*args, **kwargs)
        offered = [(finding.key, finding.label) for finding in findings()]
        if kept_finding and kept_finding[0] not in dict(offered):
            offered.append(kept_finding)
        self.finding.choices = [("", "Select a finding"), *offered]

    def validate_finding(self, field: Field) -> None:
        """Only a finding the list offers: a hand-made post naming another is refused."""
        if not field.data or field.data not in {key for key, _label in field.choices}:
            raise ValidationError(FINDING_MESSAGE)

    def recommendation(self) -> RecommendationInput:
        """The recommendation as typed, for the service to check and store."""
        return RecommendationInput(
            self.finding.data or "", self.text.data or "", self.owner.data or "", self.status.data or ""
        )


class StatusForm(FlaskForm):  # type: ignore[misc]
    """Only a recommendation's status, changed from its page."""

    status = status_field()
