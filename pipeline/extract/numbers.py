"""Numbers as news writes them: locale digits, number words, scale words, counted things.

Separators come from CLDR through babel (read once at import, never per call):
French groups with a narrow no-break space, German with a dot, English with a
comma. Writers do not always follow their locale, so the rules are:

* any space (incl. no-break and narrow no-break) or apostrophe groups digits;
* with both "." and ",", the last one is the decimal mark;
* a separator that occurs more than once groups digits (groups of three);
* a single separator followed by exactly three digits groups them unless it is
  the locale's decimal mark ("100.000" is 100000 in French and German, 100 in
  English; "1,200" is 1200 in English, 1.2 in French); otherwise it is decimal.

Scale words are the layer no library covers: English "billion" is 10**9 while
French and German "billion"/"Billion" are 10**12 (false friends).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel.numbers import get_decimal_symbol, get_group_symbol
from text_to_num import text2num

from pipeline.extract.regex_prefix import WordStartScan, dispatched_alternation, dispatched_scan, first_chars

__all__ = [
    "QuantityMention",
    "SCALE_WORDS",
    "approximator_before",
    "find_quantities",
    "number_starts",
    "number_pattern",
    "parse_number",
    "read_number",
    "tidy",
    "scale_of",
    "words_to_number",
]

LANGS = ("en", "fr", "de")
_SPACES = " \u00a0\u202f\u2009\u2007"
_APOSTROPHES = "'\u2019"
_SYMBOLS: dict[str, tuple[str, str]] = {
    lang: (get_group_symbol(lang), get_decimal_symbol(lang)) for lang in LANGS
}


def _symbols(lang: str) -> tuple[str, str]:
    return _SYMBOLS.get(lang) or _SYMBOLS["en"]


_DIGITS_ONLY = re.compile(r"\d+")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


@lru_cache(maxsize=4096)
def parse_number(text: str, lang: str) -> Decimal | None:
    """A digit string in ``lang``'s conventions → exact Decimal (None if not a number)."""
    group, decimal = _symbols(lang)
    raw = text.strip()
    for char in _SPACES + _APOSTROPHES:
        raw = raw.replace(char, "")
    if not raw or not raw[0].isdigit() or not raw[-1].isdigit():
        return None
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        mark = "." if raw.rfind(".") > raw.rfind(",") else ","
        other = "," if mark == "." else "."
        if raw.count(mark) > 1:
            return None
        whole, frac = raw.rsplit(mark, 1)
        if not _GROUPED.fullmatch(whole) and not _DIGITS_ONLY.fullmatch(whole):
            return None
        integer = whole.replace(other, "")
    elif dots or commas:
        sep = "." if dots else ","
        parts = raw.split(sep)
        if len(parts) > 2:
            if not _GROUPED.fullmatch(raw):
                return None
            integer, frac = raw.replace(sep, ""), ""
        else:
            head, tail = parts
            groups = len(tail) == 3 and len(head) <= 3 and head != "0" and sep != decimal
            if groups:
                integer, frac = head + tail, ""
            else:
                integer, frac = head, tail
    else:
        integer, frac = raw, ""
    if not _DIGITS_ONLY.fullmatch(integer) or (frac and not _DIGITS_ONLY.fullmatch(frac)):
        return None
    try:
        return Decimal(f"{integer}.{frac}" if frac else integer)
    except InvalidOperation:
        return None


# Digits as written: grouped thousands (any space, dot, comma, apostrophe) with an
# optional decimal part, or plain digits with an optional decimal part.
NUMBER = (
    r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f\u2009\u2007.,'\u2019]\d{3})+(?![\d])(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)

_DE_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
_DE_HALVED = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")
_DE_HALF = "einhalb"
_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
           "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"),
    "fr": ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
           "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
           "soixante", "cent", "cents", "vingts"),
    "de": ("ein", "eine", "einer", "einem", "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
           "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert",
           # German writes a number as one word: the teens and tens, "fünfundzwanzig", "dreihundert"
           "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
           "sechzig", "siebzig", "achtzig", "neunzig",
           *(f"{unit}und{ten}" for unit in _DE_UNITS for ten in _DE_TENS),
           *(f"{unit}hundert" for unit in _DE_UNITS[1:]),
           # "zweieinhalb Milliarden", "anderthalb Millionen": a number and a half (``words_to_number``)
           "anderthalb", *(f"{unit}einhalb" for unit in _DE_HALVED)),
}
# Articles that mean "one" before a scale word ("a billion", "un milliard", "eine Milliarde").
ONE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "one"),
    "fr": ("un", "une"),
    "de": ("ein", "eine", "einer", "einem", "einen"),
}
_GERMAN_ONE = frozenset(ONE_WORDS["de"])


