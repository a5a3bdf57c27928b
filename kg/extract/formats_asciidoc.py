"""AsciiDoc's block markup in a text file, read as the plain text the rules know.

Why: OGC's standards and many working groups' registers, charters and minutes are written in
AsciiDoc (`.adoc`, or pasted into a `.txt`). Its tables ("|===") and section titles ("== Scope")
were read already, but not its lists and labels: an ordered list is written ". item" (the processor
numbers it), a nested one ".. item" or "** item", a description list "Term:: definition", a block's
title ".Milestones", and delimiter lines ("----", "====") and attribute lines ("[NOTE]") frame blocks.
Read as plain text, ". Joint test suite -- Q4 2027" was no list item (its work item and target
lost) and "OGC:: Jane Roe" no contact line.

Each such line is given here as the text a reader of the rendered page sees: "1. item", "a. item"
(indented under its parent), "- item", "Term: definition", the title alone; delimiter, attribute and
comment lines become nothing. Every character keeps the source offset it came from; the numbers and
bullets made up here point at the marker they stand for. Lines inside a literal block ("----",
"....", "++++") are left as written. The rest of the text (paragraphs, tables, section titles) is read
by the plain-text readers as before.

A text is read as AsciiDoc only when it says so by its structure (is_asciidoc): a document title
"= Title" as its first line, or two section titles "== Title", so that a plain text whose line starts
with ". " or ends with "::" is left alone.
"""

from __future__ import annotations

import re

Cells = list[tuple[str, list[int]]]
"""As kg.extract.documents: each cell's text and the source offset of each of its characters."""

