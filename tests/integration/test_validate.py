"""The validate stage against the real broker and store: verdicts, layout, exactly-once effect."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.bus.consumer import consumer_lag, make_consumer
from pipeline.bus.producer import make_producer
from pipeline.cli import app
from pipeline.models import DealRecord
from pipeline.settings import Settings
from pipeline.stages import validate
from pipeline.store import curated
from pipeline.store.s3 import s3_client
from tests.unit.validate.factory import deal_record, future

pytestmark = pytest.mark.integration

KEY = re.compile(r"^deals/v1/dt=\d{4}-\d{2}-\d{2}/(?P<topic>[^+]+)\+p(?P<p>\d+)\+o(?P<a>\d{12})-(?P<b>\d{12})\.(jsonl|parquet)$")


def _produce(settings: Settings, records: list[DealRecord], raw: list[bytes] = ()) -> None:  # type: ignore[assignment]
    producer = make_producer(settings)
    for record in records:
        producer.send(settings.topic_candidates, key=record.deal_id.encode(), value=record.model_dump_json().encode())
    for value in raw:
        producer.send(settings.topic_candidates, key=b"poison", value=value)
    producer.flush()
    producer.close()


def _objects(settings: Settings, bucket: str) -> dict[str, bytes]:
    client = s3_client(settings)
    out: dict[str, bytes] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            out[item["Key"]] = client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
    return out


def _curated_mentions(settings: Settings) -> Counter[str]:
    mentions: Counter[str] = Counter()
    for key, body in _objects(settings, settings.bucket_curated).items():
        if key.endswith(".jsonl"):
            mentions.update(DealRecord.model_validate_json(line).mention_id for line in body.splitlines())
    return mentions


def _lag(settings: Settings) -> dict[int, int]:
    """Unconsumed messages per partition for the stage's group."""
    return {lag.partition: lag.behind for lag in consumer_lag(settings, settings.group_validate, settings.topic_candidates)}


