"""A section headed the way web pages head their contacts ("Get in touch", "Who to ask", "Enquiries")
is a contacts section, whatever the format (kg.extract.structure.SECTION_KINDS "contacts").

Why: a real GSMA-style project page put its two points of contact under "Who to ask"; the lexicon knew
"Contacts", "Points of contact" and "Liaison officers" only, and the people were never read as
contacts (engineer B's probe of real pages, session 28).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.structure import section_kind
from kg.pipeline.ingest import extract

HEADINGS = ["Get in touch", "Who to ask", "Enquiries", "Inquiries", "Who to contact"]

PAGE_MD = """# Open Telemetry Consortium (OTC) and Grid Data Alliance (GDA) cooperation

The Open Telemetry Consortium and the Grid Data Alliance work together on the Telemetry Exchange Profile.

## {heading}

Mira Example, Open Telemetry Consortium, mira.example@otc.example
"""

PAGE_HTML = """<html><body><h1>Open Telemetry Consortium (OTC) and Grid Data Alliance (GDA) cooperation</h1>
<p>The Open Telemetry Consortium and the Grid Data Alliance work together on the Telemetry Exchange
Profile.</p>
<h2>{heading}</h2>
<p>Mira Example, Open Telemetry Consortium, mira.example@otc.example</p>
</body></html>
"""

PAGE_TXT = """Open Telemetry Consortium (OTC) and Grid Data Alliance (GDA) cooperation
========================================================================

The Open Telemetry Consortium and the Grid Data Alliance work together on the Telemetry Exchange Profile.

{heading}

Mira Example, Open Telemetry Consortium, mira.example@otc.example
"""


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_headings_name_a_contacts_section(heading: str) -> None:
    assert section_kind(heading) == "contacts"
    assert section_kind(heading.upper()) == "contacts"


@pytest.mark.parametrize(
    "words", ["Get in touch with the new profile", "Enquiries about membership fees rose"]
)
def test_a_sentence_using_the_words_is_no_heading_of_contacts(words: str) -> None:
    assert section_kind(words) != "contacts"


@pytest.mark.parametrize(
    "name, page", [("page.md", PAGE_MD), ("page.html", PAGE_HTML), ("page.txt", PAGE_TXT)]
)
def test_the_person_under_such_a_heading_is_a_contact(tmp_path: Path, name: str, page: str) -> None:
    path = tmp_path / name
    path.write_text(page.format(heading="Who to ask"), encoding="utf-8")
    people = {c.person for c in extract(path).record.contacts}
    assert "Mira Example" in people
