"""Targets and dates as registers write them -> calendar periods, dates and open statuses.

Why: "2Q2011", "Q3 2012", "June/July 2021", "2012-09", "On-going" and "04/28/2011"
must become comparable values (a period IRI with its first and last day, or a status
concept), while the verbatim text is kept beside them. The period keys are the local
names of the curated graphs' period IRIs: 2011-q2, 2021-07, 2021-06-2021-07.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from kg.model.namespaces import slugify
from kg.model.records import Target

MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
KNOWN_STATUSES = {
    "on-going": "on-going",
    "ongoing": "on-going",
    "as-scheduled": "as-scheduled",
    "as scheduled": "as-scheduled",
}
OTHER_STATUSES = (
    "tbd",
    "tba",
    "tbc",
    "to be determined",
    "to be confirmed",
    "to be agreed",
    "to be decided",
    "n/a",
    "not applicable",
    "continuous",
    "continuing",
    "as needed",
    "as-needed",
    "as required",
    "when available",
    "complete",
    "completed",
    "done",
    "in progress",
    "in-progress",
    # (a slide's pursued item "... (current work in progress)")
    "work in progress",
    "current work in progress",
    "open",
    "closed",
    "deferred",
    "pending",
    "not started",
    "on track",
    "on hold",
    "delayed",
    "dropped",
    "withdrawn",
    "published",
    "started",
    "planned",
)
# ("end-2025", "End Q3 2025", "End June 2026": the end of a period is dated by the period, as "end of
# 2025" is)
TARGET_PREFIX = re.compile(
    r"^(?:(?:by|before|in|during|around|approximately|until|the|end(?:\s+of)?|target:?"
    r"|(?:beginning|start)\s+of"  # "beginning of 2028", "start of Q2 2027": the period, its start said
    # "early Q3 2027", "mid-June 2027", "late June 2027": a part of a period, dated by the period
    r"|early|mid|late"
    r"|bis|vor|ende|sp(?:ä|ae)testens)(?:\s+|(?<=end|mid)-)){1,4}",  # and in German: "bis Ende Q1 2027"
    re.IGNORECASE,
)
# A calendar or fiscal year's prefix ("CY2025 H1", "Q4 CY2025"): the period is the year's
CALENDAR_YEAR = re.compile(r"\b(?:CY|FY)\s?(?=(?:19|20)?\d{2}\b)", re.IGNORECASE)
# A year of two digits after an apostrophe or glued to a quarter or half ("Oct '25", "Q4'25", "1H26")
YEAR_DIGITS = r"(?P<y>(?:19|20)\d{2}|'?\d{2})"

QUARTER_PATTERNS = (
    re.compile(rf"^(?P<q>[1-4])\s*Q\s*{YEAR_DIGITS}$", re.IGNORECASE),
    re.compile(rf"^Q(?P<q>[1-4])\s*[-/ ]?\s*{YEAR_DIGITS}$", re.IGNORECASE),
    re.compile(r"^(?P<y>\d{4})\s*[-/ ]?\s*Q(?P<q>[1-4])$", re.IGNORECASE),
)
# Two quarters of one year ("Q3/Q4 2025", "Q3-Q4 2025"): the months from the first's to the second's
QUARTER_SPAN = re.compile(
    r"^Q(?P<q1>[1-4])\s*(?:/|-|\u2013|to)\s*Q(?P<q2>[1-4])\s*[-/ ]?\s*(?P<y>(?:19|20)\d{2})$", re.I
)
# A period written after a fiscal or calendar year of two digits ("FY27 H1", "CY26-Q3"): the year first
FISCAL_FIRST = re.compile(
    r"^(?:FY|CY)\s?'?(?P<y>\d{2}|(?:19|20)\d{2})\s*[-/ ]?\s*(?P<unit>[QH])(?P<n>[1-4])$", re.IGNORECASE
)
# A fiscal or calendar year of two digits ("FY26", "CY'27"): that year of this century
SHORT_FISCAL_YEAR = re.compile(r"^(?:FY|CY)\s?'?(?P<y>\d{2})$", re.IGNORECASE)
HALF_PATTERNS = (
    re.compile(rf"^(?P<h>[12])\s*H\s*{YEAR_DIGITS}$", re.IGNORECASE),
    re.compile(rf"^H(?P<h>[12])\s*[-/ ]?\s*{YEAR_DIGITS}$", re.IGNORECASE),
    re.compile(r"^(?P<y>\d{4})\s*[-/ ]?\s*H(?P<h>[12])$", re.IGNORECASE),
)
MONTH_SPAN = re.compile(
    rf"^(?P<m1>{MONTH})\s*(?:/|-|\u2013|to|through)\s*(?P<m2>{MONTH})\s*,?\s+(?P<y>\d{{4}})$", re.IGNORECASE
)
# (a spreadsheet's month format "mmm-yy" joins a year of two digits by a hyphen: "Mar-27")
MONTH_NAME = re.compile(
    rf"^(?P<m>{MONTH})(?:\s*,?\s+(?P<y>\d{{4}}|'\d{{2}})|-(?P<y2>\d{{4}}|'?\d{{2}}))$", re.I
)
MONTH_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$")  # "2024-11", "2024/11"
MONTH_SLASH = re.compile(r"^(?P<m>\d{1,2})[/.](?P<y>\d{4})$")  # "11/2024", "10.2025"
# A year, also a fiscal year or a part of one ("FY2026", "mid-2025", "early 2026"): its year
YEAR = re.compile(r"^(?:FY\s?|mid-?\s?|early\s+|late\s+)?(?P<y>(?:19|20)\d{2})$", re.IGNORECASE)
DATE_ISO = re.compile(r"^(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})$")  # "2023-05-03", "2023/05/03"
DATE_US = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})$")
DATE_DOTTED = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")  # "30.06.2025", day first
# "21-08-2025": numbers parted by dashes are day first, as Europe and India write them (a date whose second
# number cannot be a month, "08-25-2025", is month first); kg.extract.document_dates.in_writers_order reads
# an ambiguous one ("02-03-2025") in the order the document's other dates show
DATE_DASHED = re.compile(r"^(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})$")
DATE_MONTH_FIRST = re.compile(
    rf"^(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.IGNORECASE
)
DATE_DAY_FIRST = re.compile(
    rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?(?P<m>{MONTH})\s*,?\s+(?P<y>\d{{4}})$",
    re.IGNORECASE,
)
# A day, its month's name and the year joined by hyphens, as spreadsheets and schedules write them:
# "29-Nov-11", "05-Feb-2026" (a year of two digits is this century's)
# (an issue tracker writes them with slashes: "31/Mar/27", Jira's date fields)
DATE_HYPHENATED = re.compile(
    rf"^(?P<d>\d{{1,2}})(?P<joint>[-/])(?P<m>{MONTH})(?P=joint)(?P<y>\d{{4}}|\d{{2}})$", re.IGNORECASE
)
# The year first, then the month's name and the day ("2004-Nov-16"), as ITU's liaison tables write a day
DATE_YEAR_MONTH_NAME = re.compile(rf"^(?P<y>\d{{4}})-(?P<m>{MONTH})-(?P<d>\d{{1,2}})$", re.IGNORECASE)
# (a date in Markdown's underscores for italics, "_17 February 2027_", is read too: "_" is a word's letter
# to "\b")
DATE_IN_TEXT = re.compile(
    rf"(?:\b|(?<=_))(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?<![\d-])\d{{1,2}}-\d{{1,2}}-\d{{4}}(?!-)"
    rf"|\d{{4}}/\d{{2}}/\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|\d{{1,2}}-{MONTH}-(?:\d{{4}}|\d{{2}})(?![\w-])|\d{{4}}-{MONTH}-\d{{1,2}}(?![\w-])"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    # ("3rd day of May, 2024")
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?{MONTH},?\s+\d{{4}})(?:\b|(?=_))",
    re.IGNORECASE,
)
TARGET_LABELLED = re.compile(
    r"(?<![\s(])[\s(]*\b(?:Target(?:\s+date)?|Due(?:\s+date)?|Timeframe|Deadline|Date)\s*:\s*(?P<target>[^;()]+?)\)?[.\s]*$",
    re.IGNORECASE,
)
# "..., target Q2 2024." / "..., due 2Q2025": a target written as the clause that ends an item
TARGET_CLAUSE = re.compile(
    r",\s+(?:target(?:ed)?(?:\s+(?:for|date))?|due(?:\s+by)?)\s*:?\s+(?P<target>[^,;()]{2,30}?)\s*+\.?\s*$",
    re.I,
)
# (a dash typed twice, "X -- target Q3 2025", is one dash: a plain-text writer's en dash; an arrow, "X ->
# Q1 2027", "X \u2192 Q1 2027", as slides write an item's way to its date, is one too)
SEPARATOR = r"(?:--?>?|=>|[\u2013\u2014\u2192])"
TARGET_DASHED = re.compile(rf"(?<!\s)\s+{SEPARATOR}\s+(?P<target>(?:(?!\s{SEPARATOR}\s).)+?)\s*+\.?\s*$")
# A dash typed as two hyphens with no blank before it, as typewritten and government texts print an em dash
# ("X alignment calendar--by the end of FY26.", "X for patient access--Q3 CY2026."); a cue "by" after it
# is none of the target
TARGET_TYPED_DASH = re.compile(
    r"(?<=[^\s-])--(?!-)[ \t]{0,3}(?:by[ \t]{1,3})?(?P<target>[^-\n]{2,40}?)[ \t]*+\.?[ \t]*$"
)


# A line an arrow opens, as chairs' timelines mark their steps ("===> 30 June 2028 new material complete",
# "-> 2Q2029 ballot resolution"): a step's date (kg.extract.milestones.arrow_lines), no review or approval
ARROWED_LINE = re.compile(
    r"^[ \t]{0,4}(?:[-=~]{1,3}>|>{1,3}|[\u2192\u21d2\u2794\u279c\u27a4\u25b6\u25ba\u00bb])"
)


def full_year(digits: str) -> int:
    """A year as written, "2025", "25" or "'25" (two digits are this century's)."""
    digits = digits.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str) -> dt.date | None:
    """A calendar date written as 04/28/2011 (US order), 2011-04-28, April 1 2010 or 1 April 2010; a
    slashed date whose first number cannot be a month is day first ("31/03/2025", as Europe writes it); a
    dashed one is day first ("21-08-2025") unless its second number cannot be a month."""
    text = " ".join(text.strip().rstrip(".").split())
    for pattern in (
        DATE_ISO,
        DATE_US,
        DATE_DOTTED,
        DATE_DASHED,
        DATE_MONTH_FIRST,
        DATE_DAY_FIRST,
        DATE_HYPHENATED,
        DATE_YEAR_MONTH_NAME,
    ):
        match = pattern.match(text)
        if match:
            month, day = match.group("m"), int(match.group("d"))
            number = int(month) if month.isdigit() else month_number(month)
            if pattern in (DATE_US, DATE_DASHED) and number > 12 >= day:
                number, day = day, number
            try:
                return dt.date(full_year(match.group("y")), number, day)
            except ValueError:
                return None
    return None