def number_words(lang: str) -> str:
    """Regex alternation of number words in ``lang`` (hyphenated compounds allowed)."""
    words = sorted(_WORDS.get(lang, _WORDS["en"]), key=len, reverse=True)
    one = "|".join(words)
    return rf"(?:{one})(?:[-\s](?:et-|and-)?(?:{one}))*"


@lru_cache(maxsize=1024)
def words_to_number(text: str, lang: str) -> Decimal | None:
    """Number words → Decimal via text2num ("trois", "drei", "twenty-five")."""
    cleaned = " ".join(text.casefold().split())
    if lang == "de" and cleaned in _GERMAN_ONE:
        return Decimal(1)
    if cleaned in ONE_WORDS.get(lang, ()):  # "a"/"un" only ever reach here before a scale word
        return Decimal(1)
    if lang == "de" and cleaned == "anderthalb":
        return Decimal("1.5")
    if lang == "de" and cleaned.endswith(_DE_HALF) and cleaned[: -len(_DE_HALF)] in _DE_HALVED:
        # "zweieinhalb": the number before "einhalb", and a half
        whole = words_to_number(cleaned[: -len(_DE_HALF)], lang)
        return None if whole is None else whole + Decimal("0.5")
    try:
        return Decimal(text2num(cleaned, lang if lang in LANGS else "en"))
    except (ValueError, TypeError, KeyError):
        return None


# --- scale words ---------------------------------------------------------------

THOUSAND, MILLION, BILLION, TRILLION = Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12

# (regex, value); the regex is used case-insensitively unless it is wrapped in (?-i:).
SCALE_WORDS: dict[str, tuple[tuple[str, Decimal], ...]] = {
    "en": (
        (r"thousand", THOUSAND),
        (r"millions?|mlns?|mn|mio\.?", MILLION),
        (r"billions?|blns?|bn|bil", BILLION),
        (r"trillions?|tn|trn", TRILLION),
    ),
    "fr": (
        (r"mille", THOUSAND),
        (r"millions?|(?-i:M)|mio\.?|mln", MILLION),
        (r"milliards?|mds?|mrds?\.?|(?-i:Md)", BILLION),
        (r"billions?", TRILLION),
    ),
    "de": (
        (r"tausend|tsd\.?", THOUSAND),
        (r"millionen|million|mio\.?", MILLION),
        (r"milliarden|milliarde|mrd\.?|mrden\.?", BILLION),
        (r"billionen|billion|bio\.?", TRILLION),
    ),
}
# Letters glued to digits in English money ("$3bn", "£40m", "$500k").
GLUED_SCALES: tuple[tuple[str, Decimal], ...] = (
    (r"k", THOUSAND), (r"m|mn|mln", MILLION), (r"bn|b|bln", BILLION), (r"tn|trn", TRILLION),
)


def scale_pattern(lang: str) -> str:
    """Alternation of the scale words of ``lang`` (longest first, word-bounded)."""
    words = SCALE_WORDS.get(lang, SCALE_WORDS["en"])
    parts = [w for w, _ in words]
    return r"(?:" + "|".join(parts) + r")(?![\w])"


_SCALE_MATCHERS: dict[str, tuple[tuple[re.Pattern[str], Decimal], ...]] = {
    lang: tuple((re.compile(rf"(?i:{w})"), v) for w, v in words) for lang, words in SCALE_WORDS.items()
}
_GLUED_MATCHERS = tuple((re.compile(rf"(?i:{w})"), v) for w, v in GLUED_SCALES)


@lru_cache(maxsize=512)
def scale_of(word: str, lang: str) -> Decimal | None:
    """The multiplier of a scale word as written in ``lang`` ("Mrd." → 10**9)."""
    word = word.strip()
    for matcher, value in _SCALE_MATCHERS.get(lang, _SCALE_MATCHERS["en"]):
        if matcher.fullmatch(word):
            return value
    for matcher, value in _GLUED_MATCHERS:
        if matcher.fullmatch(word):
            return value
    return None


def number_pattern(lang: str) -> str:
    """Digits or number words of ``lang``, as one regex alternation."""
    return rf"(?:{NUMBER}|\b{number_words(lang)}\b)"


