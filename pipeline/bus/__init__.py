"""Kafka: producer, consumer, admin.

kafka-python's logging (its levels, the reconnect echoes dropped) is set by ``pipeline.logs.tame_kafka_logs`` as soon
as anything of the bus is imported, once kafka-python's loggers exist: a stage run inside Airflow never calls the
CLI's ``configure_logging``. Secrets are masked in its DEBUG lines here (``_Redact``).
"""

from __future__ import annotations

import logging
import warnings

from pipeline.logs import tame_kafka_logs

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import kafka  # noqa: F401 - creates kafka-python's loggers, which tame_kafka_logs filters

tame_kafka_logs()

_SECRETS: set[str] = set()


def keep_out_of_logs(secret: str | None) -> None:
    """Mask ``secret`` wherever kafka-python's DEBUG lines would show it (see ``_Redact``)."""
    if secret:
        _SECRETS.update({secret, repr(secret.encode())[2:-1]})  # as text, and as it shows inside a bytes repr


class _Redact(logging.Filter):
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


for _library_logger in ("kafka.admin.client", "kafka.net.connection", "kafka.protocol.parser"):
    logging.getLogger(_library_logger).addFilter(_Redact())