CACHED_TARGET_LENGTH = 120
"""Targets this short are read once per text (`parse_target`); longer texts are not kept."""


def parse_target(text: str, year: int | None = None) -> Target | None:
    """The period or open status a target stands for; None when the text is no target. Why a cache: a
    pure reading of a short text into a frozen Target, asked again for the same few texts (a 1 MB work plan
    asks 25,653 times for 66 texts: each cell is read by the kind, the layout and the milestones). With
    `year` (the document's own, kg.extract.context.Context.year), a day or span of days written without its
    year ("16 April", "April 16 - 18") is that day in that year, its text as written."""
    found = read_target_once(text) if len(text) <= CACHED_TARGET_LENGTH else read_target(text)
    return found if found is not None or year is None else yearless_target(text, year)


WEEKDAY_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
WEEKDAY_OPENING = re.compile(rf"^{WEEKDAY_WORD},?[ \t]{{1,3}}", re.IGNORECASE)
# A day or a span of days without its year, alone ("16 April", "Thursday, 16 April", "April 16 - 18",
# "16-18 April", "16th of April"): the day a document's own year completes (yearless_target)
YEARLESS_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEARLESS_SPAN = rf"{YEARLESS_DAY}(?:[ \t]{{0,2}}[-\u2013][ \t]{{0,2}}{YEARLESS_DAY})?"
YEARLESS_FORMS = (
    rf"(?:{YEARLESS_SPAN}(?:[ \t]{{1,3}}of)?[ \t]{{1,3}}{MONTH}|{MONTH}[ \t]{{1,3}}{YEARLESS_SPAN})"
)
YEARLESS_DAYS = re.compile(rf"^(?:{WEEKDAY_WORD},?[ \t]{{1,3}})?{YEARLESS_FORMS}$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def yearless_target(text: str, year: int) -> Target | None:
    """A day or span of days without its year (YEARLESS_DAYS) read in `year`: a date or days target whose
    text is the text as written; None for any other text."""
    verbatim = " ".join(text.strip().rstrip(".").split())
    if YEARLESS_DAYS.match(verbatim) is None:
        return None
    bare = re.sub(r"\bof\b", "", WEEKDAY_OPENING.sub("", verbatim))
    for completed in (f"{bare} {year}", f"{bare}, {year}"):
        dated = read_target(completed)
        if dated is not None and dated.kind in ("date", "days"):
            return replace(dated, text=verbatim)
    return None


def with_year(text: str, year: int | None) -> tuple[str, int]:
    """`text` with `year` written after its first day or span of days without a year ("Date: 16 April" ->
    "Date: 16 April 2027"), and where it went (-1 when nothing was added: no year, or no such day)."""
    if year is None:
        return text, -1
    found = YEARLESS_IN_TEXT.search(text)
    if found is None:
        return text, -1
    return f"{text[: found.end()]} {year}{text[found.end() :]}", found.end()


# The same day inside a text, no year after it
YEARLESS_IN_TEXT = re.compile(
    rf"(?<![\w/.-]){YEARLESS_FORMS}(?![\w/.-])(?![ \t]*,?[ \t]*(?:'\d{{2}}|(?:19|20)\d{{2}}\b))",
    re.IGNORECASE,
)


def read_target(text: str) -> Target | None:
    verbatim = " ".join(text.strip().rstrip(".").split())
    core = " ".join(CALENDAR_YEAR.sub("", TARGET_PREFIX.sub("", verbatim)).split())
    return (
        status_then_period(verbatim)
        or period_target(verbatim, core)
        or named_target(verbatim, core)
        or occasion_target(verbatim)
        or fiscal_target(verbatim)
        or relative_target(verbatim)
    )


read_target_once = lru_cache(maxsize=4096)(read_target)


# A body's fiscal year, or a point of it ("FY26", "FY 2026", "the end of FY26", "Q3 FY2027"): when it falls
# depends on the body's fiscal calendar, which the document rarely gives, so it is an open target kept as
# written, as an occasion is
FISCAL = re.compile(
    r"^(?:(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+|(?:Q[1-4]|H[12])\s+)?(?:the\s+)?"
    r"FY\s?'?(?:\d{2}|\d{4})$",
    re.IGNORECASE,
)


def fiscal_target(verbatim: str) -> Target | None:
    if FISCAL.match(verbatim) is None:
        return None
    return Target(verbatim, "status", slugify(verbatim.lower()), known_status=False)


# A meeting named as a target by when it is, not by its date ("the March plenary", "the next plenary
# meeting", "the Q2 2026 member meeting", "the autumn summit", IEEE 802's "the May 2027 interim"): an open
# target, kept as written
OCCASION = re.compile(
    rf"^the\s+(?:(?:next|following|first|{MONTH}|Q[1-4]|spring|summer|autumn|fall|winter|(?:19|20)\d{{2}})\s+){{1,3}}"
    r"(?:[A-Za-z][\w-]{1,20}\s+){0,2}?"
    r"(?:plenary|meeting|summit|conference|workshop|plugfest|assembly|congress|session|f2f|interim)(?:\s+meeting)?$",
    re.IGNORECASE,
)


# A time counted from the start of the work, as charters and project plans date their deliverables ("Month 6",
# "M+12", "T0 + 9 months", "Week 4"): when it falls depends on a start the line does not give, so it is an
# open target kept as written, as an occasion is ("18 months after the start": RELATIVE, below)
FROM_START = re.compile(
    r"^(?:(?:month|week|year)\s?\d{1,2}|M\s?\+\s?\d{1,2}|(?:T|M)0\s?\+\s?\d{1,2}(?:\s?(?:months?|weeks?))?)$",
    re.IGNORECASE,
)


def relative_target(verbatim: str) -> Target | None:
    """A time counted from the work's start ("Month 6", "M+12"): an open target of its own (FROM_START)."""
    if FROM_START.match(verbatim) is None:
        return None
    return Target(verbatim, "status", slugify(verbatim.lower()), known_status=False)


def counts_from_start(target: Target) -> bool:
    """Whether a target is a time counted from the work's start ("Month 6"), which dates the items under
    it as a period would."""
    return target.is_status and FROM_START.match(target.text) is not None


def occasion_target(verbatim: str) -> Target | None:
    """A meeting as a target ("by the March plenary" is "the March plenary"): a status of its own."""
    if OCCASION.match(verbatim) is None:
        return None
    return Target(verbatim, "status", slugify(verbatim.lower()), known_status=False)


def is_occasion(target: Target) -> bool:
    """Whether a target is a meeting named by when it is, which dates an item as a period would."""
    return target.is_status and OCCASION.match(target.text) is not None


# "in progress, Q3 2026", "planned: H1/2027": a status written before the period; the status is no
# part of the target (as "Q3 2026 (completed)" is not)
STATUS_FIRST = re.compile(r"^(?P<status>[A-Za-z][A-Za-z -]{1,24}?)\s*+[,:;]\s++(?P<period>\S.{2,40})$")


def status_then_period(verbatim: str) -> Target | None:
    match = STATUS_FIRST.match(verbatim)
    if match is None or status_target(match.group("status"), match.group("status")) is None:
        return None
    period = match.group("period")
    target = period_target(period, " ".join(CALENDAR_YEAR.sub("", TARGET_PREFIX.sub("", period)).split()))
    return target if target is not None and not target.is_status else None


# An occasion named with its date: "R25.5 (Aug 2025)", "BBF Q4 meeting (December 2025)", "OCP
# Global Summit, October 2025". The name is short; the date in brackets or after the comma is the period.
NAMED_OCCASION = re.compile(
    r"^(?P<name>[^(),]{1,40}?)\s*(?:\((?P<inner>[^()]{3,30})\)|,\s+(?P<after>[^(),]{3,30}))$"
)


# An occasion after its date: "March 2026 plenary", "Q2 2026 member meeting" (the date's period)
DATED_OCCASION = re.compile(
    r"^(?P<date>\S+(?:\s\S+)?)\s+(?:[A-Za-z][\w-]{1,20}\s+)?"
    r"(?:plenary|meeting|summit|conference|workshop|plugfest|assembly|session|interim)$",
    re.IGNORECASE,
)


def named_target(verbatim: str, core: str) -> Target | None:
    """A target that names its occasion before its date (at most five words before it), or after it
    ("March 2026 plenary")."""
    dated = DATED_OCCASION.match(core)
    period = period_target(dated.group("date"), dated.group("date")) if dated else None
    if period is not None and period.kind not in ("status", "year"):
        return Target(verbatim, period.kind, period.key, period.start, period.end)
    match = NAMED_OCCASION.match(core)
    if match is None or len(match.group("name").split()) > 5:
        return None
    inner = match.group("inner") or match.group("after")
    when = period_target(inner, " ".join(CALENDAR_YEAR.sub("", TARGET_PREFIX.sub("", inner)).split()))
    # "Smith, 2025" names no occasion's date; "Karlsruhe, 9-11 March 2027" an event's place before its days,
    # no part of its target
    if when is None or when.kind in ("status", "year", "days"):
        return None
    return Target(verbatim, when.kind, when.key, when.start, when.end)


def period_target(verbatim: str, core: str) -> Target | None:
    return (
        status_target(verbatim, core)
        or status_target(verbatim, verbatim)  # "In progress" is a status, not "progress" in a period
        or quarter_target(verbatim, core)
        or half_target(verbatim, core)
        or month_span_target(verbatim, core)
        or month_target(verbatim, core)
        or date_target(verbatim, core)
        or year_target(verbatim, core)
        or season_target(verbatim, core)
        or week_target(verbatim, core)
        or day_span_target(verbatim, core)
    )


# A span of days of one month ("10-12 June 2027", "June 10-12, 2027", "10th to 12th June 2027"), as an event
# a work item is due at is dated: its first to its last day
DAY_SPANS = (
    re.compile(
        rf"^(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|\u2013|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?P<m>{MONTH})\s*,?\s+(?P<y>(?:19|20)\d{{2}})$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|\u2013|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
        r",?\s+(?P<y>(?:19|20)\d{2})$",
        re.IGNORECASE,
    ),
)


def day_span_target(verbatim: str, core: str) -> Target | None:
    for pattern in DAY_SPANS:
        match = pattern.match(core)
        if match is None:
            continue
        year, month = int(match.group("y")), month_number(match.group("m"))
        try:
            first, last = (
                dt.date(year, month, int(match.group("d1"))),
                dt.date(year, month, int(match.group("d2"))),
            )
        except ValueError:  # no such day (31 June)
            return None
        return (
            Target(verbatim, "days", f"{first.isoformat()}-{last.isoformat()}", first, last)
            if first < last
            else None
        )
    return None


# A season of a year ("Spring 2026", "autumn 2025"): its three months as the northern hemisphere counts
# them, the reading of the standards bodies' calendars (a winter spans two years and is left unread)
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
SEASON = re.compile(r"^(?P<s>spring|summer|autumn|fall)\s*,?\s+(?P<y>(?:19|20)\d{2})$", re.IGNORECASE)


def season_target(verbatim: str, core: str) -> Target | None:
    match = SEASON.match(core)
    if match is None:
        return None
    season, year = match.group("s").lower(), int(match.group("y"))
    first = SEASONS[season]
    key = f"{year}-{'autumn' if season == 'fall' else season}"
    return Target(verbatim, "season", key, dt.date(year, first, 1), last_day(year, first + 2))


# An ISO week ("W14 2026", "2026-W14", "week 14 of 2026"): Monday to Sunday of that week
WEEK_PATTERNS = (
    # ("week 23, 2027"; a German calendar week, "KW 23/2027")
    re.compile(
        r"^(?:W|week\s*|KW\s*)(?P<w>\d{1,2})\s*(?:of\s+|,\s*|[-/ ]\s*)?(?P<y>(?:19|20)\d{2})$", re.IGNORECASE
    ),
    re.compile(r"^(?P<y>(?:19|20)\d{2})\s*-?\s*W(?P<w>\d{1,2})$", re.IGNORECASE),
)


def week_target(verbatim: str, core: str) -> Target | None:
    for pattern in WEEK_PATTERNS:
        match = pattern.match(core)
        if match is None:
            continue
        year, week = int(match.group("y")), int(match.group("w"))
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:  # no such week (W54)
            return None
        return Target(verbatim, "week", f"{year}-w{week:02d}", monday, monday + dt.timedelta(days=6))
    return None


# A recurring target tied to an event: "after each IOP event", "following every plenary"
RECURRING = re.compile(r"^(?:after|following|at)\s+(?:each|every)\s+[\w -]{2,40}$", re.IGNORECASE)


# A target counted from an event of the agreement: "within twelve months of the effective date", "6
# months after signature", "no later than 90 days from entry into force"
RELATIVE = re.compile(
    r"^(?:(?:within|no\s+later\s+than)\s+)?(?:\d{1,3}|one|two|three|four|five|six|nine|ten|twelve|eighteen"
    r"|twenty-four|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?)\s+(?:of|after|from|following)"
    r"\s+(?:the\s+)?[a-z][\w -]{2,40}$",
    re.IGNORECASE,
)


def status_target(verbatim: str, core: str) -> Target | None:
    lowered = core.lower()
    if RELATIVE.match(verbatim):
        return Target(verbatim, "status", slugify(verbatim.lower()), known_status=False)
    if RECURRING.match(core):
        return Target(verbatim, "status", slugify(lowered), known_status=False)
    if lowered in KNOWN_STATUSES:
        return Target(verbatim, "status", KNOWN_STATUSES[lowered])
    if lowered in OTHER_STATUSES:
        return Target(verbatim, "status", slugify(lowered), known_status=False)
    return None


# A quarter or half in words ("the third quarter of 2026", "the 2nd half of 2027"), as prose writes it
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
PERIOD_IN_WORDS = re.compile(
    r"^(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>quarter|half)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})$",
    re.IGNORECASE,
)


def in_words(core: str, unit: str) -> tuple[int, int] | None:
    """The year and number of a quarter or half written in words; None for any other text."""
    match = PERIOD_IN_WORDS.match(core)
    if (
        match is None
        or match.group("unit").lower() != unit
        or ORDINALS[match.group("n").lower()] > (4 if unit == "quarter" else 2)
    ):
        return None
    return int(match.group("y")), ORDINALS[match.group("n").lower()]


def quarter_target(verbatim: str, core: str) -> Target | None:
    worded = in_words(core, "quarter") or fiscal_first(verbatim, "Q")
    if worded is not None:
        year, quarter = worded
        first = 3 * quarter - 2
        return Target(
            verbatim, "quarter", f"{year}-q{quarter}", dt.date(year, first, 1), last_day(year, first + 2)
        )
    for pattern in QUARTER_PATTERNS:
        match = pattern.match(core)
        if match:
            year, quarter = full_year(match.group("y")), int(match.group("q"))
            first = 3 * quarter - 2
            return Target(
                verbatim, "quarter", f"{year}-q{quarter}", dt.date(year, first, 1), last_day(year, first + 2)
            )
    return None


def fiscal_first(verbatim: str, unit: str) -> tuple[int, int] | None:
    """The year and number of a quarter or half written after its fiscal or calendar year ("FY27 H1",
    "CY2026 Q3"), which CALENDAR_YEAR's removal of the prefix leaves year first ("27 H1")."""
    match = FISCAL_FIRST.match(TARGET_PREFIX.sub("", verbatim))
    if match is None or match.group("unit").upper() != unit:
        return None
    if int(match.group("n")) > (4 if unit == "Q" else 2):
        return None
    return full_year(match.group("y")), int(match.group("n"))


def half_target(verbatim: str, core: str) -> Target | None:
    worded = in_words(core, "half") or fiscal_first(verbatim, "H")
    if worded is not None:
        year, half = worded
        return Target(
            verbatim, "half", f"{year}-h{half}", dt.date(year, 6 * half - 5, 1), last_day(year, 6 * half)
        )
    for pattern in HALF_PATTERNS:
        match = pattern.match(core)
        if match:
            year, half = full_year(match.group("y")), int(match.group("h"))
            return Target(
                verbatim, "half", f"{year}-h{half}", dt.date(year, 6 * half - 5, 1), last_day(year, 6 * half)
            )
    return None


# Two months of one year written as ISO months ("2025-04 to 2025-06", "2025-04 - 2025-06")
ISO_MONTH_SPAN = re.compile(
    r"^(?P<y>\d{4})-(?P<m1>\d{2})\s*(?:\u2013|--?|to|through)\s*(?P=y)-(?P<m2>\d{2})$", re.IGNORECASE
)


def month_span_target(verbatim: str, core: str) -> Target | None:
    match = MONTH_SPAN.match(core)
    iso = ISO_MONTH_SPAN.match(core) if match is None else None
    if iso is not None and 1 <= int(iso.group("m1")) < int(iso.group("m2")) <= 12:
        year, first, last = int(iso.group("y")), int(iso.group("m1")), int(iso.group("m2"))
        key = f"{year}-{first:02d}-{year}-{last:02d}"
        return Target(verbatim, "months", key, dt.date(year, first, 1), last_day(year, last))
    if match is None:
        return quarter_span_target(verbatim, core)
    year = int(match.group("y"))
    first, last = month_number(match.group("m1")), month_number(match.group("m2"))
    if last < first:
        return None
    key = f"{year}-{first:02d}-{year}-{last:02d}"
    return Target(verbatim, "months", key, dt.date(year, first, 1), last_day(year, last))


def quarter_span_target(verbatim: str, core: str) -> Target | None:
    """ "Q3/Q4 2025": the months of both quarters (July to December 2025), as a month span is."""
    match = QUARTER_SPAN.match(core)
    if match is None or int(match.group("q2")) <= int(match.group("q1")):
        return None
    year, first, last = int(match.group("y")), 3 * int(match.group("q1")) - 2, 3 * int(match.group("q2"))
    key = f"{year}-{first:02d}-{year}-{last:02d}"
    return Target(verbatim, "months", key, dt.date(year, first, 1), last_day(year, last))


def month_target(verbatim: str, core: str) -> Target | None:
    for pattern in (MONTH_NAME, MONTH_ISO, MONTH_SLASH):
        match = pattern.match(core)
        if match:
            month = match.group("m")
            number = int(month) if month.isdigit() else month_number(month)
            year = full_year(
                match.group("y") or match.group("y2") if pattern is MONTH_NAME else match.group("y")
            )
            if 1 <= number <= 12:
                return Target(
                    verbatim,
                    "month",
                    f"{year}-{number:02d}",
                    dt.date(year, number, 1),
                    last_day(year, number),
                )
    return None


def date_target(verbatim: str, core: str) -> Target | None:
    day = parse_date(core)
    return Target(verbatim, "date", day.isoformat(), day, day) if day else None


def year_target(verbatim: str, core: str) -> Target | None:
    match = YEAR.match(core) or SHORT_FISCAL_YEAR.match(verbatim)
    if match is None:
        return None
    year = full_year(match.group("y"))
    return Target(verbatim, "year", str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))


