"""
# dlq_replay — send the raw topic's dead letters through extract again

**Owner:** dealwire · **Runs when** someone triggers it (no schedule): after the
cause of the dead letters was fixed (an extractor release, a contract change).
One active run at a time.

## Tasks
| task | does | a failure means |
| --- | --- | --- |
| `replay` | re-publishes every letter of `news.raw.v1.dlq` that no replay has sent yet to `news.raw.v1`, with its key, bytes, partition and first timestamp, one Kafka transaction per batch with the replay group's offsets (`DEALWIRE_GROUP_REPLAY`); stops at the DLQ's end as it was when the run began; emits the raw-topic Asset event, which schedules `deal_pipeline` | Kafka unreachable or the producer was fenced by another replay: the open batch was aborted and the retry resumes after the last committed letter; nothing is sent twice |

Look at the letters first with `dealwire dlq show` (`--pending`: not yet replayed).
A letter that fails again goes back to the DLQ as a new letter and waits for the
next replay.

## Replay
Clear the failed task or trigger the DAG again: the replay group's offsets make
every run send only what no run has sent. To send letters again on purpose,
reset the group (`kafka-consumer-groups.sh --reset-offsets --group dealwire-replay
--topic news.raw.v1.dlq --to-earliest --execute`); extract keys its records by
deal and mention, and validate keeps one row per mention and extraction.

A missed deadline (`DEALWIRE_PIPELINE_DEADLINE_MIN`) calls `DEALWIRE_DEADLINE_CALLBACK`.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import dag, task

from pipeline.orchestration import OWNER, REPLAY_DAG, deadline, raw_asset, task_defaults
from pipeline.settings import Settings

SETTINGS = Settings()


@dag(
    dag_id=REPLAY_DAG,
    schedule=None,
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args=task_defaults(SETTINGS),
    tags=["dealwire", "replay", "dlq", "kafka"],
    owner_links={OWNER: "https://github.com/dealwire/dealwire"},
    doc_md=__doc__,
    deadline=deadline(SETTINGS, SETTINGS.pipeline_deadline_min, what=REPLAY_DAG),
)
def dlq_replay() -> None:
    @task(outlets=[raw_asset(SETTINGS)], execution_timeout=timedelta(seconds=SETTINGS.stage_timeout_s))
    def replay() -> dict[str, Any]:
        from pipeline.orchestration import report_xcom
        from pipeline.stages import replay as stage

        return report_xcom(stage.run(Settings()))

    replay()


dlq_replay()
