"""The deal's country and location (``pipeline.extract.country``), read through whole invented articles."""

from __future__ import annotations

import pytest

from tests.unit.extract.support import records_of


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the sentence names a city, no country: the city's country is the deal's
        ("Le groupe Velkor a racheté la société Norvia, installée à Francfort, pour 40 millions d'euros.", "fr", "DE"),
        ("Der Chipkonzern Velkor übernimmt die Norvia GmbH aus Graz für 40 Millionen Euro.", "de", "AT"),
        # no country anywhere in the article: the cities it names say where it is
        ("Le groupe Velkor a racheté la société Norvia pour 40 millions d'euros.\nLes deux sociétés emploient 300 personnes à Lyon.", "fr", "FR"),
    ],
)
def test_a_city_says_the_deal_country_when_no_country_is_named(text: str, lang: str, code: str) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


def test_a_named_country_outranks_a_city() -> None:
    records = records_of("Le groupe Velkor a racheté la société Norvia, basée à Londres, en Espagne pour 40 millions d'euros.", "fr")
    assert records and records[0].country == "ES"


def test_a_region_is_the_location_and_names_no_single_country() -> None:
    records = records_of(
        "Le groupe Velkor a signé un contrat avec Norvia pour construire trois usines au Moyen-Orient pour 40 millions d'euros.", "fr"
    )
    assert records and records[0].country is None
    assert records[0].location_text == "Moyen-Orient"
