"""Contact lines of alliance pages and reports (session 31, C2): a liaison officer named by the direction of
the liaison ("EBU to TC 100: A"), a title that ends on an office run into the name ("Khronos liaison officer
A (a@x)"), and a body's long name before the colon ("At ASAM: A (a@x)" read as the body's line). Bodies
real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize("heading", ["Liaison officers", "Annex C - Who represents whom"])
@pytest.mark.parametrize(
    "line", ["EBU to TC 100: Matthias Quarsh", "EBU to the DVB Project: Matthias Quarsh"]
)
def test_a_liaison_named_by_its_direction(tmp_path: Path, heading: str, line: str) -> None:
    text = (
        "IEC TC 100 business plan\n\nTC 100 works with the European Broadcasting Union (EBU) and the DVB "
        f"Project (DVB) on multimedia systems.\n\n{heading}\n\n{line}\n\nThe committee reviews its "
        "liaisons every two years.\n"
    )
    record = extracted(tmp_path, text, "plan.txt")
    assert found(record).get("Matthias Quarsh") == "European Broadcasting Union", record.contacts


@pytest.mark.parametrize(
    "line",
    [
        "Liaison contacts: Khronos liaison officer Rosa Achter-Nwosu (liaisons@khronos.example).",
        "Contact: Khronos Liaison Manager Rosa Achter-Nwosu, liaisons@khronos.example",
    ],
)
def test_a_title_run_into_the_name(tmp_path: Path, line: str) -> None:
    text = (
        "# Khronos annual report\n\nKhronos works with the World Wide Web Consortium (W3C) on WebXR and "
        f"glTF.\n\n{line}\n"
    )
    record = extracted(tmp_path, text, "report.md")
    assert found(record).get("Rosa Achter-Nwosu") == "The Khronos Group", record.contacts


def test_a_long_body_name_before_the_person(tmp_path: Path) -> None:
    text = (
        "<html><body><h1>ASAM and AUTOSAR cooperation: questions and answers</h1><p>The Association for "
        "Standardization of Automation and Measuring Systems (ASAM) and AUTOSAR align their simulation and "
        "software standards.</p><details><summary>Whom do I contact?</summary><p>At ASAM: Ben Szyman-Oduro "
        "(ben.szyman@asam.example).<br>At AUTOSAR: Ilse Naka-Bright (ilse.naka@autosar.example).</p>"
        "</details></body></html>"
    )
    record = extracted(tmp_path, text, "faq.html")
    people = found(record)
    assert people.get("Ben Szyman-Oduro") == (
        "Association for Standardization of Automation and Measuring Systems"
    ), record.contacts
    assert people.get("Ilse Naka-Bright") == "AUTOSAR", record.contacts
