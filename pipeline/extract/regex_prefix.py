"""Regex helpers shared by the trigger and status scans."""

from __future__ import annotations

from typing import Any

__all__ = ["first_chars"]


def first_chars(pattern: str, flags: int) -> set[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not plain literals."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]

    def first(items: Any) -> set[str] | None:  # None: could start with anything (or be empty)
        found: set[str] = set()
        for op, av in items:
            if op is c.LITERAL:
                return found | {chr(av)}
            if op is c.IN:
                for item_op, item_av in av:
                    if item_op is c.LITERAL:
                        found.add(chr(item_av))
                    elif item_op is c.RANGE:
                        found.update(chr(x) for x in range(item_av[0], item_av[1] + 1))
                    else:
                        return None
                return found
            if op is c.SUBPATTERN:
                if av[1] or av[2]:
                    return None  # "(?i:...)": letters of another case could start it
                inner = first(av[-1])
                return None if inner is None else found | inner
            if op is c.BRANCH:
                for branch in av[1]:
                    inner = first(branch)
                    if inner is None:
                        return None
                    found |= inner
                return found
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = first(av[2])
                if inner is None:
                    return None
                found |= inner
                if av[0] > 0:
                    return found
                continue  # optional: the next item may start the match too
            return None
        return None  # the whole pattern may match empty

    try:
        return first(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover - no lookahead is always correct, only slower
        return None
