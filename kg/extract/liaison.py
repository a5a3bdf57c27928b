"""Liaison statements: from which group to which, for action or information, by when.

A liaison statement opens with header fields ("From:", "To:", "For: Action", "Deadline:",
"Purpose:"), in plain text, Markdown or a two-column table (kg.extract.headers). The groups it
is sent from and to are named there; their organizations are the parties of the alliance it
evidences. A group the reference data and discovery do not know is kept as a new organization
named as written, flagged for review, rather than lost.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from kg.extract.contacts import (
    CLOSING,
    SIGNATURE_LINES,
    bare,
    looks_like_person,
    signature_groups,
    signer_parts,
    text_lines,
)
from kg.extract.context import Context, unique
from kg.extract.dates import first_date_in
from kg.extract.entities import plural_group_units
from kg.extract.headers import HeaderField, field_named, header_fields
from kg.extract.kinds import SALUTATION, names_two
from kg.extract.names import ORG_HEADS, is_generic_plural, unit_head
from kg.model import prefilter
from kg.model.patterns import EMAIL
from kg.model.records import AllianceRecord, Entity, LiaisonHeader, Mention, Spans

PURPOSE_FIELDS = (
    "for",
    "purpose",
    "zweck",
    "prop\u00f3sito",
    "finalidad",
    "finalidade",
    "action",
    "action id",
    "type",
    "liaison type",
    "category",
    # what the sender expects of the addressee ("Expected action: ACT (reply requested)")
    "expected action",
    "action requested",
    "requested action",
    "action required",
    # a form's other names for the same ("Nature: Information", "Liaison purpose: For decision")
    "nature",
    "nature of liaison",
    "liaison purpose",
    "purpose of liaison",
    "purpose of the liaison",
)
DEADLINE_FIELDS = (
    "deadline",
    "reply by",
    "response deadline",
    "response by",
    "due",
    "due date",
    "reply deadline",
    # a form's wordings of the same ("Reply requested by ....: 15/10/2027", "Comments due: ...")
    "reply requested by",
    "response requested by",
    "response date",
    "reply date",
    "requested reply date",
    "comments due",
    "comments by",
    "respond by",
    # "Response expected by", "Reply expected by", "Answer requested by", "Comments requested by"
    "response expected by",
    "reply expected by",
    "answer by",
    "answer requested by",
    "comments requested by",
    "requested response date",
    # "Response needed by", "Reply required by", "Feedback requested by", "Date for reply"
    "response needed by",
    "reply needed by",
    "response required by",
    "reply required by",
    "feedback by",
    "feedback requested by",
    "input requested by",
    "comments needed by",
    "date for reply",
    "date for response",
)
# (and what else a purpose field asks the addressee for: "For decision", "For endorsement", "For approval",
# "For review", "For consideration", "For input", "For feedback", "For confirmation")
ACTION = re.compile(
    r"\bact(?:ion)?\b|\brespon[sd]|\breply\b|\bcomment|\breview|\bconsideration\b|\bdecision\b|\bendorse"
    r"|\bapprov(?:al|e)\b|\binput\b|\bfeedback\b|\bconfirmation\b",
    re.IGNORECASE,
)
# (and in the corpus's other languages: "Para información", "Para informação", "Per informazione")
INFORMATION = re.compile(
    r"\binformation\b|\binformative\b|\bfyi\b|\binformaci\u00f3n\b|\binforma\u00e7\u00e3o\b|\binformazione\b"
    # ("For noting", "For awareness", "For info", "Zur Kenntnis(nahme)")
    r"|\bnoting\b|\bawareness\b|\binfo\b|\bkenntnis",
    re.IGNORECASE,
)
# "for action", and as a letter says it to its addressee: "for your information", "for your review", "for
# your comments", "for their kind consideration"
FOR_PURPOSE = re.compile(
    r"\bfor\s+(?:(?:your|their|its)\s+)?(?:kind\s+)?"
    r"(?P<purpose>action|information|comments?|review|consideration|noting|awareness)\b",
    re.IGNORECASE,
)
INFORMED = frozenset({"information", "noting", "awareness"})  # FOR_PURPOSE's purposes that ask nothing
# A purpose that is a reply ("In response", "In reply to LS 123"): it answers, asking nothing; a reply that is
# asked for ("Response requested") is an action
IN_REPLY = re.compile(r"^\W{0,3}in\s+(?:response|reply)\b", re.IGNORECASE)
# A copy's line ("Cc: ETSI TC ITS (for information)"): what the copies are for, not the statement
# (and in brackets under the statement's heading: "(COPY TO WORKING PARTY 5A FOR INFORMATION)")
COPY_LINE = re.compile(
    r"^[ \t|*(\[]{0,4}(?:cc|copy|copies|copy\s+to|for\s+information\s+to)\b", re.IGNORECASE
)
COPY_REACH = 200
# A letter saying it asks nothing ("No action is requested of RAN1", "we would like to inform ...")
# ("No reply to this letter is required", "No response is expected from ETSI", "This letter requires no
# answer": a letter that asks for no reply)
ASKS_NOTHING = re.compile(
    r"\bno\s+(?:further\s+)?(?:action|reply|response|answer)\s+(?:(?:to|from|by|of)\s+[^.;:\n]{1,40}?\s+)?"
    r"(?:is\s+|are\s+)?(?:requested|required|needed|expected)\b"
    r"|\b(?:requires?|needs?)\s+no\s+(?:further\s+)?(?:action|reply|response|answer)\b"
    r"|\b(?:would\s+like|wish(?:es)?|is\s+pleased|are\s+pleased)\s+to\s+inform\b"
    # a liaison's report that only tells the news ("I am writing with a short update", "to bring you up to
    # date on ...", "to keep you informed of ...")
    r"|\b(?:writing|write)\s+(?:with|to\s+give\s+you)\s+(?:a\s+)?(?:short\s+|brief\s+|quick\s+)?update\b"
    r"|\bto\s+(?:bring|keep)\s+you\s+(?:up\s+to\s+date|informed)\b",
    re.IGNORECASE,
)
LIST_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:;|,|\band\b|/|\n)\s*")


def groups_in(ctx: Context, header: HeaderField | None) -> list[tuple[Entity, Spans]]:
    """The organizations and units a header field names; an unknown one becomes a new organization."""
    if header is None:
        return []
    mentions = ctx.resolver.mentions(header.value)
    found: list[tuple[Entity, Spans]] = [
        (m.entity, ((header.start + m.start, header.start + m.end),)) for m in mentions
    ]
    for unit, start, end in plural_group_units(ctx, header.value):  # "To: ITU-T Study Groups 13 and 20"
        if all(unit is not entity for entity, _ in found):
            found.append((unit, ((header.start + start, header.start + end),)))
    named = [e for e, _ in found if e.kind in ("organization", "unit")]
    if not named and (address := EMAIL.search(header.value)) is not None:
        return mailbox_owner(ctx, header, address)
    if not named and is_person(ctx, header.value):
        return person_body(ctx, header)
    if not named:
        name = re.sub(r"\s*\([^)]*\)\s*$", "", header.value).strip(" .;")
        owner = heading_body(ctx) if GROUP_DESIGNATION.fullmatch(name) or DESIGNATED.search(name) else None
        if owner is None and BARE_GROUP.fullmatch(name) and not ctx.resolver.resolve(name, "organization"):
            owner = group_owner(ctx, name)  # "From Group: CORE": a working group of the IETF, no body
        bracketed = BRACKETED_ACRONYM.search(header.value)
        acronym = bracketed.group(1) if bracketed is not None else None
        if owner is None and acronym is not None and not ctx.resolver.resolve(acronym, "organization"):
            # "From Group: Software Updates for Internet of Things (suit)": the group's acronym finds its body
            owner = group_owner(ctx, acronym)
        if owner is not None:  # "Source: SA5" under "3GPP TSG SA WG5 Meeting #150": 3GPP's group
            found = [(designated_unit(ctx, name, owner), header.spans)]
        elif (split := body_and_group(ctx, name)) is not None:
            found = [(entity, header.spans) for entity in split]
        elif (
            1 <= len(name.split()) <= 8
            and DOCUMENT_REFERENCE.search(name) is None
            and not is_generic_plural(name)
        ):
            found = [(ctx.resolver.new_organization(name, name if name.isupper() else None), header.spans)]
    return [(e, s) for e, s in found if e.kind in ("organization", "unit")]


MAX_NAME_WORDS = 8

# A person a field names instead of a body: by an honorific ("To: Mr Kwabena Example"), or a name the text
# writes before a mailbox ("From: Ada Example" under "From: Ada Example <ada@x.example>")
HONORIFIC = re.compile(r"^\W{0,3}(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?\s", re.IGNORECASE)
CONTINUATION_LINES = 3


def is_person(ctx: Context, value: str) -> bool:
    """Whether a field's value is a person's name (HONORIFIC, or the name of a mailbox the text gives)."""
    name = value.strip(" .;,")
    if HONORIFIC.match(name):
        return True
    if not 2 <= len(name.split()) <= 4:
        return False
    mailbox = re.compile(rf"{re.escape(name)}[\"']?[ \t]{{0,3}}<[^<>\s@]{{1,80}}@")
    return mailbox.search(ctx.document.text, 0, MAIL_REACH) is not None


def person_body(ctx: Context, header: HeaderField) -> list[tuple[Entity, Spans]]:
    """The bodies the lines under a field naming a person give (its value continued, indented: "To:  Mr
    Kwabena Example" / "      Chief Technology Officer, FIDO Alliance"): the person's body, never the
    person as a body."""
    text = ctx.document.text
    line_end = text.find("\n", header.end)
    found: list[tuple[Entity, Spans]] = []
    position = line_end + 1 if line_end >= 0 else len(text)
    for _ in range(CONTINUATION_LINES):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if not line[:1].isspace() or not line.strip() or ":" in line.split(",")[0]:
            break
        found += [
            (m.entity, ((position + m.start, position + m.end),))
            for m in ctx.resolver.mentions(line)
            if m.entity.kind == "organization"  # (a role's board, "Chair, Technical Board", is no body)
        ]
        position = end + 1
    return found


def body_and_group(ctx: Context, name: str) -> tuple[Entity, Entity] | None:
    """A body nobody knew and its group, written "Body, Group" ("To: prpl Foundation, prplOS Working
    Group"): the body a new organization, the group (a unit's head ends it) its new unit; None when the
    value is not written so (one name, or a body's name with its legal form: "Example, Inc.")."""
    body, comma, group = (part.strip(" .;") for part in name.partition(","))
    if not comma or "," in group or unit_head(body) is not None or unit_head(group) is None:
        return None
    if not (1 <= len(body.split()) <= MAX_NAME_WORDS and 1 <= len(group.split()) <= MAX_NAME_WORDS):
        return None
    organization = ctx.resolver.new_organization(body, body if body.isupper() else None)
    return organization, ctx.resolver.new_unit(group, None, organization)


# A group's designation inside its name ("TSG SA WG4", "TSG-RAN WG1"): a body's group, whose body the
# meeting's header names ("3GPP TSG-SA WG4 Meeting #132")
DESIGNATED = re.compile(r"(?<![\w-])(?:TSG|WG|SG|TG|WP)[ -]?\d{1,3}[A-Z]?(?![\w-])")
# a group's acronym in brackets after its name, as a tracker writes it: "(suit)", "(DRIFT)"
BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9-]{1,11})\s*\)\s*$")
# A group written by its designation alone ("SA5", "RAN1", "WG 4", "SG13"): a body's group, not a body
GROUP_DESIGNATION = re.compile(r"[A-Z]{1,6}[ -]?\d{1,3}[A-Z]?")


