"""Which kind of alliance document a text is, or that it is about no alliance at all.

Why one place: every kind has its own mapping rules (kg.extract.registers, mou, liaison, pages,
minutes), and a document must go to exactly one of them. The decision reads the header fields a
liaison has (From/To/For action), then weighs what the title calls the document against what it is
built of (built_as: a meeting's agenda and actions, numbered articles and signatures, a table of
changed rows, work items with targets): a title word only one kind uses ("Minutes", "Addendum",
"Memorandum", "Register") decides, a title's words of partnership yield to the structure. Titles
vary far more than structures do; the sections (by_structure) decide last.
A text that names fewer than two organizations, or never speaks of working together, is about no
alliance: it is refused (NotAnAllianceDocument), never mapped to an empty graph.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.extract.context import Context, unique
from kg.extract.dates import (
    DATE_IN_TEXT,
    MONTH_IN_TEXT,
    TARGET_CLAUSE,
    TARGET_DASHED,
    TARGET_LABELLED,
    first_date_in,
    parse_target,
)
from kg.extract.document_dates import dateline_over_lead, document_year
from kg.extract.entities import all_blocks as blocks_with_kinds
from kg.extract.headers import OPENS_WITH_FIELD, split_fields
from kg.extract.milestones import tracker_status
from kg.extract.names import ORG_HEADS, cited_bodies
from kg.extract.parties import slash_pair_bodies
from kg.extract.structure import Block
from kg.model import prefilter
from kg.model.prefilter import finditer, search
from kg.model.records import AllianceRecord, Entity, Mention

WORK_SECTIONS = ("milestones", "approval", "review", "terms")
REGISTER_SECTIONS = ("milestones", "contacts", "approval", "review", "scope", "terms", "organizations")

# Words a meeting's title may use that a topic's name uses too ("Weekly sync", but "Time Sync - Joint Work
# Register"; "Recap: ...", but "Register recap"; "Joint Workshop on AI Standards", but "Workshop Programme
# - Joint Work Register"): with another kind's words in the same line, that kind's
WEAK_MEETING_WORDS = r"\brecap\b|\bdebrief\b|\bsync\b(?=\s*(?:\(|$|[\u2013\u2014:|-]))|\bworkshop\b"
WEAK_MEETING = re.compile(WEAK_MEETING_WORDS, re.IGNORECASE)
TITLE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "MeetingRecord",
            r"\bminutes\b|\bmeeting\b|\bsymposium\b|\bpresenter\b|\bslides?\b|\bteleconference\b"
            r"|\bjoint\s+(?:call|session)\b|\b(?:status|alliance|roadmap|progress)\s+(?:review|update)\b|\bagenda\b"
            # a call named by what it is ("KDF-FSC coordination call, 3 March 2027", "Monthly liaison call")
            r"|\b(?:coordination|liaison|monthly|weekly|bi-?weekly|quarterly|conference)\s+calls?\b"
            # a slide deck as a slide-sharing site exports it ("Download presentation")
            r"|\bdownload\s+presentation\b"
            # a call's notes: "3D geospatial sync — notes", "Call notes"
            r"|\b(?:sync|call|telco|session)\s*[\u2013\u2014:-]?\s*notes\b"
            # or named head first: "Notes of the GSMA - WBA roaming call", "Notes from the joint telco"
            r"|\bnotes\s+(?:of|from)\s+(?:[\w&/'.-]+\s+){0,8}?(?:call|telco|session|sync)\b"
            # a meeting's recap as a calendar or a notes tool shares it ("Recap: A x B liaison sync
            # (October)", "Weekly sync", "Meeting recap"): a sync ends its phrase (no time sync protocol)
            rf"|{WEAK_MEETING_WORDS}",
        ),
        # (an update or change notice numbered as such: "Work plan - Update 2", "Change notice 4")
        (
            "RegisterAddendum",
            r"\b(?:addendum|amendment|annex|supplement)\b|\bchange\s+notice\b|\bupdate\s+(?:no\.?\s?)?\d{1,3}\b"
            # a document's corrections ("ERRATA TO / X Work Register", "Corrigendum 1 to the ..."): they
            # amend it as an amendment does
            r"|\berrat(?:a|um)\b|\bcorrigend(?:a|um)\b"
            # the change log of a register or agreement, each release an addendum ("Changelog - X Work
            # Register"); a software change log names no register (amends_something)
            r"|\bchange\s?log\b",
        ),
        (
            "MemorandumOfUnderstanding",
            r"\bmemorandum\s+of\s+(?:understanding|agreement|cooperation|co-operation|collaboration)\b"
            # (its short form, as a news headline writes it: "A and B Sign Memo of Understanding")
            r"|\bmemo\s+of\s+(?:understanding|agreement|co-?operation)\b"
            r"|\bMoU\b|\bMOA\b|\bletter\s+of\s+(?:intent|understanding|agreement|co-?operation)\b"
            # an agreement named by what it agrees on ("Cooperation Agreement", "Liaison Agreement"); a
            # "working agreement" is a register's old name, read below
            r"|\b(?:cooperation|co-operation|collaboration|partnership|liaison|framework)\s+agreement\b"
            # the other written forms of an agreement between bodies: an arrangement ("Technical Cooperation
            # Arrangement", "Working Arrangement between A and B", "Mutual Recognition Arrangement"), a
            # statement or declaration of intent ("Joint Statement of Intent", "Declaration of Intent on ...")
            r"|\b(?:co-?operation|collaboration|partnership|liaison|framework|technical|implementing|working"
            r"|recognition)\s+arrangements?\b"
            r"|\b(?:statement|declaration)s?\s+of\s+(?:intent|intention|co-?operation|understanding)\b"
            r"|\bjoint\s+declaration\b"
            # the statement a committee and a consortium set a liaison up with ("Liaison between A and B /
            # Statement of mutual benefits and responsibilities")
            r"|\bstatement\s+of\s+mutual\s+benefits?\b"
            # a title that is the word alone, or the agreement and its parties ("AGREEMENT", "Agreement
            # between A and B"): a "Working Agreement" is a register's old name, read below
            r"|^\W{0,3}agreement(?:\s+between\b.*)?\W{0,3}$"
            # an agreement named head first by what it is on ("Agreement on Technical Cooperation between A
            # and B", "Agreement for Cooperation in Buoy Standards"): the title opens with it
            r"|^\W{0,3}(?:agreement|accord|protocol)\s+(?:on|of|for|concerning|regarding)\s+(?:the\s+)?"
            r"(?:technical\s+|mutual\s+|scientific\s+|strategic\s+)?(?:co-?operation|collaboration|partnership"
            r"|liaison)\b",
        ),
        (
            "WorkRegister",
            # (a government's gazette, "Federal Register", is no register of work: it prints notices)
            r"\bwork\s+register\b|(?<!\bfederal\s)\bregister\b|\bworking\s+agreement\b|\b(?:joint\s+)?work\s*plan\b"
            r"|\bjoint\s+(?:work\s+)?(?:project|programme|program|roadmap|plan)\b|\bwork\s+programme\b"
            r"|\bproject\s+charter\b"
            # a plan or roadmap of work ("Fast-track coordination plan", "change-tracking roadmap")
            r"|\b(?:coordination|action|implementation|work)\s+(?:plan|roadmap)\b|\broadmap\b",
        ),
        (
            "AlliancePage",
            r"\balliances?\b|\bpartners?(?:hips?)?\b|\bpartenariats?\b|\bliaisons?\b|\bcollaborations?\b"
            r"|\brelationships?\b|\bcooperation\b"
            # a page listing agreements ("Memoranda of Understanding"): one memorandum is "Memorandum"
            r"|\bmemoranda\b",
        ),
    )
)
LIAISON_TITLE = re.compile(
    r"\bliaison\s+statement\b|\b(?:outgoing|incoming)\s+liaison\b|\bLS\s+(?:on|to|from|in\s+reply)\b"
    # (blanks bounded: "\W*:?\s*" over a run of blanks backtracks over its square)
    r"|^\W{0,3}(?:doc(?:ument)?\s{1,3}type|type)\W{0,3}:?\s{0,3}liaison\b",
    re.IGNORECASE | re.MULTILINE,
)
# the writer speaking as the liaison between two bodies ("As liaison officer from the Khronos Group to SC 24,
# I am writing ...", "As the OASIS liaison representative to JTC 1, I ..."): with a salutation, a liaison
# report
LIAISON_SPEAKER = re.compile(
    r"\b[Aa]s\s+(?:the\s+|an?\s+|your\s+)?(?:[A-Z][\w&/.-]{0,20}\s+){0,4}liaison\s+"
    r"(?:(?:officer|representative|rapporteur|manager|coordinator)\s+)?(?:from|of|for|to|between)\s+(?:the\s+)?[A-Z]"
)
# an e-mail's subject ("Subject: Liaison on the storage profile draft", "Subject: RE: Liaison to ..."):
# with From and To, an e-mail sent as a liaison
# (and a memo's "RE:" or "Regarding:" line, its subject: "TO: ... FROM: ... RE: Liaison - sideband pins")
LIAISON_SUBJECT = re.compile(
    r"^\W{0,3}(?:subject\W{0,3}:?|re(?:garding)?[ \t]{0,3}:)[ \t]{0,12}"
    r"(?:(?:re|fwd?)\s{0,2}:\s{0,2}){0,3}liaison\b",
    re.IGNORECASE | re.MULTILINE,
)
# a header's reply field ("Response requested by: August 31, 2026", "Reply by: ..."): with From and To, a
# statement that asks for an answer
REPLY_FIELD = re.compile(
    r"^[ \t|*]{0,4}(?:response|reply|answer)[ \t]{1,3}(?:(?:requested|expected|needed)[ \t]{1,3})?"
    r"by[ \t*]{0,3}:",
    re.IGNORECASE | re.MULTILINE,
)
TITLE_LINES = 3
# a longer line ending as a sentence does is a sentence of the text ("The following changes were agreed at
# the joint call of 10 June 2026:"): a meeting or an addendum is named by a title, not by a sentence that
# tells of a call
TITLE_WORDS = 8


# One sentence's end and the next's start inside a line ("... Open Buoy Consortium (OBC). The changes were
# agreed on the joint liaison call of"): a hard-wrapped paragraph's line, prose, whatever its last word
# ("No. 3", "Rec. ITU-T", "802.3." end no sentence: a small letter or a bracket before the stop)
INNER_SENTENCE_END = re.compile(r"[a-z)\]][.!?][ \t]+[A-Z]")


def is_sentence(line: str) -> bool:
    return len(line.split()) > TITLE_WORDS and (
        line.rstrip().endswith((".", ":", ";")) or INNER_SENTENCE_END.search(line) is not None
    )


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
# (a two-column table's row is read as its cells joined by a tab: "From\tHMC Tide Gauge Working Group")
LIAISON_FIELD = re.compile(
    # (the addressee under other names: "Destination:", "Addressee:", "Recipient(s):"; an answer asked in a
    # field of its own: "Response: requested by ...", "Reply: by 30 April")
    r"^[ \t|*]*(?:From|To|Source|For|Purpose|Action|Deadline|Destination|Addressees?|Recipients?|Response"
    r"|Reply)[ *]*(?::|\||\t)",
    re.I | re.M,
)
ADDRESSEE_FIELDS = {"to", "destination", "addressee", "addressees", "recipient", "recipients"}
SALUTATION = re.compile(r"^\s*Dear\s+\w", re.MULTILINE)
FOR_ACTION = re.compile(
    r"\bfor\s+(?:your\s+)?(?:action|information|comments?|review|consideration|feedback)\b"
    # a letter's request ("would welcome your comments", "we invite your feedback")
    r"|\b(?:welcome|invite|request|ask\s+for)\s+your\s+(?:comments|feedback|input|views|review)\b"
    # a mail's request ("Please send any comments on the attached draft by 30 April")
    r"|\bplease\s+(?:send|provide|submit|share|forward)\s+(?:us\s+)?(?:any\s+|your\s+)?(?:comments|feedback|input"
    r"|views)\b",
    re.IGNORECASE,
)
# A request to the addressee in a mail or letter's own words, with From and To (or "Dear ..."): a body asking
# the other to act ("IEEE 802 asks SC 6 to circulate ...", "we request the Working Party to consider ...",
# "We invite you to review ...") or welcoming its answer ("Comments from SC 6 are welcome until ...",
# "your feedback would be appreciated"): a chair's mail to another body's committee is a statement
ADDRESSEE_ASKED = re.compile(
    r"\b(?:asks?|requests?|invites?|urges?)[ \t\n]{1,3}(?:[\w/.-]{1,30}[ \t\n]{1,3}){1,5}?to[ \t\n]{1,3}"
    r"(?:circulate|consider|review|comment|note|distribute|forward|provide|send|respond|reply|share|inform"
    r"|take[ \t\n]{1,3}(?:note|action|into))\b"
    r"|\b(?:comments?|feedback|input|views|responses?|replies)\b[^.\n]{0,40}?\b(?:are|is"
    r"|would[ \t\n]{1,3}be|will[ \t\n]{1,3}be)[ \t\n]{1,3}(?:most[ \t\n]{1,3}|very[ \t\n]{1,3})?"
    r"(?:welcome|appreciated|invited)\b"
    # a letter's polite request ("We would appreciate it if TC X could ...", "we would be grateful if the
    # committee could ...") and the addressee asked in the passive ("TC X is kindly requested to ...", "the
    # members of SG 5 are invited to review ...")
    r"|\bwould[ \t\n]{1,3}(?:appreciate|be[ \t\n]{1,3}(?:grateful|thankful|pleased|glad))[ \t\n]{1,3}"
    r"(?:it[ \t\n]{1,3})?if\b"
    r"|\b(?:is|are)[ \t\n]{1,3}(?:kindly[ \t\n]{1,3}|hereby[ \t\n]{1,3}|therefore[ \t\n]{1,3})?"
    r"(?:requested|invited|asked|encouraged)[ \t\n]{1,3}to[ \t\n]{1,3}(?!be\b)\w",
    re.IGNORECASE,
)
# A memorandum of what bodies agree ("memorandum of understanding"); a memorandum alone is a company's memo
# ("INTERNAL MEMORANDUM: travel approvals for standards meetings"), which speaks of no work together; the
# plural both ways ("memoranda", "memorandums of understanding were signed")
AGREED_MEMORANDUM = (
    r"memorand(?:ums?|a)\s+of\s+(?:understanding|agreement|co-?operation|collaboration|intent)"
    r"|memos?\s+of\s+(?:understanding|agreement|co-?operation)"  # (the short form: "Memo of Understanding")
)
# (with the words of partner pages in other languages: "Kooperation", "Zusammenarbeit", "coopération",
# "colaboración", "collaborazione")
COLLABORATION_WORDS = re.compile(
    r"\b(?:collaborat\w*|alliance\w*|liaison\w*|partner\w*|cooperat\w*|co-operat\w*|joint(?:ly)?|"
    rf"{AGREED_MEMORANDUM}|work\s+register|agreement|coordinat\w*|relationship"
    r"|kooperation\w*|zusammenarbeit\w*|co-?op\u00e9ration\w*|colaboraci\w*|collaborazion\w*|cooperaci\w*"
    r"|cooperazion\w*"
    # an agreement, a partnership, a memorandum and joint work in French, Spanish, Italian, German and Dutch
    # ("protocole d'accord", "partenariat", "acuerdo", "convenio", "protocollo d'intesa", "Vereinbarung",
    # "gemeinsam", "samenwerking"); "accords" alone, not English "accordance"
    r"|accords?|acuerdos?|convenios?|accord[oi]|intesa|partenariat\w*|alianzas?|alleanz[ae]|memorando"
    r"|vereinbarung\w*|absichtserkl\w*|gemeinsam\w*|samenwerking\w*|conjointe?s?|conjunt[ao]s?|congiunt[aoie]"
    # and in Portuguese, the Nordic languages and Polish ("acordo de cooperação", "parceria", "samarbete",
    # "samarbeid", "avtal", "porozumienie o współpracy")
    r"|coopera[\u00e7c][\u00e3a]o|colabora[\u00e7c][\u00e3a]o|parcerias?|acordos?|samarbe(?:te|id|jde)\w*"
    r"|avtal\w*|avtale\w*|aftale\w*|wsp\u00f3\u0142prac\w*|porozumieni\w*"
    # bodies developing or writing something together ("co-develop", "co-authored"), "teamed up", "joined
    # forces", "agreed to" (not "co-sponsored": an event's sponsors, CALL_TITLE)
    r"|co-(?:develop|author|edit|publish|chair|lead)\w*|teamed\s+up|join(?:s|ed|ing)?\s+forces|agreed\s+(?:to|on|upon)"
    # the formal relationships of standards bodies by their own names: a body's standing to submit its
    # specifications to a joint committee ("PAS Submitter", "fast-tracked to JTC 1"), standards published
    # under both bodies' logos ("dual logo")
    # (and the procedure itself: "OASIS will submit ODF 1.2 to JTC 1 under the PAS procedure")
    r"|PAS\s+(?:submitters?|procedure|process|submissions?)|fast-?track(?:s|ed|ing)?|dual[\s-]logo(?:ed)?)\b",
    re.IGNORECASE,
)
# The words that speak of bodies working together wherever they stand; the others speak of it only
# about bodies (a software change log's "partner plugin", "license agreement", "coordinate system")
BODIES_WORDS = re.compile(
    rf"\b(?:alliance\w*|liaison\w*|cooperat\w*|co-operat\w*|joint(?:ly)?|{AGREED_MEMORANDUM}|work\s+register"
    # the other written forms of an agreement of intent between bodies ("Letter of Intent", "Statement of
    # Intent", "mutual recognition arrangement")
    r"|(?:letter|statement|declaration)s?\s+of\s+(?:intent|understanding)|mutual\s+recognition)\b"
    # an agreement's abbreviation, in its capitals ("signed an MoU", "the MOA", "a LoI"; not French "mou")
    r"|\b(?-i:Mo[UCA]s?|MOUs?|MOA|LoIs?|LOI)\b",
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
    # weak: evidence a page's title outweighs (a timeline of dated lines may be a page's news)
    weak: bool = False


# An attendee as IRC minutes write one, the name's words joined by underscores and the company in brackets
# ("Jo_Lind(Siemens)", "Kaz_Ito(W3C)"), in a roll call ("Present", "Attendees")
AFFILIATED_ATTENDEE = re.compile(
    r"(?<![\w(])[A-Z][\w'-]{0,30}(?:_[A-Za-z][\w'-]{0,30}){1,3}[ \t]?\([^()\n]{1,40}\)"
)
ROLL_CALL = re.compile(r"^[ \t#*]*(?:Present|Attendees)\b|\bPresent[ \t]*:", re.MULTILINE)
MIN_AFFILIATED = 3


def attendees_with_companies(text: str) -> bool:
    """Whether a text is minutes whose roll call lists attendees with their companies (AFFILIATED_ATTENDEE, at
    least MIN_AFFILIATED, after a ROLL_CALL line): the companies are the meeting's members."""
    call = ROLL_CALL.search(text)
    if call is None:
        return False
    found = AFFILIATED_ATTENDEE.finditer(text, call.end(), min(len(text), call.end() + 4000))
    return sum(1 for _ in zip(range(MIN_AFFILIATED), found, strict=False)) >= MIN_AFFILIATED


