"""The country a deal takes place in, as an ISO code, and its location as written.

The nearest evidence wins: a government customer, the target's own place, the
trigger sentence's countries (an adjective that only says where a buyer or a
bystander comes from does not count), a region ("au Moyen-Orient", no single
country), a city or German dateline (not a fair's city), and last the country the
article names most (fr/de: a bystander's or a buyer's nationality only breaks a tie).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.extract.candidates import Candidate, Role
from pipeline.extract.geo import PLACES, CountryMention, country_of, find_countries, foreign_name, place_pattern
from pipeline.models import DealType, PartyKind, PartyRole

__all__ = ["deal_country", "sentence_countries"]


def deal_country(text: str, cand: Candidate, parties: list[Role], lang: str = "en") -> tuple[str | None, str | None]:
    """(ISO code, location as written); a region in the trigger sentence is the location when nothing closer is."""
    country, location = _country_and_location(text, cand, parties, lang)
    if lang in ("fr", "de") and country is not None and _cross_border(text, cand, parties, lang):
        country = None  # "le laboratoire allemand Velkor s'allie à l'américain Norvia": no single country
    if lang in ("fr", "de") and country in _FR_OVERSEAS:
        country = "FR"  # "en Guadeloupe": an overseas département is France, though ISO gives it a code of its own
    if location is None:
        region = _region_in(text, *cand.sentence)
        if region is not None:
            location = region.group(1)
    return country, location


_FR_OVERSEAS = frozenset({"GP", "MQ", "GF", "RE", "YT"})


@lru_cache(maxsize=64)
def sentence_countries(text: str, start: int, end: int) -> tuple[CountryMention, ...]:
    """Cached: the roles and the country step both ask for the trigger sentence's countries."""
    return tuple(find_countries(text[start:end]))


@lru_cache(maxsize=4)
def _article_countries(text: str) -> tuple[CountryMention, ...]:
    return tuple(find_countries(text))


_NATIONALITY_OF = (PartyRole.BUYER, PartyRole.SELLER, PartyRole.SUPPLIER, PartyRole.INVESTOR)


def _describes_actor(text: str, mention: CountryMention, s_start: int, parties: list[Role]) -> bool:
    """fr/de: "le constructeur espagnol Tramor", "un autre groupe belge, Vexa": the adjective says where the
    buyer or supplier comes from, not where the deal takes place."""
    start, end = s_start + mention.start, s_start + mention.end
    for party in parties:
        if party.role not in _NATIONALITY_OF:
            continue
        if 0 <= party.start - end <= 40 and not re.search(r"[,;.]", text[end : party.start]):
            return True
        if 0 <= start - party.end <= 40 and re.match(r",\s+[^,;.]*$", text[party.end : start]):
            return True
    return False


# the European Union or its Commission as a buyer: a deal for all its members, no single country
_SUPRANATIONAL = re.compile(
    r"(?i:l['’])?(?:Union européenne|UE|EU|Europäische(?:n)? Union|Commission européenne|EU-Kommission|Europäische(?:n)? Kommission)"
)


_DE_FROM_PLACE = re.compile(r"\s+aus\s+(?:der\s+|dem\s+|den\s+)?$")


_FR_ORIGIN_BEFORE = re.compile(r"\bd['’]origine\s+$")


def _fr_origin(text: str, mention: CountryMention, offset: int = 0) -> bool:
    """fr: "son patron d'origine belge", "du blé d'origine française": an adjective of someone's or something's origin."""
    start = offset + mention.start
    return mention.adjective and _FR_ORIGIN_BEFORE.search(text, max(0, start - 12), start) is not None


def _de_actor_from(text: str, start: int, parties: list[Role]) -> bool:
    return any(p.role in _NATIONALITY_OF and _DE_FROM_PLACE.fullmatch(text, p.end, start) for p in parties)


