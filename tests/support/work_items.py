"""What the layout tests share: two invented parties, a document written and extracted, and the
(label, target) pairs its extraction finds."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from kg.model.records import AllianceRecord
from kg.pipeline.ingest import extract

TIDE_REGISTER_HEAD = """HMC / OBC Tide Data Work Register

Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

"""
"""The opening the work-item invariance tests of sessions 15 and 16 put above each layout of their items."""
TIDE_REGISTER_MD_HEAD = TIDE_REGISTER_HEAD.replace("HMC / OBC", "# HMC / OBC").replace(
    "Organizations\n", "## Organizations\n"
)

ORGS = """## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

"""

# A plain-text register under a letterhead: the body's name, a line naming the kind of document, then the
# register's own title and its version on a line of its own ("Version 1.0")
LETTERHEAD_REGISTER = """\
STORAGE INTEROPERABILITY FORUM
{kind}

{title}
{version}
Date Initiated: March 2, 2012

1. Alliance Organizations

Open Grid Forum (OGF)
DMTF

2. Milestones

   1. Joint review of the network profile - 4Q2012
"""


def letterhead_register(
    version: str = "Version 2.0", kind: str = "WORK REGISTER", title: str = "OGF / DMTF Network Work Register"
) -> str:
    return LETTERHEAD_REGISTER.format(version=version, kind=kind, title=title)


def extracted(tmp_path: Path, text: str, name: str) -> AllianceRecord:
    """Write `text` to tmp_path/name (its suffix chooses the reader) and extract it."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path).record


def milestone_pairs(tmp_path: Path, text: str, name: str) -> set[tuple[str, str | None]]:
    """Each milestone's label and target as written, of `text` extracted as tmp_path/name."""
    record = extracted(tmp_path, text, name)
    return {(m.label, m.target.text if m.target else None) for m in record.milestones}


def written_milestone_pairs(tmp_path: Path, text: str, name: str) -> set[tuple[str, str | None]]:
    """Each milestone's text as written (its label, or its full text where the label is cut short) with its
    target, folded as the corpus matches them; one pair a milestone."""
    record = extracted(tmp_path, text, name)
    return {
        (folded(max([m.label, *m.texts], key=len)), m.target.text if m.target else None)
        for m in record.milestones
    }


def folded(text: str) -> str:
    """A name as the invariance tests compare it: NFKC, case-folded, blanks collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def item_keys(record: AllianceRecord, items: Iterable[str]) -> dict[str, str | None]:
    """Each expected item found among the milestones, by its target's key: a label counts when it ends
    with the item's words (a prose variant keeps its verb, an action its owner: 'OBC to circulate ...')."""
    wanted = list(items)
    found: dict[str, str | None] = {}
    for milestone in record.milestones:
        label = folded(milestone.label).rstrip(".")
        for item in wanted:
            if label == item or label.endswith(" " + item):
                found[item] = milestone.target.key if milestone.target else None
    return found


def contact_orgs(record: AllianceRecord) -> dict[str, str | None]:
    """Each named person with the acronym (else the label) of their organization."""
    people: dict[str, str | None] = {}
    for contact in record.contacts:
        if contact.person:
            org = contact.organization
            people[folded(contact.person)] = folded(org.acronym or org.label) if org else None
    return people


KELP_LEAD = (
    "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) cooperate on buoy telemetry "
    "under a memorandum of understanding signed in 2026."
)
"""The opening the unit invariance tests of sessions 26 and 27 put above the sentences naming units."""


def kelp_document(layout: str, sentences: list[str], prose: bool, column: str) -> tuple[str, str]:
    """KELP_LEAD and the sentences naming the units, and the file name choosing the reader: prose after the
    lead (txt, `prose`) or a line each, a bulleted list (md), or table rows under a `column` header (html)."""
    if layout == "md":
        items = "\n".join(f"- {s}" for s in sentences)
        return f"# KDA and FSC cooperation\n\n{KELP_LEAD}\n\n{items}\n", "a.md"
    if layout == "html":
        rows = "".join(f"<tr><td>{s}</td><td>2027</td></tr>" for s in sentences)
        return (
            f"<html><body><h1>KDA and FSC cooperation</h1><p>{KELP_LEAD}</p>"
            f"<table><tr><th>{column}</th><th>Year</th></tr>{rows}</table></body></html>\n",
            "a.html",
        )
    if prose:
        return "KDA and FSC cooperation\n\n" + KELP_LEAD + " " + " ".join(sentences) + "\n", "a.txt"
    return "KDA and FSC cooperation\n\n" + KELP_LEAD + "\n\n" + "\n".join(sentences) + "\n", "a.txt"


def contact_bodies(record: AllianceRecord) -> dict[str | None, str | None]:
    """Each named person with the acronym (else the label) of their organization, as written."""
    return {
        c.person: (c.organization.acronym or c.organization.label) if c.organization else None
        for c in record.contacts
        if c.person
    }


def topic_labels(record: AllianceRecord) -> set[str]:
    """The labels of the record's specifications and of the topics the document brought."""
    new = {e.iri: e for e in record.new_entities}
    labels = {s.label for s, _ in record.specifications}
    return labels | {new[t].label for t in record.topics if t in new}
