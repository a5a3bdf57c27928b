"""No network for the processes that evaluate visitors' SPARQL, enforced by the kernel.

Why: Oxigraph's engine fetches any `SERVICE` IRI and any `LOAD` source over HTTP. The
server's guard (kg.server.guard) refuses both keywords before a query reaches a worker,
but a guard is a reading of the query text, and any difference between its reading and
the engine's parser is a way past it. So the worker processes, which talk to the server
only through their stdin and stdout, leave the host's network altogether: at start, before
they open the store or start a thread, they move into a new, empty network namespace
(unshare(2) with CLONE_NEWNET, inside a new user namespace when the process lacks
CAP_SYS_ADMIN). In it no interface is up, not even loopback: every connect(2) fails with
ENETUNREACH, whatever a query asks for, and no later bug in our parsing can undo that.

`isolate()` does it and then proves it (a connect to 127.0.0.1 must fail with ENETUNREACH).
Where the kernel refuses (no namespaces in a container, user namespaces disabled), it raises
SandboxUnavailable; the server then refuses to start unless the operator said, with
`kg serve --no-sandbox`, that they accept the risk.
"""

from __future__ import annotations

import ctypes
import errno
import os
import socket
import subprocess
import sys

from kg.errors import KgError

CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
PROBE = ("127.0.0.1", 9)  # the discard port: any answer but "unreachable" means a network is there


class SandboxUnavailable(KgError):
    """The kernel would not give this process a network namespace of its own."""


def _unshare(flags: int) -> int:
    """unshare(2) through libc (os.unshare is Python 3.12+); 0 or the errno."""
    libc = ctypes.CDLL(None, use_errno=True)
    return 0 if libc.unshare(flags) == 0 else ctypes.get_errno()


def _network_is_gone() -> bool:
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        probe.settimeout(1.0)
        probe.connect(PROBE)
    except OSError as error:
        return error.errno == errno.ENETUNREACH
    finally:
        probe.close()
    return False


def isolate() -> str:
    """Leave the host's network for good; returns how ("network namespace" or "user and network
    namespaces"). Must run while the process has one thread (a user namespace requires it)."""
    failure = _unshare(CLONE_NEWNET)
    how = "network namespace"
    if failure:
        failure = _unshare(CLONE_NEWUSER | CLONE_NEWNET)
        how = "user and network namespaces"
    if failure:
        raise SandboxUnavailable(
            f"the kernel refused a network namespace for the query workers ({os.strerror(failure)}); "
            "run as root, enable unprivileged user namespaces (kernel.unprivileged_userns_clone=1), "
            "or start with --no-sandbox to accept that a query may reach the network"
        )
    if not _network_is_gone():
        raise SandboxUnavailable("a network namespace was made but 127.0.0.1 is still reachable")
    return how


def probe() -> str:
    """Whether a worker could isolate itself, asked of a child process (isolation is for good):
    how it would, or SandboxUnavailable with the kernel's reason. For `kg serve` at start."""
    child = subprocess.run(
        [sys.executable, "-c", "from kg.server.sandbox import isolate; print(isolate())"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if child.returncode != 0:
        reason = child.stderr.strip().splitlines()[-1:] or ["the probe process failed"]
        raise SandboxUnavailable(reason[0].removeprefix("kg.server.sandbox.SandboxUnavailable: "))
    return child.stdout.strip()
