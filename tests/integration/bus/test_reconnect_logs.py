"""What an Airflow task log gets from kafka-python while the broker is down: one line per attempt to reach it."""

from __future__ import annotations

import logging
import time

import pytest

from pipeline.bus.consumer import make_consumer
from pipeline.settings import Settings
from pipeline.stack import kafka
from tests.integration.test_broker_loss import own_broker  # noqa: F401 - a fixture

pytestmark = pytest.mark.integration


def test_a_consumer_whose_broker_is_down_logs_one_line_per_reconnect_attempt(
    own_broker: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """Measured before: 47 kafka lines in 20 s for 8 attempts (the connect failure, then the connection, metadata,
    coordinator and fetcher each saying it again, and an INFO line per attempt)."""
    settings = own_broker.model_copy(update={"kafka_reconnect_backoff_max_ms": 2000})
    consumer = make_consumer(settings, settings.group_extract, settings.topic_raw)
    try:
        deadline = time.monotonic() + 30
        while not consumer.assignment() and time.monotonic() < deadline:
            consumer.poll(timeout_ms=500)
        assert consumer.assignment(), "the consumer joined its group before the broker stopped"
        kafka.service(settings).stop()
        with caplog.at_level(logging.INFO):  # Airflow's task log level
            caplog.clear()
            end = time.monotonic() + 12
            while time.monotonic() < end:
                consumer.poll(timeout_ms=500)
        lines = [r for r in caplog.records if r.name.startswith("kafka")]
        attempts = [r for r in lines if r.getMessage().startswith("Connection failed: ")]
        assert len(attempts) >= 3, [r.getMessage() for r in lines]
        # an outage's one-off notices ("socket disconnected", the coordinator marked dead) may come on top
        assert len(lines) <= len(attempts) + 3, "\n".join(f"{r.levelname} {r.name} {r.getMessage()}" for r in lines)
    finally:
        consumer.close(autocommit=False)
