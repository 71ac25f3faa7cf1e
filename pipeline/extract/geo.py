"""Countries named in an article, in English, French and German.

Names come from pycountry (English names plus the French and German iso3166-1
gettext catalogs), so "Allemagne", "Deutschland" and "Germany" all map to DE
without a hand-kept list. Adjectives ("allemand", "deutschen", "German") are
not in those catalogs: a compact table of stems covers the countries news
writes about most, with the inflected endings generated here.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import pycountry

__all__ = [
    "CountryMention", "PLACES", "country_name", "country_of", "de_nationality_adjective", "find_countries", "foreign_name", "french_nationality", "place_pattern",
]


@dataclass(frozen=True)
class CountryMention:
    code: str
    start: int
    end: int
    text: str
    adjective: bool


# Short forms the catalogs do not carry (or carry only in official form).
_EXTRA_NAMES: dict[str, str] = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "america": "US", "etats-unis": "US",
    "états-unis": "US", "amerika": "US", "vereinigten staaten": "US", "uk": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "grande-bretagne": "GB",
    "angleterre": "GB", "großbritannien": "GB", "grossbritannien": "GB", "vereinigten königreich": "GB",
    "russia": "RU", "russie": "RU", "russland": "RU", "south korea": "KR", "corée du sud": "KR",
    "südkorea": "KR", "korea": "KR", "iran": "IR", "taiwan": "TW", "vietnam": "VN", "syria": "SY",
    "syrie": "SY", "syrien": "SY", "holland": "NL", "hollande": "NL", "czech republic": "CZ",
    "tchéquie": "CZ", "tschechien": "CZ", "venezuela": "VE", "bolivia": "BO", "tanzania": "TZ",
    "moldova": "MD", "laos": "LA", "macau": "MO", "hong kong": "HK", "hongkong": "HK",
    "chine": "CN", "schweiz": "CH", "österreich": "AT", "türkei": "TR", "turkey": "TR",
    "turquie": "TR", "saint-pierre et miquelon": "PM", "emirats arabes unis": "AE",
    "émirats arabes unis": "AE", "uae": "AE", "vereinigte arabische emirate": "AE",
    # 1980s wire copy: "U.K.", "West Germany"
    "u.k.": "GB", "west germany": "DE", "west german": "DE",
}

# Adjective stems per country: (english forms, french stem, german stem).
# French adds "", "e", "s", "es"; German adds "", "e", "en", "er", "es".
_ADJECTIVES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "DE": (("German",), "allemand", "deutsch"),
    "FR": (("French",), "français", "französisch"),
    "US": (("American", "U.S."), "américain", "amerikanisch"),
    "GB": (("British", "UK"), "britannique", "britisch"),
    "IT": (("Italian",), "italien", "italienisch"),
    "ES": (("Spanish",), "espagnol", "spanisch"),
    "CH": (("Swiss",), "suisse", "schweizerisch"),
    "AT": (("Austrian",), "autrichien", "österreichisch"),
    "NL": (("Dutch",), "néerlandais", "niederländisch"),
    "BE": (("Belgian",), "belge", "belgisch"),
    "LU": (("Luxembourgish",), "luxembourgeois", "luxemburgisch"),
    "CN": (("Chinese",), "chinois", "chinesisch"),
    "JP": (("Japanese",), "japonais", "japanisch"),
    "KR": (("South Korean", "Korean"), "sud-coréen", "südkoreanisch"),
    "IN": (("Indian",), "indien", "indisch"),
    "RU": (("Russian",), "russe", "russisch"),
    "CA": (("Canadian",), "canadien", "kanadisch"),
    "AU": (("Australian",), "australien", "australisch"),
    "BR": (("Brazilian",), "brésilien", "brasilianisch"),
    "MX": (("Mexican",), "mexicain", "mexikanisch"),
    "SE": (("Swedish",), "suédois", "schwedisch"),
    "NO": (("Norwegian",), "norvégien", "norwegisch"),
    "DK": (("Danish",), "danois", "dänisch"),
    "FI": (("Finnish",), "finlandais", "finnisch"),
    "PL": (("Polish",), "polonais", "polnisch"),
    "CZ": (("Czech",), "tchèque", "tschechisch"),
    "GR": (("Greek",), "grec", "griechisch"),
    "PT": (("Portuguese",), "portugais", "portugiesisch"),
    "IE": (("Irish",), "irlandais", "irisch"),
    "TR": (("Turkish",), "turc", "türkisch"),
    "SA": (("Saudi",), "saoudien", "saudisch"),
    "AE": (("Emirati",), "émirati", "emiratisch"),
    "QA": (("Qatari",), "qatari", "katarisch"),
    "IL": (("Israeli",), "israélien", "israelisch"),
    "HU": (("Hungarian",), "hongrois", "ungarisch"),
    "UA": (("Ukrainian",), "ukrainien", "ukrainisch"),
    "ZA": (("South African",), "sud-africain", "südafrikanisch"),
    "TW": (("Taiwanese",), "taïwanais", "taiwanisch"),
    "SG": (("Singaporean",), "singapourien", "singapurisch"),
}

# Nationality words that do not follow the stems above: the German "-er" forms that never
# inflect ("Schweizer Konzern") and French synonyms the business press uses for variety.
_EXTRA_ADJECTIVES: dict[str, str] = {
    "schweizer": "CH", "luxemburger": "LU", "liechtensteiner": "LI",
    "helvétique": "CH", "helvétiques": "CH",
}

_FR_ENDINGS = ("", "e", "s", "es")
_DE_ENDINGS = ("", "e", "en", "er", "es", "em")

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w.'’-]*")
_MAX_WORDS = 4


@lru_cache(maxsize=2)
def _catalog(lang: str) -> gettext.NullTranslations | None:
    """pycountry's French or German country names, read once."""
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:  # pragma: no cover - pycountry always ships fr and de
        return None


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(names, adjectives), lower-cased; built once, on first use."""
    names: dict[str, str] = {}
    catalogs = [catalog for catalog in map(_catalog, ("fr", "de")) if catalog is not None]
    for country in pycountry.countries:
        forms = {country.name, getattr(country, "common_name", country.name)}
        for form in list(forms):
            for catalog in catalogs:
                forms.add(catalog.gettext(form))
        for form in forms:
            # "Bolivia, Plurinational State of" → "Bolivia"
            names.setdefault(form.split(",")[0].split(" (")[0].lower(), country.alpha_2)
    names.update(_EXTRA_NAMES)
    adjectives: dict[str, str] = {}
    for code, (english, fr_stem, de_stem) in _ADJECTIVES.items():
        for form in english:
            adjectives[form.lower()] = code
        for ending in _FR_ENDINGS:
            adjectives[(fr_stem + ending).lower()] = code
        for ending in _DE_ENDINGS:
            adjectives[(de_stem + ending).lower()] = code
    adjectives.update(_EXTRA_ADJECTIVES)
    # "inde", "us" and similar short forms collide with common words.
    for noise in ("us", "chad", "guinea", "jersey", "georgia", "niger", "inde", "oman"):
        names.pop(noise, None)
    return names, adjectives


@lru_cache(maxsize=2)
def _own_names(lang: str) -> frozenset[str]:
    """The country names an article in ``lang`` writes: its own catalog's, English ones and the short forms."""
    catalog = _catalog(lang)
    forms: set[str] = set(_EXTRA_NAMES)
    for country in pycountry.countries:
        for form in {country.name, getattr(country, "common_name", country.name)}:
            for spelt in (form, catalog.gettext(form) if catalog is not None else form):
                forms.add(spelt.split(",")[0].split(" (")[0].lower())
    return frozenset(forms)


