"""A contact written with an acronym alone after the name that names no body the reference data knows
("Contact for this report: Mrs Annelie Vos, CCMC (annelie.vos@cencenelec.example)", a CEN/BT report's last
line): that acronym is the person's own body, so no party of the document is guessed for them. Before, the
part's heading or the first party gave them ETSI (session 34, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """CEN/BT - ETSI Board joint session - Summary report

Date: 14 April 2027

1 COOPERATION WITH ETSI

The ETSI Board and the CEN/BT agreed the revised annex on joint working groups.

{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "Contact for this report: Mrs Annelie Vos, CCMC (annelie.vos@cencenelec.example)",
        "Contact: Dr Pavel Hruby, UNMZ (pavel.hruby@unmz.example)",
    ],
)
def test_an_unknown_acronym_is_no_party(tmp_path: Path, line: str) -> None:
    record = extracted(tmp_path, TEXT.format(line=line), "report.txt")
    found = {(c.person, c.organization.label if c.organization else None) for c in record.contacts}
    assert found and all(org is None for _, org in found), found
