"""Read an e-mail message (.eml, RFC 5322 / MIME) into a text layer: its header block, then its text.

Why: liaison statements and MoU announcements travel as e-mail, and a saved message is what an analyst
has. The standard library's parser (policy.default) reads the message and decodes its parts
(quoted-printable, base64, the declared charset). The text layer is built here, like a Word file's:
the header fields the rules read (From, To, Cc, Date, Subject) as leading `Name: value` lines, a blank
line, then the text/plain part (or, when there is none, the HTML part's text as the HTML reader reads
it); a message forwarded inline is read after it the same way. Attachments are not opened: their names
are given on an `Attachments:` line and in a logged warning. Offsets point into that layer
(kg.extract.documents.text_layer gives it again for `kg explain`).

Bounds, as for the other formats: the size cap applies to the file before it is parsed, a message of
more than MAX_PARTS parts or of messages nested deeper than MAX_DEPTH is refused, and so is one whose
MIME structure is damaged (a multipart without its boundary), naming the file.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from email import errors
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from pathlib import Path

from kg.errors import InputError
from kg.model.patterns import safe_text

EML = "message/rfc822"
HEADER_FIELDS = ("From", "To", "Cc", "Date", "Subject")
MAX_PARTS = 256
"""A liaison message has a body, an HTML copy and a few attachments; thousands of parts are a bomb."""
MAX_DEPTH = 4
"""Messages forwarded inside messages, at most this deep."""
MAX_PARSED_PARTS = 4 * MAX_PARTS
"""Parts the parser may make of a message, attached messages' parts included (only MAX_PARTS are read):
counted as it makes them (BoundedPolicy.message_factory), since it makes them all before any is read:
a message of 200,000 empty parts (6.4 MB) took 53 s to parse, to be refused after (attack round 19)."""
# A message's first lines: RFC 5322 header fields, one of them one a mail program writes
MESSAGE_HEAD = re.compile(rb"^(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n", re.ASCII)
MAIL_FIELDS = re.compile(
    rb"^(?:Received|Return-Path|Message-ID|MIME-Version|Delivered-To|X-Mailer|In-Reply-To):", re.I | re.M
)
# Defects of the MIME structure: the parts cannot be told apart, so no text can be trusted to be whole
DAMAGE = (
    errors.NoBoundaryInMultipartDefect,
    errors.StartBoundaryNotFoundDefect,
    errors.MultipartInvariantViolationDefect,
)
MAX_FIELD = 16_384
"""Characters of one header field the parser is given: a To or Cc line of 300 addresses is 12,000."""
FIELD_WORK = 1 << 30
"""What the header parser may be made to do for one message, counted as the squares of the lengths of
the fields it parses (a field is parsed again at each look-up): about eight seconds of its worst case,
and room for a To and a Cc of 300 addresses each read a few times (2^28 refused that ordinary message)."""
HEADER_LINE = re.compile(rf"^(?:{'|'.join(HEADER_FIELDS)}|Attachments): ")
log = logging.getLogger(__name__)


def looks_like_message(data: bytes) -> bool:
    """A saved e-mail whatever its name: it opens with a header block that has a From field and a
    field only mail programs write (Received, Message-ID, MIME-Version ...). A plain-text liaison
    statement with From/To/Subject lines has none of those."""
    head = MESSAGE_HEAD.match(data[:65536])
    if head is None:
        return False
    block = head.group(0)
    return re.search(rb"^From:", block, re.I | re.M) is not None and MAIL_FIELDS.search(block) is not None


@dataclass
class MailLayer:
    """The text layer being written, as segments read by the plain-text or the HTML reader, and what
    was found on the way."""

    path: Path
    segments: list[tuple[str, str]] = field(default_factory=list)  # ("text" | "html", its text)
    lines: list[str] = field(default_factory=list)  # the text segment being written
    attachments: list[str] = field(default_factory=list)
    parts: int = 0

    def count(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise InputError(
                f"{self.path}: a message of more than {MAX_PARTS} MIME parts: far more than a message "
                "carries; refused"
            )

    def html(self, source: str) -> None:
        self.flush()
        self.segments.append(("html", source.rstrip("\n") + "\n"))

    def flush(self) -> None:
        if self.lines:
            self.segments.append(("text", "\n".join(self.lines) + "\n"))
            self.lines = []

    def text(self) -> str:
        return "".join(text for _, text in self.segments)


class FieldsTooLong(ValueError):
    """A message whose header fields are more than the parser can be given (MAX_FIELD, FIELD_WORK)."""


class TooManyParts(ValueError):
    """A message the parser would make more than MAX_PARSED_PARTS parts of."""


@dataclass
class FieldBudget:
    spent: int = 0
    parts: int = 0

    def counted_message(self, policy: EmailPolicy | None = None) -> EmailMessage:
        """The parser's factory of the message of each part (policy.message_factory), counting them."""
        self.parts += 1
        if self.parts > MAX_PARSED_PARTS:
            raise TooManyParts(f"a message of more than {MAX_PARSED_PARTS:,} MIME parts")
        return EmailMessage(policy=policy)