def test_valid_batch_lands_in_curated_as_jsonl_and_parquet(isolated_settings: Settings) -> None:
    records = [deal_record(n) for n in range(8)] + [deal_record(8, published_at=None)]
    _produce(isolated_settings, records)
    report = validate.run(isolated_settings)

    assert report.counts["records_in"] == 9
    assert report.counts["valid"] == 9
    assert report.counts["quarantined"] == 0
    assert report.ok, report.problems
    objects = _objects(isolated_settings, isolated_settings.bucket_curated)
    data = {k: v for k, v in objects.items() if k.startswith("deals/")}
    assert data and all(KEY.match(k) for k in data), sorted(data)
    assert {KEY.match(k)["topic"] for k in data} == {isolated_settings.topic_candidates}
    assert _curated_mentions(isolated_settings) == Counter({r.mention_id: 1 for r in records})
    for key in (k for k in data if k.endswith(".parquet")):
        jsonl_lines = data[key.removesuffix(".parquet") + ".jsonl"].splitlines()
        rows = pq.read_table(io.BytesIO(data[key])).to_pylist()
        assert [r["mention_id"] for r in rows] == [json.loads(line)["mention_id"] for line in jsonl_lines]
    assert curated.SCHEMA_KEY in objects
    assert _objects(isolated_settings, isolated_settings.bucket_quarantine) == {}
    assert _lag(isolated_settings) == {0: 0, 1: 0, 2: 0}

    con = curated.duckdb_connection(isolated_settings)
    rows = con.sql(
        "SELECT mention_id, CAST(dt AS VARCHAR), CAST(amount.value_usd AS DECIMAL(38, 2)), parties[1].role "
        f"FROM read_parquet('s3://{isolated_settings.bucket_curated}/deals/v1/*/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert sorted(r[0] for r in rows) == sorted(r.mention_id for r in records)
    assert {(r[1], str(r[2]), r[3]) for r in rows} == {("2025-05-02", "132000000.00", "buyer")}
    with pytest.raises(duckdb.Error, match=r"\b403\b"):  # the read-only identity really is read-only (not any error)
        con.execute(f"COPY (SELECT 1 AS x) TO 's3://{isolated_settings.bucket_curated}/intruder.parquet'")

    cli_env = {"DEALWIRE_BUCKET_CURATED": isolated_settings.bucket_curated}
    as_json = CliRunner().invoke(app, ["deals", "--format", "json"], env=cli_env)
    assert as_json.exit_code == 0, as_json.output
    assert sorted(r["mention_id"] for r in json.loads(as_json.stdout)) == sorted(r.mention_id for r in records)
    as_csv = CliRunner().invoke(app, ["deals", "--format", "csv", "--since", "2025-05-03"], env=cli_env)
    assert as_csv.exit_code == 0 and as_csv.stdout.splitlines() == [",".join(curated.DEAL_COLUMNS)]
    as_csv = CliRunner().invoke(app, ["deals", "--format", "csv", "--since", "2025-05-02"], env=cli_env)
    assert len(as_csv.stdout.splitlines()) == 1 + len(records)
    assert "acquisition,agreed,buyer: Orvane Robotics; target: Pellucid Sensors,120000000,EUR,132000000,PT" in as_csv.stdout

    reports = _objects(isolated_settings, isolated_settings.bucket_reports)
    summaries = [json.loads(v) for k, v in reports.items() if k.startswith("runs/validate/")]
    assert len(summaries) == 1
    assert (summaries[0]["records_in"], summaries[0]["valid"], summaries[0]["quarantined"]) == (9, 9, 0)
    docs = [k for k in reports if k.startswith("data-docs/validate/") and k.endswith("/index.html")]
    assert len(docs) == 1 and summaries[0]["data_docs"].endswith(docs[0])
    assert any("/validations/" in k for k in reports)


def test_replayed_and_edited_articles_read_back_once_at_their_latest_version(isolated_settings: Settings) -> None:
    first = [deal_record(n) for n in range(3)]
    _produce(isolated_settings, first)
    assert validate.run(isolated_settings).ok
    later = first[0].extracted_at.replace(hour=12)
    edited = deal_record(1, extracted_at=later, status="completed")  # the article changed; extracted again
    _produce(isolated_settings, [*first, edited])  # an operator replayed the extract stage, then the edit came
    assert validate.run(isolated_settings).ok
    # the replayed copy of the edited mention shares a batch with the edit: quarantined as superseded; the other
    # replayed copies are already curated by the first run's batches: quarantined as duplicates
    assert _curated_mentions(isolated_settings) == Counter(
        {first[0].mention_id: 1, first[1].mention_id: 2, first[2].mention_id: 1})
    quarantined = [json.loads(line) for body in _objects(isolated_settings, isolated_settings.bucket_quarantine).values()
                   for line in body.splitlines()]
    assert sorted((q["kind"], q["record"]["mention_id"], q["record"]["status"]) for q in quarantined) == sorted([
        ("superseded", first[1].mention_id, "agreed"),
        ("duplicate", first[0].mention_id, "agreed"),
        ("duplicate", first[2].mention_id, "agreed"),
    ])

    rows = curated.duckdb_connection(isolated_settings).sql(
        f"SELECT mention_id, status FROM ({curated.latest_deals_sql(isolated_settings.bucket_curated)})"
    ).fetchall()
    expected = {(first[0].mention_id, "agreed"), (first[1].mention_id, "completed"), (first[2].mention_id, "agreed")}
    assert sorted(rows) == sorted(expected)

    env = {"DEALWIRE_BUCKET_CURATED": isolated_settings.bucket_curated}
    latest = CliRunner().invoke(app, ["deals", "--format", "json"], env=env)
    assert latest.exit_code == 0, latest.output
    assert sorted((r["mention_id"], r["status"]) for r in json.loads(latest.stdout)) == sorted(expected)
    every = CliRunner().invoke(app, ["deals", "--format", "json", "--all"], env=env)
    assert len(json.loads(every.stdout)) == 4


def _quarantined(settings: Settings) -> list[dict[str, Any]]:
    return [json.loads(line) for body in _objects(settings, settings.bucket_quarantine).values()
            for line in body.splitlines()]


def _summaries(settings: Settings) -> list[dict[str, Any]]:
    reports = _objects(settings, settings.bucket_reports)
    return [json.loads(v) for k, v in sorted(reports.items()) if k.startswith("runs/validate/")]


def test_a_mention_published_twice_is_curated_once_and_a_changed_article_again(isolated_settings: Settings) -> None:
    """Ingest published the same items twice (its publish outcome was in doubt): extract stamps the second copies
    with a later ``extracted_at`` (their Kafka timestamp), and they fall in another validate batch."""
    first = [deal_record(n) for n in range(4)]
    _produce(isolated_settings, first)
    report = validate.run(isolated_settings)
    assert report.ok and report.counts["valid"] == 4
    stems = {d["partition"]: f"{d['first']:012d}-{d['last']:012d}" for d in report.details if "partition" in d}

    later = first[0].extracted_at.replace(minute=7)
    copies = [r.model_copy(update={"extracted_at": later}) for r in first[1:]]
    edited = first[0].model_copy(update={  # the article behind mention 0 changed: a longer text, a new title
        "extracted_at": later, "source": first[0].source.model_copy(
            update={"title": "Orvane Robotics completes its purchase", "text_length": first[0].source.text_length + 40})})
    _produce(isolated_settings, [*copies, edited])
    again = validate.run(isolated_settings)
    assert again.ok, again.problems

    assert _curated_mentions(isolated_settings) == Counter(
        {first[0].mention_id: 2, first[1].mention_id: 1, first[2].mention_id: 1, first[3].mention_id: 1})
    assert (again.counts["valid"], again.counts["quarantined"], again.counts["duplicate_mentions"]) == (1, 3, 3)
    quarantined = _quarantined(isolated_settings)
    assert sorted(q["record"]["mention_id"] for q in quarantined) == sorted(r.mention_id for r in copies)
    for line in quarantined:
        assert line["kind"] == "duplicate"
        assert line["record"]["extracted_at"].startswith("2025-05-02T10:07")
        [failure] = line["failures"]
        assert failure["rule"] == "duplicate_mention"
        owner = re.search(r"already curated by batch (\S+)\+p(\d+)\+o(\d{12}-\d{12})", failure["message"])
        assert owner is not None, failure["message"]
        assert owner[1] == isolated_settings.topic_candidates and owner[3] == stems[int(owner[2])]

    summary = _summaries(isolated_settings)[-1]
    assert summary["duplicate_mentions"] == 3
    assert summary["failures_per_expectation"] == {"duplicate_mention": 3}
    named = [d for batch in summary["batches_written"] for d in batch.get("duplicates", [])]
    assert sorted(d["mention_id"] for d in named) == sorted(r.mention_id for r in copies)
    assert all(d["curated_by"].startswith(isolated_settings.topic_candidates + "+p") for d in named)

    rows = curated.duckdb_connection(isolated_settings).sql(
        f"SELECT mention_id, source.title FROM ({curated.latest_deals_sql(isolated_settings.bucket_curated)})"
    ).fetchall()
    assert dict(rows)[first[0].mention_id] == "Orvane Robotics completes its purchase"

    # a third copy, run again: still once; an operator's rerun rewrites nothing
    _produce(isolated_settings, [first[2].model_copy(update={"extracted_at": later.replace(minute=9)})])
    third = validate.run(isolated_settings)
    assert third.counts["duplicate_mentions"] == 1
    assert _curated_mentions(isolated_settings)[first[2].mention_id] == 1


def test_invalid_records_are_quarantined_with_reasons(isolated_settings: Settings) -> None:
    good = [deal_record(n) for n in range(3)]
    too_big = deal_record(10, amount_usd="50000000000000")
    from_the_future = deal_record(11, published_at=future(days=4000), extracted_at=future(days=4000))
    not_json = b"\xff\xfe not json at all"
    bad_contract = json.dumps({"deal_id": "nothex", "confidence": 3}).encode()
    _produce(isolated_settings, [*good, too_big, from_the_future], raw=[not_json, bad_contract])
    report = validate.run(isolated_settings)

    assert (report.counts["records_in"], report.counts["valid"], report.counts["quarantined"]) == (7, 3, 4)
    assert _curated_mentions(isolated_settings) == Counter({r.mention_id: 1 for r in good})
    lines = [json.loads(line) for body in _objects(isolated_settings, isolated_settings.bucket_quarantine).values()
             for line in body.splitlines()]
    by_kind: dict[str, list[dict[str, object]]] = {}
    for line in lines:
        by_kind.setdefault(line["kind"], []).append(line)
    assert sorted((k, len(v)) for k, v in by_kind.items()) == [
        ("failed_expectations", 2), ("invalid_record", 1), ("undecodable", 1)
    ]
    rules_by_mention = {line["record"]["mention_id"]: [f["rule"] for f in line["failures"]]
                        for line in by_kind["failed_expectations"]}
    assert rules_by_mention == {too_big.mention_id: ["value_usd_range"],
                                from_the_future.mention_id: ["published_not_future"]}
    undecodable = by_kind["undecodable"][0]
    assert undecodable["raw_encoding"] == "base64" and undecodable["failures"][0]["rule"] == "decodable"
    invalid = by_kind["invalid_record"][0]
    assert invalid["raw"] == bad_contract.decode()
    assert any(f["message"].startswith("deal_id") for f in invalid["failures"])
    assert _lag(isolated_settings) == {0: 0, 1: 0, 2: 0}
    summary = next(json.loads(v) for k, v in _objects(isolated_settings, isolated_settings.bucket_reports).items()
                   if k.startswith("runs/"))
    assert summary["failures_per_expectation"]["value_usd_range"] == 1
    assert summary["failures_per_expectation"]["published_not_future"] == 1


def test_rerun_changes_nothing_and_a_from_scratch_rerun_rewrites_the_same_bytes(isolated_settings: Settings) -> None:
    settings = isolated_settings.model_copy(update={"batch_size": 4})
    _produce(settings, [deal_record(n) for n in range(11)] + [deal_record(20, confidence=0.5).model_copy(
        update={"source": deal_record(20).source.model_copy(update={"published_at": future(days=4000)})})])
    validate.run(settings)
    data = {b: _objects(settings, b) for b in (settings.bucket_curated, settings.bucket_quarantine)}
    assert len(data[settings.bucket_quarantine]) == 1

    again = validate.run(settings)
    assert again.counts["records_in"] == 0
    assert {b: _objects(settings, b) for b in data} == data

    # A new consumer group with the markers gone must re-derive every batch: same names, same bytes.
    client = s3_client(settings)
    state = client.list_objects_v2(Bucket=settings.bucket_state)["Contents"]
    markers = [o["Key"] for o in state if o["Key"].endswith("/written.json")]
    assert markers
    client.delete_objects(Bucket=settings.bucket_state, Delete={"Objects": [{"Key": k} for k in markers]})
    fresh = settings.model_copy(update={"group_validate": settings.group_validate + "-fresh", "batch_size": 500})
    replay = validate.run(fresh)
    assert replay.counts["records_in"] == 12
    assert replay.counts["objects_written"] == 0
    assert replay.counts["objects_present"] == sum(len(v) for v in data.values()) - 1  # minus _schema
    assert {b: _objects(settings, b) for b in data} == data


def _stage_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("topic_candidates", "group_validate", "bucket_curated", "bucket_quarantine", "bucket_state",
                 "bucket_reports", "batch_size", "poll_timeout_ms", "kafka_session_timeout_ms",
                 "kafka_heartbeat_interval_ms"):
        env[f"DEALWIRE_{name.upper()}"] = str(getattr(settings, name))
    env.pop(validate.CRASH_ENV, None)
    return env | extra


def _run_stage_process(settings: Settings, **extra: str) -> subprocess.CompletedProcess[str]:
    code = "from pipeline.settings import Settings; from pipeline.stages.validate import run; run(Settings())"
    return subprocess.run([sys.executable, "-c", code], env=_stage_env(settings, **extra), capture_output=True,
                          text=True, timeout=180, check=False)


@pytest.mark.slow
@pytest.mark.parametrize("crash_at", ["claimed", "owned", "written", "marked"])
def test_killed_between_write_and_commit_then_rerun_no_duplicate_no_loss(
    isolated_settings: Settings, crash_at: str
) -> None:
    settings = isolated_settings.model_copy(update={"batch_size": 3})
    records = [deal_record(n) for n in range(10)]
    _produce(settings, records)

    crashed = _run_stage_process(settings, **{validate.CRASH_ENV: crash_at})
    assert crashed.returncode == 17, crashed.stderr[-2000:]
    assert all(lag.committed is None for lag in consumer_lag(settings, settings.group_validate, settings.topic_candidates))
    before = _objects(settings, settings.bucket_curated)
    written = {k for k in before if k.startswith("deals/")}
    assert len(written) == (0 if crash_at in ("claimed", "owned") else 2)

    # The rerun uses another batch size: the claimed range must still be cut exactly as before.
    rerun = _run_stage_process(settings.model_copy(update={"batch_size": 50}))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    after = _objects(settings, settings.bucket_curated)
    assert _curated_mentions(settings) == Counter({r.mention_id: 1 for r in records})
    assert {k: after[k] for k in before} == before
    assert _lag(settings) == {0: 0, 1: 0, 2: 0}


@pytest.mark.slow
def test_two_concurrent_runs_never_clobber_or_duplicate(isolated_settings: Settings) -> None:
    records = [deal_record(n) for n in range(30)]
    _produce(isolated_settings, records)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c",
             "from pipeline.settings import Settings; from pipeline.stages.validate import run; "
             "r = run(Settings()); assert r.ok, r.problems"],
            env=_stage_env(isolated_settings.model_copy(update={"group_validate": f"{isolated_settings.group_validate}-{i}",
                                                                "batch_size": size})),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for i, size in enumerate((4, 7))
    ]
    for proc in runs:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err[-2000:]
    assert _curated_mentions(isolated_settings) == Counter({r.mention_id: 1 for r in records})


