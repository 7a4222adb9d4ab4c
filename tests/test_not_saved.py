"""The "not saved" page keeps every answer whatever the database failure, on real gunicorn.

docs/quality.md rule 23: the review found that with PostgreSQL gone the page kept nothing the
respondent typed (with SQLite locked it did). Here a respondent answers every page, the database
fails as they send (PostgreSQL behind a proxy that is shut, refusing new connections and cutting the
pooled ones; SQLite with its write lock held), and the 503 page lists every answer from every page.
Once the database is back, sending again from that page stores the response once.
"""

from __future__ import annotations

import html
import re
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, make_url, text

from tests.helpers import (
    HANG_SECONDS,
    PG_URL,
    LiveServer,
    csrf_from,
    free_port,
    payload_from,
    pg_sqlalchemy_url,
    prepare_database,
    server_env,
    start_gunicorn,
    start_server,
    stop_server,
)
from tests.test_concurrency import CONFIRMED, LEAKS, confirmed_reference, hold_write_lock, stored_counts
from tests.test_concurrency import Checked as Sending

pytestmark = pytest.mark.server

SLUG = "patient-experience"


class Proxy:
    """A TCP proxy from a loopback port to PostgreSQL that can be shut (every connection cut) and reopened."""

    def __init__(self, port: int, upstream: tuple[str, int]) -> None:
        self.port, self.upstream = port, upstream
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None

    def open(self) -> None:
        """Listen again on the same port."""
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def shut(self) -> None:
        """Stop listening and cut every connection: the database is gone, mid-request or not."""
        with self._lock:
            everything = [self._listener, *self._sockets] if self._listener else list(self._sockets)
            self._sockets.clear()
            self._listener = None
        for sock in everything:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=HANG_SECONDS)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                target.sendall(data)
        for sock in (source, target):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def pg_server_behind_proxy(tmp_path: Path, proxy: Proxy) -> LiveServer:
    """gunicorn (2 workers) whose DATABASE_URL goes through the proxy, on a fresh database."""
    engine = create_engine(pg_sqlalchemy_url())
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    instance = tmp_path / "proxied-instance"
    instance.mkdir()
    port = free_port()
    env = server_env(instance, port, {"DATABASE_URL": pg_sqlalchemy_url()})
    prepare_database(env)
    proxied = make_url(pg_sqlalchemy_url()).set(host="127.0.0.1", port=proxy.port)
    proxied = proxied.update_query_dict({"connect_timeout": "2"})
    return start_gunicorn(port, 2, {**env, "DATABASE_URL": proxied.render_as_string(hide_password=False)})


def answer_every_page(base: str) -> tuple[Sending, list[str]]:
    """Answer all three pages of the patient questionnaire; the check page, and the answers as shown."""
    session = requests.Session()
    good, better, more = (f"{what} {uuid.uuid4()}" for what in ("Kind nurses", "Shorter waits", "Thanks"))
    pages = [
        {"fft": "very_good", "what_was_good": good, "could_do_better": better},
        {"service": "crisis_team", "involved_in_decisions": "yes", "staff_listened": "agree"},
        {"anything_else": more, "helped_by_staff": "no"},
    ]
    for number, data in enumerate(pages, start=1):
        url = f"{base}/q/{SLUG}/page/{number}"
        form = session.get(url, timeout=HANG_SECONDS)
        posted = session.post(
            url,
            data={"csrf_token": csrf_from(form.text), **data},
            allow_redirects=False,
            timeout=HANG_SECONDS,
        )
        assert posted.status_code == 302, (posted.status_code, posted.text[:300])
    check = session.get(f"{base}/q/{SLUG}/check", timeout=HANG_SECONDS)
    assert check.status_code == 200
    shown = [good, better, "Very good", "Crisis team", "Agree", more, "Yes", "No"]
    headings = ["Your experience", "About your care", "Anything else"]
    for words in shown + headings:
        assert words in html.unescape(check.text), words
    return Sending(session, csrf_from(check.text), payload_from(check.text)), shown + headings + [good]


def send(base: str, sending: Sending, payload: str | None = None) -> requests.Response:
    """Press Send on the check page (or on the "not saved" page, with its payload)."""
    return sending.session.post(
        f"{base}/q/{SLUG}/submit",
        data={"csrf_token": sending.csrf_token, "payload": payload or sending.payload},
        allow_redirects=False,
        timeout=HANG_SECONDS,
    )