def tidy(number: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (1.20E+9 → 1200000000)."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def read_number(text: str, lang: str) -> Decimal | None:
    """Digits or words, whichever ``text`` is."""
    text = text.strip()
    if text[:1].isdigit():
        return parse_number(text, lang)
    return words_to_number(text, lang)


# --- counted things ------------------------------------------------------------


@dataclass(frozen=True)
class QuantityMention:
    """A count of things; the span is the count itself, without "about"/"environ"
    (answer keys write the figure alone). The approximator, when there is one,
    is in ``qualifier`` and starts at ``qualifier_start``."""

    value: Decimal
    unit: str
    item: str | None
    approximate: bool
    start: int
    end: int
    text: str
    qualifier: str | None = None
    qualifier_start: int | None = None


# unit → words that count it, in every language (plural and singular forms).
UNITS: dict[str, tuple[str, ...]] = {
    "chip": ("chips?", "puces?", "semi-?conducteurs", "Halbleiter", "Chips"),
    "gpu": ("gpus?", "processeurs graphiques", "cartes graphiques", "grafikprozessoren", "grafikchips"),
    "share": ("(?:common |ordinary |preferred )?shares?", "actions?", "aktien?", "titres", "(?:stamm|vorzugs)aktien"),
    "dose": ("doses?", "(?:impf)?dosen", "vaccine doses"),
    "vehicle": ("vehicles?", "véhicules?", "fahrzeuge?n?", "cars", "voitures", "autos", "elektroautos"),
    # a maker's model counts planes too: "20 Velkor A340 jets" is 20, not 340 ("12 Airbus A320neo", "30 Boeing 787-9")
    "aircraft": ("aircraft", "airplanes?", "planes?", "jets?", "jetliners?", "avions?", "appareils",
                 "flugzeuge?n?", "maschinen", r"(?:airbus\s+)?a3[0-8]\d(?:neo|ceo)?(?:-\d{3,4})?", r"boeing\s+7[0-8]7(?:-\d{1,3}|x|\s+max(?:\s+\d+)?)?"),
    "helicopter": ("helicopters?", "hélicoptères?", "hubschraubern?"),
    "train": ("trains?", "rames?", "züge?n?", "locomotives?", "lokomotiven", "straßenbahnen"),
    "ship": ("ships?", "vessels?", "navires?", "frégates?", "frigates?", "schiffen?", "fregatten"),
    "tank": ("tanks", "chars", "panzern?"),
    "turbine": ("turbines?", "éoliennes?", "windturbinen", "windräder(?:n)?"),
    "satellite": ("satellites?", "satelliten"),
    "server": ("servers?", "serveurs?"),
    "truck": ("trucks?", "camions?", "lastwagen", "lkw"),
    "bus": ("buses", "busses", "autobus", "busse", "elektrobusse"),
    "unit": ("units?", "unités?", "einheiten", "stück"),
    "barrel": ("barrels?", "barils?", "fass"),
    "tonne": ("tonnes?", "tons?", "tonnen"),
    "home": ("homes?", "logements?", "wohnungen", "houses?", "maisons?"),
    "store": ("stores?", "magasins?", "filialen", "boutiques?"),
    "robot": ("robots?", "robotern?"),
    "loan": ("loans?", "prêts", "crédits", "kredite[n]?"),
    "pavilion": ("pavilions?", "pavillons?"),
    "building": ("buildings?", "bâtiments?", "immeubles?", "gebäuden?"),
}
# fr only: goods of supply contracts the shared table lacks ("commandé 5 millions de masques"); kept out of the
# other languages' patterns so their scans do no extra work
FR_UNITS: dict[str, tuple[str, ...]] = {
    "dose": ("vaccins",),
    "mask": ("masques?",),
    "ventilator": ("respirateurs?",),
    "syringe": ("seringues?",),
    "test": ("tests",),
    "submarine": ("sous-marins?",),
    "missile": ("missiles?",),
    "vehicle": ("blindés",),
    "train": ("tramways?", "métros"),
    "computer": ("ordinateurs?",),
    "bus": ("bus",),  # "livrera 200 bus": the French plural is the singular
}
# en only: goods of modern orders the shared table lacks ("bought 10,000 laptops from"), kept out of the other
# languages' patterns as FR_UNITS is ("Computer" is a German word too)
EN_UNITS: dict[str, tuple[str, ...]] = {
    "laptop": ("laptops?",),
    "computer": ("computers?", "tablets?"),
    "phone": ("smartphones?", "phones?"),
    "engine": ("engines?",),
    "drone": ("drones?",),
    "missile": ("missiles?",),
    "submarine": ("submarines?",),
    "railcar": ("railcars?", "wagons?"),
    "ambulance": ("ambulances?",),
    "crane": ("cranes?",),
}
_UNIT_MATCHERS = tuple(
    (unit, re.compile(rf"(?i:{word})")) for table in (UNITS, FR_UNITS, EN_UNITS) for unit, words in table.items() for word in words
)
_LANG_UNITS = {"fr": (UNITS, FR_UNITS), "en": (UNITS, EN_UNITS)}

# Approximators before a count or an amount, per language.
APPROXIMATORS: dict[str, tuple[str, ...]] = {
    "en": ("about", "some", "nearly", "around", "roughly", "approximately", "almost", "close to",
           "an estimated", "estimated", "approx\\.", "circa", "just over", "just under", "more than",
           "over", "at least", "less than", "under", "upwards of", "as many as", "as much as", "up to"),
    "fr": ("environ", "près de", "pr[eè]s d['’]", "quelque", "quelques", "autour de", "autour d['’]",
           "approximativement", "presque", "plus de", "plus d['’]", "moins de", "moins d['’]",
           "au moins", "pas moins de", "jusqu['’]à", "de l['’]ordre de", "quasiment", "grosso modo"),
    "de": ("rund", "etwa", "knapp", "gut", "fast", "über", "mehr als", "weniger als", "bis zu",
           "ca\\.", "circa", "zirka", "annähernd", "ungefähr", "mindestens", "beinahe", "nahezu",
           "gegen", "insgesamt rund"),
}
LOWER_WORDS = frozenset({
    "more than", "over", "at least", "upwards of", "just over", "plus de", "plus d'", "au moins",
    "pas moins de", "über", "mehr als", "mindestens", "gut",
})
UPPER_WORDS = frozenset({"up to", "as much as", "as many as", "jusqu'à", "bis zu", "less than", "under",
                         "moins de", "moins d'", "weniger als", "just under"})
EXACT_BOUND_WORDS = frozenset({"up to", "as much as", "as many as", "jusqu'à", "bis zu", "at least",
                               "au moins", "mindestens", "pas moins de"})


def approximator_pattern(lang: str) -> str:
    words = sorted(APPROXIMATORS.get(lang, APPROXIMATORS["en"]), key=len, reverse=True)
    return r"(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + r")"


