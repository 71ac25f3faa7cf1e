"""The data contract, v1: what travels on the bus and lands in the buckets.

``RawItem`` is one fetched news item; ``DealRecord`` is one deal as reported by
one article (a *mention*). Both are strict: unknown fields, naive datetimes,
floats for money, unknown currencies or countries and evidence that does not
point into the article text are rejected. Money is ``Decimal`` in Python and a
string in JSON, so no amount is ever rounded through a float.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal

import pycountry
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

SCHEMA_VERSION: Literal[1] = 1

_HEX_PATTERN = r"^[0-9a-f]{16,64}$"


def _sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_id_for(canonical_url: str) -> str:
    """Stable id of a news item: the same canonical URL always gives the same id."""
    return _sha256_hex(canonical_url)[:32]


def content_hash_for(normalized_text: str) -> str:
    return _sha256_hex(normalized_text)


def mention_id_for(deal_id: str, item_id: str) -> str:
    """One id per (deal, article): the unit the curated bucket holds exactly once."""
    return _sha256_hex(f"{deal_id}:{item_id}")[:32]


# --- scalar types --------------------------------------------------------------


def _reject_float(value: Any) -> Any:
    if isinstance(value, float):
        raise ValueError("money and quantities are decimals: pass a string or Decimal, not a float")
    return value


def _finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite decimal")
    return value


DecimalStr = Annotated[
    Decimal,
    BeforeValidator(_reject_float),
    AfterValidator(_finite),
    PlainSerializer(lambda v: format(v, "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}),
]


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetimes must carry a timezone (UTC is stored)")
    return value.astimezone(timezone.utc)


UtcDatetime = Annotated[datetime, AfterValidator(_utc)]


# ISO 4217 codes withdrawn when the euro came (List Three): older news states prices in them
# ("250 mln lire", "1.2 billion French francs"). No ECB rate covers them, so value_usd stays empty.
CLOCK_SKEW_S = 600
"""How far ``published_at`` may lead the moment the item was fetched or the record entered Kafka (feeds' clocks
drift): ingest drops later dates, validate quarantines records past it."""

WITHDRAWN_CURRENCIES = frozenset({"ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "LUF", "NLG", "PTE"})


# The three lookups below are pure (pycountry's tables do not change at run time) and are asked for the
# same few codes by every record: cached, bounded, keyed on the whole code.
@lru_cache(maxsize=1024)
def is_currency_code(code: str) -> bool:
    """A current ISO 4217 code, or one of the pre-euro codes above."""
    return code in WITHDRAWN_CURRENCIES or pycountry.currencies.get(alpha_3=code) is not None


@lru_cache(maxsize=1024)
def _is_country_code(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=1024)
def _is_language_code(code: str) -> bool:
    return len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None


def _currency(code: str) -> str:
    code = code.upper()
    if not is_currency_code(code):
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


def _country(code: str) -> str:
    code = code.upper()
    if not _is_country_code(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def _language(code: str) -> str:
    code = code.lower()
    if not _is_language_code(code):
        raise ValueError(f"{code!r} is not an ISO 639-1 language code")
    return code


CurrencyCode = Annotated[str, AfterValidator(_currency), WithJsonSchema({"type": "string", "pattern": "^[A-Z]{3}$"})]
CountryCode = Annotated[str, AfterValidator(_country), WithJsonSchema({"type": "string", "pattern": "^[A-Z]{2}$"})]
LanguageCode = Annotated[str, AfterValidator(_language), WithJsonSchema({"type": "string", "pattern": "^[a-z]{2}$"})]
HexId = Annotated[str, Field(pattern=_HEX_PATTERN)]


# --- enums ---------------------------------------------------------------------


class DealType(StrEnum):
    ACQUISITION = "acquisition"
    MERGER = "merger"
    INVESTMENT = "investment"
    FUNDING_ROUND = "funding_round"
    SUPPLY_CONTRACT = "supply_contract"
    PURCHASE = "purchase"
    INFRASTRUCTURE = "infrastructure"
    PARTNERSHIP = "partnership"
    JOINT_VENTURE = "joint_venture"
    DIVESTITURE = "divestiture"
    OTHER = "other"


class DealStatus(StrEnum):
    RUMORED = "rumored"
    EXPECTED = "expected"
    ANNOUNCED = "announced"
    AGREED = "agreed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class PartyRole(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    TARGET = "target"
    INVESTOR = "investor"
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    PARTNER = "partner"


class PartyKind(StrEnum):
    COMPANY = "company"
    GOVERNMENT = "government"
    STATE_OWNED = "state_owned"
    FUND = "fund"
    PERSON = "person"
    OTHER = "other"


# --- building blocks -------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Evidence(_Strict):
    """A span of the RawItem text: ``text == item.text[start:end]``, offsets in Unicode code points (Python string
    indices; Java, Spark and JavaScript count UTF-16 units, which differ after a character beyond U+FFFF)."""

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @model_validator(mode="after")
    def _span_matches_text(self) -> Evidence:
        if self.end <= self.start:
            raise ValueError(f"evidence end {self.end} must be after start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError("evidence text length does not match its offsets")
        return self


class Money(_Strict):
    value: DecimalStr | None = None
    currency: CurrencyCode | None = None
    approximate: bool = False
    lower: DecimalStr | None = None
    upper: DecimalStr | None = None
    disclosed: bool = True
    value_usd: DecimalStr | None = None
    fx_rate: DecimalStr | None = Field(None, description="USD per unit of currency")
    fx_date: date | None = None
    evidence: Evidence | None = None

    @model_validator(mode="after")
    def _coherent(self) -> Money:
        has_number = any(v is not None for v in (self.value, self.lower, self.upper))
        if self.disclosed and not has_number:
            raise ValueError("a disclosed amount needs a value, a lower or an upper bound")
        if has_number and self.currency is None:
            raise ValueError("an amount needs a currency")
        if not self.disclosed and has_number:
            raise ValueError("an undisclosed amount carries no value")
        for name in ("value", "lower", "upper", "value_usd", "fx_rate"):
            number = getattr(self, name)
            if number is not None and number < 0:
                raise ValueError(f"{name} must not be negative")
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ValueError("lower bound above upper bound")
        if self.value_usd is not None and (self.fx_rate is None or self.fx_date is None):
            raise ValueError("value_usd needs fx_rate and fx_date")
        return self


class Quantity(_Strict):
    value: DecimalStr = Field(gt=0)
    unit: str = Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")
    item: str | None = None
    approximate: bool = False
    evidence: Evidence | None = None


class Party(_Strict):
    name: str = Field(min_length=1)
    normalized_name: str = Field(min_length=1)
    role: PartyRole
    kind: PartyKind = PartyKind.COMPANY
    country: CountryCode | None = None
    location_text: str | None = None
    business: str | None = None
    evidence: Evidence | None = None


class Consistency(_Strict):
    """quantity × unit price against the stated amount, both in USD."""

    product_usd: DecimalStr
    amount_usd: DecimalStr
    ratio: DecimalStr
    tolerance: DecimalStr
    consistent: bool


class Source(_Strict):
    item_id: HexId
    url: str
    title: str
    lang: LanguageCode
    published_at: UtcDatetime | None = None
    text_length: int = Field(ge=0, description="length of RawItem.text, bounds every evidence offset")


# --- the two records --------------------------------------------------------------


class RawItem(_Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    item_id: HexId
    source_id: str = Field(min_length=1)
    feed_url: str
    url: str
    canonical_url: str
    title: str
    summary: str = ""
    text: str
    lang: LanguageCode
    published_at: UtcDatetime | None = None
    fetched_at: UtcDatetime
    authors: list[str] = Field(default_factory=list)
    content_hash: HexId

    @model_validator(mode="after")
    def _id_from_canonical_url(self) -> RawItem:
        if self.item_id != item_id_for(self.canonical_url):
            raise ValueError("item_id must be item_id_for(canonical_url)")
        return self


class DealRecord(_Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    deal_id: HexId
    mention_id: HexId
    deal_type: DealType
    status: DealStatus = DealStatus.UNKNOWN
    status_evidence: Evidence | None = None
    parties: list[Party] = Field(min_length=1)
    amount: Money | None = None
    unit_price: Money | None = None
    quantity: Quantity | None = None
    country: CountryCode | None = None
    location_text: str | None = None
    consistency: Consistency | None = None
    source: Source
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str = Field(min_length=1)
    extracted_at: UtcDatetime

    def evidences(self) -> list[tuple[str, Evidence]]:
        """Every evidence span in the record, with the field it backs."""
        spans: list[tuple[str, Evidence | None]] = [
            ("evidence", self.evidence),
            ("status_evidence", self.status_evidence),
        ]
        for name in ("amount", "unit_price", "quantity"):
            part = getattr(self, name)
            spans.append((name, part.evidence if part is not None else None))
        spans.extend((f"parties[{i}]", p.evidence) for i, p in enumerate(self.parties))
        return [(name, ev) for name, ev in spans if ev is not None]

    @model_validator(mode="after")
    def _ids_and_evidence(self, info: ValidationInfo) -> DealRecord:
        if self.mention_id != mention_id_for(self.deal_id, self.source.item_id):
            raise ValueError("mention_id must be mention_id_for(deal_id, source.item_id)")
        text = (info.context or {}).get("text") if info is not None else None
        for name, span in self.evidences():
            if span.end > self.source.text_length:
                raise ValueError(f"{name}: evidence ends at {span.end}, past the text ({self.source.text_length} chars)")
            if text is not None and text[span.start : span.end] != span.text:
                raise ValueError(f"{name}: evidence does not match the item text at [{span.start}:{span.end}]")
        return self


__all__ = [
    "SCHEMA_VERSION",
    "Consistency",
    "DealRecord",
    "DealStatus",
    "DealType",
    "Evidence",
    "Money",
    "Party",
    "PartyKind",
    "PartyRole",
    "Quantity",
    "RawItem",
    "Source",
    "WITHDRAWN_CURRENCIES",
    "content_hash_for",
    "is_currency_code",
    "item_id_for",
    "mention_id_for",
]
