"""Run logs for people and for log shippers: one configuration, structlog over the standard library.

The stages log with ``logging.getLogger(__name__)`` and pass their numbers as ``extra``, so inside Airflow the task
log (Airflow's own structlog setup) takes them as they are. Outside Airflow the ``dealwire`` command calls
``configure_logging`` once: ``DEALWIRE_LOG_FORMAT=json`` writes one JSON object per line to stderr (timestamp,
level, logger, event and the extra fields) for Loki, CloudWatch or Elasticsearch; ``console`` writes the same
fields readably. Stdout stays for what the command prints, so ``dealwire deals --format json`` can still be piped.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, MutableMapping
from typing import Any, Literal

import structlog

from pipeline.terminal import shown

LogFormat = Literal["console", "json"]

_HANDLER_NAME = "dealwire"


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time: a test runner or a CLI wrapper may swap (and close) it."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _: Any) -> None:
        pass


_MULTILINE_KEYS = frozenset({"exception", "exc_info", "stack", "stack_info"})


def _one_line_event(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Console logs: control characters and line breaks in the message and string fields shown as escapes.

    The console renderer writes strings as they are, so a URL or text from a feed that reaches a log message or
    field could forge log lines with a newline or drive the terminal with ESC sequences (JSON escapes both already).
    Tracebacks keep their lines.
    """
    for key, value in event_dict.items():
        if isinstance(value, str) and key not in _MULTILINE_KEYS:
            event_dict[key] = shown(value).replace("\n", "\\n")
    return event_dict


_NOISY_LOGGERS = ("kafka", "botocore", "urllib3", "s3transfer", "great_expectations", "httpx")

_BEFORE: list[Callable[[], None]] = []  # puts back what the first configure_logging since the last undo replaced


def _snapshot() -> Callable[[], None]:
    """The root logger's handlers and level and the noisy loggers' levels as they are now, to be put back."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in _NOISY_LOGGERS}

    def restore() -> None:
        root.handlers, root.level = handlers, level
        for name, was in levels.items():
            logging.getLogger(name).setLevel(was)

    return restore


def undo_logging() -> None:
    """Put the logging configuration back as it was before ``configure_logging`` (a no-op when it was not called).

    The ``dealwire`` command configures logging for its process; a test that invokes it in-process would otherwise
    leave its stderr handler on the root logger and the noisy loggers' levels for the rest of the session."""
    while _BEFORE:
        _BEFORE.pop()()


def configure_logging(level: str = "INFO", fmt: LogFormat = "console") -> None:
    """Route every standard-library logger through structlog's renderer (idempotent: one handler, replaced);
    ``undo_logging`` takes it back."""
    if not _BEFORE:
        _BEFORE.append(_snapshot())
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if fmt == "json" else structlog.dev.ConsoleRenderer(
            colors=sys.stderr.isatty(),
            # structlog's default prints every frame's local variables with a logged exception: a frame that holds a
            # client's config dict or a key (kafka_client_config, boto3's arguments) would put it in the log
            exception_formatter=structlog.dev.RichTracebackFormatter(
                color_system="truecolor" if sys.stderr.isatty() else None, show_locals=False
            ),
        )
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.ExtraAdder(),
            structlog.processors.TimeStamper(fmt="iso", utc=True),
        ],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    *([] if fmt == "json" else [_one_line_event]), renderer],
    )
    handler = _StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if h.get_name() != _HANDLER_NAME] + [handler]
    root.setLevel(level.upper())
    for noisy in _NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


class KafkaReconnectEchoes(logging.Filter):
    """One line per attempt to reach a broker that is down, not 3 to 6.

    While no broker answers, kafka-python logs each connect attempt's failure ("Connection failed: KafkaConnectionError:
    111 ECONNREFUSED") and then every part of the client repeats it: the connection ("Connection lost: ..."), the
    transport ("Abort (...)"), the metadata refresh ("No node available ...", "Metadata refresh: failed ..."), the
    coordinator and the fetcher ("Error sending FindCoordinatorRequest ...", "Fetch to node 1 failed: ..."). Measured:
    47 lines in 20 s of a stopped broker, 8 attempts. The attempt's own line stays, and so does a request that timed
    out (a frozen broker); the stage then fails by name (``BrokerUnavailable``). Any other error (authentication, an
    unknown or unauthorised topic, a bootstrap that gave up) names no connection error and passes untouched."""

    KEPT = frozenset({"Connection failed: %s", "%s: Request timed out after %d ms. Closing connection."})
    ECHOES = re.compile(
        r"\b(?:KafkaConnectionError|NodeNotReadyError|RequestTimedOutError)\b"
        r"|No node available for metadata refresh|^Bootstrap \S+ not ready"
    )

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg in self.KEPT or not self.ECHOES.search(record.getMessage())


