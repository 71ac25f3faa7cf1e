"""The one error a stage fails with when no Kafka broker answers, and the waits it bounds.

kafka-python names a silent broker in many ways ("Unable to bootstrap from [...]", "Failed to get offsets by
timestamps in 30000 ms", "Timeout waiting for future", "KafkaTimeoutError: None"), each after its own timeout. Every
client here is built so that each of those waits lasts at most ``DEALWIRE_KAFKA_MAX_BLOCK_MS``
(``Settings.kafka_client_config``), and the stages turn them into ``BrokerUnavailable``, which says which servers
did not answer, while doing what, for how long, which setting bounds it and what that means for the data.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaTimeoutError


class BrokerUnavailable(KafkaTimeoutError):
    """No Kafka broker answered within ``DEALWIRE_KAFKA_MAX_BLOCK_MS``.

    A ``KafkaTimeoutError`` (what callers already catch), but printed as its message alone: kafka-python's errors
    repeat their class name in ``str()``, which made the CLI say "KafkaTimeoutError: KafkaTimeoutError: ...".
    """

    def __str__(self) -> str:
        return Exception.__str__(self)


MAX_BLOCK_SETTING = "DEALWIRE_KAFKA_MAX_BLOCK_MS"


def silent_broker(
    servers: str | Sequence[str], block_ms: float, step: str, consequence: str = "", *,
    setting: str | None = MAX_BLOCK_SETTING,
) -> BrokerUnavailable:
    """The error for a broker that did not answer ``step`` within ``block_ms`` (the value of ``setting``)."""
    where = servers if isinstance(servers, str) else ",".join(servers)
    message = f"Kafka at {where} did not answer within {block_ms / 1000:g} s while {step}"
    if setting is not None:
        message += f" ({setting}={block_ms:g})"
    return BrokerUnavailable(f"{message}; {consequence}" if consequence else message)


def describe(error: BaseException) -> str:
    """``Class: message`` for an operator, once: kafka-python's errors already start ``str()`` with their class name,
    and prefixing it again printed "KafkaConnectionError: KafkaConnectionError: 111 ECONNREFUSED"."""
    text, name = str(error), type(error).__name__
    return text if text == name or text.startswith(f"{name}: ") else f"{name}: {text}"


@contextmanager
def answering(settings: Settings, step: str, consequence: str = "") -> Iterator[None]:
    """Turn kafka-python's timeouts inside the block into one ``BrokerUnavailable`` naming ``step``."""
    try:
        yield
    except BrokerUnavailable:
        raise
    except KafkaTimeoutError as error:
        raise silent_broker(settings.kafka_bootstrap_servers, settings.kafka_max_block_ms, step, consequence) from error


__all__ = ["MAX_BLOCK_SETTING", "BrokerUnavailable", "answering", "describe", "silent_broker"]
