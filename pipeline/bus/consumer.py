"""Consumers that commit only what the caller says is durable.

Auto-commit is off everywhere: a stage commits offsets itself, after its output
is durable (a Kafka transaction or objects in S3). Consumers read
``read_committed`` so aborted transactional output is never seen downstream.
Values stay bytes: decoding is part of the stage, so an undecodable message can
go to the DLQ instead of crashing the poll loop.
"""

from __future__ import annotations

import itertools
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.bus.broker import answering, connect
from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import KafkaConsumer, TopicPartition
    from kafka.errors import UnknownTopicOrPartitionError
    from kafka.consumer.fetcher import ConsumerRecord
    from kafka.structs import OffsetAndMetadata


def consumer_config(settings: Settings) -> dict[str, Any]:
    """Connection options of every consumer: its blocking calls (offset lookups, commits, committed offsets) wait
    ``request_timeout_ms`` for a broker that does not answer, which is kept to the same bound as every other wait."""
    return settings.kafka_client_config() | {"request_timeout_ms": settings.kafka_max_block_ms}


def make_consumer(settings: Settings, group_id: str, *topics: str, **overrides: Any) -> KafkaConsumer:
    config: dict[str, Any] = consumer_config(settings) | {
        "group_id": group_id,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "isolation_level": "read_committed",
        "session_timeout_ms": settings.kafka_session_timeout_ms,
        "heartbeat_interval_ms": settings.kafka_heartbeat_interval_ms,
        "max_poll_interval_ms": settings.kafka_max_poll_interval_ms,
        "max_poll_records": settings.batch_size,
        "client_id": f"dealwire-{group_id}",
    }
    consumer = connect(settings, f"connecting the consumer of group {group_id}", KafkaConsumer, config | overrides,
                       "nothing was read or committed")
    if topics:
        consumer.subscribe(list(topics))
    return consumer


def poll_batch(consumer: KafkaConsumer, settings: Settings, max_records: int | None = None) -> list[ConsumerRecord]:
    """One bounded batch (see ``interleave``); empty when caught up."""
    polled = consumer.poll(timeout_ms=settings.poll_timeout_ms, max_records=max_records or settings.batch_size)
    return interleave([rec for batch in polled.values() for rec in batch])


def interleave(records: list[ConsumerRecord]) -> list[ConsumerRecord]:
    """Each partition in offset order, the partitions taken in turn: a batch cut short by its time budget has served
    every partition, so a slow backlog on one cannot starve the others."""
    by_partition: dict[tuple[str, int], list[ConsumerRecord]] = {}
    for rec in sorted(records, key=lambda r: (r.topic, r.partition, r.offset)):
        by_partition.setdefault((rec.topic, rec.partition), []).append(rec)
    turns = itertools.zip_longest(*by_partition.values())
    return [rec for turn in turns for rec in turn if rec is not None]


class Drain:
    """When a run has drained its backlog: ``empty_polls`` empty polls in a row, counted only once every partition the
    consumer owns has been read to its end (for ``read_committed``, the last stable offset).

    An empty poll alone proves nothing: while the group is still joining, or on a loaded machine where a fetch takes
    longer than the poll timeout, a poll comes back empty with a backlog waiting, and a run that stopped there would
    leave it for the next schedule. So that a broker that stops answering cannot hold a run forever, empty polls count
    anyway once nothing has arrived for three session timeouts.
    """

    def __init__(self, consumer: KafkaConsumer, settings: Settings, empty_polls: int = 2) -> None:
        self._consumer = consumer
        self._settings = settings
        self._needed = empty_polls
        self._patience_s = 3 * settings.kafka_session_timeout_ms / 1000
        self._empty = 0
        self._last_progress = time.monotonic()

    def progress(self) -> None:
        """A poll brought records."""
        self._empty = 0
        self._last_progress = time.monotonic()

    def empty(self) -> bool:
        """A poll came back empty: is the backlog drained?"""
        with answering(self._settings, "reading the end offsets of the consumer's partitions",
                       "offsets past the last committed batch are not committed; the next run reads from there"):
            behind = not caught_up(self._consumer)
        if behind and time.monotonic() - self._last_progress < self._patience_s:
            return False
        self._empty += 1
        return self._empty >= self._needed


def caught_up(consumer: KafkaConsumer) -> bool:
    """Whether the consumer owns partitions and has read each of them to its end offset."""
    assigned = consumer.assignment()
    if not assigned:
        return False
    ends = consumer.end_offsets(list(assigned))
    return all(consumer.position(tp) >= ends[tp] for tp in assigned)


def iter_batches(
    consumer: KafkaConsumer, settings: Settings, *, max_batches: int | None = None, empty_polls: int = 2
) -> Iterator[list[ConsumerRecord]]:
    """Yield batches until the backlog is drained (see ``Drain``)."""
    drain = Drain(consumer, settings, empty_polls)
    batches = 0
    while max_batches is None or batches < max_batches:
        batch = poll_batch(consumer, settings)
        if not batch:
            if drain.empty():
                return
            continue
        drain.progress()
        batches += 1
        yield batch


def partitions_of(consumer: KafkaConsumer, topic: str) -> list[TopicPartition]:
    """The topic's partitions in order; none when the topic does not exist.

    kafka-python answers a missing topic with an empty set, except when a metadata request naming that topic is still
    in flight: it then waits for that request and raises its ``UnknownTopicOrPartitionError`` (seen once in CI). Both
    say the same thing."""
    try:
        partitions = consumer.partitions_for_topic(topic)
    except UnknownTopicOrPartitionError:
        return []
    return [TopicPartition(topic, p) for p in sorted(partitions or [])]


