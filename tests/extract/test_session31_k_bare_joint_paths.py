"""A joint committee's path written bare with a blank before its subcommittee ("JTC1 SC31/WG4", "JTC1
SC31") is the committee's unit, as "JTC1/SC31/WG4" was, and the path alone ("SC31/WG4") then finds it
(issue 12 point 9, session 31, engineer K; real statements of mutual benefits between a consortium and
"JTC1 SC22/WG20", open-std.org/jtc1/sc22/WG20; /work/s31/k-real.md). Before, "JTC1 SC31" became an
organization of its own and no unit was read.

Committees real, consortium and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Parcel Label Consortium (PLC) keeps a liaison with the committee named here."


def written(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Liaison between PLC and a JTC 1 group\n\n{LEAD}\n\n{sentence}\n", "a.md"
    if layout == "html":
        return (
            f"<html><body><h1>Liaison between PLC and a JTC 1 group</h1>"
            f"<p>{LEAD} {sentence}</p></body></html>",
            "a.html",
        )
    return f"Liaison between PLC and a JTC 1 group\n\n{LEAD}\n{sentence}\n", "a.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("This supports a type C liaison between JTC1 SC31/WG4 and the PLC.", "ISO/IEC JTC 1/SC 31/WG 4"),
        ("This supports a type A liaison between JTC1 SC17 and the PLC.", "ISO/IEC JTC 1/SC 17"),
        ("The PLC will report to JTC 1 SC 31/WG 2 each year.", "ISO/IEC JTC 1/SC 31/WG 2"),
    ],
)
def test_a_bare_path_after_a_blank_is_a_unit_of_jtc_1(
    tmp_path: Path, layout: str, sentence: str, unit: str
) -> None:
    record = extracted(tmp_path, *written(layout, sentence))
    parties = {p.short_name for p, _ in record.parties}
    assert parties == {"PLC", "JTC 1"}, parties
    assert unit in {u.label for u, _ in record.units}, [u.label for u, _ in record.units]
