"""Who and what a register names: parties, their missions, units and charters, specifications.

One function per kind of fact:
- discover_entities: names the reference data does not know -> new entities (needsReview):
  "Full Name (ACR)", names ending in Alliance, Consortium, Forum, Group, Task Force, ...,
  several parties on one line ("ETSI and OASIS", "OGF, DMTF & SNIA", "A / B"), and units
  written with their organization ("ETSI NFV ISG", "IEEE 802.1 WG", "OASIS TOSCA TC")
- extract_parties: the "Alliance Organizations" list or paragraph (or the title)
- extract_descriptions: missions of parties, charters of units
- extract_units / extract_specifications: the units taking part, the specifications concerned
- extract_relations: developed by, extends, uses, part of unit
- extract_topics: the technology topics of the units and specifications involved
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, takewhile

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.extract.contacts import TITLE_WORDS, looks_like_person
from kg.extract.context import (
    Context,
    block_spans,
    capitalise,
    mentions_between,
    overlapping,
    subject_mention,
    unique,
    with_period,
)
from kg.extract.dates import parse_target
from kg.extract.names import (
    ACRONYM_STANDARDS_COMMITTEE,
    ACRONYM_THEN_NAME,
    ACRONYM_UNIT,
    BARE_JOINT_PATH,
    BARE_JTC_ONE,
    BARE_SUBCOMMITTEE,
    COMMITTEE_DESIGNATION,
    COUNTRY_CODES,
    DEFINED_HEREINAFTER,
    DESCRIBED_THEN_DEFINED,
    FORMERLY_NAMED,
    GENERIC_PLURAL_HEADS,
    HEAD_FIRST_UNIT,
    JOINT_COMMITTEE,
    LETTER,
    NAME_GAP,
    NAME_PARTICLES,
    NAMED_SPEC,
    NAMED_WITH_ACRONYM,
    NUMBERED_SHORT_HEAD,
    ORG_HEADS,
    OWNED_UNIT,
    SPEC_HEADS,
    TECHNICAL_COMMITTEE,
    TITLE_SPEC_HEAD,
    TITLED_SPEC,
    TRADING_AS,
    UNIT_HEADS,
    UNIT_PHRASE,
    UPPER,
    WORD_TAIL,
    Resolver,
    as_titled,
    is_generic_plural,
    name_before_acronym,
    spelt_out,
    uncited,
    unit_head,
)
from kg.extract.parties import listed_items, party_sections
from kg.extract.standards import NOT_A_BODY_WORD
from kg.extract.structure import Block
from kg.model import prefilter
from kg.model.namespaces import AKG
from kg.model.prefilter import finditer
from kg.model.records import Description, Entity, Mention, Relation, Spans

NOT_PARTICIPATING = ("contacts", "approval")
NOT_CONCERNED = ("contacts", "approval", "review")
PARTICIPATING_UNIT_TYPES = ("WorkingGroup", "TechnicalWorkGroup", "Forum", "TaskForce")
TITLE_PARTIES = re.compile(
    r"^(?P<names>.+?)(?<!\s)\s+(?:Work\s+Register|Alliance\s+Register|Register)\b", re.I
)
BETWEEN = re.compile(r"\bbetween\s+(?P<names>[^.]+?)(?:(?<!\s)\s+to\b|(?<!\s)\s+in\s+order|[.:]|$)", re.I)
CHARTERED = re.compile(r"\bhas\s+chartered\s+(?:an?|the)\s+", re.I)
RELATIVE_CHARTER = re.compile(
    r"^(?:\s*\([^)]*\))?\s+(?:that|which)\s+(?:would\s+be|will\s+be|is|are)\s+(?P<rest>[^.;]+)", re.I
)
DEVELOPED_BY = re.compile(r"\b(?:currently\s+)?(?:being\s+)?(?:developed|maintained|defined)\s+by\b", re.I)
DEVELOPS = re.compile(
    r"\b(?:defines?|develop(?:s|ing)?|maintains?|creates?|publish(?:es)?|is\s+responsible\s+for)\b", re.I
)
CREATES = re.compile(r"\b(?:create|develop|define|build)\b", re.I)
EXTENDS = re.compile(r"\bextends?\b", re.I)
USES = re.compile(r"\b(?:will\s+utili[sz]e|utili[sz]es|uses|will\s+use|builds?\s+on|is\s+based\s+on)\b", re.I)
POSSESSIVE = re.compile(r"^(?:\s*\([A-Z][A-Za-z0-9-]*\))?['\u2019]s\s+$")
OBJECT_HEAD_END = re.compile(
    r"^[®™]?\s*(?:$|[(),.;:]|specifications?\b|standards?\b|consisting\b|that\b|which\b|and\b)"
)


# --- Discovery of names the reference data does not know -----------------------------------


def uncovered(mentions: list[Mention], start: int, end: int) -> bool:
    return not overlapping(mentions, start, end)


def starting_at(mentions: list[Mention], position: int, kind: str = "organization") -> list[Mention]:
    """The mention of that kind that starts right at `position`, if any (one bisection)."""
    return [
        m
        for m in overlapping(mentions, position, position + 1)
        if m.start == position and m.entity.kind == kind
    ]


def discover_entities(ctx: Context) -> None:
    """Give unknown organizations, units and specifications an entity before mentions are read.

    First the resolver notes which organizations the whole document gives evidence for (their full
    names or domains), so that an acronym several share ("CSA") resolves to the right one or none."""
    ctx.resolver.observe(ctx.document.text)
    discover_joint_committees(ctx)
    discover_organizations(ctx)
    discover_committee_paths(ctx)
    discover_glued_units(ctx)
    discover_research_groups(ctx)
    ctx.forget_mentions()
    ctx.parties = [entity for entity, _ in extract_parties(ctx)]
    discover_nested_units(ctx)
    discover_units(ctx)
    discover_listed_units(ctx)
    discover_undecided_units(ctx)
    discover_glued_units(ctx, coded=True)
    discover_specifications(ctx)
    ctx.forget_mentions()


def all_blocks(ctx: Context) -> Iterator[tuple[str, Block]]:
    if ctx.layout.title is not None:
        yield "title", ctx.layout.title
    for section in ctx.layout.sections:
        if section.heading is not None:
            yield section.kind, section.heading
        for block in section.blocks:
            yield section.kind, block


# Words that name no body on their own: a name needs one other word before its head ("Alliance
# Organization Assets" is a heading, "Open Grid Forum" a name).
GENERIC_WORDS = {
    "alliance", "alliances", "organization", "organizations", "organisation", "association", "consortium",
    "forum", "group", "groups", "council", "foundation", "institute", "initiative", "task", "force", "work",
    "working", "register", "registers", "partner", "partners", "partnership", "member", "members", "industry",
    "standards", "standard", "technical", "joint", "strategic", "liaison", "liaisons", "collaboration",
    "the", "this", "that", "these", "our", "their", "its", "each", "both", "all", "other", "new", "and", "of",
    "for", "on", "&", "a", "an", "between", "with", "from", "to", "by", "in", "at", "project", "union",
    # the column names of a table's header ("Role | Name | Organization")
    "role", "name", "names", "affiliation", "email", "e-mail", "title", "phone", "contact", "type", "status",
}  # fmt: skip
# Leading words of a sentence that are not part of the name after them ("Members of the ...").
LEAD_WORDS = GENERIC_WORDS | {
    "education", "participation", "cooperation", "coordination", "representatives", "representative",
    "chair", "chairs", "staff", "agreement", "about", "within", "under", "via", "see", "as",
    # the end of another body's corporate suffix ("O-RAN ALLIANCE e.V. and NGMN Alliance")
    "v", "e.v", "inc", "ltd", "llc", "gmbh", "corp", "aisbl",
    # a meeting's title before the bodies it joins ("Meeting of the Fjord Sensor Society and ...")
    "meeting", "minutes", "call", "workshop",
}  # fmt: skip
FUNCTION_WORDS = {"of", "for", "and", "the", "on", "&", "in", "to", "at", "by", "with"}
# Articles of other languages a sentence may put before a name ("La Fédération ...", "Die Deutsche ...").
FOREIGN_ARTICLES = {"la", "le", "les", "der", "die", "das", "el", "il", "lo", "de", "het"}
# "X Group" is a unit when X says what kind of group it is ("Working Group", "Study Group").
UNIT_GROUP_WORDS = {
    "working", "work", "study", "focus", "steering", "expert", "experts", "research", "community", "business",
    "interest", "advisory", "technical", "user", "users", "coordination", "marketing", "liaison", "task",
    "project", "program", "programme", "specification", "architecture", "review", "editorial", "drafting",
    "contact", "discussion", "action", "ad-hoc", "hoc", "rapporteur", "management-board",
    "domain",  # a forum's "Domain Group" of members on one field
}  # fmt: skip
UNIT_ONLY_HEADS = (
    "working group", "work group", "workgroup", "technical committee", "industry specification group",
    "study group", "subcommittee", "committee", "board", "board of directors",
)  # fmt: skip
AMBIGUOUS_HEADS = ("Forum", "Council")  # and "Task Force": as often a unit as an organization
BARE_HEADS = "|".join([*ORG_HEADS, r"Task\s+Force"])
BARE_ORG_NAME = re.compile(  # (its words parted by blanks but a tab, as names.NAME_GAP: a tab parts cells)
    rf"(?<![\w&'\u2019-])(?P<name>(?:[A-Z][A-Za-z0-9\u2019'&.-]{WORD_TAIL}{NAME_GAP}"
    rf"(?:(?:of|for|and|the|on|&){NAME_GAP}){{0,2}}){{1,6}}(?:{BARE_HEADS}))(?![\w-])(?!\s+[A-Z0-9])"
)
PARTY_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:;|,\s*and\s+|,|&|/)\s*|(?<!\s)\s+(?:&|and|\u2013|-)\s+")
BARE_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&-]{1,11}")
PARTY_GAP = re.compile(r"^[\s,;/&()\u2013-]*(?:(?:and|the)\s+)*(?:the\s+)?$")
CHARTER_BEFORE = re.compile(r"\b(?:chartered|formed|created|established|launched)\s+(?:an?|the)\s+$", re.I)


def trimmed_name(name: str) -> str:
    """A name without the sentence words before it: "Members of the Edge Telemetry Consortium" ->
    "Edge Telemetry Consortium"; a name that opens with its head keeps it ("The Institute of Orbital
    Sensor Engineers" -> "Institute of Orbital Sensor Engineers")."""
    words = name.split()
    leading = len(words) > 1 and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in FOREIGN_ARTICLES)
    if head_first(words[1:] if leading else words):
        return " ".join(words[1:] if leading else words)
    for index in range(len(words) - 1, 0, -1):
        lead = [w.lower().strip(",.;:") for w in words[:index]]
        if lead[-1] in FUNCTION_WORDS and all(w in LEAD_WORDS for w in lead):
            return " ".join(words[index:])
    leading = words[0].lower() in FUNCTION_WORDS or words[0].lower() in FOREIGN_ARTICLES
    return " ".join(words[1:]) if len(words) > 1 and leading else name


def organization_name_kind(name: str) -> str | None:
    """ "organization" for a name only a body has ("Edge Telemetry Consortium", "Trusted Computing Group"),
    "ambiguous" for one a unit may have too ("... Forum", "... Task Force", "... Council"), else None;
    a name in capitals that is none of these is read again as running text writes it (as_titled)."""
    kind = name_kind(name)
    return kind if kind is not None or as_titled(name) == name else name_kind(as_titled(name))


def name_kind(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[0] in ("A", "An", "Our"):  # "A Special Interest Group reviews ...": the
        words = words[1:]  # article or the writer's "Our" opens the sentence, no word of a name
    lowered = " ".join(w.lower() for w in words)
    if (
        len(words) < 2
        or is_generic_plural(name)
        or any(lowered.endswith(h) and (lowered == h or lowered.endswith(" " + h)) for h in UNIT_ONLY_HEADS)
    ):
        return None
    if words[0].lower() in AGREEMENT_WORDS and words[-1] in GROUP_HEADS_OF_AGREEMENTS:
        return None  # "MoU Management Group", "Agreement Steering Committee": the agreement's own group
    if not any(w.lower() not in GENERIC_WORDS for w in words[:-1]):
        return None
    last, before = words[-1], words[-2].lower()
    if head_first(words) or head_then_purpose(words) or head_of_purpose(words):
        return "organization"
    if last == "Authority" and before not in ROLE_AUTHORITIES:  # "Ghana Standards Authority"
        return "organization"
    if lowered.endswith("task force"):
        return "ambiguous" if len(words) > 2 else None
    if last == "Group":
        if lowered.endswith("special interest group"):  # ("Bluetooth Special Interest Group"; the words
            return "organization" if len(words) > 3 else None  # alone are a kind of group, no body)
        return None if before in UNIT_GROUP_WORDS else "organization"
    if last in AMBIGUOUS_HEADS:
        return "ambiguous"
    return "organization" if last in ORG_HEADS else None


# A group an agreement sets up to run itself is named after it ("the MoU Management Group", "the Memorandum
# Steering Committee", "the Agreement Coordination Group"): the agreement's group, no body to ally with
AGREEMENT_WORDS = {"mou", "moa", "memorandum", "agreement"}
GROUP_HEADS_OF_AGREEMENTS = {"Group", "Committee", "Council", "Board", "Forum"}


# "Authority" ends a public body's name ("Ghana Standards Authority", "Infocomm Media Development Authority")
# but also names a role in a trust scheme or a registry ("Certificate Authority (CA)", "Registration
# Authority"), which no alliance is made with
ROLE_AUTHORITIES = {"certificate", "certification", "registration", "root", "issuing", "naming", "competent",
                    "time-stamping", "timestamping", "attribute", "validation"}  # fmt: skip


def head_of_purpose(words: list[str]) -> bool:
    """Whether a name opens with a body's head, then "of" or "for" and capitalised words, even generic ones
    ("Bureau of Standards Jamaica", "Council of Europe"): `head_first` wants two words that are not generic,
    so a national body named after its trade and its country was a specification when spelled by its
    acronym."""
    return (
        len(words) >= 3
        and folded(words[0]) in FIRST_HEADS
        and words[1] in ("of", "for")
        and all(word[:1].isupper() for word in words[2:] if word not in FUNCTION_WORDS)
        and words[-1][:1].isupper()
    )


# Heads that open a body's name in English and in the languages that put the head first
# ("Institute of Electrical and Electronics Engineers", "Fédération Européenne des Données Ouvertes").
FIRST_HEADS = {"association", "federation", "institute", "institution", "organization", "organisation",
               "foundation", "consortium", "alliance", "society", "council", "commission",
               # the same heads in the other languages of standards bodies ("Asociacion Espanola de
               # Normalizacion", "Fondazione Bruno Kessler", "Bureau de Normalisation du Quebec")
               "asociacion", "associazione", "federacion", "federazione", "instituto", "istituto", "institut",
               "organizacion", "organizzazione", "fundacion", "fondazione", "fondation", "consorcio",
               "consorzio", "alianza", "alleanza", "sociedad", "societa", "societe", "conseil", "consejo",
               "consiglio", "agence", "agencia", "agenzia", "bureau", "ente", "union", "unione",
               # a public body named by its kind of office ("Department of Standards Malaysia", "Ministry of
               # Economy, Trade and Industry", "Korean Agency for Technology and Standards"); an "Office"
               # is as often a unit of one ("Office for Product Safety and Standards" of a department)
               "department", "ministry", "agency", "ministerio", "ministero", "ministere",
               # a coalition of bodies ("Coalition for Content Provenance and Authenticity")
               "coalition"}  # fmt: skip


# A body's name that opens with its head and goes on with a particle and capitalised words ("Institute of
# Electrical and Electronics Engineers", "Instituto Nacional de Normalizacion", "Bureau de Normalisation du
# Quebec"), or, in another language than English, with capitalised words alone ("Fondazione Bruno Kessler").
# A committee's heads ("Comite", "Commission") and a centre's are left out: as often a body's unit.
# (a tab parts a table row's cells: a name never runs on into the next cell, "Instituto X de Energia\tIME")
HEAD_FIRST_NAME = re.compile(
    rf"(?<![\w-])(?P<name>(?P<head>[{UPPER}][{LETTER}]{{3,14}})"
    rf"(?P<rest>(?: +(?:(?:{NAME_PARTICLES}|du|y|e|of\s+the|pour|para|per) +){{0,2}}"
    rf"[{UPPER}][{LETTER}'\u2019.-]{{1,40}}){{2,12}}))"
)
ENGLISH_FIRST_HEADS = {"association", "federation", "institute", "institution", "organization",
                       "organisation", "foundation", "consortium", "alliance", "society", "council",
                       "commission", "union", "agency", "bureau", "department", "ministry",
                       "coalition"}  # fmt: skip
PARTICLE = re.compile(rf"\s(?:{NAME_PARTICLES}|du|pour|para|per)\s")


# Where a head-first name ends and the next body's begins: a conjunction, an article and another head
# ("Association Francaise de Normalisation et le Bureau de ...")
NEXT_HEAD = re.compile(
    rf"\s(?:and|et|und|y|e|&)\s+(?:(?:the|le|la|les|el|il|lo|der|die|das)\s+|[lL]['\u2019])?(?=[{UPPER}])"
)


def head_first_names(text: str) -> Iterator[tuple[str, int]]:
    """The names in `text` that open with a body's head (HEAD_FIRST_NAME), with where each starts: an English
    head needs a particle after it ("Alliance Members Directory" is a heading), another language's not; a
    committee's head is none (FIRST_HEADS). Two names joined by a conjunction before the second's head are
    two."""
    for match in HEAD_FIRST_NAME.finditer(text):
        start, position = match.start("name"), 0
        whole = match.group("name")
        for joint in [*NEXT_HEAD.finditer(whole), None]:
            part = whole[position : joint.start() if joint else len(whole)]
            if (
                joint is not None
                and folded(whole[joint.end() :].split()[0]) not in FIRST_HEADS
                and len(joint.group().split()) < 2  # "X of Y and the Z Consortium": an article opens a name
            ):
                continue  # "Institute of Electrical and Electronics Engineers": one name
            name = head_first_name(part)
            if name is not None:
                yield name, start + position
            position = joint.end() if joint else len(whole)


SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.[ \t]")


def head_first_name(part: str) -> str | None:
    """The body's name a head-first phrase is, without its trailing particles; None when its head is no
    body's, or an English head has no particle after it."""
    part = SENTENCE_STOP.split(part, maxsplit=1)[0]  # "... Standards Malaysia. Issue 4": the name ends there
    words = part.rstrip(".").split()
    head = folded(words[0])
    if head not in FIRST_HEADS or head == "commission":
        return None
    while words and words[-1].lower() in NAME_PARTICLES.split("|"):
        words.pop()
    name = part[: part.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])] if words else ""
    if head in ENGLISH_FIRST_HEADS and not PARTICLE.search(name):
        return None
    return name if len(words) >= 3 else None


# A body the text does not know, named beside a known one as the subject of their work together: "CDISC
# (...) and TransCelerate BioPharma Inc. have collaborated since ...", "Northwind Metrology and the ETSI
# signed ...". The name is capitalised words (a company-style legal form after it dropped), and the verb one
# of working together; a name only listed with a body ("DMTF and Redfish users") has none.
PARTNER_NAME = (
    rf"[{UPPER}][{LETTER}0-9&'\u2019.-]{{1,40}}(?:[ \t]+[{UPPER}][{LETTER}0-9&'\u2019.-]{{1,40}}){{0,4}}"
)
LEGAL_FORM = r"(?:,?[ \t]+(?:Inc\.?|Ltd\.?|LLC|GmbH|Corp\.?|Limited|AG|S\.?A\.?|B\.?V\.?))"
BRACKETED = r"(?:[ \t]*\([^()\n]{1,80}\))?"
PAIR_VERB = (
    r"[ \t]+(?:(?:have|has|had|will|shall|today|jointly|each|also|now)[ \t]+){0,2}"
    r"(?:collaborat\w*|cooperat\w*|co-operat\w*|partner\w*|work(?:ed)?[ \t]+together|join(?:ed)?[ \t]+forces"
    r"|team(?:ed)?[ \t]+up|sign(?:ed)?|agreed|renewed|launch(?:ed)?|co-[a-z]+)\b"
)
PARTNER_AFTER = re.compile(
    rf"{BRACKETED}[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?P<name>{PARTNER_NAME}){LEGAL_FORM}?{BRACKETED}"
    rf"{PAIR_VERB}"
)
PARTNER_BEFORE = re.compile(
    rf"(?:^|(?<=[.;:\n])[ \t]*|\b[Tt]he[ \t]+)(?P<name>{PARTNER_NAME}){LEGAL_FORM}?{BRACKETED}[ \t]+(?:and|&)"
    r"[ \t]+(?:the[ \t]+)?$"
)


