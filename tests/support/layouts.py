"""One short document written in each of the plain layouts the readers take: text, Markdown, HTML.

Why: a rule that reads a title and a few paragraphs must read them the same whatever the layout, and
the tests that show it need the same three renderings; written once here, not in each test file.
"""

from __future__ import annotations

from collections.abc import Sequence

LAYOUTS = ("txt", "md", "html")


def titled(layout: str, title: str, paragraphs: Sequence[str], stem: str = "a") -> tuple[str, str]:
    """The document's text and a file name whose suffix tells the reader its layout (`a.md`)."""
    if layout == "md":
        return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", f"{stem}.md"
    if layout == "html":
        body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        return f"<html><body><h1>{title}</h1>{body}</body></html>\n", f"{stem}.html"
    if layout == "txt":
        return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", f"{stem}.txt"
    raise ValueError(f"no layout {layout!r}: one of {', '.join(LAYOUTS)}")


def led(layout: str, title: str, lead: str, sentence: str, stem: str = "a") -> tuple[str, str]:
    """A title, a lead paragraph and the sentence under test: a list item below the lead in Markdown, the
    lead's own paragraph in HTML, the line under it in text (the statements the name and unit rules read)."""
    if layout == "md":
        return f"# {title}\n\n{lead}\n\n- {sentence}\n", f"{stem}.md"
    if layout == "html":
        return f"<html><body><h1>{title}</h1><p>{lead} {sentence}</p></body></html>\n", f"{stem}.html"
    if layout == "txt":
        return f"{title}\n\n{lead}\n{sentence}\n", f"{stem}.txt"
    raise ValueError(f"no layout {layout!r}: one of {', '.join(LAYOUTS)}")
