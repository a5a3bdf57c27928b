"""The development corpus (docs/corpus.md) is well formed before anything is measured on it.

`kg evaluate --corpus` scores extraction against the gold files; a gold file with a misspelt
key, a date that is not ISO 8601 or a party name the document never states would silently
turn into a wrong score. These checks read the corpus only (never the extractor), so they
also hold for documents added later: every document has its gold, every gold follows the
format, every gold name, unit, contact and milestone is found in the document's own text,
held-out is about a third, and every kind is present in both parts.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pytest

CORPUS = Path(__file__).parents[1] / "fixtures" / "corpus"
PARTS = ("dev", "held-out")
# Documents written for a later held-out part, scored by nothing yet (docs/corpus.md): their gold is checked
# like the others', but they count in neither part's share.
WRITTEN = (*PARTS, *(("incoming",) if (CORPUS / "incoming").is_dir() else ()))
KINDS = {
    "WorkRegister",
    "RegisterAddendum",
    "MemorandumOfUnderstanding",
    "AlliancePage",
    "LiaisonStatement",
    "MeetingRecord",
    "NotAlliance",
}
DOCUMENT_SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx"}
TEXT_SUFFIXES = {".txt", ".md", ".html"}
READABLE_SUFFIXES = TEXT_SUFFIXES | {".docx"}
DATE_ROLES = {"effective", "signed", "initiated", "review", "approved", "published", "deadline", "meeting"}
FULL_KEYS = {
    "document",
    "kind",
    "title",
    "parties",
    "units",
    "topics",
    "milestones",
    "contacts",
    "dates",
    "liaison",
    "warnings",
}
REFUSED_KEYS = {"document", "kind", "reason"}
ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
WARNING = re.compile(r"^[a-z][a-z-]*$")
GOLD_SUFFIX = ".gold.json"


def documents(part: str) -> list[Path]:
    """The documents of one part: every file that is neither a gold file nor a helper."""
    folder = CORPUS / part
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(GOLD_SUFFIX))


def golds(part: str) -> list[Path]:
    return sorted((CORPUS / part).glob(f"*{GOLD_SUFFIX}"))


def all_golds() -> list[Path]:
    return [g for part in WRITTEN for g in golds(part)]


def load(gold: Path) -> dict[str, Any]:
    with gold.open(encoding="utf-8") as stream:
        value = json.load(stream)
    assert isinstance(value, dict), f"{gold}: a gold file is one JSON object"
    return value


def gold_of(document: Path) -> Path:
    """docs/corpus.md: `<name>.<ext>` has its facts in `<name>.gold.json` beside it."""
    return document.with_name(document.stem + GOLD_SUFFIX)


def document_of(gold: Path) -> Path:
    """The one document whose name is the gold's without `.gold.json`, whatever its format."""
    stem = gold.name[: -len(GOLD_SUFFIX)]
    found = [gold.with_name(stem + suffix) for suffix in sorted(DOCUMENT_SUFFIXES)]
    found = [p for p in found if p.is_file()]
    assert len(found) == 1, f"{gold}: {len(found)} documents named {stem}.*"
    return found[0]


def normalise(text: str) -> str:
    """docs/corpus.md's comparison: NFKC, case folded, whitespace collapsed, outer punctuation
    and quotes stripped (so a gold string and the document compare the way the scorer will)."""
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return text.strip(" .,;:!?'\"()[]*-\u2018\u2019\u201c\u201d\u2013\u2014")


class _TextOf(HTMLParser):
    """The visible text of an HTML page, one space between elements (tags are not words)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")


def decode(raw: bytes) -> str:
    """Documents come in several encodings on purpose: UTF-8 (with or without a BOM) first,
    then Windows-1252, which every Latin-1 document also decodes as."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def docx_text(document: Path) -> str:
    """The text of a Word document: its paragraphs, then its table cells, one per line."""
    word = docx.Document(str(document))
    lines = [p.text for p in word.paragraphs]
    lines += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def text_of(document: Path) -> str:
    """The document's words, normalised, with Markdown emphasis and HTML tags out of the way."""
    if document.suffix == ".docx":
        return normalise(docx_text(document))
    text = decode(document.read_bytes())
    if document.suffix == ".html":
        parser = _TextOf()
        parser.feed(text)
        text = "".join(parser.parts)
    elif document.suffix == ".md":
        text = re.sub(r"[*`]|(?<!\w)_|_(?!\w)", "", text)
    return normalise(html.unescape(text))


