"""A broker lost while a stage runs, on a throwaway broker of these tests' own (the shared stack's broker is never
stopped), and a broker that is not there at all (a free loopback port): the stage fails with BrokerUnavailable within
DEALWIRE_KAFKA_MAX_BLOCK_MS (asserted loosely: the limit x 1.5 plus slack), waits quietly (its CPU time a small share of
the wait: a behaviour check with wide margins, not a benchmark), moves no offset, and the run after the broker is back
does the work once."""

from __future__ import annotations

import resource
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from pipeline.bus.admin import ensure_topics
from pipeline.bus.broker import BrokerUnavailable
from pipeline.bus.consumer import consumer_lag, read_topic
from pipeline.bus.producer import make_producer
from pipeline.feeds.sources import Source
from pipeline.models import DealRecord, RawItem
from pipeline.settings import Settings
from pipeline.stack import kafka
from pipeline.stages import extract as stage
from pipeline.stages import ingest
from pipeline.stages.report import StageReport
from pipeline.store.s3 import s3_client
from tests.factories import news_item
from tests.integration.test_ingest import json_feed
from tests.ports import free_port

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaTimeoutError

pytestmark = pytest.mark.integration

DEAL_TEXT = "Kestrow Labs agreed to acquire Plumeria Systems for about $40 million in cash, the companies said on Monday."


@pytest.fixture
def own_broker(isolated_settings: Settings, throwaway_broker: Settings) -> Settings:
    """The session's throwaway broker (``throwaway_broker``), running, with this test's own topics and groups on it
    (its buckets on the shared S3)."""
    settings = isolated_settings.model_copy(update={
        name: getattr(throwaway_broker, name)
        for name in ("stack_dir", "kafka_bootstrap_servers", "kafka_controller_port", "kafka_heap")
    } | {
        "kafka_session_timeout_ms": 6000,
        "kafka_heartbeat_interval_ms": 2000,
        "kafka_max_block_ms": 5000,
        "poll_timeout_ms": 300,  # as in isolated_settings: a drained run's two empty polls end it sooner
    })
    kafka.start(settings)  # a no-op when it runs; the test before may have stopped it
    ensure_topics(settings)
    return settings


def _item(slug: str) -> RawItem:
    return news_item(DEAL_TEXT, "en", url=f"https://news.example.com/{slug}", title="Kestrow buys Plumeria",
                     published=datetime(2025, 6, 3, 8, 0, tzinfo=timezone.utc),
                     fetched=datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc))


SLACK_S = 5.0
"""Added to 1.5 x the limit in every time bound: room for a loaded machine, far below the 30 s kafka-python waits
on its own (bootstrap, offset lookups) or the twice-the-limit waits these tests were written against."""


def _cpu_s() -> float:
    """CPU seconds of this process, every thread (the stage's and kafka-python's IO threads) included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Mark:
    """A moment: wall clock and the process's CPU seconds."""

    at: float
    cpu_s: float

    @staticmethod
    def now() -> Mark:
        return Mark(time.monotonic(), _cpu_s())


@dataclass(frozen=True)
class Outcome:
    result: Any
    error: BaseException | None
    end: Mark

    def since(self, start: Mark) -> tuple[float, float]:
        """Wall seconds and CPU share from ``start`` to the stage's end."""
        wall = self.end.at - start.at
        return wall, (self.end.cpu_s - start.cpu_s) / max(wall, 1e-3)


def _watch(call: Callable[[], object], seconds: float) -> Outcome:
    """Run a stage on a daemon thread: how it ended and when, or a failed test if it is still waiting after
    ``seconds`` (a hung stage must fail this test, not hang the suite)."""
    outcome: list[tuple[Any, BaseException | None]] = []
    ended: list[Mark] = []

    def target() -> None:
        try:
            outcome.append((call(), None))
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome.append((None, error))
        ended.append(Mark.now())

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if not ended:
        pytest.fail(f"the stage was still waiting {seconds:.0f} s after its broker died")
    return Outcome(*outcome[0], ended[0])


def _run_beside(call: Callable[[], StageReport], seconds: float) -> BaseException | None:
    """``_watch``, for the tests that look only at the error."""
    return _watch(call, seconds).error


