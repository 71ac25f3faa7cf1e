"""A broker that demands SASL/SCRAM, over plaintext and over TLS with a private CA, as production clusters do.

One broker of the module's own (the stack's jars, the stack's secured listeners: PLAINTEXT, SASL_PLAINTEXT and
SASL_SSL), on the first four free ports from the stack's Kafka port + 2 (29094-29097 beside a stack on 29092, unless
the stack's own secured listeners hold some), so the shared stack's broker is never touched. The real stages run through each secured listener; each way of being refused (a
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
from pipeline.stack.tls import ensure_certificates
from pipeline.stages import extract, ingest, replay
from pipeline.store.s3 import s3_client
from tests.integration.test_ingest import json_feed

pytestmark = pytest.mark.integration

USER = "velkor-pipeline"
PASSWORD = "Sesame-" + uuid.uuid4().hex  # the canary: it must appear in no error, log line or stored summary
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
    plaintext, controller, scram, tls = _free_near(stack_settings, 4)
    home = tmp_path_factory.mktemp("secured") / "stack"
    settings = stack_settings.model_copy(update={
        "stack_dir": home,
        "kafka_bootstrap_servers": f"127.0.0.1:{plaintext}",
        "kafka_stack_port": None,
        "kafka_controller_port": controller,
        "kafka_stack_secured_listeners": {"SASL_PLAINTEXT": scram, "SASL_SSL": tls},
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
        yield settings.model_copy(update={"kafka_ssl_cafile": kafka.ca_file(settings)})
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


def _no_secret(caplog: pytest.LogCaptureFixture, *texts: str) -> None:
    assert caplog.records, "the stages logged nothing: the check below would prove nothing"
    for where, text in (("the logs", caplog.text), *((f"text {n}", t) for n, t in enumerate(texts))):
        assert PASSWORD not in text, f"the SASL password is in {where}"


@pytest.mark.slow
@pytest.mark.parametrize("protocol", ["SASL_PLAINTEXT", "SASL_SSL"])
def test_the_stages_run_through_a_secured_listener(
    secured: Settings, protocol: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    settings = through(secured, protocol)
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
    _no_secret(caplog, *(report.model_dump_json() for report in (published, extracted, validated)))


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
                       kafka_sasl_password=SecretStr("Sesame-not-it" if who == "wrong password" else PASSWORD))
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
    assert "Sesame-not-it" not in caplog.text and "Sesame-not-it" not in summary
    _no_secret(caplog, summary)


def test_ingest_refused_by_the_broker_names_it_before_fetching(
    secured: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _debug(caplog)
    settings = through(secured, "SASL_SSL", kafka_max_block_ms=SECURED_LIMIT_MS,
                       kafka_sasl_password=SecretStr("Sesame-no"))
    feed = json_feed(tmp_path / "feed.json", [{"url": "https://news.example.com/dastrel", "content_text": "Dastrel."}])
    error, wall = _timed(lambda: ingest.run(settings, sources=[Source(id="dastrel", url=feed.as_uri(), lang="en")]))
    _refused(error, wall, settings, "connecting the producer", f"SASL user '{USER}'")
    _no_secret(caplog)
    assert "Sesame-no" not in caplog.text


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


def test_the_airflow_watcher_reads_the_secured_topic_with_the_connection_orchestration_builds(
    secured: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The asset watcher's trigger (the provider's, confluent-kafka) built from ``AIRFLOW_CONN_KAFKA_DEFAULT`` as
    ``airflow_env`` writes it: librdkafka's keys, the SCRAM user and the CA, through the SASL_SSL listener."""
    from pipeline.orchestration import airflow_env, raw_asset

    _debug(caplog)  # Airflow's loggers may not propagate once its logging is configured: kafka-python's lines do
    settings = through(secured, "SASL_SSL", trigger_group=f"{secured.group_extract}-trigger")
    monkeypatch.setenv("AIRFLOW_CONN_KAFKA_DEFAULT", airflow_env(settings, base={})["AIRFLOW_CONN_KAFKA_DEFAULT"])
    trigger = raw_asset(settings, watch=True).watchers[0].trigger

    async def first_event() -> Any:
        events = trigger.run()
        waiting = asyncio.ensure_future(events.__anext__())
        producer = make_producer(settings)
        try:
            deadline = time.monotonic() + 60
            # the trigger's group starts at the end ("latest"): send until it has joined and sees one
            while not waiting.done() and time.monotonic() < deadline:
                producer.send(settings.topic_raw, key=b"signal", value=b"{}").get(timeout=10)
                await asyncio.wait([waiting], timeout=2)
        finally:
            producer.close()
        if not waiting.done():
            waiting.cancel()
            pytest.fail("the watcher saw no message on the secured topic within 60 s")
        event = waiting.result()
        await events.aclose()
        consumer = getattr(trigger.trigger, "_consumer", None)  # the provider's trigger leaves its consumer open
        if consumer is not None:
            consumer.close()
        return event

    event = asyncio.run(first_event())
    payload = event.payload
    assert payload["topic"] == settings.topic_raw and payload["offset"] >= 0, payload
    _no_secret(caplog, json.dumps(payload, default=str))


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
