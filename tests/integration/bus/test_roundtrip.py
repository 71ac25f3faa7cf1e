"""Produce and consume through the real broker: keyed idempotent producer, a
consumer group with manual commits, and a second consumer that resumes exactly
where the first committed."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from pipeline.bus.consumer import caught_up, make_consumer, next_offsets, poll_batch
from pipeline.bus.producer import encode_json, make_producer
from pipeline.settings import Settings

pytestmark = pytest.mark.integration


def _patience(seconds: float) -> Iterator[None]:
    """Turns of a poll loop for ``seconds``: the loops below counted polls when a poll waited 1 s, so their patience
    (a group join on a loaded machine included) stays what it was with the shorter polls of ``isolated_settings``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        yield


def _drain(settings: Settings, group: str, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` messages, committed; fewer when the consumer has read every partition it owns to its end."""
    consumer = make_consumer(settings, group, settings.topic_raw)
    seen: list[tuple[str, int]] = []
    try:
        for _ in _patience(20):
            batch = poll_batch(consumer, settings, max_records=limit - len(seen))
            for rec in batch:
                seen.append((rec.key.decode(), json.loads(rec.value)["n"]))
            if len(seen) >= limit:
                consumer.commit(next_offsets(batch) if batch else None)
                break
            if batch:
                consumer.commit(next_offsets(batch))
            elif caught_up(consumer):
                break  # nothing left to read: more empty polls would only wait
    finally:
        consumer.close(autocommit=False)
    return seen


def test_group_resumes_from_committed_offset(isolated_settings: Settings) -> None:
    settings = isolated_settings
    producer = make_producer(settings)
    for n in range(30):
        producer.send(settings.topic_raw, key=f"k{n % 7}".encode(), value=encode_json({"n": n}))
    producer.flush()
    producer.close()

    group = settings.group_extract
    first = _drain(settings, group, limit=12)
    rest = _drain(settings, group, limit=100)

    assert len(first) == 12
    numbers = [n for _, n in first + rest]
    assert sorted(numbers) == list(range(30)), "every message exactly once across the two consumers"
    # a key always lands on one partition, so per key the order is the send order
    by_key: dict[str, list[int]] = {}
    for key, n in first + rest:
        by_key.setdefault(key, []).append(n)
    for key, ns in by_key.items():
        first_of_key = [n for n in ns if (key, n) in first]
        assert first_of_key == sorted(first_of_key)


def test_uncommitted_messages_are_redelivered(isolated_settings: Settings) -> None:
    settings = isolated_settings
    producer = make_producer(settings)
    for n in range(5):
        producer.send(settings.topic_raw, key=b"same", value=encode_json({"n": n}))
    producer.flush()
    producer.close()

    consumer = make_consumer(settings, settings.group_validate, settings.topic_raw)
    got: list[int] = []
    for _ in _patience(10):
        got += [json.loads(r.value)["n"] for r in poll_batch(consumer, settings)]
        if len(got) == 5:
            break
    consumer.close(autocommit=False)  # crash before commit
    assert got == [0, 1, 2, 3, 4]

    again = _drain(settings, settings.group_validate, limit=5)
    assert [n for _, n in again] == [0, 1, 2, 3, 4]


def test_transaction_abort_is_invisible_to_read_committed(isolated_settings: Settings) -> None:
    settings = isolated_settings
    producer = make_producer(settings, transactional_id=f"{settings.kafka_transactional_id_prefix}-bus-test")
    producer.begin_transaction()
    producer.send(settings.topic_raw, key=b"a", value=encode_json({"n": -1}))
    producer.flush()
    producer.abort_transaction()
    producer.begin_transaction()
    producer.send(settings.topic_raw, key=b"a", value=encode_json({"n": 1}))
    producer.commit_transaction()
    producer.close()

    seen = _drain(settings, "read-committed-check", limit=1)
    assert seen == [("a", 1)]


def test_a_consumer_is_caught_up_only_once_it_has_read_every_owned_partition_to_its_end(isolated_settings: Settings) -> None:
    settings = isolated_settings
    producer = make_producer(settings, transactional_id=f"{settings.group_extract}-caught-up")
    producer.init_transactions()
    producer.begin_transaction()
    for n in range(9):
        producer.send(settings.topic_raw, key=f"k{n}".encode(), value=encode_json({"n": n}))
    producer.commit_transaction()  # the commit markers sit after the last record of each partition
    producer.close()

    consumer = make_consumer(settings, settings.group_extract, settings.topic_raw)
    try:
        assert not caught_up(consumer)  # no partition owned yet: an empty poll now would prove nothing
        seen, early = 0, []
        for _ in _patience(30):
            seen += len(poll_batch(consumer, settings, max_records=2))
            if seen == 9:
                break
            early.append(caught_up(consumer))
        assert seen == 9 and not any(early)  # never caught up with records still unread
        for _ in _patience(10):  # past the last records only the commit markers remain, which the next fetches skip
            if caught_up(consumer):
                break
            assert poll_batch(consumer, settings) == []
        assert caught_up(consumer)
    finally:
        consumer.close(autocommit=False)
