"""Which kind of alliance document a text is, or that it is about no alliance at all.

Why one place: every kind has its own mapping rules (kg.extract.registers, mou, liaison, pages,
minutes), and a document must go to exactly one of them. The decision reads the document's own
words, strongest first: what its title calls it ("Memorandum of Understanding", "Liaison
Statement", "Minutes"), then the header fields a kind has (From/To/For action), then the sections
it has (a register's milestones, contacts and approval), then its vocabulary of collaboration.
A text that names fewer than two organizations, or never speaks of working together, is about no
alliance: it is refused (NotAnAllianceDocument), never mapped to an empty graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.extract.context import Context

REGISTER_SECTIONS = ("milestones", "contacts", "approval", "review", "scope", "terms", "organizations")

TITLE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "MeetingRecord",
            r"\bminutes\b|\bmeeting\b|\bsymposium\b|\bpresenter\b|\bslides?\b|\bteleconference\b"
            r"|\bjoint\s+(?:call|session)\b|\b(?:status|alliance|roadmap|progress)\s+(?:review|update)\b|\bagenda\b"
            # a slide deck as a slide-sharing site exports it ("Download presentation")
            r"|\bdownload\s+presentation\b"
            # a call's notes: "3D geospatial sync — notes", "Call notes"
            r"|\b(?:sync|call|telco|session)\s*[\u2013\u2014:-]?\s*notes\b",
        ),
        ("RegisterAddendum", r"\b(?:addendum|amendment|annex|supplement)\b"),
        ("MemorandumOfUnderstanding", r"\bmemorandum\s+of\s+(?:understanding|agreement)\b|\bMoU\b|\bMOA\b"),
        (
            "WorkRegister",
            r"\bwork\s+register\b|\bregister\b|\bworking\s+agreement\b|\b(?:joint\s+)?work\s*plan\b"
            r"|\bjoint\s+(?:work\s+)?(?:project|programme|program|roadmap|plan)\b|\bwork\s+programme\b"
            r"|\bproject\s+charter\b"
            # a plan or roadmap of work ("Fast-track coordination plan", "change-tracking roadmap")
            r"|\b(?:coordination|action|implementation|work)\s+(?:plan|roadmap)\b|\broadmap\b",
        ),
        (
            "AlliancePage",
            r"\balliances?\b|\bpartners?(?:hips?)?\b|\bpartenariats?\b|\bliaisons?\b|\bcollaborations?\b"
            r"|\brelationships?\b|\bcooperation\b",
        ),
    )
)
LIAISON_TITLE = re.compile(
    r"\bliaison\s+statement\b|\b(?:outgoing|incoming)\s+liaison\b|\bLS\s+(?:on|to|from|in\s+reply)\b"
    r"|^\W*(?:doc(?:ument)?\s+type|type)\W*:?\s*liaison\b",
    re.IGNORECASE | re.MULTILINE,
)
TITLE_LINES = 3
BREADCRUMB = re.compile(r"\s[\u203a\u00bb>]\s.*\s[\u203a\u00bb>]\s")  # "Home > About > Liaisons > X"
# A site menu saved as one line ("Home | Liaisons | Search"): short entries between bars, no title
MENU = re.compile(r"^\s*[\w&'.-]+(?:\s[\w&'.-]+){0,2}(?:\s+\|\s+[\w&'.-]+(?:\s[\w&'.-]+){0,2}){2,}\s*$")
WORDS = re.compile(r"[^\W\d_]{2}")  # a line with a word (not an empty list item "-")
# The opening is counted in characters: a hard-wrapped document's lines are joined when read, so
# twenty of its lines reach far into its body (an introduction recalling "liaison statements").
OPENING_CHARACTERS = 1200
# Where a document names its kind: a line's start, or a field's value ("Title: LS on ..."), or after
# a few words ("Send any reply LS to"); a sentence running on in a paragraph names no kind.
KIND_PREFIX_WORDS = 3
FIELD_LABEL = re.compile(r"^\s*[\w][\w ()/-]{0,30}:\s*")
SENTENCE_END = re.compile(r"[.!?]\s")
LIAISON_FIELD = re.compile(
    r"^[\s|*]*(?:From|To|Source|For|Purpose|Action|Deadline)[\s*]*(?::|\|)", re.I | re.M
)
SALUTATION = re.compile(r"^\s*Dear\s+\w", re.MULTILINE)
FOR_ACTION = re.compile(r"\bfor\s+(?:action|information|comment|review)\b", re.IGNORECASE)
COLLABORATION_WORDS = re.compile(
    r"\b(?:collaborat\w*|alliance\w*|liaison\w*|partner\w*|cooperat\w*|co-operat\w*|joint(?:ly)?|"
    r"memorandum|work\s+register|agreement|coordinat\w*|relationship)\b",
    re.IGNORECASE,
)


PROPER_NAME = re.compile(  # words of at most 61 characters: unbounded, a run of "Ab-Ab-..." was quadratic
    r"\b(?:[A-Z][\w&.-]{0,60}\s+){1,5}(?:Alliance|Partnership|Partners|Consortium|Collaborative)\b"
    r"|\b(?:Alliance|Partnership)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w&.-]{0,60}\s*){1,5}"
)


class NotAnAllianceDocument(InputError):
    """The document is about no alliance: a refusal the caller can tell from an unreadable file."""

    exit_code = 3


@dataclass(frozen=True)
class Kind:
    """The kind decided and why (the reason is kept for messages and tests)."""

    name: str
    reason: str


def classify(ctx: Context, organizations: int) -> Kind:
    """The kind of the document in `ctx`; NotAnAllianceDocument when it is about no alliance.

    `organizations` is how many distinct organizations the document names: an alliance takes two.
    """
    text = ctx.document.text
    opening = opening_text(ctx)
    if organizations < 2 and not is_liaison(opening, text):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it names {organizations} organization(s), "
            "an alliance takes at least two (a work register, memorandum of understanding, alliance page, "
            "liaison statement or meeting record between them)"
        )
    if not speaks_of_collaboration(text) and not is_liaison(opening, text):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it never speaks of an alliance, liaison, "
            "collaboration, partnership or agreement between the organizations it names"
        )
    if is_liaison(opening, text):
        return Kind(
            "LiaisonStatement", "it says so, or has a liaison header (From, To, For action or information)"
        )
    return by_title(ctx) or by_structure(ctx)


def speaks_of_collaboration(text: str) -> bool:
    """Whether the text speaks of working together, not counting the names of bodies ("a member of
    the Wi-Fi Alliance" is no alliance between the organizations the text names)."""
    return COLLABORATION_WORDS.search(PROPER_NAME.sub(" ", text)) is not None


def opening_text(ctx: Context) -> str:
    """The first characters: where a document says what it is (a liaison statement's header is long)."""
    return ctx.document.text[:OPENING_CHARACTERS]


def names_itself(opening: str, match: re.Match[str]) -> bool:
    """Whether a kind's words stand where a document names itself: at its line's start, as a field's
    value, or after a few words, not inside a paragraph's running sentence."""
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())  # "\nDOC TYPE: ..."
    prefix = opening[opening.rfind("\n", 0, start) + 1 : start]
    prefix = FIELD_LABEL.sub("", prefix, count=1)
    return not SENTENCE_END.search(prefix) and len(prefix.split()) <= KIND_PREFIX_WORDS


