"""Names shaped as specifications' that name none (issue 12 point 9, session 23, engineer B, dev's topics):

- a licence and its version ("published under CC BY 4.0", "Creative Commons Attribution 4.0");
- a United States postal address's state and postcode, whatever follows it ("Washington, DC 20201;",
  "New York, NY 10036 U.S.A.");
- a document's, a form's or an item's number with a leading zero ("Register JWR-07", "Form LR-01",
  "ballot SMC-014"), written twice;
- two bodies joined by a hyphen as one ("CEN-CENELEC");
- a conference named after its field ("TideCon", "KubeCon") and a surname in Mc ("Fintan McGillivray");
- a page's markup components ("<TabItem value=...>", "<PartnerLogo src=... />");
- a document's part by its number ("Amendment 1", "Part 1").

A specification of the same shapes stays one ("BuoyML 2.0", "TLP-2", "CSI-2"). The bodies, names and
sentences are invented; the expected names were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "HMC / OBC Joint Work Register\n\nOrganizations: Harbour Metrology Council (HMC), "
    "Open Buoy Consortium (OBC)\n\nThe parties align BuoyML 2.0 and the TLP-2 profile with the tide record "
    "format; TLP-2 conformance is tested by both.\n\n"
)
SENTENCES = {
    "a licence": (
        "Joint documents are published under CC BY 4.0 unless the parties agree otherwise.\n\n"
        "License: text in this repository is licensed under Creative Commons Attribution 4.0.\n",
        {"cc by 4.0", "cc by", "creative commons attribution 4.0", "creative commons attribution"},
    ),
    "an address": (
        "Write to HMC, 330 Harbour Street SW, Washington, DC 20201; telephone (202) 555-0100.\n\n"
        "OBC, 25 Example Street, New York, NY 10036 U.S.A.\n",
        {"dc 20201", "ny 10036"},
    ),
    "numbers with a leading zero": (
        "This is Register JWR-07 (it replaces version 2.0 of JWR-07). See also Form LR-01; LR-01 rev. 3.\n\n"
        "Re: Draft ballot SMC-014. The ballot SMC-014 closes next week.\n",
        {"jwr-07", "lr-01", "smc-014"},
    ),
    "a page's markup components": (
        'import TabItem from \'@theme/TabItem\';\n\n<PartnerLogo src="/img/obc.svg" alt="OBC" />\n\n'
        '<TabItem value="hmc" label="HMC">\n\nHMC maintains the station archive.\n\n</TabItem>\n'
        '<TabItem value="obc" label="OBC">\n\nOBC maintains the buoy profiles.\n\n</TabItem>\n\n'
        '<PartnerLogo src="/img/hmc.svg" alt="HMC" />\n',
        {"tabitem", "partnerlogo"},
    ),
    "a document's part by its number": (
        "Title: Liaison statement on HMC Tide Trust Part 1 Amendment 1 and BuoyML 2.0\n\n"
        "At its 11th meeting, HMC continued the work on Amendment 1 and on BuoyML 2.0.\n",
        {"amendment 1", "draft amendment 1", "part 1"},
    ),
    "a conference and a surname": (
        "Attendees: Fintan McGillivray (HMC), Ada Lind (OBC). McGillivray will present at TideCon; a joint "
        "session is planned at each TideCon and at KubeCon.\n",
        {"tidecon", "kubecon", "mcgillivray"},
    ),
}


def specification_names(record: AllianceRecord) -> set[str]:
    return {folded(n) for s, _ in record.specifications for n in (s.label, *s.names)}


@pytest.mark.parametrize("layout", sorted(SENTENCES))
def test_names_of_other_things_are_no_specifications(tmp_path: Path, layout: str) -> None:
    text, wrong = SENTENCES[layout]
    names = specification_names(extracted(tmp_path, HEAD + text, "register.txt"))
    assert not names & wrong, (layout, names & wrong)
    assert {"buoyml 2.0", "tlp-2"} <= names, (layout, names)


def test_two_bodies_joined_by_a_hyphen_are_no_specification(tmp_path: Path) -> None:
    text = (
        "CEN-CENELEC / ARSO Work Register - Amendment 1\n\nParties: the European Committee for "
        "Standardization (CEN), the European Committee for Electrotechnical Standardization (CENELEC) and "
        "the African Organisation for Standardisation (ARSO).\n\nCEN-CENELEC and ARSO agree to align TLP-2; "
        "CEN-CENELEC will publish TLP-2 as a European Norm.\n"
    )
    names = specification_names(extracted(tmp_path, text, "amendment.txt"))
    assert "cen-cenelec" not in names, names
    assert "tlp-2" in names, names
