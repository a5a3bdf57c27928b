""" "OpenInfra" is a name of the OpenInfra Foundation (the short form its own pages write: the foundation is
no party of an agreement that calls it so, session 31, engineer N, C's request); its reference entry says
where the name was read. Wording invented."""

from __future__ import annotations

import pytest

from kg.extract.names import Resolver
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    reference, ontology = reference_graphs(default_sources().root)
    return Resolver(reference, ontology)


@pytest.mark.parametrize(
    "text",
    [
        "for OpenInfra: Jo Example, jo@example.org\n",
        "OpenInfra and the CNCF agree to hold joint runtime syncs.\n",
        "Signed for the Parties: OpenSSF, OpenInfra\n",
    ],
)
def test_openinfra_names_the_foundation(resolver: Resolver, text: str) -> None:
    labels = {m.entity.label for m in resolver.mentions(text) if m.entity.kind == "organization"}
    assert "OpenInfra Foundation" in labels, labels


def test_the_name_has_a_source_read_for_it() -> None:
    text = (default_sources().root / "data" / "reference" / "organizations.ttl").read_text(encoding="utf-8")
    entry = text[text.index("organization:openinfra-foundation a") :].split("\n\n", 1)[0]
    assert '"OpenInfra"@en' in entry and "superuser.openinfra.dev" in entry
