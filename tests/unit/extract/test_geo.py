from __future__ import annotations

import pytest

from pipeline.extract.geo import PLACES, country_of, find_countries, foreign_name, place_pattern


@pytest.mark.parametrize(
    ("sentence", "code", "written"),
    [
        ("La banque a ouvert un bureau en Allemagne cette année.", "DE", "Allemagne"),
        ("Le constructeur allemand investit dans une usine.", "DE", "allemand"),
        ("Das Werk entsteht in Deutschland.", "DE", "Deutschland"),
        ("Die deutsche Tochter wurde verkauft.", "DE", "deutsche"),
        ("A German lender bought the stake.", "DE", "German"),
        ("Le groupe vise les États-Unis et le Royaume-Uni.", "US", "États-Unis"),
        ("The U.S. unit was sold.", "US", "U.S."),
    ],
)
def test_names_and_adjectives_in_three_languages(sentence: str, code: str, written: str) -> None:
    first = find_countries(sentence)[0]
    assert (first.code, first.text) == (code, written)
    assert sentence[first.start : first.end] == written


def test_multiword_names_win_over_their_parts() -> None:
    found = find_countries("Un contrat au Royaume-Uni puis aux Pays-Bas.")
    assert [m.code for m in found] == ["GB", "NL"]


def test_common_words_are_not_countries() -> None:
    assert find_countries("let us buy the chad of paper") == []


def test_country_of_whole_phrase() -> None:
    assert country_of("Allemagne") == country_of("Germany") == country_of("Deutschland") == "DE"
    assert country_of("Acme Holdings") is None


@pytest.mark.parametrize(
    ("sentence", "place", "code"),
    [("Le site de Francfort ferme.", "Francfort", "DE"), ("Das Werk in Graz schließt.", "Graz", "AT"),
     ("Its New York office moves.", "New York", "US"), ("La filiale de Montréal est vendue.", "Montréal", "CA")],
)
def test_places_name_their_country(sentence: str, place: str, code: str) -> None:
    found = place_pattern().search(sentence)
    assert found is not None and found.group(1) == place and PLACES[place] == code


def test_places_are_whole_words_and_not_the_countries_themselves() -> None:
    assert place_pattern().search("Die Parisienne-Linie und Romantik") is None  # "Paris", "Rom" inside other words
    assert not set(PLACES) & {"Deutschland", "France", "Allemagne", "Österreich"}  # countries are find_countries' job


def test_a_country_name_of_the_other_language_is_foreign() -> None:
    assert foreign_name("Malte", "de") and not foreign_name("Malte", "fr")
    assert not foreign_name("Malta", "de") and not foreign_name("Germany", "de")
    assert not foreign_name("Malte", "en")  # English is not read this way
