"""Points of contact: person (when named), role, organization and e-mail address.

Contacts are listed under a heading naming the party ("OGF:", "Within the DMTF:") as
"Name, Role, Organization, address" or "Role, Name (address)" or a role or mailing list
alone. The organization is the heading's; failing that, the one whose domain (or a known
misspelling of it, such as dmtof.org) the address uses.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract.context import Context, block_spans, in_ranges
from kg.extract.headers import header_fields
from kg.extract.names import comparable
from kg.extract.statements import amended_texts
from kg.extract.structure import Block, Section
from kg.model import prefilter
from kg.model.patterns import EMAIL, bracketed_spans, without_brackets
from kg.model.records import ContactPoint, Entity

ROLE_WORDS = {
    "chair",
    "chairman",
    "chairperson",
    "director",
    "treasurer",
    "president",
    "vice",
    "liaison",
    "executive",
    "officer",
    "secretary",
    "manager",
    "contacts",
    "contact",
    "marketing",
    "technical",
    "board",
    "alliance",
    "alliances",
    "vp",
    "head",
    "lead",
    "interim",
    "member",
    "coordinator",
    "representative",
    "list",
    "ceo",
    "cto",
    "cfo",
    "standards",
    "community",
    "office",
    "team",
    "group",
    "committee",
    "program",
    "chief",
    # a department's name where a person's stands ("Contact: Ecosystem Programs, programs@x.example")
    "programs",
    "programme",
    "programmes",
    "project",
    "relations",
    "partnerships",
    "operations",
    "affairs",
    "services",
    "secretariat",
    "department",
    "division",
    "desk",
    "support",
    "outreach",
    "membership",
    "ecosystem",
    "liaisons",
    "events",
    # a job title written where a person's name stands ("Software Engineer", "Solutions Architect",
    # "Principal Scientist", "Policy Analyst", a card's title line after the name)
    "engineer",
    "architect",
    "scientist",
    "analyst",
    "consultant",
    "specialist",
    "editor",
    "rapporteur",
    "convenor",
    "convener",
    "principal",
    "senior",
}
# The last word of a company's or institution's name, never of a person's
COMPANY_WORDS = frozenset(
    {
        "telecom",
        "telecommunications",
        "networks",
        "systems",
        "labs",
        "laboratories",
        "technologies",
        "technology",
        "solutions",
        "communications",
        "electronics",
        "software",
        "semiconductor",
        "semiconductors",
        "inc",
        "ltd",
        "gmbh",
        "ag",
        "llc",
        "plc",
        "corporation",
        "corp",
        "company",
        "university",
        "institute",
        "research",
        "microsystems",
        "devices",
        "instruments",
        "wireless",
        "consulting",
        "industries",
        "holdings",
        "group",
        "telekom",
        "telecomunicaciones",
        "oy",
        "ab",
    }
)
# The last word of a country's, a state's or a region's name, never of a person's ("United States", "New
# Jersey", "United Kingdom", "South Africa"): a partner table's "Country" cell or an address's part
PLACE_ENDS = frozenset(
    {"states", "kingdom", "republic", "emirates", "islands", "federation", "jersey", "zealand", "africa"}
    | {"america", "arabia", "korea", "territories"}
)
NAME_PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "da",
    "del",
    "di",
    "du",
    "la",
    "le",
    "al",
    "bin",
    "ibn",
    "ter",
}
# The first words of a field's or heading's name that no person's name opens with
FIELD_OPENERS = frozenset({"to", "from", "for", "the", "of", "within", "with", "by", "at", "cc"})
# A vacant role's placeholder in title case ("The Liaison Officer is Not Yet Appointed", "Position Vacant",
# "Currently Vacant", "Yet To Be Named"): its first or last word, never a person's name
PLACEHOLDER_OPENERS = frozenset({"not", "yet", "currently", "still", "position", "pending", "none"})
PLACEHOLDER_ENDS = frozenset(
    {"vacant", "appointed", "nominated", "named", "designated", "confirmed", "determined"}
)
# A title before a person's name is not part of it ("Dr. Nnamdi Example" is Nnamdi Example).
HONORIFIC = re.compile(
    # (and the forms of address of India and France: "Shri", "Smt.", "Mme")
    # (and a German engineer's degree: "Dr.-Ing.", "Dipl.-Ing.", also after "Prof.")
    r"^(?:(?:Prof\.?\s+)?(?:Dr|Dipl)\.-Ing|Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Ir|Ing|Eng|Capt|Cdr|Col|Rev|Hon|Adm|Gen"
    r"|Shri|Smt|Sri|Mme|Mlle)\.?\s+(?=[A-Z\u00c0-\u017f])"
)
# "IEC:", "For IEC .......", and a field whose value stands after a column gap ("Team contact    Ana Example")
# (a form's dot leaders may stand before the colon: "Name .........: Ana Example")
LABEL = re.compile(r"^(?P<label>[^:,()]{1,60}?)(?:\s*(?::|\s?\.{3,}:?)\s*|(?<!\s)\s{3,}(?P<gap>))(?=\S)")
# A comma or semicolon, a dash or bar between blanks, or a column gap. Blanks only from where a run starts
# ((?<!\s)): a pattern free to start anywhere in a run scans the rest of it from each place (n² steps).
# (a middle dot or a bullet between blanks parts a card's or a footer's items: "A \u00b7 Chair \u00b7 HMC")
SEPARATORS = re.compile(r"(?:(?<!\s)\s+)?[,;]\s*|(?<!\s)\s+[\u2013\u2014|\u00b7\u2022-]\s+|(?<!\s)\s{3,}")
# A slash between blanks after a person's name: a card's lines run into one ("Ana Example / Chair, X
# Working Group / Body"); elsewhere it joins bodies ("DMTF / OGF Alliance Contacts" is one role)
SLASH = re.compile(r"(?<!\s)\s+/\s+")


def unslashed(text: str) -> str:
    """A card's line whose parts slashes part, the person's name first, with commas instead."""
    slash = SLASH.search(text)
    if slash is None or not looks_like_person(HONORIFIC.sub("", text[: slash.start()].strip(" |")), False):
        return text
    return SLASH.sub(", ", text)


COLUMN_GAP = re.compile(r"\t|\S {3,}\S")


INITIALS = re.compile(r"[A-Z]\.-[A-Z]\.?")


def is_name_word(word: str) -> bool:
    """A capitalised word of a person's name in any script ("Jürgen", "Ødegård", "Mei-Ling", "al-Sayed")."""
    if "-" in word and INITIALS.fullmatch(word):
        return True  # "J.-P.", "H.-J.": a hyphenated first name's initials
    word = word.strip(".")
    if word.lower() in NAME_PARTICLES:
        return True
    core = word.split("-", 1)[1] if word[:3].lower() in ("al-", "el-") else word
    letters = core.replace("-", "").replace("'", "").replace("\u2019", "")
    if len(core) == 1 or (len(core) == 2 and word.endswith(".")):
        return core[:1].isupper()
    return bool(letters) and letters.isalpha() and core[0].isupper() and not core.isupper()


def looks_like_person(part: str, has_mention: bool) -> bool:
    """ "Doug Ledford", "José Ñúñez", "Pieter van der Berg" yes; "Executive Director", "Treasurer",
    "Open Grid Forum" no."""
    words = part.split()
    if has_mention or not 2 <= len(words) <= 5 or COLUMN_GAP.search(part):
        return False  # (two names a column gap parts are two people side by side: "Ann Lind\tBo Ek")
    if words[0].lower() in NAME_PARTICLES or words[-1].lower() in NAME_PARTICLES:
        return False
    if words[0].lower() in FIELD_OPENERS:
        return False  # "To Groups", "From Contact": a field's name, no person's
    if words[0].lower() in PLACEHOLDER_OPENERS or words[-1].lower().strip(".,") in PLACEHOLDER_ENDS:
        return False  # "Not Yet Appointed", "Position Vacant": a vacant role's placeholder
    if words[-1].lower().strip(".,") in COMPANY_WORDS:
        return False  # "Nordlys Telecom" on the line after a person's role is their company
    if words[-1].lower().strip(".,") in PLACE_ENDS:
        return False  # "United States", "New Jersey": an address's or a table's place, no person
    if any(w.lower().strip(".") in ROLE_WORDS for w in words):
        return False
    capitals = [i for i, w in enumerate(words) if not is_name_word(w) and is_capitalised_surname(w)]
    if len(capitals) == 1 and capitals[0] in (0, len(words) - 1):
        # "Marit SOLBERG", "TANAKA Hiroshi": the family name in capitals, as ITU and ETSI documents write it
        words = [w for i, w in enumerate(words) if i != capitals[0]]
    return all(is_name_word(w) for w in words)


def is_capitalised_surname(word: str) -> bool:
    """A family name written in capitals ("SOLBERG", "O'BRIEN"): four letters or more, a vowel among them
    (an acronym of three letters, "HMC", "OBC", is none)."""
    letters = word.strip(".,").replace("'", "").replace("\u2019", "").replace("-", "")
    return (
        len(letters) >= 4 and letters.isalpha() and letters.isupper() and any(c in "AEIOUY" for c in letters)
    )


# A label naming a role and its body with commas or brackets: "Liaison officer, ETSI ISG ZSM:",
# "Liaison officer (OGF):", "Liaison officer for the LoRa Alliance:"
ROLE_LABEL = re.compile(
    r"^(?P<label>[^:\n]{0,40}?\b(?:liaison|contact|representative|coordinator|officer|lead|chair|secretary|editor"
    r"|convenou?r|convener|rapporteur)s?\b[^:\n]{0,50}?)"
    r"\s*:\s*(?=\S)",
    re.IGNORECASE,
)


# The first word of a person's title ("Director of ...", "Liaison Manager"), not of a group's name
# ("Working Group", "Forum")
TITLE_WORDS = frozenset(
    {"chair", "chairman", "chairperson", "co-chair", "director", "treasurer", "president", "vice", "liaison"}
    | {"executive", "officer", "secretary", "manager", "coordinator", "representative", "head", "lead"}
    | {
        "ceo",
        "cto",
        "cfo",
        "chief",
        "interim",
        "vp",
        "senior",
        "principal",
        "editor",
        "convenor",
        "rapporteur",
    }
)
# A title's first word before its office ("Programme Manager", "Technical Director"): where a name run
# into its title ends (leading_person), no word that opens a person's phrase elsewhere
TITLE_OPENERS = TITLE_WORDS | {"programme", "program", "project", "product", "technical", "marketing"}


def leading_person(ctx: Context, part: str) -> tuple[str, str] | None:
    """(name, rest) when a part opens with a person's name run into a title with no separator: the
    name is the words before one that opens a title or is no name word ("Director", "JC-42"); a name
    followed by more name words ("Ada Lind Nordlys Telecom") is left alone, its end unknown, and so
    is a body's name ("Redfish Forum", "Server Management Working Group")."""
    words = part.split()
    for size in (4, 3, 2):
        name = " ".join(words[:size])
        if len(words) <= size or not looks_like_person(name, bool(ctx.resolver.mentions(name))):
            continue
        following = words[size].strip(",.")
        if following.lower() in TITLE_OPENERS or not is_name_word(following):
            return name, " ".join(words[size:])
    return None


def label_match(text: str) -> re.Match[str] | None:
    """A line's leading label; a label before a column gap is a field's name, not a person written
    beside another (signatures side by side, "Ann Example      Bo Example")."""
    match = LABEL.match(text)
    if (
        match is not None
        and match.group("gap") is not None
        and looks_like_person(match.group("label"), False)
    ):
        return None
    return match


# "HMC \u2014 Ana Example, Chair ...": a body's name before a dash, as a colon would stand (a list of
# representatives); only a short label that names a body (a person's name before a dash is no label)
DASH_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][^:,()\u2013\u2014]{0,40}?)[ \t]+[\u2013\u2014-][ \t]+(?=[A-Z])"
)


def split_label(ctx: Context, text: str) -> tuple[Entity | None, str]:
    """ "OASIS TOSCA TC: Martin Okello, ..." -> (OASIS, "Martin Okello, ..."): the organization a
    leading label names (a unit stands for its organization), and the rest of the line."""
    for party in ctx.parties:
        # a party's name longer than a label's limit, written before the colon by a rule that names the
        # body ("Association for Standardization of Automation and Measuring Systems: A")
        if len(party.label) > 40 and text.startswith(f"{party.label}:"):
            return party, text[len(party.label) + 1 :]
    match = label_match(text) or ROLE_LABEL.match(text)
    if match is None:
        dash = DASH_LABEL.match(text)
        if dash is not None and len(dash.group("label").split()) <= 5:
            body = organization_named(ctx, dash.group("label")) or party_by_word(ctx, dash.group("label"))
            if body is not None and not looks_like_person(dash.group("label"), False):
                return body, text[dash.end() :]
        return None, text
    label = match.group("label")
    role_for = ROLE_FOR.search(label)  # "Liaison officer for Ecma": the party a word names after "for"
    toward = LABEL_TOWARD.match(label)
    if toward is not None:
        # "AES liaison representative to SMPTE": the body before the role is the person's, the one after
        # the body they are a liaison to (never theirs, known or not)
        own = toward.group("own").strip()
        organization = organization_named(ctx, own) or party_by_word(ctx, own.split()[-1] if own else "")
    else:
        organization = (
            organization_named(ctx, label)
            or party_by_word(ctx, label)
            or (party_by_word(ctx, role_for.group("body")) if role_for else None)
        )
    rest = text[match.end() :]
    inner = LABEL.match(rest)
    if inner is not None and inner.group("gap") is None and len(inner.group("label").split()) <= 4:
        # "Representatives: HMC: Marit Solberg" (a key-terms row's item, then its term): the body's label
        body = organization_named(ctx, inner.group("label")) or party_by_word(ctx, inner.group("label"))
        if body is not None:
            return body, rest[inner.end() :]
        office = ROLE_LABEL.match(rest)
        if organization is not None and office is not None and office.end() == inner.end():
            # "OFA: Liaison officer: A (OGF)" (a body's item, then the office's label): the person after the
            # office, the office their role
            return organization, f"{rest[inner.end() :]}, {inner.group('label').strip()}"
    return organization, rest


ROLE_FOR = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?P<body>[\w&.-]{2,40})\s*$", re.IGNORECASE)
# A label naming the person's body, their role and the body it is towards ("AES liaison representative to
# SMPTE", "OGF liaison officer to the DMTF")
LABEL_TOWARD = re.compile(
    r"^\W{0,3}(?P<own>[^\s:][^:]{0,40}?)\s+(?:technical\s+)?(?:liaison|representative|delegate)s?"
    r"(?:\s+(?:officer|manager|representative|rapporteur))?\s+(?:to|towards|with)\s+(?:the\s+)?\S",
    re.IGNORECASE,
)


FOR_WORD = re.compile(r"^\W*for\s+(?:the\s+)?", re.IGNORECASE)


def party_by_word(ctx: Context, label: str) -> Entity | None:
    """The one party a one-word label names by its acronym or the first word of its name
    ("OpenInfra:" for the OpenInfra Foundation, "Khronos" for The Khronos Group)."""
    word = label.strip().strip(":").lower()
    if len(word.split()) != 1:
        return None
    found = [
        p
        for p in ctx.parties
        if word in {w.lower() for w in (p.acronym or "", re.sub(r"^The\s+", "", p.label).split()[0]) if w}
    ]
    return found[0] if len(found) == 1 else None


def organization_named(ctx: Context, text: str) -> Entity | None:
    for mention in ctx.resolver.mentions(text):
        entity = mention.entity
        if entity.kind == "organization":
            return entity
        if entity.kind == "unit" and entity.unit_of is not None:
            owner = ctx.resolver.entities.get(entity.unit_of)
            if owner is not None:
                return owner
    return None


# An AsciiDoc mail link, "mailto:ana@x.example[Ana Example]": the person is the link's text (which the
# brackets' removal would lose)
ASCIIDOC_MAILTO = re.compile(
    r"mailto:(?P<address>[^\s\[\]@]{1,120}@[^\s\[\]]{3,120})\[(?P<name>[^\[\]\n]{2,80})\]"
)


def parse_contact(ctx: Context, text: str) -> tuple[str | None, str | None, str | None, Entity | None] | None:
    """(person, role, e-mail, organization named on the line) of one contact line; None when it
    names neither an address nor a person."""
    text = ASCIIDOC_MAILTO.sub(r"\g<name>, \g<address>", text) if "mailto:" in text else text
    email = EMAIL.search(text)
    rest = text if email is None else text[: email.start()] + text[email.end() :]
    rest = re.sub(r"mailto:\s*", "", rest)
    # (a line block's bar; a separator a line's end cut from the item after it: "A, HMC \u00b7")
    rest = re.sub(r"\(\s*\)|\[\s*\]|<\s*>", "", rest).strip(" \t,;.<>|\u00b7\u2022")
    labelled, rest = split_label(ctx, rest)
    rest = unslashed(restated(rest))
    parenthetical = " ".join(rest[opening + 1 : closing - 1] for opening, closing in bracketed_spans(rest))
    parts = [HONORIFIC.sub("", p.strip(" .")) for p in SEPARATORS.split(without_brackets(rest))]
    parts = [p for p in parts if p]
    person = next((p for p in parts if looks_like_person(p, bool(ctx.resolver.mentions(p)))), None)
    if person is None and email is not None and parts:
        # a card whose lines a reader ran together ("Nnamdi Example Director of Liaisons", "Ilse Example
        # JC-42 liaison"): the name its first words are, the role the rest
        leading = leading_person(ctx, parts[0])
        if leading is not None:
            person, parts = leading[0], [leading[1], *parts[1:]]
    if person is None and parts:
        # "Khronos liaison officer Rosalind Example": a title whose last word is an office, then the name
        trailing = TITLE_THEN_NAME.match(parts[0])
        if trailing is not None and looks_like_person(trailing.group("name"), False):
            person, parts = trailing.group("name"), [trailing.group("title"), *parts[1:]]
    if email is None and person is None:
        return None
    role_parts = [p for p in parts if p != person] + ([parenthetical] if parenthetical else [])
    return person, ", ".join(role_parts) or None, email.group() if email else None, labelled


# A title ending on an office, then a person's name with nothing between ("Khronos liaison officer Ana
# Example", "HMC Liaison Manager Dr. Ana Example")
TITLE_THEN_NAME = re.compile(
    # (an office's word proper: "WG802.11 Liaison Ad Hoc" is a group, no title over "Ad Hoc")
    r"^(?P<title>[^\n]{0,60}\b(?i:officer|manager|representative|coordinator|delegate)s?)"
    r"\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?(?P<name>[A-Z\u00c0-\u00de][\w'\u2019-]+"
    r"(?:\s+[A-Z\u00c0-\u00de][\w'\u2019-]+){1,3})$"
)


# "A (convenor) replaces the previous contact", "A succeeds B as liaison officer": the new contact is A
REPLACING_CLAUSE = re.compile(r"(?<=\S)\s+(?:replaces|succeeds|takes\s+over\s+from)\s.*$", re.IGNORECASE)
# "unchanged (A, Telemetry Task Force lead)", "no change (A)": an addendum keeping its contact says who
UNCHANGED = re.compile(
    r"^(?:unchanged|no\s+change|not\s+changed|remains?|same)\s*[:,]?\s*\((?P<inner>[^()]{3,120})\)\W*$", re.I
)


def restated(rest: str) -> str:
    """A contact's line after its label, without what an addendum says about the change."""
    unchanged = UNCHANGED.match(rest.strip())
    return unchanged.group("inner") if unchanged else REPLACING_CLAUSE.sub("", rest)


# The last word of a body's or a unit's name, never of a person's ("Telemetry Access Work Area")
BODY_ENDS = frozenset(
    {"area", "areas", "force", "forum", "council", "consortium", "association", "society", "foundation"}
    | {"alliance", "initiative", "project", "programme", "network", "panel", "centre", "center", "lab"}
)


def names_person(ctx: Context, text: str) -> bool:
    """Whether a short line a reader took for a heading is a contact's line: a person's name first or last
    among its parts ("HMC Chair, Dr. Ana Example", "Ana Example | Chair | HMC"), and beside it a title or a
    body ("Co-Director, Telemetry Access Work Area" names a unit, no person)."""
    parsed = parse_contact(ctx, text)
    if parsed is None or parsed[0] is None:
        return False
    person = parsed[0]
    parts = [HONORIFIC.sub("", p.strip(" .")) for p in SEPARATORS.split(without_brackets(unslashed(text)))]
    parts = [p for p in parts if p]
    if person.split()[-1].lower() in BODY_ENDS or person not in (parts[0], parts[-1]):
        return False
    others = [p for p in parts if p != person]
    return any(
        any(word.lower() in TITLE_WORDS for word in p.split()) or organization_named(ctx, p) is not None
        for p in others
    )


def is_contact_line(ctx: Context, text: str) -> bool:
    """A short line may still be a contact ("Name: Mei-Ling Chou", "DMTF: Jeff Holloway")."""
    labelled = (
        label_match(text.rstrip(": ")) is not None
        or ROLE_LABEL.match(text) is not None
        or DASH_LABEL.match(text) is not None  # "HMC \u2014 Ana Example, Chair": a body's person
    )
    return EMAIL.search(text) is not None or (labelled and parse_contact(ctx, text) is not None)


def names_contacts(ctx: Context, text: str) -> bool:
    """Whether a line names a contact, or several ("Contacts: A (HMC) et B (OBC)", a heading a reader made
    of a contacts line whose people a word of another language joins)."""
    return is_contact_line(ctx, text) or any(is_contact_line(ctx, line) for line in split_people(text)[1:])


