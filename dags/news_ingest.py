"""
# news_ingest — poll the news sources, publish RawItems to Kafka

**Owner:** dealwire · **Schedule:** `DEALWIRE_INGEST_SCHEDULE` (default every 15 min),
no catchup, one active run at a time.

## Tasks
| task | does | a failure means |
| --- | --- | --- |
| `enabled_sources` | reads the sources file (`DEALWIRE_SOURCES_FILE`) and lists the enabled source ids | the sources file is missing or invalid: nothing was fetched; fix the file |
| `fetch_source` (one mapped task per source, pool `DEALWIRE_FETCH_POOL`) | fetches one feed, publishes new and changed items to the raw topic (key = item_id), records the dedup state in S3 after Kafka acknowledged | that source failed after its retries (exponential backoff): network, HTTP error, malformed feed, or Kafka/S3 down. Other sources are not affected. The log names the error kind. |
| `summary` | logs one row per source (fetched/new/updated/unchanged/errors) and emits the raw-topic Asset event that schedules `deal_pipeline` | every source failed this cycle |

## Replay
Clear the failed `fetch_source` map index (or the whole run) in the UI, or run
`dealwire ingest` by hand. Publishing is idempotent per item: dedup state is only
written after Kafka acknowledged the items, so a retry re-publishes at most the
items of the failed attempt, and downstream stages key everything by item/deal id.

A missed deadline (`DEALWIRE_INGEST_DEADLINE_MIN`) calls `DEALWIRE_DEADLINE_CALLBACK`.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import dag, get_current_context, task

from pipeline.orchestration import INGEST_DAG, OWNER, deadline, raw_asset, task_defaults
from pipeline.settings import Settings

SETTINGS = Settings()


@dag(
    dag_id=INGEST_DAG,
    schedule=SETTINGS.ingest_schedule,
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args=task_defaults(SETTINGS),
    tags=["dealwire", "ingest", "kafka"],
    owner_links={OWNER: "https://github.com/dealwire/dealwire"},
    doc_md=__doc__,
    deadline=deadline(SETTINGS, SETTINGS.ingest_deadline_min, what=INGEST_DAG),
)
def news_ingest() -> None:
    @task(execution_timeout=timedelta(minutes=2))
    def enabled_sources() -> list[str]:
        """Only ids cross XCom: each mapped task loads its own source definition."""
        from pipeline.feeds.sources import load_sources

        return [source.id for source in load_sources(Settings().sources_file) if source.enabled]

    @task(
        pool=SETTINGS.fetch_pool,
        execution_timeout=timedelta(seconds=SETTINGS.fetch_timeout_s),
        map_index_template="{{ source_id }}",
    )
    def fetch_source(source_id: str) -> dict[str, Any]:
        from pipeline.orchestration import fail_on_problems, source_rows
        from pipeline.stages import ingest

        get_current_context()["source_id"] = source_id  # type: ignore[typeddict-unknown-key]  # names the map index
        report = ingest.run(Settings(), source_ids=[source_id])
        fail_on_problems(report, what=f"source {source_id}")
        return source_rows(report)

    @task(trigger_rule="all_done", outlets=[raw_asset(SETTINGS)], execution_timeout=timedelta(minutes=2))
    def summary(source_ids: list[str]) -> dict[str, int]:
        from pipeline.orchestration import summarize_sources

        ti = get_current_context()["ti"]
        results = [ti.xcom_pull(task_ids="fetch_source", map_indexes=i) for i in range(len(source_ids))]
        return summarize_sources(source_ids, results)

    ids = enabled_sources()
    fetched = fetch_source.expand(source_id=ids)
    fetched >> summary(ids)  # type: ignore[arg-type]  # TaskFlow resolves the XComArg to the list at run time


news_ingest()
