"""Names in text -> entities of the reference data (or new entities marked for review).

Why: a register names the same organization as "Distributed Management Task Force,
Inc.", "DMTF", "the DMTF", its former name "Desktop Management Task Force" or, misspelt,
"DTMF"; a unit as "Non-Volatile Memory Programming (NVMP) Technical Work Group". The
reference data (a gazetteer of standards bodies) lists these names (skos:prefLabel, altLabel,
hiddenLabel, akg:acronym, akg:formerName); the resolver turns each into a pattern that
tolerates an inserted "(ACRONYM)" and line breaks, and picks the longest non-overlapping
matches. Whatever it cannot resolve gets a new IRI and akg:needsReview, so that nothing a
register names is silently dropped.

Three rules keep a large gazetteer from inventing organizations:
- organization names match with their capitals (only the first letter may differ), so "open
  group" in a sentence is not The Open Group;
- an acronym shared by several organizations ("CSA": Cloud Security Alliance, CSA Group,
  Connectivity Standards Alliance), or of fewer than three letters, names one of them only with
  evidence from the document: one of its full names, or its domain in an address; otherwise the
  mention is left unresolved, and discovery may keep it apart as a new entity flagged for review;
- a new organization reuses a known IRI only when its full name, or its acronym together with a
  compatible name, matches: a same acronym with a different full name is a different body.

The known names are passed in as data (extraction never reads a store): the reference graph,
and optionally `known`, what the store already holds (queries/known-organizations.rq read
through the store API, turned into a graph by `known_graph`), so that a second document naming
an organization discovered earlier reuses its IRI.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.model.namespaces import AKG, ID, ORG, SPEC, TOPIC, WG, slugify
from kg.model.patterns import EMAIL
from kg.model.prefilter import finditer
from kg.model.records import Entity, Mention

__all__ = ["EMAIL", "Resolver", "known_graph", "load_resolver"]

BODY = ID["body/"]
KIND_ROOTS = {
    "organization": AKG.Organization,
    "unit": AKG.OrganizationalUnit,
    "specification": AKG.Specification,
    "license": AKG.License,
    "status": AKG.TargetStatus,
}
RESOLVED_KINDS = ("organization", "unit", "specification", "license")
STRIPPABLE_UNIT_KINDS = (AKG.WorkingGroup, AKG.Forum, AKG.TaskForce)
UNIT_HEADS = {
    "working group": AKG.WorkingGroup,
    "workgroup": AKG.WorkingGroup,
    "work group": AKG.TechnicalWorkGroup,
    "technical work group": AKG.TechnicalWorkGroup,
    "technical committee": AKG.TechnicalWorkGroup,
    "industry specification group": AKG.TechnicalWorkGroup,
    "study group": AKG.WorkingGroup,
    "task force": AKG.TaskForce,
    # heads other bodies give their groups ("Home Network Task Group", "Information Modeling Expert
    # Group", "Focus Group on ...", "OPC UA for Devices Project Team")
    "task group": AKG.TaskForce,
    "expert group": AKG.WorkingGroup,
    "advisory group": AKG.WorkingGroup,  # "Radio Regulatory Technical Advisory Group"
    "focus group": AKG.WorkingGroup,
    "interest group": AKG.WorkingGroup,
    "community group": AKG.WorkingGroup,
    "business group": AKG.WorkingGroup,
    "project team": AKG.WorkingGroup,
    "working party": AKG.WorkingGroup,  # "Working Party on Automated/Autonomous and Connected Vehicles"
    "expert team": AKG.WorkingGroup,  # "Expert Team on Data Representation and Codes"
    # a team two bodies set up together ("Joint Video Experts Team", "Joint Collaborative Team on Video
    # Coding"): a unit of the first parent the text names (entities.owner_for)
    "experts team": AKG.WorkingGroup,
    # a group of several bodies' or committees' people that keeps their work apart ("Joint Coordination
    # Group", "Programme Coordination Group")
    "coordination group": AKG.WorkingGroup,
    # a body's council of its technical work ("SNIA Technical Council", "OPC Foundation Technical Advisory
    # Council"): a council alone names bodies too ("Standards Council of Canada"), so only these
    "technical council": AKG.Committee,
    "technical advisory council": AKG.Committee,
    "collaborative team": AKG.WorkingGroup,
    # a consortium's short-lived group of members on one problem ("Commissioning Tiger Team")
    "tiger team": AKG.TaskForce,
    "forum": AKG.Forum,
    "committee": AKG.Committee,
    "subcommittee": AKG.Committee,
    "board of directors": AKG.Board,
    "board": AKG.Board,
    # Units written as acronyms after their name ("ETSI NFV ISG", "IEEE 802.1 WG", "OASIS TOSCA TC"):
    # a technical committee, subcommittee or industry specification group develops specifications.
    "wg": AKG.WorkingGroup,
    "twg": AKG.TechnicalWorkGroup,
    "tc": AKG.TechnicalWorkGroup,
    "sc": AKG.TechnicalWorkGroup,
    "isg": AKG.TechnicalWorkGroup,
    "sg": AKG.WorkingGroup,
    "tf": AKG.TaskForce,
    "tsg": AKG.TechnicalWorkGroup,  # 3GPP's technical specification groups
    "tag": AKG.WorkingGroup,  # a technical advisory group ("IEEE 802.18 TAG")
}
# A unit written head first, as some bodies write theirs, right after its organization: "ETSI ISG NFV",
# "3GPP TSG SA WG5", "ETSI TC CYBER"; a numbered study group, "ITU-T SG15" or "ITU-T Study Group 15",
# is named in full ("Study Group 15", acronym "SG15") whichever way it is written.
# A committee's code with its number run on ("Ecma TC39", "IEC TC57", "O-RAN WG4") and an ITU question ("ITU-T
# Q.16/13", the dot required: "Q3/26" is a quarter) are such units too.
# A numbered committee named in full ("HMC Technical Committee 18", "Subcommittee 2") is one too: the
# short form the document also writes ("TC 18") is the same unit (see `spelt_out`).
# The small words of a label written in capitals ("TITLE OF TC/SC", "TC OR SC"): no unit's designation
CAPITAL_FUNCTION_WORDS = r"(?:OF|OR|AND|THE|FOR|TO|IN|ON|BY|AT)"
HEAD_FIRST_UNIT = re.compile(
    r"(?<![\w-])(?P<name>(?:SG\s?|Study\s+Group\s+)(?P<number>\d{1,2})"
    r"|(?P<head>TSG|ISG|TC|SC|WG|TWG|Technical\s+Committee|Industry\s+Specification\s+Group)"
    # (not a form's label in capitals: "TC OR SC:", "TC AND SC")
    rf"\s+(?!{CAPITAL_FUNCTION_WORDS}(?![\w-]))[A-Z][A-Za-z0-9-]{{1,15}}(?:\s+WG\s?\d{{1,2}})?"
    # (a working group's, a joint one's, a 3GPP group's code run on too: "O-RAN WG4", "KDA JWG12", "3GPP SA5")
    r"|(?:TC|SC|TG|J?WG|SA|RAN|CT)\d{1,3}|Q\.\d{1,2}/\d{1,2}|(?:Technical\s+Committee|Subcommittee)\s+\d{1,3}(?:\.\d{1,2})?)"
    r"(?![\w/-])"
)
# An officer's title and a comma before the group or body the officer speaks for, as a statement's source
# field writes it ("Chairman, WP2/TSAG", "Vice-Chair, ETSI ISG ZSM", "Convenor, ISO/TC 46/SC 2/WG 8")
OFFICER_BEFORE_GROUP = re.compile(
    r"^\W{0,3}(?:(?:Vice|Co|Deputy)[- ]?)?(?:Chair(?:man|woman|person)?|Convenor|Convener|Rapporteur"
    r"|Associate\s+Rapporteur|Secretary|Editor|Liaison\s+(?:Officer|Rapporteur|Manager)|Coordinator)"
    r"\s*,\s+(?=\S)",
    re.IGNORECASE,
)
# The last word of an organization's name ("Open Grid Forum", "Trusted Computing Group").
ORG_HEADS = (
    "Agency",  # "Pacific Conformity Assessment Agency": a public body's head
    "Alliance",
    "Association",
    "Consortium",
    "Foundation",
    "Institute",
    "Institution",
    "Organization",
    "Organisation",
    "Council",
    "Society",
    "Federation",
    "Forum",
    "Group",
    "Initiative",
    "Project",
    "Partnership",
    "Commission",
    "Union",
)
# A body's acronym followed by its head only ("NGMN Alliance", "TGG Association"): a variant of the
# name of the body with that acronym
ACRONYM_HEADED = re.compile(rf"(?P<acronym>[A-Z][A-Z0-9&-]{{1,11}})\s+(?:{'|'.join(ORG_HEADS)})")
ALLIANCE_HEADS = ("Alliance", "Consortium", "Foundation", "Initiative", "Partnership")
SPEC_HEADS = {
    "specification": AKG.Specification,
    "specifications": AKG.Specification,
    "standard": AKG.Standard,
    "format": AKG.Standard,
    "interface": AKG.Standard,
    "protocol": AKG.Specification,
    "api": AKG.Standard,
    "schema": AKG.Schema,
    "model": AKG.Schema,
    "framework": AKG.Framework,
    "profile": AKG.Specification,
    "language": AKG.Standard,
    "record": AKG.Standard,
}
# Words are bounded ({0,48}, not *): with unbounded words a long run of capitals made these patterns
# quadratic (a 28 kB line took 85 s to extract; found by tests/robustness/test_fuzz_extractor.py).
WORD_TAIL = "{0,48}"
# Names are not all English: "Fédération Européenne des Données Ouvertes (FEDO)", "Deutsches Institut
# für Normung (DIN)". Capitals and letters include Latin-1 and Latin Extended-A, and a name may hold
# the short function words of the other languages of Europe's standards bodies.
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u017f"
NAME_PARTICLES = "of|and|for|the|on|de|des|du|la|le|les|et|für|und|der|die|del|della|di|van|von"
CAPITALISED = rf"(?:[{UPPER}][{LETTER}0-9\u2019'&/.-]{WORD_TAIL}|{NAME_PARTICLES})"
# the blanks between a name's words: never a tab, which parts a table's cells as the readers give them
# ("Yuki<TAB>The Alliance for OpenUSD (AOUSD)": a presenter's cell and a body's name, not one name)
NAME_GAP = r"[^\S\t]+"
NAMED_WITH_ACRONYM = re.compile(
    rf"(?P<name>[{UPPER}][{LETTER}0-9\u2019'&/.-]{WORD_TAIL}(?:{NAME_GAP}{CAPITALISED}){{0,7}})"
    # the acronym in brackets, or in quotes as a defined short name ('("NGMN")'), then in capitals;
    # a corporate suffix may come between ("Quantum Grid Alliance e.V. (QGA)")
    r"(?:,?\s+(?:e\.\s?V\.|Inc\.|Ltd\.|AISBL|GmbH))?"
    # ('("FiRa")', '(hereinafter "CCC")': a quoted short name has two capitals, so a defined term
    # ('("Agreement")') is none)
    r"\s+\((?:(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|the\s+)?[\"\u201c]"
    r"(?=[A-Z0-9][a-z0-9&/-]{0,10}[A-Z0-9][A-Za-z0-9&/-]{0,10}[\"\u201d]))?"
    r"(?P<acronym>[A-Z0-9][A-Za-z0-9&/-]{1,11})[\"\u201d]?\)"
)
# A memorandum's preamble describes each party before defining its short name: "the Harbour Metrology
# Council, a non-profit association organized under the laws of Belgium, having its seat in Ghent
# ("HMC")". The description is bounded (200 characters, no bracket or quote), so a match costs at most
# that much from each name.
DESCRIBED_THEN_DEFINED = re.compile(
    rf"(?P<name>[{UPPER}][{LETTER}0-9\u2019'&.-]{WORD_TAIL}(?:{NAME_GAP}{CAPITALISED}){{1,7}}),\s+(?:a|an)\s+"
    r"[^()\"\u201c\u201d]{1,200}?\((?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|the\s+)?"
    r"[\"\u201c](?P<acronym>[A-Z][A-Za-z0-9&/-]{1,11})[\"\u201d]\)"
)
# "Harbour Metrology Council, hereinafter "HMC"": a short name defined without brackets
DEFINED_HEREINAFTER = re.compile(
    rf"(?P<name>[{UPPER}][{LETTER}0-9\u2019'&.-]{WORD_TAIL}(?:{NAME_GAP}{CAPITALISED}){{1,7}}),?\s+hereinafter\s+"
    r"(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?[\"\u201c](?P<acronym>[A-Z][A-Za-z0-9&/-]{1,11})[\"\u201d]"
)
# A body trading under another name: "Next Generation Mobile Networks Alliance e.V., trading as NGMN
# Alliance", "Acme Telemetry Foundation, also known as the Acme Forum": one body, both names.
TRADING_AS = re.compile(
    rf"(?P<name>[{UPPER}][{LETTER}0-9\u2019'&.-]{WORD_TAIL}(?:{NAME_GAP}{CAPITALISED}){{1,7}})"
    r"(?:,?\s+(?:e\.\s?V\.|Inc\.|Ltd\.|AISBL))?,?\s+(?:trading|doing\s+business|also\s+known|known)\s+as\s+"
    rf"(?:the\s+)?(?P<alias>[{UPPER}][{LETTER}0-9\u2019'&.-]{WORD_TAIL}(?:{NAME_GAP}{CAPITALISED}){{1,4}})"
)
# A body known by its acronym, with the name it had before: "MEF (formerly the Metro Ethernet Forum)",
# "ACME (previously known as the Acme Telemetry Council)".
FORMERLY_NAMED = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z][A-Z0-9&-]{1,11})\s+\((?:formerly|previously|originally|once)"
    r"(?:\s+(?:known\s+as|called|named))?\s+(?:the\s+)?"
    rf"(?P<name>[{UPPER}][{LETTER}0-9\u2019'&.-]{WORD_TAIL}(?:\s+{CAPITALISED}){{1,7}})\)"
)
# A body named by its acronym with its full name after it: "ASAM e.V. (Association for Standardization
# of Automation and Measuring Systems)", "VDMA (Verband Deutscher Maschinen- und Anlagenbau)".
# An acronym may open with a digit or hold small letters when it has two capitals or digits ("5GHAA",
# "IoT"), and its name may open with a number or a small letter before a capital ("5G Harbour Automation
# Association", "eXtensible Markup Language"): the readers then ask the acronym's letters to spell it.
ACRONYM_THEN_NAME = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z][A-Z0-9&-]{1,11}|[A-Z0-9][A-Za-z0-9&-]{0,8}[A-Z0-9][A-Za-z0-9&-]{0,8})"
    r"(?:,?\s+(?:e\.\s?V\.|Inc\.|Ltd\.|AISBL))?\s+\("
    rf"(?P<name>(?:[{UPPER}]|\d{{1,3}}[{LETTER}]|[a-z]{{1,10}}[A-Z])[{LETTER}0-9\u2019'&.-]{WORD_TAIL}"
    rf"(?:\s+{CAPITALISED}){{1,9}})\)"
)
# A word of a unit's subject, and a list of its subjects after its first ("..., Instrumentation and
# Traceability", "..., Standards, and Norms"): capitalised words, none a body's acronym in capitals, on one
# line and in one cell (blanks but a tab or a line's end)
SUBJECT_WORD = r"(?![A-Z][A-Z0-9&-]+(?![\w-]))[A-Z][A-Za-z0-9/-]{0,30}"
SUBJECT_GAP = r"[^\S\t\n]+"
SUBJECT_LIST = (
    rf"(?:(?:,{SUBJECT_GAP}{SUBJECT_WORD}(?:{SUBJECT_GAP}{SUBJECT_WORD})?){{1,3}},?{SUBJECT_GAP}and{SUBJECT_GAP}"
    rf"{SUBJECT_WORD}(?:{SUBJECT_GAP}{SUBJECT_WORD})?)?"
)
# The services groups meet on ("met on Zoom", "the Working Group on Microsoft Teams"): no subject of a group
MEETING_PLATFORM = (
    r"(?:Zoom|(?:Microsoft\s+|MS\s+)?Teams|(?:Cisco\s+)?Webex|WebEx|GoToMeeting|Google\s+Meet|Jitsi(?:\s+Meet)?"
    r"|Skype|BlueJeans|Slack|Discord|IRC)"
)
UNIT_PHRASE = re.compile(
    # a word of the name is capitalised, or a dotted designation ("IEEE 802.3 Ethernet Working Group")
    # (and the words that join a name's words: "Biomedical Research and Regulation Work Group")
    # or a word opening with a number ("3D Formats Working Group", "EMV 3-D Secure Working Group"), or a
    # body's bare number before its
    # words ("IEEE 802 LAN/MAN Standards Committee"; not a committee's "ISO/TC 211", nor a year: "Since
    # 2019 Storage Working Group" is the Storage Working Group)
    rf"(?P<name>(?:(?:[A-Z][A-Za-z0-9\u2019'&/-]{WORD_TAIL}|\d{{1,4}}(?:\.\d{{1,3}}){{1,5}}[a-z]?"
    rf"|\d{{1,3}}-?[A-Z][A-Za-z0-9-]{{0,20}}|(?<!TC\s)(?<!SC\s)(?<![\d.])(?!(?:19|20)\d\d\b)\d{{3,4}}(?=\s+[A-Z]))\s+"
    # "GPU for the Web Working Group", "Spatial Data on the Web Interest Group"
    r"(?:(?:(?:and|&)\s+|(?:of|for|on)\s+(?:the\s+)?)(?=[A-Z]))?){0,6}?"
    # the group's acronym in brackets before its head, as the IETF and OASIS write it: "Limited Additional
    # Mechanisms for PKIX and SMIME (LAMPS) Working Group", "Open Document Format for Office Applications
    # (OpenDocument) Technical Committee"
    r"(?:(?<=\s)\((?P<inner>[A-Z][A-Za-z0-9-]{1,15})\)\s+)?"
    r"(?:Technical\s+Work\s+Group|Working\s+Group|"
    r"Work\s+Group|Workgroup|Technical\s+Committee|Industry\s+Specification\s+Group|Study\s+Group|"
    r"Task\s+Force|Task\s+Group|Expert\s+Group|Focus\s+Group|Project\s+Team|Tiger\s+Team|"
    # a group that advises its body ("IEEE 802.18 Radio Regulatory Technical Advisory Group")
    r"Advisory\s+Group|"
    # the heads intergovernmental bodies give their groups ("Working Party on Automated Vehicles", the
    # WMO's "Expert Team on Data Representation")
    r"Working\s+Party|Experts?\s+Team|"
    # a team two bodies set up ("Joint Video Experts Team", "Joint Collaborative Team on Video Coding")
    r"Collaborative\s+Team|Coordination\s+Group|Technical\s+(?:Advisory\s+)?Council|"
    # W3C's groups; a "Special Interest Group" is as often a body ("Bluetooth Special Interest Group")
    r"(?<!Special\s)Interest\s+Group|Community\s+Group|Business\s+Group|"
    r"Forum|Subcommittee|Committee|Board(?:\s+of\s+Directors)?)"
    r"(?![a-z])"  # (not a head in the plural: "ITU-T Study Groups 13 and 19" names no "ITU-T Study Group")
    r"(?:(?<=Group)\s\d{1,3}(?!\w|\.\d))?"  # a numbered group: "Study Group 17", "Working Group 4."
    # an ITU focus group is named after its head: "Focus Group on Machine Learning for Networks", and so
    # are many committees and groups: "Technical Committee on Radio Access Networks", "Task Force on X"
    # (and an industry specification group: "Industry Specification Group on Multi-access Edge Computing")
    r"(?:(?:(?<=Focus\sGroup)|(?<=Technical\sCommittee)|(?<=Working\sGroup)|(?<=Task\sForce)"
    r"|(?<=Specification\sGroup)"
    r"|(?<=Expert\sGroup)|(?<=Advisory\sGroup)|(?<=Study\sGroup)|(?<=Committee)|(?<=Working\sParty)|(?<=Expert\sTeam)|(?<=Experts\sTeam)"
    r"|(?<=Collaborative\sTeam))\s+on\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May"
    r"|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b)"
    # where the group met, not its subject: "the Joint Working Group on Zoom agreed ..."
    rf"(?!{MEETING_PLATFORM}(?![\w-]))"
    # (a subject's words may be joined by a slash: "Working Party on Automated/Autonomous and Connected ...")
    r"[A-Z][A-Za-z0-9/-]{0,30}(?:\s+(?:(?:and|for|of|in)\s+)?[A-Z0-9][A-Za-z0-9/-]{0,30}){0,5}"
    # its subjects listed ("Standing Committee on Measurements, Instrumentation and Traceability"): read to
    # the list's "and" (its items words, not a body's acronym: "... on Buoys, CDA and the Port Authority")
    rf"{SUBJECT_LIST})?)"
    r"(?!\s\d)"  # not without its number ("Technical Committee 9.9" is the committee "TC 9.9")
    # its acronym, which may open with a number ("5G Buoy Working Group (5GBWG)"), never a number alone
    # or a committee's code with its head ("(MEC ISG)", "(ISG CIM)", "(TC CYBER)", "(SFF TA TWG)")
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11}(?:[ \t](?:ISG|TC|WG|TWG|SC|TF))?"
    r"|(?:ISG|TC|WG|SC)[ \t][A-Z][A-Za-z0-9-]{1,11}|[A-Z][A-Za-z0-9-]{1,11}[ \t][A-Z][A-Za-z0-9-]{1,11}[ \t]"
    r"(?:ISG|TC|WG|TWG|SC|TF)|\d{1,3}[A-Z][A-Za-z0-9-]{0,10}"
    # or a code and its number ("Technical Harmonization Committee on Electrotechnology (THC 05)", "(JWG 7)")
    r"|[A-Z]{2,6}[ \t]\d{1,3})\))?"
)
# A unit named by its short name and an acronym head, right after its organization or alone:
# "NFV ISG", "802.1 WG", "TOSCA TC", "NVMP TWG".
ACRONYM_UNIT = re.compile(
    # (its words are no form's label in capitals: "TITLE OF TC/SC:")
    # (a word may join letters by "&": "C&C WG"; an article opening a sentence is none: "The 802.11 WG")
    rf"(?<![\w.&-])(?P<name>(?:(?!(?:{CAPITAL_FUNCTION_WORDS}|The|An?|Our)\s)[A-Z0-9][A-Za-z0-9.&-]{{0,24}}\s+){{1,3}}?"
    r"(?:TWG|ISG|TC|WG|SC|SG|TF|TAG)"
    # and its number ("TC 57", "TC 9.9"), then its group's under it ("TC 57 WG 10", "TC 65/WG 10")
    r"(?:[\s-]\d{1,3}(?:\.\d{1,2})?(?!\d|\.\d)"
    r"(?:[\s/](?:WG|SC|TG|TF|AHG)\s?\d{1,3}(?!\d|\.\d))*)?)(?![\w-])"
)
# A unit whose head an organization may have too ("Project", "Group"), or that only organizations'
# own lists call so ("Sub-team", "SIG", a forum's "Work Area", the IETF's "Operations and Management
# Area"): a unit only when written right after its
# organization's name ("OCP Networking Project", "GSMA Operator Platform Group", "UEFI Security Sub-team").
OWNED_UNIT = re.compile(
    rf"(?<![\w-])(?P<name>(?:[{UPPER}0-9][{LETTER}0-9&/.-]{{0,48}}\s+(?:(?:and|of|for|on)\s+)?){{1,5}}"
    r"(?:Project|Group|Sub-?[Tt]eam|SIG|Special\s+Interest\s+Group|Programme|Program|Work\s+Area|Area"
    r"|Module|Room"  # DVB's "Technical Module", buildingSMART's "Infrastructure Room"
    # a national body's council of one field, after its name ("BIS Electrotechnical Division Council"); a
    # "Council" alone ends as many bodies' names as units' ("International Council on Large Electric Systems")
    r"|Division\s+Council)"
    # "... Group on Runtime", "... Strategic Programme on Production Technology"
    rf"(?:\s+(?:on|for)\s+[{UPPER}][{LETTER}0-9-]{{0,48}}(?:{SUBJECT_GAP}(?:and{SUBJECT_GAP})?{SUBJECT_WORD}){{0,3}})?)(?![\w-])"
)
# A joint committee of several bodies, and the subcommittees and working groups under it, written as
# standards bodies write them: "ISO/IEC JTC 1", "ISO/IEC JTC 1/SC 27/WG 4", "CEN-CENELEC JTC 21". The joint
# committee is one body (not ISO and IEC); "ISO/IEC 27017" (a standard's number) is none.
JOINT_COMMITTEE = re.compile(
    # (the acronyms joined by a slash or a hyphen: "ISO/IEC JTC 1", "CEN-CENELEC JTC 21"; the path's parts
    # joined by a slash or, as committees' own lists write them, a blank: "ISO/IEC JTC 1 SC 36")
    # (the European bodies' joint committees write a slash before "JTC" too: "CEN/CLC/JTC 13")
    r"(?<![\w/-])(?P<body>(?:[A-Z]{2,8}[/-])+[A-Z]{2,8}(?:\s+|/)JTC\s?\d{1,3})"
    # (a slash with blanks around it too, as minutes and summaries write it: "ISO/IEC JTC 1 / SC 29 / WG 11")
    r"(?P<path>(?:(?:[ \t]?/[ \t]?|[ ])(?:SC|WG|AG|JWG|TF)\s?\d{1,3})*)(?![\w/])"
)
# A joint committee's path written without the bodies that own the committee, as its own documents write
# it: "JTC 1/SC 22", "JTC1/SC24/WG9", its subcommittee after a blank as its lists write it ("JTC1 SC31/WG4",
# "JTC1 SC31")
# (the committee is the one the document or the reference data knows by "JTC 1").
BARE_JOINT_PATH = re.compile(
    r"(?<![\w/-])(?P<committee>JTC\s?\d{1,3})"
    r"(?P<path>(?:/|[ \t](?=SC\s?\d))(?:SC|WG|AG|JWG|TF)\s?\d{1,3}(?:/(?:SC|WG|AG|JWG|TF)\s?\d{1,3})*)"
    r"(?![\w/])"
)
# ISO/IEC's joint committee written bare, with no body before it nor path after it, as the bodies that work
# with it write it: "submit ODF 1.2 to JTC 1 under the PAS procedure", "a JTC 1 N 1234 ballot", "JTC1 plenary"
# (the only joint committee "JTC 1" the documents name unowned; "CEN-CENELEC JTC 1" is JOINT_COMMITTEE's)
BARE_JTC_ONE = re.compile(r"(?<![\w/-])(?<![A-Z][ \t])JTC[ \t]?1(?![\w/-]|\.\d|[ \t]?/)")
# A subcommittee's path written alone, with no body before it ("SC 34/WG 6", "SC 34 N 1905", "SC34"), and a
# technical committee's designation that may own such subcommittees ("ISO/TC 211", "IEC TC 100"; not "JTC 1")
BARE_SUBCOMMITTEE = re.compile(
    r"(?<![\w/-])(?<![A-Z][ \t])SC[ \t]?\d{1,3}(?:/(?:WG|AG|JWG|TF)[ \t]?\d{1,3})*(?![\w/-]|[ \t]?/)"
)
TECHNICAL_COMMITTEE = re.compile(r"(?<![\w-])TC[ \t]?\d{1,3}\b")
# A standards committee named by an acronym alone ("the DICOM Standards Committee", "## XYZ Standards Board"):
# the body that acronym names, when nothing else names it (no acronym or word before it: "IEEE SA Standards
# Board", "LAN/MAN Standards Committee" are a known body's units)
ACRONYM_STANDARDS_COMMITTEE = re.compile(
    r"(?<![\w/&-])(?<![A-Z0-9][ \t])(?P<name>(?P<acronym>[A-Z][A-Z0-9]{2,9})[ \t]+Standards[ \t]+"
    r"(?:Committee|Board|Council))(?![\w-])"
)
# A committee's designation alone, its letters and number with or without a blank ("SC22", "WG 9", "TC46",
# "JTC1", "SG17"): a group of some body, never a body of its own.
COMMITTEE_DESIGNATION = re.compile(r"(?:J?TC|SC|WG|JWG|SG|AG|AHG|TG|PC)\s?\d{1,3}")
NAMED_SPEC = re.compile(
    rf"(?P<name>(?:[A-Z][A-Za-z0-9\u2019'/-]{WORD_TAIL}\s+){{0,5}}?[A-Z][A-Za-z0-9\u2019'/-]{WORD_TAIL})"
    r"\s+(?:\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\)\s+)?(?P<head>specification|standard)s?\b"
)
# A specification named by its title with its head capitalised, head included: "Datacenter NVMe SSD
# Specification", "GridFTP-to-CDMI Gateway Profile", "Core Information Model", "Cloud Controls
# Matrix", "Data Catalog Vocabulary", "SensorThings API", a version number after it ("Usage Record
# 2.0"); never when a unit's or body's head follows ("Kata Containers Architecture Committee").
TITLE_SPEC_HEAD = (
    r"(?:Specifications?|Standards?|Profiles?|(?:Information|Data|Object|Programming|Reference)\s+Models?|Model"
    r"|APIs?|Vocabular(?:y|ies)|Ontology|Architecture|Framework|Protocol|Interface|Guidelines|Matrix"
    r"|Template|Schema|Language|Toolkit|Validator|Test\s+Suite|Format|Dictionary|Syntax|Implementation\s+Guide)"
)
TITLED_SPEC = re.compile(  # not from inside a number ("SMI-S v1.9 and CIM Schema": no "9 and CIM Schema")
    rf"(?<![\w.-])(?P<name>(?:[{UPPER}0-9][{LETTER}0-9\u2019'/.-]{WORD_TAIL}\s+(?:(?:of|for|and|to|on)\s+)?){{1,7}}?"
    rf"(?P<head>{TITLE_SPEC_HEAD})(?:\s+(?P<version>v?\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}))?"
    r"(?:\s+in\s+[A-Z]{2,8}(?![\w-]))?"  # "Time Ontology in OWL": the language it is written in
    # an API family's part after a dash or an en dash ("OGC API - Features", "OGC API - EDR")
    r"(?:(?<=API) [-\u2013] [A-Z](?:[a-z]{2,20}|[A-Z]{1,5})(?: (?!and\b|or\b)[A-Z][a-z]{1,20}){0,3}(?![\w-])"
    r"|(?![\w-])"
    rf"(?!\s+{TITLE_SPEC_HEAD}(?![\w-]))"  # "... Firmware Profile Specification": the last head
    rf"(?!\s+(?:of|for|and|to|on)\s+[{UPPER}])"  # "Security Protocol and Data Model": the whole title
    r"(?!\s+(?:Committee|Working|Work|Group|Team|Task|Board|Forum|TC|WG|SIG|Project|Program|Subcommittee"
    r"|Alliance|Consortium|Foundation))))"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\))?"
)
POSSESSIVE_START = re.compile(r"^['\u2019]s\s+")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)
CORPORATE_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc|Ltd|LLC|e\.\s?V|GmbH|AISBL|Corp|Corporation))\.?$", re.IGNORECASE
)
WORD = re.compile(r"[a-z0-9]+")
TOKEN = re.compile(r"[A-Za-z0-9]+")  # a word as WORD reads it, in the text as written
WORD_SPLIT = re.compile(r"([a-z0-9]+)")  # a lowered text as its gaps and its words (word_list)
URL_HOST = re.compile(r"\b(?:https?://|www\.)(?P<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)")
# An acronym this short names an organization only with evidence ("LF", "SA" are also plain words).
SHORT_ACRONYM = 3
# The verbs a work item, an action or a slide's bullet opens with, capitalised there: never the first word
# of a name that follows them ("Map BuoyML 3.2 to ...", "Review OpenTide v1.4 profiles")
WORK_VERBS = frozenset(
    {"map", "review", "publish", "align", "adopt", "update", "develop", "complete", "draft", "submit"}
    | {"deliver", "release", "define", "test", "validate", "finalize", "finalise", "prepare", "evaluate"}
    | {"extend", "implement", "integrate", "harmonize", "harmonise", "specify", "assess", "analyse"}
    | {"analyze", "study", "produce", "approve", "ratify", "contribute", "maintain", "migrate", "launch"}
    | {"coordinate", "share", "provide", "create", "demonstrate", "compare", "support", "use", "apply"}
    | {"verify", "check", "agree", "consider", "incorporate", "present"}
)


# --- The name an acronym stands for -----------------------------------------------------------
# "Full Name (ACR)": the words a name may hold besides its capitalised, coded or numbered ones ("Security
# Protocol and Data Model", "Digital Imaging and Communications in Medicine", "Identity & Access
# Management", "Buoy Telemetry over Satellite"); a name never opens with one of them.
ACRONYM_JOINERS = frozenset(NAME_PARTICLES.split("|")) | {"in", "to", "over", "at", "&", "/", "-", "+"}
# Words that open a sentence's noun phrase and are never inside a name ("Its Input/Output ...")
ACRONYM_STOPPERS = frozenset(
    {"its", "their", "our", "his", "her", "this", "these", "those", "that", "a", "an"}
)
# A name is read back at most this far from its bracket, and over at most this many words (a longer name
# is improbable; the bound keeps the letters' reading of each bracket a constant cost)
ACRONYM_WINDOW = 160
ACRONYM_WORDS = 12
CLAUSE_END = re.compile(r"[,;:.!?|()\[\]\"\u201c\u201d]$")


def name_before_acronym(text: str, end: int, acronym: str) -> int | None:
    """Where the name that `acronym` abbreviates starts, the name ending at `end` ("... Data Model" of
    "Security Protocol and Data Model (SPDM)"): the earliest word of the clause before it from which the
    acronym's letters spell the words up to `end`. None when no run of name words there spells it
    (the caller then keeps what its pattern read).

    Why read back by letters: a name is not always a run of capitalised words ("5G Media Streaming",
    "eXtensible Markup Language", "Digital Imaging and Communications in Medicine"), and the capitalised
    words before it are not always its own ("Joint Work on Ocean Data Catalogue (ODC)"). The run stops
    at a line break, a clause's punctuation, or a lower-case word that joins no name ("met", "which"),
    so the cost is bounded by ACRONYM_WINDOW whatever the text."""
    line_start = text.rfind("\n", max(0, end - ACRONYM_WINDOW), end) + 1
    window_start = max(line_start, end - ACRONYM_WINDOW)
    tokens = list(re.finditer(r"\S+", text[window_start:end]))
    run: list[re.Match[str]] = []
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].group()
        if index < len(tokens) - 1 and CLAUSE_END.search(word):
            break
        if not is_name_word(word) or len(run) == ACRONYM_WORDS:
            break
        run.insert(0, tokens[index])
    letters = [c.lower() for c in acronym if c.isalnum()]
    if not letters:
        return None
    words = [m.group() for m in run]
    for first in range(len(words)):
        if words[first].lower() in ACRONYM_JOINERS:
            continue
        if spells_words(letters, words[first:]):
            return window_start + run[first].start()
    return None


def is_name_word(word: str) -> bool:
    """A word a name may hold: one with a capital or a digit ("Data", "5G", "eXtensible", "IoT"), or a
    word that joins a name's words ("and", "of", "&")."""
    lowered = word.lower()
    if lowered in ACRONYM_STOPPERS:
        return False
    return lowered in ACRONYM_JOINERS or any(c.isupper() or c.isdigit() for c in word)


