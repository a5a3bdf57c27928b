"""kg.store.waiting keeps its worker threads between calls: starting a thread for each call cost about 0.3 ms
a query once every Python API query from the main thread waited this way (EmbeddedStore.execute). A worker
whose call was given up on is never handed another, and a child made by fork does not hand calls to its
parent's workers, whose threads it does not have (it would wait for ever)."""

from __future__ import annotations

import os
import threading
import time

import pytest

from kg.store.waiting import Worker, interruptible


def test_consecutive_calls_share_one_worker() -> None:
    first = interruptible(threading.get_ident)
    second = interruptible(threading.get_ident)
    assert first == second != threading.get_ident()


def test_a_worker_given_up_on_is_not_handed_another_call() -> None:
    stuck = threading.Event()
    with pytest.raises(TimeoutError):
        interruptible(lambda: stuck.wait(5), seconds=0.3)
    answered = interruptible(threading.get_ident)  # before a new worker: it waited behind the stuck call
    stuck.set()
    assert answered != threading.get_ident()


def test_a_forked_child_makes_its_own_worker() -> None:
    interruptible(threading.get_ident)  # a worker rests in this process
    assert Worker.IDLE
    pid = os.fork()
    if pid == 0:  # the child: no thread of the parent's runs here
        try:
            os._exit(42 if interruptible(lambda: 42) == 42 else 1)
        finally:
            os._exit(1)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 42
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the child waited for a worker thread it does not have")
