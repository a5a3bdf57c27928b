"""A unit named by two documents has one owner, whether they are ingested one by one or in one batch.

A rule of session 15 gave a new unit written after a body's acronym ("IEEE 802.3 Ethernet Working
Group") to the party that is that body's association ("IEEE SA") when the body itself was no party. One
unit IRI then had two owners across documents, which breaks the shape "a unit is akg:unitOf exactly one
organization": `kg ingest` of the dev corpus in one batch refused ieee-sa-ocp-mou.txt whole, after
bbf-ieee-8023-ls-contact-block.txt had introduced the unit as IEEE's. In a batch the extraction
processes read the store's names once, at the start, so the owner must not depend on the document's
parties: the rule is gone, and the unit is the body's its name is written after.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FIRST = """# IEEE and ITU-T: a liaison page

The Institute of Electrical and Electronics Engineers (IEEE) and the ITU Telecommunication
Standardization Sector (ITU-T) cooperate on Ethernet for transport networks.

The IEEE 802.3 Ethernet Working Group exchanges liaison statements with ITU-T Study Group 15.

Contact: Marta Quist, IEEE (marta.quist@ieee.example)
"""

SECOND = """MEMORANDUM OF UNDERSTANDING

between the IEEE Standards Association ("IEEE SA") and the Open Compute Project Foundation ("OCP")

1. Purpose. IEEE SA and OCP will cooperate on data centre networking standards.

2. Scope. The IEEE 802.3 Ethernet Working Group and the OCP Networking Project will share drafts.

3. Term. This Memorandum enters into force on 3 May 2021.
"""


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_a_unit_the_store_knows_keeps_its_owner_and_the_later_document_is_accepted(
    tmp_path: Path, store_copy: Path
) -> None:
    first, second = tmp_path / "ieee-itu-page.md", tmp_path / "ieee-sa-ocp-mou.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    done = kg("ingest", str(first), "--store", str(store_copy))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ieee-802-3-ethernet-working-group" in done.stdout, "the first document introduces the unit"

    done = kg("ingest", str(second), "--store", str(store_copy))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "violation" not in done.stderr.lower()

    answer = kg(
        "sparql",
        "SELECT ?owner WHERE { <https://w3id.org/alliance-kg/id/working-group/ieee-802-3-ethernet-working-group>"
        " <https://w3id.org/alliance-kg/ontology#unitOf> ?owner }",
        "--store",
        str(store_copy),
        "--format",
        "csv",
    )
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.split()[1:] == ["https://w3id.org/alliance-kg/id/organization/ieee"]


def test_two_documents_naming_one_unit_are_both_accepted_in_one_batch(
    tmp_path: Path, store_copy: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-ieee-itu-page.md").write_text(FIRST, encoding="utf-8")
    (folder / "b-ieee-sa-ocp-mou.txt").write_text(SECOND, encoding="utf-8")
    done = kg("ingest", str(folder), "--store", str(store_copy))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 document(s): 2 added, 0 replaced, 0 unchanged, 0 refused" in done.stdout, done.stdout
