"""A person who says, by a pronoun, that they hold the liaison role (session 31, C2): "A confirmed that she
remains the OPC Foundation's liaison contact", "A said he will stay the IDTA representative": the body before
the role is theirs. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

SUMMARY = (
    "# OPC Foundation / IDTA joint working group - meeting summary\n\n## Quick recap\n\nThe group compared "
    "the Asset Administration Shell metamodel 3.1 with the OPC UA mapping, due Q2 2026.\n\n## Next steps\n\n"
    "- Lena Abderhold will circulate the revised mapping.\n\n## Summary\n\n{sentence}\n\nParticipants: "
    "Lena Abderhold, Darek Wrobel-Heyn, Olaf Bruck\n"
)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Lena Abderhold confirmed that she remains the OPC Foundation's liaison contact.", "OPC Foundation"),
        (
            "Lena Abderhold said she is still the OPC Foundation representative for the group.",
            "OPC Foundation",
        ),
        (
            "Lena Abderhold noted that they will remain IDTA's liaison officer.",
            "Industrial Digital Twin Association",
        ),
    ],
)
def test_the_body_before_the_role_is_the_person_s(tmp_path: Path, sentence: str, body: str) -> None:
    record = extracted(tmp_path, SUMMARY.format(sentence=sentence), "summary.md")
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Lena Abderhold") == body, record.contacts
    assert "Olaf Bruck" not in found, record.contacts
