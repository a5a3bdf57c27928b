"""Layout invariance of the PARTIES a page lists grouped by kind (issue 12, point 9, session 28, tuner A).

A working group's contribution on its "liaison relationships with external organizations" (and a body's
page of partners) groups the bodies by kind, a kind a line: "Partnership projects: 3GPP, oneM2M", "Regional
SDOs - ETSI, ARIB and TTA", "Industry fora: Wi-Fi Alliance". Only the first body of each line was kept (an
item's reading takes the body it opens with). Every body of such lines is a partner. The consortium, its
groups and wording are invented; the listed bodies are real; each layout is written as a Markdown list,
plain-text lines and an HTML list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = (
    "The Buoy Working Group of the Kelp Data Association (KDA) needs coordination with bodies outside the "
    "KDA whose radios share the bands its buoys use; liaison avoids duplicated work on coexistence metrics."
)
FIELDS = [("Project", "KDA Buoy Working Group"), ("Date", "2027-03-09"), ("Source", "Ada Lindqvist, KDA")]
AFTER = "The working group is asked to adopt this list at its May 2027 session."
GROUPS = [
    [("Partnership projects", "3GPP, oneM2M"), ("Regional SDOs", "ETSI, ARIB and TTA"), ("Internet", "IETF")],
    [("Standards bodies", "ETSI & IETF"), ("Industry fora", "Wi-Fi Alliance, Bluetooth SIG")],
]
EXPECTED = [
    {"3GPP", "oneM2M", "ETSI", "ARIB", "TTA", "IETF"},
    {"ETSI", "IETF", "Wi-Fi Alliance", "Bluetooth SIG"},
]
TITLE = "Liaison relationships with external organizations"


def document(layout: str, lines: list[tuple[str, str]], separator: str = ":") -> tuple[str, str]:
    written = [f"{label}{separator} {bodies}" for label, bodies in lines]
    if layout == "md":
        fields = "\n".join(f"| **{k}** | {v} |" for k, v in FIELDS)
        items = "\n".join(f"- {line}" for line in written)
        return (
            f"# {TITLE}\n\n| | |\n|---|---|\n{fields}\n\n## Scope\n\n{LEAD}\n\n"
            f"## Candidates for liaison\n\nSome of the likely candidates are:\n\n{items}\n\n"
            f"## Next steps\n\n{AFTER}\n",
            "a.md",
        )
    if layout == "html":
        fields = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in FIELDS)
        items = "".join(f"<li>{line}</li>" for line in written)
        return (
            f"<html><body><h1>{TITLE}</h1><table>{fields}</table><h2>Scope</h2><p>{LEAD}</p>"
            f"<h2>Candidates for liaison</h2><p>Some of the likely candidates are:</p><ul>{items}</ul>"
            f"<h2>Next steps</h2><p>{AFTER}</p></body></html>\n",
            "a.html",
        )
    fields = "\n".join(f"{k} / {v}" for k, v in FIELDS)
    body = "\n".join(written)
    return (
        f"{TITLE}\n\n{fields}\n\nScope\n\n{LEAD}\n\nCandidates for liaison\n\n"
        f"Some of the likely candidates are:\n{body}\n\nNext steps\n\n{AFTER}\n",
        "a.txt",
    )


def acronyms(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {p.acronym or p.label for p, _ in record.parties}


@pytest.mark.parametrize("group", [0, 1])
@pytest.mark.parametrize("separator", [":", " -"])
@pytest.mark.parametrize("layout", ["md", "txt", "html"])
def test_each_body_of_a_line_listing_bodies_by_kind_is_a_partner(
    tmp_path: Path, layout: str, separator: str, group: int
) -> None:
    text, name = document(layout, GROUPS[group], separator)
    found = acronyms(tmp_path, text, name)
    assert EXPECTED[group] <= found, found
