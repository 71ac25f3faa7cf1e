"""German rules of the deal extractor, one rule per test, on invented sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract import extract
from pipeline.extract.money import find_money
from pipeline.models import DealStatus, DealType, Party, PartyKind, PartyRole
from tests.unit.extract.support import check as _check
from tests.unit.extract.support import item as _item
from tests.unit.extract.support import records_of


def _de_parties(sentence: str) -> set[tuple[str, PartyRole]]:
    item = _item(sentence + " Dazu schwiegen Velkor, Norvia, Tarvo und Quadra.", "de")
    records = extract(item)
    _check(item, records)
    return {(p.name, p.role) for p in records[0].parties} if records else set()


def test_share_count_is_the_quantity_of_a_share_sale() -> None:
    text = "Der Investor Malte Brandor verkauft 2,5 Millionen Aktien der Velmont AG für 90 Millionen Euro."
    records = records_of(text, "de")
    assert records and records[0].quantity is not None
    assert (records[0].quantity.value, records[0].quantity.unit) == (Decimal("2500000"), "share")


def test_german_bank_names_and_seeking_a_buyer() -> None:
    text = "Die Nordmark Bank sucht einen Käufer für die Velmor GmbH."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert (records[0].parties[0].name, records[0].parties[0].role) == ("Nordmark Bank", PartyRole.SELLER)


def test_german_pronoun_subject_is_the_article_company() -> None:
    text = (
        "Der Versandhändler Kolbry meldet mehr Umsatz. Kolbry wächst in Europa. "
        "Im vergangenen Jahr übernahm er auch den Konkurrenten Tessmar AG."
    )
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Kolbry") is PartyRole.BUYER and roles.get("Tessmar AG") is PartyRole.TARGET


def test_german_capitalised_adjective_belongs_to_the_name() -> None:
    from pipeline.extract.names import find_names

    text = "Die Mittelländische Förderbank und das neue Hilfspaket für Portugal stehen fest."
    assert [n.text for n in find_names(text, "de")][:2] == ["Mittelländische Förderbank", "Portugal"]


def test_ending_a_cooperation_is_a_cancelled_partnership() -> None:
    text = "Im Mai beendete der Hersteller Dunwald die Zusammenarbeit mit dem Designer Ravi Okoro."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.PARTNERSHIP and records[0].status is DealStatus.CANCELLED
    assert {p.name for p in records[0].parties} >= {"Dunwald", "Ravi Okoro"}


def test_repaying_state_aid_is_an_other_deal() -> None:
    text = "Die Bank of Kanada hat die Hilfen aus dem Rettungsfonds Pelmar in Höhe von 4 Milliarden Dollar zurückgezahlt."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert {p.name for p in records[0].parties} == {"Bank of Kanada", "Pelmar"}


def test_goods_being_bought_is_no_deal() -> None:
    text = "Wenn die Kunden gut verdienen, kaufen sie mehr Produkte, sagte Anna Verholt."
    assert extract(_item(text, "de")) == []


def test_organisation_the_article_keeps_naming_joins_the_deal() -> None:
    text = (
        "Der Konzern Halbrook übernimmt die Firma Sentwick, wie die Banken der Pellmark AG mitteilten.\n"
        "Die Pellmark AG berät Halbrook seit Jahren."
    )
    records = records_of(text, "de")
    names = {p.name for p in records[0].parties}
    assert {"Halbrook", "Sentwick"} <= names and "Pellmark AG" in names


def test_german_she_sold_refers_to_the_article_party() -> None:
    text = (
        "Die Stadt Linzbach prüft ihre Immobilien. Die Stadt Linzbach besitzt zwölf Gebäude am Hafen. "
        "Sie verkaufte drei Gebäude an die Tarvel GmbH."
    )
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Stadt Linzbach") is PartyRole.SELLER and roles.get("Tarvel GmbH") is PartyRole.BUYER
    assert records[0].quantity is not None and (records[0].quantity.value, records[0].quantity.unit) == (Decimal("3"), "building")


def test_german_compound_names_the_target() -> None:
    text = "Die Quellbank AG ist seit der Morvia-Übernahme ein großer Immobilienfinanzierer."
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Morvia") is PartyRole.TARGET and roles.get("Quellbank AG") is PartyRole.BUYER


def test_german_generic_company_noun_refers_to_the_company_named_before() -> None:
    text = (
        "Die Quenborg Bank hat ihre Zahlen vorgelegt. Quenborg-Chef Adam Fiel zeigte sich zufrieden. "
        "Das Geldhaus hatte im Vorjahr die Privatbank Lüttwerk übernommen."
    )
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Quenborg Bank") is PartyRole.BUYER
    assert "Adam Fiel" not in roles


def test_german_two_companies_bought_are_two_deals() -> None:
    text = "Der Medienkonzern Harvo hat 40 Sender. Im Vorjahr übernahm Harvo auch Velmar Polen und Velmar Ungarn."
    records = records_of(text, "de")
    pairs = {tuple(p.name for p in r.parties) for r in records}
    assert ("Harvo", "Velmar Polen") in pairs and ("Harvo", "Velmar Ungarn") in pairs
    assert {r.country for r in records} == {"PL", "HU"}


def test_german_second_name_of_a_partner_is_no_party() -> None:
    text = "Die Brakon AG beendete die Zusammenarbeit mit Ivo Brenn, auch bekannt als Ibo, wegen Aussagen des Sängers."
    records = records_of(text, "de")
    assert [p.name for p in records[0].parties] == ["Brakon AG", "Ivo Brenn"]


def test_german_loan_from_an_unnamed_bank_consortium() -> None:
    text = (
        "Der Baukonzern Dellmoor bekommt von einem Konsortium heimischer Banken einen Milliardenkredit. "
        "Die Kredithilfen belaufen sich auf bis zu 4 Milliarden Euro."
    )
    records = records_of(text, "de")
    record = records[0]
    assert record.deal_type is DealType.OTHER
    assert {p.name: p.role for p in record.parties} == {"Dellmoor": PartyRole.TARGET, "Konsortium heimischer Banken": PartyRole.INVESTOR}
    assert record.amount is not None and record.amount.upper == Decimal("4000000000")


def test_german_buyer_sought_for_a_building_is_a_sale_of_it() -> None:
    text = (
        "Die Velbrook Bank sucht Käufer für die drei Lagerhallen an ihrem Bremer Standort. "
        "Im Herbst sucht das Geldhaus nach einem Käufer für die drei Hallen."
    )
    records = records_of(text, "de")
    (record,) = records
    assert record.deal_type is DealType.DIVESTITURE
    assert [(p.name, p.role) for p in record.parties] == [("Velbrook Bank", PartyRole.SELLER), ("Lagerhallen", PartyRole.TARGET)]


def test_german_genitive_attribute_is_not_the_subject_and_a_delivered_view_is_no_supply() -> None:
    text = (
        "Der Einspruch des Anbieters Quarnet gegen den Auftrag für Belvo Systems sorgt für Streit. "
        "Der Chip Orlix liefert eine Ansicht von Uhrzeit und Wetter."
    )
    records = records_of(text, "de")
    assert all("Uhrzeit" not in {p.name for p in r.parties} for r in records)
    assert all(p.name != "Quarnet" or p.role is not PartyRole.SUPPLIER for r in records for p in r.parties)


def test_german_brand_after_article_and_state_aid_without_named_lender() -> None:
    text = (
        "Die Harlgroup will frisches Kapital beschaffen. Ein Harlgroup-Sprecher schwieg. "
        "Und auch die Harlgroup plant, die Staatshilfe zurückzuzahlen."
    )
    records = records_of(text, "de")
    parties = {(p.name, p.role, p.kind) for p in records[0].parties}
    assert ("Harlgroup", PartyRole.TARGET, PartyKind.COMPANY) in parties
    assert ("Staat", PartyRole.INVESTOR, PartyKind.GOVERNMENT) in parties


def test_german_description_with_country_prefix_is_not_part_of_the_name() -> None:
    text = "Der Handelskonzern Brivel hat die Übernahme des US-Softwareherstellers Quandro abgeschlossen."
    records = records_of(text, "de")
    assert {p.name for p in records[0].parties} == {"Brivel", "Quandro"}


def test_german_on_behalf_of_is_no_contract() -> None:
    text = "Die Studie errechnete der Forscher Olm Trask im Auftrag der Landesregierung Nordbrandt."
    item = _item(text, "de")
    assert extract(item) == []


def test_german_stake_taken_in_the_company_after_bei_or_an() -> None:
    assert _de_parties("Der Autobauer Velkor steigt beim Batteriehersteller Norvia ein.") == {
        ("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)
    }
    assert ("Norvia", PartyRole.TARGET) in _de_parties("Der Bund steigt mit 25 Prozent bei Norvia ein.")
    assert ("Norvia", PartyRole.TARGET) in _de_parties("Velkor beteiligt sich mit 20 Prozent an Norvia.")


def test_german_order_placed_with_a_maker_inside_the_verb_frame() -> None:
    assert _de_parties("Velkor hat bei Norvia 50 Züge bestellt.") == {("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)}


def test_german_granter_lends_to_the_name_after_the_verb() -> None:
    assert _de_parties("Die Staatsbank Tarvo gewährt Velkor einen Kredit über 1 Mrd. Euro.") == {
        ("Tarvo", PartyRole.INVESTOR), ("Velkor", PartyRole.TARGET)
    }


def test_german_genitive_name_before_the_deal_noun_buys() -> None:
    assert _de_parties("Velkors Übernahme von Norvia kostet 3 Mrd. Euro.") == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_german_agent_before_the_participle_buys() -> None:
    assert _de_parties("Norvia wird von Velkor übernommen.") == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}


def test_german_price_before_the_object_and_seller_after_von() -> None:
    assert _de_parties("Velkor übernimmt für 1,2 Milliarden Euro den Rivalen Norvia.") == {
        ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)
    }
    assert ("Quadra", PartyRole.SELLER) in _de_parties("Velkor kauft Norvia von Quadra für 300 Millionen Euro.")


def test_german_bid_for_a_company_and_a_raised_stake() -> None:
    assert _de_parties("Velkor bietet für Norvia bis zu 4 Milliarden Euro.") == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert ("Norvia", PartyRole.TARGET) in _de_parties("Velkor stockt seine Beteiligung an Norvia auf 30 Prozent auf.")
    assert ("Velkor", PartyRole.BUYER) in _de_parties("Der Quadra-Konkurrent Velkor übernimmt Norvia.")


def test_german_sale_inside_the_verb_frame_and_contract_from_a_genitive() -> None:
    assert _de_parties("Velkor will sich von seiner Tochter Norvia trennen.") == {("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}
    assert _de_parties("Velkor erhält einen Milliardenauftrag der Tarvo AG.") == {("Velkor", PartyRole.SUPPLIER), ("Tarvo AG", PartyRole.CUSTOMER)}
    assert _de_parties("Velkor hatte bereits 2019 den Rivalen Norvia geschluckt.") == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert _de_parties("Velkor und Norvia gründen ein Joint Venture in China.") == {("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)}


def test_german_acquisition_noun_and_people_are_not_the_articles_company() -> None:
    text = (
        "Velkor-Chef Ado Brenner spricht über Wachstum. Brenner: Wir wachsen Schritt für Schritt. "
        "Brenner: In Afrika kam die Akquisition von Norvia gut an. Brenner: Velkor bleibt Velkor."
    )
    records = records_of(text, "de")
    names = {p.name for r in records for p in r.parties}
    assert "Norvia" in names and "Brenner" not in names and "Schritt" not in names


def test_german_taking_on_a_duty_is_no_takeover_and_state_aid_goes_to_the_named_company() -> None:
    assert _de_parties("Velkor übernimmt ab Mai die Verantwortung für die Strategie.") == set()
    assert _de_parties("Der Bund will die Kosten für Norvia übernehmen.") == set()
    assert _de_parties("Der Fall ähnelt der Staatshilfe für die Norvia im Jahr 2009.") == {("Norvia", PartyRole.TARGET), ("Staat", PartyRole.INVESTOR)}


def test_german_capital_or_dateline_places_a_deal_without_a_country_name() -> None:
    text = "Wien/Prag – Die Stadt sucht Partner. Velkor übernimmt Norvia. Velkor und Norvia schwiegen dazu."
    records = records_of(text, "de")
    assert records and records[0].country == "CZ"


def test_german_vague_sums_and_a_later_precise_price() -> None:
    text = "Velkor übernimmt Norvia für einen dreistelligen Millionenbetrag. Norvia setzte zuletzt 50 Millionen Euro um."
    records = records_of(text, "de")
    assert records[0].amount is not None and records[0].amount.lower == Decimal("100000000")
    text = "Velkor übernimmt Norvia in einem milliardenschweren Deal. Der Kaufpreis liegt bei 1,2 Milliarden Euro."
    records = records_of(text, "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("1200000000")


def test_german_government_aid_and_working_together() -> None:
    assert _de_parties("Die Bundesregierung stützt Velkor mit einer Milliardenhilfe.") == {
        ("Velkor", PartyRole.TARGET), ("Bundesregierung", PartyRole.INVESTOR)
    }
    assert _de_parties("Velkor arbeitet künftig mit Norvia zusammen.") == {("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)}


def test_german_sentence_opening_name_before_a_deal_verb() -> None:
    item = _item("Velkor übernimmt die Norvia AG.", "de")
    records = extract(item)
    _check(item, records)
    assert [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)]
    item = _item("Wer übernimmt die Norvia AG?", "de")
    assert all(p.name != "Wer" for r in extract(item) for p in r.parties)


def test_german_each_bank_repaying_aid_is_its_own_deal() -> None:
    text = "Im Mai hatten bereits Velkor Bank, Norvia Capital und Quadra Invest ihre Hilfen zurückgezahlt."
    records = records_of(text, "de")
    assert {tuple(p.name for p in r.parties) for r in records} == {("Velkor Bank",), ("Norvia Capital",), ("Quadra Invest",)}
    assert all(r.deal_type is DealType.OTHER for r in records)


def test_german_name_opening_a_sentence_before_its_origin() -> None:
    assert ("Velkor", PartyRole.BUYER) in _de_parties("Velkor aus Italien kauft Norvia.")


def test_german_agreement_between_two_named_parties_is_a_partnership() -> None:
    text = "Der Vertrag zwischen der Lorkin AG und der Stadtwerke Halvern GmbH läuft bis 2030."
    records = records_of(text, "de")
    assert records[0].deal_type is DealType.PARTNERSHIP
    assert len(records[0].parties) >= 2


def test_shares_name_their_issuer() -> None:
    text = "Der Unternehmer Gerold Pannwitz verkaufte Brakel-Aktien im Wert von zwei Milliarden Euro."
    records = records_of(text, "de")
    names = [p.name for p in records[0].parties]
    assert "Brakel" in names and "Brakel-Aktien" not in names


def test_german_perfect_sale_keeps_object_and_buyer_apart() -> None:
    text = "Der Investor Gerold Pannwitz hat Brakel-Aktien an die Fondsgesellschaft Orbis verkauft."
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles == {"Gerold Pannwitz": PartyRole.SELLER, "Brakel": PartyRole.TARGET, "Orbis": PartyRole.BUYER}


def test_german_perfect_purchase_from_a_seller() -> None:
    text = "Die Velmar AG hat die Sparte Kortex von der Holding Ambrel gekauft."
    records = records_of(text, "de")
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
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Plentel") is PartyRole.TARGET and PartyRole.BUYER in roles.values()
    assert roles.get("Plentel") is not PartyRole.BUYER


def test_german_particle_ab_is_no_legal_suffix() -> None:
    text = "Die Brenner AG übernimmt die Kalmo GmbH. Das Angebot lehnte der Gründer Tobias Renk ab."
    records = records_of(text, "de")
    assert all(not p.name.endswith(" ab") for r in records for p in r.parties)


def test_sales_volume_that_rises_is_no_sale() -> None:
    item = _item("Der Verkauf von Gartenmöbeln der Marke Sonnhag sank im dritten Quartal deutlich.", "de")
    assert extract(item) == []


def test_german_infinitive_with_a_lone_name_is_no_purchase() -> None:
    text = "Die Ärztin Karin Wolfsegg verlangt, dass die Praxen zusätzliche Aufgaben übernehmen."
    assert extract(_item(text, "de")) == []


def test_revenue_figure_is_not_the_deal_amount() -> None:
    text = "Die Velmar AG übernimmt die Netzfirma Plentel. Der Umsatz der Velmar AG erreicht danach 2,4 Mrd. Euro."
    records = records_of(text, "de")
    assert records and records[0].amount is None


def test_taking_on_a_compound_duty_is_no_takeover() -> None:
    text = "Den Beiratsvorsitz übernimmt Karl Velkor ab Juli, meldete die Norvia AG."
    assert extract(_item(text, "de")) == []
    text = "Die Stellvertreterin hat im Herbst die Amtsgeschäfte übernommen, meldete die Astrel AG."
    assert extract(_item(text, "de")) == []


def test_the_channel_that_reports_a_purchase_is_no_party() -> None:
    text = "Korvan Astel erzählte im Nachrichtensender Velkor, seine Firma Corlane habe die Norvia AG gekauft."
    records = records_of(text, "de")
    assert all(p.name != "Velkor" for r in records for p in r.parties)


def test_speaker_after_a_quote_is_no_seller() -> None:
    text = "Die Velkor AG wächst. \"Im Frühjahr hat die Velkor AG noch zugekauft\", meint Branchenexperte Astel. Astel irrt selten, Astel."
    records = records_of(text, "de")
    assert all(p.name != "Astel" for r in records for p in r.parties)


def test_device_sold_in_variants_is_goods() -> None:
    assert extract(_item("Die Velkor AG verkauft die Uhr Norvia 3 in vier Farben.", "de")) == []


def test_adopting_files_or_drivers_is_no_takeover() -> None:
    assert extract(_item("Nutzer können ihre Dateien von Velkor und Videos von Norvia übernehmen.", "de")) == []
    assert extract(_item("So kann Velkor die Grafiktreiber von Norvia einfach übernehmen.", "de")) == []


def test_relative_pronoun_subject_buys() -> None:
    text = "Seit Jahren klagt Velkor gegen den Anbieter Norvia, der im Mai den Zulieferer Corlane gekauft hat."
    records = records_of(text, "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Norvia") is PartyRole.BUYER and roles.get("Corlane") is PartyRole.TARGET
    assert roles.get("Velkor") is not PartyRole.BUYER


def test_german_takeover_noun_with_its_agent_after_durch() -> None:
    assert _de_parties("Seit der Übernahme durch Velkor wächst Norvia schneller.") == {
        ("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)
    }
    assert ("Velkor", PartyRole.BUYER) in _de_parties("Norvia wächst seit der Übernahme durch Velkor schneller.")


def test_german_investing_into_a_named_company_after_ins() -> None:
    records = records_of("Der Investor Velkor investiert kräftig ins Softwarehaus Norvia.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_german_infinitive_sale_to_a_named_buyer_is_planned() -> None:
    text = "Die Dastrel AG wollte ihr Werk in Kiel im Frühjahr an den Rivalen Norvia verkaufen. Norvia schwieg."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE and records[0].status is DealStatus.EXPECTED
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Dastrel AG") is PartyRole.SELLER and roles.get("Norvia") is PartyRole.BUYER


def test_german_infinitive_selling_goods_or_services_is_no_sale() -> None:
    assert extract(_item("Künftig will die Velkor AG auch Anzeigen für die Norvia AG verkaufen.", "de")) == []


def test_german_name_after_a_describing_noun_is_found_once() -> None:
    from pipeline.extract.names import find_names

    names = [n.text for n in find_names("Die Firma verhandelt mit dem schwedischen Wettbewerber Quarnel.", "de")]
    assert "Quarnel" in names


def test_german_stake_secured_in_a_named_company() -> None:
    text = "Der Provider Velkor hat sich einen Anteil von 20 Prozent an dem Netzbetreiber Norvia gesichert."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Velkor") is PartyRole.INVESTOR and roles.get("Norvia") is PartyRole.TARGET


def test_german_parting_with_a_stake_after_an_adverb() -> None:
    records = records_of("Velkor will sich offenbar von einem großen Anteil am Ölkonzern Norvia trennen.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_german_contract_signed_with_a_named_party_before_the_participle() -> None:
    text = "Die Musikerin Lina Voss hat einen Plattenvertrag mit dem Musikverlag Norvia unterzeichnet."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.PARTNERSHIP
    assert {p.name for p in records[0].parties} == {"Lina Voss", "Norvia"}
    text = "Schon 2019 hatte der Konzern Velkor mit Dastrel einen Vertrag über fünf Jahre unterschrieben."
    records = records_of(text, "de")
    assert records and {p.name for p in records[0].parties} >= {"Velkor", "Dastrel"}


def test_german_aid_package_for_a_named_country_needs_no_named_lender() -> None:
    records = records_of("Die Gespräche über ein neues Hilfspaket für Lorvanien laufen seit Montag.", "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert [(p.name, p.role) for p in records[0].parties] == [("Lorvanien", PartyRole.TARGET)]
    assert extract(_item("Die Gespräche über ein neues Hilfspaket laufen seit Montag in Lorvanien.", "de")) == []


def test_german_becoming_a_large_shareholder_is_an_investment() -> None:
    text = "Seine Beteiligungsfirma Velkor ist damit zum größten Aktionär von Norvia aufgestiegen."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {p.name: p.role for p in records[0].parties} == {"Velkor": PartyRole.INVESTOR, "Norvia": PartyRole.TARGET}


def test_german_companies_joining_together_merge() -> None:
    records = records_of("Die Brauereien Velkor und Norvia schließen sich zu einem neuen Konzern zusammen.", "de")
    assert records and records[0].deal_type is DealType.MERGER
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_german_named_company_planning_to_take_over_a_business() -> None:
    records = records_of("Der Finanzinvestor Velkor will die Filialen übernehmen, die Gespräche laufen.", "de")
    assert records and records[0].deal_type is DealType.ACQUISITION
    # the branches bought are named by a common noun: they are the target (``roles.de.assets``)
    assert [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.BUYER), ("Filialen", PartyRole.TARGET)]


def test_german_priced_order_without_a_named_maker() -> None:
    records = records_of("Die Airline Norvia bestellte am Montag 30 Maschinen für rund 9 Mrd. Euro.", "de")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert [(p.name, p.role) for p in records[0].parties] == [("Norvia", PartyRole.CUSTOMER)]
    assert extract(_item("Die Airline Norvia bestellte am Montag neue Uniformen.", "de")) == []


def test_german_country_prefix_of_the_targets_description_and_talks_reported_by_insiders() -> None:
    text = "Insidern zufolge ist der Hersteller Velkor in weit gediehenen Verhandlungen über den Kauf des US-Chipherstellers Norvia."
    records = records_of(text, "de")
    assert records and records[0].country == "US"
    assert records[0].status is DealStatus.RUMORED


def test_german_package_for_a_country_is_given_by_the_subjects() -> None:
    records = records_of("Lorvanien und die Norvia AG haben ein neues Energiepaket für die Ukraine geschnürt.", "de")
    assert records and records[0].deal_type is DealType.OTHER and records[0].country == "UA"
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Ukraine") is PartyRole.TARGET and roles.get("Norvia AG") is PartyRole.INVESTOR


def test_german_country_that_receives_a_loan_is_its_target() -> None:
    records = records_of("Nach der Einigung erhält Kiew einen 200-Millionen-Euro-Kredit für den Winter.", "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert [(p.name, p.role) for p in records[0].parties] == [("Kiew", PartyRole.TARGET)]


def test_german_investment_noun_in_a_named_company_by_the_articles_investor() -> None:
    text = (
        "Der Investor Velkor Holding gilt als vorsichtig. Velkor Holding meidet Technologie. "
        "Daher überraschte seine Investition von drei Milliarden in Norvia. Der Kurs von Norvia stieg."
    )
    records = records_of(text, "de")
    roles = {(p.name, p.role) for r in records for p in r.parties if r.deal_type is DealType.INVESTMENT}
    assert ("Velkor Holding", PartyRole.INVESTOR) in roles and ("Norvia", PartyRole.TARGET) in roles
    assert extract(_item("Die Investition in neue Maschinen stützte den Umsatz.", "de")) == []


def test_german_company_named_once_after_investing_in() -> None:
    records = records_of("Der Staatsfonds Velkor Capital investiert nun kräftig in Norvia.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_german_nouns_in_sion_are_no_names() -> None:
    from pipeline.extract.names import find_names

    text = "Expansion ist das Ziel von Velkor. Velkor plant Expansion in Asien."
    assert "Expansion" not in [n.text for n in find_names(text, "de")]


def test_german_sale_noun_with_its_buyer_after_an() -> None:
    records = records_of("Die Velkor AG hat den Verkauf an die Norvia AG abgeschlossen.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert {p.name: p.role for p in records[0].parties} == {"Velkor AG": PartyRole.SELLER, "Norvia AG": PartyRole.BUYER}


def test_german_supply_contracts_awarded_hired_and_drawn_from() -> None:
    def roles(text: str) -> set[tuple[str, PartyRole]]:
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
        return {(p.name, p.role) for p in records[0].parties}

    customer, supplier = ("Norvia AG", PartyRole.CUSTOMER), ("Velkor GmbH", PartyRole.SUPPLIER)
    assert roles("Die Norvia AG vergab den Auftrag an die Velkor GmbH.") == {customer, supplier}
    assert roles("Die Norvia AG hat die Velkor GmbH mit dem Bau von 30 Zügen beauftragt.") == {customer, supplier}
    assert roles("Die Norvia AG bezieht künftig Chips von der Velkor GmbH.") == {customer, supplier}
    assert roles("Die Velkor GmbH soll der Norvia AG bis 2027 insgesamt 30 Züge liefern.") == {customer, supplier}
    assert roles("Die Velkor GmbH beliefert die Norvia AG mit Chips.") == {customer, supplier}
    assert roles("Die Velkor GmbH erhielt von der Norvia AG den Zuschlag für den Bau des Tunnels.") == {customer, supplier}


def test_german_utility_supplying_its_customers_is_no_contract() -> None:
    text = "Die Velkor Energie beliefert im Großraum Linz etwa 4.500 Anlagen mit Strom und Gas."
    assert extract(_item(text, "de")) == []


def test_german_partnerships_and_joint_ventures_in_other_words() -> None:
    def kinds(text: str) -> tuple[DealType, set[str]]:
        records = records_of(text, "de")
        assert records
        return records[0].deal_type, {p.name for p in records[0].parties}

    both = {"Velkor GmbH", "Norvia AG"}
    assert kinds("Die Velkor GmbH und die Norvia AG gründen ein gemeinsames Unternehmen in Polen.") == (DealType.JOINT_VENTURE, both)
    assert kinds("Die Velkor GmbH spannt bei Batterien mit der Norvia AG zusammen.") == (DealType.PARTNERSHIP, both)
    assert kinds("Die Velkor GmbH verbündet sich mit der Norvia AG.") == (DealType.PARTNERSHIP, both)
    assert kinds("Die Velkor GmbH hat sich mit der Norvia AG auf eine Zusammenarbeit geeinigt.") == (DealType.PARTNERSHIP, both)


def test_german_money_from_investors_and_a_round_led_by_a_named_investor() -> None:
    records = records_of("Das Start-up Velkor erhält 20 Mio. Franken von Investoren um die Norvia AG.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT  # a round with a named backer: its investment
    assert ("Velkor", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}
    records = records_of("Die Norvia AG führt eine Finanzierungsrunde bei der Velkor GmbH an.", "de")
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor GmbH", PartyRole.TARGET), ("Norvia AG", PartyRole.INVESTOR)}


def test_german_government_rescuing_a_company_pays_for_it() -> None:
    records = records_of("Die Bundesregierung rettet die Velkor GmbH mit zwei Mrd. Franken.", "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert {(p.name, p.role) for p in records[0].parties} == {("Bundesregierung", PartyRole.INVESTOR), ("Velkor GmbH", PartyRole.TARGET)}


def test_german_separable_and_passive_sales_and_offers() -> None:
    def roles(text: str) -> set[tuple[str, PartyRole]]:
        records = records_of(text, "de")
        assert records
        return {(p.name, p.role) for p in records[0].parties}

    seller, sold, buyer = ("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel AG", PartyRole.BUYER)
    assert roles("Die Velkor AG hat ihre Tochter Norvia an die Dastrel AG abgegeben.") == {seller, sold, buyer}
    assert roles("Die Velkor AG stößt ihre Tochter Norvia ab.") == {seller, sold}
    assert roles("Die Velkor AG spaltet ihre Tochter Norvia ab.") == {seller, sold}
    assert roles("Die Norvia AG wird an die Dastrel AG verkauft.") == {("Norvia AG", PartyRole.TARGET), buyer}
    assert roles("Die Dastrel AG will die Norvia AG schlucken.") == {("Dastrel AG", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}
    assert roles("Die Dastrel AG legt ein Angebot für die Norvia AG vor.") == {("Dastrel AG", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}
    assert extract(_item("Der Minister gab am Montag eine Erklärung ab.", "de")) == []


def test_german_seller_named_before_the_object_or_in_a_compound() -> None:
    def roles(text: str) -> set[tuple[str, PartyRole]]:
        records = records_of(text, "de")
        assert records
        return {(p.name, p.role) for p in records[0].parties}

    assert roles("Die Velkor AG übernimmt von der Dastrel AG die Norvia GmbH.") == {
        ("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET), ("Dastrel AG", PartyRole.SELLER)
    }
    assert ("Dastrel", PartyRole.SELLER) in roles("Die Velkor AG übernimmt die Dastrel-Tochter Norvia.")


def test_german_dateline_of_a_large_city_places_the_deal() -> None:
    records = records_of("Graz – Die Velkor AG übernimmt die Norvia GmbH. Beide Firmen schwiegen dazu.", "de")
    assert records and records[0].country == "AT"


def test_german_state_aid_guarantees_and_grants() -> None:
    def roles(text: str) -> set[tuple[str, PartyRole]]:
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.OTHER
        return {(p.name, p.role) for p in records[0].parties}

    helped = ("Velkor AG", PartyRole.TARGET)
    assert roles("Die Kommission genehmigt Beihilfen für die Velkor AG.") == {helped}
    assert roles("Das Land Tirol gewährt der Velkor AG eine Bürgschaft über 50 Mio. Franken.") == {helped, ("Land Tirol", PartyRole.INVESTOR)}
    assert roles("Die Velkor AG hat beim Bund Staatshilfen beantragt.") == {helped, ("Bund", PartyRole.INVESTOR)}
    assert roles("Der Bund zahlt der Velkor AG einen Zuschuss von 30 Mio. Franken.") == {helped, ("Bund", PartyRole.INVESTOR)}
    assert extract(_item("Für die Schulen hätte die Gemeinde gerne mehr Zuschüsse.", "de")) == []


def test_german_company_named_once_with_its_article_after_a_deal_word() -> None:
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Zuletzt verkaufte sie ihre Anteile an die Norvolt.", "de")] == ["Norvolt"]
    assert [n.text for n in find_names("Damals rettete der Bund die Quellbank.", "de")] == ["Quellbank"]
    assert find_names("Zuletzt brachte der Verkauf an die Stadt Geld für die Umwelt.", "de") == []
    assert find_names("Die Firma hält Anteile an den Casinos.", "de") == []
    records = records_of("Die Velkor AG verkaufte ihre Anteile an die Norvolt.", "de")
    assert ("Norvolt", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}


def test_german_vague_sum_in_an_article_without_a_currency_is_in_euros() -> None:
    records = records_of("Die Velkor AG übernimmt die Norvia GmbH für einen zweistelligen Millionenbetrag.", "de")
    assert records and records[0].amount is not None
    assert (records[0].amount.currency, records[0].amount.lower) == ("EUR", Decimal("10000000"))


def test_german_short_title_before_a_person_is_no_part_of_the_name() -> None:
    text = "Vor Jahren hatte der britische Sänger Ivo Brenn mit der Norvia AG einen Vertrag über fünf Alben unterzeichnet."
    records = records_of(text, "de")
    assert records and {p.name for p in records[0].parties} == {"Ivo Brenn", "Norvia AG"}


def test_german_stakes_raised_and_reduced() -> None:
    def first(text: str) -> tuple[DealType, set[tuple[str, PartyRole]]]:
        records = records_of(text, "de")
        assert records
        return records[0].deal_type, {(p.name, p.role) for p in records[0].parties}

    held = ("Norvia AG", PartyRole.TARGET)
    assert first("Die Velkor AG erhöht ihren Anteil an der Norvia AG auf 30 Prozent.") == (DealType.INVESTMENT, {("Velkor AG", PartyRole.INVESTOR), held})
    assert first("Die Velkor AG stockt bei der Norvia AG auf.") == (DealType.INVESTMENT, {("Velkor AG", PartyRole.INVESTOR), held})
    assert first("Die Velkor AG reduziert ihre Beteiligung an der Norvia AG.") == (DealType.DIVESTITURE, {("Velkor AG", PartyRole.SELLER), held})
    text = "Zuletzt hat die Velkor AG ihre Beteiligung an der Norvia AG auf einen kleinen Rest von unter zwei Prozent verringert."
    assert first(text) == (DealType.DIVESTITURE, {("Velkor AG", PartyRole.SELLER), held})
    assert first("Die Velkor AG hat sich weitgehend von ihrer Beteiligung an der Norvia AG getrennt.")[0] is DealType.DIVESTITURE


def test_german_stake_with_the_participle_last() -> None:
    assert _de_parties("Die Velkor AG hat sich mit zwölf Prozent an der Norvia GmbH beteiligt.") == {
        ("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET),
    }
    # the subject after the reflexive pronoun when an adverb opens the sentence
    assert _de_parties("Im Frühjahr hatte sich Velkor überraschend mit einem Viertel an Norvia beteiligt.") == {
        ("Velkor", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET),
    }
    # taking part in a procedure is no stake
    assert records_of("Jeder kann sehen, wer sich an dem Verfahren beteiligt. Velkor schweigt.", "de") == []


def test_german_investment_with_the_participle_last() -> None:
    records = records_of("Der Händler Velkor hat seit 2019 rund 40 Mio. Dollar in die Norvia AG investiert.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.INVESTOR), ("Norvia AG", PartyRole.TARGET)}
    assert records[0].amount is not None and records[0].amount.value == Decimal("40000000")


def test_german_order_and_separable_sale() -> None:
    assert _de_parties("Die Fluggesellschaft Velkor ordert 30 Flugzeuge bei Norvia.") == {
        ("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER),
    }
    assert _de_parties("Die Velkor AG gibt ihre Tochter Dastrel an die Norvia AG ab.") >= {
        ("Velkor AG", PartyRole.SELLER), ("Norvia AG", PartyRole.BUYER),
    }
    assert records_of("Die Velkor AG gibt ihre Prognose an die Aktionäre ab.", "de") == []


def test_german_passive_commission_swaps_the_roles() -> None:
    assert _de_parties("Die Norvia AG wurde von der Velkor GmbH mit dem Bau einer Brücke beauftragt.") == {
        ("Velkor GmbH", PartyRole.CUSTOMER), ("Norvia AG", PartyRole.SUPPLIER),
    }


def test_german_supply_contracts_in_other_words() -> None:
    def first(text: str) -> tuple[DealType, set[tuple[str, PartyRole]]]:
        item = _item(text + " Dazu schwiegen Velkor, Norvia, Tarvo und Quadra.", "de")
        records = extract(item)
        _check(item, records)
        assert records
        return records[0].deal_type, {(p.name, p.role) for p in records[0].parties}

    supplied = {("Velkor GmbH", PartyRole.CUSTOMER), ("Norvia AG", PartyRole.SUPPLIER)}
    assert first("Die Norvia AG liefert der Velkor GmbH 200 Busse.") == (DealType.SUPPLY_CONTRACT, supplied)
    assert first("Die Norvia AG soll 40 Züge an die Velkor GmbH liefern.") == (DealType.SUPPLY_CONTRACT, supplied)
    assert first("Die Velkor GmbH hat bei der Norvia AG 40 Züge in Auftrag gegeben.") == (DealType.SUPPLY_CONTRACT, supplied)
    # goods bought from a maker: no company is taken over
    assert first("Die Velkor GmbH kauft bei der Norvia AG 30 Flugzeuge.") == (DealType.SUPPLY_CONTRACT, supplied)
    # an agreement to deliver is a supply contract, not a partnership
    assert first("Die Velkor GmbH hat mit der Norvia AG einen Liefervertrag über fünf Jahre geschlossen.")[0] is DealType.SUPPLY_CONTRACT


def test_german_agreements_and_working_together() -> None:
    both = {("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)}
    assert _de_parties("Der Hersteller Velkor schließt einen Rahmenvertrag mit Norvia.") == both
    assert _de_parties("Der Hersteller Velkor hat eine Absichtserklärung mit Norvia unterzeichnet.") == both
    assert _de_parties("Die Hersteller Velkor und Norvia wollen künftig bei der Entwicklung neuer Akkus zusammenarbeiten.") == both
    # a pay agreement with a union is no deal between companies
    assert _de_parties("Der Hersteller Velkor hat einen Tarifvertrag mit Norvia geschlossen.") == set()


def test_german_aid_paid_by_the_subject() -> None:
    records = records_of("Das Land Dastrel stützt die Norvia GmbH mit 1,5 Milliarden Franken.", "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert {(p.name, p.role) for p in records[0].parties} == {("Land Dastrel", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}
    assert records[0].amount is not None and (records[0].amount.value, records[0].amount.currency) == (Decimal("1500000000"), "CHF")


def test_german_passive_sale_names_the_buyer_before_the_participle() -> None:
    assert _de_parties("Die Werft wurde geschlossen. Norvia wurde im Frühjahr an Velkor verkauft.") == {
        ("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER),
    }


def test_german_state_that_deals_gives_the_country_over_the_dateline() -> None:
    records = records_of("Singapur – Norwegen will sich von der Velkor AG trennen.", "de")
    assert records and records[0].country == "NO"


def test_german_stake_sale_names_the_company_held_and_the_buyer() -> None:
    held = ("Velkor AG", PartyRole.TARGET)
    for text in (
        "Die Dastrel Holding verkauft ihre Beteiligung an der Velkor AG an den Finanzinvestor Norvia.",
        "Die Dastrel Holding hat ihre Anteile an der Velkor AG an den Finanzinvestor Norvia verkauft.",
    ):
        records = records_of(text, "de")
        assert len(records) == 1 and records[0].deal_type is DealType.DIVESTITURE
        assert {(p.name, p.role) for p in records[0].parties} == {("Dastrel Holding", PartyRole.SELLER), held, ("Norvia", PartyRole.BUYER)}


def test_german_stake_before_a_final_sale_verb_is_what_is_sold() -> None:
    records = records_of("Singapur – Norwegen will seine Beteiligung an der Velkor AG abstoßen.", "de")
    assert len(records) == 1 and records[0].deal_type is DealType.DIVESTITURE
    assert {(p.name, p.role) for p in records[0].parties} == {("Norwegen", PartyRole.SELLER), ("Velkor AG", PartyRole.TARGET)}


def _first_deal(text: str) -> tuple[DealType, set[tuple[str, PartyRole]]]:
    records = records_of(text, "de")
    assert records, text
    return records[0].deal_type, {(p.name, p.role) for p in records[0].parties}


def test_german_exits_and_sales_in_other_words() -> None:
    sold = {("Velkor AG", PartyRole.SELLER), ("Norvia GmbH", PartyRole.TARGET)}
    assert _first_deal("Die Velkor AG steigt bei der Norvia GmbH aus.") == (DealType.DIVESTITURE, sold)
    assert _first_deal("Die Velkor AG hat einen Käufer für die Norvia GmbH gefunden.") == (DealType.DIVESTITURE, sold)
    assert _first_deal("Die Norvia GmbH steht zum Verkauf, teilte die Velkor AG mit.") == (DealType.DIVESTITURE, sold)
    # leaving a market or a contract is no exit from a named company
    assert records_of("Die Velkor AG steigt aus dem Kohlegeschäft aus.", "de") == []


def test_german_supply_by_equipping_building_and_counted_goods() -> None:
    supplied = {("Velkor AG", PartyRole.SUPPLIER), ("Norvia GmbH", PartyRole.CUSTOMER)}
    assert _first_deal("Die Velkor AG stattet die Norvia GmbH mit neuen Zügen aus.") == (DealType.SUPPLY_CONTRACT, supplied)
    assert _first_deal("Die Velkor AG soll die Norvia GmbH künftig mit Gas versorgen.") == (DealType.SUPPLY_CONTRACT, supplied)
    # a structure built for a named party is an infrastructure project that party pays for (FORMAT.md; French reads
    # "construira pour Norvia une usine" the same way)
    assert _first_deal("Die Velkor AG baut für die Norvia GmbH ein neues Werk.") == (DealType.INFRASTRUCTURE, supplied)
    ordered = {("Norvia GmbH", PartyRole.CUSTOMER), ("Velkor AG", PartyRole.SUPPLIER)}
    assert _first_deal("Die Norvia GmbH kauft 30 Flugzeuge von der Velkor AG.") == (DealType.SUPPLY_CONTRACT, ordered)
    # a share of a company is still a purchase of the company
    assert _first_deal("Die Norvia GmbH kauft 30 Prozent der Velkor AG.")[0] is DealType.ACQUISITION


def test_german_loans_guarantees_and_money_put_in() -> None:
    lent = {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}
    assert _first_deal("Die Velkor AG leiht der Norvia GmbH 50 Millionen Franken.") == (DealType.OTHER, lent)
    assert _first_deal("Die Velkor AG übernimmt eine Garantie für die Norvia GmbH.") == (DealType.OTHER, lent)
    assert _first_deal("Die Norvia GmbH erhält einen Überbrückungskredit der Velkor AG.") == (DealType.OTHER, lent)
    invested = {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}
    assert _first_deal("Die Velkor AG steckt 50 Millionen Franken in die Norvia GmbH.") == (DealType.INVESTMENT, invested)


def test_german_plural_subject_works_together() -> None:
    assert _first_deal("Die Velkor AG und die Norvia GmbH arbeiten künftig zusammen.") == (
        DealType.PARTNERSHIP, {("Velkor AG", PartyRole.PARTNER), ("Norvia GmbH", PartyRole.PARTNER)},
    )


def test_german_short_business_noun_before_a_name_is_no_part_of_it() -> None:
    from pipeline.extract.names import find_names

    text = "Die Velkor AG hat die Modekette Norvia und die Sparte Tessmar übernommen. Norvia und Tessmar schweigen."
    assert [n.text for n in find_names(text, "de")][:3] == ["Velkor AG", "Norvia", "Tessmar"]


def test_german_per_cent_secured_and_bid_with_the_verb_last() -> None:
    assert _first_deal("Im Herbst hat sich die Velkor AG insgesamt 35 Prozent an der Norvia GmbH gesichert.") == (
        DealType.INVESTMENT, {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)},
    )
    assert _first_deal("Die Velkor AG hat für die Anteile der Norvia GmbH ein verbindliches Angebot gelegt.") == (
        DealType.ACQUISITION, {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)},
    )


def test_german_majority_of_people_and_home_are_no_deal() -> None:
    text = "Die Vorlage braucht die Billigung durch den US-Senat und könnte dort an einer Mehrheit der Demokraten zerbrechen."
    assert records_of(text, "de") == []
    records = records_of("Die Ministerin Velkor will das Hilfspaket nun zu Hause verteidigen.", "de")
    assert "Hause" not in {p.name for r in records for p in r.parties}


def test_german_stake_compound_names_its_issuer() -> None:
    records = records_of("Der Fonds Velkor trennt sich von einem Teil seines Norvia-Pakets.", "de")
    assert records and "Norvia" in {p.name for p in records[0].parties}


def test_german_new_owner_names_a_purchase() -> None:
    bought = {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert _first_deal("Norvias neuer Eigentümer Velkor will das Werk erhalten. Norvia schweigt.")[1] == bought
    assert _first_deal("Die Velkor AG ist neuer Eigentümer der Norvia GmbH.") == (
        DealType.ACQUISITION, {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)},
    )
    # the article's company has the new owner named in the apposition
    text = "Die Norvia GmbH wächst. Ihr neuer Hauptaktionär, die Velkor-Gruppe, bleibt an Bord, sagte der Chef der Norvia GmbH."
    assert _first_deal(text)[1] == {("Velkor-Gruppe", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}
    # an unnamed new owner is no deal
    assert records_of("Wie der neue Eigentümer die alte Schule nutzen will, ist offen. Velkor schweigt.", "de") == []


def test_german_buyer_from_a_country_does_not_place_the_deal() -> None:
    records = records_of("Die Velkor-Gruppe aus Frankreich übernimmt die Norvia GmbH in Wien.", "de")
    assert records and records[0].country == "AT"


def test_german_party_named_after_a_role_noun_or_inverted_verb() -> None:
    # the buyer named in the next sentence joins the sale just reported
    text = "Die Norvia GmbH stellt Maschinen her. Norvia verkauft ihre Sparte Tessmar. Käufer ist der Finanzinvestor Velkor, wie Norvia mitteilte."
    records = records_of(text, "de")
    assert len(records) == 1 and records[0].deal_type is DealType.DIVESTITURE
    assert {(p.name, p.role) for p in records[0].parties} >= {("Tessmar", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}
    text = "Die Velkor Holding baut um. Verkauft werden soll die Tochter Norvia. Den Zuschlag erhält wohl die Tessmar AG."
    assert _first_deal(text) == (
        DealType.DIVESTITURE,
        {("Norvia", PartyRole.TARGET), ("Velkor Holding", PartyRole.SELLER), ("Tessmar AG", PartyRole.BUYER)},
    )
    assert _first_deal("Die Norvia GmbH baut eine Brücke. Auftraggeber ist die Stadt Velkor, teilte Norvia mit.") == (
        DealType.SUPPLY_CONTRACT, {("Stadt Velkor", PartyRole.CUSTOMER), ("Norvia GmbH", PartyRole.SUPPLIER)},
    )
    assert records_of("Ein Käufer ist noch nicht gefunden, sagte Velkor.", "de") == []


def test_german_customer_and_partner_named_after_the_copula() -> None:
    text = "Die Norvia GmbH hat einen großen Auftrag erhalten. Kunde ist die Stadtverwaltung Velkor, teilte Norvia mit."
    assert _first_deal(text) == (DealType.SUPPLY_CONTRACT, {("Velkor", PartyRole.CUSTOMER), ("Norvia GmbH", PartyRole.SUPPLIER)})
    text = "Die Norvia GmbH will in Asien wachsen. Neuer Partner wird dabei die Velkor AG, sagte ein Sprecher der Norvia GmbH."
    assert _first_deal(text) == (DealType.PARTNERSHIP, {("Velkor AG", PartyRole.PARTNER), ("Norvia GmbH", PartyRole.PARTNER)})
    # a saying names no party
    assert records_of("Der Kunde ist König, sagt Velkor.", "de") == []


def test_german_chief_named_by_a_company_compound_stands_for_the_company() -> None:
    records = records_of("Überraschend hat Velkor-Chef Ivo Brenn eine Kapitalerhöhung angekündigt.", "de")
    assert records and [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.TARGET)]


def test_german_polite_pronouns_are_no_names() -> None:
    from pipeline.extract.names import find_names

    text = "Wie sieht Ihre Strategie aus, fragte Velkor. Ihre Frage ist gut, sagte Norvia."
    assert not {"Ihre", "Frage"} & {n.text for n in find_names(text, "de")}


def test_german_buying_in_joining_businesses_and_changes_of_owner() -> None:
    assert _first_deal("Die Velkor AG kauft sich bei der Norvia GmbH ein.") == (
        DealType.INVESTMENT, {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)},
    )
    assert _first_deal("Die Norvia GmbH gehört künftig zur Velkor AG.") == (
        DealType.ACQUISITION, {("Norvia GmbH", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)},
    )
    assert _first_deal("Die Velkor AG und die Norvia GmbH legen ihre Geschäfte zusammen.")[0] is DealType.MERGER
    # shopping and running a service are no deals
    assert records_of("Viele Stammgäste der Velkor AG wollen lieber in kleinen Läden einkaufen.", "de") == []
    assert records_of("Die Velkor AG übernimmt den Betrieb der Strecke für die Norvia Bahn.", "de") == []


def test_german_agreement_signed_by_a_plural_subject_and_ended() -> None:
    both = {("Velkor AG", PartyRole.PARTNER), ("Norvia GmbH", PartyRole.PARTNER)}
    assert _first_deal("Die Velkor AG und die Norvia GmbH haben einen Kooperationsvertrag unterzeichnet.") == (DealType.PARTNERSHIP, both)
    records = records_of("Die Velkor AG kündigt die Partnerschaft mit der Norvia GmbH.", "de")
    assert records and records[0].status is DealStatus.CANCELLED


def test_german_funding_names_who_the_money_comes_from() -> None:
    text = "Das Start-up Velkor hat in einer Finanzierungsrunde 20 Mio. Franken von der Norvia Capital erhalten."
    assert _first_deal(text) == (DealType.INVESTMENT, {("Velkor", PartyRole.TARGET), ("Norvia Capital", PartyRole.INVESTOR)})
    # state grants in the singular
    assert _first_deal("Die Velkor AG erhält 50 Millionen Euro Fördergeld vom Land Dastrel.") == (
        DealType.OTHER, {("Velkor AG", PartyRole.TARGET), ("Land Dastrel", PartyRole.INVESTOR)},
    )


def test_german_nationalisation_and_privatisation() -> None:
    assert _first_deal("Die Velkor Bank wurde im Herbst notverstaatlicht.") == (DealType.ACQUISITION, {("Velkor Bank", PartyRole.TARGET)})
    assert _first_deal("Das Kabinett plant die Privatisierung der Norvia Bahn.") == (DealType.DIVESTITURE, {("Norvia Bahn", PartyRole.TARGET)})
    assert _first_deal("Die Norvia Bahn soll bis 2030 privatisiert werden.") == (DealType.DIVESTITURE, {("Norvia Bahn", PartyRole.TARGET)})
    # a city the business might be sold to is no company sold
    assert records_of("Falls die Sparte nach Turin verkauft werden sollte, drohen Kündigungen.", "de") == []


def test_german_company_passing_to_a_buyer() -> None:
    assert _first_deal("Die Norvia GmbH geht an den Finanzinvestor Velkor.") == (
        DealType.ACQUISITION, {("Norvia GmbH", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)},
    )
    # a listing and money paid out are no sale
    assert records_of("Die Norvia GmbH geht im Herbst an die Börse.", "de") == []
    assert records_of("Ein Drittel des Erlöses der Velkor AG geht an die Norvia Stiftung.", "de") == []


def test_german_company_a_stake_is_bought_in_is_no_seller() -> None:
    assert _first_deal("Die Velkor AG hat eine Mehrheitsbeteiligung an der Norvia GmbH erworben.")[1] == {
        ("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET),
    }
    # "von" still names who sells
    assert ("Tessmar AG", PartyRole.SELLER) in _first_deal("Die Velkor AG hat die Norvia GmbH von der Tessmar AG gekauft.")[1]


def test_german_trigger_table_is_scanned_by_first_letter() -> None:
    # a pattern whose first characters are unknown (a \w, a category) makes the whole table fall back to trying
    # every alternative at every position, several times slower on German text
    from pipeline.extract import triggers
    from pipeline.extract.regex_prefix import bucketed, spaced

    assert bucketed([spaced(p) for p, *_ in triggers._DE_TRIGGERS], "t", 0) is not None


def test_german_description_subject_is_the_company_of_the_sentence_before() -> None:
    # "das Kreditinstitut" opening the sentence goes on about the bank just named, not the company named most before it
    text = "Die Velkor AG meldete Rekordzahlen. Velkor legte zu. Die Norvia Bank gab nach. Das Kreditinstitut verkauft seine Beteiligung an der Dastrel AG."
    assert _first_deal(text)[1] == {("Norvia Bank", PartyRole.SELLER), ("Dastrel AG", PartyRole.TARGET)}
    # likewise an opening pronoun
    text = "Die Velkor AG meldete Rekordzahlen. Velkor legte zu. Die Norvia Bank gab nach. Sie verkauft ihre Beteiligung an der Dastrel AG."
    assert ("Norvia Bank", PartyRole.SELLER) in _first_deal(text)[1]


def test_german_bid_won_after_a_sale_buys() -> None:
    # the sale's object has no name the extractor knows: the winner of the bid still buys, it supplies nothing
    text = "Die Velkor-Gruppe baut um. Zum Verkauf steht auch das Anzeigenblatt. Den Zuschlag erhält Dastrel."
    deal_type, parties = _first_deal(text)
    assert deal_type is DealType.DIVESTITURE and {("Dastrel", PartyRole.BUYER), ("Velkor-Gruppe", PartyRole.SELLER)} <= parties
    # the winner named before the verb joins the sale just reported as its buyer
    records = records_of("Die Velkor AG will ihre Sparte Norvia verkaufen. Die Dastrel AG erhielt den Zuschlag.", "de")
    assert len(records) == 1 and ("Dastrel AG", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}
    # a tender with no sale around it is still a contract won
    text = "Die Stadt Velkor hat den Bau der Brücke ausgeschrieben. Die Norvia AG erhielt von der Stadt Velkor den Zuschlag."
    assert _first_deal(text) == (DealType.SUPPLY_CONTRACT, {("Norvia AG", PartyRole.SUPPLIER), ("Stadt Velkor", PartyRole.CUSTOMER)})


def test_german_price_paid_in_the_next_sentence() -> None:
    records = records_of("Velkor übernimmt den Rivalen Norvia. Der Mischkonzern zahlt dafür rund 40 Mio. Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("40000000")
    records = records_of("Die Velkor AG verkauft ihre Sparte Norvia an die Dastrel AG. Velkor kassiert dafür 300 Millionen Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("300000000")
    # a sum paid for something else is not the price
    records = records_of("Die Velkor AG kauft die Norvia GmbH. Im Vorjahr zahlte Velkor eine Strafe von 20 Millionen Euro.", "de")
    assert records[0].amount is None


def test_german_unit_price_with_its_unit() -> None:
    # a price per unit in the sentence after the deal's, with its unit in the evidence
    records = records_of("Die Stadtwerke Norvia haben einen Liefervertrag mit Velkor geschlossen. Der Strom kostet 4,25 Cent je Kilowattstunde.", "de")
    price = records[0].unit_price
    assert price is not None and price.value == Decimal("0.0425") and price.currency == "EUR"
    assert price.evidence is not None and price.evidence.text == "4,25 Cent je Kilowattstunde"
    assert records[0].amount is None
    # the unit named before the sum: a price per share, not the deal's total
    records = records_of("Die Velkor AG übernimmt die Norvia AG und bietet je Aktie 25 Euro.", "de")
    assert records[0].unit_price is not None and records[0].unit_price.value == Decimal("25") and records[0].amount is None
    records = records_of("Die Velkor AG hat 20 Prozent an der Norvia AG erworben. Gezahlt wurde ein Preis pro Anteilsschein von 31,20 Euro.", "de")
    assert records[0].unit_price is not None and records[0].unit_price.value == Decimal("31.20")
    # a share price moving on the market is no price the deal sets
    records = records_of("Die Velkor AG übernimmt die Norvia AG. Die Aktie stieg um 5 Prozent auf 25 Euro je Stück.", "de")
    assert records[0].unit_price is None


def test_german_described_company_sold_to_a_buyer() -> None:
    # "das Unternehmen" is the company of the sentence before; the name after "an" buys it
    text = "Die Norvia GmbH schreibt rote Zahlen. Das Unternehmen soll an die Dastrel AG verkauft werden."
    assert _first_deal(text) == (DealType.DIVESTITURE, {("Norvia GmbH", PartyRole.TARGET), ("Dastrel AG", PartyRole.BUYER)})
    # active voice: the described company sells, the name after "an" before the verb buys
    text = "Die Norvia GmbH schreibt rote Zahlen. Das Unternehmen hat seine Tochter an die Dastrel AG verkauft."
    assert _first_deal(text) == (DealType.DIVESTITURE, {("Norvia GmbH", PartyRole.SELLER), ("Dastrel AG", PartyRole.BUYER)})
    # a stake "an der" names the company it is held in
    assert ("Velkor AG", PartyRole.TARGET) in _first_deal("Die Norvia GmbH hat ihre Beteiligung an der Velkor AG verkauft.")[1]


def test_german_deal_noun_names_the_deal_of_the_sentence_before() -> None:
    # the sides agree in one sentence, the next names the deal: the one joined by "mit" is bought
    records = records_of("Die Velkor AG hat sich mit der Norvia GmbH geeinigt. Die Übernahme soll im Herbst abgeschlossen werden.", "de")
    assert [(r.deal_type, {(p.name, p.role) for p in r.parties}) for r in records] == [
        (DealType.ACQUISITION, {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}),
    ]
    text = "Die Velkor AG und die Norvia GmbH verhandeln seit Monaten. Die Partnerschaft soll im Frühjahr beginnen."
    assert _first_deal(text) == (DealType.PARTNERSHIP, {("Velkor AG", PartyRole.PARTNER), ("Norvia GmbH", PartyRole.PARTNER)})
    # "X und Y" do not say who buys whom; companies that only moved on the market agreed on nothing
    assert records_of("Die Velkor AG und die Norvia GmbH haben sich geeinigt. Die Übernahme soll im Herbst abgeschlossen werden.", "de") == []
    assert records_of("Die Velkor AG und die Norvia GmbH legten an der Börse zu. Die Fusion soll im Herbst kommen.", "de") == []


def test_german_order_takes_its_maker_from_the_sentence_before() -> None:
    text = "Die Velkor AG hat einen Großauftrag erhalten. Die Stadt Norvia bestellte 30 Busse für 12 Millionen Euro."
    assert _first_deal(text) == (DealType.SUPPLY_CONTRACT, {("Stadt Norvia", PartyRole.CUSTOMER), ("Velkor AG", PartyRole.SUPPLIER)})
    # "der Konzern" that won the order is the company of the sentence before that
    text = (
        "Der Busbauer Velkor meldete Rekordzahlen. Das Papier stieg deutlich, weil das Unternehmen einen Rekordauftrag erhalten hatte. "
        "Die Stadt Norvia bestellte 40 Busse für 20 Mio. Euro."
    )
    assert ("Velkor", PartyRole.SUPPLIER) in _first_deal(text)[1]
    # a company that won nothing is no supplier
    text = "Die Velkor AG meldete Verluste. Die Stadt Norvia bestellte 30 Busse für 12 Millionen Euro."
    assert _first_deal(text)[1] == {("Stadt Norvia", PartyRole.CUSTOMER)}


def test_german_reflexive_stake_with_an_article_before_the_name() -> None:
    text = "Zuvor hatte sich die Velkor AG mit 10 Prozent an der Norvia AG beteiligt."
    assert _first_deal(text)[1] == {("Velkor AG", PartyRole.INVESTOR), ("Norvia AG", PartyRole.TARGET)}


def test_german_company_bought_named_by_a_description() -> None:
    text = "Die Norvia GmbH steckt in der Krise. Die Velkor AG hat den kriselnden Rivalen übernommen."
    assert _first_deal(text) == (DealType.ACQUISITION, {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)})
    # a thing bought, not a company: no target from the sentence before
    text = "Die Norvia GmbH steckt in der Krise. Die Velkor AG hat ein Grundstück in der Stadt gekauft."
    assert ("Norvia GmbH", PartyRole.TARGET) not in {(p.name, p.role) for r in records_of(text, "de") for p in r.parties}


def test_german_supply_agreements_are_supply_contracts() -> None:
    for text in (
        "Die Velkor AG hat mit der Norvia GmbH einen Stromliefervertrag abgeschlossen.",
        "Die Velkor AG schließt einen Stromabnahmevertrag mit der Norvia GmbH.",
        "Die Velkor AG hat mit der Norvia GmbH ein Power Purchase Agreement unterzeichnet.",
    ):
        deal_type, parties = _first_deal(text)
        assert deal_type is DealType.SUPPLY_CONTRACT and {name for name, _ in parties} == {"Velkor AG", "Norvia GmbH"}, text
    # a cooperation agreement stays a partnership; a utility's many customer contracts are no deal
    assert _first_deal("Die Velkor AG hat mit der Norvia GmbH einen Kooperationsvertrag unterzeichnet.")[0] is DealType.PARTNERSHIP
    assert records_of("Der Versorger hält Energielieferverträge mit rund 20.000 Haushalten.", "de") == []


def test_german_awarded_deliveries_and_commodities_bought() -> None:
    # who awards a delivery buys it, "an" names the supplier
    text = "Die Stadt Velkor vergibt die Gaslieferung für zwei Jahre an die Norvia GmbH."
    assert _first_deal(text) == (DealType.SUPPLY_CONTRACT, {("Stadt Velkor", PartyRole.CUSTOMER), ("Norvia GmbH", PartyRole.SUPPLIER)})
    # power bought "bei" a company is supplied by it; the company is not bought
    text = "Die Gemeinde Velkor kauft ihren Strom künftig bei der Norvia GmbH."
    assert _first_deal(text) == (DealType.SUPPLY_CONTRACT, {("Gemeinde Velkor", PartyRole.CUSTOMER), ("Norvia GmbH", PartyRole.SUPPLIER)})
    # taking on a delivery is supplying it
    assert _first_deal("Die Norvia GmbH übernimmt die Belieferung der Stadtwerke Velkor.")[0] is DealType.SUPPLY_CONTRACT
    # loans handed out are no contract awarded; a company taken over stays an acquisition
    assert all(r.deal_type is not DealType.SUPPLY_CONTRACT for r in records_of("Die Velkor AG vergibt Kredite an die Norvia GmbH.", "de"))
    assert _first_deal("Die Velkor AG übernimmt die Norvia GmbH.")[0] is DealType.ACQUISITION


def test_german_tender_won_goes_to_whoever_put_it_out() -> None:
    tendered = "Die Stadt Velkor hat die Stromlieferung ausgeschrieben. "
    for won in (
        "Den Auftrag für die Stromlieferung erhielt die Norvia GmbH.",
        "Die Norvia GmbH gewann die Ausschreibung.",
        "Den Zuschlag erhielt die Norvia GmbH mit 4,25 Cent je Kilowattstunde.",
    ):
        assert _first_deal(tendered + won) == (
            DealType.SUPPLY_CONTRACT, {("Norvia GmbH", PartyRole.SUPPLIER), ("Stadt Velkor", PartyRole.CUSTOMER)},
        ), won
    # no tender before: the contract won alone names no customer
    assert records_of("Die Stadt Velkor meldet Gewinne. Die Norvia GmbH gewann die Ausschreibung.", "de") == []


def test_german_buyer_named_in_the_sentence_after_the_sale() -> None:
    sale = "Die Velkor AG verkauft ihre Tochter Norvia. "
    for follow_up, buyer in (
        ("Neuer Eigentümer ist die Dastrel AG.", "Dastrel AG"),
        ("Übernehmen wird sie der Finanzinvestor Dastrel.", "Dastrel"),
        ("Der Finanzinvestor Dastrel zahlt dafür 300 Mio. Euro.", "Dastrel"),
    ):
        records = records_of(sale + follow_up, "de")
        assert len(records) == 1, follow_up
        assert {(p.name, p.role) for p in records[0].parties} == {
            ("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), (buyer, PartyRole.BUYER),
        }, follow_up
    text = "Die Velkor AG hat einen Käufer für ihre Sparte Norvia gefunden. Es handelt sich um den Finanzinvestor Dastrel."
    assert ("Dastrel", PartyRole.BUYER) in _first_deal(text)[1]
    # the seller paying something is no buyer; a buyer already named stays the only one
    text = "Die Velkor AG verkauft ihre Tochter Norvia an die Dastrel AG. Velkor zahlt dafür eine Abfindung."
    assert [p.name for p in records_of(text, "de")[0].parties if p.role is PartyRole.BUYER] == ["Dastrel AG"]


def test_german_seller_named_after_vom_or_in_the_next_sentence() -> None:
    assert ("Dastrel", PartyRole.SELLER) in _first_deal("Die Velkor AG kauft die Norvia GmbH vom Finanzinvestor Dastrel.")[1]
    purchase = "Die Velkor AG übernimmt die Norvia GmbH. "
    for follow_up, seller in (
        ("Verkäufer ist der Finanzinvestor Dastrel.", "Dastrel"),
        ("Bisher gehörte die Firma dem Finanzinvestor Dastrel.", "Dastrel"),
        ("Die Firma gehörte bislang zur Dastrel AG.", "Dastrel AG"),
    ):
        assert (seller, PartyRole.SELLER) in _first_deal(purchase + follow_up)[1], follow_up
    # "vom Markt", "zu den Verlierern": no owner named
    assert not any(role is PartyRole.SELLER for _, role in _first_deal(purchase + "Die Firma gehörte bislang zu den Verlierern.")[1])
    assert not any(role is PartyRole.SELLER for _, role in _first_deal("Die Velkor AG kauft die Norvia GmbH vom Markt weg.")[1])


def test_german_loan_or_stake_for_a_described_company() -> None:
    text = "Die Velkor AG steckt in der Krise. Der Bund gewährt dem Konzern einen Kredit über 300 Mio. Euro."
    assert _first_deal(text) == (DealType.OTHER, {("Velkor AG", PartyRole.TARGET), ("Bund", PartyRole.INVESTOR)})
    text = "Die Velkor AG steckt in der Krise. Die Norvia Bank gewährt ihr ein Darlehen."
    assert _first_deal(text)[1] == {("Velkor AG", PartyRole.TARGET), ("Norvia Bank", PartyRole.INVESTOR)}
    text = "Die Velkor AG sucht Geld. Die Norvia AG steigt bei dem Unternehmen ein."
    assert _first_deal(text) == (DealType.INVESTMENT, {("Norvia AG", PartyRole.INVESTOR), ("Velkor AG", PartyRole.TARGET)})


def test_german_shares_bought_out_of_an_issue_before() -> None:
    text = "Die Norvia AG hat 17 Millionen neue Aktien ausgegeben. Die Velkor AG kaufte davon 5 Millionen Stück."
    assert _first_deal(text)[1] == {("Velkor AG", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}
    # no shares in the sentence before: nothing to buy into
    text = "Die Norvia AG meldet Gewinne. Die Velkor AG kaufte davon 5 Millionen Stück."
    assert ("Norvia AG", PartyRole.TARGET) not in _first_deal(text)[1]
    # "Davon" opening a sentence is no company
    text = "Die Norvia AG bietet 8 Millionen neue Aktien an. Davon erwarb die Velkor AG 2 Millionen Aktien."
    assert all(p.name != "Davon" for r in records_of(text, "de") for p in r.parties)


def test_german_object_named_in_the_sentence_after() -> None:
    text = "Die Velkor AG will einen Rivalen übernehmen. Es geht um die Norvia GmbH."
    assert _first_deal(text)[1] == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}
    text = "Die Velkor AG verkauft eine Sparte. Es handelt sich um die Norvia GmbH."
    assert _first_deal(text) == (DealType.DIVESTITURE, {("Velkor AG", PartyRole.SELLER), ("Norvia GmbH", PartyRole.TARGET)})
    # after a buyer was sought, the one named is the buyer, not what is sold
    text = "Die Velkor AG hat einen Käufer für ihre Sparte Norvia gefunden. Es handelt sich um den Finanzinvestor Dastrel."
    assert ("Dastrel", PartyRole.TARGET) not in _first_deal(text)[1]


def test_a_priced_order_needs_a_sum_of_money_not_any_large_number() -> None:
    # a lone customer's order counts when the sentence prices it; "330 Millionen Einwohner" prices nothing
    priced = records_of("Die Stadt Velkor bestellte 40 Busse für 12 Millionen Euro.", "de")
    assert [r.amount.value for r in priced if r.amount is not None] == [Decimal("12000000")]
    assert records_of("Das Land Velkor mit 330 Millionen Einwohnern bestellte 40 Busse.", "de") == []


def test_a_company_named_once_before_an_auxiliary_is_the_subject() -> None:
    assert _first_deal("Velkor hat Norvia für 2 Milliarden Euro gekauft.")[1] == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert _first_deal("Norvia wird von Velkor übernommen.")[1] == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert _first_deal("Velkor erhält einen Auftrag über 500 Millionen Euro von der Stadt Norvia.")[1] == {
        ("Velkor", PartyRole.SUPPLIER), ("Stadt Norvia", PartyRole.CUSTOMER)
    }


def test_agreeing_on_a_merger_is_a_merger() -> None:
    records = records_of("Velkor und Norvia haben sich auf eine Fusion geeinigt.", "de")
    assert [r.deal_type for r in records] == [DealType.MERGER]
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_the_present_passive_is_news_and_the_past_passive_is_done() -> None:
    (record,) = records_of("Norvia wird von Velkor übernommen.", "de")
    assert record.status is DealStatus.ANNOUNCED
    assert record.status_evidence is not None and record.status_evidence.text.startswith("wird")
    (record,) = records_of("Norvia wurde von Velkor übernommen.", "de")
    assert record.status is DealStatus.COMPLETED


def test_a_world_region_after_a_place_preposition_is_no_party() -> None:
    # "Kraftwerke im Nahen Osten": where the plants are, not who sells them
    (record,) = records_of("Velkor kauft für 300 Millionen Euro Kraftwerke im Nahen Osten.", "de")
    assert {p.name: p.role for p in record.parties} == {"Velkor": PartyRole.BUYER}
    # a deal that only the region makes one keeps its record (and the named company, which pays for sites of its own)
    (record,) = records_of("Velkor investiert 300 Millionen Euro in neue Werke in Nordamerika.", "de")
    assert record.parties[0].name == "Velkor" and record.parties[0].role is PartyRole.SUPPLIER
    assert record.deal_type is DealType.INFRASTRUCTURE


def test_a_company_named_with_a_region_word_stays_a_party() -> None:
    (record,) = records_of("Velkor übernimmt die Osten Logistik GmbH für 300 Millionen Euro.", "de")
    assert "Osten Logistik GmbH" in {p.name for p in record.parties}


def test_a_plural_noun_of_deals_or_goods_is_no_party() -> None:
    # "durch Zukäufe wachsen", "mit Klagen drohen": what is done, not who deals
    (record,) = records_of("Norvia will durch Zukäufe wachsen und übernimmt die Velkor AG für 300 Millionen Euro.", "de")
    assert "Zukäufe" not in {p.name for p in record.parties}
    assert "Velkor AG" in {p.name for p in record.parties}
    records = records_of("Die Velkor AG drohte mit Klagen und verkaufte ihre Beteiligung an der Norvia AG für 300 Millionen Euro.", "de")
    assert [{p.name for p in r.parties} for r in records] == [{"Velkor AG", "Norvia AG"}]
    # goods sold ("den Verkauf von Schnelltests") make no deal with a named side
    assert records_of("Der Konzern profitierte von der Übernahme des Spezialisten Norvia und dem Verkauf von Schnelltests.", "de") == []


def test_a_company_whose_name_holds_a_deal_noun_stays_a_party() -> None:
    (record,) = records_of("Velkor übernimmt die Norvia Beteiligungen GmbH für 300 Millionen Euro.", "de")
    assert {p.name: p.role for p in record.parties} == {"Velkor": PartyRole.BUYER, "Norvia Beteiligungen GmbH": PartyRole.TARGET}


def test_a_person_the_article_introduces_by_an_office_is_no_party() -> None:
    text = "Wirtschaftsminister Paul Brenn begrüßte, dass die Velkor AG die Norvia AG für 300 Millionen Euro übernimmt."
    (record,) = records_of(text, "de")
    names = {p.name for p in record.parties}
    assert "Paul Brenn" not in names and "Norvia AG" in names


def test_an_entrepreneur_who_buys_stays_a_party() -> None:
    (record,) = records_of("Der Unternehmer Paul Brenn übernimmt die Norvia AG für 300 Millionen Euro.", "de")
    assert {p.name: p.role for p in record.parties} == {"Paul Brenn": PartyRole.BUYER, "Norvia AG": PartyRole.TARGET}


def test_a_quoted_project_is_no_party() -> None:
    (record,) = records_of("Velkor und Norvia haben eine Partnerschaft für das Projekt „Dastrel“ vereinbart.", "de")
    assert {p.name for p in record.parties} == {"Velkor", "Norvia"}


def test_a_division_sold_at_a_price_in_millions_is_no_retail_sale() -> None:
    (record,) = records_of("Velkor verkauft seine Sparte an Norvia zum Preis von 200 Millionen Euro.", "de")
    assert record.deal_type is DealType.DIVESTITURE and record.amount is not None
    assert record.amount.value == Decimal("200000000")
    # goods at a shop price stay no deal
    assert records_of("Velkor verkauft das Modell zum Preis von 200 Euro.", "de") == []


def test_the_payer_named_next_with_its_legal_form_buys() -> None:
    text = "Die Velkor AG verkauft ihre Tochter Norvia. Die Dastrel AG zahlt dafür 300 Millionen Euro."
    assert ("Dastrel AG", PartyRole.BUYER) in _first_deal(text)[1]
    text = "Die Velkor AG verkauft ihre Tochter Norvia. Der Konzern Dastrel zahlt dafür 300 Millionen Euro."
    assert ("Dastrel", PartyRole.BUYER) in _first_deal(text)[1]


def test_who_gives_an_order_named_before_it_is_the_customer() -> None:
    assert _first_deal("Velkor erhält von Norvia einen Großauftrag über 40 Lokomotiven.") == (
        DealType.SUPPLY_CONTRACT, {("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)}
    )
    # named after the order, as before
    assert _first_deal("Velkor erhält einen Auftrag von Norvia.")[1] == {("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)}
    # in the perfect and the pluperfect, with words between auxiliary and giver
    for perfect in ("Velkor hat von Norvia einen Auftrag über 40 Züge erhalten.", "Velkor hatte bereits im Mai von Norvia einen Großauftrag erhalten."):
        assert _first_deal(perfect) == (DealType.SUPPLY_CONTRACT, {("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)}), perfect


def test_a_background_deal_in_the_pluperfect_is_completed() -> None:
    text = "Die Velkor AG übernimmt die Norvia GmbH. Die Velkor AG hatte bereits 2019 den Maschinenbauer Dastrel gekauft."
    records = records_of(text, "de")
    status = {p.name: r.status for r in records for p in r.parties if p.role is PartyRole.TARGET}
    assert status == {"Norvia GmbH": DealStatus.ANNOUNCED, "Dastrel": DealStatus.COMPLETED}
    # the pluperfect of a plan is still a plan
    (record,) = records_of("Die Velkor AG hatte angekündigt, die Norvia GmbH übernehmen zu wollen.", "de")
    assert record.status is not DealStatus.COMPLETED


def test_a_long_pluperfect_frame_is_completed() -> None:
    text = "Die Velkor AG übernimmt den Konkurrenten Norvia. Die Velkor AG hatte 2018 den Konkurrenten Dastrel für 200 Millionen Euro übernommen."
    status = {p.name: r.status for r in records_of(text, "de") for p in r.parties if p.role is PartyRole.TARGET}
    assert status["Dastrel"] is DealStatus.COMPLETED and status["Norvia"] is DealStatus.ANNOUNCED


def test_a_later_sentence_pricing_another_deal_does_not_price_this_one() -> None:
    text = "Die Velkor AG übernimmt den Konkurrenten Norvia. Die Velkor AG hatte 2018 den Konkurrenten Dastrel für 200 Millionen Euro übernommen."
    amounts = {p.name: r.amount for r in records_of(text, "de") for p in r.parties if p.role is PartyRole.TARGET}
    assert amounts["Norvia"] is None
    assert amounts["Dastrel"] is not None and amounts["Dastrel"].value == Decimal("200000000")
    # a later sentence about the same deal still prices it
    (record,) = records_of("Die Velkor AG übernimmt den Konkurrenten Norvia. Der Kaufpreis liegt bei 200 Millionen Euro.", "de")
    assert record.amount is not None and record.amount.value == Decimal("200000000")


def test_a_name_after_the_auxiliary_of_a_described_subject_is_bought() -> None:
    (record,) = records_of("Die Investoren hatten 2017 den kleinen Versender Norvia für zwölf Millionen Euro gekauft.", "de")
    assert [(p.name, p.role) for p in record.parties] == [("Norvia", PartyRole.TARGET)]
    assert record.status is DealStatus.COMPLETED
    # a name that opens the sentence is still the buyer
    (record,) = records_of("Die Velkor AG hatte 2018 die Norvia Systems übernommen.", "de")
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.BUYER, "Norvia Systems": PartyRole.TARGET}


def test_backers_inside_a_collected_round_invest() -> None:
    (record,) = records_of("Die Velkor AG sammelt bei Investoren um die Dastrel Capital 40 Millionen Euro ein.", "de")
    assert record.deal_type is DealType.INVESTMENT  # the backer named: its investment
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.TARGET, "Dastrel Capital": PartyRole.INVESTOR}
    (record,) = records_of("Das Start-up Velkor sammelt in einer neuen Runde unter Führung von Dastrel Ventures 40 Millionen Euro ein.", "de")
    assert ("Dastrel Ventures", PartyRole.INVESTOR) in {(p.name, p.role) for p in record.parties}
    # a place inside the frame is no backer
    (record,) = records_of("Die Velkor AG sammelt in Berlin 40 Millionen Euro ein.", "de")
    assert [p.name for p in record.parties] == ["Velkor AG"]


def test_a_deal_in_an_attributive_participle_is_its_own_record() -> None:
    text = "Die Velkor AG meldete einen Gewinnanstieg. Die 2015 von der Velkor AG übernommene Norvia GmbH steuerte ein Drittel bei."
    (record,) = records_of(text, "de")
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.COMPLETED
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.BUYER, "Norvia GmbH": PartyRole.TARGET}
    # next to the verb's deal of the same sentence: two records, and the participle's agent stays out of the verb's deal
    text = "Die 2015 von der Velkor AG übernommene Norvia GmbH kauft nun die Dastrel AG für 50 Millionen Euro."
    deals = {tuple(sorted((p.name, p.role.value) for p in r.parties)): r for r in records_of(text, "de")}
    assert set(deals) == {
        (("Dastrel AG", "target"), ("Norvia GmbH", "buyer")),
        (("Norvia GmbH", "target"), ("Velkor AG", "buyer")),
    }
    background = deals[(("Norvia GmbH", "target"), ("Velkor AG", "buyer"))]
    assert background.amount is None and background.status is DealStatus.COMPLETED
    # what a company sold "an" a buyer, and shares bought (no company named after the participle) are no such deal
    (record,) = records_of("Die Velkor AG steigerte den Umsatz. Die an die Dastrel AG verkaufte Sparte Norvia wuchs kräftig.", "de")
    assert record.deal_type is DealType.DIVESTITURE
    assert {p.name: p.role for p in record.parties} == {"Dastrel AG": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    assert records_of("Die von der Velkor AG gekauften Aktien stiegen.", "de") == []


def _deals_by_parties(text: str) -> dict[tuple[tuple[str, str], ...], DealStatus]:
    return {tuple(sorted((p.name, p.role.value) for p in r.parties)): r.status for r in records_of(text, "de")}


def test_a_deal_in_a_relative_clause_is_its_own_record() -> None:
    # the clause's deal next to the main verb's: two records, neither swallows the other's parties
    assert _deals_by_parties("Die Velkor AG, die 2012 die Norvia GmbH gekauft hatte, übernimmt nun die Dastrel AG.") == {
        (("Dastrel AG", "target"), ("Velkor AG", "buyer")): DealStatus.ANNOUNCED,
        (("Norvia GmbH", "target"), ("Velkor AG", "buyer")): DealStatus.COMPLETED,
    }
    # the passive clause: the antecedent was bought
    assert _deals_by_parties("Die Norvia GmbH, die 2015 von der Velkor AG übernommen worden war, kauft nun die Dastrel AG.") == {
        (("Dastrel AG", "target"), ("Norvia GmbH", "buyer")): DealStatus.ANNOUNCED,
        (("Norvia GmbH", "target"), ("Velkor AG", "buyer")): DealStatus.COMPLETED,
    }
    # a sale with its buyer after "an"
    assert _deals_by_parties("Die Velkor AG, die 2019 die Sparte Norvia an die Kelmar Holding verkauft hatte, wächst.") == {
        (("Kelmar Holding", "buyer"), ("Norvia", "target"), ("Velkor AG", "seller")): DealStatus.COMPLETED,
    }
    # a relative clause without a deal verb adds nothing
    assert _deals_by_parties("Die Velkor AG, die 2012 die Norvia GmbH gegründet hatte, übernimmt nun die Dastrel AG.") == {
        (("Dastrel AG", "target"), ("Velkor AG", "buyer")): DealStatus.ANNOUNCED,
    }


def test_the_price_in_a_relative_clause_stays_with_its_deal() -> None:
    text = "Die Velkor AG, die die Norvia GmbH 2012 für 300 Millionen Euro gekauft hatte, übernimmt nun die Dastrel AG."
    amounts = {p.name: r.amount for r in records_of(text, "de") for p in r.parties if p.role is PartyRole.TARGET}
    assert amounts["Norvia GmbH"] is not None and amounts["Norvia GmbH"].value == Decimal("300000000")


def test_a_relative_clause_after_the_verb_keeps_its_names() -> None:
    # "die bislang zu ... gehörte" after the object names who sold it; only a clause before the verb is set aside
    (record,) = records_of("Die Velkor AG übernimmt die Norvia GmbH, die bislang zur Dastrel AG gehörte, für 300 Millionen Euro.", "de")
    assert "Dastrel AG" in {p.name for p in record.parties}


def test_a_deal_named_as_a_starting_point_is_completed_and_its_other_company_sold() -> None:
    text = "Die Velkor AG übernimmt die Dastrel AG. Nach dem Verkauf der Sparte Norvia an die Kelmar Holding hat die Velkor AG Geld."
    sale = next(r for r in records_of(text, "de") if r.deal_type is DealType.DIVESTITURE)
    assert sale.status is DealStatus.COMPLETED
    assert {p.name: p.role for p in sale.parties} == {"Norvia": PartyRole.TARGET, "Kelmar Holding": PartyRole.BUYER, "Velkor AG": PartyRole.SELLER}
    # a failed sale named the same way is cancelled, not done
    text = "Nach dem gescheiterten Verkauf der Sparte Norvia an die Kelmar Holding sucht die Velkor AG einen Käufer."
    assert records_of(text, "de")[0].status is DealStatus.CANCELLED


def test_companies_listed_with_their_articles_are_one_deal_each() -> None:
    for text in (
        "Die Velkor AG kaufte 2019 die Norvia GmbH und die Tessmar GmbH.",
        "Die Velkor AG hatte bereits 2019 die Norvia GmbH und die Tessmar GmbH gekauft.",
    ):
        deals = _deals_by_parties(text)
        assert set(deals) == {
            (("Norvia GmbH", "target"), ("Velkor AG", "buyer")),
            (("Tessmar GmbH", "target"), ("Velkor AG", "buyer")),
        }
        assert set(deals.values()) == {DealStatus.COMPLETED}
    # the buyer after "an" joins no list of what is sold, and the long perfect frame is completed
    (record,) = records_of("Die Velkor AG hat die Norvia GmbH an die Kelmar GmbH verkauft.", "de")
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.SELLER, "Norvia GmbH": PartyRole.TARGET, "Kelmar GmbH": PartyRole.BUYER}
    assert record.status is DealStatus.COMPLETED


def test_a_bare_infinitive_with_a_modal_is_a_planned_purchase() -> None:
    (record,) = records_of("Die Velkor AG will die Norvia GmbH für 2 Milliarden Euro kaufen.", "de")
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.EXPECTED
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.BUYER, "Norvia GmbH": PartyRole.TARGET}
    assert record.amount is not None and record.amount.value == Decimal("2000000000")
    # reported speech with the modal after the infinitive, and the company it buys through on the buyer's side
    text = "Die Velkor AG hatte erklärt, dass man die Norvia GmbH über die Tochter Dastrel GmbH kaufen wolle."
    (record,) = records_of(text, "de")
    assert record.status is DealStatus.EXPECTED
    assert {p.name: p.role for p in record.parties} == {
        "Velkor AG": PartyRole.BUYER, "Norvia GmbH": PartyRole.TARGET, "Dastrel GmbH": PartyRole.BUYER,
    }
    # without a modal, "kaufen" is goods bought or a plural present: no deal
    assert records_of("Bei der Velkor AG gibt es nun Inseln der Norvia GmbH zu kaufen.", "de") == []
    assert records_of("Viele Anleger der Velkor AG kaufen Aktien der Norvia GmbH.", "de") == []


def test_our_acquisition_in_an_interview_is_the_article_companys() -> None:
    text = "Die Velkor AG wächst. Die Velkor AG ist in Europa stark. Seit unserer Akquisition von Norvia sind wir auch im Osten vertreten."
    (record,) = records_of(text, "de")
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    # "die Akquisition von Norvia" with no possessive names no buyer from the article's company
    text = "Die Velkor AG wächst. Die Velkor AG ist in Europa stark. Im Osten hat die Akquisition von Norvia Fragen aufgeworfen."
    assert all(p.name != "Velkor AG" for r in records_of(text, "de") for p in r.parties)


def test_shares_bought_in_a_relative_clause_are_a_stake() -> None:
    (record,) = records_of("Die Velkor AG, die 2015 Anteile an der Norvia GmbH erworben hatte, wächst.", "de")
    assert record.deal_type is DealType.INVESTMENT and record.status is DealStatus.COMPLETED
    assert {p.name: p.role for p in record.parties} == {"Velkor AG": PartyRole.INVESTOR, "Norvia GmbH": PartyRole.TARGET}
    # the company itself bought stays a purchase
    (record,) = records_of("Die Velkor AG, die 2015 die Norvia GmbH erworben hatte, wächst.", "de")
    assert record.deal_type is DealType.ACQUISITION


def test_aid_repaid_without_a_lender_was_lent_by_the_lender_of_the_repayment_before() -> None:
    text = (
        "Die Velkor Bank zahlte im Herbst sämtliche Hilfen aus dem staatlichen Fonds Kelmar über 20 Milliarden Euro zurück. "
        "Die Quarn Bank erhielt Staatshilfe vom Land. Zuvor hatten schon die Norvia Bank und die Tessmar Bank ihre Hilfen zurückgezahlt."
    )
    lenders = {
        next(p.name for p in r.parties if p.role is PartyRole.TARGET): {p.name for p in r.parties if p.role is PartyRole.INVESTOR}
        for r in records_of(text, "de")
    }
    assert lenders["Norvia Bank"] == {"Fonds Kelmar"} and lenders["Tessmar Bank"] == {"Fonds Kelmar"}
    assert "Fonds Kelmar" not in lenders["Quarn Bank"]  # aid received is no repayment: it keeps its own lender
    # with no repayment told before, no lender is made up
    text = "Die Quarn Bank erhielt Staatshilfe vom Land. Zuvor hatten schon die Norvia Bank und die Tessmar Bank ihre Hilfen zurückgezahlt."
    assert all(p.name != "Staat" for r in records_of(text, "de") if r.parties[0].name != "Quarn Bank" for p in r.parties)


def test_the_verbs_deal_reads_around_a_background_participle() -> None:
    # the participle's agent sits inside the verb's object, and its past form is no cue of the verb's deal
    deals = _deals_by_parties("Die Velkor AG verkauft die 2015 von der Dastrel AG übernommene Norvia GmbH an die Kelmar Holding.")
    assert deals == {
        (("Kelmar Holding", "buyer"), ("Norvia GmbH", "target"), ("Velkor AG", "seller")): DealStatus.ANNOUNCED,
        (("Dastrel AG", "buyer"), ("Norvia GmbH", "target")): DealStatus.COMPLETED,
    }
    deals = _deals_by_parties("Die Velkor AG übernimmt die einst an die Dastrel AG verkaufte Sparte Norvia zurück.")
    assert deals[(("Norvia", "target"), ("Velkor AG", "buyer"))] is DealStatus.ANNOUNCED
    assert deals[(("Dastrel AG", "buyer"), ("Norvia", "target"))] is DealStatus.COMPLETED


def test_german_buyer_described_by_an_apposition_is_the_buyer() -> None:
    # a name opening the sentence before an apposition and its verb is the subject; the parent inside the apposition is no buyer
    records = records_of("Velkor, eine Tochter von Norvia, kauft Dastrel für 3 Millionen Franken.", "de")
    assert [(p.name, p.role.value) for p in records[0].parties] == [("Velkor", "buyer"), ("Dastrel", "target")]
    # ... while a relative clause with its own object leaves the buyer alone too
    records = records_of("Velkor, die Norvia im Mai übernommen hatte, kauft Dastrel für 3 Millionen Franken.", "de")
    assert ("Velkor", "buyer") in [(p.name, p.role.value) for p in records[0].parties]


def _roles(text: str) -> set[tuple[str, PartyRole]]:
    records = records_of(text, "de")
    return {(p.name, p.role) for p in records[0].parties} if records else set()


def test_a_stake_taken_with_its_size_or_in_the_praeteritum() -> None:
    # the stake's size or the Präteritum push the particle "ein" past the short frame
    assert _roles("Der Bund steigt mit 20 Prozent bei der Velkor AG ein.") == {("Bund", PartyRole.INVESTOR), ("Velkor AG", PartyRole.TARGET)}
    assert ("Norvia AG", PartyRole.TARGET) in _roles("Der Finanzinvestor Velkor stieg 2019 bei der Norvia AG ein.")
    # a share price that rises "ein wenig" takes no stake
    assert records_of("Der Aktienkurs der Velkor AG stieg im Handel bei der Börse Quarn ein wenig.", "de") == []


def test_a_company_passing_to_a_buyer_for_a_price() -> None:
    (record,) = records_of("Der Maschinenbauer Norvia geht für 300 Millionen Euro an den Finanzinvestor Velkor.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}
    assert record.amount is not None and record.amount.value == Decimal("300000000")
    # going to the stock exchange sells nothing
    assert records_of("Der Maschinenbauer Norvia geht für 300 Millionen Euro an die Börse.", "de") == []


def test_reaching_for_a_company_and_a_price_per_share_are_bids() -> None:
    assert _roles("Der Autozulieferer Velkor greift nach dem Konkurrenten Norvia.") == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert _roles("Der Chemiekonzern Velkor bietet 40 Euro je Aktie für Norvia.") == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # a price offered to customers for old devices buys no company
    assert records_of("Die Velkor AG bietet ihren Kunden 40 Euro für Altgeräte.", "de") == []


def test_money_collected_with_the_participle_is_a_funding_round() -> None:
    (record,) = records_of("Das Berliner Start-up Norvia hat 20 Millionen Euro eingesammelt.", "de")
    assert record.deal_type is DealType.FUNDING_ROUND and record.amount is not None and record.amount.value == Decimal("20000000")
    # collected signatures are no money
    assert records_of("Das Berliner Start-up Norvia hat 20.000 Unterschriften eingesammelt.", "de") == []


def test_equipping_a_data_centre_with_a_thousands_separator() -> None:
    (record,) = records_of("Der Chiphersteller Velkor rüstet das Rechenzentrum von Norvia mit 10.000 Chips aus.", "de")
    assert record.deal_type is DealType.INFRASTRUCTURE
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)}
    assert record.quantity is not None and record.quantity.value == Decimal("10000")


def test_hearsay_words_make_a_rumour() -> None:
    (record,) = records_of("Der Chemiekonzern Velkor will angeblich den Konkurrenten Norvia übernehmen.", "de")
    assert record.status is DealStatus.RUMORED
    (record,) = records_of("Gerüchten zufolge will der Chemiekonzern Velkor den Konkurrenten Norvia übernehmen.", "de")
    assert record.status is DealStatus.RUMORED
    # the plan told by the company itself stays expected
    (record,) = records_of("Der Chemiekonzern Velkor will den Konkurrenten Norvia übernehmen.", "de")
    assert record.status is DealStatus.EXPECTED


def test_a_pending_approval_makes_the_deal_agreed() -> None:
    (record,) = records_of("Die Übernahme von Norvia durch Velkor muss noch vom Kartellamt genehmigt werden.", "de")
    assert record.status is DealStatus.AGREED
    (record,) = records_of("Der Chemiekonzern Velkor übernimmt Norvia unter dem Vorbehalt der Zustimmung der Aktionäre.", "de")
    assert record.status is DealStatus.AGREED
    # once closed, it is completed
    (record,) = records_of("Der Chemiekonzern Velkor hat die Übernahme von Norvia abgeschlossen.", "de")
    assert record.status is DealStatus.COMPLETED


def test_inverted_subject_named_by_what_it_is() -> None:
    # a date opens the sentence, the finite verb follows, then "der Chemiekonzern Velkor" as its subject
    roles = _roles("Im Mai verkaufte der Chemiekonzern Velkor seine Tochter Norvia an den Finanzinvestor Dastrel.")
    assert roles == {("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)}
    roles = _roles("Im vergangenen Jahr übernahm der Chemiekonzern Velkor den Konkurrenten Norvia für 500 Millionen Euro.")
    assert roles == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # a name before the verb stays its subject: the descriptor after the verb names the object
    roles = _roles("Die Velkor AG übernahm im Mai den Chemiekonzern Norvia.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_buying_off_a_dative_seller() -> None:
    roles = _roles("Die Velkor AG kaufte der Dastrel AG ihre Tochter Norvia für 200 Millionen Euro ab.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Dastrel AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}
    roles = _roles("Die Velkor AG hat der Dastrel AG die Norvia GmbH abgekauft.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Dastrel AG", PartyRole.SELLER), ("Norvia GmbH", PartyRole.TARGET)}
    # without the particle the first name after the verb is bought
    roles = _roles("Die Velkor AG kaufte die Dastrel AG für 200 Millionen Euro.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Dastrel AG", PartyRole.TARGET)}


def test_a_takeover_offer_names_the_company_bid_for() -> None:
    (record,) = records_of("Der Chemiekonzern Velkor legt ein Übernahmeangebot für Norvia vor.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert record.status is DealStatus.ANNOUNCED  # a bid made, not a deal done
    roles = _roles("Das Übernahmeangebot der Velkor AG für die Norvia SE läuft bis Ende Mai.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Norvia SE", PartyRole.TARGET)}
    roles = _roles("Die Aktionäre der Norvia AG lehnen das Übernahmeangebot der Velkor AG ab.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}
    # a bid still planned stays expected
    (record,) = records_of("Der Chemiekonzern Velkor will ein Übernahmeangebot für die Norvia AG vorlegen.", "de")
    assert record.status is DealStatus.EXPECTED


def test_a_merger_noun_lists_both_companies() -> None:
    (record,) = records_of("Die Fusion der Velkor AG mit der Norvia SE ist abgeschlossen.", "de")
    assert record.deal_type is DealType.MERGER and record.status is DealStatus.COMPLETED
    assert {p.name for p in record.parties} == {"Velkor AG", "Norvia SE"}
    assert {p.name for p in _de_parties_of("Die Fusion von Velkor und Norvia ist abgeschlossen.")} == {"Velkor", "Norvia"}
    # a merger of two units names no two companies
    assert records_of("Nach der Fusion der beiden Sparten stieg der Umsatz der Velkor AG.", "de") == []


def _de_parties_of(text: str) -> list[Party]:
    records = records_of(text, "de")
    return list(records[0].parties) if records else []


def test_an_order_with_the_maker_inside_a_long_perfect_frame() -> None:
    roles = _roles("Die Fluggesellschaft Norvia hatte im vergangenen Jahr beim Hersteller Velkor 40 Flugzeuge bestellt.")
    assert roles == {("Norvia", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)}
    roles = _roles("Die Velkor AG kauft 100 Panzer beim Rüstungskonzern Norvia.")
    assert roles == {("Velkor AG", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)}
    # shares bought at a bank are no order from a maker
    assert records_of("Die Kunden kaufen 100 Aktien bei der Velkor Bank.", "de") == []


def test_a_lender_named_by_what_it_is() -> None:
    roles = _roles("Die Velkor AG erhält von der Investitionsbank Norvia ein Darlehen über 300 Millionen Euro.")
    assert roles == {("Velkor AG", PartyRole.TARGET), ("Norvia", PartyRole.INVESTOR)}
    roles = _roles("Die Velkor AG erhielt vom Finanzinvestor Dastrel einen Kredit über 50 Millionen Euro.")
    assert roles == {("Velkor AG", PartyRole.TARGET), ("Dastrel", PartyRole.INVESTOR)}


def test_round_backers_named_by_what_they_are() -> None:
    (record,) = records_of(
        "Das Münchner Start-up Norvia hat in einer Finanzierungsrunde unter Führung des Investors Velkor 30 Millionen Euro eingesammelt.", "de"
    )
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)}
    assert record.status is DealStatus.COMPLETED  # the perfect: the money is in
    roles = _roles("Das Münchner Start-up Norvia erhält 30 Millionen Euro von Investoren um den Risikokapitalgeber Velkor.")
    assert roles == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)}


def test_joining_a_round_or_a_capital_increase_of_a_named_company() -> None:
    records = records_of("Der Risikokapitalgeber Velkor beteiligt sich an der Finanzierungsrunde des Start-ups Norvia.", "de")
    assert [(r.deal_type, {(p.name, p.role) for p in r.parties}) for r in records] == [
        (DealType.INVESTMENT, {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)})
    ]
    roles = _roles("Der Finanzinvestor Velkor beteiligt sich an der Kapitalerhöhung der Norvia AG.")
    assert roles == {("Norvia AG", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)}
    # a stake in the company itself stays an investment
    (record,) = records_of("Der Finanzinvestor Velkor beteiligt sich mit 20 Prozent an der Norvia AG.", "de")
    assert record.deal_type is DealType.INVESTMENT


def test_a_price_paid_for_a_company() -> None:
    (record,) = records_of("Der Chemiekonzern Velkor zahlt 300 Millionen Euro für den Konkurrenten Norvia.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert record.amount is not None and record.amount.value == Decimal("300000000")
    (record,) = records_of("Die Velkor AG zahlt für die Norvia GmbH einen dreistelligen Millionenbetrag.", "de")
    assert record.amount is not None and record.amount.lower == Decimal("100000000")
    # a price per share or what customers pay for power buys no company
    assert records_of("Die Velkor AG zahlt 20 Euro für jede Aktie.", "de") == []
    assert records_of("Die Kunden der Velkor AG zahlen für Strom künftig mehr.", "de") == []


def test_a_vague_price_in_a_range_of_millions() -> None:
    (record,) = records_of("Die Velkor AG kauft die Norvia GmbH für einen Betrag im dreistelligen Millionenbereich.", "de")
    assert record.amount is not None and record.amount.lower == Decimal("100000000")
    (record,) = records_of("Die Velkor AG übernimmt die Norvia GmbH für eine zweistellige Millionensumme.", "de")
    assert record.amount is not None and record.amount.lower == Decimal("10000000")
    # a range of prices of products is no deal's price
    (record,) = records_of("Die Velkor AG kauft die Norvia GmbH, deren Umsatz im Bereich der Chemie wächst.", "de")
    assert record.amount is None


def test_perfect_and_modal_passives_make_the_subject_the_company_sold() -> None:
    (record,) = records_of("Die Norvia GmbH ist von der Velkor AG übernommen worden.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia GmbH", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}
    (record,) = records_of("Die Norvia GmbH ist im Mai an die Velkor AG verkauft worden.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia GmbH", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}
    assert record.status is DealStatus.COMPLETED
    (record,) = records_of("Die Norvia GmbH soll an die Velkor AG verkauft werden.", "de")
    assert ("Norvia GmbH", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties} and record.status is DealStatus.EXPECTED
    # the active voice keeps its subject as the seller
    roles = _roles("Die Norvia GmbH hat ihre Sparte Tessmar an die Velkor AG verkauft.")
    assert ("Norvia GmbH", PartyRole.SELLER) in roles and ("Velkor AG", PartyRole.BUYER) in roles


def test_a_contract_awarded_in_the_perfect() -> None:
    roles = _roles("Die Stadt Norvia hat den Auftrag für den Bau der neuen Brücke an die Velkor AG vergeben.")
    assert roles == {("Stadt Norvia", PartyRole.CUSTOMER), ("Velkor AG", PartyRole.SUPPLIER)}
    # a contract won keeps its winner as the supplier
    roles = _roles("Die Velkor AG hat von der Stadt Norvia einen Auftrag für den Bau der neuen Brücke erhalten.")
    assert roles == {("Stadt Norvia", PartyRole.CUSTOMER), ("Velkor AG", PartyRole.SUPPLIER)}


def test_a_deal_noun_opening_the_sentence_is_its_subjects_means() -> None:
    roles = _roles("Mit der Übernahme der Norvia GmbH stärkt die Velkor AG ihr Geschäft in Asien.")
    assert roles == {("Norvia GmbH", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}
    roles = _roles("Durch den Zukauf der Norvia GmbH wird die Velkor AG zum Marktführer.")
    assert roles == {("Norvia GmbH", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}
    # after a sale, the subject sells
    roles = _roles("Mit dem Verkauf der Norvia GmbH an die Dastrel AG trennt sich die Velkor AG von ihrem Chemiegeschäft.")
    assert ("Velkor AG", PartyRole.SELLER) in roles and ("Dastrel AG", PartyRole.BUYER) in roles


def test_partners_ending_their_cooperation_and_a_joint_venture_founded() -> None:
    (record,) = records_of("Der Autobauer Velkor und die Norvia AG haben ihre Zusammenarbeit beendet.", "de")
    assert record.deal_type is DealType.PARTNERSHIP and record.status is DealStatus.CANCELLED
    (record,) = records_of("Der Autobauer Velkor hat mit dem Batteriehersteller Norvia ein Joint Venture gegründet.", "de")
    assert record.deal_type is DealType.JOINT_VENTURE and record.status is DealStatus.COMPLETED
    (record,) = records_of("Der Autobauer Velkor und der Batteriehersteller Norvia gründen ein Gemeinschaftsunternehmen.", "de")
    assert record.status is DealStatus.ANNOUNCED


def test_joining_a_group_and_swallowing_a_rival() -> None:
    roles = _roles("Der Softwareanbieter Norvia wird Teil der Velkor-Gruppe.")
    assert roles == {("Norvia", PartyRole.TARGET), ("Velkor-Gruppe", PartyRole.BUYER)}
    roles = _roles("Die Velkor AG verleibt sich den Konkurrenten Norvia ein.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # being part of a solution is no deal
    assert records_of("Die Velkor AG wird Teil der Lösung sein.", "de") == []


def test_a_bid_withdrawn_and_deals_considered_or_approved() -> None:
    (record,) = records_of("Die Velkor AG hat ihr Angebot für die Norvia GmbH zurückgezogen.", "de")
    assert record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}
    (record,) = records_of("Die Velkor AG prüft eine Übernahme der Norvia GmbH.", "de")
    assert record.status is DealStatus.EXPECTED
    (record,) = records_of("Die Velkor AG steht kurz vor der Übernahme der Norvia GmbH.", "de")
    assert record.status is DealStatus.EXPECTED
    (record,) = records_of("Die EU-Kommission hat die Übernahme der Norvia GmbH durch die Velkor AG genehmigt.", "de")
    assert record.status is DealStatus.AGREED
    # an offer to customers names no company bid for
    assert records_of("Die Velkor AG hat ihr Angebot für Privatkunden erweitert.", "de") == []


def test_trams_are_counted_as_trains() -> None:
    (record,) = records_of("Der Zughersteller Velkor liefert 30 Straßenbahnen an die Stadt Norvia.", "de")
    assert record.quantity is not None and (record.quantity.value, record.quantity.unit) == (Decimal("30"), "train")


def test_the_next_sentence_names_the_customer_or_the_buyer() -> None:
    records = records_of("Die Velkor AG erhält einen Auftrag im Wert von 500 Millionen Euro. Auftraggeber ist die Stadt Norvia.", "de")
    assert [{(p.name, p.role) for p in r.parties} for r in records] == [{("Velkor AG", PartyRole.SUPPLIER), ("Stadt Norvia", PartyRole.CUSTOMER)}]
    roles = _roles("Die Velkor AG hat einen Käufer für ihre Tochter Norvia gefunden. Die Sparte geht an den Finanzinvestor Dastrel.")
    assert roles == {("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel", PartyRole.BUYER)}
    # an order told after a contract secured takes its winner as the supplier
    roles = _roles("Die Velkor AG hat sich einen Milliardenauftrag gesichert. Die Norvia Bahn bestellt 60 Züge.")
    assert roles == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia Bahn", PartyRole.CUSTOMER)}


def test_a_perfect_order_frame_stays_in_its_sentence() -> None:
    # "hat ... gesichert. Die Norvia Bahn bestellt" is no perfect: the customer of the second sentence orders
    from pipeline.extract.triggers import find_triggers

    text = "Die Velkor AG hat sich einen Milliardenauftrag gesichert. Die Norvia Bahn bestellt 60 Züge."
    assert all("." not in text[t.start : t.end] for t in find_triggers(text, "de"))


def test_the_next_sentence_tells_where_the_deal_stands() -> None:
    (record,) = records_of("Die Velkor AG übernimmt die Norvia GmbH. Die Kartellbehörden müssen noch zustimmen.", "de")
    assert record.status is DealStatus.AGREED
    (record,) = records_of("Die Velkor AG wollte die Norvia GmbH übernehmen. Der Deal ist geplatzt.", "de")
    assert record.status is DealStatus.CANCELLED
    # a closing still to come, or another deal's fate, leaves the status as the deal's sentence tells it
    (record,) = records_of("Die Velkor AG übernimmt die Norvia GmbH. Die Transaktion soll im dritten Quartal abgeschlossen werden.", "de")
    assert record.status is DealStatus.ANNOUNCED
    records = records_of("Die Velkor AG übernimmt die Norvia GmbH. Die Übernahme der Dastrel AG durch die Quarn AG ist dagegen geplatzt.", "de")
    assert records[0].status is DealStatus.ANNOUNCED


def test_shares_bought_are_a_stake_and_the_priced_telling_leads() -> None:
    (record,) = records_of("Der Finanzinvestor Dastrel kaufte Aktien der Norvia AG im Wert von 200 Millionen Euro.", "de")
    assert record.deal_type is DealType.INVESTMENT
    # the majority of the shares, or the company itself, is a takeover
    (record,) = records_of("Der Finanzinvestor Dastrel hat die Mehrheit der Aktien der Norvia AG erworben.", "de")
    assert record.deal_type is DealType.ACQUISITION
    (record,) = records_of("Der Finanzinvestor Dastrel hat die Norvia AG gekauft.", "de")
    assert record.deal_type is DealType.ACQUISITION
    # told first without a price, then with it: one deal, with the price
    records = records_of(
        "Der Finanzinvestor Dastrel investiert in die Norvia AG. Dastrel sagte, dass er seit März Aktien der Norvia AG "
        "im Wert von 2 Milliarden Euro gekauft habe.", "de",
    )
    assert len(records) == 1 and records[0].amount is not None and records[0].amount.value == Decimal("2000000000")


def test_a_separation_told_in_the_praeteritum() -> None:
    roles = _roles("Die Velkor AG trennte sich im Mai von ihrer Tochter Norvia.")
    assert roles == {("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}
    # parting from a manager sells nothing
    assert records_of("Die Velkor AG trennte sich im Mai von ihrem Vorstandschef.", "de") == []


def test_a_companys_home_town_is_no_party() -> None:
    roles = _roles("Die Velkor AG aus Hamburg kauft die Norvia GmbH aus Wien.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}
    # a name with its legal form after "aus" is a company, and one joined by "und" a partner
    from pipeline.extract.names import find_names
    from pipeline.extract.roles.de.bystanders import de_home_towns

    text = "Die Velkor AG aus Norvia SE und die Dastrel AG aus Quarn fusionieren."
    assert [n.text for n in de_home_towns(text, find_names(text, "de"))] == ["Velkor AG", "Norvia SE", "Dastrel AG"]


def test_takeover_plans_and_talks() -> None:
    (record,) = records_of("Die Velkor AG hat Übernahmepläne für die Norvia GmbH.", "de")
    assert record.status is DealStatus.EXPECTED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}
    (record,) = records_of("Die Velkor AG führt Übernahmegespräche mit der Norvia GmbH.", "de")
    assert record.status is DealStatus.RUMORED and ("Norvia GmbH", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}
    (record,) = records_of("Die Velkor AG sucht einen Käufer für ihre Tochter Norvia.", "de")
    assert record.status is DealStatus.EXPECTED  # a sale to come, not done
    # plans for a market name no company
    assert records_of("Die Velkor AG hat Übernahmepläne für den asiatischen Markt.", "de") == []


def test_deals_told_in_the_praeteritum_are_done() -> None:
    (record,) = records_of("Im Jahr 2019 beteiligte sich der Finanzinvestor Velkor mit 30 Prozent an der Norvia AG.", "de")
    assert record.deal_type is DealType.INVESTMENT and record.status is DealStatus.COMPLETED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.INVESTOR), ("Norvia AG", PartyRole.TARGET)}
    (record,) = records_of("Die Velkor AG und die Norvia AG gründeten 2015 ein Gemeinschaftsunternehmen.", "de")
    assert record.status is DealStatus.COMPLETED
    (record,) = records_of("Die Velkor AG lieferte 2020 insgesamt 50 Züge an die Norvia Bahn.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia Bahn", PartyRole.CUSTOMER)}
    # the present tense founding is announced
    (record,) = records_of("Die Velkor AG und die Norvia AG gründen ein Gemeinschaftsunternehmen.", "de")
    assert record.status is DealStatus.ANNOUNCED


def test_a_supply_contract_with_a_maker_named_as_one() -> None:
    roles = _roles("Der Autobauer Velkor hat mit dem Zulieferer Norvia einen Liefervertrag über 500.000 Batterien unterzeichnet.")
    assert roles == {("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)}
    # a maker who delivers stays the supplier
    roles = _roles("Der Zughersteller Velkor liefert 30 Straßenbahnen an die Stadt Norvia.")
    assert roles == {("Velkor", PartyRole.SUPPLIER), ("Stadt Norvia", PartyRole.CUSTOMER)}


def test_the_object_named_by_what_it_is() -> None:
    roles = _roles("Der Chiphersteller Velkor beliefert den Autobauer Norvia mit Halbleitern.")
    assert roles == {("Velkor", PartyRole.SUPPLIER), ("Norvia", PartyRole.CUSTOMER)}
    roles = _roles("Die Velkor AG kauft von der Dastrel AG deren Tochter Norvia.")
    assert roles == {("Velkor AG", PartyRole.BUYER), ("Dastrel AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}
    # supplying households is no contract with a named party
    assert records_of("Der Versorger Velkor beliefert 4.500 Haushalte mit Strom.", "de") == []


def test_a_tender_to_shareholders_and_a_unit_given_up() -> None:
    (record,) = records_of("Die Velkor AG bietet den Aktionären der Norvia SE 30 Euro je Aktie.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia SE", PartyRole.TARGET)}
    assert record.status is DealStatus.ANNOUNCED
    roles = _roles("Die Velkor AG will ihre Sparte Norvia an die Dastrel AG abgeben.")
    assert roles == {("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET), ("Dastrel AG", PartyRole.BUYER)}
    # a dividend offered to shareholders, duties given up: no deal
    assert records_of("Die Velkor AG bietet den Aktionären eine Dividende von 2 Euro.", "de") == []
    assert records_of("Der Vorstandschef der Velkor AG will seine Aufgaben abgeben.", "de") == []


def test_german_inverted_subject_of_an_investment_or_a_stake_taken() -> None:
    # a date opens the sentence: the subject follows the finite verb inside the trigger's own span
    records = records_of("Im Mai investierte die Velkor AG 20 Millionen Euro in Norvia.", "de")
    assert [(p.name, p.role) for p in records[0].parties] == [("Velkor AG", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)]
    records = records_of("Im Mai steigt die Velkor AG mit 20 Prozent bei der Norvia GmbH ein.", "de")
    roles = {(p.name, p.role) for p in records[0].parties}
    assert ("Velkor AG", PartyRole.SELLER) not in roles and "Norvia GmbH" in {name for name, _ in roles}
    assert {name for name, role in roles if role is not PartyRole.TARGET} == {"Velkor AG"}
    # money put into machines is no deal, whatever the word order
    assert records_of("Im Mai investierte die Velkor AG 20 Millionen Euro in neue Maschinen.", "de") == []


def test_german_invariable_country_adjective() -> None:
    # "Schweizer" never inflects, so no stem of "schweizerisch" reads it
    records = records_of("Velkor übernimmt den Schweizer Hersteller Norvia.", "de")
    assert records and records[0].country == "CH"
    # without a nationality word the deal has no country
    records = records_of("Velkor übernimmt den Hersteller Norvia.", "de")
    assert records and records[0].country is None


def test_german_only_an_attribution_carries_over_from_the_sentence_before() -> None:
    # a wish told before is not the status of a takeover told after without a cue of its own
    records = records_of("Velkor will wachsen. Die Übernahme von Norvia durch die Velkor AG umfasst 20 Millionen Euro in bar.", "de")
    assert records and records[0].status is not DealStatus.EXPECTED
    # an attribution told before still makes it a rumour
    records = records_of("Insidern zufolge ist eine Einigung nah. Die Übernahme von Norvia durch die Velkor AG umfasst 20 Millionen Euro in bar.", "de")
    assert records and records[0].status is DealStatus.RUMORED


def test_german_fronted_accusative_object_is_the_target() -> None:
    # "Den ..." opens the sentence with the object: the subject follows the verb or the auxiliary
    for text in (
        "Den Konkurrenten Norvia übernimmt die Velkor AG.",
        "Den Konkurrenten Norvia hat die Velkor AG übernommen.",
    ):
        records = records_of(text, "de")
        assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # "Die ..." may open either: the name first stays the buyer
    records = records_of("Die Velkor AG übernimmt den Konkurrenten Norvia.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_german_price_paid_for_rights_buys_no_company() -> None:
    assert records_of("Die Velkor AG zahlt 5 Millionen Euro für die Rechte an der Norvia GmbH.", "de") == []
    records = records_of("Die Velkor AG zahlt 5 Millionen Euro für die Norvia GmbH.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}


def test_german_spin_off_of_a_named_unit() -> None:
    records = records_of("Die Velkor AG gliedert ihre Sparte Norvia aus.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}
    # an unnamed activity moved out is no deal
    assert records_of("Die Velkor AG gliedert die Produktion aus.", "de") == []


def test_german_company_made_by_a_merger_is_no_party() -> None:
    records = records_of("Die Velkor AG fusioniert mit der Norvia GmbH zur Dastrel AG.", "de")
    assert records and {p.name for p in records[0].parties} == {"Velkor AG", "Norvia GmbH"}
    # a company named after "mit" is merged, not made
    records = records_of("Die Velkor AG fusioniert mit der Norvia GmbH.", "de")
    assert records and {p.name for p in records[0].parties} == {"Velkor AG", "Norvia GmbH"}
    records = records_of("Velkor und Norvia fusionierten zur Dastrel AG.", "de")
    assert records and "Dastrel AG" not in {p.name for p in records[0].parties}


def test_german_order_counted_in_the_next_sentence() -> None:
    records = records_of("Die Velkor AG hat einen Auftrag der Norvia GmbH erhalten. Er umfasst die Lieferung von 40 Zügen.", "de")
    assert records and records[0].quantity is not None and records[0].quantity.value == Decimal("40")
    records = records_of("Die Velkor AG hat einen Auftrag der Norvia GmbH erhalten. Die Firma beschäftigt 400 Leute.", "de")
    assert records and records[0].quantity is None


def test_german_scaled_amount_glued_to_its_noun() -> None:
    # "ein 300-Millionen-Dollar-Kredit": number, scale and currency hyphenated onto the noun
    records = records_of("Die Norvia Bank gewährt der Velkor AG einen 300-Millionen-Dollar-Kredit.", "de")
    assert records and records[0].amount is not None
    assert (records[0].amount.value, records[0].amount.currency) == (Decimal("300000000"), "USD")
    # a hyphenated price without a scale word is a banknote, not an amount
    assert [m.text for m in find_money("Der 500-Euro-Schein bleibt im Umlauf.", "de")] == []


def test_german_us_compounds_say_the_country_when_no_country_is_named() -> None:
    # no country named: "US-Anleger", "US-Börse" say where the deal is
    text = "Die US-Anleger blieben vorsichtig. Velkor übernimmt Norvia für 2 Milliarden Dollar. Die US-Börse schloss im Minus."
    records = records_of(text, "de")
    assert records and records[0].country == "US"
    # a country named more often than the compounds' one still wins
    text = "Die US-Anleger blieben vorsichtig. Velkor übernimmt Norvia. Frankreich und Frankreichs Banken jubelten."
    records = records_of(text, "de")
    assert records and records[0].country == "FR"


def test_german_denied_deal_is_none() -> None:
    # the verb of denial before the deal word, or closing its clause
    assert records_of("Die Velkor Bank dementierte erneut eine Kapitalerhöhung.", "de") == []
    assert records_of("Die Velkor AG hat einen Verkauf der Tochter Norvia an die Dastrel AG dementiert.", "de") == []
    # a denial in another sentence leaves the deal standing
    records = records_of("Die Velkor Bank kündigte eine Kapitalerhöhung an. Berichte über Probleme dementierte sie.", "de")
    assert records and records[0].deal_type is DealType.FUNDING_ROUND


def test_german_separable_announce_verb_around_the_deal() -> None:
    # "kündigte ... an": the particle closes the clause, the deal sits inside the frame
    records = records_of("Die Velkor AG kündigte am Montag die Übernahme der Norvia GmbH an.", "de")
    assert records and records[0].status is DealStatus.ANNOUNCED
    # "kündigte den Vertrag": without the particle the verb ends the deal
    records = records_of("Die Velkor AG kündigte den Liefervertrag mit der Norvia GmbH.", "de")
    assert records and records[0].status is DealStatus.CANCELLED


def test_german_name_with_an_elided_compound() -> None:
    # "Velkor Fleisch- und Wurstwaren": the open hyphen and "und" complete one name
    records = records_of("Die Velkor Fleisch- und Wurstwaren wurde an die Norvia AG verkauft.", "de")
    assert records and "Velkor Fleisch- und Wurstwaren" in {p.name for p in records[0].parties}
    # a describing compound before a name stays no part of it
    records = records_of("Der Bau- und Dienstleistungskonzern Velkor übernimmt die Norvia AG.", "de")
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Norvia AG"}


def test_german_passive_sale_of_two_companies() -> None:
    # "Velkor und Norvia wurden verkauft": both passive subjects are sold, neither sells
    records = records_of("Die Velkor GmbH und die Norvia GmbH wurden im Mai verkauft.", "de")
    assert records and all(p.role is PartyRole.TARGET for r in records for p in r.parties)
    assert {p.name for r in records for p in r.parties} == {"Velkor GmbH", "Norvia GmbH"}
    # the active voice keeps its seller
    records = records_of("Die Velkor GmbH hat die Norvia GmbH im Mai verkauft.", "de")
    assert records and ("Velkor GmbH", PartyRole.SELLER) in {(p.name, p.role) for p in records[0].parties}


def test_german_bracketed_conversion_is_not_the_amount() -> None:
    # "40 Mio. Pfund (46 Mio. Euro)": the bracket converts; the sum the article writes first is the deal's
    records = records_of("Die Velkor AG zahlt der Norvia GmbH für den Liefervertrag 40 Mio. Pfund (46 Mio. Euro).", "de")
    assert records and records[0].amount is not None
    assert (records[0].amount.value, records[0].amount.currency) == (Decimal("40000000"), "GBP")
    # two sums of their own, no bracket: the conversion rule leaves them alone
    records = records_of("Die Velkor AG zahlt der Norvia GmbH für den Liefervertrag 46 Mio. Euro.", "de")
    assert records and records[0].amount is not None and records[0].amount.currency == "EUR"


def test_german_capital_raised_is_completed() -> None:
    # "eine Kapitalerhöhung gestemmt", "neue Aktien platziert": the money is raised
    records = records_of("Die Norvia Bank stemmte im Mai eine Kapitalerhöhung über 3 Milliarden Euro.", "de")
    assert records and records[0].status is DealStatus.COMPLETED
    # ... but one still planned is expected
    records = records_of("Die Norvia Bank will eine Kapitalerhöhung über 3 Milliarden Euro stemmen.", "de")
    assert records and records[0].status is DealStatus.EXPECTED


def test_german_shares_bought_far_before_the_participle() -> None:
    # "hat Aktien ... für ... gekauft": counted shares bought are a stake, even with the price far between
    text = "Die Velkor Holding hat 2 Millionen Aktien der Norvia AG am Montag über die Börse für 31 Millionen Euro gekauft."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    # a company bought outright stays an acquisition
    records = records_of("Die Velkor Holding hat die Norvia AG im vergangenen Jahr für 31 Millionen Euro gekauft.", "de")
    assert records and records[0].deal_type is DealType.ACQUISITION


def test_german_possessive_sale_sells_its_possessor() -> None:
    # "nach ihrem Verkauf an X": the company the possessive stands for is what was sold
    records = records_of("Die Velkor GmbH wurde nach ihrem Verkauf an die Norvia AG umbenannt.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor GmbH", PartyRole.TARGET), ("Norvia AG", PartyRole.BUYER)}
    # a sale that names its object keeps the possessor as the seller
    records = records_of("Die Dastrel AG hat mit ihrem Verkauf der Velkor an die Norvia AG viel verdient.", "de")
    assert records and ("Dastrel AG", PartyRole.SELLER) in {(p.name, p.role) for p in records[0].parties}


def test_german_plan_to_buy_with_zu_infinitive() -> None:
    # "Der Plan von X, Y zu kaufen": the intent before the comma makes the infinitive a deal; "vom Tisch" calls it off
    records = records_of("Der Plan von Velkor, die Norvia AG zu kaufen, ist endgültig vom Tisch.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}
    assert records[0].status is DealStatus.CANCELLED
    records = records_of("Velkor plant, die Norvia AG zu kaufen.", "de")
    assert records and records[0].status is DealStatus.EXPECTED
    # no intent before the comma: buying is no deal
    assert records_of("Es lohnt sich, bei der Norvia AG zu kaufen.", "de") == []


def test_german_deal_called_off_in_another_telling() -> None:
    # the priced telling leads the record, the telling that calls the deal off sets its status
    text = (
        "Der Plan von Velkor, die Norvia AG zu kaufen, ist endgültig vom Tisch. "
        "Velkor hatte im Mai erklärt, dass man die Norvia AG für 2 Milliarden Euro kaufen wolle."
    )
    records = records_of(text, "de")
    assert records and records[0].status is DealStatus.CANCELLED and records[0].amount is not None
    # told once, the plan stays expected
    records = records_of("Velkor hatte im Mai erklärt, dass man die Norvia AG für 2 Milliarden Euro kaufen wolle.", "de")
    assert records and records[0].status is DealStatus.EXPECTED


def test_german_offer_accepted_is_agreed() -> None:
    records = records_of("Die Aktionäre der Norvia AG haben das Übernahmeangebot der Velkor AG angenommen.", "de")
    assert records and records[0].status is DealStatus.AGREED
    # an offer turned down is no agreement
    records = records_of("Die Aktionäre der Norvia AG haben das Übernahmeangebot der Velkor AG nicht angenommen.", "de")
    assert records and records[0].status is not DealStatus.AGREED


def test_german_proceeds_are_a_common_noun() -> None:
    # "als Erlös aus dem Verkauf": the proceeds are no seller
    records = records_of("Die Stadt Norvia verbuchte 2019 als Erlös aus dem Verkauf der Velkor AG an die Dastrel AG 200 Millionen Euro.", "de")
    assert records and "Erlös" not in {p.name for p in records[0].parties}
    assert ("Velkor AG", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}
    # a company named in full keeps its seller role
    records = records_of("Die Stadt Norvia verkauft die Velkor AG an die Dastrel AG.", "de")
    assert records and ("Stadt Norvia", PartyRole.SELLER) in {(p.name, p.role) for p in records[0].parties}


def test_german_separable_verbs_of_calling_off() -> None:
    for text in (
        "Die Velkor AG sagte die Übernahme der Norvia GmbH am Montag ab.",
        "Die Velkor AG bläst die Übernahme der Norvia GmbH ab.",
        "Die Velkor AG zog ihr Angebot für die Norvia GmbH zurück.",
        "Die Velkor AG gab die Übernahme der Norvia GmbH auf.",
    ):
        records = records_of(text, "de")
        assert records and records[0].status is DealStatus.CANCELLED, text
    # "sagte ..., ... ab": a comma between, the particle belongs to another clause
    records = records_of("Die Velkor AG übernimmt die Norvia GmbH, sagte der Chef am Montag, die Nachfrage nehme ab.", "de")
    assert records and records[0].status is not DealStatus.CANCELLED


def test_german_cashing_in_a_stake_is_a_sale() -> None:
    records = records_of("Die Velkor AG versilberte ihre Beteiligung an der Norvia GmbH für 200 Millionen Euro.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE and records[0].status is DealStatus.COMPLETED
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SELLER), ("Norvia GmbH", PartyRole.TARGET)}
    # cashing in goods with no company named is no deal
    assert records_of("Der Sammler versilbert seine Bilder.", "de") == []


def test_german_package_put_together_and_bid_rebuffed() -> None:
    records = records_of("Norland und die Velkor Bank haben ein neues Hilfspaket für Lorvanien geschnürt.", "de")
    assert records and records[0].status is DealStatus.AGREED
    records = records_of("Die Velkor AG machte ein Angebot für die Norvia GmbH, war damit aber abgeblitzt.", "de")
    assert records and records[0].status is DealStatus.CANCELLED
    # the bid alone stands
    records = records_of("Die Velkor AG machte ein Angebot für die Norvia GmbH.", "de")
    assert records and records[0].status is not DealStatus.CANCELLED


def test_german_later_price_of_another_deal_is_not_taken() -> None:
    text = (
        "Die Dastrel Bank hat ihre Beteiligung an der Velkor AG auf 15 Prozent erhöht. Sie halte die Anteile für einen Kunden. "
        "Tags zuvor hatte sich die Tessmar AG an der Norvia AG beteiligt. "
        "Bei einer Kapitalerhöhung platzierte die Norvia AG neue Aktien im Wert von 100 Millionen Euro."
    )
    records = [r for r in records_of(text, "de") if "Dastrel Bank" in {p.name for p in r.parties}]
    assert records and records[0].amount is None
    # a later sentence that prices this deal still does
    records = records_of("Die Dastrel Bank hat ihre Beteiligung an der Velkor AG auf 15 Prozent erhöht. Dafür zahlte die Dastrel Bank 100 Millionen Euro.", "de")
    assert records and records[0].amount is not None and records[0].amount.value == Decimal("100000000")


def test_german_owner_of_the_target_sells() -> None:
    text = "Die Velkor AG will die Norvia GmbH kaufen. Verhandelt wurde mit Dastrel Global, die Eigentümerin der Norvia GmbH ist."
    records = records_of(text, "de")
    assert records and ("Dastrel Global", PartyRole.SELLER) in {(p.name, p.role) for p in records[0].parties}
    # the owner of another company is no seller
    records = records_of("Die Velkor AG übernimmt die Norvia GmbH. Die Tessmar AG ist Eigentümer der Quadra GmbH.", "de")
    assert records and all(p.role is not PartyRole.SELLER for p in records[0].parties)


def test_german_age_noun_subject_makes_the_accusative_name_the_object() -> None:
    records = records_of("Der 81-Jährige hatte in den 1990er-Jahren die kleine Handelsfirma Norvia übernommen.", "de")
    assert records and (("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties})
    # a name opening the sentence is still the buyer
    records = records_of("Die Velkor AG hatte in den 1990er-Jahren die kleine Handelsfirma Norvia übernommen.", "de")
    assert records and {("Velkor AG", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)} <= {(p.name, p.role) for p in records[0].parties}


def test_german_reported_speech_auxiliary_keeps_the_opening_name() -> None:
    records = records_of("Velkor habe sich im April an Norvia beteiligt, sagte ein Sprecher.", "de")
    assert records and {"Velkor", "Norvia"} <= {p.name for p in records[0].parties}
    # a pronoun before the same auxiliary is no name
    records = records_of("Man habe sich im April an Norvia beteiligt, sagte ein Sprecher.", "de")
    assert records and {p.name for p in records[0].parties} == {"Norvia"}


def test_german_headline_in_present_is_done_when_the_next_sentence_tells_it_in_the_perfect() -> None:
    headline = "Velkor verkauft den größten Teil seines Norvia-Pakets\n"
    records = records_of(headline + "Velkor hat sich weitgehend von der Beteiligung an dem Konzern Norvia getrennt.", "de")
    assert records and records[0].status is DealStatus.COMPLETED
    # a next sentence that only plans the sale leaves it to come
    records = records_of(headline + "Velkor will sich bis Jahresende von seiner Beteiligung an Norvia trennen.", "de")
    assert records and records[0].status is not DealStatus.COMPLETED


def test_german_buyer_named_by_what_it_bought() -> None:
    records = records_of("Der Norvia-Käufer Velkor nutzte ein rotes Logo, das an DASTREL erinnerte.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert records[0].deal_type is DealType.ACQUISITION
    # a buyer noun with no name after it tells no deal
    assert not records_of("Der Norvia-Käufer ist noch nicht bekannt, sagte Velkor.", "de")


def test_german_aid_programme_is_a_deal_of_type_other() -> None:
    records = records_of("Portugal hat ein neues Hilfsprogramm beim Rettungsfonds ESM beantragt.", "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert {("Portugal", PartyRole.TARGET), ("ESM", PartyRole.INVESTOR)} <= {(p.name, p.role) for p in records[0].parties}
    # a programme with no named side is no deal
    assert not records_of("Man will bald ein neues Hilfsprogramm auflegen.", "de")


def test_german_agent_of_an_attributive_participle_takes_no_side() -> None:
    text = "Der vom NVK unterstützte Kläger hatte die Norvia AG verklagt. Velkor hat die Norvia AG übernommen, sagte der vom NVK beauftragte Anwalt."
    records = [r for r in records_of(text, "de") if "Velkor" in {p.name for p in r.parties}]
    assert records and "NVK" not in {p.name for p in records[0].parties}
    # the same acronym acting in the sentence still takes part
    records = records_of("Velkor hat die Norvia AG vom NVK übernommen.", "de")
    assert records and "NVK" in {p.name for p in records[0].parties}


def test_german_speakers_company_takes_a_stake_told_in_reported_speech() -> None:
    text = "Tom Halber, Geschäftsführer der Velkor HandelsgmbH, betonte, sein Unternehmen habe sich 2019 mit zehn Prozent an Norvia beteiligt."
    records = records_of(text, "de")
    assert records and {("Velkor HandelsgmbH", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)} <= {(p.name, p.role) for p in records[0].parties}
    assert "Tom Halber" not in {p.name for p in records[0].parties}
    # with no function naming his company, the speaker's company is not guessed
    records = records_of("Tom Halber sagte, sein Unternehmen habe die Norvia GmbH übernommen.", "de")
    assert records and "Velkor HandelsgmbH" not in {p.name for p in records[0].parties}
    assert ("Norvia GmbH", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_german_bank_put_under_supervision_is_not_bought() -> None:
    assert not records_of("Das gilt für die Zeit nach der Übernahme der Norvia Bank unter die Aufsicht der Zentralbank.", "de")
    # a takeover by a named buyer still is one
    records = records_of("Das gilt für die Zeit nach der Übernahme der Norvia Bank durch die Velkor AG.", "de")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert {"Norvia Bank", "Velkor AG"} <= {p.name for p in records[0].parties}


def test_german_end_of_a_partnership_named_as_a_noun_is_cancelled() -> None:
    records = records_of("Der Sportartikelhersteller Velkor senkte nach dem Ende der Partnerschaft zwischen ihm und Tom Halber die Prognose.", "de")
    assert records and records[0].deal_type is DealType.PARTNERSHIP
    assert records[0].status is DealStatus.CANCELLED
    # a partnership widened is no end
    records = records_of("Der Sportartikelhersteller Velkor hat seine Partnerschaft mit dem Musiker Tom Halber ausgebaut.", "de")
    assert records and records[0].status is not DealStatus.CANCELLED


def test_german_deal_told_on_unnamed_sources_is_rumored() -> None:
    text = "Velkor will sich von seinem Anteil an der Norvia AG trennen, schrieb die Agentur Dastrel unter Berufung auf mit den Gesprächen vertraute Personen."
    records = records_of(text, "de")
    assert records and records[0].status is DealStatus.RUMORED
    # the same plan told by the company itself is expected, not hearsay
    records = records_of("Velkor will sich von seinem Anteil an der Norvia AG trennen.", "de")
    assert records and records[0].status is DealStatus.EXPECTED


def test_german_bought_off_a_dative_name_with_an_unnamed_thing_makes_it_the_seller() -> None:
    records = records_of("Velkor kaufte der Norvia AG für zwei Milliarden Euro Wertpapiere ab.", "de")
    assert records and {("Velkor", PartyRole.BUYER), ("Norvia AG", PartyRole.SELLER)} <= {(p.name, p.role) for p in records[0].parties}
    assert ("Norvia AG", PartyRole.TARGET) not in {(p.name, p.role) for p in records[0].parties}
    # a genitive after a noun is no dative: the unit of Norvia is bought, so the unit is the target (and Norvia, its
    # owner, sells it: test_assets_de)
    records = records_of("Velkor kaufte die Sparte der Norvia AG ab.", "de")
    assert records and ("Sparte", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_german_bare_name_weighing_a_deal_is_the_buyer() -> None:
    for text in ("Velkor prüft den Kauf der Norvia AG.", "Velkor erwägt die Übernahme der Norvia AG.", "Velkor prüfe den Kauf der Norvia AG, hieß es."):
        records = records_of(text, "de")
        assert records and ("Velkor", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}
        assert records[0].status is DealStatus.EXPECTED
    # a pronoun opening the sentence is no name
    records = records_of("Niemand prüft den Kauf der Norvia AG.", "de")
    assert all("Niemand" not in {p.name for p in r.parties} for r in records)


def test_german_aid_noun_with_its_giver_in_the_genitive() -> None:
    records = records_of("Das Hilfspaket der EU für die Norvia AG von 18 Milliarden Euro steht bereit.", "de")
    assert records and {("Norvia AG", PartyRole.TARGET), ("EU", PartyRole.INVESTOR)} <= {(p.name, p.role) for p in records[0].parties}
    assert records[0].amount is not None and records[0].amount.value == Decimal("18000000000")
    # the genitive with no recipient after it names whose aid it is, not a deal
    assert not records_of("Das Hilfspaket der EU wurde im Parlament gelobt.", "de")


def test_german_deal_the_press_infers_with_offenbar_is_rumored() -> None:
    records = records_of("Der Konzern Velkor möchte seine Beteiligung an der Norvia AG offenbar abstoßen.", "de")
    assert records and records[0].status is DealStatus.RUMORED
    # a deal told as done stays done, the adverb does not undo the completed cue
    records = records_of("Velkor hat die Norvia AG offenbar übernommen.", "de")
    assert records and records[0].status is DealStatus.COMPLETED


def test_german_deal_named_by_its_announcement_is_announced() -> None:
    records = records_of("Der Kurs der Norvia AG brach seit der Ankündigung einer Kapitalerhöhung ein.", "de")
    assert records and records[0].deal_type is DealType.FUNDING_ROUND and records[0].status is DealStatus.ANNOUNCED
    # with no announcement the status is not made up
    records = records_of("Der Kurs der Norvia AG brach seit einer Kapitalerhöhung ein.", "de")
    assert records and records[0].status is not DealStatus.ANNOUNCED


def test_a_german_roundup_reports_more_than_five_deals() -> None:
    # a market roundup tells one deal per company; English wire stories keep the cap of five
    pairs = [("Velkor", "Norvia"), ("Dastrel", "Tessmar"), ("Quadra", "Brelmont"), ("Kolbry", "Harlow"), ("Marvik", "Orlan"), ("Trebnew", "Corvane")]
    german = " ".join(f"Die {a} AG übernimmt die {b} GmbH." for a, b in pairs)
    assert len(records_of(german, "de")) == 6
    english = " ".join(f"{a} Corp acquired {b} Inc." for a, b in pairs)
    assert len(records_of(english, "en")) == 5


def test_a_stake_told_with_an_inverted_subject_and_its_size() -> None:
    text = "Zuvor hatte sich Velkor Online bereits mit rund 12 Prozent am Netzbetreiber Norvia beteiligt."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor Online", PartyRole.INVESTOR), ("Norvia", PartyRole.TARGET)}
    # taking part in a procedure is no stake: no buyer, no deal
    assert not records_of("Am Vortag hatte sich die Stadt mit den Bürgern schon lange und ausführlich am Verfahren beteiligt.", "de")


def test_each_suitor_bids_for_the_company_just_named() -> None:
    text = (
        "Die Norvia AG steht zum Verkauf. Der Konzern Velkor AG, der zur Dastrel gehört, aber auch die Tessmar Group "
        "der Unternehmensgruppe Brelmont haben ihr Kaufinteresse schon bekundet."
    )
    bids = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "de")]
    assert {("Norvia AG", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)} in bids
    assert {("Norvia AG", PartyRole.TARGET), ("Tessmar Group", PartyRole.BUYER), ("Brelmont", PartyRole.BUYER)} in bids


def test_an_interest_with_no_company_for_sale_is_no_bid() -> None:
    assert not records_of("Die Velkor AG hat ihr Kaufinteresse an Elektroautos bekundet.", "de")
    assert not records_of("Die Velkor AG meldet Rekordumsatz. Die Tessmar Group hat bereits ihr Kaufinteresse bekundet.", "de")


def test_german_deal_verbs_in_more_tenses() -> None:
    # the perfect's participle, the separable particle and the legal word for a merger, each with two named sides
    cases = [
        ("Die Velkor AG hat die Norvia GmbH aufgekauft.", DealType.ACQUISITION),
        ("Die Velkor AG kauft die Norvia GmbH auf.", DealType.ACQUISITION),
        ("Die Velkor AG will sich an der Norvia GmbH beteiligen.", DealType.INVESTMENT),
        ("Die Velkor AG hat sich bei der Norvia GmbH eingekauft.", DealType.INVESTMENT),
        ("Die Velkor AG hat ihren Anteil an der Norvia GmbH auf 30 Prozent aufgestockt.", DealType.INVESTMENT),
        ("Die Velkor AG hat 40 Züge an die Norvia GmbH geliefert.", DealType.SUPPLY_CONTRACT),
        ("Die Norvia GmbH hat 40 Züge bei der Velkor AG geordert.", DealType.SUPPLY_CONTRACT),
        ("Die Velkor AG verschmilzt mit der Norvia GmbH.", DealType.MERGER),
        ("Die Norvia GmbH wird auf die Velkor AG verschmolzen.", DealType.MERGER),
        ("Die Verschmelzung der Norvia GmbH mit der Velkor AG ist abgeschlossen.", DealType.MERGER),
        ("Die Velkor AG und die Norvia GmbH legen ihr Geschäft zusammen.", DealType.MERGER),
        ("Die Velkor AG sammelt 20 Millionen Euro bei der Norvia Capital ein.", DealType.INVESTMENT),
    ]
    for text, deal_type in cases:
        records = records_of(text, "de")
        assert records and records[0].deal_type is deal_type, text
        assert {p.name for p in records[0].parties} >= {"Velkor AG", "Norvia GmbH" if "Capital" not in text else "Norvia Capital"}, text


def test_look_alikes_of_the_new_verb_forms_are_no_deals() -> None:
    for text in [
        "Im Reaktor Velkor sollen Plasmen aus Wasserstoff zu Helium verschmolzen werden, damit Atomkerne verschmelzen.",
        "Wir haben uns ein hartes Rennen geliefert, sagte der Chef der Velkor AG.",
        "Die Kunden haben in Panik die Vorräte aufgekauft.",
    ]:
        assert not records_of(text, "de"), text


def test_background_deals_in_relative_clauses_keep_their_roles() -> None:
    swallowed = records_of("Die Velkor AG, die 2019 den Konkurrenten Norvia geschluckt hatte, meldet Gewinne.", "de")
    assert swallowed and {(p.name, p.role) for p in swallowed[0].parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    stake = records_of("Die Velkor AG, die 2019 bei der Norvia GmbH eingestiegen war, meldet Gewinne.", "de")
    assert stake and stake[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in stake[0].parties} == {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}
    # a clause that only says who owns a company tells no deal
    assert not records_of("Die Velkor AG, die seit 2019 zur Norvia GmbH gehört, meldet Gewinne.", "de")


def test_a_deal_noun_opening_the_sentence_is_its_subjects_purchase() -> None:
    for text in ("Nach der Übernahme der Norvia GmbH meldet die Velkor AG Gewinne.", "Durch die Übernahme der Norvia GmbH wird die Velkor AG größer."):
        records = records_of(text, "de")
        assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}, text
    # after a sale with its buyer named, the subject is the seller
    sold = records_of("Nach dem Verkauf der Norvia GmbH an die Dastrel AG baut die Velkor AG Stellen ab.", "de")
    assert sold and ("Velkor AG", PartyRole.SELLER) in {(p.name, p.role) for p in sold[0].parties}


def test_a_new_owner_apposed_to_its_company_or_to_the_noun() -> None:
    for text in (
        "Die Velkor AG, seit Mai neuer Eigentümer der Norvia GmbH, meldet Gewinne.",
        "Der neue Eigentümer der Norvia GmbH, die Velkor AG, meldet Gewinne.",
    ):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.ACQUISITION, text
        assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}, text
    # a new owner described, not named, makes no deal
    assert not records_of("Der neue Eigentümer der Norvia GmbH, der im Mai kam, will sparen.", "de")


def test_a_stake_told_in_a_relative_clause_opened_by_a_preposition() -> None:
    records = records_of("Die Velkor AG, an der sich die Norvia GmbH 2019 beteiligt hatte, meldet Gewinne.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.TARGET), ("Norvia GmbH", PartyRole.INVESTOR)}
    invested = records_of("Die Velkor AG, in die die Norvia GmbH 50 Millionen Euro investiert hat, meldet Gewinne.", "de")
    assert invested and ("Norvia GmbH", PartyRole.INVESTOR) in {(p.name, p.role) for p in invested[0].parties}
    # who holds a stake now tells no deal
    assert not records_of("Die Velkor AG, an der die Stadt Norvia beteiligt ist, meldet Gewinne.", "de")


def test_a_supply_told_in_a_relative_clause() -> None:
    supplied = records_of("Die Velkor AG, die der Norvia GmbH 40 Züge liefert, meldet Gewinne.", "de")
    assert supplied and supplied[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in supplied[0].parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia GmbH", PartyRole.CUSTOMER)}
    ordered = records_of("Die Velkor AG, die bei der Norvia GmbH 40 Züge bestellt hat, meldet Gewinne.", "de")
    assert ordered and {(p.name, p.role) for p in ordered[0].parties} == {("Velkor AG", PartyRole.CUSTOMER), ("Norvia GmbH", PartyRole.SUPPLIER)}
    # a utility supplying a region names no customer
    assert not records_of("Die Velkor AG, die in der Region Norvia Strom liefert, meldet Gewinne.", "de")


def test_an_indefinite_target_is_the_named_deal_of_the_same_buyer() -> None:
    text = (
        "Ein Gericht hat der Velkor AG die Übernahme eines Buchverlags untersagt. "
        "Die Velkor AG wollte die Norvia GmbH für zwei Milliarden Euro kaufen."
    )
    records = records_of(text, "de")
    assert len(records) == 1 and {p.name for p in records[0].parties} == {"Velkor AG", "Norvia GmbH"}
    # a named deal is never the one that goes, whoever else buys something undescribed
    other = records_of("Die Velkor AG plant die Übernahme eines Buchverlags. Die Dastrel AG hat die Norvia GmbH gekauft.", "de")
    assert [{p.name for p in r.parties} for r in other] == [{"Dastrel AG", "Norvia GmbH"}]


def test_a_suitors_interest_is_expected() -> None:
    records = records_of("Der Verlag Norvia steht zum Verkauf. Die Velkor AG und die Dastrel GmbH haben ihr Kaufinteresse schon bekundet.", "de")
    assert [r.status for r in records] == [DealStatus.EXPECTED, DealStatus.EXPECTED]
    assert records[0].status_evidence is not None and records[0].status_evidence.text == "Kaufinteresse"


def test_name_after_a_generic_company_noun_is_the_buyer() -> None:
    # "Das Unternehmen Tarvelo hat ...": the name after the generic noun acts, not only the object named later
    (record,) = records_of("Das Unternehmen Tarvelo hat den Rivalen Velkor übernommen.", "de")
    assert {p.name: p.role for p in record.parties} == {"Tarvelo": PartyRole.BUYER, "Velkor": PartyRole.TARGET}
    (record,) = records_of("Die Firma Tarvelo kauft die Velkor AG für 20 Millionen Euro.", "de")
    assert {p.name: p.role for p in record.parties} == {"Tarvelo": PartyRole.BUYER, "Velkor AG": PartyRole.TARGET}
def test_the_talks_held_by_name_the_other_side_of_the_deal_talked_about() -> None:
    told = "Über einen Notkredit für die Stadt Lorvanien wird seit Montag verhandelt. Die Gespräche führen die Velkor Bank (VB) und der Norvia-Fonds."
    records = records_of(told, "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert {p.name for p in records[0].parties} >= {"Velkor Bank", "Norvia-Fonds"}
    assert "VB" not in {p.name for p in records[0].parties}
    # no talks in the deal's sentence: the talkers are about something else
    apart = "Die Stadt Lorvanien erhält einen Notkredit. Die Gespräche führen die Velkor Bank und der Norvia-Fonds."
    assert not any(p.name == "Velkor Bank" for r in records_of(apart, "de") for p in r.parties)
    # a deal with both sides named keeps them
    both = "Die Tessmar AG verhandelt mit der Dastrel AG über einen Notkredit. Die Gespräche führen die Velkor Bank und der Norvia-Fonds."
    assert not any(p.name == "Velkor Bank" for r in records_of(both, "de") for p in r.parties)


def test_the_one_who_intends_a_sale_before_the_zu_clause_sells() -> None:
    told = "Die Absicht der britischen Handelsbank Velkor, den kleinen Kabelnetzbetreiber Norvia zu verkaufen, gilt als kluger Zug von Dastrel."
    records = records_of(told, "de")
    assert records and {(p.name, p.role) for p in records[0].parties} >= {("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}
    # a list before the comma is no single holder of the intent: each listed name sells, none alone
    listed = "Velkor, Norvia und Dastrel haben beschlossen, die Tessmar AG zu verkaufen."
    (record,) = records_of(listed, "de")
    assert {p.name for p in record.parties if p.role is PartyRole.SELLER} == {"Velkor", "Norvia", "Dastrel"}


def test_a_countrys_genitive_takes_no_side() -> None:
    told = (
        "Portugals Wirtschaft wächst. Portugals Banken verdienen gut. Die Velkor Bank will Portugals größten "
        "Netzbetreiber Norvia verkaufen."
    )
    records = records_of(told, "de")
    assert records and "Portugals" not in {p.name for r in records for p in r.parties}
    assert {"Velkor Bank", "Norvia"} <= {p.name for p in records[0].parties}


@pytest.mark.parametrize(
    "after",
    [
        "Künftig gehört sie zur Velkor AG.",
        "Die Brennwerk gehört nun der Velkor AG.",
        "Der Käufer, die Velkor AG, legt dafür 40 Millionen Euro hin.",
        "Als Favorit gilt die Velkor AG.",
        "Interessiert ist die Velkor AG.",
    ],
)
def test_the_buyer_named_by_the_next_sentence(after: str) -> None:
    records = records_of("Die Norvia AG will ihre Tochter Brennwerk verkaufen. " + after, "de")
    assert records and ("Velkor AG", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}


def test_the_next_sentence_names_no_buyer_when_it_names_no_company_or_the_buyer_is_known() -> None:
    records = records_of("Die Norvia AG will ihre Tochter Brennwerk verkaufen. Künftig gehört sie zur Spitze der Branche.", "de")
    assert records and not any(p.role is PartyRole.BUYER for p in records[0].parties)
    records = records_of("Die Norvia AG verkauft ihre Tochter Brennwerk an die Dastrel AG. Als Favorit galt lange die Velkor AG.", "de")
    assert records and {p.name for p in records[0].parties if p.role is PartyRole.BUYER} == {"Dastrel AG"}


def test_who_accepts_the_offer_of_an_earlier_buyer_sells_to_it() -> None:
    told = "Der Bauriese Velkor steigt bei der Norvia AG ein. Nun will auch die Dastrel Holding das Angebot von Velkor annehmen."
    records = records_of(told, "de")
    assert any(
        {("Velkor", PartyRole.BUYER), ("Dastrel Holding", PartyRole.SELLER), ("Norvia AG", PartyRole.TARGET)} <= {(p.name, p.role) for p in r.parties}
        for r in records
    )
    # an offer only weighed is not accepted; an offer by one who bought nothing earlier sells nothing
    weighed = "Der Bauriese Velkor steigt bei der Norvia AG ein. Nun will die Dastrel Holding das Angebot von Velkor prüfen."
    assert not any(p.name == "Dastrel Holding" for r in records_of(weighed, "de") for p in r.parties)
    other = "Der Bauriese Velkor steigt bei der Norvia AG ein. Nun will die Dastrel Holding das Angebot der Tarvo-Gruppe annehmen."
    assert not any(p.name == "Dastrel Holding" for r in records_of(other, "de") for p in r.parties)


@pytest.mark.parametrize(
    ("told", "side"),
    [
        ("Die Velkor AG trennt sich von ihrer Tochter Brennwerk. Der Verkauf an die Norvia AG soll im Herbst vollzogen werden.", ("Norvia AG", PartyRole.BUYER)),
        ("Die Velkor AG trennt sich von ihrer Tochter Brennwerk. Die Transaktion mit der Norvia AG soll im Herbst vollzogen werden.", ("Norvia AG", PartyRole.BUYER)),
        ("Die Velkor AG übernimmt die Brennwerk GmbH. Die Übernahme von der Norvia AG soll im Herbst vollzogen werden.", ("Norvia AG", PartyRole.SELLER)),
        ("Die Velkor AG übernimmt die Brennwerk GmbH. Bislang hielt die Norvia AG sämtliche Anteile.", ("Norvia AG", PartyRole.SELLER)),
    ],
)
def test_a_deal_noun_or_former_holder_in_the_next_sentence_names_the_missing_side(told: str, side: tuple[str, PartyRole]) -> None:
    records = records_of(told, "de")
    assert len(records) == 1 and side in {(p.name, p.role) for p in records[0].parties}


def test_the_purchase_noun_with_von_and_no_article_names_no_seller() -> None:
    # "Die Übernahme von Norvia": without the article "von" names what is bought, not who sells; "den Rekord" is no stake
    for told in (
        "Die Velkor AG übernimmt die Brennwerk GmbH. Die Übernahme von Norvia war im Vorjahr gescheitert.",
        "Die Velkor AG übernimmt die Brennwerk GmbH. Bislang hielt die Norvia AG den Rekord.",
    ):
        records = records_of(told, "de")
        assert records and not any(p.role is PartyRole.SELLER for p in records[0].parties)


@pytest.mark.parametrize(
    "second",
    [
        "Die Velkor AG hat das Unternehmen von der Norvia AG übernommen.",
        "Die Velkor AG hat die Firma von der Norvia AG gekauft.",
        "Die Velkor AG übernimmt das Unternehmen von der Norvia AG.",
    ],
)
def test_a_described_company_bought_from_a_named_one(second: str) -> None:
    records = records_of("Die Brennwerk GmbH bekommt einen neuen Eigentümer. " + second, "de")
    assert records and {("Velkor AG", PartyRole.BUYER), ("Brennwerk GmbH", PartyRole.TARGET), ("Norvia AG", PartyRole.SELLER)} <= {
        (p.name, p.role) for p in records[0].parties
    }


def test_a_company_of_a_named_one_bought_is_that_one() -> None:
    # "das Unternehmen von Norvia" without the article reads as Norvia's company: Norvia stays what is bought
    records = records_of("Die Brennwerk GmbH bekommt einen neuen Eigentümer. Die Velkor AG hat das Unternehmen von Norvia übernommen.", "de")
    assert records and ("Norvia", PartyRole.SELLER) not in {(p.name, p.role) for p in records[0].parties}


@pytest.mark.parametrize(
    "second",
    ["Die Norvia Bank hat die neuen Aktien gezeichnet.", "Die Norvia Bank zeichnet alle neuen Aktien.", "Die Norvia Bank übernimmt die jungen Aktien."],
)
def test_who_takes_up_the_new_shares_backs_the_capital_increase(second: str) -> None:
    records = records_of("Die Velkor AG plant eine Kapitalerhöhung. " + second, "de")
    assert len(records) == 1 and ("Norvia Bank", PartyRole.INVESTOR) in {(p.name, p.role) for p in records[0].parties}


def test_a_purchase_after_a_capital_increase_backs_nothing() -> None:
    records = records_of("Die Velkor AG plant eine Kapitalerhöhung. Die Norvia Bank übernimmt die Brennwerk GmbH.", "de")
    increase = next(r for r in records if any(p.name == "Velkor AG" for p in r.parties))
    assert all(p.name != "Norvia Bank" for p in increase.parties)


def test_a_holder_noun_after_wird_is_no_agentless_passive() -> None:
    records = records_of("Die Velkor AG wird Großaktionär bei der Brennwerk AG.", "de")
    assert records and {("Velkor AG", PartyRole.INVESTOR), ("Brennwerk AG", PartyRole.TARGET)} <= {(p.name, p.role) for p in records[0].parties}
    # a participle after "werden" with no agent still names no deal
    assert not records_of("Bei der Brennwerk AG wird gekauft, was billig ist.", "de")


def test_the_relative_clause_that_made_them_shareholders_names_the_backers() -> None:
    records = records_of("Die Brennwerk AG überlebte dank einer Kapitalerhöhung, die den Hersteller Velkor zum Großaktionär machte.", "de")
    assert records and ("Velkor", PartyRole.INVESTOR) in {(p.name, p.role) for p in records[0].parties}
    # a clause taking up another noun ("Der Plan, der ...") is not the capital increase's
    records = records_of("Die Brennwerk AG plant eine Kapitalerhöhung. Der Plan, der Velkor zum Großaktionär machen würde, stößt auf Kritik.", "de")
    assert records and all(p.name != "Velkor" for p in records[0].parties)


@pytest.mark.parametrize(
    ("told", "side"),
    [
        ("Die Norvia AG will ihre Tochter Brennwerk verkaufen. Verhandelt wird mit der Velkor AG.", ("Velkor AG", PartyRole.BUYER)),
        ("Die Norvia AG will ihre Tochter Brennwerk verkaufen. Die Gespräche führt sie mit der Velkor AG.", ("Velkor AG", PartyRole.BUYER)),
        ("Die Velkor AG will die Brennwerk GmbH übernehmen. Sie verhandelt derzeit mit der Norvia AG.", ("Norvia AG", PartyRole.SELLER)),
    ],
)
def test_the_talks_of_the_next_sentence_name_the_missing_side(told: str, side: tuple[str, PartyRole]) -> None:
    records = records_of(told, "de")
    assert records and side in {(p.name, p.role) for p in records[0].parties}


def test_talks_between_other_companies_name_no_side() -> None:
    records = records_of("Die Norvia AG will ihre Tochter Brennwerk verkaufen. Die Dastrel AG verhandelt derzeit mit der Velkor AG.", "de")
    assert records and not any(p.role is PartyRole.BUYER for p in records[0].parties)


def test_a_company_that_is_to_be_sold_is_what_is_sold() -> None:
    records = records_of("Die Velkor AG steckt in der Krise. Die Tochter Brennwerk GmbH soll verkauft werden.", "de")
    assert records and ("Brennwerk GmbH", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}
    assert ("Brennwerk GmbH", PartyRole.SELLER) not in {(p.name, p.role) for p in records[0].parties}
    # a modal with the perfect ("soll ... verkauft haben") keeps its subject as the seller
    records = records_of("Die Velkor AG steckt in der Krise. Velkor soll die Tochter Brennwerk verkauft haben.", "de")
    assert records and ("Brennwerk", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_the_leader_of_a_consortium_named_as_new_owner_buys() -> None:
    told = "Die Velkor AG hat ihre Tochter Brennwerk verkauft. Neuer Eigentümer ist ein Konsortium um die Norvia AG."
    records = records_of(told, "de")
    assert records and ("Norvia AG", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}
    # a member named in a relative clause is not read as the leader
    told = "Die Velkor AG hat ihre Tochter Brennwerk verkauft. Neuer Eigentümer ist ein Konsortium aus Banken, dem auch die Norvia AG angehört."
    records = records_of(told, "de")
    assert records and not any(p.role is PartyRole.BUYER for p in records[0].parties)


def test_a_company_with_its_legal_form_sold_in_the_passive_is_a_sale() -> None:
    records = records_of("Die Velkor AG steckt in der Krise. Die Tochter Brennwerk GmbH wird verkauft.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert ("Brennwerk GmbH", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}
    # goods sold in the passive stay no deal
    assert not records_of("Die Velkor AG steckt in der Krise. Immer weniger Fahrzeuge werden verkauft.", "de")


def test_who_takes_on_the_staff_of_a_unit_just_sold_bought_it() -> None:
    records = records_of("Die Norvia AG verkauft ihre Tochter Brennwerk. Die Velkor AG übernimmt auch alle 300 Mitarbeiter.", "de")
    assert len(records) == 1 and ("Velkor AG", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}
    # a sale with its buyer named keeps it
    records = records_of("Die Norvia AG verkauft ihre Tochter Brennwerk an die Dastrel AG. Die Velkor AG übernimmt auch alle 300 Mitarbeiter.", "de")
    assert records and {p.name for p in records[0].parties if p.role is PartyRole.BUYER} == {"Dastrel AG"}


def test_takeover_told_apart_from_a_stake_is_an_acquisition() -> None:
    text = (
        "Der Versender Velkor will den Rivalen Dastrel übernehmen. "
        "Velkor hält bereits einen Anteil von zwölf Prozent an Dastrel."
    )
    types = {r.deal_type for r in records_of(text, "de")}
    assert DealType.ACQUISITION in types and DealType.INVESTMENT not in types


def test_stake_bought_in_one_sentence_stays_an_investment() -> None:
    text = "Der Versender Velkor kauft für 40 Millionen Euro einen Anteil von zwölf Prozent an Dastrel."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.INVESTMENT


def test_a_stake_held_in_a_named_company_is_an_investment() -> None:
    records = records_of("Die Velkor AG hält seit Jahren 30 Prozent an der Norvia GmbH.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}
    # a share of the votes is held in no company
    assert records_of("Die Velkor AG hält 30 Prozent der Stimmen.", "de") == []


def test_a_company_opening_a_sentence_before_a_contract_verb_is_its_name() -> None:
    text = "Tessmar vergibt einen Großauftrag an die Norvia GmbH."
    records = records_of(text, "de")
    assert records and {p.name for p in records[0].parties} == {"Tessmar", "Norvia GmbH"}


def test_a_lone_seller_parting_with_its_own_unit_is_a_sale() -> None:
    for text, unit in (("Die Velkor AG verkauft ihre Tochter in Lorvanien.", ["Tochter in Lorvanien"]), ("Die Velkor AG will ihre Beteiligung verkaufen.", [])):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.DIVESTITURE, text
        # the unit sold, named by a common noun, is the target (``roles.de.assets``); a stake is none
        assert [(p.name, p.role) for p in records[0].parties] == [("Velkor AG", PartyRole.SELLER)] + [(u, PartyRole.TARGET) for u in unit]
    # goods sold are no deal
    assert records_of("Die Velkor AG verkauft ihre Produkte im Internet.", "de") == []


def test_two_companies_signing_a_supply_contract_are_its_two_sides() -> None:
    for text in (
        "Die Velkor AG und die Norvia GmbH haben einen Liefervertrag unterzeichnet.",
        "Die Velkor AG und der Versorger Norvia haben einen Stromliefervertrag geschlossen.",
    ):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT, text
        assert {p.role for p in records[0].parties} == {PartyRole.SUPPLIER, PartyRole.CUSTOMER}, text


def test_an_order_and_its_delivery_told_in_two_sentences_are_one_contract() -> None:
    for text in (
        "Die Norvia GmbH hat 40 Züge bestellt. Die Velkor AG liefert die Züge ab 2026.",
        "Die Velkor AG liefert 40 Züge. Die Norvia GmbH hat die Züge bestellt.",
    ):
        records = records_of(text, "de")
        assert len(records) == 1 and records[0].deal_type is DealType.SUPPLY_CONTRACT, text
        assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia GmbH", PartyRole.CUSTOMER)}, text


def test_a_country_that_orders_or_is_delivered_to_is_the_customer() -> None:
    for text in (
        "Lorvanien bestellt 250 Panzer bei der Velkor AG.",
        "Lorvanien hat 250 Panzer bei der Velkor AG bestellt.",
        "Die Velkor AG liefert 250 Panzer an Lorvanien.",
    ):
        item = _item(text.replace("Lorvanien", "Frankreich"), "de")
        records = extract(item)
        _check(item, records)
        assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT, text
        assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Frankreich", PartyRole.CUSTOMER)}, text
    # a country where the sentence is set is no customer
    records = records_of("In Frankreich liefert die Velkor AG 250 Panzer an die Norvia GmbH.", "de")
    assert all(p.name != "Frankreich" for r in records for p in r.parties)


def test_an_abbreviated_sum_does_not_end_the_clause_of_an_investment() -> None:
    records = records_of("Die Velkor AG investiert rund 58 Mio. Euro in die Norvia GmbH.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}


def test_a_company_paying_for_a_site_of_its_own_is_infrastructure() -> None:
    records = records_of("Die Velkor AG investiert 200 Millionen Euro in ein neues Werk.", "de")
    assert records and records[0].deal_type is DealType.INFRASTRUCTURE
    # the site is the target (``roles.de.assets``)
    assert [(p.name, p.role) for p in records[0].parties] == [("Velkor AG", PartyRole.SUPPLIER), ("Werk", PartyRole.TARGET)]
    assert records[0].amount is not None and records[0].amount.value == Decimal("200000000")
    # no sum stated, no deal; a named company's site is invested in
    assert records_of("Die Velkor AG investiert in ein neues Werk.", "de") == []
    records = records_of("Die Velkor AG investiert 20 Millionen Euro in das Werk der Norvia GmbH.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT


def test_the_maker_named_after_an_order_is_its_supplier() -> None:
    records = records_of("Die Norvia GmbH hat 40 Züge bestellt. Hersteller ist die Velkor AG.", "de")
    assert len(records) == 1 and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia GmbH", PartyRole.CUSTOMER)}


def test_common_abbreviations_do_not_end_a_triggers_clause() -> None:
    records = records_of("Die Velkor AG investiert ca. 40 Mrd. Euro u.a. in die Norvia GmbH.", "de")
    assert records and records[0].deal_type is DealType.INVESTMENT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.INVESTOR), ("Norvia GmbH", PartyRole.TARGET)}


def test_goods_counted_and_sold_or_received_are_a_supply_contract() -> None:
    for text in ("Die Velkor AG verkauft 40 Züge an die Norvia GmbH.", "Die Norvia GmbH erhält 40 Züge von der Velkor AG."):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT, text
        assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia GmbH", PartyRole.CUSTOMER)}, text
    # a stake sold stays a sale; a sum received is no delivery
    records = records_of("Die Velkor AG verkauft 20 Prozent an die Norvia GmbH.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert all(r.deal_type is not DealType.SUPPLY_CONTRACT for r in records_of("Die Norvia GmbH erhält 40 Millionen Euro von der Velkor AG.", "de"))


def test_the_client_of_a_building_contract_is_its_customer() -> None:
    text = "Die Velkor AG hat den Zuschlag für den Bau der Brücke erhalten. Bauherr ist die Norvia GmbH."
    records = records_of(text, "de")
    assert len(records) == 1 and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.SUPPLIER), ("Norvia GmbH", PartyRole.CUSTOMER)}


def test_a_rescue_operation_by_a_named_party_is_aid() -> None:
    records = records_of("Die Velkor Bank erhält eine Rettungsaktion der Bundesregierung über 20 Milliarden Euro.", "de")
    assert records and records[0].deal_type is DealType.OTHER
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor Bank", PartyRole.TARGET), ("Bundesregierung", PartyRole.INVESTOR)}


def test_a_company_that_is_a_standing_partner_of_another_is_a_partnership() -> None:
    records = records_of("Die Velkor AG ist Vertriebspartner der Norvia GmbH.", "de")
    assert records and records[0].deal_type is DealType.PARTNERSHIP
    assert {p.name for p in records[0].parties} == {"Velkor AG", "Norvia GmbH"}  # the role noun is no side
    # a person who is a partner of a law firm is no deal
    assert records_of("Ivo Brenn ist Partner der Kanzlei Velkor.", "de") == []


def test_a_maker_named_by_whom_it_supplies_is_a_supply_contract() -> None:
    for text in ("Der Velkor-Zulieferer Norvia GmbH meldet Verluste.", "Die Norvia GmbH ist ein wichtiger Zulieferer der Velkor AG."):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT, text
        roles = {p.role: p.name for p in records[0].parties}
        assert roles[PartyRole.SUPPLIER] == "Norvia GmbH" and roles[PartyRole.CUSTOMER].startswith("Velkor"), text
    # the compound alone names no maker
    assert records_of("Der Velkor-Zulieferer meldet Verluste.", "de") == []


def test_a_company_passing_into_anothers_ownership_is_bought() -> None:
    records = records_of("Die Velkor AG ging 2019 in den Besitz der Norvia GmbH über.", "de")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert {(p.name, p.role) for p in records[0].parties} == {("Velkor AG", PartyRole.TARGET), ("Norvia GmbH", PartyRole.BUYER)}


def test_parting_with_the_subject_after_sich_sells() -> None:
    # the trigger runs over its subject: "trennt sich die X AG von Y" after an opening adverb
    assert _de_parties("Zudem trennt sich die Velkor AG von Norvia.") == {("Velkor AG", PartyRole.SELLER), ("Norvia", PartyRole.TARGET)}


def test_a_country_after_an_inverted_order_verb_orders() -> None:
    records = records_of("Im Mai bestellte Polen 40 Panzer bei Velkor.", "de")
    assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT
    assert {(p.name, p.role) for p in records[0].parties} == {("Polen", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)}


def test_the_subject_of_a_passive_sale_in_a_that_clause_is_sold() -> None:
    # "dass ... verkauft werden": the clause's verb comes last, the passive's subject is what is sold, not a seller
    records = records_of("Velkor meldete Verluste. Velkor teilte mit, dass seine Beteiligung an Norvia bald verkauft wird.", "de")
    assert records and records[0].deal_type is DealType.DIVESTITURE
    assert ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in records[0].parties}


def test_the_owner_named_after_what_is_sold_sells_it() -> None:
    for text in (
        "Die Norvia GmbH, im Besitz des Investors Velkor, wird an die Dastrel AG verkauft.",
        "Die Dastrel AG übernimmt die Norvia GmbH im Besitz der Velkor AG.",
    ):
        records = records_of(text, "de")
        assert records, text
        roles = {p.role: p.name for p in records[0].parties}
        assert roles[PartyRole.TARGET] == "Norvia GmbH" and roles[PartyRole.SELLER].startswith("Velkor"), text
        assert roles[PartyRole.BUYER] == "Dastrel AG", text


def test_a_company_awarded_to_a_bidder_is_bought_by_it() -> None:
    records = records_of("Die Norvia GmbH ist im vergangenen Jahr der Velkor AG zugeschlagen worden.", "de")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert {(p.name, p.role) for p in records[0].parties} == {("Norvia GmbH", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}
    assert records_of("Die Kosten wurden dem Preis zugeschlagen.", "de") == []  # added to a sum: no deal


def test_a_second_coordinated_verb_shares_the_first_verbs_subject() -> None:
    # the object of "kauft" is not the subject of "verkauft"
    records = records_of("Velkor übernimmt die Norvia AG und verkauft die Dastrel GmbH an Tessmar.", "de")
    parties = {(p.name, p.role) for r in records for p in r.parties}
    assert ("Velkor", PartyRole.SELLER) in parties and ("Norvia AG", PartyRole.SELLER) not in parties
    assert ("Dastrel GmbH", PartyRole.TARGET) in parties and ("Tessmar", PartyRole.BUYER) in parties


def test_a_purchase_and_a_sale_of_two_things_in_one_sentence_are_two_deals() -> None:
    records = records_of("Der Konzern Velkor kauft die Firma Norvia und verkauft die Tochter Dastrel an Korlim.", "de")
    assert sorted((r.deal_type.value, tuple(sorted(p.name for p in r.parties if p.role is PartyRole.TARGET))) for r in records) == [
        ("acquisition", ("Norvia",)), ("divestiture", ("Dastrel",)),
    ]
    # negative: a sale and the purchase of the same thing stay one deal
    (one,) = records_of("Velkor verkauft Norvia an Korlim, das damit Norvia übernimmt.", "de")
    assert {p.name for p in one.parties if p.role is PartyRole.TARGET} == {"Norvia"}


@pytest.mark.parametrize("source", ["Laut Tagesbote", "Laut dem Blatt Abendkurier"])
def test_a_named_source_before_the_payer_does_not_make_the_sum_another_deal(source: str) -> None:
    # "Laut Tagesbote zahlt Velkor ...": the paper tells the price, it is no party of another deal
    records = records_of(f"Velkor übernimmt Norvia. {source} zahlt Velkor rund 1,2 Milliarden Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("1200000000")


def test_a_takeover_named_in_passing_does_not_take_the_sum_of_the_sale_told_with_it() -> None:
    # "nach der Norvia-Übernahme" dates the share sale; the sale's sum is not the takeover's price
    text = "Velkor hat seit der Norvia-Übernahme schon wieder Aktien der Dastrel AG für mehrere Milliarden Dollar abgegeben."
    by_type = {r.deal_type: r for r in records_of(text, "de")}
    assert by_type[DealType.ACQUISITION].amount is None
    sale = by_type[DealType.DIVESTITURE].amount
    assert sale is not None and sale.lower == Decimal("2000000000")


def test_a_later_sentence_that_names_the_takeover_in_passing_prices_another_deal() -> None:
    text = (
        "Velkor hat Norvia übernommen. "
        "Velkor hat seit der Norvia-Übernahme schon wieder Aktien der Dastrel AG für mehrere Milliarden Dollar abgegeben."
    )
    by_type = {r.deal_type: r for r in records_of(text, "de")}
    assert by_type[DealType.ACQUISITION].amount is None


def test_a_takeover_told_with_its_own_price_after_nach_keeps_it() -> None:
    records = records_of("Nach der Übernahme von Norvia für 2 Milliarden Euro will Velkor wachsen.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("2000000000")


def test_a_loan_told_again_by_its_noun_gives_its_volume() -> None:
    records = records_of("Velkor erhält von Norvia einen neuen Kredit. Der Kredit hat ein Volumen von 86 Milliarden Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("86000000000")


def test_a_loan_noun_after_a_takeover_does_not_price_the_takeover() -> None:
    records = records_of("Velkor übernimmt Norvia. Der Kredit dafür hat ein Volumen von 86 Milliarden Euro.", "de")
    assert records[0].amount is None


def test_the_worth_of_the_transaction_is_its_price() -> None:
    records = records_of("Velkor übernimmt Norvia. Der Wert der Transaktion liegt bei 300 Millionen Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("300000000")


def test_a_relative_clause_with_bereits_prices_its_own_earlier_deal() -> None:
    records = records_of("Velkor übernimmt Norvia, die bereits 20 Millionen Euro bei Investoren eingesammelt hat.", "de")
    acquisition = [r for r in records if r.deal_type is DealType.ACQUISITION]
    assert acquisition and acquisition[0].amount is None


def test_a_turnover_with_its_year_before_the_colon_is_no_price() -> None:
    records = records_of("Velkor übernimmt den Hersteller Norvia (Umsatz 2019: 4 Mrd. Euro) für 1,2 Milliarden Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("1200000000")


def test_a_turnover_told_with_its_own_sum_leaves_the_price_after_it() -> None:
    records = records_of("Velkor übernimmt Norvia. Der Konzern mit 2 Milliarden Euro Umsatz zahlt 300 Millionen Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("300000000")


def test_a_turnover_before_the_sum_is_still_no_price() -> None:
    records = records_of("Velkor übernimmt Norvia für 300 Millionen Euro. Der Umsatz stieg auf 3 Mrd. Euro.", "de")
    assert records[0].amount is not None and records[0].amount.value == Decimal("300000000")


def test_a_stake_taken_in_a_company_named_with_its_article() -> None:
    # "steigt bei der Norvia ein": the company a stake is taken in is named once, with its article
    assert _de_parties("Die Velkor AG steigt mit 30 Prozent bei der Norvia ein.") >= {
        ("Velkor AG", PartyRole.INVESTOR),
        ("Norvia", PartyRole.TARGET),
    }


def test_we_buy_in_a_chief_s_quote() -> None:
    # the present "kaufen" needs no modal after "wir": the speaker's company buys
    text = "Die Velkor AG wächst. Velkor-Chef Jens Brand sagte: Wir kaufen die Norvia AG."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.ACQUISITION
    assert {p.name for p in records[0].parties} >= {"Norvia AG"}
    assert any(p.role is PartyRole.BUYER and "Velkor" in p.name for p in records[0].parties)


def test_local_bank_name_keeps_its_kind() -> None:
    # "Volksbank Tessenow": the kind opens the bank's name, the town alone names no one
    assert ("Volksbank Tessenow", PartyRole.BUYER) in _de_parties("Die Volksbank Tessenow übernimmt die Norvia Bank.")


def test_hyphenated_state_keeps_land() -> None:
    assert ("Land Nordrhein-Westfalen", PartyRole.BUYER) in _de_parties("Das Land Nordrhein-Westfalen übernimmt die Norvia AG.")


def test_working_with_two_persons_is_no_partnership() -> None:
    # colleagues named by given name and surname: no company on either side, no deal
    text = "Der neue Chef lobte die Zusammenarbeit mit Jens Brand und Lukas Tremmel."
    assert records_of(text, "de") == []


def test_a_star_and_a_company_still_partner() -> None:
    text = "Die Velkor AG arbeitet künftig mit Lukas Tremmel zusammen."
    records = records_of(text, "de")
    assert records and {p.name for p in records[0].parties} >= {"Velkor AG", "Lukas Tremmel"}


def test_one_word_lender_is_a_name() -> None:
    # "die Weltbank": a body whose whole name is one German noun lends to a named company
    assert ("Weltbank", PartyRole.INVESTOR) in _de_parties("Die Weltbank gewährt der Norvia AG einen Kredit über 500 Millionen Dollar.")


def test_elided_compound_nouns_are_no_names() -> None:
    # "Solar- und Windparks": both halves are nouns; the company they belong to is the party
    parties = _de_parties("Die Velkor AG übernimmt Solar- und Windparks der Norvia.")
    assert {name for name, _ in parties} == {"Velkor AG", "Norvia"}


def test_elided_compound_inside_a_name_stays() -> None:
    assert ("Dastrel Solar- und Windparks GmbH", PartyRole.TARGET) in _de_parties("Die Velkor AG übernimmt die Dastrel Solar- und Windparks GmbH.")


def test_passive_agent_after_vom() -> None:
    # "vom" is "von dem": the agent of the passive buys
    assert _de_parties("Die Norvia AG wurde vom Konkurrenten Velkor übernommen.") >= {
        ("Norvia AG", PartyRole.TARGET),
        ("Velkor", PartyRole.BUYER),
    }


def test_hyphenated_title_before_a_person_is_cut() -> None:
    from pipeline.extract.names import find_names

    text = "Damit überflügelte er die Pop-Diva Ivy Brenn. Der Rock-Star Tom Vell kam auch."
    assert [n.text for n in find_names(text, "de")] == ["Ivy Brenn", "Tom Vell"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Dastrel AG wird von Velkor und Norvia übernommen.", {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.BUYER)}),
        ("Velkor verkauft Dastrel an Norvia und Tarvo.", {("Norvia", PartyRole.BUYER), ("Tarvo", PartyRole.BUYER)}),
        ("Velkor sammelt 50 Millionen Euro bei Norvia und Tarvo ein.", {("Norvia", PartyRole.INVESTOR), ("Tarvo", PartyRole.INVESTOR)}),
    ],
)
def test_names_listed_with_a_side_share_its_role(sentence: str, expected: set[tuple[str, PartyRole]]) -> None:
    assert _de_parties(sentence) >= expected


def test_who_buys_together_with_the_subject_buys_too() -> None:
    assert _de_parties("Velkor übernimmt zusammen mit dem Finanzinvestor Norvia die Dastrel AG.") >= {
        ("Velkor", PartyRole.BUYER),
        ("Norvia", PartyRole.BUYER),
        ("Dastrel AG", PartyRole.TARGET),
    }


def test_partners_of_a_stake_in_the_plural() -> None:
    # "beteiligen sich an": the present plural of the stake verb, each subject invests
    assert _de_parties("Das Land Hessen und die Velkor AG beteiligen sich an der Norvia AG.") >= {
        ("Land Hessen", PartyRole.INVESTOR),
        ("Velkor AG", PartyRole.INVESTOR),
        ("Norvia AG", PartyRole.TARGET),
    }


def test_two_lenders_listed_after_von() -> None:
    assert _de_parties("Velkor erhält von der Norvia Bank und der Tarvo Bank einen Kredit über 1 Milliarde Euro.") >= {
        ("Velkor", PartyRole.TARGET),
        ("Norvia Bank", PartyRole.INVESTOR),
        ("Tarvo Bank", PartyRole.INVESTOR),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Velkor übernimmt die Norvia AG, die bislang zu Tarvo und Quadra gehörte.",
        "Velkor übernimmt die Norvia AG. Verkäufer sind Tarvo und Quadra.",
    ],
)
def test_former_owners_sell(sentence: str) -> None:
    assert _de_parties(sentence) >= {
        ("Velkor", PartyRole.BUYER),
        ("Norvia AG", PartyRole.TARGET),
        ("Tarvo", PartyRole.SELLER),
        ("Quadra", PartyRole.SELLER),
    }


def test_a_thing_bought_after_an_indefinite_article_makes_no_buyer() -> None:
    # "einen Velkor Fonds gekauft": one fund share among many, the name is no company that buys
    assert records_of("Ein Rentner hatte 2003 einen Velkor Fonds gekauft.", "de") == []


def test_cooperation_whose_clause_names_no_side_is_no_deal() -> None:
    text = "Ilse Brenn vom Verein Velkor begrüßte einen Ausschuss, in dem die Behörden aus Frankreich und Spanien kooperieren sollen."
    assert records_of(text, "de") == []


def test_cooperation_after_a_comma_still_names_its_sides() -> None:
    assert _de_parties("Velkor sagte, man werde mit Norvia kooperieren.") >= {("Norvia", PartyRole.PARTNER)}


def test_price_paid_for_a_stake() -> None:
    assert _de_parties("Velkor zahlt 300 Millionen Euro für 20 Prozent an Norvia.") >= {
        ("Velkor", PartyRole.INVESTOR),
        ("Norvia", PartyRole.TARGET),
    }


@pytest.mark.parametrize(
    ("sentence", "customer"),
    [
        ("Velkor liefert Norvia 30 Züge.", "Norvia"),
        ("Die Velkor AG soll für die Norvia AG 30 Züge liefern.", "Norvia AG"),
    ],
)
def test_who_counted_goods_are_delivered_to(sentence: str, customer: str) -> None:
    assert (customer, PartyRole.CUSTOMER) in _de_parties(sentence)


def test_a_device_shipped_for_a_feature_has_no_customer() -> None:
    assert records_of("Zu jedem Gerät liefert Velkor ein Netzteil für Norvia Power mit.", "de") == []


def test_tender_won_in_the_perfect() -> None:
    assert _de_parties("Velkor hat die Ausschreibung der Norvia AG gewonnen.") >= {
        ("Velkor", PartyRole.SUPPLIER),
        ("Norvia AG", PartyRole.CUSTOMER),
    }


def test_going_together_is_a_merger() -> None:
    text = "Velkor geht mit Norvia zusammen. Dazu schwiegen Velkor, Norvia, Tarvo und Quadra."
    records = records_of(text, "de")
    assert records and records[0].deal_type is DealType.MERGER
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_the_army_orders() -> None:
    assert _de_parties("Die Bundeswehr bestellt bei Velkor 40 Panzer.") >= {
        ("Bundeswehr", PartyRole.CUSTOMER),
        ("Velkor", PartyRole.SUPPLIER),
    }


@pytest.mark.parametrize(
    "told_next",
    [
        "Angeführt wurde die Runde von Norvia und Tarvo.",
        "An der Runde beteiligten sich auch Norvia und Tarvo.",
        "Investoren sind Norvia und Tarvo.",
    ],
)
def test_backers_of_a_round_named_next(told_next: str) -> None:
    text = f"Das Start-up Velkor hat in einer Finanzierungsrunde 50 Millionen Euro eingesammelt. {told_next} Dazu schwiegen Velkor, Norvia und Tarvo."
    records = records_of(text, "de")
    assert len(records) == 1 and records[0].deal_type is DealType.INVESTMENT  # the backers named next invest
    assert {(p.name, p.role) for p in records[0].parties} == {
        ("Velkor", PartyRole.TARGET),
        ("Norvia", PartyRole.INVESTOR),
        ("Tarvo", PartyRole.INVESTOR),
    }



def test_a_side_named_in_full_and_short_is_one_party() -> None:
    from pipeline.extract.candidates import Role
    from pipeline.extract.deals import _fold_short_names

    seller, short, target = (
        Role("Velkor Capital", 0, 14, PartyRole.SELLER), Role("Velkor", 40, 46, PartyRole.SELLER), Role("Norvia", 20, 26, PartyRole.TARGET)
    )
    assert _fold_short_names([short, seller, target]) == [seller, target]
    surname = Role("Berg", 60, 64, PartyRole.BUYER)
    assert _fold_short_names([Role("Anna Berg", 0, 9, PartyRole.BUYER), surname]) == [Role("Anna Berg", 0, 9, PartyRole.BUYER)]
    unit = Role("Velkor Energie", 20, 34, PartyRole.TARGET)  # a namesake unit on the other side stays
    assert _fold_short_names([short, unit]) == [short, unit]


def test_a_parent_and_its_namesake_unit_on_two_sides_stay_two_parties() -> None:
    records = records_of("Velkor verkauft die Velkor Energie GmbH an Norvia.", "de")
    names = {p.name for r in records for p in r.parties}
    assert {"Velkor", "Norvia"} <= names and any(n.startswith("Velkor Energie") for n in names)


def test_a_state_named_by_its_nationality_is_a_party() -> None:
    [record] = records_of("Der französische Staat übernimmt 20 Prozent an der Velkor AG.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("französische Staat", PartyRole.BUYER), ("Velkor AG", PartyRole.TARGET)}
    assert record.parties[0].kind is PartyKind.GOVERNMENT


def test_a_compound_on_state_is_no_state() -> None:
    # negative: "Staatsanleihen" only starts like the state
    records = records_of("Die Velkor AG kauft französische Staatsanleihen für 20 Millionen Euro.", "de")
    assert all("Staat" not in p.name for r in records for p in r.parties)


def test_a_sentence_opening_name_listed_with_a_described_buyer_buys_too() -> None:
    [record] = records_of("Velkor und der Finanzinvestor Dastrel übernehmen die Norvia AG.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}


def test_a_sentence_opening_noun_before_a_described_noun_is_no_name() -> None:
    # negative: "und der Gewinn" has no name after its noun
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Umsatz und der Gewinn stiegen im Mai.", "de")] == []


def test_a_buyer_listed_with_its_role_noun_after_another_buys_too() -> None:
    [record] = records_of("Die Velkor AG verkauft die Sparte an die Norvia AG und den Finanzinvestor Dastrel.", "de")
    assert {p.name for p in record.parties if p.role is PartyRole.BUYER} == {"Norvia AG", "Dastrel"}


def test_a_list_without_und_is_no_list_of_buyers() -> None:
    # negative: "Norvia AG, Dastrel" with no "und" is no list
    records = records_of("Die Velkor AG verkauft die Sparte an die Norvia AG, Dastrel bleibt Minderheitsaktionär.", "de")
    assert all(p.name != "Dastrel" or p.role is not PartyRole.BUYER for r in records for p in r.parties)


@pytest.mark.parametrize(
    "sentence", ["Die Norvia AG wird von der Velkor AG und der Dastrel AG übernommen.", "Die Norvia AG wurde 2015 von der Velkor AG und dem Finanzinvestor Dastrel gekauft."]
)
def test_a_passive_with_two_agents_names_two_buyers(sentence: str) -> None:
    [record] = records_of(sentence, "de")
    assert {p.name for p in record.parties if p.role is PartyRole.BUYER} <= {"Velkor AG", "Dastrel AG", "Dastrel"}
    assert len([p for p in record.parties if p.role is PartyRole.BUYER]) == 2
    assert [p.name for p in record.parties if p.role is PartyRole.TARGET] == ["Norvia AG"]


def test_an_active_perfect_is_no_passive() -> None:
    # negative: "hat ... übernommen" keeps its subject as the buyer
    [record] = records_of("Die Velkor AG hat die Norvia AG übernommen.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor AG", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Der Staat beteiligt sich an Velkor.", "Staat"),
        ("Nun beteiligt sich der Staat mit 20 Prozent an Velkor.", "Staat"),
        ("Das Land hat sich an Velkor beteiligt.", "Land"),
        ("Der Staat steigt bei Velkor ein.", "Staat"),
    ],
)
def test_the_state_as_a_common_noun_takes_the_stake(text: str, state: str) -> None:
    records = records_of(text, "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {(state, PartyRole.INVESTOR), ("Velkor", PartyRole.TARGET)}


def test_the_state_noun_goes_to_the_country_named_before_and_stays_out_of_others_stakes() -> None:
    # the bare "Staat" is the country the article named before
    records = records_of("Frankreich ringt um seine Werften. Der Staat beteiligt sich an Velkor.", "de")
    assert records and (records[0].parties[0].name, records[0].country) == ("Frankreich", "FR")
    # a state only mentioned elsewhere takes no stake a company takes
    records = records_of("Der Staat kritisiert Velkor. Velkor beteiligt sich an Norvia.", "de")
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


@pytest.mark.parametrize(
    "text",
    [
        "Norvia hat ein Angebot von Velkor erhalten.",
        "Norvia erhielt ein Kaufangebot von Velkor.",
        "Norvia hat ein Gegenangebot von Velkor über 2 Milliarden Euro erhalten.",
        "Norvia hat von Velkor ein Übernahmeangebot erhalten.",
        "Norvia bekam von Velkor ein Angebot.",
    ],
)
def test_a_company_receiving_a_bid_is_its_target(text: str) -> None:
    # the receiver is bid for, the company after "von" bids; a bid received is announced, not done
    records = records_of(text, "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}
    assert records[0].deal_type is DealType.ACQUISITION and records[0].status is DealStatus.ANNOUNCED


def test_an_order_or_a_customer_offer_received_is_no_bid() -> None:
    # an order won stays a contract; an offer to customers names no company bid for
    order = records_of("Norvia hat einen Auftrag von Velkor erhalten.", "de")
    assert order and order[0].deal_type is DealType.SUPPLY_CONTRACT and order[0].status is DealStatus.AGREED
    assert records_of("Die Kunden erhalten ein Angebot von Velkor.", "de") == []
    # another deal named between the bid and "von" is no bidder
    assert ("Dastrel", PartyRole.BUYER) not in _de_parties("Norvia erhielt ein Angebot zur Übernahme von Dastrel.")


def test_a_contract_closed_with_a_partner_named_before_it() -> None:
    # "schließt mit X einen Vertrag über ...": the partner before the contract noun, the sum exact ("über" after "Vertrag")
    records = records_of("Velkor unterzeichnet mit Norvia einen Vertrag über 20 Millionen Euro.", "de")
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Norvia"}
    assert records[0].amount is not None and records[0].amount.value == Decimal("20000000") and records[0].amount.lower is None
    # a plant closed is no contract
    assert records_of("Velkor schließt mit dem Werk in Brellin einen Standort.", "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "Velkor, Partner von Norvia seit 2015, will Dastrel kaufen.",
        "Velkor, seit 2015 Partner von Norvia, will Dastrel kaufen.",
        "Velkor, ein Partner von Norvia, will Dastrel kaufen.",
    ],
)
def test_german_a_partner_named_in_the_subjects_apposition_takes_no_side(text: str) -> None:
    # the apposition (with or without an article) describes the subject: the subject buys, the partner neither buys nor sells
    records = records_of(text, "de")
    assert records and [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)]


def test_german_a_seller_after_von_outside_the_apposition_still_sells() -> None:
    records = records_of("Velkor, eine Tochter von Norvia, will Dastrel von Tessmar kaufen.", "de")
    assert records and {p.name: p.role for p in records[0].parties}.get("Tessmar") is PartyRole.SELLER
    records = records_of("Velkor will Dastrel von Norvia kaufen.", "de")
    assert records and {p.name: p.role for p in records[0].parties}.get("Norvia") is PartyRole.SELLER


def test_a_sentence_opening_name_before_bereitet_vor_is_its_subject() -> None:
    from pipeline.extract.names import find_names

    text = "Velkor bereitet die Übernahme von Norvia vor. Velkor ist ein Softwarehersteller."
    assert [n.text for n in find_names(text, "de")] == ["Velkor", "Norvia"]
    (record,) = records_of(text, "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # negative: the idiom "Sorgen bereitet" has no "vor" and names no one
    assert [n.text for n in find_names("Sorgen bereitet die Übernahme von Norvia den Anlegern.", "de")] == ["Norvia"]
    assert [n.text for n in find_names("Kopfzerbrechen bereitet die Übernahme von Norvia vor allem den Anlegern.", "de")] == ["Norvia"]


def test_names_listed_at_a_sentence_start_are_all_names() -> None:
    from pipeline.extract.names import find_names

    text = "Velkor, Norvia und Dastrel wollen Tessmar kaufen."
    assert [n.text for n in find_names(text, "de")] == ["Velkor", "Norvia", "Dastrel", "Tessmar"]
    (record,) = records_of(text, "de")
    assert {p.name for p in record.parties if p.role is PartyRole.BUYER} == {"Velkor", "Norvia", "Dastrel"}
    # negative: a list of German nouns before the verb is no list of names
    assert "Umsatz" not in [n.text for n in find_names("Umsatz, Gewinn und Marge haben deutlich zugelegt.", "de")]
    assert "Bund" not in [n.text for n in find_names("Bund, Länder und Kommunen wollen die Firma Tessmar kaufen.", "de")]


def test_the_future_and_conditional_of_a_purchase_are_still_to_come() -> None:
    (record,) = records_of("Velkor wird Norvia für 300 Millionen Euro kaufen.", "de")
    assert record.deal_type is DealType.ACQUISITION and record.status is DealStatus.EXPECTED
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    assert records_of("Velkor wird Norvia übernehmen.", "de")[0].status is DealStatus.EXPECTED
    (record,) = records_of("Velkor hat angekündigt, Norvia zu kaufen.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # negative: shoppers who will buy goods make no deal; the present passive stays news, the perfect stays done
    assert records_of("Die Kunden werden im Sommer mehr Autos kaufen.", "de") == []
    assert records_of("Norvia wird von Velkor übernommen.", "de")[0].status is DealStatus.ANNOUNCED
    assert records_of("Velkor hat Norvia übernommen.", "de")[0].status is DealStatus.COMPLETED


def test_a_seat_in_brackets_after_a_name_names_no_one() -> None:
    from pipeline.extract.names import find_names

    text = "Velkor (Frankfurt) übernimmt Norvia (Wien)."
    assert [n.text for n in find_names(text, "de")] == ["Velkor", "Norvia"]
    (record,) = records_of(text, "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # negative: an abbreviation in brackets is a name; a place in brackets after no name stays a name
    assert "KfW" in [n.text for n in find_names("Die Förderbank Velkor (KfW) gibt Norvia einen Kredit.", "de")]
    assert "Wien" in [n.text for n in find_names("Die Stadt (Wien) kauft Norvia.", "de")]


def test_the_town_a_maker_is_from_sells_nothing() -> None:
    (record,) = records_of("Velkor übernimmt Norvia, einen Hersteller von Ventilen aus Bremen.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # negative: the company after "von" still sells
    (record,) = records_of("Velkor kauft Norvia von Tessmar.", "de")
    assert ("Tessmar", PartyRole.SELLER) in {(p.name, p.role) for p in record.parties}


def test_the_vehicle_after_ueber_and_a_described_seller_after_vom_are_not_bought() -> None:
    (record,) = records_of("Der Konzern Velkor übernimmt über seine Tochter Dastrel den Hersteller Norvia.", "de")
    assert ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}
    assert "Dastrel" not in {p.name for p in record.parties if p.role is PartyRole.TARGET}
    (record,) = records_of("Velkor übernimmt vom Finanzinvestor Tessmar den Hersteller Norvia.", "de")
    assert {(p.name, p.role) for p in record.parties} == {
        ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET), ("Tessmar", PartyRole.SELLER),
    }
    # negative: the only name after the verb, past a non-vehicle "über" phrase, is still the one bought
    (record,) = records_of("Velkor übernimmt über die Börse den Hersteller Norvia.", "de")
    assert ("Norvia", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}


def test_fighting_each_other_is_no_supply() -> None:
    assert records_of("Velkor und Norvia liefern sich einen Preiskampf.", "de") == []
    assert records_of("Seit Jahren liefern sich Velkor und Norvia ein Kopf-an-Kopf-Rennen.", "de") == []
    # negative: delivering goods to a named customer is still a supply deal
    (record,) = records_of("Velkor liefert 40 Züge an Norvia.", "de")
    assert record.deal_type is DealType.SUPPLY_CONTRACT


def test_rejecting_a_bid_named_by_its_bidder_after_von() -> None:
    (record,) = records_of("Der Vorstand von Norvia lehnt das Übernahmeangebot von Velkor als zu niedrig ab.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # negative: a bid for a named company keeps its subject as the bidder
    (record,) = records_of("Velkor legt ein Übernahmeangebot für Norvia vor.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_giving_up_a_takeover_cancels_it() -> None:
    for text in ("Velkor verzichtet auf die Übernahme von Norvia.", "Velkor hat auf die Übernahme von Norvia verzichtet."):
        (record,) = records_of(text, "de")
        assert record.status is DealStatus.CANCELLED
        assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    (record,) = records_of("Velkor zieht sein Angebot für Norvia zurück.", "de")
    assert ("Velkor", PartyRole.BUYER) in {(p.name, p.role) for p in record.parties}
    # negative: giving up a dividend does not cancel the takeover told beside it
    (record,) = records_of("Velkor übernimmt Norvia und verzichtet auf eine Dividende.", "de")
    assert record.status is DealStatus.ANNOUNCED


def test_a_passive_sale_with_price_and_buyer_in_its_frame_is_done() -> None:
    (record,) = records_of("Norvia wurde für 450 Millionen Dollar an Velkor verkauft.", "de")
    assert record.status is DealStatus.COMPLETED
    # negative: the present passive is news, not done
    (record,) = records_of("Norvia wird für 450 Millionen Dollar an Velkor verkauft.", "de")
    assert record.status is not DealStatus.COMPLETED


def test_two_named_buyers_with_the_present_plural() -> None:
    for text in ("Velkor und Dastrel kaufen gemeinsam Norvia.", "Velkor und Dastrel übernehmen Norvia."):
        (record,) = records_of(text, "de")
        assert record.status is DealStatus.ANNOUNCED
        assert {(p.name, p.role) for p in record.parties} == {
            ("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.BUYER), ("Norvia", PartyRole.TARGET),
        }
    # negative: plural nouns that buy goods are shoppers, no deal
    assert records_of("Kunden und Händler kaufen mehr Autos.", "de") == []


def test_according_to_a_report_is_hearsay() -> None:
    (record,) = records_of("Laut einem Bericht des Handelsblatts erwägt Velkor den Verkauf von Norvia. Velkor schweigt.", "de")
    assert record.status is DealStatus.RUMORED
    # negative: the company's own plan, told with no report, is expected
    (record,) = records_of("Velkor erwägt den Verkauf von Norvia. Velkor schweigt.", "de")
    assert record.status is DealStatus.EXPECTED


def test_a_short_town_adjective_before_a_role_noun_describes_the_name() -> None:
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Die Übernahme des Bremer Hafenbetreibers Norvia ist perfekt.", "de")] == ["Norvia"]
    (record,) = records_of("Die Übernahme des Bremer Hafenbetreibers Norvia durch Velkor ist perfekt.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # negative: a word in -er before a name that is no role noun stays part of the name
    assert "Porter Logistik" in [n.text for n in find_names("Die Porter Logistik kauft Norvia.", "de")]


def test_the_subject_after_nachdem_is_a_name() -> None:
    from pipeline.extract.names import find_names

    text = "Die Aktien von Velkor brachen ein, nachdem Norvia ihr Übernahmeangebot für Velkor zurückgezogen hatte."
    assert "Norvia" in [n.text for n in find_names(text, "de")]
    (record,) = records_of(text, "de")
    assert record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)}
    # negative: a plural noun after the conjunction is no name
    assert find_names("Der Kurs fiel, nachdem Anleger Aktien verkauften.", "de") == []


def test_orders_taken_in_a_period_with_no_customer_are_order_intake() -> None:
    assert records_of("Norvia hat im ersten Halbjahr Aufträge im Wert von 4 Milliarden Euro erhalten.", "de") == []
    # negative: one priced order, or orders from a named customer, stay a supply deal
    (record,) = records_of("Norvia erhielt einen Auftrag über 900 Millionen Euro.", "de")
    assert record.deal_type is DealType.SUPPLY_CONTRACT
    (record,) = records_of("Norvia erhielt Aufträge von Velkor über 900 Millionen Euro.", "de")
    assert ("Velkor", PartyRole.CUSTOMER) in {(p.name, p.role) for p in record.parties}


def test_a_possessive_bid_is_the_bid_of_the_name_before_it() -> None:
    (record,) = records_of("Velkor-Aktien brachen um 20 Prozent ein, nachdem Norvia ihr Übernahmeangebot zurückgezogen hatte.", "de")
    assert record.status is DealStatus.CANCELLED
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)}
    # negative: the subject's own bid for a named company keeps the sides as told
    (record,) = records_of("Norvia hat ihr Übernahmeangebot für Velkor zurückgezogen.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.BUYER), ("Velkor", PartyRole.TARGET)}


def test_a_suffixed_name_in_the_next_clause_is_not_the_object() -> None:
    (record,) = records_of("Mit der Übernahme von Norvia will die Velkor AG in Asien wachsen.", "de")
    assert {(p.name, p.role) for p in record.parties} == {("Norvia", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}
    # negative: a suffixed name right after the noun is still the one bought
    (record,) = records_of("Mit der Übernahme der Norvia GmbH will Velkor in Asien wachsen. Velkor schweigt.", "de")
    assert ("Norvia GmbH", PartyRole.TARGET) in {(p.name, p.role) for p in record.parties}


def test_shareholders_of_a_company_are_no_part_of_its_name() -> None:
    from pipeline.extract.names import find_names

    text = "Die Aktionäre von Norvia Systems haben der Übernahme durch Velkor Holding zugestimmt."
    assert [n.text for n in find_names(text, "de")] == ["Norvia Systems", "Velkor Holding"]
    (record,) = records_of(text, "de")
    assert record.deal_type is DealType.ACQUISITION
    assert {(p.name, p.role) for p in record.parties} == {("Norvia Systems", PartyRole.TARGET), ("Velkor Holding", PartyRole.BUYER)}
    # negative: named holders are still shareholders who bought in
    (record,) = records_of("Velkor und Dastrel sind Aktionäre von Norvia.", "de")
    assert record.deal_type is DealType.INVESTMENT
    # negative: a company head before "von" and a suffixed name is still one name
    assert "Sparkasse von Norvia AG" in [n.text for n in find_names("Velkor kauft die Sparkasse von Norvia AG.", "de")]


def test_the_lead_of_a_round_named_as_the_passive_agent_invests() -> None:
    text = "Die Finanzierungsrunde über 50 Millionen Dollar wurde von Velkor Holding angeführt, auch Dastrel Capital beteiligte sich an Norvia Systems."
    (record,) = records_of(text, "de")
    assert ("Velkor Holding", PartyRole.INVESTOR) in {(p.name, p.role) for p in record.parties}
    # negative: a company bought from ("von") still sells
    (record,) = records_of("Velkor kauft Norvia von Tessmar.", "de")
    assert ("Tessmar", PartyRole.SELLER) in {(p.name, p.role) for p in record.parties}


def test_a_body_named_with_fuer_keeps_its_head_noun() -> None:
    from pipeline.extract.names import find_names

    text = "Die Kreditanstalt für Wiederaufbau gibt Norvia einen Kredit über 3 Millionen Euro."
    assert [n.text for n in find_names(text, "de")] == ["Kreditanstalt für Wiederaufbau", "Norvia"]
    (record,) = records_of(text, "de")
    assert ("Kreditanstalt für Wiederaufbau", PartyRole.INVESTOR) in {(p.name, p.role) for p in record.parties}
    assert "Bundesagentur für Arbeit" in [n.text for n in find_names("Die Bundesagentur für Arbeit meldet neue Zahlen.", "de")]
    # negative: what a cost is for is no body
    assert "Kosten für Gas" not in [n.text for n in find_names("Die Kosten für Gas steigen.", "de")]


def test_company_a_takeover_strengthens_buys_it_never_sells() -> None:
    records = records_of("Die Übernahme von Norvia stärkt die Velkor AG.", "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Velkor AG") is PartyRole.BUYER and roles.get("Norvia") is PartyRole.TARGET
    # negative: a name after "von" in the deal noun's own phrase is still what is bought, not strengthened
    records = records_of("Die Übernahme von Norvia durch die Velkor AG ist abgeschlossen.", "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Velkor AG") is PartyRole.BUYER and roles.get("Norvia") is PartyRole.TARGET


def test_company_a_unit_is_bought_from_sells_it() -> None:
    records = records_of("Velkor übernimmt das Chipgeschäft von Tessmar.", "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles.get("Tessmar") is PartyRole.SELLER and roles.get("Velkor") is PartyRole.BUYER
    # negative: a unit named with its place has no owner after it, so no seller is made up
    records = records_of("Velkor übernimmt das Chipgeschäft in Polen.", "de")
    assert PartyRole.SELLER not in {p.role for p in records[0].parties}


def test_vehicle_founded_to_buy_is_on_the_buyers_side() -> None:
    records = records_of("Velkor gründet Dastrel, um Norvia zu übernehmen.", "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles == {"Velkor": PartyRole.BUYER, "Dastrel": PartyRole.BUYER, "Norvia": PartyRole.TARGET}
    # negative: an unnamed vehicle leaves the founder as the buyer
    records = records_of("Velkor gründet eine Tochter, um Norvia zu übernehmen.", "de")
    roles = {p.name: p.role for p in records[0].parties}
    assert roles == {"Velkor": PartyRole.BUYER, "Norvia": PartyRole.TARGET}


def test_purpose_clause_object_is_a_name_only_before_a_deal_verb() -> None:
    from pipeline.extract.names import find_names

    assert "Norvia" in [n.text for n in find_names("Velkor gründet Dastrel, um Norvia zu übernehmen.", "de")]
    assert "Zukäufe" not in [n.text for n in find_names("Velkor braucht Geld, um Zukäufe zu finanzieren.", "de")]


def test_gmbh_and_co_kg_is_one_name() -> None:
    from pipeline.extract.names import find_names

    assert [n.text for n in find_names("Velkor übernimmt die Norvia GmbH & Co. KG.", "de")] == ["Velkor", "Norvia GmbH & Co. KG"]
    # negative: "&" between a GmbH and another company still parts two names
    assert [n.text for n in find_names("Velkor übernimmt die Norvia GmbH & Tessmar AG.", "de")] == ["Velkor", "Norvia GmbH", "Tessmar AG"]


def test_sum_paid_in_a_later_relative_clause_is_the_price() -> None:
    records = records_of("Tessmar verkauft seine Chipsparte. Käufer ist Velkor, die dafür 75 Mio. Euro zahlt.", "de")
    assert records and records[0].amount is not None and records[0].amount.value == Decimal("75000000")
    # negative: the buyer's sales in the same place are no price
    records = records_of("Tessmar verkauft seine Chipsparte. Käufer ist Velkor, die 75 Mio. Euro Umsatz macht.", "de")
    assert records and (records[0].amount is None or records[0].amount.value is None)


def test_companies_listed_before_a_merger_verb_take_the_nouns_order() -> None:
    records = records_of("Velkor und Norvia fusionieren.", "de")
    assert [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    # the noun reads the same way
    records = records_of("Die Fusion von Velkor und Norvia ist abgeschlossen.", "de")
    assert [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)]
    # negative: "mit" still names the one absorbed
    records = records_of("Die Norvia GmbH fusioniert mit der Velkor AG.", "de")
    assert {p.name: p.role for p in records[0].parties}.get("Velkor AG") is PartyRole.TARGET


def test_country_a_company_builds_its_site_in_is_no_side() -> None:
    (record,) = records_of("Die Velkor AG baut ein Werk in Ungarn.", "de")
    assert record.deal_type is DealType.INFRASTRUCTURE and record.country == "HU"
    assert {p.name for p in record.parties} == {"Velkor AG"}
    # negative: a country the site is built for takes it
    (record,) = records_of("Die Velkor AG baut ein Werk für Ungarn.", "de")
    assert "Ungarn" in {p.name for p in record.parties}


def test_german_speakers_employer_is_no_seller() -> None:
    # ", so Analyst X von der Tessmar Bank": the speaker's employer after "von" speaks, it sells nothing
    for text in (
        "Velkor übernimmt Norvia, so Analyst Peter Schulz von der Tessmar Bank.",
        "Velkor übernimmt Norvia, bestätigte ein Sprecher von Tessmar.",
    ):
        records = records_of(text, "de")
        assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # the office after the speaker's name: "sagte Hans Meier, Chef von Tessmar"
    records = records_of('"Wir übernehmen Norvia", sagte Hans Meier, Chef von Tessmar.', "de")
    assert records and ("Tessmar", PartyRole.SELLER) not in {(p.name, p.role) for p in records[0].parties}
    # "von" right after the deal's object still names the seller, whoever speaks after it
    records = records_of("Velkor kauft Norvia von Tessmar, sagte ein Sprecher.", "de")
    assert records and ("Tessmar", PartyRole.SELLER) in {(p.name, p.role) for p in records[0].parties}


def test_german_person_the_news_is_attributed_to_is_no_party() -> None:
    for text in ("Laut Hans Meier übernimmt Velkor die Firma Norvia.", "Laut Analyst Hans Meier kauft Velkor die Firma Norvia."):
        records = records_of(text, "de")
        assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # a person who buys is still the buyer
    records = records_of("Der Unternehmer Hans Meier übernimmt Norvia.", "de")
    assert records and ("Hans Meier", PartyRole.BUYER) in {(p.name, p.role) for p in records[0].parties}


def test_german_company_building_its_own_plant_is_infrastructure() -> None:
    # a compound site ("Batteriewerk", "Chipfabrik"), a verb last, a sum after "für": the company builds for itself
    for text, country in (
        ("Velkor errichtet eine Fabrik in der Slowakei.", "SK"),
        ("Velkor will in Tschechien eine Batteriefabrik errichten.", "CZ"),
        ("Velkor baut für 300 Millionen Euro ein neues Werk in Polen.", "PL"),
    ):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.INFRASTRUCTURE and records[0].country == country
        assert [(p.name, p.role) for p in records[0].parties] == [("Velkor", PartyRole.SUPPLIER)]
    records = records_of("Der Autobauer Velkor investiert 2 Milliarden Euro in ein neues Batteriewerk in Ungarn.", "de")
    assert records and records[0].deal_type is DealType.INFRASTRUCTURE
    # built for a named customer it stays a contract; job cuts at a plant and a network expanded are no deal
    records = records_of("Velkor baut für Norvia ein Werk in Polen.", "de")
    assert records and ("Norvia", PartyRole.CUSTOMER) in {(p.name, p.role) for p in records[0].parties}
    assert records_of("Velkor baut im Werk in Polen 500 Stellen ab.", "de") == []
    assert records_of("Velkor baut sein Netzwerk in Polen aus.", "de") == []


def test_german_backers_named_in_the_next_sentence_by_other_wordings() -> None:
    for text, backers in (
        ("Norvia sammelt 20 Millionen Euro ein. Die Runde wird von Velkor angeführt.", {"Velkor"}),
        ("Norvia hat in einer Finanzierungsrunde 15 Millionen Euro erhalten. Beteiligt sind Velkor und Dastrel.", {"Velkor", "Dastrel"}),
        ("Norvia sammelt 10 Millionen Euro ein. Zu den Geldgebern gehören Velkor und Dastrel.", {"Velkor", "Dastrel"}),
        ("Norvia sammelt 10 Millionen Euro ein. Lead-Investor ist Velkor.", {"Velkor"}),
        ("Norvia sammelt 10 Millionen Euro ein. Beteiligt ist auch Velkor.", {"Velkor"}),
    ):
        records = records_of(text, "de")
        assert records and {p.name for p in records[0].parties if p.role is PartyRole.INVESTOR} == backers
    # customers named next, or a round that someone only examines, bring no backer
    for text in (
        "Norvia sammelt 10 Millionen Euro ein. Zu den Kunden gehören Velkor und Dastrel.",
        "Norvia sammelt 10 Millionen Euro ein. Die Runde wird von Velkor geprüft.",
    ):
        records = records_of(text, "de")
        assert records and [(p.name, p.role) for p in records[0].parties] == [("Norvia", PartyRole.TARGET)]


def test_german_structure_built_for_a_named_customer_is_infrastructure() -> None:
    for text, customer in (
        ("Velkor baut für Norvia ein Werk in Polen.", "Norvia"),
        ("Velkor soll für die Stadt Linz eine neue Brücke bauen.", "Stadt Linz"),
        ("Norvia beauftragt Velkor mit dem Bau eines Rechenzentrums.", "Norvia"),
    ):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.INFRASTRUCTURE
        assert {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.SUPPLIER), (customer, PartyRole.CUSTOMER)}
    # a contract for a structure is agreed, as a supply contract is
    records = records_of("Velkor baut für Norvia ein Werk in Polen.", "de")
    assert records and records[0].status is DealStatus.AGREED
    # goods built for a customer, or a commission to deliver goods, stay supply contracts
    for text in ("Velkor baut für Norvia 40 Züge.", "Norvia beauftragt Velkor mit der Lieferung von 40 Zügen."):
        records = records_of(text, "de")
        assert records and records[0].deal_type is DealType.SUPPLY_CONTRACT


def test_german_passive_agent_is_never_its_own_target() -> None:
    # "Die Firma wurde von Velkor übernommen" with no company named before: Velkor buys, it is not what is bought
    for text in ("Die Firma wurde von Velkor übernommen.", "Das Unternehmen wurde im Mai von Velkor gekauft."):
        assert all(("Velkor", PartyRole.TARGET) not in {(p.name, p.role) for p in r.parties} for r in records_of(text, "de"))
    # the company named before is what the description stands for
    records = records_of("Die Norvia GmbH wächst stark. Die Firma wurde 2019 von Velkor übernommen.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Norvia GmbH", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}


def test_german_company_bought_off_is_no_buyer_from_itself() -> None:
    # "Die Notenbank kauft der NVB Anleihen ab": the dative NVB sells; the sentence before, about NVB, does not make
    # it the buyer too (and a central bank is no reference back to it)
    records = records_of("Die NVB braucht frisches Geld. Die Notenbank kauft der NVB für 2 Milliarden Euro Anleihen ab.", "de")
    assert all(("NVB", PartyRole.BUYER) not in {(p.name, p.role) for p in r.parties} for r in records)
    # "die Nationalbank" names the central bank that buys
    records = records_of("Die NVB braucht frisches Geld. Die Nationalbank kauft der NVB für 2 Milliarden Euro Anleihen ab.", "de")
    assert records and {(p.name, p.role) for p in records[0].parties} == {("Nationalbank", PartyRole.BUYER), ("NVB", PartyRole.SELLER)}


def test_german_buyer_after_a_fronted_deal_noun() -> None:
    # "Mit der Übernahme von Norvia will Velkor ...": the deal noun opens the sentence, the buyer is the subject after the verb
    for text in (
        "Mit der Übernahme von Norvia will Velkor in Asien wachsen.",
        "Nach der Übernahme von Norvia im Jahr 2019 baut Velkor 500 Stellen ab.",
    ):
        records = records_of(text, "de")
        assert records and {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}
    # a speaker after the verb, or a place after the target, buys nothing
    records = records_of("Nach der Übernahme von Norvia sagte Analyst Hans Meier, der Preis sei hoch.", "de")
    assert records and [(p.name, p.role) for p in records[0].parties] == [("Norvia", PartyRole.TARGET)]


# --- background deals: a person named by the noun that introduced them, a paper described ------------------------


def _de_deals(text: str) -> list[tuple[DealType, set[tuple[str, PartyRole]], Decimal | None]]:
    records = records_of(text, "de")
    return [
        (r.deal_type, {(p.name, p.role) for p in r.parties}, r.amount.value if r.amount is not None else None) for r in records
    ]


def test_money_put_into_the_paper_described_goes_to_the_article_paper() -> None:
    text = "Das Velkor Tagblatt erscheint nur noch online. Dastrel hatte 2019 rund 12 Millionen Euro in den Verlag investiert."
    assert _de_deals(text) == [
        (DealType.INVESTMENT, {("Dastrel", PartyRole.INVESTOR), ("Velkor Tagblatt", PartyRole.TARGET)}, Decimal("12000000"))
    ]


def test_person_descriptor_subject_is_the_person_it_introduced() -> None:
    text = (
        "Das Velkor Tagblatt erscheint nur noch online. Besitzer ist der Milliardär Jaromir Dastrelow. "
        "Seit 2015 hat der Milliardär nach Schätzungen 45 Millionen Euro in das Blatt investiert."
    )
    deals = _de_deals(text)
    assert deals and deals[0][1] == {("Jaromir Dastrelow", PartyRole.INVESTOR), ("Velkor Tagblatt", PartyRole.TARGET)}
    assert deals[0][2] == Decimal("45000000")


def test_person_descriptor_opening_the_sentence_is_the_person_it_introduced() -> None:
    text = (
        "Das Velkor Tagblatt erscheint nur noch online. Besitzer ist der Milliardär Jaromir Dastrelow. "
        "Der Milliardär hatte 2019 rund 12 Millionen Euro in den Verlag investiert."
    )
    deals = _de_deals(text)
    assert deals and deals[0][1] == {("Jaromir Dastrelow", PartyRole.INVESTOR), ("Velkor Tagblatt", PartyRole.TARGET)}


def test_person_descriptor_without_one_person_introduced_stays_unresolved() -> None:
    # two different people introduced by the noun: no one is guessed, and no deal is made of the described paper alone
    text = (
        "Das Velkor Tagblatt wird eingestellt. Der Investor Jaromir Dastrelow und der Investor Olga Norvik stritten. "
        "Seit 2015 hat der Investor nach Schätzungen 45 Millionen Euro in das Blatt investiert."
    )
    assert all(("Jaromir Dastrelow", PartyRole.INVESTOR) not in parties and ("Olga Norvik", PartyRole.INVESTOR) not in parties for _, parties, _ in _de_deals(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Oligarch hat die Strafe von 80 Millionen Euro bezahlt.",  # a fine
        "Der Oligarch erwartet für die Zeitung einen Verlust von 80 Millionen Euro.",  # a forecast
        "Die Zeitung hat ihren Umsatz um 5 Prozent auf 80 Millionen Euro gesteigert.",  # results
        "Der Preis der Zeitung steigt auf 3 Euro.",  # a price
    ],
)
def test_person_descriptor_and_paper_make_no_deal_of_fines_results_or_prices(sentence: str) -> None:
    text = "Das Velkor Tagblatt erscheint nur noch online. Besitzer ist der Oligarch Jaromir Dastrelow. " + sentence
    assert _de_deals(text) == []


def test_money_put_into_the_papers_goes_to_the_paper_the_article_introduced() -> None:
    # the person the article keeps naming by surname is the investor, not the paper invested in
    text = (
        "Die Zeitung Norvia Kurier wird bald nicht mehr gedruckt, teilte Besitzer Dastrelow mit. Dastrelow sucht Käufer. "
        "Der Milliardär Jaromir Dastrelow hatte Norvia Kurier 2012 gekauft. "
        "Seit 2012 hat der Milliardär nach Schätzungen 45 Millionen Euro in die Zeitungen investiert."
    )
    investments = [parties for deal_type, parties, _ in _de_deals(text) if deal_type is DealType.INVESTMENT]
    assert investments == [{("Jaromir Dastrelow", PartyRole.INVESTOR), ("Norvia Kurier", PartyRole.TARGET)}]
