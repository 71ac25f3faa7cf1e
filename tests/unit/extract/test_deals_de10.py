"""German leftovers of the probe rounds (helper de10), one rule per test, on invented sentences."""

from __future__ import annotations

from pipeline.extract.names.find import find_names
from pipeline.models import DealStatus, DealType, PartyRole
from tests.unit.extract.support import records_of


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text, "de")]


def test_german_conditional_subject_and_object_are_names() -> None:
    # "würde"/"könnte" after the sentence's first word marks it as the subject; after "würde" no noun is determined
    for text in ("Velkor würde Norvia übernehmen.", "Velkor könnte Norvia kaufen, heißt es in Berlin."):
        records = records_of(text, "de")
        assert records and records[0].deal_type == DealType.ACQUISITION
        assert {(p.name, p.role) for p in records[0].parties} == {
            ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)
        }
    assert records_of("Velkor würde Norvia übernehmen.", "de")[0].status == DealStatus.EXPECTED


def test_german_conditional_before_a_common_noun_finds_no_name() -> None:
    assert _names("Ärger könnte drohen.") == []
    assert _names("Die Firma würde Geld verlieren.") == []


def _record(text: str) -> tuple[DealType, DealStatus, set[tuple[str, PartyRole]]]:
    records = records_of(text, "de")
    assert records, text
    return records[0].deal_type, records[0].status, {(p.name, p.role) for p in records[0].parties}


def test_german_rejected_bid_is_a_cancelled_takeover_of_who_rejects() -> None:
    for text in ("Norvia hat das Angebot von Velkor abgelehnt.", "Die Norvia AG lehnt das Übernahmeangebot der Velkor AG ab."):
        deal_type, status, parties = _record(text)
        assert deal_type == DealType.ACQUISITION and status == DealStatus.CANCELLED
        assert {role for _, role in parties} == {PartyRole.BUYER, PartyRole.TARGET}
        assert next(name for name, role in parties if role == PartyRole.TARGET).startswith("Norvia")


def test_german_rejected_offer_with_no_bidder_is_no_deal() -> None:
    assert records_of("Norvia hat das Angebot abgelehnt, nach Berlin umzuziehen.", "de") == []


def test_german_fronted_participle_passive() -> None:
    deal_type, status, parties = _record("Übernommen wird die Norvia AG von der Velkor AG.")
    assert deal_type == DealType.ACQUISITION and status == DealStatus.ANNOUNCED
    assert parties == {("Norvia AG", PartyRole.TARGET), ("Velkor AG", PartyRole.BUYER)}


def test_german_fronted_participle_of_no_deal_verb_reads_none() -> None:
    assert records_of("Gebaut wird die Halle von der Velkor AG.", "de") == [] or all(
        r.deal_type != DealType.ACQUISITION for r in records_of("Gebaut wird die Halle von der Velkor AG.", "de")
    )


def test_german_own_site_built_in_the_present_is_announced() -> None:
    deal_type, status, _ = _record("Velkor errichtet für 200 Millionen Euro eine Fabrik in Ungarn.")
    assert deal_type == DealType.INFRASTRUCTURE and status == DealStatus.ANNOUNCED


def test_german_jobs_cut_is_no_build_cue() -> None:
    _, status, _ = _record("Velkor übernahm Norvia und baut Stellen ab.")
    assert status == DealStatus.COMPLETED


def test_german_award_for_a_company_is_its_sale_to_the_winner() -> None:
    for text, target in (("Velkor erhielt den Zuschlag für Norvia.", "Norvia"), ("Velkor erhielt den Zuschlag für die Norvia AG.", "Norvia AG")):
        deal_type, _, parties = _record(text)
        assert deal_type == DealType.ACQUISITION
        assert parties == {("Velkor", PartyRole.BUYER), (target, PartyRole.TARGET)}


def test_german_award_for_a_place_or_a_delivery_stays_a_contract() -> None:
    for text in ("Velkor erhielt den Zuschlag für Berlin.", "Velkor erhielt von Norvia den Zuschlag für die Lieferung von 40 Zügen."):
        deal_type, _, _ = _record(text)
        assert deal_type == DealType.SUPPLY_CONTRACT


