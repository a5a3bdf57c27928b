"""Layout invariance of names (issue 12, point 9, session 16): a liaison's group written in its header by
its bare acronym ("To Groups: vexil", "From Group: WAVE", as a datatracker writes it) is the unit the body
of the statement names in full ("the Vexillology Modeling Working Group (VEXIL)", "the WaVE working
group"); an Internet-Draft cited by its name without a revision number ("draft-ietf-wave-tide-href") is a
specification, as one with its number is; a European adoption of an ISO standard ("EN ISO 19999") is named
with its prefix. Each in a plain-text header, a two-column HTML table and a Markdown list. The expected
facts were written before the rules ran; the groups, drafts and numbers are invented.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord, Entity

BODY_VEXIL = (
    "Dear VEXIL chairs,\n\n"
    "The Harbour Metrology Council (HMC) thanks the IETF for its reply. Our tide gauge profiles build on\n"
    "draft-ietf-vexil-flag-registry, which has not progressed in the Vexillology Modeling Working Group\n"
    "(VEXIL) since its last call. HMC kindly asks VEXIL to tell us when the draft will be completed.\n"
)
BODY_WAVE = (
    "The WaVE working group thanks the Harbour Metrology Council for its statement on tide link relations.\n"
    "We invite HMC experts to comment on draft-ietf-wave-tide-href before the working group last call.\n"
)

VEXIL_LAYOUTS = {
    "plain header": (
        "Liaison statement: Tide gauge profiles and the flag registry\n\n"
        "Submission Date   2025-03-04\n"
        "From              Harbour Metrology Council (HMC)\n"
        "To Groups         vexil\n"
        "To Contacts       VEXIL Chairs <vexil-chairs@ietf.org>\n"
        "Purpose           For action\n\n"
        "Body\n\n" + BODY_VEXIL,
        "ls-vexil.txt",
    ),
    "html table": (
        "<html><body><h1>Liaison statement</h1><table>"
        "<tr><th>From</th><td>Harbour Metrology Council (HMC)</td></tr>"
        "<tr><th>To Groups</th><td>vexil</td></tr>"
        "<tr><th>To Contacts</th><td>VEXIL Chairs &lt;vexil-chairs@ietf.org&gt;</td></tr>"
        "<tr><th>Purpose</th><td>For action</td></tr>"
        "<tr><th>Body</th><td><p>" + BODY_VEXIL.replace("\n", " ") + "</p></td></tr>"
        "</table></body></html>",
        "ls-vexil.html",
    ),
    "markdown fields": (
        "# Liaison statement: tide gauge profiles\n\n"
        "- **From:** Harbour Metrology Council (HMC)\n"
        "- **To Groups:** vexil\n"
        "- **To Contacts:** VEXIL Chairs <vexil-chairs@ietf.org>\n"
        "- **Purpose:** For action\n\n"
        "## Body\n\n" + BODY_VEXIL,
        "ls-vexil.md",
    ),
}

WAVE_LAYOUTS = {
    "plain header": (
        "Liaison statement: Response to HMC on tide link relations\n\n"
        "Submission Date   2025-05-06\n"
        "From Group        WAVE\n"
        "From Contact      wave-chairs@ietf.org\n"
        "To                Harbour Metrology Council (HMC)\n"
        "Purpose           For information\n\n"
        "Body\n\n" + BODY_WAVE,
        "ls-wave.txt",
    ),
    "html table": (
        "<html><body><h1>Liaison statement</h1><table>"
        "<tr><th>From Group</th><td>WAVE</td></tr>"
        "<tr><th>From Contact</th><td>wave-chairs@ietf.org</td></tr>"
        "<tr><th>To</th><td>Harbour Metrology Council (HMC)</td></tr>"
        "<tr><th>Purpose</th><td>For information</td></tr>"
        "<tr><th>Body</th><td><p>" + BODY_WAVE.replace("\n", " ") + "</p></td></tr>"
        "</table></body></html>",
        "ls-wave.html",
    ),
    "markdown fields": (
        "# Liaison statement: response to HMC\n\n"
        "- **From Group:** WAVE\n"
        "- **From Contact:** wave-chairs@ietf.org\n"
        "- **To:** Harbour Metrology Council (HMC)\n"
        "- **Purpose:** For information\n\n"
        "## Body\n\n" + BODY_WAVE,
        "ls-wave.md",
    ),
}


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def every_name(entity: Entity) -> set[str]:
    return {folded(n) for n in (entity.label, *entity.names, entity.acronym or "") if n}


def unit_names(record: AllianceRecord) -> dict[str, str | None]:
    """Each name of each unit taking part, with its owner's acronym (or label)."""
    known = {e.iri: e for e in record.new_entities} | {p.iri: p for p, _ in record.parties}
    final = {e.iri: e for e in record.new_entities}
    found: dict[str, str | None] = {}
    for unit, _ in record.units:
        unit = final.get(unit.iri, unit)
        owner = known.get(unit.unit_of) if unit.unit_of is not None else None
        for name in every_name(unit):
            found[name] = folded(owner.acronym or owner.label) if owner is not None else None
    return found


