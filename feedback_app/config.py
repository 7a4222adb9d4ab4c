"""Settings: safe defaults, then the instance folder, then environment variables."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

# The repository: templates, migrations and node_modules live beside the package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "dev", "secret", "replace-me"}
# Example values in docs start with these words; a key copied from them is no secret.
PLACEHOLDER_PREFIXES = ("replace", "change", "example", "your-")


def is_placeholder_secret(key: str) -> bool:
    """True for a missing, short or copied-from-the-docs secret key."""
    lowered = key.strip().lower()
    return lowered in PLACEHOLDER_SECRETS or lowered.startswith(PLACEHOLDER_PREFIXES) or len(lowered) < 16


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _sign_in_settings() -> dict[str, Any]:
    """The sign-in throttle's settings (docs/quality.md rules 5 and 27) and the proxy count it relies on."""
    return {
        # Sign-in throttle (docs/quality.md rule 27): attempts per account per window, and per client
        # address; counted in the database, or in Redis when RATE_LIMIT_STORAGE_URL names one.
        "SIGN_IN_MAX_FAILURES": int(os.environ.get("SIGN_IN_MAX_FAILURES", "5")),
        "SIGN_IN_LOCK_MINUTES": int(os.environ.get("SIGN_IN_LOCK_MINUTES", "15")),
        "SIGN_IN_CLIENT_MAX_ATTEMPTS": int(os.environ.get("SIGN_IN_CLIENT_MAX_ATTEMPTS", "20")),
        "SIGN_IN_CLIENT_WINDOW_MINUTES": int(os.environ.get("SIGN_IN_CLIENT_WINDOW_MINUTES", "15")),
        # Password checks the whole site starts per short window, whatever the clients: argon2 is
        # deliberately costly, and many clients each within their limit must
        # not take the workers from respondents. Six a minute: a team's morning, never a flood's.
        "SIGN_IN_SITE_MAX_CHECKS": int(os.environ.get("SIGN_IN_SITE_MAX_CHECKS", "6")),
        "SIGN_IN_SITE_WINDOW_SECONDS": int(os.environ.get("SIGN_IN_SITE_WINDOW_SECONDS", "60")),
        "RATE_LIMIT_STORAGE_URL": os.environ.get("RATE_LIMIT_STORAGE_URL", ""),
        # How many proxies in front set X-Forwarded-For; 0 (the default) trusts no such header.
        "PROXY_FIX_X_FOR": int(os.environ.get("PROXY_FIX_X_FOR", "0")),
    }


def _mail_settings() -> dict[str, Any]:
    """The safeguarding alert's address and SMTP server; without both an address and a host, none is sent."""
    return {
        "SAFEGUARDING_EMAIL": os.environ.get("SAFEGUARDING_EMAIL", "").strip(),
        "MAIL_FROM": os.environ.get("MAIL_FROM", "").strip(),
        "SMTP_HOST": os.environ.get("SMTP_HOST", "").strip(),
        "SMTP_PORT": int(os.environ.get("SMTP_PORT", "587")),
        "SMTP_USERNAME": os.environ.get("SMTP_USERNAME", ""),
        "SMTP_PASSWORD": os.environ.get("SMTP_PASSWORD", ""),
        # STARTTLS before signing in; turn off only for a relay on the same host or a test sink.
        "SMTP_USE_TLS": _env_bool("SMTP_USE_TLS", True),
        # A server that does not answer holds one worker, after the respondent's page, this long at most.
        "SMTP_TIMEOUT_SECONDS": float(os.environ.get("SMTP_TIMEOUT_SECONDS", "5")),
    }


def _job_settings() -> dict[str, Any]:
    """The report jobs' queue and how a job whose worker died is run again (README, "Report jobs")."""
    return {
        # Where report jobs wait for the worker: unset, a SQLite file in the instance folder (shared by
        # the instances on one host); a redis:// URL for instances on several hosts.
        "TASK_QUEUE_URL": os.environ.get("TASK_QUEUE_URL", "").strip(),
        # A running report job whose worker has not written its heartbeat for this long lost that worker
        # (killed, a deploy) and is put back on the queue; the worker writes it four times as often.
        "JOB_HEARTBEAT_STALE_SECONDS": float(os.environ.get("JOB_HEARTBEAT_STALE_SECONDS", "120")),
        # Runs a job gets in all: one that keeps killing its worker (memory) is not started for ever.
        "JOB_MAX_ATTEMPTS": int(os.environ.get("JOB_MAX_ATTEMPTS", "3")),
        # From this many responses, the team area has the worker make the XLSX download (a workbook is
        # built whole before its first byte: 100,000 responses hold a request for 30-45 s).
        "XLSX_JOB_FROM_RESPONSES": int(os.environ.get("XLSX_JOB_FROM_RESPONSES", "5000")),
    }


