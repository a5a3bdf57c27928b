"""Proof that nothing phoned out: listening sockets on loopback that record every connection attempt.

Why a real listener and not only a mock: a parser or a server in another process cannot be
patched, but whatever it does, a TCP connection to a bait address shows up here. The bait
URLs point at these sockets (127.0.0.1, and other loopback addresses standing for "other
hosts"), so a test can assert that not one connection was attempted. Traffic never leaves the
machine: every address is in 127.0.0.0/8.

`OutboundRecorder` is the in-process complement: it replaces socket connect and name lookup
for the duration of a block, so that an attempt to reach *any* host (example.org, which
no listener can impersonate) is recorded and refused instead of sent.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Attempt:
    """One connection that reached a recording socket, with the first bytes it sent."""

    peer: tuple[str, int]
    first_bytes: bytes


class RecordingSocket:
    """A TCP listener on a loopback address that records (and then closes) every connection."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((host, 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._attempts: list[Attempt] = []
        self._lock = threading.Lock()
        self._running = True
        self._thread = threading.Thread(target=self._accept_loop, name=f"recording-{self.port}", daemon=True)
        self._thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    @property
    def attempts(self) -> list[Attempt]:
        with self._lock:
            return list(self._attempts)

    def _accept_loop(self) -> None:
        while self._running:
            try:
                connection, peer = self._listener.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(0.2)
                try:
                    first = connection.recv(512)
                except OSError:
                    first = b""
            with self._lock:
                self._attempts.append(Attempt(peer, first))

    def assert_untouched(self, settle: float = 0.3) -> None:
        """Wait a moment for stragglers, then fail if anything connected."""
        time.sleep(settle)
        attempts = self.attempts
        assert not attempts, f"{len(attempts)} connection(s) to {self.host}:{self.port}: {attempts[:3]}"

    def close(self) -> None:
        self._running = False
        self._thread.join(timeout=2)
        self._listener.close()

    def __enter__(self) -> RecordingSocket:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextmanager
def recording_sockets(*hosts: str) -> Iterator[list[RecordingSocket]]:
    """One recording socket per loopback address (127.0.0.1 by default), closed afterwards."""
    sockets = [RecordingSocket(host) for host in (hosts or ("127.0.0.1",))]
    try:
        yield sockets
    finally:
        for recorder in sockets:
            recorder.close()


@dataclass
class OutboundRecorder:
    """Within `active()`, every outbound connect or name lookup is recorded and refused."""

    attempts: list[Any] = field(default_factory=list)

    def _refuse(self, what: str, target: Any) -> None:
        self.attempts.append((what, target))
        raise ConnectionRefusedError(f"test: outbound {what} to {target!r} refused")

    @contextmanager
    def active(self) -> Iterator[OutboundRecorder]:
        import pytest

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(socket.socket, "connect", lambda sock, address: self._refuse("connect", address))
            patch.setattr(socket.socket, "connect_ex", lambda sock, address: self._refuse("connect", address))
            patch.setattr(
                socket, "create_connection", lambda address, *a, **k: self._refuse("connect", address)
            )
            patch.setattr(socket, "getaddrinfo", lambda host, *a, **k: self._refuse("lookup", host))
            yield self