def discover_acting_partner(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """The body a known one is named with as the subject of their work together (PARTNER_AFTER, or
    PARTNER_BEFORE with the verb after the known body): a new organization when no entity covers it."""
    for mention in (m for m in mentions if m.entity.kind == "organization"):
        after = PARTNER_AFTER.match(text, mention.end)
        found = [(after.group("name"), after.start("name"))] if after else []
        before = PARTNER_BEFORE.search(text, max(0, mention.start - 120), mention.start)
        if before and re.match(BRACKETED + PAIR_VERB, text[mention.end :]):
            found.append((before.group("name"), before.start("name")))
        for written, start in found:
            name = trimmed_name(re.sub(rf"{LEGAL_FORM}$", "", written))
            start += written.find(name)
            if is_generic(name) or not uncovered(mentions, start, start + len(name)):
                continue
            first = name.split()[0]
            if len(name.split()) < 2 or organizations_by_first_word(ctx, first.lower(), first):
                continue  # a word ("Members"), a known body's short name ("RISC-V" of RISC-V International)
            ctx.resolver.new_organization(name, None)


def discover_head_first_names(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """ "el Instituto Nacional de Normalizacion", "Fondazione Bruno Kessler": a body named head first
    (`head_first_names`), where no body or unit is named already and no body owns it ("X's Institute ...")."""
    for name, start in head_first_names(text):
        end = start + len(name)
        if (
            organization_name_kind(name) == "organization"
            and uncovered(mentions, start, end)
            and not owned_by_mention(text, mentions, start)
            and not is_generic(name)
        ):
            ctx.resolver.new_organization(name, None)


def folded(word: str) -> str:
    """A word in lower-case ASCII, accents dropped: how a head is looked up ("Fédération" -> "federation")."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def head_first(words: list[str]) -> bool:
    """Whether a name opens with a body's head and goes on with at least two capitalised words: a
    head alone or with one word ("Alliance Members", "Association Europe") is a heading, not a name."""
    capitalised = [w for w in words[1:] if w[:1].isupper() and w.lower() not in GENERIC_WORDS]
    return folded(words[0]) in FIRST_HEADS and len(capitalised) >= 2


def head_then_purpose(words: list[str]) -> bool:
    """Whether capitalised words put a body's head before "for" or "of" and a capitalised purpose: "African
    Organisation for Standardization", "Pan-Pacific Association of Test Laboratories" (the head inside, not
    last: the name ended nowhere a body's name ends, and "African Organisation" was made the body)."""
    for index in range(1, len(words) - 2):
        purpose = words[index + 1] in ("for", "of") and words[index + 2][:1].isupper()
        if purpose and folded(words[index]) in INNER_HEADS:
            return all(word[:1].isupper() for word in words[:index])
    return False


# ... and inside a name only, a network of its members ("European Network of Transmission System Operators
# for Electricity", "Nordic Network of Buoy Data Operators"); opening one, "Network Slicing for X" is none
INNER_HEADS = FIRST_HEADS | {"network"}


def owned_by_mention(text: str, mentions: list[Mention], start: int) -> bool:
    """Whether an organization is named right before `start` ("DMTF Fabrics Task Force"), or the name
    is what something was chartered as ("has chartered a Fabrics Task Force") or what a body named before
    acts through ("FIRST, through its PSIRT Special Interest Group"): then it is a unit."""
    window = text[max(0, start - OWNER_WINDOW) : start]
    before = window.rstrip()
    end = start - (len(window) - len(before))  # where the text before the name ends, blanks aside
    named = any(m.entity.kind == "organization" and m.end == end for m in mentions)
    possessive = re.search(r"['\u2019]s?$", before) is not None and ELISION.search(before) is None
    through = THROUGH_BEFORE.search(window) is not None and owner_through(text, mentions, start) is not None
    return named or possessive or through or CHARTER_BEFORE.search(window) is not None


# An article or preposition elided before a name ("l'Institut", "d'Europe", "dell'Istituto"): no possessive
ELISION = re.compile(
    r"(?:^|[\s(])(?:[LlDdSsNnJjCcMmTt]|[DdNnSs]ell|[Aa]ll|[Dd]all|[Ss]ull|[Qq]u|[Dd]el)['\u2019]$"
)
OWNER_WINDOW = 200
"""How much text before a name is read for its owner, a possessive or "has chartered a": a copy of all the
text before each name made a document of many bare names quadratic (seventh outside attack)."""


# A header's labelled line a layout may read as a heading ("From: Security Working Group, Open Buoy
# Consortium"): its value names bodies as any line does
LABELLED_LINE = re.compile(r"^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?:[ \t]+\S")


def discover_organizations(ctx: Context) -> None:
    """Organizations the reference data does not know, from the ways documents name them: as
    parties (items of an organizations list, the title, the "between" clause), as "Full Name (ACR)",
    and as names only a body has."""
    party_lines = {id(block) for block in party_line_blocks(ctx)}
    heading = first_heading(ctx)
    above: Block | None = None
    for kind, block in all_blocks(ctx):
        if above is not None and len(above.text) <= STACKED_ACRONYM_CHARACTERS:
            acronym_above_name(ctx, above, block)
        above = block
        discover_acting_bodies(ctx, block.text)
        mentions = ctx.resolver.mentions(block.text)
        if id(block) in party_lines:
            # a body named head first, before the line is split at its joints ("L'Association ... et
            # l'Institut ...")
            discover_head_first_names(ctx, block.text, mentions)
            discover_acting_partner(ctx, block.text, ctx.resolver.mentions(block.text))
            mentions = ctx.resolver.mentions(block.text)
            # an item is a party whatever its words; a paragraph may go on with an address
            discover_party_line(ctx, block.text, mentions, any_name=block.kind == "item")
            # "Open Fabric Telemetry Alliance (OFTA) Fabric Management Working Group": its acronym
            discover_named_with_acronym(ctx, block.text, ctx.resolver.mentions(block.text))
            if block.kind == "paragraph":  # "The X Consortium works with the Y Alliance (YA), ..."
                opening = party_line_opening(block.text)
                discover_bare_names(ctx, opening, ctx.resolver.mentions(opening))
            continue
        discover_named_with_acronym(ctx, block.text, mentions)
        if (
            block.kind in ("item", "paragraph")
            and (unit := prefilter.search(UNIT_AFTER_COMMA, block.text)) is not None
        ):
            # "**Open Compute Project (OCP)** — Hardware Management Project" in a list of who takes part
            discover_project_unit(ctx, block.text, ctx.resolver.mentions(block.text), unit)
        if block.kind != "heading" or kind == "title" or LABELLED_LINE.match(block.text):
            discover_bare_names(ctx, block.text, ctx.resolver.mentions(block.text))
            discover_association_names(ctx, block.text, ctx.resolver.mentions(block.text))
            discover_head_first_names(ctx, block.text, ctx.resolver.mentions(block.text))
            discover_acting_partner(ctx, block.text, ctx.resolver.mentions(block.text))
        elif block is not heading:
            discover_heading_name(ctx, block.text, mentions)
        for cell in block.cells[:1] if block.kind == "row" and len(block.cells) > 1 else ():
            # a row's first cell, where a table of partners names each: a name ends with its cell (in the
            # row's text the next cell's capital went on with it); later cells name their groups and work
            discover_bare_names(ctx, cell.text, ctx.resolver.mentions(cell.text))
    if heading is not None and heading is not ctx.layout.title:
        # last: the body's "Full Name (ACR)" in the text names it first, with its acronym
        discover_bare_names(ctx, heading.text, ctx.resolver.mentions(heading.text))
    for names in party_phrases(ctx):
        discover_party_line(ctx, names, ctx.resolver.mentions(names), any_name=False, unit_names=True)
    discover_organization_column(ctx)
    discover_acronym_column(ctx)
    discover_acronym_committees(ctx)


def discover_acronym_committees(ctx: Context) -> None:
    """ "DICOM Standards Committee" (ACRONYM_STANDARDS_COMMITTEE) where the text and the reference data name
    no body by that acronym: the committee is the body its acronym names (a partners page's heading over
    what the page's owner does with it, "DICOM WG-20" then its unit); a known body's committee ("the AES
    Standards Committee" of a text naming the Audio Engineering Society (AES)) stays that body's unit."""
    named: list[Entity] | None = None  # the bodies the text names, read once if a committee is found
    for match in prefilter.finditer(ACRONYM_STANDARDS_COMMITTEE, ctx.document.text):
        acronym, name = match.group("acronym"), " ".join(match.group("name").split())
        if ctx.resolver.resolve(acronym, "organization") is not None or ctx.resolver.mentions(name):
            continue
        if named is None:
            mentions = ctx.resolver.mentions(ctx.document.text)
            named = [m.entity for m in mentions if m.entity.kind == "organization"] + list(ctx.parties)
        if any(acronym in (body.acronym, body.label) or spelled_whole(acronym, body.label) for body in named):
            continue  # ("Audio Engineering Society" named in the text: the AES Standards Committee is its)
        ctx.resolver.new_organization(name, acronym)


# The header of a table's column of short names ("Acronym | Organization", "Participant | Short name",
# "Abbreviation | Full name"), and of the column of names beside it
ACRONYM_COLUMN = re.compile(r"acronyms?|abbreviations?|abbr\.?|short\s+names?|short\s+forms?", re.IGNORECASE)
NAME_COLUMN = re.compile(
    r"(?:full\s+|legal\s+)?names?|participants?|(?:partner\s+)?(?:organi[sz]ations?|bod(?:y|ies))|partners?"
    r"|members?|(?:member\s+)?institutions?|beneficiar(?:y|ies)",
    re.IGNORECASE,
)


def discover_acronym_column(ctx: Context) -> None:
    """A table whose header has a column of short names beside a column of names (ACRONYM_COLUMN,
    NAME_COLUMN): each row's short name is the acronym of the body its name cell names ("UNECE | United
    Nations Economic Commission for Europe"), as "Full Name (ACR)" says in a sentence. One pass over the rows;
    a row whose cells do not line up with the header's (a cell left empty and dropped) is passed over."""
    more: dict[URIRef, list[str]] = {}
    for section in ctx.layout.sections:
        columns: tuple[int, int] | None = None
        for block in section.blocks:
            if block.kind != "row":
                columns = None
                continue
            texts = [cell.text.strip(" *_:") for cell in block.cells]
            if columns is None:
                columns = acronym_columns(texts)
                continue
            if columns[0] >= 0 and len(texts) > max(columns):
                body = acronym_of_cell(ctx, texts[columns[0]], texts[columns[1]])
                if body is not None:
                    more.setdefault(body.iri, []).append(texts[columns[0]])
    ctx.resolver.with_more_names(more)  # (the indexes rebuilt once for the table, not once a row)


def acronym_columns(header: list[str]) -> tuple[int, int]:
    """The columns of short names and of names in a table's header row, the names' the nearest to the short
    names'; (-1, -1) when it has no such pair."""
    short = next((i for i, text in enumerate(header) if ACRONYM_COLUMN.fullmatch(text)), -1)
    names = [i for i, text in enumerate(header) if i != short and NAME_COLUMN.fullmatch(text)]
    if short < 0 or not names:
        return -1, -1
    return short, min(names, key=lambda i: abs(i - short))


def acronym_of_cell(ctx: Context, acronym: str, name: str) -> Entity | None:
    """The body a row's short name is the acronym of: the body its name cell names, when the body is one the
    document made (a known body keeps the acronyms the reference data gives it) and the short name names no
    other."""
    if not BRACKET_ACRONYM.fullmatch(acronym) or not any(c.isupper() for c in acronym) or not name:
        return None
    if ctx.resolver.resolve(acronym, "organization") is not None:
        return None
    named = [m for m in ctx.resolver.mentions(name) if m.entity.kind == "organization"]
    if not named:  # the header says the cell names a body: "Full name | Nordic Marine Data Federation"
        discover_cell_body(ctx, name)
        named = [m for m in ctx.resolver.mentions(name) if m.entity.kind == "organization"]
    whole = len(named) == 1 and named[0].end - named[0].start >= len(name) - LEGAL_FORM_CHARACTERS
    return named[0].entity if whole and named[0].entity.needs_review else None


LEGAL_FORM_CHARACTERS = 8  # what a name cell may hold after the body's name: ", Inc.", " e. V.", " AISBL"


# The header of a table's column in which each cell names a body ("| Organization | Group | Topic |")
ORGANIZATION_COLUMN = re.compile(
    r"(?:partner\s+)?(?:organi[sz]ations?|bod(?:y|ies)|partners?|parties|party|members?|sdos?)", re.IGNORECASE
)
COLUMN_NAME_WORDS = 8


def discover_organization_column(ctx: Context) -> None:
    """A name written alone in a table's organization column is a body's, whatever its words ("Plattform
    Bojendaten 4.0", a programme's name that is also its body's): the header says what the cells are.
    A cell that names a known body or unit, a generic word ("both"), or no name is passed over. One pass
    over the rows."""
    for section in ctx.layout.sections:
        column: int | None = None
        for block in section.blocks:
            if block.kind != "row":
                column = None
                continue
            if column is None:
                heads = [ORGANIZATION_COLUMN.fullmatch(cell.text.strip(" *:")) for cell in block.cells]
                column = next((i for i, head in enumerate(heads) if head), -1)
                if column >= 0 and any(
                    names_a_body(ctx, c.text) for i, c in enumerate(block.cells) if i != column
                ):
                    column = -1  # a label and its value ("Partner Organization | X (XA)"): no header row
                continue
            cells = [
                c for i, c in enumerate(block.cells) if (c.column if c.column is not None else i) == column
            ]
            if column >= 0 and cells:
                discover_cell_body(ctx, cells[0].text)


def names_a_body(ctx: Context, text: str) -> bool:
    """Whether a cell names a body (known, or written with its acronym) or an address: a value, so the
    row it is in is no table's header."""
    if EMAIL_LIKE.search(text) or NAMED_WITH_ACRONYM.search(text):
        return True
    return any(m.entity.kind == "organization" for m in ctx.resolver.mentions(text))


def discover_cell_body(ctx: Context, text: str) -> None:
    """The body a cell of an organization column names, when it is a name and no known one."""
    name = text.strip(" *_.;:")
    if not name or len(name.split()) > COLUMN_NAME_WORDS or is_generic(name) or not name_shaped(name):
        return
    if ACRONYM_UNIT.fullmatch(name) or UNIT_PHRASE.fullmatch(name) or EMAIL_LIKE.search(name):
        return
    if any(m.entity.kind in ("organization", "unit") for m in ctx.resolver.mentions(name)):
        return
    named = seated(NAMED_WITH_ACRONYM.fullmatch(name))
    if is_generic_plural(trimmed_name(named.group("name")) if named is not None else name):
        return  # ("Standards Development Organizations (SDOs)": a kind of partner, no body)
    if named is not None:
        ctx.resolver.new_organization(trimmed_name(named.group("name")), named.group("acronym"))
    elif len(name.split()) >= 2:  # a word alone ("O-RAN") is the short name of a body named elsewhere
        ctx.resolver.new_organization(clean(name))


EMAIL_LIKE = re.compile(r"@|https?://|www\.")


# "X (XC), acting through its Forecast Department", "X, represented by its Steering Board": a party named
# with the units that carry its work. Never "through" alone ("work through 2027").
ACTS_THROUGH = re.compile(
    # a run of blanks is entered once, at its start (from each blank in it, a long run cost its square)
    r"(?:,|(?<!\s))\s+(?:acting\s+(?:through|via)|(?:represented\s+by|through|via)\s+(?:its|their))\b",
    re.IGNORECASE,
)
ACTING_REACH = 200  # how far back from "acting through" its body's name and brackets are read
ACTING_WORDS = 9
# "(formerly the Lindqvist Radar Foundation, LRF)": the body's former name, and its former acronym
FORMER_NAME = re.compile(
    r"(?:formerly|previously|until\s+\d{4})(?:\s+(?:known\s+as|called|named))?\s+(?:the\s+)?"
    r"(?P<name>[^,;()]{3,120}?)(?:,\s*(?P<acronym>[A-Z][A-Za-z0-9&-]{1,11}))?\s*$"
)
BRACKET_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9&/-]{0,10}[A-Z0-9][A-Za-z0-9&-]{0,10}")
# The last words of a unit's or a body's name: another name ends there, when a paragraph joined the lines
NAME_ENDS = {head.split()[-1] for head in UNIT_HEADS} | {head.lower() for head in ORG_HEADS} | {"department"}
EMPHASIS = "*_/ \t\n"  # the marks of bold and italic that outlines and wikis put around a name
NAME_JOINERS = {
    "of", "for", "and", "the", "on", "&", "in", "de", "des", "du", "la", "der", "für", "und", "di",
}  # fmt: skip


def discover_acting_bodies(ctx: Context, text: str) -> None:
    """A body named with the units it acts through ("the Coalition for X (CX), acting through its Technical
    Working Group"): an organization whatever its name ends on ("Centre", "Trading Community", "X
    International"), with the acronym or former name it gives in brackets. Each name is read back word by
    word at most ACTING_REACH characters, so a text of many such phrases costs their length."""
    for acting in prefilter.finditer(ACTS_THROUGH, text):
        window = text[max(0, acting.start() - ACTING_REACH) : acting.start()]
        found = acting_body(window)
        if found is None:
            continue
        name, start, acronym, former, former_acronym = found
        if names_a_person(window[:start], name):
            continue  # "The Chair, Ana Example, acting through the Secretariat": an officer, no body
        if not acting.group().lower().lstrip(", \t\n").startswith("acting") and not opens_clause(
            window[:start]
        ):
            continue  # "DMTF comments on the X Format through its Forum": only a party opens its clause
        named = ctx.resolver.mentions(window[start:])
        if any(m.entity.kind in ("organization", "unit") for m in named):
            continue  # a body the document or the reference data knows
        earlier = ctx.resolver.resolve(former, "organization") if former else None
        if earlier is not None:  # the body known by its former name: this one, not a second
            if earlier.needs_review:
                ctx.resolver.with_names(earlier, name)
            continue
        body = ctx.resolver.new_organization(name, acronym)
        if body.needs_review and former:
            ctx.resolver.with_names(body, *(n for n in (former, former_acronym) if n))


# The words that stand before a person's name and no body's: a form of address, an officer's title
PERSON_OPENERS = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "mme"}) | TITLE_WORDS


def names_a_person(before: str, name: str) -> bool:
    """Whether `name`, read back from "acting through", is a person's: shaped as one and written after
    their role or form of address ("The Chair, Ana Example,", "Dr. Ana Example,"), or with the role run
    into it ("Executive Director Ana Example"). A body's name alone ("Tidewater International") is shaped
    as a person's too, so the shape alone decides nothing."""
    words = name.split()
    titled = 0
    while titled < len(words) - 2 and words[titled].lower() in PERSON_OPENERS:
        titled += 1
    if titled:
        return looks_like_person(" ".join(words[titled:]), False)
    previous = before.rstrip(EMPHASIS + ",").rsplit(None, 1)[-1:]
    opened = bool(previous) and previous[0].strip(EMPHASIS + ",.:").lower() in PERSON_OPENERS
    return opened and looks_like_person(name, False)


CLAUSE_MARKS = re.compile(r"[:;.,\n]")
LIST_MARKS = EMPHASIS + "-\u2022\u20130123456789.()#"


def opens_clause(before: str) -> bool:
    """Whether a name after `before` opens its line or clause: after a bullet, a number, a label's colon,
    another body's unit (a list's lines joined), or "and the" after a comma ("Organizations: the X, through
    its ..., and the Y, through its ...")."""
    clause = CLAUSE_MARKS.split(before[-80:])[-1].strip(LIST_MARKS).lower().split()
    if clause and clause[-1] in NAME_ENDS:
        return True  # the lines of a list joined: the unit of the party above ends there
    return all(word in ("the", "and") for word in clause)


def acting_body(window: str) -> tuple[str, int, str | None, str | None, str | None] | None:
    """The name written last in `window` (a body's, before "acting through"), where it starts, its acronym,
    former name and former acronym as its brackets give them; None when the words there are no body's
    name."""
    rest = window.rstrip(EMPHASIS)
    acronym = former = former_acronym = None
    if rest.endswith(")"):
        opening = rest.rfind("(")
        if opening < 0:
            return None
        bracket = " ".join(rest[opening + 1 : -1].split())
        rest = rest[:opening].rstrip(EMPHASIS)
        if (was := FORMER_NAME.match(bracket)) is not None:
            former, former_acronym = was.group("name").strip(" .*"), was.group("acronym")
        elif BRACKET_ACRONYM.fullmatch(bracket):
            acronym = bracket
        else:
            return None
    line = rest.rfind("\n") + 1  # on its line: the line before is another's
    spelt = name_before_acronym(rest, len(rest), acronym) if acronym else None
    name = trailing_name(rest[max(line, spelt or 0) :])
    if name is None or (acronym and acronym == name):
        return None
    words = [word.start() for word in re.finditer(r"\S+", rest)]
    return name, words[-len(name.split())], acronym, former, former_acronym


def trailing_name(text: str) -> str | None:
    """The capitalised words that end `text` ("... of the Lindqvist Trading Community"), without the words
    that open a sentence; None when they are no body's name (one plain word, a unit's, generic words)."""
    words: list[str] = []
    for word in reversed(text.split()[-ACTING_WORDS - 4 :]):
        bare = word.strip(EMPHASIS)
        # a capital first, or a coined word with one inside ("openEHR"; not "information/Geomatics")
        capitalised = bare[:1].isupper() or (bare.isalnum() and any(c.isupper() for c in bare[1:]))
        joiner = bare.lower() in NAME_JOINERS and bool(words)
        # the end of another marked phrase or of a clause ("... Department, and the X Centre")
        closed = words and (word.rstrip(EMPHASIS) != word or word[-1] in ",;:.")
        if closed or not (capitalised or joiner) or len(words) >= ACTING_WORDS:
            break
        words.append(bare)
        if word.lstrip(EMPHASIS) != word:
            break  # the name's first word, after its opening mark
    # (not a head before its purpose: "Association of ...", "Centre for ...")
    ended = [
        i
        for i, word in enumerate(words)
        if i and word.lower() in NAME_ENDS and words[i - 1] not in ("of", "for")
    ]
    words = words[: ended[0]] if ended else words  # "... Working Group Tidewater Centre": after the group
    while words and words[-1].lower() in NAME_JOINERS:
        words.pop()
    if not words:
        return None
    name = trimmed_name(" ".join(reversed(words)))
    single = len(name.split()) == 1
    if single and sum(c.isupper() for c in name) < 2:
        return None
    if is_generic(name) or (unit_head(name) is not None and organization_name_kind(name) is None):
        return None
    return name


# The joints of a heading that pairs two bodies' names ("A \u2013 B", "A & B", "A x B", "A / B")
HEADING_PAIR = re.compile(r"\s+(?:[/&x\u00d7+\u2013\u2014-]|and)\s+")


def discover_heading_name(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """A heading that is a body's name and nothing else ("## Kelp Telemetry Consortium" over what the page
    owner does with it): a page of partners titles each partner's section by its name. (A heading's words
    are read no further: "Alliance Organization Assets", "Joint Work Programme".)"""
    name = text.strip(" #*:.")
    parts = HEADING_PAIR.split(name)
    if (
        len(parts) > 1
    ):  # "Kelpwave Consortium \u2013 Fjordlight Sensor Alliance": a heading pairing two bodies
        if all(
            BARE_ORG_NAME.fullmatch(part) and organization_name_kind(part) == "organization" for part in parts
        ):
            for part in (p for p in parts if uncovered(mentions, text.find(p), text.find(p) + len(p))):
                ctx.resolver.new_organization(part, None)
        return
    match = BARE_ORG_NAME.fullmatch(name)
    if match is None or not uncovered(mentions, 0, len(text)) or owned_by_mention(name, [], 0):
        return
    found = bare_names(match)
    if len(found) == 1 and found[0][0] == name and organization_name_kind(name) == "organization":
        ctx.resolver.new_organization(name, None)


def party_line_opening(text: str) -> str:
    """A party paragraph up to its first bracket, "through its ..." or unit after a comma: where it names
    its bodies ("The X Consortium works with the Y Group (YG), ..."), not their former names ("(until 2023
    the Z Project)") or units ("takes part through its Security Project")."""
    ends = [
        text.find("("),
        *(m.start() for m in (ACTING_THROUGH.search(text), prefilter.search(UNIT_AFTER_COMMA, text)) if m),
    ]
    return text[: min((end for end in ends if end >= 0), default=len(text))]


def first_heading(ctx: Context) -> Block | None:
    """The document's title when the layout knew none: its first block, a heading ("Joint meeting of the
    Fjord Sensor Society and the Kelp Telemetry Consortium"). The layout takes a title only when it names
    a register or an agreement; minutes, pages and press releases name their bodies in their first
    heading, often nowhere else but by acronym."""
    if ctx.layout.title is not None or not ctx.layout.sections:
        return ctx.layout.title
    section = ctx.layout.sections[0]
    first = section.heading if section.heading is not None else next(iter(section.blocks), None)
    return first if first is not None and first.kind == "heading" else None


def party_line_blocks(ctx: Context) -> list[Block]:
    """The lines that list the parties: the items of an organizations section, or, when it has none,
    its first paragraph ("DMTF and The Green Grid (TGG)") and its short lines (one party each)."""
    found: list[Block] = []
    for section in party_sections(ctx):
        items = listed_items(section.blocks)
        found += items or [b for i, b in enumerate(section.blocks) if i == 0 or b.kind == "heading"]
    return found


# Words a nested item of a parties list ends with when it names the party's unit ("Operations and
# Management Area", "Common YANG Work Area", "IT Infrastructure Domain"), besides the unit heads.
NESTED_UNIT_HEADS = {
    "area", "domain", "directorate", "program", "programme", "project", "team", "group", "lab",
}  # fmt: skip


def discover_nested_units(ctx: Context) -> None:
    """A parties list whose items nest lines under each party: a nested line written as a name and
    ending on a unit's head is the party's unit, whatever joins its words ("Operations and Management
    Area" is one unit, not two names split at "and"); an address or contact line is none."""
    for section in party_sections(ctx):
        owner: Entity | None = None
        items = [b for b in section.blocks if b.kind == "item"]
        outer = min((b.depth for b in items), default=0)
        for block in items:
            if block.depth == outer:
                named = [m for m in ctx.resolver.mentions(block.text) if m.entity.kind == "organization"]
                owner = named[0].entity if named else None
                continue
            name = block.text.strip(" .;")
            head = name.split()[-1].lower() if name.split() else ""
            unit_like = unit_head(name) is not None or head in NESTED_UNIT_HEADS
            if owner is None or not unit_like or re.search(r"[,:;@]", name) or len(name.split()) < 2:
                continue
            acronym = re.search(r"\s{1,3}\((?P<acronym>[A-Za-z][A-Za-z0-9-]{1,11})\)$", name)
            if acronym is not None:
                name = name[: acronym.start()]
            if (
                name_shaped(name)
                and not is_site_area(name)
                and uncovered(ctx.resolver.mentions(name), 0, len(name))
            ):
                ctx.resolver.new_unit(name, acronym.group("acronym") if acronym else None, owner)


# A text that names the IRTF: its name, or an IRTF address or draft name ("cfrg@irtf.org", "draft-irtf-")
NAMES_THE_IRTF = re.compile(r"\bIRTF\b|Internet\s+Research\s+Task\s+Force|@irtf\.org|\bdraft-irtf-")
# A research group named in full, its acronym after it ("Thing-to-Thing Research Group (T2TRG)", "Crypto
# Forum Research Group"), and one written by its acronym alone, as the IRTF writes them ("CFRG", "PEARG")
RESEARCH_GROUP = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w-]*[ \t]+(?:(?:and|of|for|on|to)[ \t]+)?){1,5}Research[ \t]+Group)"
    r"(?![\w-])"
    r"(?:\s{0,3}\((?P<acronym>[A-Za-z0-9-]{2,12})\))?"
)
RESEARCH_GROUP_ACRONYM = re.compile(r"(?<![\w@./-])(?P<acronym>[A-Z][A-Z0-9]{1,6}RG)(?![\w@-])")


def discover_research_groups(ctx: Context) -> None:
    """The IRTF's research groups, in a text naming the IRTF: "... Research Group" named in full with no
    body's name written right before it, and an acronym ending in "RG" that no unit has yet; each a unit of
    the IRTF (session 35's convention; a BOF is a meeting, no unit)."""
    text = ctx.document.text
    if ("RG" not in text and "Research" not in text) or NAMES_THE_IRTF.search(text) is None:
        return
    irtf = ctx.resolver.resolve("IRTF", "organization")
    if irtf is None:
        return
    mentions = ctx.resolver.mentions(text)
    for match in finditer(RESEARCH_GROUP, text):
        name = re.sub(r"^(?:The|A|An|Our|Its)\s+", "", match.group("name"))
        start = match.end("name") - len(name)
        if not uncovered(mentions, start, match.end("name")) or organization_right_before(
            mentions, text, start
        ):
            continue
        ctx.resolver.new_unit(name, match.group("acronym"), irtf)
    known = {a.casefold() for a in ctx.resolver.units_by_acronym}
    for match in finditer(RESEARCH_GROUP_ACRONYM, text):
        acronym = match.group("acronym")
        if acronym.casefold() in known or not uncovered(mentions, *match.span()):
            continue
        if organization_right_before(mentions, text, match.start()):
            continue  # "the O-RAN nGRG": that body's
        known.add(acronym.casefold())
        ctx.resolver.new_unit(acronym, acronym, irtf)


def organization_right_before(mentions: list[Mention], text: str, start: int) -> bool:
    """Whether a body's name ends right before `start`, a blank or "the" between ("O-RAN Alliance next
    Generation Research Group")."""
    gap = re.compile(r"[ \t]*(?:'s[ \t]+)?")
    return any(
        m.entity.kind == "organization" and m.end <= start and gap.fullmatch(text, m.end, start) is not None
        for m in mentions
    )


# A list's lead-in that names a unit's own groups, not bodies it works with ("The Coordination Group is
# assisted by:", "The Steering Board relies on:"; not "... works with:", "... has liaisons with:")
LEAD_IN_RELATION = re.compile(
    r"\b(?:with|partners?|liaisons?|members?|observers?|signator\w*|agreements?|cooperat\w*|collaborat\w*)\b",
    re.IGNORECASE,
)
# The unit a lead-in names by its head alone: "The Coordination Group", "the Steering Board"
LEAD_IN_HEAD = re.compile(r"\b[Tt]he\s+(?P<words>(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)")
# An item that is a group's name alone, its article and acronym around it: "the Data Carrier Task Force
# (DCTF)", "an Access Rights Expert Panel."
LISTED_GROUP = re.compile(
    r"(?:(?:the|an?)\s+)?(?P<name>[A-Z][\w&/-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z0-9][\w&/-]*){1,6})"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\))?[\s.;,]*"
)
# heads of a body's groups of people that UNIT_HEADS leaves out, read in such a list only
LISTED_HEADS = ("panel",)


def discover_listed_units(ctx: Context) -> None:
    """A unit listed under a lead-in naming a unit ("The Coordination Group is assisted by:" / "- the Data
    Carrier Task Force (DCTF)" / "- an Access Rights Expert Panel") is a unit of that unit's organization:
    a "Task Force" named with an acronym is read as a body of its own elsewhere, a "Panel" as nothing."""
    owner: Entity | None = None
    for _, block in all_blocks(ctx):
        if block.kind != "item":
            owner = lead_in_owner(ctx, block.text)
            continue
        if block.text.rstrip().endswith(":"):
            owner = lead_in_owner(ctx, block.text)
            continue
        if owner is None:
            continue
        listed_unit(ctx, block.text.strip(), owner)


def lead_in_owner(ctx: Context, text: str) -> Entity | None:
    """The organization of the one unit a list's lead-in names (by name, or by its head alone when the
    document has one such unit), when the lead-in ends with a colon and names no relation to others."""
    text = text.strip()
    if not text.endswith(":") or len(text) > 200 or LEAD_IN_RELATION.search(text):
        return None
    mentions = ctx.resolver.mentions(text)
    units = {m.entity.iri: m.entity for m in mentions if m.entity.kind == "unit"}
    if not units and not any(m.entity.kind == "organization" for m in mentions):
        for match in LEAD_IN_HEAD.finditer(text):
            words = " ".join(match.group("words").split()).lower()
            if unit_head(words) is None:
                continue
            units |= {
                e.iri: e
                for e in ctx.resolver.new_entities.values()
                if e.kind == "unit" and (e.label.lower() == words or e.label.lower().endswith(" " + words))
            }
    owners = {o.iri: o for u in units.values() if (o := organization_of(ctx, u)) is not None}
    return next(iter(owners.values())) if len(owners) == 1 and len(units) == 1 else None


def listed_unit(ctx: Context, text: str, owner: Entity) -> None:
    """The group an item names alone, a unit of `owner`: a new body read from the same name is forgotten."""
    match = LISTED_GROUP.fullmatch(text)
    if match is None:
        return
    name = match.group("name")
    head = unit_head(name)
    if (head is None or head == "forum") and name.split()[-1].lower() not in LISTED_HEADS:
        return
    if head is not None and " ".join(name.lower().split()) == head:
        return  # a bare "Task Force"
    named = {m.entity.iri: m.entity for m in ctx.resolver.mentions(text)}
    for entity in named.values():
        if entity.kind == "unit" or entity.iri not in ctx.resolver.new_entities:
            return  # a unit already, or a body the reference data knows ("Internet Engineering Task Force")
        if entity.kind == "organization" and entity.label != name:
            return
    for entity in named.values():
        if entity.kind == "organization":
            ctx.resolver.forget_entity(entity)
    ctx.resolver.new_unit(name, match.group("acronym"), owner)


def discover_joint_committees(ctx: Context) -> None:
    """ "ISO/IEC JTC 1/SC 27/WG 4": the joint committee "ISO/IEC JTC 1" is an organization of its own
    (also called "JTC 1"), and the subcommittee path written after it is its unit, named in full. Its own
    documents write the path without the bodies ("JTC 1/SC 22") and the designations without their blanks
    ("ISO/IEC JTC1/SC24/WG9"): the unit is the same, and the way the text writes it finds it too."""
    units: dict[str, list[Entity]] = {}
    written: dict[URIRef, list[str]] = {}
    committees: dict[str, Entity] = {}  # "JTC 1" -> the joint committee the document names in full
    for match in prefilter.finditer(JOINT_COMMITTEE, ctx.document.text):
        body = re.sub(r"JTC\s*(?=\d)", "JTC ", " ".join(match.group("body").split()))
        body = re.sub(r"\s+JTC", " JTC", body)
        committee = body[body.rindex("JTC") :]  # "JTC 1"
        first = joint_committee_owner(ctx, body)
        if first is not None:  # "CEN/CLC/JTC 13": a unit of CEN, the groups of its path CEN's too
            joint_committee_unit(ctx, match, body, committee, first, units, written)
            continue
        slashed = "/JTC" in body
        body = body.replace("/JTC", " JTC")  # "ISO/IEC/JTC 1" is ISO/IEC JTC 1, as its own bodies write it
        organization = ctx.resolver.new_organization(body, committee)
        if slashed:
            as_written(written, organization, match.group("body"))
        committees.setdefault(committee, organization)
        if match.group("path"):
            path = committee_path(match.group("path"))
            unit = ctx.resolver.new_unit(f"{body}/{path}", path, organization)
            units.setdefault(path.rsplit("/", 1)[-1], []).append(unit)
            as_written(written, unit, match.group(), match.group("path").lstrip("/ "))
    if "JTC 1" not in committees and prefilter.search(BARE_JTC_ONE, ctx.document.text) is not None:
        # "to JTC 1 under the PAS procedure": the one joint committee written bare, its paths' owner too
        committees["JTC 1"] = ctx.resolver.new_organization("ISO/IEC JTC 1", "JTC 1")
    for match in prefilter.finditer(BARE_JOINT_PATH, ctx.document.text):
        committee = spaced_committee(match.group("committee"))
        joint = committees.get(committee)
        if joint is None and committee == "JTC 1":  # the one joint committee written bare
            joint = committees[committee] = ctx.resolver.new_organization("ISO/IEC JTC 1", committee)
        if joint is None:
            continue  # "JTC 21/WG 5" of a document that never names whose JTC 21 it is
        path = committee_path(match.group("path"))
        body = joint.label if committee in joint.label else f"ISO/IEC {committee}"
        unit = ctx.resolver.new_unit(f"{body}/{path}", path, joint)
        units.setdefault(path.rsplit("/", 1)[-1], []).append(unit)
        as_written(written, unit, match.group(), match.group("path").lstrip("/"))
    # "SC 34/WG 6", "SC 34 N 1905" in a text naming JTC 1 and no technical committee that could own them:
    # JTC 1's (a liaison's mail to the subcommittee's members writes neither the bodies nor "JTC 1/")
    # (ISO/IEC's only: another pair's JTC 1 is named too rarely to own what the text leaves unowned)
    joint = committees.get("JTC 1")
    iso_iec = joint is not None and joint.label == "ISO/IEC JTC 1"
    if joint is not None and iso_iec and prefilter.search(TECHNICAL_COMMITTEE, ctx.document.text) is None:
        for match in prefilter.finditer(BARE_SUBCOMMITTEE, ctx.document.text):
            path = committee_path(match.group())
            unit = ctx.resolver.new_unit(f"{joint.label}/{path}", path, joint)
            units.setdefault(path.rsplit("/", 1)[-1], []).append(unit)
            as_written(written, unit, match.group())
    # "WG 5 asks ...": the last part of one committee's path, written alone, is that committee's group
    for last, found in units.items():
        if len({u.iri for u in found}) == 1:
            unit = ctx.resolver.entities.get(found[0].iri, found[0])
            if last != unit.acronym and last not in unit.names:
                ctx.resolver.with_names(unit, last)
    more_names(ctx, written)


