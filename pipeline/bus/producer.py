"""Keyed, idempotent producers and the dead-letter path.

Every producer waits for ``acks=all`` and has idempotence on, so a retried send
never duplicates a record. Values are JSON bytes built by the caller from the
pydantic models, keys are the record ids, so one id always lands on one partition.
"""

from __future__ import annotations

import json
import logging
import traceback
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from pipeline.bus.consumer import ConsumerRecord, next_offsets
from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import KafkaProducer

if TYPE_CHECKING:
    from kafka import KafkaConsumer

log = logging.getLogger(__name__)

# how many times a message has been sent back from the DLQ: written by the replay, carried by the next dead letter
REPLAYS_HEADER = "dlq.replays"


def make_producer(settings: Settings, *, transactional_id: str | None = None, **overrides: Any) -> KafkaProducer:
    config: dict[str, Any] = settings.kafka_client_config() | {
        "acks": "all",
        "enable_idempotence": True,
        "linger_ms": 5,
        "retries": 2_147_483_647,
        "max_in_flight_requests_per_connection": 5,
        "key_serializer": None,
        "value_serializer": None,
    }
    if transactional_id is not None:
        config["transactional_id"] = transactional_id
    producer = KafkaProducer(**(config | overrides))
    if transactional_id is not None:
        producer.init_transactions()
    return producer


def encode_json(payload: Mapping[str, Any] | str) -> bytes:
    """UTF-8 JSON bytes; a ``str`` is taken as already-serialised JSON."""
    if isinstance(payload, str):
        return payload.encode("utf-8")
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def error_headers(
    error: BaseException,
    *,
    stage: str,
    topic: str,
    partition: int,
    offset: int,
    timestamp_ms: int | None = None,
) -> list[tuple[str, bytes]]:
    """Headers that tell ops why a message went to the DLQ and where it came from.

    The source timestamp lets a replay re-publish the message with its first time, so the stage that failed on it
    stamps the same ``extracted_at`` a first success would have (and an older version stays older than a newer one).
    """
    trace = "".join(traceback.format_exception_only(type(error), error)).strip()
    source_time = [] if timestamp_ms is None else [("dlq.source.timestamp", str(timestamp_ms).encode())]
    return [
        ("dlq.error.class", type(error).__name__.encode()),
        ("dlq.error.message", str(error)[:2000].encode("utf-8", "replace")),
        ("dlq.error.trace", trace[:4000].encode("utf-8", "replace")),
        ("dlq.stage", stage.encode()),
        ("dlq.source.topic", topic.encode()),
        ("dlq.source.partition", str(partition).encode()),
        ("dlq.source.offset", str(offset).encode()),
        ("dlq.failed_at", datetime.now(timezone.utc).isoformat().encode()),
        *source_time,
    ]


def send_to_dlq(
    producer: KafkaProducer,
    settings: Settings,
    *,
    stage: str,
    record: ConsumerRecord,
    error: BaseException,
) -> Any:
    """Forward the record's bytes untouched to ``<topic>.dlq`` with the error in headers (and, for a message that came
    back from the DLQ before, how many times it has been replayed)."""
    replays = [(name, value) for name, value in record.headers or [] if name == REPLAYS_HEADER]
    return producer.send(
        settings.dlq_topic(record.topic),
        key=record.key,
        value=record.value,
        headers=error_headers(
            error, stage=stage, topic=record.topic, partition=record.partition, offset=record.offset,
            timestamp_ms=record.timestamp,
        ) + replays,
    )


@contextmanager
def transaction(producer: KafkaProducer, consumer: KafkaConsumer, consumed: list[ConsumerRecord]) -> Iterator[list[Any]]:
    """One consume-transform-produce transaction: the caller sends inside the block and appends each send's future to
    the yielded list; on leaving, every send is confirmed and the offsets past ``consumed`` commit with the output (a
    caller that stops early may fill ``consumed`` inside the block: it is read on leaving). Any error (or a crash
    signal) aborts, so ``read_committed`` readers see the transaction whole or not at all."""
    futures: list[Any] = []
    producer.begin_transaction()
    try:
        yield futures
        producer.flush()
        for future in futures:
            future.get(timeout=30)  # surfaces a failed send before we commit
        producer.send_offsets_to_transaction(next_offsets(consumed), consumer.group_metadata())
        producer.commit_transaction()
    except BaseException:
        try:
            producer.abort_transaction()
        except Exception as abort_error:  # noqa: BLE001 - fenced/fatal: the original error matters more
            log.warning("abort_transaction failed: %s", abort_error)
        raise
