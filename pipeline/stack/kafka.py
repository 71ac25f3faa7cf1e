"""Apache Kafka 4.x, single node, KRaft, from the official jars on Maven Central.

The jars are resolved once by Maven from ``stack/kafka/pom.xml`` into the stack
folder (and cached in ~/.m2), the storage is formatted once, and the broker runs
with the machine's Java 17 as a background process owned by a PID file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import uuid
from pathlib import Path

from pipeline.settings import Settings
from pipeline.stack.process import Service, StackError, port_open
from pipeline.stack.tls import BROKER_FILE, CA_FILE, ensure_certificates

STACK_FILES = Path(__file__).resolve().parents[2] / "stack" / "kafka"
READY_LINE = "Kafka Server started"


def _home(settings: Settings) -> Path:
    return settings.stack_dir / "kafka"


def service(settings: Settings) -> Service:
    return Service("kafka", _home(settings), marker=f"{_home(settings) / 'server.properties'}")


def libs_dir(settings: Settings) -> Path:
    return _home(settings) / "libs"


def install(settings: Settings) -> None:
    """Copy the broker jars from Maven (a no-op when they are already there)."""
    libs = libs_dir(settings)
    if any(libs.glob("kafka_2.13-*.jar")):
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise StackError("Maven (mvn) is needed to fetch the Kafka broker jars; install it and retry")
    libs.mkdir(parents=True, exist_ok=True)
    log = _home(settings) / "maven.log"
    with open(log, "wb") as out:
        result = subprocess.run(
            [
                mvn, "-B", "-q", "-f", str(STACK_FILES / "pom.xml"),
                "dependency:copy-dependencies", "-DincludeScope=runtime", f"-DoutputDirectory={libs}",
            ],
            stdout=out, stderr=subprocess.STDOUT, check=False,
        )
    if result.returncode != 0 or not any(libs.glob("kafka_2.13-*.jar")):
        raise StackError(f"Maven could not fetch the Kafka jars (exit {result.returncode}): see {log}")


SCRAM_MECHANISMS = ("SCRAM-SHA-256", "SCRAM-SHA-512")
SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule required;"


def tls_dir(settings: Settings) -> Path:
    return _home(settings) / "tls"


def ca_file(settings: Settings) -> Path:
    """The CA that signed the local broker's certificate: what clients of its SASL_SSL listener give as
    ``DEALWIRE_KAFKA_SSL_CAFILE``."""
    return tls_dir(settings) / CA_FILE


def _listeners(settings: Settings) -> dict[str, int]:
    """Listener name (= its security protocol) -> port; the PLAINTEXT one first."""
    listeners: dict[str, int] = {"PLAINTEXT": settings.kafka_stack_plaintext_port}
    for name, port in settings.kafka_stack_secured_listeners.items():
        listeners[name] = port
    return listeners


PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule required user_{user}=\"{password}\";"


def _sasl_listeners(settings: Settings) -> list[str]:
    return [name for name in settings.kafka_stack_secured_listeners if name.startswith("SASL_")]


def _secured_lines(settings: Settings) -> list[str]:
    lines: list[str] = []
    secured = settings.kafka_stack_secured_listeners
    if not secured:
        return lines
    user = _scram_user(settings)
    if user is not None:
        lines.append(f"sasl.enabled.mechanisms={','.join(SCRAM_MECHANISMS)},PLAIN")
        for name in _sasl_listeners(settings):
            lines += [f"listener.name.{name.lower()}.{mechanism.lower()}.sasl.jaas.config={SCRAM_LOGIN}"
                      for mechanism in SCRAM_MECHANISMS]
            # PLAIN checks the password given here (Kafka keeps no PLAIN users of its own): the properties file is
            # written owner-only
            lines.append(f"listener.name.{name.lower()}.plain.sasl.jaas.config="
                         + PLAIN_LOGIN.format(user=user[0], password=user[1]))
    if "SASL_SSL" in secured or "SSL" in secured:
        # PEM in one file (PKCS#8 key, then the chain): no Java keystore, no keystore password
        lines += ["ssl.keystore.type=PEM", f"ssl.keystore.location={tls_dir(settings) / BROKER_FILE}"]
    if "SSL" in secured:
        # mutual TLS on the SSL listener only: a client certificate signed by the stack's CA
        lines += ["listener.name.ssl.ssl.client.auth=required", "listener.name.ssl.ssl.truststore.type=PEM",
                  f"listener.name.ssl.ssl.truststore.location={ca_file(settings)}"]
    return lines


def server_properties(settings: Settings) -> str:
    home = _home(settings)
    ctl = settings.kafka_controller_port
    listeners = _listeners(settings)
    bound = ",".join(f"{name}://127.0.0.1:{port}" for name, port in listeners.items())
    protocols = ",".join(["CONTROLLER:PLAINTEXT", *(f"{name}:{name}" for name in listeners)])
    return "\n".join(
        [
            "# written by `dealwire stack up`; edit the DEALWIRE_ settings instead",
            "process.roles=broker,controller",
            "node.id=1",
            f"listeners={bound},CONTROLLER://127.0.0.1:{ctl}",
            f"advertised.listeners={bound}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            f"listener.security.protocol.map={protocols}",
            *_secured_lines(settings),
            f"controller.quorum.bootstrap.servers=127.0.0.1:{ctl}",
            f"log.dirs={home / 'data'}",
            f"num.partitions={settings.kafka_partitions}",
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            # one node: a handful of coordinator partitions start in ~2 s instead of ~20 s
            "offsets.topic.num.partitions=5",
            "transaction.state.log.num.partitions=5",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "log.retention.hours=168",
            "",
        ]
    )


def _java(settings: Settings, main_class: str, *args: str) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise StackError("Java 17+ is needed to run the Kafka broker; install it and retry")
    return [
        java,
        f"-Xms{settings.kafka_heap}",
        f"-Xmx{settings.kafka_heap}",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={STACK_FILES / 'log4j2.yaml'}",
        "-cp",
        f"{libs_dir(settings)}/*",
        main_class,
        *args,
    ]


def new_cluster_id() -> str:
    """A random KRaft cluster id as Kafka makes one: 16 bytes, URL-safe base64, never starting with "-" (one id in
    64 did, and the storage tool's argument parser read it as an option: "--cluster-id: expected one argument")."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


SCRAM_MARK = "scram-users.json"
"""Beside the storage: a digest of the SCRAM users it was formatted with (Kafka keeps them in its metadata log)."""


def _scram_user(settings: Settings) -> tuple[str, str] | None:
    if not _sasl_listeners(settings):
        return None
    if not settings.kafka_sasl_username or settings.kafka_sasl_password is None:
        raise StackError("the local broker's SASL listeners need DEALWIRE_KAFKA_SASL_USERNAME and "
                         "DEALWIRE_KAFKA_SASL_PASSWORD (`dealwire stack up` generates them when unset)")
    user, password = settings.kafka_sasl_username, settings.kafka_sasl_password.get_secret_value()
    if any(char in user + password for char in '"\\;= \n') or not user.isprintable():
        raise StackError("the local broker's SASL user and password may not contain quotes, backslashes, ';', '=', "
                         "spaces or line breaks (they go into its JAAS configuration for PLAIN)")
    return user, password


def _scram_digest(user: tuple[str, str] | None, salt: str) -> str:
    return "" if user is None else hashlib.sha256((salt + json.dumps(user)).encode()).hexdigest()


def _scram_mismatch(settings: Settings) -> str | None:
    """Why the formatted storage lacks the SCRAM user the settings ask for (None: it has it, or none is asked for)."""
    home = _home(settings)
    user = _scram_user(settings)
    mark = home / SCRAM_MARK
    if user is None or not (home / "data" / "meta.properties").exists():
        return None
    formatted = json.loads(mark.read_text()) if mark.exists() else {"salt": "", "digest": ""}
    if formatted["digest"] == _scram_digest(user, formatted["salt"]):
        return None
    return (f"the local broker's storage ({home / 'data'}) was formatted without SCRAM user {user[0]!r} or with "
            f"another password, and Kafka takes SCRAM users at format time here")


def _delete_data(settings: Settings) -> str:
    return f"delete {_home(settings) / 'data'} (its topics and offsets go with it)"


def running_listeners(settings: Settings) -> dict[str, int]:
    """Listener name -> port of the running broker, from the properties it was started with (``start`` writes them
    only when it starts the broker)."""
    path = _home(settings) / "server.properties"
    lines = path.read_text().splitlines() if path.exists() else []
    value = next((line.split("=", 1)[1] for line in lines if line.startswith("listeners=")), "")
    listeners: dict[str, int] = {}
    for entry in filter(None, value.split(",")):
        name, _, address = entry.partition("://")
        if name != "CONTROLLER":
            listeners[name] = int(address.rsplit(":", 1)[1])
    return listeners


def _check_running(settings: Settings) -> None:
    """A running broker is left alone by ``up``, so say when it lacks what the settings ask for, instead of letting
    the clients of a listener that is not there wait for it (``BrokerUnavailable`` a minute later, with no word of
    why). It is not restarted: the pipeline's consumers, transactions and Airflow's watcher may be using it."""
    running = running_listeners(settings)
    missing = {name: port for name, port in _listeners(settings).items() if running.get(name) != port}
    mismatch = _scram_mismatch(settings)
    if not missing:
        if mismatch is not None:
            raise StackError(f"{mismatch}: stop the stack, {_delete_data(settings)} and start again")
        return
    wanted = ", ".join(f"{name} on port {port}" for name, port in missing.items())
    have = ", ".join(f"{name} on port {port}" for name, port in running.items()) or "unknown listeners"
    advice = ("run `dealwire stack down`, then `dealwire stack up` (a running broker is not restarted by `up`: the "
              "pipeline's consumers, transactions and Airflow's watcher may be using it)")
    if mismatch is not None:
        advice = (f"run `dealwire stack down`, {_delete_data(settings)}, then `dealwire stack up`, since {mismatch} "
                  "(a running broker is not restarted by `up`: the pipeline's consumers, transactions and Airflow's "
                  "watcher may be using it)")
    raise StackError(f"the local broker (pid {service(settings).pid()}) is already running with {have}, without "
                     f"{wanted} that DEALWIRE_KAFKA_STACK_SECURED_LISTENERS or DEALWIRE_KAFKA_STACK_PORT asks for: "
                     f"{advice}")


def _format_storage(settings: Settings) -> None:
    """Format the storage once, with the SCRAM users of the secured listeners (KRaft keeps them in its metadata, so
    they exist before the broker first starts; ``--add-scram`` is the supported way without a running broker)."""
    home = _home(settings)
    user = _scram_user(settings)
    mark = home / SCRAM_MARK
    if (home / "data" / "meta.properties").exists():
        if (mismatch := _scram_mismatch(settings)) is not None:
            raise StackError(f"{mismatch}: stop the stack, {_delete_data(settings)} and start again")
        return
    scram: list[str] = []
    if user is not None:
        for mechanism in SCRAM_MECHANISMS:
            scram += ["--add-scram", f"{mechanism}=[name={user[0]},password={user[1]}]"]
    result = subprocess.run(
        _java(settings, "kafka.tools.StorageTool", "format", "--standalone", f"--cluster-id={new_cluster_id()}",
              "-c", str(home / "server.properties"), *scram),
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        output = f"{result.stdout}\n{result.stderr}"
        if user is not None:
            output = output.replace(user[1], "***")  # the tool may echo its arguments
        raise StackError(f"formatting Kafka storage failed:\n{output}")
    salt = secrets.token_hex(16)
    mark.write_text(json.dumps({"salt": salt, "digest": _scram_digest(user, salt)}))


def start(settings: Settings) -> bool:
    """Start the broker if it is not running; True if this call started it."""
    svc = service(settings)
    if svc.running():
        _check_running(settings)
        return False
    ports = [(settings.kafka_stack_plaintext_port, "DEALWIRE_KAFKA_BOOTSTRAP_SERVERS or DEALWIRE_KAFKA_STACK_PORT"),
             (settings.kafka_controller_port, "DEALWIRE_KAFKA_CONTROLLER_PORT"),
             *((port, "DEALWIRE_KAFKA_STACK_SECURED_LISTENERS")
               for port in settings.kafka_stack_secured_listeners.values())]
    seen: dict[int, str] = {}
    for port, setting in ports:
        if port in seen:
            raise StackError(f"port {port} is given twice to the local broker ({seen[port]}, {setting})")
        seen[port] = setting
        if port_open(port):
            raise StackError(f"port {port} is taken by another process; set {setting}")
    install(settings)
    home = _home(settings)
    if {"SASL_SSL", "SSL"} & set(settings.kafka_stack_secured_listeners):
        ensure_certificates(tls_dir(settings))
    properties = home / "server.properties"
    fd = os.open(properties, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # PLAIN's password is in it
    with os.fdopen(fd, "w") as out:
        out.write(server_properties(settings))
    properties.chmod(0o600)
    _format_storage(settings)
    log_start = svc.begin_log()
    proc = svc.start(_java(settings, "kafka.Kafka", str(home / "server.properties")))

    def ready() -> bool:
        with open(svc.log_file, "rb") as log:
            log.seek(log_start)
            return READY_LINE.encode() in log.read() and all(port_open(port) for port in _listeners(settings).values())

    svc.wait_ready(proc, ready, settings.stack_start_timeout_s, f"'{READY_LINE}' in the log")
    return True
