"""`kg ingest` and `kg explain`: thin command-line layers over kg.pipeline.ingest and
kg.model.provenance (`kg evaluate` is in kg.cli.evaluate)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from kg.cli.options import add_store
from kg.errors import InputError, KgError
from kg.model.namespaces import AKG, GRAPH, PREFIXES
from kg.model.provenance import OA, explanations
from kg.model.sources import default_sources

EXPLAIN_GRAPHS = f"""
SELECT DISTINCT ?g WHERE {{
  GRAPH ?g {{
    {{ ?a <{OA.hasBody}> ?iri }}
    UNION {{ ?a <{OA.hasBody}> ?s . ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?iri }}
    UNION {{ ?a <{OA.hasBody}> ?s . ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?iri }}
  }}
  VALUES ?iri {{ <IRI> }}
}} ORDER BY ?g
"""


def expand_iri(text: str) -> URIRef:
    """A full IRI, <IRI>, or a prefixed name such as organization:dmtf or reg:ogf-dmtf/milestone-1."""
    text = text.strip().removeprefix("<").removesuffix(">")
    prefix, _, rest = text.partition(":")
    if prefix in PREFIXES and not rest.startswith("//"):
        return URIRef(PREFIXES[prefix] + rest)
    if "://" not in text:
        raise InputError(f"{text!r} is not an IRI or a prefixed name (known prefixes: {', '.join(PREFIXES)})")
    return URIRef(text)


# --- kg ingest --------------------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    from kg.pipeline.ingest import ingest

    extraction, report = ingest(
        Path(args.file), store=Path(args.store) if args.store else None, dry_run=args.dry_run, slug=args.slug
    )
    if args.dry_run:
        sys.stdout.write(extraction.graph.serialize(format="turtle"))
    summary = (
        f"{args.file}: register {extraction.slug}: {len(extraction.facts)} fact triples, "
        f"{len(extraction.provenance)} provenance triples, {len(report.warnings)} warning(s), no violations"
    )
    stream = sys.stderr if args.dry_run else sys.stdout
    stream.write(summary + "\n")
    for entity in extraction.record.new_entities:
        stream.write(
            f"  needs review: {entity.iri} ({entity.kind} '{entity.label}', not in the reference data)\n"
        )
    if not args.dry_run:
        from kg.store.embedded import store_location

        stream.write(f"wrote graph {extraction.graph_iri} to {store_location(args.store)}\n")
    return 0


# --- kg explain --------------------------------------------------------------------------------------


def graphs_explaining(iri: URIRef, args: argparse.Namespace) -> list[Graph]:
    if args.document:
        from kg.pipeline.ingest import extract

        return [extract(Path(args.document)).graph]
    from kg.store import open_store

    with open_store(Path(args.store) if args.store else None) as store:
        rows = store.select(EXPLAIN_GRAPHS.replace("<IRI>", f"<{iri}>"))
        return [store.graph(row["g"]) for row in rows if str(row["g"]).startswith(str(GRAPH))]


def source_of(graph: Graph) -> tuple[str, str | None]:
    """(path as recorded, the source text when the file is there to count lines in)."""
    document = next(iter(graph.objects(graph.identifier, PROV.wasDerivedFrom)), None)
    path = str(graph.value(document, AKG.path)) if document is not None else "?"
    file = default_sources().root / path
    fmt = str(graph.value(document, URIRef("http://purl.org/dc/terms/format")) or "")
    if file.is_file() and fmt != "application/pdf":
        return path, file.read_bytes().decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    return path, None


def cmd_explain(args: argparse.Namespace) -> int:
    iri = expand_iri(args.iri)
    graphs = graphs_explaining(iri, args)
    found = 0
    for graph in graphs:
        path, source = source_of(graph)
        for what, quotes, positions in explanations(graph, iri):
            found += 1
            where = ", ".join(
                f"{path}:{source.count(chr(10), 0, start) + 1}"
                if source is not None
                else f"{path} chars {start}-{end}"
                for start, end in positions
            )
            print(f"{what}  ({where})")
            for quote in quotes:
                print(f"    “{' '.join(quote.split())}”")
    if not found:
        raise KgError(
            f"no extracted statement about {iri} (ingest its register first, or pass --document FILE)"
        )
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    ingest = commands.add_parser(
        "ingest", help="extract a register document, validate it, store it as its graph"
    )
    ingest.add_argument("file", metavar="FILE", help="the register: plain text, Markdown, HTML or PDF")
    ingest.add_argument("--dry-run", action="store_true", help="print the graph as Turtle, write nothing")
    add_store(ingest, "the store to add the graph to")
    ingest.add_argument("--slug", help="the register's IRI segment (default: its parties, e.g. ogf-dmtf)")
    ingest.set_defaults(handler=cmd_ingest)

    explain = commands.add_parser("explain", help="print the source sentences an extracted fact came from")
    explain.add_argument(
        "iri",
        metavar="IRI",
        help="a full IRI or a prefixed name (organization:dmtf, reg:ogf-dmtf/milestone-1)",
    )
    add_store(explain, "the store to read")
    explain.add_argument(
        "--document", metavar="FILE", help="extract this document instead of reading the store"
    )
    explain.set_defaults(handler=cmd_explain)
