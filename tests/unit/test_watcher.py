"""What the raw topic's watcher says when it is refused (the refusals themselves: tests/integration/
test_secured_broker.py, against a real broker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException

from pipeline.watcher import TopicWatcher, refusal_text

CONFIG: dict[str, Any] = {"bootstrap.servers": "b-1.velkor.example.net:9096", "security.protocol": "SASL_SSL",
                          "sasl.mechanisms": "SCRAM-SHA-512", "sasl.username": "velkor-ops",
                          "sasl.password": "Sesame-unit", "group.id": "velkor-trigger"}


@pytest.mark.parametrize(("code", "reason", "named"), [
    (KafkaError._AUTHENTICATION, "SASL authentication error: Authentication failed due to invalid credentials",
     "a wrong password or an unknown user 'velkor-ops' with SCRAM-SHA-512"),
    (KafkaError._AUTHENTICATION, "Broker: Unsupported SASL mechanism: broker's supported mechanisms: PLAIN",
     "does not offer SASL mechanism SCRAM-SHA-512 (DEALWIRE_KAFKA_SASL_MECHANISM)"),
    (KafkaError._AUTHENTICATION, "Broker: Request not valid in current SASL state",
     "does not use SASL, while security.protocol is SASL_SSL"),
    (KafkaError._SSL, "SSL handshake failed: certificate verify failed", "not trusted by the system's CAs"),
    (KafkaError.TOPIC_AUTHORIZATION_FAILED, "Broker: Topic authorization failed",
     "ACLs do not let user 'velkor-ops' read topic norvia.raw"),
    (KafkaError.GROUP_AUTHORIZATION_FAILED, "Broker: Group authorization failed",
     "read consumer group velkor-trigger (DEALWIRE_TRIGGER_GROUP)"),
    (KafkaError.UNKNOWN_TOPIC_OR_PART, "Subscribed topic not available", "has no topic norvia.raw"),
    (KafkaError._TRANSPORT, "Receive failed: ssl/tls alert bad certificate: SSL alert number 42",
     "demands a client certificate (mutual TLS) and none was given"),
    # TLS 1.2: the same alert inside the handshake, which used to read as "the listener on that port may not be TLS"
    (KafkaError._SSL, "SSL handshake failed: error:0A000412:SSL routines::ssl/tls alert bad certificate: SSL alert "
     "number 42 (after 6ms in state SSL_HANDSHAKE)", "demands a client certificate (mutual TLS) and none was given"),
])
def test_each_refusal_is_named_with_what_to_check_and_no_secret(code: int, reason: str, named: str) -> None:
    text = refusal_text(KafkaError(code, reason), CONFIG, ["norvia.raw"], "kafka_default")
    assert named in text and reason in text and "b-1.velkor.example.net:9096" in text, text
    assert "Sesame-unit" not in text


def test_a_client_that_cannot_be_built_names_the_connection() -> None:
    error = KafkaException(KafkaError(KafkaError._INVALID_ARG, "ssl.ca.location failed"))
    text = refusal_text(error, CONFIG | {"ssl.ca.location": "/nowhere/ca.pem"}, ["norvia.raw"], "kafka_default")
    assert "could not build its Kafka client from connection 'kafka_default'" in text and "SSL_CAFILE" in text


def test_the_triggerer_rebuilds_the_same_watcher_from_its_serialized_form() -> None:
    watcher = TopicWatcher(topics=["norvia.raw"], apply_function="pipeline.orchestration.raw_message_signal",
                           refused_pause_s=2.0, refused_pause_max_s=60.0)
    classpath, kwargs = watcher.serialize()
    assert classpath == "pipeline.watcher.TopicWatcher"
    again = TopicWatcher(**kwargs)
    assert again.serialize() == (classpath, kwargs) and again.refused_pause_max_s == 60.0


def test_an_encrypted_key_the_watcher_cannot_open_is_named(tmp_path: Path) -> None:
    """librdkafka says "ssl.key.location failed: ... PEM lib" for a missing password and a wrong one alike."""
    from cryptography.hazmat.primitives import serialization

    from pipeline.stack.tls import CLIENT_CERT_FILE, CLIENT_KEY_FILE, ensure_certificates

    directory = ensure_certificates(tmp_path / "tls").parent
    key = serialization.load_pem_private_key((directory / CLIENT_KEY_FILE).read_bytes(), None)
    encrypted = tmp_path / "velkor-key.pem"
    encrypted.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.BestAvailableEncryption(b"Sesame-key-unit")))
    config = {"bootstrap.servers": "b-1.velkor.example.net:9094", "security.protocol": "SSL", "group.id": "velkor",
              "ssl.certificate.location": str(directory / CLIENT_CERT_FILE), "ssl.key.location": str(encrypted),
              "log_level": 0}
    for password, named in ((None, "is encrypted and DEALWIRE_KAFKA_SSL_KEY_PASSWORD is not set"),
                            ("Sesame-key-wrong", "could not be decrypted with DEALWIRE_KAFKA_SSL_KEY_PASSWORD")):
        given = config | ({"ssl.key.password": password} if password else {})
        with pytest.raises(KafkaException) as raised:
            Consumer(given).close()
        text = refusal_text(raised.value, given, ["norvia.raw"], "kafka_default")
        assert "could not load its client key from connection 'kafka_default'" in text and named in text, text
        assert "Sesame" not in text
