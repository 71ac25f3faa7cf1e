from __future__ import annotations

import json
import logging
import warnings

import pytest

from pipeline.logs import configure_logging, undo_logging
from pipeline.stages.report import StageReport

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaConnectionError


def test_json_logs_carry_the_stage_summary_as_fields(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("info", "json")
    report = StageReport(stage="extract")
    report.count("consumed", 3)
    report.problem("news.raw.v1/0/7", "undecodable", "not JSON")
    report.finish()

    captured = capsys.readouterr()
    assert captured.out == "", "stdout stays for what the command prints"
    [line] = [json.loads(raw) for raw in captured.err.splitlines() if '"stage finished"' in raw]
    assert line["level"] == "warning" and line["logger"] == "pipeline.stages.report"
    assert (line["stage"], line["counts"], line["problems"]) == ("extract", {"consumed": 3}, {"undecodable": 1})
    assert line["timestamp"].endswith("Z")


def test_undo_puts_back_the_handlers_and_levels_the_configuration_replaced() -> None:
    root = logging.getLogger()

    def state() -> tuple[object, ...]:
        return list(root.handlers), root.level, logging.getLogger("botocore").level, logging.getLogger("kafka").level

    before = state()
    configure_logging("error", "console")
    configure_logging("info", "json")  # configured again: the undo still goes back to before the first
    assert state() != before and logging.getLogger("botocore").level == logging.WARNING
    undo_logging()
    assert state() == before
    undo_logging()  # nothing left to undo
    assert state() == before


def test_configuring_twice_keeps_one_handler_and_the_level_filters(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("warning", "console")
    configure_logging("warning", "json")
    logging.getLogger("pipeline.test").info("quiet")
    logging.getLogger("pipeline.test").warning("loud", extra={"n": 2})

    lines = [json.loads(raw) for raw in capsys.readouterr().err.splitlines()]
    assert [(entry["event"], entry["n"]) for entry in lines] == [("loud", 2)]


def test_console_logs_show_control_characters_from_data_as_escapes(
    capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("info", "console")
    url = "https://news.example/a\x1b[2J\n2026-11-30T00:00:00Z [error    ] forged line"
    logging.getLogger("pipeline.test").warning("fetch failed for %s", url, extra={"title": "t\x1b]0;x\x07"})

    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert len(err.strip().splitlines()) == 1
    assert "a\\x1b[2J\\n2026-11-30T00:00:00Z [error    ] forged line" in err


def test_a_logged_exception_does_not_print_local_variables(
    capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("info", "console")

    def connect() -> None:
        config = {"sasl_plain_password": "CANARY-" + str(51 * 2)}  # as kafka_client_config() builds it
        raise ConnectionError(f"no broker answered ({len(config)} options)")

    try:
        connect()
    except ConnectionError:
        logging.getLogger("pipeline.test").exception("stage failed")
    err = capsys.readouterr().err
    assert "ConnectionError: no broker answered (1 options)" in err
    assert "CANARY-102" not in err  # the source lines show the expression, a local would show the value


def test_kafka_python_logging_its_configuration_at_debug_masks_the_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from pipeline.bus import keep_out_of_logs

    secret = "CANARY-" + str(77 * 3)
    keep_out_of_logs(secret)  # as every client's construction does (bus.broker.connecting)
    with caplog.at_level(logging.DEBUG, logger="kafka"):
        # the calls kafka-python makes when an admin client starts and when a PLAIN client authenticates
        logging.getLogger("kafka.admin.client").debug(
            "Starting KafkaAdminClient with configuration: %s",
            {"sasl_plain_username": "vendra", "sasl_plain_password": secret, "client_id": "dealwire-admin"},
        )
        logging.getLogger("kafka.protocol.parser").debug("Send: %r", bytearray(f"\0vendra\0{secret}".encode()))
    assert len(caplog.records) == 2 and "vendra" in caplog.text and "'sasl_plain_password': '***'" in caplog.text
    assert "\\x00vendra\\x00***" in caplog.text
    assert secret not in caplog.text


def test_kafka_reconnect_echoes_are_dropped_and_its_other_errors_kept(caplog: pytest.LogCaptureFixture) -> None:
    """Records shaped as kafka-python 3.0 writes them while a broker is down (the echoes) and when something else is
    wrong (an error an operator must see)."""
    import pipeline.bus  # noqa: F401 - applies the policy to kafka-python's loggers

    refused = KafkaConnectionError("111 ECONNREFUSED")
    with caplog.at_level(logging.INFO):
        logging.getLogger("kafka.net.manager").error("Connection failed: %s", refused)
        logging.getLogger("kafka.net.connection").error("%s: Connection lost: %s", "<KafkaConnection>", refused)
        logging.getLogger("kafka.cluster").warning("No node available for metadata refresh - backoff/retry")
        logging.getLogger("kafka.cluster").error("Metadata refresh: failed %s", refused)
        logging.getLogger("kafka.coordinator").error("Error sending FindCoordinatorRequest to node 1 [%s]", refused)
        logging.getLogger("kafka.net.manager").info("Initializing connection for node_id %s", 1)
        logging.getLogger("kafka.cluster").error("Topic %s is not authorized for this client", "news.raw.v1")
        logging.getLogger("kafka.net.connection").error("%s: SaslHandshake failed: %s", "<KafkaConnection>", "Illegal")
    kept = [r.getMessage() for r in caplog.records if r.name.startswith("kafka")]
    assert kept == [
        "Connection failed: KafkaConnectionError: 111 ECONNREFUSED",
        "Topic news.raw.v1 is not authorized for this client",
        "<KafkaConnection>: SaslHandshake failed: Illegal",
    ]


def test_scram_without_tls_is_said_truly_once_and_plain_in_the_clear_stays(caplog: pytest.LogCaptureFixture) -> None:
    """kafka-python's own SASL mechanisms, built as a connection builds them: SCRAM's 'credentials in the clear'
    warning came at every connection, though SCRAM never sends the password."""
    from kafka.net.sasl.plain import SaslMechanismPlain
    from kafka.net.sasl.scram import SaslMechanismScram

    from pipeline.bus import tame_kafka_logs
    from pipeline.logs import ScramInTheClear

    tame_kafka_logs()
    scram_filter = next(f for f in logging.getLogger("kafka.net.sasl.scram").filters if isinstance(f, ScramInTheClear))
    scram_filter.said = False  # another test of this process may have built a SCRAM client
    config = {"sasl_plain_username": "vendra", "sasl_plain_password": "Sesame-scram", "security_protocol": "SASL_PLAINTEXT"}
    with caplog.at_level(logging.WARNING, logger="kafka"):
        for _ in range(3):
            SaslMechanismScram(**config, sasl_mechanism="SCRAM-SHA-512")
        SaslMechanismScram(**config | {"security_protocol": "SASL_SSL"}, sasl_mechanism="SCRAM-SHA-256")
        SaslMechanismPlain(**config, sasl_mechanism="PLAIN")
    said = [record.getMessage() for record in caplog.records]
    assert said[0].startswith("SCRAM over SASL_PLAINTEXT: the password itself is not sent"), said
    assert said[1:] == ["Sending username and password in the clear"], said
    assert "Sesame-scram" not in caplog.text
