"""French rules of the deal extractor added for known misreadings (open or denied intentions, groups joined,
families, quoted people, supply contracts, own plants), on invented sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.models import DealRecord, DealStatus, DealType, PartyRole
from tests.unit.extract.support import records_of


def _records(text: str) -> list[DealRecord]:
    return records_of(text, "fr")


def _parties(record: DealRecord) -> list[tuple[str, PartyRole]]:
    return [(p.name, p.role) for p in record.parties]


@pytest.mark.parametrize(
    "text",
    [
        "Velkor n'exclut pas de racheter Norvia, a indiqué son directeur général.",
        "Le groupe Velkor n'a pas exclu une acquisition de Norvia.",
        "Velkor n'exclut pas d'investir dans Norvia.",
    ],
)
def test_a_deal_not_ruled_out_is_only_rumoured_and_keeps_its_subject(text: str) -> None:
    records = _records(text)
    assert len(records) == 1
    assert records[0].status is DealStatus.RUMORED
    assert "Velkor" in [p.name for p in records[0].parties]


@pytest.mark.parametrize(
    "text",
    [
        "Velkor ne compte pas racheter Norvia.",
        "Velkor ne veut plus céder sa filiale Norvia.",
        "Velkor n'envisage pas une fusion avec Norvia.",
        "Velkor n'a pas l'intention de racheter Norvia.",
        "Velkor exclut de racheter Norvia.",
        "Velkor refuse de céder Norvia à Dastrel.",
    ],
)
def test_a_denied_intention_is_no_deal(text: str) -> None:
    assert _records(text) == []


def test_an_intention_stated_is_still_a_deal_to_come() -> None:
    records = _records("Velkor envisage de racheter Norvia. Dastrel refuse de commenter.")
    assert len(records) == 1 and records[0].status is DealStatus.EXPECTED
    assert _parties(records[0]) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


@pytest.mark.parametrize(
    "text",
    [
        "Norvia, éditeur de logiciels de paie, rejoint le groupe Velkor.",
        "C'est fait : Norvia appartient désormais à Velkor.",
        "Norvia fait désormais partie du groupe Velkor.",
        "Norvia est passée sous pavillon Velkor.",
        "Norvia intègre le groupe Velkor.",
        "Fondée en 2010, Norvia rejoint le groupe Velkor.",
    ],
)
def test_a_company_that_joins_a_group_is_bought_by_it(text: str) -> None:
    records = _records(text)
    assert len(records) == 1 and records[0].deal_type is DealType.ACQUISITION
    assert sorted(_parties(records[0])) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]
    assert records[0].status is DealStatus.COMPLETED


@pytest.mark.parametrize(
    "text", ["La start-up Norvia rejoindra le groupe Velkor d'ici la fin de l'année.", "Norvia va rejoindre le groupe Velkor.", "Norvia devrait intégrer le groupe Velkor."]
)
def test_a_company_that_will_join_a_group_is_a_purchase_to_come(text: str) -> None:
    records = _records(text)
    assert len(records) == 1 and records[0].status is DealStatus.EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        "Jean Dastrel a rejoint le groupe Velkor comme directeur financier.",
        "Marie Lenoir, ancienne dirigeante de Norvia, rejoint le groupe Velkor.",
        "Norvia appartient à Velkor.",
        "Norvia rejoint le groupe de travail sur l'hydrogène.",
        "Anne Lenoir intègre le groupe Velkor en tant que directrice juridique.",
        "L'ancien ministre Dastrel rejoint le groupe Velkor.",
        "L'ex-patron de Norvia rejoint le groupe Velkor.",
        "Après dix ans chez Norvia, Kévin Marnier rejoint le groupe Velkor.",
    ],
)
def test_a_person_who_joins_a_group_or_plain_ownership_is_no_deal(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Velkor a racheté Norvia à la famille Martel.", PartyRole.SELLER),
        ("Norvia a été rachetée par la famille Martel.", PartyRole.BUYER),
        ("La famille Martel vend ses 30 % dans Norvia au groupe Velkor.", PartyRole.SELLER),
    ],
)
def test_a_family_is_named_as_the_family(text: str, role: PartyRole) -> None:
    records = _records(text)
    assert len(records) == 1
    family = [p for p in records[0].parties if p.role is role]
    assert [(p.name, p.normalized_name, p.kind.value) for p in family] == [("famille Martel", "martel", "person")]


def test_a_founder_by_name_is_no_family() -> None:
    records = _records("La société Dastrel, fondée par Paul Martel, a racheté Norvia.")
    assert all(not p.name.startswith("famille") for r in records for p in r.parties)


@pytest.mark.parametrize(
    "text",
    [
        "« Nous avons racheté Norvia », a déclaré Jean Dastrel, PDG de Velkor.",
        "« Nous avons racheté Norvia », a déclaré la présidente de Velkor.",
    ],
)
def test_we_in_a_quote_is_the_chiefs_company_without_the_full_stop(text: str) -> None:
    records = _records(text)
    assert len(records) == 1
    assert sorted(_parties(records[0])) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Paul Marnier, PDG de Velkor, a annoncé le rachat de Norvia.", PartyRole.BUYER),
        ("Paul Marnier, le patron de Velkor, a confirmé l'acquisition de Norvia.", PartyRole.BUYER),
        ("Anne Marnier, directrice générale de Velkor, a annoncé la cession de Norvia à Dastrel.", PartyRole.SELLER),
    ],
)
def test_a_chief_who_announces_a_deal_speaks_for_the_company_which_is_the_party(text: str, role: PartyRole) -> None:
    records = _records(text)
    assert len(records) == 1
    assert ("Velkor", role) in _parties(records[0])
    assert all("Marnier" not in p.name for p in records[0].parties)


def test_a_former_chief_or_an_analyst_does_not_speak_for_a_company() -> None:
    records = _records("Paul Marnier, ancien PDG de Velkor, a annoncé le rachat de Norvia.")
    assert [p.name for r in records for p in r.parties] == ["Norvia"]
    records = _records("Paul Marnier, analyste chez Dastrel, a annoncé le rachat de Norvia par Velkor.")
    assert sorted(_parties(records[0])) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]


def test_a_supply_contract_signed_by_two_companies_is_a_supply_contract_not_a_partnership() -> None:
    records = _records("Norvia et Dastrel ont signé un contrat de livraison de turbines.")
    assert len(records) == 1 and records[0].deal_type is DealType.SUPPLY_CONTRACT
    # which side supplies is not told: neither is called the supplier
    assert {p.role for p in records[0].parties} == {PartyRole.PARTNER}


@pytest.mark.parametrize(("supplier", "customer"), [("Norvia", "Dastrel"), ("Dastrel", "Norvia")])
def test_the_delivery_told_next_gives_the_supply_contract_its_direction(supplier: str, customer: str) -> None:
    text = f"Norvia et Dastrel ont signé un contrat d'approvisionnement de cinq ans. {supplier} livrera 10 000 tonnes d'acier par an à {customer}."
    records = _records(text)
    assert len(records) == 1 and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert sorted(_parties(records[0])) == sorted([(supplier, PartyRole.SUPPLIER), (customer, PartyRole.CUSTOMER)])


def test_a_distribution_agreement_between_two_companies_stays_a_partnership() -> None:
    records = _records("Norvia et Dastrel ont signé un contrat de distribution.")
    assert len(records) == 1 and records[0].deal_type is DealType.PARTNERSHIP


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Velkor va construire une usine de batteries à Dunkerque pour 1,5 milliard d'euros.",
        "Velkor va construire une usine dans la région Occitanie.",
        "Velkor va implanter une usine près de Valmont.",
    ],
)
def test_the_town_or_region_of_a_companys_own_new_site_is_no_customer(text: str) -> None:
    records = _records(text)
    assert len(records) == 1 and records[0].deal_type is DealType.INFRASTRUCTURE
    assert _parties(records[0]) == [("Velkor", PartyRole.SUPPLIER)]


def test_a_country_that_takes_a_site_and_whose_site_it_is_stay_its_customers() -> None:
    (record,) = _records("Le groupe Velkor a inauguré une usine de 500 millions d'euros en Hongrie.")
    assert ("Hongrie", PartyRole.CUSTOMER) in _parties(record)
    (record,) = _records("Velkor va construire une usine pour Norvia à Lyon.")
    assert _parties(record) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]


def test_money_put_in_a_companys_own_site_does_not_invest_in_its_town() -> None:
    records = _records("Velkor a racheté Norvia et investira 30 millions d'euros dans son usine de Lille.")
    assert all("Lille" not in [p.name for p in r.parties] for r in records)
    (bought,) = [r for r in records if r.deal_type is DealType.ACQUISITION]
    assert sorted(_parties(bought)) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]
    # money put in a company named after "dans" is still an investment in it
    (record,) = _records("Velkor va investir 20 millions d'euros dans sa filiale Norvia.")
    assert record.deal_type is DealType.INVESTMENT and ("Norvia", PartyRole.TARGET) in _parties(record)


@pytest.mark.parametrize(
    ("text", "deal_type"),
    [
        ("Velkor détient désormais 95 % du capital de Norvia à l'issue de son offre publique.", DealType.INVESTMENT),
        ("Velkor détient désormais la totalité de Norvia.", DealType.ACQUISITION),
    ],
)
def test_a_holding_that_has_just_changed_is_a_stake_taken(text: str, deal_type: DealType) -> None:
    records = _records(text)
    assert len(records) == 1 and records[0].deal_type is deal_type and records[0].status is DealStatus.COMPLETED
    assert [p.name for p in records[0].parties] == ["Velkor", "Norvia"]


@pytest.mark.parametrize("text", ["Norvia s'adosse au groupe Velkor, qui prend 51 % de son capital.", "Norvia s'est adossée au groupe Velkor."])
def test_a_company_that_leans_on_a_group_takes_it_in(text: str) -> None:
    records = _records(text)
    assert len(records) == 1 and records[0].deal_type is DealType.INVESTMENT
    assert sorted(_parties(records[0])) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)]


@pytest.mark.parametrize("text", ["Velkor détient 30 % de Norvia.", "Norvia s'adosse à sa solide trésorerie pour investir."])
def test_plain_ownership_or_leaning_on_no_company_is_no_deal(text: str) -> None:
    assert _records(text) == []


def test_a_year_in_a_clause_describing_the_payer_does_not_date_the_payment() -> None:
    text = "Orbelia a annoncé jeudi le rachat de Varnel. Orbelia, qui a réalisé 4 milliards d'euros de ventes en 2023, paiera 210 millions d'euros en numéraire."
    (record,) = _records(text)
    assert record.amount is not None and record.amount.value == Decimal("210000000")


def test_a_payment_dated_in_the_main_clause_is_another_one() -> None:
    (record,) = _records("Orbelia a annoncé jeudi le rachat de Varnel. En 2019, Orbelia avait payé 210 millions d'euros pour Dastrel.")
    assert record.amount is None


def test_who_gains_from_a_sale_noun_sells_it_does_not_buy() -> None:
    (record,) = _records("La cession de Norvia permettra à Velkor de réduire sa dette.")
    assert sorted(_parties(record)) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.SELLER)]


def test_who_gains_is_no_side_when_the_deal_names_its_buyer() -> None:
    (record,) = _records("La cession de Norvia à Dastrel permettra à Velkor de réduire sa dette.")
    assert sorted(_parties(record)) == [("Dastrel", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    (record,) = _records("Le rachat de Norvia par Dastrel permettra à Velkor de respirer.")
    assert sorted(_parties(record)) == [("Dastrel", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_money_gathered_by_a_startup_is_a_round_raised() -> None:
    (record,) = _records("Nouvelle levée de fonds pour Varnel : la start-up a récolté 7 millions d'euros.")
    assert record.deal_type is DealType.FUNDING_ROUND and record.status is DealStatus.COMPLETED
    assert _parties(record) == [("Varnel", PartyRole.TARGET)]
    assert record.amount is not None and record.amount.value == Decimal("7000000")


@pytest.mark.parametrize("text", ["La cagnotte Varnel a récolté 2 millions d'euros de dons.", "Le film Varnel a récolté 12 millions d'euros de recettes."])
def test_donations_or_takings_gathered_are_no_round(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("« Nous allons céder Norvia à Dastrel », a expliqué Anne Brelier, la directrice générale de Velkor.", DealStatus.EXPECTED),
        ("« Nous comptons racheter Norvia d'ici l'été », a déclaré le PDG de Velkor.", DealStatus.EXPECTED),
        ("« Nous avons racheté Norvia », a déclaré le PDG de Velkor.", DealStatus.COMPLETED),
    ],
)
def test_a_quoted_chief_in_the_first_person_tells_a_deal_to_come_or_done(text: str, status: DealStatus) -> None:
    (record,) = _records(text)
    assert record.status is status and "Velkor" in [p.name for p in record.parties]


@pytest.mark.parametrize(
    "text",
    [
        "Velkor et Norvia ont conclu un accord d'approvisionnement en lithium.",
        "Velkor et Norvia ont signé un contrat de sous-traitance.",
    ],
)
def test_a_supply_or_subcontracting_agreement_between_two_companies_is_a_supply_contract(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT and {p.role for p in record.parties} == {PartyRole.PARTNER}


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("Velkor a signé un contrat avec Norvia pour lui livrer 40 trains.", "Velkor"),
        ("Velkor a signé un contrat avec Norvia, qui lui livrera 40 trains.", "Norvia"),
    ],
)
def test_who_delivers_to_whom_after_a_contract_signed_with_a_company(text: str, supplier: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert [p.name for p in record.parties if p.role is PartyRole.SUPPLIER] == [supplier]


def test_the_head_of_an_institution_speaks_for_no_company() -> None:
    records = _records("« Nous avons racheté Norvia », a déclaré le président du Sénat.")
    assert all(p.name != "Sénat" for r in records for p in r.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marnier, président du Sénat, a annoncé le rachat de Norvia.",
        "Paul Marnier, président de la région Occitanie, a salué le rachat de Norvia.",
    ],
)
def test_a_chief_of_an_institution_names_no_side(text: str) -> None:
    (record,) = _records(text)
    assert _parties(record) == [("Norvia", PartyRole.TARGET)]