def spells_words(letters: list[str], words: list[str]) -> bool:
    """Whether the acronym's letters are the words' own, in order: the first word gives the first
    letter, every other name word gives at least one (its initial, a capital or digit inside it, or a
    letter after a hyphen or slash, then any of its letters after that: "Communications" gives "CO" of
    DICOM), a joining word gives its initial or nothing, and the last word may give nothing ("Next
    Generation Mobile Networks Alliance (NGMN)")."""
    reachable = {0}
    for index, word in enumerate(words):
        joiner = word.lower() in ACRONYM_JOINERS
        may_skip = joiner or (index == len(words) - 1 and index > 0)
        following: set[int] = set()
        for position in reachable:
            if may_skip:
                following.add(position)
            following |= chunk_ends(letters, position, word, initial_only=joiner)
        if index == 0:
            following.discard(0)
        reachable = following
        if not reachable:
            return False
    return len(letters) in reachable


def chunk_ends(letters: list[str], position: int, word: str, initial_only: bool) -> set[int]:
    """The positions in `letters` one word can bring the reading to from `position`, giving one letter
    or more: the first at one of its marks, the others in order after it."""
    if position >= len(letters):
        return set()
    marks = [0] if initial_only else word_marks(word)
    lowered = word.lower()
    ends: set[int] = set()
    for mark in marks:
        if lowered[mark] != letters[position]:
            continue
        cursor, at = position + 1, mark + 1
        ends.add(cursor)
        while cursor < len(letters):
            at = lowered.find(letters[cursor], at) + 1
            if at == 0:
                break
            cursor += 1
            ends.add(cursor)
    return ends


