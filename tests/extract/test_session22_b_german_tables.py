"""Layout invariance of a work programme's table whose columns are named IN GERMAN, or in German and English
(issue 12, point 9, session 22, engineer B), as German standards bodies and associations write them:

- "Arbeitspaket | Federführung | Zieltermin | Stand": the item's, lead's, target's and status's columns;
- a bilingual header ("Nr. | Arbeitspaket | Work package | Federführung / Lead | Zieltermin / Target"): the
  target column named in either language, the item read from the English column when both are given;
- a target written with its German cue ("Ende Q1 2027", "bis Ende 2026"): the period, kept as written.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

GERMAN = """\
# Harbour Metrology Council und Open Buoy Consortium: Kooperation im Überblick

Der Harbour Metrology Council (HMC) und das Open Buoy Consortium (OBC) arbeiten seit 2024 beim Austausch
von Pegeldaten zwischen Häfen und Bojen zusammen.

## Was ist geplant?

| {item} | Federführung | {target} | Stand |
|---|---|---|---|
| Leitfaden zur Pegelmessung für Hafenbetreiber | HMC | Ende Q1 2027 | Entwurf in Abstimmung |
| Deutsche Fassung des OBC-Whitepapers zur Bojenzeit | OBC | 30.11.2026 | in Übersetzung |
| Gemeinsamer Workshop auf dem Hafentag | beide | 03.03.2027 | geplant |
| Vergleich der HMC-Kennzahlen mit den OBC-Kennzahlen | HMC | tbd | zurückgestellt |
"""

GERMAN_ITEMS = {
    ("leitfaden zur pegelmessung für hafenbetreiber", "Ende Q1 2027"),
    ("deutsche fassung des obc-whitepapers zur bojenzeit", "30.11.2026"),
    ("gemeinsamer workshop auf dem hafentag", "03.03.2027"),
    ("vergleich der hmc-kennzahlen mit den obc-kennzahlen", "tbd"),
}


@pytest.mark.parametrize(
    ("item", "target"), [("Arbeitspaket", "Zieltermin"), ("Maßnahme", "Termin"), ("Aufgabe", "Frist")]
)
def test_a_table_with_german_column_names_gives_its_work_items(
    tmp_path: Path, item: str, target: str
) -> None:
    record = extracted(tmp_path, GERMAN.format(item=item, target=target), "hmc-obc-kooperation.md")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(text), when) for text, when in GERMAN_ITEMS}


BILINGUAL = """\
# Absichtserklärung / Memorandum of Understanding

Harbour Metrology Council (HMC) und / and Open Buoy Consortium (OBC)

## § 1 Gegenstand / Section 1 Subject

Die Parteien stimmen ihre Arbeiten zum Austausch von Pegeldaten ab. / The parties coordinate their work on
the exchange of tide records.

## Anlage 1 / Annex 1

| Nr. | Arbeitspaket | Work package | {lead} | {target} |
|---|---|---|---|---|
| 1 | Einreichung des Pegelformats | Submission of the tide record format as a proposal | HMC | Q3 2026 |
| 2 | Leitfaden zur Bojenzeit | Guide on buoy clock drift | OBC | 31.12.2026 |
| 3 | Gemeinsame Veranstaltung auf dem Hafentag | Joint event at the harbour day | beide / both | tbd |
"""

BILINGUAL_ITEMS = {
    ("submission of the tide record format as a proposal", "Q3 2026"),
    ("guide on buoy clock drift", "31.12.2026"),
    ("joint event at the harbour day", "tbd"),
}


@pytest.mark.parametrize(
    ("lead", "target"),
    [("Federführung / Lead", "Zieltermin / Target"), ("Lead / Federführung", "Target / Termin")],
)
def test_a_bilingual_header_names_its_target_in_either_language(
    tmp_path: Path, lead: str, target: str
) -> None:
    record = extracted(tmp_path, BILINGUAL.format(lead=lead, target=target), "hmc-obc-absichtserklaerung.md")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(text), when) for text, when in BILINGUAL_ITEMS}
