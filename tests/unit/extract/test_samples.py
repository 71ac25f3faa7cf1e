"""The bundled sample articles (our own texts) extract as the demo expects.

Each sample goes through trafilatura exactly as ingestion does, so a change in
either the page text or the extractor that loses the main deal shows here.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import trafilatura

from pipeline.extract import extract
from pipeline.models import DealRecord, DealStatus, DealType, PartyKind, PartyRole
from tests.factories import news_item

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "articles"
WHEN = datetime(2025, 6, 2, 8, 0, tzinfo=timezone.utc)


def _records(name: str) -> list[DealRecord]:
    text = trafilatura.extract((SAMPLES / name).read_text(encoding="utf-8"))
    assert text
    url = f"https://samples.example/{name}"
    item = news_item(text, name[:2], url=url, published=WHEN, fetched=WHEN, source_id="samples",
                     feed_url="https://samples.example/feed")
    records = extract(item, extracted_at=WHEN)
    for record in records:
        for _, span in record.evidences():
            assert text[span.start : span.end] == span.text
    return records


def _party(record: DealRecord, name: str) -> tuple[PartyRole, PartyKind]:
    party = next(p for p in record.parties if p.name.casefold() == name.casefold())
    return party.role, party.kind


@pytest.mark.parametrize("name", ["fr-moral-des-menages.html", "de-freibaeder.html", "en-bike-lanes.html"])
def test_no_deal_samples_yield_nothing(name: str) -> None:
    assert _records(name) == []


def test_french_data_centre_sample() -> None:
    records = _records("fr-nvidia-centre-de-donnees.html")
    main = records[0]
    assert _party(main, "NVIDIA") == (PartyRole.SUPPLIER, PartyKind.COMPANY)
    assert _party(main, "Allemagne") == (PartyRole.CUSTOMER, PartyKind.GOVERNMENT)
    assert main.quantity is not None and main.quantity.value == Decimal("100000") and main.quantity.unit == "chip"
    assert main.quantity.approximate  # "environ" in the text, though the headline rounds it off (as the e2e test asks)
    assert main.unit_price is not None and (main.unit_price.value, main.unit_price.currency) == (Decimal("30000"), "USD")
    assert main.amount is not None and (main.amount.value, main.amount.currency) == (Decimal("3000000000"), "USD")
    assert main.amount.approximate and main.unit_price.approximate
    assert main.status is DealStatus.EXPECTED
    assert main.country == "DE"
    # the background deals with state-owned buyers may come second, never more
    assert len(records) <= 2
    if len(records) == 2:
        background = records[1]
        assert _party(background, "NVIDIA")[0] is PartyRole.SUPPLIER
        assert any(p.kind is PartyKind.STATE_OWNED for p in background.parties)
        assert background.amount is not None and background.amount.lower == Decimal("2000000000")


def test_german_acquisition_sample_is_one_record() -> None:
    records = _records("de-rheinwerk-nordhafen.html")
    assert len(records) == 1
    (record,) = records
    assert record.deal_type is DealType.ACQUISITION
    assert _party(record, "Rheinwerk Logistik")[0] is PartyRole.BUYER
    assert _party(record, "Nordhafen Software")[0] is PartyRole.TARGET
    assert record.amount is not None and (record.amount.value, record.amount.currency) == (Decimal("420000000"), "EUR")


def test_english_acquisition_sample_is_one_record() -> None:
    records = _records("en-harborline-cedar-grid.html")
    assert len(records) == 1
    (record,) = records
    assert record.deal_type is DealType.ACQUISITION
    assert _party(record, "Harborline Analytics")[0] is PartyRole.BUYER
    assert _party(record, "Cedar Grid")[0] is PartyRole.TARGET
    assert record.amount is not None and (record.amount.value, record.amount.currency) == (Decimal("1200000000"), "USD")
