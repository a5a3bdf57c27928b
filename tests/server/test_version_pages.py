"""A version's page on a real `kg serve` (issue 15, points 1 and 2): its place among the versions of
its document, its neighbours (also as RFC 5829 Link headers, whatever the format), and its changes
from the previous version in the terms `kg diff` uses (tests/fixtures/versions/README.md)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support.versions import V10_TO_V11, VERSIONS

from kg.cli.main import main
from kg.testing.live_server import LiveServer, start_server

STEM = "ogf-dmtf-storage-work-register"
V10, V11 = f"/id/register/{STEM}-v1-0", f"/id/register/{STEM}-v1-1"
WORK = f"/id/work/{STEM}"
LONE = "/id/register/work-register-between-dmtf-snia-and-the-ofa-638f5c1d"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A store holding versions 1.1 and 1.0 (ingested newest first) and a lone register."""
    store = tmp_path_factory.mktemp("versions") / "store"
    paths = [VERSIONS / "register-v1.1.txt", VERSIONS / "register-v1.0.txt"]
    lone = Path(__file__).parents[2] / "data" / "registers" / "dmtf-snia-ofa-work-register.txt"
    assert main(["ingest", *map(str, [*paths, lone]), "--store", str(store), "--workers", "0"]) == 0
    served = start_server("--store", str(store))
    yield served
    served.stop()


@pytest.fixture(scope="module")
def http(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30, follow_redirects=True) as client:
        yield client


def section(page: str) -> str:
    """The page's Versions section, as text with its links kept as [text](href)."""
    found = re.search(r'<section class="part versions".*?</section>', page, re.DOTALL)
    assert found, "no Versions section"
    linked = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"[\2](\1)", found.group(0), flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", linked)).split())


def change_items(page: str) -> list[str]:
    found = re.search(r'<ul class="changes">(.*?)</ul>', page, re.DOTALL)
    assert found, "no list of changes"
    return [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", found.group(1), re.DOTALL)]


def test_the_latest_version_shows_its_changes_from_the_previous_one(http: httpx.Client) -> None:
    page = http.get(V11, headers={"Accept": "text/html"}).text
    text = section(page)
    title = f"[OGF / DMTF Storage Work Register]({WORK})"
    assert f"Version 1.1 (2011-03-15), 2 of 2 of {title}: the latest version." in text
    assert f"[← previous: version 1.0]({V10})" in text
    assert "next:" not in text
    changes = text.split("Changes from the previous version", 1)[1].strip()
    assert changes.startswith(f"From [version 1.0]({V10}) to version 1.1, in the terms of the domain")
    assert change_items(page) == V10_TO_V11


def test_an_earlier_version_says_it_is_not_the_latest_and_links_to_it(http: httpx.Client) -> None:
    text = section(http.get(V10, headers={"Accept": "text/html"}).text)
    assert "1 of 2" in text and f"not the latest ; the latest is [version 1.1]({V11})" in text
    assert f"[next: version 1.1 →]({V11})" in text and "previous:" not in text
    assert "This is the first version: there is no previous one to compare with." in text
    assert "Every version (2) [version 1.0]" not in text  # itself is not a link
    assert f"version 1.0 (2011-03-15) [version 1.1]({V11}) (2011-03-15), latest" in text


def test_the_neighbours_are_link_headers_in_every_format(http: httpx.Client) -> None:
    response = http.get(V10, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    links = response.headers["link"]
    assert f'<{WORK}>; rel="version-history"' in links
    assert f'<{V11}>; rel="latest-version"' in links
    assert f'<{V11}>; rel="successor-version"' in links
    assert "predecessor-version" not in links
    latest = http.get(V11, headers={"Accept": "application/n-triples"}).headers["link"]
    assert f'<{V10}>; rel="predecessor-version"' in latest and f'<{V11}>; rel="latest-version"' in latest


def test_a_lone_register_has_no_versions_section(http: httpx.Client) -> None:
    """The DMTF / SNIA / OFA register states no version and no date of its own: its slug ends with a
    hash of its bytes (docs/identity.md)."""
    response = http.get(LONE, headers={"Accept": "text/html"})
    assert response.status_code == 200 and 'class="part versions"' not in response.text
    assert "version-history" not in response.headers["link"]


def test_the_work_lists_its_versions_and_the_home_page_the_latest_only(http: httpx.Client) -> None:
    work = http.get(WORK, headers={"Accept": "text/html"}).text
    assert V10 in work and V11 in work
    home = http.get("/").text
    assert V11 in home and V10 not in home