def designated_unit(ctx: Context, name: str, owner: Entity) -> Entity:
    """The owner's unit a designation abbreviates ("SA5" of "TSG SA WG5": its letters a word of the unit's
    name, its number the name's last), known by it from now on; else a new unit of that name."""
    parts = re.fullmatch(r"([A-Z]+)[ -]?(\d+[A-Z]?)", name)
    letters, number = (parts.group(1), parts.group(2)) if parts is not None else ("", "")
    for unit in list(ctx.resolver.new_entities.values()):
        words = unit.label.split()
        owned = unit.kind == "unit" and unit.unit_of == owner.iri
        if owned and number and letters in words and words[-1].endswith(number):
            return ctx.resolver.with_names(unit, name) if name not in unit.names else unit
    return ctx.resolver.new_unit(name, None, owner)


# A group written by its bare acronym, all in capitals or all in lower case ("CORE", "suit", "6lo"): the
# datatracker names a body's working groups so; a body's own name would have been known or discovered
BARE_GROUP = re.compile(r"(?=[A-Za-z0-9]{0,11}[A-Za-z])(?:[A-Z0-9]{2,12}|[a-z0-9]{2,12})")
GROUP_LOOKS = 20


def group_owner(ctx: Context, name: str) -> Entity | None:
    """The body a group written by its bare acronym belongs to: the one whose acronym is the mail domain
    of an address named after the group ("core@ietf.org"), else the organization the text writes right
    before the group's name ("the IETF SUIT working group"), the name written as in the field or in
    capitals (the lower-case word in "the OGC core model" is no group "CORE"). None when nothing says:
    the group stays as written."""
    text = ctx.document.text
    for address in EMAIL.finditer(text[:MAIL_REACH]):
        local, domain = address.group(0).lower().split("@", 1)
        if name.lower() not in local:
            continue
        for label in domain.split(".")[:-1]:
            owner = ctx.resolver.resolve(label, "organization")
            if owner is not None and (owner.acronym or "").lower() == label:
                return owner
    alone = re.compile(rf"(?<![\w./-]){re.escape(name)}(?![\w/-])", re.IGNORECASE)
    written = (m for m in alone.finditer(text) if m.group() == name or m.group().isupper())
    for match in islice(written, GROUP_LOOKS):
        before = text[max(0, match.start() - 80) : match.start()]
        word = re.search(r"([A-Z][\w&-]{1,15})[ \t]+$", before)
        owner = ctx.resolver.resolve(word.group(1), "organization") if word is not None else None
        if owner is not None:
            return owner
    return None


