"""The model's lines against characters no serialization can carry, and against raw names on a terminal.

kg.model.patterns.safe_text is the one normaliser (documents are read through it); kg.model.mapping
checks every term again, so that a record from any extractor stays safe; provenance quotes are
safe whatever SourceText they quote; kg.errors.printable escapes what a message quotes from outside.
Provenance widens evidence to the sentences of kg.model.patterns.sentences, the splitter extraction uses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.errors import InputError, KgError, ValidationFailed, printable
from kg.model.mapping import map_record, safe_term
from kg.model.namespaces import AKG, DOCUMENT, REG, register_graph_iri
from kg.model.patterns import UNSAFE_CHARACTER, safe_text
from kg.model.provenance import OA, provenance_graph, sentence_span
from kg.model.rdfio import load_graph
from kg.model.records import Field

FIXTURE = Path(__file__).parents[1] / "fixtures" / "registers" / "dmtf-etc-numbered.txt"
UNSAFE = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x9b\x9f\ud800\udfff\ufffe\uffff"
STARTED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


# --- safe_text ---------------------------------------------------------------------------------------


def test_safe_text_replaces_one_for_one() -> None:
    assert safe_text("a\x1bb\x07c\x01d\x00e") == "a b c d e"
    assert safe_text("page\x0cbreak\x0bvertical\x85next") == "page\nbreak\nvertical\nnext"
    assert safe_text("\ufffe\uffff\ud800\udc00") == "\ufffd" * 4
    assert (
        safe_text("tab\tline\ncarriage\r\u2028\u00a0\u00e9\U0001f600")
        == "tab\tline\ncarriage\r\u2028\u00a0\u00e9\U0001f600"
    )
    assert len(safe_text(UNSAFE)) == len(UNSAFE)


def test_nothing_unsafe_is_left_and_every_xml_character_is_kept() -> None:
    everything = "".join(chr(c) for c in range(0x10000)) + "\U00010000\U0010ffff"
    safe = safe_text(everything)
    assert len(safe) == len(everything) and UNSAFE_CHARACTER.search(safe) is None
    graph = Graph()
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(safe)))
    ET.fromstring(graph.serialize(format="xml").encode())  # every character left is XML 1.0
    changed = {chr(c) for c in range(0x10000) if safe[c] != chr(c)}
    assert changed == set(UNSAFE_CHARACTER.findall(everything))
    assert safe_text(safe) == safe


# --- The mapping: a second line for records from any extractor ---------------------------------------


def test_safe_term_keeps_language_and_datatype_and_percent_encodes_iris() -> None:
    assert safe_term(Literal("a\x1bb", lang="en")) == Literal("a b", lang="en")
    assert safe_term(Literal("x\x00", datatype=XSD.string)) == Literal("x ", datatype=XSD.string)
    same = Literal("clean", lang="en")
    assert safe_term(same) is same
    assert safe_term(URIRef("http://example.org/a\x1bb\ud800")) == URIRef("http://example.org/a%1Bb%EF%BF%BD")
    assert safe_term(URIRef("http://example.org/ok")) == URIRef("http://example.org/ok")


@pytest.fixture(scope="module")
def extracted():
    from kg.pipeline.ingest import extract

    return extract(FIXTURE)


def test_a_record_with_unsafe_characters_maps_to_a_safe_graph(extracted) -> None:
    """Records made without the reader (another extractor, a test) cannot put them into a graph."""
    record = dataclasses.replace(extracted.record)
    record.title = Field("DMTF\x1b[31m / ETC\x00 Work Register\ufffe", record.title.spans)
    record.milestones = [
        dataclasses.replace(m, label=m.label + "\x07\x01", texts=tuple(t + "\x0b" for t in m.texts))
        for m in record.milestones
    ]
    record.new_entities = [dataclasses.replace(e, label=e.label + "\ud800") for e in record.new_entities]
    document = extracted.document
    facts, evidence = map_record(record, document, "registers/\x1b[31mred.txt")
    provenance = provenance_graph(
        document, DOCUMENT["red"], facts.identifier, f"{REG}dmtf-etc/", "dmtf-etc", evidence, STARTED, STARTED
    )
    graph = facts + provenance
    for term in (term for triple in graph for term in triple):
        assert UNSAFE_CHARACTER.search(str(term)) is None, repr(term)
    assert (
        REG[record.slug],
        URIRef("http://purl.org/dc/terms/title"),
        Literal("DMTF [31m / ETC  Work Register\ufffd", lang="en"),
    ) in facts
    assert Literal("registers/ [31mred.txt") in set(facts.objects(None, AKG.path))
    # the statement provenance gives for the title names the same (safe) literal as the facts
    title = facts.value(REG[record.slug], URIRef("http://purl.org/dc/terms/title"))
    assert title in set(provenance.objects(None, RDF.object))
    for rdf_format in ("xml", "nt", "turtle"):
        assert len(Graph().parse(data=graph.serialize(format=rdf_format), format=rdf_format)) == len(graph)
    ET.fromstring(graph.serialize(format="xml").encode())


def test_provenance_quotes_are_safe_whatever_text_they_quote(extracted) -> None:
    """A SourceText not made by the reader: its quotes are made safe too."""
    document = extracted.document
    text = document.text.replace("Edge Telemetry", "Edge\x1bTelemetry\x00")  # one for one and one more
    text = text[: len(document.text)]
    unsafe = dataclasses.replace(document, text=text)
    facts, evidence = map_record(extracted.record, unsafe, "register.txt")
    provenance = provenance_graph(
        unsafe, DOCUMENT["x"], facts.identifier, f"{REG}dmtf-etc/", "dmtf-etc", evidence, STARTED, STARTED
    )
    quotes = [o for p in (OA.exact, OA.prefix, OA.suffix) for o in provenance.objects(None, p)]
    assert any("Edge Telemetry" in str(q) for q in quotes)
    assert all(UNSAFE_CHARACTER.search(str(q)) is None for q in quotes)


# --- Provenance sentences: the project's one splitter ---------------------------------------------------


def quote(text: str, phrase: str) -> str:
    start = text.index(phrase)
    low, high = sentence_span(text, start, start + len(phrase))
    return text[low:high]


def test_provenance_sentences_do_not_end_at_abbreviations() -> None:
    text = "Intro line.\nThe work of Acme Inc. Board members is reviewed by Dr. Smith. Next sentence here.\n"
    assert quote(text, "Board members") == "The work of Acme Inc. Board members is reviewed by Dr. Smith."
    assert quote(text, "Next") == "Next sentence here."
    assert quote(text, "Intro") == "Intro line."


def test_a_span_that_starts_a_sentence_quotes_only_that_sentence() -> None:
    text = "First one. Second one starts here. Third one."
    assert quote(text, "Second one") == "Second one starts here."
    assert quote(text, "here. Third") == "Second one starts here. Third one."


def test_a_quote_stays_within_its_line() -> None:
    text = "A heading\nThe sentence, without a period\n- an item"
    assert quote(text, "sentence") == "The sentence, without a period"


# --- Messages: names from outside are printable ------------------------------------------------------


def test_printable_escapes_what_would_drive_a_terminal() -> None:
    assert printable("\x1b[31mred.txt") == "\\x1b[31mred.txt"
    assert (
        printable("bell\x07 cr\r nel\x85 csi\x9b del\x7f") == "bell\\x07 cr\\x0d nel\\x85 csi\\x9b del\\x7f"
    )
    assert printable("rtl\u202eoverride \u2066isolate") == "rtl\\u202eoverride \\u2066isolate"
    assert printable("not utf-8 \udcff") == "not utf-8 \\udcff"
    kept = "line\nbreak\ttab \u00e9t\u00e9 \u2013 \U0001f600"
    assert printable(kept) == kept
    assert printable(printable("\x1b\x00")) == printable("\x1b\x00") == "\\x1b\\x00"


@pytest.mark.parametrize("error_class", [KgError, InputError, ValidationFailed])
def test_an_error_message_is_printable_whatever_it_quotes(error_class: type[KgError]) -> None:
    error = error_class("\x1b]0;title\x07: refused\nsecond line")
    assert str(error) == "\\x1b]0;title\\x07: refused\nsecond line"
    assert f"kg ingest: {error}" == "kg ingest: \\x1b]0;title\\x07: refused\nsecond line"


def test_rdf_file_errors_name_the_file_printably(tmp_path: Path) -> None:
    missing = tmp_path / "\x1b[2Jgone.ttl"
    with pytest.raises(InputError) as raised:
        load_graph([missing])
    assert "\x1b" not in str(raised.value) and "\\x1b[2Jgone.ttl: no such file" in str(raised.value)
    bad = tmp_path / "bad\x07.ttl"
    bad.write_text('<http://example.org/s> <http://example.org/p> "\x1b[31m" ; oops\n', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_graph([bad])
    assert "\x1b" not in str(raised.value) and "\x07" not in str(raised.value)
    assert "bad\\x07.ttl" in str(raised.value)
    unknown = tmp_path / "x.\x1bttl"
    with pytest.raises(InputError) as raised:
        load_graph([unknown])
    assert "\x1b" not in str(raised.value)


def test_an_unreadable_rdf_file_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "\x1b[31mlocked.ttl"
    path.write_text("<http://example.org/s> <http://example.org/p> 1 .\n", encoding="utf-8")

    def refuse(path: Path, rdf_format: str) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("kg.model.rdfio.check_rdf_file", refuse)
    with pytest.raises(InputError) as raised:
        load_graph([path])
    assert str(raised.value) == f"{printable(path)}: cannot be read: Permission denied"
    assert "\x1b" not in str(raised.value)


def test_the_register_graph_iri_is_unchanged_by_the_checks() -> None:
    """safe_term leaves the IRIs the mapping makes as they were (they are safe)."""
    assert safe_term(register_graph_iri("dmtf-etc")) == register_graph_iri("dmtf-etc")
    party = AKG.party
    assert safe_term(party) is party
