"""Attack round 22 (session 34, engineer R): `kg ingest --slug` that is no IRI segment.

`--slug 'a b'` (or one holding `>` or `"`) extracted the document and then ended in a ValueError
traceback ("Invalid IRI code point"), exit 1; a control character in "its extraction failed on an internal
error"; `a/b`, `../x`, `a#b` and `a?b` were stored as graphs named `.../register/../x`, `.../register/a#b`
(a fragment: a graph no IRI dereferences to), exit 0; `--slug ''` was read as no slug. A slug is now one
IRI path segment of unreserved characters, at most 200, or argparse's one line with a suggestion, exit 2
(kg.cli.ingest.register_slug), before any document is read.
"""

from __future__ import annotations

import pytest

from kg.cli.main import build_parser

REFUSED = ["", " ", "a b", "a>b", 'a"b', "a/b", "../x", ".hidden", "a#b", "a?b", "a\x01b", "x" * 201, "a..b"]


@pytest.mark.parametrize("slug", REFUSED, ids=[repr(s)[:20] for s in REFUSED])
def test_a_slug_that_is_no_segment_is_refused(slug: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args(["ingest", "--slug", slug, "register.txt"])
    assert ended.value.code == 2
    assert "is no register slug: one IRI segment of letters, digits" in capsys.readouterr().err


def test_the_refusal_suggests_a_slug(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["ingest", "--slug", "OGF / DMTF register", "register.txt"])
    assert "such as 'ogf-dmtf-register'" in capsys.readouterr().err


@pytest.mark.parametrize("slug", ["ogf-dmtf", "OGF_DMTF.2024", "a", "x" * 200, "v1.0~draft"])
def test_a_segment_is_kept(slug: str) -> None:
    assert build_parser().parse_args(["ingest", "--slug", slug, "register.txt"]).slug == slug
