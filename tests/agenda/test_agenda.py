"""`kg calendar` and `kg due` on the seed registers: exact items, spans, stable UIDs, a real calendar.

Expected facts, read from the registers themselves: OGF-DMTF has four milestones targeted 2Q2011,
4Q2011 (two) and 2Q2012 and a yearly review counted from its approval on 2011-04-28; DMTF-SNIA-OFA
has two milestones targeted June/July 2021 and July 2021 and a next review in June 2022.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest

from kg.agenda.calendar import ical_bytes
from kg.agenda.due import due_items, parse_window
from kg.agenda.items import AgendaError, agenda_items, parse_cycle
from kg.cli.main import main
from kg.store import open_store
from kg.testing.servers import required_in_ci

OGF_DMTF = "https://w3id.org/alliance-kg/id/register/ogf-dmtf"
DMTF_SNIA_OFA = "https://w3id.org/alliance-kg/id/register/dmtf-snia-ofa"
D = dt.date.fromisoformat
EXPECTED = [  # (kind, register, first day, last day, target as written)
    ("milestone", OGF_DMTF, D("2011-04-01"), D("2011-06-30"), "2Q2011"),
    ("approval", OGF_DMTF, D("2011-04-28"), D("2011-04-28"), None),
    ("milestone", OGF_DMTF, D("2011-10-01"), D("2011-12-31"), "4Q2011"),
    ("milestone", OGF_DMTF, D("2011-10-01"), D("2011-12-31"), "4Q2011"),
    ("milestone", OGF_DMTF, D("2012-04-01"), D("2012-06-30"), "2Q2012"),
    ("review", OGF_DMTF, D("2012-04-28"), D("2012-04-28"), None),
    ("milestone", DMTF_SNIA_OFA, D("2021-06-01"), D("2021-07-31"), "June/July 2021"),
    ("milestone", DMTF_SNIA_OFA, D("2021-07-01"), D("2021-07-31"), "July 2021"),
    ("review", DMTF_SNIA_OFA, D("2022-06-01"), D("2022-06-30"), None),
]


@pytest.fixture(scope="module")
def items(seed_store: Path) -> list:
    with open_store(seed_store) as kg:
        return agenda_items(kg)


def test_every_dated_target_and_review_once(items: list) -> None:
    got = [
        (i.kind, i.register, i.start, i.end, i.target_text if i.kind == "milestone" else None) for i in items
    ]
    assert got == EXPECTED
    yearly = [i for i in items if i.cycle is not None]
    assert [(i.register, i.cycle.text) for i in yearly] == [(OGF_DMTF, "P1Y")]


def test_narrowed_to_one_party(seed_store: Path) -> None:
    with open_store(seed_store) as kg:
        ofa = agenda_items(kg, org="OFA")
        ogf = agenda_items(kg, org="https://w3id.org/alliance-kg/id/organization/ogf")
    assert {i.register for i in ofa} == {DMTF_SNIA_OFA} and len(ofa) == 3
    assert {i.register for i in ogf} == {OGF_DMTF} and len(ogf) == 6


def calendar(items: list, stamp: str = "2026-01-01T00:00:00+00:00") -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ical_bytes(items, "test", dt.datetime.fromisoformat(stamp)))


def test_targets_are_all_day_spans_with_exclusive_ends(items: list) -> None:
    events = calendar(items).walk("VEVENT")
    assert len(events) == len(EXPECTED)
    spans = sorted((e.decoded("dtstart"), e.decoded("dtend")) for e in events)
    assert spans == sorted((start, end + dt.timedelta(days=1)) for _, _, start, end, _ in EXPECTED)
    assert all(type(e.decoded("dtstart")) is dt.date for e in events)  # dates, not date-times
    quarter = next(e for e in events if "2Q2011" in str(e["summary"]))
    assert quarter.decoded("dtstart") == D("2011-04-01") and quarter.decoded("dtend") == D("2011-07-01")
    recurring = [e for e in events if "rrule" in e]
    assert len(recurring) == 1 and recurring[0]["rrule"]["FREQ"] == ["YEARLY"]


def test_uids_are_unique_and_stable_when_the_feed_changes(items: list) -> None:
    first = {str(e["summary"]): str(e["uid"]) for e in calendar(items).walk("VEVENT")}
    later = {
        str(e["summary"]): str(e["uid"]) for e in calendar(items, "2027-06-01T12:00:00+00:00").walk("VEVENT")
    }
    assert first == later and len(set(first.values())) == len(EXPECTED)
    moved = [i if i.target_text != "2Q2012" else _retargeted(i) for i in items]
    moved_uids = {str(e["uid"]) for e in calendar(moved).walk("VEVENT")}
    assert moved_uids == set(first.values())  # a retargeted milestone keeps its UID: the event is updated


def _retargeted(item):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(item, start=D("2012-10-01"), end=D("2012-12-31"), target_text="4Q2012")


def test_due_as_of_a_date(seed_store: Path) -> None:
    with open_store(seed_store) as kg:
        found = due_items(kg, D("2022-05-01"), parse_window("60d"))
        quiet = due_items(kg, D("2011-01-01"), parse_window("30d"))
        ahead = due_items(kg, D("2011-01-01"), parse_window("100d"))
    states = [(d.state, d.item.kind, d.item.register, d.start) for d in found]
    assert [s for s in states if s[0] == "due"] == [("due", "review", DMTF_SNIA_OFA, D("2022-06-01"))]
    assert len([s for s in states if s[0] == "overdue"]) == 7
    assert quiet == []
    assert [(d.state, d.item.target_text) for d in ahead] == [("due", "2Q2011")]
    chase = {c.email for c in found[-1].contacts}
    assert "vpalliances@dmtf.org" in chase and "ofaliaison@snia.org" in chase


def test_due_for_one_party_lists_every_partner_to_chase(seed_store: Path) -> None:
    with open_store(seed_store) as kg:
        found = due_items(kg, D("2022-05-01"), parse_window("60d"), org="OFA")
    assert {d.item.register for d in found} == {DMTF_SNIA_OFA}
    assert {c.organization for c in found[0].contacts} == {"OFA", "DMTF", "SNIA"}


def test_a_party_with_no_acronym_is_named_by_its_label(seed_store: Path, tmp_path: Path) -> None:
    # A 1998 DMTF register with the Network Management Forum (now TM Forum, whose reference entry
    # has a preferred label and no acronym): its contact must say "TM Forum", not the bare IRI.
    document = Path(__file__).parents[1] / "fixtures/corpus/dev/dmtf-nmf-work-register-1998.txt"
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    assert main(["ingest", str(document), "--store", str(store)]) == 0
    with open_store(store) as kg:
        found = due_items(kg, D("1998-06-01"), parse_window("30d"), org="DMTF")
    organizations = {c.organization for d in found for c in d.contacts}
    assert organizations == {"DMTF", "TM Forum"}


def test_kg_due_json_and_table(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["due", "--as-of", "2022-05-01", "--within", "60d", "--store", str(seed_store)]
    assert main([*args, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["state"] for r in rows].count("due") == 1 and len(rows) == 8
    assert main(args) == 0
    table = capsys.readouterr().out
    assert table.splitlines().count("OGF / DMTF Work Register") == 1  # one heading per register
    assert "DUE      2022-06-01..2022-06-30 review" in table


@pytest.mark.parametrize(
    ("flags", "message"),
    [(["--within", "3x"], "window '3x'"), (["--as-of", "2022-13-01"], "as-of date '2022-13-01'")],
)
def test_kg_due_refuses_what_it_cannot_read(
    seed_store: Path, capsys: pytest.CaptureFixture[str], flags: list[str], message: str
) -> None:
    assert main(["due", *flags, "--store", str(seed_store)]) != 0
    assert message in capsys.readouterr().err


def test_review_cycles_parse_or_say_why() -> None:
    assert parse_cycle("P1Y").rrule == {"FREQ": "YEARLY", "INTERVAL": 1}
    assert parse_cycle("P6M").rrule == {"FREQ": "MONTHLY", "INTERVAL": 6}
    assert parse_cycle("P2W").rrule == {"FREQ": "WEEKLY", "INTERVAL": 2}
    with pytest.raises(AgendaError, match="PT1H"):
        parse_cycle("PT1H")


def test_a_real_calendar_program_imports_the_feed(seed_store: Path, tmp_path: Path) -> None:
    """khal (Debian) imports the file and shows the quarter as a span and the review as recurring."""
    if shutil.which("khal") is None:
        if required_in_ci():
            pytest.fail("khal is not installed: .ci/run must install it")
        pytest.skip("khal is not installed (apt-get install khal)")
    feed = tmp_path / "alliances.ics"
    assert main(["calendar", "--store", str(seed_store), "--out", str(feed)]) == 0
    (tmp_path / "cal").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[alliances]]\npath = {tmp_path / 'cal'}\ntype = calendar\n"
        "[locale]\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ntimeformat = %H:%M\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}

    def khal(*args: str) -> str:
        done = subprocess.run(
            ["khal", "-c", str(config), *args], capture_output=True, text=True, env=env, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    khal("import", "--batch", "-a", "alliances", str(feed))
    fmt = "{start-date} {end-date} {title}"
    quarter = khal("list", "--once", "--format", fmt, "--day-format", "", "2011-04-01", "2011-07-01")
    assert "2011-04-01 2011-06-30 Establish a work relationship" in quarter
    review = khal("list", "--once", "--format", fmt, "--day-format", "", "2015-04-01", "2015-05-01")
    assert "2015-04-28 2015-04-28 Review of OGF / DMTF Work Register" in review


# --- kg timeline -------------------------------------------------------------------------------------


def drawn_ids(svg: str) -> list[str]:
    return re.findall(r'id="((?:overdue|due|later|given|open|today)[^"]*)"', svg)


def test_timeline_draws_each_item_as_what_it_is(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    assert main(["timeline", "--as-of", "2021-07-15", "--store", str(seed_store), "--out", str(out)]) == 0
    ids = drawn_ids(out.read_text())
    assert (
        sorted("-".join(i.split("-")[:2]) for i in ids if "-milestone-" in i)
        == ["due-milestone"] * 2 + ["overdue-milestone"] * 4
    )
    assert [i for i in ids if i.startswith("given-approval")] == ["given-approval-0-1-2011-04-28"]
    assert "later-review-1-2-2022-06-01" in ids  # June 2022 drawn as the month it is
    yearly = sorted(i for i in ids if i.startswith(("overdue-review-0", "later-review-0")))
    assert yearly[0] == "later-review-0-5-2022-04-28" and len(yearly) == 11  # 2012..2021 missed, 2022 next
    assert {"today", "today-label", "open-0", "open-1"} <= set(ids)  # On-going items run to today
    assert "today 2021-07-15" in out.read_text()


def test_timeline_png_and_refusals(
    seed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "t.png"
    assert main(["timeline", "--org", "OFA", "--store", str(seed_store), "--out", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert main(["timeline", "--store", str(seed_store), "--out", str(tmp_path / "t.pdf")]) != 0
    assert "written as .png or .svg" in capsys.readouterr().err
