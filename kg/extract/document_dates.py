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

import bisect
import datetime as dt
import re
from dataclasses import replace

from kg.extract.context import Context, in_ranges, section_blocks
from kg.extract.dates import APPROVAL_FIRST as APPROVING
from kg.extract.dates import (
    ARROWED_LINE,
    MONTH,
    all_dates_in,
    day_range_in,
    first_date_in,
    iso_value,
    month_number,
    parse_target,
    review_window,
    with_year,
)
from kg.extract.headers import PLAN_HEAD, HeaderField
from kg.model.prefilter import LoweredText, finditer, search
from kg.model.records import DatedFact

# Words of a field's name that give its date a role, most specific first ("next review date" is a review).
FIELD_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE))
    for role, pattern in (
        (
            "deadline",
            r"\bdeadline\b|\b(?:reply|response|respond)\s+(?:by|deadline|due|date)\b|\bdue\b|\bclose[sd]?\b"
            # "Response requested by:", "Reply requested:": the day the sender wants its answer
            r"|\b(?:reply|replies|responses?|answers?|comments?|feedback)\s+(?:is\s+|are\s+)?requested\b"
            # a call's "Submissions due:", "Expressions of interest by:", "Nominations close:"
            r"|\b(?:submissions?|contributions?|proposals?|nominations?|expressions?\s+of\s+interest|registrations?)"
            r"\s+(?:(?:is|are)\s+)?(?:due|by|close[sd]?|deadline)\b",
        ),
        # a page's "Last reviewed:", "Page reviewed" is when it was last put out
        ("published", r"\b(?:last|page)\s+reviewed\b"),
        ("review", r"\breview\b"),
        # "Comes into force:", "Valid from:", "With effect from:"
        # "Commencement Date:", a deed's word for the day the agreement starts
        (
            "effective",
            r"\beffective\b|\b(?:in|into)\s+(?:force|effect)\b|\bvalid\s+from\b|\bwith\s+effect\b|\bcommencement\b",
        ),
        # "First signed:", "Originally signed:": the alliance's start, recalled (one in force is "signed")
        ("initiated", r"\b(?:first|originally|initially)\s+signed\b"),
        ("signed", r"\bsign(?:ed|ature|ing)\b|\bexecut(?:ed|ion)\b"),
        # "Agreed:", "Agreed by ....": the day each party agreed the text, its approval
        ("approved", r"\bapprov(?:ed|al)\b|\badopted\b|\bendorsed\b|\bratified\b|^\W*agreed\b"),
        (
            "initiated",
            r"\binitiated\b|\bcreated\b|\bestablished\b|\bsince\b|\bstart(?:ed|\s+date)?\b|\bopened\b"
            r"|\bformed\b|\bfounded\b",
        ),
        ("meeting", r"\bmeeting\b|\bheld\b"),
        (
            "published",
            # "Date of circulation", "Date of this draft": the day a draft was put out
            # "Sent:", a letter's or a mail's day of sending
            r"\bpublished\b|\bupdated\b|\bposted\b|\bissued?\b|\bsubmi(?:tted|ssion)\b|\bcirculat(?:ed|ion)\b|\bsent\b"
            r"|\breleased\b|\brelease\s+date\b|\b(?:this|the)\s+draft\b"  # a news page's "Release date:"
            r"|\bprepared\b|\brevised\b|\bedited\b|\b(?:last\s+)?revision\s+date\b|\blast\s+revision\b"
            # a committee's document register: "DATE ASSIGNED:" the day its number was given, the issue
            r"|\bdate\s+assigned\b"
            # "Last update:", "Date of last update", "Exported:", "Generated:", a tool's or a page's day of
            # putting the copy out; "Plan date:", "Amendment date:", "Version date:", "This revision:", the
            # day of the document (or of its edition) named by what it is
            r"|\b(?:last\s+)?update\b|\bexported\b|\bgenerated\b"
            r"|\b(?:plan|amendment|addendum|register|report|version|edition|document|record)\s+date\b"
            r"|\bthis\s+(?:revision|version|edition|issue)\b"
            # "Date of amendment:", "Date of publication:", "Date of this version": named the other way
            r"|\bdate\s+of\s+(?:the\s+|this\s+)?(?:amendment|addendum|publication|revision|update|version"
            r"|edition|document|plan|register|report|release)\b",
        ),
    )
)
# Before a field's date: the version it replaces, whose date is that version's
REPLACED = re.compile(r"\b(?:replac|supersed)(?:es|ing|ed)\b", re.IGNORECASE)
# A field named by a version alone ("Version ........ Rev. 1, 2 October 2026"): its date is the version's
# issue
VERSION_FIELD = re.compile(r"^(?:version|revision|rev\.?|issue|edition)$")
BARE_DATE_NAMES = frozenset({"date", "dated", "date of document", "doc date"})
# What a bare "Date:" of a document's header is, by its kind (an addendum's is the day it was issued, as a
# statement's is: the day it takes effect is said so, "takes effect on ...", "Effective: ...")
BARE_DATE_ROLE = {
    "MeetingRecord": "meeting",
    "LiaisonStatement": "published",
    "AlliancePage": "published",
    "MemorandumOfUnderstanding": "signed",
    "WorkRegister": "initiated",
    "RegisterAddendum": "published",
}
SECTION_ROLES = {"review": "review", "approval": "approved"}
# The longest sentence a date cue reaches into (a sentence is rarely over a few hundred characters).
SENTENCE_REACH = 2000
SENTENCE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE))
    for role, pattern in (
        (
            "effective",
            r"\b(?:effective|t(?:akes|ook)\s+effect|(?:comes?|came|enters?|entered)\s+into\s+(?:force|effect)|in\s+effect"
            # "This decision is applicable as from ...", "applies from ..."
            r"|with\s+effect|valid|commences?|commencing|applicable|appl(?:y|ies))\s+(?:as\s+of|(?:as\s+)?from|on)\s+",
        ),
        (
            "signed",
            r"\b(?:signed|executed|entered\s+into)\s+(?:(?:an?|the|their|its|this)\s+(?:[\w-]+\s+){0,3}?)?"
            # "signed at Bergen on 3 May 2024"; "signed this 3rd day of May, 2024" (the deed's formula)
            r"(?:at\s+[A-Z][\w.'-]{1,20}(?:,?\s[A-Z][\w.'-]{1,20}){0,2}\s+)?(?:on|in|this)\s+"
            r"|\bsigning\s+(?:on|in)\s+"
            # "renewed on 3 September 2023": signed again on that day ("renewed in 2022" tells only a year)
            r"|\brenewed\s+(?:(?:the|this|its|their)\s+(?:[\w-]+\s+){0,3}?)?on\s+",
        ),
        (
            "approved",
            r"\bapproved\b|\bagreed\s+by\b"
            # "Status: agreed at the joint steering meeting of 3 March 2027": the text agreed at a meeting
            r"|\bagreed\s+at\s+(?=(?:the|its|their)\s)"
            # "Study Group 11 agreed to this text at its meeting on ...": the body that approved the document
            r"|\bagreed\s+(?:to\s+)?(?:this|the)\s+(?:text|document|memo|statement|report|register)\b"
            # "Adopted by the Board on ...", "This register was endorsed by ... on ...": the document's own
            # adoption (not a standard another body adopted)
            r"|(?m:^)[^\S\n]*+\W{0,3}(?:adopted|endorsed|ratified)\b"
            r"|\b(?:this|the)\s+(?:register|memorandum|mou|plan|agreement|document|addendum|amendment|statement"
            r"|charter)\s+(?:was\s+|has\s+been\s+)?(?:adopted|endorsed|ratified)\b",
        ),
        (
            "review",
            r"\b(?:be\s+)?review(?:ed)?\s+"
            # "will be reviewed by both organizations in ...", "... by the two Parties in ...": who reviews
            r"(?:by\s+(?:both|the|all|each|the\s+two)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:parties|organi[sz]ations|partners|signatories|bodies)\s+)?"
            r"(?:(?:the\s+)?(?:work\s+)?register\s+(?:itself\s+)?"
            # "The Parties will review it no later than ...", "review this Memorandum by ...": the document
            # itself (not "review the glossary by ...", a work item), or the cooperation it sets up ("review
            # the cooperation in Q2 2029", "review its operation during ..."), with its annex ("review the
            # MoU and Annex A no later than ...", "review it, and Annex A, by ...")
            r"|(?:it|(?:this|the|its|their)\s+(?:memorandum|mou|agreement|arrangement|plan|document"
            r"|cooperation|collaboration|operation|relationship|partnership))"
            r"(?:,?\s+and\s+(?:the\s+)?annex(?:es)?(?:\s+[A-Z0-9]{1,3})?,?)?\s+)?"
            r"(?:by|in|during|no\s+later\s+than|before)\s+"
            # "in the fourth quarter of 2028": the year (a review's quarter in words dates no more precisely)
            r"(?:the\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\s+of\s+)?|\b(?:next|first)\s+review\b[^.;:\n]{0,40}?"
            r"(?::|\bin\b|\bon\b|\bby\b|\bis\b|\b(?:planned|scheduled|due)(?:\s+for)?\b|\s\.{3,}"
            # "Next review of this register at the October 2027 plenary": the review at a meeting of a month
            r"|\bat\s+(?:the|its|their)\b)\s*",
        ),
        (
            "deadline",
            r"\b(?:reply|replies|respond|response|responses|feedback|comments|submissions|expressions\s+of\s+interest"
            r"|nominations)\b[^.;]{0,50}?\b(?:by|before|no\s+later\s+than)\s+",
        ),
        (
            "meeting",
            # "met in Brussels, Belgium on 21 and 22 January 2014": the place between the verb and the day
            r"\b(?:met|convened|gathered)\s+(?:in|at)\s+(?-i:[A-Z][\w.'-]{1,20})(?:,?\s+(?-i:[A-Z][\w.'-]{1,20})){0,2}"
            r"\s+(?:on|in)\s+"
            r"|\b(?:met|meeting\s+(?:was\s+)?held(?:\s+\w+)?|convened|takes\s+place|will\s+take\s+place"
            r"|(?:will\s+be|is|was)\s+held|(?:plenary|meeting|workshop|call)(?:\s+meeting)?)\s+(?:on|in)\s+"
            # "At its 12th meeting (Bergen, 3-7 June 2024)": the meeting, its place, its days in brackets
            # (a span of days: one day in brackets is the day a statement was agreed at the meeting)
            r"|\b(?:meeting|plenary|session)\s*\(\s*(?:[A-Z][\w.'-]{1,20},?\s+){1,4}"
            r"(?=\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}\s)"
            r"|\b(?:minutes\s+of\s+the\s+meeting|meeting|call)\s+of\s+"
            # "Agreed at the Q2 2026 meeting, Lisbon, 8 - 11 June 2026": the meeting, its place, its days
            r"|\b(?:meeting|plenary)\s*+,\s*+[A-Z][A-Za-z.'-]{1,20}(?:\s[A-Z][A-Za-z.'-]{1,20}){0,2},\s*+",
        ),
        (
            "published",
            # ("First published: 3 March 2026" in a page's metadata a reader ran into one line)
            # ("Draft 0.4 - circulated 21 January 2025 for comment": a draft's day of putting out)
            r"\b(?:published|announced|posted|issued|released|circulated)(?:\s*+:)?\s+(?:on\s+)?"
            r"|\b(?:(?:last|page)\s+)?(?:updated|modified|edited|revised)(?:\s+by\s+[^,;\n]{1,40}?\s+on\b|\s*(?:on\b|:))?\s*"
            r"|\b(?:last|page)\s+reviewed\s*(?:on\b|:)?\s*"
            # a copy a tool made: "Last regenerated from roadmap.csv on ...", "generated on ...", "read-only
            # copy exported 12 May 2027" (a day only: "exported in May" is a plan)
            r"|\b(?:re)?generated(?:\s+from\s+[^\s,;]{1,60})?\s+on\s+|\bexported(?:\s*+:)?\s+(?:on\s+)?(?=\d)"
            # a news item's dateline: "News | Seoul, 14 May 2026", "SEOUL, 14 May 2026 -"
            r"|\bnews\s*[|:\u2013\u2014-]\s*(?:[A-Z][\w.'-]{1,20}(?:\s[A-Z][\w.'-]{1,20}){0,2},\s*)?"
            r"|^[A-Z]{3,20}(?:\s[A-Z]{3,20}){0,2},\s*(?=[\w]{1,10}\s[\w]{1,10}\s\d{4}\s*[\u2013\u2014-])",
        ),
        (
            "initiated",
            r"\b(?:since|began\s+in|started\s+in|initiated\s+(?:on|in)|established\s+in|formed\s+in"
            r"|(?:was|were|been)\s+opened\s+(?:on|in))\s+"
            # "A and B agreed in 2025 to study ...": the joint work's start, told with what they set out to do
            r"|\bagreed\s+in\s+(?=(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}\s+to\s)"
            # "under their cooperation agreement of 2023": the agreement the joint work stands on, by its year
            r"|\b(?:cooperation|collaboration|partnership|liaison)\s+agreement\s+of\s+(?=(?:19|20)\d{2}\b)"
            # (not a draft's first version, a timetable's step: "First Public Working Draft in October 2028")
            r"|\bfirst\s+(?!(?:public\s+)?(?:working\s+|committee\s+|public\s+)?drafts?\b)(?:\w+\s+){1,6}?in\s+"
            # "The task force starts at its kick-off call on 15 March 2027": the joint work's first meeting
            r"|\bkick[- ]?off(?:\s+(?:call|meeting|workshop|session))?\s+(?:on|in|of)\s+"
            # "The task force starts on 1 July 2027", "the joint project began on ...": the work's start,
            # told with the work as the subject (a meeting or a ballot starting is none)
            r"|\b(?:task\s+force|working\s+group|(?:joint\s+)?(?:project|programme|program|work|activity|group"
            r"|collaboration|cooperation|partnership))\s+(?:starts|started|begins|began|will\s+(?:start|begin)"
            r"|(?:is|was)\s+(?:launched|started))\s+(?:on|in)\s+",
        ),
    )
)
# "At its May 2025 meeting", "during their May 2025 joint plenary session": a meeting named by its month
# before the word, the one a statement or a letter was agreed at (in minutes: another meeting than theirs)
MONTH_OCCASION = re.compile(
    r"\b(?:at|during)\s++(?:its|their|the|our)\s++(?:(?:last|latest|recent)\s++)?(?="
    + MONTH
    + r"\s*+,?\s*+(?:19|20)\d{2}\s++(?:[\w-]{1,20}\s++){0,2}?(?:plenary|meeting|session|workshop)\b)",
    re.IGNORECASE,
)
# "signed for HMC on 24 February 2026, and for OBC on 2 March 2026", "signed by A on X and by B on Y": each
# party's day of signing, every date of the sentence after "on" (as an approval's)
SIGNED_EACH = re.compile(r"\bsigned\s+(?:for|by)\s+(?=[A-Z])")
SENTENCE_ROLES = (*SENTENCE_ROLES, ("meeting", MONTH_OCCASION), ("signed", SIGNED_EACH))
CUE_REACH = 12  # a date belongs to a cue when it starts within this many characters after it
OPENING_LINES = 5
# A document's opening is counted in characters as well as lines: a hard-wrapped document is read with
# each paragraph joined into one line (kg.extract.documents.read_wrapped), so that its first five lines
# may hold a page of text, and a date deep in its first paragraph is no date of its heading
LINE_CHARACTERS = 100


