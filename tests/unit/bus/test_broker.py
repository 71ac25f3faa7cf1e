"""The error a stage fails with when no broker answers: what it says, and that callers catching timeouts still do."""

from __future__ import annotations

import gc
import logging
import os
import threading
import warnings
from collections.abc import Callable

import pytest

from pipeline.bus.broker import BrokerUnavailable, answering, describe, silent_broker
from pipeline.settings import Settings
from tests.ports import free_port

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaConnectionError, KafkaTimeoutError


def test_a_silent_broker_is_named_with_its_servers_step_limit_setting_and_consequence() -> None:
    error = silent_broker(["127.0.0.1:19092", "127.0.0.1:19094"], 5000, "committing the transaction", "nothing moved")
    assert isinstance(error, KafkaTimeoutError), "callers that catch kafka-python's timeout still catch it"
    assert str(error) == ("Kafka at 127.0.0.1:19092,127.0.0.1:19094 did not answer within 5 s while committing the "
                          "transaction (DEALWIRE_KAFKA_MAX_BLOCK_MS=5000); nothing moved")
    assert "DEALWIRE" not in str(silent_broker("h:1", 2000, "aborting", setting=None)), "a wait no setting bounds"


def test_answering_turns_kafka_timeouts_into_broker_unavailable_and_lets_other_errors_through() -> None:
    settings = Settings(kafka_bootstrap_servers="127.0.0.1:19092", kafka_max_block_ms=3000)
    with pytest.raises(BrokerUnavailable, match=r"within 3 s while reading the lag .*; offsets unmoved") as caught:
        with answering(settings, "reading the lag", "offsets unmoved"):
            raise KafkaTimeoutError("Failed to get offsets by timestamps in 3000 ms")
    assert isinstance(caught.value.__cause__, KafkaTimeoutError), "kafka-python's own error stays the cause"
    with pytest.raises(KafkaConnectionError):
        with answering(settings, "reading the lag"):
            raise KafkaConnectionError("111 ECONNREFUSED")


def test_describe_names_an_error_once() -> None:
    assert describe(KafkaConnectionError("111 ECONNREFUSED")) == "KafkaConnectionError: 111 ECONNREFUSED"
    assert describe(BrokerUnavailable("Kafka at h:1 did not answer")) == "BrokerUnavailable: Kafka at h:1 did not answer"
    assert describe(ValueError("bad input")) == "ValueError: bad input"
    assert describe(KafkaTimeoutError()) == "KafkaTimeoutError"


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("build", ["consumer", "producer", "admin", "reader", "lag"])
def test_a_client_that_fails_to_construct_leaves_no_io_thread_or_socket_behind(
    build: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kafka-python starts a client's IO thread (and opens its selector and wake-up sockets) before bootstrapping, and
    a bootstrap that fails in ``__init__`` left them running: each retried task against a dead broker added a thread
    and four descriptors to the worker process. Against a loopback port nobody listens on."""
    from pipeline.bus.admin import admin_client
    from pipeline.bus.consumer import consumer_lag, make_consumer, read_topic
    from pipeline.bus.producer import make_producer

    settings = Settings(kafka_bootstrap_servers=f"127.0.0.1:{free_port()}", kafka_max_block_ms=1000)
    builds: dict[str, Callable[[], object]] = {
        "consumer": lambda: make_consumer(settings, "g", "t"),
        "producer": lambda: make_producer(settings),
        "admin": lambda: admin_client(settings),
        "reader": lambda: read_topic(settings, "t"),
        "lag": lambda: consumer_lag(settings, "g", "t"),
    }
    # pytest keeps the log records, and a failed connect's record holds its socket through the traceback
    monkeypatch.setattr(logging.getLogger("kafka"), "propagate", False)
    gc.collect()
    threads, fds = set(threading.enumerate()), _open_fds()
    with pytest.raises(BrokerUnavailable):
        builds[build]()
    gc.collect()
    assert [t.name for t in threading.enumerate() if t not in threads] == [], "no IO thread left running"
    assert _open_fds() == fds, "no selector or socket left open"
