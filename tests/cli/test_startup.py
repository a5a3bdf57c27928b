"""Start-up of the `kg` command (issue 16, point 1): each command imports only what it needs.

Guarded by *what is imported*, not by timing (timings swing with the machine's load; the figures
are benchmarks/bench_cli.py's): the real command runs in a fresh Python, as `python -m kg.cli`
does, and reports the modules it loaded. Building the parser (every command does) loads no
library at all; `kg query` reads the store without validation, networks, server or HTTP client;
`kg ingest` of one document validates and writes without them. The heavy libraries are imported
inside the handlers that use them (kg.cli.*), so a regression here is one top-level import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.model.sources import default_sources

# Libraries a command must not load unless it is the command that uses them.
HEAVY = (
    "pyshacl",
    "pyshacl_turbo",
    "networkx",
    "matplotlib",
    "starlette",
    "uvicorn",
    "httpx",
    "SPARQLWrapper",
    "docx",
    "markdown_it",
    "rich",
    "pandas",
    "scipy",
    "jinja2",
)

# Runs `kg ARGS...` as `python -m kg.cli` does, then writes the names of the loaded modules to the
# file named first; the command's own exit status is kept.
PROBE = """
import json, runpy, sys
out = sys.argv.pop(1)
code = 0
try:
    runpy.run_module("kg.cli", run_name="__main__", alter_sys=True)
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else 1
finally:
    with open(out, "w", encoding="utf-8") as file:
        json.dump(sorted(sys.modules), file)
sys.exit(code)
"""

# Builds the whole parser and the help of every command, then reports the loaded modules.
PARSER_PROBE = """
import argparse, json, sys
from kg.cli.main import build_parser
parser = build_parser()
commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
helps = {name: sub.format_help() for name, sub in commands.choices.items()}
json.dump({"commands": sorted(helps), "modules": sorted(sys.modules)}, sys.stdout)
"""


def run_kg(tmp_path: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The real command in a fresh interpreter; what it printed and the modules it had loaded."""
    modules = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(modules), *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert modules.is_file(), done.stderr
    return done, set(json.loads(modules.read_text(encoding="utf-8")))


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The packages of `names` that are among `modules` (a package or any of its submodules)."""
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in modules))


def test_version_loads_no_library(tmp_path: Path) -> None:
    done, modules = run_kg(tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("kg ")
    assert loaded(modules, (*HEAVY, "rdflib", "pyoxigraph")) == []
    assert {m for m in modules if m.startswith("kg.") and not m.startswith("kg.cli")} <= {"kg.errors"}


def test_building_every_command_loads_no_library() -> None:
    """`kg COMMAND --help` for every command, in one process: the parser is all pure argparse."""
    done = subprocess.run(
        [sys.executable, "-c", PARSER_PROBE], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr
    probe = json.loads(done.stdout)
    assert {"build", "validate", "query", "sparql", "ingest", "explain", "serve"} <= set(probe["commands"])
    modules = set(probe["modules"])
    assert loaded(modules, (*HEAVY, "rdflib", "pyoxigraph")) == []
    assert loaded(modules, ("kg.store", "kg.sparql", "kg.model", "kg.validate", "kg.pipeline")) == []


@pytest.mark.parametrize(
    ("command", "module"),
    [("ingest", "kg.cli.ingest"), ("query", "kg.cli.query"), ("due", "kg.cli.agenda"), ("build", None)],
)
def test_a_command_loads_only_its_own_module(tmp_path: Path, command: str, module: str | None) -> None:
    """`kg COMMAND ...` builds the parser of that command alone (kg.cli.main.COMMAND_MODULES): the other
    commands' modules are neither imported nor built, while `kg --help` still lists them all."""
    done, modules = run_kg(tmp_path, command, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: kg {command} ")
    commands = {m for m in modules if m.startswith("kg.cli.") and m not in ("kg.cli.main", "kg.cli.options")}
    assert commands <= {"kg.cli.__main__", *([module] if module else [])}, commands
    if module:
        assert module in commands

    done, modules = run_kg(tmp_path, "--help")
    assert done.returncode == 0, done.stderr
    assert {"ingest", "due", "serve", "history", "build"} <= set(done.stdout.split())


def test_query_list_reads_the_catalogue_only(tmp_path: Path) -> None:
    done, modules = run_kg(tmp_path, "query", "--list")
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("collaborators ") for line in done.stdout.splitlines())
    assert loaded(modules, HEAVY) == []
    assert loaded(modules, ("kg.store", "kg.validate", "kg.network", "kg.server", "kg.pipeline")) == []


