"""The spans of an article's list (names, as ``deals.extract`` hands them to every trigger) that start in a range.

Read through per trigger, a list that grows with the article costs n² over it; a long list in order of its
starts is bisected instead. The starts are kept for the few lists asked about last, keyed by the list object
(the extractor builds a new list rather than changing one in place; the length is checked all the same).
"""

from __future__ import annotations

import bisect
from typing import Protocol, TypeVar

__all__ = ["first_at", "first_ending_at", "starting_within"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)

_BISECT_FROM = 64  # spans; shorter lists are read through, as before
_KEPT = 4

# (the list, its length, its starts, or None when out of order); the list is held so that its id is not reused
_lists: list[tuple[object, int, list[int] | None]] = []


def _starts(spans: list[S]) -> list[int] | None:
    for i, (kept, size, starts) in enumerate(_lists):
        if kept is spans and size == len(spans):
            if i:
                _lists.insert(0, _lists.pop(i))
            return starts
    found = [s.start for s in spans]
    ordered = all(a <= b for a, b in zip(found, found[1:]))
    _lists.insert(0, (spans, len(spans), found if ordered else None))
    del _lists[_KEPT:]
    return found if ordered else None


def starting_within(spans: list[S], start: int, end: int) -> list[S]:
    """``[s for s in spans if start <= s.start < end]``, in the list's order."""
    starts = _starts(spans) if len(spans) >= _BISECT_FROM else None
    if starts is None:
        return [s for s in spans if start <= s.start < end]
    return spans[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def first_at(spans: list[S], start: int) -> S | None:
    """``next((s for s in spans if s.start == start), None)``."""
    found = starting_within(spans, start, start + 1)
    return found[0] if found else None


_by_end: list[tuple[object, int, dict[int, object]]] = []


def first_ending_at(spans: list[S], end: int) -> S | None:
    """``next((s for s in spans if s.end == end), None)``: of a long list, from a dict kept per list object."""
    if len(spans) < _BISECT_FROM:
        return next((s for s in spans if s.end == end), None)
    for i, (kept, size, first) in enumerate(_by_end):
        if kept is spans and size == len(spans):
            if i:
                _by_end.insert(0, _by_end.pop(i))
            break
    else:
        first = {}
        for span in spans:
            first.setdefault(span.end, span)
        _by_end.insert(0, (spans, len(spans), first))
        del _by_end[_KEPT:]
    return first.get(end)  # type: ignore[return-value]  # the spans of this very list
