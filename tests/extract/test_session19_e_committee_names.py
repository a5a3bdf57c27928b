"""A numbered committee written with its head abbreviated and spelt out is one unit known by both names
(issue 12, point 9, session 19): standards bodies write "Technical Committee 18" in a title or a first
mention and "TC 18" or "TC18" in tables, fields and later prose ("Technical Committee 57" / "TC 57",
"Technical Committee 9.9" / "TC 9.9"). The unit was made from the short form only, so the name the document
gives in full was lost (and the unit missed where a reader looks it up by that name), or, named in full
only before its short form in brackets, not made at all. The body HMC and the numbers are invented; the
expected names were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

HEAD = (
    "# OBC / HMC liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC)\n\n## Work\n\n"
)

LAYOUTS = {
    "full then table": (
        "OBC works with HMC {full} 18 on the buoy housing profile.\n\n"
        "| Group | Role |\n|---|---|\n| HMC {short} 18 | owner |\n| OBC | reviewer |\n"
    ),
    "short run on, then full after the body": (
        "OBC and HMC {short}18 review the buoy housing profile. {full} 18 of HMC owns it.\n"
    ),
    "short then full": (
        "HMC {short} 18 owns the buoy housing profile; OBC reviews it with the HMC {full} 18.\n"
    ),
    "full with the short in brackets": (
        "HMC {full} 18 ({short} 18) maintains the buoy housing profile. OBC sends its comments to "
        "{short} 18.\n"
    ),
}
HEADS = {"technical committee": ("Technical Committee", "TC"), "subcommittee": ("Subcommittee", "SC")}


@pytest.mark.parametrize("head", sorted(HEADS))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_committee_written_short_and_in_full_is_one_unit_with_both_names(
    tmp_path: Path, layout: str, head: str
) -> None:
    full, short = HEADS[head]
    record = extracted(tmp_path, HEAD + LAYOUTS[layout].format(full=full, short=short), "register.md")
    owned = [
        {folded(name) for name in (unit.label, *unit.names)}
        for unit, _ in record.units
        if unit.unit_of is not None and str(unit.unit_of).endswith("/hmc")
    ]
    assert len(owned) == 1, (layout, owned)
    assert f"{head} 18" in {name.removeprefix("hmc ") for name in owned[0]}, (layout, owned)
