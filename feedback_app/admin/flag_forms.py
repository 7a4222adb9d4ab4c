"""The form a team member reviews a flagged comment with: its status and a note."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField, TextAreaField
from wtforms.validators import AnyOf, Length

from ..safeguarding.queue import MAX_NOTE_LENGTH, STATUSES

NOTE_TOO_LONG = f"The note must be {MAX_NOTE_LENGTH} characters or fewer"
STATUS_HINTS = {
    "new": "New: nobody has dealt with it yet",
    "reviewed": "Reviewed: read, and being dealt with",
    "action_taken": "Action taken: passed to the safeguarding process or acted on",
    "no_action_needed": "No action needed: read, and it needs nothing (for example, the check was wrong)",
}


class FlagReviewForm(FlaskForm):  # type: ignore[misc]
    """A flag's status (one of the four) and a note of what was done."""

    status = RadioField(
        "Status",
        choices=[(key, STATUS_HINTS[key]) for key in STATUSES],
        # One message whether nothing or something unknown was sent (WTForms' own would add a second).
        validators=[AnyOf(list(STATUSES), message="Select a status")],
        validate_choice=False,
    )
    note = TextAreaField(
        "Note",
        validators=[
            Length(max=MAX_NOTE_LENGTH, message=f"The note must be {MAX_NOTE_LENGTH} characters or fewer")
        ],
    )
