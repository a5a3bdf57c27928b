"""Proof that nothing phoned out: recording sockets (kg.testing.recording_socket) and an in-process recorder.

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kg.testing.recording_socket import Attempt, RecordingSocket

__all__ = ["Attempt", "OutboundRecorder", "RecordingSocket", "recording_sockets"]


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
