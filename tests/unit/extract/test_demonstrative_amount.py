"""fr/de: a deal priced far on by a demonstrative deal noun and a verb of worth ("Ce contrat, évalué à ...")."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.extract.support import records_of

# four sentences between the deal and its price: past the three ``_later_total`` reads
_FR_FILLER = (
    "Les hôteliers de la ville protestent. Ils dénoncent une concurrence déloyale. "
    "La mairie n'a pas réagi. Les syndicats attendent une réunion. "
)
_DE_FILLER = "Die Gewerkschaften protestieren. Sie fürchten um Stellen. Die Stadt schweigt. Eine Sitzung ist geplant. "


def _amount(text: str, lang: str) -> Decimal | None:
    records = records_of(text, lang)
    assert records, text
    amount = records[0].amount
    return None if amount is None or not amount.disclosed else amount.value


def test_fr_this_contract_valued_far_on_prices_the_partnership() -> None:
    text = (
        "Le partenariat entre Velkor et le comité Norvia fait débat. " + _FR_FILLER
        + "Ce contrat, évalué par la presse spécialisée à environ 500 millions de dollars, court jusqu'en 2028."
    )
    assert _amount(text, "fr") == Decimal("500000000")


def test_de_this_deal_worth_far_on_prices_the_takeover() -> None:
    text = "Velkor übernimmt den Konkurrenten Norvia. " + _DE_FILLER + "Diese Übernahme hat einen Wert von 2 Milliarden Euro."
    assert _amount(text, "de") == Decimal("2000000000")


def test_fr_this_contract_with_another_sum_is_no_price() -> None:
    # no verb of worth before the sum: a sum told beside the contract, not what it is worth
    text = (
        "Le partenariat entre Velkor et le comité Norvia fait débat. " + _FR_FILLER
        + "Ce contrat intervient alors que Velkor a emprunté 500 millions de dollars."
    )
    assert _amount(text, "fr") is None


def test_de_this_deal_after_another_deal_told_prices_that_one() -> None:
    # a deal of other companies told in between: "Diese Übernahme" points to that nearer one
    text = (
        "Velkor übernimmt den Konkurrenten Norvia. " + _DE_FILLER
        + "Zugleich kauft Dastrel den Zulieferer Quenzo. Diese Übernahme hat einen Wert von 2 Milliarden Euro."
    )
    amounts = {p.name: r.amount for r in records_of(text, "de") for p in r.parties}
    assert amounts["Norvia"] is None or not amounts["Norvia"].disclosed


def test_fr_contract_far_on_does_not_price_a_takeover() -> None:
    # a contract is no takeover: its worth is not the purchase price
    text = "Le groupe Velkor rachète son concurrent Norvia. " + _FR_FILLER + "Ce contrat, évalué à 40 millions d'euros, court sur cinq ans."
    assert _amount(text, "fr") is None
