"""`kg diff`: what changed between two versions of a register, in the domain's terms, as JSON and
as an RDF Patch that turns the old graph into the new one (tests/fixtures/versions/README.md says
what the versions differ in)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from support.odt import odt, paragraphs
from support.versions import V10_TO_V11, VERSIONS

from kg.cli.main import main
from kg.model.namespaces import bind_prefixes
from kg.pipeline.diff import apply_patch, canonical, diff_paths, document_side, rdf_patch
from kg.testing.corpus import scaled_document

V10, V11, V11_REORDERED = (VERSIONS / f"register-{v}.txt" for v in ("v1.0", "v1.1", "v1.1-reordered"))
REG = "https://w3id.org/alliance-kg/id/register/"
GRAPH = "https://w3id.org/alliance-kg/id/graph/register/"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def body(text: str) -> list[str]:
    """The report without its two header lines (which name the sides)."""
    lines = text.splitlines()
    assert lines[0].startswith("--- ") and lines[1].startswith("+++ ")
    return lines[2:]


# --- The domain report --------------------------------------------------------------------------


def test_each_change_of_version_1_1_is_named_in_the_domains_terms() -> None:
    result = diff_paths(V10, V11)
    assert body(result.as_text()) == V10_TO_V11
    assert (result.other_removed, result.other_added) == ([], [])
    assert result.exit_code == 1


def test_reordering_renumbering_and_blank_lines_are_no_change(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["diff", str(V11), str(V11_REORDERED)], capsys)
    assert (code, body(out)) == (0, ["no change"])


def test_a_document_against_itself_is_equal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["diff", str(V10), str(V10), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["equal"] is True


def test_the_other_way_round_reads_the_other_way(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["diff", str(V11), str(V10)], capsys)
    assert code == 1
    assert body(out)[:3] == [
        "version changed: 1.1 -> 1.0",
        "next review changed: 2012-12 (in December 2012) -> 2012-06 (in June 2012)",
        "party removed: SNIA",
    ]


def test_json_gives_programs_the_same_changes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["diff", str(V10), str(V11), "--format", "json"], capsys)
    answer = json.loads(out)
    assert code == 1
    assert (answer["old"], answer["new"], answer["equal"]) == (str(V10), str(V11), False)
    assert answer["changes"][:5] == [
        {"what": "version", "action": "changed", "before": "1.0", "after": "1.1"},
        {
            "what": "next review",
            "action": "changed",
            "before": "2012-06 (in June 2012)",
            "after": "2012-12 (in December 2012)",
        },
        {"what": "party", "action": "added", "after": "SNIA"},
        {
            "what": "milestone",
            "action": "retargeted",
            "about": "Establish a work relationship between the OGF storage group and the DMTF ...",
            "before": "2Q2011",
            "after": "4Q2011",
        },
        {
            "what": "contact",
            "action": "changed",
            "about": "Ben Sample (DMTF)",
            "field": "e-mail",
            "before": "ben.sample@dmtf.example",
            "after": "b.sample@dmtf.example",
        },
    ]
    assert answer["other"] == {"removed": [], "added": []}


def edited(tmp_path: Path, name: str, *replacements: tuple[str, str]) -> Path:
    """A copy of version 1.0 with `replacements` made (each must apply)."""
    text = V10.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_milestones_and_contacts_added_and_removed_scope_edited_approval_changed(tmp_path: Path) -> None:
    new = edited(
        tmp_path,
        "v1.0-edited.txt",
        ("- o Hold a joint interoperability workshop. Target: 1Q2012\n", ""),
        (
            "Target: 4Q2011\n",
            "Target: 4Q2011\n- o Write a common test suite for the storage interfaces. Target: 3Q2012\n",
        ),
        ("exchange use cases and review comments", "exchange use cases, test results and review comments"),
        (
            "- Ben Sample, VP of Alliances, DMTF, ben.sample@dmtf.example\n",
            "- Cleo Example, Alliance Manager, DMTF, cleo.example@dmtf.example\n",
        ),
        ("on 03/15/2011.", "on 04/20/2011."),
    )
    lines = body(diff_paths(V10, new).as_text())
    assert lines == [
        "date approved changed: 2011-03-15 -> 2011-04-20",
        'milestone removed: "Hold a joint interoperability workshop" target 1Q2012',
        'milestone added: "Write a common test suite for the storage interfaces" target 3Q2012',
        "contact removed: Ben Sample, VP of Alliances, DMTF, ben.sample@dmtf.example (DMTF)",
        "contact added: Cleo Example, Alliance Manager, DMTF, cleo.example@dmtf.example (DMTF)",
        "scope edited: ... grids and clouds, and exchange use cases and review comments on draft "
        "specifications. -> ... grids and clouds, and exchange use cases, test results and review comments "
        "on draft specifications.",
        "approval changed: DMTF Board of Directors: approved, 2011-03-15 -> approved, 2011-04-20",
    ]


def test_a_reworded_milestone_is_edited_not_removed_and_added(tmp_path: Path) -> None:
    new = edited(
        tmp_path,
        "v1.0-reworded.txt",
        (
            "- o Publish a joint glossary of storage terms used by both organizations. Target: 4Q2011",
            "- o Publish a joint glossary of the storage terms used by both organizations. Target: 1Q2012",
        ),
        ("The work register will be reviewed in June 2012.", "The work register is reviewed once a year."),
    )
    assert body(diff_paths(V10, new).as_text()) == [
        "next review removed: 2012-06 (in June 2012)",
        "review cycle added: P1Y",
        "milestone edited: Publish a joint glossary of storage terms used by both organizations -> "
        "Publish a joint glossary of the storage terms used by both organizations",
        'milestone retargeted: "Publish a joint glossary of the storage terms used by both organizations" '
        "target 4Q2011 -> 1Q2012",
        # less than SIMILAR of their words in common: another sentence, not an edit
        "review text removed: The work register will be reviewed in June 2012.",
        "review text added: The work register is reviewed once a year.",
    ]


# --- RDF files and statements the report does not name -------------------------------------------


def turtle_of(path: Path, tmp_path: Path, extra: str = "") -> Path:
    """The facts extracted from `path` as a Turtle file, with `extra` Turtle appended."""
    facts = bind_prefixes(Graph())
    facts += document_side(path).facts
    target = tmp_path / (path.stem + str(len(list(tmp_path.iterdir()))) + ".ttl")
    target.write_text(facts.serialize(format="turtle") + extra, encoding="utf-8")
    return target


def test_blank_nodes_and_statement_order_are_no_change(tmp_path: Path, capsys) -> None:
    register = f"<{REG}ogf-dmtf-storage-work-register-v1-0>"
    one = turtle_of(
        V10,
        tmp_path,
        f'{register} <urn:x:note> [ <urn:x:says> "kept" ; <urn:x:by> _:who ] .\n'
        '_:who <urn:x:name> "someone" .\n',
    )
    two = turtle_of(
        V10,
        tmp_path,
        '_:p <urn:x:name> "someone" .\n'
        f'{register} <urn:x:note> _:q .\n_:q <urn:x:by> _:p ; <urn:x:says> "kept" .\n',
    )
    code, out, _ = run(["diff", str(one), str(two)], capsys)
    assert (code, body(out)) == (0, ["no change"])
    code, out, _ = run(["diff", str(one), str(two), "--format", "rdf-patch"], capsys)
    assert (code, out.splitlines()[1:]) == (0, ["TX .", "TC ."])


def test_a_change_the_report_has_no_words_for_is_counted(tmp_path: Path, capsys) -> None:
    register = f"<{REG}ogf-dmtf-storage-work-register-v1-0>"
    old = turtle_of(V10, tmp_path, f'{register} <urn:x:note> [ <urn:x:says> "before" ] .\n')
    new = turtle_of(V10, tmp_path, f'{register} <urn:x:note> [ <urn:x:says> "after" ] .\n')
    code, out, _ = run(["diff", str(old), str(new)], capsys)
    assert code == 1
    assert body(out) == ["other changed statements: 4 (2 removed, 2 added)"]
    code, out, _ = run(["diff", str(old), str(new), "--format", "json"], capsys)
    other = json.loads(out)["other"]
    assert [line for line in other["removed"] if '"before"' in line] != []
    assert [line for line in other["added"] if '"after"' in line] != []


# --- RDF Patch ----------------------------------------------------------------------------------


def patched(old: Graph, patch: str) -> Graph:
    """`patch` applied to `old` by rdflib's own RDF Patch parser (blank nodes keep their labels)."""
    dataset = Dataset()
    dataset.default_graph += canonical(old)
    dataset.parse(io.StringIO(patch), format="patch")
    result = Graph()
    result += dataset.default_graph
    return result


