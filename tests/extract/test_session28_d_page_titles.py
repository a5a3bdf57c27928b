"""A page's <title> names the site's own body (issue 12, point 9, session 28, engineer D): partner and
liaison pages put the writer's name only in the title ("Partner Organizations | Thread Group"), never in
the text; the reader dropped the whole <head>, so the page's writer, a party of its partners, was lost.

The title's last part, when the text never says it, is read as a site's banner shows it: a line of its
own above the text. The page's part of the title is not (it repeats the first heading or names a section
of the site), nor is a title without a part, nor an icon's <svg><title> in the body (read where it
stands, as before).
Every body but the real standards bodies, and every person, is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.documents import read_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/site.css"></head>
<body><main>
<h1>{heading}</h1>
<p>We work with the organizations below on {subject}.</p>
<table>
<tr><th>Organization</th><th>Working together on</th></tr>
<tr><td>Internet Engineering Task Force</td><td>{subject}</td></tr>
<tr><td>World Wide Web Consortium</td><td>Test suites</td></tr>
</table>
</main></body></html>
"""

# (title, heading, subject, the site's body): three sites, three ways of parting the title
SITES = {
    "bar": ("Partner Organizations | Thread Group", "Partner Organizations", "mesh networks", "Thread Group"),
    "en-dash": ("Liaisons \u2013 FIDO Alliance", "Our liaisons", "passkeys", "FIDO Alliance"),
    "entity": (
        "Standards partners &#8211; Khronos Group",
        "Standards partners",
        "3D formats",
        "Khronos Group",
    ),
}


def page(tmp_path: Path, title: str, heading: str, subject: str) -> Path:
    path = tmp_path / "partners.html"
    path.write_text(PAGE.format(title=title, heading=heading, subject=subject), encoding="utf-8")
    return path


@pytest.mark.parametrize("site", SITES, ids=list(SITES))
def test_the_site_named_only_in_the_title_opens_the_text(tmp_path: Path, site: str) -> None:
    title, heading, subject, body = SITES[site]
    text = read_document(page(tmp_path, title, heading, subject)).text
    assert text.startswith(body + "\n"), text[:80]
    assert text.count(heading) == 1  # the page's part of the title is not read again


@pytest.mark.parametrize("site", SITES, ids=list(SITES))
def test_the_site_named_only_in_the_title_is_a_party(tmp_path: Path, site: str) -> None:
    title, heading, subject, body = SITES[site]
    html = PAGE.format(title=title, heading=heading, subject=subject)
    record = extracted(tmp_path, html, "partners.html")
    names = [entity.label for entity, _ in record.parties]
    assert any(body.casefold() in name.casefold() for name in names), names


def test_a_title_the_text_says_or_without_a_site_adds_nothing(tmp_path: Path) -> None:
    said = read_document(page(tmp_path, "Partners | Thread Group", "Thread Group partners", "mesh")).text
    assert said.startswith("Thread Group partners\n")
    bare = read_document(page(tmp_path, "Partner Organizations of the Thread Group", "Partners", "mesh")).text
    assert bare.startswith("Partners\n")


def test_an_icon_title_in_the_body_is_no_site(tmp_path: Path) -> None:
    icon = tmp_path / "icon.html"
    icon.write_text(
        "<html><body><p>Our partners</p><svg><title>Menu - Open navigation</title></svg>"
        "<p>IETF and W3C</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(icon).text.startswith("Our partners\n")