def test_partitions_taken_away_and_given_back_mid_backlog_lose_nothing(isolated_settings: Settings) -> None:
    """Another member joining and leaving the group (a second worker, an overlapping run) takes partitions away
    and gives them back while batches are half-buffered: the records fetched before the stage re-seeks a partition
    must not be cut into a batch that skips the ones in between."""
    settings = isolated_settings.model_copy(update={"batch_size": 10})
    records = [deal_record(n) for n in range(600)]
    _produce(settings, records)
    stop = threading.Event()

    def join_and_leave() -> None:
        while not stop.is_set():
            member = make_consumer(settings, settings.group_validate, settings.topic_candidates)
            member.poll(timeout_ms=1500, max_records=1)  # holds partitions, reads nothing it would commit
            member.close(autocommit=False)
            time.sleep(0.5)

    churn = threading.Thread(target=join_and_leave)
    churn.start()
    try:
        report = validate.run(settings)
    finally:
        stop.set()
        churn.join(timeout=60)
    rest = validate.run(settings)  # whatever the stage left to the other member is done now

    assert report.counts["records_in"] > 0
    assert _curated_mentions(settings) == Counter({r.mention_id: 1 for r in records}), (report.counts, rest.counts)
    assert _lag(settings) == {0: 0, 1: 0, 2: 0}