def test_german_bonds_bought_price_no_deal_nearby() -> None:
    for text in (
        "Velkor übernimmt Norvia. Die Zentralbank kauft Anleihen für 20 Milliarden Euro.",
        "Die Zentralbank kauft Anleihen für 20 Milliarden Euro. Velkor übernimmt Norvia.",
    ):
        records = records_of(text, "de")
        assert len(records) == 1 and records[0].amount is None
        assert {(p.name, p.role) for p in records[0].parties} == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_german_deal_price_beside_bonds_is_kept() -> None:
    records = records_of("Velkor übernimmt Norvia für 300 Millionen Euro. Die Zentralbank kauft Anleihen für 20 Milliarden Euro.", "de")
    assert records and records[0].amount is not None and records[0].amount.value == 300_000_000


def test_german_owner_change_marks_the_first_word_as_a_name() -> None:
    for text in ("Norvia gehört künftig zu Velkor.", "Norvia ist von Velkor übernommen worden."):
        deal_type, _, parties = _record(text)
        assert deal_type == DealType.ACQUISITION
        assert parties == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.BUYER)}


def test_german_long_standing_ownership_is_no_deal() -> None:
    assert records_of("Norvia gehört seit 2010 zu Velkor.", "de") == []


def test_german_new_investor_named_next_backs_the_round() -> None:
    for text in (
        "Norvia sammelt 10 Millionen Euro ein. Neu dabei ist der Investor Velkor.",
        "Norvia sammelt 10 Millionen Euro ein. Beteiligt ist der Investor Velkor.",
    ):
        _, _, parties = _record(text)
        assert parties == {("Norvia", PartyRole.TARGET), ("Velkor", PartyRole.INVESTOR)}


def test_german_new_investor_with_no_round_is_no_deal() -> None:
    assert records_of("Neu dabei ist der Investor Velkor.", "de") == []


def test_german_unit_sold_in_the_passive_to_a_named_buyer_is_the_target() -> None:
    for text, unit in (("Die Chemiesparte wurde von Velkor an Norvia verkauft.", "Chemiesparte"), ("Das Werk wird von Velkor an Norvia verkauft.", "Werk")):
        _, _, parties = _record(text)
        assert parties == {("Velkor", PartyRole.SELLER), ("Norvia", PartyRole.BUYER), (unit, PartyRole.TARGET)}


def test_german_unit_opening_another_clause_is_not_what_is_sold() -> None:
    _, _, parties = _record("Die Sparte sei gut aufgestellt, Velkor verkauft Norvia an Tessmar.")
    assert ("Norvia", PartyRole.TARGET) in parties and all(name != "Sparte" for name, _ in parties)


def test_german_deal_noun_of_a_unit_with_its_owner_and_buyer() -> None:
    for text, unit in (
        ("Die Übernahme der Chemiesparte von Tessmar durch Velkor ist abgeschlossen.", "Chemiesparte"),
        ("Die Übernahme des Druckergeschäfts von Tessmar durch Velkor wurde genehmigt.", "Druckergeschäft"),
    ):
        deal_type, _, parties = _record(text)
        assert deal_type == DealType.ACQUISITION
        assert parties == {("Velkor", PartyRole.BUYER), (unit, PartyRole.TARGET), ("Tessmar", PartyRole.SELLER)}


def test_german_deal_noun_of_a_company_keeps_the_company() -> None:
    _, _, parties = _record("Die Übernahme der Norvia AG durch Velkor ist abgeschlossen.")
    assert parties == {("Velkor", PartyRole.BUYER), ("Norvia AG", PartyRole.TARGET)}


def test_german_fronted_company_paid_for() -> None:
    for text, buyer, target in (
        ("Für Norvia zahlte Velkor rund 50 Millionen Euro.", "Velkor", "Norvia"),
        ("Für die Norvia AG zahlt die Velkor AG 1,2 Milliarden Euro.", "Velkor AG", "Norvia AG"),
    ):
        deal_type, _, parties = _record(text)
        assert deal_type == DealType.ACQUISITION
        assert parties == {(buyer, PartyRole.BUYER), (target, PartyRole.TARGET)}


def test_german_fronted_cost_paid_for_is_no_deal() -> None:
    assert records_of("Für die Miete zahlt Velkor 3 Millionen Euro im Jahr.", "de") == []


def test_german_fronted_award_for_a_company() -> None:
    _, _, parties = _record("Den Zuschlag für Norvia erhielt Velkor.")
    assert parties == {("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}


def test_german_fronted_award_for_works_or_a_place_is_no_takeover() -> None:
    for text in ("Den Zuschlag für Bauarbeiten erhielt Velkor.", "Den Zuschlag für Berlin erhielt Velkor."):
        assert all(r.deal_type != DealType.ACQUISITION for r in records_of(text, "de"))