def contact_blocks(ctx: Context) -> list[tuple[Block, Entity | None]]:
    """The lines of the contacts sections, each with the organization its heading names; a person's
    name alone on a line takes the lines after it that name no one (a card: name, then role and
    address; a field block: "Name: ...", "Org: ...", "Email: ...")."""
    found: list[tuple[Block, Entity | None]] = []
    for section in ctx.layout.of_kind("contacts"):
        heading = section.heading
        # a statement's "Technical contact" section over a card: the sending group's, as its field says
        current = (
            (organization_named(ctx, heading.text) or sender_party(ctx, heading.text)) if heading else None
        )
        if heading is not None and label_match(heading.text) and names_contacts(ctx, heading.text):
            # "Contact: Ana Souza   Tel: ..." read as the heading of the lines after it
            # (a heading naming several people gives each the body their own part names, not its first)
            several = len(split_people(heading.text)) > 1
            found.append((heading, None if several else current or next_lines_organization(ctx, section)))
        # "Contact:   Ana Souza      Tel: ...", "Contact:   Name: Ana Souza": the heading is the card's first
        # line, the lines under it its details (in the same two columns, or one sub-field a line)
        gapped = gap_table_blocks(ctx, section.blocks)
        if gapped:
            found += [(b, None) for b in gapped[1]]
        card: Block | None = (  # the name line of the card being read
            heading
            if found
            and found[-1][0] is heading
            and (card_columns(LABEL.sub("", heading.text)) or LABEL.match(LABEL.sub("", heading.text)))
            else None
        )
        by_party = False  # in a table with a column per party (read by table_contact_lines)
        for block in section.blocks:
            if gapped and block.start in gapped[0]:
                continue
            by_party = block.kind == "row" and (by_party or bool(party_columns(ctx, block)))
            if by_party or (block.kind == "row" and (is_column_titles(block) or names_two_people(block))):
                continue
            # under bodies' headings, a body's name alone heads the next body's cards, not this card's line
            next_body = current is not None and block.kind == "heading" and is_body_name(ctx, block.text)
            if card is not None and not next_body and is_card_detail(ctx, block):
                card = found[-1][0].joined(field_value(block))
                found[-1] = (card, found[-1][1])
                continue
            card = block if is_card_name(ctx, block) or is_card_opening(ctx, block) else None
            if (
                block.kind == "heading"
                and card is None
                and not is_contact_line(ctx, block.text)
                and not bracketed_run(block.text)  # "A (HMC) B (OBC)": people, not a body's heading
                and not names_person(ctx, block.text)  # "HMC Chair, Dr. Ana Example", "Ana Example | Chair"
            ):
                # "NMF:" unknown: not the previous one; "For Khronos": the party named by a word
                named = organization_named(ctx, block.text)
                current = named or party_by_word(ctx, FOR_WORD.sub("", block.text))
                continue
            # a statement's field saying whose side its contact is on ("Response Contact: A" after "To
            # Contacts: B"): its own label decides the body, not the field above it
            found.append((block, None if SIDE_CONTACT_FIELD.match(block.text) else current))
    return found


# A liaison statement's contact fields that say which end the person is at (a datatracker's "From Contact",
# "Response Contact", "Technical Contact", "To Contacts"; a form's "Submitter")
SIDE_CONTACT_FIELD = re.compile(
    r"^\W{0,3}(?:(?:from|to|response|reponse|reply|technical|source)\s+contacts?(?:\s?\(s\))?|submitter)"
    r"\W{0,3}(?::|\t|\s{3,})",
    re.IGNORECASE,
)


# A plain-text table's columns, parted by a run of blanks or tabs
GAP_SPLIT = re.compile(r"\t+|[ \t]{3,}")
# A column giving each row's body ("Organization", "Group", "Body", "SDO")
ROW_BODY_COLUMN = re.compile(
    r"^\W*(?:organi[sz]ations?|org|body|bodies|group|company|party|parties|sdo|member|committee)\W*$", re.I
)
# A column giving the office its people hold, or their name ("Chair", "Co-chair", "Editor", "Liaison")
PEOPLE_COLUMN = re.compile(
    r"^\W*(?:(?:co-?|vice[- ]?)?(?:chair|editor|convenou?r|convener|rapporteur|secretary|lead|liaison"
    r"(?:\s+officer)?|contact|coordinator|representative)(?:s|\(s\))?|name|person)\W*$",
    re.IGNORECASE,
)


def gap_columns(block: Block) -> list[tuple[str, int]]:
    """A line's cells parted by column gaps, each with its offset in the line."""
    cells, at = [], 0
    for gap in [*GAP_SPLIT.finditer(block.text), None]:
        end = gap.start() if gap is not None else len(block.text)
        if block.text[at:end].strip():
            cells.append(
                (block.text[at:end].strip(), at + len(block.text[at:end]) - len(block.text[at:end].lstrip()))
            )
        at = gap.end() if gap is not None else end
    return cells


def gap_table_blocks(ctx: Context, blocks: list[Block]) -> tuple[set[int], list[Block]] | None:
    """A contacts section's plain-text table that the reader left as lines ("Organization   Chair   Co-chair"
    over "DMTF   Ana Lind   Bo Ek", or "Role   DMTF   SNIA" over "Chair   Ana Lind   Dana Ruiz"): the
    starts of its lines, and one line a person, "Body: Name, Office", on the person's cell."""
    for index, header in enumerate(blocks):
        if header.kind == "row":
            continue
        titles = [t for t, _ in gap_columns(header)]
        if len(titles) < 3:
            continue
        by_body = ROW_BODY_COLUMN.match(titles[0]) is not None and all(
            PEOPLE_COLUMN.match(t) for t in titles[1:]
        )
        by_role = (
            COLUMN_TITLE.match(titles[0]) is not None
            and not by_body
            and all(organization_named(ctx, t) is not None for t in titles[1:])
        )
        if not by_body and not by_role:
            continue
        starts, lines = {header.start}, []
        for row in blocks[index + 1 :]:
            cells = gap_columns(row)
            if row.kind == "row" or len(cells) != len(titles):
                break
            starts.add(row.start)
            for column, (cell, at) in enumerate(cells[1:], 1):
                if not looks_like_person(bare(without_brackets(cell).strip()), False) and "@" not in cell:
                    continue
                body, office = (cells[0][0], titles[column]) if by_body else (titles[column], cells[0][0])
                spans = row.span_of(at, at + len(cell))
                lines.append(
                    Block("paragraph", f"{body}: {cell}, {office}", ((0, spans[0][0], spans[-1][1]),))
                )
        if lines:
            return starts, lines
    return None


# The column titles of a contacts table ("Name | Organization | Email | Role"): no contact
COLUMN_TITLE = re.compile(
    r"^(?:name|person|organi[sz]ation|org|affiliation|company|body|e-?mail|role|title|position|function"
    r"|phone|tel|telephone|representing|contact)$",
    re.IGNORECASE,
)
# A field of a contact's card: "Name:", "Org:", "Tel:", "Email:"
CARD_FIELD = re.compile(
    r"^(?P<name>name|org|organi[sz]ation|affiliation|company|title|role|position|tel|phone|telephone|fax"
    # (a form's "Name .....: Ana Example")
    r"|mobile|e-?mail|address|function|country|city|phone\s+number|e-?mail\s+address)[ \t]*"
    r"(?:\.{2,}[ \t]*)?:\s*",
    re.IGNORECASE,
)


# The bar opening each line of a reStructuredText line block ("   | Ana Example, chair of ..."): the
# lines of an address or card kept as written, not a table's cell
LINE_BLOCK = re.compile(r"^[ \t]*\|[ \t]+(?=\S)")


HEADING_OPENERS = {"for", "from", "to", "at", "of", "within", "by", "with", "the"}
OTHER_FIELD = re.compile(r"^[^:\n]{1,40}:\s")


def names_two_people(row: Block) -> bool:
    """A row with two people in two cells ("| HMC | Tomasz Wierzbicki | Marit Solberg |" under "OBC
    contact | Liaison contact"): no one line of a card; table_contact_lines reads each cell with its
    column's body."""
    return sum(1 for cell in row.cells if looks_like_person(bare(cell.text), False)) >= 2


def is_column_titles(block: Block) -> bool:
    return len(block.cells) >= 2 and all(COLUMN_TITLE.match(c.text.strip()) for c in block.cells)


def is_card_name(ctx: Context, block: Block) -> bool:
    """A line that is a person's name and nothing else ("Beatriz Example", "Name: Dr. Ana Example")."""
    unmarked = LINE_BLOCK.sub("", block.text)
    text = CARD_FIELD.sub("", unmarked).strip()
    field = CARD_FIELD.match(unmarked)
    named = field is None or field.group("name").lower() == "name"
    if text.split(maxsplit=1)[:1] and text.split(maxsplit=1)[0].lower() in HEADING_OPENERS:
        return False  # "For Khronos": the heading of a party's contacts
    if not named or EMAIL.search(text) is not None or re.search(r"\S\s{3,}\S", text):
        return False  # an address, or two names side by side (a signature block)
    return looks_like_person(HONORIFIC.sub("", text), bool(ctx.resolver.mentions(text)))


def is_card_opening(ctx: Context, block: Block) -> bool:
    """A card's first line that is the person's name with their title after a comma ("Dr. Ana Example,
    Co-chair, MARS PTF", "Bo Example, Director, Roaming Programs"): a reader takes a short line for a
    heading, but the lines after it (an address, "E-mail: ...") are the same person's."""
    text = block.text.strip(" |")
    if EMAIL.search(text) is not None or OTHER_FIELD.match(text) or "," not in text:
        return False
    first = HONORIFIC.sub("", text.split(",", 1)[0].strip())
    return looks_like_person(first, bool(ctx.resolver.mentions(first)))


def is_card_detail(ctx: Context, block: Block) -> bool:
    """A line after a card's name that names no one: a role, an organization, an address."""
    if block.kind not in ("heading", "paragraph", "field"):
        return False
    if card_columns(block.text):
        return True  # "Telecom Italia      E-mail: a@x": a two-column card's line, its field on the right
    if CARD_FIELD.match(block.text) is None and OTHER_FIELD.match(block.text):
        return False  # "Last reviewed: 2026-04-14" after the card
    if FOR_WORD.match(block.text) and (
        block.text.rstrip().endswith(":") or is_body_name(ctx, FOR_WORD.sub("", block.text))
    ):
        return False  # "For OBC:", "For Open Buoy Consortium": the next party's card
    if block.text.rstrip().endswith(".") and len(block.text.split()) > 6:
        return False  # "This register will be reviewed annually.": a sentence after the cards
    field = CARD_FIELD.match(block.text)
    if field is not None and field.group("name").lower() != "name":
        return len(block.text) <= 120  # "Organization: Telecom Italia": the field says it is no one's name
    text = CARD_FIELD.sub("", block.text)
    parsed = parse_contact(ctx, text)
    return len(block.text) <= 120 and (parsed is None or parsed[0] is None)


def card_columns(text: str) -> bool:
    """A line of a card written in two columns whose right one is a card's field ("ETRI      E-mail: a@x",
    "Rapporteur Q6/13      Tel: +1 555 0100"): a detail of the card above, never a person's own line."""
    columns = [c for c in re.split(r"\t+|\s{3,}", text.strip()) if c]
    return len(text) <= 160 and len(columns) == 2 and CARD_FIELD.match(columns[1]) is not None


def field_value(block: Block) -> Block:
    """A card's line without its field name (or line block's bar), opened by a comma so that it reads as
    one more part."""
    marker = LINE_BLOCK.match(block.text)
    offset = marker.end() if marker else 0
    match = CARD_FIELD.match(block.text, offset)
    start = match.end() if match else offset
    pieces, offset = [], 2
    for doc_start, doc_end in block.span_of(start, len(block.text)):
        pieces.append((offset, doc_start, doc_end))
        offset += doc_end - doc_start
    return Block(block.kind, ", " + block.text[start:], tuple(pieces))


def next_lines_organization(ctx: Context, section) -> Entity | None:
    """The organization the line after a contact names, when that line names no other person
    ("Contact: Ana Souza" / "Rapporteur Q6/13, ITU-T SG13   E-mail: ...")."""
    if not section.blocks:
        return None
    following = section.blocks[0].text
    parsed = parse_contact(ctx, following)
    if parsed is not None and parsed[0] is not None:
        return None
    return organization_named(ctx, following)


# "For The Open Group: Siobhan Example, VP Standards." inside a term of a memorandum
FOR_PARTY = re.compile(r"(?:^|(?<=[.;]\s))For\s+(?P<label>(?:the\s+)?[A-Z][^:.;]{1,60}):\s*(?P<rest>[^.;]+)")


# "    for the LoRa Alliance:   Ana Example": one line a party under a lead-in ("Each Party appoints one
# coordinator:"), which a reader joins into one paragraph; read line by line from the document's text
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
FOR_PARTY_LINE = re.compile(
    r"[ \t]*for[ \t]+(?P<label>[^:\n]{1,60}?)[ \t]*:[ \t]*(?P<rest>\S[^\n]{0,120})$", re.IGNORECASE
)


def inline_contact_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Contacts a sentence names for each party ("For X: Name, Title"), or a line a party ("for X:
    Name"), outside the contacts and approval sections (there, "For X" opens a signature block:
    signatories are no contacts)."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "contacts", "approval"):
        for match in prefilter.finditer(FOR_PARTY, block.text):
            if organization_named(ctx, match.group("label")) is not None:
                lines.append((block, f"{match.group('label')}: {match.group('rest')}"))
        lines += for_party_lines(ctx, block)
    return lines


# "Khronos: Ilse Example, liaison officer to W3C" / "W3C: Bo Example, Strategy team": a list that gives each
# party one person, each item opened by the party's name and a colon (a page's "Who to ask", a slide's bullets
# under any heading)
PARTY_ITEM = re.compile(r"^\W{0,3}(?P<label>[A-Z][^:\n]{1,60}?)\s*+:\s*+(?P<rest>\S[^\n]{2,160})$")
PARTY_ITEMS_LEAST = 2  # one such item alone may be a topic's or a task's ("OBC: Ana Lind to send ...")


def party_item_lines(ctx: Context) -> list[tuple[Block, str]]:
    """The items of runs of at least PARTY_ITEMS_LEAST consecutive items, each opened by a party's name and
    a colon and naming one person (a list of attendees by party names several: no contacts), outside the
    contacts and approval sections (read there by their own rules)."""
    lines: list[tuple[Block, str]] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "approval"):
            continue
        run: list[tuple[Block, str]] = []
        for block in [*section.blocks, None]:
            found = party_item(ctx, block) if block is not None and block.kind == "item" else None
            if found is not None:
                run.append(found)
                continue
            lines += run if len(run) >= PARTY_ITEMS_LEAST else []
            run = []
    return lines


def party_item(ctx: Context, block: Block) -> tuple[Block, str] | None:
    """An item "<party>: <one person>[, role]" as a contact line naming the party; None for any other."""
    match = PARTY_ITEM.match(block.text)
    if match is None:
        return None
    label = LEADING_THE.sub("", match.group("label").strip(" *_"))
    party = organization_named(ctx, label) or party_by_word(ctx, label)
    if party is None or not ctx.is_party(party):
        return None
    rest = match.group("rest")
    office = ROLE_LABEL.match(rest)
    if office is not None and len(office.group("label").split()) <= 4:
        rest = f"{rest[office.end() :]}, {office.group('label').strip()}"  # "OFA: Liaison officer: A (OGF)"
    parts = [bare(p.strip()) for p in without_brackets(rest).split(",")]
    if not looks_like_person(parts[0], False) or any(looks_like_person(p, False) for p in parts[1:]):
        return None
    return block, f"{party.label}: {rest}"


def for_party_lines(ctx: Context, block: Block) -> list[tuple[Block, str]]:
    """The lines of a block that are each "for <party>: <person>" (the block's own lines, as written)."""
    found: list[tuple[Block, str]] = []
    for _, start, end in block.pieces:
        match = FOR_PARTY_LINE.match(ctx.document.text, start, end)
        if match is None:
            continue
        label = LEADING_THE.sub("", match.group("label"))
        party = organization_named(ctx, label) or party_by_word(ctx, label)
        if (
            party is not None
            and ctx.is_party(party)
            and looks_like_person(bare(match.group("rest").split(",")[0]), False)
        ):
            line = Block("paragraph", match.group(), ((0, start, end),))
            found.append((line, f"{party.label}: {match.group('rest')}"))
    return found


# "Liaison officer for the LoRa Alliance: Emeka Example." as a sentence of a paragraph
ROLE_SENTENCE = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<label>(?:[\w-]+\s+){0,3}liaison\s+(?:officers?|managers?|representatives?|contacts?)"
    # a full stop inside an address goes on, and so does an honorific's ("Dr. Ana Example")
    r"\b[^:.;\n]{0,50}"
    # "Contact for OBC: Ana Example (a@x) replaces the previous OBC contact": a body's contact by the body
    r"|contacts?\s+(?:for|of)\s+(?:the\s+)?[\w&.-]{2,40}(?:\s[\w&.-]{1,40}){0,3}?):\s*(?P<rest>(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.\s)?(?:[^.;:\n]|\.(?=\w)){3,80})",
    re.IGNORECASE,
)


# "Each Party names a liaison officer: A (HMC) and B (OBC)", "... can be sent to the liaison officers: A (X)
# and B (Y)": people with their bodies after a role's name and a colon, wherever the role stands in a sentence
ROLE_COLON_PEOPLE = re.compile(
    r"\b(?:liaison\s+(?:officers?|managers?|representatives?|contacts?)|liaisons|contacts|points\s+of\s+contact"
    # a few words may stand between the role and its colon: "Liaison contacts confirmed: A for X and B for Y",
    # "Steering contacts stay as they are: A (X) and B (Y)", "their liaison contacts for 2026: ..."
    r"|representatives|coordinators)(?:\s++[\w-]{1,20}){0,5}?\s*+:\s*+(?P<people>(?:[^.;:\n]|\.(?=\w)){5,200})",
    re.IGNORECASE,
)


def role_colon_lines(ctx: Context, block: Block) -> list[tuple[Block, str]]:
    """The people a sentence lists after a role and a colon, each with the body in their brackets or
    after "for" ("A (HMC) and B (OBC)"); none unless each part is such a person (a list of tasks or
    of groups after "contacts:" names no one)."""
    lines: list[tuple[Block, str]] = []
    for match in prefilter.finditer(ROLE_COLON_PEOPLE, block.text):
        parts = [p.strip() for p in PEOPLE_JOINT.split(match.group("people").strip()) if p.strip()]
        found = [person_with_body(p) for p in parts]
        if parts and all(len(f) == 1 and ": " in f[0] for f in found):
            lines += [(block, f[0]) for f in found]
    return lines


def role_sentence_lines(ctx: Context) -> list[tuple[Block, str]]:
    """People a sentence names in a liaison role, with the body the role is for ("Liaison officer for
    the LoRa Alliance: Emeka Example."); not in signature blocks."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "contacts", "approval"):
        lines += role_colon_lines(ctx, block)
        for match in prefilter.finditer(ROLE_SENTENCE, block.text):
            label, rest = match.group("label"), restated(match.group("rest").strip())
            address = EMAIL.search(rest)
            # what follows an address is another field (its closing bracket is still its own)
            rest = (
                rest[: address.end() + (rest[address.end() : address.end() + 1] == ")")] if address else rest
            )
            people = [
                p.strip() for p in PEOPLE_JOINT.split(rest) if looks_like_person(bare(p.strip()), False)
            ]
            if len(people) == 1 and looks_like_person(bare(rest.split(",")[0]), False):
                lines.append((block, f"{label}: {rest}"))  # "Name, e-mail", "Name, Title"
            elif len(people) > 1:  # "Liaison officers: A (DVB) and B (EBU)": each with the body after them
                lines += [(block, person_with_body(p)[0] if "(" in p else f"{label}: {p}") for p in people]
    return lines


# "on the HMC side by A", "On the HMC side, A (...) coordinates", "B is the contact on the OBC side", "The OBC
# side keeps B as its contact": each body's person named by the body's side of the relationship
SIDE = re.compile(
    r"\b(?:(?:on|at|from|for)\s+)?[Tt]he\s+(?P<body>[A-Z][\w&.'-]{0,30}(?:\s[A-Z][\w&.'-]{0,30}){0,3})\s+side\b"
)
# what makes a side's person a contact: a sentence about coordinating, contacts or liaison (not "On the HMC
# side, A presented the draft")
CONTACT_CUE = re.compile(r"\b(?:coordinat\w*|contacts?|liaisons?|points?\s+of\s+contact)\b", re.IGNORECASE)
SIDE_LEAD = re.compile(r"^\W*(?:and\s+)?(?:by\s+|keeps\s+)?")
NEXT_CLAUSE = re.compile(r"^\W*and\b")
SIDE_SENTENCE_END = re.compile(r"\.\s|;\s|\.$")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or clause after a semicolon) around text[start:end], at most 400 characters each way."""
    low = max(text.rfind(". ", max(0, start - 400), start), text.rfind("; ", max(0, start - 400), start))
    stop = SIDE_SENTENCE_END.search(text, end, min(len(text), end + 400))
    return (0 if low < 0 else low + 2), (min(len(text), end + 400) if stop is None else stop.start())


def first_person(ctx: Context, text: str) -> str | None:
    """The person a clause names first among its comma-parted parts ("A, Standards Development", "the
    secretary of X, A"), or the name a part opens with before its verb ("A coordinates the relationship")."""
    for part in re.split(r",|\s(?:and|as)\s", without_brackets(text)):
        part = HONORIFIC.sub("", " ".join(part.split()).strip(" .;:"))
        if looks_like_person(part, False):
            return part
        leading = leading_person(ctx, part)
        if leading is not None:
            return leading[0]
    return None


