"""A body's numbered group written with "TAG", its technical advisory group ("IEEE 802.18 TAG"), is a unit
of the body, not the specification "IEEE 802.18", and is the same unit as "IEEE 802.18 Technical Advisory
Group"; an article opening a sentence is no word of a group written by its short name ("The 802.11 WG
meets weekly" named a unit "The 802.11 WG" of the body named last) (issue 12 point 9, session 32, engineer
G; session 31's reports on IEEE 802.18 liaison statements to ITU-R).

Groups real or invented, wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def statement(layout: str, body: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Reply liaison to ITU-R\n\n{body}\n", "s.md"
    if layout == "html":
        return f"<html><body><h1>Reply liaison to ITU-R</h1><p>{body}</p></body></html>", "s.html"
    return f"Reply liaison to ITU-R\n\n{body}\n", "s.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("The IEEE 802.18 TAG thanks ITU-R WP 5A for its liaison statement and replies below.", "802.18"),
        ("The IEEE 802.24 TAG will cooperate with ITU-R on smart grid spectrum.", "802.24"),
        (
            "The IEEE 802.18 Technical Advisory Group works with ITU-R WP 5A. The 802.18 TAG meets weekly.",
            "802.18",
        ),
    ],
)
def test_a_numbered_tag_is_a_unit_not_a_standard(tmp_path: Path, layout: str, body: str, unit: str) -> None:
    record = extracted(tmp_path, *statement(layout, body))
    labels = [u.label for u, _ in record.units]
    ieee = [label for label in labels if unit in label]
    assert len(ieee) == 1 and ieee[0].startswith("IEEE "), labels
    specifications = [s.label for s, _ in record.specifications]
    assert not any(unit in label for label in specifications), specifications


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_an_article_is_no_word_of_a_short_named_group(tmp_path: Path, layout: str) -> None:
    body = "The IEEE 802.11 Working Group works with ITU-R WP 5A. The 802.11 WG meets weekly."
    record = extracted(tmp_path, *statement(layout, body))
    labels = [u.label for u, _ in record.units]
    assert not any(label.startswith("The ") for label in labels), labels
    assert sum("802.11" in label for label in labels) == 1, labels
