"""The dates of a document and the role each plays: effective, signed, initiated, review,
approved, published, deadline, meeting.

Why one place: every kind of document dates itself, in a header field ("Effective Date:",
"Amendment effective:", "Submission date", "Deadline"), in a section (the date under "Review",
the dates of the rows of a signatures table), or in a sentence ("signed on 12 May 2020",
"approved by A on X and by B on Y", "reply by 31 March 2024", "enters into force on ...").
A bare "Date:" means what the kind of document makes it mean: the day of the meeting in
minutes, the day a liaison statement or page was issued, the day a memorandum was signed, the
day a register was initiated. Values are ISO 8601 as precise as the text
(kg.extract.dates.first_date_in); a span of days ("4-8 April 2022") is a meeting's month.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.dates import all_dates_in, day_range_in, first_date_in
from kg.extract.headers import HeaderField
from kg.model.records import DatedFact

# Words of a field's name that give its date a role, most specific first ("next review date" is a review).
FIELD_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE))
    for role, pattern in (
        (
            "deadline",
            r"\bdeadline\b|\b(?:reply|response|respond)\s+(?:by|deadline|due|date)\b|\bdue\b|\bclose[sd]?\b",
        ),
        ("review", r"\breview\b"),
        ("effective", r"\beffective\b|\bin\s+(?:force|effect)\b"),
        ("signed", r"\bsign(?:ed|ature|ing)\b|\bexecut(?:ed|ion)\b"),
        ("approved", r"\bapprov(?:ed|al)\b"),
        ("initiated", r"\binitiated\b|\bcreated\b|\bestablished\b|\bsince\b"),
        ("meeting", r"\bmeeting\b|\bheld\b"),
        (
            "published",
            r"\bpublished\b|\bupdated\b|\bposted\b|\bissued?\b|\bsubmi(?:tted|ssion)\b|\bcirculated\b|\breleased\b",
        ),
    )
)
BARE_DATE_ROLE = {
    "MeetingRecord": "meeting",
    "LiaisonStatement": "published",
    "AlliancePage": "published",
    "MemorandumOfUnderstanding": "signed",
    "WorkRegister": "initiated",
    "RegisterAddendum": "effective",
}
SECTION_ROLES = {"review": "review", "approval": "approved"}
# The longest sentence a date cue reaches into (a sentence is rarely over a few hundred characters).
SENTENCE_REACH = 2000
SENTENCE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE))
    for role, pattern in (
        (
            "effective",
            r"\b(?:effective|takes\s+effect|(?:comes?|enters?|entered)\s+into\s+(?:force|effect)|in\s+effect)"
            r"\s+(?:as\s+of|from|on)\s+",
        ),
        (
            "signed",
            r"\b(?:signed|executed|entered\s+into)\s+(?:(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?)?(?:on|in)\s+"
            r"|\bsigning\s+(?:on|in)\s+",
        ),
        ("approved", r"\bapproved\b"),
        (
            "review",
            r"\b(?:be\s+)?review(?:ed)?\s+(?:(?:the\s+)?(?:work\s+)?register\s+(?:itself\s+)?)?"
            r"(?:by|in|no\s+later\s+than|before)\s+|\bnext\s+review\b[^.;:]{0,40}?(?::|\bin\b|\bon\b|\bby\b|\bis\b)\s*",
        ),
        (
            "deadline",
            r"\b(?:reply|replies|respond|response|responses|feedback|comments)\b[^.;]{0,50}?\b(?:by|before|no\s+later\s+than)\s+",
        ),
        (
            "meeting",
            r"\b(?:met|meeting\s+(?:was\s+)?held(?:\s+\w+)?|convened|takes\s+place|will\s+take\s+place"
            r"|(?:will\s+be|is|was)\s+held|(?:plenary|meeting|workshop|call)(?:\s+meeting)?)\s+(?:on|in)\s+"
            r"|\b(?:minutes\s+of\s+the\s+meeting|meeting|call)\s+of\s+",
        ),
        ("published", r"\b(?:published|announced|posted)\s+on\s+|\blast\s+updated\s*(?:on|:)?\s*"),
        (
            "initiated",
            r"\b(?:since|began\s+in|started\s+in|initiated\s+(?:on|in)|established\s+in|formed\s+in)\s+"
            r"|\bfirst\s+(?:\w+\s+){1,6}?in\s+",
        ),
    )
)
CUE_REACH = 12  # a date belongs to a cue when it starts within this many characters after it
OPENING_LINES = 5


def role_of_field(name: str, kind: str) -> str | None:
    """The role a header field's date plays; a bare "Date" takes the kind's meaning."""
    for role, pattern in FIELD_WORDS:
        if pattern.search(name):
            return role
    if name in ("date", "dated", "date of document", "doc date"):
        return BARE_DATE_ROLE.get(kind)
    return None


def dates_from_fields(fields: list[HeaderField], kind: str) -> list[DatedFact]:
    found = []
    for header in fields:
        role = role_of_field(header.name, kind)
        date = (day_range_in(header.value) or first_date_in(header.value)) if role else None
        if role and date:
            value, start, end = date
            found.append(DatedFact(role, value, ((header.start + start, header.start + end),)))
    return found


def sentence_of(text: str, start: int) -> str:
    """From `start` to the end of its sentence (or line), at most SENTENCE_REACH characters: a text
    without full stops or line ends (one long line) must not cost the rest of the text per cue."""
    end = min(len(text), start + SENTENCE_REACH)
    stops = [i for i in (text.find(". ", start, end), text.find("\n", start, end)) if i >= 0]
    return text[start : min(stops, default=end)]


def dates_from_sentences(text: str) -> list[DatedFact]:
    """Dates that a sentence gives a role: the cue, then a date right after it; after "approved"
    every date of the sentence that follows "on" ("approved by A on X and by B on Y")."""
    found = []
    for role, cue in SENTENCE_ROLES:
        for match in cue.finditer(text):
            rest = sentence_of(text, match.end())
            if role == "approved":
                for value, start, end in all_dates_in(rest):
                    if re.search(r"\b(?:on|dated)\s*$|,\s*$", rest[:start]):
                        found.append(DatedFact(role, value, ((match.end() + start, match.end() + end),)))
                continue
            date = first_date_in(rest[:60])
            if date is not None and date[1] <= CUE_REACH:
                value, start, end = date
                found.append(DatedFact(role, value, ((match.end() + start, match.end() + end),)))
    return found


def dates_from_opening(text: str) -> list[DatedFact]:
    """A span of days in a document's first lines is the meeting it was written at or for."""
    head = "\n".join(text.split("\n")[:OPENING_LINES])
    ranged = day_range_in(head)
    return [DatedFact("meeting", ranged[0], ((ranged[1], ranged[2]),))] if ranged else []