def word_marks(word: str) -> list[int]:
    """Where a word's letters may start its part of an acronym: its first letter or digit, a capital or a
    digit inside it ("eXtensible", "IoT", "5G"), a letter after a hyphen or a slash ("Time-Sensitive")."""
    marks: list[int] = []
    for index, char in enumerate(word):
        if not char.isalnum():
            continue
        if not marks or char.isupper() or char.isdigit() or word[index - 1] in "-/":
            marks.append(index)
    return marks


def iris(nodes: Iterable[Node]) -> Iterator[URIRef]:
    """The IRIs among a graph's objects: reference data states unitOf, developedBy and topic of IRIs alone,
    and an Entity holds IRIs."""
    return (node for node in nodes if isinstance(node, URIRef))


@dataclass(frozen=True)
class NamePattern:
    """One name of an entity as a pattern; `key` is the name's first word in lower case, so that the
    pattern is only tried on text that contains that word (hundreds of names, one set look-up each)."""

    entity: Entity
    source: str
    flags: int
    key: str
    is_acronym: bool
    words: tuple[str, ...] = ()  # the name's words as `text_words` reads a text ("iso", "tc", "7", "sc")
    lead: int = 0  # where the first of them starts in the name ("(ISC)2": 1)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when first tried: a document's words select a few of the hundreds of names, and
        compiling all of them cost a command 0.17 s of start-up (issue 16)."""
        return re.compile(self.source, self.flags)


# The four letters Python's case-insensitive matching takes for an ASCII one (the re module's documentation):
# a name's "k" matches a text's Kelvin sign, so a text holding one is also read with them folded
ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
FOLDED_LETTERS = "\u0130\u0131\u017f\u212a"
# What a name pattern may hold between two of its words besides blanks: "(ACR)" (see `name_pattern`)
INSERTED_ACRONYM = re.compile(r"\([^()\n]{1,30}\)")
# How many "(ACR)" one gap between two words of a name may hold ("Identity (I) & (A) Access": two)
INSERTED_PER_GAP = 3


@dataclass(frozen=True)
class TextWord:
    """A word as the name index reads it: where it starts and ends, in lower case."""

    start: int
    end: int
    word: str


# A name's "-isation" and "-ization" are one spelling ("International Organisation for Standardization" of a
# reference naming "International Organization for Standardization"): British and American writers name the
# same body, and a document mixes both. Same length, so every place in a text stays where it was.
SPELLING = re.compile(r"i[sz]ation")


def spelled(lowered: str) -> str:
    """A lowered text with each "-isation" written "-ization", as names are indexed (SPELLING)."""
    return lowered.replace("isation", "ization") if "isation" in lowered else lowered


def text_words(text: str) -> list[TextWord]:
    """The words of `text` (TOKEN, lower case); a text a name may match through a folded letter (see
    ASCII_FOLDS) is read with them folded, at the same places (each is one letter for one)."""
    folded = text.translate(ASCII_FOLDS) if not text.isascii() else text
    return [TextWord(m.start(), m.end(), spelled(m.group().lower())) for m in TOKEN.finditer(folded)]


class WordTrie:
    """Name patterns by their words, one level a word (`Resolver.names_trie`): a text's word opens a walk
    that goes on as long as the next words are a name's next words, and yields the names it completes.
    Each place costs the length of the names that match there, whatever the number of names sharing its
    first word."""

    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[str, WordTrie] = {}
        self.ends: list[tuple[int, int]] = []  # (place of the pattern in `patterns`, its lead)

    def add(self, pattern: NamePattern, place: int) -> None:
        """A name with no word (a mark alone) is never tried, as no word of a text could key it."""
        if not pattern.words:
            return
        node = self
        for word in pattern.words:
            node = node.children.setdefault(word, WordTrie())
        node.ends.append((place, pattern.lead))

    def places(self, text: str) -> set[tuple[int, int]]:
        """(pattern place, offset) pairs: where a name may match, for its pattern to say whether it does. A
        text with a folded letter is read both ways: a name next to such a letter is whole only unfolded."""
        found: set[tuple[int, int]] = set()
        self.walk(text, *word_list(text), found)
        if not text.isascii() and text.translate(ASCII_FOLDS) != text:
            matches = list(TOKEN.finditer(text))
            words = [spelled(m.group().lower()) for m in matches]
            self.walk(text, words, [m.start() for m in matches], found)
        return found

    def walk(self, text: str, words: list[str], starts: list[int], found: set[tuple[int, int]]) -> None:
        """`words` (lower case) and where each starts in `text`, as text_words reads them: two plain lists,
        not a TextWord each (a 1 MB document has 200,000 words, and most open no name). The words that
        open a name are picked out in C (`compress` over the trie's membership test), so the loop runs for
        them alone; a name of one word (the most) completes at once, with no walk."""
        after: dict[int, tuple[int, ...]] = {}  # a word's possible next words, each asked once
        roots = self.children
        for first in compress(range(len(words)), map(roots.__contains__, words)):
            node = roots[words[first]]
            start = starts[first]
            for place, lead in node.ends:
                if start >= lead:
                    found.add((place, start - lead))
            if not node.children:
                continue
            frontier = [(node, first)]
            seen: set[tuple[int, int]] = set()
            while frontier:
                node, index = frontier.pop()
                if index != first:
                    for place, lead in node.ends:
                        if start >= lead:
                            found.add((place, start - lead))
                if not node.children:
                    continue
                following = after.get(index)
                if following is None:
                    following = after[index] = next_words(text, words, starts, index)
                for at in following:
                    child = node.children.get(words[at])
                    if child is not None and (id(child), at) not in seen:
                        seen.add((id(child), at))
                        frontier.append((child, at))


def word_list(text: str) -> tuple[list[str], list[int]]:
    """text_words as two lists, the words and their starts. Why it may lower the whole text first: with the
    four letters of ASCII_FOLDS folded, `str.lower` keeps every length and makes an ASCII letter or digit
    of an ASCII one only (U+0130 and U+212A are the only others that lower to one, or to two characters:
    tests/extract/test_session24_p_names.py checks every code point), so WORD over the lowered text finds
    TOKEN's words at the same places. One split of the text into its gaps and words, and the starts as
    the running sum of their lengths: all in C, where a `start()` per match was Python's."""
    folded = text.translate(ASCII_FOLDS) if not text.isascii() else text
    pieces = WORD_SPLIT.split(spelled(folded.lower()))  # gap, word, gap, word, ..., gap
    return pieces[1::2], list(accumulate(map(len, pieces), initial=0))[1:-1:2]


def may_match(pattern: NamePattern, words: set[str] | None) -> bool:
    """Whether a name's pattern may match a text whose words (lower case) are `words`: only if each of the
    name's words is one of them, as a match reads the name's words there (`WordTrie` rests on the same).
    Why: searching a whole document for a name costs a pass over it (a name pattern opens with a
    look-behind, which the engine cannot skip ahead to), 15 of them 0.4 s at 1 MB, and most names whose
    first word a document has are not in it. `words` is None for a text holding a letter of ASCII_FOLDS,
    which a case-insensitive name matches as an ASCII one: always tried then."""
    return words is None or all(word in words for word in pattern.words)


def next_words(text: str, words: list[str], starts: list[int], index: int) -> tuple[int, ...]:
    """The words that may follow word `index` within a name: the next, and the first after the "(ACR)"s
    the gap holds, if any (a name pattern lets one in between any two of its words)."""
    following = [index + 1] if index + 1 < len(words) else []
    position = starts[index] + len(words[index])
    for _ in range(INSERTED_PER_GAP):
        gap_end = starts[index + 1] if index + 1 < len(words) else len(text)
        opening = text.find("(", position, gap_end)
        inserted = INSERTED_ACRONYM.match(text, opening) if opening >= 0 else None
        if inserted is None:
            break
        position = inserted.end()
        index = bisect.bisect_left(starts, position) - 1
        if index + 1 >= len(words):
            break
        following.append(index + 1)
    return tuple(following)


def name_pattern(name: str, case_sensitive: bool, first_letter_free: bool = False) -> tuple[str, int]:
    """A name as a pattern's source and flags: any whitespace between words, an optional "(ACR)"
    between them.

    `first_letter_free`: an organization's name keeps its capitals except the first letter ("the Open
    Group" in a sentence still names The Open Group)."""
    words = [
        SPELLING.sub("i[sz]ation", re.escape(w)).replace("\u2019", "['\u2019]").replace("\\'", "['\u2019]")
        for w in name.split()
    ]
    if first_letter_free and words and words[0][:1].isalpha():
        first = words[0][0]
        words[0] = f"[{first.upper()}{first.lower()}]{words[0][1:]}"
    joint = r"\s+(?:\([^()\n]{1,30}\)\s+)?"
    body = joint.join(words)
    flags = 0 if case_sensitive else re.IGNORECASE
    return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags


def is_case_sensitive(name: str, is_acronym: bool, kind: str = "") -> bool:
    """Acronyms, one-word names and organizations' names must match their case ("GLUE", "Redfish",
    "The Open Group"); longer names of units and specifications need not."""
    return is_acronym or len(name.split()) == 1 or kind == "organization"


def acronym_as_word(entity: Entity) -> Iterable[tuple[str, bool]]:
    """A body whose name opens with its acronym written as a word ("Ecma International", acronym ECMA)
    is named by that word alone ("Ecma TC39"), matched in its case as one-word names are."""
    if entity.kind != "organization" or not entity.acronym:
        return
    words = {name.split()[0] for name in entity.names if len(name.split()) > 1}
    for word in sorted(words):
        if word != entity.acronym and word.lower() == entity.acronym.lower():
            yield word, False


def first_word(name: str) -> str:
    words = WORD.findall(spelled(name.lower()))
    return words[0] if words else ""


@lru_cache(maxsize=8192)
def comparable(name: str) -> str:
    """A name as names are compared: case, a leading "the", a corporate suffix and "&" do not count.
    Kept per name (a pure function of it): a contact's part is compared with every party's names, the same
    few names each time (12,000 calls per 100 KB of contact lines)."""
    name = CORPORATE_SUFFIX.sub("", " ".join(name.replace("\u2019", "'").split()))
    name = LEADING_ARTICLE.sub("", name).replace("&", "and")
    return " ".join(name.lower().strip(" ,.;:").split())


@dataclass(frozen=True)
class Reading:
    """What a Resolver reads from its graphs before any document: the same for every document of a
    batch (one reference, one ontology, one store's known bodies), so read once per process. It holds
    the graphs it was read from, so that their ids cannot be reused while it is kept."""

    sources: tuple[Graph, Graph | None, Graph | None]
    reference: Graph
    ontology: Graph
    entities: dict[URIRef, Entity]
    patterns: list[NamePattern]

    def read_from(self, reference: Graph, ontology: Graph | None, known: Graph | None) -> bool:
        """Whether it was read from these very graphs (identity: rdflib compares graphs by name)."""
        return all(a is b for a, b in zip(self.sources, (reference, ontology, known), strict=True))


# Readings by the ids of their graphs; a few (one per reference and store a process works with).
READINGS: dict[tuple[int, int, int], Reading] = {}
KEPT_READINGS = 4


def remember_reading(reading: Reading) -> None:
    """Keep a reading for the next Resolver of the same graphs (the graphs are not changed after they
    are read: kg.pipeline.ingest reads them once per process or session)."""
    while len(READINGS) >= KEPT_READINGS:
        READINGS.pop(next(iter(READINGS)))
    reference, ontology, known = reading.sources
    READINGS[(id(reference), id(ontology), id(known))] = reading


def longest_first(found: list[Mention]) -> list[Mention]:
    """The mentions that overlap no longer one (`found` longest first), in the order of the text.

    Why bisect: each mention was checked against every one chosen before it; on a long line without
    spaces ("Hello world" 40,000 times, 440 KB) that was 62 % of 82 s. The chosen spans never overlap,
    so their starts and ends rise together: the one starting last before a mention's end is the only one
    it can overlap that ends latest."""
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Mention] = []
    for mention in found:
        at = bisect.bisect_left(starts, mention.end)  # the chosen that start before the mention ends
        if at and ends[at - 1] > mention.start:
            continue
        starts.insert(at, mention.start)
        ends.insert(at, mention.end)
        chosen.insert(at, mention)
    return chosen


