"""Standards named by their numbers: "3GPP TS 28.312", "ETSI GS MEC 030", "ISO/IEC 27017",
"ITU-T G.709", "IEEE 802.3", "RFC 8795", "draft-ietf-ccamp-otn-topo-yang-14".

Why a rule of its own: the reference data cannot list every numbered deliverable of every body,
and a number is not a name that discovery by capitalised words finds; but each body writes its
numbers in one fixed form, so a document that cites one names a specification the alliance is
about. Each becomes a specification (flagged for review, like every discovered name) before
mentions are read, so that the common rules see it as any other (akg:concerns).
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import Context
from kg.extract.document_dates import CLUTTER_REACH, PAGE_CLUTTER
from kg.extract.names import WORK_VERBS
from kg.model.records import Entity

# A number followed by "/13" is an ITU study group's question ("ITU-T Q.16/13"), no Recommendation.
STANDARD_NUMBERS = re.compile(
    r"\b(?>"  # atomic: a number is read whole, or not at all
    r"3GPP\s+T[SR]\s+\d{2}\.\d{3}"
    # a 3GPP specification by its number alone ("TS 38.473", "draft TR 26.957"): the series' dotted form
    r"|(?<![\w/-])T[SR][ \xa0]\d{2}\.\d{3}(?:-\d{1,2})?"
    # a body's numbered series in its own form: SNIA's "SFF-TA-1009", "SFF-8639"; GSMA's "SGP.33"; ATSC's
    # "ATSC A/331"; IHO's product specifications "S-104", "S-111"; China's sector standards "YD/T 3709",
    # "GB/T 20000.1"; the UN's vehicle regulations "UN Regulation No. 155"
    r"|(?<![\w/-])SFF-(?:TA-)?\d{4}|(?<![\w/-])SGP\.\d{2,3}|ATSC[ \xa0]A/\d{2,3}|(?<![\w/-])S-1\d{2}"
    r"|(?<![\w/-])[A-Z]{2,3}/[TZ][ \xa0]\d{3,5}(?:\.\d{1,3})?(?:-\d{4})?"
    r"|UN[ \xa0]Regulation[ \xa0]No\.[ \xa0]?\d{1,3}"
    # (a part after the number, "ETSI EN 319 411-1"; the number alone in ETSI's own form, "EN 302 208")
    r"|ETSI\s+(?:GS|GR|TS|TR|EN|ES|EG)\s+(?:[A-Z]{2,6}(?:-[A-Z]{2,6})?\s+)?\d{3}(?:[- ]\d{1,3})?(?:-\d{1,3})?"
    r"|(?<![\w/-])(?:GS|GR|TS|TR|EN|ES|EG)[ \xa0]\d{3}[ \xa0]\d{3}(?:-\d{1,3})?"
    # an ISO standard, or its European or national adoption ("EN ISO 19650-1", "BS EN ISO 9001")
    # or a deliverable of another type, written with it ("ISO/TR 28380-1", "ISO/IEC TS 27034")
    r"|(?:(?:BS|DIN|NF|UNE|SS)\s+)?(?:EN\s+)?ISO(?:/IEC)?(?:/IEEE)?(?:/(?:TR|TS|PAS)|\s+(?:TR|TS|PAS))?"
    r"\s+\d{4,5}(?:-\d{1,2})?"
    # a standard two or three bodies publish together: "ISA/IEC 62443", "IEC/IEEE 60802", "ISO/ASTM 52900"
    # (a committee's path, "CEN/TC 442", "DKE/AK 931", is none)
    r"|(?<![\w/-])(?:[A-Z]{2,5}/){1,2}(?!(?:TC|SC|WG|JTC|SG|AK|TF|AWI|NP|WD|CD|DIS|FDIS)\s)[A-Z]{2,5}"
    r"(?:\s+(?:TR|TS|PAS))?[ \xa0]\d{4,5}(?:-\d{1,3}){0,3}"
    r"|ITU-[TR]\s+(?:Rec(?:ommendation)?\.?\s+)?[A-Z]{1,2}\.(?:\d{1,4}(?:\.\d{1,3})?|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)"
    # a draft by its working name in brackets until it has a number ("ITU-R M.[IMT.SENSING]", "ITU-T
    # Y.[ADT-req]", "ITU-R M.[IP CHAR]": a blank only between two words)
    r"|ITU-[TR]\s+(?:Rec(?:ommendation)?\.?\s+)?[A-Z]{1,3}\.\[[A-Za-z0-9](?:[\w.-]| (?=\w)){1,30}\]"
    # a Recommendation by its number, or a draft by its working name ("Y.ml-nfv", "X.zt-5gc")
    r"|(?<![\w.])[GXYQ]\.(?:\d{3,4}(?:\.\d{1,3})?|[a-z]{1,6}-[a-z0-9]{1,8}(?:-[a-z0-9]{1,8})?)"
    # a body's numbered technical report or specification: "TR-369", "TS-0012", "TMF622", "MEF 10.3"
    r"|(?<![\w/-])(?:(?:TR|TS|WT|GS|GR|IG|TP|PAS|BCP|FIPS)-\d{2,5}|TMF\s?\d{3,4}|MEF\s\d{1,3}(?:\.\d{1,2}){0,2})"
    # a standard numbered after a letter of its body's series: "SAE J2735", "SAE J3161/1", "ASTM F3322-22"
    # (three digits at least: "ASTM F42" is a committee)
    r"|(?<![\w/-])(?:SAE|ASTM)[ \xa0][A-Z]\d{3,5}(?:/\d{1,2})?(?:-\d{1,2})?"
    # (an amendment's letters run on the number, "IEEE 802c", "IEEE 1588g": the amendment, no other name)
    r"|IEEE\s+(?:Std\s+)?P?\d{3,4}[a-z]{0,2}(?:\.[0-9A-Za-z]{1,8})*(?:-\d{4})?"
    r"|RFC\s?\d{3,5}"
    # a body's acronym and a four- or five-digit number: "IEC 61850-7-4", "EN 50600", "OPC 10000-5"
    # (one space: a table's cells "SDA<tab>2026-Q3" are no number; nor a date "TWG 2026-06-30")
    # (a report or technical specification with its type: "IEC TR 61850-90-1", "IEC TS 62443-1-5")
    # (its European adoption with it: "EN IEC 61215", as "EN ISO 19650-1")
    r"|(?<![\w/-])(?:EN[ \xa0](?=[A-Z]{2,6}[ \xa0]\d))?"
    r"(?!(?:FY|Q|H|WG|SG|TC|SC|TF|ISG|TD|TDOC|DOC)\s)[A-Z]{2,6}"
    # (SMPTE's types too: "SMPTE ST 2067", "SMPTE RP 2057"; after a type a number like a year is the
    # standard's, "ST 2022", as it is never a date there)
    r"(?:[ \xa0](?:TR|TS|PAS|ST|RP)[ \xa0]|[ \xa0](?!(?:19|20)\d{2}(?:(?![\d-])|-(?:[01]\d|Q\d|H\d))))"
    r"\d{4,5}(?:-\d{1,3}){0,3}"
    r")(?![\w]|/\d)(?!\s+(?:WG|TG|SG|TC|ISG|Working\s+Group|Task\s+(?:Group|Force)|Study\s+Group|Committee)\b)"
    # an Internet-Draft, with its revision or without ("draft-ietf-core-href", an attachment's
    # "draft-ietf-core-href-03.txt"): a source and at least two more words ("draft-sharing" is none)
    r"|(?<![\w./-])draft-[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\w-])"
)


# A specification named with its version: "Matter 1.4", "OpenID Connect Core 1.0", "CVSS v4.0", "HL7
# FHIR R5", "glTF 2.0", "OpenADR 2.0b", "CCM v4". Up to four words that each hold a capital, then the
# version, all on one line and in one table cell (a header row's "Item Target Status" is no part of the
# next row's "SPDM 1.3").
VERSIONED_NAME = re.compile(
    r"(?<![\w.-])(?P<name>(?:(?=[\w+-]*[A-Z])[\w+-]{1,30}[ \xa0]){0,3}(?=[\w+-]*[A-Z])[\w+-]{2,30})[ \xa0]"
    # a dotted version, with a letter after it ("2.0b"), or a major one after "v" ("v2", "v4")
    r"(?P<version>v?\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?|v\d{1,2}|R\d{1,2})(?!\w|\.\d)"
)
# A licence's name before its version ("CC BY 4.0", "CC BY-SA 4.0", "Creative Commons Attribution 4.0",
# "Apache License 2.0", "GPL v3")
LICENCE = re.compile(
    r"^(?:CC(?:[ -](?:BY|SA|NC|ND|0))+|Creative\s+Commons\b.*|Apache\s+License|(?:A|L)?GPL|MPL|EUPL"
    r"|CDLA\b.*)$",
    re.IGNORECASE,
)
# Words that a number follows without naming a specification ("Section 3.2", "Release 1.1", "TC 9.9")
NOT_A_SPECIFICATION = {
    "version", "release", "rel", "section", "sections", "table", "figure", "fig", "clause", "annex",
    "article", "edition", "issue", "revision", "rev", "chapter", "appendix", "page", "item", "items",
    "slide", "meeting", "phase", "step", "draft", "stage", "level", "class", "part", "volume", "no",
    "number", "tel", "room", "wg", "sg", "tc", "sc", "tg", "tf", "group", "committee", "party", "term",
    "terms", "milestone", "deliverable", "task", "question", "see", "and", "or", "the", "of", "in", "to",
    # the documents a liaison or a meeting exchanges, numbered as they are revised ("Requirements Document
    # v0.7", "Work Plan 1.2"): no specification of the alliance
    "document", "documents", "report", "paper", "presentation", "contribution", "minutes", "agenda",
    "slides", "plan", "roadmap", "charter", "template", "questionnaire", "survey",
}  # fmt: skip


# The documents a meeting exchanges: such a word alone before a version is a document's number ("Work Plan
# 1.2"), but followed by a capitalised word it opens a specification's title ("Presentation Exchange 2.1",
# "Document Object Model 1.0"), where a section's or a table's word stays a reference ("Section 3 Matter")
TITLE_OPENING_WORDS = {
    "document", "documents", "report", "paper", "presentation", "contribution", "minutes", "agenda",
    "slides", "plan", "roadmap", "charter", "template", "questionnaire", "survey",
}  # fmt: skip


def opens_title(words: list[str], index: int) -> bool:
    """Whether a document's word at `index` opens a title: capitalised, first of the run, and followed by
    another capitalised word that is none of the words a number follows."""
    word, following = words[index], words[index + 1] if index + 1 < len(words) else ""
    return (
        index == 0
        and word.lower() in TITLE_OPENING_WORDS
        and word[:1].isupper()
        and following[:1].isupper()
        and following.lower() not in NOT_A_SPECIFICATION
    )


# A name that is no English word (a hyphen between capitals, a capital inside it) and its generation's number,
# without a dot ("Wi-Fi 7", "OpenMATERIAL 3D", "CityGML 3"): a specification by its generation; a dotted
# version is VERSIONED_NAME's
GENERATION_NAME = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][A-Za-z]{0,15}-[A-Z][A-Za-z]{0,15}|[A-Z][a-z]{1,15}[A-Z][A-Za-z]{0,15}"
    r"|[A-Z]{2,8}[a-z]{2,15}[A-Za-z]{0,15})[ \xa0](?P<generation>[1-9]\d?[A-Z]?)(?![\w.%-]|\.\d)"
)
GENERATION_NAMES_MAX = 20


def generation_names(text: str) -> list[tuple[str, str | None]]:
    """The specifications a text names by their generation (GENERATION_NAME), as written, each once (at
    most GENERATION_NAMES_MAX: each is a new name the resolver indexes), with the name it has after the
    capitalised word before it where the text first writes one ("ASAM OpenMATERIAL 3D")."""
    found: dict[str, str | None] = {}
    for match in GENERATION_NAME.finditer(text):
        written = " ".join(match.group().split())
        if written not in found:
            owner = OWNER_BEFORE.search(text, max(0, match.start() - 13), match.start())
            found[written] = f"{owner.group('owner')} {written}" if owner is not None else None
    return list(found.items())[:GENERATION_NAMES_MAX]


def versioned_names(text: str) -> list[str]:
    """The specifications a text names with their versions, as written (words before the name that
    are no part of it, such as "Section", end it)."""
    found = []
    for match in VERSIONED_NAME.finditer(text):
        words = match.group("name").split()
        while words and (words[0].lower() in NOT_A_SPECIFICATION or words[0].lower() in WORK_VERBS):
            if opens_title(words, 0):
                break
            words = words[1:]
        if not words or words[-1].lower() in NOT_A_SPECIFICATION:
            continue
        cuts = [
            i for i, w in enumerate(words) if w.lower() in NOT_A_SPECIFICATION and not opens_title(words, i)
        ]
        if cuts:
            words = words[max(cuts) + 1 :]
        if words:
            found.append(f"{' '.join(words)} {match.group('version')}")
    return found


# A number written as a unit's designation: "IEEE 802.1 WG", "IEEE 802.3 Working Group", "IEEE 802.18 TAG"
# (its technical advisory group).
# and its standards committee: "IEEE 802 LAN/MAN Standards Committee".
UNIT_DESIGNATION = re.compile(
    r"(?P<number>IEEE\s+P?\d{3,4}(?:\.[0-9A-Za-z]{1,8})*)\s+"
    r"(?:WG|TG|TAG|Working\s+Group|Task\s+(?:Group|Force)|(?:Technical\s+)?Advisory\s+Group"
    r"|(?:[A-Z]{2,5}/[A-Z]{2,5}\s+)?Standards\s+Committee)\b"
)
# A committee written as its number acting as a body, the subject of a verb of what bodies do ("IEEE 802 has
# completed ...", "IEEE 802.1 approved ...", "IEEE 802.11 would like to thank ...", "IEEE 802.16 sent a
# liaison letter"): the committee, no specification, as a unit's designation ("IEEE 802.1 WG") is. Only a
# number of digits and dots: an amendment's letters ("IEEE 802.1Q") name a specification alone; and never a
# verb a standard is the subject of ("IEEE 802.3 defines", "IEEE 802.11 supports", "IEEE 802.11 is").
ACTING_NUMBER = re.compile(
    r"(?P<number>IEEE[ \xa0]+\d{3,4}(?:\.\d{1,3})*)(?![\w.-])[ \xa0]+"
    r"(?:(?:has|have|had|will|would|shall|did|does)[ \xa0]+"
    r"(?:(?:not|yet|also|now|already|recently|just)[ \xa0]+){0,2})?"
    r"(?:approv|agre|complet|adopt|decid|request|ask|receiv|review|discuss|respond|repl(?:y|ie)|thank|not(?:e|ing)"
    r"|consider|endors|confirm|accept|invit|propos|appoint|elect|establish|launch|submitt?|wish|welcom"
    r"|like|held|hold|met|meet|sen[dt]|formed|liais)(?:e|es|ed|s|d|ing)?\b"
)
# ... or the other end of an exchange ("Further input is expected from IEEE 802.1 in April", "no discussion
# with IEEE 802.1 on this", "a liaison letter to IEEE 802.3."): a word of an exchange before it in its
# sentence, and its clause ending after the number (a standard is written on: "compatible with IEEE 802.11")
EXCHANGED_NUMBER = re.compile(
    r"\b(?:input|feedback|comments?|discussions?|responses?|repl(?:y|ies)|liaisons?|coordination|contacts?"
    r"|cooperation|collaboration|consultation|agreement|letters?|statements?)\b[^.\n]{0,60}?"
    r"\b(?:from|with|to)[ \xa0]+(?P<number>IEEE[ \xa0]+\d{3,4}(?:\.\d{1,3})*)(?![\w-]|\.\w)"
    r"(?=[ \xa0]*(?:[.,;:)]|$)|[ \xa0]+(?:in|on|about|regarding|by|at|during)\b)",
    re.IGNORECASE | re.MULTILINE,
)
ADOPTED_ISO = re.compile(r"^(?:(?:BS|DIN|NF|UNE|SS)\s+)?EN\s+(?P<standard>(?:ISO|IEC)\b.*)$")
ETSI_DELIVERABLE = re.compile(r"^ETSI\s+(?P<standard>(?:GS|GR|TS|TR|EN|ES|EG)\s\d{3}\s\d{3}.*)$")
THREE_GPP_SPECIFICATION = re.compile(r"^3GPP\s+(?P<standard>T[SR]\s\d{2}\.\d{3}.*)$")
ITU_RECOMMENDATION = re.compile(r"^ITU-T\s+(?:Rec(?:ommendation)?\.?\s+)?(?P<number>[A-Z]\.[\d.]+)$")


# A postal address's region and postcode, which a body's acronym and a standard's number look like ("EN
# 50600"): "Fremont, CA 94538", "Piscataway, NJ 08854, USA". A town before it (its last letter small,
# where an acronym's is a capital) and, after it, the end of its line or the country.
POSTCODE = re.compile(r"[A-Z]{2}[ \xa0]\d{5}")
TOWN_BEFORE = re.compile(r"[a-z],[ \xa0]$")
ADDRESS_GOES_ON = re.compile(r"(?:-\d{4})?[ \t]*(?:$|\n|,[ \xa0]*[A-Z])")


# The two letters of a state of the United States (and its capital district): after a town they are an
# address's, whatever follows the postcode ("Washington, DC 20201;", "New York, NY 10036 U.S.A.")
US_STATES = frozenset(
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
        "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
        "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    }
)  # fmt: skip


def in_postal_address(text: str, match: re.Match[str]) -> bool:
    """Whether a standard's number is a postal address's region and postcode (a look of a few letters
    each side: linear)."""
    return (
        POSTCODE.fullmatch(match.group()) is not None
        and TOWN_BEFORE.search(text, max(0, match.start() - 3), match.start()) is not None
        and (match.group()[:2] in US_STATES or ADDRESS_GOES_ON.match(text, match.end()) is not None)
    )


def in_link_bar(text: str, match: re.Match[str]) -> bool:
    """Whether a number is one bracketed link of a saved page's link bar over the document
    ("[Docs] [txt|pdf] [draft-iab-bbf-coord] [Tracker]", document_dates.PAGE_CLUTTER, among the first
    CLUTTER_REACH lines): a link of the site to the draft the page grew from, no specification it concerns.
    Only a number alone in its brackets (a look of one character each side and of its one line)."""
    start, end = match.span()
    if text[start - 1 : start] != "[" or text[end : end + 1] != "]":
        return False
    if start > LINK_BAR_REACH or text.count("\n", 0, start) >= CLUTTER_REACH:
        return False  # (bounded: a text citing thousands of "[RFC 8795]" looks at none of them twice)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end, end + LINK_BAR_REACH)
    if line_end < 0 and end + LINK_BAR_REACH < len(text):
        return False  # a line longer than any bar
    return PAGE_CLUTTER.match(text[line_start : line_end if line_end >= 0 else len(text)]) is not None


LINK_BAR_REACH = 4000  # the characters of the top lines a saved page's link bars fill, at most


# A standard's title written right after its number: in quotes ('TR-383 "Common YANG Modules"') or in
# brackets, up to a comma that adds a note ("TR-538 (Transport Profile for Packet Fronthaul, draft)")
TITLE_AFTER = re.compile(
    r"[ \xa0]{0,2}(?:\"(?P<quoted>[^\"\n]{4,120})\"|\u201c(?P<curly>[^\u201d\n]{4,120})\u201d"
    r"|\((?P<bracketed>[^()\n,;]{4,120})[,;)])"
)
TITLE_JOINERS = {"of", "for", "and", "the", "on", "in", "to", "over", "with", "a", "an", "&", "-", "/"}


def title_after(text: str, end: int) -> tuple[str | None, bool]:
    """The title a standard's number is followed by, when it is written as one, and whether in quotes: two
    words or more, each capitalised or coded but the words that join them ("Tide Gauge Calibration
    Procedures", "OPC UA for Asset Administration Shell"); not a bracket's note ("see Annex B", "draft for
    comment"). In quotes, the title is cited as a document of its own; in brackets, it is another name of
    the number ("IEEE P802.11bn (Ultra High Reliability)")."""
    after = TITLE_AFTER.match(text, end)
    if after is None:
        return None, False
    quoted = after.group("quoted") or after.group("curly")
    title = " ".join((quoted or after.group("bracketed")).split())
    words = title.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[-1].lower() in TITLE_JOINERS:
        return None, False
    if any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_JOINERS) for w in words):
        return None, False
    if words[0].lower() in NOT_A_SPECIFICATION or words[0].lower() in WORK_VERBS:
        return None, False  # "(Section 4 Scope)", "(Draft Revision)": a reference or a state, no title
    return title, bool(quoted)


# A standard's title written right after its number in capitals, without quotes or brackets: "TMF622 Product
# Ordering", "IEC/IEEE 60802 TSN Profile for Industrial Automation" (two to eight words on the number's line,
# one space apart: a tab parts a table's cells)
PLAIN_TITLE_AFTER = re.compile(
    r"[ \xa0](?P<title>[A-Z][\w/-]{0,30}(?:[ \xa0](?:(?:of|for|and|on|in|to|over|with|&)[ \xa0])?"
    r"[A-Z][\w/-]{0,30}){1,7})(?![\w/-])"
)
# Words that make the capitals after a number the name of something else: a unit's or a body's head
# ("IEEE 802.11 Wireless LAN Working Group"), an occasion ("ISO 27001 Alignment Workshop")
NOT_TITLE_WORDS = {
    "working", "group", "committee", "task", "force", "wg", "tg", "sg", "tc", "sc", "tf", "isg", "sig",
    "alliance", "forum", "consortium", "foundation", "association", "project", "workshop", "meeting",
    "plenary", "webinar", "liaison", "ls", "contact", "chair", "editor",
    # words of a heading or a message about the work ("IEEE 802 Requests for IETF Review")
    "request", "requests", "review", "reviews", "reply", "response", "minutes", "agenda", "ballot",
}  # fmt: skip
# A month or a period opening the capitals, a date's ("ISO 9001 June 2026", "TR-369 Q3 Release")
PERIOD_WORD = re.compile(
    r"^(?:Q[1-4]|H[12]|FY\d{0,4}|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$",
    re.IGNORECASE,
)


def plain_title_after(text: str, end: int) -> str | None:
    """The title a standard's number is followed by in capitals (PLAIN_TITLE_AFTER), none when its first
    word is a reference's or a work's ("Section", "Review") or a word names a unit, a body or an occasion."""
    after = PLAIN_TITLE_AFTER.match(text, end)
    if after is None:
        return None
    title = after.group("title")
    # "TMF622 Product Ordering and TMF620 ...", "... Infrastructure of RFC 5280": the title ends before
    # another number (a look a few characters past it: linear)
    number = STANDARD_NUMBERS.search(text, after.start("title"), min(len(text), after.end() + 16))
    if number is not None and number.start() < after.end():
        title = title[: number.start() - after.start("title")]
    words = title.split()
    while words and words[-1].lower() in TITLE_JOINERS:
        words.pop()
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in NOT_A_SPECIFICATION or first in WORK_VERBS or PERIOD_WORD.match(words[0]):
        return None
    if any(w.lower() in NOT_TITLE_WORDS for w in words):
        return None
    return " ".join(words)


# An ITU Recommendation's or Report's title in quotes after its number, in the sentence's case the ITU writes
# its titles in ('ITU-R M.[IP CHAR] "Key technical and operational characteristics for ..."'), which a
# line's end may break
ITU_QUOTED_AFTER = re.compile(
    r"[ \xa0]{0,2}\n?[ \xa0]{0,2}(?:\"(?P<quoted>[^\"]{4,200})\"|\u201c(?P<curly>[^\u201d]{4,200})\u201d)"
)


def itu_title_after(text: str, end: int) -> str | None:
    """The title in quotes an ITU number is followed by (ITU_QUOTED_AFTER): two words or more, the first
    capitalised, on two lines at most."""
    after = ITU_QUOTED_AFTER.match(text, end)
    if after is None:
        return None
    written = after.group("quoted") or after.group("curly")
    words = written.split()
    if written.count("\n") > 1 or len(words) < 2 or not words[0][:1].isupper():
        return None
    if words[-1].lower() in TITLE_JOINERS or words[0].lower() in NOT_A_SPECIFICATION:
        return None
    return " ".join(words)


# A title written right before its number in brackets, the number citing it: in quotes ('"The OAuth 2.1
# Authorization Framework" (draft-ietf-oauth-v2-1)', a sentence's case allowed) or in capitals ("the OAuth 2.0
# Security Best Current Practice (RFC 9700)", "HTTP Message Signatures (RFC 9421)"): a specification of its
# own, whatever its head word, as the quoted title after a number is
QUOTED_BEFORE = re.compile(
    r"(?:\"(?P<quoted>[^\"\n]{4,120})\"|\u201c(?P<curly>[^\u201d\n]{4,120})\u201d)[ \xa0\n]{0,2}\([ \xa0]?\Z"
)
TITLE_WORD = r"[A-Z0-9][\w/+-]{0,30}(?:\.[\w/+-]{1,30}){0,3}"
PLAIN_BEFORE = re.compile(
    rf"(?<![\w.-])(?P<title>[A-Z][\w/+-]{{0,30}}(?:\.[\w/+-]{{1,30}}){{0,3}}"
    rf"(?:[ \xa0\n](?:(?:of|for|and|on|in|to|over|with|&)[ \xa0\n])?{TITLE_WORD}){{1,7}})"
    r"[ \xa0\n]{0,2}\([ \xa0]?\Z"
)
TITLE_BEFORE_REACH = 160
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)[ \xa0\n]+\Z", re.IGNORECASE)


def title_before(text: str, start: int) -> str | None:
    """The title a number in brackets cites, written right before the bracket (QUOTED_BEFORE,
    PLAIN_BEFORE): two words or more, the first no reference's or work's word ("Section", "Review"), no
    word naming a unit, a body or an occasion, no number of its own ("TR-069 and USP (TR-369)": two things),
    no short list ("NETCONF/YANG and RESTCONF")."""
    window = text[max(0, start - TITLE_BEFORE_REACH) : start]
    if not window.rstrip(" \xa0").endswith("("):
        return None
    quoted = QUOTED_BEFORE.search(window)
    if quoted is not None:
        title = " ".join((quoted.group("quoted") or quoted.group("curly")).split())
        words = title.split()
        if len(words) < 2 or not words[0][:1].isupper() or words[-1].lower() in TITLE_JOINERS:
            return None
    else:
        plain = PLAIN_BEFORE.search(window)
        if plain is None:
            return None
        if INDEFINITE_BEFORE.search(window, 0, plain.start("title")) is not None:
            return None  # "... as an International Standard (ISO/IEC 20922)": a kind of document, no title
        words = plain.group("title").split()
        if words[0] in ("The", "A", "An"):
            if words[0] != "The":
                return None
            words = words[1:]
        if len(words) < 2 or any(w.lower() in NOT_TITLE_WORDS for w in words):
            return None
        if "and" in words and len(words) < 4:
            return None
        title = " ".join(words)
    first = words[0].lower().strip(",.;:")
    if first in NOT_A_SPECIFICATION or first in WORK_VERBS or PERIOD_WORD.match(words[0]):
        return None
    if STANDARD_NUMBERS.search(title) is not None:
        return None
    return title


# A standard's edition written after its number, a colon and the year ("ISO/IEC 27001:2022", "EN 55032:2015")
EDITION_AFTER = re.compile(r":(?P<year>(?:19|20)\d{2})(?![\w:/-])")


# The next items of a list of amendments that writes the body's prefix on its first only ("IEEE 802.3ch,
# 802.3cy and 802.3dh", "IEEE 802.11d, 802.11h, and 802.11j", "IEEE 802.1Qcc and 802.1CBdb"): each a dotted
# number with its amendment's letters
CONTINUED_NUMBER = re.compile(
    r"(?:[ \xa0]*,[ \xa0]*(?:and[ \xa0]+|or[ \xa0]+)?|[ \xa0]+(?:and|or)[ \xa0]+)"
    r"(?P<number>P?\d{3,4}(?:\.\d{1,2}){1,2}(?=[A-Za-z])[A-Z]{0,3}[a-z]{0,3})(?![\w.-])"
)


def continued_numbers(text: str, numbers: list[re.Match[str]]) -> list[str]:
    """The amendments a list names after an IEEE number without their prefix ("802.3cy" of "IEEE 802.3ch,
    802.3cy and 802.3dh"), as written; each list read once from its first number (linear)."""
    found = []
    for match in numbers:
        if not match.group().startswith("IEEE"):
            continue
        end = match.end()
        while (item := CONTINUED_NUMBER.match(text, end)) is not None:
            found.append(item.group("number"))
            end = item.end()
    return found


def discover_standard_numbers(ctx: Context) -> None:
    """Every standard the document cites by number becomes a known specification."""
    text = ctx.document.text
    designations = {" ".join(m.group("number").split()) for m in UNIT_DESIGNATION.finditer(text)}
    designations |= {" ".join(m.group("number").split()) for m in ACTING_NUMBER.finditer(text)}
    designations |= {" ".join(m.group("number").split()) for m in EXCHANGED_NUMBER.finditer(text)}
    numbers = [
        m
        for m in STANDARD_NUMBERS.finditer(text)
        if not in_postal_address(text, m) and not in_link_bar(text, m)
    ]
    titles: dict[str, list[str]] = {}  # the titles in brackets after each number: other names of it
    for match in numbers:
        if (edition := EDITION_AFTER.match(text, match.end())) is not None:
            written = " ".join(match.group().split())  # "ISO/IEC 27001:2022": a name of ISO/IEC 27001
            titles.setdefault(written, []).append(f"{written}:{edition.group('year')}")
        if (cited := title_before(text, match.start())) is not None:
            ctx.resolver.new_specification(cited, None, head="specification")
        title, quoted = title_after(text, match.end())
        if title is None and match.group().startswith("ITU-"):
            title, quoted = itu_title_after(text, match.end()), True
        if title is not None and quoted:  # a title in quotes is cited as a document of its own
            ctx.resolver.new_specification(title, None, head="specification")
        elif title is not None:
            titles.setdefault(" ".join(match.group().split()), []).append(title)
        elif (plain := plain_title_after(text, match.end())) is not None:
            written = " ".join(match.group().split())  # "TMF622 Product Ordering": a name of TMF622
            titles.setdefault(written, []).append(f"{written} {plain}")
    for written in dict.fromkeys(" ".join(m.group().split()) for m in numbers):
        if written in designations:
            continue  # "IEEE 802.1" of a document that speaks of the "IEEE 802.1 WG": the unit
        name, number = standard_name(written)
        aliases = tuple(dict.fromkeys(titles.get(written, [])))
        ctx.resolver.new_specification(name, number, head="specification", aliases=aliases)
    for written in body_numbered_standards(ctx, text):
        ctx.resolver.new_specification(written, None, head="specification")
    for written in dict.fromkeys(continued_numbers(text, numbers)):
        ctx.resolver.new_specification(written, None, head="specification")
    for index, written in enumerate(dict.fromkeys(versioned_names(text))):
        name = written.rsplit(" ", 1)[0]
        if LICENCE.match(name):
            continue  # "CC BY 4.0": the licence a document is published under, no subject of the work
        # "UEC 1.0 Specification": the body's; "Plattform Bojendaten 4.0": a body's whole name, version too
        if all(ctx.resolver.resolve(n, "organization") is None for n in (name, written)):
            ctx.resolver.new_specification(written, None, head="specification")
            # each look for the bare name reads the whole text: a bounded number of them keeps it linear
            if index < UNVERSIONED_LOOKS and names_unversioned(text, name):
                ctx.resolver.new_specification(name, None, head="specification")
    bodies = {w for p in ctx.parties for n in (p.label, *p.names) for w in n.split()[:1]}
    bodies |= first_words_of_bodies(ctx)
    generations = set()  # the names written with their generation: a product of its own only with it
    for written, owned in generation_names(text):
        name = written.rsplit(" ", 1)[0]
        if not all(
            ctx.resolver.resolve(part, "organization") for part in name.split("-")
        ):  # "Khronos-OGC 3D"
            new_owned_specification(ctx, written, owned, bodies)  # "Wi-Fi 7", "ASAM OpenMATERIAL 3D"
            generations.add(name)
    for name, owned in coded_names(text):
        kinds = ("organization", "unit", "specification")
        if name in bodies or any(ctx.resolver.resolve(name, k) for k in kinds):
            continue  # "PCI-SIG", "ITU-T", "HL7": a body's name; one already known
        if all(ctx.resolver.resolve(part, "organization") for part in name.split("-")):
            continue  # "CEN-CENELEC": two bodies working as one, no specification
        new_owned_specification(ctx, name, owned, bodies)  # "MIPI CSI-2"
    owners = owned_product_names(text)
    for name in product_names(text):
        if name in generations:
            continue  # "OpenMATERIAL" of "ASAM OpenMATERIAL 3D": the generation's name is the product's
        if name in bodies or any(
            ctx.resolver.resolve(name, k) for k in ("organization", "unit", "specification")
        ):
            continue  # "OpenInfra" of the OpenInfra Foundation: the body's short name
        new_owned_specification(ctx, name, owners.get(name), bodies)  # "ASAM OpenDRIVE"
    ctx.forget_mentions()


def new_owned_specification(ctx: Context, name: str, owned: str | None, bodies: set[str]) -> None:
    """A specification named alone ("CSI-2", "OpenDRIVE") or, where the text writes it after its body's
    acronym or the first word of the body's name ("MIPI CSI-2", "ASAM OpenDRIVE"), by that name, the bare
    one kept as another name: the document names it so, and a reader looks it up so."""
    owner = owned.split()[0] if owned is not None else ""
    if owned is not None and (owner in bodies or ctx.resolver.resolve(owner, "organization") is not None):
        ctx.resolver.new_specification(owned, None, head="specification", aliases=(name,))
    else:
        ctx.resolver.new_specification(name, None, head="specification")


def first_words_of_bodies(ctx: Context) -> set[str]:
    """The first word of each organization's name that is a word of capitals ("MIPI" of "MIPI Alliance",
    "Kelp" of "Kelp Alliance" as a document discovered it), and a name of one word coded as names are
    ("oneM2M", "GS1", "GlobalPlatform": ONE_WORD_BODY): a body is written by it in front of its
    specifications ("oneM2M TS-0026"). Read once per document from the known names."""
    words = set()
    for entity in ctx.resolver.entities.values():
        if entity.kind != "organization":
            continue
        for name in (entity.label, *entity.names):
            first, _, rest = name.partition(" ")
            if first.lower() in NOT_A_BODY_WORD:
                continue
            if (rest and first[:1].isupper()) or (not rest and ONE_WORD_BODY.fullmatch(first)):
                words.add(first)
    return words


# A body's name of one word with a capital or a digit past its first letter ("oneM2M", "GS1", "EMVCo",
# "buildingSMART"): a name as no English word is; a one-word name in title case ("Eurosmart") is left out,
# as the same word opens sentences
ONE_WORD_BODY = re.compile(r"[\w/-][\w/-]*[A-Z0-9][\w/-]*")


TOKEN = re.compile(r"\S+")
OPENING_MARKS = "(\"'\u201c"
# How many specifications one first word may open: a bound on the comparisons each owner's word costs
SAME_FIRST_WORD = 8


def name_with_bodies(ctx: Context) -> None:
    """ "OBC TS-0042", "Wi-SUN FAN": a specification the document found by its bare name and also writes
    right after its body's acronym or first word (one space between) is named that way too, whichever way
    it was found (a number, a coded name, a unit's subject), as a reader and a list of topics may name it.
    Not when the two go on with a capitalised word anywhere ("FIRST CVSS SIG", "IHE Radiology Work
    Register"): there they open another name, a unit's or a title's, that would lose its body. One reading
    of the text word by word; the names added at once."""
    owners = bodies_words(ctx)
    by_first: dict[str, list[Entity]] = {}
    for entity in ctx.resolver.new_entities.values():
        if entity.kind == "specification" and entity.label.split()[:1]:
            by_first.setdefault(entity.label.split()[0], []).append(entity)
    if not owners or not by_first:
        return
    text = ctx.document.text
    added: dict[URIRef, list[str]] = {}
    opening: set[str] = set()
    previous: re.Match[str] | None = None
    for token in TOKEN.finditer(text):
        before, previous = previous, token
        if before is None or before.end() + 1 != token.start() or text[before.end()] not in " \xa0":
            continue
        owner = before.group().lstrip(OPENING_MARKS)
        if owner not in owners:
            continue
        for spec in by_first.get(token.group().rstrip(",.;:)!?\"'\u201d"), [])[:SAME_FIRST_WORD]:
            end = token.start() + len(spec.label)
            if not text.startswith(spec.label, token.start()) or WORD_GOES_ON.match(text, end):
                continue
            full = f"{owner} {spec.label}"
            if NAME_GOES_ON.match(text, end):
                opening.add(full)
            elif full not in spec.names and full not in added.setdefault(spec.iri, []):
                added[spec.iri].append(full)
    more = {iri: [n for n in names if n not in opening] for iri, names in added.items()}
    ctx.resolver.with_more_names({iri: names for iri, names in more.items() if names})


# What goes on after a name: more of its word, or another capitalised word of a longer name
NAME_GOES_ON = re.compile(r"[ \xa0]{1,2}[A-Z]")  # (a tab or a wider gap parts two cells)
WORD_GOES_ON = re.compile(r"[\w-]")


def bodies_words(ctx: Context) -> set[str]:
    """The words a body is written by in front of its specifications: the first word of a party's names
    and of the capitalised names of the organizations known, and each organization's acronym."""
    words = {w for p in ctx.parties for n in (p.label, *p.names) for w in n.split()[:1]}
    words |= first_words_of_bodies(ctx)
    words |= {e.acronym for e in ctx.resolver.entities.values() if e.kind == "organization" and e.acronym}
    return {w for w in words if w.lower() not in NOT_A_BODY_WORD}


# First words many bodies' names share, which name no one body ("The", "Open", "International")
NOT_A_BODY_WORD = {
    "the", "open", "international", "national", "european", "american", "global", "world", "joint",
    "institute", "association", "society", "council", "forum", "alliance", "consortium", "foundation",
    "group", "union", "federal", "digital", "industrial", "internet", "wireless", "new", "next", "all",
}  # fmt: skip
UNVERSIONED_LOOKS = 20
# A body's acronym, a hyphen and a number: "ECMA-262", "ISO-8601". A standard only when the acronym is a
# known organization's (a body numbers its standards so); "AES-256" or "CVE-2024" is no body's.
# (not a body's numbered meeting: "at IETF-118", "the OGF-23 plenary", "IETF-118 in Prague")
BODY_NUMBERED = re.compile(
    r"(?<![\w@./:#-])(?<!\bat\s)(?P<body>[A-Z]{2,8})-(?P<number>\d{2,5})(?![\w@/-]|\.\w)"
    r"(?!\s+(?:meeting|plenary|session|hackathon|interim|in\s+[A-Z]))"
)
YEAR = re.compile(r"(?:19|20)\d{2}")


def body_numbered_standards(ctx: Context, text: str) -> list[str]:
    """The standards a text cites as a known body's acronym and a number ("ECMA-262", "ECMA-404"), each
    once; a unit's or an item's numbering ("SG-13", "WG-5") and a year ("ETSI-2024") are none."""
    found: dict[str, None] = {}
    for match in BODY_NUMBERED.finditer(text):
        body, number = match.group("body"), match.group("number")
        if body in NUMBERING_PREFIXES or YEAR.fullmatch(number) or match.group() in found:
            continue
        if ctx.resolver.resolve(body, "organization") is not None:
            found[match.group()] = None
    return list(found)


def names_unversioned(text: str, name: str) -> bool:
    """Whether a text also names a versioned specification without its version ("YANG data models" and
    "YANG 1.1"): the specification itself is a subject, not only that version of it."""
    if len(name.split()) > 2 or name.lower() in NOT_A_SPECIFICATION:
        return False
    bare = re.compile(rf"(?<![\w.-]){re.escape(name)}(?!\w|[-.]\w|\s+v?\d|\s+R\d)")
    return bare.search(text) is not None


# A product or specification written in mixed case, as only names are ("LoRaWAN", "ArchiMate",
# "GeoSPARQL", "DICOMweb", "OpenRoaming"), not inside an address or a path, nor as a markup tag's name
# ("<TabItem value=...>", "</PartnerLogo>": a page's components)
MIXED_CASE = re.compile(
    r"(?<![\w@./:<-])(?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]{2,}|[a-z]{2,}[A-Z])[A-Za-z0-9]*(?![\w@-]|\.\w)"
)


# After a mixed-case name, a head that makes it the name of a body or a unit ("OpenStack Foundation",
# "SmartM2M Technical Committee"); before it, a unit's head ("TC SmartM2M")
BODY_AFTER = re.compile(
    r" +(?:Foundation|Alliance|Consortium|Forum|Group|Association|Council|Institute|Society|Project"
    r"|Working|Work|Technical|Committee|Task|Special|Interest|ISG|TC|WG|SIG)\b"
)
UNIT_BEFORE = re.compile(r"\b(?:TC|ISG|WG|SC|SG|TSG|TWG|SIG)\s+$")


def owned_product_names(text: str) -> dict[str, str]:
    """Each mixed-case name with the name it has where the text first writes it after a capitalised word
    ("ASAM OpenDRIVE"); whether that word is its body's is for the caller to tell."""
    owned: dict[str, str] = {}
    for match in MIXED_CASE.finditer(text):
        name = match.group()
        if name not in owned and (
            owner := OWNER_BEFORE.search(text, max(0, match.start() - 13), match.start())
        ):
            owned[name] = f"{owner.group('owner')} {name}"
    return owned


# A record's key: written in lower camel case at the start of its line (after an indent, a list's dash or
# a quote) or in quotes after a JSON object's brace or comma, a colon right after it ("  shortName: CNCF",
# '{"actingThrough": "TAG Security"')
KEY_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]{0,24}(?:-[ \t]+)?[\"']?|[{,][ \t]{0,8}[\"'])$")
KEY_AFTER = re.compile(r"[\"']?[ \t]*:(?:[ \t]|$)", re.MULTILINE)
KEY_REACH = 32


def a_record_key(text: str, match: re.Match[str]) -> bool:
    """Whether a mixed-case name is a key of a structured record (YAML, JSON) rather than a product's name:
    lower camel case, opening its line and followed by a colon. A look of a few characters each side."""
    return (
        match.group()[:1].islower()
        and KEY_AFTER.match(text, match.end()) is not None
        and KEY_BEFORE.search(text, max(0, match.start() - KEY_REACH), match.start()) is not None
    )


# Mixed-case words that name no product: a conference named after its field ("KubeCon", "CloudNativeCon",
# "DockerCon"), a surname in Mc or Mac ("McGillivray", "MacLeod")
NOT_A_PRODUCT = re.compile(r"^(?:[A-Z][A-Za-z]{1,20}Con|Ma?c[A-Z][a-z]{2,20})$")


def product_names(text: str) -> list[str]:
    """Names written in mixed case, of five letters or more, that a document uses twice or more,
    never as the name of a body or a unit: a name used once may be a tool or a site named in passing
    ("Follow us on LinkedIn"); "MoU" and "IoT" are abbreviations."""
    counts: dict[str, int] = {}
    bodies: set[str] = set()
    for match in MIXED_CASE.finditer(text):
        name = match.group()
        if a_record_key(text, match) or NOT_A_PRODUCT.match(name):
            continue  # "shortName:" (a record's key), "KubeCon" (an event), "McGillivray" (a surname)
        counts[name] = counts.get(name, 0) + 1
        if BODY_AFTER.match(text, match.end()) or UNIT_BEFORE.search(
            text, max(0, match.start() - 5), match.start()
        ):
            bodies.add(name)
    # (four letters when the name opens in lower case, as coined names do: "glTF", not "MoUs")
    return [
        name
        for name, count in counts.items()
        if count >= 2 and (len(name) >= 5 or (len(name) == 4 and name[0].islower())) and name not in bodies
    ]


# A name coded with a number or a hyphen, as specifications are ("USB4", "LPDDR5X", "FIDO2", "Qi2", "CSI-2",
# "SPIR-V", "FC-NVMe", "DVB-DASH"); words are bounded and the two forms exclusive, so a failed match
# costs a few steps per position. Not inside an address, a path or a longer code ("S5-241234").
CODED_NAME = re.compile(
    # letters then a number: capitals ("USB4", "LPDDR5X") or a two-letter name ("Qi2"); a word in title
    # case before a digit ("Tier2", "Phase3") is ordinary prose
    r"(?<![\w@./:#-])(?:(?P<prefix>[A-Z]{2,10}?|[A-Z][a-z])(?P<number>\d{1,3}[A-Z]?)"
    r"|(?P<initials>[A-Z]{2,10})-(?P<rest>[A-Z][A-Za-z]{0,10}|\d{1,3})"
    r"|(?P<letter>[A-Z])-(?P<capitals>[A-Z]{3,8}))(?![\w@/-]|\.\w)"  # one letter: "A-PHY", "C-PHY"
)
# What numbers a unit, a meeting or an item rather than a specification: "SG13", "WG5", "WP5D", "JC-45",
# "SA5", "AI-12", "LS-045", "TD-12", "Q3", "FY26"; and a unit written with its head ("NMC-WG").
NUMBERING_PREFIXES = {
    "SG", "WG", "WP", "TC", "SC", "TG", "TF", "ISG", "TSG", "JC", "JWG", "AG", "SA", "RAN", "CT", "AI", "WI",
    "LS", "TD", "N", "DOC", "REQ", "ACT", "AR", "FY", "CW", "WK", "ITEM", "TDOC", "RFC", "GEN",
}  # fmt: skip
UNIT_ACRONYMS = {"WG", "TG", "SG", "TC", "TF", "SIG", "ISG", "TWG", "BOF", "RG"}
# A project a coded name names ("the SD-RAN project", "LSO-ODA Alignment Joint Project"): no specification.
PROJECT_AFTER = re.compile(
    r"(?:[ ][A-Z][\w-]{0,30}){0,2}[ ]{1,3}(?:Project|Programme|Program|Initiative)\b"
    r"|[ ]{1,3}(?:project|programme|program|initiative)\b"
)
# The body's acronym written right before the coded name: "MIPI CSI-2" is the body's specification.
OWNER_BEFORE = re.compile(r"(?<![\w-])(?P<owner>[A-Z][A-Za-z0-9]{1,11}) $")


# A number with a leading zero after a code's hyphen numbers a document, a form or an item of a series
# ("Register JWR-07", "Form LR-01", "Change Number RCP-07", "ballot SMC-014"), as no specification's name does
ITEM_NUMBER = re.compile(r"0\d{1,2}")
# Codes of the news, not of the field: a disease, a pair of places ("EU-US" is caught by shape below)
NOT_CODED = frozenset({"COVID-19", "MERS-CoV", "H1N1", "H5N1"})
# New specifications one document may bring by coded names alone: each is a new entity, which makes the
# resolver rebuild its name index, so an unbounded number costs the square of the document (the review:
# 2,000 codes written twice, 54 KB, 22 s); a real document names a handful
CODED_NAMES_MAX = 40


def is_place_pair(initials: str | None, rest: str | None) -> bool:
    """Two two-letter codes joined ("EU-US", "UK-EU"): places, as of an agreement between them."""
    if not initials or not rest:
        return False
    return len(initials) == 2 and len(rest) == 2 and rest.isupper()


def coded_names(text: str) -> list[tuple[str, str | None]]:
    """Coded names (CODED_NAME) a document writes twice or more, never as a body's or a unit's, each with
    the name it has after its body's acronym where the text writes one ("MIPI CSI-2"). A prefix numbered
    several ways ("AI-12", "AI-16"; "SG13", "SG15") is a numbering of items or groups, not a name."""
    counts: dict[str, int] = {}
    numbered: dict[str, set[str]] = {}
    excluded: set[str] = set()
    owned: dict[str, str] = {}
    for match in CODED_NAME.finditer(text):
        name = match.group()
        counts[name] = counts.get(name, 0) + 1
        prefix = match.group("prefix") or match.group("initials") or match.group("letter")
        if match.group("number") or (match.group("rest") or "").isdigit():
            numbered.setdefault(prefix, set()).add(name)
        if (
            name in NOT_CODED
            or is_place_pair(match.group("initials"), match.group("rest"))
            or ITEM_NUMBER.fullmatch(match.group("rest") or "") is not None  # "JWR-07", "SMC-014": an item's
            or prefix.upper() in NUMBERING_PREFIXES
            or (match.group("rest") or "").upper() in UNIT_ACRONYMS
            or BODY_AFTER.match(text, match.end())
            or PROJECT_AFTER.match(text, match.end())
            or UNIT_BEFORE.search(text, max(0, match.start() - 5), match.start())
        ):
            excluded.add(name)
        owner = OWNER_BEFORE.search(text, max(0, match.start() - 13), match.start())
        if owner is not None and name not in owned:
            owned[name] = f"{owner.group('owner')} {name}"
    excluded |= {name for names in numbered.values() if len(names) > 1 for name in names}
    found = [(name, owned.get(name)) for name, count in counts.items() if count >= 2 and name not in excluded]
    return found[:CODED_NAMES_MAX]


def standard_name(written: str) -> tuple[str, str | None]:
    """A standard's name and the short form it is also cited by: an ITU-T Recommendation is "ITU-T
    G.709" and "G.709" however it was written ("ITU-T Recommendation G.709", "ITU-T Rec. G.709"), so
    that a later bare "G.709" names the same one."""
    recommendation = ITU_RECOMMENDATION.match(written)
    if recommendation is None:
        adopted = ADOPTED_ISO.match(written)  # "EN ISO 23386" is the standard a bare "ISO 23386" cites
        adopted = adopted or ETSI_DELIVERABLE.match(written)  # "ETSI EN 302 208", cited as "EN 302 208"
        adopted = adopted or THREE_GPP_SPECIFICATION.match(written)  # "3GPP TS 23.501", cited "TS 23.501"
        return written, adopted.group("standard") if adopted is not None else None
    return f"ITU-T {recommendation.group('number')}", recommendation.group("number")