def side_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each body's contact named by its side ("coordinated on the HMC side by A, and on the OBC side by B"):
    the person after the side, else the one the clause opens with ("B is the contact on the OBC side"),
    as "<party>: <person>"; only in a sentence about coordinating, contacts or liaison."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        text = block.text
        matches = list(prefilter.finditer(SIDE, text))
        for index, match in enumerate(matches):
            party = organization_named(ctx, match.group("body")) or party_by_word(ctx, match.group("body"))
            if party is None or not ctx.is_party(party):
                continue
            low, high = sentence_bounds(text, match.start(), match.end())
            if not CONTACT_CUE.search(text, low, high):
                continue
            after_end = matches[index + 1].start() if index + 1 < len(matches) else high
            after = text[match.end() : min(after_end, high)]
            before_start = max(low, matches[index - 1].end() if index else low)
            # ("A is the contact on the HMC side, and B ...": what follows "and" is the next clause's)
            following = None if NEXT_CLAUSE.match(after) else first_person(ctx, SIDE_LEAD.sub("", after))
            person = following or first_person(ctx, SIDE_LEAD.sub("", text[before_start : match.start()]))
            if person is not None:
                lines.append((block, f"{party.label}: {person}"))
    return lines


# "for HMC, A (a@x.example); for OBC, B (b@y.example)", "For the OBC, B stays the contact for HMC": a body,
# a comma, its person, then an address or the words that make them its contact
FOR_BODY_COMMA = re.compile(
    r"(?:^|(?<=[\s;:(]))[Ff]or\s+(?:the\s+)?(?P<body>[A-Z][\w&.'-]{0,30}(?:\s[A-Z][\w&.'-]{0,30}){0,4}),\s+"
    r"(?=(?P<rest>[^;]{3,160}))"  # (looked at, not taken: the next "for <body>," may stand in it)
)
STAYS_CONTACT = re.compile(
    r"\b(?:stays|remains|is|will\s+be|continues\s+as)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contact|liaison|coordinator)",
    re.IGNORECASE,
)


CONTACT_ROLE = re.compile(r"\b(?:contacts?|liaisons?|coordinators?|representatives?)\b", re.IGNORECASE)
# After "For <body>,": a clause that names the body's contact before the person ("contact A, who ...",
# "please contact A", "the contact is B", "the liaison contact is B", "the technical coordinator remains B")
CONTACT_LEAD = re.compile(
    r"(?:please\s+)?contact\s+(?=[A-Z])|the\s+(?:[\w-]+\s+){0,2}?(?:contact|liaison|coordinator|representative)"
    # ("the technical coordinator remains A", an addendum's word for a contact kept)
    r"\s+(?:is|remains|stays|will\s+(?:be|remain))\s+(?:now\s+|still\s+)?",
    re.IGNORECASE,
)


def for_body_comma_lines(ctx: Context) -> list[tuple[Block, str, Entity | None]]:
    """The person after "for <party>," with an address or "stays the contact" in the same clause, with that
    party (given apart: a label naming it would be cut at the comma of "NVM Express, Inc.")."""
    lines: list[tuple[Block, str, Entity | None]] = []
    for block in blocks_outside(ctx, "approval"):
        # "Each Party names a liaison: for X, A; for Y, B": a role named first, then a name alone a clause
        role = CONTACT_ROLE.search(block.text)
        for match in prefilter.finditer(FOR_BODY_COMMA, block.text):
            rest = match.group("rest")
            stop = SIDE_SENTENCE_END.search(rest)
            rest = (
                rest
                if stop is None
                else rest[: stop.start() + (rest[stop.start() : stop.start() + 1] == ")")]
            )
            lead = CONTACT_LEAD.match(rest)
            rest = rest[lead.end() :] if lead is not None else rest
            address = EMAIL.search(rest)
            named = bare(rest.strip())
            listed = (
                role is not None
                and role.start() < match.start()
                and len(named.rsplit(None, 1)[-1:] and named.rsplit(None, 1)[-1]) > 1  # (not "Marcus T": cut)
                and looks_like_person(named, False)
            )
            if address is None and STAYS_CONTACT.search(rest) is None and lead is None and not listed:
                continue
            party = (
                organization_named(ctx, match.group("body"))
                or party_by_word(ctx, match.group("body"))
                or party_named(ctx, match.group("body"))  # "For NVM Express," of NVM Express, Inc.
            )
            person = first_person(ctx, rest if address is None else rest[: address.start()])
            if party is not None and ctx.is_party(party) and person is not None:
                lines.append((block, person + (f", {address.group()}" if address else ""), party))
    return lines


# "- HMC: A, liaison officer \u2014 a@x.example", "Open Buoy Consortium: B <b@y.example>": a party's person
# with an address, a line of its own under any heading (a board's note, a wiki's section); not a diff's
# removed line ("-- OBC: C <c@y.example>")
PARTY_ADDRESS_LINE = re.compile(
    r"[ \t]*(?!-[ \t]*[-*+][ \t])[-*+\u2022 \t]{0,3}(?P<label>[^:\n]{2,60}?)[ \t]*:[ \t]*"
    r"(?P<rest>\S[^\n]{2,200})"
)
PARTY_LINE_LENGTH = 300  # a longer line is a paragraph, not one body's person (and is not matched at all)


def party_address_lines(ctx: Context) -> list[tuple[Block, str]]:
    """The lines "<party>: <person>, ... <address>" of every block but the approval's."""
    found: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        for _, start, end in block.pieces:
            if end - start > PARTY_LINE_LENGTH or ctx.document.text.find(":", start, end) < 0:
                continue
            match = PARTY_ADDRESS_LINE.fullmatch(ctx.document.text, start, end)
            if match is None or EMAIL.search(match.group("rest")) is None:
                continue
            label = LEADING_THE.sub("", match.group("label").strip(" *_"))
            party = organization_named(ctx, label) or party_by_word(ctx, label)
            rest = EMAIL.sub("", match.group("rest"))
            if party is None or not ctx.is_party(party) or not is_body_name(ctx, label):
                continue
            if first_person(ctx, SEPARATORS.split(rest)[0]) is not None:
                line = Block("paragraph", match.group(), ((0, start, end),))
                found.append((line, f"{party.label}: {match.group('rest')}"))
    return found


# "Ana Example, IEC TC 100 Chair (ana@x.example)": a person, their office in a body, their address in
# brackets; one such part of a list item or line ("A, X Chair (a@x), and B, X Secretary (b@x).")
OFFICE_ADDRESS = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=\band\s))(?:and\s+)?(?P<name>[A-Z][^,;()\n]{2,50}),\s*(?P<office>[^,;()\n]{2,80}?\b"
    r"(?:chair(?:man|woman|person)?|secretary|convenou?r|convener|rapporteur|editor|counsellor|manager"
    r"|director|coordinator|officer|liaison|representative)s?)\s*\((?P<address>[^()\s@]{1,64}@[^()\s]{3,120})\)",
    re.IGNORECASE,
)


def office_address_lines(ctx: Context) -> list[tuple[Block, str]]:
    """The people a list names each with an office in a body and an address in brackets (an invitation's
    "Tamsin Example, IEC TC 100 Chair (t@x), and Hideo Example, IEC TC 100 Secretary (h@x)."): the
    officers the document gives to write to, whatever its kind; an office with no name is nobody."""
    found: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        if "@" not in block.text or "(" not in block.text:
            continue
        for match in prefilter.finditer(OFFICE_ADDRESS, block.text):
            name = bare(match.group("name").strip())
            if looks_like_person(name, False):
                found.append((block, f"{name}, {match.group('office').strip()}, {match.group('address')}"))
    return found


def blocks_outside(ctx: Context, *kinds: str) -> Iterator[Block]:
    """The blocks of every section but those of `kinds` (where a rule would misread its own layout)."""
    for section in ctx.layout.sections:
        if section.kind not in kinds:
            yield from section.blocks


# A heading naming the people under it by their role ("Section 4 - Liaison officers", "4. Coordinators"),
# in a section of another kind (a memorandum's articles): the lines up to the next heading are contacts;
# and the headings a page gives the list of the people who hold its offices ("Who is who", "Officers",
# "Maintainers", "Leadership", "Key people"): "Ana Example — Co-chair, HMC" lines under them
ROLE_TITLE = re.compile(
    r"\b(?:liaison\s+(?:officers|managers|representatives)|coordinators|liaisons"
    r"|who(?:['\u2019]s|\s+is)\s+who|(?:group\s+|committee\s+)?officers|maintainers|leadership"
    r"|key\s+(?:people|persons|contacts))\W*$",
    re.IGNORECASE,
)


# "... to the Liaisons Coordinator, Ana Lind.", "registered by the Liaison Co-ordinator, Ana Lind": a liaison
# office, a comma, then its holder, in running prose (a body's page of its liaisons, a letter); an office with
# no name after it ("the Liaison Coordinator, who ...") names no one
PROSE_OFFICE = re.compile(
    r"\b(?i:(?:liaisons?|external\s+relations|relations|partnerships?)\s+(?:co-?ordinator|manager|officer|lead))"
    r"\s*,\s*(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}?)"
    r"(?=\s*(?:[.,;)]|$))"
)


def prose_office_lines(ctx: Context) -> list[tuple[Block, str]]:
    """The holder a liaison office names after its comma (PROSE_OFFICE), as the line "<name>, <office>"."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval", "contacts"):
        for match in prefilter.finditer(PROSE_OFFICE, block.text):
            name = bare(match.group("name"))
            if looks_like_person(name, False):
                office = block.text[match.start() : match.start("name")].rstrip(" ,")
                lines.append((block, f"{name}, {office}"))
    return lines


def role_heading_blocks(ctx: Context) -> list[Block]:
    """The lines under a heading that names a liaison role, outside contacts and approval sections; a
    person's line a reader took for a heading (a plain-text list's "Ana Example — Co-chair, HMC", no
    stop at its end) is one of those lines, not the end of the list."""
    found: list[Block] = []
    under_role = False
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "approval"):
            continue
        under_role = section.heading is not None and ROLE_TITLE.search(section.heading.text) is not None
        for block in section.blocks:
            if block.kind == "heading" and not (under_role and names_person(ctx, block.text)):
                under_role = ROLE_TITLE.search(block.text) is not None
            elif under_role and block.kind != "row":  # (a table's rows: the table rules read its columns)
                found.append(block)
    return found


# A group's officers named by their office: "Chair(s): A (HMC); B (OBC)", "Vice-chair: A", "Secretary: A
# (OBC)", "Editors: A and B" on a committee's page, a charter, a register or an agreement: the people the
# body names for the work. Not in a meeting's record, where "Chair:" is who presided over the meeting (dev's
# golds of minutes keep the chair in some, not in others), nor in a liaison statement, whose letterhead's
# chair is its sender and whose contact a field names
OFFICERS_NOT_CONTACTS = frozenset({"MeetingRecord", "LiaisonStatement"})
OFFICER_LABEL = re.compile(
    r"^\W{0,4}(?:co-?|vice[- ]?)?(?:chair(?:person|man|woman)?|secretary|editor|convenou?r|convener"
    r"|rapporteur)(?:s|\(s\))?"
    # ("Convenor, SC31/WG4: A", "Chair of the Tide Gauge WG: A": the office's group before the colon)
    r"(?:,[ \t]*[^:,\n]{2,40}(?=:)|[ \t]+of[ \t]+[^:,\n]{2,40}(?=:))?"
    r"[ \t]{0,12}(?:\.{2,}[ \t]?)?(?::|\t|[ \t]{3}(?=\S))",
    re.IGNORECASE,
)


# A contact's label in German, French, Spanish, Portuguese, Italian, Dutch and the Nordic languages
CONTACT_WORDS_ELSEWHERE = (
    r"|ansprechpartner(?:in|innen)?|kontakt(?:e|person(?:en|er)?)?|conta(?:cto|ctos|to|tos|tto|tti)"
    r"|persona\s+de\s+contacto|pessoa\s+de\s+contato|personne\s+de\s+contact|interlocut(?:eur|rice)s?"
    r"|referent[ei]|contactpersoon|contactpersonen"
)


TO_LINE = re.compile(r"^\W{0,4}to\W{0,4}(?::|\t|\s{3,}(?=\S))", re.IGNORECASE)
FROM_LINE = re.compile(r"^\W{0,4}from\W{0,4}(?::|\t|\s{3,}(?=\S))", re.IGNORECASE)


def labelled_contact_blocks(ctx: Context) -> list[Block]:
    """Lines elsewhere that say who the contact is: "Contact: Tobias Reinholt, Convenor"; outside
    meeting records and liaison statements, an officer's line too ("Chair(s): A (HMC); B (OBC)")."""
    officers = ctx.kind not in OFFICERS_NOT_CONTACTS
    pattern = re.compile(
        r"^\W{0,4}(?:(?:[\w-]+\s+){0,3}(?:contacts?|liaisons|coordinators|representatives)"
        r"(?:\s+person|\s+(?:for|of)\s+(?:this|the)\s+[\w -]{1,30}?)?"  # "Contact for this liaison:"
        # ("HMC liaison: Name", a slide's bullet: the one-word role of a body names its holder)
        # ("Open Buoy Consortium liaison: Name"; a partner page's "Liaison: Name", a definition list's term)
        # (the words before "liaison" stay in one cell: a row's cells are joined by tabs, "Ana Lind<TAB>IETF
        # liaison to IEEE 802<TAB>..." is an attendee's row, its person no label)
        r"|(?:[\w&.-]{2,20}[^\S\t\n]+){0,3}liaison"
        r"(?:\s+(?:to|with)\s+(?:the\s+)?[\w&.-]{2,20}(?:\s+[\w&.-]{2,20}){0,3})?"
        r"|points?\s+of\s+contact|(?:project\s+)?team\s+leads?|project\s+leads?|name|presenter"
        r"|liaison\s+to\s+[\w -]{1,30}"
        # "Liaison officer for Ecma: Name, e-mail", "Liaison manager (OASIS): ..."
        r"|liaison\s+(?:officers?|managers?|representatives?)"
        r"(?:\s+(?:for|of|to)\s+[\w .&-]{1,40}?|\s?\([^()]{1,40}\))?"
        r"|reply\s+to|co-chairs?|chairs"  # a letter's "REPLY TO:" block, a charter's "Chairs" field
        r"|submitter"  # a statement form's "Submitter: Name, Rapporteur Q14/15, ITU-T SG15"
        # the contact's label in the languages of the corpus's other documents ("Ansprechpartner:",
        # "Kontakt:", "Contacto:", "Contato:", "Contatto:", "Personne de contact :", "Referente:")
        rf"{CONTACT_WORDS_ELSEWHERE}"
        r"|from|to)"  # a liaison statement's ends, when they name a person (the addressee: see below)
        r"(?:\s?\([^()\n]{1,40}\))?"  # "Contact person (HMC): Name": the body in brackets
        # "CONTACT     :", "Team contact    Name", a form's "Name ..........: Ana Example"
        r"(?:\s{0,12}(?:\.{2,}\s?)?\W{0,4}[:|\t]|\s{3,}(?=\S))",
        re.IGNORECASE,
    )
    found = [
        block
        for block in blocks_outside(ctx, "contacts")
        if pattern.match(block.text)
        or is_liaison_signature(block.text)
        or (officers and OFFICER_LABEL.match(block.text) is not None)
    ]
    found = with_hanging_lines(ctx, with_card_lines(ctx, found))
    if not any(TO_LINE.match(block.text) for block in found):
        return found
    # the person a "To:" field names is the letter's addressee, no contact (an IEEE 802 letter "To: Ms A,
    # Chair, X" under a letterhead, a mail's "To: A <a@x>"), unless the From field names a person too: a
    # header naming the officers at both ends (dev's golds differ; most keep no addressee)
    both_ends = any(
        FROM_LINE.match(block.text) and (parsed := parse_contact(ctx, block.text)) and parsed[0]
        for block in found
    )
    return [block for block in found if both_ends or not TO_LINE.match(block.text)]


HANGING_INDENT = 8  # a field's value wrapped under it stands this far in at least ("Technical contact(s): A")
# Where a field's value starts on its line: after its name's colon and the blanks that pad it
FIELD_VALUE_START = re.compile(r"^[^:\n]{1,60}:[ \t]*(?=\S)")


def with_hanging_lines(ctx: Context, blocks: list[Block]) -> list[Block]:
    """Each labelled contact field joined by the people listed under its value, indented as far
    ("Technical contact(s): A (a@x)" over "                      B (b@x)"): one more person of the field."""
    text = ctx.document.text
    after: dict[int, list[Block]] | None = None
    joined = []
    for block in blocks:
        line_end = text.find("\n", block.start)
        label = FIELD_VALUE_START.match(block.text)
        if label is None or line_end < 0 or not text.startswith(" " * HANGING_INDENT, line_end + 1):
            joined.append(block)
            continue
        # the column the field's value starts at: the lines under it stand as far in
        column = block.start + label.end() - (text.rfind("\n", 0, block.start) + 1)
        if after is None:
            after = {
                b.start: section.blocks[index + 1 : index + 4]
                for section in ctx.layout.sections
                for index, b in enumerate(section.blocks)
            }
        for line in after.get(block.start, []):
            line_start = text.rfind("\n", 0, line.start) + 1
            indent = text[line_start : line.start]
            card_field = CARD_FIELD.match(line.text)
            field = card_field is not None and card_field.group("name") != "name"
            if (
                len(indent) < HANGING_INDENT
                or abs(len(indent) - column) > 1
                or indent.strip()
                or (label_match(line.text) is not None and not field)
                or not (
                    field or looks_like_person(bare(SEPARATORS.split(without_brackets(line.text))[0]), False)
                )
            ):
                break
            block = block.joined(field_value(line))
        joined.append(block)
    return joined


def with_card_lines(ctx: Context, blocks: list[Block]) -> list[Block]:
    """Each "Contact:  Name      Tel: ..." line of a two-column card joined by the card's lines under it
    ("Telecom Italia      E-mail: a@x"), which name no one of their own."""
    if not any(card_columns(LABEL.sub("", b.text)) for b in blocks):
        return blocks
    after: dict[int, list[Block]] = {}
    for section in ctx.layout.sections:
        for index, block in enumerate(section.blocks):
            after[block.start] = section.blocks[index + 1 : index + 4]
    joined = []
    for block in blocks:
        if card_columns(LABEL.sub("", block.text)):
            for line in after.get(block.start, []):
                if not card_columns(line.text):
                    break
                block = block.joined(field_value(line))
        joined.append(block)
    return joined


# "Margarethe Example, TGG Liaison Manager": a person signing in a liaison role
SIGNATURE = re.compile(
    r"^(?P<name>[^,\n]{3,60}),\s+(?P<role>[^,\n]{0,40}\b(?:liaison|alliance|contact|coordinator|representative)s?"
    r"\b[^,\n]{0,30})$",
    re.IGNORECASE,
)


def is_liaison_signature(text: str) -> bool:
    match = SIGNATURE.match(text.strip())
    return match is not None and looks_like_person(bare(match.group("name")), False)


# "Dr. Ada Example replaces Bo Example as the KNA liaison to QGA": the new contact, in that role
REPLACES = re.compile(
    r"(?<![\w'\u2019-])(?P<new>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+"
    r"(?:replaces|succeeds|takes\s+over\s+from)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?"
    r"(?P<old>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+as\s+(?:the\s+)?(?P<role>[^.;\n]{3,80})"
)


# "Liaison contacts for this work remain A for KNA and B for QGA", "Contact points are A (KNA) and B (QGA)"
CONTACTS_ARE = re.compile(
    r"\b(?:contacts?|liaisons?|coordinators?|points?\s+of\s+contact|contact\s+points?|representatives?)\b"
    r"(?P<role>[^.:;\n]{0,60}?)\b(?:are|is|remains?|will\s+be)\s+"
    # the people, up to a clause naming the next role ("A, and the liaison officer for OBC is B")
    r"(?P<people>(?:(?!,?\s{1,3}(?:and\s{1,3})?(?:the|its|our)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}"
    # (an honorific's full stop goes on: "the primary contact is Dr. Ana Example")
    r"(?:contact|liaison|coordinator|representative))(?:(?<![\w.])(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.\s|[^.;\n])"
    r"|\.(?=\w)){5,200})",
    re.IGNORECASE,
)
# A sentence that confirms or names the contacts and lists them after a colon ("The committee confirmed the
# liaison representatives: A for X and B for Y.", "The Board appointed its liaison contacts: ...")
CONTACTS_LISTED = re.compile(
    r"\b(?:confirmed|named|appointed|designated|nominated|agreed(?:\s+on)?|noted|reconfirmed)\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]{1,20}\s+){0,2}(?P<role>)"
    r"(?:contacts|liaisons|representatives|coordinators|points\s+of\s+contact|contact\s+points)"
    r"\s*:\s*(?P<people>[^.;\n]{5,200})",
    re.IGNORECASE,
)
# The body a role is for ("the liaison officer for HMC is ..."): the person's body when no other is given
ROLE_BODY = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s*$")
# ("questions may be addressed to A at the HMC Secretariat", "A at OBC": the body a person works at)
PERSON_FOR = re.compile(r"^(?P<name>.+?)(?<!\s)\s+(?:for|of|from|at)\s+(?:the\s+)?(?P<body>[A-Z].*)$")
# "Questions about liaisons go to Ann Example, Liaison Manager, KNA", "please contact Ann Example (KNA)":
# the person a document sends its readers to
ADDRESSED_TO = re.compile(
    r"\b(?:(?:questions|enquiries|inquiries|requests|comments)\b[^.:;\n]{0,60}?\b"
    r"(?:go|(?:should|may|can)\s+be\s+(?:sent|addressed|directed)|are\s+welcome)"
    r"\s+to|please\s+contact|for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact"
    # "To discuss a collaboration, write to A", "Who to ask: A (...)", "Questions about the partnership: A"
    r"|(?:please\s+)?write\s+to|who\s+to\s+(?:ask|contact|write\s+to)\s*:"
    r"|(?:questions|enquiries|inquiries)\s+(?:about|on|regarding)\s+[^.:;\n]{1,40}:)"
    # (the people may follow the role they hold, a colon and a line break: "can be sent to the liaison
    # officers:" over "A (TCG) and B (UEFI Forum).")
    r"\s{1,5}(?:(?:the|our|its|their)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}"
    r"(?:contacts?|liaisons?|officers?|representatives?|coordinators?|points?\s+of\s+contact)[ \t]*:\s{1,5})?"
    # (an honorific's full stop goes on: "please contact HMC CEO, Dr. Ana Example.", and an address's)
    r"(?P<people>(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.\s|\.(?=\w)|[^.;\n]){5,200})",
    re.IGNORECASE,
)
# "contact A (HMC) or B (OBC)", "sent to A for HMC or to B for OBC": a reader sent to either of two people
PEOPLE_OR = re.compile(r"(?<!\s)\s+or\s+(?:to\s+)?(?![^()]*\))")
# "Ann Example, Liaison Manager, KNA": a person, a role, and the body last
NAME_ROLE_BODY = re.compile(r"^(?P<name>[^,]{3,60}),\s*[^,]{2,60},\s*(?:the\s+)?(?P<body>[A-Z][^,]{1,60})$")