TARGET_COLON = re.compile(r":\s++(?P<target>[^:;]{2,30}?)\s*+[.;]?\s*$")
TARGET_WORD = re.compile(
    r"^(?:target(?:\s+date)?|due(?:\s+date|\s+by)?|deadline|by(?:\s+the(?=\s+end\b))?|before\s+the(?=\s+end\b))"
    r"\s*:?\s+",
    re.IGNORECASE,
)
# The word that opens the target inside a longer tail ("- comments due 15 September 2025", "- targeted
# for BBF Q4 meeting (December 2025)", "- expected 2H 2025"): the target is what follows it.
TARGET_CUE = re.compile(
    r"\b(?:due(?:\s+by)?|targeted\s+(?:for|at)|target|expected(?:\s+in|\s+by)?|planned(?:\s+(?:for|in))?"
    r"|scheduled(?:\s+(?:for|in))?|by"
    # a target moved: the new one ("target moved from Q2 2025 to end of November 2025", "delayed to Q1 2028",
    # "slipped to Q2 2028", "now Q1 2028 (was Q4 2027)")
    r"|(?:moved|changed|postponed|rescheduled|deferred|shifted|extended|delayed|slipped|pushed(?:\s+back)?"
    r"|brought\s+forward|advanced|re-?planned|revised)\s+(?:from\s+[^,;]{1,30}?\s+)?to|now"
    # an item met, dated by when ("completed April 2027", "delivered on 3 May 2027")
    r"|(?:completed|delivered|published|achieved|done)(?:\s+(?:in|on))?)\s*:?\s+",
    re.IGNORECASE,
)
# The target a moved one replaced, noted after the new one ("Q1 2028 (was Q4 2027)"): no part of it
WAS_NOTE = re.compile(
    r"\s*\((?:was|previously|originally|formerly|initially)\b[^()]{0,40}\)\s*$", re.IGNORECASE
)
# Dotted leaders between an item and its target ("1. Joint webinar ........ 2025-06-12    planned")
LEADER = re.compile(r"(?:(?<!\s)\s+)?(?:\.\s?){3,}\s*|(?:(?<!\s)\s+)?\u2026+\s*")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
COLUMN_GAP = re.compile(r"\t+|\s{2,}")


