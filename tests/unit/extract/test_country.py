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


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the only country of the article qualifies a newspaper that is no party: it says nothing of the deal
        ("Le groupe Velkor a racheté la société Norvia pour 40 millions d'euros.\n"
         "Le quotidien israélien Dastrelpost a révélé les détails de l'opération.", "fr", None),
        # the same adjective qualifying the deal's target counts
        ("Le groupe Velkor a racheté la société Norvia pour 40 millions d'euros.\n"
         "Le groupe belge Norvia emploie 300 personnes.", "fr", "BE"),
        ("Der Konzern Velkor übernimmt die Norvia GmbH für 40 Millionen Euro.\n"
         "Auch der italienische Konkurrent Dastrel hatte Interesse gezeigt.", "de", None),
        ("Der Konzern Velkor übernimmt die Norvia GmbH für 40 Millionen Euro.\n"
         "Der schwedische Hersteller Norvia beschäftigt 300 Menschen.", "de", "SE"),
    ],
)
def test_a_nationality_of_a_bystander_does_not_decide_the_article_country(text: str, lang: str, code: str | None) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


def test_a_bystander_nationality_breaks_a_tie_of_the_countries_named() -> None:
    # one named mention each: the home country of the other bank breaks the tie
    records = records_of(
        "Der Konzern Velkor übernimmt die Norvia GmbH für 40 Millionen Euro.\n"
        "Die Aktie der deutschen Bank Dastrel fiel, auch in Deutschland und in Spanien gaben die Kurse nach.",
        "de",
    )
    assert records and records[0].country == "DE"


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the trigger sentence's adjective qualifies a company that is no party: the city says where the deal is
        ("Le groupe Velkor a racheté la société Norvia, installée à Lyon, comme l'avait fait le laboratoire américain Dastrel.",
         "fr", "FR"),
        # the adjective qualifies the target: it says where the deal is
        ("Le groupe Velkor a racheté le laboratoire américain Norvia pour 40 millions d'euros.", "fr", "US"),
        ("Der Konzern Velkor übernimmt die Norvia GmbH aus Graz, ähnlich wie zuvor der spanische Konzern Dastrel.", "de", "AT"),
        ("Der Konzern Velkor übernimmt den spanischen Hersteller Norvia für 40 Millionen Euro.", "de", "ES"),
    ],
)
def test_a_nationality_of_a_bystander_in_the_trigger_sentence_does_not_decide(text: str, lang: str, code: str) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # "Malte" is Malta in French, a first name in German: a German article reads it as no country
        ("Der Konzern Velkor übernimmt die Norvia GmbH für 40 Millionen Euro.\n"
         "Malte Dastrel, der Chef von Velkor, sprach von einem guten Tag.", "de", None),
        ("Le groupe Velkor a racheté la société Norvia pour 40 millions d'euros.\n"
         "Norvia emploie 300 personnes à Malte.", "fr", "MT"),
    ],
)
def test_a_country_name_is_read_in_the_article_language(text: str, lang: str, code: str | None) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the city of a fair where the deal is announced is not where the deal is
        ("Le groupe Velkor a racheté la société Norvia, qui expose au Salon du jouet de Lyon, pour 40 millions d'euros.", "fr", None),
        ("Der Konzern Velkor übernimmt die Norvia GmbH, wie er auf der Messe in Hamburg mitteilte.", "de", None),
        # the city where the target is counts
        ("Le groupe Velkor a racheté la société Norvia, qui emploie 80 personnes à Lyon, pour 40 millions d'euros.", "fr", "FR"),
        ("Der Konzern Velkor übernimmt die Norvia GmbH, die in Hamburg 80 Menschen beschäftigt.", "de", "DE"),
    ],
)
def test_an_event_city_is_not_the_deal_place(text: str, lang: str, code: str | None) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # the European Union buys for all its members: no single country, whatever city the sentence names
        ("L'Union européenne a commandé 40 millions de doses au laboratoire Velkor, installé à Lyon.", "fr", None),
        ("Die Europäische Union bestellt bei Velkor aus Hamburg 40 Millionen Impfdosen.", "de", None),
        # one country buying: that country
        ("L'Espagne a commandé 40 millions de doses au laboratoire Velkor, installé à Lyon.", "fr", "ES"),
    ],
)
def test_a_european_union_customer_names_no_single_country(text: str, lang: str, code: str | None) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # filed in Vienna about a bank the article places in Romania twice: the story's country
        ("Wien – Die Aufsicht hat am Montag entschieden.\nDer Konzern Velkor übernimmt die Norvia-Bank für 40 Millionen Euro.\n"
         "Die Norvia-Bank ist in Rumänien tätig. In Rumänien hat sie 200 Filialen.", "RO"),
        # a country named once does not outweigh the dateline
        ("Wien – Die Aufsicht hat am Montag entschieden.\nDer Konzern Velkor übernimmt die Norvia-Bank für 40 Millionen Euro.\n"
         "Die Norvia-Bank hat auch eine Filiale in Rumänien.", "AT"),
    ],
)
def test_a_dateline_yields_to_a_country_the_article_names_again(text: str, code: str) -> None:
    records = records_of(text, "de")
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an overseas département is France
        ("Le groupe Velkor a racheté la société Norvia, installée en Martinique, pour 40 millions d'euros.", "FR"),
        # a foreign island stays itself
        ("Le groupe Velkor a racheté la société Norvia, installée en Jamaïque, pour 40 millions d'euros.", "JM"),
    ],
)
def test_a_french_overseas_departement_is_france(text: str, code: str) -> None:
    records = records_of(text, "fr")
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a country aided is where the deal is, before any other country of the sentence
        ("Le Fonds monétaire, installé aux Etats-Unis, a accordé un crédit de 2 milliards de dollars à l'Espagne.", "ES"),
        # a company aided: the sentence's country
        ("Le Fonds monétaire, installé aux Etats-Unis, a accordé un crédit de 2 milliards de dollars à la société Norvia.", "US"),
    ],
)
def test_fr_a_country_target_is_the_deal_country(text: str, code: str) -> None:
    records = records_of(text, "fr")
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # partners of two nationalities, no target: a cross-border deal has no single country
        ("Le laboratoire allemand Velkor a conclu un partenariat avec le laboratoire américain Norvia pour développer un vaccin.",
         "fr", None),
        ("Der deutsche Konzern Velkor und der amerikanische Konzern Norvia gründen ein Gemeinschaftsunternehmen.", "de", None),
        # partners of one nationality: that country
        ("Le laboratoire allemand Velkor a conclu un partenariat avec le laboratoire allemand Norvia pour développer un vaccin.",
         "fr", "DE"),
        ("Der deutsche Konzern Velkor und der deutsche Konzern Norvia gründen ein Gemeinschaftsunternehmen.", "de", "DE"),
    ],
)
def test_a_cross_border_partnership_has_no_single_country(text: str, lang: str, code: str | None) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # where the buyer comes from is not where the deal is, in the article fallback as in the sentence
        ("Le groupe belge Velkor a racheté la société Norvia pour 40 millions d'euros.", "fr", None),
        ("Der belgische Konzern Velkor übernimmt die Norvia GmbH für 40 Millionen Euro.", "de", None),
        # the buyer's nationality yields to a country the article names
        ("Le groupe belge Velkor a racheté la société Norvia pour 40 millions d'euros.\nNorvia emploie 300 personnes en Espagne.",
         "fr", "ES"),
    ],
)
def test_a_buyer_nationality_does_not_decide_the_article_fallback(text: str, lang: str, code: str | None) -> None:
    records = records_of(text, lang)
    assert records and records[0].country == code
