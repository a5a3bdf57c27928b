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

from kg.extract.context import Context

STANDARD_NUMBERS = re.compile(
    r"\b(?>"  # atomic: a number is read whole, or not at all
    r"3GPP\s+T[SR]\s+\d{2}\.\d{3}"
    r"|ETSI\s+(?:GS|GR|TS|TR|EN|ES|EG)\s+(?:[A-Z]{2,6}(?:-[A-Z]{2,6})?\s+)?\d{3}(?:[- ]\d{1,3})?"
    r"|ISO(?:/IEC)?(?:/IEEE)?\s+\d{4,5}(?:-\d{1,2})?"
    r"|ITU-T\s+(?:Rec(?:ommendation)?\.?\s+)?[A-Z]\.\d{1,4}(?:\.\d{1,3})?"
    r"|(?<![\w.])[GXYQ]\.\d{3,4}(?:\.\d{1,3})?"
    r"|IEEE\s+(?:Std\s+)?P?\d{3,4}(?:\.[0-9A-Za-z]{1,8})*(?:-\d{4})?"
    r"|RFC\s?\d{3,5}"
    # a body's acronym and a four- or five-digit number: "IEC 61850-7-4", "EN 50600", "OPC 10000-5"
    r"|(?<![\w/-])(?!(?:FY|Q|H|WG|SG|TC|SC|TF|ISG)\s)[A-Z]{2,6}\s(?!(?:19|20)\d{2}(?![\d-]))\d{4,5}(?:-\d{1,3}){0,3}"
    r")(?![\w])(?!\s+(?:WG|TG|SG|TC|ISG|Working\s+Group|Task\s+(?:Group|Force)|Study\s+Group|Committee)\b)"
    r"|\bdraft-[a-z0-9]+(?:-[a-z0-9]+)+-\d{2}\b"
)


# A number written as a unit's designation: "IEEE 802.1 WG", "IEEE 802.3 Working Group".
UNIT_DESIGNATION = re.compile(
    r"(?P<number>IEEE\s+P?\d{3,4}(?:\.[0-9A-Za-z]{1,8})*)\s+(?:WG|TG|Working\s+Group|Task\s+(?:Group|Force))\b"
)
ITU_RECOMMENDATION = re.compile(r"^ITU-T\s+(?:Rec(?:ommendation)?\.?\s+)?(?P<number>[A-Z]\.[\d.]+)$")


def discover_standard_numbers(ctx: Context) -> None:
    """Every standard the document cites by number becomes a known specification."""
    text = ctx.document.text
    designations = {" ".join(m.group("number").split()) for m in UNIT_DESIGNATION.finditer(text)}
    for written in dict.fromkeys(" ".join(m.group().split()) for m in STANDARD_NUMBERS.finditer(text)):
        if written in designations:
            continue  # "IEEE 802.1" of a document that speaks of the "IEEE 802.1 WG": the unit
        name, number = standard_name(written)
        ctx.resolver.new_specification(name, number, head="specification")
    ctx.forget_mentions()


def standard_name(written: str) -> tuple[str, str | None]:
    """A standard's name and the short form it is also cited by: an ITU-T Recommendation is "ITU-T
    G.709" and "G.709" however it was written ("ITU-T Recommendation G.709", "ITU-T Rec. G.709"), so
    that a later bare "G.709" names the same one."""
    recommendation = ITU_RECOMMENDATION.match(written)
    if recommendation is None:
        return written, None
    return f"ITU-T {recommendation.group('number')}", recommendation.group("number")