# --- Layout -----------------------------------------------------------------------------------------


def test_the_corpus_has_its_two_parts_and_at_least_36_documents() -> None:
    counts = {part: len(documents(part)) for part in PARTS}
    assert all(counts.values()), counts
    assert sum(counts.values()) >= 36, counts


def test_held_out_is_about_a_third() -> None:
    dev, held_out = (len(documents(part)) for part in PARTS)
    share = held_out / (dev + held_out)
    assert 0.28 <= share <= 0.40, f"held-out is {held_out} of {dev + held_out} ({share:.0%})"


@pytest.mark.parametrize("part", WRITTEN)
def test_every_document_has_its_gold_and_every_gold_its_document(part: str) -> None:
    for document in documents(part):
        assert document.suffix in DOCUMENT_SUFFIXES, f"{document}: not a corpus format"
        assert gold_of(document).is_file(), f"{document}: no gold file {gold_of(document).name}"
    for gold in golds(part):
        assert load(gold).get("document") == document_of(gold).name, f"{gold}: 'document' names another file"


def test_every_kind_is_in_both_parts_and_several_times() -> None:
    kinds = {part: Counter(load(g)["kind"] for g in golds(part)) for part in PARTS}
    for part in PARTS:
        assert set(kinds[part]) == KINDS, f"{part} lacks {sorted(KINDS - set(kinds[part]))}"
    total = kinds["dev"] + kinds["held-out"]
    assert min(total.values()) >= 3, total


def test_the_corpus_tries_file_names_and_encodings() -> None:
    names = [d.name for part in PARTS for d in documents(part)]
    assert any(not name.isascii() for name in names), "no file name with non-ASCII characters"
    raw = [d.read_bytes() for part in PARTS for d in documents(part) if d.suffix in TEXT_SUFFIXES]
    assert any(not _is_utf8(b) for b in raw), "every document is UTF-8: no other encoding is tried"
    assert any(b.startswith(b"\xef\xbb\xbf") for b in raw), "no document starts with a byte order mark"
    assert any(b"\r\n" in b for b in raw), "no document has CRLF line ends"


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("document", [d for part in WRITTEN for d in documents(part)], ids=lambda d: d.name)
def test_no_document_says_it_is_a_fixture(document: Path) -> None:
    if document.suffix in READABLE_SUFFIXES:
        text = text_of(document)
        for word in ("fixture", "gold", "test corpus", "alliance-kg"):
            assert word not in text, f"{document}: says {word!r}; it must read like the real thing"


# --- Format -----------------------------------------------------------------------------------------


def is_names(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(n, str) and n.strip() for n in value)


def is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def is_iso_date(value: object) -> bool:
    """An ISO 8601 calendar date as precise as the document: YYYY, YYYY-MM or YYYY-MM-DD, real."""
    if not isinstance(value, str) or not ISO_PREFIX.match(value):
        return False
    year, month, day = ([*map(int, value.split("-")), 1, 1])[:3]
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def format_errors(gold: dict[str, Any]) -> list[str]:
    """Every way the gold departs from docs/corpus.md, as readable phrases."""
    kind = gold.get("kind")
    if kind not in KINDS:
        return [f"kind {kind!r} is not one of {sorted(KINDS)}"]
    expected = REFUSED_KEYS if kind == "NotAlliance" else FULL_KEYS
    if set(gold) != expected:
        return [f"keys {sorted(set(gold) ^ expected)} are missing or extra"]
    if kind == "NotAlliance":
        return [] if is_text(gold["reason"]) else ["reason is empty"]
    checks = [
        (is_text(gold["title"]), "title is empty"),
        (isinstance(gold["parties"], list) and all(is_names(p) for p in gold["parties"]), "parties"),
        (_all(gold["units"], {"name": is_text, "organization": is_names}), "units"),
        (isinstance(gold["topics"], list) and all(is_text(t) for t in gold["topics"]), "topics"),
        (_all(gold["milestones"], {"text": is_text, "target": is_text}), "milestones"),
        (_all(gold["contacts"], {"name": is_text, "organization": _names_or_none}), "contacts"),
        (_all(gold["dates"], {"role": DATE_ROLES.__contains__, "value": is_iso_date}), "dates"),
        (_is_warnings(gold["warnings"]), "warnings"),
    ]
    errors = [f"{what} do not follow the format" for ok, what in checks if not ok]
    return errors + liaison_errors(gold)


