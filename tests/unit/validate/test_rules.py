from __future__ import annotations

import re

import pytest

from pipeline.validate import rules
from pipeline.validate.rules import Candidate
from tests.unit.validate.factory import TEXT, deal_record

KAFKA_MS = 1_746_180_000_000  # 2025-05-02T10:00Z


def _candidate(n: int = 0, **kwargs: object) -> Candidate:
    return Candidate(record=deal_record(n, **kwargs), offset=40 + n, timestamp_ms=KAFKA_MS)


def test_frame_has_one_row_per_record_with_derived_columns() -> None:
    df = rules.frame([_candidate(0), _candidate(1, quantity="4000", unit_price="30000")])
    assert list(df[rules.ROW_ID]) == [0, 1]
    first = df.iloc[0]
    assert first["party_count"] == 2
    assert first["party_roles"] == "buyer,target"
    assert first["party_countries"] == "PT"
    assert first["amount_currency"] == "EUR"
    assert first["amount_value_usd"] == 132_000_000.0
    assert first["text_length"] == len(TEXT)
    assert first["max_evidence_end"] == TEXT.index(" for about") + len(" for about 120 million euros")
    assert first["min_evidence_start"] == 0
    assert first["published_ahead_s"] == -1800.0
    assert df["consistency_ratio"].isna().iloc[0]
    assert df.iloc[1]["consistency_ratio"] == pytest.approx(1.0)
    assert df.iloc[1]["consistency_tolerance"] == pytest.approx(0.25)


def test_consistency_uses_usd_and_flags_a_tenfold_gap() -> None:
    record = deal_record(quantity="400", unit_price="30000", approximate=False)
    ratio, tolerance = rules.consistency(record)
    assert ratio == pytest.approx(0.1)
    assert tolerance == pytest.approx(0.02)
    assert rules._deviation(ratio) == pytest.approx(9.0)


def test_consistency_needs_all_three_parts() -> None:
    assert rules.consistency(deal_record(quantity="4000")) == (None, None)


def test_published_ahead_is_measured_against_the_earlier_of_kafka_and_extraction_time() -> None:
    candidate = Candidate(record=deal_record(), offset=0, timestamp_ms=KAFKA_MS - 3_600_000)
    assert rules.row(candidate, 0)["published_ahead_s"] == pytest.approx(1800.0)


@pytest.mark.parametrize(
    ("text", "allow_empty", "matches"),
    [("buyer", False, True), ("buyer,target", False, True), ("", False, False), ("", True, True),
     ("buyer,,target", False, False), ("buyers", False, False)],
)
def test_list_regex(text: str, allow_empty: bool, matches: bool) -> None:
    pattern = rules.list_regex(["buyer", "target"], allow_empty=allow_empty)
    assert bool(re.search(pattern, text)) is matches
