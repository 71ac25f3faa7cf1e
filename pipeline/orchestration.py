"""Airflow wiring shared by the DAGs, ``dealwire demo`` and the tests.

Everything Airflow needs to know about Dealwire is configured here, once: the
environment of an Airflow process (home, DAG folder, parallelism, the Kafka
connection of the asset watcher), the assets the DAGs exchange, task defaults
and deadline alerts. The DAG files only wire stage functions to tasks.

Nothing here puts a secret into a DAG, an XCom or a log line: task callables
build their own ``Settings()`` from the environment at run time.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.settings import ENV_PREFIX, Settings

if TYPE_CHECKING:
    from airflow.sdk import Asset, DeadlineAlert  # type: ignore[attr-defined]  # a lazy export of airflow.sdk

REPO = Path(__file__).resolve().parents[1]
DAGS_FOLDER = REPO / "dags"
OWNER = "dealwire"
INGEST_DAG = "news_ingest"
PIPELINE_DAG = "deal_pipeline"
REPLAY_DAG = "dlq_replay"

log = logging.getLogger(__name__)


# --- the environment of every Airflow process ---------------------------------------


def airflow_home() -> Path:
    return Path(os.environ.get("AIRFLOW_HOME", REPO / ".airflow")).resolve()


def kafka_connection(settings: Settings) -> dict[str, Any]:
    """``kafka_default`` for the provider's trigger (confluent-kafka keys, not kafka-python's)."""
    extra: dict[str, Any] = {
        "bootstrap.servers": settings.kafka_bootstrap_servers,
        "security.protocol": settings.kafka_security_protocol,
        "group.id": settings.trigger_group,
        "auto.offset.reset": "latest",
        "enable.auto.commit": False,
    }
    if settings.kafka_sasl_mechanism:
        extra["sasl.mechanisms"] = settings.kafka_sasl_mechanism
        extra["sasl.username"] = settings.kafka_sasl_username
        if settings.kafka_sasl_password is not None:
            extra["sasl.password"] = settings.kafka_sasl_password.get_secret_value()
    if settings.kafka_ssl_cafile is not None and settings.kafka_tls:
        extra["ssl.ca.location"] = str(settings.kafka_ssl_cafile)
    if settings.kafka_ssl_certfile is not None and settings.kafka_tls:
        extra["ssl.certificate.location"] = str(settings.kafka_ssl_certfile)
        extra["ssl.key.location"] = str(settings.kafka_ssl_keyfile or settings.kafka_ssl_certfile)
        if settings.kafka_ssl_key_password is not None:
            extra["ssl.key.password"] = settings.kafka_ssl_key_password.get_secret_value()
    return {"conn_type": "kafka", "extra": extra}


KAFKA_CONNECTION_ENV = "AIRFLOW_CONN_KAFKA_DEFAULT"


def exec_with_kafka_connection(argv: Sequence[str]) -> None:
    """Run ``argv`` (an Airflow component) with ``kafka_default`` built from the ``DEALWIRE_`` settings in its env.

    For Airflow processes not started through ``airflow_env`` (docker-compose.yml): the watcher's connection then
    comes from the same settings as every other Kafka client (protocol, SASL, CA, ``trigger_group``) instead of a
    copy written by hand, and the password stays in the environment, never in a file. Settings that do not load
    (SASL without a password, say) stop the component here with pydantic's message, not in librdkafka's retries.
    """
    env = dict(os.environ)
    env[KAFKA_CONNECTION_ENV] = json.dumps(kafka_connection(Settings()))
    os.execvpe(argv[0], list(argv), env)


def airflow_env(
    settings: Settings | None = None,
    *,
    base: Mapping[str, str] | None = None,
    home: Path | None = None,
    overrides: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The environment for ``airflow …`` subprocesses: the one place Airflow is configured.

    Relative ``DEALWIRE_`` paths are made absolute because Airflow runs tasks from
    other working directories; ``overrides`` (e.g. isolated test topics) win.
    """
    env = dict(os.environ if base is None else base)
    env.update(overrides or {})
    settings = settings or Settings()
    env["AIRFLOW_HOME"] = str((home or Path(env.get("AIRFLOW_HOME", airflow_home()))).resolve())
    env["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    env["AIRFLOW__CORE__PARALLELISM"] = "4"  # the default 32 forks 32 workers: GBs of RSS on a laptop
    env["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS_FOLDER)
    env["AIRFLOW__API__HOST"] = env.get("AIRFLOW__API__HOST", "127.0.0.1")
    env.setdefault("AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION", "False")
    # Airflow 3.3.2 reads a DAG's owner from its unmapped tasks only: deal_pipeline's tasks are all mapped, so the UI and
    # the REST API would show the default owner ("airflow") instead of the one every task carries
    env.setdefault("AIRFLOW__OPERATORS__DEFAULT_OWNER", OWNER)
    env.setdefault("AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK", "False")
    env[f"{ENV_PREFIX}AIRFLOW_LOG_SERVER_HOST"] = settings.airflow_log_server_host
    if not _all_interfaces(settings.airflow_log_server_host):
        # the API server fetches a running task's log from http://<the task's hostname>:8793, and the machine's name
        # may resolve to an address the log server no longer listens on (Debian maps it to 127.0.1.1)
        env.setdefault("AIRFLOW__CORE__HOSTNAME_CALLABLE", f"{__name__}.log_server_hostname")
    env[KAFKA_CONNECTION_ENV] = json.dumps(kafka_connection(settings))
    env[f"{ENV_PREFIX}STACK_DIR"] = str(settings.stack_dir)
    env[f"{ENV_PREFIX}SOURCES_FILE"] = str(_absolute(settings.sources_file))
    return env


def _absolute(path: Path) -> Path:
    return path if path.is_absolute() else (Path.cwd() / path).resolve()


def _all_interfaces(host: str) -> bool:
    return host in ("", "0.0.0.0", "::")


def log_server_hostname() -> str:
    """Airflow's ``hostname_callable`` while its log servers listen on one address: that address."""
    return os.environ.get(f"{ENV_PREFIX}AIRFLOW_LOG_SERVER_HOST") or "127.0.0.1"


class _BoundUvicorn:
    """``uvicorn`` as Airflow's log server module sees it, with ``run`` listening on ``host``."""

    def __init__(self, uvicorn: Any, host: str) -> None:
        self._uvicorn, self.host = uvicorn, host

    def __getattr__(self, name: str) -> Any:
        return getattr(self._uvicorn, name)

    def run(self, *args: Any, **kwargs: Any) -> Any:
        return self._uvicorn.run(*args, **(kwargs | {"host": self.host}))


def bind_log_servers() -> None:
    """Make the log servers of this Airflow process listen on ``DEALWIRE_AIRFLOW_LOG_SERVER_HOST``.

    Airflow 3.3.2 starts them with ``uvicorn.run(host="")`` (every interface, IPv4 and IPv6) and no setting changes
    that: run from ``airflow_local_settings`` (``prepare_airflow_home`` writes it), which every Airflow process
    imports at start, before a scheduler or triggerer forks its log server."""
    host = os.environ.get(f"{ENV_PREFIX}AIRFLOW_LOG_SERVER_HOST", "127.0.0.1")
    if _all_interfaces(host):
        return
    from airflow.utils.serve_logs import core

    if not isinstance(core.uvicorn, _BoundUvicorn):
        core.uvicorn = _BoundUvicorn(core.uvicorn, host)  # type: ignore[assignment]  # a stand-in for the module


LOCAL_SETTINGS = "airflow_local_settings.py"
LOCAL_SETTINGS_TEXT = f"""# written by Dealwire (pipeline/orchestration.py): replace it to use your own
from {__name__} import bind_log_servers

__all__: list[str] = []  # no cluster policies here

bind_log_servers()
"""


def write_local_settings(home: Path) -> Path | None:
    """``AIRFLOW_HOME/config/airflow_local_settings.py`` (on the path of every Airflow process) calling
    ``bind_log_servers``; a file someone else wrote there is left alone (None)."""
    path = home / "config" / LOCAL_SETTINGS
    if path.exists() and not path.read_text(encoding="utf-8").startswith("# written by Dealwire"):
        log.warning("%s is not Dealwire's: Airflow's log servers keep listening on every interface", path)
        return None
    path.parent.mkdir(mode=0o700, exist_ok=True)
    path.write_text(LOCAL_SETTINGS_TEXT, encoding="utf-8")
    return path


PASSWORDS_FILE = "simple_auth_manager_passwords.json.generated"


def prepare_airflow_home(env: Mapping[str, str]) -> Path:
    """AIRFLOW_HOME as mode 700, with the UI's password file created (empty) as mode 600 before Airflow writes it.

    Airflow writes the admin password into that file with the umask's mode (644: every local user could read it and
    log in) and leaves its SQLite database (XComs, connections made in the UI) and task logs as readable. It keeps
    an existing file's mode, and reads an empty one as no passwords yet. The local settings bind the log servers
    (``write_local_settings``).
    """
    from pipeline.stack import owner_only

    home = Path(env["AIRFLOW_HOME"])
    owner_only(home)
    passwords = Path(env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE") or home / PASSWORDS_FILE)
    os.close(os.open(passwords, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    passwords.chmod(0o600)
    write_local_settings(home)
    return home


def airflow_bin() -> str:
    """The ``airflow`` script beside this interpreter (the project venv), else PATH's."""
    candidate = Path(sys.executable).with_name("airflow")
    return str(candidate) if candidate.exists() else "airflow"


def run_airflow(
    args: Sequence[str], env: Mapping[str, str], *, timeout: float = 900, capture: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run one ``airflow`` command; raise with its output tail if it fails."""
    proc = subprocess.run(
        [airflow_bin(), *args],
        env=dict(env),
        cwd=REPO,
        text=True,
        capture_output=capture,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        tail = ((proc.stdout or "") + (proc.stderr or ""))[-4000:]
        raise RuntimeError(f"airflow {' '.join(args)} exited {proc.returncode}:\n{tail}")
    return proc


def init_airflow(env: Mapping[str, str], settings: Settings) -> None:
    """Migrate the (SQLite) metadata DB and create the fetch pool; both idempotent."""
    prepare_airflow_home(env)
    run_airflow(["db", "migrate"], env)
    run_airflow(
        ["pools", "set", settings.fetch_pool, str(settings.fetch_pool_slots), "Dealwire: concurrent feed fetches"],
        env,
    )


@dataclass(frozen=True)
class DagTestRun:
    dag_id: str
    seconds: float
    output: str


def dags_test(dag_id: str, env: Mapping[str, str], *, timeout: float = 900) -> DagTestRun:
    """``airflow dags test``: a real run of every task, in-process, no scheduler needed.

    ``dags test`` exits 0 even when a task failed, so the final state is checked too.
    """
    started = time.monotonic()
    env = dict(env) | {f"{ENV_PREFIX}DEADLINE_ALERTS": "false"}  # see Settings.deadline_alerts
    proc = run_airflow(["dags", "test", dag_id], env, timeout=timeout)
    output = (proc.stdout or "") + (proc.stderr or "")
    elapsed = time.monotonic() - started
    finished = re.search(rf"DagRun Finished: dag_id={re.escape(dag_id)},.*?state=(\w+)", output)
    state = finished.group(1) if finished else "unknown"
    if state != "success":
        raise RuntimeError(f"airflow dags test {dag_id} ended in state {state}:\n{output[-6000:]}")
    return DagTestRun(dag_id=dag_id, seconds=elapsed, output=output)


# --- what the DAG files share -------------------------------------------------------


def raw_asset(settings: Settings, *, watch: bool = False) -> Asset:
    """The raw topic as an Asset; ``watch`` adds the Kafka message-queue watcher."""
    from airflow.sdk import Asset, AssetWatcher

    host = settings.kafka_bootstrap_servers.split(",")[0]
    watchers = []
    if watch:
        from pipeline.watcher import TopicWatcher

        # the provider's Kafka message trigger (what MessageQueueTrigger(scheme="kafka") runs), naming a refusing
        # broker and backing off instead of dying and restarting every second (pipeline/watcher.py)
        trigger = TopicWatcher(
            topics=[settings.topic_raw],
            apply_function=f"{__name__}.raw_message_signal",
            kafka_config_id="kafka_default",
        )
        watchers.append(AssetWatcher(name=f"{settings.topic_raw}-watcher", trigger=trigger))
    return Asset(name=settings.topic_raw, uri=f"kafka://{host}/{settings.topic_raw}", watchers=watchers)


def curated_asset(settings: Settings) -> Asset:
    """The curated deal records: downstream DAGs schedule on this."""
    from airflow.sdk import Asset

    return Asset(name=f"dealwire-curated:{settings.bucket_curated}", uri=f"s3://{settings.bucket_curated}/deals/v1")


def task_defaults(settings: Settings) -> dict[str, Any]:
    """Retries with exponential backoff and a timeout on every task, unless a task says otherwise."""
    return {
        "owner": OWNER,
        "retries": settings.task_retries,
        "retry_delay": timedelta(seconds=settings.task_retry_delay_s),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(seconds=settings.task_max_retry_delay_s),
        "execution_timeout": timedelta(seconds=settings.stage_timeout_s),
    }


def deadline(settings: Settings, minutes: float, *, what: str) -> DeadlineAlert | None:
    """A deadline after the run was queued; the callback is ``settings.deadline_callback``."""
    from airflow.sdk import AsyncCallback, DeadlineAlert, DeadlineReference  # type: ignore[attr-defined]  # lazy exports

    if not settings.deadline_alerts:
        return None
    return DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=timedelta(minutes=minutes),
        callback=AsyncCallback(settings.deadline_callback, kwargs={"what": what, "minutes": minutes}),
        name=f"{what} deadline",
    )


async def deadline_missed(what: str, minutes: float, context: Mapping[str, Any] | None = None, **_: Any) -> None:
    """Default deadline callback (runs in the triggerer): a loud log line ops can alert on.

    Point ``DEALWIRE_DEADLINE_CALLBACK`` at your own async function (Slack, pager…).
    """
    dag_run = (context or {}).get("dag_run") or {}
    run_id = dag_run.get("run_id") if isinstance(dag_run, Mapping) else getattr(dag_run, "run_id", None)
    log.error("DEALWIRE DEADLINE MISSED: %s not done %s minutes after it was queued (run %s)", what, minutes, run_id)


def raw_message_signal(message: Any) -> dict[str, Any] | None:
    """AssetWatcher apply_function: any non-empty raw message is a signal; only its position travels.

    The payload stays on the topic: the extract task reads it with its own offsets.
    """
    if message.value() is None:
        return None
    return {"topic": message.topic(), "partition": message.partition(), "offset": message.offset()}


def report_xcom(report: Any) -> dict[str, Any]:
    """What a task returns to XCom: counts and problem kinds, never settings or payloads."""
    kinds: dict[str, int] = {}
    for problem in report.problems:
        kinds[problem.kind] = kinds.get(problem.kind, 0) + 1
    links = {k: v for d in report.details for k, v in d.items() if k in _LINK_KEYS and isinstance(v, str)}
    return {"stage": report.stage, "counts": dict(report.counts), "problems": kinds} | links


_LINK_KEYS = ("data_docs", "run_summary")  # s3:// locations ops want from the task's XCom


class StageFailed(RuntimeError):
    """A stage reported problems that need a retry (the task fails, Airflow retries it)."""


def fail_on_problems(report: Any, *, what: str) -> None:
    """Raise when a report has problems, so the task retries and shows up red."""
    if report.problems:
        first = report.problems[0]
        raise StageFailed(f"{what}: {len(report.problems)} problem(s); first: {first.kind}: {first.message[:300]}")


_ROW_FIELDS = ("source_id", "status", "fetched", "new", "updated", "unchanged", "skipped", "errors", "error_kind")


def source_rows(report: Any) -> dict[str, Any]:
    """The ingest report reduced to per-source counts (no URLs, bodies or settings in XCom). Each repair is logged
    by name, so the task log says what was repaired (a feed read leniently, a byte replaced), not only that it worked."""
    for row in report.details:
        for repair in row.get("repairs") or []:
            log.info("source %s: repair: %s", row.get("source_id"), repair)
    rows = [{k: row.get(k) for k in _ROW_FIELDS} for row in report.details]
    return report_xcom(report) | {"rows": rows}


def summarize_sources(source_ids: Sequence[str], results: Sequence[Mapping[str, Any] | None]) -> dict[str, int]:
    """Log the per-source table; fail only if every source failed (nothing to hand downstream)."""
    header = f"{'source':<28} {'status':<13} {'fetched':>7} {'new':>5} {'updated':>7} {'unchanged':>9} {'skipped':>7}"
    lines = [header, "-" * len(header)]
    totals = {"sources": len(source_ids), "ok": 0, "failed": 0, "published": 0}
    for source_id, result in zip(source_ids, results, strict=True):
        rows = list((result or {}).get("rows") or [])
        if not rows:
            totals["failed"] += 1
            lines.append(f"{source_id:<28} {'FAILED':<13} (see the fetch_source[{source_id}] log)")
            continue
        totals["ok"] += 1
        for row in rows:
            totals["published"] += int(row.get("new") or 0) + int(row.get("updated") or 0)
            lines.append(
                f"{row['source_id']:<28} {row['status']:<13} {row['fetched']:>7} {row['new']:>5} "
                f"{row['updated']:>7} {row['unchanged']:>9} {row['skipped']:>7}"
            )
    log.info("ingest summary\n%s\n%s", "\n".join(lines), totals)
    if source_ids and totals["ok"] == 0:
        raise StageFailed(f"all {len(source_ids)} sources failed this cycle")
    return totals


if __name__ == "__main__":  # docker-compose.yml: python -m pipeline.orchestration airflow <component>
    if len(sys.argv) < 2:
        sys.exit("usage: python -m pipeline.orchestration COMMAND [ARGS...]: run COMMAND with kafka_default built "
                 "from the DEALWIRE_ settings")
    exec_with_kafka_connection(sys.argv[1:])
