"""A bare Flask app that answers "hello": the ceiling bench/submit.py compares submissions with."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello() -> str:
    """The smallest response Flask can give."""
    return "hello"