def normalise_approximator(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


_APPROX_BEFORE = {
    lang: re.compile(rf"(?<![\w])(?P<approx>{approximator_pattern(lang)})(?:\s+|(?<=['’]))\Z", re.IGNORECASE)
    for lang in LANGS
}


# The last word of every approximator: most amounts follow none of them, and
# checking one word is far cheaper than searching the 40 characters before.
def _last_words(words: Sequence[str]) -> frozenset[str]:
    found: set[str] = set()
    for word in words:
        last = re.split(r"\s+", word.replace("\\.", "").replace("[eè]", "e").replace("['’]", "'"))[-1].casefold()
        found.add(last)
        if "'" in last and not last.endswith("'"):
            found.add(last.rsplit("'", 1)[1])  # "jusqu'à" ends in "à"
    return frozenset(found)


_APPROX_LAST_WORDS = {lang: _last_words(words) for lang, words in APPROXIMATORS.items()}


def _word_before(text: str, start: int) -> str:
    """The word ending right before ``start`` (skipping spaces), casefolded; "d'" keeps its apostrophe."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0 and text[end - 1] in "'’.":
        end -= 1
        suffix = "'" if text[end] != "." else ""
    else:
        suffix = ""
    begin = end
    while begin > 0 and text[begin - 1].isalpha() and end - begin < 20:
        begin -= 1
    return text[begin:end].casefold() + suffix


def approximator_before(text: str, start: int, lang: str) -> re.Match[str] | None:
    """The approximator ending right before ``start`` ("about ", "environ ", "rund ")."""
    last = _APPROX_LAST_WORDS.get(lang) or _APPROX_LAST_WORDS["en"]
    word = _word_before(text, start)
    if word not in last and word.replace("è", "e") not in last:
        return None
    regex = _APPROX_BEFORE.get(lang) or _APPROX_BEFORE["en"]
    found = regex.search(text, max(0, start - 40), start)
    if found is not None and lang == "de" and word == "über" and _de_worth_uber(text, found.start()):
        return None  # "ein Vertrag mit Norvia über 20 Millionen Euro": the sum the contract is worth, not "more than"
    return found


# de: after a noun naming a deal, an order or a loan, "über" introduces what it is worth ("ein Auftrag über 20
# Züge", "einen Kredit über 1 Mrd. Euro"); after a preposition or a verb ("von über", "für über", "bringt über")
# it stays "more than". Between the noun and "über" only its complements may stand: "mit/von/an" + a name, articles.
_DE_WORTH_NOUN = re.compile(
    r"(?:[\w-]*?)(?i:vertr[aä]g|auftr[aä]g|kontrakt|bestellung|order|kredit|darlehen|anleihe|deal|vereinbarung"
    r"|abkommen|angebot|paket|finanzierung|finanzierungsrunde|investition|volumen|transaktion|bürgschaft|garantie"
    r"|zusage|rahmenvereinbarung)(?:e?s|e|en|n|er|ern)?"
)
_DE_WORTH_LINK = frozenset({
    "mit", "von", "vom", "bei", "beim", "an", "am", "für", "aus", "der", "des", "dem", "den", "die", "das",
    "ein", "eine", "einen", "einem", "einer", "eines", "und",
})
_DE_WORTH_WINDOW = re.compile(r"[^.!?;:,()\n]*\Z")


def _de_worth_uber(text: str, uber: int) -> bool:
    """Is the "über" at ``uber`` headed by a deal noun ("Vertrag mit Norvia über")?"""
    clause = _DE_WORTH_WINDOW.search(text, max(0, uber - 120), uber)
    words = clause.group().split() if clause is not None else []
    for word in reversed(words[-6:]):
        word = word.strip("\"'„“”»«")
        if word[:1].isupper() and _DE_WORTH_NOUN.fullmatch(word):
            return True
        if not word or not (word in _DE_WORTH_LINK or word[0].isupper() or word[0].isdigit()):
            return False
    return False


def trie_pattern(words: Sequence[str]) -> str:
    """An alternation shaped as a prefix tree: the regex engine rejects a position
    on its first character instead of trying every word in turn."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        if optional:
            body = body + "?" if body.startswith("(?:") else "(?:" + body + ")?"
        return body

    return emit(tree)


# NUMBER with its first digit taken first: a pattern opening with a digit lets the search skip
# in C to digits instead of trying a match at every position; the lookbehind reaches over the
# digit, and each branch has one digit less to take (same matches as NUMBER)
_NUMBER_RE = re.compile(
    r"\d(?<![\w.,]\d)(?:\d{0,2}(?:[ \u00a0\u202f\u2009\u2007.,'\u2019]\d{3})+(?![\d])(?:[.,]\d+)?"
    r"|\d*(?:[.,]\d+)?)(?![\d])"
)


def _word_start_re(lang: str) -> WordStartScan:
    words = rf"(?:{trie_pattern(_WORDS[lang])}|{trie_pattern(ONE_WORDS[lang])}(?=\s+[mbtkMBTK]))"
    # a lookahead on the letters a number word can start with skips most word starts before
    # the trie is tried (same matches: it only rules out positions no word fits)
    # dispatched on the first letter: inside words the scan fails at "\b", at a word start the
    # letter picks its branch of the trie by a comparison (same matches, see regex_prefix)
    dispatch = dispatched_scan([words], "", re.IGNORECASE, r"(?![^\W\d_])")
    if dispatch is not None:
        return dispatch
    firsts = first_chars(words, re.IGNORECASE)
    ahead = f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])" if firsts else ""
    return WordStartScan(re.compile(rf"\b{ahead}{words}(?![^\W\d_])", re.IGNORECASE))