def _is_warnings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and WARNING.match(w) for w in value)


def _names_or_none(value: object) -> bool:
    """A contact's organization is given when the document says it, else an empty list."""
    return value == [] or is_names(value)


def _all(items: object, fields: dict[str, Any]) -> bool:
    return isinstance(items, list) and all(
        isinstance(item, dict) and set(item) == set(fields) and all(ok(item[k]) for k, ok in fields.items())
        for item in items
    )


def liaison_errors(gold: dict[str, Any]) -> list[str]:
    liaison = gold["liaison"]
    if gold["kind"] != "LiaisonStatement":
        return [] if liaison is None else ["liaison must be null outside a LiaisonStatement"]
    if not isinstance(liaison, dict) or set(liaison) != {"from", "to", "purpose", "deadline"}:
        return ["liaison must have exactly from, to, purpose, deadline"]
    sides = ("from", "to")
    errors = [f"liaison {side} must be a list of names" for side in sides if not is_names(liaison[side])]
    if liaison["purpose"] not in {"action", "information"}:
        errors.append("liaison purpose must be 'action' or 'information'")
    deadline = liaison["deadline"]
    if deadline is not None and not is_iso_date(deadline):
        errors.append(f"liaison deadline {deadline!r} is not an ISO 8601 date")
    deadlines = {d["value"] for d in gold["dates"] if d["role"] == "deadline"}
    if deadline is not None and deadline not in deadlines:
        errors.append("the liaison deadline is not among the dates with role 'deadline'")
    return errors


@pytest.mark.parametrize("gold", all_golds(), ids=lambda g: g.name)
def test_every_gold_follows_the_format(gold: Path) -> None:
    assert format_errors(load(gold)) == [], gold


def test_the_format_check_finds_what_is_wrong() -> None:
    good = load(CORPUS / "dev" / "itu-t-sg13-ls-etsi-nfv.gold.json")
    assert format_errors(good) == []
    broken = [
        {**good, "kind": "Register"},
        {**good, "partys": good["parties"]},
        {**good, "dates": [{"role": "deadline", "value": "31 March 2024"}]},
        {**good, "dates": [{"role": "deadline", "value": "2024-02-30"}]},
        {**good, "dates": [{"role": "sent", "value": "2024-03-31"}]},
        {**good, "liaison": {**good["liaison"], "purpose": "comment"}},
        {**good, "liaison": {**good["liaison"], "deadline": "2024-04-30"}},
        {**good, "liaison": {**good["liaison"], "to": []}},
        {**good, "parties": ["ITU-T", "ETSI"]},
        {**good, "milestones": [{"text": "A draft", "due": "2024"}]},
        {**good, "contacts": [{"name": "Ana Souza"}]},
        {**good, "kind": "WorkRegister"},
        {"document": good["document"], "kind": "NotAlliance", "reason": " "},
    ]
    for gold in broken:
        assert format_errors(gold), gold


# --- Only what the document states ------------------------------------------------------------------