def opening(text: str, lines: int) -> str:
    """The first `lines` lines of `text`, no more than `lines` * LINE_CHARACTERS characters of them (the
    lines that end before that bound; at least the first line, cut at it)."""
    bound = lines * LINE_CHARACTERS
    end = 0
    for _ in range(lines):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end > bound:
            return text[: end - 1] if end else text[:bound]
        end = line_end + 1
        if end > len(text):
            break
    return text[: end - 1] if end else text


def role_of_field(name: str, kind: str) -> str | None:
    """The role a header field's date plays; a bare "Date" takes the kind's meaning."""
    for role, pattern in FIELD_WORDS:
        if pattern.search(name):
            # "Next meeting: ..." is a future meeting, not the one a record comes from; "Next update: ..." a
            # future issue, not this one's
            upcoming = role in ("meeting", "published") and re.match(r"\W*next\b", name, re.IGNORECASE)
            return None if upcoming else role
    if VERSION_FIELD.match(name):
        return "published"
    if name in BARE_DATE_NAMES:
        return BARE_DATE_ROLE.get(kind)
    if name in MEETING_TIME and kind == "MeetingRecord":
        return "meeting"  # "Date/Time: 3 May 2024, 14:00 UTC", "When: ...": the call's day
    return None


# A record's field naming when its meeting took place, by its day and hour (or its days: "Dates: 16-18 April")
MEETING_TIME = frozenset(
    {"date/time", "date / time", "date and time", "date & time", "when", "time and date", "dates"}
)


# A ballot's record: the fields naming when its vote ran ("Voting period", "Opened", "Ballot closed"), and the
# result that says it passed ("Result: ADOPTED by both Boards", "Outcome: approved", "Result: Passed")
BALLOT_FIELD = re.compile(
    r"^(?:(?:voting|ballot|vote)(?:\s+(?:period|opened|closed|closes|closing|dates?))?|opened|closed)$"
)
BALLOT_CLOSE = re.compile(r"^(?:(?:voting|ballot|vote)(?:\s+(?:period|closed|dates?))?|closed)$")
BALLOT_RESULT = re.compile(r"^(?:result|outcome|decision|ballot\s+result|vote\s+result)$")
PASSED = re.compile(r"^\W*(?:adopted|approved|passed|carried|accepted)\b", re.IGNORECASE)


def ballot_dates(fields: list[HeaderField]) -> tuple[list[DatedFact], set[int]]:
    """A passed ballot's approval: the last date of its closing or voting-period field (the day the vote
    closed), and the fields of the ballot's dates, which then play no other role (the day it opened is no
    initiation, the day it closed no deadline); nothing for a ballot still open or not passed."""
    if not any(BALLOT_RESULT.match(f.name) and PASSED.match(f.value) for f in fields):
        return [], set()
    found: list[DatedFact] = []
    ballot = {f.start for f in fields if BALLOT_FIELD.match(f.name)}
    for header in fields:
        dates = all_dates_in(header.value) if BALLOT_CLOSE.match(header.name) else []
        if dates:
            value, start, end = dates[-1]
            found = [DatedFact("approved", value, ((header.start + start, header.start + end),))]
    return found, ballot


# An ISO 8601 date-time, as calendar tools and group wikis write a meeting's time ("2027-03-04T15:00Z",
# "2027-03-04T15:00:00+01:00", "20270304T150000Z"): its day. Read in a meeting's field only: a tracker's
# "updated: 2026-05-28T11:00:00Z" stamp dates no meeting
DATETIME = re.compile(
    r"(?<![\w-])(?P<y>(?:19|20)\d{2})(?P<dash>-?)(?P<m>[01]\d)(?P=dash)(?P<d>[0-3]\d)T[0-2]\d(?::?[0-5]\d)"
)


def datetime_day(value: str) -> tuple[str, int, int] | None:
    """The day of the first ISO 8601 date-time in a field's value (DATETIME): (ISO day, start, end)."""
    found = DATETIME.search(value)
    if found is None:
        return None
    try:
        day = dt.date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    except ValueError:
        return None
    return day.isoformat(), found.start(), found.start("d") + 2


DATE_WORD = re.compile(r"\b(?:date|dates|day|when)\b")


# The roles a table's row keeps whatever its first cell: a signatures' or approvals' table ("| Signed for OGF
# | Ana Example | 2027-03-04 |", "| Approved by the OGF Board | ... |")
ROW_ROLES = frozenset({"signed", "approved", "effective"})


def table_item(header: HeaderField) -> bool:
    """Whether a "field" is a row of a table of three cells or more whose first cell is an item of three
    words or more naming no date ("| Circulate the draft test method | Bo Ek | 2027-05-02 |" of a table of
    actions): the row's date is the item's, whatever words of a role its text holds ("the draft"), unless
    the role is one of ROW_ROLES."""
    return "\t" in header.value and len(header.name.split()) >= 3 and DATE_WORD.search(header.name) is None


# A record's title or subject field naming its meeting with its days, as ITU-T and ETSI reports head their
# cover ("Title: Report of the Geneva meeting (19-27 July 2006)", "Subject: Minutes of the joint session,
# 16 April 2027"): those days are the meeting's
TITLE_FIELDS = frozenset({"title", "subject", "document title"})
MEETING_WORD = re.compile(r"\b(?:meeting|session|plenary|interim)\b", re.IGNORECASE)


def titled_meeting(header: HeaderField, kind: str) -> str | None:
    """ "meeting" for a meeting record's title field naming its meeting (TITLE_FIELDS, MEETING_WORD)."""
    if kind != "MeetingRecord" or header.name not in TITLE_FIELDS:
        return None
    return "meeting" if MEETING_WORD.search(header.value) and NEXT_WORD.search(header.value) is None else None


NEXT_WORD = re.compile(r"\b(?:next|future|forthcoming|upcoming|previous|last)\s+(?:\w+\s+)?meeting\b", re.I)


# The roles a field's day without its year takes the document's year for: the day of the record's own
# meeting or issue (a review's or a deadline's day may fall in the next year)
YEARLESS_ROLES = frozenset({"meeting", "published"})


def yearless_field(
    value: str, year: int | None
) -> tuple[tuple[str, int, int] | None, tuple[str, int, int] | None]:
    """A field's span of days and its date, read with `year` after its first day or days without a year
    (kg.extract.dates.with_year): "16 April" in 2027 is 2027-04-16, "April 16 - 18" the month 2027-04; its
    place is the place of the day as written. (None, None) when the value has no such day or no year."""
    completed, at = with_year(value, year)
    if at < 0:
        return None, None
    days = day_range_in(completed, iso=True)
    date = days or first_date_in(completed)
    if date is None or date[1] >= at:
        return None, None
    value_read, start, end = date
    return (days and (days[0], start, min(end, at))), (value_read, start, min(end, at))


def document_year(ctx: Context) -> int | None:
    """The document's own year, the year a day written without one is in ("16 April"): the one year its
    first lines name, by a date or alone ("Minutes 2027", "Issued: 2027-02-03"); None when they name none
    or several. Found once and kept in the context (Context.year) for every rule that reads days."""
    if not ctx.year_read:
        lines = [line for line in opening(ctx.document.text, YEAR_LINES[-1] * 2).splitlines() if line.strip()]
        years: set[str] = set()
        for count in YEAR_LINES:  # the title's lines first, then the head's: the first that name a year
            head = "\n".join(lines[:count])
            years = {value[:4] for value, _, _ in all_dates_in(head)} | set(YEAR_WRITTEN.findall(head))
            if years:
                break
        ctx.year, ctx.year_read = (int(years.pop()) if len(years) == 1 else None), True
    return ctx.year


YEAR_LINES = (3, 8)  # the lines (not blank) of a document's head its own year is read from, nearest first


def dates_from_fields(fields: list[HeaderField], kind: str, year: int | None = None) -> list[DatedFact]:
    """The dates of the header's fields, each with the role its name gives it. A bare "Date" takes its role
    from the kind; a field that names the role says it more surely, and comes first (a register has one day
    of initiation: a forwarded mail's "Date:" above its "Register initiated" field is no second one). A
    meeting's or an issue's day written without its year ("Date: 16 April", "Dates: April 16 - 18") is in
    `year`, the document's own (document_year)."""
    found, ballot = ballot_dates(fields)
    defaulted: list[DatedFact] = []
    dated = dated_otherwise(fields, kind)
    # (a mail's header, "Subject:" beside its "Date:", dates the mail that forwards the document, no issue)
    named_initiation = not any(header.name == "subject" for header in fields) and any(
        header.name not in BARE_DATE_NAMES and role_of_field(header.name, kind) == "initiated"
        for header in fields
    )
    # a mail's header alone ("Subject:", "From:", "Date:"), no register's field dating its start or issue
    # below it (a forwarded register's "Register initiated", "Revision 4 (draft of ...)")
    names = {header.name for header in fields}
    # (a list archive's mail may give its subject as its first line, with "From:", "Date:", "To:" under it)
    mail = (
        bool(names & {"subject", "to", "message-id", "cc"})
        and bool(names & {"from", "sender"})
        and not any(
            header.name not in BARE_DATE_NAMES
            and role_of_field(header.name, kind) in ("initiated", "published")
            and first_date_in(header.value) is not None
            for header in fields
        )
    )
    # a record's field naming its meeting with a date ("Meeting: JWG meeting 7, Monaco, 16-17 February 2027")
    meeting_named = any(
        header.name not in BARE_DATE_NAMES
        and role_of_field(header.name, kind) == "meeting"
        and first_date_in(header.value) is not None
        for header in fields
    )
    for header in fields:
        if header.start in ballot or (
            table_item(header) and role_of_field(header.name, kind) not in ROW_ROLES
        ):
            continue
        role = role_of_field(header.name, kind) or titled_meeting(header, kind)
        if role == "meeting" and header.name in BARE_DATE_NAMES and (meeting_named or mail):
            # minutes' "Date:" beside a "Meeting:" field dating the meeting: the day of the record's issue; a
            # mail's "Date:" the day the minutes were sent (the meeting's is in its subject or title)
            role = "published"
        if role == "initiated" and header.name in BARE_DATE_NAMES and (named_initiation or mail):
            # a register's "Date:" beside its "Initiated:" field: the day of this issue; a mail's "Date:"
            # (beside its "Subject:" and "From:") the day the mail was sent, no start of the alliance
            role = "published"
        if (
            role == "published"
            and VERSION_FIELD.match(header.name)
            and (dated or EARLIER.search(header.value))
        ):
            continue  # "Version: 2 (draft of 3 February 2026)" under "Date: 12 March 2026": the draft's day
        into = defaulted if header.name in BARE_DATE_NAMES else found
        # "A on 2025-01-21; B on 2025-02-04", "Signed: 3 May 2024 (HMC); 9 May 2024 (OBC)": one date a party
        if role in ("approved", "signed") and len(all_dates_in(header.value)) > 1:
            for value, start, end in all_dates_in(header.value):
                into.append(DatedFact(role, value, ((header.start + start, header.start + end),)))
            continue
        days = day_range_in(header.value, iso=True) if role else None
        date = (days or first_date_in(header.value)) if role else None
        if role == "meeting" and date is None:
            date = datetime_day(header.value)  # "When: 2027-03-04T15:00Z": the meeting's day
        if role in YEARLESS_ROLES and date is None:
            days, date = yearless_field(header.value, year)
        if date is not None and REPLACED.search(header.value, 0, date[1]):
            continue  # "Revision: 2 (replaces revision 1 of Sept. 2022)": the replaced version's date
        if role and date:
            value, start, end = date
            into.append(DatedFact(role, value, ((header.start + start, header.start + end),)))
        if role == "approved" and days:
            # "Approval: TGWG#34 (Bergen, 20-23 April 2026)": approved at a meeting of those days
            into.append(DatedFact("meeting", days[0], ((header.start + days[1], header.start + days[2]),)))
    return found + defaulted


