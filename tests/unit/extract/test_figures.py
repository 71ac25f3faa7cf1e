"""A deal's figures: the amount the trigger sentence (or a later one about the deal) states as
its price, not the target's size or turnover; the counted quantity; the unit price; and whether
quantity x unit price agrees with the amount."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from pipeline.extract.candidates import Candidate, Role
from pipeline.extract.figures import Figures, deal_figures
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import find_triggers
from pipeline.models import PartyRole

PUBLISHED = datetime(2024, 5, 14, 9, 30, tzinfo=timezone.utc)


def _figures(text: str, lang: str) -> Figures:
    """The figures of the text's first trigger, with the candidate built as ``extract`` builds it."""
    sentences = split_sentences(text)
    trigger = find_triggers(text, lang)[0]
    sentence = next(s for s in sentences if s[0] <= trigger.start < s[1])
    cand = Candidate(trigger, sentence, text_window=text[sentence[0] : sentence[1]] if lang != "en" else "")
    return deal_figures(text, lang, cand, sentences, PUBLISHED, {})


def _figures_of(text: str, lang: str, names: tuple[str, ...] = ("Velkor", "Norvia")) -> Figures:
    """``_figures`` with the deal's parties named (the later-sentence rules check who pays)."""
    sentences = split_sentences(text)
    trigger = find_triggers(text, lang)[0]
    sentence = next(s for s in sentences if s[0] <= trigger.start < s[1])
    parties = [Role(name, text.index(name), text.index(name) + len(name), PartyRole.TARGET) for name in names]
    cand = Candidate(trigger, sentence, parties=parties, text_window=text[sentence[0] : sentence[1]] if lang != "en" else "")
    return deal_figures(text, lang, cand, sentences, PUBLISHED, {})


def _amount(text: str, lang: str) -> tuple[Decimal | None, str | None, str] | None:
    amount = _figures(text, lang).amount
    if amount is None:
        return None
    assert amount.evidence is not None
    assert text[amount.evidence.start : amount.evidence.end] == amount.evidence.text
    return amount.value, amount.currency, amount.evidence.text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the trigger sentence's own total
        ("Velkor Inc has agreed to purchase Norvia Corp for 30 mln dlrs in cash.", "en", (Decimal("30000000"), "USD", "30 mln dlrs")),
        ("Velkor übernimmt Norvia für 300 Millionen Euro.", "de", (Decimal("300000000"), "EUR", "300 Millionen Euro")),
        ("Le groupe Velkor a commandé 20 avions à Norvia pour 600 millions d'euros.", "fr", (Decimal("600000000"), "EUR", "600 millions d'euros")),
        # a later sentence stating the price of the deal itself
        ("Velkor Inc has agreed to purchase Norvia. The price was 30 mln dlrs.", "en", (Decimal("30000000"), "USD", "30 mln dlrs")),
        ("Velkor a racheté Norvia. La transaction s'élève à 300 millions d'euros.", "fr", (Decimal("300000000"), "EUR", "300 millions d'euros")),
        ("Velkor übernimmt Norvia. Dafür zahlt der Konzern 300 Millionen Euro.", "de", (Decimal("300000000"), "EUR", "300 Millionen Euro")),
        # the offer, the price or the volume told in a later sentence
        ("Velkor rachète Norvia. L'offre prévoit un apport de 300 millions d'euros.", "fr", (Decimal("300000000"), "EUR", "300 millions d'euros")),
        ("Velkor übernimmt Norvia. Das Volumen liegt bei 300 Millionen Euro.", "de", (Decimal("300000000"), "EUR", "300 Millionen Euro")),
        # the sale of a unit for a sum that is the price, not a turnover
        ("Velkor rachète Norvia pour 300 millions d'euros de liquidités.", "fr", (Decimal("300000000"), "EUR", "300 millions d'euros")),
    ],
)
def test_amount_is_the_stated_price(text: str, lang: str, expected: tuple[Decimal, str, str]) -> None:
    assert _amount(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the target's size or turnover is no price
        ("Velkor Inc agreed to buy Norvia Corp, which has assets of about 95 mln dlrs.", "en"),
        ("Velkor a racheté Norvia, dont le chiffre d'affaires atteint 300 millions d'euros.", "fr"),
        ("Velkor übernimmt Norvia, deren Umsatz bei 300 Millionen Euro liegt.", "de"),
        # a later sentence's past purchase, a ceiling, the target's sales: none is this deal's price
        ("Velkor Inc agreed to buy Norvia. Velkor bought the plant in 1981 for 300,000 dlrs.", "en"),
        ("Velkor Inc agreed to buy Norvia. Velkor does not expect its cost to exceed 15 mln dlrs.", "en"),
        ("Velkor Inc agreed to buy Norvia. Norvia had sales of 40 mln dlrs last year.", "en"),
        ("Velkor a racheté Norvia. Velkor a payé une amende de 500.000 euros.", "fr"),
        # the figure's noun after the sum, or after a colon: turnover and stock-market worth are no price
        ("Velkor rachète Norvia (300 millions d'euros de chiffre d'affaires).", "fr"),
        ("Velkor rachète Norvia, qui pèse 3 milliards d'euros en Bourse.", "fr"),
        ("Velkor übernimmt Norvia, die zuletzt 300 Millionen Euro Umsatz machte.", "de"),
        ("Velkor übernimmt Norvia (Umsatz: 300 Millionen Euro).", "de"),
        # a later sentence about the turnover, not the offer or the price
        ("Velkor rachète Norvia. Le chiffre d'affaires atteint 300 millions d'euros.", "fr"),
        # no sum at all
        ("Velkor Inc agreed to buy Norvia. It gave no further details.", "en"),
    ],
)
def test_no_price_no_amount(text: str, lang: str) -> None:
    assert _figures(text, lang).amount is None