def joint_committee_owner(ctx: Context, body: str) -> Entity | None:
    """The body a joint committee of bodies other than ISO and IEC, written with slashes, is a unit of: the
    FIRST it names, when the text or the reference data knows that acronym as one organization
    ("CEN/CLC/JTC 13", "CEN/CLC JTC 13": CEN's; the lead's convention of session 35, as for joint teams).
    None for ISO/IEC's joint committees (an organization of their own, "ISO/IEC JTC 1"), unknown first
    bodies, and bodies joined by a hyphen ("CEN-CENELEC JTC 21" stays the organization its tests and golds
    name: the lead's call)."""
    joined = body[: body.rindex("JTC")].strip(" /")
    if "-" in joined:
        return None
    first = joined.split("/")[0]
    if first == "ISO":
        return None
    known = [e for e in ctx.resolver.by_acronym.get(first, []) if e.kind == "organization"]
    return known[0] if len(known) == 1 else None


def joint_committee_unit(
    ctx: Context,
    match: re.Match[str],
    body: str,
    committee: str,
    owner: Entity,
    units: dict[str, list[Entity]],
    written: dict[URIRef, list[str]],
) -> None:
    """The joint committee `body` as a unit of `owner` (also called `committee`, "JTC 13"), and the group of
    its path after it ("CEN/CLC/JTC 13/WG 3", also "WG 3") a unit of the same body."""
    unit = ctx.resolver.new_unit(body, committee, owner)
    as_written(written, unit, match.group("body"))
    if match.group("path"):
        path = committee_path(match.group("path"))
        group = ctx.resolver.new_unit(f"{body}/{path}", path, owner)
        units.setdefault(path.rsplit("/", 1)[-1], []).append(group)
        as_written(written, group, match.group(), match.group("path").lstrip("/ "))


def committee_path(path: str) -> str:
    """ "/SC22/WG20", " SC 36" -> "SC 22/WG 20", "SC 36": a path as the committees write it in full."""
    parts = re.split(r"[ \t]?/[ \t]?|[ ](?=[A-Z])", path.strip(" \t/"))  # ("/ SC 29 / WG 11" too)
    return "/".join(spaced_committee(part) for part in parts if part.strip())


def as_written(written: dict[URIRef, list[str]], unit: Entity, *names: str) -> None:
    """Keep the names a committee's unit is written by where they are not its own ("JTC1/SC24" of the
    unit "ISO/IEC JTC 1/SC 24"): a name pattern reads a blank as any blanks, never as none."""
    for name in names:
        normal = " ".join(name.split())
        own = {" ".join(n.split()) for n in (unit.label, unit.acronym or "", *unit.names)}
        if normal and normal not in own and normal not in written.get(unit.iri, []):
            written.setdefault(unit.iri, []).append(normal)


def more_names(ctx: Context, written: dict[URIRef, list[str]]) -> None:
    """The names kept by as_written given to the new units they name, the indexes rebuilt once."""
    new = {iri: names for iri, names in written.items() if iri in ctx.resolver.new_entities}
    ctx.resolver.with_more_names(new)


# A committee of a standards body written as its path: the body, a slash, the committee, then each
# subcommittee or working group under it ("ISO/TC 307", "ISO/TC 22/SC 33/WG 9", "CEN/TC 442"), and the
# number of a document of its own after it ("ISO/TC 211 N 6120").
COMMITTEE_PATH = re.compile(
    r"(?<![\w/-])(?P<body>[A-Z][A-Za-z]{1,7}(?:-[A-Z]{2,8})?)/"
    r"(?P<path>(?:TC|PC)\s?\d{1,3}(?:/(?:SC|WG|JWG|AG|AHG|TF)\s?\d{1,3})*)(?![\w/])(?P<document>\s?N\s?\d)?"
)


# A body's acronym glued to its committee's number ("IEEE802", "IEEE802.11", "IETF/IEEE802") or joined by a
# hyphen to its group's code ("ETSI-NFV"): the body and its unit. A number of two or three digits, dotted
# or not (a four- or five-digit one is a standard's, "ISO9001"; "PI4.0" a version); a code only where the
# text names a unit of the body by it ("ETSI ISG NFV"): "DVB-DASH", "OIDF-FIDO", "WBA-WFA" name a standard,
# a joint project, two bodies.
GLUED_UNIT = re.compile(
    r"(?<![\w.-])(?P<acronym>[A-Z][A-Z&]{1,9})(?:(?P<number>[1-9]\d{1,2}(?:\.\d{1,3}[a-z]{0,3}){0,2})"
    r"|-(?P<code>[A-Z]{2,8}))(?![\w-]|\.\d)"
)


def discover_glued_units(ctx: Context, coded: bool = False) -> None:
    """The units of GLUED_UNIT, each of the one known or discovered body its acronym names (exact case): by
    number (before the parties are read), or by code (`coded`: once the units are discovered)."""
    text = ctx.document.text
    if not any(c.isdigit() for c in text) and "-" not in text:
        return
    mentions = ctx.resolver.mentions(text)
    for match in finditer(GLUED_UNIT, text):
        bodies = ctx.resolver.by_acronym.get(match.group("acronym"), [])
        own = {match.span("acronym")} | ({match.span()} if coded else set())  # (the glued unit found again)
        others = [m for m in overlapping(mentions, *match.span()) if m.span not in own]
        if len(bodies) != 1 or others:
            continue  # ("IEEE-SA": a name of its own; the acronym alone before it is the body's)
        if match.group("number") and not coded:
            ctx.resolver.glued_unit(bodies[0], match.group("number"), match.group())
        code = match.group("code") or match.group("number")
        unit = coded_unit(ctx, bodies[0], code) if coded else None
        if unit is not None and unit.needs_review and match.group() not in unit.names:
            ctx.resolver.with_names(unit, match.group())


def coded_unit(ctx: Context, body: Entity, code: str) -> Entity | None:
    """The one unit of `body` the document names whose acronym or one of whose names' words is `code`, but
    the glued spelling's own (Resolver.glued_unit): "IEEE802.11" and "IEEE 802.11 Working Group" are one
    unit; the glued one is then forgotten."""
    units = {
        e.iri: e
        for e in ctx.resolver.new_entities.values()
        if e.kind == "unit"
        and e.unit_of == body.iri
        and (e.acronym == code or any(code in name.split() for name in (e.label, *e.names)))
    }
    glued = [e for e in units.values() if e.label == f"{body.short_name} {code}" and e.acronym is None]
    named = [e for e in units.values() if e not in glued]
    if len(named) != 1:
        return None
    for entity in glued:
        ctx.resolver.forget_entity(entity)
    return named[0]


def discover_committee_paths(ctx: Context) -> None:
    """ "ISO/TC 22/SC 33/WG 9": a committee path is a unit of the body it opens with, named as written
    (the way standards bodies name their groups and a reader looks one up) and by its path alone ("TC 261"
    of ISO), when the document or the reference data knows that body; a joint committee's path is
    discover_joint_committees'. A committee whose own documents the text numbers ("ISO/TC 211 N 6120")
    writes the document: it is the party the document speaks for, no group taking part in the work. One
    reading of the text, one look-up per path."""
    paths: dict[str, tuple[str, Entity, set[str]]] = {}
    writers: set[str] = set()
    for match in prefilter.finditer(COMMITTEE_PATH, ctx.document.text):
        path = "/".join(spaced_committee(part) for part in match.group("path").split("/"))
        name = f"{match.group('body')}/{path}"
        if match.group("document"):
            writers.add(name)
        if name not in paths and (body := ctx.resolver.resolve(match.group("body"), "organization")):
            paths[name] = (path, body, set())
        if name in paths:  # "ISO/TC46/SC2": the unit "ISO/TC 46/SC 2" as the text writes it
            paths[name][2].update((f"{match.group('body')}/{match.group('path')}", match.group("path")))
    written: dict[URIRef, list[str]] = {}
    for name, (path, body, spellings) in paths.items():
        if name not in writers and ctx.resolver.resolve(name, "organization") is None:
            unit = ctx.resolver.new_unit(name, path, body)
            as_written(written, unit, *sorted(spellings))
    more_names(ctx, written)


def spaced_committee(part: str) -> str:
    """ "SC27" -> "SC 27", as the committees write their designations."""
    return re.sub(r"^([A-Z]+)\s*(\d+)$", r"\1 \2", part.strip())


def discover_named_with_acronym(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """ "Edge Telemetry Consortium (ETC)", "Internet Engineering Task Force (IETF)", and a body known
    by its acronym that says its former name ("ACME (formerly the Acme Telemetry Forum)")."""
    for named in finditer(ACRONYM_THEN_NAME, text):
        name = named.group("name")
        acronym = named.group("acronym")
        body = organization_name_kind(name) is not None and (
            spells(acronym, name) or spelled_whole(acronym, name)
        )
        if body and uncovered(mentions, named.start(), named.end()):
            ctx.resolver.new_organization(name, named.group("acronym"))
    for trading in finditer(TRADING_AS, text):
        same_body(ctx, trimmed_name(trading.group("name")), trading.group("alias"))
    for pattern in (DESCRIBED_THEN_DEFINED, DEFINED_HEREINAFTER):
        for described in finditer(pattern, text):
            defined_after_description(ctx, described)
    for former in finditer(FORMERLY_NAMED, text):
        name = former.group("name")
        if organization_name_kind(name) is not None and uncovered(mentions, former.start(), former.end()):
            ctx.resolver.new_organization(name, former.group("acronym"))
    for match in finditer(NAMED_WITH_ACRONYM, text):
        if seated(match) is None:
            continue  # "Fjord Sensor Society (Bergen)": a seat in brackets, no acronym
        name = trimmed_name(after_named_bodies(text, mentions, match.start("name"), match.end("name")))
        *before, name = joined_names(name)  # "X Foundation and Y Alliance (YA)": X is a body of its own
        name = acronym_name(text, match, name)  # "5G Harbour Automation Association (5GHAA)"
        for other in before:
            cut = part_of_a_known_name(other, mentions, match) or (
                other is before[0] and cut_short(text, match)
            )
            if organization_name_kind(other) == "organization" and not cut:
                ctx.resolver.new_organization(other, None)
        start = match.end("name") - len(name)
        kind = organization_name_kind(name)
        if kind is not None and is_named_earlier(text[start : match.end()], mentions, start, match):
            ctx.resolver.new_organization(name, match.group("acronym"))  # found by name first: its acronym
            continue
        if kind is None and a_sector(ctx, name, match.group("acronym")):
            ctx.resolver.new_organization(name, match.group("acronym"))
            continue
        if (
            kind is None
            and public_body(name)
            and not name.startswith(("Office ", "Secretariat "))  # (as often a department's unit: no body)
            and spells(match.group("acronym"), name)
            and uncovered(mentions, start, match.end("name"))  # (its acronym may be another's: "CTA")
            and not owned_by_mention(text, mentions, start)
        ):
            ctx.resolver.new_organization(name, match.group("acronym"))  # "Trade Administration (ITA)"
            continue
        if (
            kind is None
            and head_for_one_word(name, match.group("acronym"))
            and uncovered(mentions, start, match.end())
        ):
            ctx.resolver.new_organization(name, match.group("acronym"))  # "Alliance for Telemetry (AFT)"
            continue
        if (
            kind is None
            and acronym_body_head(name, match.group("acronym"))
            and uncovered(mentions, start, match.end())
        ):
            ctx.resolver.new_organization(
                name, match.group("acronym")
            )  # "Pacific Area Standards Congress (PASC)"
            continue
        if kind == "organization" and opened_by_known_acronym(text, mentions, start, match):
            ctx.resolver.new_organization(name, match.group("acronym"))  # "IEEE Communications Society"
            continue
        if kind is None or unit_like_spec(name) or not uncovered(mentions, start, match.end()):
            continue
        owned = owned_by_mention(text, mentions, start)
        if owned and name.split()[-1] in UNIT_TOO_HEADS:
            continue  # "TCCA's Critical Communications Broadband Group (CCBG)": the body's group, a unit
        if kind == "organization" or not owned:
            ctx.resolver.new_organization(name, match.group("acronym"))


# Heads of a body's name that no unit, specification or topic ends with, too rare or too often an event's
# or an office's alone to make a body without the acronym the name is written with ("Pacific Area Standards
# Congress (PASC)", "Open Spectrum Coalition (OSC)"; "Kenya Bureau of Standards (KEBS)" is found by its head)
ACRONYM_BODY_HEADS = {"Congress", "Coalition", "Confederation", "League", "Bureau"}
# Words of an event's name, not a body's ("Mobile World Congress (MWC)", "Annual Standards Congress")
EVENT_WORDS = {"world", "global", "annual", "summit", "international", "congress"}


def acronym_body_head(name: str, acronym: str) -> bool:
    """Whether a "Full Name (ACR)" name ends with a body's head of ACRONYM_BODY_HEADS, its acronym spelling
    it, with no word of an event's name before the head: a body, never a specification or a topic."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1] in ACRONYM_BODY_HEADS
        and all(w[:1].isupper() or w in ("of", "for", "and", "on", "&") for w in words)
        and not any(w.lower() in EVENT_WORDS for w in words[:-1])
        and spells(acronym, name)
    )


def head_for_one_word(name: str, acronym: str) -> bool:
    """Whether a "Full Name (ACR)" name is a body's head, "for" or "of" and one capitalised word, its acronym
    spelling all three ("Alliance for Telemetry (AFT)", "Consortium for Buoys (CfB)"): a body's name, though a
    head with one word is as often a heading's ("Alliance Members")."""
    words = name.split()
    return (
        len(words) == 3
        and folded(words[0]) in FIRST_HEADS
        and words[1] in ("for", "of")
        and words[2][:1].isupper()
        and words[2].lower() not in GENERIC_WORDS
        and len(acronym) == 3
        and spelled_whole(acronym, name)
    )


def opened_by_known_acronym(text: str, mentions: list[Mention], start: int, match: re.Match[str]) -> bool:
    """Whether a "Full Name (ACR)" name opens with a known body's acronym and is otherwise no known name,
    its own acronym spelling the words after it: "IEEE Geoscience and Remote Sensing Society (GRSS)", "the
    IEEE Communications Society (ComSoc)", "ETSI Centre for Testing (ECT)" are bodies of their own named after
    the known one, not that body ("the IEEE Standards Association (IEEE SA)", known by its whole name, is
    its own mention)."""
    inside = overlapping(mentions, start, match.end("name"))
    if len(inside) != 1 or inside[0].entity.kind != "organization" or inside[0].start != start:
        return False
    known, acronym = inside[0], match.group("acronym")
    written = text[known.start : known.end]
    rest = " ".join(text[known.end : match.end("name")].split())
    return (
        BARE_ACRONYM.fullmatch(written) is not None
        and sum(c.isupper() for c in written) >= 2
        and len(rest.split()) >= 2
        and not acronym.startswith(written)
        and (spells(acronym, rest) or spelled_whole(acronym, rest))
        and uncovered(mentions, match.end("name"), match.end())
    )


# The heads of a public body's name, at its end ("International Trade Administration", "National Maritime
# Safety Agency", "Patent Office") or first before "of"/"for" ("Ministry of Ports and Shipping"): written
# with its acronym, such a name is an organization, never a specification. Words that make the head an
# office of a project or of another body ("Project Office", "Press Office") are none; a name opening with
# "Office" is as often a department's unit ("Office for Product Safety and Standards"): no body either.
PUBLIC_HEADS = {"administration", "agency", "authority", "office", "ministry", "department", "commission",
                "bureau", "institute", "directorate", "inspectorate", "regulator", "secretariat"}  # fmt: skip
# (an office, a department or a secretariat is as often one of a project's or a body's own)
NOT_PUBLIC = {"project", "program", "programme", "management", "press", "liaison", "technical", "support",
              "member", "membership", "editorial", "tc", "central", "main", "local", "regional", "branch",
              "head", "home", "back", "front", "procurement", "legal", "it", "finance", "sales", "marketing",
              "engineering", "research", "standards", "forecast"}  # fmt: skip
OFFICE_HEADS = {"office", "department", "secretariat", "bureau"}


# Other heads only a body's name ends on ("Hollis Storage Guild", "Coastal Data Trust", "Nordic Chamber of
# Commerce"): a "Trust" of three words or more ("Zero Trust" is a way of securing a network)
BODY_ONLY_HEADS = {"guild", "chamber", "league", "syndicate", "cooperative", "co-operative", "collective"}


def public_body(name: str) -> bool:
    """Whether a name is a body's by its head: a public body's (PUBLIC_HEADS) first, before "of" or "for"
    and capitalised words, or at its end after a word that makes it no office of something (NOT_PUBLIC) nor
    an authority of a trust scheme (ROLE_AUTHORITIES); or a head only bodies have (BODY_ONLY_HEADS)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in words):
        return False
    if words[-1].lower() in BODY_ONLY_HEADS or (words[-1] == "Trust" and len(words) >= 3):
        return words[-2].lower() not in FUNCTION_WORDS
    if any(w.lower() in BODY_ONLY_HEADS and after in ("of", "for") for w, after in pairwise(words[:-1])):
        return True  # "Guild of Tide Surveyors", "Nordic Chamber of Shipping"
    if words[0].lower() in PUBLIC_HEADS and words[1] in ("of", "for") and len(words) >= 3:
        return words[-1][:1].isupper()
    head, before = words[-1].lower(), words[-2].lower()
    if head not in PUBLIC_HEADS or before in FUNCTION_WORDS:
        return False
    if head in OFFICE_HEADS:
        return before not in NOT_PUBLIC
    return head != "authority" or before not in ROLE_AUTHORITIES


# A printed report's or a page's partner panel sets the partner's acronym on a line of its own above its full
# name ("JSAE" / "Society of Automotive Engineers of Japan" / what the partnership is): one body, whose name
# need not end on a body's head ("China Society of Automotive Engineers"). Each line is a block of its own
# (a heading, or a heading over a paragraph); the name's words are capitalised or joining words, and the
# acronym spells every one of them.
STACKED_ACRONYM_CHARACTERS = 16
STACKED_ACRONYM = re.compile(rf"[{UPPER}][{UPPER}0-9&-]{{1,9}}")
STACKED_NAME = re.compile(
    rf"[{UPPER}][{LETTER}'\u2019.-]{{1,30}}(?:[ \t][{LETTER}'\u2019.&-]{{1,30}}){{1,9}}"
)


def spells_stacked(acronym: str, name: str) -> bool:
    """Whether the acronym spells the whole name, or spells it with its country first ("JSAE" of the
    "Society of Automotive Engineers of Japan")."""
    if spelled_whole(acronym, name):
        return True
    head, _, country = name.rpartition(" of ")
    return bool(head and country[:1] == acronym[:1] and len(acronym) > 2) and spelled_whole(acronym[1:], head)


def acronym_above_name(ctx: Context, above: Block, block: Block) -> None:
    """The body an acronym's block and the name's block below it make (STACKED_ACRONYM, STACKED_NAME), when
    the acronym spells the whole name and the text does not know the name already."""
    acronym, name = above.text.strip(), block.text.strip()
    if not STACKED_ACRONYM.fullmatch(acronym) or not STACKED_NAME.fullmatch(name):
        return
    if not all(
        word[:1].isupper() or word.lower() in FUNCTION_WORDS | FOREIGN_ARTICLES for word in name.split()
    ):
        return
    if not spells_stacked(acronym, name) or any(
        m.start == 0 and m.end == len(name) for m in ctx.resolver.mentions(name)
    ):
        return  # (a known body's former name inside it, "Society of Automotive Engineers" of Japan, is none)
    if organization_name_kind(name) == "ambiguous" or unit_head(name):
        return  # "TSC" / "Technical Steering Committee": a unit's name, read as the unit it is
    ctx.resolver.new_organization(name, acronym)


# Heads a body's name and a unit's share ("Trusted Computing Group", "GSMA Networks Group"): after its body's
# name or possessive, such a name is the body's unit
UNIT_TOO_HEADS = ("Group", "Project")


# A capitalised word right before a "Full Name (ACR)" match: the pattern's word limit cut the name of the
# body joined before it ("The Kelp Telemetry Consortium and the Fjord Data Working Group (FDWG)" read from
# "Telemetry"), which bare-name discovery finds whole
WORD_BEFORE = re.compile(r"(?<![\w&'-])(?P<word>[A-Z][\w&'-]{0,30})[ \t]+$")


def cut_short(text: str, match: re.Match[str]) -> bool:
    """Whether the match's name was cut at its start (WORD_BEFORE, not an article or a lead word)."""
    before = WORD_BEFORE.search(text, max(0, match.start("name") - 40), match.start("name"))
    return before is not None and before.group("word").lower() not in LEAD_WORDS


def spelled_whole(acronym: str, name: str) -> bool:
    """Whether the acronym's letters spell every word of the name ("5GHAA" of "5G Harbour Automation
    Association", which `spells`, reading letters only, misses)."""
    return name_before_acronym(name, len(name), acronym) == 0


def acronym_name(text: str, match: re.Match[str], name: str) -> str:
    """A body's name in a "Full Name (ACR)" match: as its acronym's letters read it, with the acronym of
    the body it belongs to if the pattern read one before it ("IEEE Geoscience and Remote Sensing Society
    (GRSS)" is named so by its members, though its acronym leaves "IEEE" out)."""
    return acronym_names(text, match, name)[1]


def acronym_names(text: str, match: re.Match[str], name: str) -> tuple[str, str]:
    """The name of a "Full Name (ACR)" match as far back as the acronym's letters read it ("5G Media
    Streaming (5GMS)", "Digital Imaging and Communications in Medicine (DICOM)": the pattern reads only
    capitalised words), and that name with the acronym of a body the pattern read before it ("ORDC
    Tidewater Transport API (TTAPI)"); `name` (what the pattern read) twice when the letters spell no run
    of words there."""
    end = match.end("name")
    start = name_before_acronym(text, end, match.group("acronym"))
    if start is None:
        return name, name
    decided = " ".join(text[start:end].split())
    dropped = name[: -len(decided)].split() if name.endswith(" " + decided) else []
    owner = dropped[-1] if dropped else ""
    if (
        BARE_ACRONYM.fullmatch(owner)
        and owner.isupper()
        and all(w.lower() in FUNCTION_WORDS for w in dropped[:-1])
    ):
        return decided, f"{owner} {decided}"
    return decided, decided


# "ITU-D": a sector's acronym is its body's with a letter after a hyphen
SECTOR_ACRONYM = re.compile(r"(?P<body>[A-Z]{2,6})-[A-Z]")


def a_sector(ctx: Context, name: str, acronym: str) -> bool:
    """ "ITU Telecommunication Development Sector (ITU-D)": a sector of a known body, named after it, is an
    organization of its own, as the reference data has ITU-T and ITU-R (not units of the ITU)."""
    sector = SECTOR_ACRONYM.fullmatch(acronym)
    if sector is None or name.split()[-1] != "Sector" or not name.startswith(sector.group("body") + " "):
        return False
    return ctx.resolver.resolve(sector.group("body"), "organization") is not None


def defined_after_description(ctx: Context, match: re.Match[str]) -> None:
    """ "the Open Buoy Consortium, a corporation organized under the laws of Oregon (hereinafter "OBC")":
    the short name a preamble defines after describing a body is that body's when it spells the name
    (the description may name a country or a seat, never the short name's own words)."""
    name, acronym = trimmed_name(match.group("name")), match.group("acronym")
    if organization_name_kind(name) is not None and spells(acronym, name):  # a "Council" too
        ctx.resolver.new_organization(name, acronym)


def part_of_a_known_name(name: str, mentions: list[Mention], match: re.Match[str]) -> bool:
    """Whether `name` is only the tail of a known body's name that the match cut (it reads at most eight
    words: "the International Telecommunication Union and The African Organisation for Standardization
    ("ARSO")" starts at "Telecommunication", and "Telecommunication Union" was made a body)."""
    return any(
        m.entity.kind == "organization" and name in m.surface
        for m in overlapping(mentions, match.start(), match.end())
    )


# "KNA and the Quantum Grid Alliance (QGA)": after a body already named, "and the" opens another name
JOINING_WORDS = re.compile(r"^(?:\s*(?:,|&|\band\b|\bthe\b|\bwith\b))+\s*", re.IGNORECASE)


def after_named_bodies(text: str, mentions: list[Mention], start: int, end: int) -> str:
    """The words of a name after the last known organization inside it and the words joining them."""
    inside = [m for m in mentions_between(mentions, start, end, "organization") if m.end < end]
    if not inside:
        return text[start:end]
    rest = text[inside[-1].end : end]
    joint = JOINING_WORDS.match(rest)
    return rest[joint.end() :] if joint and joint.end() else text[start:end]


def same_body(ctx: Context, name: str, alias: str) -> None:
    """ "X, trading as Y": both names find one body, whichever of them the document named first."""
    if organization_name_kind(name) is None:
        return
    resolver = ctx.resolver
    by_name, by_alias = resolver.resolve(name, "organization"), resolver.resolve(alias, "organization")
    if by_name is not None and by_alias is None and by_name.needs_review:
        resolver.with_names(by_name, alias)
    elif by_alias is not None and by_name is None and by_alias.needs_review:
        resolver.with_names(by_alias, name)
    elif by_name is None and by_alias is None:
        body = resolver.new_organization(name)
        if body.needs_review:
            resolver.with_names(body, alias)


def discover_bare_names(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """ "the Edge Telemetry Consortium": a name only a body has, anywhere in the text; and the body a
    name opens with when its unit follows it ("Kelpwave Consortium Buoy Telemetry Task Force")."""
    for match in prefilter.finditer(BARE_ORG_NAME, text):
        for whole, whole_end in bare_names(match):
            name = body_before_unit(before_headline_verb(whole))
            start = whole_end - len(whole)
            end = start + len(name)
            if (
                organization_name_kind(name) == "organization"
                and uncovered(mentions, start, end)
                and not owned_by_mention(text, mentions, start)
                and not unit_like_spec(name)
            ):
                ctx.resolver.new_organization(name, None)


HEADLINE_VERB = re.compile(
    r"\s(?:Sign|Signs|Renew|Renews|Announce|Announces|Launch|Launches|Form|Forms|Extend|Extends|Unite|Unites"
    r"|Expand|Expands|Strengthen|Strengthens|Formalize|Formalizes|Formalise|Formalises|Establish|Establishes)\s"
)


def before_headline_verb(name: str) -> str:
    """A title-case headline's name up to the verb after a body's head ("Open Buoy Consortium Announce
    Partnership" is the consortium announcing one: "Partnership" ends a body's name too)."""
    for verb in HEADLINE_VERB.finditer(name):
        words = name[: verb.start()].split()
        if words and words[-1] in ORG_HEADS:
            return name[: verb.start()]
    return name


# The heads of a unit's name no body's name ends with ("Task Force" may end one: the IETF's)
UNIT_ONLY_NAME_HEADS = (*UNIT_ONLY_HEADS, "task force", "task group", "expert group", "project team")


def body_before_unit(name: str) -> str:
    """The body's name a name opens with when a unit's name follows it: "Kelpwave Consortium Buoy Telemetry
    Task Force" is the Kelpwave Consortium's task force, a body's name ending on its head ("Consortium")
    and a unit's name after it (two words or more, ending on a unit's head). A name with no body's head
    inside ("Internet Engineering Task Force") is one name."""
    words = name.split()
    lowered = " ".join(words).lower()
    if not any(lowered.endswith(" " + head) for head in UNIT_ONLY_NAME_HEADS):
        return name
    ends = [word.end() for word in re.finditer(r"\S+", name)]
    for index in range(len(words) - 3, 0, -1):
        if (
            words[index] in ORG_HEADS
            and organization_name_kind(" ".join(words[: index + 1])) == "organization"
        ):
            return name[: ends[index]]
    return name


# "Catena-X Automotive Network e.V.", "Gaia-X European Association for Data and Cloud AISBL": a name
# followed by the legal form of a non-profit association, which a consortium often has and a company not.
# A legal form ends a name: "the Eclipse Foundation AISBL and Catena-X Automotive Network e.V." names two
# bodies (read as one name, covered by the first one's mention, the second was never found).
ASSOCIATION_NAME = re.compile(
    # a short brand in small letters before a dash may open it ("eco \u2013 Verband der ... e. V.")
    r"(?<![\w&'\u2019-])(?:(?P<brand>[a-z][a-z0-9]{1,15})[ \t]{1,3}[\u2013\u2014-][ \t]{1,3})?"
    r"(?P<name>[A-Z][\w\u2019'&.-]{0,40}"
    r"(?:\s+(?:(?:of|for|and|the|on|&|der|des|die|für|und|de|du|la|et|van|von)\s+)?"
    r"(?!(?:AISBL|ASBL|VZW)\b)[A-Z0-9][\w\u2019'&.-]{0,40}){0,6}),?\s+"
    r"(?:e\.\s?V\.?|AISBL|ASBL|a\.s\.b\.l\.|VZW|vzw)(?![\w])"
)


def discover_association_names(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """A body named with the legal form of a non-profit association (e.V., AISBL, ASBL, VZW): the name
    before the form is the body's, whatever its last word ("Catena-X Automotive Network e.V." named no
    body: its head is none of the heads a body's name ends on, and a press release naming it with the
    Eclipse Foundation was refused as naming one organization)."""
    for match in prefilter.finditer(ASSOCIATION_NAME, text):
        name = trimmed_name(match.group("name"))
        start = match.end("name") - len(name)
        if len(name.split()) >= 2 and uncovered(mentions, start, match.end("name")) and not is_generic(name):
            ctx.resolver.new_organization(name, match.group("brand"))  # the brand: the body's short name


# "the Kestrel Networks Alliance and the Quantum Grid Alliance", "Kelpwave Consortium & Fjordlight Sensor
# Alliance": two names, each ending on its head
# (or "and the" after any word: "the Department of Maritime Standards Vestland and the Fjordline Sensor
# Consortium", a head-first name before it; one name joins its words by "and" alone, "Institute of Electrical
# and Electronics Engineers")
HEAD_THEN_AND = re.compile(
    rf"(?:\b(?:{'|'.join(ORG_HEADS)})|(?<=\w)(?=\s+(?:and|&)\s+the\s))(?P<joint>\s+(?:and|&)\s+(?:the\s+)?)(?=[A-Z])"
)


def joined_names(name: str) -> list[str]:
    """The names a phrase joins with "and" after a head ("X Foundation and the Y Alliance")."""
    parts, position = [], 0
    for joint in HEAD_THEN_AND.finditer(name):
        parts.append(trimmed_name(name[position : joint.start("joint")]))
        position = joint.end("joint")
    return [*parts, trimmed_name(name[position:])]


def bare_names(match: re.Match[str]) -> list[tuple[str, int]]:
    """The names a bare-name match holds, with where each ends: one, or two joined by "and" after
    a head ("... Alliance and the ... Alliance")."""
    text, offset, found = match.group("name"), match.start("name"), []
    position = 0
    for joint in HEAD_THEN_AND.finditer(text):
        found.append((trimmed_name(text[position : joint.start("joint")]), offset + joint.start("joint")))
        position = joint.end("joint")
    found.append((trimmed_name(text[position:]), match.end("name")))
    return found


# "KNA, through its Energy Metrics Work Group": what follows names the party's unit, not more parties
ACTING_THROUGH = re.compile(
    r"(?:,|(?<!\s))\s+(?:acting\s+)?(?:through|via|represented\s+by)\b", re.IGNORECASE
)


# "TM Forum, Autonomous Networks Project", "ETSI, Industry Specification Group on ...": after a comma, a
# phrase with a unit's head names the party's unit, not another party
UNIT_AFTER_COMMA = re.compile(
    r"(?:,|(?<!\s)\s+[\u2013\u2014-])\s*(?:its\s+|the\s+)?(?=(?:[\w'\u2019&/.-]+\s+){0,8}?(?:Working\s+Group|Work\s+Group|Technical\s+Committee"
    r"|Industry\s+Specification\s+Group|Study\s+Group|Task\s+Force|Subcommittee|Committee|Project|Programme"
    r"|Area|Domain)\b)"
)


# "Autonomous Networks Project", "Operations and Management Area" (joining words between its capitalised
# words: one unit, not two names split at "and"), "IT Infrastructure Domain"
PROJECT_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019&/.-]*\s{1,3}(?:(?:and|of|for|&)\s{1,3})?){1,6}(?:Project|Programme|Area|Domain))"
    r"\s*[.;]?$"
)