# A draft cited by its working name, not yet by a number: in brackets ("ITU-R M.[IMT.SENSING]", "ITU-T
# Y.[ADT-req]") or in lower case ("ITU-T Y.ml-nfv"), after its series' letter
WORKING_NAME = re.compile(r"\s[A-Z]{1,3}\.(?:\[|[a-z]{2})")
# What follows the bodies that open a standard's number, up to its first digit: a blank, a slash or a hyphen,
# then at most a type or series ("Std", "Rec.", "TS", "M.", "P"): "IEEE 802.1AX", "ITU-R M.2160", "ISO/IEC
# 27001", "IEEE Std 802.3", "3GPP TS 23.501", "ETSI GS NFV 002", "IEEE P802.11be"
NUMBER_AFTER_BODIES = re.compile(r"[ \xa0/-]{1,3}(?:[A-Za-z]{1,12}\.?[ \xa0]{1,2}){0,2}(?:[A-Z]\.|P)?\d")
BODIES_JOINER = re.compile(r"[ \xa0]{0,2}[/-][ \xa0]{0,2}")


def citing_bodies(text: str, bodies: list[Mention], mention: Mention) -> list[Mention]:
    """The bodies that open a specification's mention: each named within it, in order, before its number
    (NUMBER_AFTER_BODIES) or a draft's working name (WORKING_NAME), joined by a slash or a hyphen ("ISO/IEC
    27001": ISO and IEC); none when its name goes on in words ("OGC API - Features")."""
    found: list[Mention] = []
    at = mention.start
    for body in bodies:
        if body.start < at or body.end >= mention.end:
            continue
        if body.start > at and (
            not found or BODIES_JOINER.fullmatch(text, found[-1].end, body.start) is None
        ):
            break
        found.append(body)
        at = body.end
    if not found:
        return []
    rest = found[-1].end
    if NUMBER_AFTER_BODIES.match(text, rest, mention.end) or WORKING_NAME.match(text, rest, mention.end):
        return found
    return []


CITING_BODIES_MAX = 3


def cited_bodies(mentions: list[Mention], text: str | None = None) -> set[int]:
    """The places of the mentions (in `mentions`, a text's, in order) that name a body only as it opens a
    specification's number (with_citing_bodies: the specification's mention follows them, spanning them).
    With the text: not where a verb of working together comes before the number ("works with IEEE 802.11",
    "in cooperation with IEEE 802.3 and IEEE 802.1"): a committee named by its number, whose body is worked
    with (WORKED_WITH); a standard "compliant with", "based on" or "implemented" stays cited."""
    places: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.entity.kind != "organization":
            continue
        for later in mentions[index + 1 : index + 1 + CITING_BODIES_MAX]:
            if later.start <= mention.start and later.end > mention.end:
                if text is None or not worked_with(text, later.start):
                    places.add(index)
                break
    return places


