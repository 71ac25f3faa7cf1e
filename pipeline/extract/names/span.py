"""The NameSpan a finder returns, and the small questions every reader asks of one (how often a name
stands on its own, the name to print). Apart so that any module can take the type without the finding."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.text_index import per_article


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    possessive: bool = False  # followed by "'s": the owner of the next noun
    suffixed: bool = False  # ends in a legal suffix: surely an organisation
    full: str | None = None  # the name as first spelled out ("Brisco" → "Brisco Development Corp")


@per_article  # asked of every name of every deal sentence: of a long article, once per name
def mentions(text: str, name: str) -> int:
    """How often ``name`` stands on its own ("Lorvane" inside "Ouest-Lorvane" does not count)."""
    count = 0
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            count += 1
        at = text.find(name, end)
    return count


def label(name: NameSpan) -> str:
    return name.full or name.text
