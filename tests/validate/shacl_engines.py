"""Three independent SHACL engines, run for real on one data file: their verdicts, to compare.

A verdict is (focus node, source shape, severity): what a user acts on, and what SHACL fixes
whatever the engine (messages and the number of results per value differ between engines,
legitimately). The engines:
- pyshacl (Python), alone, every constraint included (kg.validate.shacl.validate_with_pyshacl);
- Apache Jena SHACL (Java, Debian's libapache-jena-java), through the launcher .ci/jena-shacl;
- rudof (Rust, PyPI's pyrudof).
The data file must hold the ontology too (Jena and rudof find subclasses of targets in the data).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from rdflib import BNode, Graph, Node
from rdflib.namespace import RDF, SH

from kg.model.rdfio import load_graph
from kg.validate.shacl import validate_with_pyshacl

Verdict = tuple[str, str, str]  # (focus node, source shape, severity local name)
JENA_SHACL = Path(__file__).parents[2] / ".ci" / "jena-shacl"
JENA_JAR = Path("/usr/share/java/jena-shacl.jar")


class EngineMissing(RuntimeError):
    """An engine is not installed here (CI installs them all: .ci/run)."""


def _name(term: Node | str | None) -> str:
    text = "" if term is None else str(term)
    return text.rsplit("#", 1)[-1]


def _focus(term: Node | str) -> str:
    """Blank focus nodes have no name any two engines share: they all read as `_:`."""
    return "_:" if isinstance(term, BNode) or str(term).startswith("_:") else str(term)


def verdicts_of(results: Graph) -> set[Verdict]:
    """The verdicts of a SHACL validation report graph."""
    return {
        (
            _focus(results.value(r, SH.focusNode)),
            str(results.value(r, SH.sourceShape)),
            _name(results.value(r, SH.resultSeverity)),
        )
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }


def pyshacl_verdicts(data: Path, shapes: Path) -> set[Verdict]:
    report = validate_with_pyshacl(load_graph([data]), load_graph([shapes]), Graph())
    return {(_focus(r.focus_node), r.shape, r.severity) for r in report.results}


def jena_available() -> bool:
    return JENA_JAR.is_file() and shutil.which("java") is not None


def jena_verdicts(data: Path, shapes: Path) -> set[Verdict]:
    """Jena's report (Turtle on standard output), read back with rdflib."""
    if not jena_available():
        raise EngineMissing(
            f"Jena SHACL needs {JENA_JAR} (libapache-jena-java) and java (default-jre-headless)"
        )
    done = subprocess.run(
        [str(JENA_SHACL), "validate", "--shapes", str(shapes), "--data", str(data)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{JENA_SHACL} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return verdicts_of(Graph().parse(data=done.stdout, format="turtle"))


def rudof_verdicts(data: Path, shapes: Path) -> set[Verdict]:
    import pyrudof

    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_data(str(data), format=pyrudof.RDFFormat.NTriples, reader_mode=pyrudof.ReaderMode.Strict)
    rudof.read_shacl(str(shapes), reader_mode=pyrudof.ReaderMode.Strict)
    report = rudof.validate_shacl()
    return {(_focus(e.focus_node), str(e.source_shape), _name(e.severity)) for e in report}


ENGINES = {"pyshacl": pyshacl_verdicts, "jena": jena_verdicts, "rudof": rudof_verdicts}
