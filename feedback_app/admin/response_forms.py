"""Forms for the response pages: the GET filter (no CSRF: it changes nothing) and the erasure form."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from ..responses.erase import MAX_REASON_LENGTH
from ..responses.filters import FILTER_TAGS, FilterChoices, ResponseFilter
from .forms import DatePartsField

MAX_SEARCH_LENGTH = 200
MAX_PAGE = 100_000


class ResponseFilterForm(FlaskForm):  # type: ignore[misc]
    """Filters for the response browser and downloads, read from the query string."""

    class Meta:
        csrf = False

    questionnaire = SelectField("Questionnaire", choices=[], default="", validate_choice=True)
    version = StringField(
        "Version",
        validators=[
            Optional(),
            Regexp(r"^[1-9][0-9]{0,4}$", message="Enter the version as a number, like 2"),
        ],
    )
    submitted_from = DatePartsField("Sent on or after")
    submitted_to = DatePartsField("Sent on or before")
    link = SelectField("Collection link", choices=[], default="", validate_choice=True)
    event = SelectField("Event", choices=[], default="", validate_choice=False)
    region = SelectField("Region", choices=[], default="", validate_choice=False)
    cohort = SelectField("Cohort", choices=[], default="", validate_choice=False)
    setting = SelectField("Setting", choices=[], default="", validate_choice=False)
    search = StringField(
        "Words in typed answers",
        validators=[
            Length(max=MAX_SEARCH_LENGTH, message=f"Search for {MAX_SEARCH_LENGTH} characters or fewer")
        ],
    )

    def __init__(self, choices: FilterChoices, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questionnaire.choices = [("", "All questionnaires"), *choices.questionnaires]
        self.link.choices = [("", "Any link, or none"), *choices.links]
        for tag in FILTER_TAGS:
            field = getattr(self, tag)
            field.choices = [("", "Any"), *((value, value) for value in choices.tags[tag])]

    def validate(self, extra_validators: Any = None) -> bool:
        """The usual checks, and the date range the right way round."""
        ok = bool(super().validate(extra_validators))
        start, end = self.submitted_from.data, self.submitted_to.data
        if start is not None and end is not None and end < start:
            self.submitted_to.errors = [
                *self.submitted_to.errors,
                "Sent on or before must be after sent on or after",
            ]
            return False
        return ok

    def response_filter(self, questionnaire: str | None = None) -> ResponseFilter:
        """The filter the form describes; a questionnaire in the URL overrides the form's."""
        return ResponseFilter(
            questionnaire=questionnaire or self.questionnaire.data or None,
            version=int(self.version.data) if self.version.data else None,
            submitted_from=self.submitted_from.data,
            submitted_to=self.submitted_to.data,
            link=self.link.data or None,
            tags={tag: str(getattr(self, tag).data) for tag in FILTER_TAGS if getattr(self, tag).data},
            search=(self.search.data or "").strip(),
        )


class EraseForm(FlaskForm):  # type: ignore[misc]
    """Why a response is being deleted: the reason goes in the audit log."""

    reason = TextAreaField(
        "Why is this response being deleted?",
        validators=[
            DataRequired(message="Enter the reason for deleting this response"),
            Length(
                max=MAX_REASON_LENGTH,
                message=f"The reason must be {MAX_REASON_LENGTH} characters or fewer",
            ),
        ],
    )


def page_number(value: str | None) -> int:
    """A page number from the query string; anything unreadable is page 1."""
    if value and value.isdigit() and value.isascii():
        return min(max(1, int(value)), MAX_PAGE)
    return 1