# Minutes list a register item with its fields on the next line: "Joint tutorial Owner: both.
# Target: April 2022. Status: accepted." The item's text ends where its first field begins.
FIELD_LABEL = r"(?:Owner|Owners|Responsible|Lead|Target(?:\s+date)?|Due|Deadline|Status)\s*(?::|\.{3,})"
# (a dash or bar may stand before the first field: "Calibration guide \u2014 Owner: HMC \u2014 Due: Q4 2026")
ITEM_FIELDS = re.compile(rf"(?<!\s)\s+(?:[-\u2013\u2014|]\s+)?(?={FIELD_LABEL})")
FIELD_TARGET = re.compile(
    r"\b(?:Target(?:\s+date)?|Due(?:\s+date)?|Deadline)\s*(?::|\.{3,})\s*"
    rf"(?P<target>[^;]+?)\s*(?=\s{FIELD_LABEL}|;|$)",
    re.IGNORECASE,
)


# The joint a memorandum's list puts after each of its items ("(a) X, target Q3 2026;", "(b) Y; and")
LIST_JOINT = re.compile(r"(?<=\S)\s*+[;,](?:\s++(?:and|or))?\s*+$")


def split_target(text: str) -> tuple[str, Target | None]:
    """A milestone text without its trailing target ("... Target: 2Q2011", "... - 4Q2011",
    "...: Q2 2021", "... - target 2Q2023;"); the target's text without the word "target". An item
    followed by its fields ("... Owner: OFIWG. Target: 2Q2022. Status: in review") is its text
    before the fields, and the target field's value (not the status after it)."""
    splits = (
        split_leader,
        trailing(TARGET_LABELLED),
        trailing(TARGET_DASHED),
        trailing(TARGET_TYPED_DASH),
        trailing(TARGET_CLAUSE),
        split_fields,
    )
    status = STATUS_IN_BRACKETS.search(text)
    text = STATUS_IN_BRACKETS.sub("", text)  # "... - September 2024 (completed)": the status is no target
    text = LIST_JOINT.sub("", text)  # "(b) X, target H1 2027; and": the list's joint is no part of the target
    leading = LEADING_SQUARE.match(text)
    first = parse_target(leading.group("target").strip()) if leading else None
    if leading is not None and first is not None:
        return text[leading.end() :].strip(), first
    for split in (*splits, trailing(TARGET_COLON), split_bracketed):
        text_before, target = split(text)
        if target is not None:
            return without_status(without_fields(text_before)), target
    running = RUNNING_IN_BRACKETS.search(status.group()) if status is not None else None
    if running is not None:  # "X (ongoing).": with no other target, work that runs on has that status
        return text, parse_target(running.group("status"))
    return text, None