def test_terms_not_disclosed_is_an_amount_without_value() -> None:
    text = "Velkor Inc agreed to buy Norvia. Terms were not disclosed."
    amount = _figures(text, "en").amount
    assert amount is not None
    assert amount.value is None and amount.lower is None and amount.upper is None
    assert amount.evidence is not None and amount.evidence.text == "not disclosed"


def test_price_per_share_is_a_unit_price_not_the_amount() -> None:
    figures = _figures("Velkor Inc offered 17 dlrs a share for Norvia Corp.", "en")
    assert figures.amount is None
    assert figures.unit_price is not None
    assert (figures.unit_price.value, figures.unit_price.currency) == (Decimal("17"), "USD")


def test_counted_goods_give_quantity_and_amount() -> None:
    figures = _figures("Velkor kauft 30 Flugzeuge von Norvia für 3 Milliarden Euro.", "de")
    assert figures.amount is not None and figures.amount.value == Decimal("3000000000")
    assert figures.quantity is not None
    assert (figures.quantity.value, figures.quantity.unit, figures.quantity.item) == (Decimal("30"), "aircraft", "Flugzeuge")
    assert figures.quantity.evidence is not None and figures.quantity.evidence.text == "30 Flugzeuge"


@pytest.mark.parametrize(
    ("each", "consistent", "ratio"),
    [
        ("100 millions d'euros", True, Decimal("1.0000")),  # 40 x 100 millions = 4 milliards
        ("90 millions d'euros", False, Decimal("0.9000")),  # 40 x 90 millions falls 10 % short of the total
    ],
)
def test_quantity_times_unit_price_is_checked_against_the_amount(each: str, consistent: bool, ratio: Decimal) -> None:
    text = f"Velkor a acheté 40 avions au groupe Dastrel pour 4 milliards d'euros, soit {each} chacun."
    figures = _figures(text, "fr")
    assert figures.amount is not None and figures.amount.value == Decimal("4000000000")
    assert figures.quantity is not None and figures.quantity.value == Decimal("40")
    assert figures.unit_price is not None and figures.unit_price.evidence is not None
    assert figures.unit_price.evidence.text == each
    assert figures.consistency is not None
    assert figures.consistency.consistent is consistent
    assert figures.consistency.ratio == ratio


