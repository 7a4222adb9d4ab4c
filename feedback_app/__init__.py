"""The feedback microsite: an app factory in the flaskr style."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask
from jinja2 import ChainableUndefined, ChoiceLoader, FileSystemLoader, PackageLoader
from werkzeug.middleware.proxy_fix import ProxyFix

from . import models  # noqa: F401 - registers the tables with the metadata for migrations
from .config import PROJECT_ROOT, default_settings, load_secret_key
from .extensions import csrf, db, login_manager, migrate


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Create the app: defaults, then the environment, then a test mapping."""
    app = Flask(
        __name__,
        instance_path=os.environ.get("INSTANCE_PATH") or str(PROJECT_ROOT / "instance"),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder="static",
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(default_settings(app.instance_path))
    if test_config:
        app.config.from_mapping(test_config)
    production = app.config["ENV_NAME"] == "production"
    if "SECRET_KEY" not in (test_config or {}):
        app.config["SECRET_KEY"] = load_secret_key(app.instance_path, production)
    if production:
        app.config["DEBUG"] = False
        app.config["PROPAGATE_EXCEPTIONS"] = False
    if int(app.config["PROXY_FIX_X_FOR"]) > 0:
        # Only behind that many proxies is the client's address read from X-Forwarded-For.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=int(app.config["PROXY_FIX_X_FOR"]))  # type: ignore[method-assign]
    register_templates(app)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    return app


def register_templates(app: Flask) -> None:
    """Load our templates first, then the NHS.UK frontend's Jinja macros."""
    app.jinja_options = {
        **app.jinja_options,
        "undefined": ChainableUndefined,
        # Flask escapes only .html and a few other suffixes; the NHS.UK macros are .jinja files and
        # mark their own HTML parameters safe, so every template is escaped, answers included.
        "autoescape": True,
        "loader": ChoiceLoader(
            [FileSystemLoader(app.template_folder or "templates"), PackageLoader("nhsuk_frontend_jinja")]
        ),
    }
    app.jinja_env.globals["programme_name"] = app.config["PROGRAMME_NAME"]
    app.jinja_env.globals["organisation_name"] = app.config["ORGANISATION_NAME"]
    app.jinja_env.globals["contact_email"] = app.config["CONTACT_EMAIL"]


def register_extensions(app: Flask) -> None:
    """Bind the unbound extension objects and configure the database engine."""
    from .auth.routes import refuse_flooding_client
    from .database import configure_engine
    from .jobs.tasks import init_jobs
    from .security import init_security

    # First of every hook: a client flooding sign-in is refused from one read (docs/quality.md rule 27).
    app.before_request(refuse_flooding_client)
    # The body guard runs before CSRF checks, so an unreadable body gets its own clear message.
    init_security(app)
    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    configure_engine(app)
    init_login(app)
    init_jobs(app)


def init_login(app: Flask) -> None:
    """Flask-Login keyed on server-side session tokens, so sign-out really ends a session."""
    from .team.accounts import load_session

    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in_page"
    login_manager.login_message = ""
    login_manager.session_protection = None  # the token check in load_session does this job
    login_manager.user_loader(load_session)


def register_blueprints(app: Flask) -> None:
    """Attach the blueprints."""
    from .admin import bp as admin_bp
    from .auth.routes import bp as auth_bp
    from .public.routes import bp as public_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(admin_bp)


def register_errorhandlers(app: Flask) -> None:
    """Plain NHS-styled error pages that never show a traceback."""
    from .errors import init_errors

    init_errors(app)


def register_commands(app: Flask) -> None:
    """The `flask --app feedback_app ...` commands."""
    from .cli import register

    register(app)
