"""Attack round 19 (session 32, R): UTF-16 saved without a byte order mark was refused as "a binary
file" (kg.extract.documents.decode saw its NUL bytes); it is read now, little- or big-endian, while
real binary files, and text holding a NUL, stay refused."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.documents import decode, read_document

TEXT = (
    "DMTF and SNIA Work Register\r\n\r\n"
    "The Distributed Management Task Force (DMTF) and the Storage Networking Industry Association "
    "(SNIA) agree to collaborate on \u201cstorage management\u201d \u2014 caf\u00e9.\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_bytes(TEXT.encode(encoding))
    document = read_document(path)
    assert "Storage Networking Industry Association" in document.text
    assert "\u201cstorage management\u201d" in document.text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # every byte value
        struct.pack("<2000H", *(i % 200 for i in range(2000))),  # 16-bit integers, half of them controls
        "DMTF\x00SNIA register text".encode("utf-16-le"),  # a NUL character in the text
        b"DMTF and SNIA\x00\n" * 40,  # NUL bytes in 8-bit text
        "DMTF and SNIA".encode("utf-16-le") + b"\x00",  # an odd length
        "DMTF \ud800".encode("utf-16-le", "surrogatepass") + "and SNIA".encode("utf-16-le"),  # lone surrogate
    ],
    ids=["bytes", "integers", "nul-character", "nul-bytes", "odd", "surrogate"],
)
def test_binaries_stay_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(Path("photo.txt"), data)
