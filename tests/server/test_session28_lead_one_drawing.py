"""Timelines drawn for a visitor (dated with as_of, or narrowed to a register or body) are drawn one at
a time in a server process (kg.server.context.State.drawing).

Why: each is drawn anew (a visitor's keys are never cached), about 1.5 CPU-s; 24 requests for distinct
days from 8 clients ran 24 drawings at once in the server's threads, and cheap requests went from 6 to
15 ms at the median, 417 ms at most (the fifteenth outside attack, session 28). The test counts the
drawings running at once while several are asked together: every picture is still answered.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import kg.agenda.timeline as timeline
from kg.server.app import create_app
from kg.server.context import ServerConfig


class Counting:
    """draw_timeline, counting the calls that run at the same time."""

    def __init__(self, real: Any) -> None:
        self.real, self.running, self.most, self.calls = real, 0, 0, 0
        self.lock = threading.Lock()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            self.running += 1
            self.calls += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.2)  # long enough for the other requests to arrive meanwhile
            return self.real(*args, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


def ask_together(app: Any, paths: list[str]) -> list[httpx.Response]:
    async def call() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return list(await asyncio.gather(*(client.get(path) for path in paths)))

    return asyncio.run(call())


def test_dated_timelines_are_drawn_one_at_a_time(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counting = Counting(timeline.draw_timeline)
    monkeypatch.setattr(timeline, "draw_timeline", counting)
    app = create_app(ServerConfig(store=seed_store))
    days = [f"2026-0{month}-01" for month in range(1, 6)]
    answers = ask_together(app, [f"/timeline.png?as_of={day}" for day in days])
    assert [answer.status_code for answer in answers] == [200] * len(days)
    assert all(answer.content.startswith(b"\x89PNG") for answer in answers)
    assert counting.calls == len(days)
    assert counting.most == 1


def test_the_whole_timeline_is_drawn_once_for_all(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The undated, whole-store picture is computed once per data generation and shared."""
    counting = Counting(timeline.draw_timeline)
    monkeypatch.setattr(timeline, "draw_timeline", counting)
    app = create_app(ServerConfig(store=seed_store))
    answers = ask_together(app, ["/timeline.svg"] * 4)
    assert [answer.status_code for answer in answers] == [200] * 4
    assert counting.calls == 1
