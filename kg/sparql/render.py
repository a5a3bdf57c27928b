"""Query answers rendered for people (table, md) and for programs (csv, tsv, json, turtle, jsonld).

Machine formats are the W3C SPARQL 1.1 result formats written by kg.sparql.write, the same
writer the server's endpoint uses, so that any tool reading a SPARQL endpoint's answers (ours
included) reads these; people's formats shorten IRIs to the project's prefixed names
(kg.model.namespaces.compact, as the server's pages do) and cut long texts.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rdflib import BNode, Graph, URIRef
from rdflib.term import Node

from kg.errors import printable
from kg.model.namespaces import PREFIXES, bind_prefixes, compact
from kg.sparql import write
from kg.sparql.named import QueryError
from kg.sparql.results import DirectionalLiteral, QueryResult

ROW_FORMATS = ("table", "csv", "tsv", "json", "md")
GRAPH_FORMATS = ("turtle", "jsonld")
FORMATS = ROW_FORMATS + GRAPH_FORMATS
CELL_WIDTH = 60


def render(result: QueryResult, output_format: str | None = None) -> str:
    """The answer in `output_format` (default: table for rows and booleans, turtle for graphs)."""
    if result.graph is not None:
        return _render_graph(result, output_format or "turtle")
    output_format = output_format or "table"
    if output_format not in ROW_FORMATS:
        raise QueryError(
            f"--format {output_format} is for CONSTRUCT/DESCRIBE answers; use one of {', '.join(ROW_FORMATS)}"
        )
    if result.boolean is not None:
        return _render_boolean(result.boolean, output_format)
    renderer = {"table": as_table, "md": as_markdown, "csv": as_csv, "tsv": as_tsv, "json": as_json}
    return renderer[output_format](result)


def _render_graph(result: QueryResult, output_format: str) -> str:
    if output_format not in GRAPH_FORMATS:
        raise QueryError(
            f"a {result.form} query answers with a graph: use --format {' or '.join(GRAPH_FORMATS)}"
        )
    graph = bind_prefixes(result.graph if result.graph is not None else Graph())
    if output_format == "jsonld":
        return as_jsonld(graph)
    return graph.serialize(format="turtle")


def as_jsonld(graph: Graph) -> str:
    """JSON-LD of `graph` by rdflib's serializer, with `@direction` (JSON-LD 1.1) on the value objects of
    directional language-tagged strings (RDF 1.2 `"x"@he--rtl`, kg.sparql.results.DirectionalLiteral),
    which rdflib's serializer writes with `@language` alone, another literal (attack round 19); the
    context then says `"@version": 1.1`, so that a JSON-LD 1.0 processor refuses the document rather
    than drop the direction."""
    text = graph.serialize(format="json-ld", context=dict(PREFIXES), indent=1)
    directions = {
        (str(term), term.language): term.direction
        for term in graph.objects()
        if isinstance(term, DirectionalLiteral)
    }
    if not directions:
        return text
    document = json.loads(text)
    _add_directions(document, directions)
    if isinstance(document, dict) and isinstance(document.get("@context"), dict):
        document["@context"] = {"@version": 1.1, **document["@context"]}
    return json.dumps(document, indent=1, ensure_ascii=False)


def _add_directions(node: Any, directions: dict[tuple[str, str | None], str]) -> None:
    """`@direction` on each value object of `node` (a JSON-LD tree) whose value and language have one."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@value" in item and "@language" in item:
                direction = directions.get((item["@value"], item["@language"]))
                if direction is not None:
                    item["@direction"] = direction
            else:
                stack.extend(item.values())


def _render_boolean(value: bool, output_format: str) -> str:
    if output_format == "json":
        return write.ask_json(value).decode("utf-8") + "\n"
    return ("true" if value else "false") + "\n"


def cell_text(term: Node | None) -> str:
    """A short human form: prefixed name for IRIs, the lexical form for literals, '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _cut(text: str, width: int = CELL_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _cells(result: QueryResult) -> list[list[str]]:
    """The cells people read (table, md): cut, and printable, since a document's text may hold a
    bidirectional override (kept as text by ingest) and an endpoint's answers any control at all."""
    return [[_cut(printable(cell_text(row.get(v)))) for v in result.variables] for row in result.rows]


def as_table(result: QueryResult) -> str:
    cells = _cells(result)
    widths = [max([len(v), *(len(row[i]) for row in cells)]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


MARKDOWN_SIGNIFICANT = re.compile(r"[\\`*_\[\]<>|~&$]")
"""What would make a cell's text Markdown rather than text: a backslash (it escaped the next
character), code, emphasis, links and images, raw HTML and autolinks (an '<img onerror=...>' in a
milestone was rendered by a Markdown viewer), the table's '|', strikethrough, entities and the
'$' of math renderers. CommonMark shows a backslash-escaped ASCII punctuation character as itself."""


def markdown_text(text: str) -> str:
    """`text` as a Markdown table cell shows it: each significant character backslash-escaped."""
    return MARKDOWN_SIGNIFICANT.sub(lambda match: "\\" + match.group(), text)


def as_markdown(result: QueryResult) -> str:
    def line(values: list[str]) -> str:
        return "| " + " | ".join(markdown_text(v) for v in values) + " |"

    lines = [line(result.variables), line(["---"] * len(result.variables))]
    lines += [line(row) for row in _cells(result)]
    return "\n".join(lines) + "\n"


def _rows(result: QueryResult) -> list[list[Node | None]]:
    """Each row as the writer takes it: terms in the order of the variables."""
    return [[row.get(v) for v in result.variables] for row in result.rows]


def as_csv(result: QueryResult) -> str:
    """W3C SPARQL 1.1 CSV results: plain values, IRIs in full, empty for unbound."""
    return write.select_csv(result.variables, _rows(result)).decode("utf-8")


def as_tsv(result: QueryResult) -> str:
    """W3C SPARQL 1.1 TSV results: terms in N-Triples syntax, so types and languages survive."""
    return write.select_tsv(result.variables, _rows(result)).decode("utf-8")


def as_json(result: QueryResult) -> str:
    """W3C SPARQL 1.1 JSON results, byte for byte what the server's endpoint sends, and a line break."""
    return write.select_json(result.variables, _rows(result)).decode("utf-8") + "\n"
