"""German buys and sales of a unit, site or building named by a common noun: the noun is the target."""

from __future__ import annotations

from pipeline.models import PartyKind, PartyRole
from tests.unit.extract.support import records_of


def _sides(text: str) -> set[tuple[str, PartyRole]]:
    records = records_of(text, "de")
    assert records
    return {(p.name, p.role) for p in records[0].parties}


def test_unit_sold_after_the_verb_is_the_target() -> None:
    sides = _sides("Die Velkor AG verkauft ihr Ostgeschäft für 20 Millionen Euro.")
    assert sides == {("Velkor AG", PartyRole.SELLER), ("Ostgeschäft", PartyRole.TARGET)}


def test_site_bought_keeps_the_place_it_stands_in() -> None:
    sides = _sides("Die Norvia AG kauft ein Werk in Polen für 30 Millionen Euro.")
    assert ("Werk in Polen", PartyRole.TARGET) in sides


def test_asset_before_a_final_verb() -> None:
    records = records_of("Die Dastrel Holding will das Filialnetz übernehmen.", "de")
    assert records
    target = [p for p in records[0].parties if p.role is PartyRole.TARGET]
    assert [(p.name, p.kind) for p in target] == [("Filialnetz", PartyKind.OTHER)]


def test_named_target_company_gets_no_asset_beside_it() -> None:
    # the company bought is named: the unit noun adds nothing
    sides = _sides("Die Velkor AG übernimmt die Norvia AG samt ihrem Werk in Polen.")
    assert ("Norvia AG", PartyRole.TARGET) in sides
    assert not any(role is PartyRole.TARGET and name.startswith("Werk") for name, role in sides)


def test_bare_business_word_is_no_asset() -> None:
    # "sein Geschäft mit Werbung" is a line of trade, too vague to be what is sold
    sides = _sides("Die Velkor AG verkauft ihr Geschäft mit Werbung an die Norvia AG.")
    assert not any(name == "Geschäft" for name, _ in sides)


def test_site_invested_in_is_the_target_of_the_infrastructure_deal() -> None:
    records = records_of("Die Velkor AG investiert rund 40 Mio. Euro in den laut Firmenangaben modernsten Solarpark Lorvaniens.", "de")
    assert records
    assert ("Solarpark", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}
    records = records_of("Die Velkor AG investiert 20 Millionen Euro in ein neues Werk in Polen.", "de")
    assert records and ("Werk in Polen", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_money_invested_in_a_named_company_gets_no_site() -> None:
    records = records_of("Die Velkor AG investiert 20 Millionen Euro in die Norvia AG.", "de")
    assert records
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.INVESTOR), ("Norvia AG", PartyRole.TARGET)}


def test_owner_of_a_unit_named_in_the_genitive_sells_it() -> None:
    # "das Chipgeschäft der Tessmar AG": Tessmar owns what is bought, it is the seller, not the target
    sides = _sides("Die Velkor AG übernimmt das Chipgeschäft der Tessmar AG.")
    assert sides == {("Velkor AG", PartyRole.BUYER), ("Tessmar AG", PartyRole.SELLER), ("Chipgeschäft", PartyRole.TARGET)}
    sides = _sides("Velkor erwirbt die Pharmasparte des Konzerns Tessmar für 2 Milliarden Euro.")
    assert ("Tessmar", PartyRole.SELLER) in sides and ("Pharmasparte", PartyRole.TARGET) in sides


def test_shares_or_a_majority_of_a_company_leave_it_the_target() -> None:
    # a stake or the shares of a company are no unit of it: the company itself is bought
    assert ("Tessmar AG", PartyRole.TARGET) in _sides("Velkor übernimmt die Mehrheit der Tessmar AG.")
    assert ("Tessmar AG", PartyRole.TARGET) in _sides("Velkor kauft die Aktien der Tessmar AG.")


def test_unit_opening_a_passive_is_the_target() -> None:
    # "Die Polen-Tochter wurde von der Velkor AG übernommen": the passive's subject is the unit that changes hands
    assert _sides("Die Polen-Tochter wurde von der Velkor AG übernommen.") == {
        ("Velkor AG", PartyRole.BUYER), ("Polen-Tochter", PartyRole.TARGET)
    }
    assert ("Sparte", PartyRole.TARGET) in _sides("Die Sparte wurde von Velkor übernommen.")
    # a passive of no deal with a common noun subject stays none
    assert records_of("Die Nachricht wurde von Velkor bestätigt.", "de") == []


def test_town_a_unit_is_run_from_is_no_party() -> None:
    # "die von Graz aus geführt wurde": the town the unit was run from is no target
    sides = _sides("Die Ungarn-Tochter, die bisher von Graz aus geführt wurde, wurde von der Velkor AG übernommen.")
    assert sides == {("Velkor AG", PartyRole.BUYER), ("Ungarn-Tochter", PartyRole.TARGET)}
    # a town after "aus" names the company's seat, as before; "von" a seller still sells
    assert ("Tessmar", PartyRole.SELLER) in _sides("Velkor kauft Norvia von Tessmar aus Wien.")
