"""Routing of records whose mention version another batch curates (no broker, no store: plain data)."""

from __future__ import annotations

import json
import warnings
from collections import Counter
from datetime import date

from pipeline.stages.validate import Assessment, drop_curated_elsewhere
from pipeline.store.curated import Owner
from tests.unit.validate.factory import deal_record

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.consumer.fetcher import ConsumerRecord

OURS = Owner(topic="cands", partition=0, start=5, first=5, last=7)
THEIRS = Owner(topic="cands", partition=2, start=0, first=0, last=3)


def _message(offset: int, value: bytes) -> ConsumerRecord:
    return ConsumerRecord("cands", 0, None, offset, 1746180000000, 0, b"k", value, [], None, 1, len(value), 0)


def _assessment() -> Assessment:
    records = [deal_record(n) for n in range(3)]
    out = Assessment(valid={date(2025, 5, 2): records}, counts=Counter({"records_in": 3, "valid": 3}))
    out.messages = {r.mention_id: _message(5 + i, r.model_dump_json().encode()) for i, r in enumerate(records)}
    return out


def test_a_record_owned_by_another_batch_moves_to_quarantine_naming_that_batch() -> None:
    assessment = _assessment()
    [a, b, c] = assessment.valid[date(2025, 5, 2)]
    moved = drop_curated_elsewhere(assessment, {a.mention_id: OURS, b.mention_id: THEIRS, c.mention_id: OURS}, OURS)

    assert assessment.valid == {date(2025, 5, 2): [a, c]}
    assert moved == [{"mention_id": b.mention_id, "offset": 6, "curated_by": THEIRS.stem}]
    [line] = [json.loads(x) for x in assessment.rejected[date(2025, 5, 2)]]
    assert (line["kind"], line["record"]["mention_id"], line["kafka"]["offset"]) == ("duplicate", b.mention_id, 6)
    assert line["failures"][0]["rule"] == "duplicate_mention" and THEIRS.stem in line["failures"][0]["message"]
    assert +assessment.counts == Counter({"records_in": 3, "valid": 2, "quarantined": 1, "duplicate": 1,
                                          "duplicate_mentions": 1})
    assert assessment.failures == Counter({"duplicate_mention": 1})


def test_a_batch_whose_records_all_belong_elsewhere_writes_no_curated_object_for_the_day() -> None:
    assessment = _assessment()
    records = assessment.valid[date(2025, 5, 2)]
    assert drop_curated_elsewhere(assessment, {r.mention_id: THEIRS for r in records}, OURS)
    assert assessment.valid == {} and len(assessment.rejected[date(2025, 5, 2)]) == 3


def test_a_rerun_that_owns_everything_keeps_the_batch_as_it_was() -> None:
    assessment = _assessment()
    records = list(assessment.valid[date(2025, 5, 2)])
    assert drop_curated_elsewhere(assessment, {r.mention_id: OURS for r in records}, OURS) == []
    assert assessment.valid == {date(2025, 5, 2): records} and assessment.rejected == {}
