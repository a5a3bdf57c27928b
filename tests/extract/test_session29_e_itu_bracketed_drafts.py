"""An ITU draft cited by its working name in brackets, and the sector named only in the standards a
statement cites (issue 12 point 9, session 29, E, at B's request; B wrote the draft cases).

An ITU-R working party's liaison statement is about "the preliminary draft new Report ITU-R
M.[IMT.SENSING]"; ITU-T writes "draft Recommendation ITU-T Y.[ADT-req]" and the working name may hold a
blank ("ITU-R M.[IP CHAR]"). Until it has a number, the bracketed name is the draft's only name, and it
was lost (the number pattern wanted digits or a lower-case name).

Read as a specification, the draft's name swallowed its sector's: the longest mention won, and a statement
naming "ITU-R" only there lost the sector as a party. A body's name opening a draft's working name (in
brackets or in lower case, "ITU-T Y.ml-tide") still mentions the body (names.with_citing_bodies); a
published standard's ("ISO 8601") does not, as anyone cites those. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

DRAFTS = ["ITU-R M.[BUOY.TELEMETRY]", "ITU-T Y.[tide-req]", "ITU-R M.[IP CHAR]"]
SECTORS = {"ITU-R": "ITU Radiocommunication Sector", "ITU-T": "ITU Telecommunication Standardization Sector"}


def statement(name: str, draft: str) -> str:
    lead = (
        f"Working Party 5D thanks the Open Buoy Consortium (OBC) for its input to the preliminary "
        f"draft new Report {draft} and sends OBC the working document for information."
    )
    if name.endswith(".html"):
        return f"<html><body><h1>Liaison statement to OBC</h1><p>{lead}</p></body></html>"
    head = "# Liaison statement to OBC" if name.endswith(".md") else "LIAISON STATEMENT TO OBC"
    return f"{head}\n\n{lead}\n"


@pytest.mark.parametrize(("name", "draft"), list(zip(["ls.md", "ls.html", "ls.txt"], DRAFTS, strict=True)))
def test_the_bracketed_draft_is_a_specification(tmp_path: Path, name: str, draft: str) -> None:
    record = extracted(tmp_path, statement(name, draft), name)
    names = {e.label for e, _ in record.specifications}
    assert draft in names, names
    parties = {p.label for p, *_ in record.parties}
    assert SECTORS[draft.split()[0]] in parties, parties  # the sector still named, inside the draft's name


@pytest.mark.parametrize(("name", "cited"), [("ls.txt", "ITU-T Y.ml-tide"), ("ls.md", "ITU-R F.ip-buoy")])
def test_a_sector_named_only_in_a_lower_case_working_name_is_a_party(
    tmp_path: Path, name: str, cited: str
) -> None:
    record = extracted(tmp_path, statement(name, cited), name)
    parties = {p.label for p, *_ in record.parties}
    assert SECTORS[cited.split()[0]] in parties, parties


def test_a_bracketed_note_after_a_number_is_no_draft(tmp_path: Path) -> None:
    """A Recommendation's number with a note in brackets after a blank keeps the number alone."""
    text = statement("ls.txt", "ITU-R M.2160 [see Annex 2]")
    names = {e.label for e, _ in extracted(tmp_path, text, "ls.txt").specifications}
    assert "ITU-R M.2160" in names, names
    assert not any("[" in n for n in names), names
