from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cleanco import basename

from pipeline.extract import extract
from pipeline.extract.deals import deal_id_for
from pipeline.models import DealRecord, DealStatus, DealType, PartyRole
from tests.unit.extract.support import PUBLISHED
from tests.unit.extract.support import check as _check
from tests.unit.extract.support import item as _item
from tests.unit.extract.support import records_of

def _roles(record: DealRecord) -> dict[str, str]:
    return {p.role.value: p.name for p in record.parties}


def test_english_acquisition() -> None:
    item = _item(
        "Tavor Industries Inc said it agreed to acquire Pine Ridge Bancorp, a Vermont-based bank, "
        "for about 40 mln dlrs in cash.\n    Tavor said the deal should close in June.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    main = records[0]
    assert main.deal_type is DealType.ACQUISITION
    assert main.status is DealStatus.AGREED
    assert main.status_evidence is not None and main.status_evidence.text == "agreed to acquire"
    assert _roles(main) == {"buyer": "Tavor Industries Inc", "target": "Pine Ridge Bancorp"}
    target = next(p for p in main.parties if p.role is PartyRole.TARGET)
    assert (target.business, target.location_text) == ("bank", "Vermont")
    assert target.normalized_name == "pine ridge bancorp"
    assert main.amount is not None and main.amount.value == Decimal("40000000")


def test_sale_with_buyer_after_to() -> None:
    item = _item("Corvel Group Plc said it sold its Danbury Plastics Ltd unit to Hensley Corp for 12 mln dlrs.", "en")
    records = extract(item)
    _check(item, records)
    assert _roles(records[0]) == {"seller": "Corvel Group Plc", "target": "Danbury Plastics Ltd", "buyer": "Hensley Corp"}


def test_french_rumour_and_german_completion() -> None:
    fr = _item("Selon les informations du quotidien régional, Lumexa devrait racheter la société Orvane pour 200 millions d'euros.", "fr")
    fr_records = extract(fr)
    _check(fr, fr_records)
    assert fr_records and fr_records[0].status in (DealStatus.RUMORED, DealStatus.EXPECTED)
    assert {"Lumexa", "Orvane"} <= {p.name for p in fr_records[0].parties}

    de = _item("Der Maschinenbauer Kordt AG hat den Zulieferer Brenner GmbH übernommen.", "de")
    de_records = extract(de)
    _check(de, de_records)
    assert de_records[0].status is DealStatus.COMPLETED
    assert de_records[0].deal_type is DealType.ACQUISITION
    assert {"Kordt AG", "Brenner GmbH"} <= {p.name for p in de_records[0].parties}


def test_same_deal_same_id_in_french_and_english() -> None:
    fr = _item("Le groupe Halvane a racheté la société Quillon pour 300 millions d'euros.", "fr")
    en = _item("Halvane Corp said it acquired Quillon SA for 300 mln euros.", "en")
    fr_records, en_records = extract(fr), extract(en)
    _check(fr, fr_records)
    _check(en, en_records)
    assert fr_records[0].deal_id == en_records[0].deal_id
    assert fr_records[0].mention_id != en_records[0].mention_id


# the motivating case, in each language (an invented supplier): one deal, one id, the same fields
DATA_CENTRE = {
    "fr": "Le groupe Velkor devrait équiper un centre de données en Allemagne avec environ 100 000 puces, "
    "d'une valeur d'environ 30 000 dollars chacune, soit environ 3 milliards de dollars.",
    "de": "Der Chipkonzern Velkor soll ein Rechenzentrum in Deutschland mit rund 100.000 Chips zu je rund 30.000 Dollar ausstatten. "
    "Insgesamt geht es um rund 3 Milliarden Dollar.",
    "en": "Velkor is expected to equip a data centre in Germany with about 100,000 chips worth about 30,000 dollars "
    "each, roughly 3 billion dollars in all.",
}


def test_equipping_a_data_centre_is_the_same_deal_in_all_three_languages() -> None:
    found = {}
    for lang, text in DATA_CENTRE.items():
        article = _item(text, lang)
        records = extract(article)
        _check(article, records)
        assert records, lang
        found[lang] = records[0]
    assert len({r.deal_id for r in found.values()}) == 1
    for lang, record in found.items():
        assert record.deal_type is DealType.INFRASTRUCTURE and record.status is DealStatus.EXPECTED, lang
        assert record.country == "DE", lang
        roles = {(p.role, p.kind.value) for p in record.parties}
        assert roles == {(PartyRole.SUPPLIER, "company"), (PartyRole.CUSTOMER, "government")}, lang
        assert record.quantity is not None and record.quantity.value == Decimal(100_000), lang
        assert record.unit_price is not None and record.unit_price.value == Decimal(30_000), lang
        assert record.amount is not None and record.amount.value == Decimal(3_000_000_000), lang
        assert record.amount.currency == record.unit_price.currency == "USD", lang
        assert record.consistency is not None and record.consistency.consistent, lang


@pytest.mark.parametrize(
    ("lang", "text", "country_named"),
    [
        ("fr", "Le groupe Velkor devrait équiper un centre de données allemand de 100 000 puces.", "Allemagne"),
        ("de", "Der Konzern Velkor soll ein deutsches Rechenzentrum mit 100.000 Chips ausstatten.", "Deutschland"),
        ("en", "Velkor is expected to equip a German data centre with 100,000 chips.", "Germany"),
    ],
)
def test_a_site_named_by_its_country_adjective_is_taken_by_that_country(lang: str, text: str, country_named: str) -> None:
    (record,) = records_of(text, lang)
    customer = next(p for p in record.parties if p.role is PartyRole.CUSTOMER)
    assert (customer.name, customer.kind.value) == (country_named, "government")
    assert customer.evidence.text.lower().startswith(("allemand", "deutsch", "german"))  # the adjective as written
    # the same deal as when the country is named outright
    (named,) = records_of(text.replace("allemand", "en Allemagne").replace("ein deutsches Rechenzentrum", "ein Rechenzentrum in Deutschland").replace("a German data centre", "a data centre in Germany"), lang)
    assert named.deal_id == record.deal_id


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Velkor va équiper le futur centre de données de Norvia Telecom de quelque 10 000 puces."),
        ("de", "Velkor soll 10.000 Chips für ein Rechenzentrum von Norvia Telecom liefern."),
        ("en", "Velkor will provide Norvia Telecom with 10,000 chips for its new data centre."),
    ],
)
def test_a_site_owned_by_a_named_company_is_supplied_to_it(lang: str, text: str) -> None:
    (record,) = records_of(text, lang)
    assert record.deal_type is DealType.INFRASTRUCTURE
    assert sorted((p.name, p.role) for p in record.parties) == [("Norvia Telecom", PartyRole.CUSTOMER), ("Velkor", PartyRole.SUPPLIER)]
    assert record.quantity is not None and record.quantity.value == Decimal(10_000)


