"""Attack round 18 (session 31, engineer R): a resource document asked with a suffix of no format.

`/doc/organization/dmtf.nq` (or `.trig`, `.json`) was 404 "nothing is known about .../dmtf.nq", as if
DMTF were unknown; it now says the resource has no such document, which suffixes it has, and where the
N-Quads and TriG of the store are (kg.server.linked.unserved_suffix). An unknown resource is as before.
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client


@pytest.mark.parametrize("suffix", ["nq", "trig", "json", "csv"])
def test_a_known_resource_with_an_unserved_suffix_is_named_so(suffix: str) -> None:
    with http_client() as client:
        answer = client.get(f"/doc/organization/dmtf.{suffix}")
    assert answer.status_code == 404
    assert f"/doc/organization/dmtf has no .{suffix} document" in answer.text
    assert ".ttl, .jsonld, .nt, .rdf, .html" in answer.text and "nothing is known" not in answer.text


def test_an_unknown_resource_is_still_unknown() -> None:
    with http_client() as client:
        answer = client.get("/doc/organization/no-such-body.nq")
    assert answer.status_code == 404
    assert (
        "nothing is known about https://w3id.org/alliance-kg/id/organization/no-such-body.nq" in answer.text
    )


def test_the_served_suffixes_still_answer() -> None:
    with http_client() as client:
        assert client.get("/doc/organization/dmtf.ttl").status_code == 200
        assert client.get("/doc/organization/dmtf").status_code == 200
