"""A broker that demands SASL/SCRAM, over plaintext and over TLS with a private CA, as production clusters do.

One broker of the module's own (the stack's jars, the stack's secured listeners: PLAINTEXT, SASL_PLAINTEXT with SCRAM
and PLAIN, SASL_SSL, and SSL demanding a client certificate), on the first five free ports from the stack's Kafka
port + 2 (29094-29098 beside a stack on 29092, unless the stack's own secured listeners hold some), so the shared stack's broker is never touched. The real stages run through each secured listener; each way of being refused (a
wrong password, an unknown user, a CA that did not sign the broker's certificate, a client without SASL at a SASL
listener, a client without TLS at a TLS listener) ends in one ``BrokerRefused`` that says what was refused, within the
limit, and no secret reaches the error, the logs or the run summary.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from pipeline.bus.admin import admin_client, ensure_topics
from pipeline.bus.broker import BrokerRefused
from pipeline.bus.consumer import consumer_lag, read_topic
from pipeline.bus.producer import make_producer
from pipeline.feeds.sources import Source
from pipeline.models import DealRecord
from pipeline.settings import Settings
from pipeline.stack import kafka
from pipeline.stack.process import port_open
from pipeline.stack.tls import CLIENT_CERT_FILE, CLIENT_KEY_FILE, ensure_certificates
from pipeline.stages import extract, ingest, replay
from pipeline.store.s3 import s3_client
from tests.integration.test_ingest import json_feed
from tests.logcheck import assert_not_logged, capture_past_airflow

pytestmark = pytest.mark.integration

USER = "velkor-pipeline"
PASSWORD = "Sesame-" + uuid.uuid4().hex  # the canary: it must appear in no error, log line or stored summary
# wrong ones, made at run time too: a traceback printed beside the logs shows the source lines that name them
WRONG_PASSWORD, OTHER_PASSWORD = "Sesame-not-it-" + uuid.uuid4().hex[:8], "Sesame-no-" + uuid.uuid4().hex[:8]
DEAL = "{buyer} agreed to acquire {target} for about $40 million in cash, the companies said on Monday."
LIMIT_MS = 1000  # for the waits that run out: a PLAINTEXT client at a secured listener, a frozen broker
SECURED_LIMIT_MS = 5000  # a secured client's refusal comes before the limit: long enough to tell it did
SLACK_S = 5.0  # the broker-loss tests' slack for a loaded machine


def _bound_s(settings: Settings) -> float:
    """The broker-loss tests' bound: the limit x 1.5 plus slack."""
    return settings.kafka_max_block_ms / 1000 * 1.5 + SLACK_S


def _free_near(stack_settings: Settings, count: int) -> list[int]:
    """``count`` free loopback ports among the stack's Kafka port + 2 to + 7 (the ports these tests may take)."""
    near = [port for port in range(stack_settings.kafka_port + 2, stack_settings.kafka_port + 8)
            if port != stack_settings.kafka_controller_port and not port_open(port)]
    if len(near) < count:
        pytest.fail(f"the secured tests need {count} free ports among {stack_settings.kafka_port + 2} to "
                    f"{stack_settings.kafka_port + 7}; only {near} are free")
    return near[:count]