MAIL_REACH = 3000


def heading_body(ctx: Context) -> Entity | None:
    """The organization the document's first line names (a meeting's header: "3GPP TSG SA WG5 Meeting
    #150"), whose group a bare designation in a From field is."""
    first = next((line for line in ctx.document.text.splitlines() if line.strip()), "")
    named = [m.entity for m in ctx.resolver.mentions(first) if m.entity.kind == "organization"]
    return named[0] if named else None


def mailbox_owner(ctx: Context, header: HeaderField, address: re.Match[str]) -> list[tuple[Entity, Spans]]:
    """ "From: Ada Example <ada@broadband-forum.org>" (an e-mail's header): a person's mailbox, never an
    organization's name; the body it belongs to is the one whose domain the address uses, if known."""
    owner = ctx.resolver.organization_for_email(address.group(0))
    if owner is None:
        return []
    return [(owner, ((header.start + address.start(), header.start + address.end()),))]


# "Source: Document 5D/TEMP/398", "Source: TD 112 (GEN/17)": a document the statement comes from, no group
DOCUMENT_REFERENCE = re.compile(
    r"^(?:documents?|doc\.?|contribution|td|tdoc)\s+\S*\d"
    # a path with a number before its first "/": read from where the word starts, each part once
    r"|(?<![\w.-])(?:[^\W\d]|[.-])*+\d[\w.-]*+/[\w.-]++/[\w.-]*\d",
    re.I,
)


def organization_of(ctx: Context, entity: Entity) -> Entity | None:
    if entity.kind == "organization":
        return entity
    return ctx.resolver.entities.get(entity.unit_of) if entity.unit_of is not None else None


# (a form's "Issuing group", "Submitting organization", "Sending body", "Liaison from"; and the word of the
# corpus's other languages: "Von", "De", "Remitente", "Remetente", "Expéditeur", "Absender")
FROM_NAME = re.compile(
    r"^(?:from|source|sender|submitted\s+by|sent\s+by|issued\s+by|prepared\s+by|originator"
    r"|originating\s+(?:body|group)"
    r"|(?:issuing|submitting|sending|originating)(?=\s)|liaison\s+from|von|de|remitente|emisor|remetente"
    r"|exp\u00e9diteur|absender)"
    r"(?:\s+(?:groups?|bod(?:y|ies)|organi[sz]ations?|committees?|entity))?$"
)
# "To", "To groups", and the ITU template's "For action to" / "For information to"
TO_NAME = re.compile(
    r"^(?:(?:for\s+(?:action|information|comments?|review)(?:\s+and\s+\w+)?\s+)?to|recipients?|addressees?"
    r"|destinations?|addressed\s+to|sent\s+to|(?:for\s+the\s+)?attention\s+of|attn\.?"
    # (a form's "Submitted to", "Directed to", "External organization", "Receiver")
    r"|submitted\s+to|directed\s+to|external(?=\s)|receivers?"
    # (a form's "Receiving group", "Target organization", "Liaison to"; "An", "Para", "Destinatario",
    # "Destinatário", "Destinataire", "Empfänger")
    r"|(?:receiving|target)(?=\s)|liaison\s+to|an|para|destinatari[oa]s?|destinat\u00e1rios?"
    r"|destinataires?|empf\u00e4nger)"
    r"(?:\s+(?:groups?|bod(?:y|ies)|organi[sz]ations?|committees?|entity))?$"
)
TITLE_ENDS = re.compile(
    r"\bfrom\s+(?P<from>.+?)\s+to\s+(?:the\s+)?(?P<to>.+?)(?:\s+(?:on|about|regarding|concerning)\b|$)", re.I
)


def field_matching(fields: list[HeaderField], pattern: re.Pattern[str]) -> HeaderField | None:
    """The first field of that name that names a group, not the document it comes from."""
    return next((f for f in fields if pattern.match(f.name) and not DOCUMENT_REFERENCE.search(f.value)), None)


# "LIAISON STATEMENT TO IEEE 802 LAN/MAN STANDARDS COMMITTEE" (COPY TO ...): the addressee in the
# statement's own heading line, when its header has no To field
ADDRESSED_TO = re.compile(
    r"^[ \t]*liaison\s+statement\s+to\s+(?:the\s+)?(?P<to>[^\n(]{3,80}?(?:\s*\([^)\n]{1,20}\))?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def addressee_line(ctx: Context) -> HeaderField | None:
    match = ADDRESSED_TO.search(ctx.document.text[:3000])
    if match is None:
        return None
    return HeaderField("to", match.group("to"), match.start("to"), match.end("to"))


# "OASIS Liaison Report to the ISO/IEC JTC 1/SC 32 Plenary, June 2026": a title naming its sender first
SENDER_FIRST = re.compile(
    r"^[ \t]{0,3}(?:the\s+)?(?P<from>[^\W_][^,;:\[\]]{1,80}?)"
    r"\s+liaison\s+(?:statement|report|letter|submission|contribution)\s+to\s+(?:the\s+)?(?P<to>[^,;:(]{2,120}?)(?:\s+(?:on|about|regarding|concerning)\b|\s*[,;:(]|\s*$)",
    re.IGNORECASE,
)


def title_ends(ctx: Context, fields: list[HeaderField]) -> tuple[HeaderField | None, HeaderField | None]:
    """ "Liaison statement from ISO/IEC JTC 1/SC 27/WG 4 to the Cloud Security Alliance (CSA) on ...":
    the groups a title names, as fields of their own, when the header has no From or To; a title naming
    its sender first (SENDER_FIRST) only when that sender is a group the text names (not a mailing list's
    tag, "[OAUTH-WG] Liaison statement to ...")."""
    title = field_named(fields, "title", "subject")
    if title is None:
        return None, None
    match = TITLE_ENDS.search(title.value)
    if match is None and (first := SENDER_FIRST.match(title.value)) is not None:
        named = any(is_group(m.entity) for m in ctx.resolver.mentions(first.group("from")))
        match = first if named else None
    if match is None:
        return None, None
    parts = []
    for name in ("from", "to"):
        start = title.start + match.start(name)
        parts.append(HeaderField(name, match.group(name), start, start + len(match.group(name))))
    return parts[0], parts[1]


# "Request for approval of a liaison between the LoRa Alliance and ISO/IEC JTC 1/SC 41": two ends
TITLE_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[^,;]+?)\s+and\s+(?:the\s+)?(?P<b>[^,;]+?)\s*(?:[,;.]|$)", re.I
)


