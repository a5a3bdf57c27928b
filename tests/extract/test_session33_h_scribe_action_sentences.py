"""A scribe's sentence giving a person an action ("Ana Example agreed to circulate the model by 15 February
2027", "Ana Example took an action to ...", "Ana Example volunteered to ..."): the action is its work, without
the person and the verb that hands it over, as "Ana Example to circulate ..." is (session 33, H; probed on ten
invented variants of minutes' decisions and next steps). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

HEAD = (
    "{h}Minutes of the OGC / ISO TC 211 joint call, 12 January 2027\n\nAttendees: Ana Lindqvist (OGC), "
    "Bo Okafor (ISO/TC 211)\n\n{h2}Decisions and next steps\n\n"
)
ITEM = "circulate the harmonized model"


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
@pytest.mark.parametrize(
    "giving",
    ["agreed to", "took an action to", "volunteered to", "has the action to", "Bo Okafor agreed to"],
)
def test_the_action_without_its_giving(tmp_path: Path, name: str, giving: str) -> None:
    owner = "Ana Lindqvist and " if giving.startswith("Bo") else "Ana Lindqvist "
    line = f"{owner}{giving} {ITEM} by 15 February 2027.\n"
    md = name.endswith(".md")
    found = milestone_pairs(tmp_path, HEAD.format(h="# " if md else "", h2="## " if md else "") + line, name)
    assert {label.casefold() for label, target in found if target == "15 February 2027"} == {ITEM}, found