class BoundedPolicy(EmailPolicy):
    """policy.default, but a header field is measured before the standard library's parser reads it.

    Why: that parser's work grows with the square of an address list's length (a To field of 16 kB of
    '"a",' took 1.9 s to read once), structured fields are parsed again at every look-up (the
    Content-Type of each part several times, from the parser's own split of the parts on), and encoded
    words grew its memory faster than their length (8,000 in a 112 kB Subject: 462 MB; 20,000 in a
    From or a file name: over 1 GB). An e-mail of 229 kB with a Content-Type of 20,000 parameters took
    46 s to read, one of 80 kB of quoted names in its To field more than 60 s."""

    budget: FieldBudget | None = None

    def header_fetch_parse(self, name: str, value: str) -> str:
        if not hasattr(value, "name") and self.budget is not None:
            length = len(value)
            if length > MAX_FIELD:
                raise FieldsTooLong(
                    f"its {name} header field is {length:,} characters, more than the {MAX_FIELD:,} a "
                    "message's field may have here"
                )
            self.budget.spent += length * length
            if self.budget.spent > FIELD_WORK:
                raise FieldsTooLong(
                    f"its header fields are too long to read (the {name} field, {length:,} characters, and "
                    "the fields read before it)"
                )
        return super().header_fetch_parse(name, value)


def parse(path: Path, data: bytes) -> EmailMessage:
    bounded, budget = BoundedPolicy(), FieldBudget()
    object.__setattr__(bounded, "budget", budget)  # a policy is read-only once made; one a message
    object.__setattr__(bounded, "message_factory", budget.counted_message)
    message = BytesParser(policy=bounded).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def mail_layer(path: Path, data: bytes) -> MailLayer:
    """The layer of a message: its header fields, its text, its inline forwarded messages."""
    layer = MailLayer(path)
    try:
        read_message(parse(path, data), layer, depth=0)
    except InputError:
        raise
    except FieldsTooLong as error:
        raise InputError(f"{path}: an e-mail message refused: {error}") from None
    except TooManyParts as error:
        raise InputError(
            f"{path}: {error}, attached ones included: far more than a message carries; refused"
        ) from None
    except RecursionError:  # the parser's, on multiparts within multiparts hundreds deep
        raise InputError(
            f"{path}: an e-mail message whose MIME parts are nested hundreds deep: far deeper than a message "
            "is; refused"
        ) from None
    except Exception as error:  # the parser and the decoders raise many kinds on damaged input
        raise InputError(f"{path}: not a readable e-mail message: {' '.join(str(error).split())}") from None
    layer.flush()
    if not any(text.strip() for kind, text in layer.segments if kind == "html") and not any(
        line.strip() and not HEADER_LINE.match(line) for line in layer.text().split("\n")
    ):
        raise InputError(f"{path}: an e-mail message without text (no text/plain or text/html part)")
    if layer.attachments:
        log.warning("%s: attachments not read: %s", path, ", ".join(layer.attachments))
    return layer