def other_end(fields: list[HeaderField], senders: HeaderField | None) -> HeaderField | None:
    """The end of a title's "between A and B" that is not the sender (a request for a liaison sent by
    one of the two bodies, without a To field)."""
    title = field_named(fields, "title", "subject")
    match = TITLE_BETWEEN.search(title.value) if title is not None else None
    if title is None or match is None or senders is None:
        return None
    sender = " ".join(re.sub(r"\([^)]*\)", " ", senders.value).lower().split())  # "Name (ACR)"
    sides = [
        name
        for name in ("a", "b")
        if sender not in (side := " ".join(match.group(name).lower().split())) and side not in sender
    ]
    if len(sides) != 1:
        return None
    start = title.start + match.start(sides[0])
    return HeaderField("to", match.group(sides[0]), start, start + len(match.group(sides[0])))


# "Liaison statement from ISO/IEC JTC 1/SC 38/WG 5 to SNIA on ...", "Liaison report from X to Y": a
# statement's title on a line of its own (a cover page writes its labels above their values, so the title
# is no `Title:` field)
TITLE_LINE = re.compile(
    r"^[ \t]{0,8}(?:outgoing\s+|incoming\s+)?(?:liaison\s+(?:statement|report|letter)|LS)"
    r"\s+from\s+[^\n]{3,200}$",
    re.IGNORECASE | re.MULTILINE,
)


def with_title_line(ctx: Context, fields: list[HeaderField]) -> list[HeaderField]:
    """The header's fields, and the statement's title line as its title when no field holds one."""
    if field_named(fields, "title", "subject") is not None:
        return fields
    line = title_line(ctx)
    return fields if line is None else [*fields, line]


def title_line(ctx: Context) -> HeaderField | None:
    """The statement's title line ("Liaison Statement from X to Y") as a title field, if it has one."""
    match = TITLE_LINE.search(ctx.document.text[:3000])
    if match is None:
        return None
    value = match.group().strip()
    start = match.start() + match.group().index(value)
    return HeaderField("title", value, start, start + len(value))


# A cover page's label on a line of its own, its value on the next ("SOURCE:" / "ISO/TC 211 Working Group 7",
# the ISO and ITU templates)
STACKED_LABEL = re.compile(r"^[ \t]{0,8}(?P<name>[A-Za-z][A-Za-z .]{0,24}?)[ \t]*:[ \t]*$", re.MULTILINE)
# the value: the next non-blank line (at most two blank lines between), no label itself
STACKED_VALUE = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?P<value>[^\n:]*[^\s:])[ \t]*$", re.MULTILINE)
STACKED_REACH = 3000


def stacked_fields(ctx: Context) -> list[HeaderField]:
    """The fields of a cover page whose labels stand above their values, each value the next non-blank
    line; only the fields a liaison statement has (sender, addressee, title, purpose, deadline)."""
    text = ctx.document.text[:STACKED_REACH]
    found: list[HeaderField] = []
    for label in STACKED_LABEL.finditer(text):
        name = " ".join(label.group("name").lower().split())
        if not (FROM_NAME.match(name) or TO_NAME.match(name) or name in STACKED_NAMES):
            continue
        value = STACKED_VALUE.match(text, label.end())
        if value is not None:
            found.append(HeaderField(name, value.group("value"), value.start("value"), value.end("value")))
    return found


STACKED_NAMES = ("title", "subject", *PURPOSE_FIELDS, *DEADLINE_FIELDS)


def liaison_fields(ctx: Context) -> list[HeaderField]:
    """The header's fields, and a cover page's stacked ones whose names the header lacks."""
    fields = header_fields(ctx.document)
    names = {f.name for f in fields}
    return [*fields, *(f for f in stacked_fields(ctx) if f.name not in names)]


# "This is a liaison statement from the HMC Tide Group to the OBC Telemetry Committee", "The attached liaison
# letter from X to Y ...": the ends a statement's opening sentence names, where its header names people
# (a mail's "From: Ana Example <a@x>", "To: chairs <c@y>") or nothing
SAID_ENDS = re.compile(
    r"\bliaison(?:[ \t]+statement|[ \t]+letter)?[ \t\n]+from[ \t\n]+(?:the[ \t\n]+)?"
    r"(?P<from>[^.;:]{2,120}?)"
    r"[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?(?P<to>[^.;:]{2,120}?)"
    r"(?=[ \t]*[.;:]|[ \t\n]+(?:on|about|regarding|concerning|for)\b)",
    re.IGNORECASE,
)
SAID_REACH = 6000  # a statement says who sends it to whom near its start: the text read that far only


def said_ends(ctx: Context) -> tuple[HeaderField | None, HeaderField | None]:
    """The sender and addressee the first such sentence names (SAID_ENDS), each when it names a group."""
    match = SAID_ENDS.search(ctx.document.text, 0, SAID_REACH)
    if match is None:
        return None, None
    ends = []
    for name in ("from", "to"):
        value = " ".join(match.group(name).split())
        field = HeaderField(name, value, match.start(name), match.end(name))
        ends.append(field if any(is_group(m.entity) for m in ctx.resolver.mentions(value)) else None)
    return ends[0], ends[1]


def names_no_group(ctx: Context, field: HeaderField | None) -> bool:
    """A field naming no group the text knows (a person, or no field at all), or a mail's routing: a mailbox
    ("FAPI WG chairs <chairs@x.example>" names who reads the mail, not the group the statement is for)."""
    return (
        field is None
        or EMAIL.search(field.value) is not None
        or not any(is_group(m.entity) for m in ctx.resolver.mentions(field.value))
    )


