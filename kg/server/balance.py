"""Several server processes with the connections dealt out evenly (`kg serve --workers N`).

Why not uvicorn's own `--workers`: there every process accepts from one shared listening
socket, and the kernel gives each new connection to whichever process accepts first. A
keep-alive connection then stays where it landed, so 8 connections of a crawler or a load
tester could all sit on one process, which uses one core while the other idles: Turtle
documents went from about 1,350 req/s (connections split) to 630-840 (all on one).
`SO_REUSEPORT` per process would hash connections instead, which for 8 of them is still
uneven by chance.

Here the parent process (the balancer) alone accepts, and hands each connection (its file
descriptor, over a Unix socket pair) to the server process with the fewest open
connections, the next in turn among equals: 8 connections on 2 processes are always 4 and 4.
The parent only accepts and passes descriptors; every byte of HTTP is read and written by
the server process that received the connection. It counts the connections it handed to
each process; the process counts those closed in a shared array (one writer per slot), so
the count of open connections is exact without any message back.

A server process that dies is replaced (its slot's counts start again); one that dies
before it was ready (a store it cannot open, a sandbox the kernel refuses) stops the whole
server, since its replacement would fail the same way. SIGTERM and SIGINT stop the parent
from accepting and shut the server processes down gracefully; the parent then re-raises the
signal, as a single uvicorn process does, so that the exit status says which one it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Any

import uvicorn
from uvicorn.server import STARTUP_FAILURE

from kg.errors import KgError

log = logging.getLogger("uvicorn.error")

READY = b"R"
"""What a server process writes on its channel once it serves (the parent reads it)."""
HANDED = b"C"
"""The byte a handed connection's descriptor travels with."""
STOP_SECONDS = 30.0
"""How long server processes get to finish their requests when the server stops."""
ACCEPT_POLL_SECONDS = 0.5
READY_WAIT_SECONDS = 120.0
"""How long connections wait for every server process to be ready before those ready take them."""
"""How often the accepting thread looks whether the server is stopping."""
PR_SET_PDEATHSIG = 1


@dataclass
class Slot:
    """One server process, its end of the channel, and how many connections it was handed."""

    index: int
    process: BaseProcess
    channel: socket.socket
    handed: int = 0
    ready: bool = False


