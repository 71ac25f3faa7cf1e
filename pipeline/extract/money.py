"""Amounts of money as news writes them, in English, French and German.

"<number> <scale word> <currency>" in all its spellings ("3 milliards de
dollars", "2,5 Mrd. Euro", "$3bn", "25 mln dlrs", "83 mln stg"), ranges,
vague amounts ("plusieurs milliards" → lower bound), upper bounds ("bis zu"),
approximations, per-unit prices and "terms were not disclosed". Numbers and
scale words come from ``numbers``; exchange rates from currencyconverter's
bundled ECB file (loaded once, lazily: it takes about a second).

Every mention carries its exact span (``text[start:end] == mention.text``):
the amount as written, without a leading approximator ("about", "environ",
"rund"), because answer keys quote the figure alone; the approximator is kept
in ``qualifier``/``qualifier_start`` and in ``approximate``/``lower``/``upper``.
Range keywords ("between ... and ...") belong to the amount and stay in the span.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING


from pipeline.extract.numbers import (
    BILLION,
    EXACT_BOUND_WORDS,
    LANGS,
    LOWER_WORDS,
    MILLION,
    ONE_WORDS,
    THOUSAND,
    UPPER_WORDS,
    approximator_before,
    normalise_approximator,
    number_pattern,
    number_starts,
    read_number,
    scale_of,
    scale_pattern,
    tidy,
)
from pipeline.extract.regex_prefix import dispatched_alternation, first_chars
from pipeline.models import Consistency, Evidence, Money, Quantity, is_currency_code

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter

__all__ = [
    "MoneyMention",
    "UnsupportedCurrency",
    "consistency",
    "currency_code",
    "find_money",
    "money_defaults",
    "MoneyDefaults",
    "DE_PER_BEFORE",
    "to_money",
    "to_money_or_none",
]


class UnsupportedCurrency(ValueError):
    """A currency code the v1 contract cannot carry."""


@dataclass(frozen=True)
class MoneyMention:
    """One amount as the article writes it.

    ``qualifier`` is the approximator before the amount (outside the span),
    ``per`` the unit a per-unit price is for when the text names it ("kWh",
    "share"), ``currency_implied`` is set when the currency was not written
    next to the figure but taken from the amount before it ("3 millions
    d'euros contre deux millions") or from the article (``MoneyDefaults``).
    """

    value: Decimal | None
    currency: str | None
    approximate: bool
    lower: Decimal | None
    upper: Decimal | None
    disclosed: bool
    per_unit: bool
    start: int
    end: int
    text: str
    qualifier: str | None = None
    qualifier_start: int | None = None
    per: str | None = None
    currency_implied: bool = False


@dataclass(frozen=True)
class MoneyDefaults:
    """What an article means when a sentence does not say: the dollar it writes
    about (Quebec press writes "449 783 344 $" for Canadian dollars) and its
    usual currency for amounts written without one ("610 millions
    d'investissements"). Compute once per article with ``money_defaults`` and
    pass it to ``find_money`` for each sentence."""

    dollar: str = "USD"
    currency: str | None = None


# --- currencies ------------------------------------------------------------------

# Symbols and codes written before the number.
_PREFIX_SYMBOLS: tuple[tuple[str, str], ...] = (
    (r"US\s?\$|U\.S\.\s?\$", "USD"),
    (r"C\$|CA\$|CAN\$|Can\$", "CAD"),
    (r"A\$|AU\$|AUD\$", "AUD"),
    (r"HK\$", "HKD"),
    (r"NZ\$", "NZD"),
    (r"S\$", "SGD"),
    (r"R\$", "BRL"),
    (r"\$", "USD"),
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"¥", "JPY"),
    (r"₹", "INR"),
    (r"₩", "KRW"),
    (r"CHF|SFr\.?|sFr\.?", "CHF"),
)
_ISO_CODES = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "RUB", "INR", "BRL", "HKD", "SGD", "KRW", "ZAR", "MXN", "TRY", "NZD", "ILS", "AED", "SAR", "QAR",
)
# Currency words written after the number (any language; matched case-insensitively).
_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:U\.\s?S\.|US|American)\s*(?:dollars?|dlrs?)|dollars?\s+(?:US|américains?|des\s+[ÉE]tats-Unis)|US-Dollar|Dollar\s+US", "USD"),
    (r"(?:Canadian|Canada)\s+(?:dollars?|dlrs?)|dollars?\s+canadiens?|kanadische[nr]?\s+Dollar", "CAD"),
    (r"(?:Australian|Australia)\s+(?:dollars?|dlrs?)|dollars?\s+australiens?|australische[nr]?\s+Dollar", "AUD"),
    (r"(?:New\s+Zealand|N\.Z\.)\s+(?:dollars?|dlrs?)", "NZD"),
    (r"(?:Hong\s+Kong|H\.K\.)\s+(?:dollars?|dlrs?)|dollars?\s+de\s+Hong\s+Kong", "HKD"),
    (r"Singapore\s+(?:dollars?|dlrs?)", "SGD"),
    (r"Swiss\s+francs?|francs?\s+suisses?|(?:Schweizer\s+)?Franken", "CHF"),
    (r"French\s+francs?|francs?\s+français", "FRF"),
    (r"Belgian\s+francs?|francs?\s+belges?", "BEF"),
    (r"francs?\s+CFA", "XOF"),
    (r"(?:Deutsche\s+)?marks?|D-?marks?|DM", "DEM"),
    (r"(?:Dutch\s+)?guilders?|florins?", "NLG"),
    (r"lire|(?:Italian\s+)?lira", "ITL"),
    (r"pesetas?", "ESP"),
    (r"Swedish\s+(?:crowns?|kronor|krona)|kronor|couronnes?\s+su[ée]doises?|schwedische[nr]?\s+Kronen", "SEK"),
    (r"Norwegian\s+(?:crowns?|kroner|krone)|couronnes?\s+norv[ée]giennes?|norwegische[nr]?\s+Kronen", "NOK"),
    (r"Danish\s+(?:crowns?|kroner|krone)|couronnes?\s+danoises?|dänische[nr]?\s+Kronen", "DKK"),
    (r"(?:pounds?\s+)?sterling|stg|(?:British\s+)?pounds?|livres?(?:\s+sterling)?|Pfund(?:\s+Sterling)?", "GBP"),
    (r"euros?|Euro|EUR", "EUR"),
    (r"dollars?|dlrs?|Dollar", "USD"),
    (r"yens?|Yen", "JPY"),
    (r"yuans?|renminbi|Yuan|Renminbi", "CNY"),
    (r"roubles?|rubles?|Rubel", "RUB"),
    (r"rupees?|roupies?|Rupien", "INR"),
    (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"riyals?|rials?\s+saoudiens?", "SAR"),
    (r"dirhams?", "AED"),
    (r"zlotys?|Zloty", "PLN"),
)

# Hundredths written as such ("3,17 Cent", "50 cts", "20 centimes"): nobody states a
# deal's total in cents, so these are unit prices (per kWh, per share, per litre).
_SUBUNIT = r"cents?|cts|centimes?(?:\s+d['’]euros?)?|ct\.?"
_SUBUNIT_RE = re.compile(rf"(?i:{_SUBUNIT})")
_SUBUNIT_CURRENCY = {"en": "USD", "fr": "EUR", "de": "EUR"}

_PREFIX = "|".join(p for p, _ in _PREFIX_SYMBOLS) + "|(?-i:" + "|".join(_ISO_CODES) + r")(?=[\s\d])"
# the currency words dispatched on their first letter: the amount patterns try them at every
# number of an article, and a position now tests a few words instead of all ~80 in turn (same
# matches; the patterns using _SUFFIX are all IGNORECASE)
_SUFFIX_WORDS = dispatched_alternation([p for p, _ in _WORDS] + [_SUBUNIT], re.IGNORECASE) or (
    "(?:" + "|".join(f"(?:{p})" for p, _ in _WORDS) + f"|{_SUBUNIT})"
)
_SUFFIX = (
    "(?:"
    + _SUFFIX_WORDS
    + r"|(?-i:" + "|".join(_ISO_CODES) + r")"
    + r")(?![\w])|[€$£¥]"
)
# fr: "12,5 milliards US", "20 millions $ US": the press writes the US dollar as "US" after the sum (Quebec's "$"
# alone is its own dollar); only the French patterns read it, an English "5 mln US shares" counts shares
_FR_US = r"\$\s?US(?![\w])|(?-i:US)(?![\w-])"
_FR_US_RE = re.compile(_FR_US)
_PREFIX_MATCHERS = tuple((re.compile(rf"(?i:{p})"), code) for p, code in _PREFIX_SYMBOLS)
_WORD_MATCHERS = tuple((re.compile(rf"(?i:{p})"), code) for p, code in _WORDS)
_SYMBOL_CODES = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}


@lru_cache(maxsize=1024)  # pure; the same few spellings ("dlrs", "Euro") come back in every article
def currency_code(written: str) -> str | None:
    """ISO 4217 code of a currency as written ("dlrs", "Mrd. Euro"'s "Euro", "C$", "stg")."""
    text = " ".join(written.split()).strip()
    if text in _SYMBOL_CODES:
        return _SYMBOL_CODES[text]
    if text.upper() in _ISO_CODES and text.isupper():
        return "CNY" if text == "RMB" else text
    for matcher, code in _PREFIX_MATCHERS:
        if matcher.fullmatch(text):
            return code
    for matcher, code in _WORD_MATCHERS:
        if matcher.fullmatch(text):
            return code
    if _FR_US_RE.fullmatch(text):
        return "USD"
    return None


# --- expression grammar -------------------------------------------------------------

_OF = r"(?:\s+(?:de|of)\s+|\s+d['’]\s*|\s*)"
_GLUED = r"(?:bn|mn|mln|bln|trn|tn|b|m|k)(?![\w])"
_PER_UNIT = re.compile(
    r"\s*,?\s*(?:each|apiece|a\s+piece|per\s+unit|an?\s+unit|a\s+share|per\s+share|per-share|"
    r"chacune?|chacun|l['’]unité|pièce|par\s+unité|par\s+action|l['’]action|"
    r"je\s+Stück|pro\s+Stück|das\s+Stück|je\s+Aktie|pro\s+Aktie|je\s+Einheit|pro\s+Einheit)(?![\w])",
    re.IGNORECASE,
)
# "per tonne", "je Kilowattstunde", "pro kWh", "par baril", "/kWh", "a barrel": a price for one
# of something. Time words make a rate, not a unit price ("2 mln dlrs a year").
_TIME_WORDS = (
    r"(?:year|annum|month|week|day|hour|quarter|an|année|mois|semaine|jour|heure|trimestre|"
    r"Jahr|Monat|Woche|Tag|Stunde|Quartal)"
)
_PER_WORD = re.compile(
    r"(?:\s*/\s*|\s+(?:je|pro)\s+|\s+(?:per|par)\s+(?=(?-i:[a-zà-ÿ])|kWh|MWh))(?!" + _TIME_WORDS + r"(?![\w]))"
    r"(?!(?:the|la|le|les|l['’]|un|une|der|die|das|den|dem|des|du|ein|eine|einen|einem)(?![\w]))"
    r"(?P<per>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)
_A_UNIT = re.compile(
    r"\s+an?\s+(?P<per>share|unit|piece|barrel|tonne|ton|ounce|pound|kilo|kilogram|litre|liter|gallon|"
    r"head|seat|copy|car|vehicle|plane|aircraft|kWh|megawatt[- ]hour|MWh)(?![\w])",
    re.IGNORECASE,
)
# "au prix unitaire de 3 millions d'euros", "zum Stückpreis von 400.000 Euro", "a unit price of $30,000":
# the price of one unit is named before the sum
_UNIT_PRICE_BEFORE = re.compile(
    r"(?:\b(?:prix|co[uû]t)\s+unitaire|\bunit\s+(?:price|cost)|\bper-unit\s+(?:price|cost)|\bprice\s+per\s+unit|"
    r"\b(?:Stück|Einzel)(?:preis|kosten)e?s?)\b[^.;:\d]{0,30}$"
)


def _unit_price_named_before(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    # the words all hold "unit", "Stück" or "Einzel": most sums have none of them before, and skip the scan
    return ("unit" in before or "Stück" in before or "Einzel" in before) and _UNIT_PRICE_BEFORE.search(before) is not None


_PER_NAMED = re.compile(r"share|action|Aktie|unit|unité|Einheit|Stück", re.IGNORECASE)
_UNDISCLOSED = re.compile(
    r"(?<![\w])(?=[nuwpüs])(?:not\s+(?:been\s+)?disclosed|undisclosed(?:\s+sum)?|not\s+disclose|not\s+(?:been\s+)?released|withheld|"
    r"not\s+(?:been\s+)?made\s+public|"
    r"non[-\s]divulgu[ée]e?s?|pas\s+été\s+(?:divulgu|dévoil|communiqu|précis)[ée]e?s?|"
    r"non\s+(?:communiqu|dévoil|précis)[ée]e?s?|"
    r"(?:über\s+(?:den|die|das)\s+\w+\s+(?:wurde|wurden|haben\s+\w+(?:\s+\w+)?)\s+)?Stillschweigen\s+vereinbart|"
    r"nicht\s+(?:genannt|bekannt\s*gegeben|bekanntgegeben|veröffentlicht|beziffert|mitgeteilt))(?![\w])",
    re.IGNORECASE,
)


def _part(p: str, num: str, scale: str, *, prefix: bool, suffix: str = _SUFFIX) -> str:
    """One side of a range; group names are prefixed with ``p``."""
    currency = rf"(?:(?P<{p}cur>{_PREFIX})\s?)?" if prefix else ""
    return (
        rf"{currency}(?P<{p}num>{num})"
        rf"(?:(?P<{p}glued>{_GLUED})|\s?(?P<{p}scale>{scale}))?"
        rf"(?:{_OF}(?P<{p}suf>{suffix}))?"
    )


def _one(lang: str) -> str:
    words = ONE_WORDS.get(lang, ONE_WORDS["en"])
    return rf"\b(?:{'|'.join(words)})\b(?=\s+{scale_pattern(lang)})"


def _amount_regexes(lang: str) -> dict[str, re.Pattern[str]]:
    """Patterns anchored at a number; what stands before it is read backwards."""
    num = rf"(?:{number_pattern(lang)}|{_one(lang)})"
    scale = scale_pattern(lang)
    prefixed = (
        rf"(?P<num>{num})(?:(?P<glued>{_GLUED})|\s?-?(?P<scale>{scale}))?"
        rf"(?:\s+(?P<scur>(?:{_SUFFIX})))?"
    )
    after = rf"(?:{_FR_US}|{_SUFFIX})" if lang == "fr" else _SUFFIX
    suffixed = rf"(?P<num>{num})(?:\s*(?P<scale>{scale}))?{_OF}(?P<scur>{after})"
    if lang == "fr":
        # "deux milliards et demi d'euros": a half of the scale word is added
        suffixed = rf"(?P<num>{num})(?:\s*(?P<scale>{scale})(?P<half>\s+et\s+demi)?)?{_OF}(?P<scur>{after})"
    if lang == "de":
        # "ein 300-Millionen-Dollar-Kredit": a scaled amount glued to the noun it qualifies
        suffixed = rf"(?P<num>{num})(?:(?:\s*|-)(?P<scale>{scale}))?(?:{_OF}|(?<=[^\W\d_])-)(?P<scur>{_SUFFIX})"
    range_form = (
        rf"{_part('l', num, scale, prefix=False, suffix=after)}"
        rf"(?:\s+(?P<and>and|et|und)\s+|\s*(?:-|–|to|à|bis|au)\s*)"
        rf"{_part('h', num, scale, prefix=True, suffix=after)}"
    )
    return {
        "prefix": re.compile(prefixed, re.IGNORECASE),
        "suffix": re.compile(suffixed, re.IGNORECASE),
        "range": re.compile(range_form, re.IGNORECASE),
        "vague": re.compile(_vague_form(lang), re.IGNORECASE),
    }


_PREFIX_BEFORE = re.compile(
    r"(?<![\w$])(?P<cur>" + "|".join(p for p, _ in _PREFIX_SYMBOLS) + "|(?-i:" + "|".join(_ISO_CODES) + r"))\s?\Z"
)
_RANGE_KEYWORD_BEFORE = re.compile(
    r"(?<![\w])(?:(?P<kw_and>between|entre|zwischen)|(?P<kw_to>from|de|von))\s+\Z", re.IGNORECASE
)


_FR_DEAL_NOUNS = (
    "contrat", "contrats", "accord", "accords", "commande", "commandes", "marché", "marchés", "offre", "offres", "opération",
    "opérations", "transaction", "transactions", "rachat", "rachats", "investissement", "investissements", "levée", "deal",
    "projet", "projets", "fusion", "acquisition", "acquisitions",
)
# fr: "une vingtaine de millions" is about twenty million
_FR_ABOUT_COUNTS: tuple[tuple[str, int], ...] = (
    ("dizaine", 10), ("douzaine", 12), ("quinzaine", 15), ("vingtaine", 20), ("trentaine", 30), ("quarantaine", 40),
    ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100),
)
# Vague amounts that name a figure, read as the value too (approximate) besides the lower bound: "une vingtaine de
# millions" is about 20 million, and a sum labelled either way agrees; "eine halbe Milliarde" is exact
_ABOUT = re.compile(r"une\s+(?:" + "|".join(w for w, _ in _FR_ABOUT_COUNTS) + r")\s", re.IGNORECASE)
_HALF = re.compile(r"(?:eine[rn]?\s+halbe[nr]?\s+Milliarde|un\s+demi-milliard)", re.IGNORECASE)

_VAGUE: dict[str, tuple[tuple[str, Decimal], ...]] = {
    # (pattern with optional currency group "scur", lower bound)
    "en": (
        (r"(?:several|a\s+few|multiple|a\s+number\s+of)\s+hundred\s+million", 200 * MILLION),
        (r"hundreds\s+of\s+millions", 200 * MILLION),
        (r"tens\s+of\s+millions", 20 * MILLION),
        (r"(?:several|a\s+few|multiple)\s+billion|billions", 2 * BILLION),
        (r"(?:several|a\s+few|multiple)\s+million|millions", 2 * MILLION),
        (r"multi-?billion(?:-(?:dollar|euro|pound))?", 2 * BILLION),
        (r"multi-?million(?:-(?:dollar|euro|pound))?", 2 * MILLION),
        (r"billion-(?:dollar|euro|pound)", BILLION),
        (r"million-(?:dollar|euro|pound)", MILLION),
    ),
    "fr": (
        (r"(?:plusieurs|quelques)\s+centaines\s+de\s+millions|des\s+centaines\s+de\s+millions", 200 * MILLION),
        (r"(?:plusieurs|quelques)\s+dizaines\s+de\s+millions|des\s+dizaines\s+de\s+millions", 20 * MILLION),
        (r"(?:plusieurs|quelques)\s+dizaines\s+de\s+milliards|des\s+dizaines\s+de\s+milliards", 20 * BILLION),
        # "une centaine de millions", "une vingtaine de milliards": about a hundred / twenty (``_ABOUT``)
        *(
            (rf"une\s+{word}\s+de\s+{scale}", count * unit)
            for scale, unit in (("milliards", BILLION), ("millions", MILLION))
            for word, count in _FR_ABOUT_COUNTS
        ),
        (r"(?:plusieurs|quelques)\s+centaines\s+de\s+milliers|des\s+centaines\s+de\s+milliers", 200 * THOUSAND),
        (r"(?:plusieurs|quelques)\s+milliards|des\s+milliards", 2 * BILLION),
        (r"(?:plusieurs|quelques)\s+millions|des\s+millions", 2 * MILLION),
        # "un contrat milliardaire": the adjective after a deal's noun (after a determiner, "le milliardaire X" is a person)
        ("(?:" + "|".join(f"(?<={noun} )" for noun in _FR_DEAL_NOUNS) + r")milliardaires?", BILLION),
        (r"un\s+demi-milliard", 500 * MILLION),
    ),
    "de": (
        # declined too: "im Wert von mehreren hundert Millionen Euro", "mit einigen Milliarden"
        # ("mehrere Millionen" alone is a few million, below: only hundreds of millions start at 200 million)
        (r"(?:hunderte[n]?|(?:mehrere[nr]?|einige[nr]?)\s+hundert)\s+Millionen", 200 * MILLION),
        (r"(?:mehrere[nr]?|einige[nr]?)\s+Milliarden|Milliarden(?=\s+(?:Euro|Dollar|US-Dollar|Franken|Pfund))", 2 * BILLION),
        (r"(?:mehrere[nr]?|einige[nr]?)\s+Millionen", 2 * MILLION),
        # "ein dreistelliger Millionenbetrag": the number of digits gives the lower bound
        # ("im dreistelligen Millionenbereich", "eine zweistellige Millionensumme")
        # "ein dreistelliger Millionen-Euro-Betrag": the currency may sit inside the compound
        (r"dreistellige[nmrs]?\s+Millionen(?:-?(?:Euro|Dollar|Franken)-?)?(?:betrag|bereich|summe)", 100 * MILLION),
        (r"zweistellige[nmrs]?\s+Millionen(?:-?(?:Euro|Dollar|Franken)-?)?(?:betrag|bereich|summe)", 10 * MILLION),
        # ... and of billions: "ein zweistelliger Milliardenbetrag" is at least ten billion
        (r"dreistellige[nmrs]?\s+Milliarden(?:-?(?:Euro|Dollar|Franken)-?)?(?:betrag|bereich|summe)", 100 * BILLION),
        (r"zweistellige[nmrs]?\s+Milliarden(?:-?(?:Euro|Dollar|Franken)-?)?(?:betrag|bereich|summe)", 10 * BILLION),
        (r"(?:einstellige[nmrs]?\s+)?Milliarden(?:-?(?:Euro|Dollar|Franken)-?)?(?:betrag|bereich|summe)", BILLION),
        (r"(?:einstellige[nmrs]?\s+)?Millionen(?:-?(?:Euro|Dollar|Franken)-?)?(?:betrag|bereich|summe)", MILLION),
        (r"eine[rn]?\s+halbe[nr]?\s+Milliarde", 500 * MILLION),
        (r"(?:mehrere[nr]?|einige[nr]?)\s+hunderttausend(?=\s+(?:Euro|Dollar|Franken|Pfund))", 200 * THOUSAND),
        (r"milliardenschwere?[nmrs]?|Milliardenhöhe|Milliarden-?(?:deal|auftrag|übernahme|investition|geschäft|vertrag|projekt|"
         r"fusion|kredit|darlehen|hilfe|spritze|paket|zahlung|beteiligung|kauf|verkauf|angebot|offerte|bürgschaft|finanzierung)(?:e?s|en|e|n)?", BILLION),
        (r"millionenschwere?[nmrs]?|Millionenhöhe|Millionen-?(?:deal|auftrag|übernahme|investition|geschäft|vertrag|projekt|"
         r"fusion|kredit|darlehen|hilfe|spritze|paket|zahlung|beteiligung|kauf|verkauf|angebot|offerte|bürgschaft|finanzierung)(?:e?s|en|e|n)?", MILLION),
    ),
}


def _vague_form(lang: str) -> str:
    alternatives = "|".join(f"(?P<v{i}>{p})" for i, (p, _) in enumerate(_VAGUE.get(lang, _VAGUE["en"])))
    # a lookahead on the letters a vague amount can start with: most positions are ruled out at once
    firsts = first_chars(alternatives, re.IGNORECASE)
    ahead = f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])" if firsts else ""
    return rf"(?<![\w-]){ahead}(?:{alternatives})(?:{_OF}(?P<scur>{_SUFFIX}))?"


_REGEXES = {lang: _amount_regexes(lang) for lang in LANGS}
_PRIORITY = {"range": 0, "prefix": 1, "suffix": 1, "vague": 2, "undisclosed": 3}


# a number written out to the unit with at least two thousands groups ("2,345,678", "12.500.000"): millions already
_WRITTEN_OUT = re.compile(r"\d{1,3}(?:([ \u00a0\u202f.,'’])\d{3})(?:\1\d{3})+")


def _scaled(match: re.Match[str], prefix: str, lang: str) -> Decimal | None:
    written = match[f"{prefix}num"]
    if written is None:
        return None
    number = read_number(written, lang)
    if number is None:
        return None
    scale_word = match[f"{prefix}glued"] if f"{prefix}glued" in match.re.groupindex else None
    scale_word = scale_word or match[f"{prefix}scale"]
    if scale_word:
        multiplier = scale_of(scale_word, lang)
        if multiplier is None:
            return None
        if lang != "en" and multiplier >= MILLION and _WRITTEN_OUT.fullmatch(written):
            return number  # "2,345,678 Millionen Dollar": the digits already give the whole sum, the scale word repeats it
        if f"{prefix}half" in match.re.groupindex and match[f"{prefix}half"]:
            number += Decimal("0.5")  # fr: "un milliard et demi" is 1.5 billion
        number *= multiplier
    return number


_UNQUALIFIED_DOLLAR = re.compile(r"(?i:\$|dollars?|dlrs?)")


def _currency_of(*written: str | None, dollar: str = "USD") -> str | None:
    """The first currency among ``written``; a bare "$"/"dollars" is ``dollar``."""
    for text in written:
        if text:
            code = currency_code(text)
            if code:
                if code == "USD" and dollar != "USD" and _UNQUALIFIED_DOLLAR.fullmatch(" ".join(text.split())):
                    return dollar
                return code
    return None


def _approximation(word: str | None, value: Decimal | None) -> tuple[bool, Decimal | None, Decimal | None]:
    """approximate flag and bounds implied by the word before the amount."""
    if not word or value is None:
        return False, None, None
    key = normalise_approximator(word)
    lower = value if key in LOWER_WORDS else None
    upper = value if key in UPPER_WORDS else None
    approximate = key not in EXACT_BOUND_WORDS
    return approximate, lower, upper


def _lead(text: str, start: int, lang: str) -> tuple[int | None, str | None]:
    """The approximator right before ``start``: (its start, the word), or (None, None)."""
    approx = approximator_before(text, start, lang)
    if approx is None:
        return None, None
    return approx.start(), approx["approx"]


def _subunit(written: str | None) -> bool:
    return bool(written) and _SUBUNIT_RE.fullmatch(" ".join((written or "").split())) is not None


def _point(
    text: str, anchor: int, lang: str, regexes: dict[str, re.Pattern[str]], defaults: MoneyDefaults
) -> MoneyMention | None:
    prefix = _PREFIX_BEFORE.search(text, max(0, anchor - 8), anchor)
    match = regexes["prefix" if prefix else "suffix"].match(text, anchor)
    if match is None:
        return None
    if prefix is None and match["scale"] is None and _looks_like_a_year(match["num"]):
        return None
    value = _scaled(match, "", lang)
    if value is None:
        return None
    cents = prefix is None and _subunit(match["scur"])
    if cents:
        value /= 100
        written = " ".join(match["scur"].casefold().split())
        currency: str | None = "EUR" if "euro" in written else _SUBUNIT_CURRENCY.get(lang, "USD")
    else:
        currency = _currency_of(prefix["cur"] if prefix else None, match["scur"], dollar=defaults.dollar)
    if currency is None:
        return None
    start = prefix.start() if prefix else anchor
    q_start, word = _lead(text, start, lang)
    approximate, lower, upper = _approximation(word, value)
    lead = q_start if q_start is not None else start
    # de: "100.000 Chips zu je rund 30.000 Dollar": the distributive word before the price makes it per unit
    each = lang == "de" and _DE_EACH_BEFORE.search(text, max(0, lead - 12), lead) is not None
    return _mention(text, start, match.end(), value, currency, approximate, lower, upper, q_start, word, per_unit=cents or each)


_DE_EACH_BEFORE = re.compile(r"(?<![\w])(?:je|jeweils)\s+\Z")


def _range(
    text: str, anchor: int, lang: str, regexes: dict[str, re.Pattern[str]], defaults: MoneyDefaults
) -> MoneyMention | None:
    match = regexes["range"].match(text, anchor)
    if match is None:
        return None
    prefix = _PREFIX_BEFORE.search(text, max(0, anchor - 8), anchor)
    start = prefix.start() if prefix else anchor
    keyword = _RANGE_KEYWORD_BEFORE.search(text, max(0, start - 12), start)
    if match["and"] and (keyword is None or not keyword["kw_and"]):
        return None  # "5 mln dlrs and 6 mln dlrs" is two amounts, not a range
    if keyword is not None and (keyword["kw_and"] is not None) == (match["and"] is not None):
        start = keyword.start()
    low, high = _scaled(match, "l", lang), _scaled(match, "h", lang)
    if low is None or high is None:
        return None
    if not (match["lscale"] or match["lglued"]) and (match["hscale"] or match["hglued"]):
        low *= scale_of(match["hscale"] or match["hglued"], lang) or 1
    currency = _currency_of(
        prefix["cur"] if prefix else None, match["hcur"], match["lsuf"], match["hsuf"], dollar=defaults.dollar
    )
    if currency is None or low >= high:
        return None
    q_start, word = _lead(text, start, lang)
    return _mention(text, start, match.end(), None, currency, word is not None, low, high, q_start, word)


def _vague(match: re.Match[str], lang: str, defaults: MoneyDefaults) -> MoneyMention | None:
    table = _VAGUE.get(lang, _VAGUE["en"])
    for index, (_, lower) in enumerate(table):
        if match[f"v{index}"]:
            currency = _currency_of(match["scur"], dollar=defaults.dollar)
            written = match[f"v{index}"].casefold()
            if currency is None and ("dollar" in written or lang == "en" and "billion" in written):
                currency = defaults.dollar
            if currency is None and "euro" in written:
                currency = "EUR"
            if currency is None and "pound" in written:
                currency = "GBP"
            if currency is None and "franken" in written:
                currency = "CHF"
            if lang != "en" and _HALF.fullmatch(match[f"v{index}"]):
                return _mention(match.string, match.start(), match.end(), lower, currency, False, None, None)
            if lang != "en" and _ABOUT.match(match[f"v{index}"]):
                return _mention(match.string, match.start(), match.end(), lower, currency, True, lower, None)
            return _mention(match.string, match.start(), match.end(), None, currency, False, lower, None)
    return None


def _mention(
    text: str,
    start: int,
    end: int,
    value: Decimal | None,
    currency: str | None,
    approximate: bool,
    lower: Decimal | None,
    upper: Decimal | None,
    qualifier_start: int | None = None,
    qualifier: str | None = None,
    *,
    per_unit: bool = False,
    currency_implied: bool = False,
) -> MoneyMention:
    per: str | None = None
    tail = _PER_UNIT.match(text, end)
    if tail is not None:
        per_unit = True
        named = _PER_NAMED.search(tail.group())
        per = named.group() if named else None
    else:
        tail = _PER_WORD.match(text, end) or _A_UNIT.match(text, end)
        if tail is not None:
            per_unit, per = True, tail["per"]
        elif _unit_price_named_before(text, start):
            per_unit = True
    return MoneyMention(
        value=None if value is None else tidy(value),
        currency=currency,
        approximate=approximate,
        lower=None if lower is None else tidy(lower),
        upper=None if upper is None else tidy(upper),
        disclosed=True,
        per_unit=per_unit,
        start=start,
        end=end,
        text=text[start:end],
        qualifier=qualifier,
        qualifier_start=qualifier_start,
        per=per,
        currency_implied=currency_implied,
    )


def _looks_like_a_year(written: str) -> bool:
    return len(written) == 4 and written.isdigit() and written[:2] in ("19", "20")


def find_money(text: str, lang: str, *, defaults: MoneyDefaults | None = None) -> list[MoneyMention]:
    """Every amount in ``text``, in order, without overlaps (the longest reading wins).

    ``defaults`` carries what the whole article says when ``text`` is one of its
    sentences; without it they are read from ``text`` itself.
    """
    regexes = _REGEXES.get(lang) or _REGEXES["en"]
    own_defaults = defaults is None
    if defaults is None:
        defaults = MoneyDefaults(dollar=_dollar_of(text, lang))
    candidates: list[tuple[int, int, MoneyMention]] = []

    def add(kind: str, mention: MoneyMention | None) -> None:
        if mention is not None:
            candidates.append((-(mention.end - mention.start), _PRIORITY[kind], mention))

    bare: list[int] = []
    for anchor in number_starts(text, lang):
        add("range", _range(text, anchor, lang, regexes, defaults))
        point = _point(text, anchor, lang, regexes, defaults)
        add("prefix", point)
        if point is None:
            bare.append(anchor)
    lowered = text.lower()
    if any(hint in lowered for hint in _VAGUE_HINTS):
        for match in regexes["vague"].finditer(text):
            add("vague", _vague(match, lang, defaults))
    for mention in _undisclosed(text, lowered):
        add("undisclosed", mention)
    chosen: list[MoneyMention] = []
    for _, _, mention in sorted(candidates, key=lambda c: (c[0], c[1], c[2].start)):
        if any(mention.start < other.end and other.start < mention.end for other in chosen):
            continue
        chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    if bare:
        if own_defaults and defaults.currency is None:
            defaults = replace(defaults, currency=_most_frequent_currency(chosen))
        implied = _implied(text, lang, bare, chosen, defaults)
        if implied:
            chosen = sorted(chosen + implied, key=lambda m: m.start)
    if lang == "de":
        chosen = [_unit_named_before(text, m) for m in chosen]
    return chosen


# de: "der Preis pro Anteilsschein liegt bei 31,20 Euro", "bietet je Aktie 25 Euro": the unit named before the sum
DE_PER_BEFORE = re.compile(
    r"(?<![\w-])(?:je|pro)\s+(?P<per>[A-ZÄÖÜ][\w-]*)\s+(?:(?:beträgt|betrug|betragen|liegt|lag|bei|von|sind|waren|zahlt\w*|bietet|bot|rund|etwa|knapp|"
    r"durchschnittlich|gut|fast|nur|jeweils)\s+)*$"
)


def _unit_named_before(text: str, mention: MoneyMention) -> MoneyMention:
    """de: a sum whose unit is named before it prices one unit, like one with the unit after it."""
    if mention.per_unit or mention.value is None:
        return mention
    per = DE_PER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    return replace(mention, per_unit=True, per=per["per"]) if per is not None else mention


def _most_frequent_currency(mentions: list[MoneyMention]) -> str | None:
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.currency and not mention.currency_implied:
            counts[mention.currency] = counts.get(mention.currency, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


# A figure with a scale word and no currency is money when what follows says so
# ("610 millions d'investissements", "7.4 billion in cash") or when it answers an
# amount just before it ("3 millions d'euros, contre deux millions proposés").
_BARE = {
    lang: re.compile(
        rf"(?P<num>{number_pattern(lang)}|{_one(lang)})\s?(?P<scale>{scale_pattern(lang)})", re.IGNORECASE
    )
    for lang in LANGS
}
_MONEY_NOUN = {
    "en": re.compile(r"\s+(?:in|of)\s+(?:new\s+)?(?:investments?|funding|financing|cash|aid|capital|subsidies|loans?)(?![\w])", re.I),
    "fr": re.compile(
        r"\s+(?:d['’]\s*|de\s+)(?:investissements?|financements?|aides?|subventions?|prêts?|crédits?|fonds\s+propres|"
        r"capitaux|recettes|chiffre\s+d['’]affaires)(?![\w])",
        re.I,
    ),
    "de": re.compile(
        r"\s+(?:an\s+)?(?:Investitionen|Fördergeldern?|Fördermitteln?|Krediten?|Hilfen|Kapital|Umsatz|Finanzierung)(?![\w])"
    ),
}
# fr: a money noun before a scaled figure ("le prêt de 85 milliards", "une enveloppe de 2 milliards")
_MONEY_NOUN_BEFORE = {
    "fr": re.compile(
        r"\b(?:prêts?|emprunts?|crédits?|enveloppes?|montants?|sommes?|investissements?|financements?|aides?|subventions?|"
        r"chèques?|valorisation|dettes?|levée|augmentation de capital|rachat|transaction|opération|offre)"
        r"\s+(?:\w+\s+)?(?:de|d['’]|d['’]environ|de\s+plus\s+de|de\s+près\s+de)\s*$",
        re.I,
    ),
}
# fr/de: a price word right before a scaled figure with no currency ("a racheté Norvia pour 1,45 milliard", "a injecté
# 450 millions dans", "für 1,2 Milliarden übernommen", "zahlt 40 Mio."): the figure is the article's money when no
# counted noun follows it (``_ELIDED_NEXT``: "pour 2 millions de clients", "für 2 Millionen Kunden" count people)
_PRICE_WORD_BEFORE = {
    "fr": re.compile(
        r"(?<![\w'’])(?:pour|contre|moyennant|à\s+hauteur\s+de|(?:pour\s+)?(?:la|une)\s+somme\s+(?:\w+\s+)?de|"
        r"investi[rt]?|investie?s|investissent|investira\w*|pay[ée]e?s?|payer|paiera\w*|débours\w*|versée?s?|verser|versera\w*|"
        r"injecte\w*|injecté|levée?s?|lever|lèvera\w*|(?:valoris|évalu|estim)\w*\s+à|s['’](?:élève|élèvent|élevait|élèvera|est\s+élevée?)\s+à|"
        r"atteindrai\w*|co[uû]te\w*|co[uû]té|vaut|valait|vaudrait|rapporte\w*|rapporté|cédée?s?\s+(?:\w+\s+){0,3}?pour)"
        r"\s+(?:(?:environ|près\s+de|plus\s+de|quelque|presque|au\s+moins|jusqu['’]à|un\s+peu\s+plus\s+de|moins\s+de|"
        r"un\s+total\s+de|au\s+total|un\s+montant\s+de|le\s+montant\s+de)\s+)*$",
        re.I,
    ),
    "de": re.compile(
        r"(?<![\w-])(?:für|zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|gezahlt|investiert|investierte|investieren|kostet|kostete|"
        r"kosten|(?:beläuft|belief|belaufen|beliefen)\s+sich\s+(?:\w+\s+)?auf|in\s+Höhe\s+von|im\s+Wert\s+von|bietet|bot|"
        r"erlöst|erlöste|kassiert|kassierte|einbringen|einbringt)"
        r"\s+(?:(?:rund|etwa|knapp|gut|mehr\s+als|über|fast|bis\s+zu|insgesamt|ca\.|circa|zirka|mindestens|weitere)\s+)*$"
    ),
}
# What may follow an elided amount: punctuation, the end, or a word that starts
# another phrase (not the noun the figure counts: "2 millions de doses", "19,5 Millionen Aktien").
_ELIDED_NEXT = {
    "en": re.compile(
        r"\s*(?:[,.;:)]|\Z|(?:if|and|or|in|for|to|from|by|at|on|with|which|that|when|as|but|plus|under|including)(?![\w]))",
        re.I,
    ),
    # (or an elided article or pronoun, "l'an dernier", "qu'il", but not "d'" that counts a noun: "300 millions d'habitants")
    "fr": re.compile(r"\s*(?:[,.;:)]|\Z|(?!de\b|d['’])(?-i:[a-zà-ÿ])[\w]*(?![\w'’])|(?-i:l|qu|s|n)['’](?-i:[a-zà-ÿ]))", re.I),
    "de": re.compile(r"\s*(?:[,.;:)]|\Z|(?-i:[a-zäöüß])[\w]*(?![\w]))"),
}
_ELIDED_WINDOW = 200
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[\"«“]?[A-ZÀ-Ý]|\n\s*\n")


def _implied(
    text: str, lang: str, anchors: list[int], chosen: list[MoneyMention], defaults: MoneyDefaults
) -> list[MoneyMention]:
    """Currency-less amounts, with the currency they take from their context."""
    regex = _BARE.get(lang) or _BARE["en"]
    starts = number_starts(text, lang)
    found: list[MoneyMention] = []
    taken = [(m.start, m.end) for m in chosen]
    # many anchors and amounts (a long article): both questions per anchor below are answered by bisection
    lookup = _Chosen(chosen) if len(anchors) * len(chosen) > 4096 else None
    implied_end = -1  # the furthest end of the amounts implied so far (appended to ``taken`` at growing anchors)
    for anchor in anchors:
        if lookup is not None:
            if lookup.holds(anchor) or implied_end > anchor:
                continue
        elif any(a <= anchor < b for a, b in taken):
            continue
        match = regex.match(text, anchor)
        if match is None:
            continue
        end = match.end()
        currency: str | None = None
        noun = (_MONEY_NOUN.get(lang) or _MONEY_NOUN["en"]).match(text, end)
        if lookup is not None and lookup.ends is not None:
            previous = lookup.last_priced_before(anchor)
        else:
            before = [m for m in chosen if m.disclosed and m.currency and m.end <= anchor]
            previous = before[-1] if before else None
        if (
            previous is not None
            and anchor - previous.end <= _ELIDED_WINDOW
            and _SENTENCE_BREAK.search(text, previous.end, anchor) is None
            and not _counted_between(text, starts, previous.end, anchor, chosen)
            and (noun is not None or (_ELIDED_NEXT.get(lang) or _ELIDED_NEXT["en"]).match(text, end))
        ):
            currency = previous.currency
        elif noun is not None:
            currency = defaults.currency
        elif lang in _MONEY_NOUN_BEFORE and _MONEY_NOUN_BEFORE[lang].search(text, max(0, anchor - 40), anchor):
            # "le prêt de 85 milliards": the noun before says it is money
            currency = defaults.currency or _home_currency(text, lang)
        elif (
            lang in _PRICE_WORD_BEFORE
            and _ELIDED_NEXT[lang].match(text, end)
            and _PRICE_WORD_BEFORE[lang].search(text, max(0, anchor - 60), anchor)
        ):
            # "pour 1,45 milliard": the article's currency, else its country's
            currency = defaults.currency or _home_currency(text, lang)
        else:
            continue
        value = _scaled(match, "", lang)
        if value is None:
            continue
        q_start, word = _lead(text, anchor, lang)
        approximate, lower, upper = _approximation(word, value)
        mention = _mention(
            text, anchor, end, value, currency, approximate, lower, upper, q_start, word, currency_implied=True
        )
        found.append(mention)
        taken.append((anchor, end))
        implied_end = max(implied_end, end)
    return found


class _Chosen:
    """The amounts found with a currency, sorted by start, indexed for _implied's questions per anchor."""

    def __init__(self, chosen: list[MoneyMention]) -> None:
        self.starts = [m.start for m in chosen]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.reach: list[int] = []  # the furthest end among the amounts up to each one
        for m in chosen:
            self.reach.append(max(m.end, self.reach[-1]) if self.reach else m.end)
        self.priced = [m for m in chosen if m.disclosed and m.currency]
        ends = [m.end for m in self.priced]
        self.ends = ends if all(a <= b for a, b in zip(ends, ends[1:])) else None  # in order: bisectable
        self.chosen = chosen

    def holds(self, anchor: int) -> bool:
        """``any(m.start <= anchor < m.end for m in chosen)``."""
        if not self.ordered:
            return any(m.start <= anchor < m.end for m in self.chosen)
        last = bisect.bisect_right(self.starts, anchor) - 1
        return last >= 0 and self.reach[last] > anchor

    def last_priced_before(self, anchor: int) -> MoneyMention | None:
        """The last amount with a currency ending at or before the anchor (``ends`` must be in order)."""
        assert self.ends is not None
        last = bisect.bisect_right(self.ends, anchor) - 1
        return self.priced[last] if last >= 0 else None


_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
# "a"/"un"/"ein" are number anchors only because they may start "a billion".
_ARTICLE = re.compile(
    r"(?:" + "|".join(sorted({w for words in ONE_WORDS.values() for w in words if w != "one"}, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def _counted_between(text: str, starts: tuple[int, ...], start: int, end: int, money: list[MoneyMention]) -> bool:
    """A figure between the amount and the elided one (not a year, not money) is
    what the elided one answers: "to 20 mln shares from 15 mln" counts shares."""
    # the figures in [start, end) only (``number_starts`` gives them in order): not all the article's per elided amount
    for anchor in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if start <= anchor < end and not _YEAR.match(text, anchor) and not _ARTICLE.match(text, anchor):
            if not any(m.start <= anchor < m.end for m in money):
                return True
    return False


_CANADA = re.compile(r"Québec|Quebec|Montréal|Canada|Ontario|canadien|Ottawa|Toronto|Alberta|Vancouver")
_UNITED_STATES = re.compile(r"[ÉE]tats-Unis|américain|Washington|New York|Wall Street|Californie")


def _home_currency(text: str, lang: str) -> str | None:
    """The currency a fr/de article means by a sum when it writes none at all: German press means euros, French press
    euros too unless it is about Canada ("a acquis X pour 1,45 milliard" in a Montreal paper is in Canadian dollars)."""
    if lang == "de":
        return "EUR"
    if lang == "fr":
        return "CAD" if len(_CANADA.findall(text)) > len(_UNITED_STATES.findall(text)) else "EUR"
    return None


def _dollar_of(text: str, lang: str) -> str:
    """The dollar a French text means: Canadian when it is about Canada more than the US."""
    if lang != "fr" or "$" not in text and "dollar" not in text:
        return "USD"
    canada = len(_CANADA.findall(text))
    return "CAD" if canada and canada > len(_UNITED_STATES.findall(text)) else "USD"


def money_defaults(text: str, lang: str) -> MoneyDefaults:
    """An article's dollar and its most frequent written currency (see ``MoneyDefaults``)."""
    dollar = _dollar_of(text, lang)
    currency = _most_frequent_currency(find_money(text, lang, defaults=MoneyDefaults(dollar=dollar)))
    return MoneyDefaults(dollar=dollar, currency=currency)


# Words every vague amount and every "not disclosed" phrase contains. A substring test on the
# lower-cased article is ~10x cheaper than a case-insensitive scan, and most articles have none.
_VAGUE_HINTS = ("illi", "tausend")
_UNDISCLOSED_HINTS = ("disclos", "releas", "withheld", "public", "divulg", "dévoil", "communiqu", "précis", "stillschweigen", "nicht")


def _undisclosed(text: str, lowered: str) -> list[MoneyMention]:
    if not any(hint in lowered for hint in _UNDISCLOSED_HINTS):
        return []
    return [
        MoneyMention(
            value=None, currency=None, approximate=False, lower=None, upper=None, disclosed=False,
            per_unit=False, start=m.start(), end=m.end(), text=m.group(0),
        )
        for m in _UNDISCLOSED.finditer(text)
    ]


# --- contract Money and exchange rates ------------------------------------------------

_converter: CurrencyConverter | None = None
_converter_lock = threading.Lock()


def _rates() -> CurrencyConverter:
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                from currency_converter import CurrencyConverter

                _converter = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    return _converter


def _fx(currency: str, on: date | None) -> tuple[Decimal, date] | None:
    """USD per unit of ``currency`` on the nearest date the ECB file covers."""
    converter = _rates()
    if currency not in converter.currencies:
        return None
    first = max(converter.bounds[currency].first_date, converter.bounds["USD"].first_date)
    last = min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)
    day = on or last
    day = min(max(day, first), last)
    if currency == "USD":
        return Decimal(1), day
    rate = converter.convert(1, currency, "USD", date=day)
    return Decimal(repr(rate)).quantize(Decimal("0.0000000001")).normalize(), day


def to_money(m: MoneyMention, *, on: date | None, currency: str | None = None) -> Money:
    """The contract's Money for a mention; ``currency`` fills in when the text gave none.

    Raises ``UnsupportedCurrency`` when the contract does not know the currency
    code and ``ValueError`` when a disclosed amount has no currency at all.
    """
    evidence = Evidence(text=m.text, start=m.start, end=m.end)
    if not m.disclosed:
        return Money(disclosed=False, evidence=evidence)
    code = m.currency or currency
    if code is None:
        raise ValueError(f"amount {m.text!r} names no currency")
    if not is_currency_code(code):
        raise UnsupportedCurrency(f"{code} is not an ISO 4217 currency the contract carries")
    value_usd = fx_rate = fx_date = None
    fx = _fx(code, on)
    if fx is not None:
        fx_rate, fx_date = fx
        if m.value is not None:
            value_usd = (m.value * fx_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    return Money(
        value=m.value,
        currency=code,
        approximate=m.approximate,
        lower=m.lower,
        upper=m.upper,
        disclosed=True,
        value_usd=value_usd,
        fx_rate=fx_rate,
        fx_date=fx_date,
        evidence=evidence,
    )


def to_money_or_none(m: MoneyMention, *, on: date | None, currency: str | None = None) -> Money | None:
    """``to_money`` for assembly code: None instead of an exception.

    None when the mention cannot be contract Money: a currency code the contract
    does not know, or an amount with no currency in the text nor in ``currency``.
    """
    try:
        return to_money(m, on=on, currency=currency)
    except ValueError:  # UnsupportedCurrency is a ValueError, as are the contract's own checks
        return None


# Exact figures still differ by rounding in the article; approximations by more.
EXACT_TOLERANCE = Decimal("0.05")
APPROXIMATE_TOLERANCE = Decimal("0.25")


def _usd(money: Money) -> Decimal | None:
    if money.value_usd is not None:
        return money.value_usd
    if money.fx_rate is None:
        return None
    if money.lower is not None and money.upper is not None:
        return (money.lower + money.upper) / 2 * money.fx_rate
    return None


def consistency(quantity: Quantity, unit_price: Money, amount: Money) -> Consistency | None:
    """Does quantity × unit price agree with the amount? None when a USD figure is missing."""
    price_usd, amount_usd = _usd(unit_price), _usd(amount)
    if price_usd is None or amount_usd is None or amount_usd == 0:
        return None
    product = (quantity.value * price_usd).quantize(Decimal("0.01"))
    ratio = (product / amount_usd).quantize(Decimal("0.0001"))
    loose = quantity.approximate or unit_price.approximate or amount.approximate or amount.value is None
    tolerance = APPROXIMATE_TOLERANCE if loose else EXACT_TOLERANCE
    return Consistency(
        product_usd=product,
        amount_usd=amount_usd.quantize(Decimal("0.01")),
        ratio=ratio,
        tolerance=tolerance,
        consistent=abs(ratio - 1) <= tolerance,
    )


def with_currency(m: MoneyMention, currency: str) -> MoneyMention:
    """A copy of ``m`` that carries ``currency`` (for vague amounts that named none)."""
    return replace(m, currency=currency)

