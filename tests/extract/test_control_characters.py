"""Text from documents is safe in every output.

Control characters (ESC, BEL, \\x01, VT, FF, NUL) and U+FFFE in a register, in each format, are
normalised as the document is read (kg.extract.documents, kg.model.patterns.safe_text): the
ingested graph serializes to RDF/XML that rdflib and xml.etree both parse, to N-Triples and to
Turtle; the parties and milestones around them are still found; and every quote still points at
the source text it came from. A file name with ANSI escapes never reaches the terminal raw.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.cli.main import main
from kg.extract.documents import pdf_text_layer, read_document
from kg.model.namespaces import AKG, ORG, REG, register_graph_iri
from kg.model.patterns import UNSAFE_CHARACTER, safe_text
from kg.model.provenance import OA
from kg.store import open_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"
CLEAN = FIXTURES / "dmtf-etc-numbered.txt"
SLUG = "dmtf-etc-work-register-v0-9"  # title and version (docs/identity.md)
ETC = URIRef(str(ORG) + "etc")

# The register of dmtf-etc-numbered.txt with controls where spaces were, inside a party's name
# (ESC, BEL, \x01) and a milestone (NUL), around lines (VT, FF), and after sentences (NUL, U+FFFE).
# {nul} and {nonchar} are what each format can carry of NUL and U+FFFE.
REPLACEMENTS = (
    ("Distributed Management Task Force (DMTF)", "Distributed\x1bManagement\x07Task Force (DMTF)"),
    ("- Edge Telemetry Consortium (ETC)", "- Edge\x01Telemetry Consortium (ETC)\x1b"),
    ("define open formats for collecting", "define open formats{nul} for collecting"),
    ("its conformance tests.", "its conformance tests.{nonchar}"),
    ("\n\n5. Milestones", "\n\x0c\n5. Milestones"),
    ("Format. Target: Q3 2012\n", "Format. Target: Q3 2012\x0b"),
    ("ETC to produce a conformance profile", "ETC to produce{nul_space}a conformance profile"),
)
EVERY = frozenset("\x1b\x07\x01\x0b\x0c\x00\ufffe")
# What each format's source holds of them (fpdf2 writes FF as a line end; its core font has no U+FFFE).
CARRIED = {
    "txt-utf8": EVERY - {"\x00"},
    "txt-utf16": EVERY,
    "md": EVERY,
    "html": EVERY - {"\x00"},  # and &#0; as a reference
    "pdf": EVERY - {"\x0c", "\ufffe"},
}


def register_text(nul: str, nonchar: str) -> str:
    text = CLEAN.read_text(encoding="utf-8")
    for old, new in REPLACEMENTS:
        assert old in text, old
        text = text.replace(old, new.format(nul=nul, nonchar=nonchar, nul_space=nul or " "))
    return text


def as_markdown(text: str) -> str:
    """Numbered section titles become Markdown headings."""
    return re.sub(r"^(\d+\. .+)$", r"## \1", text, flags=re.MULTILINE)


def as_html(text: str) -> str:
    """Paragraphs and list items as HTML, VT and FF between them (white space to HTML); NUL, ESC,
    a surrogate and a C1 number as character references too."""
    body = []
    for block in re.split(r"\n[\x0b\x0c]?\n|\x0b", text):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines if line):
            body.append("<ul>" + "".join(f"<li>{line[2:]}</li>\n" for line in lines if line) + "</ul>")
        else:
            body.append(f"<p>{block}</p>")
    references = "<p>References: &#0; &#x1b; &#xD800; &#150; &#11; &#x0C; &#xFFFE; end.</p>"
    return "<html><body>\n" + "\n\x0b\x0c".join(body) + "\n" + references + "\n</body></html>\n"


def write_pdf(text: str, target: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)  # a core font: latin-1 only, so no U+FFFE
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def make_document(kind: str, directory: Path) -> Path:
    """The register in one format, with every control character that format can carry."""
    if kind == "txt-utf8":  # NUL bytes make a UTF-8 file binary (see test_nul_bytes_are_refused...)
        path = directory / "register.txt"
        path.write_bytes(register_text(nul="", nonchar="\ufffe").encode())
    elif kind == "txt-utf16":  # Windows "Unicode": NUL as a character
        path = directory / "register.txt"
        path.write_bytes(register_text(nul="\x00", nonchar="\ufffe").encode("utf-16"))
    elif kind == "md":
        path = directory / "register.md"
        path.write_bytes(
            codecs.BOM_UTF32_LE + as_markdown(register_text("\x00", "\ufffe")).encode("utf-32-le")
        )
    elif kind == "html":
        path = directory / "register.html"
        path.write_bytes(as_html(register_text(nul="", nonchar="\ufffe")).encode())
    else:
        path = directory / "register.pdf"
        write_pdf(register_text(nul="\x00", nonchar=""), path)
    return path


def source_of(path: Path) -> str:
    """What offsets point into: the decoded file, or a PDF's text layer."""
    data = path.read_bytes()
    if path.suffix == ".pdf":  # as kg.extract.documents.pdf_text_layer has it, before safe_text
        from pypdf import PdfReader

        pages = [page.extract_text() or "" for page in PdfReader(path).pages]
        return "\n\n".join(page.strip("\n") for page in pages)
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    return data.decode("utf-8")


