"""A slide's pursued work items beside a labelled period (issue 12 point 9, session 29, engineer C, s29c).

Family: an alliance's status slides list the register items pursued, one a bullet: an item that is a label
with its period in brackets ("Review / Comment (1Q2007)") over its sub-items (the documents reviewed), then
items beside it at the same depth with their own state in brackets ("... (current work in progress)").
The sub-items share the labelled item's period; the items beside it do not: each keeps its own state.
Real layout: a DMTF-OGF alliance partnership slide deck (probed outside the repository,
/work/s29/c-real.md). Bodies are invented; the pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

HEAD = (
    "HMC-OBC Alliance Partnership\n18 July 2027\n"
    "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC): observations\n\n"
)
ITEMS = [
    (0, "Review / Comment (1Q2027)"),
    (1, "TGP 0225: URI Format for Published Tide Schemas"),
    (1, "TGP 0230: Buoy Telemetry Mapping Specification"),
    (0, "Extrapolate from the buoy telemetry work a general container model (current work in progress)"),
    (0, "Identify the base set of tide resources that applications consume (work in progress)"),
]
TAIL = "Observations: General\n\n- The partner registers name contacts from both the HMC and the OBC.\n"

TEXT = HEAD + "Work Register Items Pursued\n" + "".join(f"{'  ' * d}- {t}\n" for d, t in ITEMS) + "\n" + TAIL
MARKDOWN = (
    "# "
    + HEAD.replace("\n", "\n\n", 2)
    + "## Work Register Items Pursued\n\n"
    + "".join(f"{'  ' * d}- {t}\n" for d, t in ITEMS)
    + "\n## "
    + TAIL
)
HTML = (
    "<html><body><h1>HMC-OBC Alliance Partnership</h1><p>18 July 2027</p>"
    "<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC): observations</p>"
    "<h2>Work Register Items Pursued</h2><ul>"
    f"<li>{ITEMS[0][1]}<ul><li>{ITEMS[1][1]}</li><li>{ITEMS[2][1]}</li></ul></li>"
    f"<li>{ITEMS[3][1]}</li><li>{ITEMS[4][1]}</li></ul>"
    "<h2>Observations: General</h2><ul><li>The partner registers name contacts from both the HMC and the"
    " OBC.</li></ul></body></html>\n"
)


@pytest.mark.parametrize(("name", "text"), [("s.txt", TEXT), ("s.md", MARKDOWN), ("s.html", HTML)])
def test_an_item_beside_a_labelled_period_keeps_its_own_state(tmp_path: Path, name: str, text: str) -> None:
    pairs = dict(written_milestone_pairs(tmp_path, text, name))
    assert pairs.get("extrapolate from the buoy telemetry work a general container model") == (
        "current work in progress"
    ), pairs
    assert pairs.get("identify the base set of tide resources that applications consume") == (
        "work in progress"
    ), pairs
    assert not any(target and "1Q2027" in target for item, target in pairs.items() if "extrapolate" in item)
