"""A store built by another version of alliance-kg: a refusal says that the store's rules are not this
version's, and `kg build --keep-documents` brings its ontology, shapes and reference data up to date
while keeping the documents ingested into it (`kg build` alone makes the store hold its own graphs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ingest_stores import refusing_store, stored_graph_names

from kg.cli.main import main
from kg.pipeline.ingest import STALE_STORE_NOTE, Session, extract

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


ROOT = Path(__file__).parents[2]
DOCUMENT = ROOT / "tests" / "fixtures" / "registers" / "ogf-ofa-register.html"


def test_keep_documents_keeps_what_was_ingested_and_a_plain_build_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, out = tmp_path / "store", tmp_path / "dist"
    assert main(["build", "--store", str(store), "--out", str(out)]) == 0
    built = stored_graph_names(store)
    assert main(["ingest", str(DOCUMENT), "--store", str(store)]) == 0
    ingested = str(extract(DOCUMENT).graph_iri)
    assert stored_graph_names(store) == built | {ingested}

    assert main(["build", "--keep-documents", "--store", str(store), "--out", str(out)]) == 0
    assert stored_graph_names(store) == built | {ingested}
    assert main(["build", "--store", str(store), "--out", str(out)]) == 0
    assert stored_graph_names(store) == built
    capsys.readouterr()


def test_a_refusal_by_rules_that_are_not_this_version_s_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """refusing_store's shapes add a rule this version does not have: the refusal names the
    violation and says how to bring the store up to date."""
    store = refusing_store(tmp_path / "store", [DOCUMENT])
    assert main(["ingest", str(DOCUMENT), "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert "refused by the store's own shape" in err
    assert STALE_STORE_NOTE.strip() in err
    assert "kg build --keep-documents" in err


def test_a_store_built_by_this_version_has_no_such_note(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert main(["build", "--store", str(store), "--out", str(tmp_path / "dist")]) == 0
    with Session(store) as session:
        session.prepare()
        assert session.shapes_ontology is not None  # judged by the store's shapes, which are this version's
        assert session.stale_note() == ""


MOU = """# Memorandum of Understanding between ETSI and the NGMN Alliance

The European Telecommunications Standards Institute (ETSI) and the Next Generation Mobile Networks
Alliance (NGMN) agree to cooperate on the requirements for 6G networks.

## 1. Scope

ETSI and NGMN will exchange liaison statements and share draft requirements.

## 2. Term

This Memorandum of Understanding was signed on 3 May 2024 and enters into force on that date.
"""


def store_without(path: Path, organization: str) -> Path:
    """A store as an older version's kg build made it: its reference data lacks `organization`, a body
    this version's gazetteer knows (session 16 added NGMN)."""
    from rdflib import URIRef

    from kg.model.namespaces import ID, REFERENCE_GRAPH
    from kg.pipeline.build import assemble, named_graphs
    from kg.store.embedded import write_store

    graphs = named_graphs(assemble())
    reference, body = graphs[REFERENCE_GRAPH], URIRef(f"{ID}organization/{organization}")
    assert (body, None, None) in reference, "this version's gazetteer knows the body"
    reference.remove((body, None, None))
    write_store(graphs, path)
    return path


def test_a_refusal_by_a_store_whose_reference_data_is_older_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The extraction resolves NGMN by this version's gazetteer, the store's reference data does not
    know it: the shapes refuse a party that is no akg:Organization, and the refusal says why and what
    to do; after `kg build --keep-documents` the same document is added."""
    document = tmp_path / "etsi-ngmn-mou.md"
    document.write_text(MOU, encoding="utf-8")
    store = store_without(tmp_path / "store", "ngmn")
    assert main(["ingest", str(document), "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert "organization/ngmn" in err and STALE_STORE_NOTE.strip() in err

    assert main(["build", "--keep-documents", "--store", str(store), "--out", str(tmp_path / "dist")]) == 0
    assert main(["ingest", str(document), "--store", str(store)]) == 0, capsys.readouterr().err
