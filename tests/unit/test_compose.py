"""No Docker engine runs here, so docker-compose.yml is checked statically:
the services exist and use the same ports and DEALWIRE_ names as the local stack."""

from __future__ import annotations

import os
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
    lines = [line for line in COMPOSE.read_text().splitlines() if "SECRET_ACCESS_KEY:" in line]
    assert lines, "no SECRET_ACCESS_KEY line found: the check below would pass on any compose file"
    for line in lines:
        assert "${" in line, f"secret must come from the environment: {line.strip()}"


def test_no_secret_falls_back_to_a_known_value() -> None:
    """Like the settings, compose has no default secrets: a missing one stops `docker compose up` with a message."""
    import re

    text = COMPOSE.read_text()
    for name in ("POSTGRES_PASSWORD", "DEALWIRE_S3_SECRET_ACCESS_KEY", "DEALWIRE_S3_READONLY_SECRET_ACCESS_KEY",
                 "DEALWIRE_S3_ADMIN_SECRET_ACCESS_KEY"):
        uses = re.findall(rf"\$\{{{name}(:[-?][^}}]*)?\}}", text)
        assert uses, name
        assert all(use.startswith(":?") for use in uses), f"{name} must be required (${{{name}:?…}}), not {uses}"


def test_the_readonly_identity_reads_the_curated_bucket_only(compose: dict[str, Any]) -> None:
    command = "\n".join(compose["services"]["seaweedfs"]["command"])
    assert '"name": "dealwire-readonly", "actions": ["Read:dealwire-curated", "List:dealwire-curated"]' in command


def test_only_the_store_and_the_init_job_get_the_admin_identity_and_the_pipelines_is_scoped(
    compose: dict[str, Any]
) -> None:
    """The pipeline's S3 identity reads, writes and lists objects in its four buckets; buckets are made by
    dealwire-init with the admin identity, which no Airflow component (no stage) gets."""
    import json
    import re

    with_admin = {name for name, service in compose["services"].items()
                  if "DEALWIRE_S3_ADMIN_SECRET_ACCESS_KEY" in (service.get("environment") or {})}
    assert with_admin == {"seaweedfs", "dealwire-init"}, with_admin
    command = "\n".join(compose["services"]["seaweedfs"]["command"])
    identities = json.loads(re.sub(r"\$\$(\w+)", r"\1", command.split("<<JSON\n", 1)[1].split("\nJSON", 1)[0]))
    actions = {entry["name"]: entry["actions"] for entry in identities["identities"]}
    assert actions["dealwire-admin"] == ["Admin", "Read", "List", "Write"]
    buckets = ("dealwire-curated", "dealwire-quarantine", "dealwire-state", "dealwire-reports")
    assert sorted(actions["dealwire-pipeline"]) == sorted(f"{a}:{b}" for a in ("Read", "Write", "List") for b in buckets)


# --- the Kafka connection Airflow's watcher gets ------------------------------------------------------------------

AIRFLOW_COMPONENTS = {"airflow-apiserver": "api-server", "airflow-scheduler": "scheduler",
                      "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer"}
WRAPPER = ["python", "-m", "pipeline.orchestration"]
# what the trigger's consumer is built from: the provider's own lookup of kafka_default (env, then secrets backends)
PROBE = ("import json; from airflow.providers.apache.kafka.hooks.base import KafkaBaseHook; "
         "print(json.dumps(KafkaBaseHook()._build_config()))")
REQUIRED = {"POSTGRES_PASSWORD": "pg-pw-1", "DEALWIRE_S3_ACCESS_KEY_ID": "velkor-key",
            "DEALWIRE_S3_SECRET_ACCESS_KEY": "velkor-secret", "DEALWIRE_S3_READONLY_ACCESS_KEY_ID": "norvia-key",
            "DEALWIRE_S3_READONLY_SECRET_ACCESS_KEY": "norvia-secret", "DEALWIRE_S3_ADMIN_ACCESS_KEY_ID": "dastrel-key",
            "DEALWIRE_S3_ADMIN_SECRET_ACCESS_KEY": "dastrel-secret"}


