"""Stage "validate": ``deals.candidates.v1`` → curated and quarantine buckets, exactly once.

Per partition: cut a batch (or re-cut the range a crashed run claimed), check
each message against the pydantic contract and the batch against the GX suite,
claim the range in the state bucket, take ownership of each valid record's
mention version (a copy another batch already owns is quarantined as a
duplicate), write the objects with ``If-None-Match``, move the partition's
marker, and only then commit the offsets. A rerun after a crash anywhere in that
sequence re-derives the same names, owners and bytes, so the curated bucket ends
up holding every mention exactly once, even when it reached Kafka twice. Poison messages are
quarantined with their raw bytes and the error, so they never block a partition.
"""

from __future__ import annotations

import base64
import json
import logging
import mimetypes
import os
import uuid
import warnings
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from botocore.client import BaseClient
from pydantic import ValidationError

from pipeline.bus.broker import answering, describe, silent_broker
from pipeline.bus.consumer import ConsumerRecord, Drain, TopicPartition, make_consumer
from pipeline.models import DealRecord
from pipeline.settings import Settings
from pipeline.stages.report import StageReport
from pipeline.store import curated
from pipeline.store.curated import Claim, ObjectConflict, Owner
from pipeline.store.s3 import StoreUnavailable, s3_client, store_answering
from pipeline.validate import rules
from pipeline.validate.suite import Failure, SuiteRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import ConsumerRebalanceListener, KafkaConsumer
    from kafka.errors import CommitFailedError, KafkaError, KafkaTimeoutError
    from kafka.structs import OffsetAndMetadata

STAGE = "validate"
CRASH_ENV = "DEALWIRE_VALIDATE_CRASH_AT"
"""Test hook: ``claimed``, ``owned``, ``written`` or ``marked`` makes the process die there, before the commit."""
OWNER_THREADS = 8
"""Concurrent conditional PUTs for a batch's owner objects (one per valid record; boto3 clients are thread-safe)."""

log = logging.getLogger(__name__)


class OffsetCommitFailed(RuntimeError):
    """The broker did not take a batch's offsets (gone, or timed out); its objects and marker are already durable."""


OFFSET_COMMIT_IN_DOUBT = (
    "the commit may still land if the broker was frozen rather than down, and the rerun is safe either way: the "
    "batch's objects and the partition's marker are written, so the next run resumes after the batch (at the "
    "committed offset if it landed, from the marker in the store if not) and curates nothing twice"
)


# --- per-record verdicts --------------------------------------------------------------


