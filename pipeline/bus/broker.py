"""The one error a stage fails with when no Kafka broker answers, and the waits it bounds.

kafka-python names a silent broker in many ways ("Unable to bootstrap from [...]", "Failed to get offsets by
timestamps in 30000 ms", "Timeout waiting for future", "KafkaTimeoutError: None"), each after its own timeout. Every
client here is built so that each of those waits lasts at most ``DEALWIRE_KAFKA_MAX_BLOCK_MS``
(``Settings.kafka_client_config``), and the stages turn them into ``BrokerUnavailable``, which says which servers
did not answer, while doing what, for how long, which setting bounds it and what that means for the data.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from pipeline.logs import keep_out_of_logs
from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaTimeoutError
    from kafka.net.compat import KafkaNetClient


class BrokerUnavailable(KafkaTimeoutError):
    """No Kafka broker answered within ``DEALWIRE_KAFKA_MAX_BLOCK_MS``.

    A ``KafkaTimeoutError`` (what callers already catch), but printed as its message alone: kafka-python's errors
    repeat their class name in ``str()``, which made the CLI say "KafkaTimeoutError: KafkaTimeoutError: ...".
    """

    def __str__(self) -> str:
        return Exception.__str__(self)


class BrokerRefused(BrokerUnavailable):
    """A broker answered but refused this client: its TLS certificate, the SASL mechanism, the user or the password,
    or the listener's protocol does not match the settings.

    A ``BrokerUnavailable`` (the stages handle both alike: nothing was read, sent or committed), found once the
    bounded wait for the first contact ran out: kafka-python retries a refused connection as if the broker were
    silent. The message names what was refused, never a secret."""


MAX_BLOCK_SETTING = "DEALWIRE_KAFKA_MAX_BLOCK_MS"
BOOTSTRAP_FAILED = "Unable to bootstrap"
"""How kafka-python 3 starts the message of a first contact that ran out of time (``KafkaTimeoutError``)."""
T = TypeVar("T")
REFUSAL_CHECK_S = 5.0
"""Longest a check of a refusal takes in all (a quarter of the limit when that is shorter, but 1 s at least: a broker
delays its answer to a failed authentication, by 100 ms by default). A secured client's first contact may take two
(before and after kafka-python's wait), so at most the limit plus 10 s."""


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


def refused_broker(settings: Settings, step: str, reason: str, consequence: str = "") -> BrokerRefused:
    """The error for a broker that refused ``step``, and why."""
    message = f"Kafka at {settings.kafka_bootstrap_servers} refused {step}: {reason}"
    return BrokerRefused(f"{message}; {consequence}" if consequence else message)


def _check_s(settings: Settings) -> float:
    return min(REFUSAL_CHECK_S, max(1.0, settings.kafka_max_block_ms / 4000))


@contextmanager
def answering(settings: Settings, step: str, consequence: str = "") -> Iterator[None]:
    """Turn kafka-python's timeouts inside the block into one ``BrokerUnavailable`` naming ``step``; when the first
    contact failed, a ``BrokerRefused`` saying why if a broker answered but refused these settings."""
    try:
        yield
    except BrokerUnavailable:
        raise
    except KafkaTimeoutError as error:
        if BOOTSTRAP_FAILED in str(error):
            from pipeline.bus.handshake import refusal

            reason = refusal(settings, _check_s(settings))
            if reason:
                raise refused_broker(settings, step, reason, consequence) from error
        raise silent_broker(settings.kafka_bootstrap_servers, settings.kafka_max_block_ms, step, consequence) from error


_ACCEPTED: set[tuple[object, ...]] = set()
"""The secured settings a broker has accepted in this process (their check is not repeated)."""


@contextmanager
def connecting(settings: Settings, step: str, consequence: str = "") -> Iterator[None]:
    """``answering`` around the construction of a client. With a secured protocol, a broker that refuses the settings
    fails the step at once, before kafka-python would wait the whole limit for it: the first client of a process
    checks them with one connection of its own (``handshake.refusal``), and a refusal ends the step there. PLAINTEXT
    clients skip the check (the default path costs nothing more); they learn of a refusal after the limit."""
    password = settings.kafka_sasl_password.get_secret_value() if settings.kafka_sasl_password else None
    key_password = settings.kafka_ssl_key_password.get_secret_value() if settings.kafka_ssl_key_password else None
    keep_out_of_logs(password)
    keep_out_of_logs(key_password)  # kafka-python's admin client logs its configuration, ssl_password with it
    if settings.kafka_security_protocol != "PLAINTEXT":
        key = (settings.kafka_bootstrap_servers, settings.kafka_security_protocol, settings.kafka_sasl_mechanism,
               settings.kafka_sasl_username, hash(password), settings.kafka_ssl_cafile, settings.kafka_ssl_certfile,
               settings.kafka_ssl_keyfile, hash(key_password))
        if key not in _ACCEPTED:
            from pipeline.bus.handshake import ACCEPTED, refusal

            reason = refusal(settings, _check_s(settings))
            if reason:
                raise refused_broker(settings, step, reason, consequence)
            if reason == ACCEPTED:
                _ACCEPTED.add(key)
    with answering(settings, step, consequence):
        yield


def bounded(
    call: Callable[[], T], seconds: float, what: str, servers: str | Sequence[str] = "the broker", *,
    setting: str | None = MAX_BLOCK_SETTING, consequence: str = "",
) -> T:
    """Run ``call`` and give up after ``seconds`` with a ``BrokerUnavailable`` naming ``what``.

    kafka-python 3 waits without limit for a transaction's offsets, commit and abort while no broker answers (the Java
    client stops at ``max.block.ms``): without a bound a stage whose broker died mid-batch hangs forever instead of
    failing. The call runs on a daemon thread, so one that never returns is left behind, not waited for.
    """
    outcome: list[BaseException | None] = []
    result: list[T] = []

    def target() -> None:
        try:
            result.append(call())
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread below
            outcome.append(error)
        else:
            outcome.append(None)

    worker = threading.Thread(target=target, name=f"dealwire-{what.replace(' ', '-')}", daemon=True)
    worker.start()
    worker.join(seconds)
    if not outcome:
        raise silent_broker(servers, seconds * 1000, what, consequence, setting=setting)
    if outcome[0] is not None:
        raise outcome[0]
    return result[0]


def connect(
    settings: Settings, step: str, client_class: Callable[..., T], config: dict[str, Any], consequence: str = ""
) -> T:
    """``client_class(**config)`` (a consumer, producer or admin client) built inside ``connecting``.

    A TLS client is built on a helper thread and given up on 1 s after the limit (by which kafka-python's own first
    contact has ended when the broker answers the handshake): kafka-python 3.0 gives its TLS handshake no timeout, and
    a broker that takes the connection but never answers it (frozen, or a load balancer whose backend is gone) held
    the first contact, and the stage, forever. The thread left behind only holds that socket until the process ends.

    kafka-python opens a client's selector and wake-up sockets, and starts its IO thread, before it bootstraps; a
    bootstrap that fails raises from ``__init__`` and left all of them running, with no object to close: every retried
    task against a dead broker added a thread and four descriptors to the worker. The network client each constructor
    makes (its ``kafka_client`` option) is kept here and closed when the constructor failed (not when it is still
    waiting on the helper thread: closing joins the IO thread, which that wait may hold)."""
    opened: list[KafkaNetClient] = []
    ended: list[bool] = []

    def network_client(**configs: Any) -> KafkaNetClient:
        client = KafkaNetClient(**configs)
        opened.append(client)
        return client

    def build() -> T:
        try:
            return client_class(**(config | {"kafka_client": network_client}))
        finally:
            ended.append(True)

    try:
        with connecting(settings, step, consequence):
            if not settings.kafka_tls:
                return build()
            return bounded(build, settings.kafka_max_block_ms / 1000 + 1, step, settings.kafka_bootstrap_servers,
                           setting=None, consequence=consequence)
    except BaseException:
        if ended:
            for client in opened:
                client.close()  # stops the IO thread, closes the connections, the selector and its sockets
        raise


__all__ = ["MAX_BLOCK_SETTING", "BrokerRefused", "BrokerUnavailable", "answering", "bounded", "connect", "connecting", "describe", "refused_broker", "silent_broker"]
