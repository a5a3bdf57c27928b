"""The work-item rules of session 14 (issue 12, point 9), each on an invented example: target styles,
an arrow before a target, a memorandum's list joints and bracketed labels, a status sub-bullet, roman
items run into one paragraph, an amendment's instructions."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, milestone_pairs

from kg.extract.dates import parse_target, split_target


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("FY27 H1", "half", "2027-h1"),
        ("CY26-Q3", "quarter", "2026-q3"),
        ("by FY2027 Q1", "quarter", "2027-q1"),
        ("Spring 2026", "season", "2026-spring"),
        ("fall 2025", "season", "2025-autumn"),
        ("W14 2026", "week", "2026-w14"),
        ("2026-W01", "week", "2026-w01"),
        ("TBC", "status", "tbc"),
        ("to be confirmed", "status", "to-be-confirmed"),
        ("n/a", "status", "n-a"),
    ],
)
def test_more_target_styles(text: str, kind: str, key: str) -> None:
    target = parse_target(text)
    assert target is not None and (target.kind, target.key) == (kind, key)


def test_a_week_and_a_season_are_their_days() -> None:
    week, season = parse_target("W14 2026"), parse_target("Spring 2026")
    assert week is not None and season is not None
    assert (str(week.start), str(week.end)) == ("2026-03-30", "2026-04-05")
    assert (str(season.start), str(season.end)) == ("2026-03-01", "2026-05-31")


@pytest.mark.parametrize("text", ["W54 2026", "Winter 2026", "FY27 H3", "Season 2026"])
def test_no_target_of_what_is_no_period(text: str) -> None:
    assert parse_target(text) is None


@pytest.mark.parametrize("arrow", ["->", "\u2192", "=>", "-->"])
def test_an_arrow_before_a_target(arrow: str) -> None:
    text, target = split_target(f"Shared test suite {arrow} H2 2027")
    assert text == "Shared test suite" and target is not None and target.key == "2027-h2"


@pytest.mark.parametrize("joint", [";", "; and", "; or", ","])
def test_a_list_joint_after_a_target(joint: str) -> None:
    text, target = split_target(f"Joint test plan, target Q3 2026{joint}")
    assert text == "Joint test plan" and target is not None and target.key == "2026-q3"


def test_a_status_sub_bullet_is_a_field_of_its_item(tmp_path: Path) -> None:
    text = (
        "# A / B Joint Session\n\n"
        + ORGS
        + (
            "## Work items\n\n- Shared test suite -> H2 2027\n  - Status: scoping\n"
            "- Joint webinar for tool vendors\n  - Status: ongoing\n  - Owner: HMC\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "s.md") == {
        ("Shared test suite", "H2 2027"),
        ("Joint webinar for tool vendors", "ongoing"),
    }


def test_a_sub_item_that_is_no_field_still_makes_its_parent_a_heading(tmp_path: Path) -> None:
    items = "## Milestones\n\n- Schema\n  - Part 1: Q3 2025\n  - Part 2: Q1 2026\n"
    text = "# A / B Work Register\n\n" + ORGS + items
    assert milestone_pairs(tmp_path, text, "r.md") == {("Schema", "Q1 2026")}  # as before this session


def test_roman_items_a_markdown_reader_ran_together(tmp_path: Path) -> None:
    text = (
        "# Memorandum between HMC and OBC\n\n"
        + ORGS
        + (
            "## Annex 1\n\ni. Shared glossary of gauge terms (Q3 2026)\nii. Joint test plan (1H2027)\n"
            "iii. Common station registry (Q2 2027)\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "m.md") == {
        ("Shared glossary of gauge terms", "Q3 2026"),
        ("Joint test plan", "1H2027"),
        ("Common station registry", "Q2 2027"),
    }


def test_bracketed_letters_open_items(tmp_path: Path) -> None:
    text = (
        "MEMORANDUM BETWEEN HMC AND OBC\n\n"
        + ORGS.replace("## ", "")
        + (
            "EXHIBIT A - WORK ITEMS\n\n(a) Shared glossary of gauge terms, target Q3 2026;\n\n"
            "(b) Joint test plan, target H1 2027; and\n\n(c) Common station registry, target Q2 2027.\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "m.txt") == {
        ("Shared glossary of gauge terms", "Q3 2026"),
        ("Joint test plan", "H1 2027"),
        ("Common station registry", "Q2 2027"),
    }


def test_an_amendment_s_instructions_are_no_work_items(tmp_path: Path) -> None:
    text = (
        "AMENDMENT 1 TO THE HMC / OBC WORK REGISTER\n\n"
        + ORGS.replace("## ", "")
        + (
            "Changes to clause 5 (Milestones)\n\n(a) Item 5.2 is replaced by the following:\n"
            '    "5.2  Joint test plan - target Q4 2026"\n\n'
            "(b) Item 5.4 is deleted; its work continues under item 5.2.\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "a.txt") == {("Joint test plan", "Q4 2026")}
