r"""Layout invariance of a memorandum given as its LATEX SOURCE in a text file (issue 12, point 9, session 22,
engineer B), as a body's legal team keeps its agreements typeset:

- a sectioning command ("\section*{Schedule 1 -- Initial work plan}", "\subsection{Points of contact}") is
  a heading, its title the heading's text;
- a table environment ("\begin{tabularx}{\textwidth}{lXll}" ... "\end{tabularx}") gives one row a line of
  cells parted by "&" and ended by "\\" (maybe "\\[4ex]"); its rules ("\hline", "\toprule") and comments
  ("% ...") are no text, and font commands around a cell's text ("\textbf{...}") are no part of it.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

SOURCE = r"""\documentclass[11pt]{article}
\usepackage{tabularx}
\begin{document}

\begin{center}
{\Large Memorandum of Understanding}\\[1ex]
between the Harbour Metrology Council (HMC)\\
and the Open Buoy Consortium (OBC)
\end{center}

{section}{Parties and purpose}
The Harbour Metrology Council (``HMC'') and the Open Buoy Consortium (``OBC'') intend to cooperate on the
exchange of tide records between harbour gauges and offshore buoys.

{section}{Effective date}
This MoU takes effect on signature by both Participants.

\newpage
{section}{Schedule 1 -- Initial work plan}
\begin{{env}}{lXll}
{rule}
No. & Item & Lead & Target \\
{rule}
S1.1 & Common glossary of tide gauge terms & HMC & Q1 2027 \\
S1.2 & Mapping of the tide record format to the buoy telemetry profile & OBC & September 2026 \\
S1.3 & Shared test files for buoy clock drift \& datum offsets & HMC & 31.03.2027 \\[2pt]
S1.4 & Joint reply to the harbour data consultation & \textbf{both} & tbd \\
% S1.5 Joint plugfest -- removed before signature
{rule}
\end{{env}}

\end{document}
"""

ITEMS = {
    ("common glossary of tide gauge terms", "Q1 2027"),
    ("mapping of the tide record format to the buoy telemetry profile", "September 2026"),
    ("shared test files for buoy clock drift & datum offsets", "31.03.2027"),
    ("joint reply to the harbour data consultation", "tbd"),
}


@pytest.mark.parametrize(
    ("section", "env", "rule"),
    [
        (r"\section*", "tabularx}{\\textwidth", r"\hline"),
        (r"\section", "tabular", r"\toprule"),
        (r"\subsection*", "longtable", r"\midrule"),
    ],
)
def test_a_latex_schedule_table_gives_its_work_items(
    tmp_path: Path, section: str, env: str, rule: str
) -> None:
    text = SOURCE.replace("{section}", section).replace("{{env}}", "{" + env + "}").replace("{rule}", rule)
    record = extracted(tmp_path, text, "tide-mou-source.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}
    assert not any("removed before signature" in m.label for m in record.milestones)