# A running status in brackets, the only target of an item that has no other ("X (ongoing).")
RUNNING_IN_BRACKETS = re.compile(r"\((?P<status>ongoing)\)", re.IGNORECASE)


def without_fields(text: str) -> str:
    """An item's text without the fields its target field closed ("Calibration guide \u2014 Owner: HMC \u2014"
    before "Due: Q4 2026" is "Calibration guide"); a text that is fields alone stays as it is."""
    fields = None if re.match(FIELD_LABEL, text) else ITEM_FIELDS.search(text)
    return text[: fields.start()].rstrip(" .;,") if fields is not None else text


# A status in brackets after a target: "- September 2024 (completed)"
STATUS_IN_BRACKETS = re.compile(
    r"(?<=\S)\s*\((?:completed?|done|finished|in\s+progress|ongoing|on\s+track|delayed|open|closed"
    r"|planned|not\s+started|pending|proposed|new|on\s+hold|at\s+risk|deferred|cancell?ed)\)\s*\.?$",
    re.IGNORECASE,
)
# A date in brackets that ends an item: "Joint session at the summit (June 2024)"
TARGET_BRACKETED = re.compile(r"(?<=\S)\s*\((?P<target>[^()]{3,30})\)\s*+\.?$")


# A target in square brackets that ends an item ("Gap analysis [Q3/Q4 2025]", "... [TBD]"), or in round
# ones after a target word ("(by the March plenary)", "(due end of 2025)", "(deadline 15 June 2027)"): any
# target, a status too
TARGET_SQUARE = re.compile(r"(?<=\S)\s*\[(?P<target>[^\[\]]{2,40})\]\s*+\.?$")
TARGET_CUED_BRACKETS = re.compile(
    r"(?<=\S)\s*\((?P<target>(?:by|due|deadline|target(?:ed)?|expected|planned)\b[^()]{2,40}"
    r"|tb[dac]|to\s+be\s+(?:determined|confirmed|announced))\)\s*+\.?$",
    re.IGNORECASE,
)
# A target in square brackets that opens an item ("[Q2 2026] Shared registry of station codes")
LEADING_SQUARE = re.compile(r"^\s*\[(?P<target>[^\[\]]{2,30})\]\s*[:\u2013\u2014-]?\s*(?=\S)")


