"""Flask-WTF forms for the team area's admin pages: each carries its CSRF token and checks its fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import EmailField, Field, PasswordField, RadioField, SelectField, StringField
from wtforms.validators import AnyOf, DataRequired, EqualTo, Length, Optional, Regexp, ValidationError

from ..questionnaires.links import ALLOWED_TAGS
from ..team.password_policy import password_problem

DATE_PARTS = ("day", "month", "year")
CAP_RE = r"^[1-9][0-9]{0,6}$"
EXPECTED_RE = r"^(?:[1-9][0-9]{0,5}|1000000)$"
CAP_MESSAGE = "Enter the response cap as a whole number of 1 or more, like 200, or leave it empty"
EXPECTED_MESSAGE = (
    "Enter the expected number of responses as a whole number from 1 to 1,000,000, like 40, or leave it empty"
)
ROLE_CHOICES = [
    ("viewer", "Viewer: sees dashboards, responses and downloads"),
    ("admin", "Admin: also manages questionnaires, links and team members"),
]
# One message whether nothing or something unknown was sent (WTForms' own check would add a second).
ROLE_REQUIRED = AnyOf([value for value, _ in ROLE_CHOICES], message="Select a role")


class DatePartsField(Field):  # type: ignore[misc]
    """A date typed into day, month and year boxes, as the NHS.UK date input asks.

    The boxes are posted as `<name>-day`, `<name>-month` and `<name>-year`; all empty means no date.
    """

    def __init__(self, label: str = "", required_message: str | None = None, **kwargs: Any) -> None:
        super().__init__(label, **kwargs)
        self.required_message = required_message
        self.parts: dict[str, str] = dict.fromkeys(DATE_PARTS, "")

    def process(self, formdata: Any, data: Any = None, extra_filters: Any = None) -> None:
        """Read the three boxes; keep what was typed so the page can show it again."""
        self.process_errors: list[str] = []
        self.data: dt.date | None = data if isinstance(data, dt.date) else None
        if self.data is not None:
            self.parts = {
                "day": str(self.data.day),
                "month": str(self.data.month),
                "year": str(self.data.year),
            }
        if formdata is None:
            return
        self.parts = {part: str(formdata.get(f"{self.name}-{part}", "")).strip()[:8] for part in DATE_PARTS}
        self.data = None
        if not any(self.parts.values()):
            if self.required_message:
                self.process_errors.append(self.required_message)
            return
        missing = [part for part in DATE_PARTS if not self.parts[part]]
        if missing:
            self.process_errors.append(f"{self.label.text} must include a {' and '.join(missing)}")
            return
        if not all(value.isdigit() and value.isascii() for value in self.parts.values()):
            self.process_errors.append(f"{self.label.text} must be a real date, like 27 3 2026")
            return
        try:
            self.data = dt.date(int(self.parts["year"]), int(self.parts["month"]), int(self.parts["day"]))
        except ValueError:
            self.process_errors.append(f"{self.label.text} must be a real date, like 27 3 2026")
            return
        if not 2000 <= self.data.year <= 2100:
            self.data = None
            self.process_errors.append(f"{self.label.text} must be a year between 2000 and 2100")

    @property
    def anchor(self) -> str:
        """The id the error summary links to: the day box."""
        return f"{self.id}-day"


def optional_cap(text: str | None) -> int | None:
    """A validated response-cap box as a number, or None when left empty."""
    return int(text) if text and text.strip() else None


class QuestionnaireSettingsForm(FlaskForm):  # type: ignore[misc]
    """A questionnaire's closing date and response cap; both may be cleared."""

    closes_on = DatePartsField("Closing date")
    max_responses = StringField(
        "Response cap",
        filters=[lambda v: v.strip() if v else v],
        validators=[Optional(), Regexp(CAP_RE, message=CAP_MESSAGE)],
    )


class DefinitionUploadForm(FlaskForm):  # type: ignore[misc]
    """A questionnaire definition file (YAML) to validate and load."""

    definition = FileField(
        "Questionnaire definition file", validators=[FileRequired("Select a definition file to upload")]
    )


def _optional_text(label: str, max_length: int) -> StringField:
    """An optional text field with a length limit, its message naming the field."""
    message = f"{label} must be {max_length} characters or fewer"
    return StringField(label, validators=[Optional(), Length(max=max_length, message=message)])