# In a version field's value, before its date: a version other than this one ("Revision: C (previous revision
# 3 February 2026)", "Version 1.1, based on the draft of ...")
EARLIER = re.compile(r"\b(?:previous|earlier|prior|former|based\s+on|replac\w*|supersed\w*)\b", re.IGNORECASE)


def dated_otherwise(fields: list[HeaderField], kind: str) -> bool:
    """Whether a header field other than the version dates the document's issue ("Date: 12 March 2026" in a
    statement): the document's own date, before a version's (which may name the draft it was made from)."""
    return any(
        role_of_field(header.name, kind) == "published"
        and not VERSION_FIELD.match(header.name)
        and first_date_in(header.value) is not None
        for header in fields
    )


def sentence_of(text: str, start: int) -> str:
    """From `start` to the end of its sentence (or line), at most SENTENCE_REACH characters: a text
    without full stops or line ends (one long line) must not cost the rest of the text per cue. A
    line wrapped at a margin inside a sentence goes on on the next line."""
    end = min(len(text), start + SENTENCE_REACH)
    stop = text.find(". ", start, end)
    stop = end if stop < 0 else stop
    line_end = text.find("\n", start, stop)
    while line_end >= 0 and wraps_at(text, line_end):
        line_end = text.find("\n", line_end + 1, stop)
    return text[start : stop if line_end < 0 else line_end]


WRAP_WIDTH = 60
WRAP_INDENT = 8  # how far in the next line of a wrapped sentence may start


def wraps_at(text: str, line_end: int) -> bool:
    """Whether the line ending at `line_end` is wrapped: long, ending inside a sentence, and
    followed by a line of text (not a blank line or a list item)."""
    line_start = text.rfind("\n", max(0, line_end - 400), line_end) + 1
    line = text[line_start:line_end].rstrip()
    # (the next line's first marks, past its indent: an RFC's text is indented three columns)
    following = text[line_end + 1 : line_end + 1 + WRAP_INDENT].lstrip(" \t")[:2]
    return (
        len(line) >= WRAP_WIDTH
        and (line[-1:].isalnum() or line[-1:] in ",;")
        and following.strip() != ""
        and following.lstrip()[:1] not in ("-", "*", "\u2022")
    )


# Before a signing cue: a signing the document recalls ("first signed ... on 9 March 2016"), not its own
RECALLED = re.compile(r"\b(?:first|originally|initially|previously|earlier|once)\s+$", re.IGNORECASE)
# Between "approved" and its date: the occasion it was approved at ("Approved on the call of 10 December")
APPROVED_AT = re.compile(
    r"\b(?:on|dated)(?:\s+the\s+(?:call|meeting|plenary|teleconference|conference\s+call)\s+of)?\s*$|,\s*$"
    # "Approved by the HMC Board (3 May 2024) and the OBC Steering Committee (9 May 2024)": each body's day
    r"|[A-Za-z]\s?\(\s*$"
    # "approved by the Board at its meeting of 14 May 2026"
    r"|\b(?:meeting|call|plenary|session|teleconference)\s+(?:held\s+)?(?:\w+\s+)?(?:of|on)\s*$"
)


# The sections whose rows are work items or versions, not the terms of the document
ITEM_SECTIONS = frozenset({"milestones", "history", "addendum"})
TERM_NAME_WORDS = 3
ITEM_NUMBER = re.compile(r"^\s*[A-Z]?\d{1,3}(?:\.\d{1,2})?\.?\s*$")


def key_term_rows(ctx: Context, kind: str) -> list[DatedFact]:
    """The dates of a key-terms table ("No. | Item | Term", a term sheet's), a row naming an item whose name
    gives a role ("Commencement", "Effective date") in one cell and opening the next with the date ("1 April
    2026."); a term that is prose ("It may be signed in counterparts ...") dates nothing."""
    found: list[DatedFact] = []
    for section in ctx.layout.sections:
        if section.kind in ITEM_SECTIONS:
            continue
        plan = False  # under a plan table's header ("Deliverable | Date"): each row a deliverable's day
        for block in section.blocks:
            if block.kind != "row" or not block.cells:
                plan = False
                continue
            if PLAN_HEAD.match(block.cells[0].text) and first_date_in(block.text) is None:
                plan = True
            elif not plan and 2 <= len(block.cells) <= 4:
                found += key_term(block, kind)
    return found


def key_term(block, kind: str) -> list[DatedFact]:
    """The date of one key-terms row (key_term_rows): the last two cells, a name and a value opening with a
    date."""
    if len(block.cells) > 2 and not ITEM_NUMBER.match(block.cells[0].text):
        return []  # "ODVA | Technical Review Board | 2026-03-12": a body's approval, no term of the document
    name_cell, value_cell = block.cells[-2], block.cells[-1]
    name = " ".join(name_cell.text.lower().split())
    role = role_of_field(name, kind) if 0 < len(name.split()) <= TERM_NAME_WORDS else None
    date = first_date_in(value_cell.text) if role else None
    if role is None or date is None or value_cell.text[: date[1]].strip():
        return []
    offset = value_cell.start
    return [DatedFact(role, date[0], ((offset + date[1], offset + date[2]),))]


def dates_from_sentences(text: str, kind: str = "") -> list[DatedFact]:
    """Dates that a sentence gives a role: the cue, then a date right after it; after "approved"
    every date of the sentence that follows "on" ("approved by A on X and by B on Y", "approved on
    the call of X"). A memorandum's recalled first signing is another document's."""
    found = []
    view = LoweredText(text)  # each cue tried only where its words open (kg.model.prefilter)
    for role, cue in SENTENCE_ROLES:
        for match in finditer(cue, view):
            if role == "signed" and kind == "MemorandumOfUnderstanding" and recalls(text, match.start()):
                continue
            if role in ("signed", "effective") and of_replaced(text, match.start()):
                continue
            if role == "initiated" and founding_apposition(text, match.start()):
                continue
            if cue is MONTH_OCCASION and kind == "MeetingRecord":
                break  # minutes recall other meetings by their month; their own is in their opening
            minutes = kind == "MeetingRecord"
            if role in ("approved", "published") and minutes and of_agenda(text, match.start()):
                continue  # "The agenda was approved as circulated on 2 April": the agenda's day, no record's
            rest = sentence_of(text, match.end())
            if role == "approved" or cue is SIGNED_EACH:
                for value, start, end in all_dates_in(own_clause(rest)):
                    if APPROVED_AT.search(rest[:start]):
                        found.append(DatedFact(role, value, ((match.end() + start, match.end() + end),)))
                continue
            date = first_date_in(rest[:60])
            if role == "published" and date is not None and not day_precise_cue(match.group(), date[0]):
                continue  # "report published - 2Q2019": a work item's status and target, no issue date
            if date is not None and deliverable_row(text, match.start(), match.group() + rest[: date[1]]):
                continue
            if role == "published" and met_item(text, match.start()):
                continue
            if role == "published" and date is not None and list_step(text, match.start(), rest[: date[1]]):
                continue
            minutes = kind == "MeetingRecord"
            if role == "meeting" and meeting_to_come(text, match.start(), match.group() if minutes else ""):
                continue
            if role == "meeting" and kind == "MeetingRecord" and approves_minutes(text, match.start()):
                continue  # "The minutes of the call of 30 September were approved": an earlier call
            if date is not None and date[1] <= CUE_REACH:
                value, start, end = date
                found.append(DatedFact(role, value, ((match.end() + start, match.end() + end),)))
    return found


CELL_REACH = 100
CELL_BREAKS = ("|", "\t", "\n")


def deliverable_row(text: str, cue_start: int, before_date: str) -> bool:
    """Whether a cue and its date stand in two cells of a table's row, the cue's cell naming something
    before it ("Glossary published | 1 June 2027", a plan's deliverable and its day): the deliverable's date,
    not the document's; a metadata table's "Published | 3 March 2026" names nothing before its cue."""
    if "|" not in before_date and "\t" not in before_date:
        return False
    window = max(0, cue_start - CELL_REACH)
    cell_start = max(text.rfind(mark, window, cue_start) for mark in CELL_BREAKS)
    return cell_start >= 0 and any(character.isalnum() for character in text[cell_start + 1 : cue_start])


# Words of a sentence that put its meeting ahead ("plans to issue the text at its 112th meeting in July",
# "so that the answers can be discussed at the WG 3 meeting in November", "will be held in ..."): a meeting to
# come, not the one the document comes from; looked for between the sentence's start and the cue (bounded)
FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|plans?|planned|planning|intends?|expects?|expected|upcoming|forthcoming|would"
    r"|so\s+that|in\s+order\s+to)\b",
    re.IGNORECASE,
)
CLAUSE_REACH = 160
SENTENCE_START = re.compile(r".*(?:[.;!?](?:\s|$)|\n[ \t]*\n)", re.DOTALL)


# A meeting named as the one after this ("The next teleconference will be held in June 2027", "the following
# call is on ..."): one to come, whatever the tense
NEXT_MEETING = re.compile(
    r"\b(?:next|following|subsequent)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|teleconference|telecon|plenary"
    r"|session|workshop|conference)\b",
    re.IGNORECASE,
)


def meeting_to_come(text: str, cue_start: int, cue: str = "") -> bool:
    """Whether the sentence of a meeting's cue puts that meeting ahead (FUTURE_CLAUSE before the cue); in
    minutes also the future in the cue itself ("will be held in ...") or NEXT_MEETING before it: a record's
    meeting is its own, the next one is none (a page's or a statement's next workshop is the meeting it
    names: pass no `cue` for those)."""
    window = text[max(0, cue_start - CLAUSE_REACH) : cue_start]
    before = SENTENCE_START.match(window)
    clause = window[before.end() :] if before is not None else window
    if not cue:
        return FUTURE_CLAUSE.search(clause) is not None
    return FUTURE_CLAUSE.search(f"{clause}{cue}") is not None or NEXT_MEETING.search(clause) is not None


# A sentence that approves minutes ("The minutes of the call of 30 September 2027 were approved", "the
# minutes of 12 May are approved"): the meeting it names is an earlier one, whose record it approves
MINUTES_APPROVED = re.compile(
    r"\bminutes\b.{0,80}?\b(?:were|was|are|is|stand|been)\s+(?:\w+\s+){0,2}?(?:approved|accepted|adopted)\b"
    # (the verb first: "Motion: To approve the minutes of the call of X", "The group adopted the minutes of
    # ...", "Approval of the previous minutes")
    r"|\b(?:approv(?:e|es|ed|ing|al)|adopt(?:s|ed|ing|ion)?|accept(?:s|ed|ing|ance)?)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:draft\s+|previous\s+|last\s+)?minutes\b",
    re.IGNORECASE | re.DOTALL,
)


def approves_minutes(text: str, cue_start: int) -> bool:
    """Whether a meeting's cue stands in a sentence approving minutes (MINUTES_APPROVED), not these."""
    low = max(0, cue_start - CLAUSE_REACH)
    before = SENTENCE_START.match(text, low, cue_start)
    start = before.end() if before is not None else low
    after = SENTENCE_END.search(text, cue_start, cue_start + CLAUSE_REACH)
    sentence = text[start : after.end() if after is not None else cue_start + CLAUSE_REACH]
    return MINUTES_APPROVED.search(sentence) is not None and THIS_RECORD.search(sentence) is None


SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


# Minutes' sentence whose subject is the meeting's agenda, before the cue ("The draft agenda was approved as
# circulated on 2 April 2027", "The agenda (BT N 9840) was adopted on ...", "Agenda circulated on 28 March")
AGENDA_SUBJECT = re.compile(
    r"^\W{0,3}(?:the\s+)?(?:(?:draft|revised|final|provisional|annotated)\s+)?agenda\b[^.;:]{0,80}$",
    re.IGNORECASE,
)


def of_agenda(text: str, cue_start: int) -> bool:
    """Whether a cue ("approved", "circulated") stands in minutes' sentence about their agenda
    (AGENDA_SUBJECT): the agenda's day, no approval or issue of the record."""
    while text[cue_start : cue_start + 1].isspace():
        cue_start += 1  # (a cue read at a line's start holds the line break before it)
    low = max(0, cue_start - CLAUSE_REACH)
    before = SENTENCE_START.match(text, low, cue_start)
    start = before.end() if before is not None else low
    subject = text[start:cue_start].strip()
    if subject and SUBJECTLESS.match(subject) is None:
        return AGENDA_SUBJECT.match(subject) is not None
    return under_agenda_heading(text, start)


# A sentence that opens with its verb, its subject left out ("Adopted as circulated on ...", "Approved
# without change"): what it speaks of is named by the heading above it
SUBJECTLESS = re.compile(r"^[A-Z][a-z]+ed\b")


HEADING_REACH = 400  # how far above a sentence its heading is looked for
HEADING_LINE = 80  # the longest line read as a heading there


def line_start(text: str, fact: DatedFact) -> int:
    """Where the line of a fact's first span starts."""
    return text.rfind("\n", 0, fact.spans[0][0]) + 1 if fact.spans else 0


def under_agenda_heading(text: str, start: int) -> bool:
    """Whether a sentence without its subject ("Approved without change.", "Circulated: 2 April 2027")
    stands under the heading of minutes' agenda item (AGENDA_ADOPTED): the agenda is its subject, named
    there. The lines above are walked up to the first that reads as a heading (short, no sentence's end);
    a blank line crossed with no heading above it ends the walk."""
    above = text[max(0, start - HEADING_REACH) : start].split("\n")[:-1]  # (the sentence's own line: none)
    crossed = False
    for line in reversed(above):
        stripped = line.strip()
        if not stripped:
            crossed = True
            continue
        if len(stripped) <= HEADING_LINE and not re.search(r"[.;,]$", stripped):
            return AGENDA_ADOPTED.match(stripped) is not None
        if crossed:
            return False
    return False


# A list line's item, a dash, then the cue ("Joint glossary - published 9 Apr 2027", "X \u2013 released
# 2027-03-01"): the day a work item was met, not the document's; the line's start is looked for within a
# bounded reach back from the cue
# (the line's last few characters alone are matched: a dash between blanks right before the cue, a word
# before it; no run over the line is tried from every place in it)
MET_ITEM = re.compile(r"\w[ \t]{1,3}[-\u2013\u2014][ \t]{1,3}$")
MET_ITEM_TAIL = 8
ITEM_WORDS = 3  # words of an item before the dash ("Draft 0.4 - circulated ...": a draft's label, no item)
ITEM_REACH = 240


LIST_MARK = re.compile(r"^[ \t]{0,8}(?:[-*+\u2022\u25cf\u25aa\u2013]|\d{1,3}[.)]|\[[^\]\n]{1,12}\])[ \t]")


def met_item(text: str, cue_start: int) -> bool:
    """Whether a cue closes a list line's item after a dash (MET_ITEM): the item's date, no issue date. The
    line opens with a list's mark, or the cue is written in lower case (a page's "Title \u2013 Published 3
    May 2026" dates the page)."""
    line_start = text.rfind("\n", max(0, cue_start - ITEM_REACH), cue_start) + 1
    head = text[line_start:cue_start]
    listed = LIST_MARK.match(head) is not None or text[cue_start : cue_start + 1].islower()
    worded = sum(1 for word in head.split() if any(c.isalpha() for c in word)) >= ITEM_WORDS
    return listed and worded and MET_ITEM.search(head[-MET_ITEM_TAIL:]) is not None


# The verbs of putting a text out that a plan's step ends with ("Initial analysis circulated on ..."); a
# page's own edit, update or export ("last edited on", "copy exported") is the page's
STEP_CUE = re.compile(r"(?:published|announced|posted|issued|released|circulated)\b", re.IGNORECASE)
# words by which a list line speaks of the document itself, or tells its state ("This page was last edited")
SELF_NAMED = re.compile(r"\b(?:this|page|document|pad|copy|site|wiki|was|is)\b", re.IGNORECASE)
# What may stand between a cue of issue and its date in a page's metadata ("Published: ", "updated on ")
CUE_TO_DATE = re.compile(r"^[ \t]*+(?:on|:|-|\u2013)?[ \t]*+$", re.IGNORECASE)


def list_step(text: str, cue_start: int, between: str) -> bool:
    """Whether a cue of issue stands in a list line as a step's ("1. Initial analysis circulated on 31st
    August 2026", "2) Updated draft circulated by 6 November 2026"): the line opens with a list's mark and
    words of the step stand before the cue, or words other than "on" or a colon between the cue and its date.
    A metadata list's "- Published: 3 March 2026" or "- Last updated 2 May 2026" dates the page."""
    line_start = text.rfind("\n", max(0, cue_start - ITEM_REACH), cue_start) + 1
    head = text[line_start:cue_start]
    mark = LIST_MARK.match(head)
    if mark is None:
        return False
    before = head[mark.end() :]
    if SELF_NAMED.search(before):
        return False  # ("- This page was last edited on ...", "* Minutes doc: this pad (copy exported ...)")
    stepped = STEP_CUE.match(text, cue_start) is not None and any(c.isalpha() for c in before)
    return stepped or CUE_TO_DATE.match(between) is None


# "DGIWG, established in 1983, is ...": a body's own founding, set after its name between commas, no start
# of the alliance ("the liaison, established in 2015," is one: its words are no name)
FOUNDED_BODY = re.compile(
    r"(?<![\w.])[A-Z][\w&.'-]*+(?:[ \t]++(?:of[ \t]++|the[ \t]++)?[A-Z][\w&.'-]*+){0,6}[ \t]*+,[ \t]*+$"
)
FOUNDED_CUE = re.compile(r"(?:established|formed)\b", re.IGNORECASE)
APPOSITION_REACH = 120


def founding_apposition(text: str, cue_start: int) -> bool:
    """Whether an "established in" cue follows a body's name and a comma (its founding, not the
    alliance's)."""
    if FOUNDED_CUE.match(text, cue_start) is None:
        return False
    line_start = max(text.rfind("\n", max(0, cue_start - APPOSITION_REACH), cue_start) + 1, 0)
    before = text[max(line_start, cue_start - APPOSITION_REACH) : cue_start]
    return FOUNDED_BODY.search(before) is not None


def own_clause(rest: str) -> str:
    """What follows an approval's or a signer's cue up to the sentence's next verb ("The earlier letter,
    signed by A as Chair, was sent on 3 January and answered on 1 February": the days it was sent and
    answered are no days of signing; "signed by A on X and by B on Y" has none)."""
    verb = AUXILIARY.search(rest)
    return rest if verb is None else rest[: verb.start()]


def recalls(text: str, cue_start: int) -> bool:
    """Whether the words before a signing cue recall an earlier signing ("first signed", "originally
    executed"), up to the sentence's subject ("Ecma and OASIS first signed ...")."""
    return RECALLED.search(text, max(0, cue_start - 20), cue_start) is not None


# Between a verb replacing an agreement and a signing cue: the sentence's own verb ("replaces the 2019 MoU and
# is signed on ...": this agreement's signing)
AUXILIARY = re.compile(r"\b(?:is|was|are|were|has|have|had|will|shall|be|been)\b", re.IGNORECASE)
REPLACED_REACH = 200


def of_replaced(text: str, cue_start: int) -> bool:
    """Whether a signing cue follows, in its sentence, a verb by which the document replaces an earlier
    agreement, with no verb of its own between ("replaces the MoU between A and C signed in 2019"): the
    replaced agreement's signing, not this one's."""
    window = max(0, cue_start - REPLACED_REACH)
    stop = text.rfind(". ", window, cue_start)
    sentence_start = window if stop < 0 else stop + 2
    verb = None
    for verb in REPLACED.finditer(text, sentence_start, cue_start):  # noqa: B007 (the loop keeps the last)
        pass
    return verb is not None and AUXILIARY.search(text, verb.end(), cue_start) is None


def day_precise_cue(cue: str, value: str) -> bool:
    """ "published on" or "updated:" may give a month or a year; a bare "published" only a day."""
    return len(value) == 10 or re.search(r"\bon\s*$|:\s*$|updated|modified", cue, re.IGNORECASE) is not None


def span_months(text: str, span: DatedFact) -> set[str]:
    """The months a span of days covers ("2027-02" and "2027-03" for "28 February - 9 March 2027"), by the
    months its text names, in the year of its first day."""
    (start, end), year = span.spans[0], span.value[:4]
    named = {month_number(m.group().rstrip(".")) for m in MONTH_WORDS.finditer(text, start, end)}
    return {span.value, *(f"{year}-{m:02d}" for m in named)}


MONTH_WORDS = re.compile(rf"\b{MONTH}", re.IGNORECASE)


def dates_from_opening(text: str) -> list[DatedFact]:
    """A span of days in a document's first lines is the meeting it was written at or for."""
    head = opening(text, OPENING_LINES)
    ranged = day_range_in(head, iso=True)
    return [DatedFact("meeting", ranged[0], ((ranged[1], ranged[2]),))] if ranged else []


# In a document's first lines: a date alone on its line (a statement's issue date under its number),
# a revision line ("Revision 3 -- 9 January 2025"), or a mail archive's date line ("Tue Sep 16
# 09:41:07 PDT 2025"): the day the document was issued.
REVISION_LINE = re.compile(
    r"^\W*(?:revision|rev\.?|version|issue|edition|draft|v(?=\d))\s*[\w.]{0,8}\s*(?:--|[-\u2013\u2014,:|\u00b7\u2022]|of|dated)?\s*(?=\S)",
    re.IGNORECASE,
)
MAIL_DATE = re.compile(
    r"^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?(?P<y>(?:19|20)\d{2})\s*$"
)
ISSUE_LINES = 12
HEAD_REACH = 120  # a head's lines (a long list of authors at the right) are read up to here, not beyond
# The right column of a head's line, after a column gap: its last cell
# (a date alone, opening with its day, month or year: an ITU head's "Geneva, 12 December 2023" is the place
# and day of the meeting that agreed the text)
HEAD_RIGHT_CELL = re.compile(
    r"\S[ \t]{3,}+(?P<cell>(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:[^\t\n]*\S)?)[ \t]*$"
)
RIGHT_COLUMN = 40  # the indent of a line set at the right of a plain-text memo's header


# A revision or version that ends a title line, with its date ("X Work Register, Version 1.2 - 2026-10-19",
# "X Plan (Rev. B, Oct 2026)"): only on the document's first lines, where the title stands
REVISION_IN_TITLE = re.compile(
    # (the word right after its separator, the blanks possessive: a run of blanks is passed over once)
    r"(?:(?<=[,;(])|(?<=\s))(?:revision|rev\.?|version|edition|v(?=\d))\s*+[\w.]{0,8}\s*+"
    r"(?:--|[-\u2013\u2014,:|\u00b7\u2022]|of|dated)?\s*+(?=\S)",
    re.IGNORECASE,
)
TITLE_LINES = 3


# A revision history's heading ("0. Revision History", "Document history", "Change log"): the rows under it
# date each revision ("0.0 Initial Revision - 9/4/2012": the first one), none of them the document's issue
HISTORY_HEADING = re.compile(
    r"^\W*(?:[\d.]{1,6}\s+)?(?:(?:revision|version|change|document|edit|release)\s+(?:history|log|record)"
    r"|change\s*log|history\s+of\s+(?:changes|revisions))\W*$",
    re.IGNORECASE,
)

# A heading over a page's list of dated steps ("Key dates", "## Timeline of the joint work", "IMPORTANT
# DATES")
DATES_HEADING = re.compile(
    r"^[#=*\s]*(?:\d{1,2}\.?\s+)?(?:(?:key|important)\s+dates|timeline|timetable|schedule|milestones)\b"
    r"(?:\s+of\b[^.:]*)?[\s:*#=]*$",
    re.IGNORECASE,
)


