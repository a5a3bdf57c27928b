"""Errors that reach the user as one readable message and a non-zero exit code."""

from __future__ import annotations


class KgError(Exception):
    """An error whose message is meant for the user; the CLI prints it without a traceback."""

    exit_code = 2


class InputError(KgError):
    """A file the user gave us cannot be read or parsed."""


class ValidationFailed(KgError):
    """The graph has SHACL Violations; the report says which."""

    exit_code = 1