@dataclass
class Assessment:
    """One batch split into what goes to the curated bucket and what goes to quarantine."""

    valid: dict[date, list[DealRecord]] = field(default_factory=dict)
    rejected: dict[date, list[str]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    messages: dict[str, ConsumerRecord] = field(default_factory=dict)  # mention_id → message, for the valid records


def _kafka_meta(message: ConsumerRecord) -> dict[str, Any]:
    key = message.key.decode("utf-8", "replace") if message.key is not None else None
    return {
        "topic": message.topic,
        "partition": message.partition,
        "offset": message.offset,
        "timestamp_ms": message.timestamp,
        "key": key,
    }


def _message_date(message: ConsumerRecord) -> date:
    """Where a record without a trustworthy date goes: the day it entered Kafka (stable across reruns)."""
    return datetime.fromtimestamp(message.timestamp / 1000, tz=timezone.utc).date()


def _raw(value: bytes | None) -> dict[str, Any]:
    if value is None:
        return {"raw": None, "raw_encoding": None}
    try:
        return {"raw": value.decode("utf-8"), "raw_encoding": "utf-8"}
    except UnicodeDecodeError:
        return {"raw": base64.b64encode(value).decode("ascii"), "raw_encoding": "base64"}


def _rejection(message: ConsumerRecord, kind: str, failures: list[Failure], record: DealRecord | None) -> str:
    line: dict[str, Any] = {
        "kind": kind,
        "kafka": _kafka_meta(message),
        "failures": [f.as_dict() for f in failures],
        "record": json.loads(record.model_dump_json()) if record is not None else None,
    }
    if record is None:
        line |= _raw(message.value)
    return curated.canonical_json(line)


def _contract_failures(error: ValidationError) -> list[Failure]:
    failures = []
    for item in error.errors(include_url=False, include_input=False):
        where = ".".join(str(part) for part in item["loc"]) or "record"
        failures.append(Failure(rule="contract", expectation=f"pydantic:{item['type']}", message=f"{where}: {item['msg']}"))
    return failures


def assess(messages: list[ConsumerRecord], runner: SuiteRunner, label: str) -> Assessment:
    """Decode, check the contract, then run the suite over the batch; every message lands somewhere."""
    out = Assessment()

    def reject(message: ConsumerRecord, day: date, kind: str, failures: list[Failure], record: DealRecord | None) -> None:
        out.rejected.setdefault(day, []).append(_rejection(message, kind, failures, record))
        out.counts["quarantined"] += 1
        out.counts[kind] += 1
        for failure in failures:
            out.failures[failure.rule] += 1

    decoded: list[tuple[ConsumerRecord, DealRecord]] = []
    for message in messages:
        out.counts["records_in"] += 1
        try:
            if message.value is None:
                raise ValueError("empty message (tombstone)")
            payload = json.loads(message.value)
        except (ValueError, UnicodeDecodeError) as error:
            reject(message, _message_date(message), "undecodable",
                   [Failure("decodable", "json", f"{type(error).__name__}: {error}")], None)
            continue
        try:
            decoded.append((message, DealRecord.model_validate(payload)))
        except ValidationError as error:
            reject(message, _message_date(message), "invalid_record", _contract_failures(error), None)

    # one row per mention per batch: the latest extraction wins (a replay or an edited article)
    latest: dict[str, tuple[datetime, int, ConsumerRecord]] = {}
    for message, record in decoded:
        rank = (record.extracted_at, message.offset, message)
        if record.mention_id not in latest or rank[:2] >= latest[record.mention_id][:2]:
            latest[record.mention_id] = rank
    candidates: list[rules.Candidate] = []
    sources: list[ConsumerRecord] = []
    for message, record in decoded:
        winner = latest[record.mention_id][2]
        if winner is not message:
            kind = "duplicate" if winner.value == message.value else "superseded"
            why = "same bytes as" if kind == "duplicate" else "a later extraction of this mention is at"
            reject(message, curated.record_date(record), kind,
                   [Failure(f"{kind}_message", "mention_id", f"{why} offset {winner.offset}")], record)
            continue
        candidates.append(rules.Candidate(record=record, offset=message.offset, timestamp_ms=message.timestamp))
        sources.append(message)

    verdict = runner.validate(rules.frame(candidates), label)
    for index, (candidate, message) in enumerate(zip(candidates, sources, strict=True)):
        day = curated.record_date(candidate.record)
        failed = verdict.failures.get(index)
        if failed:
            reject(message, day, "failed_expectations", failed, candidate.record)
        else:
            out.valid.setdefault(day, []).append(candidate.record)
            out.messages[candidate.record.mention_id] = message
            out.counts["valid"] += 1
    return out


def drop_curated_elsewhere(assessment: Assessment, owners: dict[str, Owner], ours: Owner) -> list[dict[str, Any]]:
    """Move each valid record whose mention version another batch owns to quarantine as a duplicate.

    ``owners`` maps mention_id to the batch recorded as curating that version. Returns what was moved, for the run
    report. The order of what stays and what moves depends only on the batch and the owners, so a rerun writes the
    same bytes.
    """
    moved: list[dict[str, Any]] = []
    for day in sorted(assessment.valid):
        kept: list[DealRecord] = []
        for record in assessment.valid[day]:
            owner = owners[record.mention_id]
            if owner == ours:
                kept.append(record)
                continue
            message = assessment.messages.pop(record.mention_id)
            failure = Failure("duplicate_mention", "mention_id",
                              f"already curated by batch {owner.stem} (same mention, article version and extractor)")
            assessment.rejected.setdefault(day, []).append(_rejection(message, "duplicate", [failure], record))
            for name, step in (("valid", -1), ("quarantined", 1), ("duplicate", 1), ("duplicate_mentions", 1)):
                assessment.counts[name] += step
            assessment.failures[failure.rule] += 1
            moved.append({"mention_id": record.mention_id, "offset": message.offset, "curated_by": owner.stem})
        if kept:
            assessment.valid[day] = kept
        else:
            del assessment.valid[day]
    return moved


def planned_objects(settings: Settings, stem: str, assessment: Assessment) -> list[tuple[str, str, bytes, str]]:
    """(bucket, key, bytes, content type) for a batch, in a fixed order."""
    objects: list[tuple[str, str, bytes, str]] = []
    for day in sorted(assessment.valid):
        records = assessment.valid[day]
        objects.append((settings.bucket_curated, curated.data_key(day, stem, "jsonl"),
                        curated.jsonl([r.model_dump_json() for r in records]), curated.JSONL))
        objects.append((settings.bucket_curated, curated.data_key(day, stem, "parquet"),
                        curated.parquet(records), curated.PARQUET))
    for day in sorted(assessment.rejected):
        objects.append((settings.bucket_quarantine, curated.data_key(day, stem, "jsonl"),
                        curated.jsonl(assessment.rejected[day]), curated.JSONL))
    return objects


# --- partitions, recovery and batch cutting -----------------------------------------------


_UNKNOWN = object()


@dataclass
class _Partition:
    start: int
    buffer: list[ConsumerRecord] = field(default_factory=list)
    claim: Any = _UNKNOWN  # Claim | None once looked up for ``start``


class _Recovery(ConsumerRebalanceListener):
    """Tracks assignments; new partitions resume after the last range the store says is written.

    kafka-python 3 runs listeners on its IO thread, where blocking calls are
    refused, so the listener only notes changes and ``recover`` does the work
    from the poll loop.
    """

    def __init__(self, consumer: KafkaConsumer, client: BaseClient, settings: Settings, report: StageReport) -> None:
        self.consumer, self.client, self.settings, self.report = consumer, client, settings, report
        self.parts: dict[TopicPartition, _Partition] = {}
        self.fresh: set[TopicPartition] = set()

    def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        for tp in revoked:
            self.parts.pop(tp, None)
            self.fresh.discard(tp)

    def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        self.fresh.update(assigned)

    def recover(self) -> tuple[list[tuple[TopicPartition, int]], set[TopicPartition]]:
        """Seek fresh partitions to their resume point; return the offsets to commit at once and the partitions sought.

        What the poll before returned for a sought partition was fetched from the position the group had before
        the seek (a partition given back to this member resumes where its fetcher stood, past the records of the
        half-buffered batch that left with it): it is dropped and the next poll reads from the resume point.
        """
        commits = []
        sought = set(self.fresh)
        for tp in sorted(self.fresh, key=lambda t: (t.topic, t.partition)):
            committed = self.consumer.committed(tp)
            begin = self.consumer.beginning_offsets([tp])[tp]
            marker = curated.read_marker(self.client, self.settings, tp.topic, tp.partition)
            start = max(begin, committed if committed is not None else begin)
            if marker is not None and marker.next_offset > start:
                start = marker.next_offset
                commits.append((tp, start))
                self.report.count("recovered_partitions")
                log.info("%s: store says [%d..%d] is written; resuming at %d", tp, marker.first, marker.last, start)
            self.consumer.seek(tp, start)
            self.parts[tp] = _Partition(start=start)
        self.fresh.clear()
        return commits, sought


def _cut(
    part: _Partition, tp: TopicPartition, client: BaseClient, settings: Settings, caught_up: bool
) -> tuple[list[ConsumerRecord], Claim | None] | None:
    """The next batch of a partition: a claimed range exactly, else up to ``batch_size`` records."""
    if not part.buffer:
        return None
    if part.claim is _UNKNOWN:
        part.claim = curated.read_claim(client, settings, tp.topic, tp.partition, part.start)
    claim: Claim | None = part.claim
    if claim is not None:
        if part.buffer[-1].offset < claim.last:
            return None
        return [r for r in part.buffer if r.offset <= claim.last], claim
    if len(part.buffer) >= settings.batch_size:
        return part.buffer[: settings.batch_size], None
    if caught_up:
        return list(part.buffer), None
    return None


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        log.warning("crash hook %s: exiting without commit", name)
        os._exit(17)


@dataclass
class _Run:
    settings: Settings
    client: BaseClient
    consumer: KafkaConsumer
    runner: SuiteRunner
    report: StageReport
    failures: Counter[str] = field(default_factory=Counter)
    pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=OWNER_THREADS, thread_name_prefix="validate-owner"))

    def owners(self, claim: Claim, assessment: Assessment) -> dict[str, Owner]:
        """Take ownership of every valid record's mention version for this batch; mention_id → the recorded owner."""
        ours = Owner.of(claim)
        records = [record for day in sorted(assessment.valid) for record in assessment.valid[day]]
        found = self.pool.map(
            lambda record: curated.own_mention(self.client, self.settings, curated.owner_key(record), ours), records)
        return {record.mention_id: owner for record, owner in zip(records, found, strict=True)}

    def process(self, tp: TopicPartition, part: _Partition, messages: list[ConsumerRecord], claimed: Claim | None) -> bool:
        """Write one batch and commit it; False when another run's claim changed the range."""
        first, last = messages[0].offset, messages[-1].offset
        stem = curated.range_stem(tp.topic, tp.partition, first, last)
        assessment = assess(messages, self.runner, stem)
        objects = planned_objects(self.settings, stem, assessment)
        claim = Claim(topic=tp.topic, partition=tp.partition, start=part.start, first=first, last=last,
                      count=len(messages), objects=[f"{bucket}/{key}" for bucket, key, _, _ in objects])
        if claimed is None:
            winner = curated.claim_batch(self.client, self.settings, claim)
            if winner != claim:
                part.claim = winner
                if (winner.first, winner.last) == (first, last):
                    raise ObjectConflict(f"{stem}: claimed objects {winner.objects} differ from {claim.objects}")
                return False
        elif claimed != claim:
            raise ObjectConflict(f"{stem}: this run derives {claim.objects}, the claim says {claimed.objects}")
        _crash_point("claimed")
        # after the claim (an owner must name a range that will be written) and before any object (a crash leaves
        # owners whose batch a rerun re-cuts from the claim, so they still read as ours)
        duplicates = drop_curated_elsewhere(assessment, self.owners(claim, assessment), Owner.of(claim))
        if duplicates:
            objects = planned_objects(self.settings, stem, assessment)
            claim = claim.model_copy(update={"objects": [f"{bucket}/{key}" for bucket, key, _, _ in objects]})
        _crash_point("owned")
        for bucket, key, body, content_type in objects:
            outcome = curated.write_once(self.client, bucket, key, body, content_type)
            self.report.count(f"objects_{outcome}")
        _crash_point("written")
        curated.mark_written(self.client, self.settings, claim)
        _crash_point("marked")
        self._commit(tp, claim.next_offset)
        self.report.counts.update(assessment.counts)
        self.failures.update(assessment.failures)
        self.report.count("batches")
        self.report.details.append(
            {"partition": tp.partition, "first": first, "last": last, "records": len(messages),
             "valid": assessment.counts["valid"], "quarantined": assessment.counts["quarantined"],
             "objects": claim.objects, **({"duplicates": duplicates} if duplicates else {})}
        )
        part.start = claim.next_offset
        part.buffer = [r for r in part.buffer if r.offset > last]
        part.claim = _UNKNOWN
        return True

    def commit_past_markers(self, parts: dict[TopicPartition, _Partition]) -> None:
        """A drained partition whose position stands past its last batch skipped only transaction markers (the
        candidates are written in transactions): committing the position says so, and the lag reads 0, not 1."""
        for tp, part in parts.items():
            if part.buffer:
                continue
            position = self.consumer.position(tp)
            if position is not None and position > part.start:
                self._commit(tp, position)
                part.start = position
                part.claim = _UNKNOWN

    def _commit(self, tp: TopicPartition, offset: int) -> None:
        try:
            self.consumer.commit({tp: OffsetAndMetadata(offset, None, -1)})
        except CommitFailedError as error:
            # The objects are durable and the marker moved: the partition's next owner resumes after them.
            self.report.problem(f"{tp.topic}/{tp.partition}", "commit_failed", str(error))
        except KafkaTimeoutError as error:
            # kafka-python's commit timeout has no message ("KafkaTimeoutError: None"): say what the wait was
            timed_out = silent_broker(self.settings.kafka_bootstrap_servers, self.settings.kafka_max_block_ms,
                                      f"committing offset {offset} of {tp.topic}/{tp.partition}", OFFSET_COMMIT_IN_DOUBT)
            raise OffsetCommitFailed(str(timed_out)) from error
        except KafkaError as error:
            raise OffsetCommitFailed(
                f"{tp.topic}/{tp.partition}: committing offset {offset} failed ({describe(error)}); the "
                "batch's objects and the partition's marker are written, so the next run resumes after the batch"
            ) from error


