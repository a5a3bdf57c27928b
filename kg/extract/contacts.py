"""Points of contact: person (when named), role, organization and e-mail address.

Contacts are listed under a heading naming the party ("OGF:", "Within the DMTF:") as
"Name, Role, Organization, address" or "Role, Name (address)" or a role or mailing list
alone. The organization is the heading's; failing that, the one whose domain (or a known
misspelling of it, such as dmtof.org) the address uses.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, block_spans
from kg.extract.names import EMAIL
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
}
NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*|[A-Z]\.)$")


def looks_like_person(part: str, has_mention: bool) -> bool:
    """ "Doug Ledford" yes; "Executive Director", "Treasurer", "Open Grid Forum" no."""
    words = part.split()
    if has_mention or not 2 <= len(words) <= 4:
        return False
    return all(NAME_WORD.match(w) for w in words) and not any(
        w.lower().strip(".") in ROLE_WORDS for w in words
    )


def parse_contact(ctx: Context, text: str) -> tuple[str | None, str | None, str] | None:
    """(person, role, e-mail) of one contact line; None when the line has no address."""
    email = EMAIL.search(text)
    if email is None:
        return None
    rest = (text[: email.start()] + text[email.end() :]).replace("()", "")
    rest = re.sub(r"[\s,;:(<\[]+$", "", re.sub(r"\(\s*\)|\[\s*\]|<\s*>", "", rest)).strip(" ,;")
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    person = None
    for part in parts:
        if looks_like_person(part, bool(ctx.resolver.mentions(part))):
            person = part
            break
    role_parts = [p for p in parts if p != person]
    role = ", ".join(role_parts) or None
    return person, role, email.group()


def extract_contacts(ctx: Context) -> list[ContactPoint]:
    contacts: list[ContactPoint] = []
    for section in ctx.layout.of_kind("contacts"):
        current: Entity | None = None
        for block in section.blocks:
            if block.kind == "heading":
                orgs = [m.entity for m in ctx.mentions(block) if m.entity.kind == "organization"]
                current = orgs[0] if orgs else current
                continue
            parsed = parse_contact(ctx, block.text)
            if parsed is None:
                continue
            person, role, email = parsed
            organization = current or ctx.resolver.organization_for_email(email) or first_party(ctx, block)
            contacts.append(
                ContactPoint(
                    len(contacts) + 1, organization, email, block_spans(block), role=role, person=person
                )
            )
    return contacts


def first_party(ctx: Context, block) -> Entity | None:
    parties = [
        m.entity for m in ctx.mentions(block) if m.entity.kind == "organization" and ctx.is_party(m.entity)
    ]
    return parties[0] if parties else None
