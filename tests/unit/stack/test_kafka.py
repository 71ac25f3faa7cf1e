"""The local broker's storage format: a cluster id the storage tool always takes."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pipeline.stack.kafka import new_cluster_id
from pipeline.stack.process import StackError


def test_a_cluster_id_never_starts_with_a_dash_and_is_sixteen_bytes() -> None:
    # one random id in 64 starts with "-"; 2000 draws meet one with probability 1 - (63/64)**2000, about 1 - 2e-14
    ids = [new_cluster_id() for _ in range(2000)]
    assert not any(cluster_id.startswith("-") for cluster_id in ids)
    assert all(len(base64.urlsafe_b64decode(cluster_id + "==")) == 16 for cluster_id in ids)
    assert len(set(ids)) == len(ids)


def test_secured_listeners_are_added_beside_the_plaintext_one_only_when_asked(tmp_path: Path) -> None:
    from pipeline.settings import Settings
    from pipeline.stack.kafka import server_properties

    plain = server_properties(Settings(stack_dir=tmp_path, kafka_bootstrap_servers="127.0.0.1:19092"))
    assert "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER" in plain
    assert "sasl" not in plain.lower() and "ssl" not in plain.lower()
    secured = server_properties(Settings(
        stack_dir=tmp_path, kafka_bootstrap_servers="127.0.0.1:19094", kafka_stack_port=19092,
        kafka_stack_secured_listeners={"SASL_PLAINTEXT": 19094, "SASL_SSL": 19095, "SSL": 19096},
        kafka_sasl_username="velkor", kafka_sasl_password="Sesame-props",
    ))
    assert ("listeners=PLAINTEXT://127.0.0.1:19092,SASL_PLAINTEXT://127.0.0.1:19094,SASL_SSL://127.0.0.1:19095,"
            "SSL://127.0.0.1:19096,CONTROLLER") in secured
    assert "inter.broker.listener.name=PLAINTEXT" in secured
    assert "sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512,PLAIN" in secured
    assert "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=" in secured
    assert ('listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.'
            'PlainLoginModule required user_velkor="Sesame-props";') in secured
    assert "listener.name.ssl.scram" not in secured and "listener.name.ssl.plain" not in secured, "SSL has no SASL"
    assert f"ssl.keystore.location={tmp_path / 'kafka' / 'tls' / 'broker.pem'}" in secured
    assert "listener.name.ssl.ssl.client.auth=required" in secured and "\nssl.client.auth" not in secured
    assert f"listener.name.ssl.ssl.truststore.location={tmp_path / 'kafka' / 'tls' / 'ca.pem'}" in secured
    mutual_only = server_properties(Settings(stack_dir=tmp_path, kafka_stack_secured_listeners={"SSL": 19096}))
    assert "sasl" not in mutual_only.lower(), "an SSL listener alone needs no SASL user"
    with pytest.raises(StackError, match="may not contain quotes"):
        server_properties(Settings(stack_dir=tmp_path, kafka_stack_secured_listeners={"SASL_PLAINTEXT": 19094},
                                   kafka_sasl_username="velkor", kafka_sasl_password='Sesame"; user_x="1'))