# An action's owner and due date in square brackets ("Check X [Tomas, 30 June 2027]", "[A. Lind; Q3 2027]"):
# the date is the target, the owner no part of it
OWNER_THEN_DATE = re.compile(
    r"^(?:[A-Z][\w'.-]{0,30})(?:\s(?:[A-Z][\w'.-]{0,30})){0,2}\s{0,2}[,;]\s{0,2}(?P<date>[^,;]{3,30})$"
)


def split_bracketed(text: str) -> tuple[str, Target | None]:
    """An item ending on a month, quarter or day in brackets; a year alone in brackets ("IEEE 802.3
    (2018)") dates an edition, not a target. Square brackets, or round ones opening on a target word,
    mark the target whatever it is ("[TBD]", "[end of 2025]", "(by the March plenary)")."""
    for marked in (TARGET_SQUARE, TARGET_CUED_BRACKETS):
        found = marked.search(text)
        target = cued_target(found.group("target").strip()) if found else None
        owned = (
            OWNER_THEN_DATE.match(found.group("target").strip())
            if found and marked is TARGET_SQUARE
            else None
        )
        dated = parse_target(owned.group("date")) if owned is not None else None
        target = dated if dated is not None and not dated.is_status else target
        if found is not None and target is not None:
            return text[: found.start()].rstrip(), target
    match = TARGET_BRACKETED.search(text)
    target = parse_target(match.group("target")) if match else None
    # (a year said with a word of when, "(beginning of 2028)", "(mid-2027)", is a target; a year alone, an
    # edition's)
    worded_year = target is not None and target.kind == "year" and not target.text.strip().isdigit()
    periods = ("month", "months", "quarter", "half", "date")
    if match is None or target is None or (target.kind not in periods and not worded_year):
        return text, None
    return text[: match.start()].rstrip(), target