def test_unit_price_from_the_next_sentence_about_each_unit() -> None:
    # "Chaque train coûte ...": the next sentence prices one unit of what the deal counts
    figures = _figures("Velkor a acheté 30 trains au groupe Dastrel. Chaque train coûte 20 millions d'euros.", "fr")
    assert figures.quantity is not None and (figures.quantity.value, figures.quantity.unit) == (Decimal("30"), "train")
    assert figures.unit_price is not None and figures.unit_price.value == Decimal("20000000")
    assert figures.amount is None  # no total is stated, and none is made up
    assert figures.consistency is None


@pytest.mark.parametrize(
    "text",
    [
        "Velkor kauft 1000 Aktien von Norvia zu je 42 Euro je Aktie.",
        # a later sentence with a price cue and no market move prices the deal's shares
        "Velkor kauft Aktien von Norvia. Velkor zahlt 42 Euro je Aktie.",
    ],
)
def test_german_unit_price_evidence_spans_its_unit(text: str) -> None:
    price = _figures(text, "de").unit_price
    assert price is not None and price.value == Decimal("42")
    assert price.evidence is not None and price.evidence.text == "42 Euro je Aktie"
    assert text[price.evidence.start : price.evidence.end] == price.evidence.text


def test_german_later_market_price_is_no_unit_price() -> None:
    text = "Velkor kauft Aktien von Norvia. Der Kurs stieg um 2 Prozent auf 42 Euro je Aktie."
    assert _figures(text, "de").unit_price is None


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # who said it may stand before the price's noun; the noun alone may stand before a colon
        ("Velkor va racheter Norvia. Selon un journal, le prix dépasserait 500 millions d'euros.", "fr", "500000000"),
        ("Velkor va racheter Norvia. Montant de la transaction : 1,5 milliard d'euros.", "fr", "1500000000"),
        # the deal's party pays (or offers) in the next sentence
        ("Velkor va racheter Norvia. Velkor va débourser 1,5 milliard d'euros.", "fr", "1500000000"),
        ("Velkor übernimmt Norvia. Insidern zufolge zahlt Velkor rund 1,2 Milliarden Euro.", "de", "1200000000"),
        ("Velkor übernimmt Norvia. Velkor lässt sich den Kauf 1,2 Milliarden Euro kosten.", "de", "1200000000"),
        ("Velkor übernimmt Norvia. Velkor bietet 30 Euro je Aktie, insgesamt rund 1,2 Milliarden Euro.", "de", "1200000000"),
        # a plural deal noun in a verbless sentence retells the deals
        ("Velkor a signé deux contrats avec Norvia. Des contrats à 3,4 millions d'euros.", "fr", "3400000"),
        # a stake's sum invested
        ("Velkor steigt bei Norvia ein. Velkor investiert 200 Millionen Euro und erhält 20 Prozent.", "de", "200000000"),
        # a stake's sum invested "in the company" by an arm of the deal's side, named in apposition
        ("Velkor va entrer au capital de Norvia. Korlim, la banque de Velkor, investira 250 millions d'euros dans la société.", "fr", "250000000"),
        # a bracket converts the sum before it: the article's own figure leads
        ("Pour 4 milliards de dollars (environ 3,6 milliards d'euros), Velkor rachète Norvia.", "fr", "4000000000"),
    ],
)
def test_later_sentence_states_the_deals_sum(text: str, lang: str, value: str) -> None:
    amount = _figures_of(text, lang).amount
    assert amount is not None and amount.value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another company pays, a payment dated in another year, a purchase's sum invested elsewhere
        ("Velkor va racheter Norvia. Dastrel va débourser 1,5 milliard d'euros pour Korlim.", "fr"),
        ("Velkor übernimmt Norvia. Velkor zahlte 2015 rund 1,2 Milliarden Euro für Dastrel.", "de"),
        ("Velkor übernimmt Norvia. Velkor investiert zudem 200 Millionen Euro in sein Werk.", "de"),
        # another company invests in another company, though the deal's side is named
        ("Velkor va entrer au capital de Norvia. Korlim, la banque de Velkor, investira 250 millions d'euros dans Dastrel.", "fr"),
        # the sentence opens on another payer
        ("Velkor va racheter Norvia. Dastrel va débourser 1,5 milliard d'euros.", "fr"),
        # fr: the sum follows a deal verb of another kind: selling assets prices no merger
        ("Velkor et Norvia envisagent une fusion. Velkor pourrait aussi céder ses entrepôts à Norvia pour 900 millions d'euros.", "fr"),
    ],
)
def test_later_sentence_of_another_payment_lends_no_sum(text: str, lang: str) -> None:
    assert _figures_of(text, lang).amount is None


