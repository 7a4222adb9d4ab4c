"""The WSGI entry point for gunicorn: it only creates the app."""

from feedback_app import create_app

app = create_app()
