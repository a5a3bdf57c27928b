"""Attack round 17 (session 30, engineer R): `kg calendar --name` holding a line break.

`kg calendar --name $'Ours\\r\\nX-WR-CALNAME:theirs'` ended in the icalendar library's AssertionError
traceback ("Content line can not contain unescaped new line characters"), exit 1: the display name was
written as an X- property's raw text. It is now TEXT, escaped as RFC 5545 3.3.11 says (kg.agenda.calendar).
"""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli.main import main
from kg.store.embedded import write_store


@pytest.mark.parametrize("name", ["Ours\r\nX-WR-CALNAME:theirs", "two\nlines", "a;b,c\\d"])
def test_a_calendar_name_of_any_text_is_one_escaped_line(
    name: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    graph = Graph(identifier=URIRef("http://example.org/g"))
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({graph.identifier: graph}, tmp_path / "store")
    main(["calendar", "--store", str(store), "--name", name])
    written = capsysbinary.readouterr().out
    lines = [line for line in written.split(b"\r\n") if line.startswith(b"X-WR-CALNAME")]
    assert len(lines) == 1, written
    calendar = icalendar.Calendar.from_ical(written)
    assert calendar.get("x-wr-calname") is not None
