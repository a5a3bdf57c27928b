"""A plural generic head names no one thing (session 29, E, at B's request).

"Working Party 5D thanks the External Organizations (EOs) for their input": the "Full Name (ACR)" reading
took "External Organizations" for a defined term, a specification or topic of the statement. A plural head
that names a kind of party (Organizations, Bodies, Members, Companies, ...) is none; a plural of things
("Non-Terrestrial Networks (NTN)") stays a subject. Bodies, people and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

GENERIC = ["External Organizations (EOs)", "Partner Bodies (PBs)", "Member Companies (MCs)"]


def statement(name: str, generic: str) -> str:
    lead = (
        f"The Harbour Metrology Council (HMC) thanks the {generic} for their comments on Non-Terrestrial "
        "Networks (NTN) and asks them to review the Tide Gauge Profile."
    )
    if name.endswith(".html"):
        return f"<html><body><h1>Liaison statement from HMC</h1><p>{lead}</p></body></html>"
    head = "# Liaison statement from HMC" if name.endswith(".md") else "LIAISON STATEMENT FROM HMC"
    return f"{head}\n\n{lead}\n"


@pytest.mark.parametrize(("name", "generic"), list(zip(["ls.md", "ls.html", "ls.txt"], GENERIC, strict=True)))
def test_a_plural_generic_head_is_no_subject(tmp_path: Path, name: str, generic: str) -> None:
    record = extracted(tmp_path, statement(name, generic), name)
    names = {e.label for e, _ in record.specifications}
    assert generic.split(" (")[0] not in names, names
    assert "Non-Terrestrial Networks" in names, names


def test_an_acronym_before_its_plural_name_is_no_subject(tmp_path: Path) -> None:
    text = "LIAISON STATEMENT FROM HMC\n\nHMC thanks the POs (Participating Organizations) for their input.\n"
    names = {e.label for e, _ in extracted(tmp_path, text, "ls.txt").specifications}
    assert "Participating Organizations" not in names, names
