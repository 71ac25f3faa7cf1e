"""A broker or object store that is frozen (SIGSTOP: connections accepted, nothing answered, as in a network partition
or a long GC pause) while a stage runs: the stage fails with a named error within its settings, and after the service
wakes (SIGCONT, always, in a ``finally``) the next run finishes the work with every item downstream exactly once.

The broker frozen is the test's own (``own_broker``); the object store frozen is the stack's, for a few seconds."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest

from pipeline.bus import producer as producer_module
from pipeline.bus.broker import BrokerUnavailable
from pipeline.bus.consumer import consumer_lag, read_topic
from pipeline.bus.producer import make_producer
from pipeline.models import DealRecord, RawItem
from pipeline.settings import Settings
from pipeline.stack import kafka
from pipeline.stack.process import Service
from pipeline.stages import extract as stage
from tests.integration.test_broker_loss import Mark, _item, _watch, own_broker  # noqa: F401 - own_broker: a fixture

pytestmark = pytest.mark.integration


@contextmanager
def frozen(service: Service) -> Iterator[Callable[[], Mark]]:
    """Yield ``freeze()``, which stops ``service`` (SIGSTOP) and returns the moment; it is always resumed on leaving."""
    pid = service.pid()
    assert pid is not None, f"{service.name} is not running"
    stopped: list[Mark] = []

    def freeze() -> Mark:
        if not stopped:
            os.kill(pid, signal.SIGSTOP)
            stopped.append(Mark.now())
        return stopped[0]

    try:
        yield freeze
    finally:
        os.kill(pid, signal.SIGCONT)


def _backlog(settings: Settings, items: list[RawItem]) -> None:
    producer = make_producer(settings)
    for item in items:
        producer.send(settings.topic_raw, key=item.item_id.encode(), value=item.model_dump_json().encode(), partition=0)
    producer.flush()
    producer.close()


def _each_item_once_downstream(settings: Settings, items: list[RawItem]) -> None:
    out = [DealRecord.model_validate_json(r.value) for r in read_topic(settings, settings.topic_candidates)]
    assert sorted(r.source.item_id for r in out) == sorted(i.item_id for i in items), "every item extracted once"
    assert len({r.mention_id for r in out}) == len(out), "each mention once"
    assert [lag.behind for lag in consumer_lag(settings, settings.group_extract, settings.topic_raw)] == [0, 0, 0]
    assert read_topic(settings, settings.dlq_topic(settings.topic_raw)) == [], "no poison was sent"


def test_extract_with_its_broker_frozen_past_kafka_pythons_own_request_timeout_fails_as_broker_unavailable(
    own_broker: Settings,
) -> None:
    """kafka-python 3 times a request out after its own 30 s and then makes a transactional producer fatal ("KafkaError:
    Could not execute transactional request for unknown reasons: RequestTimedOutError"): with a limit above 30 s the
    stage failed with that unnamed error, before its limit. The limit here is just above those 30 s."""
    from pipeline.extract import extract

    settings = own_broker.model_copy(update={"batch_size": 2, "kafka_max_block_ms": 32_000})
    items = [_item(f"frozen-{n}") for n in range(3)]
    _backlog(settings, items)
    with frozen(kafka.service(settings)) as freeze:

        def broker_freezes_on_the_third(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
            if item.item_id == items[2].item_id:
                freeze()  # the second batch's transaction is open; its sends go to a broker that does not answer
            return extract(item, extracted_at=extracted_at)

        outcome = _watch(lambda: stage.run(settings, extractor=broker_freezes_on_the_third), 120)
        wall, _ = outcome.since(freeze())
    assert isinstance(outcome.error, BrokerUnavailable), f"BrokerUnavailable, not {outcome.error!r}"
    assert wall <= 32 * 1.5 + 5, f"failed {wall:.1f} s after the broker froze"
    assert wall >= 30, f"failed after {wall:.1f} s: the limit is 32 s, not kafka-python's 30 s"
    assert "DEALWIRE_KAFKA_MAX_BLOCK_MS=32000" in str(outcome.error), str(outcome.error)

    rerun = stage.run(settings)
    assert rerun.counts["consumed"] == 1, "the first batch stays committed, the frozen one is done again"
    _each_item_once_downstream(settings, items)


def test_extract_whose_broker_freezes_at_the_commit_says_the_commit_may_land_and_the_batch_is_seen_once(
    own_broker: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commit request reaches the frozen broker's socket: when the broker wakes it may commit the batch the stage
    reported as failed. The report must not say the batch was aborted, and nothing may be doubled either way."""
    settings = own_broker.model_copy(update={"batch_size": 2})
    items = [_item(f"frozen-commit-{n}") for n in range(3)]
    _backlog(settings, items)
    bounded = producer_module.bounded
    with frozen(kafka.service(settings)) as freeze:

        def freeze_before_the_commit(call: Callable[[], object], seconds: float, what: str, *args: object,
                                     **kwargs: object) -> None:
            if what == "committing the transaction":
                freeze()
            bounded(call, seconds, what, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(producer_module, "bounded", freeze_before_the_commit)
        outcome = _watch(lambda: stage.run(settings), 60)
        monkeypatch.undo()
        wall, _ = outcome.since(freeze())
    assert isinstance(outcome.error, BrokerUnavailable), f"BrokerUnavailable, not {outcome.error!r}"
    assert wall <= settings.kafka_max_block_ms / 1000 * 1.5 + 5, f"failed {wall:.1f} s after the broker froze"
    assert "committing the transaction" in str(outcome.error), str(outcome.error)
    assert "aborted" not in str(outcome.error) and "may still reach" in str(outcome.error), str(outcome.error)

    rerun = stage.run(settings)
    assert rerun.counts["consumed"] in (1, 3), rerun.counts  # 1 if the commit landed on waking, 3 if not
    _each_item_once_downstream(settings, items)


def test_validate_whose_object_store_freezes_while_it_writes_fails_within_the_s3_settings_and_the_rerun_writes_once(
    isolated_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen store accepts the connection and answers nothing: each attempt lasts a read timeout. The attempts and
    timeouts were fixed (5 x 30 s per request) and the run summary's uploads waited them out again, object by object;
    a put the client gave up on may still land when the store wakes, and the rerun must find it, not double it."""
    from pipeline.stack import seaweedfs
    from pipeline.stages import validate
    from pipeline.store import s3
    from pipeline.validate.suite import SuiteRunner

    settings = isolated_settings.model_copy(update={"batch_size": 2, "s3_read_timeout_s": 2.0, "s3_max_attempts": 2})
    items = [_item(f"frozen-store-{n}") for n in range(4)]
    _backlog(settings, items)
    assert stage.run(settings).counts["records_out"] == 4
    SuiteRunner().close()  # Great Expectations' first load (seconds of CPU) is not the wait under test
    with frozen(seaweedfs.service(settings)) as freeze:

        def store_freezes_once_claimed(name: str) -> None:
            if name == "claimed":  # the first batch's objects are written next
                freeze()

        monkeypatch.setattr(validate, "_crash_point", store_freezes_once_claimed)
        outcome = _watch(lambda: validate.run(settings), 90)
        monkeypatch.undo()
        wall, _ = outcome.since(freeze())
    # two attempts of 2 s each, botocore's backoff between them, the consumer's close: far under the 150 s of before
    assert wall <= 2 * 2.0 + 10, f"failed {wall:.1f} s after the store froze"
    assert isinstance(outcome.error, s3.StoreUnavailable), f"StoreUnavailable, not {outcome.error!r}"
    assert settings.s3_endpoint_url in str(outcome.error) and "DEALWIRE_S3_READ_TIMEOUT_S=2" in str(outcome.error)

    rerun = validate.run(settings)
    assert rerun.counts["batches"] == 2, rerun.counts
    client = s3.s3_client(settings)
    mentions: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.bucket_curated, Prefix="deals/"):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith(".jsonl"):
                body = client.get_object(Bucket=settings.bucket_curated, Key=obj["Key"])["Body"].read()
                mentions.extend(DealRecord.model_validate_json(line).mention_id for line in body.splitlines())
    assert len(mentions) == 4 and len(set(mentions)) == 4, "each candidate curated once"
    assert [lag.behind for lag in consumer_lag(settings, settings.group_validate, settings.topic_candidates)] == [0, 0, 0]


def test_deals_listed_from_a_frozen_store_fail_as_store_unavailable_within_the_s3_settings(
    isolated_settings: Settings,
) -> None:
    """``dealwire deals`` reads with the read-only identity: its wait was bounded, but it ended with botocore's
    "ReadTimeoutError: Read timeout on endpoint URL: ..." that names neither the settings nor the step."""
    from pipeline.stack import seaweedfs
    from pipeline.store import curated, s3

    settings = isolated_settings.model_copy(update={"s3_read_timeout_s": 2.0, "s3_max_attempts": 2})
    with frozen(seaweedfs.service(settings)) as freeze:
        start = freeze()
        outcome = _watch(lambda: list(curated.iter_curated(settings)), 90)
    wall, _ = outcome.since(start)
    assert isinstance(outcome.error, s3.StoreUnavailable), f"StoreUnavailable, not {outcome.error!r}"
    assert "listing the curated objects" in str(outcome.error), str(outcome.error)
    assert "DEALWIRE_S3_READ_TIMEOUT_S=2" in str(outcome.error), str(outcome.error)
    assert wall <= 2 * 2.0 + 10, f"failed {wall:.1f} s after the store froze"


def test_duckdb_over_a_frozen_store_gives_up_within_the_s3_settings(isolated_settings: Settings) -> None:
    """DuckDB's httpfs has waits of its own (30 s per request, 3 retries): a query over a frozen store took 120 s
    whatever ``DEALWIRE_S3_READ_TIMEOUT_S`` and ``DEALWIRE_S3_MAX_ATTEMPTS`` said."""
    import duckdb

    from pipeline.stack import seaweedfs
    from pipeline.store import curated

    settings = isolated_settings.model_copy(update={"s3_read_timeout_s": 2.0, "s3_max_attempts": 2})
    con = curated.duckdb_connection(settings)
    with frozen(seaweedfs.service(settings)) as freeze:
        start = freeze()
        outcome = _watch(lambda: con.sql(curated.latest_deals_sql(settings.bucket_curated)).fetchall(), 60)
    wall, _ = outcome.since(start)
    assert isinstance(outcome.error, duckdb.IOException), f"an IO error, not {outcome.error!r}"
    assert wall <= 2 * 2.0 + 10, f"failed {wall:.1f} s after the store froze"
