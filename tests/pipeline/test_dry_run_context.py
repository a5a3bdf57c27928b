"""A dry run over several documents judges each as the real run would: in the context of the documents
it accepted before (kg.pipeline.ingest.DryRunContext), as the store gives a real run the documents written.

Found by a dry run over the corpus: the second document naming a specification under another name
("FAP" after "Fabric Attestation Profile (FAP)") kept its name as skos:altLabel (labels settled against
the documents accepted before) but was validated without them, so the specification had no preferred
label at all: a Violation that refused in the dry run a document the real run accepts. And a dry run kept
each accepted document as extracted, not as judged (its labels unsettled), so a third document naming the
specification as the first did clashed with the second's name and was refused too."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.cli.main import main
from kg.pipeline.ingest import ADDED, ingest_batch

FIRST = """# Work Register between DMTF and SNIA

Version 1.0, 3 March 2026

Parties: Distributed Management Task Force (DMTF) and Storage Networking Industry Association (SNIA)

## Scope

The parties align the Fabric Attestation Profile (FAP) specification with their storage models.

## Milestones

| Milestone | Target |
|---|---|
| FAP 1.0 published | Q3 2026 |
"""

SECOND = """# Work Register between DMTF and OCP

Version 1.0, 4 March 2026

Parties: Distributed Management Task Force (DMTF) and Open Compute Project (OCP)

## Scope

The parties review FAP for platform firmware.

## Milestones

| Milestone | Target |
|---|---|
| FAP and DICE alignment note | Q4 2026 |
| FAP 1.1 errata list | Q1 2027 |
"""

THIRD = """# Work Register between SNIA and OCP

Version 1.0, 5 March 2026

Parties: Storage Networking Industry Association (SNIA) and Open Compute Project (OCP)

## Scope

The parties test the Fabric Attestation Profile (FAP) on storage enclosures.

## Milestones

| Milestone | Target |
|---|---|
| FAP enclosure test plan | Q2 2027 |
"""

FAP = URIRef("https://w3id.org/alliance-kg/id/specification/fap")


def documents(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a-register.md").write_text(FIRST, encoding="utf-8")
    (folder / "b-register.md").write_text(SECOND, encoding="utf-8")
    (folder / "c-register.md").write_text(THIRD, encoding="utf-8")
    return folder


def test_a_dry_run_judges_each_document_with_those_it_accepted_before(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = documents(tmp_path / "documents")
    dry = ["ingest", str(folder), "--dry-run", "--workers", "0", "--store", str(tmp_path / "dry")]
    assert main(dry) == 0, capsys.readouterr().err
    assert "3 added, 0 replaced, 0 unchanged, 0 refused (dry run" in capsys.readouterr().out
    outcomes = list(ingest_batch(sorted(folder.iterdir()), store=tmp_path / "dry", dry_run=True, workers=0))
    assert [outcome.verdict for outcome in outcomes] == [ADDED, ADDED, ADDED]
    second = outcomes[1].extraction
    assert second is not None
    # the mechanism was at work: the second document's name for FAP was settled as an alternative label,
    # so its graph gives FAP no preferred label of its own: the first document's is the context
    assert (FAP, SKOS.altLabel, Literal("FAP", lang="en")) in second.graph
    assert (FAP, SKOS.prefLabel, None) not in second.graph
    # and it was kept so (Session.judge kept the extraction before its labels were settled: the third
    # document, naming FAP as the first did, then clashed with the second's "FAP" and was refused)
    third = outcomes[2].extraction
    assert third is not None
    assert (FAP, SKOS.prefLabel, Literal("Fabric Attestation Profile", lang="en")) in third.graph
    store = tmp_path / "store"
    assert main(["ingest", str(folder), "--store", str(store)]) == 0  # the real run agrees


def test_a_dry_run_into_a_built_store_judges_them_so_too(tmp_path: Path, store_copy: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The same, validated in the store's context (kg.validate.at_scale.validate_in_context's `meanwhile`)."""
    folder = documents(tmp_path / "documents")
    assert main(["ingest", str(folder), "--dry-run", "--workers", "0", "--store", str(store_copy)]) == 0
    assert "3 added, 0 replaced, 0 unchanged, 0 refused (dry run" in capsys.readouterr().out