# A person's name in a sentence, an honorific before it maybe ("Dr. Ana Example", "Ana van Example")
SENTENCE_NAME = (
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s++)?[A-Z][\w'\u2019-]++"
    r"(?:\s++(?:(?:van|von|de|der|den|da|di|du|al|la|le)\s++)?[A-Z][\w'\u2019-]++){1,3}"
)
# A body's contact named by the body before the role: "The OBC contact is now A (a@x), replacing C", "HMC's
# liaison contact remains A", and as an apposition, "The HMC contact, A (a@x), is unchanged", "The OBC
# liaison, A, stays" (an addendum's or minutes' way of saying who speaks for each side)
BODY_CONTACT = re.compile(
    r"(?<![\w'\u2019-])(?P<body>[A-Z][\w&.-]*+(?:[ \t]++[A-Z][\w&.-]*+){0,4}?)(?:['\u2019]s)?\s++"
    r"(?:liaison\s++)?(?:contact|liaison|representative|coordinator)(?:\s++(?:person|officer|manager))?"
    r"(?:\s++(?:is|remains|stays|will\s++(?:be|remain))\s++(?:now\s++|still\s++)?(?P<name>"
    + SENTENCE_NAME
    + r")|\s*+,\s*+(?P<appositive>"
    + SENTENCE_NAME
    + r")(?:\s*+\([^()\n]{0,80}\))?\s*+,\s*+(?:is|remains|stays|will)\b)"
    r"(?:\s*+\((?P<address>[^()\s]{3,80}@[^()\s]{3,80})\))?"
)


# A person who says they hold the role, by a pronoun: "A confirmed that she remains the OPC Foundation's
# liaison contact", "B said he will stay IDTA's representative": the body before the role is theirs
SELF_ROLE = re.compile(
    r"(?<![\w'\u2019-])(?P<name>" + SENTENCE_NAME + r")\s++(?:confirmed|said|noted|stated|announced"
    r"|explained|reported|agreed)\s++(?:that\s++)?(?:she|he|they)\s++(?:remains?|stays?|is|are"
    r"|will\s++(?:remain|stay|be|continue\s++as))\s++(?:now\s++|still\s++)?(?:the\s++)?"
    r"(?P<body>[A-Z][\w&.-]*+(?:[ \t]++[A-Z][\w&.-]*+){0,4}?)(?:['\u2019]s)?\s++(?:liaison\s++)?"
    r"(?:contact|liaison|representative|coordinator)(?:\s++(?:person|officer))?\b"
)


def body_contact_lines(ctx: Context, block: Block) -> list[tuple[Block, str]]:
    """The contacts a block names by their body before the role (BODY_CONTACT), each as "<body>: <name>"; a
    body the document does not know names no one's ("The Project contact is ...")."""
    lines: list[tuple[Block, str]] = []
    for match in prefilter.finditer(BODY_CONTACT, block.text):
        body = LEADING_THE.sub("", match.group("body"))
        named = organization_named(ctx, body) or party_by_word(ctx, body)
        name = bare(" ".join((match.group("name") or match.group("appositive")).split()))
        address = EMAIL.search(match.group("address") or "")
        if named is not None and looks_like_person(name, False):
            lines.append((block, f"{named.label}: {name}" + (f", {address.group()}" if address else "")))
    return lines


# "The liaison is managed by A (HMC) and B (OBC)", "The joint work will be coordinated by A for HMC and B for
# OBC": the people a sentence names as running the relationship
RUN_BY = re.compile(
    r"\b(?:liaison|relationship|cooperation|co-operation|collaboration|partnership|joint\s+work)\b"
    r"[^.;:\n]{0,40}?\b(?:is|are|will\s+be|has\s+been)\s+(?:jointly\s+)?"
    r"(?:managed|coordinated|led|handled|overseen|steered)\s+by\s+"
    r"(?P<people>(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.\s|[^.;\n]){5,200})",
    re.IGNORECASE,
)
# "A (HMC) and B (OBC) act as liaison officers", "A of HMC and B of OBC serve as the points of contact", "A
# (HMC) and B (OBC) lead the liaison": the people a sentence opens with, in a role of the relationship
ACTING_AS = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<people>[A-Z][^.;:\n]{3,200}?)\s+(?:(?:will\s+)?(?:act|serve)s?\s+as\s+(?:the\s+)?"
    r"(?:(?:joint\s+)?liaison\s+(?:officers?|managers?|representatives?|contacts?)|points?\s+of\s+contact"
    r"|contacts?|coordinators?|liaisons?)"
    r"|(?:co-?)?(?:lead|coordinate|manage)s?\s+the\s+(?:liaison|relationship|cooperation|collaboration))\b"
)


# "A, chair of the HMC tide group, will coordinate the joint work with B of OBC", "A (HMC) leads the
# cooperation together with B (OBC)": two people a sentence names as running the relationship together
WORKS_WITH = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<first>[A-Z][^.;:\n]{3,160}?)\s+(?:will\s+)?(?:co-?)?"
    r"(?:coordinate|lead|manage|steer|run)s?\s+(?:the\s+)?"
    r"(?:joint\s+work|liaison|relationship|cooperation|co-operation|collaboration|partnership)"
    r"(?:\s+(?:together|jointly))?\s+with\s+(?P<second>" + SENTENCE_NAME + r"(?:\s*\([^()\n]{1,60}\)"
    r"|\s+(?:of|from|at|for)\s+(?:the\s+)?[A-Z][\w&./-]*(?:\s+[A-Z][\w&./-]*){0,4})?)"
)
# "A, chair of the HMC tide group": a person, then in commas the office they hold in a body
APPOSED_OFFICE = re.compile(
    r"^(?P<name>[^,()]{3,60}?)\s*,\s*(?:the\s+)?[^,()]{2,60}?\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^,()]{1,60}?)\s*,?$"
)


def apposed_person(part: str) -> list[str]:
    """ "A, chair of HMC," -> "HMC: A"; any other part as person_with_body reads it."""
    match = APPOSED_OFFICE.match(part.strip())
    if match is not None and looks_like_person(bare(match.group("name")), False):
        return [f"{match.group('body')}: {bare(match.group('name'))}"]
    return person_with_body(part.strip().rstrip(","))


def working_pair_lines(block: Block) -> list[tuple[Block, str]]:
    """The two people of a sentence in which one runs the relationship with the other (WORKS_WITH); none
    unless both are people (a group "coordinates the liaison with" another group names no one)."""
    lines: list[tuple[Block, str]] = []
    for match in prefilter.finditer(WORKS_WITH, block.text):
        found = [apposed_person(match.group("first")), person_with_body(match.group("second"))]
        if all(len(f) == 1 for f in found):
            lines += [(block, f[0]) for f in found]
    return lines


def running_people_lines(block: Block) -> list[tuple[Block, str]]:
    """The people a sentence names as running the relationship (RUN_BY, ACTING_AS), each with the body in
    their brackets or after "for" / "of"; none unless every part is such a person (a list of groups "led by"
    names no one)."""
    lines: list[tuple[Block, str]] = []
    for pattern in (RUN_BY, ACTING_AS):
        for match in prefilter.finditer(pattern, block.text):
            parts = [p.strip() for p in PEOPLE_JOINT.split(match.group("people").strip()) if p.strip()]
            found = [person_with_body(p) for p in parts]
            if parts and all(len(f) == 1 for f in found):
                lines += [(block, f[0]) for f in found]
    return lines


def named_contact_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Contacts a sentence lists with their bodies ("A for KNA and B for QGA", "A (KNA) and B (QGA)"),
    wherever it stands (a signature block never says who the contacts are)."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        lines += body_contact_lines(ctx, block)
        lines += [
            (block, f"{match.group('body')}: {bare(match.group('name'))}")
            for match in prefilter.finditer(SELF_ROLE, block.text)
            if organization_named(ctx, match.group("body")) is not None
        ]
        lines += running_people_lines(block)
        lines += working_pair_lines(block)
    # (in a contacts section too: "The liaison contacts remain A for X and B for Y" is no card's line)
    for block, match in (
        (listed, match)
        for listed in blocks_outside(ctx)
        for pattern in (CONTACTS_ARE, CONTACTS_LISTED)
        for match in prefilter.finditer(pattern, listed.text)
    ):
        role_body = ROLE_BODY.search(match.group("role"))
        owner = None if role_body is not None else role_owner(ctx, block.text, match.start())
        for part in PEOPLE_JOINT.split(match.group("people").strip()):
            found = person_with_body(part.strip())
            if role_body is not None and organization_named(ctx, role_body.group("body")) is not None:
                found = [f if ": " in f else f"{role_body.group('body')}: {f}" for f in found]
            elif owner is not None:
                found = [f if ": " in f else f"{owner.label}: {f}" for f in found]
            address = EMAIL.search(part)
            if not found and address is not None and lines and lines[-1][0] is block:
                # "A, Director of Programs (a@x.example)": the title and address after the name go
                # with it, not with the next person
                previous = lines[-1][1]
                lines[-1] = (
                    block,
                    previous if EMAIL.search(previous) else f"{previous}, {address.group()}",
                )
            lines += [(block, line) for line in found]
    # "A (HMC) and B (OBC) remain the liaison contacts": the people before the verb, each with their body
    for block in blocks_outside(ctx, "approval"):
        lines += people_are_role_lines(block)
    # a sentence sending readers to a person says so in a contacts section too ("## Contact"); one ending on
    # a role and a colon reads the people on the line under it ("... sent to the liaison officers:")
    outside = list(blocks_outside(ctx))
    for block, text in [
        *((block, block.text) for block in outside),
        *(
            (after, f"{block.text} {after.text}")
            for block, after in itertools.pairwise(outside)
            if block.text.rstrip().endswith(":") and block.kind != "heading" and after.kind != "heading"
        ),
    ]:
        for match in prefilter.finditer(ADDRESSED_TO, text):
            people = match.group("people").strip()
            with_role = NAME_ROLE_BODY.match(people)
            if with_role is not None and looks_like_person(bare(with_role.group("name")), False):
                lines.append((block, f"{with_role.group('body')}: {bare(with_role.group('name'))}"))
                continue
            # (an address in brackets after the name goes with the person: "..., Ms A (a@x.example)")
            titled = role_first(ctx, BRACKETED_ADDRESS.sub("", people) if "@" in people else people)
            if titled is not None:
                address = EMAIL.search(people)
                lines.append((block, f"{titled}, {address.group()}" if address else titled))
                continue
            found = [
                line
                for joined in PEOPLE_JOINT.split(people)
                for part in PEOPLE_OR.split(joined)
                for line in person_with_body(part.strip())
            ]
            address = EMAIL.search(people)
            if len(found) == 1 and address is not None and EMAIL.search(found[0]) is None:
                # "write to A, Director of Industry Relations, at a@x.example": the address is the person's
                # (its domain names their body when the sentence does not)
                found = [f"{found[0]}, {address.group()}"]
            lines += [(block, line) for line in found]
    return lines


# Who a role is of, said right before it: "our" (the writer's), or a body's name ("the OFA liaison to OGF
# is A", "OGF's liaison to DMTF is A"), a word or two of the role between ("our technical liaison")
ROLE_OWNER = re.compile(
    r"(?:\b(?P<our>[Oo]ur)|(?P<body>[A-Z][\w&.-]{1,30})(?:['\u2019]s)?)\s+(?:[a-z][\w-]{1,20}\s+){0,2}$"
)


def role_owner(ctx: Context, text: str, start: int) -> Entity | None:
    """The body whose role a sentence names before "... is A": "our" is the writer's (a page's body, a
    statement's sender, else the first party), a body's name that body."""
    owner = ROLE_OWNER.search(text, max(0, start - 60), start)
    if owner is not None and owner.group("our"):
        if ctx.kind == "AlliancePage":
            return page_writer(ctx)
        return ctx.senders[0] if ctx.senders else (ctx.parties[0] if ctx.parties else None)
    body = owner.group("body") if owner is not None else None
    return (organization_named(ctx, body) or party_by_word(ctx, body)) if body else None


# The verb and role after the people a sentence names as the contacts ("... remain the liaison contacts for
# the coming year", "... are the points of contact", "... will be the representatives")
ROLE_AFTER_PEOPLE = re.compile(
    r"(?<=\S)\s+(?:are|remain|stay|continue\s+(?:as|to\s+be)"
    r"|will\s+(?:be|remain|stay|continue\s+(?:as|to\s+be)|serve\s+as|act\s+as)|serve\s+as|act\s+as|have\s+been\s+"
    r"(?:named|appointed|designated)(?:\s+as)?)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:contacts|liaisons|representatives|coordinators|points\s+of\s+contact|contact\s+points)\b",
    re.IGNORECASE,
)


def people_are_role_lines(block: Block) -> list[tuple[Block, str]]:
    """The people a sentence opens with when it says they are the contacts ("Annika Example (Bluetooth
    SIG) and Jonah Example (CSA) remain the liaison contacts"): each with the body in their brackets; only
    when every part before the verb is a person."""
    lines: list[tuple[Block, str]] = []
    for match in prefilter.finditer(ROLE_AFTER_PEOPLE, block.text):
        head = block.text[max(0, match.start() - 300) : match.start()]
        people = head[max(head.rfind(mark) for mark in ".!?;:\n") + 1 :]  # from the sentence's start
        parts = [p.strip() for p in PEOPLE_JOINT.split(people.strip()) if p.strip()]
        found = [person_with_body(part) for part in parts]
        if len(parts) >= 2 and all(found):
            lines += [(block, line) for each in found for line in each]
    return lines


# A person named with a liaison office in their brackets or after a comma ("Tomas Vik (CSA staff, liaison
# officer)" in a list of attendees, "Minutes taken by Carla Example, Thread Group liaison officer."): a
# contact wherever the line stands (minutes' attendees are none otherwise), of the body the office or
# brackets name, else of the list item's label ("Connectivity Standards Alliance: A (...), B (...)")
APPOSED_LIAISON = re.compile(
    r"(?<![\w'\u2019-])(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z\u00c0-\u00de][\w'\u2019-]+"
    r"(?:\s+[A-Z\u00c0-\u00de][\w'\u2019.-]+){1,3}?)"
    # (an office in the brackets: "liaison" with an office word, a counterpart or nothing after it, never
    # "(liaison update)")
    r"(?:\s*\((?P<inner>[^()\n]{0,60}?\b(?i:liaison(?:\s+(?:officer|contact|representative|coordinator"
    r"|manager|lead|delegate)s?)?)(?:\s+(?i:to|for|with|from)\s+[^()\n]{1,40}|,\s*[^()\n]{1,40})?)\)"
    # (after a comma, or a dash: an attendance list's "Name - Affiliation - Liaison to IETF"; after a
    # slash, the employer in brackets before it: a roll call's "Name (Employer) / IAB Liaison")
    # (never a clause about the person: "A, who coordinates the liaison")
    r"|(?:,|[ \t]+[-\u2013\u2014]|(?P<slash>(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*/))\s*"
    r"(?!(?i:who|whose|which|that)\b)(?(slash)|(?<=\s))"
    # (after a slash, the office holds none: "A / Routing Area B / IAB Liaison" is two lines run together)
    r"(?P<office>(?:the\s+|an?\s+)?(?(slash)(?:[^,.;:()\n/]|\.(?=\d)){0,50}?|(?:[^,.;:()\n]|\.(?=\d)){0,50}?)"
    r"\b(?i:liaison(?:\s+(?:officer|contact|representative|coordinator|manager|lead|delegate)s?)?)\b"
    # ("Name - Liaison from ISOC": an attendance list's office of the body the person comes from)
    r"(?:\s+(?i:to|for|with|from)\s+(?:the\s+)?[A-Z](?:[^,.;:()\n]|\.(?=\d)){1,40})?)"
    # (a roll call whose lines a reader ran together: the next "Name (Employer) /" ends the office)
    r"(?=\s*(?:[.,;)]|$)|(?(slash)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}[ \t]*[(/]|(?!))))"
)
OFFICE_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+")
# The office of the roll call's line before, a reader having run the lines together ("... / Routing Area ")
AFTER_SLASH_OFFICE = re.compile(r"/[^()/\n]{0,60}$")
ITEM_LABEL = re.compile(r"^\W{0,4}(?P<label>[A-Z][^:\n]{1,60}?)\s*:\s")


OFFICE_OWNER = re.compile(r"^(?:the\s+)?(?P<own>[^\n]{2,60}?)(?:['\u2019]s)?\s+liaison\b", re.IGNORECASE)


# A liaison office named by the body it comes from ("Liaison from ISOC", "liaison representative from the
# IESG"): that body owns it
OFFICE_FROM = re.compile(
    r"\bliaison(?:\s+(?:officer|contact|representative|coordinator|manager|lead|delegate)s?)?\s+from\s+"
    r"(?:the\s+)?(?P<body>[^\n]{2,60}?)\W*$",
    re.IGNORECASE,
)


def office_owner(ctx: Context, office: str) -> str | None:
    """The label of the body a liaison office names before "liaison" ("IETF liaison to IEEE 802" -> the
    IETF's; "IETF/IEEE-SA liaison" -> the IETF's), as the line's label; None when it names none."""
    sent = OFFICE_FROM.search(office.strip())
    if sent is not None:  # "Liaison from ISOC": the body the liaison comes from
        body = organization_named(ctx, sent.group("body")) or party_by_word(ctx, sent.group("body"))
        return body.label if body is not None else None
    match = OFFICE_OWNER.match(office.strip())
    if match is None:
        return None
    own = match.group("own").split("/")[0].strip()
    body = organization_named(ctx, own) or party_by_word(ctx, own)
    return body.label if body is not None else None


# "AES to TC 100: Ana Example", "TC 100 to DVB: Bo Example": a liaison officer named by the direction of
# the liaison, both ends bodies or their groups; the person is of the body the line opens with
DIRECTION_LABEL = re.compile(
    r"^\W{0,4}(?P<own>[A-Z][^:\n]{0,40}?)\s+to\s+(?:the\s+)?(?P<other>[A-Z][^:\n]{0,40}?)\s*:\s*"
    r"(?P<rest>\S[^\n]{2,160})$"
)


def direction_label_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each DIRECTION_LABEL line whose ends both name a body (or a body's group) and whose value opens
    with a person's name, as "<own body>: <value>"."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        for line in block.text.splitlines():
            match = DIRECTION_LABEL.match(line.strip())
            if match is None or not looks_like_person(bare(match.group("rest").split(",")[0]), False):
                continue
            own = end_body(ctx, match.group("own"))
            other = end_body(ctx, match.group("other")) or COMMITTEE_CODE.match(match.group("other"))
            if own is not None and other is not None:
                lines.append((block, f"{own.label}: {match.group('rest')}"))
    return lines


# A committee by its code alone ("TC 100", "ISO/TC 211", "SC 41", "WG 4"): a group of some body
COMMITTEE_CODE = re.compile(r"^(?:[A-Z][\w/-]{0,12}\s+)?(?:TC|SC|WG|SG|JTC|JWG)\s?\d{1,3}\b")


def end_body(ctx: Context, text: str) -> Entity | None:
    """The body one end of a liaison's direction names: by its name, or a party by its acronym or a
    word of its name ("AES", an acronym the resolver leaves ambiguous)."""
    wanted = text.strip()
    return (
        organization_named(ctx, wanted)
        or party_by_word(ctx, wanted)
        or next((p for p in ctx.parties if wanted in (p.acronym, p.label)), None)
    )


# A section of minutes hearing the liaisons' reports ("8. Reports of external liaisons", "Liaison reports",
# "Liaisons")
LIAISON_REPORTS = re.compile(r"\bliaisons?\b", re.IGNORECASE)
# A liaison's report by its body and its presenter in brackets ("Ecma International (Rex Example): report
# N0830", "Ecma liaison report (Rex Example)")
REPORT_BY = re.compile(
    r"^\W{0,4}(?P<body>[A-Z][^():\n]{0,60}?)(?:\s+liaison(?:\s+report)?)?\s*\((?P<name>[^()\n]{3,60})\)"
    r"\s*(?:[:.,;\u2013\u2014-]|$)"
)


# A liaison's report told with its presenter first ("Bo Example (ISO/TC 211) gave the liaison report", "Bo
# Example presented the ISO/TC 211 liaison report"): the body in the brackets, else the one before "liaison"
REPORT_GIVEN = re.compile(
    r"^\W{0,4}(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}?)[ \t]*"
    r"(?:\((?P<body>[^()\n]{2,60})\)[ \t]*)?(?:gave|presented|delivered|introduced|summari[sz]ed)[ \t]+"
    r"(?:the|a|an|its|their|his|her)?[ \t]*(?P<named>[^.;:\n]{0,60}?)[ \t]*liaison[ \t]+(?:report|update)\b"
)
# The body reported on, then its presenter, after a dash or a colon ("ISO/TC 211 \u2014 Bo Example: ...",
# "Liaison report \u2013 ISO/TC 211 \u2013 Bo Example.", "ISO/TC 211: Bo Example reported that ...")
REPORT_BODY_FIRST = re.compile(
    r"^\W{0,4}(?:liaison[ \t]+(?:report|update)[ \t]*[-\u2013\u2014:][ \t]*)?"
    r"(?P<body>[A-Z][^:\n\u2013\u2014]{0,60}?)[ \t]*(?:[\u2013\u2014:]|[ \t]-)[ \t]*"
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}?)"
    r"(?:[ \t]*[.:;,]|[ \t]+(?:reported|presented|gave|said|noted|informed|explained|summari[sz]ed)\b)",
    re.IGNORECASE,
)


