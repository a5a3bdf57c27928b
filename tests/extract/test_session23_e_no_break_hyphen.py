"""The no-break hyphen (U+2011) and the hyphen (U+2010) are read as "-" (session 23, engineer E, named by
engineer B): a page that writes "Tide-Link 7" with a no-break hyphen, as word processors and web editors do
to keep a name on one line, named another specification than one writing "Tide-Link 7", and no rule of
names, numbers or dates written with "-" read it. Every reader's text goes through one builder, which
makes the change character for character (each offset still its own). The names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.extract.documents import read_document

PAGE = """<html><body><h1>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) liaison</h1>
<p>The HMC and the OBC cooperate on TideLink{h}7 and on the HMC{h}TR{h}4410 test methods,
due 2026{h}12{h}15.</p>
</body></html>
"""
TEXT = """HMC / OBC Liaison

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on TideLink{h}7
and on the HMC{h}TR{h}4410 test methods, due 2026{h}12{h}15.
"""
HYPHENS = ["\u2011", "\u2010"]


@pytest.mark.parametrize("hyphen", HYPHENS)
@pytest.mark.parametrize(("layout", "name"), [(PAGE, "page.html"), (TEXT, "page.txt")])
def test_a_typographic_hyphen_reads_as_a_hyphen(tmp_path: Path, layout: str, name: str, hyphen: str) -> None:
    path = tmp_path / name
    path.write_text(layout.format(h=hyphen), encoding="utf-8")
    text = read_document(path).text
    assert "TideLink-7" in text and "HMC-TR-4410" in text and "2026-12-15" in text, text
    assert hyphen not in text


@pytest.mark.parametrize("hyphen", HYPHENS)
def test_the_same_names_as_with_a_hyphen(tmp_path: Path, hyphen: str) -> None:
    plain = topic_labels(extracted(tmp_path, TEXT.format(h="-"), "plain.txt"))
    typographic = topic_labels(extracted(tmp_path, TEXT.format(h=hyphen), "typographic.txt"))
    assert typographic == plain, (typographic, plain)