def test_gpus_supplied_to_a_data_centre_in_a_country_are_the_same_deal_as_equipping_it() -> None:
    (supplied,) = records_of("Velkor is set to supply about 100,000 GPUs to a data center in Germany in a deal worth roughly $3bn.", "en")
    (equipped,) = records_of("Velkor is expected to equip a data centre in Germany with about 100,000 GPUs, roughly $3bn in all.", "en")
    assert supplied.deal_id == equipped.deal_id and supplied.status is DealStatus.EXPECTED
    assert supplied.amount is not None and supplied.amount.value == Decimal(3_000_000_000)


def test_deal_id_changes_with_period_and_parties() -> None:
    text = "Halvane Corp said it acquired Quillon SA for 300 mln euros."
    later = extract(_item(text, "en", published=datetime(2025, 2, 1, tzinfo=timezone.utc)))
    now = extract(_item(text, "en"))
    other = extract(_item("Halvane Corp said it acquired Brisk Motor Corp.", "en"))
    assert now[0].deal_id != later[0].deal_id
    assert now[0].deal_id != other[0].deal_id


def test_one_deal_one_id_whichever_article_tells_it() -> None:
    (plain,) = records_of("Velkor Corp agreed to acquire Norvia Inc for 300 mln dlrs.", "en")
    # a seller or an adviser one article names and another leaves out, the seller's side of the story, another language
    (seller,) = records_of("Velkor Corp agreed to acquire Norvia Inc from Dastrel Holdings for 300 mln dlrs.", "en")
    (sold,) = records_of("Dastrel Holdings agreed to sell Norvia Inc to Velkor Corp for 300 mln dlrs.", "en")
    (fr,) = records_of("Le groupe Velkor a racheté Norvia pour 300 millions d'euros, conseillé par la banque Quarvel.", "fr")
    (de,) = records_of("Velkor übernimmt Norvia von Dastrel für 300 Millionen Euro.", "de")
    assert sold.deal_type is DealType.DIVESTITURE
    assert {r.deal_id for r in (plain, seller, sold, fr, de)} == {plain.deal_id}
    (other,) = records_of("Velkor Corp agreed to acquire Korlim Inc for 300 mln dlrs.", "en")
    assert other.deal_id != plain.deal_id