# A verb or phrase of working together right before a body's committee, or before a list of them
# ("works closely with", "liaises with", "collaborates with", "in cooperation with", "jointly with")
WORKING_WITH = (
    r"\b(?:(?:work(?:s|ed|ing)?|collaborat(?:es?|ed|ing)|co-?operat(?:es?|ed|ing)|liais(?:es?|ed|ing)"
    r"|coordinat(?:es?|ed|ing)|partner(?:s|ed|ing)?|engag(?:es?|ed|ing))(?:\s+(?:closely|directly|jointly))?"
    r"|in\s+(?:close\s+)?(?:co-?operation|collaboration|coordination|liaison|partnership)|jointly)"
    r"\s+with\s+"
)
WORKED_WITH = re.compile(
    WORKING_WITH + r"(?:the\s+)?"
    # (other committees named before it in the same list: "with IEEE 802.3 and IEEE 802.1")
    r"(?:[A-Z][\w./-]{0,15}(?:\s+[A-Z0-9][\w./-]{0,15}){0,3}\s*(?:,|\band\b|&)\s*){0,4}$"
)
# "... works with OBC on buoys and with IEEE 802.11 on telemetry": a second "with" of the same verb
AND_WITH = re.compile(r"(?:\band|,|\bas\s+well\s+as)\s+(?:also\s+)?with\s+(?:the\s+)?$")
WORKING_WITH_VERB = re.compile(WORKING_WITH)
WORKED_WITH_REACH = 160


def worked_with(text: str, start: int) -> bool:
    """Whether a verb of working together (WORKED_WITH) comes right before `start` in `text`, or earlier in
    its sentence before a second "with" (AND_WITH)."""
    reach = max(0, start - WORKED_WITH_REACH)
    if "with" not in text[reach:start]:
        return False
    if WORKED_WITH.search(text, reach, start) is not None:
        return True
    if AND_WITH.search(text, reach, start) is None:
        return False
    sentence = max(text.rfind(". ", reach, start), text.rfind("\n\n", reach, start), reach)
    return WORKING_WITH_VERB.search(text, sentence, start) is not None


def uncited(mentions: list[Mention], text: str | None = None) -> list[Mention]:
    """The mentions but those naming a body only as it opens a standard's number (cited_bodies)."""
    cited = cited_bodies(mentions, text)
    return [m for place, m in enumerate(mentions) if place not in cited] if cited else mentions


