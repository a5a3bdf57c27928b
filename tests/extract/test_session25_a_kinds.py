"""Layout invariance of the KIND of an agreement that names its parties as agreements do (issue 12, point 9,
session 25, tuner A).

An agreement whose title says what it is with a word before "Agreement" ("General Agreement for Cooperation")
or as a joint statement ("Joint Statement on Cooperation in ..."), and whose signature block is no "Signed"
or "For X" line of its own, was read as an alliance page (its title's "cooperation"), or as a register when it
listed joint activities with targets. What makes it an agreement is how it names the bodies it binds: each
defined for the rest of the text ("..., hereinafter referred to as "KDF"") or listed in a header field of
their own (reStructuredText's ":Parties: A; B", "Signatories: A and B"). Every body is invented; each
document is written in several layouts, the expected kind written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEREINAFTER = """\
{title}

The Kelp Data Association, an association having its seat at Strandgata 4, Bergen, hereinafter referred to as
"KDF", and the Fjordline Sensor Consortium, having its seat at Havnegata 9, Tromsø, hereinafter referred to
as "FSC" (together "the Parties"), wish to cooperate on buoy telemetry.

{h}Article 1 (Scope)
The Parties will exchange drafts of their telemetry profiles.

{h}Article 2 (Working level)
The KDF Buoy Working Group and the FSC Telemetry Task Force meet twice a year.

{h}Article 3 (Duration)
This Agreement remains in force for three years.

For KDF: Ada Lindqvist-Oyelaran, President, 3 March 2027
For FSC: Tomas Brekke-Adeyemi, Director, 9 March 2027
"""


@pytest.mark.parametrize(
    "title",
    [
        "GENERAL AGREEMENT FOR COOPERATION IN OCEAN DATA STANDARDS",
        "Agreement on Ocean Data Standards",
        "Bilateral Cooperation in Ocean Data Standards",
    ],
    ids=["general-agreement", "agreement-on", "no-agreement-word"],
)
@pytest.mark.parametrize("layout", [("", "a.txt"), ("## ", "a.md")], ids=["txt", "md"])
def test_an_agreement_defining_its_parties_hereinafter_is_an_mou(
    tmp_path: Path, title: str, layout: tuple[str, str]
) -> None:
    heading, name = layout
    text = HEREINAFTER.format(title=("# " if heading else "") + title, h=heading)
    assert extracted(tmp_path, text, name).kind == "MemorandumOfUnderstanding"


FIELD_LIST = """\
{over}
{title}
{over}

{parties}
:Date: 2027-03-09
:Status: Signed

Intent
======

The Kelp Data Association and the Fjordline Sensor Consortium intend to exchange drafts of their buoy
telemetry profiles and to invite each other's experts to their plenaries.

Joint activities
================

+----------------------------------------------+-----------------+
| Activity                                     | Target          |
+==============================================+=================+
| Common telemetry profile for tide gauges     | Q2 2027         |
+----------------------------------------------+-----------------+
| Joint test event for buoy firmware           | September 2027  |
+----------------------------------------------+-----------------+

Contacts
========

:Kelp Data Association: Ada Lindqvist-Oyelaran <ada@kdf.example>
:Fjordline Sensor Consortium: Tomas Brekke-Adeyemi <tomas@fsc.example>
"""


@pytest.mark.parametrize(
    "title",
    [
        "Joint Statement on Cooperation in Ocean Data Standards",
        "Ocean Data Standards: a Joint Statement",
        "Kelp Data Association and Fjordline Sensor Consortium",
    ],
    ids=["statement-on-cooperation", "statement", "names-only"],
)
@pytest.mark.parametrize(
    "parties",
    [
        ":Parties: Kelp Data Association; Fjordline Sensor Consortium",
        ":Signatories: Kelp Data Association and Fjordline Sensor Consortium",
        "Parties: Kelp Data Association, Fjordline Sensor Consortium",
    ],
    ids=["rst-parties", "rst-signatories", "plain-parties"],
)
def test_a_statement_listing_its_parties_in_a_header_field_is_an_mou(
    tmp_path: Path, title: str, parties: str
) -> None:
    text = FIELD_LIST.format(over="=" * len(title), title=title, parties=parties)
    assert extracted(tmp_path, text, "s.txt").kind == "MemorandumOfUnderstanding"


def test_a_parties_field_leaves_an_addendum_and_minutes_what_their_titles_say(tmp_path: Path) -> None:
    addendum = FIELD_LIST.format(
        over="=" * 28,
        title="ADDENDUM 2 to the KDF - FSC Work Register",
        parties="Parties: Kelp Data Association and Fjordline Sensor Consortium",
    ).replace("Joint activities\n", "Changes to the work items\n")
    assert extracted(tmp_path, addendum, "a.txt").kind == "RegisterAddendum"
    minutes = FIELD_LIST.format(
        over="=" * 40,
        title="Minutes of the KDF - FSC liaison meeting",
        parties="Parties: Kelp Data Association and Fjordline Sensor Consortium",
    )
    assert extracted(tmp_path, minutes, "m.txt").kind == "MeetingRecord"


def test_a_page_recalling_an_agreement_is_still_a_page(tmp_path: Path) -> None:
    page = (
        "# Partners\n\n## Fjordline Sensor Consortium\n\n"
        "The Kelp Data Association and the Fjordline Sensor Consortium have cooperated since 2019 under a "
        "liaison agreement. Parties to our other agreements are listed on the members' pages.\n\n"
        "## Norsk Tide Institute\n\n"
        "A memorandum of understanding with the Norsk Tide Institute covers tide gauge data.\n"
    )
    assert extracted(tmp_path, page, "p.md").kind == "AlliancePage"


ANNEX = """\
# {title}

## {part}

Annex to the {agreement} signed on 24 August 2027

The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC), together "the Parties", intend to
cooperate in the areas listed below.

1. Maintenance of the tide gauge telemetry profile.
2. Alignment of the buoy firmware test suites.
3. Joint promotion at ocean technology fairs.
"""


@pytest.mark.parametrize("part", ["Annex A - Areas of Cooperation", "Exhibit 1: Scope", "Appendix B"])
@pytest.mark.parametrize(
    "title, agreement",
    [
        ("Memorandum of Understanding between KDA and FSC", "Memorandum of Understanding"),
        ("KDA - FSC Cooperation Agreement", "Cooperation Agreement"),
    ],
    ids=["mou", "cooperation-agreement"],
)
def test_an_agreements_annex_under_its_title_is_the_agreement(
    tmp_path: Path, part: str, title: str, agreement: str
) -> None:
    text = ANNEX.format(title=title, part=part, agreement=agreement)
    assert extracted(tmp_path, text, "annex.md").kind == "MemorandumOfUnderstanding"


def test_an_exhibit_that_is_an_addendum_stays_one(tmp_path: Path) -> None:
    text = ANNEX.format(
        title="KDA - FSC Work Register", part="Exhibit A - Addendum No. 2", agreement="Work Register"
    ).replace(
        "intend to\ncooperate in the areas listed below.", "changed the items below.\n\n- Added: item 4"
    )
    assert extracted(tmp_path, text, "exhibit.md").kind == "RegisterAddendum"
