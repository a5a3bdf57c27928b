"""kg.validate.cache keys an entry by the source of the code that derives it, imported or not (session 24,
engineer I). An extraction process keys its reference entry before it imports kg.store.terms (one of the
modules that entry is the output of): its source was left out of the key, so the entry was trusted after
that code changed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.validate.cache import code_version, source_file


def test_a_module_not_imported_yet_is_keyed_by_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "s24i_not_imported.py"
    module.write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "s24i_not_imported" not in sys.modules
    assert source_file("s24i_not_imported") == str(module)
    code_version.cache_clear()
    before = code_version(("s24i_not_imported",))
    module.write_text("VALUE = 2\n")
    code_version.cache_clear()
    assert code_version(("s24i_not_imported",)) != before
    assert "s24i_not_imported" not in sys.modules  # found, not imported


def test_a_name_that_is_no_module_is_keyed_by_its_name() -> None:
    assert source_file("s24i_no_such_module") is None
    assert source_file("s24i_no_such_package.child") is None
    code_version.cache_clear()
    assert code_version(("s24i_no_such_module",)) != code_version(("s24i_no_such_package.child",))


def test_a_module_of_a_package_is_found_without_importing_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kg.store.terms in the extraction process: found, kg.store not imported (tests/cli/test_startup.py)."""
    package = tmp_path / "s24i_package"
    package.mkdir()
    (package / "__init__.py").write_text("raise AssertionError('the package was imported')\n")
    (package / "terms.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert source_file("s24i_package.terms") == str(package / "terms.py")
    assert "s24i_package" not in sys.modules