def with_citing_bodies(text: str, found: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions and, for each specification cited by its number or a draft by its working name
    whose name opens with bodies' names ("IEEE 802.1AX", "ITU-R M.2160", "ISO/IEC 27001", "ITU-R
    M.[IMT.SENSING]"), those bodies' mentions too, each before the specification's: a text that cites a
    body's standard names the body (the longer mention hid it), and a statement naming its sector only there
    still names it. The number stays a specification. Which of these bodies are parties is the party rules'
    choice (kg.extract.parties.cited_only)."""
    bodies: dict[int, Mention] = {}
    for mention in found:
        known = bodies.get(mention.start)
        if mention.entity.kind == "organization" and (known is None or mention.end > known.end):
            bodies[mention.start] = mention
    if not bodies:
        return chosen
    ordered = sorted(bodies.values(), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    result: list[Mention] = []
    for mention in chosen:
        if mention.entity.kind == "specification":
            first = bisect.bisect_left(starts, mention.start)
            last = bisect.bisect_left(starts, mention.end, lo=first)
            if first < last:
                result += citing_bodies(text, ordered[first:last], mention)
        result.append(mention)
    return result


class Resolver:
    """Finds and resolves the names of organizations, units, specifications and licences.

    `reference`: the reference data (gazetteer, units, specifications, licences); `ontology`: the
    class hierarchy (defaults to `reference`); `known`: what a store already holds about organizations
    and units (see `known_graph`), including those earlier documents introduced for review."""

    def __init__(self, reference: Graph, ontology: Graph | None = None, known: Graph | None = None) -> None:
        start = READINGS.get((id(reference), id(ontology), id(known)))
        if start is not None and start.read_from(reference, ontology, known):
            self.reference, self.ontology = start.reference, start.ontology
        else:
            self.reference = reference if known is None or len(known) == 0 else reference + known
            self.ontology = ontology if ontology is not None else reference
        self.entities: dict[URIRef, Entity] = {}
        self.new_entities: dict[URIRef, Entity] = {}
        self.evidence: set[URIRef] = set()
        self.unit_keys: dict[str, URIRef] = {}  # a new unit by its owner and its name with the head in full
        # the unit each number of a plural head stands for ("SCs 27 and 42"), by its text and the number's
        # place: no name pattern finds "Subcommittee 42" there, and its label may carry its body's name
        self.listed_units: dict[tuple[str, int], URIRef] = {}
        # units named by their designation alone ("WP 5D Working Group"), whose body the document may name
        # later: (the unit, of no body yet; its designation), decided once every unit is discovered
        self.undecided_units: list[tuple[URIRef, str]] = []
        # Mentions found per text, until the next change of what is known: the rules ask for the
        # mentions of one block many times (after every discovery pass), which cost the pattern
        # scan each time; a change (a new entity, new evidence, a developer) forgets them all.
        self.found: dict[str, tuple[Mention, ...]] = {}
        self.changes = 0
        # an entity was replaced without its indexes being forgotten (a developer, a mention restated):
        # the next new entity rebuilds them whole, as every new entity did before index_new
        self.unindexed = False
        if start is not None and start.read_from(reference, ontology, known):
            self.entities.update(start.entities)
            self.__dict__["patterns"] = list(start.patterns)
            return
        for kind in ("organization", "unit", "specification", "license", "status"):
            for iri in sorted(self.instances_of(KIND_ROOTS[kind])):
                self.entities.setdefault(iri, self.entity(iri, kind))
        remember_reading(
            Reading(
                (reference, ontology, known),
                self.reference,
                self.ontology,
                dict(self.entities),
                list(self.patterns),  # a copy: index_new adds this document's names to its own
            )
        )

    @classmethod
    def with_known(
        cls, reference: Graph, ontology: Graph | None, rows: Iterable[Mapping[str, Node | None]]
    ) -> Resolver:
        """A resolver that also knows the organizations and units of a store: `rows` are the answer of
        the named query known-organizations (entity, property, value)."""
        return cls(reference, ontology, known_graph(rows))

    # Reading the reference data ---------------------------------------------------------

    def subclasses(self, root: URIRef) -> set[URIRef]:
        found, frontier = {root}, [root]
        while frontier:
            current = frontier.pop()
            for child in self.ontology.subjects(RDFS.subClassOf, current):
                if isinstance(child, URIRef) and child not in found:
                    found.add(child)
                    frontier.append(child)
        return found

    def instances_of(self, root: URIRef) -> set[URIRef]:
        classes = self.subclasses(root)
        return {s for c in classes for s in self.reference.subjects(RDF.type, c) if isinstance(s, URIRef)}

    def entity(self, iri: URIRef, kind: str) -> Entity:
        graph = self.reference
        label = graph.value(iri, SKOS.prefLabel)
        acronym = graph.value(iri, AKG.acronym)
        names = [
            str(o) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel) for o in graph.objects(iri, p)
        ]
        names += [
            str(o) for node in graph.objects(iri, AKG.formerName) for o in graph.objects(node, RDFS.label)
        ]
        return Entity(
            iri=iri,
            kind=kind,
            label=str(label) if label is not None else str(iri).rsplit("/", 1)[-1],
            acronym=str(acronym) if acronym is not None else None,
            types=frozenset(t for t in graph.objects(iri, RDF.type) if isinstance(t, URIRef)),
            unit_of=unit_of if isinstance(unit_of := graph.value(iri, AKG.unitOf), URIRef) else None,
            developed_by=tuple(sorted(iris(graph.objects(iri, AKG.developedBy)))),
            topics=tuple(sorted(iris(graph.objects(iri, AKG.topic)))),
            names=tuple(sorted(set(names))),
            needs_review=(iri, AKG.needsReview, Literal(True)) in graph,
        )

    def owner_acronym(self, entity: Entity) -> str | None:
        owners = (
            [entity.unit_of] if entity.unit_of else [o for o in entity.developed_by if o in self.entities]
        )
        for owner in owners:
            if owner is not None and self.entities.get(owner) and self.entities[owner].kind == "organization":
                return self.entities[owner].acronym
        return None

    def names_of(self, entity: Entity) -> Iterable[tuple[str, bool]]:
        """(name, is_acronym) pairs; a name that starts with its owner's acronym ("DMTF Redfish",
        "DMTF cloud management model and interfaces") is matched without it, so that the owner
        is found as a mention of its own and "DMTF Redfish" still names Redfish."""
        owner = self.owner_acronym(entity)
        strippable = entity.kind == "specification" or bool(entity.types & self.strippable_unit_classes)
        for name in entity.names:
            if entity.acronym and name == entity.acronym:
                continue
            if not (strippable and owner and name.startswith(owner + " ")):
                yield name, False
            elif len(name.split()) > 2:
                yield name[len(owner) + 1 :], False
        if entity.acronym:
            yield entity.acronym, True
            yield from acronym_as_word(entity)

    @cached_property
    def strippable_unit_classes(self) -> set[URIRef]:
        """Units commonly named with and without their organization's acronym (not boards)."""
        return {c for root in STRIPPABLE_UNIT_KINDS for c in self.subclasses(root)}

    @cached_property
    def patterns(self) -> list[NamePattern]:
        return [
            self.name_pattern_of(entity, name, is_acronym)
            for entity in self.entities.values()
            if entity.kind in RESOLVED_KINDS
            for name, is_acronym in self.names_of(entity)
        ]

    def name_pattern_of(self, entity: Entity, name: str, is_acronym: bool) -> NamePattern:
        sensitive = is_case_sensitive(name, is_acronym, entity.kind)
        free = entity.kind == "organization" and not is_acronym and len(name.split()) > 1
        source, flags = name_pattern(name, sensitive, first_letter_free=free)
        words = text_words(name)
        lead = words[0].start if words else 0
        return NamePattern(
            entity, source, flags, first_word(name), is_acronym, tuple(w.word for w in words), lead
        )

    @cached_property
    def names_trie(self) -> WordTrie:
        """The patterns by their words, one word a level: a text is tried, at each of its words, only with
        the names whose words all follow there. Keyed by the first word alone, a document naming
        thousands of committees by their paths ("ISO/TC 7/SC 3", "TC 7/SC 3": a unit named with and
        without its body) tried thousands of names at each of thousands of places ("ISO", "TC"): units
        x places, 4,000 lines past the 40 CPU-s limit (docs/reliability.md section 20)."""
        trie = WordTrie()
        for place, pattern in enumerate(self.patterns):
            trie.add(pattern, place)
        return trie

    @cached_property
    def by_name(self) -> dict[str, list[Entity]]:
        index: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            for name, _ in self.names_of(entity):
                index.setdefault(comparable(name), []).append(entity)
        return index

    @cached_property
    def specifications_by_developer(self) -> dict[URIRef, list[URIRef]]:
        """The specifications each body or unit develops, by IRI (the entity is looked up when read: a
        name added later replaces it). Kept up to date by `with_developer`, the one place a developer is
        added after the reference data: rebuilt with the name indexes, it would cost a scan of every
        entity for each name a document adds."""
        index: dict[URIRef, list[URIRef]] = {}
        for entity in self.entities.values():
            if entity.kind == "specification":
                for developer in entity.developed_by:
                    index.setdefault(developer, []).append(entity.iri)
        return index

    def specifications_of(self, developer: URIRef) -> list[Entity]:
        """The specifications `developer` develops: a unit named after one asks this for each mention of
        it, where a scan of every known entity made thousands of units cost their square."""
        return [self.entities[iri] for iri in self.specifications_by_developer.get(developer, ())]

    @cached_property
    def by_acronym(self) -> dict[str, list[Entity]]:
        """Organizations by acronym (exact case): the ones an acronym could name."""
        index: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            if entity.kind == "organization" and entity.acronym:
                index.setdefault(entity.acronym, []).append(entity)
        return index

    @cached_property
    def units_by_acronym(self) -> dict[str, list[Entity]]:
        """The units this document made, by their acronym in any case ("NETMOD", "CoRE"): a liaison's group
        field writes a unit so ("To Groups: netmod", "From Group: CORE")."""
        index: dict[str, list[Entity]] = {}
        for entity in self.new_entities.values():
            if entity.kind == "unit" and (key := entity.acronym or coined_word(entity.label)):
                index.setdefault(key.casefold(), []).append(entity)
        return index

    @cached_property
    def units_by_initials(self) -> dict[tuple[str, str], list[Entity]]:
        """The units this document made by the initials of their name's words and their head's short form
        (("DCP", "wg") of the "Digital Credentials Protocols Working Group"): a table's column abbreviates
        them so ("DCP WG", "C&C WG")."""
        index: dict[tuple[str, str], list[Entity]] = {}
        for entity in self.new_entities.values():
            if entity.kind == "unit" and (key := initials_key(entity.label)) is not None:
                index.setdefault(key, []).append(entity)
        return index

    def abbreviated_unit(self, name: str) -> Entity | None:
        """The unit named in full that `name` abbreviates by its words' initials and its head's short form
        ("DCP WG"), with `name` among its names; None when no unit, or several, are so abbreviated."""
        short = SHORT_UNIT.fullmatch(name)
        if short is None:
            return None
        units = self.units_by_initials.get(
            (short.group("letters").replace("&", "").upper(), short.group("head").lower())
        )
        if units is None or len(units) != 1:
            return None
        return units[0] if name in units[0].names else self.with_names(units[0], name)

    def forget_entity(self, entity: Entity) -> None:
        """A new entity the document turns out not to name (a bare acronym read as a specification that the
        text makes the subject of its sentences of working with others: a body's)."""
        if entity.iri in self.new_entities:
            del self.new_entities[entity.iri]
            self.entities.pop(entity.iri, None)
            self.forget_indexes()

    def forget_indexes(self) -> None:
        """The names changed: the indexes built from them are built again when next needed."""
        for cached in INDEXES:
            self.__dict__.pop(cached, None)
        self.unindexed = False
        self.changed()

    def needs_evidence(self, entity: Entity) -> bool:
        """Whether a bare mention of the entity's acronym needs evidence from the document."""
        acronym = entity.acronym or ""
        return entity.kind == "organization" and (
            len(acronym) < SHORT_ACRONYM or len(self.by_acronym.get(acronym, ())) > 1
        )

    # Evidence ------------------------------------------------------------------------

    def observe(self, text: str) -> None:
        """Note the organizations a whole document gives evidence for (one of their full names, or their
        domain in an address), so that their shared or short acronyms resolve to them in it."""
        domains = {m.group("domain").lower() for m in EMAIL.finditer(text)}
        # an address's host opens with "http" or "www.": looked for there alone (kg.model.prefilter)
        domains |= {m.group("host").lower().removeprefix("www.") for m in finditer(URL_HOST, text)}
        words = set(WORD.findall(spelled(text.lower())))
        whole = words if not any(letter in text for letter in FOLDED_LETTERS) else None
        for entity in self.entities.values():
            if not self.needs_evidence(entity):
                continue
            if self.has_domain(entity, domains) or any(
                p.key in words and may_match(p, whole) and p.pattern.search(text)
                for p in self.full_name_patterns(entity)
            ):
                self.evidence.add(entity.iri)
                self.changed()

    def full_name_patterns(self, entity: Entity) -> list[NamePattern]:
        return self.full_names_by_entity.get(entity.iri, [])

    @cached_property
    def full_names_by_entity(self) -> dict[URIRef, list[NamePattern]]:
        """Each entity's full-name patterns (not its acronym's): observe asks for them per entity, which
        filtering every pattern each time made grow with the square of the gazetteer."""
        index: dict[URIRef, list[NamePattern]] = {}
        for pattern in self.patterns:
            if not pattern.is_acronym:
                index.setdefault(pattern.entity.iri, []).append(pattern)
        return index

    def has_domain(self, entity: Entity, domains: set[str]) -> bool:
        known = {
            str(d).lower()
            for p in (AKG.domainName, AKG.variantDomainName)
            for d in self.reference.objects(entity.iri, p)
        }
        return any(d == k or d.endswith("." + k) for d in domains for k in known)

    # Finding names in text -----------------------------------------------------------

    def changed(self) -> None:
        """What is known changed: mentions found before may be wrong now."""
        self.found.clear()
        self.changes += 1

    def mentions(self, text: str) -> list[Mention]:
        """Longest non-overlapping mentions of known entities, in text order; an acronym several
        organizations share names the one the document gives evidence for, or none (found once per
        text while nothing new is known: see `found`)."""
        cached = self.found.get(text)
        if cached is not None:
            return list(cached)
        changes = self.changes
        found = self.scan(text)
        if changes == self.changes:  # a unit made while qualifying makes the scan stale at once
            self.found[text] = tuple(found)
        return found

    def scan(self, text: str) -> list[Mention]:
        """The mentions in `text`: each name tried where the text's words open with its words (see
        `names_trie`), in the order of `patterns`, as every text was tried before the index."""
        by_span: dict[tuple[int, int], list[tuple[NamePattern, str]]] = {}
        for place, start in sorted(self.names_trie.places(text)):
            pattern = self.patterns[place]
            if (m := pattern.pattern.match(text, start)) is not None:
                by_span.setdefault((m.start(), m.end()), []).append((pattern, m.group()))
        local = {p.entity.iri for found in by_span.values() for p, _ in found if not p.is_acronym}
        found: list[Mention] = []
        for (start, end), candidates in by_span.items():
            entity = self.choose(candidates, local) or self.owned_right_before(text, start, candidates)
            if entity is not None:
                found.append(Mention(entity, start, end, candidates[0][1]))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        chosen = with_citing_bodies(text, found, longest_first(found))
        return [self.used(m) for m in self.qualified(text, chosen)]

    def choose(self, candidates: list[tuple[NamePattern, str]], local: set[URIRef]) -> Entity | None:
        """The entity a span names: by a full name, the one entity; by an acronym, the one organization
        that needs no evidence or has it (in the document, or in the same text)."""
        entities = {p.entity.iri: p.entity for p, _ in candidates}
        if len(entities) == 1 and not any(p.is_acronym for p, _ in candidates):
            return next(iter(entities.values()))
        plausible = [
            e
            for e in entities.values()
            if not self.needs_evidence(e) or e.iri in self.evidence or e.iri in local
        ]
        if not plausible:  # none has evidence: the entity kept apart for the bare acronym, if any
            plausible = [e for e in entities.values() if is_placeholder(e)]
        return plausible[0] if len(plausible) == 1 else None

    def owned_right_before(
        self, text: str, start: int, candidates: list[tuple[NamePattern, str]]
    ) -> Entity | None:
        """Of several units one name stands for, the one whose organization is written right before it
        ("DMTF Technical Committee" beside "NMF Technical Committee": two units a store discovered, each
        "Technical Committee" once its body's acronym is taken off); None when no one body is written there.

        Why: the name stood for both, so `choose` took neither, and the unit a document's first reading
        discovered was lost on every later reading against the store (issue 12 point 3)."""
        units = {
            p.entity.iri: p.entity for p, _ in candidates if p.entity.kind == "unit" and p.entity.unit_of
        }
        if len(units) < 2:
            return None
        before = POSSESSIVE_GAP.sub("", text[max(0, start - 120) : start])
        owned = [
            unit
            for unit in units.values()
            if (owner := self.entities.get(unit.unit_of)) is not None  # type: ignore[arg-type]
            and any(written_last(before, name) for name in {owner.short_name, owner.label})
        ]
        return owned[0] if len(owned) == 1 else None

    def used(self, mention: Mention) -> Mention:
        """A mention of an entity an earlier document introduced for review: restated by this document's
        graph too (typed, labelled, flagged), so that each graph stands on its own."""
        entity = mention.entity
        if entity.needs_review and entity.iri not in self.new_entities:
            self.new_entities[entity.iri] = entity
            self.unindexed = True  # units_by_acronym reads new_entities
        return mention

    def qualified(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A known unit named right after another organization is that organization's unit, not ours."""
        result = []
        for index, mention in enumerate(mentions):
            previous = mentions[index - 1] if index else None
            entity = mention.entity
            if (
                previous is not None
                and entity.kind == "unit"
                and previous.entity.kind == "organization"
                and not text[previous.end : mention.start].strip(" \u2019's")
                and entity.unit_of != previous.entity.iri
                and not owned_by_joined(text, mentions, index - 1, entity)
            ):
                name = f"{previous.entity.short_name} {mention.surface}"
                unit = self.new_unit(name, None, previous.entity)
                result.append(Mention(unit, mention.start, mention.end, mention.surface))
                continue
            result.append(mention)
        return result

    def resolve(self, name: str, kind: str | None = None) -> Entity | None:
        """The entity a whole name stands for, if exactly one does."""
        candidates = [e for e in self.by_name.get(comparable(name), []) if kind is None or e.kind == kind]
        unique = {e.iri: e for e in candidates}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def topic_named(self, name: str) -> Entity | None:
        """The reference data's topic (a concept of the topic scheme) one of whose labels is `name`."""
        labels = self.__dict__.get("topic_labels")
        if labels is None:
            labels = self.__dict__["topic_labels"] = {
                normal_name(str(label)): iri
                for predicate in (SKOS.prefLabel, SKOS.altLabel)
                for iri, label in self.reference.subject_objects(predicate)
                if isinstance(iri, URIRef) and str(iri).startswith(str(TOPIC))
            }
        iri = labels.get(normal_name(name))
        return None if iri is None else self.entities.get(iri) or self.entity(iri, "topic")

    def organization_for_email(self, address: str) -> Entity | None:
        """The organization whose domain (or variant domain, such as a misspelling) an address uses."""
        match = EMAIL.search(address)
        if match is None:
            return None
        domain = match.group("domain").lower()
        for predicate in (AKG.domainName, AKG.variantDomainName):
            for iri, value in self.reference.subject_objects(predicate):
                known = str(value).lower()
                entity = self.entities.get(iri) if isinstance(iri, URIRef) else None
                if (domain == known or domain.endswith("." + known)) and entity is not None:
                    return entity
        return None

    # New entities --------------------------------------------------------------------

    def remember(
        self,
        iri: URIRef,
        kind: str,
        label: str,
        name: str,
        acronym: str | None,
        entity_type: URIRef,
        unit_of: URIRef | None = None,
        aliases: tuple[str, ...] = (),
    ) -> Entity:
        """A new entity (not in the reference data), known by its name, acronym and aliases and
        flagged for review; the one already made for `iri`, if any."""
        existing = self.entities.get(iri) or self.new_entities.get(iri)
        if existing is not None:
            return existing
        names = tuple(dict.fromkeys(n for n in (name, acronym, *aliases) if n))
        types = frozenset({entity_type})
        entity = Entity(iri, kind, label, acronym, types, unit_of=unit_of, names=names, needs_review=True)
        self.new_entities[entity.iri] = entity
        self.entities[entity.iri] = entity
        if self.unindexed:
            self.forget_indexes()
        else:
            self.index_new(entity)
            self.changed()
        return entity

    def index_new(self, entity: Entity) -> None:
        """A new entity joins the indexes built so far, in the place a whole rebuild would give it (the
        last): rebuilding them for each of the thousands of units a long document may name made a unit's
        cost grow with the number named before it. An index not built yet is built whole when needed."""
        cache = self.__dict__
        if "by_acronym" in cache and entity.kind == "organization" and entity.acronym:
            cache["by_acronym"].setdefault(entity.acronym, []).append(entity)
        key = (entity.acronym or coined_word(entity.label)) if entity.kind == "unit" else None
        if "units_by_acronym" in cache and key:
            cache["units_by_acronym"].setdefault(key.casefold(), []).append(entity)
        initials = initials_key(entity.label) if entity.kind == "unit" else None
        if "units_by_initials" in cache and initials is not None:
            cache["units_by_initials"].setdefault(initials, []).append(entity)
        names = list(self.names_of(entity))
        if "by_name" in cache:
            for name, _ in names:
                cache["by_name"].setdefault(comparable(name), []).append(entity)
        if "patterns" not in cache:
            cache.pop("names_trie", None)
            cache.pop("full_names_by_entity", None)
            return
        for pattern in (
            self.name_pattern_of(entity, n, a) for n, a in names if entity.kind in RESOLVED_KINDS
        ):
            place = len(cache["patterns"])
            cache["patterns"].append(pattern)
            if "names_trie" in cache:
                cache["names_trie"].add(pattern, place)
            if "full_names_by_entity" in cache and not pattern.is_acronym:
                cache["full_names_by_entity"].setdefault(entity.iri, []).append(pattern)

    def with_acronym(self, entity: Entity, acronym: str) -> Entity:
        """A body discovered earlier in the document by its name alone, now also known by the
        acronym the document gives it later ("Orbital Data Consortium (ORDC)")."""
        updated = replace(entity, acronym=acronym, names=(*entity.names, acronym))
        self.new_entities[entity.iri] = self.entities[entity.iri] = updated
        self.forget_indexes()
        return updated

    def known_organization(self, name: str, acronym: str | None) -> Entity | None:
        """The known organization a (name, acronym) pair names, if it is certainly that one.

        By its full name; else by its acronym, when exactly one organization has it and that one is
        known by no other full name (a same acronym with a different full name is a different body);
        a bare acronym several share is the entity kept apart for it earlier, if any."""
        by_name = self.resolve(name, "organization")
        if by_name is not None:
            return by_name
        if not acronym:
            return None
        candidates = self.by_acronym.get(acronym, [])
        short = comparable(acronym)
        if comparable(name) == short:
            placeholders = [c for c in candidates if is_placeholder(c)]
            if placeholders:
                return placeholders[0]
            return candidates[0] if len(candidates) == 1 and not self.needs_evidence(candidates[0]) else None
        compatible = [c for c in candidates if all(comparable(n) == short for n in c.names if n != c.acronym)]
        return compatible[0] if len(candidates) == 1 and compatible else None

    def acronym_variant(self, name: str, acronym: str | None) -> Entity | None:
        """One body named two ways in a document: "NGMN Alliance" (its acronym and a head) is the
        body the document or the reference data calls "NGMN", and a body named in full with the acronym
        "NGMN" is the "NGMN Alliance" discovered earlier. Each name is kept; two bodies sharing the
        acronym are left apart (no evidence which one)."""
        variant = ACRONYM_HEADED.fullmatch(name)
        if variant is not None:
            owners = [
                c
                for c in self.by_acronym.get(variant.group("acronym"), [])
                if not self.needs_evidence(c) or c.iri in self.evidence
            ]
            if len(owners) != 1:
                return None
            owner = owners[0]
            return self.with_names(owner, name) if owner.iri in self.new_entities else owner
        if not acronym:
            return None
        earlier = [
            e
            for e in self.new_entities.values()
            if e.kind == "organization"
            and e.acronym is None
            and (match := ACRONYM_HEADED.fullmatch(e.label)) is not None
            and match.group("acronym") == acronym
        ]
        if len(earlier) != 1 or self.by_acronym.get(acronym):
            return None
        return self.with_names(self.with_acronym(earlier[0], acronym), name)

    def free_iri(self, namespace: str, local: str) -> URIRef:
        """namespace + local, unless another entity has that IRI: then the first one numbered free."""
        iri, number = URIRef(f"{namespace}{local}"), 2
        while iri in self.entities:
            iri, number = URIRef(f"{namespace}{local}-{number}"), number + 1
        return iri

    def new_organization(self, name: str, acronym: str | None = None) -> Entity:
        """The organization a document names as `name` ("Full Name" or an acronym) and `acronym`: a known
        one when certain (see known_organization), else a new one flagged for review, whose IRI comes
        from its acronym, or from its full name when another body already has that acronym. A group's
        officer written before it ("Source: Chairman, WP3/13") is no body: the group or body after the
        title is, when the text or the reference data knows it (a unit then, not an organization)."""
        if (officer := OFFICER_BEFORE_GROUP.match(name)) is not None:
            rest = name[officer.end() :].strip()
            named = [m for m in self.mentions(rest) if m.entity.kind in ("organization", "unit")]
            if named:
                return max(named, key=lambda m: m.end - m.start).entity
            if acronym == name:
                acronym = rest if rest.isupper() else None
            name = rest
        if acronym in COUNTRY_CODES and comparable(name) != comparable(acronym):
            acronym = None  # "Access Board (US)": the country it is of, no acronym of its name
        name = as_titled(clean_name(name))
        known = self.known_organization(name, acronym) or self.acronym_variant(name, acronym)
        if known is not None:
            unnamed = known.acronym is None and known.iri in self.new_entities
            if acronym and unnamed and not self.by_acronym.get(acronym):
                known = self.with_acronym(known, acronym)  # named first without it ("X / Y Work Register")
            return self.used(Mention(known, 0, 0, name)).entity
        kind_class = (
            AKG.IndustryAlliance if any(w in name.split() for w in ALLIANCE_HEADS) else AKG.Organization
        )
        if acronym and self.by_acronym.get(acronym) and comparable(name) != comparable(acronym):
            local = slugify(name)  # another body has the acronym: this one is known by its name
        else:
            local = slugify(acronym or name)
        iri = self.free_iri(str(ORG), local)
        label = name if name != acronym else acronym
        return self.remember(iri, "organization", label, name, acronym, kind_class)

    def new_unit(
        self, name: str, acronym: str | None, organization: Entity | None, written: str | None = None
    ) -> Entity:
        """A unit the reference data does not know. `written`: the unit as the text names it with its
        organization ("NMF Technical Committee"), the name that finds it when its own is only a head
        ("Technical Committee", which every body may have: alone it would find this one everywhere)."""
        name = one_head(clean_name(name))
        if acronym in COUNTRY_CODES:
            acronym = None  # "Standards Board (UK)": the country of the group, no acronym of it
        if organization is not None and (named := self.unit_of_acronym(name, organization)) is not None:
            return named
        if (
            abbreviated := self.abbreviated_unit(
                strip_owner(name, organization.short_name if organization else "")
            )
        ) is not None:
            return abbreviated  # "DCP WG" in a register's column: the group its text names in full
        head = unit_head(name) or name.split()[0].lower()  # "ISG NFV": written head first
        unit_class = UNIT_HEADS.get(head, AKG.WorkingGroup)
        owner = organization.short_name if organization else ""
        local = slugify(acronym or strip_owner(name, owner))
        namespace: str = WG
        if unit_class in (AKG.Board, AKG.Committee):
            namespace, local = BODY, slugify(strip_owner(name, owner).replace("of Directors", ""))
        prefix = f"{slugify(owner)}-" if owner else ""
        iri = URIRef(f"{namespace}{prefix}{local}")
        # "NFV ISG", "802.3 Ethernet Working Group": not a name without its organization's
        # ("SG 15", "TC 57": a numbered group by its short head, no name without its body's: "ITU-T SG 15";
        # the designation its short name, as an acronym)
        designated = owner != "" and NUMBERED_SHORT_HEAD.fullmatch(name) is not None
        acronym = name if designated and acronym is None else acronym
        short = is_short_unit_name(name) or name[:1].isdigit() or designated
        label = (
            name
            if not owner
            or name.startswith(owner)
            or (unit_class not in (AKG.Board, AKG.Committee) and not short)
            else f"{owner} {name}"
        )
        owner_iri = organization.iri if organization else None
        key = f"{owner_iri} {slugify(full_head(strip_owner(name, owner)))}"
        bare = unit_head(name) == " ".join(name.lower().split()) and bool(owner)
        if organization is not None and not bare and key not in self.unit_keys:
            # "[Radio Regulatory Technical Advisory Group Minutes]", then "the IEEE 802.18 Radio Regulatory
            # Technical Advisory Group": the unit read first without its body is the body's, not a second
            # unit of the same name (two would share every mention, and neither be found)
            ownerless = self.new_entities.get(self.unit_keys.get(f"None {slugify(full_head(name))}", iri))
            if ownerless is not None and ownerless.kind == "unit" and ownerless.unit_of is None:
                self.unit_keys[key] = ownerless.iri
                return self.owned_by(ownerless, organization)
        existing = self.new_entities.get(self.unit_keys.setdefault(key, iri))
        finding = (written or f"{owner} {name}") if bare else name
        spelt = tuple(
            filter(None, [spelt_out(strip_owner(name, owner)) or head_variant(strip_owner(name, owner))])
        )  # "TC 57": "Technical Committee 57"; "Technical Committee ERM": "TC ERM"
        if existing is None:
            return self.remember(
                iri, "unit", label, finding, acronym, unit_class, unit_of=owner_iri, aliases=spelt
            )
        if acronym and existing.acronym is None:  # "Study Group 13", then "SG13": one unit, not two
            existing = self.with_acronym(existing, acronym)
        if finding not in existing.names:  # "802.1 WG", then "802.1 Working Group"
            return self.with_names(
                existing, *dict.fromkeys(n for n in (finding, label, *spelt) if not bare or n != name)
            )
        if spelt and spelt[0] not in existing.names:  # "Technical Committee 57", then "TC 57"
            return self.with_names(existing, *spelt)
        return existing

    def glued_unit(self, organization: Entity, code: str, written: str) -> Entity:
        """The unit a body's acronym glued to its committee's number or code names ("IEEE802.11", "ETSI-NFV"),
        labelled with the acronym and the code apart ("IEEE 802.11"); only the glued spelling finds it (the
        spaced one, "IEEE 802.11", is read as the body's standard)."""
        owner = organization.short_name
        iri = URIRef(f"{WG}{slugify(owner)}-{slugify(code)}")
        label = f"{owner} {code}"
        return self.remember(iri, "unit", label, written, None, AKG.WorkingGroup, organization.iri)

    def unit_of_acronym(self, name: str, organization: Entity) -> Entity | None:
        """The unit the document named in full with the acronym `name` is ("Network Modeling Working Group
        (NETMOD)", then "To Groups: netmod"), now the organization's: a group field whose body is known from
        its mailbox or the text says whose the unit is better than a guess from the sentence that named it;
        the name the field writes is one of the unit's.
        None for a name that is not one bare acronym, or that several units share."""
        if not BARE_ACRONYM.fullmatch(name):
            return None
        units = self.units_by_acronym.get(name.casefold(), [])
        if len(units) != 1:
            return None
        unit = units[0] if units[0].unit_of == organization.iri else self.owned_by(units[0], organization)
        return unit if name in unit.names else self.with_names(unit, name)  # the field's name finds it too

    def owned_by(self, unit: Entity, organization: Entity) -> Entity:
        """A unit found first without its organization ("Attn: Core Stack Working Group"), which the
        document names later with it ("the core stack working group of the CSA"): one unit, now owned."""
        updated = replace(unit, unit_of=organization.iri)
        self.new_entities[unit.iri] = self.entities[unit.iri] = updated
        self.forget_indexes()
        return updated

    def with_names(self, entity: Entity, *names: str) -> Entity:
        """A new entity the document names again in another way: both names find it."""
        updated = replace(entity, names=(*entity.names, *names))
        self.new_entities[entity.iri] = self.entities[entity.iri] = updated
        self.forget_indexes()
        return updated

    def with_more_names(self, names: dict[URIRef, list[str]]) -> None:
        """Several new entities named again in other ways, the indexes rebuilt once for all of them (once
        per name would cost their number times the entities)."""
        for iri, more in names.items():
            entity = self.new_entities[iri]
            updated = replace(entity, names=(*entity.names, *more))
            self.new_entities[iri] = self.entities[iri] = updated
        if names:
            self.forget_indexes()

    def new_specification(
        self, name: str, acronym: str | None = None, head: str | None = None, aliases: tuple[str, ...] = ()
    ) -> Entity:
        """A specification the reference data does not know; `aliases` are other names the document
        gives it ("Transport API" for "ONF Transport API")."""
        name = clean_name(name)
        known = self.resolve(name, "specification") or (acronym and self.resolve(acronym, "specification"))
        if known:
            return known
        spec_class = SPEC_HEADS.get((head or name.split()[-1]).lower(), AKG.Specification)
        iri = SPEC[slugify(acronym or name)]
        bare = self.without_body(name)
        for alias in bare:  # "OGC GeoPose" where "GeoPose" is known: the same specification
            if (same := self.resolve(alias, "specification")) is not None:
                return same
        aliases = (*aliases, *bare)
        return self.remember(iri, "specification", name, name, acronym, spec_class, aliases=aliases)

    def without_body(self, name: str) -> tuple[str, ...]:
        """ "HL7 FHIR" is also "FHIR": a specification written after its body's acronym is named without it
        too, when what follows is a name of its own (a capitalised or coded word, not a generic head or a
        number: "OGC API - Features" keeps its body)."""
        first, _, rest = name.partition(" ")
        head = rest.split()[0] if rest else ""
        if not head or not head[0].isupper() or head.lower() in SPEC_HEADS or head.lower() in ALIAS_HEADS:
            return ()
        if self.resolve(first, "organization") is None:
            return ()
        return (rest,)

    def with_developer(self, spec: Entity, developer: Entity) -> Entity:
        """Record who develops a new specification (known ones keep their reference data). From the entity
        as it is now, not the one the caller holds: a caller that gives one specification two developers
        in turn (a unit, then its body) would otherwise drop the first."""
        current = self.entities.get(spec.iri, spec)
        if not current.needs_review or developer.iri in current.developed_by:
            return current
        updated = replace(current, developed_by=(*current.developed_by, developer.iri))
        self.new_entities[spec.iri] = self.entities[spec.iri] = updated
        if "specifications_by_developer" in self.__dict__:
            self.specifications_by_developer.setdefault(developer.iri, []).append(spec.iri)
        self.unindexed = True
        self.changed()
        return updated


# The indexes of names a Resolver builds once and forgets when a new name comes
INDEXES = (
    "patterns", "names_trie", "full_names_by_entity", "by_name", "by_acronym", "units_by_acronym",
    "units_by_initials",
)  # fmt: skip
# A unit written by the initials of its name's words and its head's short form ("DCP WG", "C&C WG", "BT TF")
SHORT_UNIT = re.compile(r"(?P<letters>[A-Z][A-Z&]{1,7})\s(?P<head>TWG|ISG|TC|WG|SC|SG|TF)")
# Each short form's heads in full
SHORT_FORMS = {
    "working group": "wg", "work group": "wg", "workgroup": "wg", "technical committee": "tc",
    "task force": "tf", "study group": "sg", "technical work group": "twg", "technical working group": "twg",
    "industry specification group": "isg", "subcommittee": "sc", "technical advisory group": "tag",
}  # fmt: skip
INITIALS_SKIPPED = {"of", "for", "and", "the", "on", "&", "in", "to"}


def initials_key(label: str) -> tuple[str, str] | None:
    """The initials of a unit's name's words before its head, in capitals, and the head's short form
    (("CC", "wg") of "Claims & Credentials Working Group"); None for a head with no short form, or a name
    of fewer than two words before it."""
    lowered = " ".join(label.lower().split())
    head = next((h for h in sorted(SHORT_FORMS, key=len, reverse=True) if lowered.endswith(" " + h)), None)
    if head is None:
        return None
    words = [w for w in label.split()[: -len(head.split())] if w.lower() not in INITIALS_SKIPPED]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).upper(), SHORT_FORMS[head]