def specification_names(record: AllianceRecord) -> set[str]:
    final = {e.iri: e for e in record.new_entities}
    return {n for spec, _ in record.specifications for n in every_name(final.get(spec.iri, spec))}


@pytest.mark.parametrize("layout", sorted(VEXIL_LAYOUTS))
def test_a_group_field_acronym_is_the_unit_named_in_full(tmp_path: Path, layout: str) -> None:
    text, name = VEXIL_LAYOUTS[layout]
    units = unit_names(extracted(tmp_path, text, name))
    assert units.get("vexillology modeling working group") == "ietf", units


@pytest.mark.parametrize("layout", sorted(WAVE_LAYOUTS))
def test_a_group_field_acronym_takes_the_working_group_the_body_names(tmp_path: Path, layout: str) -> None:
    text, name = WAVE_LAYOUTS[layout]
    record = extracted(tmp_path, text, name)
    assert unit_names(record).get("wave working group") == "ietf", unit_names(record)
    assert "wave" not in specification_names(record)  # the group's name is no specification


@pytest.mark.parametrize("layouts", [VEXIL_LAYOUTS, WAVE_LAYOUTS], ids=["vexil", "wave"])
@pytest.mark.parametrize("layout", sorted(VEXIL_LAYOUTS))
def test_an_internet_draft_without_its_revision_is_a_specification(
    tmp_path: Path, layouts: dict[str, tuple[str, str]], layout: str
) -> None:
    text, name = layouts[layout]
    specs = specification_names(extracted(tmp_path, text, name))
    draft = "draft-ietf-vexil-flag-registry" if layouts is VEXIL_LAYOUTS else "draft-ietf-wave-tide-href"
    assert draft in specs, specs


NOT_DRAFTS = [
    "The draft-sharing policy of HMC applies to the tide gauge profiles.",
    "See the attachment draft-minutes.pdf for the notes of the call.",
]


@pytest.mark.parametrize("sentence", NOT_DRAFTS)
def test_a_word_opening_with_draft_is_no_internet_draft(tmp_path: Path, sentence: str) -> None:
    text = VEXIL_LAYOUTS["plain header"][0] + "\n" + sentence + "\n"
    specs = specification_names(extracted(tmp_path, text, "ls.txt"))
    assert not {s for s in specs if s.startswith("draft-") and "vexil" not in s}, specs


ADOPTED_LAYOUTS = {
    "prose": "HMC and OBC align the tide glossary with EN ISO 19999 and BS EN ISO 19998 data templates.\n",
    "list": (
        "## Work packages\n\n1. Tide glossary: alignment with EN ISO 19999\n2. Templates: BS EN ISO 19998\n"
    ),
    "table": (
        "| Item | Standard |\n|---|---|\n| Tide glossary | EN ISO 19999 |\n| Templates | BS EN ISO 19998 |\n"
    ),
}
ADOPTED_HEAD = (
    "# HMC / OBC Memorandum of Understanding\n\n"
    "This memorandum is between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).\n\n"
)


@pytest.mark.parametrize("layout", sorted(ADOPTED_LAYOUTS))
def test_an_adopted_iso_standard_keeps_its_prefix(tmp_path: Path, layout: str) -> None:
    specs = specification_names(extracted(tmp_path, ADOPTED_HEAD + ADOPTED_LAYOUTS[layout], "mou.md"))
    assert {"en iso 19999", "bs en iso 19998"} <= specs, specs