@pytest.fixture(scope="module")
def secured_broker(stack_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The module's broker; the settings point at its PLAINTEXT listener (SCRAM user and CA set for the others)."""
    plaintext, controller, scram, tls, mutual = _free_near(stack_settings, 5)
    home = tmp_path_factory.mktemp("secured") / "stack"
    settings = stack_settings.model_copy(update={
        "stack_dir": home,
        "kafka_bootstrap_servers": f"127.0.0.1:{plaintext}",
        "kafka_stack_port": None,
        "kafka_controller_port": controller,
        "kafka_stack_secured_listeners": {"SASL_PLAINTEXT": scram, "SASL_SSL": tls, "SSL": mutual},
        "kafka_sasl_username": USER,
        "kafka_sasl_password": SecretStr(PASSWORD),
        "kafka_ssl_cafile": None,
        "kafka_heap": "256m",
    })
    libs = kafka.libs_dir(settings)
    libs.parent.mkdir(parents=True)
    libs.symlink_to(kafka.libs_dir(stack_settings), target_is_directory=True)
    kafka.start(settings)
    try:
        tls_dir = kafka.tls_dir(settings)  # the CA and the client certificate the SSL listener demands (mutual TLS)
        yield settings.model_copy(update={"kafka_ssl_cafile": kafka.ca_file(settings),
                                          "kafka_ssl_certfile": tls_dir / CLIENT_CERT_FILE,
                                          "kafka_ssl_keyfile": tls_dir / CLIENT_KEY_FILE})
    finally:
        kafka.service(settings).stop()


def test_up_on_the_running_secured_broker_accepts_its_listeners_and_names_what_it_lacks(
    secured_broker: Settings,
) -> None:
    from pipeline.stack.process import StackError

    pid = kafka.service(secured_broker).pid()
    listeners = secured_broker.kafka_stack_secured_listeners
    assert kafka.start(secured_broker) is False
    assert kafka.start(secured_broker.model_copy(update={"kafka_stack_secured_listeners": {
        "SASL_SSL": listeners["SASL_SSL"]}})) is False, "fewer listeners than it has: nothing to say"
    with pytest.raises(StackError, match=f"without SASL_SSL on port {listeners['SASL_SSL'] + 100} that"):
        kafka.start(secured_broker.model_copy(update={"kafka_stack_secured_listeners": {
            "SASL_SSL": listeners["SASL_SSL"] + 100}}))
    with pytest.raises(StackError, match=f"formatted without SCRAM user '{USER}' or with another password") as raised:
        kafka.start(secured_broker.model_copy(update={"kafka_sasl_password": SecretStr("Sesame-other")}))
    assert "Sesame" not in str(raised.value) and kafka.service(secured_broker).pid() == pid


def through(settings: Settings, protocol: str, **changes: Any) -> Settings:
    """``settings`` as a client of the broker's ``protocol`` listener (SCRAM-SHA-512 for the SASL ones)."""
    port = settings.kafka_stack_secured_listeners.get(protocol, settings.kafka_port)  # type: ignore[call-overload]
    sasl = protocol.startswith("SASL_")
    return settings.model_copy(update={
        "kafka_bootstrap_servers": f"127.0.0.1:{port}",
        "kafka_security_protocol": protocol,
        "kafka_sasl_mechanism": "SCRAM-SHA-512" if sasl else None,
        **changes,
    })


@pytest.fixture
def secured(secured_broker: Settings, isolated_settings: Settings) -> Iterator[Settings]:
    """The module's broker with this test's own topics, groups and buckets (the buckets on the shared S3)."""
    names = ("topic_raw", "topic_candidates", "group_extract", "group_validate", "group_replay", "bucket_curated",
             "bucket_quarantine", "bucket_state", "bucket_reports", "kafka_transactional_id_prefix",
             "kafka_session_timeout_ms", "kafka_heartbeat_interval_ms")
    settings = secured_broker.model_copy(update={name: getattr(isolated_settings, name) for name in names})
    # a drained run ends after two empty polls, counted once it has read to the end: short polls end it sooner
    settings = settings.model_copy(update={"poll_timeout_ms": 300})
    ensure_topics(settings)
    yield settings
    admin = admin_client(settings)
    try:
        admin.delete_topics(settings.topics)
    finally:
        admin.close()


def _debug(caplog: pytest.LogCaptureFixture) -> None:
    """Capture kafka-python's DEBUG lines too (its admin client logs its configuration, its parser every request),
    also after a CLI test set the kafka loggers to WARNING."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="kafka")


# where a password could reach the logs: the stages' own loggers, and kafka-python's lines that carry it at DEBUG
# (its admin client's configuration, its parser's request bytes, a connection's SASL exchange)
AT_DEBUG = {name: logging.DEBUG for name in ("pipeline", "kafka.admin.client", "kafka.protocol.parser",
                                              "kafka.net.connection")}
AT_INFO = {"pipeline": logging.INFO, "kafka": logging.WARNING}  # an Airflow task log's levels
# the watcher runs in Airflow's triggerer: its own lines, and Airflow's and the Kafka provider's at Airflow's level (the
# trigger's ``self.log`` and Airflow's hooks write through structlog to stdout: ``printed``, ``structlog_through``)
WATCHER_LOGS = AT_DEBUG | {"pipeline.watcher": logging.DEBUG, "airflow.providers.apache.kafka": logging.INFO}


def _no_secret(caplog: pytest.LogCaptureFixture, *texts: str, through: dict[str, int] = AT_DEBUG,
               others: tuple[str, ...] = (), printed: pytest.CaptureFixture[str] | None = None,
               structlog_through: tuple[Any, ...] = ()) -> None:
    """The SASL password (and ``others``) in no log line, proven able to fail (``tests.logcheck``), nor in ``texts``."""
    assert_not_logged(caplog, (PASSWORD, *others), through=through, printed=printed,
                      structlog_through=structlog_through)
    for n, text in enumerate(texts):
        assert PASSWORD not in text, f"the SASL password is in text {n}"


@pytest.mark.slow
@pytest.mark.parametrize(("protocol", "mechanism"), [("SASL_SSL", "SCRAM-SHA-512"), ("SASL_PLAINTEXT", "PLAIN"),
                                                   ("SSL", None)])
def test_the_stages_run_through_a_secured_listener(
    secured: Settings, protocol: str, mechanism: str | None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """SCRAM over TLS, PLAIN without it (the password in clear on the wire: over TLS in production), and TLS with a
    client certificate and no SASL (mutual TLS, as MSK's and Strimzi's "tls" users). SCRAM without TLS is the
    refusal tests' and the watcher's; each run of every stage costs about 6 s."""
    caplog.set_level(logging.INFO)
    settings = through(secured, protocol, kafka_sasl_mechanism=mechanism)
    feed = json_feed(tmp_path / "feed.json", [
        {"url": f"https://news.example.com/velkor-{n}", "title": "Velkor buys a rival",
         "content_text": DEAL.format(buyer=f"Velkor Holdings {n}", target=f"Norvia Systems {n}"),
         "date_published": "2025-06-03T08:00:00Z"}
        for n in range(3)
    ])
    published = ingest.run(settings, sources=[Source(id="velkor", url=feed.as_uri(), lang="en")])
    assert published.ok and published.counts["published"] == 3, published.problems
    poison = make_producer(settings)  # an idempotent producer through the same listener
    poison.send(settings.topic_raw, key=b"poison", value=b"\xff not a raw item").get(timeout=10)
    poison.close()

    extracted = extract.run(settings)  # consume, produce and commit in one transaction per batch
    assert extracted.counts["consumed"] == 4 and extracted.counts["dlq"] == 1, extracted.counts
    assert extracted.counts["records_out"] >= 3, extracted.counts
    assert sum(lag.behind for lag in consumer_lag(settings, settings.group_extract, settings.topic_raw)) == 0
    letters = replay.dead_letters(settings)
    assert [(letter.key, letter.replayed) for letter in letters] == [("poison", False)], letters

    from pipeline.stages import validate

    validated = validate.run(settings)
    assert validated.counts["records_in"] == extracted.counts["records_out"], validated.counts
    client = s3_client(settings)
    listed = client.list_objects_v2(Bucket=settings.bucket_curated, Prefix="deals/v1/")
    bodies = [client.get_object(Bucket=settings.bucket_curated, Key=obj["Key"])["Body"].read()
              for obj in listed["Contents"] if obj["Key"].endswith(".jsonl")]
    curated = [DealRecord.model_validate_json(line) for body in bodies for line in body.splitlines()]
    assert len(curated) == validated.counts["records_in"] and len({r.mention_id for r in curated}) == len(curated)
    assert sum(lag.behind for lag in consumer_lag(settings, settings.group_validate, settings.topic_candidates)) == 0
    candidates = read_topic(settings, settings.topic_candidates)
    assert len(candidates) == extracted.counts["records_out"]
    _no_secret(caplog, *(report.model_dump_json() for report in (published, extracted, validated)), through=AT_INFO)


def _no_extractor(item: object, *, extracted_at: datetime | None = None) -> list[DealRecord]:
    raise AssertionError("nothing can be read from a broker that refuses or does not answer")


def _timed(call: Callable[[], object]) -> tuple[BaseException, float]:
    started = time.monotonic()
    try:
        call()
    except BaseException as error:  # noqa: BLE001 - handed back to the test
        return error, time.monotonic() - started
    pytest.fail("the call went through a broker that should have refused it")


def _refused(error: BaseException, wall_s: float, settings: Settings, *named: str) -> str:
    """``error`` is the named refusal, within the bound; a secured client's comes before the limit (its check runs
    before kafka-python's wait), a PLAINTEXT client's after it."""
    assert isinstance(error, BrokerRefused), f"BrokerRefused, not {error!r}"
    message = str(error)
    bound_s = _bound_s(settings)
    assert wall_s <= bound_s, f"refused after {wall_s:.1f} s; the bound is {bound_s:.1f} s ({message})"
    if settings.kafka_security_protocol == "PLAINTEXT":
        assert wall_s >= settings.kafka_max_block_ms / 1000, "a PLAINTEXT client is not checked before its wait"
    else:
        assert wall_s < settings.kafka_max_block_ms / 1000, f"waited {wall_s:.1f} s for a refusal known at once"
    assert f"Kafka at {settings.kafka_bootstrap_servers} refused" in message, message
    for text in named:
        assert text in message, message
    assert PASSWORD not in message and "Sesame-" not in message
    return message


@pytest.mark.parametrize("who", ["wrong password", "unknown user"])
def test_a_wrong_password_or_an_unknown_user_fails_the_stages_with_one_named_error(
    secured: Settings, who: str, caplog: pytest.LogCaptureFixture
) -> None:
    _debug(caplog)
    user = USER if who == "wrong password" else "norvia-nobody"
    settings = through(secured, "SASL_PLAINTEXT", kafka_max_block_ms=SECURED_LIMIT_MS, kafka_sasl_username=user,
                       kafka_sasl_password=SecretStr(WRONG_PASSWORD if who == "wrong password" else PASSWORD))
    named = (f"SASL user '{user}' with SCRAM-SHA-512", "wrong password or an unknown user", "DEALWIRE_KAFKA_SASL_PASSWORD")
    error, wall = _timed(lambda: extract.run(settings, extractor=_no_extractor))
    _refused(error, wall, settings, "connecting the consumer of group", "nothing was read or committed", *named)
    if who == "unknown user":
        _no_secret(caplog)
        return  # the broker answers both alike: the rest is the wrong password's
    error, wall = _timed(lambda: consumer_lag(settings, settings.group_extract, settings.topic_raw))
    _refused(error, wall, settings, *named)
    error, wall = _timed(lambda: admin_client(settings).close())
    _refused(error, wall, settings, "connecting the admin client", *named)

    from pipeline.stages import validate
    from pipeline.validate.suite import SuiteRunner

    SuiteRunner().close()  # Great Expectations' first load (seconds of CPU) is not the wait under test
    error, wall = _timed(lambda: validate.run(settings))
    message = _refused(error, 0.0, settings, *named)  # the time is the suite's, Data Docs' and the summary's
    client = s3_client(settings)
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=settings.bucket_reports, Prefix="runs/validate/")["Contents"]]
    summary = client.get_object(Bucket=settings.bucket_reports, Key=keys[0])["Body"].read().decode()
    assert [p["kind"] for p in json.loads(summary)["problems"]] == ["BrokerRefused"] and message[:60] in summary
    assert WRONG_PASSWORD not in summary
    _no_secret(caplog, summary, others=(WRONG_PASSWORD,))


def test_ingest_refused_by_the_broker_names_it_before_fetching(
    secured: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _debug(caplog)
    settings = through(secured, "SASL_SSL", kafka_max_block_ms=SECURED_LIMIT_MS,
                       kafka_sasl_password=SecretStr(OTHER_PASSWORD))
    feed = json_feed(tmp_path / "feed.json", [{"url": "https://news.example.com/dastrel", "content_text": "Dastrel."}])
    error, wall = _timed(lambda: ingest.run(settings, sources=[Source(id="dastrel", url=feed.as_uri(), lang="en")]))
    _refused(error, wall, settings, "connecting the producer", f"SASL user '{USER}'")
    _no_secret(caplog, others=(OTHER_PASSWORD,))


def test_a_ca_that_did_not_sign_the_brokers_certificate_is_named(secured_broker: Settings, tmp_path: Path) -> None:
    secured = secured_broker  # refused before any topic or bucket is touched
    other_ca = ensure_certificates(tmp_path / "other-ca")  # a CA of its own, as from another cluster
    for cafile, named in ((other_ca, f"DEALWIRE_KAFKA_SSL_CAFILE={other_ca}"),
                          (None, "the system's CAs (DEALWIRE_KAFKA_SSL_CAFILE unset)")):
        settings = through(secured, "SASL_SSL", kafka_max_block_ms=SECURED_LIMIT_MS, kafka_ssl_cafile=cafile)
        error, wall = _timed(lambda: extract.run(settings, extractor=_no_extractor))  # noqa: B023 - called at once
        _refused(error, wall, settings, "its TLS certificate is not trusted", named)
    missing = tmp_path / "no-such-ca.pem"
    settings = through(secured, "SASL_SSL", kafka_max_block_ms=SECURED_LIMIT_MS, kafka_ssl_cafile=missing)
    error, wall = _timed(lambda: admin_client(settings).close())
    _refused(error, wall, settings, f"DEALWIRE_KAFKA_SSL_CAFILE={missing} is not a file")


def test_mutual_tls_and_plain_refusals_are_named(secured_broker: Settings, tmp_path: Path) -> None:
    """No client certificate where the listener demands one, one from a CA the broker does not trust, a key that is
    not the certificate's, and SASL/PLAIN with a wrong password: each one ``BrokerRefused`` before the limit."""
    secured = secured_broker  # refused before any topic or bucket is touched
    other = ensure_certificates(tmp_path / "other-ca").parent  # a CA and a client certificate of another cluster
    ours = secured.kafka_ssl_certfile
    cases: list[tuple[dict[str, Any], tuple[str, ...]]] = [
        ({"kafka_ssl_certfile": None, "kafka_ssl_keyfile": None},
         ("demands a client certificate (mutual TLS; TLS alert", "set DEALWIRE_KAFKA_SSL_CERTFILE")),
        ({"kafka_ssl_certfile": other / CLIENT_CERT_FILE, "kafka_ssl_keyfile": other / CLIENT_KEY_FILE},
         (f"refused the client certificate DEALWIRE_KAFKA_SSL_CERTFILE={other / CLIENT_CERT_FILE}",)),
        ({"kafka_ssl_keyfile": other / CLIENT_KEY_FILE},
         (f"no client certificate could be loaded from DEALWIRE_KAFKA_SSL_CERTFILE={ours}", "KEY_VALUES_MISMATCH")),
    ]
    for changes, named in cases:
        settings = through(secured, "SSL", kafka_max_block_ms=SECURED_LIMIT_MS, **changes)
        error, wall = _timed(lambda: extract.run(settings, extractor=_no_extractor))  # noqa: B023 - called at once
        _refused(error, wall, settings, "connecting the consumer of group", *named)
    settings = through(secured, "SASL_PLAINTEXT", kafka_sasl_mechanism="PLAIN", kafka_max_block_ms=SECURED_LIMIT_MS,
                       kafka_sasl_password=SecretStr("Sesame-plain-no"))
    error, wall = _timed(lambda: admin_client(settings).close())
    message = _refused(error, wall, settings, f"refused SASL user '{USER}' with PLAIN", "DEALWIRE_KAFKA_SASL_PASSWORD")
    assert "Sesame-plain-no" not in message


TLS12_ONLY = """openssl_conf = openssl_init
[openssl_init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
MaxProtocol = TLSv1.2
"""
"""OpenSSL's configuration for a process whose TLS stops at 1.2 (Python's ssl and librdkafka read it), as with a broker
or a TLS proxy that offers no TLS 1.3: the mutual-TLS refusal then comes inside the handshake, not after it."""

WATCHER_CLIENT = """
import json, sys, time
from confluent_kafka import Consumer
from pipeline.watcher import _is_refusal, refusal_text
config, errors = json.loads(sys.argv[1]), []
consumer = Consumer(config | {"error_cb": errors.append, "log_level": 0})
deadline = time.monotonic() + 15
while time.monotonic() < deadline and not any(_is_refusal(e) for e in errors):
    consumer.poll(0.3)
consumer.close()
refused = next((e for e in errors if _is_refusal(e)), None)
print(refusal_text(refused, config, ["news.raw.v1"], "kafka_default") if refused else "NOT REFUSED: %s" % errors[:2])
"""


@pytest.mark.parametrize("tls", ["1.3", "1.2"])
def test_ssl_without_a_client_certificate_at_the_mutual_tls_listener_is_named_over_tls_1_2_and_1_3(
    secured_broker: Settings, tmp_path: Path, tls: str
) -> None:
    """What a user of ``dealwire`` and of Airflow's watcher sees with SSL and no client certificate at a listener that
    demands one, as separate processes (the CLI, a librdkafka consumer as the watcher reads it). TLS 1.3 (Java 17's
    broker and this machine's OpenSSL agree on it) sends the refusal after the handshake; TLS 1.2 inside it, which both
    used to call a listener that is not TLS."""
    import os
    import subprocess
    import sys

    from pipeline.orchestration import kafka_connection

    settings = through(secured_broker, "SSL", kafka_ssl_certfile=None, kafka_ssl_keyfile=None,
                       kafka_max_block_ms=SECURED_LIMIT_MS)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEALWIRE_KAFKA_", "OPENSSL_CONF"))}
    env |= {"DEALWIRE_KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
            "DEALWIRE_KAFKA_SECURITY_PROTOCOL": "SSL", "DEALWIRE_KAFKA_SSL_CAFILE": str(settings.kafka_ssl_cafile),
            "DEALWIRE_KAFKA_MAX_BLOCK_MS": str(SECURED_LIMIT_MS), "DEALWIRE_STACK_DIR": str(tmp_path / "no-stack"),
            "DEALWIRE_LOG_FORMAT": "json", "COLUMNS": "400"}
    if tls == "1.2":
        (tmp_path / "tls12.cnf").write_text(TLS12_ONLY)
        env["OPENSSL_CONF"] = str(tmp_path / "tls12.cnf")
    started = time.monotonic()
    cli = subprocess.run([str(Path(sys.executable).parent / "dealwire"), "lag"], env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    wall = time.monotonic() - started
    said = " ".join((cli.stdout + cli.stderr).split())
    assert cli.returncode != 0 and "dealwire failed: BrokerRefused" in said, said[-2000:]
    assert "the listener demands a client certificate (mutual TLS; TLS alert" in said, said[-2000:]
    assert "set DEALWIRE_KAFKA_SSL_CERTFILE" in said and "is not TLS" not in said, said[-2000:]
    assert wall < 30, f"refused after {wall:.1f} s: the check names it at once (limit {SECURED_LIMIT_MS} ms)"

    watcher = subprocess.run([sys.executable, "-c", WATCHER_CLIENT, json.dumps(kafka_connection(settings)["extra"])],
                             env=env, capture_output=True, text=True, timeout=60, check=False)
    line = watcher.stdout.strip()
    assert f"Kafka at {settings.kafka_bootstrap_servers} refused Airflow's watcher of news.raw.v1" in line, (
        line, watcher.stderr[-1000:])
    assert "the listener demands a client certificate (mutual TLS) and none was given" in line, line
    assert ("in state SSL_HANDSHAKE" if tls == "1.2" else "Receive failed") in line, f"not TLS {tls}'s path: {line}"


@pytest.mark.parametrize(("listener", "client", "named"), [
    ("SASL_PLAINTEXT", "PLAINTEXT", "the listener demands SASL authentication (mechanisms "),
    ("SASL_SSL", "PLAINTEXT", "may expect TLS (SSL or SASL_SSL), while DEALWIRE_KAFKA_SECURITY_PROTOCOL is PLAINTEXT"),
    ("PLAINTEXT", "SASL_PLAINTEXT", "does not use SASL, while DEALWIRE_KAFKA_SECURITY_PROTOCOL is SASL_PLAINTEXT"),
])
def test_a_client_whose_protocol_is_not_the_listeners_is_told_so(
    secured_broker: Settings, listener: str, client: str, named: str
) -> None:
    secured = secured_broker  # refused before any topic or bucket is touched
    port = through(secured, listener).kafka_bootstrap_servers
    settings = through(secured, client, kafka_max_block_ms=LIMIT_MS, kafka_bootstrap_servers=port)
    error, wall = _timed(lambda: extract.run(settings, extractor=_no_extractor))
    _refused(error, wall, settings, named)


def _watcher_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """``kafka_default`` as ``airflow_env`` writes it for every Airflow process (librdkafka's keys)."""
    from pipeline.orchestration import airflow_env

    monkeypatch.setenv("AIRFLOW_CONN_KAFKA_DEFAULT", airflow_env(settings, base={})["AIRFLOW_CONN_KAFKA_DEFAULT"])


def _as_the_triggerer_loads_it(trigger: Any) -> Any:
    """The trigger rebuilt from its serialized form, as the triggerer does (the DAG's object never runs there)."""
    from airflow.sdk.module_loading import import_string

    classpath, kwargs = trigger.serialize()
    return import_string(classpath)(**kwargs)


def _members(plaintext: Settings, group: str) -> int:
    """Members of consumer group ``group``, asked through the broker's PLAINTEXT listener."""
    from kafka.errors import CoordinatorNotAvailableError

    admin = admin_client(plaintext)
    try:
        described = admin.describe_groups([group])[group]  # kafka-python 3: {group_id: {key: value}}
        return len(described.get("members") or [])
    except CoordinatorNotAvailableError:  # a fresh broker makes its offsets topic at the first group: none yet
        return 0
    finally:
        admin.close()


def _connections_to(port: int) -> int:
    """This process's established TCP connections to ``port`` (librdkafka's sockets are the process's own)."""
    import os

    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "01" and int(fields[2].split(":")[1], 16) == port and fields[9] in inodes:
            count += 1
    return count


async def _until(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {seconds:g} s")
        await asyncio.sleep(0.3)


async def _send_until_event(settings: Settings, waiting: asyncio.Future[Any], seconds: float = 60) -> Any:
    """The event ``waiting`` (a trigger's next) resolves to; the trigger's group starts at the end ("latest"): send
    until it has joined and sees one."""
    producer = make_producer(settings)
    try:
        deadline = time.monotonic() + seconds
        while not waiting.done() and time.monotonic() < deadline:
            producer.send(settings.topic_raw, key=b"signal", value=b"{}").get(timeout=10)
            await asyncio.wait([waiting], timeout=2)
    finally:
        producer.close()
    if not waiting.done():
        waiting.cancel()
        pytest.fail(f"the watcher saw no message on the secured topic within {seconds:g} s")
    return waiting.result()


def test_the_airflow_watcher_reads_the_secured_topic_and_leaves_no_consumer_behind(
    secured: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The asset watcher's trigger (the provider's, confluent-kafka, as ``pipeline.watcher.TopicWatcher``) with the
    connection ``airflow_env`` builds, through the SASL_SSL listener. Cancelled by the triggerer's own code (a
    user's action or the triggerer stopping) and after its event, its consumer has left the group and its
    connections are closed (the provider's own trigger leaves that to ``cleanup()``; the DAG's object, run by
    hand, never closed it)."""
    from pipeline.orchestration import raw_asset
    from pipeline.watcher import TopicWatcher

    capture_past_airflow(caplog)
    _debug(caplog)
    settings = through(secured, "SASL_SSL", trigger_group=f"{secured.group_extract}-trigger")
    tls_port = settings.kafka_port
    _watcher_env(monkeypatch, settings)
    monkeypatch.setenv("AIRFLOW_DISABLE_GREENBACK_PORTAL", "true")
    declared = raw_asset(settings, watch=True).watchers[0].trigger
    assert isinstance(declared, TopicWatcher)

    async def after_its_event() -> Any:
        trigger = _as_the_triggerer_loads_it(declared)
        events = trigger.run()
        event = await _send_until_event(settings, asyncio.ensure_future(events.__anext__()))
        await events.aclose()  # the triggerer ends the run after the event (then calls cleanup(), a no-op now)
        assert trigger._consumer is None
        return event

    event = asyncio.run(after_its_event())
    assert _members(secured, settings.trigger_group) == 0 and _connections_to(tls_port) == 0
    payload = event.payload
    assert payload["topic"] == settings.topic_raw and payload["offset"] >= 0, payload
    _no_secret(caplog, json.dumps(payload, default=str), through=WATCHER_LOGS, printed=capsys,
               structlog_through=(declared.log,))

    from airflow.jobs.triggerer_job_runner import TriggerRunner

    quiet = settings.model_copy(update={"trigger_group": f"{settings.trigger_group}-quiet"})  # no offset: "latest"
    _watcher_env(monkeypatch, quiet)

    async def cancelled_by_the_triggerer() -> None:
        trigger = _as_the_triggerer_loads_it(declared)
        runner = TriggerRunner()
        runner.triggers = {1: {"name": "raw-watcher", "events": 0, "is_watcher": True}}
        running = asyncio.ensure_future(runner.run_trigger(1, trigger))
        await _until(lambda: _members(secured, quiet.trigger_group) == 1, 30, "the watcher joined no group")
        assert _connections_to(tls_port) >= 1
        running.cancel()  # what the triggerer's shutdown does to each trigger (a user's action adds a message)
        with pytest.raises(asyncio.CancelledError):
            await running
        assert trigger._consumer is None

    asyncio.run(cancelled_by_the_triggerer())
    # a member that did not leave stays for its session timeout (librdkafka's 45 s): none is left
    assert _members(secured, quiet.trigger_group) == 0 and _connections_to(tls_port) == 0


def test_the_airflow_watcher_names_a_refusal_backs_off_and_gets_in_once_the_secret_is_fixed(
    secured: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The provider's trigger died on a wrong password and the triggerer restarted it at once, a traceback every
    second or two without end; on an untrusted CA it printed librdkafka's error to stdout and retried forever. The
    watcher logs one ERROR line per attempt naming the refusal and the settings to check (a missing client
    certificate, a foreign CA, a wrong password), pauses (doubling), and gets in by itself once the connection it
    reads is right again (a rotated secret); a listener that only drops it (no SASL at a SASL listener) gets a
    WARNING that it is still waiting."""
    from pipeline.orchestration import raw_asset
    from pipeline.watcher import BLOCKED_LINE, WAITING_LINE

    capture_past_airflow(caplog)
    _debug(caplog)
    right = through(secured, "SASL_SSL", trigger_group=f"{secured.group_extract}-trigger")
    declared = raw_asset(right, watch=True).watchers[0].trigger
    pauses = {"refused_pause_s": 0.5, "refused_pause_max_s": 1.0, "silent_warn_s": 1.0}
    other_ca = ensure_certificates(tmp_path / "other-ca")

    def refusals() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.getMessage().startswith(BLOCKED_LINE)]

    async def refused_then_fixed() -> Any:
        classpath, kwargs = declared.serialize()
        from airflow.sdk.module_loading import import_string

        # a client without SASL at a SASL listener: librdkafka sees only disconnections, the watcher waits and says so
        sasl_port = through(secured, "SASL_PLAINTEXT").kafka_bootstrap_servers
        _watcher_env(monkeypatch, through(secured, "PLAINTEXT", kafka_bootstrap_servers=sasl_port))
        trigger = import_string(classpath)(**(kwargs | pauses))
        events = trigger.run()
        waiting = asyncio.ensure_future(events.__anext__())
        await _until(lambda: any(r.getMessage().startswith(WAITING_LINE) for r in caplog.records), 15, "no waiting line")
        assert not refusals() and not waiting.done()
        (said,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith(WAITING_LINE)]
        assert f"Kafka at {sasl_port} has not let Airflow's watcher" in said and "security.protocol than PLAINTEXT" in said
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert trigger._consumer is None

        _watcher_env(monkeypatch, through(secured, "SSL", kafka_ssl_certfile=None, kafka_ssl_keyfile=None))
        trigger = import_string(classpath)(**(kwargs | pauses))
        events = trigger.run()
        waiting = asyncio.ensure_future(events.__anext__())
        await _until(lambda: len(refusals()) >= 1, 15, "no refusal of the missing client certificate was logged")
        assert "the listener demands a client certificate (mutual TLS)" in refusals()[0], refusals()
        _watcher_env(monkeypatch, right.model_copy(update={"kafka_ssl_cafile": other_ca}))
        await _until(lambda: any("not trusted" in m for m in refusals()), 15, "no refusal of the foreign CA")
        assert f"its TLS certificate is not trusted by ssl.ca.location={other_ca}" in refusals()[-1], refusals()
        _watcher_env(monkeypatch, right.model_copy(update={"kafka_sasl_password": SecretStr(WRONG_PASSWORD)}))
        await _until(lambda: any("wrong password" in m for m in refusals()), 15, "no refusal of the password")
        before = len(refusals())
        await asyncio.sleep(2)
        assert not waiting.done(), "a refused watcher fires nothing and does not die"
        assert 1 <= len(refusals()) - before <= 3, f"{len(refusals()) - before} attempts in 2 s with pauses of 1 s"
        _watcher_env(monkeypatch, right)  # the secret is fixed where the connection is read
        event = await _send_until_event(right, waiting)
        await events.aclose()
        return event

    event = asyncio.run(refused_then_fixed())
    assert event.payload["topic"] == right.topic_raw
    wrong = next(m for m in refusals() if "wrong password" in m)
    assert f"Kafka at {right.kafka_bootstrap_servers} refused Airflow's watcher of {right.topic_raw}" in wrong
    assert f"unknown user '{USER}' with SCRAM-SHA-512" in wrong and "DEALWIRE_KAFKA_SASL_PASSWORD" in wrong, wrong
    _no_secret(caplog, others=(WRONG_PASSWORD,), through=WATCHER_LOGS, printed=capsys,
               structlog_through=(declared.log,))


KEY_PASSWORD = "Sesame-key-" + uuid.uuid4().hex  # the encrypted client key's password: a canary like PASSWORD


def _encrypted_key(settings: Settings, directory: Path) -> Path:
    """The stack's client key, password-protected (PKCS#8, as a company PKI hands them out) with ``KEY_PASSWORD``."""
    from cryptography.hazmat.primitives import serialization

    assert settings.kafka_ssl_keyfile is not None
    key = serialization.load_pem_private_key(settings.kafka_ssl_keyfile.read_bytes(), None)
    path = directory / "client-key-encrypted.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.BestAvailableEncryption(KEY_PASSWORD.encode())))
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    return path


def test_an_encrypted_client_key_opens_the_mutual_tls_listener_with_its_password(
    secured: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every kind of Kafka client the project makes, through the SSL listener (mutual TLS) with an encrypted key and
    DEALWIRE_KAFKA_SSL_KEY_PASSWORD: ingest's producer, extract's consumer and transactional producer, the admin client
    (which logs its configuration, ssl_password with it, at DEBUG), and Airflow's watcher (librdkafka's
    ssl.key.password, from the connection ``airflow_env`` builds). The password is in no log line, printed line or
    report."""
    from pipeline.orchestration import raw_asset

    capture_past_airflow(caplog)
    _debug(caplog)
    settings = through(secured, "SSL", kafka_ssl_keyfile=_encrypted_key(secured, tmp_path),
                       kafka_ssl_key_password=SecretStr(KEY_PASSWORD), trigger_group=f"{secured.group_extract}-trigger")
    feed = json_feed(tmp_path / "feed.json", [
        {"url": "https://news.example.com/velkor-key", "title": "Velkor buys a rival",
         "content_text": DEAL.format(buyer="Velkor Holdings", target="Norvia Systems"),
         "date_published": "2025-06-03T08:00:00Z"}])
    published = ingest.run(settings, sources=[Source(id="velkor", url=feed.as_uri(), lang="en")])
    assert published.ok and published.counts["published"] == 1, published.problems
    extracted = extract.run(settings, extractor=lambda item, *, extracted_at=None: [])
    assert extracted.counts["consumed"] == 1, extracted.counts
    assert sum(lag.behind for lag in consumer_lag(settings, settings.group_extract, settings.topic_raw)) == 0
    admin_client(settings).close()

    _watcher_env(monkeypatch, settings)
    monkeypatch.setenv("AIRFLOW_DISABLE_GREENBACK_PORTAL", "true")
    declared = raw_asset(settings, watch=True).watchers[0].trigger

    async def one_event() -> Any:
        trigger = _as_the_triggerer_loads_it(declared)
        events = trigger.run()
        event = await _send_until_event(settings, asyncio.ensure_future(events.__anext__()))
        await events.aclose()
        return event

    event = asyncio.run(one_event())
    assert event.payload["topic"] == settings.topic_raw
    assert_not_logged(caplog, (KEY_PASSWORD,), through=WATCHER_LOGS, printed=capsys, structlog_through=(declared.log,))
    for report in (published, extracted):
        assert KEY_PASSWORD not in report.model_dump_json()


def test_an_encrypted_client_key_without_its_password_or_with_a_wrong_one_is_named(
    secured_broker: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """OpenSSL says "PEM lib" for both (and, for kafka-python without a password, asked for a pass phrase on the
    terminal and waited there, or failed with "[Errno 22] Invalid argument" without one): the stages fail with one
    ``BrokerRefused`` naming the key and the setting before the limit, the watcher logs one BLOCKED line per attempt
    and pauses. No password in either."""
    from airflow.sdk.module_loading import import_string

    from pipeline.orchestration import raw_asset
    from pipeline.watcher import BLOCKED_LINE

    capture_past_airflow(caplog)
    _debug(caplog)
    encrypted = _encrypted_key(secured_broker, tmp_path)
    wrong = "Sesame-key-not-it-" + uuid.uuid4().hex[:8]
    cases = [(None, f"the client key in DEALWIRE_KAFKA_SSL_KEYFILE={encrypted} is encrypted and "
                    "DEALWIRE_KAFKA_SSL_KEY_PASSWORD is not set"),
             (SecretStr(wrong), f"the client key in DEALWIRE_KAFKA_SSL_KEYFILE={encrypted} could not be decrypted with "
                                "DEALWIRE_KAFKA_SSL_KEY_PASSWORD: a wrong password")]
    for password, named in cases:
        settings = through(secured_broker, "SSL", kafka_max_block_ms=SECURED_LIMIT_MS, kafka_ssl_keyfile=encrypted,
                           kafka_ssl_key_password=password)
        error, wall = _timed(lambda: extract.run(settings, extractor=_no_extractor))  # noqa: B023 - called at once
        _refused(error, wall, settings, "connecting the consumer of group", named)
        assert wrong not in str(error)

    declared = raw_asset(secured_broker, watch=True).watchers[0].trigger
    classpath, kwargs = declared.serialize()

    def refusals() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.getMessage().startswith(BLOCKED_LINE)]

    async def refused() -> None:
        for n, (password, named) in enumerate(cases):
            _watcher_env(monkeypatch, through(secured_broker, "SSL", kafka_ssl_keyfile=encrypted,
                                              kafka_ssl_key_password=password))
            trigger = import_string(classpath)(**(kwargs | {"refused_pause_s": 0.5, "refused_pause_max_s": 1.0}))
            waiting = asyncio.ensure_future(trigger.run().__anext__())
            await _until(lambda: len(refusals()) > n, 15, f"no refusal of case {n} was logged")  # noqa: B023
            said = refusals()[n]
            assert "could not load its client key from connection 'kafka_default'" in said, said
            assert f"ssl.key.location={encrypted}" in said, said
            assert ("is encrypted and DEALWIRE_KAFKA_SSL_KEY_PASSWORD is not set" if password is None
                    else "could not be decrypted with DEALWIRE_KAFKA_SSL_KEY_PASSWORD: a wrong password") in said, said
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting

    asyncio.run(refused())
    _no_secret(caplog, others=(wrong, KEY_PASSWORD), through=WATCHER_LOGS, printed=capsys,
               structlog_through=(declared.log,))


def test_a_secured_client_of_a_frozen_broker_still_fails_within_the_limit(
    secured_broker: Settings, stack_settings: Settings
) -> None:
    """A broker that takes connections and answers nothing (a partition, a long GC pause, a load balancer whose
    backend is gone): the check of the TLS and SASL steps gives up within its own bound and the failure stays the
    silent broker's, within the usual bound. Over TLS, kafka-python 3.0 waited for the handshake forever."""
    import socket

    with socket.socket() as frozen:
        frozen.bind(("127.0.0.1", _free_near(stack_settings, 1)[0]))
        frozen.listen(16)  # accepted by the kernel, never read
        port = frozen.getsockname()[1]
        # SASL_PLAINTEXT's first contact is bounded by kafka-python itself, like PLAINTEXT's (test_broker_loss)
        settings = through(secured_broker, "SASL_SSL", kafka_max_block_ms=LIMIT_MS,
                           kafka_bootstrap_servers=f"127.0.0.1:{port}")
        error, wall = _timed(lambda: extract.run(settings, extractor=_no_extractor))
    assert type(error).__name__ == "BrokerUnavailable", f"the silent broker's error, not {error!r}"
    assert wall <= _bound_s(settings), f"failed after {wall:.1f} s; the bound is {_bound_s(settings):.1f} s"
    assert f"Kafka at 127.0.0.1:{port} did not answer within" in str(error), str(error)
    assert "connecting the consumer of group" in str(error), str(error)