# A status written between an item and its target ("X — in progress — expected Q2 2025"): not the item's text
STATUS_TAIL = re.compile(r"(?<!\s)\s+[-\u2013\u2014]\s+(?P<status>[A-Za-z][A-Za-z -]{0,20})$")
STATUS_WORDS = {*KNOWN_STATUSES, *OTHER_STATUSES, "draft", "at risk", "in review", "under review", "approved"}


def without_status(text: str) -> str:
    match = STATUS_TAIL.search(text)
    return text[: match.start()] if match and match.group("status").strip().lower() in STATUS_WORDS else text


def trailing(pattern: re.Pattern[str]) -> Callable[[str], tuple[str, Target | None]]:
    """A split by a pattern of a trailing target."""

    def split(text: str) -> tuple[str, Target | None]:
        match = pattern.search(text)
        if match is None:
            return text, None
        target = cued_target(match.group("target").strip().rstrip(";,").strip())
        return (text[: match.start()].rstrip(), target) if target is not None else (text, None)

    return split


def cued_target(tail: str) -> Target | None:
    """The target a tail states: the whole tail ("Q3 2024"), else what follows its last target word
    ("comments due 15 September 2025" -> "15 September 2025")."""
    tail = WAS_NOTE.sub("", tail)
    cues = list(TARGET_CUE.finditer(tail))
    cued = parse_target(LEADING_THE.sub("", tail[cues[-1].end() :])) if cues else None
    return cued or parse_target(TARGET_WORD.sub("", tail))


def split_leader(text: str) -> tuple[str, Target | None]:
    """An item, dotted leaders, then its target and maybe more columns (a status): the first column
    after the last leader that is a target, a date before a status."""
    leaders = list(LEADER.finditer(text))
    if not leaders or not text[: leaders[-1].start()].strip():
        return text, None
    columns = [c.strip() for c in COLUMN_GAP.split(text[leaders[-1].end() :]) if c.strip()]
    # (a column may open with its cue: "X ........ due 30 June 2027", a call's list of deliverables)
    targets = [t for t in (parse_target(c) or cued_target(c) for c in columns) if t is not None]
    target = next((t for t in targets if not t.is_status), targets[0] if targets else None)
    if target is None and len(leaders) == 1:
        # a timeline written the other way round, "Meeting #49 (June 2025) ........ working document":
        # the period on the left, the item on the right
        # (a row named by its meeting, "Meeting #49 (June 2025)", is dated by the period in its brackets)
        left, right = text[: leaders[0].start()].strip(), text[leaders[0].end() :].strip()
        bracketed = TARGET_BRACKETED.search(left)
        first = (parse_target(bracketed.group("target")) if bracketed else None) or parse_target(left)
        if first is not None and not first.is_status and right and parse_target(right) is None:
            return right, first
    return (text[: leaders[-1].start()].rstrip(), target) if target is not None else (text, None)


def field_value_target(value: str) -> Target | None:
    """A target field's value up to the next field: whole ("Sept. 2025"), else its first sentence
    ("April 2022. Status: ..." when the next field has no label the rules know)."""
    value = TARGET_WORD.sub("", value.strip().rstrip("."))  # "Target: by end of 2026" is "end of 2026"
    return parse_target(value) or parse_target(value.split(". ", 1)[0])


def split_fields(text: str) -> tuple[str, Target | None]:
    """(text before the fields, the target field's value); a line of fields alone has no item text."""
    fields = None if re.match(FIELD_LABEL, text) else ITEM_FIELDS.search(text)
    match = FIELD_TARGET.search(text, fields.end()) if fields is not None else None
    target = field_value_target(match.group("target")) if match else None
    if fields is None or target is None:
        return text, None
    return text[: fields.start()].rstrip(" .;,"), target


def find_target(text: str) -> Target | None:
    """The first target-like phrase inside a sentence ("... expected to be June 2022")."""
    words = text.rstrip(".").split()
    for size in (3, 2, 1):
        for index in range(len(words) - size, -1, -1):
            target = parse_target(" ".join(words[index : index + size]).strip(",;()"))
            if target is not None and not target.is_status:
                return target
    return None


CYCLES = (
    (re.compile(r"\b(once (a|per|each|every) year|annual(ly)?|every year|yearly)\b", re.I), "P1Y"),
    (re.compile(r"\b(twice (a|per) year|semi-?annual(ly)?|every six months|every 6 months)\b", re.I), "P6M"),
    (re.compile(r"\b(quarterly|every (three|3) months|once (a|per) quarter)\b", re.I), "P3M"),
    (re.compile(r"\b(biennial(ly)?|every (two|2) years)\b", re.I), "P2Y"),
    (re.compile(r"\bevery (three|3) years\b", re.I), "P3Y"),
)


def review_cycle(text: str) -> str | None:
    """The review interval a sentence states, as an xsd:duration ("approximately once per year" -> P1Y)."""
    for pattern, duration in CYCLES:
        if pattern.search(text):
            return duration
    return None


MONTH_IN_TEXT = re.compile(
    rf"\b{MONTH}\s*,?\s+(?:19|20)\d{{2}}\b|\b(?:19|20)\d{{2}}-(?:0[1-9]|1[0-2])\b(?!-\d)", re.I
)
YEAR_IN_TEXT = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/-])")


def iso_value(text: str) -> str | None:
    """A date as ISO 8601 as far as `text` is precise: "2021-06-15", "2021-06" or "2021"; None
    for anything else (a quarter, a status)."""
    day = parse_date(text)
    if day is not None:
        return day.isoformat()
    target = parse_target(text)
    if target is not None and target.kind in ("month", "year", "date"):
        return target.key
    return None


# ("9th - 13th September 2024", "20th to 23rd April 2026": the days may be ordinals)
DAY_RANGE = re.compile(
    # ("21 and 22 January 2014": a meeting of two days, as news items write it; "23/24 October 2012", as CEN's
    # and ETSI's reports do)
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|\u2013|to|and|&|/)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m>{MONTH})\s*,?\s+"
    r"(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
