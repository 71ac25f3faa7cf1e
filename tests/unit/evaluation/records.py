"""Hand-built DealRecords for scorer tests: the scorer must not need the extractor."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from pipeline.models import (
    DealRecord,
    DealStatus,
    DealType,
    Evidence,
    Money,
    Party,
    PartyRole,
    Quantity,
    Source,
    item_id_for,
    mention_id_for,
)

NOW = datetime(2024, 3, 1, tzinfo=timezone.utc)


def span(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(text=phrase, start=start, end=start + len(phrase))


def party(name: str, role: PartyRole, **extra: object) -> Party:
    return Party(name=name, normalized_name=name.lower(), role=role, **extra)  # type: ignore[arg-type]


def money(value: str | None, currency: str = "USD", *, lower: str | None = None, upper: str | None = None,
          disclosed: bool = True, evidence: Evidence | None = None) -> Money:
    return Money(
        value=None if value is None else Decimal(value),
        currency=currency if disclosed else None,
        lower=None if lower is None else Decimal(lower),
        upper=None if upper is None else Decimal(upper),
        disclosed=disclosed,
        evidence=evidence,
    )


def record(
    text: str,
    parties: list[Party],
    *,
    deal_type: DealType = DealType.ACQUISITION,
    status: DealStatus = DealStatus.UNKNOWN,
    status_phrase: str | None = None,
    amount: Money | None = None,
    unit_price: Money | None = None,
    quantity: Quantity | None = None,
    country: str | None = None,
    confidence: float = 0.5,
    tag: str = "a",
    item_id: str | None = None,
) -> DealRecord:
    item_id = item_id or item_id_for(f"test://{tag}")
    deal_id = item_id_for(f"deal://{tag}/{'/'.join(p.name for p in parties)}/{deal_type}")
    return DealRecord(
        deal_id=deal_id,
        mention_id=mention_id_for(deal_id, item_id),
        deal_type=deal_type,
        status=status,
        status_evidence=span(text, status_phrase) if status_phrase else None,
        parties=parties,
        amount=amount,
        unit_price=unit_price,
        quantity=quantity,
        country=country,
        source=Source(item_id=item_id, url=f"test://{tag}", title="", lang="en", text_length=len(text)),
        evidence=Evidence(text=text[:10], start=0, end=10),
        confidence=confidence,
        extractor_version="test",
        extracted_at=NOW,
    )
