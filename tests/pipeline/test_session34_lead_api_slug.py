"""The Python API's `slug=` follows the rule of `kg ingest --slug` (kg.model.namespaces.slug_problem): a
slug that is no single IRI segment is refused, naming the document and the slug, before anything is read
(round 22 checked only the command line: `extract(path, slug="../x")` made a register whose IRI no
client resolves). A good slug still names the register."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model.namespaces import slug_problem
from kg.pipeline.ingest import extract

REGISTER = Path(__file__).resolve().parents[2] / "data" / "registers" / "ogf-dmtf-work-register.txt"


@pytest.mark.parametrize("slug", ["a b", "../x", "a/b", "a#b", "a?b", "", ".hidden", "x" * 201, "caf\u00e9"])
def test_a_slug_that_is_no_segment_is_refused(slug: str) -> None:
    with pytest.raises(InputError, match="is no register slug") as raised:
        extract(REGISTER, slug=slug)
    assert str(REGISTER) in str(raised.value)


@pytest.mark.parametrize("slug", ["ogf-dmtf-2011", "v1.2_draft~b", "A" * 200])
def test_a_segment_is_a_slug(slug: str) -> None:
    assert slug_problem(slug) is None


def test_the_slug_names_the_register() -> None:
    assert extract(REGISTER, slug="ogf-dmtf-2011").slug == "ogf-dmtf-2011"