def _country_and_location(text: str, cand: Candidate, parties: list[Role], lang: str = "en") -> tuple[str | None, str | None]:
    """(ISO code, location as written): the target's place first, then the sentence's."""
    if lang == "fr" and len({country_of(p.name) for p in parties if p.role is PartyRole.CUSTOMER and p.kind is PartyKind.GOVERNMENT} - {None}) >= 2:
        return None, None  # "300 millions de doses pour l'Allemagne, la France et l'Italie": several countries, none to pick
    if lang in ("fr", "de") and any(p.role is PartyRole.CUSTOMER and _SUPRANATIONAL.fullmatch(" ".join(p.name.split())) for p in parties):
        return None, None  # "des doses pour l'Union européenne": bought for many countries, none to pick
    for party in parties:
        if party.role is PartyRole.CUSTOMER and party.kind is PartyKind.GOVERNMENT:
            code = country_of(party.name)
            if code:
                return code, None
    for party in parties:
        if party.role is PartyRole.TARGET and party.location:
            code = country_of(party.location.split(",")[-1].strip())
            if code:
                return code, party.location
    for party in parties:
        if lang == "de" and party.role is PartyRole.TARGET and " " in party.name:
            code = country_of(party.name.split()[-1])
            if code:
                return code, None  # "Velmar Polen": a company's national branch is bought there
    if lang in ("fr", "de"):
        for party in parties:
            if party.role is PartyRole.TARGET and country_of(party.name):
                return country_of(party.name), None  # "ein Hilfspaket für Lorvanien": the country aided
    if lang == "de":
        for party in parties:
            if party.kind is PartyKind.GOVERNMENT and country_of(party.name):
                return country_of(party.name), None  # "Lorvanien verkauft seinen Anteil an X": the state that deals
        # "des US-Chipherstellers Norvia": the prefix of the target's description says where it is
        for party in sorted(parties, key=lambda p: p.role is not PartyRole.TARGET):
            prefix = _DE_PREFIX_COUNTRY.search(text, max(0, party.start - 50), party.start)
            if prefix is not None and party.role in (PartyRole.TARGET, PartyRole.SELLER, PartyRole.CUSTOMER):
                return _DE_PREFIX_CODES[prefix.group(1)], None
    s_start, s_end = cand.sentence
    for mention in sentence_countries(text, s_start, s_end):
        if lang != "en" and mention.adjective and _describes_actor(text, mention, s_start, parties):
            continue
        if lang == "de" and not mention.adjective and _de_actor_from(text, s_start + mention.start, parties):
            continue  # "die Velkor-Gruppe aus Frankreich": where the buyer comes from, not where the deal is
        if lang == "fr" and _fr_origin(text, mention, s_start):
            continue  # someone's or something's origin, not where the deal is
        if not mention.adjective and foreign_name(mention.text, lang):
            continue  # "Malte" in a German article is a first name, not Malta
        if lang in ("fr", "de") and _qualifies_bystander(text, _shifted(mention, s_start), lang, parties):
            continue  # "la biotech américaine Velkor" when Velkor is no party: where that company is from
        return mention.code, None
    region = _region_in(text, s_start, s_end)
    if region is not None:
        return None, region.group(1)  # "au Moyen-Orient": several countries, none to pick
    if lang != "en":
        # "in Wien", "à Francfort", or the dateline "Wien – ...": a city says the country when no country is named
        place = next((p for p in place_pattern().finditer(text, s_start, s_end) if not _names_an_event(text, p.start(), lang)), None)
        if place is None and lang == "de":
            dateline = _DE_DATELINE.search(text, 0, min(len(text), 400))  # "Wien/London – ": filed in Vienna about London
            place = place_pattern().fullmatch(dateline.group(2) or dateline.group(1)) if dateline else None
            if place is not None and _named_again(text, PLACES[place.group(1)]):
                place = None  # "Wien – ..." about a bank the article places in Lorvanien three times: where it was filed
        if place is not None:
            return PLACES[place.group(1)], None
    # (fr: an origin named anywhere, "son patron d'origine belge", says nothing of where the deal is)
    mentions = [
        m for m in _article_countries(text) if not (lang == "fr" and _fr_origin(text, m)) and not (not m.adjective and foreign_name(m.text, lang))
    ]
    # fr/de: an adjective of a company that is no party ("le quotidien israélien Dastrel") only breaks a tie
    bystander = [
        lang in ("fr", "de") and (_qualifies_bystander(text, m, lang, parties) or _qualifies_actor(text, m, lang, parties))
        for m in mentions
    ]
    counts = Counter(m.code for m, aside in zip(mentions, bystander) if not aside)
    asides = Counter(m.code for m, aside in zip(mentions, bystander) if aside)
    if lang == "de":
        # "US-Anleger", "US-Börse": the compounds' prefixes break a tie of the countries named, or speak when none is
        prefixed = Counter(_de_prefix_countries(text))
        if prefixed:
            ranked = counts or prefixed
            return max(ranked, key=lambda code: (counts[code], asides[code], prefixed[code])), None
    if not counts and lang != "en":
        counts = Counter(  # no country named: the cities say it (not a fair's or a summit's city)
            PLACES[place.group(1)] for place in place_pattern().finditer(text) if not _names_an_event(text, place.start(), lang)
        )
    if counts:
        return max(counts, key=lambda code: (counts[code], asides[code])), None  # the country the article is about (the first named of a tie)
    return None, None


