"""A timeline or register whose days are written without their year, in a document that names its own year
(session 34, engineer G2; H's document_dates.document_year and dates.parse_target(text, year)): the kind
reads the days in that year however they are written ("Thursday, 16 April", "16th of April", no dash after
the day, "Due: 14 May", a table cell "2 July"), so the document is a WorkRegister. Bodies real, work and
wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TIMELINE = """# OGC and W3C joint spatial data note: timeline 2027

The Open Geospatial Consortium (OGC) and the World Wide Web Consortium (W3C) agreed this timeline for
their joint spatial data note.

{m} {a} first public draft of the note
{m} {b} comments from both communities close
{m} {c} joint review call of the editors
{m} {d} final note published by OGC and W3C
"""


DAYS = [
    ("Thursday, 16 April", "Friday, 30 April", "Friday, 14 May", "Friday, 2 July"),
    ("16th of April", "30th of April", "14th of May", "2nd of July"),
    ("16 April", "30 April", "14 May", "2 July"),
]
# (the "16th of April ..." lines in plain text, once run into one heading by the layout reader, are read
# line by line since session 35: kg.extract.structure.run_of_days)
CASES = [(days, mark, name) for days in DAYS for mark, name in (("-", "timeline.md"), ("", "timeline.txt"))]


@pytest.mark.parametrize(("days", "mark", "name"), CASES)
def test_yearless_days_of_the_documents_year_date_a_timeline(
    tmp_path: Path, days: tuple[str, ...], mark: str, name: str
) -> None:
    text = TIMELINE.format(m=mark, a=days[0], b=days[1], c=days[2], d=days[3])
    if name.endswith(".txt"):
        text = text.replace("# ", "")
    assert extracted(tmp_path, text, name).kind == "WorkRegister"


REGISTER = """# DMTF and SNIA joint work items, 2027

Joint work of the DMTF and SNIA on the storage profile bundle.

| Work item | Editor | Due |
|---|---|---|
| Fan schema alignment note | Ana Example | 16 April |
| Drive telemetry mockups | Bo Ek | 14 May |
| Profile bundle errata | Ada Lind | 2 July |
"""


def test_yearless_due_cells_of_the_documents_year_make_a_register(tmp_path: Path) -> None:
    assert extracted(tmp_path, REGISTER, "register.md").kind == "WorkRegister"
