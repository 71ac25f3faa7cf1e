"""A target's business and location as written: at its mention, and read from the rest of the article.

"a Minnesota-based bank, Foo" or "Foo, a maker of valves" describes a target where it is named;
"Calrex, based in Fairlow", "Akron-based Foo", "Benton rebuilds and repairs diesel
engines", "Foo is the largest industrial cleaning company in Ontario": wire copy
describes a target near one of its mentions, often not in the trigger sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.extract.candidates import Candidate
from pipeline.extract.geo import country_of
from pipeline.extract.names import NOT_NAMES, NameSpan, is_legal_suffix
from pipeline.models import PartyRole

__all__ = ["PLACE", "clean_place", "describe", "describe_targets", "tidy_business", "whole_words"]


# --- how a target is described ------------------------------------------------------

_BASED = re.compile(r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)-based\s+")
_DESCRIPTION_AFTER = re.compile(
    r"^\s*,\s+(?:an?|the)\s+((?:(?:[a-z][\w-]*,\s+){1,3}(?=[a-z][\w-]*\s+and\s))?(?:[\w.&'-]+\s+){0,11}?[\w.&'-]+?)\s*(?=[,;(]|\.(?<!\.[A-Za-z]\.)(?<!\b[A-Z]\.)|\s+(?:for|which|that|with|in|said|and (?:said|will|has|is|was|its|the|other)|to|from)\b)"
)
PLACE = r"(?:[A-Z][\w'-]*\.?)(?:\s+[A-Z][\w'-]*\.?){0,2}(?:,\s*(?:[A-Z]\.\s?)?[A-Z][\w'-]*\.?(?:\s[A-Z][\w'-]*\.?)?)?"
_LOCATION_AFTER = re.compile(rf"^\s*,?\s+(?:of|in|based\s+in|located\s+in)\s+(?:the\s+)?({PLACE})")
_ABBREVIATED = re.compile(r"(?:^|\s|,)(?:[A-Z][a-z]{0,4}|[A-Z]\.[A-Z]|[A-Z])\.$")
_FILLER = frozenset(
    "privately-held privately held publicly-held publicly held closely-held wholly-owned wholly owned "
    "diversified leading small large major new independent subsidiary unit company concern firm group "
    "holding maker operator its their private public based largest biggest".split()
)
_DROP_TAIL = ("company", "concern", "firm", "maker", "producer", "provider", "supplier", "subsidiary", "unit", "holding company", "group")


def describe(text: str, span: NameSpan, lang: str) -> tuple[str | None, str | None]:
    """(business, location_text) of a target from its apposition or pre-modifiers."""
    if lang != "en":
        return None, _location_after(text, span)
    business: str | None = None
    location: str | None = None
    tail = text[span.end : span.end + 160]
    match = _DESCRIPTION_AFTER.match(tail)
    if match:
        business, location = _split_description(match.group(1))
    if location is None:
        location = _location_after(text, span)
    if business is None:
        post = _POSTMODIFIER.match(text, span.end)
        if post is not None and not span.possessive:
            business = post.group(1)  # "its Benton Corp oil and gas subsidiary"
    if business is None:
        unit = _UNIT_BEFORE.search(text, max(0, span.start - 80), span.start)
        if unit is not None:
            business = unit.group(1)  # "its heat transfer equipment business, Benton Co": the unit's business
    if business is None:
        business, pre_location = _premodifiers(text, span)
        location = location or pre_location
    if location is None:
        based = _BASED_BEFORE.search(text, max(0, span.start - 60), span.start)
        if based is not None:
            location = based.group(1)  # "the Los Angeles-based Tilden and Marsh Inc"
    return tidy_business(business), location


_BASED_BEFORE = re.compile(r"([A-Z][\w.]*(?:[ /][A-Z][\w.]*)*)-based\s+$")
_UNIT_BEFORE = re.compile(
    r"\b(?:its|their)\s+((?:(?!(?:wholly|majority|owned|remaining|entire|former|of|for|to|in|the|a|an|sale|purchase|acquisition)\b)[a-z][\w-]*\s+(?:and\s+)?){1,4}?)"
    r"(?:business|unit|subsidiary|division|operations?),\s+$"
)
_POSTMODIFIER = re.compile(
    r"\s+((?:(?!(?:and|or|to|for|from|of|in|at|by|with|which|that|said|is|was|has|had|will|would|unit|subsidiary)\b)[a-z][\w-]*\s+(?:and\s+)?){1,4}?)"
    r"(?:business|subsidiary|unit|division|operations)\b"
)


def _location_after(text: str, span: NameSpan) -> str | None:
    match = _LOCATION_AFTER.match(text[span.end : span.end + 80])
    if not match:
        return None
    return clean_place(match.group(1), text[span.end + match.end(1) : span.end + match.end(1) + 3])


_PLACE_CUT = re.compile(r"(?<=\w)\.\s+[A-Z]")


def clean_place(place: str, after: str = "") -> str | None:
    """'Fairlow. Terms' → 'Fairlow'; 'Bexford, Calif., will' keeps the abbreviation's full stop,
    a sentence's own full stop ('... in Phoenix, Ariz. Terms were') goes."""
    place = " ".join(place.split())
    for cut in _PLACE_CUT.finditer(place):
        if not _ABBREVIATED.search(place[: cut.start() + 1]):
            place = place[: cut.start()]
            after = ". "
            break
    # "Paterson, N.J." keeps its initials' full stop at a sentence's end, "Phoenix, Ariz" does not
    if place.endswith(".") and (not _ABBREVIATED.search(place) or _SENTENCE_GOES_ON.match(after) is None and not _INITIALS_END.search(place)):
        place = place[:-1]
    place = place.rstrip(",")
    head, comma, _ = place.partition(",")
    if comma and country_of(head.strip()) is not None:
        place = head.strip()  # "in Canada, Clabir added": a country takes no state after it
    words = place.split()
    if not words or words[0].lower() in NOT_NAMES or is_legal_suffix(words[-1].rstrip(".")):
        return None
    return place