def test_a_drained_run_commits_past_the_transaction_markers_of_its_input(isolated_settings: Settings) -> None:
    """extract writes the candidates in transactions; each commit marker takes an offset no reader sees."""
    records = [deal_record(n) for n in range(6)]
    producer = make_producer(isolated_settings, transactional_id=f"{isolated_settings.kafka_transactional_id_prefix}-t")
    for half in (records[:3], records[3:]):
        producer.begin_transaction()
        for record in half:
            producer.send(isolated_settings.topic_candidates, key=record.deal_id.encode(), value=record.model_dump_json().encode())
        producer.commit_transaction()
    producer.close()

    report = validate.run(isolated_settings)

    assert report.counts["valid"] == len(records)
    assert _curated_mentions(isolated_settings) == Counter({r.mention_id: 1 for r in records})
    assert _lag(isolated_settings) == {0: 0, 1: 0, 2: 0}, "nothing left to read"
    again = validate.run(isolated_settings)
    assert again.counts.get("records_in", 0) == 0 and _lag(isolated_settings) == {0: 0, 1: 0, 2: 0}


@pytest.mark.slow
def test_two_workers_in_one_group_write_each_record_once(isolated_settings: Settings) -> None:
    """Two validate processes share the group's partitions (the mapped DAG task, or a worker beside the DAG): the
    group rebalances while both hold half-cut batches, and every record still lands once."""
    settings = isolated_settings.model_copy(update={"batch_size": 10})
    records = [deal_record(n) for n in range(400)]
    _produce(settings, records)
    code = "from pipeline.settings import Settings; from pipeline.stages.validate import run; run(Settings())"
    workers = []
    for _ in range(2):
        workers.append(subprocess.Popen([sys.executable, "-c", code], env=_stage_env(settings), text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        time.sleep(1.0)  # the second joins mid-backlog
    for worker in workers:
        _, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err[-2000:]
    validate.run(settings)  # what a worker that left early did not reach

    assert _curated_mentions(settings) == Counter({r.mention_id: 1 for r in records})
    assert _lag(settings) == {0: 0, 1: 0, 2: 0}


def test_two_workers_racing_on_copies_in_other_partitions_curate_each_mention_once(isolated_settings: Settings) -> None:
    """Copies keyed otherwise land in other partitions, so two workers of one group meet the same mentions at the
    same time: the owner's conditional PUT lets exactly one batch curate each."""
    settings = isolated_settings.model_copy(update={"batch_size": 10})
    records = [deal_record(n) for n in range(60)]
    later = records[0].extracted_at.replace(minute=3)
    producer = make_producer(settings)
    for record in records:
        for key, copy in ((record.deal_id, record), (f"again-{record.deal_id}", record.model_copy(
                update={"extracted_at": later}))):
            producer.send(settings.topic_candidates, key=key.encode(), value=copy.model_dump_json().encode())
    producer.flush()
    producer.close()
    code = "from pipeline.settings import Settings; from pipeline.stages.validate import run; run(Settings())"
    workers = [subprocess.Popen([sys.executable, "-c", code], env=_stage_env(settings), text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for worker in workers:
        _, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err[-2000:]
    validate.run(settings)  # what a worker that left early did not reach

    assert _curated_mentions(settings) == Counter({r.mention_id: 1 for r in records})
    quarantined = _quarantined(settings)
    # a copy that shares a batch with its original is superseded there; the others meet the original's owner
    kinds = Counter(q["kind"] for q in quarantined)
    assert len(quarantined) == 60 and set(kinds) <= {"duplicate", "superseded"} and kinds["duplicate"] >= 10, kinds
    assert sorted(q["record"]["mention_id"] for q in quarantined) == sorted(r.mention_id for r in records)
    assert _lag(settings) == {0: 0, 1: 0, 2: 0}
