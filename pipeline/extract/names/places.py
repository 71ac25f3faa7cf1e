"""Places and areas that are no one: countries and towns, CLDR's world regions, a German administrative area
after a place preposition ("im Bezirk Nordheide"), a town's "-er" adjective ("Hamburger")."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from babel import Locale

from pipeline.extract.geo import PLACES, country_of
from pipeline.extract.names.common import Token
from pipeline.extract.names.span import NameSpan


# nouns of administrative areas that open the area's name ("Bezirk Nordheide", "Landkreis Velm")
_DE_AREA_NOUNS = frozenset({"Bezirk", "Landkreis", "Kreis", "Kanton", "Gemeinde", "Region", "Provinz", "Bundesland", "Stadtteil", "Ortsteil"})
# "im", "in der", "aus dem", "nahe der": the area as a place
_DE_AREA_PLACE_LEAD = re.compile(r"(?<![\w-])(?:im|in|in der|in dem|aus dem|aus der|nahe dem|nahe der|vom|von der)\s+$")


def de_area_where(text: str, tokens: list[Token], a: int) -> bool:
    """de: "im Bezirk Nordheide", "in der Gemeinde Velm": an administrative area after a place preposition."""
    return (
        tokens[a][2] in _DE_AREA_NOUNS and a + 1 < len(tokens) and tokens[a + 1][2][:1].isupper()
        and _DE_AREA_PLACE_LEAD.search(text, max(0, tokens[a][0] - 12), tokens[a][0]) is not None
    )


DE_IN_PLACE = re.compile(r"(?<![\w-])(?:in|im|nach)\s+$")


@lru_cache(maxsize=4)
def _world_regions(lang: str) -> frozenset[str]:
    """CLDR's names of continents and world regions (its numeric territories: "Europa", "Südostasien", "Welt"),
    lower-cased; the unions among them ("EU") have letter codes and stay names."""
    return frozenset(name.lower() for code, name in Locale(lang).territories.items() if code.isdigit())


def world_region(name: str, lang: str) -> bool:
    return " ".join(name.split()).lower() in _world_regions(lang)


def de_place_adjective(word: str) -> bool:
    """de: "Hamburger", "Wiener", "Schweizer": the adjective German makes of a town or country by adding "-er"."""
    return word.endswith("er") and len(word) > 4 and (word[:-2] in PLACES or country_of(word[:-2]) is not None)


def is_place(name: NameSpan) -> bool:
    return country_of(" ".join(name.text.split())) is not None


@lru_cache(maxsize=1)
def _en_areas() -> frozenset[str]:
    """pycountry's states and provinces of the countries wire copy names most ("Minnesota", "New York", "Quebec",
    "Northern Territory") and the cities ``geo.PLACES`` holds, lower-cased: named alone they are where, not who."""
    areas = {s.name.split(",")[0].lower() for code in ("US", "CA", "AU") for s in pycountry.subdivisions.get(country_code=code) or ()}
    return frozenset(areas | {place.lower() for place in PLACES})


def en_area(name: str) -> bool:
    """en: a state, a province or a city named alone, or a nationality in the plural ("Americans"); a country is a
    place already (``is_place``) and stays a name, for its possessive ("Norway's Velkor") and its government."""
    words = " ".join(name.split())
    if words.endswith("s") and " " not in words and country_of(words[:-1]) is not None and country_of(words) is None:
        return True
    return words.lower() in _en_areas()