def meeting_day(ctx: Context) -> list[DatedFact]:
    """Minutes and slides name their meeting's day in their first lines ("Minutes - Thursday,
    9 July 2020", "Technical Symposium - 21 June 2022"): the first full date there."""
    text = ctx.document.text
    head = "\n".join(text.split("\n")[: OPENING_LINES + 2])
    for value, start, end in all_dates_in(head):
        if len(value) == 10:
            return [DatedFact("meeting", value, ((start, end),))]
    return []


def opens_document(ctx: Context, section) -> bool:
    """Whether a section's heading is the document's first line (its title, "... Review Call")."""
    text = ctx.document.text
    return section.heading is not None and not text[: section.heading.start].strip()


def dates_from_sections(ctx: Context, kind: str) -> list[DatedFact]:
    """Dates written in a review or approval section (a table of signatures: one per row): the
    section gives them their role (signed, for a memorandum). A title that says "Review" ("Alliance
    Review Call") opens no review section."""
    found = []
    for section in ctx.layout.sections:
        role = SECTION_ROLES.get(section.kind)
        if role is None or opens_document(ctx, section):
            continue
        if role == "approved" and kind == "MemorandumOfUnderstanding":
            role = "signed"
        for block in section.blocks:
            dates = all_dates_in(block.text) if block.kind == "row" or role != "review" else []
            if not dates:
                first = first_date_in(block.text)
                dates = [first] if first is not None and role == "review" else dates
            for value, start, end in dates[:1] if role == "review" else dates:
                found.append(DatedFact(role, value, block.span_of(start, end)))
            if role == "review" and dates:
                break
    return found


def extract_dates(ctx: Context, fields: list[HeaderField], kind: str) -> list[DatedFact]:
    """Each (role, value) once: header fields first, then sentences, sections and the opening."""
    text = ctx.document.text
    seen: set[tuple[str, str]] = set()
    result: list[DatedFact] = []
    candidates = [
        *dates_from_fields(fields, kind),
        *dates_from_sentences(text),
        *dates_from_sections(ctx, kind),
        *dates_from_opening(text),
    ]
    if kind == "MeetingRecord" and not any(fact.role == "meeting" for fact in candidates):
        candidates += meeting_day(ctx)
    for fact in candidates:
        if (fact.role, fact.value) not in seen:
            seen.add((fact.role, fact.value))
            result.append(fact)
    return result