def run(settings: Settings, *, max_batches: int | None = None) -> StageReport:
    """Validate the candidates backlog into the buckets; stop when drained or after ``max_batches``.

    One run per process: Great Expectations keeps one project per process, so parallel runs are processes (mapped
    tasks, CLI commands), not threads.
    """
    limit = max_batches if max_batches is not None else settings.max_batches
    report = StageReport(stage=STAGE)
    client = s3_client(settings)
    with store_answering(settings, "publishing the curated schema", "nothing was read or written"):
        curated.publish_schema(client, settings)
    runner = SuiteRunner()
    consumer: KafkaConsumer | None = None
    job: _Run | None = None
    failures: Counter[str] = Counter()
    store_silent = False
    try:
        # inside the try: a broker that does not answer the first contact is named in the run summary too
        consumer = make_consumer(settings, settings.group_validate)
        recovery = _Recovery(consumer, client, settings, report)
        consumer.subscribe([settings.topic_candidates], listener=recovery)
        job = _Run(settings, client, consumer, runner, report, failures)
        with answering(settings, "validating the candidates",
                       "offsets move only after a batch's objects are written; the next run resumes from there"), \
                store_answering(settings, "writing a batch's objects, claim or marker",
                                "the batch's offsets are not committed; the next run writes the same names with the "
                                "same bytes (an object that landed late is found present, not written twice)"):
            _drain(job, recovery, limit)
    except Exception as error:  # noqa: BLE001 - reported and re-raised after the run summary is out
        report.problem(settings.topic_candidates, type(error).__name__, str(error))
        store_silent = isinstance(error, StoreUnavailable)
        raise
    finally:
        if consumer is not None:
            consumer.close(autocommit=False)
        if job is not None:
            # a store that stopped answering failed one owner PUT: do not wait out the queued others one by one
            job.pool.shutdown(wait=False, cancel_futures=True)
        report.finish()
        try:
            if store_silent:
                # each upload would wait out the S3 settings again (Data Docs are a dozen objects): fail after one wait
                log.warning("run summary and Data Docs not uploaded: the object store did not answer")
            else:
                _publish_run(settings, client, runner, report, failures)
        finally:
            runner.close()  # a failed upload must not leave the run's GX project in /tmp
    return report


