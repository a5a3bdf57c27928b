"""Layout invariance of work-item tables written in WIKI AND DOCUMENTATION MARKUP saved as text (issue 12,
point 9, session 22, engineer B):

- a DokuWiki table: its header cells opened by carets ("^ # ^ Work item ^ Target ^", "^ Next review |
  November 2026 |"), its rows between bars; the rows of a page read as hard-wrapped are never joined as a
  paragraph's wrapped lines (they were, into one line); a heading's closing "=====" is none of its title;
- a reStructuredText list table (Sphinx sources): ".. list-table::" and its options, each row opened by
  "* - ", each further cell by "- ", a cell's text maybe going on on a deeper line.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

ITEMS = {
    ("revise the tide record format to follow the buoy telemetry profile v2.3", "2026/09/30"),
    ("map the buoy clock drift model to the tide gauge datum notes", "Q4 2026"),
    ("joint conformance test cases for the tide record format", "2027/03/31"),
    ("align terminology with the harbour glossary", "continuous"),
}

DOKUWIKI = """\
====== Harbour Metrology Council / Open Buoy Consortium: Joint Work Register ======

//liaison:obc:register · Last modified: 2026/03/30 11:42 by alindqvist//

~~NOTOC~~

===== 1. Register data =====

^ Register no.     | HMC-OBC-WR-2 |
^ Version          | 2.0 |
^ Date initiated   | 2024/11/05 |
^ Next review      | November 2026 |
^ Approval         | HMC Technical Advisory Council, 2026/03/19; OBC Board of Directors, 2026/03/26 |

===== 2. Groups doing the work =====

  * Harbour Metrology Council: **Tide Gauge Working Group**
  * Open Buoy Consortium: **Telemetry Task Force**

Both groups meet jointly every second month. See [[liaison:obc:meetings|meeting notes]].

===== 3. Work items =====

{header}
| 1 | Revise the tide record format to follow the buoy telemetry profile v2.3 | HMC | 2026/09/30 | open |
| 2 | Map the buoy clock drift model to the tide gauge datum notes | OBC | Q4 2026 | open |
| 3 | Joint conformance test cases for the tide record format | HMC | 2027/03/31 | planned |
| 4 | Align terminology with the harbour glossary | both | continuous | running |

<WRAP center round info 80%>
Targets in this table are those agreed at the joint meeting of 2026/03/12.
</WRAP>

===== 4. Contacts =====

  * Harbour Metrology Council: Ada Lindqvist, Tide Gauge WG convenor ([[ada.lindqvist@hmc.example]])
  * Open Buoy Consortium: Tomasz Wierzbicki, Telemetry TF chair ([[tomasz.wierzbicki@obc.example]])
"""


@pytest.mark.parametrize(
    "header", ["^ # ^ Work item ^ Lead ^ Target ^ Status ^", "^ #  ^ Work item  ^ Lead ^ Target ^ Status  ^"]
)
def test_a_dokuwiki_table_gives_one_work_item_a_row(tmp_path: Path, header: str) -> None:
    record = extracted(tmp_path, DOKUWIKI.format(header=header), "tide-register-wiki.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}


RST = """\
.. _liaison_obc:

HMC and the Open Buoy Consortium
################################

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) coordinate the exchange of tide
records between harbour gauges and offshore buoys.

Planned work
************

.. list-table::
{options}
   * - Item
     - Target
     - Status
   * - Revise the tide record format to follow the buoy telemetry
       profile v2.3
     - 2026/09/30
     - In progress
   * - Map the buoy clock drift model to the tide gauge datum notes
     - Q4 2026
     - Planned
   * - Joint conformance test cases for the tide record format
     - 2027/03/31
     - Planned
   * - Align terminology with the harbour glossary
     - continuous
     - Running

Contacts
********

Ada Lindqvist, Tide Gauge WG convenor
"""


@pytest.mark.parametrize(
    "options", ["   :header-rows: 1\n   :widths: 60 20 20\n", "   :header-rows: 1\n", "   :widths: auto\n"]
)
def test_a_restructuredtext_list_table_gives_one_work_item_a_row(tmp_path: Path, options: str) -> None:
    record = extracted(tmp_path, RST.format(options=options + "\n"), "tide-liaison-sphinx.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}
