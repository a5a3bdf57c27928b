"""PARTIES of real memoranda the reference data lacked (issue 12, points 4 and 9, session 29, tuner A; the
real ITU list of memoranda, the OASIS release on the e-business MoU and the memorandum of cooperation of
the US Department of Commerce and the ASEAN Secretariat, /work/s29/a-real.md).

"The MoU between ITU, IEC, ISO and UN/ECE" gave the party "UN" (the list split at its slashes, UNECE
unknown); "the ASEAN Secretariat, acting for and on behalf of the Member States of ASEAN" named no party.
The gazetteer now knows UNECE (also written UN/ECE) and ASEAN. The wording is invented; three layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import titled
from support.work_items import extracted


def parties(tmp_path: Path, layout: str, title: str, sentence: str) -> set[str]:
    text, name = titled(layout, title, [sentence])
    return {p.acronym or p.label for p, _ in extracted(tmp_path, text, name).parties}


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_slashed_acronym_in_a_list_of_parties(tmp_path: Path, layout: str) -> None:
    sentence = "24 March 2027: The MoU between ITU, IEC, ISO and UN/ECE underscores their work on e-business."
    found = parties(tmp_path, layout, "Memoranda of Understanding", sentence)
    assert {"ITU", "IEC", "ISO", "UNECE"} <= found
    assert "UN" not in found


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_body_named_by_its_secretariat(tmp_path: Path, layout: str) -> None:
    sentence = (
        "The European Telecommunications Standards Institute (ETSI) and the ASEAN Secretariat, acting "
        'for and on behalf of the Member States of ASEAN (hereinafter "the Participants"), have reached '
        "an understanding."
    )
    assert parties(tmp_path, layout, "Memorandum of Cooperation", sentence) == {"ETSI", "ASEAN"}