def default_settings(instance_path: str) -> dict[str, Any]:
    """Settings every environment starts from; each can be overridden by an environment variable."""
    sqlite_path = Path(instance_path) / "feedback.sqlite3"
    database_url = os.environ.get("DATABASE_URL", f"sqlite:///{sqlite_path}")
    if database_url.startswith("postgres://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgres://")
    elif database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
    trusted = os.environ.get("TRUSTED_HOSTS", "")
    return {
        "ENV_NAME": os.environ.get("FEEDBACK_ENV", "development"),
        "SQLALCHEMY_DATABASE_URI": database_url,
        # hide_parameters keeps answer text out of error messages and logs (docs/quality.md rule 11). A server
        # may drop a pooled connection, so those are pinged before use; a SQLite file cannot, and the
        # ping would cost every request a query.
        "SQLALCHEMY_ENGINE_OPTIONS": {
            "pool_pre_ping": not database_url.startswith("sqlite"),
            "hide_parameters": True,
        },
        "SQLITE_BUSY_TIMEOUT_MS": int(os.environ.get("SQLITE_BUSY_TIMEOUT_MS", "5000")),
        "QUESTIONNAIRE_DIR": os.environ.get(
            "QUESTIONNAIRE_DIR", str(Path(__file__).resolve().parent.parent / "questionnaires")
        ),
        "PROGRAMME_NAME": os.environ.get("PROGRAMME_NAME", "Assistant Practitioners in Mental Health"),
        "ORGANISATION_NAME": os.environ.get("ORGANISATION_NAME", "North of England AP Programme"),
        "CONTACT_EMAIL": os.environ.get("CONTACT_EMAIL", "ap.programme@example.nhs.uk"),
        "BASE_URL": os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/"),
        "TRUSTED_HOSTS": [h.strip() for h in trusted.split(",") if h.strip()] or None,
        # A questionnaire page is a few kilobytes; anything far larger is not a respondent.
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_CONTENT_LENGTH", str(64 * 1024))),
        "MAX_FORM_FIELDS": int(os.environ.get("MAX_FORM_FIELDS", "300")),
        # Counts from 1 to this minus one are shown as "*" in every summary (NHS England uses 5).
        "SUPPRESSION_THRESHOLD": int(os.environ.get("SUPPRESSION_THRESHOLD", "5")),
        "MAX_FORM_MEMORY_SIZE": 64 * 1024,
        "MAX_FORM_PARTS": 300,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _env_bool("SESSION_COOKIE_SECURE", False),
        "SESSION_COOKIE_NAME": "feedback_session",
        # A token valid for the whole browser session: a long questionnaire must not fail on submit.
        "WTF_CSRF_TIME_LIMIT": None,
        "WTF_CSRF_SSL_STRICT": True,
        "DRAFT_MAX_AGE_DAYS": 2,
        **_sign_in_settings(),
        **_mail_settings(),
        "ADMIN_IDLE_MINUTES": int(os.environ.get("ADMIN_IDLE_MINUTES", "60")),
        "ADMIN_SESSION_HOURS": int(os.environ.get("ADMIN_SESSION_HOURS", "12")),
        # argon2id cost: OWASP's minimum configuration (19 MiB, 2 passes, 1 lane), one core for ~55 ms, so
        # a check never takes every worker at once (docs/quality.md rule 27); tests set it lower still.
        "PASSWORD_HASH_TIME_COST": int(os.environ.get("PASSWORD_HASH_TIME_COST", "2")),
        "PASSWORD_HASH_MEMORY_COST": int(os.environ.get("PASSWORD_HASH_MEMORY_COST", "19456")),
        "PASSWORD_HASH_PARALLELISM": int(os.environ.get("PASSWORD_HASH_PARALLELISM", "1")),
        **_job_settings(),
    }


def load_secret_key(instance_path: str, production: bool) -> str:
    """The secret key from the environment, or (outside production) one kept in the instance folder."""
    key = os.environ.get("SECRET_KEY", "")
    if not is_placeholder_secret(key):
        return key
    if production:
        raise RuntimeError(
            "SECRET_KEY must be set to a long random value in production "
            '(python -c "import secrets; print(secrets.token_hex(32))")'
        )
    key_file = Path(instance_path) / "secret_key"
    if key_file.exists():
        return key_file.read_text(encoding="utf-8").strip()
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # Written with owner-only permissions: the key signs every session cookie.
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        # Another worker created it first; everyone must share that one.
        return key_file.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    return key
