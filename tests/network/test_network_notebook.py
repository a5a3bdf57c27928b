"""The analyst's walk-through (notebooks/collaboration-network.ipynb) runs from top to bottom.

It is checked in without outputs; here it runs in a fresh kernel of this very Python on the
seed store, and any error in any cell fails the test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kg.model.sources import project_root
from kg.store.embedded import STORE_VARIABLE

NOTEBOOK = project_root() / "notebooks" / "collaboration-network.ipynb"


def notebook_tools():
    """nbclient, nbformat and ipykernel come with the `test` extra; CI must have them."""
    try:
        import ipykernel.kernelspec
        import nbclient
        import nbformat
    except ImportError as missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}: pip install -e '.[test]' installs the notebook tools")
        pytest.skip(str(missing))
    return nbclient, nbformat, ipykernel.kernelspec


def test_the_notebook_is_checked_in_without_outputs() -> None:
    _, nbformat, _ = notebook_tools()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


def test_the_walkthrough_runs_top_to_bottom(
    seed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nbclient, nbformat, kernelspec = notebook_tools()
    # A kernel of this interpreter (the default kernelspec may name another `python` on PATH).
    kernelspec.write_kernel_spec(
        tmp_path / "jupyter" / "kernels" / "alliance-kg",
        overrides={"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]},
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv(STORE_VARIABLE, str(seed_store))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="alliance-kg", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = "".join(
        str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    )
    assert "OGF -> DMTF via https://w3id.org/alliance-kg/id/register/ogf-dmtf" in outputs
    assert "2010-01-01 0 organizations, 0 collaborations" in outputs
    pictures = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    assert len(pictures) == 2
    assert (tmp_path / "alliance-organizations.gexf").is_file()