_KAFKA_ECHOES = KafkaReconnectEchoes()

_SECRETS: set[str] = set()


def keep_out_of_logs(secret: str | None) -> None:
    """Mask ``secret`` wherever kafka-python's DEBUG lines would show it (see ``KafkaSecretMask``)."""
    if secret:
        _SECRETS.update({secret, repr(secret.encode())[2:-1]})  # as text, and as it shows inside a bytes repr


class KafkaSecretMask(logging.Filter):
    """kafka-python writes the SASL password at DEBUG: the admin client logs its whole configuration ("Starting
    KafkaAdminClient with configuration: {...}"), and every request and its bytes are logged, PLAIN's authentication
    (user and password in clear) included. A DEBUG level for the kafka loggers (an Airflow deployment's logging
    config, someone chasing a bug) put it in the task log. Costs nothing otherwise: a disabled level never calls it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            message = record.getMessage()
            masked = message
            for secret in _SECRETS:
                masked = masked.replace(secret, "***")
            if masked != message:
                record.msg, record.args = masked, None
        return True


class ScramInTheClear(logging.Filter):
    """kafka-python warns "Exchanging credentials in the clear during Sasl Authentication" for SCRAM over
    SASL_PLAINTEXT, at every connection of every client (each consumer, producer and admin client of a stage opens
    several). SCRAM never sends the password, so the line sent people looking for a leak; what is true is weaker: the
    exchange (user name, salt, proof) is readable on the network and lets someone who records it try passwords
    offline. Said so, once per process; PLAIN's warning ("Sending username and password in the clear") is true and
    stays as it is."""

    MESSAGE = "Exchanging credentials in the clear during Sasl Authentication"

    def __init__(self) -> None:
        super().__init__()
        self.said = False

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != self.MESSAGE:
            return True
        if self.said:
            return False
        self.said = True
        record.msg, record.args = (
            "SCRAM over SASL_PLAINTEXT: the password itself is not sent, but the exchange (user name, salt, proof) "
            "travels unencrypted and lets whoever records it try passwords offline; use SASL_SSL beyond a trusted "
            "network (said once per process)", None)
        return True


_KAFKA_SECRET_MASK = KafkaSecretMask()
_SCRAM_IN_THE_CLEAR = ScramInTheClear()
_KAFKA_SECRET_LOGGERS = ("kafka.admin.client", "kafka.net.connection", "kafka.protocol.parser")


def tame_kafka_logs() -> None:
    """Kafka's log policy, applied once the clients are imported (``pipeline.bus`` calls it), so Airflow's task logs
    get it as well as the CLI: INFO lines off unless someone set the ``kafka`` level (one "Initializing connection"
    per attempt otherwise), the reconnect echoes dropped (a logger's filter sees only its own records, hence one per
    ``kafka.*`` logger), and two warnings nobody can act on raised to ERROR: the IO loop running late while this process
    computes (the extractor holds the GIL), and "no partition metadata" at each group join before the first
    metadata answer (a lost member or a refused commit surfaces as an error of its own); secrets masked in the lines that
    may carry them (``KafkaSecretMask``); SCRAM's misleading "in the clear" warning said truly, once
    (``ScramInTheClear``). Idempotent."""
    kafka = logging.getLogger("kafka")
    if kafka.level == logging.NOTSET:
        kafka.setLevel(logging.WARNING)
    for name in ("kafka.net.selector", "kafka.coordinator.assignors"):
        logging.getLogger(name).setLevel(logging.ERROR)
    for name in _KAFKA_SECRET_LOGGERS:
        if _KAFKA_SECRET_MASK not in logging.getLogger(name).filters:
            logging.getLogger(name).addFilter(_KAFKA_SECRET_MASK)
    scram = logging.getLogger("kafka.net.sasl.scram")
    if _SCRAM_IN_THE_CLEAR not in scram.filters:
        scram.addFilter(_SCRAM_IN_THE_CLEAR)
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if (name == "kafka" or name.startswith("kafka.")) and isinstance(logger, logging.Logger):
            if _KAFKA_ECHOES not in logger.filters:
                logger.addFilter(_KAFKA_ECHOES)


__all__ = ["KafkaReconnectEchoes", "KafkaSecretMask", "LogFormat", "ScramInTheClear", "configure_logging", "keep_out_of_logs", "tame_kafka_logs",
           "undo_logging"]
