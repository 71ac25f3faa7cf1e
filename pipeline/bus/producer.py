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
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pipeline.bus.broker import MAX_BLOCK_SETTING, BrokerUnavailable, answering, bounded, connect, describe, silent_broker
from pipeline.bus.consumer import ConsumerRecord, next_offsets
from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import KafkaProducer
    from kafka.errors import KafkaTimeoutError

if TYPE_CHECKING:
    from kafka import KafkaConsumer

log = logging.getLogger(__name__)


class DlqHeader(StrEnum):
    """What a dead letter carries in its headers; ``dlq show`` and the replay read them back."""

    ERROR_CLASS = "dlq.error.class"
    ERROR_MESSAGE = "dlq.error.message"
    ERROR_TRACE = "dlq.error.trace"
    STAGE = "dlq.stage"
    SOURCE_TOPIC = "dlq.source.topic"
    SOURCE_PARTITION = "dlq.source.partition"
    SOURCE_OFFSET = "dlq.source.offset"
    SOURCE_TIMESTAMP = "dlq.source.timestamp"  # the first failure's, so a replay stamps what a first success would have
    FAILED_AT = "dlq.failed_at"
    REPLAYS = "dlq.replays"  # times the message was sent back from the DLQ: written by the replay, kept by the next letter
    REPLAYED_FROM = "dlq.replayed_from"  # on a replayed raw message: the dead letter it came from


REQUEST_MARGIN_MS = 5_000
"""How much longer than ``max_block_ms`` a producer request may go unanswered (see ``make_producer``)."""


def make_producer(settings: Settings, *, transactional_id: str | None = None, **overrides: Any) -> KafkaProducer:
    """A keyed, idempotent producer (transactional with ``transactional_id``) whose waits ``max_block_ms`` bounds.

    Its requests time out a little after ``max_block_ms``, never before: kafka-python 3 makes a transactional producer
    fatal when a transactional request (AddPartitionsToTxn, AddOffsetsToTxn, EndTxn) times out, and with its own
    default of 30 s a broker frozen that long (a partition, a long GC pause) failed a batch with "KafkaError: Could
    not execute transactional request for unknown reasons: RequestTimedOutError" instead of ``BrokerUnavailable``,
    and failed it even when the limit allowed a longer wait. With the requests outliving the limit, the stage's own
    bounded waits (flush, offsets, commit) fire first and name the step; a shorter freeze is simply waited out."""
    request_timeout_ms = settings.kafka_max_block_ms + REQUEST_MARGIN_MS
    config: dict[str, Any] = settings.kafka_client_config() | {
        "acks": "all",
        "enable_idempotence": True,
        "linger_ms": 5,
        "retries": 2_147_483_647,
        "max_in_flight_requests_per_connection": 5,
        "max_block_ms": settings.kafka_max_block_ms,
        "request_timeout_ms": request_timeout_ms,
        # kafka-python's default (120 s) would expire a batch before its request could time out under a higher limit
        "delivery_timeout_ms": max(120_000, request_timeout_ms + 5),
        "key_serializer": None,
        "value_serializer": None,
    }
    if transactional_id is not None:
        config["transactional_id"] = transactional_id
    producer = connect(settings, "connecting the producer", KafkaProducer, config | overrides, "nothing was sent")
    if transactional_id is not None:
        try:
            with answering(settings, f"initialising transactions of {transactional_id}", "nothing was sent"):
                producer.init_transactions()
        except BaseException:
            close_producer(producer, timeout_s=0)
            raise
    return producer


