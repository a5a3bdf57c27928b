"""Reading a Graph Store upload, in the write worker: bounded time and memory, no entity bomb.

Why in the write worker rather than the server process: Oxigraph's parsers (pyoxigraph 0.5,
measured in docs/reliability.md section 11) expand RDF/XML internal entities without limit (a
1 kB "billion laughs" took the server past its memory and ended it), are quadratic in the nesting
depth and in the attributes of one element of RDF/XML (1 MiB: 65 s, 13 s), cost a copy of the
active JSON-LD context per scoped context (1 MiB: 51 s, in one step that no deadline between
triples interrupts), and a 1 MiB Turtle body of nested collections is 1,040,000 triples, 685 MB
in the server process. The write worker has the limits visitors' queries have: it is killed at
the time limit (nothing written), its address space is capped, it has no network. In it, every
body goes first through the guard every other RDF input of the project passes (kg.model.rdfguard:
remote contexts, nesting, entities, term lengths), then, for RDF/XML, a count of attributes and
namespaces, and is parsed as a stream whose N-Triples may grow to AMPLIFICATION times the
request limit.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any
from xml.parsers import expat

import pyoxigraph as ox

from kg.model.rdfguard import Hostile, check_rdf_file

AMPLIFICATION = 16  # the N-Triples of an upload may be this many times the request limit
MAX_ATTRIBUTES = 256  # attributes (namespace declarations included) of one RDF/XML element
MAX_NAMESPACES = 256  # namespace declarations in one RDF/XML document
GUARD_FORMATS = {
    ox.RdfFormat.TURTLE: "turtle",
    ox.RdfFormat.N_TRIPLES: "nt",
    ox.RdfFormat.RDF_XML: "xml",
    ox.RdfFormat.JSON_LD: "json-ld",
}
BATCH = 512  # triples serialized at once


class UploadRefused(Exception):
    """The body is refused (400): the message says what is wrong with it."""


def upload_request(method: str, graph: str, syntax: ox.RdfFormat, body: bytes, base: str, limit: int) -> dict:
    """What the server sends the write worker for one PUT or POST (JSON: the body as Latin-1 text,
    which maps every byte to one character and back)."""
    upload = {"method": method, "graph": graph, "format": syntax.media_type, "base": base, "limit": limit}
    return {"upload": {**upload, "body": body.decode("latin-1")}}


def upload_update(upload: dict[str, Any]) -> str:
    """In the write worker: the SPARQL Update writing the body's triples into the graph, or
    UploadRefused saying what is wrong with the body (where it does not parse, what it would cost)."""
    syntax = ox.RdfFormat.from_media_type(upload["format"])
    if syntax is None:
        raise UploadRefused(f"{upload['format']} is not an RDF syntax")
    body = upload["body"].encode("latin-1")
    guard(body, syntax)
    xml_error = count_xml_names(body) if syntax == ox.RdfFormat.RDF_XML else None
    try:
        data = streamed(body, syntax, upload["base"], AMPLIFICATION * int(upload["limit"]))
    except SyntaxError as error:
        where = f" at line {error.lineno}" if error.lineno else ""
        if not where and xml_error is not None:  # Oxigraph's RDF/XML errors name no place; expat's do
            where = f" at line {xml_error.lineno}, column {xml_error.offset + 1}"
        message = " ".join(str(error).split())
        raise UploadRefused(f"the {syntax.name} body does not parse{where}: {message}") from None
    except (ValueError, OSError) as error:
        raise UploadRefused(f"the {syntax.name} body cannot be read: {error}") from None
    return graph_update(upload["method"], upload["graph"], data)


def graph_update(method: str, graph: str, data: str) -> str:
    """The SPARQL Update of one write: Oxigraph's N-Triples of the parsed triples, in one graph."""
    name = str(ox.NamedNode(graph))  # the term as the store writes it (a ValueError for no IRI)
    replace = f"DROP SILENT GRAPH {name} ;\n" if method == "PUT" else ""
    return f"{replace}CREATE SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{data}}} }}"


def guard(body: bytes, syntax: ox.RdfFormat) -> None:
    """kg.model.rdfguard on the body (it reads files: the body goes into a temporary one)."""
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as directory:
        path = Path(directory) / "body"
        path.write_bytes(body)
        try:
            check_rdf_file(path, GUARD_FORMATS[syntax])
        except Hostile as error:
            raise UploadRefused(str(error).replace(str(path), f"the {syntax.name} body")) from None


def count_xml_names(body: bytes) -> expat.ExpatError | None:
    """Refuse an RDF/XML element with more than MAX_ATTRIBUTES attributes, or a document declaring
    more than MAX_NAMESPACES namespaces: Oxigraph's cost per element grows with both. The XML's
    well-formedness error, if any, is returned: its line and column, which Oxigraph's error lacks
    ("expected `</p>`, but `</q>` was found" was all a client learnt of a 1 MiB upload; round 21)."""
    declared = 0

    def start(name: str, attributes: list[str]) -> None:
        nonlocal declared
        if len(attributes) > 2 * MAX_ATTRIBUTES:  # ordered_attributes: name, value, name, value...
            raise UploadRefused(
                f"the RDF/XML element <{name[:100]}> has {len(attributes) // 2:,} attributes, "
                f"more than the limit of {MAX_ATTRIBUTES}"
            )
        declared += sum(1 for key in attributes[::2] if key == "xmlns" or key.startswith("xmlns:"))
        if declared > MAX_NAMESPACES:
            raise UploadRefused(
                f"the RDF/XML declares more than {MAX_NAMESPACES} namespaces; declare each once, at the root"
            )

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.ordered_attributes = True
    parser.StartElementHandler = start
    try:
        parser.Parse(body, True)
    except expat.ExpatError as error:
        return error  # Oxigraph's parser says what, this where
    return None


def streamed(body: bytes, syntax: ox.RdfFormat, base: str, budget: int) -> str:
    """The body's triples as N-Triples, refused as soon as they pass `budget` characters."""
    parts: list[str] = []
    size = 0
    batch: list[ox.Triple] = []
    for quad in ox.parse(body, format=syntax, base_iri=base, without_named_graphs=True):
        batch.append(quad.triple)
        if len(batch) == BATCH:
            size += flush(batch, parts)
            if size > budget:
                raise UploadRefused(
                    f"the {syntax.name} body holds more than {budget:,} characters of N-Triples "
                    f"({AMPLIFICATION} times the request limit); nothing was changed: send smaller parts"
                )
    flush(batch, parts)
    return "".join(parts)


def flush(batch: list[ox.Triple], parts: list[str]) -> int:
    """Serialize and empty the batch; the characters added."""
    text = (ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
    parts.append(text)
    batch.clear()
    return len(text)
