"""No Docker engine runs here, so docker-compose.yml is checked statically:
the services exist and use the same ports and DEALWIRE_ names as the local stack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.settings import Settings

COMPOSE = Path(__file__).resolve().parents[2] / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


def _host_ports(service: dict[str, Any]) -> set[int]:
    return {int(str(p).rsplit(":", 2)[-2]) for p in service.get("ports", [])}


def test_services_present(compose: dict[str, Any]) -> None:
    expected = {"kafka", "seaweedfs", "postgres", "airflow-apiserver", "airflow-scheduler",
                "airflow-dag-processor", "airflow-triggerer"}
    assert expected <= set(compose["services"])
    assert compose["services"]["kafka"]["image"].startswith("apache/kafka:4.")
    assert compose["services"]["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"


def test_ports_match_local_stack(compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KAFKA_BOOTSTRAP_SERVERS", "S3_ENDPOINT_URL"):
        monkeypatch.delenv(f"DEALWIRE_{name}", raising=False)
    defaults = Settings()
    assert defaults.kafka_port in _host_ports(compose["services"]["kafka"])
    assert defaults.s3_port in _host_ports(compose["services"]["seaweedfs"])
    for service in compose["services"].values():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{port} should bind loopback, like the local stack"


def test_dealwire_env_names_are_settings(compose: dict[str, Any]) -> None:
    fields = {f"DEALWIRE_{name.upper()}" for name in Settings.model_fields}
    airflow = compose["services"]["airflow-scheduler"]["environment"]
    names = {k for k in airflow if k.startswith("DEALWIRE_")}
    assert names, "the Airflow services get the DEALWIRE_ settings"
    assert names <= fields, f"unknown settings in compose: {names - fields}"
    for component in ("airflow-apiserver", "airflow-dag-processor", "airflow-triggerer"):
        assert compose["services"][component]["environment"] == airflow


def test_no_secret_values_in_compose() -> None:
    text = COMPOSE.read_text()
    for line in text.splitlines():
        if "SECRET_ACCESS_KEY:" in line:
            assert "${" in line, f"secret must come from the environment: {line.strip()}"


def test_no_secret_falls_back_to_a_known_value() -> None:
    """Like the settings, compose has no default secrets: a missing one stops `docker compose up` with a message."""
    import re

    text = COMPOSE.read_text()
    for name in ("POSTGRES_PASSWORD", "DEALWIRE_S3_SECRET_ACCESS_KEY", "DEALWIRE_S3_READONLY_SECRET_ACCESS_KEY"):
        uses = re.findall(rf"\$\{{{name}(:[-?][^}}]*)?\}}", text)
        assert uses, name
        assert all(use.startswith(":?") for use in uses), f"{name} must be required (${{{name}:?…}}), not {uses}"


def test_the_readonly_identity_reads_the_curated_bucket_only(compose: dict[str, Any]) -> None:
    command = "\n".join(compose["services"]["seaweedfs"]["command"])
    assert '"name": "dealwire-readonly", "actions": ["Read:dealwire-curated", "List:dealwire-curated"]' in command
