"""Proof that nothing phoned out: a listening socket on loopback that records every connection.

Why a real listener and not a mock: a server in another process (`kg serve`, its sandboxed query
workers) cannot be patched, but whatever it does, a TCP connection to a bait address shows up
here. The bait URLs point at this socket, so a run can say how many connections it saw (none
is the promise). Traffic never leaves the machine: the address is in 127.0.0.0/8.

Here, in the package, so that benchmarks/attacks.py and the tests share it (benchmarks import the
installed package, never the tests).
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Attempt:
    """One connection that reached the recording socket, with the first bytes it sent."""

    peer: tuple[str, int]
    first_bytes: bytes


class RecordingSocket:
    """A TCP listener on a loopback address that records (and then closes) every connection."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        if not host.startswith("127."):
            raise ValueError(f"a recording socket listens on loopback only, not {host}")
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
