"""The register versions of tests/fixtures/versions/ and the changes between them, written once.

`kg diff`, the history and the server's version pages all report the same changes from v1.0 to v1.1
(tests/fixtures/versions/README.md says what each file changes); their tests compare with this one list.
"""

from __future__ import annotations

from pathlib import Path

VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "versions"

V10_TO_V11 = [
    "version changed: 1.0 -> 1.1",
    "next review changed: 2012-06 (in June 2012) -> 2012-12 (in December 2012)",
    "party added: SNIA",
    'milestone retargeted: "Establish a work relationship between the OGF storage group and the DMTF ..." '
    "target 2Q2011 -> 4Q2011",
    "contact changed: Ben Sample (DMTF): e-mail ben.sample@dmtf.example -> b.sample@dmtf.example",
    "review text edited: ... work register will be reviewed in June 2012. -> "
    "... work register will be reviewed in December 2012.",
]
"""What `kg diff register-v1.0.txt register-v1.1.txt` prints (docs/time.md), and nothing else: the
links between the versions are no change."""