DOCUMENT_TITLE = re.compile(r"^=[ \t]+\S(?:[^\n]*[^=\s])?[ \t]*$")
SECTION_TITLE = re.compile(r"^={2,6}[ \t]+\S(?:[^\n]*[^=\s])?[ \t]*$")
# (a title closed by "=" marks too, "== Scope ==", is a wiki's: DokuWiki's and MediaWiki's pages are no
# AsciiDoc, and their "//italic//" and "** bold **" mean other things)
HEAD_LINES = 12
"""A document title is looked for among the first lines after comments and attribute entries."""
ATTRIBUTE_ENTRY = re.compile(r"^:!?[\w-]{1,60}!?:(?:[ \t]|$)")
COMMENT = re.compile(r"^//(?!/)(?![^\n]*//[ \t]*$)")
COMMENT_BLOCK = re.compile(r"^/{4,}[ \t]*$")
LITERAL_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|\+{4,}|`{3}[\w-]*)[ \t]*$")
COMPOUND_DELIMITER = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|-{2})[ \t]*$")
BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]\n]{0,200}\]+[ \t]*$")
ORDERED_ITEM = re.compile(r"^[ \t]*(?P<marks>\.{1,5})[ \t]+(?=[^\s.])")
UNORDERED_ITEM = re.compile(r"^[ \t]*(?P<marks>\*{2,5})[ \t]+(?=\S)")
DESCRIPTION = re.compile(
    r"^(?P<term>[^\s:/|=.*\[][^\n]{0,120}?)(?P<marks>:{2,4}|;;)(?:[ \t]+(?P<rest>\S[^\n]*))?$"
)
BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.][^\n]{0,150})$")
LIST_CONTINUATION = re.compile(r"^\+[ \t]*$")
HARD_BREAK = re.compile(r"[ \t]\+[ \t]*$")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def is_asciidoc(lines: list[tuple[str, int]]) -> bool:
    """Whether a text is an AsciiDoc source: it opens (after comments and attribute entries) with a
    document title ("= Title"), or two of its lines are section titles ("== Scope")."""
    head = [line for line, _ in lines[: HEAD_LINES * 4] if line.strip()]
    head = [line for line in head if not (COMMENT.match(line) or ATTRIBUTE_ENTRY.match(line))]
    if head and DOCUMENT_TITLE.match(head[0]):
        return True
    titles = 0
    for line, _ in lines:
        if SECTION_TITLE.match(line):
            titles += 1
            if titles >= 2:
                return True
    return False


def asciidoc_markup(lines: list[tuple[str, int]]) -> dict[int, Cells]:
    """The lines whose AsciiDoc markup is read as plain text, by line index: each as one cell of the
    text a reader sees (an empty list: a line that is no text, a delimiter, an attribute line, a
    comment). Lines not given stay as they are; so do the lines of literal blocks and of tables."""
    rewritten: dict[int, Cells] = {}
    counters: list[int] = []  # the ordered list being read: the number of items so far at each depth
    closing: str | None = None  # the delimiter that closes the literal or comment block being read
    compound: list[str] = []  # the delimiters of the example, sidebar, quote and open blocks being read
    previous = ""
    for index, (line, start) in enumerate(lines):
        stripped = line.rstrip()
        if closing is not None:
            if stripped == closing:
                rewritten[index], closing = [], None
            elif closing.startswith("/"):
                rewritten[index] = []  # a comment block's lines are no text
            previous = stripped
            continue
        if (LITERAL_DELIMITER.match(stripped) or COMMENT_BLOCK.match(stripped)) and opens_block(previous):
            rewritten[index], closing = [], stripped
            previous = stripped
            continue
        if stripped in compound or (COMPOUND_DELIMITER.match(stripped) and opens_block(previous)):
            # "====" opening an example block, or closing the one it opened: no text
            if stripped in compound:
                del compound[compound.index(stripped) :]
            else:
                compound.append(stripped)
            rewritten[index], previous = [], stripped
            continue
        cells = marked_line(stripped, start, counters)
        if cells is not None:
            rewritten[index] = cells
        if stripped and cells is None:
            counters.clear()  # a paragraph or a title: the next ordered list numbers from 1
        previous = stripped
    return rewritten


def opens_block(previous: str) -> bool:
    """Whether a delimiter line can open a block here: after a blank, a title, an attribute line or another
    delimiter; under a line of text it is that line's underline (a two-line title), left alone."""
    return (
        not previous
        or bool(BLOCK_ATTRIBUTES.match(previous) or BLOCK_TITLE.match(previous))
        or bool(SECTION_TITLE.match(previous) or DOCUMENT_TITLE.match(previous))
        or bool(COMPOUND_DELIMITER.match(previous) or LIST_CONTINUATION.match(previous))
    )


def marked_line(line: str, start: int, counters: list[int]) -> Cells | None:
    """One line's markup read as text, or None for a line without block markup (kept as it is)."""
    if COMMENT.match(line) or BLOCK_ATTRIBUTES.match(line) or LIST_CONTINUATION.match(line):
        return []
    ordered = ORDERED_ITEM.match(line)
    if ordered is not None:
        return [ordered_item(line, start, ordered, counters)]
    unordered = UNORDERED_ITEM.match(line)
    if unordered is not None:
        return [marked_item(line, start, unordered, "-", len(unordered.group("marks")))]
    title = BLOCK_TITLE.match(line)
    if title is not None and not line.startswith(".."):
        return [without_break(line, start, title.start("title"))]
    described = DESCRIPTION.match(line)
    if described is not None:
        return [description(line, start, described)]
    if HARD_BREAK.search(line):
        return [without_break(line, start, 0)]
    return None


def ordered_item(line: str, start: int, match: re.Match[str], counters: list[int]) -> tuple[str, list[int]]:
    """ ". item" as "1. item", ".. item" as "a. item" under it, deeper ones as bullets; numbered on from the
    list's last item at the same depth."""
    depth = len(match.group("marks"))
    del counters[depth:]
    while len(counters) < depth:
        counters.append(0)
    counters[depth - 1] += 1
    number = counters[depth - 1]
    label = str(number) + "." if depth == 1 else (LETTERS[(number - 1) % 26] + "." if depth == 2 else "-")
    return marked_item(line, start, match, label, depth)


def marked_item(line: str, start: int, match: re.Match[str], label: str, depth: int) -> tuple[str, list[int]]:
    """An item's text after a made-up label, indented two blanks a level below the first; the label and
    the indentation point at the item's marker."""
    marker = start + match.start("marks")
    made = "  " * (depth - 1) + label + " "
    text, offsets = without_break(line, start, match.end())
    return made + text, [marker] * len(made) + offsets


def description(line: str, start: int, match: re.Match[str]) -> tuple[str, list[int]]:
    """ "Term:: definition" as "Term: definition" (the term a label, as a field line is read), "Term::"
    alone as "Term:"."""
    term = match.group("term").rstrip()
    colon = start + match.start("marks")
    offsets = [*range(start, start + len(term)), colon]
    if match.group("rest") is None:
        return term + ":", offsets
    rest, rest_offsets = without_break(line, start, match.start("rest"))
    return term + ": " + rest, [*offsets, colon + 1, *rest_offsets]


def without_break(line: str, start: int, begin: int) -> tuple[str, list[int]]:
    """The line's text from `begin`, without a hard line break's " +" at its end."""
    end = len(line)
    hard = HARD_BREAK.search(line)
    if hard is not None and hard.start() >= begin:
        end = hard.start()
    return line[begin:end], list(range(start + begin, start + end))
