"""A review section of minutes reports on the register's items (session 23, named by engineer E on dev's
dmtf-tcg minutes): "1. Review of the work register" names the specifications the meeting went through,
so they are the meeting's topics; a register's or a memorandum's own review clause still names none.
The bodies, specifications and people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

MINUTES = """# Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) - Joint Meeting #4

**Date:** Tue 6 May 2025
**Attendees:** Ana Example (OBC), Ben Example (HMC)

## 1. {heading}

- TideML 2.2: the HMC Telemetry Working Group reported its second draft; comments due in June.
- BuoyLink 3.1: on track for publication in Q4 2025.

## 2. Next meeting

8 July 2025.
"""
REGISTER = """# HMC - OBC Work Register

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to align their telemetry work.

## Work items

1. Joint profile of the buoy telemetry messages - Target: 2Q2026

## {heading}

This register is reviewed each year against TideML 2.2 and BuoyLink 3.1.
"""
HEADINGS = ("Review of the work register", "Review")


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_specifications_a_meeting_reviewed_are_its_topics(tmp_path: Path, heading: str) -> None:
    topics = {
        label.lower() for label in topic_labels(extracted(tmp_path, MINUTES.format(heading=heading), "m.md"))
    }
    assert {"tideml 2.2", "buoylink 3.1"} <= topics, topics


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_register_review_clause_names_no_topic(tmp_path: Path, heading: str) -> None:
    topics = {
        label.lower() for label in topic_labels(extracted(tmp_path, REGISTER.format(heading=heading), "r.md"))
    }
    assert not {"tideml 2.2", "buoylink 3.1"} & topics, topics
