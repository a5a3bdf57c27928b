"""Layouts of session 11 (issue 12, point 9), each on an invented body: specifications a document
names without a head noun (kg.extract.bare_specifications)."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

REGISTER_HEAD = """# ORDC / ETC Work Register

## Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

"""
REGISTER_TAIL = """
## Milestones
- Joint test plan - Q3 2026

## Contacts
ORDC: Ada Lindqvist, ada@ordc.example
"""


def specification_labels(tmp_path: Path, scope: str) -> set[str]:
    path = tmp_path / "register.md"
    path.write_text(REGISTER_HEAD + "## Scope\n" + scope + "\n" + REGISTER_TAIL, encoding="utf-8")
    return {s.label for s, _ in extract(path).record.specifications}


def test_a_name_after_a_word_only_a_specification_follows(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "Chargers are tested against Zephyr and against Orbit Power Link separately; the parties count "
        "implementations of ORDC Release 5 and ask for support for Kestrel.",
    )
    assert {"Zephyr", "Orbit Power Link", "ORDC Release 5", "Kestrel"} <= labels


def test_a_name_before_a_noun_only_a_specification_takes(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "The work starts with the Zephyr specification and maps objects to the GLX UA information model; "
        "the HALO Secure profiles are aligned.",
    )
    assert {"Zephyr", "GLX UA", "HALO Secure"} <= labels


def test_a_capitalised_adjective_before_such_a_noun_is_no_name(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "ETC is a European standards body. Power profiles are compared. A joint REST protocol is "
        "drafted for the Open API Program.",
    )
    assert not {"European", "Power", "REST", "Open"} & labels


def test_the_subject_a_unit_is_named_after_when_written_alone(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "The ETC Zephyr Working Group and the ORDC Executive Committee review how shaders written for "
        "Zephyr behave. Executive decisions are made by the board.",
    )
    assert "Zephyr" in labels
    assert "Executive" not in labels


def test_names_joined_to_a_known_specification(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "A mapping between SkyGL and YANG 1.1 is drafted, and the translation of NWSL to YANG 1.1, "
        "with the Client to YANG 1.1 Protocol left out.",
    )
    assert {"SkyGL", "NWSL"} <= labels
    assert "Client" not in labels


def test_no_person_date_or_body_joined_to_a_specification(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "YANG 1.1 and Fatima Al-Sayed review it; YANG 1.1 and Q3 2026 are noted; ORDC and YANG 1.1.",
    )
    assert not {"Fatima Al-Sayed", "Q3 2026", "Q3", "ORDC"} & labels
