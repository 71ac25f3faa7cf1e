"""
# deal_pipeline — raw news items to curated deal records

**Owner:** dealwire · **Runs when** the raw topic gets data: on the Asset event
that `news_ingest` emits, and on any message another producer writes to the topic
(an `AssetWatcher` with the Kafka message-queue trigger). One active run at a time.

## Tasks
| task | does | a failure means |
| --- | --- | --- |
| `extract` | `DEALWIRE_EXTRACT_WORKERS` mapped instances (default 1), one consumer each in the extract group, drain the raw topic in bounded batches (`DEALWIRE_BATCH_SIZE`); each batch is one Kafka transaction: the deal candidates, the dead-lettered messages and the consumer offsets commit together | Kafka unreachable or the producer was fenced: the open batch was aborted, nothing half-written is visible to `read_committed` readers, and the retry resumes at the last committed offset |
| `validate` | `DEALWIRE_VALIDATE_WORKERS` mapped instances (default 1), one consumer each in the validate group, drain the candidates topic: valid records to the curated bucket, rejected ones (with reasons) to the quarantine bucket, then the offsets committed | S3 or Kafka unreachable: offsets were not committed, and the retry rewrites the same object names with the same bytes |

Messages that cannot be decoded or extracted are not failures: they go to
`news.raw.v1.dlq` with the error in the headers, and the task log and XCom count
them. Candidates that fail validation go to the quarantine bucket with their
bytes and reasons.

## Why the trigger only signals
The watcher's consumer commits a message's offset *before* the event is stored,
so its delivery is at-most-once: if the triggerer dies at the wrong moment the
event is lost. The trigger therefore carries no data. The tasks read the topics
themselves with their own consumer groups (`DEALWIRE_GROUP_EXTRACT`,
`DEALWIRE_GROUP_VALIDATE`) and commit only what is durable, so a lost or
duplicated signal only changes *when* the backlog is drained, never *what* lands.
Several signals while a run is active just queue another (cheap, empty) run.

## Replay
- Retry/clear the failed task: it resumes from the committed offsets.
- Reprocess everything: reset the consumer group offsets
  (`kafka-consumer-groups.sh --reset-offsets --group dealwire-extract --topic news.raw.v1 --to-earliest --execute`)
  and trigger this DAG; ids and object names are deterministic, so the curated
  bucket does not get duplicates.
- Poison messages: `dealwire dlq show` lists the dead letters with their errors;
  after the cause is fixed, `dealwire dlq replay` sends each back to the raw topic
  once (with its first key, partition and timestamp) and the next run extracts it.

A missed deadline (`DEALWIRE_PIPELINE_DEADLINE_MIN`) calls `DEALWIRE_DEADLINE_CALLBACK`.
Downstream DAGs can schedule on the curated-deals Asset this DAG emits.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import dag, task

from pipeline.orchestration import OWNER, PIPELINE_DAG, curated_asset, deadline, raw_asset, task_defaults
from pipeline.settings import Settings

SETTINGS = Settings()


@dag(
    dag_id=PIPELINE_DAG,
    schedule=[raw_asset(SETTINGS, watch=True)],
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args=task_defaults(SETTINGS),
    tags=["dealwire", "extract", "validate", "kafka", "s3"],
    owner_links={OWNER: "https://github.com/dealwire/dealwire"},
    doc_md=__doc__,
    deadline=deadline(SETTINGS, SETTINGS.pipeline_deadline_min, what=PIPELINE_DAG),
)
def deal_pipeline() -> None:
    @task(execution_timeout=timedelta(seconds=SETTINGS.stage_timeout_s))
    def extract(worker: int) -> dict[str, Any]:
        from pipeline.orchestration import report_xcom
        from pipeline.stages import extract as stage

        return report_xcom(stage.run(Settings(), worker=worker))

    @task(outlets=[curated_asset(SETTINGS)], execution_timeout=timedelta(seconds=SETTINGS.stage_timeout_s))
    def validate(worker: int) -> dict[str, Any]:
        """``worker`` only numbers the instance: validate batches are claimed in the state bucket, not by identity."""
        from pipeline.orchestration import report_xcom
        from pipeline.stages import validate as stage

        return report_xcom(stage.run(Settings()))

    # one consumer per mapped instance; the group shares the raw topic's partitions among them
    extracted = extract.expand(worker=list(range(SETTINGS.extract_workers)))
    extracted >> validate.expand(worker=list(range(SETTINGS.validate_workers)))


deal_pipeline()
