"""Subjects of the collaboration written in ordinary words ("secure ranging", "liquid cooling"), read
only where a document lists what the parties work on: a `Scope:` or `Topics:` line, the items of a list
a line introduces as the subjects or areas of the work, a subjects column of a table.

Why a rule of its own: topics came only from specifications (names) and from the reference data's
topics of the units and specifications named; a subject in lower case names no specification and was
lost, in every layout. Such a subject is recognised by the place it is listed in, never by its words:
the same phrase in running prose is no topic. It becomes a new concept of the topic scheme's kind
(skos:Concept), flagged for review like every discovered name; a subject the reference data already
has under that label is that topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.extract.bare_specifications import NO_SUBJECT, an_activity, only_generic, subject_cells
from kg.extract.context import Context
from kg.extract.entities import NOT_CONCERNED, all_blocks
from kg.extract.names import name_before_acronym
from kg.extract.structure import Block
from kg.model import prefilter
from kg.model.namespaces import TOPIC, slugify
from kg.model.records import Entity

# The words a heading or a line names the subjects of a collaboration with: "Areas of collaboration",
# "Collaboration areas", "Key topics", "Topics of common interest", "Technical scope", "Scope of cooperation",
# "Themes", "Areas of joint work" (a qualifier or two, the noun, what it is of)
# ("Subject areas", "Technology areas", "Thematic areas", "Standardisation topics", "Research themes")
SUBJECT_QUALIFIER = (
    r"(?:key|main|priority|principal|initial|technical|joint|collaboration|cooperation|co-operation|work|focus"
    r"|common|current|core|shared|subject|technology|thematic|research|standardi[sz]ation)"
)
SUBJECT_OF = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:joint\s+|common\s+|mutual\s+)?"
    r"(?:work|cooperation|co-operation|collaboration|interest|partnership|liaison|agreement|memorandum))?"
)
SUBJECT_WORDS = (
    rf"(?:(?:{SUBJECT_QUALIFIER}\s+){{0,2}}(?:scope|topics?|subjects|themes|areas?|domains)"
    rf"|fields?\s+of\s+(?:work|cooperation|collaboration)|scope){SUBJECT_OF}"
)
# "Scope: secure ranging, UWB interoperability testing" (a field, a line or a heading read as one)
SUBJECT_LINE = re.compile(rf"^[\W\d]{{0,6}}{SUBJECT_WORDS}[ \t]*:[ \t]*(?P<items>[^\n]{{1,300}})$", re.I)
SUBJECT_LABEL = re.compile(rf"^{SUBJECT_WORDS}$", re.I)
# "Areas of cooperation", "2. Topics", "Article 2 - Fields of cooperation", an agreement's "Annex A - Areas
# of Cooperation" or "Appendix 1: Scope": a heading over a list of subjects
SUBJECT_HEADING = re.compile(
    rf"^[\W\d]{{0,6}}(?:(?:article|annex|appendix|schedule|exhibit|attachment)[ \t]+[A-Z\d]{{1,3}}"
    rf"[ \t]*\W[ \t]*)?{SUBJECT_WORDS}$",
    re.IGNORECASE,
)
# "Subjects of the work:", "The areas of cooperation are:": a line that introduces a list of subjects, or
# one naming the work, then what it is on ("The collaboration focuses on:", "Joint work will cover:")
WORK_WORDS = r"(?:cooperation|co-operation|collaboration|partnership|joint\s+work|joint\s+activities|liaison)"
SUBJECT_VERBS = (
    r"(?:will\s+)?(?:includes?|covers?|focus(?:es)?\s+on|address(?:es)?|(?:is|are)\s+focused\s+on)"
)
SUBJECT_INTRO = re.compile(
    rf"\b{SUBJECT_WORDS}\b[^\n:]{{0,60}}:[ \t]*$"
    rf"|\b{WORK_WORDS}\b[^\n:]{{0,40}}\b{SUBJECT_VERBS}[ \t]*:[ \t]*$",
    re.I,
)
# "Areas of collaboration include X, Y and Z.", "The cooperation covers X and Y.": a sentence ending on the
# subjects it lists (bounded: 200 characters, no stop inside; a line ending on a colon introduces a list
# instead: "... will address the following topics:"). Not "work on X" or "cooperate on X": in running prose
# those name whatever the bodies do, which dev's golds keep no subject of.
# (the bodies may stand between the words and the verb: "The areas of cooperation between A and B include
# X and Y", "The collaboration between A and B will cover X")
BETWEEN_BODIES = r"(?:\s+between\s+[^.;:\n]{3,120}?)?"
SUBJECT_VERB_SENTENCE = re.compile(
    rf"\b(?:{SUBJECT_WORDS}|{WORK_WORDS}){BETWEEN_BODIES}\s+{SUBJECT_VERBS}\s+"
    rf"(?P<items>[^.;:()\[\]]{{1,200}})(?=[.;]|$)",
    re.I,
)
# "Among the areas of common interest between A and B are X, Y and Z", "Among the areas of symmetry between
# A and B are X": the subjects after "are"
SUBJECT_AMONG = re.compile(
    r"\bamong\s+the\s+(?:[\w-]+\s+){0,2}?(?:areas?|fields?|topics?|subjects|themes|domains)"
    rf"(?:\s+of\s+[\w-]+(?:\s+interest)?)?{BETWEEN_BODIES}\s+(?:are|were)\s+(?P<items>[^.;:()\[\]]{{1,200}})"
    r"(?=[.;]|$)",
    re.I,
)
# "The parties cooperate in the areas of tide gauge telemetry and buoy calibration.": a sentence that ends
# on the list of subjects it introduces (bounded: 200 characters, no stop inside)
SUBJECT_SENTENCE = re.compile(
    r"\b(?:in|on|across)\s+the\s+(?:following\s+)?(?:technical\s+)?(?:areas?|fields?|domains?)\s+of\s+"
    r"(?!(?:mutual|common|shared|joint)\s+interest)"  # "in the areas of mutual interest, as time ... permit"
    r"(?P<items>[^.;:()\[\]]{1,200})(?=[.;:]|$)",
    re.I,
)
# "cooperate in areas of mutual interest such as A, B and C", "in areas of common interest, including A, B
# and C", "in a number of areas, notably A and B": the areas a sentence goes on to name after "such as"
# (bounded as SUBJECT_SENTENCE; "in areas of mutual interest, as time permits" names none, nor does "experts
# in the field, such as A" without "of mutual interest" or "a number of")
SUBJECT_EXAMPLES = re.compile(
    r"\bin\s+(?:(?:several|many|various|a\s+number\s+of|a\s+range\s+of)\s+(?:areas|fields|domains)"
    r"|(?:the\s+)?(?:areas?|fields?|domains?)\s+of\s+(?:mutual|common|shared|joint)\s+interest)"
    r",?\s+(?:such\s+as|including|notably|e\.g\.,?)\s+(?P<items>[^.;:()\[\]]{1,200})(?=[.;:]|$)",
    re.I,
)
# "Other technological areas such as AI, semiconductors and quantum technology", "in areas such as A and B",
# "topics like A and B": the subjects a plural "areas"/"topics" goes on to name (bounded as SUBJECT_SENTENCE;
# "experts in the field, such as A" names a singular field, no list of areas)
SUBJECT_SUCH_AS = re.compile(
    r"\b(?:areas|fields|domains|topics|themes)[ \t]*,?[ \t]+(?:such[ \t]+as|like|notably|e\.g\.,?)[ \t]+"
    r"(?P<items>(?:[^.;:()\[\]]|\((?-i:[A-Z][A-Za-z0-9&/-]{1,11})\)){1,200})(?=[.;:]|$)",
    re.I,
)
# "One of the areas of focus is X and Y.", "The main topics are A, B and C.", "Its priority areas will be A
# and B": the subjects after "is"/"are" (the article before the words is checked by subjects_after_are)
SUBJECT_ARE = re.compile(
    r"\b(?:areas?|topics?|fields|themes|domains|priorities)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:focus|cooperation|co-operation|collaboration"
    r"|(?:common|mutual|shared)[ \t]+interest|joint[ \t]+work))?[ \t]+(?:is|are|will[ \t]+be)[ \t]+"
    r"(?P<items>[^.;:()\[\]]{1,200})(?=[.;]|$)",
    re.I,
)
ARTICLE_BEFORE = re.compile(r"(?:^|\b)(?:the|its|their|our)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.I)
# "Digital identity, cybersecurity and AI are among the key areas covered by the partnership": the subjects
# that open the sentence, before "are (among) the (key) areas/topics"
ARE_AMONG_AREAS = re.compile(
    r"[ \t]+(?:are|were)[ \t]+(?:among[ \t]+)?(?:the|its|their|our)[ \t]+"
    r"(?:(?:key|main|principal|priority|core|initial|major|first|focus)[ \t]+)?"
    r"(?:areas|topics|fields|themes|domains|priorities)\b",
    re.I,
)
SENTENCE_START = re.compile(r"(?:^|[.!?;][ \t\n]+|\n)(?=[^.!?;\n]*$)")
# A list of subjects led by the work done on them: "the development and implementation of A and B" is A and B
ACTIVITY_LEAD = re.compile(
    r"^(?:the[ \t]+)?(?:development|implementation|deployment|promotion|adoption|application|use)"
    r"(?:[ \t]+and[ \t]+(?:development|implementation|deployment|promotion|adoption|application|use))?"
    r"[ \t]+of[ \t]+",
    re.I,
)
# A list's first word that makes it a clause, no subject: "The areas are described in Annex A", "are as
# follows", "are set out below"
CLAUSE_ITEM = re.compile(r"^(?:\w+ed|as|to|in|set|shown|given|many|few|several|broad|wide|numerous)\b", re.I)


# "Topics of particular interest are: device management and M2M provisioning.", "The main areas are: A, B
# and C": subjects after "are" (or "include") and a colon inside a sentence or a list item's prose (a line
# ending on the colon introduces a list instead: SUBJECT_INTRO); bounded as SUBJECT_SENTENCE
SUBJECT_ARE_COLON = re.compile(
    rf"\b(?:{SUBJECT_QUALIFIER}\s+){{0,2}}(?:topics?|subjects|themes|areas|fields|domains)"
    r"(?:\s+of\s+(?:particular|special|specific|mutual|common|shared|joint)\s+interest)?"
    r"\s+(?:are|will\s+be|include)[ \t]*:[ \t]*(?P<items>[^.;:()\[\]\n]{1,200})(?=[.;]|$)",
    re.I,
)
# A sentence's list that goes on past its first semicolon: "Areas of planned collaboration include A; B and
# C; D; and E." (items cut by semicolons, each one holding "and" of its own): the rest of the list, to the
# sentence's stop (a quoted sentence's: '... and E," the two bodies said')
SEMICOLON_REST = re.compile(r";(?P<rest>[^:()\[\]]{1,300}?)(?:[.,]?[\"\u201d]|\.(?=\s|$)|$)")
SEMICOLON_ITEMS = re.compile(r"[ \t]*;[ \t]*(?:(?:and|or)[ \t]+)?")
LAST_SEMICOLON_ITEM = re.compile(r";[ \t]*(?:and|or)[ \t]+[^;]+$")
# Where a sentence's list of subjects ends and an adjunct of the sentence begins: "cooperate in the fields
# of A, B and C on the basis of equality and mutual benefit", "... in accordance with this Memorandum",
# "... with a view to ...", "... under the terms of ..." (an agreement's stock phrases; the last item is C)
LIST_ADJUNCT = re.compile(
    r"[ \t]+(?:on[ \t]+the[ \t]+basis[ \t]+of|in[ \t]+accordance[ \t]+with|with[ \t]+a[ \t]+view[ \t]+to"
    r"|in[ \t]+order[ \t]+to|so[ \t]+as[ \t]+to|under[ \t]+the[ \t]+(?:terms|provisions|conditions)\b"
    r"|within[ \t]+the[ \t]+(?:framework|scope|limits)[ \t]+of|subject[ \t]+to[ \t]+the)\b",
    re.I,
)
# "Title: LS on misbehaviour reporting for C-V2X deployments": a liaison's subject line names its subject
# before the use it is for (what follows "for"); a title without "for" ("LS on alignment of ...") names a
# task, not a subject
LIAISON_SUBJECT = re.compile(
    r"\b(?:title|subject|re)\b[^\n\w]{0,12}(?:reply[ \t]+|response[ \t]+)?"
    r"(?:LS|liaison(?:[ \t]+statement)?)(?:/[a-z]{1,3}){0,3}[ \t]+(?:on|about|regarding|concerning)[ \t]+"
    r"(?P<subject>[^\n,;:()\[\]\"]{3,80}?)[ \t]+for[ \t]+\S",
    re.I,
)
# Where a listed item goes on to say more than its subject: "semantic dictionaries (IEC 61360, ...)",
# "interoperability of asset information models, in particular the Asset Administration Shell"
ELABORATION = re.compile(
    r"[ \t]*\(|[ \t]*;|,?[ \t\n]+(?:in[ \t]+particular|including|such[ \t]+as|e\.g\.|notably|especially)\b"
)
# (a serial comma's "and" goes with its comma: "A, B, and C" has three items, not "and C")
ITEMS = re.compile(r"[ \t]*[,;](?:[ \t]*(?:and|or)[ \t]+)?[ \t]*|[ \t]+and[ \t]+")
SUBJECT_WORD = re.compile(r"[A-Za-z][A-Za-z/-]{0,30}")
ARTICLES = {"the", "a", "an"}
# Words of how the parties work together, not of what about ("joint tutorials and webinars", "exchange
# of information", "meetings"): an item holding one is an activity, no subject
# Words that open a clause, not a subject ("this register", "we", "both parties")
CLAUSE_OPENINGS = {"this", "these", "that", "those", "it", "its", "they", "we", "our", "both", "each", "all"}
# Comparatives that open a goal, not a subject ("increased public awareness", "improved uptake", "greater
# reach"); "enhanced" is left out, as it names technologies ("Enhanced Mobile Broadband")
GOAL_OPENINGS = {"increased", "improved", "greater", "better", "stronger", "wider", "reduced", "raised"}
MOST_WORDS = 5
SEMICOLON_ITEM_WORDS = 8
HEADING_LENGTH = 60
MOST_SUBJECTS = 30


def extract_subjects(ctx: Context) -> list[Entity]:
    """The subjects the document lists, each once, in the order written (at most MOST_SUBJECTS)."""
    found: dict[str, Entity] = {}
    for phrase in listed_phrases(ctx):
        name = subject_name(ctx, phrase)
        if name is not None and name.lower() not in found and len(found) < MOST_SUBJECTS:
            found[name.lower()] = subject(ctx, name)
    return list(found.values())


def listed_phrases(ctx: Context) -> Iterator[str]:
    introduced = False
    # under a subjects heading ("Annex A - Areas of Cooperation"), the first list of its section is the
    # subjects past a lead-in paragraph or a date line between them: a list of two items or more (one item
    # alone there is a sub-heading a reader took for a bullet)
    headed = listing = False
    slide: str | None = (
        None  # the section the block before was a subjects heading of, or a short line under one
    )
    carried: list[str] = []
    for kind, block in all_blocks(ctx):
        if kind in NOT_CONCERNED:
            if len(carried) >= 2:
                yield from carried
            introduced = headed = False
            carried = []
            continue
        yield from line_items(block)
        yield from items_before_are(block)
        yield from liaison_subject(block)
        if block.kind == "paragraph" and headed and not listing:
            yield from headed_sentence_items(block)
        if slide == kind and short_heading(block):
            carried.append(block.text)  # a slide's "Focus Areas" over its short lines, each read as a heading
            continue
        slide = kind if block.kind == "heading" and introduces(block) else None  # (one section's lines)
        if block.kind == "item" and (introduced or headed):
            listing = True
            if introduced:
                yield item_head(block.text)
            else:
                carried.append(item_head(block.text))
            continue
        if len(carried) >= 2:
            yield from carried
        carried = []
        if block.kind == "heading":
            headed = introduces(block)
        elif listing:
            headed = False  # the list under the heading has ended
        listing = False
        introduced = block.kind != "item" and introduces(block)
    if len(carried) >= 2:
        yield from carried
    for cell in subject_cells(ctx, work_items=False):
        yield from split_items(cell)


# "Security Protocol and Data Model (SPDM)": a name with its acronym in brackets
BRACKETED_ACRONYM = re.compile(r"[ \t]\((?P<acronym>[A-Za-z0-9][A-Za-z0-9&/-]{1,11})\)")


def split_items(value: str) -> list[str]:
    """A list's items, cut at its commas, semicolons and "and"s, except an "and" inside a name its acronym
    spells across it: "Scope: Security Protocol and Data Model (SPDM) alignment, buoy telemetry" has two
    items, not "Security Protocol" and "Data Model (SPDM) alignment"."""
    named = []
    for bracket in BRACKETED_ACRONYM.finditer(value):
        start = name_before_acronym(value, bracket.start(), bracket.group("acronym"))
        if start is not None:
            named.append((start, bracket.start()))
    items, position = [], 0
    for separator in ITEMS.finditer(value):
        if any(start < separator.start() < end for start, end in named):
            continue
        items.append(value[position : separator.start()])
        position = separator.end()
    return [*items, value[position:]]


# "Time-Sensitive Networking: coordination of the profiles ...": an item naming its subject before a colon
ITEM_LABEL = re.compile(r"^[ \t]*(?P<label>[^:\n]{2,60}?)[ \t]*:[ \t]+\S")
# A lead-in clause before a colon, no subject's label ("The Parties will cooperate on: (a) ..."): a verb of
# its own or a preposition last
LABEL_CLAUSE = re.compile(
    r"\b(?:will|shall|may|must|can|are|is|be|include[sd]?|cover[s]?)\b|\b(?:on|to|for|in|of|with|by|as)\W*$",
    re.IGNORECASE,
)
# Labels of an item that name no subject: a mail's reply marker ("Re: Draft ballot ..."), an exclusion
# ("Out of scope: pricing ..."), a note
NO_LABEL = re.compile(
    r"^(?:re|fwd?|aw|sv|note|nb|status|see(?:\s+also)?|out\s+of\s+scope|excluded|exclusions?"
    r"|not\s+(?:in\s+scope|covered|included))$",
    re.IGNORECASE,
)


def item_head(text: str) -> str:
    """A listed item up to where it says more than its subject: a bracket, a semicolon, "in particular",
    "including", "such as" ("semantic dictionaries (IEC 61360, ...)" is "semantic dictionaries"); an item
    opening with a short label and a colon is its label ("Functional safety: the mapping of ...")."""
    label = ITEM_LABEL.match(text)
    if (
        label is not None
        and len(label.group("label").split()) <= MOST_WORDS
        and NO_LABEL.match(label.group("label")) is None
        and LABEL_CLAUSE.search(label.group("label")) is None
    ):
        return label.group("label")
    elaboration = ELABORATION.search(text)
    return text[: elaboration.start()] if elaboration is not None and elaboration.start() > 0 else text


def liaison_subject(block: Block) -> Iterator[str]:
    """The subject a liaison's title line names before "for" ("LS on closed-loop automation for ...")."""
    if len(block.text) > 600:  # a title is a line or a field, not a paragraph
        return
    for match in prefilter.finditer(LIAISON_SUBJECT, block.text):
        yield match.group("subject")


