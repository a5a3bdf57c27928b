"""A list of IEEE amendments that writes the prefix on its first only (issue 12 point 9, session 29, B).

IEEE 802 letters list amendments as "IEEE 802.3ch, 802.3cy and 802.3dh" or "IEEE 802.11d, 802.11h, and
802.11j": the items after the first are amendments of their own, cited by their number alone. Only the
first was read. Each next item of such a list is a specification, as written; a list's item that is not a
dotted amendment ("IEEE 802.3ch, 2026 edition") is none. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LISTS = [
    ("IEEE 802.3ch, 802.3cy and 802.3dh", ["802.3cy", "802.3dh"]),
    ("IEEE 802.11d, 802.11h, and 802.11j", ["802.11h", "802.11j"]),
    ("IEEE 802.1Qcc, 802.1Qdj or 802.15.4ab", ["802.1Qdj", "802.15.4ab"]),
]


def letter(name: str, listed: str) -> str:
    lead = (
        "The Harbour Metrology Council (HMC) welcomes a liaison with the Open Buoy Consortium (OBC). The "
        f"amendments {listed} are of interest to buoy telemetry."
    )
    if name.endswith(".html"):
        return f"<html><body><h1>Liaison letter from HMC to OBC</h1><p>{lead}</p></body></html>"
    head = "# Liaison letter from HMC to OBC" if name.endswith(".md") else "LIAISON LETTER FROM HMC TO OBC"
    return f"{head}\n\n{lead}\n"


@pytest.mark.parametrize(
    ("name", "listed"), list(zip(["letter.md", "letter.html", "letter.txt"], LISTS, strict=True))
)
def test_each_item_of_the_list(tmp_path: Path, name: str, listed: tuple[str, list[str]]) -> None:
    record = extracted(tmp_path, letter(name, listed[0]), name)
    names = {e.label for e, _ in record.specifications}
    assert set(listed[1]) <= names, names


def test_a_list_item_that_is_no_amendment(tmp_path: Path) -> None:
    record = extracted(
        tmp_path, letter("letter.txt", "IEEE 802.3ch, 2026 edition and 802.3 revisions"), "l.txt"
    )
    names = {e.label for e, _ in record.specifications}
    assert not {"2026", "802.3"} & names, names