def classify(ctx: Context, organizations: int) -> Kind:
    """The kind of the document in `ctx`; NotAnAllianceDocument when it is about no alliance.

    `organizations` is how many distinct organizations the document names: an alliance takes two.
    """
    text = ctx.document.text
    opening = opening_text(ctx)
    if is_job_advert(ctx):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it is a job advert (duties, requirements and "
            "how to apply); a body hiring someone to work with its partners states no alliance between them"
        )
    if is_release_notes(ctx):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it is a product's release notes (what was "
            "fixed, what is known not to work, how to upgrade); a vendor implementing bodies' standards, or "
            "a member of them, states no alliance between them"
        )
    if is_call_for_papers(ctx):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it is a call for papers (what to submit, by "
            "when, when authors hear back); bodies that sponsor or support an event lend it their names and "
            "state no alliance between them"
        )
    if is_membership_list(ctx):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it lists a committee's members with their "
            "voting status (P- and O-members); members of one committee state no alliance between them"
        )
    if organizations < 2 and not is_liaison(opening, text) and attendees_with_companies(text):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it is the record of one body's meeting, its "
            'attendees listed with their companies ("Name_Name(Company)"); companies taking part in a '
            "body's group are its members, no second standards body: an alliance takes two"
        )
    if organizations < 2 and not is_liaison(opening, text):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it names {organizations} organization(s), "
            "an alliance takes at least two (a work register, memorandum of understanding, alliance page, "
            "liaison statement or meeting record between them)"
        )
    built = built_as(ctx)
    # a meeting of people of two bodies, or a table of their work items, is working together in itself
    together = built is not None and built.name in ("MeetingRecord", "WorkRegister")
    header = is_liaison(opening, text)
    letter = not header and is_letter(text)  # (a letter between two bodies named, here)
    if not speaks_of_collaboration(ctx) and not together and not (header or letter):
        raise NotAnAllianceDocument(
            f"{ctx.document.path}: not an alliance document: it never speaks of an alliance, liaison, "
            "collaboration, partnership or agreement between the organizations it names"
        )
    if header:
        return Kind(
            "LiaisonStatement", "it says so, or has a liaison header (From, To, For action or information)"
        )
    decided = weighed(by_title(ctx), built)
    if letter and (decided is None or decided.name in WEAK_TITLE_KINDS):  # a letter is a statement unless
        # its title or build names another kind: minutes or an MoU's announcement sent as a letter stay
        # what they are (the session 15 review)
        return Kind("LiaisonStatement", "it is a letter between two bodies asking for comments or action")
    # (a title naming a workshop or no kind at all: "... joint best practice note: plan of work")
    if (decided is None or decided.name == "MeetingRecord") and built is None and plans_ahead(ctx):
        return Kind("WorkRegister", "its meeting is still ahead, and it lists dated steps", weak=True)
    if decided is None and built is None and joint_charter_with_timeline(ctx):
        return Kind("WorkRegister", "it is a joint group's charter with a timeline of its work", weak=True)
    kind = decided or by_structure(ctx)
    if kind.name in WEAK_TITLE_KINDS and is_news(ctx, opening) and announces_agreement(opening):
        return Kind("MemorandumOfUnderstanding", "its opening tells of an agreement signed or renewed")
    return kind


# The news of an agreement: its name, and a verb of signing in the same sentence ("A and B have renewed the
# cooperation agreement ...", "The MoU was signed on 12 November"), in a news item's lead; a partner page
# recalls the agreement its relationship began with in the same words, and is no news
NEWS_TITLE = re.compile(
    r"^\W{0,3}news\b(?!\s{0,3}(?:&|&amp;|and)\s{0,3}events)|\b(?:press|news|media)\s+release\b"
    r"|\bfor\s+immediate\s+release\b",
    re.IGNORECASE,
)
NEWS_LEAD = re.compile(
    r"\btoday\b|\bannounce[sd]?\b"
    # a news service's credit opening the lead's paragraph ("(Nanowerk News) ISO and IEEE have ...",
    # "(BUSINESS WIRE) --", "(PRNewswire)")
    r"|^[ \t*_]{0,3}\((?:[A-Z][\w.&'-]{0,20}[ \t]){0,3}(?i:news|wire|newswire|prnewswire|prweb)\)[ \t]",
    re.IGNORECASE | re.MULTILINE,
)
# a dateline's day: "12 March 2027", "March 12, 2027", "12.03.2027", "2027-03-12"
DATELINE_DAY = (
    r"(?:\d{1,2}[ \t][A-Z][a-z]{2,8}\.?[ \t]\d{4}|[A-Z][a-z]{2,8}\.?[ \t]\d{1,2},?[ \t]\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
# a release's place opening its first paragraph ("Bergen, Norway - The ...", "GENEVA -- ")
PLACELINE = re.compile(
    r"^[ \t]{0,4}[A-Z][\w.'\u2019-]{1,30}(?:[ \t][A-Z][\w.'\u2019-]{1,30}){0,3}"
    r"(?:,[ \t]{1,3}[A-Z][\w.'\u2019-]{1,30}(?:[ \t][A-Z][\w.'\u2019-]{1,30}){0,3})?"
    # and the day, as a dateline gives it ("GENEVA, 12 March 2027 --", "Bergen, Norway, March 12, 2027 -")
    rf"(?:,[ \t]{{1,3}}{DATELINE_DAY})?"
    r"[ \t]{1,3}(?:--|[-\u2013\u2014])[ \t]",
    re.MULTILINE,
)


# A meeting still ahead, told in the lead ("The kick-off meeting will be held on 12 May 2027", "A kick-off
# workshop is planned for 3 March", "The first meeting is scheduled for ...", "will take place in Geneva")
FUTURE_MEETING = re.compile(
    r"\b(?:kick-?off|meetings?|workshops?|calls?|sessions?|plenary|conference)\b[^.;\n]{0,60}?"
    r"\b(?:will[ \t]+(?:be[ \t]+held|take[ \t]+place|be[ \t]+convened|convene|start|open)"
    r"|(?:is|are)[ \t]+(?:planned|scheduled|foreseen|expected|due)[ \t]+"
    r"(?:for|on|in|to[ \t]+(?:be[ \t]+held|take))"
    r"|(?:is|are)[ \t]+to[ \t]+(?:be[ \t]+held|take[ \t]+place))\b",
    re.IGNORECASE,
)
# the words before a meeting that make it the one after the minutes' own ("The next meeting will be held on
# ...", "The following joint session will take place ..."): minutes tell of it so, a plan of its kick-off
NEXT_MEETING = re.compile(r"\b(?:next|following)(?:[ \t]+[\w-]+){0,2}[ \t]+$", re.IGNORECASE)
# the lead: the first paragraphs under the title (a plan says what is ahead before its steps)
LEAD_BLOCKS = 3
MIN_PLANNED_STEPS = 3


def plans_ahead(ctx: Context) -> bool:
    """Whether the document plans work around a meeting still ahead: its lead tells of the meeting in the
    future (FUTURE_MEETING), and at least MIN_PLANNED_STEPS listed items carry a date ("1. Draft scope
    circulated on 1 March 2027"), a timeline. Minutes tell of a meeting held; a plan's title may still name
    its workshop ("Joint workshop agreement on ...")."""
    blocks = [block for section in ctx.layout.sections for block in section.blocks]
    lead = [block for block in blocks if block.kind == "paragraph"][:LEAD_BLOCKS]
    if not any(tells_of_meeting_ahead(block.text) for block in lead):
        return False
    dated = sum(1 for block in blocks if block.kind == "item" and first_date_in(block.text) is not None)
    return dated >= MIN_PLANNED_STEPS


def tells_of_meeting_ahead(text: str) -> bool:
    """Whether a text tells of a meeting still ahead (FUTURE_MEETING), not the next one (NEXT_MEETING)."""
    return any(
        NEXT_MEETING.search(text, max(0, match.start() - 40), match.start()) is None
        for match in finditer(FUTURE_MEETING, text)
    )


# a date or a month written in a text ("12 May 2027", "September 2028")
DATES_WRITTEN = re.compile(f"{DATE_IN_TEXT.pattern}|{MONTH_IN_TEXT.pattern}", re.IGNORECASE)
# A joint group's charter, by its title ("X / Y Joint Task Force on Z: Charter", "Joint WG Charter")
JOINT_CHARTER = re.compile(r"\bjoint\b.{0,120}\bcharter\b|\bcharter\b.{0,120}\bjoint\b", re.IGNORECASE)
# the heading of its timeline ("Milestones", "Expected timetable", "3. Deliverables and schedule")
TIMELINE_HEADING = re.compile(r"\b(?:milestones?|timeline|timetable|schedule)\b", re.IGNORECASE)
# a step counted from the group's start ("Month 9 First draft ...")
COUNTED_MONTH = re.compile(r"\bmonth\s+\d{1,2}\b", re.IGNORECASE)
MIN_CHARTER_STEPS = 2
NUMBERED_PART = re.compile(r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)[ \t]+[A-Z]")


def joint_charter_with_timeline(ctx: Context) -> bool:
    """Whether a title line names a joint group's charter (JOINT_CHARTER) and a section headed by its
    milestones or timeline dates at least MIN_CHARTER_STEPS steps (a date or a counted month each, or a
    timetable's lines run into one block): the charter is the register of the group's joint work. One
    body's charter listing its liaisons, or a joint charter with no timeline, is a page."""
    if not any(JOINT_CHARTER.search(line) and not is_sentence(line) for line in title_lines(ctx)):
        return False
    steps: int | None = None  # the steps dated under the last timeline heading, None under another heading
    for block in all_blocks(ctx):
        dated = len(DATES_WRITTEN.findall(block.text)) + len(COUNTED_MONTH.findall(block.text))
        if block.kind == "heading" and TIMELINE_HEADING.search(block.text):
            steps = 0
        elif block.kind == "heading" and not dated and NUMBERED_PART.match(block.text):
            steps = None  # the next numbered part ("4. Leadership"); a step's name read as a heading goes on
        elif steps is not None:
            steps += dated
            if steps >= MIN_CHARTER_STEPS:
                return True
    return False


def is_news(ctx: Context, opening: str) -> bool:
    """Whether the document is a news item: its title lines say so, or its lead opens with a place or tells
    what happened today or was announced."""
    lead = opening[:LEAD_CHARACTERS]
    return (
        any(NEWS_TITLE.search(line) or headline_of_signing(line) for line in title_lines(ctx))
        or PLACELINE.search(lead) is not None
        or NEWS_LEAD.search(lead) is not None
        # a dateline with a comma on a line of its own over the lead ("Brussels, 22 January 2014")
        or dateline_over_lead(lead) is not None
    )


AGREEMENT_NOUN = re.compile(  # (and their plurals: "Three Memorandums of Understanding Signed", "MoUs")
    r"\bmemorand(?:um|ums|a)\s+of\s+(?:understanding|agreement|co-?operation)\b|\bMoUs?\b|\bMOAs?\b"
    r"|\bmemos?\s+of\s+(?:understanding|agreement|co-?operation)\b"
    r"|\bletter\s+of\s+(?:intent|understanding)\b"
    r"|\b(?:cooperation|co-operation|collaboration|partnership|liaison|framework)\s+agreement\b",
    re.IGNORECASE,
)
SIGNING = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|renew(?:ed|s|ing)?|conclude[ds]?|concluding|enter(?:ed|s)?\s+into|execut(?:ed|es)"
    # a body joining an agreement others signed becomes its party ("X joined the four bodies in a
    # Memorandum of Understanding", "X joins the MoU on ...", "Consortium Unites in MoU with ...")
    r"|join(?:ed|s|ing)?|unite[ds]?|uniting)\b",
    re.IGNORECASE,
)
SIGNING_REACH = 120
# the lead: where a news item tells what happened (a page's later paragraphs recall its history)
LEAD_CHARACTERS = 700


