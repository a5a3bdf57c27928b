"""The identity of an alliance document: the IRI segment (slug) of its resource and graph.

Why not its parties: two registers between the same parties, or two versions of one register,
must never overwrite each other. Why not its file name: a file may be renamed, two folders may
hold a "register.txt", and a name need not be ASCII. The identity is what the document says it
is: its title, then its version, else its own date (effective, signed, initiated, published,
meeting). A new version is a new identity; a corrected copy of the same version is the same
identity (the ingest decides whether it may replace the graph). A document that states neither
a version nor a date is named by its title and a short hash of its content, so that nothing it
does not say can merge it with another. docs/identity.md describes the whole scheme.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.model.namespaces import local_name, slugify
from kg.model.records import AllianceRecord
from kg.model.source_text import SourceText

MAX_TITLE_WORDS = 10
HASH_LENGTH = 8
VERSION_NUMBER = re.compile(r"(?:v(?:ersion)?\s*)?(?P<number>\d+(?:\.\d+)*[a-z]?)\b", re.IGNORECASE)
DATE_ROLES_FOR_IDENTITY = ("effective", "signed", "initiated", "approved", "published", "meeting")


def title_slug(record: AllianceRecord) -> str:
    """The title as an IRI segment, at most MAX_TITLE_WORDS words; the parties and kind without one."""
    return words_slug(record.title.value) or words_slug(record.short_name) or "document"


def words_slug(text: str) -> str:
    """A text as an IRI segment of at most MAX_TITLE_WORDS words ("" for a text without any)."""
    return "-".join(slugify(text).split("-")[:MAX_TITLE_WORDS]) if slugify(text) else ""


def work_slug(title: str, parties: Iterable[str]) -> str:
    """The slug of the work a document is a version of: its title without version or date, so that
    versions 1.0 and 1.1 of "OGF / DMTF Storage Work Register" are versions of one work even when
    1.1 adds a party. A title that names none of its parties ("Work Register") does not tell two
    alliances' registers apart, so their sorted party names come first (`dmtf--ogf--work-register`).
    `parties` are the local names of the parties' IRIs (dmtf, ogf), as in the alliance's IRI: a work
    is found again from a stored graph, which keeps the parties' IRIs, not the names the text used."""
    return with_party_names(words_slug(title) or "document", [[party] for party in parties])


def with_party_names(base: str, parties: Sequence[Sequence[str]]) -> str:
    """The slug `base`, or, when it names none of the parties, their sorted local names first.

    Each party is given as its names, its IRI's local name first. The slug names a party when it holds
    every word of one of them. One rule for a document's slug and its work's (`document_slug`,
    `work_slug`): they differ only in the names they know."""
    words = set(base.split("-"))
    local_names = sorted({slugify(names[0]) for names in parties if names and slugify(names[0])})
    if not local_names or any(names_in(words, names) for names in parties):
        return base
    return "--".join([*local_names, base])


def names_in(words: set[str], names: Iterable[str]) -> bool:
    """Whether the words hold every word of one of the names."""
    for name in names:
        name_words = set(slugify(name).split("-")) - {""}
        if name_words and name_words <= words:
            return True
    return False


def party_names(record: AllianceRecord) -> list[list[str]]:
    """Each party's names as a slug may hold them: its IRI's local name, label, acronym, other names
    ("sd-association-usb-implementers-forum-work-register" names SD Association)."""
    return [
        [local_name(entity.iri), entity.label, entity.acronym or "", *entity.names]
        for entity, _ in record.parties
    ]


def version_slug(version: str) -> str:
    """The version number as an IRI segment ("1.3d" -> 1-3d; "Draft 0.3" -> 0-3); the first word
    when it has no number (a field may run on into the next line's text)."""
    match = VERSION_NUMBER.search(version)
    return slugify(match.group("number") if match else version.split()[0] if version.split() else "")


def own_date(record: AllianceRecord) -> str | None:
    """The document's own date, the one that best tells its versions apart."""
    for role in DATE_ROLES_FOR_IDENTITY:
        for fact in record.dates:
            if fact.role == role:
                return fact.value
    return record.date_initiated[0].isoformat() if record.date_initiated else None


def document_slug(record: AllianceRecord, document: SourceText) -> str:
    """title[-vVERSION | -DATE | -HASH]: readable, stable across re-reads, distinct across versions.

    A title that names none of the parties ("MEMORANDUM OF UNDERSTANDING") gets their sorted local names
    first, as the work's slug does (`work_slug`; here a party's label or acronym counts as naming it too):
    two such memoranda between different bodies, effective the same day, were one identity, and a batch
    refused the second as a changed copy of the first."""
    base = with_party_names(title_slug(record), party_names(record))
    version = version_slug(record.version.value) if record.version is not None else ""
    if version:
        return f"{base}-v{version}"
    date = own_date(record)
    if date is not None:
        return f"{base}-{date}"
    return f"{base}-{document.sha256[:HASH_LENGTH]}"
