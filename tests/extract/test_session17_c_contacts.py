"""Layout invariance of contacts (issue 12, point 9, session 17, tag c), in the layouts real public documents
wrote them and the rules did not read: the role before the name ("OBC Executive Director, Dr. Tomasz
Wierzbicki"), the body in brackets and the role after ("Dr. Tomasz Wierzbicki (OBC), Lead of the Telemetry
Task Force") or the role "of" the body ("..., President and CEO of the Open Buoy Consortium") in the sentence
that sends readers to the person; a signature block whose lines a reader ran into one, parted by slashes,
bars or commas ("Name / Lead, Telemetry Task Force / Open Buoy Consortium"), and contact lines parted so.
The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

STATEMENT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC) Tide Gauge Working Group
To: Open Buoy Consortium (OBC) Telemetry Task Force
Purpose: For information
Date: 2 June 2025

The HMC Tide Gauge Working Group thanks the OBC Telemetry Task Force for its comments on the joint
glossary of tide gauge terms, and will publish the glossary in July 2025.

{ending}
"""

SENT_TO = [
    "For more information, please contact OBC Executive Director, Dr. Tomasz Wierzbicki.",
    "For more information, please contact Dr. Tomasz Wierzbicki (OBC), Lead of the Telemetry Task Force.",
    "For more information, please contact Tomasz Wierzbicki, President and CEO of the Open Buoy Consortium.",
    "Questions about the glossary should be addressed to the OBC Chair, Prof. Tomasz Wierzbicki.",
]


@pytest.mark.parametrize("sentence", SENT_TO)
def test_the_person_a_sentence_sends_readers_to_with_role_and_body(tmp_path: Path, sentence: str) -> None:
    record = extracted(tmp_path, STATEMENT.format(ending=sentence), "statement.txt")
    assert contact_orgs(record) == {"tomasz wierzbicki": "obc"}


REPLY = STATEMENT.replace(
    "From: Harbour Metrology Council (HMC) Tide Gauge Working Group", "From: OBC"
).replace(
    "To: Open Buoy Consortium (OBC) Telemetry Task Force", "To: Harbour Metrology Council (HMC)\nCc: OBC"
)
SIGNATURES = [
    "Sincerely,\n\nTomasz Wierzbicki / Lead, Telemetry Task Force / Open Buoy Consortium",
    "Best regards,\nTomasz Wierzbicki, Lead, Telemetry Task Force, Open Buoy Consortium (OBC)",
    "Yours faithfully,\n\nDr. Tomasz Wierzbicki | Lead, Telemetry Task Force | Open Buoy Consortium",
    "Sincerely,\n\nDr. Tomasz Wierzbicki\nLead, Telemetry Task Force\nOpen Buoy Consortium",
]


@pytest.mark.parametrize("signature", SIGNATURES)
def test_a_signature_whose_lines_were_run_into_one(tmp_path: Path, signature: str) -> None:
    text = REPLY.replace("OBC Telemetry Task Force for its comments", "HMC for its comments").replace(
        "The HMC Tide Gauge Working Group thanks",
        "The Open Buoy Consortium (OBC) Telemetry Task Force thanks",
    )
    record = extracted(tmp_path, text.format(ending=signature), "statement.txt")
    assert contact_orgs(record) == {"tomasz wierzbicki": "obc"}


CONTACT_LINES = {
    "slashes": "Marit Solberg / Chair, Tide Gauge Working Group / Harbour Metrology Council\n"
    "Tomasz Wierzbicki / Lead, Telemetry Task Force / Open Buoy Consortium",
    "bars": "Dr. Marit Solberg | Chair, Tide Gauge Working Group | HMC\n"
    "Tomasz Wierzbicki | Lead, Telemetry Task Force | OBC",
    "role-first": "HMC Chair, Dr. Marit Solberg\nOBC Executive Director, Tomasz Wierzbicki",
}


@pytest.mark.parametrize("variant", sorted(CONTACT_LINES))
def test_contact_lines_parted_by_slashes_bars_or_role_first(tmp_path: Path, variant: str) -> None:
    ending = "Contacts:\n" + CONTACT_LINES[variant]
    record = extracted(tmp_path, STATEMENT.format(ending=ending), "statement.txt")
    assert contact_orgs(record) == {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}


# --- a partner page's "Liaison" term over its holder -----------------------------------------------------

PAGE_HEAD = """# Harbour Metrology Council - Partner organizations

The Harbour Metrology Council (HMC) works with the Open Buoy Consortium (OBC) on tide gauge vocabularies.

## Open Buoy Consortium

"""
LIAISON_TERMS = {
    "definition-list.md": "Agreement\n: Memorandum of understanding, signed 2024-05-03\n\n"
    "Liaison\n: Tomasz Wierzbicki (OBC Telemetry Task Force lead)\n",
    "field.md": "Agreement: Memorandum of understanding, signed 2024-05-03\n\n"
    "Liaison: Tomasz Wierzbicki (OBC Telemetry Task Force lead)\n",
    "field-with-role.txt": "Agreement: Memorandum of understanding, signed 2024-05-03\n"
    "Liaison: Tomasz Wierzbicki, Lead, Telemetry Task Force, OBC\n",
}


@pytest.mark.parametrize("variant", sorted(LIAISON_TERMS))
def test_a_liaison_term_over_its_holder(tmp_path: Path, variant: str) -> None:
    text = PAGE_HEAD + LIAISON_TERMS[variant]
    record = extracted(tmp_path, text, "partners" + Path(variant).suffix)
    assert contact_orgs(record) == {"tomasz wierzbicki": "obc"}
