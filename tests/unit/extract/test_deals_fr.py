"""French rules of the deal extractor, one rule per test, on invented sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract import extract
from pipeline.models import DealRecord, DealStatus, DealType, PartyKind, PartyRole
from tests.unit.extract.support import item as _item
from tests.unit.extract.support import records_of


def _records(text: str, title: str = "") -> list[DealRecord]:
    return records_of(text, "fr", title)


def test_equipping_a_data_centre_in_a_country_is_infrastructure_for_that_country() -> None:
    text = (
        "Le fabricant suédois Kalvor devrait fournir environ 20 000 serveurs à un futur centre de données en Norvège. "
        "Chaque serveur coûterait près de 12 000 euros. La commande atteindrait ainsi 240 millions d'euros."
    )
    records = records_of(text, "fr")
    record = records[0]
    assert record.deal_type is DealType.INFRASTRUCTURE
    assert [(p.name, p.role, p.kind) for p in record.parties] == [
        ("Kalvor", PartyRole.SUPPLIER, PartyKind.COMPANY),
        ("Norvège", PartyRole.CUSTOMER, PartyKind.GOVERNMENT),
    ]
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal("20000"), "server")
    assert record.unit_price is not None and record.unit_price.value == Decimal("12000")
    assert record.amount is not None and record.amount.value == Decimal("240000000")
    assert record.status is DealStatus.EXPECTED and record.country == "NO"


def test_contracts_signed_by_the_group_with_state_companies() -> None:
    text = (
        "Le groupe Torvane a présenté ses résultats annuels mardi. "
        "La croissance vient de contrats de plusieurs centaines de millions d'euros signés par le groupe avec des entreprises publiques."
    )
    records = records_of(text, "fr")
    (record,) = records
    assert record.deal_type is DealType.SUPPLY_CONTRACT and record.status is DealStatus.AGREED
    assert [(p.name, p.role) for p in record.parties][0] == ("Torvane", PartyRole.SUPPLIER)
    assert record.parties[1].kind is PartyKind.STATE_OWNED
    assert record.amount is not None and record.amount.lower == Decimal("200000000")


def test_elided_article_is_not_part_of_a_french_name() -> None:
    from pipeline.extract.names import find_names

    text = "L'Espagne, l'Autriche et l'OTAN ont signé un accord avec d'Orvane Industries."
    assert [n.text for n in find_names(text, "fr")] == ["Espagne", "Autriche", "OTAN", "Orvane Industries"]


def test_negotiating_partner_sells_and_the_first_name_buys() -> None:
    text = "Le groupe Brelix est en discussions avec Tamora pour racheter Quillet, sa filiale de logistique."
    records = records_of(text, "fr")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles == {"Brelix": PartyRole.BUYER, "Quillet": PartyRole.TARGET, "Tamora": PartyRole.SELLER}


def test_apposition_name_is_not_the_subject() -> None:
    text = "La banque Vellaro, filiale de l'Etat, va investir 50 millions d'euros dans Ombrin."
    records = records_of(text, "fr")
    assert records and records[0].parties[0].name == "Vellaro"


def test_raising_doubts_is_not_a_funding_round() -> None:
    text = "La société Parvix a levé une partie des doutes sur sa stratégie mardi."
    assert extract(_item(text, "fr")) == []


def test_government_phrases_are_parties() -> None:
    text = "Le groupe Sardel a signé un accord avec le gouvernement italien pour moderniser trois ports."
    records = records_of(text, "fr")
    kinds = {p.name: p.kind for p in records[0].parties}
    assert kinds.get("gouvernement italien") is PartyKind.GOVERNMENT and "Sardel" in kinds


def test_priced_contract_won_needs_no_named_customer() -> None:
    text = "La société Ferrolis aurait décroché un contrat de maintenance d'un montant de 450 000 euros pour deux ans."
    records = records_of(text, "fr")
    assert records and records[0].parties[0].name == "Ferrolis" and records[0].amount is not None


def test_institution_names_with_lower_case_adjectives_and_of() -> None:
    from pipeline.extract.names import find_names

    assert "Banque centrale européenne" in [n.text for n in find_names("Le prêt de la Banque centrale européenne arrive.", "fr")]
    assert "Bank of Kanada" in [n.text for n in find_names("Die Bank of Kanada hat Hilfen aus dem Fonds zurückgezahlt.", "de")]


def test_brand_de_city_is_the_brand() -> None:
    text = "La société VelTech de Grenoble, en lien avec le groupe Marbrel, prépare un nouveau capteur."
    records = records_of(text, "fr")
    assert records and {p.name for p in records[0].parties} == {"VelTech", "Marbrel"}


def test_listed_countries_that_sign_are_all_parties() -> None:
    text = "L'Espagne, la Belgique et le Portugal ont signé un accord avec le groupe Kestrane pour livrer des trains."
    records = records_of(text, "fr")
    assert records and {p.name for p in records[0].parties} >= {"Espagne", "Belgique", "Portugal", "Kestrane"}
    assert all(p.kind is PartyKind.GOVERNMENT for p in records[0].parties if p.name != "Kestrane")


@pytest.mark.parametrize(
    "text",
    [
        "Après le groupe Velkor et la société Norvia, le groupe Dastrel a racheté Orvane.",  # a fronted phrase closed by a comma
        "Après le groupe Velkor, la société Norvia et le groupe Dastrel ont racheté Orvane.",  # the list is the preposition's
        "Comme le groupe Velkor et la société Norvia, le groupe Dastrel a racheté Orvane.",
        "Mardi, après le groupe Velkor, la société Norvia et le groupe Dastrel ont racheté Orvane.",  # after a clause's comma
    ],
)
def test_names_in_a_fronted_phrase_are_not_listed_with_the_subject(text: str) -> None:
    records = records_of(text, "fr")
    buyers = {p.name for r in records for p in r.parties if p.role is PartyRole.BUYER}
    assert buyers == {"Dastrel"}


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Velkor, la société Norvia et le groupe Dastrel ont racheté Orvane.",
        # "comme" after a noun introduces the subjects themselves, not a fronted phrase
        "Des groupes comme le groupe Velkor, la société Norvia et le groupe Dastrel ont racheté Orvane.",
    ],
)
def test_names_listed_up_to_the_subject_all_buy(text: str) -> None:
    # the negative of the case above: no fronted phrase, the "et" before the subject closes the list
    records = records_of(text, "fr")
    buyers = {p.name for r in records for p in r.parties if p.role is PartyRole.BUYER}
    assert buyers == {"Velkor", "Norvia", "Dastrel"}


def test_later_valuation_sentence_gives_the_total() -> None:
    text = (
        "Le groupe Dravenne est en discussions avec Sulmo pour racheter Pertil.\n"
        "Une telle transaction est évaluée entre 2 et 3 milliards d'euros par les analystes."
    )
    records = records_of(text, "fr")
    amount = records[0].amount
    assert amount is not None and (amount.lower, amount.upper) == (Decimal("2000000000"), Decimal("3000000000"))


def test_offer_by_a_bidder_for_the_subjects_site() -> None:
    text = "Le groupe Halvane a rejeté l'offre de reprise de son usine de Brest par Tolmec, selon les syndicats."
    records = records_of(text, "fr")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Tolmec") is PartyRole.BUYER and roles.get("Halvane") is PartyRole.SELLER
    assert records[0].status is DealStatus.CANCELLED


def test_unions_and_units_are_not_parties() -> None:
    text = "Le groupe Varnol a racheté Drimex pour 40 millions d'euros, a salué la CGT. Drimex vend des disques de 512 GB."
    records = records_of(text, "fr")
    names = {p.name for r in records for p in r.parties}
    assert {"Varnol", "Drimex"} <= names and "CGT" not in names and "GB" not in names


def test_french_taking_control_is_an_acquisition() -> None:
    text = "Le groupe Tessaro a pris le contrôle de Bramel pour 12 millions d'euros."
    records = records_of(text, "fr")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert {p.name: p.role for p in records[0].parties} == {"Tessaro": PartyRole.BUYER, "Bramel": PartyRole.TARGET}


def test_participle_after_an_apposition_refers_to_the_first_name() -> None:
    text = "Le directeur rejoint Presse-Océane, le seul quotidien de Vendée et de Loire, racheté en mai par l'investisseur Paul Ardel."
    records = records_of(text, "fr")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Presse-Océane") is PartyRole.TARGET and roles.get("Paul Ardel") is PartyRole.BUYER


def test_partnership_without_a_cue_is_agreed() -> None:
    text = "Le constructeur Falvane développe ses batteries dans un partenariat avec la start-up Ordil."
    records = records_of(text, "fr")
    assert records[0].deal_type is DealType.PARTNERSHIP and records[0].status is DealStatus.AGREED


def test_singular_sale_noun_names_the_sold_subsidiary() -> None:
    text = "Le groupe Varnel prépare la vente de l'éditeur Ostrel au fonds Quarel."
    records = records_of(text, "fr")
    assert records[0].deal_type is DealType.DIVESTITURE
    assert "Ostrel" in [p.name for p in records[0].parties]


def test_agreement_between_two_named_parties_is_a_partnership() -> None:
    text = "Un accord de sponsoring conclu entre Marvelle et le Musée Kerlan court jusqu'en 2026."
    records = records_of(text, "fr")
    assert records[0].deal_type is DealType.PARTNERSHIP
    assert {"Marvelle", "Musée Kerlan"} <= {p.name for p in records[0].parties}


def test_choosing_a_maker_to_supply_is_an_order() -> None:
    text = "La régie Transvelle a retenu l'entreprise Morlan pour livrer 40 bus électriques d'ici 2027."
    records = records_of(text, "fr")
    assert records[0].deal_type is DealType.SUPPLY_CONTRACT
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Morlan") is PartyRole.SUPPLIER and roles.get("Transvelle") is PartyRole.CUSTOMER


def test_french_verb_with_pronoun_is_no_party() -> None:
    text = "Rappelons-nous que le groupe Darvel a investi 300 millions d'euros dans l'usine Malvorte."
    records = records_of(text, "fr")
    assert all(p.name != "Rappelons-nous" for r in records for p in r.parties)


def test_supplier_nationality_is_not_the_deal_country() -> None:
    text = (
        "Le réseau Transvelle, qui roule en France, a retenu l'entreprise italienne Morlan "
        "pour livrer 40 bus électriques. La France paie une partie des bus."
    )
    records = records_of(text, "fr")
    assert records[0].country == "FR"


def test_amount_nearest_before_a_final_trigger() -> None:
    text = (
        "Le fonds Aubrac, qui a placé 8 millions d'euros dans l'école Norvane l'an dernier, "
        "met désormais 3 millions d'euros sur la table pour racheter le journal Le Matinal."
    )
    records = records_of(text, "fr")
    rec = next(r for r in records if r.deal_type is DealType.ACQUISITION)
    assert rec.amount is not None and str(rec.amount.value) == "3000000"


def test_service_contract_nouns_are_supply_contracts() -> None:
    text = "La société Parvex a obtenu un contrat de maintenance de 12 millions d'euros avec la ville de Lorvel."
    records = records_of(text, "fr")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT


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
        "La caisse publique Kelbor va investir 120 millions d'euros afin d'acquérir une participation de 15% dans le laboratoire."
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
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Le réseau Velcoin se distingue de Marlo.", "fr")][0] == "Velcoin"


def test_the_paper_that_reports_a_deal_is_no_party() -> None:
    text = "Dans le Courrier Velkor paru hier, on lit que la commune a placé 3 millions d'euros dans le fonds Norvia."
    assert all(p.name != "Courrier Velkor" for r in _records(text) for p in r.parties)
    text = "Corlane a racheté Norvia en mars, a confié sa directrice au Velkor."
    assert all(p.name != "Velkor" for r in _records(text) for p in r.parties)


def test_resumed_activity_is_no_takeover() -> None:
    assert extract(_item("Chez Velkor, la reprise de l'activité est prévue lundi dans l'atelier de Norvia.", "fr")) == []


def test_free_trade_and_association_agreements_are_no_deals() -> None:
    text = "La Norvie espère conclure un accord de libre-échange avec l'Astrelie avant l'été."
    assert extract(_item(text, "fr")) == []
    text = "La Corlanie doit signer un accord d'association avec l'Astrelie au printemps."
    assert extract(_item(text, "fr")) == []


def test_counted_copies_sold_are_goods() -> None:
    assert extract(_item("Velkor espère avoir vendu les 2 500 exemplaires de son modèle Corlane en juin.", "fr")) == []


def test_loan_given_to_a_named_borrower() -> None:
    records = _records("Le prêt de 3 milliards d'euros garanti par l'Etat à Velkor sera versé après un accord social.")
    assert records and records[0].deal_type is DealType.OTHER
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Velkor") is PartyRole.TARGET and roles.get("Etat") is PartyRole.INVESTOR


def test_indirect_object_is_not_the_buyer() -> None:
    text = (
        "Le groupe Velkor grandit. Velkor a répondu à son concurrent Norvia "
        "en rachetant pour 2 milliards d'euros Corlane, le fabricant de jouets."
    )
    records = _records(text)
    assert records and {p.name: p.role for p in records[0].parties}.get("Velkor") is PartyRole.BUYER
    assert all(p.name != "Norvia" for p in records[0].parties)


def test_speaker_right_before_the_verb_acts() -> None:
    text = (
        "Pendant une semaine dominée par une Foire de Lyon très suivie, "
        "Velkor a annoncé avoir pris le contrôle du brasseur Norvia."
    )
    records = _records(text)
    assert records and {p.name: p.role for p in records[0].parties}.get("Velkor") is PartyRole.BUYER


def test_who_gains_from_a_purchase_is_no_seller() -> None:
    text = "Le groupe Velkor grandit. Le rachat de Corlane donne à Velkor trois nouvelles usines."
    assert all(p.role is not PartyRole.SELLER for r in _records(text) for p in r.parties)


def test_subject_after_a_that_clause_is_no_indirect_object() -> None:
    text = "Le groupe Velkor grandit. On apprenait dans la soirée que Velkor discutait pour racheter Norvia."
    records = _records(text)
    assert records and {p.name: p.role for p in records[0].parties}.get("Velkor") is PartyRole.BUYER


def test_loan_borrower_may_follow_a_preposition() -> None:
    text = (
        "Le chimiste Velkor souffre. Le ministre compte sur Velkor pour garder ses sites, et un prêt "
        "de l'Etat de 900 millions d'euros attend la fin des discussions."
    )
    records = _records(text)
    assert records and {p.name: p.role for p in records[0].parties}.get("Velkor") is PartyRole.TARGET


def test_speaker_after_the_verb_is_no_partner() -> None:
    text = "Le groupe Velkor grandit. Velkor noue un partenariat avec Corlane, souligne Karl Astel."
    assert all(p.name != "Karl Astel" for r in _records(text) for p in r.parties)


def test_goods_at_a_retail_price_are_no_divestiture() -> None:
    text = "Velkor vendra sa lampe Norvia en magasin à un tarif de 40 euros."
    assert extract(_item(text, "fr")) == []


def test_donation_pot_is_no_funding_round() -> None:
    text = "Karl Astel a ouvert une cagnotte sur le site Corlane; cette levée de fonds pour le refuge atteint 20 000 euros."
    assert extract(_item(text, "fr")) == []


def test_name_after_a_reported_que_is_no_speaker() -> None:
    text = "Le groupe Velkor grandit. Les deux assureurs ont précisé que Velkor allait acheter 12% du capital de Norvia."
    records = _records(text)
    assert records and {p.name: p.role for p in records[0].parties}.get("Velkor") is PartyRole.BUYER


def test_share_price_is_no_retail_tariff() -> None:
    text = "Le groupe Velkor grandit. Velkor va acheter 12% du capital de Norvia au prix unitaire de 8 euros."
    assert _records(text)


def test_ministry_is_named_whole() -> None:
    text = "Le ministère de la Marine a commandé à Velkor douze navires pour 300 millions d'euros."
    names = {p.name for r in _records(text) for p in r.parties}
    assert "Marine" not in names


def test_who_bails_out_pays() -> None:
    roles = {p.name: p.role for r in _records("Le groupe Velkor grandit. Velkor renfloue le journal Norvia cette année.") for p in r.parties}
    assert roles.get("Velkor") is PartyRole.INVESTOR and roles.get("Norvia") is PartyRole.TARGET
    roles = {p.name: p.role for r in _records("L'Etat a accordé un renflouement de 400 millions d'euros à Velkor.") for p in r.parties}
    assert roles.get("Etat") is PartyRole.INVESTOR and roles.get("Velkor") is PartyRole.TARGET


def _roles_of(record: DealRecord) -> dict[str, PartyRole]:
    return {p.name: p.role for p in record.parties}


def test_lending_verb_makes_its_subject_the_lender() -> None:
    (record,) = _records("Le fonds Dastrel a prêté quatre millions d'euros à la société Norvia.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Dastrel": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}
    assert record.amount is not None and record.amount.value == Decimal("4000000")


def test_lending_a_voice_is_no_loan() -> None:
    assert _records("L'acteur Velkor Dastrel va prêter sa voix à Norvia, un assistant vocal.") == []


def test_subsidy_granted_to_a_named_company() -> None:
    (record,) = _records("L'Etat a accordé une subvention de 5 millions d'euros à la société Norvia.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Etat": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_supply_verb_names_its_customer_after_a() -> None:
    (record,) = _records("Le groupe Velkor fournira 200 rames à la société Norvia pour 1,2 milliard d'euros.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}


def test_awarding_a_contract_makes_the_awardee_the_supplier() -> None:
    (record,) = _records("La société Norvia a attribué au groupe Velkor un contrat de 40 millions d'euros.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Norvia": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}


def test_associating_with_a_company_is_a_partnership_even_to_supply() -> None:
    (record,) = _records("Le groupe Velkor s'associe avec Norvia pour garantir la fourniture des batteries.")
    assert record.deal_type is DealType.PARTNERSHIP
    assert _roles_of(record) == {"Velkor": PartyRole.PARTNER, "Norvia": PartyRole.PARTNER}


def test_stake_of_a_percentage_in_a_company_is_not_a_market_move() -> None:
    (record,) = _records("Le groupe Velkor a pris une participation de 20 % dans la société Norvia.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_funding_round_names_who_it_was_raised_from() -> None:
    (record,) = _records("La société Norvia a bouclé une levée de fonds de 20 millions d'euros menée par Velkor.")
    assert record.deal_type is DealType.INVESTMENT  # a round with a named backer: its investment
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR}


def test_money_injected_into_a_company_is_an_investment() -> None:
    (record,) = _records("Le groupe Velkor injecte 300 millions d'euros dans la société Norvia.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_relative_clause_investor_invests_in_the_name_before_it() -> None:
    records = _records("La société Norvia, dans laquelle le groupe Velkor a investi 40 millions d'euros, prépare un nouveau modèle.")
    assert records and _roles_of(records[0]) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR}
    assert records[0].deal_type is DealType.INVESTMENT


def test_relative_clause_after_a_common_noun_names_no_target() -> None:
    assert _records("Le programme spatial, dans lequel l'agence Velkor a investi 3 milliards de dollars, a pris du retard.") == []


def test_investment_received_from_a_named_backer() -> None:
    (record,) = _records("La société Norvia a fait l'objet d'un investissement de 70 millions de dollars de la part de Dastrel.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Dastrel": PartyRole.INVESTOR}


def test_order_placed_with_a_maker() -> None:
    (record,) = _records("Le groupe Velkor a passé une commande de 40 avions auprès de la société Norvia.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.CUSTOMER, "Norvia": PartyRole.SUPPLIER}


def test_doses_reserved_with_a_maker_are_a_purchase() -> None:
    (record,) = _records("Le groupe Velkor a réservé 100 millions de doses auprès de la société Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.CUSTOMER, "Norvia": PartyRole.SUPPLIER}


def test_sum_granted_to_a_company_is_a_loan_or_aid() -> None:
    (record,) = _records("La banque Dastrel accorde 50 millions d'euros à la société Norvia.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Dastrel": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_companies_that_will_work_together_are_partners() -> None:
    (record,) = _records("Le groupe Velkor et la société Norvia vont collaborer pour développer un moteur.")
    assert record.deal_type is DealType.PARTNERSHIP and set(_roles_of(record)) == {"Velkor", "Norvia"}


def test_a_persons_collaboration_with_a_company_is_no_partnership() -> None:
    assert _records("La juge examine le rôle de l'avocate Mila Dastrel dans sa collaboration avec le groupe Velkor.") == []


def test_run_in_sub_heading_ends_the_sentence_before_it() -> None:
    text = "Le titre du groupe Velkor a progressé de 2 % en Bourse.- Cap Orvane -Le rachat de Norvia devrait renforcer le groupe."
    records = _records(text)
    assert records and records[0].evidence.text.startswith("Le rachat de Norvia")
    assert "Cap Orvane" not in {p.name for r in records for p in r.parties}


def test_names_that_complement_another_noun_do_not_buy() -> None:
    records = _records("Les analystes citent les faillites de Velkor et Orvane et le rachat de Norvia.")
    assert records and _roles_of(records[0]) == {"Norvia": PartyRole.TARGET}


def test_past_an_apposition_the_name_before_it_buys() -> None:
    records = _records("Le groupe Velkor, propriétaire de Orvane, a annoncé le rachat de Norvia.")
    assert records and _roles_of(records[0]) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_investing_in_its_activities_means_the_other_company() -> None:
    records = _records("Le constructeur Norvia a confirmé que le groupe Velkor avait investi près de 80 millions de dollars dans ses ateliers.")
    assert records and _roles_of(records[0]) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_investing_in_its_own_plants_is_no_deal() -> None:
    assert _records("Le groupe Velkor avait investi près de 80 millions de dollars dans ses usines.") == []


def test_a_country_after_the_loan_borrows() -> None:
    (record,) = _records("Le fonds Dastrel a accordé un prêt de 6 milliards d'euros à la Grèce.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Dastrel": PartyRole.INVESTOR, "Grèce": PartyRole.TARGET}
    assert record.parties[-1].kind is PartyKind.GOVERNMENT


def test_who_acts_through_his_company_stands_on_its_side() -> None:
    text = (
        "L'homme d'affaires Paul Dastrel aurait obtenu, via sa société Velkor, un contrat de maintenance "
        "de 40 millions d'euros auprès de la ville de Norvia."
    )
    records = _records(text)
    assert records and _roles_of(records[0]).get("Paul Dastrel") is PartyRole.SUPPLIER


def test_profit_sharing_across_firms_is_no_stake() -> None:
    text = "Le syndicat Velkor réclame une participation dans les sociétés de plus de 50 salariés."
    assert _records(text) == []


def test_a_paper_that_reveals_a_contract_is_no_party() -> None:
    text = (
        "Le Velkor Hebdo avait aussi mis au jour un contrat signé entre la société Norvia "
        "et le groupe Dastrel. Le Velkor Hebdo publie chaque semaine."
    )
    records = _records(text)
    assert records and {p.name for p in records[0].parties} == {"Norvia", "Dastrel"}


def test_contract_between_two_companies_named_by_their_nouns() -> None:
    (record,) = _records("Un contrat signé entre la société Norvia et le groupe Dastrel prévoit 30 livraisons par an.")
    assert {p.name for p in record.parties} == {"Norvia", "Dastrel"}


def test_a_merger_project_with_one_name_joins_the_articles_company() -> None:
    text = (
        "Le groupe Velkor cherche un allié. Depuis l'échec de la fusion avec Norvia, "
        "Velkor discute avec Dastrel. Velkor perd de l'argent."
    )
    records = _records(text)
    assert any(r.deal_type is DealType.MERGER and {p.name for p in r.parties} == {"Velkor", "Norvia"} for r in records)


def test_a_company_selling_its_own_unit_is_a_divestiture_with_no_buyer_named() -> None:
    (record,) = _records("Le groupe Velkor envisage de céder sa filiale de leasing.")
    assert record.deal_type is DealType.DIVESTITURE and _roles_of(record) == {"Velkor": PartyRole.SELLER}


def test_a_company_selling_its_products_is_no_deal() -> None:
    assert _records("Le groupe Velkor a vendu ses produits en Asie.") == []


def test_a_debt_to_repay_is_no_sale_price_but_is_a_loans_amount() -> None:
    (sale,) = _records("Le groupe Velkor envisage de céder sa filiale de leasing afin de rembourser les 12 milliards de dollars dus.")
    assert sale.deal_type is DealType.DIVESTITURE and sale.amount is None
    (loan,) = _records("La société Norvia doit rembourser le prêt de 12 milliards de dollars que lui a consenti la banque Dastrel.")
    assert loan.deal_type is DealType.OTHER and loan.amount is not None and loan.amount.value == Decimal("12000000000")


def test_acquisition_from_a_named_seller_of_an_unnamed_asset() -> None:
    text = "Le journal Norvia gagne un outil puissant grâce à l'acquisition auprès du groupe Velkor de son logiciel de publication."
    (record,) = _records(text)
    assert _roles_of(record) == {"Norvia": PartyRole.BUYER, "Velkor": PartyRole.SELLER}


def test_opening_its_capital_to_a_company_is_an_investment_by_it() -> None:
    (record,) = _records("La banque Norvia ouvre son capital au groupe Velkor.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR}


def test_moving_up_in_the_capital_is_a_stake() -> None:
    (record,) = _records("Le groupe Velkor monte au capital de la société Norvia.")
    assert record.deal_type is DealType.INVESTMENT and _roles_of(record)["Norvia"] is PartyRole.TARGET


def test_signing_with_a_partner_before_naming_the_contract() -> None:
    (record,) = _records("La compagnie Norvia a signé avec le groupe Velkor un contrat de 2 milliards d'euros.")
    assert set(_roles_of(record)) == {"Norvia", "Velkor"}


def test_order_obtained_from_a_customer() -> None:
    (record,) = _records("Le groupe Velkor obtient une commande de 50 avions de la part de la compagnie Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}


def test_allying_with_a_company_is_a_partnership() -> None:
    (record,) = _records("Le groupe Velkor s'allie à la société Norvia pour produire des batteries.")
    assert record.deal_type is DealType.PARTNERSHIP and set(_roles_of(record)) == {"Velkor", "Norvia"}


def test_chosen_by_a_customer_to_supply_is_the_supplier() -> None:
    (record,) = _records("Le groupe Velkor a été choisi par la société Norvia pour fournir 30 trains.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}


def test_a_plural_subject_that_concludes_an_agreement_names_both_parties() -> None:
    (record,) = _records("La société Norvia et le groupe Velkor ont conclu un accord de distribution.")
    assert record.deal_type is DealType.PARTNERSHIP and set(_roles_of(record)) == {"Velkor", "Norvia"}


def test_the_sale_of_its_division_is_by_the_articles_company() -> None:
    text = "Le groupe Velkor paiera ses dettes. Il compte sur la cession de sa division Norvia. Velkor est confiant."
    records = _records(text)
    assert records and _roles_of(records[0]) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.SELLER}


def test_contract_awarded_in_the_passive_names_awarder_and_awardee() -> None:
    # the city is named as its authority ("ville de Norvia"), as "die Stadt Norvia" is in German
    (record,) = _records("Le contrat de maintenance a été attribué au groupe Velkor par la ville de Norvia.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"ville de Norvia": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}
    (record,) = _records("Le marché a été attribué par la ville de Norvia au groupe Velkor.")
    assert _roles_of(record) == {"ville de Norvia": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}


def test_buying_one_product_is_no_deal() -> None:
    assert _records("Peu de clients voudront acheter une Velkor One à ce prix. Velkor One sort en juin.") == []
    assert _records("Des milliers de fans rêvent de faire l'acquisition de la nouvelle Norvia GT. Norvia GT coûte cher.") == []


def test_buying_a_named_company_outright_still_counts() -> None:
    (record,) = _records("Le rachat de Norvia inquiète les salariés.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET}


def test_a_generic_noun_followed_by_its_name_between_commas_is_that_name() -> None:
    text = (
        "Le groupe Velkor a levé 3 milliards de dollars. Le numéro un du fret, Norvia, a annoncé de son côté "
        "avoir levé 6 milliards de dollars. Velkor reste prudent."
    )
    records = _records(text)
    assert any(_roles_of(r) == {"Norvia": PartyRole.TARGET} for r in records)


def test_who_leads_a_study_is_no_partner() -> None:
    text = "Le groupe Velkor a noué un partenariat avec la société Norvia, selon une étude dirigée par Ana Pellor."
    records = _records(text)
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_both_subjects_take_the_stake_though_a_noun_describes_the_second() -> None:
    (record,) = _records("L'équipementier Velkor et le géant de l'aéronautique Norvia sont entrés au capital de Dastrel.")
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.INVESTOR, "Dastrel": PartyRole.TARGET}




def test_investing_in_a_data_centre_in_a_country_is_infrastructure_there() -> None:
    (record,) = _records("Le groupe Velkor investira 300 millions d'euros dans une usine neuve en Norvège.")
    assert record.deal_type is DealType.INFRASTRUCTURE
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvège": PartyRole.CUSTOMER}
    assert record.country == "NO"


def test_the_parent_named_in_the_apposition_sells_its_unit() -> None:
    (record,) = _records("Le groupe Velkor a racheté Norvia, une filiale du groupe Dastrel, pour 30 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.SELLER}
    (record,) = _records("La société Norvia, filiale du groupe Dastrel, a été rachetée par le groupe Velkor.")
    assert _roles_of(record)["Dastrel"] is PartyRole.SELLER


def test_a_plan_before_a_vowel_is_still_expected() -> None:
    (record,) = _records("Le groupe Velkor prévoit d'investir 20 millions d'euros dans la société Norvia.")
    assert record.status is DealStatus.EXPECTED


def test_a_priced_order_names_the_makers_of_what_is_ordered() -> None:
    text = (
        "Le gouvernement de Norland a passé une commande de 50 millions de doses pour 900 millions de dollars "
        "du sérum conçu par la jeune pousse Velkor et le laboratoire suédois Norvia."
    )
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {
        "gouvernement de Norland": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.SUPPLIER,
    }
    assert record.amount is not None and record.amount.value == Decimal("900000000")


def test_a_head_count_is_no_price_for_an_order_without_a_maker() -> None:
    assert _records("Le Norland (30 millions d'habitants) a réservé 80 millions de flacons chez plusieurs fabricants.") == []
    (record,) = _records("Le Norland a réservé 80 millions de doses pour 2 milliards d'euros.")
    assert _roles_of(record) == {"Norland": PartyRole.CUSTOMER}


def test_pre_orders_placed_with_a_maker_are_a_supply_contract() -> None:
    (record,) = _records("Les autorités de Norland ont passé des pré-commandes de 60 millions de doses auprès de Velkor.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record)["Velkor"] is PartyRole.SUPPLIER


def test_a_credit_of_a_sum_is_a_loan_but_a_tax_credit_is_not() -> None:
    (record,) = _records("La banque Velkor a consenti un crédit de 2 milliards d'euros au groupe Norvia.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}
    assert _records("Le groupe Velkor a obtenu un crédit d'impôt de 20 millions d'euros.") == []


def test_a_company_founded_together_is_a_joint_venture() -> None:
    (record,) = _records("Les groupes Velkor et Norvia ont créé une société commune pour exploiter le gazoduc.")
    assert record.deal_type is DealType.JOINT_VENTURE
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}
    assert _records("Les groupes Velkor et Norvia ont présenté les comptes de leur filiale commune.") == []


def test_financial_support_of_a_sum_to_the_group_is_aid_to_the_article_company() -> None:
    text = (
        "Le transporteur Velkor a perdu 2 milliards d'euros. "
        "L'Etat accorde lundi un soutien financier de 3 milliards d'euros au groupe, en lui demandant de réduire ses coûts."
    )
    (record,) = _records(text)
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Etat": PartyRole.INVESTOR, "Velkor": PartyRole.TARGET}
    assert record.amount is not None and record.amount.value == Decimal("3000000000")


def test_a_loan_to_the_group_goes_to_the_company_it_takes_up() -> None:
    (record,) = _records("Le groupe Velkor a perdu 2 milliards d'euros. La banque Norvia a consenti un prêt de 300 millions d'euros au groupe.")
    assert _roles_of(record) == {"Norvia": PartyRole.INVESTOR, "Velkor": PartyRole.TARGET}


def test_a_merger_noun_names_both_companies_that_merge() -> None:
    (record,) = _records("Pour le ministre, une fusion entre Velkor et Norvia semble donc inéluctable.")
    assert record.deal_type is DealType.MERGER and {p.name for p in record.parties} == {"Velkor", "Norvia"}
    (record,) = _records("Le groupe Dastrel est issu en 2004 de la fusion du Danois Velkor et de l'Irlandais Norvia.")
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}  # what the merger made is not one of its sides


def test_a_loan_for_the_group_goes_to_the_company() -> None:
    text = "Le constructeur Velkor a perdu 1 milliard d'euros. La banque Norvia prévoit de garantir un prêt de 2 milliards d'euros pour le constructeur."
    (record,) = _records(text)
    assert _roles_of(record) == {"Norvia": PartyRole.INVESTOR, "Velkor": PartyRole.TARGET}


def test_more_governments_are_named_by_their_nationality() -> None:
    (record,) = _records("Le gouvernement polonais a accordé un prêt de 40 millions d'euros au groupe Velkor.")
    assert {p.name: p.kind for p in record.parties}.get("gouvernement polonais") is PartyKind.GOVERNMENT


def test_who_agrees_to_be_supplied_is_the_customer() -> None:
    (record,) = _records("Le laboratoire Velkor a obtenu l'accord de la Norvège pour fournir 3 millions de doses de son sérum.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert [(p.name, p.role, p.kind) for p in record.parties] == [
        ("Velkor", PartyRole.SUPPLIER, PartyKind.COMPANY), ("Norvège", PartyRole.CUSTOMER, PartyKind.GOVERNMENT),
    ]
    (record,) = _records("Le groupe Velkor a reçu l'accord de la société Norvia pour livrer 40 rames.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}


def test_future_forms_of_acquerir_are_purchases() -> None:
    (record,) = _records("Le fonds Velkor acquerra la société Norvia au printemps.")
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_money_put_into_a_companys_project_is_invested_in_that_company() -> None:
    text = (
        "Le gouvernement de Norland a annoncé un investissement d'un milliard de dollars "
        "dans le programme de recherche contre la grippe de la société pharmaceutique Velkor."
    )
    (record,) = _records(text)
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"gouvernement de Norland": PartyRole.INVESTOR, "Velkor": PartyRole.TARGET}
    # money put into a sector names no company
    assert _records("Le gouvernement de Norland investira un milliard de dollars dans les projets de recherche du pays.") == []


def test_a_deal_told_in_the_future_is_expected() -> None:
    (record,) = _records("Le fonds Dastrel investira 20 millions d'euros dans la société Norvia.")
    assert record.status is DealStatus.EXPECTED
    (record,) = _records("Le groupe Velkor cèdera sa filiale Norvia au fonds Dastrel.")
    assert record.status is DealStatus.EXPECTED


def test_names_listed_with_ou_encore_share_the_subjects_role() -> None:
    (record,) = _records("Les groupes Velkor, Norvia ou encore le fonds chinois Dastrel sont entrés au capital de la société Orvane.")
    assert _roles_of(record) == {
        "Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.INVESTOR, "Dastrel": PartyRole.INVESTOR, "Orvane": PartyRole.TARGET,
    }


def test_parting_with_a_unit_in_other_tenses_is_a_sale() -> None:
    (record,) = _records("Le groupe Velkor s'est séparé de la radio Norvia l'an dernier.")
    assert record.deal_type is DealType.DIVESTITURE
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET}


def test_parting_with_the_paper_names_the_paper_the_article_is_about() -> None:
    (record,) = _records("Le groupe Norvia publie deux quotidiens. Le groupe Velkor se sépare du journal au profit d'une fondation.")
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET}
    # "du groupe" after a noun that is no deal is a genitive, not a party
    assert _records("Le groupe Norvia publie deux quotidiens. Le président du groupe a cédé ses actions.") == []


def test_becoming_the_property_of_a_company_is_a_purchase_by_it() -> None:
    (record,) = _records("L'hebdomadaire Norvia est devenu la propriété du groupe Velkor.")
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}
    (record,) = _records("La société Norvia est passée sous le contrôle de Velkor.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}


def test_the_antecedent_of_qu_il_a_acquis_is_bought_by_the_article_company() -> None:
    text = "Le groupe Velkor mise sur la presse. Il a redressé le quotidien Norvia, qu'il a acquis en 2009."
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_a_participle_after_a_name_says_it_was_bought_from_whom() -> None:
    (record,) = _records("Le groupe a aussi redressé l'Orlan Matin, acheté en 2012 à Dastrel Médias.")
    assert _roles_of(record) == {"Orlan Matin": PartyRole.TARGET, "Dastrel Médias": PartyRole.SELLER}


def test_the_seller_may_come_before_what_is_bought() -> None:
    (record,) = _records("En 2019, le groupe Velkor a racheté à Dastrel la société Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.SELLER}
    (record,) = _records("Le groupe Velkor rachète au fonds Dastrel sa filiale Norvia pour 30 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.SELLER}


def test_a_contract_for_several_countries_has_no_single_country() -> None:
    text = "La Norvège, le Danemark et la Suède ont conclu un accord avec le groupe Velkor pour la fourniture de 30 millions de doses."
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert {p.name for p in record.parties if p.role is PartyRole.CUSTOMER} == {"Norvège", "Danemark", "Suède"}
    assert record.country is None


def test_an_agreement_that_secures_supplies_is_a_supply_contract_whatever_the_order() -> None:
    (record,) = _records("Le Norland a sécurisé son approvisionnement en sérum : il a conclu jeudi un accord avec la firme Velkor.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Norland": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}


def test_a_partner_named_in_an_apposition_is_a_partnership() -> None:
    (record,) = _records("Le groupe Velkor, partenaire de l'institut Norvia, publie ses comptes lundi.")
    assert record.deal_type is DealType.PARTNERSHIP
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_a_supplier_named_in_an_apposition_supplies_the_name_after_de() -> None:
    (record,) = _records("Le groupe Velkor, fournisseur de la société Norvia, publie ses comptes lundi.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}
    assert _records("Le groupe Velkor, fournisseur d'accès à internet, publie ses comptes lundi.") == []


def test_counted_goods_bought_from_a_named_maker_are_a_supply_contract() -> None:
    (record,) = _records("La compagnie Norvia a acheté 40 avions au groupe Velkor pour 2 milliards d'euros.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Norvia": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}
    # a stake or shares bought are no goods
    (record,) = _records("Le groupe Velkor a acheté 20% de Norvia à Dastrel.")
    assert record.deal_type is DealType.ACQUISITION
    assert _records("Le groupe Velkor a acheté 2 millions d'actions à Dastrel.") == []


def test_a_contract_won_names_its_customer_after_de_la() -> None:
    (record,) = _records("Le groupe Velkor a remporté un contrat de la compagnie Norvia pour 40 rames.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}
    (record,) = _records("Le groupe Velkor a décroché une commande de 30 avions de la compagnie Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}


def test_a_contract_signed_with_a_named_party_is_a_supply_contract_but_a_licence_is_not() -> None:
    (record,) = _records("La compagnie Norvia a signé un contrat de 2 milliards d'euros avec le groupe Velkor pour 40 rames.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert {p.name for p in record.parties} == {"Norvia", "Velkor"}
    (record,) = _records("La compagnie Norvia a signé un contrat de licence avec le groupe Velkor.")
    assert record.deal_type is DealType.PARTNERSHIP


def test_who_is_equipped_with_counted_goods_is_the_customer() -> None:
    (record,) = _records("Le groupe Velkor va équiper la compagnie Norvia de 40 rames.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}


def test_stakes_taken_raised_and_cut() -> None:
    (record,) = _records("Le fonds Velkor a pris 20 % du capital de Norvia.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}
    (record,) = _records("Le fonds Velkor a porté sa participation dans Norvia à 30%.")
    assert record.deal_type is DealType.INVESTMENT and {p.name for p in record.parties} == {"Velkor", "Norvia"}
    (record,) = _records("Le fonds Velkor a réduit sa participation dans Norvia.")
    assert record.deal_type is DealType.DIVESTITURE
    (record,) = _records("Le fonds Velkor a cédé sa participation dans Norvia.")
    assert record.deal_type is DealType.DIVESTITURE


def test_money_staked_on_or_financing_a_named_company_is_an_investment() -> None:
    (record,) = _records("Le fonds Velkor a misé 20 millions d'euros sur la start-up Norvia.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}
    (record,) = _records("Le fonds Velkor a financé la start-up Norvia à hauteur de 20 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_who_joins_a_named_companys_round_invests_in_it() -> None:
    (record,) = _records("Le fonds Velkor a souscrit à l'augmentation de capital de Norvia.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR}
    (record,) = _records("Le fonds Velkor a mené une levée de fonds de 20 millions d'euros pour la start-up Norvia.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR}


def test_more_french_ways_to_buy_a_company() -> None:
    (record,) = _records("Le groupe Velkor a fait main basse sur la société Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    (record,) = _records("Le groupe Velkor a jeté son dévolu sur la société Norvia.")
    assert record.status is DealStatus.EXPECTED
    (record,) = _records("La société Norvia tombe dans l'escarcelle du groupe Velkor.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}
    (record,) = _records("Le groupe Velkor a annoncé l'absorption de Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_dated_membership_of_a_group_is_a_past_takeover() -> None:
    for text in (
        "La société Norvia ouvre un atelier. Norvia fait partie, depuis mai 2016, du groupe textile Velkor.",
        "La marque Norvia appartient depuis 2015 au groupe Velkor.",
    ):
        (record,) = _records(text)
        assert (record.deal_type, _roles_of(record)) == (DealType.ACQUISITION, {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}), text
    # undated, it is ownership; a ranking one belongs to is no group
    assert _records("La marque Norvia appartient au groupe Velkor.") == []
    assert _records("La société Norvia fait partie depuis 2015 des entreprises les plus innovantes de France.") == []


def test_a_company_integrated_into_the_group_is_bought() -> None:
    text = "La coopérative Velkor détient plusieurs marques. Le groupe s'est renforcé en 2017 grâce à l'intégration du brasseur Norvia."
    (record,) = _records(text)
    assert (record.deal_type, _roles_of(record)) == (DealType.ACQUISITION, {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET})
    # a product built into another, or a listing in an index, is no takeover
    assert _records("Velkor annonce l'intégration de Dastrel dans Norvia.") == []
    assert _records("Velkor salue l'intégration de Norvia au CAC 40.") == []


def test_the_taker_found_for_a_site_is_named_after_it() -> None:
    for text in (
        "Velkor a enfin trouvé un repreneur pour le site de Brest : la société Norvia y créera 150 emplois.",
        "Velkor a trouvé un repreneur pour son usine de Lyon, la société Norvia.",
    ):
        (record,) = _records(text)
        assert (record.deal_type, _roles_of(record)) == (DealType.DIVESTITURE, {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.BUYER}), text
    # who reports the news is no taker
    (record,) = _records("Velkor a trouvé un repreneur pour sa filiale Dastrel, selon Les Echos.")
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Dastrel": PartyRole.TARGET}


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Velkor n'a pas trouvé de repreneur pour sa filiale Norvia.",
        "Le groupe Velkor n'a toujours pas trouvé d'acquéreur pour sa filiale Norvia.",
    ],
)
def test_a_seller_that_found_no_taker_still_has_the_asset_for_sale(text: str) -> None:
    (record,) = _records(text)
    assert (record.deal_type, record.status) == (DealType.DIVESTITURE, DealStatus.EXPECTED)
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET}
    assert not any(p.role is PartyRole.BUYER for p in record.parties)


def test_a_taker_found_is_no_sale_to_come() -> None:
    # the negative of the case above: a taker found is not "expected"
    (record,) = _records("Le groupe Velkor a trouvé un repreneur pour sa filiale Norvia : la société Dastrel.")
    assert record.status is not DealStatus.EXPECTED


def test_who_is_called_on_to_build_or_supply_is_the_supplier() -> None:
    (record,) = _records("Le groupe Velkor a fait appel à la société Norvia pour construire son usine.")
    assert (record.deal_type, _roles_of(record)) == (DealType.SUPPLY_CONTRACT, {"Velkor": PartyRole.CUSTOMER, "Norvia": PartyRole.SUPPLIER})
    # a call on shareholders or on the courts is no contract
    assert _records("Le groupe Velkor a fait appel à ses actionnaires Norvia et Dastrel pour financer son usine.") == []
    assert _records("Le groupe Velkor a fait appel à la justice pour contester la décision de Norvia.") == []


def test_an_offer_for_a_named_company_is_announced() -> None:
    (record,) = _records("Le fonds Dastrel a déposé une offre de reprise pour Norvia.")
    assert _roles_of(record) == {"Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert record.status is DealStatus.ANNOUNCED


def test_a_unit_put_up_for_sale_is_an_expected_sale() -> None:
    (record,) = _records("Le groupe Velkor a mis en vente sa filiale Norvia.")
    assert record.deal_type is DealType.DIVESTITURE and record.status is DealStatus.EXPECTED
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET}
    assert _records("Le groupe Velkor a mis en vente sa maison de campagne.") == []


def test_a_nationalisation_is_a_purchase_by_the_state() -> None:
    (record,) = _records("Le gouvernement a nationalisé la société Velkor.")
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"gouvernement": PartyRole.BUYER, "Velkor": PartyRole.TARGET}


def test_an_instalment_of_aid_for_a_country_is_aid_to_it() -> None:
    (record,) = _records("Le FMI a débloqué une tranche de 2 milliards de dollars pour l'Ukraine.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"FMI": PartyRole.INVESTOR, "Ukraine": PartyRole.TARGET}


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Velkor fait équipe avec Norvia pour développer un moteur.",
        "Le groupe Velkor et Norvia unissent leurs forces dans les batteries.",
        "Le groupe Velkor et la société Norvia vont développer ensemble un moteur.",
        "Le groupe Velkor a choisi Norvia comme partenaire.",
    ],
)
def test_more_french_ways_to_team_up(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.PARTNERSHIP
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_coming_together_with_a_named_company_is_a_merger() -> None:
    (record,) = _records("Le groupe Velkor s'est rapproché de la société Norvia.")
    assert record.deal_type is DealType.MERGER
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_a_plant_opened_or_announced_in_a_country_is_infrastructure_there() -> None:
    (record,) = _records("Le groupe Velkor a inauguré une usine de 500 millions d'euros en Hongrie.")
    assert record.deal_type is DealType.INFRASTRUCTURE and record.status is DealStatus.COMPLETED
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Hongrie": PartyRole.CUSTOMER}
    (record,) = _records("Le groupe Velkor a annoncé la construction d'une usine en Espagne.")
    assert record.country == "ES"
    (record,) = _records("Le groupe Velkor va construire une usine de batteries en Pologne.")
    assert record.status is DealStatus.EXPECTED


def test_an_agreement_to_supply_obtained_by_unnamed_makers_goes_to_the_article_company() -> None:
    text = (
        "Le laboratoire Velkor prépare un sérum contre la grippe. "
        "Les deux partenaires viennent d'obtenir l'accord de la Norvège pour en livrer 5 millions de doses."
    )
    records = _records(text)
    supply = next(r for r in records if r.deal_type is DealType.SUPPLY_CONTRACT)
    assert _roles_of(supply) == {"Velkor": PartyRole.SUPPLIER, "Norvège": PartyRole.CUSTOMER}


def test_ready_for_is_no_loan() -> None:
    assert _records("Le comté de Norland est prêt pour vous accueillir, vous et le groupe Velkor.") == []
    assert _records("La société Velkor sera fin prêt en mars pour le sérum de Norvia.") == []


def test_buyers_of_nothing_named_make_no_deal() -> None:
    assert _records("Cela laisserait la voie libre aux groupes Velkor et Norvia pour s'emparer du marché.") == []
    assert _records("Le groupe Velkor cherche à racheter des stocks de puces.") == []


def test_a_public_private_partnership_names_no_partner() -> None:
    assert _records("Le groupe Velkor plaide pour un partenariat public-privé sur le programme Norvia.") == []


def test_the_subject_of_a_passive_sale_is_what_is_sold() -> None:
    (record,) = _records("La filiale Norvia a été cédée au fonds Dastrel.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Dastrel": PartyRole.BUYER}


def test_the_antecedent_of_dont_x_a_pris_le_controle_is_bought_by_x() -> None:
    (record,) = _records("Le groupe Velkor, dont le fonds Dastrel a pris le contrôle en 2019, publie ses comptes.")
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Dastrel": PartyRole.BUYER, "Velkor": PartyRole.TARGET}


def test_more_french_loans_and_aid() -> None:
    (record,) = _records("Le groupe Velkor a emprunté 2 milliards d'euros auprès de la banque Norvia.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Velkor": PartyRole.TARGET, "Norvia": PartyRole.INVESTOR}
    (record,) = _records("Le groupe Velkor a obtenu une garantie de l'Etat sur un emprunt de 2 milliards d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.TARGET, "Etat": PartyRole.INVESTOR}
    (record,) = _records("Le ministère de l'Economie a débloqué 500 millions d'euros pour sauver le groupe Velkor.")
    assert _roles_of(record) == {"ministère de l'Economie": PartyRole.INVESTOR, "Velkor": PartyRole.TARGET}
    assert record.status is DealStatus.COMPLETED


def test_a_sum_of_aid_received_names_its_beneficiary_though_not_the_giver() -> None:
    (record,) = _records("Le groupe Velkor a reçu 300 millions d'euros d'aides publiques.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record) == {"Velkor": PartyRole.TARGET}
    assert record.amount is not None and record.amount.value == Decimal("300000000")
    # a loan only talked about, with no sum received, stays out
    assert _records("Le groupe Velkor a obtenu un prêt.") == []


def test_a_sponsor_named_in_an_apposition_is_a_partnership() -> None:
    (record,) = _records("Le groupe Velkor, nouveau sponsor du club Norvia, publie ses comptes.")
    assert record.deal_type is DealType.PARTNERSHIP
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_au_fonds_names_the_seller() -> None:
    (record,) = _records("Le groupe Velkor a racheté Norvia au fonds Dastrel pour 30 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.SELLER}


def test_a_price_before_the_object_does_not_hide_what_is_bought() -> None:
    (record,) = _records("Le groupe Velkor a racheté pour 30 millions d'euros la société Norvia.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert record.amount is not None and record.amount.value == Decimal("30000000")


@pytest.mark.parametrize(
    ("text", "customer", "supplier"),
    [
        ("La compagnie Norvia a commandé 30 avions au groupe Velkor.", "Norvia", "Velkor"),
        ("Le groupe Velkor a reçu une commande de 30 avions de la compagnie Norvia.", "Norvia", "Velkor"),
        ("La compagnie Norvia a passé commande de 30 avions auprès du groupe Velkor.", "Norvia", "Velkor"),
    ],
)
def test_more_french_orders(text: str, customer: str, supplier: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {customer: PartyRole.CUSTOMER, supplier: PartyRole.SUPPLIER}


def test_a_contract_named_after_the_partner_is_a_supply_contract() -> None:
    (record,) = _records("Le groupe Velkor a signé avec la compagnie Norvia un contrat de 2 milliards d'euros.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT


def test_an_agreement_to_buy_is_agreed_not_completed() -> None:
    (record,) = _records("Le groupe Velkor a conclu un accord de rachat de la société Norvia.")
    assert record.status is DealStatus.AGREED
    (record,) = _records("Le groupe Velkor a conclu le rachat de la société Norvia.")
    assert record.status is DealStatus.COMPLETED


def test_a_sale_participle_after_a_name_says_it_was_sold() -> None:
    (record,) = _records("Le groupe Dastrel a redressé la radio Norvia, cédée en 2019 au fonds Velkor.")
    assert record.deal_type is DealType.DIVESTITURE
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}


def test_a_country_whose_verb_opens_the_order_is_the_customer() -> None:
    # the trigger "a commandé" begins with the auxiliary, right after the country
    (record,) = _records("La Lorvanie a commandé 40 millions de doses au laboratoire Velkor.")
    assert _roles_of(record) == {"Lorvanie": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}
    (record,) = _records("Les Pays-Bas ont aussi commandé 12 frégates à Dastrel.")
    assert _roles_of(record) == {"Pays-Bas": PartyRole.CUSTOMER, "Dastrel": PartyRole.SUPPLIER}


def test_a_pronoun_takes_up_the_buyer_of_the_sentence_before() -> None:
    # Velkor is the most named company, but "Elle" and "il" take up the customer just named
    text = (
        "Velkor domine le marché des vaccins et Velkor prévoit de produire un milliard de doses. "
        "La société Norvia a commandé 40 millions de doses à Velkor. Elle a aussi commandé 10 millions de doses à Dastrel. "
        "Le groupe Brelmont a acheté 5 millions de doses à Velkor. De son côté, il a également réservé 2 millions de doses auprès de Quarvel."
    )
    records = _records(text)
    assert [_roles_of(r) for r in records] == [
        {"Norvia": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER},
        {"Norvia": PartyRole.CUSTOMER, "Dastrel": PartyRole.SUPPLIER},
        {"Brelmont": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER},
        {"Brelmont": PartyRole.CUSTOMER, "Quarvel": PartyRole.SUPPLIER},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La Lorvanie a acheté des centaines de milliers de masques au groupe Velkor.",
        "La Lorvanie compte acquérir encore 80 millions de doses auprès du laboratoire Velkor.",
        "La Lorvanie achète ses avions de combat au groupe Velkor.",
    ],
)
def test_goods_bought_from_a_named_maker_are_a_supply_contract(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Lorvanie": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Norvia a acheté les murs de ses magasins au fonds Velkor.",
        "Le groupe Norvia a racheté les activités de distribution au fonds Velkor.",
    ],
)
def test_walls_or_a_business_bought_from_a_holder_stay_an_acquisition(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Norvia": PartyRole.BUYER, "Velkor": PartyRole.SELLER}


def test_counted_goods_secured_or_sold_are_supplied() -> None:
    (record,) = _records("La Lorvanie s'est assuré 100 millions de doses auprès du laboratoire Norvia.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Lorvanie": PartyRole.CUSTOMER, "Norvia": PartyRole.SUPPLIER}
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal("100000000"), "dose")
    (record,) = _records("Le groupe Velkor a vendu 24 avions de combat à la Lorvanie pour 2 milliards d'euros.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Lorvanie": PartyRole.CUSTOMER}
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal("24"), "aircraft")


def test_money_obtained_from_a_bank_is_no_order() -> None:
    assert all(r.deal_type is not DealType.SUPPLY_CONTRACT for r in _records("La société Norvia a obtenu 30 millions d'euros auprès de la banque Velkor."))


def test_contracts_with_several_listed_makers_are_one_supply_contract_each() -> None:
    records = _records("La Lorvanie a signé des contrats avec Velkor, Norvia et Dastrel pour la fourniture de vaccins.")
    assert [r.deal_type for r in records] == [DealType.SUPPLY_CONTRACT] * 3
    assert [_roles_of(r) for r in records] == [
        {"Lorvanie": PartyRole.CUSTOMER, maker: PartyRole.SUPPLIER} for maker in ("Velkor", "Norvia", "Dastrel")
    ]


def test_one_agreement_about_counted_goods_with_two_makers_stays_one_supply_contract() -> None:
    (record,) = _records("La Lorvanie a conclu un accord avec les laboratoires Velkor et Norvia pour 300 millions de doses.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Lorvanie": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.SUPPLIER}
    assert record.quantity is not None and record.quantity.value == Decimal("300000000")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Le laboratoire Velkor est très actif. Velkor va fournir 100 millions de doses aux Pays-Bas.", "Pays-Bas"),
        ("Le laboratoire Velkor est très actif. Velkor livrera 100 millions de doses au Japon d'ici la fin de l'année.", "Japon"),
        ("Le laboratoire Velkor est très actif. Velkor a décroché un contrat avec le Portugal pour 100 millions de doses.", "Portugal"),
    ],
)
def test_a_country_supplied_is_the_customer(text: str, country: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, country: PartyRole.CUSTOMER}
    assert record.parties[1].kind is PartyKind.GOVERNMENT


def test_makers_listed_each_with_a_count_get_one_order_each() -> None:
    records = _records("La Lorvanie multiplie les achats. Elle a aussi commandé 30 avions à Velkor, 20 à Norvia et 10 à Dastrel.")
    assert [r.deal_type for r in records] == [DealType.SUPPLY_CONTRACT] * 3
    assert [_roles_of(r) for r in records] == [
        {"Lorvanie": PartyRole.CUSTOMER, maker: PartyRole.SUPPLIER} for maker in ("Velkor", "Norvia", "Dastrel")
    ]


def test_two_makers_of_one_product_are_one_order() -> None:
    (record,) = _records("La Lorvanie multiplie les achats. Elle a aussi commandé 60 millions de doses à Velkor et Norvia.")
    assert _roles_of(record) == {"Lorvanie": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.SUPPLIER}


def test_a_pronoun_with_no_deal_before_takes_up_the_subject_of_the_sentence_before() -> None:
    text = (
        "Le groupe Velkor traverse une crise profonde depuis deux ans. La Lorvanie veut vacciner toute sa population avant l'été. "
        "Elle a signé un accord avec le laboratoire Velkor pour 100 millions de doses."
    )
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Lorvanie": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}


def test_makers_listed_after_a_goods_purchase_each_supply() -> None:
    text = "La Lorvanie multiplie les achats. Elle a aussi acheté des doses auprès de Velkor, Norvia, Dastrel et 20 millions de doses à Quarvel."
    records = _records(text)
    assert [_roles_of(r) for r in records] == [
        {"Lorvanie": PartyRole.CUSTOMER, maker: PartyRole.SUPPLIER} for maker in ("Velkor", "Norvia", "Dastrel", "Quarvel")
    ]


def test_makers_in_brackets_are_listed_without_an_and() -> None:
    records = _records("La Lorvanie multiplie les achats. Elle a aussi commandé 100 millions de doses à quatre groupes (Velkor, Norvia, Dastrel, Quarvel).")
    assert [r.parties[1].name for r in records] == ["Velkor", "Norvia", "Dastrel", "Quarvel"]
    assert all(r.parties[1].role is PartyRole.SUPPLIER for r in records)


def test_each_maker_of_a_listed_order_keeps_its_own_count() -> None:
    text = (
        "La Lorvanie multiplie les achats. Elle a aussi commandé 30 millions de doses à Velkor, "
        "20 millions de doses à Norvia et 10 millions de doses à Dastrel."
    )
    records = _records(text)
    assert [(r.parties[1].name, r.quantity.value if r.quantity else None) for r in records] == [
        ("Velkor", Decimal("30000000")), ("Norvia", Decimal("20000000")), ("Dastrel", Decimal("10000000")),
    ]


@pytest.mark.parametrize(
    ("goods", "value", "unit"),
    [("5 millions de masques", "5000000", "mask"), ("2 000 respirateurs", "2000", "ventilator"), ("4 sous-marins", "4", "submarine")],
)
def test_goods_of_french_orders_are_counted_with_their_unit(goods: str, value: str, unit: str) -> None:
    (record,) = _records(f"La Lorvanie multiplie les achats. Elle a commandé {goods} au groupe Velkor.")
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal(value), unit)


def test_french_goods_words_are_no_english_units() -> None:
    from pipeline.extract.numbers import find_quantities

    assert find_quantities("They ordered 5 masques.", "en") == []
    assert [q.unit for q in find_quantities("Ils ont commandé 5 masques.", "fr")] == ["mask"]


def test_a_roundup_of_doses_obtained_from_listed_makers_gives_one_order_per_maker_past_five() -> None:
    text = (
        "La Norvège multiplie les achats. Le groupe Arvix a racheté la société Tessac. "
        "Les Pays-Bas pourraient obtenir 100 millions de doses de chacun de ces laboratoires (Velkor, Norvia, Dastrel, Quarvel) "
        "et 300 millions de doses de Brelmont."
    )
    records = _records(text)
    orders = [r for r in records if r.deal_type is DealType.SUPPLY_CONTRACT]
    assert len(records) == 6 and records[0].deal_type is DealType.ACQUISITION
    assert [(r.parties[0].name, r.parties[0].role) for r in orders] == [("Pays-Bas", PartyRole.CUSTOMER)] * 5
    assert [(r.parties[1].name, r.quantity.value if r.quantity else None) for r in orders] == [
        ("Velkor", Decimal("100000000")), ("Norvia", Decimal("100000000")), ("Dastrel", Decimal("100000000")),
        ("Quarvel", Decimal("100000000")), ("Brelmont", Decimal("300000000")),
    ]


def test_companies_listed_after_the_one_invested_in_are_one_investment_each() -> None:
    records = _records("Le fonds lorvanien Arvix mise sur les biotechs. En 2019, Arvix avait investi dans Velkor, Norvia et Dastrel.")
    assert [_roles_of(r) for r in records] == [
        {"Arvix": PartyRole.INVESTOR, target: PartyRole.TARGET} for target in ("Velkor", "Norvia", "Dastrel")
    ]


def test_two_companies_bought_are_two_acquisitions() -> None:
    records = _records("Le groupe Arvix a racheté Velkor et Norvia.")
    assert [r.deal_type for r in records] == [DealType.ACQUISITION] * 2
    assert [_roles_of(r) for r in records] == [{"Arvix": PartyRole.BUYER, t: PartyRole.TARGET} for t in ("Velkor", "Norvia")]


def test_a_second_order_told_by_ellipsis_has_its_own_maker_count_and_price() -> None:
    text = (
        "La Lorvanie multiplie les achats. Elle a commandé 30 avions à Velkor pour 3 milliards d'euros "
        "et 20 hélicoptères à Norvia pour 800 millions d'euros."
    )
    records = _records(text)
    assert [
        (r.parties[1].name, r.quantity.unit if r.quantity else None, r.amount.value if r.amount else None) for r in records
    ] == [("Velkor", "aircraft", Decimal("3000000000")), ("Norvia", "helicopter", Decimal("800000000"))]
    assert all(r.parties[0].name == "Lorvanie" and r.parties[0].role is PartyRole.CUSTOMER for r in records)


def test_a_second_stake_told_by_ellipsis_has_its_own_sum() -> None:
    records = _records("La Lorvanie multiplie les achats. Elle a investi 20 millions d'euros dans Velkor et 10 millions d'euros dans Norvia.")
    assert [(r.parties[1].name, r.amount.value if r.amount else None) for r in records] == [
        ("Velkor", Decimal("20000000")), ("Norvia", Decimal("10000000")),
    ]
    assert all(r.deal_type is DealType.INVESTMENT and r.parties[0].role is PartyRole.INVESTOR for r in records)


def test_a_second_contract_told_by_ellipsis_is_one_more_supply_contract() -> None:
    text = "La Lorvanie multiplie les achats. Elle a signé un contrat avec Velkor pour 100 millions de doses et un autre avec Norvia pour 50 millions de doses."
    records = _records(text)
    assert [_roles_of(r) for r in records] == [
        {"Lorvanie": PartyRole.CUSTOMER, maker: PartyRole.SUPPLIER} for maker in ("Velkor", "Norvia")
    ]


def test_qui_takes_up_the_name_before_it_as_the_subject() -> None:
    text = "Le laboratoire Dastrel prévoit une coopération avec la société Velkor, qui vient de conclure un accord avec Norvia pour 80 millions de doses."
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert (record.parties[0].name, record.parties[0].role) == ("Velkor", PartyRole.CUSTOMER)
    assert _roles_of(record)["Norvia"] is PartyRole.SUPPLIER


@pytest.mark.parametrize(
    "text",
    [
        "La Lorvanie a conclu des contrats d'approvisionnement avec Velkor (100 millions de doses), Norvia (50 millions) et Dastrel (30 millions).",
        "La Lorvanie a déjà réservé 20 millions de doses auprès de Velkor, de Norvia et de Dastrel.",
    ],
)
def test_makers_listed_with_a_bracket_or_a_repeated_de_each_supply(text: str) -> None:
    records = _records("La Lorvanie multiplie les achats. " + text)
    assert [_roles_of(r) for r in records] == [
        {"Lorvanie": PartyRole.CUSTOMER, maker: PartyRole.SUPPLIER} for maker in ("Velkor", "Norvia", "Dastrel")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Velkor a reçu un investissement de 40 millions d'euros du fonds Arvix.",
        "La start-up Velkor a reçu 40 millions d'euros du fonds Arvix.",
        "La start-up Velkor a obtenu un financement de 40 millions d'euros de la banque publique Arvix.",
    ],
)
def test_money_received_from_a_named_fund_or_bank_is_an_investment(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Velkor": PartyRole.TARGET, "Arvix": PartyRole.INVESTOR}
    assert record.amount is not None and record.amount.value == Decimal("40000000")


def test_damages_received_are_no_investment() -> None:
    assert _records("La société Velkor a reçu 3 millions d'euros de dommages et intérêts de la société Norvia.") == []


def test_a_sum_granted_to_a_named_start_up_is_aid() -> None:
    (record,) = _records("Le gouvernement lorvanien a débloqué 40 millions d'euros pour la start-up Velkor.")
    assert record.deal_type is DealType.OTHER
    assert _roles_of(record)["Velkor"] is PartyRole.TARGET
    # a sum set aside for a place is a budget, no deal
    assert _records("Le gouvernement lorvanien a débloqué 40 millions d'euros pour la Lorvanie.") == []


@pytest.mark.parametrize(
    ("text", "deal_type"),
    [
        ("La Lorvanie a acheté des avions de combat à la société Velkor.", DealType.SUPPLY_CONTRACT),
        ("Le groupe Norvia a racheté des sociétés de services au groupe Velkor.", DealType.ACQUISITION),
        ("Le groupe Norvia a acheté des brevets au groupe Velkor.", DealType.ACQUISITION),
    ],
)
def test_what_is_bought_stops_at_the_sellers_preposition(text: str, deal_type: DealType) -> None:
    (record,) = _records(text)
    assert record.deal_type is deal_type


def test_an_order_placed_with_makers_in_the_plural() -> None:
    records = _records("La Lorvanie multiplie les achats. Elle a commandé des doses aux laboratoires Velkor, Norvia, Dastrel et Quarvel.")
    assert [r.parties[1].name for r in records] == ["Velkor", "Norvia", "Dastrel", "Quarvel"]
    assert all(r.deal_type is DealType.SUPPLY_CONTRACT and r.parties[0].name == "Lorvanie" for r in records)


def test_a_makers_contract_with_a_state_supplies_the_state() -> None:
    (record,) = _records("Le laboratoire Velkor est très actif. Velkor a signé un contrat de fourniture avec le gouvernement lorvanien.")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert [(p.role, p.kind) for p in record.parties] == [
        (PartyRole.SUPPLIER, PartyKind.COMPANY), (PartyRole.CUSTOMER, PartyKind.GOVERNMENT),
    ]


def test_a_makers_contracts_with_listed_countries_are_one_each() -> None:
    text = "Le laboratoire Velkor est très actif. Velkor a signé des contrats avec le Portugal, le Canada et le Brésil pour 100 millions de doses."
    records = _records(text)
    assert [_roles_of(r) for r in records] == [
        {"Velkor": PartyRole.SUPPLIER, country: PartyRole.CUSTOMER} for country in ("Portugal", "Canada", "Brésil")
    ]


def test_each_maker_of_a_split_order_keeps_its_own_price_or_none() -> None:
    # the price follows the maker it is for; a maker named after it with no price of its own does not take it
    records = records_of("La Lorvanie a commandé 30 avions à Velkor pour 3 milliards d'euros et 20 hélicoptères à Norvia.", "fr")
    amounts = {next(p.name for p in r.parties if p.role is PartyRole.SUPPLIER): r.amount and r.amount.value for r in records}
    assert amounts == {"Velkor": Decimal("3000000000"), "Norvia": None}
    records = records_of(
        "La Lorvanie a commandé 30 avions à Velkor pour 3 milliards d'euros et 20 hélicoptères à Norvia pour 800 millions d'euros.", "fr"
    )
    amounts = {next(p.name for p in r.parties if p.role is PartyRole.SUPPLIER): r.amount and r.amount.value for r in records}
    assert amounts == {"Velkor": Decimal("3000000000"), "Norvia": Decimal("800000000")}


def test_reflexive_past_and_a_shared_merger_are_deals() -> None:
    # "s'est emparé de": the reflexive verb in the passé composé; "leur fusion": the two companies named before merge
    (record,) = _records("Velkor s'est emparé de Norvia pour 3 milliards de dollars.")
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    (record,) = _records("Velkor et Norvia ont annoncé mardi leur fusion.")
    assert record.deal_type is DealType.MERGER
    assert set(_roles_of(record)) == {"Velkor", "Norvia"}
    # a merger of one's own departments names no second company
    assert _records("Le groupe a annoncé leur fusion en une seule direction.") == []


def test_a_merger_agreement_is_a_merger_and_a_company_opening_with_est_acts() -> None:
    (record,) = _records("Velkor et Norvia ont signé un accord de fusion.")
    assert record.deal_type is DealType.MERGER and record.status is DealStatus.AGREED
    # any other agreement signed stays a partnership
    (record,) = _records("Velkor et Norvia ont signé un accord de distribution.")
    assert record.deal_type is DealType.PARTNERSHIP
    # "Velkor est en négociations": a company named once at a sentence start, before "est"
    (record,) = _records("Velkor est en négociations exclusives pour racheter Norvia.")


def test_a_world_region_after_a_place_preposition_is_no_party() -> None:
    # "en Afrique de l'Ouest", "au Moyen-Orient", "en Amérique du Nord" say where the deal is, not who makes it
    (record,) = _records("Velkor a remporté un contrat de 300 millions d'euros pour construire des usines en Afrique de l'Ouest.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER}
    (record,) = _records("Velkor a décroché une commande de 300 millions d'euros pour des centrales au Moyen-Orient.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER}
    (record,) = _records("Velkor a cédé ses activités en Amérique du Nord à Norvia pour 300 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.BUYER}


def test_a_company_named_after_a_compass_word_stays_a_party() -> None:
    (record,) = _records("Velkor a racheté la société Ouest Médias pour 30 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Ouest Médias": PartyRole.TARGET}
    (record,) = _records("La cession de Sud Logistique à Velkor a été conclue pour 30 millions d'euros.")
    assert _roles_of(record) == {"Sud Logistique": PartyRole.TARGET, "Velkor": PartyRole.BUYER}


def test_a_person_the_article_introduces_by_an_office_is_no_party() -> None:
    text = (
        "Paul Dastrel, le ministre de l'Industrie, a salué l'opération. "
        "Velkor et Paul Dastrel ont conclu le rachat de Norvia pour 300 millions d'euros."
    )
    (record,) = _records(text)
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_a_businessman_or_founder_who_buys_stays_a_party() -> None:
    (record,) = _records("L'homme d'affaires Xavier Dastrel a racheté Norvia pour 300 millions d'euros.")
    assert _roles_of(record) == {"Xavier Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    (record,) = _records("Le fondateur de Velkor, Xavier Dastrel, a racheté Norvia pour 300 millions d'euros.")
    assert _roles_of(record) == {"Xavier Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_a_quoted_project_or_work_is_no_party() -> None:
    (record,) = _records("Velkor a signé un partenariat avec Norvia dans le cadre du projet « Dastrel » pour 30 millions d'euros.")
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}
    (record,) = _records("Velkor et Norvia ont signé un partenariat pour coproduire la série « Dastrel ».")
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_a_quoted_brand_that_is_bought_stays_a_party() -> None:
    (record,) = _records("Velkor a racheté la marque « Dastrel » à Norvia pour 30 millions d'euros.")
    assert _roles_of(record)["Dastrel"] is PartyRole.TARGET


def test_a_paper_or_agency_that_reports_the_deal_is_no_party() -> None:
    for text in (
        "D'après Les Nouvelles de Dastrel, Velkor a signé un contrat de 300 millions d'euros avec Norvia.",
        "Velkor a signé un contrat de 300 millions d'euros avec Norvia, rapporte l'agence Dastrel Presse.",
        "La Gazette de Dastrel affirme que Velkor a signé un contrat de 300 millions d'euros avec Norvia.",
    ):
        (record,) = _records(text)
        assert {p.name for p in record.parties} == {"Velkor", "Norvia"}, text


def test_a_paper_that_is_bought_or_buys_stays_a_party() -> None:
    (record,) = _records("Velkor a racheté Le Courrier de Dastrel pour 30 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Le Courrier de Dastrel": PartyRole.TARGET}
    (record,) = _records("La Gazette de Dastrel annonce le rachat de Norvia pour 30 millions d'euros.")
    assert _roles_of(record) == {"Gazette de Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_what_a_rival_is_compared_to_is_no_party() -> None:
    (record,) = _records("Velkor a décroché un contrat de 700 000 euros pour garder la station Norvia, rivale asiatique du Canadien DSTR.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER, "Norvia": PartyRole.CUSTOMER}
    (record,) = _records("Velkor a signé un contrat de 700 000 euros avec Norvia, concurrent de Dastrel.")
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_a_rival_that_is_bought_stays_a_party() -> None:
    (record,) = _records("Velkor a racheté son concurrent Norvia pour 300 millions d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_coming_under_control_is_bought_and_going_up_in_capital_is_expected() -> None:
    (record,) = _records("Norvia passe sous le contrôle de Velkor.")
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    (record,) = _records("L'Etat va monter au capital de Velkor.")
    assert record.status is DealStatus.EXPECTED
    # what is merely controlled ("sous le contrôle des autorités") names no buyer
    assert _records("Le site reste sous le contrôle des autorités.") == []


def test_an_order_in_the_present_with_its_count_and_unit_price() -> None:
    (record,) = records_of("Le ministère de la Défense commande 2 000 véhicules à Norvia, à 150 000 euros l'unité.", "fr")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert sorted((p.name, p.role) for p in record.parties) == [("Norvia", PartyRole.SUPPLIER), ("ministère de la Défense", PartyRole.CUSTOMER)]
    assert record.quantity is not None and record.quantity.value == Decimal(2000)
    assert record.unit_price is not None and record.unit_price.value == Decimal(150000)


@pytest.mark.parametrize(
    "sentence",
    [
        "La commande porte sur 40 rames livrées par Norvia.",  # the noun, not the verb
        "Velkor commande désormais pour 2 milliards d'euros par an à ses fournisseurs.",  # spending, no named maker
    ],
)
def test_the_order_noun_and_yearly_spending_are_no_order(sentence: str) -> None:
    assert records_of(sentence, "fr") == []


_SECTOR = "Le secteur compte quatre acteurs : Velkor, Norvia, Dastrel et Korlim. "


def _deal_of(records: list[DealRecord], target: str) -> DealRecord:
    (record,) = [r for r in records if any(p.name == target and p.role is PartyRole.TARGET for p in r.parties)]
    return record


def test_earlier_purchase_in_a_relative_clause_is_its_own_deal() -> None:
    records = _records(_SECTOR + "Velkor, qui avait racheté Norvia en 2015 pour 300 millions d'euros, va acquérir Dastrel pour 2 milliards d'euros.")
    earlier, main = _deal_of(records, "Norvia"), _deal_of(records, "Dastrel")
    assert earlier is not main
    assert _roles_of(earlier) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert earlier.status is DealStatus.COMPLETED
    assert earlier.amount is not None and earlier.amount.value == Decimal("300000000")
    assert main.status is DealStatus.EXPECTED
    assert main.amount is not None and main.amount.value == Decimal("2000000000")
    # one purchase of two companies told in one clause stays one buyer's two deals, not a past one
    both = _records(_SECTOR + "Velkor va acquérir Norvia et Dastrel.")
    assert all(r.status is DealStatus.EXPECTED for r in both)


def test_earlier_purchase_after_a_past_infinitive_keeps_the_main_subject() -> None:
    records = _records(_SECTOR + "Velkor va racheter Dastrel pour 2 milliards d'euros, après avoir acquis Norvia en 2015.")
    earlier = _deal_of(records, "Norvia")
    assert _roles_of(earlier) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert earlier.status is DealStatus.COMPLETED
    assert earlier.amount is None  # the main deal's price is not the earlier one's
    assert _roles_of(_deal_of(records, "Dastrel")) == {"Velkor": PartyRole.BUYER, "Dastrel": PartyRole.TARGET}


def test_target_that_had_itself_bought_is_a_second_deal() -> None:
    records = _records(_SECTOR + "Velkor va racheter Dastrel, qui avait elle-même racheté Norvia en 2016.")
    assert _roles_of(_deal_of(records, "Norvia")) == {"Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert _deal_of(records, "Norvia").status is DealStatus.COMPLETED
    assert _roles_of(_deal_of(records, "Dastrel")) == {"Velkor": PartyRole.BUYER, "Dastrel": PartyRole.TARGET}


def test_deal_noun_after_depuis_is_a_done_deal() -> None:
    records = _records(_SECTOR + "Velkor va racheter Dastrel. Depuis le rachat de Norvia par Korlim en 2016, le marché est très concentré.")
    earlier = _deal_of(records, "Norvia")
    assert _roles_of(earlier) == {"Korlim": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert earlier.status is DealStatus.COMPLETED  # not the next sentence's nor the previous one's plan
    # the same noun as the sentence's own news keeps the status its sentence gives it
    (news,) = _records(_SECTOR + "Le rachat de Norvia par Korlim devrait être bouclé en juin.")
    assert news.status is not DealStatus.COMPLETED


def test_merger_a_group_was_born_of_is_completed() -> None:
    (record,) = _records(_SECTOR + "Le groupe Velkor, né en 2001 de la fusion de Dastrel et de Norvia, a publié ses résultats.")
    assert record.deal_type is DealType.MERGER
    assert record.status is DealStatus.COMPLETED
    assert {p.name for p in record.parties} == {"Dastrel", "Norvia"}


def test_possessive_purchase_noun_makes_the_subject_the_target() -> None:
    records = _records(_SECTOR + "Velkor va racheter Dastrel pour 2 milliards d'euros. Dastrel a doublé ses ventes depuis son rachat par Korlim en 2016.")
    earlier = [r for r in records if any(p.name == "Korlim" for p in r.parties)]
    assert len(earlier) == 1 and earlier[0] is not records[0]
    assert _roles_of(earlier[0]) == {"Dastrel": PartyRole.TARGET, "Korlim": PartyRole.BUYER}
    assert earlier[0].status is DealStatus.COMPLETED
    # "son rachat" with no agent names no buyer: no second deal
    assert len(_records(_SECTOR + "Velkor va racheter Dastrel. Dastrel a doublé ses ventes depuis son rachat en 2016.")) == 1


def test_company_sold_in_a_relative_or_participle_clause() -> None:
    (record,) = _records(_SECTOR + "La société Norvia, que Velkor a cédée l'an dernier à Dastrel, va fermer son site de Lyon.")
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.BUYER}
    (record,) = _records(_SECTOR + "La société Norvia, cédée par Velkor à Dastrel en 2018, emploie 3.000 salariés.")
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.BUYER}
    (record,) = _records(_SECTOR + "La société Norvia, vendue en 2015 par Velkor au fonds Dastrel, va fermer son usine.")
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.BUYER}
    # a relative clause about something else names no company sold
    (record,) = _records(_SECTOR + "Velkor, que Korlim conseille, a cédé sa filiale Norvia à Dastrel.")
    assert _roles_of(record).get("Velkor") is PartyRole.SELLER


def test_stake_taken_by_one_company_in_another() -> None:
    (record,) = _records(_SECTOR + "La prise de participation de Velkor dans Norvia a été saluée par les marchés.")
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}
    # a stake with no named holder keeps the company it is taken in
    (record,) = _records(_SECTOR + "La prise de participation dans Norvia a été saluée par les marchés.")
    assert _roles_of(record).get("Norvia") is PartyRole.TARGET


def test_seller_that_had_bought_the_company_is_a_second_deal() -> None:
    records = _records(_SECTOR + "Le groupe Velkor va racheter Norvia à Dastrel. Le groupe Dastrel, qui avait racheté Norvia en 2012, cherchait un repreneur.")
    assert len(records) == 2
    assert _roles_of(records[0]) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET, "Dastrel": PartyRole.SELLER}
    assert _roles_of(records[1]) == {"Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert records[1].status is DealStatus.COMPLETED
    # the same purchase told again by its buyer stays one deal
    assert len(_records(_SECTOR + "Le groupe Velkor rachète Norvia. L'acquisition de Norvia par Velkor sera finalisée en juin.")) == 1


def test_companies_bought_one_after_the_other_are_one_deal_each() -> None:
    records = _records(_SECTOR + "Le groupe Velkor a racheté Norvia en 2014 pour 100 millions d'euros et Dastrel en 2016 pour 200 millions d'euros.")
    assert [r.amount.value if r.amount else None for r in records] == [Decimal("100000000"), Decimal("200000000")]
    assert _roles_of(records[1]) == {"Velkor": PartyRole.BUYER, "Dastrel": PartyRole.TARGET}
    # a second company that does something else is no second purchase
    (record,) = _records(_SECTOR + "Le groupe Velkor a racheté Norvia en 2014 et Dastrel a été créé en 2016.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_participle_opening_the_sentence_describes_the_company_bought() -> None:
    (record,) = _records(_SECTOR + "Racheté en 2014 par Velkor, le groupe Norvia emploie 3.000 salariés.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert record.status is DealStatus.COMPLETED


def test_pluperfect_deal_is_completed_whatever_the_sentence_before() -> None:
    records = _records(_SECTOR + "Velkor va racheter Dastrel pour 2 milliards d'euros. En 2015, le groupe Velkor avait déjà acquis Norvia pour 300 millions d'euros.")
    assert _deal_of(records, "Norvia").status is DealStatus.COMPLETED
    assert _deal_of(records, "Dastrel").status is DealStatus.EXPECTED
    (merger,) = _records(_SECTOR + "Les groupes Velkor et Norvia avaient fusionné en 2010.")
    assert merger.status is DealStatus.COMPLETED
    (stake,) = _records(_SECTOR + "Le fonds Dastrel, entré au capital de Norvia en 2018, va céder sa participation.")
    assert stake.status is DealStatus.COMPLETED


def test_earlier_stake_dated_in_the_pluperfect_is_its_own_deal() -> None:
    records = _records(_SECTOR + "Le groupe Velkor va racheter Norvia pour 2 milliards d'euros. Le groupe Velkor était entré au capital de Norvia en 2015.")
    assert [r.deal_type for r in records] == [DealType.ACQUISITION, DealType.INVESTMENT]  # the stake does not make the purchase an investment
    assert records[0].status is DealStatus.EXPECTED
    assert records[1].status is DealStatus.COMPLETED  # not the plan told in the sentence before
    # the same purchase told again in the present stays one deal
    (record,) = _records(_SECTOR + "Le groupe Velkor va racheter Norvia pour 2 milliards d'euros. Le groupe Velkor prend ainsi le contrôle de Norvia.")
    assert record.deal_type is DealType.ACQUISITION


def test_a_dated_stake_taken_and_a_takeover_only_planned_are_two_deals() -> None:
    text = _SECTOR + "Le groupe Velkor a pris 10 % du capital de Norvia en 2019. Le groupe Velkor veut désormais racheter Norvia."
    assert [r.deal_type for r in _records(text)] == [DealType.INVESTMENT, DealType.ACQUISITION]
    # the plan told first, the dated stake after it
    later = _SECTOR + "Le groupe Velkor va racheter Norvia. Le groupe Velkor a déjà pris 10 % du capital de Norvia en 2019."
    assert [r.deal_type for r in _records(later)] == [DealType.ACQUISITION, DealType.INVESTMENT]
    # one deal told twice stays one: done both times, planned both times, or the plan dated the same year
    assert len(_records(_SECTOR + "Le groupe Velkor a racheté Norvia en 2019. Le groupe Velkor a ainsi pris le contrôle de Norvia.")) == 1
    assert len(_records(_SECTOR + "Le groupe Velkor veut racheter Norvia. Le groupe Velkor va ainsi prendre le contrôle de Norvia.")) == 1
    assert len(_records(_SECTOR + "Le groupe Velkor a annoncé en 2019 le rachat de Norvia. Le groupe Velkor va racheter Norvia en 2019.")) == 1


def test_a_partner_named_in_apposition_is_a_partnership_of_its_own() -> None:
    records = _records(_SECTOR + "La société Velkor, partenaire de Norvia depuis 2015, va racheter Dastrel.")
    assert [(r.deal_type, {p.name for p in r.parties}) for r in records] == [
        (DealType.PARTNERSHIP, {"Velkor", "Norvia"}),  # not the company the main verb buys
        (DealType.ACQUISITION, {"Velkor", "Dastrel"}),
    ]
    venture = _records(_SECTOR + "La société Velkor, partenaire de Norvia, et la société Dastrel ont créé une coentreprise.")
    assert [(r.deal_type, {p.name for p in r.parties}) for r in venture] == [
        (DealType.PARTNERSHIP, {"Velkor", "Norvia"}),
        (DealType.JOINT_VENTURE, {"Velkor", "Dastrel"}),  # the apposition's partner takes no part in the venture
    ]
    # the partnership told again in apposition stays one deal
    text = _SECTOR + "La société Velkor a noué un partenariat avec Norvia. La société Velkor, partenaire de Norvia depuis 2015, développe un moteur."
    (record,) = _records(text)
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_earlier_contract_between_the_same_companies_is_its_own_deal() -> None:
    text = _SECTOR + "Le groupe Velkor a noué un partenariat avec Norvia. Le groupe Velkor avait déjà noué un partenariat avec Norvia en 2012 dans l'aviation."
    assert len(_records(text)) == 2
    # told again without a date of its own, it is the same partnership
    assert len(_records(_SECTOR + "Le groupe Velkor a noué un partenariat avec Norvia. Ce partenariat avec Norvia porte sur l'aviation.")) == 1


def test_earlier_deal_takes_no_later_sentences_sum() -> None:
    text = _SECTOR + "Le groupe Velkor va racheter Dastrel. Le groupe Velkor avait racheté Norvia en 2015. La transaction porte sur 2 milliards d'euros."
    records = _records(text)
    assert _deal_of(records, "Norvia").amount is None
    main = _deal_of(records, "Dastrel").amount
    assert main is not None and main.value == Decimal("2000000000")  # the news still takes it


def test_every_backer_listed_after_auprès_de_invests() -> None:
    (record,) = _records(_SECTOR + "La société Norvia a levé 30 millions d'euros auprès du fonds Velkor, de Dastrel et de la banque Korlim.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR, "Dastrel": PartyRole.INVESTOR, "Korlim": PartyRole.INVESTOR}
    # backers after "auprès de" are not the company whose round it is
    (record,) = _records(_SECTOR + "La start-up Norvia a bouclé un tour de table de 20 millions d'euros auprès de Velkor et Dastrel.")
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR, "Dastrel": PartyRole.INVESTOR}
    # a common noun after the first backer adds nobody
    (record,) = _records(_SECTOR + "La société Norvia a levé 30 millions d'euros auprès du fonds Velkor et de ses actionnaires historiques.")
    assert set(_roles_of(record)) == {"Norvia", "Velkor"}


def test_entrusting_a_job_names_the_supplier_not_a_speaker() -> None:
    (record,) = _records(_SECTOR + "La compagnie Norvia a confié au groupe Velkor la construction de 40 rames.")
    assert _roles_of(record) == {"Norvia": PartyRole.CUSTOMER, "Velkor": PartyRole.SUPPLIER}
    # the name right after "a confié" still speaks
    assert _records(_SECTOR + "« Le marché est difficile », a confié Paul Velkor.") == []


def test_joining_forces_with_a_named_company_after_à() -> None:
    (record,) = _records(_SECTOR + "Le groupe Velkor s'associe à Norvia pour développer un moteur.")
    assert record.deal_type is DealType.PARTNERSHIP
    assert _roles_of(record) == {"Velkor": PartyRole.PARTNER, "Norvia": PartyRole.PARTNER}
    # a known place after "à" is no partner, nor is a project
    assert _records(_SECTOR + "Le groupe Velkor s'associe à la France et à ce projet de recherche.") == []


def test_one_deal_told_in_a_relative_clause_keeps_its_sentences_sum() -> None:
    (record,) = _records(_SECTOR + "La société Norvia, que le groupe Velkor rachète, est valorisée à 2 milliards d'euros.")
    assert record.amount is not None and record.amount.value == Decimal("2000000000")
    # with a second deal in the sentence, the clause's deal takes no sum from outside it
    records = _records(_SECTOR + "Le groupe Velkor va racheter Dastrel pour 2 milliards d'euros, après avoir acquis Norvia en 2015.")
    assert _deal_of(records, "Norvia").amount is None


def test_two_verbs_of_one_subject_are_two_deals_each_with_its_own_sum() -> None:
    records = _records(_SECTOR + "Le groupe Velkor a investi 20 millions d'euros dans Norvia et racheté Dastrel.")
    stake, purchase = _deal_of(records, "Norvia"), _deal_of(records, "Dastrel")
    assert stake.deal_type is DealType.INVESTMENT and purchase.deal_type is DealType.ACQUISITION
    assert stake.amount is not None and stake.amount.value == Decimal("20000000")
    assert purchase.amount is None
    assert _roles_of(purchase) == {"Velkor": PartyRole.BUYER, "Dastrel": PartyRole.TARGET}


def test_second_verb_after_et_or_pour_keeps_the_first_subject() -> None:
    records = _records(_SECTOR + "Le groupe Velkor a vendu Norvia pour racheter Dastrel.")
    assert _roles_of(_deal_of(records, "Norvia")) == {"Velkor": PartyRole.SELLER, "Norvia": PartyRole.TARGET}
    assert _roles_of(_deal_of(records, "Dastrel")) == {"Velkor": PartyRole.BUYER, "Dastrel": PartyRole.TARGET}
    records = _records(_SECTOR + "Le groupe Velkor a racheté Norvia et cédé Dastrel au fonds Korlim.")
    assert _roles_of(_deal_of(records, "Dastrel")).get("Velkor") is PartyRole.SELLER
    # two subjects joined by "et" still act together
    (record,) = _records(_SECTOR + "Le groupe Velkor et le fonds Korlim ont racheté Norvia.")
    assert {p.name for p in record.parties if p.role is PartyRole.BUYER} == {"Velkor", "Korlim"}


def test_company_bought_earlier_by_its_seller_in_a_relative_clause() -> None:
    records = _records(_SECTOR + "Le groupe Velkor va céder Norvia, qu'il avait acquise en 2015 pour 300 millions d'euros.")
    assert [r.deal_type for r in records] == [DealType.DIVESTITURE, DealType.ACQUISITION]
    assert records[0].amount is None  # the earlier price is not the sale's
    assert records[1].amount is not None and records[1].amount.value == Decimal("300000000")
    assert _roles_of(records[1]) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    (record,) = _records(_SECTOR + "La société Norvia, que le groupe Velkor avait rachetée en 2015, va fermer son usine.")
    assert _roles_of(record) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    # "acquise" as an adjective names no company bought
    assert _records(_SECTOR + "Le groupe Velkor met en avant l'expérience acquise chez Norvia.") == []


def test_failed_attempt_is_cancelled_without_cancelling_the_news() -> None:
    (record,) = _records(_SECTOR + "Le groupe Velkor avait tenté sans succès de racheter Norvia en 2015.")
    assert record.status is DealStatus.CANCELLED
    records = _records(_SECTOR + "Le groupe Velkor rachète Norvia, qui avait tenté en vain de racheter Dastrel en 2015.")
    assert _deal_of(records, "Dastrel").status is DealStatus.CANCELLED
    assert _deal_of(records, "Norvia").status is not DealStatus.CANCELLED
    # "sans succès" about something else leaves a purchase done
    (record,) = _records(_SECTOR + "Le groupe Velkor a racheté Norvia sans succès commercial.")
    assert record.status is DealStatus.COMPLETED


def test_a_headline_count_takes_the_texts_qualifier() -> None:
    text = (
        "Velkor devrait équiper un centre de données allemand de 50 000 puces\n"
        "Le groupe Velkor devrait livrer environ 50 000 puces à un centre de données en Allemagne."
    )
    (record,) = records_of(text, "fr")
    assert record.quantity is not None and record.quantity.value == Decimal(50_000) and record.quantity.approximate
    assert record.quantity.evidence.start > text.index("\n")  # the text's own words
    # with no qualifier in the text, the headline's count stands as stated
    (plain,) = records_of(text.replace("environ ", ""), "fr")
    assert plain.quantity is not None and not plain.quantity.approximate


@pytest.mark.parametrize(
    ("sentence", "customer"),
    [
        ("Velkor va livrer 40 rames à la région Normandie.", "région Normandie"),
        ("Velkor livrera 40 rames à la ville de Lyon.", "ville de Lyon"),
        ("La ville de Lyon a commandé 30 tramways à Velkor.", "ville de Lyon"),
    ],
)
def test_a_local_authority_is_a_public_customer(sentence: str, customer: str) -> None:
    (record,) = records_of(sentence, "fr")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role, p.kind) for p in record.parties} == {
        ("Velkor", PartyRole.SUPPLIER, PartyKind.COMPANY), (customer, PartyRole.CUSTOMER, PartyKind.GOVERNMENT),
    }


def test_french_buyer_described_by_its_owner_is_the_buyer() -> None:
    # the owner named inside the buyer's apposition takes no part in the deal
    records = records_of("Velkor, une société détenue par Norvia, a racheté Dastrel pour 3 millions d'euros.", "fr")
    assert [(p.name, p.role.value) for p in records[0].parties] == [("Velkor", "buyer"), ("Dastrel", "target")]


def _roles(record: DealRecord) -> list[tuple[str, PartyRole]]:
    return [(p.name, p.role) for p in record.parties]


def test_a_one_off_name_after_a_bare_bought_name_and_a_is_the_seller() -> None:
    record = _records("Velkor a racheté Dastrel à Norvia pour 50 millions d'euros.")[0]
    assert ("Norvia", PartyRole.SELLER) in _roles(record)
    # a plant bought "à Lyon": the one-off name after "à" is where it stands, no seller
    plant = _records("Velkor a racheté l'usine Dastrel à Lyon.")[0]
    assert all(p.role is not PartyRole.SELLER for p in plant.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Velkor finalise l'acquisition de Norvia.",
        "Velkor racheta Norvia en 1998.",
        "Velkor, qui a racheté Norvia l'an dernier, annonce de bons résultats.",
    ],
)
def test_a_name_opening_its_sentence_before_more_deal_verbs_is_the_buyer(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.ACQUISITION
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_an_opening_adverb_before_a_passe_simple_is_no_name() -> None:
    record = _records("Ensuite Velkor racheta Norvia.")[0]
    assert [p.name for p in record.parties] == ["Velkor", "Norvia"]


def test_passing_into_the_fold_of_a_group_is_an_acquisition() -> None:
    record = _records("Norvia passe dans le giron de Velkor.")[0]
    assert record.deal_type is DealType.ACQUISITION
    assert sorted(_roles(record)) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]
    # a ball or a plan that passes is no deal
    assert _records("Norvia passe à la vitesse supérieure.") == []


@pytest.mark.parametrize("text", ["Velkor monte à 51 % du capital de Norvia.", "Velkor est monté à 30 % dans Norvia."])
def test_climbing_to_a_share_of_a_company_is_a_stake(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.INVESTMENT
    assert _roles(record) == [("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)]


def test_rising_prices_are_no_stake() -> None:
    assert _records("Le prix du gaz monte à 30 % de plus qu'en janvier.") == []


def test_a_bank_lending_in_the_present_is_a_loan() -> None:
    record = _records("La banque publique Norvia prête 200 millions d'euros à Velkor.")[0]
    assert record.deal_type is DealType.OTHER
    assert _roles(record) == [("Norvia", PartyRole.INVESTOR), ("Velkor", PartyRole.TARGET)]
    assert record.amount is not None and record.amount.value == Decimal("200000000")
    # the adjective "prête à" lends nothing
    assert _records("Norvia se dit prête à discuter avec Velkor.") == []


@pytest.mark.parametrize("text", ["Velkor et Norvia s'allient.", "Velkor et Norvia se sont alliés pour produire des batteries."])
def test_two_companies_allying_are_partners(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.PARTNERSHIP
    assert sorted(_roles(record)) == [("Norvia", PartyRole.PARTNER), ("Velkor", PartyRole.PARTNER)]


@pytest.mark.parametrize(
    "text",
    [
        "Le rachat de Norvia par Velkor est tombé à l'eau.",
        "Le projet de fusion entre Velkor et Norvia a capoté.",
        "Velkor a jeté l'éponge dans la course au rachat de Norvia.",
    ],
)
def test_a_deal_that_fell_through_is_cancelled(text: str) -> None:
    assert _records(text)[0].status is DealStatus.CANCELLED


def test_a_purchase_told_in_the_passive_past_is_not_cancelled() -> None:
    assert _records("Le rachat de Norvia par Velkor a été finalisé.")[0].status is DealStatus.COMPLETED


def test_what_a_newspaper_reports_is_rumored_and_the_conditional_subject_is_the_buyer() -> None:
    record = _records("Selon le quotidien Dastrel, Velkor serait sur le point de racheter Norvia.")[0]
    assert record.status is DealStatus.RUMORED
    assert ("Velkor", PartyRole.BUYER) in _roles(record)
    # the buyer's own statement is no rumour
    assert _records("Velkor va racheter Norvia, selon un communiqué de Velkor.")[0].status is DealStatus.EXPECTED


def test_going_to_absorb_is_expected_and_a_venture_created_is_completed() -> None:
    assert _records("Velkor va absorber Norvia.")[0].status is DealStatus.EXPECTED
    assert _records("Velkor a absorbé Norvia.")[0].status is DealStatus.COMPLETED
    venture = _records("Velkor et Norvia ont créé une coentreprise baptisée Dastrel.")[0]
    assert venture.deal_type is DealType.JOINT_VENTURE and venture.status is DealStatus.COMPLETED


@pytest.mark.parametrize("text", ["Velkor renonce à racheter Norvia.", "Velkor a fait savoir qu'il renonçait à acquérir Norvia."])
def test_giving_up_a_purchase_is_cancelled(text: str) -> None:
    record = _records(text)[0]
    assert record.status is DealStatus.CANCELLED
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


@pytest.mark.parametrize("text", ["Norvia sera rachetée par Velkor.", "Norvia va être rachetée par Velkor pour 1 milliard d'euros."])
def test_a_purchase_in_the_passive_future_is_expected(text: str) -> None:
    assert _records(text)[0].status is DealStatus.EXPECTED


def test_a_purchase_in_the_passive_past_is_completed() -> None:
    assert _records("Norvia a été rachetée par Velkor pour 400 millions d'euros.")[0].status is DealStatus.COMPLETED


@pytest.mark.parametrize(
    "text", ["Norvia fut rachetée par Velkor en 1987.", "Norvia, rachetée par Velkor en 2015, a doublé son chiffre d'affaires."]
)
def test_an_opening_name_in_the_passe_simple_or_before_a_participle_clause_is_the_target(text: str) -> None:
    record = _records(text)[0]
    assert sorted(_roles(record)) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]


def test_announcing_a_purchase_finalised_is_completed_not_announced() -> None:
    done = _records("Velkor a annoncé lundi avoir finalisé l'acquisition de Norvia pour 3,5 milliards de dollars.")[0]
    assert done.status is DealStatus.COMPLETED
    announced = _records("Velkor a annoncé lundi l'acquisition de Norvia pour 3,5 milliards de dollars.")[0]
    assert announced.status is DealStatus.ANNOUNCED


def test_equipping_a_named_data_centre_in_the_future_is_expected_infrastructure() -> None:
    record = _records("Velkor équipera le centre de données de Norvia de 10 000 puces.")[0]
    assert record.deal_type is DealType.INFRASTRUCTURE and record.status is DealStatus.EXPECTED
    assert _roles(record) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal("10000"), "chip")
    # a team visiting a data centre equips nothing
    assert _records("L'équipe de Velkor a visité le centre de données de Norvia.") == []


def test_buses_counted_in_french_are_the_quantity() -> None:
    record = _records("Velkor livrera 200 bus à la ville de Norvia.")[0]
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal("200"), "bus")


def test_a_loan_obtained_from_a_bank_is_one_completed_loan_not_an_investment() -> None:
    records = _records("Velkor a obtenu un prêt de 300 millions d'euros de la banque Norvia.")
    assert [(r.deal_type, r.status) for r in records] == [(DealType.OTHER, DealStatus.COMPLETED)]
    # money received from a bank without a loan word is still an investment
    funded = _records("Velkor a reçu 300 millions d'euros de la banque Norvia.")
    assert [r.deal_type for r in funded] == [DealType.INVESTMENT]


def test_a_capital_increase_subscribed_by_a_named_investor() -> None:
    record = _records("Norvia réalise une augmentation de capital de 100 millions d'euros souscrite par Velkor.")[0]
    assert record.deal_type is DealType.INVESTMENT
    assert _roles(record) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)]


@pytest.mark.parametrize("text", ["Velkor se désengage de Norvia.", "Velkor s'est désengagé de Norvia en cédant ses 15 %."])
def test_a_holder_pulling_out_of_a_named_company_sells(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.DIVESTITURE
    assert _roles(record) == [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)]


def test_pulling_out_of_a_market_is_no_sale() -> None:
    assert _records("Velkor se désengage du marché des batteries.") == []


def test_a_merger_announced_in_the_plural_is_announced_and_one_cleared_is_agreed() -> None:
    assert _records("Velkor et Norvia annoncent leur fusion.")[0].status is DealStatus.ANNOUNCED
    assert _records("La fusion de Velkor et Norvia a été approuvée par Bruxelles.")[0].status is DealStatus.AGREED
    cleared = _records("Velkor a reçu le feu vert de Bruxelles pour racheter Norvia.")[0]
    assert cleared.status is DealStatus.AGREED
    # a merger merely discussed is not cleared
    assert _records("Velkor et Norvia discutent d'une fusion.")[0].status is DealStatus.RUMORED


def test_supplies_to_a_named_hospital_name_it_as_customer() -> None:
    record = _records("Velkor fournira 500 000 masques à l'hôpital de Norvia.")[0]
    assert record.deal_type is DealType.SUPPLY_CONTRACT and record.status is DealStatus.EXPECTED
    assert [p.role for p in record.parties] == [PartyRole.SUPPLIER, PartyRole.CUSTOMER]
    # masks given to staff "à l'hôpital" with no name are no contract with anyone
    assert _records("Velkor fournira 500 000 masques à l'hôpital.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Velkor et Norvia discutent d'une fusion.",
        "Velkor et Norvia négocient un rapprochement.",
        "Velkor et Norvia sont en pourparlers en vue d'une fusion.",
    ],
)
def test_merger_talks_are_a_rumored_merger(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.MERGER and record.status is DealStatus.RUMORED
    assert sorted(p.name for p in record.parties) == ["Norvia", "Velkor"]


def test_talks_about_wages_or_merged_services_are_no_merger() -> None:
    assert _records("Velkor négocie une hausse des salaires.") == []
    assert _records("Les syndicats discutent de la fusion des services.") == []


@pytest.mark.parametrize("text", ["Norvia a été cédée à Velkor par Dastrel.", "Norvia a été cédée par Dastrel à Velkor."])
def test_a_passive_sale_names_the_buyer_before_or_after_the_seller(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.DIVESTITURE
    assert sorted(_roles(record)) == [("Dastrel", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]


def test_a_passive_sale_in_a_country_has_no_buyer() -> None:
    record = _records("Norvia a été cédée en France par Dastrel.")[0]
    assert all(p.role is not PartyRole.BUYER for p in record.parties)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Velkor est en passe de racheter Norvia.", DealStatus.EXPECTED),
        ("Velkor étudie le rachat de Norvia.", DealStatus.EXPECTED),
        ("Velkor a racheté Norvia.", DealStatus.COMPLETED),
    ],
)
def test_a_purchase_on_the_way_or_studied_is_expected(text: str, status: DealStatus) -> None:
    record = _records(text)[0]
    assert record.status is status
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # becoming the main shareholder takes a stake: its taker is the investor
        ("Velkor devient l'actionnaire majoritaire de Norvia.", PartyRole.INVESTOR),
        ("Velkor, qui appartient à Dastrel, rachète Norvia.", PartyRole.BUYER),
    ],
)
def test_an_opening_name_before_devient_or_a_relative_of_ownership_is_the_buyer_or_investor(text: str, role: PartyRole) -> None:
    record = _records(text)[0]
    assert record.parties[0].name == "Velkor" and record.parties[0].role is role


@pytest.mark.parametrize("text", ["La société Norvia a été vendue à Lyon par Dastrel.", "Velkor a racheté Dastrel à Lyon."])
def test_a_known_city_after_a_is_neither_buyer_nor_seller(text: str) -> None:
    assert all(p.name != "Lyon" for p in _records(text)[0].parties)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Après avoir racheté Norvia, Velkor s'attaque au marché allemand.", PartyRole.BUYER),
        ("En rachetant Norvia, Velkor devient le numéro un du secteur.", PartyRole.BUYER),
        ("Après avoir cédé Norvia, Velkor se concentre sur la chimie.", PartyRole.SELLER),
    ],
)
def test_the_subject_after_a_fronted_deal_clause_is_its_agent(text: str, role: PartyRole) -> None:
    record = _records(text)[0]
    assert ("Velkor", role) in _roles(record) and ("Norvia", PartyRole.TARGET) in _roles(record)


def test_a_name_after_the_comma_of_a_plain_main_clause_is_no_agent() -> None:
    record = _records("Velkor a racheté Norvia, Dastrel a suivi.")[0]
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_a_round_closed_or_joined_is_completed() -> None:
    closed = _records("La jeune pousse Norvia boucle une levée de fonds de 12 millions d'euros auprès de Velkor.")[0]
    assert closed.deal_type is DealType.INVESTMENT and closed.status is DealStatus.COMPLETED  # the backer named: its investment
    joined = _records("Le fonds Velkor a participé au tour de table de Norvia.")[0]
    assert joined.status is DealStatus.COMPLETED


def test_just_announced_is_announced_but_an_agreement_just_announced_is_agreed() -> None:
    assert _records("Velkor vient d'annoncer le rachat de Norvia.")[0].status is DealStatus.ANNOUNCED
    agreement = _records("Velkor vient d'annoncer un accord avec Norvia.")[0]
    assert agreement.status is DealStatus.AGREED


def test_a_company_bought_for_oneself_is_an_acquisition_but_a_luxury_is_not() -> None:
    record = _records("Velkor s'est payé Norvia pour 600 millions d'euros.")[0]
    assert record.deal_type is DealType.ACQUISITION
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    assert _records("Velkor s'est payé le luxe de battre Norvia.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("L'État accorde un prêt de 1 milliard d'euros à Velkor.", DealStatus.AGREED),
        ("La banque Norvia prête 500 millions d'euros à Velkor.", DealStatus.AGREED),
        ("Velkor a bénéficié d'un prêt de la banque Norvia de 200 millions d'euros.", DealStatus.COMPLETED),
        ("L'État va accorder un prêt de 2 milliards d'euros à Velkor.", DealStatus.EXPECTED),
    ],
)
def test_a_loan_told_in_the_news_has_a_status(text: str, status: DealStatus) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.OTHER and record.status is status


def test_a_round_just_raised_is_completed_and_a_venture_set_up_now_is_announced() -> None:
    raised = _records("Norvia vient aussi de lever 14 millions d'euros auprès de Velkor.")[0]
    assert raised.deal_type is DealType.INVESTMENT and raised.status is DealStatus.COMPLETED
    venture = _records("Velkor et Norvia créent une coentreprise.")[0]
    assert venture.deal_type is DealType.JOINT_VENTURE and venture.status is DealStatus.ANNOUNCED


def test_passing_into_the_fold_of_a_common_noun_is_no_deal() -> None:
    assert _records("Le Parti Vert passe dans le giron de la gauche.") == []


@pytest.mark.parametrize(
    ("text", "value", "lower"),
    [
        # "une dizaine": about ten, the figure is the approximate value as well as the lower bound
        ("Velkor rachète Norvia pour une dizaine de millions d'euros.", Decimal("10000000"), Decimal("10000000")),
        ("Velkor rachète Norvia pour une centaine de millions d'euros.", Decimal("100000000"), Decimal("100000000")),
        # "plusieurs dizaines": a lower bound only
        ("Velkor rachète Norvia pour plusieurs dizaines de milliards d'euros.", None, Decimal("20000000000")),
    ],
)
def test_about_ten_or_a_hundred_millions_give_a_lower_bound(text: str, value: Decimal | None, lower: Decimal) -> None:
    amount = _records(text)[0].amount
    assert amount is not None and amount.value == value and amount.lower == lower and amount.currency == "EUR"
    assert amount.approximate


def test_about_a_hundred_employees_is_no_amount() -> None:
    assert _records("Norvia emploie une centaine de salariés et Velkor la rachète.")[0].amount is None


@pytest.mark.parametrize("text", ["Velkor inaugure une usine au Maroc.", "Velkor inaugure une usine en Hongrie."])
def test_a_plant_opened_in_the_present_is_completed_infrastructure(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.INFRASTRUCTURE and record.status is DealStatus.COMPLETED
    assert record.parties[0].name == "Velkor" and record.parties[0].role is PartyRole.SUPPLIER


@pytest.mark.parametrize(
    "text",
    ["Velkor a décroché la construction du stade de Norvia.", "Velkor a remporté la gestion du réseau de la ville de Norvia."],
)
def test_winning_the_building_or_running_of_a_named_owners_site_is_a_contract(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert [p.role for p in record.parties] == [PartyRole.SUPPLIER, PartyRole.CUSTOMER]
    assert record.parties[1].name.endswith("Norvia")


def test_winning_a_match_is_no_contract() -> None:
    assert _records("Velkor a remporté la finale contre Norvia.") == []


@pytest.mark.parametrize(
    "text", ["Velkor se renforce au capital de Norvia.", "Velkor s'invite au capital de Norvia.", "Velkor grimpe au capital de Norvia."]
)
def test_moving_into_a_named_companys_capital_is_a_stake(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.INVESTMENT
    assert _roles(record) == [("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)]


@pytest.mark.parametrize(
    "text",
    [
        "Velkor lance une offre sur Norvia.",
        "Velkor a fait une offre de 2 milliards d'euros pour Norvia.",
        "Velkor propose de racheter Norvia pour 5 milliards d'euros.",
    ],
)
def test_a_bid_for_a_named_company_is_an_announced_acquisition(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.ANNOUNCED
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_an_offer_of_products_is_no_bid() -> None:
    assert _records("Velkor lance une offre de forfaits pour les étudiants.") == []


def test_swallowing_a_rival_is_buying_it_and_leaving_the_capital_is_selling() -> None:
    swallowed = _records("Velkor avale son concurrent Norvia.")[0]
    assert swallowed.deal_type is DealType.ACQUISITION
    left = _records("Velkor sort du capital de Norvia.")[0]
    assert left.deal_type is DealType.DIVESTITURE
    assert _roles(left) == [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)]
    assert _records("Velkor sort du marché chinois.") == []


def test_a_strategic_alliance_announced_in_the_passive_is_an_announced_partnership() -> None:
    record = _records("Une alliance stratégique entre Velkor et Norvia a été annoncée lundi.")[0]
    assert record.deal_type is DealType.PARTNERSHIP and record.status is DealStatus.ANNOUNCED
    # a historical alliance between two leaders is no partnership
    assert _records("Le pacte rappelle l'alliance entre Velkor et Norvia en 1939.") == []


def test_an_opening_name_before_noue_or_scelle_is_a_partner_and_sealing_is_agreed() -> None:
    allied = _records("Velkor noue une alliance avec Norvia dans les batteries.")[0]
    assert sorted(p.name for p in allied.parties) == ["Norvia", "Velkor"]
    sealed = _records("Velkor et Norvia scellent leur rapprochement.")[0]
    assert sealed.deal_type is DealType.MERGER and sealed.status is DealStatus.AGREED


@pytest.mark.parametrize(
    "text",
    [
        "Velkor va racheter Norvia, selon deux sources au fait des discussions.",
        "Velkor s'apprête à racheter Norvia, a-t-on appris de sources concordantes.",
    ],
)
def test_a_purchase_told_by_unnamed_sources_is_rumored(text: str) -> None:
    assert _records(text)[0].status is DealStatus.RUMORED


def test_a_purchase_about_to_happen_is_expected_and_one_told_by_a_statement_is_not_rumored() -> None:
    assert _records("Velkor s'apprête à racheter Norvia.")[0].status is DealStatus.EXPECTED
    assert _records("Velkor a racheté Norvia, selon un communiqué.")[0].status is DealStatus.COMPLETED


@pytest.mark.parametrize(
    "text", ["Velkor, déjà propriétaire de Dastrel, rachète Norvia.", "Velkor, actionnaire de Dastrel, rachète Norvia."]
)
def test_the_owner_named_inside_an_apposition_is_not_the_buyer(text: str) -> None:
    assert _roles(_records(text)[0]) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_french_helvetique_names_switzerland() -> None:
    records = records_of("Velkor rachète le groupe helvétique Norvia.", "fr")
    assert records and records[0].country == "CH"
    records = records_of("Le groupe Velkor rachète Norvia.", "fr")
    assert records and records[0].country is None


def test_a_symbolic_euro_is_the_whole_price() -> None:
    records = records_of("Velkor rachète Norvia pour un euro symbolique.", "fr")
    assert records and records[0].amount is not None
    assert (records[0].amount.value, records[0].amount.currency) == (Decimal("1"), "EUR")
    # one euro with no "symbolique" prices a share, not the deal
    records = records_of("Velkor rachète Norvia pour un euro.", "fr")
    assert records and records[0].amount is None


def test_only_an_attribution_carries_over_from_the_sentence_before() -> None:
    # a forecast told before is not the status of a takeover told after without a cue of its own
    records = records_of("Velkor devrait grandir. Le rachat de Norvia par Velkor porte sur 20 millions d'euros.", "fr")
    assert records and records[0].status is not DealStatus.EXPECTED
    # an attribution told before still makes the deal a rumour
    records = records_of("Selon des sources, un accord est proche. Le rachat de Norvia par Velkor porte sur 20 millions d'euros.", "fr")
    assert records and records[0].status is DealStatus.RUMORED


@pytest.mark.parametrize(
    "text",
    [
        "Velkor rachète les parts de Dastrel dans Norvia.",
        "Velkor a racheté la participation de 20 % du groupe Dastrel au capital de Norvia.",
    ],
)
def test_a_holders_stake_bought_names_the_holder_as_seller(text: str) -> None:
    records = records_of(text, "fr")
    assert records
    roles = {(p.name, p.role) for p in records[0].parties}
    assert roles == {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}


def test_a_holders_stake_without_the_company_held_keeps_the_holder_as_target() -> None:
    records = records_of("Velkor rachète les parts de Dastrel.", "fr")
    assert records and ("Dastrel", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


@pytest.mark.parametrize("text", ["Jean Dupont et Marie Martin s'allient.", "Le PS et les Verts s'allient pour les régionales."])
def test_persons_or_political_parties_that_ally_make_no_deal(text: str) -> None:
    assert records_of(text, "fr") == []


def test_companies_that_ally_make_a_partnership() -> None:
    records = records_of("Velkor et Norvia s'allient.", "fr")
    assert records and records[0].deal_type is DealType.PARTNERSHIP


def test_a_bid_priced_per_share_of_a_named_company() -> None:
    records = records_of("Le groupe Velkor propose 15,50 euros pour chaque action de Norvia.", "fr")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert records[0].status is DealStatus.ANNOUNCED  # a bid, not a purchase done
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # a sum per share paid to staff or as a dividend is no bid
    assert records_of("Le groupe Velkor offre 15 euros par action à ses salariés.", "fr") == []


def test_a_round_led_in_a_named_company() -> None:
    records = records_of("Le fonds Velkor mène un tour de table de 20 millions d'euros dans Norvia.", "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)}
    # a round raised by the subject, with no company after "dans", keeps the subject as the company raising
    records = records_of("La start-up Norvia boucle un tour de table de 20 millions d'euros.", "fr")
    assert records and ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_equipping_with_a_counted_lot_is_an_order() -> None:
    records = records_of("La compagnie Norvia s'équipe de 50 rames Velkor.", "fr")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in records[0].parties} == {("Norvia", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)}
    assert records[0].quantity is not None and records[0].quantity.value == Decimal("50")
    # equipping with no count of goods is no order
    assert records_of("La compagnie Norvia s'équipe en matériel Velkor.", "fr") == []


def test_a_contract_counted_in_the_next_sentence() -> None:
    records = records_of("Le groupe Velkor a remporté un contrat auprès de la compagnie Norvia. Il porte sur la livraison de 40 trains.", "fr")
    assert records and records[0].quantity is not None and records[0].quantity.value == Decimal("40")
    # a next sentence about something else counts nothing of the contract
    records = records_of("Le groupe Velkor a remporté un contrat auprès de la compagnie Norvia. Le groupe emploie 400 salariés.", "fr")
    assert records and records[0].quantity is None


def test_a_loan_or_aid_of_a_sum_of_several_digits() -> None:
    # the trigger reads the whole number: "de 45", "de 15,3" (a two-digit sum was missed, "de 5" was not)
    records = records_of("Le groupe Norvia a obtenu une aide de 45 millions d'euros de la région Dastrel.", "fr")
    assert records and records[0].deal_type is DealType.OTHER
    assert records[0].amount is not None and records[0].amount.value == Decimal("45000000")
    assert {(p.name, p.role) for p in records[0].parties} == {("Norvia", PartyRole.TARGET), ("région Dastrel", PartyRole.INVESTOR)}
    records = records_of("Le groupe Norvia a obtenu un crédit de 15,3 millions d'euros.", "fr")
    assert records and records[0].amount is not None and records[0].amount.value == Decimal("15300000")
    # a tax credit is a tax break, no loan
    assert records_of("Le groupe Norvia a obtenu un crédit d'impôt de 45 millions d'euros.", "fr") == []


def test_an_order_of_a_sum_of_several_digits() -> None:
    records = records_of("La chaîne Norvia a signé avec la société Velkor une commande de 64 millions d'euros portant sur des séries.", "fr")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert records[0].amount is not None and records[0].amount.value == Decimal("64000000")
    # a count of goods sold to shoppers, with no party to the sale, is no order
    assert records_of("La chaîne Norvia a vendu 50 millions de bouteilles.", "fr") == []


def test_a_company_acting_through_its_subsidiary_both_take_part() -> None:
    # "X, via son fonds Y, a investi": Y is the subject next to the verb, X acts through it
    records = records_of("Le constructeur Velkor Motors (VKM), via son fonds d'amorçage Norvia Ventures, a investi dans la marque Dastrel.", "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {
        ("Velkor Motors", PartyRole.INVESTOR), ("Norvia Ventures", PartyRole.INVESTOR), ("Dastrel", PartyRole.TARGET),
    }
    # ... and with X next to the verb, Y named after "via" buys with it
    records = records_of("Le groupe Velkor, via sa filiale Norvia, a racheté la société Dastrel.", "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {
        ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET),
    }
    # a name after "via" that is not the company's own unit takes no part
    records = records_of("Le groupe Velkor a racheté la société Dastrel, annonce-t-il via le site Norvia.", "fr")
    assert records and "Norvia" not in {p.name for p in records[0].parties}


def test_the_subject_before_a_relative_clause_acts() -> None:
    # "X, qui ... Y ..., a racheté Z": the names inside the clause describe X; X buys
    records = records_of("Le groupe Velkor, qui emploie 300 personnes à côté de son siège de Brenmark, a racheté la société Norvia.", "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    records = records_of("Le groupe Velkor, une holding détenue par les héritiers Dastrel, a racheté la société Norvia.", "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # with no comma closing the clause before the verb, the name next to the verb still acts
    records = records_of("Selon la société Dastrel, le groupe Velkor a racheté la société Norvia.", "fr")
    assert records and ("Velkor", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}
    assert ("Dastrel", PartyRole.BUYER) not in {(p.name, p.role) for p in records[0].parties}


def test_the_owner_of_a_buyer_is_no_side_the_owner_of_the_target_sells() -> None:
    # the owner keeps being named in the article, which would make it join the deal as a seller
    text = (
        "Le quotidien Norvia devrait être repris par Maritel, une holding détenue par la ville de Brenmark. "
        "Brenmark soutient le projet. Le maire de Brenmark s'en félicite."
    )
    records = records_of(text, "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Norvia", PartyRole.TARGET), ("Maritel", PartyRole.BUYER)}
    # the owner of what is bought is its seller
    text = "Le groupe Velkor a racheté la société Norvia, détenue à 51 % par la famille Dastrel. Dastrel a confirmé. Dastrel se retire."
    records = records_of(text, "fr")  # (the family is named as the family)
    assert records and ("famille Dastrel", PartyRole.SELLER) in {(p.name, p.role) for p in records[0].parties}


def test_in_link_with_a_named_company_is_a_partnership_related_to_is_not() -> None:
    records = records_of("La société Velkor, en lien avec le laboratoire suédois Norvia, a obtenu le feu vert pour ses essais.", "fr")
    assert records and records[0].deal_type is DealType.PARTNERSHIP
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia"}
    # "en lien avec les enjeux ..." (related to) and "plus en lien avec X" (closer to) link no partners
    assert records_of("Le groupe Velkor a publié un rapport, en lien avec les enjeux du projet Norvia.", "fr") == []
    assert records_of("Le groupe Velkor veut rendre son journal plus en lien avec le Collectif Norvia.", "fr") == []


def test_lower_case_nationality_spelt_like_a_country_name() -> None:
    # "italien", "indien", "australien" are German country names and "suisse" the French one: in lower case they are
    # the French adjective and say where the target is
    records = records_of("Le fonds Velkor a investi dans la start-up suisse Norvia.", "fr")
    assert records and records[0].country == "CH"
    records = records_of("Le fonds Velkor a investi dans le fabricant italien Norvia.", "fr")
    assert records and records[0].country == "IT"
    # the adjective that says where the investor comes from does not place the deal
    records = records_of("Le fonds italien Velkor a investi dans la start-up Norvia, basée en Espagne.", "fr")
    assert records and records[0].country == "ES"


def test_an_agreement_with_a_named_partner_takes_no_other_name_of_the_sentence() -> None:
    # the subject and the partner after "avec" are the sides; the head of an institute named in passing is not one
    records = records_of("Velkor a mis au point son vaccin en partenariat avec l'Institut Norvia, dirigé par le docteur Paul Dastrel.", "fr")
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Institut Norvia"}
    # a second partner listed after an apposition is still a side
    records = records_of("Le journal a révélé un contrat d'image entre Velkor Com, une société dirigée par Paul Dastrel, et Norvia Holding.", "fr")
    assert records and {"Velkor Com", "Norvia Holding"} <= {p.name for p in records[0].parties}
    # with no partner after "avec", the names of the sentence still make the sides
    records = records_of("Velkor et Norvia ont annoncé leur nouveau partenariat.", "fr")
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_a_company_for_sale_is_the_target_of_a_sale_to_come() -> None:
    records = records_of("Le club de football Velkor est à vendre, selon son propriétaire Norvia.", "fr")
    assert records and records[0].deal_type is DealType.DIVESTITURE and records[0].status is DealStatus.EXPECTED
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.TARGET), ("Norvia", PartyRole.SELLER)}
    # goods offered at a price are retail, no company for sale
    assert records_of("Les voitures Velkor sont à vendre à partir de 20 000 euros.", "fr") == []


def test_a_french_departement_places_the_deal() -> None:
    records = records_of("Vingt ans après son ouverture, la fonderie Velkor de Brenmark, en Moselle, est à vendre.", "fr")
    assert records and records[0].country == "FR"


def test_the_company_a_deal_gave_birth_to_is_no_side_of_it() -> None:
    text = (
        "En difficulté, le groupe VKN, né du rachat de Norvia par Velkor, cherche à tout prix à s'allier avec le groupe Dastrel. "
        "VKN emploie 3000 personnes. VKN est coté."
    )
    records = records_of(text, "fr")
    bought = next(r for r in records if r.deal_type is DealType.ACQUISITION)
    assert {(p.name, p.role) for p in bought.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # ... but it is a side of the deal its own verb tells
    allied = next(r for r in records if r.deal_type is DealType.PARTNERSHIP)
    assert "VKN" in {p.name for p in allied.parties}


def test_a_company_the_article_repeats_is_no_seller_when_the_buyer_is_named() -> None:
    text = (
        "Le groupe Norvia domine le marché. Velkor a envoyé un message à son rival Norvia en rachetant le studio Dastrel. "
        "Norvia n'a pas réagi."
    )
    records = records_of(text, "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)}


def test_with_no_buyer_named_the_company_the_article_repeats_buys() -> None:
    text = "Le groupe Velkor poursuit sa croissance. L'échec du rachat de Norvia a pesé sur Velkor. Velkor cherche d'autres cibles."
    records = records_of(text, "fr")
    assert records and ("Velkor", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}
    assert ("Velkor", PartyRole.SELLER) not in {(p.name, p.role) for p in records[0].parties}


def test_a_site_built_for_a_named_customer_takes_no_other_repeated_company() -> None:
    text = (
        "La start-up Velkor séduit le constructeur Norvia. Velkor compte installer une usine d'assemblage au Danemark, "
        "et son travail intéresse Norvia. Norvia y voit un atout."
    )
    records = records_of(text, "fr")
    built = next(r for r in records if r.deal_type is DealType.INFRASTRUCTURE)
    assert {(p.name, p.role) for p in built.parties} == {("Velkor", PartyRole.SUPPLIER), ("Danemark", PartyRole.CUSTOMER)}


def test_a_counted_reservation_from_unnamed_makers_is_an_order() -> None:
    text = "La Lorvanie a réservé au total 40 millions de doses chez trois fabricants. Les livraisons débutent en mai."
    records = records_of(text, "fr")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in records[0].parties} == {("Lorvanie", PartyRole.CUSTOMER)}
    assert records[0].quantity is not None and records[0].quantity.value == 40_000_000


def test_a_reserved_share_of_seats_is_no_order() -> None:
    assert records_of("Le groupe Velkor a réservé 30 % de ses places à ses clients fidèles.", "fr") == []


def test_the_country_its_leader_qualifies_is_the_party() -> None:
    text = "La Norvège de Pierre Morel a réservé 12 millions de vaccins chez deux laboratoires."
    records = records_of(text, "fr")
    assert records and {p.name for p in records[0].parties} == {"Norvège"}
    joined = records_of("Désormais la Suède de Jean Dupont a acheté 40 avions au groupe Velkor.", "fr")
    assert joined and {p.name for p in joined[0].parties} == {"Suède", "Velkor"}


def test_a_person_after_a_company_stays_the_party() -> None:
    # no country before "de": the person acts
    records = records_of("Le groupe de Jean Dupont a racheté la société Velkor.", "fr")
    assert records and "Jean Dupont" in {p.name for p in records[0].parties}


def test_a_record_sum_stated_in_a_later_sentence_is_the_deal_amount() -> None:
    text = (
        "Le rachat de Dastrel par Velkor prend du retard. En juin, les deux groupes avaient repoussé l'échéance de leur "
        "union, d'un montant record de 4,5 milliards d'euros."
    )
    records = records_of(text, "fr")
    assert records and records[0].amount is not None and records[0].amount.value == Decimal("4500000000")
    # a turnover is no price, whatever adjective the amount takes
    other = records_of("Velkor a racheté Dastrel. Le chiffre d'affaires d'un montant total de 3 milliards d'euros progresse.", "fr")
    assert other and other[0].amount is None


def test_a_stake_taken_and_a_round_raised_in_one_sentence_are_one_deal() -> None:
    text = "Le motoriste Velkor et le groupe Norvia sont entrés au capital de Dastrel, qui a aussi levé 8 millions d'euros."
    records = records_of(text, "fr")
    assert len(records) == 1
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia", "Dastrel"}
    assert records[0].amount is not None and records[0].amount.value == Decimal("8000000")
    # a round raised by another company in the next sentence stays its own deal
    apart = records_of("Le groupe Velkor est entré au capital de Dastrel. La société Norvia a levé 8 millions d'euros.", "fr")
    assert len(apart) == 2


def test_the_app_a_buyer_talks_of_buying_is_the_article_company() -> None:
    text = (
        "L'appli Velkor séduit les jeunes. Selon la presse, le groupe Norvia est en négociations pour racheter "
        "l'application. Les jeunes adorent Velkor."
    )
    records = records_of(text, "fr")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)}
    # "la plateforme Dastrel": the name follows, the noun takes up no other company
    named = records_of("L'appli Velkor séduit les jeunes. Le groupe Norvia va racheter la plateforme Dastrel.", "fr")
    assert named and "Velkor" not in {p.name for p in named[0].parties}


def test_a_company_sum_invested_in_a_named_country_is_a_site_built_there() -> None:
    records = records_of("Le groupe Velkor a annoncé jeudi un investissement de 300 millions d'euros en Espagne pour y ouvrir des bureaux.", "fr")
    assert records and records[0].deal_type is DealType.INFRASTRUCTURE
    assert "Velkor" in {p.name for p in records[0].parties}
    assert records[0].amount is not None and records[0].amount.value == Decimal("300000000")
    assert records[0].country == "ES"


def test_a_government_sum_spent_in_its_country_is_a_budget() -> None:
    assert records_of("Le gouvernement prévoit un investissement de 3 milliards d'euros en France pour la recherche.", "fr") == []
    assert records_of("Le groupe Velkor a investi 20 millions d'euros en 2019.", "fr") == []


def test_a_verb_coordinated_after_an_opening_pronoun_has_the_company_before_for_subject() -> None:
    text = (
        "La météo gêne la compagnie Norvia. Contrairement à ses rivales, Velkor n'a pas supprimé de postes. "
        "Mais elle a fermé sans bruit trois de ses dépôts régionaux et a levé 300 millions d'euros auprès de l'Etat."
    )
    records = records_of(text, "fr")
    assert records and "Velkor" in {p.name for p in records[0].parties}
    assert "Norvia" not in {p.name for p in records[0].parties}
    # the verb's own subject, named, acts: no pronoun opens the sentence
    named = records_of(
        "Velkor n'a pas supprimé de postes. La société Norvia a fermé trois dépôts et a levé 300 millions d'euros.",
        "fr",
    )
    assert named and "Norvia" in {p.name for p in named[0].parties} and "Velkor" not in {p.name for p in named[0].parties}


def test_a_coveted_company_is_a_purchase_talked_of() -> None:
    records = records_of("Depuis l'été, le groupe Velkor convoite la société Norvia, propriétaire de onze hôtels.", "fr")
    assert records and records[0].deal_type is DealType.ACQUISITION and records[0].status is DealStatus.RUMORED
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # a coveted place or title is no company
    assert records_of("Depuis l'été, le groupe Velkor convoite la première place du marché.", "fr") == []


def test_a_company_sum_invested_in_its_own_site_is_infrastructure() -> None:
    records = records_of("Le groupe Velkor va investir 50 millions d'euros dans un nouveau centre logistique cette année.", "fr")
    assert records and records[0].deal_type is DealType.INFRASTRUCTURE
    assert {p.name for p in records[0].parties} == {"Velkor"}
    assert records[0].amount is not None and records[0].amount.value == Decimal("50000000")
    # a government's money, or no sum at all, is no deal
    assert records_of("L'Etat va investir 50 millions d'euros dans un nouveau centre logistique cette année.", "fr") == []
    assert records_of("Le groupe Velkor va investir dans un nouveau centre logistique cette année.", "fr") == []


def test_the_town_a_periphrasis_names_is_no_party() -> None:
    text = "Le constructeur Velkor grandit. Le constructeur de Brême va investir 80 millions d'euros dans une usine neuve."
    records = records_of(text, "fr")
    assert records and "Brême" not in {p.name for p in records[0].parties}
    # a person after "le groupe de" owns it: not a town
    owned = records_of("Le groupe de Jean Dupont a racheté la société Velkor.", "fr")
    assert owned and "Jean Dupont" in {p.name for p in owned[0].parties}


def test_counted_goods_bought_from_unnamed_makers_are_an_order() -> None:
    records = records_of("Selon un décompte, la Lorvanie a au moins acheté 90 millions de doses.", "fr")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in records[0].parties} == {("Lorvanie", PartyRole.CUSTOMER)}
    # shares bought are a stake, not goods; and a company bought stays an acquisition
    assert records_of("Selon un décompte, le militant Jean Dupont a acheté 120 actions au prix de 4000 euros.", "fr") == []
    bought = records_of("Selon un décompte, le groupe Velkor a acheté la société Norvia.", "fr")
    assert bought and bought[0].deal_type is DealType.ACQUISITION


def test_a_signature_still_to_come_is_expected() -> None:
    text = "Le ministre a prévenu qu'un prêt de 2 milliards d'euros de l'Etat au groupe Velkor ne serait pas signé sans garanties sociales."
    records = records_of(text, "fr")
    assert records and records[0].status is DealStatus.EXPECTED
    done = records_of("Un prêt de 2 milliards d'euros de l'Etat au groupe Velkor a été signé mardi.", "fr")
    assert done and done[0].status is not DealStatus.EXPECTED


def test_broadcasting_rights_won_are_a_purchase_and_the_clause_names_stay_in_it() -> None:
    text = (
        "Le groupe Velkor, qui a décroché en mai les droits de retransmission des ligues Z1 et Z2 "
        "pour 600 millions d'euros par an, a surpris en s'alliant avec la chaîne Norvia."
    )
    records = records_of(text, "fr")
    rights = next(r for r in records if r.deal_type is DealType.PURCHASE)
    assert {p.name for p in rights.parties} == {"Velkor"} and rights.status in (DealStatus.AGREED, DealStatus.COMPLETED)
    assert rights.amount is not None and rights.amount.value == Decimal("600000000")
    allied = next(r for r in records if r.deal_type is DealType.PARTNERSHIP)
    assert {p.name for p in allied.parties} == {"Velkor", "Norvia"}
    # rights defended are no purchase
    assert records_of("Le groupe Velkor défend depuis des années les droits de diffusion des artistes.", "fr") == []


def test_the_former_giant_taken_over_is_the_company_named_before() -> None:
    text = "Le distributeur Velkor était en faillite. Le tribunal a validé l'offre du groupe Norvia pour la reprise de l'ex-géant du transport."
    records = records_of(text, "fr")
    assert records and ("Velkor", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}
    assert ("Velkor", PartyRole.BUYER) not in {(p.name, p.role) for p in records[0].parties}


def test_money_raised_from_the_state_is_aid_not_a_round() -> None:
    records = records_of("Le groupe Velkor a levé 300 millions d'euros auprès des pouvoirs publics pour tenir jusqu'à l'été.", "fr")
    assert records and records[0].deal_type is DealType.OTHER
    private = records_of("Le groupe Velkor a levé 300 millions d'euros auprès de fonds américains pour tenir jusqu'à l'été.", "fr")
    assert private and private[0].deal_type is DealType.FUNDING_ROUND


def test_a_partial_nationalisation_is_a_stake_taken_and_a_full_one_a_purchase() -> None:
    partial = records_of("Deux Etats voisins vont mener la nationalisation partielle de la banque Velkor, pour 8,4 milliards d'euros.", "fr")
    assert partial and partial[0].deal_type is DealType.INVESTMENT
    assert "Velkor" in [p.name for p in partial[0].parties]
    assert partial[0].amount is not None and partial[0].amount.value == Decimal("8400000000")
    again = records_of("Selon la presse, la renationalisation de Norvia est à l'étude au ministère.", "fr")
    assert again and again[0].deal_type is DealType.ACQUISITION
    assert not records_of("La nationalisation partielle des pertes bancaires fait débat au Parlement.", "fr")


def test_a_currency_mark_after_a_sum_is_no_party() -> None:
    records = records_of("Le Trésor engage la nationalisation partielle de Velkor, pour 5 milliards d'euros (7,1 milliards US).", "fr")
    assert records and "US" not in [p.name for p in records[0].parties]
    named = records_of("Le groupe Dastrel a annoncé le rachat de la filiale US de Velkor.", "fr")
    assert named and "Dastrel" in [p.name for p in named[0].parties]


def test_a_government_named_after_its_leader_is_the_party() -> None:
    records = records_of("Le gouvernement de Marc Dastrel injecte 800 millions de dollars dans le programme de recherche de la société Velkor.", "fr")
    assert records
    names = [p.name for p in records[0].parties]
    assert "gouvernement de Marc Dastrel" in names and "Marc Dastrel" not in names
    assert next(p for p in records[0].parties if p.name == "gouvernement de Marc Dastrel").kind is PartyKind.GOVERNMENT
    boss = records_of("Le cousin de Marc Dastrel injecte 800 millions de dollars dans le programme de recherche de la société Velkor.", "fr")
    assert not any(p.name.startswith("cousin") for r in boss for p in r.parties)


def test_an_approval_told_by_a_bare_participle_is_agreed() -> None:
    records = records_of("Le fabricant Velkor va recevoir un prêt garanti de 900 millions d'euros, approuvé jeudi par le gouvernement.", "fr")
    assert records and records[0].status is DealStatus.AGREED
    licensed = records_of("Velkor a racheté Dastrel, une société autorisée depuis longtemps à produire des vaccins.", "fr")
    assert licensed and licensed[0].status is DealStatus.COMPLETED


def test_a_deal_that_takes_effect_later_is_expected() -> None:
    records = records_of("Les salariés toucheront une prime dès que le rachat de Velkor par Dastrel sera effectif.", "fr")
    assert records and records[0].status is DealStatus.EXPECTED
    done = records_of("Les salariés ont touché une prime après le rachat de Velkor par Dastrel, effectif depuis mars.", "fr")
    assert not done or done[0].status is not DealStatus.EXPECTED


def test_someones_origin_is_not_where_the_deal_is() -> None:
    records = records_of("Le groupe Norvia a vendu sa filiale Dastrel au fonds Velkor, a précisé son directeur d'origine suédoise.", "fr")
    assert records and records[0].country != "SE"
    described = records_of("Le groupe Norvia a vendu sa filiale suédoise Dastrel au fonds Velkor.", "fr")
    assert described and described[0].country == "SE"


def test_billions_of_loans_are_a_sum_not_a_count() -> None:
    records = records_of("L'Etat a prêté 6 milliards d'euros au groupe Velkor, dont 2 milliards de prêts bancaires garantis.", "fr")
    assert records and records[0].quantity is None
    assert records[0].amount is not None and records[0].amount.value == Decimal("6000000000")
    counted = records_of("La banque Norvia a racheté à Velkor un portefeuille de 12 000 prêts immobiliers.", "fr")
    assert counted and counted[0].quantity is not None and counted[0].quantity.value == Decimal("12000")


def test_a_lone_digit_between_capitalised_words_stays_in_the_name() -> None:
    records = records_of("La société Velkor a aussi acheté Norvia 2 Cloud Services, un hébergeur établi à Lyon, pour 80 millions d'euros.", "fr")
    assert records and "Norvia 2 Cloud Services" in [p.name for p in records[0].parties]
    dated = records_of("La société Velkor a aussi acheté Norvia le 2 juin, pour 80 millions d'euros.", "fr")
    assert dated and "Norvia" in [p.name for p in dated[0].parties]


def test_installing_a_computing_centre_in_a_country_is_a_site_built_there() -> None:
    record = _records("Velkor veut installer un centre informatique en Irlande, pour 80 millions d'euros.")[0]
    assert (record.deal_type, record.country) == (DealType.INFRASTRUCTURE, "IE")
    assert record.amount is not None and record.amount.value == Decimal("80000000")
    assert _records("Velkor a ouvert son centre informatique aux chercheurs.") == []


def test_the_subjunctive_of_vendre_is_a_sale() -> None:
    record = _records("Le gouvernement veut que Norvia vende Dastrel à Velkor.")[0]
    assert record.deal_type is DealType.DIVESTITURE
    assert _roles(record) == [("Norvia", PartyRole.SELLER), ("Dastrel", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]
    assert _records("Norvia vende des glaces.") == []


def test_a_denied_deal_is_none() -> None:
    assert _records("Jean Martin, patron de Velkor, a démenti toute rumeur de rapprochement avec Norvia.") == []
    assert _records("Velkor a démenti tout projet de rachat de Norvia.") == []
    assert _records("Un projet de rachat de Norvia démenti par Velkor.") == []
    # a denial in the sentence before leaves the deal told next alone
    assert [r.deal_type for r in _records("Velkor a démenti les rumeurs. Il a racheté Norvia en mai.")] == [DealType.ACQUISITION]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement veut que Norvia vende Dastrel à Velkor.",
        "Velkor est intéressé par l'acquisition de Norvia.",
        "Le groupe Norvia cherche à vendre Dastrel à Velkor.",
        "Velkor cherche à racheter Norvia.",
    ],
)
def test_a_wish_to_buy_or_sell_is_expected(text: str) -> None:
    assert _records(text)[0].status is DealStatus.EXPECTED


def test_interest_in_something_else_leaves_a_done_deal_done() -> None:
    assert _records("Velkor a racheté Norvia, un groupe intéressé par la chimie.")[0].status is DealStatus.COMPLETED


def test_the_subjunctive_after_an_elided_que_is_expected() -> None:
    record = _records("Le ministre presse Norvia pour qu'elle vende sa filiale Dastrel à Velkor.")[0]
    assert record.status is DealStatus.EXPECTED
def test_a_company_two_named_owners_hold_together_is_a_joint_venture() -> None:
    record = _records("Le rapport de Paul Durand porte sur une filiale commune de Velkor et Norvia.")[0]
    assert record.deal_type is DealType.JOINT_VENTURE
    assert _roles(record) == [("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)]
    # the shared company named in apposition is a party too
    named = _records("Dastrel, la filiale commune de Velkor et de Norvia, a annoncé 300 embauches.")[0]
    assert [p.name for p in named.parties] == ["Dastrel", "Velkor", "Norvia"]
    held = _records("Le groupe Velkor détient aussi à 50/50 avec Norvia le quotidien Dastrel.")[0]
    assert held.deal_type is DealType.JOINT_VENTURE and [p.name for p in held.parties][:2] == ["Velkor", "Norvia"]
    # a joint campaign or a house held with a relative is no company held together
    assert _records("Velkor et Norvia ont lancé une campagne commune de publicité.") == []
    assert _records("Velkor détient à 50/50 avec son frère la maison familiale.") == []


def test_a_takeover_bid_with_an_adjective_is_still_a_bid() -> None:
    record = _records("Norvia grimpe de 2 % après une information selon laquelle Velkor étudie une éventuelle OPA.")[0]
    assert record.deal_type is DealType.ACQUISITION and _roles(record)[0] == ("Velkor", PartyRole.BUYER)
    assert _records("Les analystes jugent une OPA peu probable dans le secteur.") == []


def test_orders_kept_with_a_named_maker_are_a_supply_contract() -> None:
    record = _records("Le groupe Velkor maintient ses commandes actuelles portant sur 60 rames auprès de Norvia.")[0]
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles(record) == [("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)]
    # "commandes de 100 avions auprès de": who orders is the customer, not the supplier
    counted = _records("Le groupe Velkor garde ses commandes de 60 rames auprès de Norvia.")[0]
    assert _roles(counted) == [("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)]
    assert _records("Les clients peuvent passer commande en ligne auprès de Norvia.") == []


def test_a_capital_endowment_is_an_investment() -> None:
    record = _records("Une dotation en capital de 2 milliards d'euros sera accordée par l'Etat à la société Norvia.")[0]
    assert record.deal_type is DealType.INVESTMENT
    assert _roles_of(record) == {"Etat": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}
    assert record.amount is not None and record.amount.value == Decimal("2000000000")
    assert _records("La dotation en capital des banques inquiète les régulateurs européens.") == []


def test_a_resale_is_a_sale() -> None:
    record = _records("Velkor a revendu Norvia à Dastrel en 2019.")[0]
    assert record.deal_type is DealType.DIVESTITURE
    assert _roles(record) == [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)]
    assert _records("Velkor revendique la paternité du projet Norvia.") == []


def test_absorbed_by_is_a_passive() -> None:
    assert _roles(_records("Velkor a été absorbé par Norvia.")[0]) == [("Velkor", PartyRole.TARGET), ("Norvia", PartyRole.BUYER)]


def test_the_noun_reprise_with_its_agent_is_a_takeover() -> None:
    record = _records("Le tribunal a validé la reprise de Velkor par Norvia.")[0]
    assert record.deal_type is DealType.ACQUISITION
    assert _roles_of(record) == {"Norvia": PartyRole.BUYER, "Velkor": PartyRole.TARGET}
    # the resumption of talks is no takeover, and the participle keeps its passive reading
    assert _records("La reprise des négociations par Velkor est attendue.") == []
    assert _roles(_records("Norvia, reprise en 2019 par Velkor, va fermer une usine.")[0]) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]


def test_the_taker_over_named_as_such_buys() -> None:
    for text in ("Norvia est le repreneur de Velkor.", "Norvia deviendra le nouveau propriétaire de Velkor.", "Norvia a été désigné repreneur de Velkor."):
        record = _records(text)[0]
        assert record.deal_type is DealType.ACQUISITION and _roles(record) == [("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)]
    # who owns a company, with no change of hands told, is no deal
    assert _records("Norvia est propriétaire de Velkor.") == []


def test_a_tender_or_contract_won_names_its_customer() -> None:
    record = _records("Velkor a remporté l'appel d'offres de Norvia.")[0]
    assert (record.deal_type, _roles(record)) == (DealType.SUPPLY_CONTRACT, [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)])
    won = _records("Velkor a gagné un contrat de la ville de Lorvanie.")[0]
    assert _roles(won) == [("Velkor", PartyRole.SUPPLIER), ("ville de Lorvanie", PartyRole.CUSTOMER)]
    chosen = _records("Velkor a été sélectionné par la ville de Lorvanie pour gérer le réseau.")[0]
    assert _roles(chosen) == [("Velkor", PartyRole.SUPPLIER), ("ville de Lorvanie", PartyRole.CUSTOMER)]
    # market share and markets won are sales, no contract
    assert _records("Velkor a gagné des parts de marché face à Norvia.") == []
    assert _records("Velkor a gagné le marché chinois face à Norvia.") == []


def test_a_capital_l_inside_a_sentence_belongs_to_the_name() -> None:
    record = _records("Velkor a racheté L'Ordival en 2019.")[0]
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("L'Ordival", PartyRole.TARGET)]
    # the elided article of a common noun, or a capital after another name, stays apart
    assert [p.name for p in _records("Velkor a racheté l'Ordival en 2019.")[0].parties] == ["Velkor", "Ordival"]


def test_a_sentence_opening_l_keeps_it_when_the_article_writes_it_inside_a_sentence() -> None:
    text = "L'Ordival a racheté Norvia en 2019. Les salariés de L'Ordival attendent la suite."
    assert _roles(_records(text)[0]) == [("L'Ordival", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    # written nowhere with a capital inside a sentence, the "L'" stays an elided article
    assert [p.name for p in _records("L'Ordival a racheté Norvia en 2019.")[0].parties] == ["Ordival", "Norvia"]


def test_the_owner_after_par_is_no_buyer_of_a_deal_noun() -> None:
    text = "Candidat à la reprise de Norvia, le groupe détenu par la famille Marnier revendique de bons résultats."
    assert all(p.name != "Marnier" for r in _records(text) for p in r.parties)
    # past the owner's "par", the buyer's "par" still names the buyer
    owned = _records("Le rachat de Norvia, une société détenue par Dastrel, par Velkor est bouclé.")[0]
    assert ("Velkor", PartyRole.BUYER) in _roles(owned) and all(p.name != "Dastrel" for p in owned.parties)
    assert _roles(_records("Le rachat de Norvia par Velkor est bouclé.")[0]) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_a_capital_article_inside_a_sentence_belongs_to_the_name() -> None:
    record = _records("Le quotidien La Gazelle devrait être repris par Velkor.")[0]
    assert ("La Gazelle", PartyRole.TARGET) in _roles(record)
    # opening a sentence, the article stays out unless the article writes it with a capital inside a sentence too
    assert [p.name for p in _records("La Gazelle a racheté Norvia en 2019.")[0].parties] == ["Gazelle", "Norvia"]
    both = _records("La Gazelle a racheté Norvia en 2019. Les salariés de La Gazelle attendent la suite.")[0]
    assert [p.name for p in both.parties] == ["La Gazelle", "Norvia"]


def test_a_name_opening_a_sentence_is_kept_past_an_adverb_or_clitic_before_its_verb() -> None:
    assert ("Orvane", PartyRole.BUYER) in _roles(_records("Orvane aussi a racheté Norvia en 2019.")[0])
    assert ("Orvane", PartyRole.INVESTOR) in _roles(_records("Orvane y a investi 20 millions d'euros dans Norvia.")[0])
    assert ("Orvane", PartyRole.BUYER) in _roles(_records("Orvane, de son côté, a racheté Norvia en 2019.")[0])
    # a linking word opening the sentence stays no name
    assert [p.name for p in _records("Ensuite, aussi a racheté Norvia en 2019.")[0].parties] == ["Norvia"]


def test_a_passive_purchase_with_no_agent_makes_its_subject_the_target() -> None:
    assert _roles(_records("Norvia a été rachetée pour 20 millions d'euros.")[0]) == [("Norvia", PartyRole.TARGET)]
    # with its agent, the agent buys
    record = _records("Norvia a été rachetée en 2019 par Velkor.")[0]
    assert _roles(record) == [("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)]


def test_an_acronym_spelled_like_a_german_word_is_a_name() -> None:
    record = _records("La BEI a accordé un prêt de 20 millions d'euros à la société Velkor.")[0]
    assert record.deal_type is DealType.OTHER and _roles(record) == [("BEI", PartyRole.INVESTOR), ("Velkor", PartyRole.TARGET)]
    # a French word in capitals stays no name
    assert [p.name for p in _records("LES MARCHÉS: Velkor a racheté Norvia.")[0].parties] == ["Velkor", "Norvia"]


def test_a_raise_told_as_une_levee_of_a_sum_is_a_round() -> None:
    record = _records("Velkor a bouclé une levée de 20 millions d'euros auprès de Norvia et Dastrel.")[0]
    assert record.deal_type is DealType.INVESTMENT  # the backers named: their investment
    assert _records("Velkor a bouclé une levée de 20 millions d'euros.")[0].deal_type is DealType.FUNDING_ROUND
    assert _roles(record) == [("Velkor", PartyRole.TARGET), ("Norvia", PartyRole.INVESTOR), ("Dastrel", PartyRole.INVESTOR)]
    assert _records("La levée de 3 sanctions contre Norvia est attendue.") == []


def test_financing_and_recapitalising_a_named_company_are_investments() -> None:
    financed = _records("La BEI va financer Velkor à hauteur de 20 millions d'euros.")[0]
    assert financed.deal_type is DealType.INVESTMENT and _roles_of(financed) == {"BEI": PartyRole.INVESTOR, "Velkor": PartyRole.TARGET}
    recap = _records("L'Etat va recapitaliser Velkor à hauteur de 3 milliards d'euros.")[0]
    assert recap.deal_type is DealType.INVESTMENT and _roles_of(recap)["Velkor"] is PartyRole.TARGET
    noun = _records("La recapitalisation de Velkor par l'Etat a été validée.")[0]
    assert noun.deal_type is DealType.INVESTMENT and _roles_of(noun)["Velkor"] is PartyRole.TARGET
    assert _records("Les banques européennes devront se recapitaliser.") == []


def test_an_order_signed_with_its_maker_after_aupres_de() -> None:
    record = _records("Norvia a signé une commande ferme de 40 avions auprès de Velkor.")[0]
    assert _roles(record) == [("Norvia", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)]
    # an order signed with a customer keeps the signer as supplier
    signed = _records("Velkor a signé une commande de 40 avions avec Norvia.")[0]
    assert _roles(signed) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]


def test_supplies_bought_from_or_delivered_to_a_named_party() -> None:
    bought = _records("Norvia s'approvisionne auprès de Velkor.")[0]
    assert (bought.deal_type, _roles(bought)) == (DealType.SUPPLY_CONTRACT, [("Norvia", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)])
    supplied = _records("Velkor alimentera la ville de Lorvanie en électricité pendant dix ans.")[0]
    assert _roles(supplied) == [("Velkor", PartyRole.SUPPLIER), ("ville de Lorvanie", PartyRole.CUSTOMER)]
    assert _roles(_records("Velkor approvisionne Norvia en gaz.")[0]) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]
    # feeding a debate supplies nothing
    assert _records("Le journal Norvia alimente en permanence le débat.") == []


def test_a_reported_clause_has_its_own_subject() -> None:
    record = _records("Le groupe Dastrel a annoncé que Velkor a racheté Norvia.")[0]
    assert _roles(record) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    unit = _records("Dastrel a annoncé lundi que sa filiale Velkor avait racheté Norvia.")[0]
    assert _roles_of(unit)["Velkor"] is PartyRole.BUYER
    relative = _records("Le groupe Dastrel a annoncé mardi que Norvia, que Velkor avait racheté en 2015, serait revendu.")[0]
    assert _roles(relative) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    # a pronoun in the reported clause stands for the speaker
    assert _roles_of(_records("Dastrel a annoncé qu'il avait racheté Norvia.")[0])["Dastrel"] is PartyRole.BUYER


def test_a_relative_about_the_first_word_makes_it_a_name() -> None:
    bought = _records("Norvia, que Velkor a racheté en 2015, annonce des pertes.")[0]
    assert _roles(bought) == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    controlled = _records("Norvia, dont Velkor a pris le contrôle en 2015, annonce des pertes.")[0]
    assert _roles_of(controlled) == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    invested = _records("Norvia, dans laquelle Velkor a investi 20 millions d'euros, annonce des pertes.")[0]
    assert _roles_of(invested) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.INVESTOR}


def test_a_fronted_possessive_deal_noun_describes_the_subject_after_it() -> None:
    record = _records("Depuis son rachat par Velkor en 2015, la société Norvia a doublé ses ventes.")[0]
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}
    assert _records("Depuis son arrivée chez Velkor en 2015, Paul Durand a doublé les ventes.") == []


def test_an_accepted_offer_makes_the_accepter_the_target() -> None:
    for text in ("Norvia a accepté l'offre de Velkor.", "Le conseil d'administration de Norvia a accepté l'offre de rachat de Velkor."):
        record = _records(text)[0]
        assert record.deal_type is DealType.ACQUISITION and _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}
    assert _records("Paul Durand a accepté l'offre d'emploi de la mairie.") == []


def test_the_sole_shareholder_has_bought_the_company() -> None:
    record = _records("Velkor est devenu l'unique actionnaire de Norvia.")[0]
    assert (record.deal_type, _roles(record)) == (DealType.ACQUISITION, [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)])


def test_a_company_put_up_for_sale_by_name_and_a_stake_sold_out() -> None:
    record = _records("Velkor a mis Norvia en vente.")[0]
    assert (record.deal_type, _roles(record)) == (DealType.DIVESTITURE, [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)])
    sold = _records("Velkor a soldé sa participation dans Norvia.")[0]
    assert (sold.deal_type, _roles(sold)) == (DealType.DIVESTITURE, [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)])
    assert _records("Velkor a mis ses produits en vente sur internet.") == []


def test_a_contract_awarded_to_the_subject_and_goods_made_for_a_customer() -> None:
    awarded = _records("Velkor s'est vu attribuer un contrat par Norvia.")[0]
    assert (awarded.deal_type, _roles(awarded)) == (DealType.SUPPLY_CONTRACT, [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)])
    made = _records("Velkor va construire 40 trains pour Norvia.")[0]
    assert (made.deal_type, _roles(made)) == (DealType.SUPPLY_CONTRACT, [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)])
    # a prize awarded, or sums produced, are no contract
    assert _records("Velkor s'est vu attribuer un prix par Norvia.") == []
    assert _records("Velkor va produire 40 millions d'euros de bénéfice pour Norvia.") == []


@pytest.mark.parametrize(
    ("text", "deal_type", "roles"),
    [
        ("Velkor rachèterait Norvia.", DealType.ACQUISITION, [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]),
        ("Velkor céderait Norvia à Dastrel.", DealType.DIVESTITURE, [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)]),
        ("Velkor cèdera Norvia à Dastrel.", DealType.DIVESTITURE, [("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)]),
        ("Velkor s'offrirait Norvia.", DealType.ACQUISITION, [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]),
        ("Velkor acquit Norvia en 1998.", DealType.ACQUISITION, [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]),
        ("Velkor prendrait le contrôle de Norvia.", DealType.ACQUISITION, [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]),
        ("Velkor s'associerait avec Norvia.", DealType.PARTNERSHIP, [("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)]),
        ("Velkor lèverait 20 millions d'euros.", DealType.FUNDING_ROUND, [("Velkor", PartyRole.TARGET)]),
    ],
)
def test_the_conditional_and_future_of_deal_verbs(text: str, deal_type: DealType, roles: list[tuple[str, PartyRole]]) -> None:
    # a bare name opening the sentence before a verb in the conditional or the future is the subject
    record = _records(text)[0]
    assert (record.deal_type, _roles(record)) == (deal_type, roles)


def test_a_pronoun_or_adverb_before_a_future_verb_stays_no_name() -> None:
    assert _records("Ensuite viendra le temps des négociations. Cela prendra des mois.") == []


def test_a_sale_with_the_buyer_before_the_sellers_own_unit() -> None:
    record = _records("Velkor a cédé à Dastrel sa filiale Norvia.")[0]
    assert _roles_of(record) == {"Velkor": PartyRole.SELLER, "Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    stake = _records("Velkor a vendu au fonds Dastrel sa participation dans Norvia.")[0]
    assert _roles_of(stake)["Norvia"] is PartyRole.TARGET
    # no unit named after the possessive: no target is made up
    assert PartyRole.TARGET not in _roles_of(_records("Velkor a vendu à Dastrel ses parts.")[0]).values()


def test_an_investment_noun_names_its_investor_after_de() -> None:
    for text in (
        "L'entrée de Velkor au capital de Norvia a été annoncée.",
        "La montée de Velkor au capital de Norvia inquiète.",
        "L'investissement de 20 millions d'euros de Velkor dans Norvia a été salué.",
        "L'injection de 300 millions d'euros de Velkor dans Norvia a été validée.",
    ):
        record = _records(text)[0]
        assert (record.deal_type, _roles(record)) == (DealType.INVESTMENT, [("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)])
    # a manager arriving at the head of a company, or a listing, is no stake
    assert _records("Velkor salue l'arrivée de Paul Durand à la tête de Norvia.") == []
    assert _records("L'entrée de Velkor en Bourse de Paris a été saluée.") == []


def test_a_takeover_bid_noun_names_bidder_and_target() -> None:
    for text in ("L'OPA de Velkor sur Norvia a échoué.", "L'offre de rachat de Velkor sur Norvia a été rejetée.", "L'offre hostile de Velkor sur Norvia a échoué."):
        record = _records(text)[0]
        assert (record.deal_type, _roles(record)) == (DealType.ACQUISITION, [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)])
    # a plain offer is mostly a product or a job
    assert _records("L'offre de Velkor sur le marché de Norvia est attractive.") == []


def test_a_bare_bid_noun_opening_the_sentence_names_bidder_and_target() -> None:
    for text in (
        "L'offre de Velkor sur Norvia a été acceptée.",
        "L'OPA de Velkor sur son rival Norvia a été lancée lundi.",
        "L'offre du groupe Velkor pour son concurrent Norvia valorise la cible à 2 milliards d'euros.",
        "Les actionnaires ont accepté l'offre de Velkor pour Norvia.",
    ):
        record = _records(text)[0]
        assert (record.deal_type, _roles_of(record)) == (DealType.ACQUISITION, {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}), text
    # a product offered for a city, a season or the web is no bid
    for text in (
        "L'offre de Velkor pour Paris a séduit les clients.",
        "L'offre de Velkor sur Internet a séduit.",
        "L'offre de Velkor pour Noël est chère.",
        "L'offre de Velkor sur la Norvibox séduit les jeunes.",
    ):
        assert _records(text) == [], text


def test_a_rejected_offer_is_a_cancelled_takeover_of_the_rejecter() -> None:
    record = _records("Norvia a rejeté l'offre hostile de Velkor.")[0]
    assert record.deal_type is DealType.ACQUISITION and _roles_of(record) == {"Norvia": PartyRole.TARGET, "Velkor": PartyRole.BUYER}


def test_the_agent_of_a_sale_noun_sells() -> None:
    record = _records("La vente de Norvia à Dastrel par Velkor a été finalisée.")[0]
    assert _roles_of(record) == {"Norvia": PartyRole.TARGET, "Dastrel": PartyRole.BUYER, "Velkor": PartyRole.SELLER}
    # the agent of the verb that follows approves, it does not sell
    approved = _records("La cession de Norvia a été validée par la société Velkor.")
    assert all(PartyRole.SELLER not in _roles_of(r).values() for r in approved)


def test_a_distributor_or_a_sponsor_is_a_partner() -> None:
    for text in ("Velkor distribuera les produits de Norvia en Europe.", "Velkor va commercialiser les vaccins de Norvia en Europe.", "Velkor sponsorise le club Norvia."):
        record = _records(text)[0]
        assert (record.deal_type, _roles(record)) == (DealType.PARTNERSHIP, [("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)])
    # a company selling its own goods has no partner
    assert _records("Velkor distribue ses produits en Europe.") == []


def test_goods_chosen_from_their_maker_and_a_fleet_equipped() -> None:
    for text in ("Norvia a choisi les moteurs de Velkor.", "Norvia a opté pour les moteurs de Velkor.", "Norvia a sélectionné Velkor pour la fourniture de moteurs."):
        record = _records(text)[0]
        assert (record.deal_type, _roles(record)) == (DealType.SUPPLY_CONTRACT, [("Norvia", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)])
    chosen = _records("Velkor a été choisi par Norvia comme fournisseur.")[0]
    assert _roles(chosen) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]
    named = _records("Velkor a été retenu comme fournisseur de Norvia.")[0]
    assert _roles(named) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]
    fleet = _records("Velkor motorisera les avions de Norvia.")[0]
    assert _roles(fleet) == [("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)]
    assert _records("Velkor a choisi les couleurs de Norvia pour son logo.") == []


def test_a_passive_bail_out_and_a_loan_benefiting_a_bare_name() -> None:
    bailed = _records("Le groupe Velkor sera renfloué par l'Etat.")[0]
    assert (bailed.deal_type, _roles(bailed)) == (DealType.OTHER, [("Velkor", PartyRole.TARGET), ("Etat", PartyRole.INVESTOR)])
    active = _records("L'Etat a renfloué le groupe Velkor à hauteur de 2 milliards d'euros.")[0]
    assert _roles(active) == [("Etat", PartyRole.INVESTOR), ("Velkor", PartyRole.TARGET)]
    loan = _records("Velkor bénéficie d'un prêt de 2 milliards d'euros garanti par l'Etat.")[0]
    assert _roles(loan) == [("Velkor", PartyRole.TARGET), ("Etat", PartyRole.INVESTOR)]


def test_a_partnership_with_one_side_named_at_its_trigger_is_a_deal() -> None:
    # the other side is the article's or the sentence's subject: the deal is told though only one side is named
    held = _records("Le groupe publie ses comptes lundi. Il détient aussi à 50/50 avec Norvia le gratuit 20 minutes.")
    assert [(r.deal_type, [(p.name, p.role) for p in r.parties]) for r in held] == [
        (DealType.JOINT_VENTURE, [("Norvia", PartyRole.PARTNER)])
    ]
    founded = _records("Quatre groupes ont fondé une entreprise commune, nommée Korlim, pour bâtir le terminal.")
    assert [(r.deal_type, [p.name for p in r.parties]) for r in founded] == [(DealType.JOINT_VENTURE, ["Korlim"])]
    quoted = _records("« Ce partenariat avec Norvia est une étape importante », a dit le patron du groupe.")
    assert [(r.deal_type, [p.name for p in r.parties]) for r in quoted] == [(DealType.PARTNERSHIP, ["Norvia"])]


@pytest.mark.parametrize(
    "text",
    [
        "Velkor essaie ce service en partenariat avec des banques régionales.",  # the other side unnamed
        "Elle espère une coopération entre les autorités et Velkor.",  # "entre" asks for both sides named
        "Les médecins réclament un partenariat avec la Norvège.",  # a country: diplomacy, not a deal
        "Ce partenariat aidera aussi le programme dans lequel le constructeur Velkor investit depuis 2018.",  # named far off
    ],
)
def test_a_lone_partner_that_tells_no_deal(text: str) -> None:
    assert _records(text) == []


def test_a_lone_partner_found_at_another_mention_counts_by_its_mention_after_the_trigger() -> None:
    text = "Norvia change de stratégie. « Ce partenariat avec Norvia est une chance », a dit le chanteur."
    assert [(r.deal_type, [p.name for p in r.parties]) for r in _records(text)] == [(DealType.PARTNERSHIP, ["Norvia"])]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a deal named as a project, with no cue in its sentence, is still to come
        ("Le projet de fusion entre Velkor et Norvia inquiète les syndicats.", DealStatus.EXPECTED),
        # a cue of its own still decides
        ("Le projet de fusion entre Velkor et Norvia a capoté.", DealStatus.CANCELLED),
    ],
)
def test_a_deal_named_as_a_project(text: str, status: DealStatus) -> None:
    assert _records(text)[0].status is status


def test_a_lone_name_opening_a_list_of_names_is_kept() -> None:
    (bought,) = records_of("Velkor, Norvia et Dastrel ont racheté la société Korlim.", "fr")
    assert {p.name for p in bought.parties if p.role is PartyRole.BUYER} == {"Velkor", "Norvia", "Dastrel"}
    # negatives: a sentence adverb before the list is no name, nor is an opener with no list of names after it
    (adverb,) = records_of("Ainsi, Norvia et Dastrel ont racheté la société Korlim.", "fr")
    assert {p.name for p in adverb.parties if p.role is PartyRole.BUYER} == {"Norvia", "Dastrel"}
    (sold,) = records_of("Désireux, lui, de se recentrer, Tessmar a cédé Korlim à Norvia.", "fr")
    assert "Désireux" not in {p.name for p in sold.parties}


@pytest.mark.parametrize("source", ["Selon Le Vigilant", "Selon le quotidien Le Courrier", "D'après La Vigie"])
def test_a_named_source_before_the_payer_does_not_make_the_sum_another_deal(source: str) -> None:
    # the newspaper that tells the price is no company of another deal
    records = _records(f"Velkor rachète Norvia. {source}, Velkor déboursera environ 1,2 milliard d'euros.")
    assert records[0].amount is not None and records[0].amount.value == Decimal("1200000000")


def test_a_company_paying_in_the_next_sentence_for_another_deal_is_not_this_price() -> None:
    records = _records("Velkor rachète Norvia. Dastrel déboursera environ 1,2 milliard d'euros pour Korlim.")
    assert records[0].amount is None


def test_expenses_after_the_sum_are_no_price() -> None:
    records = _records("Velkor et Norvia ont créé une filiale commune, où l'audit a relevé 11 millions d'euros de « dépenses suspectes ».")
    assert all(r.amount is None for r in records)


def test_the_value_of_the_operation_is_its_price() -> None:
    records = _records("Velkor rachète Norvia. La valeur de l'opération atteint 300 millions d'euros.")
    assert records[0].amount is not None and records[0].amount.value == Decimal("300000000")


@pytest.mark.parametrize("clause", ["qui par ailleurs vient de lever 20 millions de dollars", "qui a déjà levé 20 millions de dollars"])
def test_a_relative_clause_that_sets_its_own_deal_apart_keeps_its_sum(clause: str) -> None:
    # the stake of the main clause is not priced by the round the clause tells besides
    records = _records(f"Velkor et Dastrel sont entrés au capital de Norvia, {clause} auprès d'investisseurs.")
    investment = [r for r in records if r.deal_type is DealType.INVESTMENT]
    assert investment and investment[0].amount is None


def test_a_turnover_with_its_year_before_the_colon_is_no_price() -> None:
    records = _records("Velkor rachète Norvia (chiffre d'affaires en 2019 : 2 milliards d'euros) pour 500 millions d'euros.")
    assert records[0].amount is not None and records[0].amount.value == Decimal("500000000")


def test_the_owner_of_a_buying_holding_buys_with_it() -> None:
    text = (
        "Le PDG de Velkor a démissionné. "
        "Velkor, racheté en avril par Norvia, la holding de l'entrepreneur Marc Telan, change de formule."
    )
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.TARGET), ("Norvia", PartyRole.BUYER), ("Marc Telan", PartyRole.BUYER)
    }
    # negative: a name after a plain apposition that is no vehicle of its owner takes no side
    (plain,) = _records("Le PDG de Velkor a démissionné. Velkor a été repris par Norvia, rivale de Dastrel.")
    assert "Dastrel" not in {p.name for p in plain.parties}


def test_a_stake_announced_then_priced_by_a_second_investor_is_one_deal() -> None:
    text = (
        "Le fabricant Velkor cherche des fonds. Mardi, le gouvernement norvégien a dit que l'Etat entrerait au capital de Velkor. "
        "La banque publique Norvia doit prendre une participation de 15 % dans le fabricant pour 120 millions d'euros."
    )
    (record,) = _records(text)
    assert record.deal_type is DealType.INVESTMENT
    assert {p.name for p in record.parties if p.role is PartyRole.INVESTOR} == {"gouvernement norvégien", "Norvia"}
    assert record.amount is not None and record.amount.value == Decimal("120000000")
    # negative: two stakes each priced in its own sentence are two deals
    priced = _records(
        "Dastrel a pris une participation de 10 % dans Velkor pour 20 millions d'euros il y a trois ans. "
        "La banque publique Norvia doit prendre une participation de 15 % dans Velkor pour 120 millions d'euros."
    )
    assert len(priced) == 2


def test_a_service_contract_names_its_customer_after_the_service() -> None:
    (record,) = _records("Paul Dastrel a obtenu, via sa société Velkor, un contrat de surveillance du port de Norvia.")
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.SUPPLIER), ("Paul Dastrel", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)
    }


def test_money_raised_from_the_state_names_the_state() -> None:
    (record,) = _records("Le transporteur Velkor a levé 200 millions d'euros cet été auprès de la puissance publique.")
    assert record.deal_type is DealType.OTHER
    assert {(p.name, p.role, p.kind) for p in record.parties} == {
        ("Velkor", PartyRole.TARGET, PartyKind.COMPANY), ("puissance publique", PartyRole.INVESTOR, PartyKind.GOVERNMENT)
    }
    # a state already named keeps its one party
    (named,) = _records("Le transporteur Velkor a levé 200 millions d'euros cet été auprès de l'Etat.")
    assert [p.name for p in named.parties if p.role is PartyRole.INVESTOR] == ["Etat"]


def test_a_company_taken_over_at_a_share_is_no_price_move() -> None:
    text = "Le journal Velkor va mal. Norvia reprendrait Velkor à 60 %, son fondateur Paul Marin gardant le reste."
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)}
    # negative: a share price that falls is still no sale
    assert _records("Le titre Velkor cédait 1,1 % mardi à la Bourse de Paris.") == []


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a singular passive has one subject: the name listed before it is no target, nor a side of the deal
        ("Le rapport cite Dastrel et Norvia, une messagerie rachetée en 2017 par la société Velkor.", {"Norvia"}),
        ("Le rapport cite Dastrel et Norvia, une messagerie qui a été rachetée en 2017 par Velkor.", {"Norvia"}),
        # plural: both are bought
        ("Dastrel et Norvia ont été rachetées par Velkor.", {"Norvia", "Dastrel"}),
        ("Dastrel et Norvia, rachetées par Velkor en 2015, sont rentables.", {"Norvia", "Dastrel"}),
    ],
)
def test_a_singular_passive_buys_only_its_own_subject(text: str, targets: set[str]) -> None:
    (record,) = _records(text)
    assert {p.name for p in record.parties if p.role is PartyRole.TARGET} == targets
    assert {p.name for p in record.parties} == targets | {"Velkor"}


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("Le groupe Norvia a investi, avec la région Normandie, dans le fonds Velkor.", {"Norvia", "région Normandie"}),
        ("Le groupe Norvia a investi, aux côtés du fonds Dastrel, dans la start-up Velkor.", {"Norvia", "Dastrel"}),
        ("Le groupe Norvia a investi 15 millions dans la jeune pousse Velkor aux côtés de Dastrel.", {"Norvia", "Dastrel"}),
        # an aside naming no one still leaves the investment whole; a rival named after "avec" outside the aside invests nothing
        ("Le groupe Norvia a investi, en 2019, dans la start-up Velkor.", {"Norvia"}),
        ("Le groupe Norvia a investi dans la start-up Velkor, en concurrence avec Dastrel.", {"Norvia"}),
    ],
)
def test_who_invests_alongside_the_investor_invests_too(text: str, investors: set[str]) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.INVESTMENT
    assert {p.name for p in record.parties if p.role is PartyRole.INVESTOR} == investors
    assert {p.name for p in record.parties if p.role is PartyRole.TARGET} == {"Velkor"}


def test_a_recent_owner_in_an_apposition_has_bought() -> None:
    (record,) = _records("Le groupe Norvia, récent propriétaire de Velkor, a présenté ses comptes.")
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.COMPLETED
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)}
    # the apposition of a person: the company the person founded and another holding named on the way buy nothing,
    # and the main clause's sum is no price of the purchase described
    (described,) = _records("La lettre du dirigeant de Norvia, ancien cadre de Dastrel, récent acquéreur de Velkor, évoquait 8 millions d'euros.")
    assert {(p.name, p.role) for p in described.parties} == {("Velkor", PartyRole.TARGET)}
    assert described.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "La société Velkor, filiale à 50-50 entre Norvia et Dastrel, pilote leur alliance.",
        "La société Velkor, filiale commune de Norvia et Dastrel, pilote leur alliance.",
    ],
)
def test_a_shared_company_named_before_its_owners_is_the_venture(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.JOINT_VENTURE
    assert {p.name for p in record.parties} == {"Velkor", "Norvia", "Dastrel"}


def test_a_venture_named_later_joins_the_venture_told_before() -> None:
    text = (
        "Norvia et Dastrel ont créé une coentreprise en 2002. "
        "La société Velkor, filiale commune de Norvia et Dastrel, emploie 40 personnes."
    )
    (record,) = _records(text)
    assert {p.name for p in record.parties} == {"Velkor", "Norvia", "Dastrel"}
    # negative: the subject of another verb is no owner of the shared company
    (other,) = _records("Le rapport de Korlim porte sur une filiale commune de Norvia et Dastrel.")
    assert {p.name for p in other.parties} == {"Norvia", "Dastrel"}


@pytest.mark.parametrize(
    ("text", "buyers"),
    [
        # the subject listed before a relative clause that names another body: the whole list buys
        ("La société Velkor et le Norvia, qui attendaient une aide du ministère de l'Industrie afin de reprendre à Paul Marin l'usine Dastrel, sont déçus.", {"Velkor", "Norvia"}),
        # negative: the object of the first verb is no buyer of the second
        ("Velkor a vendu Korlim pour racheter Dastrel.", {"Velkor"}),
    ],
)
def test_the_first_verbs_listed_subjects_act_again(text: str, buyers: set[str]) -> None:
    bought = next(r for r in _records(text) if r.deal_type is DealType.ACQUISITION)
    assert {p.name for p in bought.parties if p.role is PartyRole.BUYER} == buyers
    assert {p.name for p in bought.parties if p.role is PartyRole.TARGET} == {"Dastrel"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Velkor a annoncé que son offre sur Norvia a été acceptée.", DealStatus.AGREED),
        ("Velkor a relevé son offre pour le groupe Norvia à 2 milliards d'euros.", DealStatus.ANNOUNCED),
    ],
)
def test_a_bid_told_by_its_possessive_names_the_bidder_and_the_company_bid_for(sentence: str, status: DealStatus) -> None:
    [record] = _records(sentence)
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert record.status is status


@pytest.mark.parametrize("sentence", ["Velkor a présenté sa nouvelle offre sur Paris à ses clients.", "Velkor a présenté sa nouvelle offre sur Norvibox à ses clients."])
def test_an_own_offer_with_nothing_of_a_bid_is_a_product(sentence: str) -> None:
    assert _records(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "side", "listed"),
    [
        # the agent after "par" opens a list: every name of it buys
        ("Norvia a été racheté par Velkor et Dastrel.", PartyRole.BUYER, {"Velkor", "Dastrel"}),
        ("Norvia a été cédé par Velkor et Dastrel au fonds Tarvo.", PartyRole.SELLER, {"Velkor", "Dastrel"}),
        # who invests alongside: the whole list after "aux côtés de"
        ("Le fonds Tarvo a investi dans Norvia aux côtés de Velkor et Dastrel.", PartyRole.INVESTOR, {"Tarvo", "Velkor", "Dastrel"}),
    ],
)
def test_the_names_listed_with_a_side_share_its_role(sentence: str, side: PartyRole, listed: set[str]) -> None:
    records = _records(sentence)
    assert any({p.name for p in r.parties if p.role is side} >= listed for r in records)


def test_a_name_in_an_apposition_inside_a_list_is_no_side() -> None:
    # negative: "une société dirigée par X" describes the first side; X is not listed with the second
    text = "Le magazine a publié un contrat de conseil entre Velkor Conseil, une société dirigée par Paul Dastrel, et Norvia Capital, pour 90.000 euros."
    [record] = _records(text)
    assert {p.name for p in record.parties} == {"Velkor Conseil", "Norvia Capital"}


def test_companies_listed_as_bought_stay_one_deal_each() -> None:
    # negative: a list of companies bought is split, not shared into one record
    records = _records("Velkor a racheté Norvia et Dastrel.")
    assert sorted(tuple(sorted(p.name for p in r.parties)) for r in records) == [("Dastrel", "Velkor"), ("Norvia", "Velkor")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Velkor a racheté Norvia, qui appartenait au groupe Dastrel.",
        "Velkor a racheté Norvia, jusqu'alors propriété de Dastrel.",
        "Velkor a racheté Norvia, qui appartenait depuis 2010 à Dastrel.",
        "Le fonds Velkor a pris le contrôle de Norvia, jusqu'ici détenu par Dastrel.",
    ],
)
def test_the_owner_named_after_what_is_bought_sells_it(sentence: str) -> None:
    record = _records(sentence)[0]
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.SELLER)}


def test_the_owner_of_the_buyer_is_no_seller() -> None:
    # negative: the owner named after the buyer is no side
    [record] = _records("Norvia a été racheté par Velkor, une holding détenue par le groupe Dastrel.")
    assert {p.name for p in record.parties} == {"Norvia", "Velkor"}


@pytest.mark.parametrize("sentence", ["Velkor a racheté Norvia aux côtés du fonds Dastrel.", "Le quotidien Norvia a été racheté par Velkor aux côtés de Dastrel."])
def test_who_buys_alongside_the_buyer_buys_too(sentence: str) -> None:
    record = _records(sentence)[0]
    assert {p.name for p in record.parties if p.role is PartyRole.BUYER} == {"Velkor", "Dastrel"}


def test_alongside_in_another_clause_is_no_co_buyer() -> None:
    # negative: "aux côtés de" in the next clause goes with its own verb
    records = _records("Velkor a racheté Norvia, et Dastrel a inauguré l'usine aux côtés de Tarvo.")
    assert all("Tarvo" not in {p.name for p in r.parties} for r in records)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Velkor va racheter une start-up, Norvia, pour 20 millions d'euros.", "Norvia"),
        ("Velkor a cédé sa filiale de logistique, Norvia, au fonds Dastrel.", "Norvia"),
        # negatives: a place apposed to the object, a name in the next clause
        ("Velkor a racheté une usine, Paris, pour 20 millions d'euros.", None),
        ("Velkor a racheté une partie du capital, a indiqué Norvia.", None),
    ],
)
def test_the_name_apposed_to_the_object_is_bought(sentence: str, target: str | None) -> None:
    record = _records(sentence)[0]
    assert next((p.name for p in record.parties if p.role is PartyRole.TARGET), None) == target


@pytest.mark.parametrize(
    "sentence", ["Velkor, associé au fonds Dastrel, a racheté Norvia.", "Velkor, aux côtés de Dastrel, a racheté Norvia.", "Velkor et le fonds Dastrel ont racheté Norvia."]
)
def test_a_co_buyer_named_in_the_subjects_apposition_or_list(sentence: str) -> None:
    record = _records(sentence)[0]
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_place_in_the_subjects_apposition_is_no_co_buyer() -> None:
    # negative: "basée à Lyon" says where the buyer is
    record = _records("Velkor, basée à Lyon, a racheté Norvia.")[0]
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


@pytest.mark.parametrize(
    ("sentence", "backers"),
    [
        ("Velkor lève 20 millions d'euros auprès du fonds Norvia, avec la participation de Dastrel.", {"Norvia", "Dastrel"}),
        ("Velkor a levé 20 millions d'euros lors d'un tour de table mené par Norvia, auquel ont participé Dastrel et Tarvo.", {"Norvia", "Dastrel", "Tarvo"}),
        ("Velkor lève 20 millions d'euros auprès de ses actionnaires historiques, Norvia et Dastrel.", {"Norvia", "Dastrel"}),
    ],
)
def test_who_joins_a_rounds_lead_backer_invests_too(sentence: str, backers: set[str]) -> None:
    record = _records(sentence)[0]
    assert {p.name for p in record.parties if p.role is PartyRole.INVESTOR} == backers


def test_alongside_in_a_later_clause_joins_no_round() -> None:
    # negative: "aux côtés de" after ", et" and another subject belongs to that clause
    records = _records("Velkor lève 20 millions d'euros auprès de Norvia, et Dastrel a inauguré une usine aux côtés de Tarvo.")
    assert all(p.name != "Tarvo" for r in records if r.deal_type is DealType.FUNDING_ROUND for p in r.parties)


@pytest.mark.parametrize(
    "sentence",
    [
        "Velkor a racheté 20% de Norvia à Dastrel.",
        "Velkor a racheté la majorité du capital de Norvia à Dastrel.",
        "Velkor a repris la part de Dastrel dans Norvia.",
    ],
)
def test_the_seller_of_a_stake_bought(sentence: str) -> None:
    record = _records(sentence)[0]
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.SELLER)}


def test_a_place_after_a_stake_bought_is_no_seller() -> None:
    # negative: "à Lyon" says where
    record = _records("Velkor a racheté 20% de Norvia à Lyon.")[0]
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_the_lender_of_a_purchase_price_is_no_seller() -> None:
    records = _records("Velkor a racheté Norvia grâce à un prêt de la banque Tarvo.")
    bought = next(r for r in records if r.deal_type is DealType.ACQUISITION)
    assert {p.name for p in bought.parties} == {"Velkor", "Norvia"}


def test_a_bank_that_sells_is_a_seller() -> None:
    # negative: a bank after "à" with no loan noun before it sells
    record = _records("Velkor a racheté Norvia à la banque Dastrel.")[0]
    assert ("Dastrel", PartyRole.SELLER) in {(p.name, p.role) for p in record.parties}


@pytest.mark.parametrize(
    ("sentence", "side", "listed"),
    [
        ("Velkor livrera 20 trains à la société Ferlane et à la société Transoria.", PartyRole.CUSTOMER, {"Ferlane", "Transoria"}),
        ("Velkor lève 20 millions d'euros auprès de Norvia et auprès de Dastrel.", PartyRole.INVESTOR, {"Norvia", "Dastrel"}),
        # negative: a city listed with its preposition is where, not who
        ("Velkor livrera 20 trains à la société Ferlane et à Lyon.", PartyRole.CUSTOMER, {"Ferlane"}),
    ],
)
def test_a_list_that_repeats_its_preposition_shares_the_role(sentence: str, side: PartyRole, listed: set[str]) -> None:
    record = _records(sentence)[0]
    assert {p.name for p in record.parties if p.role is side} == listed


def test_the_seller_named_in_a_background_relative_clause_sells_the_earlier_deal() -> None:
    # "qui l'avait acquise auprès de Korlim": Korlim sold to Dastrel before; it is no second seller of the news
    records = records_of("Velkor a cédé sa filiale Norvia à Dastrel, qui l'avait acquise auprès de Korlim en 2015.", "fr")
    main = {(p.name, p.role.value) for p in records[0].parties}
    assert main == {("Velkor", "seller"), ("Norvia", "target"), ("Dastrel", "buyer")}
    assert any(("Korlim", "seller") in {(p.name, p.role.value) for p in r.parties} for r in records[1:])


def test_a_relative_clause_that_only_adds_a_side_tells_the_same_deal() -> None:
    # "qui l'a acquise auprès de Dastrel" after "rachetée par Velkor": the seller of the one deal, no deal of its own
    records = records_of("Norvia a été rachetée par Velkor, qui l'a acquise auprès de Dastrel pour 20 millions d'euros.", "fr")
    assert len(records) == 1
    assert {(p.name, p.role.value) for p in records[0].parties} == {("Norvia", "target"), ("Velkor", "buyer"), ("Dastrel", "seller")}


def test_a_clitic_object_lets_a_buy_from_name_after_a_sell() -> None:
    # "qui l'avait rachetée à Korlim": the object is the clitic, so "à" names whom the earlier deal bought from
    records = records_of("Velkor a cédé Norvia à Dastrel, qui l'avait rachetée à Korlim en 2015.", "fr")
    assert {(p.name, p.role.value) for p in records[0].parties} == {("Velkor", "seller"), ("Norvia", "target"), ("Dastrel", "buyer")}
    assert any(("Korlim", "seller") in {(p.name, p.role.value) for p in r.parties} for r in records[1:])


def test_a_clitic_object_bought_in_a_town_names_no_seller() -> None:
    # "rachetée à Lyon": a town after "à" is where, not who sells
    records = records_of("Velkor a cédé Norvia à Dastrel, qui l'avait rachetée à Lyon en 2015.", "fr")
    assert all(p.name != "Lyon" for r in records for p in r.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Norvia a reçu une offre de Velkor.",
        "Norvia a reçu une offre concurrente de Velkor.",
        "Norvia a reçu une offre de 2 milliards d'euros de Velkor.",
        "Norvia a reçu de Velkor une offre de rachat.",
    ],
)
def test_a_company_receiving_a_bid_is_its_target(text: str) -> None:
    # the receiver is bid for, the company after "de" bids; a bid received is announced, not done
    records = _records(text)
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}
    assert records[0].deal_type is DealType.ACQUISITION and records[0].status is DealStatus.ANNOUNCED


def test_an_order_or_a_job_offer_received_is_no_bid() -> None:
    assert _records("Norvia a reçu une offre d'emploi de Velkor.") == []
    assert all(r.deal_type is not DealType.ACQUISITION for r in _records("Norvia a reçu une commande de Velkor."))


def test_a_bid_in_preparation_is_expected() -> None:
    records = _records("Velkor prépare une offre sur Norvia.")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert records[0].status is DealStatus.EXPECTED
    # an offer to customers names no company bid for
    assert _records("Velkor prépare une offre commerciale pour ses clients.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Velkor a signé avec Norvia un contrat portant sur la fourniture de 20 trains.",
        "Velkor a signé avec Norvia un contrat de 2 milliards d'euros.",
        "Velkor a signé un contrat de 2 milliards d'euros avec Norvia.",
    ],
)
def test_signing_a_contract_with_a_counterparty_named_before_or_after_it(text: str) -> None:
    # "signer avec X un contrat": X is the counterparty, read as "signer un contrat avec X" is (no name lost in the trigger)
    (record,) = _records(text)
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    assert _roles_of(record) == {"Velkor": PartyRole.CUSTOMER, "Norvia": PartyRole.SUPPLIER}


def test_a_contract_won_alone_still_makes_its_winner_the_supplier() -> None:
    # no "avec": the signer of a contract is who won it
    (record,) = _records("Velkor a signé un contrat de 2 milliards d'euros.")
    assert _roles_of(record) == {"Velkor": PartyRole.SUPPLIER}


def test_the_modal_before_a_second_deal_verb_is_that_deal_s_cue() -> None:
    # "devrait" leads "racheter": it is the purchase's cue, not the apposition's partnership's
    records = _records(_SECTOR + "La société Velkor, partenaire de Norvia, devrait racheter Dastrel.")
    status = {r.deal_type: r.status for r in records}
    assert status[DealType.ACQUISITION] is DealStatus.EXPECTED
    # negative: a purchase told in the perfect stays done
    records = _records(_SECTOR + "La société Velkor, partenaire de Norvia, a racheté Dastrel.")
    assert {r.deal_type: r.status for r in records}[DealType.ACQUISITION] is DealStatus.COMPLETED


def test_a_bid_tabled_for_a_company_is_announced() -> None:
    (record,) = _records("La société Velkor a présenté son offre pour Norvia.")
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.ANNOUNCED
    assert [(p.name, p.role) for p in record.parties] == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    # negative: a shop presenting its new offer in the present tells a product, no bid
    assert _records("La société Velkor présente sa nouvelle offre sur Norvibox.") == []


def test_brands_in_brackets_after_the_unit_sold_are_its_targets() -> None:
    text = "Le groupe Velkor a cédé l'an dernier son pôle jeunesse (Norvia, Dastrel Kids) au groupe Tessmar."
    record = _records(text)[0]
    assert record.deal_type is DealType.DIVESTITURE
    assert {(p.name, p.role) for p in record.parties} >= {
        ("Norvia", PartyRole.TARGET),
        ("Dastrel Kids", PartyRole.TARGET),
        ("Velkor", PartyRole.SELLER),
    }


def test_brands_in_brackets_after_a_relative_clause_of_sale_are_its_targets() -> None:
    text = "Le groupe Tessmar s'intéresse aux radios musicales que le groupe Velkor cherche à vendre (Norvia FM, Dastrel)."
    parties = {(p.name, p.role) for r in _records(text) for p in r.parties}
    assert ("Norvia FM", PartyRole.TARGET) in parties and ("Dastrel", PartyRole.TARGET) in parties


def test_a_bracket_after_the_buyer_s_name_lists_what_it_owns_not_what_is_sold() -> None:
    text = "Le groupe Velkor a cédé ses activités au fonds Tessmar (Norvia, Dastrel)."
    parties = {(p.name, p.role) for r in _records(text) for p in r.parties}
    assert ("Norvia", PartyRole.TARGET) not in parties and ("Dastrel", PartyRole.TARGET) not in parties


def test_a_bracket_with_a_figure_after_the_unit_sold_names_no_target() -> None:
    text = "Le groupe Velkor a cédé sa filiale Norvia (1 200 salariés, Lorvange) au groupe Tessmar."
    parties = {(p.name, p.role) for r in _records(text) for p in r.parties}
    assert ("Lorvange", PartyRole.TARGET) not in parties


def test_a_later_sentence_telling_an_earlier_deal_of_another_company_keeps_its_sum() -> None:
    text = "Le groupe Velkor s'offre la société Dastrel. Velkor avait racheté Norvia l'an dernier pour 15 millions d'euros."
    records = _records(text)
    main = next(r for r in records if any(p.name == "Dastrel" for p in r.parties))
    assert main.amount is None


def test_a_later_sentence_retelling_the_same_deal_in_the_pluperfect_still_prices_it() -> None:
    text = "Le groupe Velkor s'offre la société Dastrel. Velkor avait proposé de racheter Dastrel pour 15 millions d'euros en mars."
    main = _records(text)[0]
    assert main.amount is not None and main.amount.value == Decimal("15000000")


def test_the_infinitive_s_offrir_buys_a_named_company() -> None:
    record = _records("Le groupe Velkor met 300 millions d'euros sur la table pour s'offrir la société Norvia.")[0]
    assert record.deal_type is DealType.ACQUISITION
    assert [(p.name, p.role) for p in record.parties] == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]


def test_the_infinitive_s_offrir_with_no_company_after_is_no_deal() -> None:
    assert _records("Les clients du groupe Velkor pourront s'offrir des voyages moins chers cet été.") == []


def test_a_backer_joining_a_round_is_no_company_raising_a_round_of_its_own() -> None:
    text = "La start-up Norvia a levé 30 millions d'euros lors d'un tour de table mené par le fonds Dastrel, avec la participation de Tessmar."
    records = _records(text)
    assert len(records) == 1
    assert {(p.name, p.role) for p in records[0].parties} == {
        ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.INVESTOR), ("Tessmar", PartyRole.INVESTOR),
    }


def test_a_trailing_past_infinitive_after_a_span_of_time_is_the_main_subject_s_deal() -> None:
    records = _records("Le groupe Velkor s'offre la société Dastrel, un an après avoir mis la main sur Norvia.")
    earlier = next(r for r in records if any(p.name == "Norvia" for p in r.parties))
    assert {(p.name, p.role) for p in earlier.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_deal_noun_dating_the_main_deal_is_the_main_subject_s_earlier_deal() -> None:
    records = _records("Le groupe Velkor a racheté la société Dastrel, trois mois après le rachat de Norvia.")
    earlier = next(r for r in records if any(p.name == "Norvia" for p in r.parties))
    assert ("Dastrel", PartyRole.BUYER) not in {(p.name, p.role) for p in earlier.parties}
    assert ("Velkor", PartyRole.BUYER) in {(p.name, p.role) for p in earlier.parties}


def test_a_deal_noun_with_its_own_buyer_after_par_keeps_that_buyer() -> None:
    records = _records("Le groupe Velkor a racheté la société Dastrel, trois mois après le rachat de Norvia par Tessmar.")
    earlier = next(r for r in records if any(p.name == "Norvia" for p in r.parties))
    assert {(p.name, p.role) for p in earlier.parties} == {("Tessmar", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_sum_brought_to_a_named_company_is_an_investment_in_it() -> None:
    record = _records("Le groupe Velkor apportera 17 millions d'euros à la société Norvia.")[0]
    assert record.deal_type is DealType.INVESTMENT and record.status is DealStatus.EXPECTED
    assert [(p.name, p.role) for p in record.parties] == [("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)]
    assert record.amount is not None and record.amount.value == Decimal("17000000")


def test_support_or_a_sum_brought_to_a_project_is_no_investment_in_a_company() -> None:
    assert _records("Le groupe Velkor apporte son soutien à Norvia.") == []
    assert _records("La ville apportera 2 millions d'euros à la rénovation du stade.") == []


def test_a_commitment_to_fund_is_agreed() -> None:
    record = _records("Le groupe Velkor s'est engagé à financer la société Norvia à hauteur de 17 millions d'euros.")[0]
    assert record.status is DealStatus.AGREED


def test_broadcasting_rights_won_past_an_aside_are_a_purchase() -> None:
    text = "Velkor avait remporté, contre toute attente, au printemps, les droits de retransmission du championnat pour 800 millions d'euros."
    record = _records(text)[0]
    assert record.deal_type is DealType.PURCHASE and record.amount is not None and record.amount.value == Decimal("800000000")


def test_a_match_won_is_no_rights_bought() -> None:
    assert _records("Velkor a remporté le match, mais Norvia garde les droits TV.") == []


def test_a_series_of_agreements_with_named_operators_is_one_deal_and_a_second_noun_is_another() -> None:
    text = "Le groupe Velkor a signé une série d'accords avec les opérateurs Norvia, Dastrel et Tessmar, ainsi qu'un partenariat avec Korlim."
    records = _records(text)
    assert [{p.name for p in r.parties} for r in records] == [{"Velkor", "Norvia", "Dastrel", "Tessmar"}, {"Velkor", "Korlim"}]


def test_a_second_object_of_the_buying_verb_is_the_buyer_s_own_stake() -> None:
    records = _records("Le groupe Velkor a racheté la société Norvia, ainsi qu'une participation dans Tessmar.")
    stake = next(r for r in records if any(p.name == "Tessmar" for p in r.parties))
    assert {(p.name, p.role) for p in stake.parties} == {("Velkor", PartyRole.INVESTOR), ("Tessmar", PartyRole.TARGET)}


def test_a_noun_joined_by_et_to_its_subject_is_no_second_object() -> None:
    records = _records("Le groupe Velkor et un fonds Norvia ont racheté la société Tessmar.")
    assert any({p.name for p in r.parties} >= {"Norvia", "Tessmar"} for r in records)


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Velkor est entré en négociations exclusives avec le fonds Dastrel pour la cession de sa filiale Norvia.",
        "Le groupe Velkor négocie avec le fonds Dastrel la vente de sa filiale Norvia.",
    ],
)
def test_a_sale_in_talks_with_a_named_company_is_to_that_buyer_and_still_to_come(text: str) -> None:
    record = _records(text)[0]
    assert record.deal_type is DealType.DIVESTITURE and record.status is DealStatus.EXPECTED
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER),
    }


def test_talks_in_another_clause_name_no_buyer_of_the_sale() -> None:
    record = _records("Le groupe Velkor discute avec Lorvane, tandis que le fonds Tessmar a cédé la société Norvia.")[0]
    assert ("Lorvane", PartyRole.BUYER) not in {(p.name, p.role) for p in record.parties}


def test_a_bid_received_for_the_receiver_s_own_unit_is_that_unit_s_sale() -> None:
    record = _records("Le groupe Velkor a reçu une offre ferme du fonds Dastrel pour sa filiale Norvia.")[0]
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.SELLER), ("Dastrel", PartyRole.BUYER), ("Norvia", PartyRole.TARGET),
    }


def test_a_bid_received_with_no_unit_named_still_bids_for_the_receiver() -> None:
    record = _records("La société Norvia a reçu une offre du groupe Velkor.")[0]
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}


def test_turnover_brought_to_a_company_is_no_investment() -> None:
    assert _records("Ce contrat a apporté 2 millions d'euros de chiffre d'affaires à la société Norvia.") == []


def test_an_order_placed_by_a_customer_with_a_maker_is_their_contract() -> None:
    record = _records("Une commande de 40 rames passée par la SNCF auprès du constructeur Velkor a été annulée.")[0]
    assert record.deal_type is DealType.SUPPLY_CONTRACT and record.status is DealStatus.CANCELLED
    assert [(p.name, p.role) for p in record.parties] == [("SNCF", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)]


def test_an_order_noun_with_its_maker_after_aupres_de_keeps_its_reading() -> None:
    record = _records("Le groupe Velkor maintient ses commandes actuelles portant sur 60 rames auprès de Norvia.")[0]
    assert [(p.name, p.role) for p in record.parties] == [("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)]


def test_a_deal_noun_dating_the_main_deal_keeps_the_price_of_its_own_clause() -> None:
    records = _records("Le groupe Velkor s'offre Dastrel pour 50 millions d'euros, un an après le rachat de Norvia pour 300 millions.")
    earlier = next(r for r in records if any(p.name == "Norvia" for p in r.parties))
    assert earlier.amount is not None and earlier.amount.value == Decimal("300000000")


def test_a_deal_noun_dating_another_deal_takes_none_of_its_sums() -> None:
    records = _records("Depuis le rachat de Norvia par Velkor, le groupe a investi 20 millions d'euros dans Dastrel.")
    earlier = next(r for r in records if any(p.name == "Norvia" for p in r.parties))
    assert earlier.amount is None


def test_a_deal_in_a_fronted_time_phrase_takes_no_sum_of_the_main_clause_act() -> None:
    (record,) = _records("Après le rachat de Norvia, Velkor a vendu des actions pour 2 milliards d'euros.")
    assert record.deal_type is DealType.ACQUISITION and record.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "Après le rachat de Norvia pour 2 milliards d'euros, Velkor a vendu des actions.",  # the sum inside its phrase
        "Après le rachat de Norvia, Velkor a payé 2 milliards d'euros.",  # a sum paid is the price
        "Après le rachat de Norvia, annoncé mardi pour 2 milliards d'euros, Velkor devient numéro un.",  # a participle of the deal
    ],
)
def test_a_deal_in_a_fronted_time_phrase_keeps_its_own_or_paid_sum(text: str) -> None:
    record = next(r for r in _records(text) if r.deal_type is DealType.ACQUISITION)
    assert record.amount is not None and record.amount.value == Decimal("2000000000")


@pytest.mark.parametrize(
    "text",
    ["Velkor rachète Norvia via sa filiale Dastrel.", "Velkor rachète Norvia par l'intermédiaire de sa filiale Dastrel."],
)
def test_the_vehicle_named_after_the_target_acts_for_the_buyer(text: str) -> None:
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)
    }


def test_the_vehicle_of_a_seller_sells_with_it_and_is_not_sold() -> None:
    (record,) = _records("Velkor cède Norvia via sa filiale Dastrel.")
    roles = {p.name: p.role for p in record.parties}
    assert roles["Norvia"] is PartyRole.TARGET and roles.get("Dastrel") is not PartyRole.TARGET


@pytest.mark.parametrize(
    "text",
    [
        "Un consortium mené par Velkor et comprenant Norvia rachète Dastrel.",
        "Un consortium emmené par le groupe Velkor et incluant le fonds Norvia a racheté Dastrel pour 2 milliards d'euros.",
    ],
)
def test_the_leader_of_a_buying_consortium_buys_with_its_members(text: str) -> None:
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)
    }


def test_a_project_led_by_a_company_is_no_buying_group() -> None:
    (record,) = _records("Un projet mené par Velkor et comprenant Norvia rachète Dastrel.")
    assert "Velkor" not in {p.name for p in record.parties}


@pytest.mark.parametrize("text", ["Bruxelles rachète Norvia.", "Bruxelles a bloqué le rachat de Norvia par Velkor. Bruxelles craint une hausse des prix."])
def test_the_eu_seat_never_buys_a_company(text: str) -> None:
    for record in _records(text):
        assert "Bruxelles" not in {p.name for p in record.parties}


def test_the_eu_seat_that_orders_is_the_eu_as_a_customer() -> None:
    from pipeline.extract.kinds import deal_key

    (record,) = _records("Bruxelles a commandé 100 millions de doses de vaccin à Velkor.")
    customer = next(p for p in record.parties if p.role is PartyRole.CUSTOMER)
    assert (customer.name, customer.kind) == ("Bruxelles", PartyKind.GOVERNMENT)
    assert deal_key(customer.name, customer.kind, lang="fr") == deal_key("Union européenne", PartyKind.GOVERNMENT, lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        "Velkor fait une offre pour sa rivale Norvia.",
        "Velkor a lancé une offre sur sa concurrente Norvia.",
        "Norvia a rejeté l'offre de sa rivale Velkor.",
    ],
)
def test_a_bid_for_a_rival_named_in_the_feminine_is_a_bid(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_an_offer_for_an_unnamed_rival_makes_no_record() -> None:
    assert _records("Velkor fait une offre pour sa rivale.") == []


@pytest.mark.parametrize("backed", ["mené par Velkor", "auprès de Velkor"])
def test_the_backer_of_a_round_is_never_read_as_the_company_raising_it(backed: str) -> None:
    text = f"Velkor multiplie les investissements. Velkor gère 2 milliards d'euros. La start-up a bouclé son dernier tour de table, {backed}."
    for record in _records(text):
        assert ("Velkor", PartyRole.TARGET) not in {(p.name, p.role) for p in record.parties}


def test_a_named_company_raising_from_a_backer_keeps_both_sides() -> None:
    (record,) = _records("Norvia a bouclé son dernier tour de table auprès de Velkor.")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)}


@pytest.mark.parametrize("verb", ["abandonne", "enterre"])
def test_a_buyer_dropping_its_takeover_plan_stays_the_buyer(verb: str) -> None:
    (record,) = _records(f"Velkor {verb} son projet de rachat de Norvia.")
    assert record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_sentence_opening_word_before_abandonne_is_no_name_without_a_capital() -> None:
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Elle abandonne son projet de rachat de Norvia.", "fr")] == ["Norvia"]


@pytest.mark.parametrize(
    "text",
    ["Velkor, via sa filiale Dastrel, rachète Norvia.", "Velkor a racheté, via sa filiale Dastrel, la société Norvia."],
)
def test_a_vehicle_set_off_by_commas_keeps_the_buyer_and_the_target(text: str) -> None:
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)
    }


def test_an_opening_adverb_before_a_vehicle_aside_is_no_name() -> None:
    from pipeline.extract.names import find_names

    text = "Concrètement, via sa filiale Dastrel, Velkor rachète Norvia."
    assert [n.text for n in find_names(text, "fr")] == ["Dastrel", "Velkor", "Norvia"]


@pytest.mark.parametrize("verb", ["a décroché", "a remporté", "a obtenu"])
def test_who_wins_an_order_from_a_buyer_supplies_it(verb: str) -> None:
    (record,) = _records(f"Dastrel {verb} une commande de 40 locomotives auprès de l'opérateur Malvane Rail.")
    assert {(p.name, p.role) for p in record.parties} == {("Dastrel", PartyRole.SUPPLIER), ("Malvane Rail", PartyRole.CUSTOMER)}


def test_who_signs_an_order_with_a_maker_still_buys() -> None:
    (record,) = _records("Norvia a signé une commande ferme de 40 avions auprès de Velkor.")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)}


@pytest.mark.parametrize("verb", ["repoussé", "décliné", "rejeté"])
def test_a_bid_pushed_back_by_its_target_is_off(verb: str) -> None:
    (record,) = _records(f"Norvia a {verb} une offre hostile de Velkor de 3 milliards d'euros.")
    assert record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_takeover_that_will_not_happen_is_cancelled() -> None:
    (record,) = _records("Dastrel ne rachètera finalement pas Tessmar.")
    assert record.status is DealStatus.CANCELLED


def test_a_takeover_to_come_is_still_expected() -> None:
    (record,) = _records("Dastrel rachètera finalement Tessmar.")
    assert record.status is DealStatus.EXPECTED


def test_a_lettered_series_round_is_a_funding_round() -> None:
    text = "Quenzo, spécialiste de l'intelligence artificielle, a bouclé un tour de série B de 60 millions de dollars mené par Norvia Partners."
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {("Quenzo", PartyRole.TARGET), ("Norvia Partners", PartyRole.INVESTOR)}
    assert record.amount is not None and record.amount.value == Decimal("60000000") and record.amount.currency == "USD"


def test_a_series_without_a_letter_is_no_round() -> None:
    assert _records("Velkor lance une série de nouveaux modèles pour 2025.") == []


@pytest.mark.parametrize(
    "text",
    ["Velkor offre 12 euros par action pour Norvia.", "Mardi, Velkor a proposé 12 euros par action Norvia."],
)
def test_a_bid_priced_per_share_names_its_bidder_and_target(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.ANNOUNCED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_product_offered_at_a_price_is_no_bid() -> None:
    assert _records("Velkor offre 12 euros de réduction sur ses vélos.") == []


def test_a_takeover_after_avoir_without_a_comma_is_the_main_subjects() -> None:
    records = _records("Dastrel détient désormais 30 % de Quenzo après avoir racheté les parts de Tessmar.")
    (record,) = [r for r in records if r.deal_type is DealType.ACQUISITION]
    roles = {p.name: p.role for p in record.parties}
    # (the stake held is in Quenzo, bought from Tessmar: Quenzo is the target, never the buyer)
    assert roles.get("Dastrel") is PartyRole.BUYER and roles.get("Quenzo") is not PartyRole.BUYER


def test_a_second_deal_after_avoir_keeps_each_verb_its_object() -> None:
    bought, sold = _records("Velkor a racheté Norvia après avoir cédé Dastrel à Tessmar.")
    assert {(p.name, p.role) for p in bought.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert {(p.name, p.role) for p in sold.parties} == {
        ("Velkor", PartyRole.SELLER), ("Dastrel", PartyRole.TARGET), ("Tessmar", PartyRole.BUYER)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Bruxelles a autorisé une aide d'Etat de 300 millions d'euros en faveur de Dastrel.",
        "La Commission européenne a approuvé une aide de 300 millions d'euros de la France à Dastrel.",
    ],
)
def test_the_commission_clearing_an_aid_is_no_side_of_it(text: str) -> None:
    (record,) = _records(text)
    roles = {p.name: p.role for p in record.parties}
    assert roles["Dastrel"] is PartyRole.TARGET
    assert not any(name in roles for name in ("Bruxelles", "Commission européenne"))
    assert record.amount is not None and record.amount.value == Decimal("300000000")


def test_the_commission_granting_an_aid_still_gives_it() -> None:
    (record,) = _records("La Commission européenne a accordé une aide de 100 millions d'euros à Norvia.")
    roles = {p.name: p.role for p in record.parties}
    assert roles == {"Commission européenne": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_a_government_validating_its_loan_still_lends() -> None:
    (record,) = _records("Le gouvernement a validé un prêt de 2 milliards d'euros pour aider Norvia.")
    assert {p.name: p.role for p in record.parties} == {"gouvernement": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_an_unpriced_aid_cleared_for_a_company_is_no_record() -> None:
    assert _records("Bruxelles a autorisé une aide en faveur de Dastrel.") == []


def test_a_bid_withdrawn_is_a_cancelled_takeover() -> None:
    (record,) = _records("Velkor a retiré son offre sur Norvia.")
    assert record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_bid_upheld_is_announced_not_done() -> None:
    (record,) = _records("Velkor maintient son offre sur Norvia.")
    assert record.status is DealStatus.ANNOUNCED


def test_an_offer_withdrawn_from_the_web_is_no_bid() -> None:
    assert _records("Norvia retire son offre sur Internet.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le constructeur Velkor rachète l'usine de Dastrel à Lille.",
        "Velkor a racheté les magasins du groupe Dastrel en France.",
        "Velkor a racheté les activités européennes de Dastrel pour 40 millions d'euros.",
    ],
)
def test_the_owner_of_a_site_or_business_bought_sells_it(text: str) -> None:
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.SELLER)}


def test_a_company_bought_outright_is_still_the_target() -> None:
    (record,) = _records("Velkor a racheté la société Dastrel à Lille.")
    assert {(p.name, p.role) for p in record.parties} >= {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)}


def test_two_backers_listed_with_et_are_two_names() -> None:
    from pipeline.extract.names import find_names

    text = "Bpifrance et Orvane Capital injectent 30 millions d'euros dans Quenzo."
    assert [n.text for n in find_names(text, "fr")] == ["Bpifrance", "Orvane Capital", "Quenzo"]
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {
        ("Bpifrance", PartyRole.INVESTOR), ("Orvane Capital", PartyRole.INVESTOR), ("Quenzo", PartyRole.TARGET)
    }


def test_a_joint_name_closed_by_a_legal_suffix_stays_one() -> None:
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Velkor et Norvia SA ont signé.", "fr")] == ["Velkor et Norvia SA"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington a bloqué la vente de Norvia au chinois Hanwei pour des raisons de sécurité nationale.",
        "Le gouvernement de Lorvanie a mis son veto au rachat de Norvia par Hanwei.",
    ],
)
def test_who_blocks_a_sale_is_no_side_of_it(text: str) -> None:
    (record,) = _records(text)
    assert record.status is DealStatus.CANCELLED
    assert {p.name for p in record.parties} == {"Norvia", "Hanwei"}


def test_the_seller_of_a_sale_is_kept_when_nothing_blocks_it() -> None:
    (record,) = _records("Velkor a finalisé la vente de Norvia au chinois Hanwei.")
    assert ("Velkor", PartyRole.SELLER) in {(p.name, p.role) for p in record.parties}


def test_a_loss_told_by_its_verb_is_no_price() -> None:
    (record,) = _records("Orbelia cherche un repreneur pour sa filiale Malvane, qui a perdu 20 millions d'euros l'an dernier.")
    assert record.amount is None or record.amount.value is None


def test_a_price_after_a_loss_clause_is_still_the_price() -> None:
    (record,) = _records("Malvane, qui a perdu de l'argent, a été rachetée par Orbelia pour 20 millions d'euros.")
    assert record.amount is not None and record.amount.value == Decimal("20000000")


def test_a_described_buyer_is_not_the_company_named_later_in_its_sentence() -> None:
    (record,) = _records("Le fonds souverain norvégien a acquis une participation de 3 % dans Velkor, selon un document boursier.")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.TARGET)}


def test_a_backer_after_an_elided_aupres_d_invests() -> None:
    (record,) = _records("La fintech lyonnaise Quenzo a levé 25 millions d'euros auprès d'Orvane Capital et de Brelix Ventures.")
    assert {(p.name, p.role) for p in record.parties} == {
        ("Quenzo", PartyRole.TARGET), ("Orvane Capital", PartyRole.INVESTOR), ("Brelix Ventures", PartyRole.INVESTOR)
    }


def test_an_elided_preposition_before_a_common_noun_names_no_backer() -> None:
    (record,) = _records("Quenzo a levé 25 millions d'euros auprès d'investisseurs privés.")
    assert {(p.name, p.role) for p in record.parties} == {("Quenzo", PartyRole.TARGET)}


@pytest.mark.parametrize(
    "text",
    [
        "Velkor et le chinois Hanwei ont conclu un accord de coentreprise. Velkor détiendra 51 % de la nouvelle société.",
        "Velkor et Norvia ont signé un accord pour créer une coentreprise en Pologne.",
    ],
)
def test_an_agreement_to_form_a_venture_is_one_joint_venture(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.JOINT_VENTURE and record.status is DealStatus.AGREED


def test_a_partnership_and_a_venture_with_another_side_stay_two() -> None:
    records = _records("Velkor a signé un accord de partenariat avec Norvia et une coentreprise avec Dastrel.")
    assert {r.deal_type for r in records} == {DealType.PARTNERSHIP, DealType.JOINT_VENTURE}


def test_an_opening_name_before_a_dont_clause_about_its_share_is_a_name() -> None:
    (record,) = _records("Varnel, dont le titre a bondi de 40 % à 18 euros, sera rachetée par Orbelia.")
    assert {(p.name, p.role) for p in record.parties} == {("Varnel", PartyRole.TARGET), ("Orbelia", PartyRole.BUYER)}
    assert record.status is DealStatus.EXPECTED and record.amount is None


def test_an_opening_adverb_before_dont_is_no_name() -> None:
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Ensuite, dont acte, Orbelia a racheté Varnel.", "fr")] == ["Orbelia", "Varnel"]


def test_a_participle_aside_leaves_the_subject_before_it_acting() -> None:
    bought, sold = _records("Norvia, racheté en 2018 par Velkor, vient de céder sa filiale Quenzo à Dastrel.")
    assert {(p.name, p.role) for p in bought.parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}
    assert {(p.name, p.role) for p in sold.parties} == {
        ("Norvia", PartyRole.SELLER), ("Quenzo", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)
    }


def test_a_name_after_a_participle_without_a_closing_comma_still_acts() -> None:
    (record,) = _records("Racheté en 2018, Velkor a cédé sa filiale Quenzo à Dastrel.")
    assert ("Velkor", PartyRole.SELLER) in {(p.name, p.role) for p in record.parties}


@pytest.mark.parametrize(
    "text",
    [
        "L'offre de Velkor sur Norvia a été jugée insuffisante par le conseil d'administration, qui l'a rejetée.",
        "Faute de feu vert des autorités chinoises, Velkor a dû renoncer à acquérir Norvia.",
    ],
)
def test_a_bid_turned_down_by_pronoun_or_a_takeover_given_up_is_cancelled(text: str) -> None:
    (record,) = _records(text)
    assert record.status is DealStatus.CANCELLED


def test_a_takeover_that_may_be_given_up_is_not_cancelled() -> None:
    (record,) = _records("Velkor pourrait renoncer à acquérir Norvia.")
    assert record.status is not DealStatus.CANCELLED


def test_an_order_confirmed_with_a_maker_is_an_order() -> None:
    text = "Norvia Air a confirmé une commande ferme de 30 appareils auprès de Velkor, d'une valeur catalogue de 3 milliards de dollars."
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {("Norvia Air", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)}
    assert record.amount is not None and record.amount.value == Decimal("3000000000")


def test_the_order_noun_as_subject_still_names_no_buyer() -> None:
    assert _records("La commande porte sur 40 rames auprès de Velkor.") == []


def test_a_board_recommending_a_bid_is_bid_for_and_nothing_is_done() -> None:
    (record,) = _records("Le conseil d'administration de Norvia recommande l'offre de Velkor à 45 euros par action.")
    assert record.status is DealStatus.ANNOUNCED
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}


def test_a_bid_accepted_is_still_agreed() -> None:
    (record,) = _records("Norvia a accepté l'offre de Velkor.")
    assert record.status is DealStatus.AGREED


@pytest.mark.parametrize(
    "text",
    [
        "Velkor a racheté Norvia. Il y a deux ans, Dastrel avait tenté sans succès de s'offrir Norvia pour 40 millions d'euros.",
        "Dastrel a cédé Quenzo à Velkor. Dastrel avait acheté Quenzo en 2015 pour 10 millions d'euros.",
    ],
)
def test_the_sum_of_an_earlier_deal_told_next_stays_with_it(text: str) -> None:
    news, earlier = _records(text)
    assert news.amount is None or news.amount.value is None
    assert earlier.amount is not None and earlier.amount.value is not None


def test_a_sum_told_next_about_the_deal_itself_is_still_its_price() -> None:
    (record,) = _records("Velkor va racheter Norvia. L'opération, d'un montant de 1,3 milliard d'euros, sera financée par endettement.")
    assert record.amount is not None and record.amount.value == Decimal("1300000000")


def test_a_figure_that_rose_to_a_sum_is_no_price() -> None:
    text = "Velkor a annoncé mardi le rachat de Norvia, au lendemain de la publication de ses résultats annuels, en hausse de 12 % à 3 milliards d'euros."
    (record,) = _records(text)
    assert record.amount is None or record.amount.value is None


def test_buying_back_a_share_of_its_own_stock_is_no_deal() -> None:
    assert _records("Velkor a racheté 2 % de ses propres actions l'an dernier.") == []


def test_buying_a_share_of_another_company_is_still_a_deal() -> None:
    (record,) = _records("Velkor a racheté 20 % de Norvia.")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_the_market_regulator_a_bid_is_filed_with_is_no_bidder() -> None:
    (record,) = _records("Velkor a déposé auprès de l'AMF un projet d'offre publique d'achat visant les actions Norvia.")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_regulator_clearing_a_bid_is_no_side_and_the_bid_stands() -> None:
    (record,) = _records("L'Autorité des marchés financiers a validé l'offre de Velkor sur Norvia.")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        ("Velkor rachète les parts de son associé Dastrel dans leur filiale commune Norvia.", "Dastrel"),
        ("Velkor a racheté la participation du fonds Orvane Capital dans Norvia pour 30 millions d'euros.", "Orvane Capital"),
    ],
)
def test_a_holders_stake_bought_in_a_company_makes_the_holder_sell_it(text: str, seller: str) -> None:
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), (seller, PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}


def test_a_stake_of_a_name_with_no_company_held_in_is_left_as_it_is() -> None:
    (record,) = _records("Velkor rachète les parts de Tessmar.")
    assert ("Tessmar", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}


def test_allying_with_a_described_company_after_au_is_a_partnership() -> None:
    (record,) = _records("Tessmar s'associe au japonais Hakuro pour développer des batteries.")
    assert record.deal_type is DealType.PARTNERSHIP
    assert {(p.name, p.role) for p in record.parties} == {("Tessmar", PartyRole.PARTNER), ("Hakuro", PartyRole.PARTNER)}


def test_joining_a_movement_after_au_is_no_partnership() -> None:
    assert _records("Tessmar s'associe au mouvement des entreprises engagées.") == []


def test_talks_under_way_toward_a_merger_are_rumoured() -> None:
    (record,) = _records("Des discussions sont en cours entre Velkor et Norvia en vue d'un rapprochement, indique Bloomberg.")
    assert record.deal_type is DealType.MERGER and record.status is DealStatus.RUMORED


def test_a_merger_voted_through_is_not_rumoured() -> None:
    (record,) = _records("Velkor et Norvia ont fusionné en mars.")
    assert record.status is not DealStatus.RUMORED


@pytest.mark.parametrize(
    ("text", "buyer", "town"),
    [
        ("Le milliardaire Paul Verdier a racheté le club de football de Norvia.", "Paul Verdier", "Norvia"),
        ("Velkor a racheté le club de rugby de Dastrel.", "Velkor", "Dastrel"),
    ],
)
def test_the_town_a_sports_club_is_named_for_is_not_bought(text: str, buyer: str, town: str) -> None:
    (record,) = _records(text)
    names = {p.name for p in record.parties}
    assert buyer in names and town not in names


def test_a_club_named_by_its_own_name_is_bought() -> None:
    (record,) = _records("Velkor a racheté le club de vacances Norvia.")
    assert ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}


@pytest.mark.parametrize(
    "text",
    [
        "Velkor rachète la participation de Tessmar dans Norvia pour 50 millions d'euros.",
        "Velkor a acquis la participation de Tessmar dans Norvia.",
    ],
)
def test_a_holders_stake_noun_bought_makes_the_holder_sell(text: str) -> None:
    records = _records(text)
    assert len(records) == 1
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Tessmar") is PartyRole.SELLER and roles.get("Norvia") is PartyRole.TARGET


def test_a_stake_taken_names_no_seller() -> None:
    (record,) = _records("Velkor a pris une participation dans Norvia.")
    assert all(p.role is not PartyRole.SELLER for p in record.parties)


def test_a_stake_held_after_buying_a_holders_shares_names_the_company_held_in() -> None:
    (record,) = _records("Dastrel détient désormais 30 % de Quenzo après avoir racheté les parts de Tessmar.")
    roles = {p.name: p.role for p in record.parties}
    assert roles.get("Tessmar") is PartyRole.SELLER and roles.get("Quenzo") is PartyRole.TARGET


@pytest.mark.parametrize(
    ("text", "backers"),
    [
        ("Varnel lève 12 millions d'euros. L'opération a été menée par Tessmar Invest et Bpifrance.", {"Tessmar Invest", "Bpifrance"}),
        ("Quenzo a levé 20 millions d'euros. Le tour a été mené par Orvane Capital, aux côtés de Brelix Ventures.", {"Orvane Capital", "Brelix Ventures"}),
    ],
)
def test_the_backers_the_next_sentence_names_invest_in_the_round(text: str, backers: set[str]) -> None:
    (record,) = _records(text)
    assert {p.name for p in record.parties if p.role is PartyRole.INVESTOR} == backers
    assert ("Varnel" if "Varnel" in text else "Quenzo", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}


def test_a_next_sentence_led_by_a_person_names_no_backer() -> None:
    (record,) = _records("Varnel lève 12 millions d'euros. L'entreprise est dirigée par Paul Marnier.")
    assert all(p.role is not PartyRole.INVESTOR for p in record.parties)


def test_who_joins_the_lead_of_a_round_in_a_company_invests_too() -> None:
    (record,) = _records("Orvane Capital mène un tour de table de 9 millions d'euros dans la start-up Varnel, aux côtés de Bpifrance.")
    roles = {p.name: p.role for p in record.parties}
    assert roles.get("Bpifrance") is PartyRole.INVESTOR and roles.get("Orvane Capital") is PartyRole.INVESTOR
    assert roles.get("Varnel") is PartyRole.TARGET


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le rachat, d'un montant de 420 millions d'euros, permettra à Velkor de doubler sa taille. Velkor a racheté Norvia.", "420000000"),
        ("Une opération à 300 millions d'euros. Velkor a racheté Norvia.", "300000000"),
    ],
)
def test_a_sum_a_deal_noun_gives_in_the_sentence_before_prices_the_deal(text: str, value: str) -> None:
    (record,) = _records(text)
    assert record.amount is not None and record.amount.value == Decimal(value)


def test_a_sum_of_no_deal_noun_before_prices_nothing() -> None:
    (record,) = _records("Le chiffre d'affaires atteint 420 millions d'euros. Velkor a racheté Norvia.")
    assert record.amount is None or record.amount.value is None


def test_the_company_a_commented_deal_is_about_is_no_speaker() -> None:
    (record,) = _records("Paul Marnier, patron de Dastrel, a commenté le rachat de Norvia par Velkor.")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_a_speaker_after_a_closing_speech_verb_stays_no_party() -> None:
    (record,) = _records("« Le rachat de Norvia par Velkor est logique », a commenté Paul Dastrel.")
    assert "Paul Dastrel" not in {p.name for p in record.parties}


@pytest.mark.parametrize(
    "text",
    [
        "Velkor est entré en négociations exclusives avec les actionnaires de Norvia en vue de son acquisition.",
        "Velkor a approché Norvia en vue d'un rachat.",
    ],
)
def test_who_is_talked_with_or_approached_toward_its_purchase_is_bought(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION and record.status in (DealStatus.RUMORED, DealStatus.EXPECTED)
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_talks_toward_a_partnership_buy_nothing() -> None:
    records = _records("Velkor est en discussions avec Norvia en vue d'un partenariat.")
    assert [r.deal_type for r in records] == [DealType.PARTNERSHIP]


def test_who_a_led_round_in_a_company_is_made_with_invests_too() -> None:
    (record,) = _records("Orvane Capital mène une levée de fonds de 5 millions d'euros dans Varnel, avec Brelix Ventures.")
    assert ("Brelix Ventures", PartyRole.INVESTOR) in {(p.name, p.role) for p in record.parties}


def test_a_relative_after_avec_names_no_co_investor() -> None:
    (record,) = _records("Orvane Capital mène un tour de table de 5 millions d'euros dans Varnel, avec qui il collabore depuis 2019.")
    assert {p.name for p in record.parties} == {"Orvane Capital", "Varnel"}


@pytest.mark.parametrize(
    "text",
    [
        "Dastrel a repris les 40 % que détenait Tessmar dans Quenzo.",
        "Dastrel a racheté les parts que détenait le fonds Tessmar dans Quenzo.",
    ],
)
def test_a_stake_told_by_what_its_holder_held_is_sold_by_the_holder(text: str) -> None:
    (record,) = _records(text)
    assert {(p.name, p.role) for p in record.parties} == {("Dastrel", PartyRole.BUYER), ("Tessmar", PartyRole.SELLER), ("Quenzo", PartyRole.TARGET)}


def test_a_share_price_move_is_still_no_sale() -> None:
    assert _records("L'action Velkor cédait 1,1 % à la Bourse de Paris.") == []


def test_a_plant_built_in_a_french_industrial_town_is_in_france() -> None:
    (record,) = _records("Le groupe Velkor va construire une usine de batteries à Dunkerque pour 1,5 milliard d'euros.")
    assert record.country == "FR"


def test_a_plant_built_in_an_unknown_place_has_no_country_guessed() -> None:
    (record,) = _records("Le groupe Velkor va construire une usine de batteries à Norvale pour 1,5 milliard d'euros.")
    assert record.country is None


def test_a_sum_put_on_the_table_for_a_company_is_a_bid_for_it() -> None:
    (record,) = _records("Velkor met 80 millions d'euros sur la table pour Norvia.")
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.ANNOUNCED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert record.amount is not None and record.amount.value == Decimal("80000000")


def test_a_question_put_on_the_table_is_no_bid() -> None:
    assert _records("Velkor met la question sur la table pour Noël.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dastrel a jeté l'éponge dans la bataille pour le contrôle de Tessmar.",
        "Dastrel s'est retiré de la course à la reprise de Tessmar.",
    ],
)
def test_a_bidder_leaving_the_contest_for_a_company_calls_its_bid_off(text: str) -> None:
    (record,) = _records(text)
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Dastrel", PartyRole.BUYER), ("Tessmar", PartyRole.TARGET)}


def test_a_contest_for_a_town_is_no_deal() -> None:
    assert _records("La bataille pour le contrôle de la ville de Norvale continue.") == []
