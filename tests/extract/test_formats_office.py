"""Refusals Word (.docx) and PowerPoint (.pptx) files share: both are ZIP archives of XML parts read
under the same bounds (kg.extract.documents.check_unpacked_size), and a refusal names the file and
its own format; an archive with both main parts is refused as ambiguous, and an archive's central
directory is read once before the library opens it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.extract.documents import read_document

FORMATS = Path(__file__).parents[1] / "fixtures" / "formats"

OFFICE = {  # suffix: (main part, its damaged text)
    ".docx": ("word/document.xml", "<w:document>not closed"),
    ".pptx": ("ppt/presentation.xml", "<p:presentation>not closed"),
}


@pytest.mark.parametrize("suffix", sorted(OFFICE))
def test_a_damaged_file_is_refused_with_its_name(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / f"damaged{suffix}"
    part, text = OFFICE[suffix]
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr(part, text)
    assert main(["ingest", str(damaged), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert str(damaged) in error and f"not a readable {suffix} file" in error


@pytest.mark.parametrize("suffix", sorted(OFFICE))
def test_a_file_that_unpacks_past_the_cap_is_refused_unpacked(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / f"bomb{suffix}"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(OFFICE[suffix][0], b"<" + b" " * 5_000_000)
    assert bomb.stat().st_size < 100_000
    assert main(["ingest", str(bomb), "--dry-run", "--max-bytes", "100000"]) == 2
    error = capsys.readouterr().err
    other = next(s for s in OFFICE if s != suffix).lstrip(".")
    assert str(bomb) in error and "unpack to 5,000,001 bytes" in error and other not in error


def test_an_archive_with_both_a_word_and_a_powerpoint_main_part_is_refused_as_ambiguous(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    both = tmp_path / "both.docx"
    with zipfile.ZipFile(both, "w") as archive:
        for part, text in OFFICE.values():
            archive.writestr(part, text)
    assert main(["ingest", str(both), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert str(both) in error and "word/document.xml" in error and "ppt/presentation.xml" in error
    assert "cannot be told" in error


def test_the_central_directory_is_read_once_before_the_library_opens_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[object] = []
    original = zipfile.ZipFile.__init__

    def counted(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        opened.append(args[0])
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counted)
    document = read_document(FORMATS / "snia-ofa-register.docx")
    assert "Milestone\tTarget" in document.text
    assert len(opened) == 2  # ours (format, unpacked size, markup), then python-docx's own