def liaison_groups(ctx: Context) -> tuple[list[tuple[Entity, Spans]], list[tuple[Entity, Spans]]]:
    fields = with_title_line(ctx, liaison_fields(ctx))
    from_title, to_title = title_ends(ctx, fields)
    named = naming_field(ctx, fields, FROM_NAME)
    addressed = naming_field(ctx, fields, TO_NAME)
    if from_title is None and (names_no_group(ctx, named) or names_no_group(ctx, addressed)):
        said_from, said_to = said_ends(ctx)
        named = (said_from or named) if names_no_group(ctx, named) else named
        addressed = (said_to or addressed) if names_no_group(ctx, addressed) else addressed
    if named is None and from_title is None and (line := title_line(ctx)) is not None:
        # a letter headed "Liaison Statement from X to Y" above a "Subject:" line and no From field: the
        # heading names the ends
        from_line, to_line = title_ends(ctx, [line])
        from_title, to_title = from_line, to_title or to_line
    # a Source field naming a person ("SOURCE: Ms. Ana Example", who wrote the report): the title's sender
    senders = named if named is not None and groups_in(ctx, named) else (from_title or named)
    recipients = addressed or to_title or addressee_line(ctx) or other_end(fields, senders)
    if senders is None and recipients is None:
        return letter_ends(ctx)
    to_groups = groups_in(ctx, recipients)
    person = names_person(ctx, senders)  # (before groups_in makes the unknown name a new body)
    from_groups = groups_in(ctx, senders) or group_below_source(ctx, fields, to_groups)
    if not from_groups and senders is None and recipients is not None:
        from_groups = letterhead_sender(ctx, recipients, to_groups)
    if not from_groups or person:
        # a mail from a person ("From: Ana Example <ana@x>", "From: Ana Example"): the signature's group
        from_groups = signature_sender(ctx, to_groups) or from_groups
    if not to_groups and from_groups:
        senders_of = {str(o.iri) for o in (organization_of(ctx, e) for e, _ in from_groups) if o is not None}
        to_groups = [
            (e, spans)
            for e, spans in signature_addressees(ctx)
            if (o := organization_of(ctx, e)) is not None and str(o.iri) not in senders_of
        ]
    return from_groups, to_groups


def names_person(ctx: Context, field: HeaderField | None) -> bool:
    """Whether a sender's field names a person and no group the text knows ("From: Ana Example")."""
    if field is None:
        return False
    if any(is_group(m.entity) and not m.entity.needs_review for m in ctx.resolver.mentions(field.value)):
        return False  # (a name discovered in this text may be the person's, read as a new body)
    value = EMAIL.sub("", field.value).strip(" <>\"',;")
    if is_person(ctx, value) or EMAIL.search(field.value):
        return True
    last = value.split()[-1] if value.split() else ""
    return looks_like_person(bare(value), False) and unit_head(value) is None and last not in ORG_HEADS


# A signature's line giving the signer's office in a group ("Chair, IEEE 802 LAN/MAN Standards Committee",
# "Rapporteur, Q5/13", "Convenor of ISO/TC 211/WG 7") or after it ("ETSI TC ITS Chair"): the group sends
SIGNER_OFFICE = (
    r"(?:co-?|vice[- ]?|deputy\s+|acting\s+|associate\s+)?(?:chair(?:man|woman|person)?|convenou?r|convener"
    r"|rapporteur|secretary|president|director|liaison\s+(?:officer|manager|rapporteur|representative)"
    r"|head\s+of\s+delegation)"
)
OFFICE_BEFORE = re.compile(
    rf"^\W{{0,3}}{SIGNER_OFFICE}(?:\s*,\s*|\s+of\s+(?:the\s+)?|\s+(?=[A-Z0-9]))(?P<group>\S[^\n]{{1,120}})$",
    re.IGNORECASE,
)
OFFICE_AFTER = re.compile(
    rf"^\W{{0,3}}(?P<group>\S[^\n,]{{1,80}}?)[ \t,]+{SIGNER_OFFICE}\W{{0,3}}$", re.IGNORECASE
)
# A signer's office toward another body ("SNIA liaison to DMTF", "OGF representative to the SNIA", "OFA
# delegate to OGF", "DMTF Liaison Officer to the OGF"): the body before the words is the signer's, the one
# after the addressee ("Liaison to the OGF" alone names the addressee only)
OFFICE_TO = re.compile(
    rf"^\W{{0,3}}(?P<group>[^\s,]{{1,40}}(?:[ \t]+[^\s,]{{1,40}}){{0,5}}?)[ \t]+(?:{SIGNER_OFFICE}|liaison"
    r"|representative|delegate)[ \t]+to[ \t]+(?:the[ \t]+)?(?P<to>\S[^\n]{0,80}?)\W{0,3}$",
    re.IGNORECASE,
)
# where a run-on office line stops naming its group: another office, or the group it is a liaison to
OFFICE_ENDS = re.compile(rf"\s+(?:(?:liaison\s+)?to\s|{SIGNER_OFFICE}\b)", re.IGNORECASE)
# An office alone on its line, or with a designation only ("Chair", "Rapporteur, Q5/13"): its group the next
DESIGNATION = r"(?:Q|SG|WP|WG|TG)[ -]?\d{1,3}[A-Z]?(?:/\d{1,3}[A-Z]?)?"
OFFICE_ALONE = re.compile(rf"^\W{{0,3}}{SIGNER_OFFICE}(?:\s*,?\s*{DESIGNATION})?\W{{0,3}}$", re.IGNORECASE)
# A group written by its designation alone ("Q5/13", "SG 13", "WP 4A", "WG 7"): the sending body's group
DESIGNATION_ALONE = re.compile(r"(?:Q|SG|WP|WG|TG|TC|SC)[ -]?\d{1,3}[A-Z]?(?:/\d{1,3}[A-Z]?)?")
SIGNATURE_START = re.compile(r"^-- ?$", re.MULTILINE)  # a mail's signature delimiter


def signature_sender(ctx: Context, to_groups: list[tuple[Entity, Spans]]) -> list[tuple[Entity, Spans]]:
    """The group a letter's signature gives its signer an office in, when no field names the sender (a
    chair's mail: "From: Ana Example <ana@x>", "Regards," over "Ana Example" / "Chair, IEEE 802 LAN/MAN
    Standards Committee"): the first office line under a signer's name that names a group of another body
    than the addressees' ("Liaison to ISO/IEC JTC 1/SC 6" names the addressee). A group written by its
    designation alone ("Rapporteur, Q5/13") is a group of the one other body the text names."""
    text = ctx.document.text
    starts = [m.end() + 1 for m in prefilter.finditer(CLOSING, text)]
    starts += [m.end() + 1 for m in SIGNATURE_START.finditer(text)]
    if not starts:
        return []
    addressed = {str(o.iri) for o in (organization_of(ctx, e) for e, _ in to_groups) if o is not None}
    groups = signature_groups(text, max(starts))
    if not groups:  # (a name and office run into one line open no signature there: "Ana Example X Chair")
        lines = [
            (line.strip(), at) for line, at in text_lines(text, max(starts), SIGNATURE_LINES) if line.strip()
        ]
        groups = [lines[:1]] if lines and run_on_office(*lines[0]) else []
    for group in groups:
        first, first_at = group[0]
        parts = signer_parts(first) or [first]
        candidates = [(part, first_at + max(first.find(part), 0)) for part in parts[1:]] + group[1:]
        candidates = run_on_office(first, first_at) + candidates
        office = False  # the line before was an office naming no group ("Chair" over "X Working Group")
        for line, at in candidates:
            found = office_group(ctx, line, at, addressed)
            if not found and office:
                found = named_groups(ctx, line, at, addressed)
            if found:
                return found
            office = OFFICE_ALONE.match(line) is not None or office_named(line)
    return []


