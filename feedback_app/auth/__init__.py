"""Sign-in and sign-out for the project team."""
