"""A broker lost while a stage runs, on a throwaway broker of the test's own (the shared stack's broker is never
stopped): the stage fails within its bounds with a named timeout, moves no offset, and the run after the broker is
back does the work once."""

from __future__ import annotations

import socket
import threading
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.bus.admin import ensure_topics
from pipeline.bus.consumer import consumer_lag, read_topic
from pipeline.bus.producer import make_producer
from pipeline.models import DealRecord, RawItem
from pipeline.settings import Settings
from pipeline.stack import kafka
from pipeline.stages import extract as stage
from pipeline.stages.report import StageReport
from pipeline.store.s3 import s3_client
from tests.factories import news_item

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaTimeoutError

pytestmark = pytest.mark.integration

DEAL_TEXT = "Kestrow Labs agreed to acquire Plumeria Systems for about $40 million in cash, the companies said on Monday."


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def own_broker(isolated_settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """A second single-node broker on free loopback ports, from the stack's jars, stopped and removed afterwards (the
    test's own topics and groups on it; its own buckets on the shared S3)."""
    settings = isolated_settings.model_copy(update={
        "stack_dir": tmp_path / "stack",
        "kafka_bootstrap_servers": f"127.0.0.1:{_free_port()}",
        "kafka_controller_port": _free_port(),
        "kafka_heap": "256m",
        "kafka_session_timeout_ms": 6000,
        "kafka_heartbeat_interval_ms": 2000,
        "kafka_max_block_ms": 5000,
        "poll_timeout_ms": 1000,
    })
    libs = kafka.libs_dir(settings)
    libs.parent.mkdir(parents=True)
    libs.symlink_to(kafka.libs_dir(isolated_settings), target_is_directory=True)
    kafka.start(settings)
    try:
        ensure_topics(settings)
        yield settings
    finally:
        kafka.service(settings).stop()


def _item(slug: str) -> RawItem:
    return news_item(DEAL_TEXT, "en", url=f"https://news.example.com/{slug}", title="Kestrow buys Plumeria",
                     published=datetime(2025, 6, 3, 8, 0, tzinfo=timezone.utc),
                     fetched=datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc))


def _run_beside(call: Callable[[], StageReport], seconds: float) -> BaseException | None:
    """Run a stage on a daemon thread: the error it ended with, or a failed test if it is still waiting after
    ``seconds`` (a hung stage must fail this test, not hang the suite)."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome.append(error)
        else:
            outcome.append(None)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if not outcome:
        pytest.fail(f"the stage was still waiting {seconds:.0f} s after its broker died (max_block_ms is 5 s)")
    return outcome[0]


def test_extract_fails_within_its_bounds_when_the_broker_dies_mid_batch_and_the_rerun_finishes_once(
    own_broker: Settings,
) -> None:
    from pipeline.extract import extract

    settings = own_broker.model_copy(update={"batch_size": 2})
    items = [_item(f"kestrow-{n}") for n in range(3)]
    producer = make_producer(settings)
    for item in items:
        producer.send(settings.topic_raw, key=item.item_id.encode(), value=item.model_dump_json().encode(), partition=0)
    producer.flush()
    producer.close()
    broker = kafka.service(settings)

    def broker_dies_on_the_third(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
        if item.item_id == items[2].item_id:
            broker.stop()  # SIGTERM to the broker's process group; returns once it has exited
        return extract(item, extracted_at=extracted_at)

    error = _run_beside(lambda: stage.run(settings, extractor=broker_dies_on_the_third), 90)
    assert isinstance(error, KafkaTimeoutError), f"a named timeout, not {error!r}"
    assert "transaction" in str(error) or "batch" in str(error), str(error)

    kafka.start(settings)
    committed = {lag.partition: lag.committed for lag in consumer_lag(settings, settings.group_extract, settings.topic_raw)}
    assert committed[0] == 2, "the first batch committed, the one the broker died in did not"
    before = [DealRecord.model_validate_json(r.value) for r in read_topic(settings, settings.topic_candidates)]
    assert {r.source.item_id for r in before} == {items[0].item_id, items[1].item_id}

    rerun = stage.run(settings)
    assert rerun.counts["consumed"] == 1, "only the failed batch is read again"
    out = [DealRecord.model_validate_json(r.value) for r in read_topic(settings, settings.topic_candidates)]
    assert {r.source.item_id for r in out} == {i.item_id for i in items}
    assert len({r.mention_id for r in out}) == len(out), "each mention once"


def test_validate_names_the_offset_commit_a_lost_broker_refused_and_the_rerun_resumes_after_the_written_batch(
    own_broker: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.stages import validate

    settings = own_broker
    items = [_item(f"plumeria-{n}") for n in range(2)]
    producer = make_producer(settings)
    for item in items:
        producer.send(settings.topic_raw, key=item.item_id.encode(), value=item.model_dump_json().encode())
    producer.flush()
    producer.close()
    candidates = stage.run(settings).counts["records_out"]
    assert candidates >= 2
    broker = kafka.service(settings)

    def broker_dies_once_marked(name: str) -> None:
        if name == "marked":  # objects written, marker moved: only the offset commit is left
            broker.stop()

    monkeypatch.setattr(validate, "_crash_point", broker_dies_once_marked)
    error = _run_beside(lambda: validate.run(settings), 120)
    monkeypatch.undo()
    assert isinstance(error, validate.OffsetCommitFailed), f"a named failure, not {error!r}"
    assert f"{settings.topic_candidates}/" in str(error) and "committing offset" in str(error), str(error)

    kafka.start(settings)
    rerun = validate.run(settings)
    assert rerun.counts["recovered_partitions"] == 1, "the store's marker, not the lost commit, says where to resume"
    assert rerun.counts["records_in"] == 0, "the written batch is not validated again"
    client = s3_client(settings)
    mentions: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.bucket_curated, Prefix="deals/"):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith(".jsonl"):
                body = client.get_object(Bucket=settings.bucket_curated, Key=obj["Key"])["Body"].read()
                mentions.extend(DealRecord.model_validate_json(line).mention_id for line in body.splitlines())
    assert len(mentions) == candidates and len(set(mentions)) == candidates, "each candidate curated once"
