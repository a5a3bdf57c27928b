"""The SHACL report as people and programs read it: results with every term rendered, and the report's text,
JSON and Turtle forms.

Why a module of its own: `kg ingest`'s extraction process (kg.pipeline.early) imports kg.pipeline.ingest,
which names these types, but never validates; kg.validate.shacl would load the SHACL-SPARQL machinery
(kg.sparql's lexer and named queries: about 0.035 s of its start-up) into a process that never uses it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, fields

from rdflib import Graph
from rdflib.term import Node

from kg.model.namespaces import bind_prefixes


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, with every term already rendered for people."""

    severity: str
    focus_node: str
    shape: str
    shape_name: str
    path: str | None
    message: str
    value: str | None
    constraint: str
    node: Node | None = field(default=None, compare=False, repr=False)
    """The result in the report's results graph, whose terms kg.pipeline.salvage reads (not rendered)."""

    def as_dict(self) -> dict[str, str | None]:
        """The rendered fields, for JSON."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "node"}

    @property
    def is_violation(self) -> bool:
        return self.severity == "Violation"


@dataclass(frozen=True)
class ValidationReport:
    results: tuple[ValidationResult, ...]
    results_graph: Graph

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.is_violation]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Warning"]

    @property
    def infos(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Info"]

    @property
    def conforms(self) -> bool:
        """SHACL's sh:conforms: True only when there is no result at all (a Warning is a result too)."""
        return not self.results

    @property
    def acceptable(self) -> bool:
        """True when no Violation remains (Warnings and Infos are allowed): what build and ingest require."""
        return not self.violations

    def by_focus_node(self) -> dict[str, list[ValidationResult]]:
        grouped: dict[str, list[ValidationResult]] = defaultdict(list)
        for result in self.results:
            grouped[result.focus_node].append(result)
        return dict(grouped)

    def fired(self) -> set[tuple[str, str]]:
        """The (shape, focus node) pairs that produced any result: what tests assert on."""
        return {(r.shape, r.focus_node) for r in self.results}

    def as_text(self) -> str:
        if not self.results:
            return "Conforms: no violations, no warnings.\n"
        infos = f", {len(self.infos)} info(s)" if self.infos else ""
        verdict = "; acceptable: no violation" if self.acceptable else ""
        lines = [
            f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s){infos}"
            f" on {len(self.by_focus_node())} focus node(s): does not conform{verdict}",
        ]
        for focus, results in self.by_focus_node().items():
            lines.append("")
            lines.append(focus)
            for r in results:
                where = f" {r.path}" if r.path else ""
                value = f" (value: {r.value})" if r.value is not None else ""
                lines.append(f"  {r.severity}: {r.shape_name}{where}: {r.message}{value}")
        return "\n".join(lines) + "\n"

    def as_json(self) -> str:
        payload = {
            "conforms": self.conforms,
            "acceptable": self.acceptable,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "infos": len(self.infos),
            "focusNodes": {
                focus: [r.as_dict() for r in results] for focus, results in self.by_focus_node().items()
            },
        }
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"

    def as_turtle(self) -> str:
        return bind_prefixes(self.results_graph).serialize(format="turtle")

    def render(self, output_format: str) -> str:
        renderers = {"text": self.as_text, "json": self.as_json, "turtle": self.as_turtle}
        return renderers[output_format]()
