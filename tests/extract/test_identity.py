"""The identity of a document (kg.extract.identity, docs/identity.md): never its parties alone,
never its file name."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from support.work_items import letterhead_register

from kg.extract.identity import document_slug, version_slug
from kg.model.mapping import source_document_iri
from kg.model.records import DatedFact, Field
from kg.pipeline.ingest import extract

KINDS = Path(__file__).parents[1] / "fixtures" / "kinds"
SEED = Path(__file__).parents[2] / "data" / "registers" / "ogf-dmtf-work-register.txt"


def test_two_versions_and_two_registers_between_the_same_parties_differ(tmp_path: Path) -> None:
    first = extract(SEED)
    newer = tmp_path / "register.txt"
    newer.write_text(SEED.read_text(encoding="utf-8").replace("1.3d", "2.0"), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(
        SEED.read_text(encoding="utf-8").replace(
            "OGF / DMTF Work Register", "OGF / DMTF Cloud Work Register"
        ),
        encoding="utf-8",
    )
    slugs = {first.record.slug, extract(newer).record.slug, extract(other).record.slug}
    assert slugs == {
        "ogf-dmtf-work-register-v1-3d",
        "ogf-dmtf-work-register-v2-0",
        "ogf-dmtf-cloud-work-register-v1-3d",
    }
    assert len({first.graph_iri, extract(newer).graph_iri, extract(other).graph_iri}) == 3


def test_the_file_name_plays_no_part(tmp_path: Path) -> None:
    copies = [
        tmp_path / "a" / "register.txt",
        tmp_path / "b" / "register.txt",
        tmp_path / "Übersicht \u2013 登録.txt",
    ]
    for copy in copies:
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(KINDS / "ogf-liaison-statement.txt", copy)
    extractions = [extract(copy) for copy in copies]
    assert {e.record.slug for e in extractions} == {"ogf-dmtf-liaison-statement-2021-03-15"}
    assert len({source_document_iri(e.document) for e in extractions}) == 1
    assert str(source_document_iri(extractions[0].document)).endswith(
        "/id/document/" + extractions[0].document.sha256[:16]
    )


def test_without_version_or_date_the_content_decides() -> None:
    record = extract(KINDS / "ogf-liaison-statement.txt").record
    bare = dataclasses.replace(record, version=None, dates=[], date_initiated=None)
    document = extract(KINDS / "ogf-liaison-statement.txt").document
    assert document_slug(bare, document) == f"ogf-dmtf-liaison-statement-{document.sha256[:8]}"
    dated = dataclasses.replace(bare, dates=[DatedFact("meeting", "2021-04", ())])
    assert document_slug(dated, document).endswith("-2021-04")
    titled = dataclasses.replace(
        bare, title=Field("A title that is much longer than ten words would ever need to be here", ())
    )
    # (a title naming neither party gets the parties first: see the test below)
    assert document_slug(titled, document).startswith(
        "dmtf--ogf--a-title-that-is-much-longer-than-ten-words-would-"
    )


def test_a_title_naming_no_party_is_told_apart_by_the_parties() -> None:
    """Two memoranda titled only "MEMORANDUM OF UNDERSTANDING", between different bodies and effective the
    same day, were one identity (memorandum-of-understanding-2026-04-01): a batch refused the second as
    a changed copy of the first. A title that names a party, by its IRI's local name, label or acronym,
    keeps its slug as it was."""
    record = extract(KINDS / "ogf-liaison-statement.txt").record
    document = extract(KINDS / "ogf-liaison-statement.txt").document
    dated = dataclasses.replace(
        record, version=None, dates=[DatedFact("effective", "2026-04-01", ())], date_initiated=None
    )
    bare = dataclasses.replace(dated, title=Field("MEMORANDUM OF UNDERSTANDING", ()))
    assert document_slug(bare, document) == "dmtf--ogf--memorandum-of-understanding-2026-04-01"
    others = dataclasses.replace(bare, parties=bare.parties[:1])
    assert document_slug(others, document) != document_slug(bare, document)
    for title in ("Open Grid Forum memorandum", "Memorandum of the OGF", "DMTF and partners"):
        named = dataclasses.replace(dated, title=Field(title, ()))
        assert not document_slug(named, document).startswith("dmtf--"), title


def test_version_numbers() -> None:
    assert [version_slug(v) for v in ("1.3d", "0.9 Date Initiated: April 1 2010", "Draft 0.3", "Final")] == [
        "1-3d",
        "0-9",
        "0-3",
        "final",
    ]


def test_a_version_on_a_line_of_its_own_tells_two_versions_apart(tmp_path: Path) -> None:
    # "Version 1.0" under the title, with no colon, as title pages write it: versions 1.0 and 1.1 dated
    # alike must be two documents, not one document changed (which ingest would refuse, or replace)
    slugs = []
    for number, line in (("1.0", "Version 1.0"), ("1.1", "**Rev. 1.1 (Draft)**")):
        path = tmp_path / f"register-{number}.txt"
        path.write_text(letterhead_register(version=line), encoding="utf-8")
        record = extract(path).record
        assert record.version is not None and record.version.value == number
        slugs.append(record.slug)
    assert slugs[0] != slugs[1] and all(s.endswith(("-v1-0", "-v1-1")) for s in slugs)


def test_a_version_line_is_only_a_version() -> None:
    from kg.extract.statements import version_line

    assert version_line("Title\nVersion 3 of the agreement covers two bodies\n") is None
    assert version_line("Title\n## Version 2.0\n- changed the scope\n") is None  # a changelog's section
    assert version_line("line\n" * 20 + "Version 1.0\n") is None  # past the title page