def close_producer(producer: KafkaProducer, timeout_s: float = 10) -> None:
    """Close ``producer`` from a ``finally``: a close that cannot flush (the broker is gone) is logged, not raised, so
    the error that ended the run stays the one reported instead of kafka-python's "Timeout waiting for future".

    A run that is failing closes with ``timeout_s=0``: what is left unsent belongs to an aborted transaction or to items
    already reported as not delivered, and waiting for a broker that did not answer only delays the failure."""
    try:
        producer.close(timeout=timeout_s)
    except Exception as error:  # noqa: BLE001 - see above
        log.warning("closing the producer: %s", describe(error))  # once: "KafkaTimeoutError: Timeout waiting ..."


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
    source_time = [] if timestamp_ms is None else [(DlqHeader.SOURCE_TIMESTAMP, str(timestamp_ms).encode())]
    return [
        (DlqHeader.ERROR_CLASS, type(error).__name__.encode()),
        (DlqHeader.ERROR_MESSAGE, str(error)[:2000].encode("utf-8", "replace")),
        (DlqHeader.ERROR_TRACE, trace[:4000].encode("utf-8", "replace")),
        (DlqHeader.STAGE, stage.encode()),
        (DlqHeader.SOURCE_TOPIC, topic.encode()),
        (DlqHeader.SOURCE_PARTITION, str(partition).encode()),
        (DlqHeader.SOURCE_OFFSET, str(offset).encode()),
        (DlqHeader.FAILED_AT, datetime.now(timezone.utc).isoformat().encode()),
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
    replays = [(name, value) for name, value in record.headers or [] if name == DlqHeader.REPLAYS]
    return producer.send(
        settings.dlq_topic(record.topic),
        key=record.key,
        value=record.value,
        headers=error_headers(
            error, stage=stage, topic=record.topic, partition=record.partition, offset=record.offset,
            timestamp_ms=record.timestamp,
        ) + replays,
    )


ABORT_AFTER_SILENCE_S = 2.0
"""How long an abort waits when the transaction failed because the broker did not answer for ``max_block_ms``:
waiting that long again would only double the time to failure (the abort cannot reach a broker that is down, and
nothing depends on it: the broker aborts an open transaction after its timeout, and the next ``init_transactions`` of
the same transactional id fences it first)."""


COMMIT_IN_DOUBT = (
    "the commit may still reach a broker that was frozen rather than down: the next run starts after the batch if it "
    "did and does the batch again if not, so read_committed readers see its output once either way"
)


@contextmanager
def transaction(producer: KafkaProducer, consumer: KafkaConsumer, consumed: list[ConsumerRecord]) -> Iterator[list[Any]]:
    """One consume-transform-produce transaction: the caller sends inside the block and appends each send's future to
    the yielded list; on leaving, every send is confirmed and the offsets past ``consumed`` commit with the output (a
    caller that stops early may fill ``consumed`` inside the block: it is read on leaving). Any error (or a crash
    signal) aborts, so ``read_committed`` readers see the transaction whole or not at all.

    Every wait is bounded by ``max_block_ms`` (the acks of the sends, the offsets, the commit), so a broker lost
    mid-batch fails the batch with ``BrokerUnavailable`` naming the step within about ``max_block_ms``: the abort after
    such a timeout waits only ``ABORT_AFTER_SILENCE_S`` (any other error gets the full bound). Its offsets never
    commit, and the broker aborts the open transaction (or the next run's ``init_transactions`` fences it)."""
    futures: list[Any] = []
    block_s = producer.config["max_block_ms"] / 1000
    servers = producer.config["bootstrap_servers"]
    not_committed = "the batch's transaction is aborted: its offsets are not committed and no reader sees its output"
    producer.begin_transaction()
    try:
        yield futures
        try:
            producer.flush(timeout=block_s)
        except KafkaTimeoutError as error:
            raise silent_broker(servers, block_s * 1000, "sending the batch's output", not_committed) from error
        for future in futures:
            future.get(timeout=block_s)  # surfaces a failed send before we commit (all are done after the flush)
        offsets = next_offsets(consumed)
        bounded(lambda: producer.send_offsets_to_transaction(offsets, consumer.group_metadata()), block_s,
                "sending the offsets to the transaction", servers, consequence=not_committed)
        # a broker that is frozen, not down, may still take the commit once it wakes: say so rather than "aborted"
        bounded(producer.commit_transaction, block_s, "committing the transaction", servers,
                consequence=COMMIT_IN_DOUBT)
    except BaseException as error:
        silence = isinstance(error, KafkaTimeoutError) and ABORT_AFTER_SILENCE_S < block_s
        try:
            bounded(producer.abort_transaction, ABORT_AFTER_SILENCE_S if silence else block_s,
                    "aborting the transaction", servers, setting=None if silence else MAX_BLOCK_SETTING)
        except Exception as abort_error:  # noqa: BLE001 - fenced/fatal/timed out: the original error matters more
            log.warning("abort_transaction failed: %s", abort_error)
        if isinstance(error, KafkaTimeoutError) and not isinstance(error, BrokerUnavailable):
            # a send inside the block waited max_block_ms for the topic's metadata ("Failed to update metadata")
            raise silent_broker(servers, block_s * 1000, "sending the batch's output", not_committed) from error
        raise
