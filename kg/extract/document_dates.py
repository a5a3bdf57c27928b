"""The dates of a document and the role each plays: effective, signed, initiated, review,
approved, published, deadline, meeting.

Why one place: every kind of document dates itself, in a header field ("Effective Date:",
"Deadline:", "Meeting date:") or in a sentence ("signed on 12 May 2020", "reply by 31 March
2024"). A bare "Date:" means what the kind of document makes it mean: the day of the meeting in
minutes, the day a liaison statement or page was issued, the day a register was initiated.
Values are ISO 8601 as precise as the text (kg.extract.dates.first_date_in).
"""

from __future__ import annotations

import re

from kg.extract.dates import first_date_in
from kg.extract.headers import HeaderField
from kg.model.records import DatedFact, Spans
from kg.model.source_text import SourceText

FIELD_ROLES: dict[str, tuple[str, ...]] = {
    "effective": ("effective date", "effective", "date effective", "effective from", "in effect from"),
    "signed": ("signed", "date signed", "signature date", "signed on", "date of signature", "execution date"),
    "initiated": ("date initiated", "initiated", "created", "established", "date established"),
    "review": ("next review", "review date", "review by", "next review date", "review"),
    "approved": ("approved", "approval date", "date approved", "date of approval", "approved on"),
    "published": (
        "published",
        "date published",
        "last updated",
        "updated",
        "posted",
        "issued",
        "date of issue",
    ),
    "deadline": (
        "deadline",
        "reply by",
        "response deadline",
        "response by",
        "due",
        "due date",
        "reply deadline",
    ),
    "meeting": ("meeting date", "date of meeting", "meeting held", "held on"),
}
BARE_DATE_ROLE = {
    "MeetingRecord": "meeting",
    "LiaisonStatement": "published",
    "AlliancePage": "published",
    "MemorandumOfUnderstanding": "signed",
    "WorkRegister": "initiated",
    "RegisterAddendum": "initiated",
}
SENTENCE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE))
    for role, pattern in (
        (
            "effective",
            r"\b(?:effective|takes\s+effect|comes?\s+into\s+(?:force|effect)|in\s+effect)\s+(?:as\s+of|from|on)\s+",
        ),
        ("signed", r"\b(?:signed|executed|entered\s+into)\s+(?:on|in)\s+|\bsigning\s+(?:on|in)\s+"),
        ("approved", r"\bapproved\s+(?:by\s+[^.;]{1,60}?\s+)?(?:on|in)\s+"),
        (
            "review",
            r"\breview(?:ed)?\s+(?:by|in|no\s+later\s+than|before)\s+|\bnext\s+review\s+(?:is\s+)?(?:due\s+)?(?:in|on|by)?\s*",
        ),
        (
            "deadline",
            r"\b(?:reply|respond|response|responses|feedback|comments)\b[^.;]{0,50}?\b(?:by|before|no\s+later\s+than)\s+",
        ),
        ("meeting", r"\b(?:met|meeting\s+(?:was\s+)?held|convened)\s+(?:on|in)\s+"),
        ("published", r"\b(?:published|announced|posted)\s+(?:on|in)\s+"),
        (
            "initiated",
            r"\b(?:since|began\s+in|started\s+in|initiated\s+(?:on|in)|established\s+in|formed\s+in)\s+",
        ),
    )
)


def role_of_field(name: str, kind: str) -> str | None:
    """The role a header field's date plays; a bare "Date" takes the kind's meaning."""
    for role, names in FIELD_ROLES.items():
        if name in names:
            return role
    if name in ("date", "dated", "date of document"):
        return BARE_DATE_ROLE.get(kind)
    return None


def dates_from_fields(fields: list[HeaderField], kind: str) -> list[DatedFact]:
    found = []
    for header in fields:
        role = role_of_field(header.name, kind)
        date = first_date_in(header.value) if role else None
        if role and date:
            value, start, end = date
            found.append(DatedFact(role, value, ((header.start + start, header.start + end),)))
    return found


def dates_from_sentences(document: SourceText) -> list[DatedFact]:
    """Dates that a sentence gives a role: the cue, then a date within the next few words."""
    found = []
    text = document.text
    for role, cue in SENTENCE_ROLES:
        for match in cue.finditer(text):
            window = text[match.end() : match.end() + 40].split("\n")[0]
            date = first_date_in(window)
            if date is not None and date[1] <= 12:
                value, start, end = date
                found.append(DatedFact(role, value, ((match.end() + start, match.end() + end),)))
    return found


def extract_dates(document: SourceText, fields: list[HeaderField], kind: str) -> list[DatedFact]:
    """Each (role, value) once: header fields first, then sentences, in document order."""
    seen: set[tuple[str, str]] = set()
    result: list[DatedFact] = []
    for fact in [*dates_from_fields(fields, kind), *dates_from_sentences(document)]:
        if (fact.role, fact.value) not in seen and not covered(fact.spans, result):
            seen.add((fact.role, fact.value))
            result.append(fact)
    return result


def covered(spans: Spans, found: list[DatedFact]) -> bool:
    """A date already read with one role is not read again with another."""
    return any(spans == fact.spans for fact in found)