def words(text: str) -> list[str]:
    """The words of a text, without markup, character references or bullets."""
    return re.findall(r"[A-Za-z0-9]+", re.sub(r"<[^>]*>|&#?\w+;", " ", text))


KINDS = ["txt-utf8", "txt-utf16", "md", "html", "pdf"]


@pytest.fixture(scope="module")
def clean_facts() -> Graph:
    from kg.pipeline.ingest import extract

    return extract(CLEAN).facts


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_with_control_characters_is_read_into_safe_text(kind: str, tmp_path: Path) -> None:
    path = make_document(kind, tmp_path)
    raw = source_of(path)
    assert {c for c in EVERY if c in raw} == CARRIED[kind]  # the format did carry them
    if kind == "pdf":  # the text layer offsets point into is made safe one for one
        assert pdf_text_layer(path, path.read_bytes()) == safe_text(raw)
    document = read_document(path)
    assert UNSAFE_CHARACTER.search(document.text) is None
    assert "Distributed Management Task Force (DMTF)" in document.text
    assert "Edge Telemetry Consortium (ETC)" in document.text
    assert "ETC to produce a conformance profile" in document.text
    for name in ("Distributed Management Task Force (DMTF)", "Edge Telemetry Consortium"):
        start = document.text.index(name)
        low, high = document.source_span(start, start + len(name))
        assert words(raw[low:high]) == words(name)  # the source, controls and all


def test_a_control_becomes_a_space_and_vt_ff_a_line_break_in_place(tmp_path: Path) -> None:
    """Plain text is kept as it is but for those characters: offsets stay the identity."""
    path = make_document("txt-utf16", tmp_path)
    raw, document = source_of(path), read_document(path)
    assert document.text == safe_text(raw) and len(document.text) == len(raw)
    assert list(document.offsets) == list(range(len(raw)))
    assert safe_text("a\x1bb\x07c\x01d\x0be\x0cf\x00g\ufffeh") == "a b c d\ne\nf g\ufffdh"


def test_html_character_references_are_read_as_html5_reads_them(tmp_path: Path) -> None:
    document = read_document(make_document("html", tmp_path))
    line = next(line for line in document.text.split("\n") if line.startswith("References:"))
    # &#0; and a surrogate are U+FFFD; ESC, VT and U+FFFE nothing; &#150; the en dash; FF a space
    assert line == "References: \ufffd \ufffd \u2013 end."


@pytest.mark.parametrize("kind", KINDS)
def test_the_ingested_graph_parses_in_every_serialization(
    kind: str, tmp_path: Path, store_copy: Path
) -> None:
    path = make_document(kind, tmp_path)
    assert main(["ingest", str(path), "--store", str(store_copy)]) == 0
    with open_store(store_copy) as store:
        graph = store.graph(register_graph_iri(SLUG))
    assert len(graph) > 300
    for node in (term for triple in graph for term in triple):
        assert UNSAFE_CHARACTER.search(str(node)) is None, repr(node)
    rdf_xml = graph.serialize(format="xml")
    ET.fromstring(rdf_xml.encode("utf-8"))  # well-formed XML
    for rdf_format, text in (("xml", rdf_xml), ("nt", None), ("turtle", None)):
        parsed = Graph().parse(data=text or graph.serialize(format=rdf_format), format=rdf_format)
        assert len(parsed) == len(graph), rdf_format


