"""The package installs like a real one: a wheel, installed away from the checkout, runs `kg build`,
`kg query`, `kg network draw` and `kg serve` from any folder, and writes only where it runs.

The wheel must carry what the checkout keeps in top-level folders (ontology/, data/, queries/) as
package data (pyproject.toml, [tool.hatch.build]) and kg.model.sources.resources_root() must find
that copy. The wheel is installed with `pip install --no-deps --target` (its dependencies are those
of this environment) and run with PYTHONPATH pointing there, from a temporary folder.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from kg.cli import options
from kg.model import sources
from kg.pipeline import build
from kg.sparql.named import queries_dir
from kg.store import embedded
from kg.testing.live_server import free_port, stop_process_group, wait_ready

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


CHECKOUT = Path(__file__).resolve().parents[2]
RESOURCE_FOLDERS = ("ontology", "data", "queries")
RESOURCE_SUFFIXES = {".ttl", ".rq", ".txt"}
# What a command could leave in the checkout if an output went to the source tree.
OUTPUT_NAMES = {"dist", ".alliance-kg", "_resources", "build"}
OUTPUT_SUFFIXES = {".trig", ".nq", ".jsonld", ".whl"}
SKIPPED = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache", "node_modules"}
VARIABLES = (sources.HOME_VARIABLE, embedded.STORE_VARIABLE, build.DIST_VARIABLE)


def outputs_in_checkout() -> dict[str, int]:
    """Every output-like path of the checkout (and everything under output folders), with its mtime."""
    found: dict[str, int] = {}
    for folder, directories, files in os.walk(CHECKOUT):
        directories[:] = [d for d in directories if d not in SKIPPED and not d.endswith(".egg-info")]
        here = Path(folder)
        inside_output = any(part in OUTPUT_NAMES for part in here.relative_to(CHECKOUT).parts)
        for name in [*directories, *files]:
            path = here / name
            if inside_output or name in OUTPUT_NAMES or path.suffix in OUTPUT_SUFFIXES:
                found[str(path.relative_to(CHECKOUT))] = path.lstat().st_mtime_ns
    return found


def resource_files() -> set[str]:
    """ontology/, data/ and queries/ files of the checkout, as the wheel must hold them."""
    return {
        f"kg/_resources/{path.relative_to(CHECKOUT).as_posix()}"
        for folder in RESOURCE_FOLDERS
        for path in (CHECKOUT / folder).rglob("*")
        if path.suffix in RESOURCE_SUFFIXES and not any(p.startswith(".") for p in path.parts)
    }


@dataclass
class Installed:
    wheel: Path
    target: Path
    workdir: Path
    env: dict[str, str]

    def kg(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kg", *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


@pytest.fixture(scope="module")
def checkout_before() -> dict[str, int]:
    return outputs_in_checkout()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, checkout_before: dict[str, int]) -> Installed:
    """The wheel of this checkout, installed in a temporary folder, and a temporary folder to run in."""
    wheels = tmp_path_factory.mktemp("wheels")
    # Offline when the backend is here (the test extra installs it), else pip fetches it as usual.
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    pip = [sys.executable, "-m", "pip"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-q", *isolation, "-w", str(wheels), str(CHECKOUT)],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("alliance_kg-*.whl")
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [*pip, "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    env = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    env["PYTHONPATH"] = str(target)
    env["MPLCONFIGDIR"] = str(tmp_path_factory.mktemp("matplotlib"))
    return Installed(wheel, target, tmp_path_factory.mktemp("elsewhere"), env)


def test_the_wheel_carries_the_resources_and_the_templates(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        requirements = [
            line.split(":", 1)[1].strip()
            for line in wheel.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist:")
        ]
    missing = resource_files() - names
    assert not missing, f"not in the wheel: {sorted(missing)}"
    assert "kg/_resources/ontology/shapes.ttl" in names
    assert "kg/_resources/queries/collaborators.rq" in names
    assert "kg/_resources/data/registers/ogf-dmtf-work-register.txt" in names
    assert {"kg/server/templates/base.html", "kg/server/templates/resource.html"} <= names
    assert not any(name.startswith(("ontology/", "data/", "queries/", "tests/")) for name in names)
    # `kg network draw` is an everyday command: matplotlib comes with the plain install, not an extra.
    assert any(r.startswith("matplotlib") and "extra ==" not in r for r in requirements), requirements


def test_the_installed_package_runs_from_any_folder(installed: Installed, checkout_before) -> None:
    where = installed.kg("--version")
    assert where.returncode == 0, where.stderr
    script = "import kg, kg.model.sources as s; print(kg.__file__); print(s.resources_root())"
    located = subprocess.run(
        [sys.executable, "-c", script],
        cwd=installed.workdir,
        env=installed.env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert Path(located[0]).is_relative_to(installed.target), located
    assert Path(located[1]) == installed.target / "kg" / "_resources"

    built = installed.kg("build")
    assert built.returncode == 0, built.stderr
    work = installed.workdir
    assert sorted(p.name for p in (work / "dist").iterdir()) == [
        "alliance-kg.jsonld",
        "alliance-kg.nq",
        "alliance-kg.trig",
        "alliance-kg.ttl",
    ]
    assert (work / ".alliance-kg" / "store" / "CURRENT").is_file()
    assert f"wrote store {work / '.alliance-kg' / 'store'}" in built.stdout

    listed = installed.kg("query", "--list")
    assert listed.returncode == 0 and "collaborators" in listed.stdout, listed.stderr
    answer = installed.kg("query", "collaborators", "--param", "org=DMTF", "--format", "csv")
    assert answer.returncode == 0, answer.stderr
    assert {"OGF", "SNIA", "OFA"} <= set(answer.stdout.replace(",", " ").split())

    document = work / "ogf-dmtf-register.txt"  # a document of the user's, into a store ingest makes
    document.write_bytes((CHECKOUT / "data" / "registers" / "ogf-dmtf-work-register.txt").read_bytes())
    ingested = installed.kg("ingest", document.name, "--store", "mine")
    assert ingested.returncode == 0, ingested.stderr
    partners = installed.kg("query", "collaborators", "-p", "org=OGF", "--store", "mine", "--format", "csv")
    assert partners.returncode == 0, partners.stderr
    assert "DMTF" in partners.stdout.replace(",", " ").split()

    drawn = installed.kg("network", "draw", "--out", "network.png")
    assert drawn.returncode == 0, drawn.stderr
    assert (work / "network.png").read_bytes().startswith(b"\x89PNG")

    with (
        serving(installed) as url,
        httpx.Client(base_url=url, headers={"Accept": "text/html"}, timeout=30) as client,
    ):
        home = client.get("/")
        page = client.get("/id/organization/dmtf", follow_redirects=True)
    assert home.status_code == 200 and "<title>" in home.text
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "Distributed Management Task Force" in page.text or "DMTF" in page.text

    assert outputs_in_checkout() == checkout_before, "a command wrote into the checkout"


class serving:
    """`kg serve` of the installed package on the default store of its folder, stopped by its PID."""

    def __init__(self, installed: Installed) -> None:
        self.installed = installed

    def __enter__(self) -> str:
        port = free_port()
        self.log = self.installed.workdir.parent / f"serve-{port}.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--port", str(port), "--log-level", "warning"],
            cwd=self.installed.workdir,
            env=self.installed.env,
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}/"
        try:
            wait_ready(url, self.process, self.log)
        except BaseException:
            self.__exit__()
            raise
        return url

    def __exit__(self, *_exc: object) -> None:
        stop_process_group(self.process)


# --- The checkout itself (a source tree or an editable install) ---------------------------------------


@pytest.fixture
def no_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def test_a_checkout_reads_its_live_files(no_variables: Path) -> None:
    assert not sources.PACKAGED_RESOURCES.exists()  # only a wheel has kg/_resources
    assert sources.resources_root() == CHECKOUT
    assert sources.default_sources().shapes_file == CHECKOUT / "ontology" / "shapes.ttl"
    assert queries_dir() == CHECKOUT / "queries"


def test_home_variable_points_elsewhere(no_variables: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(sources.HOME_VARIABLE, str(no_variables))
    assert sources.resources_root() == no_variables
    assert queries_dir() == no_variables / "queries"


def test_outputs_default_to_the_current_folder(no_variables: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert embedded.default_store_path() == no_variables / ".alliance-kg" / "store"
    assert embedded.store_location(None) == no_variables / ".alliance-kg" / "store"
    assert build.default_out_dir() == no_variables / "dist"
    monkeypatch.setenv(embedded.STORE_VARIABLE, "/elsewhere/store")
    monkeypatch.setenv(build.DIST_VARIABLE, "/elsewhere/dist")
    assert embedded.default_store_path() == Path("/elsewhere/store")
    assert build.default_out_dir() == Path("/elsewhere/dist")
    assert embedded.store_location("given") == Path("given")


def test_the_options_name_the_same_variables() -> None:
    assert options.STORE_VARIABLE == embedded.STORE_VARIABLE
    assert options.DIST_VARIABLE == build.DIST_VARIABLE