_WORD_START_RE = {lang: _word_start_re(lang) for lang in LANGS}


@lru_cache(maxsize=8)
def number_starts(text: str, lang: str) -> tuple[int, ...]:
    """Where a number (digits, number word, or "a"/"un" before a scale word) begins.

    Amounts and counts are matched only at these anchors, so the costly
    patterns never run at the thousands of other positions of an article.
    """
    starts = [m.start() for m in _NUMBER_RE.finditer(text)]
    words = _WORD_START_RE.get(lang) or _WORD_START_RE["en"]
    starts.extend(m.start() for m in words.finditer(text))
    return tuple(sorted(starts))


# Words that may stand between a count and its noun ("28 nouveaux trains",
# "500 neue Flugzeuge", "100 new aircraft"), but not these: they start another phrase.
_NOT_ADJECTIVE = (
    r"(?:de|d|du|of|and|et|und|or|ou|oder|the|les|des|der|die|das|dem|den|a|an|in|en|im|à|au|aux|to|zu|"
    r"for|pour|für|per|pro|je|par|by|von|at|bei|mit|with|sur|on|pct|percent|prozent|"
    r"dlrs?|dollars?|euros?|stg|cents?|yen|francs?)"
)


def _quantity_regex(lang: str) -> re.Pattern[str]:
    unit_words = sorted((w for table in _LANG_UNITS.get(lang, (UNITS,)) for words in table.values() for w in words), key=len, reverse=True)
    of = r"(?:\s+(?:de|d['’]|of))?" if lang in ("fr", "en") else ""
    one = "|".join(ONE_WORDS.get(lang, ONE_WORDS["en"]))
    partitive = {"en": r"of\s+the", "fr": r"(?:des|d['’]entre\s+les)", "de": r"der"}.get(lang, r"of\s+the")
    # the unit words dispatched on their first letter: each try of the unit (after 0, 1 or 2
    # adjectives, at every anchor that fails) tests a few words instead of all ~110 in turn
    units = dispatched_alternation(unit_words, re.IGNORECASE) or f"(?:{'|'.join(unit_words)})"
    return re.compile(
        rf"(?P<num>{number_pattern(lang)}|\b(?:{one})\b(?=\s+{scale_pattern(lang)}))"
        rf"(?:\s+(?P<scale>{scale_pattern(lang)}))?"
        rf"(?:\s+{partitive}\s+{number_pattern(lang)})?"
        rf"{of}(?:\s+(?!{_NOT_ADJECTIVE}\b)(?-i:[a-zà-öø-ÿß])[\w]*){{0,2}}"
        rf"\s*(?:[-\s]?)(?P<item>(?P<compound>[^\W\d_][\w.]*-)?(?P<unit>{units}))\b",
        re.IGNORECASE,
    )