def headline_of_signing(line: str) -> bool:
    """Whether a title line is a news headline telling of an agreement signed ("A and B Sign Memorandum of
    Understanding", "Global Cooperation: Three Memorandums of Understanding Signed"): the agreement and a verb
    of signing in one title, as no page or agreement is titled. A news item's section ("Standardization
    News") seldom says "news" first, so the headline is what marks it."""
    return (
        not is_sentence(line)
        and AGREEMENT_NOUN.search(line) is not None
        and any(not before(SIGNING_AHEAD, line, match.start()) for match in SIGNING.finditer(line))
    )


# A signing still ahead ("A and B plan to sign a Memorandum", "prepare to conclude an agreement", "aim to
# renew"): the headline of talks, no signing
SIGNING_AHEAD = re.compile(
    r"\b(?:plan(?:s|ning)?|prepar(?:e|es|ing)|aim(?:s|ing)?|intend(?:s|ing)?|hop(?:e|es|ing)|seek(?:s|ing)?"
    r"|expect(?:s|ing)?|work(?:s|ing)?\s+towards?)\s+to\s+$"
    # and a signing told in the future or as still to come ("will sign", "is expected to be signed", "is to
    # be signed", "will be renewed", "could be concluded")
    r"|\b(?:will|shall|would|could|may|might)\s+(?:(?:soon|later|formally|also)\s+)?(?:be\s+)?$|\bto\s+be\s+$",
    re.IGNORECASE,
)


def after_signing_headline(meeting: re.Pattern[str], earlier: list[str]) -> bool:
    """Whether a title line before this one is a headline of a signing that names no meeting itself ("A and
    B sign memorandum of understanding" over "Joint workshop on X planned for Q3"): a release's subhead or
    a heading under its headline tells the news's detail, the headline what the document is. Minutes say
    so in their own title line ("Minutes - A and B sign ...": the headline names the meeting)."""
    return any(headline_of_signing(line) and meeting.search(line) is None for line in earlier)


# An agreement named by the word alone right after its signing ("have signed an agreement to ...", "signed a
# new agreement this week", "have concluded an agreement on ..."): the news tells of one signed
SIGNED_AGREEMENT = re.compile(
    r"\b(?:signed|concluded|renewed|entered\s+into)\s+(?:an?|the|a\s+new|a\s+formal)\s+"
    r"(?:[a-z][\w-]{1,20}\s+){0,2}?agreement\b",
    re.IGNORECASE,
)


def announces_agreement(opening: str) -> bool:
    """Whether the lead tells of an agreement signed or renewed, in the sentence that names it, with no
    negation before it (AGREEMENT_NOUN, SIGNING), or a bare agreement right after its signing verb
    (SIGNED_AGREEMENT)."""
    lead = opening[:LEAD_CHARACTERS]
    for match in SIGNED_AGREEMENT.finditer(lead):
        if not negated(lead, match.start()) and not before(SIGNING_AHEAD, lead, match.start()):
            return True
    for match in AGREEMENT_NOUN.finditer(lead):
        if negated(lead, match.start()):
            continue
        start = max(0, match.start() - SIGNING_REACH)
        start = max(start, *(lead.rfind(mark, start, match.start()) + 1 for mark in (". ", "\n\n")))
        end = min(len(lead), match.end() + SIGNING_REACH)
        stops = [
            i for i in (lead.find(". ", match.end(), end), lead.find("\n\n", match.end(), end)) if i >= 0
        ]
        for signing in SIGNING.finditer(lead, start, min(stops, default=end)):
            if not before(SIGNING_AHEAD, lead, signing.start()):  # ("expected to be signed in 2028")
                return True
    return False


# What a title says and what a document is built of, weighed: a title that names a kind by a word only
# that kind uses (minutes, addendum, memorandum, register) decides; a title's words of partnership
# ("Collaboration Schedule", "Liaison Activities 2026", "Our partnership with SNIA") name a page only
# when the body is built as no other kind (a table of work items with targets is a register whatever
# its cover says).
WEAK_TITLE_KINDS = ("AlliancePage",)


# A plan or roadmap in a title names a register only when the body lists work: an "Alliance roadmap
# overview" in prose is a page about the alliance ("register", "work plan" are a register's own words)
PLAN_ONLY = re.compile(r"\broadmap\b|\b(?:coordination|action|implementation)\s+plan\b", re.IGNORECASE)
OWN_REGISTER_WORDS = re.compile(
    r"\bregister\b|\bworking\s+agreement\b|\bwork\s*(?:plan|programme)\b|\bjoint\s+(?:work\s+)?"
    r"(?:project|programme|program|plan|roadmap)\b|\bproject\s+charter\b",
    re.IGNORECASE,
)


def weighed(title: Kind | None, built: Kind | None) -> Kind | None:
    if title is None or (built is not None and title.name in WEAK_TITLE_KINDS and not built.weak):
        return built or title
    if title.name == "WorkRegister" and built is None and plan_only(title):
        return None  # the sections decide (by_structure)
    if title.name == "WorkRegister" and built is not None and built.name == "RegisterAddendum":
        return built  # "DMTF / SNIA Work Register: update of June 2026" over a table of changed rows
    return title


def plan_only(title: Kind) -> bool:
    """Whether the title names a register by a plan or roadmap alone (PLAN_ONLY)."""
    line = title.reason
    return PLAN_ONLY.search(line) is not None and OWN_REGISTER_WORDS.search(line) is None


def speaks_of_collaboration(ctx: Context) -> bool:
    """Whether the text speaks of bodies working together, not counting the names of bodies ("a member
    of the Wi-Fi Alliance" is no alliance between the organizations the text names): in a title or
    heading, or in a sentence that names a body or speaks of the bodies together ("the two
    organizations"), unless the word only ever means bodies working together (BODIES_WORDS). A word of
    partnership in a sentence about no body ("Crash when a partner plugin returned ...", a software
    change log's line) is none."""
    if BODIES_WORDS.search(PROPER_NAME.sub(" ", ctx.document.text)):
        return True
    if works_with_a_body(ctx) or act_together(ctx) or pairs_in_a_heading(ctx):
        return True
    for block in all_blocks(ctx):
        if not COLLABORATION_WORDS.search(PROPER_NAME.sub(" ", block.text)):
            continue
        if block.kind == "heading" or block is ctx.layout.title:
            return True
        starts = sorted(m.start for m in ctx.mentions(block) if m.entity.kind in ("organization", "unit"))
        for sentence in SENTENCE.finditer(block.text):
            if not COLLABORATION_WORDS.search(PROPER_NAME.sub(" ", sentence.group())):
                continue
            index = bisect.bisect_left(starts, sentence.start())
            if (index < len(starts) and starts[index] < sentence.end()) or BODIES_TOGETHER.search(
                sentence.group()
            ):
                return True
    return False


# "X works with Y", "X has worked closely with the Y": a body working with another, both named around the verb
# (a product that "works with" a body's standard or brand has no body before the verb)
WORKS_WITH = re.compile(
    r"\b(?:works?|worked|working)[ \t\n]{1,3}(?:(?:closely|together)[ \t\n]{1,3})?with[ \t\n]{1,3}"
    r"(?:the[ \t\n]{1,3})?"
)
BODY_KINDS = ("organization", "unit")


def works_with_a_body(ctx: Context) -> bool:
    """Whether a sentence says that a body or its unit works with another body: a body or unit named
    before the verb in the sentence, and one right after "with" (WORKS_WITH)."""
    for block in all_blocks(ctx):
        matches = list(WORKS_WITH.finditer(block.text))
        if not matches:
            continue
        mentions = [m for m in ctx.mentions(block) if m.entity.kind in BODY_KINDS]
        for match in matches:
            sentence_start = max(block.text.rfind(". ", 0, match.start()) + 1, 0)
            before = any(sentence_start <= m.start and m.end <= match.start() for m in mentions)
            after = any(m.start == match.end() for m in mentions)
            if before and after:
                return True
    return False