def test_the_patch_turns_the_old_graph_into_the_new_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["diff", str(V10), str(V11), "--format", "rdf-patch"], capsys)
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("H id <uuid:") and lines[1] == "TX ." and lines[-1] == "TC ."
    operations = [line.split(" ", 1)[0] for line in lines[2:-1]]
    assert set(operations) == {"A", "D"} and operations == sorted(operations, reverse=True)  # D first
    old, new = document_side(V10).facts, document_side(V11).facts
    assert isomorphic(patched(old, out), new)
    assert isomorphic(apply_patch(canonical(old), out), new)
    version = "<https://w3id.org/alliance-kg/ontology#version>"
    assert f'D <{REG}ogf-dmtf-storage-work-register-v1-0> {version} "1.0" .' in lines
    assert f'A <{REG}ogf-dmtf-storage-work-register-v1-1> {version} "1.1" .' in lines


def test_the_patch_of_blank_node_changes_applies(tmp_path: Path) -> None:
    register = f"<{REG}ogf-dmtf-storage-work-register-v1-0>"
    old = document_side(
        turtle_of(
            V10, tmp_path, f'{register} <urn:x:note> [ <urn:x:says> "a" ; <urn:x:n> [ <urn:x:v> 1 ] ] .\n'
        )
    ).facts
    new = document_side(
        turtle_of(
            V10, tmp_path, f'{register} <urn:x:note> [ <urn:x:says> "b" ; <urn:x:n> [ <urn:x:v> 1 ] ] .\n'
        )
    ).facts
    patch, changed = rdf_patch(old, new)
    assert changed and "_:b" in patch
    assert isomorphic(patched(old, patch), new)
    assert rdf_patch(old, new) == (patch, True)  # the same change, the same patch (its id included)


