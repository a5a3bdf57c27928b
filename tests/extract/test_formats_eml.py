"""E-mail messages (.eml): liaison statements and MoU announcements travel as e-mail. The standard
library's parser reads them: the header fields as leading `Name: value` lines, the text/plain part
(quoted-printable or base64, its charset decoded; a hard-wrapped body joined as plain text is) or the
HTML part through the HTML reader, attachments named and not opened, messages forwarded inline read
after their carrier; bounded in parts and nesting, a damaged message refused naming the file. The
messages are built with the standard library here; their words are invented."""

from __future__ import annotations

import logging
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from support.source_quotes import quotes_in_source

from kg.errors import InputError
from kg.extract.documents import EML, media_type_of, read_document, text_layer
from kg.extract.formats_email import MAX_DEPTH, MAX_PARTS
from kg.pipeline.ingest import extract

BODY = """\
Dear colleagues,

At its March 2027 meeting the Broadband Forum agreed to reply to the
liaison of the IETF IP Performance Measurement Working Group.  The reply
confirms the joint work of the Broadband Forum and the Internet
Engineering Task Force on the definitions of one-way delay and loss, and
asks the IETF to review the revised draft before the end of June 2027.

The work plan agreed at the meeting:

  - first revised draft, April 2027;
  - review by both bodies, June 2027.

Best regards,
Ada Example
"""