def introduces(block: Block) -> bool:
    """Whether the items after a block are subjects: a line that says so ("Subjects of the work:") or a
    heading naming them ("2. Areas of cooperation")."""
    text = block.text.strip()
    heading = len(text) < HEADING_LENGTH and SUBJECT_HEADING.match(text) is not None
    return heading or prefilter.search(SUBJECT_INTRO, text) is not None


def line_items(block: Block) -> Iterator[str]:
    """The items of a subjects line, or of a sentence ending on the list "in the areas of" introduces,
    when it is a list: every item a few words ("Scope: This memorandum covers the exchange of drafts" is
    a sentence, and names no subject)."""
    if block.kind == "field" and block.label and SUBJECT_LABEL.match(block.label.strip()):
        value = block.text
    elif (match := SUBJECT_LINE.match(block.text.strip())) is not None:
        value = match.group("items")
    elif match := (
        prefilter.search(SUBJECT_SENTENCE, block.text)
        or SUBJECT_VERB_SENTENCE.search(block.text)
        or prefilter.search(SUBJECT_EXAMPLES, block.text)
        or prefilter.search(SUBJECT_AMONG, block.text)
        or SUBJECT_ARE_COLON.search(block.text)
        or prefilter.search(SUBJECT_SUCH_AS, block.text)
        or subjects_after_are(block.text)
    ):
        value = ACTIVITY_LEAD.sub("", " ".join(match.group("items").split()))
        adjunct = LIST_ADJUNCT.search(value)
        value = value[: adjunct.start()] if adjunct is not None else value
        if adjunct is None and (semicolon_list := semicolon_items(value, block.text, match.end())):
            yield from semicolon_list
            return
    else:
        return
    items = split_items(value.strip().rstrip("."))
    if all(len(item.split()) <= MOST_WORDS or BRACKETED_ACRONYM.search(item) for item in items):
        yield from items  # an item with its acronym is a name, however many words: no sentence


