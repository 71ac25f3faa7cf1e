"""Topic administration: create the pipeline's topics idempotently."""

from __future__ import annotations

import warnings

from pipeline.bus.broker import connect
from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka import KafkaAdminClient
    from kafka.errors import TopicAlreadyExistsError


def admin_client(settings: Settings, **overrides: object) -> KafkaAdminClient:
    config = settings.kafka_client_config() | {"client_id": "dealwire-admin", "request_timeout_ms": 15_000}
    return connect(settings, "connecting the admin client", lambda: KafkaAdminClient(**(config | overrides)))


def ensure_topics(settings: Settings, topics: list[str] | None = None) -> list[str]:
    """Create missing topics; return the ones this call created."""
    wanted = topics if topics is not None else settings.topics
    admin = admin_client(settings)
    try:
        existing = set(admin.list_topics())
        missing = [t for t in wanted if t not in existing]
        created: list[str] = []
        for topic in missing:
            try:
                admin.create_topics(
                    {
                        topic: {
                            "num_partitions": settings.kafka_partitions,
                            "replication_factor": settings.kafka_replication_factor,
                        }
                    }
                )
                created.append(topic)
            except TopicAlreadyExistsError:
                pass  # another process won the race: the topic exists, which is all we want
        return created
    finally:
        admin.close()


def list_topics(settings: Settings) -> list[str]:
    admin = admin_client(settings)
    try:
        return sorted(admin.list_topics())
    finally:
        admin.close()
