"""OpenDocument text (.odt): headings, list items with their depth, tables as tab-joined rows (a
merged cell's place kept), read like a Word file, offsets into the text layer; a template, a master
document and an encrypted file refused with a clear message; the bounds of a Word file (unpacked size,
tag budget) apply. The files are built here with the standard library's zipfile as ODF 1.2 lays them
out (the mimetype entry first and stored, META-INF/manifest.xml, content.xml); their words are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.odt import odt as odt_file
from support.quotes import checked_quotes

from kg.errors import InputError
from kg.extract.documents import ODT, read_document, text_layer
from kg.pipeline.ingest import extract

BODY = """
<text:sequence-decls>
<text:sequence-decl text:display-outline-level="0" text:name="Table"/>
</text:sequence-decls>
<text:h text:outline-level="1">Joint Work Register of the Broadband Forum and the IETF</text:h>
<text:table-of-content><text:index-body><text:p>Scope 1</text:p></text:index-body></text:table-of-content>
<text:p>The Broadband Forum (BBF) and the Internet Engineering Task Force (IETF) keep this register of
their joint work on path metrics.<text:note><text:note-body><text:p>A note.</text:p></text:note-body>
</text:note></text:p>
<text:h text:outline-level="2">Parties</text:h>
<text:list>
  <text:list-item><text:p>Broadband Forum (BBF)</text:p>
    <text:list><text:list-item>
      <text:p>Operations and Management Work Area</text:p>
    </text:list-item></text:list>
  </text:list-item>
  <text:list-item><text:p>Internet Engineering Task Force (IETF)</text:p></text:list-item>
</text:list>
<text:h text:outline-level="2">Milestones</text:h>
<table:table table:name="Milestones">
  <table:table-header-rows><table:table-row>
    <table:table-cell><text:p>Milestone</text:p></table:table-cell>
    <table:table-cell><text:p>Target</text:p></table:table-cell>
  </table:table-row></table:table-header-rows>
  <table:table-row>
    <table:table-cell><text:p>Common glossary of<text:s/>path metric terms</text:p></table:table-cell>
    <table:table-cell><text:p>4Q2027</text:p></table:table-cell>
    <table:table-cell table:number-columns-repeated="1000"/>
  </table:table-row>
  <table:table-row>
    <table:table-cell table:number-columns-spanned="2">
      <text:p>Shared delay test plan, date open</text:p>
    </table:table-cell>
    <table:covered-table-cell/>
  </table:table-row>
  <table:table-row>
    <table:table-cell><text:p>Joint review of the loss metrics</text:p></table:table-cell>
    <table:table-cell><text:p>2Q2028</text:p></table:table-cell>
  </table:table-row>
</table:table>
<text:h text:outline-level="2">Contacts</text:h>
<text:p>BBF: Ada Example, ada@bbf.example<text:tab/>IETF: Ben Sample, ben@ietf.example</text:p>
<text:tracked-changes><text:changed-region><text:deletion>
<text:p>Withdrawn words</text:p>
</text:deletion></text:changed-region></text:tracked-changes>
"""


def odt(path: Path, body: str = BODY, mimetype: str = ODT, encrypted: bool = False) -> Path:
    """The register above (or `body`) as an .odt file at `path`."""
    return odt_file(path, body, mimetype, encrypted)


def test_headings_lists_with_depth_and_table_rows_come_out_as_word_s(tmp_path: Path) -> None:
    document = read_document(odt(tmp_path / "register.odt"))
    assert document.media_type == ODT and document.format_name == "OpenDocument text (.odt)"
    lines = document.text.split("\n")
    assert "Joint Work Register of the Broadband Forum and the IETF" in lines
    assert document.text.index("Milestones\n") in document.heading_lines
    assert "- Broadband Forum (BBF)" in lines
    assert "  - Operations and Management Work Area" in lines  # one level deeper
    assert "- Internet Engineering Task Force (IETF)" in lines
    assert "Milestone\tTarget" in lines
    assert "Common glossary of path metric terms\t4Q2027" in lines  # text:s, the repeated empty cells cut
    assert "Shared delay test plan, date open" in lines  # the covered cell after it left empty, cut
    assert "Joint review of the loss metrics\t2Q2028" in lines
    assert "BBF: Ada Example, ada@bbf.example IETF: Ben Sample, ben@ietf.example" in lines
    for left_out in ("Scope 1", "A note.", "Withdrawn words"):
        assert left_out not in document.text


def test_an_odt_register_is_extracted_with_quotes_into_its_layer(tmp_path: Path) -> None:
    path = odt(tmp_path / "register.odt")
    extraction = extract(path)
    assert {"BBF", "IETF"} <= set(extraction.parties)
    targets = sorted(m.target.text for m in extraction.record.milestones if m.target)
    assert targets == ["2Q2028", "4Q2027"]
    layer = text_layer(path, ODT)
    assert layer is not None and layer == read_document(path).text
    assert checked_quotes(extraction.graph, layer) > 3


@pytest.mark.parametrize(
    ("mimetype", "encrypted", "says"),
    [
        ("application/vnd.oasis.opendocument.text-template", False, r"a template \(\.ott\)"),
        ("application/vnd.oasis.opendocument.text-master", False, r"a master document \(\.odm\)"),
        (ODT, True, "an encrypted \\(password-protected\\) OpenDocument text"),
    ],
)
def test_templates_master_documents_and_encrypted_files_are_refused(
    tmp_path: Path, mimetype: str, encrypted: bool, says: str
) -> None:
    path = odt(tmp_path / "other.odt", mimetype=mimetype, encrypted=encrypted)
    with pytest.raises(InputError, match=rf"other\.odt: {says}"):
        read_document(path)


def test_markup_far_larger_than_the_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = odt(tmp_path / "bomb.odt", body="<text:p/>" * 1_200_000)
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"bomb\.odt: its XML parts hold more than"):
        read_document(path)


def test_a_damaged_odt_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = odt(tmp_path / "cut.odt", body="<text:p>unclosed")
    with pytest.raises(InputError, match=r"cut\.odt: not a readable \.odt file"):
        read_document(path)


def test_another_opendocument_named_odt_is_refused_naming_its_mimetype(tmp_path: Path) -> None:
    path = odt(tmp_path / "sheet.odt", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(InputError, match=r"sheet\.odt: not an OpenDocument text \(\.odt\): its mimetype is "):
        read_document(path)


@pytest.mark.parametrize("count", ["x", "-3", "2.5", "", "9" * 5000])
def test_a_repeat_count_that_is_no_number_is_read_once_not_a_refusal(tmp_path: Path, count: str) -> None:
    """An attribute of one cell or one space (number-columns-repeated, text:c) that is no number, or a
    number of 5,000 digits (past what int() reads), made the whole document "not a readable .odt file"
    (round 12 of the outside attacks): the cell or space is read once, or as often as the ceiling allows."""
    body = BODY.replace('table:number-columns-repeated="1000"', f'table:number-columns-repeated="{count}"')
    body = body.replace("<text:s/>", f'<text:s text:c="{count}"/>')
    lines = read_document(odt(tmp_path / "register.odt", body)).text.split("\n")
    assert "Common glossary of path metric terms\t4Q2027" in lines  # spaces run together, cells cut
    assert "Joint review of the loss metrics\t2Q2028" in lines
