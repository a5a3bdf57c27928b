"""A numbered agenda item of minutes read as a section of a kind ("1.2 Approval of the agenda", "1.2 Approval
of the minutes of the previous meeting": an approval section) ends at the next heading of its level or above
("1.3 ...", "2 COOPERATION WITH ETSI", "## 2. Liaisons"), as any numbered section ends at the next number of
its own level: it had run to the end of the record, its dates read as approvals and its actions hidden
(session 34, H2). A deeper heading ("1.2.1") and a numbered list under a heading stay inside. Content
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_layout

TEXT = """ETSI TC ESI Meeting #91 - Draft Minutes

Date: 2027-05-06

1 OPENING OF THE MEETING

1.1 Welcome

The Chair welcomed the delegates.

1.2 {approval}

The {what} was approved without change.

{next_number} {next_title}

The secretariat to circulate the revised work programme by 15 September 2027.
"""

MARKDOWN = """# OGC Technical Committee - Minutes

Date: 2027-05-06

## 1. Opening

### 1.1 Welcome

The Chair welcomed the members.

### 1.2 {approval}

The {what} was approved without change.

## {next_number} {next_title}

The secretariat to circulate the revised work programme by 15 September 2027.
"""

APPROVALS = [
    ("Approval of the agenda", "agenda"),
    ("Approval of the minutes of the previous meeting", "minutes of meeting #90"),
    ("APPROVAL OF THE DRAFT AGENDA", "agenda"),
]


def sections(tmp_path: Path, name: str, text: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    layout = read_layout(read_document(path))
    return [(section.kind, [block.text for block in section.blocks]) for section in layout.sections]


def kind_holding(found: list[tuple[str, list[str]]], words: str) -> str:
    return next(kind for kind, texts in found if any(words in text for text in texts))


@pytest.mark.parametrize("approval,what", APPROVALS)
@pytest.mark.parametrize(
    "next_number,next_title", [("2", "COOPERATION WITH ETSI"), ("2", "Liaison with CEN/TC 224")]
)
def test_text_agenda_item_ends_at_a_heading_one_level_up(
    tmp_path: Path, approval: str, what: str, next_number: str, next_title: str
) -> None:
    text = TEXT.format(approval=approval, what=what, next_number=next_number, next_title=next_title)
    found = sections(tmp_path, "minutes.txt", text)
    assert kind_holding(found, "approved without change") == "approval"
    assert kind_holding(found, "revised work programme") != "approval"


@pytest.mark.parametrize("approval,what", APPROVALS[:2])
@pytest.mark.parametrize("next_number", ["2.", "2"])
def test_markdown_agenda_item_ends_at_a_heading_one_level_up(
    tmp_path: Path, approval: str, what: str, next_number: str
) -> None:
    text = MARKDOWN.format(approval=approval, what=what, next_number=next_number, next_title="Liaisons")
    found = sections(tmp_path, "minutes.md", text)
    assert kind_holding(found, "approved without change") == "approval"
    assert kind_holding(found, "revised work programme") != "approval"


def test_a_deeper_heading_stays_inside(tmp_path: Path) -> None:
    text = TEXT.format(
        approval="Approval of the agenda", what="agenda", next_number="1.2.1", next_title="Late Items"
    )
    found = sections(tmp_path, "minutes.txt", text)
    assert kind_holding(found, "revised work programme") == "approval"


def test_a_numbered_list_under_contacts_stays_inside(tmp_path: Path) -> None:
    text = """Liaison Statement

4.1 Contacts

1 Ana Example, OGC (ana@ogc.example)

2 Bo Ek, ETSI (bo@etsi.example)

3 Cy Lund, CEN (cy@cen.example)
"""
    found = sections(tmp_path, "statement.txt", text)
    assert kind_holding(found, "Cy Lund") == "contacts"