def subjects_after_are(text: str) -> re.Match[str] | None:
    """The subjects after "the (main) areas/topics ... is/are" (SUBJECT_ARE): the words led by an article
    ("One of the areas of focus is X", "The main topics are A and B"), the list no clause ("The areas are
    described in Annex A") and two items, or one of two words at least ("The focus area is cybersecurity"
    names one word, as often an adjective: none)."""
    if len(text) > 2000:
        return None  # a subjects sentence stands in a paragraph of its own size, no page run together
    for match in prefilter.finditer(SUBJECT_ARE, text):
        if ARTICLE_BEFORE.search(text, 0, match.start()) is None:
            continue
        items = " ".join(match.group("items").split())
        if CLAUSE_ITEM.match(items) is not None:
            continue
        if len(split_items(items)) >= 2 or len(items.split()) >= 2:
            return match
    return None


# Under a subjects heading ("Scope", "Areas of cooperation"), the sentence naming what the parties work on:
# "The Parties will collaborate on A, B and C.", "The cooperation shall focus on the following areas: A, B
# and C." (bounded as SUBJECT_SENTENCE); elsewhere "work on X" in prose names whatever the bodies do
HEADED_WORK_ON = re.compile(
    r"\b(?:collaborate|cooperate|co-operate|work[ \t]+together|focus|concentrate)[ \t]+(?:on|in)[ \t]+"
    r"(?:the[ \t]+following[ \t]+(?:areas|topics|fields|subjects|themes)[ \t]*:[ \t]*)?"
    r"(?P<items>[^.;:()\[\]]{1,200})(?=[.;]|$)",
    re.I,
)
SHORT_LINE_WORDS = 5