def read_topic(settings: Settings, topic: str, *, isolation: str = "read_committed") -> list[ConsumerRecord]:
    """Every record of ``topic`` from its beginning to the end offsets seen at the start, without joining a group
    (nothing is committed: for looking, not for processing)."""
    reader = consumer_config(settings) | {"group_id": None, "enable_auto_commit": False, "isolation_level": isolation}
    consumer = connect(settings, f"connecting a reader of {topic}", KafkaConsumer, reader)
    try:
        with answering(settings, f"reading {topic}"):
            partitions = partitions_of(consumer, topic)
            if not partitions:
                return []
            consumer.assign(partitions)
            consumer.seek_to_beginning()
            ends = consumer.end_offsets(partitions)  # under read_committed: the last stable offsets
            records: list[ConsumerRecord] = []
            patience_s = 3 * settings.kafka_session_timeout_ms / 1000
            last_progress = time.monotonic()
            while not all(consumer.position(tp) >= ends[tp] for tp in partitions):
                if time.monotonic() - last_progress > patience_s:
                    raise TimeoutError(f"{topic}: nothing read for {patience_s:.0f} s before the end offsets {ends}")
                for batch in consumer.poll(timeout_ms=settings.poll_timeout_ms).values():
                    last_progress = time.monotonic()
                    records.extend(r for r in batch if r.offset < ends[TopicPartition(r.topic, r.partition)])
            return sorted(records, key=lambda r: (r.partition, r.offset))
    finally:
        consumer.close(autocommit=False)


@dataclass(frozen=True)
class Lag:
    """Where a consumer group stands on one partition."""

    group: str
    topic: str
    partition: int
    committed: int | None  # None: the group never committed here and starts at the earliest offset
    start: int
    end: int  # the last stable offset: what a read_committed reader can reach
    next_record: int | None  # the first message still to read, None when only transaction markers are left

    @property
    def behind(self) -> int:
        """Offsets from the first message still to read to the end: 0 once a stage has read everything, also on a
        topic written in transactions, where the commit marker after a group's last message takes an offset that no
        reader ever gets."""
        return 0 if self.next_record is None else max(0, self.end - self.next_record)


def consumer_lag(settings: Settings, group_id: str, topic: str) -> list[Lag]:
    """Per partition of ``topic``: what ``group_id`` committed and how far the end is, without joining the group."""
    reader = consumer_config(settings) | {"group_id": group_id, "enable_auto_commit": False,
                                          "isolation_level": "read_committed"}
    consumer = connect(settings, f"connecting a reader of group {group_id}'s offsets", KafkaConsumer, reader)
    try:
        with answering(settings, f"reading the lag of group {group_id} on {topic}"):
            partitions = partitions_of(consumer, topic)
            if not partitions:
                return []
            starts, ends = consumer.beginning_offsets(partitions), consumer.end_offsets(partitions)
            committed = {tp: consumer.committed(tp) for tp in partitions}
            resume = {tp: max(starts[tp], committed[tp] if committed[tp] is not None else starts[tp])
                      for tp in partitions}
            first = _next_records(consumer, settings, resume, ends)
            return [Lag(group_id, topic, tp.partition, committed[tp], starts[tp], ends[tp], first[tp])
                    for tp in partitions]
    finally:
        consumer.close(autocommit=False)


def _next_records(
    consumer: KafkaConsumer, settings: Settings, resume: dict[TopicPartition, int], ends: dict[TopicPartition, int]
) -> dict[TopicPartition, int | None]:
    """Per partition, the offset of the first message a ``read_committed`` reader gets from ``resume`` on (None: only
    transaction markers or nothing before the end). Read with the consumer assigned, never joined or committed; a
    partition that answers nothing within the patience keeps ``resume``, so lag is never understated."""
    first: dict[TopicPartition, int | None] = {tp: (at if at < ends[tp] else None) for tp, at in resume.items()}
    open_ = {tp for tp, at in first.items() if at is not None}
    if not open_:
        return first
    consumer.assign(sorted(open_, key=lambda tp: tp.partition))
    for tp in open_:
        consumer.seek(tp, resume[tp])
    deadline = time.monotonic() + 3 * settings.kafka_session_timeout_ms / 1000
    while open_ and time.monotonic() < deadline:
        for tp, records in consumer.poll(timeout_ms=settings.poll_timeout_ms).items():
            if tp in open_ and records:
                first[tp] = records[0].offset if records[0].offset < ends[tp] else None
                open_.discard(tp)
        for tp in list(open_):
            if consumer.position(tp) >= ends[tp]:
                first[tp] = None
                open_.discard(tp)
        done = [tp for tp in consumer.assignment() if tp not in open_]
        if done:
            consumer.pause(*done)
    return first


def next_offsets(records: list[ConsumerRecord]) -> dict[TopicPartition, OffsetAndMetadata]:
    """The offsets to commit after ``records`` (last offset + 1 per partition), in the
    shape both ``consumer.commit`` and ``send_offsets_to_transaction`` take."""
    highest: dict[TopicPartition, int] = {}
    for rec in records:
        tp = TopicPartition(rec.topic, rec.partition)
        highest[tp] = max(highest.get(tp, 0), rec.offset + 1)
    return {tp: OffsetAndMetadata(offset, "", -1) for tp, offset in highest.items()}


__all__ = ["ConsumerRecord", "Drain", "Lag", "OffsetAndMetadata", "TopicPartition", "caught_up", "consumer_config", "consumer_lag", "interleave", "iter_batches", "make_consumer", "next_offsets", "partitions_of", "poll_batch", "read_topic"]