# The other ways real pages write a meeting's days: each day with its month ("14 May to 16 May 2025",
# "Wednesday 14 May - Friday 16 May 2025", "30 April - 2 May 2025"), or the month first as American
# pages write it ("May 14 - 16, 2025", "May 30 - June 2, 2025"). The first day's month is the meeting's.
# (blanks possessive, and one class of them between two words: no run of blanks is tried twice)
ORDINAL = r"(?:st|nd|rd|th)?"
RANGE_TO = r"\s*+(?:-|\u2013|\u2014|to\b|through\b|until\b)\s*+"
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s++)?"
YEAR_AFTER = r"(?:\s*+,\s*+|\s++)(?P<y>(?:19|20)\d{2})\b"
DAY_MONTH_RANGE = re.compile(
    rf"\b\d{{1,2}}{ORDINAL}\s++(?P<m>{MONTH}){RANGE_TO}{WEEKDAY}\d{{1,2}}{ORDINAL}\s++{MONTH}{YEAR_AFTER}",
    re.I,
)
MONTH_DAY_RANGE = re.compile(
    rf"\b(?P<m>{MONTH})\s++\d{{1,2}}{ORDINAL}{RANGE_TO}(?:{MONTH}\s++)?\d{{1,2}}{ORDINAL}{YEAR_AFTER}", re.I
)
# The year first, the month's name and the days after it, as ITU's liaison tables write a meeting
# ("Geneva, 2004-Nov-16-25", "2028-Jan-17/26"): a span of days, its month
YEAR_MONTH_DAYS = re.compile(
    rf"\b(?P<y>(?:19|20)\d{{2}})-(?P<m>{MONTH})-\d{{1,2}}(?:-|/|\s*+[\u2013\u2014]\s*+)\d{{1,2}}(?![\d-])",
    re.I,
)
# An ISO day and the span's last day after a slash, as ISO committees write a meeting's days ("Meeting
# dates: 2015-12-10/11", "2027-06-10/2027-06-12"): a span of days in one month, its month, where a head or a
# field dates the document's meeting (day_range_in(iso=True)); in a sentence ("meeting in Busan,
# 2027-04-19/22") its first day, as the corpus's golds have it; a dash between two ISO days is as often a
# period of work, and is not read
ISO_DAY_SPAN = re.compile(
    r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-[0-3]\d/(?:(?P=y)-(?P=m)-)?[0-3]\d(?![\d/-])"
)
# The days, then the month and the year in digits, day first as Europe writes them ("Meeting dates:
# 11-13/03/2027", "11 - 13.03.2027"): a span of days, its month
NUMERIC_DAY_SPAN = re.compile(
    r"(?<![\d/.-])\d{1,2}[ \t]?[-\u2013][ \t]?\d{1,2}(?P<sep>[/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})\b"
)
DAY_RANGES = (DAY_RANGE, DAY_MONTH_RANGE, MONTH_DAY_RANGE, YEAR_MONTH_DAYS, NUMERIC_DAY_SPAN)


def day_range_in(text: str, iso: bool = False) -> tuple[str, int, int] | None:
    """A span of days ("14 - 18 August 2023", "May 14 - 16, 2025", a meeting) as its first day's month:
    ("2023-08", start, end); the span written first when the text has several. With `iso`, an ISO day's
    span too ("2027-06-10/11": ISO_DAY_SPAN)."""
    patterns = (*DAY_RANGES, ISO_DAY_SPAN) if iso else DAY_RANGES
    found = [match for match in (pattern.search(text) for pattern in patterns) if match is not None]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    month = match.group("m").rstrip(".")
    number = int(month) if month.isdigit() else month_number(month)
    return f"{match.group('y')}-{number:02d}", match.start(), match.end()


def all_dates_in(text: str) -> list[tuple[str, int, int]]:
    """Every full date written in a phrase, in order ("on 2019-04-02 and ... on 2019-04-11")."""
    found = []
    for match in DATE_IN_TEXT.finditer(text):
        value = iso_value(match.group())
        if value is not None:
            found.append((value, match.start(), match.end()))
    return found


# A sentence that approves or signs, after a review sentence in one paragraph ("... next review: July
# 2026. Approved by X on 28 January 2026 ..."): its dates are approvals, not the next review
APPROVAL_SENTENCE = re.compile(r"(?<=[.;])\s++(?=(?:Approved|Signed|Agreed|Endorsed|Adopted)\b)")


def review_part(text: str) -> str:
    """The part of a review paragraph before a sentence that approves or signs."""
    match = APPROVAL_SENTENCE.search(text)
    return text if match is None else text[: match.start()]


# A review paragraph that opens by approving ("Approved by A on X and by B on Y. This plan will be reviewed
# annually in Q1."): only the sentence that reviews dates the review
APPROVAL_FIRST = re.compile(r"^\W*(?:Approved|Signed|Agreed|Endorsed|Adopted)\b")
REVIEW_WORD = re.compile(r"\breview", re.IGNORECASE)
# A term clause's first sentence saying when the document takes effect ("7.1 This MoU takes effect on 1
# April 2027 and runs for three years. The Parties will review ..."): its date is no review; the review
# sentence's is
EFFECT_FIRST = re.compile(
    r"^[^.;\n]{0,80}?\b(?:takes\s+effect|(?:enters?|comes?)\s+into\s+(?:force|effect)|(?:is|becomes)\s+effective"
    r"|shall\s+be\s+effective|is\s+concluded\s+for|runs\s+for)\b",
    re.IGNORECASE,
)


def review_window(text: str) -> tuple[int, str]:
    """The part of a review paragraph that states the review, and where it starts in `text`: the
    paragraph before any approving sentence after it (review_part), or, when the paragraph opens by
    approving or by saying when the document takes effect, from the sentence that says "review" on
    (nothing when none does)."""
    part = review_part(text)
    if APPROVAL_FIRST.match(part) is None and EFFECT_FIRST.match(part) is None:
        return 0, part
    word = REVIEW_WORD.search(part)
    if word is None:
        return 0, ""
    start = max(part.rfind(". ", 0, word.start()), part.rfind("; ", 0, word.start()))
    start = 0 if start < 0 else start + 2
    return start, part[start:]


def first_date_in(text: str) -> tuple[str, int, int] | None:
    """The first date written inside a phrase, the most precise reading first: (ISO value, start,
    end). "on 12 May 2020" -> 2020-05-12; "since June 2019" -> 2019-06; "in 2018" -> 2018; a span
    of days, "4-8 April 2022", is its month."""
    ranged = day_range_in(text)
    if ranged is not None:
        return ranged
    for pattern in (DATE_IN_TEXT, MONTH_IN_TEXT, YEAR_IN_TEXT):
        for match in pattern.finditer(text):
            value = iso_value(match.group())
            if value is not None:
                return value, match.start(), match.end()
    return None