def test_equal_graphs_give_an_empty_patch() -> None:
    facts = document_side(V10).facts
    patch, changed = rdf_patch(facts, facts)
    assert not changed
    assert patch.splitlines()[1:] == ["TX .", "TC ."]


# --- Graphs of the store ------------------------------------------------------------------------


def test_two_versions_in_the_store_by_register_or_graph_iri(store_copy: Path, capsys) -> None:
    for version in (V10, V11):
        assert run(["ingest", str(version), "--store", str(store_copy), "--workers", "0"], capsys)[0] == 0
    old, new = f"{REG}ogf-dmtf-storage-work-register-v1-0", f"{GRAPH}ogf-dmtf-storage-work-register-v1-1"
    code, out, _ = run(
        ["diff", "reg:ogf-dmtf-storage-work-register-v1-0", new, "--store", str(store_copy)], capsys
    )
    assert code == 1
    assert out.splitlines()[:2] == [f"--- <{GRAPH}ogf-dmtf-storage-work-register-v1-0>", f"+++ <{new}>"]
    assert body(out) == V10_TO_V11
    code, out, _ = run(["diff", old, old, "--store", str(store_copy)], capsys)
    assert (code, body(out)) == (0, ["no change"])
    code, out, _ = run(["diff", old, new, "--format", "rdf-patch", "--store", str(store_copy)], capsys)
    stored = {iri: document_side(path).facts for iri, path in ((old, V10), (new, V11))}
    assert code == 1 and isomorphic(patched(stored[old], out), stored[new])