# A unit written by its bare acronym, in any case ("NETMOD", "netmod", "CoRE", "6lo")
BARE_ACRONYM = re.compile(r"(?=[A-Za-z0-9]{0,11}[A-Za-z])[A-Za-z0-9]{2,12}")

# Words a specification's name may go on with after its body that name nothing alone ("OGC API - Features")
ALIAS_HEADS = {"api", "apis", "technical", "core", "common", "open", "data", "reference", "test", "release"}
SHORT_HEADS = {
    "WG": "Working Group", "TWG": "Technical Work Group", "TC": "Technical Committee", "SG": "Study Group",
    "TF": "Task Force", "ISG": "Industry Specification Group", "SC": "Subcommittee",
    "TAG": "Technical Advisory Group",
}  # fmt: skip


# A numbered committee written head first with its head abbreviated: "TC 18", "TC18", "SC 2", "WP 5D"
NUMBERED_SHORT_HEAD = re.compile(r"(?P<head>TC|SC|WG|WP|TF|SG)\s?(?P<number>\d{1,3}(?:\.\d{1,2})?[A-Z]?)")
SPELT_HEADS = {**SHORT_HEADS, "WP": "Working Party"}


def full_head(name: str) -> str:
    """A unit's name with its head written out, for its IRI: "802.1 WG" and "802.1 Working Group"
    are one unit, and so are "TC 18", "TC18" and "Technical Committee 18"."""
    words = name.split()
    if len(words) > 1 and words[-1] in SHORT_HEADS:
        return " ".join([*words[:-1], SHORT_HEADS[words[-1]]])
    return spelt_out(name) or name