def signature_addressees(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The groups a signer's office names as the one the signer is a liaison to ("SNIA liaison to the OGF"),
    when no field names the addressee (a mail to a list's mailbox)."""
    text = ctx.document.text
    starts = [m.end() + 1 for m in prefilter.finditer(CLOSING, text)]
    starts += [m.end() + 1 for m in SIGNATURE_START.finditer(text)]
    if not starts:
        return []
    for group in signature_groups(text, max(starts)):
        first, first_at = group[0]
        parts = signer_parts(first) or [first]
        for line, at in [(part, first_at + max(first.find(part), 0)) for part in parts[1:]] + group[1:]:
            match = OFFICE_TO.match(line)
            if match is not None:
                return named_groups(ctx, match.group("to"), at + match.start("to"), set())
    return []


def run_on_office(line: str, at: int) -> list[tuple[str, int]]:
    """A signer's name and office a reader ran into one line ("Ana Example ETSI TC ITS Chair", a Markdown
    paragraph of the signature's lines): the office after two to four name words, if any."""
    words = list(re.finditer(r"\S+", line))
    for size in (2, 3, 4):
        if len(words) > size and looks_like_person(" ".join(w.group() for w in words[:size]), False):
            rest = line[words[size].start() :]
            if office_named(rest):
                return [(rest, at + words[size].start())]
    return []


def office_named(line: str) -> bool:
    """Whether a line gives an office (OFFICE_BEFORE, OFFICE_AFTER), whatever group it names."""
    return any(pattern.match(line) is not None for pattern in (OFFICE_BEFORE, OFFICE_AFTER, OFFICE_TO))


def named_groups(ctx: Context, name: str, start: int, addressed: set[str]) -> list[tuple[Entity, Spans]]:
    """The groups a signature's line names, of bodies not addressed."""
    found: list[tuple[Entity, Spans]] = []
    for mention in ctx.resolver.mentions(name):
        owner = organization_of(ctx, mention.entity) if is_group(mention.entity) else None
        if owner is not None and str(owner.iri) not in addressed:
            found.append((mention.entity, ((start + mention.start, start + mention.end),)))
    return found


def office_group(ctx: Context, line: str, at: int, addressed: set[str]) -> list[tuple[Entity, Spans]]:
    """The groups an office line names (OFFICE_BEFORE, OFFICE_AFTER, OFFICE_TO), of bodies not addressed."""
    match = OFFICE_BEFORE.match(line) or OFFICE_AFTER.match(line) or OFFICE_TO.match(line)
    if match is None:
        return []
    name = match.group("group")
    end = OFFICE_ENDS.search(name)
    name = name[: end.start()] if end is not None else name
    name = name.strip(" .;,")
    start = at + match.start("group")
    found = named_groups(ctx, name, start, addressed)
    if found or not DESIGNATION_ALONE.fullmatch(name):
        return found
    others = unique(
        [
            owner
            for m in ctx.resolver.mentions(ctx.document.text[:STACKED_REACH])
            if (owner := organization_of(ctx, m.entity)) is not None
            and str(owner.iri) not in addressed
            and not (owner.needs_review and looks_like_person(owner.label, False))  # ("From: Ana Example")
        ]
    )
    if len(others) != 1:
        return []
    return [(ctx.resolver.new_unit(name, None, others[0]), ((start, start + len(name)),))]


def letterhead_sender(
    ctx: Context, recipients: HeaderField, to_groups: list[tuple[Entity, Spans]]
) -> list[tuple[Entity, Spans]]:
    """A letter with a To field and no From field (an IEEE 802 working group's letter, a body's letterhead
    over "To:"): the sender is the first group the letterhead names above the To line, of another body
    than the addressees', with the others of the letterhead's lines up to a blank line (a joint letter's:
    "Body A    Body B", or one a line)."""
    text = ctx.document.text
    head = text[: min(text.rfind("\n", 0, recipients.start) + 1, LETTER_REACH)]
    addressed = {str(o.iri) for o in (organization_of(ctx, e) for e, _ in to_groups) if o is not None}
    found: list[tuple[Entity, Spans]] = []
    line_end = -1
    for mention in ctx.resolver.mentions(head):
        owner = organization_of(ctx, mention.entity) if is_group(mention.entity) else None
        if owner is None or str(owner.iri) in addressed:
            continue
        if found and mention.start > line_end:
            break
        if not found:  # the letterhead's lines: up to the first blank line after its first body
            line_end = head.find("\n\n", mention.end)
            line_end = len(head) if line_end < 0 else line_end
        found.append((mention.entity, (mention.span,)))
    return found


# A body's group written by its kind and designation ("Working Party 4A", "Study Group 13", "Task Group 3"):
# a unit, whose body the text around it gives, never a body of that name
HEADED_GROUP = re.compile(
    r"(?:(?:working|study|task|rapporteur|focus|project)\s+(?:party|group)|technical\s+committee"
    r"|sub-?committee)\s+[A-Z0-9][\w./-]{0,8}",
    re.IGNORECASE,
)
BELOW_REACH = 200  # the group's line right under the Source field (at most two blank lines between)


def group_below_source(
    ctx: Context, fields: list[HeaderField], recipients: list[tuple[Entity, Spans]]
) -> list[tuple[Entity, Spans]]:
    """An ITU-R working party's statement: "Source: Document 4A/TEMP/318" names the document it was drafted
    in, the next line the group that sends it ("Working Party 4A"), a unit of the one body the statement
    names besides its addressees' (the letterhead says only "Radiocommunication Study Groups")."""
    source = next((f for f in fields if FROM_NAME.match(f.name) and DOCUMENT_REFERENCE.search(f.value)), None)
    if source is None:
        return []
    text = ctx.document.text
    line_end = text.find("\n", source.end)
    below = STACKED_VALUE.match(text[: source.end + BELOW_REACH], line_end) if line_end >= 0 else None
    if below is None or not HEADED_GROUP.fullmatch(below.group("value").strip()):
        return []
    addressed = {str(o.iri) for o in (organization_of(ctx, e) for e, _ in recipients) if o is not None}
    others = unique(
        [
            owner
            for m in ctx.resolver.mentions(text[:STACKED_REACH])
            if (owner := organization_of(ctx, m.entity)) is not None and str(owner.iri) not in addressed
        ]
    )
    if len(others) != 1:
        return []
    name = below.group("value").strip()
    return [(ctx.resolver.new_unit(name, None, others[0]), ((below.start("value"), below.end("value")),))]


def letter_ends(ctx: Context) -> tuple[list[tuple[Entity, Spans]], list[tuple[Entity, Spans]]]:
    """A statement written as a letter, with no From or To field: the sender is the body its letterhead
    names first, the addressees the other bodies named before the greeting ends (the address block,
    "Dear members of the SNIA Technical Council"), else the first other body its text names. A body that
    says it writes ("X hereby applies for a liaison with ...") under a committee's document header (a JTC 1
    N-document's, which names the committee registering it) is the sender, that committee the addressee."""
    text = ctx.document.text
    greeting = SALUTATION.search(text[:LETTER_REACH])
    if greeting is None:
        return [], []
    writer = hereby_writer(ctx, greeting.end())
    if writer is not None:
        owner = organization_of(ctx, writer.entity)
        head = [m for m in ctx.resolver.mentions(text[: greeting.start()]) if is_group(m.entity)]
        written_to = next((m for m in head if organization_of(ctx, m.entity) not in (None, owner)), None)
        if written_to is not None:
            return [(writer.entity, (writer.span,))], [(written_to.entity, (written_to.span,))]
    end = text.find("\n", greeting.end())
    head = [m for m in ctx.resolver.mentions(text[: end if end >= 0 else len(text)]) if is_group(m.entity)]
    spoken = speaker_ends(ctx, greeting.end(), head)
    if spoken is not None:
        return spoken
    if not head:
        return [], []
    sender = head[0]
    addressed = [m for m in head if ADDRESSED_BEFORE.search(text, max(0, m.start - 40), m.start)]
    if addressed and addressed[0] is sender:
        # "Proposed response letter to the TTC request ...", "Reply to ETSI TC ITS": the first body named is
        # the one written to; the sender is the first body of another organization
        other = organization_of(ctx, sender.entity)
        sender = next((m for m in head if organization_of(ctx, m.entity) not in (None, other)), sender)
        if sender is not head[0]:
            to: list[tuple[Entity, Spans]] = [
                (m.entity, (m.span,))
                for m in head
                if m is not sender and organization_of(ctx, m.entity) == other
            ]
            return [(sender.entity, (sender.span,))], to[:1]
    owner = organization_of(ctx, sender.entity)
    others = [m for m in head[1:] if organization_of(ctx, m.entity) not in (None, owner)]
    if not others:
        body = ctx.resolver.mentions(text[sender.end : sender.end + LETTER_REACH])
        others = [
            replace(m, start=m.start + sender.end, end=m.end + sender.end)
            for m in body
            if is_group(m.entity) and organization_of(ctx, m.entity) not in (None, owner)
        ][:1]
    return [(sender.entity, (sender.span,))], [(m.entity, (m.span,)) for m in others]


LETTER_REACH = 3000
# The writer saying whose liaison it is, after the greeting: "As liaison officer from the Khronos Group to SC
# 24, I am writing ...", "As the OASIS liaison to JTC 1/SC 34, I ...", "In my role as the IEEE SA liaison to
# ITU-R I attended ..." (its clause closed by a comma or by the writer's "I"/"we" opening the next one)
# (kinds.LIAISON_SPEAKER)
SPEAKER_ENDS = re.compile(
    r"\b[Aa]s\s+(?:the\s+|an?\s+|your\s+|my\s+|our\s+)?(?P<own>(?:[A-Z][\w&/.-]{0,20}\s+){0,4})liaison\s+"
    r"(?:(?:officer|representative|rapporteur|manager|coordinator)\s+)?(?:from\s+(?P<from>[^,;\n]{2,80}?)\s+)?"
    r"to\s+(?P<to>[^,;\n]{2,80}?)(?:\s*[,;]|(?=\s+(?:I|[Ww]e)\s))"
)
SPEAKER_REACH = 1500  # the letter's first paragraphs after its greeting


def speaker_ends(
    ctx: Context, start: int, greeted: list[Mention]
) -> tuple[list[tuple[Entity, Spans]], list[tuple[Entity, Spans]]] | None:
    """The ends a letter's writer states as the liaison it is (SPEAKER_ENDS): the body it is liaison from
    (or whose liaison it is: "the OASIS liaison"), and the one it is liaison to, or the group of that body
    its greeting addresses ("Dear members of SC 24/WG 9"); None when the letter says neither."""
    text = ctx.document.text
    said = SPEAKER_ENDS.search(text, start, min(len(text), start + SPEAKER_REACH))
    if said is None:
        return None
    group = "from" if said.group("from") else "own"
    senders = [m for m in ctx.resolver.mentions(said.group(group)) if is_group(m.entity)]
    addressees = [m for m in ctx.resolver.mentions(said.group("to")) if is_group(m.entity)]
    if not senders or not addressees:
        return None
    shift, at = said.start(group), said.start("to")
    sender = replace(senders[0], start=senders[0].start + shift, end=senders[0].end + shift)
    to = replace(addressees[0], start=addressees[0].start + at, end=addressees[0].end + at)
    owner = organization_of(ctx, to.entity)
    if organization_of(ctx, sender.entity) in (None, owner):
        return None
    # (the group of that body the greeting names, its unit first: "the W3C Web of Things Working Group")
    greeting = [m for m in greeted if owner is not None and organization_of(ctx, m.entity) == owner]
    addressee = next((m for m in greeting if m.entity.kind == "unit"), greeting[0] if greeting else to)
    return [(sender.entity, (sender.span,))], [(addressee.entity, (addressee.span,))]


# A letter's writer saying so ("The LoRa Alliance hereby applies for ...", "OASIS hereby requests ..."): the
# body right before "hereby", at a sentence's start
HEREBY = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?P<body>[^.\n]{2,80}?)\s+hereby\s+(?:applies|requests|submits|informs"
    r"|notifies|proposes|asks|confirms|invites|wishes)\b",
    re.IGNORECASE,
)
HEREBY_REACH = 1500  # the letter's first paragraphs after its greeting


def hereby_writer(ctx: Context, start: int) -> Mention | None:
    """The group a letter's sentence names as the one writing ("X hereby applies ..."), if any."""
    text = ctx.document.text
    match = HEREBY.search(text, start, start + HEREBY_REACH)
    if match is None:
        return None
    found = [m for m in ctx.resolver.mentions(match.group("body")) if is_group(m.entity)]
    if not found:
        return None
    offset = match.start("body")
    return replace(found[0], start=found[0].start + offset, end=found[0].end + offset)


# a body named right after "to" in a letter's heading ("letter to the TTC", "Response to ETSI"): the addressee
ADDRESSED_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)


