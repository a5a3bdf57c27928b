"""Layout invariance of a WEB PAGE PRINTED FROM A BROWSER to text, and of targets left open in words
(issue 12, point 9, session 22, engineer B):

- a browser's print header ("12/5/26, 10:14 AM      Liaison: ... | HMC") and footer (the page's address,
  then "1/2") are page furniture: no text of the item they follow (the footer was read into the last item
  of the page's first sheet);
- "to be agreed" and "to be decided" are open targets, as "to be confirmed" and "to be determined" are.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.extract.dates import parse_target

PAGE = """\
{header}

Skip to main content

Home  >  About  >  Liaisons  >  Open Buoy Consortium

Liaison: Open Buoy Consortium (OBC)

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)
have held a formal liaison since 2019. The liaison exists because tide
records move between harbour gauges and offshore buoys: the HMC tide
record format carries gauge readings, and the OBC telemetry profile
carries buoy clocks. Changes to one side have to be checked on the
other, and both sides review the liaison each spring in Bergen.

Each side sends a liaison representative to the other's meetings and
reports back in writing. Documents in progress are exchanged under the
rules of the body that owns them.

Current joint work

  \u2022   Revision of the tide record format to reference the buoy telemetry
      profile \u2014 target Q2 2027
  \u2022   Guidance on tide records over satellite links \u2014 expected H2
      2027
  \u2022   Aligned test files for the tide record format and buoy clocks \u2014 tbd
{footer}

{header}

Contacts

HMC: Ada Lindqvist, liaison officer to OBC
"""

ITEMS = {
    ("revision of the tide record format to reference the buoy telemetry profile", "Q2 2027"),
    ("guidance on tide records over satellite links", "H2 2027"),
    ("aligned test files for the tide record format and buoy clocks", "tbd"),
}


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        (
            "12/5/26, 10:14 AM                         Liaison: Open Buoy Consortium (OBC) | HMC",
            "https://www.hmc.example/about/liaisons/open-buoy-consortium        1/2",
        ),
        (
            "05/12/2026, 22:14                         Liaison: OBC | HMC",
            "https://hmc.example/liaisons/obc?print=1                          1/3",
        ),
    ],
)
def test_a_browsers_print_furniture_is_no_text_of_an_item(tmp_path: Path, header: str, footer: str) -> None:
    record = extracted(tmp_path, PAGE.format(header=header, footer=footer), "hmc-liaison-obc-printed.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}


@pytest.mark.parametrize("text", ["to be agreed", "To be decided", "to be confirmed", "to be determined"])
def test_a_target_left_open_in_words_is_an_open_target(text: str) -> None:
    target = parse_target(text)
    assert target is not None and target.is_status and target.text == text