def headed_sentence_items(block: Block) -> Iterator[str]:
    """Under a subjects heading, the subjects of the sentence naming the work (HEADED_WORK_ON), each a few
    words; or a paragraph of short lines (short_lines)."""
    match = prefilter.search(HEADED_WORK_ON, block.text) if len(block.text) <= 2000 else None
    if match is None:
        yield from short_lines(block.text, [offset for offset, _, _ in block.pieces])
        return
    value = ACTIVITY_LEAD.sub("", " ".join(match.group("items").split())).strip()
    if POINTER_LIST.match(value) is not None:
        return  # "cooperate in the areas listed below": the list comes after
    items = split_items(value)
    if all(len(item.split()) <= MOST_WORDS for item in items):
        yield from items


# What points to a list elsewhere, not a list: "the areas listed below", "the following", "these topics"
POINTER_LIST = re.compile(
    r"^(?:the[ \t]+|these[ \t]+|those[ \t]+)?(?:following|areas?|topics?|fields?|subjects?|themes?|matters?"
    r"|work[ \t]+items?|items?|activities|projects?)\b",
    re.I,
)


def short_heading(block: Block) -> bool:
    """A short line a plain-text reader took for a heading for its shape (not marked as one): a few words,
    no sentence, no subjects heading of its own."""
    text = block.text.strip()
    return (
        block.kind == "heading"
        and not block.explicit
        and 0 < len(text.split()) <= SHORT_LINE_WORDS
        and text[:1].isalpha()  # "3. WORK ITEMS": a numbered heading of the document's own
        and not text.isupper()
        and not text.endswith((".", ",", ":", ";"))
        and not introduces(block)
    )


