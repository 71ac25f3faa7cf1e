"""Locale digits, number words, scale false friends and counted things."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.numbers import (
    NUMBER,
    find_quantities,
    parse_number,
    scale_of,
    words_to_number,
)

amounts = st.decimals(min_value=0, max_value=Decimal("999999999999"), places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(value=amounts, lang=st.sampled_from(["fr", "de", "en"]))
def test_babel_formatted_numbers_round_trip(value: Decimal, lang: str) -> None:
    written = format_decimal(value, locale=lang, decimal_quantization=False)
    sentence = f"Le lot compte {written} pièces."
    found = re.search(NUMBER, sentence)
    assert found is not None and found.group(0) == written
    assert parse_number(found.group(0), lang) == value


@pytest.mark.parametrize(
    ("written", "lang", "expected"),
    [
        ("100 000", "fr", "100000"),
        ("100\u202f000", "fr", "100000"),
        ("100\u00a0000", "de", "100000"),
        ("100.000", "de", "100000"),
        ("100.000", "fr", "100000"),
        ("100,000", "en", "100000"),
        ("1,2", "fr", "1.2"),
        ("1,2", "de", "1.2"),
        ("2.5", "de", "2.5"),
        ("2.5", "en", "2.5"),
        ("3 000,50", "fr", "3000.50"),
        ("1.234.567,8", "de", "1234567.8"),
        ("7,654,321.25", "en", "7654321.25"),
        ("1'500", "de", "1500"),
        ("1,200", "en", "1200"),
        ("1,200", "fr", "1.200"),
        ("0.750", "en", "0.750"),
    ],
)
def test_parse_number_examples(written: str, lang: str, expected: str) -> None:
    assert parse_number(written, lang) == Decimal(expected)


@pytest.mark.parametrize("written", ["12.03.2020", "1,23,4", "abc", "", "4.", "1.2.3,4,5"])
def test_parse_number_rejects_non_numbers(written: str) -> None:
    assert parse_number(written, "de") is None


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [("trois", "fr", 3), ("drei", "de", 3), ("three", "en", 3), ("vingt-deux", "fr", 22), ("eine", "de", 1),
     ("forty-one", "en", 41)],
)
def test_words_to_number(words: str, lang: str, expected: int) -> None:
    assert words_to_number(words, lang) == Decimal(expected)


def test_words_to_number_refuses_ordinary_words() -> None:
    assert words_to_number("banane", "fr") is None


def test_billion_is_a_false_friend() -> None:
    assert scale_of("billion", "en") == Decimal(10) ** 9
    assert scale_of("billion", "fr") == Decimal(10) ** 12
    assert scale_of("Billionen", "de") == Decimal(10) ** 12
    assert scale_of("Mrd.", "de") == Decimal(10) ** 9
    assert scale_of("milliards", "fr") == Decimal(10) ** 9
    assert scale_of("mln", "en") == Decimal(10) ** 6


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "unit", "approximate", "span"),
    [
        ("La flotte recevra environ 40 000 puces neuves.", "fr", "40000", "chip", True, "40 000 puces"),
        ("Le ministère commande 12 millions de doses.", "fr", "12000000", "dose", False, "12 millions de doses"),
        ("Die Airline bestellt 75 Flugzeuge.", "de", "75", "aircraft", False, "75 Flugzeuge"),
        ("The fund bought 2.4 million shares of the miner.", "en", "2400000", "share", False, "2.4 million shares"),
        ("Its cluster will use 8,192 GPUs.", "en", "8192", "gpu", False, "8,192 GPUs"),
        ("Le réseau achète quinze rames.", "fr", "15", "train", False, "quinze rames"),
        ("Die Stadt kauft rund 300 Elektroautos.", "de", "300", "vehicle", True, "300 Elektroautos"),
    ],
)
def test_find_quantities(sentence: str, lang: str, value: str, unit: str, approximate: bool, span: str) -> None:
    found = find_quantities(sentence, lang)
    assert len(found) == 1
    mention = found[0]
    assert (mention.value, mention.unit, mention.approximate, mention.text) == (Decimal(value), unit, approximate, span)
    assert sentence[mention.start : mention.end] == mention.text


def test_no_quantity_without_a_counted_thing() -> None:
    assert find_quantities("Le chiffre progresse de 12 % en 2023.", "fr") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "unit", "span"),
    [
        ("La région reçoit 14 nouveaux trains.", "fr", "14", "train", "14 nouveaux trains"),
        ("Die Linie bestellt 40 neue Flugzeuge.", "de", "40", "aircraft", "40 neue Flugzeuge"),
        ("Der Gründer verkaufte 2,5 Millionen Nordwind-Aktien.", "de", "2500000", "share", "2,5 Millionen Nordwind-Aktien"),
        ("Die Gemeinde verkaufte vier der zehn Pavillons.", "de", "4", "pavilion", "vier der zehn Pavillons"),
        ("The lender sold 9 new loans.", "en", "9", "loan", "9 new loans"),
    ],
)
def test_counts_across_adjectives_compounds_and_partitives(
    sentence: str, lang: str, value: str, unit: str, span: str
) -> None:
    (mention,) = find_quantities(sentence, lang)
    assert (mention.value, mention.unit, mention.text) == (Decimal(value), unit, span)


@pytest.mark.parametrize(
    ("sentence", "lang", "span"),
    [
        ("Velkor Air ordered 20 Boeing 737 jets.", "en", "20 Boeing 737"),
        ("La compagnie a commandé 12 Airbus A320neo.", "fr", "12 Airbus A320neo"),
        ("Die Airline bestellt 30 A350-900 bei Norvia.", "de", "30 A350-900"),
        ("It ordered 15 Boeing 737 MAX 8 aircraft.", "en", "15 Boeing 737 MAX 8"),
    ],
)
def test_a_makers_model_is_the_counted_thing_not_the_count(sentence: str, lang: str, span: str) -> None:
    (mention,) = find_quantities(sentence, lang)
    assert (mention.unit, mention.text) == ("aircraft", span)


def test_a_year_before_a_model_is_no_count() -> None:
    assert find_quantities("In 2019 Airbus A320 deliveries slowed.", "en") == []
    assert find_quantities("Fleet of 737 planes.", "en")[0].value == Decimal(737)  # no maker named: the number counts


def test_an_article_alone_is_not_a_count() -> None:
    assert find_quantities("Le groupe ouvre une boutique et achète un camion.", "fr") == []
    assert find_quantities("Er kauft einen Chip.", "de") == []
    assert [q.value for q in find_quantities("Il livrera un million de doses.", "fr")] == [Decimal(1000000)]


def test_quantity_approximator_is_kept_outside_the_span() -> None:
    (mention,) = find_quantities("Sie liefert rund 700 Busse.", "de")
    assert mention.text == "700 Busse" and mention.approximate and mention.qualifier == "rund"


def test_german_order_over_a_count_is_that_count() -> None:
    # "eine Bestellung über 30 Flugzeuge" orders 30; "liefert über 30 Flugzeuge" is more than 30
    (order,) = find_quantities("Norvia gibt bei Velkor eine Bestellung über 30 Flugzeuge auf.", "de")
    assert order.value == Decimal(30) and not order.approximate
    (more,) = find_quantities("Velkor liefert über 30 Flugzeuge.", "de")
    assert more.approximate and more.qualifier == "über"


_DE_UNIT_WORDS = {1: "ein", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun"}
_DE_TEN_WORDS = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig", 8: "achtzig", 9: "neunzig"}


@settings(max_examples=200, deadline=None)
@given(unit=st.integers(min_value=1, max_value=9), ten=st.integers(min_value=2, max_value=9))
def test_german_one_word_numbers_round_trip(unit: int, ten: int) -> None:
    # "fünfundzwanzig", "dreihundert": German writes the whole number as one word
    assert words_to_number(f"{_DE_UNIT_WORDS[unit]}und{_DE_TEN_WORDS[ten]}", "de") == Decimal(10 * ten + unit)
    if unit > 1:
        assert words_to_number(f"{_DE_UNIT_WORDS[unit]}hundert", "de") == Decimal(100 * unit)


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(min_value=1, max_value=9))
def test_german_halves_round_trip(whole: int) -> None:
    # "zweieinhalb" is two and a half, "eineinhalb" and "anderthalb" one and a half
    assert words_to_number(f"{_DE_UNIT_WORDS[whole]}einhalb", "de") == Decimal(whole) + Decimal("0.5")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("anderthalb", "1.5"), ("eineinhalb", "1.5"), ("zehneinhalb", "10.5"), ("zwölfeinhalb", "12.5"), ("fünfzehn", "15"), ("neunzig", "90")],
)
def test_german_number_words(written: str, expected: str) -> None:
    assert words_to_number(written, "de") == Decimal(expected)
