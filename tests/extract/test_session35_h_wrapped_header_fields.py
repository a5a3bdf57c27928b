"""A meeting's header fields cut at the right colon (session 35, engineer H; kg.extract.headers):
- a day's field hard-wrapped before its month in plain text ("Date: Thursday, 3" over "December Place:
  Bergen", or over "December 2026" alone): the month (and year) end the day, the next label is the field's;
  the same paragraph soft-wrapped in Markdown is one line and reads the same (wrapped_month);
- a place ending in a proper name before a role's or a place's one-word label ("Venue: ETSI, Sophia
  Antipolis Chair: Ana Lind"): the name ends the value, the role labels (ROLE_HEAD), unless a word qualifies
  the role ("Vice Chair:", "Meeting venue:").
Bodies real, places and people invented or generic; plain text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.headers import header_fields
from kg.model.source_text import SourceText


def fields(text: str) -> list[tuple[str, str]]:
    document = SourceText(Path("minutes.txt"), "text/plain", "", text, range(len(text) + 1))
    return [(f.name, f.value) for f in header_fields(document)]


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        (["Date: Thursday, 3", "December Place: Bergen"], "Thursday, 3 December"),
        (["Date: Tue 17", "March 2026 Location: Geneva"], "Tue 17 March 2026"),
        (["Meeting date: 21", "Sep Venue: Kista"], "21 Sep"),
    ],
)
@pytest.mark.parametrize("joint", ["\n", " "])  # hard-wrapped in text; one line as Markdown's reader gives it
def test_a_wrapped_day_keeps_its_month(lines: list[str], day: str, joint: str) -> None:
    text = f"ETSI ISG MEC and OGC joint meeting\n\n{joint.join(lines)}\n\nMinutes\n"
    found = fields(text)
    assert found[0][1] == day
    assert found[1][0] in ("place", "location", "venue")


def test_a_wrapped_day_with_its_month_alone_on_the_next_line() -> None:
    assert fields("Joint call\n\nDate: Monday, 14\nDecember 2026\n\nAgenda\n")[0] == (
        "date",
        "Monday, 14 December 2026",
    )


def test_a_day_field_over_another_field_stays_apart() -> None:
    """Guard: "Version: 3" over "Date: 4 May 2027" is two fields, the next line opening with no month."""
    found = fields("Joint call\n\nVersion: 3\nDate: 4 May 2027\n")
    assert found == [("version", "3"), ("date", "4 May 2027")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Venue: ETSI, Sophia Antipolis Chair: Ana Lind",
            [("venue", "ETSI, Sophia Antipolis"), ("chair", "Ana Lind")],
        ),
        (
            "Place: ITU, Geneva Secretary: Bo Ek Chair: Ada Berg",
            [("place", "ITU, Geneva"), ("secretary", "Bo Ek"), ("chair", "Ada Berg")],
        ),
        (
            "Host: IEC Central Office, Geneva Rapporteur: Cy Dahl",
            [("host", "IEC Central Office, Geneva"), ("rapporteur", "Cy Dahl")],
        ),
        ("Venue: Bergen Vice Chair: Ana Lind", [("venue", "Bergen"), ("vice chair", "Ana Lind")]),
        ("Date: 3 May 2027 Meeting Venue: Geneva", [("date", "3 May 2027"), ("meeting venue", "Geneva")]),
    ],
)
def test_a_role_label_after_a_proper_name(line: str, expected: list[tuple[str, str]]) -> None:
    assert fields(f"{line}\n") == expected
