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
