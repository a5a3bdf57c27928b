"""What an addendum announced by e-mail changes: a quoted item whose target moved ("target moved from
Q2 2026 to end of November 2026": the new one), a NEW item (no "NEW:" in its text), a contact who
replaces another "as the ... liaison", and the sender signing as liaison manager; a project charter's
team leads are its contacts. Invented bodies and people."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import split_target
from kg.pipeline.ingest import extract

POST = """[Liaisons] KNA / QGA work register - Addendum 1 approved

Addendum 1 to the work register between the Kestrel Networks Alliance (KNA) and the Quantum Grid
Alliance (QGA) was approved by both boards. It amends the register of 2025.

  a. Milestones:
     - "Joint white paper on energy reporting" - target moved from Q2 2026 to end of November 2026
     - NEW: "Common test method for cooling efficiency", target 2Q2027

  b. Contacts: Dr. Oluwaseun Example-Fairweather replaces Kenji Example as the QGA liaison to KNA.

Cheers,
Mira
--
Mira Solberg-Adeyemi, KNA Liaison Manager
"""


def test_a_moved_target_is_the_new_one() -> None:
    _, target = split_target('"Joint paper" - target moved from Q2 2026 to end of November 2026')
    assert target is not None and target.text == "end of November 2026"


def test_addendum_post(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    record = extract(path).record
    milestones = {(m.label, m.target.text if m.target else None) for m in record.milestones}
    assert {
        ("Joint white paper on energy reporting", "end of November 2026"),
        ("Common test method for cooling efficiency", "2Q2027"),
    } <= milestones
    people = {(c.person, c.organization.short_name if c.organization else None) for c in record.contacts}
    assert {("Oluwaseun Example-Fairweather", "QGA"), ("Mira Solberg-Adeyemi", "KNA")} <= people


def test_a_charters_team_leads_are_contacts(tmp_path: Path) -> None:
    path = tmp_path / "charter.html"
    path.write_text(
        """<html><body><h1>KNA / QGA Energy Metrics Joint Project Charter</h1><table>
<tr><th>Partner Organization*</th><td>Quantum Grid Alliance (QGA)</td></tr>
<tr><th>Project Team Lead*</th><td>Mira Solberg-Adeyemi (KNA), Pavel Szabo-Reyes (QGA)</td></tr>
</table>
<p>This joint project of the Kestrel Networks Alliance (KNA) and QGA aligns their energy metrics.</p>
</body></html>""",
        encoding="utf-8",
    )
    record = extract(path).record
    people = {(c.person, c.organization.short_name if c.organization else None) for c in record.contacts}
    assert {("Mira Solberg-Adeyemi", "KNA"), ("Pavel Szabo-Reyes", "QGA")} <= people
