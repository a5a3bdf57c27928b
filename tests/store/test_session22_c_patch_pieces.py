"""kg.store.history.rows_in_pieces (session 22, issue 12 point 8): a patch's rows joined a piece at a
time must be the text the rows written one by one made, whatever the number of rows against the size
of a piece (none, fewer, exactly a multiple, more), removals and additions, non-ASCII text."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store import history
from kg.store.history import Patch, nquads_lines, patch_text

G = ox.NamedNode("http://example.org/graph")
P = ox.NamedNode("http://example.org/p")


def quads(count: int, text: str) -> list[ox.Quad]:
    return [
        ox.Quad(ox.NamedNode(f"http://example.org/s{n}"), P, ox.Literal(f"{text} {n}"), G)
        for n in range(count)
    ]


def rows_one_by_one(patch: Patch, headers: dict[str, str]) -> str:
    """The patch's text as the rows were written before: one string per row."""
    text = "".join(f"H {key} {value} .\n" for key, value in headers.items()) + "TX .\n"
    for kind, given in (("D", patch.removed), ("A", patch.added)):
        text += "".join(f"{kind} {line}\n" for line in nquads_lines(given)) if given else ""
    return text + "TC .\n"


@pytest.mark.parametrize("removed, added", [(0, 0), (0, 2), (3, 0), (3, 6), (7, 5), (1, 1)])
def test_pieces_make_the_text_of_rows_one_by_one(
    monkeypatch: pytest.MonkeyPatch, removed: int, added: int
) -> None:
    monkeypatch.setattr(history, "ROWS_PER_PIECE", 3)
    patch = Patch(removed=quads(removed, "Ärger über Café — 東京"), added=quads(added, 'say "x"\nnew'))
    headers = {"id": '"7"', "time": '"2026-12-06T06:00:00Z"'}
    assert patch_text(patch, headers) == rows_one_by_one(patch, headers)
    pieces = list(history.rows_in_pieces("A", nquads_lines(patch.added)))
    assert len(pieces) == -(-added // 3)


@pytest.mark.parametrize("count", [0, 1, 4, 5, 11])
def test_lines_written_a_piece_at_a_time_are_the_lines_of_all_at_once(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    monkeypatch.setattr(history, "SERIALIZED_AT_ONCE", 4)
    given = quads(count, "Ärger\u2028über Café — 東京")[::-1]
    text = (ox.serialize(given, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")
    expected = sorted(line for line in text.split("\n") if line)
    assert nquads_lines(given) == expected
    assert nquads_lines(iter(given)) == expected