def test_query_reads_the_store_without_validation_network_or_server(tmp_path: Path, seed_store: Path) -> None:
    argv = ("query", "collaborators", "--param", "org=organization:dmtf", "--format", "json")
    done, modules = run_kg(tmp_path, *argv, "--store", str(seed_store))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["bindings"], "DMTF has collaborators in the seed registers"
    assert loaded(modules, HEAVY) == []
    assert loaded(modules, ("kg.validate", "kg.network", "kg.server", "kg.pipeline", "kg.extract")) == []


def test_query_loads_neither_the_history_of_writes_nor_the_rules(tmp_path: Path, seed_store: Path) -> None:
    """A reader records no transaction: kg.store.history is imported by the writes that record them
    (kg.store.embedded), not by `kg query`; nor are the extraction rules, the mapping or the changes."""
    argv = ("query", "collaborators", "--param", "org=organization:dmtf", "--store", str(seed_store))
    done, modules = run_kg(tmp_path, *argv)
    assert done.returncode == 0, done.stderr
    assert "(0 rows)" not in done.stdout
    assert loaded(modules, ("kg.store.history", "kg.extract", "kg.model.mapping", "kg.model.changes")) == []


def test_ingest_writes_without_network_server_or_client(tmp_path: Path, store_copy: Path) -> None:
    document = default_sources().root / "data" / "registers" / "ogf-dmtf-work-register.txt"
    done, modules = run_kg(tmp_path, "ingest", str(document), "--store", str(store_copy), "--slug", "startup")
    assert done.returncode == 0, done.stderr
    assert "wrote graph https://w3id.org/alliance-kg/id/graph/register/startup" in done.stdout
    not_needed = tuple(name for name in HEAVY if name not in ("pyshacl", "pyshacl_turbo"))
    assert loaded(modules, not_needed) == []
    assert loaded(modules, ("kg.network", "kg.server", "kg.agenda", "kg.store.remote")) == []
    # the extraction process is forked by os.fork (kg.pipeline.early.Forked), no pool is made for one
    # document: multiprocessing is no part of it (session 27: 8-10 CPU-ms before the fork, 10-15 after)
    assert loaded(modules, ("multiprocessing", "concurrent.futures.process")) == []


def on_one_core() -> None:
    """In the child before exec: one core allowed, so that kg.pipeline.early finds no idle core."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs sched_setaffinity")
def test_ingest_on_a_busy_machine_leaves_the_rules_to_the_extraction_process(
    tmp_path: Path, store_copy: Path
) -> None:
    """On one core the extraction process is forked once the command has imported what both halves need
    (kg.pipeline.early.LateExtraction): it imports the rules itself, and the command, which only
    validates and writes, never loads them (they were imported here first, 0.2 CPU-s on the one core)."""
    document = default_sources().root / "data" / "registers" / "ogf-dmtf-work-register.txt"
    modules = tmp_path / "modules.json"
    argv = ("ingest", str(document), "--store", str(store_copy), "--slug", "busy")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(modules), *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        preexec_fn=on_one_core,
    )
    assert done.returncode == 0, done.stderr
    assert "wrote graph https://w3id.org/alliance-kg/id/graph/register/busy" in done.stdout
    loaded_here = set(json.loads(modules.read_text(encoding="utf-8")))
    assert "kg.pipeline.ingest" in loaded_here and "rdflib" in loaded_here
    assert loaded(loaded_here, ("kg.extract.registers", "kg.extract.alliance", "kg.extract.names")) == []


# `kg ingest FILE` with its extraction process forked at start (--workers 1); writes the modules the
# command had loaded when it began to wait for the extraction, and those it loaded after.
WAIT_PROBE = """
import json, sys
import kg.pipeline.early as early
out = sys.argv.pop(1)
waited = []
receive = early.EarlyExtraction.receive
def recording(self, seconds=None):
    waited.append(sorted(sys.modules))
    return receive(self, seconds)
early.EarlyExtraction.receive = recording
from kg.cli.main import main
code = main(sys.argv[1:])
with open(out, "w", encoding="utf-8") as file:
    json.dump({"before": waited[0], "after": sorted(set(sys.modules) - set(waited[0]))}, file)