class Balancer:
    """The parent process: accepts on `listener`, keeps `count` server processes, deals connections.

    `options` are uvicorn.Config's keyword arguments for each server process (the app as an
    import string with `factory=True`, so that each process builds its own app).
    """

    def __init__(self, listener: socket.socket, count: int, options: dict[str, Any]) -> None:
        self.listener = listener
        self.options = options
        self.context = multiprocessing.get_context("spawn")
        self.closed = self.context.RawArray("q", count)  # per slot: connections its process closed
        self.slots: list[Slot] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.turn = 0
        self.signal_received: int | None = None
        self.failed = False
        self.all_ready = threading.Event()
        """Set once every first server process serves: only then are connections accepted (they wait
        in the listen backlog meanwhile), so that the first ones are not all given to the first
        process ready, to stay there as long as they are kept alive."""

    # --- The parent's life -------------------------------------------------------------------

    def run(self) -> int | None:
        """Serve until a signal (its number is returned) or a server process that cannot start
        (KgError, once every other one has stopped)."""
        previous = {
            number: signal.signal(number, self._stop_on) for number in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            with self.lock:
                self.slots = [self._start(index) for index in range(len(self.closed))]
            host, port = self.listener.getsockname()[:2]
            log.info(
                "balancing connections on http://%s:%d over %d server processes (parent process [%d])",
                f"[{host}]" if ":" in host else host,
                port,
                len(self.slots),
                os.getpid(),
            )
            dealer = threading.Thread(target=self._deal, name="kg-serve-balancer", daemon=True)
            dealer.start()
            while not self.stopping.wait(0.05 if not self.all_ready.is_set() else 0.2):
                self._watch()
            dealer.join(timeout=2 * ACCEPT_POLL_SECONDS)
        finally:
            self.stopping.set()
            self._stop_all()
            for number, handler in previous.items():
                signal.signal(number, handler)
        if self.failed:
            raise KgError("a server process could not start (its error is above): the server stopped")
        return self.signal_received

    def _stop_on(self, signum: int, frame: object) -> None:
        self.signal_received = signum
        self.stopping.set()

    def _start(self, index: int) -> Slot:
        """A new server process in slot `index`, with a fresh channel and counts."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.closed[index] = 0
        process = self.context.Process(
            target=serve_handed,
            args=(index, theirs, self.closed, self.options),
            name=f"kg-serve-{index}",
        )
        process.start()
        theirs.close()
        ours.setblocking(False)
        return Slot(index, process, ours)

    def _watch(self) -> None:
        """Note processes that became ready; replace those that died (or stop, if one never was)."""
        with self.lock:
            for position, slot in enumerate(self.slots):
                if not slot.ready:
                    slot.ready = _said_ready(slot.channel)
                    if all(s.ready for s in self.slots):
                        self.all_ready.set()
                if slot.process.is_alive() or self.stopping.is_set():
                    continue  # alive, or stopping anyway (Ctrl-C reaches every process of the group)
                slot.process.join()
                code = slot.process.exitcode
                slot.channel.close()
                if not slot.ready or code == STARTUP_FAILURE:
                    log.error(
                        "server process %s could not start (exit status %s): stopping", slot.process.pid, code
                    )
                    self.failed = True
                    self.stopping.set()
                    return
                log.warning(
                    "server process %s died (exit status %s): starting another", slot.process.pid, code
                )
                self.slots[position] = self._start(slot.index)

    def _stop_all(self) -> None:
        """SIGTERM to every server process (a graceful shutdown), SIGKILL to those still there later."""
        with self.lock:
            slots = list(self.slots)
        for slot in slots:
            if slot.process.is_alive() and slot.process.pid is not None:
                os.kill(slot.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for slot in slots:
            slot.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.channel.close()

    # --- Dealing connections -----------------------------------------------------------------

    def _deal(self) -> None:
        """Accept connections and hand each over, until the server stops."""
        self.listener.settimeout(ACCEPT_POLL_SECONDS)
        waiting_until = time.monotonic() + READY_WAIT_SECONDS
        while not self.all_ready.wait(ACCEPT_POLL_SECONDS):
            if self.stopping.is_set():
                return
            if time.monotonic() > waiting_until:
                wait = READY_WAIT_SECONDS
                log.warning("server processes not all ready after %.0f s: those ready serve", wait)
                break
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError as error:  # EMFILE, ENFILE, ECONNABORTED: the next accept may do
                if self.stopping.is_set():
                    return
                log.warning("accept() failed: %s", error)
                time.sleep(0.05)
                continue
            with connection:  # our copy goes; the server process keeps its own
                self._hand(connection)

    def _hand(self, connection: socket.socket) -> None:
        """Give `connection` to the live process with the fewest open connections."""
        with self.lock:
            for slot in self._by_load():
                try:
                    socket.send_fds(slot.channel, [HANDED], [connection.fileno()])
                except (BlockingIOError, OSError):
                    continue  # its channel is full or gone (the process died): the next one
                slot.handed += 1
                return
        log.warning("no server process could take a connection: it is closed")

    def _by_load(self) -> list[Slot]:
        """Live slots, those ready first (a replacement may still be starting), then fewest open
        connections first; among equals, in turn from the last one used."""
        live = [slot for slot in self.slots if slot.process.is_alive()]
        count = len(self.slots) or 1
        self.turn = (self.turn + 1) % count
        return sorted(
            live, key=lambda s: (not s.ready, self.open_connections(s), (s.index - self.turn) % count)
        )

    def open_connections(self, slot: Slot) -> int:
        return slot.handed - self.closed[slot.index]

    def balance(self) -> dict[int, int]:
        """Open connections per server process id (for the log and tests)."""
        with self.lock:
            return {slot.process.pid or 0: self.open_connections(slot) for slot in self.slots}


def _said_ready(channel: socket.socket) -> bool:
    try:
        return channel.recv(16) == READY
    except (BlockingIOError, OSError):
        return False


# --- A server process --------------------------------------------------------------------------


def serve_handed(index: int, channel: socket.socket, closed: Any, options: dict[str, Any]) -> None:
    """The body of a server process: uvicorn serving the connections that arrive on `channel`."""
    _die_with_parent()
    server = HandedServer(uvicorn.Config(**options), channel, closed, index)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn raises the SIGINT it shut down for again
        server.run()


def _die_with_parent() -> None:
    """SIGTERM when the balancer dies (SIGKILL included), so that no server process is left orphaned."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # else the channel's end of file stops it
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class HandedServer(uvicorn.Server):
    """uvicorn's server, taking its connections from the balancer instead of a listening socket."""

    def __init__(self, config: uvicorn.Config, channel: socket.socket, closed: Any, index: int) -> None:
        super().__init__(config)
        self.channel = channel
        self.closed = closed
        self.index = index
        self.connections_from: Callable[[], asyncio.Protocol] | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await self.lifespan.startup()
        if self.lifespan.should_exit:
            sys.exit(STARTUP_FAILURE)
        loop = asyncio.get_running_loop()
        config = self.config
        counted = counting(config.http_protocol_class, self.closed, self.index)

        def create_protocol() -> asyncio.Protocol:
            return counted(
                config=config, server_state=self.server_state, app_state=self.lifespan.state, _loop=loop
            )

        self.servers = []
        self.channel.setblocking(False)
        loop.add_reader(self.channel.fileno(), self._take, loop, create_protocol)
        self.started = True
        self.channel.send(READY)

    def _take(self, loop: asyncio.AbstractEventLoop, create_protocol: Callable[[], asyncio.Protocol]) -> None:
        """Serve the connections the balancer sent; stop when it is gone."""
        while True:
            try:
                message, descriptors, _, _ = socket.recv_fds(self.channel, 16, 16)
            except BlockingIOError:
                return
            except OSError:
                message, descriptors = b"", []
            if not message and not descriptors:  # end of file: the balancer stopped
                loop.remove_reader(self.channel.fileno())
                self.should_exit = True
                return
            for descriptor in descriptors:
                loop.create_task(self._connect(loop, socket.socket(fileno=descriptor), create_protocol))

    async def _connect(
        self, loop: asyncio.AbstractEventLoop, connection: socket.socket, create_protocol: Callable[[], Any]
    ) -> None:
        try:
            connection.setblocking(False)
            await loop.connect_accepted_socket(create_protocol, connection)
        except OSError:  # the client left before we started: nothing was made, count it closed
            connection.close()
            self.closed[self.index] += 1

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        loop = asyncio.get_running_loop()
        loop.remove_reader(self.channel.fileno())
        await super().shutdown(sockets)


def counting(base: type, closed: Any, index: int) -> type:
    """`base` (the HTTP protocol) counting its closed connections in `closed[index]`."""

    class Counted(base):
        def connection_lost(self, exc: Exception | None) -> None:
            try:
                super().connection_lost(exc)
            finally:
                closed[index] += 1

    return Counted


def listen(host: str, port: int, backlog: int) -> socket.socket:
    """The listening socket the balancer accepts on (IPv6 when `host` is an IPv6 address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
        listener.listen(backlog)
    except OSError:
        listener.close()
        raise
    return listener
