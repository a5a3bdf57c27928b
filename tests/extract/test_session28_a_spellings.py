"""Layout invariance of PARTIES whose names a document spells the British or the American way (issue 12,
point 9, session 28, tuner A).

A cooperation agreements page of an international body wrote "The African Organisation for Standardization
("ARSO")": the reference data knows "African Organisation for Standardisation" and "African Organization for
Standardization", not the two spellings mixed; the name was not found and its first words made a party of
their own ("African Organisation"). "-isation" and "-ization" are one spelling of a name: a known body, or one
the document names once each way, is one party. The reference bodies are real; the invented body and the
wording are; each spelling is written as a Markdown list, HTML paragraphs and plain-text lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

SPELLINGS = [
    "International Organisation for Standardization",
    "International Organization for Standardisation",
    "International Organisation for Standardisation",
]


def document(layout: str, iso: str, nbos: str) -> tuple[str, str]:
    lines = [
        f'Cooperation Agreement between the {iso} ("ISO") and the Nordic Buoy Organization for '
        'Standardization ("NBOS")',
        "14 March 2027: the agreement covers buoy data formats.",
        f"MoU between the {nbos} and the Kelp Data Association (KDA)",
        "2 May 2027: the MoU covers shared test campaigns.",
    ]
    if layout == "md":
        items = "\n".join(f"- {line}" for line in lines)
        return f"# Cooperation agreements\n\n{items}\n", "a.md"
    if layout == "html":
        paragraphs = "".join(f"<p>{line}</p>" for line in lines)
        return f"<html><body><h1>Cooperation agreements</h1>{paragraphs}</body></html>\n", "a.html"
    return "Cooperation agreements\n\n" + "\n\n".join(lines) + "\n", "a.txt"


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("layout", ["md", "html", "txt"])
def test_a_name_spelt_the_other_way_is_the_same_party(tmp_path: Path, layout: str, spelling: str) -> None:
    nbos = "Nordic Buoy Organisation for Standardisation"
    text, name = document(layout, spelling, nbos)
    parties = {p.acronym or p.label for p, _ in extracted(tmp_path, text, name).parties}
    assert {"ISO", "NBOS", "KDA"} <= parties, parties
    assert not [p for p in parties if p.endswith(("Organisation", "Organization"))], parties
    assert len(parties) == 3, parties
