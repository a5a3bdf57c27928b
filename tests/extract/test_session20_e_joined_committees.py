"""A joint technical committee of two bodies written with a hyphen between their acronyms is one body, as
with a slash (issue 12, point 9, session 20): European and national standards bodies write their joint
committees "AB-CD JTC 21" as often as "AB/CD JTC 21". Only the slash was read, so the hyphenated pair was
typed as a specification, its committee given to the other party, and slides naming it with one other
body were refused as naming one organization. The bodies, the committee and its numbers are invented; the
expected facts were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

LAYOUTS = {
    "slides": (
        "Joint HMC / NOSB-EOSB Workshop on Buoy Data\n\n"
        "Presented by: Ana Pereira (HMC) and Lars Dahl (NOSB-EOSB JTC 17)\n\n"
        "Why we meet\n"
        "\u2022 The Harbour Metrology Council (HMC) hosts the workshop\n"
        "\u2022 Harmonised buoy standards are drafted in NOSB-EOSB JTC 17\n"
        "\u2022 HMC and JTC 17 agree a shared glossary - target Q3 2027\n"
    ),
    "prose": (
        "# HMC and NOSB-EOSB JTC 17: liaison notes\n\n"
        "The Harbour Metrology Council (HMC) and NOSB-EOSB JTC 17 met on 3 March 2027 and agreed to "
        "collaborate on a shared glossary of buoy data terms.\n"
    ),
    "table": (
        "# HMC / NOSB-EOSB JTC 17 collaboration\n\n"
        "| Body | Contact |\n|---|---|\n| Harbour Metrology Council (HMC) | Ana Pereira |\n"
        "| NOSB-EOSB JTC 17 | Lars Dahl |\n\nThe two bodies collaborate on a shared glossary.\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_hyphenated_joint_committee_is_one_body(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, LAYOUTS[layout], "notes.md")
    names = [{folded(n) for n in (entity.label, *entity.names)} for entity, _ in record.parties]
    assert any("nosb-eosb jtc 17" in found for found in names), (layout, names)
    specifications = {folded(entity.label) for entity, _ in record.specifications}
    assert "nosb-eosb" not in specifications, (layout, specifications)