def discover_project_unit(ctx: Context, text: str, mentions: list[Mention], unit: re.Match[str]) -> None:
    """ "TM Forum, Autonomous Networks Project": the project is the organization's unit, found before
    its name could be read elsewhere as a body's (a project's head is also an organization's)."""
    project = PROJECT_NAME.fullmatch(text[unit.end() :].strip())
    owners = [m for m in mentions if m.entity.kind == "organization" and m.end <= unit.start()]
    name = " ".join(project.group("name").split()) if project is not None else ""
    if (
        project is not None
        and owners
        and uncovered(mentions, unit.end(), len(text))
        and not is_site_area(name)
    ):
        ctx.resolver.new_unit(name, None, owners[0].entity)


def discover_party_line(
    ctx: Context, text: str, mentions: list[Mention], any_name: bool, unit_names: bool = False
) -> None:
    """Each party a line names, the parties joined by "and", commas, "&" or "/": "ETSI and OASIS",
    "Open Grid Forum (OGF), DMTF & SNIA". In an organizations list (`any_name`) a short item that
    names no known organization is one, whatever its words. In a phrase that names the parties
    (`unit_names`: "between A and B", "A and B cooperate") a name with a unit's head and no body in it
    ("the Fjord Data Working Group") is a body of its own: the party, not a unit of the other."""
    offset = 0
    text = text[: through.start()] if (through := ACTING_THROUGH.search(text)) else text
    line = text
    if (unit := prefilter.search(UNIT_AFTER_COMMA, text)) is not None:
        text = text[: unit.start()]
    if any_name and (seat := SEAT_IN_BRACKETS.search(text.rstrip(" .;"))) is not None:
        text = text[: seat.start()]  # "Fjord Sensor Society (Bergen)", "NLPX (Gdansk, Poland)"
    for part in PARTY_SEPARATOR.split(text):
        start = text.find(part, offset) if part else offset
        gap, offset = text[offset:start], start + len(part)
        name = part.strip(" .;:")
        if any_name and offset > len(part) and is_seat(name, gap):
            continue  # "- Fjord Sensor Society, Bergen": where the party sits
        named = seated(NAMED_WITH_ACRONYM.fullmatch(name))
        if named is not None and cut_at_a_joint(text, start + part.find(name), named):
            continue  # "IEEE Harbour Sensing and Tidal Measurement Society (HSTMS)": one name, found whole
        if named is not None and not has_no_organization(mentions, start, offset):
            # only a body found earlier by this very name, which now gets its acronym
            named = named if is_named_earlier(part, mentions, start, named) else None
            if named is None:
                continue
        unnamed = named is None and not has_no_organization(mentions, start, offset)
        if not name or unnamed or is_generic(name) or names_a_person(text[:start], name):
            continue  # (and "- Executive Director Ana Example, acting through ...": an officer)
        if COMMITTEE_DESIGNATION.fullmatch(name):
            continue  # "ISO/TC46/SC2 and JTC1/SC22" split at its slashes: "SC2" is some body's group
        if named is not None:
            ctx.resolver.new_organization(trimmed_name(named.group("name")), named.group("acronym"))
        elif BARE_ACRONYM.fullmatch(name) and (any_name or name.isupper()):
            ctx.resolver.new_organization(name, name if name.isupper() else None)
        elif is_party_name(name, any_name) or (unit_names and is_unit_named_body(clean(name))):
            # ("Kelpwave Consortium Buoy Telemetry Task Force and ...": the body, its unit found later)
            ctx.resolver.new_organization(body_before_unit(clean(name)), None)
    if unit is not None:  # with the bodies this line has just named
        discover_project_unit(ctx, line, ctx.resolver.mentions(line), unit)


def cut_at_a_joint(text: str, start: int, named: re.Match[str]) -> bool:
    """Whether a party line's part "Name (ACR)", at `start` of the line, is the end of one name that a joint
    cut: the acronym's letters read its words back past the part's start ("Harbour Sensing and Tidal
    Measurement Society (HSTMS)" split at "and")."""
    if named.group("name").split()[0].lower() in ("the", "a", "an") or spelled_whole(
        named.group("acronym"), named.group("name")
    ):
        return False  # "DMTF and The Green Grid (TGG)": the part opens a name of its own
    end = start + named.end("name")
    begin = name_before_acronym(text, end, named.group("acronym"))
    return begin is not None and begin < start and " and " in text[begin:start] + " "


# A seat after a party's name, in a list of parties: one to three words each capitalised and then in lower
# case ("Bergen", "Gdansk, Poland", "Rio de Janeiro"), after a comma or dash, never after "and", "&" or "/"
# (which join parties), and no body's head among them
PLACE_WORD = r"[A-Z][a-z\u00df-\u00ff'-]{1,30}"
SEAT = re.compile(rf"{PLACE_WORD}(?:[ \t](?:(?:de|da|do|del|am|upon|on)[ \t])?{PLACE_WORD}){{0,2}}")
SEAT_GAP = re.compile(r"^\s*(?:,|[\u2013\u2014-])\s*$")
SEAT_IN_BRACKETS = re.compile(rf"\s\({PLACE_WORD}(?:,?[ \t]{PLACE_WORD}){{0,2}}\)$")


def is_seat(name: str, gap: str) -> bool:
    """Whether a part of a party line after another is where a party sits, not a party (SEAT)."""
    return (
        SEAT_GAP.match(gap) is not None
        and SEAT.fullmatch(name) is not None
        and organization_name_kind(name) is None
        and not is_generic(name)
    )


def seated(named: re.Match[str] | None) -> re.Match[str] | None:
    """A "Full Name (ACR)" match, or None when its "acronym" is a place in brackets ("Fjord Sensor Society
    (Bergen)": a word in lower case after its capital, that does not spell the name)."""
    if named is None:
        return None
    acronym = named.group("acronym")
    place = len(acronym) > 3 and acronym[1:].islower() and not spells(acronym, named.group("name"))
    return None if place else named


def is_unit_named_body(name: str) -> bool:
    """Whether a party's name ends with a unit's head after words of its own ("Fjord Data Working Group",
    not "Technical Working Group" nor "the Steering Committee"): capitalised words no unit or generic name
    is made of, written as a name."""
    head = unit_head(name)
    if head is None or UNIT_PHRASE.fullmatch(name) is None or len(name.split()) > 8:
        return False
    own = name.split()[: -len(head.split())]
    return any(
        w[:1].isupper() and w.lower() not in GENERIC_WORDS and w.lower() not in UNIT_GROUP_WORDS for w in own
    )


def is_named_earlier(part: str, mentions: list[Mention], start: int, named: re.Match[str]) -> bool:
    """Whether the "Full Name" of a "Full Name (ACR)" party is exactly a body already found."""
    name = trimmed_name(named.group("name"))
    return any(
        m.entity.kind == "organization" and m.entity.acronym is None and " ".join(m.surface.split()) == name
        for m in mentions
        if start <= m.start < start + len(part)
    )


def is_party_name(name: str, any_name: bool) -> bool:
    """A party's name in a party line: one a body has, or, in an organizations list, any short name
    that is not a unit's and is written as a name (name_shaped)."""
    if ACRONYM_UNIT.fullmatch(name) is not None or UNIT_PHRASE.fullmatch(name) is not None:
        return False
    if organization_name_kind(clean(name)) is not None:
        return True
    return any_name and len(name.split()) <= 8 and name_shaped(name)


NAME_PUNCTUATION = "\"'\u201c\u201d\u2018\u2019()[],.;:"


def name_shaped(text: str) -> bool:
    """Whether a short text is written as a proper name: each word capitalised, holding a capital
    ("iNEMI"), a digit, or a joining word ("of", "for", "de"), one word with two letters or more, and no
    date or target. Why: a "Partners" heading makes its items party lines, and an item there may be
    a work item ("Joint workshop on Wi-Fi 7, Q3 2025" gave the parties "Joint workshop on Wi-Fi 7" and
    "Q3 2025")."""
    words = text.split()
    joining = FUNCTION_WORDS | FOREIGN_ARTICLES
    for word in words:
        bare = word.strip(NAME_PUNCTUATION)
        lower_case = bare and not (bare[0].isupper() or bare[0].isdigit() or bare.lower() in joining)
        if lower_case and not any(c.isupper() for c in bare):
            return False
    if not any(sum(c.isalpha() for c in word) >= 2 for word in words):
        return False
    return parse_target(text) is None


def is_generic(name: str) -> bool:
    """ "Work", "The Parties", "Alliance Members": words that name no one."""
    return all(word.lower().strip(",.;:()") in LEAD_WORDS for word in name.split())


def has_no_organization(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether no known organization or unit is named between start and end. `mentions` are the line's, in
    text order and apart (Resolver.mentions): a bisection finds those overlapping (context.overlapping).
    Why not a scan of them all: it is asked for each part of a party line, and a line naming thousands of
    bodies made that parts x mentions (the review of session 20: 11.5x the work for 4x the line)."""
    return not any(m.entity.kind in ("organization", "unit") for m in overlapping(mentions, start, end))


def clean(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name)


def party_phrases(ctx: Context) -> Iterator[str]:
    """Where a document lists its parties in one phrase: its title ("ETC / OGF Work Register", or its
    "between" clause: "Memorandum of Understanding between ITU and ARSO") and the "between" clause of
    its opening paragraphs."""
    title = ctx.layout.title
    match = TITLE_PARTIES.match(title.text) if title else None
    if match is not None:
        yield match.group("names")
    elif title is not None and (between_in_title := BETWEEN.search(title.text)) is not None:
        yield between_in_title.group("names")
    headline = title or first_heading(ctx)
    if headline is not None and (told := HEADLINE_PARTIES.match(headline.text.strip(" #*"))) is not None:
        yield told.group("names")
    for section in ctx.layout.of_kind("preamble", "purpose", "organizations"):
        for block in section.blocks[:2]:
            between = BETWEEN.search(block.text)
            if between is not None:
                yield between.group("names")
            for pattern in (JOINED_PARTIES, PARTNERED_WITH):
                if (joined := pattern.search(block.text)) is not None:
                    yield joined.group("names")


# The parties as the subject of what they do together ("The Kelp Telemetry Consortium and the Fjord Data
# Working Group (FDWG) cooperate on ...") and the partner a body works with ("X works with the Y Working
# Group, an independent ..."): a sentence's opening names, bounded, before the verb
JOINED_PARTIES = re.compile(
    r"^(?:The[ \t]+)?(?P<names>[A-Z][^.;:!?\n]{2,200}?[ \t]and[ \t][^.;:!?\n]{2,200}?)"
    r"(?:[ \t]\([^()]{1,20}\))?"
    r"[ \t]+(?:(?:have|has|will|today|jointly|formally)[ \t]+){0,2}"
    r"(?:agree|co-?operate|collaborate|sign|partner|work[ \t]together|coordinate|join|announce)"
)
# A news headline whose subject is the parties, in title case, before the verb of what they do ("Harbour
# Metrology Council and Open Buoy Consortium Sign Memo of Understanding", "X, Y Announce Partnership", "X
# & Y Renew Cooperation Agreement"): the verb, written with a capital as a headline writes every word,
# ends the last name (a name's pattern reads "Consortium Sign" as one name going on)
HEADLINE_PARTIES = re.compile(
    r"^(?:The[ \t]+)?(?P<names>[A-Z][^.;:!?\n]{2,160}?(?:[ \t]and|[ \t]&|,)[ \t][^.;:!?\n]{2,160}?)"
    r"(?:[ \t]\([^()]{1,20}\))?"
    r"[ \t]+(?:(?:Have|Will|Jointly|Formally|to)[ \t]+)?"
    r"(?:Sign|Signs|Signed|Renew|Renews|Renewed|Announce|Announces|Join[ \t]+Forces|Partner|Partners"
    r"|Team[ \t]+Up"
    r"|Collaborate|Collaborates|Agree|Agrees|Form|Forms|Launch|Launches|Extend|Extends|Unite|Unites"
    r"|Ink|Inks|Formalize|Formalise|Formalizes|Formalises|Strengthen|Strengthens|Deepen|Deepens|Expand"
    r"|Expands|Enter|Enters|Conclude|Concludes|Establish|Establishes|Cooperate|Co-operate|Align|Aligns)\b"
)
PARTNERED_WITH = re.compile(
    r"\b(?:works?|co-?operates?|collaborates?|partners?|liaises?|liaison)[ \t]+with[ \t]+(?:the[ \t]+)?"
    r"(?P<names>[A-Z][^.,;:!?()\n]{2,120})"
)


def unit_like_spec(name: str) -> bool:
    return NAMED_SPEC.fullmatch(name) is not None


SENTENCE_LOOKBACK = 400
# "the Architecture Forum of The Open Group", "the NETMOD working group at the IETF"
OWNER_AFTER = re.compile(r"\s+(?:of|at|within|in)\s+(?P<the>the\s+)?", re.IGNORECASE)


OWNER_AFTER_COMMA = re.compile(r",[ \t]{0,3}(?:the[ \t]{1,3})?")
# the unit's own acronym in brackets between its name and "of" ("Joint Video Experts Team (JVET) of ITU-T SG
# 16 and ...", "Interoperability Working Group (IWG) of the ..."): the owner is named after it
OWN_ACRONYM_AFTER = re.compile(r"[ \t]{0,3}\([A-Z][A-Za-z0-9-]{1,15}\)")
# a team two bodies set up ("Joint Video Experts Team", "Joint Working Group on ..."): of the first parent
# the text names, the other parent taking part through its own unit (session 33's convention)
JOINT_NAME = re.compile(r"(?:(?:The|the)\s+)?Joint\s")
CLAUSE_CLOSE = re.compile(r"[ \t]{0,3}(?:$|[\n,;.)\]|]|\s[\u2013\u2014-]\s)")


def owner_for(
    ctx: Context,
    mentions: list[Mention],
    start: int,
    text: str = "",
    end: int | None = None,
    heading_owner: Entity | None = None,
) -> Entity | None:
    """The organization a new unit belongs to: the one its name is followed by ("X of Y"), else the
    one named before it in its sentence, else the body the heading above names alone (heading_body),
    else one in its text."""
    acronym = OWN_ACRONYM_AFTER.match(text, end) if end is not None else None
    after_at = acronym.end() if acronym is not None else end
    if after_at is not None and (after := OWNER_AFTER.match(text, after_at)) is not None:
        places = {after.end(), after.start("the") if after.group("the") else after.end()}
        right = [m for place in sorted(places) for m in starting_at(mentions, place)]
        if right:
            return right[0].entity
        # "... (JVET) of ITU-T SG 16 and ...", "Task Force of ISO/TC 211": a unit's unit is its body's
        inner = [m for place in sorted(places) for m in starting_at(mentions, place, "unit")]
        if inner and (body := organization_of(ctx, inner[0].entity)) is not None:
            return body
    if end is not None and (comma := OWNER_AFTER_COMMA.match(text, end)) is not None:
        # "From: Timing Working Group, ETSI", "Chair, Timing Working Group, ETSI": the body that ends the
        # line or clause after a comma
        right = starting_at(mentions, comma.end())
        if right and CLAUSE_CLOSE.match(text, right[0].end):
            return right[0].entity
    # its sentence, looked for a bounded way back (a long line of many units must not cost its length each)
    reach = max(0, start - SENTENCE_LOOKBACK)
    sentence_start = max(text.rfind(". ", reach, start), text.rfind("; ", reach, start), reach - 1) + 1
    before = [
        m
        for m in overlapping(mentions, sentence_start, start)
        if sentence_start <= m.start and m.end <= start and m.entity.kind == "organization"
    ]
    if JOINT_NAME.match(text, start):  # "A and B set up the Joint ... Team": the first parent named, a
        # unit's body for the unit ("ISO/IEC JTC 1/SC 29 and ITU-T SG 16 agreed that the Joint ...")
        parents = [
            body
            for m in overlapping(mentions, sentence_start, start)
            if sentence_start <= m.start and m.end <= start
            if (body := organization_of(ctx, m.entity)) is not None
        ]
        if parents:
            return parents[0]
    if before:
        return before[-1].entity
    # "O-RAN carries out the work in its Security Work Group": the party the sentence opens with,
    # named by a word the resolver does not read alone
    subject = subject_party(ctx, text[sentence_start:start])
    if subject is not None:
        return subject
    if heading_owner is not None:
        return heading_owner
    orgs = [m.entity for m in mentions if m.entity.kind == "organization" and ctx.is_party(m.entity)]
    return orgs[0] if orgs else (ctx.parties[0] if ctx.parties else None)


SUBJECT_WORD = re.compile(r"^\W{0,3}(?:The\s+)?(?P<word>[A-Z][\w&.-]{1,30})\s")


def subject_party(ctx: Context, sentence: str) -> Entity | None:
    """The party a sentence opens with, named by one word: its acronym or its name's first word
    ("O-RAN carries out ..." for the O-RAN ALLIANCE e.V., whose short name the resolver may not
    read alone)."""
    match = SUBJECT_WORD.match(sentence)
    if match is None:
        return None
    word = match.group("word").lower()
    found = [
        p
        for p in ctx.parties
        if word in {w.lower() for w in (p.acronym or "", re.sub(r"^The\s+", "", p.label).split()[0]) if w}
    ]
    if not found:  # a body the reference data knows by this word, not yet read as a party
        found = organizations_by_first_word(ctx, word, match.group("word"))
    return found[0] if len(found) == 1 else None


def organizations_by_first_word(ctx: Context, word: str, written: str | None = None) -> list[Entity]:
    """The organizations one of whose names is this word ("o-ran") or opens with it ("O-RAN Alliance").
    A word as `written` that looks like no name of its own (a common word capitalised at a sentence's start:
    "Research", "Certification", "Home", "Can") opens no body's name: only a body named by the word alone is
    it ("Research on tide sensors ..." is no sentence of the Research Data Alliance)."""
    found: dict[URIRef, Entity] = {}
    opens = written is None or looks_like_a_name(written)
    for name, entities in ctx.resolver.by_name.items():
        if name == word or (opens and name.startswith(word + " ")):
            found.update({e.iri: e for e in entities if e.kind == "organization"})
    return list(found.values())


def looks_like_a_name(word: str) -> bool:
    """Whether a word is written as only a name is: capitals or digits after its first letter, or a hyphen
    ("O-RAN", "oneM2M", "5GAA", "Wi-SUN"); a capitalised common word is not."""
    return any(c.isupper() or c.isdigit() for c in word[1:]) or "-" in word


def party_column_cells(ctx: Context) -> dict[int, list[str]]:
    """The cells of tables with a column per body ("| IETF | IEEE 802 |" over rows of groups), each
    written after its column's body ("IETF DetNet Working Group"), by the row's start: a unit in a
    cell is its column's body's."""
    found: dict[int, list[str]] = {}
    for section in ctx.layout.sections:
        bodies: list[str] = []
        for block in section.blocks:
            if block.kind != "row":
                bodies = []
                continue
            cells = [c.text for c in block.cells]
            if not bodies:
                named = [ctx.resolver.mentions(c) for c in cells]
                owns = all(m and m[0].entity.kind == "organization" and m[0].start == 0 for m in named)
                bodies = cells if len(cells) >= 2 and owns else owner_columns(ctx, cells)
                continue
            # by column: a row with an empty cell ("| X WG | | Z WG |") keeps each cell under its body
            placed = [(c.column if c.column is not None else i, c.text) for i, c in enumerate(block.cells)]
            found[block.start] = [
                f"{bodies[col]} {text}" for col, text in placed if text and col < len(bodies) and bodies[col]
            ]
    return found


def owner_columns(ctx: Context, cells: list[str]) -> list[str]:
    """A header's columns of one body's groups ("| Partner body | FSS group | Relation |"): each such column
    by the body's name as written, the others empty; none when no column is one. A page's table of its
    liaisons puts its own group beside each partner: the group is the page owner's, not the partner's."""
    bodies = [text_body(ctx, cell) or "" for cell in cells]
    return bodies if len(cells) >= 2 and any(bodies) else []


def text_body(ctx: Context, text: str) -> str | None:
    """The one organization a short text names and nothing but it or words of its groups
    (HEADING_OWNER_WORDS), as written ("FSS group" -> "FSS")."""
    mentions = ctx.resolver.mentions(text)
    bodies = {m.entity.iri for m in mentions if m.entity.kind == "organization"}
    if len(bodies) != 1 or any(m.entity.kind != "organization" for m in mentions):
        return None
    rest, last = [], 0
    for mention in mentions:
        rest.append(text[last : mention.start])
        last = mention.end
    words = re.findall(r"[^\W\d_]+", " ".join([*rest, text[last:]]).lower())
    return text[mentions[0].start : mentions[0].end] if all(w in HEADING_OWNER_WORDS for w in words) else None


# A line that opens with a body's name and a colon or dash before its units: "ETSI: TC CYBER, ISG QKD",
# "- OBC - Security WG and Telemetry Committee"
LABEL_GAP = re.compile(r"\s*(?::|\s[\u2013\u2014-])\s+")
# Blanks before a joint are taken only from a non-blank (`(?<!\s)`): trying each start inside a run of
# blanks made "DMTF: TC" + 3,000 blanks + "CYBER, ISG QKD" cubic (seventh outside attack)
LIST_JOINTS = re.compile(r"(?:(?<!\s)\s+)?[,;]\s*+(?:and\s+)?|(?<!\s)\s+and\s+")


def party_label_items(ctx: Context, block: Block) -> list[str]:
    """The items of a line labelled by a body ("ETSI: TC CYBER, ISG QKD"), each written after the body
    ("ETSI TC CYBER"), as a column's cells are: a unit in a labelled list is the label's body's, and a unit
    written head first ("TC CYBER") is one only after its body."""
    if block.kind == "row":
        return []
    mentions = ctx.resolver.mentions(block.text)
    first = mentions[0] if mentions else None
    if first is None or first.entity.kind != "organization" or re.search(r"\w", block.text[: first.start]):
        return []
    gap = LABEL_GAP.match(block.text, first.end)
    if gap is None:
        return []
    body = block.text[first.start : first.end]
    items = LIST_JOINTS.split(block.text[gap.end() :].rstrip(" .;"))
    return [f"{body} {item}" for item in items if item] if len(items) >= 2 else []


# What a heading may say besides the body whose groups its section lists ("OBC", "2.1 OBC working groups",
# "Contributions of OBC")
HEADING_OWNER_WORDS = {
    "groups", "group", "units", "working", "work", "participants", "participating", "side", "contributions",
    "contribution", "team", "teams", "delegation", "representatives", "members", "bodies", "committees",
    "activities", "the", "of", "from", "by", "s", "lead", "leads", "involved",
    # a liaison index's column of the writer's groups: "W3C activities affected", "OGC groups concerned"
    "affected", "concerned",
}  # fmt: skip


def heading_body(ctx: Context, heading: Block) -> Entity | None:
    """The one organization a heading names and nothing but it: the body whose units its section lists
    ("### OBC" over "- Security Working Group")."""
    if text_body(ctx, heading.text) is None:
        return None
    return next(m.entity for m in ctx.resolver.mentions(heading.text) if m.entity.kind == "organization")


def blocks_under_bodies(ctx: Context) -> Iterator[tuple[Entity | None, Block]]:
    """Each block with the body the heading it stands under names alone (heading_body), else None."""
    body: Entity | None = None
    for _kind, block in all_blocks(ctx):
        if block.kind == "heading":
            body = heading_body(ctx, block)
            yield None, block
        else:
            yield body, block


# A body's group written in brackets right after the body's name, as a table of liaisons writes its cells
# ("Ecma International (TC39)", "W3C (GPU for the Web Working Group)", "Annotating All Knowledge Coalition
# (Steering Committee)")
BRACKETED_GROUP = re.compile(r"[ \t]?\((?P<group>[A-Z][^()\n]{1,70})\)")


def discover_bracketed_groups(ctx: Context, text: str, mentions: list[Mention]) -> None:
    """A committee's designation or a unit's name in brackets right after a body's name is that body's
    group: the bracket holds no acronym of the body there (an acronym has no unit's head, and a body's
    designation is a group's)."""
    for match in finditer(BRACKETED_GROUP, text):
        group = " ".join(match.group("group").split())
        designated = COMMITTEE_DESIGNATION.fullmatch(group) is not None
        if not designated and (len(group.split()) < 2 or unit_head(group) is None or not name_shaped(group)):
            continue
        before = [
            m
            for m in overlapping(mentions, max(0, match.start() - 1), match.start())
            if m.end <= match.start()
        ]
        owner = before[-1] if before and before[-1].entity.kind == "organization" else None
        if owner is None and not before and not designated:
            # "Annotating All Knowledge Coalition (Steering Committee)" opening a row: a body no reference
            # data knows, named by its head, whose own group the bracket holds (no group of the page's body)
            named = BODY_NAME_BEFORE.search(text, max(0, match.start() - BODY_NAME_REACH), match.start())
            if named is not None and uncovered(mentions, match.start("group"), match.end("group")):
                body = ctx.resolver.new_organization(" ".join(named.group("name").split()))
                written = " ".join(text[named.start("name") : match.end()].split())
                ctx.resolver.new_unit(group, None, body, written)
            continue
        if owner is None or text[owner.end : match.start()].strip():
            continue
        if not uncovered(mentions, match.start("group"), match.end("group")):
            continue  # a group the text already names
        written = " ".join(text[owner.start : match.end()].split())
        ctx.resolver.new_unit(group, None, owner.entity, written if not designated else None)


# A body's name that opens a line or a cell and ends in a body's head, right before a bracket
BODY_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\t|]))[ \t]{0,3}"
    r"(?P<name>[A-Z][\w'&.-]{0,30}(?:[ \t](?:[A-Z][\w'&.-]{0,30}|of|for|and|the|on)){0,6}"
    r"[ \t](?:Coalition|Consortium|Alliance|Association|Foundation|Society|Forum|Federation|Union|Congress"
    r"|Confederation|League|Bureau|Council|Initiative))$",
    re.MULTILINE,
)
BODY_NAME_REACH = 240


def in_cell(text: str, match: re.Match[str], cell: str) -> bool:
    """Whether a match lies in a row's cell of this text (a row's text is its cells parted by tabs)."""
    at = text.find(cell)
    return at >= 0 and at <= match.start("name") and match.end("name") <= at + len(cell)


