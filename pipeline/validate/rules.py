"""From deal records to the one-row-per-record frame the expectation suite checks.

GX checks columns, so every rule that looks inside a record (parties, evidence
spans, quantity × unit price) becomes a derived column here. The derivations
are pure functions of the record and its Kafka metadata, never of the wall
clock, so a rerun over the same offsets gets the same verdicts and the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

import pandas as pd
import pycountry

from pipeline.models import CLOCK_SKEW_S, WITHDRAWN_CURRENCIES, DealRecord, DealStatus, DealType, PartyKind, PartyRole

VALUE_USD_MIN = Decimal("1e3")
VALUE_USD_MAX = Decimal("1e13")
CONSISTENCY_TOLERANCE_EXACT = Decimal("0.02")
CONSISTENCY_TOLERANCE_APPROXIMATE = Decimal("0.25")

ROW_ID = "row"
LIST_SEPARATOR = ","


@dataclass(frozen=True)
class Candidate:
    """A record that passed the pydantic contract, with where it came from on the bus."""

    record: DealRecord
    offset: int
    timestamp_ms: int


def currency_codes() -> list[str]:
    """What the contract's currency check accepts, as a set the suite can hold."""
    return sorted({c.alpha_3 for c in pycountry.currencies} | WITHDRAWN_CURRENCIES)


def country_codes() -> list[str]:
    return sorted(c.alpha_2 for c in pycountry.countries)


def enum_values(enum: type[DealType] | type[DealStatus] | type[PartyRole] | type[PartyKind]) -> list[str]:
    return [member.value for member in enum]


def list_regex(values: list[str], *, allow_empty: bool = False) -> str:
    """A regex for a comma-joined list whose every item is in ``values``."""
    item = "(?:" + "|".join(values) + ")"
    body = f"{item}(?:{LIST_SEPARATOR}{item})*"
    return f"^(?:{body})?$" if allow_empty else f"^{body}$"


def consistency(record: DealRecord) -> tuple[float | None, float | None]:
    """(ratio of quantity × unit price to the amount, allowed relative deviation), or Nones.

    Compared in USD when both sides carry ``value_usd``, else in the shared
    currency; a range or an undisclosed side leaves nothing to compare.
    """
    quantity, unit_price, amount = record.quantity, record.unit_price, record.amount
    if quantity is None or unit_price is None or amount is None:
        return None, None
    if unit_price.value_usd is not None and amount.value_usd is not None:
        product, total = quantity.value * unit_price.value_usd, amount.value_usd
    elif unit_price.value is not None and amount.value is not None and unit_price.currency == amount.currency:
        product, total = quantity.value * unit_price.value, amount.value
    else:
        return None, None
    if total == 0:
        return None, None
    approximate = quantity.approximate or unit_price.approximate or amount.approximate
    tolerance = CONSISTENCY_TOLERANCE_APPROXIMATE if approximate else CONSISTENCY_TOLERANCE_EXACT
    return float(product / total), float(tolerance)


def _deviation(ratio: float | None) -> float | None:
    """Symmetric relative deviation: 2× too high and 2× too low are equally wrong."""
    if ratio is None or ratio <= 0:
        return None if ratio is None else float("inf")
    return max(ratio, 1 / ratio) - 1


def _seconds(value: datetime) -> float:
    return value.astimezone(timezone.utc).timestamp()


def row(candidate: Candidate, index: int) -> dict[str, object]:
    record = candidate.record
    spans = [span for _, span in record.evidences()]
    amount = record.amount
    ratio, tolerance = consistency(record)
    published = record.source.published_at
    observed_s = min(candidate.timestamp_ms / 1000, _seconds(record.extracted_at))
    return {
        ROW_ID: index,
        "mention_id": record.mention_id,
        "kafka_offset": candidate.offset,
        "deal_type": str(record.deal_type),
        "status": str(record.status),
        "confidence": record.confidence,
        "country": record.country,
        "amount_currency": amount.currency if amount is not None else None,
        "amount_value_usd": float(amount.value_usd) if amount is not None and amount.value_usd is not None else None,
        "unit_price_currency": record.unit_price.currency if record.unit_price is not None else None,
        "party_count": len(record.parties),
        "party_roles": LIST_SEPARATOR.join(str(p.role) for p in record.parties) or None,
        "party_kinds": LIST_SEPARATOR.join(str(p.kind) for p in record.parties) or None,
        "party_countries": LIST_SEPARATOR.join(p.country for p in record.parties if p.country),
        "min_evidence_start": min(s.start for s in spans),
        "max_evidence_end": max(s.end for s in spans),
        "text_length": record.source.text_length,
        "consistency_ratio": ratio,
        "consistency_deviation": _deviation(ratio),
        "consistency_tolerance": tolerance,
        "published_ahead_s": _seconds(published) - observed_s if published is not None else None,
    }


def frame(candidates: list[Candidate]) -> pd.DataFrame:
    """One row per record; ``row`` is the position in ``candidates`` and attributes failures."""
    rows = [row(candidate, index) for index, candidate in enumerate(candidates)]
    df = pd.DataFrame(rows, columns=list(row_columns()))
    for column in ("amount_value_usd", "consistency_ratio", "consistency_deviation", "consistency_tolerance",
                   "published_ahead_s", "confidence"):
        df[column] = df[column].astype("float64")
    return df


def row_columns() -> tuple[str, ...]:
    return (
        ROW_ID, "mention_id", "kafka_offset", "deal_type", "status", "confidence", "country", "amount_currency",
        "amount_value_usd", "unit_price_currency", "party_count", "party_roles", "party_kinds", "party_countries",
        "min_evidence_start", "max_evidence_end", "text_length", "consistency_ratio", "consistency_deviation",
        "consistency_tolerance", "published_ahead_s",
    )