# A group's designation written before a head of its own kind ("WP 5D Working Group", "SG 15 Study Group",
# "Working Party 5D Working Group"): the head says again what the designation says
DESIGNATION_THEN_HEAD = re.compile(
    r"(?P<designation>(?:(?:TC|SC|WG|WP|TF|SG)\s?|(?:Working\s+(?:Party|Group)|Study\s+Group|Technical\s+"
    r"Committee|Subcommittee|Task\s+Force)\s+)\d{1,3}(?:\.\d{1,2})?[A-Z]?)\s+(?:Working\s+(?:Party|Group)|Study\s+"
    r"Group|Technical\s+Committee|Subcommittee|Task\s+Force)"
)


# A plural generic head names a kind of party, no one thing: "External Organizations (EOs)", "Partner Bodies
# (PBs)", "Member Companies (MCs)", "Industry Fora (IF)" are the bodies a letter is sent to or speaks of,
# neither a body, a specification nor a topic (a plural of things, "Non-Terrestrial Networks (NTN)", stays a
# subject). A body's own name ties its head to what it gathers by a particle ("Conference of ...
# Administrations", "Association of ... Manufacturers"): a name.
GENERIC_PLURAL_HEADS = re.compile(
    r"\b(?:organi[sz]ations|bodies|members|parties|groups|entities|companies|partners|participants"
    r"|stakeholders|associations|agencies|institutions|administrations|operators|vendors|manufacturers"
    r"|delegates|delegations|experts|liaisons|societies|consortia|alliances|fora|forums"
    # a body's own groups, in the plural ("OASIS Technical Committees (TCs)", "its Task Forces"): many
    # units of one body, no one thing
    r"|committees|subcommittees|forces|teams|panels|councils|boards)$",
    re.IGNORECASE,
)
# Countries and unions written in brackets after a body's name ("Access Board (US)", "Standards Council
# (UK)"): where it is, never its acronym
COUNTRY_CODES = frozenset({
    "US", "USA", "UK", "EU", "FR", "DE", "JP", "CN", "KR", "CA", "AU", "NZ", "IN", "CH", "NL", "SE",
    "ES", "BR",
})  # fmt: skip
BODY_PARTICLES = frozenset({"of", "for", "de", "des", "du", "für", "der", "di", "del", "della", "van", "von"})
# the capitalised words before a bracket, at the end of a text ("... the Industry Fora (")
NAME_BEFORE_BRACKET = re.compile(r"(?P<name>(?:[A-Z][\w&'-]{0,30}[ \t]+){0,5}[A-Z][\w&'-]{0,30})[ \t]*\($")


def is_generic_plural(name: str) -> bool:
    """Whether a name is a generic plural phrase (GENERIC_PLURAL_HEADS), no body's name."""
    words = name.split()
    return (
        bool(words)
        and bool(GENERIC_PLURAL_HEADS.search(words[-1]))
        and not BODY_PARTICLES & {w.lower() for w in words}
    )


def after_generic_plural(text: str, start: int) -> bool:
    """Whether the acronym at `start` is in brackets after a generic plural phrase ("Industry Fora (IF)")."""
    before = NAME_BEFORE_BRACKET.search(text, max(0, start - 200), start)
    return before is not None and is_generic_plural(before.group("name"))


def one_head(name: str) -> str:
    """A unit's name with one kind word: its designation alone before a head (DESIGNATION_THEN_HEAD)."""
    match = DESIGNATION_THEN_HEAD.fullmatch(name)
    return match.group("designation") if match else name


def spelt_out(name: str) -> str | None:
    """A numbered committee written head first with its head abbreviated ("TC 57", "TC39", "TC 9.9") by
    its head in full ("Technical Committee 57"): standards bodies write both, the full one in a title or
    a first mention, the short one in tables and later prose; a reader looks the unit up by either."""
    match = NUMBERED_SHORT_HEAD.fullmatch(name.strip())
    return f"{SPELT_HEADS[match.group('head')]} {match.group('number')}" if match else None


# A committee named by its head and its code, the head in full or abbreviated: "Technical Committee ERM" and
# "TC ERM", "Industry Specification Group ZSM" and "ISG ZSM" (ETSI writes both, a title the one, a table the
# other). A code is a word of capitals or digits, two at least ("ERM", "SmartM2M", "MEC"), never a plain
# word ("Working Group Security" is no code's group).
CODED_FULL_HEAD = re.compile(
    r"(?P<head>Technical\s+Committee|Industry\s+Specification\s+Group|Working\s+Group|Study\s+Group|Task\s+Force)"
    r"\s+(?P<code>[A-Z][A-Za-z0-9-]{1,11})"
)
CODED_SHORT_HEAD = re.compile(r"(?P<head>TC|ISG|WG|SG|TF)\s+(?P<code>[A-Z][A-Za-z0-9-]{1,11})")
ABBREVIATED_HEADS = {" ".join(full.split()): short for short, full in SHORT_HEADS.items() if short != "TWG"}


def head_variant(name: str) -> str | None:
    """A committee named by a code (CODED_FULL_HEAD) by its head the other way: "Technical Committee ERM"
    -> "TC ERM", "ISG ZSM" -> "Industry Specification Group ZSM"; None for any other name."""
    full = CODED_FULL_HEAD.fullmatch(name.strip())
    short = CODED_SHORT_HEAD.fullmatch(name.strip())
    found = full or short
    if found is None or sum(c.isupper() or c.isdigit() for c in found.group("code")) < 2:
        return None
    if full is not None:
        return f"{ABBREVIATED_HEADS[' '.join(full.group('head').split())]} {full.group('code')}"
    return f"{SHORT_HEADS[found.group('head')]} {found.group('code')}"


def is_placeholder(entity: Entity) -> bool:
    """An organization known only by an acronym that several bodies share, kept apart for review."""
    if not entity.needs_review or entity.acronym is None:
        return False
    return comparable(entity.label) == comparable(entity.acronym)


def normal_name(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").lower().split())


# Words a title in capitals writes in capitals too but running text in lower case ("MEMORANDUM OF
# UNDERSTANDING BETWEEN THE ... AND THE ..."): as_titled writes them as running text does.
TITLE_SMALL_WORDS = frozenset(
    "a an and at between by de del der des du et for in la le of on or the to und with".split()  # noqa: SIM905
)


def as_titled(name: str) -> str:
    """A name of two words or more written in capitals ("OPEN TELEMETRY CONSORTIUM", as a title or a
    heading writes it) as running text writes it ("Open Telemetry Consortium"), else `name` as it is.

    Why: the rules know a body by the head its name ends on ("Consortium", "Alliance") and by its
    capitalised words; in a title in capitals every word is capitalised and no head is written as the
    rules know it, so "MEMORANDUM OF UNDERSTANDING BETWEEN THE X CONSORTIUM (XC) AND THE Y ALLIANCE
    (YA)" named no organization and the memorandum was refused. Only a name ending on a word of five
    letters or more, as a body's head is ("CONSORTIUM", "FORUM", "INSTITUTE"); a word holding a digit
    or a mark ("ITU-T", "3GPP", "R&D") keeps its capitals."""
    words = name.split()
    if len(words) < 2 or not name.isupper() or not (words[-1].isalpha() and len(words[-1]) > 4):
        return name  # "ISO/IEC JTC", "OASIS ODF TC": acronyms, a run of them ending on a short one
    return " ".join(
        word
        if not word.isalpha()
        else word.lower()
        if index and word.lower() in TITLE_SMALL_WORDS
        else word.capitalize()
        for index, word in enumerate(words)
    )


def clean_name(name: str) -> str:
    """The name without spacing runs, a leading article, or the possessive ending of the organization
    written before it ("OMG's Business Modeling Task Force" found after "OMG": "Business Modeling ...")."""
    name = LEADING_ARTICLE.sub("", POSSESSIVE_START.sub("", " ".join(name.split())))
    return name.strip(" ,.;:")


def strip_owner(name: str, owner: str) -> str:
    return name[len(owner) :].strip() if owner and name.startswith(owner + " ") else name


def owned_by_joined(text: str, mentions: list[Mention], index: int, unit: Entity) -> bool:
    """Whether the organization mentions[index] is the last of bodies joined by hyphens or slashes whose
    first owns `unit` ("CEN-CENELEC Sector Forum", CEN's: no CENELEC unit of the same name)."""
    while index > 0:
        mention, before = mentions[index], mentions[index - 1]
        if not (
            before.entity.kind == "organization"
            and before.end == mention.start - 1
            and text[before.end : mention.start] in ("-", "/")
        ):
            break
        index -= 1
    return index >= 0 and mentions[index].entity.iri == unit.unit_of


def unit_head(name: str) -> str | None:
    """The kind word a unit's name ends with ("working group", "tc"), as a whole word."""
    lowered = " ".join(name.lower().split())
    for head in sorted(UNIT_HEADS, key=len, reverse=True):
        if lowered == head or lowered.endswith(" " + head):
            return head
    return None


def coined_word(label: str) -> str | None:
    """The word a unit's name is its head after, when that word is coined, not English ("CoRE" of "CoRE
    Working Group", "WaVE", "SUIT"; not "Security"): a group called by it is this unit."""
    word, _, rest = label.partition(" ")
    if not rest or unit_head(rest) != " ".join(rest.lower().split()) or not BARE_ACRONYM.fullmatch(word):
        return None
    return word if any(c.isupper() for c in word[1:]) else None


def is_short_unit_name(name: str) -> bool:
    """ "NFV ISG", "802.1 WG": a name of acronyms and numbers only, which needs its organization's."""
    return ACRONYM_UNIT.fullmatch(name) is not None and all(
        (not w.islower() and not w.istitle()) or w[:1].isdigit() for w in name.split()
    )


POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s)?[ \t]*$")  # between a body and its unit: "DMTF's ", "DMTF "


def written_last(text: str, name: str) -> bool:
    """Whether `text` ends with `name` as a whole word."""
    return bool(name) and text.endswith(name) and not text[: len(text) - len(name)][-1:].isalnum()


def known_graph(rows: Iterable[Mapping[str, Node | None]]) -> Graph:
    """The answer of the named query known-organizations (rows of entity, property, value) as a graph
    the Resolver reads: what a store knows about organizations and units."""
    graph = Graph()
    for row in rows:
        entity, predicate, value = row.get("entity"), row.get("property"), row.get("value")
        if isinstance(entity, URIRef) and isinstance(predicate, URIRef) and value is not None:
            graph.add((entity, predicate, value))
    return graph


def load_resolver(reference_files: Iterable[Path], ontology_files: Iterable[Path]) -> Resolver:
    """The resolver of the reference data. (rdfio imported here: an extraction process handed its
    resolver from the cache never parses RDF, and kept out rdfio's imports.)"""
    from kg.model.rdfio import load_graph

    return Resolver(load_graph(reference_files), load_graph(ontology_files))
