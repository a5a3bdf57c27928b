"""Layout invariance of a letter agreement's JOINT WORK written as a clause that leads in to lettered items
(issue 12, point 9, session 22, engineer B), as letter agreements and memoranda write their undertakings:

- "3. Joint work. The associations will:" over "(a) publish X, by 30 September 2026;", "(b) define Y, by
  Q1 2027; and", "(c) brief Z, on an ongoing basis.": each lettered item under the lead-in is a work item
  with the target its tail gives ("on an ongoing basis" runs on: "ongoing");
- the list ends with the items under the lead-in: the agreement's next clause ("4. Term. ... The
  associations will review it in February 2028.") is no work item.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

LETTER = """\
HARBOUR METROLOGY COUNCIL
Office of the Secretary General | hmc.example

Open Buoy Consortium
Attn.: Ms Ada Lindqvist, Head of Partnerships

Bergen, 3 February 2026

Letter agreement on tide data exchange

Dear Ms Lindqvist,

This letter sets out how the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)
will work together. If you agree, please countersign and return a copy.

1. Purpose. The two associations will cooperate so that tide records move between harbour gauges
   and offshore buoys without conversion.

2. Groups. The work will be done by HMC's Tide Gauge Working Group and the OBC Telemetry Task Force.

3. Joint work. {lead_in}
   (a) publish a joint guide on tide gauge datum offsets for harbour authorities on both
       coasts, by 30 September 2026;
   (b) define a common test plan for buoy clock drift between operators, by Q1 2027; and
   (c) brief each other's members at their main events, on an ongoing basis.

4. Term. This letter agreement takes effect on the date of the countersignature and runs for
   two years. The associations will review it in February 2028.

Yours sincerely,
Tomasz Wierzbicki, Secretary General, HMC
"""

ITEMS = {
    (
        "publish a joint guide on tide gauge datum offsets for harbour authorities on both coasts",
        "30 September 2026",
    ),
    ("define a common test plan for buoy clock drift between operators", "Q1 2027"),
    ("brief each other's members at their main events", "ongoing"),
}


@pytest.mark.parametrize(
    "lead_in", ["The associations will:", "The associations agree to:", "HMC and OBC undertake to:"]
)
def test_the_lettered_items_a_clause_leads_in_to_are_work_items(tmp_path: Path, lead_in: str) -> None:
    record = extracted(tmp_path, LETTER.format(lead_in=lead_in), "tide-letter-agreement.txt")
    pairs = {
        (folded(max([m.label, *m.texts], key=len)), m.target.text if m.target else None)
        for m in record.milestones
    }
    assert pairs >= {(folded(item), target) for item, target in ITEMS}
    assert not any(folded(m.label).startswith("term") for m in record.milestones)
