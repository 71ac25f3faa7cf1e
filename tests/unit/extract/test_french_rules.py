"""fr rules of the extractor, third round, on invented sentences (one rule per test)."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import DealStatus, DealType, PartyRole
from tests.unit.extract.test_deals import _check, _item


def _records(text: str, title: str = "") -> list:
    item = _item(text, "fr")
    if title:
        item = item.model_copy(update={"title": title})
    records = extract(item)
    _check(item, records)
    return records


def test_trigger_opening_a_sentence_matches() -> None:
    records = _records("Le marché est calme. Rachat de Velmor par le groupe Dastrel pour 40 millions d'euros.")
    assert records and records[0].deal_type is DealType.ACQUISITION
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Dastrel") is PartyRole.BUYER and roles.get("Velmor") is PartyRole.TARGET


def test_trigger_ending_in_an_elided_article_matches() -> None:
    records = _records("Les syndicats redoutent le rachat d'Orvalis par Kestrane.")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert {"Orvalis", "Kestrane"} <= {p.name for p in records[0].parties}


def test_resuming_work_is_no_takeover() -> None:
    assert _records("Les salariés de Corvane ont décidé de reprendre le travail sur le site de Malberg.") == []


def test_selling_goods_is_no_sale_of_a_company() -> None:
    assert _records("Il en faudra beaucoup au constructeur Velgo pour vendre son modèle Strix aux clients.") == []


def test_buying_goods_needs_a_company_bought() -> None:
    assert _records("L'Ostrie achète un tiers de la récolte du producteur.") == []


def test_company_noun_stands_for_the_company_it_takes_up() -> None:
    text = (
        "Le laboratoire Farvane prépare un vaccin. "
        "La caisse publique Kelbor va investir 120 millions d'euros pour acquérir une participation de 15% dans le laboratoire."
    )
    records = _records(text)
    assert records
    names = {p.name for p in records[0].parties}
    assert {"Kelbor", "Farvane"} <= names
    assert records[0].amount is not None and records[0].amount.value == 120_000_000


def test_lender_grants_the_loan() -> None:
    text = (
        "Le groupe Marvel Auto ferme deux usines. "
        "Le gouvernement a validé jeudi un prêt de 2 milliards d'euros pour aider le groupe à passer l'hiver."
    )
    records = _records(text)
    loans = [r for r in records if r.deal_type is DealType.OTHER]
    assert loans
    roles = {p.name: p.role for p in loans[0].parties}
    assert roles.get("gouvernement") is PartyRole.INVESTOR and roles.get("Marvel Auto") is PartyRole.TARGET
    assert loans[0].amount is not None and loans[0].amount.value == 2_000_000_000
    assert loans[0].status is DealStatus.AGREED


def test_bare_scaled_sum_after_a_money_noun_is_money() -> None:
    text = (
        "Le groupe Tarlen a perdu 60 milliards de dollars. "
        "Il doit rendre le prêt de 25 milliards que lui a consenti la Banque Orvane."
    )
    records = _records(text)
    loans = [r for r in records if r.deal_type is DealType.OTHER]
    assert loans and loans[0].amount is not None
    assert loans[0].amount.value == 25_000_000_000 and loans[0].amount.currency == "USD"
    assert loans[0].status is DealStatus.COMPLETED


def test_agreement_to_supply_is_a_supply_contract() -> None:
    text = "La Norvane et la Belmarie ont conclu un accord avec le groupe Astrel pour garantir la fourniture de 5 millions de masques."
    records = _records(text)
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Astrel") is PartyRole.SUPPLIER


def test_two_priced_contracts_are_two_deals() -> None:
    text = (
        "La société Gardex aurait obtenu un contrat de nettoyage d'un montant de 610 000 euros. "
        "En 2019, Gardex aurait remporté un autre appel d'offres, d'un montant de 745 000 euros."
    )
    records = _records(text)
    assert sorted(r.amount.value for r in records if r.amount is not None) == [610_000, 745_000]


def test_sale_and_purchase_of_one_target_are_one_deal() -> None:
    text = (
        "Une loi contraint le groupe Corlane à vendre les activités européennes de Vextra. "
        "Le géant Durmond discute avec Corlane pour racheter Vextra."
    )
    records = _records(text)
    deals = [r for r in records if {"Vextra"} <= {p.name for p in r.parties}]
    assert len(deals) == 1
    assert deals[0].deal_type is DealType.ACQUISITION
    assert {"Durmond", "Corlane", "Vextra"} <= {p.name for p in deals[0].parties}
    assert deals[0].status is DealStatus.EXPECTED


def test_sale_told_in_the_passive_names_the_seller() -> None:
    text = "Le magazine Orlan a été cédé cet été par son ancien propriétaire Altrane à une fondation."
    records = _records(text)
    assert records and records[0].deal_type is DealType.DIVESTITURE
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Altrane") is PartyRole.SELLER


def test_places_and_titled_people_are_no_partners() -> None:
    text = "L'Agence Norvane et Velbnb ont annoncé mardi depuis Genève un partenariat, a indiqué le directeur de l'agence Paul Berk."
    records = _records(text)
    assert records
    names = {p.name for p in records[0].parties}
    assert "Genève" not in names and "Paul Berk" not in names


def test_nationality_noun_is_not_part_of_a_name() -> None:
    records = _records("Le rachat du Danois Astrel par le Portugais Zenard a été bouclé.")
    names = {p.name for r in records for p in r.parties}
    assert names == {"Astrel", "Zenard"}


def test_pronoun_se_is_no_legal_suffix() -> None:
    from pipeline.extract.parties import find_names

    assert [n.text for n in find_names("Le réseau Velcoin se distingue de Marlo.", "fr")][0] == "Velcoin"