def discover_units(ctx: Context) -> None:
    by_column = party_column_cells(ctx)
    body_cells = body_column_cells(ctx)
    first_words = bodies_by_first_word(ctx)
    row_body: Entity | None = None  # the body an item names alone: a row's first cell read one cell an item
    for owner_above, block in blocks_under_bodies(ctx):
        # a table written one cell a list item (reStructuredText's list-table, an outline's export: "* - OBC"
        # then "  - Telemetry Task Force"): a unit in the item after its body's is that body's, when nothing
        # in its own sentence names another
        heading_owner = owner_above or (row_body if block.kind == "item" else None)
        row_body = heading_body(ctx, block) if block.kind == "item" else None
        owned = by_column.get(block.start, []) if block.kind == "row" else party_label_items(ctx, block)
        cells = body_cells.get(block.start, []) if block.kind == "row" else []
        for text in owned:
            if any(text.endswith(" " + cell) for cell in cells):
                continue  # "| Access Board (US) |" under "Organization", read after the first row's body
            for pattern in (UNIT_PHRASE, ACRONYM_UNIT):
                for match in finditer(pattern, text):
                    discover_unit(ctx, text, ctx.resolver.mentions(text), match)
            for match in finditer(HEAD_FIRST_UNIT, text):
                discover_head_first_unit(ctx, text, ctx.resolver.mentions(text), match)
        mentions = ctx.resolver.mentions(block.text)
        if "(" in block.text:
            discover_bracketed_groups(ctx, block.text, mentions)
            mentions = ctx.resolver.mentions(block.text)
        # (first: the shorter phrases are parts of it; only where its head is, a word most blocks lack)
        for match in finditer(CODED_COMMITTEE, block.text) if "ommittee" in block.text else ():
            discover_coded_committee(ctx, block.text, mentions, match, heading_owner)
        mentions = ctx.resolver.mentions(block.text)
        # (before the unit phrases, which read "KDA Working Group" alone: only where a group's head is)
        for match in (
            finditer(SUBJECT_GROUP, block.text) if "Group" in block.text or "Committee" in block.text else ()
        ):
            discover_subject_group(ctx, block.text, mentions, match, heading_owner)
        for match in finditer(TECHNICAL_PLENARY, block.text) if "Plenary" in block.text else ():
            discover_plenary(ctx, block.text, mentions, match, heading_owner)
        mentions = ctx.resolver.mentions(block.text)
        for pattern in (UNIT_PHRASE, ACRONYM_UNIT):
            for match in finditer(pattern, block.text):
                alone = any(in_cell(block.text, match, cell) for cell in cells)
                discover_unit(ctx, block.text, mentions, match, heading_owner, first_words, alone)
            mentions = ctx.resolver.mentions(block.text)
        for match in finditer(OWNED_UNIT, block.text):
            discover_owned_unit(ctx, block.text, mentions, match)
        mentions = ctx.resolver.mentions(block.text)
        for match in finditer(HEAD_FIRST_UNIT, block.text):
            discover_head_first_unit(ctx, block.text, mentions, match)
        # the mentions read once per pass: a unit one match makes lies apart from the next match (matches do
        # not overlap) and changes none of the bodies it is read with, while reading them again after each
        # made a paragraph of thousands of units cost their square
        mentions = ctx.resolver.mentions(block.text)
        for match in finditer(NUMBERED_QUESTION, block.text) if "Question" in block.text else ():
            discover_question(ctx, block.text, mentions, match, heading_owner)
        mentions = ctx.resolver.mentions(block.text)
        for match in finditer(WORKING_PARTY, block.text):
            discover_working_party(ctx, block.text, mentions, match)
        for match in finditer(PLURAL_GROUPS, block.text) if "s " in block.text else ():
            discover_plural_groups(ctx, block.text, mentions, match)
        mentions = ctx.resolver.mentions(block.text)
        for match in finditer(LOWER_CASE_UNIT, block.text):
            discover_lower_case_unit(ctx, block.text, mentions, match)


# A body's acronym the document defines: in brackets after a name ending in a body's head ("the IEEE Ocean
# Sensing Society (OSS)"), or opening a line that is a body's name alone, a page's heading ("DICOM Standards
# Committee"). Group, Forum, Project, Council and a bare Committee name units as often: left out.
BODY_ACRONYM_HEADS = (
    r"(?:Society|Consortium|Alliance|Association|Foundation|Institute|Institution|Organi[sz]ation|Federation"
    r"|Agency|Commission|Union)"
)
DEFINED_BODY_ACRONYM = re.compile(rf"\b{BODY_ACRONYM_HEADS}[ \t]{{0,3}}\((?P<word>[A-Z][A-Z0-9]{{1,9}})\)")
BODY_NAME_LINE = re.compile(
    r"^[ \t#*]{0,8}(?P<word>[A-Z][A-Z0-9]{1,9})(?:[ \t]+[A-Z][\w-]{1,20}){0,3}[ \t]+"
    rf"(?:Standards[ \t]+Committee|{BODY_ACRONYM_HEADS})[ \t*]*$",
    re.MULTILINE,
)
ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,9}")


@lru_cache(maxsize=4)
def body_acronyms(text: str) -> frozenset[str]:
    """The acronyms the text defines for bodies (DEFINED_BODY_ACRONYM, BODY_NAME_LINE), read once per text."""
    return frozenset(
        match.group("word")
        for pattern in (DEFINED_BODY_ACRONYM, BODY_NAME_LINE)
        for match in pattern.finditer(text)
    )


def foreign_acronym(ctx: Context, name: str, owner: Entity) -> bool:
    """Whether a unit's name opens with the acronym of a body the document names that is not `owner` (the
    body its sentence, heading or page would give it): "GRSS Technical Committee on Standards for Earth
    Observation" on OGC's page about the IEEE GRSS, "DICOM WG-20" in an HL7 sentence. The word must be no
    known body's (those own the unit as written before it) and none of the owner's names."""
    word = name.split()[0]
    if not ACRONYM_WORD.fullmatch(word) or word not in body_acronyms(ctx.document.text):
        return False
    if ctx.resolver.resolve(word, "organization") is not None:
        return False
    return not any(
        word.casefold() in n.casefold().split() for n in (owner.label, owner.acronym or "", *owner.names)
    )


# A group named head first, its subject after its head, as European bodies name theirs ("the Working Group
# Communication Profiles", "the Study Group Networks of TSDSI", "the Working Group Adaptive Platform
# (WG-AP)"): one to three capitalised words of subject, none of them an officer, a paper or a meeting of
# the group ("Working Group Chair", "Working Group Charter", "Working Group Last Call"). Its head opens the
# phrase: after an article, its body's name or a line's start, not after a word of another unit's name
# ("Technical Working Group Chair").
SUBJECT_GROUP = re.compile(
    # (and a national body's "Standards Committee Electrical Engineering", as DIN names its committees)
    r"(?<![\w-])(?P<name>(?:(?:Working|Study|Work)[ \t]+Group|Standards[ \t]+Committee)[ \t]+"
    r"(?P<subject>[A-Z][A-Za-z&-]{1,30}"
    r"(?:[ \t]+[A-Z][A-Za-z&-]{1,30}){0,2}))(?![\w-])(?:[ \t]{0,3}\((?P<acronym>[A-Z][A-Za-z0-9-]{1,12})\))?"
)
NOT_SUBJECT = {
    "chairs", "charter", "charters", "calls", "draft", "drafts", "document", "documents", "page", "pages",
    "list", "mailing", "agenda", "status", "item", "items", "last", "ballot", "review", "reports", "update",
    "updates", "output", "outputs", "deliverables", "wiki", "website", "leadership", "participants",
    "process", "procedures", "note", "notes", "co-chairs", "editor", "editors", "teleconference", "telco",
    "chair", "secretary", "secretariat", "meeting", "meetings", "members", "member",
}  # fmt: skip
SUBJECT_LEAD = re.compile(
    r"(?:(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)|^|[(\[*_\-\u2022:;,.])[ \t]*$", re.MULTILINE
)


def discover_subject_group(
    ctx: Context, text: str, mentions: list[Mention], match: re.Match[str], heading_owner: Entity | None
) -> None:
    """A group named head first with its subject (SUBJECT_GROUP), of the body named right before it ("DLMS
    UA Working Group Communication Profiles"), else of the body its sentence or heading names."""
    start, end = match.span("name")
    words = match.group("subject").split()
    kept = list(takewhile(lambda word: word.lower() not in NOT_SUBJECT | NOT_DESIGNATION, words))
    if not kept or not uncovered(mentions, start, end):
        return
    end = match.start("subject") + len(" ".join(kept)) if len(kept) < len(words) else end
    if any(m.entity.kind in ("organization", "specification") for m in overlapping(mentions, start, end)):
        return  # "Working Group DMTF", a specification's name: no subject
    leading = [m for m in mentions if m.end <= start and not text[m.end : start].strip(" \t'\u2019s")]
    leading = [m for m in leading if m.entity.kind == "organization"][-1:]
    if not leading and SUBJECT_LEAD.search(text, max(0, start - 12), start) is None:
        return  # "Technical Working Group Security": a unit's tail, read by the unit phrases
    owner = leading[0].entity if leading else owner_for(ctx, mentions, start, text, end, heading_owner)
    written = " ".join(text[leading[0].start : end].split()) if leading else None
    acronym = match.group("acronym") if end == match.end("name") else None
    ctx.resolver.new_unit(" ".join(text[start:end].split()), acronym, owner, written)


# A partnership project's governing technical body ("oneM2M Technical Plenary (TP)", "represented by its
# Technical Plenary"): a unit, though no unit phrase ends with "Plenary" (a "plenary" is as often a meeting)
TECHNICAL_PLENARY = re.compile(
    r"(?<![\w-])(?P<name>Technical[ \t]+Plenary)(?![\w-])(?:[ \t]{0,3}\((?P<acronym>[A-Z]{2,5})\))?"
)


def discover_plenary(
    ctx: Context, text: str, mentions: list[Mention], match: re.Match[str], heading_owner: Entity | None
) -> None:
    """A Technical Plenary (TECHNICAL_PLENARY) named after its body, with its acronym or after "its", of the
    body named right before it, else of the body its sentence or heading names."""
    start, end = match.span("name")
    if not uncovered(mentions, start, end):
        return
    leading = [m for m in mentions if m.end <= start and not text[m.end : start].strip(" \t'\u2019s")]
    leading = [m for m in leading if m.entity.kind == "organization"][-1:]
    if (
        not leading
        and match.group("acronym") is None
        and POSSESSED.search(text, max(0, start - 8), start) is None
    ):
        return  # "take part in the Technical Plenary": a meeting as often as the body's unit
    owner = leading[0].entity if leading else owner_for(ctx, mentions, start, text, end, heading_owner)
    written = " ".join(text[leading[0].start : end].split()) if leading else None
    ctx.resolver.new_unit(" ".join(match.group("name").split()), match.group("acronym"), owner, written)


POSSESSED = re.compile(r"(?<![\w-])(?:its|their)[ \t]+$", re.IGNORECASE)


# A committee named by its code and its subject, as JEDEC, ASTM and IPC name theirs: "JC-64 Committee for
# Embedded Memory Storage and Removable Memory Cards", "JC-14.1 Subcommittee on Reliability Test Methods for
# Packaged Devices", "Committee D20 on Plastics". The subject after "on" or "for" is part of the name: the
# code alone ("JC-64 Committee") or the number alone ("14.1 Subcommittee") was read before. The code is a
# few capitals and a number (letters after a hyphen, a dotted subgroup); the subject at most eight
# capitalised words with their joining words, all bounded.
COMMITTEE_CODE = r"[A-Z]{1,4}-?\d{1,3}(?:\.\d{1,2})?[a-z]?"
COMMITTEE_HEAD = r"(?:Sub-?c|C)ommittee"
CODED_COMMITTEE = re.compile(
    rf"(?<![\w.-])(?P<name>(?P<short>{COMMITTEE_CODE}[ \t]+{COMMITTEE_HEAD}"
    rf"|{COMMITTEE_HEAD}[ \t]+{COMMITTEE_CODE})"
    r"[ \t]+(?:on|for)[ \t]+[A-Z][\w&'-]{0,30}"
    r"(?:[ \t]+(?:(?:and|for|of|in|on|&)[ \t]+)?[A-Z][\w&'-]{0,30}){0,7})"
)


def discover_coded_committee(
    ctx: Context, text: str, mentions: list[Mention], match: re.Match[str], heading_owner: Entity | None
) -> None:
    """A committee named by its code and subject (CODED_COMMITTEE), of the body named right before it
    ("JEDEC JC-64 Committee for ...", "ASTM Committee D20 on Plastics"), else of the body its sentence or
    heading names."""
    start, end = match.span("name")
    if not uncovered(mentions, start, end):
        return
    leading = [m for m in mentions if m.end <= start and not text[m.end : start].strip(" \t'\u2019s")]
    leading = [m for m in leading if m.entity.kind == "organization"][-1:]
    owner = leading[0].entity if leading else owner_for(ctx, mentions, start, text, end, heading_owner)
    written = " ".join(text[leading[0].start : end].split()) if leading else None
    unit = ctx.resolver.new_unit(" ".join(match.group("name").split()), None, owner, written)
    short = " ".join(match.group("short").split())  # "JC-64 Committee", "Committee F42": its name in short
    if short not in unit.names:
        ctx.resolver.with_names(unit, short)


# A unit written in lower case, as prose often names one: "the cloud storage technical work group of
# SNIA", "the API governance working group of TM Forum", "MIPI's camera working group", "the
# 802.15.4ab task group". Its words (at most four, bounded: no nested blank runs) come before a
# lower-case head; it is a unit only with its organization right after ("of X") or before ("X's"), or
# with a numbered designation, and never when its words only qualify a head ("the new working group").
LOWER_CASE_UNIT = re.compile(  # blanks bounded: a run of blanks costs its length once, not its square
    r"(?P<lead>(?<![\w-])[Tt]he\s{1,5}|['\u2019]s\s{1,5}|(?<![\w-])its\s{1,5})"
    r"(?P<name>(?P<words>(?:(?!(?i:the|of|and|or|for|to|in|with|by|on|at|from|an?)\s)[A-Za-z0-9][\w.+/-]{0,30}\s{1,5})"
    r"{0,4}?)"
    r"(?P<head>technical\s{1,5}work\s{1,5}group|work(?:ing)?\s{1,5}group|task\s{1,5}(?:group|force)"
    r"|project\s{1,5}group"  # "acting through its OpenODD project group" (ASAM)
    r"|expert\s{1,5}group|technical\s{1,5}steering\s{1,5}committee|steering\s{1,5}committee"
    r"|(?:standards|technical)\s{1,5}committee"  # "the NEN Smart Grids standards committee"
    r"|technical\s{1,5}advisory\s{1,5}(?:council|board)))"
    r"(?![\w-])"
)
# heads that name one unit of a body without more words ("the technical steering committee of the OAI")
WHOLE_HEADS = {"technical steering committee", "steering committee", "technical advisory council",
               "technical advisory board"}  # fmt: skip
QUALIFYING_WORDS = {
    "new", "joint", "existing", "relevant", "same", "other", "each", "every", "this", "that", "these", "its",
    "their", "our", "your", "current", "responsible", "appropriate", "respective", "various", "several",
    "both", "all", "any", "such", "proposed", "future", "former", "first", "second", "one", "two", "three",
    "a", "an", "the", "and", "or", "of", "for", "whole", "full", "small", "ad", "hoc", "dedicated",
    "technical", "standing", "separate", "single", "own", "corresponding", "related", "active", "to", "in",
    "with", "by", "on", "at", "from", "as", "is", "are", "was", "were", "which", "whose",
}  # fmt: skip
DESIGNATION = re.compile(r"\d")
# A word of a group's proper name: capitalised or in capitals ("Data", "XSLT", "WebDAV")
PROPER_WORD = re.compile(r"[A-Z][A-Za-z0-9.+-]{0,30}")
# A group's own coined word, with a capital after its first letter ("CoRE", "SUIT", "WaVE", "6lo" is not)
CODED_WORD = re.compile(r"[A-Za-z][a-z0-9]{0,6}[A-Z][A-Za-z0-9]{0,10}")


def ownerless(mentions: list[Mention]) -> list[Mention]:
    """The mentions but those of units found without their organization ("Attn: Core Stack Working
    Group" in a header): prose that names the unit with its organization gives it one."""
    return [m for m in mentions if not (m.entity.kind == "unit" and m.entity.unit_of is None)]


# A group's code right after its words in lower case ("task group TC39-TG2", "working group (WG 4)")
CODE_AFTER = re.compile(r"[ \t]{1,3}\(?[A-Z][A-Za-z]{0,6}[ \t]?\d{1,3}(?:[-/.][A-Za-z]{0,6}\d{0,3})*(?![\w])")


def discover_lower_case_unit(ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]) -> None:
    """A unit named in lower case (LOWER_CASE_UNIT), with the organization prose ties it to."""
    start, end = match.start("name"), match.end("name")
    words, head = match.group("words").split(), " ".join(match.group("head").split())
    if not words and head not in WHOLE_HEADS:
        return  # "the working group of X": a head alone is read only after its organization's name
    if any(w.lower() in QUALIFYING_WORDS for w in words):
        return
    inside = ownerless(overlapping(mentions, start, end))
    opener = body_opening(text, inside, start)
    if opener is not None:  # "the KDA Buoy Telemetry working group": its body's name opens its words
        rest = text[opener.end : end].split()  # (a word before its head: "the ISO technical committee": none)
        if len(rest) > len(head.split()) and not any(m.start >= opener.end for m in inside):
            ctx.resolver.new_unit(" ".join(rest), None, opener.entity)
        return
    if any(m.entity.kind != "specification" or m.end > end for m in inside):
        return
    # (a specification's name within its words names the group's subject: "the HTTP working group", "the XML
    # Schema working group", a group of its own all the same)
    name = " ".join([*words, head])
    owner: Entity | None = None
    if match.group("lead")[0] in "'\u2019":  # "MIPI's camera working group"
        before = [
            m
            for m in overlapping(mentions, max(0, match.start() - 1), match.start())
            if m.end == match.start() and m.entity.kind == "organization"
        ]
        owner = before[0].entity if before else None
    elif (after := OWNER_AFTER.match(text, end)) is not None:  # "of the IETF", "at W3C", "within ETSI"
        places = {after.end(), after.start("the") if after.group("the") else after.end()}
        right = [m for place in sorted(places) for m in starting_at(mentions, place)]
        owner = right[0].entity if right else None
    elif match.group("lead").startswith("its"):  # "ASAM ..., acting through its OpenODD project group": the
        # body "its" stands for, the last one its sentence names before it (not one its code names after
        # it: "through its internationalization task group TC39-TG2" is TC39-TG2)
        if CODE_AFTER.match(text, end) is not None:
            return
        reach = max(0, match.start() - SENTENCE_LOOKBACK)
        at = match.start()
        opening = max(text.rfind(". ", reach, at), text.rfind("; ", reach, at), reach - 1)
        before = [
            m
            for m in overlapping(mentions, opening + 1, match.start())
            if m.start > opening and m.end <= match.start() and m.entity.kind == "organization"
        ]
        owner = before[-1].entity if before else None
    if owner is None and words and DESIGNATION.search(words[0]):
        owner = owner_for(ctx, mentions, start, text)  # "the 802.15.4ab task group": its sentence's body
    if owner is None and words and DESIGNATION.search(words[0]):
        owner = designation_owner(ctx, words[0])  # "the 802.15.4ab task group" of the 802.15 group's body
    found = [m for m in starting_at(mentions, start, "unit") if m.entity.unit_of is None]
    if owner is not None and found and found[0].end == end:
        ctx.resolver.owned_by(found[0].entity, owner)
    elif owner is not None:
        ctx.resolver.new_unit(name, None, owner)
    elif not found and (
        (len(words) == 1 and CODED_WORD.fullmatch(words[0]))
        or (words and all(PROPER_WORD.fullmatch(w) for w in words))
    ):
        # "The CoRE working group thanks ...", "the WebDAV working group", "the Data Access working group": a
        # group its statement names by its own words, whose body a group field ("From Group: CORE",
        # kg.extract.liaison) or other prose ("the WebDAV working group of the IETF") gives; left out without
        ctx.resolver.new_unit(f"{' '.join(words)} {head.title()}", None, None)


def body_opening(text: str, inside: list[Mention], start: int) -> Mention | None:
    """The organization whose name opens a unit's words (`inside`: the mentions within the unit's name), when
    the name opens right at `start`."""
    first = min(inside, key=lambda m: m.start, default=None)
    if first is None or first.entity.kind != "organization" or first.start != start:
        return None
    return first if text[first.end : first.end + 1].isspace() else None


NUMBER = re.compile(r"\d+(?:\.\d+)+")


def designation_owner(ctx: Context, designation: str) -> Entity | None:
    """The organization of the unit whose number a designation extends ("802.15.4ab" of the "IEEE 802.15
    Working Group"): a task group is numbered under its working group."""
    owners = {
        unit.unit_of
        for unit in ctx.resolver.new_entities.values()
        if unit.kind == "unit" and unit.unit_of is not None
        for number in NUMBER.findall(unit.label)
        if designation.startswith(number) and designation != number
    }
    if len(owners) != 1:
        return None
    return ctx.resolver.entities.get(owners.pop())


LIST_REACH = 120
# A working party of a study group, as the ITU sectors number them: "Working Party 1/20", "WP 5D"
# A study group's question written in full with its group's number ("Question 11/15 (Q11/15)", "work is done
# in Question 6/13"): the group of experts the study group's work is carried in, a unit of the study group's
# body. (A header field's bare "Question(s): 2/17" and the short "Q2/17" alone are left: a rapporteur's
# title, or an addressee, as often as the unit that works.)
NUMBERED_QUESTION = re.compile(r"(?<![\w/-])Question[ \t]+(?P<number>\d{1,2})/(?P<group>\d{1,2})(?![\w/])")


# A header's field of addressees, where a question is written as whom a statement goes to
ADDRESS_FIELD = re.compile(
    r"[ \t|*]{0,4}(?:to|cc|copy|for\s+(?:action|information|info)(?:\s+to)?|destination|addressees?)"
    r"[ \t*]{0,3}[:|\t]",
    re.IGNORECASE,
)
ADDRESS_FIELD_REACH = 120


def discover_question(
    ctx: Context, text: str, mentions: list[Mention], match: re.Match[str], heading_owner: Entity | None
) -> None:
    """A question of a study group (NUMBERED_QUESTION), of the body whose "Study Group N" the document
    names, else of the body its sentence or heading names."""
    if not uncovered(mentions, match.start(), match.end()):
        return
    line_start = text.rfind("\n", max(0, match.start() - ADDRESS_FIELD_REACH), match.start()) + 1
    if ADDRESS_FIELD.match(text, line_start, match.start()):
        return  # "To: ITU-T Study Group 13, Question 20/13": an addressee, not a group named at work
    number, group = int(match.group("number")), int(match.group("group"))
    owner = study_group_owner(ctx, group) or owner_for(
        ctx, mentions, match.start(), text, match.end(), heading_owner
    )
    ctx.resolver.new_unit(f"Question {number}/{group}", f"Q{number}/{group}", owner)


def study_group_owner(ctx: Context, group: int) -> Entity | None:
    """The body of the study group numbered `group` the document has named ("Study Group 15", "ITU-T SG 5",
    "SG13"), if any: the one body whose unit is so designated (designated_owner)."""
    for entity in ctx.resolver.new_entities.values():
        if entity.kind == "unit" and entity.label == f"Study Group {group}" and entity.unit_of is not None:
            return ctx.resolver.entities.get(entity.unit_of)
    return designated_owner(ctx, f"SG {group}")


WORKING_PARTY = re.compile(
    r"(?<![\w-])(?:Working\s+Party|WP)\s?(?P<number>\d{1,2}(?:/\d{1,2}|[A-F]))(?![\w/])"
)


def discover_working_party(ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]) -> None:
    """ "ITU-T ..., Working Party 1/20": a working party listed after the organization named before it
    in its sentence, in full and by its short name ("WP 1/20"); none when its sentence names no body
    (the first party would be a guess)."""
    lead = text[max(0, match.start() - 3) : match.start()].rstrip(" \"'\u201d")
    right_after = any(
        m.entity.kind == "organization" and m.end <= match.start() and not text[m.end : match.start()].strip()
        for m in mentions
    )
    if not uncovered(mentions, match.start(), match.end()):
        return
    number = match.group("number")
    written = " ".join(match.group(0).split())  # "WP5C", "WP3/13": as written, the name that finds it
    if not (lead.endswith(",") or right_after):
        # not after its body ("the meeting of WP 5D"): the body whose study group or other working parties
        # the document names, or none (the first party would be a guess)
        owner = working_party_owner(ctx, number)
        if owner is not None:
            named_as_written(
                ctx, ctx.resolver.new_unit(f"Working Party {number}", f"WP {number}", owner), written
            )
        return  # after its body ("ITU-R WP 5D", "ITU-T, ..., Working Party 1/20")
    reach = max(0, match.start() - LIST_REACH)  # the body heads the list the working party ends
    start = max(text.rfind(". ", reach, match.start()), text.rfind("; ", reach, match.start()), reach - 1) + 1
    before = [
        m for m in mentions if start <= m.start and m.end <= match.start() and m.entity.kind == "organization"
    ]
    if before:
        unit = ctx.resolver.new_unit(f"Working Party {number}", f"WP {number}", before[-1].entity)
        named_as_written(ctx, unit, written)


def named_as_written(ctx: Context, unit: Entity, written: str) -> None:
    """A new unit also named as the text writes it ("WP5C" of "Working Party 5C", acronym "WP 5C"): a name
    pattern reads a blank as any blanks, never as none."""
    own = {" ".join(n.split()) for n in (unit.label, unit.acronym or "", *unit.names)}
    if written not in own and unit.iri in ctx.resolver.new_entities:
        ctx.resolver.with_names(unit, written)


def sibling_owner(ctx: Context, head: str) -> Entity | None:
    """The one body whose units named "<head> N" the document names ("Working Party 5A" of ITU-R): the
    body of another unit so numbered ("WP 5C" in "Working Parties 5A and 5C"); none when two bodies have
    such units."""
    owners = {
        e.unit_of
        for e in ctx.resolver.new_entities.values()
        if e.kind == "unit" and e.unit_of is not None and e.label.startswith(head + " ")
    }
    return ctx.resolver.entities.get(next(iter(owners))) if len(owners) == 1 else None


def working_party_owner(ctx: Context, number: str) -> Entity | None:
    """The body of a working party written without it: the study group's ("WP 3/13" of Study Group 13), or
    that of the document's other working parties."""
    if "/" in number:
        return study_group_owner(ctx, int(number.split("/")[1]))
    sibling = sibling_owner(ctx, "Working Party")
    if (
        sibling is None
        and SECTOR_LETTERED.fullmatch(number)
        and not any(
            e.kind == "unit" and e.label.startswith("Working Party ")
            for e in ctx.resolver.new_entities.values()
        )
        and names_radiocommunication(ctx.document.text)
    ):
        # "Working Parties 4C and 5A" read before any working party is known: one numbered after its study
        # group with a letter is ITU-R's (ITU-T writes "WP 1/13"), in a text of the Radiocommunication
        # Sector (working parties of two bodies known: none is guessed)
        return ctx.resolver.resolve("ITU-R", "organization")
    return sibling


# A working party numbered as ITU-R numbers them: its study group's number and a letter ("5A", "4C")
SECTOR_LETTERED = re.compile(r"\d{1,2}[A-F]")
NAMES_RADIOCOMMUNICATION = re.compile(r"\bITU-R\b|\bRadiocommunication\b|\bRADIOCOMMUNICATION\b")


@lru_cache(maxsize=8)
def names_radiocommunication(text: str) -> bool:
    """Whether a text names the ITU's Radiocommunication Sector (read once per text)."""
    return NAMES_RADIOCOMMUNICATION.search(text) is not None


# Numbered groups of one body listed after their head in the plural, as ITU sectors write them ("ITU-T
# Study Groups 13 and 19", "Working Parties 8A and 8F", "WPs 8A and 8F", "SGs 2, 3 and 5"), and as other
# bodies list their working groups, technical committees, subcommittees and task forces ("IEC Technical
# Committees 57 and 65", "ISO/IEC JTC 1 SCs 27 and 42", "HMC WGs 2 & 3"): each a unit
GROUP_NUMBER = r"\d{1,3}(?:/\d{1,2}|[A-F](?![\w/]))?"
PLURAL_GROUPS = re.compile(
    r"(?<![\w-])(?P<head>(?i:study\s+groups|working\s+parties|working\s+groups|technical\s+committees"
    r"|sub-?committees|task\s+forces)|WPs|SGs|WGs|TCs|SCs|TFs)\s+"
    rf"(?P<numbers>{GROUP_NUMBER}(?:\s*,\s*{GROUP_NUMBER}){{0,8}}\s*,?\s+(?i:and|&)\s+{GROUP_NUMBER})(?![\w/])"
)
PLURAL_NUMBER = re.compile(GROUP_NUMBER)
# Each plural head's unit: its head in full and its short form ("SG" run on with its number, as ITU writes it)
GROUP_PLURAL_HEADS = {
    "study": ("Study Group", "SG"),
    "sg": ("Study Group", "SG"),
    "working parties": ("Working Party", "WP "),
    "wp": ("Working Party", "WP "),
    "working groups": ("Working Group", "WG "),
    "wg": ("Working Group", "WG "),
    "technical": ("Technical Committee", "TC "),
    "tc": ("Technical Committee", "TC "),
    "sub": ("Subcommittee", "SC "),
    "sc": ("Subcommittee", "SC "),
    "task": ("Task Force", "TF "),
    "tf": ("Task Force", "TF "),
}


