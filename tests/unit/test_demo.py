"""How the demo and `dealwire deals` print an amount: bounds stay visible."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.demo import money_text
from pipeline.models import Money


@pytest.mark.parametrize(
    ("money", "printed"),
    [
        (Money(value=Decimal(3_000_000_000), currency="USD", approximate=True), "~3,000,000,000 USD"),
        (Money(lower=Decimal(2_000_000_000), currency="USD", approximate=True), "≥2,000,000,000 USD"),
        (Money(lower=Decimal(1_200_000_000), upper=Decimal(1_400_000_000), currency="EUR"), "1,200,000,000–1,400,000,000 EUR"),
        (Money(upper=Decimal(50_000_000), currency="EUR"), "≤50,000,000 EUR"),
        (Money(disclosed=False), "undisclosed"),
        (None, ""),
    ],
)
def test_amounts_print_their_value_or_bounds(money: Money | None, printed: str) -> None:
    assert money_text(money) == printed
