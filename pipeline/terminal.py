"""Text from data (feeds, articles, messages, error messages) on a terminal, through rich.

rich reads every ``str`` it prints, table cells included, as markup, and passes escape sequences through: a title
with "[red]" recolours a table, one with "[/b]" crashes the command with MarkupError, and ESC sequences (clear
screen, window title, hyperlinks) reach the terminal. Everything that did not come from the code goes through
``cell`` or ``plain``.
"""

from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(value: object) -> str:
    """Control characters as visible escapes (``\\x1b``): a feed's text must not drive the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def cell(value: object) -> Text:
    """A table cell from data (titles, names, keys, error messages): printed as it is, never read as markup."""
    return Text(shown(value))


def plain(value: object) -> str:
    """``value`` for an f-string that ``console.print`` reads as markup: escaped, control characters shown."""
    return escape(shown(value))


__all__ = ["cell", "plain", "shown"]
