"""Layout invariance of a specification written after its body's name (issue 12, point 9, session 16):
"OBC TideGrid" and "Kelp K-PHY" are the specifications "TideGrid" and "K-PHY" of the Open Buoy
Consortium (OBC) and of the Kelp Alliance, named as the document names them first, with the bare name
kept as another name; the body is written by its acronym or by the first word of its name. In prose, a
Markdown list and a table. The expected facts were written before the rules ran; the bodies and the
specifications are invented.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

HEAD = (
    "# OBC / Kelp Alliance Memorandum of Understanding\n\n"
    "This memorandum is between the Open Buoy Consortium (OBC) and the Kelp Alliance.\n\n## Scope\n\n"
)
LAYOUTS = {
    "prose": (
        "The parties will align OBC TideGrid with the Kelp K-PHY link layer. Buoys that carry TideGrid "
        "records over K-PHY links are tested at a joint plugfest.\n"
    ),
    "list": (
        "- OBC TideGrid: the buoy record format\n- Kelp K-PHY: the long-reach link layer\n"
        "- carrying TideGrid records over K-PHY links\n"
    ),
    "table": (
        "| Item | Specification | Target |\n|---|---|---|\n"
        "| 1 | OBC TideGrid | Q3 2026 |\n| 2 | Kelp K-PHY | Q4 2026 |\n| 3 | TideGrid over K-PHY | 2027 |\n"
    ),
}


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def specification_names(record: AllianceRecord) -> set[str]:
    final = {e.iri: e for e in record.new_entities}
    return {
        folded(n)
        for spec, _ in record.specifications
        for n in (final.get(spec.iri, spec).label, *final.get(spec.iri, spec).names)
    }


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_specification_keeps_its_bodys_name_in_front(tmp_path: Path, layout: str) -> None:
    specs = specification_names(extracted(tmp_path, HEAD + LAYOUTS[layout], "mou.md"))
    assert {"obc tidegrid", "kelp k-phy"} <= specs, specs
    assert {"tidegrid", "k-phy"} <= specs, specs
