"""The former entry point of extraction, kept so that callers written for registers alone run.

`extract_register` is `kg.extract.alliance.extract_document`: every kind of alliance document
(work registers and addenda, memoranda, pages, liaison statements, minutes) goes through it.
New code should import extract_document from kg.extract.alliance.
"""

from __future__ import annotations

from kg.extract.alliance import extract_document
from kg.extract.work_registers import order_of_title

extract_register = extract_document

__all__ = ["extract_document", "extract_register", "order_of_title"]