def test_the_default_store_is_named_by_a_bare_store_option_after_the_sides_or_an_empty_one(
    store_copy: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--store [PATH]` takes the word after it as the store's path: `kg diff --store reg:A reg:B` reads
    # reg:A as the store (docs/time.md says so); after the sides, or as `--store=`, it is the default store
    for version in (V10, V11):
        assert run(["ingest", str(version), "--store", str(store_copy), "--workers", "0"], capsys)[0] == 0
    monkeypatch.setenv("ALLIANCE_KG_STORE", str(store_copy))
    old, new = "reg:ogf-dmtf-storage-work-register-v1-0", "reg:ogf-dmtf-storage-work-register-v1-1"
    for argv in (
        ["diff", old, new, "--store"],
        ["diff", "--store=", old, new],
        ["diff", old, "--store=", new],
    ):
        code, out, _ = run(argv, capsys)
        assert (code, body(out)) == (1, V10_TO_V11), argv


def test_an_iri_the_store_does_not_hold_is_an_error_naming_it(store_copy: Path, capsys) -> None:
    missing = f"{REG}no-such-register"
    code, out, err = run(["diff", missing, missing, "--store", str(store_copy)], capsys)
    assert (code, out) == (2, "")
    assert f"<{missing}>" in err and "no graph and no register" in err


# --- Errors and the real program -----------------------------------------------------------------


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path, capsys) -> None:
    code, out, err = run(["diff", str(V10), str(tmp_path / "gone.txt")], capsys)
    assert (code, out) == (2, "")
    assert err == f"kg diff: {tmp_path / 'gone.txt'}: no such file\n"


def test_bad_turtle_is_an_error_naming_the_file_and_line(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> oops\n", encoding="utf-8")
    code, out, err = run(["diff", str(broken), str(V10)], capsys)
    assert (code, out) == (2, "")
    assert f"{broken}:2: not valid turtle" in err  # the file and the line, where the parser stops


def test_rdf_without_an_alliance_document_is_an_error_naming_the_file(tmp_path: Path, capsys) -> None:
    plain = tmp_path / "plain.nt"
    plain.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    code, _, err = run(["diff", str(V10), str(plain)], capsys)
    assert code == 2
    assert err == f"kg diff: {plain}: holds no alliance document; kg diff compares one with one\n"


def test_a_document_about_no_alliance_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    shopping = tmp_path / "shopping.txt"
    shopping.write_text("Shopping list\n\nmilk\neggs\n", encoding="utf-8")
    code, out, err = run(["diff", str(shopping), str(V10)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"kg diff: {shopping}: not an alliance document")


def test_the_installed_command_reports_and_exits_as_diff_does() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "kg", "diff", str(V10), str(V11)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, "")
    assert body(done.stdout) == V10_TO_V11
    done = subprocess.run(
        [sys.executable, "-m", "kg", "diff", str(V10), "nowhere.ttl"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert "nowhere.ttl" in done.stderr


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--max-memory", "64"], "its extraction needed more than the 64 MiB of memory"),
        (["--max-bytes", "100"], "more than the size cap of 100 bytes"),
        (["--max-triples", "50"], "triples"),
    ],
)
def test_each_side_is_extracted_under_the_ingest_limits(
    option: list[str], message: str, tmp_path: Path
) -> None:
    """The real program: a document on either side is extracted as `kg ingest` extracts one (a process
    of its own under the kernel's memory cap and CPU limit, the size and triple caps), and a side over
    a cap ends the diff with exit 2 naming the file and the cap, where before it was read without one.

    The first side is an .odt of 12 KB holding 100 KB of a list-heavy register, whose extraction needs
    pages the process has not mapped yet: a memory cap below the address space already mapped fails only
    new pages; a seed register fits in the pages freed once the pattern table
    (kg.pipeline.compiled_patterns) is read, and since session 22's leaner graphs (kg.model.graphs) a
    30 KB text register did too, some of the time."""
    first = odt(tmp_path / "register-large.odt", paragraphs(scaled_document("list", 100_000)))
    done = subprocess.run(
        [sys.executable, "-m", "kg", "diff", str(first), str(V11), *option],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr.startswith(f"kg diff: {first}: ") and message in done.stderr