def issue_date(text: str, kind: str) -> list[DatedFact]:
    """The day a statement, page, register or post was issued, from its first lines. A revision's or
    version's date may be a month ("Rev. B (Oct 2026)", "Edition 3, September 2026"); a date alone on
    its line is a full one. None from the rows of a revision history (HISTORY_HEADING)."""
    lines = text.split("\n", HEAD_REACH)[:HEAD_REACH]
    first = head_start(lines)  # (a saved page's link bars and breadcrumb above the head: skipped)
    position, written = sum(len(line) + 1 for line in lines[:first]), 0
    headed: bool | None = None  # whether the first line is a head's (two columns): its lines may run long
    for number, line in enumerate(lines[first:]):
        start, position = position, position + len(line) + 1
        headed = headed if headed is not None or not line.strip() else head_line(line)  # (a head opens it)
        if number >= ISSUE_LINES and line.strip() and not head_line(line, two_columns=bool(headed)):
            break  # (past the first lines, only a head's lines go on: authors at the right, then the date)
        written += 1 if line.strip() else 0
        if HISTORY_HEADING.match(line) or (len(line) <= 60 and DATES_HEADING.match(line)):
            return []  # (a page's "Key dates" list: a date over each step, none the page's)
        mail = MAIL_DATE.match(line)
        if mail is not None:
            value = iso_value(f"{mail.group('d')} {mail.group('m')} {mail.group('y')}")
            if value is not None:
                return [DatedFact("published", value, ((start + mail.start(), start + mail.end()),))]
        revision = REVISION_LINE.match(line)
        if revision is None and written <= TITLE_LINES and not re.search(r"[|\t]", line):
            # (a table row's "version 1.2 (March 2025)" dates the document it names, a base register)
            revision = last_match(REVISION_IN_TITLE, line)
        rest = line[revision.end() :] if revision else line.strip()
        bare = rest.strip(" .;()") if revision else rest.strip(" .;")  # "Revision 4 (2026-01-12)"
        value = iso_value(bare)
        if value is None and revision is not None:
            bare = remarked_date(rest) or bare  # AsciiDoc's "v2.0, 2026-06-08: Second edition"
            value = iso_value(bare)
        alone = revision is None and kind in ("LiaisonStatement", "AlliancePage")
        # a month alone at the right of a memo's header, under its authors (an RFC's "September 2012")
        right = alone and len(line) - len(line.lstrip(" ")) >= RIGHT_COLUMN
        cell = HEAD_RIGHT_CELL.search(line) if alone and value is None else None
        # (one gap on the line, no bar: a table's row has more cells, its last one a deliverable's date)
        two_runs = len(re.findall(r"\S[ \t]{3,}(?=\S)", line)) == 1 and "|" not in line
        cell = cell if cell is not None and cell.start("cell") >= RIGHT_COLUMN and two_runs else None
        if cell is not None:
            # a head set in two columns: the date in the right one, whatever the left one holds on its line
            # ("Expires: September 3, 2026            March 2, 2026", "Category: Informational    May 2026")
            bare = cell.group("cell")
            value, right = iso_value(bare), True
        month = (revision is not None or right) and value is not None and len(value) == 7
        precise = value is not None and (len(value) == 10 or month)
        if value is not None and precise and (revision is not None or alone):
            offset = start + line.index(
                bare[:4], revision.end() if revision else cell.start("cell") if cell else 0
            )
            return [DatedFact("published", value, ((offset, offset + len(bare)),))]
    return []


# A document's reference in a record's head: a code of three parts or more parted by slashes, with a digit
# and a capital ("IEC TC 100/AGS/412/INV", "DSTI/DPC/AIGO/M(2026)1/FINAL"), ending the first or last cell
# of its line (a cell of four words at most)
REFERENCE_CODE = re.compile(r"(?=\S{0,80}\d)(?=\S{0,80}[A-Z])[\w().-]{1,20}(?:/[\w().-]{1,20}){2,6}")


def is_reference_line(line: str) -> bool:
    """Whether a head's line is a document's reference (REFERENCE_CODE), maybe beside one other cell."""
    cells = re.split(r"[ \t]{3,}", line.strip())
    if len(cells) > 2:
        return False
    return any(
        len(words) <= 4 and REFERENCE_CODE.fullmatch(words[-1]) is not None
        for words in (cell.split() for cell in (cells[0], cells[-1]))
        if words
    )


REFERENCE_REACH = 3  # lines from a record's reference to its date of issue, at most (blank ones not counted)


def referenced_issue_date(text: str) -> list[DatedFact]:
    """A meeting record's day of issue: a full date alone on its line (maybe set at the right) within
    REFERENCE_REACH lines under the document's reference at its head (is_reference_line), before its title;
    none for a date under any other first line (the title's: the meeting's day)."""
    lines = text.split("\n", ISSUE_LINES)[:ISSUE_LINES]
    position, since = 0, None
    for line in lines:
        start, position = position, position + len(line) + 1
        if not line.strip():
            continue
        if since is None:
            if not is_reference_line(line):
                return []  # (the first line is no reference: a title, a letterhead)
            since = 0
            continue
        since += 1
        value = iso_value(line.strip())
        if value is not None and len(value) == DAY_PRECISE:
            offset = start + line.index(line.strip())
            return [DatedFact("published", value, ((offset, offset + len(line.strip())),))]
        if since >= REFERENCE_REACH:
            break
    return []


# A committee's document number in a record's head, its "N" and number ("BT N 9842", "ISO/TC 211 N 4085",
# "JTC 1/SC 34 N 0265 rev. 1", as CEN, CENELEC, ISO and IEC number their committee documents)
N_NUMBER = re.compile(
    r"^[ \t]*(?:[A-Z][\w/ .-]{0,30}[ \t])?N[ \t]?\d{2,5}(?:[ \t]*(?:rev\.?|r)[ \t]*\d{1,2})?[ \t]*$"
)


def numbered_issue_date(text: str) -> list[DatedFact]:
    """A meeting record's day of issue: a full date alone on its line within REFERENCE_REACH lines under
    a committee's document number in its first lines (N_NUMBER: "BT N 9842" over "2027-05-06", a CEN/BT
    summary report's head under its meeting's "Date:" line)."""
    lines = text.split("\n", ISSUE_LINES)[:ISSUE_LINES]
    position, since = 0, None
    for line in lines:
        start, position = position, position + len(line) + 1
        if not line.strip():
            continue
        if since is None:
            since = 0 if N_NUMBER.match(line) else None
            continue
        since += 1
        value = iso_value(line.strip())
        if value is not None and len(value) == DAY_PRECISE:
            offset = start + line.index(line.strip())
            return [DatedFact("published", value, ((offset, offset + len(line.strip())),))]
        if since >= REFERENCE_REACH:
            since = None
    return []


# A saved page's clutter above its text: a bar of bracketed links ("[Docs] [txt|pdf] [Tracker] [IPR]", or
# Markdown links "[Docs](...) [txt](...)"), a skip link ("Skip to main content"), a breadcrumb ("Home >
# Documents > RFC 9999", "Home \u203a RFCs \u203a RFC 9999"): lines of the site, none of the document's head
PAGE_CLUTTER = re.compile(
    r"^[ \t]*+(?:(?:\[[^\]\n]{1,40}\](?:\([^()\s]{0,200}\))?[ \t|]*+){2,}"
    r"|skip[ \t]+to[ \t]+(?:the[ \t]+)?(?:main[ \t]+)?(?:content|navigation|text)\b[^\n]{0,20}"
    r"|[^>\u203a\u00bb\n]{1,40}(?:[ \t]+[>\u203a\u00bb][ \t]+[^>\u203a\u00bb\n]{1,40}){1,6})[ \t]*+$",
    re.IGNORECASE,
)
# A web archive's banner over the page it saved ("Archived View for ... captured on 2022-01-08", "Next capture
# (2023-01-30)", "The Wayback Machine - ...", "8 captures"): its dates are the archive's, none the document's
ARCHIVE_BANNER = re.compile(
    r"\b(?:captured\s+on|(?:next|previous|prev|first|last)\s+capture|archived\s+view|wayback\s+machine"
    r"|\d{1,6}\s+captures)\b",
    re.IGNORECASE,
)
CLUTTER_REACH = 30  # the lines a saved page's clutter fills above its text
LONE_LINES = 4  # a tracker's lines between its clutter and the head ("INFORMATIONAL", "Updated by: 9998")
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def is_clutter(line: str) -> bool:
    """A saved page's line above its text: a link bar or breadcrumb (PAGE_CLUTTER), or a web archive's
    banner (ARCHIVE_BANNER)."""
    return PAGE_CLUTTER.match(line) is not None or ARCHIVE_BANNER.search(line) is not None


def head_start(lines: list[str]) -> int:
    """Where a document's head starts: 0, or, under a saved page's clutter (PAGE_CLUTTER among the first
    CLUTTER_REACH lines), the first line of a two-column head after the last clutter line (a few lone lines
    without a year between them), else the first line after it that holds anything."""
    last = max((n for n, line in enumerate(lines[:CLUTTER_REACH]) if is_clutter(line)), default=-1)
    if last < 0 or any(YEAR_WRITTEN.search(line) and not is_clutter(line) for line in lines[:last]):
        return 0  # (a line of the document's own, dated, above a line that looks like a breadcrumb: no page)
    after = [n for n in range(last + 1, len(lines)) if lines[n].strip()]
    for count, n in enumerate(after[: LONE_LINES + 1]):
        if head_line(lines[n]):
            return n
        if YEAR_WRITTEN.search(lines[n]) or count == LONE_LINES:
            break
    return after[0] if after else 0


# A head's line in two columns: its left cell from the margin, a gap, its right cell set at the right
TWO_COLUMN_LINE = re.compile(r"^[ \t]{0,3}\S(?:[^\t|]*?\S)?[ \t]{3,}+(?P<right>\S[^\t|]*)$")


def head_line(line: str, two_columns: bool = True) -> bool:
    """Whether a line may be a two-column head's (an RFC's or an Internet-Draft's): set at the right (an
    author, an organization, the date), or (`two_columns`: in a document that opens with such a head) a left
    cell and a right cell starting at RIGHT_COLUMN or beyond ("Obsoletes: 4053          Harbour Labs")."""
    if len(line) - len(line.lstrip(" ")) >= RIGHT_COLUMN:
        return True
    if not two_columns:
        return False
    two = TWO_COLUMN_LINE.match(line)
    return two is not None and two.start("right") >= RIGHT_COLUMN


# After a revision's number: its date, then a colon or a dash before a remark on the revision
REMARK_AFTER = re.compile(r"^\s*(?::|[-\u2013\u2014]\s)")


def remarked_date(rest: str) -> str | None:
    """The date that opens what follows a revision's number when a remark follows it ("2026-06-08: Second
    edition after the joint review", AsciiDoc's revision line); None otherwise."""
    date = first_date_in(rest[:40])
    if date is None or rest[: date[1]].strip() or REMARK_AFTER.match(rest[date[2] :]) is None:
        return None
    return rest[date[1] : date[2]]


