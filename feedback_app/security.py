"""Request guards and response headers every page gets."""

from __future__ import annotations

import hashlib
import secrets
import urllib.parse
from typing import Any

from flask import Flask, Response, current_app, g, request
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge
from werkzeug.sansio.multipart import Data, Epilogue, Field, MultipartDecoder

# Scripts only from this site or carrying this response's nonce; nothing framed, nothing fetched
# from elsewhere (docs/quality.md rules 7 and 20).
CSP = (
    "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

# Set on every response unless a view set them already (Cache-Control and the CSP are added below).
DEFAULT_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)
HSTS = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


class UnreadableForm(BadRequest):
    """A form body that is not valid UTF-8 or carries NUL bytes."""

    description = (
        "We could not read what was sent. It contained characters that are not allowed. "
        "Go back, check your answers and try again."
    )


class TooManyFields(RequestEntityTooLarge):
    """A form body with far more fields than any page has."""

    description = "Too much was sent at once. Go back and try again."


def csp_nonce() -> str:
    """The nonce for this response's inline script (one per response, never stored)."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return str(g.csp_nonce)


def check_urlencoded(raw: bytes, max_fields: int) -> None:
    """Refuse a urlencoded body with invalid UTF-8, NUL bytes or too many fields.

    Werkzeug silently hands a view an empty form when the body is not UTF-8, and PostgreSQL
    refuses NUL bytes that SQLite would store, so both are refused here, before any view runs.
    The body is decoded whole: the separators "&" and "=" are ASCII, which no UTF-8 sequence
    contains, so the whole body decodes exactly when every name and value does.
    """
    if not raw:
        return
    if raw.count(b"&") >= max_fields:
        raise TooManyFields()
    try:
        text = urllib.parse.unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableForm() from None
    if "\x00" in text:
        raise UnreadableForm()


def check_multipart_text(raw: bytes, boundary: str) -> None:
    """Refuse a multipart body whose text fields (not files) are not valid UTF-8.

    Werkzeug decodes multipart fields with replacement characters, so broken UTF-8 would be stored
    as "�" where a urlencoded body is refused; each field's raw bytes are decoded strictly here.
    Files keep their bytes: an upload's own checks say what it must be.
    """
    decoder = MultipartDecoder(boundary.encode("latin-1"))
    decoder.receive_data(raw)
    decoder.receive_data(None)
    field: list[bytes] | None = None
    try:
        # The decoder was given the whole body, so it runs to the epilogue or raises ValueError.
        while not isinstance(event := decoder.next_event(), Epilogue):
            if isinstance(event, Field):
                field = []
            elif not isinstance(event, Data):
                field = None
            elif field is not None:
                field.append(event.data)
                if not event.more_data:
                    b"".join(field).decode("utf-8")
                    field = None
    except (UnicodeDecodeError, ValueError):
        raise UnreadableForm() from None


def guard_form_body() -> None:
    """Before any view: check the query string and the raw body of a form post."""
    # Filters put query values into SQL; PostgreSQL refuses NUL bytes in them, so they stop here too.
    if any("\x00" in value for values in request.args.listvalues() for value in values):
        raise UnreadableForm()
    if request.method not in ("POST", "PUT", "PATCH", "DELETE"):
        return
    max_fields = int(current_app.config["MAX_FORM_FIELDS"])
    if request.mimetype == "application/x-www-form-urlencoded":
        check_urlencoded(request.get_data(cache=True), max_fields)
    elif request.mimetype == "multipart/form-data":
        # Read (and cache) the raw body first: the form is then parsed from the cached bytes.
        check_multipart_text(request.get_data(cache=True), request.mimetype_params.get("boundary", ""))
        if len(request.form) + len(request.files) > max_fields:
            raise TooManyFields()
        for values in request.form.listvalues():
            if any("\x00" in v for v in values):
                raise UnreadableForm()


def set_security_headers(response: Response) -> Response:
    """Add the headers every response carries."""
    headers = response.headers
    # One pass over the headers already set, then one extend: Werkzeug's setdefault scans the
    # whole list for each header, which made this hook a fifth of a small request's time.
    present = {key.lower() for key, _ in headers}
    wanted = [pair for pair in DEFAULT_HEADERS if pair[0].lower() not in present]
    if request.is_secure and HSTS[0].lower() not in present:
        wanted.append(HSTS)
    headers.extend(wanted)
    if response.mimetype == "text/html":
        headers["Content-Security-Policy"] = CSP.format(nonce=csp_nonce())
    if request.endpoint != "static":
        # Answers on shared or public devices must not linger in a cache.
        headers["Cache-Control"] = "no-store"
    return response


class CachedSerializerSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, with the signing serializer built once per key set.

    Flask builds a new serializer for every request (twice when the session changes); the keys it
    is built from only change with the configuration, so it is kept until they do.
    """

    # The same SHA-1 as Flask's default, passed as hashlib's OpenSSL constructor: hmac then signs in
    # C, where Flask's lazy wrapper function sends it down Python's slower generic HMAC path.
    digest_method = staticmethod(hashlib.sha1)

    def __init__(self) -> None:
        self._serializers: dict[tuple[Any, ...], URLSafeTimedSerializer] = {}

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """The serializer for the app's current secret key and fallbacks."""
        if not app.secret_key:
            return None
        key = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        serializer = self._serializers.get(key)
        if serializer is None:
            serializer = super().get_signing_serializer(app)
            if serializer is None:
                return None
            self._serializers = {key: serializer}
        return serializer


def init_security(app: Flask) -> None:
    """Register the guards and headers on the app."""
    app.session_interface = CachedSerializerSessionInterface()
    app.before_request(guard_form_body)
    app.after_request(set_security_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
