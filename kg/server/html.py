"""HTML for people: resource pages, the home page, vocabulary docs, the query page.

Why server-side HTML with no script: every page works in any browser, reads well when
printed, and is what a crawler indexes; links to resources of this dataset stay on this
server (the public base is mapped to it), other IRIs link out. Jinja2 autoescapes every
value, so text from the graph never becomes markup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from kg.model.namespaces import (
    DEFINITION_PREDICATES,
    LABEL_PREDICATES,
    PREFIXES,
    RDF_TYPE,
    XSD_STRING,
    compact,
)
from kg.server.describe import Description, Labels, local_name

TEMPLATES = Path(__file__).with_name("templates")
NESTING_LIMIT = 4
Pairs = list[tuple[ox.NamedNode, Any]]


@dataclass(frozen=True)
class Alternate:
    media_type: str
    href: str
    label: str


class BlankNodes:
    """Blank nodes shown inside the table that mentions them: each once per page, at most
    NESTING_LIMIT deep; a node reached again (a cycle, or a second mention) links to it.

    Why: the renderer followed every blank node it met, so `_:a ex:p _:b . _:b ex:p _:a`
    never ended (a RecursionError: /ontology answered 500), and a node mentioned from many
    places was drawn at each. Shown once, a page is linear in its triples.
    """

    def __init__(self, pages: Pages, by_subject: dict[Any, Pairs], labels: Labels) -> None:
        self.pages, self.by_subject, self.labels = pages, by_subject, labels
        self.anchors: dict[Any, str] = {}
        self.depth = 0

    def __call__(self, node: Any) -> Markup:
        anchor = self.anchors.get(node)
        if anchor is not None:
            return Markup(f'<a href="#{anchor}"><em>(anonymous)</em></a>')
        pairs = self.by_subject.get(node)
        if not pairs or self.depth >= NESTING_LIMIT:
            return Markup("<em>(anonymous)</em>")
        anchor = self.anchors[node] = f"anonymous-{len(self.anchors) + 1}"
        self.depth += 1
        try:
            return self.pages.table(pairs, self.labels, self, "nested", anchor=anchor)
        finally:
            self.depth -= 1

    def not_shown(self) -> list[Any]:
        """Blank nodes with triples of their own that no table showed (cycles, or too deep)."""
        return [n for n in self.by_subject if isinstance(n, ox.BlankNode) and n not in self.anchors]


def by_subject_of(triples: Iterable[ox.Triple]) -> dict[Any, Pairs]:
    grouped: dict[Any, Pairs] = defaultdict(list)
    for t in triples:
        grouped[t.subject].append((t.predicate, t.object))
    return grouped


class Pages:
    """The page renderer of one server: knows the public base it maps to local links."""

    def __init__(self, public_base: str) -> None:
        self.public_base = public_base
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
        self.env.filters["href"] = self.href

    def href(self, iri: str) -> str:
        """Local link for IRIs under the public base; the IRI itself for other http(s) IRIs."""
        if iri.startswith(self.public_base):
            return "/" + iri[len(self.public_base) :]
        return iri if iri.startswith(("http://", "https://")) else "#"

    @staticmethod
    def label(iri: str, labels: Labels) -> str:
        return labels.best(iri) or compact(iri) if iri.startswith(("http", "urn")) else iri

    def render(self, template: str, **context: Any) -> str:
        context.setdefault("alternates", [])
        return self.env.get_template(template).render(**context)

    # Terms and tables ----------------------------------------------------------------------

    def term(self, value: Any, labels: Labels, nested: Callable[[Any], Markup] | None = None) -> Markup:
        """One RDF term as HTML (f-strings over escape(): this runs for every value of every page)."""
        if isinstance(value, ox.NamedNode):
            iri = value.value
            return Markup(
                f'<a href="{escape(self.href(iri))}" title="{escape(iri)}">'
                f"{escape(self.label(iri, labels))}</a>"
            )
        if isinstance(value, ox.BlankNode):
            return nested(value) if nested is not None else Markup("<em>(anonymous)</em>")
        if isinstance(value, ox.Literal):
            if value.language:
                return Markup(f'{escape(value.value)}<span class="lang">@{escape(value.language)}</span>')
            if value.datatype.value != XSD_STRING:
                return Markup(
                    f'{escape(value.value)}<span class="datatype">'
                    f"{escape(compact(value.datatype.value))}</span>"
                )
            return escape(value.value)
        return escape(str(value))

    def table(
        self,
        pairs: Iterable[tuple[ox.NamedNode, Any]],
        labels: Labels,
        nested: Callable[[Any], Markup] | None = None,
        css: str = "",
        skip: tuple[str, ...] = (),
        anchor: str = "",
    ) -> Markup:
        """Values grouped by predicate, predicates and values sorted by their labels."""
        grouped: dict[str, dict[Any, None]] = defaultdict(dict)
        for predicate, value in pairs:
            if predicate.value not in skip:
                grouped[predicate.value][value] = None
        if not grouped:
            return Markup("")
        rows = []
        for key in sorted(grouped, key=lambda p: self.label(p, labels).lower()):
            values = sorted(grouped[key], key=lambda v: self.label(getattr(v, "value", ""), labels).lower())
            cells = [self.term(v, labels, nested) for v in values]
            inner = (
                cells[0] if len(cells) == 1 else "<ul>" + "".join(f"<li>{c}</li>" for c in cells) + "</ul>"
            )
            head = self.term(ox.NamedNode(key), labels)
            rows.append(f"<tr><th>{head}</th><td>{inner}</td></tr>")
        identifier = f' id="{escape(anchor)}"' if anchor else ""
        return Markup(f'<table class="{escape(css)}"{identifier}>{"".join(rows)}</table>')

    # Pages -----------------------------------------------------------------------------

    def resource(self, description: Description, alternates: list[Alternate]) -> str:
        labels = description.labels
        subject = ox.NamedNode(description.iri)
        by_subject = by_subject_of(description.triples)
        nested = BlankNodes(self, by_subject, labels)
        pairs = by_subject.get(subject, [])
        types = [v.value for p, v in pairs if p.value == RDF_TYPE and isinstance(v, ox.NamedNode)]
        definition = next(
            (v.value for p, v in pairs if p.value in DEFINITION_PREDICATES and isinstance(v, ox.Literal)),
            None,
        )
        incoming = self.table(((p, s) for s, p in description.incoming), labels, css="incoming")
        return self.render(
            "resource.html",
            title=labels.best(description.iri) or local_name(description.iri),
            iri=description.iri,
            types=types,
            definition=definition,
            properties=self.table(pairs, labels, nested, skip=(RDF_TYPE,)),
            incoming=incoming,
            page=description.page,
            has_next=description.has_next,
            sources=description.sources,
            alternates=alternates,
            label=lambda iri: self.label(iri, labels),
        )

    def graph(
        self,
        title: str,
        triples: list[ox.Triple],
        labels: Labels,
        alternates: list[Alternate],
        intro: str = "",
        limit: int | None = None,
    ) -> str:
        """A graph grouped by subject (service description, VoID, the graph store's graphs), at most
        `limit` triples of it: the page then says so and links to the whole in machine formats."""
        shown = triples if limit is None else triples[:limit]
        by_subject = by_subject_of(shown)
        referenced = {t.object for t in shown if isinstance(t.object, ox.BlankNode)}
        nested = BlankNodes(self, by_subject, labels)
        subjects = [
            (
                self.label(s.value, labels) if isinstance(s, ox.NamedNode) else "(anonymous)",
                self.table(pairs, labels, nested),
            )
            for s, pairs in by_subject.items()
            if not isinstance(s, ox.BlankNode) or s not in referenced
        ]
        subjects += [("(anonymous)", nested(node)) for node in nested.not_shown()]
        truncated = len(shown) < len(triples)
        return self.render(
            "graph.html",
            title=title,
            subjects=subjects,
            alternates=alternates,
            intro=intro,
            truncated=f"The first {len(shown):,} of {len(triples):,} triples." if truncated else "",
        )

    def vocabulary(
        self,
        iri: str,
        triples: list[ox.Triple],
        sections: list[tuple[str, tuple[str, ...]]],
        alternates: list[Alternate],
    ) -> str:
        """Documentation of an ontology or shapes graph from its own labels and definitions."""
        labels = Labels()
        for t in triples:
            if t.predicate.value in LABEL_PREDICATES and isinstance(t.object, ox.Literal):
                labels.add(t.subject.value, t.predicate.value, t.object)
        by_subject = by_subject_of(triples)
        nested = BlankNodes(self, by_subject, labels)

        def definition(subject: Any) -> str | None:
            return next(
                (
                    v.value
                    for p, v in by_subject[subject]
                    if p.value in DEFINITION_PREDICATES and isinstance(v, ox.Literal)
                ),
                None,
            )

        skip = (*LABEL_PREDICATES[:2], DEFINITION_PREDICATES[0])
        rendered = []
        for title, classes in sections:
            members = sorted(
                {
                    t.subject
                    for t in triples
                    if t.predicate.value == RDF_TYPE
                    and t.object.value in classes
                    and isinstance(t.subject, ox.NamedNode)
                    and t.subject.value.startswith(iri)
                },
                key=lambda s: s.value,
            )
            terms = [
                {
                    "iri": s.value,
                    "anchor": s.value.rsplit("#", 1)[-1],
                    "label": self.label(s.value, labels),
                    "definition": definition(s),
                    "table": self.table(by_subject[s], labels, nested, skip=skip),
                }
                for s in members
            ]
            if terms:
                rendered.append({"title": title, "terms": terms})
        head = ox.NamedNode(iri)
        return self.render(
            "vocabulary.html",
            title=self.label(iri, labels) if labels.best(iri) else self._title(by_subject.get(head, []), iri),
            iri=iri,
            definition=definition(head) if head in by_subject else None,
            header=self.table(by_subject.get(head, []), labels, nested, skip=skip),
            sections=rendered,
            alternates=alternates,
        )

    @staticmethod
    def _title(pairs: list[tuple[ox.NamedNode, Any]], fallback: str) -> str:
        return next((v.value for p, v in pairs if p.value == PREFIXES["dcterms"] + "title"), fallback)

    def results_table(
        self,
        payload: dict[str, Any],
        labels: Labels,
        total: int | None = None,
        full: list[tuple[str, str]] | None = None,
    ) -> Markup:
        """SPARQL JSON results (or an ASK boolean) as an HTML table. When the page shows only
        the first rows of `total`, it says so and links to the `full` answer, (label, href)."""
        if "boolean" in payload:
            return Markup('<p id="boolean">{}</p>').format("true" if payload["boolean"] else "false")
        variables = payload["head"]["vars"]
        head = Markup("").join(Markup("<th>{}</th>").format(v) for v in variables)
        rows = []
        for binding in payload["results"]["bindings"]:
            cells = [self.json_cell(binding.get(v), labels) for v in variables]
            rows.append(
                Markup("<tr>{}</tr>").format(Markup("").join(Markup("<td>{}</td>").format(c) for c in cells))
            )
        total = len(rows) if total is None else total
        count = Markup('<p id="count">{} result{}</p>').format(f"{total:,}", "" if total == 1 else "s")
        if total > len(rows):
            anchors = (Markup('<a href="{}">{}</a>').format(href, label) for label, href in full or [])
            links = Markup(", ").join(anchors)
            whole = (
                Markup("; the whole answer: ") + links
                if links
                else Markup("; the whole answer comes in a machine format (the menu above)")
            )
            count += Markup('<p id="truncated">The first {} are shown{}.</p>').format(f"{len(rows):,}", whole)
        return count + Markup(
            '<table class="results"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>'
        ).format(head, Markup("").join(rows))

    def json_cell(self, value: dict[str, Any] | None, labels: Labels) -> Markup:
        if value is None:
            return Markup("")
        if value["type"] == "uri":
            return self.term(ox.NamedNode(value["value"]), labels)
        if value["type"] == "bnode":
            return escape(f"_:{value['value']}")
        if "xml:lang" in value:
            return self.term(ox.Literal(value["value"], language=value["xml:lang"]), labels)
        if "datatype" in value:
            return self.term(ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"])), labels)
        return escape(value["value"])
