"""Attack round 21 (session 33, R): `--endpoint ""` (a shell variable left unset) was read as "no
endpoint" (`if endpoint:`), so `kg sparql --endpoint "$URL" QUERY` answered from the embedded store in
the current folder, exit 0, without a word. Every command taking --endpoint now refuses it (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main


@pytest.mark.parametrize(
    "command",
    [
        ["sparql", "--endpoint", "", "ASK {}"],
        ["query", "--endpoint", " ", "--list"],
        ["network", "summary", "--endpoint", ""],
        ["serve", "--endpoint", ""],
    ],
)
def test_an_empty_endpoint_is_refused(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # before: the default store here, or 'no store' of it
    with pytest.raises(SystemExit) as stopped:
        main(command)
    assert stopped.value.code == 2
    assert "names no URL: give the endpoint's, or leave the option out" in capsys.readouterr().err
