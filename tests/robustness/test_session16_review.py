"""What the review of session 16 found, each shown to fail before its fix.

1. A heading repeating a part's label ("Schedule 1 - " or "Annex A: " 1,200 times, 12-15 KB) ran
   kg.extract.structure.section_kind's recursion out: a RecursionError, `kg ingest` exit 1.
2. A target cell saying there is none ("None", "not planned", "see note 3") became a milestone with a
   target of that name (a rule of the session read a target column's words as written).
3. `If-Modified-Since` with an absurd zone offset raised OverflowError in the server (its date parse was a
   copy of the one the preconditions use, without that case); a malformed date is ignored (RFC 9110).
4. `kg build --out` refused a distribution folder reached through a link, or holding .DS_Store.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from starlette.requests import Request
from support.work_items import milestone_pairs

from kg.pipeline.ingest import extract
from kg.server.preconditions import not_modified

HEAD = (
    "# HMC / OBC Work Register\n\n## Parties\n\n- Open Buoy Consortium (OBC)\n"
    "- Harbour Metrology Council (HMC)\n\n"
)


@pytest.mark.parametrize("label", ["Schedule 1 - ", "Annex A: ", "Addendum B: "])
def test_a_heading_of_a_thousand_labels_is_read(tmp_path: Path, label: str) -> None:
    path = tmp_path / "labels.md"
    text = HEAD + "## " + label * 1200 + "Work items\n\n- Joint glossary of tide terms (target: Q3 2026)\n"
    path.write_text(text, encoding="utf-8")
    record = extract(path).record
    assert [m.label for m in record.milestones] == ["Joint glossary of tide terms"]


def test_a_target_cell_that_says_there_is_none_makes_no_milestone(tmp_path: Path) -> None:
    table = (
        "## Work items\n\n| Item | Work item | Target |\n|---|---|---|\n"
        "| J1 | Joint glossary of tide terms | Q3 2026 |\n| J2 | Shared buoy registry | None |\n"
        "| J3 | Common test harness | not planned |\n| J4 | Interoperability event | see note 3 |\n"
        "| J6 | Tide data licence audit | each quarter |\n"
    )
    assert milestone_pairs(tmp_path, HEAD + table, "register.md") == {
        ("Joint glossary of tide terms", "Q3 2026"),
        ("Tide data licence audit", "each quarter"),
    }


def request_with(header: str, value: str) -> Request:
    return Request({"type": "http", "headers": [(header.encode(), value.encode())]})


def test_an_absurd_if_modified_since_is_ignored() -> None:
    absurd = request_with("if-modified-since", "Mon, 01 Jan 2000 00:00:00 +99999999999999999999")
    assert not_modified(absurd, '"tag"', 1_000_000_000.0) is False
    later = request_with("if-modified-since", "Mon, 01 Jan 2035 00:00:00 GMT")
    assert not_modified(later, '"tag"', 1_000_000_000.0) is True


def kg_build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_distribution_behind_a_link_and_beside_finder_s_files_is_rebuilt(tmp_path: Path) -> None:
    """4. The eighth attack's folder guard refused `--out dist` when dist is a link to the folder of a
    previous build, and a distribution holding .DS_Store: a rebuild the user asked for, refused."""
    artifacts = tmp_path / "artifacts" / "dist"
    artifacts.mkdir(parents=True)
    link = tmp_path / "dist"
    link.symlink_to(artifacts, target_is_directory=True)
    first = kg_build("--no-store", "--out", str(link))
    assert first.returncode == 0, first.stderr
    (artifacts / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    again = kg_build("--no-store", "--out", str(link))
    assert again.returncode == 0, again.stderr
    assert link.is_symlink() and (link / "alliance-kg.ttl").is_file()
    (link / "notes.txt").write_text("mine\n", encoding="utf-8")
    refused = kg_build("--no-store", "--out", str(link))
    assert refused.returncode == 2 and "notes.txt" in refused.stderr
    assert (artifacts / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_a_cache_folder_others_can_write_is_not_used_and_the_user_is_told_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """5. The eighth attack's cache check skipped a folder others can write (right: its entries run code)
    without a word, so a folder made 0775 under a umask of 002 made every ingest slower unexplained."""
    from kg.validate import cache

    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o775)
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(folder))
    made: list[int] = []
    for _ in range(2):
        assert cache.cached("probe", [b"input"], (), lambda: made.append(1) or 42) == 42
    assert made == [1, 1] and list(folder.iterdir()) == []
    err = capsys.readouterr().err
    assert err.count(f"the cache in {folder} is not used") == 1, err
