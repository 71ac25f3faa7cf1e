"""Money phrases in fr/de/en: spellings, bounds, approximations, spans, FX and consistency."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.money import (
    MoneyMention,
    UnsupportedCurrency,
    consistency,
    currency_code,
    find_money,
    money_defaults,
    to_money,
    to_money_or_none,
)
from pipeline.models import Quantity


def only(sentence: str, lang: str) -> MoneyMention:
    found = find_money(sentence, lang)
    assert len(found) == 1, found
    mention = found[0]
    assert sentence[mention.start : mention.end] == mention.text
    return mention


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "currency", "span"),
    [
        ("Le groupe paiera 4 milliards de dollars en numéraire.", "fr", "4000000000", "USD", "4 milliards de dollars"),
        ("L'offre valorise la cible à 1,7 milliard d'euros.", "fr", "1700000000", "EUR", "1,7 milliard d'euros"),
        ("Der Konzern zahlt 6 Mrd. Euro für die Sparte.", "de", "6000000000", "EUR", "6 Mrd. Euro"),
        ("Die Firma bietet 3,5 Milliarden Dollar.", "de", "3500000000", "USD", "3,5 Milliarden Dollar"),
        ("The insurer agreed a $7bn takeover.", "en", "7000000000", "USD", "$7bn"),
        ("It will invest €1.25 billion in the plant.", "en", "1250000000", "EUR", "€1.25 billion"),
        ("The startup raised US$4.5 million.", "en", "4500000", "USD", "US$4.5 million"),
        ("Acme Corp said it paid 31 mln dlrs for the unit.", "en", "31000000", "USD", "31 mln dlrs"),
        ("The brewer sold the pubs for 57 mln stg.", "en", "57000000", "GBP", "57 mln stg"),
        ("The offer is worth 2.2 billion Canadian dlrs.", "en", "2200000000", "CAD", "2.2 billion Canadian dlrs"),
        ("Die Bank erhält 80 Mio. Franken.", "de", "80000000", "CHF", "80 Mio. Franken"),
        ("Un apport de 9 millions de francs suisses.", "fr", "9000000", "CHF", "9 millions de francs suisses"),
        ("The club sold its stake for CHF 25 million.", "en", "25000000", "CHF", "CHF 25 million"),
        ("A retailer bought the site for £45m last week.", "en", "45000000", "GBP", "£45m"),
        ("The lender put in ¥8 billion.", "en", "8000000000", "JPY", "¥8 billion"),
        ("La mairie versera 250 000 euros.", "fr", "250000", "EUR", "250 000 euros"),
        ("Der Verein zahlt 750.000 Euro Ablöse.", "de", "750000", "EUR", "750.000 Euro"),
        ("The family paid 650,000 dlrs in cash.", "en", "650000", "USD", "650,000 dlrs"),
        ("Le fonds apporte cinq milliards d'euros.", "fr", "5000000000", "EUR", "cinq milliards d'euros"),
        ("Der Staat gibt vier Milliarden Euro.", "de", "4000000000", "EUR", "vier Milliarden Euro"),
        ("The utility spent three billion dlrs.", "en", "3000000000", "USD", "three billion dlrs"),
        ("Le studio lève 6 M€ auprès de ses fans.", "fr", "6000000", "EUR", "6 M€"),
    ],
)
def test_point_amounts(sentence: str, lang: str, value: str, currency: str, span: str) -> None:
    mention = only(sentence, lang)
    assert (mention.value, mention.currency, mention.text) == (Decimal(value), currency, span)
    assert mention.disclosed and not mention.per_unit and not mention.approximate


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Les réserves valent 2 billions d'euros.", "fr", "2000000000000"),
        ("Die Schulden liegen bei 2 Billionen Euro.", "de", "2000000000000"),
        ("The bank holds 2 billion euros.", "en", "2000000000"),
    ],
)
def test_billion_false_friends_in_amounts(sentence: str, lang: str, value: str) -> None:
    assert only(sentence, lang).value == Decimal(value)


@pytest.mark.parametrize(
    ("sentence", "lang", "qualifier", "span"),
    [
        ("Le chantier coûtera environ 2 milliards de dollars.", "fr", "environ", "2 milliards de dollars"),
        ("Un lot de près de 40 millions d'euros.", "fr", "près de", "40 millions d'euros"),
        ("Die Halle kostet rund 90 Millionen Euro.", "de", "rund", "90 Millionen Euro"),
        ("Die Sparte bringt etwa 1,1 Milliarden Euro.", "de", "etwa", "1,1 Milliarden Euro"),
        ("Der Preis liegt bei knapp 300 Millionen Euro.", "de", "knapp", "300 Millionen Euro"),
        ("The chain fetched about 19 mln dlrs.", "en", "about", "19 mln dlrs"),
        ("It paid nearly $600 million.", "en", "nearly", "$600 million"),
        ("A deal worth roughly €4bn.", "en", "roughly", "€4bn"),
        ("It paid some 70 mln dlrs.", "en", "some", "70 mln dlrs"),
        ("The lot went for more than 8 mln dlrs.", "en", "more than", "8 mln dlrs"),
    ],
)
def test_approximators_stay_outside_the_span(sentence: str, lang: str, qualifier: str, span: str) -> None:
    """Answer keys quote the figure alone; the approximator is kept beside it."""
    mention = only(sentence, lang)
    assert mention.approximate and mention.text == span
    assert mention.qualifier == qualifier and mention.qualifier_start is not None
    assert sentence[mention.qualifier_start : mention.start].strip() == qualifier


@pytest.mark.parametrize(
    ("sentence", "lang", "lower", "upper", "currency"),
    [
        ("Le prix serait entre 2,1 et 2,6 milliards d'euros.", "fr", "2100000000", "2600000000", "EUR"),
        ("The unit could fetch between $3 and $4 billion.", "en", "3000000000", "4000000000", "USD"),
        ("Der Wert liegt zwischen 5 und 7 Milliarden Euro.", "de", "5000000000", "7000000000", "EUR"),
        ("Un chèque de 20 à 25 millions de dollars.", "fr", "20000000", "25000000", "USD"),
        ("Analysts see a 1-3 billion dlr price.", "en", "1000000000", "3000000000", "USD"),
    ],
)
def test_ranges(sentence: str, lang: str, lower: str, upper: str, currency: str) -> None:
    mention = only(sentence, lang)
    assert (mention.lower, mention.upper, mention.currency) == (Decimal(lower), Decimal(upper), currency)
    assert mention.value is None


@pytest.mark.parametrize(
    ("sentence", "lang", "lower", "currency"),
    [
        ("Des contrats de plusieurs milliards de dollars.", "fr", "2000000000", "USD"),
        ("Il faudra plusieurs centaines de millions d'euros.", "fr", "200000000", "EUR"),
        ("Das kostet mehrere Milliarden Euro.", "de", "2000000000", "EUR"),
        ("It will cost several billion dollars.", "en", "2000000000", "USD"),
        ("They signed a billion-dollar pact.", "en", "1000000000", "USD"),
        ("Ein milliardenschwerer Zukauf ist geplant.", "de", "1000000000", None),
    ],
)
def test_vague_amounts_give_a_lower_bound(sentence: str, lang: str, lower: str, currency: str | None) -> None:
    mention = only(sentence, lang)
    assert (mention.value, mention.lower, mention.upper, mention.currency) == (None, Decimal(lower), None, currency)


@pytest.mark.parametrize(
    ("sentence", "lang", "upper"),
    [
        ("The buyer may pay up to 900 mln dlrs.", "en", "900000000"),
        ("L'État apportera jusqu'à 700 millions d'euros.", "fr", "700000000"),
        ("Der Bund zahlt bis zu 12 Milliarden Euro.", "de", "12000000000"),
    ],
)
def test_up_to_is_an_upper_bound(sentence: str, lang: str, upper: str) -> None:
    mention = only(sentence, lang)
    assert mention.upper == Decimal(upper) and mention.lower is None


def test_more_than_is_an_approximate_lower_bound() -> None:
    mention = only("Der Fonds investiert über 3 Milliarden Euro.", "de")
    assert mention.approximate and mention.lower == Decimal("3000000000")


@pytest.mark.parametrize(
    "sentence",
    [
        "Velkor schließt mit Norvia einen Vertrag über 20 Millionen Euro.",
        "Velkor erhält einen Großauftrag der Stadt Brellin über 20 Millionen Euro.",
        "Die Staatsbank gewährt Norvia einen Kredit über 20 Millionen Euro.",
        "Velkor legt ein Übernahmeangebot für Norvia über 20 Millionen Euro vor.",
        "Die Bestellungen von Norvia über 20 Millionen Euro gingen an Velkor.",
    ],
)
def test_german_uber_after_a_deal_noun_is_what_it_is_worth(sentence: str) -> None:
    # "ein Vertrag über 20 Millionen": "über" names the contract's value, it is no lower bound
    mention = only(sentence, "de")
    assert mention.value == Decimal("20000000") and mention.lower is None and not mention.approximate


@pytest.mark.parametrize(
    "sentence",
    [
        "Velkor kauft Norvia für über 20 Millionen Euro.",
        "Norvia erzielte einen Umsatz von über 20 Millionen Euro.",
        "Der Vertrag bringt Norvia über 20 Millionen Euro.",
        "Velkor vertraut Norvia, über 20 Millionen Euro fließen.",
    ],
)
def test_german_uber_elsewhere_stays_more_than(sentence: str) -> None:
    mention = only(sentence, "de")
    assert mention.approximate and mention.lower == Decimal("20000000")


def test_german_uber_after_a_deal_noun_keeps_a_cue_that_follows() -> None:
    mention = only("Velkor schließt einen Vertrag über rund 20 Millionen Euro.", "de")
    assert mention.approximate and mention.lower is None and mention.qualifier == "rund"


def test_french_plus_de_after_a_contract_is_still_more_than() -> None:
    mention = only("Velkor signe un contrat de plus de 20 millions d'euros.", "fr")
    assert mention.approximate and mention.lower == Decimal("20000000")
    exact = only("Velkor signe un contrat de 20 millions d'euros.", "fr")
    assert not exact.approximate and exact.lower is None


@pytest.mark.parametrize(
    ("sentence", "lang", "span"),
    [
        ("Zenith Inc bought the mill for undisclosed terms.", "en", "undisclosed"),
        ("Zenith Inc bought the mill for an undisclosed sum.", "en", "undisclosed sum"),  # the noun is quoted with it
        ("Financial terms were not disclosed.", "en", "not disclosed"),
        ("Le montant de la transaction est non divulgué.", "fr", "non divulgué"),
        ("Le prix n'a pas été dévoilé.", "fr", "pas été dévoilé"),
        ("Ein Kaufpreis wurde nicht genannt.", "de", "nicht genannt"),
        ("Über den Preis wurde Stillschweigen vereinbart.", "de", "Über den Preis wurde Stillschweigen vereinbart"),
    ],
)
def test_undisclosed(sentence: str, lang: str, span: str) -> None:
    mention = only(sentence, lang)
    assert not mention.disclosed and mention.value is None and mention.text == span


@pytest.mark.parametrize(
    ("sentence", "lang", "span"),
    [
        ("Chaque serveur coûte environ 45 000 dollars chacun.", "fr", "45 000 dollars"),
        ("Die Module kosten 120 Euro je Stück.", "de", "120 Euro"),
        ("The bid is 31 dlrs a share.", "en", "31 dlrs"),
        ("They sell for $250 apiece.", "en", "$250"),
        ("Les rames valent 20 millions d'euros l'unité.", "fr", "20 millions d'euros"),
    ],
)
def test_per_unit_prices(sentence: str, lang: str, span: str) -> None:
    mention = only(sentence, lang)
    assert mention.per_unit and mention.text == span


@pytest.mark.parametrize(
    "sentence",
    ["Sales rose 12 pct in 1986.", "Der Umsatz stieg um 4,5 Prozent.", "Il compte 3 000 salariés en 2024."],
)
def test_no_money_without_a_currency(sentence: str) -> None:
    assert [m for m in find_money(sentence, "en") if m.disclosed] == []


def test_several_amounts_keep_order_and_exact_spans() -> None:
    text = "Orbit Ltd paid 12 mln dlrs, then 3.5 mln stg, and later about $2 billion."
    found = find_money(text, "en")
    assert [m.text for m in found] == ["12 mln dlrs", "3.5 mln stg", "$2 billion"]
    assert all(text[m.start : m.end] == m.text for m in found)


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999"), places=2),
    lang=st.sampled_from(["fr", "de", "en"]),
)
def test_formatted_amounts_round_trip(value: Decimal, lang: str) -> None:
    written = format_decimal(value, locale=lang, decimal_quantization=False)
    word = {"fr": "euros", "de": "Euro", "en": "euros"}[lang]
    sentence = f"Total: {written} {word}."
    mention = only(sentence, lang)
    assert mention.value == value and mention.currency == "EUR"
    assert mention.text == f"{written} {word}"


@pytest.mark.parametrize(
    ("written", "code"),
    [("dlrs", "USD"), ("U.S. dlrs", "USD"), ("stg", "GBP"), ("Canadian dlrs", "CAD"), ("Euro", "EUR"),
     ("francs suisses", "CHF"), ("€", "EUR"), ("C$", "CAD"), ("yen", "JPY"), ("Belgian francs", "BEF")],
)
def test_currency_code(written: str, code: str) -> None:
    assert currency_code(written) == code


def test_to_money_converts_with_ecb_rates() -> None:
    mention = only("Le groupe paie 100 millions d'euros.", "fr")
    money = to_money(mention, on=date(2021, 6, 15))
    assert money.value == Decimal("100000000") and money.currency == "EUR"
    assert money.evidence is not None and money.evidence.text == mention.text
    assert money.fx_rate is not None and Decimal("1.1") < money.fx_rate < Decimal("1.3")
    assert money.value_usd == (money.value * money.fx_rate).quantize(Decimal("0.01"))
    assert money.fx_date == date(2021, 6, 15)


def test_to_money_clamps_to_the_rates_it_has() -> None:
    money = to_money(only("It paid 5 mln stg.", "en"), on=date(1987, 3, 2))
    assert money.fx_date is not None and money.fx_date.year == 1999
    usd = to_money(only("It paid 5 mln dlrs.", "en"), on=None)
    assert usd.fx_rate == Decimal(1) and usd.value_usd == Decimal("5000000.00")


def test_to_money_for_undisclosed_and_unsupported() -> None:
    money = to_money(only("Terms were not disclosed.", "en"), on=None)
    assert not money.disclosed and money.value is None and money.evidence is not None
    francs = to_money(only("It paid 40 mln French francs.", "en"), on=date(1987, 3, 2))
    assert francs.currency == "FRF" and francs.value == Decimal("40000000")
    assert francs.value_usd is None and francs.fx_rate is None  # a pre-euro code: no ECB rate to convert with
    with pytest.raises(UnsupportedCurrency):
        to_money(replace(only("It paid 40 mln dlrs.", "en"), currency="ZZZ"), on=None)
    vague = only("Ein milliardenschwerer Zukauf.", "de")
    with pytest.raises(ValueError, match="names no currency"):
        to_money(vague, on=None)
    assert to_money(vague, on=None, currency="EUR").lower == Decimal("1000000000")


def test_consistency_of_quantity_price_and_amount() -> None:
    text = "environ 50 000 puces à environ 20 000 dollars chacune, soit environ 1 milliard de dollars"
    found = find_money(text, "fr")
    price, total = (to_money(m, on=date(2024, 1, 2)) for m in found)
    quantity = Quantity(value=Decimal("50000"), unit="chip", approximate=True)
    check = consistency(quantity, price, total)
    assert check is not None and check.consistent and check.ratio == Decimal("1")
    wrong = consistency(Quantity(value=Decimal("5000"), unit="chip"), price, total)
    assert wrong is not None and not wrong.consistent


def test_approximator_after_an_elided_article() -> None:
    mention = only("Un lot d’environ 12 000 euros par machine.", "fr")
    assert mention.approximate and mention.text == "12 000 euros" and mention.qualifier == "environ"


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "currency", "per"),
    [
        ("Der Anbieter verlangt 4,25 Cent je Kilowattstunde.", "de", "0.0425", "EUR", "Kilowattstunde"),
        ("Strom gibt es dort für 3,9 Cent/kWh.", "de", "0.039", "EUR", "kWh"),
        ("The board declared 45 cts a share.", "en", "0.45", "USD", "share"),
        ("Le fournisseur facture 12 euros par tonne.", "fr", "12", "EUR", "tonne"),
        ("Crude sold at 61 dlrs a barrel.", "en", "61", "USD", "barrel"),
    ],
)
def test_unit_prices_name_their_unit(sentence: str, lang: str, value: str, currency: str, per: str) -> None:
    mention = only(sentence, lang)
    assert mention.per_unit and (mention.value, mention.currency, mention.per) == (Decimal(value), currency, per)


@pytest.mark.parametrize(
    ("sentence", "lang", "span"),
    [
        ("Norvia livrera 500 éoliennes au prix unitaire de 3 millions d'euros.", "fr", "3 millions d'euros"),
        ("Velkor liefert 1.000 Busse, zum Stückpreis von 400.000 Euro.", "de", "400.000 Euro"),
        ("The buses carry a unit price of about $500,000.", "en", "$500,000"),
    ],
)
def test_a_unit_price_named_before_the_sum(sentence: str, lang: str, span: str) -> None:
    mention = only(sentence, lang)
    assert mention.per_unit and mention.text == span
    # the same sum after a deal noun is the total
    assert not only(sentence.replace("prix unitaire", "montant total").replace("Stückpreis", "Gesamtpreis").replace("unit price", "total price"), lang).per_unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will cost 9 mln dlrs a year to run.",
        "Le projet est financé à 40 millions d'euros par Bpifrance.",
        "Die Stadt zahlt 3 Millionen Euro pro Jahr.",
    ],
)
def test_rates_and_payers_are_not_unit_prices(sentence: str) -> None:
    lang = "fr" if "projet" in sentence else "de" if "Stadt" in sentence else "en"
    assert not only(sentence, lang).per_unit


def test_an_elided_currency_comes_from_the_amount_before() -> None:
    text = "Orca met 5 millions d'euros sur la table, contre trois millions proposés par Kelp."
    found = find_money(text, "fr")
    assert [(m.text, m.currency, m.currency_implied) for m in found] == [
        ("5 millions d'euros", "EUR", False),
        ("trois millions", "EUR", True),
    ]
    wrapped = "Vance offered 40 dlrs a share, for\na total of 2.1 billion if all holders tender."
    assert [m.text for m in find_money(wrapped, "en")] == ["40 dlrs", "2.1 billion"]


def test_no_elided_amount_after_a_count() -> None:
    text = "Holders paid 3 mln dlrs and raised the authorised stock to 20 mln shares from 15 mln."
    assert [m.text for m in find_money(text, "en")] == ["3 mln dlrs"]


def test_money_nouns_take_the_article_currency() -> None:
    article = "Le groupe a levé 90 millions d'euros. Il prévoit aussi 250 millions d'investissements."
    sentence = "Il prévoit aussi 250 millions d'investissements."
    defaults = money_defaults(article, "fr")
    assert defaults.currency == "EUR"
    (mention,) = find_money(sentence, "fr", defaults=defaults)
    assert (mention.value, mention.currency, mention.currency_implied) == (Decimal("250000000"), "EUR", True)
    (alone,) = find_money(sentence, "fr")
    assert alone.currency is None and to_money_or_none(alone, on=None) is None


def test_quebec_dollars_are_canadian() -> None:
    article = "À Québec, la Ville a signé des contrats. Ils totalisent 12 345 678 $ au total."
    defaults = money_defaults(article, "fr")
    assert defaults.dollar == "CAD"
    (mention,) = find_money("Ils totalisent 12 345 678 $ au total.", "fr", defaults=defaults)
    assert mention.currency == "CAD" and mention.value == Decimal("12345678")
    assert find_money("Le groupe texan paie 5 millions de dollars.", "fr")[0].currency == "USD"


def test_to_money_or_none_never_raises_for_a_found_mention() -> None:
    unknown = replace(only("It paid 40 mln French francs.", "en"), currency="ZZZ")
    assert to_money_or_none(unknown, on=None) is None
    dollars = to_money_or_none(only("It paid 40 mln dlrs.", "en"), on=None)
    assert dollars is not None and dollars.value == Decimal("40000000")


def test_a_german_unit_named_before_the_sum_makes_it_a_unit_price() -> None:
    before = find_money("Velkor bietet je Aktie 25 Euro.", "de")
    assert [(m.per_unit, m.per) for m in before] == [(True, "Aktie")]
    total = find_money("Velkor bietet für die Aktien 25 Millionen Euro.", "de")
    assert [m.per_unit for m in total] == [False]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [("Velkor a racheté Norvia pour 3 milliards US.", "3 milliards US"), ("Velkor paie 20 millions $ US.", "20 millions $ US")],
)
def test_french_us_after_the_sum_is_the_us_dollar(sentence: str, span: str) -> None:
    mention = only(sentence, "fr")
    assert (mention.text, mention.currency) == (span, "USD")


def test_english_us_after_a_count_is_no_currency() -> None:
    # "US" names the shares' market, not a currency: only French reads "3 milliards US" as dollars
    assert find_money("Velkor bought 5 mln US shares.", "en") == []


@pytest.mark.parametrize(
    ("article", "lang", "span", "currency"),
    [
        ("Velkor a vendu 40 millions d'euros de pièces. Velkor a racheté Norvia pour 1,45 milliard.", "fr", "1,45 milliard", "EUR"),
        ("Norvia pèse 2 milliards de dollars. Dastrel a injecté 450 millions dans Norvia.", "fr", "450 millions", "USD"),
        # German press means euros when the article names no currency
        ("Velkor übernimmt Norvia für 1,2 Milliarden.", "de", "1,2 Milliarden", "EUR"),
    ],
)
def test_a_sum_after_a_price_word_takes_the_article_currency(article: str, lang: str, span: str, currency: str) -> None:
    implied = [m for m in find_money(article, lang) if m.currency_implied]
    assert [(m.text, m.currency) for m in implied] == [(span, currency)]


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        # the figure counts what follows it, or no price word stands before it
        ("Velkor a vendu 40 millions d'euros de pièces. Velkor vise pour 2025 2 millions de clients.", "fr"),
        ("Velkor a vendu 40 millions d'euros de pièces. Velkor a conquis 2 millions.", "fr"),
        ("Velkor baut Platz für 1,2 Millionen Kunden.", "de"),
    ],
)
def test_no_price_word_no_implied_sum(article: str, lang: str) -> None:
    assert [m for m in find_money(article, lang) if m.currency_implied] == []


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "lower", "currency"),
    [
        # a vague amount that names its figure is about that figure: value and lower bound
        ("Velkor paie une vingtaine de millions d'euros.", "fr", "20000000", "20000000", "EUR"),
        ("Velkor paie une dizaine de milliards de dollars.", "fr", "10000000000", "10000000000", "USD"),
        ("Velkor zahlt eine halbe Milliarde Euro.", "de", "500000000", None, "EUR"),
        ("Velkor paie un demi-milliard d'euros.", "fr", "500000000", None, "EUR"),
        # vague amounts read as their lower bound
        ("Velkor paie quelques centaines de milliers d'euros.", "fr", None, "200000", "EUR"),
        ("Velkor zahlt einen dreistelligen Millionen-Euro-Betrag.", "de", None, "100000000", "EUR"),
        ("Velkor zahlt einen Millionenbetrag.", "de", None, "1000000", None),
        # digits count for billions too: a two-digit billion sum starts at ten billion, not one
        ("Velkor zahlt einen zweistelligen Milliardenbetrag.", "de", None, "10000000000", None),
        ("Velkor bietet eine dreistellige Milliarden-Euro-Summe.", "de", None, "100000000000", "EUR"),
        ("Velkor zahlt einen Milliardenbetrag.", "de", None, "1000000000", None),
        ("Es ist eine Milliardenfusion.", "de", None, "1000000000", None),
    ],
)
def test_vague_amounts(sentence: str, lang: str, value: str | None, lower: str | None, currency: str | None) -> None:
    mention = only(sentence, lang)
    assert mention.value == (Decimal(value) if value else None)
    assert mention.lower == (Decimal(lower) if lower else None)
    assert mention.currency == currency


def test_a_loss_in_billions_is_no_vague_amount() -> None:
    assert find_money("Velkor meldet einen Milliardenverlust.", "de") == []


def test_a_french_article_without_currency_means_its_country_money() -> None:
    quebec = "Velkor, établi à Montréal, a acquis Norvia, de Toronto, pour 1,45 milliard."
    assert [(m.text, m.currency) for m in find_money(quebec, "fr")] == [("1,45 milliard", "CAD")]
    paris = "Velkor a acquis Norvia pour 1,45 milliard."
    assert [(m.text, m.currency) for m in find_money(paris, "fr")] == [("1,45 milliard", "EUR")]
    # no price word: a count, not a sum
    assert find_money("Velkor, établi à Montréal, compte 1,45 million.", "fr") == []


def test_milliardaire_is_an_amount_only_after_a_deal_noun() -> None:
    assert [m.lower for m in find_money("Velkor signe un contrat milliardaire avec Norvia.", "fr")] == [Decimal("1000000000")]
    # "le milliardaire X" is a person
    assert find_money("Le milliardaire Jean Velkor rachète Norvia.", "fr") == []


_DE_HALVES = {1: "eineinhalb", 2: "zweieinhalb", 3: "dreieinhalb", 4: "viereinhalb", 5: "fünfeinhalb", 6: "sechseinhalb"}
_FR_WHOLES = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(min_value=1, max_value=6), billions=st.booleans())
def test_a_number_and_a_half_round_trips(whole: int, billions: bool) -> None:
    # "zweieinhalb Milliarden Euro", "deux milliards et demi d'euros": the half is part of the number, not a vague amount
    unit = Decimal(10) ** (9 if billions else 6)
    expected = (Decimal(whole) + Decimal("0.5")) * unit
    de_scale = "Milliarden" if billions else "Millionen"
    mention = only(f"Velkor zahlt {_DE_HALVES[whole]} {de_scale} Euro für Norvia.", "de")
    assert (mention.value, mention.currency, mention.lower) == (expected, "EUR", None)
    fr_scale = ("milliard" if billions else "million") + ("s" if whole > 1 else "")
    mention = only(f"Velkor paie {_FR_WHOLES[whole]} {fr_scale} et demi d'euros pour Norvia.", "fr")
    assert (mention.value, mention.currency, mention.lower) == (expected, "EUR", None)
    assert mention.text.endswith("et demi d'euros")


@pytest.mark.parametrize(
    ("sentence", "lower"),
    [
        ("Velkor kauft Norvia für mehrere Millionen Euro.", "2000000"),
        ("Velkor kauft Norvia für einige Millionen Euro.", "2000000"),
        ("Velkor kauft Anteile im Wert von mehreren Millionen Euro.", "2000000"),
        ("Velkor kauft Anteile im Wert von mehreren hundert Millionen Euro.", "200000000"),
        ("Velkor kauft Anteile im Wert von einigen Milliarden Euro.", "2000000000"),
        ("Velkor investiert hunderte Millionen Euro.", "200000000"),
    ],
)
def test_german_several_is_declined_and_counts_its_own_scale(sentence: str, lower: str) -> None:
    # "mehrere Millionen" is a few million (not hundreds of millions); "mehreren", "einigen" are the same words declined
    mention = only(sentence, "de")
    assert (mention.value, mention.lower) == (None, Decimal(lower))


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=1_000_000, max_value=999_999_999), lang=st.sampled_from(["fr", "de"]))
def test_a_sum_written_out_before_a_scale_word_is_the_whole_sum(value: int, lang: str) -> None:
    # "2.345.678 Millionen Euro": the digits already count the units; the scale word repeats what they say
    written = format_decimal(value, locale=lang)
    sentence = f"Velkor zahlt {written} Millionen Euro." if lang == "de" else f"Velkor paie {written} millions d'euros."
    mention = only(sentence, lang)
    assert mention.value == Decimal(value)


@pytest.mark.parametrize(("sentence", "lang", "value"), [("Velkor zahlt 1.500 Millionen Euro.", "de", "1500000000"), ("Velkor paie 1 500 millions d'euros.", "fr", "1500000000")])
def test_one_thousands_group_before_a_scale_word_is_still_scaled(sentence: str, lang: str, value: str) -> None:
    assert only(sentence, lang).value == Decimal(value)


def test_fr_a_bare_sum_before_an_elided_article_takes_the_sentence_s_currency() -> None:
    text = "Velkor s'offre Dastrel pour 50 millions d'euros, après avoir racheté Norvia pour 300 millions l'an dernier."
    assert [(m.value, m.currency) for m in find_money(text, "fr")] == [(Decimal("50000000"), "EUR"), (Decimal("300000000"), "EUR")]


def test_fr_a_bare_count_before_d_apostrophe_stays_a_count() -> None:
    text = "Le pays compte 50 millions d'euros de dette et 300 millions d'habitants."
    assert [m.value for m in find_money(text, "fr")] == [Decimal("50000000")]
