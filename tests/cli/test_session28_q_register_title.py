"""`--register TITLE` of `kg due`, `kg calendar` and `kg timeline` narrows to the register of that title.

Found by a new user's first hour (session 28, engineer Q): the three commands' help says --register takes
an "IRI, prefixed name or title", but a title was refused ("no entity is called 'OGF / DMTF Work
Register'"): named queries resolve labels and acronyms, and a register has a title, no label.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import kg_command

OGF_DMTF = "OGF / DMTF Work Register"
TRILATERAL = "Work Register between DMTF, SNIA, and the OFA"


@pytest.mark.parametrize("title", [OGF_DMTF, "ogf / dmtf  work register", f"  {OGF_DMTF}"])
def test_calendar_narrows_to_the_register_of_that_title(store_copy: Path, tmp_path: Path, title: str) -> None:
    by_title = kg_command("calendar", "--register", title, cwd=tmp_path)
    by_iri = kg_command("calendar", "--register", "reg:ogf-dmtf", cwd=tmp_path)
    assert by_title.returncode == 0, by_title.stderr
    assert by_iri.returncode == 0, by_iri.stderr
    events = [line for line in by_title.stdout.splitlines() if line.startswith(("SUMMARY", "UID"))]
    assert events == [line for line in by_iri.stdout.splitlines() if line.startswith(("SUMMARY", "UID"))]
    assert "Work Register between DMTF" not in by_title.stdout
    assert any("OCCI" in line for line in events)


def test_due_takes_a_title_too(store_copy: Path, tmp_path: Path) -> None:
    done = kg_command(
        "due", "--as-of", "2022-05-01", "--within", "60d", "--register", TRILATERAL, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert TRILATERAL in done.stdout and OGF_DMTF not in done.stdout
    assert "Review of Work Register between DMTF, SNIA, and the OFA" in done.stdout


def test_timeline_takes_a_title_and_an_unknown_title_is_one_line(store_copy: Path, tmp_path: Path) -> None:
    done = kg_command("timeline", "--register", TRILATERAL.upper(), "--out", "t.svg", cwd=tmp_path)
    by_iri = kg_command("timeline", "--register", "reg:dmtf-snia-ofa", "--out", "i.svg", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert by_iri.returncode == 0, by_iri.stderr
    assert done.stderr.replace("t.svg", "i.svg") == by_iri.stderr  # "N dated and M open item(s) drawn"
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "OGF / DMTF" not in svg and "SNIA" in svg
    missing = kg_command("due", "--register", "No Such Work Register", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "No Such Work Register" in missing.stderr
