"""The agenda's dates from a visitor: any `as_of` or `within` is answered, never a 500.

/timeline.svg|.png?as_of=9999-12-31 or 0001-01-01, /due?within=99999999d and
/due?as_of=9999-12-31&within=1d were 500 with a traceback in the log (the quarter after
9999-12-31, a matplotlib axis before year 1, a date plus a window past the calendar's end), and
a window of thousands of digits would not even be a number. They are now 400 naming the
parameter and the range served. The shared `kg serve` of the test store (tests/support/kg_server.py).
"""

from __future__ import annotations

import httpx
import pytest

OUT_OF_RANGE = [
    ("/timeline.png", {"as_of": "9999-12-31"}, "as_of"),
    ("/timeline.svg", {"as_of": "0001-01-01"}, "as_of"),
    ("/due", {"as_of": "9999-12-31", "within": "1d"}, "as_of"),
    ("/due", {"as_of": "0001-01-01"}, "as_of"),
    ("/due", {"within": "99999999d"}, "within"),
    ("/due", {"within": "9" * 5000 + "d"}, "within"),
    ("/due", {"within": "999999999999y"}, "within"),
]


@pytest.mark.parametrize("path, params, named", OUT_OF_RANGE, ids=[f"{p}-{n}" for p, _, n in OUT_OF_RANGE])
def test_a_date_or_window_off_the_calendar_is_a_clear_400(
    http: httpx.Client, path: str, params: dict[str, str], named: str
) -> None:
    response = http.get(path, params=params, headers={"Accept": "text/plain"})
    assert response.status_code == 400, response.text[:300]
    assert named.replace("_", "-") in response.text or named in response.text
    assert "Traceback" not in response.text and len(response.text) < 500


@pytest.mark.parametrize(
    "path, params",
    [
        ("/timeline.svg", {"as_of": "1000-01-01"}),
        ("/timeline.svg", {"as_of": "8999-12-31"}),
        ("/due", {"as_of": "8999-12-31", "within": "1000y"}),
        ("/due", {"as_of": "1000-01-01", "within": "0d"}),
    ],
)
def test_the_ends_of_the_range_served_are_answered(
    http: httpx.Client, path: str, params: dict[str, str]
) -> None:
    assert http.get(path, params=params).status_code == 200