_QUANTITY_REGEX = {lang: _quantity_regex(lang) for lang in LANGS}


def unit_of(word: str) -> str | None:
    for unit, matcher in _UNIT_MATCHERS:
        if matcher.fullmatch(word):
            return unit
    return None


def find_quantities(text: str, lang: str) -> list[QuantityMention]:
    """Counts of things ("environ 100 000 puces", "1.2 million shares", "500 Flugzeuge").

    An article alone ("une maison", "einen Chip") is not a stated count: the
    one-words count only before a scale word ("un milliard de doses").
    """
    regex = _QUANTITY_REGEX.get(lang) or _QUANTITY_REGEX["en"]
    found: list[QuantityMention] = []
    after = 0
    ones = ONE_WORDS.get(lang, ONE_WORDS["en"])
    for anchor in number_starts(text, lang):
        if anchor < after:
            continue
        match = regex.match(text, anchor)
        if match is None:
            continue
        if not match["scale"] and match["num"].casefold() in ones:
            continue
        number = read_number(match["num"], lang)
        if number is None or number <= 0:
            continue
        if match["scale"]:
            scale = scale_of(match["scale"], lang)
            if scale is None:
                continue
            number *= scale
        if _is_money_or_year(text, match, number):
            continue
        unit = unit_of(match["unit"])
        if unit is None:
            continue
        if lang == "en" and unit in EN_UNITS and match["unit"][:1].isupper():
            continue  # en: "365,375 Computer Memories shares": a capitalised word opens a company's name, no goods
        if unit == "loan" and lang == "fr" and number >= _FR_LOAN_SUM:
            continue  # fr: "dont 4 milliards de prêts": billions of loans are a sum lent, not a count
        approx = approximator_before(text, anchor, lang)
        after = match.end()
        found.append(
            QuantityMention(
                value=tidy(number),
                unit=unit,
                item=match["item"],
                approximate=approx is not None,
                start=anchor,
                end=match.end(),
                text=text[anchor : match.end()],
                qualifier=approx["approx"] if approx is not None else None,
                qualifier_start=approx.start() if approx is not None else None,
            )
        )
    return found


_FR_LOAN_SUM = Decimal(1_000_000_000)


def _is_money_or_year(text: str, match: re.Match[str], number: Decimal) -> bool:
    """Skip "$500 shares"-like money and bare years glued to a plural noun."""
    before = text[max(0, match.start("num") - 3) : match.start("num")]
    if any(sym in before for sym in "$€£¥"):
        return True
    # "in 2019 Airbus A320 deliveries fell": a year before a maker's model, not a count of planes
    return match["item"][:1].isupper() and _YEAR.fullmatch(match["num"]) is not None


_YEAR = re.compile(r"(?:19|20)\d\d")
