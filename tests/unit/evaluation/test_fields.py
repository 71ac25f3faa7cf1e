"""Per-field deal scoring: detection, alignment, suffix-blind parties, 0.5 % money."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from pipeline.evaluation import fields
from pipeline.evaluation.scores import Counts
from pipeline.models import DealStatus, DealType, PartyRole, Quantity

from tests.unit.evaluation.records import money, party, record

TEXT = "Ardent Foods AG will take over Mistral Bakeries GmbH for 40 million euros."


def gold_deal(**extra: Any) -> dict[str, Any]:
    deal: dict[str, Any] = {
        "deal_type": "acquisition",
        "status": "agreed",
        "parties": [
            {"name": "Ardent Foods", "aliases": ["Ardent"], "role": "buyer", "kind": "company"},
            {"name": "Mistral Bakeries", "aliases": [], "role": "target", "kind": "company"},
        ],
        "amount": {"value": "40000000", "currency": "EUR", "approximate": False},
        "quantity": None,
        "unit_price": None,
        "country": "DE",
    }
    deal.update(extra)
    return deal


def pred(**extra: Any) -> Any:
    parties = extra.pop(
        "parties",
        [party("Ardent Foods AG", PartyRole.BUYER), party("Mistral Bakeries GmbH", PartyRole.TARGET)],
    )
    kwargs: dict[str, Any] = {
        "deal_type": DealType.ACQUISITION,
        "status": DealStatus.AGREED,
        "amount": money("40000000", "EUR"),
        "country": "DE",
    }
    kwargs.update(extra)
    return record(TEXT, parties, **kwargs)


def test_name_key_drops_case_and_legal_suffixes() -> None:
    assert fields.name_key("Ardent Foods AG") == fields.name_key("ARDENT FOODS")
    assert fields.name_key("Quill Corp.") == fields.name_key("quill")
    assert fields.name_key("Mistral Bakeries GmbH") != fields.name_key("Mistral Bakers")


def test_perfect_record_scores_every_present_field() -> None:
    counts = fields.score_article([gold_deal()], [pred()])
    for name in ("detection", "amount", "deal_type", "status", "country"):
        assert counts[name] == Counts(tp=1), name
    assert counts["parties"] == Counts(tp=2)
    assert counts["quantity"] == Counts()
    assert counts["unit_price"] == Counts()


def test_alias_matches_a_party() -> None:
    rec = pred(parties=[party("Ardent", PartyRole.BUYER)])
    counts = fields.score_article([gold_deal()], [rec])
    assert counts["parties"] == Counts(tp=1, fn=1)


@pytest.mark.parametrize(
    ("value", "hit"),
    [("40000000", True), ("40190000", True), ("39810000", True), ("40210000", False), ("4000000", False)],
)
def test_amount_tolerance_is_half_a_percent(value: str, hit: bool) -> None:
    counts = fields.score_article([gold_deal()], [pred(amount=money(value, "EUR"))])
    assert counts["amount"] == (Counts(tp=1) if hit else Counts(fp=1, fn=1))


def test_amount_needs_the_same_currency() -> None:
    counts = fields.score_article([gold_deal()], [pred(amount=money("40000000", "USD"))])
    assert counts["amount"] == Counts(fp=1, fn=1)


def test_range_compares_bounds() -> None:
    gold = gold_deal(amount={"value": None, "lower": "1000000000", "upper": "2000000000", "currency": "EUR"})
    good = pred(amount=money(None, "EUR", lower="1000000000", upper="2000000000"))
    half = pred(amount=money(None, "EUR", lower="1000000000"))
    wrong = pred(amount=money(None, "EUR", lower="1000000000", upper="3000000000"))
    assert fields.score_article([gold], [good])["amount"] == Counts(tp=1)
    assert fields.score_article([gold], [half])["amount"] == Counts(fp=1, fn=1)
    assert fields.score_article([gold], [wrong])["amount"] == Counts(fp=1, fn=1)


def test_vague_lower_bound() -> None:
    gold = gold_deal(amount={"value": None, "lower": "2000000000", "currency": "EUR"})
    assert fields.score_article([gold], [pred(amount=money(None, "EUR", lower="2000000000"))])["amount"] == Counts(tp=1)
    assert fields.score_article([gold], [pred(amount=money("2000000000", "EUR"))])["amount"] == Counts(fp=1, fn=1)


def test_upper_bound_with_point_value() -> None:
    gold = gold_deal(amount={"value": "500000000", "upper": "500000000", "currency": "EUR"})
    assert fields.score_article([gold], [pred(amount=money(None, "EUR", upper="500000000"))])["amount"] == Counts(tp=1)
    assert fields.score_article([gold], [pred(amount=money("500000000", "EUR"))])["amount"] == Counts(tp=1)


def test_undisclosed_amount_counts_as_no_amount() -> None:
    gold = gold_deal(amount=None)
    counts = fields.score_article([gold], [pred(amount=money(None, disclosed=False))])
    assert counts["amount"] == Counts()


def test_quantity_value_and_unit() -> None:
    gold = gold_deal(quantity={"value": "250", "unit": "locomotive"})
    hit = pred(quantity=Quantity(value=Decimal("250"), unit="locomotives"))
    miss = pred(quantity=Quantity(value=Decimal("250"), unit="wagon"))
    assert fields.score_article([gold], [hit])["quantity"] == Counts(tp=1)
    assert fields.score_article([gold], [miss])["quantity"] == Counts(fp=1, fn=1)


def test_wrong_type_and_unknown_status() -> None:
    counts = fields.score_article([gold_deal()], [pred(deal_type=DealType.MERGER, status=DealStatus.UNKNOWN)])
    assert counts["deal_type"] == Counts(fp=1, fn=1)
    assert counts["status"] == Counts(fn=1)


def test_records_for_a_dealless_article_are_false_positives() -> None:
    counts = fields.score_article([], [pred()])
    assert counts["detection"] == Counts(fp=1)
    assert counts["parties"] == Counts(fp=2)
    assert counts["amount"] == Counts(fp=1)


def test_missed_deal_is_a_miss_everywhere() -> None:
    counts = fields.score_article([gold_deal()], [])
    assert counts["detection"] == Counts(fn=1)
    assert counts["parties"] == Counts(fn=2)
    assert counts["country"] == Counts(fn=1)


def test_alignment_is_by_shared_parties_not_order() -> None:
    other = {
        "deal_type": "investment",
        "status": "completed",
        "parties": [{"name": "Cobalt Ventures", "aliases": [], "role": "investor", "kind": "fund"}],
        "amount": None,
        "country": None,
    }
    cobalt = pred(parties=[party("Cobalt Ventures LLC", PartyRole.INVESTOR)], deal_type=DealType.INVESTMENT,
                  status=DealStatus.COMPLETED, amount=None, country=None, tag="c")
    counts = fields.score_article([gold_deal(), other], [cobalt, pred()])
    assert fields.align([gold_deal(), other], [cobalt, pred()]) == [(0, 1), (1, 0)]
    assert counts["deal_type"] == Counts(tp=2)
    assert counts["parties"] == Counts(tp=3)
    assert counts["detection"] == Counts(tp=1)


def test_record_sharing_no_party_is_not_aligned() -> None:
    stranger = pred(parties=[party("Harbor Lights", PartyRole.BUYER)])
    counts = fields.score_article([gold_deal()], [stranger])
    assert counts["amount"] == Counts(fp=1, fn=1)
    assert counts["parties"] == Counts(fp=1, fn=2)


# --- FORMAT's rules word by word, on labels written in every valid way ------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [("Heron", "Heron, Inc."), ("Heron", "HERON CORP."), ("Heron", "Heron Co Ltd"), ("Heron", "Heron S.A.S."),
     ("Heron", "Heron AG & Co. KGaA"), ("Heron", "Heron GmbH & Co. KG"), ("Heron", "Heron mbH"),
     ("Heron", "Heron UG (haftungsbeschränkt)"), ("Heron", "Heron plc"), ("Heron SE", "Heron N.V."),
     ("Héron", "He\u0301ron SA"), ("Heron  Egret", "Heron\nEgret")],
)
def test_party_keys_drop_case_whitespace_and_legal_suffixes(gold: str, predicted: str) -> None:
    assert fields.name_key(gold) == fields.name_key(predicted)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [("Heron", "Heron UK"), ("Heron-Egret", "Heron Egret"), ("Heron", "Heron Holding"), ("Heron", "Heron Group"),
     ("Heron", "The Heron"), ("Heron", "Herons")],
)
def test_party_keys_keep_everything_that_is_no_legal_suffix(gold: str, predicted: str) -> None:
    assert fields.name_key(gold) != fields.name_key(predicted)


def test_the_first_word_of_a_name_stays_even_when_it_is_a_legal_form() -> None:
    assert fields.name_key("SA") == "sa"
    assert fields.name_key("AG Holding AG") == "ag holding"


def test_parties_match_on_the_predicted_name_not_the_extractors_normalised_name() -> None:
    from pipeline.models import Party

    family = Party(name="famille Ardent", normalized_name="ardent", role=PartyRole.BUYER)
    counts = fields.score_article([gold_deal()], [pred(parties=[family, party("Mistral Bakeries", PartyRole.TARGET)])])
    assert counts["parties"] == Counts(tp=1, fp=1, fn=1)


def test_parties_with_overlapping_aliases_are_matched_at_best() -> None:
    gold = gold_deal(parties=[
        {"name": "Ardent Foods", "aliases": ["Mistral"]},
        {"name": "Mistral"},
    ])
    rec = pred(parties=[party("Mistral", PartyRole.TARGET), party("Ardent Foods", PartyRole.BUYER)])
    assert fields.score_article([gold], [rec])["parties"] == Counts(tp=2)


def test_parties_without_aliases_kind_or_with_unknown_roles_are_scored_by_name() -> None:
    gold = gold_deal(parties=[{"name": "Ardent Foods", "role": "lender"}, {"name": "Mistral Bakeries"}])
    assert fields.score_article([gold], [pred()])["parties"] == Counts(tp=2)


def test_amount_tolerance_is_relative_to_the_gold_value() -> None:
    gold = gold_deal(amount={"value": "100000000", "currency": "EUR"})
    inside, outside = money("100500000", "EUR"), money("100502000", "EUR")  # 0.502 % of gold, 0.4995 % of itself
    assert fields.score_article([gold], [pred(amount=inside)])["amount"] == Counts(tp=1)
    assert fields.score_article([gold], [pred(amount=outside)])["amount"] == Counts(fp=1, fn=1)


@pytest.mark.parametrize("value", ["3e9", "3000000000.0", " 3000000000 ", 3000000000, 3e9])
def test_amount_values_in_any_decimal_spelling(value: Any) -> None:
    gold = gold_deal(amount={"value": value, "currency": "USD", "approximate": True})
    assert fields.score_article([gold], [pred(amount=money("3000000000", "USD"))])["amount"] == Counts(tp=1)


@pytest.mark.parametrize("currency", ["eur", " Eur "])
def test_gold_currency_case_does_not_count(currency: str) -> None:
    gold = gold_deal(amount={"value": "40000000", "currency": currency})
    assert fields.score_article([gold], [pred()])["amount"] == Counts(tp=1)


def test_upper_bound_only() -> None:
    gold = gold_deal(amount={"upper": "800000000", "currency": "EUR"})
    assert fields.score_article([gold], [pred(amount=money(None, "EUR", upper="800000000"))])["amount"] == Counts(tp=1)
    assert fields.score_article([gold], [pred(amount=money("800000000", "EUR"))])["amount"] == Counts(fp=1, fn=1)


def test_gold_quantity_without_unit_is_compared_on_its_value() -> None:
    gold = gold_deal(quantity={"value": "250"})
    assert fields.score_article([gold], [pred(quantity=Quantity(value=Decimal("250"), unit="wagon"))])[
        "quantity"] == Counts(tp=1)
    assert fields.score_article([gold], [pred(quantity=Quantity(value=Decimal("260"), unit="wagon"))])[
        "quantity"] == Counts(fp=1, fn=1)


def test_quantity_unit_words_and_case() -> None:
    gold = gold_deal(quantity={"value": "12", "unit": "Wind Turbines"})
    hit = pred(quantity=Quantity(value=Decimal("12"), unit="wind_turbine"))
    assert fields.score_article([gold], [hit])["quantity"] == Counts(tp=1)


def test_unit_price_without_amount() -> None:
    gold = gold_deal(amount=None, unit_price={"value": "30000", "currency": "USD"})
    rec = pred(amount=None, unit_price=money("30000", "USD"))
    counts = fields.score_article([gold], [rec])
    assert (counts["unit_price"], counts["amount"]) == (Counts(tp=1), Counts())


def test_labels_are_compared_without_case_and_unknown_labels_disagree() -> None:
    gold = gold_deal(deal_type=" Acquisition", status="AGREED", country="de")
    counts = fields.score_article([gold], [pred()])
    assert (counts["deal_type"], counts["status"], counts["country"]) == (Counts(tp=1), Counts(tp=1), Counts(tp=1))
    odd = gold_deal(deal_type="loan", status="pending")
    counts = fields.score_article([odd], [pred(deal_type=DealType.OTHER)])
    assert (counts["deal_type"], counts["status"]) == (Counts(fp=1, fn=1), Counts(fp=1, fn=1))


def test_null_country_and_status_are_not_labelled() -> None:
    counts = fields.score_article([gold_deal(country=None, status=None)], [pred()])
    assert (counts["country"], counts["status"]) == (Counts(fp=1), Counts(fp=1))
