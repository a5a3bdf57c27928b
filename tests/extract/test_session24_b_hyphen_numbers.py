"""A specification whose name holds a number joined to a capital by a hyphen (issue 12 point 9, session 24,
engineer B): "the EMV 3-D Secure specification" names "EMV 3-D Secure", never a specification "D Secure"
cut after the hyphen; a name never starts inside a word.

The bodies are invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist); EMV 3-D
Secure is a real specification's name, a fact; the expected names were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = """Harbour Metrology Council - Liaison with the Open Buoy Consortium
=================================================================

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) exchange draft specifications.
The HMC Payments Working Group follows {sentence}, and the OBC Telemetry Task Force follows the HMC
Tide Record Format.
"""
SENTENCES = {
    "specification": ("the EMV 3-D Secure specification", "EMV 3-D Secure"),
    "protocol": ("the Buoy 2-D Mapping protocol", "Buoy 2-D Mapping"),
}


def specification_labels(tmp_path: Path, text: str) -> set[str]:
    record = extracted(tmp_path, text, "page.txt")
    return {entity.label for entity, _ in record.specifications}


@pytest.mark.parametrize("sentence", sorted(SENTENCES))
def test_a_hyphen_after_a_number_holds_the_name_together(tmp_path: Path, sentence: str) -> None:
    written, name = SENTENCES[sentence]
    labels = specification_labels(tmp_path, PAGE.format(sentence=written))
    assert name in labels, labels
    assert not any(label.startswith("D ") for label in labels), labels
