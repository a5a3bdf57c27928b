"""A register kept as a YAML or JSON record (issue 12 point 9, session 23, engineer B, dev's topics): its keys
in lower camel case ("shortName:", "actingThrough:"), written once per organization, were read as the
mixed-case names of products ("LoRaWAN", "ArchiMate") a document uses twice, and became specifications.
A key opens its line, or follows a JSON object's brace or comma in quotes, with a colon right after it; the
same word in a sentence is still a name. The bodies and the record are invented; the expected facts were
written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

YAML = """\
# registers/hmc-obc-telemetry.yaml
#
# Joint work register of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC).
# Change it through a pull request only.
apiVersion: liaison.register/v2
kind: WorkRegister
metadata:
  title: "HMC / OBC Work Register: Buoy Telemetry"
  initiated: 2026-04-22

organizations:
  - name: Harbour Metrology Council
    shortName: HMC
    actingThrough: Tide Gauge Working Group
  - name: Open Buoy Consortium
    shortName: OBC
    actingThrough: Telemetry Task Force

workItems:
  - title: Joint profile of the TideLink protocol for buoy gateways
    targetDate: 2026-09-30
  - title: Test suite for TideLink gateways
    targetDate: 2027-03-31
"""
JSON = """\
HMC / OBC Work Register: Buoy Telemetry

{"organizations": [
  {"name": "Harbour Metrology Council", "shortName": "HMC", "actingThrough": "Tide Gauge Working Group"},
  {"name": "Open Buoy Consortium", "shortName": "OBC", "actingThrough": "Telemetry Task Force"}
],
 "workItems": [
  {"title": "Joint profile of the TideLink protocol for buoy gateways", "targetDate": "2026-09-30"},
  {"title": "Test suite for TideLink gateways", "targetDate": "2027-03-31"}
]}
"""
LAYOUTS = {"yaml": (YAML, "register.yaml.txt"), "json": (JSON, "register.json.txt")}
KEYS = {"shortname", "actingthrough", "targetdate", "workitems", "apiversion"}


def specification_names(record: AllianceRecord) -> set[str]:
    return {folded(n) for s, _ in record.specifications for n in (s.label, *s.names)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_record_s_keys_are_no_specifications(tmp_path: Path, layout: str) -> None:
    text, name = LAYOUTS[layout]
    names = specification_names(extracted(tmp_path, text, name))
    assert not names & KEYS, (layout, names)
    assert "tidelink" in names, (layout, names)


def test_a_lower_camel_name_in_sentences_is_still_a_name(tmp_path: Path) -> None:
    text = (
        "HMC / OBC Work Register\n\n"
        "Organizations: Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)\n\n"
        "Both bodies build their gateways on tideLink, and HMC tests every tideLink release.\n"
    )
    assert "tidelink" in specification_names(extracted(tmp_path, text, "register.txt"))
