"""An endpoint's graph answer (CONSTRUCT, DESCRIBE) of more triples than `kg sparql --endpoint --max-rows N`
reads: refused having read N + 1 of them, in one line naming the endpoint and the cap, exit 2.

Before, the answer was parsed whole into an rdflib graph and only the answer's bytes were capped
(256 MiB): Turtle's lists (`:s :p :o1, :o2, ...`) are a few bytes a triple, so one answer could become
tens of millions of triples and gigabytes (the SELECT side counted its rows since round 10). The proof
needs no clock: 1,500 well-formed triples and then a line no parser reads; read whole, it was "not
Turtle"; read as taken, it is the cap's refusal. A real HTTP server on 127.0.0.1 answers; `kg` runs as a
subprocess.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from support.cli import kg_command
from support.static_endpoint import answering

CAP = 1_000


def terse(count: int, tail: str = "") -> bytes:
    """One subject and predicate with `count` objects, as Turtle writes a list of them."""
    objects = ", ".join(f":o{n}" for n in range(count))
    return f"@prefix : <http://e.example/> .\n:s :p {objects} .\n{tail}".encode()


def lines(count: int, tail: str = "") -> bytes:
    """`count` N-Triples lines (Turtle's subset), then `tail`."""
    body = "".join(
        f"<http://e.example/s{n}> <http://e.example/p> <http://e.example/o{n}> .\n" for n in range(count)
    )
    return (body + tail).encode()


ANSWERS = {
    "terse": terse(5_000),
    "lines": lines(5_000),
    "broken-after": lines(1_500, "this line is no RDF at all\n"),
    "few": terse(3),
}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with answering(ANSWERS, content_type="text/turtle") as url:
        yield url


def sparql(url: str, query: str, cwd: Path, *options: str) -> tuple[int, str, str]:
    done = kg_command("sparql", "--endpoint", url, *options, query, cwd=cwd)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("answer", ["terse", "lines", "broken-after"])
@pytest.mark.parametrize(
    "query", ["CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE <http://e.example/s>"]
)
def test_a_graph_answer_over_the_cap_is_refused_in_one_line(
    endpoint: str, answer: str, query: str, tmp_path: Path
) -> None:
    url = f"{endpoint}/{answer}"
    code, out, err = sparql(url, query, tmp_path, "--max-rows", str(CAP))
    assert code == 2, (code, out[-500:], err[-2000:])
    assert len(err.strip().splitlines()) == 1, err[-2000:]
    assert url in err and "more than 1,000 triples" in err and "--max-rows" in err, err


def test_a_graph_answer_within_the_cap_is_read_whole(endpoint: str, tmp_path: Path) -> None:
    code, out, err = sparql(
        f"{endpoint}/terse", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", tmp_path, "--format", "turtle"
    )
    assert code == 0, err[-2000:]
    assert len(Graph().parse(data=out, format="turtle")) == 5_000  # the default cap is a million


def test_an_answer_with_a_broken_line_within_the_cap_is_still_no_turtle(
    endpoint: str, tmp_path: Path
) -> None:
    """The cap changes nothing for an answer under it: the broken line is still named as such."""
    code, _out, err = sparql(
        f"{endpoint}/broken-after",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        tmp_path,
        "--max-rows",
        "2000",
    )
    assert code == 2, err[-2000:]
    assert "not Turtle" in err, err
