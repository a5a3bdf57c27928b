"""A letter's signature under the closings letters use besides "Yours sincerely" and "Kind regards" (issue 12
point 9, session 27, engineer B, s27b).

The family: a signature block (name, title, body, address, one a line) after a letter's closing line. The
closing's words widen: "Best wishes", "Thanks and regards", "Respectfully submitted", and the closings of the
corpus's other languages ("Mit freundlichen Grüßen", "Cordialement", "Atentamente", "Atenciosamente",
"Cordiali saluti", "Met vriendelijke groet", "Med vänliga hälsningar"). Plain text, HTML and Word.

Every body and person is invented; the expected contacts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from support.work_items import contact_bodies, extracted

from kg.model.records import AllianceRecord
from kg.pipeline.ingest import extract

OPENING = [
    "Harbour Metrology Council",
    "Dear colleagues of the Open Buoy Consortium (OBC),",
    "The Harbour Metrology Council (HMC) thanks the OBC for its liaison letter on tide data exchange and"
    " shares its draft profile, as agreed in the cooperation between the two bodies.",
]
SIGNATURE = ["Ana Lindqvist-Ahl", "Chair, Tide Group", "Harbour Metrology Council", "ana@hmc.example"]
CLOSINGS = [
    "Best wishes,",
    "Thanks and regards,",
    "Respectfully submitted,",
    "Mit freundlichen Grüßen",
    "Cordialement,",
    "Atentamente,",
    "Atenciosamente,",
    "Cordiali saluti,",
    "Met vriendelijke groet,",
    "Med vänliga hälsningar",
]


def letter(tmp_path: Path, name: str, closing: str) -> AllianceRecord:
    if name.endswith(".docx"):
        document = Document()
        for paragraph in [*OPENING, closing, *SIGNATURE]:
            document.add_paragraph(paragraph)
        path = tmp_path / name
        document.save(str(path))
        return extract(path).record
    if name.endswith(".html"):
        paragraphs = "".join(f"<p>{line}</p>" for line in OPENING[1:])
        text = (
            f"<html><body><h1>{OPENING[0]}</h1>{paragraphs}<p>{closing}</p>"
            f"<p>{'<br>'.join(SIGNATURE)}</p></body></html>"
        )
        return extracted(tmp_path, text, name)
    text = "\n\n".join([*OPENING, closing, "\n".join(SIGNATURE)]) + "\n"
    return extracted(tmp_path, text, name)


@pytest.mark.parametrize("name", ["letter.txt", "letter.html", "letter.docx"])
@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_signature_under_another_closing(tmp_path: Path, name: str, closing: str) -> None:
    assert contact_bodies(letter(tmp_path, name, closing)) == {"Ana Lindqvist-Ahl": "HMC"}
