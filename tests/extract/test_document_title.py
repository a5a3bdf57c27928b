"""The document's title (kg.extract.structure.document_title): a letterhead's line that only names the kind
of document ("WORK REGISTER") gives way to the register's own title below it."""

from __future__ import annotations

from pathlib import Path

from support.work_items import letterhead_register

from kg.pipeline.ingest import extract


def title_of(tmp_path: Path, kind: str, title: str) -> str:
    path = tmp_path / "register.txt"
    path.write_text(letterhead_register(kind=kind, title=title), encoding="utf-8")
    return extract(path).record.title.value


def test_the_registers_own_title_wins_over_the_letterheads_kind(tmp_path: Path) -> None:
    assert title_of(tmp_path, "WORK REGISTER", "OGF / DMTF Storage Work Register") == (
        "OGF / DMTF Storage Work Register"
    )
    assert title_of(tmp_path, "Joint Work Register", "OGF - DMTF Work Register on Storage") == (
        "OGF - DMTF Work Register on Storage"
    )


def test_a_kind_alone_is_still_a_title_when_nothing_better_follows(tmp_path: Path) -> None:
    assert title_of(tmp_path, "WORK REGISTER", "Scope and purpose of the cooperation") == "WORK REGISTER"