def plural_head(match: re.Match[str]) -> tuple[str, str]:
    """The head in full and the short form of the units a PLURAL_GROUPS match lists."""
    head = " ".join(match.group("head").lower().split())
    key = next(k for k in GROUP_PLURAL_HEADS if head.startswith(k))
    return GROUP_PLURAL_HEADS[key]


def plural_group_names(match: re.Match[str]) -> list[tuple[str, str, int, int]]:
    """(name, acronym, start, end) of each group a PLURAL_GROUPS match lists, in the text's places: a working
    party numbered with a letter ("8A"), any other group by its number alone."""
    full, short = plural_head(match)
    found = []
    for number in PLURAL_NUMBER.finditer(match.group("numbers")):
        value = number.group().upper()
        start, end = match.start("numbers") + number.start(), match.start("numbers") + number.end()
        if full != "Working Party" and value.isdigit():
            found.append((f"{full} {int(value)}", f"{short}{int(value)}", start, end))
        elif full == "Working Party":
            found.append((f"Working Party {value}", f"WP {value}", start, end))
    return found


def discover_plural_groups(ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]) -> None:
    """The groups a plural head lists (PLURAL_GROUPS), of the body written right before it ("ITU-T Study
    Groups 13 and 19", "ISO/IEC JTC 1 SCs 27 and 42"), else of the body the document's other groups so named
    have. A group of a numbered committee is also named after it, as such groups are ("ISO/IEC JTC 1/SC 27").
    Each one is remembered at its number's place (Resolver.listed_units)."""
    before = [
        m
        for m in mentions
        if m.entity.kind in ("organization", "unit")
        and m.end <= match.start()
        and text[m.end : match.start()].strip() in ("", "/")
    ]
    # a numbered committee of a body before the head ("IEC TC 57 WGs 10 and 13", "ISO/TC 211 WGs 4 and 6"):
    # each group is the body's, named after its committee ("TC 57/WG 10"), as one group alone is
    committee = before[-1].entity if before and before[-1].entity.kind == "unit" else None
    if committee is not None and (
        committee.unit_of is None or NUMBERED_BODY.search(committee.acronym or committee.label) is None
    ):
        return
    full, _ = plural_head(match)
    for name, acronym, start, _ in plural_group_names(match):
        if committee is not None:
            owner = ctx.resolver.entities.get(committee.unit_of) if committee.unit_of else None
            designation = f"{committee.acronym or committee.label}/{acronym}"
            if owner is not None:
                unit = ctx.resolver.new_unit(designation, designation, owner)
                written = [f"{n}/{acronym}" for n in dict.fromkeys((committee.label, *committee.names))]
                if missing := [n for n in written if n not in unit.names]:
                    unit = ctx.resolver.with_names(unit, *missing)
                ctx.resolver.listed_units[(text, start)] = unit.iri
            continue
        if before:
            owner = before[-1].entity
        elif full != "Working Party":
            owner = sibling_owner(ctx, full)
        else:
            owner = working_party_owner(ctx, name.rsplit(" ", 1)[1])
        if owner is None:
            continue
        # a subcommittee by its short name, as it is named alone ("JTC 1/SC 27"): one unit either way
        unit = ctx.resolver.new_unit(acronym if full == "Subcommittee" else name, acronym, owner)
        if NUMBERED_BODY.search(owner.label) is not None:
            slashed = [f"{n}/{acronym}" for n in dict.fromkeys((owner.label, owner.short_name))]
            if missing := [n for n in slashed if n not in unit.names]:
                unit = ctx.resolver.with_names(unit, *missing)
        ctx.resolver.listed_units[(text, start)] = unit.iri


# A body that is itself a numbered committee ("ISO/IEC JTC 1", "ISO/TC 211"): its groups are named after it
# with a slash ("ISO/IEC JTC 1/SC 27")
NUMBERED_BODY = re.compile(r"\b(?:JTC|TC|SC)[ \t]?\d{1,3}$")


def plural_group_units(ctx: Context, text: str) -> list[tuple[Entity, int, int]]:
    """The units a text's plural heads list (found by discover_plural_groups), with each one's number's
    place: a name pattern finds "Study Group 19" nowhere in "Study Groups 13 and 19". A unit is the one
    discovered at that place of that text, else (a text cut from the one read, as a header field's value
    "To: ITU-T Study Groups 13 and 20" is) the discovered unit of that name."""
    found = []
    for match in finditer(PLURAL_GROUPS, text) if "s " in text else ():
        for name, _, start, end in plural_group_names(match):
            iri = ctx.resolver.listed_units.get((text, start))
            unit = ctx.resolver.new_entities.get(iri) if iri is not None else listed_unit_named(ctx, name)
            if unit is not None and unit.kind == "unit" and unit.unit_of is not None:
                found.append((unit, start, end))
    return found


def listed_unit_named(ctx: Context, name: str) -> Entity | None:
    """The unit discovered from a plural head under `name` ("Study Group 13"), the first if several."""
    return next(
        (e for e in ctx.resolver.new_entities.values() if e.kind == "unit" and name in (e.label, *e.names)),
        None,
    )


# What may stand between a body and its unit written head first: nothing, its possessive, or "its" after
# a few words of its sentence ("ETSI's ISG CIM", "ETSI, through its TC SmartM2M", "ETSI designates its ...")
BODY_TO_UNIT = re.compile(  # (after a bracketed acronym too: "... Institute (ETSI), through TC CYBER")
    r"\s{0,2}|['\u2019]s\s{1,2}|\)?,?\s{1,2}(?:acting\s{1,2})?(?:through|via)\s{1,2}(?:its\s{1,2})?"
    r"|\)?,?\s{1,2}(?:[a-z]{2,12}\s{1,2}){1,3}its\s{1,2}"
)


def body_beside(text: str, mentions: list[Mention], match: re.Match[str]) -> Mention | None:
    """The organization written right before a unit ("ITU-T SG15", "ETSI ISG NFV", "ETSI's ISG CIM",
    "ETSI, through its TC SmartM2M") or in brackets right after it ("WG Telemetry (OBC)")."""
    last = match.group("name").split()[-1]
    coded = match.group("head") is None or last.isupper() or is_proper(last)
    for m in mentions:
        if m.entity.kind != "organization":
            continue
        # before it, only a coded name ("OASIS TC Administration" is an office, "ETSI ISG NFV" a group)
        gap = text[m.end : match.start()]
        if coded and m.end <= match.start() and len(gap) <= 40 and BODY_TO_UNIT.fullmatch(gap):
            return m
        if text[match.end() : m.start] in (" (", "(") and text[m.end : m.end + 1] == ")":
            return m
    return None


# A partnership project's working group by its plenary group's code and its number run on ("SA5", "RAN3",
# "CT1"): the working group of that technical specification group, "TSG SA WG5" in full
PARTNERSHIP_GROUP = re.compile(r"(SA|RAN|CT)(\d{1,2})")


def discover_head_first_unit(ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]) -> None:
    """ "ETSI ISG NFV", "ITU-T SG15": a unit written head first is one only right after its organization
    (alone, "TC Process" or "SG 2" may be anything); its name as written, a numbered study group's in
    full with its acronym, so that "SG15" and "Study Group 15" are one unit."""
    # a unit named after a specification ("ETSI ISG CIM", "ETSI TC CYBER"): the specification's name inside
    # it does not hide the unit
    mentions = [
        m
        for m in mentions
        if not (m.entity.kind == "specification" and match.start() <= m.start and m.end <= match.end())
    ]
    # a group under a committee the document names too ("ETSI TC ITS WG5" where "ETSI TC ITS" is a unit):
    # the committee's name inside it does not hide the group
    committee = extended_committee(text, mentions, match.start(), match.end())
    mentions = [m for m in mentions if m is not committee]
    owner = body_beside(text, mentions, match)
    if owner is None or not uncovered(mentions, match.start(), match.end()):
        return
    number = match.group("number")
    partnership = PARTNERSHIP_GROUP.fullmatch(match.group("name"))
    if number is not None:
        ctx.resolver.new_unit(f"Study Group {int(number)}", f"SG{int(number)}", owner.entity)
    elif partnership is not None:  # "3GPP CT1" is the CT group's WG1, "TSG CT WG1" where written in full
        group, number = partnership.groups()
        ctx.resolver.new_unit(f"TSG {group} WG{int(number)}", f"{group}{int(number)}", owner.entity)
    else:
        ctx.resolver.new_unit(" ".join(match.group("name").split()), None, owner.entity)


# A body's possessive right before a unit's name ("OBC's ", "OBC\u2019s ")
POSSESSIVE_BEFORE = re.compile(r"['\u2019]s[ \t]\Z")
# A body's unit it acts through, named after it: "FIRST (Forum of ...), through its PSIRT Special Interest
# Group (PSIRT SIG)", "OCP, acting through the Hardware Management Project"; the body within a clause before
THROUGH_BEFORE = re.compile(r"(?:,\s*|(?<!\s)\s+)(?:acting\s+|working\s+)?through\s+(?:its|the)\s+\Z", re.I)
THROUGH_REACH = 120
UNIT_ACRONYM_AFTER = re.compile(
    r"[ \t]{0,3}\((?P<acronym>[A-Z][A-Za-z0-9&-]{0,11}(?:[ \t][A-Z][A-Za-z0-9&-]{1,11})?)\)"
)


def owner_through(text: str, mentions: list[Mention], start: int) -> Mention | None:
    """The body a unit starting at `start` is named as acting for ("..., through its X Project"): the last
    organization named before "through" in the same clause (no sentence's end between, THROUGH_REACH at
    most), or None."""
    through = THROUGH_BEFORE.search(text, max(0, start - 40), start)
    if through is None:
        return None
    before = [
        m
        for m in mentions
        if m.entity.kind == "organization"
        and m.end <= through.start()
        and through.start() - m.end <= THROUGH_REACH
        and not re.search(r"[.;:!?](?:\s|$)", text[m.end : through.start()])
    ]
    return before[-1] if before else None


def discover_owned_unit(ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]) -> None:
    """ "OCP Networking Project": a unit only when its organization is named right before it; the
    pattern's match starts at or inside the organization's name, the unit is what follows it."""
    owners = [
        m
        for m in overlapping(mentions, match.start("name"), match.end("name"))
        if m.entity.kind == "organization" and m.start >= match.start("name") and m.end < match.end("name")
    ]
    if not owners:  # "TM Forum, Autonomous Networks Project": a line opening with its organization
        opening = len(text) - len(text.lstrip())  # where the text's first word starts
        owners = [
            m
            for m in overlapping(mentions, 0, opening + 1)
            if m.entity.kind == "organization"
            and m.start <= opening
            and re.fullmatch(r"\W{0,3}(?:,|\s[\u2013\u2014-])\s*", text[m.end : match.start("name")])
        ]
    if (
        not owners
    ):  # "TCCA's Critical Communications Broadband Group": its organization's possessive before it
        possessive = POSSESSIVE_BEFORE.search(text, max(0, match.start("name") - 4), match.start("name"))
        if possessive is not None:
            owners = [
                m
                for m in overlapping(mentions, max(0, possessive.start() - 1), possessive.start())
                if m.entity.kind == "organization" and m.end == possessive.start()
            ]
    if not owners and (through := owner_through(text, mentions, match.start("name"))) is not None:
        name = " ".join(text[match.start("name") : match.end("name")].split())
        if (
            len(name.split()) >= 2
            and name.lower() not in UNIT_HEADS  # a head alone: "through its Working Group 2.6 Field Devices"
            and uncovered(mentions, match.start("name"), match.end("name"))
            and not (is_site_area(name) or a_place(name))
        ):
            bracket = UNIT_ACRONYM_AFTER.match(text, match.end("name"))
            ctx.resolver.new_unit(name, bracket.group("acronym") if bracket else None, through.entity)
        return
    if not owners:  # "the Fiber Access Networks Work Area of the Broadband Forum": its organization after it
        after = OWNER_AFTER.match(text, match.end("name"))
        right = starting_at(mentions, after.end()) if after else []
        if right and uncovered(mentions, match.start("name"), match.end("name")):
            name = re.sub(r"^(?:The|A|An)\s+", "", text[match.start("name") : match.end("name")].strip())
            # ("the Work Programme of ETSI" is a document, "the Meeting Room of X" a place)
            if len(name.split()) >= 2 and name[:1].isupper() and not is_site_area(name) and not a_place(name):
                ctx.resolver.new_unit(name, None, right[0].entity)
        return
    owner = owners[-1]
    if re.match(r"[.;:!?](?:\s|$)", text[owner.end :]):
        return  # "... works with ISO. A Special Interest Group reviews ...": the body ended its sentence
    name = text[owner.end : match.end("name")].strip()
    words = name.split()
    if len(words) < 2 or words[0][:1].islower() or not uncovered(mentions, owner.end, match.end("name")):
        return
    if organization_name_kind(name) == "organization" and name.split()[-1] not in ("Project", "Group"):
        return
    if is_site_area(name) or a_place(name):
        return
    ctx.resolver.new_unit(name, None, owner.entity)


PLACE_WORDS = {
    "meeting", "conference", "board", "press", "reading", "seminar", "class", "breakout", "news", "work",
}  # fmt: skip


def a_place(name: str) -> bool:
    """ "ETSI Meeting Room", "the Work Programme of ETSI": a room to meet in or a programme of documents, no
    unit (a "Technical Module" or an "Infrastructure Room" is one)."""
    words = name.lower().split()
    return words[-1] in ("room", "programme", "program") and words[0] in PLACE_WORDS


def is_site_area(name: str) -> bool:
    """ "Member Area", "Download Area": an area of a site, not a body's area of work; a body's area names
    two subjects or more ("Operations and Management Area") or is a "Work Area"."""
    words = name.split()
    if words[-1] != "Area" or name.endswith("Work Area"):
        return False
    return len([w for w in words[:-1] if w.lower() not in FUNCTION_WORDS]) < 2


# A joining word right after a body's name inside a unit phrase's words ("HL7 and MARIS Working Group"): the
# body closes an item of a list, and the unit is the next item's, never named "and MARIS Working Group"
JOINED_AFTER_BODY = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|&)[ \t]+(?=[A-Z0-9])")


def discover_unit(
    ctx: Context,
    text: str,
    mentions: list[Mention],
    match: re.Match[str],
    heading_owner: Entity | None = None,
    first_words: dict[str, set[Entity]] | None = None,
    alone: bool = False,
) -> None:
    """A unit phrase ("Interoperability Working Group (IWG)", "NFV ISG"), without the organization named
    right before it ("ETSI NFV ISG"), which owns it, or the first word of its name ("Sundvik Industrial
    Working Group" of the Sundvik Alliance, `first_words`); else its owner comes from the context. `alone`:
    the phrase fills a cell of a table's column of bodies ("| Access Board (US) |" under "Organization"),
    where a name with no body of its own in it is a body, no unit of the page's writer or of the row above."""
    start = first = match.start("name")
    # (and the writer's "Our Technical Committee ...": no word of the unit's name)
    article = re.match(r"(?:The|the|A|a|An|an|Its|its|Our|our)\s+", text[start:])
    start += article.end() if article else 0
    opened = word_start(text, start)  # "prplMesh Working Group": the phrase read from "Mesh"
    before: list[Mention] = []
    prefixed: tuple[int, Entity] | None = None
    if opened < start:
        # ("the bSI Standards Committee": the word is its body's acronym, the unit is named after it)
        word = text[opened:].split(None, 1)[0]
        named = [m.entity for m in starting_at(mentions, opened) if m.end == opened + len(word)]
        named += [party for party in ctx.parties if word.lower() == (party.acronym or "").lower()]
        prefixed = (opened + len(word), named[0]) if named else None
        before = [] if prefixed else organization_before(mentions, text, opened)
        start = first = opened
    named_spec = bool(starting_at(mentions, start, "specification"))
    mentions = without_named_specifications(ctx, text, mentions, start, match.end("name"))
    # the organization right before the unit's words, even when the match began before it
    # ("From Group: IEEE 802.1 WG" matches from "Group"), or with the article its name opens with
    # ("The Green Grid Technical Committee")
    end = match.end("name")
    leading = [
        m
        for m in overlapping(mentions, first, end)
        if first <= m.start < m.end < end and m.entity.kind == "organization"
    ][-1:]
    leading = leading or before
    if leading and not before:
        start = leading[0].end
        joined = JOINED_AFTER_BODY.match(text, start)
        if joined is not None:  # "the Imaging Work Group of HL7 and MARIS Working Group 4": a list, the
            leading, start = [], joined.end()  # body ends the item before; the unit opens after "and"
    name_end, after = owner_inside(text, mentions, start, match.end("name"))
    start = cell_start(text, start, name_end)
    possessed = prefixed or (
        None if leading else possessive_owner(ctx, text, start, name_end, first_words or {})
    )
    if possessed is not None:  # "FiRa's Technical Working Group", "the Alliance's Aliro Working Group"
        start = possessed[0]
    name = text[start:name_end].strip()
    dashed = None if leading or possessed else DASHED_SUBJECT.search(text, max(0, start - 60), start)
    dashed_written = None
    if dashed is not None and dashed_subject(dashed, mentions) and bare_head(name):
        # "the Radio Regulatory - Technical Advisory Group": the subject, a dash, then the head (a body's
        # name before the dash, "OGC - Technical Committee", is its owner, read as such)
        start, name = dashed.start("words"), f"{dashed.group('words')} {name}"
        dashed_written = " ".join(text[start:name_end].split())  # (as written, the dash finds it too)
    officer = OFFICER_OF.match(name)
    if officer is not None:  # "Chair of the Architecture Working Group": the group, not its chair
        start += len(text[start:name_end]) - len(text[start:name_end].lstrip()) + officer.end()
        name = text[start:name_end].strip()
    short = own_short_form(name)
    if short is not None:  # "SG13 Study Group 13" in a legend: the group and its short form
        start += len(text[start:name_end]) - len(text[start:name_end].lstrip()) + short.end()
        name = text[start:name_end].strip()
    head_first = designated(text, name, name_end) if leading else None
    if head_first is not None:  # "ETSI Technical Committee Cyber Security (TC CYBER)", "Ecma ... TC39"
        name, acronym = head_first
        ctx.resolver.new_unit(name, acronym, first_joined(mentions, text, leading[0]).entity)
        return
    bracketed = bracketed_body(text, mentions, name_end)
    reach = name_end if bracketed or after else match.end()  # "(OBC)" after it is its body's, not its own
    committee = extended_committee(text, mentions, start, name_end)
    if committee is not None:  # "TC 57 WG 10" extends the "TC 57" already found: its group, another unit
        mentions = [m for m in mentions if m is not committee]
    if MEASURED_WORD.match(name):
        return  # "a 10-day WG letter ballot", "the 2-hour TF call": how long the group's work runs, no name
    # (one word is a unit only as a designation after its body: "DICOM WG-20", "XYZ TG4")
    designated_alone = bool(leading) and HYPHENED_DESIGNATION.fullmatch(name) is not None
    if (len(name.split()) < 2 and not designated_alone) or not (
        uncovered(mentions, start, reach) or own_acronym_after(mentions, start, name_end, reach, match)
    ):
        return
    if not leading and unit_head(name) == " ".join(name.lower().split()):
        return  # a bare "Working Group" is a unit only right after its organization's name
    acronym = None if bracketed or after else match.groupdict().get("acronym")
    inner = match.groupdict().get("inner")
    inner = inner if inner and f"({inner})" in name else None  # (the name may start after the bracket)
    acronym = acronym or inner  # "... SMIME (LAMPS) Working Group": LAMPS
    written = (
        " ".join(text[first_joined(mentions, text, leading[0]).start : match.end("name")].split())
        if leading
        else None
    )
    by_first_word = (
        None
        if leading or after or bracketed or named_spec or possessed
        else first_word_owner(name, first_words or {})
    )  # ("OPC UA Robotics Working Group": named after the specification, whose first word is its body's)
    if by_first_word is not None:
        written, name = " ".join(name.split()), name.split(None, 1)[1]
    owner = (
        first_joined(mentions, text, leading[0]).entity  # "CEN-CENELEC Sector Forum": CEN's
        if leading
        else (possessed[1] if possessed else None)
        or by_first_word
        or after
        or bracketed
        or (organization_of(ctx, committee.entity) if committee is not None else None)
    )
    if owner is None and (alone or acronym in COUNTRY_CODES):
        return  # "Access Board (US)" in a list of partners: a body of that country, no unit guessed
    owner = (
        owner
        or named_owner(ctx, name)
        or written_after_body(ctx, name)
        or ietf_group_owner(ctx, name)
        or itu_group_owner(ctx, name)
    )
    designation = NUMBERED_SHORT_HEAD.match(name) if owner is None else None
    if designation is not None:  # "WP 5D Working Group" with no body: a known unit so designated, or later
        owner = designated_owner(ctx, designation.group()) or owner_on_line(
            text, mentions, start, owner_for(ctx, mentions, start, text, name_end)
        )
        if owner is None:  # (a unit of no body for now: a field naming it reads it, and no new body)
            unit = ctx.resolver.new_unit(name, acronym, None, written)
            ctx.resolver.undecided_units.append((unit.iri, designation.group()))
            return
    if owner is None:
        owner = owner_for(ctx, mentions, start, text, name_end, heading_owner)
        if owner is not None and foreign_acronym(ctx, name, owner):
            owner = None  # "GRSS Technical Committee on ...", "DICOM WG-20": another body's, none guessed
    if inner and acronym == inner:  # "Web of Things (WoT) Working Group" is the "WoT Working Group"
        if owner is not None:  # (a title line's group with no body: the body's line names it later)
            discover_inner_acronym_unit(ctx, name, inner, owner)
        return
    unit = ctx.resolver.new_unit(name, acronym, owner, written)
    if (
        dashed_written is not None
        and dashed_written not in unit.names
        and unit.iri in ctx.resolver.new_entities
    ):
        ctx.resolver.with_names(unit, dashed_written)


# An ITU focus group, named head first with its subject ("Focus Group on Quantum Timing"), and a numbered
# study group ("Study Group 13"); the ITU sectors a text names, by acronym or name
ITU_GROUP_NAME = re.compile(r"Focus\s+Group\s+on\s|Study\s+Group\s+\d{1,2}\Z")
NAMES_ITU_SECTOR = {
    "ITU-T": re.compile(r"\bITU-T\b|Telecommunication\s+Standardization\s+Sector"),
    "ITU-R": re.compile(r"\bITU-R\b|Radiocommunication\s+Sector"),
    "ITU-D": re.compile(r"\bITU-D\b|Telecommunication\s+Development\s+Sector"),
}


def itu_group_owner(ctx: Context, name: str) -> Entity | None:
    """The one ITU sector a text names, for a "Focus Group on ..." or a "Study Group 13" no body is written
    beside: the sector whose groups are so named ("The IETF thanks Study Group 13 for the output of the
    Focus Group on NET2030": ITU-T's, not the IETF's the sentence opens with). None when the text names
    no sector or several."""
    if ITU_GROUP_NAME.match(name) is None:
        return None
    sectors = [s for s, named in NAMES_ITU_SECTOR.items() if named.search(ctx.document.text)]
    return ctx.resolver.resolve(sectors[0], "organization") if len(sectors) == 1 else None


# "the DETNET WG", "RADEXT Working Group": a group written as its acronym alone before its head
ACRONYM_GROUP = re.compile(r"(?P<acronym>[A-Za-z][A-Za-z0-9]{1,11})\s+(?:WG|Working\s+Group)")
NAMES_THE_IETF = re.compile(r"\bIETF\b|Internet\s+Engineering\s+Task\s+Force")
# a group's lower-case acronym in an IETF draft's name or address, and in any address ("x-chairs@...")
IETF_ADDRESSED = re.compile(
    r"(?:draft-ietf-|ietf\.org/(?:wg|group)/)(?P<draft>[a-z0-9]{2,12})\b"
    r"|(?<![\w.-])(?P<mailbox>[A-Za-z0-9]{2,12})(?:-chairs)?@(?P<domain>[\w-]+)\."
)
BRACKETED_SHORT_GROUP = re.compile(  # (after the group's name in full: "(TRILL WG)" alone is no short form)
    r"(?:Group|Committee|Force|Team)\s{1,3}\(\s*(?P<acronym>[A-Za-z][A-Za-z0-9]{1,11})\s+(?:WG|Working\s+Group)\s*\)"
)
GROUP_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]{1,11}(?![\w-])")
NAMED_WITH_BODY_LOOKS = 12


@dataclass(frozen=True)
class IetfCues:
    """What a text says of the IETF's groups, read once per text (a paragraph of many units asks it of each):
    whether it names the IETF, the acronyms in IETF addresses and drafts, those in other bodies' addresses,
    those written in brackets as a group's short form, and the first places of each word."""

    names_ietf: bool
    ietf_addressed: frozenset[str]
    other_addressed: frozenset[str]
    bracketed: frozenset[str]
    places: dict[str, tuple[int, ...]]


@lru_cache(maxsize=8)
def ietf_cues(text: str) -> IetfCues:
    if NAMES_THE_IETF.search(text) is None:
        return IetfCues(False, frozenset(), frozenset(), frozenset(), {})
    ietf: set[str] = set()
    other: set[str] = set()
    for found in IETF_ADDRESSED.finditer(text):
        if found.group("draft"):
            ietf.add(found.group("draft"))
        else:
            (ietf if found.group("domain").lower() == "ietf" else other).add(found.group("mailbox").lower())
    places: dict[str, list[int]] = {}
    for word in GROUP_WORD.finditer(text):
        at = places.setdefault(word.group(), [])
        if len(at) < NAMED_WITH_BODY_LOOKS:
            at.append(word.start())
    bracketed = frozenset(m.group("acronym").lower() for m in BRACKETED_SHORT_GROUP.finditer(text))
    return IetfCues(
        True, frozenset(ietf), frozenset(other), bracketed, {w: tuple(at) for w, at in places.items()}
    )


def ietf_group_owner(ctx: Context, name: str) -> Entity | None:
    """The IETF, for a group no body is written beside that is named as the IETF names its working groups,
    in a text naming the IETF: its acronym in capitals and letters alone ("the DETNET WG", "in RADEXT WG";
    IEEE's groups are numbered, "802.11 WG"), or any acronym the text also writes in lower case in an IETF
    address or draft name ("the CoRE WG" and "core@ietf.org", "draft-ietf-core-..."). Else None: another
    body's group written so ("PMCI WG") is its body's where the text writes the body before it."""
    match = ACRONYM_GROUP.fullmatch(name)
    if match is None:
        return None
    text = ctx.document.text
    cues = ietf_cues(text)
    if not cues.names_ietf:
        return None
    acronym = match.group("acronym")
    lower = acronym.lower()
    if lower in cues.other_addressed and lower not in cues.ietf_addressed:
        return None  # "FAPI WG chairs <fapi-chairs@openid-wg.example>": another body's address
    if lower in cues.bracketed:  # (as the List-Id writes it too: "OAUTH WG")
        return None  # "... Protocol Working Group (OAuth WG)": the short form of a group named in full
    if named_with_a_body(ctx, text, cues.places.get(acronym, ())):
        return None  # "the IETF TICTOC Working Group", "OpenID Foundation FAPI WG": that reading gives it
    ietf = ctx.resolver.resolve("IETF", "organization")
    if lower in cues.ietf_addressed:
        return ietf
    capitals = acronym.isalpha() and acronym.isupper() and len(acronym) >= 3
    return ietf if capitals and others_number_their_groups(ctx) else None


# What follows a body's name when the text names one of its groups by number ("IEEE 802.1", "ITU-T SG 16",
# "ISO/TC 211", "JTC 1/SC 27", "IEC TC 57")
GROUP_NUMBER_AFTER = re.compile(r"[ \t]*[/-]?[ \t]*(?:(?:SG|TC|SC|WG|WP|JTC)[ \t]*)?\d")
# The kinds of body that have working groups of their own: a body the reference data types otherwise (the
# IAB, IANA, ICANN, the Internet Society: boards, registries, societies) says nothing of how groups are
# written, and a body no reference data knows may have groups
GROUP_WRITING_TYPES = frozenset({AKG.StandardsOrganization, AKG.IndustryAlliance})
NUMBERING_BODIES: dict[str, tuple[Resolver, bool]] = {}
NUMBERING_BODIES_KEPT = 8


