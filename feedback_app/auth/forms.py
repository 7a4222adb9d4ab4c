"""Sign-in form."""

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length


class SignInForm(FlaskForm):  # type: ignore[misc]
    """E-mail address and password."""

    email = EmailField(
        "Email address",
        validators=[DataRequired("Enter your email address"), Length(max=254)],
    )
    password = PasswordField("Password", validators=[DataRequired("Enter your password"), Length(max=256)])