def _drain(job: _Run, recovery: _Recovery, limit: int | None) -> None:
    settings = job.settings
    drain = Drain(job.consumer, settings)
    while limit is None or job.report.counts["batches"] < limit:
        polled = job.consumer.poll(timeout_ms=settings.poll_timeout_ms, max_records=settings.batch_size)
        commits, sought = recovery.recover()
        for tp, offset in commits:
            job._commit(tp, offset)
        for tp, messages in polled.items():
            part = recovery.parts.get(tp)
            if part is None or tp in sought:
                continue
            tail = part.buffer[-1].offset if part.buffer else part.start - 1
            part.buffer.extend(m for m in messages if m.offset > tail)
        if polled:
            drain.progress()
        drained = not polled and drain.empty()
        for tp in sorted(recovery.parts, key=lambda t: (t.topic, t.partition)):
            part = recovery.parts[tp]
            while limit is None or job.report.counts["batches"] < limit:
                cut = _cut(part, tp, job.client, settings, caught_up=tp not in polled)
                if cut is None:
                    break
                messages, claimed = cut
                job.process(tp, part, messages, claimed)
        if drained:
            job.commit_past_markers(recovery.parts)
            waiting = [tp for tp, part in recovery.parts.items() if part.buffer]
            for tp in waiting:
                job.report.problem(f"{tp.topic}/{tp.partition}", "claim_unfinished",
                                   "a claimed range could not be re-read in full; will retry next run")
            return


