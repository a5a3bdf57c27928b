"""A heading naming a kind of signature is about that technology, not the signing of the document
(session 32, H's request): "Discussion of HTTP Message Signatures" in minutes opened an approval section,
and its dates were read as signing dates. "Signatures" as a section of its own (alone, numbered, joined
to another part, a signature page) still opens one."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_layout, section_kind


@pytest.mark.parametrize(
    "heading",
    [
        "Signatures",
        "SIGNATURES",
        "## 6. Signatures",
        "VIII. SIGNATURES",
        "5 Signatures",
        "Signature",
        "Signatures of the Parties",
        "Approval and Signatures",
        "Terms & Signatures",
        "Signature page",
        "Signatories",
    ],
)
def test_a_signing_section_is_an_approval_section(heading: str) -> None:
    assert section_kind(heading) == "approval"


@pytest.mark.parametrize(
    "heading",
    [
        "Discussion of HTTP Message Signatures",
        "XML Signature Interop results",
        "Report on Digital Signatures:",
        "3. Update on JSON Web Signature profiles",
        "Code signing signatures for firmware",
    ],
)
def test_a_heading_naming_a_kind_of_signature_is_no_approval_section(heading: str) -> None:
    assert section_kind(heading) != "approval"


def test_minutes_discussing_signatures_have_no_approval_section(tmp_path: Path) -> None:
    text = (
        "Minutes of the joint coordination call\n\n"
        "## Attendees\n\nAda Example (W3C), Ben Example (IETF)\n\n"
        "## Discussion of HTTP Message Signatures\n\n"
        "The draft was published on 3 March 2027 and last call ends on 1 May 2027.\n\n"
        "## Signatures\n\nFor W3C: Ada Example, 4 March 2027\n"
    )
    path = tmp_path / "minutes.md"
    path.write_text(text, encoding="utf-8")
    layout = read_layout(read_document(path))
    kinds = [(section.kind, section.heading.text if section.heading else None) for section in layout.sections]
    assert ("approval", "Signatures") in kinds
    assert all(kind != "approval" for kind, heading in kinds if heading and "HTTP" in heading)
