"""A memorandum's terms each get a node of their own, even when two print the same label.

Found on dev documents: a memorandum whose articles each list "(a)", "(b)" ... mapped every "(a)" to one
node `term-a`, which then had two texts and two ordinals: two Violations of the register-term shape that
refused the whole document."""

from __future__ import annotations

from kg.model.mapping import term_names
from kg.model.records import Term


def term(ordinal: int, label: str | None) -> Term:
    return Term(ordinal=ordinal, label=label, text=f"text {ordinal}", spans=())


def test_labels_printed_once_keep_their_names() -> None:
    assert term_names([term(1, "a"), term(2, "b"), term(3, None)]) == ["term-a", "term-b", "term-3"]


def test_a_label_printed_again_gets_its_occurrence_number() -> None:
    terms = [term(1, "a"), term(2, "b"), term(3, "a"), term(4, "b"), term(5, "a")]
    assert term_names(terms) == ["term-a", "term-b", "term-a-2", "term-b-2", "term-a-3"]


def test_no_name_is_given_twice_whatever_the_labels() -> None:
    terms = [term(1, "a-2"), term(2, "a"), term(3, "a"), term(4, None), term(5, "4")]
    names = term_names(terms)
    assert len(set(names)) == len(names) == 5
    assert names[:2] == ["term-a-2", "term-a"]


MEMORANDUM = """MEMORANDUM OF UNDERSTANDING
between the Distributed Management Task Force (DMTF) and the Storage Networking Industry Association (SNIA)

Article 1 - Purpose
(a) The parties will align the Redfish and Swordfish models for storage management.
(b) The parties will share drafts of their specifications under their policies.

Article 2 - Cooperation
(a) The parties will hold a joint plugfest each year.
(b) The parties will name one liaison each.

Signed on 12 March 2026.
"""


def test_a_memorandum_whose_articles_reuse_item_letters_is_accepted(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    from kg.cli.main import main
    from kg.model.namespaces import AKG

    document = tmp_path / "memorandum.txt"
    document.write_text(MEMORANDUM, encoding="utf-8")
    assert main(["ingest", str(document), "--dry-run", "--workers", "0", "--store", str(tmp_path / "s")]) == 0
    graph = Graph().parse(data=capsys.readouterr().out, format="turtle")
    terms = set(graph.subjects(AKG.text, None)) & set(graph.objects(None, AKG["term"]))
    assert len(terms) == 4
    assert all(len(list(graph.objects(node, AKG.text))) == 1 for node in terms)


def test_a_copyright_line_is_no_term(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Found by the session's review: "(c) 2026 DMTF. All rights reserved." under a memorandum became its
    term `term-c` once a bracketed letter opened an item (kg.extract.structure.NUMBERED)."""
    from rdflib import Graph

    from kg.cli.main import main
    from kg.model.namespaces import AKG

    document = tmp_path / "memorandum.txt"
    document.write_text(MEMORANDUM + "\n(c) 2026 DMTF. All rights reserved.\n", encoding="utf-8")
    assert main(["ingest", str(document), "--dry-run", "--workers", "0", "--store", str(tmp_path / "s")]) == 0
    graph = Graph().parse(data=capsys.readouterr().out, format="turtle")
    texts = {str(text) for node in graph.objects(None, AKG["term"]) for text in graph.objects(node, AKG.text)}
    assert len(texts) == 4 and not any("rights reserved" in text for text in texts)