def others_number_their_groups(ctx: Context) -> bool:
    """Whether every body with groups of its own (GROUP_WRITING_TYPES) but the IETF that the text names is
    written somewhere with a group's number right after it ("IEEE 802.1", "ITU-T SG 16"). Why: among
    bodies that number their groups, an acronym in capitals before "WG" is the IETF's way of writing one; a
    body the text names without a number (DMTF, OGF, SNIA) writes its groups so too ("The PMCI WG will
    review the IETF drafts": DMTF's), and capitals then tell nothing. Read once per text and resolver:
    every new unit changes the resolver, and a paragraph of many units asks this of each."""
    text = ctx.document.text
    known = NUMBERING_BODIES.get(text)
    if known is not None and known[0] is ctx.resolver:
        return known[1]
    ietf = ctx.resolver.resolve("IETF", "organization")
    numbered: dict[str, bool] = {}
    for mention in ctx.resolver.mentions(text):
        entity = mention.entity
        writes_groups = not entity.types or bool(entity.types & GROUP_WRITING_TYPES)
        if entity.kind == "organization" and writes_groups and (ietf is None or entity.iri != ietf.iri):
            numbers = GROUP_NUMBER_AFTER.match(text, mention.end) is not None
            numbered[entity.iri] = numbered.get(entity.iri, False) or numbers
    answer = all(numbered.values())
    if len(NUMBERING_BODIES) >= NUMBERING_BODIES_KEPT:
        NUMBERING_BODIES.clear()
    NUMBERING_BODIES[text] = (ctx.resolver, answer)
    return answer


def named_with_a_body(ctx: Context, text: str, places: tuple[int, ...]) -> bool:
    """Whether the text writes the acronym right after a known body's name at one of its first places
    ("IETF TICTOC", "the OpenID Foundation FAPI Working Group")."""
    for place in places:
        window = text[max(0, place - 60) : place].rstrip()
        if window and any(
            m.end == len(window) and m.entity.kind == "organization" for m in ctx.resolver.mentions(window)
        ):
            return True
    return False


# A measure opening a unit's words ("10-day WG letter ballot", "15-day Working Group ballot", "2-hour TF
# call"): how long something of the group lasts, no word of its name
MEASURED_WORD = re.compile(
    r"\d{1,3}[-\u2010\u2011 ](?:day|week|month|year|hour|minute)s?\b"
    r"|(?:one|two|three|five|ten|fifteen|thirty)-(?:day|week|month|year|hour|minute)\b",
    re.IGNORECASE,
)


# A group's designation in one word, its letters and number joined ("WG-20", "TG4", "SG-06")
HYPHENED_DESIGNATION = re.compile(r"(?:WG|TG|SG|TF|AG|EG|TC|SC)-?\d{1,3}[A-Za-z]?")


def owner_on_line(text: str, mentions: list[Mention], start: int, owner: Entity | None) -> Entity | None:
    """The owner the text names on the unit's own line (its table row: "| ISO/IEC JTC 1 | SC 34 |", its
    sentence), else None: a body named on another line (a header's "From:") is no evidence."""
    if owner is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (end := text.find("\n", start)) < 0 else end
    named = any(m.entity.iri == owner.iri and line_start <= m.start and m.end <= line_end for m in mentions)
    return owner if named else None


def designated_units(ctx: Context, designation: str, owner: URIRef | None = None) -> list[Entity]:
    """The units with a body (`owner`'s, if given) the document or the reference data names by this
    designation ("WP 5D", or "Working Party 5D" spelt out), alone or after their body's name."""
    wanted = {"".join(designation.split()).casefold()}
    if (spelt := spelt_out(designation)) is not None:
        wanted.add("".join(spelt.split()).casefold())
    found = {
        e.iri: e
        for e in (*ctx.resolver.entities.values(), *ctx.resolver.new_entities.values())
        if e.kind == "unit"
        and e.unit_of is not None
        and (owner is None or e.unit_of == owner)
        and any(
            "".join(n.split()).casefold() in wanted or "".join(n.split()[-2:]).casefold() in wanted
            for n in (e.label, e.acronym or "", *e.names)
            if n
        )
    }
    return list(found.values())


def designated_owner(ctx: Context, designation: str) -> Entity | None:
    """The one body whose unit is so designated (designated_units): a unit named by its designation alone
    is never guessed to be the body the document speaks for or of."""
    owners = {e.unit_of for e in designated_units(ctx, designation) if e.unit_of is not None}
    return ctx.resolver.entities.get(next(iter(owners))) if len(owners) == 1 else None


def discover_undecided_units(ctx: Context) -> None:
    """The units named by their designation alone ("The Chairman, WP 5D Working Group"), once the whole
    document is read: the body of the unit the document names with its body elsewhere ("ITU-R Working Party
    5D"), or none (such a unit is left out)."""
    undecided, ctx.resolver.undecided_units = ctx.resolver.undecided_units, []
    for iri, designation in undecided:
        unit = ctx.resolver.new_entities.get(iri)
        if unit is None or unit.unit_of is not None:
            continue
        owner = designated_owner(ctx, designation)
        if owner is None:
            continue  # (left out at the end, as every unit of no body: kg.extract.alliance)
        named = designated_units(ctx, designation, owner.iri)
        if named:  # "ITU-R Working Party 5D" named too: one unit, which its names without the body find
            ctx.resolver.forget_entity(unit)
            more = [n for n in (unit.label, *unit.names) if n not in named[0].names]
            ctx.resolver.with_names(named[0], *dict.fromkeys(more))
        else:
            ctx.resolver.owned_by(unit, owner)


# An officer's title before the group the officer holds it in ("Chair of the Architecture Working Group",
# "Convenor of", "Vice-Chairman of"), which a unit phrase read from the title's capital takes in
OFFICER_OF = re.compile(
    r"(?:(?:Vice|Co)[- ]?)?(?:Chair(?:man|woman|person)?|Convenor|Convener|Secretary|Rapporteur|Editor"
    r"|President|Director|Head|Liaison\s+Officer)\s+(?:of|to)\s+(?:the\s+)?(?=\S)",
    re.IGNORECASE,
)


def discover_inner_acronym_unit(ctx: Context, name: str, inner: str, owner: Entity) -> None:
    """A group named with its acronym before its head ("Limited Additional Mechanisms for PKIX and SMIME
    (LAMPS) Working Group"): one unit with the short name ("LAMPS Working Group", which a document, its
    table or a reader writes too, "CSAF TC" the same committee), named also as written and without the
    bracket ("Web of Things Working Group")."""
    head = name.rsplit(f"({inner})", 1)[1].strip()
    unit = ctx.resolver.new_unit(f"{inner} {head}", inner, owner)
    plain = " ".join(name.replace(f"({inner})", " ").split())
    more = [n for n in dict.fromkeys((name, plain)) if n not in unit.names and n != unit.label]
    if more and unit.iri in ctx.resolver.new_entities:
        ctx.resolver.with_names(unit, *more)


# A group's short form written before its name, as a legend or a glossary writes it ("SG13 Study Group 13
# (future networks)", "WG3 Working Group 3", "ISG Industry Specification Group"): the initials of the
# name's capitalised words, with the name's number if it has one
SHORT_FORM = re.compile(r"(?P<short>(?P<letters>[A-Z]{2,5})-?(?P<number>\d{1,3})?)[ \t]+(?=[A-Z])")


def own_short_form(name: str) -> re.Match[str] | None:
    """The short form a unit's name opens with when it is that name's initials and number (SHORT_FORM), so
    that the unit is the name after it; None when the first word is a word of the name ("KDA Buoy Group")."""
    short = SHORT_FORM.match(name)
    if short is None:
        return None
    words = name[short.end() :].split()
    initials = "".join(word[0] for word in words if word[0].isupper())
    number = words[-1] if words and words[-1].isdigit() else None
    if initials != short.group("letters") or (short.group("number") or number) != number:
        return None
    return short if number is None or int(short.group("number") or -1) == int(number) else None


# How far back a unit's first word may open in small letters before the capital the unit phrases start at
# ("prplMesh", "eBUS", "iTide"): a brand's prefix, a few letters
SMALL_PREFIX = 6


def word_start(text: str, start: int) -> int:
    """Where the word that `start` falls in opens, when small letters open it before its first capital
    ("prplMesh Working Group" read from "Mesh"); else `start`."""
    opened = start
    while opened > max(0, start - SMALL_PREFIX) and text[opened - 1].isalpha() and text[opened - 1].islower():
        opened -= 1
    if opened > 0 and (text[opened - 1].isalnum() or text[opened - 1] in "-_"):
        return start  # inside a longer word, or after a capital: not a prefix in small letters
    return opened


def first_joined(mentions: list[Mention], text: str, mention: Mention) -> Mention:
    """The first of the bodies joined to `mention` by a hyphen or a slash right before it ("CEN" of
    "CEN-CENELEC", of "CEN/CENELEC"): a unit named after such a pair is the first body's (the convention of
    joint teams and committees), not the last's; `mention` itself when no body is joined before it."""
    while mention.start > 0 and text[mention.start - 1] in "-/":
        joined = [
            m
            for m in overlapping(mentions, max(0, mention.start - 60), mention.start - 1)
            if m.entity.kind == "organization" and m.end == mention.start - 1
        ]
        if not joined:
            break
        mention = joined[-1]
    return mention


def organization_before(mentions: list[Mention], text: str, start: int) -> list[Mention]:
    """The organization named right before `start`, blanks between (one bisection)."""
    found = [
        m
        for m in overlapping(mentions, max(0, start - 120), start)
        if m.entity.kind == "organization" and m.end <= start and not text[m.end : start].strip()
    ]
    return found[-1:]


# A unit's owner written as a possessive before its name: the body's name, its first word or its head
# ("FiRa's Technical Working Group", "the Alliance's Aliro Working Group" in a document about one Alliance)
POSSESSIVE_OWNER = re.compile(
    r"(?P<owner>[A-Z][\w&.-]{0,40}(?:[ \t][A-Z][\w&.-]{0,40}){0,3})['\u2019]s\s{1,3}(?=[A-Z0-9])"
)


def possessive_owner(
    ctx: Context, text: str, start: int, end: int, first_words: dict[str, set[Entity]]
) -> tuple[int, Entity] | None:
    """Where a unit's name starts after a possessive that names its body, and that body: the one
    organization the document names (its parties, `first_words`' bodies) whose name, acronym, first word
    or last word the possessive is. Another possessive ("Women's Health Working Group") is part of the
    name, kept whole, and so is one that could be two bodies' ("the Alliance's" beside two alliances)."""
    possessive = POSSESSIVE_OWNER.match(text, start, end)
    if possessive is None:
        return None
    words = " ".join(possessive.group("owner").split()).casefold()
    bodies = {e.iri: e for e in [*ctx.parties, *(e for es in first_words.values() for e in es)]}
    owners = [body for body in bodies.values() if words in possessive_names(body)]
    if len({owner.iri for owner in owners}) != 1:
        return None
    return possessive.end(), owners[0]


def possessive_names(party: Entity) -> set[str]:
    """How a possessive may name a party: any of its names or its acronym, or the first or last word of a
    name of two words or more ("FiRa" of the FiRa Consortium, "Alliance" of the Open Buoy Alliance)."""
    names = {n.casefold() for n in (party.label, party.acronym, *party.names) if n}
    words = [name.split() for name in names if len(name.split()) > 1]
    return names | {w[0] for w in words} | {w[-1] for w in words if w[-1] not in FUNCTION_WORDS}


def own_acronym_after(
    mentions: list[Mention], start: int, name_end: int, reach: int, match: re.Match[str]
) -> bool:
    """Whether the name is free and only its bracketed acronym is already a unit's name ("SFF Technical
    Affiliate Technical Work Group (SFF TA TWG)" after "the SNIA SFF TA TWG"): the name is that unit's too."""
    acronym = match.groupdict().get("acronym")
    if not acronym or not uncovered(mentions, start, name_end):
        return False
    tail = [m for m in overlapping(mentions, name_end, reach) if m.start < reach and m.end > name_end]
    return bool(tail) and all(
        m.entity.kind == "unit" and acronym in (m.entity.label, m.entity.acronym, *m.entity.names)
        for m in tail
    )


# A committee's designation after its head, as bodies write a committee head first after their own name:
# "ETSI Technical Committee Cyber Security (TC CYBER)", "Ecma Technical Committee TC39", "ETSI's Technical
# Committee ERM": up to four capitalised words or codes on the same line, then its acronym in brackets.
DESIGNATION_AFTER = re.compile(
    r"[ \t]{1,3}(?P<designation>(?:[A-Z][A-Za-z0-9-]{0,20}|\d[\w.-]{0,10})(?:[ \t](?:[A-Z][A-Za-z0-9-]{0,20}"
    r"|\d[\w.-]{0,10})){0,3})(?![\w-])(?:[ \t]{0,3}\((?P<acronym>[A-Z][A-Za-z0-9 -]{1,15})\))?"
)
HEAD_FIRST_HEADS = ("technical committee", "industry specification group")
# What follows a committee's name without designating it: its officers, its meetings, its papers ("the HMC
# Technical Committee Chair Ada Lind", "Technical Committee Meeting 42")
NOT_DESIGNATION = {
    "chair",
    "chairman",
    "chairperson",
    "co-chair",
    "vice",
    "secretary",
    "convenor",
    "rapporteur",
    "member",
    "members",
    "meeting",
    "meetings",
    "plenary",
    "report",
    "minutes",
    "session",
    "call",
    "officer",
    "officers",
    "secretariat",
    "approval",
    "decision",
    "resolution",
    "liaison",
    "contact",
    "the",
    "and",
    "of",
    "on",
    "for",
}
CODE = re.compile(r"(?:TC|ISG|SC)[ \t]?[A-Z0-9][\w-]{0,15}")


def designated(text: str, name: str, end: int) -> tuple[str, str | None] | None:
    """A committee written head first right after its body ("Technical Committee" then its designation): its
    name and acronym; None when the head stands alone or what follows it designates nothing
    (NOT_DESIGNATION). A designation that is the committee's code ("TC39") is its name."""
    name = re.sub(r"^['\u2019]s\s+", "", name)  # "ETSI's Technical Committee ERM"
    if unit_head(name) not in HEAD_FIRST_HEADS or unit_head(name) != " ".join(name.lower().split()):
        return None
    after = DESIGNATION_AFTER.match(text, end)
    if after is None or after.group("designation").split()[0].lower() in NOT_DESIGNATION:
        return None
    designation = after.group("designation")
    if CODE.fullmatch(designation):
        return designation, None
    return f"{' '.join(name.split())} {designation}", after.group("acronym")


def bodies_by_first_word(ctx: Context) -> dict[str, set[Entity]]:
    """The organizations the document names, by the first word of each of their names of two words or
    more ("Sundvik" of the Sundvik Alliance): a body with no acronym is written so before its units. Read
    once per document from the blocks' mentions (cached)."""
    found: dict[str, set[Entity]] = {}
    for _kind, block in all_blocks(ctx):
        for mention in ctx.mentions(block):
            entity = mention.entity
            if entity.kind != "organization":
                continue
            for name in (entity.label, *entity.names):
                first, _, rest = name.partition(" ")
                if rest and first[:1].isupper() and first.lower() not in NOT_A_BODY_WORD:
                    found.setdefault(first, set()).add(entity)
    return found


def first_word_owner(name: str, first_words: dict[str, set[Entity]]) -> Entity | None:
    """The one organization whose name opens with the unit's first word, when the words after it are a
    unit's name of their own ("Sundvik Industrial Working Group": "Industrial Working Group")."""
    first, _, rest = " ".join(name.split()).partition(" ")
    bodies = first_words.get(first, set())
    if len(bodies) != 1 or len(rest.split()) < 2 or not rest[:1].isupper():
        return None
    body = next(iter(bodies))
    second = rest.split()[0]
    if any(second in other.split()[1:] for other in (body.label, *body.names)):
        return None  # "NVM Express Technical Workgroup": the body's whole name, not its first word
    if len(second) >= 2 and second.isupper():
        return None  # "OPC UA Robotics Working Group": named after a product ("OPC UA"), not the body
    return body


# A committee's group written after the committee's designation: "TC 57 WG 10", "TC 65/WG 10", "SC 33 WG 9"
SUBGROUP_AFTER = re.compile(r"[\s/](?:WG|SC|TG|TF|AHG)\s?\d{1,3}")


def extended_committee(text: str, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The unit a name opens with when the rest is only a group's designation under it ("TC 57" of "TC 57
    WG 10"): the group is a unit of its own, of the committee's organization (one bisection)."""
    for mention in starting_at(mentions, start, "unit"):
        if mention.end < end and SUBGROUP_AFTER.fullmatch(text, mention.end, end):
            return mention
    return None


# What parts two cells of a row: a tab (a table's row as the reader joins it), a bar, a fixed-width gap
CELL_GAP = re.compile(r"\t|\|| {3,}")


def cell_start(text: str, start: int, end: int) -> int:
    """Where the unit's name begins in its cell: a name never runs across two cells ("Tide Glossary" in
    the item column, "Security Working Group" in the lead column is no "Tide Glossary Security Working
    Group"). The span is one name's, so the look is bounded by the name's length."""
    gaps = list(CELL_GAP.finditer(text, start, end))
    return gaps[-1].end() if gaps else start


OWNER_JOINT = re.compile(r"\s+(?:of|at|within|in)\s+(?:the\s+)?$")


def owner_inside(text: str, mentions: list[Mention], start: int, end: int) -> tuple[int, Entity | None]:
    """Where a unit's name ends and its body, when the words its head is named on run into "of" and the
    body ("Technical Committee on Tide Data Exchange of HMC"): the name ends before "of"."""
    inside = [
        m
        for m in overlapping(mentions, start, end)
        if start < m.start and m.end <= end and m.entity.kind == "organization"
    ]
    if not inside:
        return end, None
    joint = OWNER_JOINT.search(text, start, inside[0].start)
    if joint is None or " on " not in text[start : joint.start()]:
        return end, None
    return joint.start(), inside[0].entity


def bracketed_body(text: str, mentions: list[Mention], end: int) -> Entity | None:
    """The organization a unit's name is followed by in brackets ("Security Working Group (OBC)", a slide's
    or a table's way to say whose it is): the body, where a unit's own acronym would stand."""
    bracket = re.compile(r"\s{0,3}\(").match(text, end)
    if bracket is None:
        return None
    inside = starting_at(mentions, bracket.end())
    return inside[0].entity if inside and text[inside[0].end : inside[0].end + 1] == ")" else None


def written_after_body(ctx: Context, name: str) -> Entity | None:
    """The body the document writes the unit's name right after elsewhere ("[PROPOSED] Web of Things
    Working Group Charter" and "the W3C Web of Things Working Group"): the unit is that body's, not one
    guessed from the context of the place that names it alone. One bounded search per such unit, kept
    while nothing new is known (`Context.written_after`)."""
    key = (name, ctx.resolver.changes)
    if key not in ctx.written_after:
        ctx.written_after[key] = body_written_before(ctx, name)
    return ctx.written_after[key]


def body_written_before(ctx: Context, name: str) -> Entity | None:
    """The first known organization written right before one of the places `name` occurs."""
    text = ctx.document.text
    spelled = re.compile(r"\s+".join(re.escape(word) for word in name.split()) + r"(?![\w-])")
    for match in spelled.finditer(text):  # the name itself: a literal search, fast in C
        before = BODY_BEFORE.search(text, max(0, match.start() - 40), match.start())
        body = ctx.resolver.resolve(before.group("body"), "organization") if before is not None else None
        if body is not None:
            return body
    return None


# The body word right before a unit's name ("W3C", "the IETF's"), looked for only where the name occurs:
# a pattern opening on it tried every place of the text, for each unit (87 KB, 1,000 units: 34 of 51 s).
BODY_BEFORE = re.compile(r"(?<![\w-])(?P<body>[A-Z][\w&.-]{1,15})(?:['\u2019]s)?\s+\Z")


def named_owner(ctx: Context, name: str) -> Entity | None:
    """The party a unit's first word names ("O-RAN Technical Steering Committee" of the O-RAN Alliance,
    whose acronym the reference data leaves out): the one party whose name opens with that word."""
    first = name.split()[0]
    if first.lower() in LEAD_WORDS or not any(c.isupper() for c in first):
        return None
    owners = [
        p
        for p in ctx.parties
        if any(n.split()[0] == first for n in (p.label, *p.names, p.acronym or "") if n.split())
    ]
    return owners[0] if len(owners) == 1 else None


def without_named_specifications(
    ctx: Context, text: str, mentions: list[Mention], start: int, end: int
) -> list[Mention]:
    """A unit may be named after the specification it develops ("IEEE 802.1 WG", "OASIS TOSCA TC"):
    a specification inside the unit's name does not hide the unit, and a body's name it opens
    with is that body ("IEEE" of "IEEE 802.1")."""
    inside = [
        m
        for m in overlapping(mentions, start, end)
        if m.entity.kind == "specification" and start <= m.start and m.end <= end
    ]
    if not inside or inside[-1].end >= end:
        return mentions
    kept = [m for m in mentions if m.start < inside[0].start or m.start > inside[-1].start or m not in inside]
    first = inside[0]
    if first.start == start:
        word = text[start : first.end].split()[0]
        owner = ctx.resolver.resolve(word, "organization")
        if owner is not None:
            kept.append(Mention(owner, start, start + len(word), word))
    return sorted(kept, key=lambda m: m.start)


# A table's column of bodies, by its header ("Organization", "Partner", "Member organization", "Body",
# "Signatory"): a "Name (ACR)" in it names a body, whatever its head ("Hollis Storage Guild (HSG)")
BODY_HEADER = re.compile(
    r"^\W{0,3}(?:(?:partner|member|liaison|external|standards?|peer)\s+)?(?:partners?|organi[sz]ations?"
    r"|bod(?:y|ies)|counterparts?|signator(?:y|ies)|sdos?|members?)\W{0,3}$",
    re.IGNORECASE,
)


def body_column_cells(ctx: Context) -> dict[int, list[str]]:
    """The texts of the cells under a column of bodies (BODY_HEADER), by their row's start."""
    found: dict[int, list[str]] = {}
    for section in ctx.layout.sections:
        columns: set[int] | None = None
        for block in section.blocks:
            if block.kind != "row":
                columns = None
                continue
            placed = [(c.column if c.column is not None else i, c.text) for i, c in enumerate(block.cells)]
            if columns is None:
                columns = {col for col, text in placed if BODY_HEADER.match(text)}
                continue
            if cells := [text for col, text in placed if col in columns and text]:
                found[block.start] = cells
    return found


def discover_specifications(ctx: Context) -> None:
    bodies = body_column_cells(ctx)
    for kind, block in all_blocks(ctx):
        if kind in NOT_CONCERNED:
            continue
        mentions = ctx.resolver.mentions(block.text)
        for match in prefilter.finditer(NAMED_SPEC, block.text):
            if uncovered(mentions, match.start(), match.end()) and len(match.group("name").split()) >= 2:
                ctx.resolver.new_specification(
                    match.group("name"), match.group("acronym"), match.group("head")
                )
        body_cells = bodies.get(block.start, []) if block.kind == "row" else []
        for match in finditer(NAMED_WITH_ACRONYM, block.text):
            if any(match.group() in cell for cell in body_cells):
                continue  # "| Hollis Storage Guild (HSG) |" under "Organization": a body
            head = match.group("name").split()[-1].lower()
            name, owned = acronym_names(block.text, match, match.group("name"))
            start = min(match.start(), match.end("name") - len(owned))
            if head in SPEC_HEADS and uncovered(mentions, start, match.end()):
                aliases = (owned,) if owned != name else ()
                ctx.resolver.new_specification(name, match.group("acronym"), aliases=aliases)
            elif kind not in NOT_SUBJECT_SECTIONS:
                discover_defined_subject(ctx, block.text, mentions, match)
        if kind not in NOT_SUBJECT_SECTIONS:
            found = [
                discover_subject_after_acronym(ctx, mentions, m)
                for m in finditer(ACRONYM_THEN_NAME, block.text)
            ]
            if any(found):  # "XML (eXtensible Markup Language)": no title "Markup Language" inside it
                mentions = ctx.resolver.mentions(block.text)
        for match in prefilter.finditer(TITLED_SPEC, block.text):
            for title in joined_titles(block.text, match):
                discover_titled_specification(ctx, block.text, mentions, title)


# "TideLink Protocol and Sensor Calibration Profile": a head, "and", and a title of its own after it
JOINED_TITLE = re.compile(rf"[ \t](?P<head>{TITLE_SPEC_HEAD})[ \t]+and[ \t]+(?=[A-Z])")


def joined_titles(text: str, match: re.Match[str]) -> list[re.Match[str]]:
    """Two titles a list joins with "and" are two specifications, each of two words or more ending on its
    own head; an acronym after both ("Security Protocol and Data Model (SPDM)") makes them one title."""
    if match.group("acronym"):
        return [match]
    start = match.start("name")
    for joint in JOINED_TITLE.finditer(text, start, match.start("head")):
        left = TITLED_SPEC.fullmatch(text, start, joint.end("head"))
        right = TITLED_SPEC.fullmatch(text, joint.end(), match.end())
        if left is None or right is None or len(left.group("name").split()) < 2:
            continue
        if len(right.group("name").split()) >= 2:
            return [left, right]
    return [match]


# Words a titled specification's match may open with that are not part of its name: articles,
# determiners and the verbs that open work items ("Publish the ...", "Align ...").
SPEC_LEAD_WORDS = LEAD_WORDS | {
    "a", "an", "any", "every", "some", "such", "either", "which", "whose", "when", "if", "while", "after",
    "before", "since", "until", "once", "also", "then", "publish", "publishes", "published", "draft",
    "drafts", "review", "reviews", "update", "updates", "updated", "align", "aligns", "develop",
    "develops", "define", "defines", "submit", "submits", "complete", "deliver", "release", "create",
    "prepare", "support", "supports", "use", "uses", "map", "extend", "extends", "adopt", "adopts",
    "new", "revised", "final", "initial", "next", "current", "latest", "proposed", "candidate",
    "approved", "ratified", "reference", "existing", "related", "relevant", "common", "ask", "asks",
    "invite", "invites", "note", "notes", "inform", "informs", "progress", "status", "maintain",
    "maintains", "contribute", "contributes", "implement", "implements", "profile", "profiles",
    "specification", "specifications", "technical", "version", "annex", "exhibit", "item", "international",
    "national", "regional", "global", "vice", "president", "vp", "director", "officer", "chair", "head",
    "manager", "editor", "rapporteur", "convenor",
}  # fmt: skip


# A term a document defines with its acronym ("Time-Sensitive Networking (TSN)") is a subject of the
# alliance, unless it is defined where the document names its parties, contacts or approval. The
# background that describes each body names its subjects too ("Its Coastal Buoy Telemetry Exchange (CBTE)
# family of specifications"): what a party brings to a register is what the parties work on (dev's
# registers, written by others, count them as topics); a memorandum's background is left out where the
# specifications are read (extract_specifications).
NOT_SUBJECT_SECTIONS = ("contacts", "approval", "review", "organizations")
DOCUMENT_WORDS = re.compile(r"\b(?:memorandum|understanding|agreement|register|statement|minutes)\b", re.I)


# The last word of a group of people's name that no unit head reads alone ("Joint Coordination Group (JCG)",
# "Information and Communication Technology Steering Board (ICTSB)", "Strategic Advisory Panel (SAP)")
PEOPLE_HEADS = frozenset({"Group", "Groups", "Board", "Panel"})


ZONE_AFTER_HEAD = re.compile(r"[ \t]+Time\b")  # "Pacific Standard Time": no standard's title


def is_time_zone(name: str, acronym: str) -> bool:
    """A time zone defined with its acronym ("Eastern Daylight Time (EDT)", "Central European Time (CET)",
    "Greenwich Mean Time (GMT)"): its last word Time, its acronym's last letter T. Why: minutes and calls
    give their hour with its zone, and each zone was read as a specification the alliance concerns (seen
    on the real opening plenary of an IEEE working group, session 35)."""
    return name.split()[-1] == "Time" and acronym.upper().endswith("T")


def discover_defined_subject(ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]) -> None:
    """ "Power Usage Effectiveness (PUE)", "Time-Sensitive Networking (TSN)": a term the document
    defines with its acronym, that names no body or unit, is a subject of the alliance."""
    acronym = match.group("acronym")
    decided = name_before_acronym(text, match.end("name"), acronym) is not None
    bare, owned = acronym_names(text, match, match.group("name"))
    words = bare.split()
    while words and not decided and words[0].lower().strip(",.;:") in SPEC_LEAD_WORDS:
        words.pop(0)  # the letters did not say where the name starts: not from a sentence's words
    name = " ".join(words)
    if len(words) < 2 or not uncovered(mentions, match.end("name") - len(name), match.end()):
        return
    if organization_name_kind(name) is not None or UNIT_PHRASE.fullmatch(name) or public_body(name):
        return
    if name.split()[-1] in ACRONYM_BODY_HEADS:
        return  # "Pacific Area Standards Congress (PASC)": a body's name, no subject
    if re.search(r"\bTeam\b", name) or name.split()[-1] in PEOPLE_HEADS:
        return  # "Joint Video Experts Team (JVET)", "Joint Coordination Group (JCG)": people, no subject
    if is_time_zone(name, acronym):
        return  # "the call starts at 16:00 Central European Time (CET)": a clock's zone, no subject
    if not decided and not spells(acronym, name):
        return
    if DOCUMENT_WORDS.search(name):
        return  # "Memorandum of Understanding (MoU)": the document itself
    if GENERIC_PLURAL_HEADS.search(name):
        return  # "External Organizations (EOs)": a kind of party, no one thing
    if UNIT_HEAD_AFTER.match(text, match.end()):
        return  # "IEEE 802.15 Wireless Specialty Networks (WSN) Working Group": the words name a unit
    ctx.resolver.new_specification(name, acronym, aliases=(owned,) if owned != name else ())


