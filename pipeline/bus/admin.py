"""Topic administration: create the pipeline's topics idempotently."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from typing import TypeVar

from pipeline.bus.broker import connect, silent_broker
from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import KafkaAdminClient
    from kafka.errors import (
        KafkaConnectionError,
        KafkaTimeoutError,
        NodeNotReadyError,
        RequestTimedOutError,
        TopicAlreadyExistsError,
    )

T = TypeVar("T")

UNANSWERED = (KafkaTimeoutError, RequestTimedOutError, KafkaConnectionError, NodeNotReadyError)
"""How kafka-python's admin says a broker did not answer one request: each fails the call at once, without a retry."""


def admin_client(settings: Settings, **overrides: object) -> KafkaAdminClient:
    """An admin client whose waits ``DEALWIRE_KAFKA_MAX_BLOCK_MS`` bounds: its requests, and the handshake of a
    connection it opens during a call (to the node the metadata names, after bootstrapping from another), were fixed
    at 15 s and kafka-python's 10 s, so a frozen broker failed a call with "RequestTimedOutError: Request timed out
    after 9999 ms" whatever the limit said."""
    config = settings.kafka_client_config() | {"client_id": "dealwire-admin",
                                               "request_timeout_ms": settings.kafka_max_block_ms}
    client = connect(settings, "connecting the admin client", KafkaAdminClient, config | overrides)
    # KafkaAdminClient refuses the handshake settings as arguments, though its connection manager reads them for
    # every connection it opens after bootstrapping (kafka-python 3.0, pinned in constraints.txt)
    manager_config = getattr(getattr(client, "_manager", None), "config", None)
    if isinstance(manager_config, dict):
        manager_config["socket_connection_setup_timeout_ms"] = settings.kafka_max_block_ms
        manager_config["socket_connection_setup_timeout_max_ms"] = settings.kafka_max_block_ms
    return client


def within_limit(settings: Settings, step: str, call: Callable[[], T], consequence: str = "") -> T:
    """``call`` (one admin request) retried while the broker does not answer, until ``DEALWIRE_KAFKA_MAX_BLOCK_MS``
    has passed; then ``BrokerUnavailable`` naming ``step``. A refused connection fails in milliseconds, so a broker
    restarting within the limit is waited for; a request left unanswered uses the whole limit on its own."""
    deadline = time.monotonic() + settings.kafka_max_block_ms / 1000
    while True:
        try:
            return call()
        except UNANSWERED as error:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise silent_broker(
                    settings.kafka_bootstrap_servers, settings.kafka_max_block_ms, step, consequence
                ) from error
            time.sleep(min(settings.kafka_reconnect_backoff_max_ms / 1000, 0.5, remaining))


def ensure_topics(settings: Settings, topics: list[str] | None = None) -> list[str]:
    """Create missing topics; return the ones this call created."""
    wanted = topics if topics is not None else settings.topics
    admin = admin_client(settings)
    try:
        existing = set(within_limit(settings, "listing the topics", admin.list_topics, "no topic was created"))
        missing = [t for t in wanted if t not in existing]
        created: list[str] = []
        for topic in missing:
            spec = {topic: {"num_partitions": settings.kafka_partitions,
                            "replication_factor": settings.kafka_replication_factor}}
            try:
                # a retry after a request that reached the broker finds the topic made: TopicAlreadyExistsError
                within_limit(settings, f"creating the topic {topic}", lambda: admin.create_topics(spec),
                             f"created before it: {', '.join(created) or 'none'}; a rerun creates the rest")
                created.append(topic)
            except TopicAlreadyExistsError:
                pass  # another process won the race (or our own timed-out attempt landed): the topic exists
        return created
    finally:
        admin.close()


def list_topics(settings: Settings) -> list[str]:
    admin = admin_client(settings)
    try:
        return sorted(within_limit(settings, "listing the topics", admin.list_topics))
    finally:
        admin.close()
