"""What reaches the user's tools from text an attacker controls (session 9, second red-team round):
named-query parameters from the command line, labels in the terminal's table and in network files.
See docs/reliability.md section 9."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# A byte that is not UTF-8 on the command line ('Télécom' typed on a Latin-1 terminal) reaches Python
# as a lone surrogate (surrogateescape); it ended in a UnicodeEncodeError traceback.
NOT_UTF8 = "T\udce9l\udce9com"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["resolve-entity", "--param", f"label={NOT_UTF8}"], "not UTF-8"),
        (["collaborators", "--param", f"org={NOT_UTF8}"], "not UTF-8"),
        (["collaborators", "--param", f"org=https://example.org/{NOT_UTF8}"], "not UTF-8"),
        # a control character in an IRI was sent to the store and came back as a SPARQL syntax error
        # telling the user to fix the query text
        (["collaborators", "--param", "org=https://example.org/a\x01b"], "not allowed in an IRI"),
        (["collaborators", "--param", "org=urn:x\x7f"], "not allowed in an IRI"),
    ],
)
def test_a_parameter_that_cannot_be_a_term_gets_one_line(seed_store: Path, capsys, args, message) -> None:
    code, out, err = run(capsys, "query", *args, "--store", str(seed_store))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err, err
    assert "\udce9" not in err and "\x01" not in err and "\x7f" not in err