# the name an adjective qualifies: fr "allemand Velkor", "allemand de la chimie Velkor"; de "deutsche Bank Velkor"
_FR_QUALIFIED_NAME = re.compile(r"\s+(?:d(?:e|u|es)\s+(?:la\s+|l['’])?[a-zà-ÿ-]+\s+)?([A-ZÀ-ÖØ-Þ][\w&'’-]*)")
_DE_QUALIFIED_NAME = re.compile(r"\s+[A-ZÄÖÜ][\w-]*\s+([A-ZÀ-ÖØ-Þ][\w&'’-]*)")


_BETWEEN_EQUALS = (DealType.PARTNERSHIP, DealType.MERGER, DealType.JOINT_VENTURE)
# fr also "un laboratoire allemand, la société Velkor": the adjective, then the name in apposition
_FR_APPOSED_NAME = re.compile(r",\s+(?:la|le|l['’])\s*[a-zà-ÿ-]+\s+([A-ZÀ-ÖØ-Þ][\w&'’-]*)")


def _cross_border(text: str, cand: Candidate, parties: list[Role], lang: str) -> bool:
    """fr/de: a partnership, merger or joint venture with no target whose partners the article gives two different
    nationalities ("le groupe allemand Velkor et l'américain Norvia"): a cross-border deal, no single country."""
    if cand.trigger.deal_type not in _BETWEEN_EQUALS or any(p.role is PartyRole.TARGET for p in parties):
        return False
    firsts = {p.name.split()[0]: p for p in parties if p.name[:1].isupper()}
    patterns = (_FR_QUALIFIED_NAME, _FR_APPOSED_NAME) if lang == "fr" else (_DE_QUALIFIED_NAME,)
    nationality: dict[str, str] = {}
    for mention in _article_countries(text):
        if not mention.adjective or not mention.text[:1].islower():
            continue
        for pattern in patterns:
            named = pattern.match(text, mention.end)
            if named is not None and named.group(1) in firsts:
                nationality.setdefault(named.group(1), mention.code)
    return len(set(nationality.values())) >= 2


def _qualifies_actor(text: str, mention: CountryMention, lang: str, parties: list[Role]) -> bool:
    """fr/de: "le groupe belge Velkor" when Velkor buys, sells, supplies or invests: where that party comes from."""
    if not mention.adjective or not mention.text[:1].islower():
        return False
    named = (_FR_QUALIFIED_NAME if lang == "fr" else _DE_QUALIFIED_NAME).match(text, mention.end)
    if named is None:
        return False
    return any(p.role in _NATIONALITY_OF and named.group(1) in re.split(r"[\s-]+", p.name) for p in parties)


def _shifted(mention: CountryMention, offset: int) -> CountryMention:
    """A sentence's mention with the article's offsets."""
    return CountryMention(mention.code, mention.start + offset, mention.end + offset, mention.text, mention.adjective)


