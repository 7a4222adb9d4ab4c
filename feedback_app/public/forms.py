"""Flask-WTF forms for the respondent journey.

Questions are defined in YAML and validated by `feedback_app.responses.answers`; these forms carry the
CSRF token (valid for the whole browser session) and the signed submission.
"""

from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import DataRequired, Length


class AnswerPageForm(FlaskForm):  # type: ignore[misc]
    """One page of questions: the questions themselves are rendered from the definition."""


class SubmitAnswersForm(FlaskForm):  # type: ignore[misc]
    """Check-your-answers: the signed answers and their one-time submission token."""

    payload = HiddenField(validators=[DataRequired(), Length(max=60_000)])
