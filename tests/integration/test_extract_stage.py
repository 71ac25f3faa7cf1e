"""The extract stage against the real broker: transactional output, the DLQ
path for poison messages, committed offsets, and an aborted batch that leaves
no trace for ``read_committed`` readers."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import datetime, timezone

import pytest

from pipeline.bus.consumer import read_topic
from pipeline.bus.producer import make_producer
from pipeline.models import DealRecord, RawItem
from pipeline.settings import Settings
from pipeline.stages import extract as stage
from pipeline.stages.report import StageReport
from tests.factories import news_item


pytestmark = pytest.mark.integration

DEAL_TEXT = (
    "Microsoft agreed to acquire Activision Blizzard for about $68.7 billion in cash, "
    "the companies said on Tuesday. The deal is expected to close next year."
)
SECOND_TEXT = (
    "Oracle has completed its acquisition of Cerner for $28.3 billion, the company announced on Wednesday."
)


def _raw_item(text: str, slug: str) -> RawItem:
    return news_item(
        text, "en", url=f"https://news.example.com/{slug}", title=text.split(",")[0], summary=text,
        published=datetime(2025, 6, 3, 8, 0, tzinfo=timezone.utc), fetched=datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc),
        source_id="test-source", feed_url="https://news.example.com/feed.xml",
    )


def _publish(settings: Settings, values: list[bytes]) -> None:
    """All on partition 0, so 'a poison message does not block the next ones' is observable."""
    producer = make_producer(settings)
    for n, value in enumerate(values):
        producer.send(settings.topic_raw, key=f"k{n}".encode(), value=value, partition=0)
    producer.flush()
    producer.close()


def _expected(item: RawItem, timestamp: datetime) -> list[DealRecord]:
    from pipeline.extract import extract

    return extract(item, extracted_at=timestamp)


def test_batches_commit_output_dlq_and_offsets_together(isolated_settings: Settings) -> None:
    settings = isolated_settings.model_copy(update={"batch_size": 2})
    deal, second = _raw_item(DEAL_TEXT, "msft-atvi"), _raw_item(SECOND_TEXT, "orcl-cern")
    not_a_raw_item = b'{"item_id": "abc", "title": "missing everything else"}'
    values = [
        deal.model_dump_json().encode(),
        b"\xff\xfe not utf-8",
        b"{not json",
        not_a_raw_item,
        second.model_dump_json().encode(),
    ]
    _publish(settings, values)

    report = stage.run(settings)

    raw = read_topic(settings, settings.topic_raw)
    expected = [r for rec, item in ((raw[0], deal), (raw[4], second)) for r in _expected(item, stage.message_time(rec))]
    assert expected, "the real extractor finds at least one deal in the sample texts"
    assert report.counts["consumed"] == 5
    assert report.counts["batches"] == 3, "batch_size=2 bounds each transaction"
    assert report.counts["dlq"] == 3
    assert report.counts["records_out"] == len(expected)
    assert [(p.where, p.kind) for p in report.problems] == [
        (f"{settings.topic_raw}/0/1", "undecodable"),
        (f"{settings.topic_raw}/0/2", "undecodable"),
        (f"{settings.topic_raw}/0/3", "undecodable"),
    ]

    out = read_topic(settings, settings.topic_candidates)
    assert sorted((r.key, r.value) for r in out) == sorted(
        (e.deal_id.encode(), e.model_dump_json().encode()) for e in expected
    )
    assert {DealRecord.model_validate_json(r.value).source.item_id for r in out} == {deal.item_id, second.item_id}

    dlq = sorted(read_topic(settings, settings.dlq_topic(settings.topic_raw)), key=lambda r: dict(r.headers)["dlq.source.offset"])
    assert [r.value for r in dlq] == values[1:4], "original bytes forwarded untouched"
    assert [r.key for r in dlq] == [b"k1", b"k2", b"k3"], "original keys kept"
    headers = [dict(r.headers) for r in dlq]
    assert [h["dlq.source.offset"] for h in headers] == [b"1", b"2", b"3"]
    assert [h["dlq.source.timestamp"] for h in headers] == [str(r.timestamp).encode() for r in raw[1:4]], "for a replay"
    assert all(h["dlq.stage"] == b"extract" and h["dlq.error.class"] == b"UndecodableMessage" for h in headers)
    assert b"not UTF-8" in headers[0]["dlq.error.message"]
    assert b"not JSON" in headers[1]["dlq.error.message"]
    assert b"not a valid RawItem" in headers[2]["dlq.error.message"]

    again = stage.run(settings)
    assert again.counts["consumed"] == 0, "offsets were committed with the transactions"
    assert len(read_topic(settings, settings.topic_candidates)) == len(expected)


class _Crash(BaseException):
    """Stands for the worker dying mid-batch (not an error the stage may dead-letter)."""


def test_crash_mid_batch_aborts_and_the_rerun_delivers_exactly_once(isolated_settings: Settings) -> None:
    from pipeline.extract import extract

    settings = isolated_settings.model_copy(update={"batch_size": 2})
    items = [_raw_item(DEAL_TEXT, f"msft-{n}") for n in range(2)] + [_raw_item(SECOND_TEXT, f"orcl-{n}") for n in range(2)]
    _publish(settings, [i.model_dump_json().encode() for i in items])
    calls: list[str] = []

    def crash_on_fourth(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
        calls.append(item.item_id)
        if len(calls) == 4:
            time.sleep(1.0)  # past linger_ms: the third item's records reach the broker before the crash
            raise _Crash()
        return extract(item, extracted_at=extracted_at)

    with pytest.raises(_Crash):
        stage.run(settings, extractor=crash_on_fourth)

    committed_only = read_topic(settings, settings.topic_candidates)
    everything = read_topic(settings, settings.topic_candidates, isolation="read_uncommitted")
    first_batch_ids = {items[0].item_id, items[1].item_id}
    assert {DealRecord.model_validate_json(r.value).source.item_id for r in committed_only} == first_batch_ids
    assert len(everything) > len(committed_only), "the third item's records were sent, then aborted"

    rerun = stage.run(settings)
    assert rerun.counts["consumed"] == 2, "the aborted batch is consumed again, the committed one is not"
    out = read_topic(settings, settings.topic_candidates)
    assert {DealRecord.model_validate_json(r.value).source.item_id for r in out} == {i.item_id for i in items}
    mentions = [DealRecord.model_validate_json(r.value).mention_id for r in out]
    assert len(mentions) == len(set(mentions)), "no mention twice for read_committed readers"


def test_extractor_error_goes_to_dlq_and_the_stage_carries_on(isolated_settings: Settings) -> None:
    from pipeline.extract import extract

    settings = isolated_settings
    bad, good = _raw_item(DEAL_TEXT, "boom"), _raw_item(SECOND_TEXT, "fine")
    _publish(settings, [bad.model_dump_json().encode(), good.model_dump_json().encode()])

    def fails_on_bad(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
        if item.item_id == bad.item_id:
            raise ZeroDivisionError("extractor bug")
        return extract(item, extracted_at=extracted_at)

    report = stage.run(settings, extractor=fails_on_bad)

    assert report.counts["dlq"] == 1
    assert [(p.where, p.kind) for p in report.problems] == [(f"{settings.topic_raw}/0/0", "extract_error")]
    dlq = read_topic(settings, settings.dlq_topic(settings.topic_raw))
    assert len(dlq) == 1
    assert dict(dlq[0].headers)["dlq.error.class"] == b"ZeroDivisionError"
    out = read_topic(settings, settings.topic_candidates)
    assert out and {DealRecord.model_validate_json(r.value).source.item_id for r in out} == {good.item_id}


def test_extracted_at_is_deterministic_across_consumer_groups(isolated_settings: Settings) -> None:
    settings = isolated_settings
    _publish(settings, [_raw_item(DEAL_TEXT, "det").model_dump_json().encode()])

    first = stage.run(settings)
    second = stage.run(settings.model_copy(update={"group_extract": settings.group_extract + "-replay"}))

    assert first.counts["records_out"] == second.counts["records_out"] > 0
    copies = Counter(r.value for r in read_topic(settings, settings.topic_candidates))
    assert set(copies.values()) == {2}, "a replay produces byte-identical records"


def test_a_batch_past_its_time_budget_commits_what_it_did_and_the_rest_follows(isolated_settings: Settings) -> None:
    settings = isolated_settings.model_copy(update={"batch_max_seconds": 1e-6})  # every batch runs out after one message
    items = [_raw_item(DEAL_TEXT, f"budget-{n}") for n in range(3)]
    _publish(settings, [i.model_dump_json().encode() for i in items])

    report = stage.run(settings)

    assert (report.counts["consumed"], report.counts["batches"]) == (3, 3)
    assert report.counts["batches_cut_short"] >= 1, "a batch stopped early and the next poll took up the rest"
    out = read_topic(settings, settings.topic_candidates)
    assert sorted(DealRecord.model_validate_json(r.value).source.item_id for r in out) == sorted(i.item_id for i in items)
    assert stage.run(settings).counts["consumed"] == 0, "each cut batch committed the offsets of what it did"


def test_an_article_over_the_text_cap_goes_to_the_dlq_by_name(isolated_settings: Settings) -> None:
    settings = isolated_settings.model_copy(update={"text_max_chars": 1_000})
    long_item, short_item = _raw_item(DEAL_TEXT + " More." * 200, "long"), _raw_item(DEAL_TEXT, "short")
    _publish(settings, [long_item.model_dump_json().encode(), short_item.model_dump_json().encode()])

    report = stage.run(settings)

    assert [(p.where, p.kind) for p in report.problems] == [(f"{settings.topic_raw}/0/0", "too_large")]
    assert "the cap is 1000" in report.problems[0].message
    [letter] = read_topic(settings, settings.dlq_topic(settings.topic_raw))
    assert dict(letter.headers)["dlq.error.class"] == b"OversizeItem"
    out = read_topic(settings, settings.topic_candidates)
    assert {DealRecord.model_validate_json(r.value).source.item_id for r in out} == {short_item.item_id}


def test_workers_in_one_group_share_the_backlog_and_extract_each_item_once(isolated_settings: Settings) -> None:
    settings = isolated_settings.model_copy(update={"batch_size": 10})
    items = [_raw_item(DEAL_TEXT, f"shared-{n}") for n in range(300)]
    producer = make_producer(settings)
    for item in items:  # keyed: spread over the topic's partitions
        producer.send(settings.topic_raw, key=item.item_id.encode(), value=item.model_dump_json().encode())
    producer.flush()
    producer.close()
    reports: dict[int, StageReport] = {}
    failures: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            reports[worker] = stage.run(settings, worker=worker)
        except BaseException as error:  # noqa: BLE001 - surfaced by the assertion below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(2)]
    for thread in threads:  # the second joins while the first is mid-backlog: the group rebalances under load
        thread.start()
        time.sleep(0.5)
    for thread in threads:
        thread.join(timeout=240)

    assert not failures and sorted(reports) == [0, 1]
    assert sum(r.counts.get("consumed", 0) for r in reports.values()) == len(items), "no batch redone, none skipped"
    out = read_topic(settings, settings.topic_candidates)
    mentions = Counter(DealRecord.model_validate_json(r.value).mention_id for r in out)
    assert {DealRecord.model_validate_json(r.value).source.item_id for r in out} == {i.item_id for i in items}
    assert set(mentions.values()) == {1}, "each mention once for read_committed readers"
    assert stage.run(settings).counts.get("consumed", 0) == 0
