"""A target's business and location as written, read from the rest of the article.

"Calrex, based in Fairlow", "Akron-based Foo", "Benton rebuilds and repairs diesel
engines", "Foo is the largest industrial cleaning company in Ontario": wire copy
describes a target near one of its mentions, often not in the trigger sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.extract.candidates import Candidate
from pipeline.extract.parties import PLACE, clean_place, tidy_business
from pipeline.models import PartyRole

__all__ = ["describe_targets", "whole_words"]


_BASED_IN = re.compile(rf"\b(?=[blh])(?:based|located|headquartered)\s+in\s+(?:the\s+)?({PLACE})")
# "in Oregon and Washington", "in Toronto and Edmonton, Alberta": coordinated places are one location
_IN_PLACE = re.compile(rf"\s+in\s+(?:the\s+)?((?:(?:north|south|east|west)(?:west|east)?(?:ern)?\s+)?{PLACE}(?:\s+and\s+{PLACE})?)")
# "Benton Savings has ten branches in southern Ohio": where the target's sites are
_SITES_IN = re.compile(
    r"(?:\s+[A-Z][\w'&.-]*)*\s+(?:has|operates|owns|runs)\s+(?:[\w,-]+\s+){0,5}?"
    r"(?:branches|offices|stores|plants|restaurants|hotels|facilities|mills|outlets|mines|stations)"
    rf"{_IN_PLACE.pattern}"
)
_ORG_WORD = re.compile(r"\b(?:Bank|Group|Fund|Trust|Partners|Association|Industries|Securities|Holdings?|Systems)\b")  # "in Harlow Bank": a company, not a place
# "the Fairlow Hospital medical complex in Dayton": a few describing words may sit between a named thing and its place
_DESCRIBED_IN_PLACE = re.compile(rf"(?:\s+(?!(?:and|or|for|from|to|with|by|at|of|on|which|that)\b)[a-z][\w-]*){{1,3}}?\s+in\s+(?:the\s+)?((?:(?:north|south|east|west)(?:west|east)?(?:ern)?\s+)?{PLACE})")
_SERVICE_VERB = r"(?:repairs|rebuilds|collects|transports|installs|builds|processes|refines|recycles|imports|exports|insures|cleans|hauls)"
# the rest of the name, then a service verb (or two) and its object, up to a preposition or the clause's end
_SERVICE_ACTIVITY = re.compile(
    rf"(?:\s+[A-Z][\w'&.-]*)*(?:,[^,.;]{{1,40}},)?\s+({_SERVICE_VERB}(?:\s+and\s+{_SERVICE_VERB})?\s+"
    r"[a-z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)(?!from\b|to\b|for\b|in\b|at\b|with\b|which\b|that\b|under\b|through\b|throughout\b|on\b|and\b)[a-z][\w-]*){0,6})"
)
_ACTIVITY = re.compile(
    # "will operate as a subsidiary": no business; the space comes first so that the search skips
    # in C to spaces, and each lookbehind reaches over it (same matches as "(?<!will)\s")
    r"\s(?<!will\s)(?<!would\s)(?<!\bto\s)(?<!can\s)(?<!could\s)(?<!may\s)(?<!might\s)(?<!should\s)(?<!shall\s)(?<!\bnot\s)"
    r"(?:provides?|operates?|owns? and operates?|makes|manufactures?|produces?|distributes?|sells|markets|publishes|"
    r"develops and markets|develops|speciali[sz](?:es|ing) in|"
    r"is engaged in|is an?\s+(?:[a-z]+\s+)?(?:supplier|maker|manufacturer|producer|distributor|provider) of)"
    r"(?:,?\s+and\s+(?:markets|sells|distributes|services|installs))?\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?!(?:for|to|in|its|their|about|during|at|on|a|an|as|[a-z]+ly)\b)"
    # "gas storage, compression and pipeline transport": a list closed by "and" is one business
    r"((?:[a-z][\w&-]*(?:\s+[a-z][\w&-]*){0,2}(?:,\s+(?!and\b|which\b|the\b|with\b|has\b|had\b|is\b|was\b)[a-z][\w&-]*(?:\s+[a-z][\w&-]*){0,2})+,?\s+and\s+[a-z][\w&-]*(?:\s+(?!in\b|to\b|for\b|with\b|at\b|from\b|which\b|that\b|used\b)[a-z][\w&-]*){0,3})|"
    r"[a-z][\w,&-]*(?:\s+(?!in\b|to\b|for\b|with\b|at\b|from\b|and had\b|which\b|that\b|used\b|throughout\b|through\b|under\b|on\b|as\b|since\b)[a-z][\w&-]*){0,5})"
    # "Foo is the largest industrial cleaning company in Ontario"
    r"|\s(?:is|was)\s+(?:a|an|the)\s+(?:(?:largest|leading|major|small|regional|diversified|privately[- ]held)\s+)?"
    r"((?:[a-z][\w&-]*\s+){1,4}?)(?:company|concern|firm)\b"
    # "Benton is one of the country's leading makers of industrial pumps"
    r"|\s(?:is|was)\s+(?:one\s+of\s+)?(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,3}?(?:makers?|manufacturers?|producers?|suppliers?|distributors?|providers?)"
    r"(?:\s+and\s+(?:[a-z]+\s+)?(?:makers?|manufacturers?|producers?|suppliers?|distributors?|providers?|marketers?))?\s+of\s+"
    r"([a-z][\w-]*(?:\s+(?!in\b|to\b|for\b|with\b|at\b|from\b|which\b|that\b|used\b|throughout\b|under\b|on\b|as\b)[a-z][\w&-]*){0,5})"
)


# the "(?=...)" heads of _BASED_IN and _PLACE_BEFORE: the first character every match starts with, tested before the
# lookbehinds and alternatives (same matches, fewer positions tried)
_PLACE_WORDS = r"(?:[A-Z][\w'-]*\.?\s)*[A-Z][\w'-]*(?:,\s+[A-Z][\w]*\.?(?:\s?[A-Z][\w]*\.?)?)?"
_PLACE_BEFORE = re.compile(
    rf"(?=[A-Z])(?<![\w,-])(?:({_PLACE_WORDS})-based|((?:[A-Z][\w'-]*\s)?[A-Z][\w'-]*,\s+[A-Z][a-z]{{1,4}}\.(?:\s?[A-Z]\.)?),)\s+(?:[a-z][\w-]*\s+){{0,3}}$"
)
_BASED_AFTER = re.compile(rf",\s+an?\s+(?:[a-z]+\s+)?({_PLACE_WORDS})-based\b()")


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a str pattern: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each ``\\bword\\b`` in ``text``, as ``re.finditer`` finds them, by ``str.find``:
    most target names are new words, and compiling a pattern for each cost more than the scan."""
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        # \b: a word character on exactly one side of each edge
        before = at > 0 and _is_word_char(text[at - 1])
        after = end < len(text) and _is_word_char(text[end])
        if before != first and after != last:
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