def test_a_person_by_surname_and_by_full_name_gets_one_deal_id() -> None:
    (full,) = records_of("Jonas Velmar übernimmt Norvia für 300 Millionen Euro.", "de")
    (short,) = records_of("Velmar übernimmt Norvia für 300 Millionen Euro. Der Gründer Jonas Velmar sagte, der Kauf sei abgeschlossen.", "de")
    assert short.parties[0].name == "Velmar" and short.deal_id == full.deal_id


def test_a_government_named_two_ways_gets_one_deal_id() -> None:
    (named,) = records_of("L'État français prend une participation de 20 % dans Norvia.", "fr")
    (bare,) = records_of("Le gouvernement prend une participation de 20 % dans Norvia, à Lyon.", "fr")
    assert named.deal_id == bare.deal_id


def test_deal_id_for_keys_on_the_principal_sides() -> None:
    buyer, target, seller = (PartyRole.BUYER, "velkor"), (PartyRole.TARGET, "norvia"), (PartyRole.SELLER, "dastrel")
    bought = deal_id_for(DealType.ACQUISITION, [buyer, target], PUBLISHED)
    assert deal_id_for(DealType.ACQUISITION, [buyer, target, seller], PUBLISHED) == bought
    assert deal_id_for(DealType.DIVESTITURE, [seller, target, buyer], PUBLISHED) == bought
    assert deal_id_for(DealType.MERGER, [buyer, target], PUBLISHED) == bought
    # roles two articles read the other way round still name the same pair
    assert deal_id_for(DealType.ACQUISITION, [(PartyRole.TARGET, "velkor"), (PartyRole.BUYER, "norvia")], PUBLISHED) == bought
    # a stake is not a takeover; another target, another quarter, another deal
    assert deal_id_for(DealType.INVESTMENT, [(PartyRole.INVESTOR, "velkor"), target], PUBLISHED) != bought
    assert deal_id_for(DealType.ACQUISITION, [buyer, (PartyRole.TARGET, "korlim")], PUBLISHED) != bought
    assert deal_id_for(DealType.ACQUISITION, [buyer, target], datetime(2024, 7, 1, tzinfo=timezone.utc)) != bought
    # a lone party keeps its side: "Velkor buys" is not "Velkor is bought"
    assert deal_id_for(DealType.ACQUISITION, [buyer], PUBLISHED) != deal_id_for(DealType.ACQUISITION, [(PartyRole.TARGET, "velkor")], PUBLISHED)
    # supplier and customer; partners
    supply = deal_id_for(DealType.SUPPLY_CONTRACT, [(PartyRole.SUPPLIER, "velkor"), (PartyRole.CUSTOMER, "norvia")], PUBLISHED)
    assert deal_id_for(DealType.SUPPLY_CONTRACT, [(PartyRole.SUPPLIER, "velkor"), (PartyRole.CUSTOMER, "norvia"), (PartyRole.PARTNER, "quarvel")], PUBLISHED) == supply
    assert deal_id_for(DealType.PARTNERSHIP, [(PartyRole.PARTNER, "velkor"), (PartyRole.PARTNER, "norvia")], PUBLISHED) != supply


