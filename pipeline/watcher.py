"""Airflow's watcher of the raw topic: the Kafka provider's message trigger, with a broker's refusal named.

The provider's ``AwaitMessageTrigger`` (what ``MessageQueueTrigger(scheme="kafka")`` runs in the triggerer) handles
a refusing broker in two ways, neither of which tells an operator what to fix: a SASL refusal (a wrong password, an
unknown user, a mechanism the listener does not offer, SASL at a listener without it) raises from its error callback,
the trigger dies, and the triggerer starts it again at once, a traceback every second or two for as long as the
triggerer runs; a TLS refusal (a CA that did not sign the broker's certificate) is printed to stdout by the same
callback and retried by librdkafka without end, and the watcher never fires. This trigger reads the same connection
the same way, but a refusal closes its consumer, logs one ERROR line that starts ``DEALWIRE KAFKA WATCHER BLOCKED``
and says what was refused and which settings to check (as ``BrokerRefused`` does for the stages' clients), and tries
again after a pause that doubles up to a cap. A broker that does not answer at all is waited for, as before, with a
WARNING after ``silent_warn_s`` (a PLAINTEXT client at a SASL listener looks like that to librdkafka).

Its consumer is closed on every way out of ``run``: an event, a refusal, a cancellation, ``aclose()``; the triggerer
also calls ``cleanup``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from functools import partial
from pathlib import Path
from typing import Any

from airflow.providers.apache.kafka.hooks.consume import KafkaConsumerHook
from airflow.providers.apache.kafka.triggers.await_message import AwaitMessageTrigger
from airflow.providers.common.compat.module_loading import import_string
from airflow.providers.common.compat.sdk import AirflowException
from airflow.triggers.base import TriggerEvent
from asgiref.sync import sync_to_async
from confluent_kafka import Consumer, KafkaError, KafkaException

log = logging.getLogger(__name__)

BLOCKED_LINE = "DEALWIRE KAFKA WATCHER BLOCKED"
"""How the ERROR line of a refusal (or a missing topic, or an ACL) starts: something for ops to alert on."""
WAITING_LINE = "DEALWIRE KAFKA WATCHER WAITING"
"""How the WARNING line of a broker that has not let the watcher in for a while starts."""


class WatcherBlocked(Exception):
    """The broker refused the watcher's consumer, its topic is missing or not readable, or its configuration could
    not make one: the message says why; the watcher pauses and tries again."""


def refusal_text(error: KafkaError | KafkaException, config: dict[str, Any], topics: list[str], conn_id: str) -> str:
    """What was refused and what to check, in the words ``BrokerRefused`` uses; no secret (librdkafka's reasons carry
    none, and the password is never read here)."""
    servers = config.get("bootstrap.servers")
    protocol = str(config.get("security.protocol", "PLAINTEXT")).upper()
    where = f"Kafka at {servers} refused Airflow's watcher of {','.join(topics)} (connection {conn_id!r})"
    if isinstance(error, KafkaException):
        keyfile = config.get("ssl.key.location")
        if keyfile and "ssl.key" in str(error):  # librdkafka says "PEM lib" for a wrong password and a missing one alike
            from pydantic import SecretStr

            from pipeline.bus.handshake import key_problem

            password = config.get("ssl.key.password")
            problem = key_problem(Path(keyfile), "ssl.key.location",
                                  SecretStr(str(password)) if password is not None else None)
            if problem:
                return (f"Airflow's watcher of {','.join(topics)} could not load its client key from connection "
                        f"{conn_id!r}: {problem}")
        return (f"Airflow's watcher of {','.join(topics)} could not build its Kafka client from connection "
                f"{conn_id!r}: {error}: check the DEALWIRE_KAFKA_ settings it is built from (a CA file that is not "
                "there: DEALWIRE_KAFKA_SSL_CAFILE)")
    reason = error.str()
    mechanism = config.get("sasl.mechanisms") or config.get("sasl.mechanism")
    user = config.get("sasl.username")
    if error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART:
        return (f"Kafka at {servers} has no topic {','.join(topics)} for Airflow's watcher (connection {conn_id!r}): "
                f"{reason}: create it (`dealwire stack up` makes the project's topics) or check DEALWIRE_TOPIC_RAW")
    if error.code() in (KafkaError.TOPIC_AUTHORIZATION_FAILED, KafkaError.GROUP_AUTHORIZATION_FAILED):
        what = (f"topic {','.join(topics)}" if error.code() == KafkaError.TOPIC_AUTHORIZATION_FAILED
                else f"consumer group {config.get('group.id')} (DEALWIRE_TRIGGER_GROUP)")
        return f"{where}: {reason}: the cluster's ACLs do not let user {user!r} read {what}: grant Read on it"
    if _certificate_alert(error):
        cert = config.get("ssl.certificate.location")
        hint = (f"it refused the client certificate ssl.certificate.location={cert} (DEALWIRE_KAFKA_SSL_CERTFILE): the "
                "brokers do not trust the CA that signed it, or it expired" if cert else
                "the listener demands a client certificate (mutual TLS) and none was given: set "
                "DEALWIRE_KAFKA_SSL_CERTFILE (and DEALWIRE_KAFKA_SSL_KEYFILE)")
    elif error.code() == KafkaError._SSL:
        ca = config.get("ssl.ca.location")
        if "certificate verify failed" in reason:
            by = f"ssl.ca.location={ca}" if ca else "the system's CAs (no ssl.ca.location)"
            hint = (f"its TLS certificate is not trusted by {by}: give the CA that signed the brokers' certificates "
                    "as DEALWIRE_KAFKA_SSL_CAFILE (a PEM file)")
        else:
            hint = f"the TLS handshake failed: the listener on that port may not be TLS, while security.protocol is {protocol}"
    elif "Unsupported SASL mechanism" in reason:
        hint = f"the listener does not offer SASL mechanism {mechanism} (DEALWIRE_KAFKA_SASL_MECHANISM)"
    elif "current SASL state" in reason:
        hint = (f"the listener on that port does not use SASL, while security.protocol is {protocol} "
                "(DEALWIRE_KAFKA_SECURITY_PROTOCOL): use the port of its SASL listener or the protocol it has")
    else:
        hint = (f"a wrong password or an unknown user {user!r} with {mechanism} (the broker does not say which): check "
                "DEALWIRE_KAFKA_SASL_USERNAME and DEALWIRE_KAFKA_SASL_PASSWORD")
    return f"{where}: {reason}: {hint}"


REFUSALS = (KafkaError._AUTHENTICATION, KafkaError._SSL)
"""librdkafka's error callback codes of a broker that answered and refused (the others: down, unreachable)."""
BLOCKED = (KafkaError.UNKNOWN_TOPIC_OR_PART, KafkaError.TOPIC_AUTHORIZATION_FAILED,
           KafkaError.GROUP_AUTHORIZATION_FAILED)
