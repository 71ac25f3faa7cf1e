"""fr/de rules of the extractor, second round, on invented sentences (one rule per test)."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import DealStatus, DealType, PartyRole
from tests.unit.extract.test_deals import _check, _item


def test_partnership_without_a_cue_is_agreed() -> None:
    text = "Le constructeur Falvane développe ses batteries dans un partenariat avec la start-up Ordil."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records[0].deal_type is DealType.PARTNERSHIP and records[0].status is DealStatus.AGREED


def test_singular_sale_noun_names_the_sold_subsidiary() -> None:
    text = "Le groupe Varnel prépare la vente de l'éditeur Ostrel au fonds Quarel."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records[0].deal_type is DealType.DIVESTITURE
    assert "Ostrel" in [p.name for p in records[0].parties]


def test_agreement_between_two_named_parties_is_a_partnership() -> None:
    text = "Un accord de sponsoring conclu entre Marvelle et le Musée Kerlan court jusqu'en 2026."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records[0].deal_type is DealType.PARTNERSHIP
    assert {"Marvelle", "Musée Kerlan"} <= {p.name for p in records[0].parties}


def test_german_agreement_between_two_named_parties_is_a_partnership() -> None:
    text = "Der Vertrag zwischen der Lorkin AG und der Stadtwerke Halvern GmbH läuft bis 2030."
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    assert records[0].deal_type is DealType.PARTNERSHIP
    assert len(records[0].parties) >= 2


def test_choosing_a_maker_to_supply_is_an_order() -> None:
    text = "La régie Transvelle a retenu l'entreprise Morlan pour livrer 40 bus électriques d'ici 2027."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records[0].deal_type is DealType.SUPPLY_CONTRACT
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Morlan") is PartyRole.SUPPLIER and roles.get("Transvelle") is PartyRole.CUSTOMER


def test_shares_name_their_issuer() -> None:
    text = "Der Unternehmer Gerold Pannwitz verkaufte Brakel-Aktien im Wert von zwei Milliarden Euro."
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    names = [p.name for p in records[0].parties]
    assert "Brakel" in names and "Brakel-Aktien" not in names


def test_german_perfect_sale_keeps_object_and_buyer_apart() -> None:
    text = "Der Investor Gerold Pannwitz hat Brakel-Aktien an die Fondsgesellschaft Orbis verkauft."
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    roles = {p.name: p.role for p in records[0].parties}
    assert roles == {"Gerold Pannwitz": PartyRole.SELLER, "Brakel": PartyRole.TARGET, "Orbis": PartyRole.BUYER}


def test_german_perfect_purchase_from_a_seller() -> None:
    text = "Die Velmar AG hat die Sparte Kortex von der Holding Ambrel gekauft."
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Ambrel") is PartyRole.SELLER and roles.get("Velmar AG") is PartyRole.BUYER


def test_collecting_money_is_funding_but_collecting_actors_is_not() -> None:
    funded = _item("Das Start-up Quirla sammelte 20 Millionen Euro bei Investoren ein.", "de")
    records = extract(funded)
    _check(funded, records)
    assert records and records[0].deal_type is DealType.FUNDING_ROUND
    cast = _item("Für das Festival Lichtweg sammelten die Veranstalter ein buntes Programm.", "de")
    assert extract(cast) == []


def test_german_generic_company_subject_is_the_article_company() -> None:
    text = (
        "Die Korvat AG wächst weiter. Nachdem der Konzern im Frühjahr den Netzbetreiber Plentel erwarb, "
        "wurde das Netz größer. Korvat zahlt eine Dividende. Korvat bleibt."
    )
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Plentel") is PartyRole.TARGET and PartyRole.BUYER in roles.values()
    assert roles.get("Plentel") is not PartyRole.BUYER


def test_french_verb_with_pronoun_is_no_party() -> None:
    text = "Rappelons-nous que le groupe Darvel a investi 300 millions d'euros dans l'usine Malvorte."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert all(p.name != "Rappelons-nous" for r in records for p in r.parties)


def test_supplier_nationality_is_not_the_deal_country() -> None:
    text = (
        "Le réseau Transvelle, qui roule en France, a retenu l'entreprise italienne Morlan "
        "pour livrer 40 bus électriques. La France paie une partie des bus."
    )
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records[0].country == "FR"


def test_german_particle_ab_is_no_legal_suffix() -> None:
    text = "Die Brenner AG übernimmt die Kalmo GmbH. Das Angebot lehnte der Gründer Tobias Renk ab."
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    assert all(not p.name.endswith(" ab") for r in records for p in r.parties)


def test_sales_volume_that_rises_is_no_sale() -> None:
    item = _item("Der Verkauf von Gartenmöbeln der Marke Sonnhag sank im dritten Quartal deutlich.", "de")
    assert extract(item) == []


def test_german_infinitive_with_a_lone_name_is_no_purchase() -> None:
    text = "Die Ärztin Karin Wolfsegg verlangt, dass die Praxen zusätzliche Aufgaben übernehmen."
    assert extract(_item(text, "de")) == []


def test_revenue_figure_is_not_the_deal_amount() -> None:
    text = "Die Velmar AG übernimmt die Netzfirma Plentel. Der Umsatz der Velmar AG erreicht danach 2,4 Mrd. Euro."
    item = _item(text, "de")
    records = extract(item)
    _check(item, records)
    assert records and records[0].amount is None


def test_amount_nearest_before_a_final_trigger() -> None:
    text = (
        "Le fonds Aubrac, qui a placé 8 millions d'euros dans l'école Norvane l'an dernier, "
        "met désormais 3 millions d'euros sur la table pour racheter le journal Le Matinal."
    )
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    rec = next(r for r in records if r.deal_type is DealType.ACQUISITION)
    assert rec.amount is not None and str(rec.amount.value) == "3000000"


def test_service_contract_nouns_are_supply_contracts() -> None:
    text = "La société Parvex a obtenu un contrat de maintenance de 12 millions d'euros avec la ville de Lorvel."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
