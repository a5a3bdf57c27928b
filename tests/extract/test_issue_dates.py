"""Dates in the places statements, pages, plans and mail archives put them: a date alone under a
statement's number, a revision line ("Revision 3 -- 9 January 2027"), a mail archive's date line,
"Posted 3 May 2027" and "last modified by X on Jun 02, 2027" (published), a project's start field
(initiated), several approvals in one field, a next review after dotted leaders or "planned for",
and a sentence wrapped over two lines of plain text. A work item "published - 2Q2027" is no issue
date. Invented bodies and content."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract


def dates(tmp_path: Path, text: str, name: str = "document.txt") -> set[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(d.role, d.value) for d in extract(path).record.dates}


STATEMENT = """Radio Study Groups
                                         Document 7K/TEMP/55
                                         14 February 2027

LIAISON STATEMENT
From:     Kestrel Networks Alliance (KNA)
To:       Quantum Grid Alliance (QGA)
Purpose:  Information

KNA informs QGA of its new energy metrics.
"""


def test_a_date_alone_under_a_statements_number_is_its_issue(tmp_path: Path) -> None:
    assert ("published", "2027-02-14") in dates(tmp_path, STATEMENT)


PLAN = """Kestrel Networks Alliance / Quantum Grid Alliance
Joint Work Plan on Energy Metrics
Revision 3 -- 9 January 2027

Organizations:
  Kestrel Networks Alliance (KNA)
  Quantum Grid Alliance (QGA)

Work items
 1. Shared energy metrics profile ........ Q3 2027    planned
 2. Metrics report published - 2Q2027

Project Start Date: March 2027
Charter approved by: KNA Board on 2027-01-21; QGA Council on 2027-02-04
Next review of this plan .......... July 2027

The plan was approved by the KNA Board on 11 September 2027 and by the QGA technical council on
14 September 2027, after a review of the metrics.
"""


def test_plan_dates(tmp_path: Path) -> None:
    found = dates(tmp_path, PLAN)
    assert {
        ("published", "2027-01-09"),
        ("initiated", "2027-03"),
        ("approved", "2027-01-21"),
        ("approved", "2027-02-04"),
        ("review", "2027-07"),
        ("approved", "2027-09-11"),
        ("approved", "2027-09-14"),
    } <= found
    assert not any(role == "published" and value == "2027" for role, value in found)


POST = """[Liaisons] KNA / QGA work register - Addendum 1 approved

Mira Solberg  mira at kna.example
Tue Sep 16 09:41:07 PDT 2027

Addendum 1 to the work register between the Kestrel Networks Alliance (KNA) and the Quantum Grid
Alliance (QGA) changes one milestone. The next review of the register is planned for March 2028.
"""


def test_a_mail_archive_post_is_dated_by_its_date_line(tmp_path: Path) -> None:
    found = dates(tmp_path, POST)
    assert {("published", "2027-09-16"), ("review", "2028-03")} <= found


PAGE = """<html><body><h1>KNA and QGA</h1>
<p>Created by Mira Solberg, last modified by Pavel Szabo on Jun 02, 2027</p>
<p>Posted 3 May 2027</p>
<p>The Kestrel Networks Alliance (KNA) and the Quantum Grid Alliance (QGA) collaborate on energy metrics.</p>
</body></html>
"""


def test_page_dates(tmp_path: Path) -> None:
    assert {("published", "2027-06-02"), ("published", "2027-05-03")} <= dates(tmp_path, PAGE, "page.html")


MINUTES = """# KNA / QGA Joint Liaison Call - Minutes

**Date:** 2027-03-11

The Kestrel Networks Alliance (KNA) and the Quantum Grid Alliance (QGA) reviewed their joint work.

Next meeting: 2027-04-08, same bridge.
"""


def test_the_next_meeting_is_no_date_of_the_record(tmp_path: Path) -> None:
    found = dates(tmp_path, MINUTES, "minutes.md")
    assert ("meeting", "2027-03-11") in found
    assert ("meeting", "2027-04-08") not in found
