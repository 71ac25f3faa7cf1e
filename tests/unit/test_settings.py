from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import Settings


def test_env_prefix_and_derived_values(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path))
    monkeypatch.setenv("DEALWIRE_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092,127.0.0.1:19093")
    monkeypatch.setenv("DEALWIRE_S3_ENDPOINT_URL", "http://127.0.0.1:18333")
    monkeypatch.setenv("DEALWIRE_TOPIC_RAW", "custom.raw")
    settings = Settings()
    assert settings.kafka_port == 19092
    assert settings.s3_port == 18333
    assert settings.kafka_client_config()["bootstrap_servers"] == ["127.0.0.1:19092", "127.0.0.1:19093"]
    assert "custom.raw.dlq" in settings.topics
    assert settings.stack_dir == tmp_path.resolve()


def test_secrets_are_never_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path))
    monkeypatch.setenv("DEALWIRE_S3_SECRET_ACCESS_KEY", "s3cr3t-value")
    monkeypatch.setenv("DEALWIRE_KAFKA_SASL_PASSWORD", "kafka-pass")
    settings = Settings()
    shown = repr(settings) + str(settings) + settings.model_dump_json()
    assert "s3cr3t-value" not in shown and "kafka-pass" not in shown
    assert settings.s3_secret_access_key is not None
    assert settings.s3_secret_access_key.get_secret_value() == "s3cr3t-value"


def test_stack_credentials_file_is_read_below_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "credentials.env").write_text(
        "DEALWIRE_S3_ACCESS_KEY_ID=from-file\nDEALWIRE_S3_SECRET_ACCESS_KEY=file-secret\n"
    )
    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path))
    monkeypatch.delenv("DEALWIRE_S3_ACCESS_KEY_ID", raising=False)
    assert Settings().s3_access_key_id == "from-file"
    monkeypatch.setenv("DEALWIRE_S3_ACCESS_KEY_ID", "from-env")
    assert Settings().s3_access_key_id == "from-env"


def test_no_secret_has_a_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path))
    for name in ("S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_READONLY_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(f"DEALWIRE_{name}", raising=False)
    settings = Settings()
    assert settings.s3_secret_access_key is None
    assert settings.s3_readonly_secret_access_key is None


def test_a_batch_budget_past_half_the_poll_interval_is_refused() -> None:
    with pytest.raises(ValueError, match="batch_max_seconds"):
        Settings(batch_max_seconds=200, kafka_max_poll_interval_ms=300_000)
    assert Settings(batch_max_seconds=100, kafka_max_poll_interval_ms=300_000).batch_max_seconds == 100


def test_a_sasl_protocol_without_its_mechanism_user_or_password_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path))  # no stack credentials file with a SCRAM user
    for name in ("SECURITY_PROTOCOL", "SASL_MECHANISM", "SASL_USERNAME", "SASL_PASSWORD"):
        monkeypatch.delenv(f"DEALWIRE_KAFKA_{name}", raising=False)
    with pytest.raises(ValueError, match="needs kafka_sasl_mechanism"):
        Settings(kafka_security_protocol="SASL_SSL")
    with pytest.raises(ValueError, match="needs kafka_sasl_username and kafka_sasl_password"):
        Settings(kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_mechanism="SCRAM-SHA-512",
                 kafka_sasl_username="vendra")
    # kafka-python skips SASL under PLAINTEXT: a mechanism there is a forgotten protocol, not something to ignore
    with pytest.raises(ValueError, match="only with kafka_security_protocol SASL_PLAINTEXT or SASL_SSL"):
        Settings(kafka_sasl_mechanism="SCRAM-SHA-256", kafka_sasl_username="vendra", kafka_sasl_password="pw-1")
    with pytest.raises(ValueError, match="kafka_security_protocol"):
        Settings(kafka_security_protocol="SASL_TLS")


