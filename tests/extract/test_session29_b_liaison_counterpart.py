"""A liaison officer named with the body they are a liaison to (issue 12 point 9, session 29, B).

Letters and board resolutions name a body's own liaison by the counterpart: "our liaison officer to TTC",
"appointed as the Council's liaison representative to the OBC". A contact named in a sentence took the
first party that sentence names, so the officer was given the counterpart. A party named right after
"liaison/officer/representative/delegate to" is passed over; when it is the only party named, the
officer is of the statement's sender, else of the one other party. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

SENTENCES = [
    "Questions on this liaison may be sent to Ana Lind-Okafor, our liaison officer to OBC.",
    "Questions on the liaison may be sent to Ana Lind-Okafor, HMC's delegate to the Open Buoy Consortium.",
    "Please write to Ana Lind-Okafor, the liaison representative to OBC, with any question.",
]
LEAD = (
    "The Harbour Metrology Council (HMC) welcomes a liaison with the Open Buoy Consortium (OBC) on buoy "
    "telemetry."
)
CLOSE = ("Sincerely,", "Piet Brandt-Osei", "Chair, HMC Tide Gauge WG")


def letter(name: str, sentence: str) -> str:
    head, close = "Liaison letter from HMC to OBC", CLOSE
    if name.endswith(".md"):
        signed = f"{close[0]}\n\n{close[1]}  \n{close[2]}\n"
        return f"# {head}\n\nDear Dr Hale,\n\n{LEAD}\n\n{sentence}\n\n{signed}"
    if name.endswith(".html"):
        return (
            f"<html><body><h1>{head}</h1><p>Dear Dr Hale,</p><p>{LEAD}</p><p>{sentence}</p><p>{close[0]}</p>"
            f"<p>{close[1]}<br>{close[2]}</p></body></html>"
        )
    signed = f"{close[0]}\n\n{close[1]}\n{close[2]}\n"
    return f"{head.upper()}\n\nDear Dr Hale,\n\n{LEAD}\n\n{sentence}\n\n{signed}"


def bodies(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


FORMATS = ["letter.md", "letter.html", "letter.txt"]


@pytest.mark.parametrize(("name", "sentence"), list(zip(FORMATS, SENTENCES, strict=True)))
def test_the_officer_is_of_the_writer(tmp_path: Path, name: str, sentence: str) -> None:
    people = bodies(extracted(tmp_path, letter(name, sentence), name))
    assert people.get("Ana Lind-Okafor") == "Harbour Metrology Council", people


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
def test_a_resolution_appointing_a_representative_to_the_other_party(tmp_path: Path, name: str) -> None:
    resolution = (
        "RESOLVED FURTHER, that Annika Sorensen-Ito is appointed as the Council's\n"
        "liaison representative to the Open Buoy Consortium (OBC);"
    )
    head = "# " if name.endswith(".md") else ""
    text = (
        f"{head}Harbour Metrology Council (HMC) Board: Action by Written Consent\n\n"
        "The Board of the HMC approves the liaison agreement between HMC and the Open Buoy Consortium.\n\n"
        f"{resolution}\n"
    )
    people = bodies(extracted(tmp_path, text, name))
    assert people.get("Annika Sorensen-Ito") == "Harbour Metrology Council", people
