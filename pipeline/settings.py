"""One settings object for every stage, DAG and CLI command.

Values come from ``DEALWIRE_*`` environment variables, then ``.env`` in the
working directory, then the credentials file that ``dealwire stack up`` writes
into the stack folder. Defaults point at the local stack on loopback. Secrets
are ``SecretStr`` so they never show up in reprs, logs or XComs, and no secret
has a default in code: the local stack generates its own keys.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

ENV_PREFIX = "DEALWIRE_"
SEAWEEDFS_ADMIN_DEFAULT = 23646  # `weed mini`'s admin server port
CREDENTIALS_FILE = "credentials.env"


def _default_stack_dir() -> Path:
    return Path(os.environ.get(f"{ENV_PREFIX}STACK_DIR", ".stack")).resolve()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        extra="ignore",
        frozen=True,
    )

    # --- Kafka -----------------------------------------------------------
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = Field(
        None, description="PEM file of the CA(s) that signed the brokers' certificates (SSL, SASL_SSL): a private CA "
        "(Strimzi, a company CA) is in no system store; unset, the system's CAs are used",
    )
    kafka_ssl_certfile: Path | None = Field(
        None, description="PEM file of this client's certificate (chain) for a broker that demands one (mutual TLS, "
        "SSL or SASL_SSL; MSK and Strimzi 'tls' users); its key in DEALWIRE_KAFKA_SSL_KEYFILE or in the same file",
    )
    kafka_ssl_keyfile: Path | None = Field(
        None, description="PEM file of the private key of DEALWIRE_KAFKA_SSL_CERTFILE (encrypted: give its password in "
        "DEALWIRE_KAFKA_SSL_KEY_PASSWORD); unset, the key is read from the certificate file",
    )
    kafka_ssl_key_password: SecretStr | None = Field(
        None, description="password of an encrypted client key (a company PKI hands out password-protected PEM keys): "
        "kafka-python's ssl_password, librdkafka's ssl.key.password. Without it OpenSSL asked for the pass phrase on "
        "the terminal and waited there",
    )
    kafka_partitions: int = Field(3, ge=1)
    kafka_replication_factor: int = Field(1, ge=1)
    topic_raw: str = "news.raw.v1"
    topic_candidates: str = "deals.candidates.v1"
    dlq_suffix: str = ".dlq"
    group_extract: str = "dealwire-extract"
    group_validate: str = "dealwire-validate"
    group_replay: str = "dealwire-replay"
    kafka_session_timeout_ms: int = 10_000
    kafka_max_poll_interval_ms: int = Field(300_000, ge=10_000)
    kafka_heartbeat_interval_ms: int = 3_000
    kafka_transactional_id_prefix: str = "dealwire"
    kafka_max_block_ms: int = Field(
        60_000, ge=1_000, le=300_000, description="how long any Kafka client waits for a broker that does not answer "
        "(the first contact, a producer's metadata and acks, a transaction's offsets and commit, a consumer's offset "
        "lookups and commits) before the stage fails with BrokerUnavailable naming the step; at most 5 minutes, under "
        "a consumer's idle-connection limit",
    )
    kafka_reconnect_backoff_max_ms: int = Field(
        5_000, ge=100, description="longest pause between two attempts to reach a broker that refuses connections: "
        "the wait is quiet (one connect per pause, doubling from 50 ms) and notices a restarted broker within this "
        "long (kafka-python's default, 30 s, could outlast a short restart)",
    )

    # --- S3-compatible object storage ------------------------------------
    s3_endpoint_url: str = "http://127.0.0.1:8333"
    s3_region: str = "us-east-1"
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    s3_readonly_access_key_id: str | None = None
    s3_readonly_secret_access_key: SecretStr | None = None
    s3_admin_access_key_id: str | None = Field(
        None, description="the identity that creates buckets (the local stack's `up`, the tests' own buckets): the "
        "pipeline's identity may only read, write and list objects in the pipeline's buckets",
    )
    s3_admin_secret_access_key: SecretStr | None = None
    s3_connect_timeout_s: float = Field(5.0, gt=0, description="how long opening a connection to the store may take")
    s3_read_timeout_s: float = Field(
        20.0, gt=0, description="how long the store may leave a request unanswered (a frozen or partitioned store "
        "accepts the connection and says nothing) before the attempt fails",
    )
    s3_max_attempts: int = Field(
        3, ge=1, le=10, description="attempts per request, the first included: a store that does not answer fails a "
        "request after about attempts x read timeout plus botocore's backoff (85 s measured with the defaults)",
    )
    bucket_curated: str = "dealwire-curated"
    bucket_quarantine: str = "dealwire-quarantine"
    bucket_state: str = "dealwire-state"
    bucket_reports: str = "dealwire-reports"

    # --- stages ----------------------------------------------------------
    batch_size: int = Field(500, ge=1)
    batch_max_seconds: float = Field(
        60.0, gt=0, description="extract stops a batch after this long and commits what it did: a batch that ran past "
        "the consumer's max poll interval would be thrown out of the group and redone forever"
    )
    text_max_chars: int = Field(
        100_000, ge=1_000, description="longer article text is refused by name (ingest, extract): three times the "
        "longest article of the corpora, and extraction time grows faster than the text"
    )
    poll_timeout_ms: int = Field(2_000, ge=1)
    max_batches: int | None = None
    extract_workers: int = Field(
        1, ge=1, description="extract task instances the pipeline DAG maps, one consumer each in the extract group: "
        "more than the raw topic's partitions leaves the extra ones idle"
    )
    validate_workers: int = Field(
        1, ge=1, description="validate task instances the pipeline DAG maps, one consumer each in the validate group "
        "(batches are claimed in the state bucket, so they need no identity of their own)"
    )

    # --- feeds -----------------------------------------------------------
    sources_file: Path = Path("samples/sources.yaml")
    user_agent: str = "Dealwire/0.1 (+https://github.com/dealwire/dealwire)"
    http_connect_timeout_s: float = 5.0
    http_read_timeout_s: float = 15.0
    http_max_bytes: int = 5 * 1024 * 1024
    http_max_redirects: int = 5
    http_retries: int = 3
    http_backoff_s: float = Field(1.0, ge=0, description="first retry wait; doubles per attempt")
    fetch_concurrency: int = Field(8, ge=1)

    # --- logs (the CLI; Airflow tasks log through Airflow's own setup) ------
    log_level: str = Field("INFO", pattern=r"(?i)^(debug|info|warning|error|critical)$")
    log_format: Literal["console", "json"] = "console"

    # --- orchestration (Airflow DAGs) --------------------------------------
    ingest_schedule: str = "*/15 * * * *"
    fetch_pool: str = "dealwire_fetch"
    fetch_pool_slots: int = Field(4, ge=1)
    task_retries: int = Field(3, ge=0)
    task_retry_delay_s: float = Field(30.0, gt=0)
    task_max_retry_delay_s: float = Field(600.0, gt=0)
    fetch_timeout_s: float = Field(300.0, gt=0)
    stage_timeout_s: float = Field(1800.0, gt=0)
    ingest_deadline_min: float = Field(30.0, gt=0)
    pipeline_deadline_min: float = Field(60.0, gt=0)
    deadline_callback: str = "pipeline.orchestration.deadline_missed"
    # Airflow 3.3.2's `airflow dags test` crashes when a finished run has deadline
    # alerts (it looks the alerts up by their encoded form, not their id), so the
    # demo and the DAG tests switch them off; scheduled runs keep them.
    deadline_alerts: bool = True
    trigger_group: str = "dealwire-airflow-trigger"
    airflow_log_server_host: str = Field(
        "127.0.0.1", description="address the log servers of Airflow's scheduler and triggerer (ports 8793 and 8794) "
        "listen on; Airflow binds them to every interface and has no setting for it. Loopback is enough when the API "
        "server runs on the same machine; 0.0.0.0 serves task logs to an API server on another machine",
    )

    # --- local stack -----------------------------------------------------
    stack_dir: Path = Field(default_factory=_default_stack_dir)
    kafka_controller_port: int = 9093
    kafka_stack_port: int | None = Field(
        None, description="the local broker's PLAINTEXT port; unset, the first bootstrap server's (set it when the "
        "clients use one of the secured listeners below)",
    )
    kafka_stack_secured_listeners: dict[Literal["SASL_PLAINTEXT", "SASL_SSL", "SSL"], int] = Field(
        default_factory=dict, description="secured listeners the local broker opens beside its PLAINTEXT one, e.g. "
        "'{\"SASL_PLAINTEXT\": 9094, \"SASL_SSL\": 9095}': SCRAM-SHA-512 (or SCRAM-SHA-256 when "
        "DEALWIRE_KAFKA_SASL_MECHANISM says so; PLAIN too) for DEALWIRE_KAFKA_SASL_USERNAME / _PASSWORD, generated "
        "when unset; TLS with a certificate from a CA the stack makes (DEALWIRE_KAFKA_SSL_CAFILE); SSL demands a "
        "client certificate (mutual TLS: DEALWIRE_KAFKA_SSL_CERTFILE / _KEYFILE, made by the same CA). Off by default",
    )
    kafka_heap: str = "512m"
    seaweedfs_master_port: int = 9333
    seaweedfs_volume_port: int = 8088
    seaweedfs_filer_port: int = 8888
    seaweedfs_admin_port: int | None = Field(
        None, description="the admin server `weed mini` always starts (maintenance workers; its UI is off; gRPC on "
        "+10000). Unset, it moves with the S3 port: weed's 23646 for S3 on 8333, 23646 + (S3 port - 8333) otherwise, "
        "so two stacks with different S3 ports never share it. weed's fixed default moved the second stack on a "
        "machine to whatever port was free next, unannounced and unchecked",
    )
    stack_start_timeout_s: float = 90.0

    @model_validator(mode="after")
    def _batch_inside_poll_interval(self) -> Settings:
        if self.batch_max_seconds * 1000 > self.kafka_max_poll_interval_ms / 2:
            raise ValueError(
                f"batch_max_seconds ({self.batch_max_seconds}) must stay under half of kafka_max_poll_interval_ms "
                f"({self.kafka_max_poll_interval_ms}): a batch then always commits before the group drops the consumer"
            )
        return self

    @field_validator("kafka_security_protocol", "kafka_sasl_mechanism", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("kafka_sasl_mechanism", "kafka_sasl_username", "kafka_sasl_password", "kafka_ssl_cafile",
                     "kafka_ssl_certfile", "kafka_ssl_keyfile", "kafka_ssl_key_password", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # docker-compose.yml passes `${DEALWIRE_KAFKA_SASL_PASSWORD:-}`: an empty value is a setting not given, not an
        # empty password that would pass the SASL check below and fail at the broker
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _sasl_complete(self) -> Settings:
        # kafka-python silently skips SASL under a non-SASL protocol and fails late, with an unnamed error, on a
        # mechanism without a user: say which setting is missing before any client is built
        sasl = self.kafka_security_protocol.startswith("SASL_")
        if sasl and not self.kafka_sasl_mechanism:
            raise ValueError(f"kafka_security_protocol {self.kafka_security_protocol} needs kafka_sasl_mechanism "
                             "(PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)")
        if self.kafka_sasl_mechanism and not sasl:
            raise ValueError(f"kafka_sasl_mechanism {self.kafka_sasl_mechanism} is used only with "
                             "kafka_security_protocol SASL_PLAINTEXT or SASL_SSL, not "
                             f"{self.kafka_security_protocol}")
        if sasl and (not self.kafka_sasl_username or self.kafka_sasl_password is None):
            raise ValueError(f"kafka_security_protocol {self.kafka_security_protocol} needs kafka_sasl_username and "
                             "kafka_sasl_password")
        if self.kafka_ssl_keyfile is not None and self.kafka_ssl_certfile is None:
            raise ValueError("kafka_ssl_keyfile is the key of kafka_ssl_certfile, which is not set")
        if self.kafka_ssl_key_password is not None and self.kafka_ssl_certfile is None:
            raise ValueError("kafka_ssl_key_password is the password of the key of kafka_ssl_certfile, which is not set")
        return self

    @field_validator("stack_dir")
    @classmethod
    def _absolute_stack_dir(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The credentials written by `dealwire stack up` rank below real env vars,
        # so a deployment's own secrets always win over the local stack's.
        stack_credentials = DotEnvSettingsSource(
            settings_cls, env_file=_default_stack_dir() / CREDENTIALS_FILE
        )
        return (init_settings, env_settings, dotenv_settings, stack_credentials, file_secret_settings)

    # --- derived ---------------------------------------------------------
    def dlq_topic(self, topic: str) -> str:
        return f"{topic}{self.dlq_suffix}"

    @property
    def topics(self) -> list[str]:
        # Only extract dead-letters to Kafka: validate keeps its poison, with the bytes, in the quarantine bucket.
        return [self.topic_raw, self.topic_candidates, self.dlq_topic(self.topic_raw)]

    @property
    def buckets(self) -> list[str]:
        return [self.bucket_curated, self.bucket_quarantine, self.bucket_state, self.bucket_reports]

    @property
    def kafka_port(self) -> int:
        first = self.kafka_bootstrap_servers.split(",")[0]
        return int(first.rsplit(":", 1)[1])

    @property
    def kafka_stack_plaintext_port(self) -> int:
        """Where the local broker listens without security (its main listener, also used between its own parts)."""
        return self.kafka_stack_port if self.kafka_stack_port is not None else self.kafka_port

    @property
    def s3_port(self) -> int:
        parts = urlsplit(self.s3_endpoint_url)
        return parts.port or (443 if parts.scheme == "https" else 80)

    @property
    def seaweedfs_admin_http_port(self) -> int:
        if self.seaweedfs_admin_port is not None:
            return self.seaweedfs_admin_port
        return SEAWEEDFS_ADMIN_DEFAULT + self.s3_port - 8333  # an offset: distinct S3 ports, distinct admin ports

    @property
    def kafka_tls(self) -> bool:
        return self.kafka_security_protocol in ("SSL", "SASL_SSL")

    def kafka_client_config(self) -> dict[str, Any]:
        """Connection options shared by every kafka-python client."""
        config: dict[str, Any] = {
            "bootstrap_servers": self.kafka_bootstrap_servers.split(","),
            "security_protocol": self.kafka_security_protocol,
            # the first contact is one of the waits max_block_ms bounds (kafka-python's own limit is a fixed 30 s)
            "bootstrap_timeout_ms": self.kafka_max_block_ms,
            "reconnect_backoff_max_ms": self.kafka_reconnect_backoff_max_ms,
        }
        if self.kafka_sasl_mechanism:
            config["sasl_mechanism"] = self.kafka_sasl_mechanism
            config["sasl_plain_username"] = self.kafka_sasl_username
            if self.kafka_sasl_password is not None:
                config["sasl_plain_password"] = self.kafka_sasl_password.get_secret_value()
        if self.kafka_ssl_cafile is not None and self.kafka_tls:
            config["ssl_cafile"] = str(self.kafka_ssl_cafile)
        if self.kafka_ssl_certfile is not None and self.kafka_tls:
            config["ssl_certfile"] = str(self.kafka_ssl_certfile)
            if self.kafka_ssl_keyfile is not None:
                config["ssl_keyfile"] = str(self.kafka_ssl_keyfile)
            if self.kafka_ssl_key_password is not None:
                config["ssl_password"] = self.kafka_ssl_key_password.get_secret_value()
        return config


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests build their own ``Settings(...)`` instead."""
    return Settings()
