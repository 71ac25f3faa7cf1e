"""fr/de rules of the extractor, second round, on invented sentences (one rule per test)."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import DealStatus, DealType
from tests.unit.extract.test_deals import _check, _item


def test_partnership_without_a_cue_is_agreed() -> None:
    text = "Le constructeur Falvane développe ses batteries dans un partenariat avec la start-up Ordil."
    item = _item(text, "fr")
    records = extract(item)
    _check(item, records)
    assert records[0].deal_type is DealType.PARTNERSHIP and records[0].status is DealStatus.AGREED
