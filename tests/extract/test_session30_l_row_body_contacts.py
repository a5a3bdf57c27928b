"""A liaisons table's "Liaison contact" column names the person of the row's body (issue 12, point 9,
session 30, engineer L): a row whose Organization cell names a body nobody knew ("Access Board (US)", "Pacific
Tide Registry") gave its liaison contact the page writer's body, the fallback of a contact line naming no
body. The row's body is the contact's: read as a new organization. The page's own column ("W3C contact")
stays the writer's. Bodies of the rows and people are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support.work_items import extracted

ROWS = [
    ("Pacific Tide Registry", "Ilse Marchetti-Obi", "Tomas Reyna"),
    ("Access Board (US)", "Ilse Marchetti-Obi", "Dagny Fairweather"),
    ("Coastal Sensor Guild (CSG)", "Pavel Lindqvist", "Amaru Castellanos"),
]
OUTRO = "The European Telecommunications Standards Institute (ETSI) is a partner too."
INTRO = "W3C works with many organizations on the Web's standards; the liaisons below are reviewed each year."


def html(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{b}</td><td></td><td>Web of Things</td><td>{w}</td><td>{p}</td></tr>" for b, w, p in rows
    )
    return (
        "<html><head><title>Liaisons | W3C</title></head><body><h1>Liaisons</h1>"
        f"<p>{INTRO}</p><table><tr><th>Organization</th><th>MOU</th><th>Activities</th><th>W3C contact</th>"
        f"<th>Liaison contact</th></tr>{cells}</table>"
        f"<p>{OUTRO}</p></body></html>"
    )


def markdown(rows: list[tuple[str, str, str]]) -> str:
    lines = "".join(f"| {b} | Web of Things | {w} | {p} |\n" for b, w, p in rows)
    return (
        f"# W3C Liaisons\n\n{INTRO}\n\n| Partner | Activities | W3C contact | Liaison contact |\n"
        f"|---|---|---|---|\n{lines}\n{OUTRO}\n"
    )


@pytest.mark.parametrize(("name", "write"), [("liaisons.html", html), ("liaisons.md", markdown)])
def test_a_liaison_contact_is_of_the_row_s_body(
    tmp_path: Path, name: str, write: Callable[[list[tuple[str, str, str]]], str]
) -> None:
    record = extracted(tmp_path, write(ROWS), name)
    bodies = {c.person: (c.organization.label if c.organization else None) for c in record.contacts}
    for body, ours, theirs in ROWS:
        assert bodies.get(ours) == "World Wide Web Consortium", bodies
        expected = body.split(" (")[0]
        assert bodies.get(theirs) is not None and bodies[theirs].startswith(expected), bodies
