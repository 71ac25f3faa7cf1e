"""Apache Kafka 4.x, single node, KRaft, from the official jars on Maven Central.

The jars are resolved once by Maven from ``stack/kafka/pom.xml`` into the stack
folder (and cached in ~/.m2), the storage is formatted once, and the broker runs
with the machine's Java 17 as a background process owned by a PID file.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import uuid
from pathlib import Path

from pipeline.settings import Settings
from pipeline.stack.process import Service, StackError, port_open

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


def server_properties(settings: Settings) -> str:
    home = _home(settings)
    port = settings.kafka_port
    ctl = settings.kafka_controller_port
    return "\n".join(
        [
            "# written by `dealwire stack up`; edit the DEALWIRE_ settings instead",
            "process.roles=broker,controller",
            "node.id=1",
            f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{ctl}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
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


def _format_storage(settings: Settings) -> None:
    home = _home(settings)
    if (home / "data" / "meta.properties").exists():
        return
    result = subprocess.run(
        _java(settings, "kafka.tools.StorageTool", "format", "--standalone", f"--cluster-id={new_cluster_id()}",
              "-c", str(home / "server.properties")),
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise StackError(f"formatting Kafka storage failed:\n{result.stdout}\n{result.stderr}")


def start(settings: Settings) -> bool:
    """Start the broker if it is not running; True if this call started it."""
    svc = service(settings)
    if svc.running():
        return False
    for port, setting in ((settings.kafka_port, "DEALWIRE_KAFKA_BOOTSTRAP_SERVERS"),
                          (settings.kafka_controller_port, "DEALWIRE_KAFKA_CONTROLLER_PORT")):
        if port_open(port):
            raise StackError(f"port {port} is taken by another process; set {setting}")
    install(settings)
    home = _home(settings)
    (home / "server.properties").write_text(server_properties(settings))
    _format_storage(settings)
    log_start = svc.begin_log()
    proc = svc.start(_java(settings, "kafka.Kafka", str(home / "server.properties")))

    def ready() -> bool:
        with open(svc.log_file, "rb") as log:
            log.seek(log_start)
            return READY_LINE.encode() in log.read() and port_open(settings.kafka_port)

    svc.wait_ready(proc, ready, settings.stack_start_timeout_s, f"'{READY_LINE}' in the log")
    return True