def discover_subject_after_acronym(ctx: Context, mentions: list[Mention], match: re.Match[str]) -> bool:
    """ "the SPDM (Security Protocol and Data Model) specification": a term written after its acronym, whose
    words the acronym's letters spell whole, is the same subject as "Security Protocol and Data Model
    (SPDM)" (bodies in this order are found by discover_named_with_acronym)."""
    name, acronym = " ".join(match.group("name").split()), match.group("acronym")
    words = name.split()
    if len(words) < 2 or not spelled_whole(acronym, name):
        return False
    if not uncovered(mentions, match.start(), match.end()):
        return False
    if organization_name_kind(name) is not None or UNIT_PHRASE.fullmatch(name) or DOCUMENT_WORDS.search(name):
        return False
    if public_body(name):
        return False
    if GENERIC_PLURAL_HEADS.search(name):
        return False
    ctx.resolver.new_specification(name, acronym)
    return True


# A unit's head right after a defined term: the term is the unit's name, not a subject of its own
UNIT_HEAD_AFTER = re.compile(
    r"[ \t]{1,3}(?:Working\s+Group|Work\s+Group|Task\s+(?:Group|Force)|Study\s+Group|Expert\s+Group"
    r"|Technical\s+Committee|Subcommittee|Committee|WG|TG|TF|TC|SC|SG)\b"
)


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym is made of its name's letters in order, opening with its first one."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    lowered = name.lower()
    if not letters or lowered[:1] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = lowered.find(letter, position) + 1
        if position == 0:
            return False
    return True


PLURAL_HEADS = {"standards", "specifications", "profiles", "apis", "models", "vocabularies"}


def is_proper(word: str) -> bool:
    """A word only a name has: an acronym, a brand in mixed case, a number ("TOSCA", "NVMe", "IT4IT")."""
    return sum(c.isupper() for c in word) >= 2 or any(c.isdigit() for c in word)


# One to three capitalised words opening a line, after "the" or after a group's number ("IEEE 802.18 Radio
# Regulatory - Technical Advisory Group"), then a dash, right before a unit's head
DASHED_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=\bthe )|(?<=\bThe )|(?<=\d )|(?<=\d\t))"
    r"(?P<words>[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20}){0,2})"
    r"[ \t]+[-\u2013][ \t]+$"
)
# Words of a document's title before a dash ("Minutes - Working Group 3"): no subject of the group
DASH_TITLE_WORDS = {"minutes", "report", "agenda", "meeting", "session", "liaison", "update", "notes"}


def dashed_subject(match: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether the words before a dash name a unit's subject: no body or other name the text knows, no
    word of a document's title."""
    words = match.group("words")
    return uncovered(mentions, match.start("words"), match.end("words")) and not any(
        w.lower() in DASH_TITLE_WORDS for w in words.split()
    )


# Words that qualify a unit's head without naming what it works on ("Technical Advisory Group")
HEAD_QUALIFIERS = {"technical", "advisory", "steering", "joint", "coordination", "management", "expert"}


def bare_head(name: str) -> bool:
    """Whether a unit's name is only its head, with words that qualify it ("Technical Advisory Group")."""
    head = unit_head(name)
    words = " ".join(name.lower().split())
    if head is None or not words.endswith(head):
        return False
    return all(w in HEAD_QUALIFIERS for w in words[: len(words) - len(head)].split())


def own_word(word: str) -> bool:
    """A word that makes plural documents one title ("TOSCA Profiles"): a proper one, but no plural of an
    acronym ("MOUs", "SDOs"), which counts things like the head does ("New MOUs Strengthen ... Standards", a
    headline: no title)."""
    return is_proper(word) and PLURAL_ACRONYM.fullmatch(word) is None


PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
IN_LANGUAGE = re.compile(r"\s+in\s+[A-Z]{2,8}$")


# Heads that many common phrases end with: a title needs two words before them ("Tide Record Format", "Port
# Call Data Dictionary", "JSON Data Interchange Syntax")
LOOSE_HEADS = {"Format", "Dictionary", "Syntax"}


# The heads a kind of document is named by after an indefinite article ("a new OGC Community Standard")
INDEFINITE_HEADS = re.compile(r"Standards?|Specifications?|Recommendations?|Reports?|Guidelines?")
INDEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:a|an|A|An)\s+(?:(?:new|further|second|first|separate|single|joint)\s+)?\Z"
)


def discover_titled_specification(
    ctx: Context, text: str, mentions: list[Mention], match: re.Match[str]
) -> None:
    """ "the Datacenter NVMe SSD Specification", "ONF Transport API (TAPI)": a specification named
    by its title. The words that open a sentence or an item are not its name; a body's name in
    front of it is, and the name without it is an alias ("Transport API")."""
    start, head_start = match.start("name"), match.start("head")
    if ZONE_AFTER_HEAD.match(text, match.end("head")):
        return  # "09:00 Pacific Standard Time": a clock's zone, no title
    sentence_end = max(text.rfind(". ", start, head_start), text.rfind(": ", start, head_start))
    start = sentence_end + 2 if sentence_end >= 0 else start  # "... by Q3. The ODC Profile": from "The"
    # a title lies in one cell: a header row's "Deliverable | Specification" is two columns' names
    start = max(start, text.rfind("\t", start, head_start) + 1)
    words = list(re.finditer(r"\S+", text[start:head_start]))
    while words and words[0].group().lower().strip(",.;:'\u2019") in SPEC_LEAD_WORDS:
        words.pop(0)
    if not words:
        return
    start += words[0].start()
    verbs = list(TITLE_VERB.finditer(text, start, head_start))
    verb = verbs[-1] if verbs else None  # the last: "X and Y Join Forces, Launch Z Standard"
    if verb is not None:  # "... Consortium Leads to 3D Tiles Community Standard": the title after the verb
        start = verb.end()
        if start >= head_start:
            return
    if INDEFINITE_HEADS.fullmatch(match.group("head").split()[-1]) and INDEFINITE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return  # "a new OGC Community Standard", "an ETSI Specification": a kind of document, no title
    end = match.end("name")
    tail = IN_LANGUAGE.search(text, match.end("head"), end)
    if tail is not None and any(m.start < end and m.end > tail.start() for m in mentions):
        end = tail.start()  # "the ONF Core Information Model in MEF service definitions": a body, no language
    inside = [m for m in mentions if m.start < end and m.end > start]
    if any(m.start < start or m.end > head_start for m in inside):
        return  # a name across its edge, or a known name ending in the head: not a new title
    owners = [m for m in inside if m.entity.kind in ("organization", "unit")]
    if any(m.start != start for m in owners) or len(owners) > 1:
        return
    name = " ".join(text[start:end].split())
    aliases: tuple[str, ...] = ()
    if owners:
        rest = re.sub(r"^['\u2019]s?\s+", "", " ".join(text[owners[0].end : end].split()))
        if not any(w.lower() not in SPEC_LEAD_WORDS for w in rest.split()[:-1]):
            return  # "OGF Specification": a body's documents, not one title
        aliases = (rest,)
        if re.match(r"['\u2019]", text[owners[0].end :]):
            name, aliases = rest, ()  # "CSA's Cloud Controls Matrix": the title is what follows
    head = match.group("head").split()[-1].lower()
    if head in PLURAL_HEADS and not owners and not any(own_word(w) for w in name.split()[:-1]):
        return  # "Cloud Standards", "Storage Profiles": a kind of documents, not a title
    if match.group("head") == "Model" and len(name.split()) < 3 and not owners:
        return  # "Business Model", "Operating Model": a bare model is a title only with more words
    if match.group("head") in LOOSE_HEADS and len(text[start : match.start("head")].split()) < 2:
        return  # "Data Format", "JSON Format": a format, a dictionary or a syntax of no title
    if match.group("head") == "Format" and DELIVERED_IN.search(text, max(0, start - DELIVERY_REACH), start):
        return  # "comments due in Microsoft Word Format": the form a document is sent in, no specification
    kind_of_standard = KIND_OF_STANDARD.search(name) if verb is not None else None
    if kind_of_standard is not None and kind_of_standard.start() > 0:
        # "3D Tiles Community Standard" after a headline's verb: "3D Tiles", adopted as that kind of standard
        name, aliases = name[: kind_of_standard.start()], (*aliases, name)
    ctx.resolver.new_specification(name, match.group("acronym"), head.rstrip("s"), aliases=aliases)


# A headline's finite verb in title case inside a run of capitalised words ("Open Geospatial Consortium Leads
# to 3D Tiles Community Standard", "OGC Approves Sea Ice Exchange Standard"): no title runs across it; the one
# after it starts past it and its small words
TITLE_VERB = re.compile(
    # (no verb that is a noun in a title too: "Road Signs", "Release 18", "Partner Program", "Team Kit")
    r"(?<=\s)(?:Leads|Joins|Adopts|Approves|Publishes|Announces|Launches|Selects|Welcomes|Advances|Delivers"
    r"|Unveils|Completes|Introduces|Ratifies|Endorses|Unite|Unites|Collaborate|Collaborates|Announce|Adopt"
    r"|Approve|Publish|Join)"
    r"(?:\s+(?:Up|Forces|Together|With|To|On|As|The|A|An|Its|Their|New|First|with|to|on|as|the|a|an|its"
    r"|their|new|first))*\s+"
)
# A kind of standard a body adopts a specification as, written after its name in a headline
KIND_OF_STANDARD = re.compile(r"\s+(?:Community|International|Candidate|Draft|Official)\s+Standard\Z")


# What a document is sent or kept in, right before a format's name ("in Microsoft Word Format", "as a PDF")
DELIVERED_IN = re.compile(r"(?<![\w-])(?:in|as|into)\s{1,3}(?:(?:an?|the)\s{1,3})?\Z")
DELIVERY_REACH = 16


# --- Parties ---------------------------------------------------------------------------------


def extract_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations party to the register, in the order the register lists them."""
    found: list[tuple[Entity, Spans]] = []
    lines = {id(block) for block in party_line_blocks(ctx)}
    for section in party_sections(ctx):
        items = [b for b in section.blocks if b.kind == "item"]
        for block in (b for b in section.blocks if id(b) in lines):
            mentions = uncited(ctx.mentions(block), block.text)
            listed = party_run(ctx, block.text, mentions) if items else mentions
            for mention in listed:
                organization = organization_of(ctx, mention.entity)
                if organization is not None:
                    found.append((organization, block_spans(block, mention.start, mention.end)))
    if not found:
        found = title_parties(ctx)
    unique: dict[str, tuple[Entity, Spans]] = {}
    for entity, spans in found:
        unique.setdefault(str(entity.iri), (entity, spans))
    return list(unique.values())


def party_run(ctx: Context, text: str, mentions: list[Mention]) -> list[Mention]:
    """The organizations and units an item of an organizations list names as parties: the first one,
    and those joined to it by "and", commas, "&" or "/" ("ETSI NFV ISG / OASIS TOSCA TC", "OGF, DMTF
    & SNIA"); not the ones its description names later ("DMTF: works with SNIA on ...")."""
    named = [m for m in mentions if m.entity.kind in ("organization", "unit")]
    run = named[:1]
    for previous, mention in pairwise(named):
        if not PARTY_GAP.match(text[previous.end : mention.start]):
            break
        run.append(mention)
    return run


def organization_of(ctx: Context, entity: Entity) -> Entity | None:
    """The organization a party mention stands for: itself, or the organization of a unit."""
    if entity.kind == "organization":
        return entity
    if entity.kind == "unit" and entity.unit_of is not None:
        return ctx.resolver.entities.get(entity.unit_of)
    return None


def title_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """Parties named by the title ("OGF / DMTF Work Register") or the opening "between" sentence."""
    blocks = [ctx.layout.title] if ctx.layout.title else []
    blocks += [b for s in ctx.layout.of_kind("preamble", "purpose") for b in s.blocks[:2]]
    for block in blocks:
        orgs = [m for m in uncited(ctx.mentions(block), block.text) if m.entity.kind == "organization"]
        if len(orgs) >= 2:
            return [(m.entity, block_spans(block, m.start, m.end)) for m in orgs]
    return []


# --- Missions and charters ---------------------------------------------------------------------


def extract_descriptions(ctx: Context) -> tuple[list[Description], list[Relation]]:
    """Missions of parties and charters of units: from the parties' own paragraphs first,
    then, for units that have none, from sentences elsewhere that say what the unit does."""
    descriptions: list[Description] = []
    relations: list[Relation] = []
    for section in ctx.layout.of_kind("organizations", "mission"):
        current: Entity | None = None
        for block in section.blocks:
            if block.kind == "heading":
                heading_orgs = unique(
                    [m.entity for m in ctx.mentions(block) if m.entity.kind == "organization"]
                )
                current = heading_orgs[0] if len(heading_orgs) == 1 else current
            elif block.kind == "paragraph":
                describe_paragraph(ctx, block, current, descriptions, relations)
    described = {d.subject.iri for d in descriptions}
    for kind in ("scope", "purpose", "milestones", "terms", "benefits", "preamble", "addendum"):
        for block in ctx.layout.blocks(kind):
            for description in charters_in_sentences(ctx, block):
                if description.subject.iri not in described:
                    descriptions.append(description)
                    described.add(description.subject.iri)
    return descriptions, relations


def describe_paragraph(
    ctx: Context,
    block: Block,
    current: Entity | None,
    descriptions: list[Description],
    relations: list[Relation],
) -> None:
    """One paragraph of a party's description: a task force chartered by a unit, a unit's charter,
    or the party's mission."""
    mentions = ctx.mentions(block)
    spans = block.spans
    chartered = CHARTERED.search(block.text)
    units_after = [
        m for m in mentions if chartered and m.start >= chartered.end() and m.entity.kind == "unit"
    ]
    subject = subject_mention(block.text, mentions)
    described = {d.subject.iri for d in descriptions}
    if chartered and units_after and subject is not None and subject.entity.kind == "unit":
        unit = units_after[0].entity
        descriptions.append(Description(unit, "charter", block.text, spans))
        relations.append(Relation(unit, "partOfUnit", subject.entity, spans))
    elif subject is not None and subject.entity.kind == "unit":
        if subject.entity.iri not in described:
            descriptions.append(Description(subject.entity, "charter", block.text, spans))
    elif (
        subject is not None and subject.entity.kind == "organization" and subject.entity.iri not in described
    ):
        descriptions.append(Description(subject.entity, "mission", block.text, spans))
    elif "mission" in block.text.lower():
        orgs = [m.entity for m in mentions if m.entity.kind == "organization"]
        if orgs and orgs[0].iri not in described:
            descriptions.append(Description(orgs[0], "mission", block.text, spans))
    elif current is not None and subject is None and current.iri not in described:
        descriptions.append(Description(current, "mission", block.text, spans))


def charters_in_sentences(ctx: Context, block: Block) -> Iterator[Description]:
    """ "a Cloud Management Working Group (CMWG) that would be the primary focus for X" and
    "The OGF Glue workgroup has identified X" say what a unit does."""
    mentions = ctx.mentions(block)
    for start, end in ctx.sentences(block):
        inside = mentions_between(mentions, start, end)
        for mention in inside:
            if mention.entity.kind != "unit":
                continue
            relative = RELATIVE_CHARTER.match(block.text[mention.end : end])
            if relative:
                text = with_period(capitalise(relative.group("rest").strip()))
                yield Description(mention.entity, "charter", text, block_spans(block, start, end))
        subject = subject_mention(block.text, inside, start)
        if subject is not None and subject.entity.kind == "unit":
            rest = re.sub(r"^\s*\([^)]*\)", "", block.text[subject.end : end]).strip()
            if rest and rest[0].islower() and not rest.startswith(("and ", "or ", "of ")):
                yield Description(
                    subject.entity, "charter", with_period(capitalise(rest)), block_spans(block, start, end)
                )


# --- Units and specifications taking part ------------------------------------------------------


def is_participating(ctx: Context, unit: Entity) -> bool:
    """Working groups, forums and task forces take part; so does a committee the document itself
    introduces outside its approval and contacts ("the MEF Lifecycle Service Orchestration
    Committee"), while the standing committees the reference data knows approve or oversee."""
    names = {t.rsplit("#", 1)[-1] for t in unit.types}
    return bool(names & set(PARTICIPATING_UNIT_TYPES)) or (unit.needs_review and "Committee" in names)


def extract_units(ctx: Context) -> list[tuple[Entity, Spans]]:
    """Working groups, forums and task forces the register names (boards and work areas do not
    take part in the work; they approve it or group other units), outside a copy field: a group only
    copied ("Cc: OBC Security Working Group") is kept informed, it does not do the work."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for section in ctx.layout.sections:
        if section.kind in NOT_PARTICIPATING:
            continue
        for block in section.blocks:
            for mention in ctx.mentions(block):
                if (
                    mention.entity.kind == "unit"
                    and is_participating(ctx, mention.entity)
                    and not in_copy_field(block.text, mention.start)
                    and not approving_committee(mention.entity, block.text, mention.start)
                ):
                    found.setdefault(
                        str(mention.entity.iri), (mention.entity, block_spans(block, *mention.span))
                    )
            for unit, start, end in plural_group_units(ctx, block.text):
                if is_participating(ctx, unit) and not in_copy_field(block.text, start):
                    found.setdefault(str(unit.iri), (unit, block_spans(block, start, end)))
    return list(found.values())


# A clause or a field saying who approved the text: "approved by the C2PA Steering Committee on ... and by
# the IPTC Standards Committee", "| Approval | O-RAN Technical Steering Committee, 2024-11-07 |" (a
# sentence's or a line's end between it and the name ends it)
APPROVED_BY = re.compile(
    r"\b(?:approved|endorsed|ratified|adopted)(?:[ \t]+(?!by\b)[\w-]{1,20}){0,4}[ \t]+by[ \t]+(?:the[ \t]+)?"
    r"(?:[^.;\n]{0,120}?[ \t](?:and|or)[ \t]+(?:by[ \t]+)?(?:the[ \t]+)?)?"
    # (the body's name the committee's may open with: "by the EMVCo Executive Committee")
    r"(?-i:(?:[A-Z][\w&/.'-]{0,30}[ \t]+){0,4})\Z",
    re.IGNORECASE,
)
APPROVAL_FIELD = re.compile(
    r"(?:^|\n)[ \t|*#>-]{0,4}(?:approvals?|approved[ \t]+by|endorsed[ \t]+by)[ \t*]{0,3}(?::|\t|\|)[^\n]*\Z",
    re.IGNORECASE,
)
APPROVAL_REACH = 200


def approving_committee(unit: Entity, text: str, position: int) -> bool:
    """Whether a committee or board (no working group, forum or task force: those do the work) is named at
    `position` only as approving the text (APPROVED_BY, APPROVAL_FIELD): it oversees the work, it takes no
    part in it."""
    if {t.rsplit("#", 1)[-1] for t in unit.types} & set(PARTICIPATING_UNIT_TYPES):
        return False
    before = text[max(0, position - APPROVAL_REACH) : position]
    return APPROVED_BY.search(before) is not None or APPROVAL_FIELD.search(before) is not None


# A field that copies a statement or a mail to someone ("Cc: ...", "Copy to: ..."), as its
# line opens or as a table's row reads, its cells joined by a tab ("Copy to\tOBC Security Working Group"); a
# committee's "Copy:" alone lists the groups a draft goes to for their review, which take part
COPY_FIELD = re.compile(
    r"^[ \t|*>-]{0,4}(?:(?:cc|c\.c\.|cop(?:y|ies)[ \t]+to)[ \t*]{0,3}(?::|\t|\|)"
    # an ITU statement's copy line under its title, in brackets: "(COPY TO WP 4A AND WP 7B)"
    r"|\((?:cop(?:y|ies)[ \t]+to)[ \t])",
    re.IGNORECASE,
)


# A field's label inside a line of fields read as one paragraph (front matter: "from: A to: B cc: C")
INLINE_LABEL = re.compile(r"(?<![^\s])(?P<label>[A-Za-z][A-Za-z_.-]{0,20}(?:[ \t]to)?)[ \t]{0,2}:(?=[ \t])")
COPY_LABEL = re.compile(r"cc|c\.c\.|cop(?:y|ies)[ \t]to", re.IGNORECASE)
# how far back a field's label is looked for before a name (bounded: a long line costs its length once)
LABEL_REACH = 200


def in_copy_field(text: str, position: int) -> bool:
    """Whether `position` lies in a copy field: a line that is one (COPY_FIELD), or after a copy label as the
    last field label before it on its line (INLINE_LABEL)."""
    line_start = text.rfind("\n", 0, position) + 1
    if COPY_FIELD.match(text, line_start) is not None:
        return True
    labels = list(INLINE_LABEL.finditer(text, max(line_start, position - LABEL_REACH), position))
    return bool(labels) and COPY_LABEL.fullmatch(labels[-1].group("label")) is not None


def implied_specifications(ctx: Context, unit: Entity) -> list[Entity]:
    """The specification a unit is named after and develops ("GLUE Working Group" -> GLUE)."""
    label = unit.label.lower()
    found = []
    for entity in ctx.resolver.specifications_of(unit.iri):
        names = [n.lower() for n in (*entity.names, entity.acronym or "") if n]
        if any(label.startswith(n + " ") for n in names):
            found.append(entity)
    return found


def specification_mentions(ctx: Context, block: Block) -> list[tuple[Entity, Spans]]:
    """Specifications a block names, directly or through a unit named after one."""
    found = []
    for mention in ctx.mentions(block):
        spans = block_spans(block, *mention.span)
        if mention.entity.kind == "specification":
            found.append((mention.entity, spans))
        elif mention.entity.kind == "unit":
            found.extend((spec, spans) for spec in implied_specifications(ctx, mention.entity))
    return found


def extract_specifications(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The specifications the alliance concerns: named anywhere but in its contacts, approval and
    review, and in the background a memorandum gives of one party ("IEEE SA develops the IEEE 802
    family"), which says what a party does, not what the parties do together. (A register's or a page's
    background names what the parties bring to the work: NOT_SUBJECT_SECTIONS.)"""
    found: dict[str, tuple[Entity, Spans]] = {}
    for section in ctx.layout.sections:
        background = section.kind == "mission" and ctx.kind == "MemorandumOfUnderstanding"
        if not_concerned(section.kind, ctx.kind) or background:
            continue
        # a heading names what its section is about, and a label line read as one carries its value
        # ("Scope: BuoyML 2.0, TideLink Protocol")
        heading = [section.heading] if section.heading is not None else []
        for block in (*heading, *section.blocks):
            for entity, spans in specification_mentions(ctx, block):
                found.setdefault(str(entity.iri), (entity, spans))
    return list(found.values())


def not_concerned(section_kind: str, document_kind: str | None) -> bool:
    """Whether a section names no specification the alliance concerns (NOT_CONCERNED). In minutes a
    review section reports on the register's items ("1. Review of the work register: SPDM 1.3 ..."):
    what it names is what the meeting was about."""
    if section_kind == "review" and document_kind == "MeetingRecord":
        return False
    return section_kind in NOT_CONCERNED


def extract_topics(ctx: Context, units: list[Entity], specifications: list[Entity]) -> list[URIRef]:
    """The document's topics: those of the units taking part and the specifications concerned that the
    document itself names, outside the names of bodies, units and specifications. A document's graph
    states only what the document says; the topics the reference data gives a unit or a
    specification stay in the reference graph, where queries find them through the unit (a register
    naming the SNIA Cloud Storage TWG does not thereby say "Storage")."""
    candidates = {topic for entity in (*units, *specifications) for topic in entity.topics}
    blocks = [block for _kind, block in all_blocks(ctx)]
    return sorted(topic for topic in candidates if any(names_topic(ctx, block, topic) for block in blocks))


def names_topic(ctx: Context, block: Block, topic: URIRef) -> bool:
    """Whether one of the topic's labels occurs in a block as a phrase of its own, not inside a name."""
    reference = ctx.resolver.reference
    labels = [str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in reference.objects(topic, p)]
    for label in filter(str.strip, labels):
        for match in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", block.text, re.IGNORECASE):
            if uncovered(ctx.mentions(block), match.start(), match.end()):
                return True
    return False


# --- Relations between specifications and who develops them --------------------------------------


def extract_relations(ctx: Context) -> list[Relation]:
    relations: list[Relation] = []
    for section in ctx.layout.sections:
        if section.kind in NOT_CONCERNED:
            continue
        for block in section.blocks:
            mentions = ctx.mentions(block)
            for start, end in ctx.sentences(block):
                inside = mentions_between(mentions, start, end)
                spans = block_spans(block, start, end)
                relations += developed_by_phrases(block.text, inside, start, end, spans)
                relations += developing_subjects(ctx, block.text, inside, start, end, spans)
                relations += possessives(block.text, inside, spans)
                relations += spec_to_spec(
                    block.text, inside, start, end, spans, EXTENDS, "extends", first_only=True
                )
                relations += spec_to_spec(
                    block.text, inside, start, end, spans, USES, "uses", first_only=False
                )
    return dedupe(relations)


def developed_by_phrases(
    text: str, mentions: list[Mention], start: int, end: int, spans: Spans
) -> list[Relation]:
    """ "the Open Cloud Computing Interface (OCCI) developed by OGF": in each comma-separated part,
    the specifications before "developed by" are developed by the organization or unit after it."""
    relations = []
    for match in DEVELOPED_BY.finditer(text, start, end):
        segment_start = text.rfind(",", start, match.start()) + 1 or start
        developers = [
            m for m in mentions if m.start >= match.end() and m.entity.kind in ("organization", "unit")
        ]
        specs = [
            m
            for m in mentions
            if segment_start <= m.start < match.start() and m.entity.kind == "specification"
        ]
        if developers and text[match.end() : developers[0].start].strip() in ("", "the"):
            relations += [Relation(s.entity, "developedBy", developers[0].entity, spans) for s in specs]
    return relations


def developing_subjects(
    ctx: Context, text: str, mentions: list[Mention], start: int, end: int, spans: Spans
) -> list[Relation]:
    """ "The SSM Technical Work Group defines the Swordfish specification", "The Open Fabrics Alliance
    has launched an effort to design and develop an open Fabric Management framework (OFMF)"."""
    subject = subject_mention(text, mentions, start)
    if subject is None or subject.entity.kind not in ("organization", "unit"):
        return []
    verb = DEVELOPS.search(text, subject.end, end)
    objects = [m for m in mentions if verb and m.start >= verb.end() and m.entity.kind == "specification"]
    if not objects:
        return unit_named_after_spec(ctx, subject.entity, text, start, end, spans)
    if not OBJECT_HEAD_END.match(text[objects[0].end : end]):
        return []
    return developers_of(ctx, objects[0].entity, subject.entity, spans)


def unit_named_after_spec(
    ctx: Context, unit: Entity, text: str, start: int, end: int, spans: Spans
) -> list[Relation]:
    """ "The OpenFabrics Management Framework Working Group is chartered to create ... framework":
    a unit named after a specification that creates something develops that specification."""
    if unit.kind != "unit" or not CREATES.search(text, start, end):
        return []
    return [r for spec in implied_specifications(ctx, unit) for r in developers_of(ctx, spec, unit, spans)]


def developers_of(ctx: Context, spec: Entity, developer: Entity, spans: Spans) -> list[Relation]:
    """A unit that develops a specification does so for its organization, which develops it too."""
    relations = [Relation(spec, "developedBy", developer, spans)]
    if developer.kind == "unit" and developer.unit_of is not None:
        owner = ctx.resolver.entities.get(developer.unit_of)
        if owner is not None:
            relations.append(Relation(spec, "developedBy", owner, spans))
    return relations


def possessives(text: str, mentions: list[Mention], spans: Spans) -> list[Relation]:
    """ "the DMTF's Redfish", "the Distributed Management Task Force (DMTF)'s Redfish specification"."""
    relations = []
    for owner, owned in pairwise(mentions):
        kinds = (owner.entity.kind, owned.entity.kind)
        if kinds == ("organization", "specification") and POSSESSIVE.match(text[owner.end : owned.start]):
            relations.append(Relation(owned.entity, "developedBy", owner.entity, spans))
    return relations


def spec_to_spec(
    text: str,
    mentions: list[Mention],
    start: int,
    end: int,
    spans: Spans,
    verb: re.Pattern[str],
    predicate: str,
    first_only: bool,
) -> list[Relation]:
    """ "Swordfish specification that extends ... Redfish", "framework will utilize Redfish and Swordfish"."""
    relations = []
    for match in verb.finditer(text, start, end):
        subjects = [m for m in mentions if m.end <= match.start() and m.entity.kind == "specification"]
        if not subjects or len(text[subjects[-1].end : match.start()].split()) > 3:
            continue
        objects = [m for m in mentions if m.start >= match.end() and m.entity.kind == "specification"]
        if first_only:
            objects = objects[:1]
        relations += [
            Relation(subjects[-1].entity, predicate, o.entity, spans)
            for o in objects
            if o.entity.iri != subjects[-1].entity.iri
        ]
    return relations


def dedupe(relations: list[Relation]) -> list[Relation]:
    seen: set[tuple[str, str, str]] = set()
    result = []
    for relation in relations:
        key = (str(relation.subject.iri), relation.predicate, str(relation.object.iri))
        if key not in seen:
            seen.add(key)
            result.append(relation)
    return result