def last_match(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """The last match of `pattern` on a line (the version nearest its end, where the date follows)."""
    found = None
    for found in pattern.finditer(line):  # noqa: B007 (the loop keeps the last)
        pass
    return found


# A change history ("Version | Date | Change", "Rev. | Issued | Description"): its latest row dates the
# document's issue
VERSION_COLUMN = re.compile(
    r"^(?:version|revision|rev\.?|edition|issue|v\.?)(?:\s+(?:no\.?|number|#))?$", re.IGNORECASE
)
DATE_COLUMN = re.compile(
    r"^(?:date(?:\s+of\s+(?:change|issue|revision|release|publication))?|issued|published|released|modified"
    r"|(?:issue|release|publication|revision|change)\s+date)$",
    re.I,
)


def change_history_date(ctx: Context) -> list[DatedFact]:
    """The latest date of a change history table's date column (a history may be written newest row first
    or last), as the day the document was issued; none without such a table."""
    latest: DatedFact | None = None
    for section in ctx.layout.sections:
        column: int | None = None
        for block in section.blocks:
            if block.kind != "row":
                column = None
                continue
            cells = [c.text.strip() for c in block.cells]
            if column is None:
                if any(VERSION_COLUMN.match(c) for c in cells):
                    column = next((i for i, c in enumerate(cells) if DATE_COLUMN.match(c)), None)
                continue
            if column >= len(cells):
                continue
            value = iso_value(cells[column])
            if value is not None and len(value) >= 7 and (latest is None or value > latest.value):
                cell = block.cells[column]
                latest = DatedFact("published", value, ((cell.start, cell.end),))
    return [latest] if latest is not None else []


# A press release's dateline, opening a line of its first paragraphs: the place (a city in capitals or
# not, its region or country after a comma or in brackets, places joined by "and"), a comma or a dash, the
# day, a wire's name between slashes maybe, then a dash or a colon before the text's first sentence
# ("GENEVA, 3 March 2025 --", "Brussels, Belgium - March 3, 2025:", "X, Norway and Y, Poland, March 3, 2025
# /Wire/ --", "Boston, MA, USA; 25 February 2002 --": a semicolon before the day, as a comma)
# (a place's words and the blanks between them are apart: no run is read twice)
PLACE_WORD = r"[A-Z][\w.'\u2019-]*+"
PLACE = (
    rf"{PLACE_WORD}(?:[ \t]++(?:and[ \t]++)?{PLACE_WORD}|,[ \t]*+{PLACE_WORD}"
    rf"|[ \t]*+\({PLACE_WORD}(?:[ \t]{PLACE_WORD}){{0,2}}\)){{0,8}}"
)
DAY = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]++(?:of[ \t]++)?{MONTH},?[ \t]++(?:19|20)\d{{2}}"
    rf"|{MONTH}[ \t]++\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]++(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
)
DATELINE = re.compile(
    rf"^[ \t*_>]*+(?:{PLACE})[ \t]*+(?:[,;]|[-\u2013\u2014])[ \t]*+(?P<day>(?i:{DAY}))[ \t*_]*+"
    r"(?:/[^/\n]{1,40}/[ \t]*+|\([A-Z][^()\n]{1,40}\)[ \t]*+)?"  # a wire's name: "/Wire/", "(WIRE)"
    # then the release's first sentence ("-- The X and Y today announced"), not a status ("- approved")
    # (the mark may end its line, the text below it, after a blank line: "Seoul, May 14, 2026 /Wire/ --")
    r"(?:--|[-\u2013\u2014:|])[ \t*_]*+(?:\n[ \t]*+){0,2}(?=[A-Z\u201c\"])",
    re.MULTILINE,
)
DATELINE_REACH = 3000  # a dateline opens the release: its first lines
# A dateline on a line of its own (a page's dateline element, a bold line above the text): the place, a dash,
# the day, and nothing after it ("Bergen, Norway - 17 February 2027"); a comma before the day is a slide's
# place and meeting day, no dateline
DATELINE_ALONE = re.compile(
    rf"^[ \t*_>]*+(?:{PLACE})[ \t]*+[-\u2013\u2014][ \t]*+(?P<day>(?i:{DAY}))[ \t*_]*+$", re.MULTILINE
)
# A news item's dateline with a comma, on a line of its own over the item's first paragraph ("Brussels, 22
# January 2014", a blank line, then the lead: a sentence of eight words or more): a slide's place and day
# stand over its title or its presenters, short lines, and minutes' are their meeting's (not read there)
DATELINE_OVER_LEAD = re.compile(
    rf"^[ \t*_>]*+(?:{PLACE})[ \t]*+,[ \t]*+(?P<day>(?i:{DAY}))[ \t*_]*+\n(?:[ \t]*+\n){{1,2}}"
    r"(?P<lead>[ \t]*+[A-Z\u201c\"][^\n]{0,300})",
    re.MULTILINE,
)
LEAD_WORDS = 8


def is_lead(line: str) -> bool:
    """Whether a line opens a text's prose: LEAD_WORDS words or more, half of them in lower case (a slide's
    presenters and titles are names, capitalised)."""
    words = line.split()
    return len(words) >= LEAD_WORDS and 2 * sum(word[0].islower() for word in words) >= len(words)


def dateline_over_lead(text: str) -> re.Match[str] | None:
    """The first DATELINE_OVER_LEAD among the first lines whose next line is a lead (is_lead)."""
    for match in DATELINE_OVER_LEAD.finditer(text, 0, DATELINE_REACH):
        if is_lead(match.group("lead")):
            return match
    return None


# A letter's place and day set at the right margin of a plain-text letter ("      Reading, 3 February 2026"):
# the comma form, which slides use for their place and meeting day at the left or centred, is a letter's
# date only so far to the right (twenty blanks or more before it)
LETTER_DATE = re.compile(rf"^[ \t]{{20,}}(?:{PLACE})[ \t]*+,[ \t]*+(?P<day>(?i:{DAY}))[ \t]*+$", re.MULTILINE)


# A release's own line naming what it is and its day ("*Press release, 9 June 2027*", "News release | 9 June
# 2027", "For immediate release: 9 June 2027"), on a line of its own among the first lines
RELEASE_LINE = re.compile(
    r"^[ \t*_>]*+(?i:(?:press|news|media)[ \t]+(?:release|statement|announcement)"
    r"|for[ \t]+immediate[ \t]+release)"
    rf"[ \t]*+(?:[,:|]|[-\u2013\u2014])[ \t]*+(?P<day>(?i:{DAY}))[ \t*_.]*+$",
    re.MULTILINE,
)


def dateline_date(text: str, kind: str = "") -> list[DatedFact]:
    """The day a press release's dateline gives (DATELINE, or DATELINE_ALONE and DATELINE_OVER_LEAD outside
    minutes and slides, whose place and day are the meeting's; or the release's line naming itself,
    RELEASE_LINE), among its first lines: published."""
    match = DATELINE.search(text, 0, DATELINE_REACH)
    if match is None and kind != "MeetingRecord":
        match = (
            DATELINE_ALONE.search(text, 0, DATELINE_REACH)
            or dateline_over_lead(text)
            or LETTER_DATE.search(text, 0, DATELINE_REACH)
            or RELEASE_LINE.search(text, 0, DATELINE_REACH)
        )
    value = iso_value(match.group("day")) if match is not None else None
    if match is None or value is None or len(value) != 10:
        return []
    return [DatedFact("published", value, (match.span("day"),))]


# A page footer: a page mark ("Page 1 of 3", "p. 2/7") on one of a document's last lines; a full date
# on that line is the day the document was put out, as a header's bare date is
PAGE_MARK = re.compile(r"\b(?:page|p\.)\s{0,3}\d{1,4}(?:\s{0,3}(?:of|/)\s{0,3}\d{1,4})?\b", re.IGNORECASE)
FOOTER_LINES = 4


# A forum topic's first post, its byline ending on the day and hour it was posted and its number ("ana-ex (Ana
# Example) Khronos staff June 10, 2026, 2:03pm #1", a Discourse forum's): the day the topic was published
FIRST_POST = re.compile(
    rf"(?P<date>(?i:{MONTH})[ \t]{{1,3}}\d{{1,2}},[ \t]{{1,3}}(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}[ \t]{{1,3}}(?i:{MONTH})[ \t]{{1,3}}(?:19|20)\d{{2}}),?[ \t]{{1,3}}"
    r"\d{1,2}:\d{2}[ \t]?(?i:[ap]m)?[ \t]{1,3}#1\b"
)
FIRST_POST_REACH = 5000


def first_post_date(text: str) -> list[DatedFact]:
    """The day of a forum topic's first post (FIRST_POST), among the page's first characters."""
    match = FIRST_POST.search(text, 0, FIRST_POST_REACH)
    value = iso_value(match.group("date")) if match is not None else None
    return [DatedFact("published", value, (match.span("date"),))] if match is not None and value else []


CLOSING_LINES = 6


def closing_date_line(text: str, kind: str) -> list[DatedFact]:
    """A page's date alone on its line among its last lines, over its copyright and its generator's credit (a
    documentation site's "last update" fact, whose label is an icon: "November 4, 2025" / "Copyright ..."):
    the day the page was last published; the last such line, a full date only."""
    if kind != "AlliancePage":
        return []
    tail_start = max(0, len(text) - 2000)  # (the last lines only: no scan of a long page)
    lines = [(m.start() + tail_start, m.group()) for m in re.finditer(r"[^\n]+", text[tail_start:])]
    filled = [(s, ln) for s, ln in lines if ln.strip()]
    for place, (start, line) in reversed(list(enumerate(filled))[-CLOSING_LINES:]):
        value = iso_value(line.strip()) if len(line) <= 40 else None
        if value is not None and len(value) == 10:
            if any(date_alone(earlier) for _, earlier in filled[:place]):
                return []  # a page's list of key dates, a date over each step: the last step's, no issue
            offset = start + line.index(line.strip())
            return [DatedFact("published", value, ((offset, offset + len(line.strip())),))]
    return []


def date_alone(line: str) -> bool:
    """Whether a line is a date alone, a day or a month ("15 May 2027", "June 2027", no year alone), or a
    span of days ("03 February \u2192 28 March 2027")."""
    text = line.strip()
    if len(text) > 60:
        return False
    parts = [text, *re.split(r"\u2192|->|\s[\u2013\u2014-]\s", text)[1:]]
    return any(len(iso_value(part.strip()) or "") >= 7 for part in parts)


def footer_date(text: str) -> list[DatedFact]:
    """The full date of a page footer among the last lines ("HMC-WR-07 | Page 1 of 1 | 19.10.2026");
    none for a footer without a page mark (a copyright line's year dates no issue)."""
    tail_start = max(0, len(text) - 2000)  # the last lines are short: no footer is read from further up
    lines = [(m.start() + tail_start, m.group()) for m in re.finditer(r"[^\n]+", text[tail_start:])]
    for start, line in [(s, ln) for s, ln in lines if ln.strip()][-FOOTER_LINES:]:
        if len(line) > 160 or PAGE_MARK.search(line) is None:
            continue
        for value, begin, end in all_dates_in(line):
            if len(value) == 10:
                return [DatedFact("published", value, ((start + begin, start + end),))]
    return []


# A page's front matter ("---" / "title: ..." / "last_modified: 2025/06/30" / "---"), which a Markdown reader
# runs into the page's first line: a lower-case key of the page's date and an ISO date
FRONT_MATTER_DATE = re.compile(
    r"(?<![\w-])(?:last_?modified|lastmod|last_?updated|updated|modified|date|published)[ \t]*:[ \t]*['\"]?"
    r"(?P<value>\d{4}[-/]\d{2}[-/]\d{2})\b"
)
FRONT_MATTER_KEY = re.compile(r"^[ \t]*(?:---[ \t]*\n)?[ \t]*[a-z_]{2,20}[ \t]*:[ \t]")


def front_matter_date(text: str, kind: str) -> list[DatedFact]:
    """The date a page's front matter gives it (its first line, opened by a lower-case key): published."""
    if kind != "AlliancePage" or FRONT_MATTER_KEY.match(text) is None:
        return []
    end = text.find("\n\n")
    opening_paragraph = text[: end if end >= 0 else len(text)][: LINE_CHARACTERS * 5]
    match = FRONT_MATTER_DATE.search(opening_paragraph)
    value = iso_value(match.group("value")) if match else None
    return [DatedFact("published", value, (match.span("value"),))] if match and value else []


# A field of a data file's or a markup's header whose name is an identifier, with an ISO date as its value:
# YAML ("  lastUpdated: 2026-06-08"), AsciiDoc's attributes (":last-updated: 2026-06-08"), TOML front matter
# ('date = 2026-06-08T09:00:00Z'), a board's export ("created: 2025-02-17T09:41:07Z"); the blanks and the
# marks around the name are possessive (a run of them is passed over once)
IDENTIFIER_FIELD = re.compile(
    r"^[ \t]{0,12}+:?(?P<name>[a-z][a-z0-9]*+(?:[A-Z][a-z0-9]*+|[_-][a-z0-9]++){0,4})"
    r":?[ \t]*+[:=][ \t]*+['\"]?"
    r"(?P<value>(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)(?:T[\d:.]{2,12}(?:Z|[+-]\d{2}:?\d{2})?)?['\"]?"
    r"[ \t]*+(?:#[^\n]*|\+\+\+|---)?$",  # (a comment; a front matter's fence the reader ran into the line)
    re.MULTILINE,
)
IDENTIFIER_LINES = 60
IDENTIFIER_PART = re.compile(r"[A-Z]?[a-z0-9]+")


def identifier_dates(text: str, kind: str) -> list[DatedFact]:
    """The dates of a header's identifier-named fields (IDENTIFIER_FIELD) among a document's first lines,
    each with the role its name's words give it ("lastUpdated" is "last updated": published); the first of
    each role only: the document's own header comes first, the records of its items after it (a board's
    cards, each "created: ..." and "updated: ...")."""
    end = 0
    for _ in range(IDENTIFIER_LINES):
        end = text.find("\n", end) + 1
        if end <= 0:
            end = len(text)
            break
    found: list[DatedFact] = []
    for match in IDENTIFIER_FIELD.finditer(text, 0, min(end, IDENTIFIER_LINES * LINE_CHARACTERS)):
        words = " ".join(part.lower() for part in IDENTIFIER_PART.findall(match.group("name")))
        role = role_of_field(words, kind)
        value = iso_value(match.group("value"))
        if role is not None and value is not None and all(fact.role != role for fact in found):
            found.append(DatedFact(role, value, (match.span("value"),)))
    return found


# A numeric date parted by slashes or dashes: the order of its numbers is the writer's (day first in Europe,
# month first in the US); kg.extract.dates reads a slashed one month first and a dashed one day first
NUMERIC_DATE = re.compile(
    r"(?<![\d/-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/-])"
)