def _qualifies_bystander(text: str, mention: CountryMention, lang: str, parties: list[Role]) -> bool:
    """fr/de: "le quotidien israélien Dastrel", "der deutsche Leitindex Dastrel": a nationality adjective right before
    a name that is none of the deal's parties says where that other company is, not where the deal is. An adjective
    with no name after it ("la clientèle chinoise"), one inside a party's name ("le gouvernement allemand"), and a
    capitalised nationality, a people rather than an adjective ("les Britanniques"), still count."""
    if not mention.adjective or not mention.text[:1].islower():
        return False
    if any(p.start <= mention.start and mention.end <= p.end for p in parties):
        return False
    named = (_FR_QUALIFIED_NAME if lang == "fr" else _DE_QUALIFIED_NAME).match(text, mention.end)
    if named is None:
        return False
    name = named.group(1)
    party_words = {w for p in parties for w in re.split(r"[\s-]+", p.name) if w[:1].isupper()}
    return name not in party_words and name.split("-")[0] not in party_words


# "au Salon du jouet de Lyon", "lors du sommet de Nice", "auf der Messe in Mailand": an event's city, not the deal's
_FR_EVENT_BEFORE = re.compile(
    r"\b(?:[Ss]alon|[Ff]oire|[Mm]ondial|[Ff]estival|[Ss]ommet|[Cc]onférence|[Ff]orum|[Cc]ongrès|[Ee]xposition)"
    r"\b[^,;.:()]{0,30}?\b(?:de|du|d['’]|à)\s*$"
)
_DE_EVENT_BEFORE = re.compile(r"(?:[Mm]esse|[Ss]alon|[Gg]ipfel|[Kk]onferenz|[Kk]ongress|[Ff]orum)[n]?\s+(?:in|von)\s+$")


def _names_an_event(text: str, start: int, lang: str) -> bool:
    """fr/de: the city of a fair or a summit the article mentions, not where the deal is."""
    pattern = _FR_EVENT_BEFORE if lang == "fr" else _DE_EVENT_BEFORE if lang == "de" else None
    return pattern is not None and pattern.search(text, max(0, start - 50), start) is not None


_DE_PREFIX_COUNTRY = re.compile(r"\b(US|UK|China)-[A-ZÄÖÜ][\w-]*\s+$")
_DE_PREFIX_CODES = {"US": "US", "UK": "GB", "China": "CN"}
_DE_PREFIXED_WORD = re.compile(r"\b(US|UK|China)-[A-ZÄÖÜ]")


@lru_cache(maxsize=4)
def _de_prefix_countries(text: str) -> tuple[str, ...]:
    """de: the countries that prefix compounds of the article ("US-Konzern", "China-Geschäft"), one per compound."""
    return tuple(_DE_PREFIX_CODES[m.group(1)] for m in _DE_PREFIXED_WORD.finditer(text))


def _named_again(text: str, code: str) -> bool:
    """de: the article names one other country at least twice and the dateline's never: the story is there."""
    counts = Counter(m.code for m in _article_countries(text))
    return bool(counts) and counts[code] == 0 and max(counts.values()) >= 2


_DE_DATELINE = re.compile(r"(?:^|[.!?]\s+)([A-ZÄÖÜ][\wäöüß]+)(?:/([A-ZÄÖÜ][\wäöüß]+))?\s+[–—-]\s")
_REGIONS = r"Moyen-Orient|Proche-Orient|Golfe|Asie|Afrique|Europe|Middle East|Gulf|Nahen Osten|Golfregion"
# r"\b(?:au |en |in |im |dans le |aux |du )(...)\b" written to open with the first letters of its prepositions, so
# that the search skips in C to an "a", "e", "i" or "d" instead of trying "\b" at every position; the lookbehind
# after that letter is the "\b" before it (same matches)
_REGION = re.compile(
    r"(?:a(?<!\w.)(?:u|ux) |e(?<!\w.)n |i(?<!\w.)[nm] |d(?<!\w.)(?:ans le|u) )"
    rf"((?:{_REGIONS}))\b"
)
_REGION_NAME = re.compile(_REGIONS)


@lru_cache(maxsize=4)
def _names_a_region(text: str) -> bool:
    """Does the article name a region at all? Most do not, and every _REGION match holds one."""
    return _REGION_NAME.search(text) is not None


def _region_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """"au Moyen-Orient", "in the Gulf": the sentence's region, searched only in an article that names one
    (each deal asks twice; a search tries the prepositions' letters all over the sentence)."""
    return _REGION.search(text, start, end) if _names_a_region(text) else None
