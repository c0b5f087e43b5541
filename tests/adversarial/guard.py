"""A guard that records every attempt to touch the network or the file system.

Two layers, both active only inside ``with guard:``:

* a :func:`sys.addaudithook` hook (installed once per process; hooks cannot be removed) that records
  the audit events Python raises for file opens, sockets, subprocesses and HTTP clients, whatever
  module or C extension calls the Python API;
* monkeypatches of ``socket.socket.connect``, ``socket.create_connection``, ``builtins.open`` and
  ``os.open`` that record and raise, as a second, independent check.

libxml2 opens files and sockets in C without Python seeing it; that layer is checked from the outside
by :class:`Canary` (a local TCP server that must receive no connection, and a secret file whose
contents must never appear in an Article).
"""

from __future__ import annotations

import builtins
import os
import socket
import sys
import tempfile
import threading
from pathlib import Path

_WATCHED_PREFIXES = (
    "open",
    "os.",
    "socket.",
    "urllib.",
    "http.",
    "subprocess.",
    "shutil.",
    "glob.",
    "sqlite3.",
    "ftplib.",
    "smtplib.",
    "tempfile.",
    "ctypes.dlopen",
    "webbrowser.",
)
# Audit events that are not I/O.
_HARMLESS = frozenset({"os.putenv", "os.unsetenv"})

_active: list[IOGuard] = []
_installed = False
_lock = threading.Lock()


def _hook(event: str, args: tuple) -> None:
    if not _active or event in _HARMLESS or not event.startswith(_WATCHED_PREFIXES):
        return
    guard = _active[-1]
    if guard.paused:
        return
    guard.events.append((event, tuple(repr(a)[:200] for a in args)))


class IOGuard:
    """``with IOGuard() as g: ...`` then ``g.events`` lists every I/O attempt made inside."""

    def __init__(self) -> None:
        self.events: list[tuple[str, tuple[str, ...]]] = []
        self.paused = False
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> IOGuard:
        global _installed
        with _lock:
            if not _installed:
                sys.addaudithook(_hook)
                _installed = True
        self._patch(socket.socket, "connect", self._refuse("socket.socket.connect"))
        self._patch(socket, "create_connection", self._refuse("socket.create_connection"))
        self._patch(builtins, "open", self._refuse("builtins.open"))
        self._patch(os, "open", self._refuse("os.open"))
        _active.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        _active.remove(self)
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)
        self._saved.clear()

    def _patch(self, owner: object, name: str, replacement: object) -> None:
        self._saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, replacement)

    def _refuse(self, what: str):
        def refuse(*args: object, **kwargs: object) -> object:
            self.events.append((what, tuple(repr(a)[:200] for a in args)))
            raise PermissionError(f"{what} called during a parse")

        return refuse


class Canary:
    """A local TCP server that counts connections, and a secret file no parse may read."""

    MARKER = "CANARY-7f3a9c-SECRET-CONTENTS"

    def __init__(self) -> None:
        self.connections = 0
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        handle, name = tempfile.mkstemp(prefix="cqnews-canary-", suffix=".txt")
        with os.fdopen(handle, "w") as file:
            file.write(self.MARKER + "\n")
        self.secret_file = Path(name)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def fill(self, data: bytes | str) -> bytes | str:
        """Put the canary's URL and secret file path into a case's placeholders."""
        if isinstance(data, bytes):
            return data.replace(b"@CANARY_URL@", self.url.encode()).replace(b"@SECRET_FILE@", str(self.secret_file).encode())
        return data.replace("@CANARY_URL@", self.url).replace("@SECRET_FILE@", str(self.secret_file))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._server.close()
        self.secret_file.unlink(missing_ok=True)