def test_a_retold_merger_keeps_its_sum() -> None:
    # a takeover retold as a "rapprochement" is the same deal
    text = "Velkor va racheter Norvia. Les deux groupes repoussent la date de leur rapprochement, pour une valeur totale de 12 milliards de dollars."
    amount = _figures_of(text, "fr").amount
    assert amount is not None and (amount.value, amount.currency) == (Decimal("12000000000"), "USD")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a relative clause in the pluperfect or dated by a year prices an earlier deal
        ("Velkor rachète Norvia, que Dastrel avait achetée 300 millions d'euros en 2015.", "fr", None),
        ("Velkor übernimmt Norvia, die 2015 für 300 Millionen Euro verkauft worden war.", "de", None),
        # ... a relative clause in the present tells this deal
        ("Velkor rachète Norvia, qu'il paie 300 millions d'euros.", "fr", "300000000"),
        # what the company is worth, then what is paid for it
        ("Velkor rachète Norvia, valorisée 2 milliards d'euros, pour 800 millions d'euros.", "fr", "800000000"),
        ("Velkor rachète Norvia, valorisée 2 milliards d'euros.", "fr", "2000000000"),
        # a turnover told by its verb
        ("Velkor, das im vergangenen Jahr 3 Milliarden Euro umsetzte, übernimmt Norvia.", "de", None),
        # a German compound headed by the volume, in the next sentence; a stock-market worth is none
        ("Velkor hat einen Auftrag von Norvia erhalten. Das Auftragsvolumen liegt bei 300 Millionen Euro.", "de", "300000000"),
        ("Velkor hat einen Auftrag von Norvia erhalten. Der Börsenwert liegt bei 300 Millionen Euro.", "de", None),
    ],
)
def test_which_sum_of_the_sentence_is_the_deals(text: str, lang: str, value: str | None) -> None:
    amount = _figures_of(text, lang).amount
    assert (amount.value if amount is not None else None) == (Decimal(value) if value else None)


def _figures_at(text: str, lang: str, trigger_index: int, names: tuple[str, ...]) -> Figures:
    """The figures of the text's ``trigger_index``-th trigger, its deal's parties named."""
    sentences = split_sentences(text)
    trigger = find_triggers(text, lang)[trigger_index]
    sentence = next(s for s in sentences if s[0] <= trigger.start < s[1])
    parties = [Role(name, text.index(name), text.index(name) + len(name), PartyRole.TARGET) for name in names]
    cand = Candidate(trigger, sentence, parties=parties, text_window=text[sentence[0] : sentence[1]] if lang != "en" else "")
    return deal_figures(text, lang, cand, sentences, PUBLISHED, {})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a deal dated before the article, or told in the pluperfect, is background: the later price is the news deal's
        ("Velkor kauft Norvia. Bereits 2015 hatte Velkor Dastrel übernommen. Der Kaufpreis liegt bei 2 Milliarden Euro.", "de"),
        ("Velkor va acquérir Norvia. Velkor a racheté Dastrel en 2015. L'opération s'élève à 2 milliards d'euros.", "fr"),
    ],
)
def test_a_background_deal_takes_no_later_price(text: str, lang: str) -> None:
    news = _figures_at(text, lang, 0, ("Velkor", "Norvia")).amount
    assert news is not None and news.value == Decimal("2000000000")
    assert _figures_at(text, lang, 1, ("Velkor", "Dastrel")).amount is None