def given_report(ctx: Context, text: str) -> tuple[Entity, str] | None:
    """The body and the presenter of a liaison's report told as REPORT_GIVEN or REPORT_BODY_FIRST has it;
    None when the body is none the document knows or the name no person's."""
    given = REPORT_GIVEN.match(text)
    if given is not None:
        name = bare(given.group("name"))
        where = given.group("body") or given.group("named") or ""
        body = organization_named(ctx, where.strip()) if where.strip() else None
        return (body, name) if body is not None and looks_like_person(name, False) else None
    first = REPORT_BODY_FIRST.match(text)
    if first is None:
        return None
    name = bare(first.group("name"))
    body = organization_named(ctx, first.group("body").strip())
    return (body, name) if body is not None and looks_like_person(name, False) else None


# A committee's resolution designating its liaison representative ("ISO/TC 211 designates Ms. Ana Lind
# (ana@sgu.example) as Liaison Representative", "ISO/TC 211 appoints Mr Bo Ek as liaison officer to the OGC",
# "... nominated Dr Ugo Bassi as its liaison rapporteur"), as ISO and IEC committees' resolutions word them
DESIGNATED = re.compile(
    r"\b(?:designat(?:es|ed)|appoint(?:s|ed)|nominat(?:es|ed)|(?:re-?)?confirm(?:s|ed))[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?"
    r"(?P<person>(?-i:[A-Z][\w'\u2019.-]{1,30})(?:[ \t](?-i:[A-Z][\w'\u2019.-]{1,30})){1,3})"
    r"(?:[ \t]*\((?P<email>[^()\s]{3,80}@[^()\s]{3,80})\))?[ \t]+as[ \t]+(?:(?:its|the|their|a|an)[ \t]+)?"
    r"(?:new[ \t]+)?(?:liaison[ \t]+(?:representative|officer|rapporteur|contact|delegate)s?|liaisons?)\b",
    re.IGNORECASE,
)


def designated_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each person a committee's resolution designates as its liaison representative (DESIGNATED), as a
    contact of the organization the sentence opens with (a committee's: "ISO/TC 211" is ISO's), else the
    paragraph."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "contacts", "approval"):
        for found in prefilter.finditer(DESIGNATED, block.text):
            start = max(block.text.rfind(". ", 0, found.start()) + 2, 0)
            # (a sentence naming no body, "The committee re-confirmed ...": the body the paragraph opens with)
            owner = organization_named(ctx, block.text[start : found.start()]) or organization_named(
                ctx, block.text[: found.start()]
            )
            if owner is None or not looks_like_person(found.group("person"), False):
                continue
            email = f" ({found.group('email')})" if found.group("email") else ""
            lines.append((block, f"{owner.label}: {found.group('person')}{email}"))
    return lines


def liaison_report_lines(ctx: Context) -> list[tuple[Block, str]]:
    """In minutes, under a heading of liaisons' reports (LIAISON_REPORTS): each report's presenter as a
    contact of the body reported on, by "Body (Name): ..." or "Body liaison report (Name)" (REPORT_BY), or by
    an item naming the body alone with the person's item under it ("- Ecma" over "  - Rex Example"). The
    body must be one the document knows."""
    if ctx.kind != "MeetingRecord":
        return []
    lines: list[tuple[Block, str]] = []
    for section in ctx.layout.sections:
        inside = section.heading is not None and LIAISON_REPORTS.search(section.heading.text) is not None
        parent: tuple[Block, Entity] | None = None  # an item naming a body alone ("- Ecma"), over its report
        for block in section.blocks:
            if block.kind == "heading":
                inside, parent = LIAISON_REPORTS.search(block.text) is not None, None
                continue
            if not inside or block.kind not in ("item", "paragraph"):
                continue
            name = bare(block.text.strip())
            if parent is not None and block.kind == "item" and block.depth > parent[0].depth:
                if looks_like_person(name, False):  # "- Ecma" over "  - Rex Example": Ecma's report, by Rex
                    lines.append((block, f"{parent[1].label}: {name}"))
                continue
            if parent is not None and block.kind == "item" and looks_like_person(name, False):
                # "- Ecma" then "- Rex Example" at one depth (a plain text's nesting the reader flattened):
                # the person's item right after the body's alone is its report's presenter
                lines.append((block, f"{parent[1].label}: {name}"))
                parent = None
                continue
            alone = organization_named(ctx, block.text.strip(" :")) if block.kind == "item" else None
            parent = (block, alone) if alone is not None else None
            found = REPORT_BY.match(block.text)
            if found is None or not looks_like_person(bare(found.group("name")), False):
                given = given_report(ctx, block.text)  # "Bo Example (X) gave the liaison report", "X: Bo ..."
                if given is not None:
                    lines.append((block, f"{given[0].label}: {given[1]}"))
                continue
            body = organization_named(ctx, found.group("body").strip())
            if body is not None:
                lines.append((block, f"{body.label}: {bare(found.group('name'))}"))
    return lines


def apposed_liaison_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each person APPOSED_LIAISON finds, as the line "<name> (<brackets>)" or "<name>, <office>", after the
    line's label when it names a body."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        if "iaison" not in block.text:
            continue
        item = ITEM_LABEL.match(block.text)
        label = item.group("label") if item is not None else None
        label = label if label is not None and organization_named(ctx, label) is not None else None
        for match in prefilter.finditer(APPOSED_LIAISON, block.text):
            name = bare(match.group("name"))
            if match.group("slash") and AFTER_SLASH_OFFICE.search(block.text, 0, match.start()) is not None:
                # a roll call's lines run together ("... / Routing Area Rex Example (X) / IAB Liaison"): the
                # name's first words end the office before it; a roll call's name is given and family name
                name = " ".join(name.split()[-2:])
            if not looks_like_person(name, False):
                continue
            owner = label
            if match.group("inner") is not None:
                line = f"{name} ({match.group('inner').strip()})"
            else:
                # ("Name - Affiliation - IEEE 802.1 liaison to IETF": the office is the last part)
                office = OFFICE_DASH.split(match.group("office"))[-1].strip()
                line = f"{name}, {office}"
                owner = owner or office_owner(ctx, office)
                if owner is None and (OFFICE_FROM.search(office) is not None or match.group("slash")):
                    # "A - Liaison from the RFC Editor", "A (Employer) / RFC Editor Liaison": of a body
                    # nobody knows, not the page's
                    continue
            lines.append((block, f"{owner}: {line}" if owner is not None else line))
    return lines


# "OBC Executive Director, Dr. Ana Example", "the HMC Chair, Prof. Ana Example": a title of a body's, then
# the person holding it
ROLE_THEN_NAME = re.compile(
    r"^(?:the\s+)?(?P<role>[^,()]{2,60}?),\s*(?P<name>[^,()]{3,60}?)\W*$", re.IGNORECASE
)


# The part of a role naming the body a liaison is with: "liaison officer to the OBC", "representative to X"
PARTNER_ROLE = re.compile(
    r"\b(?:liaisons?|liaison\s+(?:officers?|managers?|representatives?|coordinators?)|representatives?"
    r"|delegates?)\s+(?:to|with|towards)\s.*$",
    re.IGNORECASE,
)
# An address in brackets after a name ("Ms A (a@hmc.example)")
BRACKETED_ADDRESS = re.compile(r"\s*\([^()@\n]{0,80}@[^()\n]{1,120}\)")


def role_first(ctx: Context, text: str) -> str | None:
    """ "<Body> <title>, <name>" as the contact line "<body>: <name>, <title>": the name a person's, a
    word of the title one that opens a person's title ("CEO", "Chair", "Director")."""
    match = ROLE_THEN_NAME.match(text.strip())
    if match is None or not looks_like_person(bare(match.group("name")), False):
        return None
    role = match.group("role")
    if not any(word.lower() in TITLE_WORDS for word in role.split()):
        return None
    # "the WG 5 liaison officer to the OBC, Ms A": the body after "to" is the partner; a statement's liaison
    # officer is its sender's (another document's: its first other party) when the role names no body of
    # the person's own
    own = PARTNER_ROLE.sub("", role)
    body = organization_named(ctx, own)
    if body is None and own != role:
        partner = organization_named(ctx, role)
        body = next(
            (p for p in [*ctx.senders, *ctx.parties] if partner is None or p.iri != partner.iri), None
        )
    name = bare(match.group("name"))
    return f"{body.label}: {name}, {role}" if body is not None else f"{name}, {role}"


def person_with_body(part: str) -> list[str]:
    """ "A for KNA" -> "KNA: A"; "A (KNA, Team)" -> "KNA, Team: A"; "A" or "A, Title" -> "A" (the
    body left to the document); a part naming no person -> none."""
    bracketed = re.match(r"^(?P<name>[^()]+?)\s*\((?P<body>[^)]+)\)$", part)
    if bracketed is not None and PERSON_FOR.match(bracketed.group("name")):
        bracketed = None  # "A for KNA (Tide Gauge WG)": the body after "for", its unit in the brackets
        part = without_brackets(part).strip()
    match = bracketed or PERSON_FOR.match(part)
    email = EMAIL.search(part)  # "A (a@kna.example)", "A, Title (a@kna.example)": the address, no body
    if match is None or email is not None or not looks_like_person(bare(match.group("name")), False):
        first = bare(CLAUSE_BEFORE.sub("", part.split(",")[0].split("(")[0]))  # "the secondary contact is A"
        if not looks_like_person(first, False):
            return []
        return [f"{first}, {email.group()}" if email else first]
    return [f"{match.group('body')}: {bare(match.group('name'))}"]


CLAUSE_BEFORE = re.compile(r"^[^,]*\b(?:is|are)\s+", re.IGNORECASE)
# "Ann Example is the Khronos liaison to OGC", "Bo Example is OGC's liaison to Khronos": a person
# named in a role for a body in a sentence
# (the person's address may stand in brackets after the name: "Ana Example (ana@x.example) is the HMC
# liaison"; and "will act as", "will serve as" say the same as "is")
PERSON_IS_ROLE = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
    r"(?:\s*+\((?P<address>[^()\s]{1,80}@[^()\s]{3,80})\))?\s+"
    r"(?:is|serves\s+as|acts\s+as|remains|will\s+(?:be|remain|act\s+as|serve\s+as)|becomes)\s+"
    # (the body is a name, never the article: "A remains the contact" names no body)
    r"(?:the\s+|our\s+)?(?!(?:the|a|an|our|its|their|main|sole|only)\s)"
    r"(?P<body>[^.;,\s]+(?:\s[^.;,\s]+){0,4}?)(?:['\u2019]s)?\s+"
    r"(?:liaison|contact|representative|coordinator)s?\b"
)
# "For ARSO, Dr. Kofi Example remains the contact", "For CENELEC, Ines Example replaces Marc Example as
# contact": the body the sentence opens with is the contact's
FOR_BODY_HOLDER = re.compile(
    r"(?:^|(?<=[.;:]\s))For\s+(?P<body>(?:the\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}),\s*"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+"
    r"(?:remains|is|will\s+(?:be|remain)|becomes|stays|replaces|succeeds)\b[^.;]{0,80}?"
    r"\b(?:contact|liaison|representative|coordinator)s?\b"
)
# "IETF Liaison Manager to X - what the role does. Currently: Ann Example (ann@example.org)": the
# person a role's description names as holding it
HELD_BY = re.compile(r"\b(?:currently|held\s+by|at\s+present)\s*:\s*(?P<rest>[^;\n]{3,80})", re.IGNORECASE)
ROLE_HEAD = re.compile(
    r"^\W{0,4}(?P<role>[^:\n]{0,40}?\b(?:liaison|contact|representative|coordinator|officer)s?\b[^:\n]{0,40}?)"
    r"\W{0,4}(?:\s[-\u2013\u2014]\s|:)",
    re.IGNORECASE,
)


# "FiRa has named A as its contact", "The Board appointed A as the Alliance's liaison contact for FiRa": a
# body naming its own person to a liaison role (the possessive's body, else the one that names them)
APPOINTED = re.compile(
    r"(?<![\w'\u2019-])(?P<subject>[A-Z][\w&.-]*+(?:[ \t]++[A-Z][\w&.-]*+){0,4}?)[ \t]++"
    r"(?:has[ \t]++|have[ \t]++)?(?:appointed|named|designated|nominated)[ \t]++(?P<name>"
    + r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s++)?[A-Z][\w'\u2019-]++(?:\s++[A-Z][\w'\u2019-]++){1,3}"
    + r")\s++as\s++(?P<role>[^.;\n]{0,60}?\b(?:contact|liaison|representative|coordinator)s?)\b"
)
POSSESSOR = re.compile(r"^(?:the\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['\u2019]s\b")


def appointing_body(ctx: Context, match: re.Match[str]) -> Entity | None:
    """The body a person is appointed for: the possessive of the role ("the Alliance's liaison contact"),
    else the body that appoints ("FiRa has named A as its contact"), when the document knows it."""
    possessor = POSSESSOR.match(match.group("role"))
    for text in (possessor.group("body") if possessor else None, LEADING_THE.sub("", match.group("subject"))):
        if text:
            body = organization_named(ctx, text) or party_by_word(ctx, text)
            if body is not None:
                return body
    return None


def role_holder_lines(ctx: Context) -> list[tuple[Block, str]]:
    """People a sentence names in a role for a body ("A is the Khronos liaison to OGC"), and the
    holder a role's description names ("**X Liaison Manager to Y** - ... Currently: A (a@x)")."""
    lines: list[tuple[Block, str]] = []
    for block in blocks_outside(ctx, "approval"):
        for match in prefilter.finditer(PERSON_IS_ROLE, block.text):
            if looks_like_person(match.group("name"), False):
                address = f", {match.group('address')}" if match.group("address") else ""
                lines.append((block, f"{match.group('body')}: {match.group('name')}{address}"))
        for match in APPOINTED.finditer(block.text):
            appointing = appointing_body(ctx, match)
            if appointing is not None and looks_like_person(bare(match.group("name")), False):
                lines.append((block, f"{appointing.label}: {bare(match.group('name'))}"))
        for match in prefilter.finditer(FOR_BODY_HOLDER, block.text):
            body = LEADING_THE.sub("", match.group("body"))
            if looks_like_person(match.group("name"), False) and organization_named(ctx, body) is not None:
                lines.append((block, f"{body}: {match.group('name')}"))
        role = ROLE_HEAD.match(block.text)
        held = HELD_BY.search(block.text) if role is not None else None
        if role is not None and held is not None:
            # the role's own body stands before "to": "IEEE 802 Liaison Official to the IETF"
            body_side = re.split(r"\s+to\s+", role.group("role"), maxsplit=1)[0]
            lines.append((block, f"{body_side}: {held.group('rest').strip()}"))
    return lines


# "...; at the time of writing this is Ana Example", "... is currently Ana Example": who holds the role the
# sentence names (an RFC's or a relationship memo's liaison managers)
HOLDER = re.compile(
    r"(?:\bat\s+the\s+time\s+of\s+writing,?\s+(?:this|that|it|the\s+\w+)\s+is|\b(?:is|are)\s+currently"
    r"|\bthis\s+is\s+currently|\bcurrently\s+held\s+by)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
)
HELD_ROLE = re.compile(
    r"\b(?:liaison\s+(?:managers?|officers?|representatives?|coordinators?)|representatives?|liaisons?"
    r"|contacts?|coordinators?)\b",
    re.IGNORECASE,
)
POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
CLAUSE_START = re.compile(r"[.;:!?]\s+(?=[A-Z])")
HOLDER_CLAUSE = 300  # a sentence's clause before its holder: read this far back at most


def holder_sentence_lines(ctx: Context) -> list[tuple[Block, str, Entity | None]]:
    """People a sentence names as holding a body's liaison role ("The IAB appoints the IETF liaison manager to
    ITU-T SG17; at the time of writing this is Ana Example", "The OBC representative to the HMC is currently
    Bo Example"): the body is the one named right before the role, or the sentence's subject when the role
    is "its" or "their" ("SG17 names its representative to the IETF; ... this is Bo Example")."""
    found: list[tuple[Block, str, Entity | None]] = []
    for block in blocks_outside(ctx, "approval"):
        for holder in prefilter.finditer(HOLDER, block.text):
            if not looks_like_person(holder.group("name"), False):
                continue
            low = max(0, holder.start() - HOLDER_CLAUSE)
            starts = [m.end() for m in CLAUSE_START.finditer(block.text, low, holder.start())]
            clause = block.text[starts[-1] if starts else low : holder.start()]
            role = None
            for role in HELD_ROLE.finditer(clause):  # noqa: B007 (the last role before the holder)
                pass
            if role is None:
                continue
            body = clause_body(ctx, clause, role.start())
            if body is not None:
                found.append((block, f"{holder.group('name')}, {role.group()}", body))
    return found


def clause_body(ctx: Context, clause: str, role_start: int) -> Entity | None:
    """The organization whose role a clause names: the body or unit named last before the role word, or the
    clause's first when the role is "its" or "their"."""
    before = clause[:role_start]
    mentions = [m for m in ctx.resolver.mentions(before) if m.entity.kind in ("organization", "unit")]
    if not mentions:
        return None
    chosen = mentions[0] if POSSESSIVE_BEFORE.search(before) else mentions[-1]
    return organization_named(ctx, chosen.surface) or (
        chosen.entity if chosen.entity.kind == "organization" else None
    )


def replacement_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Contacts an addendum or a note names as replacing another ("A replaces B as the X liaison")."""
    lines = []
    for block in blocks_outside(ctx, "approval"):
        for match in prefilter.finditer(REPLACES, block.text):
            if looks_like_person(bare(match.group("new")), False):
                lines.append((block, f"{match.group('role')}: {bare(match.group('new'))}"))
    return lines


# A vCard pasted into a document ("BEGIN:VCARD / FN:Name / ORG:Body / TITLE:... / EMAIL:... / END:VCARD"):
# its lines, each "NAME[;params]:value", at most twenty
VCARD = re.compile(
    r"^BEGIN:VCARD[ \t]*\n(?P<body>(?:[^\n]{0,200}\n){1,20}?)END:VCARD", re.IGNORECASE | re.MULTILINE
)
VCARD_LINE = re.compile(r"^(?P<name>[A-Za-z-]{1,20})(?:;[^:\n]{0,60})?:(?P<value>[^\n]*)$", re.MULTILINE)


def vcard_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each pasted vCard as one contact line "ORG: FN, TITLE, EMAIL" (its block the card's text)."""
    lines = []
    for card in prefilter.finditer(VCARD, ctx.document.text):
        fields: dict[str, str] = {}
        for line in VCARD_LINE.finditer(card.group("body")):
            fields.setdefault(line.group("name").upper(), line.group("value").strip().replace(";", " "))
        name = fields.get("FN", "")
        if not looks_like_person(name, False):
            continue
        title = fields.get("TITLE") or fields.get("ROLE")
        rest = ", ".join(v for v in (name, title, fields.get("EMAIL")) if v)
        block = Block("paragraph", card.group(), ((0, card.start(), card.end()),))
        lines.append((block, f"{fields['ORG']}: {rest}" if fields.get("ORG") else rest))
    return lines


