"""A numbered group's subject, a dash, then a bare head right after the group's number ("IEEE 802.18 Radio
Regulatory - Technical Advisory Group") is one unit of the body, named with its subject, and found where the
text writes it with the dash; before, the head alone ("Technical Advisory Group") was the unit. A body's name
before the dash ("OGC - Technical Committee") stays no subject (issue 12 point 9, session 33, engineer G;
session 32's report on IEEE 802.18's minutes). Groups and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def statement(layout: str, body: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Reply liaison to ITU-R\n\n{body}\n", "s.md"
    if layout == "html":
        return f"<html><body><h1>Reply liaison to ITU-R</h1><p>{body}</p></body></html>", "s.html"
    return f"Reply liaison to ITU-R\n\n{body}\n", "s.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("body", "unit"),
    [
        (
            "The IEEE 802.18 Radio Regulatory - Technical Advisory Group replied to ITU-R WP 5A.",
            "Radio Regulatory Technical Advisory Group",
        ),
        (
            "IEEE 802.19 Wireless Coexistence - Technical Advisory Group sends this liaison to ITU-R WP 5A.",
            "Wireless Coexistence Technical Advisory Group",
        ),
        (
            "The IEEE 802.24 Smart Grid \u2013 Technical Advisory Group thanks ITU-R WP 5A for its letter.",
            "Smart Grid Technical Advisory Group",
        ),
    ],
)
def test_a_dashed_subject_after_a_number_names_the_unit(
    tmp_path: Path, layout: str, body: str, unit: str
) -> None:
    record = extracted(tmp_path, *statement(layout, body))
    owners = {u.label: str(u.unit_of).rsplit("/", 1)[-1] for u, _ in record.units}
    assert owners.get(unit) == "ieee", owners
    assert "Technical Advisory Group" not in owners, owners


@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_body_before_the_dash_is_no_subject(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, *statement(layout, "The OGC - Technical Committee met with ITU-R WP 5A."))
    labels = [u.label for u, _ in record.units]
    assert not any(label.startswith("OGC ") and label != "OGC Technical Committee" for label in labels), (
        labels
    )
