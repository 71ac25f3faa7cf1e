from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from pipeline.models import (
    DealRecord,
    DealStatus,
    Money,
    RawItem,
    item_id_for,
    mention_id_for,
)

TEXT = "Acme Corp agreed to buy Widget GmbH for 12 million euros."


def raw_item(**changes: Any) -> dict[str, Any]:
    canonical = "https://news.example/acme-widget"
    data: dict[str, Any] = {
        "item_id": item_id_for(canonical),
        "source_id": "example",
        "feed_url": "https://news.example/feed.xml",
        "url": canonical + "?utm_source=x",
        "canonical_url": canonical,
        "title": "Acme buys Widget",
        "text": TEXT,
        "lang": "en",
        "published_at": "2025-05-02T08:00:00+02:00",
        "fetched_at": "2025-05-02T07:00:00Z",
        "content_hash": "ab" * 32,
    }
    return data | changes


def span(fragment: str) -> dict[str, Any]:
    start = TEXT.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment)}


def deal(**changes: Any) -> dict[str, Any]:
    item_id = item_id_for("https://news.example/acme-widget")
    deal_id = "d" * 32
    data: dict[str, Any] = {
        "deal_id": deal_id,
        "mention_id": mention_id_for(deal_id, item_id),
        "deal_type": "acquisition",
        "status": "agreed",
        "status_evidence": span("agreed to buy"),
        "parties": [
            {"name": "Acme Corp", "normalized_name": "acme", "role": "buyer", "evidence": span("Acme Corp")},
            {"name": "Widget GmbH", "normalized_name": "widget", "role": "target", "country": "de"},
        ],
        "amount": {"value": "12000000", "currency": "eur", "evidence": span("12 million euros")},
        "country": "DE",
        "source": {"item_id": item_id, "url": "https://news.example/acme-widget", "title": "t", "lang": "en",
                   "text_length": len(TEXT)},
        "evidence": span(TEXT),
        "confidence": 0.8,
        "extractor_version": "test",
        "extracted_at": "2025-05-02T09:00:00Z",
    }
    return data | changes


def test_raw_item_normalises_dates_to_utc() -> None:
    item = RawItem.model_validate(raw_item())
    assert item.published_at == datetime(2025, 5, 2, 6, 0, tzinfo=timezone.utc)
    assert item.schema_version == 1


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"lang": "xx"}, "'xx' is not an ISO 639-1"),
        ({"lang": "english"}, "'english' is not an ISO 639-1"),
        ({"published_at": "2025-05-02T08:00:00"}, "must carry a timezone"),  # naive
        ({"item_id": "0" * 32}, r"item_id must be item_id_for\(canonical_url\)"),  # not derived from the canonical URL
        ({"unexpected": 1}, "unexpected\n  Extra inputs are not permitted"),
        ({"content_hash": "not hex"}, "content_hash\n  String should match pattern"),
    ],
)
def test_raw_item_rejects(changes: dict[str, Any], why: str) -> None:
    with pytest.raises(ValidationError, match=why):  # for the change made, not another field of the factory's
        RawItem.model_validate(raw_item(**changes))


def test_pre_euro_currency_codes_are_carried_but_not_invented_ones() -> None:
    for code in ("itl", "FRF", "DEM"):
        assert Money(value=Decimal(5), currency=code).currency == code.upper()
    with pytest.raises(ValidationError, match="ISO 4217"):
        Money(value=Decimal(5), currency="ZZZ")


def test_deal_record_round_trips_money_as_strings() -> None:
    record = DealRecord.model_validate(deal(), context={"text": TEXT})
    assert record.amount is not None and record.amount.value == Decimal("12000000")
    assert record.amount.currency == "EUR"
    assert record.parties[1].country == "DE"
    payload = json.loads(record.model_dump_json())
    assert payload["amount"]["value"] == "12000000"
    assert isinstance(payload["confidence"], float)
    assert DealRecord.model_validate_json(record.model_dump_json()) == record


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount": {"value": 12000000.0, "currency": "EUR"}}, "not a float"),
        ({"amount": {"value": "12", "currency": "EUX"}}, "ISO 4217"),
        ({"amount": {"value": "12"}}, "needs a currency"),
        ({"amount": {"currency": "EUR"}}, "needs a value"),
        ({"amount": {"lower": "5", "upper": "2", "currency": "EUR"}}, "lower bound above upper"),
        ({"country": "XX"}, "ISO 3166"),
        ({"deal_type": "takeover"}, "deal_type"),
        ({"status": "maybe"}, "status"),
        ({"confidence": 1.5}, "confidence"),
        ({"parties": []}, "parties"),
        ({"mention_id": "e" * 32}, "mention_id"),
        ({"evidence": {"text": "x" * 10, "start": len(TEXT), "end": len(TEXT) + 10}}, "past the text"),
        ({"evidence": {"text": "Acme", "start": 0, "end": 5}}, "length"),
    ],
)
def test_deal_record_rejects(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        DealRecord.model_validate(deal(**changes), context={"text": TEXT})


def test_evidence_must_match_text_when_text_is_known() -> None:
    shifted = {"text": "Acme Cor", "start": 1, "end": 9}
    DealRecord.model_validate(deal(evidence=shifted))  # offsets alone are plausible
    with pytest.raises(ValidationError, match="does not match"):
        DealRecord.model_validate(deal(evidence=shifted), context={"text": TEXT})


def test_undisclosed_amount_has_no_value() -> None:
    money = Money(disclosed=False, evidence=None)
    assert money.value is None
    with pytest.raises(ValidationError, match="an undisclosed amount carries no value"):
        Money(disclosed=False, value=Decimal(1), currency="USD")


def test_status_default_is_unknown() -> None:
    data = deal()
    del data["status"]
    assert DealRecord.model_validate(data).status is DealStatus.UNKNOWN
