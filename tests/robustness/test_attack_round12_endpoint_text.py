"""A hostile endpoint's answer holding a lone surrogate (`"\\ud800"` in SPARQL JSON): JSON's escapes can
write one, but it is no Unicode character, so no RDF term holds it. Before, `kg sparql --endpoint URL
-f json|csv|tsv` read it into a term and ended in a `UnicodeEncodeError` traceback (exit 1) when writing
the answer (docs/reliability.md section 22); now the answer is refused in one line naming the endpoint,
exit 2, as any other answer that is no SPARQL results. A real HTTP server on 127.0.0.1 answers; `kg` runs
as a subprocess. A surrogate *pair* (an emoji written as two escapes) is one character and still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import kg_command
from support.static_endpoint import answering

QUERY = "SELECT ?x {?s ?p ?x}"


def answer_of(term: str) -> bytes:
    """SPARQL JSON of one row binding ?x to `term`, a JSON object written as text (escapes kept)."""
    return b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":' + term.encode() + b"}]}}"


ANSWERS = {
    "literal": answer_of(r'{"type":"literal","value":"a\ud800b"}'),
    "iri": answer_of(r'{"type":"uri","value":"http://example.org/\udfff"}'),
    "blank": answer_of(r'{"type":"bnode","value":"b\ud800"}'),
    "datatype": answer_of(r'{"type":"literal","value":"1","datatype":"http://example.org/\ud800"}'),
    "pair": answer_of(r'{"type":"literal","value":"a\ud83d\ude00b"}'),
}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering(ANSWERS) as url:
        yield url


@pytest.mark.parametrize(
    ("answer", "fmt"), [("literal", "json"), ("iri", "csv"), ("blank", "tsv"), ("datatype", "tsv")]
)
def test_a_lone_surrogate_is_refused_in_one_line(
    endpoint: str, answer: str, fmt: str, tmp_path: Path
) -> None:
    url = f"{endpoint}/{answer}"
    done = kg_command("sparql", "--endpoint", url, "--format", fmt, QUERY, cwd=tmp_path)
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert url in done.stderr and "not SPARQL JSON results" in done.stderr


def test_a_surrogate_pair_is_one_character_and_read(endpoint: str, tmp_path: Path) -> None:
    done = kg_command("sparql", "--endpoint", f"{endpoint}/pair", "--format", "json", QUERY, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    bindings = json.loads(done.stdout)["results"]["bindings"]
    assert bindings == [{"x": {"type": "literal", "value": "a\N{GRINNING FACE}b"}}]
