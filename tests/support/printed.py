"""A Markdown document printed to PDF as a word processor prints it (fpdf2): headings in bold type,
paragraphs wrapped to the page, `- ` items as they are, tables bordered, left-aligned, padded, their
columns as wide as their longest cell allows. Tests compare what is read from the PDF with what is read
from the Markdown: the PDF reader should lose nothing the layout keeps."""

from __future__ import annotations

import re
from pathlib import Path

INLINE = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\([^)]*\)")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
HEADING = re.compile(r"^(#{1,6})\s+(.*)")


def font() -> Path:
    """DejaVu Sans, as matplotlib (a test dependency) ships it: the core PDF fonts know Latin-1 only,
    and the documents hold dashes, arrows and accented names."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def plain(text: str) -> str:
    return INLINE.sub(lambda match: next(group for group in match.groups() if group), text)


def print_markdown(markdown: str, target: Path) -> Path:
    import fpdf

    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    family = "body"
    pdf.add_font(family, "", str(font()))
    pdf.add_font(family, "B", str(font().with_name("DejaVuSans-Bold.ttf")))
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip().startswith("|") and index + 1 < len(lines) and TABLE_RULE.match(lines[index + 1]):
            rows: list[list[str]] = []
            while index < len(lines) and lines[index].strip().startswith("|"):
                if not TABLE_RULE.match(lines[index]):
                    rows.append([plain(cell.strip()) for cell in lines[index].strip().strip("|").split("|")])
                index += 1
            print_table(pdf, family, rows)
            continue
        heading = HEADING.match(line)
        if heading:
            pdf.set_font(family, "B", 14 - len(heading.group(1)))
            pdf.multi_cell(0, 7, plain(heading.group(2)), new_x="LMARGIN", new_y="NEXT")
        elif line.strip():
            pdf.set_font(family, size=10)
            pdf.multi_cell(0, 5, plain(line.rstrip()), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(2)
        index += 1
    pdf.output(str(target))
    return target


def print_table(pdf: object, family: str, rows: list[list[str]]) -> None:
    width = max(len(row) for row in rows)
    longest = [
        max(16, min(100, max(len(row[k]) if k < len(row) else 0 for row in rows))) for k in range(width)
    ]
    widths = tuple(190 * size / sum(longest) for size in longest)
    pdf.set_font(family, size=9)  # type: ignore[attr-defined]
    layout = {"col_widths": widths, "line_height": 4, "padding": 1.2, "text_align": "LEFT"}
    with pdf.table(first_row_as_headings=False, **layout) as table:  # type: ignore[attr-defined]
        for row in rows:
            table.row([*row, *[""] * (width - len(row))])
