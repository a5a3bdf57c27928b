"""One paragraph naming each side's contact, each in a sentence of its own ("The liaison contact of ETSI TC LI
towards SA3-LI is A (a@x). The SA3-LI contact towards ETSI TC LI is B (b@y)."): each person is of the body
their own sentence gives, the one a contact is "towards" being the counterpart (session 35, engineer H;
kg.extract.contacts.first_party reads the person's sentence, COUNTERPART_BEFORE knows "contact towards").
Bodies real, people and addresses invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

RECORD = """{h}Report of the joint session of 3GPP SA3-LI and ETSI TC LI

The joint session of 3GPP SA3-LI and ETSI TC LI was held in Tallinn on 10 March 2027.

{h2}Liaison contacts

{first} {second}
"""

PAIRS = [
    (
        "The liaison contact of ETSI TC LI towards SA3-LI is Ana Lindqvist (ana.lindqvist@li.example).",
        "The SA3-LI contact towards ETSI TC LI is Bo Ekholm (bo.ekholm@sa3.example).",
    ),
    (
        "The ETSI TC LI contact towards 3GPP SA3-LI is Ana Lindqvist (ana.lindqvist@li.example).",
        "The SA3-LI liaison contact to ETSI is Bo Ekholm (bo.ekholm@sa3.example).",
    ),
    (
        "The contact of ETSI TC LI is Ana Lindqvist (ana.lindqvist@li.example).",
        "Our contact with ETSI TC LI remains Bo Ekholm (bo.ekholm@sa3.example).",
    ),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
@pytest.mark.parametrize("name", ["report.txt", "report.md"])
def test_each_contact_is_of_the_body_of_their_own_sentence(
    tmp_path: Path, first: str, second: str, name: str
) -> None:
    marks = ("# ", "## ") if name.endswith(".md") else ("", "")
    text = RECORD.format(h=marks[0], h2=marks[1], first=first, second=second)
    people = contact_orgs(extracted(tmp_path, text, name))
    assert people.get("ana lindqvist") == "etsi"
    assert people.get("bo ekholm") == "3gpp"
