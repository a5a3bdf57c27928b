"""Attack round 19 (session 32, R): the markup of an Office file was counted in its parts named .xml or
.rels only (kg.extract.documents.check_markup), but python-docx parses a part by the content type
[Content_Types].xml gives it: a header part named word/bomb.dat held 25,000,000 `<w:p/>` in a 257 KB
.docx, which `kg ingest` unpacked and parsed to 2 GB before a memory error it called "unknown error
(<string>, line 0)". Every part's tags are counted now, whatever its name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.documents import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{TYPES}.document.main+xml"/>'
    f'<Override PartName="/word/header1.dat" ContentType="{TYPES}.header+xml"/></Types>'
)
PACKAGE_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    f'package/2006/relationships"><Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOCUMENT_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    f'package/2006/relationships"><Relationship Id="rId9" Type="{OFFICE}/header" '
    'Target="header1.dat"/></Relationships>'
)
DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
    "<w:p><w:r><w:t>The OGF and the DMTF agree to collaborate on cloud management.</w:t></w:r></w:p>"
    "</w:body></w:document>"
)


def docx_with_header(paragraphs: int) -> bytes:
    header = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W}">' + "<w:p/>" * paragraphs + "</w:hdr>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELATIONSHIPS)
        archive.writestr("word/document.xml", DOCUMENT)
        archive.writestr("word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS)
        archive.writestr("word/header1.dat", header)
    return buffer.getvalue()


def test_markup_in_a_part_not_named_xml_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "header.docx"
    path.write_bytes(docx_with_header(1_100_000))  # 7 KB; before: every header paragraph parsed
    with pytest.raises(InputError, match=r"header\.docx: its XML parts hold more than 1,048,576 tags"):
        read_document(path)


def test_such_a_file_with_a_small_header_is_read(tmp_path: Path) -> None:
    path = tmp_path / "header.docx"
    path.write_bytes(docx_with_header(3))
    assert "agree to collaborate on cloud management" in read_document(path).text