def test_the_tls_and_sasl_options_reach_both_client_configs(tmp_path: Path) -> None:
    from pipeline.orchestration import kafka_connection

    ca = tmp_path / "ca.pem"
    settings = Settings(kafka_security_protocol="sasl_ssl", kafka_sasl_mechanism="scram-sha-512",
                        kafka_sasl_username="vendra", kafka_sasl_password="pw-2", kafka_ssl_cafile=ca)
    assert settings.kafka_security_protocol == "SASL_SSL" and settings.kafka_sasl_mechanism == "SCRAM-SHA-512"
    python = settings.kafka_client_config()
    assert python["ssl_cafile"] == str(ca) and python["sasl_plain_password"] == "pw-2"
    librdkafka = kafka_connection(settings)["extra"]
    assert librdkafka["ssl.ca.location"] == str(ca) and librdkafka["sasl.mechanisms"] == "SCRAM-SHA-512"
    assert librdkafka["security.protocol"] == "SASL_SSL" and librdkafka["sasl.password"] == "pw-2"
    # a CA file from the stack's credentials means nothing to a PLAINTEXT client
    assert "ssl_cafile" not in Settings(kafka_ssl_cafile=ca).kafka_client_config()


def test_empty_sasl_values_are_settings_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # docker-compose.yml passes `${DEALWIRE_KAFKA_SASL_PASSWORD:-}`: empty must not count as a password given
    monkeypatch.setenv("DEALWIRE_KAFKA_SASL_USERNAME", "")
    monkeypatch.setenv("DEALWIRE_KAFKA_SASL_PASSWORD", "")
    assert Settings().kafka_sasl_username is None and Settings().kafka_sasl_password is None
    with pytest.raises(ValueError, match="needs kafka_sasl_username and kafka_sasl_password"):
        Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="PLAIN", kafka_sasl_username="velkor")


def test_a_client_certificate_reaches_both_client_configs_over_tls_only(tmp_path: Path) -> None:
    cert, key = tmp_path / "velkor.pem", tmp_path / "velkor-key.pem"
    mutual = Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=cert, kafka_ssl_keyfile=key)
    assert mutual.kafka_client_config()["ssl_certfile"] == str(cert)
    assert mutual.kafka_client_config()["ssl_keyfile"] == str(key)
    from pipeline.orchestration import kafka_connection

    extra = kafka_connection(mutual)["extra"]
    assert extra["ssl.certificate.location"] == str(cert) and extra["ssl.key.location"] == str(key)
    # the key in the certificate's file: librdkafka is given the same file for both
    assert kafka_connection(Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=cert))["extra"][
        "ssl.key.location"] == str(cert)
    assert "ssl_certfile" not in Settings(kafka_ssl_certfile=cert).kafka_client_config(), "PLAINTEXT: no TLS"
    with pytest.raises(ValueError, match="kafka_ssl_keyfile is the key of kafka_ssl_certfile"):
        Settings(kafka_security_protocol="SSL", kafka_ssl_keyfile=key)


def test_an_encrypted_keys_password_reaches_both_client_configs_and_no_repr(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pipeline.orchestration import kafka_connection

    cert, key = tmp_path / "velkor.pem", tmp_path / "velkor-key.pem"
    settings = Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=cert, kafka_ssl_keyfile=key,
                        kafka_ssl_key_password="Sesame-key-1")
    assert settings.kafka_client_config()["ssl_password"] == "Sesame-key-1"  # kafka-python's name
    assert kafka_connection(settings)["extra"]["ssl.key.password"] == "Sesame-key-1"  # librdkafka's
    assert "Sesame-key-1" not in repr(settings) and "Sesame-key-1" not in str(settings.model_dump())
    assert "ssl_password" not in Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=cert).kafka_client_config()
    with pytest.raises(ValueError, match="kafka_ssl_key_password is the password of the key of kafka_ssl_certfile"):
        Settings(kafka_security_protocol="SSL", kafka_ssl_key_password="Sesame-key-2")
    monkeypatch.setenv("DEALWIRE_KAFKA_SSL_KEY_PASSWORD", "")  # docker-compose.yml's `${...:-}`: not given
    assert Settings().kafka_ssl_key_password is None
