"""What never leaves the process in a message or a record: the passwords a command line may hold.

A password reaches `kg` two ways on the command line: `--password VALUE` (the options say to prefer
$ALLIANCE_KG_PASSWORD) and the user information of an endpoint's URL (`http://user:password@host/`,
taken as credentials by kg.store.http.Connection). The store's history records the command line of
every write (kg.store.history.current_command), and `kg serve` prints the store it serves: both go
through here. Plain urllib, not httpx: the history is imported by every write.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

HIDDEN = "***"
SECRET_OPTIONS = frozenset({"--password"})


def without_password(text: str) -> str:
    """`text` with the password of the URL it is (if it is one with user information) as HIDDEN."""
    if "@" not in text or "://" not in text:
        return text
    try:
        parts = urlsplit(text)
    except ValueError:  # not a URL after all (an unclosed IPv6 bracket)
        return text
    if parts.password is None:
        return text
    user_and_host = parts.netloc.rsplit("@", 1)
    user = user_and_host[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:{HIDDEN}@{user_and_host[1]}"))


def command_without_secrets(words: Iterable[str]) -> list[str]:
    """A command line's words with the value of each SECRET_OPTIONS and each URL's password hidden."""
    shown: list[str] = []
    hide_next = False
    for word in words:
        name, equals, _ = word.partition("=")
        if hide_next:
            shown.append(HIDDEN)
        elif name in SECRET_OPTIONS and equals:
            shown.append(f"{name}={HIDDEN}")
        else:
            shown.append(without_password(word))
        hide_next = not hide_next and word in SECRET_OPTIONS
    return shown
