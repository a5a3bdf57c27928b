"""Layout invariance of an AsciiDoc document saved as text (issue 12, point 9, session 18, tag c): section
titles written "== Title", and tables between "|===" lines whose cells stand one a line or a row a line,
their number of columns given by a "[cols=...]" line or by the first row. A register written so (dev's
i1 writers did) lost its work items and its contacts. The facts were written before the rules ran on any
variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

HEAD = """= HMC / OBC Tide Data Work Register
:toc: left

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of their joint
work on tide data.

== Work items

"""
TAIL = """
== Contacts

* HMC: Marit Solberg, convenor of the Tide Gauge Working Group <m.solberg@hmc.example>
* OBC: Tomasz Wierzbicki, lead of the Telemetry Task Force <t.wierzbicki@obc.example>

== Approval

Approved by both bodies in June 2026.
"""
TABLES = {
    "cells-a-line-with-cols": """[cols="1,4,2",options="header"]
|===
|Ref |Work item |Target

|W-1
|Joint glossary of tide gauge terms
|Q3 2026

|W-2
|Shared conformance test suite
|TBD
|===
""",
    "cells-a-line-no-blank": """|===
|Ref |Work item |Target
|W-1
|Joint glossary of tide gauge terms
|Q3 2026
|W-2
|Shared conformance test suite
|TBD
|===
""",
    "row-a-line": """[options="header"]
|===
| Ref | Work item | Target
| W-1 | Joint glossary of tide gauge terms | Q3 2026
| W-2 | Shared conformance test suite | TBD
|===
""",
}
ITEMS = {("Joint glossary of tide gauge terms", "Q3 2026"), ("Shared conformance test suite", "TBD")}


@pytest.mark.parametrize("variant", sorted(TABLES))
def test_an_asciidoc_register_s_items_and_contacts(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, HEAD + TABLES[variant] + TAIL, "register.txt")
    assert {(m.label, m.target.text if m.target else None) for m in record.milestones} == ITEMS
    assert contact_orgs(record) == {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}
