"""Word 97-2003 .doc documents, read through Debian's catdoc or antiword (installed by .ci/run):
table rows as tab-separated cells (antiword's wrapped cells joined again), offsets into the text
layer, and a clear message naming the packages when neither program is on PATH. The fixture is
tests/fixtures/formats/make_word.py's .docx converted by LibreOffice (committed)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.extract.documents import DOC, read_doc_layer, read_document, text_layer
from kg.pipeline.ingest import extract

FORMATS = Path(__file__).parents[1] / "fixtures" / "formats"
DOC_FILE = FORMATS / "snia-ofa-register.doc"
ROWS = [
    "Milestone\tTarget",
    "Establish a working relationship between the SNIA SSM TWG and the OFA OFIWG\t3Q2015",
    "Joint review of the fabric interface requirements\t1Q2016",
    "Swordfish profile for fabric attached storage\tOn-going",
]


def only(program: str, tmp_path: Path) -> str:
    """A PATH on which `program` is the only converter."""
    found = shutil.which(program)
    assert found, f"{program} is not installed: .ci/run installs it (apt-get install {program})"
    folder = tmp_path / f"only-{program}"
    folder.mkdir()
    (folder / program).symlink_to(found)
    return str(folder)


@pytest.mark.parametrize("program", ["catdoc", "antiword"])
def test_a_doc_is_read_with_its_table_rows_and_offsets_into_the_layer(
    program: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", only(program, tmp_path))
    document = read_document(DOC_FILE)
    assert document.media_type == DOC and document.format_name == "Word 97-2003 (.doc)"
    lines = document.text.splitlines()
    for row in ROWS:
        assert row in lines, (program, row)
    layer = text_layer(DOC_FILE, DOC)
    assert layer is not None
    read = [(i, c) for i, c in enumerate(document.text) if not c.isspace()]
    assert len(read) > 800
    assert all(layer[document.offsets[i]] == c for i, c in read)


def test_antiword_cells_wrapped_over_lines_are_one_cell() -> None:
    layer = (
        "Milestones\n|First part of a long   |2Q2020  |\n|cell that wraps         |        |\n"
        "|Next     |3Q2020  |\n"
    )
    builder = read_doc_layer(layer)
    text = "".join(builder.parts)
    assert "First part of a long cell that wraps\t2Q2020\nNext\t3Q2020\n" in text
    wrapped = text.index("cell that wraps")
    assert layer[builder.offsets[wrapped] : builder.offsets[wrapped] + 15] == "cell that wraps"


def test_a_doc_register_is_extracted_like_its_docx(tmp_path: Path) -> None:
    extraction = extract(DOC_FILE)
    targets = sorted(m.target.text for m in extraction.record.milestones if m.target)
    assert targets == ["1Q2016", "3Q2015", "On-going"]
    docx = extract(FORMATS / "snia-ofa-register.docx")
    assert extraction.parties == docx.parties and len(extraction.parties) == 2


def test_without_catdoc_or_antiword_the_message_names_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert main(["ingest", str(DOC_FILE), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert str(DOC_FILE) in error
    assert "install Debian's package catdoc or antiword (apt-get install catdoc)" in error
    assert os.environ["PATH"] == str(empty)


def test_a_file_that_is_not_a_word_document_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.doc"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert main(["ingest", str(fake), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert str(fake) in error and "not a readable .doc file" in error