# a wrapped line, not a new paragraph: r"[ \t]*\n(?![ \t])" written to open with the class of its first character,
# so that the search skips in C to blanks and line breaks instead of trying "[ \t]*" at every letter; after a
# blank it takes the rest of the blanks and the break, after a break nothing more (same matches)
_WRAP = re.compile(r"[ \t\n](?:(?<=\n)|(?<=[ \t])[ \t]*\n)(?![ \t])")
# r"(?=\.)(?<![A-Z][a-z])(?<!\b[A-Z])\.\s" opening with its full stop (a literal the search finds in C), the
# lookbehinds reaching over it (same matches)
_SENTENCE_STOP = re.compile(r"\.(?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)\s")


# Each candidate of an article re-reads the same occurrences of its target's name: the window
# after an occurrence and the activity in it are pure functions of their inputs, so computed once.
@lru_cache(maxsize=512)
def _window_after(text: str, at: int) -> str:
    """The 160 characters after ``at`` on one line (wire copy wraps anywhere), cut at the sentence's end."""
    window = _WRAP.sub(" ", text[at : at + 160])
    cut = _SENTENCE_STOP.search(window)
    return window[: cut.start() + 1] if cut else window


@lru_cache(maxsize=512)
def _activity_in(window: str) -> re.Match[str] | None:
    """What the target does, right after its name or within the window's first 60 characters."""
    activity = _ACTIVITY.match(window[window.find(" ") :] if " " in window else window)
    if activity is None:
        activity = _ACTIVITY.search(window)
        activity = activity if activity is not None and activity.start() < 60 else None
    return activity


@lru_cache(maxsize=512)
def _based_in(window: str) -> str | None:
    """"based in Fairlow", "plants in Bexford" in the window after a target's name."""
    based = _BASED_IN.search(window) or _SITES_IN.match(window)
    return clean_place(based.group(1), window[based.end(1) : based.end(1) + 3]) if based is not None else None


@lru_cache(maxsize=512)
def _place_around(text: str, start: int, end: int) -> str | None:
    """"Akron-based Foo", "Bozeman, Mont., saddle maker Foo", "Foo, a Butte, Mont.-based maker"."""
    lo = max(0, start - 80)
    # every _PLACE_BEFORE match holds "-based" or ".," ("Bozeman, Mont.,") before the name: without either
    # in the 80 characters the search, tried at each capital there, cannot match
    before = _PLACE_BEFORE.search(text, lo, start) if text.find("-based", lo, start) >= 0 or text.find(".,", lo, start) >= 0 else None
    place = before or _BASED_AFTER.match(text, end)
    return " ".join((place.group(1) or place.group(2)).split()) if place is not None else None


def describe_targets(text: str, cand: Candidate) -> None:
    """Fill a target's location and business from the rest of the article ("Calrex, based in Fairlow")."""
    for party in cand.parties:
        if party.role is not PartyRole.TARGET:
            continue
        if party.location is None:
            after = _IN_PLACE.match(text, party.end) or _DESCRIBED_IN_PLACE.match(text, party.end)
            if after is not None and not _ORG_WORD.search(after.group(1)):
                party.location = clean_place(after.group(1), text[after.end(1) : after.end(1) + 3])
        first = party.name.split()[0] if party.name.split() else ""
        if not first[:1].isupper():
            continue
        for start, end in whole_words(text, first):
            window = _window_after(text, end)
            if party.location is None:
                party.location = _based_in(window)
            if party.location is None:
                party.location = _place_around(text, start, end)
            if party.business is None:
                # "Benton rebuilds and repairs diesel engines": a service verb is part of the business
                service = _SERVICE_ACTIVITY.match(window)
                if service is not None:
                    party.business = tidy_business(service.group(1))
                    continue
                activity = _activity_in(window)
                if activity is not None:
                    group = next(g for g in (1, 2, 3) if activity.group(g) is not None)
                    party.business = tidy_business(activity.group(group))
                    where = _IN_PLACE.match(window, activity.end(group)) if party.location is None else None
                    if where is not None:
                        party.location = clean_place(where.group(1), window[where.end(1) : where.end(1) + 3])
            if party.location is not None and party.business is not None:
                break