def message(body: str = BODY, **headers: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = headers.get("sender", "Ada Example <ada@bbf.example>")
    mail["To"] = "IETF IPPM chairs <ippm-chairs@ietf.example>"
    mail["Cc"] = "Broadband Forum liaisons <liaisons@bbf.example>"
    mail["Subject"] = "Liaison statement: reply on the definitions of path metrics"
    mail["Date"] = "Mon, 8 Mar 2027 10:12:44 +0000"
    mail["Message-ID"] = "<reply-1@bbf.example>"
    mail.set_content(
        body, cte=headers.get("cte", "quoted-printable"), charset=headers.get("charset", "utf-8")
    )
    return mail


def saved(tmp_path: Path, mail: EmailMessage, name: str = "reply.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(mail.as_bytes(policy=policy.SMTP))
    return path


def exact(path: Path, bullets: int = 0) -> int:
    """Assert every character read is the character at its offset in the text layer, but the `bullets`
    "-" the HTML reader writes before a list item; how many."""
    document = read_document(path)
    layer = text_layer(path, EML)
    assert layer is not None
    read = [(i, c) for i, c in enumerate(document.text) if not c.isspace()]
    assert [c for i, c in read if layer[document.offsets[i]] != c] == ["-"] * bullets
    return len(read)


def test_a_message_gives_its_header_fields_and_its_plain_text_joined(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    mail = message()
    mail.add_alternative("<p>The same reply, as HTML.</p>", subtype="html")
    mail.add_attachment(b"%PDF-1.4 draft", maintype="application", subtype="pdf", filename="draft-r2.pdf")
    path = saved(tmp_path, mail)
    with caplog.at_level(logging.WARNING):
        document = read_document(path)
    assert document.media_type == EML and document.format_name == "e-mail (.eml)"
    lines = document.text.split("\n")
    assert lines[:6] == [
        "From: Ada Example <ada@bbf.example>",
        "To: IETF IPPM chairs <ippm-chairs@ietf.example>",
        "Cc: Broadband Forum liaisons <liaisons@bbf.example>",
        "Date: Mon, 08 Mar 2027 10:12:44 +0000",
        "Subject: Liaison statement: reply on the definitions of path metrics",
        "Attachments: draft-r2.pdf",
    ]
    body = next(line for line in lines if line.startswith("At its March 2027"))
    assert "the Broadband Forum and the Internet Engineering Task Force on the definitions" in body
    assert "  - review by both bodies, June 2027." in lines
    assert "The same reply, as HTML." not in document.text  # the plain part is the one read
    assert "PDF-1.4" not in document.text
    assert "draft-r2.pdf" in caplog.text and str(path) in caplog.text
    assert exact(path) > 500


def test_the_extraction_reads_the_message_as_a_liaison_with_quotes_in_the_layer(tmp_path: Path) -> None:
    path = saved(tmp_path, message())
    extraction = extract(path)
    assert extraction.record.kind == "LiaisonStatement"
    assert "IETF" in set(extraction.parties)
    layer = text_layer(path, EML)
    assert layer is not None and quotes_in_source(extraction.graph, layer) > 2


def test_base64_in_another_charset_is_decoded(tmp_path: Path) -> None:
    body = "Réunion à Genève : the Broadband Forum and the IETF agreed the plan.\n"
    path = saved(tmp_path, message(body, cte="base64", charset="iso-8859-1"))
    assert b"R\xe9union" not in path.read_bytes() and "Genève".encode() not in path.read_bytes()
    assert "Réunion à Genève : the Broadband Forum and the IETF agreed the plan." in read_document(path).text


def test_an_html_only_message_is_read_by_the_html_reader(tmp_path: Path) -> None:
    mail = message()
    mail.set_content(
        "<h1>Reply on path metrics</h1><p>The Broadband Forum and the IETF agreed:</p>"
        "<ul><li>first revised draft, April 2027</li><li>review, June 2027</li></ul>",
        subtype="html",
    )
    path = saved(tmp_path, mail)
    document = read_document(path)
    lines = document.text.split("\n")
    assert "Reply on path metrics" in lines and "- first revised draft, April 2027" in lines
    assert "<li>" not in document.text
    heading = document.text.index("Reply on path metrics")
    assert heading in document.heading_lines
    assert exact(path, bullets=2) > 150


def test_a_forwarded_message_is_read_after_its_carrier(tmp_path: Path) -> None:
    inner = message(
        "The OIF thanks the Broadband Forum for its liaison on 800G interfaces.\n",
        sender="OIF <tc@oif.example>",
    )
    carrier = message("Forwarding the statement below for the call on Thursday.\n")
    carrier.add_attachment(inner, disposition="inline")
    text = read_document(saved(tmp_path, carrier)).text
    assert text.index("Forwarding the statement") < text.index("From: OIF <tc@oif.example>")
    assert text.index("From: OIF <tc@oif.example>") < text.index("The OIF thanks the Broadband Forum")


def test_messages_nested_too_deep_and_too_many_parts_are_refused(tmp_path: Path) -> None:
    mail = message("innermost\n")
    for depth in range(MAX_DEPTH + 1):
        carrier = message(f"level {depth}\n")
        carrier.add_attachment(mail, disposition="inline")
        mail = carrier
    with pytest.raises(InputError, match=r"deep\.eml: messages forwarded more than 4 deep"):
        read_document(saved(tmp_path, mail, "deep.eml"))
    many = message()
    for index in range(MAX_PARTS):
        many.add_attachment(
            b"x", maintype="application", subtype="octet-stream", filename=f"part-{index}.bin"
        )
    with pytest.raises(InputError, match=rf"many\.eml: a message of more than {MAX_PARTS} MIME parts"):
        read_document(saved(tmp_path, many, "many.eml"))


def test_a_damaged_message_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.eml"
    path.write_bytes(
        b"From: Ada <ada@bbf.example>\r\nTo: ietf@ietf.example\r\nSubject: reply\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed\r\n\r\n--nothing\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    )
    with pytest.raises(InputError, match=r"broken\.eml: a damaged e-mail message"):
        read_document(path)


def test_a_message_is_known_by_its_content_and_a_plain_liaison_stays_text(tmp_path: Path) -> None:
    mail = saved(tmp_path, message(), "saved-from-the-mail-program.txt")
    assert read_document(mail).media_type == EML
    plain = tmp_path / "liaison.txt"
    plain.write_text("From: Broadband Forum\nTo: IETF\nSubject: reply\n\nThe reply confirms the work.\n")
    assert media_type_of(plain, plain.read_bytes()) == "text/plain"
