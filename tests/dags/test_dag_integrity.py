"""Every DAG file parses quickly and without errors, and carries what ops rely on:
retries, timeouts, owner, tags, schedules, deadline alerts, assets, docs. Parsing
needs no services; nothing here touches Kafka or S3."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from pipeline.orchestration import DAGS_FOLDER, INGEST_DAG, OWNER, PIPELINE_DAG, REPLAY_DAG
from pipeline.settings import Settings

DAG_FILES = sorted(p.name for p in DAGS_FOLDER.glob("*.py") if not p.name.startswith("_"))


def _bag(monkeypatch: pytest.MonkeyPatch | None = None, **env: str) -> Any:
    from airflow.dag_processing.dagbag import DagBag

    if monkeypatch is not None:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
    return DagBag(dag_folder=str(DAGS_FOLDER))


@pytest.fixture(scope="module")
def bag() -> Any:
    return _bag()


@pytest.fixture(scope="module")
def dags(bag: Any) -> dict[str, Any]:
    return dict(bag.dags)


def _tasks(dags: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for dag_id, dag in dags.items():
        for task in dag.tasks:
            yield f"{dag_id}.{task.task_id}", task


def test_every_dag_file_imports_without_errors_and_quickly(bag: Any) -> None:
    assert bag.import_errors == {}
    assert sorted(s.file.lstrip("/") for s in bag.dagbag_stats) == DAG_FILES
    slow = {s.file: s.duration for s in bag.dagbag_stats if s.duration > timedelta(seconds=5)}
    assert not slow, f"DAG files must parse fast (no I/O at import): {slow}"
    assert set(bag.dags) == {INGEST_DAG, PIPELINE_DAG, REPLAY_DAG}


def test_no_cycles(dags: dict[str, Any]) -> None:
    for dag in dags.values():
        dag.check_cycle()  # raises AirflowDagCycleException


def test_every_task_has_retries_backoff_and_a_timeout(dags: dict[str, Any]) -> None:
    for name, task in _tasks(dags):
        assert task.retries >= 1, name
        assert task.retry_exponential_backoff, name
        assert task.execution_timeout is not None and task.execution_timeout > timedelta(0), name
        assert task.owner == OWNER, name


def test_tags_owner_docs_and_one_active_run(dags: dict[str, Any]) -> None:
    for dag_id, dag in dags.items():
        assert "dealwire" in dag.tags, dag_id
        assert dag.owner == OWNER, dag_id
        assert dag.max_active_runs == 1, dag_id
        assert dag.catchup is False, dag_id
        assert dag.doc_md and "## Replay" in dag.doc_md and "## Tasks" in dag.doc_md, dag_id
        for task_id in dag.task_ids:
            assert f"`{task_id}`" in dag.doc_md, f"{dag_id}: doc_md says nothing about {task_id}"


def test_deadline_alerts_with_the_configured_callback(dags: dict[str, Any]) -> None:
    settings = Settings()
    for dag_id, dag in dags.items():
        alerts = dag.deadline if isinstance(dag.deadline, list) else [dag.deadline]
        assert len(alerts) == 1 and alerts[0] is not None, dag_id
        assert alerts[0].callback.path == settings.deadline_callback, dag_id


def test_ingest_schedule_pool_and_mapping(dags: dict[str, Any]) -> None:
    settings = Settings()
    dag = dags[INGEST_DAG]
    assert dag.timetable.expression == settings.ingest_schedule
    fetch = dag.get_task("fetch_source")
    assert fetch.pool == settings.fetch_pool
    from airflow.sdk.definitions.mappedoperator import MappedOperator

    assert isinstance(fetch, MappedOperator), "one mapped task instance per source"
    summary = dag.get_task("summary")
    assert summary.trigger_rule == "all_done", "one failing source must not hide the others' summary"
    assert [a.uri for a in summary.outlets] == [f"kafka://{settings.kafka_bootstrap_servers}/{settings.topic_raw}"]


def test_pipeline_runs_on_the_raw_asset_and_its_kafka_watcher(dags: dict[str, Any]) -> None:
    settings = Settings()
    dag = dags[PIPELINE_DAG]
    (asset,) = dag.timetable.asset_condition.objects
    assert asset.uri == dags[INGEST_DAG].get_task("summary").outlets[0].uri, "ingest's outlet schedules the pipeline"
    (watcher,) = asset.watchers
    trigger = watcher.trigger
    from airflow.providers.apache.kafka.triggers.await_message import AwaitMessageTrigger
    from airflow.sdk.module_loading import import_string

    assert isinstance(trigger, AwaitMessageTrigger), "the provider's Kafka trigger (pipeline.watcher.TopicWatcher)"
    classpath, kwargs = trigger.serialize()
    assert classpath == "pipeline.watcher.TopicWatcher" and type(import_string(classpath)) is type(type(trigger))
    assert kwargs["topics"] == [settings.topic_raw] and kwargs["kafka_config_id"] == "kafka_default"
    assert callable(import_string(kwargs["apply_function"]))
    assert [t.task_id for t in dag.topological_sort()] == ["extract", "validate"]
    assert [a.uri for a in dag.get_task("validate").outlets] == [f"s3://{settings.bucket_curated}/deals/v1"]


def test_replay_runs_only_when_triggered_and_its_letters_schedule_the_pipeline(dags: dict[str, Any]) -> None:
    dag = dags[REPLAY_DAG]
    assert type(dag.timetable).__name__ == "NullTimetable", "a replay is a decision, never a schedule"
    (replay,) = dag.tasks
    (pipeline_asset,) = dags[PIPELINE_DAG].timetable.asset_condition.objects
    assert [a.uri for a in replay.outlets] == [pipeline_asset.uri]


def test_settings_drive_the_dags(monkeypatch: pytest.MonkeyPatch) -> None:
    bag = _bag(
        monkeypatch,
        DEALWIRE_INGEST_SCHEDULE="*/5 * * * *",
        DEALWIRE_TOPIC_RAW="other.raw",
        DEALWIRE_FETCH_POOL="other_pool",
        DEALWIRE_TASK_RETRIES="7",
        DEALWIRE_DEADLINE_ALERTS="false",
        DEALWIRE_EXTRACT_WORKERS="3",
        DEALWIRE_VALIDATE_WORKERS="2",
    )
    ingest, pipeline = bag.dags[INGEST_DAG], bag.dags[PIPELINE_DAG]
    assert ingest.timetable.expression == "*/5 * * * *"
    assert ingest.get_task("fetch_source").pool == "other_pool"
    assert all(t.retries == 7 for t in ingest.tasks + pipeline.tasks)
    assert ingest.get_task("summary").outlets[0].name == "other.raw"
    assert pipeline.get_task("extract").op_kwargs_expand_input.value == {"worker": [0, 1, 2]}, "one consumer per mapped instance"
    assert pipeline.get_task("validate").op_kwargs_expand_input.value == {"worker": [0, 1]}
    assert not ingest.deadline and not pipeline.deadline


def test_no_secret_in_the_serialized_dags(monkeypatch: pytest.MonkeyPatch) -> None:
    from airflow.serialization.serialized_objects import DagSerialization

    # canary secrets, so the check does not depend on a running stack's credentials
    canaries = {
        "DEALWIRE_S3_SECRET_ACCESS_KEY": "canary-s3-secret-5e1f0c",
        "DEALWIRE_S3_READONLY_SECRET_ACCESS_KEY": "canary-ro-secret-8a2d47",
        "DEALWIRE_KAFKA_SASL_PASSWORD": "canary-sasl-secret-3b9e61",
    }
    dags = dict(_bag(monkeypatch, DEALWIRE_KAFKA_SECURITY_PROTOCOL="SASL_SSL", DEALWIRE_KAFKA_SASL_MECHANISM="PLAIN",
                     DEALWIRE_KAFKA_SASL_USERNAME="dealwire", DEALWIRE_TOPIC_RAW="canary-topic-41c7",
                     **canaries).dags)
    settings = Settings()
    assert settings.s3_secret_access_key is not None
    assert settings.s3_secret_access_key.get_secret_value() == canaries["DEALWIRE_S3_SECRET_ACCESS_KEY"]
    assert set(dags) == {INGEST_DAG, PIPELINE_DAG, REPLAY_DAG}
    blobs = {dag_id: json.dumps(DagSerialization.serialize_dag(dag), default=str) for dag_id, dag in dags.items()}
    # a setting given the same way does reach the serialized DAGs (the raw topic's asset): the check below can fail
    assert any("canary-topic-41c7" in blob for blob in blobs.values())
    for dag_id, blob in blobs.items():
        for secret in canaries.values():
            assert secret not in blob, f"{dag_id} serializes a secret"