HIDDEN_RE = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


def context_from(page: str) -> str:
    """The signed page context a question page's form carries."""
    return dict(hidden_fields(page))["context"]


def hidden_fields(page: str) -> list[tuple[str, str]]:
    """Every hidden input of a page, as the browser would post it."""
    return [(name, html.unescape(value)) for name, value in HIDDEN_RE.findall(page)]


def assert_not_saved_with_every_answer(
    page: requests.Response, shown: list[str], page_form: bool = False
) -> Any:
    """A 503 "not saved" page listing every answer, no confirmation; its payload (or its form's fields)."""
    assert page.status_code == 503, (page.status_code, page.text[:500])
    body = html.unescape(page.text)
    assert "not saved" in body
    missing = [words for words in shown if words not in body]
    assert not missing, missing
    assert "Location" not in page.headers and CONFIRMED not in page.text
    assert not [leak for leak in LEAKS if leak in page.text]
    if page_form:
        return [*hidden_fields(page.text), ("csrf_token", csrf_from(page.text))]
    return payload_from(page.text)


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    """A proxy to the test PostgreSQL, open."""
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    direct = make_url(pg_sqlalchemy_url())
    live = Proxy(free_port(), (direct.host or "127.0.0.1", direct.port or 5432))
    live.open()
    yield live
    live.shut()


def test_postgresql_gone_keeps_every_answer_and_stores_once_after(tmp_path: Path, proxy: Proxy) -> None:
    """PostgreSQL unreachable as the respondent sends: every answer shown again; sent once it is back."""
    server = pg_server_behind_proxy(tmp_path, proxy)
    try:
        sending, shown = answer_every_page(server.url)
        page_url = f"{server.url}/q/{SLUG}/page/3"
        form = sending.session.get(page_url, timeout=HANG_SECONDS)
        proxy.shut()
        typed = f"Typed while the database was gone {uuid.uuid4()}"
        data = {"csrf_token": csrf_from(form.text), "context": context_from(form.text)}
        posted = sending.session.post(
            page_url, data={**data, "anything_else": typed, "helped_by_staff": "yes"}, timeout=HANG_SECONDS
        )
        resend = assert_not_saved_with_every_answer(
            posted, [typed, "Is there anything else", "Yes"], page_form=True
        )
        payload = assert_not_saved_with_every_answer(send(server.url, sending), shown)
        # Again, now that every pooled connection is gone and new ones are refused.
        assert_not_saved_with_every_answer(send(server.url, sending, payload), shown)
        proxy.open()
        # The page's own "send again" form carries everything that was typed.
        again = sending.session.post(page_url, data=resend, allow_redirects=False, timeout=HANG_SECONDS)
        assert again.status_code == 302, again.status_code
        check = sending.session.get(f"{server.url}/q/{SLUG}/check", timeout=HANG_SECONDS)
        assert typed in html.unescape(check.text)
        first = confirmed_reference(server.url, sending, send(server.url, sending, payload))
        assert confirmed_reference(server.url, sending, send(server.url, sending, payload)) == first
        rows, references, counts = stored_counts(server, [shown[-1]])
        assert (rows, references, counts) == (1, [first], {shown[-1]: 1})
    finally:
        stop_server(server)


def test_sqlite_locked_keeps_every_answer_and_stores_once_after(tmp_path: Path) -> None:
    """SQLite locked past its timeout as the respondent sends: the same page, the same single response."""
    server = start_server(tmp_path, "sqlite", extra_env={"SQLITE_BUSY_TIMEOUT_MS": "200"})
    try:
        sending, shown = answer_every_page(server.url)
        lock = hold_write_lock(Path(server.env["INSTANCE_PATH"]) / "feedback.sqlite3")
        try:
            payload = assert_not_saved_with_every_answer(send(server.url, sending), shown)
        finally:
            lock.rollback()
            lock.close()
        first = confirmed_reference(server.url, sending, send(server.url, sending, payload))
        assert confirmed_reference(server.url, sending, send(server.url, sending, payload)) == first
        rows, references, counts = stored_counts(server, [shown[-1]])
        assert (rows, references, counts) == (1, [first], {shown[-1]: 1})
    finally:
        stop_server(server)
