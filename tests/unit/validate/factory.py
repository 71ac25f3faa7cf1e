"""Valid DealRecords built from invented text, with knobs to break exactly one thing.

Every record goes through ``DealRecord.model_validate`` with the article text as
context, so a factory default that drifts from the contract fails loudly here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from pipeline.models import DealRecord, item_id_for, mention_id_for

TEXT = (
    "Orvane Robotics agreed to acquire Pellucid Sensors for about 120 million euros, "
    "the Lisbon company said. The order covers 4000 units at 30000 euros each."
)
EUR_USD = "1.10"


def _span(needle: str) -> dict[str, Any]:
    start = TEXT.index(needle)
    return {"text": needle, "start": start, "end": start + len(needle)}


def deal_record(
    n: int = 0,
    *,
    published_at: datetime | None = datetime(2025, 5, 2, 9, 30, tzinfo=timezone.utc),
    extracted_at: datetime = datetime(2025, 5, 2, 10, 0, tzinfo=timezone.utc),
    amount_usd: str = "132000000",
    quantity: str | None = None,
    unit_price: str | None = None,
    approximate: bool = True,
    **overrides: Any,
) -> DealRecord:
    """The ``n``-th invented deal; distinct ``n`` give distinct deal and mention ids."""
    item_id = item_id_for(f"https://news.example.org/deals/{n}")
    deal_id = f"{n:032x}"
    payload: dict[str, Any] = {
        "deal_id": deal_id,
        "mention_id": mention_id_for(deal_id, item_id),
        "deal_type": "acquisition",
        "status": "agreed",
        "status_evidence": _span("agreed to acquire"),
        "parties": [
            {"name": "Orvane Robotics", "normalized_name": "orvane robotics", "role": "buyer",
             "kind": "company", "country": "PT", "evidence": _span("Orvane Robotics")},
            {"name": "Pellucid Sensors", "normalized_name": "pellucid sensors", "role": "target",
             "kind": "company", "evidence": _span("Pellucid Sensors")},
        ],
        "amount": {"value": "120000000", "currency": "EUR", "approximate": approximate,
                   "value_usd": amount_usd, "fx_rate": EUR_USD, "fx_date": "2025-05-02",
                   "evidence": _span("about 120 million euros")},
        "country": "PT",
        "location_text": "Lisbon",
        "source": {"item_id": item_id, "url": f"https://news.example.org/deals/{n}", "title": f"Deal {n}",
                   "lang": "en", "published_at": published_at.isoformat() if published_at else None,
                   "text_length": len(TEXT)},
        "evidence": _span("Orvane Robotics agreed to acquire Pellucid Sensors"),
        "confidence": 0.8,
        "extractor_version": "test-0",
        "extracted_at": extracted_at.isoformat(),
    }
    if quantity is not None:
        payload["quantity"] = {"value": quantity, "unit": "unit", "evidence": _span("4000 units")}
    if unit_price is not None:
        payload["unit_price"] = {"value": unit_price, "currency": "EUR", "value_usd": str(Decimal(unit_price) * Decimal(EUR_USD)),
                                 "fx_rate": EUR_USD, "fx_date": "2025-05-02", "evidence": _span("30000 euros each")}
    payload.update(overrides)
    return DealRecord.model_validate(payload, context={"text": TEXT})


def future(days: int = 30) -> datetime:
    return datetime(2025, 5, 2, 10, 0, tzinfo=timezone.utc) + timedelta(days=days)
