"""A tiny SMTP server for tests: it takes what the app sends and keeps it, in a thread of the test process."""

from __future__ import annotations

import socketserver
import threading
from dataclasses import dataclass, field


@dataclass
class Sink:
    """What the sink was told: each message's envelope and text, and each AUTH line."""

    port: int
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)


class _SinkHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for smtplib: greeting, EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        sink: Sink = self.server.sink  # type: ignore[attr-defined]
        self.reply("220 sink.test ESMTP")
        sender, recipients, lines, in_data = "", [], [], False
        while line := self.rfile.readline():
            if in_data:
                if line == b".\r\n":
                    sink.messages.append((sender, recipients, b"".join(lines)))
                    sink.arrived.set()
                    sender, recipients, lines, in_data = "", [], [], False
                    self.reply("250 queued")
                else:
                    lines.append(line[1:] if line.startswith(b"..") else line)
                continue
            command = line.decode().strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-sink.test")
                self.reply("250 AUTH PLAIN")
            elif verb == "AUTH":
                sink.auth.append(command)
                self.reply("235 accepted")
            elif verb == "MAIL":
                sender = command.split(":", 1)[1].strip(" <>")
                self.reply("250 ok")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self.reply("250 ok")
            elif verb == "DATA":
                in_data = True
                self.reply("354 end with a dot")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not here")


def start_sink() -> tuple[socketserver.ThreadingTCPServer, Sink]:
    """Start the sink on a free loopback port; the server (to stop) and what it is told."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SinkHandler)
    server.daemon_threads = True
    found = Sink(server.server_address[1])
    server.sink = found  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, found


def stop_sink(server: socketserver.ThreadingTCPServer) -> None:
    """Stop the sink and free its port."""
    server.shutdown()
    server.server_close()
