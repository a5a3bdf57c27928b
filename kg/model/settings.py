"""Numbers a user sets on the command line or in the environment (the caps and limits of `kg ingest`).

One reader for all of them, so that each says the same thing when it is wrong: the variable's name, the
value given, and what it must be.
"""

from __future__ import annotations

import os

from kg.errors import InputError


def whole_number(given: int | None, variable: str, default: int, unit: str) -> int:
    """`given` (a command-line option, checked by its parser), else the environment `variable` (a whole
    number of `unit`s, at least 1), else `default`; InputError naming the variable when it is not."""
    if given is not None:
        return given
    value = os.environ.get(variable, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise InputError(f"${variable} must be a number of {unit}s, not {value!r}") from None
    if number < 1:
        raise InputError(f"${variable} must be at least 1 {unit}, not {number}")
    return number