# A letter's closing ("Sincerely,", "Best regards,", "Yours faithfully,"): the signatures follow it, one
# group of lines each (name, then title, body and address on lines of their own)
# A letter's closing, after which its signatures stand: in English ("Yours sincerely", "Kind regards",
# "Best wishes", "Thanks and regards", "Respectfully submitted") and in the corpus's other languages ("Mit
# freundlichen Grüßen", "Cordialement", "Atentamente", "Saludos cordiales", "Atenciosamente", "Cordiali
# saluti", "Met vriendelijke groet", "Med vänliga hälsningar", "Med vennlig hilsen", "Venlig hilsen")
CLOSING = re.compile(
    r"^[ \t]*(?:(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?"
    r"|(?:with\s+)?(?:(?:best|kind|warm)(?:est)?\s+)?(?:regards|wishes)|(?:many\s+)?thanks\s+and\s+(?:best\s+)?regards"
    r"|respectfully(?:\s+(?:yours|submitted))?"
    r"|(?:mit\s+)?(?:freundlichen|besten|herzlichen)\s+gr(?:\u00fc|ue)(?:\u00df|ss)en|(?:bien\s+)?cordialement"
    r"|atentamente|(?:un\s+)?saludos?(?:\s+cordiales)?|atenciosamente|cordiali\s+saluti|distinti\s+saluti"
    r"|met\s+vriendelijke\s+groet(?:en)?|med\s+v\u00e4nliga\s+h\u00e4lsningar|med\s+vennlig\s+hilsen"
    r"|venlig\s+hilsen)[ \t]*,?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
SIGNATURE_LINES = 12  # lines after a closing read for signatures
# A copy line of a letter ("cc: Name (Body), Unit", "Cc: A <a@x>; B <b@y>"): each person a contact
CC_LINE = re.compile(r"^[ \t]*c\.?c\.?[ \t]*:[ \t]*(?P<people>\S[^\n]{0,300})$", re.IGNORECASE | re.MULTILINE)


def outside(contacts: list[ContactPoint], late: list[Block]) -> list[ContactPoint]:
    """The contacts not read from the lines of `late` (renumbered)."""
    ranges = [(block.start, block.end) for block in late]
    kept = [c for c in contacts if not (c.spans and any(low <= c.spans[0][0] < high for low, high in ranges))]
    return [replace(c, ordinal=index) for index, c in enumerate(kept, 1)]


# A line that is a numbered action, its owner after the number ("Action 87/5 - Bo Ek - ...", "AI-12 Ada Lind:
# ...", "AP 3-2 (Bo Ek) ..."): the owner is no contact
NUMBERED_ACTION_LINE = re.compile(
    r"^\W{0,3}(?:action(?:[ \t]+(?:item|point))?|AI|AP)[ \t]{0,3}[-#]?[ \t]{0,3}"
    r"\d{1,4}(?:[-./]\d{1,4}){0,3}[a-z]?(?=[ \t]*[-\u2013\u2014:(\[]|[ \t]+[A-Z])",
    re.IGNORECASE,
)


def add_contact(
    ctx: Context,
    contacts: list[ContactPoint],
    seen: set[str],
    block: Block,
    line: str,
    heading_organization: Entity | None,
    taken: set[str] | None = None,
) -> None:
    """The contact of one line, added unless the same line was read already (`seen`) or, for a late
    line, its person is `taken`; a line that is a numbered action ("Action 87/5 - Bo Ek - review X -
    30/06/2027") names its owner, no contact."""
    if NUMBERED_ACTION_LINE.match(line):
        return
    parsed = parse_contact(ctx, line)
    if parsed is None:
        return
    person, role, email, labelled = parsed
    if taken is not None and (person is None or person in taken):
        give_body(contacts, person, labelled)  # (a late rule that knows the body of one read without it)
        return
    if person is not None and is_site_link(person):
        return  # a page's footer or share bar read as a name: "Privacy Policy", "Facebook X LinkedIn Email"
    # the same person and address read twice, once with their body among the role's parts ("HMC,
    # Liaison officer" and "Liaison officer"): one contact; two roles of one person stay two
    role_key = ", ".join(p for p in (role or "").split(", ") if not (person and is_party_name(ctx, p)))
    key = (person if email is None else f"{person}|{email}|{role_key}") or ""
    if key.lower() in seen:  # the same line read twice, not the same person in two roles
        give_body(contacts, person, labelled or heading_organization)
        return
    seen.add(key.lower())
    if person is not None:
        # one row or line names a person once, however many rules read it (a contacts table's row is
        # read by its columns and as a line: "Liaison officer" was a second role of the same contact)
        if f"{person}@{block.start}".lower() in seen:
            give_body(contacts, person, labelled or heading_organization)
            give_address(contacts, person, email)
            return
        seen.add(f"{person}@{block.start}".lower())
    # (the affiliation read only where it may decide: parse_contact and this run for every list line)
    own_first = labelled is not None and role_labelled(line)
    # a role towards another body ("liaison representative to the OBC") does not name the person's own
    own_role = "" if role is None or COUNTERPART_ROLE.search(role) else role
    organization = (
        bracketed_body(ctx, line, person)
        or ((affiliation(ctx, role) or labelled) if own_first else labelled)
        or heading_organization
        or affiliation(ctx, role)
        or organization_named(ctx, own_role)
        or party_named(ctx, own_role)
        # (an address naming a party says more than the side of the statement a field is on: a mail's
        # "From: Ana Example <ana@hmc.example>")
        or (ctx.resolver.organization_for_email(email) if email else None)
        or (party_of_domain(ctx, email) if email else None)
        or guessed_party(ctx, line, block, role, person)
        # a statement's own text naming its contact with no body ("The primary contact for the liaison is A"):
        # the sender's
        or (ctx.senders[0] if ctx.kind == "LiaisonStatement" and ctx.senders else None)
    )
    contacts.append(
        ContactPoint(len(contacts) + 1, organization, email, block_spans(block), role=role, person=person)
    )


def guessed_party(
    ctx: Context, line: str, block, role: str | None, person: str | None = None
) -> Entity | None:
    """The party a contact naming no body of their own is taken to be of: the statement's sender, the first
    party of the block (of the person's own sentence in it), the party heading its part, a page's title
    party."""
    return (
        sender_party(ctx, line)
        or first_party(ctx, block, person)
        or heading_party(ctx, block)
        or (title_party(ctx) if role and ctx.kind == "AlliancePage" else None)
    )


def bracketed_body(ctx: Context, line: str, person: str | None) -> Entity | None:
    """The organization a bracket right after the person's name is, whole ("Margit Example (OGF)" under a
    heading or label naming the partner, "SNIA: A (OGF)"): where the person works, said of them alone."""
    if person is None or "(" not in line:
        return None
    at = line.find(person)
    bracket = BRACKET_AFTER.match(line, at + len(person)) if at >= 0 else None
    if bracket is None:
        return None
    inner = bracket.group("inner").strip()
    mentions = ctx.resolver.mentions(inner)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(inner):
        return None
    return mentions[0].entity if mentions[0].entity.kind == "organization" else None


def own_sentence(text: str, person: str | None) -> tuple[int, int]:
    """The bounds of the sentence of `text` that names `person` (the whole text when it names them in no
    sentence of several, or once more than once)."""
    if not person:
        return 0, len(text)
    at = text.find(person)
    if at < 0 or text.find(person, at + 1) >= 0:
        return 0, len(text)
    ends = [m.end() for m in SENTENCE_BREAK.finditer(text)]
    low = max((e for e in ends if e <= at), default=0)
    high = min((e for e in ends if e > at), default=len(text))
    return low, high


SENTENCE_BREAK = re.compile(r"(?<=[a-z)\]])\.\s+(?=[A-Z])")


BRACKET_AFTER = re.compile(r"[ \t]*\((?P<inner>[^()@\n]{2,60})\)")


# A role's words that point at another body than the person's own ("liaison to OBC", "OBC counterpart",
# "Chair of X"): such a part names the partner
ELSEWHERE = re.compile(
    r"\b(?:to|with|towards|for|from|of|liaisons?|counterparts?|contacts?|representatives?|delegates?)\b",
    re.IGNORECASE,
)
# A label that is a role ("OBC liaison:", "Liaison to HMC:", "Contact for OBC matters:"), not a body alone
ROLE_LABEL_WORDS = re.compile(r"\b(?:liaisons?|counterparts?|contacts?|representatives?|officers?)\b", re.I)


def affiliation(ctx: Context, role: str | None) -> Entity | None:
    """The body a contact's role gives as their own: its first part that opens with an organization's name
    and names no other body's role ("Harbour Metrology Council Tide Gauge Working Group", "HMC"; not "liaison
    to OBC", "OBC liaison", "Software WG chair"): written after the name, it is where the person works."""
    for part in (role or "").split(", "):
        part = part.strip(" \u2013\u2014-")
        if len(part.split()) > 8 or ELSEWHERE.search(part) is not None:
            continue
        # the part opens with a body's own name (not a unit's, "Software WG chair", which may be anyone's)
        first = next(iter(ctx.resolver.mentions(part)), None)
        if first is not None and first.start == 0 and first.entity.kind == "organization":
            return first.entity
        named = party_by_word(ctx, part)
        if named is not None:
            return named
    return employer(ctx, role)


# A word that may stand inside a company's name among capitalised ones ("AT&T Labs", "Deutsche Telekom
# AG", "Instituto de Telecomunicaciones")
COMPANY_JOINERS = frozenset({"&", "and", "of", "de", "der", "for", "du", "di", "la"})


def employer(ctx: Context, role: str | None) -> Entity | None:
    """The company a contact's card names after the person, which the reference data does not know: a part
    of capitalised words, a company's word among them ("KT Corporation", "Hanbit Telecom Research",
    "Telecom Italia"), no role's word ("Research Director"): an ITU-T statement's "Contact: Name, Company,
    Country", a card's line under the name. It becomes a new organization, flagged for review as every
    discovered one is; a part naming no company stays a role."""
    for part in (role or "").split(", "):
        words = part.strip(" \u2013\u2014-").split()
        if not 1 <= len(words) <= 6 or not any(w.lower().strip(".,") in COMPANY_WORDS for w in words):
            continue
        if any(w.lower().strip(".,") in ROLE_WORDS or w.lower() in TITLE_WORDS for w in words):
            continue
        if all(w[0].isupper() or w.lower() in COMPANY_JOINERS for w in words) and words[0][0].isupper():
            return ctx.resolver.new_organization(" ".join(words))
    return None


def role_labelled(line: str) -> bool:
    """Whether a contact's line opens with a role's label ("OBC liaison: Ana Example, HMC"): the body it
    names is the partner the role is towards, the affiliation after the name the person's own."""
    match = label_match(line) or ROLE_LABEL.match(line)
    return match is not None and ROLE_LABEL_WORDS.search(match.group("label")) is not None


def give_body(contacts: list[ContactPoint], person: str | None, labelled: Entity | None) -> None:
    """A line read again by a rule that knows the body ("For NVM Express, the coordinator remains A", read
    first as a contacts section's line with no body): the body its label names goes to that person's
    contact, when it has none."""
    if person is None or labelled is None:
        return
    for index in range(len(contacts) - 1, -1, -1):
        if contacts[index].person == person:
            if contacts[index].organization is None:
                contacts[index] = replace(contacts[index], organization=labelled)
            return


def give_address(contacts: list[ContactPoint], person: str, email: str | None) -> None:
    """A card read again whole ("Name: A" read first alone, then with the card's "E-mail:" line): the
    address goes to that person's contact, when it has none."""
    if email is None:
        return
    for index in range(len(contacts) - 1, -1, -1):
        if contacts[index].person == person:
            if contacts[index].email is None:
                contacts[index] = replace(contacts[index], email=email)
            return


# The words of a web page's own links (footer, share bar, help menu), never a person's name
SITE_LINK_WORDS = frozenset(
    {"privacy", "policy", "cookie", "cookies", "terms", "use", "of", "legal", "notice", "imprint"}
    | {"impressum"}
    | {"sitemap", "accessibility", "disclaimer", "copyright", "careers", "press", "contact", "us", "about"}
    | {"facebook", "linkedin", "twitter", "x", "youtube", "instagram", "mastodon", "email", "e-mail", "share"}
    | {"newsletter", "subscribe", "help", "center", "centre", "login", "sign", "in", "and", "&"}
)


def is_site_link(person: str) -> bool:
    """Whether a "name" is only the words of a page's links ("Privacy Policy", "Legal notice")."""
    words = person.lower().replace("|", " ").split()
    return bool(words) and all(word in SITE_LINK_WORDS for word in words)


def named_elsewhere(contacts: list[ContactPoint], late: list[Block]) -> bool:
    """Whether the lines read before a letter's signatures and copy lines named a person outside them (a
    letter whose text names its contacts, "The primary contact is ...", keeps those; its signer, the
    body's chief executive, is none). A person read from the signature's own lines does not count."""
    ranges = [(block.start, block.end) for block in late]
    return any(
        c.person and not any(low <= c.spans[0][0] < high for low, high in ranges) for c in contacts if c.spans
    )


def text_lines(text: str, start: int, count: int) -> list[tuple[str, int]]:
    """Up to `count` lines of `text` from `start`, each with its offset: found line by line, never by
    splitting the rest of the text (once per closing, that was quadratic: 180 KB of closings, 35 s)."""
    lines: list[tuple[str, int]] = []
    while len(lines) < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append((text[start:end], start))
        start = end + 1
    return lines


def signature_groups(text: str, start: int) -> list[list[tuple[str, int]]]:
    """The groups of lines after a closing, blank lines parting them (or a person's name alone after a line
    holding an address); a group ends the signatures when it does not open with a person's name (the
    letter's annex, a footer)."""
    groups: list[list[tuple[str, int]]] = [[]]
    for line, offset in text_lines(text, start, SIGNATURE_LINES):
        if CC_LINE.match(line):
            break
        if line.strip():
            if (
                groups[-1]
                and EMAIL.search(groups[-1][-1][0])
                and looks_like_person(bare(line.strip()), False)
            ):
                groups.append(
                    []
                )  # signatures stacked with no blank line (a Word letter): a name after a mail
            groups[-1].append((line.strip(), offset + len(line) - len(line.lstrip())))
        elif groups[-1]:
            groups.append([])
    found = []
    for group in (g for g in groups if g):
        if signer_parts(group[0][0]) is None:
            break
        found.append(group)
    return found


def signer_parts(line: str) -> list[str] | None:
    """A signature's first line as its parts, the signer's name first: the line is the name, or the name
    and what the next lines would say run into it ("Ana Example / Chair, X Working Group / Body", "Ana
    Example | Chair | Body", "Ana Example, Chair, X"); None when it opens with no person's name."""
    if looks_like_person(bare(line), False):
        return [line]
    parts = [part.strip() for part in SEPARATORS.split(unslashed(line)) if part.strip()]
    if len(parts) > 1 and looks_like_person(bare(parts[0]), False):
        return parts
    run_on = run_on_signer(bare(parts[0])) if parts else None
    return [*run_on, *parts[1:]] if run_on is not None else None


# A signature's own words of a title that may open it after the name ("Committee Manager", "Secretary
# General"), beside the titles' first words a card's run-on line is cut at (TITLE_OPENERS)
SIGNATURE_TITLE_OPENERS = TITLE_OPENERS | {"committee", "secretariat", "general", "standards"}


def run_on_signer(part: str) -> list[str] | None:
    """A signature's name and title a reader ran into one line ("Ana Lind Committee Manager", a Markdown
    paragraph of the signature's two lines): [name, title] when two to four name words open it and a
    title's first word follows; cheap, a few words looked at once per closing."""
    words = part.split()
    for size in (4, 3, 2):
        if len(words) > size and words[size].strip(",.").lower() in SIGNATURE_TITLE_OPENERS:
            name = " ".join(words[:size])
            if looks_like_person(name, False):
                return [name, " ".join(words[size:])]
    return None


def signature_body(ctx: Context, lines: list[tuple[str, int]]) -> str | None:
    """The body a signature names: the line that is a party's name ("Open Buoy Consortium (OBC)"), else
    the organization a line names (a unit's owner: "Chair, Tide Gauge Working Group"), by its label."""
    plain = [without_brackets(line).strip(" ,") for line, _ in lines if EMAIL.search(line) is None]
    party = next((line for line in plain if party_named(ctx, line) is not None), None)
    if party is not None:
        return party
    named = next((o for o in (organization_named(ctx, line) for line in plain) if o is not None), None)
    return named.label if named is not None else None


def closing_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each signature under a letter's closing as one contact line "Body: Name, Title, mail": the line
    that names an organization is the body, a line with an address the mail, the others the title."""
    text = ctx.document.text
    lines = []
    for closing in prefilter.finditer(CLOSING, text):
        for group in signature_groups(text, closing.end() + 1):
            name, *first_rest = signer_parts(group[0][0]) or [group[0][0]]
            after = [(part, group[0][1]) for part in first_rest] + group[1:]
            body = signature_body(ctx, after)
            rest = [line for line, _ in after if without_brackets(line).strip(" ,") != body]
            start, end = group[0][1], group[-1][1] + len(group[-1][0])
            block = Block("paragraph", text[start:end], ((0, start, end),))
            line = ", ".join([name, *rest])
            lines.append((block, f"{body}: {line}" if body else line))
    return lines


def cc_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Each person of a letter's copy line given with an address ("cc: Tomasz Wierzbicki (OBC)
    <t.w@obc.example>"): a contact of the body in their brackets, else of the one their mail's domain
    names."""
    lines = []
    for match in prefilter.finditer(CC_LINE, ctx.document.text):
        people = match.group("people")
        for part in re.split(r";|,(?=\s*[A-Z][\w'-]+\s+[A-Z][\w'-]+\s*(?:<|\(|$|,))", people):
            name = part.strip()
            if not name or EMAIL.search(name) is None:
                continue  # a copy to a name alone is the letter's distribution, no contact point
            offset = match.start("people") + people.index(name)
            block = Block("paragraph", name, ((0, offset, offset + len(name)),))
            body = re.match(r"^(?P<name>[^(<,]+?)\s*\((?P<body>[^()]{2,60})\)", name)
            named = organization_named(ctx, body.group("body")) if body is not None else None
            lines.append((block, f"{body.group('body')}: {body.group('name')}" if named and body else name))
    return lines


# A column of contacts: "W3C contact", "Liaison contact", and the other names a table gives the person
# who stands for a body ("Liaison manager", "Liaison officer", "Representative")
CONTACT_COLUMN = re.compile(
    r"\bcontacts?\b|\bliaison\s+(?:managers?|officers?|representatives?)\b|\brepresentatives?\b"
    r"|\bfocal\s+points?\b"  # "Participant | Focal point | Function": an intergovernmental body's word
    r"|^\W*(?:liaisons?|coordinators?)\W*$"  # "Side | Liaison | Reach them at"
    # a table's "Party | Delegate", and the contact's word in the corpus's other languages ("Organisation
    # | Ansprechpartner", "Organisme | Interlocuteur", "Organización | Persona de contacto", "Referente")
    rf"|^\W*(?:delegates?{CONTACT_WORDS_ELSEWHERE})\W*$",
    re.IGNORECASE,
)
# A list of who attended (a heading "Attendees", a column "Present"): no contacts
ATTENDANCE = re.compile(
    r"^\W*(?:attendees?|attendance|participants|present|members\s+present|roll\s+call|regrets|apologies)\b",
    re.IGNORECASE,
)
# The column of a table of people that names each: "Name", "Full name", and "Name" in the corpus's other
# languages ("Nom", "Nombre", "Nome", "Naam")
NAME_COLUMN = re.compile(r"^\W*(?:(?:full\s+)?name|person|nom|nombre|nome|naam)\W*$", re.IGNORECASE)
# The column naming each person by the office they hold: a repository's "Maintainer | GitHub ID |
# Affiliation", a committee's "Chair | Organization", "Editor(s) | Affiliation": the people the body names
# for the work; not in minutes or a liaison statement, whose chair presided or sent (OFFICERS_NOT_CONTACTS)
OFFICE_COLUMN = re.compile(
    r"^\W*(?:co-?|vice[- ]?)?(?:maintainer|chair|officer|editor|convenou?r|convener|rapporteur)"
    r"(?:s|\(s\))?\W*$",
    re.IGNORECASE,
)


def is_name_column(ctx: Context, title: str) -> bool:
    """Whether a column's title says its cells are people, each named (NAME_COLUMN, OFFICE_COLUMN)."""
    return NAME_COLUMN.match(title) is not None or (
        ctx.kind not in OFFICERS_NOT_CONTACTS and OFFICE_COLUMN.match(title) is not None
    )


# A ballot's column of votes: the table lists who voted, not whom to contact
VOTE_COLUMN = re.compile(
    r"^\W*(?:votes?|ballot|vote\s+cast|yes\s*/\s*no(?:\s*/\s*abstain)?)\W*$", re.IGNORECASE
)


def table_contact_lines(ctx: Context) -> list[tuple[Block, str, Entity | None]]:
    """Contacts in tables: the cells of a "... contact" column ("W3C contact: Sylvie Moreau"), and
    the "Name" column of a table of roles ("Aurélie Castañeda, GSMA Head of Delegation"); never
    a table of signatures (an approval section): signatories are no contacts. Each line with the body of
    its row when the row's body cell names one nobody knew (unknown_row_body)."""
    lines: list[tuple[Block, str, Entity | None]] = []
    for section in ctx.layout.sections:
        if section.kind == "approval":
            continue
        header: list[str] | None = None
        attendance = section.heading is not None and ATTENDANCE.search(section.heading.text) is not None
        voting = False  # in a ballot's table, up to its end
        for block in section.blocks:
            if block.kind != "row":
                header = None if block.kind == "heading" else header
                voting = False
                attendance = (
                    ATTENDANCE.search(block.text) is not None if block.kind == "heading" else attendance
                )
                continue
            cells = aligned_cells(block)
            if attendance or (header is None and any(ATTENDANCE.search(c) for c in cells)):
                # who attended a meeting: attendees are no contacts, but one whose cell names a liaison
                # office they hold ("Ana Example | IETF/IEEE-SA liaison | ...")
                lines += [(block, line, None) for line in attendee_liaison_lines(ctx, cells)]
                continue
            if voting or (header is None and any(VOTE_COLUMN.match(c) for c in cells)):
                voting = True  # who voted on a ballot ("Name | Company | Vote | Date"): no contacts
                continue
            if header is None:
                titles = not any(looks_like_person(c, False) for c in cells)  # "From Contact | Ann Example"
                header = (
                    cells
                    if titles and any(CONTACT_COLUMN.search(c) or is_name_column(ctx, c) for c in cells)
                    else None
                )
                continue
            lines += [(block, line, body) for line, body in row_contact_lines(ctx, header, cells)]
    return lines


# A cell naming a liaison office ("IETF/IEEE-SA liaison", "Liaison officer to OGF"), not a liaison's business
LIAISON_OFFICE_CELL = re.compile(
    r"^[^\n]{0,60}?\bliaison(?:\s+(?:officer|contact|representative|coordinator|manager|lead|delegate)s?)?"
    r"(?:\s+(?:to|for|with)\s+[^\n]{1,40})?\W*$",
    re.IGNORECASE,
)


def attendee_liaison_lines(ctx: Context, cells: list[str]) -> list[str]:
    """An attendance table's row whose cell names a liaison office: the person of the row (the first cell
    that is a person's name) with that office and the row's address, as "<name>, <office>[, <address>]"."""
    office = next((c.strip() for c in cells if LIAISON_OFFICE_CELL.match(c.strip())), None)
    person = next((c.strip() for c in cells if looks_like_person(bare(c.strip()), False)), None)
    if office is None or person is None:
        return []
    address = next((m.group() for c in cells if (m := EMAIL.search(c)) is not None), None)
    line = ", ".join([person, office, *([address] if address else [])])
    owner = office_owner(ctx, office)
    return [f"{owner}: {line}" if owner is not None else line]


def party_columns(ctx: Context, block: Block) -> dict[int, str]:
    """The columns of a table whose titles name a body each ("Role | ETSI | O-RAN", or "HMC | OBC" with
    no column of roles): a table of contacts with a column per party; none when fewer than two do, or
    the first column is a body and another is not."""
    cells = [c.text for c in block.cells]
    every = {i: cell for i, cell in enumerate(cells) if is_body_name(ctx, cell)}
    if len(cells) >= 2 and len(every) == len(cells) and block.cells[0].column == 0:
        return every  # "| HMC | OBC |": no column of roles (a blank one is a signature table's), each a card
    if len(cells) < 3 or organization_named(ctx, cells[0]) is not None:
        return {}
    named = {i: cell for i, cell in enumerate(cells) if i and names_body(ctx, cell)}
    return named if len(named) >= 2 and len(named) == len(cells) - 1 else {}


def is_body_name(ctx: Context, cell: str) -> bool:
    """A cell that is a body's name and nothing else ("HMC", "Open Buoy Consortium (OBC)"), not a role
    or a card that names one ("SNIA Technical Liaison to the OFA (ofaliaison@...)")."""
    bare_cell = without_brackets(cell).strip(" :")
    return 0 < len(bare_cell.split()) <= 5 and "@" not in cell and names_body(ctx, bare_cell)


def names_body(ctx: Context, text: str) -> bool:
    return organization_named(ctx, text) is not None or party_by_word(ctx, text) is not None


def party_column_lines(ctx: Context) -> list[tuple[Block, str]]:
    """Contacts of a table with a column per party: each cell that names a person, with its column's
    body ("| Technical contact | Dr. Ann Example | Bo Example |")."""
    lines: list[tuple[Block, str]] = []
    for section in ctx.layout.sections:
        columns: dict[int, str] = {}
        for block in section.blocks:
            if block.kind != "row":
                columns = {}
                continue
            if not columns:
                columns = party_columns(ctx, block)
                continue
            for index, body in columns.items():
                cell = block.cells[index].text if index < len(block.cells) else ""
                if looks_like_person(bare(cell), False) or card_cell(ctx, cell):
                    lines.append((block, f"{body}: {cell}"))
    return lines


def card_cell(ctx: Context, cell: str) -> bool:
    """A cell holding a person's card, its lines run together ("Ana Example, co-chair, ana@x.example": a
    page's "<td>Name, role<br>address</td>"): its first part is the person."""
    first = SEPARATORS.split(cell, maxsplit=1)[0]
    named = bool(ctx.resolver.mentions(first))
    return "," in cell and looks_like_person(bare(HONORIFIC.sub("", first)), named)


def row_contact_lines(ctx: Context, header: list[str], cells: list[str]) -> list[tuple[str, Entity | None]]:
    """A row's contacts: each cell of a contact column, of the body its title names ("OBC contact"),
    else of the body the row is about ("| HMC | Marit Solberg |" under "Organization | Liaison
    manager"); the person of a "Name" column with the row's other cells."""
    lines: list[tuple[str, Entity | None]] = []
    for index, (title, cell) in enumerate(zip(header, cells, strict=False)):
        if not cell:
            continue
        if CONTACT_COLUMN.search(title) and OUR_COLUMN.match(title) and (writer := page_writer(ctx)):
            # "Our contact": the page's own body's, whatever body the row is about
            lines += [(f"{writer.label}: {person}", None) for person in cell_people(cell)]
        elif CONTACT_COLUMN.search(title):
            row_body = None if names_body(ctx, title) else row_party(ctx, cells, index)
            row_body = without_brackets(row_body).strip() if row_body else None  # "Broadband Forum (BBF)"
            # (a row's body the line's label will not name: "Access Board (US)" read as a unit, no body)
            named = row_body is not None and names_body(ctx, row_body) and not writer_unit(ctx, row_body)
            unknown = not named and not names_body(ctx, title)
            new_body = unknown_row_body(ctx, header, cells, index) if unknown else None
            lines += [
                (f"{row_body}: {person}" if row_body else f"{title}: {person}", new_body)
                for person in cell_people(cell)
            ]
        elif is_name_column(ctx, title):
            others = [c for i, c in enumerate(cells) if i != index and c]
            lines.append((", ".join([cell, *others]), None))
    return lines


# The column of a liaisons table naming the body each row is about ("Organization", "Partner", "External
# organization", "SDO", "Body")
BODY_COLUMN = re.compile(
    r"^\W*(?:(?:partner|external|liaison|member)\s+)?(?:organi[sz]ations?|bod(?:y|ies)|partners?|sdos?"
    r"|standards?\s+bod(?:y|ies)|consorti(?:a|um))\W*$",  # (not "Members": a column of people as often)
    re.IGNORECASE,
)
BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&-]{1,11})\s*\)\s*$")