@pytest.mark.parametrize("kind", KINDS)
def test_parties_milestones_and_quotes_survive(kind: str, tmp_path: Path, clean_facts: Graph) -> None:
    from kg.pipeline.ingest import extract

    path = make_document(kind, tmp_path)
    extraction = extract(path)
    facts, graph = extraction.facts, extraction.graph
    register = REG[SLUG]
    assert set(facts.objects(register, AKG.party)) == set(clean_facts.objects(register, AKG.party))
    assert ETC in set(facts.objects(register, AKG.party))

    def milestones(graph: Graph) -> set[tuple[str, str]]:
        found = set()
        for node in graph.objects(register, AKG.milestone):
            found.add((str(graph.value(node, RDFS.label)), str(graph.value(node, AKG.targetText))))
        return found

    assert milestones(facts) == milestones(clean_facts)
    assert ("ETC to produce a conformance profile", "2012-09") in milestones(facts)

    raw = source_of(path)
    selectors = list(graph.subjects(RDF.type, OA.TextQuoteSelector))
    assert len(selectors) >= 15  # one target per distinct sentence span (docs/ingest.md, "Provenance")
    for target in graph.objects(None, OA.hasTarget):
        chosen = {graph.value(s, RDF.type): s for s in graph.objects(target, OA.hasSelector)}
        position, quote = chosen[OA.TextPositionSelector], chosen[OA.TextQuoteSelector]
        start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
        exact = graph.value(quote, OA.exact)
        assert isinstance(exact, Literal)
        for part in (exact, graph.value(quote, OA.prefix), graph.value(quote, OA.suffix)):
            assert UNSAFE_CHARACTER.search(str(part)) is None
        assert words(raw[start:end]) == words(str(exact)), (raw[start:end], str(exact))
        if kind.startswith("txt"):
            assert safe_text(raw[start:end]) == str(exact)


def test_a_nul_byte_in_utf8_text_is_still_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_bytes(register_text(nul="\x00", nonchar="").encode())
    assert main(["ingest", str(path), "--dry-run"]) == 2


# --- Text that is not UTF-8 ---------------------------------------------------------------------------


def test_windows_1252_text_with_an_undefined_byte_keeps_its_quotes(tmp_path: Path) -> None:
    """Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252: the one byte becomes a space, not
    the whole file latin-1 (which would make every curly quote and dash a C1 control)."""
    path = tmp_path / "register.txt"
    path.write_bytes("\u201cQuoted\u201d \u2013 dash".encode("cp1252") + b" \x81 end\n")
    document = read_document(path)
    assert document.text == "\u201cQuoted\u201d \u2013 dash   end\n"


def test_c1_controls_from_utf8_become_spaces_and_nel_a_line_break(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text("one\x9b31m two\x85three\x7f\n", encoding="utf-8")
    assert read_document(path).text == "one 31m two\nthree \n"


def test_markdown_with_crlf_line_ends_keeps_exact_offsets(tmp_path: Path) -> None:
    path = tmp_path / "register.md"
    path.write_bytes(b"# Title\r\n\r\nFirst line of a paragraph\r\nwraps on here.\r\n\r\n- item one\r\n")
    document = read_document(path)
    source = path.read_bytes().decode()
    for phrase in ("Title", "wraps on here.", "item one"):
        start = document.text.index(phrase)
        low, high = document.source_span(start, start + len(phrase))
        assert source[low:high] == phrase


# --- Names from outside on the terminal -------------------------------------------------------------


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02binary"], ids=["missing", "empty", "binary"])
def test_a_file_name_with_ansi_escapes_is_not_echoed_raw(
    content: bytes | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "\x1b[31mred.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["ingest", str(path), "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err and "\x1b" not in captured.out
    assert "\\x1b[31mred.txt" in captured.err


def test_an_unreadable_file_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "\x1b[31mlocked.txt"
    path.write_bytes(CLEAN.read_bytes())
    from kg.extract import documents

    opened = documents.open_for_reading

    def refuse(where: Path) -> int:
        if where == path:
            raise PermissionError(13, "Permission denied", str(where))
        return opened(where)

    monkeypatch.setattr(documents, "open_for_reading", refuse)
    assert main(["ingest", str(path), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert "\x1b" not in error and "\\x1b[31mlocked.txt: cannot be read: Permission denied" in error