_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[,;)]|[a-z])")


def _split_description(phrase: str) -> tuple[str | None, str | None]:
    """'Minnesota-based bank' → ('bank', 'Minnesota'); 'Canadian financial printer' → ('financial printer', 'Canadian')."""
    location: str | None = None
    based = _BASED.search(phrase + " ")
    if based:
        location = based.group(1)
        phrase = (phrase[: based.start()] + phrase[based.end() :]).strip()
    words = phrase.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        if location is None and not kept and word[:1].isupper() and country_of(word) is not None:
            location = word
            continue
        if not kept and word[:1].isupper() and words[i + 1 : i + 2] == ["and"]:
            kept.append(word)  # "a U.S. Oil and gas producer": a capital opens the business, the list goes on
            continue
        if word[:1].isupper() or any(c.isdigit() for c in word):
            if kept:
                return None, location  # a name inside: not a plain description
            continue
        if not kept and word.lower() in _FILLER:
            continue
        kept.append(word)
    for i, word in enumerate(kept[1:-1], start=1):
        if word.lower() in ("company", "concern", "firm") and kept[i + 1].endswith(("ing", "ed")):
            kept = kept[:i]  # "a drug company specializing in ...": the business ends at its head noun
            break
    while kept and kept[-1].lower() in _DROP_TAIL:
        kept.pop()
    business = " ".join(kept) or None
    return business, location



_PREMOD = re.compile(r"(?<![\w'’])((?:[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?)?(?:[a-z][\w&'-]*\s+){1,5})$")


_BUSINESS_LEAD = re.compile(r"^(?:(?:a|an|the|its)\s+)?(?:(?:supplier|maker|manufacturer|producer|provider|distributor|operator|developer|publisher)s?\s+of\s+)?")
_NOT_A_BUSINESS = re.compile(r"(?:\d|pct\b|his\b|her\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\b|-))", re.I)
_DIRECTION = re.compile(r"(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|suburban")
_NOT_A_BUSINESS_HEAD = frozenset(
    "without with that which who whose head chairman president director spokesman officer official executive analyst "
    "owner corporation "
    "partnership".split()
)
_BUSINESS_JUNK = frozenset("based listed quoted owned held mainly two three several other its their".split())