def title_lines(ctx: Context) -> list[str]:
    """The title and the first non-blank lines after it (not table rows), where a document names its kind."""
    lines = [
        line
        for line in ctx.document.text.splitlines()
        if WORDS.search(line) and not is_row(line) and not BREADCRUMB.search(line) and not MENU.match(line)
    ]
    lines = lines[:TITLE_LINES]
    return ([ctx.layout.title.text] if ctx.layout.title is not None else []) + lines


def is_row(line: str) -> bool:
    return line.lstrip().startswith("|") or "\t" in line.strip()


def by_title(ctx: Context) -> Kind | None:
    """Minutes and addenda say so in any title line ("DMTF / SNIA Work Register" / "Amendment 3");
    the other kinds are what the first title line that names one says."""
    lines = title_lines(ctx)
    for kind, pattern in TITLE_KINDS[:2]:
        for line in lines:
            if pattern.search(line) and (kind != "RegisterAddendum" or amends_something(lines)):
                return Kind(kind, f"its title says so: {line.strip()[:80]!r}")
    for line in lines:
        for kind, pattern in TITLE_KINDS[2:]:
            if pattern.search(without_bodies(ctx, line) if kind == "AlliancePage" else line):
                return Kind(kind, f"its title says so: {line.strip()[:80]!r}")
    return None


def without_bodies(ctx: Context, line: str) -> str:
    """A title line without the names of the bodies it names: "GlobalPlatform / FIDO Alliance" over a
    joint work programme names two bodies, not an alliance page."""
    for mention in reversed(ctx.resolver.mentions(line)):
        if mention.entity.kind == "organization":
            line = line[: mention.start] + " " + line[mention.end :]
    return line


def amends_something(lines: list[str]) -> bool:
    return any(re.search(r"\b(?:register|agreement|memorandum|MoU)\b", line, re.IGNORECASE) for line in lines)


def is_liaison(opening: str, text: str) -> bool:
    """A liaison statement says so, or has a liaison header: From (or Source) and To, and For
    action or information."""
    if any(names_itself(opening, match) for match in LIAISON_TITLE.finditer(opening)):
        return True
    fields = {m.group(0).strip(" *:").split()[0].lower() for m in LIAISON_FIELD.finditer(text[:3000])}
    # a letter from one body to another opens with "Dear ..." instead of a To field
    addressed = "to" in fields or SALUTATION.search(text[:3000]) is not None
    has_ends = bool(fields & {"from", "source"}) and addressed
    return has_ends and bool(FOR_ACTION.search(text[:3000]) or fields & {"for", "purpose", "action"})


def by_structure(ctx: Context) -> Kind:
    sections = {s.kind for s in ctx.layout.sections} & set(REGISTER_SECTIONS)
    if len(sections) >= 3:
        return Kind("WorkRegister", f"it has a register's sections ({', '.join(sorted(sections))})")
    return Kind("AlliancePage", "it describes a relationship between organizations in prose")
