"""A work item's label opens with a capital (kg.extract.context.capitalise), but a name written with
capitals or digits inside its first word keeps its case: "glTF", "eMBB", "oneM2M", "iOS" are names."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_HEAD, extracted

from kg.extract.context import capitalise


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("draft profile", "Draft profile"),
        ("glTF test assets", "glTF test assets"),
        ("eMBB slice templates", "eMBB slice templates"),
        ("oneM2M release 6 mapping", "oneM2M release 6 mapping"),
        ("", ""),
    ],
)
def test_a_label_opens_with_a_capital_unless_its_first_word_is_a_name_written_so(
    text: str, label: str
) -> None:
    assert capitalise(text) == label


def test_a_work_item_named_after_a_mixed_case_format_keeps_its_case(tmp_path: Path) -> None:
    text = TIDE_REGISTER_HEAD + "Milestones\n\n1. glTF interoperability test assets - Q4 2027\n"
    labels = [m.label for m in extracted(tmp_path, text, "register.txt").milestones]
    assert labels == ["glTF interoperability test assets"]
