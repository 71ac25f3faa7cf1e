"""fr/de: a grant or a loan that pays for a purchase is not the purchase's price."""

from __future__ import annotations

from decimal import Decimal

from pipeline.models import DealType
from tests.unit.extract.support import records_of


def _amounts(text: str, lang: str) -> dict[DealType, Decimal | None]:
    records = records_of(text, lang)
    assert records, text
    return {r.deal_type: (r.amount.value if r.amount is not None and r.amount.disclosed else None) for r in records}


def test_fr_grant_hoped_for_to_buy_is_no_price() -> None:
    text = (
        "La société Velkor, qui espérait un don de sept millions de dollars du ministère pour racheter à Tarim Olsen "
        "le complexe Norvia, n'obtient pas ce qu'elle réclamait."
    )
    assert _amounts(text, "fr").get(DealType.ACQUISITION) is None


def test_de_loan_that_pays_for_the_takeover_is_no_price() -> None:
    text = "Mit einem Kredit über 50 Millionen Euro will Velkor den Konkurrenten Norvia übernehmen."
    assert _amounts(text, "de").get(DealType.ACQUISITION) is None


def test_fr_price_paid_to_buy_is_still_the_price() -> None:
    # a sum paid, no grant named before it: the price
    text = "La société Velkor a payé sept millions de dollars pour racheter le complexe Norvia à Tarim Olsen."
    assert _amounts(text, "fr").get(DealType.ACQUISITION) == Decimal("7000000")


def test_fr_loan_record_keeps_its_sum() -> None:
    # a loan is a deal of its own ("other"): its sum stays its amount
    text = "La banque Dastrel a accordé un prêt de 40 millions d'euros à la société Norvia."
    amounts = _amounts(text, "fr")
    assert amounts.get(DealType.OTHER) == Decimal("40000000")
