"""Layout invariance of a LIST OF A BODY'S AGREEMENTS (session 20, tuner K): a page of the memoranda one
body has signed, one agreement a line ("MoU between the Harbour Metrology Council and the Open Buoy
Consortium, signed ..."), names each agreement's partners on its own line. The records hold one list of
parties; it is every body the agreements name, never the first two (the first agreement's) alone.

The same four agreements as Markdown list items, as plain lines, as paragraphs and as an HTML list; the
bodies are invented, the parties written before the rules ran."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

AGREEMENTS = [
    "Memorandum of Understanding between the Harbour Metrology Council (HMC) and the Open Buoy Consortium "
    "(OBC), signed 12 March 2024, on shared tide gauge terms.",
    "MoU between the Harbour Metrology Council (HMC) and the Coastal Radar Alliance (CRA), signed "
    "3 June 2022, on radar wave data.",
    "MoU between HMC and the Tidal Energy Forum (TEF), signed 19 January 2021, on tidal stream measurement.",
    "Memorandum of Understanding between HMC and the Estuary Data Foundation (EDF), signed 8 May 2019.",
]
PARTIES = {"hmc", "obc", "cra", "tef", "edf"}
TITLE = "Memoranda of Understanding of the Harbour Metrology Council"
INTRO = "The Council has signed the memoranda below with other standards bodies, the latest first."

VARIANTS = {
    "markdown-items": (
        "page.md",
        f"# {TITLE}\n\n{INTRO}\n\n" + "".join(f"- {line}\n" for line in AGREEMENTS),
    ),
    "plain-lines": ("page.txt", f"{TITLE}\n\n{INTRO}\n\n" + "".join(f"{line}\n" for line in AGREEMENTS)),
    "paragraphs": ("page.txt", f"{TITLE}\n\n{INTRO}\n\n" + "".join(f"{line}\n\n" for line in AGREEMENTS)),
    "html-list": (
        "page.html",
        f"<html><body><h1>{TITLE}</h1><p>{INTRO}</p><ul>"
        + "".join(f"<li>{line}</li>" for line in AGREEMENTS)
        + "</ul></body></html>",
    ),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_list_of_agreements_has_every_partner_as_party(tmp_path: Path, variant: str) -> None:
    name, text = VARIANTS[variant]
    record = extracted(tmp_path, text, name)
    assert {folded(entity.acronym or entity.label) for entity, _ in record.parties} == PARTIES
