"""A bare TCP server on 127.0.0.1 for tests of clients against endpoints that misbehave below HTTP: answers
sent a byte at a time, heads that never end, malformed fields. Each connection is handed to `serve` in a
thread of its own, with the server's stop event, which is set (and the listener closed) when the block ends.

Why a raw socket rather than an HTTP server library: such a library would write a well-formed answer, and
these tests are about the ones that are not."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Serve = Callable[[socket.socket, threading.Event], None]


@contextmanager
def raw_server(serve: Serve, path: str = "/store") -> Iterator[str]:
    """The server's URL (ending in `path`) while the block runs; each accepted connection goes to
    `serve(connection, stop)` in a daemon thread."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(connection, stop), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}{path}"
    finally:
        stop.set()
        listener.close()


def read_head(connection: socket.socket) -> bytes:
    """The request's head (up to its blank line), or what came before the client closed."""
    request = b""
    while b"\r\n\r\n" not in request:
        piece = connection.recv(65536)
        if not piece:
            break
        request += piece
    return request
