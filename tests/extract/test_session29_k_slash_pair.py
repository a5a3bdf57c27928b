"""Two bodies' acronyms joined by a slash in a title are two bodies (issue 12 point 9, session 29, round 2,
engineer K, at engineer C's request; C's real probe: an IETF and IEEE 802 coordination list titled with
the two acronyms, its items naming IEEE 802's groups by their numbers alone, /work/s29/real-c).

"IETF/IEEE802" named one organization: "IEEE802" (the acronym glued to its committee's number) was no name,
and "IEEE 802" in a text citing "IEEE 802.1AX" is read as a standard, so the list was refused as about one
body. A slash inside one body's name ("ISO/IEC JTC 1") or between a standard's developers stays as it was.
The bodies are real, the items and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.errors import InputError

ITEMS = (
    "1. Pseudowire tags and 802.1Q\n\nThe IETF PALS group asked whether the new tag needs its own "
    "Ethertype. Owner: Mira Olsen-Tal. Status: open.\n\n2. Link aggregation and 802.1AX\n\nDrafts on "
    "aggregation failures were noted; 802.1 participants will comment. Owner: Per Quist-Ade. "
    "Status: closed.\n"
)
TITLES = [
    "Open Items for IETF/IEEE802 Coordination",
    "IETF / IEEE802.1 coordination items",
    "W3C/IETF coordination items",
]


def written(layout: str, title: str) -> tuple[str, str]:
    if layout == "md":
        return f"# {title}\n\n{ITEMS}", "a.md"
    return f"{title}\n\n{ITEMS}", "a.txt"


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("title", TITLES)
def test_a_slash_between_two_bodies_acronyms_names_both(tmp_path: Path, layout: str, title: str) -> None:
    text, name = written(layout, title)
    record = extracted(tmp_path, text, name)
    acronyms = {(party[0] if isinstance(party, tuple) else party).acronym for party in record.parties}
    assert {"IETF"} < acronyms and acronyms & {"IEEE", "W3C"}


def test_a_slash_inside_one_bodys_name_is_one_body(tmp_path: Path) -> None:
    text = "ISO/IEC JTC 1 coordination items\n\n" + ITEMS.replace("IETF PALS group", "SC 6 secretariat")
    with pytest.raises(InputError):
        extracted(tmp_path, text, "a.txt")
