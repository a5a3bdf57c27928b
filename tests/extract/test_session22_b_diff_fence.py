"""Layout invariance of an addendum written as a PULL REQUEST whose changed file is shown as a fenced unified
diff (issue 12, point 9, session 22, engineer B), as code hosts print a merged request in Markdown:

- the register after the change is what the addendum states: an added line ("+| 4 | ... |") and an unchanged
  one (" | 3 | ... |") are the register's, without their mark; a removed line ("-| 1 | ... | Q3 2026 |") is
  no longer there; the fence and the hunk header ("@@ -24,14 +24,17 @@ ...") are no text.

Every body and person is invented; the expected (item, target) pairs were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted, folded

PULL_REQUEST = """\
# Addendum 2 to the HMC / OBC joint work register #41

**Merged** · `liaison-bot` merged 1 commit into `main` from `addendum-2` on Oct 21, 2026

---

**ada-hmc** commented on Oct 14, 2026

This PR is **Addendum 2** to the joint work register between the **Harbour Metrology Council (HMC)** and the
**Open Buoy Consortium (OBC)**.

Summary of changes:

- the glossary item moves to Q1 2027;
- a new item on buoy clock drift is added;
- OBC's liaison changes (Jonas Feldkirch takes over from Rui Okafor).

---

**Files changed** \u2014 `REGISTER.md`

{fence}
@@ -24,14 +24,17 @@ The organizations act through these groups:
 | # | Work item | Lead | Target | Status |
 |---|-----------|------|--------|--------|
-| 1 | Joint glossary of tide gauge terms | Tide Gauge WG | Q3 2026 | drafting |
+| 1 | Joint glossary of tide gauge terms | Tide Gauge WG | Q1 2027 | drafting |
 | 2 | Shared test files for the buoy telemetry profile | both | ongoing | ongoing |
+| 3 | Test specification for buoy clock drift | Telemetry TF | H2 2027 | new |
{blank}
 ## Liaisons
{blank}
 - HMC: Ada Lindqvist, Tide Gauge WG chair <ada.lindqvist@hmc.example>
-- OBC: Rui Okafor <rui.okafor@obc.example>
+- OBC: Jonas Feldkirch, Telemetry TF <jonas.feldkirch@obc.example>
{closing}
"""

ITEMS = {
    ("joint glossary of tide gauge terms", "Q1 2027"),
    ("shared test files for the buoy telemetry profile", "ongoing"),
    ("test specification for buoy clock drift", "H2 2027"),
}


@pytest.mark.parametrize(
    ("fence", "closing"), [("```diff", "```"), ("~~~ diff", "~~~"), ("````patch", "````")]
)
def test_a_fenced_diff_reads_as_the_text_after_its_change(tmp_path: Path, fence: str, closing: str) -> None:
    record = extracted(
        tmp_path, PULL_REQUEST.format(fence=fence, closing=closing, blank=" "), "tide-addendum-pr.md"
    )
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}
    assert ("joint glossary of tide gauge terms", "Q3 2026") not in pairs
    people = contact_orgs(record)
    assert "jonas feldkirch" in people
    assert "rui okafor" not in people