def read_message(message: Message, layer: MailLayer, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise InputError(
            f"{layer.path}: messages forwarded more than {MAX_DEPTH} deep inside each other; refused"
        )
    parts = own_parts(message, layer)
    check_structure(layer.path, parts)
    if layer.lines or layer.segments:
        layer.lines.append("")
    for name in HEADER_FIELDS:
        value = field_text(message, name)
        if value is not None and value.strip():
            layer.lines.append(f"{name}: {' '.join(value.split())}")
    attachments = [name_of(part) for part in parts if is_attachment(part)]
    if attachments:
        layer.lines.append(f"Attachments: {', '.join(attachments)}")
        layer.attachments.extend(attachments)
    layer.lines.append("")
    body = body_part(message)
    if body is not None:
        text = safe_text(content_text(body)).replace("\r\n", "\n").replace("\r", "\n")
        if body.get_content_subtype() == "html":
            layer.html(text)
        else:
            layer.lines.extend(text.rstrip("\n").split("\n"))
    for part in parts:  # the message itself too: a message whose own type is message/rfc822 carries one
        if is_forwarded(part):  # (it was left out: "without text"; attack round 22)
            for forwarded in carried(part):
                read_message(forwarded, layer, depth + 1)


def field_text(message: Message, name: str) -> str | None:
    """A header field's text: its encoded words decoded (RFC 2047), or, when it holds raw bytes that are
    not UTF-8 (RFC 6532 allows UTF-8 alone; older mailers wrote latin-1), those bytes read as windows-1252.
    Python's parser had made each such byte U+FFFD ('Subject: T\ufffdl\ufffdcom'; attack round 21)."""
    value = message.get(name)
    if value is None:
        return None
    raw = next((text for key, text in message.raw_items() if key.lower() == name.lower()), "")
    if any("\udc80" <= c <= "\udcff" for c in raw):  # the parser's surrogateescape of bytes not UTF-8
        return undeclared_text(raw.encode("utf-8", "surrogateescape"))
    return str(value)


def check_structure(path: Path, parts: list[Message]) -> None:
    for part in parts:
        damage = [defect for defect in part.defects if isinstance(defect, DAMAGE)]
        if damage:
            raise InputError(
                f"{path}: a damaged e-mail message ({type(damage[0]).__name__}: its MIME parts cannot be "
                "told apart); nothing was read"
            )


def own_parts(message: Message, layer: MailLayer) -> list[Message]:
    """The parts of a message in order, down to, not into, the messages it carries (each counted)."""
    parts, stack = [], [message]
    while stack:
        part = stack.pop()
        layer.count()
        parts.append(part)
        if part.is_multipart() and part.get_content_type() != EML:
            stack.extend(reversed(part.get_payload()))  # type: ignore[arg-type]
    return parts


def is_attachment(part: Message) -> bool:
    """A part marked as an attachment, or any part that is neither text nor a container."""
    if part.get_content_maintype() == "multipart" or is_forwarded(part):
        return False
    return part.get_content_disposition() == "attachment" or part.get_content_maintype() != "text"


def is_forwarded(part: Message) -> bool:
    """A message forwarded inline (message/rfc822 not marked as an attachment): read after its carrier."""
    return part.get_content_type() == EML and part.get_content_disposition() != "attachment"


def carried(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [m for m in (payload if isinstance(payload, list) else [payload]) if isinstance(m, Message)]


def body_part(message: Message) -> Message | None:
    """The text/plain part a mail program shows, else the text/html one; none of an attachment."""
    if not isinstance(message, EmailMessage):
        return None
    try:
        return message.get_body(preferencelist=("plain", "html"))
    except (KeyError, TypeError):
        return None


def content_text(part: Message) -> str:
    """A text part decoded (quoted-printable, base64, its charset). Bytes past ASCII in a part that
    declares no charset, or US-ASCII (RFC 2045's default), or one Python does not know, are read as
    documents.decode reads text: UTF-8 when they are, else windows-1252.

    Why: 8-bit mail without a charset parameter is common (list archives, messages saved without MIME
    headers); read as US-ASCII, each accented letter became U+FFFD (two for UTF-8's two bytes), and
    'Télécom' or 'Müller' no longer matched any name (attack round 21)."""
    payload = part.get_payload(decode=True)
    declared = part.get_content_charset()
    if isinstance(payload, bytes) and declared in (None, "us-ascii", "ascii") and not payload.isascii():
        return undeclared_text(payload)
    try:
        return str(part.get_content())  # type: ignore[attr-defined]
    except LookupError:
        return undeclared_text(payload) if isinstance(payload, bytes) else ""


WINDOWS_1252 = "".join(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(256))
"""kg.extract.documents.WINDOWS_1252, the table text that is not UTF-8 is read by (documents imports
this module, so it is made here again rather than imported)."""


def undeclared_text(payload: bytes) -> str:
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return codecs.charmap_decode(payload, "strict", WINDOWS_1252)[0]


def name_of(part: Message) -> str:
    """An attachment's file name, else its media type."""
    name = part.get_filename()
    return " ".join(str(name).split()) if name else part.get_content_type()