def test_a_deal_read_twice_in_one_article_keeps_two_mentions() -> None:
    # both records tell one deal: one id would give one mention_id, and downstream keeps one row per mention
    records = records_of("Der Unternehmer Jonas Velmar hat Norvia übernommen. Velmar übernimmt Norvia für 300 Millionen Euro.", "de")
    assert len(records) == 2 and len({r.mention_id for r in records}) == 2
    (alone,) = records_of("Jonas Velmar übernimmt Norvia für 300 Millionen Euro.", "de")
    assert records[0].deal_id == alone.deal_id


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les prix de l'électricité ont augmenté de 4 % au premier trimestre, selon l'Insee.", "fr"),
        ("Der Umsatz stieg im Quartal um fünf Prozent auf 2,1 Milliarden Euro.", "de"),
        ("Quarterly profit fell to 12 mln dlrs from 15 mln dlrs a year earlier.", "en"),
        ("", "en"),
    ],
)
def test_articles_without_deals(text: str, lang: str) -> None:
    assert extract(_item(text, lang)) == []


# --- the motivating article, read from ../shared at run time -----------------------------


def _seed(shared_dir: Path) -> dict[str, Any]:
    line = (shared_dir / "eval" / "seed" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)


def _key(name: str) -> str:
    return (basename(name) or name).casefold()


def _money_equal(gold: dict[str, Any] | None, money: Any) -> None:
    if gold is None:
        return
    assert money is not None
    assert money.currency == gold["currency"]
    for field in ("value", "lower", "upper"):
        if gold.get(field) is not None:
            assert getattr(money, field) == Decimal(gold[field]), field
    if "approximate" in gold:
        assert money.approximate is gold["approximate"]


def test_seed_article_every_labelled_field(shared_dir: Path) -> None:
    line = _seed(shared_dir)
    item = _item(line["text"], line["lang"], url="https://news.example/seed", published=None)
    records = extract(item, extracted_at=PUBLISHED)
    _check(item, records)
    for gold in line["deals"]:
        gold_names = [{_key(n) for n in [p["name"], *p.get("aliases", [])]} for p in gold["parties"]]
        match = [
            r for r in records
            if r.deal_type.value == gold["deal_type"]
            and all(any(_key(p.name) in keys for p in r.parties) for keys in gold_names)
        ]
        assert match, f"no record for the {gold['deal_type']} deal"
        record = match[0]
        assert record.status.value == gold["status"]
        for gold_party in gold["parties"]:
            keys = {_key(n) for n in [gold_party["name"], *gold_party.get("aliases", [])]}
            party = next(p for p in record.parties if _key(p.name) in keys)
            assert party.role.value == gold_party["role"]
            assert party.kind.value == gold_party["kind"]
        _money_equal(gold.get("amount"), record.amount)
        _money_equal(gold.get("unit_price"), record.unit_price)
        if gold.get("quantity") is not None:
            assert record.quantity is not None
            assert record.quantity.value == Decimal(gold["quantity"]["value"])
            assert record.quantity.unit == gold["quantity"]["unit"]
        else:
            assert record.quantity is None
        assert record.country == gold.get("country")
        if gold.get("location_text"):
            assert record.location_text == gold["location_text"]
    main = next(r for r in records if r.deal_type is DealType.INFRASTRUCTURE)
    assert main.consistency is not None and main.consistency.consistent
