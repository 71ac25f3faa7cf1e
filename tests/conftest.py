"""Shared fixtures. Integration tests use the real local stack (`dealwire stack up`)
and give every test its own topics and buckets, so tests never see each other's data."""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The research data beside the repository (read in place, never copied)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the eval sets and feeds live in ../shared")
    return SHARED


@pytest.fixture(autouse=True)
def undo_logging() -> Iterator[None]:
    """Every test that configures logging (each in-process run of the ``dealwire`` command does) leaves it as it was:
    the command's stderr handler on the root logger and its levels of the kafka, botocore … loggers stayed for the rest
    of the session (lines printed into later tests' output, levels those tests did not choose)."""
    from pipeline.logs import undo_logging

    yield
    undo_logging()


@pytest.fixture(scope="session")
def stack_settings() -> Settings:
    """Settings of the running local stack; fails loudly if it is not up."""
    from pipeline import stack

    settings = Settings()
    down = [s.name for s in stack.status(settings) if not s.healthy]
    if down:
        pytest.fail(f"local stack not running ({', '.join(down)} down): run `dealwire stack up` or `make test`")
    return settings


@pytest.fixture
def isolated_settings(stack_settings: Settings) -> Iterator[Settings]:
    """Stack settings with fresh topics, consumer groups and buckets for this test only."""
    from pipeline.bus.admin import admin_client, ensure_topics
    from pipeline.store.s3 import ensure_buckets, s3_client

    tag = uuid.uuid4().hex[:10]
    settings = stack_settings.model_copy(
        update={
            "topic_raw": f"test.{tag}.raw",
            "topic_candidates": f"test.{tag}.candidates",
            "group_extract": f"test-{tag}-extract",
            "group_validate": f"test-{tag}-validate",
            "group_replay": f"test-{tag}-replay",
            # under each bucket's name: the stack's pipeline identity may use only the pipeline's buckets and their
            # copies (<bucket>-*), the read-only identity only the curated one and its copies
            "bucket_curated": f"{stack_settings.bucket_curated}-t{tag}",
            "bucket_quarantine": f"{stack_settings.bucket_quarantine}-t{tag}",
            "bucket_state": f"{stack_settings.bucket_state}-t{tag}",
            "bucket_reports": f"{stack_settings.bucket_reports}-t{tag}",
            "kafka_transactional_id_prefix": f"test-{tag}",
            "kafka_session_timeout_ms": 6000,
            "kafka_heartbeat_interval_ms": 2000,
            # a drained run ends after two empty polls, counted once it has read to the end (``Drain``): short polls
            # end it sooner, and a poll returns as soon as records arrive whatever its timeout
            "poll_timeout_ms": 300,
        }
    )
    ensure_topics(settings)
    ensure_buckets(settings)  # with the admin identity: the pipeline's may not create (nor delete) buckets
    yield settings
    admin = admin_client(settings)
    try:
        admin.delete_topics(settings.topics)
    except Exception as error:  # noqa: BLE001 - cleanup must not hide the test's result
        warnings.warn(f"could not delete test topics: {error}", stacklevel=1)
    finally:
        admin.close()
    client = s3_client(settings, admin=True)
    for bucket in settings.buckets:
        _empty_and_delete(client, bucket)


def _empty_and_delete(client: object, bucket: str) -> None:
    try:
        paginator = client.get_paginator("list_objects_v2")  # type: ignore[attr-defined]
        for page in paginator.paginate(Bucket=bucket):
            keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if keys:
                client.delete_objects(Bucket=bucket, Delete={"Objects": keys})  # type: ignore[attr-defined]
        client.delete_bucket(Bucket=bucket)  # type: ignore[attr-defined]
    except Exception as error:  # noqa: BLE001
        warnings.warn(f"could not delete test bucket {bucket}: {error}", stacklevel=1)


@pytest.fixture
def unique_name() -> Callable[[str], str]:
    return lambda prefix: f"{prefix}-{uuid.uuid4().hex[:10]}"
