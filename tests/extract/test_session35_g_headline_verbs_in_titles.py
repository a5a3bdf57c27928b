"""A headline's finite verb in title case ("... Consortium Leads to 3D Tiles Community Standard", "OGC
Approves Sea Ice Exchange Standard ...") ends no title: the specification's title starts after the verb and
its small words, and a kind of standard after a name in such a headline ("Community Standard") leaves the
name itself ("Voxel Tiles"), the whole phrase an alias. A title with no verb in it is read as before.
Headlines, formats and bodies' work invented; text, Markdown and HTML (issue 12 point 9, session 35, G).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def topic_names(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {n for entity, _ in record.specifications for n in (entity.label, *entity.names)}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Liaison between Khronos and Open Geospatial Consortium Leads to Voxel Tiles Community "
            "Standard\n\n"
            "The OGC adopted Voxel Tiles as a Community Standard under its liaison with the Khronos Group.\n",
            "k.txt",
            "Voxel Tiles",
        ),
        (
            "<html><body><h1>OGC Approves Sea Ice Exchange Standard Developed with WMO</h1><p>The OGC and "
            "the WMO work together under their partnership on polar data.</p></body></html>",
            "w.html",
            "Sea Ice Exchange Standard",
        ),
        (
            "# The Khronos Group Publishes Scene Streaming Specification with OGC\n\n"
            "The Khronos Group and the OGC cooperate under a liaison agreement on 3D streaming.\n",
            "s.md",
            "Scene Streaming Specification",
        ),
    ],
)
def test_no_title_across_a_headlines_verb(tmp_path: Path, text: str, name: str, title: str) -> None:
    names = topic_names(tmp_path, text, name)
    assert title in names, names
    verbs = ("Leads", "Approves", "Publishes")
    assert not any(verb in n.split() for n in names for verb in verbs), names


def test_a_title_without_a_verb_is_read_whole(tmp_path: Path) -> None:
    names = topic_names(
        tmp_path,
        "Liaison note\n\nThe OGC and the Khronos Group align the Road Signs Exchange Standard in their "
        "liaison.\n",
        "r.txt",
    )
    assert "Road Signs Exchange Standard" in names, names