def _expected_field() -> StringField:
    """How many people a link is for: optional, a whole number from 1 to a million."""
    return StringField(
        "Expected number of responses",
        filters=[lambda v: v.strip().replace(",", "") if v else v],
        validators=[Optional(), Regexp(EXPECTED_RE, message=EXPECTED_MESSAGE)],
    )


class ExpectedResponsesForm(FlaskForm):  # type: ignore[misc]
    """A link's expected number of responses, set or cleared after the link is made."""

    expected_responses = _expected_field()


class LinkForm(FlaskForm):  # type: ignore[misc]
    """A new collection link: which questionnaire, a name, tags, dates and a cap."""

    questionnaire = SelectField(
        "Questionnaire", validate_choice=False, validators=[DataRequired("Select a questionnaire")]
    )
    name = StringField(
        "Link name",
        validators=[
            DataRequired("Enter a name for the link"),
            Length(max=200, message="Link name must be 200 characters or fewer"),
        ],
    )
    event = _optional_text("Event", 200)
    event_date = DatePartsField("Event date")
    region = _optional_text("Region", 100)
    cohort = _optional_text("Cohort", 100)
    setting = _optional_text("Setting", 100)
    opens_on = DatePartsField("Opening date")
    closes_on = DatePartsField("Closing date")
    max_responses = StringField(
        "Response cap",
        filters=[lambda v: v.strip() if v else v],
        validators=[Optional(), Regexp(CAP_RE, message=CAP_MESSAGE)],
    )
    expected_responses = _expected_field()

    def validate_questionnaire(self, field: SelectField) -> None:
        """Only a questionnaire offered in the list."""
        if field.data not in {value for value, _ in field.choices or []}:
            raise ValidationError("Select a questionnaire")

    def validate_closes_on(self, field: DatePartsField) -> None:
        """A link cannot close before it opens."""
        if field.data and self.opens_on.data and field.data < self.opens_on.data:
            raise ValidationError("Closing date must be on or after the opening date")

    def tags(self) -> dict[str, str]:
        """The tags typed in, as stored on every response through the link."""
        values = {
            "event": self.event.data or "",
            "event_date": self.event_date.data.isoformat() if self.event_date.data else "",
            "region": self.region.data or "",
            "cohort": self.cohort.data or "",
            "setting": self.setting.data or "",
        }
        return {key: values[key].strip() for key in ALLOWED_TAGS if values[key].strip()}


class MemberForm(FlaskForm):  # type: ignore[misc]
    """A new team member: e-mail address, name, role and a first password to pass on safely."""

    email = EmailField(
        "Email address",
        validators=[
            DataRequired("Enter their email address"),
            Length(max=254, message="Email address is too long"),
        ],
    )
    name = StringField(
        "Full name",
        validators=[
            DataRequired("Enter their name"),
            Length(max=120, message="Name must be 120 characters or fewer"),
        ],
    )
    role = RadioField("Role", choices=ROLE_CHOICES, validate_choice=False, validators=[ROLE_REQUIRED])
    password = PasswordField(
        "First password",
        validators=[DataRequired("Enter a first password"), Length(max=256, message="Password is too long")],
    )

    def validate_password(self, field: PasswordField) -> None:
        """Refuse short, common or guessable passwords (the same rule as sign-up on the command line)."""
        problem = password_problem(field.data or "", self.email.data or "", self.name.data or "")
        if problem:
            raise ValidationError(problem)


class RoleForm(FlaskForm):  # type: ignore[misc]
    """A team member's role."""

    role = RadioField("Role", choices=ROLE_CHOICES, validate_choice=False, validators=[ROLE_REQUIRED])


class ChangePasswordForm(FlaskForm):  # type: ignore[misc]
    """A member's own new password, typed twice; the current one unless an admin has just reset it."""

    current_password = PasswordField(
        "Current password", validators=[Optional(), Length(max=256, message="Password is too long")]
    )
    new_password = PasswordField(
        "New password",
        validators=[DataRequired("Enter a new password"), Length(max=256, message="Password is too long")],
    )
    confirm_password = PasswordField(
        "Confirm new password",
        validators=[
            DataRequired("Enter the new password again"),
            EqualTo("new_password", message="The two new passwords are not the same"),
        ],
    )
