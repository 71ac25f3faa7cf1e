"""Topic administration against a broker that stops answering after the admin client connected (SIGSTOP on the test's
own broker, resumed in a ``finally``): the call fails with ``BrokerUnavailable`` within the limit every other Kafka wait
has, not after kafka-python's own request and connection timeouts with an unnamed ``RequestTimedOutError``."""

from __future__ import annotations

import time

import pytest

from pipeline.bus import admin as admin_module
from pipeline.bus.admin import ensure_topics, list_topics
from pipeline.bus.broker import BrokerUnavailable
from pipeline.settings import Settings
from pipeline.stack import kafka
from tests.integration.test_broker_loss import SLACK_S, own_broker  # noqa: F401 - own_broker: a fixture
from tests.integration.test_frozen_services import frozen

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("limit_ms", [3_000, 16_000])
def test_ensure_topics_whose_broker_freezes_after_the_admin_connected_fails_named_within_the_limit(
    own_broker: Settings, monkeypatch: pytest.MonkeyPatch, limit_ms: int
) -> None:
    """Under the limit (3 s) the admin waited kafka-python's 10 s connection handshake; above it (16 s) it gave up at
    those 10 s, before the limit, with "RequestTimedOutError: Request timed out after 9999 ms"."""
    settings = own_broker.model_copy(update={"kafka_max_block_ms": limit_ms})
    connect = admin_module.admin_client
    with frozen(kafka.service(settings)) as freeze:
        froze_at: list[float] = []

        def connect_then_freeze(settings: Settings, **overrides: object) -> admin_module.KafkaAdminClient:
            client = connect(settings, **overrides)
            freeze()
            froze_at.append(time.monotonic())
            return client

        monkeypatch.setattr(admin_module, "admin_client", connect_then_freeze)
        with pytest.raises(BrokerUnavailable) as raised:
            ensure_topics(settings, ["test.admin.frozen"])
        waited = time.monotonic() - froze_at[0]
    assert limit_ms / 1000 * 0.9 <= waited <= limit_ms / 1000 * 1.5 + SLACK_S, f"failed after {waited:.1f} s"
    assert f"DEALWIRE_KAFKA_MAX_BLOCK_MS={limit_ms}" in str(raised.value), str(raised.value)
    assert "listing the topics" in str(raised.value), str(raised.value)
    monkeypatch.undo()
    assert "test.admin.frozen" not in list_topics(settings), "nothing was created while the broker was frozen"
