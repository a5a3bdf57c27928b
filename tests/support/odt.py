"""OpenDocument text files built with the standard library's zipfile, as ODF 1.2 lays them out (the mimetype
entry first and stored, META-INF/manifest.xml, content.xml): for the tests of the .odt reader and of what
an Office file's unpacked text costs the processes that read it."""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

from kg.extract.documents import ODT

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.2"'
)


def odt(path: Path, body: str, mimetype: str = ODT, encrypted: bool = False) -> Path:
    """`path` written as an .odt whose text body is `body` (ODF markup); `encrypted`: its manifest says so."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        + ('<manifest:encryption-data manifest:checksum="x"/>' if encrypted else "")
        + "</manifest:file-entry></manifest:manifest>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def paragraphs(text: str) -> str:
    """Plain text as ODF paragraphs, one a line."""
    return "".join(f"<text:p>{html.escape(line)}</text:p>" for line in text.splitlines())