def short_lines(text: str, offsets: list[int]) -> list[str]:
    """The lines of a text (starting at `offsets`), when there are two or more and every one is a few
    words and no sentence (no stop, comma or colon closing it); none otherwise."""
    if len(offsets) < 2:
        return []
    lines = [text[a:b].strip() for a, b in zip(offsets, [*offsets[1:], len(text)], strict=True)]
    short = all(line and len(line.split()) <= SHORT_LINE_WORDS for line in lines)
    return lines if short and not any(line.endswith((".", ",", ":", ";")) for line in lines) else []


def items_before_are(block: Block) -> Iterator[str]:
    """The subjects a sentence lists before "are among the key areas" (subjects_before_are), each a few
    words; read beside the block's other lists ("... are among the key areas. One of the areas of focus is
    X.")."""
    value = subjects_before_are(block)
    if value is None:
        return
    items = split_items(ACTIVITY_LEAD.sub("", value).strip().rstrip("."))
    if all(len(item.split()) <= MOST_WORDS or BRACKETED_ACRONYM.search(item) for item in items):
        yield from items


def subjects_before_are(block: Block) -> str | None:
    """The subjects a sentence opens with before "are (among) the (key) areas/topics" (ARE_AMONG_AREAS):
    "Digital identity, cybersecurity and AI are among the key areas covered by ..."; a list of two items
    at least, the sentence's opening words all of it (from the sentence's start or its line's: a title a
    reader ran into the paragraph is none of it)."""
    text = block.text
    if len(text) > 2000:
        return None
    for match in prefilter.finditer(ARE_AMONG_AREAS, text):
        start = SENTENCE_START.search(text, 0, match.start())
        lines = [offset for offset, _, _ in block.pieces if offset < match.start()]
        value = " ".join(text[max([start.end() if start else 0, *lines]) : match.start()].split())
        if value and len(split_items(value)) >= 2:
            return value
    return None