def writer_unit(ctx: Context, name: str) -> bool:
    """Whether a row's body cell is read as a unit of the page's writer ("Access Board" as "W3C Access Board",
    a unit discovered from the writer's page): a row of a liaisons table is about another body."""
    writer = page_writer(ctx)
    first = next(iter(ctx.resolver.mentions(name)), None)
    return (
        writer is not None
        and first is not None
        and first.entity.kind == "unit"
        and first.entity.unit_of == writer.iri
    )


def unknown_row_body(ctx: Context, header: list[str], cells: list[str], column: int) -> Entity | None:
    """The body of a row whose body cell (BODY_COLUMN) names one nobody knew ("Access Board (US)", "Coastal
    Sensor Guild (CSG)"): a new organization, so that the row's liaison contact is of it, not of the page's
    writer (the fallback of a contact line naming no body)."""
    for index, (title, cell) in enumerate(zip(header, cells, strict=False)):
        if index == column or not cell or BODY_COLUMN.match(title) is None:
            continue
        name = without_brackets(cell).strip(" .;,:")
        if not 1 <= len(name.split()) <= 8 or "@" in cell or any(c.isdigit() for c in name):
            return None
        bracketed = BRACKETED_ACRONYM.search(cell)
        acronym = bracketed.group(1) if bracketed is not None and bracketed.group(1).isupper() else None
        return ctx.resolver.new_organization(name, acronym)
    return None


# A contact column titled for the page's own side ("Our contact", "Our liaison", "Contact at our side")
OUR_COLUMN = re.compile(r"^\W*our\b", re.IGNORECASE)


def page_writer(ctx: Context) -> Entity | None:
    """The body whose page it is: the one party its title names, else the first party (the writer a page's
    banner or title gives comes first, kg.extract.alliance.with_writer)."""
    return title_party(ctx) or (ctx.parties[0] if ctx.parties else None)


def aligned_cells(block: Block) -> list[str]:
    """A row's cells' texts, each in its own column: an empty cell the reader left out (an HTML page's
    blank "MOU" cell) stays an empty one, so that the cells after it keep their column's title."""
    if not block.cells or any(c.column is None for c in block.cells):
        return [c.text for c in block.cells]
    cells = [""] * (max(c.column or 0 for c in block.cells) + 1)
    for cell in block.cells:
        cells[cell.column or 0] = cell.text
    return cells


# A contact column's cell that names the person by the subject they answer for ("SVG: Ana Lind", "Timed
# Text: Bo Example"), one such part a line of the cell
SUBJECT_LABEL = re.compile(r"^(?P<subject>[A-Z][^:;,()]{0,40}?)\s*:\s*(?P<rest>\S.*)$")


def cell_people(cell: str) -> list[str]:
    """The people of one cell of a contact column: several when semicolons part them ("A; B (liaison
    shepherd, IAB)"), each with its own bracketed role, or commas part people alone, each perhaps led by
    the subject they answer for ("Web and TV: Ana Lind, Timed Text: Bo Example", the lines of a page's
    cell); the cell whole otherwise."""
    for separator in (";", ","):
        parts = [unled(part.strip()) for part in cell.split(separator) if part.strip()]
        people = [p for p in parts if looks_like_person(bare(without_brackets(p).strip()), False)]
        if len(parts) > 1 and len(people) == len(parts):
            return parts
        if separator == "," and len(people) >= 2 and all(not names_role(p) for p in parts if p not in people):
            return people  # "3GPP liaison alias, Paolo Usai, SVG: Tolga Capin": the people, not the alias
    return [unled(cell)]


def names_role(part: str) -> bool:
    """Whether a cell's part is a role's or a title's words alone ("Chair", "Liaison Officer", "Vice-Chair"),
    which go with the person before them (not "OBC liaison alias", a mailbox's name)."""
    words = part.replace("-", " ").split()
    return bool(words) and all(
        w.lower().strip(".") in ROLE_WORDS or w.lower() in TITLE_WORDS or w.lower() in ("of", "the", "and")
        for w in words
    )


def unled(part: str) -> str:
    """A cell's part without the subject that leads it ("SVG: Ana Lind" is Ana Lind, for SVG), when what
    follows is a person."""
    match = SUBJECT_LABEL.match(part)
    if match is None or not looks_like_person(bare(without_brackets(match.group("rest")).strip()), False):
        return part
    return f"{match.group('rest')} ({match.group('subject')})"


def row_party(ctx: Context, cells: list[str], column: int) -> str | None:
    """The body a table row is about: its first other cell that is a body's name alone."""
    for index, cell in enumerate(cells):
        if index != column and cell and names_body(ctx, cell) and len(cell.split()) <= 6:  # ("O-RAN")
            return cell
    return None


# A letter's or mail's writer saying whose liaison he is ("As liaison officer from the Khronos Group to SC 24,
# I am writing", "As the OGC's liaison representative to TC 211, I would like to"): the writer, named over the
# text (a mail archive's author line) or under its closing, is that body's contact
WRITER_OFFICE = re.compile(
    r"\b[Aa]s\s+(?:the\s+|an?\s+|your\s+)?(?:(?:appointed|designated|official|current|new)\s+)?"
    r"(?:(?P<owner>[^,;\n]{2,60}?)['\u2019]s\s+)?"
    r"(?:liaison(?:\s+(?:officer|representative|manager|delegate|rapporteur|person))?|representative|delegate)"
    r"(?:\s+(?:from|of|for)\s+(?:the\s+)?(?P<body>[^,;\n]{2,80}?))?"
    r"(?:\s+(?:to|with|in|at)\s+(?:the\s+)?[^,;\n]{1,80}?)?\s*,\s+I\b"
)
WRITER_HEAD_LINES = 8
# What may stand around an author's name on a line of its own: "*Posted by Ana Example*", "From: Ana Example"
AUTHOR_LEAD = re.compile(
    r"^[\W_]*(?:(?:(?:posted|written|sent)\s+)?by|from|author)\b\s*:?\s*|^[\W_]+", re.IGNORECASE
)
AUTHOR_END = re.compile(r"[\W_]+$")


def writer_office_lines(ctx: Context) -> list[tuple[Block, str]]:
    """The writer of a letter that says whose liaison he is (WRITER_OFFICE) as that body's contact line
    ("Body: Name"): the signer under the closing when the signature gives a full name, else the line of
    the text's head that is a person's name alone (a mail's author), the one the signer's first name opens
    when there is a signature."""
    text = ctx.document.text
    office = prefilter.search(WRITER_OFFICE, text)
    if office is None:
        return []
    said = office.group("body") or office.group("owner")
    body = organization_named(ctx, said) if said else None
    if body is None:
        return []
    signer = None
    for closing in prefilter.finditer(CLOSING, text):
        groups = signature_groups(text, closing.end() + 1)
        if groups:
            signer = (signer_parts(groups[0][0][0]) or [groups[0][0][0]])[0]
    head = [
        (AUTHOR_END.sub("", AUTHOR_LEAD.sub("", line.strip())), offset)
        for line, offset in text_lines(text, 0, WRITER_HEAD_LINES)
    ]
    named = [
        (line, offset)
        for line, offset in head
        if looks_like_person(HONORIFIC.sub("", line), False) and offset < office.start()
    ]
    if signer is not None and len(signer.split()) == 1:
        named = [(line, offset) for line, offset in named if line.split()[0] == signer]
    if named:
        name, start = named[0]
    elif signer is not None and len(signer.split()) >= 2:
        # (the office's sentence as the place: the signatures' own reading, which guesses the body, keeps
        # to the lines under the closing)
        name, start = signer, office.start()
    else:
        return []
    found = text.find(name.split()[0], start, start + len(name) + 40)
    start = found if found >= 0 else start
    block = Block("paragraph", name, ((0, start, start + len(name)),))
    return [(block, f"{said}: {name}")]


def extract_contacts(ctx: Context) -> list[ContactPoint]:
    contacts: list[ContactPoint] = []
    seen: set[str] = set()  # the same line read twice (a table and its text), not the same person
    cards = [(card.start(), card.end()) for card in prefilter.finditer(VCARD, ctx.document.text)]
    candidates = [
        (block, organization)
        for block, organization in [
            *contact_blocks(ctx),
            *((b, None) for b in [*labelled_contact_blocks(ctx), *role_heading_blocks(ctx)]),
        ]
        if not any(start <= block.start < end for start, end in cards)  # a card's lines: vcard_lines reads it
    ]
    lines = [
        (block, line, organization) for block, organization in candidates for line in split_people(block.text)
    ]
    # a header's contact fields written without a colon first: the layout reads their lines as headings
    lines = [(block, line, None) for block, line in bare_header_lines(ctx)] + lines
    lines += table_contact_lines(ctx)
    lines += [(block, line, None) for block, line in (*party_column_lines(ctx), *side_lines(ctx))]
    lines += for_body_comma_lines(ctx)  # (with the party apart, in the place the other rules expect)
    lines += [
        (block, line, None)
        for block, line in (
            *party_address_lines(ctx),
            *inline_contact_lines(ctx),
            *party_item_lines(ctx),
            *replacement_lines(ctx),
            *named_contact_lines(ctx),
            *role_sentence_lines(ctx),
            *role_holder_lines(ctx),
            *prose_office_lines(ctx),
            *vcard_lines(ctx),
            *office_address_lines(ctx),
            *writer_office_lines(ctx),
        )
    ]
    # an officer's card first: its office names the body, which the other rules would guess ("REPLY TO:")
    lines = officer_card_lines(ctx) + lines + holder_sentence_lines(ctx)
    # a liaison report's presenter under its body in minutes: the body the section gives, before any rule
    # that would read the bare name as one of the meeting's parties
    lines = [(block, line, None) for block, line in liaison_report_lines(ctx)] + lines
    lines = [(block, line, None) for block, line in designated_lines(ctx)] + lines
    signing = signature_ranges(ctx)
    replaced, _ = amended_texts(ctx)  # an amendment's replaced text: its contacts no longer are
    for block, line, heading_organization in lines:
        if in_ranges(block.start, replaced):
            continue
        if not in_ranges(block.start, signing) and not ctx.in_references(block.start):
            add_contact(ctx, contacts, seen, block, line, heading_organization)
    # a person with a liaison office in a list or sentence no other rule read (minutes' attendees)
    taken = {c.person for c in contacts if c.person}
    for block, line in [*direction_label_lines(ctx), *apposed_liaison_lines(ctx)]:
        if in_ranges(block.start, replaced):
            continue
        if not in_ranges(block.start, signing) and not ctx.in_references(block.start):
            add_contact(ctx, contacts, seen, block, line, None, taken)
            taken |= {c.person for c in contacts if c.person}
    late = [*closing_lines(ctx), *cc_lines(ctx)]
    if late and not named_elsewhere(contacts, [b for b, _ in late]):
        # a signer is the letter's contact when the letter names none (not its chief executive under a
        # text that names the contacts); what other rules made of the signatures' own lines (a "Liaison
        # Officer" line read as a heading over the next signer) is read again from the signatures
        contacts = outside(contacts, [b for b, _ in late])
        taken = {c.person for c in contacts if c.person}
        for block, line in late:
            add_contact(ctx, contacts, set(), block, line, None, taken)
    elif late:
        contacts = completed_by_late(ctx, contacts, late)
    return without_bare_repeats(contacts)


def without_bare_repeats(contacts: list[ContactPoint]) -> list[ContactPoint]:
    """The contacts, a person read once by their name alone (a "From Contact" field, a sentence) and again
    with an address or a role counted once: the fuller reading, with the body of the bare one if it has
    none. Two readings with roles stay two (one person in two roles); a reading with a role only and one
    with an address only (a header's "Cc: Ms A, X liaison to Y" and a sentence's "A, a@x") are one."""
    contacts = with_addresses_joined(contacts)
    bare_ones = {c.person: c for c in contacts if c.person and c.email is None and c.role is None}
    if not bare_ones:
        return contacts
    fuller = {
        c.person for c in contacts if c.person in bare_ones and (c.email is not None or c.role is not None)
    }
    kept: list[ContactPoint] = []
    for contact in contacts:
        if contact.person in fuller and contact.email is None and contact.role is None:
            continue
        if contact.person in fuller and contact.organization is None:
            contact = replace(contact, organization=bare_ones[contact.person].organization)
        kept.append(replace(contact, ordinal=len(kept) + 1))
    return kept


def with_addresses_joined(contacts: list[ContactPoint]) -> list[ContactPoint]:
    """A person read once with a role and no address and once with an address and no role, of one body
    (or the address's reading of none): one contact, the role's reading with the address."""
    addressed: dict[str, ContactPoint] = {}
    for c in contacts:
        if c.person and c.email is not None and c.role is None:
            addressed.setdefault(c.person, c)
    if not addressed:
        return contacts
    joined: dict[str, ContactPoint] = {}
    for c in contacts:
        other = addressed.get(c.person or "")
        if (
            other is not None
            and c.email is None
            and c.role is not None
            and c.person not in joined
            and (other.organization is None or c.organization == other.organization)
        ):
            joined[c.person or ""] = c
    if not joined:
        return contacts
    kept: list[ContactPoint] = []
    for c in contacts:
        if c.person in joined and c is addressed[c.person or ""]:
            continue
        if c.person in joined and c is joined[c.person or ""]:
            c = replace(c, email=addressed[c.person or ""].email)
        kept.append(replace(c, ordinal=len(kept) + 1))
    return kept


# A signer's title that makes them the letter's contact ("Liaison Manager", "Liaison Officer to X")
LIAISON_ROLE = re.compile(r"\b(?:liaisons?|contacts?|coordinators?|representatives?)\b", re.IGNORECASE)


def completed_by_late(
    ctx: Context, contacts: list[ContactPoint], late: list[tuple[Block, str]]
) -> list[ContactPoint]:
    """The contacts of a letter whose text names them, with what its signatures and copy line add: a signer
    in a liaison role ("Liaison Manager") is one more contact (its chief executive stays none), and a person
    the text named without a body, given again with an address ("Cc: A <a@hmc.example>"), takes the body
    the address names."""
    found: list[ContactPoint] = []
    signed: set[str] = set()  # the people whose signature names their body ("SNIA liaison to DMTF")
    for block, line in late:
        before = len(found)
        add_contact(ctx, found, set(), block, line, None)
        parsed = parse_contact(ctx, line) if len(found) > before else None
        if parsed is not None and parsed[3] is not None and found[-1].person:
            signed.add(found[-1].person)
    index = {c.person: i for i, c in enumerate(contacts) if c.person}
    for contact in found:
        if contact.person is None:
            continue
        at = index.get(contact.person)
        if at is None and contact.role is not None and LIAISON_ROLE.search(contact.role) is not None:
            index[contact.person] = len(contacts)
            contacts.append(replace(contact, ordinal=len(contacts) + 1))
        elif (
            at is not None
            and contact.organization is not None
            and (
                contacts[at].organization is None
                or (contact.person in signed and mail_sender(ctx, contacts[at]))
            )
        ):
            # a mail's sender took the side the "From:" field is on (the first party); their signature,
            # naming their body, says which it is
            known = contacts[at]
            contacts[at] = replace(
                known, organization=contact.organization, email=known.email or contact.email
            )
    return contacts


FROM_FIELD = re.compile(r"\W{0,3}from\s*:", re.IGNORECASE)  # (matched at a line's start)


def mail_sender(ctx: Context, contact: ContactPoint) -> bool:
    """Whether a contact was read from a mail's "From:" field."""
    if not contact.spans:
        return False
    start = contact.spans[0][0]
    line_start = ctx.document.text.rfind("\n", 0, start) + 1
    return FROM_FIELD.match(ctx.document.text, line_start) is not None


# A committee officer's office on the line under their name, in brackets: "(ISO/IEC JTC 1/SC 34 Chairman)"
OFFICE = re.compile(r"^\((?P<office>[^()\n]{3,120})\)$")
REPLY_LABEL = re.compile(r"^\W{0,3}reply\s+to\s*:\s*", re.IGNORECASE)
CARD_LINES = 8  # the lines of an officer's card after the office (address, telephone, "Network:" mail)


def officer_card_lines(ctx: Context) -> list[tuple[Block, str, Entity | None]]:
    """The officers a committee's document prints under its header as address cards (ISO/IEC JTC 1's
    N-documents): a person's name alone, the office in brackets on the next line naming the body, then an
    address and a "Network:" or "E-mail:" line. Each a contact of the body the office names, as
    "Name, Office, address"; outside contacts sections, whose cards contact_blocks reads."""
    blocks = list(blocks_outside(ctx, "contacts"))
    found: list[tuple[Block, str, Entity | None]] = []
    for index, (name, office) in enumerate(itertools.pairwise(blocks)):
        bracketed = OFFICE.match(office.text.strip())
        if bracketed is None:
            continue
        reply = REPLY_LABEL.match(name.text)  # "REPLY TO:   Mr. Hendrik Example": the card under its label
        person = name.text[reply.end() :] if reply else name.text
        if not is_card_name(ctx, replace(name, text=person)):
            continue
        body = organization_named(ctx, bracketed.group("office"))
        if body is None:
            continue
        address = None
        for at in range(index + 2, min(index + 2 + CARD_LINES, len(blocks))):
            detail = blocks[at]
            if next_card(ctx, detail, blocks[at + 1] if at + 1 < len(blocks) else None):
                break
            if (address := EMAIL.search(detail.text)) is not None:
                break
        parts = [person, bracketed.group("office"), *([address.group()] if address else [])]
        found.append((name.joined(office), ", ".join(parts), body))
        if reply is not None:
            found += next_reply_cards(ctx, blocks[index + 2 : index + 2 + 3 * CARD_LINES])
    return found