def foreign_name(phrase: str, lang: str) -> bool:
    """fr/de: a country name only the other language writes ("Malte" is Malta in French, a first name in German;
    "Island" is Iceland in German, an English word in French text): no country in an article in ``lang``."""
    key = " ".join(phrase.split()).lower()
    return lang in ("fr", "de") and key in _tables()[0] and key not in _own_names(lang)


@lru_cache(maxsize=1)
def _de_nationality_adjectives() -> frozenset[str]:
    """The German country adjectives in lower case, every inflection ("österreichische", "spanischen")."""
    return frozenset(stem + ending for _, _, stem in _ADJECTIVES.values() for ending in _DE_ENDINGS if stem + ending != stem)


def de_nationality_adjective(word: str) -> bool:
    """de: an inflected lower-case country adjective ("die österreichische", "den spanischen")."""
    return word in _de_nationality_adjectives()


@lru_cache(maxsize=1)
def _fr_adjectives_named() -> frozenset[str]:
    """French adjectives spelt like a country's name in another language ("italien", "indien", "australien" are German
    names, "suisse" the French one): in lower case they are the adjective ("le groupe italien Velkor")."""
    names, _ = _tables()
    return frozenset(stem + ending for _, stem, _ in _ADJECTIVES.values() for ending in _FR_ENDINGS if stem + ending in names)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of every name and adjective: most words start none, and are skipped at once."""
    names, adjectives = _tables()
    firsts: set[str] = set()
    for key in (*names, *adjectives):
        first = key.split()[0]
        firsts.add(first)
        firsts.add(first.rstrip(".'’-"))
    return frozenset(firsts)


@lru_cache(maxsize=1)
def _candidate_starts() -> re.Pattern[str]:
    r"""Where a country can start: a capital, or a lower-case adjective ("allemand", "deutschen"), after the one
    character before it, the word in group 1.

    The scan is ``(?<![\w.'’-])`` and a candidate, written as that character class, consumed, and the candidate:
    a pattern that opens with a class lets sre skip in C to the next character of the class (a space, a comma)
    instead of trying the lookbehind at every position inside the words. A candidate never contains such a
    character, so consuming it hides no later candidate; ``find_countries`` puts a space before the text, which
    stands for its start. Same candidates, same order.
    """
    lower = sorted({w for w in _first_words() if w[:1].islower() and (w not in _tables()[0] or w in _fr_adjectives_named())}, key=len, reverse=True)
    # grouped by first letter, longest first within a group: the same matches as one flat
    # alternation, but each position tries one group instead of every word (scan ~4x faster)
    groups: dict[str, list[str]] = {}
    for w in lower:
        groups.setdefault(w[0], []).append(w[1:])
    alternation = "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in tails) + ")" for first, tails in groups.items())
    return re.compile(rf"[^\w.'’-]([A-ZÀ-ÖØ-Þ][\w.'’-]*|(?:{alternation})(?![\w]))")


def find_countries(text: str) -> list[CountryMention]:
    """Every country name or adjective in ``text``, longest match first, in order."""
    names, adjectives = _tables()
    firsts = _first_words()
    found: list[CountryMention] = []
    position = 0
    # offsets in the padded text are one more than in ``text``
    for candidate in _candidate_starts().finditer(" " + text):
        at = candidate.start(1) - 1
        if at < position:
            continue
        first = candidate.group(1).lower()
        if first not in firsts and first.rstrip(".'’-") not in firsts:
            continue
        # the first _MAX_WORDS words only: the scan stops there instead of reading the 80 characters
        words = [
            (m.start(), m.end(), m.start() + len(m.group().rstrip(".'’-")))
            for m in islice(_WORD.finditer(text, at, min(len(text), at + 80)), _MAX_WORDS)
        ]
        if not words:
            continue
        hit = _longest(text, words, names, adjectives)
        if hit is not None:
            found.append(hit)
            position = hit.end
    return found


def _longest(
    text: str, words: list[tuple[int, int, int]], names: dict[str, str], adjectives: dict[str, str]
) -> CountryMention | None:
    for n in range(len(words), 0, -1):
        start = words[0][0]
        for end in dict.fromkeys((words[n - 1][1], words[n - 1][2])):
            phrase = text[start:end]
            key = " ".join(phrase.split()).lower()
            code = names.get(key)
            adjective = False
            if code is None:
                code = adjectives.get(key)
                adjective = code is not None
            if code is None:
                continue
            if not adjective and n == 1 and not phrase[:1].isupper():
                if key not in _fr_adjectives_named():
                    continue  # country names are proper nouns
                adjective = True  # "le constructeur italien": the French adjective, not the German name
            return CountryMention(code, start, end, phrase, adjective)
    return None


@lru_cache(maxsize=8192)  # pure lookup, asked ~10 times per article for the same few names
def country_of(text: str) -> str | None:
    """The ISO code when ``text`` as a whole names a country ("Allemagne", "German")."""
    names, adjectives = _tables()
    key = " ".join(text.split()).lower()
    return names.get(key) or adjectives.get(key)


# Cities and regions that say the country when none is named ("in Wien", "à Francfort",
# "en Californie"), in the spellings of all three languages. Left out on purpose: names
# that are also common words or other places ("Essen", "Vienne", "Valence", "Georgia"), and
# capitals that stand for an institution rather than a place ("Bruxelles" for the EU).
PLACES: dict[str, str] = {
    **dict.fromkeys(("Berlin", "München", "Munich", "Frankfurt", "Francfort", "Hamburg", "Hambourg", "Köln", "Cologne",
                     "Düsseldorf", "Stuttgart", "Hannover", "Hanovre", "Dresden", "Dresde", "Leipzig", "Bonn", "Wolfsburg",
                     "Bayern", "Bavière", "Sachsen", "Saxe", "Hessen", "Niedersachsen", "Basse-Saxe", "Baden-Württemberg",
                     "Bade-Wurtemberg", "Nordrhein-Westfalen", "Rhénanie-du-Nord-Westphalie", "Brandenburg", "Thüringen",
                     "Thuringe"), "DE"),
    **dict.fromkeys(("Wien", "Graz", "Linz", "Salzburg", "Salzbourg", "Innsbruck", "Klagenfurt", "Tirol", "Tyrol", "Kärnten",
                     "Carinthie", "Steiermark", "Styrie", "Oberösterreich", "Niederösterreich", "Vorarlberg", "Burgenland"), "AT"),
    **dict.fromkeys(("Bern", "Berne", "Zürich", "Zurich", "Genf", "Genève", "Basel", "Bâle", "Lausanne", "Lugano", "Zug", "Zoug"), "CH"),
    **dict.fromkeys(("Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Straßburg", "Rennes",
                     "Grenoble", "Montpellier", "Bretagne", "Normandie", "Alsace", "Provence", "Île-de-France"), "FR"),
    # French regions, départements and cities of regional news ("l'usine de Hambach, en Moselle"); not those that are
    # common words or other places ("Nord", "Var", "Champagne", "Tours", "Nancy")
    **dict.fromkeys(("Rouen", "Le Havre", "Nice", "Reims", "Metz", "Dijon", "Toulon", "Caen", "Amiens", "Limoges", "Mulhouse",
                     "Clermont-Ferrand", "Saint-Étienne", "Orléans", "Lorraine", "Picardie", "Bourgogne", "Occitanie",
                     "Nouvelle-Aquitaine", "Hauts-de-France", "Grand Est", "Auvergne-Rhône-Alpes", "Pays de la Loire", "Corse",
                     "Moselle", "Isère", "Gironde", "Seine-Maritime", "Bas-Rhin", "Haut-Rhin", "Finistère", "Morbihan",
                     "Loire-Atlantique", "Bouches-du-Rhône", "Haute-Garonne", "Pas-de-Calais", "Calvados", "Vendée",
                     "Haute-Savoie", "Seine-Saint-Denis", "Hauts-de-Seine", "Val-de-Marne",
                     # industrial towns of plant news ("une usine de batteries à Dunkerque")
                     "Dunkerque", "Saint-Nazaire", "Brest", "Le Mans", "Valenciennes", "Douai", "Belfort", "Sochaux",
                     "Cherbourg", "Flins", "Calais", "Lorient", "Poitiers", "Perpignan", "Besançon", "Nîmes", "Avignon"), "FR"),
    **dict.fromkeys(("London", "Londres", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Édimbourg"), "GB"),
    **dict.fromkeys(("Rom", "Rome", "Mailand", "Milan", "Turin", "Neapel", "Naples", "Venedig", "Venise", "Florenz", "Florence"), "IT"),
    **dict.fromkeys(("Madrid", "Barcelona", "Barcelone", "Séville", "Sevilla"), "ES"),
    **dict.fromkeys(("Amsterdam", "Rotterdam", "Den Haag", "La Haye"), "NL"),
    **dict.fromkeys(("Lissabon", "Lisbonne", "Porto"), "PT"),
    **dict.fromkeys(("Dublin",), "IE"),
    **dict.fromkeys(("Kopenhagen", "Copenhague"), "DK"),
    **dict.fromkeys(("Stockholm", "Göteborg"), "SE"),
    **dict.fromkeys(("Oslo",), "NO"),
    **dict.fromkeys(("Helsinki",), "FI"),
    **dict.fromkeys(("Warschau", "Varsovie"), "PL"),
    **dict.fromkeys(("Prag", "Prague"), "CZ"),
    **dict.fromkeys(("Budapest",), "HU"),
    **dict.fromkeys(("Bukarest", "Bucarest"), "RO"),
    **dict.fromkeys(("Athen", "Athènes"), "GR"),
    **dict.fromkeys(("Moskau", "Moscou", "Sankt Petersburg", "Saint-Pétersbourg"), "RU"),
    **dict.fromkeys(("Kiew", "Kiev", "Kyiv"), "UA"),
    **dict.fromkeys(("Ankara", "Istanbul"), "TR"),
    **dict.fromkeys(("Washington", "New York", "Los Angeles", "San Francisco", "Chicago", "Boston", "Seattle", "Detroit", "Houston",
                     "Dallas", "Atlanta", "Miami", "Wall Street", "Silicon Valley", "Kalifornien", "Californie", "California", "Texas",
                     "Florida", "Floride", "Michigan", "Ohio", "New Jersey", "Massachusetts", "Delaware", "Illinois", "Pennsylvanie",
                     "Pennsylvanien", "Arizona", "Nevada", "Colorado", "Minnesota", "Wisconsin", "Tennessee", "Kentucky", "Oregon"), "US"),
    **dict.fromkeys(("Toronto", "Montréal", "Montreal", "Vancouver", "Ottawa", "Québec", "Ontario", "Alberta", "Calgary"), "CA"),
    **dict.fromkeys(("Peking", "Pékin", "Shanghai", "Shenzhen"), "CN"),
    **dict.fromkeys(("Hongkong",), "HK"),
    **dict.fromkeys(("Tokio", "Tokyo", "Osaka"), "JP"),
    **dict.fromkeys(("Seoul", "Séoul"), "KR"),
    **dict.fromkeys(("Neu-Delhi", "New Delhi", "Mumbai", "Bombay", "Bangalore"), "IN"),
    **dict.fromkeys(("São Paulo", "Rio de Janeiro", "Brasilia"), "BR"),
    **dict.fromkeys(("Sydney", "Melbourne"), "AU"),
    **dict.fromkeys(("Dubai", "Dubaï", "Abu Dhabi", "Abou Dhabi"), "AE"),
    **dict.fromkeys(("Doha",), "QA"),
    **dict.fromkeys(("Riad", "Riyad"), "SA"),
    **dict.fromkeys(("Tel Aviv", "Tel-Aviv"), "IL"),
    **dict.fromkeys(("Kairo", "Le Caire"), "EG"),
    **dict.fromkeys(("Johannesburg",), "ZA"),
}


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    """A city or region of ``PLACES`` as a whole word, longest spelling first; group 1 is the name."""
    names = sorted(PLACES, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({'|'.join(re.escape(n) for n in names)})(?![\w-])")


@lru_cache(maxsize=1)
def _french_nationalities() -> frozenset[str]:
    return frozenset((fr_stem + ending).lower() for _, fr_stem, _ in _ADJECTIVES.values() for ending in _FR_ENDINGS)


def french_nationality(word: str) -> bool:
    """"Suédois", "Britannique", "américaine": a French nationality word (adjective or noun)."""
    return word.lower() in _french_nationalities()


@lru_cache(maxsize=256)
def country_name(code: str, lang: str) -> str | None:
    """The country's usual name in ``lang`` ("DE" → "Allemagne", "Deutschland", "Germany"): a party named only by
    an adjective ("un centre de données allemand") is the country itself."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    name: str = getattr(country, "common_name", country.name)
    catalog = _catalog(lang) if lang in ("fr", "de") else None
    if catalog is not None:
        name = catalog.gettext(name)
    return name.split(",")[0].split(" (")[0]
