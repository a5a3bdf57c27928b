"""Attack round 22 (session 34, engineer R): `kg calendar --org "$ORG"` with ORG unset.

`--org ""` (and `--register ""`) read as not given: the calendar, timeline or due list of every register,
exit 0, where the script meant one organization's; `--register " "` was already refused, by the search
for a register of that name. Both are now refused by argparse in one line, exit 2, before the store is
opened (kg.cli.options.named_thing), as round 21 refused `--endpoint ""`.
"""

from __future__ import annotations

import pytest

from kg.cli.main import build_parser


@pytest.mark.parametrize("command", ["calendar", "timeline", "due"])
@pytest.mark.parametrize("option", ["--org", "--register"])
@pytest.mark.parametrize("value", ["", " ", "\t"])
def test_an_empty_name_is_refused(
    command: str, option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args([command, option, value])
    assert ended.value.code == 2
    assert (
        f"{option}: {value!r} names nothing: give an IRI, a prefixed name or a label"
        in capsys.readouterr().err
    )


def test_a_name_is_kept_as_given() -> None:
    args = build_parser().parse_args(["calendar", "--org", "DMTF", "--register", "reg:ogf-dmtf"])
    assert (args.org, args.register) == ("DMTF", "reg:ogf-dmtf")
    assert build_parser().parse_args(["due"]).org is None
