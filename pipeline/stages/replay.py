"""Stage "replay": dead letters back to the raw topic, each exactly once.

Once the cause of a dead letter is mended (an extractor bug, a contract too strict), ops send the message through
extract again. Like extract, the replay is consume-produce with one Kafka transaction per batch under its own consumer
group, so each dead letter is re-published once however often the command runs or dies. A run stops at the end the
DLQ had when it began: a message that fails again comes back to the DLQ for a later, deliberate replay instead of
cycling between the two topics while extract runs.

The message goes back with its key, its bytes, its first partition and its first timestamp (headers written by
``bus.producer.error_headers``), so extract stamps the ``extracted_at`` a first success would have: a replayed old
version of an article never looks newer than a later version that went through.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.bus.consumer import ConsumerRecord, consumer_lag, iter_batches, make_consumer, partitions_of, read_topic
from pipeline.bus.producer import DlqHeader, close_producer, make_producer, transaction
from pipeline.settings import Settings
from pipeline.stages.report import StageReport

if TYPE_CHECKING:
    from kafka import KafkaConsumer, KafkaProducer

STAGE = "replay"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeadLetter:
    """One DLQ message as ops read it."""

    partition: int
    offset: int
    key: str
    size: int
    stage: str
    error_class: str
    error_message: str
    source: str
    failed_at: str
    replayed: bool
    replays: int  # how many times the message had been replayed before it failed this time


def dead_letters(settings: Settings) -> list[DeadLetter]:
    """Every message on the raw topic's DLQ, marked replayed when the replay group has committed past it."""
    dlq = settings.dlq_topic(settings.topic_raw)
    done = {lag.partition: lag.committed or 0 for lag in consumer_lag(settings, settings.group_replay, dlq)}
    return [_dead_letter(rec, replayed=rec.offset < done.get(rec.partition, 0)) for rec in read_topic(settings, dlq)]


def _dead_letter(rec: ConsumerRecord, *, replayed: bool) -> DeadLetter:
    headers = _headers(rec)
    return DeadLetter(
        partition=rec.partition,
        offset=rec.offset,
        key=(rec.key or b"").decode("utf-8", "replace"),
        size=len(rec.value or b""),
        stage=headers.get(DlqHeader.STAGE, "?"),
        error_class=headers.get(DlqHeader.ERROR_CLASS, "?"),
        error_message=headers.get(DlqHeader.ERROR_MESSAGE, ""),
        source="/".join(headers.get(header, "?") for header in (DlqHeader.SOURCE_TOPIC, DlqHeader.SOURCE_PARTITION, DlqHeader.SOURCE_OFFSET)),
        failed_at=headers.get(DlqHeader.FAILED_AT, ""),
        replayed=replayed,
        replays=_int(headers.get(DlqHeader.REPLAYS)) or 0,
    )


def _headers(rec: ConsumerRecord) -> dict[str, str]:
    return {name: (value or b"").decode("utf-8", "replace") for name, value in rec.headers or []}


def transactional_id(settings: Settings) -> str:
    """One replayer at a time: a second one fences the first instead of both re-publishing the same letters."""
    return f"{settings.kafka_transactional_id_prefix}-{STAGE}-0"


def run(settings: Settings, *, max_batches: int | None = None) -> StageReport:
    """Re-publish the dead letters that were on the DLQ when the run began and that no replay has sent yet."""
    dlq = settings.dlq_topic(settings.topic_raw)
    report = StageReport(stage=STAGE)
    consumer = make_consumer(settings, settings.group_replay, dlq)
    producer: KafkaProducer | None = None
    try:
        producer = make_producer(settings, transactional_id=transactional_id(settings))
        partitions = partitions_of(consumer, dlq)
        if not partitions:
            report.problem(dlq, "missing_topic", f"{dlq} does not exist: nothing was ever dead-lettered here")
            return report.finish()
        stop_at = {tp.partition: end for tp, end in consumer.end_offsets(partitions).items()}
        batches = 0
        for batch in iter_batches(consumer, settings, max_batches=max_batches):
            due = [rec for rec in batch if rec.offset < stop_at.get(rec.partition, 0)]
            if due:
                batches += 1
                _replay_batch(due, consumer, producer, settings, report)
            if _past(consumer, stop_at):
                break  # later letters are not committed: the next run starts with them
        report.count("batches", batches)
    finally:
        if producer is not None:
            close_producer(producer)
        consumer.close(autocommit=False)
    return report.finish()


def _past(consumer: KafkaConsumer, stop_at: dict[int, int]) -> bool:
    assigned = consumer.assignment()
    return bool(assigned) and all(consumer.position(tp) >= stop_at.get(tp.partition, 0) for tp in assigned)


def _replay_batch(
    batch: list[ConsumerRecord], consumer: KafkaConsumer, producer: KafkaProducer, settings: Settings, report: StageReport
) -> None:
    """One transaction: the letters back on the raw topic and the DLQ offsets past them."""
    source = settings.topic_raw
    partitions = producer.partitions_for(source)
    with transaction(producer, consumer, batch) as sends:
        for rec in batch:
            headers = _headers(rec)
            partition = _int(headers.get(DlqHeader.SOURCE_PARTITION))
            sends.append(
                producer.send(
                    source,
                    key=rec.key,
                    value=rec.value,
                    partition=partition if partition in partitions else None,
                    timestamp_ms=_int(headers.get(DlqHeader.SOURCE_TIMESTAMP)),
                    headers=[
                        (DlqHeader.REPLAYED_FROM, f"{rec.topic}/{rec.partition}/{rec.offset}".encode()),
                        (DlqHeader.REPLAYS, str((_int(headers.get(DlqHeader.REPLAYS)) or 0) + 1).encode()),
                    ],
                )
            )
    report.count("replayed", len(batch))
    report.details.append({"replayed": [f"{rec.topic}/{rec.partition}/{rec.offset}" for rec in batch]})
    log.info("replay batch committed", extra={"stage": STAGE, "replayed": len(batch)})


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


__all__ = ["STAGE", "DeadLetter", "dead_letters", "run", "transactional_id"]
