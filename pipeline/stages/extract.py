"""Stage "extract": news.raw.v1 → deals.candidates.v1, exactly once.

Each batch is one Kafka transaction: the DealRecords, the dead-lettered
messages and the consumed offsets commit together or not at all, so a crash
anywhere leaves downstream ``read_committed`` consumers seeing each batch once.
A message that cannot be decoded or extracted goes to the DLQ inside the same
transaction, so poison never blocks a partition and is never lost.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from pydantic import ValidationError

from pipeline.bus.broker import answering
from pipeline.bus.consumer import ConsumerRecord, TopicPartition, iter_batches, make_consumer
from pipeline.bus.producer import close_producer, make_producer, send_to_dlq, transaction
from pipeline.models import DealRecord, RawItem
from pipeline.stages.report import StageReport
from pipeline.settings import Settings

if TYPE_CHECKING:
    from kafka import KafkaConsumer, KafkaProducer

STAGE = "extract"
log = logging.getLogger(__name__)

Extractor = Callable[..., list[DealRecord]]


class UndecodableMessage(ValueError):
    """The message bytes are not a RawItem (encoding, JSON or contract)."""


class OversizeItem(ValueError):
    """The article text is longer than ``text_max_chars``: reading it would hold the partition for minutes."""


_PROBLEM_KIND: dict[type[Exception], str] = {UndecodableMessage: "undecodable", OversizeItem: "too_large"}


def transactional_id(settings: Settings, worker: int = 0) -> str:
    """Stable per worker, so a restarted worker fences its zombie predecessor."""
    return f"{settings.kafka_transactional_id_prefix}-{STAGE}-{worker}"


def decode(value: bytes | None) -> RawItem:
    """Bytes → RawItem, or ``UndecodableMessage`` naming what was wrong."""
    if value is None:
        raise UndecodableMessage("empty message (tombstone)")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UndecodableMessage(f"not UTF-8: {error}") from error
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise UndecodableMessage(f"not JSON: {error}") from error
    try:
        return RawItem.model_validate(payload)
    except ValidationError as error:
        raise UndecodableMessage(f"not a valid RawItem: {error}") from error


def message_time(rec: ConsumerRecord) -> datetime:
    """The Kafka timestamp: the same message always gets the same ``extracted_at``."""
    return datetime.fromtimestamp(rec.timestamp / 1000, tz=timezone.utc)


def run(
    settings: Settings,
    *,
    max_batches: int | None = None,
    worker: int = 0,
    extractor: Extractor | None = None,
) -> StageReport:
    """Drain the raw topic in bounded batches, one transaction per batch.

    ``max_batches`` bounds the run (``None``: until caught up). ``worker`` picks the
    transactional id; run several workers in the same group with distinct numbers.
    ``extractor`` defaults to ``pipeline.extract.extract``.
    """
    if extractor is None:
        from pipeline.extract import extract  # lazy: building the patterns costs about a second

        extractor = extract
    limit = max_batches if max_batches is not None else settings.max_batches
    report = StageReport(stage=STAGE)
    consumer: KafkaConsumer | None = None
    producer: KafkaProducer | None = None
    failed = False
    batches = 0
    try:
        consumer = make_consumer(settings, settings.group_extract, settings.topic_raw)
        producer = make_producer(settings, transactional_id=transactional_id(settings, worker))
        with answering(settings, "extracting the raw backlog",
                       "offsets move only with a batch's transaction; the next run resumes after the last one"):
            for batch in iter_batches(consumer, settings, max_batches=limit):
                _process_batch(batch, consumer, producer, settings, extractor, report)
                batches += 1
    except BaseException as error:
        failed = True
        # the run report (logged) names what ended the run, e.g. BrokerUnavailable, beside the batches committed before
        report.problem(settings.topic_raw, type(error).__name__, str(error)[:1000])
        raise
    finally:
        if producer is not None:
            close_producer(producer, timeout_s=0 if failed else 10)
        if consumer is not None:
            consumer.close()
        report.count("batches", batches)  # one end for a run that drained and one that failed, as in validate
        report.finish()
    return report


def _process_batch(
    batch: list[ConsumerRecord],
    consumer: KafkaConsumer,
    producer: KafkaProducer,
    settings: Settings,
    extractor: Extractor,
    report: StageReport,
) -> None:
    """One transaction: records + DLQ + offsets; abort and re-raise on any Kafka error.

    The batch stops taking messages after ``batch_max_seconds`` (one message at least): the transaction commits the
    offsets of what was done and the consumer is sent back to the first message not done, which the next poll returns.
    """
    counts = {"consumed": 0, "records_out": 0, "dlq": 0}
    problems: list[tuple[str, str, str]] = []
    done: list[ConsumerRecord] = []
    deadline = time.monotonic() + settings.batch_max_seconds
    with transaction(producer, consumer, done) as sends:
        for rec in batch:
            if done and time.monotonic() > deadline:
                break
            done.append(rec)
            counts["consumed"] += 1
            try:
                item = decode(rec.value)
                if len(item.text) > settings.text_max_chars:
                    raise OversizeItem(
                        f"text of {item.item_id} is {len(item.text)} characters, the cap is {settings.text_max_chars} "
                        "(DEALWIRE_TEXT_MAX_CHARS)"
                    )
                records = extractor(item, extracted_at=message_time(rec))
                payloads = [(r.deal_id.encode(), r.model_dump_json().encode("utf-8")) for r in records]
            except Exception as error:  # noqa: BLE001 - any failure on one message sends it to the DLQ
                kind = _PROBLEM_KIND.get(type(error), "extract_error")
                sends.append(send_to_dlq(producer, settings, stage=STAGE, record=rec, error=error))
                counts["dlq"] += 1
                problems.append((f"{rec.topic}/{rec.partition}/{rec.offset}", kind, str(error)[:500]))
                continue
            for key, value in payloads:
                sends.append(producer.send(settings.topic_candidates, key=key, value=value))
            counts["records_out"] += len(payloads)
    if len(done) < len(batch):
        _rewind(consumer, batch[len(done):])
        report.count("batches_cut_short")
    for name, n in counts.items():
        report.count(name, n)
    for where, kind, message in problems:
        report.problem(where, kind, message)
    report.details.append({"offsets": _ranges(done)} | counts)
    log.info("extract batch committed", extra={"stage": STAGE, "counts": counts, "cut_short": len(done) < len(batch)})


def _rewind(consumer: KafkaConsumer, not_done: list[ConsumerRecord]) -> None:
    """Send each partition back to its first message not done, so the next poll starts there."""
    first: dict[TopicPartition, int] = {}
    for rec in not_done:
        tp = TopicPartition(rec.topic, rec.partition)
        first[tp] = min(first.get(tp, rec.offset), rec.offset)
    for tp, offset in first.items():
        consumer.seek(tp, offset)


def _ranges(batch: list[ConsumerRecord]) -> dict[str, list[int]]:
    """Per partition, the first and last offset of the batch (for replay by hand)."""
    ranges: dict[str, list[int]] = {}
    for rec in batch:
        span = ranges.setdefault(f"{rec.topic}/{rec.partition}", [rec.offset, rec.offset])
        span[0], span[1] = min(span[0], rec.offset), max(span[1], rec.offset)
    return ranges


__all__ = ["STAGE", "OversizeItem", "UndecodableMessage", "decode", "message_time", "run", "transactional_id"]