def semicolon_items(first: str, text: str, end: int) -> list[str]:
    """A sentence's list cut by semicolons (its first item `first`, the rest after `end`), each item a few
    words: "include A; B and C; and D" is A, "B and C" and D, not B and C apart. Empty when the list does
    not go on past a semicolon, its last item is not joined by "; and" (or "; or"), or an item is a
    clause (more than SEMICOLON_ITEM_WORDS words; an item longer than a subject's MOST_WORDS but short of
    a clause stays in the list, and is no subject)."""
    rest = SEMICOLON_REST.match(text, end)
    if rest is None:
        return []
    value = " ".join(rest.group("rest").split()).strip()
    if LAST_SEMICOLON_ITEM.search(";" + value) is None:
        return []  # a list's last item comes after "; and" ("...; other items may be added" is a clause)
    items = [item.strip() for item in [first, *SEMICOLON_ITEMS.split(value)]]
    if len(items) < 2 or not all(item and len(item.split()) <= SEMICOLON_ITEM_WORDS for item in items):
        return []
    return items


def subject_name(ctx: Context, phrase: str) -> str | None:
    """A listed phrase that is a subject: a few words, letters only, naming no body, unit or
    specification (a specification listed is one already)."""
    if phrase.rstrip(" \t*").endswith(":"):
        return None  # a lead-in to the items after it ("The Parties will cooperate on:")
    words = phrase.strip(" \t.;:*").split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words or len(words) > MOST_WORDS or not all(SUBJECT_WORD.fullmatch(w) for w in words):
        return None
    if words[0].lower() in CLAUSE_OPENINGS or any(an_activity(w) for w in words):
        return None
    if words[0].lower() in GOAL_OPENINGS:
        return None  # "increased public awareness of X": a goal the parties aim at, no subject
    name = " ".join(words)
    if LABEL_CLAUSE.search(name) is not None:
        return None  # a clause, not a name ("Parties will cooperate on")
    if name.lower() in NO_SUBJECT or only_generic(name):  # a table's "Yes", "TBD", "Both"; "standards"
        return None
    if any(m.entity.kind in ("organization", "unit", "specification") for m in ctx.resolver.mentions(name)):
        return None
    if any(word in body_acronyms(ctx) for word in words):
        return None  # "CTA programmes" where the document names "the Coastal Trade Administration (CTA)"
    return name


def body_acronyms(ctx: Context) -> set[str]:
    """The acronyms of the bodies and units the document names (its parties and the ones it discovered,
    "the Coastal Trade Administration (CTA)"): a body's acronym the reference data spells otherwise is no
    mention of it, yet a listed phrase holding it names the body's work, no subject."""
    bodies = [*ctx.parties, *ctx.resolver.new_entities.values()]
    return {e.acronym for e in bodies if e.kind in ("organization", "unit") and e.acronym}


def subject(ctx: Context, name: str) -> Entity:
    """The reference data's topic of that label, else a new concept flagged for review."""
    known = ctx.resolver.topic_named(name)
    if known is not None:
        return known
    iri = URIRef(TOPIC[slugify(name)])
    return ctx.resolver.remember(iri, "topic", name, name, None, SKOS.Concept)
