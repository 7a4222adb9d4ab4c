"""The respondent's hot statements, run on SQLite's own cursor, read and fail as Core would."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from feedback_app.database import DriverStatement
from feedback_app.extensions import db
from feedback_app.models import Draft, Questionnaire
from feedback_app.responses.submission import (
    _QUESTIONNAIRE_AND_DRAFT,
    current_definition,
    questionnaire_and_draft,
    save_page_answers,
)


def test_driver_read_matches_core_values_and_types(app):
    """Booleans, dates, times and JSON come back exactly as a Core execution returns them."""
    with app.app_context():
        questionnaire = db.session.scalars(select(Questionnaire).filter_by(slug="patient-experience")).one()
        questionnaire.opens_on = dt.date(2026, 1, 5)
        questionnaire.is_open = False
        db.session.commit()
        with db.engine.connect() as conn:
            version_id, _ = current_definition(conn, questionnaire)
            token = save_page_answers(
                conn, None, version_id, ["fft"], {"fft": "good", "many": ["a", "é"]}, None
            )
            params = {"slug": "patient-experience", "token": token}
            core = tuple(conn.execute(_QUESTIONNAIRE_AND_DRAFT, params).one())
            driver = DriverStatement(_QUESTIONNAIRE_AND_DRAFT).first(conn, params)
            assert driver == core
            assert [type(v) for v in driver] == [type(v) for v in core]
            read, draft = questionnaire_and_draft(conn, "patient-experience", token)
            assert (
                DriverStatement(_QUESTIONNAIRE_AND_DRAFT).first(conn, {"slug": "none", "token": None}) is None
            )
        assert read is not None and draft is not None
        assert (read.id, read.slug, read.is_open, read.opens_on) == (
            questionnaire.id,
            "patient-experience",
            False,
            dt.date(2026, 1, 5),
        )
        assert isinstance(read.created_at, dt.datetime)
        assert draft.answers == {"fft": "good", "many": ["a", "é"]}
        assert read not in db.session  # detached: reading only, never saved by accident


def test_page_merge_is_one_statement_and_keeps_other_pages(app):
    """Saving a page replaces only its own keys, as the database merges them."""
    with app.app_context(), db.engine.connect() as conn:
        questionnaire = db.session.scalars(select(Questionnaire).filter_by(slug="patient-experience")).one()
        version_id, _ = current_definition(conn, questionnaire)
        token = save_page_answers(conn, None, version_id, ["a", "b"], {"a": "1", "b": ["x", "y"]}, None)
        assert save_page_answers(conn, token, version_id, ["c"], {"c": "3"}, None) == token
        assert save_page_answers(conn, token, version_id, ["a", "b"], {"b": ["z"]}, None) == token
        # A draft of another version is not merged into: a new draft starts.
        apprentices = db.session.scalars(select(Questionnaire).filter_by(slug="apprentice-survey")).one()
        other_version, _ = current_definition(conn, apprentices)
        other = save_page_answers(conn, token, other_version, ["a"], {"a": "9"}, None)
        assert other != token
        conn.commit()
    with app.app_context():
        assert db.session.scalars(select(Draft.answers).filter_by(token=token)).one() == {
            "b": ["z"],
            "c": "3",
        }


def test_driver_errors_are_sqlalchemy_errors(tmp_path):
    """A driver error (here a locked database) reaches callers as SQLAlchemy's OperationalError."""
    from sqlalchemy import create_engine

    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE draft (token TEXT, answers TEXT)")
    holder.execute("BEGIN EXCLUSIVE")
    # The holder keeps its lock throughout, so the wait ends in "locked" however long it is; short is quick.
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    statement = DriverStatement(select(Draft.token).where(Draft.token == "x"))
    with engine.connect() as conn, pytest.raises(OperationalError, match="locked"):
        statement.first(conn, {})
    holder.rollback()
    holder.close()
    engine.dispose()