def in_writers_order(text: str, facts: list[DatedFact]) -> list[DatedFact]:
    """The facts whose dates are numeric and could be read either way ("02/04/2026", "02-04-2026"), read in
    the order the document's other numeric dates can only be read in ("19/01/2026": day first; "01-19-2026":
    month first) when they all agree; when none tells, in the order that puts the date nearest the document's
    other dates (a signature dated "10/03/2026" beside one of "3rd March 2026" is 10 March: the days one
    agreement is signed on lie weeks apart, not months); the others as they are."""
    orders = {
        "day" if int(m.group("a")) > 12 >= int(m.group("b")) else "month"
        for m in NUMERIC_DATE.finditer(text)
        if max(int(m.group("a")), int(m.group("b"))) > 12
    }
    if len(orders) > 1:
        return facts
    orders = orders or words_month_first(text)
    ambiguous = {
        index: numeric for index, fact in enumerate(facts) if (numeric := ambiguous_numeric(text, fact))
    }
    if not ambiguous:
        return facts
    others = sorted(
        {
            dt.date.fromisoformat(f.value)
            for i, f in enumerate(facts)
            if i not in ambiguous and len(f.value) == 10
        }
    )
    result = []
    for index, fact in enumerate(facts):
        numeric = ambiguous.get(index)
        if numeric is not None:
            year, first, second = int(numeric.group("y")), int(numeric.group("a")), int(numeric.group("b"))
            day_first, month_first = dt.date(year, second, first), dt.date(year, first, second)
            if orders == {"day"} or (not orders and nearer(day_first, month_first, others)):
                fact = replace(fact, value=day_first.isoformat())
            elif orders == {"month"} or (not orders and nearer(month_first, day_first, others)):
                fact = replace(fact, value=month_first.isoformat())
        result.append(fact)
    return result


# A date in words, month first as the US writes it ("July 1, 2026", "Mar. 20, 2026"), or day first
# ("2 October 2012", "3rd of March, 2026")
WORDS_MONTH_FIRST = re.compile(
    rf"\b{MONTH}[ \t]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,[ \t]{{0,3}}(?:19|20)\d{{2}}\b", re.I
)
WORDS_DAY_FIRST = re.compile(
    rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{MONTH},?[ \t]{{1,3}}"
    r"(?:19|20)\d{2}\b",
    re.I,
)


def words_month_first(text: str) -> set[str]:
    """{"month"} when the document writes its dates in words month first and never day first ("July 1,
    2026"): a US writer, whose numeric dates are month first too. Words day first tell nothing (a US body's
    register may write "2 October 2012" and "11/08/2012" month first): the nearest reading decides there."""
    if search(WORDS_MONTH_FIRST, text) is None or WORDS_DAY_FIRST.search(text) is not None:
        return set()
    return {"month"}


def ambiguous_numeric(text: str, fact: DatedFact) -> re.Match[str] | None:
    """The numeric date a fact was read from when both its numbers could be the month ("02/04/2026")."""
    start, end = fact.spans[0] if fact.spans else (0, 0)
    numeric = NUMERIC_DATE.fullmatch(text, start, end)
    if numeric is None or fact.value != iso_value(numeric.group()):
        return None
    return numeric if int(numeric.group("a")) <= 12 and int(numeric.group("b")) <= 12 else None


def nearer(reading: dt.date, other_reading: dt.date, others: list[dt.date]) -> bool:
    """Whether `reading` lies strictly nearer the nearest of the document's other dates than `other_reading`
    does (none when the document has no other date: the default order stands)."""
    if not others:
        return False
    return distance(reading, others) < distance(other_reading, others)


def distance(day: dt.date, others: list[dt.date]) -> int:
    """Days from `day` to the nearest of the sorted dates `others` (bisect: no scan per date)."""
    index = bisect.bisect_left(others, day)
    near = others[max(0, index - 1) : index + 1]
    return min(abs((day - other).days) for other in near)


# A line that dates the page it stands on ("This page was last edited on ...", "Last updated 8 June 2026",
# "Page last modified on ..."), at a page's foot, after its "See also" list: the page's date, no citation's
SELF_DATING = re.compile(
    r"\W{0,6}(?:this\s+page\s+was\s+|page\s+)?(?:last\s+)?(?:updated|edited|modified|revised)\b", re.I
)


def dates_the_page(text: str, position: int) -> bool:
    """Whether the line a date stands on dates the page itself (SELF_DATING, from the line's start)."""
    line_start = text.rfind("\n", max(0, position - 200), position) + 1
    return SELF_DATING.match(text, line_start, position) is not None and position - line_start <= 200


def meeting_day(ctx: Context, taken: frozenset[int] = frozenset(), above: int = 0) -> list[DatedFact]:
    """Minutes and slides name their meeting's day in their first lines ("Minutes - Thursday,
    9 July 2020", "Technical Symposium - 21 June 2022"): the first full date there that no other role
    a header field gave another role (`taken`, where those dates start: a mail's "Date:", the day the
    minutes were sent); a head's lines of reference and issue (`above` of them) read past."""
    text = ctx.document.text
    head = opening(text, OPENING_LINES + 2 + above)
    for value, start, end in all_dates_in(head):
        if len(value) == 10 and start not in taken:
            return [DatedFact("meeting", value, ((start, end),))]
    # "Minutes - Thursday, 16 April" under a head naming its year ("ETSI TC ESI#87 (2027)"): that day
    completed, at = with_year(head, document_year(ctx))
    for value, start, end in all_dates_in(completed) if at >= 0 else []:
        if len(value) == 10 and start < at < end:
            return [DatedFact("meeting", value, ((start, at),))]
    return []


SIGNATURES = re.compile(r"\bsignatures?\b|\bsigned\b|\bexecut(?:ed|ion)\b|\bsignatories\b", re.IGNORECASE)


# A line that dates the page itself, not an approval or signature ("Page revised ...", "Last updated ...")
ANOTHER_ROLE = re.compile(
    r"^(?!.*\b(?:approv|sign|execut|agreed)).*\b(?:page|last)\s+(?:revised|updated|modified|edited)\b", re.I
)


def opens_document(ctx: Context, section) -> bool:
    """Whether a section's heading is the document's first line (its title, "... Review Call")."""
    # (a search that stops at the first character: a copy of the text before each heading was quadratic)
    return (
        section.heading is not None and FIRST_TEXT.search(ctx.document.text, 0, section.heading.start) is None
    )


FIRST_TEXT = re.compile(r"\S")


# A record's section heading that names an item the meeting discussed or heard ("Discussion of HTTP Message
# Signatures", "3. Report on the signature workshop"): its dates are no approval's or signing's
AGENDA_TOPIC = re.compile(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s{1,4})?(?:discussion|report|update|presentation|status)s?"
    r"\s+(?:of|on|from|about)\b",
    re.IGNORECASE,
)


def dates_from_sections(ctx: Context, kind: str) -> list[DatedFact]:
    """Dates written in a review or approval section (a table of signatures: one per row): the
    section gives them their role (signed, for a memorandum). A title that says "Review" ("Alliance
    Review Call") opens no review section, nor does a meeting's review: minutes that review the register
    report on its items, whose targets and days done are written there (a review the meeting agrees is
    said in a sentence, "agreed to review the register in September")."""
    found = []
    for section in ctx.layout.sections:
        role = SECTION_ROLES.get(section.kind)
        if role is None or opens_document(ctx, section):
            continue
        if role == "review" and kind == "MeetingRecord":
            continue  # "1. Review of the work register": the meeting reviewed the items, the dates are theirs
        if role == "approved" and kind == "MeetingRecord" and AGENDA_TOPIC.match(section.title):
            continue  # "Discussion of HTTP Message Signatures": an item the meeting discussed, no approval
        if role == "approved" and kind == "MeetingRecord" and AGENDA_ADOPTED.match(section.title):
            continue  # "1.2 Approval of the agenda": its agenda approved, the dates below are no approval
        if role == "approved" and (kind == "MemorandumOfUnderstanding" or SIGNATURES.search(section.title)):
            role = "signed"  # the dates of a signatures section are signing dates, in a register too
        earlier = role == "approved" and kind == "MeetingRecord" and MINUTES_WORD.search(section.title)
        for block in [*field_heading(section), *section.blocks]:
            if block.kind != "row" and role != "review" and ANOTHER_ROLE.search(block.text):
                continue  # "Page revised 02-Oct-26" at the foot of an approval section
            if earlier and THIS_RECORD.search(block.text) is None:
                continue  # minutes' "Minutes Approval" / "- 30 September 2027: Passed": an earlier call's
            if role == "review" and ARROWED_LINE.match(block.text):
                break  # "===> 30 June 2028 new material complete": a timeline's step, no review
            dates = all_dates_in(block.text) if block.kind == "row" or role != "review" else []
            if (
                role == "review"
                and not dates
                and APPROVING.match(block.text)
                and not review_window(block.text)[1]
            ):
                break  # "Agreed by A, 2025-01-09; B, 2025-01-15" under the review: approvals, no review
            if not dates:
                offset, part = review_window(block.text) if role == "review" else (0, block.text)
                first = first_date_in(part)
                dates = (
                    [(first[0], offset + first[1], offset + first[2])]
                    if first and role == "review"
                    else dates
                )
            if role in ("approved", "signed") and block.kind != "row":
                # ("signed at the joint meeting of 3 May 2027 and takes effect on 1 June 2027": one signing)
                dates = [date for date in dates if date[1] not in given_another_role(block.text)]
            for value, start, end in dates[:1] if role == "review" else dates:
                found.append(DatedFact(role, value, block.span_of(start, end)))
            if role == "review" and dates:
                break
    return found


# Minutes' agenda item approving their agenda ("1.2 Approval of the agenda", "Adoption of the draft agenda")
AGENDA_ADOPTED = re.compile(
    r"^\W{0,3}(?:(?:agenda\s+)?(?:item|point)\s+)?(?:\d{1,2}(?:\.\d{1,2})*[.:)]?\s+)?"
    r"(?:(?:approval|adoption)\s+of\s+(?:the\s+)?(?:(?:draft|revised|provisional)\s+)?agenda"
    r"|agenda\s+(?:approval|adoption))\b",
    re.IGNORECASE,
)
# Minutes' section that approves minutes ("Minutes Approval", "Approval of the previous minutes"): the
# minutes it approves are an earlier meeting's, dated by that meeting, unless a line says these are
MINUTES_WORD = re.compile(r"\b(?:minutes|notes)\b", re.IGNORECASE)
THIS_RECORD = re.compile(r"\b(?:these|this)\s+(?:minutes|notes|record)\b", re.IGNORECASE)


def given_another_role(text: str) -> set[int]:
    """Where the dates start that a sentence of an approval section gives another role ("This addendum
    takes effect on 15 June 2026", "published on the member site on 20 June 2026"): under "Approval and
    effect" the day it takes effect is no approval, though every other date there is one."""
    return {
        fact.spans[0][0]
        for fact in dates_from_sentences(text)
        if fact.role not in ("approved", "signed", "meeting")  # (the meeting it was approved or signed at)
    }


# A line that opens the signatures of an agreement wherever they stand ("Signing page", "Signed for X by its
# authorised officer", "IN WITNESS WHEREOF"), not only in a section titled so
SIGNING_LINE = re.compile(
    r"^\W{0,4}(?:sign(?:ing|ature)\s+page|signatures?\b|signed\s+(?:for|by|on\s+behalf)\b"
    r"|in\s+witness\s+whereof|for\s+and\s+on\s+behalf\s+of)",
    re.IGNORECASE,
)
SIGNATURE_DATE_FIELDS = frozenset({"date", "dated", "date signed", "signed", "signature date"})


def signing_dates(ctx: Context) -> list[DatedFact]:
    """The "Date:" fields of signatures that stand in a section of another kind (a schedule's last
    page): from a line that opens the signatures to the next heading that is neither a signature's line
    nor a field ("Interpretation"); a signatures section is dates_from_sections' to read."""
    found: list[DatedFact] = []
    for section in ctx.layout.sections:
        if SECTION_ROLES.get(section.kind or "") is not None:
            continue
        signing = False
        for block in section.blocks:
            if block.kind == "heading":
                signing = SIGNING_LINE.match(block.text) is not None or (signing and ":" in block.text)
            elif signing and block.kind == "field" and (block.label or "").lower() in SIGNATURE_DATE_FIELDS:
                date = first_date_in(block.text)
                if date is not None:
                    found.append(DatedFact("signed", date[0], block.span_of(date[1], date[2])))
    return found


def field_heading(section) -> list:
    """An approval written as a field and read as the heading of its own section ("JEDEC JC-45:
    approved 2 April 2026", "Board of Directors: approved on 2026-03-26"): its date is in the heading."""
    heading = section.heading
    if heading is None or heading.explicit or section.kind != "approval":
        return []
    field = APPROVAL_FIELD.match(heading.text)
    if field is None:
        return []
    label, value = field.group("label"), heading.text[field.end() :]
    return [heading] if len(label.split()) <= 8 and APPROVAL_VALUE.match(value) else []


