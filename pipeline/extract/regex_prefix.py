"""Regex helpers shared by the trigger and status scans."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["bucketed", "first_chars"]


def first_chars(pattern: str, flags: int) -> set[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not plain literals."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]

    def first(items: Any) -> tuple[set[str], bool] | None:  # (first characters, may match empty); None: could be anything
        found: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # \b, lookarounds: zero-width, a later item consumes the first character
            if op is c.LITERAL:
                return found | {chr(av)}, False
            if op is c.IN:
                for item_op, item_av in av:
                    if item_op is c.LITERAL:
                        found.add(chr(item_av))
                    elif item_op is c.RANGE:
                        found.update(chr(x) for x in range(item_av[0], item_av[1] + 1))
                    else:
                        return None
                return found, False
            if op is c.SUBPATTERN:
                if av[1] or av[2]:
                    return None  # "(?i:...)": letters of another case could start it
                inner = first(av[-1])
                if inner is None:
                    return None
                found |= inner[0]
                if not inner[1]:
                    return found, False
                continue  # may match empty: the next item may start the match too
            if op is c.BRANCH:
                empty = False
                for branch in av[1]:
                    inner = first(branch)
                    if inner is None:
                        return None
                    found |= inner[0]
                    empty = empty or inner[1]
                if not empty:
                    return found, False
                continue  # a branch may match empty ("(?<=is )"): the next item may start it
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = first(av[2])
                if inner is None:
                    return None
                found |= inner[0]
                if av[0] > 0 and not inner[1]:
                    return found, False
                continue  # optional: the next item may start the match too
            return None
        return found, True  # the whole sequence may match empty

    try:
        result = first(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover - no lookahead is always correct, only slower
        return None
    return None if result is None or result[1] else result[0]  # a possibly empty match could start anywhere


def bucketed(patterns: list[str], prefix: str, flags: int) -> str | None:
    """``(?P<{prefix}i>p0)|(?P<{prefix}j>p1)|...`` bucketed by first character, order kept inside each bucket.

    At a position only one bucket's lookahead fits, so the engine tries the few
    alternatives that can start there instead of all of them; the first one that
    matches is the same as in the flat alternation. Group ``<prefix><i>_<n>``
    stands for pattern ``i``. None when some pattern's first characters are
    unknown or two buckets could fit the same character (case folding).
    """
    fold = bool(flags & re.IGNORECASE)
    buckets: dict[str, list[str]] = {}
    for i, pattern in enumerate(patterns):
        firsts = first_chars(pattern, flags)
        if not firsts:
            return None
        for key in sorted({c.lower() if fold else c for c in firsts}):
            buckets.setdefault(key, []).append(f"(?P<{prefix}{i}_{ord(key)}>{pattern})")
    keys = list(buckets)
    if fold and any(re.fullmatch(re.escape(a), b, flags) for a in keys for b in keys if a != b):
        return None  # buckets must be disjoint for the first-match order to hold
    return "|".join(f"(?={re.escape(key)})(?:{'|'.join(alts)})" for key, alts in buckets.items())


def group_index(name: str) -> int:
    """``g3`` or ``g3_97`` (a bucketed copy of group ``g3``) → 3."""
    return int(name[1:].partition("_")[0])
