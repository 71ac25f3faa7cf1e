"""Keyed, idempotent producers and the dead-letter path.

Every producer waits for ``acks=all`` and has idempotence on, so a retried send
never duplicates a record. Values are JSON bytes built by the caller from the
pydantic models, keys are the record ids, so one id always lands on one partition.
"""

from __future__ import annotations

import json
import traceback
import warnings
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import KafkaProducer


def make_producer(settings: Settings, *, transactional_id: str | None = None, **overrides: Any) -> KafkaProducer:
    config: dict[str, Any] = settings.kafka_client_config() | {
        "acks": "all",
        "enable_idempotence": True,
        "linger_ms": 5,
        "retries": 2_147_483_647,
        "max_in_flight_requests_per_connection": 5,
        "key_serializer": None,
        "value_serializer": None,
    }
    if transactional_id is not None:
        config["transactional_id"] = transactional_id
    producer = KafkaProducer(**(config | overrides))
    if transactional_id is not None:
        producer.init_transactions()
    return producer


def encode_json(payload: Mapping[str, Any] | str) -> bytes:
    """UTF-8 JSON bytes; a ``str`` is taken as already-serialised JSON."""
    if isinstance(payload, str):
        return payload.encode("utf-8")
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def error_headers(
    error: BaseException,
    *,
    stage: str,
    topic: str,
    partition: int,
    offset: int,
) -> list[tuple[str, bytes]]:
    """Headers that tell ops why a message went to the DLQ and where it came from."""
    trace = "".join(traceback.format_exception_only(type(error), error)).strip()
    return [
        ("dlq.error.class", type(error).__name__.encode()),
        ("dlq.error.message", str(error)[:2000].encode("utf-8", "replace")),
        ("dlq.error.trace", trace[:4000].encode("utf-8", "replace")),
        ("dlq.stage", stage.encode()),
        ("dlq.source.topic", topic.encode()),
        ("dlq.source.partition", str(partition).encode()),
        ("dlq.source.offset", str(offset).encode()),
        ("dlq.failed_at", datetime.now(timezone.utc).isoformat().encode()),
    ]


def send_to_dlq(
    producer: KafkaProducer,
    settings: Settings,
    *,
    stage: str,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
    error: BaseException,
) -> Any:
    """Forward the original bytes untouched to ``<topic>.dlq`` with the error in headers."""
    return producer.send(
        settings.dlq_topic(topic),
        key=key,
        value=value,
        headers=error_headers(error, stage=stage, topic=topic, partition=partition, offset=offset),
    )