# --- what ops see: run summary and Data Docs -------------------------------------------------


def _publish_run(
    settings: Settings, client: BaseClient, runner: SuiteRunner, report: StageReport, failures: Counter[str]
) -> None:
    """Upload this run's Data Docs and summary to the reports bucket (timestamps allowed here)."""
    run_id = f"{report.started_at.strftime('%Y%m%dT%H%M%SZ')}-{uuid.uuid4().hex[:8]}"
    docs_prefix = f"data-docs/validate/{run_id}"
    try:
        site = runner.build_docs()
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            client.put_object(Bucket=settings.bucket_reports, Key=f"{docs_prefix}/{path.relative_to(site).as_posix()}",
                              Body=path.read_bytes(), ContentType=content_type)
    except Exception as error:  # noqa: BLE001 - docs are for ops; their failure must not undo the data
        report.problem(settings.bucket_reports, "data_docs_failed", f"{type(error).__name__}: {error}")
        docs_prefix = ""
    summary = {
        "run_id": run_id,
        "stage": STAGE,
        "topic": settings.topic_candidates,
        "started_at": report.started_at.isoformat(),
        "finished_at": report.finished_at.isoformat() if report.finished_at else None,
        "records_in": report.counts["records_in"],
        "valid": report.counts["valid"],
        "quarantined": report.counts["quarantined"],
        "duplicate_mentions": report.counts["duplicate_mentions"],
        "batches": report.counts["batches"],
        "objects_written": report.counts["objects_written"],
        "objects_present": report.counts["objects_present"],
        "failures_per_expectation": dict(sorted(failures.items())),
        "data_docs": f"s3://{settings.bucket_reports}/{docs_prefix}/index.html" if docs_prefix else None,
        "problems": [p.model_dump() for p in report.problems],
        "batches_written": report.details,
    }
    key = f"runs/validate/{run_id}.json"
    try:
        client.put_object(Bucket=settings.bucket_reports, Key=key, Body=json.dumps(summary, indent=2).encode(),
                          ContentType="application/json")
        report.details.append({"run_summary": f"s3://{settings.bucket_reports}/{key}", "data_docs": summary["data_docs"]})
    except Exception as error:  # noqa: BLE001
        report.problem(settings.bucket_reports, "summary_failed", f"{type(error).__name__}: {error}")