def next_card(ctx: Context, detail: Block, after: Block | None) -> bool:
    """Whether a line under an officer's card opens the next card: a name with its office in brackets on
    the line after, a name with a form of address ("Ms. Ana Example"), or "Name, Office"; an address's
    line that reads like a name ("Lakeside Computing Centre") opens none."""
    if is_card_opening(ctx, detail) and organization_named(ctx, detail.text.split(",", 1)[1]) is not None:
        return True
    if not is_card_name(ctx, detail):
        return False
    return HONORIFIC.match(detail.text.strip()) is not None or (
        after is not None and OFFICE.match(after.text.strip()) is not None
    )


def next_reply_cards(ctx: Context, blocks: list[Block]) -> list[tuple[Block, str, Entity | None]]:
    """The other cards of a "REPLY TO:" block after its first, each opened by "Name, Office" ("Ms. Ana
    Example, ISO/IEC JTC 1/SC 34 Secretariat") over an address and an "E-mail:" line; up to the first line
    that is no card's (the date, the greeting)."""
    found: list[tuple[Block, str, Entity | None]] = []
    for index, block in enumerate(blocks):
        if len(block.text.split()) > 12 or block.text.rstrip().endswith(","):
            break  # a sentence, or "Dear Members,": the cards are over
        if not is_card_opening(ctx, block):
            continue
        person, office = (part.strip() for part in block.text.split(",", 1))
        body = organization_named(ctx, office)
        if body is None:
            continue
        address = None
        for detail in blocks[index + 1 : index + 1 + CARD_LINES]:
            opening = is_card_opening(ctx, detail) and organization_named(ctx, detail.text.split(",", 1)[1])
            if opening or is_card_name(ctx, detail):
                break  # the next card ("New York, NY 10036" is an address's line, no card's)
            if (address := EMAIL.search(detail.text)) is not None:
                break
        if address is not None:  # (a card, not a line of prose: its address says so)
            found.append((block, f"{person}, {office}, {address.group()}", body))
    return found


# The name of a header field that gives a contact ("From contact", "Response contacts", "Contact")
CONTACT_FIELD = re.compile(r"^(?:[\w-]+\s+){0,2}contacts?$")


def bare_header_lines(ctx: Context) -> list[tuple[Block, str]]:
    """The contact fields of a header written without a colon (a tracker's page saved as text: "Response
    contact" on one line, "Ana Example <ana@x.example>" on the next, or after a few blanks), each as a line
    "<field name>: <value>", whose name says which side the person speaks for (sender_party)."""
    lines: list[tuple[Block, str]] = []
    named: set[str] = set()  # one person once: the From contact is often the Response contact too
    for field in header_fields(ctx.document):
        if not CONTACT_FIELD.match(field.name):
            continue
        block = Block("paragraph", field.value, ((0, field.start, field.end),))
        for person in PEOPLE_JOINT.split(field.value):
            name = bare(without_brackets(EMAIL.sub("", person)).strip(" <>,"))
            if field.bare and name.lower() not in named:
                lines.append((block, f"{field.name}: {person}"))
            named.add(name.lower())
    return lines


# Where an agreement's signatures begin: "IN WITNESS WHEREOF", a "Signatures" line, "Signed on 9 May 2024",
# "For and on behalf of X", a signature's "By:" field
SIGNING = re.compile(
    r"^\W{0,4}(?:in\s+witness\s+whereof\b|signatures?\b|signature\s+page\b|signed\b(?!-)|executed\b(?!-)"
    r"|(?:signed\s+)?for\s+and\s+on\s+behalf\s+of\b)",
    re.IGNORECASE,
)
# "By: <name>" opens the signatures of an agreement only: a statement's header has its "By:" field too
SIGNED_BY = re.compile(r"^\W{0,4}by\s*:", re.IGNORECASE)
SIGNING_TITLE = re.compile(r"\bsignatures?\b|\bsigned\b|\bexecuted\b|\bin\s+witness\b", re.IGNORECASE)


def signature_ranges(ctx: Context) -> list[tuple[int, int]]:
    """The stretches of an agreement that its signatories sign: a signatures section (an approval
    section of a memorandum, or one its title calls signatures), and the rest of a section from the line
    that opens the signatures on. Signatories are no contacts: the people a document names as contacts
    are named elsewhere, in a sentence, a contacts section or a table."""
    ranges: list[tuple[int, int]] = []
    agreement = ctx.kind == "MemorandumOfUnderstanding"
    going = False  # the section before ended in the signatures
    for section in ctx.layout.sections:
        if going and agreement and continues_signatures(section):
            # a signature block's own lines read as headings ("Signature: ____", "Name: A" under "Signed for
            # and on behalf of X") open sections of their own: the signatures go on through them
            if section.blocks:
                ranges[-1] = (ranges[-1][0], section.blocks[-1].end)
            continue
        going = False
        if not section.blocks:
            if agreement and section.heading is not None and SIGNING.match(section.heading.text):
                ranges.append((section.heading.start, section.heading.end))
                going = True
            continue
        end = section.blocks[-1].end
        signatures = section.kind == "approval" and (
            ctx.kind == "MemorandumOfUnderstanding" or SIGNING_TITLE.search(section.title) is not None
        )
        if signatures and section.heading is not None and not opens_document(ctx, section.heading):
            ranges.append((section.heading.start, end))
            going = True
            continue
        opening = next(
            (
                b
                for b in section.blocks
                if b.kind != "row" and (SIGNING.match(b.text) or (agreement and SIGNED_BY.match(b.text)))
            ),
            None,
        )
        if opening is not None:
            ranges.append((opening.start, end))
            going = True
    return ranges


def continues_signatures(section: Section) -> bool:
    """Whether a section after a signatures' stretch is more of it: one with no heading, or headed by a
    signing line or a signature's own field ("Signature: ____", "Name: A", "Title: Chair")."""
    heading = section.heading
    return (
        heading is None
        or SIGNING.match(heading.text) is not None
        or SIGNATURE_FIELD.match(heading.text) is not None
    )


# A signature block's own fields ("Signature: ____", "Name: A", "Title: Chair", "Date: 2 May 2027", "By: A")
SIGNATURE_FIELD = re.compile(r"^\W{0,4}(?:signature|name|title|date|by|position|witness)\s*:", re.IGNORECASE)


def opens_document(ctx: Context, heading: Block) -> bool:
    """Whether a heading is the document's first line, its title ("TERM SHEET \u2013 FOR SIGNATURE": a draft
    put out to be signed, whose whole text is no signatures section)."""
    return FIRST_TEXT.search(ctx.document.text, 0, heading.start) is None  # (stops at the first character)


FIRST_TEXT = re.compile(r"\S")


REPLACEMENT = re.compile(
    r"\breplace\s+.+?\s+(?:with|by)\s+|\b(?:add|added|new\s+contact)\s*:?\s+", re.IGNORECASE
)


# A sentence of a paragraph that opens with the next body's label ("HMC: A replaces the previous contact.
# OBC: unchanged (B)"): each sentence a line of its own
# "The OBC contact is now A (a@x)": the sentence's subject, the role of the person after "is"
SUBJECT_IS = re.compile(
    r"^(?P<subject>[^,:()]{3,80}?\b(?:contacts?|liaisons?|representatives?|coordinators?))\s+(?:is|are)\s+"
    r"(?:now\s+|currently\s+|still\s+)?(?=(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z])"
)


def subject_as_label(sentence: str) -> str:
    """ "The OBC contact is now A (a@x)" as "The OBC contact: A (a@x)", a contact line whose label names the
    body; any other sentence as it is."""
    match = SUBJECT_IS.match(sentence)
    return f"{match.group('subject')}: {sentence[match.end() :]}" if match else sentence


# Sentences of a paragraph about contacts, each naming one: a full stop or semicolon, then a capital
CONTACT_SENTENCE = re.compile(r"(?<=[a-z0-9)\]][.;])\s+(?=[A-Z])")
CONTACT_WORD = re.compile(r"\b(?:contact|liaison|representative|coordinator)s?\b", re.IGNORECASE)
LABELLED_SENTENCE = re.compile(r"(?<=[.;])\s+(?=(?:For\s+)?[A-Z][\w&.-]{0,20}(?:\s[\w&.-]{1,20}){0,3}\s?:\s)")


# An officer's line run onto the one before by a reader that joins a paragraph's lines ("Chair(s): A (HMC); B
# (OBC) Editor(s): C (OBC)"): each office starts a line of its own
OFFICER_RUN = re.compile(
    r"(?<=[)\w])[ \t\n]+"
    r"(?=(?:Co-?|Vice[- ]?)?(?:Chair|Secretary|Editor|Conven[eo]u?r|Rapporteur)(?i:s|\(s\))?:\s)"
)


ITEM_NUMBER_CELL = re.compile(r"^\s*[A-Z]?\d{1,3}(?:\.\d{1,2})?\.?\s*$")


def split_people(text: str) -> list[str]:
    """ "Response Contact: Daniele Ricci, Fatima Al-Sayed" names two people, a paragraph with two
    addresses two contacts ("OGF: A, a@x SNIA: B, b@y"), other lines one; "replace A with B" names B."""
    sentences = LABELLED_SENTENCE.split(text)
    if ":" in text and len(sentences) == 1:
        sentences = OFFICER_RUN.split(text)
    if len(sentences) > 1:
        return [line for sentence in sentences for line in split_people(sentence)]
    sentences = CONTACT_SENTENCE.split(text)
    if sum(CONTACT_WORD.search(sentence) is not None for sentence in sentences) > 1:
        # "The OBC contact is now A (a@x), replacing B. The HMC contact, C, is unchanged.": one contact a
        # sentence, each with the body its own sentence names (not the address of the sentence before)
        return [line for sentence in sentences for line in split_people(subject_as_label(sentence))]
    # a row's cells ("Contact: | Name"): one label, whether or not its cell already ends on a colon
    # (a row that opens with the person's name, "Ada Lind | HMC | ...", has no label: its cells are parts)
    first_cell = text.split("\t", 1)[0]
    if ITEM_NUMBER_CELL.match(first_cell) and "\t" in text:
        text = text.split("\t", 1)[1]  # "6 | Representatives | HMC: A": the row's number is no label
        first_cell = text.split("\t", 1)[0]
    label_tab = not looks_like_person(HONORIFIC.sub("", first_cell.strip()), False)
    # (the cells after the label's are parts: "HMC | Ana Example | @ana on the chat")
    text = re.sub(r":?\t", ": ", text, count=1).replace("\t", ", ") if label_tab else text.replace("\t", ", ")
    text = REPLACEMENT.sub("", text)
    run = bracketed_run(text)
    if len(run) > 1:  # "A (HMC) B (OBC)": lines of people a reader ran together
        return run
    gap = label_match(text)
    if gap is not None and gap.group("gap") is not None:  # "Chairs      A (W3C), B (OASIS)": a field
        text = f"{gap.group('label')}: {text[gap.end() :]}"
    emails = list(EMAIL.finditer(text))
    if len(emails) > 1:
        # each address with the bracket that closes it ("A (a@x) and B (b@y)"), the next person without
        # the word that joins them
        cuts = [0, *(address_end(text, m.end()) for m in emails[:-1]), len(text)]
        parts = [JOINING_WORD.sub("", text[a:b].strip(" ,;.")) for a, b in itertools.pairwise(cuts)]
        side = SIDE_CONTACT_FIELD.match(text)
        if side is not None:  # "Technical contact(s): A (a@x), B (b@x)": each one of the field's side
            parts = [parts[0], *(p if label_match(p) else f"{side.group().strip()} {p}" for p in parts[1:])]
        return [part for part in parts if part]
    label, _, rest = text.partition(":")
    listed = [p.strip() for p in rest.strip(" .;").split(";") if p.strip()]
    if len(listed) > 1 and all(looks_like_person(bare(p.split(",")[0]), False) for p in listed):
        return [f"{label}: {p}" for p in listed]  # "Contacts: A, HMC; B, OBC": a person and a body each
    names = [p.strip() for p in PEOPLE_JOINT.split(rest.strip(" .;")) if p.strip()]
    if label and len(names) > 1 and all(looks_like_person(bare(n), False) for n in names) and "@" not in rest:
        return [f"{label}: {n}" for n in names]
    return [text]


# What joins the next person to the address before them ("... (a@x) and Mr B", "..., or to Ms B")
JOINING_WORD = re.compile(r"^(?:(?:and|or)(?:\s+to)?\s+)", re.IGNORECASE)
ADDRESS_CLOSE = re.compile(r"[ \t]*+[)>\]]")


def address_end(text: str, end: int) -> int:
    """Where an address's part of a line ends: after the bracket that closes it, if one does."""
    close = ADDRESS_CLOSE.match(text, end)
    return close.end() if close is not None else end


# A person and the body or role in their brackets ("Marit Solberg (Harbour Metrology Council)")
# (the blanks before the bracket are part of the name, stripped after: a pattern that took them apart
# would scan a run of blanks from each place in it)
BRACKETED_PERSON = re.compile(r"(?P<name>[^():;,\n]{3,60}?)\((?P<inner>[^()\n]{1,80})\)")
# What may stand between two of them on a line run together: blanks, a colon (a definition list's
# marker), a comma, a semicolon, "and"
RUN_JOINT = re.compile(r"^\s*+(?:[:;,]\s*+)?(?:and\s++)?$")
RUN_LABEL = re.compile(r"^\s*+(?P<label>[^:()\n]{1,40}?)\s*+:\s*+$")


def bracketed_run(text: str) -> list[str]:
    """Each "Name (Body)" of a text made of nothing else ("A (HMC) B (OBC)" from indented lines, "Liaison
    : A (HMC ...) : B (OBC ...)" from a definition list), after a label if any; [] when any other text
    stands between or after them, or a name is no person's."""
    found: list[str] = []
    position, label = 0, ""
    if "(" not in text:
        return found
    for match in BRACKETED_PERSON.finditer(text):
        gap = text[position : match.start()]
        labelled = RUN_LABEL.match(gap) if not found else None
        if not RUN_JOINT.match(gap) and labelled is None:
            return []
        label = labelled.group("label") if labelled is not None else label
        name = match.group("name").strip()
        if not looks_like_person(HONORIFIC.sub("", name), False):
            return []
        found.append(f"{name} ({match.group('inner')})")
        position = match.end()
    if text[position:].strip(" .;,"):
        return []
    return [f"{label}: {person}" for person in found] if label else found


# People listed in one phrase: "A, B", "A (SNIA) and B (NVM Express)", "A (UEC), B (OCP)"
# (and the word "and" of the corpus's other languages: "A (HMC) et B (OBC)", "A y B", "A e B", "A und B")
PEOPLE_JOINT = re.compile(
    r"(?:(?<!\s)\s+)?,\s*(?:and\s+)?(?![^()]*\))|(?<!\s)\s+(?:and|et|und|y|e|en|och|og)\s+(?![^()]*\))"
)


def bare(name: str) -> str:
    """A person's name without the organization or role in brackets after it."""
    return HONORIFIC.sub("", re.sub(r"\s*\([^)]*\)", "", name)).strip()


def is_party_name(ctx: Context, part: str) -> bool:
    """Whether a part of a contact's line is a party's name alone ("HMC", "Open Buoy Consortium")."""
    wanted = comparable(part)
    return any(comparable(n) == wanted for p in ctx.parties for n in (p.label, p.acronym, *p.names) if n)


def party_named(ctx: Context, role: str) -> Entity | None:
    """The party a contact's role names without its corporate suffix ("NVM Express" for "NVM
    Express, Inc.", a name the reference data keeps for the specification)."""
    wanted = {comparable(part) for part in role.split(",") if part.strip()}
    return next(
        (p for p in ctx.parties if any(comparable(n) in wanted for n in (p.label, *p.names) if n)), None
    )


def party_of_domain(ctx: Context, email: str) -> Entity | None:
    """The one party whose acronym or first name word is a label of the address's domain
    ("tobias@openinfra.example" of the OpenInfra Foundation), when the reference data knows no
    domain for it (a new body, or an address of a subdomain)."""
    labels = set(email.rsplit("@", 1)[-1].lower().split(".")[:-1])
    found = parties_of_labels(ctx, labels)
    if not found:
        # a body's word joined to another by a hyphen ("openinfra-policy.example", "onc-notice.example"):
        # each part a label, when one party alone answers
        parts = {part for label in labels for part in label.split("-") if len(part) > 2}
        found = parties_of_labels(ctx, parts)
    return found[0] if len(found) == 1 else None


def parties_of_labels(ctx: Context, labels: set[str]) -> list[Entity]:
    """The parties whose acronym, short name, first name word or name as a domain writes it is a label."""
    return [
        p
        for p in ctx.parties
        if labels
        & {
            *(w.lower() for w in (p.acronym or "", p.short_name, p.label.split()[0]) if w),
            *domain_forms(p.label),  # "nfc-forum.example", "nfcforum.org" of the NFC Forum
        }
    ]


def domain_forms(label: str) -> set[str]:
    """A body's name as a domain writes it: its words joined by hyphens or run together."""
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", label)]
    return {"-".join(words), "".join(words)} if len(words) > 1 else set()


def sender_party(ctx: Context, line: str) -> Entity | None:
    """The contact of a liaison's sending group ("From Contact", "Response Contact") speaks for
    the first party, the sender's organization."""
    if (
        re.match(r"^\W*(?:from|response|reponse|reply|source|submitter)\b", line, re.IGNORECASE)
        and ctx.parties
    ):
        return ctx.parties[0]
    if ctx.kind == "LiaisonStatement" and re.match(r"^\W*to\s+contacts?\b", line, re.IGNORECASE):
        # a datatracker's "To Contacts": the receiving side, the one party that does not send
        receivers = [p for p in ctx.parties if p not in ctx.senders]
        return receivers[0] if len(receivers) == 1 else None
    if (
        ctx.kind == "LiaisonStatement"
        and re.match(r"^\W*technical\s+contacts?\b", line, re.I)
        and ctx.senders
    ):
        return ctx.senders[0]  # who may be asked about the statement: of the sending group
    if ctx.kind == "LiaisonStatement" and re.match(r"^\W*contact\b", line, re.IGNORECASE) and ctx.senders:
        return ctx.senders[0]  # a statement's own "Contact:" is its author, of the sending group
    return None


def heading_party(ctx: Context, block: Block) -> Entity | None:
    """The party whose name alone heads the part of the document a contact's line stands in ("## Harbour
    Metrology Council" over "Liaison officer: Marit Solberg"): the nearest such heading before the line."""
    if ctx.party_headings is None:
        ctx.party_headings = [
            (b.start, party)
            for section in ctx.layout.sections
            for b in ([section.heading] if section.heading else []) + section.blocks
            if b.kind == "heading"
            for party in [party_heading(ctx, b)]
            if party is not None
        ]
    starts = [start for start, _ in ctx.party_headings]
    index = bisect.bisect_right(starts, block.start) - 1
    return ctx.party_headings[index][1] if index >= 0 else None


def party_heading(ctx: Context, heading: Block) -> Entity | None:
    """The party a heading is the name of ("Harbour Metrology Council", "OBC"), nothing else."""
    if not is_body_name(ctx, heading.text):
        return None
    named = organization_named(ctx, heading.text) or party_by_word(ctx, heading.text)
    return named if named is not None and ctx.is_party(named) else None


def title_party(ctx: Context) -> Entity | None:
    """The one party a page's title names ("Bodies with which the Broadband Forum exchanges liaisons"): the
    body whose page it is, whose officer a contact named by office alone is ("the Liaison Coordinator, Ana
    Lind"); none when the title names two parties or none."""
    title = ctx.layout.title
    if title is None and ctx.layout.sections:
        # a page's first heading, as kg.extract.entities.first_heading reads it (that module imports this)
        section = ctx.layout.sections[0]
        title = section.heading if section.heading is not None else next(iter(section.blocks), None)
    if title is None or (title is not ctx.layout.title and title.kind != "heading"):
        return None
    named = {
        m.entity.iri: m.entity
        for m in ctx.mentions(title)
        if m.entity.kind == "organization" and ctx.is_party(m.entity)
    }
    return next(iter(named.values())) if len(named) == 1 else None


# A body named as the one a person is a liaison to ("our liaison officer to TTC", "HMC liaison towards the
# OBC", "representative to ETSI"): the counterpart, not the person's own body
COUNTERPART_BEFORE = re.compile(
    r"\b(?:liaisons?|officers?|representatives?|delegates?|rapporteurs?|contacts?)\s+(?:to|towards|with)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


COUNTERPART_ROLE = re.compile(
    r"\b(?:liaisons?|officers?|representatives?|delegates?|rapporteurs?)\s+(?:to|towards|with)\s",
    re.IGNORECASE,
)


def first_party(ctx: Context, block, person: str | None = None) -> Entity | None:
    """The first party the contact's block names, passing over one named as the counterpart its liaison is
    to; when that is the only one, the statement's sender (the writer's own liaison officer), else the one
    other party. With the person, only the sentence naming them is read: a paragraph naming each side's
    contact ("The contact of ETSI TC LI towards SA3-LI is A. The SA3-LI contact towards ETSI TC LI is B.")
    names each one's counterpart in their own sentence."""
    mentions = [m for m in ctx.mentions(block) if m.entity.kind == "organization" and ctx.is_party(m.entity)]
    low, high = own_sentence(block.text, person)
    mentions = [m for m in mentions if low <= m.start < high]
    counterparts = {
        str(m.entity.iri)
        for m in mentions
        if COUNTERPART_BEFORE.search(block.text, max(0, m.start - 40), m.start) is not None
    }
    own = [m for m in mentions if str(m.entity.iri) not in counterparts]
    if own or not mentions:
        return own[0].entity if own else None
    senders = [s for s in ctx.senders if str(s.iri) not in counterparts]
    others = [p for p in ctx.parties if str(p.iri) not in counterparts]
    return senders[0] if len(senders) == 1 else others[0] if len(others) == 1 else None