def tidy_business(phrase: str | None) -> str | None:
    """'supplier of orthodontic products' → 'orthodontic products'; junk ('mainly', 'listed') → None."""
    if not phrase:
        return None
    phrase = _BUSINESS_LEAD.sub("", " ".join(phrase.split())).strip(" ,")
    words = phrase.split()
    while words and (words[-1].lower() in _BUSINESS_JUNK or words[-1].lower() in ("and", "of", "in")):
        words.pop()
    while words and (words[0].lower() in _FILLER or words[0].lower() in _BUSINESS_JUNK or words[0] in ("and", "of")):
        if words.pop(0) == "of":
            break  # "maker of large engines": past the head's "of" the words are the business itself
    if not words or len(" ".join(words)) < 3 or words[-1].endswith("ly") or "-" in words[0] and words[0].endswith(("owned", "held")):
        return None
    if len(words) > 1 and words[-1].lower() in ("company", "concern", "firm"):
        words.pop()  # "a payroll software firm": the business, not the firm
    if words[0].lower() in _NOT_A_BUSINESS_HEAD or words[-1].endswith("ed") and len(words) == 1:
        return None  # "a company without operations", "the head of a panel", "the company stated": no business
    if _NOT_A_BUSINESS.match(words[0]) or len(words) == 1 and _DIRECTION.fullmatch(words[0].lower()):
        return None  # "three rural", "pct owner", "his whole", "northeastern": no business named
    return " ".join(words)


def _premodifiers(text: str, span: NameSpan) -> tuple[str | None, str | None]:
    """'privately-held food distributor Dale Morrow Foods Inc' → ('food distributor', None)."""
    before = text[max(0, span.start - 80) : span.start]
    match = _PREMOD.search(before)
    if not match:
        return None, None
    words = match.group(1).split()
    # keep only the noun phrase right before the name: stop at verbs/determiners
    kept: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if (low in NOT_NAMES and low != "and") or low in _STOP_PREMOD:
            break
        kept.append(word)
    kept.reverse()
    location: str | None = None
    capitals = [w for w in kept if w[:1].isupper()]
    if capitals:
        location = " ".join(capitals)  # "its Bremen vegetable oil subsidiary", "its South African unit"
        kept = [w for w in kept if not w[:1].isupper()]
    while kept and kept[0].lower() in ("and", *_FILLER):
        kept.pop(0)
    while kept and kept[-1].lower() in _DROP_TAIL:
        kept.pop()
    if not kept:
        return None, location
    return " ".join(kept), location


_STOP_PREMOD = frozenset(
    "acquire acquired acquires acquiring buy buys bought buying purchase purchased purchases sell sold sells "
    "selling said says agreed merge merged merger acquisition sale stake interest shares offer bid bought "
    "takeover control is was be been has have had will would plans to of in from for all outstanding "
    "remaining owned rest balance take takes taking took taken make makes made".split()
)


# --- what the rest of the article says about a target ---------------------------------

# "located chiefly in southern Fairlow": an adverb and a direction may come between
_BASED_IN = re.compile(
    rf"\b(?=[blh])(?:based|located|headquartered)\s+(?:[a-z]+ly\s+)?in\s+(?:the\s+)?((?:(?:north|south|east|west)(?:west|east)?(?:ern)?\s+)?{PLACE})"
)
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


# the rest of the name, then the apposition _DESCRIPTION_AFTER reads at the target's own mention
_LATER_APPOSITION = re.compile(r"(?:\s+[A-Z][\w'&.-]*)*" + _DESCRIPTION_AFTER.pattern[1:])


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
                # "Later, Benton, a pump maker, said": an apposition at a later mention describes the target too
                later = _LATER_APPOSITION.match(window) if start != party.start else None
                if later is not None:
                    business, place = _split_description(later.group(1))
                    party.business = tidy_business(business)
                    if party.location is None and place is not None:
                        party.location = place
                    if party.business is not None:
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