def test_a_deal_noun_after_another_deal_refers_to_that_one() -> None:
    text = "Velkor va acquérir Norvia. Dastrel a signé un partenariat avec Korlim. Le montant de l'opération atteint 2 milliards d'euros."
    assert _figures_at(text, "fr", 0, ("Velkor", "Norvia")).amount is None
    # ... but not after a background deal told in the pluperfect
    earlier = "Velkor va acquérir Norvia. Dastrel avait racheté Korlim. Le montant de l'opération atteint 2 milliards d'euros."
    amount = _figures_at(earlier, "fr", 0, ("Velkor", "Norvia")).amount
    assert amount is not None and amount.value == Decimal("2000000000")


def test_a_later_deal_noun_sentence_lends_a_price_not_a_loss() -> None:
    text = "Velkor va acquérir Norvia. La transaction intervient alors que Velkor a creusé ses pertes de 200 millions d'euros."
    assert _figures_of(text, "fr").amount is None


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a company's figure tied to the sum by a preposition or a verb is its size
        ("Velkor, dont les ventes atteignent 3 milliards d'euros, rachète Norvia.", "fr", None),
        ("Velkor rachète Norvia, dont le résultat net atteint 30 millions d'euros.", "fr", None),
        ("Velkor, das einen Konzernumsatz von 3 Milliarden Euro erzielt, übernimmt Norvia.", "de", None),
        ("Velkor übernimmt die Bank Norvia mit einer Bilanzsumme von 30 Milliarden Euro.", "de", None),
        # the savings a merger is to bring are no price
        ("Velkor rachète Norvia. L'opération doit dégager des synergies de 500 millions d'euros.", "fr", None),
        ("Velkor und Norvia fusionieren und wollen 500 Millionen Euro an Synergien heben.", "de", None),
        ("Velkor rachète Norvia pour 3 milliards d'euros et attend 500 millions d'euros de synergies.", "fr", "3000000000"),
        # ... the same words not tied to the sum leave the price
        ("Velkor rachète le numéro un des ventes en ligne Norvia pour 300 millions d'euros.", "fr", "300000000"),
        ("Velkor übernimmt den Vermögensverwalter Norvia für 300 Millionen Euro.", "de", "300000000"),
    ],
)
def test_a_companys_figure_is_no_price(text: str, lang: str, value: str | None) -> None:
    amount = _figures_of(text, lang).amount
    assert (amount.value if amount is not None else None) == (Decimal(value) if value else None)


def test_a_later_contract_does_not_price_a_takeover() -> None:
    text = "Velkor va racheter Norvia. Le contrat de maintenance s'élève à 20 millions d'euros."
    assert _figures_of(text, "fr").amount is None
    # ... the transaction does
    priced = _figures_of("Velkor va racheter Norvia. La transaction s'élève à 20 millions d'euros.", "fr").amount
    assert priced is not None and priced.value == Decimal("20000000")


def test_a_later_sum_of_something_else_is_not_lent() -> None:
    text = "Velkor va racheter Norvia. Le montant des indemnités atteint 20 millions d'euros."
    assert _figures_of(text, "fr").amount is None
    # ... the price of the purchase is lent
    priced = _figures_of("Velkor va racheter Norvia. Le prix d'achat atteint 20 millions d'euros.", "fr").amount
    assert priced is not None and priced.value == Decimal("20000000")