def stated_strings(gold: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(what, accepted names) pairs of which the document must state at least one name."""
    pairs: list[tuple[str, list[str]]] = [("party", names) for names in gold["parties"]]
    pairs += [("unit", [u["name"]]) for u in gold["units"]]
    pairs += [("unit organization", u["organization"]) for u in gold["units"]]
    pairs += [("topic", [t]) for t in gold["topics"]]
    pairs += [("milestone text", [m["text"]]) for m in gold["milestones"]]
    pairs += [("milestone target", [m["target"]]) for m in gold["milestones"]]
    pairs += [("contact", [c["name"]]) for c in gold["contacts"]]
    pairs += [("contact organization", c["organization"]) for c in gold["contacts"] if c["organization"]]
    if gold["liaison"]:
        pairs += [(f"liaison {side}", gold["liaison"][side]) for side in ("from", "to")]
    return pairs


ALLIANCE_GOLDS = [
    g
    for g in all_golds()
    if load(g).get("kind") != "NotAlliance" and document_of(g).suffix in READABLE_SUFFIXES
]


def unstated(facts: dict[str, Any], text: str) -> list[str]:
    """The gold strings of which the (normalised) document text states none of the names."""
    return [
        f"{what}: {names}"
        for what, names in stated_strings(facts)
        if not any(states(text, name) for name in names)
    ]


def states(text: str, name: str) -> bool:
    """Whether the normalised text has the name as whole words (`OFA` is not stated by `sofa`)."""
    return re.search(rf"(?<!\w){re.escape(normalise(name))}(?!\w)", text) is not None


@pytest.mark.parametrize("gold", ALLIANCE_GOLDS, ids=lambda g: g.name)
def test_every_gold_string_is_stated_by_its_document(gold: Path) -> None:
    missing = unstated(load(gold), text_of(document_of(gold)))
    assert missing == [], f"{gold.name}: not in {document_of(gold).name}"


def test_the_statement_check_finds_an_invented_fact(tmp_path: Path) -> None:
    gold = CORPUS / "dev" / "ofa-liaisons-uec.gold.json"
    facts, text = load(gold), text_of(document_of(gold))
    assert unstated(facts, text) == []
    invented = [
        {**facts, "parties": [*facts["parties"], ["Gamma Institute", "GI"]]},
        {**facts, "contacts": [{"name": "Marek Novak", "organization": []}]},
        {**facts, "milestones": [{"text": "Provider design review", "target": "2Q2025"}]},
        {**facts, "units": [{"name": "Software Working Group", "organization": ["Gamma Institute"]}]},
    ]
    for wrong in invented:
        assert len(unstated(wrong, text)) == 1, wrong
    markdown = tmp_path / "r.md"
    markdown.write_text("# A / B Register\n\n- **Alpha Forum** (AF)\n- Beta\n  Council\n", encoding="utf-8")
    assert states(text_of(markdown), "beta   council.") and "**" not in text_of(markdown)
    assert states(text_of(markdown), "Alpha Forum") and not states(text_of(markdown), "Alpha F")


# --- Word documents are built from reviewable sources ------------------------------------------------


def _builder(name: str) -> Any:
    """The corpus's script `name`.py (make_docx, make_pdf) as a module."""
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_word_document_is_its_source_built(tmp_path: Path) -> None:
    builder = _builder("make_docx")
    built = {docx_path for _, docx_path in builder.targets()}
    committed = {d for part in WRITTEN for d in documents(part) if d.suffix == ".docx"}
    assert committed and committed == built, "every .docx has a source in sources/ and the reverse"
    for source, docx_path in builder.targets():
        fresh = tmp_path / docx_path.name
        builder.build(source).save(str(fresh))
        assert docx_text(fresh) == docx_text(docx_path), f"{docx_path.name}: run make_docx.py again"


# --- PDF documents are printed from the same sources ---------------------------------------------------


def pdf_text(document: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(document)).pages)


def test_every_pdf_is_its_source_printed_and_has_its_word_twins_gold(tmp_path: Path) -> None:
    """make_pdf.py prints the PDFs of the corpus from sources/: each committed PDF is what its source
    prints now, and its gold is the gold of the Word document printed from the same source, only its file
    name changed (page furniture states no fact)."""
    builder = _builder("make_pdf")
    built = {pdf_path for _, pdf_path in builder.targets()}
    committed = {d for part in WRITTEN for d in documents(part) if d.suffix == ".pdf"}
    assert committed and committed == built, "every .pdf is printed by make_pdf.py and the reverse"
    for source, pdf_path in builder.targets():
        fresh = tmp_path / pdf_path.name
        builder.build(source).output(str(fresh))
        assert pdf_text(fresh) == pdf_text(pdf_path), f"{pdf_path.name}: run make_pdf.py again"
        twin = load(pdf_path.parent / (source.stem + ".gold.json"))
        assert load(pdf_path.with_name(pdf_path.stem + ".gold.json")) == {**twin, "document": pdf_path.name}
