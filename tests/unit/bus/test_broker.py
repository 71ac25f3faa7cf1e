"""The error a stage fails with when no broker answers: what it says, and that callers catching timeouts still do."""

from __future__ import annotations

import warnings

import pytest

from pipeline.bus.broker import BrokerUnavailable, answering, describe, silent_broker
from pipeline.settings import Settings

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