def _quiet_and_bounded(outcome: Outcome, start: Mark, limit_ms: int, slack_s: float = SLACK_S) -> BrokerUnavailable:
    """The stage failed with BrokerUnavailable within the limit x 1.5 + slack of ``start``, using little CPU."""
    wall, cpu_share = outcome.since(start)
    bound = limit_ms / 1000 * 1.5 + slack_s
    assert wall <= bound, f"failed {wall:.1f} s after the broker was gone; the bound is {bound:.1f} s ({outcome.error})"
    assert cpu_share < 0.5, f"{cpu_share:.0%} of a core while waiting {wall:.1f} s for the broker: it should sleep"
    assert isinstance(outcome.error, BrokerUnavailable), f"BrokerUnavailable, not {outcome.error!r}"
    return outcome.error


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

    died: list[Mark] = []

    def broker_dies_and_the_clock_starts(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
        records = broker_dies_on_the_third(item, extracted_at=extracted_at)
        if item.item_id == items[2].item_id:
            died.append(Mark.now())
        return records

    outcome = _watch(lambda: stage.run(settings, extractor=broker_dies_and_the_clock_starts), 90)
    error = _quiet_and_bounded(outcome, died[0], settings.kafka_max_block_ms)  # flush + abort + close waited 20 s
    assert isinstance(error, KafkaTimeoutError), "still the timeout callers catch"
    assert "transaction" in str(error) or "batch" in str(error), str(error)
    assert "DEALWIRE_KAFKA_MAX_BLOCK_MS" in str(error) and settings.kafka_bootstrap_servers in str(error), str(error)

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
    # kafka-python's commit timeout carries no message: it read "KafkaTimeoutError: None"
    assert "None" not in str(error), str(error)
    # a stopped broker either refuses the commit's connection at once or leaves it unanswered until the limit (which
    # one depends on where the commit was when the process died): each says what happened and that the rerun is safe
    if "did not answer within" in str(error):
        assert "did not answer within 5 s" in str(error) and "(DEALWIRE_KAFKA_MAX_BLOCK_MS=5000)" in str(error), str(error)
        assert "may still land" in str(error), str(error)
    else:
        assert "KafkaConnectionError" in str(error) or "ECONNREFUSED" in str(error), str(error)
    assert "resumes after the batch" in str(error), str(error)

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


def _not_there(settings: Settings, limit_ms: int = 3000) -> Settings:
    """``settings`` pointed at a loopback port nothing listens on (a broker stopped before the run), the limit small."""
    return settings.model_copy(update={"kafka_bootstrap_servers": f"127.0.0.1:{free_port()}",
                                       "kafka_max_block_ms": limit_ms})


def _no_extractor(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
    raise AssertionError("nothing can be read from a broker that is not there")


@pytest.mark.parametrize("stage_name", ["ingest", "extract", "lag"])
def test_a_stage_whose_broker_is_down_before_the_run_waits_quietly_and_fails_within_its_limit(
    isolated_settings: Settings, stage_name: str, tmp_path: Path
) -> None:
    settings = _not_there(isolated_settings)
    feed = json_feed(tmp_path / "feed.json", [{"url": "https://news.example.com/kestrow", "content_text": DEAL_TEXT}])
    calls: dict[str, Callable[[], Any]] = {
        "ingest": lambda: ingest.run(settings, sources=[Source(id="kestrow", url=feed.as_uri(), lang="en")]),
        "extract": lambda: stage.run(settings, extractor=_no_extractor),
        "lag": lambda: consumer_lag(settings, settings.group_extract, settings.topic_raw),
    }
    start = Mark.now()
    error = _quiet_and_bounded(_watch(calls[stage_name], 60), start, settings.kafka_max_block_ms)
    assert settings.kafka_bootstrap_servers in str(error), str(error)
    assert "DEALWIRE_KAFKA_MAX_BLOCK_MS=3000" in str(error), str(error)


def test_validate_whose_broker_is_down_before_the_run_fails_within_its_limit_and_its_run_summary_says_why(
    isolated_settings: Settings,
) -> None:
    import json

    from pipeline.stages import validate
    from pipeline.validate.suite import SuiteRunner

    SuiteRunner().close()  # Great Expectations' first load (seconds of CPU) is not the wait under test
    settings = _not_there(isolated_settings)
    start = Mark.now()
    outcome = _watch(lambda: validate.run(settings), 90)
    wall, _ = outcome.since(start)
    bound = settings.kafka_max_block_ms / 1000 * 1.5 + 3 * SLACK_S  # the suite, Data Docs and summary uploads
    assert wall <= bound, f"failed after {wall:.1f} s; the bound is {bound:.1f} s ({outcome.error})"
    assert isinstance(outcome.error, BrokerUnavailable), f"BrokerUnavailable, not {outcome.error!r}"
    client = s3_client(settings)
    listed = client.list_objects_v2(Bucket=settings.bucket_reports, Prefix="runs/validate/")
    keys = [o["Key"] for o in listed["Contents"]]
    summary = json.loads(client.get_object(Bucket=settings.bucket_reports, Key=keys[0])["Body"].read())
    assert [p["kind"] for p in summary["problems"]] == ["BrokerUnavailable"], summary["problems"]
    assert "did not answer within 3 s" in summary["problems"][0]["message"]
    assert summary["batches"] == 0 and summary["objects_written"] == 0, "nothing half-written"


def test_ingest_whose_broker_dies_while_it_fetches_fails_the_source_by_name_within_its_limit_and_publishes_next_poll(
    own_broker: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = own_broker
    feed = json_feed(tmp_path / "feed.json", [
        {"url": f"https://news.example.com/kestrow-{n}", "title": "Kestrow buys Plumeria", "content_text": DEAL_TEXT}
        for n in range(4)
    ])
    source = Source(id="kestrow", url=feed.as_uri(), lang="en")
    broker = kafka.service(settings)
    died: list[Mark] = []
    parse_feed = ingest.parse_feed

    def broker_dies_once_the_feed_is_in(*args: Any, **kwargs: Any) -> Any:
        broker.stop()
        died.append(Mark.now())
        return parse_feed(*args, **kwargs)

    monkeypatch.setattr(ingest, "parse_feed", broker_dies_once_the_feed_is_in)
    outcome = _watch(lambda: ingest.run(settings, sources=[source]), 90)
    monkeypatch.undo()
    wall, cpu_share = outcome.since(died[0])
    bound = settings.kafka_max_block_ms / 1000 * 1.5 + SLACK_S
    assert wall <= bound, f"failed {wall:.1f} s after the broker died; the bound is {bound:.1f} s"
    assert cpu_share < 0.5, f"{cpu_share:.0%} of a core while waiting for the broker"
    assert outcome.error is None, "a source's failure is in the report, not raised"
    assert [(p.where, p.kind) for p in outcome.result.problems] == [("kestrow", "broker_unavailable")]
    assert "4 of 4 items not delivered: Kafka at" in outcome.result.problems[0].message

    kafka.start(settings)
    report = ingest.run(settings, sources=[source])
    assert report.counts["published"] == 4, "nothing was recorded as published, so the next poll publishes all"
    assert len(read_topic(settings, settings.topic_raw)) == 4