# Two bodies as the subject of one verb: "The KWC and the FSA will develop a common profile", "A and B have
# teamed up", "In 2026, A and B agreed to ...": bodies acting together. The subject opens its sentence (a
# clause before a comma aside), and a verb follows it; "A and B standards are supported" has none.
SUBJECT_OPENING = re.compile(r"^(?:[^.;:\n]{0,60},[ \t]*)?(?:(?:the|both)[ \t]+)?$", re.IGNORECASE)
SUBJECT_JOINT = re.compile(r"^[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?,?[ \t]*(?:and|&)[ \t]+(?:the[ \t]+)?$", re.I)
JOINT_VERB = re.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?,?[ \t]*(?:(?:will|shall|would|have|has|had|are|were|each|both|today|"
    r"now|also|jointly|together)[ \t]+){0,3}"
    r"(?:agree[ds]?|sign(?:ed|s)?|announce[ds]?|co-[a-z]+|team(?:ed)?|join(?:ed)?|launch(?:ed|es)?|publish(?:ed|es)?"
    r"|develop(?:ed|s)?|plan(?:ned|s)?|intend(?:ed|s)?|establish(?:ed|es)?"
    r"|form(?:ed|s)?|create[ds]?|release[ds]?|beg[ia]n|start(?:ed|s)?|continue[ds]?|renew(?:ed|s)?"
    r"|extend(?:ed|s)?|commit(?:ted|s)?|align(?:ed|s)?|exchange[ds]?|coordinate[ds]?"
    # what two bodies do together as one subject ("A and B are working on a common profile", "A and B
    # will prepare / maintain / review / hold ...")
    r"|work(?:ed|s|ing)?|prepar(?:e|es|ed|ing)|writ(?:e|es|ing)|wrote|maintain(?:ed|s|ing)?|shar(?:e|es|ed|ing)"
    r"|hold(?:s|ing)?|held|meet(?:s|ing)?|met|host(?:ed|s|ing)?|organi[sz](?:e|es|ed|ing)|review(?:ed|s|ing)?"
    r"|defin(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|deliver(?:ed|s|ing)?|harmoni[sz](?:e|es|ed|ing)"
    r"|liais(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


def act_together(ctx: Context) -> bool:
    """Whether a sentence opens with two bodies joined by "and" as the subject of one verb (JOINT_VERB)."""
    for block in all_blocks(ctx):
        if " and " not in block.text and "&" not in block.text:
            continue
        named = body_spans(block.text, [m for m in ctx.mentions(block) if m.entity.kind == "organization"])
        for (first, start, end), (second, next_start, next_end) in itertools.pairwise(named):
            if first == second or not SUBJECT_JOINT.match(block.text[end:next_start]):
                continue
            sentence_start = block.text.rfind(". ", 0, start) + 2 if ". " in block.text[:start] else 0
            listed = any(sentence_start <= other_end <= start for _, _, other_end in named)
            # (no body before them: "Panellists from DMTF, SNIA, X and Y share ..." is a list of four)
            if (
                not listed
                and SUBJECT_OPENING.match(block.text[sentence_start:start])
                and JOINT_VERB.match(block.text, next_end)
            ):
                return True
    return False


# Two bodies a title or heading pairs: "Kelpwave Consortium x Fjordlight Sensor Alliance", "KWC-FSA call",
# "KWC / FSA", "KWC & FSA": the document is about them together. A slash needs its blanks ("ISO/IEC 27001" is
# one body's standard), and a number after the pair is a standard's ("ISO - IEC 17025").
HEADING_JOINT = re.compile(
    r"\s*(?:and|&|x|\u00d7|\+|with|<>|<->|\u2194)\s*(?:the\s+)?|\s+[/\u2013\u2014-]\s+|[\u2013-]",
    re.IGNORECASE,
)


def pairs_in_a_heading(ctx: Context) -> bool:
    """Whether the title or a heading joins two bodies (HEADING_JOINT), not before a number."""
    for block in all_blocks(ctx):
        if block.kind != "heading" and block is not ctx.layout.title:
            continue
        named = body_spans(block.text, [m for m in ctx.mentions(block) if m.entity.kind == "organization"])
        for (first, _, end), (second, next_start, next_end) in itertools.pairwise(named):
            joined = HEADING_JOINT.fullmatch(block.text[end:next_start]) is not None
            if first != second and joined and not re.match(r"\s*\d", block.text[next_end:]):
                return True
    return False


def body_spans(text: str, mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """Each body named, as (IRI, start, end), its name and the acronym in brackets after it one span
    ("Kelpwave Consortium (KWC)")."""
    spans: list[tuple[str, int, int]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        iri = str(mention.entity.iri)
        if spans and spans[-1][0] == iri and re.fullmatch(r"\s*\(\s*", text[spans[-1][2] : mention.start]):
            close = re.match(r"\s*\)", text[mention.end :])
            spans[-1] = (iri, spans[-1][1], mention.end + (close.end() if close else 0))
        else:
            spans.append((iri, mention.start, mention.end))
    return spans


# the bodies spoken of together, without their names
BODIES_TOGETHER = re.compile(
    r"\b(?:the\s+|both\s+|all\s+)?(?:two|three|four|both|partner|member|participating)\s+"
    r"(?:organi[sz]ations|bodies|groups|consortia|foundations|associations|SDOs|parties|standards\s+bodies)\b"
    r"|\b(?:the|both|each|either)\s+part(?:y|ies)\b",
    re.IGNORECASE,
)


def opening_text(ctx: Context) -> str:
    """The first characters: where a document says what it is (a liaison statement's header is long)."""
    return ctx.document.text[:OPENING_CHARACTERS]


def names_itself(opening: str, match: re.Match[str]) -> bool:
    """Whether a kind's words stand where a document names itself: at its line's start, as a field's
    value, or after a few words, not inside a paragraph's running sentence (nor on a line that goes on
    with the sentence the line above left open: `continues_sentence`)."""
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())  # "\nDOC TYPE: ..."
    line_start = opening.rfind("\n", 0, start) + 1
    prefix = FIELD_LABEL.sub("", opening[line_start:start], count=1)
    return (
        not SENTENCE_END.search(prefix)
        and len(prefix.split()) <= KIND_PREFIX_WORDS
        and not continues_sentence(opening, line_start, prefix)
    )


# A hard-wrapped paragraph's line that goes on with the sentence above: it opens in small letters under a
# line that ends without a stop, or after a semicolon ("... agreed the study at its February meeting;" /
# "a liaison statement to WG10 is expected."): minutes' liaison reports, a page's running text
OPEN_LINE_END = re.compile(r"[\w,;)\u2013\u2014-][ \t]*$")
CLAUSE_BREAK = re.compile(r";\s")


def continues_sentence(opening: str, line_start: int, prefix: str) -> bool:
    """Whether the line at `line_start` goes on with a sentence: a semicolon in its words before the kind's
    (`prefix`), or a first word in small letters under a non-blank line left open (OPEN_LINE_END)."""
    if CLAUSE_BREAK.search(prefix):
        return True
    line = opening[line_start : line_start + 40].lstrip(" \t")
    if not line[:1].islower() or line_start == 0:
        return False
    above = opening[opening.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return bool(above.strip()) and OPEN_LINE_END.search(above) is not None


def title_lines(ctx: Context) -> list[str]:
    """The title and the first non-blank lines after it (not table rows, nor what stands above a title
    without being one: `is_furniture`), where a document names its kind."""
    lines: list[str] = []
    contents = False  # inside a table of contents: its entries are the sections' names, not a title
    for line in ctx.document.text.splitlines():
        if len(lines) >= TITLE_LINES:
            break
        if not WORDS.search(line) or is_row(line) or BREADCRUMB.search(line) or MENU.match(line):
            continue
        if CONTENTS.match(line):
            contents = True
            continue
        contents = contents and LIST_ITEM.match(line) is not None
        if not contents and not is_furniture(line) and not is_letterhead(ctx, line):
            lines.append(line)
    title = ctx.layout.title
    return ([title.text] if title is not None and not is_letterhead(ctx, title.text) else []) + lines


# What stands above or beside a title without naming the document: a site's links for the reader ("Skip to
# content", "Edit this page", "Back to top"), a printed page's furniture ("Page 1 of 2"), a comment of the
# source ("..  This page is built with Sphinx" in reStructuredText), a document's number alone on its line
# ("TGG-LIA-2024-07", "S4-251234"), a list's item (a title is not a bullet: "- 18 September 2023: The MoU
# between ..." is an entry of a page listing agreements)
SITE_LINKS = re.compile(
    r"^\W{0,3}(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|search)|jump\s+to\s+(?:content|navigation)"
    r"|edit\s+(?:this\s+page|on\s+github|page\s+source)|view\s+(?:page\s+)?source|back\s+to\s+top"
    r"|toggle\s+(?:navigation|menu|sidebar)|(?:main\s+)?menu|search|print(?:\s+this\s+page)?)\W{0,3}$",
    re.IGNORECASE,
)
PAGE_FURNITURE = re.compile(r"^\W{0,3}page\s+\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?\W{0,3}$", re.IGNORECASE)
SOURCE_COMMENT = re.compile(r"^\s{0,3}\.\.(?:\s|$)")
DOCUMENT_NUMBER = re.compile(r"^[ \t]{0,8}(?=\S{0,40}\d)(?=\S{0,40}[-/_.])[A-Za-z0-9][\w./-]{2,40}\s*$")
# (a quoted line, "> ..." is no title either: an e-mail newsletter's list of stories, a README's note)
LIST_ITEM = re.compile(r"^\s{0,8}(?:[-*+>\u2022\u2023\u25e6]|#\.)\s")
# The heading of a table of contents ("Table of Contents", "Contents", "On this page"), and of a
# newsletter's list of stories ("In this issue")
CONTENTS = re.compile(
    r"^\W{0,3}(?:table\s+of\s+contents|contents|on\s+this\s+page|in\s+this\s+article"
    r"|in(?:side)?\s+this\s+(?:issue|edition|newsletter))\W{0,3}$",
    re.I,
)
# What a source's markup puts above a title: a README's comment or centred banner, each a line of tags
# ("<!-- ... -->", '<p align="center">', "<img ...>"); its badges, a line of images in links
MARKUP_ONLY = re.compile(r"^\s{0,8}(?:<!--|(?:<[^<>\n]{0,300}>\s{0,8})+$)")
BADGE = re.compile(r"\[!?\[?[^\[\]\n]{0,200}\]?(?:\([^()\s]{0,300}\))?\]\([^()\s]{0,300}\)")
# What a mail or a member site puts above a title ("View this email in your browser", "Logged in as: X |
# My Account | Logout")
READER_LINKS = re.compile(
    r"^\W{0,3}(?:(?:view|read|open)\s+(?:this\s+(?:e-?mail|newsletter|message|issue)\s+)?"
    r"(?:in\s+(?:your|a|the)\s+(?:web\s+)?browser|online|as\s+a\s+web\s?page)"
    r"|(?:logged|signed)\s+in\s+as|you\s+are\s+logged\s+in)\b",
    re.IGNORECASE,
)


# A printed publication's running header, each field in square brackets ("[Federal Register Volume 91, Number
# 58 (Thursday, March 26, 2026)]", "[Notices]", "[Pages 15872-15874]"): the edition, not the document
BRACKETED_ONLY = re.compile(r"^\s{0,8}(?:\[[^\[\]\n]{1,200}\][ \t]{0,8}){1,4}$")
# Where an online edition's copy comes from ("From the Federal Register Online via the Government Publishing
# Office [www.gpo.gov]", "From the Congressional Record Online through the ..."): the edition, not a title
EDITION_SOURCE = re.compile(
    r"^\s{0,8}(?i:from)\s+the\s+[A-Z][\w'.-]{0,30}(?:\s[A-Z][\w'.-]{0,30}){0,5}\s+(?i:online\s+(?:via|through))\s"
)


def is_furniture(line: str) -> bool:
    """Whether a line stands above a title without being one (SITE_LINKS and the patterns after it)."""
    if WORDS.search(BADGE.sub(" ", line)) is None:
        return True  # badges and links alone
    if BRACKETED_ONLY.match(line) or EDITION_SOURCE.match(line):
        return True
    return any(
        pattern.match(line) is not None
        for pattern in (
            SITE_LINKS,
            PAGE_FURNITURE,
            SOURCE_COMMENT,
            DOCUMENT_NUMBER,
            LIST_ITEM,
            MARKUP_ONLY,
            READER_LINKS,
        )
    )


# A letterhead's lines under (or as) the writer's name: its board or office ("Board of Directors",
# "Office of the Secretary General"), its web address, its postal address ("12 Quay Street, Bergen, Norway")
ORGAN = re.compile(
    r"^\W{0,3}(?:board\s+of\s+(?:directors|governors|trustees)|office\s+of\s+the\s+[\w ]{1,40}"
    r"|secretariat|executive\s+(?:office|committee))\W{0,3}$",
    re.IGNORECASE,
)
WEB_ADDRESS = re.compile(r"^\W{0,3}(?:https?://|www\.)\S{1,200}\s*$", re.IGNORECASE)
ADDRESS_SMALL_WORDS = {"of", "de", "du", "la", "am", "an", "der", "the", "and", "upon", "on", "sur"}
ADDRESS_PARTS = (2, 5)
ADDRESS_PART_WORDS = 5
# A body's legal form after its name in a letterhead ("THE KHRONOS GROUP INC.", "Larkspur Optics Ltd")
# (its last word, read as a word: a pattern anchored at the line's end tries every blank of a long run)
LEGAL_FORMS = {"inc", "ltd", "llc", "gmbh", "e.v", "ev", "ag", "sa", "as", "aisbl", "plc", "corp", "limited"}
LETTERHEAD_WORDS = 6


def is_letterhead(ctx: Context, line: str) -> bool:
    """Whether a line is part of a letterhead: a body's name and nothing else (known, or capitalised words
    ending in a body's head, in any case), its board or office, its web or postal address. A letterhead
    names the writer, not the document ("AVNU ALLIANCE" over "Approval of Addendum No. 2 ...")."""
    if ORGAN.match(line) or WEB_ADDRESS.match(line) or is_postal_address(line):
        return True
    words = line.strip(" \t*#_").split()
    if len(words) > 1 and words[-1].strip(".,").lower() in LEGAL_FORMS:
        words = words[:-1]
    name = " ".join(words).rstrip(",")
    if (
        not words
        or len(words) > LETTERHEAD_WORDS
        or not all(w[:1].isupper() or w[:1].isdigit() for w in words)
    ):
        return False
    if words[-1].title() in ORG_HEADS:  # (not "Liaison Working Group": a kind's words name a document)
        return not any(pattern.search(" ".join(words[:-1])) for _, pattern in TITLE_KINDS)
    form = name.title() if name.isupper() else name
    return any(
        m.entity.kind == "organization" and m.end - m.start >= len(form) - 4
        for m in ctx.resolver.mentions(form)
    )


def is_postal_address(line: str) -> bool:
    """A line of two to five comma-separated parts, each a few capitalised words or a postal code ("12 Quay
    Street, Bergen, Norway", "Beaverton, Oregon, United States of America")."""
    parts = [part.split() for part in line.strip().rstrip(".").split(",")]
    if not ADDRESS_PARTS[0] <= len(parts) <= ADDRESS_PARTS[1]:
        return False
    return all(
        0 < len(part) <= ADDRESS_PART_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ADDRESS_SMALL_WORDS for w in part)
        and (part[0][:1].isupper() or part[0][:1].isdigit())
        for part in parts
    )


def is_row(line: str) -> bool:
    return line.lstrip().startswith("|") or "\t" in line.strip()


def by_title(ctx: Context) -> Kind | None:
    """Minutes and addenda say so in any title line ("DMTF / SNIA Work Register" / "Amendment 3");
    the other kinds are what the first title line that names one says."""
    lines = title_lines(ctx) + named_lines(opening_text(ctx))
    for kind, pattern in TITLE_KINDS[:2]:
        candidates = [line for line in lines + title_area(ctx) if not is_sentence(line)]
        for index, line in enumerate(candidates):
            if kind == "MeetingRecord" and (
                names_other_kind(pattern, line) or after_signing_headline(pattern, candidates[:index])
            ):
                continue
            if kind == "RegisterAddendum" and annex_of_agreement(line, lines):
                continue
            if affirmed(pattern, line, kind) and (kind != "RegisterAddendum" or amends_something(lines)):
                return Kind(kind, f"its title says so: {line.strip()[:80]!r}")
    labelled = agreement_label_only(ctx)
    relation: Kind | None = None  # a "Liaison between A and B" line: a page, unless the next line says more
    relation_line = 0
    for index, line in enumerate(lines):
        if headline_of_signing(line):  # "Three MoUs Signed": the news of the agreements, whatever it says
            return Kind("MemorandumOfUnderstanding", f"its headline tells of a signing: {line[:80]!r}")
        if relation is not None and index > relation_line + 1:
            return relation
        for kind, pattern in TITLE_KINDS[2:]:
            if kind == "MemorandumOfUnderstanding" and labelled and AGREEMENT_LABEL.fullmatch(line.strip()):
                continue  # a partner page's label of the agreement type, under the partner's name
            if kind == "MemorandumOfUnderstanding" and only_prepared(pattern, line):
                continue  # "A, B and C prepare MoU": the news of talks towards an agreement, not one
            if affirmed(pattern, without_bodies(ctx, line) if kind == "AlliancePage" else line, kind):
                found = Kind(kind, f"its title says so: {line.strip()[:80]!r}")
                if kind != "AlliancePage" or relation is not None or not RELATION_TITLE.match(line):
                    return relation if relation is not None and kind == "AlliancePage" else found
                relation, relation_line = found, index
                break
    return relation


# A title naming only the relation between two bodies ("Liaison between the Web3D Consortium and SC24/WG9",
# "Title: Liaison between ..."): the line right under it may name the document ("Statement of mutual
# benefits"), which then decides its kind
RELATION_TITLE = re.compile(r"^\W{0,3}(?:title\W{0,3}:?\s{0,3})?liaison\s+between\b", re.IGNORECASE)


# A verb of work towards an agreement not yet made, just before its name ("CEN, ETSI and ANSI prepare MoU",
# "A and B plan to sign a Memorandum of Understanding", "Talks: X and Y negotiating cooperation agreement",
# "X and Y work towards an MoU"): a headline of talks, which a page tells; the agreement's own title
# ("Draft MoU between A and B") and a signing's ("A and B sign MoU") name none of these verbs
PREPARING_BEFORE = re.compile(
    r"\b(?:prepar(?:e|es|ing)|plan(?:s|ning)?|negotiat(?:e|es|ing)|discuss(?:es|ing)?|explor(?:e|es|ing)"
    r"|consider(?:s|ing)?|(?:work|works|working|move|moves|moving)\s+(?:towards?|on))"
    r"(?:\s+to\s+(?:sign|conclude|agree|establish))?\s+(?:(?:an?|the|new|joint|possible|potential|future)\s+){0,3}$",
    re.IGNORECASE,
)


def only_prepared(pattern: re.Pattern[str], line: str) -> bool:
    """Whether every naming of an agreement in the line follows a verb of work towards it
    (PREPARING_BEFORE)."""
    matches = list(pattern.finditer(line))
    return bool(matches) and all(before(PREPARING_BEFORE, line, match.start()) for match in matches)


# A part of an agreement by its own name ("Annex A - Areas of Cooperation", "Exhibit B", "Appendix 1"): under
# the agreement's title it is the agreement's own part, what the parties agreed; an addendum amends a register
# or an agreement, and says so ("Addendum", "Amendment", "Exhibit A - Addendum No. 2")
PART_OF_AGREEMENT = re.compile(r"\b(?:annex|exhibit|appendix|schedule|attachment)\b", re.IGNORECASE)
AMENDMENT_WORDS = re.compile(
    r"\b(?:addendum|amendment|supplement|change\s+notice|update|errat(?:a|um)|corrigend(?:a|um)|change\s?log)\b"
    r"|\bregister\b|\bwork\s*plan\b",
    re.IGNORECASE,
)


def annex_of_agreement(line: str, lines: list[str]) -> bool:
    """Whether a title line names an agreement's own part (PART_OF_AGREEMENT) under a title naming the
    agreement, and no title line names an amendment or a register (AMENDMENT_WORDS): the agreement, no
    addendum."""
    if PART_OF_AGREEMENT.search(line) is None or any(AMENDMENT_WORDS.search(other) for other in lines):
        return False
    agreement = dict(TITLE_KINDS)["MemorandumOfUnderstanding"]
    return any(agreement.search(other) for other in lines if other is not line)


# How many headings a document's title area may hold: an intergovernmental body's document opens with its
# classification, symbol, language, date, directorate, committee and working party, each a line of its own,
# before its title ("Summary Record of the Joint Session with ...")
TITLE_AREA_HEADINGS = 12


def title_area(ctx: Context) -> list[str]:
    """The headings a document opens with, before its first paragraph, item or row: where a cover's title
    stands below the lines of its letterhead and header (more than `title_lines` reads)."""
    found: list[str] = []
    for block in all_blocks(ctx):
        if block.kind != "heading" or len(found) >= TITLE_AREA_HEADINGS:
            break
        found.append(block.text)
    return found


# The type of a relationship as a partner page labels it under the partner's name ("Partnership agreement",
# "Memorandum of Understanding", "MoU partner"): the label alone on its line, no parties, no verb
AGREEMENT_LABEL = re.compile(
    # (or the key fact that gives it: "Type of agreement: Memorandum of Understanding")
    r"\W{0,3}(?:(?:type\s+of\s+(?:agreement|partnership|relationship)|(?:agreement|partnership|relationship)"
    r"\s+type|type)\s{0,3}:\s{0,3})?"
    r"(?:(?:partnership|cooperation|co-operation|collaboration|liaison|framework)\s+(?:agreement|arrangement)"
    rf"|{AGREED_MEMORANDUM}|mou|letter\s+of\s+(?:intent|understanding))(?:\s+partners?)?\W{{0,3}}",
    re.IGNORECASE,
)


def agreement_label_only(ctx: Context) -> bool:
    """Whether the document is built as no memorandum (no numbered article or legal clause, no signature
    block, no parties) and tells of no signing in its lead: an agreement's name in its title lines is then a
    page's label of the relationship's type, not the agreement."""
    text = ctx.document.text
    return (
        prefilter.search(ARTICLE, text) is None
        and LEGAL_CLAUSE.search(text) is None
        and prefilter.search(SIGNATURE, text) is None
        and prefilter.search(PARTIES_WORD, text) is None
        and not announces_agreement(opening_text(ctx))
    )


# An agreement's own word for the bodies it binds ("Parties", "the Parties agree"): a page says organizations
PARTIES_WORD = re.compile(r"\bpart(?:y|ies)\b", re.IGNORECASE)


def names_other_kind(meeting: re.Pattern[str], line: str) -> bool:
    """Whether a line names a meeting only by a word a topic may use too (WEAK_MEETING: "Time Sync") and
    names a register or a memorandum as well ("Time Sync - Joint Work Register"): the document is that."""
    strong = [m for m in meeting.finditer(line) if not WEAK_MEETING.fullmatch(m.group(0))]
    return not strong and any(
        pattern.search(line)
        for kind, pattern in TITLE_KINDS
        if kind in ("WorkRegister", "MemorandumOfUnderstanding")
    )


# The field that names a document in a record, a letter or an e-mail ("Title: Approve Addendum 1 to ...",
# "Re: Letter of Understanding - ...", "Subject: FW: HMC / OBC work register"), a table's row read as its
# cells joined by a tab ("Title\tApprove ...")
NAMING_FIELD = re.compile(
    # (the value after the gap an aligned header leaves: "Re:      Addendum 2 to ...")
    r"^[ \t|*]{0,4}(?:title|subject|re|regarding|betreff|objet)[ \t*]{0,3}(?::|\t|\|)[ \t|*]{0,16}"
    r"(?:(?:re|fwd?|aw|wg|tr)[ \t]{0,2}:[ \t]{0,2}){0,3}(?P<value>\S[^\n]{0,200})",
    re.IGNORECASE | re.MULTILINE,
)


def named_lines(opening: str) -> list[str]:
    """The values of the opening's fields that name the document (NAMING_FIELD)."""
    return [match.group("value") for match in NAMING_FIELD.finditer(opening)]


# An e-mail's sender, by its address ("From: HMC Liaison Desk <liaison@hmc.example>"): its From and To are
# the mail's, and what it carries is what its subject names
MAIL_FROM = re.compile(r"^[ \t*]{0,4}from[ \t*]{0,3}:[^\n]{0,200}@", re.IGNORECASE | re.MULTILINE)
NOT_LIAISON_KINDS = ("MeetingRecord", "RegisterAddendum", "MemorandumOfUnderstanding", "WorkRegister")


def mail_carries_other_kind(opening: str) -> bool:
    """Whether the opening is an e-mail's whose subject names a register, minutes, an addendum or a
    memorandum: a mail forwarding a register "for review" is the register, not a liaison statement."""
    if MAIL_FROM.search(opening) is None:
        return False
    return any(
        affirmed(pattern, value, kind)
        for value in named_lines(opening)
        for kind, pattern in TITLE_KINDS
        if kind in NOT_LIAISON_KINDS
    )


# A negation a few words before a kind's words: the sentence says what the document is NOT ("There is no
# memorandum of understanding between ...", "have not signed an MoU", "is not a liaison statement"). ("No."
# is a number: "MoU No. 2"). Read in a bounded window before the match: one search per match.
NEGATION = re.compile(
    r"\b(?:no(?!\.)|not|never|without|neither|nor|none|(?:is|are|was|were|has|have|had|does|do|did)n['\u2019]t)"
    r"\b[^.;:!?\n]{0,30}$",
    re.IGNORECASE,
)
NEGATION_REACH = 40


# A kind's words after "under the" or "pursuant to the" name the frame the document is kept in ("Work register
# under the Cooperation Agreement between A and B"), not the document
FRAME_BEFORE = re.compile(
    r"\b(?:under|pursuant\s+to|in\s+accordance\s+with|according\s+to|within)\s+"
    r"(?:(?:the|a|an|our|their|its|this)\s+)?(?:[\w/-]{1,30}\s+){0,3}$",
    re.IGNORECASE,
)
# A meeting's words after "for the" or "at its" name the occasion a document was sent for or adopted at
# ("circulated for the joint call", "At its meeting of 14 May the Board adopted"), not minutes
OCCASION_BEFORE = re.compile(
    r"\b(?:for|at|during|before|ahead\s+of|after)\s+(?:(?:the|a|an|our|their|its|this|next)\s+)?"
    r"(?:[\w-]{1,30}\s+){0,2}$",
    re.IGNORECASE,
)


def affirmed(pattern: re.Pattern[str], line: str, kind: str | None = None) -> bool:
    """Whether the pattern matches the line somewhere no negation stands just before (NEGATION), nor a
    frame's words (FRAME_BEFORE), nor, for a meeting, an occasion's (OCCASION_BEFORE)."""
    return any(
        not negated(line, match.start())
        and not before(FRAME_BEFORE, line, match.start())
        and not (kind == "MeetingRecord" and before(OCCASION_BEFORE, line, match.start()))
        for match in pattern.finditer(line)
    )


def before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether `pattern` ends just before `start`, read in a bounded window (one search per match)."""
    return pattern.search(text[max(0, start - NEGATION_REACH) : start]) is not None


def negated(text: str, start: int) -> bool:
    """Whether a negation stands a few words before `start` in its sentence."""
    return NEGATION.search(text[max(0, start - NEGATION_REACH) : start]) is not None


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
    if any(
        names_itself(opening, match) and not negated(opening, match.start()) and not handled(opening, match)
        for match in LIAISON_TITLE.finditer(opening)
    ):
        return True
    if mail_carries_other_kind(opening):
        return False
    if LIAISON_SPEAKER.search(text[:3000]) and SALUTATION.search(text[:3000]):
        return (
            True  # "Dear members of SC 24/WG 9, As liaison officer from X to SC 24, I ...": a liaison report
        )
    fields = {m.group(0).strip(" *:").split()[0].lower() for m in LIAISON_FIELD.finditer(text[:3000])}
    fields |= run_together_fields(text[:3000])
    # a letter from one body to another opens with "Dear ..." instead of a To field
    addressed = bool(fields & ADDRESSEE_FIELDS) or SALUTATION.search(text[:3000]) is not None
    has_ends = bool(fields & {"from", "source"}) and addressed
    asks = (
        search(FOR_ACTION, text[:3000])
        or search(ADDRESSEE_ASKED, text[:3000])
        or LIAISON_SUBJECT.search(text[:3000])
        or REPLY_FIELD.search(text[:3000])
        or fields & {"response", "reply"}
    )
    return has_ends and bool(asks or fields & {"for", "purpose", "action"})


def run_together_fields(opening: str) -> set[str]:
    """The liaison fields' names (LIAISON_FIELD) of header lines a reader ran into one line after its first
    field (a Markdown paragraph of a mail's header: "Subject: X From: Ana <a@x> Date: ... To: OBC"), which
    the line-anchored pattern reads only the first of."""
    found: set[str] = set()
    for line in opening.splitlines():
        if OPENS_WITH_FIELD.match(line) is None:
            continue
        for segment in split_fields(line)[1:]:
            match = LIAISON_FIELD.match(segment)
            if match is not None:
                found.add(match.group(0).strip(" *:|\t").split()[0].lower())
    return found


# A verb of what a meeting does with a statement, opening the words before it: an action item or a
# report's line ("WP2-6: Approve the outgoing Liaison Statement to X - TD168", "Noted the incoming LS from
# Y", "Agreed to send a liaison statement to Z") names another document, the one the meeting handles. A
# statement's own title says what it is ("Liaison statement to X", "Reply to the LS from Y", "Draft LS on Z").
HANDLING_VERB = re.compile(
    r"^\W{0,3}(?:approv(?:e|es|ed|al\s+of)|not(?:e|es|ed)|agree(?:s|d)?(?:\s+(?:to|on))?|send(?:s|ing)?|sent"
    r"|review(?:s|ed)?|consider(?:s|ed)?|endorse(?:s|d)?|discuss(?:es|ed)?|forward(?:s|ed)?|accept(?:s|ed)?"
    r"|adopt(?:s|ed)?|prepare(?:s|d)?\s+(?:and\s+sen[dt]\s+)?(?:an?|the)|receiv(?:e|es|ed))\b",
    re.IGNORECASE,
)


def handled(opening: str, match: re.Match[str]) -> bool:
    """Whether the kind's words stand after a verb of what a meeting does with a document (HANDLING_VERB):
    the line names a statement it approves or notes, not itself."""
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
    line_start = opening.rfind("\n", 0, start) + 1
    prefix = FIELD_LABEL.sub("", opening[line_start:start], count=1)
    return HANDLING_VERB.match(prefix) is not None


# A letter's closing ("Yours sincerely,", "Best regards,"), or the line a body's letter is signed under, the
# group or body it speaks for on a line of its own ("For the Attestation Working Group,", "On behalf of the
# X Forum:", "For and on behalf of KDA")
CLOSING = re.compile(
    r"(?i:^\W{0,3}(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:best|kind|warm)\s+regards|sincerely)\b)"
    # (a request's or a field's words after "For" are no signer: "For information:", "For more details")
    r"|^[ \t*_]{0,3}(?i:for(?:\s+and)?\s+on\s+behalf\s+of|on\s+behalf\s+of|for)\s+(?i:the\s+)?"
    r"(?!(?i:action|information|comments?|review|more|further|details|questions|example|instance)\b)"
    r"[A-Z][^\n,:.;]{1,80}[,:]?[ \t*_]{0,3}$",
    re.MULTILINE,
)
LIAISON_WORD = re.compile(r"\bliaison\b", re.IGNORECASE)


def is_letter(text: str) -> bool:
    """A liaison statement written as a letter, with no From or To field: a salutation ("Dear ..."), a
    closing, and a request for comments or action, or the word liaison. (Only between two bodies the
    text names: `classify` asks it once a document names two organizations.)"""
    opening = text[:3000]
    if SALUTATION.search(opening) is None or CLOSING.search(text) is None:
        return False
    return search(FOR_ACTION, text) is not None or LIAISON_WORD.search(text) is not None


def by_structure(ctx: Context) -> Kind:
    sections = {s.kind for s in ctx.layout.sections} & set(REGISTER_SECTIONS)
    # a register lists work: a committee's page of its scope, its liaison organizations and its contacts
    # has a register's other sections and no work
    if len(sections) >= 3 and sections & set(WORK_SECTIONS):
        return Kind("WorkRegister", f"it has a register's sections ({', '.join(sorted(sections))})")
    return Kind("AlliancePage", "it describes a relationship between organizations in prose")


# --- a job advert --------------------------------------------------------------------------------------

# The parts of a job advert, as a heading or a line's first words: what the person will do, who they must
# be, how to apply. A body hiring a "liaison manager" to "work with partner organizations" speaks of its
# partners in every sentence and names them, and states no alliance.
JOB_PARTS = re.compile(
    r"^\W{0,3}(?:(?P<duties>(?:key\s+)?(?:responsibilities|duties|tasks)|what\s+you\s+will\s+do|your\s+role"
    r"|the\s+role|about\s+the\s+(?:role|job|position))"
    r"|(?P<profile>requirements|qualifications|(?:required|desired|essential)\s+(?:skills|experience)|skills"
    r"|your\s+profile|who\s+you\s+are|what\s+we\s+offer|we\s+offer|salary|compensation|remuneration)"
    r"|(?P<apply>how\s+to\s+apply|to\s+apply(?=\s{0,2}[,:])|apply\s+(?:now|by|before|online)"
    r"|applications?\s+(?:process|procedure|deadline)|closing\s+date))\b",
    re.IGNORECASE | re.MULTILINE,
)
# A job's own words in the title lines ("Vacancy: Liaison Manager", "Careers", "We are hiring")
JOB_TITLE = re.compile(
    r"\bvacanc(?:y|ies)\b|\bjob\s+(?:opening|offer|posting|description|advert(?:isement)?)s?\b|\bcareers?\b"
    r"|\bwe\s+are\s+hiring\b|\bwe['\u2019]re\s+hiring\b|\bopen\s+positions?\b|\bposition\s+(?:available|open)\b",
    re.IGNORECASE,
)
# What hires: a text with an advert's parts says what it offers a person
HIRING = re.compile(
    r"\b(?:hiring|recruit\w*|vacanc(?:y|ies)|candidates?|applicants?|CV|r[e\u00e9]sum[e\u00e9]|salary)\b",
    re.IGNORECASE,
)


def is_job_advert(ctx: Context) -> bool:
    """Whether the document is a job advert: how to apply, and what the job is or who may have it (its
    duties or requirements), in a text that hires, or a title that says it is a job."""
    text = ctx.document.text
    parts = {m.lastgroup for m in JOB_PARTS.finditer(text)}
    if "apply" not in parts:
        return False
    titled = any(JOB_TITLE.search(line) for line in title_lines(ctx))
    return len(parts) >= 2 and (titled or search(HIRING, text) is not None)


# --- a product's release notes -------------------------------------------------------------------------

# The parts of a release note, as a heading or a line's first words: what was fixed, what is known not to
# work, what is new, how to upgrade. A vendor's notes name the bodies whose standards the product implements
# and say the vendor is their partner or member ("a Premium Partner of the X development partnership"),
# and state no alliance between those bodies.
RELEASE_PARTS = re.compile(
    r"^\W{0,3}(?:(?P<fixed>fixed\s+(?:issues|bugs|defects|problems)|bug\s*fixes|(?:issues\s+)?resolved"
    r"(?:\s+issues)?|corrections)"
    r"|(?P<known>known\s+(?:issues|problems|limitations|defects|bugs)|open\s+issues|limitations)"
    r"|(?P<new>new\s+features|what['\u2019]s\s+new|highlights|enhancements|improvements|new\s+in\s+this\s+release)"
    r"|(?P<upgrade>upgrade\s+(?:notes|instructions)|upgrading|migration\s+(?:notes|guide)|breaking\s+changes"
    r"|deprecat(?:ions|ed\s+features)|compatibility\s+notes|installation\s+notes))[ \t]{0,20}:?[ \t]{0,20}$",
    re.IGNORECASE | re.MULTILINE,
)
# A release note's own words in its title lines ("CoreStack 7.4.0 Release Notes", "What's new in X 4.2")
RELEASE_TITLE = re.compile(r"\brelease\s+notes?\b|\bwhat['\u2019]s\s+new\s+in\b", re.IGNORECASE)
MIN_RELEASE_PARTS = 2


def is_release_notes(ctx: Context) -> bool:
    """Whether the document is a product's release notes: a title that says so, over at least two of a
    release note's parts as headings (RELEASE_PARTS: fixed, known issues, new, upgrade). A register's change
    log ("Added", "Changed", "Fixed") has no such title, and a page about a partnership with a "Known
    issues" section of its joint work has no other part."""
    if not any(RELEASE_TITLE.search(line) for line in title_lines(ctx)):
        return False
    parts = {m.lastgroup for m in RELEASE_PARTS.finditer(ctx.document.text)}
    return len(parts) >= MIN_RELEASE_PARTS


# --- a call for papers -----------------------------------------------------------------------------

# A peer-reviewed event's call: its title says so, and its body says how papers are submitted and when their
# authors hear back (the review's own steps: acceptance notified, a camera-ready copy). Such a call names its
# sponsors ("technically co-sponsored by", "in cooperation with") and the standards its topics are about, and
# states no work between those bodies; a joint workshop's page with a call for contributions, which has no
# review of papers, is not one.
CALL_TITLE = re.compile(r"\bcall\s+for\s+(?:papers|abstracts|submissions)\b|\bCFP\b", re.IGNORECASE)
CALL_PARTS = re.compile(
    r"(?P<submit>\b(?:paper|manuscript|abstract)s?\s+(?:submission|due)|\bsubmission\s+(?:deadline|site|system)"
    r"|\bsubmit(?:ted)?\s+(?:through|via|at|to)\s+(?:EDAS|EasyChair|HotCRP|OpenReview|CMT)\b)"
    r"|(?P<notify>\b(?:notification\s+of\s+acceptance|(?:author|acceptance)\s+notification)\b)"
    r"|(?P<ready>\bcamera[-\s]ready\b)",
    re.IGNORECASE,
)
MIN_CALL_PARTS = 2


def is_call_for_papers(ctx: Context) -> bool:
    """Whether the document is a call for papers: a title that says so, over at least two of a review's
    steps (CALL_PARTS: submission, notification of acceptance, camera-ready copy)."""
    if not any(CALL_TITLE.search(line) for line in title_lines(ctx)):
        return False
    parts = {m.lastgroup for m in finditer(CALL_PARTS, ctx.document.text)}
    return len(parts) >= MIN_CALL_PARTS


# A committee's member written with its voting status, as ISO and IEC committees list them: "France
# (AFNOR) [P]", "Belgium (NBN) (O-member)", "DIN - P-member", "Japan (JISC): Observing"
MEMBER_STATUS = re.compile(
    r"^[^\n]{2,80}?(?:\[[PpOo]\]|\(?\b[PO]-members?\b\)?|[:\u2013-][ \t]*(?:Participating|Observing)\b)"
    r"[ \t.;]*$",
    re.MULTILINE,
)
# An agreement's words, which a page listing members beside an agreement says
MEMBERSHIP_AGREEMENT = re.compile(
    r"\b(?:memorand\w*|MoUs?|agreements?|work\s+register|liaison\s+statement|cooperat\w*|collaborat\w*)\b",
    re.IGNORECASE,
)
MIN_MEMBER_LINES = 5


def is_membership_list(ctx: Context) -> bool:
    """Whether the document is a committee's membership list: five lines or more each naming a member with
    its voting status (MEMBER_STATUS), and no word of an agreement or a cooperation (the members of one
    committee vote in it together; they are no alliance)."""
    text = ctx.document.text
    if "member" not in text.lower() or len(MEMBER_STATUS.findall(text)) < MIN_MEMBER_LINES:
        return False
    return MEMBERSHIP_AGREEMENT.search(text) is None


# --- the organizations a document names, and its writer ---------------------------------------------

# A sentence of legal boilerplate: it names the owners of marks, not parties ("Redfish is a trademark of
# DMTF.", "(c) 2024 Example AS. All rights reserved."). Sentences are found first and the words looked
# for in each: one pattern that scans to the end of the sentence from every place it could start
# costs the square of a long unpunctuated line (a fuzzed document held extraction for minutes).
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
NOTICE_WORDS = re.compile(
    r"\btrademarks?\b|\bregistered\s+marks?\b|\bcopyright\b|\u00a9|\(c\)\s*\d{4}|\ball\s+rights\s+reserved\b",
    re.IGNORECASE,
)


def named_organizations(ctx: Context) -> list[Entity]:
    """Every organization the document names, each once (the classifier needs two); a body named only as
    it opens a standard's number ("ISO/IEC 17025", names.cited_bodies) counts only when fewer than two are
    named outright, unless the committee it opens is worked with ("works with IEEE 802.11"); a body named
    only in a trademark or copyright notice is not counted (a product brochure's footer), unless the text
    names fewer than two others and it is the writer who speaks in the text (`writer`)."""
    mentions: list[Mention] = []
    cited: list[Entity] = []  # bodies named only as they open a standard's number ("ISO/IEC 17025")
    for block in all_blocks(ctx):
        listed = outside_notices(block.text, ctx.mentions(block))
        places = cited_bodies(listed, block.text)  # a committee worked with names its body (parties)
        mentions.extend(m for place, m in enumerate(listed) if place not in places)
        cited.extend(listed[place].entity for place in sorted(places))
    found = [m.entity for m in mentions if m.entity.kind == "organization"]
    owners = [
        ctx.resolver.entities.get(m.entity.unit_of)
        for m in mentions
        if m.entity.kind == "unit" and m.entity.unit_of is not None
    ]
    named = list(unique([*found, *(o for o in owners if o is not None)]))
    if len(named) < 2:  # the cited count only where fewer than two are named outright: a pair citing a
        named = list(unique([*named, *cited]))  # standard still names two (the sole pair of its parties)
    if len(named) < 2:  # "IETF/IEEE802 Coordination": two bodies' list, by their acronyms in its title
        named = list(unique([*named, *slash_pair_bodies(ctx, title_lines(ctx))]))
    author = writer(ctx) if len(named) < 2 else None
    return list(unique([*named, author])) if author is not None else named


# The mark of a copyright notice ("\u00a9 2026 Harbour Metrology Foundation", "Copyright (c) 2019-2026 OBC")
COPYRIGHT_MARK = re.compile(r"\u00a9|\(c\)|\bcopyright\b", re.IGNORECASE)
# The holder after the mark and its years, as written, when no body was known or discovered there: capitalised
# words ending in an organization's head ("Copyright (c) 2026 Harbour Metrology Foundation")
HOLDER = re.compile(
    r"\W{0,3}(?:(?i:\(c\)|copyright)\W{0,3})?(?:(?:19|20)\d{2}(?:\s{0,2}[-\u2013]\s{0,2}(?:19|20)\d{2})?\W{0,3})?"
    r"(?:by\s+)?(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w&'-]{1,30}[ \t]+){1,6}"
    rf"(?:{'|'.join(ORG_HEADS)}))\b"
)
# The writer speaking of itself: in the first person (not "US", a country), or as "the Foundation"
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us)\b")


def names_two(ctx: Context, record: AllianceRecord) -> bool:
    """Whether a document has its parties, for its warnings: two were read, or it names two organizations
    (a party the rules did not read is no part the document lacks: "parties" would say it does)."""
    return len(record.parties) >= 2 or len(named_organizations(ctx)) >= 2


def writer(ctx: Context) -> Entity | None:
    """The organization that wrote the document: a site's owner, named only in its copyright notice
    ("\u00a9 2026 Harbour Metrology Foundation") on a page that speaks as it ("Our working group",
    "The Foundation and the OBC ..."). A foundation's page about its work with one partner names the
    partner alone in its text; the holder of a brochure's notice that never speaks as a writer is
    none, nor is the owner of a trademark. A holder no rule knew is named as the notice writes it."""
    spoken: dict[str, bool] = {}  # speaks_as by the name's last word: one reading of the text per head

    def speaks(name: str) -> bool:
        head = name.split()[-1] if name.split() else ""
        if head not in spoken:
            spoken[head] = speaks_as(ctx, name)
        return spoken[head]

    for block in all_blocks(ctx):
        mentions = sorted(ctx.mentions(block), key=lambda m: m.start)
        starts = [m.start for m in mentions]
        for start, end in (s.span() for s in SENTENCE.finditer(block.text)):
            mark = COPYRIGHT_MARK.search(block.text, start, end)
            if mark is None:
                continue
            index = bisect.bisect_left(starts, mark.end())
            held = mentions[index : index + 1] if index < len(starts) and starts[index] < end else []
            if held and held[0].entity.kind == "organization":
                return held[0].entity if speaks(held[0].entity.label) else None
            written = HOLDER.match(block.text, mark.end(), end)
            if written is not None and speaks(written.group("name")):
                ctx.forget_mentions()  # the new body is mentioned from now on
                return ctx.resolver.new_organization(" ".join(written.group("name").split()))
    return None


def speaks_as(ctx: Context, name: str) -> bool:
    """Whether the text outside its notices speaks as the body of that name: in the first person, or by
    its name's last word after "the" ("the Foundation" of the Harbour Metrology Foundation)."""
    head = name.split()[-1] if name.split() else ""
    by_head = re.compile(rf"\b[Tt]he\s+{re.escape(head)}\b") if head[:1].isupper() and len(head) > 2 else None
    for block in all_blocks(ctx):
        for sentence in SENTENCE.finditer(block.text):
            text = sentence.group()
            if prefilter.search(NOTICE_WORDS, text):
                continue
            if FIRST_PERSON.search(text) or (by_head is not None and by_head.search(text)):
                return True
    return False


def outside_notices(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are not inside a notice sentence (spans in order, so one bisection each)."""
    notices = [s.span() for s in SENTENCE.finditer(text) if prefilter.search(NOTICE_WORDS, s.group())]
    starts = [start for start, _ in notices]

    def in_notice(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < notices[index][1]

    return [m for m in mentions if not in_notice(m.start)]


def all_blocks(ctx: Context) -> list[Block]:
    """The title, each heading and each block, in order (kg.extract.entities.all_blocks, without the
    section kinds)."""
    return [block for _, block in blocks_with_kinds(ctx)]


# --- what a document is built of ------------------------------------------------------------------

# The parts of a meeting's record, as a heading, a field or a line's first words ("Attendees:",
# "Agenda", "Action items", "Next meeting"): two different ones make a record of a meeting.
# A numbered section may carry the part ("2 Actions agreed", "4. Next meeting"), and what was done with
# it may follow its name ("Actions agreed", "Decisions taken", "Action items arising").
MEETING_PARTS = re.compile(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]{1,4})?"
    r"(?:(?P<attendees>attendees|attendance|participants|present|apologies|regrets)"
    r"|(?P<agenda>agenda(?:\s+items?)?)"
    r"|(?P<actions>(?:action\s+items?|actions|new\s+actions|action\s+points|action\s+list|next\s+steps"
    r"|follow-?ups|follow-?up\s+actions)"
    r"(?:[ \t]+(?:agreed|arising|taken|recorded))?)"
    r"|(?P<decisions>(?:decisions|resolutions|outcomes?)(?:[ \t]+(?:agreed|taken|made|recorded))?)"
    r"|(?P<next>next\s+(?:meeting|call)))\b\W{0,3}(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
MIN_MEETING_PARTS = 2
# one of them what a meeting did (a page may name its "Participants" and its "Next meeting")
MEETING_WORK = {"agenda", "actions", "decisions"}
# "For HMC", "For the Open Buoy Consortium": a signatory's column head, the name in capitals
SIGNED_FOR = r"for[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w&.-]{0,40}(?:[ \t][A-Z][\w&.-]{0,40}){0,5})"
# A memorandum's numbered articles or clauses ("Article 3 - Term", "Clause 2.", "Section 4:") and its
# signature block ("Signed for DMTF:", "IN WITNESS WHEREOF", "For and on behalf of", "Signature:")
ARTICLE = re.compile(r"^\W{0,3}(?:article|clause)\s+(?:\d{1,2}|[IVX]{1,5})\b", re.IGNORECASE | re.MULTILINE)
SIGNATURE = re.compile(
    r"^\W{0,3}(?:signed\b|signature\b|signatures\b|in\s+witness\s+whereof\b|for\s+and\s+on\s+behalf\s+of\b"
    r"|(?:agreed|accepted)\s+(?:and\s+signed\s+)?(?:by|for)\b"
    # the signatories' columns: a line of "For HMC" (and "For OBC" beside it), nothing after the names
    rf"|{SIGNED_FOR}(?:[ \t]{{2,}}{SIGNED_FOR})?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
MIN_ARTICLES = 2
# A memorandum's clauses by what they settle ("4. Duration", "7. Intellectual Property", "IX. Termination"):
# words a register or page does not number its sections with
LEGAL_CLAUSE = re.compile(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5})[.):]?[ \t]+(?:duration|term|termination"
    r"|entry\s+into\s+force|confidentiality|intellectual\s+property(?:\s+rights)?|governing\s+law|amendments?|notices|costs|expenses"
    r"|financial\s+(?:arrangements|provisions)|publicity|use\s+of\s+(?:names|logos|marks)|dispute\s+resolution"
    r"|settlement\s+of\s+disputes|non-exclusivity|withdrawal|exchange\s+of\s+information|final\s+provisions"
    r"|liability|effective\s+date)\b",
    re.IGNORECASE | re.MULTILINE,
)
MIN_LEGAL_CLAUSES = 2
# A row's or item's change, in a table of changed rows ("| target moved |", "- Added: ...")
CHANGE_COLUMN = re.compile(r"^\W{0,3}(?:change(?:\s+type)?|changes|amendment|modification)\W{0,3}$", re.I)
CHANGE_WORDS = re.compile(
    r"^\W{0,3}(?:added|new|changed|modified|amended|moved|target\s+moved|replaced|removed|deleted|closed"
    r"|withdrawn|renamed|superseded"
    # an amendment's instructions, in the imperative ("Add: liquid cooling ...", "Replace items 4 and 5")
    r"|add|replace|delete|remove|insert|strike)\b",
    re.IGNORECASE,
)
# A change log's headings over its items ("### Added", "### Changed", "### Removed"), each item a change
CHANGE_HEADING = re.compile(
    r"^\W{0,3}(?:added|changed|modified|amended|removed|deleted|deprecated|withdrawn|replaced)\W{0,3}$",
    re.IGNORECASE,
)
MIN_CHANGES = 2
# A tool's own control under each of a board's lists ("+ Add a card", "Add another list", "Create item"): a
# button saved with the page, not an amendment's instruction ("Add: item 6 ...", "Delete item 3")
TOOL_CONTROL = re.compile(
    r"^\W{0,3}(?:add|create)\s+(?:(?:a|an|another|new)\s+)?(?:card|list|item|row|column|comment|task|page"
    r"|view|field|record|section)s?\W{0,3}$",
    re.IGNORECASE,
)
OLD_COLUMN = re.compile(r"^\W{0,3}(?:old|previous|former|was|original|current)\b", re.IGNORECASE)
NEW_COLUMN = re.compile(r"^\W{0,3}(?:new|revised|changed|now|amended|proposed)\b", re.IGNORECASE)
# What an addendum amends: a register, an agreement, a list or plan of work items
AMENDED = re.compile(
    r"\b(?:register|agreement|memorandum|MoU|work\s+items?|(?:joint\s+)?list|work\s*plan)\b", re.IGNORECASE
)
MIN_DATED_ITEMS = 2
# A document saying it changes earlier work ("This note updates the work register agreed in January",
# "This revision amends the joint work register of 2026"): the verb, then the thing within a few words
AMENDING = re.compile(
    r"\b(?:updates?|amends?|changes|revises?|modifies|supplements?)\s+(?:the|our|their|its)\s+"
    r"(?:[\w/-]+\s+){0,5}?(?:register|agreement|memorandum|MoU|work\s*plan|(?:list|table)\s+of\s+"
    r"(?:joint\s+)?work\s+items)\b",
    re.IGNORECASE,
)
# A change told anywhere in an item ("Item 2 moves to 2027-01-20", "new item, target Q2 2027",
# "target Q3 2026 (was Q1 2026)", "is withdrawn")
CHANGE_TOLD = re.compile(
    r"\bmov(?:es|ed)\s+to\b|\b(?:is|are|was|were|been)\s+(?:added|withdrawn|removed|dropped|deleted|closed"
    r"|replaced|postponed|deferred|cancell?ed)\b|\bnew\s+(?:item|work\s+item|target|deliverable)\b"
    r"|\(\s*was\s|\bwithdrawn\b|\bpostponed\b|\bcancell?ed\b",
    re.IGNORECASE,
)
NOT_WORK_SECTIONS = ("contacts", "approval", "review")
# A title that calls the document an update or the changes of what it names ("Register update, March 2027",
# "Joint work plan: changes of 3 March"): with the changes it lists (CHANGE_TOLD), an addendum; a register's
# full revision ("Revision 4") lists every item and is none
UPDATE_TITLE = re.compile(r"\b(?:update[sd]?|changes|changed\s+items)\b", re.IGNORECASE)


def built_as(ctx: Context) -> Kind | None:
    """The kind a document's parts make, whatever its title says; None when its parts make none."""
    text = ctx.document.text
    parts = {m.lastgroup for m in MEETING_PARTS.finditer(text)}
    if len(parts) >= MIN_MEETING_PARTS and parts & MEETING_WORK:
        named = ", ".join(sorted(part or "" for part in parts))
        return Kind("MeetingRecord", f"it has a meeting's parts ({named})")
    articles = len(ARTICLE.findall(text)) >= MIN_ARTICLES
    clauses = len({m.group(0).split(None, 1)[-1].lower() for m in LEGAL_CLAUSE.finditer(text)})
    if (articles or clauses >= MIN_LEGAL_CLAUSES) and prefilter.search(SIGNATURE, text):
        return Kind("MemorandumOfUnderstanding", "it has numbered articles and a signature block")
    if binds_parties(ctx):
        return Kind("MemorandumOfUnderstanding", "it names the bodies it binds as an agreement does")
    if is_slide_deck(text):
        return Kind("MeetingRecord", "it is a slide deck: short pages under a numbered page or slide mark")
    if reports_status(text):
        return Kind("MeetingRecord", "it reports a period's work as done, under way and next (a status)")
    blocks = work_blocks(ctx)
    if changed_rows(blocks) >= MIN_CHANGES and AMENDED.search(opening_text(ctx)):
        return Kind("RegisterAddendum", "it lists changed rows of what it amends")
    if AMENDING.search(opening_text(ctx)) and changed_items(blocks) >= MIN_CHANGES:
        return Kind("RegisterAddendum", "it says it amends earlier work, and lists the changes")
    if any(UPDATE_TITLE.search(line) for line in title_lines(ctx)) and changed_items(blocks) >= MIN_CHANGES:
        return Kind("RegisterAddendum", "its title calls it an update or changes, and it lists the changes")
    if lists_work(ctx, blocks, timeline=False):
        return Kind("WorkRegister", "it lists work items with targets")
    if target_table(ctx, blocks):  # (a page calling itself a liaison's keeps its word: a table of joint work)
        return Kind("WorkRegister", "it has a table of work items under a target column", weak=True)
    if lists_work(ctx, blocks, timeline=True):
        return Kind("WorkRegister", "it lists dated steps (a timeline)", weak=True)
    return None


# A status report's lists, each under a line of its own naming what its items are ("Done", "Doing", "Next",
# "Completed:", "In progress", "## Next steps") over a list item: a period's report of the joint work (a
# weekly status mail), which the bodies' groups keep as they keep minutes; its items' targets make it no
# register
STATUS_LIST = re.compile(
    r"^[ \t]{0,4}(?:#{1,4}[ \t]{1,3})?[*_]{0,2}(?:(?P<done>done|completed|accomplished|finished)"
    r"|(?P<doing>doing|in[ \t]progress|ongoing|under[ \t]way|current)"
    r"|(?P<next>next|next[ \t]steps|planned|upcoming|coming[ \t]up|to[ \t]do))"
    r"(?:[ \t]this[ \t](?:week|month))?[*_]{0,2}[ \t]{0,2}:?[*_]{0,2}[ \t]*\n"
    r"[ \t]{0,8}(?:[*\u2022-]|\d{1,2}[.)])[ \t]",
    re.IGNORECASE | re.MULTILINE,
)


def reports_status(text: str) -> bool:
    """Whether a text reports its work in status lists (STATUS_LIST): what is done, and what is under way
    or next."""
    found = {m.lastgroup for m in STATUS_LIST.finditer(text)}
    return "done" in found and bool(found & {"doing", "next"})


# An agreement names the bodies it binds as only agreements do: each defined for the rest of its text ("the
# Kelp Data Association, having its seat at ..., hereinafter referred to as "KDA"", "(hereinafter "the
# Parties")"), or all of them in a header field of their own (reStructuredText's ":Parties: A; B",
# "Signatories: A and B"). Whatever its title calls it ("General Agreement for Cooperation", "Joint Statement
# on Cooperation in ...") and whatever joint activities it lists with targets, it is the agreement; a title
# naming minutes or an addendum still decides (by_title), and a "Participants:" field is a meeting's.
PARTIES_DEFINED = re.compile(r"\bhereinafter\b", re.IGNORECASE)
PARTIES_FIELD = re.compile(
    r"^[ \t]{0,4}[:*|]{0,2}[ \t]{0,2}(?:parties|signatories|signing[ \t]parties)[ \t]{0,2}(?:\*\*)?[ \t]{0,2}"
    r"[:|][ \t*]{0,4}[^\s:]",
    re.IGNORECASE | re.MULTILINE,
)


def binds_parties(ctx: Context) -> bool:
    """Whether the text defines the bodies it binds for the rest of it, or its opening lists them in a
    header field of their own (PARTIES_DEFINED, PARTIES_FIELD)."""
    return (
        search(PARTIES_DEFINED, ctx.document.text) is not None
        or PARTIES_FIELD.search(opening_text(ctx)) is not None
    )


# A slide deck exported or printed as text: each slide ends (or opens) with its number in the running footer
# ("(c) The Group 2026 - Page 3", "Slide 4 of 12", "Page 2 / 9"); a slide holds a title and a few bullets,
# while a report's or register's printed page holds hundreds of words. Decks between two bodies are shown at
# their liaison meetings and reviews (a register's items on a slide are the meeting's review of them), so a
# deck is a meeting's record whatever its items say; a title naming a register or an MoU still decides.
PAGE_MARK = re.compile(
    r"^[^\n]{0,80}?\b(?:page|slide)[ \t]{1,3}\d{1,4}(?:[ \t]{0,3}(?:of|/)[ \t]{0,3}\d{1,4})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
MIN_SLIDES = 3
WORDS_PER_SLIDE = 60


def is_slide_deck(text: str) -> bool:
    """Whether the text is pages of a slide deck: at least MIN_SLIDES page or slide marks, with at most
    WORDS_PER_SLIDE words a page on average up to the last mark."""
    marks = [match.end() for match in finditer(PAGE_MARK, text)]
    if len(marks) < MIN_SLIDES:
        return False
    return len(text[: marks[-1]].split()) <= WORDS_PER_SLIDE * len(marks)


# A register is mostly its work items; a page describes its partners, and may end with a short list of
# current work ("Joint YANG catalogue entry - Q4 2025"): the dated items must carry the body, at most
# this many words of other text for each of them.
WORDS_PER_DATED_ITEM = 30


def lists_work(ctx: Context, blocks: list[Block], timeline: bool) -> bool:
    """Whether the blocks are mostly a list of work items with targets (or, with `timeline`, of lines
    that open with their date)."""
    year = document_year(ctx)  # a yearless day ("16 April") is a day of the document's own year
    marks = [has_target(ctx, block, year) or (timeline and opens_with_date(block, year)) for block in blocks]
    dated = sum(marks)
    other_words = sum(len(block.text.split()) for block, mark in zip(blocks, marks, strict=True) if not mark)
    return dated >= MIN_DATED_ITEMS and other_words <= WORDS_PER_DATED_ITEM * dated


# A table's header cell naming when each row's work is due ("Target", "Due date", "Planned", "Expected by",
# "Deadline", "ETA"): under it, rows with their targets are a register's items, however much prose the page
# puts around the table (a release plan's introduction and notes)
TARGET_HEADER = re.compile(
    r"\W{0,3}(?:(?:target|due|planned|expected|completion|delivery|finish|end)"
    r"(?:[ \t]+(?:date|by|for|quarter|month|period))?|deadline|eta|date[ \t]+due|milestone[ \t]+date)\W{0,3}",
    re.IGNORECASE,
)
MIN_TABLE_TARGETS = 3
# (a partner page describing its collaboration at length, a table of joint work under it, stays a page: the
# prose outside the tables is at most twice the tables' words in a register)
PROSE_PER_ROW_WORD = 2


def target_table(ctx: Context, blocks: list[Block]) -> bool:
    """Whether a table's header row names a target column (TARGET_HEADER) and at least MIN_TABLE_TARGETS of
    the rows under it carry a target (`has_target`), in a text that is mostly its tables: a table of work
    items with a header row."""
    rows = sum(len(block.text.split()) for block in blocks if block.kind == "row")
    prose = sum(len(block.text.split()) for block in blocks if block.kind != "row")
    if prose > PROSE_PER_ROW_WORD * rows:
        return False
    dated = 0
    under = False
    for block in blocks:
        if block.kind != "row":  # the table ended: the next one has a header row of its own
            under, dated = False, 0
            continue
        if not under:
            under = any(TARGET_HEADER.fullmatch(cell.text) for cell in block.cells)
            continue
        dated += has_target(ctx, block)
        if dated >= MIN_TABLE_TARGETS:
            return True
    return False


def work_blocks(ctx: Context) -> list[Block]:
    """The rows, items and paragraphs outside the contacts and approval, where work items are listed."""
    return [
        block
        for section in ctx.layout.sections
        if section.kind not in NOT_WORK_SECTIONS
        for block in section.blocks
        if block.kind in ("row", "item", "paragraph", "field", "heading")
    ]


def changed_rows(blocks: list[Block]) -> int:
    """The rows whose change column says how they changed, the rows under a header of old and new values
    ("| Item | Old target | New target |"), and the items that open with a change."""
    count = 0
    column: int | None = None
    old_and_new = False
    under_change = False  # the items under a change log's heading ("### Added") are changes
    for block in blocks:
        if block.kind == "heading":
            under_change = CHANGE_HEADING.match(block.text) is not None
            continue
        cells = [cell.text for cell in block.cells]
        if block.kind == "row" and old_and_new:
            count += 1
            continue
        if block.kind == "row" and column is None:
            column = next((i for i, cell in enumerate(cells) if CHANGE_COLUMN.match(cell)), None)
            old_and_new = any(OLD_COLUMN.match(c) for c in cells) and any(NEW_COLUMN.match(c) for c in cells)
            continue
        if block.kind == "row" and column is not None and column < len(cells):
            count += CHANGE_WORDS.match(cells[column]) is not None
        elif block.kind == "item" and TOOL_CONTROL.match(block.text) is None:
            count += under_change or CHANGE_WORDS.match(block.text) is not None
    return count


def changed_items(blocks: list[Block]) -> int:
    """The items and rows that tell a change of a work item (CHANGE_TOLD)."""
    return sum(
        block.kind in ("item", "row") and CHANGE_TOLD.search(block.text) is not None for block in blocks
    )


def has_target(ctx: Context, block: Block, year: int | None = None) -> bool:
    """Whether a row or item carries a target period: a cell after its first that is one (the first
    naming a work item, not a partner: "| SNIA | March 2009 | Q1 2027 |" is a table of agreements), or a
    labelled, trailing or dashed target ("Due: Q4 2026", "..., due 2026-11-15", "X - Q3 2026"). With
    `year` (the document's own, document_year), a day written without its year ("Due: 16 April") is one."""
    if block.kind == "row":
        cells = [cell.text for cell in block.cells]
        cells = cells[1:] if cells and ROW_NUMBER.match(cells[0]) else cells  # "| 1 | Work item | Q3 2026 |"
        return (
            bool(cells)
            and WORDS.search(cells[0]) is not None
            and not names_a_body(ctx, cells[0])
            and any(is_period(c, year) for c in cells[1:])
        )
    tracked = tracker_status(block)  # "Completed (06/30/2026)" under a tracker's version: the version's date
    if tracked is not None and tracked.text:
        return True
    for pattern in (TARGET_LABELLED, TARGET_CLAUSE, TARGET_DASHED):
        match = search(pattern, block.text)  # each ends a line: tried only where its words or dash stand
        if (
            match is not None
            and is_period(match.group("target"), year)
            and WORDS.search(block.text[: match.start()])
        ):
            return True
    return any(is_period(value, year) for value in DUE_FIELD.findall(block.text))


def opens_with_date(block: Block, year: int | None = None) -> bool:
    """A dated line of a timeline ("2025-03-18 Call for use cases", "2025-09" over its step), or of a
    table written one cell a line ("15 Oct 2026 done" under its milestone; the layout may read "15" as
    the label of a numbered line); a timeline's day without its year is one too: in `year`, the
    document's own, however it is written ("Thursday, 16 April", "16th of April", no dash after it);
    in any document, when its step follows a dash or colon ("16 April - first draft",
    "May 14: joint review", "16-30 April - comments")."""
    words = block.text.split()
    line = [*([block.label] if block.label and block.label.isdigit() else []), *words]
    if any(is_period(" ".join(line[:n]), year) for n in range(1, MAX_DATE_WORDS + 1) if n <= len(line)):
        return True
    return YEARLESS_STEP.match(" ".join(line)) is not None


# A timeline's step dated by a day without its year, then a dash or colon before the step (kept for a
# document naming no year of its own; with one, dates.parse_target reads the day in it)
MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?(?:[ \t]?[-\u2013][ \t]?\d{1,2}(?:st|nd|rd|th)?)?"  # "16", "16-30"
YEARLESS_DAY = rf"(?:{DAY_NUMBER}[ \t]{MONTH_WORD}|{MONTH_WORD}[ \t]{DAY_NUMBER})"
YEARLESS_STEP = re.compile(rf"{YEARLESS_DAY}[ \t]{{0,2}}(?:[-\u2013\u2014:]|\|)[ \t]{{0,2}}[A-Za-z]")


def names_a_body(ctx: Context, cell: str) -> bool:
    """Whether a cell is mostly the name of an organization or unit (a partner, not a work item)."""
    bodies = [m for m in ctx.resolver.mentions(cell) if m.entity.kind in ("organization", "unit")]
    named = sum(m.end - m.start for m in bodies)
    return named * 2 >= len(cell.strip())


MAX_DATE_WORDS = 3
# A row's number or letter ("1", "2.", "#3", "A"): the work item is the cell after it
ROW_NUMBER = re.compile(r"^\s*#?\s*(?:\d{1,3}|[A-Za-z])[.)]?\s*$")
BARE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*$")


# "; Due : Q4 2026 ;" in a line of fields (a wiki's definition list read as one paragraph)
DUE_FIELD = re.compile(r"\b(?:due|target(?:\s+date)?|deadline)\s{0,3}:\s{0,3}([^;|\n]{2,30})", re.IGNORECASE)


def is_period(text: str, year: int | None = None) -> bool:
    """Whether a text is a target finer than a year: a bare year in a table of agreements is as often
    the year one began ("Since: 2019") as the year one ends. With `year`, a day written without its year
    ("16 April", "Thursday, 16 April") is one, in that year."""
    target = parse_target(text, year)
    return target is not None and not target.is_status and BARE_YEAR.match(text) is None
