"""Attack round 22 (session 34, engineer R): a message whose own type is message/rfc822.

A message forwarded inline was read after its carrier when it was a part of a multipart message, but not
when the message itself (or a forwarded message) was of type message/rfc822, as a bounce, a mailing list's
wrapper or a message forwarded twice is: "an e-mail message without text", nothing read
(kg.extract.formats_email.read_message left its own part out). No dev document is such a message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.documents import read_document

INNER = "Subject: inner\nContent-Type: text/plain\n\nThe DMTF and SNIA agree to collaborate on Redfish.\n"
WRAPPED = "Subject: outer\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n" + INNER
TWICE = (
    "Subject: outer\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=X\n\n--X\n"
    "Content-Type: message/rfc822\n\nSubject: middle\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n"
    + INNER
    + "--X--\n"
)


@pytest.mark.parametrize("text", [WRAPPED, TWICE], ids=["wrapped", "forwarded-twice"])
def test_the_carried_message_is_read(text: str, tmp_path: Path) -> None:
    path = tmp_path / "message.eml"
    path.write_text(text)
    read = read_document(path).text
    assert "Subject: outer" in read and "Subject: inner" in read
    assert "The DMTF and SNIA agree to collaborate on Redfish." in read


def test_deep_wrapping_is_still_refused(tmp_path: Path) -> None:
    text = INNER
    for level in range(1000):
        text = f"Subject: level {level}\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n" + text
    path = tmp_path / "deep.eml"
    path.write_text(text)
    with pytest.raises(InputError, match="deep"):
        read_document(path)


def test_an_attached_message_stays_an_attachment(tmp_path: Path) -> None:
    text = (
        "Subject: outer\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=X\n\n--X\n"
        "Content-Type: text/plain\n\nSee the attachment.\n--X\nContent-Type: message/rfc822\n"
        'Content-Disposition: attachment; filename="old.eml"\n\n' + INNER + "--X--\n"
    )
    path = tmp_path / "attached.eml"
    path.write_text(text)
    read = read_document(path).text
    assert "See the attachment." in read and "Redfish" not in read