"""A consumer error of these codes will not go away by polling again: the provider's trigger died on it (and was
restarted at once, without end); the watcher pauses on it like on a refusal."""


CERTIFICATE_ALERTS = ("alert bad certificate", "alert certificate required", "alert unknown ca",
                      "alert certificate unknown", "alert certificate expired", "alert certificate revoked")
"""How librdkafka reports (as a transport error) a broker's TLS alert about this client's certificate (mutual TLS)."""


def _certificate_alert(error: KafkaError) -> bool:
    # TLS 1.3: the alert comes after the handshake (a transport error); TLS 1.2: inside it ("SSL handshake failed")
    return (error.code() in (KafkaError._TRANSPORT, KafkaError._SSL)
            and any(alert in error.str().lower() for alert in CERTIFICATE_ALERTS))


def _is_refusal(error: KafkaError) -> bool:
    return error.code() in REFUSALS or _certificate_alert(error)


class TopicWatcher(AwaitMessageTrigger):
    """``AwaitMessageTrigger`` (same arguments, same events, same offsets) that names a refusing broker and backs off.

    ``refused_pause_s`` is the first pause after a refusal, doubled after each one up to ``refused_pause_max_s``:
    a rotated secret in a secrets backend is picked up without a restart, and the broker is not asked every second.
    """

    _consumer: Any  # a confluent_kafka Consumer while one is open (the provider declares it as None)

    def __init__(
        self,
        *args: Any,
        refused_pause_s: float = 5.0,
        refused_pause_max_s: float = 300.0,
        silent_warn_s: float = 60.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.refused_pause_s = refused_pause_s
        self.refused_pause_max_s = refused_pause_max_s
        self.silent_warn_s = silent_warn_s

    def serialize(self) -> tuple[str, dict[str, Any]]:
        _, kwargs = super().serialize()
        return f"{__name__}.{type(self).__name__}", kwargs | {
            "refused_pause_s": self.refused_pause_s,
            "refused_pause_max_s": self.refused_pause_max_s,
            "silent_warn_s": self.silent_warn_s,
        }

    async def run(self) -> AsyncIterator[TriggerEvent]:
        pause = self.refused_pause_s
        while True:
            try:
                event = await self._next_event()
            except WatcherBlocked as refused:
                log.error("%s: %s; trying again in %g s", BLOCKED_LINE, refused, pause)
            else:
                yield event
                return
            await asyncio.sleep(pause)
            pause = min(pause * 2, self.refused_pause_max_s)

    async def _close(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await sync_to_async(consumer.close)()  # leaves the group at once instead of after its session timeout

    async def _next_event(self) -> TriggerEvent:
        """One consumer's life: the provider's loop, with the errors librdkafka reports read after each poll. The
        consumer is closed before the event is handed on (its offset is committed by then), so no way out of ``run``
        leaves it open (a generator suspended at its ``yield`` is finalized only when it is collected)."""
        topics = list(self.topics)
        hook = KafkaConsumerHook(topics=topics, kafka_config_id=self.kafka_config_id)
        config: dict[str, Any] = await sync_to_async(hook._build_config)()
        errors: list[KafkaError] = []
        theirs: Callable[[KafkaError], None] | None = config.get("error_cb")

        def error_cb(error: KafkaError) -> None:  # instead of the provider's, which raises or prints to stdout
            errors.append(error)
            if theirs is not None:
                theirs(error)

        try:
            consumer = await sync_to_async(Consumer)(config | {"error_cb": error_cb})
        except KafkaException as error:
            raise WatcherBlocked(refusal_text(error, config, topics, self.kafka_config_id)) from error
        self._consumer = consumer  # what the provider's cleanup() closes
        try:
            consumer.subscribe(topics)
            poll = sync_to_async(consumer.poll)
            commit = sync_to_async(partial(consumer.commit, asynchronous=False))
            process = None
            if self.apply_function:
                call = partial(import_string(self.apply_function), *self.apply_function_args,
                               **self.apply_function_kwargs)
                process = sync_to_async(call)
            started = time.monotonic()
            warn_at = started + self.silent_warn_s
            reached = False
            last: KafkaError | None = None  # librdkafka reports a reconnect's failure only every few polls
            while True:
                message = await poll(self.poll_timeout)
                refused = next((error for error in errors if _is_refusal(error)), None)
                if refused is not None:
                    raise WatcherBlocked(refusal_text(refused, config, topics, self.kafka_config_id))
                last = errors[-1] if errors else last
                if not reached:
                    reached = message is not None or bool(await sync_to_async(consumer.assignment)())
                    if not reached and last is not None and time.monotonic() >= warn_at:
                        log.warning("%s: Kafka at %s has not let Airflow's watcher of %s in for %.0f s (last: %s): "
                                    "the brokers are down or unreachable, or their listener expects another "
                                    "security.protocol than %s; it keeps trying", WAITING_LINE,
                                    config.get("bootstrap.servers"), ",".join(topics), time.monotonic() - started,
                                    last.str(), config.get("security.protocol", "PLAINTEXT"))
                        warn_at = time.monotonic() + 2 * (warn_at - started)
                errors.clear()
                if message is None:
                    continue
                if (failed := message.error()) is not None:
                    if failed.code() in BLOCKED:
                        raise WatcherBlocked(refusal_text(failed, config, topics, self.kafka_config_id))
                    raise AirflowException(f"Error: {failed}")
                if process is not None:
                    event = await process(message)
                else:
                    value = message.value()
                    event = value.decode("utf-8") if value is not None else None
                if self.commit_offset:
                    await commit(message=message)
                if event:
                    return TriggerEvent(event)
                await asyncio.sleep(self.poll_interval)
        finally:
            await self._close()


__all__ = ["BLOCKED_LINE", "WAITING_LINE", "TopicWatcher", "WatcherBlocked", "refusal_text"]
