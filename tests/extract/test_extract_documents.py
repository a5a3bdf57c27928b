"""kg.extract.documents: every format becomes normalised text whose offsets lead back to the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.documents import read_document

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"
SEEDS = Path(__file__).parents[2] / "data" / "registers"


def source_slice(path: Path, document, start: int, end: int) -> str:
    source = path.read_bytes().decode("utf-8")
    low, high = document.source_span(start, end)
    return source[low:high]


def test_plain_text_is_kept_verbatim_and_offsets_are_identity() -> None:
    path = SEEDS / "dmtf-snia-ofa-work-register.txt"
    document = read_document(path)
    assert document.media_type == "text/plain"
    assert document.text == path.read_text(encoding="utf-8")
    index = document.text.index("Redfish Forum")
    assert source_slice(path, document, index, index + 13) == "Redfish Forum"


def test_crlf_is_normalised_but_offsets_still_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title line\r\n\r\nSecond paragraph here.\r\n")
    document = read_document(path)
    assert "\r" not in document.text
    index = document.text.index("Second")
    low, high = document.source_span(index, index + 6)
    assert path.read_bytes().decode()[low:high] == "Second"


def test_markdown_headings_tables_and_inline_markup(tmp_path: Path) -> None:
    path = FIXTURES / "snia-ogf-pif-addendum.md"
    document = read_document(path)
    lines = document.text.split("\n")
    assert "SNIA / OGF / PIF Work Register" in lines
    assert "SNIA Swordfish schema releases with optical link extensions\t1H2013" in lines
    assert "**" not in document.text  # emphasis reduced to its text
    headings = {document.text[o : document.text.index("\n", o)] for o in document.heading_lines}
    assert {"Milestones / Dates", "Addendum A: Additional Milestones", "PIF:"} <= headings
    index = document.text.index("optical interconnects")
    assert source_slice(path, document, index, index + 21) == "optical interconnects"


def test_markdown_soft_wrapped_lines_are_one_paragraph() -> None:
    document = read_document(FIXTURES / "snia-ogf-pif-addendum.md")
    assert "for the management of information in the storage domain." in document.text


def test_html_blocks_lists_tables_and_entities_map_back_to_the_markup() -> None:
    path = FIXTURES / "ogf-ofa-register.html"
    document = read_document(path)
    assert document.media_type == "text/html"
    assert "- Shared testing of fabric interfaces & grid schedulers." in document.text
    assert "GLUE schema update for fabric resources\t2013-09" in document.text
    assert "font-family" not in document.text and document.text.count("OGF / OFA Work Register") == 1
    index = document.text.index("interfaces & grid")
    assert source_slice(path, document, index, index + 17) == "interfaces &amp; grid"


def test_html_inline_tags_keep_the_spaces_around_them(tmp_path: Path) -> None:
    """ "The <strong>Orbital Sensor Forum</strong>" is three words after "The", not "TheOrbital"; a tag
    inside a word ("<b>Sen</b>sor") adds no space."""
    path = tmp_path / "page.html"
    path.write_text(
        "<p>The <strong>Orbital Sensor Forum</strong> (OSF) and <em>the</em> <a href='x'>Lunar</a> Group."
        " <b>Sen</b>sor</p><ul><li>One</li><li>Two</li></ul>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert "The Orbital Sensor Forum (OSF) and the Lunar Group. Sensor" in document.text
    assert "- One\n- Two" in document.text


def test_pdf_text_layer_is_read_and_wrapped_lines_are_joined() -> None:
    document = read_document(FIXTURES / "dmtf-ofa-register.pdf")
    assert document.media_type == "application/pdf"
    assert "Management Framework so that fabric managers built on either" in document.text
    assert "\n- OFA proof-of-concept demonstrations - As-scheduled\n" in document.text


def test_the_pdf_fixture_is_what_its_generator_makes(tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdf", FIXTURES / "make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.make_pdf(target=tmp_path / "made.pdf")
    assert read_document(made).text == read_document(FIXTURES / "dmtf-ofa-register.pdf").text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("broken.pdf", b"%PDF-1.7\nthis is no pdf", "not a readable PDF"),
    ],
    ids=["empty", "blank", "binary", "broken-pdf"],
)
def test_unreadable_documents_are_refused_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as raised:
        read_document(path)
    assert str(path) in str(raised.value)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nothing.txt")
