"""A committee or board named only as approving the text ("approved by the HMC Steering Committee on ...
and by the CDA Standards Committee", an "Approval" field) oversees the work and takes no part in it: no
unit of the alliance. A working group named so still does the work, and a committee named elsewhere still
takes part (session 31 round 3, engineer U; dev: governance committees of four registers and bulletins
were extra units).

Bodies and wording invented; a register in plain text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PLAIN = """HMC - CDA Joint Work Register

The Harbour Metrology Council (HMC) and the Coastal Data Alliance (CDA) keep this register of their work
on tide gauge data. The HMC Tide Gauge Working Group leads the work. {sentence}

Work items
 1. Publish a joint profile of gauge data, due May 2027.
"""
MARKDOWN = """# HMC - CDA Joint Work Register

The Harbour Metrology Council (HMC) and the Coastal Data Alliance (CDA) keep this register of their work
on tide gauge data. The HMC Tide Gauge Working Group leads the work. {sentence}

## Work items

1. Publish a joint profile of gauge data, due May 2027.
"""
HTML = """<html><head><title>HMC - CDA Joint Work Register</title></head><body>
<h1>HMC - CDA Joint Work Register</h1>
<p>The Harbour Metrology Council (HMC) and the Coastal Data Alliance (CDA) keep this register of their work
on tide gauge data. The HMC Tide Gauge Working Group leads the work. {sentence}</p>
<h2>Work items</h2><p>Publish a joint profile of gauge data, due May 2027.</p>
</body></html>
"""
LAYOUTS = [(PLAIN, "register.txt"), (MARKDOWN, "register.md"), (HTML, "register.html")]


def unit_labels(tmp_path: Path, template: str, name: str, sentence: str) -> set[str]:
    record = extracted(tmp_path, template.format(sentence=sentence), name)
    return {unit.label for unit, _ in record.units}


@pytest.mark.parametrize(("template", "name"), LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "committee"),
    [
        (
            "It was approved by the HMC Steering Committee on 3 March 2026 and by the CDA Standards"
            " Committee on 2026-03-09.",
            "Standards Committee",
        ),
        ("Revision 2 was approved by the HMC Steering Committee on 2026-03-03.", "Steering Committee"),
        ("This revision was endorsed by the CDA Executive Committee.", "Executive Committee"),
    ],
)
def test_an_approving_committee_takes_no_part(
    tmp_path: Path, template: str, name: str, sentence: str, committee: str
) -> None:
    labels = unit_labels(tmp_path, template, name, sentence)
    assert "Tide Gauge Working Group" in labels
    assert not any(label.endswith(committee) for label in labels), labels


@pytest.mark.parametrize(("template", "name"), LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # a working group approving does the work
        ("It was approved by the CDA Buoy Data Working Group on 2026-03-09.", "Buoy Data Working Group"),
        # a committee named as doing the work takes part
        ("The CDA Data Quality Committee reviews each item.", "Data Quality Committee"),
    ],
)
def test_other_units_take_part(tmp_path: Path, template: str, name: str, sentence: str, unit: str) -> None:
    labels = unit_labels(tmp_path, template, name, sentence)
    assert any(label.endswith(unit) for label in labels), labels