# An approval's body and its value parted by a colon or by dot leaders ("OMG Architecture Board
# ........ approved 2023/06/14", "Unicode Technical Committee .. approved 24 April 2025")
APPROVAL_FIELD = re.compile(r"^(?P<label>[^:\n]{1,80}?)(?::|[ \t]?\.{2,})[ \t]*")


# The value of an approval field: the approval itself with its date, not a document it names ("Base
# document: ... Work Register v4.0 (approved 2016-08-18)" approves nothing now)
APPROVAL_VALUE = re.compile(r"^\s*(?:(?i:approved|agreed|signed|adopted)\b|\d|[A-Z][a-z]{2,8}\.?\s+\d)")


# The kinds of document that are no agreement: a signing they tell is the agreement's, recalled
RECALLING_KINDS = frozenset({"AlliancePage", "WorkRegister", "MeetingRecord", "LiaisonStatement"})
DAY_PRECISE = 10  # "2026-03-05": a value with its day


def recalled_signing(fact: DatedFact, kind: str) -> DatedFact:
    """A signing a page, register, record or statement tells by its month or year ("signed their
    cooperation agreement in March 2020", "A memorandum of understanding signed in May 2019"): the
    alliance's start, recalled, `initiated` (the corpus convention); a day's signing, or any in an
    agreement, stays `signed`."""
    if fact.role != "signed" or kind not in RECALLING_KINDS or len(fact.value) >= DAY_PRECISE:
        return fact
    return DatedFact("initiated", fact.value, fact.spans)


# The label of the day a document lapses, before a date on its line
EXPIRY_LABEL = re.compile(
    r"\b(?:expires?|expiry|expiration|lapses|valid\s+(?:until|through|to)|good\s+until)(?:\s+(?:date|on))?"
    r"[ \t]*+[:.-]?[ \t]*+$",
    re.IGNORECASE,
)
EXPIRY_REACH = 40


def expiry_of(text: str, fact: DatedFact) -> bool:
    """Whether a date stands right after an expiry's label on its line ("Expires: September 3, 2026")."""
    if not fact.spans:
        return False
    start = fact.spans[0][0]
    line_start = text.rfind("\n", 0, start) + 1
    return EXPIRY_LABEL.search(text[max(line_start, start - EXPIRY_REACH) : start]) is not None


# The words of an agreement's signing or of its signatures ("signed", "signatories", "executed", "IN WITNESS
# WHEREOF", "for and on behalf of", a letter agreement's "please countersign"): an agreement's text without
# any is not signed in it
SIGNING_WORDS = re.compile(
    r"\b(?:counter-?)?sign(?:ed|s|ing|ature\w*|atory|atories)?\b|\bexecut(?:ed|ion)\b|\bin\s+witness\b|\bon\s+behalf\s+of\b",
    re.IGNORECASE,
)


# A heading over the meeting to come ("Next meeting", "3. Date and place of the next meeting", "Future
# meetings", "Upcoming calls")
NEXT_HEADING = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:date|dates|time|venue)\s+(?:(?:and|&)\s+(?:place|venue|time)\s+)?"
    r"of\s+(?:the\s+)?)?(?:next|future|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meetings?|calls?|sessions?|plenar(?:y|ies)|teleconferences?|telecons?)\b",
    re.IGNORECASE,
)


def next_meeting_ranges(ctx: Context) -> list[tuple[int, int]]:
    """The stretches of text under a heading of the meeting to come (NEXT_HEADING), to the next heading or
    the section's end, in text order."""
    ranges: list[tuple[int, int]] = []
    for section in ctx.layout.sections:
        start: int | None = None
        blocks = section_blocks(section)
        for block in blocks:
            if block.kind == "heading" and start is not None:
                ranges.append((start, block.start))
                start = None
            if block.kind == "heading" and len(block.text) <= 80 and NEXT_HEADING.match(block.text):
                start = block.start
        if start is not None:
            ranges.append((start, blocks[-1].end))
    return ranges


LONE_SPAN_LINES = 30  # the lines of a record's head a line of its meeting's days alone is looked for in
LONE_SPAN_LENGTH = 40


def lone_day_span(text: str) -> tuple[DatedFact, dt.date] | None:
    """A line that is a span of days alone ("March 14th-18th, 2027", "14 - 18 March 2027") among a record's
    first LONE_SPAN_LINES lines: the meeting's month, and the span's last day."""
    position = 0
    for _ in range(LONE_SPAN_LINES):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end].strip().rstrip(".")
        if 6 <= len(line) <= LONE_SPAN_LENGTH:
            ranged = day_range_in(line, iso=True)
            days = (
                parse_target(line)
                if ranged is not None and ranged[1] == 0 and ranged[2] == len(line)
                else None
            )
            if ranged is not None and days is not None and days.kind == "days" and days.end is not None:
                start = position + text[position:end].find(line)
                return DatedFact("meeting", ranged[0], ((start, start + len(line)),)), days.end
        if end >= len(text):
            break
        position = end + 1
    return None


def issued_after(fact: DatedFact, fields: list[HeaderField], last_day: dt.date) -> DatedFact:
    """A bare "Date:" field's meeting day later than the meeting's last day: the day the record was issued."""
    if (
        fact.role != "meeting"
        or len(fact.value) != 10
        or not fact.spans
        or fact.value <= last_day.isoformat()
    ):
        return fact
    start = fact.spans[0][0]
    bare = any(f.name in BARE_DATE_NAMES and f.start <= start < f.end for f in fields)
    return replace(fact, role="published") if bare else fact


def extract_dates(ctx: Context, fields: list[HeaderField], kind: str) -> list[DatedFact]:
    """Each (role, value) once: header fields first, then sentences, sections and the opening. An agreement
    whose text never speaks of signing it (UNSIGNED: a statement of mutual benefits sent "for approval") is
    dated as a page is: its bare date is the day it was issued, no signing."""
    text = ctx.document.text
    agreement = kind in ("RegisterAddendum", "MemorandumOfUnderstanding")
    if kind == "MemorandumOfUnderstanding" and SIGNING_WORDS.search(text) is None:
        kind = "AlliancePage"
    seen: set[tuple[str, str]] = set()
    result: list[DatedFact] = []
    field_facts = dates_from_fields(fields, kind, document_year(ctx))
    if kind == "MeetingRecord":
        # "Circulated: 2 April 2027" under "2. Adoption of the agenda": the agenda's day, no record's
        field_facts = [f for f in field_facts if not under_agenda_heading(text, line_start(text, f))]
    told = dates_from_sentences(text, kind)
    span = dates_from_opening(text)
    lone = lone_day_span(text) if kind == "MeetingRecord" and not span else None
    if lone is not None:
        # a session's days on a line of their own under a long head ("March 14th-18th, 2027" below a
        # working group's document number, title and author table): the meeting; the record's bare "Date:"
        # after those days is the day it was written up
        span = [lone[0]]
        field_facts = [issued_after(fact, fields, lone[1]) for fact in field_facts]
    if kind == "MeetingRecord" and span:
        # minutes under their meeting's span of days ("(Geneva, 8-17 March 2027)", "21 November - 2 December
        # 2027"): a session or workshop "held on 10 March 2027" is part of that meeting, whose date is the
        # span's (first) month, not another meeting
        within = span_months(text, span[0])
        told = [f for f in told if not (f.role == "meeting" and f.value[:7] in within)]
    candidates = [
        *field_facts,
        *told,
        *dates_from_sections(ctx, kind),
        *(signing_dates(ctx) if kind not in ("LiaisonStatement", "MeetingRecord") else []),
        *span,
        *issue_date(text, kind),
        *front_matter_date(text, kind),
        *dateline_date(text, kind),
        *identifier_dates(text, kind),
        *key_term_rows(ctx, kind),
        *(referenced_issue_date(text) if kind == "MeetingRecord" else []),
        *(numbered_issue_date(text) if kind == "MeetingRecord" else []),
    ]
    history = change_history_date(ctx)
    if history:
        # the history's latest row is the issue; a revision line's month of it ("Rev. C (Feb 2026)" over a
        # row of 2026-02-09) says the same less precisely
        day = history[0].value
        candidates = [f for f in candidates if not (f.role == "published" and day.startswith(f.value))]
        candidates += [] if any(f.role == "published" for f in candidates) else history
    if not any(fact.role == "published" for fact in candidates):
        # a header's date comes first; a footer's only when none
        candidates += footer_date(text) or closing_date_line(text, kind) or first_post_date(text)
    if kind != "LiaisonStatement":
        # minutes "approved on the call of X": a later meeting, not the one the record is of; a plan
        # "approved by the Board at its meeting of X": the Board's meeting, no meeting of the plan (a
        # statement "approved at the meeting held on X" comes from that meeting, and keeps it)
        approved = {fact.spans for fact in candidates if fact.role == "approved"}
        candidates = [fact for fact in candidates if fact.role != "meeting" or fact.spans not in approved]
    if kind != "MeetingRecord":
        # "starts at its kick-off call on 15 March 2027": the start, no meeting of a plan, a page or a call
        started = {fact.spans for fact in candidates if fact.role == "initiated"}
        candidates = [fact for fact in candidates if fact.role != "meeting" or fact.spans not in started]
    # "Next review at the October 2027 plenary": the review's month, no meeting of the document
    reviewed = {fact.spans for fact in candidates if fact.role == "review"}
    candidates = [fact for fact in candidates if fact.role != "meeting" or fact.spans not in reviewed]
    # a meeting's month that a meeting's day says more precisely ("At its December 2023 meeting" of a
    # statement "agreed at the plenary meeting on 12 December 2023"): one meeting
    days = {fact.value[:7] for fact in candidates if fact.role == "meeting" and len(fact.value) == 10}
    candidates = [
        f for f in candidates if not (f.role == "meeting" and len(f.value) == 7 and f.value in days)
    ]
    if kind == "MeetingRecord" and not any(fact.role == "meeting" for fact in candidates):
        # (not the day a field says the record was sent or issued: a mail's "Date:")
        referenced = referenced_issue_date(text)
        issued = [fact for fact in [*field_facts, *referenced] if fact.role == "published" and fact.spans]
        sent = frozenset(fact.spans[0][0] for fact in issued)
        above = text.count("\n", 0, referenced[0].spans[0][1]) + 1 if referenced else 0
        candidates += meeting_day(ctx, sent, above)
    if agreement:
        # "The changes were agreed on the joint liaison call of 25 November 2026": the call that agreed an
        # addendum or a memorandum is no date of the agreement, which its approval, signing or taking
        # effect dates (a meeting's date is a record's, a liaison statement's or a plan's)
        candidates = [fact for fact in candidates if fact.role != "meeting"]
    if kind == "MeetingRecord":
        # an action's "send the liaison reply by 30 April 2027", "comments by ...": the due day of a work item
        # of the meeting (kg.extract.milestones), no deadline a liaison statement sets its addressee
        candidates = [fact for fact in candidates if fact.role != "deadline"]
    if kind == "MeetingRecord":
        # minutes dated at their head ("Agenda and action item review - 9 February 2028"): the meeting's
        # day, which the meeting's date already states; no day of publishing besides
        met = {fact.value for fact in candidates if fact.role == "meeting"}
        candidates = [fact for fact in candidates if not (fact.role == "published" and fact.value in met)]
    # the days under a heading of the meeting to come ("Next meeting" over "Date: 10 June 2027"): that
    # meeting's, no day of this one
    ahead = next_meeting_ranges(ctx)
    candidates = [
        fact
        for fact in candidates
        if not (fact.role == "meeting" and fact.spans and in_ranges(fact.spans[0][0], ahead))
    ]
    # a cited document's dates ("References: X, published 12 March 2019") are that document's
    # (the page's own date at its foot, after a "See also" list, is no cited document's)
    candidates = [
        fact
        for fact in candidates
        if not (
            fact.spans and ctx.in_references(fact.spans[0][0]) and not dates_the_page(text, fact.spans[0][0])
        )
    ]
    # an Internet-Draft's "Expires: September 3, 2026" (a certificate's "Valid until", an offer's "Expiry
    # date"): the day the document lapses, never the day it was published, whichever rule read it
    candidates = [fact for fact in candidates if not (fact.role == "published" and expiry_of(text, fact))]
    candidates = [recalled_signing(fact, kind) for fact in candidates]
    candidates = in_writers_order(text, candidates)
    initiated = False
    for fact in candidates:
        if fact.role == "initiated" and len(fact.value) == 10:
            if initiated:
                continue  # one day of initiation a document (the shapes' akg:dateInitiated): the first
            initiated = True
        if (fact.role, fact.value) not in seen:
            seen.add((fact.role, fact.value))
            result.append(fact)
    return result