sys.exit(code)
"""


def test_ingest_imports_what_judging_needs_before_it_waits_for_the_extraction(
    tmp_path: Path, store_copy: Path
) -> None:
    """The wait after the extraction is the critical path of one `kg ingest`: what judging and writing
    import (versions, labels, kg.model.changes) is imported before it, while the extraction runs."""
    document = default_sources().root / "data" / "registers" / "ogf-dmtf-work-register.txt"
    modules = tmp_path / "modules.json"
    argv = ("ingest", str(document), "--store", str(store_copy), "--slug", "waits", "--workers", "1")
    done = subprocess.run(
        [sys.executable, "-c", WAIT_PROBE, str(modules), *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    loaded_then = json.loads(modules.read_text(encoding="utf-8"))
    assert {"kg.pipeline.versions", "kg.pipeline.labels", "kg.model.changes"} <= set(loaded_then["before"])
    assert [m for m in loaded_then["after"] if m.startswith("kg.")] == []


# What `kg ingest`'s extraction process (kg.pipeline.early) loads before its first document.
EXTRACTION_PROBE = """
import json, sys
from kg.model.sources import resources_root
from kg.pipeline.ingest import warm_worker
warm_worker(resources_root())
json.dump(sorted(sys.modules), sys.stdout)
"""


def test_the_extraction_process_loads_no_validation_nor_store() -> None:
    """The extraction process is on the critical path of one `kg ingest`: it imports the rules while the
    command opens the store, then extracts while the command waits. Validation (kg.validate.shacl and,
    through it, kg.sparql's lexer and named queries) and the store are the command's half only, as are
    comparing a document with the graph stored for it (kg.model.changes) and linking versions
    (kg.pipeline.versions). (With the reference data's cache empty, its first reading parses with
    Oxigraph through kg.store.terms.)"""
    probe = [sys.executable, "-c", EXTRACTION_PROBE]
    subprocess.run(probe, capture_output=True, check=True, timeout=300)  # the reference data's cache filled
    done = subprocess.run(probe, capture_output=True, text=True, check=True, timeout=300)
    modules = set(json.loads(done.stdout))
    assert "kg.extract.registers" in modules, "the probe warmed the extraction process"
    assert loaded(modules, HEAVY) == []
    assert loaded(modules, ("kg.validate.shacl", "kg.validate.at_scale", "kg.sparql", "kg.store")) == []
    assert loaded(modules, ("kg.model.changes", "kg.pipeline.versions")) == []
    assert loaded(modules, ("kg.validate.report",)) == []  # what judging makes (session 26: 5 ms)
    assert loaded(modules, ("multiprocessing",)) == []  # (session 27: kg.pipeline.early.Forked, Channel)


# The extraction process's warm-up, then how many of the rules' module-level patterns have their plan.
PLANS_PROBE = """
import json, sys
from kg.model import prefilter
from kg.model.sources import resources_root
from kg.pipeline.ingest import rule_patterns, warm_worker
warm_worker(resources_root())
patterns = rule_patterns()
json.dump({"patterns": len(patterns), "planned": sum(id(p) in prefilter.PLANS for p in patterns)}, sys.stdout)
"""


def test_the_extraction_process_has_the_rules_plans_before_its_first_document() -> None:
    """The rules' kg.model.prefilter plans are put in place by the warm-up, from kg.validate.cache (session
    26: planning them on first use was 45-75 CPU-ms of the first document, on the critical path)."""
    probe = [sys.executable, "-c", PLANS_PROBE]
    subprocess.run(probe, capture_output=True, check=True, timeout=300)  # the cache filled
    done = subprocess.run(probe, capture_output=True, text=True, check=True, timeout=300)
    found = json.loads(done.stdout)
    assert found["patterns"] > 300
    assert found["planned"] == found["patterns"]


def test_constants_kept_in_the_cli_match_their_source() -> None:
    """The CLI keeps copies of two constants so that its parser imports no library: they agree."""
    from kg.cli.options import BASE_IRI
    from kg.cli.query import FORMATS
    from kg.model.namespaces import BASE
    from kg.sparql import render

    assert FORMATS == render.FORMATS
    assert BASE_IRI == BASE


def test_the_command_table_names_each_modules_commands() -> None:
    """kg.cli.main.COMMAND_MODULES says which module registers each command: every command of the whole
    parser is in it, and building the parser for one command registers exactly its module's commands."""
    import argparse

    from kg.cli.main import COMMAND_MODULES, OWN_COMMANDS, build_parser

    def commands(parser: argparse.ArgumentParser) -> set[str]:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return set(action.choices)

    listed = {name for names in COMMAND_MODULES.values() for name in names}
    assert commands(build_parser()) == set(OWN_COMMANDS) | listed
    for names in COMMAND_MODULES.values():
        for name in names:
            assert commands(build_parser(name)) == set(OWN_COMMANDS) | set(names), name