def interpolate(value: str, dotenv: dict[str, str]) -> str:
    """Compose's variable substitution (``${X}``, ``${X:-default}``, ``${X-default}``, ``${X:?error}``, ``$$``)."""
    import re

    def one(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name, op, arg = match.group("name"), match.group("op") or "", match.group("arg") or ""
        have = dotenv.get(name)
        if op.startswith(":") and not have:
            have = None
        if op.endswith("?") and have is None:
            raise ValueError(f"docker compose stops: {name}: {arg}")
        return have if have is not None else (arg if op.endswith("-") else "")

    return re.sub(r"\$\$|\$\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}", one, value)


def compose_env(compose: dict[str, Any], service: str, dotenv: dict[str, str]) -> dict[str, str]:
    return {k: interpolate(str(v), dotenv) for k, v in compose["services"][service]["environment"].items()}


def test_every_airflow_component_starts_through_the_settings_and_no_connection_is_written_in_the_file(
    compose: dict[str, Any],
) -> None:
    for service, component in AIRFLOW_COMPONENTS.items():
        assert compose["services"][service]["command"] == [*WRAPPER, "airflow", component]
        assert not [k for k in compose["services"][service]["environment"] if k.startswith("AIRFLOW_CONN_")]
    assert "AIRFLOW_CONN_" not in COMPOSE.read_text().replace("no AIRFLOW_CONN_KAFKA_DEFAULT here", "")
    kafka_settings = {f"DEALWIRE_{n.upper()}" for n in Settings.model_fields if n.startswith("kafka_s")} - {
        "DEALWIRE_KAFKA_STACK_PORT", "DEALWIRE_KAFKA_STACK_SECURED_LISTENERS", "DEALWIRE_KAFKA_SESSION_TIMEOUT_MS"}
    raw = compose["services"]["airflow-triggerer"]["environment"]
    assert kafka_settings <= set(raw), f"the secured-cluster settings compose does not pass: {kafka_settings - set(raw)}"
    assert raw["DEALWIRE_KAFKA_SASL_PASSWORD"] == "${DEALWIRE_KAFKA_SASL_PASSWORD:-}", "from .env, never a value"
    assert "KAFKA_SASL_PASSWORD" not in str(compose["services"]["seaweedfs"].get("environment")), "S3 needs no Kafka secret"


@pytest.mark.parametrize("cluster", ["compose broker", "secured cluster"])
def test_the_trigger_sees_the_connection_the_settings_build(
    compose: dict[str, Any], cluster: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the triggerer's Kafka hook reads, with the file's env and command, against ``kafka_connection``."""
    import json
    import subprocess
    import sys

    from pipeline.orchestration import kafka_connection

    dotenv = dict(REQUIRED)
    if cluster == "secured cluster":
        dotenv |= {"DEALWIRE_KAFKA_BOOTSTRAP_SERVERS": "b-1.velkor.example.net:9096,b-2.velkor.example.net:9096",
                   "DEALWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "DEALWIRE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
                   "DEALWIRE_KAFKA_SASL_USERNAME": "velkor-pipeline", "DEALWIRE_KAFKA_SASL_PASSWORD": "Sesame-compose",
                   "DEALWIRE_KAFKA_SSL_CAFILE": "/run/secrets/kafka-ca.pem",
                   "DEALWIRE_KAFKA_SSL_CERTFILE": "/run/secrets/velkor.pem",
                   "DEALWIRE_KAFKA_SSL_KEY_PASSWORD": "Sesame-key-compose"}
    env = compose_env(compose, "airflow-triggerer", dotenv)
    env.pop("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")  # the containers' PostgreSQL (no driver here): env vars come first
    command = compose["services"]["airflow-triggerer"]["command"]
    probe = subprocess.run(
        [sys.executable, *command[1:3], sys.executable, "-c", PROBE],
        env=env | {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(COMPOSE.parent), "AIRFLOW_HOME": str(tmp_path),
                   "HOME": str(tmp_path), "DEALWIRE_STACK_DIR": str(tmp_path / "stack")},
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    seen = json.loads(probe.stdout.strip().splitlines()[-1])

    for name in [n for n in os.environ if n.startswith("DEALWIRE_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        if name.startswith("DEALWIRE_"):
            monkeypatch.setenv(name, value)
    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path / "stack"))
    settings = Settings()
    assert seen == kafka_connection(settings)["extra"]
    assert seen["group.id"] == Settings.model_fields["trigger_group"].default == "dealwire-airflow-trigger"
    if cluster == "compose broker":
        assert seen["bootstrap.servers"] == "kafka:19092" and seen["security.protocol"] == "PLAINTEXT"
        assert not [key for key in seen if key.startswith(("sasl.", "ssl."))], seen
    else:
        assert seen["security.protocol"] == "SASL_SSL" and seen["sasl.mechanisms"] == "SCRAM-SHA-512"
        assert seen["sasl.username"] == "velkor-pipeline" and seen["sasl.password"] == "Sesame-compose"
        assert seen["ssl.ca.location"] == "/run/secrets/kafka-ca.pem"
        assert seen["ssl.certificate.location"] == seen["ssl.key.location"] == "/run/secrets/velkor.pem"
        assert seen["ssl.key.password"] == "Sesame-key-compose", "an encrypted key's password reaches the watcher"
        assert seen["bootstrap.servers"] == dotenv["DEALWIRE_KAFKA_BOOTSTRAP_SERVERS"]


def test_settings_that_cannot_work_stop_the_component_with_their_name(compose: dict[str, Any], tmp_path: Path) -> None:
    """SASL asked for without its password: the component does not start (librdkafka would retry forever)."""
    import subprocess
    import sys

    env = compose_env(compose, "airflow-triggerer", REQUIRED | {"DEALWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                                                                 "DEALWIRE_KAFKA_SASL_MECHANISM": "PLAIN",
                                                                 "DEALWIRE_KAFKA_SASL_USERNAME": "velkor"})
    command = compose["services"]["airflow-triggerer"]["command"]
    started = tmp_path / "started"
    probe = subprocess.run(
        [sys.executable, *command[1:3], "touch", str(started)],
        env=env | {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(COMPOSE.parent), "HOME": str(tmp_path),
                   "DEALWIRE_STACK_DIR": str(tmp_path / "stack")},
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )
    assert probe.returncode != 0 and not started.exists()
    assert "needs kafka_sasl_username and kafka_sasl_password" in probe.stderr, probe.stderr[-2000:]


def test_compose_interpolation_as_the_tests_read_it() -> None:
    assert interpolate("${A:-x}/${B-y}/${C}/$$D", {"A": "", "B": ""}) == "x//" + "/$D"
    with pytest.raises(ValueError, match="set it"):
        interpolate("${S:?set it}", {"S": ""})
