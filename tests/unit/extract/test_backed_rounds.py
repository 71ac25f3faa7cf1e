"""fr/de: a funding round that names its backers is an investment by them; a raiser alone keeps a funding round."""

from __future__ import annotations

from pipeline.models import DealType, PartyRole
from tests.unit.extract.support import records_of


def test_german_capital_increase_with_named_backers_is_an_investment() -> None:
    text = "Die Norvia AG überlebte dank einer Kapitalerhöhung, die die Velkor AG zum Großaktionär machte."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert ("Velkor AG", PartyRole.INVESTOR) in {(p.name, p.role) for p in records[0].parties}


def test_german_raiser_alone_keeps_a_funding_round() -> None:
    records = records_of("Die Norvia AG sammelt bei Investoren 20 Millionen Euro ein.", "de")
    assert records and records[0].deal_type is DealType.FUNDING_ROUND
    assert not any(p.role is PartyRole.INVESTOR for p in records[0].parties)


def test_french_raise_with_a_named_backer_is_an_investment() -> None:
    text = "La banque Norvia a annoncé une augmentation de capital de 9 milliards de dollars souscrite par le groupe Velkor."
    records = records_of(text, "fr")
    assert records
    backed = [r for r in records if any(p.role is PartyRole.INVESTOR for p in r.parties)]
    assert backed and all(r.deal_type is DealType.INVESTMENT for r in backed)
    assert not any(r.deal_type is DealType.FUNDING_ROUND for r in backed)