def is_group(entity: Entity) -> bool:
    return entity.kind in ("organization", "unit")


def naming_field(ctx: Context, fields: list[HeaderField], pattern: re.Pattern[str]) -> HeaderField | None:
    """The first field of that name that names a group; a statement sent by e-mail has the mail's "From:"
    (a person's mailbox of an unknown domain) above the statement's own "Source:" line, which does."""
    candidates = [f for f in fields if pattern.match(f.name) and not DOCUMENT_REFERENCE.search(f.value)]
    return next((f for f in candidates if groups_in(ctx, f)), candidates[0] if candidates else None)


def liaison_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations of the groups it is sent from and to, senders first."""
    senders, recipients = liaison_groups(ctx)
    ctx.senders = [o for o in (organization_of(ctx, e) for e, _ in senders) if o is not None]
    found: dict[str, tuple[Entity, Spans]] = {}
    for entity, spans in [*senders, *recipients]:
        organization = organization_of(ctx, entity)
        if organization is not None:
            found.setdefault(str(organization.iri), (organization, spans))
    return list(found.values())


# A purpose asking something of the addressee in other words than "action" ("Request for input", "For
# decision", "For approval", "Consultation", "For feedback")
ASKED_OF = re.compile(
    r"\b(?:input|decision|approval|consultation|feedback|endorsement|consideration|vote|ballot)\b", re.I
)
# The fields whose value is what the addressee is asked to do ("Action requested: ..."), and a value asking
# nothing ("None", "No action", "Not required", "N/A", "-")
ASKING_FIELDS = ("action", "action requested", "requested action", "action required", "expected action")
NOTHING_ASKED = re.compile(
    r"^\W*(?:none|no(?:\s+action)?(?:\s+required)?|not\s+required|n/?a|nil)?\W*$", re.I
)


def purpose_of(ctx: Context, fields: list[HeaderField]) -> str | None:
    """ "action" or "information", from a For/Purpose field, else from "for action" in the text (not in
    a copy's line: the copies are for information whatever the statement asks), else "information"
    when the text says it asks nothing."""
    for header in fields:
        if header.name == "status" and FOR_PURPOSE.search(header.value):
            # an ITU-R statement's "Status: For action" (a status that says nothing of it, "Status: Draft",
            # is no purpose)
            return "information" if INFORMATION.search(header.value) else "action"
        if header.name in PURPOSE_FIELDS:
            if NOTHING_ASKED.match(header.value) and header.name in ASKING_FIELDS:
                return "information"  # "Action requested: None"
            if IN_REPLY.search(header.value) or (
                INFORMATION.search(header.value) and not ACTION.search(header.value)
            ):
                return "information"
            if ACTION.search(header.value) or ASKED_OF.search(header.value):
                return "action"
            if (
                header.name in ASKING_FIELDS
                and header.value.strip(" -.")
                and not NOTHING_ASKED.match(header.value)
            ):
                return "action"  # "Action requested: Review the attached draft": what is asked
    text = ctx.document.text
    for match in FOR_PURPOSE.finditer(text):
        reach = max(0, match.start() - COPY_REACH)  # a copy's line is short: no scan back over a long one
        line = text[text.rfind("\n", reach, match.start()) + 1 or reach : match.start()]
        if COPY_LINE.match(line) is None:
            return "information" if match.group("purpose").lower() in INFORMED else "action"
    return "information" if ASKS_NOTHING.search(text) else None


def deadline_of(ctx: Context, fields: list[HeaderField], record: AllianceRecord) -> str | None:
    header = field_named(fields, *DEADLINE_FIELDS)
    date = first_date_in(header.value) if header is not None else None
    if date is not None:
        return date[0]
    dated = next((d.value for d in record.dates if d.role == "deadline"), None)
    return dated or asked_in_field(fields) or asked_by(ctx)


def asked_in_field(fields: list[HeaderField]) -> str | None:
    """The date an action field asks the reply by ("Action: For comment by 2026-05-15", "Expected action:
    Review, no later than 12 March 2027"): a committee's letter writes its request and its date in one
    field, no Deadline field beside it. A date the field names without "by" is of something else."""
    for header in fields:
        if header.name not in ASKING_FIELDS:
            continue
        for by in ASKED_BY.finditer(header.value):
            date = first_date_in(header.value[by.end() : by.end() + DATE_REACH])
            if date is not None and date[1] == 0:
                return date[0]
    return None


# The request of a statement without a Deadline field ("SA4 kindly asks the Codec Working Group to answer
# ... and to comment on the attached draft, if possible by 30 January 2026"): a sentence asking for a reply,
# and the date it is asked by
# (and "Please comment on the draft by ...", an action field's or a letter's request)
# (and "Comments from OBC are welcome until 15 January 2027", a chair's mail asking in the passive)
ASKING = re.compile(
    r"\b(?:asks?|requests?|invites?|invited|would\s+(?:appreciate|welcome)|kindly|please|(?:are|is)\s+welcome)\b",
    re.IGNORECASE,
)
ASKED_BY = re.compile(
    r"\b(?:(?:if\s+possible\s+|preferably\s+)?by|before|no\s+later\s+than|not\s+later\s+than|until|till)\s+",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?]+[.!?]?")
DATE_REACH = 40  # "by 30 January 2026": the date right after the word


def asked_by(ctx: Context) -> str | None:
    """The date a sentence asking for a reply gives ("... if possible by 30 January 2026"), in the
    statement's blocks; None when no request names a date."""
    for block in (block for section in ctx.layout.sections for block in section.blocks):
        if ASKING.search(block.text) is None:
            continue
        for sentence in SENTENCE.finditer(block.text):
            text = sentence.group()
            asked = ASKING.search(text)
            if asked is None:
                continue
            for by in ASKED_BY.finditer(text, asked.end()):
                date = first_date_in(text[by.end() : by.end() + DATE_REACH])
                if date is not None and date[1] == 0:
                    return date[0]
    return None


def fill_liaison(ctx: Context, record: AllianceRecord) -> None:
    fields = liaison_fields(ctx)
    senders, recipients = liaison_groups(ctx)
    spans = tuple(s for _, group in (*senders, *recipients) for s in group)
    deadline = deadline_of(ctx, fields, record)
    record.liaison = LiaisonHeader(
        senders=unique([e for e, _ in senders]),
        recipients=unique([e for e, _ in recipients]),
        # a statement that asks for a reply by a date asks for action, whether or not it says so
        purpose=purpose_of(ctx, fields) or ("action" if deadline else None),
        deadline=deadline,
        spans=spans,
    )
    known_units = {str(u.iri) for u, _ in record.units}
    record.units += [
        (e, s) for e, s in (*senders, *recipients) if e.kind == "unit" and str(e.iri) not in known_units
    ]
    expected = {"parties": names_two(ctx, record)}
    record.warnings = [part for part, present in expected.items() if not present]
