"""`kg ingest` names every Warning it counts: the register's own too.

Found by a new user's first hour (session 28, engineer Q): the DMTF / SNIA / OFA seed register ingested
into a new store said "1 warning(s), no violations" and no line named it: the lines named the Warnings
on the register's parts (reg:SLUG/...) and the bodies it names, not those on the register itself
(reg:SLUG: "A work register should have an akg:version, when the document prints one"), which now
has a `warning:` line of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

from support.cli import kg_command

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "registers" / "dmtf-snia-ofa-work-register.txt"
NAMING = ("  warning: ", "  incomplete: ", "  needs review: ")  # the lines that name a Warning
COUNTED = re.compile(r"^(?P<path>\S+): register (?P<slug>\S+): .*, (?P<n>\d+) warning\(s\), no violations$")

# An invented register printing no version and naming no topic of the scheme.
REGISTER = """# Harbor Metrics / Tidal Data Work Register

## Parties

- OASIS Open, through its Cyber Threat Intelligence Technical Committee
- Object Management Group (OMG), through its Data Distribution Service task force

## Work items

| # | Work item | Target |
|---|---|---|
| 1 | Joint mapping of threat objects to data topics | 3Q2027 |
| 2 | A shared test suite | 1Q2028 |

## Contacts

- OASIS: Ilse Varga, liaison officer, ilse.varga@example.org
- OMG: Tomas Berg, task force chair, tomas.berg@example.com

Approved by the OASIS Board of Directors on 2 April 2027 and by the OMG Architecture Board on 9 April 2027.
"""


def html(markdown: str) -> str:
    """The same register as a page: headings, list items, a table."""
    lines, rows = [], []
    for line in markdown.splitlines():
        if line.startswith("|"):
            if not line.startswith("|---"):
                rows.append("".join(f"<td>{cell.strip()}</td>" for cell in line.strip("|").split("|")))
            continue
        if rows:
            lines.append("<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>")
            rows = []
        if line.startswith("## "):
            lines.append(f"<h2>{line[3:]}</h2>")
        elif line.startswith("# "):
            lines.append(f"<h1>{line[2:]}</h1>")
        elif line.startswith("- "):
            lines.append(f"<ul><li>{line[2:]}</li></ul>")
        elif line.strip():
            lines.append(f"<p>{line}</p>")
    return (
        "<!DOCTYPE html><html><head><title>Work Register</title></head><body>"
        + "".join(lines)
        + "</body></html>"
    )


def test_every_warning_counted_is_named(tmp_path: Path) -> None:
    (tmp_path / "register.md").write_text(REGISTER, encoding="utf-8")
    later = REGISTER.replace("2027", "2029").replace("2028", "2030")  # another register, two years on
    (tmp_path / "register.html").write_text(html(later), encoding="utf-8")
    paths = [str(SEED), "register.md", "register.html"]
    done = kg_command("ingest", "--dry-run", "--workers", "0", *paths, "--store", "new", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    blocks: dict[str, list[str]] = {}
    counted: dict[str, int] = {}
    current = None
    for line in done.stdout.splitlines():
        if match := COUNTED.match(line):
            current = match["path"]
            counted[current], blocks[current] = int(match["n"]), []
        elif current and line.startswith("  "):
            blocks[current].append(line)
        else:
            current = None
    assert set(counted) == {str(SEED), "register.md", "register.html"}, done.stdout
    for path, n in counted.items():
        named = [line for line in blocks[path] if line.startswith(NAMING)]
        assert len(named) == n, (path, n, blocks[path])
    assert any(
        line.startswith("  warning: reg:work-register-between-dmtf-snia-and-the-ofa")
        and "akg:version" in line
        for line in blocks[str(SEED)]
    ), blocks[str(SEED)]
    for page in ("register.md", "register.html"):
        assert any(line.startswith("  warning: ") and "akg:version" in line for line in blocks[page])
